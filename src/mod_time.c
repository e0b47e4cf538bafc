/* mod_time.c — the time module over clock_gettime. */
#define _POSIX_C_SOURCE 200809L
#include "config.h"

#include <errno.h>
#include <math.h>
#include <time.h>

#include "err.h"
#include "int.h"
#include "method.h"
#include "module.h"

static Object *clock_float(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return float_from_double((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static Object *clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

/* Each clock function takes no arguments. */
#define CLOCK_FN(fname, make, id)                                           \
    static Object *t_##fname(Object *self, Object *const *args, size_t nargs,   \
                         Object *kwnames)                                   \
    {                                                                       \
        if (arg_count(#fname, nargs, 0, 0) < 0 || arg_no_kwargs(#fname, kwnames) < 0) \
            return NULL;                                                    \
        return make(id);                                                    \
    }
CLOCK_FN(time, clock_float, CLOCK_REALTIME)
CLOCK_FN(time_ns, clock_ns, CLOCK_REALTIME)
CLOCK_FN(perf_counter, clock_float, CLOCK_MONOTONIC)
CLOCK_FN(perf_counter_ns, clock_ns, CLOCK_MONOTONIC)
CLOCK_FN(monotonic, clock_float, CLOCK_MONOTONIC)
CLOCK_FN(monotonic_ns, clock_ns, CLOCK_MONOTONIC)
CLOCK_FN(process_time, clock_float, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FN(process_time_ns, clock_ns, CLOCK_PROCESS_CPUTIME_ID)

static Object *t_sleep(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_count("sleep", nargs, 1, 1) < 0 || arg_no_kwargs("sleep", kwnames) < 0)
        return NULL;
    if (!INT_CHECK(args[0]) && !FLOAT_CHECK(args[0]))
        return err_set(Exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    double secs = num_as_double(args[0]);
    if (secs == -1.0 && err_occurred())
        return NULL;
    if (isnan(secs))
        return err_set(Exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0)
        return err_set(Exc_ValueError, "sleep length must be non-negative");
    struct timespec ts = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
    RETURN_NONE;
}

static const MethodDef time_functions[] = {
    {"time", t_time, 0},
    {"time_ns", t_time_ns, 0},
    {"perf_counter", t_perf_counter, 0},
    {"perf_counter_ns", t_perf_counter_ns, 0},
    {"monotonic", t_monotonic, 0},
    {"monotonic_ns", t_monotonic_ns, 0},
    {"process_time", t_process_time, 0},
    {"process_time_ns", t_process_time_ns, 0},
    {"sleep", t_sleep, 0},
    {NULL, NULL, 0},
};

Object *mod_time_create(void)
{
    return module_from_defs("time", time_functions);
}
