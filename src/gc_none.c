/* gc_none.c — reference counting only.  Cycles are never reclaimed; this
 * build is the baseline that measures what a cycle collector costs. */
#include "config.h"

#include <string.h>

#include "addrset.h"
#include "err.h"
#include "gc.h"
#include "mem.h"

volatile int gc_pending;
static bool enabled = true;

void *gc_alloc_object(size_t size, bool container)
{
    (void)container;
    return mem_alloc(size);
}

static AddrSet finalized;

void gc_free_object(Object *o, bool container)
{
    (void)container;
    if (TYPE_FLAG(TYPE(o), TF_HAS_FINALIZER))
        addrset_remove(&finalized, o);
    mem_free(o);
}

bool gc_is_finalized(Object *o) { return addrset_contains(&finalized, o); }

/* Out of memory here only risks a second __del__ call after resurrection. */
void gc_set_finalized(Object *o) { (void)addrset_add(&finalized, o); }

void gc_register_finalizer(Object *o) { (void)o; }
void gc_weakref_link(WeakLinks *l, Object *referent, Object *wr, bool callback)
{
    (void)l; (void)referent; (void)wr; (void)callback;
}
void gc_weakref_unlink(WeakLinks *l) { (void)l; }
void gc_weakref_release(WeakLinks *l) { (void)l; }

void gc_track(Object *o) { (void)o; }
void gc_untrack(Object *o) { (void)o; }
bool gc_is_tracked(Object *o) { (void)o; return false; }
static CollectHooks hooks;
static GenStats stats[3];
static bool collecting;      /* a gc.callbacks callback may call gc.collect() */
void gc_set_collect_hooks(const CollectHooks *h) { hooks = *h; }

/* Nothing to collect; gc.callbacks and gc.get_stats still see a
 * collection that found nothing. */
intptr_t gc_collect(int gen)
{
    if (collecting)
        return 0;
    collecting = true;
    if (hooks.start)
        hooks.start(gen);
    stats[gen].collections++;
    if (hooks.stop)
        hooks.stop(gen, 0, 0);
    collecting = false;
    return 0;
}

/* Nothing is tracked, so there is nothing to enumerate: say so rather
 * than return an empty list that looks like an answer. */
int gc_visit_objects(int gen, ObjectVisitor fn, void *arg)
{
    (void)gen, (void)fn, (void)arg;
    err_set(Exc_NotImplementedError,
            "this ouro build (--disable-cycle-gc) tracks no objects, so gc cannot list them");
    return -1;
}

/* Never collected anyway: freezing changes nothing. */
void gc_freeze(void) {}
void gc_unfreeze(void) {}
long gc_freeze_count(void) { return 0; }
void gc_get_stats(GenStats out[3]) { memcpy(out, stats, sizeof stats); }
void gc_safe_point(void) { gc_pending = 0; }
void gc_enable(bool on) { enabled = on; }
bool gc_is_enabled(void) { return enabled; }
const char *gc_backend_name(void) { return "none"; }
/* No generations here: thresholds are kept so gc.set_threshold and
 * gc.get_threshold round-trip, and they change nothing. */
static long thresholds[3] = {700, 10, 10};
void gc_get_threshold(long out[3]) { for (int i = 0; i < 3; i++) out[i] = thresholds[i]; }
void gc_set_threshold(const long in[3]) { for (int i = 0; i < 3; i++) thresholds[i] = in[i]; }
void gc_get_count(long out[3]) { out[0] = out[1] = out[2] = 0; }
void gc_set_finalize_hook(FinalizeFn fn) { (void)fn; }
void gc_set_weakref_hooks(const WeakrefHooks *hooks) { (void)hooks; }
void gc_init(void) {}
void gc_fini(void) {}
void gc_clear_dead_stack(void) {}
