/* compile.h — AST to code objects.
 *
 * Two passes over the tree: a symbol-table pass decides, for every scope
 * (module, class body, function, lambda, comprehension), which names are
 * fast locals, cells, free variables, globals or class-namespace names;
 * then code generation emits the bytecode of opcodes.h, one code object
 * per scope, and an assembler resolves jump labels, computes the maximum
 * stack depth and builds the CodeObject (func.h). */
#ifndef OURO_COMPILE_H
#define OURO_COMPILE_H

#include <stddef.h>
#include "ast.h"
#include "vm.h"

/* Compile a parsed module.  src/len is the source (for the text of
 * SyntaxError lines).  Returns a code object or NULL with SyntaxError. */
Object *compile_mod(Mod *mod, const char *src, size_t len, const char *filename,
                    CompileMode mode);

#endif
