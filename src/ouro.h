/* ouro.h — the embedding API: the only header an embedder includes. */
#ifndef OURO_H
#define OURO_H

typedef struct ouro_vm ouro_vm;

/* Start the runtime (one per process).  NULL when out of memory. */
ouro_vm *ouro_open(int argc, char **argv);
/* Run a script file as __main__; returns the process exit status python3
 * would give (0, 1 after an uncaught exception, or sys.exit's code). */
int ouro_run_file(ouro_vm *vm, const char *path);
/* Run source text as __main__ under the given file name. */
int ouro_run_string(ouro_vm *vm, const char *source, const char *filename);
/* The interactive prompt; returns the exit status. */
int ouro_repl(ouro_vm *vm);
/* Shut the runtime down, running pending finalizers; frees everything. */
void ouro_close(ouro_vm *vm);

const char *ouro_version(void);   /* "0.1.0" */
const char *ouro_backend(void);   /* "precise", "boehm" or "none" */

#endif
