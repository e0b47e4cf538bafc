/* gc_boehm.c — the collector interface over libgc.  Objects carry no GC
 * header: libgc finds cycles by scanning memory conservatively, so there
 * is nothing to track.  Reference counting frees objects as usual
 * (GC_FREE); what counting misses, libgc reclaims at its own pace or
 * when gc.collect() forces GC_gcollect(). */
#include "config.h"

#include <gc/gc.h>  /* libgc; "gc.h" is ours */

#include "gc.h"
#include "mem.h"

volatile int gc_pending;

void *gc_alloc_object(size_t size, bool container)
{
    (void)container;
    return mem_alloc(size);
}

void gc_free_object(Object *o, bool container)
{
    (void)container;
    mem_free(o);
}

void gc_track(Object *o) { (void)o; }
void gc_untrack(Object *o) { (void)o; }

/* python3 reports whether the collector would look at the object; here
 * libgc looks at every container. */
bool gc_is_tracked(Object *o) { return obj_is_gc(o); }

intptr_t gc_collect(int gen)
{
    (void)gen;
    gc_pending = 0;
    GC_gcollect();
    return 0;
}

void gc_safe_point(void) { gc_pending = 0; }

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
 * gc.get_threshold round-trip, and they change nothing. */
static long thresholds[3] = {700, 10, 10};
void gc_get_threshold(long out[3]) { for (int i = 0; i < 3; i++) out[i] = thresholds[i]; }
void gc_set_threshold(const long in[3]) { for (int i = 0; i < 3; i++) thresholds[i] = in[i]; }
void gc_get_count(long out[3]) { out[0] = out[1] = out[2] = 0; }
void gc_set_finalize_hook(FinalizeFn fn) { (void)fn; }
void gc_set_weakref_hooks(const WeakrefHooks *hooks) { (void)hooks; }
void gc_init(void) {}
void gc_fini(void) {}
