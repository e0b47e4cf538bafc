/* parser.h — source text to AST.
 *
 * A hand-written recursive-descent parser with CPython 3.11's grammar and
 * precedence for the ouro subset.  It never touches Python objects: errors
 * come back in a ParseError that the compiler turns into a SyntaxError,
 * IndentationError or TabError exception. */
#ifndef OURO_PARSER_H
#define OURO_PARSER_H

#include <stdbool.h>
#include <stddef.h>

#include "ast.h"

enum {
    PARSE_FILE = 0,         /* a module: statements to ENDMARKER */
    PARSE_SINGLE = 1,       /* one interactive statement */
    PARSE_EVAL = 2          /* one expression (Mod.expr) */
};

enum {
    PERR_SYNTAX = 0,        /* SyntaxError */
    PERR_INDENT = 1,        /* IndentationError */
    PERR_TAB = 2,           /* TabError */
    PERR_NO_MEMORY = 3,     /* out of memory: raise MemoryError */
    PERR_RECURSION = 4      /* nesting too deep for the C stack: raise
                             * RecursionError("maximum recursion depth
                             * exceeded during compilation") as CPython */
};

/* The values match CPython's SyntaxError attributes: lineno, offset (a
 * 1-based column), end_lineno, end_offset and text (the source line with
 * its newline, or NULL when there is none).  `line` lives in the arena. */
typedef struct {
    int kind;
    char msg[256];
    int lineno, col_offset, end_lineno, end_col_offset;
    char *line;
    /* The only fault is that the input ended too early (an open bracket, a
     * block header at EOF, an open triple-quoted string, a trailing
     * backslash): an interactive prompt asks for another line. */
    bool incomplete;
} ParseError;

/* NULL on error with *err filled.  For PERR_NO_MEMORY and PERR_RECURSION
 * only kind and msg are meaningful (lineno 0, line NULL). */
Mod *parse_source(AstArena *arena, const char *src, size_t len, int mode,
                  ParseError *err);

#endif
