/* ops.c — the number protocol: operator dispatch through NumberSlots.
 *
 * A binary operator asks the left operand's type, then the right's; if the
 * right operand's type is a proper subclass of the left's, it is asked
 * first, so subclasses can override reflected operations (python3's rule).
 * A slot answers NotImplemented when it cannot handle the pair.
 */
#include "config.h"

#include <stddef.h>

#include "err.h"
#include "int.h"
#include "list.h"
#include "object.h"
#include "str.h"

#define SLOT_AT(t, off) ((t)->number ? *(BinaryFn *)((const char *)(t)->number + (off)) : NULL)

static Object *binary_op1(Object *a, Object *b, size_t off)
{
    BinaryFn fa = SLOT_AT(TYPE(a), off);
    BinaryFn fb = TYPE(b) != TYPE(a) ? SLOT_AT(TYPE(b), off) : NULL;
    if (fb == fa)
        fb = NULL;
    if (fa) {
        if (fb && type_is_subtype(TYPE(b), TYPE(a))) {
            Object *r = fb(a, b);
            if (r != NotImplemented)
                return r;
            DECREF(r);
            fb = NULL;
        }
        Object *r = fa(a, b);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    if (fb)
        return fb(a, b);
    return NEWREF(NotImplemented);
}

static Object *binary_op(Object *a, Object *b, size_t off, const char *sym)
{
    Object *r = binary_op1(a, b, off);
    if (r != NotImplemented)
        return r;
    DECREF(r);
    return err_set(Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                   sym, obj_type_name(a), obj_type_name(b));
}

#define BINARY(fname, slot, sym) \
    Object *fname(Object *a, Object *b) \
    { return binary_op(a, b, offsetof(NumberSlots, slot), sym); }

BINARY(num_sub, sub, "-")
BINARY(num_truediv, truediv, "/")
BINARY(num_floordiv, floordiv, "//")
BINARY(num_divmod, divmod, "divmod()")
BINARY(num_lshift, lshift, "<<")
BINARY(num_rshift, rshift, ">>")
BINARY(num_and, and_, "&")
BINARY(num_or, or_, "|")
BINARY(num_xor, xor_, "^")
BINARY(num_matmul, matmul, "@")

Object *num_add(Object *a, Object *b)
{
    Object *r = binary_op1(a, b, offsetof(NumberSlots, add));
    if (r != NotImplemented)
        return r;
    DECREF(r);
    if (STR_CHECK(a) && !STR_CHECK(b))
        return err_set(Exc_TypeError, "can only concatenate str (not \"%s\") to str", obj_type_name(b));
    if (LIST_CHECK(a) && !LIST_CHECK(b))
        return err_set(Exc_TypeError, "can only concatenate list (not \"%s\") to list", obj_type_name(b));
    if (TUPLE_CHECK(a) && !TUPLE_CHECK(b))
        return err_set(Exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple", obj_type_name(b));
    return err_set(Exc_TypeError, "unsupported operand type(s) for +: '%s' and '%s'",
                   obj_type_name(a), obj_type_name(b));
}

static bool is_sequence(Object *o)
{
    return STR_CHECK(o) || LIST_CHECK(o) || TUPLE_CHECK(o);
}

Object *num_mul(Object *a, Object *b)
{
    Object *r = binary_op1(a, b, offsetof(NumberSlots, mul));
    if (r != NotImplemented)
        return r;
    DECREF(r);
    if (is_sequence(a) || is_sequence(b)) {
        Object *other = is_sequence(a) ? b : a;
        return err_set(Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                       obj_type_name(other));
    }
    return err_set(Exc_TypeError, "unsupported operand type(s) for *: '%s' and '%s'",
                   obj_type_name(a), obj_type_name(b));
}

Object *num_mod(Object *a, Object *b)
{
    /* str % args: the string's own formatting, whatever b is. */
    if (STR_CHECK_EXACT(a))
        return str_percent(a, b);
    return binary_op(a, b, offsetof(NumberSlots, mod), "%");
}

Object *num_pow(Object *a, Object *b, Object *m)
{
    TernaryFn fa = TYPE(a)->number ? TYPE(a)->number->pow : NULL;
    TernaryFn fb = TYPE(b)->number && TYPE(b) != TYPE(a) ? TYPE(b)->number->pow : NULL;
    if (fb == fa)
        fb = NULL;
    if (fa) {
        Object *r = fa(a, b, m);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    if (fb) {
        Object *r = fb(a, b, m);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    if (m == None)
        return err_set(Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                       obj_type_name(a), obj_type_name(b));
    return err_set(Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                   obj_type_name(a), obj_type_name(b), obj_type_name(m));
}

/* a += b: the left operand's in-place slot when it has one (list). */
Object *num_inplace_add(Object *a, Object *b)
{
    if (TYPE(a)->number && TYPE(a)->number->inplace_add) {
        Object *r = TYPE(a)->number->inplace_add(a, b);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    return num_add(a, b);
}

Object *num_inplace_mul(Object *a, Object *b)
{
    if (TYPE(a)->number && TYPE(a)->number->inplace_mul) {
        Object *r = TYPE(a)->number->inplace_mul(a, b);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    return num_mul(a, b);
}

/* a -= b and friends: a's in-place slot, else the binary operation;
 * the error names the augmented operator. */
static Object *inplace_op(Object *a, Object *b, size_t ioff, size_t off, const char *sym)
{
    BinaryFn f = SLOT_AT(TYPE(a), ioff);
    if (f) {
        Object *r = f(a, b);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    Object *r = binary_op1(a, b, off);
    if (r != NotImplemented)
        return r;
    DECREF(r);
    return err_set(Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                   sym, obj_type_name(a), obj_type_name(b));
}

#define INPLACE(fname, islot, slot, sym) \
    Object *fname(Object *a, Object *b) \
    { return inplace_op(a, b, offsetof(NumberSlots, islot), offsetof(NumberSlots, slot), sym); }

INPLACE(num_inplace_sub, inplace_sub, sub, "-=")
INPLACE(num_inplace_truediv, inplace_truediv, truediv, "/=")
INPLACE(num_inplace_floordiv, inplace_floordiv, floordiv, "//=")
INPLACE(num_inplace_lshift, inplace_lshift, lshift, "<<=")
INPLACE(num_inplace_rshift, inplace_rshift, rshift, ">>=")
INPLACE(num_inplace_and, inplace_and, and_, "&=")
INPLACE(num_inplace_or, inplace_or, or_, "|=")
INPLACE(num_inplace_xor, inplace_xor, xor_, "^=")
INPLACE(num_inplace_matmul, inplace_matmul, matmul, "@=")

Object *num_inplace_mod(Object *a, Object *b)
{
    if (STR_CHECK_EXACT(a))
        return str_percent(a, b);
    return inplace_op(a, b, offsetof(NumberSlots, inplace_mod), offsetof(NumberSlots, mod), "%=");
}

Object *num_inplace_pow(Object *a, Object *b)
{
    Object *r = num_pow(a, b, None);
    if (r == NULL && err_matches(Exc_TypeError)) {
        /* python3 names the augmented operator */
        err_clear();
        return err_set(Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                       obj_type_name(a), obj_type_name(b));
    }
    return r;
}

/* ---- unary ---- */

static Object *unary_op(Object *a, size_t off, const char *sym)
{
    const NumberSlots *n = TYPE(a)->number;
    UnaryFn f = n ? *(UnaryFn *)((const char *)n + off) : NULL;
    if (f)
        return f(a);
    return err_set(Exc_TypeError, "bad operand type for %s: '%s'", sym, obj_type_name(a));
}

Object *num_neg(Object *a) { return unary_op(a, offsetof(NumberSlots, neg), "unary -"); }
Object *num_pos(Object *a) { return unary_op(a, offsetof(NumberSlots, pos), "unary +"); }
Object *num_abs(Object *a) { return unary_op(a, offsetof(NumberSlots, abs), "abs()"); }
Object *num_invert(Object *a) { return unary_op(a, offsetof(NumberSlots, invert), "unary ~"); }

Object *num_index(Object *o)
{
    if (INT_CHECK_EXACT(o))
        return NEWREF(o);
    const NumberSlots *n = TYPE(o)->number;
    if (n && n->index) {
        Object *r = n->index(o);
        if (r && !INT_CHECK(r)) {
            err_set(Exc_TypeError, "__index__ returned non-int (type %T)", r);
            DECREF(r);
            return NULL;
        }
        return r;
    }
    if (INT_CHECK(o)) {     /* bool or an int subclass: an exact int of the value */
        int64_t v;
        return int_to_i64(o, &v) == 0 ? int_from_i64(v) : NEWREF(o);
    }
    return err_set(Exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(o));
}

intptr_t num_as_ssize(Object *o)
{
    Object *i = num_index(o);
    if (i == NULL)
        return -1;
    int64_t v;
    int fits = int_to_i64(i, &v);
    DECREF(i);
    if (fits < 0) {
        err_set(Exc_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return (intptr_t)v;
}

Object *num_to_int(Object *o)
{
    const NumberSlots *n = TYPE(o)->number;
    if (n && n->to_int)
        return n->to_int(o);
    if (n && n->index)
        return num_index(o);
    return err_set(Exc_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                   obj_type_name(o));
}

Object *num_to_float(Object *o)
{
    const NumberSlots *n = TYPE(o)->number;
    if (n && n->to_float)
        return n->to_float(o);
    if (n && n->index) {
        Object *i = num_index(o);
        if (i == NULL)
            return NULL;
        double d = int_as_double(i);
        DECREF(i);
        return d == -1.0 && err_occurred() ? NULL : float_from_double(d);
    }
    return err_set(Exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                   obj_type_name(o));
}

/* ---- structural pattern matching (the match statement) ----
 *
 * The compiler calls these as constants (match_helper_new).  Each takes
 * the subject and the shape the pattern asks for, and returns the parts
 * to match next as a tuple, or None when the subject has another shape.
 * Errors in the pattern itself (bad __match_args__) raise TypeError. */

#include "dict.h"
#include "iter.h"
#include "method.h"

static Object *list_of(Object *const *items, size_t n)
{
    Object *l = list_new(n);
    for (size_t i = 0; l && i < n; i++)
        LIST_ITEMS(l)[i] = NEWREF(items[i]);
    return l;
}

/* seq(subject, n, star): a list, tuple or range (not str) of n items, or
 * of at least n-1 when item `star` is a starred pattern, which receives
 * the middle items as a list. */
static Object *match_sequence(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    Object *subject = args[0], *owned = NULL;
    int64_t n, star;
    int_to_i64(args[1], &n);
    int_to_i64(args[2], &star);
    if (!LIST_CHECK(subject) && !TUPLE_CHECK(subject) && TYPE(subject) != &Range_type)
        return NEWREF(None);
    if (!LIST_CHECK(subject) && !TUPLE_CHECK(subject)
        && (subject = owned = list_from_iterable(subject)) == NULL)
        return NULL;
    size_t len;
    Object **items = list_seq_items(subject, &len);
    Object *r = NULL;
    if (star < 0 ? (int64_t)len != n : (int64_t)len < n - 1) {
        r = NEWREF(None);
    } else if ((r = tuple_new((size_t)n)) != NULL) {
        size_t after = star < 0 ? 0 : (size_t)(n - 1 - star);
        for (int64_t i = 0; i < n; i++) {
            Object *part;
            if (i == star)
                part = list_of(items + star, len - (size_t)star - after);
            else
                part = NEWREF(items[star >= 0 && i > star ? len - (size_t)(n - i) : (size_t)i]);
            if ((TUPLE_ITEMS(r)[i] = part) == NULL) {
                CLEAR(r);
                break;
            }
        }
    }
    XDECREF(owned);
    return r;
}

/* map(subject, keys, rest): a dict holding every key; the values in key
 * order, then (when rest is true) a new dict of the other items. */
static Object *match_mapping(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    Object *subject = args[0], *keys = args[1];
    bool rest = args[2] == True;
    if (!DICT_CHECK(subject))
        return NEWREF(None);
    size_t nkeys = (size_t)VAR_SIZE(keys);
    if ((intptr_t)nkeys > dict_size(subject))
        return NEWREF(None);
    Object *seen = dict_new();
    Object *r = seen ? tuple_new(nkeys + rest) : NULL;
    for (size_t i = 0; r && i < nkeys; i++) {
        Object *key = TUPLE_ITEMS(keys)[i];
        Object *value = dict_get(seen, key);
        if (value == NULL && !err_occurred())
            value = dict_set(seen, key, None) < 0 ? NULL : dict_get(subject, key);
        else if (value) {
            err_set(Exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            value = NULL;
        }
        if (value == NULL) {
            Object *none = err_occurred() ? NULL : NEWREF(None);
            DECREF(r);
            XDECREF(seen);
            return none;
        }
        TUPLE_ITEMS(r)[i] = NEWREF(value);
    }
    if (r && rest) {
        Object *others = dict_copy(subject);
        for (size_t i = 0; others && i < nkeys; i++)
            if (dict_del(others, TUPLE_ITEMS(keys)[i]) < 0)
                CLEAR(others);
        if ((TUPLE_ITEMS(r)[nkeys] = others) == NULL)
            CLEAR(r);
    }
    XDECREF(seen);
    return r;
}

/* Types whose single positional sub-pattern matches the subject itself:
 * int(x), str(s), ... (and their subclasses without __match_args__). */
static bool matches_self(Type *t)
{
    static Type *const selfish[] = {&Bool_type, &Int_type, &Float_type, &Str_type,
                                    &List_type, &Tuple_type, &Dict_type, &Set_type,
                                    &FrozenSet_type};
    for (size_t i = 0; i < sizeof selfish / sizeof *selfish; i++)
        if (t == selfish[i] || type_is_subtype(t, selfish[i]))
            return true;
    return false;
}

/* The attribute names the positional sub-patterns of cls(...) stand for
 * (a new tuple of nargs names; None in the one-self-pattern case). */
static Object *positional_names(Type *cls, size_t nargs)
{
    if (nargs == 0)
        return tuple_new(0);
    Object *margs;
    int found = obj_lookup_attr(OBJ(cls), str_intern_cstr("__match_args__"), &margs);
    if (found < 0)
        return NULL;
    if (!found) {
        size_t allowed = matches_self(cls) ? 1 : 0;
        if (nargs > allowed)
            return err_set(Exc_TypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)",
                           type_name(cls), allowed, allowed == 1 ? "" : "s", nargs);
        return NEWREF(None);
    }
    if (!TUPLE_CHECK(margs)) {
        err_set(Exc_TypeError, "%s.__match_args__ must be a tuple (got %T)", type_name(cls), margs);
        DECREF(margs);
        return NULL;
    }
    size_t allowed = (size_t)VAR_SIZE(margs);
    if (nargs > allowed) {
        err_set(Exc_TypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)",
                type_name(cls), allowed, allowed == 1 ? "" : "s", nargs);
        DECREF(margs);
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++)
        if (!STR_CHECK(TUPLE_ITEMS(margs)[i])) {
            err_set(Exc_TypeError, "__match_args__ elements must be strings (got %T)",
                    TUPLE_ITEMS(margs)[i]);
            DECREF(margs);
            return NULL;
        }
    return margs;
}

/* cls(subject, cls, nargs, kwnames): an instance of cls; the attributes
 * named by __match_args__[:nargs] and then kwnames. */
static Object *match_class(Object *self, Object *const *args, size_t nargs_, Object *kw)
{
    Object *subject = args[0], *cls = args[1], *kwnames = args[3];
    int64_t npos;
    int_to_i64(args[2], &npos);
    if (!TYPE_FLAG(TYPE(cls), TF_TYPE_SUBCLASS))
        return err_set(Exc_TypeError, "called match pattern must be a type");
    if (!obj_is_instance_of(subject, (Type *)cls))
        return NEWREF(None);
    Object *names = positional_names((Type *)cls, (size_t)npos);
    if (names == NULL)
        return NULL;
    size_t nkw = (size_t)VAR_SIZE(kwnames), total = (size_t)npos + nkw;
    Object *r = tuple_new(total);
    for (size_t i = 0; r && i < total; i++) {
        if (names == None) {        /* int(x): x is the subject */
            TUPLE_ITEMS(r)[i] = NEWREF(subject);
            continue;
        }
        Object *name = i < (size_t)npos ? TUPLE_ITEMS(names)[i] : TUPLE_ITEMS(kwnames)[i - npos];
        for (size_t j = 0; j < i; j++) {
            Object *prev = j < (size_t)npos ? TUPLE_ITEMS(names)[j] : TUPLE_ITEMS(kwnames)[j - npos];
            if (str_equal(prev, name)) {
                err_set(Exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                        type_name((Type *)cls), name);
                CLEAR(r);
                break;
            }
        }
        Object *value = NULL;
        int found = r ? obj_lookup_attr(subject, name, &value) : -1;
        if (found <= 0) {
            Object *none = found == 0 ? NEWREF(None) : NULL;
            XDECREF(r);
            DECREF(names);
            return none;
        }
        TUPLE_ITEMS(r)[i] = value;
    }
    DECREF(names);
    return r;
}

static const MethodDef match_helpers[] = {
    [MATCH_HELPER_SEQUENCE] = {"<match sequence>", match_sequence, 0},
    [MATCH_HELPER_MAPPING] = {"<match mapping>", match_mapping, 0},
    [MATCH_HELPER_CLASS] = {"<match class>", match_class, 0},
};

Object *match_helper_new(int which)
{
    return builtin_new(&match_helpers[which], NULL);
}
