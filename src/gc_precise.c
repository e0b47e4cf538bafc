/* gc_precise.c — the precise generational cycle collector.
 *
 * Every container carries a two-word pre-header, GCHead, in front of the
 * object.  Tracked containers sit on one of three circular doubly linked
 * lists (the generations), so tracking and untracking are O(1) and need
 * no allocation.  `next` is 0 exactly when the object is untracked.
 *
 * A collection of generation g finds the cycles that reference counting
 * cannot free, using only the counts and the types' traverse slots:
 *
 *   1. update_refs:    gc_refs = refcount, for every object in the set
 *   2. subtract_refs:  for every reference from inside the set to inside
 *                      the set, gc_refs -= 1.  Now gc_refs counts the
 *                      references from outside the set.
 *   3. move_unreachable: objects with gc_refs > 0 are reachable from
 *                      outside, and so is everything they reach; the rest
 *                      is cyclic garbage.
 *   4. weakrefs:       clear the weak references to garbage; run the
 *                      callbacks of those that are not garbage themselves
 *   5. finalize:       call each garbage object's __del__ once (PEP 442),
 *                      then recheck: what a finalizer resurrected survives.
 *   6. delete_garbage: break the remaining cycles with the types' clear
 *                      slots; reference counting frees the objects.
 *
 * The two header words change meaning during a collection:
 *
 *   state                  next                        prev
 *   untracked              0                           0
 *   tracked (normal)       next node                   previous node
 *   in the set (1-3)       next node                   gc_refs << 2 | COLLECTING
 *   tentatively garbage    next node | UNREACHABLE     previous node | COLLECTING
 *
 * In every state, bit 1 of prev is FINALIZED: the object's __del__ has
 * run (PEP 442), so it never runs again.  Every write of prev keeps it.
 *
 * Between collections and outside steps 1-4 every list is a normal
 * doubly linked list, so objects can be untracked at any time, including
 * while finalizers run.
 */
#include "config.h"

#include <assert.h>
#include <stdlib.h>

#include "err.h"
#include "gc.h"
#include "mem.h"

typedef struct GCHead {
    uintptr_t next;
    uintptr_t prev;
} GCHead;

#define COLLECTING ((uintptr_t)1)     /* in prev: member of the set being collected */
#define FINALIZED ((uintptr_t)2)      /* in prev: __del__ already ran */
#define UNREACHABLE ((uintptr_t)1)    /* in next: on the tentatively-unreachable list */
#define FLAGS ((uintptr_t)3)
#define REFS_SHIFT 2

#define HEAD(o) ((GCHead *)(o) - 1)
#define OBJECT_OF(h) ((Object *)((GCHead *)(h) + 1))
#define NEXT(h) ((GCHead *)((h)->next & ~FLAGS))
#define PREV(h) ((GCHead *)((h)->prev & ~FLAGS))

typedef struct {
    GCHead head;             /* list sentinel */
    long threshold;
    long count;              /* gen 0: allocations minus frees; older: collections of the younger */
} Generation;

#define NUM_GENERATIONS 3
static Generation generations[NUM_GENERATIONS];
#define GEN_HEAD(i) (&generations[i].head)
static GCHead permanent;             /* gc.freeze(): never collected */
static GenStats stats[NUM_GENERATIONS];
static CollectHooks hooks;

static bool enabled = true;
static bool collecting;              /* re-entry guard */
static long long_lived_total;        /* objects in the oldest generation after the last full collection */
static long long_lived_pending;      /* objects promoted into it since */
static FinalizeFn finalize_hook;
static WeakrefHooks weak_hooks;
volatile int gc_pending;

/* ---- lists ---- */

static void list_init(GCHead *h)
{
    h->next = (uintptr_t)h;
    h->prev = (uintptr_t)h;
}

/* Point h's prev at p, keeping h's FINALIZED bit. */
static void set_prev(GCHead *h, GCHead *p)
{
    h->prev = (uintptr_t)p | (h->prev & FINALIZED);
}

static bool list_is_empty(GCHead *h) { return NEXT(h) == h; }

static void list_append(GCHead *node, GCHead *list)
{
    GCHead *last = PREV(list);
    set_prev(node, last);
    node->next = (uintptr_t)list;
    last->next = (uintptr_t)node;
    set_prev(list, node);
}

static void list_remove(GCHead *node)
{
    GCHead *prev = PREV(node), *next = NEXT(node);
    prev->next = (uintptr_t)next;
    set_prev(next, prev);
    node->next = 0;
    node->prev &= FINALIZED;
}

static void list_move(GCHead *node, GCHead *list)
{
    list_remove(node);
    list_append(node, list);
}

/* Append every node of from to to; from becomes empty. */
static void list_merge(GCHead *from, GCHead *to)
{
    if (list_is_empty(from))
        return;
    GCHead *to_last = PREV(to), *first = NEXT(from), *last = PREV(from);
    to_last->next = (uintptr_t)first;
    set_prev(first, to_last);
    last->next = (uintptr_t)to;
    set_prev(to, last);
    list_init(from);
}

static long list_size(GCHead *list)
{
    long n = 0;
    for (GCHead *h = NEXT(list); h != list; h = NEXT(h))
        n++;
    return n;
}

/* ---- gc_refs ---- */

static bool is_collecting(GCHead *h) { return (h->prev & COLLECTING) != 0; }
static uintptr_t get_refs(GCHead *h) { return h->prev >> REFS_SHIFT; }
static void set_refs(GCHead *h, uintptr_t refs)
{
    h->prev = refs << REFS_SHIFT | COLLECTING | (h->prev & FINALIZED);
}

/* Step 1.  Afterwards the list is singly linked: prev holds gc_refs. */
static void update_refs(GCHead *list)
{
    for (GCHead *h = NEXT(list); h != list; h = NEXT(h)) {
        Object *o = OBJECT_OF(h);
        assert(o->refcnt > 0 && "a dead object is still tracked");
        set_refs(h, (uintptr_t)o->refcnt);
    }
}

static int visit_decref(Object *child, void *arg)
{
    (void)arg;
    if (obj_is_gc(child)) {
        GCHead *h = HEAD(child);
        if (is_collecting(h)) {
            /* A traverse that visits a reference it does not own would
             * drive this below zero and free live objects. */
            assert(get_refs(h) > 0 && "traverse visited a borrowed reference");
            if (get_refs(h) > 0)
                set_refs(h, get_refs(h) - 1);
        }
    }
    return 0;
}

/* Step 2. */
static void subtract_refs(GCHead *list)
{
    for (GCHead *h = NEXT(list); h != list; h = NEXT(h)) {
        Object *o = OBJECT_OF(h);
        if (TYPE(o)->traverse)
            TYPE(o)->traverse(o, visit_decref, NULL);
    }
}

/* ---- step 3: move_unreachable ---- */

typedef struct {
    GCHead *young;           /* sentinel of the list being scanned */
    GCHead **young_tail;     /* its last node: rescued objects go after it */
    GCHead *unreachable;
} ScanState;

static void unreachable_remove(GCHead *h)
{
    GCHead *prev = PREV(h), *next = NEXT(h);
    /* keep the neighbours' flag bits: they are on the same list */
    prev->next = (uintptr_t)next | (prev->next & FLAGS);
    next->prev = (uintptr_t)prev | (next->prev & FLAGS);
}

/* A reachable object references child: child is reachable too.  If the
 * scan already set child aside as unreachable, it goes back to the end
 * of the young list, where the scan will reach it (and its children). */
static int visit_reachable(Object *child, void *arg)
{
    if (!obj_is_gc(child))
        return 0;
    GCHead *h = HEAD(child);
    if (!is_collecting(h))
        return 0;
    ScanState *s = arg;
    if (h->next & UNREACHABLE) {
        unreachable_remove(h);
        GCHead *tail = *s->young_tail;
        tail->next = (uintptr_t)h;
        h->next = (uintptr_t)s->young;
        *s->young_tail = h;
        set_refs(h, 1);
    } else if (get_refs(h) == 0) {
        set_refs(h, 1);      /* the scan has not reached it yet */
    }
    return 0;
}

/* A reachable object that holds only atomic values cannot be in a cycle:
 * it leaves the lists (tuples and dicts; their untrackable slot decides;
 * a child still being scanned counts as tracked, which only errs on the
 * side of keeping). */
static bool leaves_lists(Object *o)
{
    return TYPE(o)->untrackable && TYPE(o)->untrackable(o);
}

/* Step 3, in one pass over young, which is singly linked (prev holds
 * gc_refs; the sentinel's prev still names the last node).  Afterwards
 * young holds the reachable objects and unreachable the tentative
 * garbage (flagged, normalised later).  Each reachable object gets its
 * prev pointer back as soon as it is scanned, which also clears its
 * COLLECTING bit, so later visits to it cost nothing.  Returns the number
 * of objects left on young. */
static long move_unreachable(GCHead *young, GCHead *unreachable)
{
    GCHead *tail = PREV(young);
    ScanState s = {young, &tail, unreachable};
    GCHead *prev = young;
    GCHead *h = NEXT(young);
    long kept = 0;
    while (h != young) {
        GCHead *next = NEXT(h);
        if (get_refs(h) > 0) {
            Object *o = OBJECT_OF(h);
            if (TYPE(o)->traverse)
                TYPE(o)->traverse(o, visit_reachable, &s);
            next = NEXT(h);  /* a rescued object may now follow h */
            if (leaves_lists(o)) {
                prev->next = (uintptr_t)next;
                if (tail == h)
                    tail = prev;
                h->next = 0;
                h->prev &= FINALIZED;
            } else {
                set_prev(h, prev);
                prev = h;
                kept++;
            }
        } else {
            /* tentatively unreachable: unlink from young onto unreachable */
            prev->next = (uintptr_t)next;
            if (tail == h)
                tail = prev;
            GCHead *last = PREV(unreachable);
            last->next = (uintptr_t)h | (last->next & FLAGS);
            h->prev = (uintptr_t)last | COLLECTING | (h->prev & FINALIZED);
            h->next = (uintptr_t)unreachable | UNREACHABLE;
            unreachable->prev = (uintptr_t)h;
        }
        h = next;
    }
    set_prev(young, prev);
    return kept;
}

/* Is o on the tentatively-unreachable list (before normalisation)? */
static bool is_garbage(Object *o)
{
    return obj_is_gc(o) && (HEAD(o)->next & UNREACHABLE) != 0;
}

/* Clear the flags of the unreachable list: a normal list again. */
static void normalize_unreachable(GCHead *unreachable)
{
    GCHead *p = unreachable;
    for (GCHead *q = NEXT(unreachable); q != unreachable; p = q, q = NEXT(q)) {
        p->next = (uintptr_t)q;
        set_prev(q, p);
    }
    p->next = (uintptr_t)unreachable;
    set_prev(unreachable, p);
}

/* What one pass over the tentative garbage learns, besides clearing. */
typedef struct {
    long count;
    bool finalizers;         /* some object has __del__ (or another finalizer) */
    Object *callbacks;       /* weakref callbacks to run, or NULL */
} GarbageSurvey;

/* Weak references to garbage are cleared before any finalizer can see
 * them; the callbacks of those that are not garbage themselves are
 * collected here and run once the lists are consistent.  The same pass
 * counts the garbage and notes whether any of it has a finalizer. */
/* python3 (3.11) keeps the attributes of a plain class instance in the
 * instance itself and makes a __dict__ object only on demand, so to
 * gc.collect()'s count such an instance and its attributes are one object.
 * Ours are two; the dict is not counted when only its instance, itself
 * garbage, holds it. */
static bool holds_plain_instance_dict(Object *o)
{
    if (!TYPE_FLAG(TYPE(o), TF_HEAPTYPE) || !TYPE_FLAG(TYPE(o), TF_TRACK_ON_ALLOC))
        return false;
    Object **slot = obj_dict_slot(o);
    return slot && *slot && (*slot)->refcnt == 1 && is_garbage(*slot);
}

static GarbageSurvey survey_garbage(GCHead *unreachable)
{
    GarbageSurvey s = {0, false, NULL};
    bool clearing = weak_hooks.clear != NULL;
    for (GCHead *h = NEXT(unreachable); h != unreachable; h = NEXT(h)) {
        Object *o = OBJECT_OF(h);
        s.count += !holds_plain_instance_dict(o);   /* it and its dict count once */
        s.finalizers |= TYPE_FLAG(TYPE(o), TF_HAS_FINALIZER);
        if (clearing && TYPE(o)->weaklistoffset
            && weak_hooks.clear(o, is_garbage, &s.callbacks) < 0) {
            err_clear();   /* out of memory: the remaining callbacks are skipped */
            clearing = false;
        }
    }
    return s;
}

/* ---- steps 5 and 6 ---- */

/* Call __del__ on every garbage object that has one (the hook runs it
 * at most once per object).  Objects are moved to a second list before
 * their finalizer runs, since a finalizer may free or untrack others. */
static bool finalize_garbage(GCHead *unreachable)
{
    bool ran = false;
    GCHead seen;
    list_init(&seen);
    while (!list_is_empty(unreachable)) {
        GCHead *h = NEXT(unreachable);
        Object *o = OBJECT_OF(h);
        list_move(h, &seen);
        if (finalize_hook && TYPE_FLAG(TYPE(o), TF_HAS_FINALIZER)) {
            INCREF(o);
            ran |= finalize_hook(o);
            DECREF(o);    /* may free o, which untracks it from `seen` */
        }
    }
    list_merge(&seen, unreachable);
    return ran;
}

/* Objects a finalizer made reachable again survive, with what they reach. */
/* Returns how many objects are still garbage, counted as survey_garbage
 * counts them: python3 does not count what a finalizer resurrected. */
static long handle_resurrection(GCHead *unreachable, GCHead *survivors)
{
    GCHead still;
    list_init(&still);
    update_refs(unreachable);
    subtract_refs(unreachable);
    move_unreachable(unreachable, &still);
    long count = 0;
    for (GCHead *h = NEXT(&still); h != &still; h = NEXT(h))
        count += !holds_plain_instance_dict(OBJECT_OF(h));
    normalize_unreachable(&still);
    list_merge(unreachable, survivors);
    list_merge(&still, unreachable);
    return count;
}

/* Break the cycles: clear each object; the refcounts then free them.
 * An object still on the list after its clear survived (clear could not
 * drop every reference) and is kept in the oldest collected generation. */
static void delete_garbage(GCHead *unreachable, GCHead *survivors)
{
    while (!list_is_empty(unreachable)) {
        GCHead *h = NEXT(unreachable);
        Object *o = OBJECT_OF(h);
        if (hooks.keep_garbage && hooks.keep_garbage(o)) {
            list_move(h, survivors);    /* gc.garbage holds it now */
            continue;
        }
        INCREF(o);
        if (TYPE(o)->clear)
            TYPE(o)->clear(o);
        DECREF(o);
        if (NEXT(unreachable) == h)   /* address comparison only: o may be freed */
            list_move(h, survivors);
    }
}

/* ---- collecting ---- */

static intptr_t collect(int gen)
{
    GCHead *young = GEN_HEAD(gen);
    GCHead *older = gen + 1 < NUM_GENERATIONS ? GEN_HEAD(gen + 1) : GEN_HEAD(gen);
    for (int i = 0; i < gen; i++)
        list_merge(GEN_HEAD(i), young);
    for (int i = 0; i <= gen; i++)
        generations[i].count = 0;
    if (gen + 1 < NUM_GENERATIONS)
        generations[gen + 1].count++;

    GCHead unreachable;
    list_init(&unreachable);
    update_refs(young);
    subtract_refs(young);
    long survivors = move_unreachable(young, &unreachable);
    GarbageSurvey garbage = survey_garbage(&unreachable);
    normalize_unreachable(&unreachable);

    /* Survivors move up a generation. */
    if (young != older) {
        if (gen + 1 == NUM_GENERATIONS - 1)
            long_lived_pending += survivors;
        list_merge(young, older);
    } else {
        long_lived_pending = 0;
        long_lived_total = survivors;
    }

    if (garbage.callbacks) {
        weak_hooks.run(garbage.callbacks);
        DECREF(garbage.callbacks);
    }
    if (garbage.finalizers && finalize_garbage(&unreachable))
        garbage.count = handle_resurrection(&unreachable, older);
    delete_garbage(&unreachable, older);
    return garbage.count;
}

/* The gc module's hooks see every collection, automatic or not.  All
 * unreachable objects are collected (PEP 442 leaves none uncollectable),
 * so collect() returns collected + 0. */
intptr_t gc_collect(int gen)
{
    gc_pending = 0;
    if (collecting)
        return 0;
    collecting = true;
    if (hooks.start)
        hooks.start(gen);
    intptr_t found = collect(gen);
    stats[gen].collections++;
    stats[gen].collected += found;
    if (hooks.stop)
        hooks.stop(gen, found, 0);
    collecting = false;
    return found;
}

/* The oldest generation over its threshold is collected (with the
 * younger ones).  A full collection also waits until the objects promoted
 * since the last one are a quarter of the long-lived total, so building a
 * large live structure does not cost quadratic time. */
void gc_safe_point(void)
{
    gc_pending = 0;
    if (!enabled || collecting)
        return;
    for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
        if (generations[i].count <= generations[i].threshold)
            continue;
        if (i == NUM_GENERATIONS - 1 && long_lived_pending < long_lived_total / 4)
            continue;
        gc_collect(i);
        break;
    }
}

/* ---- allocation and tracking ---- */

void *gc_alloc_object(size_t size, bool container)
{
    if (!container)
        return mem_alloc(size);
    GCHead *h = mem_alloc(sizeof(GCHead) + size);
    if (h == NULL)
        return NULL;
    Generation *young = &generations[0];
    if (++young->count > young->threshold && enabled && young->threshold > 0 && !collecting)
        gc_pending = 1;
    return h + 1;
}

void gc_free_object(Object *o, bool container)
{
    if (!container) {
        mem_free(o);
        return;
    }
    GCHead *h = HEAD(o);
    assert(h->next == 0 && "a container is freed while still tracked");
    if (generations[0].count > 0)
        generations[0].count--;
    mem_free(h);
}

void gc_track(Object *o)
{
    GCHead *h = HEAD(o);
    assert(h->next == 0 && "object tracked twice");
    list_append(h, GEN_HEAD(0));
}

bool gc_is_finalized(Object *o)
{
    return obj_is_gc(o) && (HEAD(o)->prev & FINALIZED) != 0;
}

/* Objects of classes are always containers, so the bit has a home. */
void gc_set_finalized(Object *o)
{
    if (obj_is_gc(o))
        HEAD(o)->prev |= FINALIZED;
}

void gc_register_finalizer(Object *o) { (void)o; }
void gc_weakref_link(WeakLinks *l, Object *referent, Object *wr, bool callback)
{
    (void)l; (void)referent; (void)wr; (void)callback;
}
void gc_weakref_unlink(WeakLinks *l) { (void)l; }
void gc_weakref_release(WeakLinks *l) { (void)l; }

void gc_untrack(Object *o)
{
    GCHead *h = HEAD(o);
    if (h->next != 0)
        list_remove(h);
}

bool gc_is_tracked(Object *o)
{
    return obj_is_gc(o) && HEAD(o)->next != 0;
}

void gc_set_finalize_hook(FinalizeFn fn) { finalize_hook = fn; }
void gc_set_collect_hooks(const CollectHooks *h) { hooks = *h; }
void gc_set_weakref_hooks(const WeakrefHooks *hooks) { weak_hooks = *hooks; }
void gc_enable(bool on) { enabled = on; }
bool gc_is_enabled(void) { return enabled; }
const char *gc_backend_name(void) { return "precise"; }

void gc_get_threshold(long out[3])
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        out[i] = generations[i].threshold;
}

void gc_set_threshold(const long in[3])
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        generations[i].threshold = in[i];
}

void gc_get_count(long out[3])
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        out[i] = generations[i].count;
}

/* ---- what the gc module needs ---- */

static int visit_list(GCHead *list, ObjectVisitor fn, void *arg)
{
    for (GCHead *h = NEXT(list); h != list; h = NEXT(h)) {
        int r = fn(OBJECT_OF(h), arg);
        if (r)
            return r;
    }
    return 0;
}

int gc_visit_objects(int gen, ObjectVisitor fn, void *arg)
{
    if (gen >= 0)
        return visit_list(GEN_HEAD(gen), fn, arg);
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        int r = visit_list(GEN_HEAD(i), fn, arg);
        if (r)
            return r;
    }
    return visit_list(&permanent, fn, arg);
}

void gc_freeze(void)
{
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        list_merge(GEN_HEAD(i), &permanent);
        generations[i].count = 0;
    }
}

void gc_unfreeze(void)
{
    list_merge(&permanent, GEN_HEAD(NUM_GENERATIONS - 1));
}

long gc_freeze_count(void) { return list_size(&permanent); }

void gc_get_stats(GenStats out[3])
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        out[i] = stats[i];
}

/* OURO_GC_STRESS=1 (the hostile test mode) collects the young generation
 * at every safe point after any container allocation. */
void gc_init(void)
{
    long thresholds[NUM_GENERATIONS] = {700, 10, 10};
    const char *stress = getenv("OURO_GC_STRESS");
    if (stress && *stress && *stress != '0')
        thresholds[0] = thresholds[1] = thresholds[2] = 1;
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        list_init(GEN_HEAD(i));
        generations[i].threshold = thresholds[i];
        generations[i].count = 0;
    }
    list_init(&permanent);
}

void gc_fini(void) {}
void gc_clear_dead_stack(void) {}
