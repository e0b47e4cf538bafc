/* module.c — module objects and import.
 *
 * A module is its globals dict.  Attribute lookup goes through the type
 * first (so `__dict__` and `__class__` work) and then the dict, via the
 * generic getattr and the dictoffset slot.
 *
 * Import state is global like the rest of the runtime: `modules` is
 * sys.modules and `path` is sys.path (mod_sys.c exposes the same objects,
 * so a program that edits them changes what import sees).  A name is
 * looked up in sys.modules, then among the built-in C modules, then among
 * the modules of lib/ embedded in the binary, then as NAME.py in each
 * directory of sys.path. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "err.h"
#include "gc.h"
#include "list.h"
#include "mem.h"
#include "method.h"
#include "module.h"
#include "weakref.h"
#include "str.h"
#include "vm.h"

static Object *modules;   /* sys.modules */
static Object *path;      /* sys.path */

static void module_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((ModuleObject *)o)->dict);
    obj_free(o);
}

static int module_traverse(Object *o, VisitFn visit, void *arg)
{
    Object *d = ((ModuleObject *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static void module_clear(Object *o)
{
    CLEAR(((ModuleObject *)o)->dict);
}

/* The module's __name__ as a C string, "?" when missing. */
static const char *module_name(Object *m)
{
    Object *d = ((ModuleObject *)m)->dict;
    Object *name = d ? dict_get_str(d, "__name__") : NULL;
    return name && STR_CHECK(name) ? str_utf8(name) : "?";
}

static Object *module_repr(Object *m)
{
    Object *d = ((ModuleObject *)m)->dict;
    Object *file = d ? dict_get_str(d, "__file__") : NULL;
    if (file && STR_CHECK(file))
        return str_format("<module '%s' from '%U'>", module_name(m), file);
    return str_format("<module '%s' (built-in)>", module_name(m));
}

static Object *module_getattr(Object *m, Object *name)
{
    Object *d = ((ModuleObject *)m)->dict;
    if (d) {
        Object *v = dict_get(d, name);
        if (v)
            return newref(v);
        if (err_occurred())
            return NULL;
    }
    Object *v = obj_generic_getattr(m, name);
    if (!v && err_matches(Exc_AttributeError)) {
        err_clear();
        err_set(Exc_AttributeError, "module '%s' has no attribute '%U'", module_name(m), name);
        exc_note_name(err_occurred(), m, name);
    }
    return v;
}

static int module_setattr(Object *m, Object *name, Object *value)
{
    Object *d = ((ModuleObject *)m)->dict;
    if (!d) {
        err_set(Exc_AttributeError, "module has no __dict__");
        return -1;
    }
    if (value)
        return dict_set(d, name, value);
    if (dict_get(d, name))
        return dict_del(d, name);
    if (!err_occurred())
        err_set(Exc_AttributeError, "module '%s' has no attribute '%U'", module_name(m), name);
    return -1;
}

static Object *module_get_dict(Object *m)
{
    return newref(((ModuleObject *)m)->dict);
}

static const GetSetDef module_getset[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL, NULL, NULL},
};

/* module(name): what types.ModuleType(name) does. */
static Object *module_type_new(Object *callable, Object *const *args, size_t nargs,
                               Object *kwnames)
{
    static const char *const names[] = {"name", "doc", NULL};
    Object *a[2];
    if (arg_unpack("module", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    if (!STR_CHECK(a[0]))
        return err_set(Exc_TypeError, "module.__init__() argument 'name' must be str, not %T", a[0]);
    Object *m = module_new(str_utf8(a[0]));
    if (m && a[1] && dict_set_str(module_dict(m), "__doc__", a[1]) < 0)
        CLEAR(m);
    return m;
}

Type Module_type = {
    {1, &Type_type},
    .name = "module",
    .basicsize = sizeof(ModuleObject),
    .flags = TF_GC | TF_BASETYPE,
    .dictoffset = offsetof(ModuleObject, dict),
    .weaklistoffset = offsetof(ModuleObject, weaklist),
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .new_ = module_type_new,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .getset = module_getset,
};

Object *module_new(const char *name)
{
    Object *d = dict_new();
    if (!d)
        return NULL;
    /* python3's module attributes, in its order; no import machinery
     * here, so the loader and spec are None. */
    Object *n = str_from_cstr(name);
    if (!n || dict_set_str(d, "__name__", n) < 0 || dict_set_str(d, "__doc__", None) < 0 ||
        dict_set_str(d, "__package__", None) < 0 || dict_set_str(d, "__loader__", None) < 0 ||
        dict_set_str(d, "__spec__", None) < 0) {
        XDECREF(n);
        DECREF(d);
        return NULL;
    }
    DECREF(n);
    ModuleObject *m = (ModuleObject *)obj_alloc(&Module_type);
    if (!m) {
        DECREF(d);
        return NULL;
    }
    m->dict = d;
    gc_track(OBJ(m));
    return OBJ(m);
}

Object *module_dict(Object *m)
{
    return ((ModuleObject *)m)->dict;
}

Object *module_from_defs(const char *name, const MethodDef *defs)
{
    Object *m = module_new(name);
    if (!m)
        return NULL;
    for (const MethodDef *def = defs; def && def->name; def++) {
        Object *f = builtin_new(def, m);
        if (!f || dict_set_str(module_dict(m), def->name, f) < 0) {
            XDECREF(f);
            DECREF(m);
            return NULL;
        }
        DECREF(f);
    }
    return m;
}

/* ---- import ---- */

Object *module_modules(void)
{
    return modules;
}

Object *module_path(void)
{
    return path;
}

/* Read a whole file into an atomic buffer; NULL (no exception) when it
 * cannot be opened, NULL with MemoryError when it cannot be held. */
char *module_read_file(const char *filename, size_t *len, bool *no_memory)
{
    *no_memory = false;
    FILE *f = fopen(filename, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = mem_alloc_atomic(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1)
            break;
        char *bigger = mem_realloc(buf, cap * 2);
        if (!bigger)
            mem_free(buf);
        buf = bigger;
        cap *= 2;
    }
    fclose(f);
    if (!buf) {
        *no_memory = true;
        err_no_memory();
        return NULL;
    }
    buf[n] = '\0';
    /* python3 reads source as UTF-8 and skips a byte-order mark */
    if (n >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
        n -= 3;
        memmove(buf, buf + 3, n + 1);
    }
    *len = n;
    return buf;
}

/* Compile and run src as module `name`, registered in sys.modules first
 * (so circular imports see the partly initialised module) and removed
 * again when running it fails. */
Object *module_exec_source(Object *name, const char *src, size_t len,
                           const char *filename)
{
    Object *m = module_new(str_utf8(name));
    if (!m)
        return NULL;
    Object *file = str_from_cstr(filename);
    if (!file || dict_set_str(module_dict(m), "__file__", file) < 0 ||
        dict_set(modules, name, m) < 0) {
        XDECREF(file);
        DECREF(m);
        return NULL;
    }
    DECREF(file);
    Object *code = compile_source(src, len, filename, COMPILE_FILE);
    Object *r = code ? vm_eval_code(code, module_dict(m)) : NULL;
    XDECREF(code);
    if (!r) {
        Object *exc = err_fetch();
        if (dict_get(modules, name))
            dict_del(modules, name);
        err_clear();
        err_restore(exc);
        DECREF(m);
        return NULL;
    }
    DECREF(r);
    return m;
}

static Object *builtin_module(const char *name)
{
    if (strcmp(name, "sys") == 0)
        return mod_sys_create();
    if (strcmp(name, "math") == 0)
        return mod_math_create();
    if (strcmp(name, "time") == 0)
        return mod_time_create();
    if (strcmp(name, "gc") == 0)
        return mod_gc_create();
    if (strcmp(name, "weakref") == 0)
        return mod_weakref_create();
    return NULL;
}

const char *module_lib_source(const char *name)
{
    for (const LibModule *lib = lib_modules; lib->name; lib++)
        if (strcmp(lib->name, name) == 0)
            return lib->source;
    return NULL;
}

/* lib/NAME.py from the table, compiled and run like a file module; its
 * __file__ names where it came from, for tracebacks.  NULL without an
 * exception when there is no such lib module. */
static Object *import_from_lib(Object *name)
{
    const char *src = module_lib_source(str_utf8(name));
    if (!src)
        return NULL;
    Object *file = str_format("<stdlib>/%U.py", name);
    if (!file)
        return NULL;
    Object *m = module_exec_source(name, src, strlen(src), str_utf8(file));
    DECREF(file);
    return m;
}

/* name.py in one sys.path directory ('' is the current directory). */
static char *path_join(Object *dir, Object *name)
{
    const char *d = str_utf8(dir), *n = str_utf8(name);
    size_t dl = strlen(d), nl = strlen(n);
    char *p = mem_alloc_atomic(dl + nl + 5);
    if (!p)
        return NULL;
    size_t k = 0;
    memcpy(p, d, dl);
    k = dl;
    if (dl > 0 && d[dl - 1] != '/')
        p[k++] = '/';
    memcpy(p + k, n, nl);
    memcpy(p + k + nl, ".py", 4);
    return p;
}

/* ModuleNotFoundError("No module named 'x'") with its name attribute. */
static Object *not_found(Object *name)
{
    Object *msg = str_format("No module named %R", name);
    Object *exc = msg ? exc_new(Exc_ModuleNotFoundError, &msg, 1) : NULL;
    XDECREF(msg);
    if (exc && obj_setattr_str(exc, "name", name) == 0)
        err_set_obj(Exc_ModuleNotFoundError, exc);
    XDECREF(exc);
    return NULL;
}

static Object *import_from_path(Object *name)
{
    for (intptr_t i = 0; path && LIST_CHECK(path) && i < VAR_SIZE(path); i++) {
        Object *dir = LIST_ITEMS(path)[i];
        if (!STR_CHECK(dir))
            continue;
        char *file = path_join(dir, name);
        if (!file)
            return err_no_memory();
        size_t len;
        bool no_memory;
        char *src = module_read_file(file, &len, &no_memory);
        if (!src) {
            mem_free(file);
            if (no_memory)
                return NULL;
            continue;
        }
        Object *m = module_exec_source(name, src, len, file);
        mem_free(src);
        mem_free(file);
        return m;
    }
    return not_found(name);
}

/* There are no packages: "a.b" fails on "a" if that is missing, else
 * because "a" is a plain module, with python3's messages. */
static Object *import_dotted(Object *name, const char *dot)
{
    Object *head = str_from_utf8(str_utf8(name), (size_t)(dot - str_utf8(name)));
    Object *m = head ? import_module(head) : NULL;
    if (m) {
        Object *msg = str_format("No module named %R; %R is not a package", name, head);
        Object *exc = msg ? exc_new(Exc_ModuleNotFoundError, &msg, 1) : NULL;
        if (exc && obj_setattr_str(exc, "name", name) == 0)
            err_set_obj(Exc_ModuleNotFoundError, exc);
        XDECREF(exc);
        XDECREF(msg);
        DECREF(m);
    }
    XDECREF(head);
    return NULL;
}

Object *import_module(Object *name)
{
    if (!STR_CHECK(name))
        return err_set(Exc_TypeError, "module name must be str, not %T", name);
    Object *m = dict_get(modules, name);
    if (m)
        return newref(m);
    if (err_occurred())
        return NULL;
    const char *dot = strchr(str_utf8(name), '.');
    if (dot)
        return import_dotted(name, dot);
    if (str_nbytes(name) == 0)
        return err_set(Exc_ValueError, "Empty module name");
    m = builtin_module(str_utf8(name));
    if (m) {
        if (dict_set(modules, name, m) < 0)
            CLEAR(m);
        return m;
    }
    if (err_occurred())
        return NULL;
    /* module_exec_source registers a lib or file module itself */
    m = import_from_lib(name);
    if (m || err_occurred())
        return m;
    return import_from_path(name);
}

int module_init(void)
{
    if (type_ready(&Module_type) < 0)
        return -1;
    modules = dict_new();
    path = list_new(0);
    if (!modules || !path)
        return -1;
    return 0;
}

/* Drop every module: clearing each module's dict breaks the usual cycles
 * (functions referring to their globals) on the none backend too.  The
 * most recently imported go first, so builtins and sys go last. */
void module_fini(void)
{
    Object *names = modules ? dict_keys_list(modules) : NULL;
    for (intptr_t i = names ? VAR_SIZE(names) - 1 : -1; i >= 0; i--) {
        Object *m = dict_get(modules, LIST_ITEMS(names)[i]);
        if (m && MODULE_CHECK(m) && module_dict(m)) {
            Object *r = obj_call_method(module_dict(m), "clear", NULL, 0);
            XDECREF(r);
        }
    }
    XDECREF(names);
    err_clear();
    CLEAR(modules);
    CLEAR(path);
}
