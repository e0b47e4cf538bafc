/* runtime.c — bringing the layers up in order, and the output hooks.
 *
 * One runtime per process: libgc and the collector lists are process-wide,
 * so the state behind the embedding API is global too (ouro.h says so).
 */
#include "config.h"

#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>

#include "class.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "mem.h"
#include "method.h"
#include "module.h"
#include "object.h"
#include "runtime.h"
#include "str.h"
#include "vm.h"
#include "weakref.h"

/* GMP's digits never hold object pointers: atomic memory. */
static void *gmp_alloc(size_t n)
{
    void *p = mem_alloc_atomic(n);
    if (p == NULL) {
        /* GMP cannot report failure; there is no way to unwind from here. */
        fputs("ouro: out of memory in big-integer arithmetic\n", stderr);
        abort();
    }
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n)
{
    (void)old;
    void *q = mem_realloc(p, n);
    if (q == NULL) {
        fputs("ouro: out of memory in big-integer arithmetic\n", stderr);
        abort();
    }
    return q;
}

static void gmp_free(void *p, size_t n)
{
    (void)n;
    mem_free(p);
}

int rt_init(void)
{
    char stack_marker;
    rt_init_stack(&stack_marker);
    mem_init();
    gc_init();
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    int (*const steps[])(void) = {
        str_init, int_init, type_init, list_init, dict_init, iter_init,
        method_init, class_init, weakref_init, exc_init, builtins_init, vm_init,
    };
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
        if (steps[i]() < 0)
            return -1;
    /* The class layer runs class bodies through the VM above it. */
    class_set_body_runner(vm_eval_class_body);
    return class_install_builtins(builtins_dict());
}

void rt_fini(void)
{
    rt_flush();
    gc_fini();
}

/* ---- output ---- */

static void write_stdout(const char *s, size_t n, void *ctx)
{
    (void)ctx;
    fwrite(s, 1, n, stdout);
}

static void write_stderr(const char *s, size_t n, void *ctx)
{
    (void)ctx;
    fflush(stdout);     /* keep the interleaving python3 shows on a terminal */
    fwrite(s, 1, n, stderr);
}

static rt_writer out_writer = write_stdout, err_writer = write_stderr;
static void *writer_ctx;

void rt_write_out(const char *s, size_t n) { out_writer(s, n, writer_ctx); }
void rt_write_err(const char *s, size_t n) { err_writer(s, n, writer_ctx); }

void rt_flush(void)
{
    fflush(stdout);
    fflush(stderr);
}

void rt_set_writers(rt_writer out, rt_writer err, void *ctx)
{
    out_writer = out ? out : write_stdout;
    err_writer = err ? err : write_stderr;
    writer_ctx = ctx;
}
