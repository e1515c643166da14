/* tests/test_status.c - status codes, messages, version guard. */
#include <string.h>
#include "testutil.h"
#include "internal.h"

START_TEST(test_strerror_all_codes)
{
    ck_assert_str_eq(sl_strerror(SL_OK), "success");
    ck_assert_str_eq(sl_strerror(SL_ENOMEM), "out of memory");
    for (int s = 0; s < SLI_STATUS_COUNT; s++)
        ck_assert_str_ne(sl_strerror(s), "unknown status");
    ck_assert_str_eq(sl_strerror(SLI_STATUS_COUNT), "unknown status");
    ck_assert_str_eq(sl_strerror(-3), "unknown status");
}
END_TEST

START_TEST(test_fail_fills_detail)
{
    sl_error e;
    sl_error_clear(&e);
    ck_assert_int_eq(sli_fail(&e, SL_ERANGE, "--samples", "%d is %s", 7, "bad"),
                     SL_ERANGE);
    ck_assert_int_eq(e.status, SL_ERANGE);
    ck_assert_str_eq(e.where, "--samples");
    ck_assert_str_eq(e.what, "7 is bad");
    ck_assert_int_eq(sli_fail(NULL, SL_EIO, "x", "y"), SL_EIO);
    sl_error_clear(&e);
    ck_assert_int_eq(e.status, SL_OK);
    ck_assert_str_eq(e.what, "");
    sl_error_clear(NULL);
}
END_TEST

START_TEST(test_strlcpy_cuts)
{
    char b[4];
    ck_assert_int_eq(sli_strlcpy(b, "abcdef", sizeof b), 0);
    ck_assert_str_eq(b, "abc");
    ck_assert_int_eq(sli_strlcpy(b, "ab", sizeof b), 1);
    ck_assert_str_eq(b, "ab");
}
END_TEST

START_TEST(test_version_guard)
{
    sl_error e;
    sl_error_clear(&e);
    ck_assert_int_eq(SL_CHECK_VERSION(&e), SL_OK);
    ck_assert_str_eq(sl_version(), SHIPLOAD_VERSION);
    ck_assert_uint_eq(sl_version_hex(), SHIPLOAD_VERSION_HEX);
    ck_assert_int_eq(sl_check_version(SHIPLOAD_VERSION_HEX + 0x10000,
                                      sizeof(sl_error), sizeof(sl_options),
                                      sizeof(sl_dist), &e), SL_EVERSION);
    ck_assert_int_eq(sl_check_version(SHIPLOAD_VERSION_HEX, sizeof(sl_error) + 8,
                                      sizeof(sl_options), sizeof(sl_dist), &e),
                     SL_EVERSION);
    ck_assert_ptr_nonnull(strstr(e.what, "rebuild"));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("status");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_strerror_all_codes);
    tcase_add_test(tc, test_fail_fills_detail);
    tcase_add_test(tc, test_strlcpy_cuts);
    tcase_add_test(tc, test_version_guard);
    suite_add_tcase(s, tc);
    return sl_test_run(s);
}
