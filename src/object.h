/* object.h — the object header, the type structure and the generic object
 * protocol.  Every value the runtime handles is an Object*.
 *
 * Conventions (the same everywhere in src/):
 *  - A function returning Object* returns a NEW reference, or NULL with an
 *    exception set (err.h).  Functions documented "borrowed" say so.
 *  - A function returning int returns 0 on success and -1 with an exception
 *    set; predicates return 1/0 and -1 on error.
 *  - Calls use the vector convention: args[0..nargs) positional values,
 *    followed by one value per name in kwnames (a tuple of str, or NULL).
 *  - Containers (TF_GC) call gc_track() once fully built and gc_untrack()
 *    first thing in dealloc; on the precise build their GC links live in a
 *    pre-header before the object, invisible here.
 */
#ifndef OURO_OBJECT_H
#define OURO_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Object Object;
typedef struct Type Type;

/* The header of every object: a reference count and the type. */
struct Object {
    intptr_t refcnt;
    Type *type;
};

/* Header of variable-sized objects (tuple, str, int): size counts items. */
typedef struct {
    Object base;
    intptr_t size;
} VarObject;

#define OBJ(o) ((Object *)(o))
#define TYPE(o) (OBJ(o)->type)
#define VAR_SIZE(o) (((VarObject *)(o))->size)

void obj_dealloc(Object *o); /* refcount reached zero: object.c */

static inline void obj_incref(Object *o) { o->refcnt++; }
static inline void obj_decref(Object *o)
{
    if (--o->refcnt == 0)
        obj_dealloc(o);
}
#define INCREF(o) obj_incref(OBJ(o))
#define DECREF(o) obj_decref(OBJ(o))
static inline void obj_xincref(Object *o) { if (o) obj_incref(o); }
static inline void obj_xdecref(Object *o) { if (o) obj_decref(o); }
#define XINCREF(o) obj_xincref(OBJ(o))
#define XDECREF(o) obj_xdecref(OBJ(o))
/* Drop the reference held in variable p and set p to NULL before the
 * decref runs, so a destructor that looks at p never sees a dead object. */
#define CLEAR(p) do { Object *x_ = OBJ(p); if (x_) { (p) = NULL; obj_decref(x_); } } while (0)
/* Replace the reference in p by v (already owned), then drop the old one. */
#define SETREF(p, v) do { Object *old_ = OBJ(p); (p) = (v); obj_xdecref(old_); } while (0)

static inline Object *newref(Object *o) { obj_incref(o); return o; }
#define NEWREF(o) newref(OBJ(o))
#define RETURN_NONE return newref(None)

/* ---- slot signatures ---- */

typedef int (*VisitFn)(Object *child, void *arg);
typedef Object *(*UnaryFn)(Object *);
typedef Object *(*BinaryFn)(Object *, Object *);
typedef Object *(*TernaryFn)(Object *, Object *, Object *);
typedef Object *(*VectorFn)(Object *callable, Object *const *args,
                            size_t nargs, Object *kwnames);

typedef enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CompareOp;

/* Binary number slots follow CPython's convention: the slot of either
 * operand's type may be called with the operands in their original order,
 * and returns NotImplemented (new reference) when it cannot handle them. */
typedef struct {
    BinaryFn add, sub, mul, truediv, floordiv, mod, divmod;
    BinaryFn lshift, rshift, and_, or_, xor_, matmul;
    TernaryFn pow;                  /* third argument None when absent */
    /* optional in-place forms (list +=, set |=, user __isub__ ...):
     * NotImplemented or absent falls back to the binary slot */
    BinaryFn inplace_add, inplace_mul, inplace_sub, inplace_truediv, inplace_floordiv,
        inplace_mod, inplace_lshift, inplace_rshift, inplace_and, inplace_or, inplace_xor,
        inplace_matmul;
    UnaryFn neg, pos, abs, invert;
    int (*to_bool)(Object *);       /* 1, 0, or -1 on error */
    UnaryFn to_int, to_float, index;
} NumberSlots;

/* A C function exposed as a method.  fn receives self and the call
 * arguments; METH_CLASS methods receive the type as self, METH_STATIC
 * methods receive NULL. */
typedef struct {
    const char *name;
    VectorFn fn;
    unsigned flags;
} MethodDef;
enum { METH_CLASS = 1, METH_STATIC = 2 };

/* A computed attribute.  set may be NULL (read-only). */
typedef struct {
    const char *name;
    UnaryFn get;
    int (*set)(Object *self, Object *value);
} GetSetDef;

enum {
    TF_GC = 1u << 0,        /* container: may reference other objects */
    TF_BASETYPE = 1u << 1,  /* may be subclassed */
    TF_HEAPTYPE = 1u << 2,  /* created by a class statement; refcounted */
    TF_READY = 1u << 3,     /* type_ready() has run */
    TF_HAS_FINALIZER = 1u << 4, /* instances have a finalize slot (__del__) */
    TF_TRACK_ON_ALLOC = 1u << 5, /* a class over a non-container base (object,
                                  * int, float, str): obj_alloc tracks it */
    TF_WEAKREF = 1u << 6,   /* instances are weak references (gc_weakref_link) */
    TF_SLOTS_ONLY = 1u << 7, /* __slots__ leave instances no __dict__: only the
                              * slot names may be set (class_slot_allowed) */
    /* fast subclass checks */
    TF_INT_SUBCLASS = 1u << 8,
    TF_STR_SUBCLASS = 1u << 9,
    TF_LIST_SUBCLASS = 1u << 10,
    TF_TUPLE_SUBCLASS = 1u << 11,
    TF_DICT_SUBCLASS = 1u << 12,
    TF_EXC_SUBCLASS = 1u << 13,
    TF_TYPE_SUBCLASS = 1u << 14,
};

struct Type {
    Object base;
    const char *name;           /* static types; heap types use name_obj */
    Object *name_obj;           /* str, set by type_ready / class creation */
    size_t basicsize;           /* bytes of the fixed part of an instance */
    size_t itemsize;            /* bytes per item of variable-sized objects */
    unsigned flags;
    Type *base_type;            /* the base class whose layout instances extend
                                 * (`base` is the object header) */
    Object *bases;              /* tuple of base classes */
    Object *mro;                /* tuple: method resolution order */
    Object *dict;               /* class attributes, methods */
    size_t dictoffset;          /* offset of the instance __dict__ slot, 0 = none */
    size_t weaklistoffset;      /* offset of the weak-reference list, 0 = none */

    /* life cycle */
    void (*dealloc)(Object *);
    int (*traverse)(Object *, VisitFn, void *); /* every owned reference */
    void (*clear)(Object *);    /* drop references to break cycles */
    /* True when the object holds nothing that could be part of a cycle,
     * so the collector may stop tracking it (tuples and dicts of atomic
     * values).  Never inherited: a subclass instance has a __dict__. */
    bool (*untrackable)(Object *);
    /* PEP 442 finalizer: runs at most once before the object dies (a
     * class's __del__, a suspended generator's close).  Types that have
     * one set TF_HAS_FINALIZER. */
    void (*finalize)(Object *);
    VectorFn new_;              /* type(...) creates an instance: callable is the type */
    int (*init)(Object *self, Object *const *args, size_t nargs, Object *kwnames);

    /* object protocol */
    UnaryFn repr, str;
    intptr_t (*hash)(Object *); /* -1 on error; NULL slot: unhashable */
    Object *(*richcompare)(Object *, Object *, CompareOp);
    BinaryFn getattr;           /* name is a str */
    int (*setattr)(Object *, Object *name, Object *value); /* value NULL: delete */
    VectorFn call;
    UnaryFn iter;
    UnaryFn iternext;           /* NULL without exception: exhausted */
    TernaryFn descr_get;        /* (descr, instance or NULL, owner type) */
    int (*descr_set)(Object *descr, Object *obj, Object *value);

    /* number, sequence and mapping protocol */
    const NumberSlots *number;
    intptr_t (*length)(Object *); /* -1 on error */
    BinaryFn getitem;
    int (*setitem)(Object *, Object *key, Object *value); /* value NULL: delete */
    int (*contains)(Object *, Object *item); /* 1, 0, -1 */

    const MethodDef *methods;   /* NULL-terminated; installed by type_ready */
    const GetSetDef *getset;    /* NULL-terminated; installed by type_ready */
    uintptr_t weaklist;         /* weak references to this type, disguised (weakref.h) */
    Object *subclasses;         /* list of weak references to direct subclasses, or NULL */
};

/* ---- the singletons ---- */

extern Object None_obj, NotImplemented_obj, Ellipsis_obj;
#define None (&None_obj)
#define NotImplemented (&NotImplemented_obj)
#define Ellipsis (&Ellipsis_obj)

extern Type Type_type, Object_type, None_type, NotImplemented_type, Ellipsis_type;

/* ---- allocation (object.c, over the collector backend) ---- */

/* A zeroed instance of t with refcount 1.  Heap types are increfed. */
Object *obj_alloc(Type *t);
/* Variable-sized: basicsize + n * itemsize bytes; sets VAR_SIZE to n. */
Object *obj_alloc_var(Type *t, size_t n);
/* Give the memory of a dead object back; the last step of every dealloc.
 * Decrefs a heap type. */
void obj_free(Object *o);
/* The collector's finalize hook: run o's finalizer unless it already
 * ran (marking it first, so the refcount path that may free o right after
 * does not run it again).  Returns 1 if it ran. */
int obj_finalize(Object *o);
/* Could o take part in a cycle the collector must see?  True for every
 * container except a tuple the collector has already untracked. */
bool obj_may_be_tracked(Object *o);
/* Number of objects allocated and not yet freed (tests use it). */
size_t obj_live_count(void);

/* ---- types (type.c) ---- */

/* Fill in inherited slots, the dict from methods/getset, the mro. */
int type_ready(Type *t);
bool type_is_subtype(Type *a, Type *b);
/* Look name up along t's mro: borrowed reference or NULL (no exception). */
Object *type_lookup(Type *t, Object *name);
const char *type_name(Type *t);
#define obj_type_name(o) type_name(TYPE(o))
static inline bool obj_is_instance_of(Object *o, Type *t)
{
    return TYPE(o) == t || type_is_subtype(TYPE(o), t);
}
#define TYPE_FLAG(t, f) (((t)->flags & (f)) != 0)
/* Does o take part in collection?  Containers do, except static type
 * objects: they live in the program image and have no GC pre-header. */
static inline bool obj_is_gc(Object *o)
{
    Type *t = TYPE(o);
    if (!TYPE_FLAG(t, TF_GC))
        return false;
    return !TYPE_FLAG(t, TF_TYPE_SUBCLASS) || TYPE_FLAG((Type *)o, TF_HEAPTYPE);
}
int type_init(void);  /* readies object, type and the singletons' types */

/* ---- generic protocol (object.c, ops.c) ---- */

Object *obj_repr(Object *o);
Object *obj_str(Object *o);
Object *obj_ascii(Object *o);
intptr_t obj_hash(Object *o);     /* -1 with TypeError when unhashable */
Object *obj_richcompare(Object *a, Object *b, CompareOp op);
int obj_richcompare_bool(Object *a, Object *b, CompareOp op); /* identity implies equality for EQ/NE */
int obj_is_true(Object *o);
bool obj_is_callable(Object *o);
Object *obj_getattr(Object *o, Object *name);
Object *obj_getattr_str(Object *o, const char *name);
int obj_setattr(Object *o, Object *name, Object *value); /* NULL: delete */
int obj_setattr_str(Object *o, const char *name, Object *value);
/* 1 found (*out new ref), 0 missing (AttributeError swallowed), -1 error */
int obj_lookup_attr(Object *o, Object *name, Object **out);
/* The default getattr/setattr: data descriptors, instance dict, class attributes. */
Object *obj_generic_getattr(Object *o, Object *name);
int obj_generic_setattr(Object *o, Object *name, Object *value);
Object **obj_dict_slot(Object *o); /* address of the instance __dict__ pointer or NULL */

Object *obj_call(Object *callable, Object *const *args, size_t nargs, Object *kwnames);
Object *obj_call0(Object *callable);
Object *obj_call1(Object *callable, Object *a);
Object *obj_call2(Object *callable, Object *a, Object *b);
/* Calls with a tuple of positional arguments and a dict of keywords (either may be NULL). */
Object *obj_call_tuple_dict(Object *callable, Object *args, Object *kwargs);
/* obj.name(args...) */
Object *obj_call_method(Object *o, const char *name, Object *const *args, size_t nargs);

Object *obj_iter(Object *o);
/* Next item (new ref); NULL and no exception when exhausted. */
Object *obj_next(Object *iter);
Object *obj_getitem(Object *o, Object *key);
int obj_setitem(Object *o, Object *key, Object *value);
int obj_delitem(Object *o, Object *key);
intptr_t obj_length(Object *o);   /* -1 with TypeError if no len() */
int obj_contains(Object *container, Object *item);
Object *obj_format(Object *o, Object *spec); /* format(o, spec) */

/* Number protocol (ops.c).  These dispatch through NumberSlots, try the
 * reflected operand, and raise python3's TypeError messages. */
Object *num_add(Object *, Object *);
Object *num_sub(Object *, Object *);
Object *num_mul(Object *, Object *);
Object *num_truediv(Object *, Object *);
Object *num_floordiv(Object *, Object *);
Object *num_matmul(Object *, Object *);
/* The callables the match statement's code calls to test a subject's
 * shape (ops.c; see cg_match in compile.c). */
enum { MATCH_HELPER_SEQUENCE, MATCH_HELPER_MAPPING, MATCH_HELPER_CLASS };
Object *match_helper_new(int which);
Object *num_mod(Object *, Object *);
Object *num_divmod(Object *, Object *);
Object *num_pow(Object *, Object *, Object *mod_or_none);
Object *num_lshift(Object *, Object *);
Object *num_rshift(Object *, Object *);
Object *num_and(Object *, Object *);
Object *num_or(Object *, Object *);
Object *num_xor(Object *, Object *);
Object *num_inplace_add(Object *, Object *);
Object *num_inplace_mul(Object *, Object *);
Object *num_inplace_sub(Object *, Object *);
Object *num_inplace_truediv(Object *, Object *);
Object *num_inplace_floordiv(Object *, Object *);
Object *num_inplace_matmul(Object *, Object *);
Object *num_inplace_mod(Object *, Object *);
Object *num_inplace_pow(Object *, Object *);
Object *num_inplace_lshift(Object *, Object *);
Object *num_inplace_rshift(Object *, Object *);
Object *num_inplace_and(Object *, Object *);
Object *num_inplace_or(Object *, Object *);
Object *num_inplace_xor(Object *, Object *);
Object *num_neg(Object *);
Object *num_pos(Object *);
Object *num_abs(Object *);
Object *num_invert(Object *);
Object *num_index(Object *);      /* an exact int, or TypeError */
/* The int value of an __index__-able object as a C intptr_t; OverflowError
 * "cannot fit 'int' into an index-sized integer" style errors on overflow. */
intptr_t num_as_ssize(Object *o);
Object *num_to_int(Object *);     /* int(x) for numbers */
Object *num_to_float(Object *);   /* float(x) for numbers */

/* ---- recursion and stack guard (object.c) ---- */

/* Enter a C-level recursion point (repr of nested containers, calls).
 * Raises RecursionError "maximum recursion depth exceeded<where>" when
 * the depth passes the recursion limit or the C stack is nearly used. */
int rt_enter_recursion(const char *where);
void rt_leave_recursion(void);
int rt_get_recursion_limit(void);
void rt_set_recursion_limit(int limit);
int rt_recursion_depth(void);
void rt_set_recursion_depth(int depth); /* the VM restores it after errors */
/* The step budget (fuzzing, embedders): once set, every VM loop iteration,
 * call and C-level iteration step counts one; when it runs out,
 * RuntimeError("step budget exhausted") is raised, and raised again at
 * every later step, so a program that catches it still ends. */
extern bool rt_budget_on;
void rt_set_step_budget(unsigned long steps);   /* 0: unlimited */
int rt_budget_tick(void);                       /* -1 with the error set when exhausted */
/* Record the C stack base; called once at start-up from the outermost frame. */
void rt_init_stack(void *base);

/* Argument checking helpers (args.c): python3's TypeError messages.
 * arg_unpack fills out[i] with BORROWED references (NULL when an optional
 * argument is absent); names is NULL-terminated; the first `required`
 * names are mandatory; all may be given by position or keyword. */
int arg_unpack(const char *fname, Object *const *args, size_t nargs,
               Object *kwnames, const char *const *names, size_t required,
               Object **out);
int arg_no_kwargs(const char *fname, Object *kwnames);
int arg_count(const char *fname, size_t nargs, size_t min, size_t max);
#define NKW(kwnames) ((kwnames) ? (size_t)VAR_SIZE(kwnames) : 0u)

#endif
