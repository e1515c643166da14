/*
 * bench/bench_validate.c - what sl_pack_validate costs, against the
 * reference checks it replaced.
 *
 * The reference (tests/validate_ref.c, which tests/test_validate.c
 * compares the library with) applies the same rules by reading every
 * pair: the sweep along x reads every box starting within a box's x range
 * and the support check every box, so it takes time in the square of the
 * boxes.  The library reads only the boxes near each box through its
 * Morton-order box tree (lib/pack_validate.c).  For each layout the bench
 * validates it R times with each, in interleaved rounds (both see the
 * same machine load), and prints the best time of each, the ratio of the
 * best times (reference / library: how many times faster the library is)
 * and the spread of the per-round ratios.  The two must give the same
 * status (and the same message when they reject) in every round, and the
 * layouts must pass: the bench exits 1 otherwise.
 *
 * The reference runs only on layouts of at most REF_MAX (10^5) boxes:
 * 81,800 packed boxes took it 20 s, and its time grows with the square of
 * the boxes, so the large layouts would take minutes.  They are
 * library-only rows, marked "-" with no baseline.  Figures and the
 * command: docs/packing.md ("Rules a layout obeys").
 *
 * Default layouts, with a baseline: boxes 2.02 x 2.02 x 44.5 (any side
 * up) packed in 146.75 x 116.5 x 220 (20,076 boxes) and 1.01 x 1.01 x
 * 44.5 in 146.75 x 58.25 x 220 (40,604), both by sl_pack with
 * want_layout = 1 at the grain sl_pack_grain_for picks, as shipload-pack
 * does, and 100 x 100 standing columns of 4 boxes 1.01 x 1.01 x 44.5
 * (40,000 boxes, 10,000 to a level; a layout built here, not packed).
 * Library only (the reference would take minutes): the same boxes packed
 * in 587 x 233 x 220 (163,700 and 658,595 boxes; the packer lays the
 * small ones flat, 217 levels of about 3,000) and 581 x 230 columns of 4
 * (534,520 boxes, 133,630 to a level).
 *
 * Usage: bench_validate [R [pack L W H l w h vertical | columns NX NY NZ]]
 * (default R = 3; columns: standing boxes 1.01 x 1.01 x 44.5 in
 * 587 x 233 x 220, at most 581 x 230 x 4)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <shipload/shipload.h>
#include "validate_ref.h"

/* The most boxes the reference is run on. */
#define REF_MAX 100000

/* Seconds on the monotonic clock. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Validate the n boxes p in s[0..2] (boxes s[3..5], vertical vert) r
 * times with the library and, if n <= REF_MAX, with the reference,
 * interleaved; print a row labelled label.  1 if the two disagree or the
 * layout fails. */
static int compare(int r, const char *label, const double s[6],
                   const char *vert, const sl_placement *p, size_t n)
{
    const double S[3] = {s[0], s[1], s[2]}, d[3] = {s[3], s[4], s[5]};
    const ref c = ref_rules(S, d, vert, p, n);
    int with_ref = n <= REF_MAX;
    double bl = HUGE_VAL, br = HUGE_VAL, rlo = HUGE_VAL, rhi = 0;
    for (int i = 0; i < r; i++) {
        sl_error e;
        char want[256];
        double t0 = now();
        sl_status st = sl_pack_validate(s[0], s[1], s[2], s[3], s[4], s[5],
                                        vert, 0, p, n, &e);
        double tl = now() - t0;
        if (tl < bl)
            bl = tl;
        if (with_ref) {
            t0 = now();
            int bad = ref_validate(&c, 0, want, sizeof want);
            double tr = now() - t0;
            if (bad < 0) {
                fprintf(stderr, "bench_validate: %s: out of memory\n", label);
                return 1;
            }
            if ((st != SL_OK) != bad || (bad && strcmp(e.what, want))) {
                fprintf(stderr, "bench_validate: %s: the library gives %s, "
                        "the reference %s\n", label,
                        st == SL_OK ? "valid" : e.what, bad ? want : "valid");
                return 1;
            }
            if (tr < br)
                br = tr;
            if (tr / tl < rlo)
                rlo = tr / tl;
            if (tr / tl > rhi)
                rhi = tr / tl;
        }
        if (st != SL_OK) {
            fprintf(stderr, "bench_validate: %s: the layout fails: %s\n",
                    label, e.what);
            return 1;
        }
    }
    if (with_ref)
        printf("%-50s %8zu  %8.3f s  %8.3f s  %7.1fx  (%.1f-%.1f)\n", label,
               n, bl, br, br / bl, rlo, rhi);
    else
        printf("%-50s %8zu  %8.3f s  %10s  %8s  (library only)\n", label, n,
               bl, "-", "-");
    fflush(stdout);
    return 0;
}

/* Pack one instance with a layout and compare on it; 1 on an error. */
static int packed(int r, const double s[6], const char *vert)
{
    sl_pack_options o;
    sl_pack_result res;
    sl_error e;
    char label[96];
    sl_pack_options_init(&o);
    snprintf(o.vertical, sizeof o.vertical, "%s", vert);
    o.want_layout = 1;
    o.grain = sl_pack_grain_for(s[0], s[1], s[2], s[3], s[4], s[5], 1);
    if (sl_pack(s[0], s[1], s[2], s[3], s[4], s[5], &o, &res, &e) != SL_OK) {
        fprintf(stderr, "bench_validate: %s (%s)\n", e.what, e.where);
        return 1;
    }
    snprintf(label, sizeof label, "%g x %g x %g in %g x %g x %g (%s)", s[3],
             s[4], s[5], s[0], s[1], s[2], vert);
    int bad = compare(r, label, s, vert, res.layout, res.nlayout);
    sl_pack_result_free(&res);
    return bad;
}

/* Compare on a layout of nx x ny x nz standing boxes 1.01 x 1.01 x 44.5
 * in 587 x 233 x 220 (corners at i times the side: off-grain sums); 1 on
 * an error. */
static int columns(int r, long nx, long ny, long nz)
{
    static const double s[6] = {587, 233, 220, 1.01, 1.01, 44.5};
    char label[96];
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
    snprintf(label, sizeof label, "columns of 1.01 x 1.01 x 44.5, %ld x %ld "
             "x %ld", nx, ny, nz);
    int bad = compare(r, label, s, "lwh", p, n);
    free(p);
    return bad;
}

int main(int argc, char **argv)
{
    int r = argc > 1 ? atoi(argv[1]) : 3;
    if (r < 1 || !(argc <= 2 || (argc == 6 && !strcmp(argv[2], "columns")) ||
                   (argc == 10 && !strcmp(argv[2], "pack")))) {
        fprintf(stderr, "usage: bench_validate [R [pack L W H l w h vertical "
                "| columns NX NY NZ]]\n");
        return 2;
    }
    printf("shipload %s validate benchmark: best of %d interleaved rounds; "
           "reference: every pair read (tests/validate_ref.c), on layouts "
           "of at most %d boxes\n", sl_version(), r, REF_MAX);
    printf("%-50s %8s  %10s  %10s  %8s  %s\n", "layout", "boxes", "library",
           "reference", "ratio", "(rounds)");
    if (argc == 6)
        return columns(r, atol(argv[3]), atol(argv[4]), atol(argv[5]));
    if (argc == 10) {
        double s[6];
        for (int k = 0; k < 6; k++)
            s[k] = strtod(argv[3 + k], NULL);
        return packed(r, s, argv[9]);
    }
    static const double mid[6] = {146.75, 116.5, 220, 2.02, 2.02, 44.5};
    static const double fine[6] = {146.75, 58.25, 220, 1.01, 1.01, 44.5};
    static const double small[6] = {587, 233, 220, 2.02, 2.02, 44.5};
    static const double big[6] = {587, 233, 220, 1.01, 1.01, 44.5};
    return packed(r, mid, "lwh") || packed(r, fine, "lwh") ||
           columns(r, 100, 100, 4) || packed(r, small, "lwh") ||
           packed(r, big, "lwh") || columns(r, 581, 230, 4);
}
