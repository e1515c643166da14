/*
 * bench/bench_validate.c - what sl_pack_validate costs on big layouts.
 *
 * For each packed instance it packs the space with a layout (sl_pack,
 * want_layout = 1, at the grain sl_pack_grain_for picks, as shipload-pack
 * does), then validates that layout R times and prints the box
 * count, the packing time and the best validation time.  The default
 * instances are boxes 1.01 x 1.01 x 44.5 (any side up) in 587 x 233 x 220,
 * 658,595 boxes, and the same with boxes
 * 2.02 x 2.02 x 44.5, 163,700.  Until 29 Nov 2026 the support check read
 * every box whose top is at a box's base height and the overlap check
 * every box whose x range starts within a box's, so they took time in the
 * square of the boxes to a level (docs/packing.md has the figures).
 *
 * The packer lays those boxes flat (217 levels of about 3,000), so the
 * third default instance stands them up: 581 x 230 columns of 4, 534,520
 * boxes, 133,630 to a level, a layout built here, not packed.
 *
 * Usage: bench_validate [R [pack L W H l w h vertical | columns NX NY NZ]]
 * (default R = 3; columns: standing boxes 1.01 x 1.01 x 44.5 in
 * 587 x 233 x 220, at most 581 x 230 x 4)
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

/* Pack one instance with a layout, validate it r times, print a line;
 * 1 on an error. */
static int run(int r, const double s[6], const char *vert)
{
    sl_pack_options o;
    sl_pack_result res;
    sl_error e;
    sl_pack_options_init(&o);
    snprintf(o.vertical, sizeof o.vertical, "%s", vert);
    o.want_layout = 1;
    o.grain = sl_pack_grain_for(s[0], s[1], s[2], s[3], s[4], s[5], 1);
    double t0 = now();
    if (sl_pack(s[0], s[1], s[2], s[3], s[4], s[5], &o, &res, &e) != SL_OK) {
        fprintf(stderr, "bench_validate: %s (%s)\n", e.what, e.where);
        return 1;
    }
    double tpack = now() - t0, best = -1;
    for (int i = 0; i < r; i++) {
        t0 = now();
        sl_status st = sl_pack_validate(s[0], s[1], s[2], s[3], s[4], s[5],
                                        vert, 0, res.layout, res.nlayout, &e);
        double t = now() - t0;
        if (st != SL_OK) {
            fprintf(stderr, "bench_validate: the layout fails: %s\n", e.what);
            sl_pack_result_free(&res);
            return 1;
        }
        if (best < 0 || t < best)
            best = t;
    }
    printf("%g x %g x %g in %g x %g x %g (%s): %zu boxes, packed in %.3f s, "
           "validated in %.3f s (best of %d)\n", s[3], s[4], s[5], s[0], s[1],
           s[2], vert, res.nlayout, tpack, best, r);
    fflush(stdout);
    sl_pack_result_free(&res);
    return 0;
}

/* Validate r times a layout of nx x ny x nz standing boxes 1.01 x 1.01 x
 * 44.5 in 587 x 233 x 220 (corners at i times the side: off-grain sums),
 * print a line; 1 on an error. */
static int columns(int r, long nx, long ny, long nz)
{
    if (nx < 1 || ny < 1 || nz < 1 || nx > 581 || ny > 230 || nz > 4) {
        fprintf(stderr, "bench_validate: columns: 1..581 x 1..230 x 1..4\n");
        return 1;
    }
    size_t n = (size_t)(nx * ny * nz), k = 0;
    sl_placement *p = malloc(n * sizeof *p);
    if (!p)
        return 1;
    for (long z = 0; z < nz; z++)
        for (long y = 0; y < ny; y++)
            for (long x = 0; x < nx; x++)
                p[k++] = (sl_placement){1.01 * (double)x, 1.01 * (double)y,
                                        44.5 * (double)z, 1.01, 1.01, 44.5};
    double best = -1;
    for (int i = 0; i < r; i++) {
        sl_error e;
        double t0 = now();
        sl_status st = sl_pack_validate(587, 233, 220, 1.01, 1.01, 44.5,
                                        "lwh", 0, p, n, &e);
        double t = now() - t0;
        if (st != SL_OK) {
            fprintf(stderr, "bench_validate: the layout fails: %s\n", e.what);
            free(p);
            return 1;
        }
        if (best < 0 || t < best)
            best = t;
    }
    printf("columns of 1.01 x 1.01 x 44.5 standing, %ld x %ld x %ld: %zu "
           "boxes, %ld to a level, validated in %.3f s (best of %d)\n", nx,
           ny, nz, n, nx * ny, best, r);
    fflush(stdout);
    free(p);
    return 0;
}

int main(int argc, char **argv)
{
    int r = argc > 1 ? atoi(argv[1]) : 3;
    if (r >= 1 && argc == 6 && !strcmp(argv[2], "columns"))
        return columns(r, atol(argv[3]), atol(argv[4]), atol(argv[5]));
    if (r >= 1 && argc == 10 && !strcmp(argv[2], "pack")) {
        double s[6];
        for (int k = 0; k < 6; k++)
            s[k] = strtod(argv[3 + k], NULL);
        return run(r, s, argv[9]);
    }
    if (r < 1 || argc > 2) {
        fprintf(stderr, "usage: bench_validate [R [pack L W H l w h vertical "
                "| columns NX NY NZ]]\n");
        return 2;
    }
    static const double small[6] = {587, 233, 220, 2.02, 2.02, 44.5};
    static const double big[6] = {587, 233, 220, 1.01, 1.01, 44.5};
    return run(r, small, "lwh") || run(r, big, "lwh") ||
           columns(r, 581, 230, 4);
}
