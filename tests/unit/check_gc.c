/* check_gc.c — the collector driven through its C interface (gc.h):
 * build object graphs, collect, count what was freed.
 *
 * obj_live_count() counts objects allocated and not yet freed.  Each test
 * first settles the heap (collects until nothing is found, so garbage left
 * by earlier tests or by start-up cannot change a count), then checks that
 * the count moves by exactly what the algorithm determines.  The test
 * cases depend on the backend:
 *
 *   precise  gc_collect returns the number of unreachable objects and
 *            reference counting frees them: exact counts everywhere.
 *   boehm    libgc reclaims cycles without running deallocs, so the live
 *            count does not move: a weak reference or a __del__ on a cycle
 *            member is what shows the reclaim.
 *   none     cycles are never reclaimed; reference counting still frees.
 *
 * Classes with __del__ come from Python source run through the embedding
 * API (ouro.h) in __main__; the test reaches them as globals. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "mem.h"
#include "module.h"
#include "object.h"
#include "ouro.h"
#include "runtime.h"
#include "str.h"
#include "weakref.h"

static ouro_vm *vm;
static size_t live_at_start;

/* ---- helpers ---- */

/* Collect until nothing more is found (bounded: on the precise build an
 * object that survives its clear is found again by every collection). */
static void settle(void)
{
    for (int i = 0; i < 10 && gc_collect(2) > 0; i++)
        ;
    err_clear();
    live_at_start = obj_live_count();
}

static size_t live_delta(void) { return obj_live_count() - live_at_start; }

static void run_py(const char *src)
{
    ck_assert_int_eq(ouro_run_string(vm, src, "<check_gc>"), 0);
}

/* A global of __main__ (borrowed). */
static Object *main_global(const char *name)
{
    Object *m = dict_get_str(module_modules(), "__main__");
    ck_assert_ptr_nonnull(m);
    Object *v = dict_get_str(module_dict(m), name);
    ck_assert_msg(v != NULL, "__main__ has no global %s", name);
    return v;
}

static intptr_t main_len(const char *name)
{
    return obj_length(main_global(name));
}

/* Two new lists referencing each other; returns a (new reference), and b
 * (new reference) in *b_out if wanted. */
static Object *list_pair(Object **b_out)
{
    Object *a = list_new(0), *b = list_new(0);
    ck_assert_int_eq(list_append(a, b), 0);
    ck_assert_int_eq(list_append(b, a), 0);
    if (b_out)
        *b_out = b;
    else
        DECREF(b);
    return a;
}

/* An instance of the __main__ class cls with .name = name and .o = other
 * (if given); new reference. */
static Object *instance(const char *cls, const char *name, Object *other)
{
    Object *o = obj_call0(main_global(cls));
    ck_assert_ptr_nonnull(o);
    Object *s = str_intern_cstr(name);     /* borrowed */
    ck_assert_int_eq(obj_setattr_str(o, "name", s), 0);
    if (other)
        ck_assert_int_eq(obj_setattr_str(o, "o", other), 0);
    return o;
}

/* A cycle a -> b -> a of instances of cls; borrowed pointers in *a, *b
 * (the cycle holds them).  Each instance also owns its __dict__, so the
 * pair is four tracked containers. */
static void instance_pair(const char *cls, Object **a, Object **b)
{
    *a = instance(cls, "a", NULL);
    *b = instance(cls, "b", *a);
    ck_assert_int_eq(obj_setattr_str(*a, "o", *b), 0);
    DECREF(*a);
    DECREF(*b);
}

/* The Python side of the finalizer tests: __del__ and weakref callbacks
 * write to `log`; Resurrecting makes its object reachable again. */
static const char *const py_classes =
    "import weakref\n"
    "log = []\n"
    "saved = []\n"
    "class Plain:\n"
    "    pass\n"
    "class Logged:\n"
    "    def __del__(self):\n"
    "        log.append(self.name)\n"
    "class Resurrecting:\n"
    "    def __del__(self):\n"
    "        log.append(self.name)\n"
    "        saved.append(self)\n"
    "class Collecting:\n"
    "    def __del__(self):\n"
    "        garbage = []\n"
    "        garbage.append(garbage)\n"
    "        del garbage\n"
    "        log.append(hooks.collect())\n"
    "class Peeking:\n"
    "    def __del__(self):\n"
    "        log.append(probe() is None)\n"
    "def callback(ref):\n"
    "    log.append('callback')\n";

static void reset_log(void)
{
    run_py("log.clear()\nsaved.clear()\n");
}

/* hooks.collect(): gc_collect(2) called from Python code, so a __del__
 * can enter the collector while it runs. */
static Object *hooks_collect(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self, (void)args, (void)nargs, (void)kw;
    return int_from_i64(gc_collect(2));
}

static const MethodDef hooks_defs[] = {
    {"collect", hooks_collect, 0},
    {NULL, NULL, 0},
};

/* Output of unraisable exceptions (callbacks failing under injected
 * memory failure) goes nowhere while a test wants it quiet. */
static void discard(const char *s, size_t n, void *ctx) { (void)s, (void)n, (void)ctx; }

static long start_thresholds[3];

/* A test that failed may have left an exception, a failure countdown,
 * quiet output, changed collector settings or entries in the Python-side
 * lists behind. */
static void setup(void)
{
    mem_fail_after(0);
    err_clear();
    rt_set_writers(NULL, NULL, NULL);
    gc_enable(true);
    gc_set_threshold(start_thresholds);
    gc_unfreeze();
    reset_log();
    settle();
}

/* ================= all backends: reference counting ================= */

START_TEST(acyclic_graph_freed_by_refcount)
{
    Object *root = list_new(0);
    for (int i = 0; i < 100; i++) {
        Object *s = str_format("leaf %d", i);
        Object *t = tuple_pack(2, s, None);
        Object *d = dict_new();
        ck_assert_int_eq(dict_set(d, s, t), 0);
        ck_assert_int_eq(list_append(root, d), 0);
        DECREF(s);
        DECREF(t);
        DECREF(d);
    }
    ck_assert_uint_eq(live_delta(), 1 + 100 * 3);
    DECREF(root);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* A cycle broken by hand is freed by reference counting alone. */
START_TEST(cycle_broken_by_hand_is_freed)
{
    Object *b;
    Object *a = list_pair(&b);
    DECREF(b);
    ck_assert_uint_eq(live_delta(), 2);
    List_type.clear(a);
    ck_assert_uint_eq(live_delta(), 1);
    DECREF(a);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* ================= precise: exact counts ================= */

START_TEST(two_list_cycle)
{
    Object *b;
    Object *a = list_pair(&b);
    DECREF(a);
    DECREF(b);
    ck_assert_uint_eq(live_delta(), 2);   /* counting alone cannot free them */
    ck_assert_int_eq(gc_collect(2), 2);
    ck_assert_uint_eq(live_delta(), 0);
    ck_assert_int_eq(gc_collect(2), 0);
}
END_TEST

START_TEST(self_referencing_list)
{
    Object *a = list_new(0);
    ck_assert_int_eq(list_append(a, a), 0);
    DECREF(a);
    ck_assert_uint_eq(live_delta(), 1);
    ck_assert_int_eq(gc_collect(2), 1);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

START_TEST(referenced_cycle_survives)
{
    Object *b;
    Object *a = list_pair(&b);
    DECREF(b);
    ck_assert_int_eq(gc_collect(2), 0);
    ck_assert_uint_eq(live_delta(), 2);
    /* still intact: a -> b -> a */
    ck_assert_ptr_eq(LIST_ITEMS(LIST_ITEMS(a)[0])[0], a);
    ck_assert_int_eq(a->refcnt, 2);
    DECREF(a);
    ck_assert_int_eq(gc_collect(2), 2);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

enum { RING = 100000 };

START_TEST(large_ring)
{
    Object *first = list_new(0), *prev = first;
    INCREF(prev);
    for (int i = 1; i < RING; i++) {
        Object *l = list_new(0);
        ck_assert_int_eq(list_append(prev, l), 0);
        DECREF(prev);
        prev = l;
    }
    ck_assert_int_eq(list_append(prev, first), 0);
    DECREF(prev);
    DECREF(first);
    ck_assert_uint_eq(live_delta(), RING);
    ck_assert_int_eq(gc_collect(2), RING);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* list -> dict -> tuple -> list: three container types, one cycle. */
START_TEST(mixed_cycle)
{
    Object *key = str_from_cstr("tuple");
    Object *l = list_new(0), *d = dict_new();
    Object *t = tuple_pack(1, l);
    ck_assert_int_eq(dict_set(d, key, t), 0);
    ck_assert_int_eq(list_append(l, d), 0);
    DECREF(l);
    DECREF(d);
    DECREF(t);
    ck_assert_uint_eq(live_delta(), 4);
    ck_assert_int_eq(gc_collect(2), 3);     /* the str is not a container */
    ck_assert_uint_eq(live_delta(), 1);
    ck_assert_int_eq(key->refcnt, 1);
    DECREF(key);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* Objects only the cycle reaches go with it: the containers among them
 * are found unreachable too, the rest is freed by counting. */
START_TEST(garbage_hanging_off_a_cycle)
{
    Object *b;
    Object *a = list_pair(&b);
    Object *child = list_new(0);
    Object *s1 = str_format("x%d", 1), *s2 = str_format("y%d", 2);
    Object *t = tuple_pack(2, s1, s2);
    Object *big = int_from_string("123456789012345678901234567890", 30, 10);
    ck_assert_ptr_nonnull(big);
    ck_assert_int_eq(list_append(child, t), 0);
    ck_assert_int_eq(list_append(child, big), 0);
    ck_assert_int_eq(list_append(a, child), 0);
    DECREF(s1), DECREF(s2), DECREF(t), DECREF(big), DECREF(child);
    DECREF(a), DECREF(b);
    ck_assert_uint_eq(live_delta(), 7);
    /* a, b, child, t are containers; the strs and the int are not */
    ck_assert_int_eq(gc_collect(2), 4);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

enum { CHAIN = 10000 };

/* move_unreachable's rescue path.  Each node is referenced only by the
 * node allocated after it, and only the last one by the test, so the scan
 * (in allocation order) first sets every node aside as unreachable, then
 * reaches the root and must bring the whole chain back, node by node.
 * The chain's first node also closes a cycle with the root, and a real
 * garbage cycle allocated in between must still be found. */
START_TEST(chain_rescued_from_live_root)
{
    Object *first = list_new(0), *prev = first;
    Object *garbage = list_pair(NULL);
    DECREF(garbage);
    INCREF(prev);
    for (int i = 1; i < CHAIN; i++) {
        Object *node = list_new(0);
        ck_assert_int_eq(list_append(node, prev), 0);
        DECREF(prev);
        prev = node;
    }
    Object *root = prev;
    ck_assert_int_eq(list_append(first, root), 0);
    DECREF(first);
    ck_assert_uint_eq(live_delta(), CHAIN + 2);
    ck_assert_int_eq(gc_collect(0), 2);
    ck_assert_uint_eq(live_delta(), CHAIN);
    /* the chain is intact and still tracked */
    Object *node = root;
    for (int i = 1; i < CHAIN; i++) {
        ck_assert(gc_is_tracked(node));
        ck_assert_int_eq(VAR_SIZE(node), 1);
        node = LIST_ITEMS(node)[0];
    }
    ck_assert_ptr_eq(node, first);
    ck_assert_ptr_eq(LIST_ITEMS(first)[0], root);
    /* and survives again as an older generation */
    ck_assert_int_eq(gc_collect(2), 0);
    DECREF(root);
    ck_assert_int_eq(gc_collect(2), CHAIN);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* gc_get_count: gen 0 counts container allocations minus frees; an older
 * generation counts collections of the one below. */
START_TEST(generation_counts)
{
    long c[3];
    gc_get_count(c);
    ck_assert(c[0] == 0 && c[1] == 0 && c[2] == 0);
    Object *l[3];
    for (int i = 0; i < 3; i++)
        l[i] = list_new(0);
    Object *s = str_from_cstr("not a container");
    gc_get_count(c);
    ck_assert_int_eq(c[0], 3);
    DECREF(l[2]);
    gc_get_count(c);
    ck_assert_int_eq(c[0], 2);
    ck_assert_int_eq(gc_collect(0), 0);
    gc_get_count(c);
    ck_assert(c[0] == 0 && c[1] == 1 && c[2] == 0);
    ck_assert_int_eq(gc_collect(1), 0);
    gc_get_count(c);
    ck_assert(c[0] == 0 && c[1] == 0 && c[2] == 1);
    DECREF(l[0]), DECREF(l[1]), DECREF(s);
}
END_TEST

/* Survivors of a collection move up a generation, where the younger
 * collections no longer see them. */
START_TEST(survivors_are_promoted)
{
    Object *b;
    Object *a = list_pair(&b);
    DECREF(b);
    ck_assert_int_eq(gc_collect(0), 0);     /* a, b now in generation 1 */
    DECREF(a);
    ck_assert_int_eq(gc_collect(0), 0);
    ck_assert_uint_eq(live_delta(), 2);
    ck_assert_int_eq(gc_collect(1), 2);
    ck_assert_uint_eq(live_delta(), 0);

    a = list_pair(&b);
    DECREF(b);
    ck_assert_int_eq(gc_collect(1), 0);     /* generation 0 -> 2 in one step */
    DECREF(a);
    ck_assert_int_eq(gc_collect(0), 0);
    ck_assert_int_eq(gc_collect(1), 0);
    ck_assert_uint_eq(live_delta(), 2);
    ck_assert_int_eq(gc_collect(2), 2);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* An untracked object is invisible to the collector: its references do
 * not count as internal, so what it references looks referenced from
 * outside, and an untracked cycle is never found. */
START_TEST(untracked_cycle_is_never_collected)
{
    Object *b;
    Object *a = list_pair(&b);
    gc_untrack(a);
    gc_untrack(b);
    ck_assert(!gc_is_tracked(a) && !gc_is_tracked(b));
    DECREF(a), DECREF(b);
    ck_assert_int_eq(gc_collect(2), 0);
    ck_assert_uint_eq(live_delta(), 2);
    /* half tracked: b's reference keeps a alive */
    gc_track(a);
    ck_assert_int_eq(gc_collect(2), 0);
    ck_assert_uint_eq(live_delta(), 2);
    gc_track(b);
    ck_assert_int_eq(gc_collect(2), 2);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* Allocation past generation 0's threshold asks for a collection; the
 * safe point runs it.  A disabled collector asks for nothing. */
START_TEST(threshold_sets_pending_and_safe_point_collects)
{
    long saved[3], c[3];
    gc_get_threshold(saved);
    gc_set_threshold((long[3]){5, 10, 10});
    gc_pending = 0;
    Object *keep[4];
    Object *garbage = list_pair(NULL);    /* 2 allocations */
    DECREF(garbage);
    for (int i = 0; i < 3; i++)           /* 5: at the threshold */
        keep[i] = list_new(0);
    ck_assert_int_eq(gc_pending, 0);
    keep[3] = list_new(0);                /* 6: over it */
    ck_assert_int_eq(gc_pending, 1);
    ck_assert_uint_eq(live_delta(), 6);
    gc_safe_point();
    ck_assert_int_eq(gc_pending, 0);
    ck_assert_uint_eq(live_delta(), 4);
    gc_get_count(c);
    ck_assert(c[0] == 0 && c[1] == 1);

    gc_enable(false);
    garbage = list_pair(NULL);
    DECREF(garbage);
    Object *more[4];
    for (int i = 0; i < 4; i++)           /* 6: over the threshold again */
        more[i] = list_new(0);
    ck_assert_int_eq(gc_pending, 0);
    gc_pending = 1;
    gc_safe_point();                      /* disabled: does nothing */
    ck_assert_int_eq(gc_pending, 0);
    ck_assert_uint_eq(live_delta(), 10);
    gc_enable(true);
    gc_safe_point();
    ck_assert_uint_eq(live_delta(), 8);

    gc_set_threshold(saved);
    for (int i = 0; i < 4; i++)
        DECREF(keep[i]), DECREF(more[i]);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* A threshold of 0 disables automatic collection of that generation. */
START_TEST(zero_threshold_never_asks)
{
    long saved[3];
    gc_get_threshold(saved);
    gc_set_threshold((long[3]){0, 10, 10});
    gc_pending = 0;
    Object *l[20];
    for (int i = 0; i < 20; i++)
        l[i] = list_new(0);
    ck_assert_int_eq(gc_pending, 0);
    gc_set_threshold(saved);
    for (int i = 0; i < 20; i++)
        DECREF(l[i]);
}
END_TEST

/* __del__ runs once for each instance of a cycle; then the cycle goes.
 * Each instance owns its __dict__: four containers for a pair, counted as
 * two by gc_collect, as python3 3.11 counts them (gc.h). */
START_TEST(finalizers_run_on_cycle)
{
    Object *a, *b;
    instance_pair("Logged", &a, &b);
    ck_assert_uint_eq(live_delta(), 4);
    ck_assert_int_eq(gc_collect(2), 2);
    ck_assert_uint_eq(live_delta(), 0);
    ck_assert_int_eq(main_len("log"), 2);
    run_py("assert sorted(log) == ['a', 'b'], log\n");
}
END_TEST

/* PEP 442: a finalizer that makes its object reachable again keeps the
 * whole cycle alive, and __del__ never runs a second time. */
START_TEST(resurrected_cycle_survives_and_is_not_finalized_twice)
{
    Object *a, *b;
    instance_pair("Resurrecting", &a, &b);
    ck_assert_int_eq(gc_collect(2), 0);
    ck_assert_uint_eq(live_delta(), 4);
    ck_assert_int_eq(main_len("log"), 2);
    ck_assert_int_eq(main_len("saved"), 2);
    run_py("assert saved[0].o.o is saved[0]\n");
    run_py("saved.clear()\n");
    ck_assert_int_eq(gc_collect(2), 2);
    ck_assert_uint_eq(live_delta(), 0);
    ck_assert_int_eq(main_len("log"), 2);
}
END_TEST

/* A collection asked for while one runs (here from __del__) returns 0 and
 * does nothing: the self-referencing list each __del__ leaves behind is
 * found by the next collection. */
START_TEST(collect_inside_finalizer_returns_zero)
{
    Object *a, *b;
    instance_pair("Collecting", &a, &b);
    ck_assert_int_eq(gc_collect(2), 2);
    ck_assert_uint_eq(live_delta(), 2);
    run_py("assert log == [0, 0], log\n");
    ck_assert_int_eq(gc_collect(2), 2);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* A weak reference to a cycle member is cleared by the collection; its
 * callback runs (the weakref itself is not garbage). */
START_TEST(weakref_to_cycle_is_cleared)
{
    Object *a, *b;
    instance_pair("Plain", &a, &b);
    Object *wr = weakref_new(&WeakRef_type, a, main_global("callback"));
    ck_assert_ptr_nonnull(wr);
    ck_assert_ptr_eq(weakref_referent(wr), a);
    ck_assert_int_eq(gc_collect(2), 2);
    ck_assert_ptr_null(weakref_referent(wr));
    run_py("assert log == ['callback'], log\n");
    DECREF(wr);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* Weak references to garbage are cleared before any __del__ runs, as in
 * python3: a finalizer of the cycle sees the reference dead already. */
START_TEST(weakref_cleared_before_finalizers)
{
    Object *a, *b;
    instance_pair("Peeking", &a, &b);
    Object *probe = weakref_new(&WeakRef_type, a, NULL);
    Object *m = dict_get_str(module_modules(), "__main__");
    ck_assert_int_eq(dict_set_str(module_dict(m), "probe", probe), 0);
    DECREF(probe);
    ck_assert_int_eq(gc_collect(2), 2);
    run_py("assert log == [True, True], log\n"
           "del probe\n");
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* Every allocation during a collection with a weakref callback pending
 * may fail: nothing crashes, the cycle is still freed (at the latest by
 * the next collection), and nothing leaks. */
START_TEST(memory_failure_during_collection)
{
    rt_set_writers(NULL, discard, NULL);
    for (unsigned long n = 1; n < 60; n++) {
        Object *a, *b;
        instance_pair("Logged", &a, &b);
        Object *wr = weakref_new(&WeakRef_type, a, main_global("callback"));
        ck_assert_ptr_nonnull(wr);
        mem_fail_after(n);
        intptr_t found = gc_collect(2);
        mem_fail_after(0);
        /* gc.h: the count, or -1 with an exception set; never both */
        ck_assert_msg(found == 2 || found == -1, "failing allocation %lu: found %zd", n, found);
        ck_assert_msg((found == -1) == (err_occurred() != NULL),
                      "failing allocation %lu: found %zd, exception %s", n, found,
                      err_occurred() ? "set" : "not set");
        err_clear();
        gc_collect(2);
        err_clear();
        ck_assert_ptr_null(weakref_referent(wr));
        DECREF(wr);
        ck_assert_msg(live_delta() == 0, "failing allocation %lu leaves %zu objects",
                      n, live_delta());
        run_py("log.clear()\n");
    }
    rt_set_writers(NULL, NULL, NULL);
}
END_TEST

/* ---- per-generation lists (gc_visit_objects) and freezing ---- */

static int count_object(Object *o, void *arg)
{
    (void)o;
    ++*(long *)arg;
    return 0;
}

static long objects_in(int gen)
{
    long n = 0;
    ck_assert_int_eq(gc_visit_objects(gen, count_object, &n), 0);
    return n;
}

static int find_object(Object *o, void *arg) { return o == arg; }

START_TEST(visit_objects_by_generation)
{
    long gen2 = objects_in(2);
    ck_assert_int_eq(objects_in(0), 0);
    ck_assert_int_eq(objects_in(1), 0);
    ck_assert_int_eq(objects_in(-1), gen2 + gc_freeze_count());
    Object *b;
    Object *a = list_pair(&b);
    Object *s = str_from_cstr("untracked");
    ck_assert_int_eq(objects_in(0), 2);
    ck_assert_int_eq(gc_visit_objects(0, find_object, a), 1);
    ck_assert_int_eq(gc_visit_objects(0, find_object, s), 0);
    ck_assert_int_eq(gc_collect(0), 0);
    ck_assert_int_eq(objects_in(0), 0);
    ck_assert_int_eq(objects_in(1), 2);
    ck_assert_int_eq(gc_visit_objects(1, find_object, b), 1);
    ck_assert_int_eq(gc_collect(1), 0);
    ck_assert_int_eq(objects_in(1), 0);
    ck_assert_int_eq(objects_in(2), gen2 + 2);
    DECREF(a), DECREF(b), DECREF(s);
    ck_assert_int_eq(gc_collect(2), 2);
    ck_assert_int_eq(objects_in(2), gen2);
}
END_TEST

/* Frozen objects are ignored by every collection until unfrozen. */
START_TEST(frozen_cycle_is_not_collected)
{
    long tracked = objects_in(-1);
    ck_assert_int_eq(gc_freeze_count(), 0);
    Object *b;
    Object *a = list_pair(&b);
    gc_freeze();
    ck_assert_int_eq(gc_freeze_count(), tracked + 2);
    ck_assert_int_eq(objects_in(0) + objects_in(1) + objects_in(2), 0);
    DECREF(a), DECREF(b);
    ck_assert_int_eq(gc_collect(2), 0);
    ck_assert_uint_eq(live_delta(), 2);
    gc_unfreeze();
    ck_assert_int_eq(gc_freeze_count(), 0);
    ck_assert_int_eq(objects_in(2), tracked + 2);
    ck_assert_int_eq(gc_collect(2), 2);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* Tuples and dicts of atomic values are untracked by the collection they
 * survive; a dict is tracked again as soon as it holds a container, so a
 * cycle through it is still found. */
START_TEST(atomic_containers_untracked_then_retracked)
{
    Object *s = str_from_cstr("atom");
    Object *atomic_tuple = tuple_pack(2, s, None);
    Object *mixed_tuple = tuple_pack(2, s, atomic_tuple);
    Object *d = dict_new();
    ck_assert_int_eq(dict_set(d, s, atomic_tuple), 0);
    Object *l = list_new(0);
    Object *holds_list = tuple_pack(1, l);
    ck_assert(gc_is_tracked(atomic_tuple) && gc_is_tracked(holds_list));
    ck_assert_int_eq(gc_collect(0), 0);
    ck_assert(!gc_is_tracked(atomic_tuple));
    /* allocated after its items, so the same pass saw them untracked */
    ck_assert(!gc_is_tracked(mixed_tuple));
    ck_assert(!gc_is_tracked(d));
    ck_assert(gc_is_tracked(holds_list) && gc_is_tracked(l));
    /* l -> d -> l: d must be tracked again, or the cycle is never found */
    ck_assert_int_eq(dict_set(d, s, l), 0);
    ck_assert(gc_is_tracked(d));
    ck_assert_int_eq(list_append(l, d), 0);
    DECREF(holds_list);
    DECREF(d), DECREF(l);
    ck_assert_int_eq(gc_collect(2), 2);
    DECREF(mixed_tuple), DECREF(atomic_tuple), DECREF(s);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* gc_get_stats counts the collections of each generation and what they
 * found. */
START_TEST(stats_count_collections)
{
    GenStats before[3], after[3];
    gc_get_stats(before);
    Object *a = list_pair(NULL);
    DECREF(a);
    ck_assert_int_eq(gc_collect(0), 2);
    ck_assert_int_eq(gc_collect(1), 0);
    ck_assert_int_eq(gc_collect(2), 0);
    gc_get_stats(after);
    for (int i = 0; i < 3; i++) {
        ck_assert_int_eq(after[i].collections, before[i].collections + 1);
        ck_assert_int_eq(after[i].uncollectable, before[i].uncollectable);
    }
    ck_assert_int_eq(after[0].collected, before[0].collected + 2);
    ck_assert_int_eq(after[1].collected, before[1].collected);
    ck_assert_int_eq(after[2].collected, before[2].collected);
}
END_TEST

/* The gc module's hooks see collections started from C: gc.callbacks run
 * with the generation and the count, and DEBUG_SAVEALL keeps the garbage
 * alive in gc.garbage. */
START_TEST(gc_module_hooks_see_c_collections)
{
    run_py("import gc\n"
           "def record(phase, info):\n"
           "    log.append((phase, info['generation'], info['collected']))\n"
           "gc.callbacks.append(record)\n");
    settle();
    run_py("log.clear()\n");             /* what settling logged */
    live_at_start = obj_live_count();
    Object *a = list_pair(NULL);
    DECREF(a);
    ck_assert_int_eq(gc_collect(1), 2);
    run_py("gc.callbacks.remove(record)\n"
           "assert log == [('start', 1, 0), ('stop', 1, 2)], log\n");
    run_py("log.clear()\n");
    ck_assert_uint_eq(live_delta(), 0);

    run_py("gc.set_debug(gc.DEBUG_SAVEALL)\n");
    settle();
    a = list_pair(NULL);
    DECREF(a);
    ck_assert_int_eq(gc_collect(2), 2);
    ck_assert_uint_eq(live_delta(), 2);
    run_py("gc.set_debug(0)\n"
           "assert len(gc.garbage) == 2 and gc.garbage[0][0] is gc.garbage[1], gc.garbage\n"
           "gc.garbage.clear()\n");
    ck_assert_int_eq(gc_collect(2), 2);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* ================= boehm: libgc reclaims without deallocs ================= */

/* The cycle is built by Python code inside a function, so no pointer to
 * it stays in a C frame the conservative scan would see. */
static const char *const py_boehm =
    "def make_cycle(cls, keep):\n"
    "    a = cls(); b = cls()\n"
    "    a.name = 'a'; b.name = 'b'\n"
    "    a.o = b; b.o = a\n"
    "    if keep:\n"
    "        saved.append(a)\n"
    "    return weakref.ref(a, callback)\n";

/* A few collections: a stale pointer in a dead frame may keep an object
 * for one collection, never for several. */
static void collect_a_few_times(void)
{
    for (int i = 0; i < 3; i++)
        gc_collect(2);
}

START_TEST(boehm_reclaims_cycle_with_finalizers)
{
    run_py("w = make_cycle(Logged, False)\n");
    collect_a_few_times();
    run_py("assert w() is None\n"
           "assert sorted(log) == ['a', 'b', 'callback'], log\n");
    reset_log();
    /* without __del__, only the weak reference shows the reclaim */
    run_py("w = make_cycle(Plain, False)\n");
    collect_a_few_times();
    run_py("assert w() is None\n"
           "assert log == ['callback'], log\n");
}
END_TEST

/* A cycle a global reaches is left alone.  (The next setup empties
 * `saved`; the cycle's __del__ may then run during a later test.) */
START_TEST(boehm_keeps_rooted_cycle)
{
    run_py("w = make_cycle(Logged, True)\n");
    collect_a_few_times();
    run_py("assert log == [], log\n"
           "assert w() is saved[0] and w().o.o is w()\n");
    run_py("del w\n");
}
END_TEST

/* The count libgc cannot report: a reclaimed cycle does not pass through
 * obj_free, so the live count stays where it was (whether or not a stale
 * pointer in this frame kept the pair) and cannot measure cycle frees. */
START_TEST(boehm_reclaim_does_not_move_live_count)
{
    Object *a = list_pair(NULL);
    DECREF(a);
    collect_a_few_times();
    ck_assert_uint_eq(live_delta(), 2);
}
END_TEST

/* ================= none: cycles are never reclaimed ================= */

/* gc_collect finds nothing, and the cycle stays whole. */
START_TEST(none_cycle_survives_collect)
{
    Object *b;
    Object *a = list_pair(&b);
    DECREF(b);
    DECREF(a);
    ck_assert_int_eq(gc_collect(2), 0);
    ck_assert_int_eq(gc_collect(0), 0);
    ck_assert_uint_eq(live_delta(), 2);
    ck_assert_int_eq(a->refcnt, 1);
    /* break it by hand so the process ends clean */
    List_type.clear(a);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* __del__ of a cycle's members and weak references to them wait until
 * the cycle is broken; then reference counting does both. */
START_TEST(none_finalizer_of_cycle_never_runs)
{
    Object *a, *b;
    instance_pair("Logged", &a, &b);
    Object *wr = weakref_new(&WeakRef_type, a, NULL);
    ck_assert_int_eq(gc_collect(2), 0);
    ck_assert_int_eq(main_len("log"), 0);
    ck_assert_ptr_eq(weakref_referent(wr), a);
    ck_assert_uint_eq(live_delta(), 5);
    /* break it: a's __dict__ drops b, b dies (and logs), then a */
    INCREF(a);
    ck_assert_int_eq(obj_setattr_str(a, "o", None), 0);
    ck_assert_int_eq(main_len("log"), 1);
    DECREF(a);
    ck_assert_int_eq(main_len("log"), 2);
    ck_assert_ptr_null(weakref_referent(wr));
    DECREF(wr);
    ck_assert_uint_eq(live_delta(), 0);
}
END_TEST

/* No generations, nothing to list or freeze. */
START_TEST(none_tracks_nothing)
{
    long c[3], n = 0;
    Object *l = list_new(0);
    ck_assert(!gc_is_tracked(l));
    gc_get_count(c);
    ck_assert(c[0] == 0 && c[1] == 0 && c[2] == 0);
    ck_assert_int_eq(gc_visit_objects(-1, count_object, &n), -1);
    ck_assert(err_matches(Exc_NotImplementedError));
    err_clear();
    gc_freeze();
    ck_assert_int_eq(gc_freeze_count(), 0);
    DECREF(l);
}
END_TEST

/* ================= the runner ================= */

static TCase *refcount_case(void)
{
    TCase *tc = tcase_create("refcount");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, acyclic_graph_freed_by_refcount);
    tcase_add_test(tc, cycle_broken_by_hand_is_freed);
    return tc;
}

static TCase *precise_case(void)
{
    TCase *tc = tcase_create("precise");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, two_list_cycle);
    tcase_add_test(tc, self_referencing_list);
    tcase_add_test(tc, referenced_cycle_survives);
    tcase_add_test(tc, large_ring);
    tcase_add_test(tc, mixed_cycle);
    tcase_add_test(tc, garbage_hanging_off_a_cycle);
    tcase_add_test(tc, chain_rescued_from_live_root);
    tcase_add_test(tc, generation_counts);
    tcase_add_test(tc, survivors_are_promoted);
    tcase_add_test(tc, untracked_cycle_is_never_collected);
    tcase_add_test(tc, threshold_sets_pending_and_safe_point_collects);
    tcase_add_test(tc, zero_threshold_never_asks);
    tcase_add_test(tc, finalizers_run_on_cycle);
    tcase_add_test(tc, resurrected_cycle_survives_and_is_not_finalized_twice);
    tcase_add_test(tc, collect_inside_finalizer_returns_zero);
    tcase_add_test(tc, weakref_to_cycle_is_cleared);
    tcase_add_test(tc, weakref_cleared_before_finalizers);
    tcase_add_test(tc, memory_failure_during_collection);
    tcase_add_test(tc, visit_objects_by_generation);
    tcase_add_test(tc, frozen_cycle_is_not_collected);
    tcase_add_test(tc, atomic_containers_untracked_then_retracked);
    tcase_add_test(tc, stats_count_collections);
    tcase_add_test(tc, gc_module_hooks_see_c_collections);   /* imports gc: last */
    return tc;
}

static TCase *boehm_case(void)
{
    TCase *tc = tcase_create("boehm");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, boehm_reclaims_cycle_with_finalizers);
    tcase_add_test(tc, boehm_keeps_rooted_cycle);
    tcase_add_test(tc, boehm_reclaim_does_not_move_live_count);
    return tc;
}

static TCase *none_case(void)
{
    TCase *tc = tcase_create("none");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, none_cycle_survives_collect);
    tcase_add_test(tc, none_finalizer_of_cycle_never_runs);
    tcase_add_test(tc, none_tracks_nothing);
    return tc;
}

/* The Python side: the classes, and the hooks module for re-entry. */
static int prepare_main(void)
{
    if (ouro_run_string(vm, "pass\n", "<check_gc>") != 0)
        return -1;
    Object *m = dict_get_str(module_modules(), "__main__");
    Object *hooks = module_from_defs("hooks", hooks_defs);
    if (!m || !hooks || dict_set_str(module_dict(m), "hooks", hooks) < 0)
        return -1;
    DECREF(hooks);
    if (ouro_run_string(vm, py_classes, "<check_gc>") != 0)
        return -1;
    /* interned for the runtime's life: naming an instance and logging
     * its name then allocate no object */
    if (!str_intern_cstr("a") || !str_intern_cstr("b"))
        return -1;
    if (strcmp(gc_backend_name(), "boehm") == 0 &&
        ouro_run_string(vm, py_boehm, "<check_gc>") != 0)
        return -1;
    return 0;
}

int main(int argc, char **argv)
{
    vm = ouro_open(argc, argv);
    if (vm == NULL || prepare_main() < 0)
        return 99;
    gc_get_threshold(start_thresholds);
    const char *backend = gc_backend_name();
    Suite *s = suite_create("gc");
    suite_add_tcase(s, refcount_case());
    if (strcmp(backend, "precise") == 0)
        suite_add_tcase(s, precise_case());
    else if (strcmp(backend, "boehm") == 0)
        suite_add_tcase(s, boehm_case());
    else
        suite_add_tcase(s, none_case());
    SRunner *sr = srunner_create(s);
    /* No fork: the runtime is initialised once in this process. */
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    ouro_close(vm);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
