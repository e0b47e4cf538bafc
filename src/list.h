/* list.h — list and tuple. */
#ifndef OURO_LIST_H
#define OURO_LIST_H

#include "object.h"

typedef struct {
    VarObject base;     /* VAR_SIZE: number of items */
    Object **items;     /* mem_alloc'ed: scanned on the Boehm build */
    size_t allocated;
} ListObject;

typedef struct {
    VarObject base;
    Object *items[];
} TupleObject;

extern Type List_type, Tuple_type;
#define LIST_CHECK(o) TYPE_FLAG(TYPE(o), TF_LIST_SUBCLASS)
#define TUPLE_CHECK(o) TYPE_FLAG(TYPE(o), TF_TUPLE_SUBCLASS)
#define LIST_ITEMS(o) (((ListObject *)(o))->items)
#define TUPLE_ITEMS(o) (((TupleObject *)(o))->items)

/* A list of n NULL slots: the caller fills each with LIST_ITEMS(l)[i] = ref
 * (stealing) before the list escapes. */
Object *list_new(size_t n);
int list_append(Object *l, Object *item);   /* does not steal */
Object *list_from_iterable(Object *it);     /* list(it) */
int list_extend(Object *l, Object *iterable);
int list_sort(Object *l, Object *key, bool reverse);
Object *list_as_tuple(Object *l);

/* A tuple of n NULL slots to fill with TUPLE_ITEMS(t)[i] = ref (stealing);
 * tuple_new(0) returns the shared empty tuple. */
Object *tuple_new(size_t n);
Object *tuple_pack(size_t n, ...);          /* does not steal */
Object *tuple_from_array(Object *const *items, size_t n); /* increfs */
Object *tuple_from_iterable(Object *it);

/* Sequence helpers shared by list, tuple, str, range. */
/* Normalise slice bounds: returns the item count. */
intptr_t slice_indices(Object *slice, intptr_t length, intptr_t *start,
                       intptr_t *stop, intptr_t *step); /* -1 on error */

typedef struct {
    Object base;
    Object *start, *stop, *step;
} SliceObject;
extern Type Slice_type;
Object *slice_new(Object *start, Object *stop, Object *step); /* None for absent */

/* ---- shared by the container modules (list.c, tuple.c, slice.c, dict.c,
 * set.c, iter.c, range.c) ---- */

/* Repr cycle guard (obj_repr already limits the depth): 0 when o was
 * entered (call list_repr_leave after), 1 when o's repr is already in
 * progress (print "[...]"), -1 when out of memory. */
int list_repr_enter(Object *o);
void list_repr_leave(Object *o);
/* len(o) when the type has a length slot, else dflt; never raises. */
intptr_t list_length_hint(Object *o, intptr_t dflt);
/* An item index for seq[key]: 1 with *out set, 0 when key is not an
 * integer (no exception), -1 on error (IndexError for huge ints). */
int list_index_arg(Object *key, intptr_t *out);
/* A slice bound as _PyEval_SliceIndex: None leaves *out alone, big ints
 * clamp, other types raise TypeError.  0 or -1. */
int slice_bound(Object *v, intptr_t *out);
/* python3's "name() takes exactly one argument (N given)" and "takes no
 * arguments" checks for methods taking one/no argument: 0 or -1. */
int list_check_one_arg(const char *qualname, size_t nargs, Object *kwnames);
int list_check_no_args(const char *qualname, size_t nargs, Object *kwnames);
/* Raise TypeError "unhashable type: 'T'": the hash slot of mutable types. */
intptr_t list_unhashable(Object *o);
/* The item array of a list or tuple (borrowed, valid until the next
 * mutation) and its length, for fast paths. */
Object **list_seq_items(Object *seq, size_t *n); /* NULL if not list/tuple */

/* Lexicographic comparison of two lists or two tuples (NotImplemented
 * for anything else). */
Object *list_seq_richcompare(Object *v, Object *w, CompareOp op);
/* The count n of seq * n: 1 with *out >= 0, 0 when n is a user type that
 * may implement __rmul__ (return NotImplemented), -1 on error. */
int list_repeat_count(Object *n, intptr_t *out);
/* The optional start, stop arguments args[1], args[2] of seq.index(x,
 * start, stop): negative values count from len and clamp at 0, as in
 * python3.  0 or -1. */
int list_index_bounds(Object *const *args, size_t nargs, intptr_t len,
                      intptr_t *start, intptr_t *stop);

extern Type ListIter_type, ListRevIter_type, TupleIter_type;

int tuple_init(void);
int slice_init(void);
int list_init(void); /* readies list, tuple, slice and their iterators */

#endif
