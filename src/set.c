/* set.c — set and frozenset: CPython's setobject algorithm, so that sets
 * iterate (and print) in python3's order.
 *
 * An open-addressing table of (key, hash) entries, 2^k slots starting at 8
 * (an inline small table), probed LINEAR_PROBES slots linearly and then by
 * perturbation.  A slot is unused (key NULL), active, or a dummy left by a
 * deletion (key == DUMMY, hash -1).  Invariants:
 *   - fill counts active + dummy slots, used the active ones; at least one
 *     slot is always unused so failed searches terminate;
 *   - an insertion into an unused slot resizes when fill*5 >= mask*3, to
 *     the smallest power of two above used*4 (used*2 past 50000);
 *   - the results of set operations are built in CPython's order of
 *     insertion, which decides the order python3 prints them in. */
#include <string.h>
#include "dict.h"
#include "list.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "mem.h"
#include "str.h"

#define VISIT_REF(o) do { if (o) { int r_ = visit(OBJ(o), arg); if (r_) return r_; } } while (0)

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct {
    Object *key;
    intptr_t hash;
} SetEntry;

typedef struct {
    Object base;
    intptr_t fill, used;
    size_t mask;
    SetEntry *table;            /* smalltable or mem_alloc'ed */
    intptr_t hash;              /* frozenset hash cache, -1 unset */
    size_t finger;              /* where pop() looks next */
    uintptr_t weaklist;         /* weak references to it, disguised (weakref.h) */
    SetEntry smalltable[MINSIZE];
} SetObject;

#define S(o) ((SetObject *)(o))

/* Marks deleted slots; never visited, increfed or compared. */
static Object dummy_marker;
#define DUMMY (&dummy_marker)

static bool is_set(Object *o)
{
    return TYPE(o) == &Set_type || TYPE(o) == &FrozenSet_type || SET_CHECK(o);
}

static bool is_frozen(Object *o)
{
    return obj_is_instance_of(o, &FrozenSet_type);
}

static intptr_t hash_of(Object *key)
{
    return STR_CHECK_EXACT(key) ? str_hash(key) : obj_hash(key);
}

static bool keys_equal_fast(Object *a, Object *b)
{
    return STR_CHECK_EXACT(a) && STR_CHECK_EXACT(b) && str_equal(a, b);
}

/* ---- probing ---- */

/* The entry holding key, or the unused entry ending its probe path
 * (key NULL); NULL on a comparison error.  Restarts when a comparison
 * mutated the set. */
static SetEntry *lookkey(SetObject *so, Object *key, intptr_t hash)
{
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == NULL)
                return e;
            if (e->hash == hash) {
                Object *start = e->key;
                if (start == key || keys_equal_fast(start, key))
                    return e;
                SetEntry *table = so->table;
                INCREF(start);
                int cmp = obj_richcompare_bool(start, key, CMP_EQ);
                DECREF(start);
                if (cmp < 0)
                    return NULL;
                if (table != so->table || e->key != start)
                    goto restart;
                if (cmp > 0)
                    return e;
                mask = so->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Insert a key known to be absent into a table without dummies. */
static void insert_clean(SetEntry *table, size_t mask, Object *key, intptr_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (!e->key)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

/* Rebuild into the smallest table > minused, dropping dummies. */
static int table_resize(SetObject *so, intptr_t minused)
{
    size_t newsize = MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    SetEntry *oldtable = so->table, small_copy[MINSIZE];
    size_t oldmask = so->mask;
    bool old_malloced = oldtable != so->smalltable;
    SetEntry *newtable;
    if (newsize == MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newtable = mem_alloc(newsize * sizeof(SetEntry));
        if (!newtable) {
            err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++)
        if (e->key && e->key != DUMMY)
            insert_clean(newtable, so->mask, e->key, e->hash);
    if (old_malloced)
        mem_free(oldtable);
    return 0;
}

static int add_entry(SetObject *so, Object *key, intptr_t hash)
{
    /* Held across comparisons, which might otherwise free it. */
    INCREF(key);
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == NULL)
                goto found_unused_or_dummy;
            if (e->hash == hash) {
                Object *start = e->key;
                if (start == key || keys_equal_fast(start, key))
                    goto found_active;
                SetEntry *table = so->table;
                INCREF(start);
                int cmp = obj_richcompare_bool(start, key, CMP_EQ);
                DECREF(start);
                if (cmp > 0)
                    goto found_active;
                if (cmp < 0) {
                    DECREF(key);
                    return -1;
                }
                if (table != so->table || e->key != start)
                    goto restart;
                mask = so->mask;
            } else if (e->hash == -1) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    e->key = key;
    e->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    DECREF(key);
    return 0;
}

static int add_key(SetObject *so, Object *key)
{
    intptr_t hash = hash_of(key);
    if (hash == -1)
        return -1;
    return add_entry(so, key, hash);
}

static int contains_entry(SetObject *so, Object *key, intptr_t hash)
{
    SetEntry *e = lookkey(so, key, hash);
    return e ? e->key != NULL : -1;
}

static int contains_key(SetObject *so, Object *key)
{
    intptr_t hash = hash_of(key);
    if (hash == -1)
        return -1;
    return contains_entry(so, key, hash);
}

/* 1 removed, 0 absent, -1 error. */
static int discard_entry(SetObject *so, Object *key, intptr_t hash)
{
    SetEntry *e = lookkey(so, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return 0;
    Object *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    DECREF(old);
    return 1;
}

static int discard_key(SetObject *so, Object *key)
{
    intptr_t hash = hash_of(key);
    if (hash == -1)
        return -1;
    return discard_entry(so, key, hash);
}

static void empty_to_minsize(SetObject *so)
{
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = so->used = 0;
    so->mask = MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

/* Empty the set before decref'ing: destructors may touch it. */
static void clear_internal(Object *self)
{
    SetObject *so = S(self);
    SetEntry *table = so->table, small_copy[MINSIZE];
    intptr_t used = so->used;
    bool malloced = table != so->smalltable;
    if (!malloced) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    empty_to_minsize(so);
    for (SetEntry *e = table; used > 0; e++) {
        if (e->key && e->key != DUMMY) {
            used--;
            DECREF(e->key);
        }
    }
    if (malloced)
        mem_free(table);
}

static bool next_entry(SetObject *so, size_t *pos, SetEntry **out)
{
    size_t i = *pos;
    while (i <= so->mask && (!so->table[i].key || so->table[i].key == DUMMY))
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return false;
    *out = &so->table[i];
    return true;
}

/* ---- construction and merging ---- */

static SetObject *make_set(Type *t)
{
    SetObject *so = (SetObject *)obj_alloc(t);
    if (!so)
        return NULL;
    empty_to_minsize(so);
    so->finger = 0;
    gc_track(OBJ(so));
    return so;
}

static int merge(SetObject *so, SetObject *other)
{
    if (other == so || other->used == 0)
        return 0;
    /* One big resize up front: expect few overlapping keys. */
    if ((size_t)(so->fill + other->used) * 5 >= so->mask * 3)
        if (table_resize(so, (so->used + other->used) * 2) < 0)
            return -1;
    SetEntry *se = so->table, *oe = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++, se++, oe++) {
            if (oe->key) {
                se->key = NEWREF(oe->key);
                se->hash = oe->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++, oe++)
            if (oe->key && oe->key != DUMMY)
                insert_clean(so->table, so->mask, NEWREF(oe->key), oe->hash);
        return 0;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        oe = &other->table[i];
        if (oe->key && oe->key != DUMMY && add_entry(so, oe->key, oe->hash) < 0)
            return -1;
    }
    return 0;
}

static int update_internal(SetObject *so, Object *other)
{
    if (is_set(other))
        return merge(so, S(other));
    if (TYPE(other) == &Dict_type) {
        intptr_t n = dict_size(other);
        if ((size_t)(so->fill + n) * 5 >= so->mask * 3)
            if (table_resize(so, (so->used + n) * 2) < 0)
                return -1;
        size_t pos = 0;
        Object *k;
        while (dict_next(other, &pos, &k, NULL))
            if (add_key(so, k) < 0)
                return -1;
        return 0;
    }
    Object *it = obj_iter(other), *k;
    if (!it)
        return -1;
    while ((k = obj_next(it))) {
        int r = add_key(so, k);
        DECREF(k);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* A new set of so's base type (set or frozenset) holding iterable's keys. */
static Object *make_new_set(Type *t, Object *iterable)
{
    SetObject *so = make_set(t);
    if (!so)
        return NULL;
    if (iterable && update_internal(so, iterable) < 0) {
        DECREF(so);
        return NULL;
    }
    return OBJ(so);
}

static Object *new_like(Object *so, Object *iterable)
{
    return make_new_set(is_frozen(so) ? &FrozenSet_type : &Set_type, iterable);
}

Object *set_new(Object *iterable)
{
    return make_new_set(&Set_type, iterable);
}

Object *frozenset_new(Object *iterable)
{
    if (iterable && TYPE(iterable) == &FrozenSet_type)
        return NEWREF(iterable);
    return make_new_set(&FrozenSet_type, iterable);
}

int set_add(Object *s, Object *key)
{
    return add_key(S(s), key);
}

int set_update(Object *s, Object *iterable)
{
    return update_internal(S(s), iterable);
}

int set_contains(Object *s, Object *key)
{
    return contains_key(S(s), key);
}

int set_discard(Object *s, Object *key)
{
    return discard_key(S(s), key);
}

intptr_t set_size(Object *s)
{
    return S(s)->used;
}

bool set_next(Object *s, size_t *pos, Object **key)
{
    SetEntry *e;
    if (!next_entry(S(s), pos, &e))
        return false;
    *key = e->key;
    return true;
}

/* ---- life cycle ---- */

static void set_dealloc(Object *self)
{
    gc_untrack(self);
    clear_internal(self);
    obj_free(self);
}

static int set_traverse(Object *self, VisitFn visit, void *arg)
{
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(S(self), &pos, &e))
        VISIT_REF(e->key);
    return 0;
}

/* ---- object protocol ---- */

static Object *set_repr(Object *self)
{
    const char *name = obj_type_name(self);
    int r = list_repr_enter(self);
    if (r)
        return r > 0 ? str_format("%s(...)", name) : NULL;
    Object *res = NULL;
    if (S(self)->used == 0) {
        res = str_format("%s()", name);
    } else {
        Object *keys = list_from_iterable(self);
        Object *lr = keys ? obj_repr(keys) : NULL;
        XDECREF(keys);
        if (lr) {
            /* repr(list(s))[1:-1] inside braces. */
            const char *s = str_utf8(lr);
            size_t n = str_nbytes(lr);
            StrBuilder sb;
            sb_init(&sb);
            if (TYPE(self) != &Set_type) {
                sb_add_cstr(&sb, name);
                sb_add_char(&sb, '(');
            }
            sb_add_char(&sb, '{');
            sb_add(&sb, s + 1, n - 2);
            sb_add_char(&sb, '}');
            if (TYPE(self) != &Set_type)
                sb_add_char(&sb, ')');
            res = sb_finish(&sb);
            DECREF(lr);
        }
    }
    list_repr_leave(self);
    return res;
}

static intptr_t set_length(Object *self)
{
    return S(self)->used;
}

/* `x in s`: an unhashable set argument is looked up as a frozenset. */
static int set_contains_slot(Object *self, Object *key)
{
    int r = contains_key(S(self), key);
    if (r < 0 && obj_is_instance_of(key, &Set_type) && err_matches(Exc_TypeError)) {
        err_clear();
        Object *tmp = make_new_set(&FrozenSet_type, key);
        if (!tmp)
            return -1;
        r = contains_key(S(self), tmp);
        DECREF(tmp);
    }
    return r;
}

static Object *set_iter(Object *self);

/* CPython's frozenset hash: xor of shuffled entry hashes, then mixing. */
static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static intptr_t frozenset_hash(Object *self)
{
    SetObject *so = S(self);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    for (SetEntry *e = so->table; e <= &so->table[so->mask]; e++)
        hash ^= shuffle_bits((uint64_t)e->hash);
    /* Remove the effect of an odd number of unused and dummy entries. */
    if ((so->mask + 1 - (size_t)so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    so->hash = (intptr_t)hash;
    return so->hash;
}

/* ---- set algebra (CPython's algorithms: they fix the result order) ---- */

static Object *set_copy_of(Object *so)
{
    return new_like(so, so);
}

static Object *intersection(Object *so, Object *other)
{
    if (so == other)
        return set_copy_of(so);
    Object *result = new_like(so, NULL);
    if (!result)
        return NULL;
    if (is_set(other)) {
        if (S(other)->used > S(so)->used) {
            Object *t = so;
            so = other;
            other = t;
        }
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(S(other), &pos, &e)) {
            Object *key = NEWREF(e->key);
            intptr_t hash = e->hash;
            int rv = contains_entry(S(so), key, hash);
            if (rv > 0)
                rv = add_entry(S(result), key, hash);
            DECREF(key);
            if (rv < 0) {
                DECREF(result);
                return NULL;
            }
        }
        return result;
    }
    Object *it = obj_iter(other), *key;
    if (!it) {
        DECREF(result);
        return NULL;
    }
    while ((key = obj_next(it))) {
        intptr_t hash = hash_of(key);
        int rv = hash == -1 ? -1 : contains_entry(S(so), key, hash);
        if (rv > 0 && add_entry(S(result), key, hash) < 0)
            rv = -1;
        DECREF(key);
        if (rv < 0) {
            DECREF(it);
            DECREF(result);
            return NULL;
        }
        /* Every key of so is in the result: nothing more can match. */
        if (rv > 0 && S(result)->used >= S(so)->used)
            break;
    }
    DECREF(it);
    if (err_occurred()) {
        DECREF(result);
        return NULL;
    }
    return result;
}

static int difference_update_internal(Object *so, Object *other)
{
    if (so == other) {
        clear_internal(so);
        return 0;
    }
    if (is_set(other)) {
        /* Much bigger other: only the common keys matter. */
        if ((S(other)->used >> 3) > S(so)->used) {
            other = intersection(so, other);
            if (!other)
                return -1;
        } else {
            INCREF(other);
        }
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(S(other), &pos, &e)) {
            Object *key = NEWREF(e->key);
            int r = discard_entry(S(so), key, e->hash);
            DECREF(key);
            if (r < 0) {
                DECREF(other);
                return -1;
            }
        }
        DECREF(other);
    } else {
        Object *it = obj_iter(other), *key;
        if (!it)
            return -1;
        while ((key = obj_next(it))) {
            int r = discard_key(S(so), key);
            DECREF(key);
            if (r < 0) {
                DECREF(it);
                return -1;
            }
        }
        DECREF(it);
        if (err_occurred())
            return -1;
    }
    /* More than a quarter dummies: resize them away. */
    SetObject *s = S(so);
    if ((size_t)(s->fill - s->used) <= s->mask / 4)
        return 0;
    return table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static Object *copy_and_difference(Object *so, Object *other)
{
    Object *r = set_copy_of(so);
    if (r && difference_update_internal(r, other) < 0)
        CLEAR(r);
    return r;
}

static Object *difference(Object *so, Object *other)
{
    intptr_t other_size;
    if (is_set(other))
        other_size = S(other)->used;
    else if (TYPE(other) == &Dict_type)
        other_size = dict_size(other);
    else
        return copy_and_difference(so, other);
    if ((S(so)->used >> 2) > other_size)
        return copy_and_difference(so, other);
    Object *result = new_like(so, NULL);
    if (!result)
        return NULL;
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(S(so), &pos, &e)) {
        Object *key = NEWREF(e->key);
        intptr_t hash = e->hash;
        int rv;
        if (is_set(other)) {
            rv = contains_entry(S(other), key, hash);
        } else {
            rv = dict_get_hashed(other, key, hash) != NULL;
            if (!rv && err_occurred())
                rv = -1;
        }
        if (rv == 0)
            rv = add_entry(S(result), key, hash);
        else if (rv > 0)
            rv = 0;
        DECREF(key);
        if (rv < 0) {
            DECREF(result);
            return NULL;
        }
    }
    return result;
}

/* Toggle every key of the set `other` in so. */
static int toggle_keys(Object *so, Object *other)
{
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(S(other), &pos, &e)) {
        Object *key = NEWREF(e->key);
        intptr_t hash = e->hash;
        int rv = discard_entry(S(so), key, hash);
        if (rv == 0)
            rv = add_entry(S(so), key, hash);
        DECREF(key);
        if (rv < 0)
            return -1;
    }
    return 0;
}

static int symmetric_difference_update(Object *so, Object *other)
{
    if (so == other) {
        clear_internal(so);
        return 0;
    }
    if (TYPE(other) == &Dict_type) {
        size_t pos = 0;
        Object *k;
        while (dict_next(other, &pos, &k, NULL)) {
            INCREF(k);
            int rv = discard_key(S(so), k);
            if (rv == 0)
                rv = add_key(S(so), k);
            DECREF(k);
            if (rv < 0)
                return -1;
        }
        return 0;
    }
    Object *otherset = is_set(other) ? NEWREF(other) : new_like(so, other);
    if (!otherset)
        return -1;
    int r = toggle_keys(so, otherset);
    DECREF(otherset);
    return r;
}

static Object *symmetric_difference(Object *so, Object *other)
{
    Object *r = new_like(so, other);
    if (r && symmetric_difference_update(r, so) < 0)
        CLEAR(r);
    return r;
}

/* 1 when every key of so is in other, 0 not, -1 error. */
static int issubset(Object *so, Object *other)
{
    if (!is_set(other)) {
        Object *tmp = intersection(so, other);
        if (!tmp)
            return -1;
        int r = S(tmp)->used == S(so)->used;
        DECREF(tmp);
        return r;
    }
    if (S(so)->used > S(other)->used)
        return 0;
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(S(so), &pos, &e)) {
        Object *key = NEWREF(e->key);
        int rv = contains_entry(S(other), key, e->hash);
        DECREF(key);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

static int issuperset(Object *so, Object *other)
{
    if (is_set(other))
        return issubset(other, so);
    Object *it = obj_iter(other), *key;
    if (!it)
        return -1;
    int r = 1;
    while (r == 1 && (key = obj_next(it))) {
        r = contains_key(S(so), key);
        DECREF(key);
    }
    DECREF(it);
    return r == 1 && err_occurred() ? -1 : r;
}

static Object *set_richcompare(Object *v, Object *w, CompareOp op)
{
    if (!is_set(v) || !is_set(w))
        return NEWREF(NotImplemented);
    intptr_t lv = S(v)->used, lw = S(w)->used;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (lv != lw)
            r = 0;
        else if (S(v)->hash != -1 && S(w)->hash != -1 && S(v)->hash != S(w)->hash)
            r = 0;
        else
            r = issubset(v, w);
        if (r >= 0 && op == CMP_NE)
            r = !r;
        break;
    case CMP_LE: r = issubset(v, w); break;
    case CMP_GE: r = issuperset(v, w); break;
    case CMP_LT: r = lv < lw ? issubset(v, w) : 0; break;
    default: r = lv > lw ? issuperset(v, w) : 0; break;
    }
    return r < 0 ? NULL : bool_from(r);
}

/* ---- number slots ---- */

/* Exchange the contents of two sets (CPython's set_swap_bodies): the
 * in-place operations build a fresh result and swap it in. */
static void swap_bodies(Object *self, Object *tmp)
{
    SetObject *a = S(self), *b = S(tmp);
    intptr_t t = a->fill;
    a->fill = b->fill;
    b->fill = t;
    t = a->used;
    a->used = b->used;
    b->used = t;
    size_t m = a->mask;
    a->mask = b->mask;
    b->mask = m;
    SetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        SetEntry small[MINSIZE];
        memcpy(small, a->smalltable, sizeof small);
        memcpy(a->smalltable, b->smalltable, sizeof small);
        memcpy(b->smalltable, small, sizeof small);
    }
    a->hash = b->hash = -1;
}


static Object *set_or(Object *a, Object *b)
{
    if (!is_set(a) || !is_set(b))
        return NEWREF(NotImplemented);
    Object *r = set_copy_of(a);
    if (r && a != b && update_internal(S(r), b) < 0)
        CLEAR(r);
    return r;
}

static Object *set_and(Object *a, Object *b)
{
    if (!is_set(a) || !is_set(b))
        return NEWREF(NotImplemented);
    return intersection(a, b);
}

static Object *set_sub(Object *a, Object *b)
{
    if (!is_set(a) || !is_set(b))
        return NEWREF(NotImplemented);
    return difference(a, b);
}

static Object *set_xor(Object *a, Object *b)
{
    if (!is_set(a) || !is_set(b))
        return NEWREF(NotImplemented);
    return symmetric_difference(a, b);
}

/* In-place operators: the right operand must be a set (else
 * NotImplemented, as CPython); the left one is updated and returned. */
Object *set_inplace_or(Object *a, Object *b)
{
    if (!is_set(b))
        return NEWREF(NotImplemented);
    return update_internal(S(a), b) < 0 ? NULL : NEWREF(a);
}

Object *set_inplace_and(Object *a, Object *b)
{
    if (!is_set(b))
        return NEWREF(NotImplemented);
    Object *tmp = intersection(a, b);
    if (!tmp)
        return NULL;
    swap_bodies(a, tmp);
    DECREF(tmp);
    return NEWREF(a);
}

Object *set_inplace_sub(Object *a, Object *b)
{
    if (!is_set(b))
        return NEWREF(NotImplemented);
    return difference_update_internal(a, b) < 0 ? NULL : NEWREF(a);
}

Object *set_inplace_xor(Object *a, Object *b)
{
    if (!is_set(b))
        return NEWREF(NotImplemented);
    return symmetric_difference_update(a, b) < 0 ? NULL : NEWREF(a);
}

static int set_to_bool(Object *self)
{
    return S(self)->used != 0;
}

static const NumberSlots frozenset_number = {
    .sub = set_sub, .and_ = set_and, .or_ = set_or, .xor_ = set_xor,
    .to_bool = set_to_bool,
};

/* A set's |= &= -= ^= update it in place; a frozenset's rebind a new one. */
static const NumberSlots set_number = {
    .sub = set_sub, .and_ = set_and, .or_ = set_or, .xor_ = set_xor,
    .inplace_or = set_inplace_or, .inplace_and = set_inplace_and,
    .inplace_sub = set_inplace_sub, .inplace_xor = set_inplace_xor,
    .to_bool = set_to_bool,
};

/* ---- iterator ---- */

typedef struct {
    Object base;
    Object *set;        /* NULL once exhausted */
    intptr_t used;      /* size when created; -1 after reporting a change */
    size_t pos;
    intptr_t len;
} SetIterObject;

static Type SetIter_type;

static Object *set_iter(Object *self)
{
    SetIterObject *it = (SetIterObject *)obj_alloc(&SetIter_type);
    if (!it)
        return NULL;
    it->set = NEWREF(self);
    it->used = S(self)->used;
    it->pos = 0;
    it->len = S(self)->used;
    gc_track(OBJ(it));
    return OBJ(it);
}

static Object *setiter_next(Object *self)
{
    SetIterObject *it = (SetIterObject *)self;
    if (!it->set)
        return NULL;
    if (it->used != S(it->set)->used) {
        it->used = -1;
        return err_set(Exc_RuntimeError, "Set changed size during iteration");
    }
    SetEntry *e;
    if (next_entry(S(it->set), &it->pos, &e)) {
        it->len--;
        return NEWREF(e->key);
    }
    CLEAR(it->set);
    return NULL;
}

static void setiter_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(((SetIterObject *)self)->set);
    obj_free(self);
}

static int setiter_traverse(Object *self, VisitFn visit, void *arg)
{
    VISIT_REF(((SetIterObject *)self)->set);
    return 0;
}

static void setiter_clear(Object *self)
{
    CLEAR(((SetIterObject *)self)->set);
}

static Object *self_iter(Object *self)
{
    return NEWREF(self);
}

static Object *setiter_length_hint(Object *self, Object *const *args, size_t nargs,
                                   Object *kwnames)
{
    SetIterObject *it = (SetIterObject *)self;
    return int_from_i64(it->set && it->used == S(it->set)->used ? it->len : 0);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0},
    {NULL, NULL, 0},
};

static Type SetIter_type = {
    .base = {1, &Type_type}, .name = "set_iterator",
    .basicsize = sizeof(SetIterObject), .flags = TF_GC,
    .dealloc = setiter_dealloc, .traverse = setiter_traverse, .clear = setiter_clear,
    .iter = self_iter, .iternext = setiter_next, .methods = setiter_methods,
};

/* ---- methods ---- */

#define METHOD(name) \
    static Object *name(Object *self, Object *const *args, size_t nargs, Object *kwnames)

static int no_kw(const char *qualname, Object *kwnames)
{
    if (NKW(kwnames)) {
        err_set(Exc_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    return 0;
}

METHOD(m_add)
{
    if (list_check_one_arg("set.add", nargs, kwnames) < 0 || add_key(S(self), args[0]) < 0)
        return NULL;
    RETURN_NONE;
}

/* discard/remove: an unhashable set argument is looked up as a frozenset. */
static int discard_arg(Object *self, Object *key)
{
    int r = discard_key(S(self), key);
    if (r < 0 && obj_is_instance_of(key, &Set_type) && err_matches(Exc_TypeError)) {
        err_clear();
        Object *tmp = make_new_set(&FrozenSet_type, key);
        if (!tmp)
            return -1;
        r = discard_key(S(self), tmp);
        DECREF(tmp);
    }
    return r;
}

METHOD(m_discard)
{
    if (list_check_one_arg("set.discard", nargs, kwnames) < 0 || discard_arg(self, args[0]) < 0)
        return NULL;
    RETURN_NONE;
}

METHOD(m_remove)
{
    if (list_check_one_arg("set.remove", nargs, kwnames) < 0)
        return NULL;
    int r = discard_arg(self, args[0]);
    if (r < 0)
        return NULL;
    if (r == 0)
        return err_set_obj(Exc_KeyError, args[0]);
    RETURN_NONE;
}

METHOD(m_pop)
{
    if (list_check_no_args("set.pop", nargs, kwnames) < 0)
        return NULL;
    SetObject *so = S(self);
    if (so->used == 0)
        return err_set(Exc_KeyError, "pop from an empty set");
    SetEntry *e = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (!e->key || e->key == DUMMY) {
        e++;
        if (e > limit)
            e = so->table;
    }
    Object *key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    so->finger = (size_t)(e - so->table) + 1;
    return key;
}

METHOD(m_clear)
{
    if (list_check_no_args("set.clear", nargs, kwnames) < 0)
        return NULL;
    clear_internal(self);
    RETURN_NONE;
}

METHOD(m_copy)
{
    if (list_check_no_args(is_frozen(self) ? "frozenset.copy" : "set.copy", nargs, kwnames) < 0)
        return NULL;
    if (TYPE(self) == &FrozenSet_type)
        return NEWREF(self);
    return set_copy_of(self);
}

METHOD(m_update)
{
    if (no_kw("set.update", kwnames) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(S(self), args[i]) < 0)
            return NULL;
    RETURN_NONE;
}

METHOD(m_union)
{
    if (no_kw("set.union", kwnames) < 0)
        return NULL;
    Object *r = set_copy_of(self);
    for (size_t i = 0; r && i < nargs; i++)
        if (args[i] != self && update_internal(S(r), args[i]) < 0)
            CLEAR(r);
    return r;
}

METHOD(m_intersection)
{
    if (no_kw("set.intersection", kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return set_copy_of(self);
    Object *r = NEWREF(self);
    for (size_t i = 0; i < nargs; i++) {
        Object *n = intersection(r, args[i]);
        DECREF(r);
        if (!n)
            return NULL;
        r = n;
    }
    return r;
}

METHOD(m_intersection_update)
{
    Object *tmp = m_intersection(self, args, nargs, kwnames);
    if (!tmp)
        return NULL;
    swap_bodies(self, tmp);
    DECREF(tmp);
    RETURN_NONE;
}

METHOD(m_difference)
{
    if (no_kw("set.difference", kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return set_copy_of(self);
    Object *r = difference(self, args[0]);
    for (size_t i = 1; r && i < nargs; i++)
        if (difference_update_internal(r, args[i]) < 0)
            CLEAR(r);
    return r;
}

METHOD(m_difference_update)
{
    if (no_kw("set.difference_update", kwnames) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (difference_update_internal(self, args[i]) < 0)
            return NULL;
    RETURN_NONE;
}

METHOD(m_symmetric_difference)
{
    if (list_check_one_arg("set.symmetric_difference", nargs, kwnames) < 0)
        return NULL;
    return symmetric_difference(self, args[0]);
}

METHOD(m_symmetric_difference_update)
{
    if (list_check_one_arg("set.symmetric_difference_update", nargs, kwnames) < 0 ||
        symmetric_difference_update(self, args[0]) < 0)
        return NULL;
    RETURN_NONE;
}

METHOD(m_issubset)
{
    if (list_check_one_arg("set.issubset", nargs, kwnames) < 0)
        return NULL;
    int r = issubset(self, args[0]);
    return r < 0 ? NULL : bool_from(r);
}

METHOD(m_issuperset)
{
    if (list_check_one_arg("set.issuperset", nargs, kwnames) < 0)
        return NULL;
    int r = issuperset(self, args[0]);
    return r < 0 ? NULL : bool_from(r);
}

METHOD(m_isdisjoint)
{
    if (list_check_one_arg("set.isdisjoint", nargs, kwnames) < 0)
        return NULL;
    Object *other = args[0];
    if (other == self)
        return bool_from(S(self)->used == 0);
    if (is_set(other)) {
        Object *so = self;
        if (S(other)->used > S(so)->used) {
            Object *t = so;
            so = other;
            other = t;
        }
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(S(other), &pos, &e)) {
            Object *key = NEWREF(e->key);
            int rv = contains_entry(S(so), key, e->hash);
            DECREF(key);
            if (rv)
                return rv < 0 ? NULL : bool_from(false);
        }
        return bool_from(true);
    }
    Object *it = obj_iter(other), *key;
    if (!it)
        return NULL;
    int r = 0;
    while (r == 0 && (key = obj_next(it))) {
        r = contains_key(S(self), key);
        DECREF(key);
    }
    DECREF(it);
    if (r < 0 || (r == 0 && err_occurred()))
        return NULL;
    return bool_from(r == 0);
}

/* The in-place operators as methods too (set.__ior__ and friends). */
#define INPLACE_METHOD(name, fn, qualname) \
    METHOD(name) \
    { \
        if (list_check_one_arg(qualname, nargs, kwnames) < 0) \
            return NULL; \
        return fn(self, args[0]); \
    }
INPLACE_METHOD(m_ior, set_inplace_or, "set.__ior__")
INPLACE_METHOD(m_iand, set_inplace_and, "set.__iand__")
INPLACE_METHOD(m_isub, set_inplace_sub, "set.__isub__")
INPLACE_METHOD(m_ixor, set_inplace_xor, "set.__ixor__")

static const MethodDef set_methods[] = {
    {"__ior__", m_ior, 0},
    {"__iand__", m_iand, 0},
    {"__isub__", m_isub, 0},
    {"__ixor__", m_ixor, 0},
    {"add", m_add, 0},
    {"discard", m_discard, 0},
    {"remove", m_remove, 0},
    {"pop", m_pop, 0},
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"update", m_update, 0},
    {"union", m_union, 0},
    {"intersection", m_intersection, 0},
    {"intersection_update", m_intersection_update, 0},
    {"difference", m_difference, 0},
    {"difference_update", m_difference_update, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"symmetric_difference_update", m_symmetric_difference_update, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {NULL, NULL, 0},
};

static const MethodDef frozenset_methods[] = {
    {"copy", m_copy, 0},
    {"union", m_union, 0},
    {"intersection", m_intersection, 0},
    {"difference", m_difference, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {NULL, NULL, 0},
};

/* set(iterable) / frozenset(iterable).  A set subclass gets an empty
 * instance filled by __init__ (set_init_slot), as in CPython. */
static Object *set_new_slot(Object *callable, Object *const *args, size_t nargs,
                            Object *kwnames)
{
    Type *t = (Type *)callable;
    bool frozen = type_is_subtype(t, &FrozenSet_type) || t == &FrozenSet_type;
    const char *name = frozen ? "frozenset" : "set";
    if (NKW(kwnames) && (t == &Set_type || t == &FrozenSet_type))
        return err_set(Exc_TypeError, "%s() takes no keyword arguments", name);
    if (nargs > 1)
        return err_set(Exc_TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
    Object *iterable = nargs ? args[0] : NULL;
    if (t == &FrozenSet_type)
        return frozenset_new(iterable);
    return make_new_set(t, frozen || t == &Set_type ? iterable : NULL);
}

static int set_init_slot(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (TYPE(self) == &Set_type || is_frozen(self))
        return 0;
    if (nargs > 1) {
        err_set(Exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    clear_internal(self);
    return nargs ? update_internal(S(self), args[0]) : 0;
}

Type Set_type = {
    .base = {1, &Type_type}, .name = "set",
    .basicsize = sizeof(SetObject), .flags = TF_GC | TF_BASETYPE,
    .weaklistoffset = offsetof(SetObject, weaklist),
    .dealloc = set_dealloc, .traverse = set_traverse, .clear = clear_internal,
    .new_ = set_new_slot, .init = set_init_slot,
    .repr = set_repr, .hash = list_unhashable, .richcompare = set_richcompare,
    .iter = set_iter, .number = &set_number, .length = set_length,
    .contains = set_contains_slot, .methods = set_methods,
};

Type FrozenSet_type = {
    .base = {1, &Type_type}, .name = "frozenset",
    .basicsize = sizeof(SetObject), .flags = TF_GC | TF_BASETYPE,
    .weaklistoffset = offsetof(SetObject, weaklist),
    .dealloc = set_dealloc, .traverse = set_traverse, .clear = clear_internal,
    .new_ = set_new_slot,
    .repr = set_repr, .hash = frozenset_hash, .richcompare = set_richcompare,
    .iter = set_iter, .number = &frozenset_number, .length = set_length,
    .contains = set_contains_slot, .methods = frozenset_methods,
};

int set_init(void)
{
    if (type_ready(&Set_type) < 0 || type_ready(&FrozenSet_type) < 0 ||
        type_ready(&SetIter_type) < 0)
        return -1;
    return 0;
}
