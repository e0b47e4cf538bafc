/* check_object.c — the object core: every object a test creates is freed
 * by reference counting when its last reference goes.  obj_live_count()
 * counts allocated-and-not-freed objects; each test checks it returns to
 * its starting value. */
#include "config.h"

#include <check.h>
#include <stdlib.h>

#include "dict.h"
#include "err.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "mem.h"
#include "object.h"
#include "runtime.h"
#include "str.h"

static size_t live_at_start;

static void setup(void) { live_at_start = obj_live_count(); }

static void assert_all_freed(void)
{
    ck_assert_uint_eq(obj_live_count(), live_at_start);
}

START_TEST(ints_are_freed)
{
    Object *small = int_from_i64(7);
    Object *big = int_from_string("123456789012345678901234567890", 30, 10);
    ck_assert_ptr_nonnull(big);
    Object *sum = num_add(big, small);
    ck_assert_ptr_nonnull(sum);
    Object *r = obj_repr(sum);
    ck_assert_str_eq(str_utf8(r), "123456789012345678901234567897");
    DECREF(r);
    DECREF(small);
    DECREF(big);
    DECREF(sum);
    assert_all_freed();
}
END_TEST

START_TEST(repr_result_is_freed)
{
    Object *f = float_from_double(0.1);
    Object *r = obj_repr(f);
    ck_assert_str_eq(str_utf8(r), "0.1");
    DECREF(r);
    DECREF(f);
    assert_all_freed();
}
END_TEST

START_TEST(containers_free_their_items)
{
    Object *l = list_new(0);
    for (int i = 0; i < 1000; i++) {
        Object *s = str_format("item %d", i);
        ck_assert_int_eq(list_append(l, s), 0);
        ck_assert_int_eq(s->refcnt, 2);
        DECREF(s);
    }
    Object *d = dict_new();
    Object *key = str_from_cstr("the list");
    ck_assert_int_eq(dict_set(d, key, l), 0);
    Object *t = tuple_pack(2, d, l);
    Object *s = set_new(NULL);
    ck_assert_int_eq(set_add(s, key), 0);
    DECREF(key);
    DECREF(l);
    DECREF(d);
    DECREF(s);
    ck_assert_uint_gt(obj_live_count(), live_at_start);
    DECREF(t);
    assert_all_freed();
}
END_TEST

START_TEST(refcounts_follow_ownership)
{
    Object *item = str_from_cstr("shared");
    Object *a = list_new(0), *b = list_new(0);
    list_append(a, item);
    list_append(b, item);
    ck_assert_int_eq(item->refcnt, 3);
    DECREF(a);
    ck_assert_int_eq(item->refcnt, 2);
    DECREF(b);
    ck_assert_int_eq(item->refcnt, 1);
    DECREF(item);
    assert_all_freed();
}
END_TEST

/* Every allocation on the path can fail: each raises MemoryError and
 * leaves nothing behind. */
START_TEST(failed_allocations_raise_and_leak_nothing)
{
    for (unsigned long n = 1; n < 200; n++) {
        mem_fail_after(n);
        Object *l = list_new(0);
        bool ok = l != NULL;
        for (int i = 0; ok && i < 50; i++) {
            Object *v = int_from_i64(100000 + i);
            ok = v && list_append(l, v) == 0;
            XDECREF(v);
        }
        mem_fail_after(0);
        if (!ok) {
            ck_assert(err_matches(Exc_MemoryError));
            err_clear();
        }
        XDECREF(l);
        assert_all_freed();
    }
}
END_TEST

START_TEST(backend_is_named)
{
    const char *name = gc_backend_name();
    ck_assert_str_eq(name, OURO_GC_BACKEND);
}
END_TEST

int main(void)
{
    if (rt_init() < 0)
        return 99;
    Suite *s = suite_create("object");
    TCase *tc = tcase_create("refcount");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, ints_are_freed);
    tcase_add_test(tc, repr_result_is_freed);
    tcase_add_test(tc, containers_free_their_items);
    tcase_add_test(tc, refcounts_follow_ownership);
    tcase_add_test(tc, failed_allocations_raise_and_leak_nothing);
    tcase_add_test(tc, backend_is_named);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    /* No fork: the runtime is initialised once in this process. */
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
