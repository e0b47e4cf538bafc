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

int list_init(void);

#endif
