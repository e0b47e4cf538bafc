/* ouro.h — the embedding API: the only header an embedder includes. */
#ifndef OURO_H
#define OURO_H

typedef struct ouro_vm ouro_vm;

/* Start the runtime (one per process: the handle is a single static
 * state, and a second open before ouro_close returns NULL).  argv[0..argc)
 * becomes sys.argv.  NULL when out of memory. */
ouro_vm *ouro_open(int argc, char **argv);
/* Run a script file as __main__ ("-": standard input, as <stdin>); returns the process exit status python3
 * would give (0, 1 after an uncaught exception, or sys.exit's code). */
int ouro_run_file(ouro_vm *vm, const char *path);
/* Run source text as __main__ under the given file name. */
int ouro_run_string(ouro_vm *vm, const char *source, const char *filename);
/* The interactive prompt reading standard input; returns the exit status. */
int ouro_repl(ouro_vm *vm);
/* The interactive prompt over a line source: read_line shows the prompt
 * (">>> " or "... ") and returns the next line without its newline, or
 * NULL at end of input; the line must stay valid until the next call.
 * The ouro program passes a libedit reader (line editing lives in the
 * program, not the library). */
typedef const char *(*ouro_read_line)(const char *prompt, void *ctx);
int ouro_repl_lines(ouro_vm *vm, ouro_read_line read_line, void *ctx);
/* Shut the runtime down, running pending finalizers; frees everything. */
void ouro_close(ouro_vm *vm);

const char *ouro_version(void);   /* "0.1.0" */
const char *ouro_backend(void);   /* "precise", "boehm" or "none" */

#endif
