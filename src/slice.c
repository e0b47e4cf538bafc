/* slice.c — slice objects and the index normalisation every sequence
 * shares.  Bounds follow CPython: missing bounds default by the sign of
 * the step, big ints clamp to the machine range (_PyEval_SliceIndex), and
 * the normalised bounds never leave [-1, length]. */
#include "list.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "str.h"

#define VISIT_REF(o) do { if (o) { int r_ = visit(OBJ(o), arg); if (r_) return r_; } } while (0)

#define SL(o) ((SliceObject *)(o))

Object *slice_new(Object *start, Object *stop, Object *step)
{
    SliceObject *s = (SliceObject *)obj_alloc(&Slice_type);
    if (!s)
        return NULL;
    s->start = NEWREF(start ? start : None);
    s->stop = NEWREF(stop ? stop : None);
    s->step = NEWREF(step ? step : None);
    gc_track(OBJ(s));
    return OBJ(s);
}

/* The step and raw bounds of a slice, defaults filled in by step sign. */
static int unpack(Object *slice, intptr_t *start, intptr_t *stop, intptr_t *step)
{
    SliceObject *s = SL(slice);
    *step = 1;
    if (slice_bound(s->step, step) < 0)
        return -1;
    if (s->step != None && *step == 0) {
        err_set(Exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    /* -step must not overflow. */
    if (*step < -INTPTR_MAX)
        *step = -INTPTR_MAX;
    *start = *step < 0 ? INTPTR_MAX : 0;
    *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
    if (slice_bound(s->start, start) < 0 || slice_bound(s->stop, stop) < 0)
        return -1;
    return 0;
}

/* Clamp the bounds to the sequence; returns the number of items. */
static intptr_t adjust(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

intptr_t slice_indices(Object *slice, intptr_t length, intptr_t *start,
                       intptr_t *stop, intptr_t *step)
{
    if (unpack(slice, start, stop, step) < 0)
        return -1;
    return adjust(length, start, stop, *step);
}

/* ---- the slice type ---- */

static void slice_dealloc(Object *self)
{
    gc_untrack(self);
    DECREF(SL(self)->start);
    DECREF(SL(self)->stop);
    DECREF(SL(self)->step);
    obj_free(self);
}

static int slice_traverse(Object *self, VisitFn visit, void *arg)
{
    VISIT_REF(SL(self)->start);
    VISIT_REF(SL(self)->stop);
    VISIT_REF(SL(self)->step);
    return 0;
}

/* Breaking a cycle leaves None behind, so the slice stays well-formed. */
static void slice_clear(Object *self)
{
    Object *a = SL(self)->start, *b = SL(self)->stop, *c = SL(self)->step;
    SL(self)->start = NEWREF(None);
    SL(self)->stop = NEWREF(None);
    SL(self)->step = NEWREF(None);
    DECREF(a);
    DECREF(b);
    DECREF(c);
}

static Object *slice_repr(Object *self)
{
    return str_format("slice(%R, %R, %R)", SL(self)->start, SL(self)->stop, SL(self)->step);
}

static Object *as_tuple(Object *self)
{
    return tuple_pack(3, SL(self)->start, SL(self)->stop, SL(self)->step);
}

/* Slices compare like the tuples (start, stop, step). */
static Object *slice_richcompare(Object *v, Object *w, CompareOp op)
{
    if (TYPE(v) != &Slice_type || TYPE(w) != &Slice_type)
        return NEWREF(NotImplemented);
    if (v == w && (op == CMP_EQ || op == CMP_NE))
        return bool_from(op == CMP_EQ);
    Object *a = as_tuple(v);
    if (!a)
        return NULL;
    Object *b = as_tuple(w);
    if (!b) {
        DECREF(a);
        return NULL;
    }
    Object *r = obj_richcompare(a, b, op);
    DECREF(a);
    DECREF(b);
    return r;
}

static Object *slice_new_slot(Object *callable, Object *const *args, size_t nargs,
                              Object *kwnames)
{
    if (NKW(kwnames))
        return err_set(Exc_TypeError, "slice() takes no keyword arguments");
    if (nargs == 0)
        return err_set(Exc_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3)
        return err_set(Exc_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1)
        return slice_new(None, args[0], None);
    return slice_new(args[0], args[1], nargs > 2 ? args[2] : None);
}

/* slice.indices(length): the bounds a sequence of that length would use. */
static Object *m_indices(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_one_arg("slice.indices", nargs, kwnames) < 0)
        return NULL;
    intptr_t len = num_as_ssize(args[0]);
    if (len == -1 && err_occurred())
        return NULL;
    if (len < 0)
        return err_set(Exc_ValueError, "length should not be negative");
    intptr_t start, stop, step;
    if (slice_indices(self, len, &start, &stop, &step) < 0)
        return NULL;
    Object *a = int_from_i64(start), *b = int_from_i64(stop), *c = int_from_i64(step);
    Object *r = a && b && c ? tuple_pack(3, a, b, c) : NULL;
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return r;
}

static Object *get_start(Object *self) { return NEWREF(SL(self)->start); }
static Object *get_stop(Object *self) { return NEWREF(SL(self)->stop); }
static Object *get_step(Object *self) { return NEWREF(SL(self)->step); }

static const GetSetDef slice_getset[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef slice_methods[] = {
    {"indices", m_indices, 0},
    {NULL, NULL, 0},
};

Type Slice_type = {
    .base = {1, &Type_type}, .name = "slice",
    .basicsize = sizeof(SliceObject), .flags = TF_GC,
    .dealloc = slice_dealloc, .traverse = slice_traverse, .clear = slice_clear,
    .new_ = slice_new_slot, .repr = slice_repr, .hash = list_unhashable,
    .richcompare = slice_richcompare,
    .methods = slice_methods, .getset = slice_getset,
};

int slice_init(void)
{
    return type_ready(&Slice_type);
}
