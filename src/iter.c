/* iter.c — the built-in iterator types: the sequence iterator (iter() of
 * an object with __getitem__), the callable iterator (iter(f, sentinel)),
 * enumerate, zip, map, filter and reversed.
 *
 * Every iterator is a container (it holds its sources), returns itself
 * from iter(), and drops its sources once exhausted so that a finished
 * iterator keeps nothing alive. */
#include "iter.h"
#include "list.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "str.h"

#define VISIT_REF(o) do { if (o) { int r_ = visit(OBJ(o), arg); if (r_) return r_; } } while (0)

static Object *self_iter(Object *self)
{
    return NEWREF(self);
}

static Object *track(Object *o)
{
    gc_track(o);
    return o;
}

/* ---- seqiter and reversed: an object and an index ---- */

typedef struct {
    Object base;
    Object *seq;        /* NULL once exhausted */
    intptr_t index;
} SeqIterObject;

#define SEQ(o) ((SeqIterObject *)(o))

static Object *seqiter_make(Type *t, Object *seq, intptr_t index)
{
    SeqIterObject *it = (SeqIterObject *)obj_alloc(t);
    if (!it)
        return NULL;
    it->seq = NEWREF(seq);
    it->index = index;
    return track(OBJ(it));
}

Object *seqiter_new(Object *seq)
{
    return seqiter_make(&SeqIter_type, seq, 0);
}

/* seq[i]: the item, or NULL with no exception when IndexError or
 * StopIteration says the sequence ended. */
static Object *item_or_end(Object *seq, intptr_t i)
{
    Object *idx = int_from_i64(i);
    if (!idx)
        return NULL;
    Object *x = obj_getitem(seq, idx);
    DECREF(idx);
    if (!x && (err_matches(Exc_IndexError) || err_matches(Exc_StopIteration)))
        err_clear();
    return x;
}

static Object *seqiter_next(Object *self)
{
    SeqIterObject *it = SEQ(self);
    if (!it->seq)
        return NULL;
    Object *x = item_or_end(it->seq, it->index);
    if (x) {
        it->index++;
        return x;
    }
    if (!err_occurred())
        CLEAR(it->seq);
    return NULL;
}

static Object *reversed_next(Object *self)
{
    SeqIterObject *it = SEQ(self);
    if (!it->seq)
        return NULL;
    if (it->index >= 0) {
        Object *x = item_or_end(it->seq, it->index);
        if (x) {
            it->index--;
            return x;
        }
        if (err_occurred())
            return NULL;
    }
    it->index = -1;
    CLEAR(it->seq);
    return NULL;
}

static void seqiter_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(SEQ(self)->seq);
    obj_free(self);
}

static int seqiter_traverse(Object *self, VisitFn visit, void *arg)
{
    VISIT_REF(SEQ(self)->seq);
    return 0;
}

static void seqiter_clear(Object *self)
{
    CLEAR(SEQ(self)->seq);
}

static Object *reversed_length_hint(Object *self, Object *const *args, size_t nargs,
                                    Object *kwnames)
{
    SeqIterObject *it = SEQ(self);
    return int_from_i64(it->seq ? it->index + 1 : 0);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0},
    {NULL, NULL, 0},
};

/* reversed(seq): seq.__reversed__() when the type defines it, else
 * len(seq) and seq[i] for sequences (not mappings). */
static Object *reversed_new_slot(Object *callable, Object *const *args, size_t nargs,
                                 Object *kwnames)
{
    if (NKW(kwnames) && (Type *)callable == &Reversed_type)
        return err_set(Exc_TypeError, "reversed() takes no keyword arguments");
    if (nargs != 1)
        return err_set(Exc_TypeError, "reversed expected 1 argument, got %zu", nargs);
    Object *seq = args[0];
    Object *rev = type_lookup(TYPE(seq), str_intern_cstr("__reversed__"));
    if (rev && rev != None)
        return obj_call_method(seq, "__reversed__", NULL, 0);
    if (rev == None || !TYPE(seq)->getitem || !TYPE(seq)->length || DICT_CHECK(seq) ||
        SET_CHECK(seq))
        return err_set(Exc_TypeError, "'%s' object is not reversible", obj_type_name(seq));
    intptr_t n = obj_length(seq);
    if (n < 0)
        return NULL;
    return seqiter_make((Type *)callable, seq, n - 1);
}

Type SeqIter_type = {
    .base = {1, &Type_type}, .name = "iterator",
    .basicsize = sizeof(SeqIterObject), .flags = TF_GC,
    .dealloc = seqiter_dealloc, .traverse = seqiter_traverse, .clear = seqiter_clear,
    .iter = self_iter, .iternext = seqiter_next,
};

Type Reversed_type = {
    .base = {1, &Type_type}, .name = "reversed",
    .basicsize = sizeof(SeqIterObject), .flags = TF_GC | TF_BASETYPE,
    .dealloc = seqiter_dealloc, .traverse = seqiter_traverse, .clear = seqiter_clear,
    .new_ = reversed_new_slot, .iter = self_iter, .iternext = reversed_next,
    .methods = reversed_methods,
};

/* ---- callable iterator ---- */

typedef struct {
    Object base;
    Object *callable;   /* NULL once exhausted */
    Object *sentinel;
} CallIterObject;

#define CALL(o) ((CallIterObject *)(o))

Object *calliter_new(Object *callable, Object *sentinel)
{
    CallIterObject *it = (CallIterObject *)obj_alloc(&CallIter_type);
    if (!it)
        return NULL;
    it->callable = NEWREF(callable);
    it->sentinel = NEWREF(sentinel);
    return track(OBJ(it));
}

static Object *calliter_next(Object *self)
{
    CallIterObject *it = CALL(self);
    if (!it->callable)
        return NULL;
    Object *x = obj_call0(it->callable);
    if (!x) {
        if (err_matches(Exc_StopIteration)) {
            err_clear();
            CLEAR(it->callable);
            CLEAR(it->sentinel);
        }
        return NULL;
    }
    int eq = obj_richcompare_bool(x, it->sentinel, CMP_EQ);
    if (eq == 0)
        return x;
    DECREF(x);
    if (eq > 0) {
        CLEAR(it->callable);
        CLEAR(it->sentinel);
    }
    return NULL;
}

static void calliter_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(CALL(self)->callable);
    XDECREF(CALL(self)->sentinel);
    obj_free(self);
}

static int calliter_traverse(Object *self, VisitFn visit, void *arg)
{
    VISIT_REF(CALL(self)->callable);
    VISIT_REF(CALL(self)->sentinel);
    return 0;
}

static void calliter_clear(Object *self)
{
    CLEAR(CALL(self)->callable);
    CLEAR(CALL(self)->sentinel);
}

Type CallIter_type = {
    .base = {1, &Type_type}, .name = "callable_iterator",
    .basicsize = sizeof(CallIterObject), .flags = TF_GC,
    .dealloc = calliter_dealloc, .traverse = calliter_traverse, .clear = calliter_clear,
    .iter = self_iter, .iternext = calliter_next,
};

/* ---- enumerate ---- */

typedef struct {
    Object base;
    Object *it;
    int64_t index;      /* used while big == NULL */
    Object *big;        /* the count as an int once past the int64 range */
} EnumerateObject;

#define ENUM(o) ((EnumerateObject *)(o))

static Object *enumerate_new_slot(Object *callable, Object *const *args, size_t nargs,
                                  Object *kwnames)
{
    static const char *const names[] = {"iterable", "start", NULL};
    Object *a[2];
    if (arg_unpack("enumerate", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    if (!a[0])
        return err_set(Exc_TypeError, "enumerate() missing required argument 'iterable'");
    Object *start = NULL;
    int64_t index = 0;
    if (a[1]) {
        if (!(start = num_index(a[1])))
            return NULL;
        if (int_to_i64(start, &index) == 0)
            CLEAR(start);
    }
    Object *it = obj_iter(a[0]);
    if (!it) {
        XDECREF(start);
        return NULL;
    }
    EnumerateObject *e = (EnumerateObject *)obj_alloc((Type *)callable);
    if (!e) {
        DECREF(it);
        XDECREF(start);
        return NULL;
    }
    e->it = it;
    e->index = index;
    e->big = start;
    return track(OBJ(e));
}

static Object *enumerate_next(Object *self)
{
    EnumerateObject *e = ENUM(self);
    if (!e->it)
        return NULL; /* cleared by the collector */
    Object *x = obj_next(e->it);
    if (!x)
        return NULL;
    Object *n;
    if (!e->big && e->index < INT64_MAX) {
        n = int_from_i64(e->index++);
    } else {
        /* Continue with arbitrary-precision ints past INT64_MAX. */
        if (!e->big && !(e->big = int_from_i64(e->index))) {
            DECREF(x);
            return NULL;
        }
        Object *one = int_from_i64(1);
        n = NEWREF(e->big);
        Object *next = one ? num_add(e->big, one) : NULL;
        XDECREF(one);
        if (!next) {
            DECREF(n);
            DECREF(x);
            return NULL;
        }
        DECREF(e->big);
        e->big = next;
    }
    if (!n) {
        DECREF(x);
        return NULL;
    }
    Object *t = tuple_new(2);
    if (!t) {
        DECREF(n);
        DECREF(x);
        return NULL;
    }
    TUPLE_ITEMS(t)[0] = n;
    TUPLE_ITEMS(t)[1] = x;
    return t;
}

static void enumerate_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(ENUM(self)->it);
    XDECREF(ENUM(self)->big);
    obj_free(self);
}

static int enumerate_traverse(Object *self, VisitFn visit, void *arg)
{
    VISIT_REF(ENUM(self)->it);
    VISIT_REF(ENUM(self)->big);
    return 0;
}

static void enumerate_clear(Object *self)
{
    CLEAR(ENUM(self)->it);
    CLEAR(ENUM(self)->big);
}

Type Enumerate_type = {
    .base = {1, &Type_type}, .name = "enumerate",
    .basicsize = sizeof(EnumerateObject), .flags = TF_GC | TF_BASETYPE,
    .dealloc = enumerate_dealloc, .traverse = enumerate_traverse,
    .clear = enumerate_clear, .new_ = enumerate_new_slot,
    .iter = self_iter, .iternext = enumerate_next,
};

/* ---- zip and map: a tuple of iterators ---- */

typedef struct {
    Object base;
    Object *iters;      /* tuple of iterators */
    Object *func;       /* map: the function; zip: NULL */
    bool strict;        /* zip(strict=True) */
} MultiIterObject;

#define MULTI(o) ((MultiIterObject *)(o))

/* A tuple holding iter(x) for each x in args[0..n). */
static Object *iter_all(Object *const *args, size_t n)
{
    Object *t = tuple_new(n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (!(TUPLE_ITEMS(t)[i] = obj_iter(args[i]))) {
            DECREF(t);
            return NULL;
        }
    }
    return t;
}

static Object *multi_make(Type *t, Object *iters, Object *func, bool strict)
{
    MultiIterObject *m = (MultiIterObject *)obj_alloc(t);
    if (!m) {
        DECREF(iters);
        return NULL;
    }
    m->iters = iters;
    m->func = func ? NEWREF(func) : NULL;
    m->strict = strict;
    return track(OBJ(m));
}

static Object *zip_new_slot(Object *callable, Object *const *args, size_t nargs,
                            Object *kwnames)
{
    bool strict = false;
    for (size_t i = 0; i < NKW(kwnames); i++) {
        Object *name = TUPLE_ITEMS(kwnames)[i];
        if (!str_equal_cstr(name, "strict"))
            return err_set(Exc_TypeError, "'%U' is an invalid keyword argument for zip()", name);
        int b = obj_is_true(args[nargs + i]);
        if (b < 0)
            return NULL;
        strict = b;
    }
    Object *iters = iter_all(args, nargs);
    return iters ? multi_make((Type *)callable, iters, NULL, strict) : NULL;
}

/* zip(strict=True) found iterator i exhausted (i > 0) or, when i == 0,
 * checks that every other iterator is exhausted too. */
static Object *zip_strict_end(MultiIterObject *z, size_t i)
{
    if (err_occurred())
        return NULL;
    if (i > 0)
        return err_set(Exc_ValueError, "zip() argument %zu is shorter than argument%s%zu",
                       i + 1, i == 1 ? " " : "s 1-", i);
    size_t n = (size_t)VAR_SIZE(z->iters);
    for (i = 1; i < n; i++) {
        Object *x = obj_next(TUPLE_ITEMS(z->iters)[i]);
        if (x) {
            DECREF(x);
            return err_set(Exc_ValueError, "zip() argument %zu is longer than argument%s%zu",
                           i + 1, i == 1 ? " " : "s 1-", i);
        }
        if (err_occurred())
            return NULL;
    }
    return NULL;
}

static Object *zip_next(Object *self)
{
    MultiIterObject *z = MULTI(self);
    size_t n = z->iters ? (size_t)VAR_SIZE(z->iters) : 0;
    if (n == 0)
        return NULL;
    Object *t = tuple_new(n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        Object *x = obj_next(TUPLE_ITEMS(z->iters)[i]);
        if (!x) {
            DECREF(t);
            return z->strict ? zip_strict_end(z, i) : NULL;
        }
        TUPLE_ITEMS(t)[i] = x;
    }
    return t;
}

static Object *map_new_slot(Object *callable, Object *const *args, size_t nargs,
                            Object *kwnames)
{
    if (NKW(kwnames) && (Type *)callable == &Map_type)
        return err_set(Exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2)
        return err_set(Exc_TypeError, "map() must have at least two arguments.");
    Object *iters = iter_all(args + 1, nargs - 1);
    return iters ? multi_make((Type *)callable, iters, args[0], false) : NULL;
}

static Object *map_next(Object *self)
{
    MultiIterObject *m = MULTI(self);
    if (!m->iters || !m->func)
        return NULL; /* cleared by the collector */
    size_t n = (size_t)VAR_SIZE(m->iters);
    Object *small[4], **argv = small;
    Object *tmp = NULL;
    if (n > 4) {
        /* A list as scratch space keeps the arguments visible to the collector. */
        if (!(tmp = list_new(n)))
            return NULL;
        argv = LIST_ITEMS(tmp);
    }
    size_t got = 0;
    Object *r = NULL;
    for (; got < n; got++)
        if (!(argv[got] = obj_next(TUPLE_ITEMS(m->iters)[got])))
            break;
    if (got == n)
        r = obj_call(m->func, argv, n, NULL);
    if (tmp) {
        DECREF(tmp); /* owns the items it holds */
    } else {
        for (size_t i = 0; i < got; i++)
            DECREF(argv[i]);
    }
    return r;
}

static void multi_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(MULTI(self)->iters);
    XDECREF(MULTI(self)->func);
    obj_free(self);
}

static int multi_traverse(Object *self, VisitFn visit, void *arg)
{
    VISIT_REF(MULTI(self)->iters);
    VISIT_REF(MULTI(self)->func);
    return 0;
}

static void multi_clear(Object *self)
{
    CLEAR(MULTI(self)->iters);
    CLEAR(MULTI(self)->func);
}

Type Zip_type = {
    .base = {1, &Type_type}, .name = "zip",
    .basicsize = sizeof(MultiIterObject), .flags = TF_GC | TF_BASETYPE,
    .dealloc = multi_dealloc, .traverse = multi_traverse, .clear = multi_clear,
    .new_ = zip_new_slot, .iter = self_iter, .iternext = zip_next,
};

Type Map_type = {
    .base = {1, &Type_type}, .name = "map",
    .basicsize = sizeof(MultiIterObject), .flags = TF_GC | TF_BASETYPE,
    .dealloc = multi_dealloc, .traverse = multi_traverse, .clear = multi_clear,
    .new_ = map_new_slot, .iter = self_iter, .iternext = map_next,
};

/* ---- filter ---- */

typedef struct {
    Object base;
    Object *func;       /* None: keep the true items */
    Object *it;
} FilterObject;

#define FILT(o) ((FilterObject *)(o))

static Object *filter_new_slot(Object *callable, Object *const *args, size_t nargs,
                               Object *kwnames)
{
    if (NKW(kwnames) && (Type *)callable == &Filter_type)
        return err_set(Exc_TypeError, "filter() takes no keyword arguments");
    if (nargs != 2)
        return err_set(Exc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    Object *it = obj_iter(args[1]);
    if (!it)
        return NULL;
    FilterObject *f = (FilterObject *)obj_alloc((Type *)callable);
    if (!f) {
        DECREF(it);
        return NULL;
    }
    f->func = NEWREF(args[0]);
    f->it = it;
    return track(OBJ(f));
}

static Object *filter_next(Object *self)
{
    FilterObject *f = FILT(self);
    Object *x;
    if (!f->it || !f->func)
        return NULL; /* cleared by the collector */
    while ((x = obj_next(f->it))) {
        int ok;
        if (f->func == None || f->func == OBJ(&Bool_type)) {
            ok = obj_is_true(x);
        } else {
            Object *r = obj_call1(f->func, x);
            ok = r ? obj_is_true(r) : -1;
            XDECREF(r);
        }
        if (ok > 0)
            return x;
        DECREF(x);
        if (ok < 0)
            return NULL;
    }
    return NULL;
}

static void filter_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(FILT(self)->func);
    XDECREF(FILT(self)->it);
    obj_free(self);
}

static int filter_traverse(Object *self, VisitFn visit, void *arg)
{
    VISIT_REF(FILT(self)->func);
    VISIT_REF(FILT(self)->it);
    return 0;
}

static void filter_clear(Object *self)
{
    CLEAR(FILT(self)->func);
    CLEAR(FILT(self)->it);
}

Type Filter_type = {
    .base = {1, &Type_type}, .name = "filter",
    .basicsize = sizeof(FilterObject), .flags = TF_GC | TF_BASETYPE,
    .dealloc = filter_dealloc, .traverse = filter_traverse, .clear = filter_clear,
    .new_ = filter_new_slot, .iter = self_iter, .iternext = filter_next,
};

int iter_init(void)
{
    Type *types[] = {
        &SeqIter_type, &CallIter_type, &Enumerate_type, &Zip_type,
        &Map_type, &Filter_type, &Reversed_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (type_ready(types[i]) < 0)
            return -1;
    return range_init();
}
