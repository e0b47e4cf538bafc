/* func.h — code objects, functions, cells, bound methods, generators and
 * the frame layout they share with the VM.
 *
 * A frame's slots (`localsplus`) are laid out as
 *     [0, nlocals)                    fast locals (arguments first)
 *     [nlocals, nlocals + ncells)     cells created by this frame
 *     [.., + nfrees)                  cells taken from the closure
 *     [.., + stacksize)               the value stack
 * Frames come from mem_alloc (the Boehm collector must scan them).
 * Invariant, relied on by the conservative collector: every slot above the
 * stack top is NULL (the VM clears a slot when it pops it), and a released
 * frame holds no references.
 */
#ifndef OURO_FUNC_H
#define OURO_FUNC_H

#include "object.h"

extern Type Function_type, Code_type, Cell_type, Method_type, Generator_type;

/* Store v (an owned reference or NULL) in *slot, then drop the old value.
 * (object.h's SETREF shadows its temporary inside XDECREF.) */
static inline void replace_ref(Object **slot, Object *v)
{
    Object *old = *slot;
    *slot = v;
    if (old)
        obj_decref(old);
}

/* Code flags. */
enum {
    CO_VARARGS = 1 << 0,
    CO_VARKEYWORDS = 1 << 1,
    CO_GENERATOR = 1 << 2,
    CO_NEWLOCALS = 1 << 3,   /* a function body: fast locals */
    CO_CLASSBODY = 1 << 4,   /* a class body: names live in a locals dict */
    CO_MODULE = 1 << 5,      /* module code: names are globals */
    CO_INTERACTIVE = 1 << 6,
    CO_HASDOC = 1 << 7,      /* consts[0] is the function's docstring */
};

typedef struct {
    Object base;
    uint32_t *code;          /* instructions (opcodes.h), atomic memory */
    int32_t *lines;          /* source line of each instruction, atomic */
    size_t ncode;
    Object *consts;          /* tuple */
    Object *names;           /* tuple of str: globals, attributes */
    Object *varnames;        /* tuple of str: the fast locals, arguments first */
    Object *cellvars;        /* tuple of str */
    Object *freevars;        /* tuple of str */
    int32_t *cell2arg;       /* per cell: index of the argument it starts as, or -1 */
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals, ncells, nfrees, stacksize;
    int flags;
    int firstlineno;
    Object *filename, *name, *qualname;
} CodeObject;

typedef struct {
    Object base;
    Object *code;            /* CodeObject */
    Object *globals;         /* dict */
    Object *name, *qualname; /* str */
    Object *defaults;        /* tuple or NULL */
    Object *kwdefaults;      /* dict or NULL */
    Object *closure;         /* tuple of cells or NULL */
    Object *dict;            /* __dict__ or NULL until first set */
    Object *module;          /* __module__ (from globals' __name__) */
    Object *doc;             /* __doc__ or NULL */
    Object *annotations;     /* __annotations__ dict, or NULL until first read or set */
    uintptr_t weaklist;      /* weak references to it, disguised (weakref.h) */
} FunctionObject;

typedef struct {
    Object base;
    Object *ref;             /* contents; NULL when empty */
} CellObject;

typedef struct {
    Object base;
    Object *func, *self;
    uintptr_t weaklist;      /* weak references to it, disguised (weakref.h) */
} MethodObject;

/* The frame's exception blocks (vm.c). */
enum { BLOCK_FINALLY = 1, BLOCK_EXCEPT_HANDLER = 2 };
typedef struct {
    int kind;
    int handler;             /* instruction index */
    int level;               /* stack depth to unwind to */
} Block;
#define FRAME_MAXBLOCKS 20

typedef struct Frame Frame;
struct Frame {
    Frame *back;             /* the calling frame on the VM's frame chain */
    CodeObject *code;        /* owned */
    FunctionObject *func;    /* owned; NULL for module code */
    Object *globals;         /* borrowed from func or the caller */
    Object *locals;          /* owned dict: class bodies only, else NULL */
    uint32_t *ip;            /* next instruction when suspended */
    Object **sp;             /* stack top when suspended */
    Object *gen;             /* borrowed owning generator, or NULL */
    int nblocks;
    int nslots;              /* nlocals + ncells + nfrees + stacksize */
    bool entry;              /* the C caller is waiting for this frame's result */
    Block blocks[FRAME_MAXBLOCKS];
    Object *localsplus[];
};
#define FRAME_STACK(f) ((f)->localsplus + (f)->code->nlocals + (f)->code->ncells + (f)->code->nfrees)

typedef struct {
    Object base;
    Frame *frame;            /* owned; NULL once finished */
    Object *name, *qualname;
    Object *exc_state;       /* exception handled when it yielded inside an except */
    uintptr_t weaklist;      /* weak references to it, disguised (weakref.h) */
    bool running;
} GeneratorObject;

Object *function_new(Object *code, Object *globals, Object *qualname);
Object *method_new(Object *func, Object *self);
Object *cell_new(Object *contents);      /* contents may be NULL */
Object *code_new(void);                  /* an empty code object for the compiler to fill */
Object *generator_new(Frame *f);         /* takes ownership of f */
/* The line of instruction index i of co (for tracebacks). */
int code_line_at(CodeObject *co, size_t i);

/* vm.c: frames and generators. */
Frame *vm_frame_new(CodeObject *co, FunctionObject *fn, Object *globals);
void vm_frame_release(Frame *f);         /* drops every reference, frees it */
int vm_frame_traverse(Frame *f, VisitFn visit, void *arg);
/* Resume a generator: send value (or throw exc when exc != NULL, stealing
 * nothing).  Returns the yielded value, or NULL: with an exception set, or
 * with none when the generator returned (*retval then holds the return
 * value, a new reference). */
Object *vm_gen_resume(GeneratorObject *g, Object *value, Object *exc, Object **retval);
/* Call a Python function from C (the Function_type call slot). */
Object *vm_call_function(Object *fn, Object *const *args, size_t nargs, Object *kwnames);

#endif
