/* gc_boehm.c — the collector interface over libgc.
 *
 * Objects carry no GC header: libgc finds cycles by scanning memory
 * conservatively, so there is nothing to track.  Reference counting frees
 * objects as usual (GC_FREE); what counting misses, libgc reclaims.
 *
 * __del__: an instance of a class with __del__ gets a libgc finalizer
 * registered "no order" (the ordered kind never finalizes a cycle).  libgc
 * only queues finalizers (finalize-on-demand); its notifier just sets
 * gc_pending, and the VM runs them at its next safe point, where Python
 * code may run.  The finalizer proc runs __del__ through the object layer's
 * hook (once per object: the set `finalized` remembers it), then registers
 * a second proc, `forget`, that drops the object from the set when libgc
 * finds it unreachable again.
 *
 * A queued object must never be given back with GC_FREE: libgc would run
 * the proc on freed memory.  Unregistering returns no old finalizer once
 * the object is queued; then the object is marked DEAD instead of freed,
 * the proc sees the mark and does nothing, and libgc reclaims the memory.
 *
 * Weak references are disappearing links.  Those with callbacks are also
 * watched: after a collection, a watched link that libgc cleared means
 * the referent was reclaimed, and the callback runs at the safe point.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gc/gc.h>  /* libgc; "gc.h" is ours */

#include "addrset.h"
#include "err.h"
#include "gc.h"
#include "mem.h"

volatile int gc_pending;

#define DEAD ((intptr_t)-0x0dead)   /* refcount of a freed-but-queued object */

static FinalizeFn finalize_hook;
static WeakrefHooks weak_hooks;
static AddrSet finalized;
static bool running_finalizers;
static GC_word scanned_gc_no;

/* ---- allocation ---- */

void *gc_alloc_object(size_t size, bool container)
{
    (void)container;
    return mem_alloc(size);
}

void gc_free_object(Object *o, bool container)
{
    (void)container;
    if (TYPE_FLAG(TYPE(o), TF_HAS_FINALIZER)) {
        addrset_remove(&finalized, o);
        GC_finalization_proc old = 0;
        void *old_data;
        GC_register_finalizer_no_order(o, 0, 0, &old, &old_data);
        if (old == 0) {
            o->refcnt = DEAD;   /* queued: libgc reclaims it after the proc */
            return;
        }
    }
    mem_free(o);
}

/* libgc scans the C stack from its own innermost frame, and its frames
 * are laid over the dead stack left by earlier, deeper calls: holes in
 * them would still hold pointers to garbage (the object a function that
 * returned had just created, say).  Zeroing that region first makes
 * gc.collect() reclaim such garbage every time, not by luck. */
static __attribute__((noinline)) void clear_dead_stack(size_t n)
{
    volatile char pad[64 * 1024];
    if (n > sizeof pad)
        n = sizeof pad;
    memset((char *)pad + sizeof pad - n, 0, n);
    __asm__ volatile("" : : "r"(pad) : "memory");
}

/* ---- finalizers ---- */

static void forget(void *obj, void *data)
{
    (void)data;
    addrset_remove(&finalized, obj);
}

static void run_finalizer(void *obj, void *data)
{
    (void)data;
    Object *o = obj;
    if (o->refcnt == DEAD || finalize_hook == NULL)
        return;
    INCREF(o);
    finalize_hook(o);
    /* Registered before the decref: if that frees o, gc_free_object finds
     * a registration to cancel and can free the memory at once. */
    GC_register_finalizer_no_order(o, forget, 0, 0, 0);
    DECREF(o);
}

/* Registration runs deep inside libgc and leaves o's address in dead
 * stack frames; clear them, so that the next collection is not fooled. */
void gc_register_finalizer(Object *o)
{
    GC_register_finalizer_no_order(o, run_finalizer, 0, 0, 0);
    clear_dead_stack(2048);
}

bool gc_is_finalized(Object *o) { return addrset_contains(&finalized, o); }

/* Out of memory here only risks a second __del__ call after resurrection. */
void gc_set_finalized(Object *o) { (void)addrset_add(&finalized, o); }

void gc_set_finalize_hook(FinalizeFn fn) { finalize_hook = fn; }
void gc_set_weakref_hooks(const WeakrefHooks *hooks) { weak_hooks = *hooks; }

/* ---- weak references ---- */

typedef struct {
    GC_word weakref;      /* disguised; libgc clears it when the weakref dies */
    uintptr_t *link;      /* the weakref's referent field */
} Watch;

static Watch *watched;    /* atomic, uncollectable: libgc neither scans nor frees it */
static size_t nwatched, cap_watched;

static int watch(uintptr_t *link, Object *wr)
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

void gc_weakref_link(uintptr_t *link, Object *referent, Object *wr)
{
    GC_general_register_disappearing_link((void **)link, referent);
    if (wr)
        (void)watch(link, wr);  /* out of memory: this callback cannot run */
}

void gc_weakref_unlink(uintptr_t *link)
{
    GC_unregister_disappearing_link((void **)link);
    for (size_t i = 0; i < nwatched; i++)
        if (watched[i].link == link) {
            unwatch_at(i);
            return;
        }
}

/* After a collection: a live watched weakref whose link libgc cleared has
 * lost its referent; a cleared watch entry means the weakref itself died
 * (python3 runs no callback then). */
static void scan_watched(void)
{
    if (GC_get_gc_no() == scanned_gc_no)
        return;
    scanned_gc_no = GC_get_gc_no();
    for (size_t i = 0; i < nwatched;) {
        if (watched[i].weakref == 0) {
            unwatch_at(i);
        } else if (*watched[i].link == 0) {
            Object *wr = GC_REVEAL_POINTER(watched[i].weakref);
            unwatch_at(i);
            INCREF(wr);
            weak_hooks.referent_gone(wr);
            DECREF(wr);
        } else {
            i++;
        }
    }
}

/* ---- collecting ---- */

static intptr_t run_pending(void)
{
    if (running_finalizers)
        return 0;
    running_finalizers = true;
    intptr_t n = GC_invoke_finalizers();
    scan_watched();
    running_finalizers = false;
    return n;
}

/* gc.collect(): a full libgc collection, then the finalizers it queued.
 * The count is the number of finalizers run: libgc does not report how
 * many objects it reclaimed, only bytes. */
intptr_t gc_collect(int gen)
{
    (void)gen;
    gc_pending = 0;
    clear_dead_stack(64 * 1024);
    GC_gcollect();
    return run_pending();
}

void gc_safe_point(void)
{
    gc_pending = 0;
    run_pending();
}

void gc_track(Object *o) { (void)o; }
void gc_untrack(Object *o) { (void)o; }

/* python3 reports whether the collector would look at the object; here
 * libgc looks at every container. */
bool gc_is_tracked(Object *o) { return obj_is_gc(o); }

void gc_enable(bool on)
{
    if (on == gc_is_enabled())
        return;
    if (on)
        GC_enable();
    else
        GC_disable();
}

bool gc_is_enabled(void) { return !GC_is_disabled(); }
const char *gc_backend_name(void) { return "boehm"; }

/* No generations here: thresholds are kept so gc.set_threshold and
 * gc.get_threshold round-trip; they change nothing.  The count reports
 * libgc's collection number in the first slot. */
static long thresholds[3] = {700, 10, 10};
void gc_get_threshold(long out[3]) { for (int i = 0; i < 3; i++) out[i] = thresholds[i]; }
void gc_set_threshold(const long in[3]) { for (int i = 0; i < 3; i++) thresholds[i] = in[i]; }

void gc_get_count(long out[3])
{
    out[0] = (long)GC_get_gc_no();
    out[1] = out[2] = 0;
}

static void notify(void) { gc_pending = 1; }

static void on_collection(GC_EventType e)
{
    if (e == GC_EVENT_END)
        gc_pending = 1;   /* check the watched weak references */
}

/* libgc's warnings ("Repeated allocation of very large block", ...) go to
 * stderr only when OURO_GC_WARN is set. */
static void warn(char *msg, GC_word arg)
{
    if (getenv("OURO_GC_WARN"))
        fprintf(stderr, msg, arg);
}

void gc_init(void)
{
    GC_set_finalize_on_demand(1);
    GC_set_finalizer_notifier(notify);
    GC_set_on_collection_event(on_collection);
    GC_set_warn_proc(warn);
}

/* ---- gc module support (provisional: see issue 6) ---- */

static CollectHooks collect_hooks;
void gc_set_collect_hooks(const CollectHooks *h) { collect_hooks = *h; }

int gc_visit_objects(int gen, ObjectVisitor fn, void *arg)
{
    (void)gen, (void)fn, (void)arg;
    err_set(Exc_NotImplementedError, "gc cannot list objects on the boehm backend yet");
    return -1;
}

void gc_freeze(void) {}
void gc_unfreeze(void) {}
long gc_freeze_count(void) { return 0; }

void gc_get_stats(GenStats out[3])
{
    memset(out, 0, 3 * sizeof *out);
    out[2].collections = (long)GC_get_gc_no();
}

void gc_fini(void) {}
