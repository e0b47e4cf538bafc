/* str.h — immutable Unicode strings, stored as UTF-8 and indexed by code
 * point.  VAR_SIZE(s) is the length in code points; an all-ASCII string
 * indexes in O(1). */
#ifndef OURO_STR_H
#define OURO_STR_H

#include <stdarg.h>
#include "object.h"

typedef struct StrObject StrObject;   /* layout private to str.c */

extern Type Str_type;
#define STR_CHECK(o) TYPE_FLAG(TYPE(o), TF_STR_SUBCLASS)
#define STR_CHECK_EXACT(o) (TYPE(o) == &Str_type)

/* s must be valid UTF-8 (the front end and str.c guarantee it). */
Object *str_from_utf8(const char *s, size_t nbytes);
Object *str_from_cstr(const char *s);
/* The one-character string chr(cp), 0 <= cp <= 0x10FFFF (ASCII ones are
 * cached singletons). */
Object *str_from_codepoint(uint32_t cp);
/* The interned string for s: one object per distinct text, kept alive for
 * the life of the runtime.  Returns a BORROWED reference (NULL: no memory).
 * Use for attribute and method names. */
Object *str_intern_cstr(const char *s);
Object *str_intern(Object *s);     /* new reference to the interned copy */

const char *str_utf8(Object *s);   /* NUL-terminated UTF-8 (borrowed) */
size_t str_nbytes(Object *s);
intptr_t str_length(Object *s);    /* code points */
intptr_t str_hash(Object *s);
bool str_equal(Object *a, Object *b);
bool str_equal_cstr(Object *a, const char *s);
int str_compare(Object *a, Object *b); /* <0, 0, >0 by code point */
Object *str_concat(Object *a, Object *b);
Object *str_char_at(Object *s, intptr_t i); /* 0 <= i < length */
Object *str_join(Object *sep, Object *iterable);
/* repr of a str, python3 style quoting. */
Object *str_repr(Object *s);

/* printf-like formatting to a new str.  Directives: %s (char*), %d %i
 * (int), %u, %ld, %lu, %lld, %zd, %zu, %x, %c (int code point), %p,
 * %% and the object directives %R (repr), %S (str), %U (a str object),
 * %T (the type name of an object), %N (the name of a Type*). */
Object *str_format(const char *fmt, ...);
Object *str_format_v(const char *fmt, va_list ap);

/* Incremental building without quadratic copying. */
typedef struct {
    char *buf;        /* mem_alloc_atomic'ed */
    size_t len, cap;
    bool failed;      /* an allocation failed: sb_finish reports MemoryError */
} StrBuilder;
void sb_init(StrBuilder *sb);
void sb_add(StrBuilder *sb, const char *s, size_t n);
void sb_add_cstr(StrBuilder *sb, const char *s);
void sb_add_char(StrBuilder *sb, char c);
void sb_add_repeat(StrBuilder *sb, const char *s, size_t n, size_t times);
void sb_add_codepoint(StrBuilder *sb, uint32_t cp);
int sb_add_str(StrBuilder *sb, Object *str);  /* a str object */
int sb_add_repr(StrBuilder *sb, Object *o);   /* repr(o); -1 on error */
Object *sb_finish(StrBuilder *sb);            /* the str; frees the buffer */
void sb_discard(StrBuilder *sb);

/* format.c: the format-spec mini-language shared by format(), str.format,
 * f-strings, and the %-operator. */
Object *format_int(Object *i, Object *spec);
Object *format_float(double x, Object *spec);
Object *format_str(Object *s, Object *spec);
Object *str_percent(Object *fmt, Object *args); /* fmt % args */
/* fmt.format(*args, **kwargs) (mapping NULL; keyword values follow the
 * positional ones as in a vector call) or fmt.format_map(mapping). */
Object *str_format_fields(Object *fmt, Object *const *args, size_t nargs,
                          Object *kwnames, Object *mapping);

int str_init(void);

#endif
