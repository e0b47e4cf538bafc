/* code.c — code objects: the compiler's output, the VM's input.
 * A code object is immutable once the compiler hands it out; it owns its
 * instruction and line arrays (atomic memory) and the tuples of constants
 * and names. */
#include "func.h"
#include "opcodes.h"
#include "gc.h"
#include "mem.h"
#include "str.h"
#include "err.h"

const char *const opcode_names[OP__COUNT] = {
#define X(name) #name,
    OPCODE_LIST(X)
#undef X
};

Object *code_new(void)
{
    CodeObject *co = (CodeObject *)obj_alloc(&Code_type);
    if (!co)
        return NULL;
    co->firstlineno = 1;
    gc_track(OBJ(co));
    return OBJ(co);
}

int code_line_at(CodeObject *co, size_t i)
{
    if (!co->lines || co->ncode == 0)
        return co->firstlineno;
    if (i >= co->ncode)
        i = co->ncode - 1;
    return co->lines[i];
}

static int code_traverse(Object *o, VisitFn visit, void *arg)
{
    CodeObject *co = (CodeObject *)o;
    Object *refs[] = {co->consts, co->names, co->varnames, co->cellvars,
                      co->freevars, co->filename, co->name, co->qualname};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static void code_clear(Object *o)
{
    CodeObject *co = (CodeObject *)o;
    CLEAR(co->consts);
    CLEAR(co->names);
    CLEAR(co->varnames);
    CLEAR(co->cellvars);
    CLEAR(co->freevars);
    CLEAR(co->filename);
    CLEAR(co->name);
    CLEAR(co->qualname);
}

static void code_dealloc(Object *o)
{
    CodeObject *co = (CodeObject *)o;
    gc_untrack(o);
    code_clear(o);
    mem_free(co->code);
    mem_free(co->lines);
    mem_free(co->cell2arg);
    obj_free(o);
}

static Object *code_repr(Object *o)
{
    CodeObject *co = (CodeObject *)o;
    return str_format("<code object %S at %p, file \"%S\", line %d>",
                      co->name ? co->name : None, (void *)o,
                      co->filename ? co->filename : None, co->firstlineno);
}

static Object *code_get_name(Object *o)
{
    CodeObject *co = (CodeObject *)o;
    return newref(co->name ? co->name : None);
}

static Object *code_get_filename(Object *o)
{
    CodeObject *co = (CodeObject *)o;
    return newref(co->filename ? co->filename : None);
}

static const GetSetDef code_getset[] = {
    {"co_name", code_get_name, NULL},
    {"co_filename", code_get_filename, NULL},
    {NULL, NULL, NULL},
};

Type Code_type = {
    .base = {1, &Type_type},
    .name = "code",
    .basicsize = sizeof(CodeObject),
    .flags = TF_GC,
    .dealloc = code_dealloc,
    .traverse = code_traverse,
    .clear = code_clear,
    .repr = code_repr,
    .getset = code_getset,
};
