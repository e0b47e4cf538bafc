/* descr.c — the descriptors classes are built from: staticmethod,
 * classmethod, property, and super. */
#include "config.h"

#include "class.h"
#include "dict.h"
#include "err.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "str.h"

/* ---- staticmethod and classmethod: one wrapped callable ---- */

typedef struct {
    Object base;
    Object *func;
    Object *dict;
} WrapperDescrObject;

static Object *wrapper_new(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    Type *t = (Type *)callable;
    if (arg_no_kwargs(type_name(t), kwnames) || arg_count(type_name(t), nargs, 1, 1))
        return NULL;
    WrapperDescrObject *w = (WrapperDescrObject *)obj_alloc(t);
    if (w == NULL)
        return NULL;
    w->func = NEWREF(args[0]);
    gc_track(OBJ(w));
    return OBJ(w);
}

/* Creation does the work; __init__ must not complain about the argument. */
static int wrapper_init(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    return 0;
}

static void wrapper_dealloc(Object *o)
{
    WrapperDescrObject *w = (WrapperDescrObject *)o;
    gc_untrack(o);
    CLEAR(w->func);
    CLEAR(w->dict);
    obj_free(o);
}

static int wrapper_traverse(Object *o, VisitFn visit, void *arg)
{
    WrapperDescrObject *w = (WrapperDescrObject *)o;
    return (w->func && visit(w->func, arg)) || (w->dict && visit(w->dict, arg));
}

static void wrapper_clear(Object *o)
{
    WrapperDescrObject *w = (WrapperDescrObject *)o;
    CLEAR(w->func);
    CLEAR(w->dict);
}

static Object *wrapper_get_func(Object *o) { return NEWREF(((WrapperDescrObject *)o)->func); }

static const GetSetDef wrapper_getset[] = {
    {"__func__", wrapper_get_func, NULL},
    {"__wrapped__", wrapper_get_func, NULL},
    {NULL, NULL, NULL},
};

static Object *staticmethod_get(Object *descr, Object *obj, Object *type)
{
    return NEWREF(((WrapperDescrObject *)descr)->func);
}

static Object *staticmethod_call(Object *o, Object *const *args, size_t nargs, Object *kwnames)
{
    return obj_call(((WrapperDescrObject *)o)->func, args, nargs, kwnames);
}

static Object *staticmethod_repr(Object *o)
{
    return str_format("<staticmethod(%R)>", ((WrapperDescrObject *)o)->func);
}

Type StaticMethod_type = {
    .base = {1, &Type_type},
    .name = "staticmethod",
    .basicsize = sizeof(WrapperDescrObject),
    .flags = TF_GC | TF_BASETYPE,
    .dictoffset = offsetof(WrapperDescrObject, dict),
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .new_ = wrapper_new,
    .init = wrapper_init,
    .repr = staticmethod_repr,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .getset = wrapper_getset,
};

static Object *classmethod_get(Object *descr, Object *obj, Object *type)
{
    Object *owner = type ? type : OBJ(TYPE(obj));
    return method_new(((WrapperDescrObject *)descr)->func, owner);
}

static Object *classmethod_repr(Object *o)
{
    return str_format("<classmethod(%R)>", ((WrapperDescrObject *)o)->func);
}

Type ClassMethod_type = {
    .base = {1, &Type_type},
    .name = "classmethod",
    .basicsize = sizeof(WrapperDescrObject),
    .flags = TF_GC | TF_BASETYPE,
    .dictoffset = offsetof(WrapperDescrObject, dict),
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .new_ = wrapper_new,
    .init = wrapper_init,
    .repr = classmethod_repr,
    .descr_get = classmethod_get,
    .getset = wrapper_getset,
};

/* ---- property ---- */

typedef struct {
    Object base;
    Object *fget, *fset, *fdel, *doc;   /* None when absent */
    Object *name;                        /* set by __set_name__, or NULL */
} PropertyObject;

static Object *or_none(Object *o) { return NEWREF(o ? o : None); }

static Object *property_make(Type *t, Object *fget, Object *fset, Object *fdel, Object *doc)
{
    PropertyObject *p = (PropertyObject *)obj_alloc(t);
    if (p == NULL)
        return NULL;
    p->fget = or_none(fget);
    p->fset = or_none(fset);
    p->fdel = or_none(fdel);
    if ((doc == NULL || doc == None) && fget && fget != None) {
        p->doc = obj_getattr_str(fget, "__doc__");
        if (p->doc == NULL) {
            err_clear();
            p->doc = NEWREF(None);
        }
    } else {
        p->doc = or_none(doc);
    }
    gc_track(OBJ(p));
    return OBJ(p);
}

static Object *property_new(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    Object *a[4];
    if (arg_unpack("property", args, nargs, kwnames, names, 0, a))
        return NULL;
    return property_make((Type *)callable, a[0], a[1], a[2], a[3]);
}

static void property_clear(Object *o)
{
    PropertyObject *p = (PropertyObject *)o;
    CLEAR(p->fget);
    CLEAR(p->fset);
    CLEAR(p->fdel);
    CLEAR(p->doc);
    CLEAR(p->name);
}

static void property_dealloc(Object *o)
{
    gc_untrack(o);
    property_clear(o);
    obj_free(o);
}

static int property_traverse(Object *o, VisitFn visit, void *arg)
{
    PropertyObject *p = (PropertyObject *)o;
    Object *refs[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    for (size_t i = 0; i < 5; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

/* python3 3.11 names the property in its errors when it knows the name. */
static Object *property_error(PropertyObject *p, Object *obj, const char *what)
{
    if (p->name)
        return err_set(Exc_AttributeError, "property %R of '%s' object has no %s", p->name,
                       obj_type_name(obj), what);
    return err_set(Exc_AttributeError, "property of '%s' object has no %s", obj_type_name(obj), what);
}

static Object *property_get(Object *descr, Object *obj, Object *type)
{
    PropertyObject *p = (PropertyObject *)descr;
    if (obj == NULL)
        return NEWREF(descr);
    if (p->fget == None)
        return property_error(p, obj, "getter");
    return obj_call1(p->fget, obj);
}

static int property_set(Object *descr, Object *obj, Object *value)
{
    PropertyObject *p = (PropertyObject *)descr;
    Object *f = value ? p->fset : p->fdel;
    if (f == None) {
        property_error(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    Object *r = value ? obj_call2(f, obj, value) : obj_call1(f, obj);
    XDECREF(r);
    return r ? 0 : -1;
}

/* getter/setter/deleter return a copy with one function replaced. */
static Object *property_copy(Object *self, Object *const *args, size_t nargs, int which)
{
    PropertyObject *p = (PropertyObject *)self;
    if (arg_count("property", nargs, 1, 1))
        return NULL;
    Object *f[3] = {p->fget, p->fset, p->fdel};
    f[which] = args[0];
    Object *doc = which == 0 ? None : p->doc;
    PropertyObject *q = (PropertyObject *)property_make(TYPE(self), f[0], f[1], f[2], doc);
    if (q && p->name)
        q->name = NEWREF(p->name);
    return OBJ(q);
}

static Object *property_getter(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return property_copy(self, args, nargs, 0);
}

static Object *property_setter(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return property_copy(self, args, nargs, 1);
}

static Object *property_deleter(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return property_copy(self, args, nargs, 2);
}

static Object *property_set_name(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_count("__set_name__", nargs, 2, 2))
        return NULL;
    SETREF(((PropertyObject *)self)->name, NEWREF(args[1]));
    RETURN_NONE;
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0},
    {"setter", property_setter, 0},
    {"deleter", property_deleter, 0},
    {"__set_name__", property_set_name, 0},
    {NULL, NULL, 0},
};

static Object *property_get_fget(Object *o) { return NEWREF(((PropertyObject *)o)->fget); }
static Object *property_get_fset(Object *o) { return NEWREF(((PropertyObject *)o)->fset); }
static Object *property_get_fdel(Object *o) { return NEWREF(((PropertyObject *)o)->fdel); }
static Object *property_get_doc(Object *o) { return NEWREF(((PropertyObject *)o)->doc); }

static const GetSetDef property_getset[] = {
    {"fget", property_get_fget, NULL},
    {"fset", property_get_fset, NULL},
    {"fdel", property_get_fdel, NULL},
    {"__doc__", property_get_doc, NULL},
    {NULL, NULL, NULL},
};

Type Property_type = {
    .base = {1, &Type_type},
    .name = "property",
    .basicsize = sizeof(PropertyObject),
    .flags = TF_GC | TF_BASETYPE,
    .dealloc = property_dealloc,
    .traverse = property_traverse,
    .clear = property_clear,
    .new_ = property_new,
    .init = wrapper_init,
    .descr_get = property_get,
    .descr_set = property_set,
    .methods = property_methods,
    .getset = property_getset,
};

/* ---- super ---- */

typedef struct {
    Object base;
    Type *type;          /* search starts after this class */
    Object *obj;         /* the instance (or class) bound, or NULL */
    Type *obj_type;      /* whose mro is searched */
} SuperObject;

static SuperContextFn super_context;

void class_set_super_context(SuperContextFn fn) { super_context = fn; }

static Type *super_check(Type *type, Object *obj)
{
    if (TYPE_FLAG(TYPE(obj), TF_TYPE_SUBCLASS) && type_is_subtype((Type *)obj, type))
        return (Type *)obj;
    if (obj_is_instance_of(obj, type))
        return TYPE(obj);
    err_set(Exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static Object *super_new(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("super", kwnames) || arg_count("super", nargs, 0, 2))
        return NULL;
    Type *type;
    Object *obj = NULL;
    if (nargs == 0) {
        if (super_context == NULL || super_context(&type, &obj) < 0)
            return NULL;
    } else {
        if (!TYPE_FLAG(TYPE(args[0]), TF_TYPE_SUBCLASS))
            return err_set(Exc_TypeError, "super() argument 1 must be a type, not %s",
                           obj_type_name(args[0]));
        type = (Type *)args[0];
        obj = nargs == 2 && args[1] != None ? args[1] : NULL;
    }
    Type *obj_type = obj ? super_check(type, obj) : NULL;
    if (obj && obj_type == NULL)
        return NULL;
    SuperObject *s = (SuperObject *)obj_alloc((Type *)callable);
    if (s == NULL)
        return NULL;
    s->type = (Type *)NEWREF(type);
    s->obj = obj ? NEWREF(obj) : NULL;
    s->obj_type = obj_type ? (Type *)NEWREF(obj_type) : NULL;
    gc_track(OBJ(s));
    return OBJ(s);
}

static Object *super_getattr(Object *o, Object *name)
{
    SuperObject *s = (SuperObject *)o;
    if (s->obj_type && !str_equal_cstr(name, "__class__")) {
        Object *mro = s->obj_type->mro;
        intptr_t i = 0, n = VAR_SIZE(mro);
        while (i < n && TUPLE_ITEMS(mro)[i] != OBJ(s->type))
            i++;
        for (i++; i < n; i++) {
            Type *k = (Type *)TUPLE_ITEMS(mro)[i];
            Object *v = k->dict ? dict_get(k->dict, name) : NULL;
            if (v == NULL)
                continue;
            if (TYPE(v)->descr_get == NULL)
                return NEWREF(v);
            Object *inst = s->obj == OBJ(s->obj_type) ? NULL : s->obj;
            return TYPE(v)->descr_get(v, inst, OBJ(s->obj_type));
        }
    }
    return obj_generic_getattr(o, name);
}

static void super_clear(Object *o)
{
    SuperObject *s = (SuperObject *)o;
    CLEAR(s->type);
    CLEAR(s->obj);
    CLEAR(s->obj_type);
}

static void super_dealloc(Object *o)
{
    gc_untrack(o);
    super_clear(o);
    obj_free(o);
}

static int super_traverse(Object *o, VisitFn visit, void *arg)
{
    SuperObject *s = (SuperObject *)o;
    return (s->type && visit(OBJ(s->type), arg)) || (s->obj && visit(s->obj, arg))
           || (s->obj_type && visit(OBJ(s->obj_type), arg));
}

static Object *super_repr(Object *o)
{
    SuperObject *s = (SuperObject *)o;
    if (s->obj_type)
        return str_format("<super: <class '%s'>, <%s object>>", type_name(s->type),
                          type_name(s->obj_type));
    return str_format("<super: <class '%s'>, NULL>", type_name(s->type));
}

Type Super_type = {
    .base = {1, &Type_type},
    .name = "super",
    .basicsize = sizeof(SuperObject),
    .flags = TF_GC | TF_BASETYPE,
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .clear = super_clear,
    .new_ = super_new,
    .init = wrapper_init,
    .repr = super_repr,
    .getattr = super_getattr,
};

int class_init(void)
{
    gc_set_finalize_hook(obj_finalize);
    Type *types[] = {&StaticMethod_type, &ClassMethod_type, &Property_type, &Super_type,
                     &SlotWrapper_type, &MethodWrapper_type};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (type_ready(types[i]) < 0)
            return -1;
    return 0;
}
