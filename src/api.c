/* api.c — the embedding API of ouro.h.
 *
 * One runtime per process (the collector and the error state are global),
 * so the handle is a single static struct: ouro_open hands out its
 * address, and every call checks it got that address back.
 *
 * Running a program as __main__ follows python3: the module is registered
 * in sys.modules before it runs; an uncaught SystemExit gives the exit
 * status; any other exception prints a traceback (after flushing stdout,
 * so the interleaving matches) and gives status 1. */
#define _DEFAULT_SOURCE        /* realpath, getcwd */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ast.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "mem.h"
#include "module.h"
#include "ouro.h"
#include "parser.h"
#include "runtime.h"
#include "str.h"
#include "vm.h"

struct ouro_vm {
    bool open;
    Object *main;       /* the __main__ module, once a program ran */
};

static struct ouro_vm the_vm;

const char *ouro_version(void)
{
    return PACKAGE_VERSION;
}

const char *ouro_backend(void)
{
    return gc_backend_name();
}

ouro_vm *ouro_open(int argc, char **argv)
{
    if (the_vm.open || rt_init() < 0 || sys_set_argv(argc, argv) < 0)
        return NULL;
    the_vm.open = true;
    gc_clear_dead_stack();   /* below the frames the program's run will lay */
    return &the_vm;
}

void ouro_close(ouro_vm *vm)
{
    if (vm != &the_vm || !vm->open)
        return;
    rt_flush();
    CLEAR(vm->main);   /* __main__ may die as cyclic garbage (rt_finalize_modules) */
    rt_finalize_modules();
    builtins_fini();
    rt_fini();
    vm->open = false;
}

/* The exit status for an uncaught exception (consumed). */
static int exit_status(Object *exc)
{
    int status = 1;
    if (obj_is_instance_of(exc, Exc_SystemExit)) {
        Object *code = obj_getattr_str(exc, "code");
        int64_t n;
        if (!code) {
            err_clear();
        } else if (code == None) {
            status = 0;
        } else if (INT_CHECK(code) && int_to_i64(code, &n) == 0) {
            status = (int)n;
        } else {
            /* python3 prints any other code to stderr and exits with 1 */
            Object *s = obj_str(code);
            if (s) {
                rt_flush();
                rt_write_err(str_utf8(s), str_nbytes(s));
                rt_write_err("\n", 1);
                DECREF(s);
            }
            err_clear();
        }
        XDECREF(code);
    } else {
        rt_flush();
        exc_print(exc);
        /* python3 dies of SIGINT after an uncaught KeyboardInterrupt */
        if (obj_is_instance_of(exc, Exc_KeyboardInterrupt))
            status = 130;
    }
    DECREF(exc);
    rt_flush();
    return status;
}

/* The __main__ module, made on first use and kept for the REPL. */
static Object *main_module(const char *filename)
{
    if (the_vm.main)
        return the_vm.main;
    Object *m = module_new("__main__");
    if (!m)
        return NULL;
    Object *d = module_dict(m);
    Object *file = filename && filename[0] != '<' ? str_from_cstr(filename) : newref(None);
    Object *mod = dict_get_str(module_modules(), "builtins");
    Object *annotations = dict_new();
    /* the globals python3 gives __main__, in its order */
    if (!file || !annotations || dict_set_str(d, "__annotations__", annotations) < 0 ||
        (mod && dict_set_str(d, "__builtins__", mod) < 0) ||
        (file != None && (dict_set_str(d, "__file__", file) < 0 ||
                          dict_set_str(d, "__cached__", None) < 0)) ||
        dict_set_str(module_modules(), "__main__", m) < 0) {
        XDECREF(annotations);
        XDECREF(file);
        DECREF(m);
        return NULL;
    }
    DECREF(file);
    DECREF(annotations);
    the_vm.main = m;
    return m;
}

/* Compile src as `mode` and run it in __main__; the exit status. */
static int run_main(const char *src, size_t len, const char *filename, CompileMode mode)
{
    Object *m = main_module(filename);
    Object *code = m ? compile_source(src, len, filename, mode) : NULL;
    gc_clear_dead_stack();   /* the compiler's: the program's frames go there */
    Object *r = code ? vm_eval_code(code, module_dict(m)) : NULL;
    XDECREF(code);
    err_set_handled(NULL);
    rt_flush();
    if (r) {
        DECREF(r);
        return 0;
    }
    Object *exc = err_fetch();
    return exc ? exit_status(exc) : 1;
}

/* sys.path[0] = the directory of the script, resolved as python3 does. */
static int set_script_dir(const char *path)
{
    char resolved[PATH_MAX];
    if (!realpath(path, resolved))
        return sys_set_script_dir("");
    char *slash = strrchr(resolved, '/');
    if (slash == resolved)
        slash[1] = '\0';
    else if (slash)
        *slash = '\0';
    return sys_set_script_dir(resolved);
}

/* os.path.abspath(path) into out (PATH_MAX bytes): python3 names the
 * main script by its absolute path in tracebacks and __file__.  The
 * components "." and ".." and repeated slashes are folded. */
static void abs_path(const char *path, char *out)
{
    char joined[2 * PATH_MAX];
    if (path[0] == '/' || !getcwd(joined, PATH_MAX))
        joined[0] = '\0';
    size_t n = strlen(joined);
    snprintf(joined + n, sizeof joined - n, "/%s", path);
    size_t len = 0;
    for (char *p = joined; *p;) {
        while (*p == '/')
            p++;
        char *end = p + strcspn(p, "/");
        size_t k = (size_t)(end - p);
        if (k == 2 && p[0] == '.' && p[1] == '.') {
            while (len > 0 && out[--len] != '/')
                ;
        } else if (k > 0 && !(k == 1 && p[0] == '.') && len + k + 2 < PATH_MAX) {
            out[len++] = '/';
            memcpy(out + len, p, k);
            len += k;
        }
        p = end;
    }
    if (len == 0)
        out[len++] = '/';
    out[len] = '\0';
}

/* "ouro: can't open file '/abs/x.py': [Errno 2] No such file or directory" */
static int cannot_open(const char *path, int err)
{
    char name[PATH_MAX], msg[PATH_MAX + 128];
    abs_path(path, name);
    snprintf(msg, sizeof msg, "ouro: can't open file '%s': [Errno %d] %s\n", name, err,
             strerror(err));
    rt_write_err(msg, strlen(msg));
    return 2;
}

int ouro_run_file(ouro_vm *vm, const char *path)
{
    if (vm != &the_vm)
        return 1;
    bool from_stdin = strcmp(path, "-") == 0;
    size_t len;
    bool no_memory;
    char *src = module_read_file(from_stdin ? "/dev/stdin" : path, &len, &no_memory);
    if (!src) {
        if (no_memory)
            return exit_status(err_fetch());
        return cannot_open(path, errno ? errno : ENOENT);
    }
    char name[PATH_MAX];
    if (from_stdin)
        strcpy(name, "<stdin>");
    else
        abs_path(path, name);
    int status = (from_stdin ? sys_set_script_dir("") : set_script_dir(path)) < 0
        ? exit_status(err_fetch())
        : run_main(src, len, name, COMPILE_FILE);
    mem_free(src);
    return status;
}

int ouro_run_string(ouro_vm *vm, const char *source, const char *filename)
{
    if (vm != &the_vm)
        return 1;
    if (sys_set_script_dir("") < 0)
        return exit_status(err_fetch());
    return run_main(source, strlen(source), filename ? filename : "<string>", COMPILE_FILE);
}

/* ---- the interactive prompt ---- */

typedef enum { SRC_COMPLETE, SRC_INCOMPLETE, SRC_ERROR } SourceState;

/* Does src parse as one interactive statement, or does it only lack more
 * input?  (A real syntax error is left for compile_source to report.) */
static SourceState source_state(const char *src, size_t len)
{
    AstArena *arena = ast_arena_new();
    if (!arena)
        return SRC_ERROR;
    ParseError perr;
    memset(&perr, 0, sizeof perr);
    Mod *mod = parse_source(arena, src, len, PARSE_SINGLE, &perr);
    ast_arena_free(arena);
    if (mod)
        return SRC_COMPLETE;
    return perr.incomplete ? SRC_INCOMPLETE : SRC_ERROR;
}

/* The last line of src (which ends with '\n') holds only blanks. */
static bool last_line_blank(const char *src, size_t len)
{
    size_t i = len - 1;
    while (i > 0 && (src[i - 1] == ' ' || src[i - 1] == '\t'))
        i--;
    return i == 0 || src[i - 1] == '\n';
}

/* As at python3's prompt, a compound statement (even on one line) ends
 * only with an empty line. */
static bool is_compound(const char *src)
{
    static const char *const heads[] = {"if", "for", "while", "def", "class",
                                        "with", "try", "async", NULL};
    src += strspn(src, " \t");
    if (*src == '@')
        return true;
    for (const char *const *h = heads; *h; h++) {
        size_t n = strlen(*h);
        if (strncmp(src, *h, n) == 0 && strchr(" \t(:", src[n]) && src[n])
            return true;
    }
    return false;
}

/* Run one interactive statement: -1 to go on, or the exit status that
 * an uncaught SystemExit asks for. */
static int run_interactive(const char *src, size_t len)
{
    Object *code = compile_source(src, len, "<stdin>", COMPILE_SINGLE);
    Object *r = code ? vm_eval_code(code, module_dict(the_vm.main)) : NULL;
    XDECREF(code);
    err_set_handled(NULL);
    rt_flush();
    if (r) {
        DECREF(r);
        return -1;
    }
    Object *exc = err_fetch();
    if (!exc)
        return -1;
    if (obj_is_instance_of(exc, Exc_SystemExit))
        return exit_status(exc);
    exit_status(exc);
    return -1;
}

int ouro_repl_lines(ouro_vm *vm, ouro_read_line read_line, void *ctx)
{
    if (vm != &the_vm)
        return 1;
    if (!main_module("<stdin>") || sys_set_script_dir("") < 0)
        return exit_status(err_fetch());
    char banner[128];
    snprintf(banner, sizeof banner, "ouro %s (%s)\nType \"exit()\" or Ctrl-D to leave.\n",
             ouro_version(), ouro_backend());
    rt_write_err(banner, strlen(banner));
    StrBuilder sb;
    sb_init(&sb);
    int status = -1;
    while (status < 0) {
        const char *line = read_line(sb.len ? "... " : ">>> ", ctx);
        if (!line) {
            rt_write_err("\n", 1);
            status = 0;
            break;
        }
        if (sb.len == 0 && line[strspn(line, " \t")] == '\0')
            continue;
        sb_add_cstr(&sb, line);
        sb_add_char(&sb, '\n');
        if (sb.failed) {
            sb_discard(&sb);
            sb_init(&sb);
            err_no_memory();
            exit_status(err_fetch());
            continue;
        }
        SourceState st = source_state(sb.buf, sb.len);
        if (st == SRC_INCOMPLETE ||
            (st == SRC_COMPLETE && is_compound(sb.buf) && !last_line_blank(sb.buf, sb.len)))
            continue;
        status = run_interactive(sb.buf, sb.len);
        sb.len = 0;
    }
    sb_discard(&sb);
    return status;
}

/* ouro_repl's line reader: plain stdio, the prompt on stderr like python3
 * without readline.  ctx is a StrBuilder reused for every line. */
static const char *stdio_read_line(const char *prompt, void *ctx)
{
    StrBuilder *line = ctx;
    line->len = 0;
    rt_write_err(prompt, strlen(prompt));
    rt_flush();
    int c;
    while ((c = getchar()) != EOF && c != '\n')
        sb_add_char(line, (char)c);
    if ((c == EOF && line->len == 0) || line->failed)
        return NULL;
    sb_add_char(line, '\0');
    return line->failed ? NULL : line->buf;
}

int ouro_repl(ouro_vm *vm)
{
    StrBuilder line;
    sb_init(&line);
    int status = ouro_repl_lines(vm, stdio_read_line, &line);
    sb_discard(&line);
    return status;
}
