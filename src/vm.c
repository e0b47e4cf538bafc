/* vm.c — the bytecode interpreter.
 *
 * Design notes.
 *  - One C loop (eval) runs a chain of frames: a Python-to-Python call
 *    pushes a frame and continues in the same loop, and RETURN_VALUE pops
 *    it, so Python recursion never recurses in C.  Calls that come from C
 *    (obj_call of a function, a generator resumed by iternext) enter eval
 *    afresh with their frame marked `entry`; eval returns when the entry
 *    frame returns, yields or lets an exception out.
 *  - Stack rule for the conservative collector: a popped slot is set to
 *    NULL at once (POP), so every non-NULL slot of a frame is an owned
 *    reference.  That also makes frame traversal trivial: visit every
 *    non-NULL slot.  NULL is also a legal stack value for one purpose: the
 *    "no self" marker of LOAD_METHOD / CALL_METHOD.
 *  - Exceptions use a block stack per frame (SETUP_FINALLY / POP_BLOCK).
 *    When an exception reaches a FINALLY block, the stack is cut back to
 *    the block's level, an EXCEPT_HANDLER block is pushed, then the
 *    previously handled exception (or None) and the new one are pushed and
 *    the new one becomes "handled" (err_set_handled).  POP_EXCEPT, or
 *    unwinding through the EXCEPT_HANDLER block, restores the previous one.
 *  - Periodic work (collector safe point, step budget) runs on backward
 *    jumps and on Python calls: every loop iteration passes one of them.
 */
#include <string.h>
#include "func.h"
#include "opcodes.h"
#include "vm.h"
#include "gc.h"
#include "gc_stack.h"
#include "mem.h"
#include "err.h"
#include "str.h"
#include "int.h"
#include "list.h"
#include "dict.h"
#include "module.h"
#include "method.h"
#include "runtime.h"
#include "class.h"

#if defined(__GNUC__)
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define LIKELY(x) (x)
#define UNLIKELY(x) (x)
#endif

/* The running frame (globals(), locals(), zero-argument super()). */
static Frame *vm_current;

/* The innermost eval's stack hole (gc_stack.h). */
GcStackHole *gc_stack_holes;

void vm_set_step_budget(unsigned long steps)
{
    rt_set_step_budget(steps);
}

/* A frame being released has no code any more. */
const char *vm_current_site(int *line)
{
    Frame *f = vm_current;
    if (!f || !f->code)
        return NULL;
    CodeObject *co = f->code;
    *line = code_line_at(co, f->ip > co->code ? (size_t)(f->ip - co->code) - 1 : 0);
    return str_utf8(co->filename);
}

/* ---- frames ---- */

/* Released frames are kept per slot count for reuse; they are all-zero
 * except for their header fields, which vm_frame_new rewrites. */
#define FRAME_CACHE_SLOTS 64
#define FRAME_CACHE_DEPTH 16
static Frame *frame_cache[FRAME_CACHE_SLOTS];
static int frame_cache_len[FRAME_CACHE_SLOTS];

Frame *vm_frame_new(CodeObject *co, FunctionObject *fn, Object *globals)
{
    int nslots = co->nlocals + co->ncells + co->nfrees + co->stacksize;
    Frame *f;
    if (nslots < FRAME_CACHE_SLOTS && frame_cache[nslots]) {
        f = frame_cache[nslots];
        frame_cache[nslots] = f->back;
        frame_cache_len[nslots]--;
    } else {
        f = mem_alloc(sizeof(Frame) + (size_t)nslots * sizeof(Object *));
        if (!f) {
            err_no_memory();
            return NULL;
        }
    }
    f->back = NULL;
    f->code = (CodeObject *)NEWREF(co);
    f->func = fn;
    XINCREF(fn);
    f->globals = globals;
    f->locals = NULL;
    f->ip = co->code;
    f->nslots = nslots;
    f->sp = FRAME_STACK(f);
    f->gen = NULL;
    f->nblocks = 0;
    f->entry = false;
    if (co->nfrees) {
        Object *closure = fn ? fn->closure : NULL;
        Object **frees = f->localsplus + co->nlocals + co->ncells;
        for (int i = 0; i < co->nfrees; i++)
            frees[i] = closure ? NEWREF(TUPLE_ITEMS(closure)[i]) : cell_new(NULL);
    }
    return f;
}

void vm_frame_release(Frame *f)
{
    for (Object **p = f->localsplus; p < f->localsplus + f->nslots; p++)
        CLEAR(*p);
    CLEAR(f->locals);
    CodeObject *co = f->code;
    FunctionObject *fn = f->func;
    f->code = NULL;
    f->func = NULL;
    /* A cached frame keeps no stale pointer a conservative scan could follow
     * (ip, too: its code's instructions may be freed, their block reused). */
    f->gen = NULL;
    f->globals = NULL;
    f->back = NULL;
    f->ip = NULL;
    f->sp = NULL;
    int n = f->nslots;
    if (n < FRAME_CACHE_SLOTS && frame_cache_len[n] < FRAME_CACHE_DEPTH) {
        f->back = frame_cache[n];
        frame_cache[n] = f;
        frame_cache_len[n]++;
    } else {
        mem_free(f);
    }
    XDECREF(fn);
    DECREF(co);
}

int vm_frame_traverse(Frame *f, VisitFn visit, void *arg)
{
    for (int i = 0; i < f->nslots; i++)
        if (f->localsplus[i] && visit(f->localsplus[i], arg))
            return 1;
    if (f->locals && visit(f->locals, arg))
        return 1;
    if (f->code && visit(OBJ(f->code), arg))
        return 1;
    return f->func ? visit(OBJ(f->func), arg) : 0;
}

/* Cells of arguments start out holding the argument (cell2arg). */
static int init_cells(Frame *f)
{
    CodeObject *co = f->code;
    Object **cells = f->localsplus + co->nlocals;
    for (int i = 0; i < co->ncells; i++) {
        Object *v = NULL;
        if (co->cell2arg && co->cell2arg[i] >= 0) {
            v = f->localsplus[co->cell2arg[i]];
            f->localsplus[co->cell2arg[i]] = NULL;
        }
        cells[i] = cell_new(v);
        XDECREF(v);
        if (!cells[i])
            return -1;
    }
    return 0;
}

/* ---- argument binding ---- */

/* 'a', 'a' and 'b', 'a', 'b', and 'c' */
static Object *name_list(Object **names, size_t n)
{
    StrBuilder sb;
    sb_init(&sb);
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            sb_add_cstr(&sb, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        if (sb_add_repr(&sb, names[i]) < 0) {
            sb_discard(&sb);
            return NULL;
        }
    }
    return sb_finish(&sb);
}

static int missing_error(FunctionObject *fn, Frame *f, int from, int to, const char *kind)
{
    Object *names[256];
    size_t n = 0;
    for (int i = from; i < to && n < 256; i++)
        if (!f->localsplus[i])
            names[n++] = TUPLE_ITEMS(f->code->varnames)[i];
    Object *list = name_list(names, n);
    if (!list)
        return -1;
    err_set(Exc_TypeError, "%U() missing %zu required %s argument%s: %U", fn->qualname,
            n, kind, n == 1 ? "" : "s", list);
    DECREF(list);
    return -1;
}

static int too_many_error(FunctionObject *fn, Frame *f, size_t given)
{
    CodeObject *co = f->code;
    size_t ndef = fn->defaults ? (size_t)VAR_SIZE(fn->defaults) : 0;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (f->localsplus[i])
            kwonly_given++;
    Object *sig = ndef ? str_format("from %zu to %d", (size_t)co->argcount - ndef, co->argcount)
                       : str_format("%d", co->argcount);
    if (!sig)
        return -1;
    bool plural = ndef ? true : co->argcount != 1;
    Object *kwsig = kwonly_given
        ? str_format(" positional argument%s (and %d keyword-only argument%s)",
                     given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "")
        : str_from_cstr("");
    if (kwsig)
        err_set(Exc_TypeError, "%U() takes %U positional argument%s but %zu%U %s given",
                fn->qualname, sig, plural ? "s" : "", given, kwsig,
                given == 1 && !kwonly_given ? "was" : "were");
    DECREF(sig);
    XDECREF(kwsig);
    return -1;
}

/* Index of keyword `name` among the parameters that accept keywords, -1
 * when absent.  Interned names usually match by identity. */
static int find_param(CodeObject *co, Object *name, int from, int to)
{
    Object **vn = TUPLE_ITEMS(co->varnames);
    for (int i = from; i < to; i++)
        if (vn[i] == name)
            return i;
    for (int i = from; i < to; i++)
        if (str_equal(vn[i], name))
            return i;
    return -1;
}

/* python3 lists them as 'a, b' (one quoted string). */
static int posonly_as_kw_error(FunctionObject *fn, CodeObject *co, Object *kwnames)
{
    StrBuilder sb;
    sb_init(&sb);
    size_t n = 0;
    for (size_t k = 0; k < NKW(kwnames); k++) {
        Object *name = TUPLE_ITEMS(kwnames)[k];
        if (find_param(co, name, 0, co->posonlyargcount) < 0)
            continue;
        if (n++)
            sb_add_cstr(&sb, ", ");
        sb_add_str(&sb, name);
    }
    Object *list = sb_finish(&sb);
    if (!list)
        return -1;
    err_set(Exc_TypeError, "%U() got some positional-only arguments passed as keyword arguments: '%U'",
            fn->qualname, list);
    DECREF(list);
    return -1;
}

/* Bind a call's arguments to the parameters in f's fast locals, with
 * python3's TypeError messages.  Does not steal the arguments. */
static int bind_args(Frame *f, FunctionObject *fn, Object *const *args, size_t nargs, Object *kwnames)
{
    CodeObject *co = f->code;
    Object **fast = f->localsplus;
    int argcount = co->argcount, total = co->argcount + co->kwonlyargcount;
    Object *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        if (!(kwdict = dict_new()))
            return -1;
        fast[total + ((co->flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < n; i++)
        fast[i] = NEWREF(args[i]);
    if (co->flags & CO_VARARGS) {
        Object *rest = tuple_from_array(args ? args + n : NULL, nargs - n);
        if (!rest)
            return -1;
        fast[total] = rest;
    }
    Object *const *kwv = args ? args + nargs : NULL;  /* args is NULL for a call without arguments */
    for (size_t k = 0; k < NKW(kwnames); k++) {
        Object *name = TUPLE_ITEMS(kwnames)[k];
        int j = find_param(co, name, co->posonlyargcount, total);
        if (j < 0) {
            if (kwdict) {
                if (dict_set(kwdict, name, kwv[k]) < 0)
                    return -1;
                continue;
            }
            if (find_param(co, name, 0, co->posonlyargcount) >= 0)
                return posonly_as_kw_error(fn, co, kwnames);
            err_set(Exc_TypeError, "%U() got an unexpected keyword argument '%U'", fn->qualname, name);
            return -1;
        }
        if (fast[j]) {
            err_set(Exc_TypeError, "%U() got multiple values for argument '%U'", fn->qualname, name);
            return -1;
        }
        fast[j] = NEWREF(kwv[k]);
    }
    if (nargs > (size_t)argcount && !(co->flags & CO_VARARGS))
        return too_many_error(fn, f, nargs);
    if (nargs < (size_t)argcount) {
        int ndef = fn->defaults ? (int)VAR_SIZE(fn->defaults) : 0;
        int m = argcount - ndef;
        for (int i = (int)nargs; i < m; i++)
            if (!fast[i])
                return missing_error(fn, f, (int)nargs, m, "positional");
        for (int i = m > (int)nargs ? m : (int)nargs; i < argcount; i++)
            if (!fast[i])
                fast[i] = NEWREF(TUPLE_ITEMS(fn->defaults)[i - m]);
    }
    bool missing = false;
    for (int i = argcount; i < total; i++) {
        if (fast[i])
            continue;
        Object *d = fn->kwdefaults ? dict_get(fn->kwdefaults, TUPLE_ITEMS(co->varnames)[i]) : NULL;
        if (d)
            fast[i] = NEWREF(d);
        else if (err_occurred())
            return -1;
        else
            missing = true;
    }
    return missing ? missing_error(fn, f, argcount, total, "keyword-only") : 0;
}

/* A frame for calling fn with these arguments, arguments bound and cells
 * made; NULL with an exception. */
static Frame *make_call_frame(FunctionObject *fn, Object *const *args, size_t nargs, Object *kwnames)
{
    CodeObject *co = (CodeObject *)fn->code;
    Frame *f = vm_frame_new(co, fn, fn->globals);
    if (!f)
        return NULL;
    if (bind_args(f, fn, args, nargs, kwnames) < 0 || (co->ncells && init_cells(f) < 0)) {
        vm_frame_release(f);
        return NULL;
    }
    return f;
}

/* ---- helpers of the instructions ---- */

static Object *binop(int op, Object *a, Object *b)
{
    switch (op) {
    case BINOP_ADD: return num_add(a, b);
    case BINOP_SUB: return num_sub(a, b);
    case BINOP_MUL: return num_mul(a, b);
    case BINOP_TRUEDIV: return num_truediv(a, b);
    case BINOP_FLOORDIV: return num_floordiv(a, b);
    case BINOP_MOD: return num_mod(a, b);
    case BINOP_POW: return num_pow(a, b, None);
    case BINOP_LSHIFT: return num_lshift(a, b);
    case BINOP_RSHIFT: return num_rshift(a, b);
    case BINOP_AND: return num_and(a, b);
    case BINOP_OR: return num_or(a, b);
    case BINOP_XOR: return num_xor(a, b);
    case BINOP_MATMUL: return num_matmul(a, b);
    case BINOP_INPLACE(BINOP_ADD): return num_inplace_add(a, b);
    case BINOP_INPLACE(BINOP_MUL): return num_inplace_mul(a, b);
    case BINOP_INPLACE(BINOP_SUB): return num_inplace_sub(a, b);
    case BINOP_INPLACE(BINOP_TRUEDIV): return num_inplace_truediv(a, b);
    case BINOP_INPLACE(BINOP_FLOORDIV): return num_inplace_floordiv(a, b);
    case BINOP_INPLACE(BINOP_MOD): return num_inplace_mod(a, b);
    case BINOP_INPLACE(BINOP_POW): return num_inplace_pow(a, b);
    case BINOP_INPLACE(BINOP_LSHIFT): return num_inplace_lshift(a, b);
    case BINOP_INPLACE(BINOP_RSHIFT): return num_inplace_rshift(a, b);
    case BINOP_INPLACE(BINOP_AND): return num_inplace_and(a, b);
    case BINOP_INPLACE(BINOP_OR): return num_inplace_or(a, b);
    case BINOP_INPLACE(BINOP_XOR): return num_inplace_xor(a, b);
    case BINOP_INPLACE(BINOP_MATMUL): return num_inplace_matmul(a, b);
    default:
        return binop(op - BINOP__PLAIN, a, b);
    }
}

/* Small-int arithmetic without leaving int64; 0 when the slow path must
 * decide (overflow, division by zero, negative shifts). */
static bool int_binop_fast(int op, int64_t x, int64_t y, int64_t *r)
{
    if (op >= BINOP__PLAIN)
        op -= BINOP__PLAIN;
    switch (op) {
    case BINOP_ADD: return !__builtin_add_overflow(x, y, r);
    case BINOP_SUB: return !__builtin_sub_overflow(x, y, r);
    case BINOP_MUL: return !__builtin_mul_overflow(x, y, r);
    case BINOP_FLOORDIV:
    case BINOP_MOD: {
        if (y == 0 || (y == -1 && x == INT64_MIN))
            return false;
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
            q--;
            m += y;
        }
        *r = op == BINOP_MOD ? m : q;
        return true;
    }
    case BINOP_AND: *r = x & y; return true;
    case BINOP_OR: *r = x | y; return true;
    case BINOP_XOR: *r = x ^ y; return true;
    case BINOP_RSHIFT:
        if (y < 0)
            return false;
        *r = y >= 64 ? (x < 0 ? -1 : 0) : x >> y;
        return true;
    case BINOP_LSHIFT:
        if (y < 0 || y >= 62 || x > (INT64_MAX >> y) || x < (INT64_MIN >> y))
            return false;
        *r = (int64_t)((uint64_t)x << y);
        return true;
    default:
        return false;
    }
}

/* The double value of an exact float, or of an exact int that a double
 * holds exactly; false for anything else. */
static inline bool as_double(Object *o, double *d)
{
    int64_t i;
    if (TYPE(o) == &Float_type) {
        *d = float_value(o);
        return true;
    }
    if (TYPE(o) == &Int_type && int_to_i64(o, &i) == 0 && i > -(1LL << 53) && i < (1LL << 53)) {
        *d = (double)i;
        return true;
    }
    return false;
}

/* float op float (or a small int): +, -, *, / without the generic
 * dispatch.  *res is the result or NULL on MemoryError; false when the
 * slow path must decide (division by zero raises there). */
static bool float_binop_fast(int op, Object *a, Object *b, Object **res)
{
    double x, y, r;
    if (op >= BINOP__PLAIN)
        op -= BINOP__PLAIN;
    if (!as_double(a, &x) || !as_double(b, &y))
        return false;
    switch (op) {
    case BINOP_ADD: r = x + y; break;
    case BINOP_SUB: r = x - y; break;
    case BINOP_MUL: r = x * y; break;
    case BINOP_TRUEDIV:
        if (y == 0.0)
            return false;
        r = x / y;
        break;
    default:
        return false;
    }
    *res = float_from_double(r);
    return true;
}

static bool int_compare(CompareOp op, int64_t x, int64_t y)
{
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

static Object *load_global(Object *globals, Object *name)
{
    Object *v = dict_get(globals, name);
    if (v)
        return NEWREF(v);
    if (err_occurred())
        return NULL;
    v = dict_get(builtins_dict(), name);
    if (v)
        return NEWREF(v);
    if (!err_occurred())
        err_set(Exc_NameError, "name '%U' is not defined", name);
    return NULL;
}

static Object *load_name(Frame *f, Object *name)
{
    if (f->locals) {
        Object *v = dict_get(f->locals, name);
        if (v)
            return NEWREF(v);
        if (err_occurred())
            return NULL;
    }
    return load_global(f->globals, name);
}

static void cell_unbound_error(CodeObject *co, int i)
{
    if (i < co->ncells)
        err_set(Exc_UnboundLocalError,
                "cannot access local variable '%U' where it is not associated with a value",
                TUPLE_ITEMS(co->cellvars)[i]);
    else
        err_set(Exc_NameError,
                "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                TUPLE_ITEMS(co->freevars)[i - co->ncells]);
}

/* Push the n items of seq in reverse order at sp (sp[n-1] = first). */
static int unpack_iterable(Object *seq, int before, int after, Object **sp)
{
    /* before: number of plain targets, after == -1: no starred target */
    if (after < 0 && (TYPE(seq) == &Tuple_type || TYPE(seq) == &List_type)) {
        intptr_t n = VAR_SIZE(seq);
        if (n == before) {
            Object **items = TYPE(seq) == &Tuple_type ? TUPLE_ITEMS(seq) : LIST_ITEMS(seq);
            for (int i = 0; i < before; i++)
                sp[before - 1 - i] = NEWREF(items[i]);
            return 0;
        }
        if (n < before)
            err_set(Exc_ValueError, "not enough values to unpack (expected %d, got %zd)", before, n);
        else
            err_set(Exc_ValueError, "too many values to unpack (expected %d)", before);
        return -1;
    }
    Object *it = obj_iter(seq);
    if (!it) {
        if (err_matches(Exc_TypeError) && !TYPE(seq)->iter && !TYPE(seq)->getitem) {
            err_clear();
            err_set(Exc_TypeError, "cannot unpack non-iterable %s object", obj_type_name(seq));
        }
        return -1;
    }
    int total = before + (after < 0 ? 0 : after + 1);
    Object **out = sp + total;     /* fill downwards: out[-1] is first */
    int i = 0;
    for (; i < before; i++) {
        Object *v = obj_next(it);
        if (!v) {
            if (!err_occurred()) {
                if (after < 0)
                    err_set(Exc_ValueError, "not enough values to unpack (expected %d, got %d)", before, i);
                else
                    err_set(Exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                            before + after, i);
            }
            goto fail;
        }
        *--out = v;
    }
    if (after < 0) {
        Object *extra = obj_next(it);
        if (extra) {
            DECREF(extra);
            err_set(Exc_ValueError, "too many values to unpack (expected %d)", before);
            goto fail;
        }
        if (err_occurred())
            goto fail;
        DECREF(it);
        return 0;
    }
    Object *rest = list_from_iterable(it);
    if (!rest)
        goto fail;
    intptr_t nrest = VAR_SIZE(rest);
    if (nrest < after) {
        err_set(Exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                before + after, (intptr_t)before + nrest);
        DECREF(rest);
        goto fail;
    }
    /* the last `after` items of rest go to their own targets */
    Object **ritems = LIST_ITEMS(rest);
    for (int k = 0; k < after; k++)
        sp[after - 1 - k] = ritems[nrest - after + k];
    VAR_SIZE(rest) = nrest - after;
    for (intptr_t k = nrest - after; k < nrest; k++)
        ritems[k] = NULL;
    sp[after] = rest;
    DECREF(it);
    return 0;
fail:
    for (; out < sp + total; out++)
        CLEAR(*out);
    DECREF(it);
    return -1;
}

static Object *format_value(Object *v, int flags, Object *spec)
{
    Object *conv = NULL;
    switch (flags & 3) {
    case FVC_STR: conv = obj_str(v); break;
    case FVC_REPR: conv = obj_repr(v); break;
    case FVC_ASCII: conv = obj_ascii(v); break;
    default: conv = NEWREF(v); break;
    }
    if (!conv)
        return NULL;
    if (!spec && STR_CHECK_EXACT(conv))
        return conv;
    Object *empty = NULL;
    if (!spec && !(spec = empty = str_from_cstr(""))) {
        DECREF(conv);
        return NULL;
    }
    Object *r = obj_format(conv, spec);
    DECREF(conv);
    XDECREF(empty);
    return r;
}

static Object *build_string(Object **items, size_t n)
{
    StrBuilder sb;
    sb_init(&sb);
    for (size_t i = 0; i < n; i++)
        if (sb_add_str(&sb, items[i]) < 0) {
            sb_discard(&sb);
            return NULL;
        }
    return sb_finish(&sb);
}

static Object *import_from(Object *module, Object *name)
{
    Object *v = NULL;
    int r = obj_lookup_attr(module, name, &v);
    if (r != 0)
        return r > 0 ? v : NULL;
    Object *modname = NULL;
    if (obj_lookup_attr(module, str_intern_cstr("__name__"), &modname) < 0)
        return NULL;
    Object *file = NULL;
    if (obj_lookup_attr(module, str_intern_cstr("__file__"), &file) < 0) {
        XDECREF(modname);
        return NULL;
    }
    if (file)
        err_set(Exc_ImportError, "cannot import name '%U' from '%S' (%S)", name,
                modname ? modname : None, file);
    else
        err_set(Exc_ImportError, "cannot import name '%U' from '%S' (unknown location)", name,
                modname ? modname : None);
    XDECREF(modname);
    XDECREF(file);
    return NULL;
}

/* from m import *: __all__ when present, else the public names. */
static int import_star(Frame *f, Object *module)
{
    Object *target = f->locals ? f->locals : f->globals;
    Object *all = NULL;
    if (obj_lookup_attr(module, str_intern_cstr("__all__"), &all) < 0)
        return -1;
    if (all) {
        Object *it = obj_iter(all);
        DECREF(all);
        if (!it)
            return -1;
        Object *name;
        while ((name = obj_next(it))) {
            Object *v = obj_getattr(module, name);
            int r = v ? obj_setitem(target, name, v) : -1;
            XDECREF(v);
            DECREF(name);
            if (r < 0) {
                DECREF(it);
                return -1;
            }
        }
        DECREF(it);
        return err_occurred() ? -1 : 0;
    }
    Object *d = MODULE_CHECK(module) ? module_dict(module) : NULL;
    if (!d) {
        err_set(Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
        return -1;
    }
    size_t pos = 0;
    Object *k, *v;
    while (dict_next(d, &pos, &k, &v)) {
        if (STR_CHECK(k) && str_utf8(k)[0] == '_')
            continue;
        if (dict_set(target, k, v) < 0)
            return -1;
    }
    return 0;
}

/* The exception object a raise statement names: an instance, or a class
 * called with no arguments. */
static Object *make_exception(Object *v)
{
    if (obj_is_instance_of(v, &Type_type) && TYPE_FLAG((Type *)v, TF_EXC_SUBCLASS)) {
        Object *e = obj_call0(v);
        if (e && !TYPE_FLAG(TYPE(e), TF_EXC_SUBCLASS)) {
            err_set(Exc_TypeError, "calling %R should have returned an instance of BaseException, not %s",
                    v, obj_type_name(e));
            DECREF(e);
            return NULL;
        }
        return e;
    }
    if (TYPE_FLAG(TYPE(v), TF_EXC_SUBCLASS))
        return NEWREF(v);
    return err_set(Exc_TypeError, "exceptions must derive from BaseException");
}

static int do_raise(Object *exc, Object *cause)
{
    Object *e = make_exception(exc);
    if (!e)
        return -1;
    if (cause) {
        Object *c;
        if (cause == None)
            c = NEWREF(None);
        else if (!(obj_is_instance_of(cause, &Type_type) && TYPE_FLAG((Type *)cause, TF_EXC_SUBCLASS)) &&
                 !TYPE_FLAG(TYPE(cause), TF_EXC_SUBCLASS)) {
            DECREF(e);
            err_set(Exc_TypeError, "exception causes must derive from BaseException");
            return -1;
        } else if (!(c = make_exception(cause))) {
            DECREF(e);
            return -1;
        }
        exc_set_cause(e, c);
    }
    err_restore(e);
    return -1;
}

/* Implicit chaining: an exception raised while another is handled gets
 * it as __context__ (unless it already has one, or is that exception). */
static void set_implicit_context(Object *exc)
{
    Object *handled = err_get_handled();
    if (!handled || handled == exc)
        return;
    Object *ctx = NULL;
    if (obj_lookup_attr(exc, str_intern_cstr("__context__"), &ctx) < 0) {
        err_clear();
        return;
    }
    if (ctx && ctx != None) {
        DECREF(ctx);
        return;
    }
    XDECREF(ctx);
    /* do not create a cycle: exc must not already be in handled's chain */
    Object *o = NEWREF(handled);
    for (int depth = 0; o && o != None && depth < 100; depth++) {
        if (o == exc) {
            DECREF(o);
            return;
        }
        Object *next = NULL;
        if (obj_lookup_attr(o, str_intern_cstr("__context__"), &next) < 0)
            err_clear();
        DECREF(o);
        o = next;
    }
    XDECREF(o);
    exc_set_context(exc, NEWREF(handled));
}

static int exc_match(Object *exc, Object *type)
{
    if (TUPLE_CHECK(type)) {
        for (intptr_t i = 0; i < VAR_SIZE(type); i++) {
            Object *t = TUPLE_ITEMS(type)[i];
            if (!(obj_is_instance_of(t, &Type_type) && TYPE_FLAG((Type *)t, TF_EXC_SUBCLASS)))
                goto bad;
        }
    } else if (!(obj_is_instance_of(type, &Type_type) && TYPE_FLAG((Type *)type, TF_EXC_SUBCLASS))) {
        goto bad;
    }
    return err_given_matches(exc, type) ? 1 : 0;
bad:
    err_set(Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

static int periodic(void)
{
    if (gc_pending)
        gc_safe_point();
    if (rt_budget_on && rt_budget_tick() < 0)
        return -1;
    return err_occurred() ? -1 : 0;
}

static Object *call_exit(Object *exit, Object *exc)
{
    Object *args[3], *tb = NULL;
    if (exc) {
        if (obj_lookup_attr(exc, str_intern_cstr("__traceback__"), &tb) < 0)
            return NULL;
        args[0] = OBJ(TYPE(exc));
        args[1] = exc;
        args[2] = tb ? tb : None;
    } else {
        args[0] = args[1] = args[2] = None;
    }
    Object *r = obj_call(exit, args, 3, NULL);
    XDECREF(tb);
    return r;
}

/* SETUP_WITH's lookups: python3 3.11's messages for a missing protocol. */
static Object *special_lookup(Object *o, const char *name)
{
    Object *descr = type_lookup(TYPE(o), str_intern_cstr(name));
    if (!descr) {
        err_set(Exc_TypeError, "'%s' object does not support the context manager protocol%s",
                obj_type_name(o), name[2] == 'e' && name[3] == 'x' ? " (missed __exit__ method)" : "");
        return NULL;
    }
    if (TYPE(descr)->descr_get)
        return TYPE(descr)->descr_get(descr, o, OBJ(TYPE(o)));
    return NEWREF(descr);
}

static void print_expr(Object *v)
{
    if (v == None)
        return;
    Object *b = builtins_dict();
    if (dict_set_str(b, "_", None) < 0) {
        err_clear();
    }
    Object *r = obj_repr(v);
    if (!r)
        return;
    rt_write_out(str_utf8(r), str_nbytes(r));
    rt_write_out("\n", 1);
    DECREF(r);
    if (dict_set_str(b, "_", v) < 0)
        err_clear();
}

/* ---- the interpreter loop ---- */

#define PUSH(v) (*sp++ = (v))
#define POP() (sp--, pop_slot(sp))
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define STACK_BASE() FRAME_STACK(f)

/* Take the value out of a slot and clear it (the stack rule above). */
static inline Object *pop_slot(Object **slot)
{
    Object *v = *slot;
    *slot = NULL;
    return v;
}

#if defined(__GNUC__)
#define USE_COMPUTED_GOTO 1
#define TARGET(op) L_##op:
#define DISPATCH() do { uint32_t w_ = *ip++; arg = INSTR_ARG(w_); goto *targets[INSTR_OP(w_)]; } while (0)
#else
#define USE_COMPUTED_GOTO 0
#define TARGET(op) case OP_##op:
#define DISPATCH() continue
#endif

#define SAVE() (f->ip = ip, f->sp = sp)
#define LOAD() do { vm_current = f; code = f->code; ip = f->ip; sp = f->sp; fast = f->localsplus; \
        consts = TUPLE_ITEMS(code->consts); names = TUPLE_ITEMS(code->names); } while (0)
#define JUMPTO(t) (ip = code->code + (t))
#define PERIODIC() do { if (UNLIKELY(gc_pending || rt_budget_on)) { SAVE(); \
        if (periodic() < 0) goto error; } } while (0)

typedef enum { EXIT_RETURN, EXIT_YIELD, EXIT_ERROR } ExitKind;

/* Run frame f (marked entry) and the frames it calls, until f returns,
 * yields or raises.  throwexc, when set, is raised at f's current
 * instruction first (generator.throw). */
/* The values of f's locals and cells, for a traceback to keep alive
 * (NULL when there are none, or no memory: only lifetimes change). */
static Object *frame_locals_tuple(Frame *f)
{
    int n = f->code->nlocals + f->code->ncells, live = 0;
    for (int i = 0; i < n; i++)
        live += f->localsplus[i] != NULL;
    if (live == 0)
        return NULL;
    Object *t = tuple_new((size_t)live);
    if (t == NULL) {
        err_clear();
        return NULL;
    }
    for (int i = 0, k = 0; i < n; i++)
        if (f->localsplus[i])
            TUPLE_ITEMS(t)[k++] = NEWREF(f->localsplus[i]);
    return t;
}

/* Call fn from a clean call site of eval (gc_stack.h): every object eval
 * holds during the call is reachable from f (its VM stack holds the callee
 * and the arguments), so for the length of the call eval's C frame, down to
 * `mark`, is a hole.  noinline: `mark` needs a frame of its own below
 * eval's. */
static __attribute__((noinline)) Object *call_from_clean_site(Frame *f, VectorFn fn, Object *self,
                                                              Object *const *args, size_t nargs,
                                                              Object *kwnames)
{
    volatile char mark = 0;
    GcStackHole *hole = gc_stack_holes;
    hole->root = f;
    hole->lo = (char *)&mark;
    Object *r = fn(self, args, nargs, kwnames);
    hole->lo = NULL;
    hole->root = NULL;
    return r;
}

static __attribute__((noinline)) Object *eval(Frame *f, Object *throwexc, ExitKind *how)
{
#if USE_COMPUTED_GOTO
    static void *const targets[OP__COUNT] = {
#define X(name) &&L_##name,
        OPCODE_LIST(X)
#undef X
    };
#endif
    CodeObject *code;
    uint32_t *ip;
    Object **sp, **fast, **consts, **names;
    uint32_t arg;
    Object *exc = NULL;      /* the exception being unwound */
    bool reraise = false;    /* exc keeps its traceback: no entry for this frame */
    Object *retval;
    Frame *entry = f;
    Frame *caller = vm_current;   /* restored whenever eval returns */
    f->entry = true;
    LOAD();
    if (throwexc) {
        err_restore(NEWREF(throwexc));
        goto error;
    }

#if USE_COMPUTED_GOTO
    DISPATCH();
#else
    for (;;) {
        uint32_t w_ = *ip++;
        arg = INSTR_ARG(w_);
        switch (INSTR_OP(w_)) {
#endif

    TARGET(NOP) DISPATCH();

    TARGET(POP_TOP) {
        Object *v = POP();
        XDECREF(v);
        DISPATCH();
    }
    TARGET(ROT_TWO) {
        Object *a = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = a;
        DISPATCH();
    }
    TARGET(ROT_THREE) {
        Object *a = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = a;
        DISPATCH();
    }
    TARGET(ROT_FOUR) {
        Object *a = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = sp[-4];
        sp[-4] = a;
        DISPATCH();
    }
    TARGET(DUP_TOP) {
        Object *v = TOP();
        PUSH(NEWREF(v));
        DISPATCH();
    }
    TARGET(DUP_TOP_TWO) {
        Object *a = SECOND(), *b = TOP();
        PUSH(NEWREF(a));
        PUSH(NEWREF(b));
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        PUSH(NEWREF(consts[arg]));
        DISPATCH();
    }
    TARGET(LOAD_FAST) {
        Object *v = fast[arg];
        if (UNLIKELY(!v)) {
            err_set(Exc_UnboundLocalError,
                    "cannot access local variable '%U' where it is not associated with a value",
                    TUPLE_ITEMS(code->varnames)[arg]);
            goto error;
        }
        PUSH(NEWREF(v));
        DISPATCH();
    }
    TARGET(LOAD_FAST_PAIR) {
        Object *a = fast[arg & 0xfff], *b = fast[arg >> 12];
        if (UNLIKELY(!a || !b)) {
            err_set(Exc_UnboundLocalError,
                    "cannot access local variable '%U' where it is not associated with a value",
                    TUPLE_ITEMS(code->varnames)[!a ? arg & 0xfff : arg >> 12]);
            goto error;
        }
        PUSH(NEWREF(a));
        PUSH(NEWREF(b));
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        Object *v = POP();
        replace_ref(&fast[arg], v);
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        if (!fast[arg]) {
            err_set(Exc_UnboundLocalError,
                    "cannot access local variable '%U' where it is not associated with a value",
                    TUPLE_ITEMS(code->varnames)[arg]);
            goto error;
        }
        CLEAR(fast[arg]);
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        /* module code without a separate locals mapping: as LOAD_GLOBAL */
        Object *v = f->locals ? NULL : dict_get(f->globals, names[arg]);
        if (v) {
            PUSH(NEWREF(v));
            DISPATCH();
        }
        SAVE();
        v = load_name(f, names[arg]);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Object *v = POP();
        SAVE();
        int r = f->locals ? obj_setitem(f->locals, names[arg], v) : dict_set(f->globals, names[arg], v);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        SAVE();
        Object *d = f->locals ? f->locals : f->globals;
        if (obj_delitem(d, names[arg]) < 0) {
            if (err_matches(Exc_KeyError)) {
                err_clear();
                err_set(Exc_NameError, "name '%U' is not defined", names[arg]);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        Object *v = dict_get(f->globals, names[arg]);
        if (LIKELY(v != NULL)) {
            PUSH(NEWREF(v));
            DISPATCH();
        }
        SAVE();
        if (!(v = load_global(f->globals, names[arg]))) {
            /* the function's locals are the first candidates for
             * "Did you mean" when the NameError is printed */
            exc_note_name(err_occurred(), code->varnames, names[arg]);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        Object *v = POP();
        SAVE();
        int r = dict_set(f->globals, names[arg], v);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        SAVE();
        if (dict_del(f->globals, names[arg]) < 0) {
            if (err_matches(Exc_KeyError)) {
                err_clear();
                err_set(Exc_NameError, "name '%U' is not defined", names[arg]);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Object *v = ((CellObject *)fast[code->nlocals + arg])->ref;
        if (UNLIKELY(!v)) {
            cell_unbound_error(code, (int)arg);
            goto error;
        }
        PUSH(NEWREF(v));
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        Object *name = arg < (uint32_t)code->ncells ? TUPLE_ITEMS(code->cellvars)[arg]
                                                      : TUPLE_ITEMS(code->freevars)[arg - code->ncells];
        Object *v = f->locals ? dict_get(f->locals, name) : NULL;
        if (!v) {
            if (err_occurred())
                goto error;
            v = ((CellObject *)fast[code->nlocals + arg])->ref;
            if (!v) {
                cell_unbound_error(code, (int)arg);
                goto error;
            }
        }
        PUSH(NEWREF(v));
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        Object *v = POP();
        replace_ref(&((CellObject *)fast[code->nlocals + arg])->ref, v);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        CellObject *c = (CellObject *)fast[code->nlocals + arg];
        if (!c->ref) {
            cell_unbound_error(code, (int)arg);
            goto error;
        }
        CLEAR(c->ref);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        PUSH(NEWREF(fast[code->nlocals + arg]));
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        Object *o = TOP();
        SAVE();
        Object *v = obj_getattr(o, names[arg]);
        if (!v)
            goto error;
        sp[-1] = v;
        DECREF(o);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Object *o = POP(), *v = POP();
        SAVE();
        int r = obj_setattr(o, names[arg], v);
        DECREF(o);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Object *o = POP();
        SAVE();
        int r = obj_setattr(o, names[arg], NULL);
        DECREF(o);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        /* A plain function or method descriptor found on the type (and not
         * shadowed by the instance dict) is pushed unbound with self after
         * it: CALL_METHOD then calls it without a bound-method object. */
        Object *o = TOP(), *name = names[arg];
        Type *t = TYPE(o);
        SAVE();
        if (t->getattr == obj_generic_getattr) {
            Object *descr = type_lookup(t, name);
            if (descr && (TYPE(descr) == &Function_type || TYPE(descr) == &MethodDescr_type)) {
                Object **dp = obj_dict_slot(o);
                Object *shadow = dp && *dp ? dict_get(*dp, name) : NULL;
                if (!shadow) {
                    if (err_occurred())
                        goto error;
                    sp[-1] = NEWREF(descr);
                    PUSH(o);
                    DISPATCH();
                }
            }
        }
        Object *v = obj_getattr(o, name);
        if (!v)
            goto error;
        sp[-1] = NULL;
        PUSH(v);
        DECREF(o);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Object *k = sp[-1], *o = sp[-2];
        Object *v;
        int64_t i;
        if ((TYPE(o) == &List_type || TYPE(o) == &Tuple_type) && INT_CHECK_EXACT(k) &&
            int_to_i64(k, &i) == 0) {
            intptr_t n = VAR_SIZE(o);
            if (i < 0)
                i += n;
            if ((uint64_t)i < (uint64_t)n) {
                v = NEWREF(TYPE(o) == &List_type ? LIST_ITEMS(o)[i] : TUPLE_ITEMS(o)[i]);
                goto subscr_done;
            }
        }
        SAVE();
        if (!(v = obj_getitem(o, k)))
            goto error;
    subscr_done:
        sp -= 2;
        sp[0] = v;
        sp[1] = NULL;
        sp++;
        DECREF(k);
        DECREF(o);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Object *k = POP(), *o = POP(), *v = POP();
        int64_t i;
        if (TYPE(o) == &List_type && INT_CHECK_EXACT(k) && int_to_i64(k, &i) == 0) {
            intptr_t n = VAR_SIZE(o);
            if (i < 0)
                i += n;
            if ((uint64_t)i < (uint64_t)n) {
                replace_ref(&LIST_ITEMS(o)[i], v);   /* the list takes v's reference */
                DECREF(k);
                DECREF(o);
                DISPATCH();
            }
        }
        SAVE();
        int r = obj_setitem(o, k, v);
        DECREF(k);
        DECREF(o);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Object *k = POP(), *o = POP();
        SAVE();
        int r = obj_delitem(o, k);
        DECREF(k);
        DECREF(o);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        Object *b = sp[-1], *a = sp[-2], *v;
        int64_t x, y, r;
        if (INT_CHECK_EXACT(a) && INT_CHECK_EXACT(b) && int_to_i64(a, &x) == 0 &&
            int_to_i64(b, &y) == 0 && int_binop_fast((int)arg, x, y, &r)) {
            if (!(v = int_from_i64(r)))
                goto error;
        } else if ((TYPE(a) == &Float_type || TYPE(b) == &Float_type) &&
                   float_binop_fast((int)arg, a, b, &v)) {
            if (!v)
                goto error;
        } else {
            SAVE();
            if (!(v = binop((int)arg, a, b)))
                goto error;
        }
        sp[-1] = NULL;
        sp[-2] = v;
        sp--;
        DECREF(a);
        DECREF(b);
        DISPATCH();
    }
    TARGET(UNARY_NEG) {
        Object *a = TOP();
        SAVE();
        Object *v = num_neg(a);
        if (!v)
            goto error;
        sp[-1] = v;
        DECREF(a);
        DISPATCH();
    }
    TARGET(UNARY_POS) {
        Object *a = TOP();
        SAVE();
        Object *v = num_pos(a);
        if (!v)
            goto error;
        sp[-1] = v;
        DECREF(a);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        Object *a = TOP();
        SAVE();
        Object *v = num_invert(a);
        if (!v)
            goto error;
        sp[-1] = v;
        DECREF(a);
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Object *a = TOP();
        SAVE();
        int t = obj_is_true(a);
        if (t < 0)
            goto error;
        sp[-1] = bool_from(!t);
        DECREF(a);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Object *b = sp[-1], *a = sp[-2];
        int64_t x, y;
        if (INT_CHECK_EXACT(a) && INT_CHECK_EXACT(b) && int_to_i64(a, &x) == 0 &&
            int_to_i64(b, &y) == 0) {
            bool t = int_compare((CompareOp)arg, x, y);
            sp[-1] = sp[-2] = NULL;
            sp -= 2;
            DECREF(a);
            DECREF(b);
            /* fused compare-and-branch: no bool object in between */
            uint32_t next = *ip;
            if (INSTR_OP(next) == OP_POP_JUMP_IF_FALSE) {
                ip++;
                if (!t)
                    JUMPTO(INSTR_ARG(next));
                DISPATCH();
            }
            if (INSTR_OP(next) == OP_POP_JUMP_IF_TRUE) {
                ip++;
                if (t)
                    JUMPTO(INSTR_ARG(next));
                DISPATCH();
            }
            PUSH(bool_from(t));
            DISPATCH();
        }
        SAVE();
        Object *v = obj_richcompare(a, b, (CompareOp)arg);
        if (!v)
            goto error;
        sp[-1] = NULL;
        sp[-2] = v;
        sp--;
        DECREF(a);
        DECREF(b);
        DISPATCH();
    }
    TARGET(IS_OP) {
        Object *b = POP(), *a = POP();
        bool t = (a == b) ^ (arg != 0);
        DECREF(a);
        DECREF(b);
        PUSH(bool_from(t));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        Object *b = sp[-1], *a = sp[-2];
        SAVE();
        int r = obj_contains(b, a);
        if (r < 0)
            goto error;
        sp[-1] = NULL;
        sp--;
        sp[-1] = bool_from(r ^ (int)arg);
        DECREF(a);
        DECREF(b);
        DISPATCH();
    }
    TARGET(JUMP) {
        uint32_t *target = code->code + arg;
        if (target <= ip)
            PERIODIC();
        ip = target;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Object *v = POP();
        int t;
        if (v == True)
            t = 1;
        else if (v == False || v == None)
            t = 0;
        else {
            SAVE();
            t = obj_is_true(v);
            if (t < 0) {
                DECREF(v);
                goto error;
            }
        }
        DECREF(v);
        if (!t)
            JUMPTO(arg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Object *v = POP();
        int t;
        if (v == True)
            t = 1;
        else if (v == False || v == None)
            t = 0;
        else {
            SAVE();
            t = obj_is_true(v);
            if (t < 0) {
                DECREF(v);
                goto error;
            }
        }
        DECREF(v);
        if (t)
            JUMPTO(arg);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        SAVE();
        int t = obj_is_true(TOP());
        if (t < 0)
            goto error;
        if (!t) {
            JUMPTO(arg);
            DISPATCH();
        }
        Object *v = POP();
        DECREF(v);
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        SAVE();
        int t = obj_is_true(TOP());
        if (t < 0)
            goto error;
        if (t) {
            JUMPTO(arg);
            DISPATCH();
        }
        Object *v = POP();
        DECREF(v);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        Object *v = POP();
        if (v == None)
            JUMPTO(arg);
        DECREF(v);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        Object *v = POP();
        if (v != None)
            JUMPTO(arg);
        DECREF(v);
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Object *o = TOP();
        SAVE();
        Object *it = obj_iter(o);
        if (!it)
            goto error;
        sp[-1] = it;
        DECREF(o);
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Object *it = TOP();
        SAVE();
        Object *v;
        if (TYPE(it) == &Generator_type) {
            /* no StopIteration object for a generator's return value */
            Object *ret = NULL;
            v = vm_gen_resume((GeneratorObject *)it, None, NULL, &ret);
            XDECREF(ret);
        } else {
            UnaryFn next = TYPE(it)->iternext;
            v = next ? next(it) : obj_next(it);
        }
        if (v) {
            PUSH(v);
            DISPATCH();
        }
        if (err_occurred()) {
            if (!err_matches(Exc_StopIteration))
                goto error;
            err_clear();
        }
        sp--;
        DECREF(pop_slot(sp));
        JUMPTO(arg);
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        Object *t = tuple_new(arg);
        if (!t)
            goto error;
        for (uint32_t i = arg; i > 0; i--)
            TUPLE_ITEMS(t)[i - 1] = POP();
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        Object *l = list_new(arg);
        if (!l)
            goto error;
        for (uint32_t i = arg; i > 0; i--)
            LIST_ITEMS(l)[i - 1] = POP();
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        SAVE();
        Object *s = set_new(NULL);
        if (!s)
            goto error;
        int r = 0;
        for (uint32_t i = arg; i > 0; i--)
            if (r == 0 && set_add(s, sp[-(intptr_t)i]) < 0)
                r = -1;
        for (uint32_t i = 0; i < arg; i++)
            DECREF(POP());
        if (r < 0) {
            DECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        SAVE();
        Object *d = dict_new();
        if (!d)
            goto error;
        int r = 0;
        for (uint32_t i = arg; i > 0; i--)
            if (r == 0 && dict_set(d, sp[-2 * (intptr_t)i], sp[-2 * (intptr_t)i + 1]) < 0)
                r = -1;
        for (uint32_t i = 0; i < 2 * arg; i++)
            DECREF(POP());
        if (r < 0) {
            DECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        SAVE();
        Object *keys = POP();
        Object *d = dict_new();
        int r = d ? 0 : -1;
        for (uint32_t i = 0; i < arg && r == 0; i++)
            r = dict_set(d, TUPLE_ITEMS(keys)[i], sp[-(intptr_t)arg + i]);
        for (uint32_t i = 0; i < arg; i++)
            DECREF(POP());
        DECREF(keys);
        if (r < 0) {
            XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Object *step = arg == 3 ? POP() : NULL;
        Object *stop = POP(), *start = POP();
        Object *s = slice_new(start, stop, step ? step : None);
        DECREF(start);
        DECREF(stop);
        XDECREF(step);
        if (!s)
            goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        SAVE();
        Object *s = build_string(sp - arg, arg);
        for (uint32_t i = 0; i < arg; i++)
            DECREF(POP());
        if (!s)
            goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Object *v = POP();
        int r = list_append(sp[-(intptr_t)arg], v);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Object *v = POP();
        SAVE();
        int r = set_add(sp[-(intptr_t)arg], v);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Object *v = POP(), *k = POP();
        SAVE();
        int r = dict_set(sp[-(intptr_t)arg], k, v);
        DECREF(k);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Object *it = POP();
        SAVE();
        int r = list_extend(sp[-(intptr_t)arg], it);
        if (r < 0 && err_matches(Exc_TypeError) && !TYPE(it)->iter && !TYPE(it)->getitem) {
            err_clear();
            err_set(Exc_TypeError, "Value after * must be an iterable, not %s", obj_type_name(it));
        }
        DECREF(it);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        /* set.update's own algorithm: merging a set copies its table
         * order, which python3's displays rely on */
        Object *it = POP();
        SAVE();
        int r = set_update(sp[-(intptr_t)arg], it);
        DECREF(it);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Object *m = POP();
        SAVE();
        int r = dict_update(sp[-(intptr_t)arg], m);
        if (r < 0 && err_matches(Exc_AttributeError)) {
            err_clear();
            err_set(Exc_TypeError, "'%s' object is not a mapping", obj_type_name(m));
        }
        DECREF(m);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Object *m = POP();
        SAVE();
        int r = dict_merge_kwargs(sp[-(intptr_t)arg], m);
        DECREF(m);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        Object *l = TOP();
        Object *t = list_as_tuple(l);
        if (!t)
            goto error;
        sp[-1] = t;
        DECREF(l);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        Object *seq = POP();
        SAVE();
        int r = unpack_iterable(seq, (int)arg, -1, sp);
        DECREF(seq);
        if (r < 0)
            goto error;
        sp += arg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        Object *seq = POP();
        SAVE();
        int before = (int)(arg & 0xff), after = (int)(arg >> 8);
        int r = unpack_iterable(seq, before, after, sp);
        DECREF(seq);
        if (r < 0)
            goto error;
        sp += before + after + 1;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Object *spec = (arg & FVS_HAVE_SPEC) ? POP() : NULL;
        Object *v = TOP();
        SAVE();
        Object *s = format_value(v, (int)arg, spec);
        XDECREF(spec);
        if (!s)
            goto error;
        sp[-1] = s;
        DECREF(v);
        DISPATCH();
    }

    {
        /* The calls share one tail: `base` is the lowest stack slot the
         * call consumes, callable/args/nargs/kwnames describe it. */
        Object **base, *callable, **args, *kwnames;
        Object *held;      /* a bound method whose function is being called */
        size_t nargs;

    TARGET(CALL)
        base = sp - arg - 1;
        callable = base[0];
        args = base + 1;
        nargs = arg;
        kwnames = NULL;
        goto do_call;
    TARGET(CALL_KW)
        kwnames = sp[-1];
        base = sp - arg - 2;
        callable = base[0];
        args = base + 1;
        nargs = arg - (size_t)VAR_SIZE(kwnames);
        goto do_call;
    TARGET(CALL_METHOD)
        kwnames = NULL;
        base = sp - arg - 2;
        goto do_call_method;
    TARGET(CALL_METHOD_KW)
        kwnames = sp[-1];
        base = sp - arg - 3;
    do_call_method:
        nargs = arg - NKW(kwnames);
        if (base[0]) {
            callable = base[0];
            args = base + 1;
            nargs++;
            if (TYPE(callable) == &MethodDescr_type) {
                const MethodDef *def = ((MethodDescrObject *)callable)->def;
                if (def->flags == 0) {
                    SAVE();
                    retval = call_from_clean_site(f, def->fn, args[0], args + 1, nargs - 1, kwnames);
                    goto call_done;
                }
            }
        } else {
            callable = base[1];
            args = base + 2;
        }
    do_call:
        held = NULL;
        if (TYPE(callable) == &Method_type &&
            TYPE(((MethodObject *)callable)->func) == &Function_type) {
            /* A bound Python method: its slot (just below the arguments)
             * takes self, so the function runs in this loop too. */
            held = callable;
            args[-1] = NEWREF(((MethodObject *)callable)->self);
            callable = ((MethodObject *)callable)->func;
            args--;
            nargs++;
        }
        if (TYPE(callable) == &Function_type) {
            FunctionObject *fn = (FunctionObject *)callable;
            CodeObject *co = (CodeObject *)fn->code;
            if (!(co->flags & CO_GENERATOR)) {
                SAVE();
                if (UNLIKELY(gc_pending || rt_budget_on) && periodic() < 0)
                    goto call_error;
                if (rt_enter_recursion("") < 0)
                    goto call_error;
                Frame *nf;
                if (nargs == (size_t)co->argcount && !kwnames && co->kwonlyargcount == 0 &&
                    !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
                    /* exact positional call: move the arguments */
                    if (!(nf = vm_frame_new(co, fn, fn->globals))) {
                        rt_leave_recursion();
                        goto call_error;
                    }
                    for (size_t i = 0; i < nargs; i++)
                        nf->localsplus[i] = pop_slot(&args[i]);
                    if (co->ncells && init_cells(nf) < 0) {
                        vm_frame_release(nf);
                        rt_leave_recursion();
                        goto call_error;
                    }
                } else if (!(nf = make_call_frame(fn, args, nargs, kwnames))) {
                    rt_leave_recursion();
                    goto call_error;
                }
                while (sp > base) {
                    sp--;
                    XDECREF(pop_slot(sp));
                }
                XDECREF(held);
                f->sp = sp;
                nf->back = f;
                f = nf;
                LOAD();
                DISPATCH();
            }
        }
        SAVE();
        /* held (a bound method whose slot now holds self) is only in a C
         * local: not a clean site then. */
        retval = held ? obj_call(callable, args, nargs, kwnames)
                      : call_from_clean_site(f, obj_call, callable, args, nargs, kwnames);
        XDECREF(held);
    call_done:
        while (sp > base) {
            sp--;
            XDECREF(pop_slot(sp));
        }
        if (!retval)
            goto error;
        PUSH(retval);
        DISPATCH();
    call_error:
        XDECREF(held);
        goto error;
    }

    TARGET(CALL_EX) {
        Object *kw = arg & 1 ? POP() : NULL;
        Object *a = POP(), *fn = POP();
        SAVE();
        Object *r;
        if (!TUPLE_CHECK(a)) {
            Object *t = tuple_from_iterable(a);
            DECREF(a);
            if (!(a = t)) {
                DECREF(fn);
                XDECREF(kw);
                goto error;
            }
        }
        r = obj_call_tuple_dict(fn, a, kw);
        DECREF(fn);
        DECREF(a);
        XDECREF(kw);
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        Object *qualname = POP(), *codeobj = POP();
        Object *closure = arg & MKFN_CLOSURE ? POP() : NULL;
        Object *kwdefaults = arg & MKFN_KWDEFAULTS ? POP() : NULL;
        Object *defaults = arg & MKFN_DEFAULTS ? POP() : NULL;
        FunctionObject *fn = (FunctionObject *)function_new(codeobj, f->globals, qualname);
        DECREF(qualname);
        DECREF(codeobj);
        if (!fn) {
            XDECREF(closure);
            XDECREF(kwdefaults);
            XDECREF(defaults);
            goto error;
        }
        fn->closure = closure;
        fn->kwdefaults = kwdefaults;
        fn->defaults = defaults;
        CodeObject *fco = (CodeObject *)fn->code;
        Object *c0 = VAR_SIZE(fco->consts) > 0 ? TUPLE_ITEMS(fco->consts)[0] : NULL;
        if (c0 && (fco->flags & CO_HASDOC))
            fn->doc = NEWREF(c0);
        PUSH(OBJ(fn));
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        f->nblocks = 0;
        if (f == entry) {
            f->sp = sp;
            *how = EXIT_RETURN;
            vm_current = caller;
            return retval;
        }
        Frame *back = f->back;
        vm_frame_release(f);
        rt_leave_recursion();
        f = back;
        LOAD();
        PUSH(retval);
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        retval = POP();
        SAVE();
        *how = EXIT_YIELD;
        vm_current = caller;
        return retval;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Object *o = TOP();
        if (TYPE(o) != &Generator_type) {
            SAVE();
            Object *it = obj_iter(o);
            if (!it)
                goto error;
            sp[-1] = it;
            DECREF(o);
        }
        DISPATCH();
    }
    TARGET(YIELD_FROM) {
        /* Re-executed after every value the sub-iterator yields: the value
         * sent back by the next resume is pushed as v. */
        Object *v = POP(), *it = TOP();
        Object *r, *result = NULL;
        SAVE();
        if (TYPE(it) == &Generator_type) {
            r = vm_gen_resume((GeneratorObject *)it, v, NULL, &result);
        } else if (v == None) {
            r = obj_next(it);
        } else {
            r = obj_call_method(it, "send", &v, 1);
        }
        DECREF(v);
        if (r) {
            ip--;
            SAVE();
            *how = EXIT_YIELD;
            vm_current = caller;
            return r;
        }
        if (!result) {
            if (err_occurred()) {
                if (!err_matches(Exc_StopIteration))
                    goto error;
                Object *stop = err_fetch();
                Object *sargs = exc_get_args(stop);
                result = NEWREF(sargs && VAR_SIZE(sargs) > 0 ? TUPLE_ITEMS(sargs)[0] : None);
                DECREF(stop);
            } else {
                result = NEWREF(None);
            }
        }
        sp[-1] = result;
        DECREF(it);
        DISPATCH();
    }
    TARGET(SETUP_FINALLY) {
        if (f->nblocks >= FRAME_MAXBLOCKS) {
            err_set(Exc_RuntimeError, "too many statically nested blocks");
            goto error;
        }
        Block *b = &f->blocks[f->nblocks++];
        b->kind = BLOCK_FINALLY;
        b->handler = (int)arg;
        b->level = (int)(sp - STACK_BASE());
        DISPATCH();
    }
    TARGET(POP_BLOCK) {
        f->nblocks--;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        f->nblocks--;      /* the EXCEPT_HANDLER block */
        Object *prev = POP();
        err_set_handled(prev == None ? NULL : prev);
        if (prev == None)
            DECREF(prev);
        DISPATCH();
    }
    TARGET(RERAISE) {
        exc = POP();
        reraise = true;
        goto unwind;
    }
    TARGET(JUMP_IF_NOT_EXC_MATCH) {
        Object *type = POP(), *e = POP();
        SAVE();
        int m = exc_match(e, type);
        DECREF(type);
        DECREF(e);
        if (m < 0)
            goto error;
        if (!m)
            JUMPTO(arg);
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        SAVE();
        if (arg == 0) {
            Object *h = err_get_handled();
            if (!h) {
                err_set(Exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            exc = NEWREF(h);
            reraise = true;
            goto unwind;
        }
        Object *cause = arg == 2 ? POP() : NULL;
        Object *e = POP();
        do_raise(e, cause);
        DECREF(e);
        XDECREF(cause);
        goto error;
    }
    TARGET(SETUP_WITH) {
        Object *cm = TOP();
        SAVE();
        Object *enter = special_lookup(cm, "__enter__");
        if (!enter)
            goto error;
        Object *exit = special_lookup(cm, "__exit__");
        if (!exit) {
            DECREF(enter);
            goto error;
        }
        sp[-1] = exit;
        DECREF(cm);
        Object *r = obj_call0(enter);
        DECREF(enter);
        if (!r)
            goto error;
        Block *b = &f->blocks[f->nblocks++];
        b->kind = BLOCK_FINALLY;
        b->handler = (int)arg;
        b->level = (int)(sp - STACK_BASE());
        PUSH(r);
        DISPATCH();
    }
    TARGET(WITH_EXIT) {
        Object *exit = POP();
        SAVE();
        Object *r = call_exit(exit, NULL);
        DECREF(exit);
        if (!r)
            goto error;
        DECREF(r);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        Object *e = sp[-1], *exit = sp[-3];
        SAVE();
        Object *r = call_exit(exit, e);
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        SAVE();
        Object *m = import_module(names[arg]);
        if (!m)
            goto error;
        PUSH(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SAVE();
        Object *v = import_from(TOP(), names[arg]);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Object *m = POP();
        SAVE();
        int r = import_star(f, m);
        DECREF(m);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Object *bc = dict_get_str(builtins_dict(), "__build_class__");
        if (!bc) {
            if (!err_occurred())
                err_set(Exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(NEWREF(bc));
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        Object *v = POP();
        SAVE();
        print_expr(v);
        DECREF(v);
        if (err_occurred())
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(NEWREF(OBJ(Exc_AssertionError)));
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        Object *d = f->locals ? f->locals : f->globals;
        Object *a = dict_get_str(d, "__annotations__");
        if (!a) {
            if (err_occurred())
                goto error;
            Object *nd = dict_new();
            int r = nd ? dict_set_str(d, "__annotations__", nd) : -1;
            XDECREF(nd);
            if (r < 0)
                goto error;
        }
        DISPATCH();
    }
    TARGET(RETURN_GENERATOR) DISPATCH();

#if !USE_COMPUTED_GOTO
        default:
            err_set(Exc_RuntimeError, "unknown opcode %d", (int)INSTR_OP(ip[-1]));
            goto error;
        }
    }
#endif

error:
    /* A new exception: record where it passed and chain it. */
    exc = err_fetch();
    if (!exc) {
        err_set(Exc_RuntimeError, "error return without exception set");
        exc = err_fetch();
    }
    set_implicit_context(exc);
    reraise = false;
unwind:
    if (!reraise) {
        int line = code_line_at(code, (size_t)(ip - code->code) - 1);
        /* The traceback keeps a function's locals alive, as python3's
         * keeps the frame: they die with the exception, not before the
         * except clause that handles it has run. */
        Object *keep = (code->flags & CO_NEWLOCALS) ? frame_locals_tuple(f) : NULL;
        exc_add_traceback_frame(exc, code->filename, code->name, line, keep);
        XDECREF(keep);
    }
    reraise = false;
    while (f->nblocks > 0) {
        Block *b = &f->blocks[--f->nblocks];
        Object **level = STACK_BASE() + b->level;
        if (b->kind == BLOCK_EXCEPT_HANDLER) {
            while (sp > level + 1) {
                sp--;
                XDECREF(pop_slot(sp));
            }
            Object *prev = POP();
            err_set_handled(prev == None ? NULL : prev);
            if (prev == None)
                DECREF(prev);
            continue;
        }
        while (sp > level) {
            sp--;
            XDECREF(pop_slot(sp));
        }
        int handler = b->handler;      /* b's slot becomes the handler block */
        Block *h = &f->blocks[f->nblocks++];
        h->kind = BLOCK_EXCEPT_HANDLER;
        h->handler = -1;
        h->level = (int)(sp - STACK_BASE());
        Object *prev = err_get_handled();
        PUSH(prev ? NEWREF(prev) : NEWREF(None));
        err_set_handled(NEWREF(exc));
        PUSH(exc);
        exc = NULL;
        JUMPTO(handler);
        DISPATCH();
    }
    /* not handled here: the frame ends */
    while (sp > STACK_BASE()) {
        sp--;
        XDECREF(pop_slot(sp));
    }
    if (f == entry) {
        f->sp = sp;
        err_restore(exc);
        *how = EXIT_ERROR;
        vm_current = caller;
        return NULL;
    }
    {
        Frame *back = f->back;
        vm_frame_release(f);
        rt_leave_recursion();
        f = back;
        LOAD();
        goto unwind;
    }
}

/* ---- entry points from C ---- */

/* eval's hole record lives here, just above eval's frame; the hole is
 * everything below the record down to the clean call site eval waits in. */
static __attribute__((noinline)) Object *eval_in_hole(Frame *f, Object *throwexc, ExitKind *how)
{
    GcStackHole hole = {NULL, NULL, NULL, gc_stack_holes};
    hole.hi = (char *)&hole;
    gc_stack_holes = &hole;
    Object *r = eval(f, throwexc, how);
    gc_stack_holes = hole.outer;
    return r;
}

/* Every entry into eval.  __builtin_unwind_init saves all callee-saved
 * registers in this frame, above the hole: whatever our callers keep in
 * registers stays visible to the collector while the hole is hidden (eval
 * and eval_in_hole save copies of those registers inside the hole). */
static __attribute__((noinline)) Object *eval_fenced(Frame *f, Object *throwexc, ExitKind *how)
{
    __builtin_unwind_init();
    Object *r = eval_in_hole(f, throwexc, how);
    __asm__ volatile("" : : "r"(r) : "memory");   /* not a tail call: keep this frame */
    return r;
}

/* Run an entry frame to completion and release it. */
static Object *run_frame(Frame *f)
{
    ExitKind how;
    int depth = rt_recursion_depth();
    Object *r = eval_fenced(f, NULL, &how);
    rt_set_recursion_depth(depth);
    vm_frame_release(f);
    return r;
}

Object *vm_call_function(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    FunctionObject *fn = (FunctionObject *)callable;
    if (rt_enter_recursion(" while calling a Python object") < 0)
        return NULL;
    Frame *f = make_call_frame(fn, args, nargs, kwnames);
    Object *r = NULL;
    if (f)
        r = (((CodeObject *)fn->code)->flags & CO_GENERATOR) ? generator_new(f) : run_frame(f);
    rt_leave_recursion();
    return r;
}

Object *vm_eval_code(Object *code, Object *globals)
{
    return vm_eval_code_locals(code, globals, NULL);
}

Object *vm_eval_code_locals(Object *code, Object *globals, Object *locals)
{
    if (TYPE(code) != &Code_type)
        return err_set(Exc_TypeError, "expected a code object, not %T", code);
    if (locals && !DICT_CHECK(locals))
        return err_set(Exc_TypeError, "locals must be a dict, not %T", locals);
    if (rt_enter_recursion(" while calling a Python object") < 0)
        return NULL;
    CodeObject *co = (CodeObject *)code;
    Frame *f = vm_frame_new(co, NULL, globals);
    Object *r = NULL;
    if (f && locals && locals != globals)
        f->locals = NEWREF(locals);
    if (f && (!co->ncells || init_cells(f) == 0))
        r = run_frame(f);
    else if (f)
        vm_frame_release(f);
    rt_leave_recursion();
    return r;
}

Object *vm_eval_class_body(Object *func, Object *ns)
{
    if (TYPE(func) != &Function_type)
        return err_set(Exc_TypeError, "expected a function, not %T", func);
    if (rt_enter_recursion(" while calling a Python object") < 0)
        return NULL;
    Frame *f = make_call_frame((FunctionObject *)func, NULL, 0, NULL);
    Object *r = NULL;
    if (f) {
        f->locals = NEWREF(ns);
        r = run_frame(f);
    }
    rt_leave_recursion();
    return r;
}

/* PEP 479: a StopIteration escaping a generator becomes RuntimeError. */
static void convert_stop_iteration(void)
{
    if (!err_matches(Exc_StopIteration))
        return;
    Object *stop = err_fetch();
    err_set(Exc_RuntimeError, "generator raised StopIteration");
    Object *e = err_fetch();
    exc_set_cause(e, NEWREF(stop));
    exc_set_context(e, stop);
    err_restore(e);
}

/* Resume g's frame: push `value` (when not NULL) or raise `throwexc`. */
static Object *resume(GeneratorObject *g, Object *value, Object *throwexc, Object **retval)
{
    Frame *f = g->frame;
    if (value)
        *f->sp++ = NEWREF(value);
    g->running = true;
    /* The generator's handled exception (it yielded inside an except
     * block) replaces the caller's while it runs. */
    Object *caller_handled = err_get_handled();
    XINCREF(caller_handled);
    if (g->exc_state) {
        err_set_handled(g->exc_state);
        g->exc_state = NULL;
    }
    ExitKind how;
    int depth = rt_recursion_depth();
    Object *r = NULL;
    if (rt_enter_recursion(" while calling a Python object") == 0) {
        r = eval_fenced(f, throwexc, &how);
        rt_set_recursion_depth(depth);
    } else {
        how = EXIT_ERROR;
    }
    g->running = false;
    if (how == EXIT_YIELD) {
        bool in_handler = false;
        for (int i = 0; i < f->nblocks; i++)
            if (f->blocks[i].kind == BLOCK_EXCEPT_HANDLER)
                in_handler = true;
        Object *h = err_get_handled();
        if (in_handler && h)
            g->exc_state = NEWREF(h);
    }
    err_set_handled(caller_handled);
    if (how == EXIT_YIELD)
        return r;
    g->frame = NULL;
    vm_frame_release(f);
    if (how == EXIT_RETURN) {
        *retval = r;
        return NULL;
    }
    convert_stop_iteration();
    return NULL;
}

/* throw() into a generator suspended in `yield from`: the sub-iterator
 * gets the exception first (close() for GeneratorExit). */
static Object *throw_delegated(GeneratorObject *g, Object *exc, Object **retval)
{
    Frame *f = g->frame;
    Object *sub = f->sp[-1];
    Object *r = NULL, *ret = NULL;
    g->running = true;
    if (err_given_matches(exc, OBJ(Exc_GeneratorExit))) {
        Object *close = NULL;
        if (obj_lookup_attr(sub, str_intern_cstr("close"), &close) > 0) {
            Object *cr = obj_call0(close);
            DECREF(close);
            XDECREF(cr);
        }
        g->running = false;
        if (err_occurred()) {
            Object *e = err_fetch();
            r = resume(g, NULL, e, retval);
            DECREF(e);
            return r;
        }
        return resume(g, NULL, exc, retval);
    }
    if (TYPE(sub) == &Generator_type) {
        r = vm_gen_resume((GeneratorObject *)sub, NULL, exc, &ret);
    } else {
        Object *thr = NULL;
        if (obj_lookup_attr(sub, str_intern_cstr("throw"), &thr) <= 0) {
            g->running = false;
            return resume(g, NULL, exc, retval);
        }
        r = obj_call1(thr, exc);
        DECREF(thr);
    }
    g->running = false;
    if (r)
        return r;
    if (err_occurred() && err_matches(Exc_StopIteration)) {
        Object *stop = err_fetch();
        Object *sargs = exc_get_args(stop);
        ret = NEWREF(sargs && VAR_SIZE(sargs) > 0 ? TUPLE_ITEMS(sargs)[0] : None);
        DECREF(stop);
    }
    if (err_occurred()) {
        Object *e = err_fetch();
        r = resume(g, NULL, e, retval);
        DECREF(e);
        return r;
    }
    /* the sub-iterator finished: its value is the yield-from result */
    replace_ref(&f->sp[-1], ret ? ret : NEWREF(None));
    f->ip++;
    return resume(g, NULL, NULL, retval);
}

Object *vm_gen_resume(GeneratorObject *g, Object *value, Object *exc, Object **retval)
{
    *retval = NULL;
    if (g->running)
        return err_set(Exc_ValueError, "generator already executing");
    Frame *f = g->frame;
    if (!f) {
        if (exc)
            err_restore(NEWREF(exc));
        return NULL;
    }
    bool started = f->ip != f->code->code;
    if (exc) {
        if (started && INSTR_OP(*f->ip) == OP_YIELD_FROM)
            return throw_delegated(g, exc, retval);
        return resume(g, NULL, exc, retval);
    }
    return resume(g, started ? value : NULL, NULL, retval);
}

/* ---- the running frame, for builtins and super() ---- */

static Object *frame_globals(void)
{
    return vm_current ? NEWREF(vm_current->globals) : NULL;
}

/* locals(): the class namespace, the module globals, or a snapshot dict
 * of a function's bound locals and cells. */
static Object *frame_locals(void)
{
    Frame *f = vm_current;
    if (!f)
        return NULL;
    if (f->locals)
        return NEWREF(f->locals);
    if (!(f->code->flags & CO_NEWLOCALS))
        return NEWREF(f->globals);
    Object *d = dict_new();
    if (!d)
        return NULL;
    CodeObject *co = f->code;
    for (int i = 0; i < co->nlocals; i++)
        if (f->localsplus[i] && dict_set(d, TUPLE_ITEMS(co->varnames)[i], f->localsplus[i]) < 0)
            goto fail;
    for (int i = 0; i < co->ncells + co->nfrees; i++) {
        Object *v = ((CellObject *)f->localsplus[co->nlocals + i])->ref;
        Object *name = i < co->ncells ? TUPLE_ITEMS(co->cellvars)[i]
                                      : TUPLE_ITEMS(co->freevars)[i - co->ncells];
        if (v && dict_set(d, name, v) < 0)
            goto fail;
    }
    return d;
fail:
    DECREF(d);
    return NULL;
}

/* super() without arguments: the __class__ cell and the first argument. */
static int super_context(Type **cls, Object **self)
{
    Frame *f = vm_current;
    if (!f || !(f->code->flags & CO_NEWLOCALS) || f->code->argcount == 0) {
        err_set(Exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    CodeObject *co = f->code;
    Object *first = f->localsplus[0];
    if (!first && co->cell2arg)
        for (int i = 0; i < co->ncells; i++)
            if (co->cell2arg[i] == 0)
                first = ((CellObject *)f->localsplus[co->nlocals + i])->ref;
    if (!first) {
        err_set(Exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->nfrees; i++)
        if (str_equal_cstr(TUPLE_ITEMS(co->freevars)[i], "__class__")) {
            Object *c = ((CellObject *)f->localsplus[co->nlocals + co->ncells + i])->ref;
            if (!c || !TYPE_FLAG(TYPE(c), TF_TYPE_SUBCLASS)) {
                err_set(Exc_RuntimeError, "super(): empty __class__ cell");
                return -1;
            }
            *cls = (Type *)c;
            *self = first;
            return 0;
        }
    err_set(Exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

int vm_init(void)
{
    builtins_set_frame_hooks(frame_globals, frame_locals);
    class_set_super_context(super_context);
    Type *types[] = {&Code_type, &Function_type, &Cell_type, &Method_type, &Generator_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0)
            return -1;
    return 0;
}
