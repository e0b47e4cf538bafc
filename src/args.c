/* args.c — argument checking for C functions, with python3's messages.
 * fname is the bare function name ("len", "sorted"); the messages add
 * the parentheses where python3 prints them. */
#include "config.h"

#include <string.h>

#include "err.h"
#include "list.h"
#include "object.h"
#include "str.h"

int arg_no_kwargs(const char *fname, Object *kwnames)
{
    if (NKW(kwnames) == 0)
        return 0;
    err_set(Exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

int arg_count(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (max == 0)
        err_set(Exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else if (min == 1 && max == 1)
        err_set(Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    else if (min == max)
        err_set(Exc_TypeError, "%s expected %zu arguments, got %zu", fname, min, nargs);
    else if (nargs < min)
        err_set(Exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                min == 1 ? "" : "s", nargs);
    else
        err_set(Exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                max == 1 ? "" : "s", nargs);
    return -1;
}

static intptr_t name_index(const char *const *names, size_t count, Object *key)
{
    for (size_t i = 0; i < count; i++)
        if (str_equal_cstr(key, names[i]))
            return (intptr_t)i;
    return -1;
}

int arg_unpack(const char *fname, Object *const *args, size_t nargs,
               Object *kwnames, const char *const *names, size_t required,
               Object **out)
{
    size_t count = 0;
    while (names[count])
        count++;
    if (nargs > count) {
        err_set(Exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, count,
                count == 1 ? "" : "s", nargs + NKW(kwnames));
        return -1;
    }
    for (size_t i = 0; i < count; i++)
        out[i] = i < nargs ? args[i] : NULL;
    for (size_t k = 0; k < NKW(kwnames); k++) {
        Object *key = TUPLE_ITEMS(kwnames)[k];
        intptr_t i = name_index(names, count, key);
        if (i < 0) {
            err_set(Exc_TypeError, "'%U' is an invalid keyword argument for %s()", key, fname);
            return -1;
        }
        if (out[i]) {
            err_set(Exc_TypeError, "argument for %s() given by name ('%s') and position (%zd)",
                    fname, names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (size_t i = 0; i < required; i++) {
        if (out[i] == NULL) {
            err_set(Exc_TypeError, "%s() missing required argument '%s' (pos %zu)", fname,
                    names[i], i + 1);
            return -1;
        }
    }
    return 0;
}
