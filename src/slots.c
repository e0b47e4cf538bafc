/* slots.c — the bridge between special methods and type slots, in both
 * directions, driven by one table (slotdefs):
 *
 *  - a class that defines __add__ (or inherits it from another class) gets
 *    the C slot number->add = slot_add, which calls the method;
 *  - a static type whose C slot is its own gets a wrapper descriptor in
 *    its dict (int.__add__, list.__len__, object.__init__), so that
 *    super().__init__(), hasattr(x, '__len__') and int.__add__(1, 2) work.
 */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include "class.h"
#include "dict.h"
#include "err.h"
#include "func.h"
#include "gc.h"
#include "mem.h"
#include "int.h"
#include "list.h"
#include "method.h"
#include "str.h"
#include "weakref.h"

/* ---- calling a special method ---- */

/* type(self).name(self, *args, **kw): special methods are looked up on
 * the type, never the instance (nor through __getattribute__).  NULL with
 * no exception: not defined. */
static Object *call_special_kw(Object *self, const char *name, Object *const *args, size_t nargs,
                               Object *kwnames)
{
    Object *f = type_lookup(TYPE(self), str_intern_cstr(name));
    if (f == NULL)
        return NULL;
    INCREF(f);
    Object *r;
    if (TYPE(f) == &Function_type) {
        size_t n = nargs + NKW(kwnames);
        Object *small[8], **vec = n + 1 <= 8 ? small : mem_alloc((n + 1) * sizeof *vec);
        if (vec == NULL) {
            DECREF(f);
            return err_no_memory();
        }
        vec[0] = self;
        if (n)
            memcpy(vec + 1, args, n * sizeof *args);
        r = obj_call(f, vec, nargs + 1, kwnames);
        if (vec != small)
            mem_free(vec);
    } else {
        Object *bound = TYPE(f)->descr_get ? TYPE(f)->descr_get(f, self, OBJ(TYPE(self))) : NEWREF(f);
        r = bound ? obj_call(bound, args, nargs, kwnames) : NULL;
        XDECREF(bound);
    }
    DECREF(f);
    return r;
}

static Object *call_special(Object *self, const char *name, Object *const *args, size_t nargs)
{
    return call_special_kw(self, name, args, nargs, NULL);
}

static Object *call_required(Object *self, const char *name, Object *const *args, size_t nargs)
{
    Object *r = call_special(self, name, args, nargs);
    if (r == NULL && !err_occurred())
        err_set(Exc_AttributeError, "'%s' object has no attribute '%s'", obj_type_name(self), name);
    return r;
}

static bool defines(Type *t, const char *name)
{
    return type_lookup(t, str_intern_cstr(name)) != NULL;
}

/* ---- slots of classes ---- */

static Object *slot_repr(Object *o) { return call_required(o, "__repr__", NULL, 0); }
static Object *slot_str(Object *o) { return call_required(o, "__str__", NULL, 0); }
static Object *slot_iter(Object *o) { return call_required(o, "__iter__", NULL, 0); }

static Object *slot_iternext(Object *o)
{
    Object *r = call_required(o, "__next__", NULL, 0);
    if (r == NULL && err_matches(Exc_StopIteration))
        err_clear();
    return r;
}

static intptr_t slot_hash(Object *o)
{
    Object *r = call_required(o, "__hash__", NULL, 0);
    if (r == NULL)
        return -1;
    if (!INT_CHECK(r)) {
        DECREF(r);
        err_set(Exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    intptr_t h = obj_hash(r);  /* python3 reduces big values like int's hash */
    DECREF(r);
    return h;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static Object *slot_richcompare(Object *a, Object *b, CompareOp op)
{
    Object *r = call_special(a, cmp_names[op], &b, 1);
    if (r == NULL && !err_occurred())
        return NEWREF(NotImplemented);
    return r;
}

static Object *slot_getattr(Object *o, Object *name)
{
    Object *r;
    Object *ga = type_lookup(TYPE(o), str_intern_cstr("__getattribute__"));
    if (ga && TYPE(ga) != &SlotWrapper_type)
        r = call_required(o, "__getattribute__", &name, 1);
    else
        r = obj_generic_getattr(o, name);
    if (r == NULL && err_matches(Exc_AttributeError) && defines(TYPE(o), "__getattr__")) {
        err_clear();
        r = call_required(o, "__getattr__", &name, 1);
    }
    return r;
}

static int slot_setattr(Object *o, Object *name, Object *value)
{
    Object *args[2] = {name, value};
    Object *r = value ? call_required(o, "__setattr__", args, 2)
                      : call_required(o, "__delattr__", args, 1);
    XDECREF(r);
    return r ? 0 : -1;
}

static Object *slot_call(Object *o, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *r = call_special_kw(o, "__call__", args, nargs, kwnames);
    if (r == NULL && !err_occurred())
        err_set(Exc_TypeError, "'%s' object is not callable", obj_type_name(o));
    return r;
}

static intptr_t slot_length(Object *o)
{
    Object *r = call_required(o, "__len__", NULL, 0);
    if (r == NULL)
        return -1;
    intptr_t n = INT_CHECK(r) ? num_as_ssize(r)
                              : (err_set(Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                         obj_type_name(r)), -1);
    DECREF(r);
    if (n < 0 && !err_occurred())
        err_set(Exc_ValueError, "__len__() should return >= 0");
    return n;
}

static Object *slot_getitem(Object *o, Object *key) { return call_required(o, "__getitem__", &key, 1); }

static int slot_setitem(Object *o, Object *key, Object *value)
{
    Object *args[2] = {key, value};
    Object *r = value ? call_required(o, "__setitem__", args, 2)
                      : call_required(o, "__delitem__", args, 1);
    XDECREF(r);
    return r ? 0 : -1;
}

static int slot_contains(Object *o, Object *item)
{
    Object *r = call_required(o, "__contains__", &item, 1);
    if (r == NULL)
        return -1;
    int t = obj_is_true(r);
    DECREF(r);
    return t;
}

static int slot_bool(Object *o)
{
    Object *r = call_required(o, "__bool__", NULL, 0);
    if (r == NULL)
        return -1;
    if (!BOOL_CHECK(r)) {
        err_set(Exc_TypeError, "__bool__ should return bool, returned %s", obj_type_name(r));
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return r == True;
}

static int slot_init(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *r = call_special_kw(self, "__init__", args, nargs, kwnames);
    if (r == NULL)
        return -1;
    if (r != None) {
        err_set(Exc_TypeError, "__init__() should return None, not '%s'", obj_type_name(r));
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return 0;
}

/* cls(*args): __new__ is a static method taking the class first. */
static Object *slot_new(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *f = obj_getattr_str(callable, "__new__");
    if (f == NULL)
        return NULL;
    size_t n = nargs + NKW(kwnames);
    Object *vec_small[8], **vec = n + 1 <= 8 ? vec_small : mem_alloc((n + 1) * sizeof *vec);
    if (vec == NULL) {
        DECREF(f);
        return err_no_memory();
    }
    vec[0] = callable;
    if (n)
        memcpy(vec + 1, args, n * sizeof *args);
    Object *r = obj_call(f, vec, nargs + 1, kwnames);
    if (vec != vec_small)
        mem_free(vec);
    DECREF(f);
    return r;
}

static Object *slot_descr_get(Object *self, Object *obj, Object *type)
{
    Object *args[2] = {obj ? obj : None, type ? type : None};
    return call_required(self, "__get__", args, 2);
}

static int slot_descr_set(Object *self, Object *obj, Object *value)
{
    Object *args[2] = {obj, value};
    Object *r = value ? call_required(self, "__set__", args, 2)
                      : call_required(self, "__delete__", args, 1);
    XDECREF(r);
    return r ? 0 : -1;
}

/* A binary slot serves both operands: a.__add__(b) when a's class has
 * it, then b.__radd__(a) when b is of another class that has that.  A
 * subclass of a's class that overrides the reflected method goes first
 * (python3's rule, so subclasses can take over mixed operations). */
static Object *binary_slot(Object *a, Object *b, const char *name, const char *rname)
{
    bool a_has = TYPE_FLAG(TYPE(a), TF_HEAPTYPE) && defines(TYPE(a), name);
    bool b_has = TYPE(b) != TYPE(a) && TYPE_FLAG(TYPE(b), TF_HEAPTYPE) && defines(TYPE(b), rname);
    if (b_has && type_is_subtype(TYPE(b), TYPE(a))
        && type_lookup(TYPE(b), str_intern_cstr(rname)) != type_lookup(TYPE(a), str_intern_cstr(rname))) {
        Object *r = call_special(b, rname, &a, 1);
        if (r != NotImplemented)
            return r;
        DECREF(r);
        b_has = false;
    }
    if (a_has) {
        Object *r = call_special(a, name, &b, 1);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    if (b_has)
        return call_special(b, rname, &a, 1);
    return NEWREF(NotImplemented);
}

#define BINSLOT(fn, name, rname) \
    static Object *fn(Object *a, Object *b) { return binary_slot(a, b, name, rname); }
BINSLOT(slot_add, "__add__", "__radd__")
BINSLOT(slot_sub, "__sub__", "__rsub__")
BINSLOT(slot_mul, "__mul__", "__rmul__")
BINSLOT(slot_truediv, "__truediv__", "__rtruediv__")
BINSLOT(slot_floordiv, "__floordiv__", "__rfloordiv__")
BINSLOT(slot_mod, "__mod__", "__rmod__")
BINSLOT(slot_divmod, "__divmod__", "__rdivmod__")
BINSLOT(slot_lshift, "__lshift__", "__rlshift__")
BINSLOT(slot_rshift, "__rshift__", "__rrshift__")
BINSLOT(slot_and, "__and__", "__rand__")
BINSLOT(slot_or, "__or__", "__ror__")
BINSLOT(slot_xor, "__xor__", "__rxor__")
BINSLOT(slot_matmul, "__matmul__", "__rmatmul__")

static Object *slot_pow(Object *a, Object *b, Object *m)
{
    if (m == None)
        return binary_slot(a, b, "__pow__", "__rpow__");
    Object *args[2] = {b, m};
    if (TYPE_FLAG(TYPE(a), TF_HEAPTYPE) && defines(TYPE(a), "__pow__"))
        return call_special(a, "__pow__", args, 2);
    return NEWREF(NotImplemented);
}

static Object *inplace_slot(Object *a, Object *b, const char *name)
{
    Object *r = call_special(a, name, &b, 1);
    if (r == NULL && !err_occurred())
        return NEWREF(NotImplemented);
    return r;
}

#define INSLOT(fn, name) static Object *fn(Object *a, Object *b) { return inplace_slot(a, b, name); }
INSLOT(slot_iadd, "__iadd__")
INSLOT(slot_imul, "__imul__")
INSLOT(slot_isub, "__isub__")
INSLOT(slot_itruediv, "__itruediv__")
INSLOT(slot_ifloordiv, "__ifloordiv__")
INSLOT(slot_imod, "__imod__")
INSLOT(slot_ilshift, "__ilshift__")
INSLOT(slot_irshift, "__irshift__")
INSLOT(slot_iand, "__iand__")
INSLOT(slot_ior, "__ior__")
INSLOT(slot_ixor, "__ixor__")
INSLOT(slot_imatmul, "__imatmul__")

#define UNSLOT(fn, name) static Object *fn(Object *a) { return call_required(a, name, NULL, 0); }
UNSLOT(slot_neg, "__neg__")
UNSLOT(slot_pos, "__pos__")
UNSLOT(slot_abs, "__abs__")
UNSLOT(slot_invert, "__invert__")
UNSLOT(slot_int, "__int__")
UNSLOT(slot_float, "__float__")
UNSLOT(slot_index, "__index__")

/* ---- wrappers: calling a static type's C slot from Python ---- */

typedef struct SlotDef SlotDef;
typedef Object *(*WrapFn)(Object *self, Object *const *args, size_t nargs, void *fn, const SlotDef *d);

struct SlotDef {
    const char *name;
    size_t offset;       /* in Type, or in NumberSlots when in_number */
    bool in_number;
    void *heap_fn;       /* the slot function for classes that define name */
    WrapFn wrap;         /* how Python calls a static type's slot */
    int arg;             /* comparison operator, or 1 for a reflected operand */
};

static int want_args(const SlotDef *d, size_t nargs, size_t n)
{
    if (nargs == n)
        return 0;
    err_set(Exc_TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
    (void)d;
    return -1;
}

static Object *wrap_unary(Object *self, Object *const *args, size_t nargs, void *fn, const SlotDef *d)
{
    if (want_args(d, nargs, 0))
        return NULL;
    return ((UnaryFn)fn)(self);
}

static Object *wrap_next(Object *self, Object *const *args, size_t nargs, void *fn, const SlotDef *d)
{
    if (want_args(d, nargs, 0))
        return NULL;
    Object *r = ((UnaryFn)fn)(self);
    if (r == NULL && !err_occurred())
        err_set_obj(Exc_StopIteration, NULL);
    return r;
}

static Object *wrap_binary(Object *self, Object *const *args, size_t nargs, void *fn, const SlotDef *d)
{
    if (want_args(d, nargs, 1))
        return NULL;
    return d->arg ? ((BinaryFn)fn)(args[0], self) : ((BinaryFn)fn)(self, args[0]);
}

static Object *wrap_pow(Object *self, Object *const *args, size_t nargs, void *fn, const SlotDef *d)
{
    if (nargs < 1 || nargs > 2)
        return err_set(Exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
    Object *m = nargs == 2 ? args[1] : None;
    return d->arg ? ((TernaryFn)fn)(args[0], self, m) : ((TernaryFn)fn)(self, args[0], m);
}

static Object *wrap_richcmp(Object *self, Object *const *args, size_t nargs, void *fn, const SlotDef *d)
{
    if (want_args(d, nargs, 1))
        return NULL;
    return ((Object *(*)(Object *, Object *, CompareOp))fn)(self, args[0], (CompareOp)d->arg);
}

static Object *wrap_hash(Object *self, Object *const *args, size_t nargs, void *fn, const SlotDef *d)
{
    if (want_args(d, nargs, 0))
        return NULL;
    intptr_t h = ((intptr_t (*)(Object *))fn)(self);
    return h == -1 && err_occurred() ? NULL : int_from_i64(h);
}

static Object *wrap_len(Object *self, Object *const *args, size_t nargs, void *fn, const SlotDef *d)
{
    if (want_args(d, nargs, 0))
        return NULL;
    intptr_t n = ((intptr_t (*)(Object *))fn)(self);
    return n < 0 ? NULL : int_from_i64(n);
}

static Object *wrap_bool(Object *self, Object *const *args, size_t nargs, void *fn, const SlotDef *d)
{
    if (want_args(d, nargs, 0))
        return NULL;
    int t = ((int (*)(Object *))fn)(self);
    return t < 0 ? NULL : bool_from(t);
}

static Object *wrap_contains(Object *self, Object *const *args, size_t nargs, void *fn, const SlotDef *d)
{
    if (want_args(d, nargs, 1))
        return NULL;
    int t = ((int (*)(Object *, Object *))fn)(self, args[0]);
    return t < 0 ? NULL : bool_from(t);
}

static Object *wrap_setitem(Object *self, Object *const *args, size_t nargs, void *fn, const SlotDef *d)
{
    /* __setitem__(key, value) and __setattr__(name, value); their
     * delete forms pass one argument. */
    size_t n = d->arg ? 1 : 2;
    if (want_args(d, nargs, n))
        return NULL;
    int rc = ((int (*)(Object *, Object *, Object *))fn)(self, args[0], n == 2 ? args[1] : NULL);
    return rc < 0 ? NULL : NEWREF(None);
}

static Object *wrap_getattr(Object *self, Object *const *args, size_t nargs, void *fn, const SlotDef *d)
{
    if (want_args(d, nargs, 1))
        return NULL;
    if (!STR_CHECK(args[0]))
        return err_set(Exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(args[0]));
    return ((BinaryFn)fn)(self, args[0]);
}

static Object *wrap_descr_get(Object *self, Object *const *args, size_t nargs, void *fn, const SlotDef *d)
{
    if (nargs < 1 || nargs > 2)
        return err_set(Exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
    Object *obj = args[0] == None ? NULL : args[0];
    Object *type = nargs == 2 && args[1] != None ? args[1] : NULL;
    return ((TernaryFn)fn)(self, obj, type);
}

enum { NOT_REFLECTED, REFLECTED };
#define TSLOT(name, field, heap, wrap) {name, offsetof(Type, field), false, (void *)(heap), wrap, 0}
#define NSLOT(name, field, heap, wrap, arg) {name, offsetof(NumberSlots, field), true, (void *)(heap), wrap, arg}
#define CMPSLOT(name, op) {name, offsetof(Type, richcompare), false, (void *)slot_richcompare, wrap_richcmp, op}

static const SlotDef slotdefs[] = {
    TSLOT("__repr__", repr, slot_repr, wrap_unary),
    TSLOT("__str__", str, slot_str, wrap_unary),
    TSLOT("__hash__", hash, slot_hash, wrap_hash),
    CMPSLOT("__lt__", CMP_LT), CMPSLOT("__le__", CMP_LE), CMPSLOT("__eq__", CMP_EQ),
    CMPSLOT("__ne__", CMP_NE), CMPSLOT("__gt__", CMP_GT), CMPSLOT("__ge__", CMP_GE),
    TSLOT("__getattribute__", getattr, slot_getattr, wrap_getattr),
    TSLOT("__getattr__", getattr, slot_getattr, NULL),
    {"__setattr__", offsetof(Type, setattr), false, (void *)slot_setattr, wrap_setitem, 0},
    {"__delattr__", offsetof(Type, setattr), false, (void *)slot_setattr, wrap_setitem, 1},
    TSLOT("__iter__", iter, slot_iter, wrap_unary),
    TSLOT("__next__", iternext, slot_iternext, wrap_next),
    TSLOT("__call__", call, slot_call, NULL),
    TSLOT("__len__", length, slot_length, wrap_len),
    TSLOT("__getitem__", getitem, slot_getitem, wrap_binary),
    {"__setitem__", offsetof(Type, setitem), false, (void *)slot_setitem, wrap_setitem, 0},
    {"__delitem__", offsetof(Type, setitem), false, (void *)slot_setitem, wrap_setitem, 1},
    TSLOT("__contains__", contains, slot_contains, wrap_contains),
    TSLOT("__get__", descr_get, slot_descr_get, wrap_descr_get),
    TSLOT("__set__", descr_set, slot_descr_set, NULL),
    TSLOT("__delete__", descr_set, slot_descr_set, NULL),
    TSLOT("__init__", init, slot_init, NULL),
    TSLOT("__new__", new_, slot_new, NULL),
    NSLOT("__add__", add, slot_add, wrap_binary, NOT_REFLECTED),
    NSLOT("__radd__", add, slot_add, wrap_binary, REFLECTED),
    NSLOT("__sub__", sub, slot_sub, wrap_binary, NOT_REFLECTED),
    NSLOT("__rsub__", sub, slot_sub, wrap_binary, REFLECTED),
    NSLOT("__mul__", mul, slot_mul, wrap_binary, NOT_REFLECTED),
    NSLOT("__rmul__", mul, slot_mul, wrap_binary, REFLECTED),
    NSLOT("__truediv__", truediv, slot_truediv, wrap_binary, NOT_REFLECTED),
    NSLOT("__rtruediv__", truediv, slot_truediv, wrap_binary, REFLECTED),
    NSLOT("__floordiv__", floordiv, slot_floordiv, wrap_binary, NOT_REFLECTED),
    NSLOT("__rfloordiv__", floordiv, slot_floordiv, wrap_binary, REFLECTED),
    NSLOT("__mod__", mod, slot_mod, wrap_binary, NOT_REFLECTED),
    NSLOT("__rmod__", mod, slot_mod, wrap_binary, REFLECTED),
    NSLOT("__divmod__", divmod, slot_divmod, wrap_binary, NOT_REFLECTED),
    NSLOT("__rdivmod__", divmod, slot_divmod, wrap_binary, REFLECTED),
    NSLOT("__lshift__", lshift, slot_lshift, wrap_binary, NOT_REFLECTED),
    NSLOT("__rlshift__", lshift, slot_lshift, wrap_binary, REFLECTED),
    NSLOT("__rshift__", rshift, slot_rshift, wrap_binary, NOT_REFLECTED),
    NSLOT("__rrshift__", rshift, slot_rshift, wrap_binary, REFLECTED),
    NSLOT("__and__", and_, slot_and, wrap_binary, NOT_REFLECTED),
    NSLOT("__rand__", and_, slot_and, wrap_binary, REFLECTED),
    NSLOT("__or__", or_, slot_or, wrap_binary, NOT_REFLECTED),
    NSLOT("__ror__", or_, slot_or, wrap_binary, REFLECTED),
    NSLOT("__xor__", xor_, slot_xor, wrap_binary, NOT_REFLECTED),
    NSLOT("__rxor__", xor_, slot_xor, wrap_binary, REFLECTED),
    NSLOT("__matmul__", matmul, slot_matmul, wrap_binary, NOT_REFLECTED),
    NSLOT("__rmatmul__", matmul, slot_matmul, wrap_binary, REFLECTED),
    NSLOT("__pow__", pow, slot_pow, wrap_pow, NOT_REFLECTED),
    NSLOT("__rpow__", pow, slot_pow, wrap_pow, REFLECTED),
    NSLOT("__iadd__", inplace_add, slot_iadd, NULL, 0),
    NSLOT("__imul__", inplace_mul, slot_imul, NULL, 0),
    NSLOT("__isub__", inplace_sub, slot_isub, NULL, 0),
    NSLOT("__itruediv__", inplace_truediv, slot_itruediv, NULL, 0),
    NSLOT("__ifloordiv__", inplace_floordiv, slot_ifloordiv, NULL, 0),
    NSLOT("__imod__", inplace_mod, slot_imod, NULL, 0),
    NSLOT("__ilshift__", inplace_lshift, slot_ilshift, NULL, 0),
    NSLOT("__irshift__", inplace_rshift, slot_irshift, NULL, 0),
    NSLOT("__iand__", inplace_and, slot_iand, NULL, 0),
    NSLOT("__ior__", inplace_or, slot_ior, NULL, 0),
    NSLOT("__ixor__", inplace_xor, slot_ixor, NULL, 0),
    NSLOT("__imatmul__", inplace_matmul, slot_imatmul, NULL, 0),
    NSLOT("__neg__", neg, slot_neg, wrap_unary, 0),
    NSLOT("__pos__", pos, slot_pos, wrap_unary, 0),
    NSLOT("__abs__", abs, slot_abs, wrap_unary, 0),
    NSLOT("__invert__", invert, slot_invert, wrap_unary, 0),
    NSLOT("__bool__", to_bool, slot_bool, wrap_bool, 0),
    NSLOT("__int__", to_int, slot_int, wrap_unary, 0),
    NSLOT("__float__", to_float, slot_float, wrap_unary, 0),
    NSLOT("__index__", index, slot_index, wrap_unary, 0),
};
#define NSLOTDEFS (sizeof slotdefs / sizeof *slotdefs)

static void **slot_address(Type *t, const SlotDef *d)
{
    if (!d->in_number)
        return (void **)((char *)t + d->offset);
    if (t->number == NULL)
        return NULL;
    return (void **)((char *)t->number + d->offset);
}

/* Setting C.__repr__ = f after the class statement: the slots of C and
 * of every class that inherits from it must follow. */
int slots_install(Type *t);

int class_update_slots(Type *t)
{
    if (slots_install(t) < 0)
        return -1;
    Object *subs = t->subclasses;
    for (intptr_t i = 0; subs && i < VAR_SIZE(subs); i++) {
        Object *sub = weakref_referent(LIST_ITEMS(subs)[i]);
        if (sub && class_update_slots((Type *)sub) < 0)
            return -1;
    }
    return 0;
}

static void *wrapped_fn(Object *v, Type *t, const SlotDef *d);

/* For a class: every slot starts as its base's.  A static type's wrapper
 * found along the mro (`__hash__ = object.__hash__`, or a second base's
 * method) puts that type's C function back in the slot, or the
 * method-calling version when the wrapper cannot serve this slot of this
 * class directly.  Then every other special method switches its slot to
 * the method-calling version, which wins over any wrapper sharing the
 * slot (__eq__ and __ne__ share richcompare).  Run again whenever a
 * special method is set on or deleted from the class. */
int slots_install(Type *t)
{
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        void **slot = slot_address(t, &slotdefs[i]);
        void **inherited = t->base_type ? slot_address(t->base_type, &slotdefs[i]) : NULL;
        if (slot)
            *slot = inherited ? *inherited : NULL;
    }
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        Object *v = type_lookup(t, str_intern_cstr(d->name));
        void **slot = slot_address(t, d);
        if (v == NULL || TYPE(v) != &SlotWrapper_type || slot == NULL)
            continue;
        void *fn = wrapped_fn(v, t, d);
        /* two wrappers of one slot that disagree: let the methods decide */
        for (size_t j = 0; j < i && fn != d->heap_fn; j++)
            if (slot_address(t, &slotdefs[j]) == slot &&
                (v = type_lookup(t, str_intern_cstr(slotdefs[j].name))) &&
                TYPE(v) == &SlotWrapper_type && wrapped_fn(v, t, &slotdefs[j]) != fn)
                fn = d->heap_fn;
        *slot = fn;
    }
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        Object *v = type_lookup(t, str_intern_cstr(d->name));
        void **slot = slot_address(t, d);
        if (v == NULL || TYPE(v) == &SlotWrapper_type || slot == NULL)
            continue;
        if (v == None && strcmp(d->name, "__hash__") == 0)
            *slot = NULL;  /* __hash__ = None: unhashable */
        else if (*slot != d->heap_fn || v != None)
            *slot = d->heap_fn;
    }
    /* __del__, even one set after the class statement.  Never cleared:
     * the Boehm build may have registered finalizers for instances. */
    if (type_lookup(t, str_intern_cstr("__del__")))
        t->flags |= TF_HAS_FINALIZER;
    return 0;
}

/* ---- wrapper descriptors ---- */

typedef struct {
    Object base;
    const SlotDef *def;
    Type *owner;
    void *fn;            /* the owner's C slot at the time it was readied */
} SlotWrapperObject;

/* The C function a class may put in slot d for the wrapper v found on
 * its mro: the wrapped one when v wraps this very slot of a type the
 * class derives from, else the method-calling version. */
static void *wrapped_fn(Object *v, Type *t, const SlotDef *d)
{
    SlotWrapperObject *w = (SlotWrapperObject *)v;
    bool same_slot = w->def->in_number == d->in_number && w->def->offset == d->offset;
    return same_slot && type_is_subtype(t, w->owner) ? w->fn : d->heap_fn;
}

typedef struct {
    Object base;
    SlotWrapperObject *wrapper;
    Object *self;
} MethodWrapperObject;

/* __init__, __new__ and __call__ take any arguments: they get the whole
 * call rather than going through a SlotDef's wrap function. */
static bool takes_whole_call(const SlotDef *d)
{
    return !d->in_number && (d->offset == offsetof(Type, init) || d->offset == offsetof(Type, new_)
                             || d->offset == offsetof(Type, call));
}

static Object *call_wrapper(SlotWrapperObject *w, Object *self, Object *const *args, size_t nargs,
                            Object *kwnames)
{
    const SlotDef *d = w->def;
    if (d->offset == offsetof(Type, init) && !d->in_number) {
        int rc = ((int (*)(Object *, Object *const *, size_t, Object *))w->fn)(self, args, nargs, kwnames);
        return rc < 0 ? NULL : NEWREF(None);
    }
    if (d->offset == offsetof(Type, call) && !d->in_number)
        return ((VectorFn)w->fn)(self, args, nargs, kwnames);
    if (NKW(kwnames) && arg_no_kwargs(d->name, kwnames))
        return NULL;
    return d->wrap(self, args, nargs, w->fn, d);
}

static Object *slotwrapper_call(Object *o, Object *const *args, size_t nargs, Object *kwnames)
{
    SlotWrapperObject *w = (SlotWrapperObject *)o;
    if (nargs < 1)
        return err_set(Exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                       w->def->name, type_name(w->owner));
    /* __new__ takes the class to instantiate first. */
    if (w->def->offset == offsetof(Type, new_) && !w->def->in_number) {
        if (!TYPE_FLAG(TYPE(args[0]), TF_TYPE_SUBCLASS))
            return err_set(Exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                           type_name(w->owner), obj_type_name(args[0]));
        if (!type_is_subtype((Type *)args[0], w->owner))
            return err_set(Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                           type_name(w->owner), type_name((Type *)args[0]),
                           type_name((Type *)args[0]), type_name(w->owner));
        return ((VectorFn)w->fn)(args[0], args + 1, nargs - 1, kwnames);
    }
    if (!obj_is_instance_of(args[0], w->owner))
        return err_set(Exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                       w->def->name, type_name(w->owner), obj_type_name(args[0]));
    return call_wrapper(w, args[0], args + 1, nargs - 1, kwnames);
}

static Object *slotwrapper_get(Object *descr, Object *obj, Object *type)
{
    SlotWrapperObject *w = (SlotWrapperObject *)descr;
    if (obj == NULL || (w->def->offset == offsetof(Type, new_) && !w->def->in_number))
        return NEWREF(descr);
    MethodWrapperObject *m = (MethodWrapperObject *)obj_alloc(&MethodWrapper_type);
    if (m == NULL)
        return NULL;
    m->wrapper = (SlotWrapperObject *)NEWREF(descr);
    m->self = NEWREF(obj);
    gc_track(OBJ(m));
    return OBJ(m);
}

static Object *slotwrapper_repr(Object *o)
{
    SlotWrapperObject *w = (SlotWrapperObject *)o;
    return str_format("<slot wrapper '%s' of '%s' objects>", w->def->name, type_name(w->owner));
}

static void slotwrapper_dealloc(Object *o) { obj_free(o); }

Type SlotWrapper_type = {
    .base = {1, &Type_type},
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlotWrapperObject),
    .dealloc = slotwrapper_dealloc,
    .repr = slotwrapper_repr,
    .call = slotwrapper_call,
    .descr_get = slotwrapper_get,
};

static Object *methodwrapper_call(Object *o, Object *const *args, size_t nargs, Object *kwnames)
{
    MethodWrapperObject *m = (MethodWrapperObject *)o;
    return call_wrapper(m->wrapper, m->self, args, nargs, kwnames);
}

static void methodwrapper_dealloc(Object *o)
{
    MethodWrapperObject *m = (MethodWrapperObject *)o;
    gc_untrack(o);
    CLEAR(m->wrapper);
    CLEAR(m->self);
    obj_free(o);
}

static int methodwrapper_traverse(Object *o, VisitFn visit, void *arg)
{
    MethodWrapperObject *m = (MethodWrapperObject *)o;
    return visit(OBJ(m->wrapper), arg) || visit(m->self, arg);
}

static Object *methodwrapper_repr(Object *o)
{
    MethodWrapperObject *m = (MethodWrapperObject *)o;
    return str_format("<method-wrapper '%s' of %s object at %p>", m->wrapper->def->name,
                      obj_type_name(m->self), (void *)m->self);
}

Type MethodWrapper_type = {
    .base = {1, &Type_type},
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapperObject),
    .flags = TF_GC,
    .dealloc = methodwrapper_dealloc,
    .traverse = methodwrapper_traverse,
    .repr = methodwrapper_repr,
    .call = methodwrapper_call,
};

/* Is the slot t's own, rather than inherited unchanged from its base? */
static void *own_slot(Type *t, const SlotDef *d)
{
    void **slot = slot_address(t, d);
    if (slot == NULL || *slot == NULL)
        return NULL;
    if (t->base_type) {
        void **inherited = slot_address(t->base_type, d);
        if (inherited && *inherited == *slot)
            return NULL;
    }
    return *slot;
}

int class_add_slot_wrappers(Type *t)
{
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        if (d->wrap == NULL && !takes_whole_call(d))
            continue;
        void *fn = own_slot(t, d);
        if (fn == NULL || dict_get_str(t->dict, d->name))
            continue;
        /* python3 spells "instances are unhashable" as __hash__ = None */
        if (fn == (void *)list_unhashable) {
            if (dict_set_str(t->dict, d->name, None) < 0)
                return -1;
            continue;
        }
        SlotWrapperObject *w = (SlotWrapperObject *)obj_alloc(&SlotWrapper_type);
        if (w == NULL)
            return -1;
        w->def = d;
        w->owner = t;
        w->fn = fn;
        int rc = dict_set_str(t->dict, d->name, OBJ(w));
        DECREF(w);
        if (rc < 0)
            return -1;
    }
    return 0;
}
