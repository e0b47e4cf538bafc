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

#endif
