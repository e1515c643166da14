/* tests/test_validate.c - sl_pack_validate against a reading of every pair
 * (the reference in tests/validate_ref.c, which bench_validate times too):
 * its box tree only skips boxes, so on any layout it must give the status
 * and the message (the box indices, the share of a base) that the plain
 * quadratic checks give.  Random layouts of off-grain boxes in levels,
 * with near-equal tops, boxes over gaps, half supported, shifted into one
 * another, lifted by less and more than the tolerance, in every order. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_rng.h>
#include "testutil.h"
#include "validate_ref.h"

/* ---- Random layouts ---- */

/* What the comparisons saw: valid layouts and each kind of fault. */
typedef struct seen {
    int ok, overlap, support, stack, other;
} seen;

/* Validate p both ways and assert the same outcome; counts it in *sn. */
static void compare(const double S[3], const double d[3], const char *vert,
                    int max_stack, const sl_placement *p, size_t n,
                    seen *sn, const char *label)
{
    ref c = ref_rules(S, d, vert, p, n);
    char want[256];
    int bad = ref_validate(&c, max_stack, want, sizeof want);
    ck_assert_int_ge(bad, 0);
    sl_error e;
    sl_status st = sl_pack_validate(S[0], S[1], S[2], d[0], d[1], d[2], vert,
                                    max_stack, p, n, &e);
    ck_assert_msg(st == (bad ? SL_EINVAL : SL_OK), "%s, %zu boxes: "
                  "sl_pack_validate gives %d (%s), the reading of every "
                  "pair %s", label, n, (int)st, st ? e.what : "",
                  bad ? want : "valid");
    if (!bad) {
        sn->ok++;
        return;
    }
    ck_assert_msg(strcmp(e.what, want) == 0, "%s, %zu boxes: '%s', the "
                  "reading of every pair '%s'", label, n, e.what, want);
    if (strstr(want, "overlaps"))
        sn->overlap++;
    else if (strstr(want, "supported"))
        sn->support++;
    else if (strstr(want, "max_stack"))
        sn->stack++;
    else
        sn->other++;
}

/* Faults a layout is given, as chances per box. */
typedef struct faults {
    double drop;            /* a box left out: the boxes above it over a gap */
    double shift;           /* moved along x by up to half its length */
    double lift;            /* z moved by 0.5, 0.99, 1.01 or 3 tolerances */
    double ulp;             /* z moved by a few units in the last place */
    int aligned;            /* 1: every level the first one's grid, no
                               offsets (columns: valid, or too high) */
    double stray;           /* moved anywhere: overlapping several boxes */
} faults;

/* Stack levels of boxes in S: each level one up side, a footprint turned
 * either way, rows of boxes along x from an offset, x and z accumulated
 * (so equal tops come out a few units in the last place apart); then the
 * faults; then the boxes shuffled.  Returns the count in p (at most
 * cap). */
static size_t make_layout(gsl_rng *r, const double S[3], const double d[3],
                          const char *vert, const faults *f,
                          sl_placement *p, size_t cap)
{
    size_t n = 0, nv = strlen(vert);
    double tol = 1e-9 * fmax(S[0], fmax(S[1], S[2]));
    double z = 0;
    int up0 = (int)(strchr("lwh", vert[gsl_rng_uniform_int(r, nv)]) - "lwh");
    int turn0 = gsl_rng_uniform(r) < 0.5;
    while (n < cap) {
        int up = f->aligned ? up0
                            : (int)(strchr("lwh", vert[gsl_rng_uniform_int(
                                                     r, nv)]) - "lwh");
        double a = d[(up + 1) % 3], b = d[(up + 2) % 3], h = d[up];
        if (f->aligned ? turn0 : gsl_rng_uniform(r) < 0.5) {
            double t = a;
            a = b;
            b = t;
        }
        if (z + h > S[2])
            break;
        double x0 = f->aligned || gsl_rng_uniform(r) < 0.5
                        ? 0 : a * gsl_rng_uniform(r);
        double y = f->aligned || gsl_rng_uniform(r) < 0.5
                       ? 0 : b * gsl_rng_uniform(r);
        for (; y + b <= S[1] && n < cap; y += b)
            for (double x = x0; x + a <= S[0] && n < cap; x += a) {
                if (gsl_rng_uniform(r) < f->drop)
                    continue;
                sl_placement q = {x, y, z, a, b, h};
                double tz = fmin(tol, 1e-6 * h);
                if (gsl_rng_uniform(r) < f->shift)
                    q.x = fmax(0, q.x + (gsl_rng_uniform(r) - 0.5) * a);
                if (z > 0 && gsl_rng_uniform(r) < f->lift) {
                    static const double by[] = {0.5, 0.99, 1.01, 3};
                    q.z += (gsl_rng_uniform(r) < 0.5 ? -1 : 1) *
                           by[gsl_rng_uniform_int(r, 4)] * tz;
                }
                if (gsl_rng_uniform(r) < f->stray) {
                    q.x = (S[0] - a) * gsl_rng_uniform(r);
                    q.y = (S[1] - b) * gsl_rng_uniform(r);
                    q.z = (S[2] - h) * gsl_rng_uniform(r);
                }
                if (z > 0 && gsl_rng_uniform(r) < f->ulp)
                    for (int u = (int)gsl_rng_uniform_int(r, 4); u >= 0; u--)
                        q.z = nextafter(q.z, gsl_rng_uniform(r) < 0.5
                                                 ? 0 : S[2]);
                p[n++] = q;
            }
        z += h;
    }
    for (size_t i = n; i > 1; i--) {
        size_t j = gsl_rng_uniform_int(r, i);
        sl_placement t = p[i - 1];
        p[i - 1] = p[j];
        p[j] = t;
    }
    return n;
}

/* Many random layouts, off-grain sizes, each kind of fault alone and all
 * together: every outcome the same as the reading of every pair, and each
 * kind of outcome seen (so a tree that skips a box that counts fails). */
START_TEST(test_validate_same_as_every_pair)
{
    static const char *verts[] = {"h", "lwh", "wh", "l"};
    static const faults kinds[] = {
        {0, 0, 0, 0, 1, 0},       /* columns: valid or a stack fault */
        {0, 0, 0, 0, 0, 0},       /* levels, some over gaps at the sides */
        {0.02, 0, 0, 0, 1, 0},    /* gaps */
        {0, 0.01, 0, 0, 0, 0},    /* shifted: overlaps, half supported */
        {0, 0, 0.01, 0, 1, 0},    /* lifted within and beyond tolerance */
        {0, 0, 0, 0.2, 1, 0},     /* near-equal tops */
        {0, 0, 0, 0.2, 0, 0},
        {0.005, 0.003, 0.005, 0.1, 0, 0},
        {0, 0, 0, 0, 0, 0.01}};   /* a box overlapping several */
    size_t cap = 3000;
    sl_placement *p = malloc(cap * sizeof *p);
    ck_assert_ptr_nonnull(p);
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, 2385);
    seen sn = {0, 0, 0, 0, 0};
    for (int run = 0; run < 288; run++) {
        /* boxes of off-grain sides, some far apart in length */
        double d[3] = {0.3 + 2.7 * gsl_rng_uniform(r),
                       0.3 + 1.7 * gsl_rng_uniform(r),
                       0.2 + 1.3 * gsl_rng_uniform(r)};
        if (run % 5 == 0)
            d[0] *= 6.1; /* a long side: a box meets boxes far from x */
        if (run % 7 == 0)
            for (int k = 0; k < 3; k++)
                d[k] *= 0.35; /* more boxes: a deeper tree */
        double S[3] = {5 + 25 * gsl_rng_uniform(r),
                       3 + 12 * gsl_rng_uniform(r),
                       2 + 8 * gsl_rng_uniform(r)};
        const char *vert = verts[run % 4];
        const faults *f = &kinds[(run / 4) % 9];
        size_t n = make_layout(r, S, d, vert, f, p, cap);
        int max_stack = run % 3 == 0 ? 2 + (int)gsl_rng_uniform_int(r, 8)
                                     : 0;
        char label[64];
        snprintf(label, sizeof label, "run %d", run);
        compare(S, d, vert, max_stack, p, n, &sn, label);
        /* and the same boxes at an extreme scale: shares, not areas */
        if (run % 8 == 0 && n > 0) {
            const double g = 0x1p-1000;
            double Sg[3] = {S[0] * g, S[1] * g, S[2] * g};
            double dg[3] = {d[0] * g, d[1] * g, d[2] * g};
            for (size_t i = 0; i < n; i++)
                p[i] = (sl_placement){p[i].x * g, p[i].y * g, p[i].z * g,
                                      p[i].l * g, p[i].w * g, p[i].h * g};
            compare(Sg, dg, vert, max_stack, p, n, &sn, label);
        }
    }
    gsl_rng_free(r);
    free(p);
    ck_assert_msg(sn.ok >= 10 && sn.overlap >= 10 && sn.support >= 10 &&
                  sn.stack >= 5, "valid %d, overlaps %d, not supported %d, "
                  "stacks %d, other %d", sn.ok, sn.overlap, sn.support,
                  sn.stack, sn.other);
}
END_TEST

/* Boxes long along x: a box on the far end of a long box is supported by
 * it, 30 units from its corner, and the tree must not skip it; a small box
 * half over the end of the long one is not; a small box overlapping the
 * long one's far end is an overlap. */
START_TEST(test_validate_long_boxes)
{
    const double S[3] = {100, 40, 40}, d[3] = {32.5, 1.25, 0.75};
    sl_placement p[40];
    size_t n = 0;
    /* a floor of short boxes turned the other way, then the long ones */
    for (int i = 0; i < 8; i++)
        p[n++] = (sl_placement){1.25 * i, 0, 0, 1.25, 0.75, 32.5};
    p[n++] = (sl_placement){10, 0, 0, 32.5, 1.25, 0.75};
    p[n++] = (sl_placement){42.5, 0, 0, 32.5, 1.25, 0.75};
    /* on the long boxes: small boxes standing near the far ends */
    p[n++] = (sl_placement){41.25, 0, 0.75, 1.25, 0.75, 32.5};
    p[n++] = (sl_placement){73.75, 0.5, 0.75, 1.25, 0.75, 32.5};
    seen sn = {0, 0, 0, 0, 0};
    compare(S, d, "lwh", 0, p, n, &sn, "long");
    ck_assert_int_eq(sn.ok, 1);
    sl_error e;
    ck_assert_int_eq(sl_pack_validate(100, 40, 40, 32.5, 1.25, 0.75, "lwh",
                                      0, p, n, &e), SL_OK);
    /* across the joint of the two long boxes: still wholly supported */
    p[10].x = 41.875;
    compare(S, d, "lwh", 0, p, n, &sn, "long, across");
    ck_assert_int_eq(sn.ok, 2);
    /* half over the far end */
    p[11].x = 74.375;
    compare(S, d, "lwh", 0, p, n, &sn, "long, half over");
    ck_assert_int_eq(sn.support, 1);
    ck_assert_int_eq(sl_pack_validate(100, 40, 40, 32.5, 1.25, 0.75, "lwh",
                                      0, p, n, &e), SL_EINVAL);
    ck_assert_str_eq(e.what, "box 11 is not fully supported: 50.0 % of its "
                             "base rests on the floor or on boxes");
    /* over the gap beyond it */
    p[11].x = 80;
    ck_assert_int_eq(sl_pack_validate(100, 40, 40, 32.5, 1.25, 0.75, "lwh",
                                      0, p, n, &e), SL_EINVAL);
    ck_assert_str_eq(e.what, "box 11 is not fully supported: 0.0 % of its "
                             "base rests on the floor or on boxes");
    /* a short box on the floor reaching into the far end of a long one */
    p[11] = (sl_placement){74.5, 0.25, 0, 1.25, 0.75, 32.5};
    compare(S, d, "lwh", 0, p, n, &sn, "long, into");
    ck_assert_int_eq(sn.overlap, 1);
    ck_assert_int_eq(sl_pack_validate(100, 40, 40, 32.5, 1.25, 0.75, "lwh",
                                      0, p, n, &e), SL_EINVAL);
    ck_assert_str_eq(e.what, "box 11 overlaps box 9");
}
END_TEST

/* Tops that differ by units in the last place, and by less and more than
 * the tolerance tz: a box on two boxes whose tops differ rests on both
 * while both are within tz of its base, and on one once the other is
 * not. */
START_TEST(test_validate_near_tops)
{
    const double S[3] = {10, 10, 10}, d[3] = {2.385, 1.5, 0.75};
    const double tz = 1e-8; /* 1e-9 of 10: less than 1e-6 of any side */
    sl_placement p[3] = {{0, 0, 0.9 * tz, 2.385, 1.5, 0.75},
                         {2.385, 0, 0, 2.385, 1.5, 0.75},
                         {1.1925, 0, 0.75, 2.385, 1.5, 0.75}};
    seen sn = {0, 0, 0, 0, 0};
    sl_error e;
    compare(S, d, "h", 0, p, 3, &sn, "near, 0.9 tz apart");
    ck_assert_int_eq(sn.ok, 1);
    p[1].z = nextafter(nextafter(0.0, 1), 1);
    p[2].z = nextafter(0.75, 1);
    compare(S, d, "h", 0, p, 3, &sn, "near, last places");
    ck_assert_int_eq(sn.ok, 2);
    ck_assert_int_eq(sl_pack_validate(10, 10, 10, 2.385, 1.5, 0.75, "h", 0, p,
                                      3, &e), SL_OK);
    /* 1.5 tz above box 1's top, 0.6 tz above box 0's */
    p[1].z = 0;
    p[2].z = 0.75 + 1.5 * tz;
    compare(S, d, "h", 0, p, 3, &sn, "near, 1.5 tz");
    ck_assert_int_eq(sn.support, 1);
    ck_assert_int_eq(sl_pack_validate(10, 10, 10, 2.385, 1.5, 0.75, "h", 0, p,
                                      3, &e), SL_EINVAL);
    ck_assert_str_eq(e.what, "box 2 is not fully supported: 50.0 % of its "
                             "base rests on the floor or on boxes");
}
END_TEST

/* Sides thinner than the space's tolerance: a box 10^-20 long may be
 * given as 0 or -5e-9 long (within 10^-8 of it), and then a pair
 * overlapping by 0 counts (side_tol < 0: a box 5e-9 long at 0 and one
 * -1e-31 long at 1e-14, whose end rounds to 1e-14): the tree may not
 * skip it.  Small random layouts of such boxes, against every pair. */
START_TEST(test_validate_thin_sides)
{
    static const double len[] = {1e-20, 0, -5e-9, 5e-9, -1e-31, 2e-9};
    static const double pos[] = {0, 1e-20, 1e-14, 3e-9, 1, 2.5, 9};
    const double S[3] = {10, 10, 10}, d[3] = {1e-20, 1, 1};
    sl_placement p[8];
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, 1193);
    seen sn = {0, 0, 0, 0, 0};
    for (int run = 0; run < 3000; run++) {
        size_t n = 2 + gsl_rng_uniform_int(r, 7);
        for (size_t i = 0; i < n; i++)
            p[i] = (sl_placement){pos[gsl_rng_uniform_int(r, 7)],
                                  pos[gsl_rng_uniform_int(r, 5)] * 0.5,
                                  (double)gsl_rng_uniform_int(r, 3),
                                  len[gsl_rng_uniform_int(r, 6)], 1, 1};
        compare(S, d, "h", 0, p, n, &sn, "thin");
    }
    /* across y, where the x sweep does not cut a pair off: a box 5e-9
       wide at 0 and one -1e-31 wide at 5e-9 (its far side rounds to
       5e-9) overlap by 0, more than side_tol -1e-37; 8 boxes 0 wide at
       5e-9 come between them in index order, so the two fall in
       different leaves of the tree */
    sl_placement q[10];
    q[0] = (sl_placement){0, 0, 0, 1, 5e-9, 1};
    for (int i = 1; i < 9; i++)
        q[i] = (sl_placement){0, 5e-9, 0, 1, 0, 1};
    q[9] = (sl_placement){0, 5e-9, 0, 1, -1e-31, 1};
    const double dy[3] = {1, 1e-20, 1};
    sl_error e;
    ck_assert_int_eq(sl_pack_validate(10, 10, 10, 1, 1e-20, 1, "h", 0, q, 10,
                                      &e), SL_EINVAL);
    ck_assert_str_eq(e.what, "box 9 overlaps box 0");
    compare(S, dy, "h", 0, q, 10, &sn, "thin, leaves");
    gsl_rng_free(r);
    ck_assert_msg(sn.ok >= 10 && sn.overlap >= 10 && sn.support >= 10,
                  "valid %d, overlaps %d, not supported %d", sn.ok,
                  sn.overlap, sn.support);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("validate");
    TCase *tc = tcase_create("every_pair");
    tcase_add_test(tc, test_validate_same_as_every_pair);
    tcase_add_test(tc, test_validate_long_boxes);
    tcase_add_test(tc, test_validate_near_tops);
    tcase_add_test(tc, test_validate_thin_sides);
    suite_add_tcase(s, tc);
    return sl_test_run(s);
}
