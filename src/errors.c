/* errors.c — the current-exception state of err.h.
 *
 * One runtime per process, so the state is two globals: the exception
 * being raised (`current`) and the exception being handled by an except
 * clause (`handled`, for sys.exc_info(), bare `raise` and the implicit
 * __context__ of a new exception).  Both hold owned references.
 *
 * Raising through err_set/err_set_obj chains the handled exception as the
 * new exception's __context__, as CPython's _PyErr_SetObject does, so a
 * TypeError raised by C code inside an except clause prints "During
 * handling of the above exception...".  err_restore does not chain: it
 * re-installs an exception exactly as fetched. */
#include "config.h"

#include "err.h"
#include "list.h"
#include "str.h"


/* Store v (owned) in *p and drop the previous reference afterwards. */
static void set_ref(Object **p, Object *v)
{
    Object *old = *p;
    *p = v;
    XDECREF(old);
}

static Object *current;
static Object *handled;

/* The MemoryError raised when nothing can be allocated: built by exc_init
 * (exceptions.c hands it over through errors_set_memory_error). */
static Object *memory_error;

void errors_set_memory_error(Object *exc)
{
    set_ref(&memory_error, exc);
}

Object *err_occurred(void)
{
    return current;
}

void err_restore(Object *exc)
{
    set_ref(&current, exc);
}

Object *err_fetch(void)
{
    Object *exc = current;
    current = NULL;
    return exc;
}

void err_clear(void)
{
    CLEAR(current);
}

Object *err_get_handled(void)
{
    return handled;
}

void err_set_handled(Object *exc)
{
    set_ref(&handled, exc);
}

/* Make the handled exception exc's __context__, unless that would close a
 * cycle: as CPython, cut the context chain where exc itself appears. */
static void chain_context(Object *exc)
{
    if (!handled || handled == exc || handled == None)
        return;
    Object *o = handled;
    for (int guard = 0; guard < 1000; guard++) {
        Object *ctx = exc_get_context(o);
        if (!ctx)
            break;
        if (ctx == exc) {
            exc_set_context(o, NULL);
            break;
        }
        o = ctx;
    }
    exc_set_context(exc, newref(handled));
}

static void raise_new(Object *exc)
{
    chain_context(exc);
    set_ref(&current, exc);
}

Object *err_set_v(Type *type, const char *fmt, va_list ap)
{
    Object *msg = str_format_v(fmt, ap);
    if (!msg)
        return NULL;
    Object *exc = exc_new(type, &msg, 1);
    DECREF(msg);
    if (exc)
        raise_new(exc);
    return NULL;
}

Object *err_set(Type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    err_set_v(type, fmt, ap);
    va_end(ap);
    return NULL;
}

/* value becomes the single argument of type(value); CPython would unpack
 * a tuple value into several arguments, which only KeyError's callers
 * ever have to guard against — here a tuple is always one argument. */
Object *err_set_obj(Type *type, Object *value)
{
    Object *exc;
    if (value && obj_is_instance_of(value, type))
        exc = newref(value);
    else
        exc = value ? exc_new(type, &value, 1) : exc_new(type, NULL, 0);
    if (exc)
        raise_new(exc);
    return NULL;
}

/* Never allocates: the preallocated instance is reset (when nobody else
 * holds it) and raised. */
/* A fresh MemoryError when there is memory for one (a failed huge
 * request leaves plenty), so its traceback dies with it; otherwise the
 * preallocated instance, whose traceback lives until it is raised again. */
Object *err_no_memory(void)
{
    static bool allocating;
    if (!memory_error)
        return NULL;   /* before exc_init: nothing sensible to raise */
    Object *fresh = NULL;
    if (!allocating) {
        allocating = true;
        fresh = exc_new(Exc_MemoryError, NULL, 0);
        allocating = false;
    }
    if (fresh == NULL && memory_error->refcnt == 1)
        exc_reset(memory_error);
    set_ref(&current, fresh ? fresh : newref(memory_error));
    return NULL;
}

bool err_matches(Type *type)
{
    return current && obj_is_instance_of(current, type);
}

/* exc may be an exception instance or class; type_or_tuple a class or a
 * (possibly nested) tuple of classes. */
bool err_given_matches(Object *exc, Object *type_or_tuple)
{
    if (!exc)
        return false;
    if (TUPLE_CHECK(type_or_tuple)) {
        for (intptr_t i = 0; i < VAR_SIZE(type_or_tuple); i++)
            if (err_given_matches(exc, TUPLE_ITEMS(type_or_tuple)[i]))
                return true;
        return false;
    }
    if (!TYPE_FLAG(TYPE(type_or_tuple), TF_TYPE_SUBCLASS))
        return false;
    Type *t = (Type *)type_or_tuple;
    if (TYPE_FLAG(TYPE(exc), TF_TYPE_SUBCLASS))
        return (Type *)exc == t || type_is_subtype((Type *)exc, t);
    return obj_is_instance_of(exc, t);
}

/* Drop the error state at shutdown so everything it holds is freed. */
void errors_fini(void)
{
    CLEAR(current);
    CLEAR(handled);
    CLEAR(memory_error);
}
