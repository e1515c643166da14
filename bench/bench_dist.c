/*
 * bench/bench_dist.c - cost of one sli_dist_sample draw per family, in
 * units of one gsl_rng_uniform draw (mt19937), the Monte Carlo engine's
 * yardstick.  Usage: bench_dist [draws per family, default 1e6]
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <gsl/gsl_rng.h>
#include "shipload/shipload.h"
#include "internal.h"

/* Seconds on the monotonic clock. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Seconds per call of one pass of n uniform draws (into *s). */
static double time_uniform(gsl_rng *r, long n, double *s)
{
    double t0 = now();
    for (long i = 0; i < n; i++)
        *s += gsl_rng_uniform(r);
    return (now() - t0) / (double)n;
}

/* Seconds per draw of one pass of n draws from d (into *s). */
static double time_dist(const sl_dist *d, gsl_rng *r, long n, double *s)
{
    double t0 = now();
    for (long i = 0; i < n; i++)
        *s += sli_dist_sample(d, r);
    return (now() - t0) / (double)n;
}

int main(int argc, char **argv)
{
    static const struct {
        const char *text;
        double min, max;
    } c[] = {
        {"46.25", 0, HUGE_VAL},
        {"uniform(24000, 30480)", 0, HUGE_VAL},
        {"triangular(0.6, 0.9, 1)", 0, 1},
        {"pert(0.6, 0.9, 1)", 0, 1},
        {"normal(40, 5)", -HUGE_VAL, HUGE_VAL},
        {"normal(0.8, 0.15)", 0, 1},
        {"normal(0.95, 0.3)", 0, 1},
        {"6,700 to 7,000", 0, HUGE_VAL},
        {"1.5 to 30", 1, HUGE_VAL},
        {"0.6 to 0.95", 0, 1},
        {"choice(24000: 1, 30480: 2)", 0, HUGE_VAL},
        {"choice(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)", 0,
         HUGE_VAL},
        {"choice(1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 2)", 0,
         HUGE_VAL},
    };
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    volatile double sink = 0;
    double s = 0;
    sl_error e;
    if (!r || n <= 0)
        return 1;
    /* Each figure: the best of 3 passes, timed next to a pass of uniform
     * draws so that the ratio survives a loaded machine. */
    printf("%-64s %8s %8s %9s\n", "distribution", "ns/draw", "ns/unif",
           "uniforms");
    for (size_t k = 0; k < sizeof c / sizeof c[0]; k++) {
        sl_dist d;
        double best = HUGE_VAL, t = 0, base = 0;
        if (sl_dist_parse(c[k].text, c[k].min, c[k].max, &d, &e) != SL_OK) {
            fprintf(stderr, "%s: %s\n", c[k].text, e.what);
            return 1;
        }
        for (int rep = 0; rep < 3; rep++) {
            double tb = time_uniform(r, n, &s), td = time_dist(&d, r, n, &s);
            if (td / tb < best) {
                best = td / tb;
                t = td;
                base = tb;
            }
        }
        printf("%-64s %8.2f %8.2f %9.2f\n", c[k].text, 1e9 * t, 1e9 * base,
               best);
    }
    sink = s;
    (void)sink;
    gsl_rng_free(r);
    return 0;
}
