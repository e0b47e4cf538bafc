/* compile.c — the compiler: symbol tables, code generation, assembly.
 *
 * Scopes.  The symbol-table pass builds one Scope per code block and
 * records, per name, how the block uses it (bound, parameter, declared
 * global/nonlocal, read).  Resolution then classifies each name:
 *   module      every name is a global (LOAD_GLOBAL / STORE_GLOBAL);
 *   class body  names live in the namespace dict (LOAD_NAME) unless they
 *               are free variables of an enclosing function
 *               (LOAD_CLASSDEREF) or declared global;
 *   function    bound names are fast locals unless a nested scope reads
 *               them (then cells); unbound names found bound in an
 *               enclosing function are free; the rest are globals.
 * Comprehensions and lambdas are functions, as in CPython 3.11.
 *
 * Code generation follows CPython 3.9's block-stack design for try,
 * with and loops: `return`, `break` and `continue` unwind the compiler's
 * fblock stack, emitting the cleanup of each block they leave (popping an
 * iterator, running a finally body inline, calling __exit__). */
#include <stdio.h>
#include <string.h>
#include "compile.h"
#include "parser.h"
#include "func.h"
#include "opcodes.h"
#include "mem.h"
#include "err.h"
#include "str.h"
#include "int.h"
#include "list.h"
#include "dict.h"

/* ---- symbol tables ---- */

enum {
    DEF_BOUND = 1,      /* assigned, imported, def/class, for target, ... */
    DEF_PARAM = 2,
    DEF_GLOBAL = 4,     /* declared global */
    DEF_NONLOCAL = 8,   /* declared nonlocal */
    DEF_USE = 16,       /* read */
    DEF_FREE_PASS = 32, /* a nested scope needs it passed through */
};

typedef enum { R_UNSET, R_LOCAL, R_GLOBAL_EXPLICIT, R_GLOBAL_IMPLICIT, R_FREE, R_CELL, R_NAME } Resolution;

typedef struct {
    const char *name;
    int flags;
    Resolution res;
    int decl_line;      /* line of the first binding or use (for errors) */
    const Stmt *decl;   /* the global/nonlocal statement, if any */
} Symbol;

typedef enum { SC_MODULE, SC_CLASS, SC_FUNCTION, SC_LAMBDA, SC_COMPREHENSION } ScopeKind;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    const char *name;
    const void *node;            /* the Stmt or Expr that opens it */
    Scope *parent;
    Scope **children;
    size_t nchildren, capchildren;
    Symbol *syms;
    size_t nsyms, capsyms;
    const char **params;         /* in order */
    size_t nparams, capparams;
    bool generator;
    bool needs_class_cell;       /* class scope: a method uses super / __class__ */
    bool returns_value;
    int lineno;
};

typedef struct Compiler Compiler;

static void *grow(Compiler *c, void *arr, size_t *cap, size_t need, size_t elem);

static Symbol *sym_find(Scope *s, const char *name)
{
    for (size_t i = 0; i < s->nsyms; i++)
        if (strcmp(s->syms[i].name, name) == 0)
            return &s->syms[i];
    return NULL;
}

/* ---- the compiler state ---- */

enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
       FB_HANDLER, FB_HANDLER_NAMED, FB_WITH };

typedef struct {
    int kind;
    int start, exit;             /* loop labels */
    const StmtSeq *final;        /* FB_FINALLY_TRY: the finally body */
    const char *name;            /* FB_HANDLER_NAMED: the bound name */
} FBlock;

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    Scope *scope;
    uint32_t *code;
    int32_t *lines;
    size_t ncode, capcode, caplines;
    int *labels;                 /* label -> instruction index, -1 unset */
    size_t nlabels, caplabels;
    Object *consts, *names;      /* lists */
    Object *varnames, *cellvars, *freevars; /* lists of str */
    FBlock fblocks[FRAME_MAXBLOCKS + 8];
    int nfblocks;
    int lineno, firstlineno;
    int flags;
    Object *qualname;
    int argcount, posonly, kwonly;
};

struct Compiler {
    const char *filename;
    const char *src;
    size_t srclen;
    CompileMode mode;
    Scope *top;
    Unit *u;
    bool failed;                 /* an exception is set */
    bool interactive;
    int depth;                   /* expression nesting, bounded below the C stack */
    char **owned;                /* mangled names, freed with the compiler */
    size_t nowned, capowned;
};

static void *grow(Compiler *c, void *arr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return arr;
    size_t ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    void *n = mem_realloc(arr, ncap * elem);
    if (!n) {
        if (!c->failed)
            err_no_memory();
        c->failed = true;
        return NULL;
    }
    *cap = ncap;
    return n;
}

/* The text of line `lineno` of the source, with its newline (for
 * SyntaxError.text); NULL when out of range. */
static Object *source_line(Compiler *c, int lineno, char *buf, size_t bufsize)
{
    const char *p = c->src, *end = c->src + c->srclen;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p >= end && lineno > 1)
        return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
    if (n >= bufsize)
        n = bufsize - 1;
    memcpy(buf, p, n);
    buf[n] = 0;
    return None;
}

static int syntax_error_at(Compiler *c, int lineno, int col, int end_lineno, int end_col,
                           const char *fmt, ...)
{
    if (c->failed)
        return -1;
    c->failed = true;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    Object *m = str_format_v(fmt, ap);
    va_end(ap);
    if (!m)
        return -1;
    snprintf(msg, sizeof msg, "%s", str_utf8(m));
    DECREF(m);
    char line[4096];
    const char *text = source_line(c, lineno, line, sizeof line) ? line : NULL;
    Object *e = exc_syntax_error(Exc_SyntaxError, msg, c->filename, lineno, col + 1, text,
                                 end_lineno, end_col + 1);
    if (e)
        err_restore(e);
    return -1;
}

#define STMT_ERROR(c, s, ...) \
    syntax_error_at(c, (s)->lineno, (s)->col_offset, (s)->end_lineno, (s)->end_col_offset, __VA_ARGS__)
#define EXPR_ERROR STMT_ERROR
#define PATTERN_ERROR STMT_ERROR

/* Private name mangling: inside a class, __x (not __x__) becomes
 * _Class__x, in the class body and every scope nested in it. */
static const char *mangle(Compiler *c, Scope *s, const char *name)
{
    if (name[0] != '_' || name[1] != '_')
        return name;
    size_t n = strlen(name);
    if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (s && s->kind != SC_CLASS)
        s = s->parent;
    if (!s)
        return name;
    const char *cls = s->name;
    while (*cls == '_')
        cls++;
    if (!*cls)
        return name;
    char **arr = grow(c, c->owned, &c->capowned, c->nowned + 1, sizeof(char *));
    char *m = arr ? mem_alloc_atomic(strlen(cls) + n + 2) : NULL;
    if (!m) {
        if (!c->failed)
            err_no_memory();
        c->failed = true;
        return name;
    }
    c->owned = arr;
    arr[c->nowned++] = m;
    m[0] = '_';
    memcpy(m + 1, cls, strlen(cls));
    memcpy(m + 1 + strlen(cls), name, n + 1);
    return m;
}

/* ---- pass 1: collect definitions and uses ---- */

typedef struct {
    Compiler *c;
    Scope *s;
} ST;

static Scope *scope_new(Compiler *c, ScopeKind kind, const char *name, const void *node,
                        Scope *parent, int lineno)
{
    Scope *s = mem_alloc(sizeof(Scope));
    if (!s) {
        err_no_memory();
        c->failed = true;
        return NULL;
    }
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = parent;
    s->lineno = lineno;
    if (parent) {
        Scope **ch = grow(c, parent->children, &parent->capchildren, parent->nchildren + 1,
                          sizeof(Scope *));
        if (!ch)
            return NULL;
        parent->children = ch;
        ch[parent->nchildren++] = s;
    }
    return s;
}

static Symbol *sym_add(Compiler *c, Scope *s, const char *name, int flags, int line)
{
    Symbol *y = sym_find(s, name);
    if (!y) {
        Symbol *arr = grow(c, s->syms, &s->capsyms, s->nsyms + 1, sizeof(Symbol));
        if (!arr)
            return NULL;
        s->syms = arr;
        y = &arr[s->nsyms++];
        y->name = name;
        y->flags = 0;
        y->res = R_UNSET;
        y->decl_line = line;
        y->decl = NULL;
    }
    y->flags |= flags;
    return y;
}

static void st_expr(ST *st, Expr *e);
static void st_stmts(ST *st, const StmtSeq *seq);

static void st_exprs(ST *st, const ExprSeq *seq)
{
    for (size_t i = 0; i < seq->len; i++)
        if (seq->items[i])
            st_expr(st, seq->items[i]);
}

static void st_param(ST *st, Scope *s, Arg *a)
{
    if (!a)
        return;
    const char *name = mangle(st->c, s, a->arg);
    sym_add(st->c, s, name, DEF_PARAM | DEF_BOUND, a->lineno);
    const char **p = grow(st->c, s->params, &s->capparams, s->nparams + 1, sizeof(char *));
    if (p) {
        s->params = p;
        p[s->nparams++] = name;
    }
}

/* Defaults and decorators belong to the enclosing scope; the parameters
 * and body to the new one. */
static void st_function(ST *st, ScopeKind kind, const char *name, const void *node,
                        Arguments *args, const StmtSeq *body, Expr *lambda_body, int lineno)
{
    st_exprs(st, &args->defaults);
    st_exprs(st, &args->kw_defaults);
    Scope *s = scope_new(st->c, kind, name, node, st->s, lineno);
    if (!s)
        return;
    for (size_t i = 0; i < args->posonlyargs.len; i++)
        st_param(st, s, args->posonlyargs.items[i]);
    for (size_t i = 0; i < args->args.len; i++)
        st_param(st, s, args->args.items[i]);
    for (size_t i = 0; i < args->kwonlyargs.len; i++)
        st_param(st, s, args->kwonlyargs.items[i]);
    st_param(st, s, args->vararg);
    st_param(st, s, args->kwarg);
    ST inner = {st->c, s};
    if (body)
        st_stmts(&inner, body);
    if (lambda_body)
        st_expr(&inner, lambda_body);
}

/* A def's parameter and return annotations are evaluated in the
 * enclosing scope when the def runs. */
static void st_annotations(ST *st, Arguments *args, Expr *returns)
{
    const ArgSeq *seqs[] = {&args->posonlyargs, &args->args, &args->kwonlyargs};
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; i < seqs[k]->len; i++)
            if (seqs[k]->items[i]->annotation)
                st_expr(st, seqs[k]->items[i]->annotation);
    if (args->vararg && args->vararg->annotation)
        st_expr(st, args->vararg->annotation);
    if (args->kwarg && args->kwarg->annotation)
        st_expr(st, args->kwarg->annotation);
    if (returns)
        st_expr(st, returns);
}

static void st_bind(ST *st, const char *name, int line)
{
    name = mangle(st->c, st->s, name);
    Symbol *y = sym_find(st->s, name);
    if (y && (y->flags & DEF_GLOBAL) == 0 && (y->flags & DEF_NONLOCAL) == 0 && !(y->flags & DEF_BOUND))
        y->decl_line = line;
    sym_add(st->c, st->s, name, DEF_BOUND, line);
}

static void st_comprehension(ST *st, Expr *e, const char *name, const ComprehensionSeq *gens,
                             Expr *elt, Expr *value)
{
    /* the first iterable is evaluated in the enclosing scope */
    st_expr(st, gens->items[0]->iter);
    Scope *s = scope_new(st->c, SC_COMPREHENSION, name, e, st->s, e->lineno);
    if (!s)
        return;
    if (e->kind == EXPR_GENERATOR_EXP)
        s->generator = true;
    sym_add(st->c, s, ".0", DEF_PARAM | DEF_BOUND, e->lineno);
    const char **p = grow(st->c, s->params, &s->capparams, 1, sizeof(char *));
    if (p) {
        s->params = p;
        p[s->nparams++] = ".0";
    }
    ST inner = {st->c, s};
    for (size_t i = 0; i < gens->len; i++) {
        Comprehension *g = gens->items[i];
        if (i > 0)
            st_expr(&inner, g->iter);
        st_expr(&inner, g->target);
        st_exprs(&inner, &g->ifs);
    }
    if (elt)
        st_expr(&inner, elt);
    if (value)
        st_expr(&inner, value);
}

/* Both passes recurse once per nested expression (a chain of 10^5
 * additions is that deep): past this depth compiling raises
 * RecursionError, as python3 does, instead of overflowing the C stack. */
enum { MAX_EXPR_DEPTH = 2000 };

static bool enter_expr(Compiler *c)
{
    if (++c->depth <= MAX_EXPR_DEPTH)
        return true;
    if (!c->failed)
        err_set(Exc_RecursionError, "maximum recursion depth exceeded during compilation");
    c->failed = true;
    return false;
}

static void st_expr_inner(ST *st, Expr *e);

static void st_expr(ST *st, Expr *e)
{
    if (enter_expr(st->c))
        st_expr_inner(st, e);
    st->c->depth--;
}

static void st_expr_inner(ST *st, Expr *e)
{
    switch (e->kind) {
    case EXPR_BOOL_OP: st_exprs(st, &e->v.bool_op.values); break;
    case EXPR_NAMED: {
        /* a walrus in a comprehension binds in the enclosing function */
        st_expr(st, e->v.named.value);
        const char *id = mangle(st->c, st->s, e->v.named.target->v.name.id);
        Scope *s = st->s;
        while (s->kind == SC_COMPREHENSION) {
            sym_add(st->c, s, id, s->parent->kind == SC_MODULE ? DEF_GLOBAL : DEF_NONLOCAL,
                    e->lineno);
            s = s->parent;
        }
        ST outer = {st->c, s};
        st_bind(&outer, id, e->lineno);
        break;
    }
    case EXPR_BIN_OP: st_expr(st, e->v.bin_op.left); st_expr(st, e->v.bin_op.right); break;
    case EXPR_UNARY_OP: st_expr(st, e->v.unary_op.operand); break;
    case EXPR_LAMBDA:
        st_function(st, SC_LAMBDA, "<lambda>", e, e->v.lambda.args, NULL, e->v.lambda.body, e->lineno);
        break;
    case EXPR_IF_EXP:
        st_expr(st, e->v.if_exp.test);
        st_expr(st, e->v.if_exp.body);
        st_expr(st, e->v.if_exp.orelse);
        break;
    case EXPR_DICT: st_exprs(st, &e->v.dict.keys); st_exprs(st, &e->v.dict.values); break;
    case EXPR_SET: st_exprs(st, &e->v.set.elts); break;
    case EXPR_LIST_COMP:
        st_comprehension(st, e, "<listcomp>", &e->v.list_comp.generators, e->v.list_comp.elt, NULL);
        break;
    case EXPR_SET_COMP:
        st_comprehension(st, e, "<setcomp>", &e->v.set_comp.generators, e->v.set_comp.elt, NULL);
        break;
    case EXPR_DICT_COMP:
        st_comprehension(st, e, "<dictcomp>", &e->v.dict_comp.generators, e->v.dict_comp.key,
                         e->v.dict_comp.value);
        break;
    case EXPR_GENERATOR_EXP:
        st_comprehension(st, e, "<genexpr>", &e->v.generator_exp.generators,
                         e->v.generator_exp.elt, NULL);
        break;
    case EXPR_YIELD:
    case EXPR_YIELD_FROM:
        if (e->v.yield.value)
            st_expr(st, e->v.yield.value);
        if (st->s->kind == SC_MODULE || st->s->kind == SC_CLASS) {
            EXPR_ERROR(st->c, e, "'yield' outside function");
            return;
        }
        if (st->s->kind == SC_COMPREHENSION) {
            EXPR_ERROR(st->c, e, "'yield' inside %s",
                       strcmp(st->s->name, "<genexpr>") == 0 ? "generator expression"
                       : strcmp(st->s->name, "<listcomp>") == 0 ? "list comprehension"
                       : strcmp(st->s->name, "<setcomp>") == 0 ? "set comprehension"
                                                               : "dict comprehension");
            return;
        }
        st->s->generator = true;
        break;
    case EXPR_COMPARE:
        st_expr(st, e->v.compare.left);
        st_exprs(st, &e->v.compare.comparators);
        break;
    case EXPR_CALL:
        st_expr(st, e->v.call.func);
        st_exprs(st, &e->v.call.args);
        for (size_t i = 0; i < e->v.call.keywords.len; i++)
            st_expr(st, e->v.call.keywords.items[i]->value);
        break;
    case EXPR_FORMATTED_VALUE:
        st_expr(st, e->v.formatted_value.value);
        if (e->v.formatted_value.format_spec)
            st_expr(st, e->v.formatted_value.format_spec);
        break;
    case EXPR_JOINED_STR: st_exprs(st, &e->v.joined_str.values); break;
    case EXPR_CONSTANT: break;
    case EXPR_ATTRIBUTE: st_expr(st, e->v.attribute.value); break;
    case EXPR_SUBSCRIPT: st_expr(st, e->v.subscript.value); st_expr(st, e->v.subscript.slice); break;
    case EXPR_STARRED: st_expr(st, e->v.starred.value); break;
    case EXPR_NAME:
        if (e->v.name.ctx == CTX_LOAD) {
            sym_add(st->c, st->s, mangle(st->c, st->s, e->v.name.id), DEF_USE, e->lineno);
            /* super() and __class__ in a method need the class cell */
            if (strcmp(e->v.name.id, "super") == 0 || strcmp(e->v.name.id, "__class__") == 0) {
                Scope *s = st->s;
                while (s && s->kind != SC_CLASS && s->kind != SC_MODULE &&
                       s->parent && s->parent->kind != SC_CLASS)
                    s = s->parent;
                if (s && s->kind != SC_CLASS && s->kind != SC_MODULE && s->parent &&
                    s->parent->kind == SC_CLASS) {
                    s->parent->needs_class_cell = true;
                    sym_add(st->c, st->s, "__class__", DEF_USE, e->lineno);
                }
            }
        } else {
            st_bind(st, e->v.name.id, e->lineno);
        }
        break;
    case EXPR_LIST: st_exprs(st, &e->v.list.elts); break;
    case EXPR_TUPLE: st_exprs(st, &e->v.tuple.elts); break;
    case EXPR_SLICE:
        if (e->v.slice.lower) st_expr(st, e->v.slice.lower);
        if (e->v.slice.upper) st_expr(st, e->v.slice.upper);
        if (e->v.slice.step) st_expr(st, e->v.slice.step);
        break;
    }
}

static void st_global_decl(ST *st, Stmt *s, const IdentSeq *names, bool global)
{
    for (size_t i = 0; i < names->len; i++) {
        const char *n = mangle(st->c, st->s, names->items[i]);
        Symbol *y = sym_find(st->s, n);
        if (y && (y->flags & (DEF_BOUND | DEF_USE | DEF_PARAM))) {
            if (y->flags & DEF_PARAM)
                STMT_ERROR(st->c, s, "name '%s' is parameter and %s", n, global ? "global" : "nonlocal");
            else if (y->flags & DEF_BOUND)
                STMT_ERROR(st->c, s, "name '%s' is assigned to before %s declaration", n,
                           global ? "global" : "nonlocal");
            else
                STMT_ERROR(st->c, s, "name '%s' is used prior to %s declaration", n,
                           global ? "global" : "nonlocal");
            return;
        }
        if (!global && st->s->kind == SC_MODULE) {
            STMT_ERROR(st->c, s, "nonlocal declaration not allowed at module level");
            return;
        }
        if (y && (y->flags & (global ? DEF_NONLOCAL : DEF_GLOBAL))) {
            STMT_ERROR(st->c, s, "name '%s' is nonlocal and global", n);
            return;
        }
        Symbol *ny = sym_add(st->c, st->s, n, global ? DEF_GLOBAL : DEF_NONLOCAL, s->lineno);
        if (ny) {
            ny->decl_line = s->lineno;
            ny->decl = s;
        }
    }
}

static void st_import_name(ST *st, Alias *a, int line)
{
    if (a->asname) {
        st_bind(st, a->asname, line);
        return;
    }
    const char *dot = strchr(a->name, '.');
    if (!dot) {
        st_bind(st, a->name, line);
        return;
    }
    char *first = mem_alloc_atomic((size_t)(dot - a->name) + 1);
    if (!first) {
        st->c->failed = true;
        err_no_memory();
        return;
    }
    memcpy(first, a->name, (size_t)(dot - a->name));
    first[dot - a->name] = 0;
    /* leaked into the compiler's lifetime on purpose: symbol names are
     * borrowed pointers; it is freed with nothing else owning it */
    st_bind(st, first, line);
}

static void st_pattern(ST *st, Pattern *pat, int line)
{
    switch (pat->kind) {
    case PAT_VALUE: st_expr(st, pat->v.value.value); break;
    case PAT_SINGLETON: break;
    case PAT_SEQUENCE:
        for (size_t i = 0; i < pat->v.sequence.patterns.len; i++)
            st_pattern(st, pat->v.sequence.patterns.items[i], line);
        break;
    case PAT_MAPPING:
        st_exprs(st, &pat->v.mapping.keys);
        for (size_t i = 0; i < pat->v.mapping.patterns.len; i++)
            st_pattern(st, pat->v.mapping.patterns.items[i], line);
        if (pat->v.mapping.rest)
            st_bind(st, pat->v.mapping.rest, line);
        break;
    case PAT_CLASS:
        st_expr(st, pat->v.class_.cls);
        for (size_t i = 0; i < pat->v.class_.patterns.len; i++)
            st_pattern(st, pat->v.class_.patterns.items[i], line);
        for (size_t i = 0; i < pat->v.class_.kwd_patterns.len; i++)
            st_pattern(st, pat->v.class_.kwd_patterns.items[i], line);
        break;
    case PAT_STAR:
        if (pat->v.star.name)
            st_bind(st, pat->v.star.name, line);
        break;
    case PAT_AS:
        if (pat->v.as.pattern)
            st_pattern(st, pat->v.as.pattern, line);
        if (pat->v.as.name)
            st_bind(st, pat->v.as.name, line);
        break;
    case PAT_OR:
        for (size_t i = 0; i < pat->v.or_.patterns.len; i++)
            st_pattern(st, pat->v.or_.patterns.items[i], line);
        break;
    }
}

static void st_stmt(ST *st, Stmt *s)
{
    if (st->c->failed)
        return;
    switch (s->kind) {
    case STMT_FUNCTION_DEF:
        st_exprs(st, &s->v.function_def.decorator_list);
        st_annotations(st, s->v.function_def.args, s->v.function_def.returns);
        st_bind(st, s->v.function_def.name, s->lineno);
        st_function(st, SC_FUNCTION, s->v.function_def.name, s, s->v.function_def.args,
                    &s->v.function_def.body, NULL, s->lineno);
        break;
    case STMT_CLASS_DEF: {
        st_exprs(st, &s->v.class_def.decorator_list);
        st_exprs(st, &s->v.class_def.bases);
        for (size_t i = 0; i < s->v.class_def.keywords.len; i++)
            st_expr(st, s->v.class_def.keywords.items[i]->value);
        st_bind(st, s->v.class_def.name, s->lineno);
        Scope *cs = scope_new(st->c, SC_CLASS, s->v.class_def.name, s, st->s, s->lineno);
        if (!cs)
            return;
        ST inner = {st->c, cs};
        st_stmts(&inner, &s->v.class_def.body);
        break;
    }
    case STMT_RETURN:
        if (st->s->kind != SC_FUNCTION && st->s->kind != SC_LAMBDA) {
            STMT_ERROR(st->c, s, "'return' outside function");
            return;
        }
        if (s->v.return_.value) {
            st->s->returns_value = true;
            st_expr(st, s->v.return_.value);
        }
        break;
    case STMT_DELETE: st_exprs(st, &s->v.delete.targets); break;
    case STMT_ASSIGN:
        st_expr(st, s->v.assign.value);
        st_exprs(st, &s->v.assign.targets);
        break;
    case STMT_AUG_ASSIGN:
        st_expr(st, s->v.aug_assign.value);
        if (s->v.aug_assign.target->kind == EXPR_NAME) {
            sym_add(st->c, st->s, mangle(st->c, st->s, s->v.aug_assign.target->v.name.id), DEF_USE,
                    s->lineno);
            st_bind(st, s->v.aug_assign.target->v.name.id, s->lineno);
        } else {
            st_expr(st, s->v.aug_assign.target);
        }
        break;
    case STMT_ANN_ASSIGN:
        if (s->v.ann_assign.value)
            st_expr(st, s->v.ann_assign.value);
        st_expr(st, s->v.ann_assign.target);
        /* only module and class bodies evaluate the annotation (PEP 526) */
        if (st->s->kind == SC_MODULE || st->s->kind == SC_CLASS)
            st_expr(st, s->v.ann_assign.annotation);
        break;
    case STMT_FOR:
        st_expr(st, s->v.for_.iter);
        st_expr(st, s->v.for_.target);
        st_stmts(st, &s->v.for_.body);
        st_stmts(st, &s->v.for_.orelse);
        break;
    case STMT_WHILE:
        st_expr(st, s->v.while_.test);
        st_stmts(st, &s->v.while_.body);
        st_stmts(st, &s->v.while_.orelse);
        break;
    case STMT_IF:
        st_expr(st, s->v.if_.test);
        st_stmts(st, &s->v.if_.body);
        st_stmts(st, &s->v.if_.orelse);
        break;
    case STMT_WITH:
        for (size_t i = 0; i < s->v.with.items.len; i++) {
            WithItem *w = s->v.with.items.items[i];
            st_expr(st, w->context_expr);
            if (w->optional_vars)
                st_expr(st, w->optional_vars);
        }
        st_stmts(st, &s->v.with.body);
        break;
    case STMT_RAISE:
        if (s->v.raise.exc) st_expr(st, s->v.raise.exc);
        if (s->v.raise.cause) st_expr(st, s->v.raise.cause);
        break;
    case STMT_TRY:
        st_stmts(st, &s->v.try.body);
        for (size_t i = 0; i < s->v.try.handlers.len; i++) {
            ExceptHandler *h = s->v.try.handlers.items[i];
            if (h->type)
                st_expr(st, h->type);
            if (h->name)
                st_bind(st, h->name, h->lineno);
            st_stmts(st, &h->body);
        }
        st_stmts(st, &s->v.try.orelse);
        st_stmts(st, &s->v.try.finalbody);
        break;
    case STMT_ASSERT:
        st_expr(st, s->v.assert.test);
        if (s->v.assert.msg) st_expr(st, s->v.assert.msg);
        break;
    case STMT_IMPORT:
        for (size_t i = 0; i < s->v.import.names.len; i++)
            st_import_name(st, s->v.import.names.items[i], s->lineno);
        break;
    case STMT_IMPORT_FROM:
        for (size_t i = 0; i < s->v.import_from.names.len; i++) {
            Alias *a = s->v.import_from.names.items[i];
            if (strcmp(a->name, "*") == 0) {
                if (st->s->kind != SC_MODULE) {
                    STMT_ERROR(st->c, s, "import * only allowed at module level");
                    return;
                }
                continue;
            }
            st_bind(st, a->asname ? a->asname : a->name, s->lineno);
        }
        break;
    case STMT_GLOBAL: st_global_decl(st, s, &s->v.global.names, true); break;
    case STMT_NONLOCAL: st_global_decl(st, s, &s->v.nonlocal.names, false); break;
    case STMT_EXPR: st_expr(st, s->v.expr.value); break;
    case STMT_MATCH:
        st_expr(st, s->v.match.subject);
        for (size_t i = 0; i < s->v.match.cases.len; i++) {
            MatchCase *mc = s->v.match.cases.items[i];
            st_pattern(st, mc->pattern, s->lineno);
            if (mc->guard)
                st_expr(st, mc->guard);
            st_stmts(st, &mc->body);
        }
        break;
    case STMT_PASS:
    case STMT_BREAK:
    case STMT_CONTINUE:
        break;
    }
}

static void st_stmts(ST *st, const StmtSeq *seq)
{
    for (size_t i = 0; i < seq->len && !st->c->failed; i++)
        st_stmt(st, seq->items[i]);
}

/* ---- resolution ---- */

static bool is_function_like(Scope *s)
{
    return s->kind == SC_FUNCTION || s->kind == SC_LAMBDA || s->kind == SC_COMPREHENSION;
}

/* Mark name as passed through every scope strictly between `from` (the
 * user) and `owner` (the function binding it). */
static void mark_free_path(Compiler *c, Scope *from, Scope *owner, const char *name)
{
    for (Scope *s = from->parent; s && s != owner; s = s->parent) {
        Symbol *y = sym_add(c, s, name, DEF_FREE_PASS, 0);
        if (y && y->res == R_UNSET)
            y->res = R_FREE;
    }
}

/* Find the function scope enclosing s that binds name (and makes it a
 * cell); NULL when the name is global there. */
static Scope *find_binding(Compiler *c, Scope *s, const char *name, bool nonlocal)
{
    for (Scope *p = s->parent; p; p = p->parent) {
        if (p->kind == SC_MODULE)
            return NULL;
        Symbol *y = sym_find(p, name);
        if (p->kind == SC_CLASS) {
            if (strcmp(name, "__class__") == 0 && p->needs_class_cell) {
                Symbol *cy = sym_add(c, p, "__class__", 0, 0);
                if (cy)
                    cy->res = R_CELL;
                mark_free_path(c, s, p, name);
                return p;
            }
            continue;
        }
        if (!y)
            continue;
        if (y->flags & DEF_GLOBAL)
            return NULL;
        if (y->flags & (DEF_BOUND | DEF_PARAM | DEF_NONLOCAL)) {
            if (!(y->flags & DEF_NONLOCAL))
                y->res = R_CELL;
            mark_free_path(c, s, p, name);
            return p;
        }
        (void)nonlocal;
    }
    return NULL;
}

static int resolve_scope(Compiler *c, Scope *s)
{
    for (size_t i = 0; i < s->nsyms; i++) {
        Symbol *y = &s->syms[i];
        if (y->res == R_CELL || y->res == R_FREE)
            continue;               /* decided by a nested scope already */
        if (y->flags & DEF_GLOBAL) {
            y->res = R_GLOBAL_EXPLICIT;
        } else if (y->flags & DEF_NONLOCAL) {
            if (!find_binding(c, s, y->name, true)) {
                if (y->decl)
                    return STMT_ERROR(c, y->decl, "no binding for nonlocal '%s' found", y->name);
                return syntax_error_at(c, y->decl_line, 0, y->decl_line, 0,
                                       "no binding for nonlocal '%s' found", y->name);
            }
            y->res = R_FREE;
        } else if (s->kind == SC_MODULE) {
            y->res = R_GLOBAL_IMPLICIT;
        } else if (y->flags & (DEF_BOUND | DEF_PARAM)) {
            y->res = s->kind == SC_CLASS ? R_NAME : R_LOCAL;
        } else if (y->flags & DEF_USE) {
            y->res = find_binding(c, s, y->name, false) ? R_FREE
                     : s->kind == SC_CLASS ? R_NAME : R_GLOBAL_IMPLICIT;
        }
    }
    /* nested scopes may turn our locals into cells: resolve them after */
    for (size_t i = 0; i < s->nchildren; i++)
        if (resolve_scope(c, s->children[i]) < 0)
            return -1;
    return 0;
}

/* ---- code units ---- */

static int list_index_str(Object *list, const char *name)
{
    for (intptr_t i = 0; i < VAR_SIZE(list); i++)
        if (str_equal_cstr(LIST_ITEMS(list)[i], name))
            return (int)i;
    return -1;
}

static int list_add_str(Compiler *c, Object *list, const char *name)
{
    int i = list_index_str(list, name);
    if (i >= 0)
        return i;
    Object *s = str_intern_cstr(name);
    if (!s || list_append(list, s) < 0) {
        c->failed = true;
        return -1;
    }
    return (int)VAR_SIZE(list) - 1;
}

static Unit *unit_new(Compiler *c, Scope *s, Object *qualname, int firstlineno)
{
    Unit *u = mem_alloc(sizeof(Unit));
    if (!u) {
        err_no_memory();
        c->failed = true;
        return NULL;
    }
    u->scope = s;
    u->firstlineno = u->lineno = firstlineno;
    u->consts = list_new(0);
    u->names = list_new(0);
    u->varnames = list_new(0);
    u->cellvars = list_new(0);
    u->freevars = list_new(0);
    u->qualname = qualname;
    XINCREF(qualname);
    if (!u->consts || !u->names || !u->varnames || !u->cellvars || !u->freevars) {
        c->failed = true;
        return u;
    }
    for (size_t i = 0; i < s->nparams; i++)
        list_add_str(c, u->varnames, s->params[i]);
    for (size_t i = 0; i < s->nsyms; i++) {
        Symbol *y = &s->syms[i];
        if (y->res == R_LOCAL && is_function_like(s))
            list_add_str(c, u->varnames, y->name);
        if (y->res == R_CELL)
            list_add_str(c, u->cellvars, y->name);
    }
    for (size_t i = 0; i < s->nsyms; i++) {
        Symbol *y = &s->syms[i];
        if ((y->res == R_FREE || (y->flags & DEF_FREE_PASS)) && y->res != R_CELL)
            list_add_str(c, u->freevars, y->name);
    }
    return u;
}

static void unit_free(Unit *u)
{
    if (!u)
        return;
    XDECREF(u->consts);
    XDECREF(u->names);
    XDECREF(u->varnames);
    XDECREF(u->cellvars);
    XDECREF(u->freevars);
    XDECREF(u->qualname);
    mem_free(u->code);
    mem_free(u->lines);
    mem_free(u->labels);
    mem_free(u);
}

static int emit(Compiler *c, int op, uint32_t arg)
{
    Unit *u = c->u;
    if (c->failed)
        return -1;
    uint32_t *code = grow(c, u->code, &u->capcode, u->ncode + 1, sizeof(uint32_t));
    if (!code)
        return -1;
    u->code = code;
    int32_t *lines = grow(c, u->lines, &u->caplines, u->ncode + 1, sizeof(int32_t));
    if (!lines)
        return -1;
    u->lines = lines;
    if (arg > INSTR_MAXARG) {
        err_set(Exc_OverflowError, "bytecode argument too large");
        c->failed = true;
        return -1;
    }
    u->code[u->ncode] = INSTR(op, arg);
    u->lines[u->ncode] = u->lineno;
    u->ncode++;
    return 0;
}

static int new_label(Compiler *c)
{
    Unit *u = c->u;
    int *l = grow(c, u->labels, &u->caplabels, u->nlabels + 1, sizeof(int));
    if (!l)
        return 0;
    u->labels = l;
    l[u->nlabels] = -1;
    return (int)u->nlabels++;
}

static void bind_label(Compiler *c, int label)
{
    if (!c->failed)
        c->u->labels[label] = (int)c->u->ncode;
}

/* Add a constant (deduplicated for immutable literals); steals v. */
static int add_const(Compiler *c, Object *v)
{
    if (!v) {
        c->failed = true;
        return -1;
    }
    Object *consts = c->u->consts;
    if (TYPE(v) != &Code_type) {
        for (intptr_t i = 0; i < VAR_SIZE(consts); i++) {
            Object *k = LIST_ITEMS(consts)[i];
            if (TYPE(k) != TYPE(v))
                continue;
            bool same = k == v;
            if (!same && (STR_CHECK_EXACT(v) ))
                same = str_equal(k, v);
            else if (!same && INT_CHECK_EXACT(v))
                same = obj_richcompare_bool(k, v, CMP_EQ) == 1;
            else if (!same && TYPE(v) == &Float_type) {
                double a = float_value(k), b = float_value(v);
                same = memcmp(&a, &b, sizeof a) == 0;
            }
            if (same) {
                DECREF(v);
                return (int)i;
            }
        }
    }
    int r = list_append(consts, v);
    DECREF(v);
    if (r < 0) {
        c->failed = true;
        return -1;
    }
    return (int)VAR_SIZE(consts) - 1;
}

static int emit_const(Compiler *c, Object *v)
{
    int i = add_const(c, v);
    return i < 0 ? -1 : emit(c, OP_LOAD_CONST, (uint32_t)i);
}

static int emit_none(Compiler *c) { return emit_const(c, NEWREF(None)); }

static int name_index(Compiler *c, const char *name)
{
    return list_add_str(c, c->u->names, name);
}

static int emit_name_op(Compiler *c, int op, const char *name)
{
    if (op == OP_LOAD_ATTR || op == OP_STORE_ATTR || op == OP_DELETE_ATTR || op == OP_LOAD_METHOD)
        name = mangle(c, c->u->scope, name);
    int i = name_index(c, name);
    return i < 0 ? -1 : emit(c, op, (uint32_t)i);
}

static int emit_jump(Compiler *c, int op, int label)
{
    return emit(c, op, (uint32_t)label);
}

static Object *const_object(Compiler *c, const Constant *k)
{
    (void)c;
    switch (k->kind) {
    case CONST_NONE: return NEWREF(None);
    case CONST_TRUE: return NEWREF(True);
    case CONST_FALSE: return NEWREF(False);
    case CONST_ELLIPSIS: return NEWREF(Ellipsis);
    case CONST_INT: return int_from_string(k->s, k->len, 0);
    case CONST_FLOAT: return float_from_double(k->f);
    case CONST_STR: return str_from_utf8(k->s, k->len);
    }
    return NULL;
}

/* ---- names ---- */

static int deref_index(Compiler *c, const char *name)
{
    int i = list_index_str(c->u->cellvars, name);
    if (i >= 0)
        return i;
    i = list_index_str(c->u->freevars, name);
    if (i >= 0)
        return (int)VAR_SIZE(c->u->cellvars) + i;
    err_set(Exc_RuntimeError, "compiler: no cell for '%s'", name);
    c->failed = true;
    return -1;
}

static int cg_name(Compiler *c, const char *name, ExprContext ctx)
{
    Scope *s = c->u->scope;
    name = mangle(c, s, name);
    Symbol *y = sym_find(s, name);
    Resolution r = y ? y->res : R_UNSET;
    static const int global_ops[] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
    static const int name_ops[] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
    static const int fast_ops[] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
    static const int deref_ops[] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
    if (r == R_UNSET) {
        /* names the compiler itself introduces (__module__, .0, ...) */
        if (s->kind == SC_CLASS)
            r = R_NAME;
        else if (is_function_like(s) && list_index_str(c->u->varnames, name) >= 0)
            r = R_LOCAL;
        else
            r = R_GLOBAL_IMPLICIT;
    }
    switch (r) {
    case R_LOCAL: {
        if (!is_function_like(s))
            return emit_name_op(c, name_ops[ctx], name);
        int i = list_index_str(c->u->varnames, name);
        return emit(c, fast_ops[ctx], (uint32_t)i);
    }
    case R_CELL:
    case R_FREE: {
        int i = deref_index(c, name);
        if (i < 0)
            return -1;
        if (s->kind == SC_CLASS && ctx == CTX_LOAD && !(y && (y->flags & DEF_NONLOCAL)) &&
            strcmp(name, "__class__") != 0)
            return emit(c, OP_LOAD_CLASSDEREF, (uint32_t)i);
        if (s->kind == SC_CLASS && ctx != CTX_LOAD && !(y && (y->flags & DEF_NONLOCAL)))
            return emit_name_op(c, name_ops[ctx], name);
        return emit(c, deref_ops[ctx], (uint32_t)i);
    }
    case R_NAME:
        return emit_name_op(c, name_ops[ctx], name);
    default:
        /* Module and class code may run with a separate locals mapping
         * (exec(src, g, l), eval(src, g, l), a class namespace): its own
         * names go through it.  Without one the VM's name ops fall back to
         * the globals at the cost of a test. */
        if ((s->kind == SC_CLASS || s->kind == SC_MODULE) && r == R_GLOBAL_IMPLICIT)
            return emit_name_op(c, name_ops[ctx], name);
        return emit_name_op(c, global_ops[ctx], name);
    }
}

/* ---- expressions ---- */

static int cg_expr(Compiler *c, Expr *e);
static int cg_stmts(Compiler *c, const StmtSeq *seq);
static int cg_store(Compiler *c, Expr *t);
static int cg_jump_if(Compiler *c, Expr *e, bool cond, int label);
static int cg_function_body(Compiler *c, Scope *s, const char *name, Arguments *args,
                            const StmtSeq *body, Expr *lambda_body, int lineno);
static int cg_comprehension(Compiler *c, Expr *e);

static Scope *child_scope(Compiler *c, const void *node)
{
    Scope *s = c->u->scope;
    for (size_t i = 0; i < s->nchildren; i++)
        if (s->children[i]->node == node)
            return s->children[i];
    err_set(Exc_RuntimeError, "compiler: lost scope");
    c->failed = true;
    return NULL;
}

static int cg_exprs(Compiler *c, const ExprSeq *seq)
{
    for (size_t i = 0; i < seq->len; i++)
        if (cg_expr(c, seq->items[i]) < 0)
            return -1;
    return 0;
}

static bool has_starred(const ExprSeq *seq)
{
    for (size_t i = 0; i < seq->len; i++)
        if (seq->items[i]->kind == EXPR_STARRED)
            return true;
    return false;
}

static bool all_constant(const ExprSeq *seq)
{
    for (size_t i = 0; i < seq->len; i++)
        if (seq->items[i]->kind != EXPR_CONSTANT)
            return false;
    return true;
}

/* Display of list/tuple/set items; with starred items the collection is
 * built incrementally. */
static int cg_sequence(Compiler *c, const ExprSeq *elts, int kind)
{
    if (kind == EXPR_TUPLE && elts->len > 0 && all_constant(elts)) {
        Object *t = tuple_new(elts->len);
        if (!t)
            return c->failed = true, -1;
        for (size_t i = 0; i < elts->len; i++)
            if (!(TUPLE_ITEMS(t)[i] = const_object(c, &elts->items[i]->v.constant))) {
                DECREF(t);
                return c->failed = true, -1;
            }
        return emit_const(c, t);
    }
    /* python3 builds a display of three or more constants from a
     * frozenset constant, and the printed order of the set follows. */
    if (kind == EXPR_SET && elts->len >= 3 && all_constant(elts)) {
        Object *t = tuple_new(elts->len);
        if (!t)
            return c->failed = true, -1;
        for (size_t i = 0; i < elts->len; i++)
            if (!(TUPLE_ITEMS(t)[i] = const_object(c, &elts->items[i]->v.constant))) {
                DECREF(t);
                return c->failed = true, -1;
            }
        Object *fs = frozenset_new(t);
        DECREF(t);
        if (!fs)
            return c->failed = true, -1;
        emit(c, OP_BUILD_SET, 0);
        emit_const(c, fs);
        return emit(c, OP_SET_UPDATE, 1);
    }
    if (!has_starred(elts)) {
        if (cg_exprs(c, elts) < 0)
            return -1;
        int op = kind == EXPR_TUPLE ? OP_BUILD_TUPLE : kind == EXPR_LIST ? OP_BUILD_LIST : OP_BUILD_SET;
        return emit(c, op, (uint32_t)elts->len);
    }
    bool set = kind == EXPR_SET;
    emit(c, set ? OP_BUILD_SET : OP_BUILD_LIST, 0);
    for (size_t i = 0; i < elts->len; i++) {
        Expr *x = elts->items[i];
        if (x->kind == EXPR_STARRED) {
            cg_expr(c, x->v.starred.value);
            emit(c, set ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        } else {
            cg_expr(c, x);
            emit(c, set ? OP_SET_ADD : OP_LIST_APPEND, 1);
        }
    }
    if (kind == EXPR_TUPLE)
        emit(c, OP_LIST_TO_TUPLE, 0);
    return c->failed ? -1 : 0;
}

static int cg_dict(Compiler *c, Expr *e)
{
    const ExprSeq *keys = &e->v.dict.keys, *values = &e->v.dict.values;
    bool unpack = false;
    for (size_t i = 0; i < keys->len; i++)
        if (!keys->items[i])
            unpack = true;
    if (!unpack) {
        for (size_t i = 0; i < keys->len; i++) {
            cg_expr(c, keys->items[i]);
            cg_expr(c, values->items[i]);
        }
        return emit(c, OP_BUILD_MAP, (uint32_t)keys->len);
    }
    emit(c, OP_BUILD_MAP, 0);
    for (size_t i = 0; i < keys->len; i++) {
        if (keys->items[i]) {
            cg_expr(c, keys->items[i]);
            cg_expr(c, values->items[i]);
            emit(c, OP_MAP_ADD, 1);
        } else {
            cg_expr(c, values->items[i]);
            emit(c, OP_DICT_UPDATE, 1);
        }
    }
    return c->failed ? -1 : 0;
}

static const int binop_of[] = {
    [OP_ADD] = BINOP_ADD, [OP_SUB] = BINOP_SUB, [OP_MULT] = BINOP_MUL,
    [OP_MAT_MULT] = BINOP_MATMUL, [OP_DIV] = BINOP_TRUEDIV, [OP_MOD] = BINOP_MOD,
    [OP_POW] = BINOP_POW, [OP_LSHIFT] = BINOP_LSHIFT, [OP_RSHIFT] = BINOP_RSHIFT,
    [OP_BITOR] = BINOP_OR, [OP_BITXOR] = BINOP_XOR, [OP_BITAND] = BINOP_AND,
    [OP_FLOOR_DIV] = BINOP_FLOORDIV,
};

static int cg_compare_op(Compiler *c, CmpOperator op)
{
    switch (op) {
    case CMP_OP_EQ: return emit(c, OP_COMPARE_OP, CMP_EQ);
    case CMP_OP_NOT_EQ: return emit(c, OP_COMPARE_OP, CMP_NE);
    case CMP_OP_LT: return emit(c, OP_COMPARE_OP, CMP_LT);
    case CMP_OP_LT_E: return emit(c, OP_COMPARE_OP, CMP_LE);
    case CMP_OP_GT: return emit(c, OP_COMPARE_OP, CMP_GT);
    case CMP_OP_GT_E: return emit(c, OP_COMPARE_OP, CMP_GE);
    case CMP_OP_IS: return emit(c, OP_IS_OP, 0);
    case CMP_OP_IS_NOT: return emit(c, OP_IS_OP, 1);
    case CMP_OP_IN: return emit(c, OP_CONTAINS_OP, 0);
    case CMP_OP_NOT_IN: return emit(c, OP_CONTAINS_OP, 1);
    }
    return -1;
}

static int cg_compare(Compiler *c, Expr *e)
{
    size_t n = e->v.compare.ops.len;
    cg_expr(c, e->v.compare.left);
    if (n == 1) {
        cg_expr(c, e->v.compare.comparators.items[0]);
        return cg_compare_op(c, e->v.compare.ops.items[0]);
    }
    int cleanup = new_label(c), end = new_label(c);
    for (size_t i = 0; i < n - 1; i++) {
        cg_expr(c, e->v.compare.comparators.items[i]);
        emit(c, OP_DUP_TOP, 0);
        emit(c, OP_ROT_THREE, 0);
        cg_compare_op(c, e->v.compare.ops.items[i]);
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    cg_expr(c, e->v.compare.comparators.items[n - 1]);
    cg_compare_op(c, e->v.compare.ops.items[n - 1]);
    emit_jump(c, OP_JUMP, end);
    bind_label(c, cleanup);
    emit(c, OP_ROT_TWO, 0);
    emit(c, OP_POP_TOP, 0);
    bind_label(c, end);
    return c->failed ? -1 : 0;
}

/* Emit a jump to label when e's truth equals cond, without building the
 * intermediate bools of not/and/or/comparisons. */
static int cg_jump_if(Compiler *c, Expr *e, bool cond, int label)
{
    switch (e->kind) {
    case EXPR_UNARY_OP:
        if (e->v.unary_op.op == UOP_NOT)
            return cg_jump_if(c, e->v.unary_op.operand, !cond, label);
        break;
    case EXPR_BOOL_OP: {
        const ExprSeq *vals = &e->v.bool_op.values;
        bool is_or = e->v.bool_op.op == BOOL_OR;
        /* `a or b` jumps on true when any is true; on false when all false */
        if (is_or == cond) {
            for (size_t i = 0; i < vals->len; i++)
                cg_jump_if(c, vals->items[i], cond, label);
        } else {
            int skip = new_label(c);
            for (size_t i = 0; i + 1 < vals->len; i++)
                cg_jump_if(c, vals->items[i], !cond, skip);
            cg_jump_if(c, vals->items[vals->len - 1], cond, label);
            bind_label(c, skip);
        }
        return c->failed ? -1 : 0;
    }
    case EXPR_COMPARE:
        if (e->v.compare.ops.len == 1) {
            int saved = c->u->lineno;
            c->u->lineno = e->lineno;
            cg_expr(c, e->v.compare.left);
            cg_expr(c, e->v.compare.comparators.items[0]);
            cg_compare_op(c, e->v.compare.ops.items[0]);
            emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
            c->u->lineno = saved;
            return c->failed ? -1 : 0;
        }
        break;
    default:
        break;
    }
    cg_expr(c, e);
    return emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static int cg_keywords_dict(Compiler *c, const KeywordSeq *kws)
{
    emit(c, OP_BUILD_MAP, 0);
    for (size_t i = 0; i < kws->len; i++) {
        Keyword *k = kws->items[i];
        if (k->arg) {
            emit_const(c, str_from_cstr(k->arg));
            cg_expr(c, k->value);
            emit(c, OP_BUILD_MAP, 1);
        } else {
            cg_expr(c, k->value);
        }
        emit(c, OP_DICT_MERGE, 1);
    }
    return c->failed ? -1 : 0;
}

static Object *kwnames_tuple(Compiler *c, const KeywordSeq *kws)
{
    Object *t = tuple_new(kws->len);
    if (!t) {
        c->failed = true;
        return NULL;
    }
    for (size_t i = 0; i < kws->len; i++) {
        Object *s = str_intern_cstr(kws->items[i]->arg);
        if (!s) {
            DECREF(t);
            c->failed = true;
            return NULL;
        }
        TUPLE_ITEMS(t)[i] = NEWREF(s);
    }
    return t;
}

/* Arguments after the callable: positional, then keyword values and the
 * kwnames constant.  Returns the count for CALL*, or -1.  `ex` is set when
 * star-arguments need CALL_EX (then the args tuple and kwargs dict are on
 * the stack instead). */
static int cg_call_args(Compiler *c, const ExprSeq *args, const KeywordSeq *kws, bool *ex,
                        bool *haskw, int preset)
{
    bool star = has_starred(args);
    for (size_t i = 0; i < kws->len; i++)
        if (!kws->items[i]->arg)
            star = true;
    *ex = star;
    *haskw = false;
    if (star) {
        emit(c, OP_BUILD_LIST, (uint32_t)preset);
        for (size_t i = 0; i < args->len; i++) {
            Expr *a = args->items[i];
            if (a->kind == EXPR_STARRED) {
                cg_expr(c, a->v.starred.value);
                emit(c, OP_LIST_EXTEND, 1);
            } else {
                cg_expr(c, a);
                emit(c, OP_LIST_APPEND, 1);
            }
        }
        emit(c, OP_LIST_TO_TUPLE, 0);
        if (kws->len) {
            *haskw = true;
            cg_keywords_dict(c, kws);
        }
        return c->failed ? -1 : 0;
    }
    cg_exprs(c, args);
    for (size_t i = 0; i < kws->len; i++)
        cg_expr(c, kws->items[i]->value);
    if (kws->len) {
        *haskw = true;
        emit_const(c, kwnames_tuple(c, kws));
    }
    return c->failed ? -1 : (int)(args->len + kws->len) + preset;
}

/* super() inside a method becomes super(__class__, <first argument>). */
static bool is_zero_arg_super(Compiler *c, Expr *e)
{
    Expr *f = e->v.call.func;
    if (f->kind != EXPR_NAME || strcmp(f->v.name.id, "super") != 0 ||
        e->v.call.args.len || e->v.call.keywords.len)
        return false;
    Scope *s = c->u->scope;
    if (!is_function_like(s) || c->u->argcount == 0 || !sym_find(s, "__class__"))
        return false;
    Symbol *y = sym_find(s, "super");
    return !y || y->res == R_GLOBAL_IMPLICIT;
}

static int cg_call(Compiler *c, Expr *e)
{
    Expr *f = e->v.call.func;
    bool ex, haskw;
    if (is_zero_arg_super(c, e)) {
        cg_expr(c, f);
        cg_name(c, "__class__", CTX_LOAD);
        cg_name(c, c->u->scope->params[0], CTX_LOAD);
        return emit(c, OP_CALL, 2);
    }
    if (f->kind == EXPR_ATTRIBUTE && !has_starred(&e->v.call.args)) {
        bool plain = true;
        for (size_t i = 0; i < e->v.call.keywords.len; i++)
            if (!e->v.call.keywords.items[i]->arg)
                plain = false;
        if (plain) {
            cg_expr(c, f->v.attribute.value);
            int saved = c->u->lineno;
            c->u->lineno = f->end_lineno ? f->end_lineno : f->lineno;
            emit_name_op(c, OP_LOAD_METHOD, f->v.attribute.attr);
            c->u->lineno = saved;
            int n = cg_call_args(c, &e->v.call.args, &e->v.call.keywords, &ex, &haskw, 0);
            if (n < 0)
                return -1;
            c->u->lineno = e->lineno;
            return emit(c, haskw ? OP_CALL_METHOD_KW : OP_CALL_METHOD, (uint32_t)n);
        }
    }
    cg_expr(c, f);
    int n = cg_call_args(c, &e->v.call.args, &e->v.call.keywords, &ex, &haskw, 0);
    if (n < 0)
        return -1;
    c->u->lineno = e->lineno;
    if (ex)
        return emit(c, OP_CALL_EX, haskw ? 1 : 0);
    return emit(c, haskw ? OP_CALL_KW : OP_CALL, (uint32_t)n);
}

static int cg_fstring(Compiler *c, Expr *e)
{
    const ExprSeq *vals = &e->v.joined_str.values;
    if (vals->len == 0)
        return emit_const(c, str_from_cstr(""));
    for (size_t i = 0; i < vals->len; i++)
        if (cg_expr(c, vals->items[i]) < 0)
            return -1;
    if (vals->len == 1 && vals->items[0]->kind == EXPR_FORMATTED_VALUE)
        return 0;
    return emit(c, OP_BUILD_STRING, (uint32_t)vals->len);
}

static int cg_formatted(Compiler *c, Expr *e)
{
    cg_expr(c, e->v.formatted_value.value);
    int conv = e->v.formatted_value.conversion;
    uint32_t flags = conv == 's' ? FVC_STR : conv == 'r' ? FVC_REPR : conv == 'a' ? FVC_ASCII : FVC_NONE;
    if (e->v.formatted_value.format_spec) {
        cg_expr(c, e->v.formatted_value.format_spec);
        flags |= FVS_HAVE_SPEC;
    }
    return emit(c, OP_FORMAT_VALUE, flags);
}

static int cg_subscript_key(Compiler *c, Expr *k)
{
    if (k->kind == EXPR_SLICE) {
        if (k->v.slice.lower) cg_expr(c, k->v.slice.lower); else emit_none(c);
        if (k->v.slice.upper) cg_expr(c, k->v.slice.upper); else emit_none(c);
        if (k->v.slice.step) {
            cg_expr(c, k->v.slice.step);
            return emit(c, OP_BUILD_SLICE, 3);
        }
        return emit(c, OP_BUILD_SLICE, 2);
    }
    return cg_expr(c, k);
}

static int cg_expr_inner(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case EXPR_BOOL_OP: {
        int end = new_label(c);
        const ExprSeq *vals = &e->v.bool_op.values;
        int op = e->v.bool_op.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        for (size_t i = 0; i + 1 < vals->len; i++) {
            cg_expr(c, vals->items[i]);
            emit_jump(c, op, end);
        }
        cg_expr(c, vals->items[vals->len - 1]);
        bind_label(c, end);
        return c->failed ? -1 : 0;
    }
    case EXPR_NAMED:
        cg_expr(c, e->v.named.value);
        emit(c, OP_DUP_TOP, 0);
        return cg_store(c, e->v.named.target);
    case EXPR_BIN_OP:
        cg_expr(c, e->v.bin_op.left);
        cg_expr(c, e->v.bin_op.right);
        return emit(c, OP_BINARY_OP, (uint32_t)binop_of[e->v.bin_op.op]);
    case EXPR_UNARY_OP: {
        Expr *x = e->v.unary_op.operand;
        /* fold -<number literal> so that -5 is one constant */
        if (e->v.unary_op.op == UOP_USUB && x->kind == EXPR_CONSTANT &&
            (x->v.constant.kind == CONST_INT || x->v.constant.kind == CONST_FLOAT)) {
            Object *v = const_object(c, &x->v.constant);
            if (!v)
                return c->failed = true, -1;
            Object *n = num_neg(v);
            DECREF(v);
            return emit_const(c, n);
        }
        cg_expr(c, x);
        static const int ops[] = {[UOP_INVERT] = OP_UNARY_INVERT, [UOP_NOT] = OP_UNARY_NOT,
                                  [UOP_UADD] = OP_UNARY_POS, [UOP_USUB] = OP_UNARY_NEG};
        return emit(c, ops[e->v.unary_op.op], 0);
    }
    case EXPR_LAMBDA: {
        Scope *s = child_scope(c, e);
        if (!s)
            return -1;
        return cg_function_body(c, s, "<lambda>", e->v.lambda.args, NULL, e->v.lambda.body, e->lineno);
    }
    case EXPR_IF_EXP: {
        int orelse = new_label(c), end = new_label(c);
        cg_jump_if(c, e->v.if_exp.test, false, orelse);
        cg_expr(c, e->v.if_exp.body);
        emit_jump(c, OP_JUMP, end);
        bind_label(c, orelse);
        cg_expr(c, e->v.if_exp.orelse);
        bind_label(c, end);
        return c->failed ? -1 : 0;
    }
    case EXPR_DICT: return cg_dict(c, e);
    case EXPR_SET: return cg_sequence(c, &e->v.set.elts, EXPR_SET);
    case EXPR_LIST_COMP:
    case EXPR_SET_COMP:
    case EXPR_DICT_COMP:
    case EXPR_GENERATOR_EXP:
        return cg_comprehension(c, e);
    case EXPR_YIELD:
        if (e->v.yield.value)
            cg_expr(c, e->v.yield.value);
        else
            emit_none(c);
        return emit(c, OP_YIELD_VALUE, 0);
    case EXPR_YIELD_FROM:
        cg_expr(c, e->v.yield_from.value);
        emit(c, OP_GET_YIELD_FROM_ITER, 0);
        emit_none(c);
        return emit(c, OP_YIELD_FROM, 0);
    case EXPR_COMPARE: return cg_compare(c, e);
    case EXPR_CALL: return cg_call(c, e);
    case EXPR_FORMATTED_VALUE: return cg_formatted(c, e);
    case EXPR_JOINED_STR: return cg_fstring(c, e);
    case EXPR_CONSTANT: return emit_const(c, const_object(c, &e->v.constant));
    case EXPR_ATTRIBUTE:
        if (e->v.attribute.ctx != CTX_LOAD)
            return cg_store(c, e);
        cg_expr(c, e->v.attribute.value);
        c->u->lineno = e->end_lineno ? e->end_lineno : e->lineno;
        return emit_name_op(c, OP_LOAD_ATTR, e->v.attribute.attr);
    case EXPR_SUBSCRIPT:
        cg_expr(c, e->v.subscript.value);
        cg_subscript_key(c, e->v.subscript.slice);
        return emit(c, OP_BINARY_SUBSCR, 0);
    case EXPR_STARRED:
        return EXPR_ERROR(c, e, "can't use starred expression here");
    case EXPR_NAME:
        return cg_name(c, e->v.name.id, e->v.name.ctx);
    case EXPR_LIST: return cg_sequence(c, &e->v.list.elts, EXPR_LIST);
    case EXPR_TUPLE: return cg_sequence(c, &e->v.tuple.elts, EXPR_TUPLE);
    case EXPR_SLICE:
        return cg_subscript_key(c, e);
    }
    return -1;
}

static int cg_expr(Compiler *c, Expr *e)
{
    if (c->failed)
        return -1;
    if (!enter_expr(c)) {
        c->depth--;
        return -1;
    }
    int saved = c->u->lineno;
    c->u->lineno = e->lineno;
    int r = cg_expr_inner(c, e);
    c->u->lineno = saved;
    c->depth--;
    return c->failed ? -1 : r;
}

/* ---- assignment targets ---- */

static const char *expr_description(Expr *e)
{
    switch (e->kind) {
    case EXPR_CALL: return "function call";
    case EXPR_CONSTANT:
        return e->v.constant.kind == CONST_NONE ? "None" : e->v.constant.kind == CONST_TRUE ? "True"
               : e->v.constant.kind == CONST_FALSE ? "False" : e->v.constant.kind == CONST_ELLIPSIS
               ? "ellipsis" : "literal";
    case EXPR_BIN_OP: case EXPR_UNARY_OP: return "expression";
    case EXPR_BOOL_OP: return "expression";
    case EXPR_COMPARE: return "comparison";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_IF_EXP: return "conditional expression";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_LIST_COMP: return "list comprehension";
    case EXPR_SET_COMP: return "set comprehension";
    case EXPR_DICT_COMP: return "dict comprehension";
    case EXPR_GENERATOR_EXP: return "generator expression";
    case EXPR_YIELD: case EXPR_YIELD_FROM: return "yield expression";
    case EXPR_JOINED_STR: case EXPR_FORMATTED_VALUE: return "f-string expression";
    case EXPR_NAMED: return "named expression";
    default: return "expression";
    }
}

static int cg_unpack_targets(Compiler *c, Expr *t, const ExprSeq *elts)
{
    size_t star = elts->len;
    for (size_t i = 0; i < elts->len; i++)
        if (elts->items[i]->kind == EXPR_STARRED) {
            if (star != elts->len)
                return EXPR_ERROR(c, t, "multiple starred expressions in assignment");
            star = i;
        }
    if (star == elts->len) {
        emit(c, OP_UNPACK_SEQUENCE, (uint32_t)elts->len);
    } else {
        size_t after = elts->len - star - 1;
        if (star > 255 || after > 0xffff)
            return EXPR_ERROR(c, t, "too many expressions in star-unpacking assignment");
        emit(c, OP_UNPACK_EX, (uint32_t)(star | (after << 8)));
    }
    for (size_t i = 0; i < elts->len; i++) {
        Expr *x = elts->items[i];
        if (cg_store(c, x->kind == EXPR_STARRED ? x->v.starred.value : x) < 0)
            return -1;
    }
    return 0;
}

/* Store the value on top of the stack into target t (ctx STORE or DEL). */
static int cg_store(Compiler *c, Expr *t)
{
    if (c->failed)
        return -1;
    int saved = c->u->lineno;
    c->u->lineno = t->lineno;
    int r = 0;
    switch (t->kind) {
    case EXPR_NAME:
        r = cg_name(c, t->v.name.id, t->v.name.ctx == CTX_DEL ? CTX_DEL : CTX_STORE);
        break;
    case EXPR_ATTRIBUTE:
        cg_expr(c, t->v.attribute.value);
        r = emit_name_op(c, t->v.attribute.ctx == CTX_DEL ? OP_DELETE_ATTR : OP_STORE_ATTR,
                         t->v.attribute.attr);
        break;
    case EXPR_SUBSCRIPT:
        cg_expr(c, t->v.subscript.value);
        cg_subscript_key(c, t->v.subscript.slice);
        r = emit(c, t->v.subscript.ctx == CTX_DEL ? OP_DELETE_SUBSCR : OP_STORE_SUBSCR, 0);
        break;
    case EXPR_TUPLE:
    case EXPR_LIST: {
        const ExprSeq *elts = t->kind == EXPR_TUPLE ? &t->v.tuple.elts : &t->v.list.elts;
        ExprContext ctx = t->kind == EXPR_TUPLE ? t->v.tuple.ctx : t->v.list.ctx;
        if (ctx == CTX_DEL) {
            for (size_t i = 0; i < elts->len && r == 0; i++)
                r = cg_store(c, elts->items[i]);
        } else {
            r = cg_unpack_targets(c, t, elts);
        }
        break;
    }
    case EXPR_STARRED:
        r = EXPR_ERROR(c, t, "starred assignment target must be in a list or tuple");
        break;
    default:
        r = EXPR_ERROR(c, t, "cannot assign to %s", expr_description(t));
        break;
    }
    c->u->lineno = saved;
    return c->failed ? -1 : r;
}

/* ---- blocks: loops, try, with ---- */

static int push_fblock(Compiler *c, Stmt *s, int kind, int start, int exit)
{
    Unit *u = c->u;
    if (u->nfblocks >= FRAME_MAXBLOCKS)
        return STMT_ERROR(c, s, "too many statically nested blocks");
    FBlock *b = &u->fblocks[u->nfblocks++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->start = start;
    b->exit = exit;
    return 0;
}

static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

/* Emit the cleanup of leaving block b early; preserve_tos: a return value
 * sits on top of the stack and must survive. */
static int unwind_fblock(Compiler *c, FBlock *b, bool preserve_tos)
{
    switch (b->kind) {
    case FB_WHILE:
        return 0;
    case FB_FOR:
        if (preserve_tos)
            emit(c, OP_ROT_TWO, 0);
        return emit(c, OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        return emit(c, OP_POP_BLOCK, 0);
    case FB_FINALLY_TRY: {
        emit(c, OP_POP_BLOCK, 0);
        /* run the finally body with this block gone, so that a return in
         * it does not run it again */
        FBlock saved = *b;
        int idx = (int)(b - c->u->fblocks);
        int n = c->u->nfblocks;
        c->u->nfblocks = idx;
        cg_stmts(c, saved.final);
        c->u->nfblocks = n;
        c->u->fblocks[idx] = saved;
        return c->failed ? -1 : 0;
    }
    case FB_FINALLY_END:
        if (preserve_tos)
            emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_TOP, 0);       /* the exception */
        if (preserve_tos)
            emit(c, OP_ROT_TWO, 0);
        return emit(c, OP_POP_EXCEPT, 0);
    case FB_HANDLER:
    case FB_HANDLER_NAMED:
        if (b->kind == FB_HANDLER_NAMED)
            emit(c, OP_POP_BLOCK, 0);
        if (preserve_tos)
            emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_EXCEPT, 0);
        if (b->kind == FB_HANDLER_NAMED) {
            emit_none(c);
            cg_name(c, b->name, CTX_STORE);
            cg_name(c, b->name, CTX_DEL);
        }
        return c->failed ? -1 : 0;
    case FB_WITH:
        emit(c, OP_POP_BLOCK, 0);
        if (preserve_tos)
            emit(c, OP_ROT_TWO, 0);
        return emit(c, OP_WITH_EXIT, 0);
    }
    return 0;
}

static int cg_return(Compiler *c, Stmt *s)
{
    if (s->v.return_.value)
        cg_expr(c, s->v.return_.value);
    else
        emit_none(c);
    for (int i = c->u->nfblocks - 1; i >= 0; i--)
        if (unwind_fblock(c, &c->u->fblocks[i], true) < 0)
            return -1;
    return emit(c, OP_RETURN_VALUE, 0);
}

static int cg_break_continue(Compiler *c, Stmt *s, bool is_break)
{
    for (int i = c->u->nfblocks - 1; i >= 0; i--) {
        FBlock *b = &c->u->fblocks[i];
        if (b->kind == FB_WHILE || b->kind == FB_FOR) {
            if (is_break) {
                if (unwind_fblock(c, b, false) < 0)
                    return -1;
                return emit_jump(c, OP_JUMP, b->exit);
            }
            return emit_jump(c, OP_JUMP, b->start);
        }
        if (unwind_fblock(c, b, false) < 0)
            return -1;
    }
    return STMT_ERROR(c, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
}

static int cg_for(Compiler *c, Stmt *s)
{
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    cg_expr(c, s->v.for_.iter);
    emit(c, OP_GET_ITER, 0);
    bind_label(c, start);
    emit_jump(c, OP_FOR_ITER, cleanup);
    if (push_fblock(c, s, FB_FOR, start, end) < 0)
        return -1;
    cg_store(c, s->v.for_.target);
    cg_stmts(c, &s->v.for_.body);
    pop_fblock(c);
    emit_jump(c, OP_JUMP, start);
    bind_label(c, cleanup);
    cg_stmts(c, &s->v.for_.orelse);
    bind_label(c, end);
    return c->failed ? -1 : 0;
}

static bool is_true_constant(Expr *e)
{
    return e->kind == EXPR_CONSTANT && (e->v.constant.kind == CONST_TRUE ||
           (e->v.constant.kind == CONST_INT && !(e->v.constant.len == 1 && e->v.constant.s[0] == '0')));
}

static int cg_while(Compiler *c, Stmt *s)
{
    int start = new_label(c), orelse = new_label(c), end = new_label(c);
    bind_label(c, start);
    if (!is_true_constant(s->v.while_.test))
        cg_jump_if(c, s->v.while_.test, false, orelse);
    if (push_fblock(c, s, FB_WHILE, start, end) < 0)
        return -1;
    cg_stmts(c, &s->v.while_.body);
    pop_fblock(c);
    emit_jump(c, OP_JUMP, start);
    bind_label(c, orelse);
    cg_stmts(c, &s->v.while_.orelse);
    bind_label(c, end);
    return c->failed ? -1 : 0;
}

static int cg_if(Compiler *c, Stmt *s)
{
    int orelse = new_label(c), end = new_label(c);
    cg_jump_if(c, s->v.if_.test, false, orelse);
    cg_stmts(c, &s->v.if_.body);
    if (s->v.if_.orelse.len) {
        emit_jump(c, OP_JUMP, end);
        bind_label(c, orelse);
        cg_stmts(c, &s->v.if_.orelse);
    } else {
        bind_label(c, orelse);
    }
    bind_label(c, end);
    return c->failed ? -1 : 0;
}

/* try/except[/else]: the handler entry has [prev_exc, exc] on the stack. */
static int cg_try_except(Compiler *c, Stmt *s)
{
    int handlers = new_label(c), orelse = new_label(c), end = new_label(c);
    emit_jump(c, OP_SETUP_FINALLY, handlers);
    if (push_fblock(c, s, FB_TRY_EXCEPT, 0, 0) < 0)
        return -1;
    cg_stmts(c, &s->v.try.body);
    pop_fblock(c);
    emit(c, OP_POP_BLOCK, 0);
    emit_jump(c, OP_JUMP, orelse);
    bind_label(c, handlers);
    for (size_t i = 0; i < s->v.try.handlers.len; i++) {
        ExceptHandler *h = s->v.try.handlers.items[i];
        int next = new_label(c);
        c->u->lineno = h->lineno;
        if (!h->type && i + 1 < s->v.try.handlers.len)
            return syntax_error_at(c, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset,
                                   "default 'except:' must be last");
        if (h->type) {
            emit(c, OP_DUP_TOP, 0);
            cg_expr(c, h->type);
            emit_jump(c, OP_JUMP_IF_NOT_EXC_MATCH, next);
        }
        if (h->name) {
            int cleanup = new_label(c);
            cg_name(c, h->name, CTX_STORE);
            emit_jump(c, OP_SETUP_FINALLY, cleanup);
            if (push_fblock(c, s, FB_HANDLER_NAMED, 0, 0) < 0)
                return -1;
            c->u->fblocks[c->u->nfblocks - 1].name = h->name;
            cg_stmts(c, &h->body);
            pop_fblock(c);
            emit(c, OP_POP_BLOCK, 0);
            emit(c, OP_POP_EXCEPT, 0);
            emit_none(c);
            cg_name(c, h->name, CTX_STORE);
            cg_name(c, h->name, CTX_DEL);
            emit_jump(c, OP_JUMP, end);
            bind_label(c, cleanup);
            emit_none(c);
            cg_name(c, h->name, CTX_STORE);
            cg_name(c, h->name, CTX_DEL);
            emit(c, OP_RERAISE, 0);
        } else {
            emit(c, OP_POP_TOP, 0);
            if (push_fblock(c, s, FB_HANDLER, 0, 0) < 0)
                return -1;
            cg_stmts(c, &h->body);
            pop_fblock(c);
            emit(c, OP_POP_EXCEPT, 0);
            emit_jump(c, OP_JUMP, end);
        }
        bind_label(c, next);
    }
    emit(c, OP_RERAISE, 0);
    bind_label(c, orelse);
    cg_stmts(c, &s->v.try.orelse);
    bind_label(c, end);
    return c->failed ? -1 : 0;
}

static int cg_try(Compiler *c, Stmt *s)
{
    if (!s->v.try.finalbody.len)
        return cg_try_except(c, s);
    int final = new_label(c), exit = new_label(c);
    emit_jump(c, OP_SETUP_FINALLY, final);
    if (push_fblock(c, s, FB_FINALLY_TRY, 0, 0) < 0)
        return -1;
    c->u->fblocks[c->u->nfblocks - 1].final = &s->v.try.finalbody;
    if (s->v.try.handlers.len)
        cg_try_except(c, s);
    else
        cg_stmts(c, &s->v.try.body);
    pop_fblock(c);
    emit(c, OP_POP_BLOCK, 0);
    cg_stmts(c, &s->v.try.finalbody);
    emit_jump(c, OP_JUMP, exit);
    bind_label(c, final);
    if (push_fblock(c, s, FB_FINALLY_END, 0, 0) < 0)
        return -1;
    cg_stmts(c, &s->v.try.finalbody);
    pop_fblock(c);
    emit(c, OP_RERAISE, 0);
    bind_label(c, exit);
    return c->failed ? -1 : 0;
}

/* with a as x, b: nests one block per item. */
static int cg_with_item(Compiler *c, Stmt *s, size_t i)
{
    WithItem *w = s->v.with.items.items[i];
    int handler = new_label(c), suppress = new_label(c), end = new_label(c);
    cg_expr(c, w->context_expr);
    c->u->lineno = s->lineno;
    emit_jump(c, OP_SETUP_WITH, handler);
    if (push_fblock(c, s, FB_WITH, 0, 0) < 0)
        return -1;
    if (w->optional_vars)
        cg_store(c, w->optional_vars);
    else
        emit(c, OP_POP_TOP, 0);
    if (i + 1 < s->v.with.items.len)
        cg_with_item(c, s, i + 1);
    else
        cg_stmts(c, &s->v.with.body);
    pop_fblock(c);
    c->u->lineno = s->lineno;
    emit(c, OP_POP_BLOCK, 0);
    emit(c, OP_WITH_EXIT, 0);
    emit_jump(c, OP_JUMP, end);
    /* exception: [exit, prev, exc] */
    bind_label(c, handler);
    emit(c, OP_WITH_EXCEPT_START, 0);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    emit(c, OP_RERAISE, 0);
    bind_label(c, suppress);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
    bind_label(c, end);
    return c->failed ? -1 : 0;
}

/* ---- statements ---- */

static int cg_import(Compiler *c, Stmt *s)
{
    for (size_t i = 0; i < s->v.import.names.len; i++) {
        Alias *a = s->v.import.names.items[i];
        emit_name_op(c, OP_IMPORT_NAME, a->name);
        if (a->asname) {
            cg_name(c, a->asname, CTX_STORE);
        } else {
            const char *dot = strchr(a->name, '.');
            if (dot) {
                char first[256];
                size_t n = (size_t)(dot - a->name) < sizeof first - 1 ? (size_t)(dot - a->name) : sizeof first - 1;
                memcpy(first, a->name, n);
                first[n] = 0;
                Symbol *y = sym_find(c->u->scope, first);
                cg_name(c, y ? y->name : first, CTX_STORE);
            } else {
                cg_name(c, a->name, CTX_STORE);
            }
        }
    }
    return c->failed ? -1 : 0;
}

static int cg_import_from(Compiler *c, Stmt *s)
{
    const char *mod = s->v.import_from.module ? s->v.import_from.module : "";
    emit_name_op(c, OP_IMPORT_NAME, mod);
    const AliasSeq *names = &s->v.import_from.names;
    if (names->len == 1 && strcmp(names->items[0]->name, "*") == 0)
        return emit(c, OP_IMPORT_STAR, 0);
    for (size_t i = 0; i < names->len; i++) {
        Alias *a = names->items[i];
        emit_name_op(c, OP_IMPORT_FROM, a->name);
        cg_name(c, a->asname ? a->asname : a->name, CTX_STORE);
    }
    return emit(c, OP_POP_TOP, 0);
}

static int cg_aug_assign(Compiler *c, Stmt *s)
{
    Expr *t = s->v.aug_assign.target;
    uint32_t op = (uint32_t)BINOP_INPLACE(binop_of[s->v.aug_assign.op]);
    switch (t->kind) {
    case EXPR_NAME:
        cg_name(c, t->v.name.id, CTX_LOAD);
        cg_expr(c, s->v.aug_assign.value);
        emit(c, OP_BINARY_OP, op);
        return cg_name(c, t->v.name.id, CTX_STORE);
    case EXPR_ATTRIBUTE:
        cg_expr(c, t->v.attribute.value);
        emit(c, OP_DUP_TOP, 0);
        emit_name_op(c, OP_LOAD_ATTR, t->v.attribute.attr);
        cg_expr(c, s->v.aug_assign.value);
        emit(c, OP_BINARY_OP, op);
        emit(c, OP_ROT_TWO, 0);
        return emit_name_op(c, OP_STORE_ATTR, t->v.attribute.attr);
    case EXPR_SUBSCRIPT:
        cg_expr(c, t->v.subscript.value);
        cg_subscript_key(c, t->v.subscript.slice);
        emit(c, OP_DUP_TOP_TWO, 0);
        emit(c, OP_BINARY_SUBSCR, 0);
        cg_expr(c, s->v.aug_assign.value);
        emit(c, OP_BINARY_OP, op);
        emit(c, OP_ROT_THREE, 0);
        return emit(c, OP_STORE_SUBSCR, 0);
    default:
        return STMT_ERROR(c, s, "'%s' is an illegal expression for augmented assignment",
                          expr_description(t));
    }
}

static int cg_assert(Compiler *c, Stmt *s)
{
    int end = new_label(c);
    cg_jump_if(c, s->v.assert.test, true, end);
    emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->v.assert.msg) {
        cg_expr(c, s->v.assert.msg);
        emit(c, OP_CALL, 1);
    }
    emit(c, OP_RAISE_VARARGS, 1);
    bind_label(c, end);
    return c->failed ? -1 : 0;
}

/* ---- the match statement ----
 *
 * Each case matches a copy of the subject.  A pattern consumes the value
 * on top of the stack: on success it is gone (captures stored as they are
 * met, which python3 allows), on failure the code jumps to a label that
 * first pops whatever the pattern left above the case's baseline.
 * PatternCtx.fail_pop[k] is that label for k items; on_top counts the
 * items above the baseline other than the value being matched.  The
 * structural checks (is it a sequence of this length, a mapping with
 * these keys, an instance with these attributes) are C helpers called as
 * constants (match_helper_new); each returns the parts to match next as a
 * tuple, or None for no match. */

typedef struct {
    int *fail_pop;
    size_t nfail, capfail;
    int on_top;
} PatternCtx;

static int cg_pattern(Compiler *c, Pattern *pat, PatternCtx *pc);

/* The label that pops n items and fails. */
static int fail_label(Compiler *c, PatternCtx *pc, size_t n)
{
    if (n >= pc->nfail) {
        int *l = grow(c, pc->fail_pop, &pc->capfail, n + 1, sizeof(int));
        if (!l)
            return 0;
        pc->fail_pop = l;
        while (pc->nfail <= n)
            pc->fail_pop[pc->nfail++] = new_label(c);
    }
    return pc->fail_pop[n];
}

/* Emit the popping chain; control falls out of it at fail_pop[0]. */
static void emit_fail_pops(Compiler *c, PatternCtx *pc)
{
    for (size_t n = pc->nfail; n-- > 0;) {
        bind_label(c, pc->fail_pop[n]);
        if (n > 0)
            emit(c, OP_POP_TOP, 0);
    }
    mem_free(pc->fail_pop);
    pc->fail_pop = NULL;
    pc->nfail = pc->capfail = 0;
}

static int emit_int_const(Compiler *c, int64_t v)
{
    return emit_const(c, int_from_i64(v));
}

/* value -> helper(value, <args pushed by the caller>) is set up by
 * helper_prologue; helper_epilogue checks the result and unpacks its
 * `parts` items, the first on top. */
static void helper_prologue(Compiler *c, int which)
{
    emit_const(c, match_helper_new(which));
    emit(c, OP_ROT_TWO, 0);
}

static void helper_epilogue(Compiler *c, PatternCtx *pc, size_t nargs, size_t parts)
{
    emit(c, OP_CALL, (uint32_t)nargs);
    if (parts == 0) {
        emit_jump(c, OP_POP_JUMP_IF_NONE, fail_label(c, pc, (size_t)pc->on_top));
        return;
    }
    emit(c, OP_DUP_TOP, 0);
    emit_jump(c, OP_POP_JUMP_IF_NONE, fail_label(c, pc, (size_t)pc->on_top + 1));
    emit(c, OP_UNPACK_SEQUENCE, (uint32_t)parts);
}

/* Match the unpacked parts (first on top) against pats in order. */
static void cg_parts(Compiler *c, const PatternSeq *pats, size_t more_below, PatternCtx *pc)
{
    for (size_t i = 0; i < pats->len; i++) {
        int below = (int)(pats->len - 1 - i + more_below);
        pc->on_top += below;
        cg_pattern(c, pats->items[i], pc);
        pc->on_top -= below;
    }
}

static void cg_pattern_sequence(Compiler *c, Pattern *pat, PatternCtx *pc)
{
    const PatternSeq *pats = &pat->v.sequence.patterns;
    int64_t star = -1;
    for (size_t i = 0; i < pats->len; i++)
        if (pats->items[i]->kind == PAT_STAR) {
            if (star >= 0) {
                PATTERN_ERROR(c, pats->items[i], "multiple starred names in sequence pattern");
                return;
            }
            star = (int64_t)i;
        }
    helper_prologue(c, MATCH_HELPER_SEQUENCE);
    emit_int_const(c, (int64_t)pats->len);
    emit_int_const(c, star);
    helper_epilogue(c, pc, 3, pats->len);
    cg_parts(c, pats, 0, pc);
}

static void cg_pattern_mapping(Compiler *c, Pattern *pat, PatternCtx *pc)
{
    const ExprSeq *keys = &pat->v.mapping.keys;
    bool rest = pat->v.mapping.rest != NULL;
    helper_prologue(c, MATCH_HELPER_MAPPING);
    for (size_t i = 0; i < keys->len; i++)
        cg_expr(c, keys->items[i]);
    emit(c, OP_BUILD_TUPLE, (uint32_t)keys->len);
    emit_const(c, NEWREF(rest ? True : False));
    helper_epilogue(c, pc, 3, keys->len + rest);
    cg_parts(c, &pat->v.mapping.patterns, rest, pc);
    if (rest)
        cg_name(c, pat->v.mapping.rest, CTX_STORE);
}

static void cg_pattern_class(Compiler *c, Pattern *pat, PatternCtx *pc)
{
    const IdentSeq *attrs = &pat->v.class_.kwd_attrs;
    Object *names = tuple_new(attrs->len);
    for (size_t i = 0; names && i < attrs->len; i++)
        if ((TUPLE_ITEMS(names)[i] = str_from_cstr(attrs->items[i])) == NULL)
            CLEAR(names);
    helper_prologue(c, MATCH_HELPER_CLASS);
    cg_expr(c, pat->v.class_.cls);
    emit_int_const(c, (int64_t)pat->v.class_.patterns.len);
    emit_const(c, names);
    helper_epilogue(c, pc, 4, pat->v.class_.patterns.len + attrs->len);
    cg_parts(c, &pat->v.class_.patterns, attrs->len, pc);
    cg_parts(c, &pat->v.class_.kwd_patterns, 0, pc);
}

/* p1 | p2 | p3: each alternative but the last matches a copy with its
 * own failure chain, which falls through to the next alternative. */
static void cg_pattern_or(Compiler *c, Pattern *pat, PatternCtx *pc)
{
    const PatternSeq *alts = &pat->v.or_.patterns;
    int matched = new_label(c);
    for (size_t i = 0; i + 1 < alts->len; i++) {
        PatternCtx alt = {0};
        emit(c, OP_DUP_TOP, 0);
        cg_pattern(c, alts->items[i], &alt);
        emit(c, OP_POP_TOP, 0);
        emit_jump(c, OP_JUMP, matched);
        emit_fail_pops(c, &alt);
    }
    cg_pattern(c, alts->items[alts->len - 1], pc);
    bind_label(c, matched);
}

static int cg_pattern(Compiler *c, Pattern *pat, PatternCtx *pc)
{
    if (c->failed)
        return -1;
    switch (pat->kind) {
    case PAT_VALUE:
        cg_expr(c, pat->v.value.value);
        emit(c, OP_COMPARE_OP, CMP_EQ);
        emit_jump(c, OP_POP_JUMP_IF_FALSE, fail_label(c, pc, (size_t)pc->on_top));
        break;
    case PAT_SINGLETON: {
        Constant k = {pat->v.singleton.value, NULL, 0, 0};
        emit_const(c, const_object(c, &k));
        emit(c, OP_IS_OP, 0);
        emit_jump(c, OP_POP_JUMP_IF_FALSE, fail_label(c, pc, (size_t)pc->on_top));
        break;
    }
    case PAT_SEQUENCE: cg_pattern_sequence(c, pat, pc); break;
    case PAT_MAPPING: cg_pattern_mapping(c, pat, pc); break;
    case PAT_CLASS: cg_pattern_class(c, pat, pc); break;
    case PAT_OR: cg_pattern_or(c, pat, pc); break;
    case PAT_STAR:
        if (pat->v.star.name)
            cg_name(c, pat->v.star.name, CTX_STORE);
        else
            emit(c, OP_POP_TOP, 0);
        break;
    case PAT_AS:
        if (pat->v.as.pattern) {
            if (pat->v.as.name)
                emit(c, OP_DUP_TOP, 0);
            pc->on_top += pat->v.as.name != NULL;
            cg_pattern(c, pat->v.as.pattern, pc);
            pc->on_top -= pat->v.as.name != NULL;
        }
        if (pat->v.as.name)
            cg_name(c, pat->v.as.name, CTX_STORE);
        else if (!pat->v.as.pattern)
            emit(c, OP_POP_TOP, 0);
        break;
    }
    return c->failed ? -1 : 0;
}

static int cg_match(Compiler *c, Stmt *s)
{
    int end = new_label(c);
    cg_expr(c, s->v.match.subject);
    for (size_t i = 0; i < s->v.match.cases.len; i++) {
        MatchCase *mc = s->v.match.cases.items[i];
        PatternCtx pc = {0};
        c->u->lineno = mc->pattern->lineno;
        emit(c, OP_DUP_TOP, 0);
        cg_pattern(c, mc->pattern, &pc);
        if (mc->guard)
            cg_jump_if(c, mc->guard, false, fail_label(c, &pc, 0));
        emit(c, OP_POP_TOP, 0);
        cg_stmts(c, &mc->body);
        emit_jump(c, OP_JUMP, end);
        emit_fail_pops(c, &pc);
    }
    emit(c, OP_POP_TOP, 0);
    bind_label(c, end);
    return c->failed ? -1 : 0;
}

static int cg_class(Compiler *c, Stmt *s);
static int cg_funcdef(Compiler *c, Stmt *s);

static int cg_ann_assign(Compiler *c, Stmt *s);

static int cg_stmt(Compiler *c, Stmt *s)
{
    if (c->failed)
        return -1;
    c->u->lineno = s->lineno;
    switch (s->kind) {
    case STMT_FUNCTION_DEF: return cg_funcdef(c, s);
    case STMT_CLASS_DEF: return cg_class(c, s);
    case STMT_RETURN: return cg_return(c, s);
    case STMT_DELETE:
        for (size_t i = 0; i < s->v.delete.targets.len; i++)
            cg_store(c, s->v.delete.targets.items[i]);
        return c->failed ? -1 : 0;
    case STMT_ASSIGN: {
        size_t n = s->v.assign.targets.len;
        cg_expr(c, s->v.assign.value);
        for (size_t i = 0; i < n; i++) {
            if (i + 1 < n)
                emit(c, OP_DUP_TOP, 0);
            cg_store(c, s->v.assign.targets.items[i]);
        }
        return c->failed ? -1 : 0;
    }
    case STMT_AUG_ASSIGN: return cg_aug_assign(c, s);
    case STMT_ANN_ASSIGN: return cg_ann_assign(c, s);
    case STMT_FOR: return cg_for(c, s);
    case STMT_WHILE: return cg_while(c, s);
    case STMT_IF: return cg_if(c, s);
    case STMT_WITH: return cg_with_item(c, s, 0);
    case STMT_RAISE: {
        uint32_t n = 0;
        if (s->v.raise.exc) {
            cg_expr(c, s->v.raise.exc);
            n = 1;
            if (s->v.raise.cause) {
                cg_expr(c, s->v.raise.cause);
                n = 2;
            }
        }
        c->u->lineno = s->lineno;
        return emit(c, OP_RAISE_VARARGS, n);
    }
    case STMT_TRY: return cg_try(c, s);
    case STMT_ASSERT: return cg_assert(c, s);
    case STMT_IMPORT: return cg_import(c, s);
    case STMT_IMPORT_FROM: return cg_import_from(c, s);
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
    case STMT_PASS:
        return 0;
    case STMT_EXPR: {
        Expr *v = s->v.expr.value;
        if (c->interactive && c->u->scope->kind == SC_MODULE) {
            cg_expr(c, v);
            return emit(c, OP_PRINT_EXPR, 0);
        }
        if (v->kind == EXPR_CONSTANT)
            return 0;       /* docstrings and bare literals do nothing */
        cg_expr(c, v);
        return emit(c, OP_POP_TOP, 0);
    }
    case STMT_BREAK: return cg_break_continue(c, s, true);
    case STMT_CONTINUE: return cg_break_continue(c, s, false);
    case STMT_MATCH: return cg_match(c, s);
    }
    return 0;
}

static int cg_stmts(Compiler *c, const StmtSeq *seq)
{
    for (size_t i = 0; i < seq->len; i++)
        if (cg_stmt(c, seq->items[i]) < 0)
            return -1;
    return 0;
}

/* ---- assembly ---- */

static bool is_jump(int op)
{
    switch (op) {
    case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
    case OP_FOR_ITER: case OP_SETUP_FINALLY: case OP_SETUP_WITH:
    case OP_JUMP_IF_NOT_EXC_MATCH:
        return true;
    default:
        return false;
    }
}

/* Stack effect of an instruction; `jump`: along its jump edge. */
static int stack_effect(int op, int arg, bool jump)
{
    switch (op) {
    case OP_NOP: case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR:
    case OP_UNARY_NEG: case OP_UNARY_POS: case OP_UNARY_NOT: case OP_UNARY_INVERT:
    case OP_GET_ITER: case OP_LOAD_ATTR: case OP_LIST_TO_TUPLE: case OP_GET_YIELD_FROM_ITER:
    case OP_JUMP: case OP_POP_BLOCK: case OP_YIELD_VALUE: case OP_RETURN_GENERATOR:
    case OP_SETUP_ANNOTATIONS: case OP_DELETE_FAST: case OP_DELETE_NAME:
    case OP_DELETE_GLOBAL: case OP_DELETE_DEREF:
        return 0;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_NAME: case OP_STORE_GLOBAL:
    case OP_STORE_DEREF: case OP_DELETE_ATTR: case OP_BINARY_SUBSCR: case OP_BINARY_OP:
    case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP: case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
    case OP_DICT_UPDATE: case OP_DICT_MERGE: case OP_YIELD_FROM: case OP_POP_EXCEPT:
    case OP_RERAISE: case OP_IMPORT_STAR: case OP_PRINT_EXPR: case OP_WITH_EXIT:
        return -1;
    case OP_DUP_TOP: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_NAME:
    case OP_LOAD_GLOBAL: case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM: case OP_LOAD_BUILD_CLASS:
    case OP_LOAD_ASSERTION_ERROR: case OP_WITH_EXCEPT_START:
        return 1;
    case OP_DUP_TOP_TWO: case OP_LOAD_FAST_PAIR:
        return 2;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: case OP_JUMP_IF_NOT_EXC_MATCH:
        return -2;
    case OP_STORE_SUBSCR:
        return -3;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_SETUP_FINALLY:
        return jump ? 2 : 0;
    case OP_SETUP_WITH:
        return jump ? 2 : 1;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP:
        return 1 - 2 * arg;
    case OP_BUILD_CONST_KEY_MAP:
        return -arg;
    case OP_BUILD_SLICE:
        return 1 - arg;
    case OP_UNPACK_SEQUENCE:
        return arg - 1;
    case OP_UNPACK_EX:
        return (arg & 0xff) + (arg >> 8);
    case OP_FORMAT_VALUE:
        return (arg & FVS_HAVE_SPEC) ? -1 : 0;
    case OP_CALL:
        return -arg;
    case OP_CALL_KW:
        return -arg - 1;
    case OP_CALL_METHOD:
        return -arg - 1;
    case OP_CALL_METHOD_KW:
        return -arg - 2;
    case OP_CALL_EX:
        return (arg & 1) ? -2 : -1;
    case OP_MAKE_FUNCTION:
        return -1 - ((arg & MKFN_DEFAULTS) != 0) - ((arg & MKFN_KWDEFAULTS) != 0) -
               ((arg & MKFN_CLOSURE) != 0);
    case OP_RETURN_VALUE:
        return -1;
    case OP_RAISE_VARARGS:
        return -arg;
    }
    return 0;
}

static bool ends_flow(int op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS;
}

/* The maximum stack depth over every path (a worklist over instruction
 * indices; each index is visited once with its first-seen depth, which is
 * the same on every path in code this compiler emits). */
static int max_stack_depth(Compiler *c, Unit *u)
{
    size_t n = u->ncode;
    if (n == 0)
        return 0;
    int *depth = mem_alloc_atomic(n * sizeof(int));
    size_t *work = mem_alloc_atomic((n + 1) * 2 * sizeof(size_t));
    if (!depth || !work) {
        mem_free(depth);
        mem_free(work);
        err_no_memory();
        c->failed = true;
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        depth[i] = -1;
    size_t nwork = 0;
    int maxd = 0;
    depth[0] = 0;
    work[nwork++] = 0;
    while (nwork) {
        size_t i = work[--nwork];
        int d = depth[i];
        for (; i < n; i++) {
            int op = (int)INSTR_OP(u->code[i]), arg = (int)INSTR_ARG(u->code[i]);
            if (is_jump(op)) {
                int t = arg;
                int jd = d + stack_effect(op, arg, true);
                if (jd > maxd)
                    maxd = jd;
                if (t >= 0 && (size_t)t < n && depth[t] < 0) {
                    depth[t] = jd;
                    work[nwork++] = (size_t)t;
                }
            }
            d += stack_effect(op, arg, false);
            if (d > maxd)
                maxd = d;
            if (ends_flow(op))
                break;
            if (i + 1 < n) {
                if (depth[i + 1] >= 0)
                    break;
                depth[i + 1] = d;
            }
        }
    }
    mem_free(depth);
    mem_free(work);
    return maxd;
}

/* Replace jump labels by instruction indices, fuse LOAD_FAST pairs. */
static int resolve_labels(Compiler *c, Unit *u)
{
    for (size_t i = 0; i < u->ncode; i++) {
        int op = (int)INSTR_OP(u->code[i]);
        if (!is_jump(op))
            continue;
        int target = u->labels[INSTR_ARG(u->code[i])];
        if (target < 0) {
            err_set(Exc_RuntimeError, "compiler: unbound label");
            c->failed = true;
            return -1;
        }
        u->code[i] = INSTR(op, (uint32_t)target);
    }
    return 0;
}

static Object *list_to_tuple_or_fail(Compiler *c, Object *l)
{
    Object *t = list_as_tuple(l);
    if (!t)
        c->failed = true;
    return t;
}

#ifdef OURO_DIS
#include <stdlib.h>
/* Debug aid: OURO_DIS=1 prints every assembled code object. */
static void dis(Unit *u, const char *name)
{
    if (!getenv("OURO_DIS"))
        return;
    fprintf(stderr, "== %s\n", name);
    for (size_t i = 0; i < u->ncode; i++)
        fprintf(stderr, "%4zu %4d %-22s %u\n", i, u->lines[i], opcode_names[INSTR_OP(u->code[i])],
                INSTR_ARG(u->code[i]));
}
#else
#define dis(u, name) ((void)0)
#endif

static Object *assemble(Compiler *c, Unit *u, const char *name, int flags)
{
    /* Every code block ends in a return, also when its last instruction is
     * one but a jump lands past it (`if a: return 5` as a body's end). */
    bool label_at_end = false;
    for (size_t i = 0; i < u->nlabels; i++)
        label_at_end |= u->labels[i] == (int)u->ncode;
    if (u->ncode == 0 || label_at_end || INSTR_OP(u->code[u->ncode - 1]) != OP_RETURN_VALUE) {
        emit_none(c);
        emit(c, OP_RETURN_VALUE, 0);
    }
    if (c->failed || resolve_labels(c, u) < 0)
        return NULL;
    dis(u, name);
    int depth = max_stack_depth(c, u);
    if (depth < 0)
        return NULL;
    CodeObject *co = (CodeObject *)code_new();
    if (!co) {
        c->failed = true;
        return NULL;
    }
    co->code = u->code;
    co->lines = u->lines;
    co->ncode = u->ncode;
    u->code = NULL;
    u->lines = NULL;
    co->consts = list_to_tuple_or_fail(c, u->consts);
    co->names = list_to_tuple_or_fail(c, u->names);
    co->varnames = list_to_tuple_or_fail(c, u->varnames);
    co->cellvars = list_to_tuple_or_fail(c, u->cellvars);
    co->freevars = list_to_tuple_or_fail(c, u->freevars);
    co->nlocals = (int)VAR_SIZE(u->varnames);
    co->ncells = (int)VAR_SIZE(u->cellvars);
    co->nfrees = (int)VAR_SIZE(u->freevars);
    co->stacksize = depth + 1;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonly;
    co->kwonlyargcount = u->kwonly;
    co->flags = flags;
    co->firstlineno = u->firstlineno;
    co->filename = str_from_cstr(c->filename);
    co->name = str_from_cstr(name);
    co->qualname = u->qualname ? NEWREF(u->qualname) : (co->name ? NEWREF(co->name) : NULL);
    if (co->ncells) {
        co->cell2arg = mem_alloc_atomic((size_t)co->ncells * sizeof(int32_t));
        if (!co->cell2arg)
            c->failed = true;
        for (int i = 0; co->cell2arg && i < co->ncells; i++) {
            co->cell2arg[i] = -1;
            Object *cn = TUPLE_ITEMS(co->cellvars)[i];
            int nargs = co->argcount + co->kwonlyargcount + ((flags & CO_VARARGS) != 0) +
                        ((flags & CO_VARKEYWORDS) != 0);
            for (int a = 0; a < nargs; a++)
                if (str_equal(TUPLE_ITEMS(co->varnames)[a], cn))
                    co->cell2arg[i] = a;
        }
    }
    if (c->failed || !co->filename || !co->name) {
        c->failed = true;
        DECREF(co);
        return NULL;
    }
    return OBJ(co);
}

/* ---- functions, classes, comprehensions ---- */

static Object *make_qualname(Compiler *c, const char *name)
{
    Unit *p = c->u;
    if (p->scope->kind == SC_MODULE)
        return str_from_cstr(name);
    if (is_function_like(p->scope)) {
        Symbol *y = sym_find(p->scope, name);
        if (y && y->res == R_GLOBAL_EXPLICIT)
            return str_from_cstr(name);
        return str_format("%U.<locals>.%s", p->qualname, name);
    }
    return str_format("%U.%s", p->qualname, name);
}

static Stmt *docstring_of(const StmtSeq *body)
{
    if (body->len && body->items[0]->kind == STMT_EXPR) {
        Expr *v = body->items[0]->v.expr.value;
        if (v->kind == EXPR_CONSTANT && v->v.constant.kind == CONST_STR)
            return body->items[0];
    }
    return NULL;
}

static Unit *enter_unit(Compiler *c, Scope *s, Object *qualname, int lineno)
{
    Unit *u = unit_new(c, s, qualname, lineno);
    if (!u)
        return NULL;
    u->parent = c->u;
    c->u = u;
    return u;
}

static void leave_unit(Compiler *c, Unit *u)
{
    c->u = u->parent;
    unit_free(u);
}

/* In the enclosing unit: push the closure tuple for code co (if it has
 * free variables), the code and the qualname, then MAKE_FUNCTION. */
static int make_function(Compiler *c, Object *code, Object *qualname, uint32_t flags)
{
    CodeObject *co = (CodeObject *)code;
    if (co->nfrees) {
        for (int i = 0; i < co->nfrees; i++) {
            int k = deref_index(c, str_utf8(TUPLE_ITEMS(co->freevars)[i]));
            if (k < 0) {
                DECREF(code);
                return -1;
            }
            emit(c, OP_LOAD_CLOSURE, (uint32_t)k);
        }
        emit(c, OP_BUILD_TUPLE, (uint32_t)co->nfrees);
        flags |= MKFN_CLOSURE;
    }
    emit_const(c, code);
    emit_const(c, NEWREF(qualname));
    return emit(c, OP_MAKE_FUNCTION, flags);
}

static int cg_function_body(Compiler *c, Scope *s, const char *name, Arguments *args,
                            const StmtSeq *body, Expr *lambda_body, int lineno)
{
    uint32_t mkflags = 0;
    if (args->defaults.len) {
        cg_exprs(c, &args->defaults);
        emit(c, OP_BUILD_TUPLE, (uint32_t)args->defaults.len);
        mkflags |= MKFN_DEFAULTS;
    }
    size_t nkwd = 0;
    for (size_t i = 0; i < args->kw_defaults.len; i++)
        if (args->kw_defaults.items[i]) {
            emit_const(c, str_from_cstr(mangle(c, s, args->kwonlyargs.items[i]->arg)));
            cg_expr(c, args->kw_defaults.items[i]);
            nkwd++;
        }
    if (nkwd) {
        emit(c, OP_BUILD_MAP, (uint32_t)nkwd);
        mkflags |= MKFN_KWDEFAULTS;
    }
    Object *qualname = make_qualname(c, name);
    if (!qualname || c->failed) {
        XDECREF(qualname);
        return c->failed = true, -1;
    }
    Unit *u = enter_unit(c, s, qualname, lineno);
    if (!u) {
        DECREF(qualname);
        return -1;
    }
    u->posonly = (int)args->posonlyargs.len;
    u->argcount = (int)(args->posonlyargs.len + args->args.len);
    u->kwonly = (int)args->kwonlyargs.len;
    int flags = CO_NEWLOCALS;
    if (args->vararg)
        flags |= CO_VARARGS;
    if (args->kwarg)
        flags |= CO_VARKEYWORDS;
    if (s->generator)
        flags |= CO_GENERATOR;
    if (body) {
        Stmt *doc = docstring_of(body);
        if (doc) {
            add_const(c, const_object(c, &doc->v.expr.value->v.constant));
            flags |= CO_HASDOC;
        }
        cg_stmts(c, body);
    } else {
        cg_expr(c, lambda_body);
        if (!s->generator)
            emit(c, OP_RETURN_VALUE, 0);
        else
            emit(c, OP_POP_TOP, 0);
    }
    Object *code = assemble(c, u, name, flags);
    leave_unit(c, u);
    if (!code) {
        DECREF(qualname);
        return -1;
    }
    int r = make_function(c, code, qualname, mkflags);
    DECREF(qualname);
    return r;
}

/* One "name: annotation" pair of a def's __annotations__: push both. */
static size_t cg_annotation_pair(Compiler *c, const char *name, Expr *annotation)
{
    if (!annotation)
        return 0;
    emit_const(c, str_from_cstr(mangle(c, c->u->scope, name)));
    cg_expr(c, annotation);
    return 1;
}

/* With the new function on the stack, evaluate its annotations into a
 * dict and store it as fn.__annotations__ (the function stays on the
 * stack).  CPython's order: regular parameters before positional-only
 * ones, then *args, keyword-only, **kwargs and 'return'. */
static int cg_def_annotations(Compiler *c, Arguments *args, Expr *returns)
{
    size_t n = 0;
    emit(c, OP_DUP_TOP, 0);
    for (size_t i = 0; i < args->args.len; i++)
        n += cg_annotation_pair(c, args->args.items[i]->arg, args->args.items[i]->annotation);
    for (size_t i = 0; i < args->posonlyargs.len; i++)
        n += cg_annotation_pair(c, args->posonlyargs.items[i]->arg,
                                args->posonlyargs.items[i]->annotation);
    if (args->vararg)
        n += cg_annotation_pair(c, args->vararg->arg, args->vararg->annotation);
    for (size_t i = 0; i < args->kwonlyargs.len; i++)
        n += cg_annotation_pair(c, args->kwonlyargs.items[i]->arg,
                                args->kwonlyargs.items[i]->annotation);
    if (args->kwarg)
        n += cg_annotation_pair(c, args->kwarg->arg, args->kwarg->annotation);
    n += cg_annotation_pair(c, "return", returns);
    if (n == 0) {               /* nothing annotated: the lazy {} will do */
        emit(c, OP_POP_TOP, 0);
        return 0;
    }
    emit(c, OP_BUILD_MAP, (uint32_t)n);
    emit(c, OP_ROT_TWO, 0);
    return emit_name_op(c, OP_STORE_ATTR, "__annotations__");
}

static bool has_annotations(const StmtSeq *body);

/* Whether a module or class body holds an annotated assignment of its
 * own (nested defs and classes have their own); such a body starts with
 * SETUP_ANNOTATIONS so that __annotations__ exists in its namespace. */
static bool stmt_has_annotations(const Stmt *s)
{
    switch (s->kind) {
    case STMT_ANN_ASSIGN: return true;
    case STMT_FOR: return has_annotations(&s->v.for_.body) || has_annotations(&s->v.for_.orelse);
    case STMT_WHILE:
        return has_annotations(&s->v.while_.body) || has_annotations(&s->v.while_.orelse);
    case STMT_IF: return has_annotations(&s->v.if_.body) || has_annotations(&s->v.if_.orelse);
    case STMT_WITH: return has_annotations(&s->v.with.body);
    case STMT_TRY:
        for (size_t i = 0; i < s->v.try.handlers.len; i++)
            if (has_annotations(&s->v.try.handlers.items[i]->body))
                return true;
        return has_annotations(&s->v.try.body) || has_annotations(&s->v.try.orelse) ||
               has_annotations(&s->v.try.finalbody);
    case STMT_MATCH:
        for (size_t i = 0; i < s->v.match.cases.len; i++)
            if (has_annotations(&s->v.match.cases.items[i]->body))
                return true;
        return false;
    default: return false;
    }
}

static bool has_annotations(const StmtSeq *body)
{
    for (size_t i = 0; i < body->len; i++)
        if (stmt_has_annotations(body->items[i]))
            return true;
    return false;
}

/* x: T = v.  The value is stored first; a module or class body then
 * evaluates T and, for a simple name, records it in __annotations__.
 * A function body never evaluates T (PEP 526). */
static int cg_ann_assign(Compiler *c, Stmt *s)
{
    Expr *t = s->v.ann_assign.target;
    ScopeKind k = c->u->scope->kind;
    if (s->v.ann_assign.value) {
        cg_expr(c, s->v.ann_assign.value);
        cg_store(c, t);
    } else if (t->kind == EXPR_ATTRIBUTE) {   /* the object is still evaluated */
        cg_expr(c, t->v.attribute.value);
        emit(c, OP_POP_TOP, 0);
    } else if (t->kind == EXPR_SUBSCRIPT) {
        cg_expr(c, t->v.subscript.value);
        emit(c, OP_POP_TOP, 0);
        cg_expr(c, t->v.subscript.slice);
        emit(c, OP_POP_TOP, 0);
    }
    if (k != SC_MODULE && k != SC_CLASS)
        return c->failed ? -1 : 0;
    cg_expr(c, s->v.ann_assign.annotation);
    if (s->v.ann_assign.simple && t->kind == EXPR_NAME) {
        cg_name(c, "__annotations__", CTX_LOAD);
        emit_const(c, str_from_cstr(mangle(c, c->u->scope, t->v.name.id)));
        return emit(c, OP_STORE_SUBSCR, 0);
    }
    return emit(c, OP_POP_TOP, 0);
}

static int cg_funcdef(Compiler *c, Stmt *s)
{
    const ExprSeq *decos = &s->v.function_def.decorator_list;
    cg_exprs(c, decos);
    Scope *fs = child_scope(c, s);
    if (!fs)
        return -1;
    int first = decos->len ? decos->items[0]->lineno : s->lineno;
    (void)first;
    if (cg_function_body(c, fs, s->v.function_def.name, s->v.function_def.args,
                         &s->v.function_def.body, NULL, s->lineno) < 0)
        return -1;
    c->u->lineno = s->lineno;
    if (cg_def_annotations(c, s->v.function_def.args, s->v.function_def.returns) < 0)
        return -1;
    for (size_t i = 0; i < decos->len; i++)
        emit(c, OP_CALL, 1);
    return cg_name(c, s->v.function_def.name, CTX_STORE);
}

static int cg_class(Compiler *c, Stmt *s)
{
    const ExprSeq *decos = &s->v.class_def.decorator_list;
    cg_exprs(c, decos);
    Scope *cs = child_scope(c, s);
    if (!cs)
        return -1;
    emit(c, OP_LOAD_BUILD_CLASS, 0);
    Object *qualname = make_qualname(c, s->v.class_def.name);
    if (!qualname)
        return c->failed = true, -1;
    Unit *u = enter_unit(c, cs, qualname, s->lineno);
    if (!u) {
        DECREF(qualname);
        return -1;
    }
    cg_name(c, "__name__", CTX_LOAD);
    cg_name(c, "__module__", CTX_STORE);
    emit_const(c, NEWREF(qualname));
    cg_name(c, "__qualname__", CTX_STORE);
    if (has_annotations(&s->v.class_def.body))
        emit(c, OP_SETUP_ANNOTATIONS, 0);
    Stmt *doc = docstring_of(&s->v.class_def.body);
    if (doc) {
        emit_const(c, const_object(c, &doc->v.expr.value->v.constant));
        cg_name(c, "__doc__", CTX_STORE);
    }
    cg_stmts(c, &s->v.class_def.body);
    if (cs->needs_class_cell && list_index_str(u->cellvars, "__class__") >= 0) {
        /* type.__new__ fills the cell from ns["__classcell__"] */
        emit(c, OP_LOAD_CLOSURE, (uint32_t)deref_index(c, "__class__"));
        emit(c, OP_DUP_TOP, 0);
        cg_name(c, "__classcell__", CTX_STORE);
        emit(c, OP_RETURN_VALUE, 0);
    }
    Object *code = assemble(c, u, s->v.class_def.name, CO_CLASSBODY);
    leave_unit(c, u);
    if (!code) {
        DECREF(qualname);
        return -1;
    }
    c->u->lineno = s->lineno;
    make_function(c, code, qualname, 0);
    DECREF(qualname);
    emit_const(c, str_from_cstr(s->v.class_def.name));
    bool ex, haskw;
    int n = cg_call_args(c, &s->v.class_def.bases, &s->v.class_def.keywords, &ex, &haskw, 2);
    if (n < 0)
        return -1;
    c->u->lineno = s->lineno;
    if (ex)
        emit(c, OP_CALL_EX, haskw ? 1 : 0);
    else
        emit(c, haskw ? OP_CALL_KW : OP_CALL, (uint32_t)n);
    for (size_t i = 0; i < decos->len; i++)
        emit(c, OP_CALL, 1);
    return cg_name(c, s->v.class_def.name, CTX_STORE);
}

static int cg_comp_loop(Compiler *c, Expr *e, const ComprehensionSeq *gens, size_t i)
{
    Comprehension *g = gens->items[i];
    int start = new_label(c), end = new_label(c);
    if (i == 0) {
        emit(c, OP_LOAD_FAST, 0);
    } else {
        cg_expr(c, g->iter);
        emit(c, OP_GET_ITER, 0);
    }
    bind_label(c, start);
    emit_jump(c, OP_FOR_ITER, end);
    cg_store(c, g->target);
    for (size_t k = 0; k < g->ifs.len; k++)
        cg_jump_if(c, g->ifs.items[k], false, start);
    if (i + 1 < gens->len) {
        cg_comp_loop(c, e, gens, i + 1);
    } else {
        uint32_t depth = (uint32_t)gens->len + 1;
        switch (e->kind) {
        case EXPR_GENERATOR_EXP:
            cg_expr(c, e->v.generator_exp.elt);
            emit(c, OP_YIELD_VALUE, 0);
            emit(c, OP_POP_TOP, 0);
            break;
        case EXPR_LIST_COMP:
            cg_expr(c, e->v.list_comp.elt);
            emit(c, OP_LIST_APPEND, depth);
            break;
        case EXPR_SET_COMP:
            cg_expr(c, e->v.set_comp.elt);
            emit(c, OP_SET_ADD, depth);
            break;
        default:
            cg_expr(c, e->v.dict_comp.key);
            cg_expr(c, e->v.dict_comp.value);
            emit(c, OP_MAP_ADD, depth);
            break;
        }
    }
    emit_jump(c, OP_JUMP, start);
    bind_label(c, end);
    return c->failed ? -1 : 0;
}

static int cg_comprehension(Compiler *c, Expr *e)
{
    Scope *s = child_scope(c, e);
    if (!s)
        return -1;
    const ComprehensionSeq *gens = e->kind == EXPR_LIST_COMP ? &e->v.list_comp.generators
        : e->kind == EXPR_SET_COMP ? &e->v.set_comp.generators
        : e->kind == EXPR_DICT_COMP ? &e->v.dict_comp.generators : &e->v.generator_exp.generators;
    Object *qualname = make_qualname(c, s->name);
    if (!qualname)
        return c->failed = true, -1;
    Unit *u = enter_unit(c, s, qualname, e->lineno);
    if (!u) {
        DECREF(qualname);
        return -1;
    }
    u->argcount = 1;
    if (e->kind == EXPR_LIST_COMP)
        emit(c, OP_BUILD_LIST, 0);
    else if (e->kind == EXPR_SET_COMP)
        emit(c, OP_BUILD_SET, 0);
    else if (e->kind == EXPR_DICT_COMP)
        emit(c, OP_BUILD_MAP, 0);
    cg_comp_loop(c, e, gens, 0);
    if (e->kind != EXPR_GENERATOR_EXP)
        emit(c, OP_RETURN_VALUE, 0);
    int flags = CO_NEWLOCALS | (e->kind == EXPR_GENERATOR_EXP ? CO_GENERATOR : 0);
    Object *code = assemble(c, u, s->name, flags);
    leave_unit(c, u);
    if (!code) {
        DECREF(qualname);
        return -1;
    }
    make_function(c, code, qualname, 0);
    DECREF(qualname);
    cg_expr(c, gens->items[0]->iter);
    emit(c, OP_GET_ITER, 0);
    return emit(c, OP_CALL, 1);
}

/* ---- entry points ---- */

static void free_scopes(Scope *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->nchildren; i++)
        free_scopes(s->children[i]);
    mem_free(s->children);
    mem_free(s->syms);
    mem_free(s->params);
    mem_free(s);
}

Object *compile_mod(Mod *mod, const char *src, size_t len, const char *filename, CompileMode mode)
{
    Compiler c = {0};
    c.filename = filename;
    c.src = src;
    c.srclen = len;
    c.mode = mode;
    c.interactive = mode == COMPILE_SINGLE;
    Object *code = NULL;
    c.top = scope_new(&c, SC_MODULE, "<module>", mod, NULL, 1);
    if (!c.top)
        return NULL;
    ST st = {&c, c.top};
    if (mode == COMPILE_EVAL && mod->expr)
        st_expr(&st, mod->expr);
    else
        st_stmts(&st, &mod->body);
    if (!c.failed)
        resolve_scope(&c, c.top);
    if (!c.failed) {
        Unit *u = unit_new(&c, c.top, NULL, 1);
        if (u) {
            c.u = u;
            if (mode == COMPILE_EVAL && mod->expr) {
                cg_expr(&c, mod->expr);
                emit(&c, OP_RETURN_VALUE, 0);
            } else {
                if (has_annotations(&mod->body))
                    emit(&c, OP_SETUP_ANNOTATIONS, 0);
                Stmt *doc = mode == COMPILE_FILE ? docstring_of(&mod->body) : NULL;
                if (doc) {
                    c.u->lineno = doc->lineno;
                    emit_const(&c, const_object(&c, &doc->v.expr.value->v.constant));
                    emit_name_op(&c, OP_STORE_NAME, "__doc__");
                }
                cg_stmts(&c, &mod->body);
            }
            if (!c.failed)
                code = assemble(&c, u, "<module>", CO_MODULE | (c.interactive ? CO_INTERACTIVE : 0));
            unit_free(u);
        }
    }
    free_scopes(c.top);
    for (size_t i = 0; i < c.nowned; i++)
        mem_free(c.owned[i]);
    mem_free(c.owned);
    if (c.failed && !err_occurred())
        err_set(Exc_RuntimeError, "compiler failed");
    return c.failed ? (XDECREF(code), NULL) : code;
}

Object *compile_source(const char *src, size_t len, const char *filename, CompileMode mode)
{
    AstArena *arena = ast_arena_new();
    if (!arena)
        return err_no_memory();
    ParseError pe;
    memset(&pe, 0, sizeof pe);
    int pmode = mode == COMPILE_FILE ? PARSE_FILE : mode == COMPILE_SINGLE ? PARSE_SINGLE : PARSE_EVAL;
    Mod *mod = parse_source(arena, src, len, pmode, &pe);
    Object *code = NULL;
    if (!mod) {
        if (pe.kind == PERR_NO_MEMORY) {
            err_no_memory();
        } else if (pe.kind == PERR_RECURSION) {
            err_set(Exc_RecursionError, "maximum recursion depth exceeded during compilation");
        } else {
            Type *t = pe.kind == PERR_INDENT ? Exc_IndentationError
                      : pe.kind == PERR_TAB ? Exc_TabError : Exc_SyntaxError;
            Object *e = exc_syntax_error(t, pe.msg, filename, pe.lineno, pe.col_offset, pe.line,
                                         pe.end_lineno, pe.end_col_offset);
            if (e)
                err_restore(e);
        }
    } else {
        code = compile_mod(mod, src, len, filename, mode);
    }
    ast_arena_free(arena);
    return code;
}
