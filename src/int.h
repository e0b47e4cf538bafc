/* int.h — int (a machine-word fast path, GMP beyond it), bool, float. */
#ifndef OURO_INT_H
#define OURO_INT_H

#include "object.h"

extern Type Int_type, Bool_type, Float_type;
#define INT_CHECK(o) TYPE_FLAG(TYPE(o), TF_INT_SUBCLASS)   /* includes bool */
#define INT_CHECK_EXACT(o) (TYPE(o) == &Int_type)
#define FLOAT_CHECK(o) obj_is_instance_of(OBJ(o), &Float_type)
#define BOOL_CHECK(o) (TYPE(o) == &Bool_type)

Object *int_from_i64(int64_t v);
Object *int_from_u64(uint64_t v);
Object *int_from_double(double d);  /* truncates; OverflowError/ValueError for inf/nan */
/* Python int literal / int(s, base) syntax: sign, spaces, underscores,
 * 0x/0o/0b prefixes when base is 0 or matches.  ValueError
 * "invalid literal for int() with base N: 's'" on bad input. */
Object *int_from_string(const char *s, size_t n, int base);

/* Value as int64 when it fits: returns 0 and sets *out, else returns -1
 * WITHOUT setting an exception.  Fast path for the VM. */
int int_to_i64(Object *i, int64_t *out);
/* Value as int64; OverflowError "Python int too large to convert to C long". */
int64_t int_as_i64(Object *i);
double int_as_double(Object *i);    /* OverflowError "int too large to convert to float" */
int int_sign(Object *i);
Object *int_to_base_str(Object *i, int base); /* "0x1f" style for 2, 8, 16; plain for 10 */

extern Object *True, *False;        /* the two bool objects */
static inline Object *bool_from(bool b) { return newref(b ? True : False); }

Object *float_from_double(double d);
double float_value(Object *f);      /* f must be a float */
/* float or int to double; TypeError "must be real number, not X" otherwise. */
double num_as_double(Object *o);
/* Shortest repr that round-trips, as python3 prints it ("0.1", "1e+16", "inf"). */
void float_repr_buf(double d, char *buf, size_t size);
Object *float_from_string(const char *s, size_t n); /* float('...') rules */

int int_init(void);

/* ---- additions shared by int.c, bool.c, float.c and mod_math.c ---- */

/* An instance of t (int, bool or an int subclass) holding the value of
 * the int v. */
Object *int_new_of_type(Type *t, Object *v);
/* Exact comparison of an int with a finite or infinite double (not NaN):
 * -1, 0 or 1, like python3's int/float comparisons. */
int int_cmp_double(Object *i, double d);
/* abs(i) == m * 2**e with m in [0.5, 1) correctly rounded (m == 0 for
 * 0): how math.log handles ints too large for a double. */
double int_frexp(Object *i, int64_t *e);
/* Number of bits of abs(i) (int.bit_length()). */
uint64_t int_bit_length(Object *i);
/* str(i) / int(s) refuse more decimal digits than this (python3's
 * sys.get_int_max_str_digits(); 0 means no limit). */
extern int int_max_str_digits;
/* i ** e for doubles with python3's float rules and errors (float.c). */
Object *float_pow_double(double x, double e);
/* int's number slots (bool.c reuses them). */
extern const NumberSlots int_number;
/* Called by int_init. */
int bool_init(void);
int float_init(void);

/* GMP access for callers that include <gmp.h> first. */
#ifdef __GNU_MP__
void int_get_mpz(Object *i, mpz_t out);      /* initialises out */
Object *int_from_mpz(mpz_t z);               /* clears z */
#endif

#endif
