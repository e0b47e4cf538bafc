/* dict.h — insertion-ordered dict (open addressing over an index table),
 * set and frozenset. */
#ifndef OURO_DICT_H
#define OURO_DICT_H

#include "object.h"

extern Type Dict_type, Set_type, FrozenSet_type;
#define DICT_CHECK(o) TYPE_FLAG(TYPE(o), TF_DICT_SUBCLASS)
#define SET_CHECK(o) (obj_is_instance_of(OBJ(o), &Set_type) || obj_is_instance_of(OBJ(o), &FrozenSet_type))

Object *dict_new(void);
/* Borrowed value or NULL.  NULL with no exception: missing; NULL with an
 * exception: hashing or comparison failed. */
Object *dict_get(Object *d, Object *key);
Object *dict_get_str(Object *d, const char *key);
Object *dict_get_hashed(Object *d, Object *key, intptr_t hash);
int dict_set(Object *d, Object *key, Object *value);  /* does not steal */
int dict_set_str(Object *d, const char *key, Object *value);
int dict_del(Object *d, Object *key);       /* KeyError when missing */
intptr_t dict_size(Object *d);
/* Iterate: *pos starts at 0; borrowed key/value. Returns false at the end. */
bool dict_next(Object *d, size_t *pos, Object **key, Object **value);
Object *dict_copy(Object *d);
int dict_update(Object *d, Object *other);  /* mapping or iterable of pairs */
/* For f(**m): copies m (a dict, or any object with keys() and
 * __getitem__) into d; TypeError "keywords must be strings" for a non-str
 * key.  A key already in d is overwritten: duplicate detection ("got
 * multiple values for keyword argument") is the caller's job. */
int dict_merge_kwargs(Object *d, Object *mapping);
Object *dict_keys_list(Object *d);

/* d |= other (any mapping or iterable of pairs), returning d.  Meant for
 * an inplace_or number slot; NumberSlots has none yet, so the VM falls
 * back to `|` (a new dict, dicts only) until it gets one. */
Object *dict_inplace_or(Object *a, Object *b);

Object *set_new(Object *iterable);          /* iterable may be NULL */
Object *frozenset_new(Object *iterable);
/* s |= t, s &= t, s -= t, s ^= t: update and return s (new reference);
 * NotImplemented when t is not a set.  For inplace number slots (see
 * dict_inplace_or); also exposed as set.__ior__ and friends. */
Object *set_inplace_or(Object *a, Object *b);
Object *set_inplace_and(Object *a, Object *b);
Object *set_inplace_sub(Object *a, Object *b);
Object *set_inplace_xor(Object *a, Object *b);
int set_add(Object *s, Object *key);
/* s.update(iterable) with CPython's algorithm (a set or frozenset argument
 * is merged table to table): the VM's SET_UPDATE must use it so that
 * {*a, *b} and constant set displays iterate in python3's order. */
int set_update(Object *s, Object *iterable);
int set_contains(Object *s, Object *key);   /* 1, 0, -1 */
int set_discard(Object *s, Object *key);    /* 1 removed, 0 absent, -1 */
intptr_t set_size(Object *s);
bool set_next(Object *s, size_t *pos, Object **key); /* borrowed */

/* Called by dict_init. */
int set_init(void);
/* Readies dict, its views and iterators, set and frozenset. */
int dict_init(void);

#endif
