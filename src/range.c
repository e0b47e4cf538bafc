/* range.c — range objects and their iterator.
 *
 * Bounds are int64 (arguments beyond it raise OverflowError); the length
 * is computed in unsigned arithmetic so that no range whose bounds fit
 * overflows, and item k is start + k * step, also computed unsigned (it is
 * in range whenever k < len).  Ranges hold no references: not containers. */
#include "list.h"
#include "err.h"
#include "int.h"
#include "iter.h"
#include "str.h"

typedef struct {
    Object base;
    int64_t start, stop, step;
    uint64_t len;
} RangeObject;

typedef struct {
    Object base;
    int64_t start, step;
    uint64_t len, index;
} RangeIterObject;

#define R(o) ((RangeObject *)(o))

static uint64_t range_len(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0 && start < stop)
        return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    if (step < 0 && start > stop)
        return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}

static int64_t item_at(RangeObject *r, uint64_t k)
{
    return (int64_t)((uint64_t)r->start + k * (uint64_t)r->step);
}

Object *range_new_i64(int64_t start, int64_t stop, int64_t step)
{
    RangeObject *r = (RangeObject *)obj_alloc(&Range_type);
    if (!r)
        return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_len(start, stop, step);
    return OBJ(r);
}

/* An argument of range(): anything with __index__, as an int64. */
static int arg_i64(Object *o, int64_t *out)
{
    Object *i = num_index(o);
    if (!i)
        return -1;
    int64_t v = int_as_i64(i);
    DECREF(i);
    if (v == -1 && err_occurred())
        return -1;
    *out = v;
    return 0;
}

static Object *range_new_slot(Object *callable, Object *const *args, size_t nargs,
                              Object *kwnames)
{
    if (NKW(kwnames))
        return err_set(Exc_TypeError, "range() takes no keyword arguments");
    if (nargs == 0)
        return err_set(Exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return err_set(Exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    int64_t v[3] = {0, 0, 1};
    for (size_t i = 0; i < nargs; i++)
        if (arg_i64(args[i], &v[nargs == 1 ? 1 : i]) < 0)
            return NULL;
    if (v[2] == 0)
        return err_set(Exc_ValueError, "range() arg 3 must not be zero");
    return range_new_i64(v[0], v[1], v[2]);
}

static void range_dealloc(Object *self)
{
    obj_free(self);
}

static Object *range_repr(Object *self)
{
    RangeObject *r = R(self);
    if (r->step == 1)
        return str_format("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_format("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                      (long long)r->step);
}

static intptr_t range_length(Object *self)
{
    if (R(self)->len > INTPTR_MAX) {
        err_set(Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)R(self)->len;
}

static int range_to_bool(Object *self)
{
    return R(self)->len != 0;
}

/* Ranges are equal when they produce the same sequence. */
static int range_equal(RangeObject *a, RangeObject *b)
{
    if (a == b)
        return 1;
    if (a->len != b->len)
        return 0;
    if (a->len == 0)
        return 1;
    if (a->start != b->start)
        return 0;
    return a->len == 1 || a->step == b->step;
}

static Object *range_richcompare(Object *a, Object *b, CompareOp op)
{
    if (TYPE(a) != &Range_type || TYPE(b) != &Range_type || (op != CMP_EQ && op != CMP_NE))
        return NEWREF(NotImplemented);
    int r = range_equal(R(a), R(b));
    return bool_from(op == CMP_EQ ? r : !r);
}

/* hash((len, start, step)) with None for what does not matter, as CPython. */
static intptr_t range_hash(Object *self)
{
    RangeObject *r = R(self);
    Object *len = int_from_i64((int64_t)r->len);
    Object *start = r->len ? int_from_i64(r->start) : NEWREF(None);
    Object *step = r->len > 1 ? int_from_i64(r->step) : NEWREF(None);
    Object *t = len && start && step ? tuple_pack(3, len, start, step) : NULL;
    XDECREF(len);
    XDECREF(start);
    XDECREF(step);
    if (!t)
        return -1;
    intptr_t h = obj_hash(t);
    DECREF(t);
    return h;
}

/* The position of the int value v in r, or -1 when absent. */
static int64_t position_of(RangeObject *r, Object *v)
{
    int64_t x;
    if (int_to_i64(v, &x) < 0)
        return -1;
    if (r->step > 0 ? x < r->start || x >= r->stop : x > r->start || x <= r->stop)
        return -1;
    uint64_t off = r->step > 0 ? (uint64_t)x - (uint64_t)r->start
                               : (uint64_t)r->start - (uint64_t)x;
    uint64_t st = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
    return off % st ? -1 : (int64_t)(off / st);
}

static Object *range_iter(Object *self);

/* `in`: O(1) for ints and bools, a linear == search for anything else. */
static int range_contains(Object *self, Object *x)
{
    if (INT_CHECK_EXACT(x) || BOOL_CHECK(x))
        return position_of(R(self), x) >= 0;
    Object *it = range_iter(self), *y;
    if (!it)
        return -1;
    int r = 0;
    while (r == 0 && (y = obj_next(it))) {
        r = obj_richcompare_bool(y, x, CMP_EQ);
        DECREF(y);
    }
    DECREF(it);
    return r;
}

static Object *range_getitem(Object *self, Object *key)
{
    RangeObject *r = R(self);
    intptr_t i;
    int k = list_index_arg(key, &i);
    if (k > 0) {
        int64_t idx = i < 0 ? i + (int64_t)r->len : i;
        if (idx < 0 || (uint64_t)idx >= r->len)
            return err_set(Exc_IndexError, "range object index out of range");
        return int_from_i64(item_at(r, (uint64_t)idx));
    }
    if (k < 0)
        return NULL;
    if (TYPE(key) == &Slice_type) {
        intptr_t len = range_length(self);
        if (len < 0)
            return NULL;
        intptr_t start, stop, step;
        if (slice_indices(key, len, &start, &stop, &step) < 0)
            return NULL;
        return range_new_i64(r->start + (int64_t)start * r->step,
                             r->start + (int64_t)stop * r->step, r->step * (int64_t)step);
    }
    return err_set(Exc_TypeError, "range indices must be integers or slices, not %s",
                   obj_type_name(key));
}

/* ---- iterator ---- */

static Object *rangeiter_new(int64_t start, int64_t step, uint64_t len)
{
    RangeIterObject *it = (RangeIterObject *)obj_alloc(&RangeIter_type);
    if (!it)
        return NULL;
    it->start = start;
    it->step = step;
    it->len = len;
    it->index = 0;
    return OBJ(it);
}

static Object *range_iter(Object *self)
{
    return rangeiter_new(R(self)->start, R(self)->step, R(self)->len);
}

static Object *rangeiter_next(Object *self)
{
    RangeIterObject *it = (RangeIterObject *)self;
    if (it->index >= it->len)
        return NULL;
    uint64_t k = it->index++;
    return int_from_i64((int64_t)((uint64_t)it->start + k * (uint64_t)it->step));
}

static Object *self_iter(Object *self)
{
    return NEWREF(self);
}

static Object *rangeiter_length_hint(Object *self, Object *const *args, size_t nargs,
                                     Object *kwnames)
{
    RangeIterObject *it = (RangeIterObject *)self;
    return int_from_i64((int64_t)(it->len - it->index));
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0},
    {NULL, NULL, 0},
};

Type RangeIter_type = {
    .base = {1, &Type_type}, .name = "range_iterator",
    .basicsize = sizeof(RangeIterObject),
    .dealloc = range_dealloc, .iter = self_iter, .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

/* ---- methods and attributes ---- */

static Object *m_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_no_args("range.__reversed__", nargs, kwnames) < 0)
        return NULL;
    RangeObject *r = R(self);
    if (r->len == 0)
        return rangeiter_new(r->start, r->step, 0);
    return rangeiter_new(item_at(r, r->len - 1), (int64_t)(0 - (uint64_t)r->step), r->len);
}

static Object *m_index(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_one_arg("range.index", nargs, kwnames) < 0)
        return NULL;
    Object *x = args[0];
    if (INT_CHECK_EXACT(x) || BOOL_CHECK(x)) {
        int64_t pos = position_of(R(self), x);
        if (pos >= 0)
            return int_from_i64(pos);
    } else {
        Object *it = range_iter(self), *y;
        if (!it)
            return NULL;
        for (int64_t pos = 0; (y = obj_next(it)); pos++) {
            int r = obj_richcompare_bool(y, x, CMP_EQ);
            DECREF(y);
            if (r) {
                DECREF(it);
                return r < 0 ? NULL : int_from_i64(pos);
            }
        }
        DECREF(it);
    }
    return err_set(Exc_ValueError, "%R is not in range", x);
}

static Object *m_count(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_one_arg("range.count", nargs, kwnames) < 0)
        return NULL;
    Object *x = args[0];
    if (INT_CHECK_EXACT(x) || BOOL_CHECK(x))
        return int_from_i64(position_of(R(self), x) >= 0);
    Object *it = range_iter(self), *y;
    if (!it)
        return NULL;
    int64_t n = 0;
    while ((y = obj_next(it))) {
        int r = obj_richcompare_bool(y, x, CMP_EQ);
        DECREF(y);
        if (r < 0) {
            DECREF(it);
            return NULL;
        }
        n += r;
    }
    DECREF(it);
    return int_from_i64(n);
}

static Object *get_start(Object *self) { return int_from_i64(R(self)->start); }
static Object *get_stop(Object *self) { return int_from_i64(R(self)->stop); }
static Object *get_step(Object *self) { return int_from_i64(R(self)->step); }

static const GetSetDef range_getset[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef range_methods[] = {
    {"__reversed__", m_reversed, 0},
    {"index", m_index, 0},
    {"count", m_count, 0},
    {NULL, NULL, 0},
};

static const NumberSlots range_number = {
    .to_bool = range_to_bool,
};

Type Range_type = {
    .base = {1, &Type_type}, .name = "range",
    .basicsize = sizeof(RangeObject),
    .dealloc = range_dealloc, .new_ = range_new_slot,
    .repr = range_repr, .hash = range_hash, .richcompare = range_richcompare,
    .iter = range_iter, .number = &range_number, .length = range_length,
    .getitem = range_getitem, .contains = range_contains,
    .methods = range_methods, .getset = range_getset,
};

int range_init(void)
{
    if (type_ready(&Range_type) < 0 || type_ready(&RangeIter_type) < 0)
        return -1;
    return 0;
}
