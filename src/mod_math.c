/* mod_math.c — the math module.
 *
 * Functions of doubles follow CPython's error discipline: a NaN result
 * from non-NaN arguments is a domain error (ValueError "math domain
 * error"), an infinite result from finite arguments is a range error
 * (OverflowError "math range error") for functions that can overflow and
 * a domain error for the others (log(0), atanh(1)).  Integer functions
 * (factorial, gcd, comb, isqrt, ...) work on exact ints through GMP.
 */
#include <gmp.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "int.h"
#include "err.h"
#include "mem.h"
#include "str.h"
#include "list.h"
#include "dict.h"
#include "module.h"

/* Strict C11 has no M_PI or M_E. */
#define PI 3.141592653589793238462643383279502884
#define E 2.718281828459045235360287471352662498

typedef double (*Fn1)(double);
typedef double (*Fn2)(double, double);

static Object *domain_error(void)
{
    return err_set(Exc_ValueError, "math domain error");
}

static Object *range_error(void)
{
    return err_set(Exc_OverflowError, "math range error");
}

static int one_arg(const char *name, size_t nargs, Object *kw)
{
    if (kw && VAR_SIZE(kw) > 0) {
        err_set(Exc_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        err_set(Exc_TypeError, "math.%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

static int two_args(const char *name, size_t nargs, Object *kw)
{
    if (kw && VAR_SIZE(kw) > 0) {
        err_set(Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 2) {
        err_set(Exc_TypeError, "%s expected 2 arguments, got %zu", name, nargs);
        return -1;
    }
    return 0;
}

/* Argument as a double: false with an exception set on failure. */
static bool get_double(Object *o, double *out)
{
    *out = num_as_double(o);
    return !(*out == -1.0 && err_occurred());
}

/* r = f(x) with the error rules in the file comment. */
static Object *apply1(double x, Fn1 f, bool can_overflow)
{
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return float_from_double(r);
}

static Object *math_1(const char *name, Object *const *args, size_t nargs, Object *kw,
                      Fn1 f, bool can_overflow)
{
    double x;
    if (one_arg(name, nargs, kw) < 0 || !get_double(args[0], &x))
        return NULL;
    return apply1(x, f, can_overflow);
}

static Object *apply2(double x, double y, Fn2 f)
{
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y))
        return range_error();
    return float_from_double(r);
}

static Object *math_2(const char *name, Object *const *args, size_t nargs, Object *kw, Fn2 f)
{
    double x, y;
    if (two_args(name, nargs, kw) < 0 || !get_double(args[0], &x) || !get_double(args[1], &y))
        return NULL;
    return apply2(x, y, f);
}

/* One wrapper per libm function: the table below needs VectorFns. */
#define MATH1(name, f, can_overflow) \
    static Object *m_##name(Object *self, Object *const *args, size_t nargs, Object *kw) \
    { (void)self; return math_1(#name, args, nargs, kw, f, can_overflow); }
#define MATH2(name, f) \
    static Object *m_##name(Object *self, Object *const *args, size_t nargs, Object *kw) \
    { (void)self; return math_2(#name, args, nargs, kw, f); }

static double deg(double x) { return x * (180.0 / PI); }
static double rad(double x) { return x * (PI / 180.0); }

/* tgamma/lgamma at the poles give inf with no way to tell from overflow. */
static double gamma_fn(double x)
{
    if (x <= 0 && x == floor(x))
        return NAN;
    return tgamma(x);
}

static double lgamma_fn(double x)
{
    if (x <= 0 && x == floor(x))
        return isinf(x) ? HUGE_VAL : NAN;
    return lgamma(x);
}

static double ulp_fn(double x)
{
    if (isnan(x))
        return x;
    x = fabs(x);
    if (isinf(x))
        return x;
    double up = nextafter(x, INFINITY);
    if (isinf(up))
        return x - nextafter(x, -INFINITY);
    return up - x;
}

MATH1(sqrt, sqrt, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(sin, sin, false)
MATH1(cos, cos, false)
MATH1(tan, tan, false)
MATH1(asin, asin, false)
MATH1(acos, acos, false)
MATH1(atan, atan, false)
MATH1(sinh, sinh, true)
MATH1(cosh, cosh, true)
MATH1(tanh, tanh, false)
MATH1(asinh, asinh, false)
MATH1(acosh, acosh, false)
MATH1(atanh, atanh, false)
MATH1(log1p, log1p, false)
MATH1(fabs, fabs, false)
MATH1(cbrt, cbrt, false)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
MATH1(gamma, gamma_fn, true)
MATH1(lgamma, lgamma_fn, true)
MATH1(degrees, deg, true)
MATH1(radians, rad, false)
MATH1(ulp, ulp_fn, false)
MATH2(atan2, atan2)
MATH2(copysign, copysign)
MATH2(remainder, remainder)
MATH2(nextafter, nextafter)

static Object *m_fmod(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    double x, y;
    if (two_args("fmod", nargs, kw) < 0 || !get_double(args[0], &x) || !get_double(args[1], &y))
        return NULL;
    if (isinf(y) && isfinite(x))
        return float_from_double(x);
    return apply2(x, y, fmod);
}

static Object *m_pow(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    double x, y, r;
    if (two_args("pow", nargs, kw) < 0 || !get_double(args[0], &x) || !get_double(args[1], &y))
        return NULL;
    if (isfinite(x) && isfinite(y)) {
        r = pow(x, y);
        if (isnan(r) || (isinf(r) && x == 0.0))
            return domain_error();
        if (isinf(r))
            return range_error();
        return float_from_double(r);
    }
    /* C99's pow rules for infinities and NaNs, which python3 follows */
    if (isnan(x))
        r = y == 0.0 ? 1.0 : x;
    else if (isnan(y))
        r = x == 1.0 ? 1.0 : y;
    else
        r = pow(x, y);
    return float_from_double(r);
}

/* ---- logarithms ---- */

/* f(x) for a number x; ints too large for a double are split as
 * m * 2**e so log(10**1000) works. */
static Object *log_of(Object *x, Fn1 f)
{
    if (INT_CHECK(x)) {
        if (int_sign(x) <= 0)
            return domain_error();
        double d = int_as_double(x);
        if (d == -1.0 && err_occurred()) {
            if (!err_matches(Exc_OverflowError))
                return NULL;
            err_clear();
            int64_t e;
            double m = int_frexp(x, &e);
            return float_from_double(f(m) + f(2.0) * (double)e);
        }
        return apply1(d, f, false);
    }
    double d;
    if (!get_double(x, &d))
        return NULL;
    return apply1(d, f, false);
}

static Object *m_log(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (kw && VAR_SIZE(kw) > 0)
        return err_set(Exc_TypeError, "math.log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return err_set(Exc_TypeError, "math.log requires 1 to 2 arguments");
    Object *num = log_of(args[0], log);
    if (!num || nargs == 1)
        return num;
    Object *den = log_of(args[1], log);
    if (!den) {
        DECREF(num);
        return NULL;
    }
    double a = float_value(num), b = float_value(den);
    DECREF(num);
    DECREF(den);
    if (b == 0.0)
        return err_set(Exc_ZeroDivisionError, "float division by zero");
    return float_from_double(a / b);
}

static Object *m_log2(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return one_arg("log2", nargs, kw) < 0 ? NULL : log_of(args[0], log2);
}

static Object *m_log10(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return one_arg("log10", nargs, kw) < 0 ? NULL : log_of(args[0], log10);
}

/* ---- rounding to ints ---- */

/* x.__floor__() style: call the special method when the type has one. */
static Object *call_special(Object *x, const char *name, bool *found)
{
    *found = type_lookup(TYPE(x), str_intern_cstr(name)) != NULL;
    return *found ? obj_call_method(x, name, NULL, 0) : NULL;
}

static Object *round_with(const char *name, const char *special, Object *const *args,
                          size_t nargs, Object *kw, Fn1 f)
{
    if (one_arg(name, nargs, kw) < 0)
        return NULL;
    Object *x = args[0];
    if (FLOAT_CHECK(x))
        return int_from_double(f(float_value(x)));
    if (INT_CHECK(x))
        return num_index(x);
    bool found;
    Object *r = call_special(x, special, &found);
    if (found)
        return r;
    double d;
    if (!get_double(x, &d))
        return NULL;
    return int_from_double(f(d));
}

static Object *m_floor(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return round_with("floor", "__floor__", args, nargs, kw, floor);
}

static Object *m_ceil(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return round_with("ceil", "__ceil__", args, nargs, kw, ceil);
}

static Object *m_trunc(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (one_arg("trunc", nargs, kw) < 0)
        return NULL;
    Object *x = args[0];
    if (FLOAT_CHECK(x))
        return int_from_double(trunc(float_value(x)));
    bool found;
    Object *r = call_special(x, "__trunc__", &found);
    if (!found)
        return err_set(Exc_TypeError, "type %s doesn't define __trunc__ method",
                       obj_type_name(x));
    return r;
}

/* ---- float decomposition ---- */

static Object *float_pair(double a, double b)
{
    Object *x = float_from_double(a), *y = float_from_double(b);
    Object *t = x && y ? tuple_pack(2, x, y) : NULL;
    XDECREF(x);
    XDECREF(y);
    return t;
}

static Object *m_modf(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    double x, ip;
    if (one_arg("modf", nargs, kw) < 0 || !get_double(args[0], &x))
        return NULL;
    if (isinf(x))
        return float_pair(copysign(0.0, x), x);
    double frac = modf(x, &ip);
    return float_pair(frac, ip);
}

static Object *m_frexp(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    double x;
    if (one_arg("frexp", nargs, kw) < 0 || !get_double(args[0], &x))
        return NULL;
    int e = 0;
    double m = isfinite(x) ? frexp(x, &e) : x;
    Object *a = float_from_double(m), *b = int_from_i64(e);
    Object *t = a && b ? tuple_pack(2, a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    return t;
}

static Object *m_ldexp(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    double x;
    if (two_args("ldexp", nargs, kw) < 0 || !get_double(args[0], &x))
        return NULL;
    if (!INT_CHECK(args[1]))
        return err_set(Exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (int_to_i64(args[1], &e) < 0)
        e = int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
    if (x == 0.0 || !isfinite(x))
        return float_from_double(x);
    if (e > INT_MAX)
        return range_error();
    if (e < INT_MIN)
        return float_from_double(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r))
        return range_error();
    return float_from_double(r);
}

/* ---- predicates ---- */

typedef int (*Pred)(double);
static int pred_finite(double x) { return isfinite(x); }
static int pred_inf(double x) { return isinf(x); }
static int pred_nan(double x) { return isnan(x); }

static Object *test(const char *name, Object *const *args, size_t nargs, Object *kw, Pred p)
{
    double x;
    if (one_arg(name, nargs, kw) < 0 || !get_double(args[0], &x))
        return NULL;
    return bool_from(p(x));
}

static Object *m_isfinite(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return test("isfinite", args, nargs, kw, pred_finite);
}

static Object *m_isinf(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return test("isinf", args, nargs, kw, pred_inf);
}

static Object *m_isnan(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return test("isnan", args, nargs, kw, pred_nan);
}

static Object *m_isclose(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Object *v[4] = {NULL, NULL, NULL, NULL};
    if (arg_unpack("isclose", args, nargs, kw, names, 2, v) < 0)
        return NULL;
    double a, b, rel = 1e-09, abs_tol = 0.0;
    if (!get_double(v[0], &a) || !get_double(v[1], &b)
        || (v[2] && !get_double(v[2], &rel)) || (v[3] && !get_double(v[3], &abs_tol)))
        return NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return err_set(Exc_ValueError, "tolerances must be non-negative");
    if (a == b)
        return bool_from(true);
    if (isinf(a) || isinf(b))
        return bool_from(false);
    double diff = fabs(b - a);
    return bool_from(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}

/* ---- sums and norms ---- */

/* Grow the partials array of fsum; false when out of memory. */
static bool grow(double **p, size_t *cap, double *stack)
{
    size_t ncap = *cap * 2;
    double *np = mem_alloc_atomic(ncap * sizeof(double));
    if (!np)
        return false;
    memcpy(np, *p, *cap * sizeof(double));
    if (*p != stack)
        mem_free(*p);
    *p = np;
    *cap = ncap;
    return true;
}

/* Add x into the non-overlapping partials p[0..*n) (Shewchuk), exactly. */
static void add_partial(double *p, size_t *n, double *x)
{
    size_t i = 0;
    for (size_t j = 0; j < *n; j++) {
        double y = p[j];
        if (fabs(*x) < fabs(y)) {
            double t = *x;
            *x = y;
            y = t;
        }
        double hi = *x + y;
        double lo = y - (hi - *x);
        if (lo != 0.0)
            p[i++] = lo;
        *x = hi;
    }
    *n = i;
}

/* The correctly rounded sum of the partials, largest last. */
static double sum_partials(double *p, size_t n)
{
    if (n == 0)
        return 0.0;
    double hi = p[--n], lo = 0.0;
    while (n > 0) {
        double x = hi, y = p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0)
            break;
    }
    /* Half-way cases: the remaining partials decide the rounding. */
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y;
        if (y == x - hi)
            hi = x;
    }
    return hi;
}

static Object *m_fsum(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (one_arg("fsum", nargs, kw) < 0)
        return NULL;
    Object *it = obj_iter(args[0]);
    if (!it)
        return NULL;
    double stack[32], *p = stack, special = 0.0, infs = 0.0;
    size_t n = 0, cap = 32;
    Object *item, *res = NULL;
    while ((item = obj_next(it))) {
        double x;
        bool ok = get_double(item, &x);
        DECREF(item);
        if (!ok)
            goto done;
        double xsave = x;
        add_partial(p, &n, &x);
        if (x == 0.0)
            continue;
        if (!isfinite(x)) {
            /* inf or nan from the input, or overflow of a partial sum */
            if (isfinite(xsave)) {
                err_set(Exc_OverflowError, "intermediate overflow in fsum");
                goto done;
            }
            if (isinf(xsave))
                infs += xsave;
            special += xsave;
            n = 0;
        } else {
            if (n == cap && !grow(&p, &cap, stack)) {
                err_no_memory();
                goto done;
            }
            p[n++] = x;
        }
    }
    if (err_occurred())
        goto done;
    if (special != 0.0) {
        if (isnan(infs))
            err_set(Exc_ValueError, "-inf + inf in fsum");
        else
            res = float_from_double(special);
        goto done;
    }
    res = float_from_double(sum_partials(p, n));
done:
    if (p != stack)
        mem_free(p);
    DECREF(it);
    return res;
}

/* Two-double product and sum: hi + lo is the exact result. */
typedef struct { double hi, lo; } Double2;

static Double2 exact_mul(double x, double y)
{
    double z = x * y;
    return (Double2){z, fma(x, y, -z)};
}

static Double2 exact_sum(double a, double b)   /* |a| >= |b| */
{
    double s = a + b;
    return (Double2){s, (a - s) + b};
}

/* sqrt(sum(v[i]**2)) for n non-negative finite values (or with NaNs/infs
 * reported by has_nan / max), computed with extended precision: values are
 * scaled by a power of two so the largest is in [0.5, 1), squares are
 * summed exactly into csum (kept >= 1 so the fast two-sum applies) plus
 * two low-order accumulators, and the square root gets one Newton-style
 * correction.  This is CPython's algorithm, so results agree bit for bit. */
static double vector_norm(size_t n, double *v, double max, bool has_nan)
{
    if (isinf(max))
        return max;
    if (has_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* ldexp(1, -max_e) would overflow: lift subnormals first */
        for (size_t i = 0; i < n; i++)
            v[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, v, max / DBL_MIN, has_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        Double2 pr = exact_mul(x, x), sm = exact_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    Double2 pr = exact_mul(-h, h), sm = exact_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

/* The norm of the n values produced by get(i); shared by hypot and dist. */
static Object *norm_of(size_t n, Object *const *a, Object *const *b)
{
    double stack[16], *v = n > 16 ? mem_alloc_atomic(n * sizeof(double)) : stack;
    if (!v)
        return err_no_memory();
    double max = 0.0;
    bool has_nan = false;
    Object *res = NULL;
    for (size_t i = 0; i < n; i++) {
        double x, y = 0.0;
        if (!get_double(a[i], &x) || (b && !get_double(b[i], &y)))
            goto done;
        x = fabs(x - y);
        v[i] = x;
        has_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    res = float_from_double(vector_norm(n, v, max, has_nan));
done:
    if (v != stack)
        mem_free(v);
    return res;
}

static Object *m_hypot(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (arg_no_kwargs("hypot", kw) < 0)
        return NULL;
    return norm_of(nargs, args, NULL);
}

static Object *m_dist(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (two_args("dist", nargs, kw) < 0)
        return NULL;
    Object *p = tuple_from_iterable(args[0]);
    Object *q = p ? tuple_from_iterable(args[1]) : NULL;
    Object *res = NULL;
    if (q && VAR_SIZE(p) != VAR_SIZE(q))
        err_set(Exc_ValueError, "both points must have the same number of dimensions");
    else if (q)
        res = norm_of((size_t)VAR_SIZE(p), TUPLE_ITEMS(p), TUPLE_ITEMS(q));
    XDECREF(p);
    XDECREF(q);
    return res;
}

static Object *m_prod(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    static const char *const names[] = {"iterable", "start", NULL};
    Object *v[2] = {NULL, NULL};
    if (nargs > 1)  /* start is keyword-only */
        return err_set(Exc_TypeError, "prod() takes exactly 1 positional argument (%zu given)",
                       nargs);
    if (arg_unpack("prod", args, nargs, kw, names, 1, v) < 0)
        return NULL;
    Object *it = obj_iter(v[0]);
    if (!it)
        return NULL;
    Object *acc = v[1] ? NEWREF(v[1]) : int_from_i64(1), *item;
    while (acc && (item = obj_next(it))) {
        Object *r = num_mul(acc, item);
        DECREF(item);
        DECREF(acc);
        acc = r;
    }
    DECREF(it);
    if (acc && err_occurred())
        CLEAR(acc);
    return acc;
}

/* ---- integer functions ---- */

/* The value of an __index__-able argument as an mpz (initialised on
 * success only). */
static bool get_mpz(Object *o, mpz_t out)
{
    Object *i = num_index(o);
    if (!i)
        return false;
    int_get_mpz(i, out);
    DECREF(i);
    return true;
}

static Object *m_factorial(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    mpz_t n;
    if (one_arg("factorial", nargs, kw) < 0 || !get_mpz(args[0], n))
        return NULL;
    if (mpz_sgn(n) < 0) {
        mpz_clear(n);
        return err_set(Exc_ValueError, "factorial() not defined for negative values");
    }
    if (!mpz_fits_slong_p(n)) {
        mpz_clear(n);
        return err_set(Exc_OverflowError,
                       "factorial() argument should not exceed %ld", LONG_MAX);
    }
    unsigned long k = mpz_get_ui(n);
    /* k! has about k*log2(k) bits: refuse a result over 1 GiB up front,
     * since GMP aborts when an allocation fails. */
    if (k > 2 && (double)k * log2((double)k) > 8.0 * (1u << 30)) {
        mpz_clear(n);
        return err_no_memory();
    }
    mpz_fac_ui(n, k);
    return int_from_mpz(n);
}

static Object *m_isqrt(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    mpz_t n;
    if (one_arg("isqrt", nargs, kw) < 0 || !get_mpz(args[0], n))
        return NULL;
    if (mpz_sgn(n) < 0) {
        mpz_clear(n);
        return err_set(Exc_ValueError, "isqrt() argument must be nonnegative");
    }
    mpz_sqrt(n, n);
    return int_from_mpz(n);
}

typedef void (*MpzCombine)(mpz_ptr, mpz_srcptr, mpz_srcptr);

/* gcd/lcm of all the arguments, starting from `empty`. */
static Object *fold_ints(const char *name, Object *const *args, size_t nargs, Object *kw,
                         long empty, MpzCombine f)
{
    if (arg_no_kwargs(name, kw) < 0)
        return NULL;
    mpz_t acc, x;
    mpz_init_set_si(acc, empty);
    for (size_t i = 0; i < nargs; i++) {
        if (!get_mpz(args[i], x)) {
            mpz_clear(acc);
            return NULL;
        }
        if (i == 0)
            mpz_abs(acc, x);
        else
            f(acc, acc, x);
        mpz_clear(x);
    }
    return int_from_mpz(acc);
}

static Object *m_gcd(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return fold_ints("gcd", args, nargs, kw, 0, mpz_gcd);
}

static Object *m_lcm(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return fold_ints("lcm", args, nargs, kw, 1, mpz_lcm);
}

/* n and k of comb/perm, checked non-negative; false with an exception. */
static bool get_n_k(Object *on, Object *ok, mpz_t n, mpz_t k)
{
    if (!get_mpz(on, n))
        return false;
    if (!get_mpz(ok, k)) {
        mpz_clear(n);
        return false;
    }
    const char *bad = mpz_sgn(n) < 0 ? "n must be a non-negative integer"
                    : mpz_sgn(k) < 0 ? "k must be a non-negative integer" : NULL;
    if (bad) {
        mpz_clears(n, k, NULL);
        err_set(Exc_ValueError, "%s", bad);
        return false;
    }
    return true;
}

/* comb (perm false) or perm (perm true) for n, k >= 0; clears n and k. */
static Object *choose(mpz_t n, mpz_t k, bool perm)
{
    mpz_t r;
    mpz_init(r);
    if (mpz_cmp(k, n) <= 0) {
        mpz_t m;
        mpz_init(m);
        mpz_sub(m, n, k);
        if (!perm && mpz_cmp(m, k) < 0)
            mpz_swap(m, k);     /* C(n, k) == C(n, n - k): use the smaller */
        if (!mpz_fits_slong_p(k)) {
            mpz_clears(m, n, k, r, NULL);
            return err_set(Exc_OverflowError, "%s must not exceed %ld",
                           perm ? "k" : "min(n - k, k)", LONG_MAX);
        }
        unsigned long kk = mpz_get_ui(k);
        mpz_bin_ui(r, n, kk);
        if (perm) {
            mpz_fac_ui(m, kk);
            mpz_mul(r, r, m);
        }
        mpz_clear(m);
    }
    mpz_clears(n, k, NULL);
    return int_from_mpz(r);
}

static Object *m_comb(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    mpz_t n, k;
    if (two_args("comb", nargs, kw) < 0 || !get_n_k(args[0], args[1], n, k))
        return NULL;
    return choose(n, k, false);
}

static Object *m_perm(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (arg_no_kwargs("perm", kw) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2)
        return err_set(Exc_TypeError, "perm expected at most 2 arguments, got %zu", nargs);
    if (nargs == 1 || args[1] == None)
        return m_factorial(self, args, 1, NULL);
    mpz_t n, k;
    if (!get_n_k(args[0], args[1], n, k))
        return NULL;
    return choose(n, k, true);
}

static const MethodDef math_defs[] = {
    {"sqrt", m_sqrt, 0}, {"exp", m_exp, 0}, {"exp2", m_exp2, 0}, {"expm1", m_expm1, 0},
    {"log", m_log, 0}, {"log2", m_log2, 0}, {"log10", m_log10, 0}, {"log1p", m_log1p, 0},
    {"pow", m_pow, 0},
    {"sin", m_sin, 0}, {"cos", m_cos, 0}, {"tan", m_tan, 0},
    {"asin", m_asin, 0}, {"acos", m_acos, 0}, {"atan", m_atan, 0}, {"atan2", m_atan2, 0},
    {"sinh", m_sinh, 0}, {"cosh", m_cosh, 0}, {"tanh", m_tanh, 0},
    {"asinh", m_asinh, 0}, {"acosh", m_acosh, 0}, {"atanh", m_atanh, 0},
    {"floor", m_floor, 0}, {"ceil", m_ceil, 0}, {"trunc", m_trunc, 0},
    {"fabs", m_fabs, 0}, {"cbrt", m_cbrt, 0}, {"erf", m_erf, 0}, {"erfc", m_erfc, 0},
    {"gamma", m_gamma, 0}, {"lgamma", m_lgamma, 0},
    {"degrees", m_degrees, 0}, {"radians", m_radians, 0},
    {"copysign", m_copysign, 0}, {"fmod", m_fmod, 0}, {"remainder", m_remainder, 0},
    {"nextafter", m_nextafter, 0}, {"ulp", m_ulp, 0},
    {"modf", m_modf, 0}, {"frexp", m_frexp, 0}, {"ldexp", m_ldexp, 0},
    {"isfinite", m_isfinite, 0}, {"isinf", m_isinf, 0}, {"isnan", m_isnan, 0},
    {"isclose", m_isclose, 0},
    {"fsum", m_fsum, 0}, {"prod", m_prod, 0}, {"hypot", m_hypot, 0}, {"dist", m_dist, 0},
    {"factorial", m_factorial, 0}, {"isqrt", m_isqrt, 0}, {"gcd", m_gcd, 0},
    {"lcm", m_lcm, 0}, {"comb", m_comb, 0}, {"perm", m_perm, 0},
    {NULL, NULL, 0},
};

static int set_const(Object *d, const char *name, double v)
{
    Object *f = float_from_double(v);
    if (!f)
        return -1;
    int r = dict_set_str(d, name, f);
    DECREF(f);
    return r;
}

Object *mod_math_create(void)
{
    Object *m = module_from_defs("math", math_defs);
    if (!m)
        return NULL;
    Object *d = module_dict(m);
    if (set_const(d, "pi", PI) < 0 || set_const(d, "e", E) < 0
        || set_const(d, "tau", 2 * PI) < 0 || set_const(d, "inf", HUGE_VAL) < 0
        || set_const(d, "nan", NAN) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
