/* builtins.c — the builtins module: the built-in types, the exception
 * types and the built-in functions, with python3's error messages.
 *
 * The implicit forms of globals(), locals(), vars(), dir(), eval() and
 * exec() need the running frame, which only the VM knows: it registers
 * hooks (builtins_set_frame_hooks); without them the __main__ module's
 * globals stand in, which is right at the top level of the main script. */
#include "config.h"

#include <string.h>

#include "dict.h"
#include "err.h"
#include "func.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "method.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "vm.h"

static Object *builtins_module;
static Object *(*frame_globals)(void);
static Object *(*frame_locals)(void);

Object *builtins_dict(void)
{
    return module_dict(builtins_module);
}

void builtins_set_frame_hooks(Object *(*globals)(void), Object *(*locals)(void))
{
    frame_globals = globals;
    frame_locals = locals;
}

/* The running frame's globals (new reference). */
static Object *current_globals(void)
{
    Object *g = frame_globals ? frame_globals() : NULL;
    if (g || err_occurred())
        return g;
    Object *main = dict_get_str(module_modules(), "__main__");
    if (main && MODULE_CHECK(main))
        return newref(module_dict(main));
    return err_occurred() ? NULL : dict_new();
}

Object *builtins_globals(void)
{
    return current_globals();
}

static Object *current_locals(void)
{
    Object *l = frame_locals ? frame_locals() : NULL;
    return l || err_occurred() ? l : current_globals();
}

/* fname() takes exactly one argument and no keywords. */
static int one_arg(const char *fname, size_t nargs, Object *kwnames)
{
    return arg_no_kwargs(fname, kwnames) < 0 || arg_count(fname, nargs, 1, 1) < 0 ? -1 : 0;
}

static int check_args(const char *fname, size_t nargs, Object *kwnames, size_t min, size_t max)
{
    return arg_no_kwargs(fname, kwnames) < 0 || arg_count(fname, nargs, min, max) < 0 ? -1 : 0;
}

#define BUILTIN(name) \
    static Object *bi_##name(Object *self, Object *const *args, size_t nargs, Object *kwnames)

/* ---- print and input ---- */

typedef struct {
    Object *file;      /* NULL: write to rt_write_out/err directly */
    int fd;            /* 1 or 2 for the direct path */
} Sink;

static int sink_write(Sink *s, Object *str)
{
    if (!s->file) {
        (s->fd == 1 ? rt_write_out : rt_write_err)(str_utf8(str), str_nbytes(str));
        return 0;
    }
    Object *r = obj_call_method(s->file, "write", &str, 1);
    XDECREF(r);
    return r ? 0 : -1;
}

static int sink_write_obj(Sink *s, Object *o)
{
    if (STR_CHECK_EXACT(o))
        return sink_write(s, o);
    Object *str = obj_str(o);
    if (!str)
        return -1;
    int r = sink_write(s, str);
    DECREF(str);
    return r;
}

/* print's keyword arguments: sep, end, file, flush. */
static int print_options(Object *const *kw, Object *kwnames, Object **opt)
{
    static const char *const names[] = {"sep", "end", "file", "flush"};
    for (size_t i = 0; i < NKW(kwnames); i++) {
        Object *k = TUPLE_ITEMS(kwnames)[i];
        size_t j = 0;
        while (j < 4 && !str_equal_cstr(k, names[j]))
            j++;
        if (j == 4) {
            err_set(Exc_TypeError, "'%U' is an invalid keyword argument for print()", k);
            return -1;
        }
        opt[j] = kw[i];
    }
    for (int j = 0; j < 2; j++)
        if (opt[j] && opt[j] != None && !STR_CHECK(opt[j])) {
            err_set(Exc_TypeError, "%s must be None or a string, not %T", names[j], opt[j]);
            return -1;
        }
    return 0;
}

/* The default separator and end of print(), and the interned "stdout",
 * made by builtins_init. */
static Object *space, *newline, *stdout_name;

BUILTIN(print)
{
    Object *opt[4] = {NULL, NULL, NULL, NULL};
    if (print_options(args + nargs, kwnames, opt) < 0)
        return NULL;
    Object *sep = opt[0] && opt[0] != None ? opt[0] : space;
    Object *end = opt[1] && opt[1] != None ? opt[1] : newline;
    Object *file = opt[2] && opt[2] != None ? opt[2] : sys_get(stdout_name);
    if (!file || file == None)
        RETURN_NONE;
    Sink sink = {file, sys_std_stream(file)};
    if (sink.fd)
        sink.file = NULL;
    for (size_t i = 0; i < nargs; i++)
        if ((i > 0 && sink_write(&sink, sep) < 0) || sink_write_obj(&sink, args[i]) < 0)
            return NULL;
    if (sink_write(&sink, end) < 0)
        return NULL;
    int flush = opt[3] ? obj_is_true(opt[3]) : 0;
    if (flush < 0)
        return NULL;
    if (flush && sink.file) {
        Object *r = obj_call_method(file, "flush", NULL, 0);
        if (!r)
            return NULL;
        DECREF(r);
    } else if (flush) {
        rt_flush();
    }
    RETURN_NONE;
}

BUILTIN(input)
{
    if (check_args("input", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (nargs == 1) {
        Object *prompt = obj_str(args[0]);
        if (!prompt)
            return NULL;
        rt_write_out(str_utf8(prompt), str_nbytes(prompt));
        DECREF(prompt);
    }
    Object *line = sys_readline();
    if (!line)
        return NULL;
    size_t n = str_nbytes(line);
    if (n == 0) {
        DECREF(line);
        return err_set(Exc_EOFError, "EOF when reading a line");
    }
    if (str_utf8(line)[n - 1] != '\n')
        return line;
    Object *r = str_from_utf8(str_utf8(line), n - 1);
    DECREF(line);
    return r;
}

/* ---- simple one-argument functions ---- */

BUILTIN(len)
{
    if (one_arg("len", nargs, kwnames) < 0)
        return NULL;
    intptr_t n = obj_length(args[0]);
    return n < 0 ? NULL : int_from_i64(n);
}

BUILTIN(repr)
{
    return one_arg("repr", nargs, kwnames) < 0 ? NULL : obj_repr(args[0]);
}

BUILTIN(ascii)
{
    return one_arg("ascii", nargs, kwnames) < 0 ? NULL : obj_ascii(args[0]);
}

BUILTIN(abs)
{
    return one_arg("abs", nargs, kwnames) < 0 ? NULL : num_abs(args[0]);
}

BUILTIN(id)
{
    if (one_arg("id", nargs, kwnames) < 0)
        return NULL;
    return int_from_u64((uint64_t)(uintptr_t)args[0]);
}

BUILTIN(hash)
{
    if (one_arg("hash", nargs, kwnames) < 0)
        return NULL;
    intptr_t h = obj_hash(args[0]);
    return h == -1 && err_occurred() ? NULL : int_from_i64(h);
}

BUILTIN(callable)
{
    if (one_arg("callable", nargs, kwnames) < 0)
        return NULL;
    return bool_from(obj_is_callable(args[0]));
}

static Object *to_base(const char *fname, Object *const *args, size_t nargs,
                       Object *kwnames, int base)
{
    if (one_arg(fname, nargs, kwnames) < 0)
        return NULL;
    Object *i = num_index(args[0]);
    if (!i)
        return NULL;
    Object *s = int_to_base_str(i, base);
    DECREF(i);
    return s;
}

BUILTIN(hex) { return to_base("hex", args, nargs, kwnames, 16); }
BUILTIN(oct) { return to_base("oct", args, nargs, kwnames, 8); }
BUILTIN(bin) { return to_base("bin", args, nargs, kwnames, 2); }

BUILTIN(chr)
{
    if (one_arg("chr", nargs, kwnames) < 0)
        return NULL;
    Object *i = num_index(args[0]);
    if (!i)
        return NULL;
    int64_t v;
    int fits = int_to_i64(i, &v);
    DECREF(i);
    if (fits < 0 || v < INT32_MIN || v > INT32_MAX)
        return err_set(Exc_OverflowError, "Python int too large to convert to C int");
    if (v < 0 || v > 0x10ffff)
        return err_set(Exc_ValueError, "chr() arg not in range(0x110000)");
    StrBuilder sb;
    sb_init(&sb);
    sb_add_codepoint(&sb, (uint32_t)v);
    return sb_finish(&sb);
}

/* The code point of a one-character UTF-8 string. */
static uint32_t decode_utf8(const unsigned char *s)
{
    if (s[0] < 0x80)
        return s[0];
    if (s[0] < 0xe0)
        return (uint32_t)(s[0] & 0x1f) << 6 | (s[1] & 0x3f);
    if (s[0] < 0xf0)
        return (uint32_t)(s[0] & 0x0f) << 12 | (uint32_t)(s[1] & 0x3f) << 6 | (s[2] & 0x3f);
    return (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3f) << 12 |
           (uint32_t)(s[2] & 0x3f) << 6 | (s[3] & 0x3f);
}

BUILTIN(ord)
{
    if (one_arg("ord", nargs, kwnames) < 0)
        return NULL;
    Object *c = args[0];
    if (!STR_CHECK(c))
        return err_set(Exc_TypeError, "ord() expected string of length 1, but %T found", c);
    if (str_length(c) != 1)
        return err_set(Exc_TypeError, "ord() expected a character, but string of length %zu found",
                       (size_t)str_length(c));
    return int_from_i64(decode_utf8((const unsigned char *)str_utf8(c)));
}

/* ---- iteration ---- */

static Object *any_all(const char *fname, Object *const *args, size_t nargs,
                       Object *kwnames, bool want)
{
    if (one_arg(fname, nargs, kwnames) < 0)
        return NULL;
    Object *it = obj_iter(args[0]);
    if (!it)
        return NULL;
    Object *item;
    while ((item = obj_next(it))) {
        int t = obj_is_true(item);
        DECREF(item);
        if (t < 0 || t == want) {
            DECREF(it);
            return t < 0 ? NULL : bool_from(want);
        }
    }
    DECREF(it);
    return err_occurred() ? NULL : bool_from(!want);
}

BUILTIN(any) { return any_all("any", args, nargs, kwnames, true); }
BUILTIN(all) { return any_all("all", args, nargs, kwnames, false); }

BUILTIN(iter)
{
    if (check_args("iter", nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return obj_iter(args[0]);
    if (!obj_is_callable(args[0]))
        return err_set(Exc_TypeError, "iter(v, w): v must be callable");
    return calliter_new(args[0], args[1]);
}

BUILTIN(next)
{
    if (check_args("next", nargs, kwnames, 1, 2) < 0)
        return NULL;
    Object *it = args[0];
    if (!TYPE(it)->iternext)
        return err_set(Exc_TypeError, "'%T' object is not an iterator", it);
    Object *v = TYPE(it)->iternext(it);
    if (v)
        return v;
    if (err_occurred()) {
        if (nargs < 2 || !err_matches(Exc_StopIteration))
            return NULL;
        err_clear();
    }
    if (nargs == 2)
        return newref(args[1]);
    return err_set_obj(Exc_StopIteration, NULL);
}

BUILTIN(sorted)
{
    static const char *const names[] = {"key", "reverse", NULL};
    if (nargs != 1) {
        if (nargs == 0)
            return err_set(Exc_TypeError, "sorted expected 1 argument, got 0");
        return err_set(Exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    }
    Object *opt[2] = {NULL, NULL};
    if (arg_unpack("sorted", args + 1, 0, kwnames, names, 0, opt) < 0)
        return NULL;
    int reverse = opt[1] ? obj_is_true(opt[1]) : 0;
    if (reverse < 0)
        return NULL;
    Object *l = list_from_iterable(args[0]);
    if (!l)
        return NULL;
    if (list_sort(l, opt[0] && opt[0] != None ? opt[0] : NULL, reverse) < 0)
        CLEAR(l);
    return l;
}

/* Replace *a and *b by the owned a2 and b2. */
static void set_pair(Object **a, Object *a2, Object **b, Object *b2)
{
    XDECREF(*a);
    XDECREF(*b);
    *a = a2;
    *b = b2;
}

/* min() and max(): one iterable or several arguments, key=, default=. */
static Object *min_max(const char *fname, Object *const *args, size_t nargs,
                       Object *kwnames, CompareOp op)
{
    Object *key = NULL, *dflt = NULL;
    for (size_t i = 0; i < NKW(kwnames); i++) {
        Object *k = TUPLE_ITEMS(kwnames)[i];
        if (str_equal_cstr(k, "key"))
            key = args[nargs + i];
        else if (str_equal_cstr(k, "default"))
            dflt = args[nargs + i];
        else
            return err_set(Exc_TypeError, "'%U' is an invalid keyword argument for %s()", k, fname);
    }
    if (nargs == 0)
        return err_set(Exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    if (nargs > 1 && dflt)
        return err_set(Exc_TypeError,
                       "Cannot specify a default for %s() with multiple positional arguments", fname);
    if (key == None)
        key = NULL;
    Object *seq = nargs == 1 ? newref(args[0]) : tuple_from_array(args, nargs);
    if (!seq)
        return NULL;
    Object *it = obj_iter(seq);
    DECREF(seq);
    if (!it)
        return NULL;
    Object *best = NULL, *best_key = NULL, *item;
    while ((item = obj_next(it))) {
        Object *k = key ? obj_call1(key, item) : newref(item);
        int better = !k ? -1 : !best ? 1 : obj_richcompare_bool(k, best_key, op);
        if (better > 0) {
            set_pair(&best, item, &best_key, k);
            continue;
        }
        DECREF(item);
        XDECREF(k);
        if (better < 0)
            break;
    }
    DECREF(it);
    XDECREF(best_key);
    if (err_occurred()) {
        XDECREF(best);
        return NULL;
    }
    if (best)
        return best;
    if (dflt)
        return newref(dflt);
    return err_set(Exc_ValueError, "%s() arg is an empty sequence", fname);
}

BUILTIN(min) { return min_max("min", args, nargs, kwnames, CMP_LT); }
BUILTIN(max) { return min_max("max", args, nargs, kwnames, CMP_GT); }

/* ---- sum ---- */

/* sum() keeps a C accumulator while the items allow it, like CPython
 * 3.11: an int64 while everything is an int, then a double while
 * everything is a float (or a small int); plain left-to-right addition. */
enum { SUM_INT, SUM_FLOAT, SUM_OBJECT };

static Object *sum_loop(Object *it, Object *result)
{
    int mode = INT_CHECK_EXACT(result) ? SUM_INT : FLOAT_CHECK(result) ? SUM_FLOAT : SUM_OBJECT;
    int64_t iacc = 0, v, sum;
    double facc = 0;
    if (mode == SUM_INT && int_to_i64(result, &iacc) < 0)
        mode = SUM_OBJECT;
    if (mode == SUM_FLOAT)
        facc = float_value(result);
    Object *item;
    while ((item = obj_next(it))) {
        if (mode == SUM_INT && INT_CHECK(item) && int_to_i64(item, &v) == 0 &&
            !__builtin_add_overflow(iacc, v, &sum)) {
            iacc = sum;
            DECREF(item);
            continue;
        }
        if (mode == SUM_FLOAT && (TYPE(item) == &Float_type ||
                                  (INT_CHECK(item) && int_to_i64(item, &v) == 0))) {
            facc += TYPE(item) == &Float_type ? float_value(item) : (double)v;
            DECREF(item);
            continue;
        }
        /* Materialise the accumulator, add the object, and move on. */
        if (mode != SUM_OBJECT) {
            Object *acc = mode == SUM_INT ? int_from_i64(iacc) : float_from_double(facc);
            DECREF(result);
            result = acc;
            if (!result) {
                DECREF(item);
                return NULL;
            }
        }
        Object *r = num_add(result, item);
        DECREF(item);
        DECREF(result);
        if (!r)
            return NULL;
        result = r;
        mode = mode == SUM_INT && TYPE(result) == &Float_type ? SUM_FLOAT : SUM_OBJECT;
        if (mode == SUM_FLOAT)
            facc = float_value(result);
    }
    if (err_occurred()) {
        DECREF(result);
        return NULL;
    }
    if (mode == SUM_OBJECT)
        return result;
    DECREF(result);
    return mode == SUM_INT ? int_from_i64(iacc) : float_from_double(facc);
}

BUILTIN(sum)
{
    static const char *const names[] = {"start", NULL};
    if (nargs == 0)
        return err_set(Exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (nargs > 2)
        return err_set(Exc_TypeError, "sum() takes at most 2 arguments (%zu given)", nargs);
    Object *start = nargs == 2 ? args[1] : NULL;
    if (nargs == 1 && NKW(kwnames) &&
        arg_unpack("sum", args + 1, 0, kwnames, names, 0, &start) < 0)
        return NULL;
    if (nargs == 2 && arg_no_kwargs("sum", kwnames) < 0)
        return NULL;
    if (start && STR_CHECK(start))
        return err_set(Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    Object *it = obj_iter(args[0]);
    if (!it)
        return NULL;
    Object *r = sum_loop(it, start ? newref(start) : int_from_i64(0));
    DECREF(it);
    return r;
}

/* ---- types ---- */

static bool is_type(Object *o)
{
    return TYPE_FLAG(TYPE(o), TF_TYPE_SUBCLASS);
}

/* isinstance's second chance, as python3's: an object may claim another
 * class through its __class__ attribute (weakref.proxy forwards it to the
 * referent, unittest.mock sets it).  Only a __class__ that differs from
 * type(o) and is a type counts; a missing attribute is a plain no. */
static int class_attr_match(Object *o, Type *cls)
{
    Object *claimed;
    int found = obj_lookup_attr(o, str_intern_cstr("__class__"), &claimed);
    if (found <= 0)
        return found;
    int r = claimed != OBJ(TYPE(o)) && is_type(claimed) &&
            (claimed == OBJ(cls) || type_is_subtype((Type *)claimed, cls));
    DECREF(claimed);
    return r;
}

/* isinstance(o, cls) (instance) or issubclass(o, cls) for one classinfo:
 * 1, 0, or -1 with an exception.  A tuple matches when any item does
 * (checked lazily, as python3 does); a class whose metaclass, or an
 * object whose type, defines __instancecheck__ / __subclasscheck__ (ABCMeta,
 * types.UnionType) decides for itself. */
static int classinfo_match(Object *o, Object *cls, bool instance)
{
    if (TUPLE_CHECK(cls)) {
        for (intptr_t i = 0; i < VAR_SIZE(cls); i++) {
            int r = classinfo_match(o, TUPLE_ITEMS(cls)[i], instance);
            if (r != 0)
                return r;
        }
        return 0;
    }
    if (instance && OBJ(TYPE(o)) == cls)
        return 1;
    const char *hook = instance ? "__instancecheck__" : "__subclasscheck__";
    if (type_lookup(TYPE(cls), str_intern_cstr(hook))) {
        Object *r = obj_call_method(cls, hook, &o, 1);
        int truth = r ? obj_is_true(r) : -1;
        XDECREF(r);
        return truth;
    }
    if (!is_type(cls)) {
        err_set(Exc_TypeError, "%s", instance
                ? "isinstance() arg 2 must be a type, a tuple of types, or a union"
                : "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    if (!instance && !is_type(o)) {
        err_set(Exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    Type *t = instance ? TYPE(o) : (Type *)o;
    if (t == (Type *)cls || type_is_subtype(t, (Type *)cls))
        return 1;
    return instance ? class_attr_match(o, (Type *)cls) : 0;
}

BUILTIN(isinstance)
{
    if (check_args("isinstance", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int r = classinfo_match(args[0], args[1], true);
    return r < 0 ? NULL : bool_from(r);
}

BUILTIN(issubclass)
{
    if (check_args("issubclass", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int r = classinfo_match(args[0], args[1], false);
    return r < 0 ? NULL : bool_from(r);
}

/* ---- attributes ---- */

static int check_name(Object *name)
{
    if (STR_CHECK(name))
        return 0;
    err_set(Exc_TypeError, "attribute name must be string, not '%T'", name);
    return -1;
}

BUILTIN(getattr)
{
    if (check_args("getattr", nargs, kwnames, 2, 3) < 0 || check_name(args[1]) < 0)
        return NULL;
    if (nargs == 2)
        return obj_getattr(args[0], args[1]);
    Object *v;
    int r = obj_lookup_attr(args[0], args[1], &v);
    if (r < 0)
        return NULL;
    return r ? v : newref(args[2]);
}

BUILTIN(setattr)
{
    if (check_args("setattr", nargs, kwnames, 3, 3) < 0 || check_name(args[1]) < 0 ||
        obj_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    RETURN_NONE;
}

BUILTIN(delattr)
{
    if (check_args("delattr", nargs, kwnames, 2, 2) < 0 || check_name(args[1]) < 0 ||
        obj_setattr(args[0], args[1], NULL) < 0)
        return NULL;
    RETURN_NONE;
}

BUILTIN(hasattr)
{
    if (check_args("hasattr", nargs, kwnames, 2, 2) < 0 || check_name(args[1]) < 0)
        return NULL;
    Object *v;
    int r = obj_lookup_attr(args[0], args[1], &v);
    if (r < 0)
        return NULL;
    XDECREF(v);
    return bool_from(r == 1);
}

/* ---- numbers ---- */

BUILTIN(divmod)
{
    if (check_args("divmod", nargs, kwnames, 2, 2) < 0)
        return NULL;
    return num_divmod(args[0], args[1]);
}

BUILTIN(pow)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Object *a[3];
    if (arg_unpack("pow", args, nargs, kwnames, names, 2, a) < 0)
        return NULL;
    return num_pow(a[0], a[1], a[2] ? a[2] : None);
}

BUILTIN(round)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    Object *a[2];
    if (arg_unpack("round", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    if (!type_lookup(TYPE(a[0]), str_intern_cstr("__round__")))
        return err_set(Exc_TypeError, "type %s doesn't define __round__ method",
                       obj_type_name(a[0]));
    size_t n = a[1] && a[1] != None ? 1 : 0;
    return obj_call_method(a[0], "__round__", a + 1, n);
}

BUILTIN(format)
{
    static const char *const names[] = {"value", "format_spec", NULL};
    Object *a[2];
    if (arg_unpack("format", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    if (a[1] && !STR_CHECK(a[1]))
        return err_set(Exc_TypeError, "format() argument 2 must be str, not %T", a[1]);
    if (a[1])
        return obj_format(a[0], a[1]);
    Object *empty = str_from_cstr("");
    if (!empty)
        return NULL;
    Object *r = obj_format(a[0], empty);
    DECREF(empty);
    return r;
}

/* ---- namespaces ---- */

BUILTIN(globals)
{
    return check_args("globals", nargs, kwnames, 0, 0) < 0 ? NULL : current_globals();
}

BUILTIN(locals)
{
    return check_args("locals", nargs, kwnames, 0, 0) < 0 ? NULL : current_locals();
}

BUILTIN(vars)
{
    if (check_args("vars", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return current_locals();
    Object *d;
    int r = obj_lookup_attr(args[0], str_intern_cstr("__dict__"), &d);
    if (r == 0)
        err_set(Exc_TypeError, "vars() argument must have __dict__ attribute");
    return r > 0 ? d : NULL;
}

/* Add the str keys of dict d to set s. */
static int add_keys(Object *s, Object *d)
{
    size_t pos = 0;
    Object *k, *v;
    while (dict_next(d, &pos, &k, &v))
        if (STR_CHECK(k) && set_add(s, k) < 0)
            return -1;
    return 0;
}

/* dir(o): the instance dict's names and those of every class on the mro. */
static int dir_names(Object *s, Object *o)
{
    Object **slot = obj_dict_slot(o);
    if (slot && *slot && DICT_CHECK(*slot) && add_keys(s, *slot) < 0)
        return -1;
    if (MODULE_CHECK(o))
        return 0;
    Type *t = is_type(o) ? (Type *)o : TYPE(o);
    Object *mro = t->mro;
    for (intptr_t i = 0; mro && i < VAR_SIZE(mro); i++) {
        Type *c = (Type *)TUPLE_ITEMS(mro)[i];
        if (c->dict && add_keys(s, c->dict) < 0)
            return -1;
    }
    return 0;
}

/* The sorted names of o, or of the current scope when o is NULL. */
static Object *sorted_names(Object *o)
{
    Object *s = set_new(NULL);
    if (!s)
        return NULL;
    int r;
    if (!o) {
        Object *l = current_locals();
        r = l ? add_keys(s, l) : -1;
        XDECREF(l);
    } else {
        r = dir_names(s, o);
    }
    Object *list = r < 0 ? NULL : list_from_iterable(s);
    DECREF(s);
    if (list && list_sort(list, NULL, false) < 0)
        CLEAR(list);
    return list;
}

Object *builtins_dir(Object *o)
{
    return sorted_names(o);
}

BUILTIN(dir)
{
    if (check_args("dir", nargs, kwnames, 0, 1) < 0)
        return NULL;
    return sorted_names(nargs ? args[0] : NULL);
}

/* eval/exec: source text (leading blanks ignored by eval) or a code
 * object, run with the given globals and locals as python3 picks them:
 * neither given, the caller's (a function's locals are a snapshot, so
 * what the code binds there is lost, as in python3); globals only, they
 * serve as the locals too; a separate locals dict receives the names the
 * module-level code binds. */
static Object *run_source(const char *fname, Object *const *args, size_t nargs,
                          Object *kwnames, CompileMode mode)
{
    static const char *const names[] = {"source", "globals", "locals", NULL};
    Object *a[3];
    if (arg_unpack(fname, args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    Object *src = a[0];
    if (!STR_CHECK(src) && TYPE(src) != &Code_type)
        return err_set(Exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    if (a[1] && a[1] != None && !DICT_CHECK(a[1]))
        return err_set(Exc_TypeError, "%s() globals must be a dict, not %T", fname, a[1]);
    Object *globals = a[1] && a[1] != None ? newref(a[1]) : current_globals();
    if (!globals)
        return NULL;
    Object *locals = a[2] && a[2] != None ? newref(a[2])
                     : a[1] && a[1] != None ? newref(globals) : current_locals();
    if (!locals) {
        DECREF(globals);
        return NULL;
    }
    if (!DICT_CHECK(locals)) {
        err_set(Exc_TypeError, "%s() locals must be a dict in ouro, not %T", fname, locals);
        goto fail;
    }
    /* python3 records the builtins in a globals dict that lacks them */
    Object *key = str_intern_cstr("__builtins__");
    if (!dict_get(globals, key) && (err_occurred() || dict_set(globals, key, builtins_dict()) < 0))
        goto fail;
    Object *code;
    if (STR_CHECK(src)) {
        const char *text = str_utf8(src);
        size_t len = str_nbytes(src);
        while (mode == COMPILE_EVAL && len > 0 && (*text == ' ' || *text == '\t')) {
            text++;
            len--;
        }
        code = compile_source(text, len, "<string>", mode);
    } else {
        code = newref(src);
    }
    Object *r = code ? vm_eval_code_locals(code, globals, locals) : NULL;
    XDECREF(code);
    DECREF(globals);
    DECREF(locals);
    if (r && mode == COMPILE_FILE) {
        DECREF(r);
        r = newref(None);
    }
    return r;
fail:
    DECREF(globals);
    DECREF(locals);
    return NULL;
}

BUILTIN(eval) { return run_source("eval", args, nargs, kwnames, COMPILE_EVAL); }
BUILTIN(exec) { return run_source("exec", args, nargs, kwnames, COMPILE_FILE); }

BUILTIN(__import__)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    Object *a[5];
    if (arg_unpack("__import__", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    return import_module(a[0]);
}

/* exit() and quit(), which python3's site module adds. */
BUILTIN(exit)
{
    if (check_args("exit", nargs, kwnames, 0, 1) < 0)
        return NULL;
    Object *exc = exc_new(Exc_SystemExit, args, nargs);
    if (exc) {
        err_set_obj(Exc_SystemExit, exc);
        DECREF(exc);
    }
    return NULL;
}

static const MethodDef builtin_functions[] = {
    {"print", bi_print, 0}, {"input", bi_input, 0},
    {"len", bi_len, 0}, {"repr", bi_repr, 0}, {"ascii", bi_ascii, 0},
    {"abs", bi_abs, 0}, {"id", bi_id, 0}, {"hash", bi_hash, 0},
    {"callable", bi_callable, 0},
    {"hex", bi_hex, 0}, {"oct", bi_oct, 0}, {"bin", bi_bin, 0},
    {"chr", bi_chr, 0}, {"ord", bi_ord, 0},
    {"any", bi_any, 0}, {"all", bi_all, 0},
    {"iter", bi_iter, 0}, {"next", bi_next, 0}, {"sorted", bi_sorted, 0},
    {"min", bi_min, 0}, {"max", bi_max, 0}, {"sum", bi_sum, 0},
    {"isinstance", bi_isinstance, 0}, {"issubclass", bi_issubclass, 0},
    {"getattr", bi_getattr, 0}, {"setattr", bi_setattr, 0},
    {"delattr", bi_delattr, 0}, {"hasattr", bi_hasattr, 0},
    {"divmod", bi_divmod, 0}, {"pow", bi_pow, 0}, {"round", bi_round, 0},
    {"format", bi_format, 0},
    {"globals", bi_globals, 0}, {"locals", bi_locals, 0},
    {"vars", bi_vars, 0}, {"dir", bi_dir, 0},
    {"eval", bi_eval, 0}, {"exec", bi_exec, 0},
    {"__import__", bi___import__, 0},
    {"exit", bi_exit, 0}, {"quit", bi_exit, 0},
    {NULL, NULL, 0},
};

static int add_types(Object *d)
{
    static const struct { const char *name; Type *type; } types[] = {
        {"object", &Object_type}, {"type", &Type_type}, {"int", &Int_type},
        {"float", &Float_type}, {"bool", &Bool_type}, {"str", &Str_type},
        {"list", &List_type}, {"tuple", &Tuple_type}, {"dict", &Dict_type},
        {"set", &Set_type}, {"frozenset", &FrozenSet_type}, {"range", &Range_type},
        {"enumerate", &Enumerate_type}, {"zip", &Zip_type}, {"map", &Map_type},
        {"filter", &Filter_type}, {"reversed", &Reversed_type}, {"slice", &Slice_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (dict_set_str(d, types[i].name, OBJ(types[i].type)) < 0)
            return -1;
    Type *e;
    for (size_t i = 0; (e = exc_builtin_type(i)); i++)
        if (dict_set_str(d, type_name(e), OBJ(e)) < 0)
            return -1;
    /* python3 spells EnvironmentError and IOError as OSError. */
    if (dict_set_str(d, "EnvironmentError", OBJ(Exc_OSError)) < 0 ||
        dict_set_str(d, "IOError", OBJ(Exc_OSError)) < 0)
        return -1;
    return dict_set_str(d, "NotImplemented", NotImplemented) < 0 ||
           dict_set_str(d, "Ellipsis", Ellipsis) < 0 ? -1 : 0;
}

int builtins_init(void)
{
    if (module_init() < 0)
        return -1;
    space = str_from_cstr(" ");
    newline = str_from_cstr("\n");
    stdout_name = str_intern_cstr("stdout");
    builtins_module = module_from_defs("builtins", builtin_functions);
    if (!space || !newline || !stdout_name || !builtins_module || add_types(builtins_dict()) < 0)
        return -1;
    Object *name = str_from_cstr("builtins");
    int r = name ? dict_set(module_modules(), name, builtins_module) : -1;
    XDECREF(name);
    if (r < 0)
        return -1;
    /* sys exists from the start: print() finds sys.stdout through it. */
    Object *sys = import_module(str_intern_cstr("sys"));
    if (!sys)
        return -1;
    DECREF(sys);
    return 0;
}

void builtins_fini(void)
{
    errors_fini();
    module_fini();
    sys_fini();
    if (builtins_module) {
        Object *r = obj_call_method(builtins_dict(), "clear", NULL, 0);
        XDECREF(r);
        err_clear();
    }
    CLEAR(builtins_module);
    CLEAR(space);
    CLEAR(newline);
}
