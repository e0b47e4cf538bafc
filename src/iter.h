/* iter.h — range and the built-in iterator types: the sequence iterator
 * (iter() over anything with __getitem__), the callable iterator
 * (iter(f, sentinel)), enumerate, zip, map, filter, reversed. */
#ifndef OURO_ITER_H
#define OURO_ITER_H

#include "object.h"

extern Type Range_type, RangeIter_type, SeqIter_type, CallIter_type,
    Enumerate_type, Zip_type, Map_type, Filter_type, Reversed_type;

/* An iterator over seq using seq[0], seq[1], ... until IndexError. */
Object *seqiter_new(Object *seq);
/* iter(callable, sentinel) */
Object *calliter_new(Object *callable, Object *sentinel);
Object *range_new_i64(int64_t start, int64_t stop, int64_t step);

/* Called by iter_init. */
int range_init(void);
/* Readies range and every iterator type above. */
int iter_init(void);

#endif
