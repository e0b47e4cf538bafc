/* tuple.c — the immutable tuple, items stored inline after the header.
 *
 * tuple_new(n) returns a tuple of n NULL slots that is already tracked by
 * the collector: traverse and dealloc skip NULL slots, so the collector may
 * run while a caller is still filling it.  The empty tuple is a shared
 * singleton created by tuple_init and never freed.  The hash is CPython's
 * xxHash-based tuplehash, so sets of tuples iterate in python3's order. */
#include <stdarg.h>
#include <string.h>
#include "list.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "mem.h"
#include "str.h"

#define VISIT_REF(o) do { if (o) { int r_ = visit(OBJ(o), arg); if (r_) return r_; } } while (0)

static Object *empty_tuple;

typedef struct {
    Object base;
    Object *seq;        /* NULL once exhausted */
    intptr_t index;
} TupleIterObject;

static Object *alloc_tuple(Type *t, size_t n)
{
    Object *o = obj_alloc_var(t, n);
    if (!o)
        return NULL;
    gc_track(o);
    return o;
}

Object *tuple_new(size_t n)
{
    if (n == 0 && empty_tuple)
        return NEWREF(empty_tuple);
    return alloc_tuple(&Tuple_type, n);
}

Object *tuple_from_array(Object *const *items, size_t n)
{
    Object *t = tuple_new(n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++)
        TUPLE_ITEMS(t)[i] = NEWREF(items[i]);
    return t;
}

Object *tuple_pack(size_t n, ...)
{
    Object *t = tuple_new(n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        TUPLE_ITEMS(t)[i] = NEWREF(va_arg(ap, Object *));
    va_end(ap);
    return t;
}

Object *tuple_from_iterable(Object *it)
{
    if (TYPE(it) == &Tuple_type)
        return NEWREF(it);
    size_t n;
    Object **src = list_seq_items(it, &n);
    if (src)
        return tuple_from_array(src, n);
    Object *l = list_from_iterable(it);
    if (!l)
        return NULL;
    Object *t = list_as_tuple(l);
    DECREF(l);
    return t;
}

/* ---- life cycle ---- */

static void tuple_dealloc(Object *self)
{
    if (gc_is_tracked(self))
        gc_untrack(self);
    for (intptr_t i = VAR_SIZE(self); i-- > 0;)
        XDECREF(TUPLE_ITEMS(self)[i]);
    obj_free(self);
}

/* Last item first, as python3 (see list_traverse). */
static int tuple_traverse(Object *self, VisitFn visit, void *arg)
{
    for (intptr_t i = VAR_SIZE(self); --i >= 0;)
        VISIT_REF(TUPLE_ITEMS(self)[i]);
    return 0;
}

static void tuple_clear(Object *self)
{
    for (intptr_t i = 0; i < VAR_SIZE(self); i++)
        CLEAR(TUPLE_ITEMS(self)[i]);
}

/* ---- object protocol ---- */

static Object *tuple_repr(Object *self)
{
    intptr_t n = VAR_SIZE(self);
    if (n == 0)
        return str_from_cstr("()");
    int r = list_repr_enter(self);
    if (r)
        return r > 0 ? str_from_cstr("(...)") : NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_add_char(&sb, '(');
    for (intptr_t i = 0; i < n; i++) {
        if (i)
            sb_add(&sb, ", ", 2);
        if (sb_add_repr(&sb, TUPLE_ITEMS(self)[i]) < 0) {
            sb_discard(&sb);
            list_repr_leave(self);
            return NULL;
        }
    }
    if (n == 1)
        sb_add_char(&sb, ',');
    sb_add_char(&sb, ')');
    list_repr_leave(self);
    return sb_finish(&sb);
}

/* CPython's tuplehash (xxHash's round function over the item hashes). */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static intptr_t tuple_hash(Object *self)
{
    intptr_t n = VAR_SIZE(self);
    uint64_t acc = XXPRIME_5;
    for (intptr_t i = 0; i < n; i++) {
        intptr_t h = obj_hash(TUPLE_ITEMS(self)[i]);
        if (h == -1)
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    /* The length, mangled to keep the historical hash(()). */
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (intptr_t)acc;
}

static Object *tuple_richcompare(Object *v, Object *w, CompareOp op)
{
    if (!TUPLE_CHECK(v) || !TUPLE_CHECK(w))
        return NEWREF(NotImplemented);
    return list_seq_richcompare(v, w, op);
}

static intptr_t tuple_length(Object *self)
{
    return VAR_SIZE(self);
}

static int tuple_contains(Object *self, Object *x)
{
    for (intptr_t i = 0; i < VAR_SIZE(self); i++) {
        int r = obj_richcompare_bool(TUPLE_ITEMS(self)[i], x, CMP_EQ);
        if (r)
            return r;
    }
    return 0;
}

static Object *tuple_getitem(Object *self, Object *key)
{
    intptr_t i, n = VAR_SIZE(self);
    int k = list_index_arg(key, &i);
    if (k > 0) {
        if (i < 0)
            i += n;
        if (i < 0 || i >= n)
            return err_set(Exc_IndexError, "tuple index out of range");
        return NEWREF(TUPLE_ITEMS(self)[i]);
    }
    if (k < 0)
        return NULL;
    if (TYPE(key) == &Slice_type) {
        intptr_t start, stop, step;
        intptr_t len = slice_indices(key, n, &start, &stop, &step);
        if (len < 0)
            return NULL;
        if (len == n && step == 1 && TYPE(self) == &Tuple_type)
            return NEWREF(self);
        Object *t = tuple_new((size_t)len);
        if (!t)
            return NULL;
        for (intptr_t j = 0, s = start; j < len; j++, s += step)
            TUPLE_ITEMS(t)[j] = NEWREF(TUPLE_ITEMS(self)[s]);
        return t;
    }
    return err_set(Exc_TypeError, "tuple indices must be integers or slices, not %s",
                   obj_type_name(key));
}

/* ---- numbers: + and * ---- */

static Object *tuple_concat(Object *a, Object *b)
{
    if (!TUPLE_CHECK(a))
        return NEWREF(NotImplemented);
    if (!TUPLE_CHECK(b)) {
        if (TYPE_FLAG(TYPE(b), TF_HEAPTYPE))
            return NEWREF(NotImplemented);
        return err_set(Exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                       obj_type_name(b));
    }
    size_t an = (size_t)VAR_SIZE(a), bn = (size_t)VAR_SIZE(b);
    if (bn == 0 && TYPE(a) == &Tuple_type)
        return NEWREF(a);
    if (an == 0 && TYPE(b) == &Tuple_type)
        return NEWREF(b);
    Object *t = tuple_new(an + bn);
    if (!t)
        return NULL;
    for (size_t i = 0; i < an; i++)
        TUPLE_ITEMS(t)[i] = NEWREF(TUPLE_ITEMS(a)[i]);
    for (size_t i = 0; i < bn; i++)
        TUPLE_ITEMS(t)[an + i] = NEWREF(TUPLE_ITEMS(b)[i]);
    return t;
}

static Object *tuple_repeat(Object *a, Object *b)
{
    Object *seq = TUPLE_CHECK(a) ? a : b, *n = seq == a ? b : a;
    if (!TUPLE_CHECK(seq))
        return NEWREF(NotImplemented);
    intptr_t k;
    int r = list_repeat_count(n, &k);
    if (r <= 0)
        return r < 0 ? NULL : NEWREF(NotImplemented);
    size_t len = (size_t)VAR_SIZE(seq);
    if (k == 1 && TYPE(seq) == &Tuple_type)
        return NEWREF(seq);
    if (len && (size_t)k > SIZE_MAX / sizeof(Object *) / len)
        return err_no_memory();
    Object *t = tuple_new(len * (size_t)k);
    if (!t)
        return NULL;
    Object **dst = TUPLE_ITEMS(t);
    for (intptr_t j = 0; j < k; j++)
        for (size_t i = 0; i < len; i++)
            *dst++ = NEWREF(TUPLE_ITEMS(seq)[i]);
    return t;
}

static int tuple_to_bool(Object *self)
{
    return VAR_SIZE(self) != 0;
}

static const NumberSlots tuple_number = {
    .add = tuple_concat, .mul = tuple_repeat, .to_bool = tuple_to_bool,
};

/* ---- iterator ---- */

static Object *tuple_iter(Object *self)
{
    TupleIterObject *it = (TupleIterObject *)obj_alloc(&TupleIter_type);
    if (!it)
        return NULL;
    it->seq = NEWREF(self);
    it->index = 0;
    gc_track(OBJ(it));
    return OBJ(it);
}

static Object *tupleiter_next(Object *self)
{
    TupleIterObject *it = (TupleIterObject *)self;
    if (!it->seq)
        return NULL;
    if (it->index < VAR_SIZE(it->seq))
        return NEWREF(TUPLE_ITEMS(it->seq)[it->index++]);
    CLEAR(it->seq);
    return NULL;
}

static void tupleiter_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(((TupleIterObject *)self)->seq);
    obj_free(self);
}

static int tupleiter_traverse(Object *self, VisitFn visit, void *arg)
{
    VISIT_REF(((TupleIterObject *)self)->seq);
    return 0;
}

static void tupleiter_clear(Object *self)
{
    CLEAR(((TupleIterObject *)self)->seq);
}

static Object *self_iter(Object *self)
{
    return NEWREF(self);
}

static Object *tupleiter_length_hint(Object *self, Object *const *args, size_t nargs,
                                     Object *kwnames)
{
    TupleIterObject *it = (TupleIterObject *)self;
    return int_from_i64(it->seq ? VAR_SIZE(it->seq) - it->index : 0);
}

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0},
    {NULL, NULL, 0},
};

Type TupleIter_type = {
    .base = {1, &Type_type}, .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObject), .flags = TF_GC,
    .dealloc = tupleiter_dealloc, .traverse = tupleiter_traverse,
    .clear = tupleiter_clear, .iter = self_iter, .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

/* ---- methods ---- */

static Object *m_index(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("index", kwnames) < 0 || arg_count("index", nargs, 1, 3) < 0)
        return NULL;
    intptr_t start, stop;
    if (list_index_bounds(args, nargs, VAR_SIZE(self), &start, &stop) < 0)
        return NULL;
    for (intptr_t i = start; i < stop && i < VAR_SIZE(self); i++) {
        int r = obj_richcompare_bool(TUPLE_ITEMS(self)[i], args[0], CMP_EQ);
        if (r < 0)
            return NULL;
        if (r)
            return int_from_i64(i);
    }
    return err_set(Exc_ValueError, "tuple.index(x): x not in tuple");
}

static Object *m_count(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_one_arg("tuple.count", nargs, kwnames) < 0)
        return NULL;
    int64_t c = 0;
    for (intptr_t i = 0; i < VAR_SIZE(self); i++) {
        int r = obj_richcompare_bool(TUPLE_ITEMS(self)[i], args[0], CMP_EQ);
        if (r < 0)
            return NULL;
        c += r;
    }
    return int_from_i64(c);
}

static const MethodDef tuple_methods[] = {
    {"index", m_index, 0},
    {"count", m_count, 0},
    {NULL, NULL, 0},
};

/* tuple(iterable); a subclass gets an instance of itself holding the items. */
static Object *tuple_new_slot(Object *callable, Object *const *args, size_t nargs,
                              Object *kwnames)
{
    Type *t = (Type *)callable;
    if (NKW(kwnames) && t == &Tuple_type)
        return err_set(Exc_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1)
        return err_set(Exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    Object *items = nargs ? tuple_from_iterable(args[0]) : tuple_new(0);
    if (!items || t == &Tuple_type)
        return items;
    size_t n = (size_t)VAR_SIZE(items);
    Object *r = alloc_tuple(t, n);
    if (r)
        for (size_t i = 0; i < n; i++)
            TUPLE_ITEMS(r)[i] = NEWREF(TUPLE_ITEMS(items)[i]);
    DECREF(items);
    return r;
}

/* A tuple of atomic values can never be part of a cycle: the collector
 * stops tracking it.  A NULL item means the tuple is still being filled,
 * and may yet receive a container. */
static bool tuple_untrackable(Object *self)
{
    if (TYPE(self) != &Tuple_type)
        return false;
    for (intptr_t i = 0; i < VAR_SIZE(self); i++) {
        Object *item = TUPLE_ITEMS(self)[i];
        if (item == NULL || obj_may_be_tracked(item))
            return false;
    }
    return true;
}

Type Tuple_type = {
    .base = {1, &Type_type}, .name = "tuple",
    .basicsize = sizeof(TupleObject), .itemsize = sizeof(Object *),
    .flags = TF_GC | TF_BASETYPE | TF_TUPLE_SUBCLASS,
    .dealloc = tuple_dealloc, .traverse = tuple_traverse, .clear = tuple_clear,
    .untrackable = tuple_untrackable, .new_ = tuple_new_slot,
    .repr = tuple_repr, .hash = tuple_hash, .richcompare = tuple_richcompare,
    .iter = tuple_iter, .number = &tuple_number, .length = tuple_length,
    .getitem = tuple_getitem, .contains = tuple_contains,
    .methods = tuple_methods,
};

int tuple_init(void)
{
    if (type_ready(&Tuple_type) < 0 || type_ready(&TupleIter_type) < 0)
        return -1;
    if (!empty_tuple) {
        /* Untracked: it holds nothing, and it lives as long as the runtime. */
        empty_tuple = obj_alloc_var(&Tuple_type, 0);
        if (!empty_tuple)
            return -1;
    }
    return 0;
}
