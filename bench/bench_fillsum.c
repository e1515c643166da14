/*
 * bench/bench_fillsum.c - accuracy of one draw for the sum of n fills
 * (docs/method.md 1.2): the quantiles of the sum of n independent fills,
 * from a direct simulation (every fill drawn by the exact sampler), against
 * the plain normal, the normal with the Cornish-Fisher skewness term, and
 * with the kurtosis terms too (what lib/model.c draws; both sli_cf_sum).
 * Errors are in standard deviations of the sum; "noise" is the Monte Carlo
 * standard error of the simulated quantile at the outermost p.
 *
 * Usage: bench_fillsum [--samples N] [--seed S] FILL... (each a fill as
 * sl_dist_parse reads it on [0, 1], e.g. "pert(0.7, 0.95, 1)").
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <shipload/shipload.h>
#include "internal.h" /* sli_dist_sample */
#include "model.h"    /* sli_fill_shape, sli_cf_sum */

static const double P[] = {0.001, 0.005, 0.025, 0.05, 0.25, 0.5,
                           0.75,  0.95,  0.975, 0.995, 0.999};
#define NP (sizeof P / sizeof P[0])

/* Quantile p of sorted x (n values), by the nearest rank below. */
static double quant(const double *x, size_t n, double p)
{
    size_t k = (size_t)(p * (double)n);
    return x[k < n ? k : n - 1];
}

/* One fill: a table of the largest errors for each n. */
static int run_fill(const char *text, size_t ns, unsigned long seed)
{
    static const unsigned nlist[] = {4, 8, 12, 16, 24, 32, 64};
    sl_dist d;
    sl_error e;
    double mu, sd, g1, g2;
    double *x = malloc(ns * sizeof *x);
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    if (!x || !r || sl_dist_parse(text, 0.0, 1.0, &d, &e) != SL_OK) {
        fprintf(stderr, "bench_fillsum: %s: %s\n", text,
                x && r ? e.what : "out of memory");
        free(x);
        gsl_rng_free(r);
        return 1;
    }
    gsl_rng_set(r, seed);
    mu = sl_dist_mean(&d);
    sd = sqrt(sl_dist_variance(&d));
    sli_fill_shape(&d, &g1, &g2);
    printf("fill %s: mean %.4f sd %.4f skewness %.3f excess kurtosis %.3f\n",
           text, mu, sd, g1, g2);
    printf("  %4s  %9s  %9s  %9s  %9s  %9s\n", "n", "normal", "skew (CF)",
           "skew+kurt", "noise", "skew/sqrt(n)");
    for (size_t j = 0; j < sizeof nlist / sizeof nlist[0]; j++) {
        unsigned n = nlist[j];
        double sn = sqrt((double)n) * sd, e0 = 0, e1 = 0, e2 = 0, noise;
        for (size_t i = 0; i < ns; i++) {
            double s = 0.0;
            for (unsigned k = 0; k < n; k++)
                s += sli_dist_sample(&d, r);
            x[i] = s;
        }
        gsl_sort(x, 1, ns);
        for (size_t k = 0; k < NP; k++) {
            double z = gsl_cdf_ugaussian_Pinv(P[k]), q = quant(x, ns, P[k]);
            double lo = n * d.lo, hi = n * d.hi;
            double a0 = fmin(fmax(n * mu + sn * z, lo), hi);
            double k3 = n * g1 * sd * sd * sd, k4 = n * g2 * sd * sd * sd * sd;
            double a1 = sli_cf_sum(n * mu, sn * sn, k3, NAN, lo, hi, z);
            double a2 = sli_cf_sum(n * mu, sn * sn, k3, k4, lo, hi, z);
            e0 = fmax(e0, fabs(a0 - q) / sn);
            e1 = fmax(e1, fabs(a1 - q) / sn);
            e2 = fmax(e2, fabs(a2 - q) / sn);
        }
        /* standard error of the P0.1 quantile, in sd of the sum */
        noise = sqrt(P[0] * (1 - P[0]) / (double)ns) /
                gsl_ran_ugaussian_pdf(gsl_cdf_ugaussian_Pinv(P[0]));
        printf("  %4u  %9.4f  %9.4f  %9.4f  %9.4f  %9.3f\n", n, e0, e1, e2,
               noise, fabs(g1) / sqrt(n));
    }
    free(x);
    gsl_rng_free(r);
    return 0;
}

int main(int argc, char **argv)
{
    size_t ns = 1000000;
    unsigned long seed = 1;
    int i = 1, rc = 0;
    for (; i + 1 < argc && argv[i][0] == '-' && argv[i][1] == '-'; i += 2) {
        if (!strcmp(argv[i], "--samples"))
            ns = strtoul(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--seed"))
            seed = strtoul(argv[i + 1], NULL, 10);
        else
            break;
    }
    if (i >= argc || ns < 1000) {
        fprintf(stderr, "usage: bench_fillsum [--samples N >= 1000] "
                        "[--seed S] FILL...\n");
        return 2;
    }
    printf("largest |error| of the quantiles P0.1 to P99.9 of the sum of n "
           "fills, in sd of the sum\n(direct simulation: %zu sums, every fill "
           "drawn exactly, seed %lu)\n", ns, seed);
    for (; i < argc; i++)
        rc |= run_fill(argv[i], ns, seed);
    return rc;
}
