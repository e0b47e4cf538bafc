/* lexer.c — CPython's tokenizer rules for the ouro subset.
 *
 * The lexer walks the source once, producing tokens on demand into an
 * arena array.  Indentation follows CPython's tokenizer.c: at the start of
 * each non-blank logical line outside brackets the column is measured twice,
 * with tabs to the next multiple of 8 and with tabs counting 1; the two
 * measures must order the line the same way against the indentation stack
 * or the line is a TabError.  A lexical error is stored once and produced
 * as a TOK_ERROR token; the lexer stops there. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lexer.h"
#include "parser.h"

enum {
    TABSIZE = 8,
    MAXINDENT = 100,            /* CPython's limit on indentation levels */
    MAXLEVEL = 200              /* CPython's limit on nested brackets */
};

typedef struct {
    char ch;
    int lineno, col;
} Bracket;

struct Lexer {
    AstArena *arena;
    const char *src, *end;
    const char *p;              /* next unread byte */
    const char *line_start;     /* start of the physical line holding p */
    int lineno;
    int first_col;              /* column of src[0] (expression mode) */
    bool expr_mode;
    bool atbol;                 /* at the beginning of a logical line */
    bool done;                  /* ENDMARKER or ERROR produced */
    int indstack[MAXINDENT + 1], altstack[MAXINDENT + 1];
    int indent;                 /* top of the indentation stacks */
    int pendin;                 /* pending INDENT (>0) or DEDENT (<0) */
    int level;                  /* open brackets */
    Bracket brackets[MAXLEVEL];
    Token *toks;
    size_t ntoks, cap;
    LexError err;
    const char *bad_utf8;       /* first byte that is not UTF-8, or NULL */
    int bad_line;               /* its line */
};

static const struct { const char *s; TokKind kind; } keywords[] = {
    {"False", TOK_FALSE}, {"None", TOK_NONE}, {"True", TOK_TRUE},
    {"and", TOK_AND}, {"as", TOK_AS}, {"assert", TOK_ASSERT},
    {"async", TOK_ASYNC}, {"await", TOK_AWAIT}, {"break", TOK_BREAK},
    {"class", TOK_CLASS}, {"continue", TOK_CONTINUE}, {"def", TOK_DEF},
    {"del", TOK_DEL}, {"elif", TOK_ELIF}, {"else", TOK_ELSE},
    {"except", TOK_EXCEPT}, {"finally", TOK_FINALLY}, {"for", TOK_FOR},
    {"from", TOK_FROM}, {"global", TOK_GLOBAL}, {"if", TOK_IF},
    {"import", TOK_IMPORT}, {"in", TOK_IN}, {"is", TOK_IS},
    {"lambda", TOK_LAMBDA}, {"nonlocal", TOK_NONLOCAL}, {"not", TOK_NOT},
    {"or", TOK_OR}, {"pass", TOK_PASS}, {"raise", TOK_RAISE},
    {"return", TOK_RETURN}, {"try", TOK_TRY}, {"while", TOK_WHILE},
    {"with", TOK_WITH}, {"yield", TOK_YIELD},
};

/* Operators, longest first so the first match is the longest. */
static const struct { const char *s; TokKind kind; } operators[] = {
    {"**=", TOK_DOUBLESTAREQUAL}, {"//=", TOK_DOUBLESLASHEQUAL},
    {">>=", TOK_RIGHTSHIFTEQUAL}, {"<<=", TOK_LEFTSHIFTEQUAL},
    {"...", TOK_ELLIPSIS},
    {"!=", TOK_NOTEQUAL}, {"%=", TOK_PERCENTEQUAL}, {"&=", TOK_AMPEREQUAL},
    {"**", TOK_DOUBLESTAR}, {"*=", TOK_STAREQUAL}, {"+=", TOK_PLUSEQUAL},
    {"-=", TOK_MINEQUAL}, {"->", TOK_ARROW}, {"//", TOK_DOUBLESLASH},
    {"/=", TOK_SLASHEQUAL}, {":=", TOK_COLONEQUAL}, {"<<", TOK_LEFTSHIFT},
    {"<=", TOK_LESSEQUAL}, {"==", TOK_EQEQUAL}, {">=", TOK_GREATEREQUAL},
    {">>", TOK_RIGHTSHIFT}, {"@=", TOK_ATEQUAL}, {"^=", TOK_CIRCUMFLEXEQUAL},
    {"|=", TOK_VBAREQUAL},
    {"(", TOK_LPAR}, {")", TOK_RPAR}, {"[", TOK_LSQB}, {"]", TOK_RSQB},
    {"{", TOK_LBRACE}, {"}", TOK_RBRACE}, {":", TOK_COLON},
    {",", TOK_COMMA}, {";", TOK_SEMI}, {"+", TOK_PLUS}, {"-", TOK_MINUS},
    {"*", TOK_STAR}, {"/", TOK_SLASH}, {"|", TOK_VBAR}, {"&", TOK_AMPER},
    {"<", TOK_LESS}, {">", TOK_GREATER}, {"=", TOK_EQUAL}, {".", TOK_DOT},
    {"%", TOK_PERCENT}, {"~", TOK_TILDE}, {"^", TOK_CIRCUMFLEX},
    {"@", TOK_AT}, {"!", TOK_BANG},
};

TokKind lexer_keyword(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i].s) == n && memcmp(keywords[i].s, s, n) == 0)
            return keywords[i].kind;
    return TOK_NAME;
}

static Lexer *make(AstArena *arena, const char *src, size_t len)
{
    Lexer *lx = ast_alloc(arena, sizeof *lx);
    if (!lx)
        return NULL;
    lx->arena = arena;
    lx->src = lx->p = lx->line_start = src;
    lx->end = src + len;
    lx->lineno = 1;
    lx->atbol = true;
    return lx;
}

static long decode_utf8(const char *p, const char *end, int *n);

/* Find the first invalid UTF-8 byte: the source must be UTF-8 (there is no
 * coding declaration support), and only valid text may reach str objects.
 * The error is reported when the scan reaches that line. */
static void find_bad_utf8(Lexer *lx)
{
    int line = 1;
    for (const char *p = lx->src; p < lx->end;) {
        int n = 1;
        if ((unsigned char)*p >= 0x80 && decode_utf8(p, lx->end, &n) < 0) {
            lx->bad_utf8 = p;
            lx->bad_line = line;
            return;
        }
        if (*p == '\n' || (*p == '\r' && (p + 1 == lx->end || p[1] != '\n')))
            line++;
        p += n;
    }
}

Lexer *lexer_new(AstArena *arena, const char *src, size_t len)
{
    Lexer *lx = make(arena, src, len);
    /* A UTF-8 byte order mark is not part of the text. */
    if (lx && len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0)
        lx->src = lx->p = lx->line_start = src + 3;
    if (lx)
        find_bad_utf8(lx);
    return lx;
}

Lexer *lexer_new_expr(AstArena *arena, const char *src, size_t len,
                      int lineno, int col)
{
    Lexer *lx = make(arena, src, len);
    if (lx) {
        lx->expr_mode = true;
        lx->atbol = false;
        lx->lineno = lineno;
        lx->first_col = col;
    }
    return lx;
}

const LexError *lexer_error(const Lexer *lx)
{
    return &lx->err;
}

/* Line breaks are "\n", "\r\n" and a lone "\r", as in next_char. */
static const char *line_end(const char *s, const char *end)
{
    while (s < end && *s != '\n' && *s != '\r')
        s++;
    return s;
}

static const char *after_break(const char *s, const char *end)
{
    if (s < end && *s == '\r') {
        s++;
        if (s < end && *s == '\n')
            s++;
    } else if (s < end && *s == '\n') {
        s++;
    }
    return s;
}

const char *lexer_line(const Lexer *lx, int lineno, size_t *len)
{
    const char *s = lx->src;
    for (int n = 1; n < lineno; n++) {
        const char *e = line_end(s, lx->end);
        if (e == lx->end)
            return NULL;
        s = after_break(e, lx->end);
    }
    *len = (size_t)(line_end(s, lx->end) - s);
    return s;
}

/* ---- positions ---- */

/* The column of `at`, a pointer on the line starting at `line`. */
static int column(const Lexer *lx, const char *line, const char *at)
{
    int col = (int)(at - line);
    return line == lx->src ? col + lx->first_col : col;
}

static int cur_col(const Lexer *lx)
{
    return column(lx, lx->line_start, lx->p);
}

/* Consume one byte, tracking lines.  "\r\n" and a lone "\r" are newlines. */
static int next_char(Lexer *lx)
{
    if (lx->p >= lx->end)
        return EOF;
    int c = (unsigned char)*lx->p++;
    if (c == '\r') {
        if (lx->p < lx->end && *lx->p == '\n')
            lx->p++;
        c = '\n';
    }
    if (c == '\n') {
        lx->lineno++;
        lx->line_start = lx->p;
    }
    return c;
}

static int peek_char(const Lexer *lx, size_t ahead)
{
    if ((size_t)(lx->end - lx->p) <= ahead)
        return EOF;
    int c = (unsigned char)lx->p[ahead];
    return c == '\r' ? '\n' : c;
}

/* ---- errors ---- */

static void set_error(Lexer *lx, int kind, int lineno, int offset,
                      const char *line, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* Record the first error.  `offset` is already CPython's 1-based offset
 * (in bytes here; the parser converts to characters), and each caller
 * picks the point CPython's tokenizer reports for that error. */
static void set_error(Lexer *lx, int kind, int lineno, int offset,
                      const char *line, const char *fmt, ...)
{
    if (lx->err.msg[0])
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->err.msg, sizeof lx->err.msg, fmt, ap);
    va_end(ap);
    lx->err.kind = kind;
    lx->err.lineno = lx->err.end_lineno = lineno;
    lx->err.col = lx->err.end_col = offset;
    lx->err.line = line;
}

/* A SyntaxError on the current line at 1-based offset `offset`. */
static void set_syntax(Lexer *lx, int offset, const char *msg)
{
    set_error(lx, PERR_SYNTAX, lx->lineno, offset, lx->line_start, "%s", msg);
}

/* ---- token storage ---- */

static Token *push(Lexer *lx, TokKind kind, const char *start,
                   int lineno, int col, const char *line)
{
    if (lx->ntoks == lx->cap) {
        size_t cap = lx->cap ? 2 * lx->cap : 64;
        Token *t = ast_alloc(lx->arena, cap * sizeof *t);
        if (!t) {
            /* No room to say so as a token: the last slot becomes the
             * error, which every later index repeats. */
            set_error(lx, PERR_NO_MEMORY, 0, 0, NULL, "out of memory");
            lx->done = true;
            if (lx->ntoks == 0)
                return NULL;
            lx->toks[lx->ntoks - 1].kind = TOK_ERROR;
            return NULL;
        }
        if (lx->ntoks)
            memcpy(t, lx->toks, lx->ntoks * sizeof *t);
        lx->toks = t;
        lx->cap = cap;
    }
    Token *t = &lx->toks[lx->ntoks++];
    t->kind = kind;
    t->start = start;
    t->len = (size_t)(lx->p - start);
    t->lineno = lineno;
    t->col = col;
    t->end_lineno = lx->lineno;
    t->end_col = cur_col(lx);
    t->line = line;
    return t;
}

static void push_error(Lexer *lx)
{
    lx->done = true;
    push(lx, TOK_ERROR, lx->p, lx->lineno, cur_col(lx), lx->line_start);
}


/* ---- indentation ---- */

static bool last_ends_line(const Lexer *lx)
{
    if (lx->ntoks == 0)
        return true;
    TokKind k = lx->toks[lx->ntoks - 1].kind;
    return k == TOK_NEWLINE || k == TOK_INDENT || k == TOK_DEDENT;
}

/* At the start of a line: measure its indentation and queue INDENT/DEDENT
 * tokens.  Blank and comment-only lines, and lines inside brackets, leave
 * the stack alone.  False on an indentation error. */
static bool indentation(Lexer *lx)
{
    int col = 0, altcol = 0;
    for (;; lx->p++) {
        int c = peek_char(lx, 0);
        if (c == ' ') {
            col++;
            altcol++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol++;
        } else if (c == '\f') {
            col = altcol = 0;
        } else {
            break;
        }
    }
    int c = peek_char(lx, 0);
    if (c == '#' || c == '\n' || c == EOF || lx->level > 0)
        return true;
    int line_len = 0;
    while (lx->line_start + line_len < lx->end
           && lx->line_start[line_len] != '\n'
           && lx->line_start[line_len] != '\r')
        line_len++;
    int top = lx->indent;
    if (col == lx->indstack[top]) {
        if (altcol != lx->altstack[top])
            goto tab_error;
    } else if (col > lx->indstack[top]) {
        if (top + 1 >= MAXINDENT) {
            set_error(lx, PERR_INDENT, lx->lineno, cur_col(lx) + 1,
                      lx->line_start, "too many levels of indentation");
            return false;
        }
        if (altcol <= lx->altstack[top])
            goto tab_error;
        lx->pendin++;
        lx->indent = ++top;
        lx->indstack[top] = col;
        lx->altstack[top] = altcol;
    } else {
        while (top > 0 && col < lx->indstack[top]) {
            lx->pendin--;
            top--;
        }
        lx->indent = top;
        if (col != lx->indstack[top]) {
            set_error(lx, PERR_INDENT, lx->lineno, line_len + 1,
                      lx->line_start,
                      "unindent does not match any outer indentation level");
            lx->err.end_col = -1;
            lx->err.text_nl = true;
            return false;
        }
        if (altcol != lx->altstack[top])
            goto tab_error;
    }
    return true;
tab_error:
    set_error(lx, PERR_TAB, lx->lineno, 1, lx->line_start,
              "inconsistent use of tabs and spaces in indentation");
    lx->err.end_col = 0;
    lx->err.text_nl = true;
    return false;
}

/* ---- names ---- */

/* The code point of the UTF-8 sequence at p, its length in *n; -1 when
 * the bytes are not valid UTF-8. */
static long decode_utf8(const char *p, const char *end, int *n)
{
    const unsigned char *s = (const unsigned char *)p;
    size_t avail = (size_t)(end - p);
    long cp;
    int len;
    if (s[0] < 0x80)
        return *n = 1, s[0];
    if (s[0] >= 0xc2 && s[0] <= 0xdf)
        len = 2, cp = s[0] & 0x1f;
    else if (s[0] >= 0xe0 && s[0] <= 0xef)
        len = 3, cp = s[0] & 0x0f;
    else if (s[0] >= 0xf0 && s[0] <= 0xf4)
        len = 4, cp = s[0] & 0x07;
    else
        return -1;
    if ((size_t)len > avail)
        return -1;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return -1;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)))
        || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)))
        return -1;
    *n = len;
    return cp;
}

/* Control characters, invisible spaces and format characters. */
static bool non_printable(long cp)
{
    return cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp == 0xad
        || (cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f)
        || (cp >= 0x205f && cp <= 0x206f) || cp == 0x3000 || cp == 0xfeff
        || (cp >= 0xfff9 && cp <= 0xfffb) || (cp >= 0xe000 && cp <= 0xf8ff);
}

/* Whether a non-ASCII code point may appear in an identifier.  Without
 * Unicode tables this rejects the common symbol blocks (Latin-1 signs,
 * punctuation, currency, arrows, math and box drawing, CJK punctuation,
 * full-width ASCII punctuation, emoji) and accepts the rest as letters. */
static bool id_codepoint(long cp)
{
    if (non_printable(cp))
        return false;
    if (cp >= 0xa0 && cp <= 0xbf)
        return cp == 0xaa || cp == 0xb5 || cp == 0xb7 || cp == 0xba;
    if (cp == 0xd7 || cp == 0xf7)
        return false;
    if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x20a0 && cp <= 0x20cf)
        || (cp >= 0x2190 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x3003)
        || (cp >= 0x3008 && cp <= 0x3020) || (cp >= 0xfe30 && cp <= 0xfe4f)
        || (cp >= 0xff01 && cp <= 0xff0f) || (cp >= 0xff1a && cp <= 0xff20)
        || (cp >= 0xff3b && cp <= 0xff40) || (cp >= 0xff5b && cp <= 0xff65)
        || (cp >= 0xfff0 && cp <= 0xffff) || (cp >= 0x1f000 && cp <= 0x1faff))
        return false;
    return true;
}

static bool ascii_id_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

/* Report the character at p (not an identifier character, an operator or
 * white space) as CPython does. */
static void invalid_char(Lexer *lx, const char *p)
{
    int n;
    long cp = decode_utf8(p, lx->end, &n);
    int off = cur_col(lx) + 1;
    if (cp < 0)
        set_syntax(lx, off, "(unicode error) 'utf-8' codec can't decode "
                            "byte: invalid start byte");
    else if (non_printable(cp))
        set_error(lx, PERR_SYNTAX, lx->lineno, off, lx->line_start,
                  "invalid non-printable character U+%04lX", cp);
    else
        set_error(lx, PERR_SYNTAX, lx->lineno, off, lx->line_start,
                  "invalid character '%.*s' (U+%04lX)", n, p, cp);
}

/* Consume identifier characters; false (error set) on a non-identifier
 * non-ASCII character. */
static bool scan_id_chars(Lexer *lx)
{
    for (;;) {
        int c = peek_char(lx, 0);
        if (ascii_id_start(c) || is_digit(c)) {
            lx->p++;
        } else if (c >= 0x80) {
            int n;
            long cp = decode_utf8(lx->p, lx->end, &n);
            if (cp < 0 || !id_codepoint(cp)) {
                invalid_char(lx, lx->p);
                return false;
            }
            lx->p += n;
        } else {
            return true;
        }
    }
}

static bool string_prefix(const char *s, size_t n)
{
    char a = n > 0 ? (char)(s[0] | 0x20) : 0;
    char b = n > 1 ? (char)(s[1] | 0x20) : 0;
    if (n == 1)
        return a == 'r' || a == 'u' || a == 'f' || a == 'b';
    if (n == 2)
        return (a == 'r' && (b == 'b' || b == 'f'))
            || ((a == 'b' || a == 'f') && b == 'r');
    return false;
}

/* ---- numbers ---- */

/* CPython's error columns for numbers are the number of bytes before the
 * scan point: the 1-based offset of the last consumed character. */
static int scan_offset(const Lexer *lx)
{
    return cur_col(lx);
}

/* After a number: a letter or digit glued on is an error, except the
 * keywords that may legally follow a number ("1if x else 2"). */
static bool verify_end(Lexer *lx, const char *kind)
{
    static const char *const follow[] = {
        "and", "else", "for", "if", "in", "is", "or", "not"
    };
    int c = peek_char(lx, 0);
    for (size_t i = 0; i < sizeof follow / sizeof follow[0]; i++) {
        size_t n = strlen(follow[i]);
        if ((size_t)(lx->end - lx->p) >= n && memcmp(lx->p, follow[i], n) == 0)
            return true;
    }
    if (ascii_id_start(c) || is_digit(c) || c >= 0x80) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        set_syntax(lx, scan_offset(lx), msg);
        return false;
    }
    return true;
}

static bool in_base(int c, int base)
{
    if (base == 16)
        return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    return c >= '0' && c < '0' + base;
}

/* "invalid digit '9' in octal literal" points at the digit itself. */
static bool bad_digit(Lexer *lx, int c, const char *kind)
{
    char msg[64];
    lx->p++;
    snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
    set_syntax(lx, scan_offset(lx), msg);
    return false;
}

/* Digits of a base with single underscores between them, after the
 * prefix (and an optional underscore). */
static bool digits(Lexer *lx, int base, const char *kind)
{
    int c;
    do {
        c = peek_char(lx, 0);
        if (!in_base(c, base)) {
            if (is_digit(c))
                return bad_digit(lx, c, kind);
            char msg[64];
            snprintf(msg, sizeof msg, "invalid %s literal", kind);
            set_syntax(lx, scan_offset(lx), msg);
            return false;
        }
        while (in_base(c = peek_char(lx, 0), base))
            lx->p++;
    } while (c == '_' && lx->p++);
    if (is_digit(c))
        return bad_digit(lx, c, kind);
    return verify_end(lx, kind);
}

/* Decimal digits with single underscores; the scan point is on a digit. */
static bool decimal_tail(Lexer *lx)
{
    for (;;) {
        while (is_digit(peek_char(lx, 0)))
            lx->p++;
        if (peek_char(lx, 0) != '_')
            return true;
        lx->p++;
        if (!is_digit(peek_char(lx, 0))) {
            set_syntax(lx, scan_offset(lx), "invalid decimal literal");
            return false;
        }
    }
}

/* Fraction, exponent and imaginary suffix after the integer part. */
static bool float_tail(Lexer *lx, bool seen_dot)
{
    if (!seen_dot && peek_char(lx, 0) == '.') {
        lx->p++;
        seen_dot = true;
    }
    if (seen_dot && is_digit(peek_char(lx, 0)) && !decimal_tail(lx))
        return false;
    int c = peek_char(lx, 0);
    if (c == 'e' || c == 'E') {
        const char *e = lx->p++;
        c = peek_char(lx, 0);
        if (c == '+' || c == '-') {
            lx->p++;
            if (!is_digit(peek_char(lx, 0))) {
                set_syntax(lx, scan_offset(lx), "invalid decimal literal");
                return false;
            }
        } else if (!is_digit(c)) {
            /* "1else" is a number followed by a keyword. */
            lx->p = e;
            return verify_end(lx, "decimal");
        }
        if (!decimal_tail(lx))
            return false;
    }
    if ((peek_char(lx, 0) | 0x20) == 'j')
        lx->p++;
    return verify_end(lx, "decimal");
}

static bool scan_number(Lexer *lx)
{
    const char *start = lx->p;
    int c = peek_char(lx, 0);
    if (c == '.') {
        lx->p++;
        return float_tail(lx, true);
    }
    if (c != '0')
        return decimal_tail(lx) && float_tail(lx, false);
    int x = peek_char(lx, 1) | 0x20;
    if (x == 'x' || x == 'o' || x == 'b') {
        lx->p += 2;
        if (peek_char(lx, 0) == '_')
            lx->p++;
        return digits(lx, x == 'x' ? 16 : x == 'o' ? 8 : 2,
                      x == 'x' ? "hexadecimal" : x == 'o' ? "octal"
                                                          : "binary");
    }
    /* Zeros, then maybe a float: "00" and "012.5" are fine, "012" not. */
    lx->p++;
    for (;;) {
        while (peek_char(lx, 0) == '0')
            lx->p++;
        if (peek_char(lx, 0) != '_')
            break;
        lx->p++;
        if (!is_digit(peek_char(lx, 0))) {
            set_syntax(lx, scan_offset(lx), "invalid decimal literal");
            return false;
        }
    }
    const char *zeros_end = lx->p;
    bool nonzero = is_digit(peek_char(lx, 0));
    if (nonzero && !decimal_tail(lx))
        return false;
    c = peek_char(lx, 0) | 0x20;
    if (c == '.' || c == 'e' || c == 'j')
        return float_tail(lx, false);
    if (nonzero) {
        set_syntax(lx, column(lx, lx->line_start, start) + 1,
                   "leading zeros in decimal integer literals are not "
                   "permitted; use an 0o prefix for octal integers");
        lx->err.end_col = column(lx, lx->line_start, zeros_end) + 1;
        return false;
    }
    return verify_end(lx, "decimal");
}

/* ---- strings ---- */

/* Scan a string literal whose prefix starts at line `lineno`, column
 * `col`, and whose opening quote is at p.  Escapes are skipped, not
 * decoded: a backslash hides the next character, even in raw strings. */
static bool scan_string(Lexer *lx, int lineno, int col, const char *line)
{
    int quote = peek_char(lx, 0);
    lx->p++;
    bool triple = peek_char(lx, 0) == quote && peek_char(lx, 1) == quote;
    if (triple)
        lx->p += 2;
    for (int run = 0;;) {
        int c = next_char(lx);
        if (c == EOF || (c == '\n' && !triple)) {
            int at = lx->lineno;
            /* At EOF after a final newline CPython has not counted the
             * empty last line. */
            if (c == '\n' || (lx->p == lx->line_start && at > lineno))
                at--;
            set_error(lx, PERR_SYNTAX, lineno, col + 1, line,
                      triple ? "unterminated triple-quoted string literal "
                               "(detected at line %d)"
                             : "unterminated string literal (detected at "
                               "line %d)", at);
            lx->err.incomplete = triple;
            return false;
        }
        if (c == '\\') {
            if (next_char(lx) == EOF) {
                lx->p = lx->end;
                continue;
            }
            run = 0;
        } else if (c == quote) {
            if (!triple || ++run == 3)
                return true;
        } else {
            run = 0;
        }
    }
}

/* ---- brackets ---- */

static bool open_bracket(Lexer *lx, char ch, int col)
{
    if (lx->level >= MAXLEVEL) {
        set_syntax(lx, col + 1, "too many nested parentheses");
        return false;
    }
    lx->brackets[lx->level++] = (Bracket){ch, lx->lineno, col};
    return true;
}

static bool close_bracket(Lexer *lx, char ch, int col)
{
    if (lx->level == 0) {
        char msg[64];
        snprintf(msg, sizeof msg, "unmatched '%c'", ch);
        set_syntax(lx, col + 1, msg);
        return false;
    }
    Bracket *b = &lx->brackets[--lx->level];
    char want = b->ch == '(' ? ')' : b->ch == '[' ? ']' : '}';
    if (ch == want)
        return true;
    char msg[120];
    if (b->lineno != lx->lineno)
        snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match "
                 "opening parenthesis '%c' on line %d", ch, b->ch, b->lineno);
    else
        snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match "
                 "opening parenthesis '%c'", ch, b->ch);
    set_syntax(lx, col + 1, msg);
    return false;
}

/* ---- the scanner ---- */

/* End of input: close the last logical line, unwind the indentation, then
 * ENDMARKER.  One token per call. */
static void at_eof(Lexer *lx)
{
    if (lx->level > 0 && !lx->expr_mode) {
        Bracket *b = &lx->brackets[lx->level - 1];
        size_t len;
        const char *line = lexer_line(lx, b->lineno, &len);
        set_error(lx, PERR_SYNTAX, b->lineno, b->col + 1, line,
                  "'%c' was never closed", b->ch);
        lx->err.end_col = 0;
        lx->err.incomplete = true;
        /* CPython adds the newline only when the line is the last one. */
        lx->err.text_nl = !line || after_break(line + len, lx->end) >= lx->end;
        lx->err.unclosed = true;
        push_error(lx);
        return;
    }
    int col = cur_col(lx);
    if (!lx->expr_mode && !last_ends_line(lx)) {
        push(lx, TOK_NEWLINE, lx->p, lx->lineno, col, lx->line_start);
        return;
    }
    if (!lx->expr_mode && lx->indent > 0) {
        lx->indent--;
        push(lx, TOK_DEDENT, lx->p, lx->lineno, col, lx->line_start);
        return;
    }
    push(lx, TOK_ENDMARKER, lx->p, lx->lineno, col, lx->line_start);
    lx->done = true;
}

static void skip_blanks(Lexer *lx)
{
    for (;;) {
        int c = peek_char(lx, 0);
        if (c == ' ' || c == '\t' || c == '\f')
            lx->p++;
        else if (c == '#')
            while ((c = peek_char(lx, 0)) != '\n' && c != EOF)
                lx->p++;
        else if (c == '\n' && lx->expr_mode)
            next_char(lx);
        else
            return;
    }
}

/* A backslash at p: a line continuation, or an error. */
static bool continuation(Lexer *lx)
{
    lx->p++;
    int c = peek_char(lx, 0);
    if (c == '\n')
        next_char(lx);
    if (c == EOF || (c == '\n' && peek_char(lx, 0) == EOF)) {
        set_syntax(lx, cur_col(lx) + 1, "unexpected EOF while parsing");
        if (c == '\n') {
            /* Point at the end of the line holding the backslash. */
            lx->err.lineno--;
            lx->err.line = lexer_line(lx, lx->err.lineno, &(size_t){0});
            lx->err.col = (int)(lx->p - 1 - lx->err.line);
            if (lx->p - 2 >= lx->src && lx->p[-2] == '\r')
                lx->err.col--;
            lx->err.col++;
        }
        lx->err.end_col = -1;
        lx->err.incomplete = true;
        lx->err.text_nl = true;
        return false;
    }
    if (c != '\n') {
        set_syntax(lx, cur_col(lx) + 1,
                   "unexpected character after line continuation character");
        lx->err.end_col = 0;
        lx->err.text_nl = true;
        return false;
    }
    return true;
}

static bool scan_operator(Lexer *lx, int col)
{
    for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++) {
        size_t n = strlen(operators[i].s);
        if ((size_t)(lx->end - lx->p) < n || memcmp(lx->p, operators[i].s, n))
            continue;
        TokKind k = operators[i].kind;
        char ch = *lx->p;
        lx->p += n;
        if (k == TOK_BANG) {
            /* A lone '!' is CPython's ERRORTOKEN. */
            set_syntax(lx, col + 1, "invalid syntax");
            lx->err.end_col = col + 2;
            lx->err.text_nl = true;
            return false;
        }
        if (k == TOK_LPAR || k == TOK_LSQB || k == TOK_LBRACE)
            return open_bracket(lx, ch, col);
        if (k == TOK_RPAR || k == TOK_RSQB || k == TOK_RBRACE)
            return close_bracket(lx, ch, col);
        return true;
    }
    return false;
}

static TokKind operator_kind(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++)
        if (strlen(operators[i].s) == n && memcmp(operators[i].s, s, n) == 0)
            return operators[i].kind;
    return TOK_ERROR;
}

/* Whether the scan has reached the line with invalid UTF-8; if so the
 * error is set, as CPython's decoder reports it. */
static bool reached_bad_utf8(Lexer *lx)
{
    if (!lx->bad_utf8 || (lx->lineno < lx->bad_line && lx->p <= lx->bad_utf8))
        return false;
    const char *line = lexer_line(lx, lx->bad_line, &(size_t){0});
    unsigned char b = (unsigned char)*lx->bad_utf8;
    bool lead = b >= 0xc2 && b <= 0xf4;
    int col = (int)(lx->bad_utf8 - line);
    set_error(lx, PERR_SYNTAX, lx->bad_line, col + 1, line,
              "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
              "position %d: %s", b, col,
              lead ? "invalid continuation byte" : "invalid start byte");
    return true;
}

/* Scan one token (or one pending INDENT/DEDENT) into the array. */
static void scan(Lexer *lx)
{
    if (reached_bad_utf8(lx)) {
        push_error(lx);
        return;
    }
    for (;;) {
        if (lx->atbol) {
            lx->atbol = false;
            if (!indentation(lx))
                { push_error(lx); return; }
        }
        if (lx->pendin != 0) {
            int col = cur_col(lx);
            if (lx->pendin < 0) {
                lx->pendin++;
                push(lx, TOK_DEDENT, lx->p, lx->lineno, col, lx->line_start);
            } else {
                lx->pendin--;
                push(lx, TOK_INDENT, lx->line_start, lx->lineno, 0,
                     lx->line_start);
            }
            return;
        }
        skip_blanks(lx);
        const char *start = lx->p, *line = lx->line_start;
        int lineno = lx->lineno, col = cur_col(lx);
        int c = peek_char(lx, 0);
        if (c == EOF)
            { at_eof(lx); return; }
        if (c == '\n') {
            bool blank = last_ends_line(lx);
            next_char(lx);
            if (blank || lx->level > 0) {
                lx->atbol = lx->level == 0;
                continue;
            }
            Token *t = push(lx, TOK_NEWLINE, start, lineno, col, line);
            if (t) {
                t->end_lineno = lineno;
                t->end_col = col + 1;
            }
            lx->atbol = true;
            return;
        }
        if (c == '\\') {
            if (!continuation(lx))
                { push_error(lx); return; }
            continue;
        }
        bool ok;
        TokKind kind;
        if (ascii_id_start(c) || c >= 0x80) {
            ok = scan_id_chars(lx);
            size_t n = (size_t)(lx->p - start);
            int q = peek_char(lx, 0);
            if (ok && (q == '\'' || q == '"') && string_prefix(start, n)) {
                ok = scan_string(lx, lineno, col, line);
                kind = TOK_STRING;
            } else {
                kind = lexer_keyword(start, n);
            }
        } else if (is_digit(c) || (c == '.' && is_digit(peek_char(lx, 1)))) {
            ok = scan_number(lx);
            kind = TOK_NUMBER;
        } else if (c == '\'' || c == '"') {
            ok = scan_string(lx, lineno, col, line);
            kind = TOK_STRING;
        } else if (c == '\0') {
            set_syntax(lx, col + 1, "source code cannot contain null bytes");
            ok = false;
            kind = TOK_ERROR;
        } else {
            ok = scan_operator(lx, col);
            if (!ok && !lx->err.msg[0] && (c < 0x20 || c == 0x7f)) {
                invalid_char(lx, lx->p);
            } else if (!ok && !lx->err.msg[0]) {
                /* '$', '?' and '`': CPython's ERRORTOKEN. */
                set_syntax(lx, col + 1, "invalid syntax");
                lx->err.end_col = col + 2;
                lx->err.text_nl = true;
            }
            kind = ok ? operator_kind(start, (size_t)(lx->p - start))
                      : TOK_ERROR;
        }
        if (!ok || reached_bad_utf8(lx))
            { push_error(lx); return; }
        push(lx, kind, start, lineno, col, line);
        return;
    }
}

const Token *lexer_token(Lexer *lx, size_t i)
{
    while (i >= lx->ntoks && !lx->done)
        scan(lx);
    if (lx->ntoks == 0) {
        /* Out of memory before the first token. */
        static const Token oom = {.kind = TOK_ERROR};
        return &oom;
    }
    return &lx->toks[i < lx->ntoks ? i : lx->ntoks - 1];
}
