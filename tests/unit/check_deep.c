/* check_deep.c — freeing deep structures by reference counting never
 * overflows the C stack (the trashcan in object.c): a list nested a
 * million deep, and chains of a million linked containers. */
#include "config.h"

#include <check.h>
#include <stdlib.h>

#include "dict.h"
#include "list.h"
#include "object.h"
#include "runtime.h"
#include "str.h"

enum { DEPTH = 1000000 };

START_TEST(nested_lists_free)
{
    size_t live = obj_live_count();
    Object *l = list_new(0);
    for (int i = 0; i < DEPTH; i++) {
        Object *outer = list_new(0);
        ck_assert_int_eq(list_append(outer, l), 0);
        DECREF(l);
        l = outer;
    }
    ck_assert_uint_eq(obj_live_count(), live + DEPTH + 1);
    DECREF(l);
    ck_assert_uint_eq(obj_live_count(), live);
}
END_TEST

START_TEST(dict_chain_frees)
{
    size_t live = obj_live_count();
    Object *head = NULL;
    for (int i = 0; i < DEPTH; i++) {
        Object *node = dict_new();
        if (head) {
            ck_assert_int_eq(dict_set_str(node, "next", head), 0);
            DECREF(head);
        }
        head = node;
    }
    DECREF(head);
    ck_assert_uint_eq(obj_live_count(), live);
}
END_TEST

START_TEST(tuple_chain_frees)
{
    size_t live = obj_live_count();
    Object *head = NEWREF(None);
    for (int i = 0; i < DEPTH; i++) {
        Object *node = tuple_pack(2, head, None);
        DECREF(head);
        head = node;
    }
    DECREF(head);
    ck_assert_uint_eq(obj_live_count(), live);
}
END_TEST

int main(void)
{
    if (rt_init() < 0)
        return 99;
    Suite *s = suite_create("deep");
    TCase *tc = tcase_create("trashcan");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, nested_lists_free);
    tcase_add_test(tc, dict_chain_frees);
    tcase_add_test(tc, tuple_chain_frees);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
