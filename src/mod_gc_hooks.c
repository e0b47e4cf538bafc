/* mod_gc_hooks.c — what the gc module does while a collection runs:
 * gc.callbacks ("start"/"stop" with the info dict), the set_debug flags
 * (DEBUG_STATS timing lines, DEBUG_COLLECTABLE reports, DEBUG_SAVEALL
 * keeping garbage in gc.garbage).  The collector calls these through
 * gc.h's CollectHooks, at a safe point, so Python code may run here. */
#define _POSIX_C_SOURCE 200809L  /* clock_gettime */
#include "config.h"

#include <stdio.h>
#include <time.h>

#include "dict.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "mod_gc.h"
#include "str.h"

long gc_debug_flags;
static Object *garbage;      /* gc.garbage */
static Object *callbacks;    /* gc.callbacks */
static struct timespec started;

static int count_one(Object *o, void *n)
{
    (void)o;
    ++*(long *)n;
    return 0;
}

static long generation_size(int gen)
{
    long n = 0;
    if (gc_visit_objects(gen, count_one, &n) < 0)
        err_clear();
    return n;
}

static void print_start_stats(int gen)
{
    clock_gettime(CLOCK_MONOTONIC, &started);
    fprintf(stderr, "gc: collecting generation %d...\n", gen);
    fprintf(stderr, "gc: objects in each generation: %ld %ld %ld\n",
            generation_size(0), generation_size(1), generation_size(2));
    fprintf(stderr, "gc: objects in permanent generation: %ld\n", gc_freeze_count());
}

static void print_stop_stats(intptr_t collected, intptr_t uncollectable)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double elapsed = (double)(now.tv_sec - started.tv_sec) + (now.tv_nsec - started.tv_nsec) / 1e9;
    fprintf(stderr, "gc: done, %ld unreachable, %ld uncollectable, %.4fs elapsed\n",
            (long)collected, (long)uncollectable, elapsed);
}

static Object *make_info(int gen, intptr_t collected, intptr_t uncollectable)
{
    static const char *const keys[] = {"generation", "collected", "uncollectable"};
    long values[] = {gen, (long)collected, (long)uncollectable};
    return gc_dict_of_ints(keys, values, 3);
}

/* Call every callback as cb(phase, info), over a copy of the list (a
 * callback may change it); exceptions are reported, never raised. */
static void run_callbacks(const char *phase, int gen, intptr_t collected, intptr_t uncollectable)
{
    if (callbacks == NULL || VAR_SIZE(callbacks) == 0)
        return;
    Object *saved = err_fetch();
    Object *snapshot = list_as_tuple(callbacks);
    Object *args[2] = {str_from_cstr(phase), make_info(gen, collected, uncollectable)};
    if (snapshot && args[0] && args[1]) {
        for (intptr_t i = 0; i < VAR_SIZE(snapshot); i++) {
            Object *cb = TUPLE_ITEMS(snapshot)[i];
            Object *r = obj_call(cb, args, 2, NULL);
            if (r == NULL)
                err_write_unraisable(cb);
            XDECREF(r);
        }
    } else {
        err_clear();   /* out of memory: this phase's callbacks are skipped */
    }
    XDECREF(snapshot);
    XDECREF(args[0]);
    XDECREF(args[1]);
    if (saved)
        err_restore(saved);
}

static void on_start(int gen)
{
    if (gc_debug_flags & GC_DEBUG_STATS)
        print_start_stats(gen);
    run_callbacks("start", gen, 0, 0);
}

static void on_stop(int gen, intptr_t collected, intptr_t uncollectable)
{
    if (gc_debug_flags & GC_DEBUG_STATS)
        print_stop_stats(collected, uncollectable);
    run_callbacks("stop", gen, collected, uncollectable);
}

/* DEBUG_COLLECTABLE names each unreachable object as python3 does;
 * DEBUG_SAVEALL keeps it alive in gc.garbage instead of freeing it. */
static bool keep_garbage(Object *o)
{
    if (gc_debug_flags & GC_DEBUG_COLLECTABLE)
        fprintf(stderr, "gc: collectable <%s %p>\n", type_name(TYPE(o)), (void *)o);
    if (!(gc_debug_flags & GC_DEBUG_SAVEALL) || garbage == NULL)
        return false;
    if (list_append(garbage, o) < 0) {
        err_clear();
        return false;
    }
    return true;
}

int gc_hooks_install(Object *module_dict)
{
    static const CollectHooks hooks = {on_start, on_stop, keep_garbage};
    XDECREF(garbage);
    XDECREF(callbacks);
    garbage = list_new(0);
    callbacks = list_new(0);
    if (garbage == NULL || callbacks == NULL
        || dict_set_str(module_dict, "garbage", garbage) < 0
        || dict_set_str(module_dict, "callbacks", callbacks) < 0)
        return -1;
    gc_set_collect_hooks(&hooks);
    return 0;
}
