/* tests/test_estimate.c - the Monte Carlo engine, bounds and claim check. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include "testutil.h"
#include "capacity_internal.h" /* raw geometry counts */
#include "estimate_internal.h" /* per-cargo samples */

static sl_catalog *cat;

static void setup(void)
{
    ck_assert_int_eq(sl_catalog_builtin(&cat, NULL), SL_OK);
}

static void teardown(void)
{
    sl_catalog_free(cat);
    cat = NULL;
}

/* Add the kinds of "ID[=SHARE];ID[=SHARE]..." with `add`. */
static void add_kinds(sl_scenario *sc, const char *list,
                      sl_status (*add)(sl_scenario *, const char *,
                                       const char *, sl_error *))
{
    char buf[256], *save = NULL;
    sl_error e;
    sl_error_clear(&e);
    ck_assert_uint_lt(strlen(list), sizeof buf);
    strcpy(buf, list);
    for (char *tok = strtok_r(buf, ";", &save); tok;
         tok = strtok_r(NULL, ";", &save)) {
        char *eq = strchr(tok, '=');
        if (eq)
            *eq++ = '\0';
        ck_assert_msg(add(sc, tok, eq, &e) == SL_OK, "%s: %s", tok, e.what);
    }
}

/* A scenario: containers, container types and cargo lists
 * ("ID[=SHARE];..."), fill. */
static sl_scenario *make(const char *n, const char *type, const char *cargo,
                         const char *fill, const char *claim)
{
    sl_scenario *sc = NULL;
    sl_error e;
    sl_error_clear(&e);
    ck_assert_int_eq(sl_scenario_alloc(cat, &sc, &e), SL_OK);
    ck_assert_msg(sl_scenario_set_containers(sc, n, &e) == SL_OK, "%s", e.what);
    if (type) {
        sl_scenario_clear_container_types(sc);
        add_kinds(sc, type, sl_scenario_add_container_type);
    }
    if (cargo) {
        sl_scenario_clear_cargo_types(sc);
        add_kinds(sc, cargo, sl_scenario_add_cargo_type);
    }
    if (fill)
        ck_assert_msg(sl_scenario_set_fill(sc, fill, &e) == SL_OK, "%s", e.what);
    if (claim)
        ck_assert_msg(sl_scenario_set_claim(sc, claim, NULL, NULL, &e) == SL_OK,
                      "%s", e.what);
    return sc;
}

static sl_result *run(const sl_scenario *sc, size_t samples, uint64_t seed,
                      int threads)
{
    sl_options o;
    sl_result *r = NULL;
    sl_error e;
    sl_error_clear(&e);
    sl_options_init(&o);
    o.samples = samples;
    o.seed = seed;
    o.threads = threads;
    ck_assert_msg(sl_estimate(sc, &o, &r, &e) == SL_OK, "%s: %s", e.where, e.what);
    return r;
}

/* The quantiles' standard errors against their spread over 20 seeds
 * (measured here): with ties (a whole count of containers, each at one of
 * a few capacities: the totals fall in lumps of about 500 samples at
 * 100,000, where the order-statistic interval alone said 7 for seed 1's P5,
 * spread about 200) no seed's below 0.2 of the spread and their mean not
 * below 0.4; continuous (a fill in a range), the mean within a factor of 2.
 * The same with 1 thread or 2. */
static void se_against_spread(const char *n, const char *fill, size_t samples)
{
    enum { SEEDS = 20 };
    double p[3][SEEDS], se[3][SEEDS];
    sl_scenario *sc = make(n, "iso-20-24t", "152mm-shell-mass-equiv", fill,
                           NULL);
    for (int k = 0; k < SEEDS; k++) {
        sl_result *r = run(sc, samples, (uint64_t)k + 1, k == 0 ? 2 : 1);
        sl_summary s;
        sl_result_total(r, &s);
        p[0][k] = s.p05, p[1][k] = s.p50, p[2][k] = s.p95;
        se[0][k] = s.se_p05, se[1][k] = s.se_p50, se[2][k] = s.se_p95;
        sl_result_free(r);
        if (k == 0) {
            sl_summary t;
            r = run(sc, samples, 1, 1);
            sl_result_total(r, &t);
            ck_assert(t.se_p05 == s.se_p05 && t.se_p50 == s.se_p50 &&
                      t.se_p95 == s.se_p95);
            sl_result_free(r);
        }
    }
    for (int j = 0; j < 3; j++) {
        double sd = gsl_stats_sd(p[j], 1, SEEDS);
        double mse = gsl_stats_mean(se[j], 1, SEEDS);
        for (int k = 0; k < SEEDS; k++)
            ck_assert_msg(se[j][k] >= 0.2 * sd, "%s %s: quantile %d seed %d: "
                          "SE %g, spread over seeds %g", n, fill ? fill : "",
                          j, k + 1, se[j][k], sd);
        ck_assert_msg(mse >= (fill ? 0.5 : 0.4) * sd, "%s %s: quantile %d: "
                      "mean SE %g, spread over seeds %g", n,
                      fill ? fill : "", j, mse, sd);
        if (fill)
            ck_assert_msg(mse <= 2.0 * sd, "%s %s: quantile %d: mean SE %g, "
                          "spread over seeds %g", n, fill, j, mse, sd);
    }
    sl_scenario_free(sc);
}

START_TEST(test_quantile_se_with_ties)
{
    se_against_spread("uniform(900,1100)", NULL, 100000);
    se_against_spread("1000", "uniform(0.5,1)", 20000);
}
END_TEST

/* At 2 to 5 samples that differ, no quantile's standard error is 0: the
 * order-statistic interval's ranks, counted from 1, were read as counted
 * from 0, so P95's interval at 3 samples was [s[2], s[2]] (SE 0, and
 * --precision would take it as met). */
START_TEST(test_quantile_se_few_samples)
{
    sl_scenario *sc = make("uniform(900,1100)", "iso-20-24t",
                           "152mm-shell-mass-equiv", NULL, NULL);
    for (size_t n = 2; n <= 5; n++) {
        sl_result *r = run(sc, n, 3, 1);
        sl_summary s;
        sl_result_total(r, &s);
        ck_assert_msg(s.min < s.max, "n %zu: the samples are all equal", n);
        ck_assert_msg(s.se_p05 > 0 && s.se_p50 > 0 && s.se_p95 > 0,
                      "n %zu: SE %g %g %g", n, s.se_p05, s.se_p50, s.se_p95);
        /* no wider than the samples' spread */
        ck_assert(s.se_p05 <= s.max - s.min && s.se_p95 <= s.max - s.min);
        sl_result_free(r);
    }
    sl_scenario_free(sc);
}
END_TEST

/* Row C of published-estimates.md: about 20,000 containers, 9.4 million
 * "if all containers held 152 mm shells": the South Korean conversion
 * (bare shells by weight, 20 ft at 24 t). */
START_TEST(test_row_c_south_korean_conversion)
{
    sl_scenario *sc = make("20000", "iso-20-24t", "152mm-shell-mass-equiv",
                           NULL, NULL);
    sl_result *r = run(sc, 20000, 7, 1);
    sl_summary s;
    const sl_capacity *c = sl_result_capacity(r, 0);
    sl_result_total(r, &s);
    ck_assert_str_eq(sl_binding_name(c->binding), "weight");
    ck_assert_int_eq(c->by_geometry, -1);
    /* "about 9.4 million": two significant digits */
    ck_assert_msg(s.p50 >= 9.35e6 && s.p50 < 9.45e6, "P50 %.0f", s.p50);
    ck_assert(s.min <= s.p05 && s.p95 <= s.max);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* Row A: "at least 10,000 containers could contain up to 4.8 million". */
START_TEST(test_row_a_june_2024)
{
    sl_scenario *sc = make("at least 10,000", "iso-20-24t",
                           "152mm-shell-mass-equiv", NULL, "up to 4.8 million");
    sl_result *r = run(sc, 20000, 3, 1);
    sl_summary s;
    sl_claim_check cc;
    sl_result_total(r, &s);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    /* within 5 % of the claim at exactly 10,000 containers */
    sl_assert_rel(s.p50, 4.8e6, 0.05);
    ck_assert_double_eq(cc.containers, 10000);
    sl_assert_rel(cc.per_container, 480, 1e-12);
    /* The claim needs slightly more than 10,000 containers: consistent
     * with "at least 10,000" as the source rounds it. */
    ck_assert_msg(cc.min_containers >= 10000 && cc.min_containers < 10500,
                  "needs %.0f containers", cc.min_containers);
    /* at exactly 10,000 it would exceed the hard maximum; "at least"
     * admits the extra containers, and the check says so */
    ck_assert(s.max < 4.8e6);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.needs_more_containers, 1);
    ck_assert_ptr_nonnull(strstr(cc.text, "at least 10,000"));
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* A claim below the hard maximum that few samples reach (implausible at
 * exactly N) but within N's rounding step is consistent with "at least N";
 * the text must not say it would exceed the hard maximum, as it did. */
START_TEST(test_needs_more_below_max_text)
{
    sl_scenario *sc = make("at least 10,000", "iso-20-24t",
                           "152mm-shell-mass-equiv", "pert(0.9, 0.97, 1)",
                           "4,600,000");
    sl_result *r = run(sc, 2000, 31, 1);
    sl_summary s;
    sl_claim_check cc;
    sl_result_total(r, &s);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_msg(cc.value < s.max && cc.p_at_least < 0.05, "max %.0f, %g",
                  s.max, cc.p_at_least);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.needs_more_containers, 1);
    ck_assert_msg(!strstr(cc.text, "would exceed the hard maximum") &&
                      strstr(cc.text, "(at exactly 10,000 none of 2,000 "
                                      "samples would reach it, below the "
                                      "hard maximum of 4,710,000)"),
                  "%s", cc.text);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* Row B: about 6,700 containers: more than 3 million 152 mm shells. */
START_TEST(test_row_b_shells)
{
    sl_scenario *sc = make("6700", "iso-20-24t", "152mm-shell-mass-equiv",
                           NULL, "more than 3 million");
    sl_result *r = run(sc, 10000, 5, 1);
    sl_claim_check cc;
    sl_summary s;
    sl_result_total(r, &s);
    sl_result_claim(r, &cc);
    ck_assert_msg(s.p50 > 3.0e6 && s.p50 < 3.5e6, "P50 %.0f", s.p50);
    ck_assert_int_eq(cc.qualifier, SL_QUAL_AT_LEAST);
    ck_assert_int_ne(cc.verdict, SL_VERDICT_IMPOSSIBLE);
    ck_assert_int_eq(cc.needs_more_containers, 0);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* A claim equal to the nominal total where geometry binds (10,000 boxes
 * of 272 complete rounds): every rating above the one where weight stops
 * binding reaches it, so the lowest is that one (272 rounds of 73.75 kg
 * with the tare and the dunnage), not any root of the flat stretch (the
 * text said "as low as 40,000 kg" for a 24,000 kg box that holds it), and
 * the heaviest round that still fits 272 by weight is the highest unit
 * mass (it was left out). */
START_TEST(test_requirements_at_the_geometry_cap)
{
    sl_scenario *sc = make("10000", "iso-20-24t", "152mm-round", NULL, NULL);
    sl_result *r = run(sc, 400, 5, 1);
    const sl_container *c = sl_catalog_find_container(cat, "iso-20-24t");
    const sl_load_rules *rules;
    long count = sl_result_capacity(r, 0)->count;
    double u = sl_result_capacity(r, 0)->unit_gross;
    char claim[32];
    sl_claim_check cc;
    ck_assert_int_eq(sl_result_capacity(r, 0)->binding, SL_BIND_GEOMETRY);
    sl_result_free(r);
    sl_scenario_free(sc);
    snprintf(claim, sizeof claim, "%ld", 10000 * count);
    sc = make("10000", "iso-20-24t", "152mm-round", NULL, claim);
    rules = sl_scenario_load_rules(sc);
    r = run(sc, 400, 5, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    sl_assert_rel(cc.min_max_gross,
                  (double)count * u + c->tare.nominal + rules->dunnage, 1e-6);
    ck_assert_msg(cc.min_max_gross < c->max_gross.nominal, "%.0f",
                  cc.min_max_gross);
    sl_assert_rel(cc.max_unit_gross,
                  (c->max_gross.nominal - c->tare.nominal - rules->dunnage) /
                      (double)count, 1e-6);
    ck_assert_ptr_nonnull(strstr(cc.text, "as much as"));
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* What must be true, solved from the model, against the same figures
 * worked by hand from the catalog. */
START_TEST(test_requirements_weight_bound)
{
    sl_scenario *sc = make("10000", "iso-20-24t", "152mm-shell-mass-equiv=0.8;"
                           "non-munition=rest", NULL, "5,000,000");
    sl_result *r = run(sc, 2000, 3, 1);
    const sl_cargo *g = sl_catalog_find_cargo(cat, "152mm-shell-mass-equiv");
    const sl_container *c = sl_catalog_find_container(cat, "iso-20-24t");
    sl_claim_check cc;
    double m = g->unit_mass.nominal, per = 5e6 / 10000 / 0.8;
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    /* 625 per munition container: payload 625 m, plus the tare */
    sl_assert_rel(cc.min_max_gross, per * m + c->tare.nominal, 1e-6);
    sl_assert_rel(cc.max_unit_gross,
                  (c->max_gross.nominal - c->tare.nominal) / per, 1e-6);
    ck_assert(isnan(cc.min_munition_share)); /* would need more than all */
    ck_assert_double_eq(cc.min_containers,
                        ceil(5e6 / (0.8 * floor((c->max_gross.nominal -
                                                 c->tare.nominal) / m))));
    sl_result_free(r);
    /* a claim the munition containers can meet: the smallest share */
    ck_assert_int_eq(sl_scenario_set_claim(sc, "3 million", NULL, NULL, NULL),
                     SL_OK);
    r = run(sc, 2000, 3, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    sl_assert_rel(cc.min_munition_share,
                  3e6 / (10000 * floor((c->max_gross.nominal -
                                        c->tare.nominal) / m)), 1e-9);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* The same claim about exactly 10,000 containers gets no such allowance. */
START_TEST(test_exact_count_no_allowance)
{
    sl_scenario *sc = make("10,000", "iso-20-24t", "152mm-shell-mass-equiv",
                           NULL, "up to 4.8 million");
    sl_result *r = run(sc, 2000, 3, 1);
    sl_claim_check cc;
    sl_result_claim(r, &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
    ck_assert_int_eq(cc.needs_more_containers, 0);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* "at most X" bounds the total from above: it holds above the hard
 * maximum (it was "impossible" there, as for "up to"), is impossible only
 * when even the hard minimum exceeds X, implausible when fewer than 5 % of
 * samples stay at or below X, and has no
 * "what must be true" figures (they are for reaching X). */
START_TEST(test_at_most_claim)
{
    sl_scenario *sc = make("10,000", "iso-20-24t", "152mm-shell-mass-equiv",
                           "pert(0.9, 0.97, 1)", "at most 4.8 million");
    sl_result *r = run(sc, 4000, 13, 1);
    sl_summary s;
    sl_claim_check cc;
    char want[300], lo[40], mid[40];
    double x;
    sl_result_total(r, &s);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert(s.max < 4.8e6);
    ck_assert_int_eq(cc.qualifier, SL_QUAL_AT_MOST);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    sl_format_number(s.max, 0, 0, lo, sizeof lo);
    snprintf(want, sizeof want, "At most 4,800,000 holds: the total never "
             "exceeds the hard maximum of %s.", lo);
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    ck_assert(isnan(cc.min_containers) && isnan(cc.min_max_gross) &&
              isnan(cc.max_unit_gross) && isnan(cc.min_munition_share));
    ck_assert_int_eq(cc.needs_more_containers, 0);
    sl_result_free(r);
    /* "at least 10,000": the hard maximum is for 10,000 containers, and
       the count admits more, which hold more: the text says so */
    ck_assert_int_eq(sl_scenario_set_containers(sc, "at least 10,000", NULL),
                     SL_OK);
    r = run(sc, 4000, 13, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    snprintf(want, sizeof want, "At most 4,800,000 holds at 10,000 "
             "containers: the total never exceeds the hard maximum of %s "
             "there, though more containers, which \"at least 10,000\" "
             "admits, could hold more.", lo);
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    sl_result_free(r);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "10,000", NULL), SL_OK);
    /* below the hard minimum: impossible, the containers must hold more */
    x = floor(s.min * 0.987);
    snprintf(mid, sizeof mid, "at most %.0f", x);
    ck_assert_int_eq(sl_scenario_set_claim(sc, mid, NULL, NULL, NULL), SL_OK);
    r = run(sc, 4000, 13, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
    sl_format_number(s.min, 0, 0, lo, sizeof lo);
    sl_format_number(x, 0, 0, mid, sizeof mid);
    snprintf(want, sizeof want, "At most %s is impossible under these "
             "assumptions: even the hard minimum, %s, exceeds it", mid, lo);
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    sl_result_free(r);
    /* between the hard minimum and P5: implausible */
    x = floor(s.min + 0.25 * (s.p05 - s.min));
    snprintf(mid, sizeof mid, "at most %.0f", x);
    ck_assert_int_eq(sl_scenario_set_claim(sc, mid, NULL, NULL, NULL), SL_OK);
    r = run(sc, 4000, 13, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_msg(sl_result_cdf(r, x) < 0.05, "cdf %g", sl_result_cdf(r, x));
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPLAUSIBLE);
    ck_assert_msg(strstr(cc.text, "is implausible: none of 4,000 samples "
                                  "stays at or below it (the share is below "
                                  "0.096 % at 95 % confidence); P5 is "), "%s",
                  cc.text);
    sl_result_free(r);
    /* at P50: consistent, with its share of samples */
    x = floor(s.p50);
    snprintf(mid, sizeof mid, "at most %.0f", x);
    ck_assert_int_eq(sl_scenario_set_claim(sc, mid, NULL, NULL, NULL), SL_OK);
    r = run(sc, 4000, 13, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_msg(strstr(cc.text, "is consistent: 50.0 % of samples stay at "
                                  "or below it"), "%s", cc.text);
    { /* p_at_most is the share of samples at or below X, counted here */
        size_t n, upto = 0;
        const double *v = sl_result_samples(r, &n);
        for (size_t i = 0; i < n; i++)
            upto += v[i] <= x;
        ck_assert(upto > 0 && upto < n);
        ck_assert_double_eq_tol(cc.p_at_most, (double)upto / (double)n,
                                1e-12);
        ck_assert(cc.p_at_most + cc.p_at_least >= 1.0 - 1e-12);
    }
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* The claim at x ("up to x", or "at most x" when most) checked on the
 * 4,000 samples of sc (seed 13) into *cc. */
static void check_at(sl_scenario *sc, double x, int most, sl_claim_check *cc)
{
    char claim[64];
    sl_result *r;
    snprintf(claim, sizeof claim, "%s %.0f", most ? "at most" : "up to", x);
    ck_assert_int_eq(sl_scenario_set_claim(sc, claim, NULL, NULL, NULL), SL_OK);
    r = run(sc, 4000, 13, 1);
    ck_assert_int_eq(sl_result_claim(r, cc), SL_OK);
    sl_result_free(r);
}

/* An end of a 95 % Wilson interval for k of n: a root of (k/n - e)^2 =
 * z^2 e (1 - e) / n, the interval's definition (not its closed form). */
static void assert_wilson_end(double e, size_t k, size_t n)
{
    double z = 1.959963984540054, p = (double)k / (double)n;
    double lhs = (p - e) * (p - e), rhs = z * z * e * (1 - e) / (double)n;
    ck_assert_msg(fabs(lhs - rhs) <= 1e-9 * fmax(rhs, 1e-300) + 1e-300,
                  "end %.17g of %zu/%zu: %.17g vs %.17g", e, k, n, lhs, rhs);
}

/* The share of samples on the claim's side comes with its Monte Carlo
 * interval, and a verdict that turns on a share within Monte Carlo error
 * of 5 % is marked unsettled, in the field and in words. */
START_TEST(test_claim_share_interval)
{
    sl_scenario *sc = make("10000", "iso-20-24t", "152mm-shell-mass-equiv",
                           "pert(0.7, 0.95, 1)", NULL);
    sl_result *r = run(sc, 4000, 13, 1);
    sl_claim_check cc;
    sl_summary s;
    size_t n, ge = 0;
    const double *v = sl_result_samples(r, &n);
    double *sorted = malloc(n * sizeof *sorted), x;
    char want[256], lo[32], hi[32], cnt[32];
    ck_assert_ptr_nonnull(sorted);
    ck_assert_uint_eq(n, 4000);
    memcpy(sorted, v, n * sizeof *sorted);
    gsl_sort(sorted, 1, n);
    sl_result_total(r, &s);
    sl_result_free(r);
    /* 200 of 4,000 reach it: 5 % exactly, consistent but unsettled */
    x = floor(sorted[n - 200]);
    ck_assert(sorted[n - 201] < x); /* exactly 200 at or above x */
    check_at(sc, x, 0, &cc);
    ck_assert_double_eq_tol(cc.p_at_least, 0.05, 1e-15);
    assert_wilson_end(cc.p_at_least_ci[0], 200, n);
    assert_wilson_end(cc.p_at_least_ci[1], 200, n);
    ck_assert(cc.p_at_least_ci[0] < 0.05 && cc.p_at_least_ci[1] > 0.05);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.unsettled, 1);
    snprintf(want, sizeof want, "More samples could change this verdict: "
             "the share of samples that reach it, 95 %% interval %s to %s "
             "%%, may lie on either side of 5 %%.",
             (sl_format_percent(cc.p_at_least_ci[0], lo, sizeof lo), lo),
             (sl_format_percent(cc.p_at_least_ci[1], hi, sizeof hi), hi));
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    /* 100 of 4,000: implausible, and 2.5 % is settled below 5 % */
    x = floor(sorted[n - 100]);
    ck_assert(sorted[n - 101] < x);
    check_at(sc, x, 0, &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPLAUSIBLE);
    ck_assert_int_eq(cc.unsettled, 0);
    assert_wilson_end(cc.p_at_least_ci[0], 100, n);
    assert_wilson_end(cc.p_at_least_ci[1], 100, n);
    ck_assert(cc.p_at_least_ci[1] < 0.05);
    snprintf(want, sizeof want, "is implausible: only 2.5 %% of samples "
             "reach it (95 %% interval %s to %s %%); P95 is ",
             (sl_format_percent(cc.p_at_least_ci[0], lo, sizeof lo), lo),
             (sl_format_percent(cc.p_at_least_ci[1], hi, sizeof hi), hi));
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    ck_assert_ptr_null(strstr(cc.text, "More samples"));
    /* none reaches it, though packings do: the interval's upper end
       z^2 / (n + z^2) bounds the share */
    x = ceil(s.sample_max) + 1;
    ck_assert_msg(x < s.max_found, "%g %g", x, s.max_found);
    check_at(sc, x, 0, &cc);
    ck_assert(cc.p_at_least == 0 && cc.p_at_least_ci[0] == 0);
    assert_wilson_end(cc.p_at_least_ci[1], 0, n);
    ck_assert_int_eq(cc.unsettled, 0);
    sl_format_number((double)n, 0, 0, cnt, sizeof cnt);
    sl_format_percent(cc.p_at_least_ci[1], hi, sizeof hi);
    ck_assert_str_eq(hi, "0.096"); /* 3.84 / 4,003.84 */
    snprintf(want, sizeof want, "is implausible: none of %s samples reaches "
             "it (the share is below %s %% at 95 %% confidence)", cnt, hi);
    ck_assert_msg(strstr(cc.text, want), "%s", cc.text);
    /* the line at P5 turns on the share at or below the value */
    x = ceil(sorted[199]);
    ck_assert(sorted[200] > x); /* exactly 200 at or below x */
    check_at(sc, x, 0, &cc);
    ck_assert_double_eq_tol(cc.p_at_most, 0.05, 1e-15);
    ck_assert_int_eq(cc.unsettled, 1);
    ck_assert_msg(strstr(cc.text, "the share of samples that stay at or below "
                                  "it, 95 % interval"), "%s", cc.text);
    /* ... and so does "at most x" there */
    check_at(sc, x, 1, &cc);
    assert_wilson_end(cc.p_at_most_ci[0], 200, n);
    assert_wilson_end(cc.p_at_most_ci[1], 200, n);
    ck_assert_int_eq(cc.unsettled, 1);
    ck_assert_msg(strstr(cc.text, "More samples could change this verdict"),
                  "%s", cc.text);
    /* a tenth of the samples at or below: "at most" settled, implausible
       below P5 no more */
    check_at(sc, floor(sorted[n / 10]), 1, &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.unsettled, 0);
    /* at the median: nothing unsettled */
    x = floor(sorted[n / 2]);
    check_at(sc, x, 0, &cc);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.unsettled, 0);
    ck_assert_ptr_null(strstr(cc.text, "More samples"));
    ge = 0;
    for (size_t i = 0; i < n; i++)
        ge += sorted[i] >= x;
    assert_wilson_end(cc.p_at_least_ci[0], ge, n);
    assert_wilson_end(cc.p_at_least_ci[1], ge, n);
    free(sorted);
    sl_scenario_free(sc);
}
END_TEST

/* "about N" is N rounded to its second significant digit, so a claim that
 * needs up to half a step more containers is consistent (10,000 stands
 * for 9,500 to 10,500), and the text says so; more than that is not. */
START_TEST(test_about_count_allowance)
{
    sl_scenario *sc = make("about 10,000", "iso-20-24t",
                           "152mm-shell-mass-equiv", NULL, "up to 4.8 million");
    sl_result *r = run(sc, 2000, 3, 1);
    sl_claim_check cc;
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.needs_more_containers, 1);
    ck_assert_msg(strstr(cc.text, "consistent with \"about 10,000\" "
                                  "containers: it needs 10,213 of them") &&
                      strstr(cc.text, "stands for 9,500 to 10,500 (at exactly "
                                      "10,000 it would exceed the hard "
                                      "maximum"),
                  "%s", cc.text);
    sl_result_free(r);
    sl_scenario_free(sc);
    /* 6,700 stands for 6,650 to 6,750: 3.2 million needs 6,809 (470 each) */
    sc = make("about 6,700", "iso-20-24t", "152mm-shell-mass-equiv", NULL,
              "up to 3.2 million");
    r = run(sc, 2000, 3, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_double_eq(cc.min_containers, 6809);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
    ck_assert_int_eq(cc.needs_more_containers, 0);
    sl_result_free(r);
    /* 3,170,000 needs 6,745: inside */
    ck_assert_int_eq(sl_scenario_set_claim(sc, "3,170,000", NULL, NULL, NULL),
                     SL_OK);
    r = run(sc, 2000, 3, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_double_eq(cc.min_containers, 6745);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.needs_more_containers, 1);
    ck_assert_msg(strstr(cc.text, "6,650 to 6,750"), "%s", cc.text);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* "At most X" with "about N" containers: N may stand for fewer (10,000
 * for as few as 9,500), which hold less, so X that at 470 a container
 * (the South Korean figure) allows no fewer than 9,500 is consistent, and
 * the text says so; below that, and for "at least N", the verdict stays
 * impossible (the hard minimum exceeds X). */
START_TEST(test_about_count_at_most)
{
    sl_scenario *sc = make("about 10,000", "iso-20-24t",
                           "152mm-shell-mass-equiv", NULL, "at most 4,470,000");
    sl_result *r = run(sc, 2000, 3, 1);
    sl_claim_check cc;
    sl_summary s;
    sl_result_total(r, &s);
    ck_assert(s.min > 4.47e6); /* impossible at exactly 10,000 */
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.needs_fewer_containers, 1);
    ck_assert_int_eq(cc.needs_more_containers, 0);
    ck_assert_msg(strstr(cc.text, "At most 4,470,000 is consistent with "
                                  "\"about 10,000\" containers: at nominal "
                                  "capacity 9,510 of them hold no more than "
                                  "it") &&
                      strstr(cc.text, "stands for 9,500 to 10,500."),
                  "%s", cc.text);
    sl_result_free(r);
    /* 4,460,000 allows 9,489: outside the rounding */
    ck_assert_int_eq(sl_scenario_set_claim(sc, "at most 4,460,000", NULL,
                                           NULL, NULL), SL_OK);
    r = run(sc, 2000, 3, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
    ck_assert_int_eq(cc.needs_fewer_containers, 0);
    sl_result_free(r);
    sl_scenario_free(sc);
    /* "at least 10,000" stands for no fewer: no allowance */
    sc = make("at least 10,000", "iso-20-24t", "152mm-shell-mass-equiv", NULL,
              "at most 4,470,000");
    r = run(sc, 2000, 3, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
    ck_assert_int_eq(cc.needs_fewer_containers, 0);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* A claim below the hard minimum at N, with "about N" containers: N may
 * stand for fewer (10,000 for as few as 9,500), which hold less, so a total
 * that at 470 a container (the South Korean figure) 9,500 or more
 * containers hold no more than is consistent, with needs_fewer_containers
 * and a text that says so; fewer than 9,500, an exact count and "at least
 * N" keep "too low". */
START_TEST(test_about_count_too_low)
{
    sl_scenario *sc = make("about 10,000", "iso-20-24t",
                           "152mm-shell-mass-equiv", NULL, "4,470,000");
    sl_result *r = run(sc, 2000, 3, 1);
    sl_claim_check cc;
    sl_summary s;
    sl_result_total(r, &s);
    ck_assert(s.min > 4.47e6); /* too low at exactly 10,000 */
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.needs_fewer_containers, 1);
    ck_assert_int_eq(cc.needs_more_containers, 0);
    ck_assert_int_eq(cc.unsettled, 0);
    ck_assert_double_eq(cc.containers, 10000);
    /* 4,470,000 / 470 = 9,510.6: 9,510 containers hold no more */
    ck_assert_msg(strstr(cc.text, "4,470,000 is consistent with \"about "
                                  "10,000\" containers: at nominal capacity "
                                  "9,510 of them hold no more than it, within "
                                  "the rounding of the stated count, which "
                                  "stands for 9,500 to 10,500 (at exactly "
                                  "10,000 it would be below the hard minimum "
                                  "of "), "%s", cc.text);
    sl_result_free(r);
    /* a range whose high end is below the hard minimum: the same, for its
       high end */
    ck_assert_int_eq(sl_scenario_set_claim(sc, "4,000,000 to 4,470,000", NULL,
                                           NULL, NULL), SL_OK);
    r = run(sc, 2000, 3, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.needs_fewer_containers, 1);
    ck_assert_msg(strstr(cc.text, "9,510 of them hold no more than its high "
                                  "end") &&
                      strstr(cc.text, "even its high end would be below"),
                  "%s", cc.text);
    sl_result_free(r);
    /* 4,460,000 / 470 = 9,489.4: fewer than 9,500, still too low */
    ck_assert_int_eq(sl_scenario_set_claim(sc, "4,460,000", NULL, NULL, NULL),
                     SL_OK);
    r = run(sc, 2000, 3, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_TOO_LOW);
    ck_assert_int_eq(cc.needs_fewer_containers, 0);
    ck_assert_msg(strstr(cc.text, "4,460,000 is below the hard minimum of "),
                  "%s", cc.text);
    /* what would make it hold: not "still", which it does not now */
    ck_assert_msg(strstr(cc.text, " It would hold at nominal figures with "
                                  "any one of these changes: as few as "
                                  "9,490 containers") &&
                      !strstr(cc.text, "still hold"),
                  "%s", cc.text);
    sl_result_free(r);
    sl_scenario_free(sc);
    /* an exact count and "at least N" stand for no fewer */
    for (int k = 0; k < 2; k++) {
        sc = make(k ? "at least 10,000" : "10,000", "iso-20-24t",
                  "152mm-shell-mass-equiv", NULL, "4,470,000");
        r = run(sc, 2000, 3, 1);
        ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
        ck_assert_int_eq(cc.verdict, SL_VERDICT_TOO_LOW);
        ck_assert_int_eq(cc.needs_fewer_containers, 0);
        ck_assert_int_eq(cc.needs_more_containers, 0);
        ck_assert_msg(strstr(cc.text, "4,470,000 is below the hard minimum "
                                      "of "), "%s", cc.text);
        sl_result_free(r);
        sl_scenario_free(sc);
    }
}
END_TEST

/* "At most N" containers admits any count from 1 to N and none above: N
 * is the count used; a total below the hard minimum at N, and an "at most
 * X" claim that N containers cannot keep, hold with fewer (at 470 a
 * container 212 hold no more than 100,000), with needs_fewer_containers;
 * a total that not even one container keeps stays as it was, and a total
 * above the hard maximum at N is impossible (no more containers). */
START_TEST(test_at_most_count)
{
    sl_scenario *sc = make("at most 500", "iso-20-24t",
                           "152mm-shell-mass-equiv", NULL, "about 100,000");
    sl_result *r = run(sc, 2000, 3, 1);
    sl_claim_check cc;
    sl_summary s;
    sl_result_total(r, &s);
    ck_assert(s.min > 1e5);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_double_eq(cc.containers, 500);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.needs_fewer_containers, 1);
    ck_assert_int_eq(cc.needs_more_containers, 0);
    ck_assert_msg(strstr(cc.text, "100,000 is consistent with \"at most "
                                  "500\" containers: at nominal capacity 212 "
                                  "of them hold no more than it, and the "
                                  "stated count admits any number from 1 to "
                                  "500 (at exactly 500 it would be below the "
                                  "hard minimum of "), "%s", cc.text);
    sl_result_free(r);
    /* an "at most X" claim */
    ck_assert_int_eq(sl_scenario_set_claim(sc, "at most 100,000", NULL, NULL,
                                           NULL), SL_OK);
    r = run(sc, 2000, 3, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.needs_fewer_containers, 1);
    ck_assert_msg(strstr(cc.text, "At most 100,000 is consistent with \"at "
                                  "most 500\" containers: at nominal capacity "
                                  "212 of them hold no more than it, and the "
                                  "stated count admits any number from 1 to "
                                  "500."), "%s", cc.text);
    sl_result_free(r);
    /* below what one container holds: nothing admitted keeps it */
    ck_assert_int_eq(sl_scenario_set_claim(sc, "at most 300", NULL, NULL,
                                           NULL), SL_OK);
    r = run(sc, 2000, 3, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
    ck_assert_int_eq(cc.needs_fewer_containers, 0);
    ck_assert_msg(strstr(cc.text, "At most 300 is impossible"), "%s", cc.text);
    sl_result_free(r);
    ck_assert_int_eq(sl_scenario_set_claim(sc, "300", NULL, NULL, NULL),
                     SL_OK);
    r = run(sc, 2000, 3, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_TOO_LOW);
    ck_assert_int_eq(cc.needs_fewer_containers, 0);
    ck_assert_msg(strstr(cc.text, "300 is below the hard minimum of "), "%s",
                  cc.text);
    sl_result_free(r);
    /* above the hard maximum at 500: "at most 500" admits no more */
    ck_assert_int_eq(sl_scenario_set_claim(sc, "up to 236,000", NULL, NULL,
                                           NULL), SL_OK);
    r = run(sc, 2000, 3, 1);
    sl_result_total(r, &s);
    ck_assert(s.max < 236000);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
    ck_assert_int_eq(cc.needs_more_containers, 0);
    ck_assert_int_eq(cc.needs_fewer_containers, 0);
    ck_assert_msg(strstr(cc.text, "236,000 is impossible under these "
                                  "assumptions"), "%s", cc.text);
    sl_result_free(r);
    sl_scenario_free(sc);
    /* "up to 500" containers is "at most 500" (it was read as exactly 500:
       too low) */
    sc = make("up to 500", "iso-20-24t", "152mm-shell-mass-equiv", NULL,
              "about 100,000");
    r = run(sc, 2000, 3, 1);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc.needs_fewer_containers, 1);
    ck_assert_msg(strstr(cc.text, "consistent with \"up to 500\" containers: "
                                  "at nominal capacity 212 of them hold no "
                                  "more than it, and the stated count admits "
                                  "any number from 1 to 500"), "%s", cc.text);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* With a hard maximum of 0 (empty containers) the text gives no reason
 * it cannot know: room, cargo or fill. */
START_TEST(test_impossible_at_zero_text)
{
    sl_scenario *sc = make("10000", "iso-20-24t", "152mm-round", "0", "2385");
    sl_result *r = run(sc, 500, 3, 1);
    sl_claim_check cc;
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
    ck_assert_msg(strstr(cc.text, "2,385 is impossible under these "
                                  "assumptions: the hard maximum, a proven "
                                  "bound, is 0 (the containers hold none of "
                                  "it, whether for want of room, of munition "
                                  "cargo or of fill)."), "%s", cc.text);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* The complete boxed round cannot give 4.8 million in 10,000 containers. */
START_TEST(test_complete_rounds_impossible)
{
    sl_scenario *sc = make("10000", "iso-20-24t", "152mm-round", NULL,
                           "4800000");
    sl_result *r = run(sc, 5000, 11, 1);
    sl_claim_check cc;
    sl_summary s;
    sl_result_total(r, &s);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
    ck_assert(cc.ratio_to_max > 1.0);
    ck_assert(cc.p_at_least == 0.0);
    ck_assert_ptr_nonnull(strstr(cc.text, "impossible"));
    /* what it would take: a rating above any 20 ft rating (or none, when
     * geometry binds), or a round lighter than the bare projectile */
    ck_assert_msg(!(cc.min_max_gross <= 30480), "%.0f", cc.min_max_gross);
    ck_assert_msg(!(cc.max_unit_gross >= 43.56), "%.1f", cc.max_unit_gross);
    ck_assert_msg(cc.min_containers > 15000, "%.0f", cc.min_containers);
    ck_assert(isnan(cc.min_munition_share));
    ck_assert(s.max < 4.8e6);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* A catalog copy with a 1,000 mm cube "room" and the test "kit" cargo
 * (sl_test_kit: sections hold 4 a room, the proven bound is 5). */
static sl_catalog *kit_world(void)
{
    sl_catalog *c = NULL;
    sl_container room = *sl_catalog_find_container(cat, "iso-20");
    sl_cargo g = *sl_catalog_find_cargo(cat, "152mm-round");
    sl_error e;
    strcpy(room.id, "room");
    sl_figure_set(&room.length, 1000, SL_CONF_EST, "test");
    sl_figure_set(&room.width, 1000, SL_CONF_EST, "test");
    sl_figure_set(&room.height, 1000, SL_CONF_EST, "test");
    strcpy(g.id, "kit");
    sl_test_kit(&g);
    ck_assert_int_eq(sl_catalog_copy(cat, &c, &e), SL_OK);
    ck_assert_int_eq(sl_catalog_put_container(c, &room, &e), SL_OK);
    ck_assert_int_eq(sl_catalog_put_cargo(c, &g, &e), SL_OK);
    return c;
}

/* Claim `claim` about 1,000 rooms of kits (kit_world), with exact load
 * rules: no length or width margin, height margin `top` mm; `samples`
 * samples, seed 23.  The result (the caller frees it) keeps its own copy
 * of the scenario, so the catalog is gone when it returns. */
static sl_result *kit_claim(double top, const char *claim, size_t samples)
{
    sl_catalog *keep = cat;
    sl_load_rules rules;
    sl_scenario *sc;
    sl_result *r;
    sl_error e;
    sl_load_rules_init(&rules);
    rules.margin_length = rules.margin_width = 0;
    rules.margin_height = top;
    sl_load_rules_fix(&rules);
    cat = kit_world();
    sc = make("1000", "room", "kit", NULL, claim);
    ck_assert_int_eq(sl_scenario_set_load_rules(sc, &rules, &e), SL_OK);
    r = run(sc, samples, 23, 1);
    sl_scenario_free(sc);
    sl_catalog_free(cat);
    cat = keep;
    return r;
}

/* The hard maximum is a proven bound, not the best packing found: where
 * they differ, a claim between them is implausible (no sample, no packing
 * found reaches it) and only a claim above the bound is impossible. */
START_TEST(test_hard_max_is_proven)
{
    const char *claims[2] = {"4500", "5100"};
    for (int i = 0; i < 2; i++) {
        sl_result *r = kit_claim(0, claims[i], 3000);
        sl_summary s;
        sl_claim_check cc;
        double lo, hi, found;
        sl_result_total(r, &s);
        ck_assert_double_eq(s.max, 1000 * 5);
        ck_assert_double_eq(s.max_found, 1000 * 4);
        ck_assert_double_eq(s.sample_max, 1000 * 4);
        ck_assert_int_eq(sl_result_capacity_range(r, 0, &lo, &hi), SL_OK);
        ck_assert_int_eq(sl_result_capacity_found(r, 0, &found), SL_OK);
        ck_assert_double_eq(hi, 5);
        ck_assert_double_eq(found, 4);
        ck_assert_int_eq(sl_result_capacity_found(r, 1, &found), SL_EINVAL);
        ck_assert_int_eq(sl_result_capacity_found(NULL, 0, &found), SL_EINVAL);
        ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
        if (i == 0) {
            ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPLAUSIBLE);
            ck_assert_msg(strstr(cc.text, "no packing found reaches it (at "
                                          "the edges of every range they "
                                          "reach 4,000)") &&
                              strstr(cc.text, "proven bound of 5,000"),
                          "%s", cc.text);
        } else {
            ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
            ck_assert_msg(strstr(cc.text, "hard maximum of 5,000, a proven "
                                          "bound"), "%s", cc.text);
        }
        sl_result_free(r);
    }
}
END_TEST

/* Where nothing fits (a height margin as high as the room), the hard
 * maximum is 0 and an impossible claim's text says so, not "by inf %",
 * nor "any one of these would do: ." with nothing listed. */
START_TEST(test_nothing_fits_text)
{
    sl_result *r = kit_claim(1000, "4500", 500);
    sl_summary s;
    sl_claim_check cc;
    sl_result_total(r, &s);
    ck_assert(s.max == 0 && s.max_found == 0 && s.max_mix == 0);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
    ck_assert_msg(strstr(cc.text, "4,500 is impossible under these "
                                  "assumptions: the hard maximum, a proven "
                                  "bound, is 0") &&
                      !strstr(cc.text, "inf"),
                  "%s", cc.text);
    /* no input changed alone helps: the list is not left empty */
    ck_assert_msg(strstr(cc.text, "No one input changed alone makes it "
                                  "hold at nominal figures.") &&
                      !strstr(cc.text, "would do: ."),
                  "%s", cc.text);
    sl_result_free(r);
}
END_TEST

/* A container count with no upper end and a munition cargo that fits in
 * no container (a 2 m package in a 1 m room): that cargo's hard maximum
 * is 0, not inf x 0 = NaN (which JSON writes as null, "unbounded"). */
START_TEST(test_unbounded_count_zero_cargo)
{
    sl_catalog *keep = cat;
    sl_cargo big;
    sl_scenario *sc;
    sl_result *r;
    sl_summary s, k;
    sl_error e;
    cat = kit_world();
    big = *sl_catalog_find_cargo(cat, "kit");
    strcpy(big.id, "big-kit");
    sl_figure_set(&big.package[0].length, 2000, SL_CONF_EST, "test");
    ck_assert_int_eq(sl_catalog_put_cargo(cat, &big, &e), SL_OK);
    sc = make("6700 to 7000", "room", "kit=0.6;big-kit=rest", NULL, NULL);
    r = run(sc, 500, 37, 1);
    sl_result_total(r, &s);
    ck_assert(isinf(s.max) && isinf(s.max_found) && isinf(s.max_mix));
    ck_assert_int_eq(sl_result_cargo_total(r, 1, NULL, &k), SL_OK);
    ck_assert_msg(k.max == 0 && k.max_found == 0 && k.max_mix == 0,
                  "%g %g %g", k.max, k.max_found, k.max_mix);
    ck_assert_int_eq(sl_result_cargo_total(r, 0, NULL, &k), SL_OK);
    ck_assert(isinf(k.max) && isinf(k.max_found));
    sl_result_free(r);
    sl_scenario_free(sc);
    sl_catalog_free(cat);
    cat = keep;
}
END_TEST

/* A cargo whose share is 0 is in no container, so its hard bounds are 0
 * (its maximum was every container carrying it: 152mm-round=0 beside
 * Grad crates showed a by-cargo maximum of 4,180,000); a cargo whose share
 * is 1 is in every container, so its least is the total's (it was 0), and
 * a container type whose share is 0 bounds nothing. */
START_TEST(test_cargo_bounds_fixed_shares)
{
    sl_scenario *sc = make("at least 2,500", "iso-20-24t=0;iso-20=rest",
                           "152mm-round=0;122mm-grad=rest", "0.9", NULL);
    sl_scenario *one = make("at least 2,500", "iso-20", "122mm-grad",
                            "0.9", NULL);
    sl_result *r = run(sc, 2000, 5, 1), *r1 = run(one, 2000, 5, 1);
    sl_summary s, s1, z, g;
    sl_result_total(r, &s);
    sl_result_total(r1, &s1);
    ck_assert_int_eq(sl_result_cargo_total(r, 0, NULL, &z), SL_OK);
    ck_assert_msg(z.min == 0 && z.max == 0 && z.max_found == 0 &&
                      z.sample_max == 0,
                  "share 0: %g %g %g", z.min, z.max, z.max_found);
    ck_assert_int_eq(sl_result_cargo_total(r, 1, NULL, &g), SL_OK);
    /* the Grad crates alone in iso-20: the same bounds as a run of them
       alone there, and every sample inside them */
    ck_assert_double_gt(g.min, 0);
    ck_assert_double_eq(g.min, s1.min);
    ck_assert_double_eq(g.max, s1.max);
    ck_assert_double_eq(g.max_found, s1.max_found);
    ck_assert_double_eq(g.min, s.min);
    ck_assert_double_eq(g.max, s.max);
    ck_assert(g.sample_min >= g.min && g.sample_max <= g.max_found);
    sl_result_free(r);
    sl_result_free(r1);
    sl_scenario_free(sc);
    sl_scenario_free(one);
}
END_TEST

/* Common random numbers across counts: the i-th sample keeps its inputs
 * when the count changes, so its total rises with the count but for the
 * per-container draws.  Those came from the block's generator, and one
 * container more shifted every later sample of the block onto other
 * inputs: from 10,000 to 10,010 containers of the realistic mix 8,962 of
 * 20,000 samples fell, by up to 1.58 million. */
START_TEST(test_samples_keep_inputs_across_counts)
{
    static const char *const cargo[2] = {
        "152mm-round",
        "152mm-round=uniform(0.4, 0.7);122mm-round=uniform(0.05, 0.15);"
        "122mm-grad=uniform(0.05, 0.15);non-munition=rest"};
    for (int k = 0; k < 2; k++) {
        sl_scenario *a = make("10000", NULL, cargo[k],
                              k ? "pert(0.7, 0.95, 1)" : NULL, NULL);
        sl_scenario *b = make("10010", NULL, cargo[k],
                              k ? "pert(0.7, 0.95, 1)" : NULL, NULL);
        sl_result *ra = run(a, 3 * 4096, 11, 2), *rb = run(b, 3 * 4096, 11, 2);
        size_t fell = 0;
        double most = 0.0, mean = 0.0;
        for (size_t i = 0; i < ra->n; i++) {
            double d = ra->total[i] - rb->total[i];
            mean += ra->total[i] / (double)ra->n;
            if (d > 0) {
                fell++;
                most = fmax(most, d);
            }
        }
        /* the per-container noise only: a sample in a few hundred, by
           a few percent of the mean at most */
        ck_assert_msg(fell < ra->n / 100 && most < 0.05 * mean,
                      "%s: %zu of %zu samples fell, by up to %.0f (mean "
                      "%.0f)", cargo[k], fell, ra->n, most, mean);
        sl_result_free(ra);
        sl_result_free(rb);
        sl_scenario_free(a);
        sl_scenario_free(b);
    }
}
END_TEST

/* A lognormal count ("a to b", read on [0, inf)) reaches 0 at its lower
 * end: the hard minimum took 0 containers, and a draw at u = 0 (mt19937
 * gives it once in 2^32) counted 0, though a count is at least 1.  Both
 * take 1 container now. */
START_TEST(test_count_at_least_one)
{
    sl_scenario *sc = make("2385 to 2911", "iso-20-24t",
                           "152mm-shell-mass-equiv", "uniform(0.615, 0.875)",
                           NULL);
    sl_options o;
    sli_model m;
    sli_draw d;
    sl_result *r;
    sl_summary s;
    double lo, hi;
    sl_options_init(&o);
    ck_assert_int_eq(sli_model_build(&m, sc, &o, NULL, NULL), SL_OK);
    ck_assert_int_eq(sli_draw_alloc(&m, &d), SL_OK);
    ck_assert_uint_eq(m.ninputs, 2); /* the count and the tare */
    ck_assert_int_eq(m.inputs[0].target, SLI_T_CONTAINERS);
    d.u[0] = d.u[1] = 0.0;
    sli_model_set(&m, d.u, &d);
    ck_assert_double_eq(d.n, 1.0);
    d.u[0] = 0.5; /* the median of the 90 % interval: sqrt(2385 x 2911) */
    sli_model_set(&m, d.u, &d);
    ck_assert_double_eq(d.n, floor(sqrt(2385.0 * 2911.0) + 0.5));
    sli_draw_free(&d);
    sli_model_free(&m);
    r = run(sc, 400, 23, 1);
    ck_assert_int_eq(sl_result_total(r, &s), SL_OK);
    ck_assert_int_eq(sl_result_capacity_range(r, 0, &lo, &hi), SL_OK);
    /* (24,000 - 2,340 kg, the tare's high end) / 46.25 kg = 468.3 */
    ck_assert_double_eq(lo, 468.0);
    ck_assert_double_eq(s.min, 1 * 0.615 * 468.0);
    ck_assert(s.sample_min >= s.min && isinf(s.max));
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* The claim text had 1,024 bytes and text_add cut it there, mid-word: a
 * range claim near P95 with the "unsettled" sentence, the mix sentence and
 * the requirements needs about 1,064.  It now ends at its last whole
 * sentence that fits. */
START_TEST(test_claim_text_whole_sentences)
{
    sl_scenario *sc = make("45", "iso-20-24t=0.3;iso-20=rest",
                           "152mm-round=0.7;non-munition=rest", NULL,
                           "12000 to 98765432099999993952718553088");
    sl_result *r = run(sc, 400, 1, 1);
    sl_claim_check cc;
    size_t len;
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    len = strlen(cc.text);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPLAUSIBLE);
    ck_assert_int_eq(cc.unsettled, 1);
    ck_assert_msg(len > 900 && len < sizeof cc.text && cc.text[len - 1] == '.',
                  "%zu bytes: ...%s", len, cc.text + (len > 80 ? len - 80 : 0));
    ck_assert_ptr_nonnull(strstr(cc.text, "More samples could change this "
                                          "verdict"));
    ck_assert_ptr_nonnull(strstr(cc.text, ". No stacking limit in its range "
                                          "helps: at its high end one holds "));
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* sli_claim_text_fit: whole when it fits, else to the last sentence end
 * that fits ("4.8" is no sentence end), else cut at a space, marked. */
START_TEST(test_claim_text_fit)
{
    char out[24], big[40];
    const char *two = "Holds 4.8 m. Needs 2,385 more.";
    ck_assert_uint_eq(sli_claim_text_fit(out, sizeof out, "It holds."), 9);
    ck_assert_str_eq(out, "It holds.");
    /* no trailing space (each sentence is written with one after it) */
    ck_assert_uint_eq(sli_claim_text_fit(out, sizeof out, "It holds.  "), 9);
    ck_assert_str_eq(out, "It holds.");
    /* 23 bytes and the NUL fit exactly */
    ck_assert_uint_eq(sli_claim_text_fit(out, sizeof out,
                                         "Twenty-three bytes fit."), 23);
    ck_assert_str_eq(out, "Twenty-three bytes fit.");
    /* 30 bytes into 24: the first sentence, not "Holds 4." */
    ck_assert_uint_eq(sli_claim_text_fit(out, sizeof out, two), 12);
    ck_assert_str_eq(out, "Holds 4.8 m.");
    ck_assert_uint_eq(sli_claim_text_fit(big, sizeof big, two), 30);
    ck_assert_str_eq(big, two);
    /* one byte too long, no sentence end before: cut at a space, marked */
    ck_assert_uint_eq(sli_claim_text_fit(out, sizeof out,
                                         "Twenty-three bytes hold."), 21);
    ck_assert_str_eq(out, "Twenty-three bytes...");
    ck_assert_uint_eq(sli_claim_text_fit(out, sizeof out,
                                         "One sentence of 2,385 bytes long."),
                      18);
    ck_assert_str_eq(out, "One sentence of...");
    ck_assert_uint_eq(sli_claim_text_fit(out, 0, two), 0);
}
END_TEST

/* An absurd claim (10^30, 10^300) is impossible, and its text neither
 * cuts digits off a number (a 40-byte buffer printed 10^30 as
 * "1,000,...,019,884,624,838,6") nor fills the 1,024 bytes with digits. */
START_TEST(test_absurd_claim_text)
{
    const char *claims[2] = {"1e30", "1e300"};
    const char *want[2] = {"1e+30 is impossible", "1e+300 is impossible"};
    for (int i = 0; i < 2; i++) {
        sl_scenario *sc = make("10000", "iso-20", "152mm-round", NULL,
                               claims[i]);
        sl_result *r = run(sc, 300, 41, 1);
        sl_claim_check cc;
        size_t len;
        ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
        ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPOSSIBLE);
        len = strlen(cc.text);
        ck_assert_msg(!strncmp(cc.text, want[i], strlen(want[i])) &&
                          len < sizeof cc.text - 1 &&
                          cc.text[len - 1] == '.' &&
                          strstr(cc.text, "per container; at nominal"),
                      "%s", cc.text);
        sl_result_free(r);
        sl_scenario_free(sc);
    }
}
END_TEST

/* A claim that the nominal model already reaches gets the room left in
 * each figure, not "for it to hold ... would do: 20,000 containers" (the
 * count it already has); masses keep two decimals below 100 kg (46.25
 * read "46.2") and none from 1,000 kg, and one container is one
 * container.  Row C's figures. */
START_TEST(test_claim_room_text)
{
    static const char *const n[3] = {"20000", "1", "1"};
    static const char *const claim[3] = {"about 9.4 million", "about 470",
                                         "1"};
    static const char *const want[3] = {
        "It would still hold at nominal figures with any one of these "
        "changes: as few as 20,000 containers; a rated gross mass as low as "
        "23,988 kg; as much as 46.28 kg per shell as carried (nominal 46.25 "
        "kg).",
        "as few as 1 container;",
        /* whole kilograms from 1,000 kg (it read "21,750.0 kg") */
        "as much as 21,750 kg per shell as carried (nominal 46.25 kg)"};
    for (int i = 0; i < 3; i++) {
        sl_scenario *sc = make(n[i], "iso-20-24t", "152mm-shell-mass-equiv",
                               NULL, claim[i]);
        sl_result *r = run(sc, 3000, 5, 1);
        sl_claim_check cc;
        ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
        /* 1 exact in one container is below its hard minimum */
        ck_assert_int_eq(cc.verdict, i < 2 ? SL_VERDICT_CONSISTENT
                                           : SL_VERDICT_TOO_LOW);
        ck_assert_msg(strstr(cc.text, want[i]) &&
                          !strstr(cc.text, "For it to hold") &&
                          !strstr(cc.text, "1 containers"),
                      "%s", cc.text);
        sl_result_free(r);
        sl_scenario_free(sc);
    }
}
END_TEST

/* Fixed type shares that sum to 1 within the scenario's tolerance
 * (0.3333333333 + 0.6666666666) still have their vertex: the maximum with
 * exact shares is those shares' mix of the two cells' most, not 0. */
START_TEST(test_mix_shares_near_one)
{
    sl_scenario *sc = make("10000", "iso-20=0.3333333333;iso-40=0.6666666666",
                           "152mm-round", NULL, NULL);
    sl_result *r = run(sc, 300, 43, 1);
    sl_summary s;
    double lo, hi20, hi40, want;
    sl_result_total(r, &s);
    ck_assert_int_eq(sl_result_capacity_range(r, 0, &lo, &hi20), SL_OK);
    ck_assert_int_eq(sl_result_capacity_range(r, 1, &lo, &hi40), SL_OK);
    ck_assert_str_eq(sl_result_capacity(r, 1)->container, "iso-40");
    want = 10000 * (0.3333333333 * hi20 + 0.6666666667 * hi40);
    ck_assert_msg(fabs(s.max_mix - want) <= 1e-6 * want, "%.17g vs %.17g",
                  s.max_mix, want);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* The per-container most of capacity row (container, cargo) of r. */
static double row_max(const sl_result *r, const char *container,
                      const char *cargo)
{
    for (size_t i = 0; i < sl_result_capacity_count(r); i++) {
        const sl_capacity *c = sl_result_capacity(r, i);
        double lo, hi;
        if (strcmp(c->container, container) || strcmp(c->cargo, cargo))
            continue;
        ck_assert_int_eq(sl_result_capacity_range(r, i, &lo, &hi), SL_OK);
        return hi;
    }
    ck_abort_msg("no row %s/%s", container, cargo);
    return 0;
}

/* The maximum with exact shares, for the realistic mix (interpretation 4
 * of the default run): the 24 t share may be 0, so every cargo takes the
 * 30.48 t container; the cargo shares start at their low ends (0.4, 0.05,
 * 0.05, 0) and the 0.5 left goes to the largest capacity first: 122 mm
 * rounds to 0.15, 152 mm rounds to 0.7, Grad the last 0.1 (to 0.15).  The
 * hard maximum instead lets every container hold 122 mm rounds. */
START_TEST(test_mix_maximum)
{
    sl_scenario *sc = make("at least 10,000", "iso-20-24t=uniform(0, 1);iso-20=rest",
                           "152mm-round=uniform(0.4, 0.7);"
                           "122mm-round=uniform(0.05, 0.15);"
                           "122mm-grad=uniform(0.05, 0.15);non-munition=rest",
                           "pert(0.7, 0.95, 1)", "4800000");
    sl_result *r = run(sc, 4000, 9, 2);
    sl_summary s, g;
    sl_claim_check cc;
    const char *id;
    double r152 = row_max(r, "iso-20", "152mm-round");
    double r122 = row_max(r, "iso-20", "122mm-round");
    double grad = row_max(r, "iso-20", "122mm-grad");
    char want[80];
    sl_result_total(r, &s);
    ck_assert_double_eq_tol(s.max_mix,
                            10000 * (0.7 * r152 + 0.15 * r122 + 0.15 * grad),
                            1e-6);
    ck_assert_double_eq(s.max, 10000 * r122);
    ck_assert(s.p95 < s.max_mix && s.max_mix < s.max);
    for (size_t i = 0; i < sl_result_cargo_count(r); i++) {
        double want_c;
        sl_result_cargo_total(r, i, &id, &g);
        want_c = !strcmp(id, "152mm-round")   ? 10000 * 0.7 * r152
                 : !strcmp(id, "122mm-round") ? 10000 * 0.15 * r122
                 : !strcmp(id, "122mm-grad")  ? 10000 * 0.15 * grad
                                              : 0.0;
        ck_assert_msg(fabs(g.max_mix - want_c) <= 1e-6 * want_c,
                      "%s: %.17g vs %.17g", id, g.max_mix, want_c);
    }
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPLAUSIBLE);
    {
        double v = round(s.max_mix); /* as the text rounds it */
        snprintf(want, sizeof want, "this mix holds at most %.0f,%03.0f,%03.0f",
                 floor(v / 1e6), fmod(floor(v / 1e3), 1e3), fmod(v, 1e3));
    }
    ck_assert_msg(strstr(cc.text, want), "%s lacks %s", cc.text, want);
    sl_result_free(r);
    sl_scenario_free(sc);

    /* fixed shares of two ratings: the mean of their capacities */
    sc = make("7,000", "iso-20-24t=0.35;iso-20=rest", "152mm-shell-mass-equiv",
              NULL, NULL);
    r = run(sc, 2000, 9, 1);
    sl_result_total(r, &s);
    ck_assert_double_eq_tol(
        s.max_mix,
        7000 * (0.35 * row_max(r, "iso-20-24t", "152mm-shell-mass-equiv") +
                0.65 * row_max(r, "iso-20", "152mm-shell-mass-equiv")),
        1e-6);
    ck_assert_double_eq(s.max,
                        7000 * row_max(r, "iso-20", "152mm-shell-mass-equiv"));
    ck_assert(s.sample_max <= s.max);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* Past 12 container types the exact shares are not searched: each cargo
 * in its best type bounds them (model.h), here every container in the
 * highest rating. */
START_TEST(test_mix_many_types)
{
    sl_catalog *keep = cat;
    sl_container c = *sl_catalog_find_container(cat, "iso-20");
    char types[400] = "", id[16];
    sl_error e;
    sl_scenario *sc;
    sl_result *r;
    sl_summary s;
    ck_assert_int_eq(sl_catalog_copy(keep, &cat, &e), SL_OK);
    for (int k = 0; k < 13; k++) {
        snprintf(id, sizeof id, "rated%d", k);
        strcpy(c.id, id);
        sl_figure_set(&c.max_gross, 24000 + 500 * k, SL_CONF_V, "test");
        ck_assert_int_eq(sl_catalog_put_container(cat, &c, &e), SL_OK);
        snprintf(types + strlen(types), sizeof types - strlen(types),
                 "%s%s=%s", k ? ";" : "", id, k < 12 ? "0.05" : "rest");
    }
    sc = make("1000", types, "152mm-shell-mass-equiv", NULL, NULL);
    r = run(sc, 1000, 3, 1);
    sl_result_total(r, &s);
    ck_assert_double_eq(s.max_mix,
                        1000 * row_max(r, "rated12", "152mm-shell-mass-equiv"));
    ck_assert(s.max_mix > s.p95);
    sl_result_free(r);
    sl_scenario_free(sc);
    sl_catalog_free(cat);
    cat = keep;
}
END_TEST

/* A container count given as a 90 % interval (lognormal) has no upper
 * end: no hard maximum, and the text says so instead of printing "inf". */
START_TEST(test_unbounded_count_text)
{
    sl_scenario *sc = make("6700 to 7000", "iso-40", "152mm-round", NULL,
                           "3 million");
    sl_result *r = run(sc, 2000, 4, 1);
    sl_summary s;
    sl_claim_check cc;
    sl_result_total(r, &s);
    ck_assert(isinf(s.max) && isinf(s.max_mix) && isinf(s.max_found));
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPLAUSIBLE);
    ck_assert_msg(strstr(cc.text, "no hard maximum bounds it") &&
                      !strstr(cc.text, "inf"),
                  "%s", cc.text);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* Grad crates fill a 20 ft container by volume first. */
START_TEST(test_grad_bound_by_geometry)
{
    sl_scenario *sc = make("10000", "iso-20-24t", "122mm-grad", NULL, NULL);
    sl_result *r = run(sc, 2000, 1, 1);
    const sl_capacity *c = sl_result_capacity(r, 0);
    ck_assert_str_eq(sl_binding_name(c->binding), "geometry");
    ck_assert(c->by_geometry < c->by_weight);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* Same seed, same answer, whatever the thread count. */
START_TEST(test_threads_do_not_change_results)
{
    sl_scenario *sc = make("9000 to 11000", NULL,
                           "152mm-round=uniform(0.4, 0.7);122mm-grad=rest",
                           "pert(0.6, 0.9, 1)", NULL);
    sl_result *a = run(sc, 30000, 42, 1), *b = run(sc, 30000, 42, 2),
              *c = run(sc, 30000, 43, 2);
    size_t na, nb;
    const double *xa = sl_result_samples(a, &na), *xb = sl_result_samples(b, &nb);
    const double *xc = sl_result_samples(c, &nb);
    ck_assert_uint_eq(na, 30000);
    ck_assert_int_eq(memcmp(xa, xb, na * sizeof *xa), 0);
    ck_assert_int_ne(memcmp(xa, xc, na * sizeof *xa), 0);
    sl_result_free(a);
    sl_result_free(b);
    sl_result_free(c);
    sl_scenario_free(sc);
}
END_TEST

/* No sample breaks the hard bounds; fill and shares stay physical. */
START_TEST(test_samples_inside_hard_bounds)
{
    sl_scenario *sc = make("at least 5000", NULL,
                           "152mm-round=uniform(0.3, 0.6);122mm-round=0.1;"
                           "kn-23=0.05;non-munition=rest",
                           "0.5 to 0.97", NULL);
    sl_result *r = run(sc, 20000, 9, 2);
    sl_summary s;
    size_t n;
    const double *x = sl_result_samples(r, &n);
    sl_result_total(r, &s);
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(x[i] >= s.min && x[i] <= s.max, "sample %zu = %g", i, x[i]);
    ck_assert(s.min < s.p05 && s.p05 < s.p50 && s.p50 < s.p95 && s.p95 < s.max);
    ck_assert(s.se_p50 > 0 && s.se_p50 < 0.01 * s.p50);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* A fractional container count (100.8, as a fuzzer gave it) is a whole
 * number of containers, rounded, in the samples as in the hard bounds:
 * 101 full containers of 468 to 471 bare shells each (the tare's range),
 * never 100. */
START_TEST(test_fractional_count_rounded)
{
    sl_scenario *sc = make("100.8", "iso-20-24t", "152mm-shell-mass-equiv",
                           NULL, NULL);
    sl_result *r = run(sc, 2000, 4, 2);
    sl_summary s;
    sl_result_total(r, &s);
    ck_assert_double_eq(fmod(s.sample_min, 101.0), 0.0);
    ck_assert_double_eq(fmod(s.sample_max, 101.0), 0.0);
    ck_assert_msg(s.min <= s.sample_min && s.sample_max <= s.max,
                  "samples [%g, %g] outside the hard bounds [%g, %g]",
                  s.sample_min, s.sample_max, s.min, s.max);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* The builtin 152mm-round with every package's stacking limit exact at
 * its low end (hi 0) or its high end (hi 1), in a copy of the catalog. */
static sl_catalog *stack_at_end(int hi)
{
    sl_catalog *c = NULL;
    sl_cargo g = *sl_catalog_find_cargo(cat, "152mm-round");
    sl_error e;
    for (size_t k = 0; k < g.npackages; k++) {
        if (hi)
            g.package[k].max_stack = g.package[k].max_stack_hi;
        g.package[k].max_stack_hi = 0;
    }
    ck_assert_int_eq(sl_catalog_copy(cat, &c, &e), SL_OK);
    ck_assert_int_eq(sl_catalog_put_cargo(c, &g, &e), SL_OK);
    return c;
}

/* An uncertain stacking limit is an input: its own sensitivity entry, the
 * hard maximum at the range's high end and the hard minimum at its low
 * end (each as a catalog whose limits are exact there gives it), and the
 * range lying between those two catalogs' ranges. */
START_TEST(test_stack_range_is_an_input)
{
    sl_catalog *keep = cat, *ends[2];
    sl_summary s[3];
    int seen = 0;
    for (int i = 0; i < 2; i++)
        ends[i] = stack_at_end(i);
    for (int i = 0; i < 3; i++) {
        sl_scenario *sc;
        sl_result *r;
        cat = i < 2 ? ends[i] : keep;
        sc = make("1000", "iso-20-24t=0.4;iso-20=rest", "152mm-round",
                  "pert(0.7, 0.9, 1)", NULL);
        r = run(sc, 20000, 11, 2);
        sl_result_total(r, &s[i]);
        for (size_t k = 0; i == 2 && k < sl_result_sensitivity_count(r); k++)
            if (!strcmp(sl_result_sensitivity(r, k)->input,
                        "152mm-round.max_stack")) {
                seen = 1;
                ck_assert_double_gt(sl_result_sensitivity(r, k)->rank_corr,
                                    0.0);
            }
        sl_result_free(r);
        sl_scenario_free(sc);
    }
    cat = keep;
    ck_assert(seen);
    ck_assert_double_eq(s[2].max, s[1].max);
    ck_assert_double_eq(s[2].min, s[0].min);
    ck_assert_double_lt(s[0].max, s[1].max); /* the limit binds */
    ck_assert_double_gt(s[2].p50, s[0].p50);
    ck_assert_double_lt(s[2].p50, s[1].p50);
    sl_catalog_free(ends[0]);
    sl_catalog_free(ends[1]);
}
END_TEST

/* The rules with every figure fixed at the low (end 0) or high (end 1) end
 * of its default range. */
static sl_load_rules rules_at_end(int end)
{
    sl_load_rules r;
    sl_load_rules_init(&r);
    r.margin_length = r.margin_length_range[end];
    r.margin_width = r.margin_width_range[end];
    r.margin_height = r.margin_height_range[end];
    r.dunnage = r.dunnage_range[end];
    sl_load_rules_fix(&r);
    return r;
}

/* The margins and the dunnage are uncertain inputs: each shows in the
 * sensitivity table (more margin or dunnage, fewer munitions); the hard
 * bounds are those of rules fixed at the ends of the ranges; the P50
 * lies between; with exact rules neither input exists.  122 mm rounds
 * (a fifth D-30 box fits along the length only with little margin) show
 * the margins; 152 mm rounds at 24 t (weight binds at the small end of
 * the box sizes) show the dunnage. */
START_TEST(test_load_rules_are_inputs)
{
    static const char *const cargo[2] = {"122mm-round", "152mm-round"};
    static const char *const type[2] = {"iso-20", "iso-20-24t"};
    static const char *const input[2] = {"load_rules.margins",
                                         "load_rules.dunnage"};
    /* rank correlations well below 0 (about -0.20 and -0.04 here; the
       standard error at 20,000 samples is about 0.007) */
    static const double corr_below[2] = {-0.1, -0.02};
    for (int c = 0; c < 2; c++) {
        sl_summary s[4];
        int seen[4] = {0, 0, 0, 0};
        for (int i = 0; i < 4; i++) { /* low end, high end, ranges, exact */
            sl_scenario *sc = make("1000", type[c], cargo[c],
                                   "pert(0.7, 0.9, 1)", NULL);
            sl_load_rules r;
            sl_result *res;
            sl_error e;
            if (i < 2)
                r = rules_at_end(i);
            else
                sl_load_rules_init(&r);
            if (i == 3)
                sl_load_rules_fix(&r);
            ck_assert_int_eq(sl_scenario_set_load_rules(sc, &r, &e), SL_OK);
            res = run(sc, 20000, 17, 2);
            sl_result_total(res, &s[i]);
            for (size_t k = 0; k < sl_result_sensitivity_count(res); k++) {
                const sl_sensitivity *x = sl_result_sensitivity(res, k);
                if (!strcmp(x->input, input[c])) {
                    seen[i] = 1;
                    ck_assert_double_lt(x->rank_corr, corr_below[c]);
                }
            }
            sl_result_free(res);
            sl_scenario_free(sc);
        }
        ck_assert_msg(seen[2] && !seen[0] && !seen[1] && !seen[3], "%s",
                      input[c]);
        ck_assert_double_eq(s[2].max, s[0].max);
        ck_assert_double_eq(s[2].min, s[1].min);
        ck_assert_double_gt(s[0].max, s[1].max); /* the rule matters */
        ck_assert_double_gt(s[2].p50, s[1].p50);
        ck_assert_double_lt(s[2].p50, s[0].p50);
    }
}
END_TEST

/* Check a lever of the claim check on complete rounds in 10,000 20 ft
 * containers: claims[0] lists it among what would do with `per` units
 * per container, claims[1] says that `none` (no value in its range)
 * helps and what one container then holds.  claims[0]'s check goes to
 * first. */
static void check_lever(const char *const claims[2], const char *listed,
                        const char *none, double per,
                        sl_claim_check *first)
{
    sl_claim_check cc;
    char want[128];
    int dec = per == floor(per) ? 0 : 1; /* a whole count: 306, not 306.0 */
    for (int i = 0; i < 2; i++) {
        sl_scenario *sc = make("10000", "iso-20", "152mm-round", NULL,
                               claims[i]);
        sl_result *r = run(sc, 4000, 3, 2);
        ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
        if (i == 0)
            snprintf(want, sizeof want, "%s at the %s of their ranges "
                     "(%.*f per container)", listed,
                     strstr(listed, "stacking") ? "high end" : "low end",
                     dec, per);
        else
            snprintf(want, sizeof want, "No %s in its range helps: at %s "
                     "one holds %.*f.", none,
                     strstr(none, "stacking") ? "its high end"
                                              : "the low end",
                     dec, per);
        ck_assert_msg(strstr(cc.text, want), "%s\nwant: %s", cc.text, want);
        /* claims[0]: the count and the lever, each alone, as a list;
           claims[1]: only the count, so no "any one of these" before one
           item */
        ck_assert_msg(i == 0 ? strstr(cc.text, "any one of these would do: ")
                                   && strstr(cc.text, " containers; ")
                             : strstr(cc.text, "For it to hold at nominal "
                                               "figures, it would take ")
                                   && !strstr(cc.text, "any one of these"),
                      "%s", cc.text);
        if (i == 0)
            *first = cc;
        sl_result_free(r);
        sl_scenario_free(sc);
    }
}

/* The claim check names the stacking limit as a lever: a claim that the
 * high end of the range reaches lists it among what would do, one beyond
 * it says no limit in the range helps; the per-container figure is the
 * nominal capacity of a catalog exact at the high end. */
START_TEST(test_claim_stacking_lever)
{
    sl_catalog *hi = stack_at_end(1);
    sl_capacity roof;
    sl_load_rules rules;
    sl_error e;
    sl_claim_check first;
    /* 290 per container: between 8 high and the roof */
    static const char *const claims[2] = {"up to 2,900,000",
                                          "up to 4,800,000"};
    sl_load_rules_init(&rules);
    ck_assert_int_eq(sl_capacity_nominal(sl_catalog_find_container(hi, "iso-20"),
                                         sl_catalog_find_cargo(hi, "152mm-round"),
                                         &rules, &roof, &e), SL_OK);
    check_lever(claims, "stacking limits", "stacking limit",
                (double)roof.count, &first);
    sl_catalog_free(hi);
}
END_TEST

/* The claim check names the bracing margins as a lever too: the figure is
 * the nominal capacity with the margins fixed at the low end of their
 * ranges; a claim it reaches lists it, one beyond it says no margin in
 * the range helps.  The first claim is consistent: its percentile reads
 * as an ordinal (31st, not 31th). */
START_TEST(test_claim_margin_lever)
{
    sl_capacity tight;
    sl_load_rules rules;
    sl_error e;
    sl_claim_check first;
    char suffix[3] = "";
    const char *at;
    int pct = -1;
    /* 283 per container: above the nominal 272, below the low end's */
    static const char *const claims[2] = {"up to 2,830,000",
                                          "up to 4,800,000"};
    sl_load_rules_init(&rules);
    rules.margin_length = rules.margin_length_range[0];
    rules.margin_width = rules.margin_width_range[0];
    rules.margin_height = rules.margin_height_range[0];
    sl_load_rules_fix(&rules);
    ck_assert_int_eq(
        sl_capacity_nominal(sl_catalog_find_container(cat, "iso-20"),
                            sl_catalog_find_cargo(cat, "152mm-round"), &rules,
                            &tight, &e),
        SL_OK);
    ck_assert_int_gt(tight.count, 283);
    check_lever(claims, "bracing margins", "bracing margin",
                (double)tight.count, &first);
    at = strstr(first.text, "lies at the ");
    ck_assert_ptr_nonnull(at);
    ck_assert_int_eq(sscanf(at, "lies at the %d%2[a-z] percentile", &pct,
                            suffix), 2);
    ck_assert_str_eq(suffix, pct % 100 / 10 == 1 ? "th"
                             : pct % 10 == 1     ? "st"
                             : pct % 10 == 2     ? "nd"
                             : pct % 10 == 3     ? "rd"
                                                 : "th");
}
END_TEST

/* A capacity row's range is the per-container range behind the hard
 * bounds: with one container type, one cargo, a fixed count and full
 * containers, the hard bounds are the count times the row's ends; in a
 * mix every row's nominal count lies inside its range. */
START_TEST(test_capacity_range)
{
    sl_scenario *sc = make("1379", "iso-20", "152mm-round", NULL, NULL);
    sl_result *r = run(sc, 4000, 5, 2);
    sl_summary s;
    double lo = -1, hi = -1;
    sl_result_total(r, &s);
    ck_assert_int_eq(sl_result_capacity_range(r, 0, &lo, &hi), SL_OK);
    ck_assert_double_gt(lo, 0.0);
    ck_assert_double_lt(lo, hi);
    ck_assert_double_eq(s.max, 1379 * hi);
    ck_assert_double_eq(s.min, 1379 * lo);
    ck_assert_int_eq(sl_result_capacity_range(r, 0, NULL, NULL), SL_OK);
    ck_assert_int_eq(sl_result_capacity_range(r, 1, &lo, &hi), SL_EINVAL);
    ck_assert_int_eq(sl_result_capacity_range(NULL, 0, &lo, &hi), SL_EINVAL);
    sl_result_free(r);
    sl_scenario_free(sc);

    sc = make("at least 10,000", "iso-20-24t=0.5;iso-20=rest",
              "152mm-round=0.5;122mm-grad=0.25;non-munition=rest",
              "pert(0.7, 0.95, 1)", NULL);
    r = run(sc, 4000, 5, 2);
    for (size_t i = 0; i < sl_result_capacity_count(r); i++) {
        const sl_capacity *c = sl_result_capacity(r, i);
        ck_assert_int_eq(sl_result_capacity_range(r, i, &lo, &hi), SL_OK);
        if (!strcmp(c->cargo, "non-munition")) {
            ck_assert_double_eq(lo, 0.0);
            ck_assert_double_eq(hi, 0.0);
            continue;
        }
        ck_assert_msg(lo <= (double)c->count && (double)c->count <= hi,
                      "%s/%s: %ld outside %g-%g", c->container, c->cargo,
                      c->count, lo, hi);
    }
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* Direct simulation: every container drawn one by one.  out[i] is the
 * total of sample i, cargo[c * n + i] its cargo c's units. */
static void direct(const sli_model *m, gsl_rng *r, size_t n, double *out,
                   double *cargo)
{
    sli_draw d;
    ck_assert_int_eq(sli_draw_alloc(m, &d), SL_OK);
    for (size_t i = 0; i < n; i++) {
        double total = 0.0;
        for (size_t k = 0; k < m->ninputs; k++)
            d.u[k] = gsl_rng_uniform(r);
        sli_model_set(m, d.u, &d);
        sli_model_capacity(m, &d);
        for (size_t c = 0; c < m->ncargo; c++)
            cargo[c * n + i] = 0.0;
        for (unsigned j = 0; j < (unsigned)d.n; j++) {
            /* pick this container's cell, then its fill */
            double u = gsl_rng_uniform(r), acc = 0.0, y;
            size_t cell = 0;
            for (; cell + 1 < m->ncells; cell++) {
                size_t t = cell / m->ncargo, c = cell % m->ncargo;
                acc += d.tshare[t] * d.cshare[c];
                if (u < acc)
                    break;
            }
            y = d.cap[cell] * sli_dist_sample(&m->fill, r);
            cargo[(cell % m->ncargo) * n + i] += y;
            total += y;
        }
        out[i] = total;
    }
    sli_draw_free(&d);
}

/* Standard error of quantile p of sorted x from the 95 % order-statistic
 * interval. */
static double se_direct(const double *x, size_t n, double p)
{
    double h = 1.96 * sqrt(n * p * (1 - p));
    double lo = floor(n * p - h), hi = ceil(n * p + h);
    if (lo < 0)
        lo = 0;
    if (hi > n - 1)
        hi = n - 1;
    return (x[(size_t)hi] - x[(size_t)lo]) / (2 * 1.96);
}

/* Correlation of x and y (n each). */
static double correlation(const double *x, const double *y, size_t n)
{
    double mx = 0, my = 0, sxx = 0, syy = 0, sxy = 0;
    for (size_t i = 0; i < n; i++) {
        mx += x[i] / n;
        my += y[i] / n;
    }
    for (size_t i = 0; i < n; i++) {
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
        sxy += (x[i] - mx) * (y[i] - my);
    }
    return sxy / sqrt(sxx * syy);
}

/* Aggregate quantile qa (standard error se) agrees with the direct one of
 * sorted dx (ns samples) within their Monte Carlo errors. */
static void assert_quantile(const char *what, double p, double qa, double se,
                            const double *dx, size_t ns)
{
    double qd = dx[(size_t)(p * ns)];
    /* error of the direct quantile with ns samples dominates */
    double tol = 5 * se_direct(dx, ns, p);
    ck_assert_msg(fabs(qa - qd) <= tol + 4 * se,
                  "%s p=%.2f: aggregate %.1f direct %.1f tol %.1f", what, p,
                  qa, qd, tol + 4 * se);
}

/* Aggregate sampling agrees with direct simulation: quantiles of the
 * total, and of cargo `check` (when below the cargo count: its P5, P50,
 * P95, and the correlation of its units with those of cargo check + 1),
 * within their Monte Carlo error. */
/* The sizes of one comparison: direct and aggregate samples, and the
 * quantiles of the total compared (np of them). */
typedef struct cmp_size {
    size_t direct, aggregate, np;
    const double *p;
} cmp_size;

static void compare_direct_at(const char *n, const char *types,
                              const char *cargo, const char *fill,
                              size_t threshold, size_t check,
                              const cmp_size *z)
{
    sl_scenario *sc = make(n, types, cargo, fill, NULL);
    sl_options o;
    sli_model m;
    sl_result *r = NULL;
    const size_t ns = z->direct;
    double *dx = malloc(ns * sizeof *dx), *dc;
    gsl_rng *g = gsl_rng_alloc(gsl_rng_mt19937);
    char what[256];
    sl_options_init(&o);
    o.samples = z->aggregate;
    o.clt_threshold = threshold;
    o.seed = 17;
    ck_assert_int_eq(sl_estimate(sc, &o, &r, NULL), SL_OK);
    ck_assert_int_eq(sli_model_build(&m, sc, &o, NULL, NULL), SL_OK);
    dc = malloc(ns * m.ncargo * sizeof *dc);
    gsl_rng_set(g, 99);
    direct(&m, g, ns, dx, dc);
    snprintf(what, sizeof what, "%s [%s] [%s] fill %s total", n,
             types ? types : "default", cargo, fill);
    if (check + 1 < m.ncargo) {
        /* the cargos share the containers: their correlation */
        double ca = correlation(r->cargo[check], r->cargo[check + 1], r->n);
        double cd = correlation(dc + check * ns, dc + (check + 1) * ns, ns);
        ck_assert_msg(fabs(ca - cd) <= 5 * (1 - cd * cd) / sqrt(ns) + 0.005,
                      "%s: correlation of cargo %zu and %zu: aggregate %.4f "
                      "direct %.4f", what, check, check + 1, ca, cd);
    }
    gsl_sort(dx, 1, ns);
    for (size_t k = 0; k < z->np; k++) {
        double qa, se;
        sl_result_quantile(r, z->p[k], &qa, &se);
        assert_quantile(what, z->p[k], qa, se, dx, ns);
    }
    if (check < m.ncargo) {
        sl_summary cs;
        double *x = dc + check * ns;
        ck_assert_int_eq(sl_result_cargo_total(r, check, NULL, &cs), SL_OK);
        gsl_sort(x, 1, ns);
        snprintf(what, sizeof what, "%s [%s] [%s] fill %s cargo %zu", n,
                 types ? types : "default", cargo, fill, check);
        assert_quantile(what, 0.05, cs.p05, cs.se_p05, x, ns);
        assert_quantile(what, 0.50, cs.p50, cs.se_p50, x, ns);
        assert_quantile(what, 0.95, cs.p95, cs.se_p95, x, ns);
    }
    sli_model_free(&m);
    sl_result_free(r);
    sl_scenario_free(sc);
    gsl_rng_free(g);
    free(dx);
    free(dc);
}

/* compare_direct_at with 4,000 direct and 40,000 aggregate samples, at
 * P5, P20, ..., P95. */
static void compare_direct(const char *n, const char *types, const char *cargo,
                           const char *fill, size_t threshold, size_t check)
{
    static const double p[] = {0.05, 0.20, 0.35, 0.50, 0.65, 0.80, 0.95};
    const cmp_size z = {4000, 40000, sizeof p / sizeof p[0], p};
    compare_direct_at(n, types, cargo, fill, threshold, check, &z);
}

START_TEST(test_aggregate_matches_direct)
{
    const char *mix = "152mm-round=0.5;122mm-grad=0.3;non-munition=rest";
    /* below the threshold: exact sums; above it: the normal approximation */
    compare_direct("40", NULL, mix, "pert(0.2, 0.3, 1)", 64, 0);
    compare_direct("40", NULL, mix, "pert(0.2, 0.3, 1)", 8, 0);
    compare_direct("300 to 600", NULL, mix, "0.3 to 0.9", 64, 0);
    compare_direct("900", NULL, mix, "uniform(0.05, 1)", 16, 0);
}
END_TEST

/* The pooled cells (the vector normal): several munition cargos in
 * several container types, with skewed fills; per-cargo quantiles and the
 * correlation between cargos (they share the containers) as well as the
 * total. */
START_TEST(test_vector_normal_matches_direct)
{
    const char *types = "iso-20-24t=0.35;iso-40=0.25;iso-20=rest";
    const char *mix = "152mm-shell-mass-equiv=0.45;122mm-round=0.25;"
                      "122mm-grad=0.2;non-munition=rest";
    /* every munition cell pooled */
    compare_direct("3000", types, mix, "pert(0.2, 0.3, 1)", 64, 0);
    compare_direct("2000 to 4000", types, mix, "0.6 to 0.98", 64, 1);
    /* no zero-capacity cell; the count fixed: only the split is random */
    compare_direct("2500", types, "152mm-shell-mass-equiv=0.6;122mm-round=rest",
                   "pert(0.2, 0.3, 1)", 64, 0);
    /* pooled and small cells side by side: of 1500 containers, iso-40's
       122 mm cells (94 and 75 expected, count variance below 100) and
       iso-20-24t's Grad cell (105 x 0.93 = 98) are drawn exactly, the other
       munition cells are pooled */
    compare_direct("1500", types, mix, "pert(0.5, 0.9, 1)", 64, 1);
}
END_TEST

/* Cells of more containers than the exact cut (and at most 64) sum their
 * fills with one draw of the normal corrected for the fill's skewness and
 * kurtosis (docs/method.md 1.2).  With a strongly skewed fill (beta(0.5,
 * 4): skewness 1.79, so the model draws exactly up to 37 containers) and
 * cells of about 48 containers carrying nearly all of the variance, the
 * tails of the total agree with the direct simulation; the plain normal
 * is about 0.19 sd of the total off at P1 and P99 here, several times the
 * tolerance of these sample sizes. */
START_TEST(test_skewed_small_cells_match_direct)
{
    static const double p[] = {0.01, 0.05, 0.50, 0.95, 0.99};
    const cmp_size z = {100000, 400000, sizeof p / sizeof p[0], p};
    sl_scenario *sc = make("48", "iso-20", "152mm-shell-mass-equiv",
                           "beta(0.5, 4)", NULL);
    sli_model m;
    sl_options o;
    sl_options_init(&o);
    ck_assert_int_eq(sli_model_build(&m, sc, &o, NULL, NULL), SL_OK);
    /* the cells below are summed by the corrected normal, not exactly */
    ck_assert_uint_gt(m.fill_exact, 16);
    ck_assert_uint_lt(m.fill_exact, 40);
    /* 2 (b - a) sqrt(a + b + 1) / ((a + b + 2) sqrt(a b)), a = 0.5, b = 4 */
    sl_assert_rel(m.fill_skew, 7 * sqrt(5.5) / (6.5 * sqrt(2.0)), 1e-9);
    sli_model_free(&m);
    sl_scenario_free(sc);
    /* one cell of exactly 48 containers */
    compare_direct_at("48", "iso-20", "152mm-shell-mass-equiv", "beta(0.5, 4)",
                      64, 0, &z);
    /* two cells of one cargo, about 50 each: one normal, cumulants added */
    compare_direct_at("100", "iso-20-24t=0.5;iso-20=rest",
                      "152mm-shell-mass-equiv", "beta(0.5, 4)", 64, 1, &z);
    /* two cargos in one type, about 55 and 45 containers */
    compare_direct_at("100", "iso-20", "152mm-shell-mass-equiv=0.55;"
                      "122mm-round=rest", "beta(0.5, 4)", 64, 0, &z);
}
END_TEST

/* Skewness and excess kurtosis of fill text (on [0, 1]) by the midpoint
 * rule over the exact quantile function, 2^16 points. */
static void shape_by_quadrature(const char *text, double *skew, double *kurt)
{
    const size_t n = 1u << 16;
    double e1 = 0, c2 = 0, c3 = 0, c4 = 0;
    double *q = malloc(n * sizeof *q);
    sl_dist d;
    ck_assert_ptr_nonnull(q);
    ck_assert_int_eq(sl_dist_parse(text, 0.0, 1.0, &d, NULL), SL_OK);
    for (size_t k = 0; k < n; k++) {
        q[k] = sl_dist_quantile(&d, ((double)k + 0.5) / (double)n);
        e1 += q[k] / (double)n;
    }
    for (size_t k = 0; k < n; k++) {
        double x = q[k] - e1;
        c2 += x * x / (double)n;
        c3 += x * x * x / (double)n;
        c4 += x * x * x * x / (double)n;
    }
    *skew = c3 / pow(c2, 1.5);
    *kurt = c4 / (c2 * c2) - 3.0;
    free(q);
}

/* The fill's skewness and kurtosis (what the corrected normal uses) are
 * those of the distribution itself, against a quadrature of its exact
 * quantile function; a discrete or fixed fill has none. */
START_TEST(test_fill_shape)
{
    static const char *fills[] = {"triangular(0.5, 0.9, 1)",
                                  "normal(0.85, 0.15)", "lognormal(-3, 1.5)",
                                  "lognormal(-0.5, 0.6)", "uniform(0.05, 1)"};
    sl_dist d;
    double g1, g2, q1, q2;
    for (size_t i = 0; i < sizeof fills / sizeof fills[0]; i++) {
        ck_assert_int_eq(sl_dist_parse(fills[i], 0.0, 1.0, &d, NULL), SL_OK);
        sli_fill_shape(&d, &g1, &g2);
        shape_by_quadrature(fills[i], &q1, &q2);
        ck_assert_msg(fabs(g1 - q1) < 2e-3 && fabs(g2 - q2) < 1e-2,
                      "%s: skewness %.4f kurtosis %.4f, by quadrature %.4f "
                      "%.4f", fills[i], g1, g2, q1, q2);
    }
    ck_assert_int_eq(sl_dist_parse("choice(0.5: 1, 1: 2)", 0.0, 1.0, &d, NULL),
                     SL_OK);
    sli_fill_shape(&d, &g1, &g2);
    ck_assert(isnan(g1) && isnan(g2));
    ck_assert_int_eq(sl_dist_parse("0.8", 0.0, 1.0, &d, NULL), SL_OK);
    sli_fill_shape(&d, &g1, &g2);
    ck_assert(isnan(g1) && isnan(g2));
}
END_TEST

/* An input is drawn through the quantile table everywhere, also in its
 * outermost intervals: where the quantile function is steep next to a
 * bounded end (a share normal(0.85, 0.15) is truncated at 0, 5.7 sd
 * away), the table's values stay within 0.5 % of the distribution's
 * width (its quantiles at 1/1024 and 1023/1024) of the exact quantiles at
 * every u down to 2^-24 / 1024 = 6e-11 from either end (a straight line
 * from the end through the first interval was off by up to 0.2, 20 % of
 * that width). */
START_TEST(test_table_tails)
{
    static const char *shares[] = {"normal(0.85, 0.15)", "pert(0.02, 0.97, 1)",
                                   "beta(0.5, 4)"};
    for (size_t i = 0; i < sizeof shares / sizeof shares[0]; i++) {
        char spec[96];
        sl_scenario *sc;
        sl_options o;
        sli_model m;
        sli_draw d;
        size_t in = 0;
        snprintf(spec, sizeof spec, "152mm-round=%s;non-munition=rest",
                 shares[i]);
        sc = make("10000", NULL, spec, NULL, NULL);
        sl_options_init(&o);
        ck_assert_int_eq(sli_model_build(&m, sc, &o, NULL, NULL), SL_OK);
        ck_assert_int_eq(sli_draw_alloc(&m, &d), SL_OK);
        while (in < m.ninputs && m.inputs[in].target != SLI_T_CSHARE)
            in++;
        ck_assert_msg(in < m.ninputs && m.inputs[in].table != NULL,
                      "%s: no tabulated share input", shares[i]);
        const sl_dist *dist = &m.inputs[in].dist;
        double width = sl_dist_quantile(dist, 1.0 - 1.0 / SLI_QTABLE) -
                       sl_dist_quantile(dist, 1.0 / SLI_QTABLE);
        /* the refined tail reaches v = 2^-SLI_QTAIL intervals from the end */
        for (double v = 0.999; v >= ldexp(1.0, -SLI_QTAIL); v *= 0.37) {
            double us[2] = {v / SLI_QTABLE, 1.0 - v / SLI_QTABLE};
            for (int side = 0; side < 2; side++) {
                double exact = sl_dist_quantile(dist, us[side]);
                for (size_t k = 0; k < m.ninputs; k++)
                    d.u[k] = 0.5;
                d.u[in] = us[side];
                sli_model_set(&m, d.u, &d);
                ck_assert_msg(fabs(d.cshare[m.inputs[in].a] - exact) <=
                                  5e-3 * width,
                              "%s at u = %.3g: table %.6f, exact %.6f",
                              shares[i], us[side],
                              d.cshare[m.inputs[in].a], exact);
            }
        }
        sli_draw_free(&d);
        sli_model_free(&m);
        sl_scenario_free(sc);
    }
}
END_TEST

/* The per-cargo summaries (found by selection) are what a full sort of the
 * cargo's samples gives, to the last bit. */
START_TEST(test_cargo_summary_exact)
{
    sl_scenario *sc = make("at least 2,500", NULL,
                           "152mm-round=uniform(0.4, 0.7);122mm-grad=0.15;"
                           "non-munition=rest", "pert(0.6, 0.9, 1)", NULL);
    sl_result *r = run(sc, 30011, 8, 1);
    for (size_t c = 0; c < sl_result_cargo_count(r); c++) {
        sl_summary cs;
        double *x = malloc(r->n * sizeof *x);
        const double p[3] = {0.05, 0.5, 0.95};
        const double *got[3] = {&cs.p05, &cs.p50, &cs.p95},
                     *se[3] = {&cs.se_p05, &cs.se_p50, &cs.se_p95};
        ck_assert_int_eq(sl_result_cargo_total(r, c, NULL, &cs), SL_OK);
        if (!r->cargo[c]) {
            /* non-munition: no samples kept, every figure 0 */
            sl_summary zero;
            memset(&zero, 0, sizeof zero);
            ck_assert_int_eq(memcmp(&cs, &zero, sizeof cs), 0);
            free(x);
            continue;
        }
        memcpy(x, r->cargo[c], r->n * sizeof *x);
        gsl_sort(x, 1, r->n);
        ck_assert_double_eq(cs.sample_min, x[0]);
        ck_assert_double_eq(cs.sample_max, x[r->n - 1]);
        for (int k = 0; k < 3; k++) {
            double h = 1.959964 * sqrt(r->n * p[k] * (1 - p[k]));
            /* the interval's ranks counted from 1, read from 0 */
            double lo = floor(r->n * p[k] - h) - 1,
                   hi = ceil(r->n * p[k] + h) - 1;
            ck_assert_double_eq(*got[k], gsl_stats_quantile_from_sorted_data(
                                             x, 1, r->n, p[k]));
            /* the larger of the order-statistic interval's and the batch
             * means' (32 contiguous batches of the samples in order) */
            double os = (x[(size_t)hi] - x[(size_t)lo]) / (2 * 1.959964);
            double bq[32], *y = malloc((r->n / 32 + 1) * sizeof *y), bse;
            for (size_t b = 0; b < 32; b++) {
                size_t from = b * r->n / 32, m = (b + 1) * r->n / 32 - from;
                memcpy(y, r->cargo[c] + from, m * sizeof *y);
                gsl_sort(y, 1, m);
                bq[b] = gsl_stats_quantile_from_sorted_data(y, 1, m, p[k]);
            }
            free(y);
            bse = gsl_stats_sd(bq, 1, 32) / sqrt(32.0);
            if (bse <= os)
                ck_assert_double_eq(*se[k], os);
            else
                ck_assert_double_eq_tol(*se[k], bse, 1e-12 * bse);
        }
        free(x);
    }
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* The nominal capacity of scenario sc's cell (container type t, cargo
 * type c), as sl_capacity_nominal gives it alone; fails the test on an
 * error. */
static sl_capacity cell_nominal(const sl_scenario *sc, size_t t, size_t c)
{
    sl_capacity cap;
    ck_assert_int_eq(
        sl_capacity_nominal(sl_scenario_container_type(sc, t, NULL, NULL),
                            sl_scenario_cargo_type(sc, c, NULL, NULL),
                            sl_scenario_load_rules(sc), &cap, NULL),
        SL_OK);
    return cap;
}

/* Put the one-package cargo "lv-box" in cat: sides uniform over [lo[i],
 * hi[i]] mm, vertical v, stacking limit stack to stack_hi (stack_hi 0:
 * exact), 9.85 kg a package so that geometry binds. */
static void put_box(const double lo[3], const double hi[3], const char *v,
                    int stack, int stack_hi)
{
    sl_cargo g = *sl_catalog_find_cargo(cat, "122mm-round");
    sl_package *p = &g.package[0];
    sl_figure *f[3] = {&p->length, &p->width, &p->height};
    sl_error e;
    strcpy(g.id, "lv-box");
    g.npackages = 1;
    for (int i = 0; i < 3; i++) {
        sl_figure_set(f[i], 0.5 * (lo[i] + hi[i]), SL_CONF_EST, "test");
        ck_assert_int_eq(sl_dist_set_uniform(&f[i]->dist, lo[i], hi[i], 0,
                                             HUGE_VAL, NULL), SL_OK);
    }
    sl_figure_set(&p->gross, 9.85, SL_CONF_EST, "test");
    strcpy(p->vertical, v);
    p->max_stack = stack;
    p->max_stack_hi = stack_hi;
    ck_assert_msg(sl_catalog_put_cargo(cat, &g, &e) == SL_OK, "%s: %s",
                  e.where, e.what);
}

/* One read entry of a cell's geometry table: margin entry j, stacking
 * step s, size entry k, and the margin and size quantiles they stand
 * for. */
typedef struct lv_entry {
    size_t j, s, k;
    double mq, q;
} lv_entry;

/* The entries of cargo c's table that samples and the hard bounds read
 * (model.h): every margin level with every size level at every step, and
 * both ends (least margins with the smallest sizes, most with the
 * largest) at every step; returns how many, written to out (NULL: count
 * only). */
static size_t lv_entries(const sli_model *m, size_t c, lv_entry *out)
{
    size_t n = 0, lv = (size_t)m->levels, nj = m->margin_k > 1
                                                  ? SLI_MARGIN_LEVELS : 1;
    for (size_t s = 0; s < (size_t)m->cargo[c].stack_steps; s++) {
        for (size_t j = 0; j < nj; j++)
            for (size_t k = 0; k < lv; k++, n++)
                if (out)
                    out[n] = (lv_entry){j, s, k,
                                        nj > 1 ? (j + 0.5) / nj : -1.0,
                                        (k + 0.5) / (double)lv};
        for (size_t e = 0; nj > 1 && e < 2; e++, n++)
            if (out)
                out[n] = (lv_entry){SLI_MARGIN_LEVELS + e, s, lv + e,
                                    (double)e, (double)e};
    }
    return n;
}

/* Entry x of cell (t, c). */
static long lv_geo(const sli_model *m, size_t t, size_t c, const lv_entry *x)
{
    return m->geo[(t * m->ncargo + c) * SLI_GEO_STRIDE(m) +
                  x->j * SLI_GEO_MSTRIDE(m) + x->s * SLI_GEO_LEVELS(m) + x->k];
}

/* 1 if entry a has no larger package sizes, no wider margins and no lower
 * stacking step than entry b. */
static int lv_easier(const lv_entry *a, const lv_entry *b)
{
    return a->q <= b->q && a->mq <= b->mq && a->s >= b->s;
}

/* A one-up cargo's table never reads fewer where the packages are no
 * larger, the margins no wider and the stacking step no lower (every
 * cell of cargo c). */
static void assert_levels_monotone(const sli_model *m, size_t c,
                                   const char *what)
{
    size_t n = lv_entries(m, c, NULL);
    lv_entry *x = malloc(n * sizeof *x);
    ck_assert_ptr_nonnull(x);
    lv_entries(m, c, x);
    for (size_t t = 0; t < m->ntypes; t++)
        for (size_t a = 0; a < n; a++)
            for (size_t b = 0; b < n; b++)
                ck_assert_msg(!lv_easier(&x[a], &x[b]) ||
                                  lv_geo(m, t, c, &x[a]) >=
                                      lv_geo(m, t, c, &x[b]),
                              "%s, type %zu: %ld at margins q %g, sizes q "
                              "%g, step %zu; %ld at margins q %g, sizes q "
                              "%g, step %zu", what, t,
                              lv_geo(m, t, c, &x[a]), x[a].mq, x[a].q,
                              x[a].s, lv_geo(m, t, c, &x[b]), x[b].mq,
                              x[b].q, x[b].s);
    free(x);
}

/* A one-up package smaller in every side never reads fewer: 1,311.5-
 * 1,384.3 x 146.7-154.85 x 248.85-262.65 mm, "h", in a 40 ft high cube
 * (found by a search over random packages once the layer search's
 * five-block pruning, which lets a capped search go further, made the
 * property audit's case, 1,268.7-1,408.1 x 212.4-235.7 x 368.85-409.4 mm,
 * monotone).  The packer's layer search gives fewer at some levels than
 * at a larger one (8 of the 29 entries read a larger level's count when
 * this test was written); the table
 * takes the most of the counts each level covers.  Every level entry is
 * the packer's count at itself or at an entry with sizes, margins no
 * smaller and a step no higher (no count is made up), at least its own,
 * and somewhere raised (else the case no longer tests anything: find
 * another with a small search).  The capacity range's least is the
 * corner of the largest packages, widest margins and lowest step. */
START_TEST(test_smaller_level_not_fewer)
{
    const double lo[3] = {1311.5, 146.7, 248.85}, hi[3] = {1384.3, 154.85,
                                                          262.65};
    sl_scenario *sc;
    sli_model m;
    sli_pack_memo memo = {0};
    sl_options o;
    sl_result *r;
    lv_entry x[64];
    size_t n, raised = 0;
    long raw[64];
    double least, found;
    put_box(lo, hi, "h", 0, 0);
    sc = make("1000", "iso-40hc", "lv-box", NULL, NULL);
    sl_options_init(&o);
    o.threads = 1;
    ck_assert_int_eq(sli_model_build(&m, sc, &o, NULL, NULL), SL_OK);
    assert_levels_monotone(&m, 0, "lv-box");
    n = lv_entries(&m, 0, NULL);
    ck_assert_uint_le(n, 64);
    lv_entries(&m, 0, x);
    for (size_t a = 0; a < n; a++) {
        sl_error e;
        ck_assert_int_eq(sli_capacity_geometry_memo(
                             sl_scenario_container_type(sc, 0, NULL, NULL),
                             sl_scenario_cargo_type(sc, 0, NULL, NULL),
                             sl_scenario_load_rules(sc), x[a].q, x[a].mq,
                             (int)x[a].s, &memo, &raw[a], &e),
                         SL_OK);
    }
    for (size_t a = 0; a < n; a++) {
        long got = lv_geo(&m, 0, 0, &x[a]);
        int from = 0;
        ck_assert_int_ge(got, raw[a]);
        raised += got > raw[a];
        if (x[a].k >= (size_t)m.levels)
            continue; /* an end: the monotone check covers it */
        for (size_t b = 0; b < n; b++)
            from |= lv_easier(&x[a], &x[b]) && got == raw[b];
        ck_assert_msg(from, "%ld at margins q %g, sizes q %g: no count it "
                      "covers", got, x[a].mq, x[a].q);
    }
    ck_assert_uint_gt(raised, 0);
    r = run(sc, 2000, 7, 1);
    ck_assert_int_eq(sl_result_capacity_range(r, 0, &least, NULL), SL_OK);
    ck_assert_int_eq(sl_result_capacity_found(r, 0, &found), SL_OK);
    ck_assert_double_eq(least, (double)lv_geo(&m, 0, 0, &x[n - 1]));
    ck_assert_double_eq(found, (double)lv_geo(&m, 0, 0, &x[n - 2]));
    sl_result_free(r);
    sli_pack_memo_free(&memo);
    sli_model_free(&m);
    sl_scenario_free(sc);
}
END_TEST

/* A package that may be turned: 1,209.6-1,275.65 x 462.3-487.55 x
 * 185.35-195.45 mm, "lh", at most 5 high, in a 40 ft container with the
 * nominal margins.  When this test was written the packer put 448 at size
 * level 6 of 9 (1,260 x 485 x 195 mm, grains of 5) but 429 at level 5
 * (1,250 x 480 x 195): its 3D recursion runs only when its cost fits in
 * 2/5 of the effort, and the smaller box has 801 raster positions along
 * the length against 298 (cost 9.4 x 10^8 against 1.4 x 10^8).  The table
 * takes larger levels' layouts shrunk (lib/model.c, raise_shrunk): every
 * level reads at least each larger level's layout shrunk to its size and
 * validated (sli_capacity_geometry_shrunk; level 5 then reads 896), and
 * each entry is its own count or such a layout. */
START_TEST(test_turned_smaller_level_not_fewer)
{
    const double lo[3] = {1209.6, 462.3, 185.35}, hi[3] = {1275.65, 487.55,
                                                          195.45};
    sl_scenario *sc;
    sl_load_rules rules;
    sli_model m;
    sl_options o;
    sl_error e;
    sli_pack_memo memo = {0};
    long raw[9], got[9];
    int raised = 0;
    put_box(lo, hi, "lh", 5, 0);
    sc = make("1000", "iso-40", "lv-box", NULL, NULL);
    sl_load_rules_init(&rules);
    sl_load_rules_fix(&rules);
    ck_assert_int_eq(sl_scenario_set_load_rules(sc, &rules, &e), SL_OK);
    sl_options_init(&o);
    o.threads = 1;
    ck_assert_int_eq(sli_model_build(&m, sc, &o, NULL, NULL), SL_OK);
    ck_assert_int_eq(m.levels, 9);
    for (size_t k = 0; k < 9; k++) {
        lv_entry x = {0, 0, k, -1.0, (k + 0.5) / 9};
        got[k] = lv_geo(&m, 0, 0, &x);
        ck_assert_int_eq(sli_capacity_geometry_memo(
                             sl_scenario_container_type(sc, 0, NULL, NULL),
                             sl_scenario_cargo_type(sc, 0, NULL, NULL),
                             &rules, x.q, -1.0, 0, NULL, &raw[k], &e),
                         SL_OK);
        ck_assert_int_ge(got[k], raw[k]);
    }
    for (size_t k = 0; k < 9; k++) {
        int from = got[k] == raw[k];
        raised += !from;
        for (size_t b = k + 1; b < 9; b++) {
            long u;
            ck_assert_int_eq(sli_capacity_geometry_shrunk(
                                 sl_scenario_container_type(sc, 0, NULL,
                                                            NULL),
                                 sl_scenario_cargo_type(sc, 0, NULL, NULL),
                                 &rules, (b + 0.5) / 9, -1.0, 0,
                                 (k + 0.5) / 9, -1.0, 0, &memo, &u, &e),
                             SL_OK);
            ck_assert_int_le(u, raw[b]);
            ck_assert_msg(got[k] >= u, "size level %zu reads %ld, fewer "
                          "than level %zu's layout shrunk (%ld)", k,
                          got[k], b, u);
            from |= u == got[k];
        }
        ck_assert_msg(from, "size level %zu reads %ld: neither its own "
                      "count nor a larger level's layout shrunk", k,
                      got[k]);
    }
    ck_assert_int_gt(raised, 0); /* else the case tests nothing */
    ck_assert_uint_eq(memo.n, 8); /* each level's layout packed once */
    sli_pack_memo_free(&memo);
    sli_model_free(&m);
    sl_scenario_free(sc);
}
END_TEST

/* The layer search's five-block pruning (B2, B3 and the area bound of
 * what B1, B4 and B5 cover cannot win: no y2 is tried) saves effort that
 * a capped search spends further on: the nominal 410.125 x 468.85 x
 * 267.4 mm package, "h", in a 20 ft container packs 1,040 where it packed
 * 1,024 when the pruning ran for the floor plans only, and its nominal
 * entry needs no raising from a larger level. */
START_TEST(test_layer_pruning_goes_further)
{
    const double lo[3] = {399.15, 456.3, 260.25}, hi[3] = {421.1, 481.4,
                                                          274.55};
    sl_scenario *sc;
    sl_capacity own;
    put_box(lo, hi, "h", 0, 0);
    sc = make("1000", "iso-20", "lv-box", NULL, NULL);
    own = cell_nominal(sc, 0, 0);
    ck_assert_int_ge(own.by_geometry, 1040);
    sl_scenario_free(sc);
}
END_TEST

/* The capacity table reads the model's nominal entry, raised like every
 * entry: 324.7-360.3 x 277.25-307.65 x 315.5-350.1 mm, "h", in a 40 ft
 * high cube packs fewer on its own at its nominal size (3,668 when this
 * test was written, sl_capacity_nominal) than at a larger level (3,682),
 * and the row gives the most (the case before, 399.15-421.1 x 456.3-481.4
 * x 260.25-274.55 mm in a 20 ft container, read 1,024 against 1,040 until
 * the layer search's five-block pruning found 1,040 at its nominal size).
 * Weight and payload are untouched, and the count is the lesser limit. */
START_TEST(test_capacity_row_covered)
{
    const double lo[3] = {324.7, 277.25, 315.5}, hi[3] = {360.3, 307.65,
                                                        350.1};
    sl_scenario *sc;
    sl_result *r;
    sli_model m;
    sl_options o;
    sl_capacity own;
    const sl_capacity *row;
    put_box(lo, hi, "h", 0, 0);
    sc = make("1000", "iso-40hc", "lv-box", NULL, NULL);
    sl_options_init(&o);
    o.threads = 1;
    ck_assert_int_eq(sli_model_build(&m, sc, &o, NULL, NULL), SL_OK);
    r = run(sc, 2000, 7, 1);
    row = sl_result_capacity(r, 0);
    own = cell_nominal(sc, 0, 0);
    ck_assert_int_eq(row->by_geometry,
                     m.geo[(size_t)m.margin_nominal * SLI_GEO_MSTRIDE(&m) +
                           SLI_GEO_NOMINAL(&m)]);
    ck_assert_int_gt(row->by_geometry, own.by_geometry);
    ck_assert_int_eq(row->by_weight, own.by_weight);
    ck_assert_double_eq(row->payload, own.payload);
    ck_assert_int_eq(row->count, row->by_weight < row->by_geometry
                                     ? row->by_weight
                                     : row->by_geometry);
    ck_assert_str_eq(sl_binding_name(row->binding), "geometry");
    sl_result_free(r);
    sli_model_free(&m);
    sl_scenario_free(sc);
}
END_TEST

/* Property: over random one-up cargos (fixed seed; sides 150-1,300 mm,
 * ranges 2-12 % wide, some with an uncertain stacking limit) in the three
 * standard containers, and the built-in two-kind 152 mm round, no table
 * entry a sample or bound reads is below one with larger packages, wider
 * margins or a lower stacking step. */
START_TEST(test_levels_monotone_random)
{
    static const char *const types[] = {"iso-20", "iso-40", "iso-40hc"};
    gsl_rng *g = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(g, 2385);
    for (int it = 0; it <= 16; it++) {
        sl_scenario *sc;
        sli_model m;
        sl_options o;
        char what[160];
        const char *type = types[gsl_rng_uniform_int(g, 3)];
        double lo[3] = {300 + 1000 * gsl_rng_uniform(g),
                        150 + 450 * gsl_rng_uniform(g),
                        100 + 400 * gsl_rng_uniform(g)}, hi[3];
        double rel = 0.02 + 0.1 * gsl_rng_uniform(g);
        int stack = it % 3 ? 0 : 2 + (int)gsl_rng_uniform_int(g, 3);
        for (int i = 0; i < 3; i++) {
            lo[i] = round(lo[i] * 20) / 20;
            hi[i] = round(lo[i] * (1 + rel) * 20) / 20;
        }
        put_box(lo, hi, "h", stack, stack ? stack + 2 : 0);
        sc = it < 16 ? make("1000", type, "lv-box", NULL, NULL)
                     : make("1000", "iso-20", "152mm-round", NULL, NULL);
        snprintf(what, sizeof what, "%s: %g-%g x %g-%g x %g-%g, stack %d",
                 it < 16 ? type : "iso-20 152mm-round", lo[0], hi[0], lo[1],
                 hi[1], lo[2], hi[2], stack);
        sl_options_init(&o);
        o.threads = 1;
        ck_assert_int_eq(sli_model_build(&m, sc, &o, NULL, NULL), SL_OK);
        assert_levels_monotone(&m, 0, what);
        sli_model_free(&m);
        sl_scenario_free(sc);
    }
    gsl_rng_free(g);
}
END_TEST

/* The result's capacity table (from the model's tabulated geometry, its
 * packer runs shared through the memo) is what sl_capacity_nominal gives
 * for every cell. */
START_TEST(test_capacity_table_nominal)
{
    sl_scenario *sc = make("1000", "iso-20-24t=0.5;iso-20=0.3;iso-40=rest",
                           "152mm-round=0.4;122mm-grad=0.2;"
                           "152mm-shell-mass-equiv=0.1;non-munition=rest",
                           NULL, NULL);
    sl_result *r = run(sc, 100, 1, 1);
    size_t nt = sl_scenario_container_type_count(sc),
           nc = sl_scenario_cargo_type_count(sc);
    ck_assert_uint_eq(sl_result_capacity_count(r), nt * nc);
    for (size_t t = 0; t < nt; t++)
        for (size_t c = 0; c < nc; c++) {
            sl_capacity want = cell_nominal(sc, t, c);
            const sl_capacity *got = sl_result_capacity(r, t * nc + c);
            ck_assert_str_eq(got->container, want.container);
            ck_assert_str_eq(got->cargo, want.cargo);
            ck_assert_int_eq(got->by_geometry, want.by_geometry);
            ck_assert_int_eq(got->by_weight, want.by_weight);
            ck_assert_int_eq(got->count, want.count);
            ck_assert_int_eq(got->binding, want.binding);
            ck_assert_double_eq(got->payload, want.payload);
        }
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* The index of the only uncertain input is close to 1. */
START_TEST(test_sensitivity_single_input)
{
    sl_scenario *sc = make("8000 to 12000", "iso-20-24t",
                           "152mm-shell-mass-equiv", NULL, NULL);
    sl_result *r = run(sc, 50000, 2, 1);
    const sl_sensitivity *s;
    ck_assert_uint_ge(sl_result_sensitivity_count(r), 1);
    s = sl_result_sensitivity(r, 0);
    ck_assert_str_eq(s->input, "containers");
    ck_assert_msg(s->index > 0.9, "index %.3f", s->index);
    ck_assert_msg(s->rank_corr > 0.95, "rank corr %.3f", s->rank_corr);
    ck_assert_ptr_null(sl_result_sensitivity_note(r));
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* Make cat a copy of itself with "fixed-tare": iso-20-24t with a tare
 * that is one figure (no uncertainty); returns the catalog to put back. */
static sl_catalog *with_fixed_tare(void)
{
    sl_catalog *keep = cat;
    sl_container box = *sl_catalog_find_container(cat, "iso-20-24t");
    sl_error e;
    sl_error_clear(&e);
    strcpy(box.id, "fixed-tare");
    sl_figure_set(&box.tare, 2261.5, SL_CONF_V2, "test");
    ck_assert_int_eq(sl_catalog_copy(keep, &cat, &e), SL_OK);
    ck_assert_int_eq(sl_catalog_put_container(cat, &box, &e), SL_OK);
    return keep;
}

/* The index is unbiased at small sample counts.  One input, the share s
 * of containers that carry bare shells (uniform on [lo, hi], the rest
 * non-munition), N containers of a fixed-tare type, every container full:
 * the total is cap M with M ~ Bin(N, s), so Var(E[Y | s]) = cap^2 N^2
 * Var(s) and E[Var(Y | s)] = cap^2 N E[s (1 - s)].  s is linear in its
 * uniform, so the B equiprobable bins keep (1 - 1 / B^2) of the first:
 * the index converges to that share of Var(Y).  Over 400 seeds at 320
 * samples (10 per bin) the mean index must lie within 4 standard errors
 * of it (the standard error from the indices' own spread).  The estimate
 * took the variance of the whole total off the bin means' instead of the
 * variance within the bins: 0.840 for 0.930 and 0.450 for 0.500. */
static void sensitivity_unbiased(const char *n, double lo, double hi)
{
    enum { SEEDS = 400 };
    double idx[SEEDS], vs = (hi - lo) * (hi - lo) / 12.0;
    double es = 0.5 * (lo + hi), nn = atof(n), between, within, want, mean,
           se;
    char cargo[128];
    snprintf(cargo, sizeof cargo, "152mm-shell-mass-equiv=uniform(%g, %g);"
             "non-munition=rest", lo, hi);
    sl_scenario *sc = make(n, "fixed-tare", cargo, NULL, NULL);
    for (int k = 0; k < SEEDS; k++) {
        sl_result *r = run(sc, 320, (uint64_t)k + 1, 1);
        ck_assert_uint_eq(sl_result_sensitivity_count(r), 1);
        ck_assert_str_eq(sl_result_sensitivity(r, 0)->input,
                         "share:152mm-shell-mass-equiv");
        idx[k] = sl_result_sensitivity(r, 0)->index;
        sl_result_free(r);
    }
    between = nn * nn * vs;
    within = nn * (es - (vs + es * es));
    want = (1.0 - 1.0 / (SLI_SENS_BINS * SLI_SENS_BINS)) * between /
           (between + within);
    mean = gsl_stats_mean(idx, 1, SEEDS);
    se = gsl_stats_sd(idx, 1, SEEDS) / sqrt((double)SEEDS);
    ck_assert_msg(fabs(mean - want) <= 4.0 * se, "%s containers, share "
                  "uniform(%g, %g): mean index %.4f over %d seeds at 320 "
                  "samples, want %.4f (standard error %.4f)", n, lo, hi, mean,
                  SEEDS, want, se);
    sl_scenario_free(sc);
}

START_TEST(test_sensitivity_unbiased)
{
    sl_catalog *keep = with_fixed_tare();
    sensitivity_unbiased("1000", 0.4, 0.6);   /* index 0.930 */
    sensitivity_unbiased("300", 0.45, 0.55);  /* 0.500 */
    sl_catalog_free(cat);
    cat = keep;
}
END_TEST

/* A total that is the same in every sample has no sensitivity rows (a
 * table of shares of a variance of 0 read "interactions 100 %"): only
 * non-munition cargo, and boxes that fit nowhere (margins wider than the
 * container), each with uncertain inputs (tares, sizes, shares). */
START_TEST(test_sensitivity_constant_total)
{
    static const char *const cargo[2] = {"non-munition",
                                         "152mm-round=0.385;122mm-grad=rest"};
    for (int k = 0; k < 2; k++) {
        sl_scenario *sc = make("8000 to 12000", NULL, cargo[k], NULL, NULL);
        sl_load_rules rules = *sl_scenario_load_rules(sc);
        sl_summary s;
        sl_result *r;
        const char *note;
        if (k == 1) {
            rules.margin_width = 2400;
            rules.margin_width_range[0] = 2390;
            rules.margin_width_range[1] = 2410;
            ck_assert_int_eq(sl_scenario_set_load_rules(sc, &rules, NULL),
                             SL_OK);
        }
        r = run(sc, 3000, 5, 1);
        sl_result_total(r, &s);
        ck_assert(s.sample_min == 0 && s.sample_max == 0);
        ck_assert_uint_eq(sl_result_sensitivity_count(r), 0);
        ck_assert_ptr_null(sl_result_sensitivity(r, 0));
        note = sl_result_sensitivity_note(r);
        ck_assert_ptr_nonnull(note);
        ck_assert_msg(strstr(note, "does not vary"), "%s", note);
        sl_result_free(r);
        sl_scenario_free(sc);
    }
}
END_TEST

/* Below 10 samples per bin (320) there are no rows: with 2 samples the
 * table read 0 % for every input and rank correlations of +-1; at 320
 * the rows are back. */
START_TEST(test_sensitivity_too_few_samples)
{
    sl_scenario *sc = make("8000 to 12000", "iso-20-24t",
                           "152mm-shell-mass-equiv", NULL, NULL);
    static const size_t n[3] = {2, 319, 320};
    for (int k = 0; k < 3; k++) {
        sl_result *r = run(sc, n[k], 3, 1);
        const char *note = sl_result_sensitivity_note(r);
        if (k < 2) {
            ck_assert_uint_eq(sl_result_sensitivity_count(r), 0);
            ck_assert_msg(note && strstr(note, "too few samples (fewer than "
                                               "320)"), "%s", note);
        } else {
            ck_assert_uint_gt(sl_result_sensitivity_count(r), 0);
            ck_assert_str_eq(sl_result_sensitivity(r, 0)->input, "containers");
            ck_assert_ptr_null(note);
        }
        sl_result_free(r);
    }
    sl_scenario_free(sc);
}
END_TEST

/* With no uncertain shared input the list is empty too, and the note says
 * why: a fixed-tare container of bare shells, a fixed count; with a fixed
 * fill the total does not vary at all, with an uncertain one it varies
 * from container to container only. */
START_TEST(test_sensitivity_no_shared_input)
{
    sl_catalog *keep = with_fixed_tare();
    /* k = 2: beside a cargo whose share is 0 and whose figures are
       uncertain (package masses, sizes, stacking): they cannot move the
       total, so they have no rows either (they had, with noise shares) */
    for (int k = 0; k < 3; k++) {
        sl_scenario *sc = make("2385", "fixed-tare",
                               k == 2 ? "152mm-round=0;"
                                        "152mm-shell-mass-equiv=rest"
                                      : "152mm-shell-mass-equiv",
                               k ? "0.6 to 0.95" : NULL, NULL);
        sl_result *r = run(sc, 3000, 5, 1);
        sl_summary s;
        const char *note = sl_result_sensitivity_note(r);
        sl_result_total(r, &s);
        ck_assert_uint_eq(sl_result_sensitivity_count(r), 0);
        ck_assert_ptr_nonnull(note);
        if (k == 0) {
            ck_assert_double_eq(s.sample_min, 2385.0 * 470);
            ck_assert_double_eq(s.sample_max, 2385.0 * 470);
            ck_assert_msg(strstr(note, "does not vary"), "%s", note);
        } else if (k == 1) {
            ck_assert(s.sample_max > s.sample_min);
            ck_assert_msg(strstr(note, "no shared input is uncertain"), "%s",
                          note);
        } else {
            ck_assert(s.sample_max > s.sample_min);
            ck_assert_msg(strstr(note, "no uncertain input can move the "
                                       "total"), "%s", note);
        }
        sl_result_free(r);
        sl_scenario_free(sc);
    }
    sl_catalog_free(cat);
    cat = keep;
    ck_assert_ptr_null(sl_result_sensitivity_note(NULL));
}
END_TEST

/* In a mix, the share of the dominant cargo ranks above a minor input. */
START_TEST(test_sensitivity_ranks_shares)
{
    /* a cargo whose share is 0 has no rows, the other its own */
    {
        sl_scenario *z = make("10000", NULL, "152mm-round=0;122mm-grad=rest",
                              NULL, NULL);
        sl_result *rz = run(z, 2000, 4, 1);
        size_t grad = 0;
        ck_assert_uint_gt(sl_result_sensitivity_count(rz), 2);
        for (size_t k = 0; k < sl_result_sensitivity_count(rz); k++) {
            const char *in = sl_result_sensitivity(rz, k)->input;
            ck_assert_msg(strncmp(in, "152mm-round.", 12) != 0, "%s", in);
            grad += strncmp(in, "122mm-grad.", 11) == 0;
        }
        ck_assert_uint_ge(grad, 2);
        sl_result_free(rz);
        sl_scenario_free(z);
    }
    sl_scenario *sc = make("10000", "iso-20-24t",
                           "152mm-shell-mass-equiv=uniform(0.1, 0.9);"
                           "non-munition=rest", NULL, NULL);
    sl_result *r = run(sc, 50000, 4, 2);
    const sl_sensitivity *s = sl_result_sensitivity(r, 0);
    ck_assert_str_eq(s->input, "share:152mm-shell-mass-equiv");
    ck_assert(s->index > 0.8);
    ck_assert(s->rank_corr > 0.9);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* Adaptive mode stops once P5, P50 and P95 are precise enough. */
START_TEST(test_adaptive_precision)
{
    sl_scenario *sc = make("8000 to 12000", NULL, "152mm-round", "0.5 to 0.95", NULL);
    sl_options o;
    sl_result *r = NULL;
    sl_summary s;
    sl_options_init(&o);
    o.samples = 1000;
    o.rel_precision = 0.002;
    o.max_samples = 2000000;
    ck_assert_int_eq(sl_estimate(sc, &o, &r, NULL), SL_OK);
    sl_result_total(r, &s);
    ck_assert_uint_gt(sl_result_samples_count(r), 1000);
    ck_assert(s.se_p05 <= 0.002 * s.p05 && s.se_p50 <= 0.002 * s.p50 &&
              s.se_p95 <= 0.002 * s.p95);
    ck_assert_int_eq(sl_result_precision_reached(r), 1);
    sl_result_free(r);
    /* stopped at its cap short of the target: 0; not adaptive: -1 */
    o.rel_precision = 1e-6;
    o.max_samples = 2000;
    ck_assert_int_eq(sl_estimate(sc, &o, &r, NULL), SL_OK);
    ck_assert_uint_eq(sl_result_samples_count(r), 2000);
    ck_assert_int_eq(sl_result_precision_reached(r), 0);
    sl_result_free(r);
    o.rel_precision = 0;
    ck_assert_int_eq(sl_estimate(sc, &o, &r, NULL), SL_OK);
    ck_assert_int_eq(sl_result_precision_reached(r), -1);
    sl_result_free(r);
    ck_assert_int_eq(sl_result_precision_reached(NULL), -1);
    sl_scenario_free(sc);
}
END_TEST

/* Adaptive mode also adds samples until a claim's verdict is settled: a
 * claim that about 4.5 % of samples reach is unsettled at 1,000 samples
 * (the interval of the share contains 5 %) although P5, P50 and P95 are
 * already precise enough; a claim at the median is not. */
START_TEST(test_adaptive_settles_claim)
{
    sl_scenario *sc = make("10000", "iso-20-24t", "152mm-shell-mass-equiv",
                           "pert(0.7, 0.95, 1)", NULL);
    sl_result *r = run(sc, 200000, 77, 0), *r0;
    sl_options o;
    sl_claim_check cc;
    double x, med, se;
    char claim[64];
    ck_assert_int_eq(sl_result_quantile(r, 0.955, &x, &se), SL_OK);
    ck_assert_int_eq(sl_result_quantile(r, 0.5, &med, &se), SL_OK);
    sl_result_free(r);
    sl_options_init(&o);
    o.samples = 1000;
    o.rel_precision = 0.05; /* met at 1,000 samples */
    o.max_samples = 256000;
    o.seed = 5;
    snprintf(claim, sizeof claim, "up to %.0f", floor(x));
    ck_assert_int_eq(sl_scenario_set_claim(sc, claim, NULL, NULL, NULL), SL_OK);
    /* fixed 1,000 samples: unsettled */
    r0 = run(sc, 1000, 5, 0);
    ck_assert_int_eq(sl_result_claim(r0, &cc), SL_OK);
    ck_assert_msg(cc.unsettled == 1, "x %.0f: %g [%g, %g], verdict %d", x,
                  cc.p_at_least, cc.p_at_least_ci[0], cc.p_at_least_ci[1],
                  cc.verdict);
    sl_result_free(r0);
    /* adaptive: more samples, until it is settled */
    ck_assert_int_eq(sl_estimate(sc, &o, &r, NULL), SL_OK);
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_OK);
    ck_assert_uint_gt(sl_result_samples_count(r), 1000);
    ck_assert_uint_lt(sl_result_samples_count(r), o.max_samples);
    ck_assert_int_eq(cc.unsettled, 0);
    ck_assert_int_eq(sl_result_precision_reached(r), 1);
    ck_assert_int_eq(cc.verdict, SL_VERDICT_IMPLAUSIBLE);
    ck_assert(cc.p_at_least_ci[1] < 0.05);
    sl_result_free(r);
    /* a claim at the median needs no more than the quantiles do */
    snprintf(claim, sizeof claim, "up to %.0f", floor(med));
    ck_assert_int_eq(sl_scenario_set_claim(sc, claim, NULL, NULL, NULL), SL_OK);
    ck_assert_int_eq(sl_estimate(sc, &o, &r, NULL), SL_OK);
    ck_assert_uint_eq(sl_result_samples_count(r), 1000);
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

/* What a progress callback saw: its values, and the share at which it
 * cancels (above 1: never). */
typedef struct seen {
    double v[4096];
    size_t n;
    double cancel_at;
} seen;

static int record(double done, void *user)
{
    seen *s = user;
    if (s->n < sizeof s->v / sizeof s->v[0])
        s->v[s->n++] = done;
    return done >= s->cancel_at;
}

/* Run with the callback; its status. */
static sl_status run_seen(const sl_scenario *sc, size_t samples, int threads,
                          double rel, seen *s)
{
    sl_options o;
    sl_result *r = NULL;
    sl_error e;
    sl_status st;
    sl_error_clear(&e);
    sl_options_init(&o);
    o.samples = samples;
    o.threads = threads;
    o.sensitivity = 0;
    if (rel > 0) {
        o.rel_precision = rel;
        o.max_samples = 64 * samples;
    }
    o.progress = record;
    o.progress_user = s;
    st = sl_estimate(sc, &o, &r, &e);
    ck_assert(st == SL_OK ? r != NULL : r == NULL);
    if (st == SL_ESTATE)
        ck_assert_str_eq(e.where, "progress");
    sl_result_free(r);
    return st;
}

/* The progress callback: from the calling thread as each block ends in
 * any thread, never decreasing, last with 1.  With two threads it ended
 * at 0.68 to 0.84 (only the first thread's blocks were reported, so the
 * tail could not be cancelled either), and in adaptive mode it went 1 1 1
 * 0.5 0.333 ... (each round from 0 to 1). */
START_TEST(test_progress)
{
    sl_scenario *sc = make("10,000", "iso-20-24t", "152mm-round", NULL,
                           "up to 2.7 million");
    static seen s;
    for (int threads = 1; threads <= 2; threads++) {
        for (int adaptive = 0; adaptive <= 1; adaptive++) {
            memset(&s, 0, sizeof s);
            s.cancel_at = 2.0;
            ck_assert_int_eq(run_seen(sc, 40 * 4096, threads,
                                      adaptive ? 1e-4 : 0, &s), SL_OK);
            ck_assert_uint_ge(s.n, (adaptive ? 2 : 40 / threads));
            for (size_t i = 0; i < s.n; i++) {
                ck_assert(s.v[i] >= 0.0 && s.v[i] <= 1.0);
                if (i > 0)
                    ck_assert_msg(s.v[i] >= s.v[i - 1], "threads %d: %g "
                                  "after %g", threads, s.v[i], s.v[i - 1]);
            }
            ck_assert(s.v[s.n - 1] == 1.0);
            for (size_t i = 0; i + 1 < s.n; i++) /* 1 is said once */
                ck_assert_msg(s.v[i] < 1.0, "threads %d%s: 1 at call %zu of "
                              "%zu", threads, adaptive ? ", adaptive" : "",
                              i + 1, s.n);
        }
        /* a cancel half-way stops the run: no result, SL_ESTATE */
        memset(&s, 0, sizeof s);
        s.cancel_at = 0.5;
        ck_assert_int_eq(run_seen(sc, 40 * 4096, threads, 0, &s), SL_ESTATE);
        ck_assert(s.v[s.n - 1] >= 0.5 && s.v[s.n - 1] < 1.0);
        /* and at the last call, 1, too */
        memset(&s, 0, sizeof s);
        s.cancel_at = 1.0;
        ck_assert_int_eq(run_seen(sc, 40 * 4096, threads, 0, &s), SL_ESTATE);
    }
    sl_scenario_free(sc);
}
END_TEST

/* The blocks of a run have distinct generator states: GSL seeds mt19937
 * given 0 as if given 4357, so a run whose block seeds passed 2^32 - 1 to 0
 * and reached 4357 repeated a block (seed 101466007 with 18,096,128
 * samples: blocks 60 and 4417, 4,096 of 4,096 totals the same). */
START_TEST(test_block_seeds_distinct)
{
    enum { NB = 5000 };
    static unsigned long eff[NB];
    uint32_t base = 0xFFFFFFFFu - 59u; /* block 60 is offset to 0 */
    for (size_t b = 0; b < NB; b++) {
        unsigned long s = sli_block_seed_from(base, b);
        eff[b] = s == 0 ? 4357 : s; /* the state GSL gives it */
    }
    for (size_t i = 0; i < NB; i++)
        for (size_t j = i + 1; j < NB; j++)
            ck_assert_msg(eff[i] != eff[j], "blocks %zu and %zu share seed "
                          "%lu", i, j, eff[i]);
    /* away from the wrap, seeds are the base plus the block */
    ck_assert_uint_eq(sli_block_seed_from(1000u, 7), 1007u);
}
END_TEST

START_TEST(test_errors)
{
    sl_scenario *sc = NULL;
    sl_result *r = (sl_result *)1;
    sl_options o;
    sl_error e;
    sl_error_clear(&e);
    ck_assert_int_eq(sl_scenario_alloc(cat, &sc, NULL), SL_OK);
    /* no container count */
    ck_assert_int_eq(sl_estimate(sc, NULL, &r, &e), SL_ESTATE);
    ck_assert_ptr_null(r);
    ck_assert_str_eq(e.where, "containers");
    ck_assert_int_eq(sl_scenario_set_containers(sc, "100", NULL), SL_OK);
    sl_options_init(&o);
    o.samples = 0;
    ck_assert_int_eq(sl_estimate(sc, &o, &r, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "samples");
    sl_options_init(&o);
    o.threads = -2;
    ck_assert_int_eq(sl_estimate(sc, &o, &r, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "threads");
    sl_options_init(&o);
    o.rel_precision = NAN;
    ck_assert_int_eq(sl_estimate(sc, &o, &r, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "rel_precision");
    ck_assert_int_eq(sl_estimate(NULL, NULL, &r, &e), SL_EINVAL);
    ck_assert_int_eq(sl_estimate(sc, NULL, NULL, &e), SL_EINVAL);
    /* quantiles at the ends of [0, 1], and outside it */
    {
        sl_result *q = NULL;
        sl_summary sm;
        double v, se;
        sl_options_init(&o);
        o.samples = 300;
        ck_assert_int_eq(sl_estimate(sc, &o, &q, &e), SL_OK);
        sl_result_total(q, &sm);
        ck_assert_int_eq(sl_result_quantile(q, 1.0, &v, &se), SL_OK);
        ck_assert_double_eq(v, sm.sample_max);
        ck_assert_int_eq(sl_result_quantile(q, 0.0, &v, &se), SL_OK);
        ck_assert_double_eq(v, sm.sample_min);
        ck_assert_int_eq(sl_result_quantile(q, 1.5, &v, &se), SL_EINVAL);
        ck_assert_int_eq(sl_result_quantile(q, NAN, &v, &se), SL_EINVAL);
        sl_result_free(q);
    }
    /* accessors accept NULL */
    ck_assert_uint_eq(sl_result_samples_count(NULL), 0);
    ck_assert_int_eq(sl_result_total(NULL, NULL), SL_EINVAL);
    ck_assert(isnan(sl_result_cdf(NULL, 1)));
    sl_result_free(NULL);
    sl_scenario_free(sc);
}
END_TEST

/* A claim-less scenario has no claim check. */
START_TEST(test_no_claim)
{
    sl_scenario *sc = make("100", "iso-40", "122mm-round", NULL, NULL);
    sl_result *r = run(sc, 1000, 1, 1);
    sl_claim_check cc;
    ck_assert_int_eq(sl_result_claim(r, &cc), SL_ESTATE);
    ck_assert_str_eq(sl_verdict_name(SL_VERDICT_TOO_LOW), "too low");
    sl_result_free(r);
    sl_scenario_free(sc);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("estimate");
    TCase *pub = tcase_create("published");
    TCase *eng = tcase_create("engine");
    tcase_add_checked_fixture(pub, setup, teardown);
    tcase_add_checked_fixture(eng, setup, teardown);
    tcase_set_timeout(eng, 300);
    tcase_add_test(pub, test_row_c_south_korean_conversion);
    tcase_add_test(pub, test_stack_range_is_an_input);
    tcase_add_test(pub, test_load_rules_are_inputs);
    tcase_add_test(pub, test_claim_margin_lever);
    tcase_add_test(pub, test_capacity_range);
    tcase_add_test(pub, test_hard_max_is_proven);
    tcase_add_test(pub, test_mix_shares_near_one);
    tcase_add_test(pub, test_absurd_claim_text);
    tcase_add_test(pub, test_unbounded_count_zero_cargo);
    tcase_add_test(pub, test_cargo_bounds_fixed_shares);
    tcase_add_test(pub, test_samples_keep_inputs_across_counts);
    tcase_add_test(pub, test_count_at_least_one);
    tcase_add_test(pub, test_claim_text_whole_sentences);
    tcase_add_test(pub, test_claim_text_fit);
    tcase_add_test(pub, test_needs_more_below_max_text);
    tcase_add_test(pub, test_nothing_fits_text);
    tcase_add_test(pub, test_mix_maximum);
    tcase_add_test(pub, test_mix_many_types);
    tcase_add_test(pub, test_unbounded_count_text);
    tcase_add_test(pub, test_claim_stacking_lever);
    tcase_add_test(pub, test_row_a_june_2024);
    tcase_add_test(pub, test_row_b_shells);
    tcase_add_test(pub, test_exact_count_no_allowance);
    tcase_add_test(pub, test_at_most_claim);
    tcase_add_test(pub, test_about_count_allowance);
    tcase_add_test(pub, test_claim_share_interval);
    tcase_add_test(pub, test_impossible_at_zero_text);
    tcase_add_test(pub, test_about_count_at_most);
    tcase_add_test(pub, test_about_count_too_low);
    tcase_add_test(pub, test_at_most_count);
    tcase_add_test(pub, test_requirements_weight_bound);
    tcase_add_test(pub, test_requirements_at_the_geometry_cap);
    tcase_add_test(pub, test_complete_rounds_impossible);
    tcase_add_test(pub, test_grad_bound_by_geometry);
    tcase_add_test(eng, test_threads_do_not_change_results);
    tcase_add_test(eng, test_samples_inside_hard_bounds);
    tcase_add_test(eng, test_fractional_count_rounded);
    tcase_add_test(eng, test_aggregate_matches_direct);
    tcase_add_test(eng, test_vector_normal_matches_direct);
    tcase_add_test(eng, test_skewed_small_cells_match_direct);
    tcase_add_test(eng, test_fill_shape);
    tcase_add_test(eng, test_table_tails);
    tcase_add_test(eng, test_cargo_summary_exact);
    tcase_add_test(eng, test_capacity_table_nominal);
    tcase_add_test(eng, test_smaller_level_not_fewer);
    tcase_add_test(eng, test_turned_smaller_level_not_fewer);
    tcase_add_test(eng, test_levels_monotone_random);
    tcase_add_test(eng, test_capacity_row_covered);
    tcase_add_test(eng, test_layer_pruning_goes_further);
    tcase_add_test(eng, test_sensitivity_single_input);
    tcase_add_test(eng, test_sensitivity_unbiased);
    tcase_add_test(eng, test_sensitivity_ranks_shares);
    tcase_add_test(eng, test_sensitivity_constant_total);
    tcase_add_test(eng, test_claim_room_text);
    tcase_add_test(eng, test_sensitivity_too_few_samples);
    tcase_add_test(eng, test_sensitivity_no_shared_input);
    tcase_add_test(eng, test_adaptive_precision);
    tcase_add_test(eng, test_adaptive_settles_claim);
    tcase_add_test(eng, test_errors);
    tcase_add_test(eng, test_progress);
    tcase_add_test(eng, test_quantile_se_few_samples);
    tcase_add_test(eng, test_block_seeds_distinct);
    tcase_add_test(eng, test_no_claim);
    tcase_add_test(eng, test_quantile_se_with_ties);
    suite_add_tcase(s, pub);
    suite_add_tcase(s, eng);
    return sl_test_run(s);
}
