/* class.h — classes: types created by a class statement (heap types),
 * their special-method slots, slot wrappers for the built-in types'
 * slots, and the descriptors classes are made of (staticmethod,
 * classmethod, property, super). */
#ifndef OURO_CLASS_H
#define OURO_CLASS_H

#include "object.h"

/* A heap type: the Type plus the number slots it owns. */
typedef struct {
    Type type;
    NumberSlots number;
} HeapType;

extern Type StaticMethod_type, ClassMethod_type, Property_type, Super_type,
    SlotWrapper_type, MethodWrapper_type;

/* type(name, bases, dict) and the class statement: a new heap type of
 * metatype meta.  bases is a tuple (may be empty), ns a dict, kw the
 * class keywords for __init_subclass__ (a dict, or NULL). */
Object *class_new(Type *meta, Object *name, Object *bases, Object *ns, Object *kw);
/* May an instance of t (TF_SLOTS_ONLY) get attribute `name`: is it in
 * the __slots__ of a class of its MRO? */
bool class_slot_allowed(Type *t, Object *name);
/* A special method was set on or deleted from class t: recompute slots. */
int class_update_slots(Type *t);

/* Add wrapper descriptors (int.__add__, list.__len__, object.__init__,
 * ...) for the slots a static type defines itself; type_ready calls it. */
int class_add_slot_wrappers(Type *t);

/* __del__ support shared by every backend: run o's finalizer at most
 * once.  Returns 1 if o was resurrected (its refcount rose again), 0 if it
 * may be freed now. */
int class_finalize(Object *o);

/* The VM supplies the zero-argument super() context: the class in the
 * __class__ cell of the running function and its first argument. */
typedef int (*SuperContextFn)(Type **cls, Object **self);
void class_set_super_context(SuperContextFn fn);
/* ... and runs a class body: func's code with ns as its locals. */
typedef Object *(*ClassBodyFn)(Object *func, Object *ns);
void class_set_body_runner(ClassBodyFn fn);

/* type(name, bases, dict): the new_ slot of `type`. */
Object *class_type_new(Object *meta, Object *const *args, size_t nargs, Object *kwnames);
/* Put __build_class__, staticmethod, classmethod, property and super
 * into the builtins (after builtins_init). */
int class_install_builtins(Object *builtins);

/* Give list, dict, tuple, set, frozenset and type their __class_getitem__
 * (type.c; after the types are ready). */
int type_install_generics(void);

int class_init(void);

#endif
