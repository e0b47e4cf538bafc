/* float.c — the float type: an IEEE double with python3's semantics.
 *
 * Mixed int/float arithmetic happens here: int's slots decline floats, so
 * the generic dispatch reaches these slots with either operand order, and
 * ints are converted with int_as_double (correctly rounded, OverflowError
 * when too large).  repr() is the shortest text that reads back to the
 * same double, laid out as python3 prints it.
 */
#include <gmp.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "int.h"
#include "err.h"
#include "mem.h"
#include "str.h"
#include "list.h"

typedef struct {
    Object base;
    double value;
} FloatObject;

#define FVAL(o) (((FloatObject *)(o))->value)

/* CPython's hash parameters (see int.c). */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

Object *float_from_double(double d)
{
    Object *o = obj_alloc(&Float_type);
    if (o)
        FVAL(o) = d;
    return o;
}

double float_value(Object *f)
{
    return FVAL(f);
}

static Object *float_of_type(Type *t, double d)
{
    Object *o = obj_alloc(t);
    if (o)
        FVAL(o) = d;
    return o;
}

/* An exact float with the value of the float (or subclass) f. */
static Object *exact(Object *f)
{
    if (TYPE(f) == &Float_type)
        return newref(f);
    return float_from_double(FVAL(f));
}

/* The tuple (n, d), stealing both; NULL if either is NULL. */
static Object *pair(Object *n, Object *d)
{
    Object *t = n && d ? tuple_new(2) : NULL;
    if (!t) {
        XDECREF(n);
        XDECREF(d);
        return NULL;
    }
    TUPLE_ITEMS(t)[0] = n;
    TUPLE_ITEMS(t)[1] = d;
    return t;
}

double num_as_double(Object *o)
{
    if (FLOAT_CHECK(o))
        return FVAL(o);
    if (INT_CHECK(o))
        return int_as_double(o);
    /* Objects defining __float__ or __index__ convert like float(o). */
    if (type_lookup(TYPE(o), str_intern_cstr("__float__"))
        || type_lookup(TYPE(o), str_intern_cstr("__index__"))) {
        Object *f = num_to_float(o);
        if (!f)
            return -1.0;
        double d = FLOAT_CHECK(f) ? FVAL(f) : -1.0;
        if (!FLOAT_CHECK(f))
            err_set(Exc_TypeError, "must be real number, not %T", o);
        DECREF(f);
        return d;
    }
    err_set(Exc_TypeError, "must be real number, not %T", o);
    return -1.0;
}

static void float_dealloc(Object *o)
{
    obj_free(o);
}

/* ---- repr ---- */

/* Split printf's "D.DDDe+XX" into its digits (no dot) and exponent. */
static int split_exp(const char *tmp, char *digits)
{
    size_t n = 0;
    for (; *tmp != 'e'; tmp++)
        if (*tmp != '.')
            digits[n++] = *tmp;
    digits[n] = '\0';
    return atoi(tmp + 1);
}

/* Whether digits * 10**(e - len + 1) reads back as d. */
static bool reads_back(const char *digits, int e, double d)
{
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%c.%se%d", digits[0], digits + 1, e);
    return strtod(tmp, NULL) == d;
}

/* Add one unit in the last place of digits (carrying into e). */
static void round_up(char *digits, int *e)
{
    size_t i = strlen(digits);
    while (i > 0 && digits[i - 1] == '9')
        digits[--i] = '0';
    if (i > 0) {
        digits[i - 1]++;
    } else {
        digits[0] = '1';
        *e += 1;
    }
}

/* The shortest decimal digits that read back as d (d finite, > 0), the
 * nearest to d among those of that length: fills digits (no dot, no
 * trailing zeros) and returns the decimal exponent of the first digit.
 * For a power of two the doubles below are twice as close as those
 * above, so the correctly rounded candidate may fail where the next one
 * up succeeds: python3 prints that one. */
static int shortest_digits(double d, char *digits)
{
    int e, bin_e;
    bool pow2 = frexp(d, &bin_e) == 0.5;
    char tmp[40];
    int prec = 1;
    /* Most doubles need 16 or 17 digits: test 15 first so that only the
     * short ones pay for the search from 1 upward. */
    if (!pow2) {
        snprintf(tmp, sizeof tmp, "%.14e", d);
        e = split_exp(tmp, digits);
        if (!reads_back(digits, e, d))
            prec = 16;
    }
    for (; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
        e = split_exp(tmp, digits);
        if (reads_back(digits, e, d))
            break;
        if (pow2) {
            round_up(digits, &e);
            if (reads_back(digits, e, d))
                break;
        }
    }
    size_t n = strlen(digits);
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    return e;
}

void float_repr_buf(double d, char *buf, size_t size)
{
    if (isnan(d)) {
        snprintf(buf, size, "nan");
        return;
    }
    if (isinf(d)) {
        snprintf(buf, size, d > 0 ? "inf" : "-inf");
        return;
    }
    if (d == 0.0) {
        snprintf(buf, size, signbit(d) ? "-0.0" : "0.0");
        return;
    }
    char digits[24], out[64];
    int e = shortest_digits(fabs(d), digits);
    int n = (int)strlen(digits);
    size_t k = 0;
    if (d < 0)
        out[k++] = '-';
    if (e < -4 || e >= 16) {
        /* python3 switches to exponent notation outside [1e-4, 1e16) */
        out[k++] = digits[0];
        if (n > 1) {
            out[k++] = '.';
            memcpy(out + k, digits + 1, (size_t)n - 1);
            k += (size_t)n - 1;
        }
        snprintf(out + k, sizeof out - k, "e%c%02d", e < 0 ? '-' : '+', abs(e));
    } else if (e >= 0) {
        for (int i = 0; i <= e; i++)
            out[k++] = i < n ? digits[i] : '0';
        out[k++] = '.';
        if (n > e + 1) {
            memcpy(out + k, digits + e + 1, (size_t)(n - e - 1));
            k += (size_t)(n - e - 1);
        } else {
            out[k++] = '0';
        }
        out[k] = '\0';
    } else {
        out[k++] = '0';
        out[k++] = '.';
        for (int i = 0; i < -e - 1; i++)
            out[k++] = '0';
        memcpy(out + k, digits, (size_t)n);
        out[k + (size_t)n] = '\0';
    }
    snprintf(buf, size, "%s", out);
}

static Object *float_repr(Object *o)
{
    char buf[64];
    float_repr_buf(FVAL(o), buf, sizeof buf);
    return str_from_cstr(buf);
}

/* ---- parsing ---- */

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool equal_nocase(const char *s, size_t n, const char *word)
{
    if (strlen(word) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i])
            return false;
    return true;
}

/* Copy s[0..n) to out without underscores, checking python3's float
 * syntax: [digits][.digits][e[sign]digits] with at least one mantissa
 * digit and underscores only between two digits. */
static bool clean_number(const char *s, size_t n, char *out)
{
    size_t k = 0, i = 0, mant = 0;
    for (; i < n && (is_digit(s[i]) || s[i] == '_'); i++, mant++)
        if (s[i] != '_')
            out[k++] = s[i];
        else if (i == 0 || !is_digit(s[i - 1]) || i + 1 >= n || !is_digit(s[i + 1]))
            return false;
    if (i < n && s[i] == '.') {
        out[k++] = s[i++];
        size_t start = i;
        for (; i < n && (is_digit(s[i]) || s[i] == '_'); i++, mant++)
            if (s[i] != '_')
                out[k++] = s[i];
            else if (i == start || !is_digit(s[i - 1]) || i + 1 >= n || !is_digit(s[i + 1]))
                return false;
    }
    if (mant == 0)
        return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        out[k++] = s[i++];
        if (i < n && (s[i] == '+' || s[i] == '-'))
            out[k++] = s[i++];
        size_t start = i;
        for (; i < n && (is_digit(s[i]) || s[i] == '_'); i++)
            if (s[i] != '_')
                out[k++] = s[i];
            else if (i == start || !is_digit(s[i - 1]) || i + 1 >= n || !is_digit(s[i + 1]))
                return false;
        if (i == start)
            return false;
    }
    out[k] = '\0';
    return i == n;
}

static Object *bad_float(const char *s, size_t n)
{
    Object *orig = str_from_utf8(s, n);
    if (!orig)
        return NULL;
    err_set(Exc_ValueError, "could not convert string to float: %R", orig);
    DECREF(orig);
    return NULL;
}

Object *float_from_string(const char *s, size_t n)
{
    size_t i = 0, end = n;
    while (i < end && is_space(s[i]))
        i++;
    while (end > i && is_space(s[end - 1]))
        end--;
    double sign = 1.0;
    if (i < end && (s[i] == '+' || s[i] == '-'))
        sign = s[i++] == '-' ? -1.0 : 1.0;
    const char *w = s + i;
    size_t wn = end - i;
    if (equal_nocase(w, wn, "inf") || equal_nocase(w, wn, "infinity"))
        return float_from_double(sign * HUGE_VAL);
    if (equal_nocase(w, wn, "nan"))
        return float_from_double(copysign(NAN, sign));
    char *buf = mem_alloc_atomic(wn + 1);
    if (!buf)
        return err_no_memory();
    if (!clean_number(w, wn, buf)) {
        mem_free(buf);
        return bad_float(s, n);
    }
    double d = strtod(buf, NULL);   /* overflow gives inf, as in python3 */
    mem_free(buf);
    return float_from_double(sign * d);
}

/* ---- hashing and comparison ---- */

/* Rotate a 61-bit value left by e bits modulo 2**61 - 1. */
static uint64_t rotate61(uint64_t x, int e)
{
    return ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
}

/* CPython's _Py_HashDouble: an integral value hashes like the int, any
 * other finite value as its exact rational value modulo 2**61 - 1. */
static intptr_t float_hash(Object *o)
{
    double v = FVAL(o);
    if (isinf(v))
        return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v)) {
        /* python3.10+: NaNs hash by identity */
        uintptr_t y = (uintptr_t)o;
        intptr_t h = (intptr_t)((y >> 4) | (y << (8 * sizeof(y) - 4)));
        return h == -1 ? -2 : h;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    /* Consume the mantissa 28 bits at a time. */
    while (m) {
        x = rotate61(x, 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = rotate61(x, e);
    int64_t h = sign * (int64_t)x;
    return h == -1 ? -2 : (intptr_t)h;
}

static Object *compare_result(int c, CompareOp op)
{
    switch (op) {
    case CMP_LT: return bool_from(c < 0);
    case CMP_LE: return bool_from(c <= 0);
    case CMP_EQ: return bool_from(c == 0);
    case CMP_NE: return bool_from(c != 0);
    case CMP_GT: return bool_from(c > 0);
    default: return bool_from(c >= 0);
    }
}

static Object *float_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!FLOAT_CHECK(a))
        return newref(NotImplemented);
    double x = FVAL(a);
    if (FLOAT_CHECK(b)) {
        double y = FVAL(b);
        if (isnan(x) || isnan(y))
            return bool_from(op == CMP_NE);
        return compare_result((x > y) - (x < y), op);
    }
    if (INT_CHECK(b)) {
        if (isnan(x))
            return bool_from(op == CMP_NE);
        return compare_result(-int_cmp_double(b, x), op);   /* exact */
    }
    return newref(NotImplemented);
}

/* ---- arithmetic ---- */

/* The double value of a float or int operand: 1 done, 0 other type
 * (NotImplemented), -1 error (int too large). */
static int operand(Object *o, double *out)
{
    if (FLOAT_CHECK(o)) {
        *out = FVAL(o);
        return 1;
    }
    if (!INT_CHECK(o))
        return 0;
    *out = int_as_double(o);
    return *out == -1.0 && err_occurred() ? -1 : 1;
}

/* Declares x and y from the operands, or returns NotImplemented / NULL. */
#define OPERANDS(a, b, x, y) \
    double x, y; \
    do { \
        int ra_ = operand(a, &x); \
        if (ra_ <= 0) return ra_ < 0 ? NULL : newref(NotImplemented); \
        int rb_ = operand(b, &y); \
        if (rb_ <= 0) return rb_ < 0 ? NULL : newref(NotImplemented); \
    } while (0)

static Object *float_add(Object *a, Object *b)
{
    OPERANDS(a, b, x, y);
    return float_from_double(x + y);
}

static Object *float_sub(Object *a, Object *b)
{
    OPERANDS(a, b, x, y);
    return float_from_double(x - y);
}

static Object *float_mul(Object *a, Object *b)
{
    OPERANDS(a, b, x, y);
    return float_from_double(x * y);
}

static Object *float_truediv(Object *a, Object *b)
{
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return err_set(Exc_ZeroDivisionError, "float division by zero");
    return float_from_double(x / y);
}

/* python3's float divmod: the remainder takes the sign of y, and the
 * quotient is (x - mod) / y rounded to the nearest integer. */
static void float_divmod_values(double x, double y, double *div, double *mod)
{
    double m = fmod(x, y);
    double d = (x - m) / y;
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            d -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    if (d != 0.0) {
        double f = floor(d);
        if (d - f > 0.5)
            f += 1.0;
        d = f;
    } else {
        d = copysign(0.0, x / y);
    }
    *div = d;
    *mod = m;
}

static Object *float_floordiv(Object *a, Object *b)
{
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return err_set(Exc_ZeroDivisionError, "float floor division by zero");
    double d, m;
    float_divmod_values(x, y, &d, &m);
    return float_from_double(d);
}

static Object *float_mod(Object *a, Object *b)
{
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return err_set(Exc_ZeroDivisionError, "float modulo");
    double m = fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0))
            m += y;
    } else {
        m = copysign(0.0, y);
    }
    return float_from_double(m);
}

static Object *float_divmod(Object *a, Object *b)
{
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return err_set(Exc_ZeroDivisionError, "float divmod()");
    double d, m;
    float_divmod_values(x, y, &d, &m);
    return pair(float_from_double(d), float_from_double(m));
}

static bool is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

/* OverflowError(34, 'Numerical result out of range'): python3 reports a
 * float ** overflow as the C library's ERANGE. */
static Object *range_error(void)
{
    Object *args[2] = {int_from_i64(ERANGE), str_from_cstr("Numerical result out of range")};
    Object *exc = args[0] && args[1] ? exc_new(Exc_OverflowError, args, 2) : NULL;
    XDECREF(args[0]);
    XDECREF(args[1]);
    if (exc)
        err_restore(exc);
    return NULL;
}

/* x ** e with python3's special cases (IEEE pow rules, but errors where
 * python3 raises them). */
Object *float_pow_double(double x, double e)
{
    if (e == 0.0)
        return float_from_double(1.0);
    if (isnan(x))
        return float_from_double(x);
    if (isnan(e))
        return float_from_double(x == 1.0 ? 1.0 : e);
    if (isinf(e)) {
        double ax = fabs(x);
        if (ax == 1.0)
            return float_from_double(1.0);
        return float_from_double((e > 0) == (ax > 1.0) ? HUGE_VAL : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(e);
        if (e > 0)
            return float_from_double(odd ? x : fabs(x));
        return float_from_double(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (e < 0)
            return err_set(Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_from_double(is_odd_integer(e) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0) {
        if (e != floor(e))  /* python3 gives a complex number here */
            return err_set(Exc_ValueError, "complex numbers are not supported");
        x = -x;
        negate = is_odd_integer(e);
    }
    double r = x == 1.0 ? 1.0 : pow(x, e);
    if (isinf(r))
        return range_error();
    return float_from_double(negate ? -r : r);
}

static Object *float_pow(Object *a, Object *b, Object *m)
{
    if (m != None) {
        if (!FLOAT_CHECK(a) && !FLOAT_CHECK(b) && !FLOAT_CHECK(m))
            return newref(NotImplemented);
        return err_set(Exc_TypeError,
                       "pow() 3rd argument not allowed unless all arguments are integers");
    }
    OPERANDS(a, b, x, y);
    return float_pow_double(x, y);
}

static Object *float_neg(Object *a) { return float_from_double(-FVAL(a)); }
static Object *float_abs(Object *a) { return float_from_double(fabs(FVAL(a))); }
static int float_to_bool(Object *a) { return FVAL(a) != 0.0; }
static Object *float_to_int(Object *a) { return int_from_double(FVAL(a)); }

static const NumberSlots float_number = {
    .add = float_add, .sub = float_sub, .mul = float_mul, .truediv = float_truediv,
    .floordiv = float_floordiv, .mod = float_mod, .divmod = float_divmod, .pow = float_pow,
    .neg = float_neg, .pos = exact, .abs = float_abs,
    .to_bool = float_to_bool, .to_int = float_to_int, .to_float = exact,
};

/* ---- float(...) ---- */

static Object *convert(Object *x)
{
    if (FLOAT_CHECK(x))
        return exact(x);
    if (STR_CHECK(x))
        return float_from_string(str_utf8(x), str_nbytes(x));
    if (INT_CHECK(x)) {
        double d = int_as_double(x);
        return d == -1.0 && err_occurred() ? NULL : float_from_double(d);
    }
    return num_to_float(x);
}

static Object *float_new(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("float", kwnames) < 0 || arg_count("float", nargs, 0, 1) < 0)
        return NULL;
    Object *v = nargs == 0 ? float_from_double(0.0) : convert(args[0]);
    if (!v || (Type *)callable == &Float_type)
        return v;
    Object *r = float_of_type((Type *)callable, FVAL(v));
    DECREF(v);
    return r;
}

/* ---- methods ---- */

static int no_args(const char *name, size_t nargs, Object *kw)
{
    if (arg_no_kwargs(name, kw) < 0 || arg_count(name, nargs, 0, 0) < 0)
        return -1;
    return 0;
}

static Object *m_is_integer(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)args;
    if (no_args("is_integer", nargs, kw) < 0)
        return NULL;
    double d = FVAL(self);
    return bool_from(isfinite(d) && floor(d) == d);
}

static Object *m_conjugate(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)args;
    if (no_args("conjugate", nargs, kw) < 0)
        return NULL;
    return exact(self);
}

static Object *m_as_integer_ratio(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)args;
    if (no_args("as_integer_ratio", nargs, kw) < 0)
        return NULL;
    double d = FVAL(self);
    if (isinf(d))
        return err_set(Exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d))
        return err_set(Exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    /* d == mant * 2**e exactly, with mant a 53-bit integer */
    int64_t mant = (int64_t)ldexp(m, 53);
    e -= 53;
    while (mant != 0 && (mant & 1) == 0) {
        mant >>= 1;
        e++;
    }
    if (mant == 0)
        return pair(int_from_i64(0), int_from_i64(1));
    /* Most ratios fit words; GMP only for the rest. */
    if (e <= 0 && e > -63)
        return pair(int_from_i64(mant), int_from_i64(INT64_C(1) << -e));
    if (e > 0 && e < 10)
        return pair(int_from_i64(mant * (INT64_C(1) << e)), int_from_i64(1));
    mpz_t num, den;
    mpz_init_set_si(num, mant);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    return pair(int_from_mpz(num), int_from_mpz(den));
}

static Object *m_trunc(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)args;
    if (no_args("__trunc__", nargs, kw) < 0)
        return NULL;
    return int_from_double(trunc(FVAL(self)));
}

static Object *m_floor(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)args;
    if (no_args("__floor__", nargs, kw) < 0)
        return NULL;
    return int_from_double(floor(FVAL(self)));
}

static Object *m_ceil(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)args;
    if (no_args("__ceil__", nargs, kw) < 0)
        return NULL;
    return int_from_double(ceil(FVAL(self)));
}

/* |x| rounded half-even to a multiple of 10**p (p > 0), computed exactly
 * on the binary value of x. */
static double round_to_tens(double x, int p)
{
    int e;
    double m = frexp(fabs(x), &e);
    mpz_t num, den, q, r;
    mpz_init_set_d(num, ldexp(m, 53));
    e -= 53;
    mpz_inits(den, q, r, NULL);
    mpz_ui_pow_ui(den, 10, (unsigned long)p);
    mpz_t ten_p;
    mpz_init_set(ten_p, den);
    if (e >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, ten_p);
    Object *i = int_from_mpz(q);
    mpz_clears(num, den, r, ten_p, NULL);
    if (!i)
        return NAN;
    double d = int_as_double(i);
    DECREF(i);
    if (d == -1.0 && err_occurred()) {
        err_clear();
        return HUGE_VAL;
    }
    return d;
}

/* round(x, nd) for finite non-zero x: correctly rounded like python3,
 * through the exact decimal expansion that printf produces. */
static Object *round_digits(double x, int64_t nd)
{
    double r;
    if (nd > 323)
        return float_from_double(x);
    if (nd < -308)
        return float_from_double(0.0 * x);
    if (nd >= 0) {
        int len = snprintf(NULL, 0, "%.*f", (int)nd, x);
        char *buf = mem_alloc_atomic((size_t)len + 1);
        if (!buf)
            return err_no_memory();
        snprintf(buf, (size_t)len + 1, "%.*f", (int)nd, x);
        r = strtod(buf, NULL);
        mem_free(buf);
    } else {
        r = copysign(round_to_tens(x, (int)-nd), x);
        if (isnan(r))
            return NULL;
    }
    if (isinf(r))
        return err_set(Exc_OverflowError, "rounded value too large to represent");
    return float_from_double(r);
}

static Object *m_round(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_no_kwargs("__round__", kw) < 0 || arg_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    double x = FVAL(self);
    if (nargs == 0 || args[0] == None) {
        double r = nearbyint(x);    /* the default mode rounds half to even */
        return int_from_double(r);
    }
    Object *nd = num_index(args[0]);
    if (!nd)
        return NULL;
    int64_t n;
    if (int_to_i64(nd, &n) < 0)
        n = int_sign(nd) > 0 ? INT64_MAX : INT64_MIN;
    DECREF(nd);
    if (!isfinite(x) || x == 0.0)
        return float_from_double(x);
    return round_digits(x, n);
}

/* float.hex(): "0x1.8000000000000p+0", subnormals with a 0 leading digit. */
static Object *m_hex(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)args;
    if (no_args("hex", nargs, kw) < 0)
        return NULL;
    double x = FVAL(self);
    char buf[40];
    if (!isfinite(x) || x == 0.0) {
        if (x == 0.0)
            snprintf(buf, sizeof buf, "%s0x0.0p+0", signbit(x) ? "-" : "");
        else
            float_repr_buf(x, buf, sizeof buf);
        return str_from_cstr(buf);
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    size_t k = 0;
    if (x < 0)
        buf[k++] = '-';
    buf[k++] = '0';
    buf[k++] = 'x';
    buf[k++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    buf[k++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        buf[k++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    snprintf(buf + k, sizeof buf - k, "p%+d", e);
    return str_from_cstr(buf);
}

static bool is_hex_digit(char c)
{
    return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/* Whether s[0..n) is hexdigits[.hexdigits][p[sign]digits] with at least
 * one hex digit (the syntax float.fromhex accepts after sign and 0x). */
static bool hex_syntax(const char *s, size_t n)
{
    size_t i = 0, mant = 0;
    for (; i < n && is_hex_digit(s[i]); i++)
        mant++;
    if (i < n && s[i] == '.')
        for (i++; i < n && is_hex_digit(s[i]); i++)
            mant++;
    if (mant == 0)
        return false;
    if (i < n && (s[i] | 0x20) == 'p') {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        size_t start = i;
        while (i < n && is_digit(s[i]))
            i++;
        if (i == start)
            return false;
    }
    return i == n;
}

/* float.fromhex(s): strtod reads C99 hex floats with correct rounding;
 * python3's syntax differs only in making "0x" optional. */
static Object *m_fromhex(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_no_kwargs("fromhex", kw) < 0 || arg_count("fromhex", nargs, 1, 1) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return err_set(Exc_TypeError, "bad argument type for built-in operation");
    const char *s = str_utf8(args[0]);
    size_t i = 0, end = str_nbytes(args[0]);
    while (i < end && is_space(s[i]))
        i++;
    while (end > i && is_space(s[end - 1]))
        end--;
    Object *special = NULL;
    size_t j = i + (i < end && (s[i] == '+' || s[i] == '-'));
    if (equal_nocase(s + j, end - j, "inf") || equal_nocase(s + j, end - j, "infinity")
        || equal_nocase(s + j, end - j, "nan"))
        special = float_from_string(s + i, end - i);
    else {
        bool neg = j > i && s[i] == '-';
        if (end - j >= 2 && s[j] == '0' && (s[j + 1] | 0x20) == 'x')
            j += 2;
        if (!hex_syntax(s + j, end - j))
            return err_set(Exc_ValueError, "invalid hexadecimal floating-point string");
        char *buf = mem_alloc_atomic(end - j + 4);
        if (!buf)
            return err_no_memory();
        memcpy(buf, "0x", 2);
        memcpy(buf + 2, s + j, end - j);
        buf[end - j + 2] = '\0';
        double d = strtod(buf, NULL);
        mem_free(buf);
        if (isinf(d))
            return err_set(Exc_OverflowError,
                           "hexadecimal value too large to represent as a float");
        special = float_from_double(neg ? -d : d);
    }
    if (!special || (Type *)cls == &Float_type)
        return special;
    Object *r = obj_call1(cls, special);     /* a subclass: cls(value) */
    DECREF(special);
    return r;
}

static Object *get_real(Object *self) { return exact(self); }
static Object *get_imag(Object *self) { (void)self; return float_from_double(0.0); }

static const MethodDef float_methods[] = {
    {"is_integer", m_is_integer, 0},
    {"conjugate", m_conjugate, 0},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"__trunc__", m_trunc, 0},
    {"__floor__", m_floor, 0},
    {"__ceil__", m_ceil, 0},
    {"__round__", m_round, 0},
    {"__int__", m_trunc, 0},
    {"hex", m_hex, 0},
    {"fromhex", m_fromhex, METH_CLASS},
    {NULL, NULL, 0},
};

static const GetSetDef float_getset[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

Type Float_type = {
    .base = {1, &Type_type},
    .name = "float",
    .basicsize = sizeof(FloatObject),
    .flags = TF_BASETYPE,
    .dealloc = float_dealloc,
    .new_ = float_new,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .number = &float_number,
    .methods = float_methods,
    .getset = float_getset,
};

int float_init(void)
{
    if (TYPE_FLAG(&Float_type, TF_READY))
        return 0;
    return type_ready(&Float_type);
}
