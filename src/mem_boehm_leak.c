/* mem_boehm_leak.c — the Boehm build's leak-finding mode (OURO_GC_FIND_LEAK=1).
 *
 * libgc's own find-leak mode does not fit ouro: it turns finalizers off
 * (so __del__ would stop working and objects freed while queued for one
 * would never be given back) and lists at most 40 blocks per collection,
 * by address and size.  This mode keeps the collector as it is and only
 * watches it.
 *
 * Every block carries a trailer in the last bytes of its libgc block
 * (found from GC_size), so object addresses, on which finalizers and
 * disappearing links are keyed, are those libgc returned.  The trailer
 * records where the script was when the block was allocated, and its
 * slot in the registry of live blocks: an array in atomic memory, which
 * libgc does not scan, so the registry keeps nothing alive.  A slot whose
 * block no longer names it in its trailer is stale (the block was freed
 * past the door, with GC_FREE) and is dropped.
 *
 * When a collection has marked everything reachable (the collection
 * event GC_EVENT_RECLAIM_START: lock held, nothing swept yet), the
 * unmarked blocks of the registry are what counting missed.  They leave
 * the registry (libgc reclaims them, or finalizes them first) and are
 * judged while still intact:
 *   - an object whose count exceeds the references it gets from the other
 *     unreachable objects (each type's traverse, as the precise
 *     collector's gc_refs) is a reference leak: a missing decref, or a
 *     reference kept where neither traverse nor libgc sees it;
 *   - a count below those references is a missing incref;
 *   - what a reference leak points to, directly or not, is held by it;
 *   - the other objects are cyclic garbage: what the collector is for;
 *   - a buffer (not an object) that no unreachable block points to was
 *     lost by the C code that allocated it: a missing mem_free.
 * Counts grouped by verdict, type and script line are printed at exit.
 */
#define _GNU_SOURCE 1   /* dladdr: name the C code that lost a buffer */
#include "config.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gc/gc.h>  /* libgc; "gc.h" is ours */
#include <gc/gc_inline.h>   /* GC_I_NORMAL, GC_I_PTRFREE: the kinds */
#include <gc/gc_mark.h>

#include "mem.h"
#include "mem_boehm_leak.h"
#include "object.h"


/* Trailer.magic.  A block that leaves the registry because a collection
 * found it unreachable gets OUT_MAGIC: libgc may reclaim it and hand the
 * memory to anyone, and the judging must not mistake what is left of the
 * trailer for a live one (it writes into trailers).  The few that live on
 * (kept for a finalizer) can still be freed through the door. */
enum { LIVE_MAGIC = 0x6f75726f /* "ouro" */, OUT_MAGIC = 0x6f757421 /* "out!" */ };

enum {                   /* Trailer.flags, after the allocation's (mem_boehm_leak.h) */
    B_JUDGED = 8,        /* in the set being judged */
    B_OWNED = 16,        /* another block of the set points into it */
    B_ORPHANED = 32,     /* a block libgc reclaimed pointed into it */
};

typedef enum { V_CYCLIC, V_HELD, V_REF_LEAK, V_REF_LOW, V_LOST, N_VERDICTS } Verdict;

typedef struct {
    size_t slot;                    /* index in the registry */
    GC_hidden_pointer set_next;     /* the set being judged */
    GC_hidden_pointer work;         /* the stack of the walk from the leaks */
    const char *file;               /* interned script file, or NULL */
    void *caller;                   /* return address into the allocating C code */
    size_t size;                    /* bytes asked for */
    intptr_t refs;                  /* references from the other unreachable objects */
    intptr_t ghosts;                /* references from garbage libgc reclaimed */
    int line;
    unsigned flags, magic;
    Verdict verdict;
} Trailer;

static MemLeakHooks hooks;
static int container_kind;          /* libgc kind of containers (leak_mode_start) */
static size_t objects_allocated;    /* through mem_alloc_object in this mode */
static void **registry;             /* atomic, uncollectable */
static size_t nregistry, cap_registry;
static GC_on_collection_event_proc chained_event;

static GC_hidden_pointer hide(void *p) { return p ? GC_HIDE_POINTER(p) : 0; }
static void *reveal(GC_hidden_pointer h) { return h ? GC_REVEAL_POINTER(h) : NULL; }

/* Only for a block known to have one. */
static Trailer *trailer(void *p)
{
    return (Trailer *)((char *)p + GC_size(p) - sizeof(Trailer));
}

/* The kinds of the blocks that have a trailer; roots (mem_alloc_root) and
 * libgc's own memory have none. */
static bool has_trailer_kind(int kind)
{
    return kind == GC_I_NORMAL || kind == GC_I_PTRFREE || kind == container_kind;
}

/* The trailer of the block starting at p, or NULL when p is no block of
 * the door's (a root, libgc's own memory, a free block).  Takes no lock:
 * usable inside a collection. */
static Trailer *trailer_of(const void *p)
{
    size_t size;
    int kind = GC_get_kind_and_size(p, &size);
    if (!has_trailer_kind(kind) || size < sizeof(Trailer))
        return NULL;
    Trailer *t = (Trailer *)((char *)p + size - sizeof(Trailer));
    return t->magic == LIVE_MAGIC ? t : NULL;
}

static bool registry_add(void *p, Trailer *t)
{
    if (nregistry == cap_registry) {
        size_t cap = cap_registry ? 2 * cap_registry : 1024;
        void **r = GC_MALLOC_ATOMIC_UNCOLLECTABLE(cap * sizeof *r);
        if (r == NULL)
            return false;
        if (nregistry)
            memcpy(r, registry, nregistry * sizeof *r);
        GC_FREE(registry);
        registry = r;
        cap_registry = cap;
    }
    t->slot = nregistry;
    registry[nregistry++] = p;
    return true;
}

/* Does slot i hold a live block of the door?  GC_base first: it is NULL
 * for a freed heap block, whose memory may be unmapped. */
static bool slot_is_live(size_t i)
{
    void *p = registry[i];
    if (p == NULL || GC_base(p) != p)
        return false;
    Trailer *t = trailer_of(p);
    return t && t->slot == i;
}

/* Empty t's slot, dropping stale slots from the end, then move the last
 * live entry into the hole. */
static void registry_remove(Trailer *t)
{
    size_t i = t->slot;
    registry[i] = NULL;
    while (nregistry > 0 && !slot_is_live(nregistry - 1))
        nregistry--;
    if (i < nregistry) {
        void *last = registry[--nregistry];
        registry[i] = last;
        trailer(last)->slot = i;
    }
}

/* Script file names are copied once into uncollectable memory: the str a
 * code object names its file with may die long before the report. */
typedef struct Name {
    struct Name *next;
    char text[];
} Name;
static Name *names;

static const char *intern_file(const char *file)
{
    static const char *last;
    if (file == NULL)
        return NULL;
    if (last && strcmp(last, file) == 0)
        return last;
    for (Name *n = names; n; n = n->next)
        if (strcmp(n->text, file) == 0)
            return last = n->text;
    size_t len = strlen(file) + 1;
    Name *n = GC_MALLOC_ATOMIC_UNCOLLECTABLE(sizeof *n + len);
    if (n == NULL)
        return NULL;
    memcpy(n->text, file, len);
    n->next = names;
    names = n;
    return last = n->text;
}

void *leak_alloc(size_t n, unsigned flags, void *caller)
{
    if (n > SIZE_MAX - sizeof(Trailer))
        return NULL;
    size_t size = n + sizeof(Trailer);
    void *p = (flags & B_ATOMIC)      ? GC_MALLOC_ATOMIC(size)
              : (flags & B_CONTAINER) ? GC_malloc_kind(size, container_kind)
                                      : GC_MALLOC(size);
    if (p == NULL)
        return NULL;
    objects_allocated += (flags & B_OBJECT) != 0;
    Trailer *t = trailer(p);
    memset(t, 0, sizeof *t);
    t->file = hooks.site ? intern_file(hooks.site(&t->line)) : NULL;
    t->caller = caller;
    t->size = n;
    t->flags = flags;
    t->magic = LIVE_MAGIC;
    if (!registry_add(p, t)) {
        GC_FREE(p);
        return NULL;
    }
    return p;
}

/* A block whose trailer is gone was written past its end, or is freed
 * twice: the registry cannot be trusted any more. */
static _Noreturn void smashed(void *p)
{
    fprintf(stderr, "ouro: leak-finding mode: the block at %p was written past "
                    "its end, or freed twice\n", p);
    abort();
}

static bool is_root(void *p)
{
    return !has_trailer_kind(GC_get_kind_and_size(p, NULL));
}

/* The trailer of a block the door is asked to free or grow. */
static Trailer *owned_trailer(void *p)
{
    Trailer *t = trailer(p);
    if (t->magic != LIVE_MAGIC && t->magic != OUT_MAGIC)
        smashed(p);
    return t;
}

void leak_free(void *p)
{
    if (p == NULL)
        return;
    if (!is_root(p)) {
        Trailer *t = owned_trailer(p);
        if (t->magic == LIVE_MAGIC)
            registry_remove(t);
        t->magic = 0;
    }
    GC_FREE(p);
}

void *leak_realloc(void *p, size_t n, void *caller)
{
    if (p == NULL)
        return leak_alloc(n, 0, caller);
    if (is_root(p))
        return GC_REALLOC(p, n);
    Trailer *t = owned_trailer(p);
    void *q = leak_alloc(n, t->flags & (B_OBJECT | B_CONTAINER | B_ATOMIC), caller);
    if (q == NULL)
        return NULL;
    memcpy(q, p, n < t->size ? n : t->size);
    leak_free(p);
    return q;
}

/* ---- the report's tables ----
 * Filled inside collections, so static: no allocation is possible there.
 * Groups beyond the table still count in the totals. */

#define MAX_GROUPS 2048
#define TYPE_NAME_LEN 48

typedef struct {
    Verdict verdict;
    char type[TYPE_NAME_LEN];   /* "" for a buffer */
    const char *file;           /* where the script was */
    int line;
    intptr_t excess;            /* count minus references: V_REF_LEAK, V_REF_LOW */
    void *caller;               /* the C code: V_LOST */
    size_t count, bytes;
} Group;

static Group groups[MAX_GROUPS];
static unsigned group_slot[2 * MAX_GROUPS];   /* open addressing: group index + 1 */
static size_t ngroups, ungrouped;
static size_t total_objects[N_VERDICTS], total_buffers[N_VERDICTS];

static size_t hash_key(const Group *k)
{
    size_t h = (size_t)k->verdict * 0x9E3779B97F4A7C15u;
    for (const char *s = k->type; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001B3u;
    h ^= (size_t)k->file * 31 + (size_t)k->line * 131 + (size_t)k->excess * 7 + (size_t)k->caller;
    return h ^ (h >> 29);
}

static bool same_key(const Group *a, const Group *b)
{
    return a->verdict == b->verdict && strcmp(a->type, b->type) == 0 && a->file == b->file
           && a->line == b->line && a->excess == b->excess && a->caller == b->caller;
}

static void add_to_group(const Group *key, size_t bytes)
{
    size_t mask = 2 * MAX_GROUPS - 1;
    for (size_t i = hash_key(key) & mask;; i = (i + 1) & mask) {
        unsigned g = group_slot[i];
        if (g == 0) {
            if (ngroups == MAX_GROUPS) {
                ungrouped++;
                return;
            }
            groups[ngroups] = *key;
            group_slot[i] = (unsigned)++ngroups;
            g = (unsigned)ngroups;
        }
        if (same_key(&groups[g - 1], key)) {
            groups[g - 1].count++;
            groups[g - 1].bytes += bytes;
            return;
        }
    }
}

static void record(void *p, Trailer *t)
{
    Group key = {.verdict = t->verdict, .file = t->file, .line = t->line};
    if (t->flags & B_OBJECT) {
        const char *name = hooks.type_name ? hooks.type_name(TYPE(p)) : TYPE(p)->name;
        snprintf(key.type, sizeof key.type, "%s", name ? name : "?");
        if (t->verdict == V_REF_LEAK || t->verdict == V_REF_LOW)
            key.excess = t->refs;
        total_objects[t->verdict]++;
    } else {
        if (t->verdict == V_LOST)
            key.caller = t->caller;
        total_buffers[t->verdict]++;
    }
    add_to_group(&key, t->size);
}

/* ---- judging what a collection found unreachable ---- */

static GC_hidden_pointer judged;   /* the set being judged */

#define FOR_EACH_JUDGED(p, t) \
    for (void *p = reveal(judged), *next_; p; p = next_) \
        for (Trailer *t = trailer(p); t; next_ = reveal(t->set_next), t = NULL)

/* The start of the judged block that w points into, or NULL. */
static void *judged_target(GC_word w)
{
    void *p = (void *)w;
    if (!GC_is_heap_ptr(p) || (p = GC_base(p)) == NULL)
        return NULL;
    Trailer *t = trailer_of(p);
    return t && (t->flags & B_JUDGED) ? p : NULL;
}

/* An object whose count is above zero.  Zero or below is an object that
 * counting freed but whose memory the collector still owes: one that was
 * queued for its finalizer when it died. */
static bool is_live_object(void *p, Trailer *t)
{
    return (t->flags & B_OBJECT) && ((Object *)p)->refcnt > 0;
}

/* A reference from a judged object: to another judged object it explains
 * part of that one's count; to a live object it becomes a ghost, since
 * libgc reclaims garbage without the decrefs of a dealloc. */
static int count_reference(Object *child, void *arg)
{
    (void)arg;
    if (!GC_is_heap_ptr(child) || GC_base(child) != child)
        return 0;   /* a static object, or not an object */
    Trailer *t = trailer_of(child);
    if (t && (t->flags & B_JUDGED))
        t->refs++;
    else if (t)
        t->ghosts++;
    return 0;
}

/* Each judged block that a word of p's block points into (other than p). */
#define FOR_EACH_POINTEE(p, t, q) \
    for (GC_word *w_ = (t->flags & B_ATOMIC) ? NULL : (GC_word *)(p), \
                 *end_ = (GC_word *)((char *)(p) + (t->size & ~(sizeof(GC_word) - 1))); \
         w_ && w_ < end_; w_++) \
        for (void *q = judged_target(*w_); q && q != (p); q = NULL)

/* What the judged block p points into: a judged block is owned; a live
 * one is orphaned, as libgc reclaims p without freeing what p owned (a
 * stale pointer on the stack can keep a buffer one collection longer than
 * its owner; it must not count as lost then). */
static void note_pointees(void *p, Trailer *t)
{
    if (t->flags & B_ATOMIC)
        return;
    GC_word *w = p, *end = (GC_word *)((char *)p + (t->size & ~(sizeof(GC_word) - 1)));
    for (; w < end; w++) {
        void *q = (void *)*w;
        if (!GC_is_heap_ptr(q) || (q = GC_base(q)) == NULL || q == p)
            continue;
        Trailer *tq = trailer_of(q);
        if (tq)
            tq->flags |= (tq->flags & B_JUDGED) ? B_OWNED : B_ORPHANED;
    }
}

static void judge_counts(void)
{
    FOR_EACH_JUDGED(p, t)
        if (is_live_object(p, t) && TYPE(p)->traverse)
            TYPE(p)->traverse(p, count_reference, NULL);
    FOR_EACH_JUDGED(p, t)
        if (!(t->flags & B_OBJECT) || is_live_object(p, t))   /* a dead one's fields are stale */
            note_pointees(p, t);
    FOR_EACH_JUDGED(p, t) {
        if (t->flags & B_OBJECT) {
            /* Below zero with ghosts: an object that __del__ resurrected
             * was freed by counting after all, and gave its decrefs. */
            t->refs = is_live_object(p, t) ? ((Object *)p)->refcnt - t->refs - t->ghosts : 0;
            t->verdict = t->refs > 0                    ? V_REF_LEAK
                         : t->refs < 0 && t->ghosts == 0 ? V_REF_LOW
                                                         : V_CYCLIC;
        } else {
            t->verdict = (t->flags & (B_OWNED | B_ORPHANED)) ? V_CYCLIC : V_LOST;
        }
    }
}

/* Everything a reference leak points to, directly or not, is held by it
 * (a depth-first walk, its stack linked through the trailers). */
static void judge_held(void)
{
    FOR_EACH_JUDGED(p, t) {
        if (t->verdict != V_REF_LEAK)
            continue;
        GC_hidden_pointer stack = hide(p);
        t->work = 0;
        while (stack) {
            void *s = reveal(stack);
            Trailer *ts = trailer(s);
            stack = ts->work;
            FOR_EACH_POINTEE(s, ts, q) {
                Trailer *tq = trailer(q);
                if (tq->verdict != V_CYCLIC || ((tq->flags & B_OBJECT) && !is_live_object(q, tq)))
                    continue;
                tq->verdict = V_HELD;
                tq->work = stack;
                stack = hide(q);
            }
        }
    }
}

/* Drop the stale slots, keeping the order of the others. */
static void registry_compact(void)
{
    size_t j = 0;
    for (size_t i = 0; i < nregistry; i++)
        if (slot_is_live(i)) {
            registry[j] = registry[i];
            trailer(registry[j])->slot = j;
            j++;
        }
    nregistry = j;
}

/* At GC_EVENT_RECLAIM_START every reachable block is marked. */
static void find_unreachable(void)
{
    registry_compact();
    /* Downwards: a removal moves the last entry, already seen, into i. */
    for (size_t i = nregistry; i-- > 0;) {
        void *p = registry[i];
        if (GC_is_marked(p))
            continue;
        Trailer *t = trailer(p);
        registry_remove(t);
        t->flags |= B_JUDGED;
        t->refs = 0;
        t->set_next = judged;
        judged = hide(p);
    }
    if (!judged)
        return;
    judge_counts();
    judge_held();
    FOR_EACH_JUDGED(p, t)
        if (!(t->flags & B_OBJECT) || is_live_object(p, t))
            record(p, t);
    FOR_EACH_JUDGED(p, t) {
        t->flags &= ~(unsigned)(B_JUDGED | B_OWNED);
        t->magic = OUT_MAGIC;
    }
    judged = 0;
}

static void on_collection_event(GC_EventType e)
{
    if (e == GC_EVENT_RECLAIM_START)
        find_unreachable();
    if (chained_event)
        chained_event(e);
}

/* ---- the report, at exit ---- */

static const char *const verdict_titles[N_VERDICTS] = {
    [V_REF_LEAK] = "reference leaks: counts higher than the references from other "
                   "unreachable objects (a missing decref)",
    [V_REF_LOW] = "counts lower than the references from other unreachable objects "
                  "(a missing incref)",
    [V_HELD] = "held only by those leaks",
    [V_LOST] = "lost buffers: no unreachable block points to them (a missing mem_free)",
    [V_CYCLIC] = "cyclic garbage, reclaimed by the collector",
};
static const Verdict report_order[N_VERDICTS] = {V_REF_LEAK, V_REF_LOW, V_HELD, V_LOST, V_CYCLIC};
enum { GROUPS_SHOWN = 25 };

static int by_verdict_then_count(const void *a, const void *b)
{
    const Group *x = a, *y = b;
    if (x->verdict != y->verdict)
        return (int)x->verdict - (int)y->verdict;
    return x->count < y->count ? 1 : x->count > y->count ? -1 : 0;
}

static void print_group(const Group *g)
{
    fprintf(stderr, "    %6zu %s", g->count,
            g->type[0] ? g->type : g->count == 1 ? "buffer" : "buffers");
    if (g->verdict == V_LOST)
        fprintf(stderr, " (%zu bytes)", g->bytes);
    if (g->file)
        fprintf(stderr, " created at %s:%d", g->file, g->line);
    else
        fputs(" created by the runtime", stderr);
    if (g->verdict == V_REF_LEAK || g->verdict == V_REF_LOW)
        fprintf(stderr, ", count too %s by %ld", g->excess > 0 ? "high" : "low",
                (long)(g->excess > 0 ? g->excess : -g->excess));
    Dl_info info;
    if (g->verdict == V_LOST && dladdr(g->caller, &info) && info.dli_fname)
        fprintf(stderr, ", by the C code at %s+%#lx", info.dli_fname,
                (unsigned long)((char *)g->caller - (char *)info.dli_fbase));
    else if (g->verdict == V_LOST)
        fprintf(stderr, ", by the C code at %p", g->caller);
    fputc('\n', stderr);
}

static void print_report(void)
{
    size_t objects = 0, buffers = 0;
    for (int v = 0; v < N_VERDICTS; v++)
        objects += total_objects[v], buffers += total_buffers[v];
    if (objects + buffers > 0)
        fprintf(stderr, "ouro: leak report: %zu objects and %zu buffers were not freed "
                "by reference counting\n", objects, buffers);
    qsort(groups, ngroups, sizeof *groups, by_verdict_then_count);
    for (int i = 0; i < N_VERDICTS; i++) {
        Verdict v = report_order[i];
        if (total_objects[v] + total_buffers[v] == 0)
            continue;
        fprintf(stderr, "  %s:\n", verdict_titles[v]);
        size_t shown = 0, first = 0;
        while (first < ngroups && groups[first].verdict != v)
            first++;
        for (size_t g = first; g < ngroups && groups[g].verdict == v; g++)
            if (shown++ < GROUPS_SHOWN)
                print_group(&groups[g]);
        if (shown > GROUPS_SHOWN)
            fprintf(stderr, "    ... and %zu more lines\n", shown - GROUPS_SHOWN);
    }
    if (ungrouped)
        fprintf(stderr, "  (%zu more were counted but not listed: the table is full)\n", ungrouped);
    fprintf(stderr, "ouro: leak check: %zu reference leaks, %zu counts too low, "
            "%zu lost buffers; %zu objects of cyclic garbage\n",
            total_objects[V_REF_LEAK], total_objects[V_REF_LOW], total_buffers[V_LOST],
            total_objects[V_CYCLIC]);
}

/* Zero the dead part of the C stack below this frame, so that the last
 * collection is not fooled by pointers that deeper calls left there. */
static __attribute__((noinline)) void clear_dead_stack(void)
{
    volatile char pad[64 * 1024];
    memset((char *)pad, 0, sizeof pad);
    __asm__ volatile("" : : "r"(pad) : "memory");
}


/* The report cannot judge objects it was not told about: say so rather
 * than print a summary that looks clean. */
static void report_at_exit(void)
{
    clear_dead_stack();
    GC_gcollect();
    if (GC_get_on_collection_event() != on_collection_event)
        fputs("ouro: leak check: incomplete: the collection-event hook was replaced "
              "(see mem_set_leak_hooks in mem.h)\n", stderr);
    else if (objects_allocated == 0)
        fputs("ouro: leak check: incomplete: no object was allocated through "
              "mem_alloc_object (see mem.h)\n", stderr);
    else
        print_report();
}

void mem_set_leak_hooks(const MemLeakHooks *h)
{
    hooks = *h;
    if (!leak_mode || GC_get_on_collection_event() == on_collection_event)
        return;
    chained_event = GC_get_on_collection_event();
    GC_set_on_collection_event(on_collection_event);
}


void leak_mode_start(int kind)
{
    container_kind = kind;
    GC_set_find_leak(0);   /* GC_INIT read GC_FIND_LEAK: libgc's mode stays off */
    atexit(report_at_exit);
}
