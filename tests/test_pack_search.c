/* tests/test_pack_search.c - the block-building look-ahead search
 * (lib/pack_search.c): every layout it builds passes the validator (full
 * support, stack limit, orientations), it reaches counts the other
 * constructions miss, and it stops at its effort, target and size
 * limits. */
#include <stdlib.h>
#include <string.h>
#include "testpack.h"

/* Run the search with `work` steps; check that its layout holds as many
 * boxes as it reports and passes the validator; returns the count. */
static long search_ok(const sli_pack3d *p, const char *vert, long work)
{
    sli_boxes out = {0};
    long n = -1;
    sl_error e;
    sl_error_clear(&e);
    ck_assert_int_eq(sli_pack3d_search(p, sli_pack3d_bound(p), &n, &out,
                                       &work, &e), SL_OK);
    ck_assert_uint_eq(out.n, (size_t)n);
    sl_placement *pl = malloc((out.n ? out.n : 1) * sizeof *pl);
    ck_assert_ptr_nonnull(pl);
    for (size_t i = 0; i < out.n; i++)
        pl[i] = (sl_placement){(double)out.v[i].x, (double)out.v[i].y,
                               (double)out.v[i].z, (double)out.v[i].a,
                               (double)out.v[i].b, (double)out.v[i].c};
    sl_status st = sl_pack_validate(587, 233, 220, p->real[0], p->real[1],
                                    p->real[2], vert, (int)p->max_stack, pl,
                                    out.n, &e);
    ck_assert_msg(st == SL_OK, "%ld x %ld x %ld (%s): %s", p->d[0], p->d[1],
                  p->d[2], vert, e.what);
    free(pl);
    sli_boxes_free(&out);
    return n;
}

START_TEST(test_search_supported_where_overhang_pays)
{
    /* BR0 instances 6 and 42: without the support rule the same search
     * finds 77 and 91 boxes (the best known counts) with boxes resting on
     * 27 % and 97 % of their base; with it, its layouts validate and hold
     * as many as the other constructions (76, 90). */
    sli_pack3d p6 = sl_test_br0_problem(86, 84, 45, "lwh", 0);
    long n6 = search_ok(&p6, "lwh", 1000000);
    ck_assert_int_ge(n6, 76);
    ck_assert_int_le(n6, sli_pack3d_bound(&p6));
    sli_pack3d p42 = sl_test_br0_problem(76, 74, 50, "lwh", 0);
    long n42 = search_ok(&p42, "lwh", 1000000);
    ck_assert_int_ge(n42, 90);
    ck_assert_int_le(n42, sli_pack3d_bound(&p42));
}
END_TEST

START_TEST(test_search_beats_other_constructions)
{
    /* BR0 instance 7 (118 x 79 x 51, "wh", 63 copies, best known 52):
     * the layers, the 3D recursion, walls and floor plans reach 53; the
     * search finds 54 supported boxes, and sl_pack returns them (capped
     * at 54 copies it is then optimal). */
    sli_pack3d p = sl_test_br0_problem(118, 79, 51, "wh", 0);
    ck_assert_int_ge(search_ok(&p, "wh", 1000000), 54);
    sl_pack_options o;
    sl_pack_options_init(&o);
    strcpy(o.vertical, "wh");
    o.max_count = 54;
    o.want_layout = 1;
    sl_pack_result r;
    sl_error e;
    ck_assert_int_eq(sl_pack(587, 233, 220, 118, 79, 51, &o, &r, &e), SL_OK);
    ck_assert_int_eq(r.count, 54);
    ck_assert_int_eq(r.upper_bound, 54);
    ck_assert_int_eq(r.optimal, 1);
    ck_assert_int_eq(sl_pack_validate(587, 233, 220, 118, 79, 51, "wh", 0,
                                      r.layout, r.nlayout, &e), SL_OK);
    sl_pack_result_free(&r);
    o.want_layout = 0; /* the count alone is the same */
    ck_assert_int_eq(sl_pack(587, 233, 220, 118, 79, 51, &o, &r, &e), SL_OK);
    ck_assert_int_eq(r.count, 54);
    sl_pack_result_free(&r);
}
END_TEST

START_TEST(test_search_stack_limit)
{
    /* Stacks of at most 2 (and 3) boxes: every layout validates with the
     * limit, and no layout beats the stack bound. */
    static const struct { long l, w, h; const char *v; } c[] = {
        {86, 71, 41, "wh"}, {59, 49, 48, "lwh"}, {40, 36, 21, "lwh"}};
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++)
        for (long s = 2; s <= 3; s++) {
            sli_pack3d p = sl_test_br0_problem(c[i].l, c[i].w, c[i].h,
                                               c[i].v, s);
            long n = search_ok(&p, c[i].v, 300000);
            ck_assert_int_gt(n, 0);
            ck_assert_int_le(n, sli_pack3d_bound(&p));
        }
}
END_TEST

START_TEST(test_search_many_instances_validate)
{
    /* Pseudo-random boxes (fixed seed), every vertical set: layouts
     * validate and never exceed the bound. */
    static const char *vert[] = {"h", "w", "l", "wh", "lw", "lh", "lwh"};
    unsigned long x = 2385;
    for (int t = 0; t < 21; t++) {
        long d[3];
        for (int k = 0; k < 3; k++) {
            x = x * 6364136223846793005UL + 1442695040888963407UL;
            d[k] = 19 + (long)((x >> 33) % 97);
        }
        sli_pack3d p = sl_test_br0_problem(d[0], d[1], d[2], vert[t % 7],
                                           t % 3);
        long n = search_ok(&p, vert[t % 7], 200000);
        ck_assert_int_le(n, sli_pack3d_bound(&p));
    }
}
END_TEST

START_TEST(test_search_limits)
{
    sli_pack3d p = sl_test_br0_problem(86, 84, 45, "lwh", 0);
    sli_boxes out = {0};
    long n = -1, work = 0;
    sl_error e;
    /* No effort: no layout, no error. */
    ck_assert_int_eq(sli_pack3d_search(&p, 88, &n, &out, &work, &e), SL_OK);
    ck_assert_int_eq(n, 0);
    ck_assert_uint_eq(out.n, 0);
    /* A target met by the first greedy layout stops the search there. */
    work = 1000000;
    ck_assert_int_eq(sli_pack3d_search(&p, 10, &n, NULL, &work, &e), SL_OK);
    ck_assert_int_ge(n, 10);
    ck_assert_int_gt(work, 900000);
    /* Boxes so small that one layer would hold more than 20000: skipped
     * at once. */
    sli_pack3d tiny = sl_test_br0_problem(2, 3, 5, "lwh", 0);
    work = 1000000;
    ck_assert_int_eq(sli_pack3d_search(&tiny, 2000000, &n, &out, &work, &e),
                     SL_OK);
    ck_assert_int_eq(n, 0);
    ck_assert_int_eq(work, 1000000);
    sli_boxes_free(&out);
}
END_TEST

/* The unit-box index (pack_util.c) gives, for a query, exactly the boxes
 * of the level whose unit rectangles meet it, each once, in order of x
 * then y: checked against reading every box, on random sets with levels
 * of mixed extents (a reach taken from the query's sides, or from one
 * level's boxes for another, misses some). */
START_TEST(test_rindex_matches_brute_force)
{
    srand(7);
    for (int round = 0; round < 60; round++) {
        sli_boxes bs = {0};
        size_t n = (size_t)(rand() % 120);
        for (size_t i = 0; i < n; i++) {
            long a = 1 + rand() % (round % 3 ? 9 : 2);
            long b = 1 + rand() % (round % 2 ? 9 : 2);
            ck_assert_int_eq(sli_boxes_push(&bs, rand() % 30, rand() % 30,
                                            rand() % 4, a, b,
                                            1 + rand() % 2),
                             0);
        }
        int by_top = round % 4 != 0;
        sli_rindex ix;
        ck_assert_int_eq(sli_rindex_build(&ix, bs.v, bs.n, by_top), 0);
        for (int q = 0; q < 200; q++) {
            long top = by_top ? rand() % 7 : 0;
            long x = rand() % 40 - 5, y = rand() % 40 - 5;
            long a = 1 + rand() % 10, b = 1 + rand() % 10;
            unsigned char *seen = calloc(n ? n : 1, 1);
            ck_assert_ptr_nonnull(seen);
            sli_rwalk w;
            sli_rwalk_start(&w, &ix, top, x, y, a, b);
            size_t got = 0, k, last = (size_t)-1;
            while ((k = sli_rwalk_next(&w)) != (size_t)-1) {
                ck_assert_uint_lt(k, n);
                ck_assert_int_eq(seen[k], 0);
                seen[k] = 1;
                if (last != (size_t)-1)
                    ck_assert(bs.v[last].x < bs.v[k].x ||
                              (bs.v[last].x == bs.v[k].x &&
                               bs.v[last].y <= bs.v[k].y));
                last = k;
                got++;
            }
            size_t want = 0;
            for (size_t i = 0; i < n; i++) {
                const sli_box *v = &bs.v[i];
                int meets = (by_top ? v->z + v->c : 0) == top &&
                            v->x < x + a && x < v->x + v->a &&
                            v->y < y + b && y < v->y + v->b;
                ck_assert_int_eq(seen[i], meets);
                want += (size_t)meets;
            }
            ck_assert_uint_eq(got, want);
            free(seen);
        }
        sli_rindex_free(&ix);
        sli_boxes_free(&bs);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pack_search");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_search_supported_where_overhang_pays);
    tcase_add_test(tc, test_search_beats_other_constructions);
    tcase_add_test(tc, test_search_stack_limit);
    tcase_add_test(tc, test_search_many_instances_validate);
    tcase_add_test(tc, test_search_limits);
    tcase_add_test(tc, test_rindex_matches_brute_force);
    suite_add_tcase(s, tc);
    return sl_test_run(s);
}
