/* addrset.c — see addrset.h.  Linear probing over a power-of-two table
 * that grows at half load; deletions leave tombstones, cleared on growth. */
#include "config.h"

#include "addrset.h"
#include "mem.h"

enum { EMPTY = 0, DELETED = 1 };

static size_t hide(const void *p) { return ~(size_t)p; }
static size_t slot_of(const AddrSet *s, size_t key) { return (key >> 4) & s->mask; }

bool addrset_contains(const AddrSet *s, const void *p)
{
    if (s->used == 0)
        return false;
    size_t key = hide(p);
    for (size_t i = slot_of(s, key);; i = (i + 1) & s->mask) {
        if (s->slots[i] == key)
            return true;
        if (s->slots[i] == EMPTY)
            return false;
    }
}

static int grow(AddrSet *s)
{
    size_t size = 16;
    if (s->slots)
        /* mostly tombstones: rehash at the same size; else double */
        size = s->used * 4 < s->mask + 1 ? s->mask + 1 : 2 * (s->mask + 1);
    size_t *old = s->slots, old_size = old ? s->mask + 1 : 0;
    size_t *slots = mem_alloc_atomic(size * sizeof *slots);
    if (slots == NULL)
        return -1;
    for (size_t i = 0; i < size; i++)
        slots[i] = EMPTY;
    s->slots = slots;
    s->mask = size - 1;
    s->filled = s->used;
    for (size_t k = 0; k < old_size; k++) {
        if (old[k] == EMPTY || old[k] == DELETED)
            continue;
        size_t i = slot_of(s, old[k]);
        while (slots[i] != EMPTY)
            i = (i + 1) & s->mask;
        slots[i] = old[k];
    }
    mem_free(old);
    return 0;
}

int addrset_add(AddrSet *s, const void *p)
{
    if (addrset_contains(s, p))
        return 0;
    if (s->slots == NULL || 2 * (s->filled + 1) > s->mask + 1) {
        if (grow(s) < 0)
            return -1;
    }
    size_t key = hide(p);
    size_t i = slot_of(s, key);
    while (s->slots[i] != EMPTY && s->slots[i] != DELETED)
        i = (i + 1) & s->mask;
    if (s->slots[i] == EMPTY)
        s->filled++;
    s->slots[i] = key;
    s->used++;
    return 0;
}

void addrset_remove(AddrSet *s, const void *p)
{
    if (s->used == 0)
        return;
    size_t key = hide(p);
    for (size_t i = slot_of(s, key);; i = (i + 1) & s->mask) {
        if (s->slots[i] == key) {
            s->slots[i] = DELETED;
            s->used--;
            return;
        }
        if (s->slots[i] == EMPTY)
            return;
    }
}
