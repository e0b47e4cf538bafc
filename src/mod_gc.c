/* mod_gc.c — the gc module: python3's API over whichever collector this
 * build has (gc.h).  `gc.backend` names it: "precise", "boehm" or "none".
 * What runs during a collection (callbacks, debug flags, gc.garbage) is
 * in mod_gc_hooks.c. */
#include "config.h"

#include "dict.h"
#include "err.h"
#include "gc.h"
#include "gc_stack.h"
#include "int.h"
#include "list.h"
#include "mod_gc.h"
#include "module.h"
#include "object.h"
#include "str.h"

static Object *gc_enable_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("gc.enable", nargs, 0, 0) || arg_no_kwargs("gc.enable", kw))
        return NULL;
    gc_enable(true);
    RETURN_NONE;
}

static Object *gc_disable_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("gc.disable", nargs, 0, 0) || arg_no_kwargs("gc.disable", kw))
        return NULL;
    gc_enable(false);
    RETURN_NONE;
}

static Object *gc_isenabled_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("gc.isenabled", nargs, 0, 0) || arg_no_kwargs("gc.isenabled", kw))
        return NULL;
    return bool_from(gc_is_enabled());
}

/* gc.collect()'s own C frames (the call, the argument parsing) hold no
 * object that the calling VM frame does not: when it was called from a
 * clean call site, the hole can reach down to here (gc_stack.h), so that
 * a stale word in those frames does not keep garbage alive. */
static __attribute__((noinline)) intptr_t collect_in_clean_frames(int gen)
{
    volatile char mark = 0;
    GcStackHole *hole = gc_stack_holes;
    char *lo = hole ? hole->lo : NULL;
    if (lo)
        hole->lo = (char *)&mark;
    intptr_t found = gc_collect(gen);
    if (lo)
        hole->lo = lo;
    return found;
}

static Object *gc_collect_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"generation", NULL};
    Object *gen_obj;
    if (arg_unpack("collect", args, nargs, kw, names, 0, &gen_obj))
        return NULL;
    int64_t gen = 2;
    if (gen_obj && (gen = num_as_ssize(gen_obj)) == -1 && err_occurred())
        return NULL;
    if (gen < 0 || gen > 2)
        return err_set(Exc_ValueError, "invalid generation");
    intptr_t found = collect_in_clean_frames((int)gen);
    return found < 0 ? NULL : int_from_i64(found);
}

static Object *gc_is_tracked_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("gc.is_tracked", nargs, 1, 1) || arg_no_kwargs("gc.is_tracked", kw))
        return NULL;
    return bool_from(gc_is_tracked(args[0]));
}

static Object *triple(const long v[3])
{
    Object *a = int_from_i64(v[0]), *b = int_from_i64(v[1]), *c = int_from_i64(v[2]);
    Object *t = a && b && c ? tuple_pack(3, a, b, c) : NULL;
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return t;
}

static Object *gc_get_threshold_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("gc.get_threshold", nargs, 0, 0) || arg_no_kwargs("gc.get_threshold", kw))
        return NULL;
    long v[3];
    gc_get_threshold(v);
    return triple(v);
}

static Object *gc_get_count_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("gc.get_count", nargs, 0, 0) || arg_no_kwargs("gc.get_count", kw))
        return NULL;
    long v[3];
    gc_get_count(v);
    return triple(v);
}

/* set_threshold(threshold0[, threshold1[, threshold2]]) */
static Object *gc_set_threshold_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_no_kwargs("set_threshold", kw))
        return NULL;
    if (nargs < 1 || nargs > 3)
        return err_set(Exc_TypeError, "set_threshold() takes at %s (%zu given)",
                       nargs < 1 ? "least 1 argument" : "most 3 arguments", nargs);
    long v[3];
    gc_get_threshold(v);
    for (size_t i = 0; i < nargs; i++) {
        intptr_t x = num_as_ssize(args[i]);
        if (x == -1 && err_occurred())
            return NULL;
        v[i] = (long)x;
    }
    gc_set_threshold(v);
    RETURN_NONE;
}

static Object *gc_is_finalized_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("gc.is_finalized", nargs, 1, 1) || arg_no_kwargs("gc.is_finalized", kw))
        return NULL;
    return bool_from(gc_is_finalized(args[0]));
}

static int append_referent(Object *child, void *list)
{
    return list_append(list, child) < 0;
}

/* The objects each argument refers to, as its type's traverse sees them. */
static Object *gc_get_referents_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_no_kwargs("get_referents", kw))
        return NULL;
    Object *result = list_new(0);
    for (size_t i = 0; result && i < nargs; i++) {
        Type *t = TYPE(args[i]);
        if (!obj_is_gc(args[i]) || t->traverse == NULL)
            continue;
        if (t->traverse(args[i], append_referent, result))
            CLEAR(result);
    }
    return result;
}


/* ---- enumerating the tracked objects ---- */

typedef struct {
    Object *result;         /* the list being built: never listed itself */
    Object *const *targets; /* get_referrers: the objects asked about */
    size_t ntargets;
} Listing;

static int append_object(Object *o, void *arg)
{
    Listing *l = arg;
    if (o == l->result)
        return 0;
    return list_append(l->result, o) < 0;
}

/* get_objects(generation=None) */
static Object *gc_get_objects_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"generation", NULL};
    Object *gen_obj;
    if (arg_unpack("get_objects", args, nargs, kw, names, 0, &gen_obj))
        return NULL;
    int64_t gen = -1;
    if (gen_obj && gen_obj != None) {
        if (!INT_CHECK(gen_obj))
            return err_set(Exc_TypeError, "argument should be integer or None, not '%s'",
                           type_name(TYPE(gen_obj)));
        if ((gen = num_as_ssize(gen_obj)) == -1 && err_occurred())
            return NULL;
        if (gen >= 3)
            return err_set(Exc_ValueError, "generation parameter must be less than the "
                                           "number of available generations (3)");
        if (gen < 0)
            return err_set(Exc_ValueError, "generation parameter cannot be negative");
    }
    Listing l = {list_new(0), NULL, 0};
    if (l.result && gc_visit_objects((int)gen, append_object, &l))
        CLEAR(l.result);
    return l.result;
}

static int is_target(Object *child, void *arg)
{
    Listing *l = arg;
    for (size_t i = 0; i < l->ntargets; i++)
        if (child == l->targets[i])
            return 1;
    return 0;
}

static int append_if_referrer(Object *o, void *arg)
{
    Listing *l = arg;
    if (o == l->result || TYPE(o)->traverse == NULL)
        return 0;
    if (TYPE(o)->traverse(o, is_target, l) == 0)
        return 0;
    return list_append(l->result, o) < 0;
}

/* The tracked objects that refer to any argument (as traverse sees it). */
static Object *gc_get_referrers_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_no_kwargs("get_referrers", kw))
        return NULL;
    Listing l = {list_new(0), args, nargs};
    if (l.result && gc_visit_objects(-1, append_if_referrer, &l))
        CLEAR(l.result);
    return l.result;
}

/* ---- freezing, statistics, debugging ---- */

static Object *gc_freeze_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("gc.freeze", nargs, 0, 0) || arg_no_kwargs("gc.freeze", kw))
        return NULL;
    gc_freeze();
    RETURN_NONE;
}

static Object *gc_unfreeze_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("gc.unfreeze", nargs, 0, 0) || arg_no_kwargs("gc.unfreeze", kw))
        return NULL;
    gc_unfreeze();
    RETURN_NONE;
}

static Object *gc_get_freeze_count_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("gc.get_freeze_count", nargs, 0, 0) || arg_no_kwargs("gc.get_freeze_count", kw))
        return NULL;
    return int_from_i64(gc_freeze_count());
}

Object *gc_dict_of_ints(const char *const keys[], const long values[], int n)
{
    Object *d = dict_new();
    for (int i = 0; d && i < n; i++) {
        Object *v = int_from_i64(values[i]);
        if (v == NULL || dict_set_str(d, keys[i], v) < 0)
            CLEAR(d);
        XDECREF(v);
    }
    return d;
}

static Object *stats_dict(const GenStats *g)
{
    static const char *const keys[] = {"collections", "collected", "uncollectable"};
    long values[] = {g->collections, g->collected, g->uncollectable};
    return gc_dict_of_ints(keys, values, 3);
}

static Object *gc_get_stats_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("gc.get_stats", nargs, 0, 0) || arg_no_kwargs("gc.get_stats", kw))
        return NULL;
    GenStats g[3];
    gc_get_stats(g);
    Object *result = list_new(3);
    for (int i = 0; result && i < 3; i++)
        if ((LIST_ITEMS(result)[i] = stats_dict(&g[i])) == NULL)
            CLEAR(result);
    return result;
}

static Object *gc_set_debug_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("gc.set_debug", nargs, 1, 1) || arg_no_kwargs("gc.set_debug", kw))
        return NULL;
    intptr_t flags = num_as_ssize(args[0]);
    if (flags == -1 && err_occurred())
        return NULL;
    gc_debug_flags = (long)flags;
    RETURN_NONE;
}

static Object *gc_get_debug_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("gc.get_debug", nargs, 0, 0) || arg_no_kwargs("gc.get_debug", kw))
        return NULL;
    return int_from_i64(gc_debug_flags);
}

static const MethodDef gc_functions[] = {
    {"enable", gc_enable_fn, 0},
    {"disable", gc_disable_fn, 0},
    {"isenabled", gc_isenabled_fn, 0},
    {"collect", gc_collect_fn, 0},
    {"is_tracked", gc_is_tracked_fn, 0},
    {"is_finalized", gc_is_finalized_fn, 0},
    {"get_referents", gc_get_referents_fn, 0},
    {"get_threshold", gc_get_threshold_fn, 0},
    {"set_threshold", gc_set_threshold_fn, 0},
    {"get_count", gc_get_count_fn, 0},
    {"get_objects", gc_get_objects_fn, 0},
    {"get_referrers", gc_get_referrers_fn, 0},
    {"freeze", gc_freeze_fn, 0},
    {"unfreeze", gc_unfreeze_fn, 0},
    {"get_freeze_count", gc_get_freeze_count_fn, 0},
    {"get_stats", gc_get_stats_fn, 0},
    {"set_debug", gc_set_debug_fn, 0},
    {"get_debug", gc_get_debug_fn, 0},
    {NULL, NULL, 0},
};

static int set_int(Object *d, const char *name, long value)
{
    Object *v = int_from_i64(value);
    int r = v ? dict_set_str(d, name, v) : -1;
    XDECREF(v);
    return r;
}

static int add_constants(Object *d)
{
    Object *name = str_from_cstr(gc_backend_name());
    int r = name ? dict_set_str(d, "backend", name) : -1;
    XDECREF(name);
    if (r < 0 || set_int(d, "DEBUG_STATS", GC_DEBUG_STATS) < 0
        || set_int(d, "DEBUG_COLLECTABLE", GC_DEBUG_COLLECTABLE) < 0
        || set_int(d, "DEBUG_UNCOLLECTABLE", GC_DEBUG_UNCOLLECTABLE) < 0
        || set_int(d, "DEBUG_SAVEALL", GC_DEBUG_SAVEALL) < 0
        || set_int(d, "DEBUG_LEAK", GC_DEBUG_LEAK) < 0)
        return -1;
    return 0;
}

Object *mod_gc_create(void)
{
    Object *m = module_from_defs("gc", gc_functions);
    if (m == NULL)
        return NULL;
    if (add_constants(module_dict(m)) < 0 || gc_hooks_install(module_dict(m)) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
