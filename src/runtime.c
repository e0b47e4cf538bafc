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
    mem_set_leak_hooks(&(MemLeakHooks){vm_current_site, type_name});
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

/* Set every global of module m to None, in the order the names were
 * bound (python3 also binds None rather than deleting, so a __del__ that
 * reads a global sees None instead of failing with NameError). */
static void clear_module_globals(Object *m)
{
    Object *d = module_dict(m);
    Object *keys = dict_keys_list(d);
    if (keys == NULL) {
        err_clear();
        return;
    }
    for (intptr_t i = 0; i < VAR_SIZE(keys); i++) {
        Object *k = LIST_ITEMS(keys)[i];
        if (STR_CHECK(k) && str_equal_cstr(k, "__builtins__"))
            continue;
        if (dict_set(d, k, None) < 0)
            err_clear();
    }
    DECREF(keys);
}

/* Interpreter exit, while builtins still work: the objects still alive
 * die in a documented order.  First the globals of __main__, in the order
 * they were bound; then those of the other modules, most recently
 * imported first; last, a full collection finalizes what only cycles
 * still hold.  (python3's order differs in places: it removes modules
 * from sys.modules and lets its collector and module teardown interleave;
 * ours is simpler to state and to rely on.) */
void rt_finalize_modules(void)
{
    Object *modules = module_modules();
    Object *names = modules ? dict_keys_list(modules) : NULL;
    if (names == NULL) {
        err_clear();
        return;
    }
    Object *main = dict_get_str(modules, "__main__");
    if (main && MODULE_CHECK(main))
        clear_module_globals(main);
    for (intptr_t i = VAR_SIZE(names) - 1; i >= 0; i--) {
        Object *name = LIST_ITEMS(names)[i];
        Object *m = dict_get(modules, name);
        if (m && MODULE_CHECK(m) && m != main && !str_equal_cstr(name, "builtins")
            && !str_equal_cstr(name, "sys"))
            clear_module_globals(m);
    }
    DECREF(names);
    /* As in python3, the shutdown collection runs no gc.callbacks (their
     * globals are gone) and saves nothing in gc.garbage. */
    gc_set_collect_hooks(&(CollectHooks){0});
    gc_collect(2);
    err_clear();
    rt_flush();
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
