/* tests/test_format.c - numbers for people. */
#include <math.h>
#include <string.h>
#include "testutil.h"

static const char *fmt(double v, int sig, int dec)
{
    static char buf[64];
    sl_format_number(v, sig, dec, buf, sizeof buf);
    return buf;
}

START_TEST(test_grouping)
{
    ck_assert_str_eq(fmt(4800000, 0, 0), "4,800,000");
    ck_assert_str_eq(fmt(-1234567.891, 0, 2), "-1,234,567.89");
    ck_assert_str_eq(fmt(999.5, 0, 0), "1,000");
    ck_assert_str_eq(fmt(12.385, 0, 1), "12.4");
    ck_assert_str_eq(fmt(-0.2, 0, 0), "0");
    ck_assert_str_eq(fmt(0, 0, 0), "0");
}
END_TEST

START_TEST(test_significant_digits)
{
    ck_assert_str_eq(fmt(3034768, 3, 0), "3,030,000");
    ck_assert_str_eq(fmt(2385.7, 3, 0), "2,390");
    ck_assert_str_eq(fmt(47.0123, 3, 1), "47.0");
    ck_assert_str_eq(fmt(-98765, 2, 0), "-99,000");
    /* past a double's 17 digits, zeros: %f wrote the binary value's
       digits (2.76e26 to 3 digits was 276,000,000,000,000,021,743,124,
       seen in --precision 1e-20's sample count) */
    ck_assert_str_eq(fmt(2.76e26, 3, 0),
                     "276,000,000,000,000,000,000,000,000");
    ck_assert_str_eq(fmt(-2.385e22, 3, 1), "-23,900,000,000,000,000,000,000.0");
    ck_assert_str_eq(fmt(2385, 3, 0), "2,390");
    ck_assert_str_eq(fmt(999.7, 3, 0), "1,000");
}
END_TEST

START_TEST(test_non_finite_and_truncation)
{
    char small[6];
    ck_assert_str_eq(fmt(NAN, 0, 0), "n/a");
    ck_assert_str_eq(fmt(INFINITY, 3, 0), "inf");
    ck_assert_str_eq(fmt(-INFINITY, 3, 0), "-inf");
    ck_assert_str_eq(fmt(1e305, 0, 0), "1e+305");
    /* like snprintf: returns the full length, writes what fits */
    ck_assert_int_eq(sl_format_number(4800000, 0, 0, small, sizeof small), 9);
    ck_assert_str_eq(small, "4,800");
    ck_assert_int_eq(sl_format_number(1, 0, 0, NULL, 0), 1);
}
END_TEST

/* Shares as percentages: one decimal from 1 %, two significant digits
 * below, whatever the magnitude. */
START_TEST(test_percent)
{
    char buf[32], small[4];
    const struct { double p; const char *want; } cases[] = {
        {0.12385, "12.4"}, {1.0, "100.0"}, {0.01, "1.0"},
        {0.0042385, "0.42"}, {0.0000384, "0.0038"}, {0.00099996, "0.10"},
        {2.385e-12, "0.00000000024"}, {3.85e-19, "3.9e-17"}, {0, "0"},
        {-0.0042385, "-0.42"}, {NAN, "n/a"}, {INFINITY, "inf"},
        {12.385, "1,238.5"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sl_format_percent(cases[i].p, buf, sizeof buf);
        ck_assert_msg(strcmp(buf, cases[i].want) == 0, "%g: %s, not %s",
                      cases[i].p, buf, cases[i].want);
    }
    ck_assert_int_eq(sl_format_percent(0.0000384, small, sizeof small), 6);
    ck_assert_str_eq(small, "0.0");
}
END_TEST

/* Intervals of shares: each end as sl_format_percent, more decimals
 * where both would print alike. */
START_TEST(test_percent_interval)
{
    char buf[64], small[6];
    const struct { double lo, hi; const char *want; } cases[] = {
        {0.044, 0.073, "4.4 to 7.3"}, {0.04979, 0.05006, "4.98 to 5.01"},
        {0, 3.8415e-5, "0 to 0.0038"}, {0.90183, 0.90992, "90.2 to 91.0"},
        {0.123456789, 0.1234568, "12.345679 to 12.345680"},
        {0.2386, 0.2386, "23.9 to 23.9"}, {0.9998, 1, "99.98 to 100.00"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sl_format_percent_interval(cases[i].lo, cases[i].hi, buf, sizeof buf);
        ck_assert_msg(strcmp(buf, cases[i].want) == 0, "%g %g: %s, not %s",
                      cases[i].lo, cases[i].hi, buf, cases[i].want);
    }
    ck_assert_int_eq(sl_format_percent_interval(0.044, 0.073, small,
                                                sizeof small), 10);
    ck_assert_str_eq(small, "4.4 t");
}
END_TEST

/* A figure as stated: whole ones grouped, others with the decimals they
 * need up to 3 (a claim of 1,234.5 was shown as "1,234"). */
START_TEST(test_figure)
{
    char buf[48], small[4];
    const struct { double v; const char *want; } cases[] = {
        {4800000, "4,800,000"}, {1234.5, "1,234.5"}, {0.125, "0.125"},
        {0.1, "0.1"}, {906390.25, "906,390.25"}, {2.0 / 3.0, "0.667"},
        {4713.25, "4,713.25"}, {1000999.9999999999, "1,001,000"},
        {-2.5, "-2.5"}, {0, "0"}, {1e20, "100,000,000,000,000,000,000"},
        {NAN, "n/a"}, {INFINITY, "inf"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sl_format_figure(cases[i].v, buf, sizeof buf);
        ck_assert_msg(strcmp(buf, cases[i].want) == 0, "%.17g: %s, not %s",
                      cases[i].v, buf, cases[i].want);
    }
    ck_assert_int_eq(sl_format_figure(1234.5, small, sizeof small), 7);
    ck_assert_str_eq(small, "1,2");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("format");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_grouping);
    tcase_add_test(tc, test_significant_digits);
    tcase_add_test(tc, test_non_finite_and_truncation);
    tcase_add_test(tc, test_percent);
    tcase_add_test(tc, test_percent_interval);
    tcase_add_test(tc, test_figure);
    suite_add_tcase(s, tc);
    return sl_test_run(s);
}
