/* lexer.h — source text to tokens, as CPython's tokenizer does it.
 *
 * Tokens are produced lazily into a growing array, so the parser can look
 * any distance ahead by index while errors still surface in source order:
 * a lexical error becomes a TOK_ERROR token, reported only if the parser
 * reaches it.  Token text points into the source buffer, which must
 * outlive the lexer; the token array and error text live in the arena. */
#ifndef OURO_LEXER_H
#define OURO_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "ast.h"

typedef enum {
    TOK_ENDMARKER, TOK_NAME, TOK_NUMBER, TOK_STRING, TOK_NEWLINE,
    TOK_INDENT, TOK_DEDENT, TOK_ERROR,
    /* operators and delimiters */
    TOK_LPAR, TOK_RPAR, TOK_LSQB, TOK_RSQB, TOK_LBRACE, TOK_RBRACE,
    TOK_COLON, TOK_COMMA, TOK_SEMI, TOK_PLUS, TOK_MINUS, TOK_STAR,
    TOK_SLASH, TOK_VBAR, TOK_AMPER, TOK_LESS, TOK_GREATER, TOK_EQUAL,
    TOK_DOT, TOK_PERCENT, TOK_TILDE, TOK_CIRCUMFLEX, TOK_AT, TOK_BANG,
    TOK_EQEQUAL, TOK_NOTEQUAL, TOK_LESSEQUAL, TOK_GREATEREQUAL,
    TOK_LEFTSHIFT, TOK_RIGHTSHIFT, TOK_DOUBLESTAR, TOK_DOUBLESLASH,
    TOK_ARROW, TOK_COLONEQUAL, TOK_ELLIPSIS,
    TOK_PLUSEQUAL, TOK_MINEQUAL, TOK_STAREQUAL, TOK_SLASHEQUAL,
    TOK_PERCENTEQUAL, TOK_AMPEREQUAL, TOK_VBAREQUAL, TOK_CIRCUMFLEXEQUAL,
    TOK_LEFTSHIFTEQUAL, TOK_RIGHTSHIFTEQUAL, TOK_DOUBLESTAREQUAL,
    TOK_DOUBLESLASHEQUAL, TOK_ATEQUAL,
    /* keywords: NAME tokens spelled as a keyword get these kinds */
    TOK_FALSE, TOK_NONE, TOK_TRUE, TOK_AND, TOK_AS, TOK_ASSERT, TOK_ASYNC,
    TOK_AWAIT, TOK_BREAK, TOK_CLASS, TOK_CONTINUE, TOK_DEF, TOK_DEL,
    TOK_ELIF, TOK_ELSE, TOK_EXCEPT, TOK_FINALLY, TOK_FOR, TOK_FROM,
    TOK_GLOBAL, TOK_IF, TOK_IMPORT, TOK_IN, TOK_IS, TOK_LAMBDA,
    TOK_NONLOCAL, TOK_NOT, TOK_OR, TOK_PASS, TOK_RAISE, TOK_RETURN,
    TOK_TRY, TOK_WHILE, TOK_WITH, TOK_YIELD
} TokKind;

/* Positions: 1-based lines, 0-based byte columns (CPython's AST
 * convention).  `line` points at the start of the token's first line. */
typedef struct {
    TokKind kind;
    const char *start;
    size_t len;
    int lineno, col, end_lineno, end_col;
    const char *line;
} Token;

/* A lexical error, set when a TOK_ERROR token is produced.  `kind` uses the
 * PERR_* values of parser.h; columns are 1-based byte offsets; `line` points
 * into the source (the start of the offending line) or is NULL. */
typedef struct {
    int kind;
    char msg[200];
    int lineno, col, end_lineno, end_col;
    const char *line;
    bool incomplete;
    /* CPython's SyntaxError.text ends with a newline for the errors its
     * parser reports on the tokenizer's behalf, not for the tokenizer's
     * own: set for the former. */
    bool text_nl;
    bool unclosed;              /* "'(' was never closed"; lineno is the
                                 * bracket's line */
} LexError;

typedef struct Lexer Lexer;

/* A lexer for src[0..len).  In `expr_mode` (the inside of an f-string
 * replacement field) the text is one expression: newlines are plain
 * whitespace and no NEWLINE/INDENT/DEDENT tokens appear; positions start
 * at (lineno, col).  NULL when out of memory. */
Lexer *lexer_new(AstArena *arena, const char *src, size_t len);
Lexer *lexer_new_expr(AstArena *arena, const char *src, size_t len,
                      int lineno, int col);

/* The i-th token, lexing as far as needed; past a TOK_ERROR or
 * TOK_ENDMARKER the last token repeats.  The pointer stays valid as long
 * as the arena: a grown token array leaves the old one in place. */
const Token *lexer_token(Lexer *lx, size_t i);
const LexError *lexer_error(const Lexer *lx);
/* The source text of line `lineno` (1-based) and its length without the
 * newline; NULL past the end. */
const char *lexer_line(const Lexer *lx, int lineno, size_t *len);
/* The keyword spelled s[0..n), or TOK_NAME. */
TokKind lexer_keyword(const char *s, size_t n);

#endif
