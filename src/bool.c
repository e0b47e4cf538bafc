/* bool.c — the bool type: a subclass of int with exactly two instances.
 *
 * True and False are ordinary int objects of type bool (int_new_of_type),
 * created once by bool_init and kept alive by the references held here.
 * bool inherits int's arithmetic, except that &, | and ^ between two bools
 * give a bool.
 */
#include "int.h"
#include "err.h"
#include "str.h"

Object *True, *False;

static Object *bool_repr(Object *o)
{
    Object *s = str_intern_cstr(o == True ? "True" : "False");
    return s ? newref(s) : err_no_memory();
}

static Object *bool_new(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)callable;
    if (arg_no_kwargs("bool", kwnames) < 0 || arg_count("bool", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return bool_from(false);
    int t = obj_is_true(args[0]);
    return t < 0 ? NULL : bool_from(t);
}

/* The bitwise operators keep bool-ness when both sides are bools. */
static Object *bool_and(Object *a, Object *b)
{
    if (BOOL_CHECK(a) && BOOL_CHECK(b))
        return bool_from(a == True && b == True);
    return int_number.and_(a, b);
}

static Object *bool_or(Object *a, Object *b)
{
    if (BOOL_CHECK(a) && BOOL_CHECK(b))
        return bool_from(a == True || b == True);
    return int_number.or_(a, b);
}

static Object *bool_xor(Object *a, Object *b)
{
    if (BOOL_CHECK(a) && BOOL_CHECK(b))
        return bool_from((a == True) != (b == True));
    return int_number.xor_(a, b);
}

/* Filled by bool_init from int's slots: C cannot copy another object's
 * initialiser at compile time. */
static NumberSlots bool_number;

Type Bool_type = {
    .base = {1, &Type_type},
    .name = "bool",
    .flags = TF_INT_SUBCLASS,   /* not TF_BASETYPE: bool cannot be subclassed */
    .new_ = bool_new,
    .repr = bool_repr,
    .number = &bool_number,
};

int bool_init(void)
{
    if (TYPE_FLAG(&Bool_type, TF_READY))
        return 0;
    bool_number = int_number;
    bool_number.and_ = bool_and;
    bool_number.or_ = bool_or;
    bool_number.xor_ = bool_xor;
    Bool_type.base_type = &Int_type;
    Bool_type.basicsize = Int_type.basicsize;
    if (type_ready(&Bool_type) < 0)
        return -1;
    Object *zero = int_from_i64(0), *one = int_from_i64(1);
    if (zero && one) {
        False = int_new_of_type(&Bool_type, zero);
        True = int_new_of_type(&Bool_type, one);
    }
    XDECREF(zero);
    XDECREF(one);
    return True && False ? 0 : -1;
}
