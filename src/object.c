/* object.c — object allocation and death, and the generic object
 * protocol that every other module calls (repr, hash, compare, attributes,
 * calls, iteration, items).
 *
 * Death by reference counting must not recurse without bound: freeing the
 * head of a million-long linked list would otherwise nest a million
 * dealloc calls.  obj_dealloc therefore defers containers once the C-level
 * nesting passes TRASHCAN_DEPTH, keeping them on a stack in a root block,
 * and frees them iteratively when the outermost dealloc returns.  Without
 * memory for that stack an object is freed at once: deeper, but nothing
 * is lost.
 */
#include "config.h"

#include <assert.h>
#include <string.h>
#include <sys/resource.h>

#include "class.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "iter.h"
#include "mem.h"
#include "list.h"
#include "object.h"
#include "str.h"
#include "weakref.h"

static size_t live_objects;

/* What every new object needs, whoever allocated it. */
static Object *born(Object *o, Type *t)
{
    o->refcnt = 1;
    o->type = t;
    if (TYPE_FLAG(t, TF_HEAPTYPE))
        INCREF(t);
    if (TYPE_FLAG(t, TF_TRACK_ON_ALLOC))
        gc_track(o);
    if (TYPE_FLAG(t, TF_HAS_FINALIZER))
        gc_register_finalizer(o);
    live_objects++;
    return o;
}

Object *obj_alloc(Type *t)
{
    Object *o = gc_alloc_object(t->basicsize, TYPE_FLAG(t, TF_GC));
    return o ? born(o, t) : err_no_memory();
}

/* Instances of str and tuple subclasses keep their __dict__ pointer just
 * after their items (python3 spells this with a negative tp_dictoffset):
 * the items start at a fixed offset, so the pointer cannot sit in the
 * fixed part.  Such a class has this dictoffset (class.c sets it). */
const size_t obj_dict_after_items = SIZE_MAX;

size_t str_allocated_bytes(Object *o);  /* str.c */

static size_t align_to_pointer(size_t n)
{
    return (n + sizeof(Object *) - 1) & ~(sizeof(Object *) - 1);
}

/* The items a variable-sized object was allocated with: VAR_SIZE, except
 * for a str, whose VAR_SIZE counts code points rather than bytes. */
static size_t allocated_items(Object *o)
{
    return STR_CHECK(o) ? str_allocated_bytes(o) : (size_t)VAR_SIZE(o);
}

static Object **dict_after_items(Object *o)
{
    Type *t = TYPE(o);
    size_t end = t->basicsize + allocated_items(o) * t->itemsize;
    return (Object **)((char *)o + align_to_pointer(end));
}

Object *obj_alloc_var(Type *t, size_t n)
{
    size_t room = t->dictoffset == obj_dict_after_items ? 2 * sizeof(Object *) : 0;
    if (t->itemsize && n > (SIZE_MAX - t->basicsize - room) / t->itemsize)
        return err_no_memory();
    size_t size = t->basicsize + n * t->itemsize;
    if (room)
        size = align_to_pointer(size) + sizeof(Object *);
    Object *o = gc_alloc_object(size, TYPE_FLAG(t, TF_GC));
    if (o == NULL)
        return err_no_memory();
    VAR_SIZE(o) = (intptr_t)n;
    return born(o, t);
}

void obj_free(Object *o)
{
    Type *t = TYPE(o);
    if (t->weaklistoffset && *(uintptr_t *)((char *)o + t->weaklistoffset))
        weakref_clear_all(o);
    gc_free_object(o, TYPE_FLAG(t, TF_GC));
    live_objects--;
    if (TYPE_FLAG(t, TF_HEAPTYPE))
        DECREF(t);
}

size_t obj_live_count(void) { return live_objects; }

int obj_finalize(Object *o)
{
    if (gc_is_finalized(o))
        return 0;
    gc_set_finalized(o);
    TYPE(o)->finalize(o);
    return 1;
}

bool obj_may_be_tracked(Object *o)
{
    if (!obj_is_gc(o))
        return false;
    return TYPE(o) != &Tuple_type || gc_is_tracked(o);
}

/* ---- death, with the trashcan ---- */

/* A deferred object leaves the collector's lists while it waits (a
 * __del__ running meanwhile may collect, and must not see a dead object);
 * its refcount field says whether to put it back before its dealloc runs.
 * Both marks are negative: a weak reference to a waiting object already
 * reports it dead (weakref_referent).  The waiting objects are kept in a
 * root block, where a conservative collector sees them; out of memory for
 * it, an object is simply not deferred. */
enum { TRASHCAN_DEPTH = 50 };
enum { WAITING = -1, WAITING_TRACKED = -2 };
static int dealloc_depth;
static Object **deferred;   /* mem_alloc_root; freed when empty */
static size_t ndeferred, cap_deferred;

static bool defer(Object *o)
{
    if (ndeferred == cap_deferred) {
        size_t cap = cap_deferred ? 2 * cap_deferred : 256;
        Object **d = mem_alloc_root(cap * sizeof *d);
        if (d == NULL)
            return false;
        if (ndeferred)
            memcpy(d, deferred, ndeferred * sizeof *d);
        mem_free(deferred);
        deferred = d;
        cap_deferred = cap;
    }
    bool tracked = gc_is_tracked(o);
    if (tracked)
        gc_untrack(o);
    o->refcnt = tracked ? WAITING_TRACKED : WAITING;
    deferred[ndeferred++] = o;
    return true;
}

static void drain_deferred(void)
{
    dealloc_depth++;        /* nested deallocs defer to this loop */
    while (ndeferred) {
        Object *o = deferred[--ndeferred];
        deferred[ndeferred] = NULL;
        bool tracked = o->refcnt == WAITING_TRACKED;
        o->refcnt = 0;
        if (tracked)
            gc_track(o);
        TYPE(o)->dealloc(o);
    }
    dealloc_depth--;
    mem_free(deferred);
    deferred = NULL;
    cap_deferred = 0;
}

void obj_dealloc(Object *o)
{
    assert(o->refcnt == 0);
    if (dealloc_depth >= TRASHCAN_DEPTH && TYPE_FLAG(TYPE(o), TF_GC) && defer(o))
        return;
    dealloc_depth++;
    TYPE(o)->dealloc(o);
    dealloc_depth--;
    if (dealloc_depth == 0 && ndeferred)
        drain_deferred();
}

/* ---- the step budget ---- */

bool rt_budget_on;
static unsigned long steps_left;

void rt_set_step_budget(unsigned long steps)
{
    steps_left = steps;
    rt_budget_on = steps != 0;
}

int rt_budget_tick(void)
{
    if (steps_left > 1) {
        steps_left--;
        return 0;
    }
    steps_left = 0;
    err_set(Exc_RuntimeError, "step budget exhausted");
    return -1;
}

/* ---- recursion and the C stack ---- */

static int recursion_depth;
static int recursion_limit = 1000;
static char *stack_base;
static size_t stack_budget;     /* bytes of C stack we allow ourselves */

void rt_init_stack(void *base)
{
    struct rlimit rl;
    size_t limit = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        limit = rl.rlim_cur;
    /* Leave room for the deepest C path between two checks (libc, GMP,
     * a sanitizer's larger frames). */
    stack_base = base;
    stack_budget = limit > (1u << 20) ? limit - (512u << 10) : limit / 2;
}

static bool stack_nearly_full(void)
{
    char here;
    if (stack_base == NULL)
        return false;
    size_t used = stack_base > &here ? (size_t)(stack_base - &here)
                                     : (size_t)(&here - stack_base);
    return used > stack_budget;
}

int rt_enter_recursion(const char *where)
{
    if (++recursion_depth > recursion_limit || stack_nearly_full()) {
        recursion_depth--;
        err_set(Exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

void rt_leave_recursion(void) { recursion_depth--; }
int rt_get_recursion_limit(void) { return recursion_limit; }
void rt_set_recursion_limit(int limit) { recursion_limit = limit; }
int rt_recursion_depth(void) { return recursion_depth; }
void rt_set_recursion_depth(int depth) { recursion_depth = depth; }

/* ---- repr, str, hash ---- */

static Object *check_str_result(Object *r, const char *what)
{
    if (r && !STR_CHECK(r)) {
        err_set(Exc_TypeError, "%s returned non-string (type %T)", what, r);
        DECREF(r);
        return NULL;
    }
    return r;
}

Object *obj_repr(Object *o)
{
    if (rt_enter_recursion(" while getting the repr of an object"))
        return NULL;
    Object *r = TYPE(o)->repr(o);
    rt_leave_recursion();
    return check_str_result(r, "__repr__");
}

Object *obj_str(Object *o)
{
    if (STR_CHECK_EXACT(o))
        return NEWREF(o);
    if (rt_enter_recursion(" while getting the str of an object"))
        return NULL;
    Object *r = TYPE(o)->str(o);
    rt_leave_recursion();
    return check_str_result(r, "__str__");
}

/* ascii(): repr with every non-ASCII code point escaped. */
Object *obj_ascii(Object *o)
{
    Object *r = obj_repr(o);
    if (r == NULL)
        return NULL;
    const unsigned char *s = (const unsigned char *)str_utf8(r);
    size_t n = str_nbytes(r);
    StrBuilder sb;
    sb_init(&sb);
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            sb_add_char(&sb, (char)s[i++]);
            continue;
        }
        int len = s[i] >= 0xF0 ? 4 : s[i] >= 0xE0 ? 3 : 2;
        uint32_t cp = s[i] & (0x3F >> (len - 1));
        for (int k = 1; k < len && i + k < n; k++)
            cp = (cp << 6) | (s[i + k] & 0x3F);
        i += len;
        char esc[16];
        int w = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
        const char *pfx = w == 2 ? "\\x" : w == 4 ? "\\u" : "\\U";
        static const char hex[] = "0123456789abcdef";
        int k = 0;
        for (const char *p = pfx; *p; p++)
            esc[k++] = *p;
        for (int d = w - 1; d >= 0; d--)
            esc[k++] = hex[(cp >> (4 * d)) & 0xF];
        sb_add(&sb, esc, (size_t)k);
    }
    DECREF(r);
    return sb_finish(&sb);
}

intptr_t obj_hash(Object *o)
{
    if (TYPE(o)->hash == NULL) {
        err_set(Exc_TypeError, "unhashable type: '%s'", obj_type_name(o));
        return -1;
    }
    return TYPE(o)->hash(o);
}

/* ---- comparison ---- */

static const CompareOp swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const op_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

static Object *try_compare(Object *a, Object *b, CompareOp op)
{
    if (TYPE(a)->richcompare == NULL)
        return NEWREF(NotImplemented);
    return TYPE(a)->richcompare(a, b, op);
}

/* Like python3: a subclass's reflected method goes first; then the left
 * operand's, then the right's; == and != fall back to identity. */
Object *obj_richcompare(Object *a, Object *b, CompareOp op)
{
    if (rt_enter_recursion(" in comparison"))
        return NULL;
    Object *r = NULL;
    bool reflected_first = TYPE(a) != TYPE(b) && type_is_subtype(TYPE(b), TYPE(a))
                           && TYPE(b)->richcompare;
    if (reflected_first) {
        r = try_compare(b, a, swapped_op[op]);
        if (r != NotImplemented)
            goto done;
        DECREF(r);
    }
    r = try_compare(a, b, op);
    if (r != NotImplemented)
        goto done;
    DECREF(r);
    if (!reflected_first) {  /* python3 tries the reflected side even for equal types */
        r = try_compare(b, a, swapped_op[op]);
        if (r != NotImplemented)
            goto done;
        DECREF(r);
    }
    if (op == CMP_EQ || op == CMP_NE)
        r = bool_from((a == b) == (op == CMP_EQ));
    else
        r = err_set(Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    op_symbol[op], obj_type_name(a), obj_type_name(b));
done:
    rt_leave_recursion();
    return r;
}

int obj_richcompare_bool(Object *a, Object *b, CompareOp op)
{
    if (a == b && (op == CMP_EQ || op == CMP_NE))
        return op == CMP_EQ;
    Object *r = obj_richcompare(a, b, op);
    if (r == NULL)
        return -1;
    int t = r == True ? 1 : r == False ? 0 : obj_is_true(r);
    DECREF(r);
    return t;
}

int obj_is_true(Object *o)
{
    if (o == True)
        return 1;
    if (o == False || o == None)
        return 0;
    Type *t = TYPE(o);
    if (t->number && t->number->to_bool)
        return t->number->to_bool(o);
    if (t->length) {
        intptr_t n = t->length(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

bool obj_is_callable(Object *o) { return TYPE(o)->call != NULL; }

/* ---- attributes ---- */

Object **obj_dict_slot(Object *o)
{
    size_t off = TYPE(o)->dictoffset;
    if (off == obj_dict_after_items)
        return dict_after_items(o);
    return off ? (Object **)((char *)o + off) : NULL;
}

static int check_name(Object *name)
{
    if (!STR_CHECK(name)) {
        err_set(Exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
        return -1;
    }
    return 0;
}

Object *obj_getattr(Object *o, Object *name)
{
    if (check_name(name))
        return NULL;
    return TYPE(o)->getattr(o, name);
}

Object *obj_getattr_str(Object *o, const char *name)
{
    Object *n = str_intern_cstr(name);
    return n ? obj_getattr(o, n) : NULL;
}

int obj_setattr(Object *o, Object *name, Object *value)
{
    if (check_name(name))
        return -1;
    if (TYPE(o)->setattr == NULL) {
        err_set(Exc_AttributeError, "'%s' object has no attribute '%U'", obj_type_name(o), name);
        return -1;
    }
    return TYPE(o)->setattr(o, name, value);
}

int obj_setattr_str(Object *o, const char *name, Object *value)
{
    Object *n = str_intern_cstr(name);
    return n ? obj_setattr(o, n, value) : -1;
}

int obj_lookup_attr(Object *o, Object *name, Object **out)
{
    *out = obj_getattr(o, name);
    if (*out)
        return 1;
    if (err_matches(Exc_AttributeError)) {
        err_clear();
        return 0;
    }
    return -1;
}

Object *obj_generic_getattr(Object *o, Object *name)
{
    Type *t = TYPE(o);
    Object *descr = type_lookup(t, name);
    TernaryFn get = NULL;
    if (descr) {
        INCREF(descr);  /* the lookup is borrowed; a getter may run code */
        get = TYPE(descr)->descr_get;
        if (get && TYPE(descr)->descr_set) {
            Object *r = get(descr, o, OBJ(t));
            DECREF(descr);
            return r;
        }
    }
    Object **dp = obj_dict_slot(o);
    if (dp && *dp) {
        Object *v = dict_get(*dp, name);
        if (v) {
            XDECREF(descr);
            return NEWREF(v);
        }
        if (err_occurred()) {
            XDECREF(descr);
            return NULL;
        }
    }
    if (descr) {
        Object *r = get ? get(descr, o, OBJ(t)) : NEWREF(descr);
        DECREF(descr);
        return r;
    }
    err_set(Exc_AttributeError, "'%s' object has no attribute '%U'", type_name(t), name);
    exc_note_name(err_occurred(), o, name);  /* for "Did you mean" when printed */
    return NULL;
}

int obj_generic_setattr(Object *o, Object *name, Object *value)
{
    Type *t = TYPE(o);
    Object *descr = type_lookup(t, name);
    if (descr && TYPE(descr)->descr_set)
        return TYPE(descr)->descr_set(descr, o, value);
    Object **dp = obj_dict_slot(o);
    if (TYPE_FLAG(t, TF_SLOTS_ONLY) && !class_slot_allowed(t, name))
        dp = NULL;      /* as python3: no __dict__ to put it in */
    if (dp == NULL) {
        if (descr)
            err_set(Exc_AttributeError, "'%s' object attribute '%U' is read-only", type_name(t), name);
        else
            err_set(Exc_AttributeError, "'%s' object has no attribute '%U'", type_name(t), name);
        return -1;
    }
    if (value == NULL) {
        if (*dp && dict_get(*dp, name))
            return dict_del(*dp, name);
        if (!err_occurred())
            err_set(Exc_AttributeError, "'%s' object has no attribute '%U'", type_name(t), name);
        return -1;
    }
    if (*dp == NULL && (*dp = dict_new()) == NULL)
        return -1;
    return dict_set(*dp, name, value);
}

/* ---- calls ---- */

Object *obj_call(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    if (rt_budget_on && rt_budget_tick() < 0)
        return NULL;
    VectorFn call = TYPE(callable)->call;
    if (call == NULL)
        return err_set(Exc_TypeError, "'%s' object is not callable", obj_type_name(callable));
    /* Only Python frames (and repr, str, comparisons) count towards the
     * recursion limit, as in python3 3.11, where a call into C code is
     * free: counting it here too made len(), sum(), map() or a __getitem__
     * in a recursive method fail at a half or a third of python3's depth.
     * The C stack is still checked, for recursion through C code alone. */
    if (stack_nearly_full())
        return err_set(Exc_RecursionError, "maximum recursion depth exceeded while calling a Python object");
    Object *r = call(callable, args, nargs, kwnames);
    assert((r != NULL) != (err_occurred() != NULL) && "a call must return a value xor set an error");
    return r;
}

Object *obj_call0(Object *callable) { return obj_call(callable, NULL, 0, NULL); }

Object *obj_call1(Object *callable, Object *a)
{
    return obj_call(callable, &a, 1, NULL);
}

Object *obj_call2(Object *callable, Object *a, Object *b)
{
    Object *args[2] = {a, b};
    return obj_call(callable, args, 2, NULL);
}

/* f(*args, **kwargs): flatten into the vector convention. */
Object *obj_call_tuple_dict(Object *callable, Object *args, Object *kwargs)
{
    size_t npos = args ? (size_t)VAR_SIZE(args) : 0;
    size_t nkw = kwargs ? (size_t)dict_size(kwargs) : 0;
    if (nkw == 0)
        return obj_call(callable, args ? TUPLE_ITEMS(args) : NULL, npos, NULL);
    Object *vec = tuple_new(npos + nkw);
    Object *names = vec ? tuple_new(nkw) : NULL;
    if (names == NULL) {
        XDECREF(vec);
        return NULL;
    }
    for (size_t i = 0; i < npos; i++)
        TUPLE_ITEMS(vec)[i] = NEWREF(TUPLE_ITEMS(args)[i]);
    size_t pos = 0, k = 0;
    Object *key, *value;
    while (dict_next(kwargs, &pos, &key, &value)) {
        TUPLE_ITEMS(names)[k] = NEWREF(key);
        TUPLE_ITEMS(vec)[npos + k] = NEWREF(value);
        k++;
    }
    Object *r = obj_call(callable, TUPLE_ITEMS(vec), npos, names);
    DECREF(vec);
    DECREF(names);
    return r;
}

Object *obj_call_method(Object *o, const char *name, Object *const *args, size_t nargs)
{
    Object *m = obj_getattr_str(o, name);
    if (m == NULL)
        return NULL;
    Object *r = obj_call(m, args, nargs, NULL);
    DECREF(m);
    return r;
}

/* ---- iteration ---- */

Object *obj_iter(Object *o)
{
    Type *t = TYPE(o);
    if (t->iter == NULL) {
        if (t->getitem)
            return seqiter_new(o);
        return err_set(Exc_TypeError, "'%s' object is not iterable", type_name(t));
    }
    Object *it = t->iter(o);
    if (it && TYPE(it)->iternext == NULL) {
        err_set(Exc_TypeError, "iter() returned non-iterator of type '%s'", obj_type_name(it));
        DECREF(it);
        return NULL;
    }
    return it;
}

Object *obj_next(Object *iter)
{
    if (rt_budget_on && rt_budget_tick() < 0)
        return NULL;
    UnaryFn next = TYPE(iter)->iternext;
    if (next == NULL)
        return err_set(Exc_TypeError, "'%s' object is not an iterator", obj_type_name(iter));
    Object *r = next(iter);
    if (r == NULL && err_matches(Exc_StopIteration))
        err_clear();
    return r;
}

/* ---- items ---- */

Object *obj_getitem(Object *o, Object *key)
{
    if (TYPE(o)->getitem == NULL) {
        if (o == OBJ(TYPE(o)) || TYPE_FLAG(TYPE(o), TF_TYPE_SUBCLASS)) {
            /* PEP 560: C[key] on a class with __class_getitem__ (list[int]) */
            Object *name = str_intern_cstr("__class_getitem__");
            if (type_lookup((Type *)o, name)) {
                Object *cg = obj_getattr(o, name);
                Object *r = cg ? obj_call1(cg, key) : NULL;
                XDECREF(cg);
                return r;
            }
            return err_set(Exc_TypeError, "type '%s' is not subscriptable", type_name((Type *)o));
        }
        return err_set(Exc_TypeError, "'%s' object is not subscriptable", obj_type_name(o));
    }
    return TYPE(o)->getitem(o, key);
}

int obj_setitem(Object *o, Object *key, Object *value)
{
    if (TYPE(o)->setitem == NULL) {
        err_set(Exc_TypeError, "'%s' object does not support item assignment", obj_type_name(o));
        return -1;
    }
    return TYPE(o)->setitem(o, key, value);
}

int obj_delitem(Object *o, Object *key)
{
    if (TYPE(o)->setitem == NULL) {
        err_set(Exc_TypeError, "'%s' object doesn't support item deletion", obj_type_name(o));
        return -1;
    }
    return TYPE(o)->setitem(o, key, NULL);
}

intptr_t obj_length(Object *o)
{
    if (TYPE(o)->length == NULL) {
        err_set(Exc_TypeError, "object of type '%s' has no len()", obj_type_name(o));
        return -1;
    }
    return TYPE(o)->length(o);
}

int obj_contains(Object *container, Object *item)
{
    if (TYPE(container)->contains)
        return TYPE(container)->contains(container, item);
    if (TYPE(container)->iter == NULL && TYPE(container)->getitem == NULL) {
        err_set(Exc_TypeError, "argument of type '%s' is not iterable", obj_type_name(container));
        return -1;
    }
    Object *it = obj_iter(container);
    if (it == NULL)
        return -1;
    int found = 0;
    Object *x;
    while (found == 0 && (x = obj_next(it)) != NULL) {
        found = obj_richcompare_bool(x, item, CMP_EQ);
        DECREF(x);
    }
    DECREF(it);
    if (found == 0 && err_occurred())
        return -1;
    return found;
}

/* format(o, spec): a type's __format__ if it has its own, else the
 * built-in number and string formatters, else str(o) for an empty spec. */
Object *obj_format(Object *o, Object *spec)
{
    if (spec && !STR_CHECK(spec))
        return err_set(Exc_TypeError, "format() argument 2 must be str, not %T", spec);
    bool empty = spec == NULL || str_length(spec) == 0;
    if (type_lookup(TYPE(o), str_intern_cstr("__format__"))) {
        Object *s = spec ? NEWREF(spec) : str_from_cstr("");
        Object *r = s ? obj_call_method(o, "__format__", &s, 1) : NULL;
        XDECREF(s);
        return check_str_result(r, "__format__");
    }
    if (empty)
        return obj_str(o);
    if (FLOAT_CHECK(o))
        return format_float(float_value(o), spec);
    if (INT_CHECK(o))
        return format_int(o, spec);
    if (STR_CHECK(o))
        return format_str(o, spec);
    return err_set(Exc_TypeError, "unsupported format string passed to %s.__format__", obj_type_name(o));
}
