/* int.c — arbitrary-precision integers.
 *
 * An int holds its value either in a machine word (`small`) or, when it
 * does not fit an int64_t, in a GMP integer (`big`).  The representation
 * is normalised: a value that fits an int64_t is never big, so two equal
 * ints always have the same form and the fast paths only have to test
 * `is_big`.  Every operation tries the word path first and falls back to
 * GMP on overflow; GMP results go through from_mpz(), which narrows them
 * again.
 *
 * Ints from -5 to 1024 are shared: int_init creates them once and keeps a
 * reference for the life of the runtime, so loop counters and indexes do
 * not allocate.
 */
#include <gmp.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "int.h"
#include "err.h"
#include "mem.h"
#include "str.h"
#include "list.h"

_Static_assert(sizeof(long) == sizeof(int64_t), "GMP's si functions must take int64");

typedef struct {
    Object base;
    bool is_big;        /* value lives in big, and does not fit int64 */
    int64_t small;      /* value when !is_big */
    mpz_t big;          /* initialised only when is_big */
} IntObject;

#define I(o) ((IntObject *)(o))
#define IS_BIG(o) (I(o)->is_big)
#define SMALL(o) (I(o)->small)

#define CACHE_MIN (-5)
#define CACHE_MAX 1024
static Object *small_ints[CACHE_MAX - CACHE_MIN + 1];

int int_max_str_digits = 4300;

/* CPython's hash modulus: the Mersenne prime 2**61 - 1. */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

/* ---- construction ---- */

static Object *alloc_small(Type *t, int64_t v)
{
    Object *o = obj_alloc(t);
    if (!o)
        return NULL;
    SMALL(o) = v;
    return o;
}

Object *int_from_i64(int64_t v)
{
    if (v >= CACHE_MIN && v <= CACHE_MAX && small_ints[v - CACHE_MIN])
        return newref(small_ints[v - CACHE_MIN]);
    return alloc_small(&Int_type, v);
}

/* An exact int for the GMP value z, which it clears (the limbs move into
 * the new object when z does not fit a word). */
Object *int_from_mpz(mpz_t z)
{
    if (mpz_fits_slong_p(z)) {
        int64_t v = mpz_get_si(z);
        mpz_clear(z);
        return int_from_i64(v);
    }
    Object *o = obj_alloc(&Int_type);
    if (!o) {
        mpz_clear(z);
        return NULL;
    }
    I(o)->is_big = true;
    *I(o)->big = *z;    /* steal the limbs */
    return o;
}

Object *int_from_u64(uint64_t v)
{
    if (v <= INT64_MAX)
        return int_from_i64((int64_t)v);
    mpz_t z;
    mpz_init_set_ui(z, v);
    return int_from_mpz(z);
}

void int_get_mpz(Object *i, mpz_t out)
{
    if (IS_BIG(i))
        mpz_init_set(out, I(i)->big);
    else
        mpz_init_set_si(out, SMALL(i));
}

/* A read-only GMP view of an int: the object's own limbs when big, else
 * tmp initialised with the word.  Release with unview(). */
static mpz_srcptr view(Object *o, mpz_t tmp)
{
    if (IS_BIG(o))
        return I(o)->big;
    mpz_init_set_si(tmp, SMALL(o));
    return tmp;
}

static void unview(Object *o, mpz_t tmp)
{
    if (!IS_BIG(o))
        mpz_clear(tmp);
}

Object *int_new_of_type(Type *t, Object *v)
{
    if (t == &Int_type && INT_CHECK_EXACT(v))
        return newref(v);
    Object *o = obj_alloc(t);
    if (!o)
        return NULL;
    if (IS_BIG(v)) {
        I(o)->is_big = true;
        mpz_init_set(I(o)->big, I(v)->big);
    } else {
        SMALL(o) = SMALL(v);
    }
    return o;
}

/* An exact int equal to the int (or bool, or subclass) v. */
static Object *exact(Object *v)
{
    if (INT_CHECK_EXACT(v))
        return newref(v);
    if (!IS_BIG(v))
        return int_from_i64(SMALL(v));
    return int_new_of_type(&Int_type, v);
}

Object *int_from_double(double d)
{
    if (isinf(d))
        return err_set(Exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        return err_set(Exc_ValueError, "cannot convert float NaN to integer");
    if (d > -9.2e18 && d < 9.2e18)
        return int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);   /* exact: d is integral at this magnitude */
    return int_from_mpz(z);
}

static void int_dealloc(Object *o)
{
    if (IS_BIG(o))
        mpz_clear(I(o)->big);
    obj_free(o);
}

/* ---- conversions ---- */

int int_to_i64(Object *i, int64_t *out)
{
    if (IS_BIG(i))
        return -1;
    *out = SMALL(i);
    return 0;
}

int64_t int_as_i64(Object *i)
{
    if (IS_BIG(i)) {
        err_set(Exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return SMALL(i);
}

int int_sign(Object *i)
{
    if (IS_BIG(i))
        return mpz_sgn(I(i)->big);
    return (SMALL(i) > 0) - (SMALL(i) < 0);
}

uint64_t int_bit_length(Object *i)
{
    if (IS_BIG(i))
        return mpz_sizeinbase(I(i)->big, 2);
    uint64_t u = SMALL(i) < 0 ? -(uint64_t)SMALL(i) : (uint64_t)SMALL(i);
    return u ? 64 - (uint64_t)__builtin_clzll(u) : 0;
}

/* abs(z) rounded half-even to a double scaled by 2**-shift, i.e. the
 * correctly rounded value of |z| * 2**-shift as long as the result is a
 * normal double.  Keeps 55 significant bits plus a sticky bit so the
 * hardware's uint64 -> double conversion rounds exactly once. */
static double round_mpz(mpz_srcptr z, int64_t shift)
{
    uint64_t n = mpz_sizeinbase(z, 2);
    if (mpz_sgn(z) == 0)
        return 0.0;
    if (n <= 55) {
        mpz_t t;
        mpz_init(t);
        mpz_abs(t, z);
        double d = (double)mpz_get_ui(t);
        mpz_clear(t);
        return ldexp(d, (int)-shift);
    }
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    uint64_t drop = n - 55;
    bool sticky = mpz_scan1(t, 0) < drop;
    mpz_fdiv_q_2exp(t, t, drop);
    uint64_t top = mpz_get_ui(t) | (sticky ? 1u : 0u);
    mpz_clear(t);
    int64_t e = (int64_t)drop - shift;
    if (e > 2000)
        return HUGE_VAL;
    return ldexp((double)top, (int)e);
}

double int_as_double(Object *i)
{
    if (!IS_BIG(i))
        return (double)SMALL(i);    /* the conversion rounds half-even */
    double d = round_mpz(I(i)->big, 0);
    if (isinf(d)) {
        err_set(Exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return mpz_sgn(I(i)->big) < 0 ? -d : d;
}

double int_frexp(Object *i, int64_t *e)
{
    uint64_t n = int_bit_length(i);
    if (n == 0) {
        *e = 0;
        return 0.0;
    }
    mpz_t tmp;
    mpz_srcptr z = view(i, tmp);
    double m = round_mpz(z, (int64_t)n);    /* |i| / 2**n, in [0.5, 1] */
    unview(i, tmp);
    *e = (int64_t)n;
    if (m == 1.0) {     /* rounding carried into the next power of two */
        m = 0.5;
        *e += 1;
    }
    return m;
}

int int_cmp_double(Object *i, double d)
{
    if (!IS_BIG(i) && SMALL(i) > -(INT64_C(1) << 53) && SMALL(i) < (INT64_C(1) << 53)) {
        double x = (double)SMALL(i);    /* exact */
        return (x > d) - (x < d);
    }
    if (isinf(d))
        return d > 0 ? -1 : 1;
    mpz_t tmp;
    mpz_srcptr z = view(i, tmp);
    int c = mpz_cmp_d(z, d);    /* exact comparison */
    unview(i, tmp);
    return (c > 0) - (c < 0);
}

/* ---- repr and string conversion ---- */

static Object *digit_limit_error(void)
{
    return err_set(Exc_ValueError, "Exceeds the limit (%d digits) for integer string "
                   "conversion; use sys.set_int_max_str_digits() to increase the limit",
                   int_max_str_digits);
}

/* abs(i) in base (2..36), lower-case digits, with a '-' in front when
 * negative; prefix (may be "") goes between the sign and the digits. */
static Object *to_str(Object *i, int base, const char *prefix)
{
    char small[80];
    if (!IS_BIG(i)) {
        int64_t v = SMALL(i);
        uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
        char digits[70];
        size_t n = 0;
        do {
            digits[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        size_t k = 0;
        if (v < 0)
            small[k++] = '-';
        k += (size_t)snprintf(small + k, sizeof small - k, "%s", prefix);
        while (n)
            small[k++] = digits[--n];
        return str_from_utf8(small, k);
    }
    mpz_srcptr z = I(i)->big;
    size_t est = mpz_sizeinbase(z, base);
    /* sizeinbase is exact or one too large: decide early when it is sure. */
    if (base == 10 && int_max_str_digits > 0 && est > (size_t)int_max_str_digits + 1)
        return digit_limit_error();
    size_t plen = strlen(prefix);
    char *buf = mem_alloc_atomic(est + plen + 3);
    if (!buf)
        return err_no_memory();
    size_t k = 0;
    if (mpz_sgn(z) < 0)
        buf[k++] = '-';
    memcpy(buf + k, prefix, plen);
    k += plen;
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    mpz_get_str(buf + k, base, a);
    mpz_clear(a);
    size_t len = strlen(buf);
    if (base == 10 && int_max_str_digits > 0 && len - k > (size_t)int_max_str_digits) {
        mem_free(buf);
        return digit_limit_error();
    }
    Object *s = str_from_utf8(buf, len);
    mem_free(buf);
    return s;
}

static Object *int_repr(Object *o)
{
    return to_str(o, 10, "");
}

Object *int_to_base_str(Object *i, int base)
{
    switch (base) {
    case 2: return to_str(i, 2, "0b");
    case 8: return to_str(i, 8, "0o");
    case 16: return to_str(i, 16, "0x");
    default: return to_str(i, base, "");
    }
}

/* ---- parsing ---- */

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static Object *invalid_literal(const char *s, size_t n, int base)
{
    Object *orig = str_from_utf8(s, n);
    if (!orig)
        return NULL;
    err_set(Exc_ValueError, "invalid literal for int() with base %d: %R", base, orig);
    DECREF(orig);
    return NULL;
}

/* Skip a 0x/0o/0b prefix matching *base (or choosing it when *base is 0).
 * Returns the new position. */
static size_t skip_prefix(const char *s, size_t i, size_t end, int *base)
{
    if (end - i < 2 || s[i] != '0')
        return i;
    char c = (char)(s[i + 1] | 0x20);
    int b = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (b == 0 || (*base != 0 && *base != b))
        return i;
    *base = b;
    return i + 2;
}

/* Collect the digits of s[i..end) into buf (NUL-terminated), checking
 * that underscores sit only between digits (or right after a prefix).
 * Returns the number of digits, or -1 when the text is malformed. */
static intptr_t collect_digits(const char *s, size_t i, size_t end, int base,
                               bool after_prefix, char *buf)
{
    size_t n = 0;
    bool prev_digit = after_prefix;     /* "0x_1" is allowed */
    for (; i < end; i++) {
        if (s[i] == '_') {
            if (!prev_digit)
                return -1;
            prev_digit = false;
            continue;
        }
        if (digit_value(s[i]) >= base)
            return -1;
        buf[n++] = s[i];
        prev_digit = true;
    }
    if (n == 0 || !prev_digit)
        return -1;
    buf[n] = '\0';
    return (intptr_t)n;
}

/* A power-of-two base converts in linear time, so python3 exempts it from
 * the digit limit. */
static bool limited_base(int base)
{
    return (base & (base - 1)) != 0;
}

/* The value of valid digits when it fits a word (without GMP). */
static bool small_value(const char *digits, int base, bool neg, int64_t *out)
{
    int64_t v = 0;
    for (; *digits; digits++) {
        int64_t d = digit_value(*digits);
        if (__builtin_mul_overflow(v, base, &v) || __builtin_sub_overflow(v, d, &v))
            return false;
    }
    /* accumulated as a negative number, so INT64_MIN parses too */
    if (!neg && v == INT64_MIN)
        return false;
    *out = neg ? v : -v;
    return true;
}

Object *int_from_string(const char *s, size_t n, int base)
{
    int given_base = base;
    size_t i = 0, end = n;
    while (i < end && is_space(s[i]))
        i++;
    while (end > i && is_space(s[end - 1]))
        end--;
    bool neg = false;
    if (i < end && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    size_t start = i;
    i = skip_prefix(s, i, end, &base);
    bool prefixed = i != start;
    if (base == 0)
        base = 10;
    char *buf = mem_alloc_atomic(end - i + 2);
    if (!buf)
        return err_no_memory();
    intptr_t nd = collect_digits(s, i, end, base, prefixed, buf);
    /* Base 0 forbids leading zeros on a non-zero decimal ("012"). */
    if (nd > 0 && given_base == 0 && !prefixed && buf[0] == '0'
        && strspn(buf, "0") != (size_t)nd)
        nd = -1;
    if (nd < 0) {
        mem_free(buf);
        return invalid_literal(s, n, given_base);
    }
    if (limited_base(base) && int_max_str_digits > 0 && nd > int_max_str_digits) {
        mem_free(buf);
        return err_set(Exc_ValueError, "Exceeds the limit (%d digits) for integer string "
                       "conversion: value has %zd digits; use sys.set_int_max_str_digits() "
                       "to increase the limit", int_max_str_digits, nd);
    }
    int64_t v;
    if (small_value(buf, base, neg, &v)) {
        mem_free(buf);
        return int_from_i64(v);
    }
    mpz_t z;
    mpz_init_set_str(z, buf, base);     /* the digits are valid: cannot fail */
    mem_free(buf);
    if (neg)
        mpz_neg(z, z);
    return int_from_mpz(z);
}

/* ---- hashing ---- */

static intptr_t int_hash(Object *o)
{
    uint64_t h;
    bool neg;
    if (!IS_BIG(o)) {
        int64_t v = SMALL(o);
        neg = v < 0;
        h = (neg ? -(uint64_t)v : (uint64_t)v) % HASH_MODULUS;
    } else {
        neg = mpz_sgn(I(o)->big) < 0;
        h = mpz_tdiv_ui(I(o)->big, HASH_MODULUS);   /* |z| mod M */
    }
    int64_t r = neg ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : (intptr_t)r;
}

/* ---- comparison ---- */

static Object *cmp_result(int c, CompareOp op)
{
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return bool_from(r);
}

static int int_cmp(Object *a, Object *b)
{
    if (!IS_BIG(a) && !IS_BIG(b))
        return (SMALL(a) > SMALL(b)) - (SMALL(a) < SMALL(b));
    mpz_t ta, tb;
    mpz_srcptr x = view(a, ta), y = view(b, tb);
    int c = mpz_cmp(x, y);
    unview(a, ta);
    unview(b, tb);
    return (c > 0) - (c < 0);
}

static Object *int_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!INT_CHECK(a))
        return newref(NotImplemented);
    if (INT_CHECK(b))
        return cmp_result(int_cmp(a, b), op);
    if (FLOAT_CHECK(b)) {
        double d = float_value(b);
        if (isnan(d))
            return bool_from(op == CMP_NE);
        return cmp_result(int_cmp_double(a, d), op);
    }
    return newref(NotImplemented);
}

/* ---- arithmetic ---- */

#define BINARY_CHECK(a, b) \
    do { if (!INT_CHECK(a) || !INT_CHECK(b)) return newref(NotImplemented); } while (0)

typedef void (*MpzOp)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static Object *big_op(Object *a, Object *b, MpzOp fn)
{
    mpz_t ta, tb, r;
    mpz_srcptr x = view(a, ta), y = view(b, tb);
    mpz_init(r);
    fn(r, x, y);
    unview(a, ta);
    unview(b, tb);
    return int_from_mpz(r);
}

static Object *int_add(Object *a, Object *b)
{
    BINARY_CHECK(a, b);
    int64_t r;
    if (!IS_BIG(a) && !IS_BIG(b) && !__builtin_add_overflow(SMALL(a), SMALL(b), &r))
        return int_from_i64(r);
    return big_op(a, b, mpz_add);
}

static Object *int_sub(Object *a, Object *b)
{
    BINARY_CHECK(a, b);
    int64_t r;
    if (!IS_BIG(a) && !IS_BIG(b) && !__builtin_sub_overflow(SMALL(a), SMALL(b), &r))
        return int_from_i64(r);
    return big_op(a, b, mpz_sub);
}

static Object *int_mul(Object *a, Object *b)
{
    BINARY_CHECK(a, b);
    int64_t r;
    if (!IS_BIG(a) && !IS_BIG(b) && !__builtin_mul_overflow(SMALL(a), SMALL(b), &r))
        return int_from_i64(r);
    return big_op(a, b, mpz_mul);
}

/* Floor division and modulo of words; false when the quotient overflows
 * (INT64_MIN // -1).  b != 0. */
static bool small_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r)
{
    if (a == INT64_MIN && b == -1)
        return false;
    *q = a / b;
    *r = a % b;
    if (*r != 0 && ((*r < 0) != (b < 0))) {
        *q -= 1;
        *r += b;
    }
    return true;
}

static Object *int_floordiv(Object *a, Object *b)
{
    BINARY_CHECK(a, b);
    if (int_sign(b) == 0)
        return err_set(Exc_ZeroDivisionError, "integer division or modulo by zero");
    int64_t q, r;
    if (!IS_BIG(a) && !IS_BIG(b) && small_divmod(SMALL(a), SMALL(b), &q, &r))
        return int_from_i64(q);
    return big_op(a, b, mpz_fdiv_q);
}

static Object *int_mod(Object *a, Object *b)
{
    BINARY_CHECK(a, b);
    if (int_sign(b) == 0)
        return err_set(Exc_ZeroDivisionError, "integer modulo by zero");
    int64_t q, r;
    if (!IS_BIG(a) && !IS_BIG(b) && small_divmod(SMALL(a), SMALL(b), &q, &r))
        return int_from_i64(r);
    return big_op(a, b, mpz_fdiv_r);
}

static Object *pair(Object *x, Object *y)
{
    if (!x || !y) {
        XDECREF(x);
        XDECREF(y);
        return NULL;
    }
    Object *t = tuple_new(2);
    if (!t) {
        DECREF(x);
        DECREF(y);
        return NULL;
    }
    TUPLE_ITEMS(t)[0] = x;
    TUPLE_ITEMS(t)[1] = y;
    return t;
}

static Object *int_divmod(Object *a, Object *b)
{
    BINARY_CHECK(a, b);
    if (int_sign(b) == 0)
        return err_set(Exc_ZeroDivisionError, "integer division or modulo by zero");
    int64_t q, r;
    if (!IS_BIG(a) && !IS_BIG(b) && small_divmod(SMALL(a), SMALL(b), &q, &r))
        return pair(int_from_i64(q), int_from_i64(r));
    mpz_t ta, tb, zq, zr;
    mpz_srcptr x = view(a, ta), y = view(b, tb);
    mpz_inits(zq, zr, NULL);
    mpz_fdiv_qr(zq, zr, x, y);
    unview(a, ta);
    unview(b, tb);
    Object *oq = int_from_mpz(zq);
    return pair(oq, int_from_mpz(zr));
}

/* |a| / |b| correctly rounded (half-even) to a double, or HUGE_VAL when it
 * overflows.  The quotient is computed with 55 or 56 significant bits
 * (fewer in the subnormal range, whose last bit is 2**-1074) plus a
 * sticky bit, then rounded once by hand. */
static double divide_rounded(mpz_srcptr a, mpz_srcptr b)
{
    int64_t na = (int64_t)mpz_sizeinbase(a, 2), nb = (int64_t)mpz_sizeinbase(b, 2);
    if (mpz_sgn(a) == 0)
        return 0.0;
    if (na - nb > 1030)
        return HUGE_VAL;
    int64_t k = 55 - na + nb;   /* the quotient's last bit is worth 2**-k */
    if (k > 1076)
        k = 1076;
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_abs(num, a);
    mpz_abs(den, b);
    if (k >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)k);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-k);
    mpz_tdiv_qr(q, r, num, den);
    uint64_t bits = mpz_get_ui(q) | (mpz_sgn(r) ? 1u : 0u);
    mpz_clears(num, den, q, r, NULL);
    if (bits == 0)
        return 0.0;
    int64_t len = 64 - __builtin_clzll(bits);
    int64_t top = len - 1 - k;  /* exponent of the leading bit */
    int64_t drop = top >= -1022 ? len - 53 : k - 1074;
    if (drop > 0) {
        uint64_t rest = bits & ((UINT64_C(1) << drop) - 1);
        uint64_t half = UINT64_C(1) << (drop - 1);
        bits >>= drop;
        if (rest > half || (rest == half && (bits & 1)))
            bits++;
    } else {
        drop = 0;
    }
    return ldexp((double)bits, (int)(drop - k));
}

static Object *int_truediv(Object *a, Object *b)
{
    BINARY_CHECK(a, b);
    if (int_sign(b) == 0)
        return err_set(Exc_ZeroDivisionError, "division by zero");
    const int64_t exact = INT64_C(1) << 53;
    if (!IS_BIG(a) && !IS_BIG(b) && SMALL(a) <= exact && SMALL(a) >= -exact
        && SMALL(b) <= exact && SMALL(b) >= -exact)
        return float_from_double((double)SMALL(a) / (double)SMALL(b));
    mpz_t ta, tb;
    mpz_srcptr x = view(a, ta), y = view(b, tb);
    double d = divide_rounded(x, y);
    bool neg = (mpz_sgn(x) < 0) != (mpz_sgn(y) < 0);
    unview(a, ta);
    unview(b, tb);
    if (isinf(d))
        return err_set(Exc_OverflowError, "integer division result too large for a float");
    return float_from_double(neg ? -d : d);
}

/* Results beyond this many bits (1 GiB of digits) are refused with
 * MemoryError rather than letting GMP abort the process: GMP cannot report
 * a failed allocation. */
#define MAX_BITS (UINT64_C(1) << 33)

static Object *pow_mod(Object *a, Object *b, Object *m)
{
    if (int_sign(m) == 0)
        return err_set(Exc_ValueError, "pow() 3rd argument cannot be 0");
    mpz_t base, e, mod, r;
    int_get_mpz(a, base);
    int_get_mpz(b, e);
    int_get_mpz(m, mod);
    mpz_init(r);
    bool neg_mod = mpz_sgn(mod) < 0;
    mpz_abs(mod, mod);
    Object *res = NULL;
    if (mpz_sgn(e) < 0) {
        /* python3.8+: a negative exponent uses the modular inverse. */
        if (!mpz_invert(base, base, mod) && mpz_cmp_ui(mod, 1) != 0) {
            err_set(Exc_ValueError, "base is not invertible for the given modulus");
            goto done;
        }
        mpz_neg(e, e);
    }
    mpz_powm(r, base, e, mod);  /* 0 <= r < |mod| */
    if (neg_mod && mpz_sgn(r) != 0)
        mpz_sub(r, r, mod);     /* the result takes the sign of the modulus */
    res = int_from_mpz(r);
    mpz_init(r);
done:
    mpz_clears(base, e, mod, r, NULL);
    return res;
}

/* a ** b for b >= 0 on words, by repeated squaring; false on overflow. */
static bool small_pow(int64_t a, int64_t b, int64_t *out)
{
    int64_t r = 1;
    while (b > 0) {
        if ((b & 1) && __builtin_mul_overflow(r, a, &r))
            return false;
        b >>= 1;
        if (b > 0 && __builtin_mul_overflow(a, a, &a))
            return false;
    }
    *out = r;
    return true;
}

static Object *int_pow(Object *a, Object *b, Object *m)
{
    if (m != None && FLOAT_CHECK(m) && INT_CHECK(a) && INT_CHECK(b))
        /* what float's ** says when the dispatch reaches the modulus */
        return err_set(Exc_TypeError,
                       "pow() 3rd argument not allowed unless all arguments are integers");
    if (!INT_CHECK(a) || !INT_CHECK(b) || (m != None && !INT_CHECK(m)))
        return newref(NotImplemented);
    if (m != None)
        return pow_mod(a, b, m);
    if (int_sign(b) < 0) {
        /* python3 hands a negative exponent to float's ** */
        double x = int_as_double(a);
        if (x == -1.0 && err_occurred())
            return NULL;
        double y = int_as_double(b);
        if (y == -1.0 && err_occurred())
            return NULL;
        return float_pow_double(x, y);
    }
    int64_t r;
    if (!IS_BIG(a) && !IS_BIG(b) && small_pow(SMALL(a), SMALL(b), &r))
        return int_from_i64(r);
    if (!IS_BIG(a) && SMALL(a) >= -1 && SMALL(a) <= 1) {
        /* 0, 1 and -1 stay small whatever the exponent */
        if (SMALL(a) != -1)
            return int_from_i64(SMALL(a));
        bool odd = IS_BIG(b) ? mpz_odd_p(I(b)->big) : (SMALL(b) & 1);
        return int_from_i64(odd ? -1 : 1);
    }
    if (IS_BIG(b) || (uint64_t)SMALL(b) > MAX_BITS / int_bit_length(a))
        return err_no_memory();
    mpz_t ta, z;
    mpz_srcptr x = view(a, ta);
    mpz_init(z);
    mpz_pow_ui(z, x, (unsigned long)SMALL(b));
    unview(a, ta);
    return int_from_mpz(z);
}

/* The shift count of b: -1 with ValueError when negative; *huge set when
 * it does not fit a word. */
static int shift_count(Object *b, uint64_t *count, bool *huge)
{
    if (int_sign(b) < 0) {
        err_set(Exc_ValueError, "negative shift count");
        return -1;
    }
    *huge = IS_BIG(b);
    *count = *huge ? 0 : (uint64_t)SMALL(b);
    return 0;
}

static Object *int_lshift(Object *a, Object *b)
{
    BINARY_CHECK(a, b);
    uint64_t c;
    bool huge;
    if (shift_count(b, &c, &huge) < 0)
        return NULL;
    if (int_sign(a) == 0)
        return int_from_i64(0);
    if (huge || c > MAX_BITS)
        return err_set(Exc_OverflowError, "too many digits in integer");
    if (!IS_BIG(a) && c < 63) {
        int64_t v = SMALL(a);
        int64_t r = (int64_t)((uint64_t)v << c);
        if ((r >> c) == v)
            return int_from_i64(r);
    }
    mpz_t ta, z;
    mpz_srcptr x = view(a, ta);
    mpz_init(z);
    mpz_mul_2exp(z, x, c);
    unview(a, ta);
    return int_from_mpz(z);
}

static Object *int_rshift(Object *a, Object *b)
{
    BINARY_CHECK(a, b);
    uint64_t c;
    bool huge;
    if (shift_count(b, &c, &huge) < 0)
        return NULL;
    if (huge || (!IS_BIG(a) && c >= 64) || (IS_BIG(a) && c >= int_bit_length(a)))
        return int_from_i64(int_sign(a) < 0 ? -1 : 0);
    if (!IS_BIG(a))
        return int_from_i64(SMALL(a) >> c);     /* arithmetic shift: floors */
    mpz_t z;
    mpz_init(z);
    mpz_fdiv_q_2exp(z, I(a)->big, c);
    return int_from_mpz(z);
}

static Object *int_and(Object *a, Object *b)
{
    BINARY_CHECK(a, b);
    if (!IS_BIG(a) && !IS_BIG(b))
        return int_from_i64(SMALL(a) & SMALL(b));
    return big_op(a, b, mpz_and);
}

static Object *int_or(Object *a, Object *b)
{
    BINARY_CHECK(a, b);
    if (!IS_BIG(a) && !IS_BIG(b))
        return int_from_i64(SMALL(a) | SMALL(b));
    return big_op(a, b, mpz_ior);
}

static Object *int_xor(Object *a, Object *b)
{
    BINARY_CHECK(a, b);
    if (!IS_BIG(a) && !IS_BIG(b))
        return int_from_i64(SMALL(a) ^ SMALL(b));
    return big_op(a, b, mpz_xor);
}

static Object *int_neg(Object *a)
{
    if (!IS_BIG(a) && SMALL(a) != INT64_MIN)
        return int_from_i64(-SMALL(a));
    mpz_t z;
    int_get_mpz(a, z);
    mpz_neg(z, z);
    return int_from_mpz(z);
}

static Object *int_abs(Object *a)
{
    return int_sign(a) < 0 ? int_neg(a) : exact(a);
}

static Object *int_invert(Object *a)
{
    if (!IS_BIG(a))
        return int_from_i64(~SMALL(a));
    mpz_t z;
    int_get_mpz(a, z);
    mpz_com(z, z);
    return int_from_mpz(z);
}

static int int_to_bool(Object *a)
{
    return int_sign(a) != 0;
}

static Object *int_to_float(Object *a)
{
    double d = int_as_double(a);
    if (d == -1.0 && err_occurred())
        return NULL;
    return float_from_double(d);
}

const NumberSlots int_number = {
    .add = int_add, .sub = int_sub, .mul = int_mul, .truediv = int_truediv,
    .floordiv = int_floordiv, .mod = int_mod, .divmod = int_divmod,
    .lshift = int_lshift, .rshift = int_rshift,
    .and_ = int_and, .or_ = int_or, .xor_ = int_xor, .pow = int_pow,
    .neg = int_neg, .pos = exact, .abs = int_abs, .invert = int_invert,
    .to_bool = int_to_bool, .to_int = exact, .to_float = int_to_float, .index = exact,
};

/* ---- int(...) ---- */

static Object *int_from_str_obj(Object *s, int base)
{
    return int_from_string(str_utf8(s), str_nbytes(s), base);
}

/* int(x, base) for the exact int type. */
static Object *convert(Object *x, Object *base_obj)
{
    if (base_obj) {
        if (!INT_CHECK(base_obj))
            return err_set(Exc_TypeError, "'%T' object cannot be interpreted as an integer",
                           base_obj);
        int64_t base;
        if (int_to_i64(base_obj, &base) < 0 || (base != 0 && (base < 2 || base > 36)))
            return err_set(Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (!x)
            return err_set(Exc_TypeError, "int() missing string argument");
        if (!STR_CHECK(x))
            return err_set(Exc_TypeError, "int() can't convert non-string with explicit base");
        return int_from_str_obj(x, (int)base);
    }
    if (!x)
        return int_from_i64(0);
    if (INT_CHECK(x))
        return exact(x);
    if (FLOAT_CHECK(x))
        return int_from_double(float_value(x));
    if (STR_CHECK(x))
        return int_from_str_obj(x, 10);
    return num_to_int(x);
}

/* int([x], base=10): x is positional-only, base may be a keyword. */
static int unpack_int_args(Object *const *args, size_t nargs, Object *kwnames, Object **a)
{
    size_t nkw = NKW(kwnames);
    if (nargs > 2 || nargs + nkw > 2) {
        err_set(Exc_TypeError, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        a[i] = args[i];
    for (size_t i = 0; i < nkw; i++) {
        Object *name = TUPLE_ITEMS(kwnames)[i];
        if (!str_equal_cstr(name, "base")) {
            err_set(Exc_TypeError, "%R is an invalid keyword argument for int()", name);
            return -1;
        }
        if (a[1]) {
            err_set(Exc_TypeError, "argument for int() given by name ('base') and position (2)");
            return -1;
        }
        a[1] = args[nargs + i];
    }
    return 0;
}

static Object *int_new(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *a[2] = {NULL, NULL};
    if (unpack_int_args(args, nargs, kwnames, a) < 0)
        return NULL;
    Object *v = convert(a[0], a[1]);
    if (!v || (Type *)callable == &Int_type)
        return v;
    Object *r = int_new_of_type((Type *)callable, v);
    DECREF(v);
    return r;
}

/* ---- methods and attributes ---- */

static Object *m_bit_length(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)args;
    if (arg_no_kwargs("bit_length", kw) < 0 || arg_count("bit_length", nargs, 0, 0) < 0)
        return NULL;
    return int_from_u64(int_bit_length(self));
}

static Object *m_bit_count(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)args;
    if (arg_no_kwargs("bit_count", kw) < 0 || arg_count("bit_count", nargs, 0, 0) < 0)
        return NULL;
    mpz_t z;
    int_get_mpz(self, z);
    mpz_abs(z, z);
    uint64_t n = mpz_popcount(z);
    mpz_clear(z);
    return int_from_u64(n);
}

static Object *m_self(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)args;
    if (arg_no_kwargs("conjugate", kw) < 0 || arg_count("conjugate", nargs, 0, 0) < 0)
        return NULL;
    return exact(self);
}

/* round(i, n): for n < 0 round half-even to a multiple of 10**-n. */
static Object *m_round(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_no_kwargs("__round__", kw) < 0 || arg_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0 || args[0] == None)
        return exact(self);
    Object *nd = num_index(args[0]);
    if (!nd)
        return NULL;
    int s = int_sign(nd);
    bool huge = IS_BIG(nd);
    int64_t n = huge ? 0 : SMALL(nd);
    DECREF(nd);
    if (s >= 0)
        return exact(self);
    if (huge || n < -100000)
        return int_from_i64(0);
    mpz_t z, p, q, r;
    int_get_mpz(self, z);
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-n);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(z, q, p);
    mpz_clears(p, q, r, NULL);
    return int_from_mpz(z);
}

static Object *m_as_integer_ratio(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)args;
    if (arg_no_kwargs("as_integer_ratio", kw) < 0
        || arg_count("as_integer_ratio", nargs, 0, 0) < 0)
        return NULL;
    return pair(exact(self), int_from_i64(1));
}

static Object *m_index(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)args;
    if (arg_no_kwargs("__index__", kw) < 0 || arg_count("__index__", nargs, 0, 0) < 0)
        return NULL;
    return exact(self);
}

static Object *get_self(Object *self) { return exact(self); }
static Object *get_zero(Object *self) { (void)self; return int_from_i64(0); }
static Object *get_one(Object *self) { (void)self; return int_from_i64(1); }

static const MethodDef int_methods[] = {
    {"bit_length", m_bit_length, 0},
    {"bit_count", m_bit_count, 0},
    {"conjugate", m_self, 0},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"__round__", m_round, 0},
    {"__trunc__", m_index, 0},
    {"__floor__", m_index, 0},
    {"__ceil__", m_index, 0},
    {"__index__", m_index, 0},
    {"__int__", m_index, 0},
    {NULL, NULL, 0},
};

static const GetSetDef int_getset[] = {
    {"real", get_self, NULL},
    {"imag", get_zero, NULL},
    {"numerator", get_self, NULL},
    {"denominator", get_one, NULL},
    {NULL, NULL, NULL},
};

Type Int_type = {
    .base = {1, &Type_type},
    .name = "int",
    .basicsize = sizeof(IntObject),
    .flags = TF_INT_SUBCLASS | TF_BASETYPE,
    .dealloc = int_dealloc,
    .new_ = int_new,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .number = &int_number,
    .methods = int_methods,
    .getset = int_getset,
};

int int_init(void)
{
    if (TYPE_FLAG(&Int_type, TF_READY))
        return 0;
    if (type_ready(&Int_type) < 0)
        return -1;
    for (int v = CACHE_MIN; v <= CACHE_MAX; v++) {
        small_ints[v - CACHE_MIN] = alloc_small(&Int_type, v);
        if (!small_ints[v - CACHE_MIN])
            return -1;
    }
    if (bool_init() < 0 || float_init() < 0)
        return -1;
    return 0;
}
