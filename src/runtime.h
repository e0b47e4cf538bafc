/* runtime.h — start-up, shutdown and the runtime's I/O hooks (runtime.c). */
#ifndef OURO_RUNTIME_H
#define OURO_RUNTIME_H

#include <stddef.h>

/* Initialise every layer in order; 0 on success, -1 when out of memory. */
int rt_init(void);
/* Interpreter exit: let the objects still alive die (running __del__)
 * while the builtins still work; called before rt_fini. */
void rt_finalize_modules(void);
/* Tear down: clear modules, run pending finalizers, free what is left. */
void rt_fini(void);

/* All program output goes through these (print, tracebacks, the REPL),
 * so an embedder can redirect them.  Defaults: stdout / stderr. */
void rt_write_out(const char *s, size_t n);
void rt_write_err(const char *s, size_t n);
void rt_flush(void);
typedef void (*rt_writer)(const char *s, size_t n, void *ctx);
void rt_set_writers(rt_writer out, rt_writer err, void *ctx);

#endif
