/* gc_boehm.c — the collector interface over libgc.
 *
 * Objects carry no GC header: libgc finds cycles by scanning memory
 * conservatively, so there is nothing to track.  Reference counting frees
 * objects as usual (mem_free); what counting misses, libgc reclaims.
 * Containers come from a libgc object kind of their own (mem_alloc_object),
 * so that the gc module can tell them from other heap blocks
 * (gc.get_objects) and count what a collection reclaimed.
 *
 * Determinism: a collection must not see stale pointers the runtime (or
 * libgc) left behind.  gc.collect() zeroes the dead C stack below it and
 * hides the interpreter's own C frames (gc_stack.h) while libgc marks; the
 * dead stack is zeroed again when libgc starts marking (on_collection);
 * libgc's own data is no root (register_roots) and libgc is bound before
 * the first real collection (gc_init).  The VM, list and frame code clear
 * what they pop or release.
 *
 * __del__: an instance of a class with __del__ gets a libgc finalizer
 * registered "no order" (the ordered kind never finalizes a cycle).  libgc
 * only queues finalizers (finalize-on-demand); its notifier just sets
 * gc_pending, and the VM runs them at its next safe point, where Python
 * code may run.  The finalizer proc runs __del__ through the object layer's
 * hook, once per object: the set `finalized` remembers it.  An entry is
 * dropped when the object is freed by reference counting, or when its
 * address is handed out again (libgc reclaimed it silently).
 *
 * A queued object must never be given back with GC_FREE: libgc would run
 * the proc on freed memory.  Unregistering returns no old finalizer once
 * the object is queued; then the object is marked DEAD instead of freed,
 * the proc sees the mark and does nothing, and libgc reclaims the memory.
 *
 * Weak references are disappearing links (gc_boehm_weak.c); their
 * callbacks run at the same safe points, before the finalizers.
 *
 * The gc module on this backend (docs/boehm.md, "Collection and the gc
 * module"): libgc has no generations.  gc.collect(n) always runs a full
 * collection; it is booked as a collection of generation n, so get_count
 * and get_stats follow python3's bookkeeping, and libgc's own automatic
 * collections are booked as generation 2.  Every container is "tracked"
 * (libgc scans it).  gc.freeze() keeps the frozen objects as roots.
 */
#define _GNU_SOURCE 1   /* dladdr, dl_iterate_phdr: the roots (gc_init) */
#include "config.h"

#include <dlfcn.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <gc/gc.h>  /* libgc; "gc.h" is ours */
#include <gc/gc_mark.h>

#include "addrset.h"
#include "err.h"
#include "gc.h"
#include "gc_boehm.h"
#include "gc_stack.h"
#include "mem.h"

volatile int gc_pending;


static FinalizeFn finalize_hook;
static CollectHooks collect_hooks;
static AddrSet finalized;
static bool running_finalizers;

static long live_containers;   /* allocated minus freed by counting, as of the last count */
static bool collecting;        /* inside our own GC_gcollect */

/* The bookkeeping behind get_count and get_stats (see the top). */
static long counts[3];
static GenStats stats[3];
static long auto_unreported;   /* automatic collections not yet shown to the hooks */

static void forget_frozen(Object *o);
static long nfrozen;

/* ---- allocation ---- */

/* An address libgc hands out again belonged to an object it reclaimed:
 * a `finalized` entry for it is stale. */
void *gc_alloc_object(size_t size, bool container)
{
    void *o = mem_alloc_object(size, container);
    if (o == NULL)
        return NULL;
    if (finalized.used)
        addrset_remove(&finalized, o);
    if (container) {
        live_containers++;
        counts[0]++;
    }
    return o;
}

void gc_free_object(Object *o, bool container)
{
    if (container) {
        live_containers--;
        if (counts[0] > 0)
            counts[0]--;
        if (nfrozen)
            forget_frozen(o);
    }
    if (TYPE_FLAG(TYPE(o), TF_HAS_FINALIZER | TF_WEAKREF)) {
        addrset_remove(&finalized, o);
        GC_finalization_proc old = 0;
        void *old_data;
        GC_register_finalizer_no_order(o, 0, 0, &old, &old_data);
        if (old == 0) {
            o->refcnt = DEAD;   /* maybe queued: libgc reclaims it after the proc */
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
__attribute__((noinline)) void clear_dead_stack(size_t n)
{
    volatile char pad[64 * 1024];
    if (n > sizeof pad)
        n = sizeof pad;
    memset((char *)pad + sizeof pad - n, 0, n);
    __asm__ volatile("" : : "r"(pad) : "memory");
}

/* ---- finalizers ----
 * libgc runs its finalizer procs in no useful order; python3 runs the
 * __del__s of a garbage set in the order of its generation lists, which is
 * the order the objects were made.  So the proc only queues the object (a
 * root: it stays alive), with the sequence number it was registered with,
 * and run_queued_finalizers runs the __del__s in that order. */

typedef struct {
    Object *o;
    uintptr_t seq;
} QueuedFinalizer;

static QueuedFinalizer *queued;   /* uncollectable: libgc scans it */
static size_t nqueued, cap_queued;
static uintptr_t finalizer_seq;

static void run_finalizer_now(Object *o)
{
    if (o->refcnt == DEAD || finalize_hook == NULL)
        return;
    INCREF(o);
    finalize_hook(o);
    DECREF(o);   /* no registration left: if this frees o, it is not given back */
}

void queue_finalizer(void *obj, void *data)
{
    Object *o = obj;
    if (o->refcnt == DEAD)
        return;
    if (nqueued == cap_queued) {
        size_t cap = cap_queued ? 2 * cap_queued : 64;
        QueuedFinalizer *q = GC_MALLOC_UNCOLLECTABLE(cap * sizeof *q);
        if (q == NULL) {
            run_finalizer_now(o);   /* out of memory: out of order, but run */
            return;
        }
        if (nqueued)
            memcpy(q, queued, nqueued * sizeof *q);
        GC_FREE(queued);
        queued = q;
        cap_queued = cap;
    }
    queued[nqueued++] = (QueuedFinalizer){o, (uintptr_t)data};
}

static int by_seq(const void *a, const void *b)
{
    uintptr_t x = ((const QueuedFinalizer *)a)->seq, y = ((const QueuedFinalizer *)b)->seq;
    return (x > y) - (x < y);
}

/* A __del__ may make more garbage whose procs queue more: batch by batch,
 * each batch kept (a root) until all of it ran. */
static void run_queued_finalizers(void)
{
    while (nqueued) {
        QueuedFinalizer *batch = queued;
        size_t n = nqueued;
        queued = NULL;
        nqueued = cap_queued = 0;
        qsort(batch, n, sizeof *batch, by_seq);
        for (size_t i = 0; i < n; i++)
            run_finalizer_now(batch[i].o);
        GC_FREE(batch);
    }
}

/* Registration runs deep inside libgc and leaves o's address in dead
 * stack frames; clear them, so that the next collection is not fooled. */
void gc_register_finalizer(Object *o)
{
    GC_register_finalizer_no_order(o, queue_finalizer, (void *)++finalizer_seq, 0, 0);
    clear_dead_stack(2048);
}

bool gc_is_finalized(Object *o) { return addrset_contains(&finalized, o); }

/* Out of memory here only risks a second __del__ call after resurrection. */
void gc_set_finalized(Object *o) { (void)addrset_add(&finalized, o); }

void gc_set_finalize_hook(FinalizeFn fn) { finalize_hook = fn; }

/* python3's order: callbacks of weak references to the garbage first,
 * then the finalizers; then callbacks for what the finalizers' own
 * allocations let libgc reclaim.  Returns the number of finalizers run. */
static intptr_t run_pending(void)
{
    if (running_finalizers)
        return 0;
    running_finalizers = true;
    scan_weakrefs();
    intptr_t n = GC_invoke_finalizers();
    run_queued_finalizers();
    scan_weakrefs();
    running_finalizers = false;
    return n;
}

/* ---- the interpreter's stack holes (gc_stack.h) ----
 * Hiding: the clean holes are copied into one atomic block (libgc does not
 * scan it) and zeroed; after the collection they are copied back.  Nothing
 * runs in those frames meanwhile: they are all waiting in a call. */

static size_t hole_bytes(void)
{
    size_t n = 0;
    for (GcStackHole *h = gc_stack_holes; h; h = h->outer)
        if (h->lo)
            n += (size_t)(h->hi - h->lo);
    return n;
}

/* Returns the saved bytes (NULL: nothing hidden, or no memory for the
 * copy: then this collection is merely conservative). */
static char *hide_holes(void)
{
    size_t n = hole_bytes();
    char *saved = n ? GC_MALLOC_ATOMIC(n) : NULL;
    if (saved == NULL)
        return NULL;
    char *p = saved;
    for (GcStackHole *h = gc_stack_holes; h; h = h->outer)
        if (h->lo) {
            size_t len = (size_t)(h->hi - h->lo);
            memcpy(p, h->lo, len);
            memset(h->lo, 0, len);
            p += len;
        }
    return saved;
}

static void restore_holes(char *saved)
{
    if (saved == NULL)
        return;
    char *p = saved;
    for (GcStackHole *h = gc_stack_holes; h; h = h->outer)
        if (h->lo) {
            size_t len = (size_t)(h->hi - h->lo);
            memcpy(h->lo, p, len);
            p += len;
        }
    GC_FREE(saved);
}

/* ---- listing what libgc reached ----
 * libgc can only list the objects its last mark phase reached
 * (GC_enumerate_reachable_objects_inner, with its lock held, where nothing
 * may allocate): so collect, then list at once. */

typedef struct {
    Object **items;   /* NULL: only count */
    size_t n, cap;
    int gen;          /* as gc_visit_objects: -1 lists frozen objects too, 2 does not */
} Reached;

static bool is_frozen(Object *o);

static void GC_CALLBACK note_reached(void *p, size_t bytes, void *data)
{
    (void)bytes;
    Reached *r = data;
    Object *o = p;
    if (!mem_is_container(p))
        return;
    /* Counting reads no object: touching each one costs a cache miss.  A
     * freed object still queued for its finalizer (DEAD) is counted as
     * reached then, and as found by the next count. */
    if (r->items) {
        if (o->refcnt == DEAD || r->n == r->cap || (r->gen != -1 && is_frozen(o)))
            return;
        r->items[r->n] = o;
    }
    r->n++;
}

static void list_reached(Reached *r)
{
    GC_alloc_lock();
    GC_enumerate_reachable_objects_inner(note_reached, r);
    GC_alloc_unlock();
}

/* One full libgc collection with the interpreter's dead frames hidden;
 * returns how many containers it left alive (NULL items: count only). */
static size_t full_collection(Reached *r)
{
    char *saved = hide_holes();
    clear_dead_stack(64 * 1024);
    /* gc.disable() stops automatic collections only, as in python3; libgc's
     * GC_disable would make GC_gcollect a no-op too. */
    bool disabled = GC_is_disabled();
    if (disabled)
        GC_enable();
    collecting = true;
    GC_gcollect();
    collecting = false;
    if (disabled)
        GC_disable();
    list_reached(r);
    restore_holes(saved);
    return r->n;
}

/* A collection: how many of the containers known to be live it did not
 * reach.  Those that automatic collections reclaimed since the last count
 * are found here too. */
static intptr_t collect_and_count(void)
{
    Reached r = {NULL, 0, 0, -1};
    long reached = (long)full_collection(&r);
    long found = live_containers > reached ? live_containers - reached : 0;
    live_containers = reached;
    return found;
}

/* python3's bookkeeping for a collection of generation gen. */
static void book(int gen, intptr_t found)
{
    for (int i = 0; i <= gen; i++)
        counts[i] = 0;
    if (gen < 2)
        counts[gen + 1]++;
    stats[gen].collections++;
    stats[gen].collected += (long)found;
}

/* The collections of gc.collect() run in frames laid over freshly zeroed
 * stack: the start hook and the finalizers ran just below gc_collect's
 * frame and left pointers to the garbage there. */
static __attribute__((noinline)) intptr_t collect_twice(void)
{
    clear_dead_stack(64 * 1024);
    intptr_t found = collect_and_count();
    if (run_pending() > 0) {
        clear_dead_stack(64 * 1024);
        found += collect_and_count();
        scan_weakrefs();
    }
    return found;
}

/* gc.collect(): a full collection, the weakref callbacks and finalizers
 * it made due, and then, when finalizers ran, a second collection: python3
 * frees a finalized cycle in the same collect() (unless __del__ resurrected
 * it), and libgc only can once the finalizers have run.  Garbage the
 * finalizers made is left for later, as in python3 (its own finalizers run
 * at the next safe point).  The result counts the containers found
 * unreachable (see collect_and_count); uncollectable is always 0.  A
 * collect() from a callback or finalizer of this one returns 0. */
intptr_t gc_collect(int gen)
{
    static bool in_collect;
    if (in_collect)
        return 0;
    in_collect = true;
    gc_pending = 0;
    if (collect_hooks.start)
        collect_hooks.start(gen);
    intptr_t found = collect_twice();
    book(gen, found);
    if (collect_hooks.stop)
        collect_hooks.stop(gen, found, 0);
    in_collect = false;
    return found;
}

/* libgc's automatic collections are shown to the gc module's hooks here,
 * after the fact, as collections of generation 2 that found nothing: libgc
 * does not say what they reclaimed (the next gc.collect() counts it). */
static void report_automatic(void)
{
    while (auto_unreported > 0) {
        auto_unreported--;
        if (collect_hooks.start)
            collect_hooks.start(2);
        if (collect_hooks.stop)
            collect_hooks.stop(2, 0, 0);
    }
}

void gc_safe_point(void)
{
    gc_pending = 0;
    run_pending();
    report_automatic();
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
 * gc.get_threshold round-trip; they change nothing (libgc decides when to
 * collect from the heap's growth). */
static long thresholds[3] = {700, 10, 10};
void gc_get_threshold(long out[3]) { for (int i = 0; i < 3; i++) out[i] = thresholds[i]; }
void gc_set_threshold(const long in[3]) { for (int i = 0; i < 3; i++) thresholds[i] = in[i]; }

/* counts[0]: containers allocated minus freed since the last collection;
 * counts[1] and [2]: collections booked since the next older one. */
void gc_get_count(long out[3]) { for (int i = 0; i < 3; i++) out[i] = counts[i]; }

void gc_get_stats(GenStats out[3]) { for (int i = 0; i < 3; i++) out[i] = stats[i]; }

void gc_set_collect_hooks(const CollectHooks *h) { collect_hooks = *h; }

/* ---- listing objects ---- */

/* Every container is in the oldest generation (2); generations 0 and 1 are
 * empty.  Visiting collects first (see "listing what libgc reached"); the
 * objects are gathered in a block libgc does not scan, which is safe:
 * they were reachable, and fn runs no Python code that could drop them. */
int gc_visit_objects(int gen, ObjectVisitor fn, void *arg)
{
    if (gen == 0 || gen == 1)
        return 0;
    size_t cap = (size_t)(live_containers > 0 ? live_containers : 0) + 64;
    Object **items = GC_MALLOC_ATOMIC(cap * sizeof *items);
    if (items == NULL) {
        err_no_memory();
        return -1;
    }
    Reached r = {items, 0, cap, gen};
    full_collection(&r);
    int stop = 0;
    for (size_t i = 0; i < r.n && !stop; i++)
        stop = fn(items[i], arg);
    GC_FREE(items);
    return stop;
}

/* ---- freezing ----
 * libgc has no permanent generation; gc.freeze() keeps every container it
 * reaches as a root (a table libgc scans and never reclaims), so frozen
 * garbage survives until gc.unfreeze(), as in python3.  Reference counting
 * still frees frozen objects; they leave the table then.  The table is a
 * set of plain pointers: open addressing, linear probing, tombstones. */

#define TOMB ((Object *)1)
static Object **frozen;        /* mem_alloc_root: scanned, never reclaimed */
static size_t frozen_mask;

static size_t frozen_slot(const Object *o) { return ((uintptr_t)o >> 4) & frozen_mask; }

static bool is_frozen(Object *o)
{
    if (nfrozen == 0)
        return false;
    for (size_t i = frozen_slot(o);; i = (i + 1) & frozen_mask) {
        if (frozen[i] == o)
            return true;
        if (frozen[i] == NULL)
            return false;
    }
}

static void forget_frozen(Object *o)
{
    for (size_t i = frozen_slot(o);; i = (i + 1) & frozen_mask) {
        if (frozen[i] == o) {
            frozen[i] = TOMB;
            nfrozen--;
            return;
        }
        if (frozen[i] == NULL)
            return;
    }
}

static int add_frozen(Object *o, void *arg)
{
    (void)arg;
    size_t i = frozen_slot(o);
    while (frozen[i] != NULL && frozen[i] != TOMB && frozen[i] != o)
        i = (i + 1) & frozen_mask;
    if (frozen[i] != o) {
        frozen[i] = o;
        nfrozen++;
    }
    return 0;
}

void gc_unfreeze(void)
{
    mem_free(frozen);
    frozen = NULL;
    frozen_mask = 0;
    nfrozen = 0;
}

/* The new table holds the old one's objects and everything reachable now
 * (found by a collection: what was garbage at freeze() time is reclaimed
 * rather than frozen). */
void gc_freeze(void)
{
    size_t want = (size_t)(live_containers > 0 ? live_containers : 0) + (size_t)nfrozen + 64, size = 64;
    while (size < 2 * want)
        size *= 2;
    Object **old = frozen;
    size_t old_size = frozen ? frozen_mask + 1 : 0;
    Object **table = mem_alloc_root(size * sizeof *table);
    if (table == NULL)
        return;   /* nothing gets frozen: collections merely see more garbage */
    frozen = table;
    frozen_mask = size - 1;
    nfrozen = 0;
    for (size_t i = 0; i < old_size; i++)
        if (old[i] != NULL && old[i] != TOMB)
            add_frozen(old[i], NULL);
    mem_free(old);
    if (gc_visit_objects(2, add_frozen, NULL) < 0)
        err_clear();
}

long gc_freeze_count(void) { return nfrozen; }

/* ---- start ---- */

static void notify(void) { gc_pending = 1; }

/* Called by libgc with its lock held: bookkeeping only.  A collection
 * libgc started by itself is booked here, and the watched weak references
 * are checked at the next safe point. */
static void on_collection(GC_EventType e)
{
    /* libgc finishes the previous collection's lazy sweep just before it
     * marks, and that sweep's dead frames hold the addresses of the
     * objects it walked past (live then, maybe garbage now); the marker
     * scans its own stack from deeper down, so they would count as roots.
     * Clear them now that marking is about to start. */
    if (e == GC_EVENT_MARK_START)
        clear_dead_stack(16 * 1024);
    if (e != GC_EVENT_END || collecting)
        return;
    book(2, 0);
    auto_unreported++;
    gc_pending = 1;
}

/* libgc scans the data of every loaded object as roots, its own included,
 * and its own holds addresses it does not mean as references: the hint
 * for the next heap section's mmap points just past the newest section,
 * which is the first block of an older one, so the first object there
 * never died (found with fin_self_cycle: one __del__ in 3000 missing).
 * Here the data of every object but libgc is registered instead, and libgc
 * registers none itself (no_dls: then it pushes its own thread and
 * finalizer structures explicitly).  Objects loaded later by dlopen would
 * not be scanned; ouro loads none. */
static int add_data_roots(struct dl_phdr_info *info, size_t size, void *libgc_base)
{
    (void)size;
    if ((void *)info->dlpi_addr == libgc_base)
        return 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type == PT_LOAD && (ph->p_flags & PF_W)) {
            char *lo = (char *)(info->dlpi_addr + ph->p_vaddr);
            GC_add_roots(lo, lo + ph->p_memsz);
        }
    }
    return 0;
}

/* Only when libgc is a shared object of its own: linked into ours, its
 * data cannot be told from ours. */
static void register_roots(void)
{
    Dl_info libgc, ours;
    if (!dladdr((void *)GC_gcollect, &libgc) || !dladdr((void *)register_roots, &ours) ||
        libgc.dli_fbase == NULL || libgc.dli_fbase == ours.dli_fbase)
        return;
    GC_set_no_dls(1);
    dl_iterate_phdr(add_data_roots, libgc.dli_fbase);
}

/* libgc's warnings and the containers' kind are the memory door's
 * (mem_boehm.c). */
void gc_init(void)
{
    register_roots();
    GC_set_finalize_on_demand(1);
    GC_set_finalizer_notifier(notify);
    GC_set_on_collection_event(on_collection);
    /* One collection now binds the functions libgc calls while it marks
     * (libgc.so is bound lazily): the dynamic linker's resolver saves
     * every register, vector registers included, in the frame it runs in,
     * and run inside a later collection it would lay stale pointers (say a
     * list item a memcpy moved) right where the marker scans libgc's own
     * frames (cpy_shutdown_main, fin_self_cycle).  Not booked. */
    collecting = true;
    GC_gcollect();
    collecting = false;
}

void gc_fini(void) {}
void gc_clear_dead_stack(void) { clear_dead_stack(64 * 1024); }
