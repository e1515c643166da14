/* tests/test_dist.c - sl_dist: parse, fit, quantile, moments, describe,
 * sample. */
#include <float.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include "testutil.h"
#include "internal.h"

#define INF HUGE_VAL

/* Parse text on [min, max], failing the test on error. */
static sl_dist parse_ok(const char *text, double min, double max)
{
    sl_dist d;
    sl_error e;
    sl_error_clear(&e);
    sl_status st = sl_dist_parse(text, min, max, &d, &e);
    ck_assert_msg(st == SL_OK, "'%s' on [%g, %g]: status %d: %s", text, min,
                  max, st, e.what);
    return d;
}

/* ------------------------------------------------------------------ */
/* Forms                                                               */

START_TEST(test_parse_plain_numbers)
{
    struct {
        const char *text;
        double min, max, v;
    } c[] = {
        {"12.5", 0, INF, 12.5},
        {"  2.385 ", 0, INF, 2.385},
        {"80%", 0, 1, 0.8},
        {"62.5 %", 0, 1, 0.625},
        {"10,000", 0, INF, 10000},
        {"1,234,567.25", 0, INF, 1234567.25},
        {"4.8e6", 0, INF, 4.8e6},
        {"2.5E-3", 0, 1, 2.5e-3},
        {"-3.25", -INF, INF, -3.25},
        {"+7", 0, 10, 7},
        {".5", 0, 1, 0.5},
        {"-1,500", -INF, 0, -1500},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        sl_dist d = parse_ok(c[i].text, c[i].min, c[i].max);
        ck_assert_msg(d.kind == SL_DIST_CONST, "%s", c[i].text);
        ck_assert_msg(d.a == c[i].v && d.lo == c[i].v && d.hi == c[i].v,
                      "%s: %.17g", c[i].text, d.a);
        ck_assert_int_eq(sl_dist_is_const(&d), 1);
    }
    /* "-0" is 0, not a negative zero: --fill -0 wrote a hard minimum of
       "-0" in --csv */
    static const char *const zeros[] = {"-0", "-0%", "-0.0e5", "-0,000"};
    for (size_t i = 0; i < sizeof zeros / sizeof zeros[0]; i++) {
        sl_dist d = parse_ok(zeros[i], 0, 1);
        ck_assert_msg(d.a == 0 && !signbit(d.a) && !signbit(d.lo) &&
                          !signbit(d.hi),
                      "%s: %g", zeros[i], d.a);
    }
}
END_TEST

START_TEST(test_parse_named_forms)
{
    sl_dist d = parse_ok("uniform(2.385, 7.25)", 0, INF);
    ck_assert_int_eq(d.kind, SL_DIST_UNIFORM);
    ck_assert(d.a == 2.385 && d.b == 7.25 && d.lo == 2.385 && d.hi == 7.25);

    d = parse_ok("  Triangular ( 1.5 ,2.25, 6.75 ) ", 0, INF);
    ck_assert_int_eq(d.kind, SL_DIST_TRIANGULAR);
    ck_assert(d.a == 1.5 && d.b == 2.25 && d.c == 6.75);
    ck_assert(d.lo == 1.5 && d.hi == 6.75);

    d = parse_ok("pert(12%, 31.5%, 74%)", 0, 1);
    ck_assert_int_eq(d.kind, SL_DIST_PERT);
    ck_assert(d.a == 0.12 && d.b == 0.315 && d.c == 0.74);

    d = parse_ok("normal(0.62, 0.11)", 0, 1);
    ck_assert_int_eq(d.kind, SL_DIST_NORMAL);
    ck_assert(d.a == 0.62 && d.b == 0.11 && d.lo == 0 && d.hi == 1);
    d = parse_ok("normal(-4.5, 2.25)", -INF, INF);
    ck_assert(d.lo == -INF && d.hi == INF);

    d = parse_ok("lognormal(2.3, 0.4)", 0, INF);
    ck_assert_int_eq(d.kind, SL_DIST_LOGNORMAL);
    ck_assert(d.a == 2.3 && d.b == 0.4 && d.lo == 0 && d.hi == INF);
    d = parse_ok("lognormal(2.3, 0.4)", -5, INF); /* support starts at 0 */
    ck_assert(d.lo == 0);

    d = parse_ok("beta(2.5, 4.75)", 10, 30);
    ck_assert_int_eq(d.kind, SL_DIST_BETA);
    ck_assert(d.a == 2.5 && d.b == 4.75 && d.lo == 10 && d.hi == 30);
    ck_assert_double_eq_tol(sl_dist_mean(&d), 10 + 20 * 2.5 / 7.25, 1e-12);
    ck_assert_int_eq(sl_dist_is_const(&d), 0);
}
END_TEST

START_TEST(test_parse_choice)
{
    sl_dist d = parse_ok("choice(2.5: 6, 1.5: 2, 4: 0)", 0, 10);
    ck_assert_int_eq(d.kind, SL_DIST_CHOICE);
    ck_assert_uint_eq(d.n, 3);
    /* sorted by value, weights normalised */
    ck_assert(d.value[0] == 1.5 && d.value[1] == 2.5 && d.value[2] == 4);
    ck_assert(d.weight[0] == 0.25 && d.weight[1] == 0.75 && d.weight[2] == 0);
    /* a zero-weight value is not reachable */
    ck_assert(d.lo == 1.5 && d.hi == 2.5);

    d = parse_ok("choice(30%, 10%, 20%)", 0, 1);
    ck_assert_uint_eq(d.n, 3);
    ck_assert(d.value[0] == 0.1 && d.value[1] == 0.2 && d.value[2] == 0.3);
    for (int i = 0; i < 3; i++)
        ck_assert_double_eq_tol(d.weight[i], 1.0 / 3, 1e-16);

    d = parse_ok("choice(7.25)", 0, 10);
    ck_assert_uint_eq(d.n, 1);
    ck_assert_int_eq(sl_dist_is_const(&d), 1);
    d = parse_ok("choice(2: 1, 3: 0)", 0, 10);
    ck_assert_int_eq(sl_dist_is_const(&d), 1);
    ck_assert(d.lo == 2 && d.hi == 2);
    d = parse_ok("choice(2: 1, 3: 1e-9)", 0, 10);
    ck_assert_int_eq(sl_dist_is_const(&d), 0);
}
END_TEST

/* "lo to hi" picks its family from the quantity's bounds. */
START_TEST(test_interval_families)
{
    ck_assert_int_eq(parse_ok("-5 to 5", -INF, INF).kind, SL_DIST_NORMAL);
    ck_assert_int_eq(parse_ok("1,000 to 2,500", 0, INF).kind,
                     SL_DIST_LOGNORMAL);
    ck_assert_int_eq(parse_ok("60% to 95%", 0, 1).kind, SL_DIST_BETA);
    ck_assert_int_eq(parse_ok("0.6 TO 0.95", 0, 1).kind, SL_DIST_BETA);
    ck_assert_int_eq(parse_ok("24000to30480", 0, 40000).kind, SL_DIST_BETA);
    /* one finite bound other than [0, inf): truncated fits */
    ck_assert_int_eq(parse_ok("1.5 to 30", 1, INF).kind, SL_DIST_LOGNORMAL);
    ck_assert_int_eq(parse_ok("-5 to 5", -6, INF).kind, SL_DIST_NORMAL);
    ck_assert_int_eq(parse_ok("-5 to 5", -INF, 5.5).kind, SL_DIST_NORMAL);
    /* too narrow for a reliable beta: a lognormal with the same P5, P95 */
    ck_assert_int_eq(parse_ok("6700 to 7000", 1, 1e9).kind,
                     SL_DIST_LOGNORMAL);
}
END_TEST

/* Interval fits: quantile(0.05) == lo and quantile(0.95) == hi. */
static const struct {
    const char *text;
    double min, max, lo, hi;
} fits[] = {
    {"-5 to 5", -INF, INF, -5, 5},
    {"2.385 to 17.5", -INF, INF, 2.385, 17.5},
    {"1,000 to 2,500", 0, INF, 1000, 2500},
    {"4.8e6 to 9.6e6", 0, INF, 4.8e6, 9.6e6},
    {"0.6 to 0.95", 0, 1, 0.6, 0.95},
    {"0.001 to 0.999", 0, 1, 0.001, 0.999},
    {"0.98 to 0.999", 0, 1, 0.98, 0.999},
    {"0.0001 to 0.0002", 0, 1, 0.0001, 0.0002},
    {"0.9998 to 0.9999", 0, 1, 0.9998, 0.9999},
    {"1e-9 to 0.999999999", 0, 1, 1e-9, 0.999999999},
    {"0.3 to 0.31", 0, 1, 0.3, 0.31},
    {"24,000 to 30,480", 0, 40000, 24000, 30480},
    {"6,700,000 to 7,000,000", 1, 1e9, 6.7e6, 7e6},
    {"1.5 to 30", 1, INF, 1.5, 30},
    {"1.1 to 30", 1, INF, 1.1, 30},
    {"-5 to 5", -6, INF, -5, 5},
    {"-5 to 5", -INF, 5.5, -5, 5},
    {"-5 to 5", -5.2, INF, -5, 5},
    {"6700 to 7000", 1, 1e9, 6700, 7000},
    {"0.4999 to 0.5001", 0, 1, 0.4999, 0.5001},
    /* hugging the maximum of a wide range: beta(3.8e6, 21.5) */
    {"999,992,283.58 to 999,996,232.89", 1, 1e9, 999992283.58, 999996232.89},
    {"-7.2499995563 to -7.2499924495", -7.25, 3.5, -7.2499995563,
     -7.2499924495},
};

START_TEST(test_interval_quantiles)
{
    sl_dist d = parse_ok(fits[_i].text, fits[_i].min, fits[_i].max);
    sl_assert_rel(sl_dist_quantile(&d, 0.05), fits[_i].lo, 1e-9);
    sl_assert_rel(sl_dist_quantile(&d, 0.95), fits[_i].hi, 1e-9);
    ck_assert_double_eq_tol(sl_dist_cdf(&d, fits[_i].lo), 0.05, 1e-9);
    ck_assert_double_eq_tol(sl_dist_cdf(&d, fits[_i].hi), 0.95, 1e-9);
    ck_assert(d.lo >= fits[_i].min && d.hi <= fits[_i].max);
}
END_TEST

START_TEST(test_interval_closed_forms)
{
    double z = 1.6448536269514722; /* P95 of the standard normal */
    sl_dist d = parse_ok("1,000 to 2,500", 0, INF);
    sl_assert_rel(d.a, 0.5 * (log(1000) + log(2500)), 1e-15);
    sl_assert_rel(d.b, (log(2500) - log(1000)) / (2 * z), 1e-12);
    d = parse_ok("2.385 to 17.5", -INF, INF);
    sl_assert_rel(d.a, 0.5 * (2.385 + 17.5), 1e-15);
    sl_assert_rel(d.b, (17.5 - 2.385) / (2 * z), 1e-12);
    /* symmetric interval on [0, 1]: symmetric beta; 0.05 to 0.95 is
     * the uniform, beta(1, 1) */
    d = parse_ok("0.05 to 0.95", 0, 1);
    ck_assert_double_eq_tol(d.a, 1, 1e-9);
    ck_assert_double_eq_tol(d.b, 1, 1e-9);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Errors                                                              */

static const struct {
    const char *text;
    double min, max;
    sl_status st;
    int column;
    const char *needle;
} bad[] = {
    {"5 to 3", 0, INF, SL_EINVAL, 1,
     "lower end 5 is not below upper end 3; for a fixed value write 5"},
    {"3.5 to 3.5", -INF, INF, SL_EINVAL, 1, "for a fixed value write 3.5"},
    {"0 to 10", 0, INF, SL_EINVAL, 1,
     "'0 to 10' is a lognormal 90 % interval and needs a lower end above 0;"
     " use uniform(0, 10) or pert(0, m, 10)"},
    {"1.2", 0, 1, SL_ERANGE, 1, "1.2 is above the maximum 1 of this quantity"},
    {"-0.5", 0, 1, SL_ERANGE, 1, "-0.5 is below the minimum 0"},
    {"0.5 to 1.25", 0, 1, SL_ERANGE, 8, "1.25 is above the maximum 1"},
    {"nan", 0, 1, SL_ERANGE, 1, "'nan' is not a finite number"},
    {"  -inf", -INF, INF, SL_ERANGE, 3, "'-inf' is not a finite number"},
    {"uniform(1, Infinity)", 0, INF, SL_ERANGE, 12, "not a finite number"},
    {"1e999", 0, INF, SL_ERANGE, 1, "not a finite number"},
    {"12.5 kg", 0, INF, SL_EPARSE, 6, "unexpected text 'kg'"},
    {"5 to 10 to 20", 0, INF, SL_EPARSE, 9, "unexpected text 'to 20'"},
    {"5 to", 0, INF, SL_EPARSE, 5, "ends where a number was expected"},
    {"uniform(1, 2", 0, INF, SL_EPARSE, 13, "missing ')' to close the '(' at column 8"},
    {"uniform(1, 2))", 0, INF, SL_EPARSE, 14, "unbalanced ')'"},
    {"uniform((1, 2))", 0, INF, SL_EPARSE, 9, "expected a number"},
    {"uniform(1; 2)", 0, INF, SL_EPARSE, 10, "expected ',' or ')'"},
    {"uniform 1, 2", 0, INF, SL_EPARSE, 9, "expected '(' after uniform"},
    {"uniform(1, 2, 3)", 0, INF, SL_EPARSE, 15, "too many arguments: uniform takes 2"},
    {"uniform(1,000, 2)", 0, INF, SL_EPARSE, 16, "too many arguments"},
    {"pert(1, 2)", 0, INF, SL_EPARSE, 5, "pert takes 3 arguments (a, m, b), not 2"},
    {"choice()", 0, INF, SL_EPARSE, 7, "at least one value"},
    {"choice(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17)", 0, INF, SL_EPARSE,
     47, "too many choices: at most 16"},
    {"choice(1: -2, 2: 3)", 0, INF, SL_EINVAL, 11,
     "weight -2 of choice 1 is negative"},
    {"choice(1: 0, 2: 0)", 0, INF, SL_EINVAL, 11, "weights are all zero"},
    {"choice(1: 2, 3)", 0, INF, SL_EPARSE, 14, "every choice a weight or none"},
    {"choice(1, 3: 2)", 0, INF, SL_EPARSE, 11, "every choice a weight or none"},
    {"choice(0.5: 1, 1.5: 1)", 0, 1, SL_ERANGE, 16, "1.5 is above the maximum 1"},
    {"10,00", 0, INF, SL_EPARSE, 3, "groups of 3 digits"},
    {"1,5", 0, INF, SL_EPARSE, 2, "for a decimal fraction write '.'"},
    {"1000,000", 0, INF, SL_EPARSE, 5, "groups of 3 digits"},
    {"10, 000", 0, INF, SL_EPARSE, 3, "unexpected ','"},
    {"10 000", 0, INF, SL_EPARSE, 4, "unexpected text '000'"},
    {"80%%", 0, 1, SL_EPARSE, 4, "unexpected text '%'"},
    /* a range as the default run's mix names one ("40-70 %") or as
       --margins takes one: the message said only "expected the end" */
    {"40-70%", 0, 1, SL_EPARSE, 3,
     "a range is written 'lo to hi' (a 90 % interval) or uniform(lo, hi) "
     "(hard ends), not lo-hi"},
    {"0.385 - 0.7", 0, 1, SL_EPARSE, 7, "not lo-hi"},
    {"", 0, 1, SL_EPARSE, 1, "empty text"},
    {" \t ", 0, 1, SL_EPARSE, 4, "empty text"},
    {"foo(1, 2)", 0, INF, SL_EPARSE, 1, "unknown form 'foo'; write a number"},
    {"0 to 1", 0, 1, SL_EINVAL, 1,
     "puts its lower end on the minimum 0 of this quantity"},
    {"0.5 to 1", 0, 1, SL_EINVAL, 8, "upper end on the maximum 1"},
    {"1 to 10", 1, INF, SL_EINVAL, 1, "use uniform(1, 10) or pert(1, m, 10)"},
    {"1.01 to 30", 1, INF, SL_EINVAL, 1, "too close to the minimum 1"},
    {"-5 to 5", -INF, 5.01, SL_EINVAL, 7, "too close to the maximum 5.01"},
    {"uniform(3, 3)", 0, INF, SL_EINVAL, 9,
     "lower end 3 is not below upper end 3; for a fixed value write 3"},
    {"triangular(1, 5, 4)", 0, INF, SL_EINVAL, 15,
     "mode 5 is not between the ends 1 and 4"},
    {"pert(2, 1, 4)", 0, INF, SL_EINVAL, 9, "write pert(2, m, 4)"},
    {"normal(0.5, 0)", 0, 1, SL_EINVAL, 13, "standard deviation 0 is not above 0"},
    {"normal(1.5, 0.1)", 0, 1, SL_ERANGE, 8,
     "this normal keeps only 2.9e-07 of its probability inside [0, 1]"},
    {"normal(0.5, 1e5)", 0, 1, SL_EINVAL, 13,
     "over 10000 times the width of [0, 1], so the truncated normal is "
     "flat; use uniform(0, 1)"},
    {"uniform(-1e308, 1e308)", -INF, INF, SL_ERANGE, 9, "too wide"},
    {"beta(2, 3)", -1e308, 1e308, SL_EINVAL, 6, "finite width"},
    {"lognormal(1, -1)", 0, INF, SL_EINVAL, 14, "sigma -1 is not above 0"},
    {"lognormal(800, 1)", 0, INF, SL_ERANGE, 11, "exp(mu) overflows"},
    {"lognormal(5, 0.5)", 0, 1, SL_ERANGE, 11,
     "this lognormal keeps only 7.6e-24 of its probability inside [0, 1]"},
    {"lognormal(-800, 1)", 0, INF, SL_ERANGE, 11, "exp(mu) underflows to 0"},
    {"lognormal(1, 15.5)", 0, INF, SL_ERANGE, 14, "sigma 15.5 is above 15"},
    {"1e-20 to 1e3", 0, INF, SL_ERANGE, 10, "too wide for a lognormal"},
    {"1.5 to 1e25", 1, INF, SL_ERANGE, 8, "too wide for a lognormal"},
    {"5 to 5.00000000000001", -INF, INF, SL_EINVAL, 6,
     "too small to tell this normal from a fixed value"},
    {"normal(1e6, 1e-8)", -INF, INF, SL_EINVAL, 13, "too small"},
    {"lognormal(700, 1)", 0, INF, SL_ERANGE, 11,
     "this lognormal overflows a double 40 sigma (of log x) out"},
    {"normal(1e308, 1e307)", -INF, INF, SL_ERANGE, 8, "use smaller units"},
    {"0.3 to 0.3000000000001", 0, 1, SL_EINVAL, 8, "too small"},
    {"lognormal(0, 1)", -10, -1, SL_EINVAL, 11, "use normal(mean, sd)"},
    {"beta(2, 5)", 0, INF, SL_EINVAL, 6, "needs a quantity with two finite bounds"},
    {"beta(0, 5)", 0, 1, SL_EINVAL, 6, "beta shape 0 is not above 0"},
    {"beta(2, 0.001)", 0, 1, SL_ERANGE, 9, "beta shape 0.001 is outside"},
    {"beta(1e6, 2e6)", 0, 1, SL_ERANGE, 6, "both above"},
    {"uniform(1,\n  2, 3)", 0, INF, SL_EPARSE, 6, "too many arguments"},
    {"0.9999999999999998 to 0.9999999999999999", -1, 1, SL_ENOCONV, 1,
     "no beta on [-1, 1] with shapes the library evaluates reliably has "
     "the 90 % interval '0.9999999999999998 to 0.9999999999999999'; use "
     "pert(0.9999999999999998, m, 0.9999999999999999)"},
};

START_TEST(test_parse_errors)
{
    sl_dist d, before;
    sl_error e;
    sl_status st;
    memset(&d, 0x5a, sizeof d);
    before = d;
    sl_error_clear(&e);
    st = sl_dist_parse(bad[_i].text, bad[_i].min, bad[_i].max, &d, &e);
    ck_assert_msg(st == bad[_i].st, "'%s': status %d, expected %d (%s)",
                  bad[_i].text, st, bad[_i].st, e.what);
    ck_assert_int_eq(e.status, st);
    ck_assert_msg(strstr(e.what, bad[_i].needle) != NULL,
                  "'%s': message '%s' lacks '%s'", bad[_i].text, e.what,
                  bad[_i].needle);
    ck_assert_msg(e.column == bad[_i].column, "'%s': column %d, expected %d",
                  bad[_i].text, e.column, bad[_i].column);
    ck_assert_str_eq(e.where, "text");
    ck_assert_msg(memcmp(&d, &before, sizeof d) == 0, "out was touched");
}
END_TEST

START_TEST(test_parse_error_line)
{
    sl_dist d;
    sl_error e;
    ck_assert_int_eq(sl_dist_parse("uniform(1,\n  2, 3)", 0, INF, &d, &e),
                     SL_EPARSE);
    ck_assert_int_eq(e.line, 2);
    ck_assert_int_eq(e.column, 6);
    ck_assert_int_eq(sl_dist_parse("7 kg", 0, INF, &d, &e), SL_EPARSE);
    ck_assert_int_eq(e.line, 1);
}
END_TEST

START_TEST(test_parse_bad_arguments)
{
    sl_dist d;
    sl_error e;
    ck_assert_int_eq(sl_dist_parse(NULL, 0, 1, &d, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "text");
    ck_assert_int_eq(sl_dist_parse("1", 0, 1, NULL, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "out");
    ck_assert_int_eq(sl_dist_parse("1", 2, 1, &d, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "min");
    ck_assert_ptr_nonnull(strstr(e.what, "min < max"));
    ck_assert_int_eq(sl_dist_parse("1", 1, 1, &d, &e), SL_EINVAL);
    ck_assert_int_eq(sl_dist_parse("1", NAN, 1, &d, &e), SL_EINVAL);
    ck_assert_int_eq(sl_dist_parse("1", 0, NAN, &d, &e), SL_EINVAL);
    ck_assert_int_eq(sl_dist_parse("1", INF, INF, &d, &e), SL_EINVAL);
    /* no error struct: still a status, no crash */
    ck_assert_int_eq(sl_dist_parse("5 to 3", 0, INF, &d, NULL), SL_EINVAL);
    ck_assert_int_eq(sl_dist_parse("((", 0, INF, &d, NULL), SL_EPARSE);
}
END_TEST

/* Long and odd inputs fail cleanly. */
START_TEST(test_parse_hostile)
{
    char longnum[400], longname[300];
    sl_dist d;
    sl_error e;
    memset(longnum, '7', sizeof longnum - 1);
    longnum[sizeof longnum - 1] = '\0';
    ck_assert_int_eq(sl_dist_parse(longnum, 0, INF, &d, &e), SL_EPARSE);
    ck_assert_ptr_nonnull(strstr(e.what, "too long"));
    memset(longname, 'q', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    ck_assert_int_eq(sl_dist_parse(longname, 0, INF, &d, &e), SL_EPARSE);
    ck_assert_ptr_nonnull(strstr(e.what, "unknown form"));
    ck_assert_int_eq(sl_dist_parse("-", 0, INF, &d, &e), SL_EPARSE);
    ck_assert_int_eq(sl_dist_parse(".", 0, INF, &d, &e), SL_EPARSE);
    ck_assert_int_eq(sl_dist_parse("1e", 0, INF, &d, &e), SL_EPARSE);
    ck_assert_int_eq(e.column, 2);
    ck_assert_int_eq(sl_dist_parse("0x10", 0, INF, &d, &e), SL_EPARSE);
    ck_assert_int_eq(sl_dist_parse("choice(1:)", 0, INF, &d, &e), SL_EPARSE);
    ck_assert_int_eq(sl_dist_parse("\xff\xfe", 0, INF, &d, &e), SL_EPARSE);
}
END_TEST

/* ------------------------------------------------------------------ */
/* set_* constructors                                                  */

START_TEST(test_setters)
{
    sl_dist d;
    sl_error e;
    double v[] = {4.5, 1.25, 3}, w[] = {1, 2, 5};
    ck_assert_int_eq(sl_dist_set_const(&d, 46.25, 0, INF, &e), SL_OK);
    ck_assert(d.kind == SL_DIST_CONST && d.a == 46.25);
    ck_assert_int_eq(sl_dist_set_uniform(&d, 24000, 30480, 0, INF, &e), SL_OK);
    ck_assert(d.kind == SL_DIST_UNIFORM && d.lo == 24000 && d.hi == 30480);
    ck_assert_int_eq(sl_dist_set_triangular(&d, 1, 2, 4, 0, 5, &e), SL_OK);
    ck_assert_int_eq(d.kind, SL_DIST_TRIANGULAR);
    ck_assert_int_eq(sl_dist_set_pert(&d, 1, 2, 4, 0, 5, &e), SL_OK);
    ck_assert_int_eq(d.kind, SL_DIST_PERT);
    ck_assert_int_eq(sl_dist_set_normal(&d, 0.4, 0.2, 0, 1, &e), SL_OK);
    ck_assert(d.kind == SL_DIST_NORMAL && d.lo == 0 && d.hi == 1);
    ck_assert_int_eq(sl_dist_set_interval90(&d, 0.6, 0.95, 0, 1, &e), SL_OK);
    ck_assert_int_eq(d.kind, SL_DIST_BETA);
    ck_assert_int_eq(sl_dist_set_choice(&d, 3, v, w, 0, 10, &e), SL_OK);
    ck_assert(d.value[0] == 1.25 && d.weight[0] == 0.25);
    ck_assert(d.value[2] == 4.5 && d.weight[2] == 0.125);
    ck_assert_int_eq(sl_dist_set_choice(&d, 3, v, NULL, 0, 10, &e), SL_OK);
    ck_assert_double_eq_tol(d.weight[1], 1.0 / 3, 1e-16);

    /* errors name the parameter */
    ck_assert_int_eq(sl_dist_set_const(&d, 1.5, 0, 1, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "v");
    ck_assert_int_eq(e.column, 0);
    ck_assert_int_eq(sl_dist_set_const(&d, NAN, 0, 1, &e), SL_ERANGE);
    ck_assert_ptr_nonnull(strstr(e.what, "NaN is not a finite number"));
    ck_assert_int_eq(sl_dist_set_uniform(&d, 5, 3, 0, INF, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "a");
    ck_assert_ptr_nonnull(strstr(e.what, "for a fixed value write 5"));
    ck_assert_int_eq(sl_dist_set_triangular(&d, 1, 7, 4, 0, 5, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "m");
    ck_assert_int_eq(sl_dist_set_pert(&d, 1, 0.5, 4, 0, 5, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "m");
    ck_assert_int_eq(sl_dist_set_normal(&d, 0.4, -1, 0, 1, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "sd");
    ck_assert_int_eq(sl_dist_set_normal(&d, 0.4, INF, 0, 1, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "sd");
    ck_assert_int_eq(sl_dist_set_interval90(&d, 0, 10, 0, INF, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "lo");
    ck_assert_ptr_nonnull(strstr(e.what, "uniform(0, 10)"));
    ck_assert_int_eq(sl_dist_set_interval90(&d, 2, 1, 0, INF, &e), SL_EINVAL);
    ck_assert_int_eq(sl_dist_set_interval90(&d, 2, 5, 0, 3, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "hi");
    w[1] = -1;
    ck_assert_int_eq(sl_dist_set_choice(&d, 3, v, w, 0, 10, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "weights[1]");
    w[1] = NAN;
    ck_assert_int_eq(sl_dist_set_choice(&d, 3, v, w, 0, 10, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "weights[1]");
    w[0] = w[1] = w[2] = DBL_MAX;
    ck_assert_int_eq(sl_dist_set_choice(&d, 3, v, w, 0, 10, &e), SL_EINVAL);
    ck_assert_ptr_nonnull(strstr(e.what, "overflow"));
    ck_assert_int_eq(sl_dist_set_choice(&d, 3, v, NULL, 0, 2, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "values[0]");
    ck_assert_int_eq(sl_dist_set_choice(&d, 0, v, NULL, 0, 10, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "n");
    ck_assert_int_eq(sl_dist_set_choice(&d, 17, v, NULL, 0, 10, &e), SL_EINVAL);
    ck_assert_int_eq(sl_dist_set_choice(&d, 2, NULL, NULL, 0, 10, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "values");
    ck_assert_int_eq(sl_dist_set_const(NULL, 1, 0, 2, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "out");
    ck_assert_int_eq(sl_dist_set_uniform(&d, 1, 2, 3, 0, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "min");
}
END_TEST

/* ------------------------------------------------------------------ */
/* Quantile, CDF, moments, describe                                    */

/* Distributions used by the consistency and sampling tests. */
static const struct {
    const char *text;
    double min, max;
} dists[] = {
    {"2.385", 0, INF},
    {"uniform(2.385, 7.25)", 0, INF},
    {"triangular(1.5, 2.25, 6.75)", 0, INF},
    {"triangular(1.5, 1.5, 6.75)", 0, INF},
    {"pert(12%, 31.5%, 74%)", 0, 1},
    {"normal(-4.5, 2.25)", -INF, INF},
    {"normal(0.62, 0.31)", 0, 1},
    {"normal(0.9, 2.5)", 0, 1},
    {"lognormal(2.3, 0.4)", 0, INF},
    {"lognormal(-1.2, 1.7)", 0, 1},
    {"beta(2.5, 4.75)", 10, 30},
    {"beta(0.35, 0.6)", 0, 1},
    {"0.6 to 0.95", 0, 1},
    {"0.98 to 0.999", 0, 1},
    {"0.001 to 0.999", 0, 1},
    {"1,000 to 2,500", 0, INF},
    {"1.5 to 30", 1, INF},
    {"-5 to 5", -INF, 5.5},
    {"6700 to 7000", 1, 1e9},
    {"-0.85 to 75", -3, INF},      /* fitted mean below the minimum */
    {"0.53 to 3", 0.5, INF},       /* heavily truncated lognormal */
    {"normal(1.2, 0.25)", 0, 1},   /* mean outside, 21 % kept */
    {"choice(1.5: 2, 2.5: 6, 4: 1)", 0, 10},
    {"choice(2.385, 4, 7.25, 9.5, 11)", 0, 20},
};
#define NDISTS (sizeof dists / sizeof dists[0])

START_TEST(test_quantile_cdf_inverse)
{
    static const double ps[] = {0.001, 0.05, 0.3, 0.5, 0.77, 0.95, 0.999};
    sl_dist d = parse_ok(dists[_i].text, dists[_i].min, dists[_i].max);
    ck_assert(sl_dist_quantile(&d, 0) == d.lo);
    ck_assert(sl_dist_quantile(&d, 1) == d.hi);
    ck_assert(isnan(sl_dist_quantile(&d, -0.01)));
    ck_assert(isnan(sl_dist_quantile(&d, 1.01)));
    ck_assert(isnan(sl_dist_quantile(&d, NAN)));
    ck_assert(isnan(sl_dist_cdf(&d, NAN)));
    ck_assert(sl_dist_cdf(&d, -INF) == 0 || d.lo == -INF);
    ck_assert(sl_dist_cdf(&d, INF) == 1);
    if (d.kind == SL_DIST_CONST || d.kind == SL_DIST_CHOICE)
        return;
    for (size_t k = 0; k < sizeof ps / sizeof ps[0]; k++) {
        double q = sl_dist_quantile(&d, ps[k]);
        ck_assert_msg(q >= d.lo && q <= d.hi, "%s: q(%g) = %g outside",
                      dists[_i].text, ps[k], q);
        ck_assert_msg(fabs(sl_dist_cdf(&d, q) - ps[k]) < 1e-9,
                      "%s: cdf(q(%g)) = %.12g", dists[_i].text, ps[k],
                      sl_dist_cdf(&d, q));
        if (k > 0)
            ck_assert(q > sl_dist_quantile(&d, ps[k - 1]));
    }
}
END_TEST

/* A symmetric beta's median is exactly its centre (the CDF there rounds
 * to either side of 1/2). */
START_TEST(test_beta_median)
{
    sl_dist d = parse_ok("beta(65, 65)", 0, 1);
    ck_assert_double_eq_tol(sl_dist_quantile(&d, 0.5), 0.5, 1e-12);
    d = parse_ok("beta(0.35, 0.35)", -3, 5);
    ck_assert_double_eq_tol(sl_dist_quantile(&d, 0.5), 1, 1e-12);
}
END_TEST

/* P(X > x) of beta(a, b), precise in the upper tail. */
static double upper(double x, double a, double b)
{
    return gsl_cdf_beta_P(1 - x, b, a);
}

/* Beta quantiles in the tails: lower tails to 1e-9 relative (0 when the
 * answer lies below the least normal double), upper tails to 1e-6 down
 * to 1e-8, including shapes far apart. */
START_TEST(test_beta_quantile_tails)
{
    static const double shapes[][2] = {
        {0.3, 2e6}, {2.5, 4.75}, {150, 0.35}, {0.05, 0.05}, {4e4, 9e9}};
    static const double tails[] = {1e-12, 1e-8, 0.003};
    for (size_t i = 0; i < 5; i++) {
        double a = shapes[i][0], b = shapes[i][1];
        char text[96];
        sl_dist d;
        snprintf(text, sizeof text, "beta(%.17g, %.17g)", a, b);
        d = parse_ok(text, 0, 1);
        for (size_t k = 0; k < 3; k++) {
            double t = tails[k], lo = sl_dist_quantile(&d, t);
            double hi = sl_dist_quantile(&d, 1 - t);
            double tu = 1 - (1 - t); /* the upper tail actually asked */
            if (lo > DBL_MIN)
                sl_assert_rel(gsl_cdf_beta_P(lo, a, b), t, 1e-9);
            else
                ck_assert(gsl_cdf_beta_P(DBL_MIN, a, b) >= t);
            if (hi < 1 && t > 1e-10) /* upper tails: about 1e-16 / t */
                ck_assert_msg(fabs(upper(hi, a, b) / tu - 1) < 1e-6 ||
                                  (upper(nextafter(hi, 0), a, b) >= tu &&
                                   upper(nextafter(hi, 1), a, b) <= tu),
                              "%s: Q(q(1 - %g)) = %.10g", text, tu,
                              upper(hi, a, b));
        }
    }
    ck_assert(sl_dist_quantile(&(sl_dist){0}, 0.5) == 0); /* CONST 0 */
}
END_TEST

START_TEST(test_choice_quantile_cdf)
{
    sl_dist d = parse_ok("choice(1.5: 2, 2.5: 6, 4: 1, 9: 0)", 0, 10);
    ck_assert(sl_dist_quantile(&d, 0) == 1.5);
    ck_assert(sl_dist_quantile(&d, 2.0 / 9) == 1.5);
    ck_assert(sl_dist_quantile(&d, 0.23) == 2.5);
    ck_assert(sl_dist_quantile(&d, 8.5 / 9) == 4);
    ck_assert(sl_dist_quantile(&d, 1) == 4); /* 9 has no weight */
    ck_assert(sl_dist_cdf(&d, 1.4) == 0);
    ck_assert_double_eq_tol(sl_dist_cdf(&d, 2.5), 8.0 / 9, 1e-15);
    ck_assert_double_eq_tol(sl_dist_cdf(&d, 3.9), 8.0 / 9, 1e-15);
    ck_assert_double_eq_tol(sl_dist_cdf(&d, 4), 1, 1e-15);
    ck_assert_double_eq_tol(sl_dist_mean(&d), (3 + 15 + 4) / 9.0, 1e-14);
}
END_TEST

START_TEST(test_moments_closed_forms)
{
    sl_dist d = parse_ok("uniform(2.385, 7.25)", 0, INF);
    ck_assert_double_eq_tol(sl_dist_mean(&d), 4.8175, 1e-14);
    ck_assert_double_eq_tol(sl_dist_variance(&d), 4.865 * 4.865 / 12, 1e-14);
    d = parse_ok("triangular(1.5, 2.25, 6.75)", 0, INF);
    ck_assert_double_eq_tol(sl_dist_mean(&d), 3.5, 1e-14);
    ck_assert_double_eq_tol(sl_dist_variance(&d),
                            (1.5 * 1.5 + 2.25 * 2.25 + 6.75 * 6.75 -
                             1.5 * 2.25 - 1.5 * 6.75 - 2.25 * 6.75) / 18,
                            1e-13);
    d = parse_ok("pert(1, 2.5, 7)", 0, INF);
    ck_assert_double_eq_tol(sl_dist_mean(&d), (1 + 4 * 2.5 + 7) / 6, 1e-14);
    d = parse_ok("lognormal(2.3, 0.4)", 0, INF);
    sl_assert_rel(sl_dist_mean(&d), exp(2.3 + 0.08), 1e-14);
    sl_assert_rel(sl_dist_variance(&d), expm1(0.16) * exp(4.6 + 0.16), 1e-14);
    d = parse_ok("normal(-4.5, 2.25)", -INF, INF);
    ck_assert_double_eq_tol(sl_dist_mean(&d), -4.5, 1e-14);
    ck_assert_double_eq_tol(sl_dist_variance(&d), 2.25 * 2.25, 1e-13);
    /* symmetric truncation keeps the mean, shrinks the variance */
    d = parse_ok("normal(0.5, 0.3)", 0, 1);
    ck_assert_double_eq_tol(sl_dist_mean(&d), 0.5, 1e-14);
    ck_assert(sl_dist_variance(&d) < 0.09);
    d = parse_ok("7.25", 0, INF);
    ck_assert(sl_dist_mean(&d) == 7.25 && sl_dist_variance(&d) == 0);
    /* huge ranges: infinite variance, never NaN */
    d = parse_ok("triangular(1, 2, 1e300)", 0, INF);
    ck_assert_double_eq_tol(sl_dist_mean(&d) / 1e300, 1.0 / 3, 1e-15);
    ck_assert(sl_dist_variance(&d) == INF);
    /* a width near DBL_MAX: the mean stays finite and inside (the fuzzer
       found (u + v u) / 3 overflowing to inf) */
    d = parse_ok("triangular(-1e308, 22, 70)", -INF, INF);
    ck_assert(isfinite(sl_dist_mean(&d)));
    ck_assert_double_eq_tol(sl_dist_mean(&d) / 1e308, -1.0 / 3, 1e-15);
    /* the same for a pert, whose shapes overflowed to inf (4 (b - a)), so
       its mean and quantiles were NaN: alpha = 5 - 4e-308 ~ 5, beta ~ 1 */
    d = parse_ok("pert(-1e308, -2, 7)", -INF, INF);
    ck_assert_double_eq_tol(sl_dist_mean(&d) / 1e308, -1.0 / 6, 1e-12);
    ck_assert(!isnan(sl_dist_quantile(&d, 1e-9)));
    ck_assert(sl_dist_quantile(&d, 0.5) < 0);
    ck_assert(isnan(sl_dist_mean(NULL)) && isnan(sl_dist_variance(NULL)));
    ck_assert(isnan(sl_dist_quantile(NULL, 0.5)) && isnan(sl_dist_cdf(NULL, 1)));
    ck_assert_int_eq(sl_dist_is_const(NULL), 0);
}
END_TEST

START_TEST(test_describe_roundtrip)
{
    char buf[1024], buf2[1024];
    sl_dist d = parse_ok(dists[_i].text, dists[_i].min, dists[_i].max), r;
    int n = sl_dist_describe(&d, buf, sizeof buf);
    ck_assert_int_eq(n, (int)strlen(buf));
    r = parse_ok(buf, dists[_i].min, dists[_i].max);
    ck_assert_msg(r.kind == d.kind, "%s -> %s", dists[_i].text, buf);
    ck_assert_msg(r.a == d.a && r.b == d.b && r.c == d.c, "%s -> %s",
                  dists[_i].text, buf);
    ck_assert(r.lo == d.lo && r.hi == d.hi && r.n == d.n);
    for (size_t i = 0; i < d.n; i++) {
        ck_assert(r.value[i] == d.value[i]);
        ck_assert_double_eq_tol(r.weight[i], d.weight[i], 1e-16);
    }
    sl_dist_describe(&r, buf2, sizeof buf2);
    ck_assert_str_eq(buf, buf2);
}
END_TEST

START_TEST(test_describe_forms)
{
    static const struct {
        const char *text;
        double min, max;
        const char *want;
    } c[] = {
        {"pert(0.2, 0.35, 0.9)", 0, 1, "pert(0.2, 0.35, 0.9)"},
        {"10,000", 0, INF, "10000"},
        {"4.8e6", 0, INF, "4800000"},
        {"1e20", 0, INF, "1e+20"},
        {"-0.1", -INF, INF, "-0.1"},
        {"choice(3, 1)", 0, INF, "choice(1, 3)"},
        {"choice(3: 1, 1: 3)", 0, INF, "choice(1: 0.75, 3: 0.25)"},
    };
    char buf[256], small[8];
    sl_dist d;
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        d = parse_ok(c[i].text, c[i].min, c[i].max);
        ck_assert_int_eq(sl_dist_describe(&d, buf, sizeof buf),
                         (int)strlen(c[i].want));
        ck_assert_str_eq(buf, c[i].want);
    }
    /* truncated like snprintf, full length returned */
    d = parse_ok("normal(0.62, 0.31)", 0, 1);
    ck_assert_int_eq(sl_dist_describe(&d, small, sizeof small), 18);
    ck_assert_str_eq(small, "normal(");
    ck_assert_int_eq(sl_dist_describe(&d, NULL, 0), 18);
    ck_assert_int_eq(sl_dist_describe(NULL, buf, sizeof buf), -1);
}
END_TEST

/* uniform(24,000, 30480) reads as uniform(24, 0, 30480): too many. */
START_TEST(test_no_separators_in_calls)
{
    sl_dist d;
    sl_error e;
    ck_assert_int_eq(sl_dist_parse("uniform(24,000, 30480)", 0, INF, &d, &e),
                     SL_EPARSE);
    ck_assert_ptr_nonnull(strstr(e.what, "too many arguments"));
}
END_TEST

/* Under a decimal-comma locale (built here with localedef: only its
 * LC_NUMERIC), numbers still read and print with '.'. */
START_TEST(test_decimal_comma_locale)
{
    char dir[] = "/tmp/sl_locale_XXXXXX", path[128], cmd[512], buf[256];
    FILE *f;
    sl_dist d, r;
    if (system("command -v localedef >/dev/null 2>&1") != 0) {
        fprintf(stderr, "test_decimal_comma_locale: no localedef, skipped\n");
        return;
    }
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/comma.src", dir);
    ck_assert_ptr_nonnull(f = fopen(path, "w"));
    fputs("LC_NUMERIC\ndecimal_point \",\"\nthousands_sep \".\"\n"
          "grouping 3;3\nEND LC_NUMERIC\n", f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "localedef -c -f UTF-8 -i %s %s/xx_COMMA.UTF-8"
             " >/dev/null 2>&1", path, dir);
    (void)system(cmd); /* warns (exit 1) about the missing categories */
    setenv("LOCPATH", dir, 1);
    ck_assert_ptr_nonnull(setlocale(LC_NUMERIC, "xx_COMMA.UTF-8"));
    ck_assert_str_eq(localeconv()->decimal_point, ",");
    d = parse_ok("pert(0.25, 0.5, 0.875)", 0, 1);
    ck_assert(d.a == 0.25 && d.b == 0.5 && d.c == 0.875);
    ck_assert(parse_ok("62.5%", 0, 1).a == 0.625);
    ck_assert(parse_ok("1,234.5", 0, INF).a == 1234.5);
    sl_dist_describe(&d, buf, sizeof buf);
    ck_assert_str_eq(buf, "pert(0.25, 0.5, 0.875)");
    d = parse_ok("0.6 to 0.95", 0, 1);
    sl_dist_describe(&d, buf, sizeof buf);
    r = parse_ok(buf, 0, 1);
    ck_assert(r.a == d.a && r.b == d.b);
    setlocale(LC_NUMERIC, "C");
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    (void)system(cmd);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Sampling                                                            */

#define NSAMP 200000

/* Empirical quantile p of sorted x[n]. */
static double emp_q(const double *x, size_t n, double p)
{
    return gsl_stats_quantile_from_sorted_data(x, 1, n, p);
}

START_TEST(test_sample_statistics)
{
    static double x[NSAMP];
    static const double ps[] = {0.05, 0.5, 0.95};
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    sl_dist d = parse_ok(dists[_i].text, dists[_i].min, dists[_i].max);
    double mean = sl_dist_mean(&d), var = sl_dist_variance(&d), m, v, m4 = 0;
    gsl_rng_set(r, 20240611 + _i);
    for (size_t i = 0; i < NSAMP; i++)
        x[i] = sli_dist_sample(&d, r);
    gsl_rng_free(r);
    m = gsl_stats_mean(x, 1, NSAMP);
    v = gsl_stats_variance_m(x, 1, NSAMP, m);
    if (var == 0) {
        ck_assert(m == mean && v == 0);
        return;
    }
    ck_assert_msg(fabs(m - mean) < 4 * sqrt(var / NSAMP),
                  "%s: sample mean %.8g vs %.8g (se %.3g)", dists[_i].text, m,
                  mean, sqrt(var / NSAMP));
    for (size_t i = 0; i < NSAMP; i++)
        m4 += pow(x[i] - m, 4) / NSAMP;
    ck_assert_msg(fabs(v - var) < 4 * sqrt((m4 - v * v) / NSAMP),
                  "%s: sample variance %.8g vs %.8g", dists[_i].text, v, var);
    if (d.kind == SL_DIST_CHOICE)
        return;
    gsl_sort(x, 1, NSAMP);
    for (size_t k = 0; k < 3; k++) {
        double p = ps[k], q = sl_dist_quantile(&d, p), h = 1e-4;
        double dqdp = (sl_dist_quantile(&d, p + h) -
                       sl_dist_quantile(&d, p - h)) / (2 * h);
        double se = sqrt(p * (1 - p) / NSAMP) * dqdp;
        ck_assert_msg(fabs(emp_q(x, NSAMP, p) - q) < 4 * se + 1e-12 * fabs(q),
                      "%s: P%g %.8g vs %.8g (se %.3g)", dists[_i].text,
                      100 * p, emp_q(x, NSAMP, p), q, se);
    }
}
END_TEST

/* Bounded distributions: a million draws, every one inside [lo, hi]. */
static const struct {
    const char *text;
    double min, max;
} bounded[] = {
    {"uniform(0.25, 0.75)", 0, 1},
    {"triangular(0, 0, 1)", 0, 1},
    {"pert(0, 0.999, 1)", 0, 1},
    {"normal(0.5, 0.3)", 0, 1},
    {"normal(0.999, 4)", 0, 1},
    {"normal(0.001, 0.0001)", 0, 1},
    {"lognormal(-0.1, 3)", 0, 1},
    {"0.001 to 0.999", 0, 1},
    {"0.98 to 0.999", 0, 1},
    {"0.0001 to 0.0002", 0, 1},
    {"1.1 to 30", 1, INF},
    {"-5 to 5", -INF, 5.5},
    {"beta(0.01, 0.02)", 0, 1},
    {"choice(0: 1, 1: 1)", 0, 1},
    {"triangular(1, 2, 1e300)", 0, INF},
    {"uniform(-1e307, 1e307)", -INF, INF},
    {"normal(1.2, 0.25)", 0, 1},
};

START_TEST(test_sample_bounds)
{
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    sl_dist d = parse_ok(bounded[_i].text, bounded[_i].min, bounded[_i].max);
    double lo = INF, hi = -INF;
    gsl_rng_set(r, 7 + _i);
    for (long i = 0; i < 1000000; i++) {
        double x = sli_dist_sample(&d, r);
        lo = fmin(lo, x);
        hi = fmax(hi, x);
        if (!(x >= d.lo && x <= d.hi))
            ck_abort_msg("%s: draw %.17g outside [%g, %g]", bounded[_i].text,
                         x, d.lo, d.hi);
    }
    gsl_rng_free(r);
    ck_assert(d.lo >= bounded[_i].min && d.hi <= bounded[_i].max);
    ck_assert(lo < hi); /* it did vary */
}
END_TEST

/* A distribution with a zeroed sampler cache still samples correctly
 * (by inversion). */
START_TEST(test_sample_unprepared)
{
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    sl_dist d = parse_ok("normal(0.9, 0.4)", 0, 1);
    double s = 0;
    d.draw = 0;
    d.upper = 0;
    d.k[0] = d.k[1] = 0;
    gsl_rng_set(r, 99);
    for (int i = 0; i < NSAMP; i++) {
        double x = sli_dist_sample(&d, r);
        ck_assert(x >= 0 && x <= 1);
        s += x;
    }
    gsl_rng_free(r);
    ck_assert(fabs(s / NSAMP - sl_dist_mean(&d)) <
              4 * sqrt(sl_dist_variance(&d) / NSAMP));
}
END_TEST

/* A hand-filled struct with nonsense in it: no crash, no read past the
 * arrays. */
START_TEST(test_garbage_struct)
{
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    sl_dist d = parse_ok("choice(1, 2, 3)", 0, 10);
    char buf[64];
    d.n = 1000;
    ck_assert(!isnan(sl_dist_mean(&d)));
    ck_assert(sl_dist_quantile(&d, 0.5) == 2);
    ck_assert(sl_dist_cdf(&d, 2.5) <= 1);
    ck_assert(isfinite(sli_dist_sample(&d, r)));
    ck_assert_int_gt(sl_dist_describe(&d, buf, sizeof buf), 0);
    d.n = 0;
    ck_assert(sli_dist_sample(&d, r) == d.lo);
    d.kind = (sl_dist_kind)99;
    ck_assert(isnan(sl_dist_quantile(&d, 0.5)));
    ck_assert(isnan(sl_dist_cdf(&d, 0.5)) || d.lo > 0.5);
    ck_assert(isnan(sl_dist_mean(&d)) && isnan(sl_dist_variance(&d)));
    ck_assert_int_eq(sl_dist_describe(&d, buf, sizeof buf), -1);
    ck_assert(sli_dist_sample(&d, r) == d.lo);
    ck_assert_int_eq(sl_dist_is_const(&d), 0);
    gsl_rng_free(r);
}
END_TEST

START_TEST(test_choice_frequencies)
{
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    sl_dist d = parse_ok("choice(1.5: 2, 2.5: 6, 4: 1, 9: 0)", 0, 10);
    long count[4] = {0};
    double sum = 0;
    for (size_t i = 0; i < d.n; i++)
        sum += d.weight[i];
    ck_assert_double_eq_tol(sum, 1, 1e-15);
    gsl_rng_set(r, 4242);
    for (int i = 0; i < NSAMP; i++) {
        double x = sli_dist_sample(&d, r);
        int k = x == 1.5 ? 0 : x == 2.5 ? 1 : x == 4 ? 2 : 3;
        count[k]++;
    }
    gsl_rng_free(r);
    ck_assert_int_eq(count[3], 0);
    for (int k = 0; k < 3; k++) {
        double p = d.weight[k], f = (double)count[k] / NSAMP;
        ck_assert_msg(fabs(f - p) < 4 * sqrt(p * (1 - p) / NSAMP),
                      "choice %d: frequency %g vs %g", k, f, p);
    }
}
END_TEST

/* docs/distributions.md, "Errors": each row whose example is a text in
 * backticks (on the bounds `[min, max]` it names, else the whole line) is
 * parsed, and must give the row's status and a message holding each
 * piece of the row's excerpt, in order ("..." separates the pieces).  The
 * table quoted "write 5" where the parser says "write 5.000000000000005". */
static double doc_bound(const char *s)
{
    while (*s == ' ')
        s++;
    if (!strncmp(s, "inf", 3))
        return INF;
    if (!strncmp(s, "-inf", 4))
        return -INF;
    return strtod(s, NULL);
}

static char *doc_trim(char *s)
{
    size_t n;
    while (*s == ' ')
        s++;
    n = strlen(s);
    while (n > 0 && s[n - 1] == ' ')
        s[--n] = '\0';
    return s;
}

START_TEST(test_errors_doc_table)
{
    static const struct { const char *name; sl_status st; } names[] = {
#define SL_DOC_NAME_(n, v, m) {"SL_" #n, SL_##n},
        SL_STATUS_MAP(SL_DOC_NAME_)
#undef SL_DOC_NAME_
    };
    char *doc = sl_test_read_file(SL_SOURCE_DIR "/docs/distributions.md");
    char *at, *line, *next;
    int checked = 0;
    ck_assert_msg(doc != NULL, "cannot read docs/distributions.md");
    at = strstr(doc, "\n## Errors");
    ck_assert_msg(at != NULL, "docs/distributions.md has no Errors section");
    for (line = at + 1; line && *line; line = next) {
        char *cell[6], *p, text[256] = "", *want;
        size_t n;
        double lo = -INF, hi = INF;
        int ncell = 0, known = 0;
        sl_status want_st = SL_OK, st;
        sl_dist d;
        sl_error e;
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        if (strncmp(line, "| `SL_", 6) != 0) {
            if (checked > 0 && line[0] == '#')
                break;
            continue;
        }
        for (p = strtok(line, "|"); p && ncell < 6; p = strtok(NULL, "|"))
            cell[ncell++] = doc_trim(p);
        ck_assert_int_ge(ncell, 3);
        for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
            if (strlen(cell[0]) == strlen(names[k].name) + 2 &&
                !strncmp(cell[0] + 1, names[k].name, strlen(names[k].name))) {
                want_st = names[k].st;
                known = 1;
            }
        ck_assert_msg(known, "unknown status %s in the table", cell[0]);
        if (!strcmp(cell[1], "empty text")) {
            text[0] = '\0';
        } else if (cell[1][0] == '`') {
            char *end = strchr(cell[1] + 1, '`'), *on;
            ck_assert(end != NULL && (size_t)(end - cell[1]) < sizeof text);
            memcpy(text, cell[1] + 1, (size_t)(end - cell[1] - 1));
            text[end - cell[1] - 1] = '\0';
            on = strstr(end, " on `[");
            if (on) {
                lo = doc_bound(on + 6);
                hi = doc_bound(strchr(on + 6, ',') + 1);
            }
        } else {
            continue; /* described, not a text to parse */
        }
        sl_error_clear(&e);
        st = sl_dist_parse(text, lo, hi, &d, &e);
        ck_assert_msg(st == want_st, "'%s' on [%g, %g]: status %d, the doc "
                      "says %s (%s)", text, lo, hi, st, cell[0], e.what);
        /* each piece of the excerpt, in order */
        want = cell[2];
        p = e.what;
        while (*want) {
            char piece[512];
            char *dots = strstr(want, "\xe2\x80\xa6");
            n = dots ? (size_t)(dots - want) : strlen(want);
            ck_assert(n < sizeof piece);
            memcpy(piece, want, n);
            piece[n] = '\0';
            want = dots ? dots + 3 : want + n;
            if (!*doc_trim(piece))
                continue;
            p = strstr(p, doc_trim(piece));
            ck_assert_msg(p != NULL, "'%s': the message is \"%s\"; the doc "
                          "quotes \"%s\"", text, e.what, cell[2]);
            p += strlen(doc_trim(piece));
        }
        /* an excerpt that does not end in "..." quotes the message's end */
        n = strlen(cell[2]);
        ck_assert_msg((n >= 3 && !strcmp(cell[2] + n - 3, "\xe2\x80\xa6")) ||
                      *p == '\0', "'%s': the message is \"%s\"; the doc "
                      "quotes \"%s\" as its end", text, e.what, cell[2]);
        checked++;
    }
    ck_assert_msg(checked >= 24, "only %d rows of the Errors table checked",
                  checked);
    free(doc);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("dist");
    TCase *tc = tcase_create("parse");
    TCase *tm = tcase_create("model");
    TCase *ts = tcase_create("sample");
    tcase_add_test(tc, test_parse_plain_numbers);
    tcase_add_test(tc, test_parse_named_forms);
    tcase_add_test(tc, test_parse_choice);
    tcase_add_test(tc, test_interval_families);
    tcase_add_loop_test(tc, test_interval_quantiles, 0,
                        sizeof fits / sizeof fits[0]);
    tcase_add_test(tc, test_interval_closed_forms);
    tcase_add_loop_test(tc, test_parse_errors, 0, sizeof bad / sizeof bad[0]);
    tcase_add_test(tc, test_parse_error_line);
    tcase_add_test(tc, test_parse_bad_arguments);
    tcase_add_test(tc, test_parse_hostile);
    tcase_add_test(tc, test_setters);
    tcase_add_test(tc, test_no_separators_in_calls);
    tcase_add_test(tc, test_errors_doc_table);
    tcase_add_loop_test(tm, test_quantile_cdf_inverse, 0, NDISTS);
    tcase_add_test(tm, test_choice_quantile_cdf);
    tcase_add_test(tm, test_beta_median);
    tcase_add_test(tm, test_beta_quantile_tails);
    tcase_add_test(tm, test_moments_closed_forms);
    tcase_add_loop_test(tm, test_describe_roundtrip, 0, NDISTS);
    tcase_add_test(tm, test_describe_forms);
    tcase_add_test(tm, test_decimal_comma_locale);
    tcase_add_loop_test(ts, test_sample_statistics, 0, NDISTS);
    tcase_add_loop_test(ts, test_sample_bounds, 0,
                        sizeof bounded / sizeof bounded[0]);
    tcase_add_test(ts, test_sample_unprepared);
    tcase_add_test(ts, test_choice_frequencies);
    tcase_add_test(ts, test_garbage_struct);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, tm);
    suite_add_tcase(s, ts);
    return sl_test_run(s);
}
