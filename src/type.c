/* type.c — type objects, `object`, and the three singletons None,
 * NotImplemented and Ellipsis.
 *
 * Static types are plain C structs; type_ready() completes them once: it
 * readies the base, inherits every slot the type left NULL, computes the
 * mro, and fills the type dict with descriptors for the C methods and
 * computed attributes.  Attribute lookup on instances then walks the mro
 * dicts (type_lookup).
 */
#include "config.h"

#include <stddef.h>
#include <stdio.h>

#include "class.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "method.h"
#include "module.h"
#include "object.h"
#include "str.h"
#include "weakref.h"

/* What a class statement allocates (Type_type's basicsize): a heap type
 * and its __qualname__, which python3 keeps on the type rather than in
 * the class namespace.  Metaclass instances extend this layout. */
typedef struct {
    HeapType heap;
    Object *qualname;   /* str, or NULL: the same as __name__ */
} ClassType;

#define CLASS_QUALNAME(t) (((ClassType *)(t))->qualname)

/* class.c hands a class statement's __qualname__ (a str) over to the type */
void type_set_qualname(Type *t, Object *qualname)
{
    SETREF(CLASS_QUALNAME(t), NEWREF(qualname));
}

/* ---- type_ready ---- */

#define INHERIT(slot) do { if (t->slot == NULL) t->slot = b->slot; } while (0)

static void inherit_slots(Type *t, Type *b)
{
    INHERIT(dealloc);
    INHERIT(traverse);
    INHERIT(clear);
    INHERIT(new_);
    INHERIT(init);
    INHERIT(repr);
    INHERIT(str);
    /* A type that defines its own comparison but no hash is unhashable,
     * as in python3: it must not inherit object's identity hash. */
    if (t->hash == NULL && t->richcompare == NULL)
        t->hash = b->hash;
    INHERIT(richcompare);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(number);
    INHERIT(length);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    if (t->dictoffset == 0)
        t->dictoffset = b->dictoffset;
    if (t->weaklistoffset == 0)
        t->weaklistoffset = b->weaklistoffset;
    t->flags |= b->flags & (TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_LIST_SUBCLASS
                            | TF_TUPLE_SUBCLASS | TF_DICT_SUBCLASS | TF_EXC_SUBCLASS
                            | TF_TYPE_SUBCLASS | TF_WEAKREF | TF_GC);
}

/* mro of a single-inheritance static type: the type, then its base's mro. */
static int make_static_mro(Type *t)
{
    size_t nbase = t->base_type ? (size_t)VAR_SIZE(t->base_type->mro) : 0;
    Object *mro = tuple_new(nbase + 1);
    if (mro == NULL)
        return -1;
    TUPLE_ITEMS(mro)[0] = NEWREF(t);
    for (size_t i = 0; i < nbase; i++)
        TUPLE_ITEMS(mro)[i + 1] = NEWREF(TUPLE_ITEMS(t->base_type->mro)[i]);
    t->mro = mro;
    if (t->bases == NULL)
        t->bases = t->base_type ? tuple_pack(1, t->base_type) : tuple_new(0);
    return t->bases ? 0 : -1;
}

static int add_descriptors(Type *t)
{
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Object *d;
        if (m->flags & METH_STATIC)
            d = builtin_new(m, NULL);
        else
            d = method_descr_new(t, m);
        if (d == NULL || dict_set_str(t->dict, m->name, d) < 0) {
            XDECREF(d);
            return -1;
        }
        DECREF(d);
    }
    for (const GetSetDef *g = t->getset; g && g->name; g++) {
        Object *d = getset_descr_new(t, g);
        if (d == NULL || dict_set_str(t->dict, g->name, d) < 0) {
            XDECREF(d);
            return -1;
        }
        DECREF(d);
    }
    return 0;
}

int type_ready(Type *t)
{
    if (TYPE_FLAG(t, TF_READY))
        return 0;
    if (t->base_type == NULL && t != &Object_type)
        t->base_type = &Object_type;
    if (t->base_type && type_ready(t->base_type) < 0)
        return -1;
    if (t->base_type)
        inherit_slots(t, t->base_type);
    if (t->name_obj == NULL && (t->name_obj = str_from_cstr(t->name)) == NULL)
        return -1;
    if (t->mro == NULL && make_static_mro(t) < 0)
        return -1;
    if (t->dict == NULL && (t->dict = dict_new()) == NULL)
        return -1;
    if (add_descriptors(t) < 0)
        return -1;
    if (!TYPE_FLAG(t, TF_HEAPTYPE) && class_add_slot_wrappers(t) < 0)
        return -1;
    t->flags |= TF_READY;
    return 0;
}

/* ---- lookup and subtyping ---- */

Object *type_lookup(Type *t, Object *name)
{
    Object *mro = t->mro;
    if (mro == NULL)
        return t->dict ? dict_get(t->dict, name) : NULL;
    for (intptr_t i = 0; i < VAR_SIZE(mro); i++) {
        Type *k = (Type *)TUPLE_ITEMS(mro)[i];
        Object *v = k->dict ? dict_get(k->dict, name) : NULL;
        if (v)
            return v;
    }
    return NULL;
}

bool type_is_subtype(Type *a, Type *b)
{
    if (a == b || b == &Object_type)
        return true;
    if (a->mro) {
        for (intptr_t i = 0; i < VAR_SIZE(a->mro); i++)
            if (TUPLE_ITEMS(a->mro)[i] == OBJ(b))
                return true;
        return false;
    }
    for (Type *k = a->base_type; k; k = k->base_type)
        if (k == b)
            return true;
    return false;
}

const char *type_name(Type *t)
{
    return t->name_obj ? str_utf8(t->name_obj) : t->name;
}

/* ---- the type `type` ---- */

static Object *type_call(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    Type *t = (Type *)callable;
    if (t == &Type_type && nargs == 1 && NKW(kwnames) == 0)
        return NEWREF(TYPE(args[0]));
    if (t->new_ == NULL)
        return err_set(Exc_TypeError, "cannot create '%s' instances", type_name(t));
    Object *o = t->new_(callable, args, nargs, kwnames);
    if (o == NULL || !obj_is_instance_of(o, t) || TYPE(o)->init == NULL)
        return o;
    if (TYPE(o)->init(o, args, nargs, kwnames) < 0) {
        DECREF(o);
        return NULL;
    }
    return o;
}

/* The module a heap type was defined in prefixes its name in reprs. */
static Object *type_module(Type *t)
{
    if (!TYPE_FLAG(t, TF_HEAPTYPE))
        return NULL;
    Object *m = dict_get_str(t->dict, "__module__");
    return m && STR_CHECK(m) && !str_equal_cstr(m, "builtins") ? m : NULL;
}

static Object *type_get_qualname(Object *o);

static Object *type_repr(Object *o)
{
    Type *t = (Type *)o;
    Object *mod = type_module(t);
    if (mod) {
        Object *q = type_get_qualname(o);
        Object *r = q ? str_format("<class '%U.%U'>", mod, q) : NULL;
        XDECREF(q);
        return r;
    }
    return str_format("<class '%s'>", type_name(t));
}

static Object *type_getattr(Object *o, Object *name)
{
    Type *t = (Type *)o, *meta = TYPE(o);
    Object *meta_attr = type_lookup(meta, name);
    if (meta_attr && TYPE(meta_attr)->descr_get && TYPE(meta_attr)->descr_set)
        return TYPE(meta_attr)->descr_get(meta_attr, o, OBJ(meta));
    Object *attr = type_lookup(t, name);
    if (attr) {
        if (TYPE(attr)->descr_get)
            return TYPE(attr)->descr_get(attr, NULL, o);
        return NEWREF(attr);
    }
    if (meta_attr) {
        if (TYPE(meta_attr)->descr_get)
            return TYPE(meta_attr)->descr_get(meta_attr, o, OBJ(meta));
        return NEWREF(meta_attr);
    }
    err_set(Exc_AttributeError, "type object '%s' has no attribute '%U'", type_name(t), name);
    exc_note_name(err_occurred(), o, name);
    return NULL;
}

static int type_setattr(Object *o, Object *name, Object *value)
{
    Type *t = (Type *)o;
    if (!TYPE_FLAG(t, TF_HEAPTYPE)) {
        err_set(Exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, type_name(t));
        return -1;
    }
    Object *meta_attr = type_lookup(TYPE(o), name);
    if (meta_attr && TYPE(meta_attr)->descr_set)
        return TYPE(meta_attr)->descr_set(meta_attr, o, value);
    int rc;
    if (value) {
        rc = dict_set(t->dict, name, value);
    } else if (dict_get(t->dict, name) == NULL) {
        err_set(Exc_AttributeError, "type object '%s' has no attribute '%U'", type_name(t), name);
        return -1;
    } else {
        rc = dict_del(t->dict, name);
    }
    const char *s = str_utf8(name);
    size_t n = str_nbytes(name);
    if (rc == 0 && n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_')
        rc = class_update_slots(t);
    return rc;
}

static int type_traverse(Object *o, VisitFn visit, void *arg)
{
    Type *t = (Type *)o;
    Object *refs[] = {t->dict, t->mro, t->bases, t->name_obj, OBJ(t->base_type), t->subclasses,
                      TYPE_FLAG(t, TF_HEAPTYPE) ? CLASS_QUALNAME(t) : NULL};
    for (size_t i = 0; i < sizeof refs / sizeof *refs; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static void type_clear(Object *o)
{
    Type *t = (Type *)o;
    CLEAR(t->dict);
    CLEAR(t->mro);
    CLEAR(t->bases);
    CLEAR(t->subclasses);
}

/* Only heap types die; static types live as long as the program. */
static void type_dealloc(Object *o)
{
    Type *t = (Type *)o;
    gc_untrack(o);
    type_clear(o);
    CLEAR(t->name_obj);
    CLEAR(CLASS_QUALNAME(t));
    XDECREF(t->base_type);
    obj_free(o);
}

static Object *type_get_name(Object *o) { return NEWREF(((Type *)o)->name_obj); }
static Object *type_get_mro(Object *o) { return NEWREF(((Type *)o)->mro); }
static Object *type_get_bases(Object *o) { return NEWREF(((Type *)o)->bases); }
static Object *type_get_dict(Object *o) { return dict_copy(((Type *)o)->dict); }

static Object *type_get_base(Object *o)
{
    Type *b = ((Type *)o)->base_type;
    return b ? NEWREF(b) : NEWREF(None);
}

static Object *type_get_module(Object *o)
{
    Object *m = type_module((Type *)o);
    return m ? NEWREF(m) : str_from_cstr("builtins");
}

static Object *type_get_qualname(Object *o)
{
    Type *t = (Type *)o;
    Object *q = TYPE_FLAG(t, TF_HEAPTYPE) ? CLASS_QUALNAME(t) : NULL;
    return NEWREF(q ? q : t->name_obj);
}

/* Static types never get here: type_setattr refuses them first. */
static int type_set_qualname_attr(Object *o, Object *value)
{
    Type *t = (Type *)o;
    if (value == NULL) {
        err_set(Exc_TypeError, "cannot delete '__qualname__' attribute of immutable type '%s'",
                type_name(t));
        return -1;
    }
    if (!STR_CHECK(value)) {
        err_set(Exc_TypeError, "can only assign string to %s.__qualname__, not '%T'",
                type_name(t), value);
        return -1;
    }
    type_set_qualname(t, value);
    return 0;
}

static Object *type_mro_method(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("mro", nargs, 0, 0) || arg_no_kwargs("mro", kwnames))
        return NULL;
    return list_from_iterable(((Type *)self)->mro);
}

static const GetSetDef type_getset[] = {
    {"__name__", type_get_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname_attr},
    {"__mro__", type_get_mro, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__module__", type_get_module, NULL},
    {NULL, NULL, NULL},
};

/* The live direct subclasses, oldest first. */
static Object *type_subclasses_method(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("__subclasses__", nargs, 0, 0) || arg_no_kwargs("__subclasses__", kwnames))
        return NULL;
    Object *result = list_new(0), *subs = ((Type *)self)->subclasses;
    for (intptr_t i = 0; result && subs && i < VAR_SIZE(subs); i++) {
        Object *sub = weakref_referent(LIST_ITEMS(subs)[i]);
        if (sub && list_append(result, sub) < 0)
            CLEAR(result);
    }
    return result;
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, 0},
    {"__subclasses__", type_subclasses_method, 0},
    {NULL, NULL, 0},
};

/* ---- typing at run time: list[int] and int | None ----
 * The alias and union objects are types.GenericAlias and types.UnionType,
 * written in the language (lib/types.py); the runtime only routes the
 * subscription of a built-in container type and `|` between types to
 * them. */

static Object *call_types_attr(const char *name, Object *a, Object *b)
{
    Object *modname = str_from_cstr("types");
    Object *mod = modname ? import_module(modname) : NULL;
    XDECREF(modname);
    Object *f = mod ? obj_getattr_str(mod, name) : NULL;
    XDECREF(mod);
    Object *r = f ? obj_call2(f, a, b) : NULL;
    XDECREF(f);
    return r;
}

/* list.__class_getitem__(int) and the like: types.GenericAlias(list, int). */
static Object *type_class_getitem(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("__class_getitem__", nargs, 1, 1) || arg_no_kwargs("__class_getitem__", kwnames))
        return NULL;
    return call_types_attr("GenericAlias", self, args[0]);
}

static const MethodDef class_getitem_def = {"__class_getitem__", type_class_getitem, METH_CLASS};

int type_install_generics(void)
{
    Type *generic[] = {&List_type, &Dict_type, &Tuple_type, &Set_type, &FrozenSet_type, &Type_type};
    for (size_t i = 0; i < sizeof generic / sizeof *generic; i++) {
        Object *d = method_descr_new(generic[i], &class_getitem_def);
        if (d == NULL || dict_set_str(generic[i]->dict, "__class_getitem__", d) < 0) {
            XDECREF(d);
            return -1;
        }
        DECREF(d);
    }
    return 0;
}

/* int | None, int | str: a types.UnionType when both sides are classes or
 * None; anything else (a GenericAlias, a union) answers for itself. */
static Object *type_or(Object *a, Object *b)
{
    bool a_ok = a == None || TYPE_FLAG(TYPE(a), TF_TYPE_SUBCLASS);
    bool b_ok = b == None || TYPE_FLAG(TYPE(b), TF_TYPE_SUBCLASS);
    if (!a_ok || !b_ok)
        return NEWREF(NotImplemented);
    return call_types_attr("_union_of", a, b);
}

static const NumberSlots type_number = {.or_ = type_or};

static intptr_t identity_hash(Object *o)
{
    uintptr_t p = (uintptr_t)o;
    intptr_t h = (intptr_t)((p >> 4) | (p << (8 * sizeof p - 4)));
    return h == -1 ? -2 : h;
}

Type Type_type = {
    .base = {1, &Type_type},
    .name = "type",
    .basicsize = sizeof(ClassType),  /* what a class statement allocates */
    .weaklistoffset = offsetof(Type, weaklist),
    .flags = TF_GC | TF_BASETYPE | TF_TYPE_SUBCLASS,
    .new_ = class_type_new,
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .repr = type_repr,
    .hash = identity_hash,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .number = &type_number,
    .getset = type_getset,
    .methods = type_methods,
};

/* ---- object ---- */

static Object *object_new(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    Type *t = (Type *)callable;
    bool own_init = t->init != Object_type.init;
    if ((nargs || NKW(kwnames)) && !own_init) {
        if (t == &Object_type)
            return err_set(Exc_TypeError, "object() takes no arguments");
        return err_set(Exc_TypeError, "%s() takes no arguments", type_name(t));
    }
    return obj_alloc(t);    /* a class's instance is tracked by obj_alloc */
}

static int object_init(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    return 0;
}

static Object *object_repr(Object *o)
{
    Type *t = TYPE(o);
    Object *mod = type_module(t);
    if (mod)
        return str_format("<%U.%s object at %p>", mod, type_name(t), (void *)o);
    return str_format("<%s object at %p>", type_name(t), (void *)o);
}

static Object *object_str(Object *o) { return obj_repr(o); }

static Object *object_richcompare(Object *a, Object *b, CompareOp op)
{
    if (op == CMP_EQ)
        return a == b ? NEWREF(True) : NEWREF(NotImplemented);
    if (op == CMP_NE) {
        /* != is the negation of a type's own ==, when it has one. */
        if (TYPE(a)->richcompare == object_richcompare)
            return a == b ? NEWREF(False) : NEWREF(NotImplemented);
        Object *eq = TYPE(a)->richcompare(a, b, CMP_EQ);
        if (eq == NULL || eq == NotImplemented)
            return eq;
        int t = obj_is_true(eq);
        DECREF(eq);
        return t < 0 ? NULL : bool_from(!t);
    }
    return NEWREF(NotImplemented);
}

/* Plain objects hold no references; instances of classes get their own
 * dealloc from the class machinery. */
static void object_dealloc(Object *o) { obj_free(o); }

static Object *object_get_class(Object *o) { return NEWREF(TYPE(o)); }

/* object.__init_subclass__: the end of the chain; takes no keywords. */
static Object *object_init_subclass(Object *cls, Object *const *args, size_t nargs, Object *kwnames)
{
    if (nargs || NKW(kwnames))
        return err_set(Exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                       type_name(((Type *)cls)->base_type ? ((Type *)cls)->base_type : (Type *)cls));
    RETURN_NONE;
}

static const MethodDef object_methods[] = {
    {"__init_subclass__", object_init_subclass, METH_CLASS},
    {NULL, NULL, 0},
};

static const GetSetDef object_getset[] = {
    {"__class__", object_get_class, NULL},
    {NULL, NULL, NULL},
};

Type Object_type = {
    .base = {1, &Type_type},
    .name = "object",
    .basicsize = sizeof(Object),
    .flags = TF_BASETYPE,
    .dealloc = object_dealloc,
    .new_ = object_new,
    .init = object_init,
    .repr = object_repr,
    .str = object_str,
    .hash = identity_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .methods = object_methods,
    .getset = object_getset,
};

/* ---- None, NotImplemented, Ellipsis ---- */

static Object *none_repr(Object *o) { return str_from_cstr("None"); }
static Object *notimpl_repr(Object *o) { return str_from_cstr("NotImplemented"); }
static Object *ellipsis_repr(Object *o) { return str_from_cstr("Ellipsis"); }
static int none_bool(Object *o) { return 0; }
static const NumberSlots none_number = {.to_bool = none_bool};

/* The singletons are never freed; a dealloc call means a refcount bug. */
static void singleton_dealloc(Object *o)
{
    o->refcnt = 1;
}

static Object *singleton_new(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    Type *t = (Type *)callable;
    if (nargs || NKW(kwnames))
        return err_set(Exc_TypeError, "%s takes no arguments", type_name(t));
    return NEWREF(t == &None_type ? None : t == &Ellipsis_type ? Ellipsis : NotImplemented);
}

Type None_type = {
    .base = {1, &Type_type},
    .name = "NoneType",
    .basicsize = sizeof(Object),
    .dealloc = singleton_dealloc,
    .new_ = singleton_new,
    .repr = none_repr,
    .number = &none_number,
};

Type NotImplemented_type = {
    .base = {1, &Type_type},
    .name = "NotImplementedType",
    .basicsize = sizeof(Object),
    .dealloc = singleton_dealloc,
    .new_ = singleton_new,
    .repr = notimpl_repr,
};

Type Ellipsis_type = {
    .base = {1, &Type_type},
    .name = "ellipsis",
    .basicsize = sizeof(Object),
    .dealloc = singleton_dealloc,
    .new_ = singleton_new,
    .repr = ellipsis_repr,
};

Object None_obj = {1, &None_type};
Object NotImplemented_obj = {1, &NotImplemented_type};
Object Ellipsis_obj = {1, &Ellipsis_type};

int type_init(void)
{
    Type *core[] = {&Object_type, &Type_type, &None_type, &NotImplemented_type, &Ellipsis_type};
    for (size_t i = 0; i < sizeof core / sizeof *core; i++)
        if (type_ready(core[i]) < 0)
            return -1;
    return 0;
}
