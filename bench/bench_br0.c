/*
 * bench/bench_br0.c - the packer on the BR0 dev set (Bischoff and
 * Ratcliff, single box type; container 587 x 233 x 220).
 *
 * Usage: bench_br0 [FILE.tsv]   (default: ../shared/data/br0-dev.tsv)
 * Prints one tab-separated row per instance (count, bound, best known, the
 * plain horizontal-layer count, milliseconds, validator verdict), then
 * summary lines starting with '#'.  Every layout is checked with
 * sl_pack_validate; the exit status is 1 if any check fails.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "shipload/shipload.h"

#define MAXI 512

/* One instance of the set. */
typedef struct inst {
    int id;
    double d[3];
    char vert[4];
    long copies, best;
} inst;

/* Read the instances; returns how many, or -1 on a read error. */
static int read_set(const char *path, inst *v)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[256];
    int n = 0;
    if (!fgets(line, sizeof line, f)) { /* header */
        fclose(f);
        return -1;
    }
    while (n < MAXI && fgets(line, sizeof line, f)) {
        inst *p = &v[n];
        if (sscanf(line, "%d %lf %lf %lf %3s %ld %ld", &p->id, &p->d[0],
                   &p->d[1], &p->d[2], p->vert, &p->copies, &p->best) == 7)
            n++;
    }
    fclose(f);
    return n;
}

/* The plain horizontal-layer count: for each allowed vertical dim, as many
 * equal layers as fit, each the best 2D pattern of the other two dims. */
static long layers(const inst *p)
{
    long best = 0;
    for (int v = 0; v < 3; v++) {
        if (!strchr(p->vert, "lwh"[v]))
            continue;
        long c = 0, b = 0;
        sl_error e;
        if (sl_pack_2d(587, 233, (long)p->d[(v + 1) % 3],
                       (long)p->d[(v + 2) % 3], &c, &b, NULL, NULL, &e))
            continue;
        long n = (long)(220 / p->d[v]) * c;
        if (n > best)
            best = n;
    }
    return best < p->copies ? best : p->copies;
}

/* Compare doubles for qsort. */
static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    static inst set[MAXI];
    const char *path = argc > 1 ? argv[1] : SL_SHARED_DIR "/data/br0-dev.tsv";
    int n = read_set(path, set);
    if (n <= 0) {
        fprintf(stderr, "bench_br0: cannot read instances from %s\n", path);
        return 1;
    }
    double ms[MAXI], tmax = 0;
    long tot = 0, totbest = 0, totlayers = 0, totbound = 0;
    int atbest = 0, below_layers = 0, invalid = 0, optimal = 0;
    printf("inst\tcount\tbound\tbest\tlayers\tms\tvalid\n");
    for (int i = 0; i < n; i++) {
        const inst *p = &set[i];
        sl_pack_options o;
        sl_pack_options_init(&o);
        memcpy(o.vertical, p->vert, sizeof o.vertical);
        o.max_count = p->copies;
        o.want_layout = 1;
        sl_pack_result r;
        sl_error e;
        if (sl_pack(587, 233, 220, p->d[0], p->d[1], p->d[2], &o, &r, &e)) {
            fprintf(stderr, "bench_br0: instance %d: %s\n", p->id, e.what);
            return 1;
        }
        int ok = sl_pack_validate(587, 233, 220, p->d[0], p->d[1], p->d[2],
                                  p->vert, 0, r.layout, r.nlayout, &e) ==
                 SL_OK;
        if (!ok)
            fprintf(stderr, "bench_br0: instance %d: %s\n", p->id, e.what);
        long lay = layers(p);
        ms[i] = 1000 * r.seconds;
        tmax = ms[i] > tmax ? ms[i] : tmax;
        tot += r.count;
        totbest += p->best;
        totlayers += lay;
        totbound += r.upper_bound;
        atbest += r.count >= p->best;
        below_layers += r.count < lay;
        invalid += !ok;
        optimal += r.optimal;
        printf("%d\t%ld\t%ld\t%ld\t%ld\t%.2f\t%s\n", p->id, r.count,
               r.upper_bound, p->best, lay, ms[i], ok ? "ok" : "INVALID");
        sl_pack_result_free(&r);
    }
    qsort(ms, (size_t)n, sizeof ms[0], cmp_double);
    double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    printf("# instances %d\n", n);
    printf("# total %ld, best known %ld (%.2f %%), bound %ld, plain layers "
           "%ld (%+.2f %%)\n", tot, totbest, 100.0 * tot / totbest, totbound,
           totlayers, 100.0 * (tot - totlayers) / totlayers);
    printf("# at or above best known: %d of %d; proven optimal: %d; below "
           "plain layers: %d\n", atbest, n, optimal, below_layers);
    printf("# time: median %.2f ms, max %.2f ms\n", median, tmax);
    printf("# validator failures: %d\n", invalid);
    return invalid ? 1 : 0;
}
