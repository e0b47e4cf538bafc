/* gc_none.c — reference counting only.  Cycles are never reclaimed; this
 * build is the baseline that measures what a cycle collector costs. */
#include "config.h"

#include "gc.h"
#include "mem.h"

volatile int gc_pending;
static bool enabled = true;

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
bool gc_is_tracked(Object *o) { (void)o; return false; }
intptr_t gc_collect(int gen) { (void)gen; return 0; }
void gc_safe_point(void) { gc_pending = 0; }
void gc_enable(bool on) { enabled = on; }
bool gc_is_enabled(void) { return enabled; }
const char *gc_backend_name(void) { return "none"; }
void gc_init(void) {}
void gc_fini(void) {}
