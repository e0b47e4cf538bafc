/* class.c — creating classes (heap types), instance layout and death,
 * and __del__.
 *
 * A class extends the layout of its "solid" base — the nearest static type
 * in its base chain, e.g. object, list or Exception — with one slot for the
 * instance __dict__ when the base has none.  Slots come from that base
 * (type_ready inherits them) and are then overridden by slots.c for every
 * special method the class or a class base defines.
 *
 * Finalization (PEP 442): __del__ runs at most once per object.  The
 * collector backend keeps the "already finalized" mark (gc_is_finalized);
 * an object resurrected by its __del__ is freed without a second call
 * when it dies again.
 */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include "class.h"
#include "dict.h"
#include "err.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "mem.h"
#include "method.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "weakref.h"

int slots_install(Type *t);  /* slots.c */
void type_set_qualname(Type *t, Object *qualname);  /* type.c */
extern const size_t obj_dict_after_items;            /* object.c */

/* The nearest static type in t's base chain: it owns the layout. */
static Type *solid_base(Type *t)
{
    while (TYPE_FLAG(t, TF_HEAPTYPE))
        t = t->base_type;
    return t;
}

static void call_del(Object *o);

/* Did a class (rather than its static base) add the __dict__ slot? */
static bool dict_added_by_class(Type *t)
{
    return t->dictoffset && t->dictoffset != solid_base(t)->dictoffset;
}

/* ---- instances of classes ---- */

static void subtype_dealloc(Object *o)
{
    Type *t = TYPE(o);
    if (TYPE_FLAG(t, TF_HAS_FINALIZER) && class_finalize(o))
        return;             /* resurrected by __del__ */
    gc_untrack(o);
    weakref_clear_all(o);   /* callbacks before the attributes die, as in python3 */
    if (dict_added_by_class(t))
        CLEAR(*obj_dict_slot(o));
    solid_base(t)->dealloc(o);  /* ends with obj_free, which drops the type */
}

static int subtype_traverse(Object *o, VisitFn visit, void *arg)
{
    Type *t = TYPE(o);
    if (dict_added_by_class(t)) {
        Object *d = *obj_dict_slot(o);
        if (d && visit(d, arg))
            return 1;
    }
    if (visit(OBJ(t), arg))
        return 1;
    Type *base = solid_base(t);
    return base->traverse ? base->traverse(o, visit, arg) : 0;
}

static void subtype_clear(Object *o)
{
    Type *t = TYPE(o);
    if (dict_added_by_class(t))
        CLEAR(*obj_dict_slot(o));
    Type *base = solid_base(t);
    if (base->clear)
        base->clear(o);
}

static Object *subtype_get_dict(Object *o)
{
    Object **dp = obj_dict_slot(o);
    if (*dp == NULL && (*dp = dict_new()) == NULL)
        return NULL;
    return NEWREF(*dp);
}

static int subtype_set_dict(Object *o, Object *v)
{
    if (v == NULL || !DICT_CHECK(v)) {
        err_set(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                v ? obj_type_name(v) : "NoneType");
        return -1;
    }
    SETREF(*obj_dict_slot(o), NEWREF(v));
    return 0;
}

static const GetSetDef subtype_dict_getset = {"__dict__", subtype_get_dict, subtype_set_dict};

/* ---- the method resolution order (C3) ---- */

typedef struct {
    Object **items;
    size_t len, pos;
} Seq;

static bool in_tail(Seq *seqs, size_t n, Object *x)
{
    for (size_t i = 0; i < n; i++)
        for (size_t k = seqs[i].pos + 1; k < seqs[i].len; k++)
            if (seqs[i].items[k] == x)
                return true;
    return false;
}

/* Merge the bases' mros and the list of bases: repeatedly take the first
 * head that appears in no tail.  Fails when no head qualifies. */
static int c3_merge(Seq *seqs, size_t n, Object *result)
{
    for (;;) {
        Object *next = NULL;
        bool remaining = false;
        for (size_t i = 0; i < n && !next; i++) {
            if (seqs[i].pos >= seqs[i].len)
                continue;
            remaining = true;
            Object *head = seqs[i].items[seqs[i].pos];
            if (!in_tail(seqs, n, head))
                next = head;
        }
        if (!remaining)
            return 0;
        if (next == NULL)
            return 1;
        if (list_append(result, next) < 0)
            return -1;
        for (size_t i = 0; i < n; i++)
            if (seqs[i].pos < seqs[i].len && seqs[i].items[seqs[i].pos] == next)
                seqs[i].pos++;
    }
}

/* python3 names the classes whose order could not be settled: the heads
 * of the sequences that were still waiting, each once. */
static Object *mro_error(Seq *seqs, size_t n)
{
    StrBuilder sb;
    sb_init(&sb);
    sb_add_cstr(&sb, "Cannot create a consistent method resolution\norder (MRO) for bases");
    Object *listed[64];
    size_t nlisted = 0;
    for (size_t i = 0; i < n; i++) {
        if (seqs[i].pos >= seqs[i].len)
            continue;
        Object *head = seqs[i].items[seqs[i].pos];
        bool dup = false;
        for (size_t k = 0; k < nlisted; k++)
            dup |= listed[k] == head;
        if (dup || nlisted == 64)
            continue;
        listed[nlisted++] = head;
        sb_add_cstr(&sb, nlisted == 1 ? " " : ", ");
        sb_add_cstr(&sb, type_name((Type *)head));
    }
    Object *msg = sb_finish(&sb);
    if (msg) {
        err_set_obj(Exc_TypeError, msg);
        DECREF(msg);
    }
    return NULL;
}

static Object *compute_mro(Type *t, Object *bases)
{
    size_t nb = (size_t)VAR_SIZE(bases);
    Seq *seqs = mem_alloc((nb + 1) * sizeof *seqs);
    Object *result = seqs ? list_new(0) : NULL;
    if (result == NULL) {
        mem_free(seqs);
        return seqs ? NULL : err_no_memory();
    }
    for (size_t i = 0; i < nb; i++) {
        Object *mro = ((Type *)TUPLE_ITEMS(bases)[i])->mro;
        seqs[i] = (Seq){TUPLE_ITEMS(mro), (size_t)VAR_SIZE(mro), 0};
    }
    seqs[nb] = (Seq){TUPLE_ITEMS(bases), nb, 0};
    int rc = list_append(result, OBJ(t)) < 0 ? -1 : c3_merge(seqs, nb + 1, result);
    Object *mro = NULL;
    if (rc == 0)
        mro = list_as_tuple(result);
    else if (rc > 0)
        mro_error(seqs, nb + 1);
    mem_free(seqs);
    DECREF(result);
    return mro;
}

/* ---- creating a class ---- */

static int check_bases(Object *bases)
{
    for (intptr_t i = 0; i < VAR_SIZE(bases); i++) {
        Object *b = TUPLE_ITEMS(bases)[i];
        if (!TYPE_FLAG(TYPE(b), TF_TYPE_SUBCLASS)) {
            err_set(Exc_TypeError, "bases must be types");
            return -1;
        }
        if (!TYPE_FLAG((Type *)b, TF_BASETYPE)) {
            err_set(Exc_TypeError, "type '%s' is not an acceptable base type", type_name((Type *)b));
            return -1;
        }
        for (intptr_t k = 0; k < i; k++)
            if (TUPLE_ITEMS(bases)[k] == b) {
                err_set(Exc_TypeError, "duplicate base class %s", type_name((Type *)b));
                return -1;
            }
    }
    return 0;
}

/* The base whose layout the class extends: every other base's solid
 * base must be an ancestor of its solid base. */
static Type *best_base(Object *bases)
{
    Type *best = NULL, *best_solid = NULL;
    for (intptr_t i = 0; i < VAR_SIZE(bases); i++) {
        Type *b = (Type *)TUPLE_ITEMS(bases)[i];
        Type *s = solid_base(b);
        if (best == NULL || (s != best_solid && type_is_subtype(s, best_solid))) {
            best = b;
            best_solid = s;
        } else if (!type_is_subtype(best_solid, s)) {
            err_set(Exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

/* ---- __slots__ ----
 *
 * Instances keep their slot values in the instance dict, like other
 * attributes, so the layout is unchanged; what python3 users see of slots
 * is kept: when every class of the MRO declares __slots__ (and none lists
 * "__dict__"), setting any other attribute fails and there is no
 * instance __dict__.  Names in __slots__ are a str or a tuple or list of
 * str; private names are mangled with the declaring class's name. */

static bool slot_matches(Type *k, Object *entry, Object *name)
{
    if (!STR_CHECK(entry))
        return false;
    if (str_equal(entry, name))
        return true;
    const char *e = str_utf8(entry), *n = str_utf8(name), *cls = type_name(k);
    size_t elen = strlen(e);
    if (strncmp(e, "__", 2) != 0 || (elen >= 2 && strcmp(e + elen - 2, "__") == 0))
        return false;
    while (*cls == '_')
        cls++;
    size_t clen = strlen(cls);
    return n[0] == '_' && strncmp(n + 1, cls, clen) == 0 && strcmp(n + 1 + clen, e) == 0;
}

bool class_slot_allowed(Type *t, Object *name)
{
    for (intptr_t i = 0; i < VAR_SIZE(t->mro); i++) {
        Type *k = (Type *)TUPLE_ITEMS(t->mro)[i];
        Object *slots = k->dict && TYPE_FLAG(k, TF_HEAPTYPE) ? dict_get_str(k->dict, "__slots__") : NULL;
        if (slots == NULL)
            continue;
        if (STR_CHECK(slots) && slot_matches(k, slots, name))
            return true;
        size_t n;
        Object **items = STR_CHECK(slots) ? NULL : list_seq_items(slots, &n);
        for (size_t j = 0; items && j < n; j++)
            if (slot_matches(k, items[j], name))
                return true;
    }
    return false;
}

/* Check the class's own __slots__ against its namespace and decide
 * whether its instances are slots-only (needs t->mro). */
static int check_slots(Type *t)
{
    Object *slots = dict_get_str(t->dict, "__slots__");
    if (slots == NULL)
        return 0;
    size_t n = 1;
    Object **items = STR_CHECK(slots) ? &slots : list_seq_items(slots, &n);
    if (items == NULL)
        return 0;           /* another iterable: accepted, not enforced */
    bool wants_dict = false;
    for (size_t i = 0; i < n; i++) {
        if (!STR_CHECK(items[i])) {
            err_set(Exc_TypeError, "__slots__ items must be strings, not '%s'", obj_type_name(items[i]));
            return -1;
        }
        if (strcmp(str_utf8(items[i]), "__dict__") == 0)
            wants_dict = true;
        else if (dict_get(t->dict, items[i])) {
            err_set(Exc_ValueError, "%R in __slots__ conflicts with class variable", items[i]);
            return -1;
        }
    }
    if (wants_dict)
        return 0;
    for (intptr_t i = 1; i < VAR_SIZE(t->mro); i++) {
        Type *k = (Type *)TUPLE_ITEMS(t->mro)[i];
        if (TYPE_FLAG(k, TF_HEAPTYPE) ? !TYPE_FLAG(k, TF_SLOTS_ONLY) : k->dictoffset != 0)
            return 0;
    }
    t->flags |= TF_SLOTS_ONLY;
    return 0;
}

/* A class statement puts __module__ in the namespace; type(name, bases,
 * ns) without it takes the running code's module name, as in python3. */
static int set_default_module(Object *d)
{
    if (dict_get_str(d, "__module__"))
        return 0;
    Object *globals = builtins_globals();
    if (globals == NULL)
        return err_occurred() ? -1 : 0;
    Object *name = DICT_CHECK(globals) ? dict_get_str(globals, "__name__") : NULL;
    int rc = name ? dict_set_str(d, "__module__", name) : 0;
    DECREF(globals);
    return rc;
}

/* python3 moves a class statement's __qualname__ out of the namespace
 * onto the type (A.__qualname__ works, A.__dict__ and A() lack it). */
static int take_qualname(Type *t)
{
    Object *key = str_intern_cstr("__qualname__");
    Object *q = key ? dict_get(t->dict, key) : NULL;
    if (q == NULL)
        return err_occurred() ? -1 : 0;
    if (!STR_CHECK(q)) {
        err_set(Exc_TypeError, "type __qualname__ must be a str, not %T", q);
        return -1;
    }
    type_set_qualname(t, q);
    return dict_del(t->dict, key);
}

/* Special names in the namespace that python3 transforms. */
static int adjust_namespace(Type *t)
{
    Object *d = t->dict, *v;
    if (set_default_module(d) < 0 || take_qualname(t) < 0)
        return -1;
    if (dict_get_str(d, "__doc__") == NULL && dict_set_str(d, "__doc__", None) < 0)
        return -1;
    if ((v = dict_get_str(d, "__new__")) && TYPE(v) == &Function_type) {
        Object *sm = obj_call1(OBJ(&StaticMethod_type), v);
        if (sm == NULL || dict_set_str(d, "__new__", sm) < 0) {
            XDECREF(sm);
            return -1;
        }
        DECREF(sm);
    }
    /* __init_subclass__ and __class_getitem__ are implicit classmethods */
    const char *implicit_cm[] = {"__init_subclass__", "__class_getitem__"};
    for (size_t i = 0; i < 2; i++) {
        if (!(v = dict_get_str(d, implicit_cm[i])) || TYPE(v) != &Function_type)
            continue;
        Object *cm = obj_call1(OBJ(&ClassMethod_type), v);
        if (cm == NULL || dict_set_str(d, implicit_cm[i], cm) < 0) {
            XDECREF(cm);
            return -1;
        }
        DECREF(cm);
    }
    /* A class that defines __eq__ but not __hash__ is unhashable. */
    if (dict_get_str(d, "__eq__") && dict_get_str(d, "__hash__") == NULL
        && dict_set_str(d, "__hash__", None) < 0)
        return -1;
    /* a metaclass's instances are classes: type's own __dict__ (the class
     * namespace) must not be shadowed by a per-instance one */
    if (dict_added_by_class(t) && !TYPE_FLAG(t, TF_SLOTS_ONLY) && !type_is_subtype(t, &Type_type)
        && dict_get_str(d, "__dict__") == NULL) {
        Object *descr = getset_descr_new(t, &subtype_dict_getset);
        if (descr == NULL || dict_set_str(d, "__dict__", descr) < 0) {
            XDECREF(descr);
            return -1;
        }
        DECREF(descr);
    }
    return 0;
}

/* The __class__ cell of methods that use super(): it gets the class. */
static int fill_class_cell(Type *t)
{
    Object *cell = dict_get_str(t->dict, "__classcell__");
    if (cell == NULL)
        return 0;
    if (TYPE(cell) != &Cell_type) {
        err_set(Exc_TypeError, "__classcell__ must be a nonlocal cell, not %T", cell);
        return -1;
    }
    SETREF(((CellObject *)cell)->ref, NEWREF(t));
    Object *key = str_intern_cstr("__classcell__");
    return dict_del(t->dict, key);
}

/* Each base remembers its subclasses weakly, so that a special method
 * set on a class later reaches the slots of its subclasses. */
/* Drop the references to subclasses that died.  Done when the list
 * doubles, so registering stays amortised O(1). */
static void prune_subclasses(Object *subs)
{
    intptr_t n = VAR_SIZE(subs);
    if (n < 8 || (n & (n - 1)) != 0)
        return;
    intptr_t k = 0;
    for (intptr_t i = 0; i < n; i++) {
        Object *wr = LIST_ITEMS(subs)[i];
        if (weakref_referent(wr))
            LIST_ITEMS(subs)[k++] = wr;
        else
            DECREF(wr);
    }
    for (intptr_t i = k; i < n; i++)
        LIST_ITEMS(subs)[i] = NULL;
    VAR_SIZE(subs) = k;
}

static int register_subclass(Type *t)
{
    for (intptr_t i = 0; i < VAR_SIZE(t->bases); i++) {
        Type *b = (Type *)TUPLE_ITEMS(t->bases)[i];
        if (b->subclasses == NULL && (b->subclasses = list_new(0)) == NULL)
            return -1;
        prune_subclasses(b->subclasses);
        Object *wr = weakref_new(&WeakRef_type, OBJ(t), NULL);
        int rc = wr ? list_append(b->subclasses, wr) : -1;
        XDECREF(wr);
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* Attributes that want to know their name (property) are told it. */
static int set_names(Type *t)
{
    Object *items = list_new(0), *key, *value;
    size_t pos = 0;
    while (items && dict_next(t->dict, &pos, &key, &value)) {
        Object *pair = tuple_pack(2, key, value);
        if (pair == NULL || list_append(items, pair) < 0)
            CLEAR(items);
        XDECREF(pair);
    }
    if (items == NULL)
        return -1;
    int rc = 0;
    for (intptr_t i = 0; rc == 0 && i < VAR_SIZE(items); i++) {
        Object *pair = LIST_ITEMS(items)[i];
        Object *v = TUPLE_ITEMS(pair)[1];
        if (!type_lookup(TYPE(v), str_intern_cstr("__set_name__")))
            continue;
        Object *args[2] = {OBJ(t), TUPLE_ITEMS(pair)[0]};
        Object *r = obj_call_method(v, "__set_name__", args, 2);
        rc = r ? 0 : -1;
        XDECREF(r);
    }
    DECREF(items);
    return rc;
}

/* The nearest base's __init_subclass__, called with the new class and
 * the class statement's keywords (kw: a dict or NULL). */
static int init_subclass(Type *t, Object *kw)
{
    Object *mro = t->mro, *name = str_intern_cstr("__init_subclass__");
    for (intptr_t i = 1; i < VAR_SIZE(mro); i++) {
        Type *k = (Type *)TUPLE_ITEMS(mro)[i];
        Object *f = k->dict ? dict_get(k->dict, name) : NULL;
        if (f == NULL)
            continue;
        Object *bound = TYPE(f)->descr_get ? TYPE(f)->descr_get(f, NULL, OBJ(t)) : NEWREF(f);
        Object *r = bound ? obj_call_tuple_dict(bound, NULL, kw) : NULL;
        XDECREF(bound);
        XDECREF(r);
        return r ? 0 : -1;
    }
    if (kw && dict_size(kw) > 0) {
        err_set(Exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                type_name(t->base_type));
        return -1;
    }
    return 0;
}

static int set_layout(Type *t, Type *base)
{
    t->basicsize = base->basicsize;
    t->itemsize = base->itemsize;
    t->dictoffset = base->dictoffset;
    t->weaklistoffset = base->weaklistoffset;
    /* Variable-sized bases (str, tuple) keep their items at the end of
     * the object: the __dict__ pointer goes after the items (object.c),
     * and, as in python3, instances cannot be weakly referenced. */
    if (t->itemsize && t->dictoffset == 0)
        t->dictoffset = obj_dict_after_items;
    if (t->itemsize == 0 && t->dictoffset == 0) {
        t->dictoffset = t->basicsize;
        t->basicsize += sizeof(Object *);
    }
    if (t->itemsize == 0 && t->weaklistoffset == 0) {
        t->weaklistoffset = t->basicsize;
        t->basicsize += sizeof(uintptr_t);
    }
    return 0;
}

Object *class_new(Type *meta, Object *name, Object *bases, Object *ns, Object *kw)
{
    Object *owned_bases = VAR_SIZE(bases) ? NEWREF(bases) : tuple_pack(1, &Object_type);
    if (owned_bases == NULL || check_bases(owned_bases) < 0)
        goto fail_bases;
    Type *base = best_base(owned_bases);
    if (base == NULL)
        goto fail_bases;
    HeapType *ht = (HeapType *)obj_alloc(meta);
    if (ht == NULL)
        goto fail_bases;
    Type *t = &ht->type;
    t->flags = TF_HEAPTYPE | TF_BASETYPE | TF_GC;
    t->name_obj = NEWREF(name);
    t->name = str_utf8(name);
    t->base_type = (Type *)NEWREF(base);
    t->bases = owned_bases;
    if (base->number)
        ht->number = *base->number;
    t->number = &ht->number;
    set_layout(t, base);
    if (!TYPE_FLAG(solid_base(t), TF_GC))
        t->flags |= TF_TRACK_ON_ALLOC;
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    t->finalize = call_del;     /* used once __del__ exists (slots_install) */
    if ((t->dict = dict_copy(ns)) == NULL || (t->mro = compute_mro(t, owned_bases)) == NULL
        || check_slots(t) < 0 || adjust_namespace(t) < 0 || fill_class_cell(t) < 0
        || type_ready(t) < 0 || slots_install(t) < 0) {
        DECREF(t);
        return NULL;
    }
    gc_track(OBJ(t));
    if (register_subclass(t) < 0) {
        DECREF(t);
        return NULL;
    }
    if (set_names(t) < 0 || init_subclass(t, kw) < 0) {
        DECREF(t);
        return NULL;
    }
    return OBJ(t);
fail_bases:
    XDECREF(owned_bases);
    return NULL;
}

/* ---- __del__ ---- */

/* Call o.__del__() on a live object; an exception in it is reported,
 * not raised, and the caller's pending exception is kept. */
static void call_del(Object *o)
{
    Object *del = type_lookup(TYPE(o), str_intern_cstr("__del__"));
    if (del == NULL)
        return;
    Object *saved = err_fetch();
    INCREF(del);
    Object *r = TYPE(del)->descr_get ? TYPE(del)->descr_get(del, o, OBJ(TYPE(o))) : NEWREF(del);
    Object *res = r ? obj_call0(r) : NULL;
    if (res == NULL)
        err_write_unraisable(del);
    XDECREF(res);
    XDECREF(r);
    DECREF(del);
    if (saved)
        err_restore(saved);
}

int class_finalize(Object *o)
{
    if (gc_is_finalized(o))
        return 0;
    o->refcnt = 1;          /* alive again while __del__ runs */
    call_del(o);
    if (--o->refcnt == 0)
        return 0;
    gc_set_finalized(o);    /* resurrected: never again */
    return 1;
}

/* ---- type(name, bases, dict) and the class statement ---- */

Object *class_type_new(Object *meta, Object *const *args, size_t nargs, Object *kwnames)
{
    if (nargs != 3 && nargs != 1)
        return err_set(Exc_TypeError, "type() takes 1 or 3 arguments");
    if (nargs == 1 && NKW(kwnames) == 0)
        return NEWREF(TYPE(args[0]));
    if (!STR_CHECK(args[0]))
        return err_set(Exc_TypeError, "type.__new__() argument 1 must be str, not %s", obj_type_name(args[0]));
    if (!TUPLE_CHECK(args[1]))
        return err_set(Exc_TypeError, "type.__new__() argument 2 must be tuple, not %s", obj_type_name(args[1]));
    if (!DICT_CHECK(args[2]))
        return err_set(Exc_TypeError, "type.__new__() argument 3 must be dict, not %s", obj_type_name(args[2]));
    Object *kw = NULL;
    if (NKW(kwnames)) {
        if ((kw = dict_new()) == NULL)
            return NULL;
        for (size_t k = 0; k < NKW(kwnames); k++)
            if (dict_set(kw, TUPLE_ITEMS(kwnames)[k], args[nargs + k]) < 0) {
                DECREF(kw);
                return NULL;
            }
    }
    Object *cls = class_new((Type *)meta, args[0], args[1], args[2], kw);
    XDECREF(kw);
    return cls;
}

static ClassBodyFn body_runner;

void class_set_body_runner(ClassBodyFn fn) { body_runner = fn; }

/* The most derived metaclass of the bases (and the explicit one). */
static Type *pick_metaclass(Type *meta, Object *const *bases, size_t nbases)
{
    for (size_t i = 0; i < nbases; i++) {
        Type *m = TYPE(bases[i]);
        if (type_is_subtype(meta, m))
            continue;
        if (type_is_subtype(m, meta)) {
            meta = m;
            continue;
        }
        err_set(Exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                               "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return meta;
}

/* PEP 560: a base that is not a class but has __mro_entries__ (a
 * typing alias such as Generic[T] or List[int]) is replaced by the
 * classes that method returns.  Returns the new bases (new reference),
 * the same tuple when nothing changed. */
static Object *resolve_mro_entries(Object *bases)
{
    Object *out = NULL;
    Object *name = str_intern_cstr("__mro_entries__");
    for (intptr_t i = 0; i < VAR_SIZE(bases); i++) {
        Object *b = TUPLE_ITEMS(bases)[i], *entries = NULL, *meth = NULL;
        /* an attribute lookup, as python3 does: typing.NamedTuple is a
         * function carrying __mro_entries__ */
        if (!TYPE_FLAG(TYPE(b), TF_TYPE_SUBCLASS) && obj_lookup_attr(b, name, &meth) < 0)
            goto fail;
        if (meth) {
            entries = obj_call1(meth, bases);
            DECREF(meth);
            if (entries == NULL)
                goto fail;
            if (!TUPLE_CHECK(entries)) {
                DECREF(entries);
                err_set(Exc_TypeError, "__mro_entries__ must return a tuple");
                goto fail;
            }
        }
        if (entries == NULL && out == NULL)
            continue;
        if (out == NULL) {      /* first change: copy the bases before it */
            if ((out = list_new(0)) == NULL)
                goto fail_entries;
            for (intptr_t j = 0; j < i; j++)
                if (list_append(out, TUPLE_ITEMS(bases)[j]) < 0)
                    goto fail_entries;
        }
        if (entries == NULL) {
            if (list_append(out, b) < 0)
                goto fail;
            continue;
        }
        for (intptr_t j = 0; j < VAR_SIZE(entries); j++)
            if (list_append(out, TUPLE_ITEMS(entries)[j]) < 0)
                goto fail_entries;
        DECREF(entries);
        continue;
    fail_entries:
        XDECREF(entries);
        goto fail;
    }
    if (out == NULL)
        return NEWREF(bases);
    Object *t = tuple_from_array(LIST_ITEMS(out), (size_t)VAR_SIZE(out));
    DECREF(out);
    return t;
fail:
    XDECREF(out);
    return NULL;
}

/* The class namespace: meta.__prepare__(name, bases, **kwds) when the
 * metaclass has one (it must give a dict, possibly of a subclass that
 * watches the body's assignments, as enum does), else a new dict. */
static Object *prepare_namespace(Object *meta, Object *name, Object *bases,
                                 Object *const *kwvals, Object *kwnames)
{
    Object *prep;
    if (obj_lookup_attr(meta, str_intern_cstr("__prepare__"), &prep) < 0)
        return NULL;
    if (prep == NULL)
        return dict_new();
    size_t nkw = kwnames ? (size_t)VAR_SIZE(kwnames) : 0;
    Object *vec[2 + 32];
    if (nkw > 32) {
        DECREF(prep);
        return err_set(Exc_TypeError, "too many class keywords");
    }
    vec[0] = name;
    vec[1] = bases;
    for (size_t k = 0; k < nkw; k++)
        vec[2 + k] = kwvals[k];
    Object *ns = obj_call(prep, vec, 2, nkw ? kwnames : NULL);
    DECREF(prep);
    if (ns && !DICT_CHECK(ns)) {
        err_set(Exc_TypeError, "%U.__prepare__() must return a dict, not %T",
                ((Type *)meta)->name_obj, ns);
        CLEAR(ns);
    }
    return ns;
}

/* __build_class__(func, name, *bases, metaclass=None, **kwds) */
static Object *build_class(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (nargs < 2)
        return err_set(Exc_TypeError, "__build_class__: not enough arguments");
    if (!STR_CHECK(args[1]))
        return err_set(Exc_TypeError, "__build_class__: name is not a string");
    if (body_runner == NULL)
        return err_set(Exc_RuntimeError, "__build_class__: no virtual machine to run the class body");
    Object *explicit_meta = NULL;
    size_t nkw = NKW(kwnames);
    for (size_t k = 0; k < nkw; k++)
        if (str_equal_cstr(TUPLE_ITEMS(kwnames)[k], "metaclass"))
            explicit_meta = args[nargs + k];
    Object *orig_bases = tuple_from_array(args + 2, nargs - 2);
    Object *bases = orig_bases ? resolve_mro_entries(orig_bases) : NULL;
    Object *ns = NULL, *cls = NULL, *vec = NULL, *names = NULL, *kwvals = NULL;
    if (bases == NULL)
        goto done;
    Object *meta = explicit_meta;
    if (meta == NULL || TYPE_FLAG(TYPE(meta), TF_TYPE_SUBCLASS)) {
        Type *m = pick_metaclass(meta ? (Type *)meta : &Type_type, TUPLE_ITEMS(bases),
                                 (size_t)VAR_SIZE(bases));
        if (m == NULL)
            goto done;
        meta = OBJ(m);
    }
    /* the keywords other than metaclass go to __prepare__ and meta() */
    size_t nrest = nkw - (explicit_meta ? 1 : 0);
    names = tuple_new(nrest);
    kwvals = names ? tuple_new(nrest) : NULL;
    if (kwvals == NULL)
        goto done;
    for (size_t k = 0, j = 0; k < nkw; k++) {
        Object *key = TUPLE_ITEMS(kwnames)[k];
        if (str_equal_cstr(key, "metaclass"))
            continue;
        TUPLE_ITEMS(names)[j] = NEWREF(key);
        TUPLE_ITEMS(kwvals)[j++] = NEWREF(args[nargs + k]);
    }
    if ((ns = prepare_namespace(meta, args[1], bases, TUPLE_ITEMS(kwvals), names)) == NULL)
        goto done;
    if (bases != orig_bases && dict_set_str(ns, "__orig_bases__", orig_bases) < 0)
        goto done;
    Object *body = body_runner(args[0], ns);
    if (body == NULL)
        goto done;
    DECREF(body);
    /* meta(name, bases, ns, **keywords-other-than-metaclass) */
    if ((vec = tuple_new(3 + nrest)) == NULL)
        goto done;
    TUPLE_ITEMS(vec)[0] = NEWREF(args[1]);
    TUPLE_ITEMS(vec)[1] = NEWREF(bases);
    TUPLE_ITEMS(vec)[2] = NEWREF(ns);
    for (size_t j = 0; j < nrest; j++)
        TUPLE_ITEMS(vec)[3 + j] = NEWREF(TUPLE_ITEMS(kwvals)[j]);
    cls = obj_call(meta, TUPLE_ITEMS(vec), 3, nrest ? names : NULL);
done:
    XDECREF(vec);
    XDECREF(names);
    XDECREF(kwvals);
    XDECREF(bases);
    XDECREF(orig_bases);
    XDECREF(ns);
    return cls;
}

static const MethodDef build_class_def = {"__build_class__", build_class, 0};

int class_install_builtins(Object *builtins)
{
    Object *f = builtin_new(&build_class_def, NULL);
    if (f == NULL || dict_set_str(builtins, "__build_class__", f) < 0) {
        XDECREF(f);
        return -1;
    }
    DECREF(f);
    if (type_install_generics() < 0)
        return -1;
    struct { const char *name; Type *type; } types[] = {
        {"staticmethod", &StaticMethod_type}, {"classmethod", &ClassMethod_type},
        {"property", &Property_type}, {"super", &Super_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (dict_set_str(builtins, types[i].name, OBJ(types[i].type)) < 0)
            return -1;
    return 0;
}
