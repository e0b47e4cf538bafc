/* gc_boehm_weak.c — weak references on the Boehm build.
 *
 * A weak reference's referent word is a disappearing link to the
 * referent: libgc clears it when it reclaims the referent.  Those with
 * callbacks are also watched: after a collection, a watched link that
 * libgc cleared means the referent was reclaimed, and the callback runs at
 * the next safe point (scan_weakrefs, from gc_boehm.c).  A weak reference
 * that is itself garbage has its `self` link cleared (no callback, not
 * handed out again) and leaves its referent's list through a libgc
 * finalizer (weakref_collected) before libgc reclaims it.
 */
#include "config.h"

#include <stdlib.h>
#include <gc/gc.h>  /* libgc; "gc.h" is ours */

#include "gc.h"
#include "gc_boehm.h"
#include "mem.h"

static WeakrefHooks weak_hooks;
static GC_word scanned_gc_no;

void gc_set_weakref_hooks(const WeakrefHooks *hooks) { weak_hooks = *hooks; }


typedef struct {
    GC_word weakref;      /* disguised; libgc clears it when the weakref dies */
    uintptr_t *link;      /* the weakref's referent field */
    uintptr_t referent;   /* its address, for ordering callbacks (not a reference) */
    unsigned long seq;    /* registration order */
} Watch;

static Watch *watched;    /* atomic, uncollectable: libgc neither scans nor frees it */
static size_t nwatched, cap_watched;
static unsigned long watch_seq;

static int watch(uintptr_t *link, Object *referent, Object *wr)
{
    if (nwatched == cap_watched) {
        size_t cap = cap_watched ? 2 * cap_watched : 16;
        Watch *w = GC_MALLOC_ATOMIC_UNCOLLECTABLE(cap * sizeof *w);
        if (w == NULL)
            return -1;
        for (size_t i = 0; i < nwatched; i++) {
            w[i] = watched[i];
            if (w[i].weakref)
                GC_move_disappearing_link((void **)&watched[i].weakref, (void **)&w[i].weakref);
        }
        GC_FREE(watched);
        watched = w;
        cap_watched = cap;
    }
    Watch *e = &watched[nwatched++];
    e->weakref = GC_HIDE_POINTER(wr);
    e->link = link;
    e->referent = (uintptr_t)referent;
    e->seq = watch_seq++;
    GC_general_register_disappearing_link((void **)&e->weakref, wr);
    return 0;
}

static void unwatch_at(size_t i)
{
    if (watched[i].weakref)
        GC_unregister_disappearing_link((void **)&watched[i].weakref);
    nwatched--;
    if (i != nwatched) {
        watched[i] = watched[nwatched];
        if (watched[i].weakref)
            GC_move_disappearing_link((void **)&watched[nwatched].weakref, (void **)&watched[i].weakref);
    }
}

/* A weak reference libgc found unreachable: libgc has cleared its `self`
 * link, and calls this before reclaiming it, so that it leaves its
 * referent's list first (gc.h).  A subclass may define __del__ too. */
static void weakref_collected(void *obj, void *data)
{
    Object *o = obj;
    if (o->refcnt == DEAD)
        return;
    weak_hooks.collected(o);
    if (TYPE_FLAG(TYPE(o), TF_HAS_FINALIZER))
        queue_finalizer(obj, data);
}

void gc_weakref_link(WeakLinks *l, Object *referent, Object *wr, bool callback)
{
    GC_general_register_disappearing_link((void **)&l->referent, referent);
    GC_register_disappearing_link((void **)&l->self);
    GC_register_finalizer_no_order(wr, weakref_collected, 0, 0, 0);
    if (callback)
        (void)watch(&l->referent, referent, wr);  /* out of memory: this callback cannot run */
    clear_dead_stack(2048);
}

void gc_weakref_unlink(WeakLinks *l)
{
    GC_unregister_disappearing_link((void **)&l->referent);
    for (size_t i = 0; i < nwatched; i++)
        if (watched[i].link == &l->referent) {
            unwatch_at(i);
            return;
        }
}

/* Its finalizer goes with the object (gc_free_object). */
void gc_weakref_release(WeakLinks *l) { GC_unregister_disappearing_link((void **)&l->self); }

/* A callback that is due: the weakref (a reference held until it ran). */
typedef struct {
    Object *wr;
    uintptr_t referent;
    unsigned long seq, group;   /* group: the oldest seq among its referent's */
} Due;

static int by_referent(const void *a, const void *b)
{
    const Due *x = a, *y = b;
    return x->referent != y->referent ? (x->referent < y->referent ? -1 : 1)
                                      : (x->seq < y->seq ? -1 : x->seq > y->seq);
}

/* python3 runs them object after object, each object's newest weakref
 * first; objects are taken here in the order their first weakref was
 * made. */
static int by_call_order(const void *a, const void *b)
{
    const Due *x = a, *y = b;
    if (x->group != y->group)
        return x->group < y->group ? -1 : 1;
    return x->seq > y->seq ? -1 : x->seq < y->seq;
}

static void run_due(Due *due, size_t n)
{
    if (n == 0)
        return;
    qsort(due, n, sizeof *due, by_referent);
    for (size_t i = 0; i < n; i++)
        due[i].group = i > 0 && due[i].referent == due[i - 1].referent ? due[i - 1].group : due[i].seq;
    qsort(due, n, sizeof *due, by_call_order);
    for (size_t i = 0; i < n; i++) {
        weak_hooks.referent_gone(due[i].wr);
        DECREF(due[i].wr);
    }
}

/* After a collection: a live watched weakref whose link libgc cleared has
 * lost its referent; a cleared watch entry means the weakref itself died
 * (python3 runs no callback then).  Every due weakref is held before any
 * callback runs, as python3 does: a callback cannot free another. */
void scan_weakrefs(void)
{
    if (GC_get_gc_no() == scanned_gc_no)
        return;
    scanned_gc_no = GC_get_gc_no();
    size_t ndue = 0;
    for (size_t i = 0; i < nwatched; i++)
        ndue += watched[i].weakref && *watched[i].link == 0;
    Due *due = ndue ? mem_alloc(ndue * sizeof *due) : NULL;
    size_t n = 0;
    for (size_t i = 0; i < nwatched;) {
        if (watched[i].weakref == 0) {
            unwatch_at(i);
        } else if (*watched[i].link == 0) {
            Object *wr = GC_REVEAL_POINTER(watched[i].weakref);
            if (due)   /* out of memory: these callbacks are lost */
                due[n++] = (Due){NEWREF(wr), watched[i].referent, watched[i].seq, 0};
            unwatch_at(i);
        } else {
            i++;
        }
    }
    run_due(due, n);
    mem_free(due);
}
