/* module.h — module objects, the builtins module and import. */
#ifndef OURO_MODULE_H
#define OURO_MODULE_H

#include "object.h"

typedef struct {
    Object base;
    Object *dict;     /* the module's globals; holds __name__ */
} ModuleObject;

extern Type Module_type;
#define MODULE_CHECK(o) obj_is_instance_of(OBJ(o), &Module_type)

Object *module_new(const char *name);
Object *module_dict(Object *m);      /* borrowed */
/* A module whose functions are defs (NULL-terminated). */
Object *module_from_defs(const char *name, const MethodDef *defs);

/* The builtins module's dict (borrowed); created by builtins_init. */
Object *builtins_dict(void);
/* import name: a built-in module (sys, math, time, gc), else name.py in
 * the main script's directory.  Modules are cached in sys.modules. */
Object *import_module(Object *name);

/* Creators of the built-in modules, called once by import. */
Object *mod_sys_create(void);
Object *mod_math_create(void);
Object *mod_time_create(void);
Object *mod_gc_create(void);

int builtins_init(void);

#endif
