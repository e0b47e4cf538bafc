/* format.c — the format-spec mini-language (format(), str.format,
 * f-strings) and the printf-style % operator on str.
 *
 * A spec is parsed once into a Spec; the number formatters produce a sign,
 * a prefix, a run of digits and a "rest" (decimal point, fraction,
 * exponent, '%'), and render_number() lays them out exactly as CPython's
 * calc_number_widths/fill_number do: grouping separators, zero padding
 * that is itself grouped, and the four alignments.
 *
 * Floats are converted by the C library (glibc rounds correctly) with
 * "%.*e", "%.*f" and "%.*g"; the shortest repr comes from float_repr_buf.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "err.h"
#include "int.h"
#include "list.h"
#include "mem.h"
#include "str.h"

typedef struct {
    char fill[5];       /* UTF-8 of the fill character, NUL-terminated */
    bool fill_given;
    char align;         /* '<' '>' '^' '=' or 0 */
    char sign;          /* '+' '-' ' ' or 0 */
    bool no_neg_0;      /* 'z' */
    bool alt;           /* '#' */
    char grouping;      /* ',' '_' or 0 */
    intptr_t width;     /* -1: none */
    intptr_t prec;      /* -1: none */
    char type;          /* presentation type or 0; 1 for a non-ASCII one */
    uint32_t type_cp;   /* the code point of the type, for messages */
} Spec;

/* ---- spec parsing ---- */

static size_t utf8_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* The code point of the valid UTF-8 sequence at u. */
static uint32_t decode_cp(const unsigned char *u)
{
    size_t n = utf8_len(u[0]);
    if (n == 1)
        return u[0];
    uint32_t cp = u[0] & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t i = 1; i < n; i++)
        cp = (cp << 6) | (u[i] & 0x3F);
    return cp;
}


static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Parse decimal digits at *p; -1 with ValueError on overflow. */
static int parse_int(const char **p, const char *end, intptr_t *out)
{
    intptr_t v = 0;
    const char *q = *p;
    for (; q < end && *q >= '0' && *q <= '9'; q++) {
        if (v > (INTPTR_MAX - 9) / 10) {
            err_set(Exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (*q - '0');
    }
    *out = q == *p ? -1 : v;
    *p = q;
    return 0;
}

static void invalid_grouping(char g, uint32_t type)
{
    if (type > ' ' && type < 127)
        err_set(Exc_ValueError, "Cannot specify '%c' with '%c'.", g, (int)type);
    else
        err_set(Exc_ValueError, "Cannot specify '%c' with '\\x%x'.", g, (unsigned)type);
}

/* Parse spec (a str or NULL) for an object of type tname whose default
 * presentation type is deftype; the default alignment is defalign. */
static int parse_spec(Object *spec, Spec *s, char deftype, char defalign, const char *tname)
{
    memset(s, 0, sizeof *s);
    s->fill[0] = ' ';
    s->width = s->prec = -1;
    s->type = deftype;
    if (spec == NULL || str_nbytes(spec) == 0) {
        s->align = defalign;
        return 0;
    }
    const char *p = str_utf8(spec), *end = p + str_nbytes(spec);
    size_t flen = 1;
    while (p + flen < end && ((unsigned char)p[flen] & 0xC0) == 0x80)
        flen++;
    if (p + flen < end && is_align(p[flen])) {
        memcpy(s->fill, p, flen);
        s->fill[flen] = '\0';
        s->fill_given = true;
        s->align = p[flen];
        p += flen + 1;
    } else if (is_align(*p)) {
        s->align = *p++;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' '))
        s->sign = *p++;
    if (p < end && *p == 'z') {
        s->no_neg_0 = true;
        p++;
    }
    if (p < end && *p == '#') {
        s->alt = true;
        p++;
    }
    if (p < end && *p == '0' && !s->fill_given) {
        strcpy(s->fill, "0");
        s->fill_given = true;
        if (!s->align && defalign == '>')
            s->align = '=';
        p++;
    }
    if (parse_int(&p, end, &s->width) < 0)
        return -1;
    if (p < end && (*p == ',' || *p == '_')) {
        s->grouping = *p++;
        if (p < end && (*p == ',' || *p == '_')) {
            if (*p == s->grouping)
                err_set(Exc_ValueError, "Cannot specify '%c' with '%c'.", *p, *p);
            else
                err_set(Exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (p < end && *p == '.') {
        p++;
        if (parse_int(&p, end, &s->prec) < 0)
            return -1;
        if (s->prec < 0) {
            err_set(Exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    size_t tlen = p < end ? utf8_len((unsigned char)*p) : 0;
    if ((size_t)(end - p) > tlen) {   /* more than one code point left */
        err_set(Exc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                spec, tname);
        return -1;
    }
    if (p < end) {
        s->type_cp = decode_cp((const unsigned char *)p);
        s->type = s->type_cp < 0x80 ? *p : 1;
    }
    if (!s->align)
        s->align = defalign;
    if (s->grouping) {
        switch (s->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (s->grouping == '_')
                break;
            /* fall through */
        default:
            invalid_grouping(s->grouping, s->type_cp ? s->type_cp : (unsigned char)s->type);
            return -1;
        }
    }
    return 0;
}

static Object *unknown_code(const Spec *s, const char *tname)
{
    uint32_t type = s->type_cp ? s->type_cp : (unsigned char)s->type;
    if (type > ' ' && type < 127)
        return err_set(Exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                       (int)type, tname);
    return err_set(Exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                   (unsigned)type, tname);
}

/* ---- layout ---- */

static void add_fill(StrBuilder *sb, const char *fill, intptr_t n)
{
    if (n > 0)
        sb_add_repeat(sb, fill, strlen(fill), (size_t)n);
}

/* Text of cps code points padded to the spec's width. */
static void pad_text(StrBuilder *sb, const Spec *s, const char *text, size_t n,
                     intptr_t cps)
{
    intptr_t pad = s->width > cps ? s->width - cps : 0, left = 0;
    if (s->align == '>' || s->align == '=')
        left = pad;
    else if (s->align == '^')
        left = pad / 2;
    add_fill(sb, s->fill, left);
    sb_add(sb, text, n);
    add_fill(sb, s->fill, pad - left);
}

/* The digits grouped by sep every `group` digits, zero-filled (zeros
 * grouped too) up to min_width characters: CPython's
 * _PyUnicode_InsertThousandsGrouping with a fixed group size. */
static void group_digits(StrBuilder *out, const char *d, intptr_t n, char sep,
                         int group, intptr_t min_width)
{
    char stackbuf[256];
    intptr_t cap = n + min_width + n / (group ? group : 1) + 8;
    char *buf = cap <= (intptr_t)sizeof stackbuf ? stackbuf : mem_alloc_atomic((size_t)cap);
    if (buf == NULL) {
        out->failed = true;
        return;
    }
    intptr_t pos = cap, rem = n, mw = min_width;
    bool use_sep = false;
    for (;;) {
        intptr_t big = rem > mw ? rem : mw;
        intptr_t len = sep ? (group < (big > 1 ? big : 1) ? group : (big > 1 ? big : 1))
                           : (big > 1 ? big : 1);
        intptr_t chars = rem < len ? (rem > 0 ? rem : 0) : len;
        intptr_t zeros = len - chars;
        if (use_sep)
            buf[--pos] = sep;
        pos -= chars;
        memcpy(buf + pos, d + rem - chars, (size_t)chars);
        pos -= zeros;
        memset(buf + pos, '0', (size_t)zeros);
        use_sep = sep != 0;
        rem -= chars;
        mw -= len;
        if (!sep || (rem <= 0 && mw <= 0))
            break;
        mw -= 1;
    }
    sb_add(out, buf + pos, (size_t)(cap - pos));
    if (buf != stackbuf)
        mem_free(buf);
}

/* Lay out sign + prefix + digits + rest under spec s.  Everything is
 * assembled in one StrBuilder; the common short case never touches the
 * heap except for the result. */
static Object *render_number(const Spec *s, char sign, const char *prefix,
                             const char *digits, intptr_t ndigits, const char *rest)
{
    size_t nprefix = strlen(prefix), nrest = strlen(rest);
    intptr_t fixed = (sign != 0) + (intptr_t)nprefix + (intptr_t)nrest;
    intptr_t min_width = 0;
    if (s->fill[0] == '0' && s->fill[1] == '\0' && s->align == '=' && s->width > fixed)
        min_width = s->width - fixed;
    StrBuilder body;
    sb_init(&body);
    const char *bp = digits;
    size_t blen = (size_t)ndigits;
    if (ndigits > 0 && (s->grouping || min_width > ndigits)) {
        int group = (s->type == 'b' || s->type == 'o' || s->type == 'x' || s->type == 'X') ? 4 : 3;
        group_digits(&body, digits, ndigits, s->grouping, group, min_width);
        bp = body.buf;
        blen = body.len;
    }
    intptr_t total = fixed + (intptr_t)blen;
    intptr_t pad = s->width > total ? s->width - total : 0, left = 0, mid = 0;
    switch (s->align) {
    case '<': break;
    case '^': left = pad / 2; break;
    case '=': mid = pad; break;
    default: left = pad;
    }
    char stackbuf[128];
    size_t flen = strlen(s->fill);
    size_t need = (size_t)fixed + blen + (size_t)pad * flen;
    /* need is exact, so a short result never outgrows stackbuf (growing
     * would hand the stack array to mem_realloc) */
    StrBuilder sb = {stackbuf, 0, sizeof stackbuf, false};
    if (need >= sizeof stackbuf)
        sb_init(&sb);
    add_fill(&sb, s->fill, left);
    if (sign)
        sb_add_char(&sb, sign);
    sb_add(&sb, prefix, nprefix);
    add_fill(&sb, s->fill, mid);
    sb_add(&sb, bp, blen);
    sb.failed |= body.failed;
    sb_discard(&body);
    sb_add(&sb, rest, nrest);
    add_fill(&sb, s->fill, pad - left - mid);
    if (sb.buf != stackbuf)
        return sb_finish(&sb);
    return sb.failed ? err_no_memory() : str_from_utf8(stackbuf, sb.len);
}

static char sign_char(const Spec *s, bool negative)
{
    if (negative)
        return '-';
    return s->sign == '+' ? '+' : s->sign == ' ' ? ' ' : 0;
}

/* ---- str ---- */

Object *format_str(Object *str, Object *spec)
{
    Spec s;
    if (spec == NULL || str_nbytes(spec) == 0)
        return obj_str(str);
    if (parse_spec(spec, &s, 's', '<', obj_type_name(str)) < 0)
        return NULL;
    if (s.type != 's')
        return unknown_code(&s, obj_type_name(str));
    if (s.sign)
        return err_set(Exc_ValueError, s.sign == ' ' ? "Space not allowed in string format specifier"
                                                     : "Sign not allowed in string format specifier");
    if (s.no_neg_0)
        return err_set(Exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (s.alt)
        return err_set(Exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (s.align == '=')
        return err_set(Exc_ValueError, "'=' alignment not allowed in string format specifier");
    const char *p = str_utf8(str);
    size_t n = str_nbytes(str);
    intptr_t cps = str_length(str);
    if (s.prec >= 0 && s.prec < cps) {   /* truncate to prec code points */
        size_t b = 0;
        for (intptr_t i = 0; i < s.prec; i++)
            for (b++; b < n && ((unsigned char)p[b] & 0xC0) == 0x80; b++)
                ;
        n = b;
        cps = s.prec;
    }
    StrBuilder sb;
    sb_init(&sb);
    pad_text(&sb, &s, p, n, cps);
    return sb_finish(&sb);
}

/* ---- int ---- */

/* The bare digits of |i| in base (2, 8, 10, 16): machine-sized values
 * are written at the end of buf (72 bytes) and *owner is NULL; big ones
 * come from int_to_base_str and *owner holds the str to DECREF.  Returns
 * the NUL-terminated digits, or NULL on error. */
static const char *int_digits(Object *i, int base, bool *negative, char *buf, Object **owner)
{
    int64_t v;
    *owner = NULL;
    if (int_to_i64(i, &v) == 0) {
        char *p = buf + 72;
        uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        *negative = v < 0;
        *--p = '\0';
        do {
            *--p = "0123456789abcdef"[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        return p;
    }
    Object *r = int_to_base_str(i, base);
    if (r == NULL)
        return NULL;
    const char *p = str_utf8(r);
    *negative = *p == '-';
    p += *negative;
    if (base != 10 && p[0] == '0' && p[1] && !(p[1] >= '0' && p[1] <= '9'))
        p += 2;   /* drop the 0x / 0o / 0b prefix */
    *owner = r;
    return p;
}

static Object *format_char(Object *i, const Spec *s)
{
    if (s->sign)
        return err_set(Exc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (s->alt)
        return err_set(Exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t v = int_as_i64(i);   /* OverflowError beyond a C long, as python3 */
    if (v == -1 && err_occurred())
        return NULL;
    if (v < 0 || v > 0x10FFFF)
        return err_set(Exc_OverflowError, "%%c arg not in range(0x110000)");
    StrBuilder ch;
    sb_init(&ch);
    sb_add_codepoint(&ch, (uint32_t)v);
    StrBuilder sb;
    sb_init(&sb);
    pad_text(&sb, s, ch.buf, ch.len, 1);
    sb.failed |= ch.failed;
    sb_discard(&ch);
    return sb_finish(&sb);
}

static Object *format_int_spec(Object *i, const Spec *s)
{
    int base = 10;
    const char *prefix = "";
    switch (s->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    }
    bool neg;
    char buf[72];
    Object *owner;
    const char *d = int_digits(i, base, &neg, buf, &owner);
    if (d == NULL)
        return NULL;
    size_t n = strlen(d);
    char *upper = NULL;
    if (s->type == 'X') {
        if ((upper = mem_alloc_atomic(n + 1)) == NULL) {
            XDECREF(owner);
            return err_no_memory();
        }
        for (size_t k = 0; k <= n; k++)
            upper[k] = d[k] >= 'a' ? (char)(d[k] - 32) : d[k];
        d = upper;
    }
    Object *r = render_number(s, sign_char(s, neg), s->alt ? prefix : "", d, (intptr_t)n, "");
    mem_free(upper);
    XDECREF(owner);
    return r;
}

static Object *format_float_spec(double x, const Spec *s);

Object *format_int(Object *i, Object *spec)
{
    Spec s;
    if (spec == NULL || str_nbytes(spec) == 0)
        return obj_str(i);
    const char *tname = obj_type_name(i);
    if (parse_spec(spec, &s, 'd', '>', tname) < 0)
        return NULL;
    switch (s.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        if (s.prec >= 0)
            return err_set(Exc_ValueError, "Precision not allowed in integer format specifier");
        if (s.no_neg_0)
            return err_set(Exc_ValueError,
                           "Negative zero coercion (z) not allowed in integer format specifier");
        return s.type == 'c' ? format_char(i, &s) : format_int_spec(i, &s);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double x = int_as_double(i);
        if (x == -1.0 && err_occurred())
            return NULL;
        return format_float_spec(x, &s);
    }
    default:
        return unknown_code(&s, tname);
    }
}

/* ---- float ---- */

/* snprintf into a new buffer (mem_alloc_atomic'ed; caller frees) with
 * two spare bytes after the NUL, for a '%' suffix.  Short results (the
 * usual case) are formatted once, into a local array first. */
static char *print_double(const char *fmt, int prec, double x)
{
    char tmp[64];
    int n = snprintf(tmp, sizeof tmp, fmt, prec, x);
    char *buf = n < 0 ? NULL : mem_alloc_atomic((size_t)n + 3);
    if (buf == NULL)
        return NULL;
    if ((size_t)n < sizeof tmp)
        memcpy(buf, tmp, (size_t)n + 1);
    else
        snprintf(buf, (size_t)n + 1, fmt, prec, x);
    return buf;
}

/* True when every digit of the mantissa is zero ("0.000", "0e+00"). */
static bool all_zero(const char *p)
{
    for (; *p && *p != 'e' && *p != 'E'; p++)
        if (*p >= '1' && *p <= '9')
            return false;
    return true;
}

/* Drop trailing zeros of the fraction in buf[0..n); keep_one leaves
 * one digit after the point.  Returns the new length. */
static size_t strip_zeros(char *buf, size_t n, bool keep_one)
{
    char *dot = memchr(buf, '.', n);
    if (dot == NULL)
        return n;
    while (n > (size_t)(dot - buf) + 1 && buf[n - 1] == '0')
        n--;
    if (buf[n - 1] == '.') {
        if (keep_one)
            buf[n++] = '0';
        else
            n--;
    }
    buf[n] = '\0';
    return n;
}

/* python's default presentation with a precision (finite ax >= 0): like
 * 'g' but switching to exponent form when exp >= prec - 1, and keeping
 * one digit after the point in fixed form. */
static char *general_prec(double ax, intptr_t prec, bool alt)
{
    if (prec == 0)
        prec = 1;
    char *e = print_double(alt ? "%#.*e" : "%.*e", (int)prec - 1, ax);
    if (e == NULL)
        return NULL;
    char *ep = strchr(e, 'e');
    long exp = strtol(ep + 1, NULL, 10);
    if (exp >= -4 && exp < prec - 1) {
        mem_free(e);
        char *f = print_double("%.*f", (int)(prec - 1 - exp), ax);
        if (f && !alt)
            strip_zeros(f, strlen(f), true);
        return f;
    }
    if (!alt) {   /* strip the mantissa, then put the exponent back */
        char expo[16];
        snprintf(expo, sizeof expo, "%s", ep);
        size_t n = strip_zeros(e, (size_t)(ep - e), false);
        strcpy(e + n, expo);
    }
    return e;
}

/* The text of |x| for presentation type and precision, without sign.
 * type 0 means python's default: repr when no precision, general_prec
 * with one. */
static char *float_body(double x, char type, intptr_t prec, bool alt)
{
    char fmt[8], *f = fmt;
    if (prec > 0x7fffffff - 64) {
        err_set(Exc_ValueError, "precision too big");
        return NULL;
    }
    if (type == 0 && (prec < 0 || !isfinite(x))) {
        char *buf = mem_alloc_atomic(40);
        if (buf == NULL)
            return NULL;
        float_repr_buf(x, buf, 32);
        char *ep = strchr(buf, 'e');
        if (alt && ep && !strchr(buf, '.')) {   /* '#': 1e+16 -> 1.e+16 */
            memmove(ep + 1, ep, strlen(ep) + 1);
            *ep = '.';
        }
        return buf;
    }
    if (type == 0)
        return general_prec(x, prec, alt);
    if (type == 'n')
        type = 'g';
    if (prec < 0)
        prec = 6;
    *f++ = '%';
    if (alt)
        *f++ = '#';
    *f++ = '.';
    *f++ = '*';
    *f++ = type;
    *f = '\0';
    return print_double(fmt, (int)prec, x);
}

static Object *format_float_spec(double x, const Spec *s)
{
    switch (s->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return unknown_code(s, "float");
    }
    bool neg = signbit(x) && !isnan(x);
    double ax = fabs(x);
    bool pct = s->type == '%';
    if (pct)
        ax *= 100;
    char *body = float_body(ax, pct ? 'f' : s->type, s->prec, s->alt);
    if (body == NULL)
        return err_occurred() ? NULL : err_no_memory();
    if (neg && s->no_neg_0 && isfinite(x) && all_zero(body))
        neg = false;
    size_t nd = strspn(body, "0123456789");
    if (pct)   /* float_body leaves room for it */
        strcat(body, "%");
    Object *r = render_number(s, sign_char(s, neg), "", body, (intptr_t)nd, body + nd);
    mem_free(body);
    return r;
}

Object *format_float(double x, Object *spec)
{
    Spec s;
    if (parse_spec(spec, &s, 0, '>', "float") < 0)
        return NULL;
    if (spec == NULL || str_nbytes(spec) == 0) {
        char buf[32];
        float_repr_buf(x, buf, sizeof buf);
        return str_from_cstr(buf);
    }
    return format_float_spec(x, &s);
}

/* ---- str.format ---- */

typedef struct {
    Object *const *args;     /* positional arguments; NULL for format_map */
    size_t nargs;
    Object *kwnames;         /* keyword names (values follow args) or NULL */
    Object *mapping;         /* format_map's mapping or NULL */
    int numbering;           /* 0 undecided, 1 automatic, 2 manual */
    size_t next_auto;
} FieldCtx;

/* A run of decimal digits as an index; -1 when p..end is not all digits. */
static intptr_t digits_value(const char *p, const char *end, bool *overflow)
{
    intptr_t v = 0;
    *overflow = false;
    if (p == end)
        return -1;
    for (; p < end; p++) {
        if (*p < '0' || *p > '9')
            return -1;
        if (v > (INTPTR_MAX - 9) / 10)
            *overflow = true;
        else
            v = v * 10 + (*p - '0');
    }
    return v;
}

static Object *positional(FieldCtx *c, intptr_t idx)
{
    if (c->args == NULL && c->mapping)
        return err_set(Exc_ValueError, "Format string contains positional fields");
    if ((size_t)idx >= c->nargs)
        return err_set(Exc_IndexError,
                       "Replacement index %zd out of range for positional args tuple", idx);
    return newref(c->args[idx]);
}

static Object *keyword(FieldCtx *c, const char *p, const char *end)
{
    Object *name = str_from_utf8(p, (size_t)(end - p));
    if (name == NULL)
        return NULL;
    Object *r = NULL;
    if (c->mapping) {
        r = obj_getitem(c->mapping, name);
    } else {
        for (size_t i = 0; i < NKW(c->kwnames); i++)
            if (str_equal(TUPLE_ITEMS(c->kwnames)[i], name)) {
                r = newref(c->args[c->nargs + i]);
                break;
            }
        if (r == NULL)
            err_set_obj(Exc_KeyError, name);
    }
    DECREF(name);
    return r;
}

/* The object named by the first part of a field name. */
static Object *field_first(FieldCtx *c, const char *p, const char *end)
{
    bool overflow;
    intptr_t idx = digits_value(p, end, &overflow);
    if (overflow)
        return err_set(Exc_ValueError, "Too many decimal digits in format string");
    if (p == end) {
        if (c->numbering == 2)
            return err_set(Exc_ValueError, "cannot switch from manual field specification "
                                           "to automatic field numbering");
        c->numbering = 1;
        return positional(c, (intptr_t)c->next_auto++);
    }
    if (idx < 0)
        return keyword(c, p, end);
    if (c->numbering == 1)
        return err_set(Exc_ValueError, "cannot switch from automatic field numbering "
                                       "to manual field specification");
    c->numbering = 2;
    return positional(c, idx);
}

/* Apply ".attr" and "[key]" accessors in p..end to obj (stolen). */
static Object *field_rest(Object *obj, const char *p, const char *end)
{
    while (p < end && obj) {
        Object *next = NULL;
        if (*p == '.') {
            const char *q = ++p;
            while (q < end && *q != '.' && *q != '[')
                q++;
            if (q == p) {
                DECREF(obj);
                return err_set(Exc_ValueError, "Empty attribute in format string");
            }
            Object *name = str_from_utf8(p, (size_t)(q - p));
            next = name ? obj_getattr(obj, name) : NULL;
            XDECREF(name);
            p = q;
        } else if (*p == '[') {
            const char *q = ++p;
            while (q < end && *q != ']')
                q++;
            if (q == end) {
                DECREF(obj);
                return err_set(Exc_ValueError, "Missing ']' in format string");
            }
            if (q == p) {
                DECREF(obj);
                return err_set(Exc_ValueError, "Empty attribute in format string");
            }
            bool overflow;
            intptr_t idx = digits_value(p, q, &overflow);
            if (overflow) {
                DECREF(obj);
                return err_set(Exc_ValueError, "Too many decimal digits in format string");
            }
            Object *key = idx >= 0 && !overflow ? int_from_i64(idx)
                                                : str_from_utf8(p, (size_t)(q - p));
            next = key ? obj_getitem(obj, key) : NULL;
            XDECREF(key);
            p = q + 1;
            if (p < end && *p != '.' && *p != '[') {
                DECREF(obj);
                XDECREF(next);
                return err_set(Exc_ValueError,
                               "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            DECREF(obj);
            return err_set(Exc_ValueError,
                           "Only '.' or '[' may follow ']' in format field specifier");
        }
        DECREF(obj);
        obj = next;
    }
    return obj;
}

static Object *get_field(FieldCtx *c, const char *p, const char *end)
{
    const char *q = p;
    while (q < end && *q != '.' && *q != '[')
        q++;
    Object *obj = field_first(c, p, q);
    return obj ? field_rest(obj, q, end) : NULL;
}

static int render_fields(StrBuilder *sb, FieldCtx *c, const char *p, const char *end,
                         int depth);

/* Convert and format one field; spec p..end may hold nested fields. */
static int output_field(StrBuilder *sb, FieldCtx *c, const char *name, const char *name_end,
                        char conv, const char *spec, const char *spec_end, bool expand,
                        int depth)
{
    Object *obj = get_field(c, name, name_end);
    if (obj == NULL)
        return -1;
    if (conv) {
        Object *t = conv == 'r' ? obj_repr(obj) : conv == 's' ? obj_str(obj)
                  : conv == 'a' ? obj_ascii(obj) : NULL;
        if (t == NULL && conv != 'r' && conv != 's' && conv != 'a') {
            if (conv > ' ' && conv < 127)
                err_set(Exc_ValueError, "Unknown conversion specifier %c", conv);
            else
                err_set(Exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)(unsigned char)conv);
        }
        DECREF(obj);
        if ((obj = t) == NULL)
            return -1;
    }
    Object *specobj;
    if (expand) {
        StrBuilder inner;
        sb_init(&inner);
        if (render_fields(&inner, c, spec, spec_end, depth - 1) < 0) {
            sb_discard(&inner);
            DECREF(obj);
            return -1;
        }
        specobj = sb_finish(&inner);
    } else {
        specobj = str_from_utf8(spec, (size_t)(spec_end - spec));
    }
    Object *r = specobj ? obj_format(obj, specobj) : NULL;
    XDECREF(specobj);
    DECREF(obj);
    if (r == NULL)
        return -1;
    sb_add_str(sb, r);
    DECREF(r);
    return 0;
}

/* Parse the field after a '{' at *pp (CPython 3.11's parse_field). */
static int parse_field(StrBuilder *sb, FieldCtx *c, const char **pp, const char *end, int depth)
{
    const char *p = *pp, *name = p;
    char ch = 0;
    while (p < end) {
        ch = *p++;
        if (ch == '{')
            return (err_set(Exc_ValueError, "unexpected '{' in field name"), -1);
        if (ch == '[') {
            while (p < end && *p != ']')
                p++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!')
            break;
    }
    const char *name_end = p - 1;
    char conv = 0;
    const char *spec = p, *spec_end = p;
    bool expand = false;
    if (ch == '!' || ch == ':') {
        if (ch == '!') {
            if (p >= end)
                return (err_set(Exc_ValueError, "end of string while looking for conversion specifier"), -1);
            conv = *p++;
            if (p < end) {
                char n = *p++;
                if (n == '}') {
                    *pp = p;
                    return output_field(sb, c, name, name_end, conv, p, p, false, depth);
                }
                if (n != ':')
                    return (err_set(Exc_ValueError, "expected ':' after conversion specifier"), -1);
            }
        }
        spec = p;
        int count = 1;
        while (p < end) {
            ch = *p++;
            if (ch == '{') {
                expand = true;
                count++;
            } else if (ch == '}' && --count == 0) {
                spec_end = p - 1;
                *pp = p;
                return output_field(sb, c, name, name_end, conv, spec, spec_end, expand, depth);
            }
        }
        return (err_set(Exc_ValueError, "unmatched '{' in format spec"), -1);
    }
    if (ch != '}')
        return (err_set(Exc_ValueError, "expected '}' before end of string"), -1);
    *pp = p;
    return output_field(sb, c, name, name_end, 0, p, p, false, depth);
}

/* Literal text with {{ }} escapes, and the replacement fields. */
static int render_fields(StrBuilder *sb, FieldCtx *c, const char *p, const char *end, int depth)
{
    if (depth <= 0) {
        err_set(Exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '{' && *q != '}')
            q++;
        sb_add(sb, p, (size_t)(q - p));
        if (q == end)
            break;
        char ch = *q++;
        if (q < end && *q == ch) {   /* {{ or }} */
            sb_add_char(sb, ch);
            p = q + 1;
            continue;
        }
        if (ch == '}') {
            err_set(Exc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (q == end) {
            err_set(Exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        p = q;
        if (parse_field(sb, c, &p, end, depth) < 0)
            return -1;
    }
    return 0;
}

Object *str_format_fields(Object *fmt, Object *const *args, size_t nargs,
                          Object *kwnames, Object *mapping)
{
    FieldCtx c = {args, nargs, kwnames, mapping, 0, 0};
    const char *p = str_utf8(fmt);
    StrBuilder sb;
    sb_init(&sb);
    if (render_fields(&sb, &c, p, p + str_nbytes(fmt), 2) < 0) {
        sb_discard(&sb);
        return NULL;
    }
    return sb_finish(&sb);
}

/* ---- the % operator ---- */

typedef struct {
    Object *const *items;   /* the arguments: a tuple's items, or &args */
    intptr_t n, next;
    Object *dict;           /* mapping for %(key)s, or NULL */
    bool tuple;
} PctArgs;

static Object *next_arg(PctArgs *a)
{
    if (a->next >= a->n)
        return err_set(Exc_TypeError, "not enough arguments for format string");
    return a->items[a->next++];
}

/* A '*' width or precision. */
static int star_arg(PctArgs *a, intptr_t *out)
{
    Object *v = next_arg(a);
    if (v == NULL)
        return -1;
    if (!INT_CHECK(v)) {
        err_set(Exc_TypeError, "* wants int");
        return -1;
    }
    int64_t x;
    if (int_to_i64(v, &x) < 0 || x > INT32_MAX || x < -INT32_MAX) {
        err_set(Exc_OverflowError, "%s", "Python int too large to convert to C int");
        return -1;
    }
    *out = (intptr_t)x;
    return 0;
}

typedef struct {
    bool left, plus, space, alt, zero;
    intptr_t width, prec;
} PctSpec;

/* Pad text (cps code points) to the directive's width with spaces. */
static void pct_pad(StrBuilder *sb, const PctSpec *f, const char *text, size_t n, intptr_t cps)
{
    intptr_t pad = f->width > cps ? f->width - cps : 0;
    if (!f->left)
        add_fill(sb, " ", pad);
    sb_add(sb, text, n);
    if (f->left)
        add_fill(sb, " ", pad);
}

/* sign + prefix + body with width, '-' and '0' flags. */
static void pct_number(StrBuilder *sb, const PctSpec *f, bool neg, const char *prefix,
                       const char *body, size_t n)
{
    char sign = neg ? '-' : f->plus ? '+' : f->space ? ' ' : 0;
    intptr_t len = (sign != 0) + (intptr_t)strlen(prefix) + (intptr_t)n;
    intptr_t pad = f->width > len ? f->width - len : 0;
    if (!f->left && !f->zero)
        add_fill(sb, " ", pad);
    if (sign)
        sb_add_char(sb, sign);
    sb_add_cstr(sb, prefix);
    if (!f->left && f->zero)
        for (intptr_t i = 0; i < pad; i++)
            sb_add_char(sb, '0');
    sb_add(sb, body, n);
    if (f->left)
        add_fill(sb, " ", pad);
}

static int pct_int(StrBuilder *sb, const PctSpec *f, char conv, Object *v)
{
    Object *iv;
    if (conv == 'd' || conv == 'i' || conv == 'u') {
        if (INT_CHECK(v))
            iv = newref(v);
        else if (TYPE(v)->number && (TYPE(v)->number->to_int || TYPE(v)->number->index))
            iv = num_to_int(v);
        else
            return (err_set(Exc_TypeError, "%%%c format: a real number is required, not %T", conv, v), -1);
    } else {
        if (!INT_CHECK(v) && !(TYPE(v)->number && TYPE(v)->number->index))
            return (err_set(Exc_TypeError, "%%%c format: an integer is required, not %T", conv, v), -1);
        iv = num_index(v);
    }
    if (iv == NULL)
        return -1;
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    bool neg;
    char buf[72];
    Object *owner;
    const char *d = int_digits(iv, base, &neg, buf, &owner);
    DECREF(iv);
    if (d == NULL)
        return -1;
    StrBuilder body;
    sb_init(&body);
    for (intptr_t k = (intptr_t)strlen(d); k < f->prec; k++)
        sb_add_char(&body, '0');
    for (const char *p = d; *p; p++)
        sb_add_char(&body, conv == 'X' && *p >= 'a' ? (char)(*p - 32) : *p);
    XDECREF(owner);
    const char *prefix = !f->alt || base == 10 ? "" : conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
    pct_number(sb, f, neg, prefix, body.buf ? body.buf : "", body.len);
    sb->failed |= body.failed;
    sb_discard(&body);
    return 0;
}

static int pct_float(StrBuilder *sb, const PctSpec *f, char conv, Object *v)
{
    double x = num_as_double(v);
    if (x == -1.0 && err_occurred())
        return -1;
    char fmt[8] = "%", *p = fmt + 1;
    if (f->alt)
        *p++ = '#';
    *p++ = '.';
    *p++ = '*';
    *p++ = conv;
    *p = '\0';
    bool neg = signbit(x) && !isnan(x);
    char *body = print_double(fmt, f->prec < 0 ? 6 : (int)f->prec, fabs(x));
    if (body == NULL) {
        err_no_memory();
        return -1;
    }
    pct_number(sb, f, neg, "", body, strlen(body));
    mem_free(body);
    return 0;
}

static int pct_char(StrBuilder *sb, const PctSpec *f, Object *v)
{
    StrBuilder ch;
    sb_init(&ch);
    if (STR_CHECK(v) && str_length(v) == 1) {
        sb_add_str(&ch, v);
    } else if (INT_CHECK(v)) {
        int64_t x;
        if (int_to_i64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
            err_set(Exc_OverflowError, "%%c arg not in range(0x110000)");
            return -1;
        }
        sb_add_codepoint(&ch, (uint32_t)x);
    } else {
        err_set(Exc_TypeError, "%%c requires int or char");
        return -1;
    }
    pct_pad(sb, f, ch.buf, ch.len, 1);
    sb->failed |= ch.failed;
    sb_discard(&ch);
    return 0;
}

static int pct_text(StrBuilder *sb, const PctSpec *f, char conv, Object *v)
{
    Object *t = conv == 'r' ? obj_repr(v) : conv == 'a' ? obj_ascii(v) : obj_str(v);
    if (t == NULL)
        return -1;
    const char *p = str_utf8(t);
    size_t n = str_nbytes(t);
    intptr_t cps = str_length(t);
    if (f->prec >= 0 && f->prec < cps) {
        size_t b = 0;
        for (intptr_t i = 0; i < f->prec; i++)
            for (b++; b < n && ((unsigned char)p[b] & 0xC0) == 0x80; b++)
                ;
        n = b;
        cps = f->prec;
    }
    pct_pad(sb, f, p, n, cps);
    DECREF(t);
    return 0;
}

/* The %(key) mapping lookup; *pp points after '('. */
static Object *pct_key(PctArgs *a, const char **pp, const char *end)
{
    const char *p = *pp, *k = p;
    int depth = 1;
    for (; p < end; p++) {
        if (*p == '(')
            depth++;
        else if (*p == ')' && --depth == 0)
            break;
    }
    if (p >= end)
        return err_set(Exc_ValueError, "incomplete format key");
    if (a->dict == NULL)
        return err_set(Exc_TypeError, "format requires a mapping");
    Object *key = str_from_utf8(k, (size_t)(p - k));
    if (key == NULL)
        return NULL;
    Object *v = obj_getitem(a->dict, key);
    DECREF(key);
    *pp = p + 1;
    return v;
}

/* One directive after '%'; returns the position after it or NULL. */
static const char *pct_directive(StrBuilder *sb, PctArgs *a, const char *start,
                                 const char *p, const char *end)
{
    Object *keyed = NULL, *v;
    const char *first = p;
    if (p < end && *p == '(') {
        p++;
        if ((keyed = pct_key(a, &p, end)) == NULL)
            return NULL;
        a->next = a->n;   /* as in CPython, a keyed directive ends positional use */
    }
    PctSpec f = {false, false, false, false, false, -1, -1};
    for (;; p++) {
        if (p >= end) break;
        else if (*p == '-') f.left = true;
        else if (*p == '+') f.plus = true;
        else if (*p == ' ') f.space = true;
        else if (*p == '#') f.alt = true;
        else if (*p == '0') f.zero = true;
        else break;
    }
    if (p < end && *p == '*') {
        p++;
        if (star_arg(a, &f.width) < 0)
            goto fail;
        if (f.width < 0) {
            f.left = true;
            f.width = -f.width;
        }
    } else {
        for (; p < end && *p >= '0' && *p <= '9'; p++)
            f.width = (f.width < 0 ? 0 : f.width) * 10 + (*p - '0');
    }
    if (p < end && *p == '.') {
        f.prec = 0;
        if (++p < end && *p == '*') {
            p++;
            if (star_arg(a, &f.prec) < 0)
                goto fail;
            if (f.prec < 0)
                f.prec = 0;
        } else {
            for (; p < end && *p >= '0' && *p <= '9'; p++)
                f.prec = f.prec * 10 + (*p - '0');
        }
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L'))
        p++;
    if (p >= end) {
        err_set(Exc_ValueError, "incomplete format");
        goto fail;
    }
    char conv = *p++;
    if (conv == '%' && p == first + 1) {   /* only "%%" is a literal percent */
        sb_add_char(sb, '%');
        return p;
    }
    v = keyed ? keyed : next_arg(a);
    if (v == NULL)
        goto fail;
    int r;
    switch (conv) {
    case 's': case 'r': case 'a': r = pct_text(sb, &f, conv, v); break;
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': r = pct_int(sb, &f, conv, v); break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': r = pct_float(sb, &f, conv, v); break;
    case 'c': r = pct_char(sb, &f, v); break;
    default: {
        const unsigned char *u = (const unsigned char *)p - 1;
        uint32_t cp = decode_cp(u);
        p = (const char *)u + utf8_len(u[0]);
        Object *prefix = str_from_utf8(start, (size_t)((const char *)u - start));
        intptr_t idx = prefix ? str_length(prefix) : 0;
        XDECREF(prefix);
        err_set(Exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                cp < 0x80 ? (int)cp : '?', (unsigned)cp, idx);
        r = -1;
    }
    }
    XDECREF(keyed);
    return r < 0 ? NULL : p;
fail:
    XDECREF(keyed);
    return NULL;
}

Object *str_percent(Object *fmt, Object *args)
{
    PctArgs a = {NULL, 1, 0, NULL, false};
    if (TUPLE_CHECK(args)) {
        a.items = TUPLE_ITEMS(args);
        a.n = VAR_SIZE(args);
        a.tuple = true;
    } else {
        a.items = &args;
        if (TYPE(args)->getitem && !STR_CHECK(args))
            a.dict = args;
    }
    const char *start = str_utf8(fmt), *p = start, *end = p + str_nbytes(fmt);
    StrBuilder sb;
    sb_init(&sb);
    while (p < end) {
        const char *q = memchr(p, '%', (size_t)(end - p));
        if (q == NULL) {
            sb_add(&sb, p, (size_t)(end - p));
            break;
        }
        sb_add(&sb, p, (size_t)(q - p));
        if ((p = pct_directive(&sb, &a, start, q + 1, end)) == NULL) {
            sb_discard(&sb);
            return NULL;
        }
    }
    if (a.next < a.n && a.dict == NULL) {
        sb_discard(&sb);
        return err_set(Exc_TypeError, "not all arguments converted during string formatting");
    }
    return sb_finish(&sb);
}
