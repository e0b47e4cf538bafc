/* vm.h — compiling source and running code. */
#ifndef OURO_VM_H
#define OURO_VM_H

#include "object.h"

typedef enum {
    COMPILE_FILE,     /* a module: statements */
    COMPILE_SINGLE,   /* one interactive statement: expression values are printed */
    COMPILE_EVAL,     /* one expression */
} CompileMode;

/* Compile source text (UTF-8, len bytes) to a code object, or NULL with a
 * SyntaxError/IndentationError set that carries filename, lineno, offset
 * and the source line. */
Object *compile_source(const char *src, size_t len, const char *filename,
                       CompileMode mode);

/* Run a module-level code object with the given globals dict (a
 * "__builtins__" entry is not needed: builtins_dict() is used).  Returns
 * the value of the code (None for modules) or NULL with an exception. */
Object *vm_eval_code(Object *code, Object *globals);
/* The same with a locals dict (NULL: the globals) for eval(src, g, l):
 * names in COMPILE_EVAL code look in locals first, then globals and
 * builtins. */
Object *vm_eval_code_locals(Object *code, Object *globals, Object *locals);

/* Fuzzing and embedding: after `steps` more instructions, raise
 * RuntimeError("step budget exhausted").  0 disables. */
void vm_set_step_budget(unsigned long steps);

/* Run a class body (the function __build_class__ receives) with ns as its
 * namespace.  Returns the body's value: the __class__ cell when a method
 * uses super() or __class__, else None. */
Object *vm_eval_class_body(Object *func, Object *ns);

/* Where the running script is: the file of the running frame, and in
 * *line the line of the instruction it last saved (before most
 * instructions that can allocate; otherwise a line or so early).  NULL
 * when no frame runs.  Only reads memory: the Boehm build's leak report
 * calls it on every allocation. */
const char *vm_current_site(int *line);

int vm_init(void);

#endif
