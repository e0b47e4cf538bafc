/* weakref.c — the weak reference type (weakref.ref) and clearing. */
#include "config.h"

#include <string.h>

#include "dict.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "vm.h"
#include "weakref.h"

typedef struct WeakRefObject WeakRefObject;
struct WeakRefObject {
    Object base;
    WeakLinks links;          /* the referent and this ref, disguised (gc.h) */
    Object *callback;         /* owned, or NULL */
    uintptr_t prev, next;     /* the referent's list, disguised: a conservative
                               * collector must not see one ref keep another */
    intptr_t hash;            /* -1 until computed; survives the referent */
};

/* Disguised pointers (complemented; NULL stays 0) count for neither
 * reference counting nor a conservative scan. */
static uintptr_t hide(const void *p) { return p ? ~(uintptr_t)p : 0; }
static WeakRefObject *reveal(uintptr_t h) { return h ? (WeakRefObject *)~h : NULL; }

static uintptr_t *list_head(Object *o)
{
    size_t off = TYPE(o)->weaklistoffset;
    return off ? (uintptr_t *)((char *)o + off) : NULL;
}

/* A conservative collector found wr unreachable; it is still on its
 * referent's list until the collector's finalizer takes it off, and must
 * not be handed out or called back meanwhile. */
static bool is_garbage(const WeakRefObject *wr) { return wr->links.self == 0; }

/* The referent as stored, alive or dying (for unlinking). */
static Object *stored_referent(WeakRefObject *wr)
{
    uintptr_t h = wr->links.referent;
    return h ? (Object *)~h : NULL;
}

/* A referent being deallocated (count 0) or waiting in the trashcan
 * (negative count, object.c) is dead to its weak references already, as
 * in python3. */
Object *weakref_referent(Object *wr)
{
    Object *o = stored_referent((WeakRefObject *)wr);
    return o && o->refcnt > 0 ? o : NULL;
}

/* Take wr off the list of referent o (alive, or being finalized). */
static void unlink_from(Object *o, WeakRefObject *wr)
{
    uintptr_t *head = list_head(o);
    WeakRefObject *prev = reveal(wr->prev), *next = reveal(wr->next);
    if (prev)
        prev->next = wr->next;
    else if (reveal(*head) == wr)
        *head = wr->next;
    if (next)
        next->prev = wr->prev;
    wr->prev = wr->next = 0;
    gc_weakref_unlink(&wr->links);
    wr->links.referent = 0;
}

/* A reference whose referent a conservative collector reclaimed has
 * links.referent == 0 and a dangling list: it is simply dead. */
static void unlink_ref(WeakRefObject *wr)
{
    Object *o = stored_referent(wr);
    if (o)
        unlink_from(o, wr);
}

/* The one plain ref python3 shares per referent: exact type, no callback. */
static bool is_shared_plain(WeakRefObject *wr)
{
    return wr->callback == NULL && TYPE(wr) == &WeakRef_type;
}

/* The shared plain ref of o, if it has one. */
static WeakRefObject *shared_plain(Object *o)
{
    WeakRefObject *first = reveal(*list_head(o));
    return first && is_shared_plain(first) && !is_garbage(first) ? first : NULL;
}

/* The shared plain ref stays at the head, where weakref_new finds it;
 * every other ref goes right after it, so the list runs newest first and
 * the callbacks run newest first, as in python3. */
static void link_into(Object *o, WeakRefObject *wr)
{
    uintptr_t *head = list_head(o);
    WeakRefObject *prev = is_shared_plain(wr) ? NULL : shared_plain(o);
    uintptr_t *link = prev ? &prev->next : head;
    WeakRefObject *next = reveal(*link);
    wr->prev = hide(prev);
    wr->next = *link;
    if (next)
        next->prev = hide(wr);
    *link = hide(wr);
}

Object *weakref_new(Type *t, Object *referent, Object *callback)
{
    if (list_head(referent) == NULL)
        return err_set(Exc_TypeError, "cannot create weak reference to '%s' object",
                       obj_type_name(referent));
    if (callback == None)
        callback = NULL;
    /* python3 shares one plain ref per object. */
    WeakRefObject *shared = shared_plain(referent);
    if (callback == NULL && t == &WeakRef_type && shared)
        return NEWREF(shared);
    WeakRefObject *wr = (WeakRefObject *)obj_alloc(t);
    if (wr == NULL)
        return NULL;
    wr->links.referent = hide(referent);
    wr->links.self = hide(wr);
    wr->callback = callback ? NEWREF(callback) : NULL;
    wr->hash = -1;
    gc_weakref_link(&wr->links, referent, OBJ(wr), callback != NULL);
    link_into(referent, wr);
    gc_track(OBJ(wr));
    return OBJ(wr);
}

/* ---- clearing ---- */

static void call_callback(WeakRefObject *wr)
{
    Object *cb = wr->callback;
    wr->callback = NULL;      /* a callback runs once */
    Object *saved = err_fetch();
    Object *r = obj_call1(cb, OBJ(wr));
    if (r == NULL)
        err_write_unraisable(cb);
    XDECREF(r);
    DECREF(cb);
    if (saved)
        err_restore(saved);
}

/* Take every weak reference off o; keep (with a new reference) those
 * whose callback must run.  Returns how many were kept in out. */
static size_t detach_all(Object *o, WeakRefObject **out, size_t cap)
{
    uintptr_t *head = list_head(o);
    size_t n = 0;
    while (*head && n < cap) {
        WeakRefObject *wr = reveal(*head);
        unlink_from(o, wr);
        if (wr->callback && !is_garbage(wr))
            out[n++] = (WeakRefObject *)NEWREF(wr);
    }
    return n;
}

void weakref_clear_all(Object *o)
{
    uintptr_t *head = list_head(o);
    if (head == NULL || *head == 0)
        return;
    /* Callbacks are rare; a small batch at a time keeps this allocation-free. */
    enum { BATCH = 16 };
    WeakRefObject *batch[BATCH];
    while (*head) {
        size_t n = detach_all(o, batch, BATCH);
        for (size_t i = 0; i < n; i++) {
            call_callback(batch[i]);
            DECREF(batch[i]);
        }
    }
}

int weakref_clear_for_gc(Object *o, bool (*is_cyclic_garbage)(Object *), Object **pending)
{
    uintptr_t *head = list_head(o);
    while (head && *head) {
        WeakRefObject *wr = reveal(*head);
        unlink_from(o, wr);
        if (wr->callback == NULL || is_cyclic_garbage(OBJ(wr)))
            continue;
        if (*pending == NULL && (*pending = list_new(0)) == NULL)
            return -1;
        if (list_append(*pending, OBJ(wr)) < 0)
            return -1;
    }
    return 0;
}

void weakref_run_callbacks(Object *pending)
{
    for (intptr_t i = 0; i < VAR_SIZE(pending); i++) {
        WeakRefObject *wr = (WeakRefObject *)LIST_ITEMS(pending)[i];
        if (wr->callback)
            call_callback(wr);
    }
}

/* ---- the type ---- */

static Object *weakref_type_new(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("ref", kwnames))
        return NULL;
    if (nargs < 1 || nargs > 2)
        return err_set(Exc_TypeError, "__new__ expected at most 2 arguments, got %zu", nargs);
    return weakref_new((Type *)callable, args[0], nargs == 2 ? args[1] : NULL);
}

static int weakref_init_slot(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    return 0;  /* __new__ did the work; subclasses may take more arguments */
}

static Object *weakref_call(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("weakref", kwnames) || arg_count("weakref", nargs, 0, 0))
        return NULL;
    Object *o = weakref_referent(self);
    return NEWREF(o ? o : None);
}

static void weakref_dealloc(Object *o)
{
    WeakRefObject *wr = (WeakRefObject *)o;
    gc_untrack(o);
    unlink_ref(wr);
    CLEAR(wr->callback);
    gc_weakref_release(&wr->links);
    obj_free(o);
}

static int weakref_traverse(Object *o, VisitFn visit, void *arg)
{
    Object *cb = ((WeakRefObject *)o)->callback;
    return cb ? visit(cb, arg) : 0;
}

static void weakref_clear_slot(Object *o)
{
    WeakRefObject *wr = (WeakRefObject *)o;
    unlink_ref(wr);
    CLEAR(wr->callback);
}

static intptr_t weakref_hash(Object *o)
{
    WeakRefObject *wr = (WeakRefObject *)o;
    if (wr->hash != -1)
        return wr->hash;
    Object *r = weakref_referent(o);
    if (r == NULL) {
        err_set(Exc_TypeError, "weak object has gone away");
        return -1;
    }
    return wr->hash = obj_hash(r);
}

/* Two live references are equal when their referents are; dead ones
 * only to themselves. */
static Object *weakref_richcompare(Object *a, Object *b, CompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !obj_is_instance_of(b, &WeakRef_type))
        return NEWREF(NotImplemented);
    Object *ra = weakref_referent(a), *rb = weakref_referent(b);
    if (ra == NULL || rb == NULL)
        return bool_from((a == b) == (op == CMP_EQ));
    return obj_richcompare(ra, rb, op);
}

static Object *weakref_repr(Object *o)
{
    Object *r = weakref_referent(o);
    if (r == NULL)
        return str_format("<weakref at %p; dead>", (void *)o);
    return str_format("<weakref at %p; to '%s' at %p>", (void *)o, obj_type_name(r), (void *)r);
}

static Object *weakref_get_callback(Object *o)
{
    Object *cb = ((WeakRefObject *)o)->callback;
    return NEWREF(cb ? cb : None);
}

static const GetSetDef weakref_getset[] = {
    {"__callback__", weakref_get_callback, NULL},
    {NULL, NULL, NULL},
};

Type WeakRef_type = {
    .base = {1, &Type_type},
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakRefObject),
    .flags = TF_GC | TF_BASETYPE | TF_WEAKREF,
    .dealloc = weakref_dealloc,
    .traverse = weakref_traverse,
    .clear = weakref_clear_slot,
    .new_ = weakref_type_new,
    .init = weakref_init_slot,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .getset = weakref_getset,
};

/* libgc reclaimed the referent of wr (it cleared the link). */
static void referent_gone(Object *o)
{
    WeakRefObject *wr = (WeakRefObject *)o;
    wr->prev = wr->next = 0;
    if (wr->callback)
        call_callback(wr);
}

/* libgc found wr itself unreachable: off the list before it goes. */
static void weakref_collected(Object *o)
{
    unlink_ref((WeakRefObject *)o);
}

int weakref_init(void)
{
    static const WeakrefHooks hooks = {weakref_clear_for_gc, weakref_run_callbacks, referent_gone,
                                        weakref_collected};
    gc_set_weakref_hooks(&hooks);
    return type_ready(&WeakRef_type);
}

/* ---- the weakref module ---- */

static Object *getweakrefcount(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_no_kwargs("getweakrefcount", kw) || arg_count("getweakrefcount", nargs, 1, 1))
        return NULL;
    uintptr_t *head = list_head(args[0]);
    int64_t n = 0;
    for (WeakRefObject *wr = reveal(head ? *head : 0); wr; wr = reveal(wr->next))
        n += !is_garbage(wr);
    return int_from_i64(n);
}

static Object *getweakrefs(Object *m, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_no_kwargs("getweakrefs", kw) || arg_count("getweakrefs", nargs, 1, 1))
        return NULL;
    Object *l = list_new(0);
    uintptr_t *head = list_head(args[0]);
    for (WeakRefObject *wr = reveal(head ? *head : 0); l && wr; wr = reveal(wr->next))
        if (!is_garbage(wr) && list_append(l, OBJ(wr)) < 0)
            CLEAR(l);
    return l;
}

static const MethodDef weakref_functions[] = {
    {"getweakrefcount", getweakrefcount, 0},
    {"getweakrefs", getweakrefs, 0},
    {NULL, NULL, 0},
};

/* The weak dictionaries are written in the language itself
 * (lib/_weakref_containers.py, run in this module's dict) on top of ref,
 * like python3's Lib/weakref.py. */

Object *mod_weakref_create(void)
{
    Object *m = module_from_defs("weakref", weakref_functions);
    if (m == NULL)
        return NULL;
    Object *d = module_dict(m);
    if (dict_set_str(d, "ref", OBJ(&WeakRef_type)) < 0
        || dict_set_str(d, "ReferenceType", OBJ(&WeakRef_type)) < 0) {
        DECREF(m);
        return NULL;
    }
    const char *src = module_lib_source("_weakref_containers");
    Object *code = compile_source(src, strlen(src), "<stdlib>/_weakref_containers.py",
                                  COMPILE_FILE);
    Object *r = code ? vm_eval_code(code, d) : NULL;
    XDECREF(code);
    if (r == NULL) {
        DECREF(m);
        return NULL;
    }
    DECREF(r);
    return m;
}
