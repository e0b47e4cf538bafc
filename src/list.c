/* list.c — the list type, its iterators, and the helpers every container
 * module shares (repr recursion guard, index conversion, argument checks).
 *
 * A list is a VarObject whose size counts the live items and an item array
 * from mem_alloc (the Boehm collector scans it).  Invariants:
 *   - items[0..size) hold owned references; slots at and beyond size are
 *     NULL (cleared on removal, so no stale pointer retains garbage);
 *   - allocated >= size; growth over-allocates like CPython's list_resize,
 *     so append is amortised O(1).
 * list_new(n) returns a tracked list of n NULL slots: traverse, clear and
 * dealloc skip NULL slots so a half-filled list is always safe. */
#include <string.h>
#include "list.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "iter.h"
#include "mem.h"
#include "str.h"

#define VISIT_REF(o) do { if (o) { int r_ = visit(OBJ(o), arg); if (r_) return r_; } } while (0)

typedef struct {
    Object base;
    Object *seq;        /* NULL once exhausted */
    intptr_t index;
} ListIterObject;

/* ---- shared helpers ---- */

/* Objects whose repr is in progress, innermost last.  Plain pointers: the
 * objects are kept alive by the reprs running on the C stack. */
static Object **repr_stack;
static size_t repr_depth, repr_cap;

int list_repr_enter(Object *o)
{
    for (size_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == o)
            return 1;
    if (repr_depth == repr_cap) {
        size_t cap = repr_cap ? repr_cap * 2 : 32;
        Object **s = mem_realloc(repr_stack, cap * sizeof *s);
        if (!s) {
            err_no_memory();
            return -1;
        }
        repr_stack = s;
        repr_cap = cap;
    }
    /* Depth is guarded by obj_repr itself; this only detects cycles. */
    repr_stack[repr_depth++] = o;
    return 0;
}

void list_repr_leave(Object *o)
{
    /* Reprs nest strictly, so o is on top; search anyway for safety. */
    for (size_t i = repr_depth; i-- > 0;) {
        if (repr_stack[i] == o) {
            memmove(&repr_stack[i], &repr_stack[i + 1],
                    (repr_depth - i - 1) * sizeof *repr_stack);
            /* The vacated top slot must not keep a stale pointer for a
             * conservative collector to follow (the Boehm build scans this
             * array: an object that later reuses the address would be
             * retained). */
            repr_stack[--repr_depth] = NULL;
            return;
        }
    }
}

intptr_t list_length_hint(Object *o, intptr_t dflt)
{
    if (!TYPE(o)->length)
        return dflt;
    intptr_t n = TYPE(o)->length(o);
    if (n < 0) {
        err_clear();
        return dflt;
    }
    return n;
}

static bool has_index(Object *o)
{
    return INT_CHECK(o) || (TYPE(o)->number && TYPE(o)->number->index);
}

int list_index_arg(Object *key, intptr_t *out)
{
    if (!has_index(key))
        return 0;
    intptr_t i = num_as_ssize(key);
    if (i == -1 && err_occurred()) {
        /* CPython reports an index too large for a machine word as IndexError. */
        if (err_matches(Exc_OverflowError)) {
            err_clear();
            err_set(Exc_IndexError, "cannot fit '%s' into an index-sized integer",
                    obj_type_name(key));
        }
        return -1;
    }
    *out = i;
    return 1;
}

int slice_bound(Object *v, intptr_t *out)
{
    if (v == None)
        return 0;
    if (!has_index(v)) {
        err_set(Exc_TypeError,
                "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Object *i = num_index(v);
    if (!i)
        return -1;
    int64_t x;
    if (int_to_i64(i, &x) == 0 && x >= INTPTR_MIN && x <= INTPTR_MAX)
        *out = (intptr_t)x;
    else
        *out = int_sign(i) < 0 ? INTPTR_MIN : INTPTR_MAX;
    DECREF(i);
    return 0;
}

int list_check_one_arg(const char *qualname, size_t nargs, Object *kwnames)
{
    if (NKW(kwnames)) {
        err_set(Exc_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    if (nargs != 1) {
        err_set(Exc_TypeError, "%s() takes exactly one argument (%zu given)",
                qualname, nargs);
        return -1;
    }
    return 0;
}

int list_check_no_args(const char *qualname, size_t nargs, Object *kwnames)
{
    if (NKW(kwnames)) {
        err_set(Exc_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    if (nargs) {
        err_set(Exc_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
        return -1;
    }
    return 0;
}

intptr_t list_unhashable(Object *o)
{
    err_set(Exc_TypeError, "unhashable type: '%s'", obj_type_name(o));
    return -1;
}

Object **list_seq_items(Object *seq, size_t *n)
{
    /* An empty list may have no array: NULL must keep meaning "not a
     * list or tuple". */
    static Object *no_items[1];
    if (LIST_CHECK(seq)) {
        *n = (size_t)VAR_SIZE(seq);
        return LIST_ITEMS(seq) ? LIST_ITEMS(seq) : no_items;
    }
    if (TUPLE_CHECK(seq)) {
        *n = (size_t)VAR_SIZE(seq);
        return TUPLE_ITEMS(seq);
    }
    return NULL;
}

/* ---- storage ---- */

#define L(o) ((ListObject *)(o))

/* Make room for newsize items and set the size; new slots are NULL.
 * Over-allocates like CPython (about 12.5% plus a little) on growth and
 * gives memory back when the list shrinks below half its capacity. */
static int list_resize(ListObject *l, size_t newsize)
{
    size_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->base.size = (intptr_t)newsize;
        return 0;
    }
    size_t cur = (size_t)l->base.size;
    size_t newalloc = (newsize + (newsize >> 3) + 6) & ~(size_t)3;
    if (newsize > cur && newsize - cur > newalloc - newsize)
        newalloc = (newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        newalloc = 0;
    if (newalloc > SIZE_MAX / sizeof(Object *)) {
        err_no_memory();
        return -1;
    }
    Object **items;
    if (newalloc == 0) {
        mem_free(l->items);
        items = NULL;
    } else {
        items = mem_realloc(l->items, newalloc * sizeof(Object *));
        if (!items) {
            err_no_memory();
            return -1;
        }
    }
    /* mem_realloc leaves new bytes undefined: keep the NULL-beyond-size
     * invariant. */
    size_t keep = cur < newalloc ? cur : newalloc;
    if (newalloc > keep)
        memset(items + keep, 0, (newalloc - keep) * sizeof(Object *));
    l->items = items;
    l->allocated = newalloc;
    l->base.size = (intptr_t)newsize;
    return 0;
}

/* Shrinking cannot fail for real: if giving memory back fails, keep it. */
static void shrink(ListObject *l, size_t newsize)
{
    if (list_resize(l, newsize) < 0) {
        err_clear();
        l->base.size = (intptr_t)newsize;
    }
}

static ListObject *alloc_list(Type *t, size_t n)
{
    ListObject *l = (ListObject *)obj_alloc(t);
    if (!l)
        return NULL;
    if (n) {
        if (n > SIZE_MAX / sizeof(Object *) ||
            !(l->items = mem_alloc(n * sizeof(Object *)))) {
            obj_free(OBJ(l));
            err_no_memory();
            return NULL;
        }
    }
    l->allocated = n;
    l->base.size = (intptr_t)n;
    return l;
}

Object *list_new(size_t n)
{
    ListObject *l = alloc_list(&List_type, n);
    if (!l)
        return NULL;
    gc_track(OBJ(l));
    return OBJ(l);
}

int list_append(Object *self, Object *item)
{
    ListObject *l = L(self);
    size_t n = (size_t)l->base.size;
    if (n < l->allocated) {
        l->items[n] = NEWREF(item);
        l->base.size = (intptr_t)n + 1;
        return 0;
    }
    if (list_resize(l, n + 1) < 0)
        return -1;
    l->items[n] = NEWREF(item);
    return 0;
}

/* Replace items [lo, hi) by the n items of v (borrowed array, may alias
 * the list itself: callers copy first in that case). */
static int list_replace(ListObject *l, size_t lo, size_t hi, Object *const *v, size_t n)
{
    size_t size = (size_t)l->base.size, d = hi - lo;
    /* The removed items wait here; a few fit on the C stack (scanned by
     * the Boehm collector like the heap). */
    Object *small[8], **old = small;
    if (d > 8 && !(old = mem_alloc(d * sizeof(Object *)))) {
        err_no_memory();
        return -1;
    }
    if (d)
        memcpy(old, l->items + lo, d * sizeof(Object *));
    if (n > d) {
        if (list_resize(l, size + n - d) < 0) {
            if (old != small)
                mem_free(old);
            return -1;
        }
        memmove(l->items + lo + n, l->items + hi, (size - hi) * sizeof(Object *));
    } else if (n < d) {
        memmove(l->items + lo + n, l->items + hi, (size - hi) * sizeof(Object *));
        memset(l->items + size - (d - n), 0, (d - n) * sizeof(Object *));
        shrink(l, size - (d - n));
    }
    for (size_t i = 0; i < n; i++)
        l->items[lo + i] = NEWREF(v[i]);
    /* Decref the removed items last: their destructors may look at the list. */
    for (size_t i = 0; i < d; i++)
        DECREF(old[i]);
    if (old != small)
        mem_free(old);
    return 0;
}

int list_extend(Object *self, Object *iterable)
{
    size_t n;
    Object **src = list_seq_items(iterable, &n);
    if (src) {
        ListObject *l = L(self);
        size_t size = (size_t)l->base.size;
        if (n == 0)
            return 0;
        if (list_resize(l, size + n) < 0)
            return -1;
        /* src may be the list itself: re-read after the resize. */
        src = list_seq_items(iterable, &n);
        if (iterable == self)
            n = size;
        for (size_t i = 0; i < n; i++)
            l->items[size + i] = NEWREF(src[i]);
        return 0;
    }
    Object *it = obj_iter(iterable);
    if (!it)
        return -1;
    Object *x;
    while ((x = obj_next(it))) {
        int r = list_append(self, x);
        DECREF(x);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

Object *list_from_iterable(Object *it)
{
    size_t n;
    Object **src = list_seq_items(it, &n);
    if (src) {
        Object *l = list_new(n);
        if (!l)
            return NULL;
        for (size_t i = 0; i < n; i++)
            LIST_ITEMS(l)[i] = NEWREF(src[i]);
        return l;
    }
    Object *l = list_new(0);
    if (!l)
        return NULL;
    /* Preallocate from the length hint, within reason: it is only a hint. */
    intptr_t hint = list_length_hint(it, 0);
    if (hint > 0) {
        if (list_resize(L(l), (size_t)(hint < (1 << 20) ? hint : (1 << 20))) == 0)
            L(l)->base.size = 0;
        else
            err_clear();
    }
    if (list_extend(l, it) < 0) {
        DECREF(l);
        return NULL;
    }
    return l;
}

Object *list_as_tuple(Object *l)
{
    return tuple_from_array(LIST_ITEMS(l), (size_t)VAR_SIZE(l));
}

/* ---- life cycle ---- */

static void list_clear_items(Object *self)
{
    ListObject *l = L(self);
    Object **items = l->items;
    size_t n = (size_t)l->base.size;
    /* Detach first: decrefs below may run code that looks at the list. */
    l->items = NULL;
    l->base.size = 0;
    l->allocated = 0;
    while (n-- > 0)
        XDECREF(items[n]);
    mem_free(items);
}

static void list_dealloc(Object *self)
{
    gc_untrack(self);
    list_clear_items(self);
    obj_free(self);
}

/* Last item first, as python3: gc.get_referents() lists them in that
 * order, and the collector's order of finalization follows it. */
static int list_traverse(Object *self, VisitFn visit, void *arg)
{
    ListObject *l = L(self);
    for (intptr_t i = l->base.size; --i >= 0;)
        VISIT_REF(l->items[i]);
    return 0;
}

/* ---- object protocol ---- */

static Object *list_repr(Object *self)
{
    if (VAR_SIZE(self) == 0)
        return str_from_cstr("[]");
    int r = list_repr_enter(self);
    if (r)
        return r > 0 ? str_from_cstr("[...]") : NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_add_char(&sb, '[');
    /* The size is re-read every round: an item's repr may mutate the list. */
    for (intptr_t i = 0; i < VAR_SIZE(self); i++) {
        if (i)
            sb_add(&sb, ", ", 2);
        Object *x = NEWREF(LIST_ITEMS(self)[i]);
        int e = sb_add_repr(&sb, x);
        DECREF(x);
        if (e < 0) {
            sb_discard(&sb);
            list_repr_leave(self);
            return NULL;
        }
    }
    sb_add_char(&sb, ']');
    list_repr_leave(self);
    return sb_finish(&sb);
}

/* Lexicographic comparison shared with tuple: items are compared by EQ
 * until the first difference, then by op.  The lengths are re-read each
 * round because an __eq__ may mutate a list. */
Object *list_seq_richcompare(Object *v, Object *w, CompareOp op)
{
    size_t vn, wn;
    if (!list_seq_items(v, &vn) || !list_seq_items(w, &wn))
        return NEWREF(NotImplemented);
    if (vn != wn && (op == CMP_EQ || op == CMP_NE))
        return bool_from(op == CMP_NE);
    size_t i;
    for (i = 0;; i++) {
        Object **vi = list_seq_items(v, &vn), **wi = list_seq_items(w, &wn);
        if (i >= vn || i >= wn)
            break;
        Object *a = NEWREF(vi[i]), *b = NEWREF(wi[i]);
        int k = obj_richcompare_bool(a, b, CMP_EQ);
        if (k <= 0) {
            Object *res = k < 0 ? NULL
                : op == CMP_EQ ? bool_from(false)
                : op == CMP_NE ? bool_from(true)
                : obj_richcompare(a, b, op);
            DECREF(a);
            DECREF(b);
            return res;
        }
        DECREF(a);
        DECREF(b);
    }
    bool r;
    switch (op) {
    case CMP_LT: r = vn < wn; break;
    case CMP_LE: r = vn <= wn; break;
    case CMP_EQ: r = vn == wn; break;
    case CMP_NE: r = vn != wn; break;
    case CMP_GT: r = vn > wn; break;
    default: r = vn >= wn; break;
    }
    return bool_from(r);
}

static Object *list_richcompare(Object *v, Object *w, CompareOp op)
{
    if (!LIST_CHECK(v) || !LIST_CHECK(w))
        return NEWREF(NotImplemented);
    return list_seq_richcompare(v, w, op);
}

static intptr_t list_length(Object *self)
{
    return VAR_SIZE(self);
}

static int list_contains(Object *self, Object *x)
{
    for (intptr_t i = 0; i < VAR_SIZE(self); i++) {
        Object *item = NEWREF(LIST_ITEMS(self)[i]);
        int r = obj_richcompare_bool(item, x, CMP_EQ);
        DECREF(item);
        if (r)
            return r;
    }
    return 0;
}

static Object *list_slice(Object *self, intptr_t start, intptr_t step, intptr_t n)
{
    Object *r = list_new((size_t)n);
    if (!r)
        return NULL;
    for (intptr_t i = 0, j = start; i < n; i++, j += step)
        LIST_ITEMS(r)[i] = NEWREF(LIST_ITEMS(self)[j]);
    return r;
}

static Object *list_getitem(Object *self, Object *key)
{
    intptr_t i;
    int k = list_index_arg(key, &i);
    if (k > 0) {
        if (i < 0)
            i += VAR_SIZE(self);
        if (i < 0 || i >= VAR_SIZE(self))
            return err_set(Exc_IndexError, "list index out of range");
        return NEWREF(LIST_ITEMS(self)[i]);
    }
    if (k < 0)
        return NULL;
    if (TYPE(key) == &Slice_type) {
        intptr_t start, stop, step;
        intptr_t n = slice_indices(key, VAR_SIZE(self), &start, &stop, &step);
        if (n < 0)
            return NULL;
        return list_slice(self, start, step, n);
    }
    return err_set(Exc_TypeError, "list indices must be integers or slices, not %s",
                   obj_type_name(key));
}

/* Delete the n items start, start+step, ... (step > 0 after normalising). */
static void list_del_extended(ListObject *l, intptr_t start, intptr_t step, intptr_t n)
{
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    Object **gone = mem_alloc((size_t)n * sizeof(Object *));
    size_t size = (size_t)l->base.size, w = (size_t)start, k = 0;
    for (size_t r = (size_t)start; r < size; r++) {
        if (k < (size_t)n && r == (size_t)(start + (intptr_t)k * step)) {
            if (gone)
                gone[k] = l->items[r];
            else
                DECREF(l->items[r]); /* out of memory: decref in place */
            k++;
        } else {
            l->items[w++] = l->items[r];
        }
    }
    memset(l->items + w, 0, (size - w) * sizeof(Object *));
    l->base.size = (intptr_t)w;
    if (gone) {
        for (size_t i = 0; i < k; i++)
            DECREF(gone[i]);
        mem_free(gone);
    }
}

static int list_ass_slice(Object *self, Object *key, Object *value)
{
    ListObject *l = L(self);
    intptr_t start, stop, step;
    intptr_t n = slice_indices(key, l->base.size, &start, &stop, &step);
    if (n < 0)
        return -1;
    if (!value) {
        if (step == 1)
            return list_replace(l, (size_t)start, (size_t)(start + n), NULL, 0);
        if (n > 0)
            list_del_extended(l, start, step, n);
        return 0;
    }
    /* Snapshot the new items: value may be the list itself or a lazy iterable. */
    Object *seq;
    size_t vn = 0;
    if ((TUPLE_CHECK(value) || LIST_CHECK(value)) && value != self) {
        seq = NEWREF(value);
    } else {
        if (!list_seq_items(value, &vn) && !TYPE(value)->iter) {
            err_set(Exc_TypeError, step == 1 ? "can only assign an iterable"
                                             : "must assign iterable to extended slice");
            return -1;
        }
        seq = list_from_iterable(value);
        if (!seq)
            return -1;
    }
    Object **v = list_seq_items(seq, &vn);
    int r = 0;
    if (step == 1) {
        if (stop < start)
            stop = start;
        r = list_replace(l, (size_t)start, (size_t)start + (size_t)n, v, vn);
    } else if ((intptr_t)vn != n) {
        err_set(Exc_ValueError,
                "attempt to assign sequence of size %zu to extended slice of size %zd",
                vn, n);
        r = -1;
    } else {
        /* Decref the replaced items only after every slot is set: a
         * destructor could otherwise mutate either list mid-way. */
        Object *small[8], **old = small;
        if (n > 8 && !(old = mem_alloc((size_t)n * sizeof(Object *)))) {
            err_no_memory();
            r = -1;
        } else {
            for (intptr_t i = 0, j = start; i < n; i++, j += step) {
                old[i] = l->items[j];
                l->items[j] = NEWREF(v[i]);
            }
            for (intptr_t i = 0; i < n; i++)
                DECREF(old[i]);
            if (old != small)
                mem_free(old);
        }
    }
    DECREF(seq);
    return r;
}

static int list_setitem(Object *self, Object *key, Object *value)
{
    intptr_t i;
    int k = list_index_arg(key, &i);
    if (k < 0)
        return -1;
    if (k > 0) {
        ListObject *l = L(self);
        if (i < 0)
            i += l->base.size;
        if (i < 0 || i >= l->base.size) {
            err_set(Exc_IndexError, "list assignment index out of range");
            return -1;
        }
        if (!value)
            return list_replace(l, (size_t)i, (size_t)i + 1, NULL, 0);
        Object *old = l->items[i];
        l->items[i] = NEWREF(value);
        DECREF(old);
        return 0;
    }
    if (TYPE(key) == &Slice_type)
        return list_ass_slice(self, key, value);
    err_set(Exc_TypeError, "list indices must be integers or slices, not %s",
            obj_type_name(key));
    return -1;
}

/* ---- iterators ---- */

static Object *listiter_new(Type *t, Object *seq, intptr_t index)
{
    ListIterObject *it = (ListIterObject *)obj_alloc(t);
    if (!it)
        return NULL;
    it->seq = NEWREF(seq);
    it->index = index;
    gc_track(OBJ(it));
    return OBJ(it);
}

static Object *list_iter(Object *self)
{
    return listiter_new(&ListIter_type, self, 0);
}

static Object *listiter_next(Object *self)
{
    ListIterObject *it = (ListIterObject *)self;
    if (!it->seq)
        return NULL;
    if (it->index < VAR_SIZE(it->seq))
        return NEWREF(LIST_ITEMS(it->seq)[it->index++]);
    CLEAR(it->seq);
    return NULL;
}

static Object *listreviter_next(Object *self)
{
    ListIterObject *it = (ListIterObject *)self;
    if (!it->seq)
        return NULL;
    if (it->index >= 0 && it->index < VAR_SIZE(it->seq))
        return NEWREF(LIST_ITEMS(it->seq)[it->index--]);
    CLEAR(it->seq);
    return NULL;
}

static void listiter_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(((ListIterObject *)self)->seq);
    obj_free(self);
}

static int listiter_traverse(Object *self, VisitFn visit, void *arg)
{
    VISIT_REF(((ListIterObject *)self)->seq);
    return 0;
}

static void listiter_clear(Object *self)
{
    CLEAR(((ListIterObject *)self)->seq);
}

static Object *self_iter(Object *self)
{
    return NEWREF(self);
}

static Object *listiter_length_hint(Object *self, Object *const *args, size_t nargs,
                                    Object *kwnames)
{
    ListIterObject *it = (ListIterObject *)self;
    intptr_t n = 0;
    if (it->seq) {
        n = TYPE(self) == &ListRevIter_type ? it->index + 1 : VAR_SIZE(it->seq) - it->index;
        if (n < 0)
            n = 0;
    }
    return int_from_i64(n);
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0},
    {NULL, NULL, 0},
};

Type ListIter_type = {
    .base = {1, &Type_type}, .name = "list_iterator",
    .basicsize = sizeof(ListIterObject), .flags = TF_GC,
    .dealloc = listiter_dealloc, .traverse = listiter_traverse, .clear = listiter_clear,
    .iter = self_iter, .iternext = listiter_next, .methods = listiter_methods,
};

Type ListRevIter_type = {
    .base = {1, &Type_type}, .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObject), .flags = TF_GC,
    .dealloc = listiter_dealloc, .traverse = listiter_traverse, .clear = listiter_clear,
    .iter = self_iter, .iternext = listreviter_next, .methods = listiter_methods,
};

/* ---- numbers: + * += *= ---- */

static Object *list_concat(Object *a, Object *b)
{
    if (!LIST_CHECK(a))
        return NEWREF(NotImplemented);
    if (!LIST_CHECK(b)) {
        /* Leave the door open to a user type's __radd__. */
        if (TYPE_FLAG(TYPE(b), TF_HEAPTYPE))
            return NEWREF(NotImplemented);
        return err_set(Exc_TypeError, "can only concatenate list (not \"%s\") to list",
                       obj_type_name(b));
    }
    size_t an = (size_t)VAR_SIZE(a), bn = (size_t)VAR_SIZE(b);
    Object *r = list_new(an + bn);
    if (!r)
        return NULL;
    for (size_t i = 0; i < an; i++)
        LIST_ITEMS(r)[i] = NEWREF(LIST_ITEMS(a)[i]);
    for (size_t i = 0; i < bn; i++)
        LIST_ITEMS(r)[an + i] = NEWREF(LIST_ITEMS(b)[i]);
    return r;
}

/* The repeat count of seq * n, shared with tuple: 1 ok, 0 NotImplemented
 * (n is a user type that may implement __rmul__), -1 error. */
int list_repeat_count(Object *n, intptr_t *out)
{
    if (!has_index(n)) {
        if (TYPE_FLAG(TYPE(n), TF_HEAPTYPE))
            return 0;
        err_set(Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                obj_type_name(n));
        return -1;
    }
    intptr_t k = num_as_ssize(n);
    if (k == -1 && err_occurred()) {
        /* too big a count is python3's OverflowError, not the IndexError
         * num_as_ssize reports for subscripts */
        if (err_matches(Exc_IndexError)) {
            err_clear();
            err_set(Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    *out = k < 0 ? 0 : k;
    return 1;
}

static Object *list_repeat(Object *a, Object *b)
{
    Object *seq = LIST_CHECK(a) ? a : b, *n = seq == a ? b : a;
    if (!LIST_CHECK(seq))
        return NEWREF(NotImplemented);
    intptr_t k;
    int r = list_repeat_count(n, &k);
    if (r <= 0)
        return r < 0 ? NULL : NEWREF(NotImplemented);
    size_t len = (size_t)VAR_SIZE(seq);
    if (len && (size_t)k > SIZE_MAX / sizeof(Object *) / len)
        return err_no_memory();
    Object *res = list_new(len * (size_t)k);
    if (!res)
        return NULL;
    Object **dst = LIST_ITEMS(res);
    for (intptr_t j = 0; j < k; j++)
        for (size_t i = 0; i < len; i++)
            *dst++ = NEWREF(LIST_ITEMS(seq)[i]);
    return res;
}

static Object *list_inplace_concat(Object *a, Object *b)
{
    if (!LIST_CHECK(a))
        return NEWREF(NotImplemented);
    if (list_extend(a, b) < 0)
        return NULL;
    return NEWREF(a);
}

static Object *list_inplace_repeat(Object *a, Object *b)
{
    if (!LIST_CHECK(a))
        return NEWREF(NotImplemented);
    intptr_t k;
    int r = list_repeat_count(b, &k);
    if (r <= 0)
        return r < 0 ? NULL : NEWREF(NotImplemented);
    ListObject *l = L(a);
    size_t len = (size_t)l->base.size;
    if (k == 0 || len == 0) {
        list_clear_items(a);
        return NEWREF(a);
    }
    if ((size_t)k > SIZE_MAX / sizeof(Object *) / len)
        return err_no_memory();
    if (list_resize(l, len * (size_t)k) < 0)
        return NULL;
    for (size_t j = 1; j < (size_t)k; j++)
        for (size_t i = 0; i < len; i++)
            l->items[j * len + i] = NEWREF(l->items[i]);
    return NEWREF(a);
}

static int list_to_bool(Object *self)
{
    return VAR_SIZE(self) != 0;
}

static const NumberSlots list_number = {
    .add = list_concat, .mul = list_repeat,
    .inplace_add = list_inplace_concat, .inplace_mul = list_inplace_repeat,
    .to_bool = list_to_bool,
};

/* ---- sorting ---- */

/* A stable merge sort over (key, value) pairs.  Comparison uses
 * obj_richcompare_bool(a, b, CMP_LT) unless every key is an int that fits a
 * machine word, a float, or a str, where a direct comparison gives the same
 * answer faster.  On a comparison error the sort stops but the array stays
 * a permutation of its input, so no item is lost or duplicated. */
typedef struct {
    Object *key, *value;
    union {
        int64_t i;      /* KEYS_INT: the key's value */
        double d;       /* KEYS_FLOAT */
        struct {        /* KEYS_STR: UTF-8 bytes compare in code point order */
            const char *s;
            size_t n;
        } str;
    } fast;
} SortPair;

typedef enum { KEYS_GENERIC, KEYS_INT, KEYS_FLOAT, KEYS_STR } KeyKind;

typedef struct {
    KeyKind kind;
    bool failed;
} SortState;

static KeyKind classify_keys(SortPair *p, size_t n)
{
    KeyKind k = KEYS_GENERIC;
    if (n == 0)
        return k;
    int64_t dummy;
    if (INT_CHECK_EXACT(p[0].key))
        k = KEYS_INT;
    else if (TYPE(p[0].key) == &Float_type)
        k = KEYS_FLOAT;
    else if (STR_CHECK_EXACT(p[0].key))
        k = KEYS_STR;
    else
        return KEYS_GENERIC;
    for (size_t i = 0; i < n; i++) {
        Object *x = p[i].key;
        if (k == KEYS_INT ? !INT_CHECK_EXACT(x) || int_to_i64(x, &dummy) < 0
            : k == KEYS_FLOAT ? TYPE(x) != &Float_type
            : !STR_CHECK_EXACT(x))
            return KEYS_GENERIC;
    }
    return k;
}

/* Cache the machine values of int, float and str keys for less(). */
static void fill_fast_keys(KeyKind kind, SortPair *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (kind == KEYS_INT)
            int_to_i64(p[i].key, &p[i].fast.i);
        else if (kind == KEYS_FLOAT)
            p[i].fast.d = float_value(p[i].key);
        else if (kind == KEYS_STR) {
            p[i].fast.str.s = str_utf8(p[i].key);
            p[i].fast.str.n = str_nbytes(p[i].key);
        }
    }
}

/* a < b: 1, 0, or -1 with st->failed set. */
static int less(SortState *st, const SortPair *a, const SortPair *b)
{
    switch (st->kind) {
    case KEYS_INT:
        return a->fast.i < b->fast.i;
    case KEYS_FLOAT:
        return a->fast.d < b->fast.d;
    case KEYS_STR: {
        size_t n = a->fast.str.n < b->fast.str.n ? a->fast.str.n : b->fast.str.n;
        int c = memcmp(a->fast.str.s, b->fast.str.s, n);
        return c < 0 || (c == 0 && a->fast.str.n < b->fast.str.n);
    }
    default:
        break;
    }
    int r = obj_richcompare_bool(a->key, b->key, CMP_LT);
    if (r < 0)
        st->failed = true;
    return r;
}

static void reverse_pairs(SortPair *p, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        SortPair t = p[i];
        p[i] = p[j - 1];
        p[j - 1] = t;
    }
}

/* The length of the run starting at p: non-descending, or strictly
 * descending (*desc; reversing it keeps the sort stable).  The same
 * comparisons as CPython's count_run, so that side effects of __lt__
 * show up in python3's order. */
static size_t count_run(SortState *st, SortPair *p, size_t n, bool *desc)
{
    *desc = false;
    if (n == 1)
        return 1;
    size_t k = 2;
    int r = less(st, &p[1], &p[0]);
    if (r < 0)
        return 1;
    if (r) {
        *desc = true;
        while (k < n && (r = less(st, &p[k], &p[k - 1])) > 0)
            k++;
    } else {
        while (k < n && (r = less(st, &p[k], &p[k - 1])) == 0)
            k++;
    }
    return r < 0 ? 1 : k;
}

/* Extend the sorted prefix p[0..start) to p[0..n) by binary insertion
 * after equal keys (CPython's binarysort). */
static void binary_sort(SortState *st, SortPair *p, size_t n, size_t start)
{
    if (start == 0)
        start = 1;
    for (; start < n && !st->failed; start++) {
        SortPair pivot = p[start];
        size_t l = 0, r = start;
        do {
            size_t m = l + ((r - l) >> 1);
            int c = less(st, &pivot, &p[m]);
            if (c < 0)
                return; /* nothing moved yet: still a permutation */
            if (c)
                r = m;
            else
                l = m + 1;
        } while (l < r);
        memmove(p + l + 1, p + l, (start - l) * sizeof *p);
        p[l] = pivot;
    }
}

/* Merge the sorted runs p[0..h) and p[h..n) through tmp.  After an error
 * the rest is copied unmerged, keeping a permutation. */
static void merge_runs(SortState *st, SortPair *p, size_t h, size_t n, SortPair *tmp)
{
    if (st->failed || h == 0 || h == n)
        return;
    memcpy(tmp, p, h * sizeof *p);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        int r = st->failed ? 0 : less(st, &p[j], &tmp[i]);
        if (r > 0)
            p[k++] = p[j++];
        else
            p[k++] = tmp[i++];
    }
    while (i < h)
        p[k++] = tmp[i++];
}

/* CPython's minimum run length: n itself below 64, else in [32, 64]. */
static size_t compute_minrun(size_t n)
{
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* A timsort without galloping: natural runs extended to minrun by binary
 * insertion, exactly as CPython (so lists under 64 items see python3's
 * exact comparison sequence), then merged bottom-up. */
static void tim_sort(SortState *st, SortPair *p, SortPair *tmp, size_t n)
{
    if (n < 2)
        return;
    size_t minrun = compute_minrun(n);
    size_t *runs = mem_alloc_atomic((n / minrun + 2) * sizeof *runs);
    if (!runs) {
        st->failed = true;
        err_no_memory();
        return;
    }
    size_t nruns = 0, lo = 0;
    while (lo < n && !st->failed) {
        bool desc;
        size_t k = count_run(st, p + lo, n - lo, &desc);
        if (desc)
            reverse_pairs(p + lo, k);
        if (k < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            binary_sort(st, p + lo, force, k);
            k = force;
        }
        runs[nruns++] = lo;
        lo += k;
    }
    runs[nruns] = n;
    /* Merge neighbouring runs pairwise until one is left. */
    while (nruns > 1 && !st->failed) {
        size_t w = 0;
        for (size_t i = 0; i < nruns; i += 2) {
            if (i + 1 < nruns)
                merge_runs(st, p + runs[i], runs[i + 1] - runs[i], runs[i + 2] - runs[i], tmp);
            runs[w++] = runs[i];
        }
        runs[w] = n;
        nruns = w;
    }
    mem_free(runs);
}

/* Compute the keys, sort, and write the values back into items[0..n). */
static int sort_items(Object **items, size_t n, Object *key, bool reverse)
{
    SortPair *p = mem_alloc(n * 2 * sizeof *p + 1);
    if (!p) {
        err_no_memory();
        return -1;
    }
    size_t nkeys = 0;
    int r = 0;
    for (; nkeys < n; nkeys++) {
        p[nkeys].value = items[nkeys];
        p[nkeys].key = key ? obj_call1(key, items[nkeys]) : items[nkeys];
        if (!p[nkeys].key) {
            r = -1;
            break;
        }
    }
    if (r == 0) {
        SortState st = {classify_keys(p, n), false};
        fill_fast_keys(st.kind, p, n);
        /* Reverse before and after so equal keys keep their order. */
        if (reverse)
            reverse_pairs(p, n);
        tim_sort(&st, p, p + n, n);
        if (reverse)
            reverse_pairs(p, n);
        r = st.failed ? -1 : 0;
        for (size_t i = 0; i < n; i++)
            items[i] = p[i].value;
    }
    if (key)
        for (size_t i = 0; i < nkeys; i++)
            DECREF(p[i].key);
    mem_free(p);
    return r;
}

int list_sort(Object *self, Object *key, bool reverse)
{
    if (key == None)
        key = NULL;
    ListObject *l = L(self);
    /* Take the items out while sorting: key functions and comparisons see an
     * empty list, and any change they make is detected afterwards. */
    Object **items = l->items;
    size_t n = (size_t)l->base.size, alloc = l->allocated;
    l->items = NULL;
    l->base.size = 0;
    l->allocated = 0;
    int r = sort_items(items, n, key, reverse);
    bool modified = l->items != NULL || l->base.size != 0;
    if (modified)
        list_clear_items(self);
    l->items = items;
    l->base.size = (intptr_t)n;
    l->allocated = alloc;
    if (modified && r == 0) {
        err_set(Exc_ValueError, "list modified during sort");
        r = -1;
    }
    return r;
}

/* ---- methods ---- */

static Object *m_append(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_one_arg("list.append", nargs, kwnames) < 0 ||
        list_append(self, args[0]) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *m_extend(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_one_arg("list.extend", nargs, kwnames) < 0 ||
        list_extend(self, args[0]) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *m_insert(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("insert", kwnames) < 0 || arg_count("insert", nargs, 2, 2) < 0)
        return NULL;
    intptr_t i = num_as_ssize(args[0]);
    if (i == -1 && err_occurred())
        return NULL;
    intptr_t n = VAR_SIZE(self);
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    } else if (i > n) {
        i = n;
    }
    if (list_replace(L(self), (size_t)i, (size_t)i, &args[1], 1) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *m_pop(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("pop", kwnames) < 0 || arg_count("pop", nargs, 0, 1) < 0)
        return NULL;
    intptr_t i = -1, n = VAR_SIZE(self);
    if (nargs) {
        i = num_as_ssize(args[0]);
        if (i == -1 && err_occurred())
            return NULL;
    }
    if (n == 0)
        return err_set(Exc_IndexError, "pop from empty list");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return err_set(Exc_IndexError, "pop index out of range");
    Object *x = LIST_ITEMS(self)[i];
    ListObject *l = L(self);
    memmove(l->items + i, l->items + i + 1, (size_t)(n - i - 1) * sizeof(Object *));
    l->items[n - 1] = NULL;
    shrink(l, (size_t)n - 1);
    return x; /* the list's reference passes to the caller */
}

static Object *m_remove(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_one_arg("list.remove", nargs, kwnames) < 0)
        return NULL;
    for (intptr_t i = 0; i < VAR_SIZE(self); i++) {
        Object *item = NEWREF(LIST_ITEMS(self)[i]);
        int r = obj_richcompare_bool(item, args[0], CMP_EQ);
        DECREF(item);
        if (r < 0)
            return NULL;
        if (r) {
            if (i < VAR_SIZE(self) &&
                list_replace(L(self), (size_t)i, (size_t)i + 1, NULL, 0) < 0)
                return NULL;
            RETURN_NONE;
        }
    }
    return err_set(Exc_ValueError, "list.remove(x): x not in list");
}

/* Optional start/stop arguments of index(): clamp like slice bounds. */
int list_index_bounds(Object *const *args, size_t nargs, intptr_t len,
                      intptr_t *start, intptr_t *stop)
{
    *start = 0;
    *stop = INTPTR_MAX;
    for (size_t k = 1; k < nargs && k < 3; k++) {
        intptr_t *dst = k == 1 ? start : stop;
        if (args[k] == None || !has_index(args[k])) {
            err_set(Exc_TypeError, "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (slice_bound(args[k], dst) < 0)
            return -1;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = 0;
    }
    return 0;
}

static Object *m_index(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("index", kwnames) < 0 || arg_count("index", nargs, 1, 3) < 0)
        return NULL;
    intptr_t start, stop;
    if (list_index_bounds(args, nargs, VAR_SIZE(self), &start, &stop) < 0)
        return NULL;
    for (intptr_t i = start; i < stop && i < VAR_SIZE(self); i++) {
        Object *item = NEWREF(LIST_ITEMS(self)[i]);
        int r = obj_richcompare_bool(item, args[0], CMP_EQ);
        DECREF(item);
        if (r < 0)
            return NULL;
        if (r)
            return int_from_i64(i);
    }
    return err_set(Exc_ValueError, "%R is not in list", args[0]);
}

static Object *m_count(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_one_arg("list.count", nargs, kwnames) < 0)
        return NULL;
    int64_t c = 0;
    for (intptr_t i = 0; i < VAR_SIZE(self); i++) {
        Object *item = NEWREF(LIST_ITEMS(self)[i]);
        int r = obj_richcompare_bool(item, args[0], CMP_EQ);
        DECREF(item);
        if (r < 0)
            return NULL;
        c += r;
    }
    return int_from_i64(c);
}

static Object *m_sort(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (nargs)
        return err_set(Exc_TypeError, "sort() takes no positional arguments");
    Object *key = NULL;
    bool reverse = false;
    for (size_t i = 0; i < NKW(kwnames); i++) {
        Object *name = TUPLE_ITEMS(kwnames)[i];
        if (str_equal_cstr(name, "key")) {
            key = args[i];
        } else if (str_equal_cstr(name, "reverse")) {
            int b = obj_is_true(args[i]);
            if (b < 0)
                return NULL;
            reverse = b;
        } else {
            return err_set(Exc_TypeError, "'%U' is an invalid keyword argument for sort()", name);
        }
    }
    if (list_sort(self, key, reverse) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *m_reverse(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_no_args("list.reverse", nargs, kwnames) < 0)
        return NULL;
    Object **p = LIST_ITEMS(self);
    for (intptr_t i = 0, j = VAR_SIZE(self) - 1; i < j; i++, j--) {
        Object *t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
    RETURN_NONE;
}

static Object *m_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_no_args("list.copy", nargs, kwnames) < 0)
        return NULL;
    return list_slice(self, 0, 1, VAR_SIZE(self));
}

static Object *m_clear(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_no_args("list.clear", nargs, kwnames) < 0)
        return NULL;
    list_clear_items(self);
    RETURN_NONE;
}

static Object *m_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_no_args("list.__reversed__", nargs, kwnames) < 0)
        return NULL;
    return listiter_new(&ListRevIter_type, self, VAR_SIZE(self) - 1);
}

static const MethodDef list_methods[] = {
    {"append", m_append, 0},
    {"extend", m_extend, 0},
    {"insert", m_insert, 0},
    {"pop", m_pop, 0},
    {"remove", m_remove, 0},
    {"index", m_index, 0},
    {"count", m_count, 0},
    {"sort", m_sort, 0},
    {"reverse", m_reverse, 0},
    {"copy", m_copy, 0},
    {"clear", m_clear, 0},
    {"__reversed__", m_reversed, 0},
    {NULL, NULL, 0},
};

/* ---- construction ---- */

/* list(iterable).  The exact type is built here in one step; a subclass
 * gets an empty instance that its __init__ (list_init_slot) fills, as in
 * CPython, so a subclass may take other constructor arguments. */
static Object *list_new_slot(Object *callable, Object *const *args, size_t nargs,
                             Object *kwnames)
{
    Type *t = (Type *)callable;
    if (t == &List_type) {
        if (NKW(kwnames))
            return err_set(Exc_TypeError, "list() takes no keyword arguments");
        if (nargs > 1)
            return err_set(Exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
        return nargs ? list_from_iterable(args[0]) : list_new(0);
    }
    ListObject *l = alloc_list(t, 0);
    if (!l)
        return NULL;
    gc_track(OBJ(l));
    return OBJ(l);
}

static int list_init_slot(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    /* The exact type was filled by list_new_slot already. */
    if (TYPE(self) == &List_type)
        return 0;
    if (NKW(kwnames)) {
        err_set(Exc_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        err_set(Exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    list_clear_items(self);
    return nargs ? list_extend(self, args[0]) : 0;
}

Type List_type = {
    .base = {1, &Type_type}, .name = "list",
    .basicsize = sizeof(ListObject),
    .flags = TF_GC | TF_BASETYPE | TF_LIST_SUBCLASS,
    .dealloc = list_dealloc, .traverse = list_traverse, .clear = list_clear_items,
    .new_ = list_new_slot, .init = list_init_slot,
    .repr = list_repr, .hash = list_unhashable, .richcompare = list_richcompare,
    .iter = list_iter, .number = &list_number, .length = list_length,
    .getitem = list_getitem, .setitem = list_setitem, .contains = list_contains,
    .methods = list_methods,
};

int list_init(void)
{
    if (type_ready(&List_type) < 0 || type_ready(&ListIter_type) < 0 ||
        type_ready(&ListRevIter_type) < 0)
        return -1;
    if (tuple_init() < 0 || slice_init() < 0)
        return -1;
    return 0;
}
