/*
 * tests/test_claim_range.c - the check of a claim stated as a range
 * ("300,000 to 500,000", docs/method.md §3): the verdict is the best over
 * the range's values, the shares are counted against the samples, and
 * the requirements are those of its low end.  Every claim is placed from
 * the run's own samples and summary, so the tests hold for any engine
 * output.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_sort.h>
#include "testutil.h"

static sl_catalog *cat;
static sl_scenario *sc;
static sl_error e;
static double *sorted; /* the samples of the fixture's run, ascending */
static size_t n;
static sl_summary s;

#define SAMPLES 4000
#define SEED 23
static uint64_t seed = SEED; /* the runs' seed */

/* The run of sc (SAMPLES samples, seed SEED, one thread). */
static sl_result *run(void)
{
    sl_options o;
    sl_result *r = NULL;
    sl_options_init(&o);
    o.samples = SAMPLES;
    o.seed = seed;
    o.threads = 1;
    ck_assert_msg(sl_estimate(sc, &o, &r, &e) == SL_OK, "%s: %s", e.where,
                  e.what);
    return r;
}

/* Run sc without a claim and keep its samples, ascending, in sorted (n
 * of them) and its summary in s. */
static void refresh(void)
{
    sl_result *r;
    const double *x;
    sl_scenario_clear_claim(sc);
    r = run();
    x = sl_result_samples(r, &n);
    ck_assert_uint_eq(n, SAMPLES);
    free(sorted);
    sorted = malloc(n * sizeof *sorted);
    ck_assert_ptr_nonnull(sorted);
    memcpy(sorted, x, n * sizeof *sorted);
    gsl_sort(sorted, 1, n);
    ck_assert_int_eq(sl_result_total(r, &s), SL_OK);
    ck_assert(s.min > 0 && isfinite(s.max) && s.min <= s.p05 &&
              s.p95 <= s.max);
    sl_result_free(r);
}

/* 2,385 containers of 20 ft at 24 t carrying boxed rounds or bare shells
 * (an uncertain share) with an uncertain fill: a spread distribution with
 * finite hard bounds. */
static void setup(void)
{
    seed = SEED;
    sl_error_clear(&e);
    ck_assert_int_eq(sl_catalog_builtin(&cat, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_alloc(cat, &sc, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "2,385", &e), SL_OK);
    sl_scenario_clear_container_types(sc);
    ck_assert_int_eq(sl_scenario_add_container_type(sc, "iso-20-24t", "1", &e),
                     SL_OK);
    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-round",
                                                "uniform(0.3, 0.6)", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-shell-mass-equiv",
                                                "rest", &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_fill(sc, "pert(0.7, 0.95, 1)", &e),
                     SL_OK);
    refresh();
    ck_assert(s.min < s.p05 && s.p95 < s.max);
}

static void teardown(void)
{
    free(sorted);
    sorted = NULL;
    sl_scenario_free(sc);
    sl_catalog_free(cat);
}

/* The check of the claim text on the fixture's run into *cc. */
static void check_text(const char *text, sl_claim_check *cc)
{
    sl_result *r;
    ck_assert_msg(sl_scenario_set_claim(sc, text, NULL, NULL, &e) == SL_OK,
                  "%s: %s", text, e.what);
    r = run();
    ck_assert_int_eq(sl_result_claim(r, cc), SL_OK);
    sl_result_free(r);
}

/* Samples at or below x. */
static size_t le_lo(double x)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += sorted[i] <= x;
    return k;
}

/* The check of the range [lo, hi] (whole numbers) into *cc, with the
 * promises every range check keeps: its ends, its qualifier, and each
 * share counted here against the samples. */
static void check_range(double lo, double hi, sl_claim_check *cc)
{
    char text[96];
    size_t ge = 0, le = 0, in = 0;
    snprintf(text, sizeof text, "%.0f to %.0f", lo, hi);
    check_text(text, cc);
    ck_assert_int_eq(cc->qualifier, SL_QUAL_RANGE);
    ck_assert_double_eq(cc->value, lo);
    ck_assert_double_eq(cc->value_high, hi);
    for (size_t i = 0; i < n; i++) {
        ge += sorted[i] >= lo;
        le += sorted[i] <= hi;
        in += sorted[i] >= lo && sorted[i] <= hi;
    }
    ck_assert_double_eq(cc->p_at_least, (double)ge / (double)n);
    ck_assert_double_eq(cc->p_at_most, (double)le / (double)n);
    ck_assert_double_eq(cc->p_in_range, (double)in / (double)n);
    ck_assert(cc->p_in_range_ci[0] <= cc->p_in_range &&
              cc->p_in_range <= cc->p_in_range_ci[1]);
    ck_assert_double_eq_tol(cc->per_container, lo / 2385, 1e-9);
    ck_assert_double_eq_tol(cc->percentile,
                            100.0 * ((double)(n - ge) +
                                     0.5 * (double)(le_lo(lo) - (n - ge))) /
                                (double)n,
                            1e-9);
}

/* An end of a 95 % Wilson interval for k of n: a root of (k/n - e)^2 =
 * z^2 e (1 - e) / n, the interval's definition (not its closed form). */
static void assert_wilson_end(double end, size_t k)
{
    double z = 1.959963984540054, p = (double)k / (double)n;
    double lhs = (p - end) * (p - end), rhs = z * z * end * (1 - end) / (double)n;
    ck_assert_msg(fabs(lhs - rhs) <= 1e-9 * fmax(rhs, 1e-300) + 1e-300,
                  "end %.17g of %zu/%zu: %.17g vs %.17g", end, k, n, lhs, rhs);
}

/* v grouped as the texts print it. */
static const char *num(double v, char *buf, size_t size)
{
    sl_format_number(v, 0, 0, buf, size);
    return buf;
}

/* A range that straddles P50 is consistent, with the share inside it and
 * its Wilson interval, and says what each end alone would be. */
START_TEST(test_range_straddles_p50)
{
    sl_claim_check cc;
    double lo = floor(sorted[n * 37 / 100]), hi = ceil(sorted[n * 61 / 100]);
    char want[300], a[40], b[40], c[40], d[40], p[40], q[40];
    size_t in = 0;
    check_range(lo, hi, &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.unsettled, 0);
    for (size_t i = 0; i < n; i++)
        in += sorted[i] >= lo && sorted[i] <= hi;
    ck_assert(in > n / 5 && in < n / 3);
    assert_wilson_end(cc.p_in_range_ci[0], in);
    assert_wilson_end(cc.p_in_range_ci[1], in);
    snprintf(want, sizeof want, "%s to %s is consistent: it overlaps the 90 "
             "%% range, %s to %s. ", num(lo, a, sizeof a), num(hi, b, sizeof b),
             num(s.p05, c, sizeof c), num(s.p95, d, sizeof d));
    ck_assert_msg(!strncmp(cc.text, want, strlen(want)), "%s", cc.text);
    sl_format_percent(cc.p_in_range, p, sizeof p);
    snprintf(want, sizeof want, "%s %% of samples lie in it (95 %% "
             "interval ", p);
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    snprintf(want, sizeof want, "Its low end alone, %s, lies at the %.0f",
             a, round(cc.percentile));
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    sl_format_number(lo / 2385, 0, 1, p, sizeof p);
    sl_format_number(hi / 2385, 0, 1, q, sizeof q);
    snprintf(want, sizeof want, "It implies %s to %s per container", p, q);
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
}
END_TEST

/* The verdict in each region, each placed from the samples: implausible
 * (fewer than 5 % reach the low end), conservative (fewer than 5 % at or
 * below the high end), impossible (the low end above the hard maximum),
 * too low (the high end below the hard minimum), and consistent when a
 * range reaches from a line to beyond the hard maximum. */
START_TEST(test_range_regions)
{
    sl_claim_check cc;
    char want[300], a[40], b[40], m[40], p5[40];
    double lo, hi;
    /* exactly 100 of 4,000 reach the low end: 2.5 %, settled */
    lo = floor(sorted[n - 100]);
    ck_assert(sorted[n - 101] < lo);
    check_range(lo, ceil(s.max * 1.0137), &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPLAUSIBLE);
    ck_assert_int_eq(cc.unsettled, 0);
    ck_assert(cc.p_at_least_ci[1] < 0.05);
    ck_assert_msg(strstr(cc.text, "is implausible: only 2.5 % of samples "
                                  "reach its low end (95 % interval "),
                  "%s", cc.text);
    snprintf(want, sizeof want, "its high end alone, %s, exceeds the hard "
             "maximum of %s. ", num(cc.value_high, b, sizeof b),
             num(s.max, m, sizeof m));
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    /* exactly 100 of 4,000 at or below the high end */
    hi = ceil(sorted[99]);
    ck_assert(sorted[100] > hi);
    check_range(floor(s.min * 0.7291), hi, &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSERVATIVE);
    ck_assert_int_eq(cc.unsettled, 0);
    snprintf(want, sizeof want, "is conservative: only 2.5 %% of samples stay "
             "at or below its high end (95 %% interval ");
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    snprintf(want, sizeof want, "Its low end alone, %s, is below the hard "
             "minimum of %s; its high end alone, %s, is below P5 (%s). ",
             num(cc.value, a, sizeof a), num(s.min, m, sizeof m),
             num(hi, b, sizeof b), num(s.p05, p5, sizeof p5));
    ck_assert_msg(strstr(cc.text, want), "%s\n%s", cc.text, want);
    /* the low end above the hard maximum: none in it */
    lo = ceil(s.max * 1.0042);
    check_range(lo, ceil(lo * 2.385), &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
    ck_assert(cc.p_in_range == 0 && cc.p_in_range_ci[0] == 0);
    assert_wilson_end(cc.p_in_range_ci[1], 0);
    snprintf(want, sizeof want, "is impossible under these assumptions: its "
             "low end exceeds the hard maximum of %s, a proven bound, by ",
             num(s.max, m, sizeof m));
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    snprintf(want, sizeof want, "None of %s samples lies in it (the share "
             "is below ", num((double)n, a, sizeof a));
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    ck_assert_int_eq(cc.unsettled, 0);
    /* the high end below the hard minimum */
    check_range(floor(s.min * 0.4137), floor(s.min * 0.8763), &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_TOO_LOW);
    snprintf(want, sizeof want, "is too low: even its high end is below the "
             "hard minimum of %s. ", num(s.min, m, sizeof m));
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    /* 6 % reach the low end, and the high end is past the hard maximum:
       each end alone would be worse, the range is consistent */
    lo = floor(sorted[n - 240]);
    ck_assert(sorted[n - 241] < lo);
    check_range(lo, ceil(s.max * 1.5), &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    /* every sample inside: from below the hard minimum to above the
       hard maximum */
    check_range(floor(s.min * 0.9), ceil(s.max * 1.1), &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_double_eq(cc.p_in_range, 1.0);
    ck_assert_double_eq(cc.p_in_range_ci[1], 1.0);
    assert_wilson_end(cc.p_in_range_ci[0], n);
}
END_TEST

/* A verdict on a 5 % line is unsettled, and the text names the end whose
 * share may lie on either side of it. */
START_TEST(test_range_unsettled)
{
    sl_claim_check cc;
    double lo, hi;
    /* exactly 200 of 4,000 reach the low end: 5 %, consistent */
    lo = floor(sorted[n - 200]);
    ck_assert(sorted[n - 201] < lo);
    check_range(lo, ceil(s.max * 1.0137), &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.unsettled, 1);
    assert_wilson_end(cc.p_at_least_ci[0], 200);
    ck_assert_msg(strstr(cc.text, "More samples could change this verdict: "
                                  "the share of samples that reach its low "
                                  "end, 95 % interval "), "%s", cc.text);
    /* 190 of 4,000: implausible, but its interval reaches 5 % */
    lo = floor(sorted[n - 190]);
    ck_assert(sorted[n - 191] < lo);
    check_range(lo, ceil(s.max * 1.0137), &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPLAUSIBLE);
    ck_assert_int_eq(cc.unsettled, 1);
    /* exactly 200 at or below the high end: the line of conservative */
    hi = ceil(sorted[199]);
    ck_assert(sorted[200] > hi);
    check_range(floor(s.min * 0.5), hi, &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.unsettled, 1);
    assert_wilson_end(cc.p_at_most_ci[1], 200);
    ck_assert_msg(strstr(cc.text, "the share of samples that stay at or "
                                  "below its high end, 95 % interval"),
                  "%s", cc.text);
    /* 190 at or below: conservative, unsettled */
    hi = ceil(sorted[189]);
    ck_assert(sorted[190] > hi);
    check_range(floor(s.min * 0.5), hi, &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSERVATIVE);
    ck_assert_int_eq(cc.unsettled, 1);
    /* far from both lines: settled */
    check_range(floor(sorted[n / 4]), ceil(sorted[n / 2]), &cc);
    ck_assert_int_eq(cc.unsettled, 0);
}
END_TEST

/* Everything solved for the range is solved for its low end: the same
 * figures as the exact claim of the low end alone. */
START_TEST(test_range_requirements_are_low_end)
{
    sl_claim_check pt, rg;
    char text[64];
    double lo = floor(sorted[n - 130]) + 0.25;
    snprintf(text, sizeof text, "%.2f", lo);
    check_text(text, &pt);
    ck_assert(isnan(pt.value_high) && isnan(pt.p_in_range) &&
              isnan(pt.p_in_range_ci[0]) && isnan(pt.p_in_range_ci[1]));
    snprintf(text, sizeof text, "between %.2f and %.0f", lo, s.max * 3);
    check_text(text, &rg);
    ck_assert_int_eq(rg.qualifier, SL_QUAL_RANGE);
    ck_assert_double_eq(rg.value, pt.value);
    ck_assert_double_eq(rg.per_container, pt.per_container);
    ck_assert_double_eq(rg.percentile, pt.percentile);
    ck_assert_double_eq(rg.p_at_least, pt.p_at_least);
    ck_assert_double_eq(rg.ratio_to_max, pt.ratio_to_max);
    ck_assert_double_eq(rg.ratio_to_p50, pt.ratio_to_p50);
    ck_assert(isfinite(pt.min_containers) && isfinite(pt.min_max_gross));
    ck_assert_double_eq(rg.min_containers, pt.min_containers);
    ck_assert_double_eq(rg.min_max_gross, pt.min_max_gross);
    ck_assert(rg.max_unit_gross == pt.max_unit_gross ||
              (isnan(rg.max_unit_gross) && isnan(pt.max_unit_gross)));
    ck_assert(rg.min_munition_share == pt.min_munition_share ||
              (isnan(rg.min_munition_share) && isnan(pt.min_munition_share)));
    ck_assert_int_eq(rg.verdict, pt.verdict); /* both implausible */
    ck_assert_int_eq(rg.verdict, SL_VERDICT_IMPLAUSIBLE);
}
END_TEST

/* The requirement sentences follow where the nominal total lies: below
 * the low end, what would raise it (the containers it needs); inside, the
 * room left; above the high end, that it lies above. */
START_TEST(test_range_nominal_text)
{
    sl_claim_check cc;
    sl_result *r;
    double per, nominal, hi;
    char want[160], m[40];
    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-round", "1", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_set_fill(sc, "1", &e), SL_OK);
    refresh();
    r = run();
    per = (double)sl_result_capacity(r, 0)->count;
    nominal = per * 2385;
    sl_result_free(r);
    check_range(floor(nominal * 1.0213), ceil(nominal * 1.2385), &cc);
    snprintf(want, sizeof want, "For it to hold at nominal figures, any one "
             "of these would do: %s containers",
             num(ceil(cc.value / per), m, sizeof m));
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    check_range(floor(nominal * 0.9137), ceil(nominal * 1.0213), &cc);
    ck_assert_msg(strstr(cc.text, "It would still hold at nominal figures "
                                  "with any one of these changes: as few as "),
                  "%s", cc.text);
    /* a high end below the nominal total that enough samples stay under
       (not conservative) */
    hi = floor(nominal * 0.9713);
    check_range(floor(s.min * 0.5), hi, &cc);
    ck_assert_msg(cc.p_at_most >= 0.06, "%g", cc.p_at_most);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    snprintf(want, sizeof want, "At nominal figures the containers hold %s, "
             "above its high end.", num(nominal, m, sizeof m));
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    ck_assert_ptr_null(strstr(cc.text, "would still hold"));
}
END_TEST

/* "at least N" containers: a range whose low end exceeds the hard maximum
 * at exactly N, but needs no more than N plus the rounding step of N
 * (100 for 2,385), is consistent, and says so for its low end.  Bare
 * shells by weight: 470 per container, a narrow range. */
START_TEST(test_range_needs_more_containers)
{
    sl_claim_check cc;
    sl_result *r;
    double per, lo;
    char want[200], a[40];
    ck_assert_int_eq(sl_scenario_set_containers(sc, "at least 2,385", &e),
                     SL_OK);
    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-shell-mass-equiv",
                                                "1", &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_fill(sc, "1", &e), SL_OK);
    refresh();
    r = run();
    per = (double)sl_result_capacity(r, 0)->count;
    sl_result_free(r);
    lo = floor(per * (2385 + 47) - 0.5);
    ck_assert_msg(lo > s.max, "%g not above %g", lo, s.max);
    check_range(lo, ceil(lo * 1.5), &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.needs_more_containers, 1);
    ck_assert_int_eq(cc.unsettled, 0);
    ck_assert_double_eq(cc.min_containers, 2385 + 47);
    snprintf(want, sizeof want, "is consistent with \"at least 2,385\" "
             "containers: its low end needs %s of them at nominal capacity",
             num(2385 + 47, a, sizeof a));
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    /* beyond the step: impossible */
    lo = floor(per * (2385 + 100 + 13) - 0.5);
    check_range(lo, ceil(lo * 1.5), &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
    ck_assert_int_eq(cc.needs_more_containers, 0);
}
END_TEST

/* The claim "PREFIX X" (X a whole number) into *cc, with what every
 * check of one total keeps at the 5 % lines: it is conservative exactly
 * when fewer than 5 % of samples lie at or below X, whatever the
 * qualifier ("at most X": implausible), implausible exactly when fewer
 * than 5 % reach it, and its text does not place it inside the 90 % range
 * when it lies outside, nor below P5 when it does not. */
static void check_point(const char *prefix, double x, sl_claim_check *cc)
{
    char text[96];
    int at_most = !strcmp(prefix, "at most ");
    snprintf(text, sizeof text, "%s%.0f", prefix, x);
    check_text(text, cc);
    ck_assert_double_eq(cc->p_at_most, (double)le_lo(x) / (double)n);
    if (at_most)
        ck_assert_msg((cc->verdict == SL_VERDICT_IMPLAUSIBLE) ==
                      (cc->p_at_most < 0.05), "%s (P5 %.17g, %g at or "
                      "below): %s", text, s.p05, cc->p_at_most, cc->text);
    else {
        ck_assert_msg((cc->verdict == SL_VERDICT_CONSERVATIVE) ==
                      (cc->p_at_most < 0.05), "%s (P5 %.17g, %g at or "
                      "below): %s", text, s.p05, cc->p_at_most, cc->text);
        ck_assert_msg((cc->verdict == SL_VERDICT_IMPLAUSIBLE) ==
                      (cc->p_at_least < 0.05), "%s (P95 %.17g, %g reach "
                      "it): %s", text, s.p95, cc->p_at_least, cc->text);
    }
    if (strstr(cc->text, "percentile of the range"))
        ck_assert_msg(s.p05 <= x && x <= s.p95, "%s: P5 %.17g, P95 %.17g: "
                      "%s", text, s.p05, s.p95, cc->text);
    if (strstr(cc->text, "below P5"))
        ck_assert_msg(x < s.p05, "%s: P5 %.17g: %s", text, s.p05, cc->text);
    if (strstr(cc->text, "above P95"))
        ck_assert_msg(x > s.p95, "%s: P95 %.17g: %s", text, s.p95, cc->text);
}

/* The range [lo, hi] into *cc: conservative exactly when fewer than 5 %
 * of samples lie at or below hi, implausible exactly when fewer than 5 %
 * reach lo, and "it overlaps the 90 % range" only when it does. */
static void check_range_rule(double lo, double hi, sl_claim_check *cc)
{
    char text[96];
    snprintf(text, sizeof text, "%.0f to %.0f", lo, hi);
    check_text(text, cc);
    ck_assert_msg((cc->verdict == SL_VERDICT_CONSERVATIVE) ==
                  (cc->p_at_most < 0.05), "%s: %s", text, cc->text);
    ck_assert_msg((cc->verdict == SL_VERDICT_IMPLAUSIBLE) ==
                  (cc->p_at_least < 0.05), "%s: %s", text, cc->text);
    if (strstr(cc->text, "overlaps the 90 % range"))
        ck_assert_msg(hi >= s.p05 && lo <= s.p95, "%s: P5 %.17g, P95 %.17g: "
                      "%s", text, s.p05, s.p95, cc->text);
    if (strstr(cc->text, "its high end is below P5"))
        ck_assert_msg(hi < s.p05, "%s: P5 %.17g: %s", text, s.p05, cc->text);
    if (strstr(cc->text, "its low end is above P95"))
        ck_assert_msg(lo > s.p95, "%s: P95 %.17g: %s", text, s.p95, cc->text);
    /* what each end alone would be, placed against P5 and P95 */
    if (strstr(cc->text, "percentile; its high end alone"))
        ck_assert_msg(s.p05 <= lo && lo <= s.p95, "%s: %s", text, cc->text);
    if (strstr(cc->text, "percentile. "))
        ck_assert_msg(s.p05 <= hi && hi <= s.p95, "%s: %s", text, cc->text);
}

/* One rule for every qualifier at the 5 % lines, with tied totals: a
 * whole count of containers (1,000, 1,050 or 1,100, the outer two 5 %
 * each) of bare shells by weight, each at one of a few capacities (the
 * tare's range), every container full, so the totals come in lumps.  P5
 * interpolates between the 200th and 201st of 4,000 totals; where those
 * differ (a seed is searched for), a claim from the 200th up to P5 has
 * 5 % of samples at or below it and lies below P5: one total was called
 * conservative (below P5) where "at most" called it consistent (5 % stay
 * at or below), and the range from below the hard minimum to it "overlaps
 * the 90 % range", which it does not.  Likewise above P95.  Every claim
 * is placed from the run's samples. */
START_TEST(test_verdict_rule_with_ties)
{
    static const char *const prefix[5] = {"", "about ", "up to ",
                                          "at least ", "at most "};
    sl_claim_check cc;
    size_t i = (size_t)floor((double)(SAMPLES - 1) * 0.05);
    size_t j = (size_t)floor((double)(SAMPLES - 1) * 0.95);
    int found[2] = {0, 0};
    ck_assert_int_eq(sl_scenario_set_containers(
                         sc, "choice(1000: 1, 1050: 18, 1100: 1)", &e),
                     SL_OK);
    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-shell-mass-equiv",
                                                "1", &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_fill(sc, "1", &e), SL_OK);
    for (seed = 1; seed <= 400 && !(found[0] && found[1]); seed++) {
        int low, high;
        refresh();
        /* lumps: far fewer distinct totals than samples */
        {
            size_t distinct = 1;
            for (size_t k = 1; k < n; k++)
                distinct += sorted[k] != sorted[k - 1];
            ck_assert_uint_lt(distinct, n / 50);
        }
        low = !found[0] && sorted[i] < sorted[i + 1];
        high = !found[1] && sorted[j] < sorted[j + 1];
        if (low) { /* from the 200th total up to P5 */
            double xs[3] = {sorted[i] - 1, sorted[i],
                            floor(0.5 * (sorted[i] + s.p05))};
            ck_assert(sorted[i] < s.p05);
            for (int k = 0; k < 3; k++) {
                for (int q = 0; q < 5; q++)
                    check_point(prefix[q], xs[k], &cc);
                check_range_rule(floor(s.min * 0.5), xs[k], &cc);
            }
            /* at the 200th total itself: 5 % at or below, consistent */
            check_point("", sorted[i], &cc);
            ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
            check_range_rule(floor(s.min * 0.5), sorted[i], &cc);
            ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
            found[0] = 1;
        }
        if (high) { /* from P95 up to the 3,801st total */
            double xs[3] = {ceil(0.5 * (sorted[j + 1] + s.p95)),
                            sorted[j + 1], sorted[j + 1] + 1};
            ck_assert(s.p95 < sorted[j + 1]);
            for (int k = 0; k < 3; k++) {
                for (int q = 0; q < 5; q++)
                    check_point(prefix[q], xs[k], &cc);
                check_range_rule(xs[k], ceil(s.max * 1.5), &cc);
            }
            check_range_rule(sorted[j + 1], ceil(s.max * 1.5), &cc);
            ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
            found[1] = 1;
        }
    }
    ck_assert_msg(found[0] && found[1], "no seed up to 400 puts a gap "
                  "between the totals either side of P5 (%d) or P95 (%d)",
                  found[0], found[1]);
}
END_TEST

int main(void)
{
    Suite *su = suite_create("claim_range");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_range_straddles_p50);
    tcase_add_test(tc, test_range_regions);
    tcase_add_test(tc, test_range_unsettled);
    tcase_add_test(tc, test_range_requirements_are_low_end);
    tcase_add_test(tc, test_range_nominal_text);
    tcase_add_test(tc, test_range_needs_more_containers);
    tcase_add_test(tc, test_verdict_rule_with_ties);
    suite_add_tcase(su, tc);
    return sl_test_run(su);
}
