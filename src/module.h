/* module.h — module objects, the builtins module and import. */
#ifndef OURO_MODULE_H
#define OURO_MODULE_H

#include "object.h"

typedef struct {
    Object base;
    Object *dict;     /* the module's globals; holds __name__ */
    uintptr_t weaklist; /* weak references to it, disguised (weakref.h) */
} ModuleObject;

extern Type Module_type;
#define MODULE_CHECK(o) obj_is_instance_of(OBJ(o), &Module_type)

Object *module_new(const char *name);
Object *module_dict(Object *m);      /* borrowed */
/* A module whose functions are defs (NULL-terminated). */
Object *module_from_defs(const char *name, const MethodDef *defs);

/* The builtins module's dict (borrowed); created by builtins_init. */
Object *builtins_dict(void);
/* import name: a built-in C module (sys, math, time, gc, weakref), else
 * a lib/ module, else name.py in a sys.path directory.  Modules are cached
 * in sys.modules. */
Object *import_module(Object *name);

/* Creators of the built-in modules, called once by import. */
Object *mod_sys_create(void);
Object *mod_math_create(void);
Object *mod_time_create(void);
Object *mod_gc_create(void);

/* Import state (module.c): sys.modules and sys.path (borrowed). */
Object *module_modules(void);
Object *module_path(void);
/* A whole file in a mem_alloc_atomic buffer (NUL-terminated, free with
 * mem_free); NULL without an exception when it cannot be opened, NULL
 * with MemoryError and *no_memory set when it cannot be held. */
char *module_read_file(const char *filename, size_t *len, bool *no_memory);
/* Run source as a new module `name` registered in sys.modules (and
 * removed again if running fails); the module with __file__ set. */
Object *module_exec_source(Object *name, const char *src, size_t len,
                           const char *filename);
/* The modules written in the language itself: lib/NAME.py, embedded by
 * tools/embed-lib into the generated stdlib.c as lib_modules[] (ends
 * with {NULL, NULL}); import compiles one on its first use. */
typedef struct {
    const char *name;
    const char *source;
} LibModule;
extern const LibModule lib_modules[];
/* The source of lib/NAME.py, or NULL when there is none. */
const char *module_lib_source(const char *name);
int module_init(void);      /* called by builtins_init */
void module_fini(void);

/* mod_sys.c */
Object *sys_get(Object *name);       /* borrowed sys.NAME or NULL */
/* 1 or 2 when f is the original sys.stdout / sys.stderr object (print
 * writes straight to rt_write_out/err then), else 0. */
int sys_std_stream(Object *f);
/* One line from standard input, newline included; '' at end of file. */
Object *sys_readline(void);
int sys_set_argv(int argc, char **argv);
/* sys.path[0]: the directory of the main script ('' for -c and stdin). */
int sys_set_script_dir(const char *dir);
void sys_fini(void);

/* The VM tells globals(), locals(), dir(), vars(), eval() and exec() how to
 * find the running frame's globals and locals (new references; NULL
 * without an exception when no frame runs).  Until it does, __main__'s
 * globals stand in for both. */
void builtins_set_frame_hooks(Object *(*globals)(void), Object *(*locals)(void));

/* The running code's globals (new reference; __main__'s before any
 * frame runs). */
Object *builtins_globals(void);

/* dir(o): the sorted attribute names of o (new list). */
Object *builtins_dir(Object *o);

int builtins_init(void);
/* Drop the builtins, the modules and the error state (ouro_close calls
 * it after rt_finalize_modules, before rt_fini). */
void builtins_fini(void);

#endif
