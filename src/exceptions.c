/* exceptions.c — BaseException and the built-in exception hierarchy, the
 * traceback object, and printing an uncaught exception like python3.
 *
 * Every exception instance has the same layout (ExcObject), so user
 * classes may inherit from any mix of built-in exception types.  The
 * attributes particular to a family (StopIteration.value, SystemExit.code,
 * ImportError.name, OSError.errno, SyntaxError.lineno...) live in a small
 * slot array, exposed per family through getset descriptors; an unset
 * slot reads as None, like CPython's member descriptors.
 *
 * The traceback is a Traceback object holding a list of (filename,
 * funcname, lineno[, locals]) tuples in the order they were added: the VM
 * adds one entry per frame as the exception propagates outwards, so the
 * list runs innermost first and is printed in reverse.  `locals` is what
 * the frame held, kept alive with the traceback as python3's frames are. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "err.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "dict.h"
#include "module.h"
#include "str.h"
#include "runtime.h"

/* The parent type of t, whose layout instances extend. */
#define PARENT(t) ((t)->base_type)

enum { NATTRS = 7 };

/* Store v (owned) in *p and drop the previous reference afterwards. */
static void set_ref(Object **p, Object *v)
{
    Object *old = *p;
    *p = v;
    XDECREF(old);
}

typedef struct {
    Object base;
    Object *dict;          /* instance __dict__, created on demand */
    Object *args;          /* tuple */
    Object *traceback;     /* Traceback or NULL */
    Object *cause;         /* NULL or an exception (None: explicit `from None`) */
    Object *context;
    bool suppress_context;
    Object *attrs[NATTRS]; /* family attributes; NULL reads as None */
} ExcObject;

#define EXC(o) ((ExcObject *)(o))
#define IS_EXC(o) TYPE_FLAG(TYPE(o), TF_EXC_SUBCLASS)

/* Slot indices of the family attributes. */
enum { A_VALUE = 0 };                         /* StopIteration.value */
enum { A_CODE = 0 };                          /* SystemExit.code */
enum { A_NAME = 0, A_PATH = 1, A_MSG = 2 };   /* ImportError */
enum { A_ERRNO = 0, A_STRERROR = 1, A_FILENAME = 2 }; /* OSError */
enum { A_ATTR_NAME = 0, A_ATTR_OBJ = 1 };     /* AttributeError, NameError */
enum { S_MSG, S_FILENAME, S_LINENO, S_OFFSET, S_TEXT, S_END_LINENO,
       S_END_OFFSET };                        /* SyntaxError */

/* ------------------------------------------------------------------ */
/* The traceback object                                                */

typedef struct {
    Object base;
    Object *entries;       /* list of (filename, funcname, lineno[, locals]) */
} TracebackObject;

static void tb_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((TracebackObject *)o)->entries);
    obj_free(o);
}

static int tb_traverse(Object *o, VisitFn visit, void *arg)
{
    Object *e = ((TracebackObject *)o)->entries;
    return e ? visit(e, arg) : 0;
}

static void tb_clear(Object *o)
{
    CLEAR(((TracebackObject *)o)->entries);
}

/* tb_lineno: the line of the outermost entry, as CPython's first tb. */
static Object *tb_get_lineno(Object *o)
{
    Object *e = ((TracebackObject *)o)->entries;
    if (!e || VAR_SIZE(e) == 0)
        RETURN_NONE;
    Object *last = LIST_ITEMS(e)[VAR_SIZE(e) - 1];
    return newref(TUPLE_ITEMS(last)[2]);
}

static const GetSetDef tb_getset[] = {
    {"tb_lineno", tb_get_lineno, NULL},
    {NULL, NULL, NULL},
};

Type Traceback_type = {
    {1, &Type_type},
    .name = "traceback",
    .basicsize = sizeof(TracebackObject),
    .flags = TF_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getset = tb_getset,
};

static Object *tb_new(Object *entries)
{
    TracebackObject *tb = (TracebackObject *)obj_alloc(&Traceback_type);
    if (!tb)
        return NULL;
    tb->entries = entries;
    gc_track(OBJ(tb));
    return OBJ(tb);
}

/* A private, unshared traceback of exc to append to: a traceback given by
 * with_traceback() may be shared with other exceptions, so it is copied
 * before the first change (tracebacks are immutable in CPython). */
static Object *own_traceback(ExcObject *e)
{
    if (e->traceback && e->traceback->refcnt == 1)
        return e->traceback;
    Object *entries = e->traceback
        ? list_from_iterable(((TracebackObject *)e->traceback)->entries)
        : list_new(0);
    if (!entries)
        return NULL;
    Object *tb = tb_new(entries);
    if (!tb) {
        DECREF(entries);
        return NULL;
    }
    set_ref(&e->traceback, tb);
    return tb;
}

int exc_add_traceback_frame(Object *exc, Object *filename, Object *funcname, int lineno,
                            Object *locals)
{
    if (!IS_EXC(exc))
        return 0;
    Object *tb = own_traceback(EXC(exc));
    if (!tb)
        return -1;
    Object *line = int_from_i64(lineno);
    if (!line)
        return -1;
    Object *entry = locals ? tuple_pack(4, filename, funcname, line, locals)
                           : tuple_pack(3, filename, funcname, line);
    DECREF(line);
    if (!entry)
        return -1;
    int r = list_append(((TracebackObject *)tb)->entries, entry);
    DECREF(entry);
    return r;
}

int exc_add_traceback(Object *exc, Object *filename, Object *funcname, int lineno)
{
    return exc_add_traceback_frame(exc, filename, funcname, lineno, NULL);
}

/* ------------------------------------------------------------------ */
/* BaseException: life cycle                                           */

static int exc_traverse(Object *o, VisitFn visit, void *arg)
{
    ExcObject *e = EXC(o);
    Object *refs[] = {e->dict, e->args, e->traceback, e->cause, e->context};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    for (int i = 0; i < NATTRS; i++)
        if (e->attrs[i] && visit(e->attrs[i], arg))
            return 1;
    return 0;
}

static void exc_clear(Object *o)
{
    ExcObject *e = EXC(o);
    CLEAR(e->dict);
    CLEAR(e->args);
    CLEAR(e->traceback);
    CLEAR(e->cause);
    CLEAR(e->context);
    for (int i = 0; i < NATTRS; i++)
        CLEAR(e->attrs[i]);
}

static void exc_dealloc(Object *o)
{
    gc_untrack(o);
    exc_clear(o);
    obj_free(o);
}

/* Forget where the preallocated MemoryError was raised last time. */
void exc_reset(Object *exc)
{
    ExcObject *e = EXC(exc);
    CLEAR(e->traceback);
    CLEAR(e->cause);
    CLEAR(e->context);
    e->suppress_context = false;
}

static int set_args(Object *self, Object *const *args, size_t nargs)
{
    Object *t = tuple_from_array(args, nargs);
    if (!t)
        return -1;
    set_ref(&EXC(self)->args, t);
    return 0;
}

static void set_attr(Object *self, int i, Object *v)
{
    set_ref(&EXC(self)->attrs[i], v ? newref(v) : NULL);
}

static int no_kwargs(Object *self, Object *kwnames)
{
    if (NKW(kwnames) == 0)
        return 0;
    err_set(Exc_TypeError, "%s() takes no keyword arguments", obj_type_name(self));
    return -1;
}

/* ---- the family initialisers: the Type.init slot of each family ---- */

static int base_init(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (no_kwargs(self, kwnames) < 0)
        return -1;
    return set_args(self, args, nargs);
}

static int stopiter_init(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    set_attr(self, A_VALUE, nargs ? args[0] : None);
    return 0;
}

static int sysexit_init(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    set_attr(self, A_CODE, nargs == 0 ? None : nargs == 1 ? args[0] : EXC(self)->args);
    return 0;
}

static int import_init(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    for (size_t i = 0; i < NKW(kwnames); i++) {
        Object *k = TUPLE_ITEMS(kwnames)[i];
        if (str_equal_cstr(k, "name"))
            set_attr(self, A_NAME, args[nargs + i]);
        else if (str_equal_cstr(k, "path"))
            set_attr(self, A_PATH, args[nargs + i]);
        else {
            err_set(Exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                    k, obj_type_name(self));
            return -1;
        }
    }
    if (set_args(self, args, nargs) < 0)
        return -1;
    set_attr(self, A_MSG, nargs == 1 ? args[0] : NULL);
    return 0;
}

/* OSError(errno, strerror[, filename]): args keep only the first two when
 * a filename is given, as CPython. */
static int oserror_init(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (no_kwargs(self, kwnames) < 0)
        return -1;
    if (nargs < 2 || nargs > 5)
        return set_args(self, args, nargs);
    set_attr(self, A_ERRNO, args[0]);
    set_attr(self, A_STRERROR, args[1]);
    set_attr(self, A_FILENAME, nargs >= 3 ? args[2] : NULL);
    return set_args(self, args, nargs >= 3 ? 2 : nargs);
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) */
static int syntax_init(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs >= 1)
        set_attr(self, S_MSG, args[0]);
    if (nargs != 2)
        return 0;
    Object *info = args[1];
    if (!TUPLE_CHECK(info) || VAR_SIZE(info) < 4 || VAR_SIZE(info) > 6) {
        err_set(Exc_IndexError, "tuple index out of range");
        return -1;
    }
    for (intptr_t i = 0; i < VAR_SIZE(info); i++)
        set_attr(self, S_FILENAME + (int)i, TUPLE_ITEMS(info)[i]);
    return 0;
}

/* The family initialiser of t: that of its nearest built-in ancestor
 * (user classes replace the init slot with their __init__). */
static int (*family_init(Type *t))(Object *, Object *const *, size_t, Object *)
{
    while (TYPE_FLAG(t, TF_HEAPTYPE) && PARENT(t))
        t = PARENT(t);
    return t->init ? t->init : base_init;
}

static Object *alloc_exc(Type *type, Object *const *args, size_t nargs)
{
    Object *self = obj_alloc(type);
    if (!self)
        return NULL;
    if (family_init(type)(self, args, nargs, NULL) < 0) {
        DECREF(self);
        return NULL;
    }
    gc_track(self);
    return self;
}

/* type(*args): keywords are left to the init slot, as BaseException_new.
 * OSError(2, ...) gives a FileNotFoundError like CPython's errno map. */
static Object *exc_type_new(Object *callable, Object *const *args, size_t nargs,
                            Object *kwnames)
{
    Type *type = (Type *)callable;
    if (type == Exc_OSError && nargs >= 2 && INT_CHECK(args[0])) {
        int64_t no;
        if (int_to_i64(args[0], &no) == 0 && no == 2)
            type = Exc_FileNotFoundError;
    }
    return alloc_exc(type, args, nargs);
}

Object *exc_new(Type *type, Object *const *args, size_t nargs)
{
    if (TYPE_FLAG(type, TF_HEAPTYPE))
        return obj_call(OBJ(type), args, nargs, NULL);
    return alloc_exc(type, args, nargs);
}

Object *exc_get_args(Object *exc)
{
    return EXC(exc)->args;
}

Object *exc_get_cause(Object *exc)
{
    return IS_EXC(exc) ? EXC(exc)->cause : NULL;
}

Object *exc_get_context(Object *exc)
{
    return IS_EXC(exc) ? EXC(exc)->context : NULL;
}

Object *exc_get_traceback(Object *exc)
{
    return IS_EXC(exc) ? EXC(exc)->traceback : NULL;
}

void exc_note_name(Object *exc, Object *obj, Object *name)
{
    if (!exc || !IS_EXC(exc))
        return;
    if (obj_is_instance_of(exc, Exc_AttributeError)) {
        set_attr(exc, A_ATTR_NAME, name);
        set_attr(exc, A_ATTR_OBJ, obj);
    } else if (obj_is_instance_of(exc, Exc_NameError)) {
        set_attr(exc, A_ATTR_NAME, name);
        if (obj && TUPLE_CHECK(obj))
            set_attr(exc, A_ATTR_OBJ, obj);
    }
}

void exc_set_cause(Object *exc, Object *cause)
{
    if (!IS_EXC(exc)) {
        XDECREF(cause);
        return;
    }
    set_ref(&EXC(exc)->cause, cause);
    EXC(exc)->suppress_context = true;
}

void exc_set_context(Object *exc, Object *context)
{
    if (!IS_EXC(exc)) {
        XDECREF(context);
        return;
    }
    set_ref(&EXC(exc)->context, context);
}

/* ------------------------------------------------------------------ */
/* str and repr                                                        */

static Object *base_str(Object *self)
{
    Object *args = EXC(self)->args;
    if (!args || VAR_SIZE(args) == 0)
        return str_from_cstr("");
    if (VAR_SIZE(args) == 1)
        return obj_str(TUPLE_ITEMS(args)[0]);
    return obj_str(args);
}

static Object *keyerror_str(Object *self)
{
    Object *args = EXC(self)->args;
    if (args && VAR_SIZE(args) == 1)
        return obj_repr(TUPLE_ITEMS(args)[0]);
    return base_str(self);
}

static Object *import_str(Object *self)
{
    Object *msg = EXC(self)->attrs[A_MSG];
    if (msg && msg != None)
        return obj_str(msg);
    return base_str(self);
}

static Object *oserror_str(Object *self)
{
    Object **a = EXC(self)->attrs;
    if (a[A_FILENAME] && a[A_FILENAME] != None)
        return str_format("[Errno %S] %S: %R", a[A_ERRNO], a[A_STRERROR], a[A_FILENAME]);
    if (a[A_ERRNO] && a[A_STRERROR])
        return str_format("[Errno %S] %S", a[A_ERRNO], a[A_STRERROR]);
    return base_str(self);
}

/* "msg (file.py, line N)": CPython shows only the file's base name. */
static Object *syntax_str(Object *self)
{
    Object **a = EXC(self)->attrs;
    Object *msg = a[S_MSG] ? a[S_MSG] : None;
    Object *file = a[S_FILENAME];
    Object *line = a[S_LINENO];
    bool has_file = file && STR_CHECK(file);
    bool has_line = line && INT_CHECK(line);
    const char *base = NULL;
    if (has_file) {
        base = strrchr(str_utf8(file), '/');
        base = base ? base + 1 : str_utf8(file);
    }
    if (has_file && has_line)
        return str_format("%S (%s, line %S)", msg, base, line);
    if (has_file)
        return str_format("%S (%s)", msg, base);
    if (has_line)
        return str_format("%S (line %S)", msg, line);
    return obj_str(msg);
}

static Object *exc_repr(Object *self)
{
    Object *args = EXC(self)->args;
    const char *name = obj_type_name(self);
    if (!args || VAR_SIZE(args) == 0)
        return str_format("%s()", name);
    if (VAR_SIZE(args) == 1)
        return str_format("%s(%R)", name, TUPLE_ITEMS(args)[0]);
    return str_format("%s%R", name, args);
}

/* ------------------------------------------------------------------ */
/* Methods and attributes of BaseException                             */

static Object *m_init(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (family_init(TYPE(self))(self, args, nargs, kwnames) < 0)
        return NULL;
    RETURN_NONE;
}

/* __str__/__repr__ as methods, so super().__str__() in a user class
 * reaches the built-in behaviour of the nearest built-in ancestor. */
static Type *builtin_ancestor(Type *t)
{
    while (TYPE_FLAG(t, TF_HEAPTYPE) && PARENT(t))
        t = PARENT(t);
    return t;
}

static Object *m_str(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("__str__", nargs, 0, 0) < 0 || arg_no_kwargs("__str__", kwnames) < 0)
        return NULL;
    UnaryFn fn = builtin_ancestor(TYPE(self))->str;
    return fn ? fn(self) : base_str(self);
}

static Object *m_repr(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("__repr__", nargs, 0, 0) < 0 || arg_no_kwargs("__repr__", kwnames) < 0)
        return NULL;
    return exc_repr(self);
}

static int set_traceback(Object *self, Object *tb)
{
    if (!tb || (tb != None && TYPE(tb) != &Traceback_type)) {
        err_set(Exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    set_ref(&EXC(self)->traceback, tb == None ? NULL : newref(tb));
    return 0;
}

static Object *m_with_traceback(Object *self, Object *const *args, size_t nargs,
                                Object *kwnames)
{
    if (arg_count("with_traceback", nargs, 1, 1) < 0 ||
        arg_no_kwargs("with_traceback", kwnames) < 0)
        return NULL;
    if (set_traceback(self, args[0]) < 0)
        return NULL;
    return newref(self);
}

static Object **instance_dict(Object *self)
{
    ExcObject *e = EXC(self);
    if (!e->dict)
        e->dict = dict_new();
    return e->dict ? &e->dict : NULL;
}

/* add_note(note): appends to the __notes__ list, printed after the message. */
static Object *m_add_note(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("add_note", nargs, 1, 1) < 0 || arg_no_kwargs("add_note", kwnames) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return err_set(Exc_TypeError, "note must be a str, not '%T'", args[0]);
    Object **d = instance_dict(self);
    if (!d)
        return NULL;
    Object *notes = dict_get_str(*d, "__notes__");
    if (!notes) {
        if (err_occurred())
            return NULL;
        notes = list_new(0);
        if (!notes || dict_set_str(*d, "__notes__", notes) < 0) {
            XDECREF(notes);
            return NULL;
        }
        DECREF(notes);
    }
    if (!LIST_CHECK(notes))
        return err_set(Exc_TypeError, "Cannot add note: __notes__ is not a list");
    if (list_append(notes, args[0]) < 0)
        return NULL;
    RETURN_NONE;
}

static const MethodDef exc_methods[] = {
    {"__init__", m_init, 0},
    {"__str__", m_str, 0},
    {"__repr__", m_repr, 0},
    {"with_traceback", m_with_traceback, 0},
    {"add_note", m_add_note, 0},
    {NULL, NULL, 0},
};

static Object *get_args(Object *self)
{
    return newref(EXC(self)->args ? EXC(self)->args : tuple_new(0));
}

static int put_args(Object *self, Object *v)
{
    if (!v)
        return err_set(Exc_TypeError, "args may not be deleted"), -1;
    Object *t = tuple_from_iterable(v);
    if (!t)
        return -1;
    set_ref(&EXC(self)->args, t);
    return 0;
}

static Object *get_traceback(Object *self)
{
    return newref(EXC(self)->traceback ? EXC(self)->traceback : None);
}

static Object *get_cause(Object *self)
{
    return newref(EXC(self)->cause ? EXC(self)->cause : None);
}

static Object *get_context(Object *self)
{
    return newref(EXC(self)->context ? EXC(self)->context : None);
}

/* __cause__/__context__ accept None or an exception instance; `what`
 * is "cause" or "context". */
static int check_chain(Object *v, const char *what)
{
    if (!v) {
        err_set(Exc_TypeError, "__%s__ may not be deleted", what);
        return -1;
    }
    if (v != None && !IS_EXC(v)) {
        err_set(Exc_TypeError, "exception %s must be None or derive from BaseException", what);
        return -1;
    }
    return 0;
}

static int put_cause(Object *self, Object *v)
{
    if (check_chain(v, "cause") < 0)
        return -1;
    set_ref(&EXC(self)->cause, v == None ? NULL : newref(v));
    EXC(self)->suppress_context = true;
    return 0;
}

static int put_context(Object *self, Object *v)
{
    if (check_chain(v, "context") < 0)
        return -1;
    set_ref(&EXC(self)->context, v == None ? NULL : newref(v));
    return 0;
}

static Object *get_suppress(Object *self)
{
    return bool_from(EXC(self)->suppress_context);
}

static int put_suppress(Object *self, Object *v)
{
    int b = v ? obj_is_true(v) : 0;
    if (b < 0)
        return -1;
    EXC(self)->suppress_context = b;
    return 0;
}

static Object *get_dict(Object *self)
{
    Object **d = instance_dict(self);
    return d ? newref(*d) : NULL;
}

static int put_dict(Object *self, Object *v)
{
    if (!v || !DICT_CHECK(v)) {
        err_set(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'",
                v ? v : None);
        return -1;
    }
    set_ref(&EXC(self)->dict, newref(v));
    return 0;
}

static const GetSetDef exc_getset[] = {
    {"args", get_args, put_args},
    {"__traceback__", get_traceback, set_traceback},
    {"__cause__", get_cause, put_cause},
    {"__context__", get_context, put_context},
    {"__suppress_context__", get_suppress, put_suppress},
    {"__dict__", get_dict, put_dict},
    {NULL, NULL, NULL},
};

/* One getter/setter pair per family slot: GetSetDef has no closure. */
#define SLOT_ACCESSORS(i)                                               \
    static Object *get_attr##i(Object *self)                            \
    {                                                                   \
        Object *v = EXC(self)->attrs[i];                                \
        return newref(v ? v : None);                                    \
    }                                                                   \
    static int put_attr##i(Object *self, Object *v)                     \
    {                                                                   \
        set_attr(self, i, v);                                           \
        return 0;                                                       \
    }
SLOT_ACCESSORS(0)
SLOT_ACCESSORS(1)
SLOT_ACCESSORS(2)
SLOT_ACCESSORS(3)
SLOT_ACCESSORS(4)
SLOT_ACCESSORS(5)
SLOT_ACCESSORS(6)

static const GetSetDef stopiter_getset[] = {
    {"value", get_attr0, put_attr0}, {NULL, NULL, NULL}};
static const GetSetDef sysexit_getset[] = {
    {"code", get_attr0, put_attr0}, {NULL, NULL, NULL}};
static const GetSetDef import_getset[] = {
    {"name", get_attr0, put_attr0}, {"path", get_attr1, put_attr1},
    {"msg", get_attr2, put_attr2}, {NULL, NULL, NULL}};
static const GetSetDef attribute_getset[] = {
    {"name", get_attr0, put_attr0}, {"obj", get_attr1, put_attr1}, {NULL, NULL, NULL}};
static const GetSetDef name_getset[] = {
    {"name", get_attr0, put_attr0}, {NULL, NULL, NULL}};
static const GetSetDef oserror_getset[] = {
    {"errno", get_attr0, put_attr0}, {"strerror", get_attr1, put_attr1},
    {"filename", get_attr2, put_attr2}, {NULL, NULL, NULL}};
static const GetSetDef syntax_getset[] = {
    {"msg", get_attr0, put_attr0}, {"filename", get_attr1, put_attr1},
    {"lineno", get_attr2, put_attr2}, {"offset", get_attr3, put_attr3},
    {"text", get_attr4, put_attr4}, {"end_lineno", get_attr5, put_attr5},
    {"end_offset", get_attr6, put_attr6}, {NULL, NULL, NULL}};

/* ------------------------------------------------------------------ */
/* The hierarchy                                                       */

Type *Exc_BaseException, *Exc_Exception, *Exc_SystemExit,
    *Exc_KeyboardInterrupt, *Exc_GeneratorExit, *Exc_StopIteration,
    *Exc_ArithmeticError, *Exc_ZeroDivisionError, *Exc_OverflowError,
    *Exc_FloatingPointError, *Exc_AssertionError, *Exc_AttributeError,
    *Exc_LookupError, *Exc_IndexError, *Exc_KeyError, *Exc_NameError,
    *Exc_UnboundLocalError, *Exc_TypeError, *Exc_ValueError,
    *Exc_UnicodeError, *Exc_RuntimeError, *Exc_RecursionError,
    *Exc_NotImplementedError, *Exc_MemoryError, *Exc_ImportError,
    *Exc_ModuleNotFoundError, *Exc_SyntaxError, *Exc_IndentationError,
    *Exc_TabError, *Exc_OSError, *Exc_EOFError, *Exc_StopAsyncIteration,
    *Exc_UnicodeDecodeError, *Exc_UnicodeEncodeError, *Exc_BufferError,
    *Exc_Warning, *Exc_DeprecationWarning, *Exc_UserWarning,
    *Exc_RuntimeWarning, *Exc_FileNotFoundError;

/* Built-in names no C code raises; they exist so that programs can raise,
 * catch and subclass them as in python3. */
static Type *Exc_ReferenceError, *Exc_SystemError, *Exc_UnicodeTranslateError,
    *Exc_TimeoutError, *Exc_PermissionError, *Exc_FileExistsError,
    *Exc_IsADirectoryError, *Exc_NotADirectoryError, *Exc_InterruptedError,
    *Exc_BlockingIOError, *Exc_ChildProcessError, *Exc_ProcessLookupError,
    *Exc_ConnectionError, *Exc_BrokenPipeError, *Exc_ConnectionAbortedError,
    *Exc_ConnectionRefusedError, *Exc_ConnectionResetError,
    *Exc_PendingDeprecationWarning, *Exc_SyntaxWarning, *Exc_FutureWarning,
    *Exc_ImportWarning, *Exc_UnicodeWarning, *Exc_BytesWarning,
    *Exc_ResourceWarning, *Exc_EncodingWarning;

typedef struct {
    Type **slot;
    const char *name;
    Type **parent;          /* NULL: BaseException (parent object) */
    int (*init)(Object *, Object *const *, size_t, Object *);
    UnaryFn str;
    const GetSetDef *getset;
} ExcSpec;

/* Parents before children; a family's init/str/getset are inherited. */
static const ExcSpec specs[] = {
    {&Exc_BaseException, "BaseException", NULL, base_init, base_str, exc_getset},
    {&Exc_Exception, "Exception", &Exc_BaseException, 0, 0, 0},
    {&Exc_SystemExit, "SystemExit", &Exc_BaseException, sysexit_init, 0, sysexit_getset},
    {&Exc_KeyboardInterrupt, "KeyboardInterrupt", &Exc_BaseException, 0, 0, 0},
    {&Exc_GeneratorExit, "GeneratorExit", &Exc_BaseException, 0, 0, 0},
    {&Exc_StopIteration, "StopIteration", &Exc_Exception, stopiter_init, 0, stopiter_getset},
    {&Exc_StopAsyncIteration, "StopAsyncIteration", &Exc_Exception, 0, 0, 0},
    {&Exc_ArithmeticError, "ArithmeticError", &Exc_Exception, 0, 0, 0},
    {&Exc_ZeroDivisionError, "ZeroDivisionError", &Exc_ArithmeticError, 0, 0, 0},
    {&Exc_OverflowError, "OverflowError", &Exc_ArithmeticError, 0, 0, 0},
    {&Exc_FloatingPointError, "FloatingPointError", &Exc_ArithmeticError, 0, 0, 0},
    {&Exc_AssertionError, "AssertionError", &Exc_Exception, 0, 0, 0},
    {&Exc_AttributeError, "AttributeError", &Exc_Exception, 0, 0, attribute_getset},
    {&Exc_LookupError, "LookupError", &Exc_Exception, 0, 0, 0},
    {&Exc_IndexError, "IndexError", &Exc_LookupError, 0, 0, 0},
    {&Exc_KeyError, "KeyError", &Exc_LookupError, 0, keyerror_str, 0},
    {&Exc_NameError, "NameError", &Exc_Exception, 0, 0, name_getset},
    {&Exc_UnboundLocalError, "UnboundLocalError", &Exc_NameError, 0, 0, 0},
    {&Exc_TypeError, "TypeError", &Exc_Exception, 0, 0, 0},
    {&Exc_ValueError, "ValueError", &Exc_Exception, 0, 0, 0},
    {&Exc_UnicodeError, "UnicodeError", &Exc_ValueError, 0, 0, 0},
    {&Exc_UnicodeDecodeError, "UnicodeDecodeError", &Exc_UnicodeError, 0, 0, 0},
    {&Exc_UnicodeEncodeError, "UnicodeEncodeError", &Exc_UnicodeError, 0, 0, 0},
    {&Exc_RuntimeError, "RuntimeError", &Exc_Exception, 0, 0, 0},
    {&Exc_RecursionError, "RecursionError", &Exc_RuntimeError, 0, 0, 0},
    {&Exc_NotImplementedError, "NotImplementedError", &Exc_RuntimeError, 0, 0, 0},
    {&Exc_MemoryError, "MemoryError", &Exc_Exception, 0, 0, 0},
    {&Exc_ImportError, "ImportError", &Exc_Exception, import_init, import_str, import_getset},
    {&Exc_ModuleNotFoundError, "ModuleNotFoundError", &Exc_ImportError, 0, 0, 0},
    {&Exc_SyntaxError, "SyntaxError", &Exc_Exception, syntax_init, syntax_str, syntax_getset},
    {&Exc_IndentationError, "IndentationError", &Exc_SyntaxError, 0, 0, 0},
    {&Exc_TabError, "TabError", &Exc_IndentationError, 0, 0, 0},
    {&Exc_OSError, "OSError", &Exc_Exception, oserror_init, oserror_str, oserror_getset},
    {&Exc_FileNotFoundError, "FileNotFoundError", &Exc_OSError, 0, 0, 0},
    {&Exc_EOFError, "EOFError", &Exc_Exception, 0, 0, 0},
    {&Exc_BufferError, "BufferError", &Exc_Exception, 0, 0, 0},
    {&Exc_Warning, "Warning", &Exc_Exception, 0, 0, 0},
    {&Exc_DeprecationWarning, "DeprecationWarning", &Exc_Warning, 0, 0, 0},
    {&Exc_UserWarning, "UserWarning", &Exc_Warning, 0, 0, 0},
    {&Exc_RuntimeWarning, "RuntimeWarning", &Exc_Warning, 0, 0, 0},
    {&Exc_ReferenceError, "ReferenceError", &Exc_Exception, 0, 0, 0},
    {&Exc_SystemError, "SystemError", &Exc_Exception, 0, 0, 0},
    {&Exc_UnicodeTranslateError, "UnicodeTranslateError", &Exc_UnicodeError, 0, 0, 0},
    {&Exc_TimeoutError, "TimeoutError", &Exc_OSError, 0, 0, 0},
    {&Exc_PermissionError, "PermissionError", &Exc_OSError, 0, 0, 0},
    {&Exc_FileExistsError, "FileExistsError", &Exc_OSError, 0, 0, 0},
    {&Exc_IsADirectoryError, "IsADirectoryError", &Exc_OSError, 0, 0, 0},
    {&Exc_NotADirectoryError, "NotADirectoryError", &Exc_OSError, 0, 0, 0},
    {&Exc_InterruptedError, "InterruptedError", &Exc_OSError, 0, 0, 0},
    {&Exc_BlockingIOError, "BlockingIOError", &Exc_OSError, 0, 0, 0},
    {&Exc_ChildProcessError, "ChildProcessError", &Exc_OSError, 0, 0, 0},
    {&Exc_ProcessLookupError, "ProcessLookupError", &Exc_OSError, 0, 0, 0},
    {&Exc_ConnectionError, "ConnectionError", &Exc_OSError, 0, 0, 0},
    {&Exc_BrokenPipeError, "BrokenPipeError", &Exc_ConnectionError, 0, 0, 0},
    {&Exc_ConnectionAbortedError, "ConnectionAbortedError", &Exc_ConnectionError, 0, 0, 0},
    {&Exc_ConnectionRefusedError, "ConnectionRefusedError", &Exc_ConnectionError, 0, 0, 0},
    {&Exc_ConnectionResetError, "ConnectionResetError", &Exc_ConnectionError, 0, 0, 0},
    {&Exc_PendingDeprecationWarning, "PendingDeprecationWarning", &Exc_Warning, 0, 0, 0},
    {&Exc_SyntaxWarning, "SyntaxWarning", &Exc_Warning, 0, 0, 0},
    {&Exc_FutureWarning, "FutureWarning", &Exc_Warning, 0, 0, 0},
    {&Exc_ImportWarning, "ImportWarning", &Exc_Warning, 0, 0, 0},
    {&Exc_UnicodeWarning, "UnicodeWarning", &Exc_Warning, 0, 0, 0},
    {&Exc_BytesWarning, "BytesWarning", &Exc_Warning, 0, 0, 0},
    {&Exc_ResourceWarning, "ResourceWarning", &Exc_Warning, 0, 0, 0},
    {&Exc_EncodingWarning, "EncodingWarning", &Exc_Warning, 0, 0, 0},
};

enum { NSPECS = sizeof specs / sizeof specs[0] };
static Type exc_types[NSPECS];

/* The built-in exception types in definition order (builtins.c installs
 * them); NULL past the end. */
Type *exc_builtin_type(size_t i)
{
    return i < NSPECS ? &exc_types[i] : NULL;
}

static int make_type(Type *t, const ExcSpec *s)
{
    OBJ(t)->refcnt = 1;
    OBJ(t)->type = &Type_type;
    t->name = s->name;
    t->basicsize = sizeof(ExcObject);
    t->flags = TF_GC | TF_BASETYPE | TF_EXC_SUBCLASS;
    t->dictoffset = offsetof(ExcObject, dict);
    t->new_ = exc_type_new;
    t->init = s->init;
    t->str = s->str;
    t->getset = s->getset;
    if (s->parent) {
        Type *p = *s->parent;
        PARENT(t) = p;
        /* Inherit the family explicitly: type_ready may only copy the
         * slots left NULL, which is the same, but this states it. */
        if (!t->init)
            t->init = p->init;
        if (!t->str)
            t->str = p->str;
    } else {
        t->dealloc = exc_dealloc;
        t->traverse = exc_traverse;
        t->clear = exc_clear;
        t->repr = exc_repr;
        t->methods = exc_methods;
    }
    *s->slot = t;
    return type_ready(t);
}

int exc_init(void)
{
    if (type_ready(&Traceback_type) < 0)
        return -1;
    for (size_t i = 0; i < NSPECS; i++)
        if (make_type(&exc_types[i], &specs[i]) < 0)
            return -1;
    Object *mem = alloc_exc(Exc_MemoryError, NULL, 0);
    if (!mem)
        return -1;
    errors_set_memory_error(mem);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Printing an uncaught exception (python3 3.11's PyErr_Display)      */

enum { TB_LIMIT = 1000, TB_RECURSIVE_CUTOFF = 3 };

static void put(const char *s)
{
    rt_write_err(s, strlen(s));
}

static void put_obj_str(Object *s)
{
    rt_write_err(str_utf8(s), str_nbytes(s));
}

static void putf(const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        rt_write_err(buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* Line `lineno` of the file into sb (without its newline); false when
 * the file or the line does not exist (e.g. "<string>"). */
static bool read_source_line(const char *filename, long lineno, StrBuilder *sb)
{
    FILE *f = fopen(filename, "r");
    if (!f)
        return false;
    long line = 1;
    int c;
    while (line < lineno && (c = getc(f)) != EOF)
        if (c == '\n')
            line++;
    bool found = line == lineno;
    if (found)
        while ((c = getc(f)) != EOF && c != '\n')
            sb_add_char(sb, (char)c);
    fclose(f);
    return found && !sb->failed;
}

static void print_source_line(Object *filename, long lineno)
{
    StrBuilder sb;
    sb_init(&sb);
    if (STR_CHECK(filename) && read_source_line(str_utf8(filename), lineno, &sb)) {
        size_t a = 0, b = sb.len;
        while (a < b && strchr(" \t\f\r", sb.buf[a]))
            a++;
        while (b > a && strchr(" \t\f\r", sb.buf[b - 1]))
            b--;
        if (b > a) {
            put("    ");
            rt_write_err(sb.buf + a, b - a);
            put("\n");
        }
    }
    sb_discard(&sb);
}

static void print_entry(Object *entry)
{
    Object *file = TUPLE_ITEMS(entry)[0], *func = TUPLE_ITEMS(entry)[1];
    long line = (long)int_as_i64(TUPLE_ITEMS(entry)[2]);
    put("  File \"");
    put_obj_str(file);
    putf("\", line %ld, in ", line);
    put_obj_str(func);
    put("\n");
    print_source_line(file, line);
}

static bool same_entry(Object *a, Object *b)
{
    for (int i = 0; i < 3; i++)
        if (obj_richcompare_bool(TUPLE_ITEMS(a)[i], TUPLE_ITEMS(b)[i], CMP_EQ) != 1)
            return false;
    return true;
}

static void print_repeated(long cnt)
{
    cnt -= TB_RECURSIVE_CUTOFF;
    putf("  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

/* Outermost entry first; runs of identical entries (recursion) collapse
 * after three, and only the innermost TB_LIMIT entries are shown. */
static void print_traceback(Object *tb)
{
    Object *entries = tb ? ((TracebackObject *)tb)->entries : NULL;
    if (!entries || VAR_SIZE(entries) == 0)
        return;
    put("Traceback (most recent call last):\n");
    intptr_t n = VAR_SIZE(entries);
    Object *last = NULL;
    long cnt = 0;
    for (intptr_t i = (n > TB_LIMIT ? TB_LIMIT : n) - 1; i >= 0; i--) {
        Object *e = LIST_ITEMS(entries)[i];
        if (!last || !same_entry(last, e)) {
            if (cnt > TB_RECURSIVE_CUTOFF)
                print_repeated(cnt);
            last = e;
            cnt = 0;
        }
        if (++cnt <= TB_RECURSIVE_CUTOFF)
            print_entry(e);
    }
    if (cnt > TB_RECURSIVE_CUTOFF)
        print_repeated(cnt);
    err_clear();   /* a failed comparison must not leak out of printing */
}

static long attr_long(Object *v, long dflt)
{
    int64_t x;
    if (v && INT_CHECK(v) && int_to_i64(v, &x) == 0)
        return (long)x;
    return dflt;
}

/* The source line and caret of a SyntaxError: leading whitespace is
 * stripped and the caret span shifted with it; a caret left of the text
 * is not printed (CPython's print_error_text). */
static void print_error_text(const char *text, long offset, long end_offset)
{
    offset--;
    end_offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
        end_offset--;
    }
    long len = (long)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (const char *nl; (nl = strchr(text, '\n')) && nl - text < offset;) {
        long skip = (long)(nl - text) + 1;
        text += skip;
        len -= skip;
        offset -= skip;
        end_offset -= skip;
    }
    put("    ");
    rt_write_err(text, (size_t)len);
    put("\n");
    if (offset < 0)
        return;
    put("    ");
    for (long i = 0; i < offset; i++)
        put(" ");
    long carets = end_offset > offset ? end_offset - offset : 1;
    for (long i = 0; i < carets; i++)
        put("^");
    put("\n");
}

static void print_syntax_location(Object *exc)
{
    Object **a = EXC(exc)->attrs;
    put("  File \"");
    if (a[S_FILENAME] && STR_CHECK(a[S_FILENAME]))
        put_obj_str(a[S_FILENAME]);
    else
        put("<string>");
    long lineno = attr_long(a[S_LINENO], 1);
    putf("\", line %ld\n", lineno);
    Object *text = a[S_TEXT];
    if (!text || !STR_CHECK(text))
        return;
    long offset = attr_long(a[S_OFFSET], -1);
    long end_offset = attr_long(a[S_END_OFFSET], -1);
    long size = (long)str_length(text);
    if (attr_long(a[S_END_LINENO], lineno) > lineno)
        end_offset = size;
    if (end_offset > size + 1)
        end_offset = size + 1;
    print_error_text(str_utf8(text), offset, end_offset);
}

/* builtins and __main__ classes print bare; others as module.QualName. */
static void print_type_name(Type *t)
{
    if (TYPE_FLAG(t, TF_HEAPTYPE) && t->dict) {
        Object *mod = dict_get_str(t->dict, "__module__");
        if (mod && STR_CHECK(mod) && !str_equal_cstr(mod, "builtins") &&
            !str_equal_cstr(mod, "__main__")) {
            put_obj_str(mod);
            put(".");
        }
        Object *qual = obj_getattr_str(OBJ(t), "__qualname__");
        bool printed = qual && STR_CHECK(qual);
        if (printed)
            put_obj_str(qual);
        XDECREF(qual);
        if (printed)
            return;
    }
    err_clear();
    put(type_name(t));
}

static void print_notes(Object *exc)
{
    Object *d = EXC(exc)->dict;
    Object *notes = d ? dict_get_str(d, "__notes__") : NULL;
    if (!notes || !LIST_CHECK(notes))
        return;
    for (intptr_t i = 0; i < VAR_SIZE(notes); i++) {
        Object *s = obj_str(LIST_ITEMS(notes)[i]);
        if (s) {
            put_obj_str(s);
            DECREF(s);
        } else {
            err_clear();
            put("<note str() failed>");
        }
        put("\n");
    }
}

/* ---- "Did you mean" (CPython 3.11's Python/suggestions.c) ---- */

enum { MAX_CANDIDATES = 750, MAX_STRING_SIZE = 40, MOVE_COST = 2, CASE_COST = 1 };

static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if ('A' <= a && a <= 'Z')
        a += 'a' - 'A';
    if ('A' <= b && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

/* Edit distance with moves costing 2 and case changes 1, giving up
 * (max_cost + 1) as soon as max_cost is exceeded. */
static size_t levenshtein(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    while (na && nb && a[0] == b[0])
        a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > MAX_STRING_SIZE || nb > MAX_STRING_SIZE)
        return max_cost + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        size_t n = na; na = nb; nb = n;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t row[MAX_STRING_SIZE];
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        size_t distance = result = bi * MOVE_COST, minimum = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = distance + substitution_cost(b[bi], a[i]);
            distance = row[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* The closest str of list `names` to name (borrowed), or NULL. */
static Object *closest(Object *names, Object *name)
{
    if (!names || VAR_SIZE(names) >= MAX_CANDIDATES)
        return NULL;
    const char *n = str_utf8(name);
    size_t nn = str_nbytes(name), best_distance = SIZE_MAX;
    Object *best = NULL;
    for (intptr_t i = 0; i < VAR_SIZE(names); i++) {
        Object *item = LIST_ITEMS(names)[i];
        if (!STR_CHECK(item) || str_equal(item, name))
            continue;
        size_t ni = str_nbytes(item);
        size_t max = (nn + ni + 3) * MOVE_COST / 6;
        if (best && best_distance - 1 < max)
            max = best_distance - 1;
        size_t d = levenshtein(n, nn, str_utf8(item), ni, max);
        if (d <= max && (!best || d < best_distance)) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

/* The name a NameError is about: its name attribute, or the one its
 * message "name 'x' is not defined" quotes. */
static Object *name_error_name(Object *exc)
{
    Object *name = EXC(exc)->attrs[A_ATTR_NAME];
    if (name && STR_CHECK(name))
        return newref(name);
    Object *args = EXC(exc)->args;
    if (!args || VAR_SIZE(args) != 1 || !STR_CHECK(TUPLE_ITEMS(args)[0]))
        return NULL;
    const char *m = str_utf8(TUPLE_ITEMS(args)[0]);
    const char *end = strstr(m, "' is not defined");
    if (strncmp(m, "name '", 6) != 0 || !end || end < m + 6)
        return NULL;
    return str_from_utf8(m + 6, (size_t)(end - m - 6));
}

/* Candidates for a NameError, as CPython: the failing code's local names
 * (when the raiser noted them), the globals, then the builtins.  The
 * globals are the main module's: the failing frame's are gone. */
static Object *suggest_name(Object *exc)
{
    Object *name = name_error_name(exc);
    if (!name)
        return NULL;
    Object *varnames = EXC(exc)->attrs[A_ATTR_OBJ];
    Object *main = dict_get_str(module_modules(), "__main__");
    Object *found = NULL;
    if (varnames && TUPLE_CHECK(varnames)) {
        Object *l = list_from_iterable(varnames);
        found = closest(l, name);
        XINCREF(found);
        XDECREF(l);
    }
    Object *scopes[2] = {main && MODULE_CHECK(main) ? module_dict(main) : NULL, builtins_dict()};
    for (int i = 0; i < 2 && !found; i++) {
        Object *keys = scopes[i] ? dict_keys_list(scopes[i]) : NULL;
        found = closest(keys, name);
        XINCREF(found);
        XDECREF(keys);
    }
    DECREF(name);
    return found;
}

/* python3's suggestion for an AttributeError or NameError (new ref);
 * like CPython 3.11, never for their subclasses. */
static Object *suggestion(Object *exc)
{
    Object *found = NULL;
    if (TYPE(exc) == Exc_AttributeError) {
        Object *name = EXC(exc)->attrs[A_ATTR_NAME], *obj = EXC(exc)->attrs[A_ATTR_OBJ];
        if (!name || !obj || !STR_CHECK_EXACT(name))
            return NULL;
        Object *names = builtins_dir(obj);
        found = closest(names, name);
        XINCREF(found);
        XDECREF(names);
    } else if (TYPE(exc) == Exc_NameError) {
        found = suggest_name(exc);
    }
    err_clear();
    return found;
}

static void print_message(Object *exc)
{
    /* Like CPython, a SyntaxError shows its location only when it has an
     * int lineno; otherwise it prints as any exception. */
    Object *lineno = EXC(exc)->attrs[S_LINENO];
    bool syntax = obj_is_instance_of(exc, Exc_SyntaxError) && lineno && INT_CHECK(lineno);
    if (syntax)
        print_syntax_location(exc);
    Object *msg = EXC(exc)->attrs[S_MSG];
    Object *s = syntax ? obj_str(msg ? msg : None) : obj_str(exc);
    print_type_name(TYPE(exc));
    if (!s) {
        err_clear();
        put(": <exception str() failed>");
    } else if (str_nbytes(s) > 0) {
        put(": ");
        put_obj_str(s);
    }
    XDECREF(s);
    Object *hint = suggestion(exc);
    if (hint) {
        put(". Did you mean: '");
        put_obj_str(hint);
        put("'?");
        DECREF(hint);
    }
    put("\n");
    print_notes(exc);
}

typedef struct Seen {
    Object *exc;
    const struct Seen *next;
} Seen;

static bool seen_has(const Seen *s, Object *exc)
{
    for (; s; s = s->next)
        if (s->exc == exc)
            return true;
    return false;
}

/* Causes and contexts first, oldest outermost; `seen` breaks cycles. */
static void print_chain(Object *exc, const Seen *seen, int depth)
{
    Seen me = {exc, seen};
    ExcObject *e = EXC(exc);
    if (depth < 100) {
        if (e->cause && IS_EXC(e->cause) && !seen_has(&me, e->cause)) {
            print_chain(e->cause, &me, depth + 1);
            put("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context && IS_EXC(e->context) && !e->suppress_context &&
                   !seen_has(&me, e->context)) {
            print_chain(e->context, &me, depth + 1);
            put("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    print_traceback(e->traceback);
    print_message(exc);
}

void exc_print(Object *exc)
{
    Object *pending = err_fetch();
    if (IS_EXC(exc)) {
        print_chain(exc, NULL, 0);
    } else {
        Object *s = obj_repr(exc);
        if (s) {
            put_obj_str(s);
            DECREF(s);
        }
        put("\n");
    }
    err_clear();
    err_restore(pending);
}

void err_write_unraisable(Object *where)
{
    err_write_unraisable_in("Exception ignored in", where);
}

void err_write_unraisable_in(const char *what, Object *where)
{
    Object *exc = err_fetch();
    Object *r = obj_repr(where);
    if (r) {
        rt_write_err(what, strlen(what));
        rt_write_err(": ", 2);
        rt_write_err(str_utf8(r), str_nbytes(r));
        rt_write_err("\n", 1);
        DECREF(r);
    }
    err_clear();
    exc_print(exc);
    DECREF(exc);
}

Object *exc_syntax_error(Type *type, const char *msg, const char *filename,
                         int lineno, int offset, const char *text,
                         int end_lineno, int end_offset)
{
    Object *m = str_from_cstr(msg);
    Object *f = str_from_cstr(filename ? filename : "<string>");
    Object *l = int_from_i64(lineno);
    Object *o = int_from_i64(offset);
    Object *t = text ? str_from_cstr(text) : newref(None);
    Object *el = int_from_i64(end_lineno);
    Object *eo = int_from_i64(end_offset);
    Object *info = NULL, *exc = NULL;
    if (m && f && l && o && t && el && eo)
        info = tuple_pack(6, f, l, o, t, el, eo);
    if (info) {
        Object *args[2] = {m, info};
        exc = exc_new(type, args, 2);
    }
    XDECREF(m); XDECREF(f); XDECREF(l); XDECREF(o);
    XDECREF(t); XDECREF(el); XDECREF(eo); XDECREF(info);
    return exc;
}
