/* func.c — functions, cells, bound methods and generators.
 * Calling a function and resuming a generator are the VM's business
 * (vm.c); this file holds the objects and their attribute protocol. */
#include <stddef.h>
#include "func.h"
#include "weakref.h"
#include "gc.h"
#include "mem.h"
#include "err.h"
#include "str.h"
#include "dict.h"
#include "list.h"
#include "int.h"

/* ---- functions ---- */

Object *function_new(Object *code, Object *globals, Object *qualname)
{
    CodeObject *co = (CodeObject *)code;
    FunctionObject *fn = (FunctionObject *)obj_alloc(&Function_type);
    if (!fn)
        return NULL;
    fn->code = NEWREF(code);
    fn->globals = NEWREF(globals);
    fn->name = NEWREF(co->name);
    fn->qualname = NEWREF(qualname ? qualname : co->name);
    Object *modname = dict_get_str(globals, "__name__");
    if (modname)
        fn->module = NEWREF(modname);
    else if (err_occurred())
        err_clear();
    gc_track(OBJ(fn));
    return OBJ(fn);
}

static int function_traverse(Object *o, VisitFn visit, void *arg)
{
    FunctionObject *fn = (FunctionObject *)o;
    Object *refs[] = {fn->code, fn->globals, fn->name, fn->qualname,
                      fn->defaults, fn->kwdefaults, fn->closure, fn->dict,
                      fn->module, fn->doc, fn->annotations};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static void function_clear(Object *o)
{
    FunctionObject *fn = (FunctionObject *)o;
    CLEAR(fn->globals);
    CLEAR(fn->defaults);
    CLEAR(fn->kwdefaults);
    CLEAR(fn->closure);
    CLEAR(fn->dict);
    CLEAR(fn->module);
    CLEAR(fn->doc);
    CLEAR(fn->annotations);
}

static void function_dealloc(Object *o)
{
    FunctionObject *fn = (FunctionObject *)o;
    gc_untrack(o);
    function_clear(o);
    CLEAR(fn->code);
    CLEAR(fn->name);
    CLEAR(fn->qualname);
    obj_free(o);
}

static Object *function_repr(Object *o)
{
    return str_format("<function %U at %p>", ((FunctionObject *)o)->qualname, (void *)o);
}

static Object *function_descr_get(Object *fn, Object *obj, Object *owner)
{
    (void)owner;
    if (!obj || obj == None)
        return NEWREF(fn);
    return method_new(fn, obj);
}

static Object *fn_get_name(Object *o) { return NEWREF(((FunctionObject *)o)->name); }
static Object *fn_get_qualname(Object *o) { return NEWREF(((FunctionObject *)o)->qualname); }

static int set_str_field(Object **field, Object *value, const char *what)
{
    if (!value || !STR_CHECK(value)) {
        err_set(Exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    replace_ref(&*field, NEWREF(value));
    return 0;
}

static int fn_set_name(Object *o, Object *v)
{
    return set_str_field(&((FunctionObject *)o)->name, v, "__name__");
}

static int fn_set_qualname(Object *o, Object *v)
{
    return set_str_field(&((FunctionObject *)o)->qualname, v, "__qualname__");
}

#define OPT_FIELD_GETSET(field)                                         \
    static Object *fn_get_##field(Object *o)                            \
    {                                                                   \
        Object *v = ((FunctionObject *)o)->field;                       \
        return NEWREF(v ? v : None);                                    \
    }                                                                   \
    static int fn_set_##field(Object *o, Object *v)                     \
    {                                                                   \
        replace_ref(&((FunctionObject *)o)->field, v && v != None ? NEWREF(v) : NULL); \
        return 0;                                                       \
    }
OPT_FIELD_GETSET(doc)
OPT_FIELD_GETSET(module)
OPT_FIELD_GETSET(defaults)
OPT_FIELD_GETSET(kwdefaults)

static Object *fn_get_code(Object *o) { return NEWREF(((FunctionObject *)o)->code); }
static Object *fn_get_globals(Object *o) { return NEWREF(((FunctionObject *)o)->globals); }

static Object *fn_get_closure(Object *o)
{
    Object *c = ((FunctionObject *)o)->closure;
    return NEWREF(c ? c : None);
}

static Object *fn_get_dict(Object *o)
{
    FunctionObject *fn = (FunctionObject *)o;
    if (!fn->dict && !(fn->dict = dict_new()))
        return NULL;
    return NEWREF(fn->dict);
}

/* __annotations__: made empty on first read (as in CPython), settable to
 * a dict only; deleting it forgets it. */
static Object *fn_get_annotations(Object *o)
{
    FunctionObject *fn = (FunctionObject *)o;
    if (!fn->annotations && !(fn->annotations = dict_new()))
        return NULL;
    return NEWREF(fn->annotations);
}

static int fn_set_annotations(Object *o, Object *v)
{
    if (v && v != None && !DICT_CHECK(v)) {
        err_set(Exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    replace_ref(&((FunctionObject *)o)->annotations, v && v != None ? NEWREF(v) : NULL);
    return 0;
}

static const GetSetDef function_getset[] = {
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__module__", fn_get_module, fn_set_module},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__code__", fn_get_code, NULL},
    {"__globals__", fn_get_globals, NULL},
    {"__closure__", fn_get_closure, NULL},
    {"__dict__", fn_get_dict, NULL},
    {NULL, NULL, NULL},
};

Type Function_type = {
    .base = {1, &Type_type},
    .name = "function",
    .basicsize = sizeof(FunctionObject),
    .flags = TF_GC,
    .dictoffset = offsetof(FunctionObject, dict),
    .weaklistoffset = offsetof(FunctionObject, weaklist),
    .dealloc = function_dealloc,
    .traverse = function_traverse,
    .clear = function_clear,
    .repr = function_repr,
    .call = vm_call_function,
    .descr_get = function_descr_get,
    .getset = function_getset,
};

/* ---- cells ---- */

Object *cell_new(Object *contents)
{
    CellObject *c = (CellObject *)obj_alloc(&Cell_type);
    if (!c)
        return NULL;
    if (contents)
        c->ref = NEWREF(contents);
    gc_track(OBJ(c));
    return OBJ(c);
}

static int cell_traverse(Object *o, VisitFn visit, void *arg)
{
    Object *r = ((CellObject *)o)->ref;
    return r ? visit(r, arg) : 0;
}

static void cell_clear(Object *o) { CLEAR(((CellObject *)o)->ref); }

static void cell_dealloc(Object *o)
{
    gc_untrack(o);
    cell_clear(o);
    obj_free(o);
}

static Object *cell_repr(Object *o)
{
    Object *r = ((CellObject *)o)->ref;
    if (!r)
        return str_format("<cell at %p: empty>", (void *)o);
    return str_format("<cell at %p: %s object at %p>", (void *)o,
                      obj_type_name(r), (void *)r);
}

static Object *cell_get_contents(Object *o)
{
    Object *r = ((CellObject *)o)->ref;
    if (!r)
        return err_set(Exc_ValueError, "Cell is empty");
    return NEWREF(r);
}

static int cell_set_contents(Object *o, Object *v)
{
    replace_ref(&((CellObject *)o)->ref, v ? NEWREF(v) : NULL);
    return 0;
}

static const GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

Type Cell_type = {
    .base = {1, &Type_type},
    .name = "cell",
    .basicsize = sizeof(CellObject),
    .flags = TF_GC,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
    .getset = cell_getset,
};

/* ---- bound methods ---- */

Object *method_new(Object *func, Object *self)
{
    MethodObject *m = (MethodObject *)obj_alloc(&Method_type);
    if (!m)
        return NULL;
    m->func = NEWREF(func);
    m->self = NEWREF(self);
    gc_track(OBJ(m));
    return OBJ(m);
}

/* types.MethodType(func, obj): python3's checks and messages. */
static Object *method_new_slot(Object *type, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("method", kwnames) < 0)
        return NULL;
    if (nargs != 2)
        return err_set(Exc_TypeError, "method expected 2 arguments, got %zu", nargs);
    if (!obj_is_callable(args[0]))
        return err_set(Exc_TypeError, "first argument must be callable");
    if (args[1] == None)
        return err_set(Exc_TypeError, "instance must not be None");
    return method_new(args[0], args[1]);
}

static int method_traverse(Object *o, VisitFn visit, void *arg)
{
    MethodObject *m = (MethodObject *)o;
    if (m->func && visit(m->func, arg))
        return 1;
    return m->self ? visit(m->self, arg) : 0;
}

static void method_clear(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    CLEAR(m->func);
    CLEAR(m->self);
}

static void method_dealloc(Object *o)
{
    gc_untrack(o);
    method_clear(o);
    obj_free(o);
}

/* Prepend self to the arguments; a small call uses a C array on the
 * stack, so the common bound-method call allocates nothing. */
static Object *method_call(Object *o, Object *const *args, size_t nargs, Object *kwnames)
{
    MethodObject *m = (MethodObject *)o;
    size_t total = nargs + NKW(kwnames);
    Object *small[16];
    Object **buf = small;
    if (total + 1 > 16) {
        buf = mem_alloc((total + 1) * sizeof(Object *));
        if (!buf)
            return err_no_memory();
    }
    buf[0] = m->self;
    for (size_t i = 0; i < total; i++)
        buf[i + 1] = args[i];
    Object *func = NEWREF(m->func);   /* m may die during the call */
    Object *res = obj_call(func, buf, nargs + 1, kwnames);
    DECREF(func);
    if (buf != small)
        mem_free(buf);
    return res;
}

static Object *method_repr(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    Object *name = NULL;
    if (obj_lookup_attr(m->func, str_intern_cstr("__qualname__"), &name) < 0)
        return NULL;
    if (!name)
        name = str_from_cstr("?");
    if (!name)
        return NULL;
    Object *r = str_format("<bound method %S of %R>", name, m->self);
    DECREF(name);
    return r;
}

static Object *method_richcompare(Object *a, Object *b, CompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(b) != &Method_type)
        return NEWREF(NotImplemented);
    MethodObject *x = (MethodObject *)a, *y = (MethodObject *)b;
    int eq = x->self == y->self;
    if (eq) {
        eq = obj_richcompare_bool(x->func, y->func, CMP_EQ);
        if (eq < 0)
            return NULL;
    }
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static intptr_t method_hash(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    intptr_t h = obj_hash(m->func);
    if (h == -1)
        return -1;
    h ^= (intptr_t)((uintptr_t)m->self >> 4);
    return h == -1 ? -2 : h;
}

/* Attributes not found on the method come from the function
 * (m.__name__, m.__doc__, ...). */
static Object *method_getattr(Object *o, Object *name)
{
    Object *r = obj_generic_getattr(o, name);
    if (r || !err_matches(Exc_AttributeError))
        return r;
    err_clear();
    return obj_getattr(((MethodObject *)o)->func, name);
}

static Object *method_get_self(Object *o) { return NEWREF(((MethodObject *)o)->self); }
static Object *method_get_func(Object *o) { return NEWREF(((MethodObject *)o)->func); }

static const GetSetDef method_getset[] = {
    {"__self__", method_get_self, NULL},
    {"__func__", method_get_func, NULL},
    {NULL, NULL, NULL},
};

Type Method_type = {
    .base = {1, &Type_type},
    .name = "method",
    .basicsize = sizeof(MethodObject),
    .flags = TF_GC,
    .weaklistoffset = offsetof(MethodObject, weaklist),
    .dealloc = method_dealloc,
    .new_ = method_new_slot,
    .traverse = method_traverse,
    .clear = method_clear,
    .repr = method_repr,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .getattr = method_getattr,
    .call = method_call,
    .getset = method_getset,
};

/* ---- generators ---- */

Object *generator_new(Frame *f)
{
    GeneratorObject *g = (GeneratorObject *)obj_alloc(&Generator_type);
    if (!g) {
        vm_frame_release(f);
        return NULL;
    }
    g->frame = f;
    f->gen = OBJ(g);
    g->name = NEWREF(f->code->name);
    g->qualname = NEWREF(f->func ? f->func->qualname : f->code->qualname);
    gc_track(OBJ(g));
    return OBJ(g);
}

static int gen_traverse(Object *o, VisitFn visit, void *arg)
{
    GeneratorObject *g = (GeneratorObject *)o;
    if (g->frame && vm_frame_traverse(g->frame, visit, arg))
        return 1;
    if (g->name && visit(g->name, arg))
        return 1;
    if (g->exc_state && visit(g->exc_state, arg))
        return 1;
    return g->qualname ? visit(g->qualname, arg) : 0;
}

static void gen_clear(Object *o)
{
    GeneratorObject *g = (GeneratorObject *)o;
    Frame *f = g->frame;
    if (f && !g->running) {
        g->frame = NULL;
        vm_frame_release(f);
    }
    CLEAR(g->exc_state);
}

static Object *gen_close(Object *self, Object *const *args, size_t nargs, Object *kwnames);

/* Suspended inside try/finally or with: its cleanup code must run. */
static bool gen_needs_close(GeneratorObject *g)
{
    return g->frame && g->frame->nblocks > 0 && g->frame->ip != g->frame->code->code;
}

/* The PEP 442 finalizer, run when the last reference goes or when the
 * collector finds the generator in cyclic garbage: close() it, as in
 * CPython; an exception from the cleanup code is reported, not raised. */
static void gen_finalize(Object *o)
{
    if (!gen_needs_close((GeneratorObject *)o))
        return;
    Object *saved = err_fetch();
    Object *r = gen_close(o, NULL, 0, NULL);
    if (r)
        DECREF(r);
    else
        err_write_unraisable(o);
    if (saved)
        err_restore(saved);
}

static void gen_dealloc(Object *o)
{
    GeneratorObject *g = (GeneratorObject *)o;
    gc_untrack(o);
    weakref_clear_all(o);   /* as python3: before close() runs */
    if (gen_needs_close(g)) {
        o->refcnt = 1;                /* alive while close() runs */
        gen_finalize(o);
        if (--o->refcnt > 0) {        /* resurrected by the cleanup code */
            gc_track(o);
            return;
        }
    }
    gen_clear(o);
    CLEAR(g->name);
    CLEAR(g->qualname);
    obj_free(o);
}

static Object *gen_repr(Object *o)
{
    return str_format("<generator object %U at %p>", ((GeneratorObject *)o)->qualname, (void *)o);
}

static Object *stop_with(Object *ret);

/* A return value other than None travels in StopIteration (next(g)). */
static Object *gen_iternext(Object *o)
{
    Object *ret = NULL;
    Object *r = vm_gen_resume((GeneratorObject *)o, None, NULL, &ret);
    if (ret && ret != None)
        return stop_with(ret);
    XDECREF(ret);
    return r;
}

/* Turn "returned" (NULL, no exception) into StopIteration(value). */
static Object *stop_with(Object *ret)
{
    if (!ret || ret == None) {
        XDECREF(ret);
        err_set_obj(Exc_StopIteration, NULL);
        return NULL;
    }
    Object *exc = exc_new(Exc_StopIteration, &ret, 1);
    DECREF(ret);
    if (exc)
        err_restore(exc);
    return NULL;
}

static Object *gen_send(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("send", kwnames) < 0 || arg_count("send", nargs, 1, 1) < 0)
        return NULL;
    GeneratorObject *g = (GeneratorObject *)self;
    if (g->frame && g->frame->ip == g->frame->code->code && args[0] != None)
        return err_set(Exc_TypeError, "can't send non-None value to a just-started generator");
    Object *ret = NULL;
    Object *r = vm_gen_resume(g, args[0], NULL, &ret);
    if (r || err_occurred())
        return r;
    return stop_with(ret);
}

/* gen.throw(type[, value]) or gen.throw(instance). */
static Object *make_thrown(Object *typ, Object *val)
{
    if (obj_is_instance_of(typ, &Type_type) &&
        TYPE_FLAG((Type *)typ, TF_EXC_SUBCLASS)) {
        if (val && obj_is_instance_of(val, (Type *)typ))
            return NEWREF(val);
        if (val && val != None)
            return obj_call1(typ, val);
        return obj_call0(typ);
    }
    if (TYPE_FLAG(TYPE(typ), TF_EXC_SUBCLASS)) {
        if (val && val != None)
            return err_set(Exc_TypeError, "instance exception may not have a separate value");
        return NEWREF(typ);
    }
    return err_set(Exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %T", typ);
}

static Object *gen_throw(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("throw", kwnames) < 0 || arg_count("throw", nargs, 1, 3) < 0)
        return NULL;
    Object *exc = make_thrown(args[0], nargs > 1 ? args[1] : NULL);
    if (!exc)
        return NULL;
    Object *ret = NULL;
    Object *r = vm_gen_resume((GeneratorObject *)self, NULL, exc, &ret);
    DECREF(exc);
    if (r || err_occurred())
        return r;
    return stop_with(ret);
}

static Object *gen_close(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_no_kwargs("close", kwnames) < 0 || arg_count("close", nargs, 0, 0) < 0)
        return NULL;
    GeneratorObject *g = (GeneratorObject *)self;
    if (!g->frame)
        RETURN_NONE;
    if (g->frame->ip == g->frame->code->code) {   /* never started: just drop it */
        Frame *f = g->frame;
        g->frame = NULL;
        vm_frame_release(f);
        RETURN_NONE;
    }
    Object *exc = exc_new(Exc_GeneratorExit, NULL, 0);
    if (!exc)
        return NULL;
    Object *ret = NULL;
    Object *r = vm_gen_resume(g, NULL, exc, &ret);
    DECREF(exc);
    if (r) {
        DECREF(r);
        return err_set(Exc_RuntimeError, "generator ignored GeneratorExit");
    }
    XDECREF(ret);
    if (err_occurred()) {
        if (!err_matches(Exc_GeneratorExit) && !err_matches(Exc_StopIteration))
            return NULL;
        err_clear();
    }
    RETURN_NONE;
}

static Object *gen_iter(Object *o) { return NEWREF(o); }
static Object *gen_get_name(Object *o) { return NEWREF(((GeneratorObject *)o)->name); }
static Object *gen_get_qualname(Object *o) { return NEWREF(((GeneratorObject *)o)->qualname); }
static Object *gen_get_running(Object *o) { return bool_from(((GeneratorObject *)o)->running); }

static const MethodDef gen_methods[] = {
    {"send", gen_send, 0},
    {"throw", gen_throw, 0},
    {"close", gen_close, 0},
    {NULL, NULL, 0},
};

static const GetSetDef gen_getset[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {NULL, NULL, NULL},
};

Type Generator_type = {
    .base = {1, &Type_type},
    .name = "generator",
    .basicsize = sizeof(GeneratorObject),
    .weaklistoffset = offsetof(GeneratorObject, weaklist),
    .flags = TF_GC | TF_HAS_FINALIZER,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getset = gen_getset,
};
