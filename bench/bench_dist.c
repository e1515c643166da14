/*
 * bench/bench_dist.c - cost of one sli_dist_sample draw per family, in
 * units of one gsl_rng_uniform draw (mt19937), the Monte Carlo engine's
 * yardstick.  Usage: bench_dist [draws per family, default 4e6]
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
    };
    long n = argc > 1 ? atol(argv[1]) : 4000000;
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    volatile double sink = 0;
    double t0, base, s = 0;
    sl_error e;
    if (!r || n <= 0)
        return 1;
    t0 = now();
    for (long i = 0; i < n; i++)
        s += gsl_rng_uniform(r);
    base = (now() - t0) / (double)n;
    sink = s;
    printf("gsl_rng_uniform (mt19937): %.2f ns\n", 1e9 * base);
    printf("%-64s %8s %10s\n", "distribution", "ns/draw", "uniforms");
    for (size_t k = 0; k < sizeof c / sizeof c[0]; k++) {
        sl_dist d;
        double t;
        if (sl_dist_parse(c[k].text, c[k].min, c[k].max, &d, &e) != SL_OK) {
            fprintf(stderr, "%s: %s\n", c[k].text, e.what);
            return 1;
        }
        s = 0;
        t0 = now();
        for (long i = 0; i < n; i++)
            s += sli_dist_sample(&d, r);
        t = (now() - t0) / (double)n;
        sink += s;
        printf("%-64s %8.2f %10.2f\n", c[k].text, 1e9 * t, t / base);
    }
    (void)sink;
    gsl_rng_free(r);
    return 0;
}
