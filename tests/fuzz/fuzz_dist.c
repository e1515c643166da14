/*
 * tests/fuzz/fuzz_dist.c - fuzz sl_dist_parse and what it builds.
 *
 * Input: byte 0 picks the quantity's bounds [min, max] from a table; the
 * rest is the text.  Every text must give SL_OK or a filled error; every
 * distribution parsed must keep its promises: lo <= hi inside [min, max],
 * quantiles and samples inside [lo, hi] and never NaN, quantiles
 * non-decreasing, a CDF in [0, 1], and a description that parses back to
 * the same distribution.
 */
#include <math.h>
#include <string.h>
#include <gsl/gsl_rng.h>
#include "shipload/shipload.h"
#include "internal.h"
#include "fuzz.h"

static const double bounds[][2] = {
    {0, HUGE_VAL}, {0, 1}, {-HUGE_VAL, HUGE_VAL}, {-HUGE_VAL, 0},
    {1, 1e9},      {2.5, HUGE_VAL}, {-7.25, 3.5}, {-HUGE_VAL, 12.5},
};
#define NBOUNDS (sizeof bounds / sizeof bounds[0])

/* Equal within a relative 1e-12 (or both the same infinity / NaN). */
static int close_enough(double x, double y)
{
    if (x == y || (isnan(x) && isnan(y)))
        return 1;
    return fabs(x - y) <= 1e-12 * fmax(fabs(x), fabs(y));
}

/* Two distributions are the same (to rounding of normalised weights). */
static int same_dist(const sl_dist *p, const sl_dist *q)
{
    if (p->kind != q->kind || p->n != q->n || !close_enough(p->a, q->a) ||
        !close_enough(p->b, q->b) || !close_enough(p->c, q->c) ||
        !close_enough(p->lo, q->lo) || !close_enough(p->hi, q->hi))
        return 0;
    for (size_t i = 0; i < p->n && i < SL_DIST_CHOICES_MAX; i++)
        if (!close_enough(p->value[i], q->value[i]) ||
            !close_enough(p->weight[i], q->weight[i]))
            return 0;
    return 1;
}

/* The promises of a parsed distribution d on [min, max]. */
static void check_dist(const sl_dist *d, const char *text, double min,
                       double max)
{
    static const double ps[] = {0, 1e-9, 0.05, 0.25, 0.5, 0.75, 0.95,
                                1 - 1e-9, 1};
    double prev = -HUGE_VAL, cdf;
    FUZZ_CHECK(d->lo <= d->hi && d->lo >= min && d->hi <= max,
               "'%s': support [%g, %g] outside [%g, %g]", text, d->lo, d->hi,
               min, max);
    FUZZ_CHECK(d->kind != SL_DIST_CHOICE ||
                   (d->n >= 1 && d->n <= SL_DIST_CHOICES_MAX),
               "'%s': %zu choices", text, d->n);
    for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++) {
        double q = sl_dist_quantile(d, ps[i]);
        FUZZ_CHECK(!isnan(q) && q >= d->lo && q <= d->hi && q >= prev,
                   "'%s': quantile(%g) = %.17g on [%g, %g], previous %.17g",
                   text, ps[i], q, d->lo, d->hi, prev);
        prev = q;
        cdf = sl_dist_cdf(d, q);
        FUZZ_CHECK(cdf >= 0 && cdf <= 1, "'%s': cdf(%.17g) = %g", text, q,
                   cdf);
    }
    FUZZ_CHECK(!(sl_dist_mean(d) < d->lo) && !(sl_dist_mean(d) > d->hi),
               "'%s': mean %.17g outside [%g, %g]", text, sl_dist_mean(d),
               d->lo, d->hi);
    FUZZ_CHECK(!(sl_dist_variance(d) < 0), "'%s': variance %g", text,
               sl_dist_variance(d));
}

/* Draws stay inside [lo, hi]. */
static void check_samples(const sl_dist *d, const char *text)
{
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    if (!r)
        return;
    gsl_rng_set(r, 2385);
    for (int i = 0; i < 32; i++) {
        double x = sli_dist_sample(d, r);
        FUZZ_CHECK(x >= d->lo && x <= d->hi, "'%s': sample %.17g outside "
                   "[%g, %g]", text, x, d->lo, d->hi);
    }
    gsl_rng_free(r);
}

/* The description parses back to the same distribution. */
static void check_describe(const sl_dist *d, const char *text, double min,
                           double max)
{
    char buf[1024];
    sl_dist back;
    sl_error e;
    int n = sl_dist_describe(d, buf, sizeof buf);
    sl_status st;
    FUZZ_CHECK(n > 0 && (size_t)n < sizeof buf, "'%s': describe gave %d",
               text, n);
    FUZZ_CHECK(sl_dist_describe(d, NULL, 0) == n, "'%s': describe sizes",
               text);
    sl_error_clear(&e);
    st = sl_dist_parse(buf, min, max, &back, &e);
    FUZZ_CHECK(st == SL_OK, "'%s' described as '%s' does not parse back: "
               "%s", text, buf, e.what);
    FUZZ_CHECK(same_dist(d, &back), "'%s' described as '%s' parses back "
               "to another distribution", text, buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    double min, max;
    char *text;
    sl_dist d, keep;
    sl_error e;
    sl_status st;
    if (size == 0 || size > 4096)
        return 0;
    min = bounds[data[0] % NBOUNDS][0];
    max = bounds[data[0] % NBOUNDS][1];
    if (!(text = fuzz_text(data + 1, size - 1)))
        return 0;
    memset(&d, 0x5a, sizeof d);
    keep = d;
    sl_error_clear(&e);
    st = sl_dist_parse(text, min, max, &d, &e);
    if (st != SL_OK) {
        FUZZ_CHECK_ERROR(st, e);
        FUZZ_CHECK(memcmp(&d, &keep, sizeof d) == 0,
                   "'%s': failed parse changed *out", text);
    } else {
        check_dist(&d, text, min, max);
        check_samples(&d, text);
        check_describe(&d, text, min, max);
    }
    free(text);
    return 0;
}
