/* ast.h — the abstract syntax tree the parser builds and the compiler reads.
 *
 * The tree mirrors CPython 3.11's Parser/Python.asdl: the same node kinds
 * and field names, in snake_case.  Union members named after a C keyword
 * carry a trailing underscore: s->v.return_, s->v.for_, s->v.while_,
 * s->v.if_.  Everything else is the ASDL name (s->v.function_def.body,
 * e->v.call.keywords, e->v.compare.comparators, ...).
 *
 * Sequences are small structs held BY VALUE inside their node:
 *     typedef struct { size_t len; Expr **items; } ExprSeq;
 * so `e->v.call.args.len` is 0 for an empty sequence (items may then be
 * NULL) and never needs a NULL check.  Optional single fields ("expr?" in
 * the ASDL) are NULL when absent.
 *
 * The AST carries no Python objects: the front end sits below the object
 * layer.  Identifiers are NUL-terminated UTF-8 strings; constants are
 * described by ConstKind plus raw text or a double (see Constant below).
 *
 * Every node, sequence array and string lives in one AstArena, memory from
 * mem_alloc (so the Boehm build scans the pointers between nodes) that is
 * freed all at once by ast_arena_free.  Nodes never own anything outside it.
 *
 * Positions follow CPython: lineno/end_lineno are 1-based,
 * col_offset/end_col_offset are 0-based UTF-8 byte offsets in the line. */
#ifndef OURO_AST_H
#define OURO_AST_H

#include <stdbool.h>
#include <stddef.h>

typedef struct AstArena AstArena;

AstArena *ast_arena_new(void);              /* NULL when out of memory */
void ast_arena_free(AstArena *arena);       /* NULL is fine */
/* Zeroed memory from the arena; NULL when out of memory. */
void *ast_alloc(AstArena *arena, size_t n);
/* A NUL-terminated copy of s[0..n) in the arena; NULL when out of memory. */
char *ast_strndup(AstArena *arena, const char *s, size_t n);

typedef struct Stmt Stmt;
typedef struct Expr Expr;
typedef struct Arg Arg;
typedef struct Arguments Arguments;
typedef struct Keyword Keyword;
typedef struct Comprehension Comprehension;
typedef struct ExceptHandler ExceptHandler;
typedef struct Alias Alias;
typedef struct WithItem WithItem;
typedef struct Pattern Pattern;
typedef struct MatchCase MatchCase;

typedef struct { size_t len; Stmt **items; } StmtSeq;
typedef struct { size_t len; Expr **items; } ExprSeq;
typedef struct { size_t len; Arg **items; } ArgSeq;
typedef struct { size_t len; Keyword **items; } KeywordSeq;
typedef struct { size_t len; Comprehension **items; } ComprehensionSeq;
typedef struct { size_t len; ExceptHandler **items; } ExceptHandlerSeq;
typedef struct { size_t len; Alias **items; } AliasSeq;
typedef struct { size_t len; WithItem **items; } WithItemSeq;
typedef struct { size_t len; Pattern **items; } PatternSeq;
typedef struct { size_t len; MatchCase **items; } MatchCaseSeq;
typedef struct { size_t len; const char **items; } IdentSeq;

/* ---- operators ---- */

typedef enum {
    OP_ADD, OP_SUB, OP_MULT, OP_MAT_MULT, OP_DIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_BITOR, OP_BITXOR, OP_BITAND, OP_FLOOR_DIV
} Operator;

typedef enum { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } UnaryOperator;

typedef enum { BOOL_AND, BOOL_OR } BoolOperator;

typedef enum {
    CMP_OP_EQ, CMP_OP_NOT_EQ, CMP_OP_LT, CMP_OP_LT_E, CMP_OP_GT, CMP_OP_GT_E,
    CMP_OP_IS, CMP_OP_IS_NOT, CMP_OP_IN, CMP_OP_NOT_IN
} CmpOperator;

typedef struct { size_t len; CmpOperator *items; } CmpOpSeq;

/* Name, Attribute, Subscript, List, Tuple and Starred carry a context. */
typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;

/* ---- modules ---- */

typedef enum {
    MOD_MODULE,         /* mode 0 (file): body */
    MOD_INTERACTIVE,    /* mode 1 (single): body */
    MOD_EXPRESSION      /* mode 2 (eval): body is empty, expr is set */
} ModKind;

typedef struct Mod {
    ModKind kind;
    StmtSeq body;
    Expr *expr;
} Mod;

/* ---- statements ---- */

typedef enum {
    STMT_FUNCTION_DEF, STMT_CLASS_DEF, STMT_RETURN, STMT_DELETE, STMT_ASSIGN,
    STMT_AUG_ASSIGN, STMT_ANN_ASSIGN, STMT_FOR, STMT_WHILE, STMT_IF,
    STMT_WITH, STMT_RAISE, STMT_TRY, STMT_ASSERT, STMT_IMPORT,
    STMT_IMPORT_FROM, STMT_GLOBAL, STMT_NONLOCAL, STMT_EXPR, STMT_PASS,
    STMT_BREAK, STMT_CONTINUE, STMT_MATCH
} StmtKind;

struct Stmt {
    StmtKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct {
            const char *name;
            Arguments *args;                /* never NULL */
            StmtSeq body;
            ExprSeq decorator_list;
            Expr *returns;                  /* annotation or NULL */
        } function_def;
        struct {
            const char *name;
            ExprSeq bases;
            KeywordSeq keywords;
            StmtSeq body;
            ExprSeq decorator_list;
        } class_def;
        struct { Expr *value; } return_;    /* value may be NULL */
        struct { ExprSeq targets; } delete;  /* ctx CTX_DEL */
        /* a = b = value: targets {a, b}, each with ctx CTX_STORE */
        struct { ExprSeq targets; Expr *value; } assign;
        struct { Expr *target; Operator op; Expr *value; } aug_assign;
        /* simple is 1 for a bare Name target not in parentheses */
        struct {
            Expr *target;
            Expr *annotation;
            Expr *value;                    /* may be NULL */
            int simple;
        } ann_assign;
        struct {
            Expr *target;
            Expr *iter;
            StmtSeq body;
            StmtSeq orelse;
        } for_;
        struct { Expr *test; StmtSeq body; StmtSeq orelse; } while_;
        /* elif chains nest: orelse holds a single STMT_IF */
        struct { Expr *test; StmtSeq body; StmtSeq orelse; } if_;
        struct { WithItemSeq items; StmtSeq body; } with;
        struct { Expr *exc; Expr *cause; } raise;   /* both may be NULL */
        struct {
            StmtSeq body;
            ExceptHandlerSeq handlers;
            StmtSeq orelse;
            StmtSeq finalbody;
        } try;
        struct { Expr *test; Expr *msg; } assert;   /* msg may be NULL */
        struct { AliasSeq names; } import;
        /* from ..a.b import x: module "a.b" (NULL for "from . import x"),
         * level 2; names is {"*"} for a star import */
        struct {
            const char *module;
            AliasSeq names;
            int level;
        } import_from;
        struct { IdentSeq names; } global;
        struct { IdentSeq names; } nonlocal;
        struct { Expr *value; } expr;
        struct { Expr *subject; MatchCaseSeq cases; } match;
    } v;
};

/* ---- expressions ---- */

typedef enum {
    EXPR_BOOL_OP, EXPR_NAMED, EXPR_BIN_OP, EXPR_UNARY_OP, EXPR_LAMBDA,
    EXPR_IF_EXP, EXPR_DICT, EXPR_SET, EXPR_LIST_COMP, EXPR_SET_COMP,
    EXPR_DICT_COMP, EXPR_GENERATOR_EXP, EXPR_YIELD, EXPR_YIELD_FROM,
    EXPR_COMPARE, EXPR_CALL, EXPR_FORMATTED_VALUE, EXPR_JOINED_STR,
    EXPR_CONSTANT, EXPR_ATTRIBUTE, EXPR_SUBSCRIPT, EXPR_STARRED, EXPR_NAME,
    EXPR_LIST, EXPR_TUPLE, EXPR_SLICE
} ExprKind;

/* Constants.  CONST_INT keeps the literal's text without underscores and
 * with its base prefix ("0x1F", "123"): int_from_string(s, len, 0) builds
 * the object.  CONST_FLOAT is the parsed double in f.  CONST_STR is the
 * decoded UTF-8 (escapes processed, adjacent literals concatenated) in
 * s[0..len), NUL-terminated but possibly holding NUL bytes.  Bytes and
 * imaginary literals are outside the subset: the parser rejects them. */
typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT, CONST_FLOAT, CONST_STR
} ConstKind;

typedef struct {
    ConstKind kind;
    const char *s;                      /* CONST_INT, CONST_STR */
    size_t len;                         /* CONST_INT, CONST_STR */
    double f;                           /* CONST_FLOAT */
} Constant;

struct Expr {
    ExprKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        /* a and b and c: one node, values {a, b, c} */
        struct { BoolOperator op; ExprSeq values; } bool_op;
        struct { Expr *target; Expr *value; } named;    /* target: Name */
        struct { Expr *left; Operator op; Expr *right; } bin_op;
        struct { UnaryOperator op; Expr *operand; } unary_op;
        struct { Arguments *args; Expr *body; } lambda;  /* args non-NULL */
        struct { Expr *test; Expr *body; Expr *orelse; } if_exp;
        /* {**m, k: v}: keys {NULL, k}, values {m, v} */
        struct { ExprSeq keys; ExprSeq values; } dict;
        struct { ExprSeq elts; } set;
        struct { Expr *elt; ComprehensionSeq generators; } list_comp;
        struct { Expr *elt; ComprehensionSeq generators; } set_comp;
        struct {
            Expr *key;
            Expr *value;
            ComprehensionSeq generators;
        } dict_comp;
        struct { Expr *elt; ComprehensionSeq generators; } generator_exp;
        struct { Expr *value; } yield;           /* value may be NULL */
        struct { Expr *value; } yield_from;
        /* a < b <= c: left a, ops {LT, LT_E}, comparators {b, c} */
        struct {
            Expr *left;
            CmpOpSeq ops;
            ExprSeq comparators;
        } compare;
        /* f(a, *b, k=c, **d): args {a, Starred b}, keywords {k=c, NULL=d} */
        struct { Expr *func; ExprSeq args; KeywordSeq keywords; } call;
        /* conversion: 'r', 's', 'a' or -1; format_spec: a JOINED_STR or
         * NULL.  f"{x=}" becomes the constant "x=" followed by this node
         * with conversion 'r' (unless a conversion or spec was given). */
        struct {
            Expr *value;
            int conversion;
            Expr *format_spec;
        } formatted_value;
        /* values: CONST_STR constants and FORMATTED_VALUE nodes */
        struct { ExprSeq values; } joined_str;
        Constant constant;
        struct { Expr *value; const char *attr; ExprContext ctx; } attribute;
        /* a[1:2, 3]: slice is a Tuple of {Slice, Constant} */
        struct { Expr *value; Expr *slice; ExprContext ctx; } subscript;
        struct { Expr *value; ExprContext ctx; } starred;
        struct { const char *id; ExprContext ctx; } name;
        struct { ExprSeq elts; ExprContext ctx; } list;
        struct { ExprSeq elts; ExprContext ctx; } tuple;
        /* each part may be NULL */
        struct { Expr *lower; Expr *upper; Expr *step; } slice;
    } v;
};

/* ---- auxiliary nodes ---- */

struct Arg {
    const char *arg;
    Expr *annotation;                   /* may be NULL */
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* def f(a, /, b, c=1, *args, d, e=2, **kw):
 *   posonlyargs {a}, args {b, c}, defaults {1} (for the LAST positional
 *   parameters, posonly and regular together), vararg args,
 *   kwonlyargs {d, e}, kw_defaults {NULL, 2} (one per kwonly arg, NULL when
 *   it has no default), kwarg kw. */
struct Arguments {
    ArgSeq posonlyargs;
    ArgSeq args;
    Arg *vararg;                        /* may be NULL */
    ArgSeq kwonlyargs;
    ExprSeq kw_defaults;
    Arg *kwarg;                         /* may be NULL */
    ExprSeq defaults;
};

struct Keyword {
    const char *arg;                    /* NULL for **value */
    Expr *value;
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct Comprehension {
    Expr *target;                       /* ctx CTX_STORE */
    Expr *iter;
    ExprSeq ifs;
    int is_async;                       /* always 0 in the subset */
};

struct ExceptHandler {
    Expr *type;                         /* NULL for a bare except: */
    const char *name;                   /* NULL without "as name" */
    StmtSeq body;
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* import a.b.c as d: name "a.b.c", asname "d" (NULL without as) */
struct Alias {
    const char *name;
    const char *asname;
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct WithItem {
    Expr *context_expr;
    Expr *optional_vars;                /* may be NULL; ctx CTX_STORE */
};

/* ---- patterns of the match statement ---- */

typedef enum {
    PAT_VALUE, PAT_SINGLETON, PAT_SEQUENCE, PAT_MAPPING, PAT_CLASS,
    PAT_STAR, PAT_AS, PAT_OR
} PatternKind;

/* As the ASDL: MatchAs with neither pattern nor name is the wildcard `_`,
 * with only a name a capture; MatchStar's name is NULL for `*_`. */
struct Pattern {
    PatternKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct { Expr *value; } value;              /* literal or a.b */
        struct { ConstKind value; } singleton;      /* None, True, False */
        struct { PatternSeq patterns; } sequence;
        /* {k1: p1, **rest}: rest NULL when absent */
        struct { ExprSeq keys; PatternSeq patterns; const char *rest; } mapping;
        struct {
            Expr *cls;
            PatternSeq patterns;
            IdentSeq kwd_attrs;
            PatternSeq kwd_patterns;
        } class_;
        struct { const char *name; } star;
        struct { Pattern *pattern; const char *name; } as;  /* both may be NULL */
        struct { PatternSeq patterns; } or_;
    } v;
};

struct MatchCase {
    Pattern *pattern;
    Expr *guard;                        /* may be NULL */
    StmtSeq body;
};

#endif
