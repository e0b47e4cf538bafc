/* runtime.c — bringing the layers up in order, and the output hooks.
 *
 * One runtime per process: libgc and the collector lists are process-wide,
 * so the state behind the embedding API is global too (ouro.h says so).
 */
#include "config.h"

#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* Set every global in d to None, in the order the names were bound
 * (python3 also binds None rather than deleting, so a __del__ that reads
 * a global sees None instead of failing with NameError). */
static void clear_globals(Object *d)
{
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

/* The atexit callbacks (lib/atexit.py keeps them), last registered first,
 * before anything is torn down, as in python3. */
static void run_atexit_callbacks(Object *modules)
{
    Object *m = dict_get_str(modules, "atexit");
    Object *handlers = m && MODULE_CHECK(m) ? dict_get_str(module_dict(m), "_handlers") : NULL;
    Object *pop = handlers && LIST_CHECK(handlers) ? obj_getattr_str(handlers, "pop") : NULL;
    while (pop && VAR_SIZE(handlers) > 0) {
        Object *h = obj_call0(pop);
        if (h && TUPLE_CHECK(h) && VAR_SIZE(h) == 2) {
            Object *r = obj_call0(TUPLE_ITEMS(h)[1]);
            if (r == NULL)
                err_write_unraisable_in("Exception ignored in atexit callback", TUPLE_ITEMS(h)[0]);
            XDECREF(r);
        }
        XDECREF(h);
        err_clear();
    }
    XDECREF(pop);
    err_clear();
}

/* Whether the module named `name` outlives the others at exit. */
static bool is_kept_to_the_end(Object *name)
{
    return str_equal_cstr(name, "builtins") || str_equal_cstr(name, "sys");
}

/* Interpreter exit, while builtins still work, as python3 3.11 does it
 * for __main__: the atexit callbacks run, the modules leave sys.modules, and a full collection
 * finalizes __main__'s globals if only cycles still hold them (a program
 * that defines a function or a class), with the globals intact and the
 * __del__ methods run in the order the objects were made.  A weak
 * reference finds __main__ afterwards if something else kept it alive;
 * the none build, which cannot collect it, keeps its dict instead.  Then
 * the globals still alive are set to None: __main__'s first, then the
 * other modules', most recently imported first; a last collection
 * finalizes what that left in cycles.  The shutdown collections run no
 * gc.callbacks (their globals are gone) and save nothing in gc.garbage,
 * as in python3. */
void rt_finalize_modules(void)
{
    Object *modules = module_modules();
    if (modules)
        run_atexit_callbacks(modules);
    Object *names = modules ? dict_keys_list(modules) : NULL;
    Object *kept = names ? list_new(0) : NULL;
    if (kept == NULL) {
        XDECREF(names);
        err_clear();
        return;
    }
    bool collects_cycles = strcmp(gc_backend_name(), "none") != 0;
    Object *main_ref = NULL, *main_dict = NULL;
    for (intptr_t i = 0; i < VAR_SIZE(names); i++) {
        Object *name = LIST_ITEMS(names)[i];
        Object *m = dict_get(modules, name);
        if (!m || !MODULE_CHECK(m) || is_kept_to_the_end(name))
            continue;
        if (!str_equal_cstr(name, "__main__")) {
            if (list_append(kept, m) < 0)
                err_clear();
        } else if (collects_cycles) {
            main_ref = weakref_new(&WeakRef_type, m, NULL);
        } else {
            main_dict = NEWREF(module_dict(m));
        }
        if (dict_del(modules, name) < 0)
            err_clear();
    }
    DECREF(names);
    gc_set_collect_hooks(&(CollectHooks){0});
    gc_collect(2);
    err_clear();
    Object *main = main_ref ? weakref_referent(main_ref) : NULL;
    if (main_dict || main)
        clear_globals(main_dict ? main_dict : module_dict(main));
    for (intptr_t i = VAR_SIZE(kept) - 1; i >= 0; i--)
        clear_globals(module_dict(LIST_ITEMS(kept)[i]));
    XDECREF(main_ref);
    XDECREF(main_dict);
    DECREF(kept);
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
