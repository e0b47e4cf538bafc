/* mod_gc.h — shared by the gc module's two files: mod_gc.c (the
 * functions) and mod_gc_hooks.c (what runs during a collection). */
#ifndef OURO_MOD_GC_H
#define OURO_MOD_GC_H

#include "object.h"

/* gc.set_debug flags, with python3's values. */
enum {
    GC_DEBUG_STATS = 1,
    GC_DEBUG_COLLECTABLE = 2,
    GC_DEBUG_UNCOLLECTABLE = 4,
    GC_DEBUG_SAVEALL = 32,
    GC_DEBUG_LEAK = GC_DEBUG_COLLECTABLE | GC_DEBUG_UNCOLLECTABLE | GC_DEBUG_SAVEALL,
};
extern long gc_debug_flags;

/* A new dict {keys[i]: values[i]} (gc.get_stats rows, the callbacks'
 * info), or NULL with an exception set. */
Object *gc_dict_of_ints(const char *const keys[], const long values[], int n);

/* Create gc.garbage and gc.callbacks in the module's dict and hook the
 * collector.  Returns -1 with an exception set. */
int gc_hooks_install(Object *module_dict);

#endif
