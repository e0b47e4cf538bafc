/* str.c — immutable Unicode strings.
 *
 * Layout: one allocation per string, the UTF-8 bytes inline after the
 * header, NUL-terminated.  The object is allocated with
 * obj_alloc_var(&Str_type, nbytes + 1) (itemsize 1), which sets VAR_SIZE
 * to the byte count; new_str() then resets VAR_SIZE to the number of code
 * points, which is what VAR_SIZE means for a str everywhere else.
 *
 * Indexing by code point: O(1) for all-ASCII strings (byte = code point).
 * A non-ASCII string longer than INDEX_STEP code points builds lazily an
 * index holding the byte offset of every INDEX_STEP-th code point, so
 * s[i] and slicing cost at most INDEX_STEP steps of decoding.
 *
 * Shared objects: the empty string and the 256 one-character Latin-1
 * strings are singletons created on first use; interned strings sit in a hash set
 * (a mem_alloc_root table) that owns one reference to each, so they live
 * as long as the runtime.
 */
/* memmem (glibc, musl and the BSDs have it) is a GNU extension to C11. */
#define _GNU_SOURCE
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "mem.h"
#include "str.h"

#define INDEX_STEP 64

struct StrObject {
    VarObject base;     /* VAR_SIZE: length in code points */
    intptr_t hash;      /* -1 until computed */
    size_t nbytes;      /* UTF-8 bytes, without the terminating NUL */
    size_t cap;         /* bytes data[] can hold before its NUL: > nbytes
                         * only for results of += (see str_inplace_add) */
    size_t *index;      /* byte offset of code point k*INDEX_STEP, or NULL */
    bool ascii;         /* every byte < 0x80: byte index = code point index */
    bool interned;      /* owned by the intern table: never freed */
    char data[];        /* nbytes + 1 */
};

#define S(o) ((StrObject *)(o))

static Object *empty_str;
static Object *char_strs[128];
static Object *latin1_strs[128];   /* U+0080..U+00FF */

/* ---- allocation and UTF-8 primitives ---- */

/* A fresh str of nbytes bytes (to be filled by the caller) holding ncp
 * code points.  The terminating NUL is written here. */
static Object *new_str_of(Type *t, size_t nbytes, intptr_t ncp, bool ascii)
{
    Object *o = obj_alloc_var(t, nbytes + 1);
    if (o == NULL)
        return err_no_memory();
    StrObject *s = S(o);
    VAR_SIZE(o) = ncp;
    s->hash = -1;
    s->nbytes = s->cap = nbytes;
    s->index = NULL;
    s->ascii = ascii;
    s->interned = false;
    s->data[nbytes] = '\0';
    return o;
}

/* The item count new_str_of gave obj_alloc_var: a str subclass
 * instance's __dict__ pointer follows that many bytes (object.c). */
size_t str_allocated_bytes(Object *o)
{
    return S(o)->cap + 1;
}

static Object *new_str(size_t nbytes, intptr_t ncp, bool ascii)
{
    return new_str_of(&Str_type, nbytes, ncp, ascii);
}

static inline bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* Code points in n bytes of valid UTF-8; *ascii tells whether all are < 0x80. */
static intptr_t count_cps(const char *p, size_t n, bool *ascii)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t i = 0;
    uint64_t hi = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        hi |= w;
    }
    for (size_t j = i; j < n; j++)
        hi |= u[j];
    if ((hi & 0x8080808080808080ull) == 0) {
        *ascii = true;
        return (intptr_t)n;
    }
    *ascii = false;
    intptr_t cps = 0;
    for (size_t j = 0; j < n; j++)
        cps += !is_cont(u[j]);
    return cps;
}

/* Decode the code point at p; *len receives its byte length. */
static uint32_t decode(const char *p, size_t *len)
{
    const unsigned char *u = (const unsigned char *)p;
    if (u[0] < 0x80) {
        *len = 1;
        return u[0];
    }
    if (u[0] < 0xE0) {
        *len = 2;
        return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    }
    if (u[0] < 0xF0) {
        *len = 3;
        return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6)
            | (u[2] & 0x3F);
    }
    *len = 4;
    return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12)
        | ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

/* Encode cp into out (at least 4 bytes); returns the byte count. */
static size_t encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Build the sparse index of a long non-ASCII string.  Failure to allocate
 * is not an error: offset_of() then decodes from the start. */
static void build_index(StrObject *s)
{
    size_t n = (size_t)VAR_SIZE(s) / INDEX_STEP + 1;
    size_t *ix = mem_alloc_atomic(n * sizeof(size_t));
    if (ix == NULL)
        return;
    size_t k = 0, cp = 0;
    for (size_t b = 0; b < s->nbytes; b++) {
        if (is_cont((unsigned char)s->data[b]))
            continue;
        if (cp % INDEX_STEP == 0)
            ix[k++] = b;
        cp++;
    }
    s->index = ix;
}

/* Byte offset of code point i, 0 <= i <= length. */
static size_t offset_of(StrObject *s, intptr_t i)
{
    if (s->ascii)
        return (size_t)i;
    if (i >= VAR_SIZE(s))
        return s->nbytes;
    size_t b = 0;
    if (i >= INDEX_STEP) {
        if (s->index == NULL)
            build_index(s);
        if (s->index) {
            b = s->index[i / INDEX_STEP];
            i %= INDEX_STEP;
        }
    }
    const unsigned char *u = (const unsigned char *)s->data;
    while (i > 0) {
        b++;
        while (is_cont(u[b]))
            b++;
        i--;
    }
    return b;
}

/* Code point index of byte offset b (b on a character boundary). */
static intptr_t cp_index(StrObject *s, size_t b)
{
    if (s->ascii)
        return (intptr_t)b;
    bool dummy;
    return count_cps(s->data, b, &dummy);
}

/* A str for known-valid bytes whose code point count is known. */
static Object *make_str(const char *p, size_t n, intptr_t ncp, bool ascii)
{
    if (n == 0) {
        if (empty_str == NULL && (empty_str = new_str(0, 0, true)) == NULL)
            return NULL;
        return newref(empty_str);
    }
    if (n == 1 && (unsigned char)p[0] < 128) {
        Object **slot = &char_strs[(unsigned char)p[0]];
        if (*slot == NULL) {
            if ((*slot = new_str(1, 1, true)) == NULL)
                return NULL;
            S(*slot)->data[0] = p[0];
        }
        return newref(*slot);
    }
    if (n == 2 && ncp == 1 && (unsigned char)p[0] >= 0xC2 && (unsigned char)p[0] < 0xC4) {   /* U+0080..U+00FF */
        Object **slot = &latin1_strs[(((unsigned char)p[0] & 0x1F) << 6 | ((unsigned char)p[1] & 0x3F)) - 0x80];
        if (*slot == NULL) {
            if ((*slot = new_str(2, 1, false)) == NULL)
                return NULL;
            memcpy(S(*slot)->data, p, 2);
        }
        return newref(*slot);
    }
    Object *o = new_str(n, ncp, ascii);
    if (o)
        memcpy(S(o)->data, p, n);
    return o;
}

Object *str_from_utf8(const char *p, size_t n)
{
    bool ascii;
    intptr_t ncp = count_cps(p, n, &ascii);
    return make_str(p, n, ncp, ascii);
}

Object *str_from_cstr(const char *p) { return str_from_utf8(p, strlen(p)); }

Object *str_from_codepoint(uint32_t cp)
{
    char buf[4];
    return make_str(buf, encode(cp, buf), 1, cp < 0x80);
}

/* The substring of code points [start, stop). */
static Object *substr(Object *o, intptr_t start, intptr_t stop)
{
    StrObject *s = S(o);
    if (start == 0 && stop == VAR_SIZE(s) && STR_CHECK_EXACT(o))
        return newref(o);
    if (start >= stop)
        return make_str("", 0, 0, true);
    size_t b0 = offset_of(s, start), b1 = offset_of(s, stop);
    bool ascii = s->ascii;
    if (!ascii)  /* a slice of a non-ASCII string may well be ASCII */
        count_cps(s->data + b0, b1 - b0, &ascii);
    return make_str(s->data + b0, b1 - b0, stop - start, ascii);
}

/* A substring by byte range (on character boundaries). */
static Object *subbytes(Object *o, size_t b0, size_t b1)
{
    StrObject *s = S(o);
    if (b0 == 0 && b1 == s->nbytes && STR_CHECK_EXACT(o))
        return newref(o);
    if (s->ascii)
        return make_str(s->data + b0, b1 - b0, (intptr_t)(b1 - b0), true);
    return str_from_utf8(s->data + b0, b1 - b0);
}

/* ---- accessors ---- */

const char *str_utf8(Object *s) { return S(s)->data; }
size_t str_nbytes(Object *s) { return S(s)->nbytes; }
intptr_t str_length(Object *s) { return VAR_SIZE(s); }

/* A multiply-xorshift hash over 8-byte words (fixed seed: python3
 * randomizes string hashes, so nothing may depend on the values).
 * Never -1, the "not computed / error" value. */
static intptr_t hash_bytes(const char *p, size_t n)
{
    const uint64_t k = 0x9E3779B97F4A7C15ull;
    uint64_t h = 0x243F6A8885A308D3ull ^ (n * k);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * k;
        h ^= h >> 29;
    }
    if (i < n) {
        uint64_t w = 0;
        memcpy(&w, p + i, n - i);
        h = (h ^ w) * k;
        h ^= h >> 29;
    }
    h *= 0xBF58476D1CE4E5B9ull;   /* final avalanche (splitmix64) */
    h ^= h >> 31;
    intptr_t r = (intptr_t)h;
    return r == -1 ? -2 : r;
}

intptr_t str_hash(Object *o)
{
    StrObject *s = S(o);
    if (s->hash == -1)
        s->hash = hash_bytes(s->data, s->nbytes);
    return s->hash;
}

bool str_equal(Object *a, Object *b)
{
    if (a == b)
        return true;
    StrObject *x = S(a), *y = S(b);
    if (x->nbytes != y->nbytes)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(x->data, y->data, x->nbytes) == 0;
}

bool str_equal_cstr(Object *a, const char *p)
{
    size_t n = strlen(p);
    return S(a)->nbytes == n && memcmp(S(a)->data, p, n) == 0;
}

/* UTF-8 byte order is code point order. */
int str_compare(Object *a, Object *b)
{
    StrObject *x = S(a), *y = S(b);
    size_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, n);
    if (c != 0)
        return c;
    return x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes;
}

Object *str_concat(Object *a, Object *b)
{
    StrObject *x = S(a), *y = S(b);
    if (y->nbytes == 0 && STR_CHECK_EXACT(a))
        return newref(a);
    if (x->nbytes == 0 && STR_CHECK_EXACT(b))
        return newref(b);
    if (x->nbytes > SIZE_MAX / 2 - y->nbytes)
        return err_no_memory();
    Object *r = new_str(x->nbytes + y->nbytes, VAR_SIZE(x) + VAR_SIZE(y),
                        x->ascii && y->ascii);
    if (r == NULL)
        return NULL;
    memcpy(S(r)->data, x->data, x->nbytes);
    memcpy(S(r)->data + x->nbytes, y->data, y->nbytes);
    return r;
}

Object *str_char_at(Object *o, intptr_t i)
{
    StrObject *s = S(o);
    if (s->ascii)
        return make_str(s->data + i, 1, 1, true);
    size_t b = offset_of(s, i), len;
    uint32_t cp = decode(s->data + b, &len);
    return make_str(s->data + b, len, 1, cp < 0x80);
}

/* ---- interning ----
 * An open-addressing set of str objects keyed by content.  The table owns
 * one reference to every member and is never shrunk: interned strings are
 * immortal for the life of the runtime (attribute names, identifiers). */

static Object **itab;
static size_t itab_cap, itab_used;

static Object **intern_slot(const char *p, size_t n, intptr_t h)
{
    size_t mask = itab_cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        Object *e = itab[i];
        if (e == NULL || (S(e)->hash == h && S(e)->nbytes == n
                          && memcmp(S(e)->data, p, n) == 0))
            return &itab[i];
    }
}

static int intern_grow(void)
{
    size_t cap = itab_cap ? itab_cap * 2 : 1024;
    Object **nt = mem_alloc_root(cap * sizeof(Object *));
    if (nt == NULL)
        return -1;
    Object **old = itab;
    size_t oldcap = itab_cap;
    itab = nt;
    itab_cap = cap;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i])
            *intern_slot(S(old[i])->data, S(old[i])->nbytes, S(old[i])->hash) = old[i];
    mem_free(old);
    return 0;
}

/* The interned str equal to the bytes, created from them when absent. */
static Object *intern_bytes(const char *p, size_t n, Object *candidate)
{
    if ((itab_used + 1) * 3 >= itab_cap * 2 && intern_grow() < 0)
        return err_no_memory();
    intptr_t h = hash_bytes(p, n);
    Object **slot = intern_slot(p, n, h);
    if (*slot)
        return *slot;
    Object *s;
    if (candidate && STR_CHECK_EXACT(candidate))
        s = newref(candidate);
    else if ((s = str_from_utf8(p, n)) == NULL)
        return NULL;
    S(s)->hash = h;
    S(s)->interned = true;
    *slot = s;
    itab_used++;
    return s;
}

Object *str_intern_cstr(const char *p)
{
    return intern_bytes(p, strlen(p), NULL);
}

Object *str_intern(Object *s)
{
    if (S(s)->interned)
        return newref(s);
    Object *r = intern_bytes(S(s)->data, S(s)->nbytes, s);
    return r ? newref(r) : NULL;
}

/* ---- repr ---- */

/* Printable in python3's sense, approximated for the ranges ouro knows:
 * controls, the separators and format characters, surrogates, private use
 * and non-characters are not printable. */
static bool is_printable(uint32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD)
        return false;
    if (c < 0x300)
        return true;
    if (c == 0x1680 || c == 0x180E || c == 0x061C || c == 0x3000 || c == 0xFEFF)
        return false;
    if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F)
        || (c >= 0x205F && c <= 0x206F) || (c >= 0xD800 && c <= 0xF8FF)
        || (c >= 0xFFF0 && c <= 0xFFFB) || c >= 0xE0000
        || (c & 0xFFFE) == 0xFFFE || c == 0x0378 || c == 0x0379
        || (c >= 0x0380 && c <= 0x0383) || c == 0x038B || c == 0x038D
        || c == 0x03A2)
        return false;
    return true;
}

static void add_escape(StrBuilder *sb, uint32_t c)
{
    char buf[16];
    static const char hex[] = "0123456789abcdef";
    int n;
    if (c <= 0xFF) {
        buf[0] = '\\'; buf[1] = 'x'; n = 2;
        buf[n++] = hex[c >> 4]; buf[n++] = hex[c & 15];
    } else if (c <= 0xFFFF) {
        buf[0] = '\\'; buf[1] = 'u'; n = 2;
        for (int sh = 12; sh >= 0; sh -= 4)
            buf[n++] = hex[(c >> sh) & 15];
    } else {
        buf[0] = '\\'; buf[1] = 'U'; n = 2;
        for (int sh = 28; sh >= 0; sh -= 4)
            buf[n++] = hex[(c >> sh) & 15];
    }
    sb_add(sb, buf, (size_t)n);
}

/* repr() body; ascii_only escapes every non-ASCII character (ascii()). */
static Object *repr_impl(Object *o, bool ascii_only)
{
    StrObject *s = S(o);
    bool has_sq = memchr(s->data, '\'', s->nbytes) != NULL;
    bool has_dq = memchr(s->data, '"', s->nbytes) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    StrBuilder sb;
    sb_init(&sb);
    sb_add_char(&sb, q);
    size_t i = 0, run = 0;   /* run: start of pending verbatim bytes */
    while (i < s->nbytes) {
        unsigned char c = (unsigned char)s->data[i];
        if (c >= 0x20 && c < 0x7F && c != '\\' && c != (unsigned char)q) {
            i++;
            continue;
        }
        size_t len = 1;
        uint32_t cp = c < 0x80 ? c : decode(s->data + i, &len);
        if (cp >= 0x80 && !ascii_only && is_printable(cp)) {
            i += len;
            continue;
        }
        sb_add(&sb, s->data + run, i - run);
        switch (cp) {
        case '\\': sb_add(&sb, "\\\\", 2); break;
        case '\n': sb_add(&sb, "\\n", 2); break;
        case '\r': sb_add(&sb, "\\r", 2); break;
        case '\t': sb_add(&sb, "\\t", 2); break;
        default:
            if (cp == (uint32_t)q) {
                sb_add_char(&sb, '\\');
                sb_add_char(&sb, q);
            } else {
                add_escape(&sb, cp);
            }
        }
        i += len;
        run = i;
    }
    sb_add(&sb, s->data + run, i - run);
    sb_add_char(&sb, q);
    return sb_finish(&sb);
}

Object *str_repr(Object *s) { return repr_impl(s, false); }

/* ---- StrBuilder ---- */

void sb_init(StrBuilder *sb)
{
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    sb->failed = false;
}

static bool sb_reserve(StrBuilder *sb, size_t extra)
{
    if (sb->failed)
        return false;
    if (sb->len + extra < sb->cap)
        return true;
    size_t cap = sb->cap ? sb->cap : 64;
    while (cap <= sb->len + extra) {
        if (cap > SIZE_MAX / 2) {
            sb->failed = true;
            return false;
        }
        cap *= 2;
    }
    char *nb = sb->buf ? mem_realloc(sb->buf, cap) : mem_alloc_atomic(cap);
    if (nb == NULL) {
        sb->failed = true;
        return false;
    }
    sb->buf = nb;
    sb->cap = cap;
    return true;
}

void sb_add(StrBuilder *sb, const char *p, size_t n)
{
    if (n == 0 || !sb_reserve(sb, n))
        return;
    memcpy(sb->buf + sb->len, p, n);
    sb->len += n;
}

void sb_add_cstr(StrBuilder *sb, const char *p) { sb_add(sb, p, strlen(p)); }

/* times copies of p[0..n): one reservation, so a huge width fails at once
 * with MemoryError instead of growing byte by byte. */
void sb_add_repeat(StrBuilder *sb, const char *p, size_t n, size_t times)
{
    if (n == 0 || times == 0)
        return;
    if (times > (SIZE_MAX / 2) / n) {
        sb->failed = true;
        return;
    }
    if (!sb_reserve(sb, n * times))
        return;
    if (n == 1) {
        memset(sb->buf + sb->len, p[0], times);
        sb->len += times;
        return;
    }
    for (size_t i = 0; i < times; i++, sb->len += n)
        memcpy(sb->buf + sb->len, p, n);
}

void sb_add_char(StrBuilder *sb, char c)
{
    if (sb->len + 1 < sb->cap && !sb->failed) {
        sb->buf[sb->len++] = c;
        return;
    }
    sb_add(sb, &c, 1);
}

void sb_add_codepoint(StrBuilder *sb, uint32_t cp)
{
    char buf[4];
    sb_add(sb, buf, encode(cp, buf));
}

int sb_add_str(StrBuilder *sb, Object *o)
{
    sb_add(sb, S(o)->data, S(o)->nbytes);
    return 0;
}

int sb_add_repr(StrBuilder *sb, Object *o)
{
    Object *r = obj_repr(o);
    if (r == NULL)
        return -1;
    sb_add_str(sb, r);
    DECREF(r);
    return 0;
}

Object *sb_finish(StrBuilder *sb)
{
    if (sb->failed) {
        sb_discard(sb);
        return err_no_memory();
    }
    Object *r = str_from_utf8(sb->buf ? sb->buf : "", sb->len);
    sb_discard(sb);
    return r;
}

void sb_discard(StrBuilder *sb)
{
    mem_free(sb->buf);
    sb_init(sb);
}

/* ---- printf-like formatting (str_format) ---- */

/* Add text under a %-directive's width and precision (precision counts
 * code points, as in CPython's %.200s). */
static void add_piece(StrBuilder *sb, const char *p, size_t n, bool left,
                      long width, long prec)
{
    size_t cps = 0, b = 0;
    while (b < n && (prec < 0 || (long)cps < prec)) {
        b++;
        while (b < n && is_cont((unsigned char)p[b]))
            b++;
        cps++;
    }
    long pad = width > (long)cps ? width - (long)cps : 0;
    if (!left)
        for (long i = 0; i < pad; i++)
            sb_add_char(sb, ' ');
    sb_add(sb, p, b);
    if (left)
        for (long i = 0; i < pad; i++)
            sb_add_char(sb, ' ');
}

/* An object directive: %R %S %A %U.  Returns -1 when repr/str failed. */
static int add_object(StrBuilder *sb, char conv, Object *o, bool left,
                      long width, long prec)
{
    Object *r;
    if (conv == 'U')
        r = newref(o);
    else if (conv == 'R')
        r = obj_repr(o);
    else if (conv == 'A')
        r = obj_ascii(o);
    else
        r = obj_str(o);
    if (r == NULL)
        return -1;
    add_piece(sb, S(r)->data, S(r)->nbytes, left, width, prec);
    DECREF(r);
    return 0;
}

/* An integer directive, rendered by snprintf with the same flags. */
static void add_integer(StrBuilder *sb, const char *spec, size_t speclen,
                        int lmod, char conv, va_list *ap)
{
    char fmt[32], out[80];
    if (speclen > 20)
        speclen = 20;
    memcpy(fmt, spec, speclen);
    size_t k = speclen;
    bool is_signed = conv == 'd' || conv == 'i';
    if (lmod == 'z') {
        fmt[k++] = 'j';   /* print through intmax_t / uintmax_t */
        fmt[k++] = conv;
        fmt[k] = '\0';
        if (is_signed)
            snprintf(out, sizeof out, fmt, (intmax_t)va_arg(*ap, intptr_t));
        else
            snprintf(out, sizeof out, fmt, (uintmax_t)va_arg(*ap, size_t));
    } else if (lmod == 'l' || lmod == 'L') {
        fmt[k++] = 'j';
        fmt[k++] = conv;
        fmt[k] = '\0';
        if (is_signed)
            snprintf(out, sizeof out, fmt, lmod == 'l' ? (intmax_t)va_arg(*ap, long)
                                                       : (intmax_t)va_arg(*ap, long long));
        else
            snprintf(out, sizeof out, fmt,
                     lmod == 'l' ? (uintmax_t)va_arg(*ap, unsigned long)
                                 : (uintmax_t)va_arg(*ap, unsigned long long));
    } else {
        fmt[k++] = conv;
        fmt[k] = '\0';
        if (is_signed)
            snprintf(out, sizeof out, fmt, va_arg(*ap, int));
        else
            snprintf(out, sizeof out, fmt, va_arg(*ap, unsigned));
    }
    sb_add_cstr(sb, out);
}

/* One directive starting after '%'.  Returns the pointer past it, or NULL
 * when an object directive raised. */
static const char *format_directive(StrBuilder *sb, const char *f, va_list *ap)
{
    const char *spec = f - 1;
    bool left = false;
    while (*f == '-' || *f == '0' || *f == '+' || *f == ' ' || *f == '#')
        left |= *f++ == '-';
    long width = 0, prec = -1;
    while (*f >= '0' && *f <= '9')
        width = width * 10 + (*f++ - '0');
    if (*f == '.') {
        prec = 0;
        for (f++; *f >= '0' && *f <= '9'; f++)
            prec = prec * 10 + (*f - '0');
    }
    size_t speclen = (size_t)(f - spec);
    int lmod = 0;
    if (*f == 'z') {
        lmod = 'z';
        f++;
    } else if (*f == 'l') {
        lmod = 'l';
        if (*++f == 'l') {
            lmod = 'L';
            f++;
        }
    }
    char conv = *f++;
    switch (conv) {
    case 'd': case 'i': case 'u': case 'x': case 'X':
        add_integer(sb, spec, speclen, lmod, conv, ap);
        break;
    case 'c':
        sb_add_codepoint(sb, (uint32_t)va_arg(*ap, int));
        break;
    case 's': {
        const char *p = va_arg(*ap, const char *);
        if (p == NULL)
            p = "(null)";
        add_piece(sb, p, strlen(p), left, width, prec);
        break;
    }
    case 'p': {
        char out[32];
        snprintf(out, sizeof out, "%p", va_arg(*ap, void *));
        sb_add_cstr(sb, out);
        break;
    }
    case 'R': case 'S': case 'A': case 'U':
        if (add_object(sb, conv, va_arg(*ap, Object *), left, width, prec) < 0)
            return NULL;
        break;
    case 'T': case 'N': {
        Object *o = va_arg(*ap, Object *);
        const char *name = conv == 'T' ? obj_type_name(o) : type_name((Type *)o);
        add_piece(sb, name, strlen(name), left, width, prec);
        break;
    }
    case '%':
        sb_add_char(sb, '%');
        break;
    default:   /* unknown directive: copy it verbatim */
        sb_add(sb, spec, (size_t)(f - spec));
        if (conv == '\0')
            f--;
    }
    return f;
}

Object *str_format_v(const char *fmt, va_list ap)
{
    StrBuilder sb;
    sb_init(&sb);
    va_list aq;
    va_copy(aq, ap);
    const char *f = fmt;
    while (*f) {
        const char *pct = strchr(f, '%');
        if (pct == NULL) {
            sb_add_cstr(&sb, f);
            break;
        }
        sb_add(&sb, f, (size_t)(pct - f));
        f = format_directive(&sb, pct + 1, &aq);
        if (f == NULL) {
            va_end(aq);
            sb_discard(&sb);
            return NULL;
        }
    }
    va_end(aq);
    return sb_finish(&sb);
}

Object *str_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Object *r = str_format_v(fmt, ap);
    va_end(ap);
    return r;
}

/* ---- character classes and case mapping ----
 * ASCII is exact.  Beyond ASCII, ouro knows the case mappings of Latin-1,
 * Latin Extended-A, Latin Extended Additional (Vietnamese), Greek,
 * Cyrillic, Armenian and fullwidth Latin, plus the one-to-many special
 * cases among them (ß, İ, ŉ, final sigma); Latin Extended-B (ǅ, ...) and
 * other scripts have no case.  Letters (isalpha) also cover the large
 * CJK, kana, Hangul, Hebrew, Arabic and Devanagari blocks; spaces are the
 * full Unicode set; digits cover ASCII and a few other decimal ranges. */

static bool in_ranges(uint32_t c, const uint32_t (*r)[2], size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (c >= r[i][0] && c <= r[i][1])
            return true;
    return false;
}
#define IN_RANGES(c, r) in_ranges(c, r, sizeof(r) / sizeof(r[0]))

static bool u_isspace(uint32_t c)
{
    if (c < 0x80)
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

static const uint32_t decimal_ranges[][2] = {
    {'0', '9'}, {0x660, 0x669}, {0x6F0, 0x6F9}, {0x966, 0x96F}, {0xFF10, 0xFF19},
};
static const uint32_t digit_extra[][2] = {
    {0xB2, 0xB3}, {0xB9, 0xB9}, {0x2070, 0x2070}, {0x2074, 0x2079},
    {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247C}, {0x2488, 0x2490},
};
static const uint32_t numeric_extra[][2] = {
    {0xBC, 0xBE}, {0x2150, 0x2182}, {0x2185, 0x2189}, {0x2469, 0x2473},
    {0x3007, 0x3007}, {0x3021, 0x3029},
};

static bool u_isdecimal(uint32_t c)
{
    return c < 0x80 ? (c >= '0' && c <= '9') : IN_RANGES(c, decimal_ranges);
}
static bool u_isdigit(uint32_t c) { return u_isdecimal(c) || IN_RANGES(c, digit_extra); }
static bool u_isnumeric(uint32_t c) { return u_isdigit(c) || IN_RANGES(c, numeric_extra); }

/* Simple (one to one) case mappings. */
static uint32_t u_lower(uint32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    if (c < 0x100)
        return c >= 0xC0 && c <= 0xDE && c != 0xD7 ? c + 32 : c;
    if (c < 0x180) {
        if (c == 0x130)
            return 'i';
        if (c == 0x178)
            return 0xFF;
        if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
            return c | 1;
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            return c & 1 ? c + 1 : c;
        return c;
    }
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
        return c + 32;
    if (c == 0x386)
        return 0x3AC;
    if (c >= 0x388 && c <= 0x38A)
        return c + 37;
    if (c == 0x38C)
        return 0x3CC;
    if (c == 0x38E || c == 0x38F)
        return c + 63;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F))
        return c | 1;
    if (c == 0x1E9E)   /* capital sharp s */
        return 0xDF;
    if (c >= 0x531 && c <= 0x556)   /* Armenian */
        return c + 48;
    if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF))   /* Vietnamese... */
        return c | 1;
    if (c >= 0xFF21 && c <= 0xFF3A)   /* fullwidth Latin */
        return c + 32;
    return c;
}

static uint32_t u_upper(uint32_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    if (c < 0x100) {
        if (c == 0xB5)
            return 0x39C;
        if (c == 0xFF)
            return 0x178;
        return c >= 0xE0 && c <= 0xFE && c != 0xF7 ? c - 32 : c;
    }
    if (c < 0x180) {
        if (c == 0x131)
            return 'I';
        if (c == 0x17F)
            return 'S';
        if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
            return c & ~1u;
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            return c & 1 ? c : c - 1;
        return c;
    }
    if (c >= 0x3B1 && c <= 0x3CB)
        return c == 0x3C2 ? 0x3A3 : c - 32;
    if (c == 0x3AC)
        return 0x386;
    if (c >= 0x3AD && c <= 0x3AF)
        return c - 37;
    if (c == 0x3CC)
        return 0x38C;
    if (c == 0x3CD || c == 0x3CE)
        return c - 63;
    if (c >= 0x430 && c <= 0x44F)
        return c - 32;
    if (c >= 0x450 && c <= 0x45F)
        return c - 80;
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F))
        return c & ~1u;
    if (c >= 0x561 && c <= 0x586)
        return c - 48;
    if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF))
        return c & ~1u;
    if (c >= 0xFF41 && c <= 0xFF5A)
        return c - 32;
    return c;
}

static const uint32_t alpha_ranges[][2] = {
    {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6}, {0xD8, 0xF6},
    {0xF8, 0x2C1}, {0x370, 0x374}, {0x376, 0x377}, {0x37A, 0x37D},
    {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x3F5}, {0x3F7, 0x481},
    {0x48A, 0x52F}, {0x531, 0x556}, {0x561, 0x587}, {0x5D0, 0x5EA},
    {0x620, 0x64A}, {0x904, 0x939}, {0x1E00, 0x1FBC}, {0x3041, 0x3096},
    {0x30A1, 0x30FA}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0xFF21, 0xFF3A},
    {0xFF41, 0xFF5A},
};

static bool u_isalpha(uint32_t c)
{
    if (c < 0x80)
        return (c | 32) >= 'a' && (c | 32) <= 'z';
    return IN_RANGES(c, alpha_ranges) && c != 0x3A2;
}

static bool u_isupper(uint32_t c) { return u_lower(c) != c; }
static bool u_islower(uint32_t c)
{
    return u_upper(c) != c || c == 0xDF || c == 0xAA || c == 0xBA || c == 0x138 || c == 0x149;
}
static bool u_iscased(uint32_t c) { return u_isupper(c) || u_islower(c); }
static bool u_isalnum(uint32_t c) { return u_isalpha(c) || u_isnumeric(c); }

/* ---- type slots ---- */

static void str_dealloc(Object *o)
{
    mem_free(S(o)->index);
    obj_free(o);
}

static Object *str_repr_slot(Object *o) { return repr_impl(o, false); }

static Object *str_str_slot(Object *o)
{
    if (STR_CHECK_EXACT(o))
        return newref(o);
    return make_str(S(o)->data, S(o)->nbytes, VAR_SIZE(o), S(o)->ascii);
}

static Object *str_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!STR_CHECK(a) || !STR_CHECK(b))
        return newref(NotImplemented);
    bool r;
    if (op == CMP_EQ || op == CMP_NE) {
        r = str_equal(a, b) == (op == CMP_EQ);
    } else {
        int c = str_compare(a, b);
        switch (op) {
        case CMP_LT: r = c < 0; break;
        case CMP_LE: r = c <= 0; break;
        case CMP_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return bool_from(r);
}

static intptr_t str_length_slot(Object *o) { return VAR_SIZE(o); }

/* s[start:stop:step] for any step. */
static Object *slice_str(Object *o, Object *slice)
{
    intptr_t start, stop, step;
    intptr_t n = slice_indices(slice, VAR_SIZE(o), &start, &stop, &step);
    if (n < 0)
        return NULL;
    if (step == 1)
        return substr(o, start, start + n);
    StrObject *s = S(o);
    if (s->ascii) {
        Object *r = new_str((size_t)n, n, true);
        if (r == NULL)
            return NULL;
        for (intptr_t i = 0, j = start; i < n; i++, j += step)
            S(r)->data[i] = s->data[j];
        if (n <= 1) {   /* go through make_str for the cached singletons */
            Object *c = make_str(S(r)->data, (size_t)n, n, true);
            DECREF(r);
            return c;
        }
        return r;
    }
    StrBuilder sb;
    sb_init(&sb);
    for (intptr_t i = 0, j = start; i < n; i++, j += step) {
        size_t b = offset_of(s, j), len;
        decode(s->data + b, &len);
        sb_add(&sb, s->data + b, len);
    }
    return sb_finish(&sb);
}

static Object *str_getitem(Object *o, Object *key)
{
    if (TYPE(key) == &Slice_type)
        return slice_str(o, key);
    if (!INT_CHECK(key) && !(TYPE(key)->number && TYPE(key)->number->index))
        return err_set(Exc_TypeError, "string indices must be integers, not '%T'", key);
    intptr_t i = num_as_ssize(key);
    if (i == -1 && err_occurred())
        return NULL;
    if (i < 0)
        i += VAR_SIZE(o);
    if (i < 0 || i >= VAR_SIZE(o))
        return err_set(Exc_IndexError, "string index out of range");
    return str_char_at(o, i);
}

/* Find needle in hay[0..n); memmem-like, NULL when absent. */
static const char *find_bytes(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m == 0)
        return hay;
    if (m > n)
        return NULL;
    if (m == 1)
        return memchr(hay, needle[0], n);
    return memmem(hay, n, needle, m);
}

static const char *rfind_bytes(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m == 0)
        return hay + n;
    if (m > n)
        return NULL;
    for (size_t i = n - m + 1; i-- > 0;)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, m) == 0)
            return hay + i;
    return NULL;
}

static int str_contains(Object *o, Object *item)
{
    if (!STR_CHECK(item)) {
        err_set(Exc_TypeError, "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    return find_bytes(S(o)->data, S(o)->nbytes, S(item)->data, S(item)->nbytes) != NULL;
}

/* The str iterator walks byte offsets, so iteration is linear. */
typedef struct {
    Object base;
    Object *str;      /* NULL once exhausted */
    size_t pos;       /* byte offset of the next character */
} StrIterObject;

static void striter_dealloc(Object *o)
{
    XDECREF(((StrIterObject *)o)->str);
    obj_free(o);
}

/* It can make no cycle, so it is never tracked; but it is a container, as
 * in python3, so that what it holds is seen (the Boehm build's leak check
 * counts references through traverse). */
static int striter_traverse(Object *o, VisitFn visit, void *arg)
{
    Object *s = ((StrIterObject *)o)->str;
    return s ? visit(s, arg) : 0;
}

static Object *striter_next(Object *o)
{
    StrIterObject *it = (StrIterObject *)o;
    if (it->str == NULL)
        return NULL;
    StrObject *s = S(it->str);
    if (it->pos >= s->nbytes) {
        CLEAR(it->str);
        return NULL;
    }
    size_t len = 1;
    uint32_t cp = (unsigned char)s->data[it->pos];
    if (cp >= 0x80)
        decode(s->data + it->pos, &len);
    Object *r = make_str(s->data + it->pos, len, 1, cp < 0x80);
    it->pos += len;
    return r;
}

static Object *self_iter(Object *o) { return newref(o); }

/* python3 names the iterator of an ASCII string differently. */
static Type StrIter_type = {
    .base = {1, &Type_type},
    .name = "str_iterator",
    .basicsize = sizeof(StrIterObject),
    .flags = TF_GC,
    .dealloc = striter_dealloc,
    .traverse = striter_traverse,
    .iter = self_iter,
    .iternext = striter_next,
};
static Type StrAsciiIter_type = {
    .base = {1, &Type_type},
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObject),
    .flags = TF_GC,
    .dealloc = striter_dealloc,
    .traverse = striter_traverse,
    .iter = self_iter,
    .iternext = striter_next,
};

static Object *str_iter(Object *o)
{
    StrIterObject *it = (StrIterObject *)obj_alloc(S(o)->ascii ? &StrAsciiIter_type : &StrIter_type);
    if (it == NULL)
        return err_no_memory();
    it->str = newref(o);
    it->pos = 0;
    return OBJ(it);
}

/* ---- + * % ---- */

/* True when other's class might handle the operation reflected (a class
 * statement defining name): then str returns NotImplemented and lets the
 * generic dispatch try it, as CPython tries nb_* before sq_concat. */
static bool reflected_exists(Object *other, const char *name)
{
    if (!TYPE_FLAG(TYPE(other), TF_HEAPTYPE))
        return false;
    return type_lookup(TYPE(other), str_intern_cstr(name)) != NULL;
}

static Object *str_add(Object *a, Object *b)
{
    if (!STR_CHECK(a))
        return newref(NotImplemented);
    if (!STR_CHECK(b)) {
        if (reflected_exists(b, "__radd__"))
            return newref(NotImplemented);
        return err_set(Exc_TypeError, "can only concatenate str (not \"%T\") to str", b);
    }
    return str_concat(a, b);
}

/* s += t.  A loop building a string with += would copy the whole text at
 * each step; as CPython does, ouro appends in place when that cannot be
 * observed.  The VM holds one reference on its stack and one in the
 * target being rebound (s += t always rebinds the place it loaded s
 * from), so a refcount of 2 means nobody else sees s.  In-place growth
 * needs spare room: results of += are allocated with 50% slack, so only
 * strings built by += are ever appended to (never singletons, interned
 * or other shared strings, whose cap equals their size). */
static Object *str_inplace_add(Object *a, Object *b)
{
    if (!STR_CHECK_EXACT(a) || !STR_CHECK(b))
        return newref(NotImplemented);
    StrObject *x = S(a), *y = S(b);
    size_t need = x->nbytes + y->nbytes;
    if (a->refcnt == 2 && !x->interned && need <= x->cap && y->nbytes > 0) {
        memcpy(x->data + x->nbytes, y->data, y->nbytes);
        x->data[need] = '\0';
        x->nbytes = need;
        VAR_SIZE(a) += VAR_SIZE(b);
        x->ascii &= y->ascii;
        x->hash = -1;
        mem_free(x->index);
        x->index = NULL;
        return newref(a);
    }
    if (y->nbytes == 0 || x->nbytes == 0 || need > SIZE_MAX / 4)
        return str_concat(a, b);
    size_t cap = need + need / 2 + 8;
    Object *r = obj_alloc_var(&Str_type, cap + 1);
    if (r == NULL)
        return err_no_memory();
    StrObject *z = S(r);
    VAR_SIZE(r) = VAR_SIZE(a) + VAR_SIZE(b);
    z->hash = -1;
    z->nbytes = need;
    z->cap = cap;
    z->index = NULL;
    z->ascii = x->ascii && y->ascii;
    z->interned = false;
    memcpy(z->data, x->data, x->nbytes);
    memcpy(z->data + x->nbytes, y->data, y->nbytes);
    z->data[need] = '\0';
    return r;
}

static Object *repeat(Object *o, intptr_t n)
{
    StrObject *s = S(o);
    if (n <= 0 || s->nbytes == 0)
        return make_str("", 0, 0, true);
    if (n == 1 && STR_CHECK_EXACT(o))
        return newref(o);
    if ((size_t)n > (SIZE_MAX / 2) / s->nbytes)
        return err_set(Exc_OverflowError, "repeated string is too long");
    size_t total = s->nbytes * (size_t)n;
    Object *r = new_str(total, VAR_SIZE(s) * n, s->ascii);
    if (r == NULL)
        return NULL;
    char *d = S(r)->data;
    memcpy(d, s->data, s->nbytes);
    /* double the filled prefix: log(n) memcpy calls */
    for (size_t done = s->nbytes; done < total;) {
        size_t k = done <= total - done ? done : total - done;
        memcpy(d + done, d, k);
        done += k;
    }
    return r;
}

static bool has_index(Object *o)
{
    return INT_CHECK(o) || (TYPE(o)->number && TYPE(o)->number->index);
}

/* num_as_ssize for a size argument: python3 reports too big a value as
 * OverflowError (msg, or the index-sized message when msg is NULL). */
static intptr_t as_ssize(Object *o, const char *msg)
{
    intptr_t v = num_as_ssize(o);
    if (v == -1 && err_occurred() && err_matches(Exc_IndexError)) {
        err_clear();
        err_set(Exc_OverflowError, "%s", msg ? msg : "cannot fit 'int' into an index-sized integer");
    }
    return v;
}

#define SSIZE_MSG "Python int too large to convert to C ssize_t"

static Object *str_mul(Object *a, Object *b)
{
    Object *s = STR_CHECK(a) ? a : b, *n = s == a ? b : a;
    if (!STR_CHECK(s))
        return newref(NotImplemented);
    /* a class defining the reflected method gets its chance first, as
     * CPython tries nb_multiply before sq_repeat */
    if (STR_CHECK(n) || reflected_exists(n, s == a ? "__rmul__" : "__mul__"))
        return newref(NotImplemented);
    if (!has_index(n))
        return err_set(Exc_TypeError, "can't multiply sequence by non-int of type '%T'", n);
    intptr_t k = as_ssize(n, NULL);
    if (k == -1 && err_occurred())
        return NULL;
    return repeat(s, k);
}

static Object *str_mod(Object *a, Object *b)
{
    if (!STR_CHECK(a))
        return newref(NotImplemented);
    return str_percent(a, b);
}

static const NumberSlots str_number = {
    .add = str_add,
    .mul = str_mul,
    .mod = str_mod,
    .inplace_add = str_inplace_add,
};

static Object *str_new(Object *callable, Object *const *args, size_t nargs,
                       Object *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    Object *out[3];
    if (arg_unpack("str", args, nargs, kwnames, names, 0, out) < 0)
        return NULL;
    if (out[1] || out[2])
        return err_set(Exc_TypeError, "decoding str is not supported");
    Object *v = out[0] ? obj_str(out[0]) : make_str("", 0, 0, true);
    Type *t = (Type *)callable;
    if (v == NULL || t == &Str_type)
        return v;
    /* a subclass instance: a copy of the text in an object of type t */
    Object *r = new_str_of(t, S(v)->nbytes, VAR_SIZE(v), S(v)->ascii);
    if (r)      /* a class over str is tracked on allocation (TF_TRACK_ON_ALLOC) */
        memcpy(S(r)->data, S(v)->data, S(v)->nbytes);
    DECREF(v);
    return r;
}

/* ---- argument checking with python3's exact messages ----
 * str methods come in two flavours in CPython 3.11: old-style ones
 * ("find() takes at least 1 argument (0 given)") and Argument Clinic ones
 * ("center expected at least 1 argument, got 0"); each method says which. */

enum { OLD_STYLE, CLINIC };

static int check_args(const char *name, int style, size_t nargs, Object *kwnames,
                      size_t min, size_t max)
{
    if (NKW(kwnames)) {
        err_set(Exc_TypeError, style == OLD_STYLE ? "%s() takes no keyword arguments"
                                                  : "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max && min <= 1) {
        if (min == 0)
            err_set(Exc_TypeError, "str.%s() takes no arguments (%zu given)", name, nargs);
        else
            err_set(Exc_TypeError, "str.%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    bool few = nargs < min;
    size_t lim = few ? min : max;
    if (style == OLD_STYLE)
        err_set(Exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", name,
                few ? "at least" : "at most", lim, lim == 1 ? "" : "s", nargs);
    else
        err_set(Exc_TypeError, "%s expected %s %zu argument%s, got %zu", name,
                few ? "at least" : "at most", lim, lim == 1 ? "" : "s", nargs);
    return -1;
}

#define NOARGS(name) \
    if (check_args(name, OLD_STYLE, nargs, kwnames, 0, 0) < 0) return NULL

/* The str argument of find/count/partition...: "must be str, not int". */
static Object *need_str(Object *o)
{
    if (STR_CHECK(o))
        return o;
    return err_set(Exc_TypeError, "must be str, not %T", o);
}

/* An optional start/end bound: None or an __index__ object; huge values
 * clamp (slice_bound, list.c). */
static int get_bound(Object *o, intptr_t *out)
{
    return o == NULL ? 0 : slice_bound(o, out);
}

/* Clamp start/end like slicing does (CPython's ADJUST_INDICES). */
static void adjust(intptr_t *start, intptr_t *end, intptr_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
}

/* Parse (sub[, start[, end]]) for find/index/count/startswith. */
static int sub_args(const char *name, Object *const *args, size_t nargs, Object *kwnames,
                    Object *self, intptr_t *start, intptr_t *end)
{
    if (check_args(name, OLD_STYLE, nargs, kwnames, 1, 3) < 0)
        return -1;
    *start = 0;
    *end = INTPTR_MAX;
    if ((nargs > 1 && get_bound(args[1], start) < 0)
        || (nargs > 2 && get_bound(args[2], end) < 0))
        return -1;
    adjust(start, end, VAR_SIZE(self));
    return 0;
}

/* Index of sub in self[start:end] (code points), -1 when absent. */
static intptr_t find_in(Object *self, Object *sub, intptr_t start, intptr_t end, bool rev)
{
    StrObject *s = S(self);
    if (start > VAR_SIZE(s) || end - start < VAR_SIZE(sub))
        return -1;
    size_t b0 = offset_of(s, start), b1 = offset_of(s, end);
    const char *p = rev ? rfind_bytes(s->data + b0, b1 - b0, S(sub)->data, S(sub)->nbytes)
                        : find_bytes(s->data + b0, b1 - b0, S(sub)->data, S(sub)->nbytes);
    if (p == NULL)
        return -1;
    return cp_index(s, (size_t)(p - s->data));
}

static Object *find_common(const char *name, Object *self, Object *const *args,
                           size_t nargs, Object *kwnames, bool rev, bool raise)
{
    intptr_t start, end;
    if (sub_args(name, args, nargs, kwnames, self, &start, &end) < 0 || !need_str(args[0]))
        return NULL;
    intptr_t r = find_in(self, args[0], start, end, rev);
    if (r < 0 && raise)
        return err_set(Exc_ValueError, "substring not found");
    return int_from_i64(r);
}

static Object *m_find(Object *self, Object *const *a, size_t n, Object *kw)
{
    return find_common("find", self, a, n, kw, false, false);
}
static Object *m_rfind(Object *self, Object *const *a, size_t n, Object *kw)
{
    return find_common("rfind", self, a, n, kw, true, false);
}
static Object *m_index(Object *self, Object *const *a, size_t n, Object *kw)
{
    return find_common("index", self, a, n, kw, false, true);
}
static Object *m_rindex(Object *self, Object *const *a, size_t n, Object *kw)
{
    return find_common("rindex", self, a, n, kw, true, true);
}

static Object *m_count(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    intptr_t start, end;
    if (sub_args("count", args, nargs, kwnames, self, &start, &end) < 0 || !need_str(args[0]))
        return NULL;
    if (start > VAR_SIZE(self) || start > end)
        return int_from_i64(0);
    StrObject *s = S(self), *sub = S(args[0]);
    if (sub->nbytes == 0)
        return int_from_i64(end - start + 1);
    size_t b = offset_of(s, start), b1 = offset_of(s, end);
    int64_t count = 0;
    const char *p;
    while ((p = find_bytes(s->data + b, b1 - b, sub->data, sub->nbytes)) != NULL) {
        count++;
        b = (size_t)(p - s->data) + sub->nbytes;
    }
    return int_from_i64(count);
}

/* startswith/endswith of one prefix within [start, end). */
static bool tail_match(Object *self, Object *sub, intptr_t start, intptr_t end, bool at_end)
{
    intptr_t slen = VAR_SIZE(sub);
    if (start > VAR_SIZE(self) || end - start < slen)
        return false;
    StrObject *s = S(self);
    size_t b = at_end ? offset_of(s, end - slen) : offset_of(s, start);
    /* a byte match at a character boundary spans exactly slen characters;
     * it must also end at the right one when the widths differ */
    return b + S(sub)->nbytes <= s->nbytes
        && memcmp(s->data + b, S(sub)->data, S(sub)->nbytes) == 0
        && (s->ascii || offset_of(s, at_end ? end : start + slen) - b == S(sub)->nbytes);
}

static Object *affix_common(const char *name, Object *self, Object *const *args,
                            size_t nargs, Object *kwnames, bool at_end)
{
    intptr_t start, end;
    if (sub_args(name, args, nargs, kwnames, self, &start, &end) < 0)
        return NULL;
    Object *x = args[0];
    if (STR_CHECK(x))
        return bool_from(tail_match(self, x, start, end, at_end));
    if (!TUPLE_CHECK(x))
        return err_set(Exc_TypeError, "%s first arg must be str or a tuple of str, not %T",
                       name, x);
    for (intptr_t i = 0; i < VAR_SIZE(x); i++) {
        Object *p = TUPLE_ITEMS(x)[i];
        if (!STR_CHECK(p))
            return err_set(Exc_TypeError, "tuple for %s must only contain str, not %T", name, p);
        if (tail_match(self, p, start, end, at_end))
            return bool_from(true);
    }
    return bool_from(false);
}

static Object *m_startswith(Object *self, Object *const *a, size_t n, Object *kw)
{
    return affix_common("startswith", self, a, n, kw, false);
}
static Object *m_endswith(Object *self, Object *const *a, size_t n, Object *kw)
{
    return affix_common("endswith", self, a, n, kw, true);
}

/* ---- split family ---- */

/* Append str(bytes) to list l. */
static int append_piece(Object *l, Object *self, size_t b0, size_t b1)
{
    Object *p = subbytes(self, b0, b1);
    if (p == NULL)
        return -1;
    int r = list_append(l, p);
    DECREF(p);
    return r;
}

/* The whitespace character at byte b (0 if none); *len its byte length. */
static inline bool space_at(StrObject *s, size_t b, size_t *len)
{
    unsigned char c = (unsigned char)s->data[b];
    if (c < 0x80) {
        *len = 1;
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    return u_isspace(decode(s->data + b, len));
}

static Object *split_whitespace(Object *self, intptr_t maxsplit)
{
    StrObject *s = S(self);
    Object *l = list_new(0);
    if (l == NULL)
        return NULL;
    size_t b = 0, n = s->nbytes, len;
    while (b < n) {
        while (b < n && space_at(s, b, &len))
            b += len;
        if (b == n)
            break;
        size_t w = b;
        if (maxsplit-- == 0)   /* the rest, trailing spaces included */
            b = n;
        else
            while (b < n && !space_at(s, b, &len))
                b += len;
        if (append_piece(l, self, w, b) < 0) {
            DECREF(l);
            return NULL;
        }
    }
    return l;
}

static Object *split_sep(Object *self, Object *sep, intptr_t maxsplit)
{
    StrObject *s = S(self), *p = S(sep);
    Object *l = list_new(0);
    if (l == NULL)
        return NULL;
    size_t b = 0;
    const char *hit;
    while (maxsplit-- != 0
           && (hit = find_bytes(s->data + b, s->nbytes - b, p->data, p->nbytes)) != NULL) {
        size_t e = (size_t)(hit - s->data);
        if (append_piece(l, self, b, e) < 0)
            goto fail;
        b = e + p->nbytes;
    }
    if (append_piece(l, self, b, s->nbytes) < 0)
        goto fail;
    return l;
fail:
    DECREF(l);
    return NULL;
}

/* Start of the character that ends before byte e (> 0). */
static size_t prev_char(StrObject *s, size_t e)
{
    size_t k = e - 1;
    while (k > 0 && is_cont((unsigned char)s->data[k]))
        k--;
    return k;
}

/* rsplit() on runs of whitespace, appending right to left. */
static int rsplit_whitespace(Object *l, Object *self, intptr_t maxsplit)
{
    StrObject *s = S(self);
    size_t e = s->nbytes, len;
    while (e > 0) {
        while (e > 0 && space_at(s, prev_char(s, e), &len))   /* trailing spaces */
            e = prev_char(s, e);
        if (e == 0)
            break;
        size_t w = e;
        if (maxsplit-- == 0)   /* the rest, leading spaces included */
            w = 0;
        else
            while (w > 0 && !space_at(s, prev_char(s, w), &len))
                w = prev_char(s, w);
        if (append_piece(l, self, w, e) < 0)
            return -1;
        e = w;
    }
    return 0;
}

static int rsplit_sep(Object *l, Object *self, Object *sep, intptr_t maxsplit)
{
    StrObject *s = S(self), *p = S(sep);
    size_t e = s->nbytes;
    const char *hit;
    while (maxsplit-- != 0 && (hit = rfind_bytes(s->data, e, p->data, p->nbytes)) != NULL) {
        size_t b = (size_t)(hit - s->data);
        if (append_piece(l, self, b + p->nbytes, e) < 0)
            return -1;
        e = b;
    }
    return append_piece(l, self, 0, e);
}

/* rsplit: collect right to left, then reverse the list in place. */
static Object *rsplit_impl(Object *self, Object *sep, intptr_t maxsplit)
{
    Object *l = list_new(0);
    if (l == NULL)
        return NULL;
    int r = sep ? rsplit_sep(l, self, sep, maxsplit) : rsplit_whitespace(l, self, maxsplit);
    if (r < 0) {
        DECREF(l);
        return NULL;
    }
    Object **it = LIST_ITEMS(l);
    for (intptr_t i = 0, j = VAR_SIZE(l) - 1; i < j; i++, j--) {
        Object *t = it[i];
        it[i] = it[j];
        it[j] = t;
    }
    return l;
}

static Object *split_common(const char *name, Object *self, Object *const *args,
                            size_t nargs, Object *kwnames, bool rev)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Object *out[2];
    if (arg_unpack(name, args, nargs, kwnames, names, 0, out) < 0)
        return NULL;
    Object *sep = out[0] == None ? NULL : out[0];
    intptr_t maxsplit = -1;
    if (sep && !STR_CHECK(sep))
        return err_set(Exc_TypeError, "must be str or None, not %T", sep);
    if (out[1]) {
        if (!has_index(out[1]))
            return err_set(Exc_TypeError, "'%T' object cannot be interpreted as an integer", out[1]);
        if ((maxsplit = as_ssize(out[1], SSIZE_MSG)) == -1 && err_occurred())
            return NULL;
    }
    if (sep && S(sep)->nbytes == 0)
        return err_set(Exc_ValueError, "empty separator");
    if (rev)
        return rsplit_impl(self, sep, maxsplit);
    return sep ? split_sep(self, sep, maxsplit) : split_whitespace(self, maxsplit);
}

static Object *m_split(Object *self, Object *const *a, size_t n, Object *kw)
{
    return split_common("split", self, a, n, kw, false);
}
static Object *m_rsplit(Object *self, Object *const *a, size_t n, Object *kw)
{
    return split_common("rsplit", self, a, n, kw, true);
}

/* Length in bytes of the line break at b, 0 if none. */
static size_t line_break_at(StrObject *s, size_t b)
{
    unsigned char c = (unsigned char)s->data[b];
    if (c == '\r')
        return b + 1 < s->nbytes && s->data[b + 1] == '\n' ? 2 : 1;
    if (c == '\n' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E))
        return 1;
    if (c < 0x80)
        return 0;
    size_t len;
    uint32_t cp = decode(s->data + b, &len);
    return cp == 0x85 || cp == 0x2028 || cp == 0x2029 ? len : 0;
}

static Object *m_splitlines(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"keepends", NULL};
    Object *out[1];
    if (arg_unpack("splitlines", args, nargs, kwnames, names, 0, out) < 0)
        return NULL;
    int keep = 0;
    if (out[0] && (keep = obj_is_true(out[0])) < 0)
        return NULL;
    StrObject *s = S(self);
    Object *l = list_new(0);
    if (l == NULL)
        return NULL;
    size_t b = 0, w = 0;
    while (b < s->nbytes) {
        size_t k = line_break_at(s, b);
        if (k == 0) {
            b++;
            continue;
        }
        if (append_piece(l, self, w, keep ? b + k : b) < 0) {
            DECREF(l);
            return NULL;
        }
        b += k;
        w = b;
    }
    if (w < s->nbytes && append_piece(l, self, w, s->nbytes) < 0) {
        DECREF(l);
        return NULL;
    }
    return l;
}

static Object *m_partition_common(const char *name, Object *self, Object *const *args,
                                  size_t nargs, Object *kwnames, bool rev)
{
    if (check_args(name, OLD_STYLE, nargs, kwnames, 1, 1) < 0 || !need_str(args[0]))
        return NULL;
    StrObject *s = S(self), *p = S(args[0]);
    if (p->nbytes == 0)
        return err_set(Exc_ValueError, "empty separator");
    const char *hit = rev ? rfind_bytes(s->data, s->nbytes, p->data, p->nbytes)
                          : find_bytes(s->data, s->nbytes, p->data, p->nbytes);
    Object *a, *b, *c;
    if (hit == NULL) {
        Object *e = make_str("", 0, 0, true);
        if (e == NULL)
            return NULL;
        Object *whole = subbytes(self, 0, s->nbytes);
        if (whole == NULL) {
            DECREF(e);
            return NULL;
        }
        a = rev ? newref(e) : whole;
        c = rev ? whole : newref(e);
        b = e;
    } else {
        size_t at = (size_t)(hit - s->data);
        a = subbytes(self, 0, at);
        b = newref(args[0]);
        c = subbytes(self, at + p->nbytes, s->nbytes);
    }
    Object *t = (a && c) ? tuple_pack(3, a, b, c) : NULL;
    XDECREF(a);
    DECREF(b);
    XDECREF(c);
    return t;
}

static Object *m_partition(Object *self, Object *const *a, size_t n, Object *kw)
{
    return m_partition_common("partition", self, a, n, kw, false);
}
static Object *m_rpartition(Object *self, Object *const *a, size_t n, Object *kw)
{
    return m_partition_common("rpartition", self, a, n, kw, true);
}

/* ---- join ---- */

/* Join the n items (all checked to be str) with sep. */
static Object *join_items(Object *sep, Object *const *items, size_t n)
{
    if (n == 1 && STR_CHECK_EXACT(items[0]))
        return newref(items[0]);
    StrObject *s = S(sep);
    size_t total = n ? s->nbytes * (n - 1) : 0;
    intptr_t cps = n ? VAR_SIZE(s) * (intptr_t)(n - 1) : 0;
    bool ascii = s->ascii || n < 2;
    for (size_t i = 0; i < n; i++) {
        Object *x = items[i];
        if (!STR_CHECK(x))
            return err_set(Exc_TypeError, "sequence item %zu: expected str instance, %T found",
                           i, x);
        total += S(x)->nbytes;
        cps += VAR_SIZE(x);
        ascii &= S(x)->ascii;
    }
    if (total == 0)
        return make_str("", 0, 0, true);
    Object *r = new_str(total, cps, ascii);
    if (r == NULL)
        return NULL;
    char *d = S(r)->data;
    for (size_t i = 0; i < n; i++) {
        if (i && s->nbytes) {
            memcpy(d, s->data, s->nbytes);
            d += s->nbytes;
        }
        memcpy(d, S(items[i])->data, S(items[i])->nbytes);
        d += S(items[i])->nbytes;
    }
    if (cps == 1 && ascii) {   /* keep the one-character singletons unique */
        Object *c = make_str(S(r)->data, 1, 1, true);
        DECREF(r);
        return c;
    }
    return r;
}

Object *str_join(Object *sep, Object *iterable)
{
    if (LIST_CHECK(iterable) || TUPLE_CHECK(iterable)) {
        Object **items = LIST_CHECK(iterable) ? LIST_ITEMS(iterable) : TUPLE_ITEMS(iterable);
        /* a list's items may change under a str subclass' methods, but
         * join_items calls none: borrowing them is safe */
        return join_items(sep, items, (size_t)VAR_SIZE(iterable));
    }
    Object *it = obj_iter(iterable);
    if (it == NULL) {
        if (err_matches(Exc_TypeError)) {
            err_clear();
            err_set(Exc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    Object *l = list_new(0), *x;
    if (l == NULL) {
        DECREF(it);
        return NULL;
    }
    while ((x = obj_next(it)) != NULL) {
        int r = list_append(l, x);
        DECREF(x);
        if (r < 0)
            break;
    }
    DECREF(it);
    Object *r = err_occurred() ? NULL : join_items(sep, LIST_ITEMS(l), (size_t)VAR_SIZE(l));
    DECREF(l);
    return r;
}

static Object *m_join(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (NKW(kwnames))
        return err_set(Exc_TypeError, "str.join() takes no keyword arguments");
    if (nargs != 1)
        return err_set(Exc_TypeError, "str.join() takes exactly one argument (%zu given)", nargs);
    return str_join(self, args[0]);
}

/* ---- strip ---- */

static bool in_chars(StrObject *chars, uint32_t c)
{
    if (chars == NULL)
        return u_isspace(c);
    if (c < 0x80)
        return memchr(chars->data, (int)c, chars->nbytes) != NULL;
    char buf[4];
    size_t n = encode(c, buf);
    return find_bytes(chars->data, chars->nbytes, buf, n) != NULL;
}

/* which: 1 left, 2 right, 3 both. */
static Object *strip_common(const char *name, Object *self, Object *const *args,
                            size_t nargs, Object *kwnames, int which)
{
    if (check_args(name, CLINIC, nargs, kwnames, 0, 1) < 0)
        return NULL;
    StrObject *chars = NULL;
    if (nargs && args[0] != None) {
        if (!STR_CHECK(args[0]))
            return err_set(Exc_TypeError, "%s arg must be None or str", name);
        chars = S(args[0]);
    }
    StrObject *s = S(self);
    size_t b = 0, e = s->nbytes, len;
    if (which & 1)
        while (b < e && in_chars(chars, decode(s->data + b, &len)))
            b += len;
    if (which & 2)
        while (e > b) {
            size_t k = e - 1;
            while (is_cont((unsigned char)s->data[k]))
                k--;
            if (!in_chars(chars, decode(s->data + k, &len)))
                break;
            e = k;
        }
    return subbytes(self, b, e);
}

static Object *m_strip(Object *self, Object *const *a, size_t n, Object *kw)
{
    return strip_common("strip", self, a, n, kw, 3);
}
static Object *m_lstrip(Object *self, Object *const *a, size_t n, Object *kw)
{
    return strip_common("lstrip", self, a, n, kw, 1);
}
static Object *m_rstrip(Object *self, Object *const *a, size_t n, Object *kw)
{
    return strip_common("rstrip", self, a, n, kw, 2);
}

/* ---- replace ---- */

static Object *m_replace(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (check_args("replace", CLINIC, nargs, kwnames, 2, 3) < 0)
        return NULL;
    for (int i = 0; i < 2; i++)
        if (!STR_CHECK(args[i]))
            return err_set(Exc_TypeError, "replace() argument %d must be str, not %T",
                           i + 1, args[i]);
    intptr_t count = -1;
    if (nargs > 2) {
        if (!has_index(args[2]))
            return err_set(Exc_TypeError, "'%T' object cannot be interpreted as an integer", args[2]);
        if ((count = as_ssize(args[2], SSIZE_MSG)) == -1 && err_occurred())
            return NULL;
    }
    StrObject *s = S(self), *old = S(args[0]), *new = S(args[1]);
    if (count < 0)
        count = -1;           /* any negative count means all; -1 never reaches 0 */
    StrBuilder sb;
    sb_init(&sb);
    size_t b = 0;
    if (old->nbytes == 0) {   /* insert new before every character and at the end */
        size_t len;
        while (count != 0 && b <= s->nbytes) {
            sb_add(&sb, new->data, new->nbytes);
            count--;
            if (b == s->nbytes) {
                b++;
                break;
            }
            decode(s->data + b, &len);
            sb_add(&sb, s->data + b, len);
            b += len;
        }
        if (b < s->nbytes)
            sb_add(&sb, s->data + b, s->nbytes - b);
        return sb_finish(&sb);
    }
    const char *hit;
    while (count-- != 0
           && (hit = find_bytes(s->data + b, s->nbytes - b, old->data, old->nbytes)) != NULL) {
        sb_add(&sb, s->data + b, (size_t)(hit - s->data) - b);
        sb_add(&sb, new->data, new->nbytes);
        b = (size_t)(hit - s->data) + old->nbytes;
    }
    if (b == 0 && STR_CHECK_EXACT(self)) {   /* nothing replaced */
        sb_discard(&sb);
        return newref(self);
    }
    sb_add(&sb, s->data + b, s->nbytes - b);
    return sb_finish(&sb);
}

/* ---- case conversion ---- */

enum { C_LOWER, C_UPPER, C_CASEFOLD, C_SWAP, C_TITLE, C_CAPITALIZE };

/* Final sigma rule: capital sigma lowers to final sigma when a cased
 * letter precedes it and none follows (ignoring the case-ignorable). */
static bool final_sigma(StrObject *s, size_t b)
{
    size_t k = b, len;
    bool before = false;
    while (k > 0) {
        k--;
        while (k > 0 && is_cont((unsigned char)s->data[k]))
            k--;
        uint32_t c = decode(s->data + k, &len);
        if (c == '\'' || c == 0xB7 || c == 0x2019)
            continue;
        before = u_iscased(c);
        break;
    }
    if (!before)
        return false;
    decode(s->data + b, &len);
    for (k = b + len; k < s->nbytes; k += len) {
        uint32_t c = decode(s->data + k, &len);
        if (c == '\'' || c == 0xB7 || c == 0x2019)
            continue;
        return !u_iscased(c);
    }
    return true;
}

/* Append the lower/upper/folded form of c, including the one-to-many
 * special cases of the supported ranges. */
static void add_lower(StrBuilder *sb, StrObject *s, size_t b, uint32_t c, bool fold)
{
    if (c == 0x130) {
        sb_add(sb, "i\xcc\x87", 3);
        return;
    }
    if (fold) {
        if (c == 0xDF) {
            sb_add(sb, "ss", 2);
            return;
        }
        if (c == 0x149) {
            sb_add(sb, "\xca\xbcn", 3);
            return;
        }
        if (c == 0x3C2 || c == 0xB5 || c == 0x17F) {
            sb_add_codepoint(sb, c == 0x3C2 ? 0x3C3 : c == 0xB5 ? 0x3BC : 's');
            return;
        }
    } else if (c == 0x3A3 && final_sigma(s, b)) {
        sb_add_codepoint(sb, 0x3C2);
        return;
    }
    sb_add_codepoint(sb, u_lower(c));
}

static void add_upper(StrBuilder *sb, uint32_t c, bool title)
{
    if (c == 0xDF)
        sb_add(sb, title ? "Ss" : "SS", 2);
    else if (c == 0x149)   /* U+02BC 'N' in both upper and title case */
        sb_add(sb, "\xca\xbcN", 3);
    else
        sb_add_codepoint(sb, u_upper(c));
}

static Object *ascii_case(Object *self, int mode)
{
    StrObject *s = S(self);
    Object *r = new_str(s->nbytes, VAR_SIZE(s), true);
    if (r == NULL)
        return NULL;
    const unsigned char *src = (const unsigned char *)s->data;
    char *d = S(r)->data;
    size_t n = s->nbytes;
    if (mode == C_UPPER) {
        for (size_t i = 0; i < n; i++)
            d[i] = (char)(src[i] - (((unsigned)(src[i] - 'a') < 26u) << 5));
    } else if (mode == C_LOWER || mode == C_CASEFOLD) {
        for (size_t i = 0; i < n; i++)
            d[i] = (char)(src[i] + (((unsigned)(src[i] - 'A') < 26u) << 5));
    } else {
        bool prev_cased = false;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = src[i];
            bool up = (unsigned)(c - 'A') < 26u, low = (unsigned)(c - 'a') < 26u;
            bool to_up = mode == C_SWAP ? low : mode == C_TITLE ? !prev_cased : i == 0;
            prev_cased = up || low;
            d[i] = (char)(to_up ? (low ? c - 32 : c) : (up ? c + 32 : c));
        }
    }
    if (n == 1) {
        Object *c = make_str(d, 1, 1, true);
        DECREF(r);
        return c;
    }
    return r;
}

static Object *case_convert(Object *self, int mode)
{
    StrObject *s = S(self);
    if (s->ascii)
        return ascii_case(self, mode);
    StrBuilder sb;
    sb_init(&sb);
    bool prev_cased = false, first = true;
    for (size_t b = 0, len; b < s->nbytes; b += len) {
        uint32_t c = decode(s->data + b, &len);
        switch (mode) {
        case C_LOWER: add_lower(&sb, s, b, c, false); break;
        case C_CASEFOLD: add_lower(&sb, s, b, c, true); break;
        case C_UPPER: add_upper(&sb, c, false); break;
        case C_SWAP:
            if (u_isupper(c))
                add_lower(&sb, s, b, c, false);
            else
                add_upper(&sb, c, false);
            break;
        case C_TITLE:
            if (prev_cased)
                add_lower(&sb, s, b, c, false);
            else
                add_upper(&sb, c, true);
            break;
        default:
            if (first)
                add_upper(&sb, c, true);
            else
                add_lower(&sb, s, b, c, false);
        }
        prev_cased = u_iscased(c);
        first = false;
    }
    return sb_finish(&sb);
}

#define CASE_METHOD(fn, name, mode) \
    static Object *fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) \
    { NOARGS(name); return case_convert(self, mode); }
CASE_METHOD(m_lower, "lower", C_LOWER)
CASE_METHOD(m_upper, "upper", C_UPPER)
CASE_METHOD(m_casefold, "casefold", C_CASEFOLD)
CASE_METHOD(m_swapcase, "swapcase", C_SWAP)
CASE_METHOD(m_title, "title", C_TITLE)
CASE_METHOD(m_capitalize, "capitalize", C_CAPITALIZE)

/* ---- predicates ---- */

typedef bool (*CharPred)(uint32_t);

/* All characters satisfy pred, and the string is not empty. */
static Object *all_chars(Object *self, CharPred pred)
{
    StrObject *s = S(self);
    if (s->nbytes == 0)
        return bool_from(false);
    for (size_t b = 0, len; b < s->nbytes; b += len)
        if (!pred(decode(s->data + b, &len)))
            return bool_from(false);
    return bool_from(true);
}

#define PRED_METHOD(fn, name, pred) \
    static Object *fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) \
    { NOARGS(name); return all_chars(self, pred); }
PRED_METHOD(m_isdigit, "isdigit", u_isdigit)
PRED_METHOD(m_isdecimal, "isdecimal", u_isdecimal)
PRED_METHOD(m_isnumeric, "isnumeric", u_isnumeric)
PRED_METHOD(m_isalpha, "isalpha", u_isalpha)
PRED_METHOD(m_isalnum, "isalnum", u_isalnum)
PRED_METHOD(m_isspace, "isspace", u_isspace)

static bool u_isprintable(uint32_t c) { return is_printable(c); }

static Object *m_isprintable(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("isprintable");
    return S(self)->nbytes == 0 ? bool_from(true) : all_chars(self, u_isprintable);
}

static Object *m_isascii(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("isascii");
    return bool_from(S(self)->ascii);
}

/* isupper/islower: some cased character, none of the other case. */
static Object *case_pred(Object *self, bool upper)
{
    StrObject *s = S(self);
    bool cased = false;
    for (size_t b = 0, len; b < s->nbytes; b += len) {
        uint32_t c = decode(s->data + b, &len);
        if (upper ? u_islower(c) : u_isupper(c))
            return bool_from(false);
        cased |= upper ? u_isupper(c) : u_islower(c);
    }
    return bool_from(cased);
}

static Object *m_isupper(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("isupper");
    return case_pred(self, true);
}
static Object *m_islower(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("islower");
    return case_pred(self, false);
}

static Object *m_istitle(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("istitle");
    StrObject *s = S(self);
    bool cased = false, prev = false;
    for (size_t b = 0, len; b < s->nbytes; b += len) {
        uint32_t c = decode(s->data + b, &len);
        if (u_isupper(c)) {
            if (prev)
                return bool_from(false);
            prev = cased = true;
        } else if (u_islower(c)) {
            if (!prev)
                return bool_from(false);
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return bool_from(cased);
}

static Object *m_isidentifier(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("isidentifier");
    StrObject *s = S(self);
    if (s->nbytes == 0)
        return bool_from(false);
    for (size_t b = 0, len; b < s->nbytes; b += len) {
        uint32_t c = decode(s->data + b, &len);
        bool ok = c == '_' || u_isalpha(c) || (b > 0 && u_isdecimal(c));
        if (!ok)
            return bool_from(false);
    }
    return bool_from(true);
}

/* ---- padding ---- */

/* self with left and right copies of the fill character around it. */
static Object *pad(Object *self, intptr_t left, intptr_t right, Object *fill)
{
    if (left <= 0 && right <= 0)
        return str_str_slot(self);
    left = left < 0 ? 0 : left;
    right = right < 0 ? 0 : right;
    StrObject *s = S(self), *f = S(fill);
    size_t fb = f->nbytes;
    if ((size_t)(left + right) > (SIZE_MAX / 4 - s->nbytes) / fb)
        return err_no_memory();
    size_t total = s->nbytes + (size_t)(left + right) * fb;
    Object *r = new_str(total, VAR_SIZE(s) + left + right, s->ascii && f->ascii);
    if (r == NULL)
        return NULL;
    char *d = S(r)->data;
    for (intptr_t i = 0; i < left; i++, d += fb)
        memcpy(d, f->data, fb);
    memcpy(d, s->data, s->nbytes);
    d += s->nbytes;
    for (intptr_t i = 0; i < right; i++, d += fb)
        memcpy(d, f->data, fb);
    return r;
}

/* which: 0 center, 1 ljust, 2 rjust. */
static Object *just_common(const char *name, Object *self, Object *const *args,
                           size_t nargs, Object *kwnames, int which)
{
    if (check_args(name, CLINIC, nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (!has_index(args[0]))
        return err_set(Exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    intptr_t width = as_ssize(args[0], SSIZE_MSG);
    if (width == -1 && err_occurred())
        return NULL;
    Object *fill = NULL;
    if (nargs > 1) {
        fill = args[1];
        if (!STR_CHECK(fill))
            return err_set(Exc_TypeError, "The fill character must be a unicode character, not %T",
                           fill);
        if (VAR_SIZE(fill) != 1)
            return err_set(Exc_TypeError, "The fill character must be exactly one character long");
    } else {
        Object *space = make_str(" ", 1, 1, true);   /* the cached singleton */
        if (space == NULL)
            return NULL;
        fill = space;
        DECREF(space);   /* still held by char_strs */
    }
    intptr_t marg = width - VAR_SIZE(self);
    if (marg <= 0)
        return str_str_slot(self);
    if (which == 1)
        return pad(self, 0, marg, fill);
    if (which == 2)
        return pad(self, marg, 0, fill);
    intptr_t left = marg / 2 + (marg & width & 1);   /* CPython's rounding */
    return pad(self, left, marg - left, fill);
}

static Object *m_center(Object *self, Object *const *a, size_t n, Object *kw)
{
    return just_common("center", self, a, n, kw, 0);
}
static Object *m_ljust(Object *self, Object *const *a, size_t n, Object *kw)
{
    return just_common("ljust", self, a, n, kw, 1);
}
static Object *m_rjust(Object *self, Object *const *a, size_t n, Object *kw)
{
    return just_common("rjust", self, a, n, kw, 2);
}

static Object *m_zfill(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (check_args("zfill", OLD_STYLE, nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!has_index(args[0]))
        return err_set(Exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    intptr_t width = as_ssize(args[0], SSIZE_MSG);
    if (width == -1 && err_occurred())
        return NULL;
    StrObject *s = S(self);
    intptr_t fill = width - VAR_SIZE(s);
    if (fill <= 0)
        return str_str_slot(self);
    Object *r = new_str(s->nbytes + (size_t)fill, width, s->ascii);
    if (r == NULL)
        return NULL;
    char *d = S(r)->data;
    size_t sign = s->nbytes && (s->data[0] == '+' || s->data[0] == '-');
    memcpy(d, s->data, sign);
    memset(d + sign, '0', (size_t)fill);
    memcpy(d + sign + fill, s->data + sign, s->nbytes - sign);
    return r;
}

static Object *m_expandtabs(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"tabsize", NULL};
    Object *out[1];
    if (arg_unpack("expandtabs", args, nargs, kwnames, names, 0, out) < 0)
        return NULL;
    intptr_t tab = 8;
    if (out[0]) {
        if (!has_index(out[0]))
            return err_set(Exc_TypeError, "'%T' object cannot be interpreted as an integer", out[0]);
        if ((tab = as_ssize(out[0], "Python int too large to convert to C int")) == -1 && err_occurred())
            return NULL;
    }
    StrObject *s = S(self);
    if (memchr(s->data, '\t', s->nbytes) == NULL)
        return str_str_slot(self);
    StrBuilder sb;
    sb_init(&sb);
    intptr_t col = 0;
    for (size_t b = 0, len; b < s->nbytes; b += len) {
        uint32_t c = decode(s->data + b, &len);
        if (c == '\t') {
            if (tab > 0) {
                intptr_t k = tab - col % tab;
                for (intptr_t i = 0; i < k; i++)
                    sb_add_char(&sb, ' ');
                col += k;
            }
        } else {
            sb_add(&sb, s->data + b, len);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return sb_finish(&sb);
}

static Object *affix_remove(const char *name, Object *self, Object *const *args,
                            size_t nargs, Object *kwnames, bool suffix)
{
    if (check_args(name, OLD_STYLE, nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return err_set(Exc_TypeError, "%s() argument must be str, not %T", name, args[0]);
    StrObject *s = S(self), *a = S(args[0]);
    if (a->nbytes > 0 && a->nbytes <= s->nbytes) {
        size_t at = suffix ? s->nbytes - a->nbytes : 0;
        if (memcmp(s->data + at, a->data, a->nbytes) == 0)
            return suffix ? subbytes(self, 0, at) : subbytes(self, a->nbytes, s->nbytes);
    }
    return str_str_slot(self);
}

static Object *m_removeprefix(Object *self, Object *const *a, size_t n, Object *kw)
{
    return affix_remove("removeprefix", self, a, n, kw, false);
}
static Object *m_removesuffix(Object *self, Object *const *a, size_t n, Object *kw)
{
    return affix_remove("removesuffix", self, a, n, kw, true);
}

/* ---- translate / maketrans ---- */

/* Append the translation of c through table; -1 on error. */
static int translate_char(StrBuilder *sb, Object *table, uint32_t c, const char *src,
                          size_t len)
{
    Object *key = int_from_i64(c);
    if (key == NULL)
        return -1;
    Object *v = obj_getitem(table, key);
    DECREF(key);
    if (v == NULL) {
        if (!err_matches(Exc_LookupError))
            return -1;
        err_clear();
        sb_add(sb, src, len);
        return 0;
    }
    int r = 0;
    if (v == None) {
    } else if (STR_CHECK(v)) {
        sb_add_str(sb, v);
    } else if (INT_CHECK(v)) {
        int64_t x;
        if (int_to_i64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
            err_set(Exc_ValueError, "character mapping must be in range(0x110000)");
            r = -1;
        } else {
            sb_add_codepoint(sb, (uint32_t)x);
        }
    } else {
        err_set(Exc_TypeError, "character mapping must return integer, None or str");
        r = -1;
    }
    DECREF(v);
    return r;
}

static Object *m_translate(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (check_args("translate", OLD_STYLE, nargs, kwnames, 1, 1) < 0)
        return NULL;
    StrObject *s = S(self);
    StrBuilder sb;
    sb_init(&sb);
    for (size_t b = 0, len; b < s->nbytes; b += len) {
        uint32_t c = decode(s->data + b, &len);
        if (translate_char(&sb, args[0], c, s->data + b, len) < 0) {
            sb_discard(&sb);
            return NULL;
        }
    }
    return sb_finish(&sb);
}

/* Set d[ord(k)] = v for one maketrans entry. */
static int maketrans_set(Object *d, uint32_t k, Object *v)
{
    Object *key = int_from_i64(k);
    if (key == NULL)
        return -1;
    int r = dict_set(d, key, v);
    DECREF(key);
    return r;
}

static uint32_t first_cp(Object *s)
{
    size_t len;
    return decode(S(s)->data, &len);
}

static int maketrans_dict(Object *d, Object *src)
{
    size_t pos = 0;
    Object *k, *v;
    while (dict_next(src, &pos, &k, &v)) {
        if (STR_CHECK(k)) {
            if (VAR_SIZE(k) != 1) {
                err_set(Exc_ValueError, "string keys in translate table must be of length 1");
                return -1;
            }
            if (maketrans_set(d, first_cp(k), v) < 0)
                return -1;
        } else if (INT_CHECK(k)) {
            if (dict_set(d, k, v) < 0)
                return -1;
        } else {
            err_set(Exc_TypeError, "keys in translate table must be strings or integers");
            return -1;
        }
    }
    return 0;
}

static int maketrans_strs(Object *d, Object *const *args, size_t nargs)
{
    for (size_t i = 0; i < nargs; i++)
        if (!STR_CHECK(args[i])) {
            err_set(Exc_TypeError, "maketrans() argument %zu must be str, not %T", i + 1, args[i]);
            return -1;
        }
    if (VAR_SIZE(args[0]) != VAR_SIZE(args[1])) {
        err_set(Exc_ValueError, "the first two maketrans arguments must have equal length");
        return -1;
    }
    StrObject *x = S(args[0]), *y = S(args[1]);
    for (size_t a = 0, b = 0, la, lb; a < x->nbytes; a += la, b += lb) {
        uint32_t cx = decode(x->data + a, &la), cy = decode(y->data + b, &lb);
        Object *v = int_from_i64(cy);
        int r = v ? maketrans_set(d, cx, v) : -1;
        XDECREF(v);
        if (r < 0)
            return -1;
    }
    if (nargs == 3) {
        StrObject *z = S(args[2]);
        for (size_t a = 0, la; a < z->nbytes; a += la)
            if (maketrans_set(d, decode(z->data + a, &la), None) < 0)
                return -1;
    }
    return 0;
}

static Object *m_maketrans(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (check_args("maketrans", CLINIC, nargs, kwnames, 1, 3) < 0)
        return NULL;
    if (nargs == 1 && !DICT_CHECK(args[0]))
        return err_set(Exc_TypeError,
                       "if you give only one argument to maketrans it must be a dict");
    Object *d = dict_new();
    if (d == NULL)
        return NULL;
    int r = nargs == 1 ? maketrans_dict(d, args[0]) : maketrans_strs(d, args, nargs);
    if (r < 0) {
        DECREF(d);
        return NULL;
    }
    return d;
}

/* ---- format ---- */

static Object *m_format(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    return str_format_fields(self, args, nargs, kwnames, NULL);
}

static Object *m_format_map(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (check_args("format_map", OLD_STYLE, nargs, kwnames, 1, 1) < 0)
        return NULL;
    return str_format_fields(self, NULL, 0, NULL, args[0]);
}

static Object *m_getnewargs(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("__getnewargs__");
    Object *c = str_str_slot(self);
    if (c == NULL)
        return NULL;
    Object *t = tuple_pack(1, c);
    DECREF(c);
    return t;
}

static const MethodDef str_methods[] = {
    {"split", m_split, 0}, {"rsplit", m_rsplit, 0}, {"splitlines", m_splitlines, 0},
    {"join", m_join, 0}, {"strip", m_strip, 0}, {"lstrip", m_lstrip, 0},
    {"rstrip", m_rstrip, 0}, {"replace", m_replace, 0}, {"find", m_find, 0},
    {"rfind", m_rfind, 0}, {"index", m_index, 0}, {"rindex", m_rindex, 0},
    {"count", m_count, 0}, {"startswith", m_startswith, 0}, {"endswith", m_endswith, 0},
    {"upper", m_upper, 0}, {"lower", m_lower, 0}, {"casefold", m_casefold, 0},
    {"capitalize", m_capitalize, 0}, {"title", m_title, 0}, {"swapcase", m_swapcase, 0},
    {"center", m_center, 0}, {"ljust", m_ljust, 0}, {"rjust", m_rjust, 0},
    {"zfill", m_zfill, 0}, {"format", m_format, 0}, {"format_map", m_format_map, 0},
    {"isdigit", m_isdigit, 0}, {"isdecimal", m_isdecimal, 0}, {"isnumeric", m_isnumeric, 0},
    {"isalpha", m_isalpha, 0}, {"isalnum", m_isalnum, 0}, {"isspace", m_isspace, 0},
    {"isupper", m_isupper, 0}, {"islower", m_islower, 0}, {"istitle", m_istitle, 0},
    {"isidentifier", m_isidentifier, 0}, {"isascii", m_isascii, 0},
    {"isprintable", m_isprintable, 0},
    {"partition", m_partition, 0}, {"rpartition", m_rpartition, 0},
    {"expandtabs", m_expandtabs, 0}, {"removeprefix", m_removeprefix, 0},
    {"removesuffix", m_removesuffix, 0}, {"translate", m_translate, 0},
    {"maketrans", m_maketrans, METH_STATIC},
    {"__getnewargs__", m_getnewargs, 0},
    {NULL, NULL, 0},
};

Type Str_type = {
    .base = {1, &Type_type},
    .name = "str",
    .basicsize = sizeof(StrObject),
    .itemsize = 1,
    .flags = TF_STR_SUBCLASS | TF_BASETYPE,
    .dealloc = str_dealloc,
    .new_ = str_new,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .number = &str_number,
    .length = str_length_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .methods = str_methods,
};

int str_init(void)
{
    if (type_ready(&Str_type) < 0 || type_ready(&StrIter_type) < 0
        || type_ready(&StrAsciiIter_type) < 0)
        return -1;
    if (make_str("", 0, 0, true) == NULL)   /* the empty singleton, kept forever */
        return -1;
    DECREF(empty_str);
    return 0;
}
