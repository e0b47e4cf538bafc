/* method.h — C functions as objects: built-in functions and methods
 * (a MethodDef bound to self, or to a module), method descriptors (the
 * unbound form stored in a type's dict), classmethod descriptors, and
 * getset descriptors. */
#ifndef OURO_METHOD_H
#define OURO_METHOD_H

#include "object.h"

/* Layouts are public so the VM can call a method descriptor found on
 * the type without creating a bound method first. */
typedef struct {
    Object base;
    const MethodDef *def;
    Object *self;          /* bound object or module; may be NULL */
} BuiltinObject;

typedef struct {
    Object base;
    const MethodDef *def;
    Type *owner;
} MethodDescrObject;

typedef struct {
    Object base;
    const GetSetDef *def;
    Type *owner;
} GetSetDescrObject;

extern Type Builtin_type, MethodDescr_type, ClassMethodDescr_type, GetSetDescr_type;

/* A callable running def->fn(self, args...); self may be NULL (plain
 * functions) or a module. */
Object *builtin_new(const MethodDef *def, Object *self);
Object *method_descr_new(Type *owner, const MethodDef *def);
Object *getset_descr_new(Type *owner, const GetSetDef *def);

int method_init(void);

#endif
