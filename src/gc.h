/* gc.h — the collector interface.  One implementation per backend:
 * gc_precise.c (generational gc_refs collector), gc_boehm.c (libgc) and
 * gc_none.c (reference counting only).  Objects reach the collector only
 * through their header and their type's traverse/clear slots. */
#ifndef OURO_GC_H
#define OURO_GC_H

#include <stddef.h>
#include "object.h"

/* Memory for one object of `size` bytes; containers get the backend's
 * pre-header (if any) in front.  Returns the object address, zeroed, or
 * NULL.  gc_free_object gives it back. */
void *gc_alloc_object(size_t size, bool container);
void gc_free_object(Object *o, bool container);

void gc_track(Object *o);
void gc_untrack(Object *o);
bool gc_is_tracked(Object *o);

/* Collect generation gen (0..2; 2 is a full collection).  Returns the
 * number of unreachable objects found, or -1 with an exception set.  The
 * precise collector counts as python3 3.11 does (a plain instance and its
 * __dict__ are one object; what a finalizer resurrected is not counted);
 * the Boehm backend counts the containers libgc did not reach. */
intptr_t gc_collect(int gen);
/* Set when an allocation decided a collection is due; the VM calls
 * gc_safe_point() between instructions when it is set. */
extern volatile int gc_pending;
void gc_safe_point(void);

/* The object layer runs __del__ for the collector (gc never calls up):
 * the hook calls o's finalizer unless it already ran; returns 1 if it ran. */
typedef int (*FinalizeFn)(Object *o);
void gc_set_finalize_hook(FinalizeFn fn);

/* ... and clears weak references (weakref.h) through these hooks. */
typedef struct {
    int (*clear)(Object *o, bool (*is_garbage)(Object *), Object **pending);
    void (*run)(Object *pending);
    void (*referent_gone)(Object *wr);  /* libgc reclaimed wr's referent */
    void (*collected)(Object *wr);      /* libgc found wr itself unreachable */
} WeakrefHooks;
void gc_set_weakref_hooks(const WeakrefHooks *hooks);

/* PEP 442: __del__ runs at most once per object.  The object layer asks
 * and marks; the backend keeps the mark (a header bit, or a set of
 * hidden addresses where there is no header) and forgets it when the
 * object's memory goes back. */
bool gc_is_finalized(Object *o);
void gc_set_finalized(Object *o);
/* An object whose class defines __del__ was just allocated: the Boehm
 * backend registers a libgc finalizer for it (a no-op elsewhere). */
void gc_register_finalizer(Object *o);
/* A weak reference keeps two words a collector may clear: its referent,
 * disguised, and itself, disguised.  The Boehm backend makes the first a
 * disappearing link to the referent and the second one to the weak
 * reference itself: when libgc finds the weak reference unreachable it
 * clears `self` at once (weakref.c then treats it as gone) and, through a
 * libgc finalizer, calls WeakrefHooks.collected before reclaiming it, so
 * that it leaves its referent's list.  With a callback, the backend also
 * watches for libgc clearing `referent`, to run the callback at a safe
 * point.  The precise and none backends clear neither word. */
typedef struct {
    uintptr_t referent;   /* ~referent, or 0 once it is gone */
    uintptr_t self;       /* ~the weak reference, or 0 once it is garbage */
} WeakLinks;
void gc_weakref_link(WeakLinks *l, Object *referent, Object *wr, bool callback);
void gc_weakref_unlink(WeakLinks *l);    /* the referent link is dropped */
void gc_weakref_release(WeakLinks *l);   /* the weak reference is being freed */

/* Generation thresholds and counts (python3's gc.get_threshold and
 * gc.get_count); backends without generations report their own figures. */
void gc_get_threshold(long out[3]);
void gc_set_threshold(const long in[3]);
void gc_get_count(long out[3]);

/* ---- what the gc module needs beyond collecting ---- */

/* Visit the objects the collector tracks: generation 0..2, or -1 for all
 * (frozen objects included).  fn returns nonzero to stop; that value is
 * returned.  Returns -1 with an exception set when this backend cannot
 * enumerate its objects.  fn must not run Python code. */
typedef int (*ObjectVisitor)(Object *o, void *arg);
int gc_visit_objects(int gen, ObjectVisitor fn, void *arg);

/* gc.freeze(): every tracked object moves to a permanent generation that
 * collections ignore; gc.unfreeze() moves them back to the oldest one. */
void gc_freeze(void);
void gc_unfreeze(void);
long gc_freeze_count(void);

/* gc.get_stats(): per generation since start. */
typedef struct {
    long collections;
    long collected;
    long uncollectable;
} GenStats;
void gc_get_stats(GenStats out[3]);

/* The gc module observes collections through these hooks (set once by
 * mod_gc; any may be NULL).  start and stop bracket every collection, at
 * a safe point, with the generation collected; they may run Python code
 * (gc.callbacks).  keep_garbage is asked about each unreachable object
 * before the collector breaks its cycles: true means the hook took a
 * reference (gc.garbage under DEBUG_SAVEALL) and the object survives. */
typedef struct {
    void (*start)(int gen);
    void (*stop)(int gen, intptr_t collected, intptr_t uncollectable);
    bool (*keep_garbage)(Object *o);
} CollectHooks;
void gc_set_collect_hooks(const CollectHooks *hooks);

void gc_enable(bool on);
bool gc_is_enabled(void);
const char *gc_backend_name(void);   /* "precise", "boehm" or "none" */

/* Deep work just finished (start-up, compiling a program): forget what
 * it left on the dead C stack, where later frames' uninitialised slots
 * would show it to a conservative collector as references to whatever
 * reuses those addresses.  A no-op where the collector is precise. */
void gc_clear_dead_stack(void);

void gc_init(void);
void gc_fini(void);

#endif
