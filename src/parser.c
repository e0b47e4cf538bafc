/* parser.c — recursive descent over the lexer's tokens, building the AST.
 *
 * One function per grammar rule of CPython 3.11's python.gram (the subset
 * ouro runs), with the same precedence ladder: named_expression →
 * expression → disjunction → conjunction → inversion → comparison →
 * bitwise_or → xor → and → shift → sum → term → factor → power → primary
 * → atom.  Assignment targets are parsed as expressions and then checked
 * and given their Store/Del context, which is how the error messages of
 * CPython's invalid_* rules are reproduced.
 *
 * Errors: the first error fills the ParseError and longjmps back to
 * parse_source.  Everything the parser allocates lives in the arena, so
 * unwinding leaks nothing; the jump never crosses code outside this file.
 *
 * Depth: every rule that can nest (parenthesised atoms, unary operators,
 * `not`, lambda and conditional bodies, f-string fields, blocks) passes
 * through enter(), which fails cleanly past MAX_DEPTH levels so hostile
 * input cannot overflow the C stack. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "parser.h"

enum {
    /* Nesting of rules: `-` * 1000 + `1` parses, as in CPython, and the
     * deepest C recursion stays around a megabyte of stack. */
    MAX_DEPTH = 2500,
    MAX_FSTRING_NESTING = 2,    /* f"{x:{y:{z}}}" is too deep, as CPython */
    MAXLEVEL_FSTRING = 200      /* brackets inside one replacement field */
};

typedef struct {
    AstArena *arena;
    Lexer *lx;
    size_t pos;                 /* index of the current token */
    int prev_end_lineno;        /* end of the last consumed real token */
    int prev_end_col;
    ParseError *err;
    jmp_buf *fail;
    int depth;
    int fstring_nesting;
    const char *src, *src_end;  /* the whole source, for error lines */
    Lexer *main_lx;             /* the lexer of the whole source */
    /* Inside an f-string replacement field: its expression text and where
     * it starts, because CPython reports errors there against the text
     * "(expression)" with a "f-string: " prefix. */
    const char *fexpr;
    size_t fexpr_len;
    int fexpr_lineno, fexpr_col;
    Expr *bare_tuple;           /* the last tuple star_expressions built */
} Parser;

/* A growable array of pointers in the arena. */
typedef struct {
    void **items;
    size_t len, cap;
} Vec;

static _Noreturn void fail_oom(Parser *p);
static _Noreturn void fail_in_fstring(Parser *p, int kind, int lineno,
                                      int offset, int end_lineno,
                                      int end_offset);

/* ---- memory ---- */

static void *alloc(Parser *p, size_t n)
{
    void *m = ast_alloc(p->arena, n);
    if (!m)
        fail_oom(p);
    return m;
}

static char *strndup_arena(Parser *p, const char *s, size_t n)
{
    char *m = ast_strndup(p->arena, s, n);
    if (!m)
        fail_oom(p);
    return m;
}

static void vec_push(Parser *p, Vec *v, void *x)
{
    if (v->len == v->cap) {
        size_t cap = v->cap ? 2 * v->cap : 4;
        void **items = alloc(p, cap * sizeof *items);
        if (v->len)
            memcpy(items, v->items, v->len * sizeof *items);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = x;
}

#define EXPR_SEQ(v) ((ExprSeq){(v).len, (Expr **)(v).items})
#define STMT_SEQ(v) ((StmtSeq){(v).len, (Stmt **)(v).items})

/* ---- errors ---- */

/* The text of line `lineno`, with a newline as CPython's SyntaxError.text
 * has for parser errors. */
static char *line_text(Parser *p, int lineno)
{
    size_t n;
    const char *s = lexer_line(p->main_lx, lineno, &n);
    if (!s)
        return NULL;
    char *t = ast_alloc(p->arena, n + 2);
    if (t) {
        memcpy(t, s, n);
        t[n] = '\n';
        t[n + 1] = '\0';
    }
    return t;
}

/* CPython's offsets count characters: turn a 1-based byte offset on the
 * given line into a 1-based character offset. */
static int char_offset(const char *line, int offset)
{
    if (!line || offset <= 1)
        return offset;
    int chars = 0;
    for (int i = 0; i < offset - 1 && line[i]; i++)
        if (((unsigned char)line[i] & 0xc0) != 0x80)
            chars++;
    return chars + 1;
}

/* Fill the error (the first one wins) and unwind.  Offsets are 1-based
 * bytes; end_offset <= 0 is passed through as CPython's sentinel. */
static _Noreturn void fail_range(Parser *p, int kind, int lineno, int offset,
                                 int end_lineno, int end_offset,
                                 const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

static _Noreturn void fail_range(Parser *p, int kind, int lineno, int offset,
                                 int end_lineno, int end_offset,
                                 const char *fmt, ...)
{
    ParseError *e = p->err;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    if (p->fexpr)
        fail_in_fstring(p, kind, lineno, offset, end_lineno, end_offset);
    e->kind = kind;
    e->line = line_text(p, lineno);
    e->lineno = lineno;
    e->end_lineno = end_lineno;
    e->col_offset = char_offset(e->line, offset);
    char *end_line = end_lineno == lineno ? e->line : line_text(p, end_lineno);
    e->end_col_offset = end_offset > 0 ? char_offset(end_line, end_offset)
                                       : end_offset;
    longjmp(*p->fail, 1);
}

/* An error inside an f-string field, already formatted in err->msg:
 * CPython reports it against the text "(expression)" of the field, on
 * lines counted from the field's first line. */
static _Noreturn void fail_in_fstring(Parser *p, int kind, int lineno,
                                      int offset, int end_lineno,
                                      int end_offset)
{
    ParseError *e = p->err;
    /* Prefix the message, truncating its tail if it no longer fits. */
    static const char prefix[] = "f-string: ";
    size_t n = strlen(e->msg);
    if (n > sizeof e->msg - sizeof prefix)
        n = sizeof e->msg - sizeof prefix;
    memmove(e->msg + sizeof prefix - 1, e->msg, n);
    memcpy(e->msg, prefix, sizeof prefix - 1);
    e->msg[n + sizeof prefix - 1] = '\0';
    e->kind = kind;
    e->lineno = lineno - p->fexpr_lineno + 1;
    e->end_lineno = end_lineno - p->fexpr_lineno + 1;
    int shift = lineno == p->fexpr_lineno ? p->fexpr_col - 1 : 0;
    e->col_offset = offset - shift;
    shift = end_lineno == p->fexpr_lineno ? p->fexpr_col - 1 : 0;
    e->end_col_offset = end_offset > 0 ? end_offset - shift : end_offset;
    /* The line of the parenthesised text holding the error. */
    char *text = ast_alloc(p->arena, p->fexpr_len + 4);
    if (text) {
        text[0] = '(';
        memcpy(text + 1, p->fexpr, p->fexpr_len);
        memcpy(text + 1 + p->fexpr_len, ")\n", 3);
        char *line = text;
        for (int n = 1; n < e->lineno; n++) {
            char *nl = strchr(line, '\n');
            if (!nl || !nl[1])
                break;
            line = nl + 1;
        }
        e->line = line;
        e->col_offset = char_offset(line, e->col_offset);
        e->end_col_offset = e->end_col_offset > 0
            ? char_offset(line, e->end_col_offset) : e->end_col_offset;
    }
    longjmp(*p->fail, 1);
}

static _Noreturn void fail_oom(Parser *p)
{
    memset(p->err, 0, sizeof *p->err);
    p->err->kind = PERR_NO_MEMORY;
    snprintf(p->err->msg, sizeof p->err->msg, "out of memory");
    longjmp(*p->fail, 1);
}

static _Noreturn void fail_depth(Parser *p)
{
    memset(p->err, 0, sizeof *p->err);
    p->err->kind = PERR_RECURSION;
    snprintf(p->err->msg, sizeof p->err->msg,
             "maximum recursion depth exceeded during compilation");
    longjmp(*p->fail, 1);
}

/* The lexer's error, as the parser reaches its TOK_ERROR token. */
static _Noreturn void fail_lex(Parser *p)
{
    const LexError *le = lexer_error(p->lx);
    ParseError *e = p->err;
    if (le->kind == PERR_NO_MEMORY)
        fail_oom(p);
    snprintf(e->msg, sizeof e->msg, "%s", le->msg);
    e->kind = le->kind;
    e->lineno = le->lineno;
    e->end_lineno = le->end_lineno;
    e->line = NULL;
    if (le->line) {
        size_t n = 0;
        while (le->line + n < p->src_end && le->line[n] != '\n'
               && le->line[n] != '\r')
            n++;
        e->line = ast_alloc(p->arena, n + 2);
        if (e->line) {
            memcpy(e->line, le->line, n);
            if (le->text_nl)
                e->line[n++] = '\n';
        }
    }
    e->col_offset = char_offset(e->line, le->col);
    e->end_col_offset = le->end_col > 0 ? char_offset(e->line, le->end_col)
                                        : le->end_col;
    e->incomplete = le->incomplete;
    if (p->fexpr)
        fail_in_fstring(p, le->kind, le->lineno, le->col, le->end_lineno,
                        le->end_col);
    longjmp(*p->fail, 1);
}

static void enter(Parser *p)
{
    if (++p->depth > MAX_DEPTH)
        fail_depth(p);
}

static void leave(Parser *p)
{
    p->depth--;
}

/* ---- tokens ---- */

static const Token *peek(Parser *p, size_t ahead)
{
    const Token *t = lexer_token(p->lx, p->pos + ahead);
    if (t->kind == TOK_ERROR)
        fail_lex(p);
    return t;
}

static const Token *cur(Parser *p)
{
    return peek(p, 0);
}

static bool at(Parser *p, TokKind k)
{
    return cur(p)->kind == k;
}

static const Token *advance(Parser *p)
{
    const Token *t = cur(p);
    /* Nodes end at their last real token: a block ends where its last
     * statement does, not at the NEWLINE or DEDENT after it. */
    if (t->kind != TOK_NEWLINE && t->kind != TOK_INDENT
        && t->kind != TOK_DEDENT) {
        p->prev_end_lineno = t->end_lineno;
        p->prev_end_col = t->end_col;
    }
    if (t->kind != TOK_ENDMARKER)
        p->pos++;
    return t;
}

static bool accept(Parser *p, TokKind k)
{
    if (!at(p, k))
        return false;
    advance(p);
    return true;
}

/* Errors pointing at a token (1-based offsets from its 0-based columns). */
static _Noreturn void fail_token(Parser *p, const Token *t, const char *msg)
{
    fail_range(p, PERR_SYNTAX, t->lineno, t->col + 1, t->end_lineno,
               t->end_col + 1, "%s", msg);
}

/* Before a generic error CPython tokenizes the rest of the input, and some
 * tokenizer errors found there win (an unclosed bracket further up). */
static void check_rest(Parser *p)
{
    if (p->fexpr)
        return;
    int line = cur(p)->lineno;
    for (size_t i = p->pos;; i++) {
        const Token *t = lexer_token(p->lx, i);
        if (t->kind == TOK_ENDMARKER)
            return;
        if (t->kind != TOK_ERROR)
            continue;
        /* Errors CPython's tokenizer raises itself win; the ones its
         * parser reports (indentation, a stray '$') do not, and an
         * unclosed bracket only when it opened before the error line. */
        const LexError *le = lexer_error(p->lx);
        if (!le->text_nl || (le->unclosed && le->lineno < line))
            fail_lex(p);
        return;
    }
}

/* "invalid syntax" at the current token, as CPython's generic error. */
static _Noreturn void fail_syntax(Parser *p)
{
    check_rest(p);
    const Token *t = cur(p);
    if (p->fexpr && t->kind == TOK_ENDMARKER) {
        /* The ')' CPython adds around the field's text. */
        fail_range(p, PERR_SYNTAX, t->lineno, t->col + 1, t->lineno,
                   t->col + 2, "invalid syntax");
    }
    if (t->kind == TOK_NEWLINE || t->kind == TOK_ENDMARKER
        || t->kind == TOK_DEDENT) {
        /* CPython points just past the last token of the line. */
        fail_range(p, PERR_SYNTAX, t->lineno, t->col + 1, t->lineno,
                   t->col + 1, "invalid syntax");
    }
    fail_token(p, t, "invalid syntax");
}

static void expect(Parser *p, TokKind k)
{
    if (!accept(p, k))
        fail_syntax(p);
}

/* "expected ':'" points just past the previous token, as CPython. */
static void expect_colon(Parser *p)
{
    if (accept(p, TOK_COLON))
        return;
    fail_range(p, PERR_SYNTAX, p->prev_end_lineno, p->prev_end_col + 1,
               p->prev_end_lineno, p->prev_end_col + 1, "expected ':'");
}

/* ---- nodes ---- */

static Expr *new_expr(Parser *p, ExprKind kind, const Token *start)
{
    Expr *e = alloc(p, sizeof *e);
    e->kind = kind;
    e->lineno = start->lineno;
    e->col_offset = start->col;
    e->end_lineno = start->end_lineno;
    e->end_col_offset = start->end_col;
    return e;
}

/* Set e's end to the end of the last consumed token. */
static Expr *finish(Parser *p, Expr *e)
{
    e->end_lineno = p->prev_end_lineno;
    e->end_col_offset = p->prev_end_col;
    return e;
}

static Stmt *new_stmt(Parser *p, StmtKind kind, const Token *start)
{
    Stmt *s = alloc(p, sizeof *s);
    s->kind = kind;
    s->lineno = start->lineno;
    s->col_offset = start->col;
    return s;
}

static Stmt *finish_stmt(Parser *p, Stmt *s)
{
    s->end_lineno = p->prev_end_lineno;
    s->end_col_offset = p->prev_end_col;
    return s;
}

static const char *token_text(Parser *p, const Token *t)
{
    return strndup_arena(p, t->start, t->len);
}

static const char *expect_name(Parser *p)
{
    if (!at(p, TOK_NAME))
        fail_syntax(p);
    return token_text(p, advance(p));
}

/* Errors pointing at a node. */
static _Noreturn void fail_expr(Parser *p, const Expr *e, const char *fmt,
                                const char *arg)
{
    fail_range(p, PERR_SYNTAX, e->lineno, e->col_offset + 1, e->end_lineno,
               e->end_col_offset + 1, fmt, arg);
}

/* ---- expressions ---- */

static Expr *expression(Parser *p);
static Expr *named_expression(Parser *p);
static Expr *star_expressions(Parser *p);
static Expr *star_named_expression(Parser *p);
static Expr *bitwise_or(Parser *p);
static Expr *disjunction(Parser *p);
static Expr *yield_expr(Parser *p);
static Expr *strings(Parser *p);
static Arguments *parameters(Parser *p, bool is_lambda, TokKind close);
static void set_context(Parser *p, Expr *e, ExprContext ctx, bool top);

/* CPython's _PyPegen_get_expr_name: what error messages call a node. */
static const char *expr_name(const Expr *e)
{
    switch (e->kind) {
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_STARRED: return "starred";
    case EXPR_NAME: return "name";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_CALL: return "function call";
    case EXPR_BOOL_OP: case EXPR_BIN_OP: case EXPR_UNARY_OP:
        return "expression";
    case EXPR_GENERATOR_EXP: return "generator expression";
    case EXPR_YIELD: case EXPR_YIELD_FROM: return "yield expression";
    case EXPR_LIST_COMP: return "list comprehension";
    case EXPR_SET_COMP: return "set comprehension";
    case EXPR_DICT_COMP: return "dict comprehension";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_JOINED_STR: case EXPR_FORMATTED_VALUE:
        return "f-string expression";
    case EXPR_CONSTANT:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case EXPR_COMPARE: return "comparison";
    case EXPR_IF_EXP: return "conditional expression";
    case EXPR_NAMED: return "named expression";
    case EXPR_SLICE: return "slice";
    }
    return "expression";
}

/* Whether a token can begin an expression but not continue one: two such
 * in a row inside brackets is CPython's "Perhaps you forgot a comma?". */
static bool starts_operand(TokKind k)
{
    switch (k) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_LBRACE:
    case TOK_TRUE: case TOK_FALSE: case TOK_NONE: case TOK_ELLIPSIS:
    case TOK_TILDE: case TOK_LAMBDA:
        return true;
    default:
        return false;
    }
}

/* Inside brackets after element `a`, where a ',' or a closer must come. */
static void check_missing_comma(Parser *p, Expr *a)
{
    const Token *t = cur(p);
    if (!starts_operand(t->kind))
        return;
    if (a->kind == EXPR_NAME && t->kind == TOK_STRING)
        return;
    if (a->kind == EXPR_LAMBDA || a->kind == EXPR_IF_EXP)
        return;
    check_rest(p);
    Expr *b = expression(p);
    fail_range(p, PERR_SYNTAX, a->lineno, a->col_offset + 1, b->end_lineno,
               b->end_col_offset + 1,
               "invalid syntax. Perhaps you forgot a comma?");
}

/* The decimal point strtod expects, in case the host set a locale. */
static double parse_double(const char *s)
{
    char buf[128];
    const char *dp = localeconv()->decimal_point;
    if (dp[0] == '.' || strlen(s) >= sizeof buf)
        return strtod(s, NULL);
    snprintf(buf, sizeof buf, "%s", s);
    char *dot = strchr(buf, '.');
    if (dot)
        *dot = dp[0];
    return strtod(buf, NULL);
}

static Expr *number(Parser *p, const Token *t)
{
    char *text = alloc(p, t->len + 1);
    size_t n = 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->start[i] != '_')
            text[n++] = t->start[i];
    text[n] = '\0';
    if ((text[n - 1] | 0x20) == 'j')
        fail_token(p, t, "imaginary numbers are not supported");
    Expr *e = new_expr(p, EXPR_CONSTANT, t);
    bool prefixed = n > 1 && text[0] == '0' && strchr("xXoObB", text[1]);
    if (!prefixed && strpbrk(text, ".eE")) {
        e->v.constant.kind = CONST_FLOAT;
        e->v.constant.f = parse_double(text);
    } else {
        e->v.constant.kind = CONST_INT;
        e->v.constant.s = text;
        e->v.constant.len = n;
    }
    return e;
}

static Expr *constant(Parser *p, ConstKind kind)
{
    Expr *e = new_expr(p, EXPR_CONSTANT, advance(p));
    e->v.constant.kind = kind;
    return e;
}

/* 'for' targets 'in' disjunction ('if' disjunction)* ... */
static ComprehensionSeq comprehensions(Parser *p);

static Expr *target_list(Parser *p, TokKind stop)
{
    const Token *start = cur(p);
    Vec v = {0};
    bool comma = false;
    for (;;) {
        Expr *e;
        if (at(p, TOK_STAR)) {
            const Token *star = advance(p);
            e = new_expr(p, EXPR_STARRED, star);
            e->v.starred.value = bitwise_or(p);
            finish(p, e);
        } else {
            e = bitwise_or(p);
        }
        vec_push(p, &v, e);
        if (!at(p, TOK_COMMA))
            break;
        advance(p);
        comma = true;
        if (at(p, stop))
            break;
    }
    if (!comma)
        return v.items[0];
    Expr *t = new_expr(p, EXPR_TUPLE, start);
    t->v.tuple.elts = EXPR_SEQ(v);
    return finish(p, t);
}

static ComprehensionSeq comprehensions(Parser *p)
{
    Vec v = {0};
    while (at(p, TOK_FOR)) {
        advance(p);
        Comprehension *c = alloc(p, sizeof *c);
        c->target = target_list(p, TOK_IN);
        set_context(p, c->target, CTX_STORE, false);
        expect(p, TOK_IN);
        c->iter = disjunction(p);
        Vec ifs = {0};
        while (accept(p, TOK_IF))
            vec_push(p, &ifs, disjunction(p));
        c->ifs = EXPR_SEQ(ifs);
        vec_push(p, &v, c);
    }
    return (ComprehensionSeq){v.len, (Comprehension **)v.items};
}

/* elt followed by 'for': a comprehension of `kind` starting at `start`. */
static Expr *comprehension_expr(Parser *p, ExprKind kind, const Token *start,
                                Expr *elt)
{
    Expr *e = new_expr(p, kind, start);
    ComprehensionSeq gens = comprehensions(p);
    if (kind == EXPR_LIST_COMP) {
        e->v.list_comp.elt = elt;
        e->v.list_comp.generators = gens;
    } else if (kind == EXPR_SET_COMP) {
        e->v.set_comp.elt = elt;
        e->v.set_comp.generators = gens;
    } else {
        e->v.generator_exp.elt = elt;
        e->v.generator_exp.generators = gens;
    }
    return e;
}

/* After '(': a tuple, a parenthesised expression, a generator expression
 * or a parenthesised yield. */
static Expr *paren_atom(Parser *p, const Token *open)
{
    if (accept(p, TOK_RPAR)) {
        Expr *t = new_expr(p, EXPR_TUPLE, open);
        return finish(p, t);
    }
    if (at(p, TOK_YIELD)) {
        Expr *y = yield_expr(p);
        expect(p, TOK_RPAR);
        return y;
    }
    Expr *first = star_named_expression(p);
    if (at(p, TOK_FOR)) {
        Expr *g = comprehension_expr(p, EXPR_GENERATOR_EXP, open, first);
        expect(p, TOK_RPAR);
        return finish(p, g);
    }
    if (accept(p, TOK_RPAR))
        return first;
    Vec v = {0};
    vec_push(p, &v, first);
    while (accept(p, TOK_COMMA)) {
        if (at(p, TOK_RPAR))
            break;
        vec_push(p, &v, star_named_expression(p));
    }
    if (!at(p, TOK_RPAR)) {
        check_missing_comma(p, v.items[v.len - 1]);
        fail_syntax(p);
    }
    advance(p);
    Expr *t = new_expr(p, EXPR_TUPLE, open);
    t->v.tuple.elts = EXPR_SEQ(v);
    return finish(p, t);
}

static Expr *list_atom(Parser *p, const Token *open)
{
    Vec v = {0};
    if (!at(p, TOK_RSQB)) {
        Expr *first = star_named_expression(p);
        if (at(p, TOK_FOR)) {
            Expr *c = comprehension_expr(p, EXPR_LIST_COMP, open, first);
            expect(p, TOK_RSQB);
            return finish(p, c);
        }
        vec_push(p, &v, first);
        while (accept(p, TOK_COMMA) && !at(p, TOK_RSQB))
            vec_push(p, &v, star_named_expression(p));
        if (!at(p, TOK_RSQB))
            check_missing_comma(p, v.items[v.len - 1]);
    }
    expect(p, TOK_RSQB);
    Expr *l = new_expr(p, EXPR_LIST, open);
    l->v.list.elts = EXPR_SEQ(v);
    return finish(p, l);
}

/* One "key: value" or "**mapping" of a dict display. */
static void dict_item(Parser *p, Vec *keys, Vec *values)
{
    if (accept(p, TOK_DOUBLESTAR)) {
        vec_push(p, keys, NULL);
        vec_push(p, values, bitwise_or(p));
        return;
    }
    Expr *k = expression(p);
    if (!at(p, TOK_COLON)) {
        if (at(p, TOK_COMMA) || at(p, TOK_RBRACE))
            fail_range(p, PERR_SYNTAX, k->lineno, k->col_offset + 1,
                       k->end_lineno, 0, "':' expected after dictionary key");
        fail_syntax(p);
    }
    advance(p);
    vec_push(p, keys, k);
    vec_push(p, values, expression(p));
}

static Expr *dict_rest(Parser *p, const Token *open, Vec *keys, Vec *values)
{
    while (accept(p, TOK_COMMA) && !at(p, TOK_RBRACE))
        dict_item(p, keys, values);
    if (!at(p, TOK_RBRACE) && values->len)
        check_missing_comma(p, values->items[values->len - 1]);
    expect(p, TOK_RBRACE);
    Expr *d = new_expr(p, EXPR_DICT, open);
    d->v.dict.keys = EXPR_SEQ(*keys);
    d->v.dict.values = EXPR_SEQ(*values);
    return finish(p, d);
}

/* After '{': a dict or set display or comprehension. */
static Expr *brace_atom(Parser *p, const Token *open)
{
    Vec keys = {0}, values = {0};
    if (at(p, TOK_RBRACE) || at(p, TOK_DOUBLESTAR)) {
        if (at(p, TOK_DOUBLESTAR))
            dict_item(p, &keys, &values);
        return dict_rest(p, open, &keys, &values);
    }
    Expr *first = star_named_expression(p);
    if (first->kind != EXPR_STARRED && accept(p, TOK_COLON)) {
        Expr *value = expression(p);
        if (at(p, TOK_FOR)) {
            Expr *d = new_expr(p, EXPR_DICT_COMP, open);
            d->v.dict_comp.key = first;
            d->v.dict_comp.value = value;
            d->v.dict_comp.generators = comprehensions(p);
            expect(p, TOK_RBRACE);
            return finish(p, d);
        }
        vec_push(p, &keys, first);
        vec_push(p, &values, value);
        return dict_rest(p, open, &keys, &values);
    }
    if (at(p, TOK_FOR)) {
        Expr *c = comprehension_expr(p, EXPR_SET_COMP, open, first);
        expect(p, TOK_RBRACE);
        return finish(p, c);
    }
    Vec v = {0};
    vec_push(p, &v, first);
    while (accept(p, TOK_COMMA) && !at(p, TOK_RBRACE))
        vec_push(p, &v, star_named_expression(p));
    if (!at(p, TOK_RBRACE))
        check_missing_comma(p, v.items[v.len - 1]);
    expect(p, TOK_RBRACE);
    Expr *s = new_expr(p, EXPR_SET, open);
    s->v.set.elts = EXPR_SEQ(v);
    return finish(p, s);
}

static Expr *atom(Parser *p)
{
    const Token *t = cur(p);
    switch (t->kind) {
    case TOK_NAME: {
        Expr *e = new_expr(p, EXPR_NAME, advance(p));
        e->v.name.id = token_text(p, t);
        e->v.name.ctx = CTX_LOAD;
        return e;
    }
    case TOK_TRUE: return constant(p, CONST_TRUE);
    case TOK_FALSE: return constant(p, CONST_FALSE);
    case TOK_NONE: return constant(p, CONST_NONE);
    case TOK_ELLIPSIS: return constant(p, CONST_ELLIPSIS);
    case TOK_NUMBER: return number(p, advance(p));
    case TOK_STRING: return strings(p);
    case TOK_LPAR: return paren_atom(p, advance(p));
    case TOK_LSQB: return list_atom(p, advance(p));
    case TOK_LBRACE: return brace_atom(p, advance(p));
    default: fail_syntax(p);
    }
}

/* After '(' of a call: the arguments up to and including ')'.  Class
 * bases (genexp_ok false) take no bare generator expression. */
static Expr *call(Parser *p, const Token *start, Expr *func, bool genexp_ok)
{
    const Token *open = lexer_token(p->lx, p->pos - 1);
    Vec args = {0}, kws = {0};
    bool seen_kw = false, seen_kwunpack = false;
    Expr *genexp = NULL;
    while (!at(p, TOK_RPAR)) {
        const Token *t = cur(p);
        Expr *arg = NULL;
        if (accept(p, TOK_STAR)) {
            arg = new_expr(p, EXPR_STARRED, t);
            arg->v.starred.value = expression(p);
            arg->v.starred.ctx = CTX_LOAD;
            finish(p, arg);
            if (seen_kwunpack)
                fail_range(p, PERR_SYNTAX, t->lineno, t->col + 1, t->lineno,
                           t->col + 2, "iterable argument unpacking follows "
                           "keyword argument unpacking");
        } else if (accept(p, TOK_DOUBLESTAR)
                   || (t->kind == TOK_NAME && peek(p, 1)->kind == TOK_EQUAL)) {
            Keyword *k = alloc(p, sizeof *k);
            k->lineno = t->lineno;
            k->col_offset = t->col;
            if (t->kind == TOK_NAME) {
                k->arg = token_text(p, advance(p));
                advance(p);
                seen_kw = true;
            } else {
                seen_kwunpack = true;
            }
            k->value = expression(p);
            k->end_lineno = p->prev_end_lineno;
            k->end_col_offset = p->prev_end_col;
            vec_push(p, &kws, k);
        } else {
            arg = named_expression(p);
            if (at(p, TOK_FOR) && !genexp_ok)
                fail_syntax(p);
            if (at(p, TOK_FOR)) {
                arg = finish(p, comprehension_expr(p, EXPR_GENERATOR_EXP,
                                                   t, arg));
                if (args.len || kws.len || !at(p, TOK_RPAR))
                    fail_expr(p, arg, "%s",
                              "Generator expression must be parenthesized");
                genexp = arg;
            } else if (at(p, TOK_EQUAL)) {
                const Token *eq = cur(p);
                if (arg->kind == EXPR_CONSTANT
                    && arg->v.constant.kind <= CONST_FALSE)
                    fail_range(p, PERR_SYNTAX, arg->lineno,
                               arg->col_offset + 1, eq->end_lineno,
                               eq->end_col + 1, "cannot assign to %s",
                               expr_name(arg));
                fail_range(p, PERR_SYNTAX, arg->lineno, arg->col_offset + 1,
                           eq->end_lineno, eq->end_col + 1, "expression "
                           "cannot contain assignment, perhaps you meant "
                           "\"==\"?");
            }
            /* CPython reports these one column to the right. */
            if (seen_kw || seen_kwunpack)
                fail_range(p, PERR_SYNTAX, arg->lineno, arg->col_offset + 2,
                           arg->end_lineno, arg->end_col_offset + 2,
                           "positional argument follows keyword argument%s",
                           seen_kwunpack ? " unpacking" : "");
        }
        if (arg)
            vec_push(p, &args, arg);
        if (!accept(p, TOK_COMMA)) {
            if (arg)
                check_missing_comma(p, arg);
            break;
        }
    }
    expect(p, TOK_RPAR);
    if (genexp) {
        /* A lone generator argument spans the call's parentheses. */
        genexp->lineno = open->lineno;
        genexp->col_offset = open->col;
        finish(p, genexp);
    }
    Expr *c = new_expr(p, EXPR_CALL, start);
    c->v.call.func = func;
    c->v.call.args = EXPR_SEQ(args);
    c->v.call.keywords = (KeywordSeq){kws.len, (Keyword **)kws.items};
    return finish(p, c);
}

/* One subscript item: an expression, a starred expression or a slice. */
static Expr *slice_item(Parser *p)
{
    const Token *t = cur(p);
    Expr *lower = NULL;
    if (!at(p, TOK_COLON)) {
        lower = star_named_expression(p);
        if (!at(p, TOK_COLON) || lower->kind == EXPR_STARRED)
            return lower;
    }
    advance(p);
    Expr *s = new_expr(p, EXPR_SLICE, t);
    s->v.slice.lower = lower;
    if (!at(p, TOK_COLON) && !at(p, TOK_COMMA) && !at(p, TOK_RSQB))
        s->v.slice.upper = expression(p);
    if (accept(p, TOK_COLON) && !at(p, TOK_COMMA) && !at(p, TOK_RSQB))
        s->v.slice.step = expression(p);
    return finish(p, s);
}

/* After '[' of a subscript: the slices and ']'. */
static Expr *subscript(Parser *p, const Token *primary_start, Expr *value)
{
    const Token *start = cur(p);
    Expr *first = slice_item(p);
    Expr *index = first;
    if (at(p, TOK_COMMA) || first->kind == EXPR_STARRED) {
        Vec v = {0};
        vec_push(p, &v, first);
        while (accept(p, TOK_COMMA) && !at(p, TOK_RSQB))
            vec_push(p, &v, slice_item(p));
        index = new_expr(p, EXPR_TUPLE, start);
        index->v.tuple.elts = EXPR_SEQ(v);
        finish(p, index);
    }
    if (!at(p, TOK_RSQB))
        check_missing_comma(p, index);
    expect(p, TOK_RSQB);
    Expr *s = new_expr(p, EXPR_SUBSCRIPT, primary_start);
    s->v.subscript.value = value;
    s->v.subscript.slice = index;
    s->v.subscript.ctx = CTX_LOAD;
    return finish(p, s);
}

static Expr *primary(Parser *p)
{
    const Token *start = cur(p);
    Expr *e = atom(p);
    for (;;) {
        if (accept(p, TOK_DOT)) {
            const char *attr = expect_name(p);
            Expr *a = new_expr(p, EXPR_ATTRIBUTE, start);
            a->v.attribute.value = e;
            a->v.attribute.attr = attr;
            a->v.attribute.ctx = CTX_LOAD;
            e = finish(p, a);
        } else if (accept(p, TOK_LPAR)) {
            e = call(p, start, e, true);
        } else if (accept(p, TOK_LSQB)) {
            e = subscript(p, start, e);
        } else {
            return e;
        }
    }
}

static Expr *factor(Parser *p);

static Expr *power(Parser *p)
{
    const Token *start = cur(p);
    Expr *left = primary(p);
    if (!accept(p, TOK_DOUBLESTAR))
        return left;
    Expr *e = new_expr(p, EXPR_BIN_OP, start);
    e->v.bin_op.left = left;
    e->v.bin_op.op = OP_POW;
    e->v.bin_op.right = factor(p);
    return finish(p, e);
}

static Expr *factor(Parser *p)
{
    UnaryOperator op;
    Expr *e;
    enter(p);
    switch (cur(p)->kind) {
    case TOK_PLUS: op = UOP_UADD; break;
    case TOK_MINUS: op = UOP_USUB; break;
    case TOK_TILDE: op = UOP_INVERT; break;
    default:
        e = power(p);
        leave(p);
        return e;
    }
    e = new_expr(p, EXPR_UNARY_OP, advance(p));
    e->v.unary_op.op = op;
    e->v.unary_op.operand = factor(p);
    leave(p);
    return finish(p, e);
}

/* The binary operator levels from '|' down to '*', loosest first. */
static bool binary_op(int level, TokKind k, Operator *op)
{
    static const struct { int level; TokKind tok; Operator op; } ops[] = {
        {0, TOK_VBAR, OP_BITOR}, {1, TOK_CIRCUMFLEX, OP_BITXOR},
        {2, TOK_AMPER, OP_BITAND}, {3, TOK_LEFTSHIFT, OP_LSHIFT},
        {3, TOK_RIGHTSHIFT, OP_RSHIFT}, {4, TOK_PLUS, OP_ADD},
        {4, TOK_MINUS, OP_SUB}, {5, TOK_STAR, OP_MULT},
        {5, TOK_SLASH, OP_DIV}, {5, TOK_DOUBLESLASH, OP_FLOOR_DIV},
        {5, TOK_PERCENT, OP_MOD}, {5, TOK_AT, OP_MAT_MULT},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (ops[i].level == level && ops[i].tok == k) {
            *op = ops[i].op;
            return true;
        }
    return false;
}

static Expr *binary(Parser *p, int level)
{
    if (level > 5)
        return factor(p);
    const Token *start = cur(p);
    Expr *left = binary(p, level + 1);
    Operator op;
    while (binary_op(level, cur(p)->kind, &op)) {
        advance(p);
        Expr *e = new_expr(p, EXPR_BIN_OP, start);
        e->v.bin_op.left = left;
        e->v.bin_op.op = op;
        e->v.bin_op.right = binary(p, level + 1);
        left = finish(p, e);
    }
    return left;
}

static Expr *bitwise_or(Parser *p)
{
    return binary(p, 0);
}

/* The comparison operator at the current token, consuming it. */
static bool compare_op(Parser *p, CmpOperator *op)
{
    switch (cur(p)->kind) {
    case TOK_EQEQUAL: *op = CMP_OP_EQ; break;
    case TOK_NOTEQUAL: *op = CMP_OP_NOT_EQ; break;
    case TOK_LESS: *op = CMP_OP_LT; break;
    case TOK_LESSEQUAL: *op = CMP_OP_LT_E; break;
    case TOK_GREATER: *op = CMP_OP_GT; break;
    case TOK_GREATEREQUAL: *op = CMP_OP_GT_E; break;
    case TOK_IN: *op = CMP_OP_IN; break;
    case TOK_IS:
        advance(p);
        *op = accept(p, TOK_NOT) ? CMP_OP_IS_NOT : CMP_OP_IS;
        return true;
    case TOK_NOT:
        if (peek(p, 1)->kind != TOK_IN)
            return false;
        advance(p);
        *op = CMP_OP_NOT_IN;
        break;
    default:
        return false;
    }
    advance(p);
    return true;
}

static Expr *comparison(Parser *p)
{
    const Token *start = cur(p);
    Expr *left = bitwise_or(p);
    CmpOperator op;
    if (!compare_op(p, &op))
        return left;
    Vec comps = {0};
    size_t n = 0, cap = 4;
    CmpOperator *ops = alloc(p, cap * sizeof *ops);
    do {
        if (n == cap) {
            CmpOperator *grown = alloc(p, 2 * cap * sizeof *ops);
            memcpy(grown, ops, n * sizeof *ops);
            ops = grown;
            cap *= 2;
        }
        ops[n++] = op;
        vec_push(p, &comps, bitwise_or(p));
    } while (compare_op(p, &op));
    Expr *e = new_expr(p, EXPR_COMPARE, start);
    e->v.compare.left = left;
    e->v.compare.ops = (CmpOpSeq){n, ops};
    e->v.compare.comparators = EXPR_SEQ(comps);
    return finish(p, e);
}

static Expr *inversion(Parser *p)
{
    if (!at(p, TOK_NOT))
        return comparison(p);
    enter(p);
    Expr *e = new_expr(p, EXPR_UNARY_OP, advance(p));
    e->v.unary_op.op = UOP_NOT;
    e->v.unary_op.operand = inversion(p);
    leave(p);
    return finish(p, e);
}

/* Left-associated 'and' / 'or' chains collapse into one BoolOp node. */
static Expr *bool_chain(Parser *p, TokKind tok, BoolOperator op,
                        Expr *(*operand)(Parser *))
{
    const Token *start = cur(p);
    Expr *first = operand(p);
    if (!at(p, tok))
        return first;
    Vec v = {0};
    vec_push(p, &v, first);
    while (accept(p, tok))
        vec_push(p, &v, operand(p));
    Expr *e = new_expr(p, EXPR_BOOL_OP, start);
    e->v.bool_op.op = op;
    e->v.bool_op.values = EXPR_SEQ(v);
    return finish(p, e);
}

static Expr *conjunction(Parser *p)
{
    return bool_chain(p, TOK_AND, BOOL_AND, inversion);
}

static Expr *disjunction(Parser *p)
{
    return bool_chain(p, TOK_OR, BOOL_OR, conjunction);
}

static Expr *lambdef(Parser *p)
{
    Expr *e = new_expr(p, EXPR_LAMBDA, advance(p));
    e->v.lambda.args = parameters(p, true, TOK_COLON);
    expect(p, TOK_COLON);
    e->v.lambda.body = expression(p);
    return finish(p, e);
}

static Expr *expression(Parser *p)
{
    enter(p);
    const Token *start = cur(p);
    Expr *body;
    if (at(p, TOK_LAMBDA)) {
        body = lambdef(p);
    } else {
        body = disjunction(p);
        if (accept(p, TOK_IF)) {
            Expr *test = disjunction(p);
            if (!accept(p, TOK_ELSE))
                fail_range(p, PERR_SYNTAX, body->lineno, body->col_offset + 1,
                           test->end_lineno, test->end_col_offset + 1,
                           "expected 'else' after 'if' expression");
            Expr *e = new_expr(p, EXPR_IF_EXP, start);
            e->v.if_exp.test = test;
            e->v.if_exp.body = body;
            e->v.if_exp.orelse = expression(p);
            body = finish(p, e);
        }
    }
    leave(p);
    return body;
}

static Expr *named_expression(Parser *p)
{
    if (!(at(p, TOK_NAME) && peek(p, 1)->kind == TOK_COLONEQUAL))
        return expression(p);
    const Token *t = advance(p);
    Expr *target = new_expr(p, EXPR_NAME, t);
    target->v.name.id = token_text(p, t);
    target->v.name.ctx = CTX_STORE;
    advance(p);
    Expr *e = new_expr(p, EXPR_NAMED, t);
    e->v.named.target = target;
    e->v.named.value = expression(p);
    return finish(p, e);
}

/* `if x = 3:` — python3's hints for '=' after a condition, when what
 * follows the '=' is one operand and no further '=' or ':=' (CPython's
 * invalid_named_expression); otherwise plain "invalid syntax" at the '='. */
static _Noreturn void fail_assign_in_condition(Parser *p, const Expr *e)
{
    size_t eq = p->pos;
    advance(p);
    bitwise_or(p);
    bool one_operand = !at(p, TOK_EQUAL) && !at(p, TOK_COLONEQUAL);
    p->pos = eq;
    if (one_operand) {
        switch (e->kind) {
        case EXPR_NAME:
            fail_expr(p, e, "%s", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        case EXPR_LIST: case EXPR_TUPLE: case EXPR_GENERATOR_EXP: case EXPR_NAMED:
        case EXPR_COMPARE: case EXPR_BOOL_OP: case EXPR_LAMBDA: case EXPR_IF_EXP:
        case EXPR_STARRED: case EXPR_YIELD: case EXPR_YIELD_FROM:
            break;          /* not a bitwise_or operand: no hint */
        case EXPR_UNARY_OP:
            if (e->v.unary_op.op == UOP_NOT)
                break;
            /* fall through */
        default:
            if (e->kind == EXPR_CONSTANT && e->v.constant.kind <= CONST_FALSE)
                break;
            fail_expr(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                      expr_name(e));
        }
    }
    fail_syntax(p);
}

/* The test of if, elif, while and a case guard. */
static Expr *condition(Parser *p)
{
    Expr *e = named_expression(p);
    if (at(p, TOK_EQUAL))
        fail_assign_in_condition(p, e);
    return e;
}

static Expr *starred(Parser *p)
{
    Expr *e = new_expr(p, EXPR_STARRED, advance(p));
    e->v.starred.value = bitwise_or(p);
    e->v.starred.ctx = CTX_LOAD;
    return finish(p, e);
}

static Expr *star_named_expression(Parser *p)
{
    return at(p, TOK_STAR) ? starred(p) : named_expression(p);
}

/* Whether the current token ends an expression list (so a trailing comma
 * before it makes a tuple without another element). */
static bool ends_list(Parser *p)
{
    switch (cur(p)->kind) {
    case TOK_NEWLINE: case TOK_SEMI: case TOK_EQUAL: case TOK_RPAR:
    case TOK_RSQB: case TOK_RBRACE: case TOK_COLON: case TOK_ENDMARKER:
    case TOK_IN:
        return true;
    default:
        return cur(p)->kind >= TOK_PLUSEQUAL && cur(p)->kind <= TOK_ATEQUAL;
    }
}

/* star_expressions: a bare tuple when there is a comma. */
static Expr *star_expressions(Parser *p)
{
    const Token *start = cur(p);
    Expr *first = at(p, TOK_STAR) ? starred(p) : expression(p);
    if (!at(p, TOK_COMMA))
        return first;
    Vec v = {0};
    vec_push(p, &v, first);
    while (accept(p, TOK_COMMA) && !ends_list(p))
        vec_push(p, &v, at(p, TOK_STAR) ? starred(p) : expression(p));
    Expr *t = new_expr(p, EXPR_TUPLE, start);
    t->v.tuple.elts = EXPR_SEQ(v);
    p->bare_tuple = t;
    return finish(p, t);
}

static Expr *yield_expr(Parser *p)
{
    const Token *t = advance(p);
    if (accept(p, TOK_FROM)) {
        Expr *e = new_expr(p, EXPR_YIELD_FROM, t);
        e->v.yield_from.value = expression(p);
        return finish(p, e);
    }
    Expr *e = new_expr(p, EXPR_YIELD, t);
    if (!ends_list(p))
        e->v.yield.value = star_expressions(p);
    return finish(p, e);
}

/* ---- targets ---- */

/* Give target e the context ctx (store or delete), checking that it can
 * be assigned or deleted, as CPython's invalid_*_target rules do. */
static void set_context(Parser *p, Expr *e, ExprContext ctx, bool top)
{
    const char *verb = ctx == CTX_DEL ? "delete" : "assign to";
    switch (e->kind) {
    case EXPR_NAME:
        if (strcmp(e->v.name.id, "__debug__") == 0) {
            char msg[64];
            snprintf(msg, sizeof msg, "cannot %s __debug__", verb);
            fail_expr(p, e, "%s", msg);
        }
        e->v.name.ctx = ctx;
        return;
    case EXPR_ATTRIBUTE:
        e->v.attribute.ctx = ctx;
        return;
    case EXPR_SUBSCRIPT:
        e->v.subscript.ctx = ctx;
        return;
    case EXPR_STARRED:
        if (ctx == CTX_DEL)
            fail_expr(p, e, "cannot delete %s", "starred");
        if (top)
            fail_expr(p, e, "%s", "starred assignment target must be in a "
                      "list or tuple");
        e->v.starred.ctx = ctx;
        set_context(p, e->v.starred.value, ctx, false);
        return;
    case EXPR_LIST:
    case EXPR_TUPLE: {
        ExprSeq *elts = e->kind == EXPR_LIST ? &e->v.list.elts
                                             : &e->v.tuple.elts;
        size_t stars = 0;
        for (size_t i = 0; i < elts->len; i++) {
            stars += elts->items[i]->kind == EXPR_STARRED;
            set_context(p, elts->items[i], ctx, false);
        }
        if (stars > 1)
            fail_expr(p, e, "%s", "multiple starred expressions in "
                      "assignment");
        if (e->kind == EXPR_LIST)
            e->v.list.ctx = ctx;
        else
            e->v.tuple.ctx = ctx;
        return;
    }
    default: {
        char msg[96];
        snprintf(msg, sizeof msg, "cannot %s %s", verb, expr_name(e));
        fail_expr(p, e, "%s", msg);
    }
    }
}

/* The left side of `lhs = ...`: CPython adds a hint when a lone operand
 * that cannot be assigned is followed by a single '='. */
static void check_assign_target(Parser *p, Expr *e, bool single)
{
    if (e->kind == EXPR_YIELD || e->kind == EXPR_YIELD_FROM)
        fail_expr(p, e, "%s", "assignment to yield expression not possible");
    switch (e->kind) {
    case EXPR_NAME: case EXPR_ATTRIBUTE: case EXPR_SUBSCRIPT:
    case EXPR_STARRED: case EXPR_LIST: case EXPR_TUPLE:
    case EXPR_COMPARE: case EXPR_BOOL_OP: case EXPR_LAMBDA: case EXPR_IF_EXP:
    case EXPR_NAMED: case EXPR_GENERATOR_EXP:
        break;
    case EXPR_UNARY_OP:
        if (e->v.unary_op.op == UOP_NOT)
            break;
        /* fall through */
    default:
        if (single && !(e->kind == EXPR_CONSTANT
                        && e->v.constant.kind <= CONST_FALSE))
            fail_expr(p, e, "cannot assign to %s here. Maybe you meant "
                      "'==' instead of '='?", expr_name(e));
    }
    set_context(p, e, CTX_STORE, true);
}

/* ---- parameters ---- */

static Arg *param(Parser *p, bool annotated)
{
    if (!at(p, TOK_NAME))
        fail_syntax(p);
    const Token *t = advance(p);
    Arg *a = alloc(p, sizeof *a);
    a->arg = token_text(p, t);
    a->lineno = t->lineno;
    a->col_offset = t->col;
    if (annotated && accept(p, TOK_COLON))
        a->annotation = expression(p);
    a->end_lineno = p->prev_end_lineno;
    a->end_col_offset = p->prev_end_col;
    return a;
}

static void check_duplicate(Parser *p, Vec *seen, Arg *a)
{
    for (size_t i = 0; i < seen->len; i++)
        if (strcmp(((Arg *)seen->items[i])->arg, a->arg) == 0)
            fail_range(p, PERR_SYNTAX, a->lineno, a->col_offset + 1,
                       a->end_lineno, a->end_col_offset + 1,
                       "duplicate argument '%s' in function definition",
                       a->arg);
    vec_push(p, seen, a);
}

/* A def's or lambda's parameter list, up to (not including) `close`. */
static Arguments *parameters(Parser *p, bool is_lambda, TokKind close)
{
    Arguments *args = alloc(p, sizeof *args);
    Vec pos = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0}, all = {0};
    bool star = false, slash = false;
    size_t default_after_slash = 0;
    const Token *star_tok = NULL;
    while (!at(p, close)) {
        const Token *t = cur(p);
        if (t->kind == TOK_SLASH) {
            if (slash || star || pos.len == 0)
                fail_syntax(p);
            advance(p);
            slash = true;
            args->posonlyargs = (ArgSeq){pos.len, (Arg **)pos.items};
            pos = (Vec){0};
        } else if (t->kind == TOK_STAR) {
            if (star)
                fail_token(p, t, "* argument may appear only once");
            star = true;
            star_tok = advance(p);
            if (!at(p, TOK_COMMA) && !at(p, close)) {
                args->vararg = param(p, !is_lambda);
                check_duplicate(p, &all, args->vararg);
            }
        } else if (t->kind == TOK_DOUBLESTAR) {
            advance(p);
            args->kwarg = param(p, !is_lambda);
            check_duplicate(p, &all, args->kwarg);
            accept(p, TOK_COMMA);
            if (!at(p, close))
                fail_token(p, cur(p),
                           "arguments cannot follow var-keyword argument");
            break;
        } else {
            Arg *a = param(p, !is_lambda);
            check_duplicate(p, &all, a);
            Expr *def = accept(p, TOK_EQUAL) ? expression(p) : NULL;
            /* After '/', a default among the regular parameters makes
             * CPython's error the generic one, at the next token. */
            if (!star && !def && default_after_slash)
                fail_syntax(p);
            if (!star && def && slash)
                default_after_slash++;
            if (star) {
                vec_push(p, &kwonly, a);
                vec_push(p, &kwdefaults, def);
            } else {
                if (!def && defaults.len)
                    fail_range(p, PERR_SYNTAX, a->lineno, a->col_offset + 1,
                               a->end_lineno, a->end_col_offset + 1, "%s",
                               "non-default argument follows default "
                               "argument");
                vec_push(p, &pos, a);
                if (def)
                    vec_push(p, &defaults, def);
            }
        }
        if (!accept(p, TOK_COMMA))
            break;
    }
    if (star && !args->vararg && kwonly.len == 0)
        fail_token(p, star_tok, "named arguments must follow bare *");
    args->args = (ArgSeq){pos.len, (Arg **)pos.items};
    args->defaults = EXPR_SEQ(defaults);
    args->kwonlyargs = (ArgSeq){kwonly.len, (Arg **)kwonly.items};
    args->kw_defaults = EXPR_SEQ(kwdefaults);
    return args;
}

/* ---- string literals ---- */

/* A growing byte buffer in the arena. */
typedef struct {
    char *data;
    size_t len, cap;
} Buf;

static void buf_add(Parser *p, Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 32;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = alloc(p, cap);
        if (b->len)
            memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void buf_add_codepoint(Parser *p, Buf *b, unsigned long cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xc0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3f));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xe0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[2] = (char)(0x80 | (cp & 0x3f));
        n = 3;
    } else {
        u[0] = (char)(0xf0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[3] = (char)(0x80 | (cp & 0x3f));
        n = 4;
    }
    buf_add(p, b, u, n);
}

/* Errors about a string token point just past it, as CPython's. */
static _Noreturn void fail_string(Parser *p, const Token *t, const char *msg)
{
    fail_range(p, PERR_SYNTAX, t->lineno, t->end_col + 1, t->lineno,
               t->end_col + 1, "%s", msg);
}

static int hex_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The escape at s[i] == '\\' (i + 1 < n); appends its value and returns
 * the index after it.  s[0] is at index `base` of the literal's text,
 * for the positions in CPython's unicode error messages. */
static size_t escape(Parser *p, const Token *t, Buf *b, const char *s,
                     size_t i, size_t n, size_t base)
{
    static const char simple[] = "\n\\'\"abfnrtv";
    static const char values[] = "\0\\'\"\a\b\f\n\r\t\v";
    char c = s[i + 1];
    const char *k = c ? strchr(simple, c) : NULL;
    if (k) {
        if (c != '\n')
            buf_add(p, b, &values[k - simple], 1);
        return i + 2;
    }
    if (c >= '0' && c <= '7') {
        unsigned long v = 0;
        size_t j = i + 1;
        while (j < n && j < i + 4 && s[j] >= '0' && s[j] <= '7')
            v = v * 8 + (unsigned long)(s[j++] - '0');
        buf_add_codepoint(p, b, v);
        return j;
    }
    int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (digits) {
        unsigned long v = 0;
        size_t j = i + 2;
        for (; j < n && j < i + 2 + (size_t)digits && hex_value(s[j]) >= 0; j++)
            v = v * 16 + (unsigned long)hex_value(s[j]);
        char msg[160];
        const char *what = c == 'x' ? "truncated \\xXX escape"
                         : c == 'u' ? "truncated \\uXXXX escape"
                                    : "truncated \\UXXXXXXXX escape";
        if (j < i + 2 + (size_t)digits || v > 0x10ffff) {
            snprintf(msg, sizeof msg, "(unicode error) 'unicodeescape' codec "
                     "can't decode bytes in position %zu-%zu: %s",
                     i + base, j - 1 + base,
                     v > 0x10ffff ? "illegal Unicode character" : what);
            fail_string(p, t, msg);
        }
        buf_add_codepoint(p, b, v);
        return j;
    }
    if (c == 'N')
        fail_string(p, t, "\\N{...} escapes are not supported");
    /* An unknown escape keeps its backslash. */
    buf_add(p, b, s + i, 1);
    return i + 1;
}

/* Append s[0..n) to b, processing escapes unless raw. */
static void decode(Parser *p, const Token *t, Buf *b, const char *s, size_t n,
                   bool raw, size_t base)
{
    size_t i = 0;
    while (i < n) {
        const char *bs = raw ? NULL : memchr(s + i, '\\', n - i);
        size_t run = bs ? (size_t)(bs - (s + i)) : n - i;
        buf_add(p, b, s + i, run);
        i += run;
        if (i < n)
            i = i + 1 < n ? escape(p, t, b, s, i, n, base)
                          : (buf_add(p, b, "\\", 1), n);
    }
}

/* A literal token split into its parts. */
typedef struct {
    bool raw, fstring, bytes;
    const char *body;           /* between the quotes */
    size_t len;
} Literal;

static Literal split_literal(const Token *t)
{
    Literal l = {0};
    size_t i = 0;
    for (; t->start[i] != '\'' && t->start[i] != '"'; i++) {
        char c = (char)(t->start[i] | 0x20);
        l.raw |= c == 'r';
        l.fstring |= c == 'f';
        l.bytes |= c == 'b';
    }
    size_t q = t->len - i >= 6 && t->start[i + 1] == t->start[i]
                       && t->start[i + 2] == t->start[i] ? 3 : 1;
    l.body = t->start + i + q;
    l.len = t->len - i - 2 * q;
    return l;
}

/* The line and column of a pointer inside token t. */
static void locate(const Token *t, const char *at, int *lineno, int *col)
{
    *lineno = t->lineno;
    const char *line = NULL;
    for (const char *s = t->start; s < at; s++)
        if (*s == '\n' || (*s == '\r' && s[1] != '\n')) {
            ++*lineno;
            line = s + 1;
        }
    *col = line ? (int)(at - line) : t->col + (int)(at - t->start);
}

static void flush_text(Parser *p, const Token *t, Vec *values, Buf *text)
{
    if (text->len == 0)
        return;
    Expr *c = new_expr(p, EXPR_CONSTANT, t);
    c->v.constant.kind = CONST_STR;
    c->v.constant.s = text->data;
    c->v.constant.len = text->len;
    vec_push(p, values, c);
    *text = (Buf){0};
}

static size_t fstring_part(Parser *p, const Token *t, const Literal *l,
                           size_t i, Vec *values, Buf *text, bool in_spec);

/* Where the expression of a replacement field starting at s[i] ends: at
 * a top-level '!', ':', '=' (not part of an operator) or '}'. */
static size_t field_end(Parser *p, const Token *t, const Literal *l, size_t i)
{
    const char *s = l->body;
    char stack[MAXLEVEL_FSTRING];
    int depth = 0;
    for (; i < l->len; i++) {
        char c = s[i];
        if (c == '\\')
            fail_string(p, t, "f-string expression part cannot include a "
                              "backslash");
        if (c == '#')
            fail_string(p, t, "f-string expression part cannot include '#'");
        if (c == '\'' || c == '"') {
            size_t q = i + 2 < l->len && s[i + 1] == c && s[i + 2] == c ? 3 : 1;
            size_t j = i + q;
            while (j < l->len && !(s[j] == c && (q == 1 || (j + 2 < l->len
                                   && s[j + 1] == c && s[j + 2] == c))))
                j++;
            if (j >= l->len)
                fail_string(p, t, "f-string: unterminated string");
            i = j + q - 1;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth == MAXLEVEL_FSTRING)
                fail_string(p, t, "f-string: too many nested parenthesis");
            stack[depth++] = c;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                if (c == '}')
                    return i;
                char msg[64];
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", c);
                fail_string(p, t, msg);
            }
            char open = stack[--depth];
            if ((open == '(') != (c == ')') || (open == '[') != (c == ']')) {
                char msg[120];
                snprintf(msg, sizeof msg, "f-string: closing parenthesis '%c' "
                         "does not match opening parenthesis '%c'", c, open);
                fail_string(p, t, msg);
            }
            continue;
        }
        if (depth > 0)
            continue;
        char next = i + 1 < l->len ? s[i + 1] : 0;
        char prev = i > 0 ? s[i - 1] : 0;
        if ((c == '!' && next != '=') || c == ':')
            return i;
        if (c == '=' && next != '=' && !strchr("=!<>", prev ? prev : 'x'))
            return i;
    }
    if (depth > 0) {
        char msg[64];
        snprintf(msg, sizeof msg, "f-string: '%c' was never closed",
                 stack[depth - 1]);
        fail_string(p, t, msg);
    }
    fail_string(p, t, "f-string: expecting '}'");
}

/* Parse s[i..j) of a literal as the expression of a replacement field. */
static Expr *field_expression(Parser *p, const Token *t, const Literal *l,
                              size_t i, size_t j)
{
    const char *s = l->body + i;
    size_t n = j - i;
    size_t k = 0;
    while (k < n && strchr(" \t\n\r\f", s[k]))
        k++;
    if (k == n)
        fail_string(p, t, "f-string: empty expression not allowed");
    int lineno, col;
    locate(t, s, &lineno, &col);
    Parser saved = *p;
    Lexer *lx = lexer_new_expr(p->arena, s, n, lineno, col);
    if (!lx)
        fail_oom(p);
    p->lx = lx;
    p->pos = 0;
    p->fexpr = s;
    p->fexpr_len = n;
    p->fexpr_lineno = lineno;
    p->fexpr_col = col;
    Expr *e = at(p, TOK_YIELD) ? yield_expr(p) : star_expressions(p);
    if (!at(p, TOK_ENDMARKER)) {
        /* CPython parses the field inside parentheses. */
        check_missing_comma(p, e);
        fail_syntax(p);
    }
    if (e == p->bare_tuple) {
        /* ... so a bare tuple spans the braces. */
        e->col_offset--;
        e->end_col_offset++;
    }
    int depth = p->depth;
    *p = saved;
    p->depth = depth;
    return e;
}

/* A replacement field whose '{' is at s[i - 1]; returns the index after
 * its '}'.  Appends the f"{x=}" text and the FormattedValue node. */
static size_t replacement_field(Parser *p, const Token *t, const Literal *l,
                                size_t i, Vec *values, Buf *text)
{
    const char *s = l->body;
    if (p->fstring_nesting >= MAX_FSTRING_NESTING)
        fail_string(p, t, "f-string: expressions nested too deeply");
    size_t j = field_end(p, t, l, i);
    Expr *fv = new_expr(p, EXPR_FORMATTED_VALUE, t);
    fv->v.formatted_value.value = field_expression(p, t, l, i, j);
    fv->v.formatted_value.conversion = -1;
    bool debug = s[j] == '=';
    if (debug) {
        j++;
        while (j < l->len && strchr(" \t\n\r\f", s[j]))
            j++;
        buf_add(p, text, s + i, j - i);
    }
    flush_text(p, t, values, text);
    if (j < l->len && s[j] == '!') {
        char c = j + 1 < l->len ? s[j + 1] : 0;
        if (c != 's' && c != 'r' && c != 'a')
            fail_string(p, t, "f-string: invalid conversion character: "
                              "expected 's', 'r', or 'a'");
        fv->v.formatted_value.conversion = c;
        j += 2;
    }
    if (j < l->len && s[j] == ':') {
        p->fstring_nesting++;
        Vec spec = {0};
        Buf spec_text = {0};
        j = fstring_part(p, t, l, j + 1, &spec, &spec_text, true);
        flush_text(p, t, &spec, &spec_text);
        p->fstring_nesting--;
        Expr *js = new_expr(p, EXPR_JOINED_STR, t);
        js->v.joined_str.values = EXPR_SEQ(spec);
        fv->v.formatted_value.format_spec = js;
    }
    if (j >= l->len || s[j] != '}')
        fail_string(p, t, "f-string: expecting '}'");
    if (debug && fv->v.formatted_value.conversion == -1
        && !fv->v.formatted_value.format_spec)
        fv->v.formatted_value.conversion = 'r';
    vec_push(p, values, fv);
    return j + 1;
}

/* The text of an f-string from s[i]: literal runs (with "{{" and "}}")
 * and replacement fields.  In a format spec a lone '}' ends the part and
 * its index is returned; otherwise the whole literal is consumed. */
static size_t fstring_part(Parser *p, const Token *t, const Literal *l,
                           size_t i, Vec *values, Buf *text, bool in_spec)
{
    const char *s = l->body;
    while (i < l->len) {
        char c = s[i];
        if (c == '{' && !in_spec && i + 1 < l->len && s[i + 1] == '{') {
            buf_add(p, text, "{", 1);
            i += 2;
        } else if (c == '{') {
            i = replacement_field(p, t, l, i + 1, values, text);
        } else if (c == '}' && in_spec) {
            return i;
        } else if (c == '}') {
            if (i + 1 >= l->len || s[i + 1] != '}')
                fail_string(p, t, "f-string: single '}' is not allowed");
            buf_add(p, text, "}", 1);
            i += 2;
        } else {
            size_t j = i;
            while (j < l->len && s[j] != '{' && s[j] != '}')
                j++;
            if (!l->raw && j < l->len && s[j] == '{' && j >= 2
                && s[j - 1] == 'N' && s[j - 2] == '\\')
                fail_string(p, t, "\\N{...} escapes are not supported");
            decode(p, t, text, s + i, j - i, l->raw, i);
            i = j;
        }
    }
    return i;
}

/* CPython 3.11 gives the constant and replacement-field parts of an
 * f-string the position of the whole string expression. */
static void span_parts(Expr *joined, const Expr *whole)
{
    for (size_t i = 0; i < joined->v.joined_str.values.len; i++) {
        Expr *part = joined->v.joined_str.values.items[i];
        part->lineno = whole->lineno;
        part->col_offset = whole->col_offset;
        part->end_lineno = whole->end_lineno;
        part->end_col_offset = whole->end_col_offset;
        if (part->kind == EXPR_FORMATTED_VALUE
            && part->v.formatted_value.format_spec) {
            /* A spec keeps its literal's range, and so do its parts. */
            Expr *spec = part->v.formatted_value.format_spec;
            span_parts(spec, spec);
        }
    }
}

/* One or more adjacent string literals: a str constant, or a JoinedStr
 * when any of them is an f-string. */
static Expr *strings(Parser *p)
{
    const Token *first = cur(p);
    Vec values = {0};
    Buf text = {0};
    bool joined = false;
    while (at(p, TOK_STRING)) {
        const Token *t = advance(p);
        Literal l = split_literal(t);
        if (l.bytes)
            fail_token(p, t, "bytes literals are not supported");
        if (l.fstring) {
            joined = true;
            fstring_part(p, t, &l, 0, &values, &text, false);
        } else {
            decode(p, t, &text, l.body, l.len, l.raw, 0);
        }
    }
    Expr *e;
    if (joined) {
        flush_text(p, first, &values, &text);
        e = finish(p, new_expr(p, EXPR_JOINED_STR, first));
        e->v.joined_str.values = EXPR_SEQ(values);
        span_parts(e, e);
    } else {
        e = new_expr(p, EXPR_CONSTANT, first);
        e->v.constant.kind = CONST_STR;
        e->v.constant.s = text.data ? text.data : "";
        e->v.constant.len = text.len;
    }
    return finish(p, e);
}

/* ---- simple statements ---- */

static void statement(Parser *p, Vec *out);

/* `print x`: CPython's hint for Python 2 habits. */
static void check_legacy_print(Parser *p, Expr *e)
{
    if (e->kind != EXPR_NAME || !starts_operand(cur(p)->kind)
        || (strcmp(e->v.name.id, "print") && strcmp(e->v.name.id, "exec")))
        return;
    Expr *arg = star_expressions(p);
    fail_range(p, PERR_SYNTAX, e->lineno, e->col_offset + 1, arg->end_lineno,
               arg->end_col_offset + 1,
               "Missing parentheses in call to '%s'. Did you mean %s(...)?",
               e->v.name.id, e->v.name.id);
}

static bool aug_operator(TokKind k, Operator *op)
{
    static const struct { TokKind tok; Operator op; } ops[] = {
        {TOK_PLUSEQUAL, OP_ADD}, {TOK_MINEQUAL, OP_SUB},
        {TOK_STAREQUAL, OP_MULT}, {TOK_ATEQUAL, OP_MAT_MULT},
        {TOK_SLASHEQUAL, OP_DIV}, {TOK_PERCENTEQUAL, OP_MOD},
        {TOK_AMPEREQUAL, OP_BITAND}, {TOK_VBAREQUAL, OP_BITOR},
        {TOK_CIRCUMFLEXEQUAL, OP_BITXOR}, {TOK_LEFTSHIFTEQUAL, OP_LSHIFT},
        {TOK_RIGHTSHIFTEQUAL, OP_RSHIFT}, {TOK_DOUBLESTAREQUAL, OP_POW},
        {TOK_DOUBLESLASHEQUAL, OP_FLOOR_DIV},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (ops[i].tok == k) {
            *op = ops[i].op;
            return true;
        }
    return false;
}

static Expr *assigned_value(Parser *p)
{
    return at(p, TOK_YIELD) ? yield_expr(p) : star_expressions(p);
}

static Stmt *annotated_assign(Parser *p, const Token *start, Expr *target)
{
    if (target->kind == EXPR_TUPLE || target->kind == EXPR_LIST) {
        char msg[64];
        snprintf(msg, sizeof msg, "only single target (not %s) can be "
                 "annotated", target->kind == EXPR_TUPLE ? "tuple" : "list");
        fail_expr(p, target, "%s", msg);
    }
    if (target->kind != EXPR_NAME && target->kind != EXPR_ATTRIBUTE
        && target->kind != EXPR_SUBSCRIPT)
        fail_expr(p, target, "%s", "illegal target for annotation");
    set_context(p, target, CTX_STORE, true);
    Stmt *s = new_stmt(p, STMT_ANN_ASSIGN, start);
    s->v.ann_assign.target = target;
    s->v.ann_assign.annotation = expression(p);
    s->v.ann_assign.simple = target->kind == EXPR_NAME
                             && start->kind != TOK_LPAR;
    if (accept(p, TOK_EQUAL))
        s->v.ann_assign.value = assigned_value(p);
    return finish_stmt(p, s);
}

/* An expression statement, assignment, augmented or annotated assignment. */
static Stmt *expr_stmt(Parser *p)
{
    const Token *start = cur(p);
    Expr *first = assigned_value(p);
    Operator op;
    if (at(p, TOK_EQUAL)) {
        Vec targets = {0};
        Expr *value = first;
        while (accept(p, TOK_EQUAL)) {
            vec_push(p, &targets, value);
            value = assigned_value(p);
        }
        bool single = targets.len == 1;
        for (size_t i = 0; i < targets.len; i++)
            check_assign_target(p, targets.items[i], single);
        Stmt *s = new_stmt(p, STMT_ASSIGN, start);
        s->v.assign.targets = EXPR_SEQ(targets);
        s->v.assign.value = value;
        return finish_stmt(p, s);
    }
    if (accept(p, TOK_COLON))
        return annotated_assign(p, start, first);
    if (aug_operator(cur(p)->kind, &op)) {
        if (first->kind != EXPR_NAME && first->kind != EXPR_ATTRIBUTE
            && first->kind != EXPR_SUBSCRIPT)
            fail_expr(p, first, "'%s' is an illegal expression for augmented "
                      "assignment", expr_name(first));
        advance(p);
        set_context(p, first, CTX_STORE, true);
        Stmt *s = new_stmt(p, STMT_AUG_ASSIGN, start);
        s->v.aug_assign.target = first;
        s->v.aug_assign.op = op;
        s->v.aug_assign.value = assigned_value(p);
        return finish_stmt(p, s);
    }
    check_legacy_print(p, first);
    Stmt *s = new_stmt(p, STMT_EXPR, start);
    s->v.expr.value = first;
    return finish_stmt(p, s);
}

/* a.b.c as a NUL-terminated string. */
static const char *dotted_name(Parser *p)
{
    Buf b = {0};
    for (;;) {
        if (!at(p, TOK_NAME))
            fail_syntax(p);
        const Token *t = advance(p);
        buf_add(p, &b, t->start, t->len);
        if (!at(p, TOK_DOT))
            return b.data;
        advance(p);
        buf_add(p, &b, ".", 1);
    }
}

static Alias *alias(Parser *p, bool dotted)
{
    const Token *t = cur(p);
    Alias *a = alloc(p, sizeof *a);
    a->lineno = t->lineno;
    a->col_offset = t->col;
    a->name = dotted ? dotted_name(p) : expect_name(p);
    if (accept(p, TOK_AS))
        a->asname = expect_name(p);
    a->end_lineno = p->prev_end_lineno;
    a->end_col_offset = p->prev_end_col;
    return a;
}

static Stmt *import_stmt(Parser *p, const Token *start)
{
    Stmt *s = new_stmt(p, STMT_IMPORT, start);
    Vec names = {0};
    do
        vec_push(p, &names, alias(p, true));
    while (accept(p, TOK_COMMA));
    s->v.import.names = (AliasSeq){names.len, (Alias **)names.items};
    return finish_stmt(p, s);
}

static Stmt *import_from(Parser *p, const Token *start)
{
    Stmt *s = new_stmt(p, STMT_IMPORT_FROM, start);
    int level = 0;
    for (;;) {
        if (accept(p, TOK_DOT))
            level++;
        else if (accept(p, TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    if (level == 0 || !at(p, TOK_IMPORT))
        s->v.import_from.module = dotted_name(p);
    s->v.import_from.level = level;
    expect(p, TOK_IMPORT);
    Vec names = {0};
    if (at(p, TOK_STAR)) {
        const Token *t = advance(p);
        Alias *a = alloc(p, sizeof *a);
        a->name = "*";
        a->lineno = a->end_lineno = t->lineno;
        a->col_offset = t->col;
        a->end_col_offset = t->end_col;
        vec_push(p, &names, a);
    } else {
        bool paren = accept(p, TOK_LPAR);
        do {
            if (paren && at(p, TOK_RPAR) && names.len)
                break;
            vec_push(p, &names, alias(p, false));
        } while (accept(p, TOK_COMMA));
        if (paren)
            expect(p, TOK_RPAR);
        else if (at(p, TOK_NEWLINE) && p->pos > 0
                 && lexer_token(p->lx, p->pos - 1)->kind == TOK_COMMA)
            fail_token(p, lexer_token(p->lx, p->pos - 1),
                       "trailing comma not allowed without surrounding "
                       "parentheses");
    }
    s->v.import_from.names = (AliasSeq){names.len, (Alias **)names.items};
    return finish_stmt(p, s);
}

static IdentSeq name_list(Parser *p)
{
    Vec v = {0};
    do
        vec_push(p, &v, (void *)expect_name(p));
    while (accept(p, TOK_COMMA));
    return (IdentSeq){v.len, (const char **)v.items};
}

static Stmt *del_stmt(Parser *p, const Token *start)
{
    Vec v = {0};
    do {
        if (at(p, TOK_NEWLINE) || at(p, TOK_SEMI))
            break;
        Expr *e = bitwise_or(p);
        set_context(p, e, CTX_DEL, false);
        vec_push(p, &v, e);
    } while (accept(p, TOK_COMMA));
    if (v.len == 0)
        fail_syntax(p);
    Stmt *s = new_stmt(p, STMT_DELETE, start);
    s->v.delete.targets = EXPR_SEQ(v);
    return finish_stmt(p, s);
}

/* Whether the current token ends a simple statement. */
static bool at_stmt_end(Parser *p)
{
    return at(p, TOK_NEWLINE) || at(p, TOK_SEMI) || at(p, TOK_ENDMARKER);
}

static Stmt *simple_stmt(Parser *p)
{
    const Token *t = cur(p);
    Stmt *s;
    switch (t->kind) {
    case TOK_PASS: advance(p); return finish_stmt(p, new_stmt(p, STMT_PASS, t));
    case TOK_BREAK: advance(p); return finish_stmt(p, new_stmt(p, STMT_BREAK, t));
    case TOK_CONTINUE:
        advance(p);
        return finish_stmt(p, new_stmt(p, STMT_CONTINUE, t));
    case TOK_RETURN:
        advance(p);
        s = new_stmt(p, STMT_RETURN, t);
        if (!at_stmt_end(p))
            s->v.return_.value = star_expressions(p);
        return finish_stmt(p, s);
    case TOK_RAISE:
        advance(p);
        s = new_stmt(p, STMT_RAISE, t);
        if (!at_stmt_end(p)) {
            s->v.raise.exc = expression(p);
            if (accept(p, TOK_FROM))
                s->v.raise.cause = expression(p);
        }
        return finish_stmt(p, s);
    case TOK_GLOBAL:
    case TOK_NONLOCAL:
        advance(p);
        s = new_stmt(p, t->kind == TOK_GLOBAL ? STMT_GLOBAL : STMT_NONLOCAL, t);
        if (t->kind == TOK_GLOBAL)
            s->v.global.names = name_list(p);
        else
            s->v.nonlocal.names = name_list(p);
        return finish_stmt(p, s);
    case TOK_DEL:
        advance(p);
        return del_stmt(p, t);
    case TOK_ASSERT:
        advance(p);
        s = new_stmt(p, STMT_ASSERT, t);
        s->v.assert.test = expression(p);
        if (accept(p, TOK_COMMA))
            s->v.assert.msg = expression(p);
        return finish_stmt(p, s);
    case TOK_IMPORT:
        advance(p);
        return import_stmt(p, t);
    case TOK_FROM:
        advance(p);
        return import_from(p, t);
    default:
        return expr_stmt(p);
    }
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static void simple_stmts(Parser *p, Vec *out)
{
    for (;;) {
        vec_push(p, out, simple_stmt(p));
        if (!accept(p, TOK_SEMI) || at(p, TOK_NEWLINE))
            break;
    }
    if (!accept(p, TOK_NEWLINE))
        fail_syntax(p);
}

/* ---- compound statements ---- */

/* The body after a header's ':'.  `what` names the header for CPython's
 * "expected an indented block after ..." message. */
static StmtSeq block(Parser *p, const char *what, int header_line)
{
    Vec body = {0};
    enter(p);
    if (!accept(p, TOK_NEWLINE)) {
        simple_stmts(p, &body);
    } else if (!accept(p, TOK_INDENT)) {
        const Token *t = cur(p);
        int end = t->end_col + 1;
        if (t->kind == TOK_ENDMARKER || t->kind == TOK_DEDENT) {
            /* At the end of the input: point past the header line. */
            t = lexer_token(p->lx, p->pos - 1);
            end = -1;
            p->err->incomplete = true;
        }
        fail_range(p, PERR_INDENT, t->lineno, t->col + 1, t->lineno, end,
                   "expected an indented block after %s on line %d", what,
                   header_line);
    } else {
        while (!accept(p, TOK_DEDENT))
            statement(p, &body);
    }
    leave(p);
    return STMT_SEQ(body);
}

static StmtSeq else_block(Parser *p)
{
    if (!at(p, TOK_ELSE))
        return (StmtSeq){0};
    const Token *t = advance(p);
    expect_colon(p);
    return block(p, "'else' statement", t->lineno);
}

static Stmt *if_stmt(Parser *p, const char *what)
{
    const Token *t = advance(p);
    Stmt *s = new_stmt(p, STMT_IF, t);
    s->v.if_.test = condition(p);
    expect_colon(p);
    s->v.if_.body = block(p, what, t->lineno);
    if (at(p, TOK_ELIF)) {
        Stmt *elif = if_stmt(p, "'elif' statement");
        Stmt **one = alloc(p, sizeof *one);
        one[0] = elif;
        s->v.if_.orelse = (StmtSeq){1, one};
    } else {
        s->v.if_.orelse = else_block(p);
    }
    return finish_stmt(p, s);
}

static Stmt *while_stmt(Parser *p)
{
    const Token *t = advance(p);
    Stmt *s = new_stmt(p, STMT_WHILE, t);
    s->v.while_.test = condition(p);
    expect_colon(p);
    s->v.while_.body = block(p, "'while' statement", t->lineno);
    s->v.while_.orelse = else_block(p);
    return finish_stmt(p, s);
}

static Stmt *for_stmt(Parser *p)
{
    const Token *t = advance(p);
    Stmt *s = new_stmt(p, STMT_FOR, t);
    s->v.for_.target = target_list(p, TOK_IN);
    set_context(p, s->v.for_.target, CTX_STORE, true);
    expect(p, TOK_IN);
    s->v.for_.iter = star_expressions(p);
    expect_colon(p);
    s->v.for_.body = block(p, "'for' statement", t->lineno);
    s->v.for_.orelse = else_block(p);
    return finish_stmt(p, s);
}

/* The single target after 'as': star_target &(',' | ')' | ':'). */
static Expr *with_target(Parser *p)
{
    Expr *e = at(p, TOK_STAR) ? starred(p) : bitwise_or(p);
    if (!at(p, TOK_COMMA) && !at(p, TOK_RPAR) && !at(p, TOK_COLON))
        fail_syntax(p);
    set_context(p, e, CTX_STORE, true);
    return e;
}

static WithItem *with_item(Parser *p)
{
    WithItem *w = alloc(p, sizeof *w);
    w->context_expr = expression(p);
    if (accept(p, TOK_AS))
        w->optional_vars = with_target(p);
    return w;
}

/* Whether the '(' at the current token opens CPython 3.10's parenthesised
 * with-item list: its matching ')' is followed by ':'. */
static bool parenthesised_items(Parser *p)
{
    if (peek(p, 1)->kind == TOK_YIELD)
        return false;
    int depth = 0;
    for (size_t i = 0;; i++) {
        TokKind k = peek(p, i)->kind;
        if (k == TOK_LPAR || k == TOK_LSQB || k == TOK_LBRACE)
            depth++;
        else if (k == TOK_RPAR || k == TOK_RSQB || k == TOK_RBRACE)
            depth--;
        else if (k == TOK_ENDMARKER || k == TOK_NEWLINE)
            return false;
        if (depth == 0)
            return peek(p, i + 1)->kind == TOK_COLON;
    }
}

static Stmt *with_stmt(Parser *p)
{
    const Token *t = advance(p);
    Stmt *s = new_stmt(p, STMT_WITH, t);
    Vec items = {0};
    if (at(p, TOK_LPAR) && parenthesised_items(p)) {
        advance(p);
        do {
            if (at(p, TOK_RPAR) && items.len)
                break;
            /* with (a, b): the items are a and b; a lone (x) is x. */
            WithItem *w = alloc(p, sizeof *w);
            w->context_expr = expression(p);
            if (accept(p, TOK_AS))
                w->optional_vars = with_target(p);
            vec_push(p, &items, w);
        } while (accept(p, TOK_COMMA));
        expect(p, TOK_RPAR);
    } else {
        do
            vec_push(p, &items, with_item(p));
        while (accept(p, TOK_COMMA));
    }
    s->v.with.items = (WithItemSeq){items.len, (WithItem **)items.items};
    expect_colon(p);
    s->v.with.body = block(p, "'with' statement", t->lineno);
    return finish_stmt(p, s);
}

static ExceptHandler *except_clause(Parser *p)
{
    const Token *t = advance(p);
    ExceptHandler *h = alloc(p, sizeof *h);
    h->lineno = t->lineno;
    h->col_offset = t->col;
    if (!at(p, TOK_COLON)) {
        h->type = expression(p);
        if (at(p, TOK_COMMA)) {
            Expr *start = h->type;
            while (accept(p, TOK_COMMA))
                if (!at(p, TOK_COLON) && !at(p, TOK_AS))
                    expression(p);
            fail_range(p, PERR_SYNTAX, start->lineno, start->col_offset + 1,
                       p->prev_end_lineno, p->prev_end_col + 1, "%s",
                       "multiple exception types must be parenthesized");
        }
        if (accept(p, TOK_AS))
            h->name = expect_name(p);
    }
    expect_colon(p);
    h->body = block(p, "'except' statement", t->lineno);
    h->end_lineno = p->prev_end_lineno;
    h->end_col_offset = p->prev_end_col;
    return h;
}

static Stmt *try_stmt(Parser *p)
{
    const Token *t = advance(p);
    Stmt *s = new_stmt(p, STMT_TRY, t);
    expect_colon(p);
    s->v.try.body = block(p, "'try' statement", t->lineno);
    Vec handlers = {0};
    while (at(p, TOK_EXCEPT))
        vec_push(p, &handlers, except_clause(p));
    s->v.try.handlers = (ExceptHandlerSeq){handlers.len,
                                           (ExceptHandler **)handlers.items};
    if (handlers.len)
        s->v.try.orelse = else_block(p);
    if (at(p, TOK_FINALLY)) {
        const Token *f = advance(p);
        expect_colon(p);
        s->v.try.finalbody = block(p, "'finally' statement", f->lineno);
    } else if (!handlers.len) {
        /* Blame the next real token; at the end of the input, the end of
         * the last line. */
        size_t i = 0;
        while (peek(p, i)->kind == TOK_DEDENT)
            i++;
        if (peek(p, i)->kind != TOK_ENDMARKER)
            fail_token(p, peek(p, i), "expected 'except' or 'finally' block");
        size_t back = p->pos - 1;
        while (back > 0 && lexer_token(p->lx, back)->kind == TOK_DEDENT)
            back--;
        const Token *nl = lexer_token(p->lx, back);
        p->err->incomplete = true;
        fail_range(p, PERR_SYNTAX, nl->lineno, nl->col + 1, nl->lineno, -1,
                   "expected 'except' or 'finally' block");
    }
    return finish_stmt(p, s);
}

static Stmt *function_def(Parser *p, ExprSeq decorators)
{
    const Token *t = advance(p);
    Stmt *s = new_stmt(p, STMT_FUNCTION_DEF, t);
    s->v.function_def.name = expect_name(p);
    s->v.function_def.decorator_list = decorators;
    expect(p, TOK_LPAR);
    s->v.function_def.args = parameters(p, false, TOK_RPAR);
    expect(p, TOK_RPAR);
    if (accept(p, TOK_ARROW))
        s->v.function_def.returns = expression(p);
    expect_colon(p);
    s->v.function_def.body = block(p, "function definition", t->lineno);
    return finish_stmt(p, s);
}

static Stmt *class_def(Parser *p, ExprSeq decorators)
{
    const Token *t = advance(p);
    Stmt *s = new_stmt(p, STMT_CLASS_DEF, t);
    const Token *name = cur(p);
    s->v.class_def.name = expect_name(p);
    s->v.class_def.decorator_list = decorators;
    if (accept(p, TOK_LPAR)) {
        Expr *dummy = new_expr(p, EXPR_NAME, name);
        Expr *c = call(p, name, dummy, false);
        s->v.class_def.bases = c->v.call.args;
        s->v.class_def.keywords = c->v.call.keywords;
    }
    expect_colon(p);
    s->v.class_def.body = block(p, "class definition", t->lineno);
    return finish_stmt(p, s);
}

/* Decorators; the definition's position is that of 'def' or 'class'. */
static Stmt *decorated(Parser *p)
{
    Vec decorators = {0};
    while (accept(p, TOK_AT)) {
        vec_push(p, &decorators, named_expression(p));
        expect(p, TOK_NEWLINE);
    }
    if (at(p, TOK_DEF))
        return function_def(p, EXPR_SEQ(decorators));
    if (at(p, TOK_CLASS))
        return class_def(p, EXPR_SEQ(decorators));
    p->err->incomplete = at(p, TOK_ENDMARKER);
    fail_syntax(p);
}

/* ---- the match statement (PEP 634) ---- */

/* `match` and `case` are soft keywords: NAME tokens with that text. */
static bool at_soft_keyword(Parser *p, size_t ahead, const char *word)
{
    const Token *t = lexer_token(p->lx, p->pos + ahead);
    size_t n = strlen(word);
    return t->kind == TOK_NAME && t->len == n && memcmp(t->start, word, n) == 0;
}

/* Is the line at `match` a match statement rather than a use of the
 * name?  It is when something other than an assignment or annotation
 * follows the name and the logical line ends with ':' outside brackets
 * (no simple statement does), before the indented case block. */
static bool is_match_stmt(Parser *p)
{
    if (!at_soft_keyword(p, 0, "match"))
        return false;
    TokKind next = lexer_token(p->lx, p->pos + 1)->kind;
    if (next == TOK_EQUAL || next == TOK_COLON || next == TOK_NEWLINE || next == TOK_DOT
        || (next >= TOK_PLUSEQUAL && next <= TOK_ATEQUAL))
        return false;
    int depth = 0;
    TokKind last = TOK_NAME;
    for (size_t i = p->pos + 1;; i++) {
        const Token *t = lexer_token(p->lx, i);
        switch (t->kind) {
        case TOK_ERROR: case TOK_ENDMARKER:
            return false;
        case TOK_LPAR: case TOK_LSQB: case TOK_LBRACE: depth++; break;
        case TOK_RPAR: case TOK_RSQB: case TOK_RBRACE: depth--; break;
        case TOK_NEWLINE:
            return last == TOK_COLON && lexer_token(p->lx, i + 1)->kind == TOK_INDENT;
        default: break;
        }
        last = depth == 0 ? t->kind : TOK_NAME;
    }
}

static Pattern *pattern(Parser *p);

static Pattern *new_pattern(Parser *p, PatternKind kind, const Token *start)
{
    Pattern *pat = alloc(p, sizeof *pat);
    pat->kind = kind;
    pat->lineno = start->lineno;
    pat->col_offset = start->col;
    return pat;
}

static Pattern *finish_pattern(Parser *p, Pattern *pat)
{
    pat->end_lineno = p->prev_end_lineno;
    pat->end_col_offset = p->prev_end_col;
    return pat;
}

#define PATTERN_SEQ(v) ((PatternSeq){(v).len, (Pattern **)(v).items})

/* A literal: a (signed) number, strings, None, True or False.  The value
 * patterns are expressions so that the compiler compares them with ==. */
static Expr *literal_expr(Parser *p)
{
    const Token *t = cur(p);
    if (t->kind == TOK_MINUS) {
        Expr *e = new_expr(p, EXPR_UNARY_OP, advance(p));
        if (!at(p, TOK_NUMBER))
            fail_syntax(p);
        e->v.unary_op.op = UOP_USUB;
        e->v.unary_op.operand = number(p, advance(p));
        return finish(p, e);
    }
    if (t->kind == TOK_NUMBER)
        return number(p, advance(p));
    if (t->kind == TOK_STRING) {
        Expr *e = strings(p);
        if (e->kind == EXPR_JOINED_STR)
            fail_range(p, PERR_SYNTAX, e->lineno, e->col_offset + 1, e->end_lineno,
                       e->end_col_offset + 1, "patterns may only match literals and attribute lookups");
        return e;
    }
    fail_syntax(p);
}

/* NAME ('.' NAME)*: a Name or an Attribute chain. */
static Expr *name_or_attr(Parser *p)
{
    const Token *start = cur(p);
    Expr *e = atom(p);
    while (at(p, TOK_DOT)) {
        advance(p);
        Expr *a = new_expr(p, EXPR_ATTRIBUTE, start);
        a->v.attribute.value = e;
        a->v.attribute.attr = expect_name(p);
        a->v.attribute.ctx = CTX_LOAD;
        e = finish(p, a);
    }
    return e;
}

/* The items of a sequence pattern up to `close`; a star item is allowed
 * once. *trailing_comma tells "(p,)" from the group "(p)". */
static PatternSeq pattern_items(Parser *p, TokKind close, bool *trailing_comma)
{
    Vec v = {0};
    *trailing_comma = false;
    while (!at(p, close)) {
        if (at(p, TOK_STAR)) {
            Pattern *s = new_pattern(p, PAT_STAR, advance(p));
            const char *name = expect_name(p);
            s->v.star.name = strcmp(name, "_") == 0 ? NULL : name;
            vec_push(p, &v, finish_pattern(p, s));
        } else {
            vec_push(p, &v, pattern(p));
        }
        *trailing_comma = accept(p, TOK_COMMA);
        if (!*trailing_comma)
            break;
    }
    expect(p, close);
    return PATTERN_SEQ(v);
}

static Pattern *mapping_pattern(Parser *p, const Token *open)
{
    Pattern *pat = new_pattern(p, PAT_MAPPING, open);
    Vec keys = {0}, values = {0};
    while (!at(p, TOK_RBRACE)) {
        if (accept(p, TOK_DOUBLESTAR)) {
            pat->v.mapping.rest = expect_name(p);
            accept(p, TOK_COMMA);
            break;
        }
        vec_push(p, &keys, at(p, TOK_NAME) ? name_or_attr(p) : literal_expr(p));
        expect_colon(p);
        vec_push(p, &values, pattern(p));
        if (!accept(p, TOK_COMMA))
            break;
    }
    expect(p, TOK_RBRACE);
    pat->v.mapping.keys = EXPR_SEQ(keys);
    pat->v.mapping.patterns = PATTERN_SEQ(values);
    return finish_pattern(p, pat);
}

/* After the '(' of Cls(...): positional patterns, then name=pattern. */
static Pattern *class_pattern(Parser *p, const Token *start, Expr *cls)
{
    Pattern *pat = new_pattern(p, PAT_CLASS, start);
    Vec args = {0}, names = {0}, kwargs = {0};
    while (!at(p, TOK_RPAR)) {
        if (at(p, TOK_NAME) && peek(p, 1)->kind == TOK_EQUAL) {
            vec_push(p, &names, (void *)expect_name(p));
            advance(p);
            vec_push(p, &kwargs, pattern(p));
        } else {
            if (names.len)
                fail_syntax(p);     /* positional patterns follow keyword patterns */
            vec_push(p, &args, pattern(p));
        }
        if (!accept(p, TOK_COMMA))
            break;
    }
    expect(p, TOK_RPAR);
    pat->v.class_.cls = cls;
    pat->v.class_.patterns = PATTERN_SEQ(args);
    pat->v.class_.kwd_attrs = (IdentSeq){names.len, (const char **)names.items};
    pat->v.class_.kwd_patterns = PATTERN_SEQ(kwargs);
    return finish_pattern(p, pat);
}

static Pattern *closed_pattern(Parser *p)
{
    const Token *t = cur(p);
    Pattern *pat;
    switch (t->kind) {
    case TOK_NONE: case TOK_TRUE: case TOK_FALSE:
        pat = new_pattern(p, PAT_SINGLETON, advance(p));
        pat->v.singleton.value = t->kind == TOK_NONE ? CONST_NONE
                                 : t->kind == TOK_TRUE ? CONST_TRUE : CONST_FALSE;
        return finish_pattern(p, pat);
    case TOK_LPAR: case TOK_LSQB: {
        TokKind close = t->kind == TOK_LPAR ? TOK_RPAR : TOK_RSQB;
        bool comma;
        advance(p);
        PatternSeq items = pattern_items(p, close, &comma);
        if (close == TOK_RPAR && items.len == 1 && !comma && items.items[0]->kind != PAT_STAR)
            return items.items[0];  /* a group: (p) */
        pat = new_pattern(p, PAT_SEQUENCE, t);
        pat->v.sequence.patterns = items;
        return finish_pattern(p, pat);
    }
    case TOK_LBRACE:
        return mapping_pattern(p, advance(p));
    case TOK_NAME: {
        if (peek(p, 1)->kind != TOK_DOT && peek(p, 1)->kind != TOK_LPAR) {
            pat = new_pattern(p, PAT_AS, t);
            const char *name = expect_name(p);
            pat->v.as.name = strcmp(name, "_") == 0 ? NULL : name;
            return finish_pattern(p, pat);
        }
        Expr *e = name_or_attr(p);
        if (accept(p, TOK_LPAR))
            return class_pattern(p, t, e);
        pat = new_pattern(p, PAT_VALUE, t);
        pat->v.value.value = e;
        return finish_pattern(p, pat);
    }
    default:
        pat = new_pattern(p, PAT_VALUE, t);
        pat->v.value.value = literal_expr(p);
        if (at(p, TOK_LPAR))
            fail_syntax(p);     /* 5(): only names are called */
        return finish_pattern(p, pat);
    }
}

/* or_pattern ['as' NAME] */
static Pattern *pattern(Parser *p)
{
    const Token *start = cur(p);
    enter(p);
    Pattern *pat = closed_pattern(p);
    if (at(p, TOK_VBAR)) {
        Vec alts = {0};
        vec_push(p, &alts, pat);
        while (accept(p, TOK_VBAR))
            vec_push(p, &alts, closed_pattern(p));
        pat = new_pattern(p, PAT_OR, start);
        pat->v.or_.patterns = PATTERN_SEQ(alts);
        finish_pattern(p, pat);
    }
    if (accept(p, TOK_AS)) {
        Pattern *as = new_pattern(p, PAT_AS, start);
        as->v.as.pattern = pat;
        const Token *nt = cur(p);
        as->v.as.name = expect_name(p);
        if (strcmp(as->v.as.name, "_") == 0)
            fail_token(p, nt, "cannot use '_' as a target");
        pat = finish_pattern(p, as);
    }
    leave(p);
    return pat;
}

/* The pattern after `case`: a bare comma list is a sequence pattern. */
static Pattern *case_patterns(Parser *p)
{
    const Token *start = cur(p);
    Vec v = {0};
    bool star = at(p, TOK_STAR);
    if (star) {
        Pattern *s = new_pattern(p, PAT_STAR, advance(p));
        const char *name = expect_name(p);
        s->v.star.name = strcmp(name, "_") == 0 ? NULL : name;
        vec_push(p, &v, finish_pattern(p, s));
    } else {
        vec_push(p, &v, pattern(p));
    }
    if (!at(p, TOK_COMMA) && !star)
        return v.items[0];
    while (accept(p, TOK_COMMA) && !at(p, TOK_COLON) && !at(p, TOK_IF)) {
        if (at(p, TOK_STAR)) {
            Pattern *s = new_pattern(p, PAT_STAR, advance(p));
            const char *name = expect_name(p);
            s->v.star.name = strcmp(name, "_") == 0 ? NULL : name;
            vec_push(p, &v, finish_pattern(p, s));
        } else {
            vec_push(p, &v, pattern(p));
        }
    }
    Pattern *seq = new_pattern(p, PAT_SEQUENCE, start);
    seq->v.sequence.patterns = PATTERN_SEQ(v);
    return finish_pattern(p, seq);
}

static MatchCase *case_block(Parser *p)
{
    if (!at_soft_keyword(p, 0, "case"))
        fail_syntax(p);
    const Token *t = advance(p);
    MatchCase *mc = alloc(p, sizeof *mc);
    mc->pattern = case_patterns(p);
    if (accept(p, TOK_IF))
        mc->guard = condition(p);
    expect_colon(p);
    mc->body = block(p, "'case' statement", t->lineno);
    return mc;
}

static Stmt *match_stmt(Parser *p)
{
    const Token *t = advance(p);
    Stmt *s = new_stmt(p, STMT_MATCH, t);
    s->v.match.subject = star_expressions(p);
    expect_colon(p);
    expect(p, TOK_NEWLINE);
    expect(p, TOK_INDENT);
    Vec cases = {0};
    enter(p);
    while (!accept(p, TOK_DEDENT))
        vec_push(p, &cases, case_block(p));
    leave(p);
    s->v.match.cases = (MatchCaseSeq){cases.len, (MatchCase **)cases.items};
    return finish_stmt(p, s);
}

static void statement(Parser *p, Vec *out)
{
    const Token *t = cur(p);
    switch (t->kind) {
    case TOK_IF: vec_push(p, out, if_stmt(p, "'if' statement")); return;
    case TOK_WHILE: vec_push(p, out, while_stmt(p)); return;
    case TOK_FOR: vec_push(p, out, for_stmt(p)); return;
    case TOK_WITH: vec_push(p, out, with_stmt(p)); return;
    case TOK_TRY: vec_push(p, out, try_stmt(p)); return;
    case TOK_DEF: vec_push(p, out, function_def(p, (ExprSeq){0})); return;
    case TOK_CLASS: vec_push(p, out, class_def(p, (ExprSeq){0})); return;
    case TOK_AT: vec_push(p, out, decorated(p)); return;
    case TOK_INDENT: {
        const Token *first = peek(p, 1);
        fail_range(p, PERR_INDENT, first->lineno, first->col, first->lineno,
                   -1, "unexpected indent");
    }
    case TOK_ASYNC: case TOK_AWAIT:
        fail_token(p, t, "async and await are not supported");
    default:
        if (is_match_stmt(p))
            vec_push(p, out, match_stmt(p));
        else
            simple_stmts(p, out);
    }
}

/* ---- entry ---- */

static Mod *parse(Parser *p, int mode)
{
    Mod *m = alloc(p, sizeof *m);
    if (mode == PARSE_EVAL) {
        m->kind = MOD_EXPRESSION;
        accept(p, TOK_INDENT);
        m->expr = star_expressions(p);
        while (accept(p, TOK_NEWLINE) || accept(p, TOK_DEDENT))
            ;
        if (!at(p, TOK_ENDMARKER))
            fail_syntax(p);
        return m;
    }
    m->kind = mode == PARSE_SINGLE ? MOD_INTERACTIVE : MOD_MODULE;
    Vec body = {0};
    while (!at(p, TOK_ENDMARKER)) {
        if (at(p, TOK_NEWLINE)) {
            advance(p);
            continue;
        }
        statement(p, &body);
    }
    m->body = STMT_SEQ(body);
    return m;
}

Mod *parse_source(AstArena *arena, const char *src, size_t len, int mode,
                  ParseError *err)
{
    memset(err, 0, sizeof *err);
    jmp_buf fail;
    Parser parser = {.arena = arena, .err = err, .fail = &fail,
                     .src = src, .src_end = src + len};
    Parser *volatile p = &parser;
    p->lx = p->main_lx = lexer_new(arena, src, len);
    if (!p->lx) {
        err->kind = PERR_NO_MEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    if (setjmp(fail))
        return NULL;
    return parse(p, mode);
}
