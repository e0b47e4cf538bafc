/* mod_sys.c — the sys module and the three standard stream objects.
 *
 * There is one sys module per runtime, created by builtins_init and kept
 * here so print() can find sys.stdout without an import.  sys.modules and
 * sys.path are module.c's import state.  sys.implementation (name,
 * version, cache_tag) and sys.float_info are small module objects:
 * attribute access is what programs do with CPython's SimpleNamespace and
 * struct sequence, and their reprs are the one visible difference. */
#define _POSIX_C_SOURCE 200809L   /* readlink */
#include "config.h"

#include <float.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "dict.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "method.h"
#include "module.h"
#include "runtime.h"
#include "str.h"

static Object *sys_module;

/* ---- the standard streams ---- */

typedef struct {
    Object base;
    int fd;              /* 0 stdin, 1 stdout, 2 stderr */
    const char *name;    /* "<stdout>" */
} StreamObject;

static Object *streams[3];

static void stream_dealloc(Object *o)
{
    obj_free(o);
}

static Object *stream_repr(Object *o)
{
    StreamObject *s = (StreamObject *)o;
    return str_format("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>",
                      s->name, s->fd == 0 ? "r" : "w");
}

static Object *stream_write(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("write", nargs, 1, 1) < 0 || arg_no_kwargs("write", kwnames) < 0)
        return NULL;
    StreamObject *s = (StreamObject *)self;
    if (!STR_CHECK(args[0]))
        return err_set(Exc_TypeError, "write() argument must be str, not %T", args[0]);
    if (s->fd == 0)
        return err_set(Exc_OSError, "not writable");
    (s->fd == 1 ? rt_write_out : rt_write_err)(str_utf8(args[0]), str_nbytes(args[0]));
    return int_from_i64(str_length(args[0]));
}

static Object *stream_flush(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("flush", nargs, 0, 0) < 0 || arg_no_kwargs("flush", kwnames) < 0)
        return NULL;
    rt_flush();
    RETURN_NONE;
}

Object *sys_readline(void)
{
    rt_flush();
    StrBuilder sb;
    sb_init(&sb);
    int c;
    while ((c = getchar()) != EOF) {
        sb_add_char(&sb, (char)c);
        if (c == '\n')
            break;
    }
    return sb_finish(&sb);
}

static Object *stream_readline(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames)
{
    if (arg_count("readline", nargs, 0, 1) < 0 || arg_no_kwargs("readline", kwnames) < 0)
        return NULL;
    if (((StreamObject *)self)->fd != 0)
        return err_set(Exc_OSError, "not readable");
    return sys_readline();
}

/* for line in sys.stdin: readline until it returns "" at end of input */
static Object *stream_iter(Object *self)
{
    return NEWREF(self);
}

static Object *stream_next(Object *self)
{
    if (((StreamObject *)self)->fd != 0)
        return err_set(Exc_OSError, "not readable");
    Object *line = sys_readline();
    if (line && str_nbytes(line) == 0)
        CLEAR(line);            /* NULL without an error: exhausted */
    return line;
}

static Object *stream_read(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("read", nargs, 0, 1) < 0 || arg_no_kwargs("read", kwnames) < 0)
        return NULL;
    if (((StreamObject *)self)->fd != 0)
        return err_set(Exc_OSError, "not readable");
    rt_flush();
    StrBuilder sb;
    sb_init(&sb);
    int c;
    while ((c = getchar()) != EOF)
        sb_add_char(&sb, (char)c);
    return sb_finish(&sb);
}

static Object *stream_readlines(Object *self, Object *const *args, size_t nargs,
                                Object *kwnames)
{
    if (arg_count("readlines", nargs, 0, 1) < 0 || arg_no_kwargs("readlines", kwnames) < 0)
        return NULL;
    Object *lines = list_new(0), *line;
    while (lines && (line = stream_next(self)) != NULL) {
        int r = list_append(lines, line);
        DECREF(line);
        if (r < 0)
            CLEAR(lines);
    }
    if (lines && err_occurred())
        CLEAR(lines);
    return lines;
}

static Object *stream_fileno(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("fileno", nargs, 0, 0) < 0 || arg_no_kwargs("fileno", kwnames) < 0)
        return NULL;
    return int_from_i64(((StreamObject *)self)->fd);
}

static Object *stream_isatty(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("isatty", nargs, 0, 0) < 0 || arg_no_kwargs("isatty", kwnames) < 0)
        return NULL;
    return bool_from(false);
}

static const MethodDef stream_methods[] = {
    {"write", stream_write, 0},
    {"flush", stream_flush, 0},
    {"readline", stream_readline, 0},
    {"read", stream_read, 0},
    {"readlines", stream_readlines, 0},
    {"fileno", stream_fileno, 0},
    {"isatty", stream_isatty, 0},
    {NULL, NULL, 0},
};

Type Stream_type = {
    {1, &Type_type},
    .name = "TextIOWrapper",
    .basicsize = sizeof(StreamObject),
    .dealloc = stream_dealloc,
    .repr = stream_repr,
    .methods = stream_methods,
    .iter = stream_iter,
    .iternext = stream_next,
};

static Object *stream_new(int fd, const char *name)
{
    StreamObject *s = (StreamObject *)obj_alloc(&Stream_type);
    if (s) {
        s->fd = fd;
        s->name = name;
    }
    return OBJ(s);
}

int sys_std_stream(Object *f)
{
    if (f == streams[1])
        return 1;
    if (f == streams[2])
        return 2;
    return 0;
}

Object *sys_get(Object *name)
{
    return sys_module ? dict_get(module_dict(sys_module), name) : NULL;
}

/* ---- functions ---- */

static Object *sys_exit(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("exit", nargs, 0, 1) < 0 || arg_no_kwargs("exit", kwnames) < 0)
        return NULL;
    Object *exc = exc_new(Exc_SystemExit, args, nargs);
    if (exc)
        err_set_obj(Exc_SystemExit, exc);
    XDECREF(exc);
    return NULL;
}

static Object *sys_getrefcount(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames)
{
    if (arg_count("getrefcount", nargs, 1, 1) < 0 || arg_no_kwargs("getrefcount", kwnames) < 0)
        return NULL;
    /* The argument is borrowed from the caller's stack, which holds a
     * reference of its own: the same count python3 3.11 shows. */
    return int_from_i64(args[0]->refcnt);
}

static Object *sys_getrecursionlimit(Object *self, Object *const *args, size_t nargs,
                                     Object *kwnames)
{
    if (arg_count("getrecursionlimit", nargs, 0, 0) < 0 ||
        arg_no_kwargs("getrecursionlimit", kwnames) < 0)
        return NULL;
    return int_from_i64(rt_get_recursion_limit());
}

static Object *sys_setrecursionlimit(Object *self, Object *const *args, size_t nargs,
                                     Object *kwnames)
{
    if (arg_count("setrecursionlimit", nargs, 1, 1) < 0 ||
        arg_no_kwargs("setrecursionlimit", kwnames) < 0)
        return NULL;
    if (FLOAT_CHECK(args[0]))
        return err_set(Exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n = int_as_i64(args[0]);
    if (n == -1 && err_occurred())
        return NULL;
    if (n < 1)
        return err_set(Exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT32_MAX)
        return err_set(Exc_OverflowError, "Python int too large to convert to C int");
    rt_set_recursion_limit((int)n);
    RETURN_NONE;
}

static Object *sys_exc_info(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("exc_info", nargs, 0, 0) < 0 || arg_no_kwargs("exc_info", kwnames) < 0)
        return NULL;
    Object *e = err_get_handled();
    if (!e || e == None)
        return tuple_pack(3, None, None, None);
    Object *tb = exc_get_traceback(e);
    return tuple_pack(3, OBJ(TYPE(e)), e, tb ? tb : None);
}

static Object *sys_intern(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("intern", nargs, 1, 1) < 0 || arg_no_kwargs("intern", kwnames) < 0)
        return NULL;
    if (!STR_CHECK_EXACT(args[0]))
        return err_set(Exc_TypeError, "intern() argument must be str, not %T", args[0]);
    return str_intern(args[0]);
}

static const MethodDef sys_functions[] = {
    {"exit", sys_exit, 0},
    {"getrefcount", sys_getrefcount, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"exc_info", sys_exc_info, 0},
    {"intern", sys_intern, 0},
    {NULL, NULL, 0},
};

/* ---- the module ---- */

static int put_new(Object *d, const char *name, Object *v)
{
    if (!v)
        return -1;
    int r = dict_set_str(d, name, v);
    DECREF(v);
    return r;
}

static Object *version_info(void)
{
    Object *major = int_from_i64(3), *minor = int_from_i64(11), *micro = int_from_i64(0);
    Object *level = str_from_cstr("final"), *serial = int_from_i64(0);
    Object *t = NULL;
    if (major && minor && micro && level && serial)
        t = tuple_pack(5, major, minor, micro, level, serial);
    XDECREF(major); XDECREF(minor); XDECREF(micro); XDECREF(level); XDECREF(serial);
    return t;
}

static Object *implementation(void)
{
    Object *m = module_new("implementation");
    if (!m)
        return NULL;
    Object *d = module_dict(m);
    if (put_new(d, "name", str_from_cstr("ouro")) < 0 ||
        put_new(d, "version", version_info()) < 0 ||
        dict_set_str(d, "cache_tag", None) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}

/* sys.float_info: a module object carrying the attributes (attribute
 * access is what programs use; CPython's is a struct sequence). */
static Object *float_info(void)
{
    Object *m = module_new("float_info");
    if (!m)
        return NULL;
    Object *d = module_dict(m);
    if (put_new(d, "max", float_from_double(DBL_MAX)) < 0 ||
        put_new(d, "max_exp", int_from_i64(DBL_MAX_EXP)) < 0 ||
        put_new(d, "max_10_exp", int_from_i64(DBL_MAX_10_EXP)) < 0 ||
        put_new(d, "min", float_from_double(DBL_MIN)) < 0 ||
        put_new(d, "min_exp", int_from_i64(DBL_MIN_EXP)) < 0 ||
        put_new(d, "min_10_exp", int_from_i64(DBL_MIN_10_EXP)) < 0 ||
        put_new(d, "dig", int_from_i64(DBL_DIG)) < 0 ||
        put_new(d, "mant_dig", int_from_i64(DBL_MANT_DIG)) < 0 ||
        put_new(d, "epsilon", float_from_double(DBL_EPSILON)) < 0 ||
        put_new(d, "radix", int_from_i64(FLT_RADIX)) < 0 ||
        put_new(d, "rounds", int_from_i64(1)) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}

/* The running program, from /proc/self/exe ('' when unknown). */
static Object *executable(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    return str_from_utf8(buf, n > 0 ? (size_t)n : 0);
}

static int fill_sys(Object *d)
{
    for (int fd = 0; fd < 3; fd++) {
        static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
        if (!streams[fd] && !(streams[fd] = stream_new(fd, names[fd])))
            return -1;
    }
    return put_new(d, "version", str_format("3.11.0 (ouro %s, %s)", PACKAGE_VERSION,
                                            gc_backend_name())) < 0 ||
           put_new(d, "version_info", version_info()) < 0 ||
           put_new(d, "implementation", implementation()) < 0 ||
           put_new(d, "platform", str_from_cstr("linux")) < 0 ||
           put_new(d, "byteorder", str_from_cstr("little")) < 0 ||
           put_new(d, "maxsize", int_from_i64(INT64_MAX)) < 0 ||
           put_new(d, "maxunicode", int_from_i64(0x10ffff)) < 0 ||
           put_new(d, "float_info", float_info()) < 0 ||
           put_new(d, "executable", executable()) < 0 ||
           put_new(d, "argv", list_new(0)) < 0 ||
           dict_set_str(d, "modules", module_modules()) < 0 ||
           dict_set_str(d, "path", module_path()) < 0 ||
           dict_set_str(d, "stdin", streams[0]) < 0 ||
           dict_set_str(d, "stdout", streams[1]) < 0 ||
           dict_set_str(d, "stderr", streams[2]) < 0 ||
           dict_set_str(d, "__stdin__", streams[0]) < 0 ||
           dict_set_str(d, "__stdout__", streams[1]) < 0 ||
           dict_set_str(d, "__stderr__", streams[2]) < 0
        ? -1 : 0;
}

Object *mod_sys_create(void)
{
    if (sys_module)
        return newref(sys_module);
    if (type_ready(&Stream_type) < 0)
        return NULL;
    Object *m = module_from_defs("sys", sys_functions);
    if (!m || fill_sys(module_dict(m)) < 0) {
        XDECREF(m);
        return NULL;
    }
    sys_module = newref(m);
    return m;
}

int sys_set_argv(int argc, char **argv)
{
    Object *l = list_new(0);
    if (!l)
        return -1;
    for (int i = 0; i < argc; i++) {
        Object *s = str_from_cstr(argv[i]);
        if (!s || list_append(l, s) < 0) {
            XDECREF(s);
            DECREF(l);
            return -1;
        }
        DECREF(s);
    }
    if (argc == 0) {
        Object *empty = str_from_cstr("");
        if (!empty || list_append(l, empty) < 0) {
            XDECREF(empty);
            DECREF(l);
            return -1;
        }
        DECREF(empty);
    }
    return put_new(module_dict(sys_module), "argv", l);
}

int sys_set_script_dir(const char *dir)
{
    Object *p = module_path();
    Object *s = str_from_cstr(dir);
    if (!s)
        return -1;
    if (VAR_SIZE(p) == 0) {
        int r = list_append(p, s);
        DECREF(s);
        return r;
    }
    Object *old = LIST_ITEMS(p)[0];
    LIST_ITEMS(p)[0] = s;
    DECREF(old);
    return 0;
}

void sys_fini(void)
{
    CLEAR(sys_module);
    for (int fd = 0; fd < 3; fd++)
        CLEAR(streams[fd]);
}
