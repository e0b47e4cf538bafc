/* method.c — C functions as Python objects.
 *
 * A type's C methods live in its dict as method descriptors; reading one
 * from an instance binds it into a built-in method (the MethodDef plus
 * self).  Module functions are built-in functions bound to their module.
 */
#include "config.h"

#include "err.h"
#include "gc.h"
#include "method.h"
#include "module.h"
#include "object.h"
#include "str.h"

/* ---- built-in functions and bound built-in methods ---- */

Object *builtin_new(const MethodDef *def, Object *self)
{
    BuiltinObject *b = (BuiltinObject *)obj_alloc(&Builtin_type);
    if (b == NULL)
        return NULL;
    b->def = def;
    b->self = self;
    XINCREF(self);
    gc_track(OBJ(b));
    return OBJ(b);
}

static void builtin_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((BuiltinObject *)o)->self);
    obj_free(o);
}

static int builtin_traverse(Object *o, VisitFn visit, void *arg)
{
    Object *self = ((BuiltinObject *)o)->self;
    return self ? visit(self, arg) : 0;
}

static void builtin_clear(Object *o) { CLEAR(((BuiltinObject *)o)->self); }

static Object *builtin_call(Object *o, Object *const *args, size_t nargs, Object *kwnames)
{
    BuiltinObject *b = (BuiltinObject *)o;
    return b->def->fn(b->self, args, nargs, kwnames);
}

static bool is_plain_function(BuiltinObject *b)
{
    return b->self == NULL || MODULE_CHECK(b->self);
}

static Object *builtin_repr(Object *o)
{
    BuiltinObject *b = (BuiltinObject *)o;
    if (is_plain_function(b))
        return str_format("<built-in function %s>", b->def->name);
    if (TYPE_FLAG(TYPE(b->self), TF_TYPE_SUBCLASS))
        return str_format("<built-in method %s of type object at %p>", b->def->name, (void *)b->self);
    return str_format("<built-in method %s of %s object at %p>", b->def->name,
                      obj_type_name(b->self), (void *)b->self);
}

static Object *builtin_get_name(Object *o) { return str_from_cstr(((BuiltinObject *)o)->def->name); }

static Object *builtin_get_self(Object *o)
{
    Object *self = ((BuiltinObject *)o)->self;
    return NEWREF(self ? self : None);
}

static const GetSetDef builtin_getset[] = {
    {"__name__", builtin_get_name, NULL},
    {"__qualname__", builtin_get_name, NULL},
    {"__self__", builtin_get_self, NULL},
    {NULL, NULL, NULL},
};

Type Builtin_type = {
    .base = {1, &Type_type},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(BuiltinObject),
    .flags = TF_GC,
    .dealloc = builtin_dealloc,
    .traverse = builtin_traverse,
    .clear = builtin_clear,
    .repr = builtin_repr,
    .call = builtin_call,
    .getset = builtin_getset,
};

/* ---- method descriptors ---- */

Object *method_descr_new(Type *owner, const MethodDef *def)
{
    Type *t = def->flags & METH_CLASS ? &ClassMethodDescr_type : &MethodDescr_type;
    MethodDescrObject *d = (MethodDescrObject *)obj_alloc(t);
    if (d == NULL)
        return NULL;
    d->def = def;
    d->owner = owner;
    return OBJ(d);
}

/* Descriptors reference their owner type without owning it: the type's
 * dict owns the descriptor, and the type outlives its dict. */
static void descr_dealloc(Object *o) { obj_free(o); }

static Object *method_descr_get(Object *descr, Object *obj, Object *type)
{
    if (obj == NULL)
        return NEWREF(descr);
    return builtin_new(((MethodDescrObject *)descr)->def, obj);
}

/* list.append(xs, 1): the first argument is self. */
static Object *method_descr_call(Object *o, Object *const *args, size_t nargs, Object *kwnames)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    if (nargs < 1)
        return err_set(Exc_TypeError, "unbound method %s.%s() needs an argument",
                       type_name(d->owner), d->def->name);
    if (!obj_is_instance_of(args[0], d->owner))
        return err_set(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                       d->def->name, type_name(d->owner), obj_type_name(args[0]));
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Object *method_descr_repr(Object *o)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    return str_format("<method '%s' of '%s' objects>", d->def->name, type_name(d->owner));
}

static Object *descr_get_name(Object *o) { return str_from_cstr(((MethodDescrObject *)o)->def->name); }

static const GetSetDef descr_getset[] = {
    {"__name__", descr_get_name, NULL},
    {NULL, NULL, NULL},
};

Type MethodDescr_type = {
    .base = {1, &Type_type},
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getset = descr_getset,
};

static Object *classmethod_descr_get(Object *descr, Object *obj, Object *type)
{
    Object *owner = type ? type : OBJ(TYPE(obj));
    return builtin_new(((MethodDescrObject *)descr)->def, owner);
}

static Object *classmethod_descr_repr(Object *o)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    return str_format("<method '%s' of '%s' objects>", d->def->name, type_name(d->owner));
}

Type ClassMethodDescr_type = {
    .base = {1, &Type_type},
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .dealloc = descr_dealloc,
    .repr = classmethod_descr_repr,
    .descr_get = classmethod_descr_get,
    .getset = descr_getset,
};

/* ---- getset descriptors: computed attributes ---- */

Object *getset_descr_new(Type *owner, const GetSetDef *def)
{
    GetSetDescrObject *d = (GetSetDescrObject *)obj_alloc(&GetSetDescr_type);
    if (d == NULL)
        return NULL;
    d->def = def;
    d->owner = owner;
    return OBJ(d);
}

static Object *getset_get(Object *descr, Object *obj, Object *type)
{
    if (obj == NULL)
        return NEWREF(descr);
    return ((GetSetDescrObject *)descr)->def->get(obj);
}

static int getset_set(Object *descr, Object *obj, Object *value)
{
    GetSetDescrObject *d = (GetSetDescrObject *)descr;
    if (d->def->set == NULL) {
        err_set(Exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                d->def->name, type_name(d->owner));
        return -1;
    }
    return d->def->set(obj, value);
}

static Object *getset_repr(Object *o)
{
    GetSetDescrObject *d = (GetSetDescrObject *)o;
    return str_format("<attribute '%s' of '%s' objects>", d->def->name, type_name(d->owner));
}

Type GetSetDescr_type = {
    .base = {1, &Type_type},
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObject),
    .dealloc = descr_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

int method_init(void)
{
    Type *types[] = {&Builtin_type, &MethodDescr_type, &ClassMethodDescr_type, &GetSetDescr_type};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (type_ready(types[i]) < 0)
            return -1;
    return 0;
}
