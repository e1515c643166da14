/* tests/test_pack_walls.c - wall faces (lib/pack_walls.c): every face is
 * supported and within its limits (checked by the validator as a one-deep
 * wall); walls and nested floor plans lift BR0 instances above the
 * recursion and its one-level floor plans. */
#include <string.h>
#include "testpack.h"

/* The face of wall (axis, k) as a one-deep wall, checked by the
 * validator; returns its count. */
static long face_ok(const sli_pack3d *p, int axis, int k, const char *vert)
{
    static sl_placement pl[4096];
    sli_boxes f = {0};
    long n = -1, work = 10000000;
    sl_error e;
    sl_error_clear(&e);
    ck_assert_int_eq(sli_wall_face(p, axis, k, &n, &f, &work, NULL, &e), SL_OK);
    ck_assert_int_ge(n, 0);
    ck_assert_uint_eq(f.n, (size_t)n);
    ck_assert_uint_le(f.n, sizeof pl / sizeof pl[0]);
    const double W = (double)p->S[axis == 0 ? 1 : 0], H = (double)p->S[2];
    const double D = (double)p->d[k];
    for (size_t i = 0; i < f.n; i++) {
        const sli_box *r = &f.v[i];
        pl[i] = axis == 0
            ? (sl_placement){0, (double)r->x, (double)r->y, D, (double)r->a,
                             (double)r->b}
            : (sl_placement){(double)r->x, 0, (double)r->y, (double)r->a, D,
                             (double)r->b};
    }
    sl_status st = axis == 0
        ? sl_pack_validate(D, W, H, p->real[0], p->real[1], p->real[2],
                           vert, (int)p->max_stack, pl, f.n, &e)
        : sl_pack_validate(W, D, H, p->real[0], p->real[1], p->real[2],
                           vert, (int)p->max_stack, pl, f.n, &e);
    ck_assert_msg(st == SL_OK, "face (%d, %d) invalid: %s", axis, k, e.what);
    sli_boxes_free(&f);
    return n;
}

START_TEST(test_face_beats_grids_and_is_supported)
{
    /* 59 x 49 cross-sections in a 233 x 220 face (BR0 instance 48, walls
     * 48 deep along x): either plain grid holds 3 x 4 = 12; the 2D
     * search's pattern, dropped and pruned to what is supported, holds
     * more, and never more than the 2D bound. */
    sli_pack3d p = sl_test_br0_problem(59, 49, 48, "lwh", 0);
    long n = face_ok(&p, 0, 2, "lwh");
    ck_assert_int_gt(n, 12);
    ck_assert_int_le(n, sli_bound_2d(233, 220, 59, 49));
    for (int axis = 0; axis < 2; axis++)
        for (int k = 0; k < 3; k++)
            ck_assert_int_ge(face_ok(&p, axis, k, "lwh"), 1);
}
END_TEST

START_TEST(test_face_turns_and_limits)
{
    /* Only h up ("h"): a wall 100 deep along y shows 33 x 31 faces in a
     * grid of 587 / 33 = 17 columns of 220 / 31 = 7. */
    sli_pack3d p = sl_test_br0_problem(100, 33, 31, "h", 0);
    ck_assert_int_eq(face_ok(&p, 1, 0, "h"), 17 * 7);
    /* A wall deeper than the space is empty. */
    sli_pack3d q = sl_test_br0_problem(600, 33, 31, "h", 0);
    ck_assert_int_eq(face_ok(&q, 0, 0, "h"), 0);
    /* A stack limit of 2 holds in every face. */
    sli_pack3d s = sl_test_br0_problem(59, 49, 48, "lwh", 2);
    for (int k = 0; k < 3; k++) {
        long n = face_ok(&s, 0, k, "lwh");
        ck_assert_int_ge(n, 1);
        ck_assert_int_le(n, 2 * (233 / 48));
    }
}
END_TEST

START_TEST(test_walls_in_br0)
{
    /* BR0 instances where walls with searched faces beat the recursion
     * and its one-level floor plans (62 -> 63, 56 -> 58, 120 -> 122
     * before walls; 226 -> 227 with walls inside the recursion), and one
     * where the nested floor plans do (instance 37: 91 -> 93); every
     * layout validated. */
    static const struct {
        double l, w, h;
        const char *v;
        long cp, at_least;
    } c[] = {{95, 80, 57, "lwh", 69, 63}, {97, 77, 66, "lwh", 61, 58},
             {89, 56, 45, "lwh", 134, 122}, {72, 49, 35, "wh", 243, 227},
             {98, 73, 44, "wh", 95, 93}};
    for (size_t k = 0; k < sizeof c / sizeof c[0]; k++) {
        sl_pack_options o;
        sl_pack_options_init(&o);
        strcpy(o.vertical, c[k].v);
        o.max_count = c[k].cp;
        o.want_layout = 1;
        sl_pack_result r;
        sl_error e;
        sl_error_clear(&e);
        ck_assert_int_eq(sl_pack(587, 233, 220, c[k].l, c[k].w, c[k].h, &o,
                                 &r, &e), SL_OK);
        ck_assert_int_ge(r.count, c[k].at_least);
        ck_assert_uint_eq(r.nlayout, (size_t)r.count);
        ck_assert_msg(sl_pack_validate(587, 233, 220, c[k].l, c[k].w,
                                       c[k].h, c[k].v, 0, r.layout, r.nlayout,
                                       &e) == SL_OK, "invalid: %s", e.what);
        sl_pack_result_free(&r);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pack_walls");
    TCase *t = tcase_create("walls");
    tcase_add_test(t, test_face_beats_grids_and_is_supported);
    tcase_add_test(t, test_face_turns_and_limits);
    tcase_add_test(t, test_walls_in_br0);
    suite_add_tcase(s, t);
    return sl_test_run(s);
}
