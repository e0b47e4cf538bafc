/* fuzz_ouro.c — a libFuzzer target over the whole pipeline:
 * source text -> lexer -> parser -> compiler -> VM, in one process.
 *
 * Built by fuzz/build.sh with clang -fsanitize=fuzzer,address,undefined
 * against the static libouro.a of a VPATH build (see fuzz/README.md).
 *
 * One runtime is opened once (ouro_open: one runtime per process) and
 * every input runs in it as __main__ through ouro_run_string.  Because the
 * runtime outlives the inputs, everything a program can change that would
 * change how the *next* input behaves is put back after each run (see
 * reset_state); after that the harness checks two invariants that must hold
 * between two programs whatever they did (no pending exception, C
 * recursion depth back to 0) and aborts if either is broken, so libFuzzer
 * records the input as a crash.
 *
 * Environment: OURO_FUZZ_VERBOSE=1 keeps the program's stdout/stderr (for
 * triaging a reproducer: `OURO_FUZZ_VERBOSE=1 fuzz_ouro crash-file`).
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "err.h"
#include "gc.h"
#include "list.h"
#include "mem.h"
#include "module.h"
#include "object.h"
#include "ouro.h"
#include "runtime.h"
#include "str.h"
#include "vm.h"

/* Interpreted steps per input.  The VM counts a step on every backward
 * jump and every Python-level call (vm.c periodic()), i.e. once per loop
 * iteration or call, and raises RuntimeError("step budget exhausted")
 * when the budget runs out.  20000 keeps a typical input well under a
 * millisecond of interpretation while leaving room for real programs
 * (the seed corpus needs at most a few thousand); work done inside one C
 * call (sum(range(10**12)), 10**10**9) is not counted: libFuzzer's
 * -timeout catches that. */
#define STEP_BUDGET 20000UL
/* Longest input run; longer ones are rejected (not interesting). */
#define MAX_INPUT 4096

static ouro_vm *vm;
static char *fake_argv[] = {"fuzz_ouro", NULL};

/* Snapshots of the state a program can change, taken once the runtime is
 * up (new references, kept for the life of the process). */
static Object *snap_builtins;     /* copy of the builtins module's dict */
static Object *snap_main;         /* copy of __main__'s dict */
static Object *main_dict;         /* __main__'s dict itself (borrowed via the module) */
static Object *snap_modules;      /* copy of sys.modules */
static Object *snap_path;         /* tuple: sys.path's items */
static Object *mod_dicts[8];      /* dicts of sys, math, time, gc, weakref */
static Object *mod_snaps[8];
static int n_mods;
static long gc_thresholds[3];
static int recursion_limit;

static void discard(const char *s, size_t n, void *ctx)
{
    (void)s; (void)n; (void)ctx;
}

/* Give up loudly: the harness itself could not do its job. */
static void die(const char *what)
{
    fprintf(stderr, "fuzz_ouro: %s\n", what);
    Object *e = err_occurred();
    if (e)
        fprintf(stderr, "fuzz_ouro: pending exception of type %s\n", TYPE(e)->name);
    abort();
}

/* time.sleep that does not sleep: a sleeping input is not a bug, but it
 * would stall the fuzzer and end as a libFuzzer timeout. */
static Object *fuzz_sleep(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    RETURN_NONE;
}

static const MethodDef fuzz_defs[] = {
    {"sleep", fuzz_sleep, 0},
    {NULL, NULL, 0},
};

/* d.clear(); d.update(snapshot) — through the method so the dict's own
 * code (and any finalizers a dropped value triggers) runs as usual. */
static void restore_dict(Object *d, Object *snap)
{
    Object *r = obj_call_method(d, "clear", NULL, 0);
    if (!r)
        die("dict.clear failed");
    DECREF(r);
    if (dict_update(d, snap) < 0)
        die("dict.update failed");
}

static void restore_list(Object *l, Object *items_tuple)
{
    Object *r = obj_call_method(l, "clear", NULL, 0);
    if (!r)
        die("list.clear failed");
    DECREF(r);
    if (list_extend(l, items_tuple) < 0)
        die("list.extend failed");
}

/* Put back everything that leaks from one input into the next:
 *
 *  - __main__'s globals: ouro keeps one __main__ module for the life of
 *    the runtime (api.c, for the REPL), so the names a program defines
 *    would be seen by the next one.  Cleared and refilled from the
 *    snapshot (__name__, __doc__, __builtins__).
 *  - the builtins module's dict (`import builtins` is not supported, but
 *    __builtins__ is the module: `__builtins__.len = None`).
 *  - the dicts of the built-in modules sys, math, time, gc, weakref: this restores
 *    sys.stdout/sys.stderr/sys.stdin replaced by the program and
 *    math.pi = 3 style edits; sys.modules and sys.path, which are the
 *    import state (module.c) and survive as the same objects (their
 *    contents are put back); sys.argv, a fresh list (sys_set_argv).
 *  - sys.setrecursionlimit: rt_set_recursion_limit(the start-up limit).
 *  - gc.disable() / gc.set_threshold(): gc_enable(true) and the start-up
 *    thresholds.
 *  - the step budget: re-armed before the run and before the clean-up
 *    (which can run __del__ methods and generator finally blocks).
 *
 * Not reset because a program cannot change it or it does not matter:
 * interned strings and small ints (immutable), the frame cache, the
 * collector's generation lists (a full collection below empties the
 * young ones of this input's garbage).
 *
 * Standard input: input() and sys.stdin.readline() read the process's
 * stdin with getchar (mod_sys.c sys_readline).  Under libFuzzer stdin is
 * whatever the shell gave, a terminal when run by hand, where input()
 * would block the fuzzer; LLVMFuzzerInitialize points stdin at /dev/null
 * so input() raises EOFError at once.
 *
 * Import: ouro_run_string sets sys.path[0] = '' (the current directory),
 * so `import foo` reads ./foo.py if there is one; run the fuzzer from a
 * directory without .py files (the repository root has none). */
static void reset_state(void)
{
    vm_set_step_budget(STEP_BUDGET);
    restore_dict(main_dict, snap_main);
    restore_dict(builtins_dict(), snap_builtins);
    for (int i = 0; i < n_mods; i++)
        restore_dict(mod_dicts[i], mod_snaps[i]);
    restore_dict(module_modules(), snap_modules);
    restore_list(module_path(), snap_path);
    /* sys.argv is edited in place (sys.argv.append): a fresh list. */
    if (sys_set_argv(1, fake_argv) < 0)
        die("cannot reset sys.argv");
    rt_set_recursion_limit(recursion_limit);
    gc_enable(true);
    gc_set_threshold(gc_thresholds);
    /* Reclaim this input's cycles now, so their finalizers run under this
     * input (and its budget), not in the middle of the next one. */
    if (gc_collect(2) < 0)
        err_clear();
    if (err_occurred())
        err_clear();
    vm_set_step_budget(0);
}

/* import name; NULL (no exception) when this build has no such module. */
static Object *import_builtin(const char *name)
{
    Object *n = str_from_cstr(name);
    Object *m = n ? import_module(n) : NULL;
    XDECREF(n);
    if (!m)
        err_clear();
    return m;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc; (void)argv;
    if (!freopen("/dev/null", "r", stdin))
        die("cannot point stdin at /dev/null");
    vm = ouro_open(1, fake_argv);
    if (!vm)
        die("ouro_open failed");
    const char *verbose = getenv("OURO_FUZZ_VERBOSE");
    if (!verbose || strcmp(verbose, "1") != 0)
        rt_set_writers(discard, discard, NULL);

    /* An empty program makes __main__ (api.c creates it on first run). */
    if (ouro_run_string(vm, "", "<fuzz>") != 0)
        die("the empty program failed");
    Object *main_mod = dict_get_str(module_modules(), "__main__");
    if (!main_mod)
        die("no __main__ after a run");
    main_dict = module_dict(main_mod);

    /* Import the built-in modules once, so their dicts can be restored;
     * time.sleep is replaced by a no-op (see fuzz_sleep). */
    static const char *const names[] = {"sys", "math", "time", "gc", "weakref"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        Object *m = import_builtin(names[i]);
        if (!m)
            continue;
        mod_dicts[n_mods] = newref(module_dict(m));
        DECREF(m);
        if (strcmp(names[i], "time") == 0) {
            Object *fm = module_from_defs("_fuzz", fuzz_defs);
            Object *sleep = fm ? dict_get_str(module_dict(fm), "sleep") : NULL;
            if (!sleep || dict_set_str(mod_dicts[n_mods], "sleep", sleep) < 0)
                die("cannot replace time.sleep");
            DECREF(fm);
        }
        if (!(mod_snaps[n_mods] = dict_copy(mod_dicts[n_mods])))
            die("dict_copy failed");
        n_mods++;
    }
    snap_main = dict_copy(main_dict);
    snap_builtins = dict_copy(builtins_dict());
    snap_modules = dict_copy(module_modules());
    snap_path = tuple_from_iterable(module_path());
    if (!snap_main || !snap_builtins || !snap_modules || !snap_path)
        die("cannot snapshot the runtime state");
    gc_get_threshold(gc_thresholds);
    recursion_limit = rt_get_recursion_limit();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MAX_INPUT || memchr(data, '\0', size))
        return -1;      /* not added to the corpus */
    char *src = mem_alloc_atomic(size + 1);
    if (!src)
        return 0;
    memcpy(src, data, size);
    src[size] = '\0';

    vm_set_step_budget(STEP_BUDGET);
    (void)ouro_run_string(vm, src, "<fuzz>");
    mem_free(src);

    /* Between two programs: nothing pending, no C recursion left over. */
    if (err_occurred())
        die("an exception is still set after ouro_run_string returned");
    if (rt_recursion_depth() != 0) {
        fprintf(stderr, "fuzz_ouro: recursion depth %d after the run\n", rt_recursion_depth());
        die("recursion depth not restored");
    }
    reset_state();
    if (rt_recursion_depth() != 0)
        die("recursion depth not restored by the clean-up");
    return 0;
}

/* AddressSanitizer defaults (ASAN_OPTIONS still overrides them): a single
 * request above 1 GiB fails (mem_* return NULL, the runtime raises
 * MemoryError, as python3 does when malloc fails) instead of being
 * reported as a libFuzzer out-of-memory crash. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "allocator_may_return_null=1:max_allocation_size_mb=1024";
}

/* UndefinedBehaviorSanitizer: a stack trace with every report. */
const char *__ubsan_default_options(void);
const char *__ubsan_default_options(void)
{
    return "print_stacktrace=1";
}
