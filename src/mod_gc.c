/* mod_gc.c — the gc module: python3's API over whichever collector this
 * build has (gc.h).  `gc.backend` names it: "precise", "boehm" or "none". */
#include "config.h"

#include "dict.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "object.h"
#include "str.h"

static Object *gc_enable_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("enable", nargs, 0, 0) || arg_no_kwargs("enable", kw))
        return NULL;
    gc_enable(true);
    RETURN_NONE;
}

static Object *gc_disable_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("disable", nargs, 0, 0) || arg_no_kwargs("disable", kw))
        return NULL;
    gc_enable(false);
    RETURN_NONE;
}

static Object *gc_isenabled_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("isenabled", nargs, 0, 0) || arg_no_kwargs("isenabled", kw))
        return NULL;
    return bool_from(gc_is_enabled());
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
    intptr_t found = gc_collect((int)gen);
    return found < 0 ? NULL : int_from_i64(found);
}

static Object *gc_is_tracked_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("is_tracked", nargs, 1, 1) || arg_no_kwargs("is_tracked", kw))
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
    if (arg_count("get_threshold", nargs, 0, 0) || arg_no_kwargs("get_threshold", kw))
        return NULL;
    long v[3];
    gc_get_threshold(v);
    return triple(v);
}

static Object *gc_get_count_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("get_count", nargs, 0, 0) || arg_no_kwargs("get_count", kw))
        return NULL;
    long v[3];
    gc_get_count(v);
    return triple(v);
}

/* set_threshold(threshold0[, threshold1[, threshold2]]) */
static Object *gc_set_threshold_fn(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_no_kwargs("set_threshold", kw) || arg_count("set_threshold", nargs, 1, 3))
        return NULL;
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
    if (arg_count("is_finalized", nargs, 1, 1) || arg_no_kwargs("is_finalized", kw))
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
    {NULL, NULL, 0},
};

Object *mod_gc_create(void)
{
    Object *m = module_from_defs("gc", gc_functions);
    if (m == NULL)
        return NULL;
    Object *name = str_from_cstr(gc_backend_name());
    if (name == NULL || dict_set_str(module_dict(m), "backend", name) < 0) {
        XDECREF(name);
        DECREF(m);
        return NULL;
    }
    DECREF(name);
    return m;
}
