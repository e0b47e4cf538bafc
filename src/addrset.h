/* addrset.h — a set of object addresses kept hidden (complemented) in
 * pointer-free memory, so that no collector, conservative or precise,
 * counts them as references.  The none and Boehm backends use one to
 * remember which objects' finalizers already ran (the precise backend
 * keeps that bit in the GC header instead). */
#ifndef OURO_ADDRSET_H
#define OURO_ADDRSET_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t *slots;     /* open addressing; 0 = empty, 1 = deleted, else ~address */
    size_t mask, used, filled;
} AddrSet;

bool addrset_contains(const AddrSet *s, const void *p);
int addrset_add(AddrSet *s, const void *p);      /* -1 when out of memory */
void addrset_remove(AddrSet *s, const void *p);

#endif
