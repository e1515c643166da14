/*
 * bench/bench_offgrain.c - what packing at sizes that are not whole grains
 * costs against the same grid at whole sizes, side by side.
 *
 * For each n it packs an n x n x n cube of cells of 0.01 (grain 0.01,
 * vertical "h", layout asked for) twice: with boxes of 0.01 (whole grains:
 * the grid is the layout) and with boxes of 0.0099 (each in a cell of
 * 0.01, so sl_pack places every box at its real size and checks that it
 * rests wholly on the boxes beneath, lib/pack.c place_real).  Both pack
 * n^3 boxes.  It prints, per n, the counts, the best of R runs of each and
 * the ratio off-grain / whole.  Until 28 Nov 2026 the real placement read
 * every box of the level beneath each box, so the ratio grew with n
 * (n = 40: 447 times, 2.85 s); since then it reads the boxes whose cells
 * meet the box's (about 9 times at every n; docs/performance.md).
 *
 * Usage: bench_offgrain [R [N...]]   (defaults 3 and 20 40 60 80)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <shipload/shipload.h>

/* Seconds on the monotonic clock. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Best of r runs packing boxes of side b in a cube of side s at grain g;
 * the count in *count; a negative time on an error. */
static double best_of(int r, double s, double b, long *count)
{
    double best = -1;
    for (int i = 0; i < r; i++) {
        sl_pack_options o;
        sl_pack_result res;
        sl_error e;
        sl_pack_options_init(&o);
        o.grain = 0.01;
        o.want_layout = 1;
        double t0 = now();
        if (sl_pack(s, s, s, b, b, b, &o, &res, &e) != SL_OK) {
            fprintf(stderr, "bench_offgrain: %s (%s)\n", e.what, e.where);
            return -1;
        }
        double t = now() - t0;
        *count = res.count;
        sl_pack_result_free(&res);
        if (best < 0 || t < best)
            best = t;
    }
    return best;
}

int main(int argc, char **argv)
{
    static const int defaults[] = {20, 40, 60, 80};
    int r = argc > 1 ? atoi(argv[1]) : 3;
    int nn = argc > 2 ? argc - 2 : (int)(sizeof defaults / sizeof *defaults);
    if (r < 1) {
        fprintf(stderr, "usage: bench_offgrain [R [N...]]\n");
        return 2;
    }
    printf("n\tboxes\twhole_s\toff_grain_s\tratio\n");
    for (int i = 0; i < nn; i++) {
        int n = argc > 2 ? atoi(argv[2 + i]) : defaults[i];
        long cw = 0, co = 0;
        if (n < 1 || n > 150) {
            fprintf(stderr, "bench_offgrain: N must be 1 .. 150, got %s\n",
                    argv[2 + i]);
            return 2;
        }
        /* the side a whole number of cells: n x 0.01, a hair over */
        double side = n * 0.01 * (1 + 1e-12);
        double tw = best_of(r, side, 0.01, &cw);
        double to = best_of(r, side, 0.0099, &co);
        if (tw < 0 || to < 0)
            return 1;
        printf("%d\t%ld\t%.4f\t%.4f\t%.2f%s\n", n, co, tw, to, to / tw,
               cw == co ? "" : "\t(counts differ)");
    }
    return 0;
}
