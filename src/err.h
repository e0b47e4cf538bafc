/* err.h — exceptions: the one error mechanism.  A failing function sets
 * the current exception and returns NULL (or -1); callers propagate it.
 * The current exception is an instance of BaseException (or a subclass);
 * exception types are Type objects created at start-up (exceptions.c). */
#ifndef OURO_ERR_H
#define OURO_ERR_H

#include <stdarg.h>
#include "object.h"

/* Set the current exception to type(message), message printf-formatted
 * with str_format's directives (%s %d %zd %R %S %T ...: see str.h).
 * Always returns NULL so callers can `return err_set(...)`. */
Object *err_set(Type *type, const char *fmt, ...);
Object *err_set_v(Type *type, const char *fmt, va_list ap);
/* Set type(value) (value may be NULL: no args), or value itself when it
 * is already an instance of type. */
Object *err_set_obj(Type *type, Object *value);
/* err_set and err_set_obj make the handled exception (if any) the new
 * exception's __context__, as python3 does; err_restore does not. */
Object *err_no_memory(void);       /* MemoryError; returns NULL */

Object *err_occurred(void);        /* borrowed current exception or NULL */
bool err_matches(Type *type);      /* current exception is an instance of type */
bool err_given_matches(Object *exc, Object *type_or_tuple);
Object *err_fetch(void);           /* take the current exception (new ref), clear it */
void err_restore(Object *exc);     /* set exc (steals the reference) as current */
void err_clear(void);

/* The exception being handled (sys.exc_info / implicit __context__). */
Object *err_get_handled(void);     /* borrowed or NULL */
void err_set_handled(Object *exc); /* steals; NULL clears */

/* exceptions.c: exception objects */
Object *exc_new(Type *type, Object *const *args, size_t nargs); /* type(*args) */
Object *exc_get_args(Object *exc);                 /* borrowed tuple */
void exc_set_cause(Object *exc, Object *cause);    /* steals cause (may be None) */
/* Record what an AttributeError (obj and name) or NameError (name; obj
 * NULL or the failing code's tuple of local variable names) is about, as
 * python3's name/obj attributes: printing then offers "Did you mean:
 * 'x'?".  Call as exc_note_name(err_occurred(), obj, name) right after
 * raising; anything else is ignored. */
void exc_note_name(Object *exc, Object *obj, Object *name);
void exc_set_context(Object *exc, Object *context);/* steals context */
/* Record that exc passed through a frame of funcname at lineno.  Called as
 * the exception propagates outwards, innermost frame first (each call adds
 * an entry OUTSIDE the previous ones); printing shows outermost first. */
int exc_add_traceback(Object *exc, Object *filename, Object *funcname, int lineno);
/* The same, also keeping `locals` (e.g. a tuple of the frame's local
 * values; NULL: nothing) alive as long as the traceback, as python3's
 * traceback keeps its frames: what a failing function held dies with the
 * exception (after the except clause), not when the frame unwinds. */
int exc_add_traceback_frame(Object *exc, Object *filename, Object *funcname, int lineno,
                            Object *locals);
/* Borrowed parts of an exception (NULL when unset or exc is not one). */
Object *exc_get_cause(Object *exc);
Object *exc_get_context(Object *exc);
Object *exc_get_traceback(Object *exc);
/* Print exc like python3 does for an uncaught exception: the chained
 * causes/contexts, "Traceback (most recent call last):", the entries, and
 * "Type: message"; SyntaxError shows file, line, source and caret. */
void exc_print(Object *exc);
/* python3's "Exception ignored in: <where>" report for an exception that
 * cannot propagate (from __del__, a weakref or gc callback): prints and
 * clears the current exception. */
void err_write_unraisable(Object *where);
/* The same, headed "<what>: <repr of where>" (python3's atexit wording). */
void err_write_unraisable_in(const char *what, Object *where);
/* A SyntaxError (or IndentationError/TabError: pass the type) carrying
 * python3's attributes msg, filename, lineno, offset (1-based), text,
 * end_lineno, end_offset.  Returns the exception object (new ref). */
Object *exc_syntax_error(Type *type, const char *msg, const char *filename,
                         int lineno, int offset, const char *text,
                         int end_lineno, int end_offset);

/* The built-in exception types. */
extern Type *Exc_BaseException, *Exc_Exception, *Exc_SystemExit,
    *Exc_KeyboardInterrupt, *Exc_GeneratorExit, *Exc_StopIteration,
    *Exc_ArithmeticError, *Exc_ZeroDivisionError, *Exc_OverflowError,
    *Exc_FloatingPointError, *Exc_AssertionError, *Exc_AttributeError,
    *Exc_LookupError, *Exc_IndexError, *Exc_KeyError, *Exc_NameError,
    *Exc_UnboundLocalError, *Exc_TypeError, *Exc_ValueError,
    *Exc_UnicodeError, *Exc_RuntimeError, *Exc_RecursionError,
    *Exc_NotImplementedError, *Exc_MemoryError, *Exc_ImportError,
    *Exc_ModuleNotFoundError, *Exc_SyntaxError, *Exc_IndentationError,
    *Exc_TabError, *Exc_OSError, *Exc_EOFError, *Exc_StopAsyncIteration,
    *Exc_UnicodeDecodeError, *Exc_UnicodeEncodeError, *Exc_BufferError,
    *Exc_Warning, *Exc_DeprecationWarning, *Exc_UserWarning,
    *Exc_RuntimeWarning, *Exc_FileNotFoundError;

/* The traceback object type (e.__traceback__). */
extern Type Traceback_type;
/* The i-th built-in exception type, NULL past the last (builtins.c). */
Type *exc_builtin_type(size_t i);
/* Reset the traceback and chaining of exc (errors.c, for MemoryError). */
void exc_reset(Object *exc);
/* exc_init hands errors.c the preallocated MemoryError (steals). */
void errors_set_memory_error(Object *exc);

/* Create the exception types (called once by rt_init). */
int exc_init(void);
/* Drop the current, handled and preallocated exceptions (rt_fini). */
void errors_fini(void);

#endif
