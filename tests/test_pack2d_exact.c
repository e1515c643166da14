/* tests/test_pack2d_exact.c - the 2D packer (sl_pack_2d) against an
 * exhaustive search on small pallets: its count equals the optimum, its
 * bound is no lower, and its layout validates. */
#include <stdint.h>
#include "testutil.h"

/* An exhaustive search: a grid of L x W cells (L <= 16), one bit per
 * covered cell, a x b pieces either way round. */
typedef struct grid {
    int L, W, a, b;
    uint32_t row[16];
    long best;      /* most pieces found so far */
    long cap;       /* stop when best reaches this (the area bound) */
} grid;

/* 1 if a p x q piece at (x, y) lies inside and covers no covered cell. */
static int free_at(const grid *g, int x, int y, int p, int q)
{
    if (x + p > g->L || y + q > g->W)
        return 0;
    uint32_t m = ((1u << p) - 1) << x;
    for (int r = y; r < y + q; r++)
        if (g->row[r] & m)
            return 0;
    return 1;
}

/* Cover or uncover the cells of a p x q piece at (x, y). */
static void toggle(grid *g, int x, int y, int p, int q)
{
    uint32_t m = ((1u << p) - 1) << x;
    for (int r = y; r < y + q; r++)
        g->row[r] ^= m;
}

/* From cell pos on (row-major), with `count` pieces placed and `open`
 * cells not yet decided: the first open cell gets either turn of a piece
 * at its corner or stays empty; raises g->best. */
static void search(grid *g, int pos, long count, long open)
{
    const int n = g->L * g->W, area = g->a * g->b;
    if (g->best >= g->cap || count + open / area <= g->best)
        return;
    while (pos < n && (g->row[pos / g->L] >> (pos % g->L) & 1u))
        pos++;
    if (pos == n) {
        g->best = count;
        return;
    }
    int x = pos % g->L, y = pos / g->L;
    const int turn[2][2] = {{g->a, g->b}, {g->b, g->a}};
    for (int k = 0; k < (g->a == g->b ? 1 : 2); k++)
        if (free_at(g, x, y, turn[k][0], turn[k][1])) {
            toggle(g, x, y, turn[k][0], turn[k][1]);
            search(g, pos + 1, count + 1, open - area);
            toggle(g, x, y, turn[k][0], turn[k][1]);
        }
    g->row[y] ^= 1u << x;
    search(g, pos + 1, count, open - 1);
    g->row[y] ^= 1u << x;
}

/* The most a x b pieces in L x W, by exhaustive search. */
static long optimum(int L, int W, int a, int b)
{
    grid g = {L, W, a, b, {0}, 0, (long)L * W / (a * b)};
    search(&g, 0, 0, (long)L * W);
    return g.best;
}

/* sl_pack_2d's count (its layout validated) and bound in *bound. */
static long packed(long L, long W, long l, long w, long *bound)
{
    static sl_placement pl[256];
    size_t n = sizeof pl / sizeof pl[0];
    long count;
    sl_error e;
    ck_assert_int_eq(sl_pack_2d(L, W, l, w, &count, bound, pl, &n, &e),
                     SL_OK);
    ck_assert_uint_eq(n, (size_t)count);
    for (size_t k = 0; k < n; k++)
        pl[k].h = 1.0;
    ck_assert_msg(sl_pack_validate((double)L, (double)W, 1.0, (double)l,
                                   (double)w, 1.0, "h", 0, pl, n, &e) ==
                      SL_OK,
                  "%ld x %ld in %ld x %ld: %s", l, w, L, W, e.what);
    return count;
}

START_TEST(test_2d_matches_exhaustive_search)
{
    /* Every pallet up to 10 x 10 and every piece up to 6 x 5 that fits:
     * 360 cases, 59 of them with the optimum below the area bound, a few
     * of which reach the L-approach. */
    int below_area = 0;
    for (int a = 2; a <= 6; a++)
        for (int b = 1; b < a; b++)
            for (int L = a; L <= 10; L++)
                for (int W = a; W <= L; W++) {
                    long bound, opt = optimum(L, W, a, b);
                    long c = packed(L, W, a, b, &bound);
                    ck_assert_msg(c == opt, "%d x %d in %d x %d: %ld, "
                                  "optimum %ld", a, b, L, W, c, opt);
                    ck_assert_int_ge(bound, opt);
                    below_area += opt < (long)L * W / (a * b);
                }
    ck_assert_int_gt(below_area, 10);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pack2d_exact");
    TCase *t = tcase_create("exhaustive");
    tcase_add_test(t, test_2d_matches_exhaustive_search);
    suite_add_tcase(s, t);
    return sl_test_run(s);
}
