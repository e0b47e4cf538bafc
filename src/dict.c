/* dict.c — the insertion-ordered dict, its views and iterators.
 *
 * Layout (CPython 3.6+): a compact array of entries in insertion order and
 * an index table of 2^k int32 slots probed with CPython's perturbation
 * scheme.  A slot holds EMPTY, DUMMY (a deleted key: probing continues past
 * it) or the position of an entry.  Both live in one mem_alloc block:
 * entries first (they hold object pointers the Boehm collector must see),
 * then the index table.  Invariants:
 *   - entries[0..nentries) are live (key != NULL) or holes left by
 *     deletions (key == NULL); used counts the live ones;
 *   - nentries <= usable == 2/3 of the index size; inserting past that
 *     rebuilds the table, which also compacts the holes away;
 *   - version changes on every insertion of a new key, deletion and
 *     rebuild, so iterators detect a change of size (a lookup whose
 *     __eq__ mutated the dict restarts only if the table was replaced). */
#include <string.h>
#include "dict.h"
#include "list.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "iter.h"
#include "mem.h"
#include "str.h"

#define VISIT_REF(o) do { if (o) { int r_ = visit(OBJ(o), arg); if (r_) return r_; } } while (0)

typedef struct {
    intptr_t hash;
    Object *key;        /* NULL: a hole left by a deletion */
    Object *value;
} DictEntry;

typedef struct {
    Object base;
    intptr_t used;
    size_t nentries, usable;
    size_t mask;        /* index size - 1; 0 with no table */
    DictEntry *entries; /* NULL until the first insertion */
    int32_t *indices;   /* inside the entries block */
    uint64_t version;
} DictObject;

#define D(o) ((DictObject *)(o))
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_SIZE 8
#define PERTURB_SHIFT 5

static intptr_t hash_of(Object *key)
{
    return STR_CHECK_EXACT(key) ? str_hash(key) : obj_hash(key);
}

/* ---- the table ---- */

/* Build an empty table of size slots (a power of two >= MIN_SIZE) and
 * re-insert the live entries in order: holes disappear. */
static int rebuild(DictObject *d, size_t size)
{
    size_t usable = size * 2 / 3;
    size_t bytes = usable * sizeof(DictEntry) + size * sizeof(int32_t);
    DictEntry *entries = mem_alloc(bytes);
    if (!entries) {
        err_no_memory();
        return -1;
    }
    int32_t *indices = (int32_t *)(entries + usable);
    memset(indices, 0xff, size * sizeof(int32_t)); /* all IX_EMPTY */
    size_t n = 0, mask = size - 1;
    for (size_t k = 0; k < d->nentries; k++) {
        DictEntry *e = &d->entries[k];
        if (!e->key)
            continue;
        entries[n] = *e;
        size_t i = (size_t)e->hash & mask, perturb = (size_t)e->hash;
        while (indices[i] != IX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        indices[i] = (int32_t)n++;
    }
    mem_free(d->entries);
    d->entries = entries;
    d->indices = indices;
    d->mask = mask;
    d->usable = usable;
    d->nentries = n;
    d->version++;
    return 0;
}

/* Grow (or compact) so that one more entry fits: the new size is the
 * smallest power of two >= 3 * used, as CPython's GROWTH_RATE. */
static int make_room(DictObject *d)
{
    size_t want = (size_t)d->used * 3, size = MIN_SIZE;
    while (size < want)
        size <<= 1;
    return rebuild(d, size);
}

/* Find key: the entry position, or -1 when missing (*slot: the index slot
 * where it would go), or -2 on error.  Restarts when a comparison rebuilt
 * or cleared the table, or replaced the entry it compared. */
static intptr_t lookup(DictObject *d, Object *key, intptr_t hash, size_t *slot)
{
restart:
    if (!d->entries) {
        *slot = 0;
        return -1;
    }
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    size_t freeslot = SIZE_MAX;
    bool str_key = STR_CHECK_EXACT(key);
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == IX_EMPTY) {
            *slot = freeslot != SIZE_MAX ? freeslot : i;
            return -1;
        }
        if (ix == IX_DUMMY) {
            if (freeslot == SIZE_MAX)
                freeslot = i;
        } else {
            DictEntry *e = &d->entries[ix];
            if (e->key == key)
                return ix;
            if (e->hash == hash) {
                if (str_key && STR_CHECK_EXACT(e->key)) {
                    if (str_equal(e->key, key))
                        return ix;
                } else {
                    Object *start = NEWREF(e->key);
                    DictEntry *entries = d->entries;
                    uint64_t version = d->version;
                    int r = obj_richcompare_bool(start, key, CMP_EQ);
                    DECREF(start);
                    if (r < 0)
                        return -2;
                    /* As CPython: restart only when __eq__ replaced the
                     * table or this entry; a change in place (a deletion,
                     * an insertion that fit) lets the probe go on. */
                    if (d->entries != entries || d->mask != mask || d->entries[ix].key != start)
                        goto restart;
                    if (version != d->version)
                        freeslot = SIZE_MAX;   /* the DUMMY it found may be taken now */
                    if (r)
                        return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The first EMPTY index slot on hash's probe path (the table was just
 * rebuilt, so there is no DUMMY and no comparison is needed). */
static size_t empty_slot(DictObject *d, intptr_t hash)
{
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (d->indices[i] != IX_EMPTY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* A dict of atomic keys and values cannot be part of a cycle, so a new
 * dict is not tracked; it is tracked once it holds a container (as in
 * CPython).  Subclass instances are always tracked: they have a __dict__. */
static void maybe_track(DictObject *d, Object *key, Object *value)
{
    if (!gc_is_tracked(OBJ(d)) && (obj_may_be_tracked(key) || obj_may_be_tracked(value)))
        gc_track(OBJ(d));
}

/* Insert or replace; does not steal. */
static int insert(DictObject *d, Object *key, intptr_t hash, Object *value)
{
    size_t slot;
    maybe_track(d, key, value);
    intptr_t ix = lookup(d, key, hash, &slot);
    if (ix == -2)
        return -1;
    if (ix >= 0) {
        Object *old = d->entries[ix].value;
        d->entries[ix].value = NEWREF(value);
        DECREF(old);
        return 0;
    }
    if (d->nentries >= d->usable) {
        if (make_room(d) < 0)
            return -1;
        slot = empty_slot(d, hash);
    }
    DictEntry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = NEWREF(key);
    e->value = NEWREF(value);
    d->indices[slot] = (int32_t)d->nentries++;
    d->used++;
    d->version++;
    return 0;
}

/* Remove the entry at ix found in index slot i; the references pass to
 * the caller through *key and *value. */
static void remove_entry(DictObject *d, intptr_t ix, Object **key, Object **value)
{
    DictEntry *e = &d->entries[ix];
    size_t mask = d->mask, i = (size_t)e->hash & mask, perturb = (size_t)e->hash;
    while (d->indices[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    d->indices[i] = IX_DUMMY;
    *key = e->key;
    *value = e->value;
    e->key = e->value = NULL;
    d->used--;
    d->version++;
}

/* Drop every entry.  The table is detached first: decrefs may run code. */
static void dict_clear_all(Object *self)
{
    DictObject *d = D(self);
    DictEntry *entries = d->entries;
    size_t n = d->nentries;
    d->entries = NULL;
    d->indices = NULL;
    d->nentries = d->usable = d->mask = 0;
    d->used = 0;
    d->version++;
    for (size_t k = 0; k < n; k++) {
        if (entries[k].key) {
            DECREF(entries[k].key);
            DECREF(entries[k].value);
        }
    }
    mem_free(entries);
}

/* ---- public API ---- */

Object *dict_new(void)
{
    return obj_alloc(&Dict_type);
}

Object *dict_get_hashed(Object *d, Object *key, intptr_t hash)
{
    size_t slot;
    intptr_t ix = lookup(D(d), key, hash, &slot);
    return ix >= 0 ? D(d)->entries[ix].value : NULL;
}

Object *dict_get(Object *d, Object *key)
{
    intptr_t hash = hash_of(key);
    if (hash == -1)
        return NULL;
    return dict_get_hashed(d, key, hash);
}

Object *dict_get_str(Object *d, const char *key)
{
    Object *k = str_intern_cstr(key);
    if (!k)
        return err_no_memory();
    return dict_get(d, k);
}

int dict_set(Object *d, Object *key, Object *value)
{
    intptr_t hash = hash_of(key);
    if (hash == -1)
        return -1;
    return insert(D(d), key, hash, value);
}

int dict_set_str(Object *d, const char *key, Object *value)
{
    Object *k = str_intern_cstr(key);
    if (!k) {
        err_no_memory();
        return -1;
    }
    return dict_set(d, k, value);
}

/* Remove key: 1 removed (*value new ref when value != NULL), 0 missing
 * (no exception), -1 error. */
static int pop_key(Object *d, Object *key, Object **value)
{
    intptr_t hash = hash_of(key);
    if (hash == -1)
        return -1;
    size_t slot;
    intptr_t ix = lookup(D(d), key, hash, &slot);
    if (ix == -2)
        return -1;
    if (ix == -1)
        return 0;
    Object *k, *v;
    remove_entry(D(d), ix, &k, &v);
    DECREF(k);
    if (value)
        *value = v;
    else
        DECREF(v);
    return 1;
}

int dict_del(Object *d, Object *key)
{
    int r = pop_key(d, key, NULL);
    if (r == 0)
        err_set_obj(Exc_KeyError, key);
    return r > 0 ? 0 : -1;
}

intptr_t dict_size(Object *d)
{
    return D(d)->used;
}

bool dict_next(Object *d, size_t *pos, Object **key, Object **value)
{
    DictObject *dd = D(d);
    while (*pos < dd->nentries) {
        DictEntry *e = &dd->entries[(*pos)++];
        if (e->key) {
            if (key)
                *key = e->key;
            if (value)
                *value = e->value;
            return true;
        }
    }
    return false;
}

/* Copy every entry of the dict src into d (overriding). */
static int merge_dict(Object *d, Object *src)
{
    if (d == src || D(src)->used == 0)
        return 0;
    /* Snapshot the size: an __eq__ run by insert may mutate src. */
    for (size_t k = 0; k < D(src)->nentries; k++) {
        DictEntry *e = &D(src)->entries[k];
        if (!e->key)
            continue;
        Object *key = NEWREF(e->key), *value = NEWREF(e->value);
        int r = insert(D(d), key, e->hash, value);
        DECREF(key);
        DECREF(value);
        if (r < 0)
            return -1;
    }
    return 0;
}

Object *dict_copy(Object *d)
{
    Object *c = dict_new();
    if (!c)
        return NULL;
    if (D(d)->used && rebuild(D(c), D(d)->mask + 1) < 0) {
        DECREF(c);
        return NULL;
    }
    if (merge_dict(c, d) < 0) {
        DECREF(c);
        return NULL;
    }
    return c;
}

/* d.update(m) for a mapping that is not a dict: m.keys() and m[k]. */
static int merge_mapping(Object *d, Object *m, Object *keys_fn)
{
    Object *keys = obj_call0(keys_fn);
    if (!keys)
        return -1;
    Object *it = obj_iter(keys);
    DECREF(keys);
    if (!it)
        return -1;
    Object *k;
    while ((k = obj_next(it))) {
        Object *v = obj_getitem(m, k);
        int r = v ? dict_set(d, k, v) : -1;
        DECREF(k);
        XDECREF(v);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* One element of dict(iterable of pairs). */
static int merge_pair(Object *d, Object *item, size_t n)
{
    Object *pair = list_from_iterable(item);
    if (!pair) {
        if (err_matches(Exc_TypeError)) {
            err_clear();
            err_set(Exc_TypeError,
                    "cannot convert dictionary update sequence element #%zu to a sequence", n);
        }
        return -1;
    }
    int r = -1;
    if (VAR_SIZE(pair) != 2)
        err_set(Exc_ValueError,
                "dictionary update sequence element #%zu has length %zd; 2 is required",
                n, VAR_SIZE(pair));
    else
        r = dict_set(d, LIST_ITEMS(pair)[0], LIST_ITEMS(pair)[1]);
    DECREF(pair);
    return r;
}

static int merge_pairs(Object *d, Object *seq)
{
    Object *it = obj_iter(seq);
    if (!it)
        return -1;
    Object *item;
    for (size_t n = 0; (item = obj_next(it)); n++) {
        int r = merge_pair(d, item, n);
        DECREF(item);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

int dict_update(Object *d, Object *other)
{
    if (DICT_CHECK(other))
        return merge_dict(d, other);
    Object *keys_fn;
    int k = obj_lookup_attr(other, str_intern_cstr("keys"), &keys_fn);
    if (k < 0)
        return -1;
    if (k > 0) {
        int r = merge_mapping(d, other, keys_fn);
        DECREF(keys_fn);
        return r;
    }
    return merge_pairs(d, other);
}

int dict_merge_kwargs(Object *d, Object *mapping)
{
    Object *src = mapping;
    if (!DICT_CHECK(mapping)) {
        if (!(src = dict_new()))
            return -1;
        if (dict_update(src, mapping) < 0) {
            DECREF(src);
            return -1;
        }
    } else {
        INCREF(src);
    }
    size_t pos = 0;
    Object *k, *v;
    int r = 0;
    while (r == 0 && dict_next(src, &pos, &k, &v)) {
        if (!STR_CHECK(k)) {
            err_set(Exc_TypeError, "keywords must be strings");
            r = -1;
        } else {
            r = dict_set(d, k, v);
        }
    }
    DECREF(src);
    return r;
}

Object *dict_keys_list(Object *d)
{
    Object *l = list_new((size_t)D(d)->used);
    if (!l)
        return NULL;
    size_t pos = 0, i = 0;
    Object *k;
    while (dict_next(d, &pos, &k, NULL))
        LIST_ITEMS(l)[i++] = NEWREF(k);
    return l;
}

/* ---- life cycle ---- */

static void dict_dealloc(Object *self)
{
    gc_untrack(self);
    dict_clear_all(self);
    obj_free(self);
}

static int dict_traverse(Object *self, VisitFn visit, void *arg)
{
    DictObject *d = D(self);
    for (size_t k = 0; k < d->nentries; k++) {
        if (d->entries[k].key) {
            VISIT_REF(d->entries[k].key);
            VISIT_REF(d->entries[k].value);
        }
    }
    return 0;
}

/* The collector asks whether a tracked dict can leave its lists. */
static bool dict_untrackable(Object *self)
{
    DictObject *d = D(self);
    if (TYPE(self) != &Dict_type)
        return false;
    for (size_t k = 0; k < d->nentries; k++) {
        DictEntry *e = &d->entries[k];
        if (e->key && (obj_may_be_tracked(e->key) || obj_may_be_tracked(e->value)))
            return false;
    }
    return true;
}

/* ---- object protocol ---- */

static Object *dict_repr(Object *self)
{
    if (D(self)->used == 0)
        return str_from_cstr("{}");
    int r = list_repr_enter(self);
    if (r)
        return r > 0 ? str_from_cstr("{...}") : NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_add_char(&sb, '{');
    size_t pos = 0;
    Object *k, *v;
    bool first = true;
    /* Items are held while their reprs run: a repr may mutate the dict. */
    while (dict_next(self, &pos, &k, &v)) {
        if (!first)
            sb_add(&sb, ", ", 2);
        first = false;
        INCREF(k);
        INCREF(v);
        int e = sb_add_repr(&sb, k);
        if (e == 0) {
            sb_add(&sb, ": ", 2);
            e = sb_add_repr(&sb, v);
        }
        DECREF(k);
        DECREF(v);
        if (e < 0) {
            sb_discard(&sb);
            list_repr_leave(self);
            return NULL;
        }
    }
    sb_add_char(&sb, '}');
    list_repr_leave(self);
    return sb_finish(&sb);
}

/* a == b for two dicts: same size, and every key of a maps to an equal value in b. */
static int dict_equal(Object *a, Object *b)
{
    if (D(a)->used != D(b)->used)
        return 0;
    for (size_t k = 0; k < D(a)->nentries; k++) {
        DictEntry *e = &D(a)->entries[k];
        if (!e->key)
            continue;
        Object *key = NEWREF(e->key), *av = NEWREF(e->value);
        size_t slot;
        intptr_t ix = lookup(D(b), key, e->hash, &slot);
        int r = ix == -2 ? -1 : ix == -1 ? 0 : 1;
        if (r > 0) {
            Object *bv = NEWREF(D(b)->entries[ix].value);
            r = obj_richcompare_bool(av, bv, CMP_EQ);
            DECREF(bv);
        }
        DECREF(key);
        DECREF(av);
        if (r <= 0)
            return r;
    }
    return 1;
}

static Object *dict_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!DICT_CHECK(a) || !DICT_CHECK(b) || (op != CMP_EQ && op != CMP_NE))
        return NEWREF(NotImplemented);
    int r = dict_equal(a, b);
    if (r < 0)
        return NULL;
    return bool_from(op == CMP_EQ ? r : !r);
}

static intptr_t dict_length(Object *self)
{
    return D(self)->used;
}

static Object *dict_getitem(Object *self, Object *key)
{
    intptr_t hash = hash_of(key);
    if (hash == -1)
        return NULL;
    Object *v = dict_get_hashed(self, key, hash);
    if (v)
        return NEWREF(v);
    if (err_occurred())
        return NULL;
    if (TYPE(self) != &Dict_type) {
        /* A subclass may define __missing__. */
        Object *missing = type_lookup(TYPE(self), str_intern_cstr("__missing__"));
        if (missing)
            return obj_call_method(self, "__missing__", &key, 1);
    }
    return err_set_obj(Exc_KeyError, key);
}

static int dict_setitem(Object *self, Object *key, Object *value)
{
    return value ? dict_set(self, key, value) : dict_del(self, key);
}

static int dict_contains(Object *self, Object *key)
{
    intptr_t hash = hash_of(key);
    if (hash == -1)
        return -1;
    if (dict_get_hashed(self, key, hash))
        return 1;
    return err_occurred() ? -1 : 0;
}

static int dict_to_bool(Object *self)
{
    return D(self)->used != 0;
}

static Object *dict_or(Object *a, Object *b)
{
    if (!DICT_CHECK(a) || !DICT_CHECK(b))
        return NEWREF(NotImplemented);
    Object *r = dict_copy(a);
    if (r && merge_dict(r, b) < 0)
        CLEAR(r);
    return r;
}

Object *dict_inplace_or(Object *a, Object *b)
{
    return dict_update(a, b) < 0 ? NULL : NEWREF(a);
}

static const NumberSlots dict_number = {
    .or_ = dict_or, .inplace_or = dict_inplace_or, .to_bool = dict_to_bool,
};

/* ---- iterators ---- */

typedef enum { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS } ViewKind;

typedef struct {
    Object base;
    Object *dict;       /* NULL once exhausted */
    size_t pos;         /* next entry (forward) or entry + 1 (reverse) */
    intptr_t used;      /* size when created: -1 after a change was reported */
    intptr_t remaining;
} DictIterObject;

extern Type DictKeyIter_type, DictValueIter_type, DictItemIter_type,
    DictRevKeyIter_type, DictRevValueIter_type, DictRevItemIter_type;

static Type *const iter_types[2][3] = {
    {&DictKeyIter_type, &DictValueIter_type, &DictItemIter_type},
    {&DictRevKeyIter_type, &DictRevValueIter_type, &DictRevItemIter_type},
};

static Object *dictiter_new(Object *d, ViewKind kind, bool reverse)
{
    DictIterObject *it = (DictIterObject *)obj_alloc(iter_types[reverse][kind]);
    if (!it)
        return NULL;
    it->dict = NEWREF(d);
    it->pos = reverse ? D(d)->nentries : 0;
    it->used = D(d)->used;
    it->remaining = D(d)->used;
    gc_track(OBJ(it));
    return OBJ(it);
}

static ViewKind iter_kind(Object *it)
{
    Type *t = TYPE(it);
    return t == &DictKeyIter_type || t == &DictRevKeyIter_type ? VIEW_KEYS
         : t == &DictValueIter_type || t == &DictRevValueIter_type ? VIEW_VALUES
         : VIEW_ITEMS;
}

static Object *make_result(ViewKind kind, DictEntry *e)
{
    if (kind == VIEW_KEYS)
        return NEWREF(e->key);
    if (kind == VIEW_VALUES)
        return NEWREF(e->value);
    return tuple_pack(2, e->key, e->value);
}

/* The iterator reached entry e.  More entries than the size at creation
 * means keys were deleted and added behind the iterator's back. */
static Object *found(DictIterObject *it, DictEntry *e)
{
    if (it->remaining <= 0) {
        it->used = -1;
        return err_set(Exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->remaining--;
    return make_result(iter_kind(OBJ(it)), e);
}

static Object *dictiter_next(Object *self)
{
    DictIterObject *it = (DictIterObject *)self;
    DictObject *d = D(it->dict);
    if (!d)
        return NULL;
    if (it->used != d->used) {
        it->used = -1; /* sticky, as in CPython */
        return err_set(Exc_RuntimeError, "dictionary changed size during iteration");
    }
    bool reverse = TYPE(self) == &DictRevKeyIter_type || TYPE(self) == &DictRevValueIter_type
                || TYPE(self) == &DictRevItemIter_type;
    if (reverse) {
        while (it->pos > 0 && it->pos <= d->nentries) {
            DictEntry *e = &d->entries[--it->pos];
            if (e->key)
                return found(it, e);
        }
    } else {
        while (it->pos < d->nentries) {
            DictEntry *e = &d->entries[it->pos++];
            if (e->key)
                return found(it, e);
        }
    }
    CLEAR(it->dict);
    return NULL;
}

static void dictiter_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(((DictIterObject *)self)->dict);
    obj_free(self);
}

static int dictiter_traverse(Object *self, VisitFn visit, void *arg)
{
    VISIT_REF(((DictIterObject *)self)->dict);
    return 0;
}

static void dictiter_clear(Object *self)
{
    CLEAR(((DictIterObject *)self)->dict);
}

static Object *self_iter(Object *self)
{
    return NEWREF(self);
}

static Object *dictiter_length_hint(Object *self, Object *const *args, size_t nargs,
                                    Object *kwnames)
{
    DictIterObject *it = (DictIterObject *)self;
    intptr_t n = it->dict && it->used == D(it->dict)->used ? it->remaining : 0;
    return int_from_i64(n);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0},
    {NULL, NULL, 0},
};

#define DICT_ITER_TYPE(var, tname) \
    Type var = { \
        .base = {1, &Type_type}, .name = tname, \
        .basicsize = sizeof(DictIterObject), .flags = TF_GC, \
        .dealloc = dictiter_dealloc, .traverse = dictiter_traverse, \
        .clear = dictiter_clear, .iter = self_iter, .iternext = dictiter_next, \
        .methods = dictiter_methods, \
    }

DICT_ITER_TYPE(DictKeyIter_type, "dict_keyiterator");
DICT_ITER_TYPE(DictValueIter_type, "dict_valueiterator");
DICT_ITER_TYPE(DictItemIter_type, "dict_itemiterator");
DICT_ITER_TYPE(DictRevKeyIter_type, "dict_reversekeyiterator");
DICT_ITER_TYPE(DictRevValueIter_type, "dict_reversevalueiterator");
DICT_ITER_TYPE(DictRevItemIter_type, "dict_reverseitemiterator");

static Object *dict_iter(Object *self)
{
    return dictiter_new(self, VIEW_KEYS, false);
}

/* ---- views ---- */

typedef struct {
    Object base;
    Object *dict;
} DictViewObject;

extern Type DictKeys_type, DictValues_type, DictItems_type;

static ViewKind view_kind(Object *v)
{
    return TYPE(v) == &DictKeys_type ? VIEW_KEYS
         : TYPE(v) == &DictValues_type ? VIEW_VALUES : VIEW_ITEMS;
}

static bool is_set_view(Object *o)
{
    return TYPE(o) == &DictKeys_type || TYPE(o) == &DictItems_type;
}

static Object *view_new(Object *d, Type *t)
{
    DictViewObject *v = (DictViewObject *)obj_alloc(t);
    if (!v)
        return NULL;
    v->dict = NEWREF(d);
    gc_track(OBJ(v));
    return OBJ(v);
}

#define VIEW_DICT(o) (((DictViewObject *)(o))->dict)

static void view_dealloc(Object *self)
{
    gc_untrack(self);
    XDECREF(VIEW_DICT(self));
    obj_free(self);
}

static int view_traverse(Object *self, VisitFn visit, void *arg)
{
    VISIT_REF(VIEW_DICT(self));
    return 0;
}

static void view_clear(Object *self)
{
    CLEAR(VIEW_DICT(self));
}

static intptr_t view_length(Object *self)
{
    return VIEW_DICT(self) ? D(VIEW_DICT(self))->used : 0;
}

static Object *view_iter(Object *self)
{
    return dictiter_new(VIEW_DICT(self), view_kind(self), false);
}

static Object *view_reversed(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames)
{
    if (list_check_no_args("__reversed__", nargs, kwnames) < 0)
        return NULL;
    return dictiter_new(VIEW_DICT(self), view_kind(self), true);
}

/* dict_keys([...]): the list of the view's items in a type-named wrapper. */
static Object *view_repr(Object *self)
{
    int r = list_repr_enter(self);
    if (r)
        return r > 0 ? str_from_cstr("...") : NULL;
    Object *l = list_from_iterable(self), *res = NULL;
    if (l) {
        res = str_format("%s(%R)", obj_type_name(self), l);
        DECREF(l);
    }
    list_repr_leave(self);
    return res;
}

static int view_contains(Object *self, Object *x)
{
    Object *d = VIEW_DICT(self);
    switch (view_kind(self)) {
    case VIEW_KEYS:
        return dict_contains(d, x);
    case VIEW_ITEMS: {
        if (!TUPLE_CHECK(x) || VAR_SIZE(x) != 2)
            return 0;
        Object *v = dict_get(d, TUPLE_ITEMS(x)[0]);
        if (!v)
            return err_occurred() ? -1 : 0;
        INCREF(v);
        int r = obj_richcompare_bool(v, TUPLE_ITEMS(x)[1], CMP_EQ);
        DECREF(v);
        return r;
    }
    default: {
        Object *it = view_iter(self), *y;
        if (!it)
            return -1;
        int r = 0;
        while (r == 0 && (y = obj_next(it))) {
            r = obj_richcompare_bool(y, x, CMP_EQ);
            DECREF(y);
        }
        DECREF(it);
        return r == 0 && err_occurred() ? -1 : r;
    }
    }
}

/* Every item of a is in b (both sized, b supports `in`): 1, 0, -1. */
static int all_contained_in(Object *a, Object *b)
{
    Object *it = obj_iter(a), *x;
    if (!it)
        return -1;
    int r = 1;
    while (r == 1 && (x = obj_next(it))) {
        r = obj_contains(b, x);
        DECREF(x);
    }
    DECREF(it);
    return r == 1 && err_occurred() ? -1 : r;
}

/* Set-like comparisons of keys and items views with sets and views. */
static Object *view_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!is_set_view(a) || !(is_set_view(b) || SET_CHECK(b)))
        return NEWREF(NotImplemented);
    intptr_t la = obj_length(a), lb = obj_length(b);
    if (la < 0 || lb < 0)
        return NULL;
    int r;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        r = la == lb ? all_contained_in(a, b) : 0;
        if (r >= 0 && op == CMP_NE)
            r = !r;
        break;
    case CMP_LT: r = la < lb ? all_contained_in(a, b) : 0; break;
    case CMP_LE: r = la <= lb ? all_contained_in(a, b) : 0; break;
    case CMP_GT: r = la > lb ? all_contained_in(b, a) : 0; break;
    default: r = la >= lb ? all_contained_in(b, a) : 0; break;
    }
    return r < 0 ? NULL : bool_from(r);
}

/* view op other: set(left) updated by a set method with right. */
static Object *view_setop(Object *a, Object *b, const char *method)
{
    if (!is_set_view(a) && !is_set_view(b))
        return NEWREF(NotImplemented);
    Object *s = set_new(a);
    if (!s)
        return NULL;
    Object *r = obj_call_method(s, method, &b, 1);
    if (!r) {
        DECREF(s);
        return NULL;
    }
    DECREF(r);
    return s;
}

/* view & other: the items of other (or of the smaller view) found in the view. */
static Object *view_and(Object *a, Object *b)
{
    if (!is_set_view(a)) {
        Object *t = a;
        a = b;
        b = t;
    }
    if (!is_set_view(a))
        return NEWREF(NotImplemented);
    if (is_set_view(b) && view_length(b) > view_length(a)) {
        Object *t = a;
        a = b;
        b = t;
    }
    Object *s = set_new(NULL), *it = s ? obj_iter(b) : NULL, *x;
    if (!it) {
        XDECREF(s);
        return NULL;
    }
    int r = 0;
    while (r >= 0 && (x = obj_next(it))) {
        r = view_contains(a, x);
        if (r > 0)
            r = set_add(s, x);
        DECREF(x);
    }
    DECREF(it);
    if (r < 0 || err_occurred()) {
        DECREF(s);
        return NULL;
    }
    return s;
}

static Object *view_or(Object *a, Object *b) { return view_setop(a, b, "update"); }
static Object *view_sub(Object *a, Object *b) { return view_setop(a, b, "difference_update"); }
static Object *view_xor(Object *a, Object *b)
{
    return view_setop(a, b, "symmetric_difference_update");
}

static const NumberSlots view_number = {
    .sub = view_sub, .and_ = view_and, .or_ = view_or, .xor_ = view_xor,
};

static Object *view_isdisjoint(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames)
{
    if (list_check_one_arg("isdisjoint", nargs, kwnames) < 0)
        return NULL;
    Object *it = obj_iter(args[0]), *x;
    if (!it)
        return NULL;
    int r = 0;
    while (r == 0 && (x = obj_next(it))) {
        r = view_contains(self, x);
        DECREF(x);
    }
    DECREF(it);
    if (r < 0 || (r == 0 && err_occurred()))
        return NULL;
    return bool_from(r == 0);
}

static Object *view_mapping(Object *self)
{
    return NEWREF(VIEW_DICT(self));
}

static const MethodDef setview_methods[] = {
    {"__reversed__", view_reversed, 0},
    {"isdisjoint", view_isdisjoint, 0},
    {NULL, NULL, 0},
};

static const MethodDef valuesview_methods[] = {
    {"__reversed__", view_reversed, 0},
    {NULL, NULL, 0},
};

static const GetSetDef view_getset[] = {
    {"mapping", view_mapping, NULL},
    {NULL, NULL, NULL},
};

Type DictKeys_type = {
    .base = {1, &Type_type}, .name = "dict_keys",
    .basicsize = sizeof(DictViewObject), .flags = TF_GC,
    .dealloc = view_dealloc, .traverse = view_traverse, .clear = view_clear,
    .repr = view_repr, .hash = list_unhashable, .richcompare = view_richcompare,
    .iter = view_iter, .number = &view_number, .length = view_length,
    .contains = view_contains, .methods = setview_methods, .getset = view_getset,
};

Type DictItems_type = {
    .base = {1, &Type_type}, .name = "dict_items",
    .basicsize = sizeof(DictViewObject), .flags = TF_GC,
    .dealloc = view_dealloc, .traverse = view_traverse, .clear = view_clear,
    .repr = view_repr, .hash = list_unhashable, .richcompare = view_richcompare,
    .iter = view_iter, .number = &view_number, .length = view_length,
    .contains = view_contains, .methods = setview_methods, .getset = view_getset,
};

Type DictValues_type = {
    .base = {1, &Type_type}, .name = "dict_values",
    .basicsize = sizeof(DictViewObject), .flags = TF_GC,
    .dealloc = view_dealloc, .traverse = view_traverse, .clear = view_clear,
    .repr = view_repr, .iter = view_iter, .length = view_length,
    .contains = view_contains, .methods = valuesview_methods, .getset = view_getset,
};

/* ---- methods ---- */

static Object *m_get(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("get", kwnames) < 0 || arg_count("get", nargs, 1, 2) < 0)
        return NULL;
    Object *v = dict_get(self, args[0]);
    if (v)
        return NEWREF(v);
    if (err_occurred())
        return NULL;
    return NEWREF(nargs > 1 ? args[1] : None);
}

static Object *m_setdefault(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("setdefault", kwnames) < 0 ||
        arg_count("setdefault", nargs, 1, 2) < 0)
        return NULL;
    intptr_t hash = hash_of(args[0]);
    if (hash == -1)
        return NULL;
    Object *v = dict_get_hashed(self, args[0], hash);
    if (v)
        return NEWREF(v);
    if (err_occurred())
        return NULL;
    Object *dflt = nargs > 1 ? args[1] : None;
    if (insert(D(self), args[0], hash, dflt) < 0)
        return NULL;
    return NEWREF(dflt);
}

static Object *m_pop(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("pop", kwnames) < 0 || arg_count("pop", nargs, 1, 2) < 0)
        return NULL;
    Object *v;
    int r = pop_key(self, args[0], &v);
    if (r < 0)
        return NULL;
    if (r > 0)
        return v;
    if (nargs > 1)
        return NEWREF(args[1]);
    return err_set_obj(Exc_KeyError, args[0]);
}

static Object *m_popitem(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_no_args("dict.popitem", nargs, kwnames) < 0)
        return NULL;
    DictObject *d = D(self);
    if (d->used == 0)
        return err_set(Exc_KeyError, "popitem(): dictionary is empty");
    size_t k = d->nentries;
    while (!d->entries[k - 1].key)
        k--;
    Object *key, *value;
    /* The entry slot is not given back: its index slot holds a DUMMY, and
     * only a rebuild (when the entries run out) clears those; reusing
     * entries would fill the index with DUMMYs until lookups never end. */
    remove_entry(d, (intptr_t)k - 1, &key, &value);
    Object *t = tuple_new(2);
    if (!t) {
        DECREF(key);
        DECREF(value);
        return NULL;
    }
    TUPLE_ITEMS(t)[0] = key;
    TUPLE_ITEMS(t)[1] = value;
    return t;
}

static Object *m_keys(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_no_args("dict.keys", nargs, kwnames) < 0)
        return NULL;
    return view_new(self, &DictKeys_type);
}

static Object *m_values(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_no_args("dict.values", nargs, kwnames) < 0)
        return NULL;
    return view_new(self, &DictValues_type);
}

static Object *m_items(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_no_args("dict.items", nargs, kwnames) < 0)
        return NULL;
    return view_new(self, &DictItems_type);
}

/* d.update([other], **kwargs) and the same arguments of dict(). */
static int update_args(Object *self, const char *name, Object *const *args, size_t nargs,
                       Object *kwnames)
{
    if (nargs > 1) {
        err_set(Exc_TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
        return -1;
    }
    if (nargs && dict_update(self, args[0]) < 0)
        return -1;
    for (size_t i = 0; i < NKW(kwnames); i++)
        if (dict_set(self, TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0)
            return -1;
    return 0;
}

static Object *m_update(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (update_args(self, "update", args, nargs, kwnames) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *m_ior(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_one_arg("dict.__ior__", nargs, kwnames) < 0)
        return NULL;
    return dict_inplace_or(self, args[0]);
}

static Object *m_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_no_args("dict.copy", nargs, kwnames) < 0)
        return NULL;
    return dict_copy(self);
}

static Object *m_clear(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_no_args("dict.clear", nargs, kwnames) < 0)
        return NULL;
    dict_clear_all(self);
    RETURN_NONE;
}

static Object *m_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (list_check_no_args("dict.__reversed__", nargs, kwnames) < 0)
        return NULL;
    return dictiter_new(self, VIEW_KEYS, true);
}

/* dict.fromkeys(iterable, value=None): a class method; self is the type. */
static Object *m_fromkeys(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("fromkeys", kwnames) < 0 || arg_count("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    Object *value = nargs > 1 ? args[1] : None;
    Object *d = (Type *)self == &Dict_type ? dict_new() : obj_call0(self);
    if (!d)
        return NULL;
    Object *it = obj_iter(args[0]), *k;
    if (!it) {
        DECREF(d);
        return NULL;
    }
    int r = 0;
    while (r == 0 && (k = obj_next(it))) {
        r = DICT_CHECK(d) ? dict_set(d, k, value) : obj_setitem(d, k, value);
        DECREF(k);
    }
    DECREF(it);
    if (r < 0 || err_occurred()) {
        DECREF(d);
        return NULL;
    }
    return d;
}

static const MethodDef dict_methods[] = {
    {"get", m_get, 0},
    {"setdefault", m_setdefault, 0},
    {"pop", m_pop, 0},
    {"popitem", m_popitem, 0},
    {"keys", m_keys, 0},
    {"values", m_values, 0},
    {"items", m_items, 0},
    {"update", m_update, 0},
    {"copy", m_copy, 0},
    {"clear", m_clear, 0},
    {"fromkeys", m_fromkeys, METH_CLASS},
    {"__reversed__", m_reversed, 0},
    {"__ior__", m_ior, 0},
    {NULL, NULL, 0},
};

/* dict(...): the exact type is filled here; a subclass instance is
 * filled by its __init__ (dict_init_slot), as in CPython. */
static Object *dict_new_slot(Object *callable, Object *const *args, size_t nargs,
                             Object *kwnames)
{
    Type *t = (Type *)callable;
    Object *d = obj_alloc(t);
    if (!d)
        return NULL;
    if (t != &Dict_type)
        gc_track(d);
    if (t == &Dict_type && update_args(d, "dict", args, nargs, kwnames) < 0) {
        DECREF(d);
        return NULL;
    }
    return d;
}

static int dict_init_slot(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (TYPE(self) == &Dict_type)
        return 0;
    return update_args(self, "dict", args, nargs, kwnames);
}

Type Dict_type = {
    .base = {1, &Type_type}, .name = "dict",
    .basicsize = sizeof(DictObject),
    .flags = TF_GC | TF_BASETYPE | TF_DICT_SUBCLASS,
    .dealloc = dict_dealloc, .traverse = dict_traverse, .clear = dict_clear_all,
    .untrackable = dict_untrackable, .new_ = dict_new_slot, .init = dict_init_slot,
    .repr = dict_repr, .hash = list_unhashable, .richcompare = dict_richcompare,
    .iter = dict_iter, .number = &dict_number, .length = dict_length,
    .getitem = dict_getitem, .setitem = dict_setitem, .contains = dict_contains,
    .methods = dict_methods,
};

int dict_init(void)
{
    Type *types[] = {
        &Dict_type, &DictKeys_type, &DictValues_type, &DictItems_type,
        &DictKeyIter_type, &DictValueIter_type, &DictItemIter_type,
        &DictRevKeyIter_type, &DictRevValueIter_type, &DictRevItemIter_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (type_ready(types[i]) < 0)
            return -1;
    return set_init();
}
