/* tests/test_pack_walls.c - wall faces (lib/pack_walls.c): every face is
 * supported and within its limits (checked by the validator as a one-deep
 * wall); walls, nested floor plans and the floor closure lift BR0
 * instances above the recursion and its one-level floor plans. */
#include <stdlib.h>
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
    ck_assert_int_eq(sli_wall_face(p, axis, k, &n, &f, &work, NULL, &e),
                     SL_OK);
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

/* The settling of a face as first written (kept as a reference for the
 * indexed one in pack_walls.c): sort by base, then x; drop each
 * rectangle onto the highest top below it among all kept ones; keep it
 * if its bottom edge is wholly on tops and its stack is within the
 * limit. */
static int ref_by_base(const void *a, const void *b)
{
    const sli_box *p = a, *q = b;
    if (p->y != q->y)
        return (p->y > q->y) - (p->y < q->y);
    return (p->x > q->x) - (p->x < q->x);
}

static size_t ref_settle(sli_boxes *r, long *lvl, long max_stack)
{
    size_t kept = 0;
    if (r->n > 1) /* qsort's array must not be NULL, even when empty */
        qsort(r->v, r->n, sizeof *r->v, ref_by_base);
    for (size_t i = 0; i < r->n; i++) {
        sli_box b = r->v[i];
        long base = 0, cover = 0, level = 1;
        for (size_t k = 0; k < kept; k++) {
            const sli_box *s = &r->v[k];
            if (s->x < b.x + b.a && b.x < s->x + s->a && s->y + s->b > base &&
                s->y + s->b <= b.y)
                base = s->y + s->b;
        }
        for (size_t k = 0; base > 0 && k < kept; k++) {
            const sli_box *s = &r->v[k];
            long lo = s->x > b.x ? s->x : b.x;
            long hi = s->x + s->a < b.x + b.a ? s->x + s->a : b.x + b.a;
            if (s->y + s->b == base && hi > lo) {
                cover += hi - lo;
                if (lvl[k] + 1 > level)
                    level = lvl[k] + 1;
            }
        }
        if ((base > 0 && cover < b.a) || (max_stack > 0 && level > max_stack))
            continue;
        b.y = base;
        lvl[kept] = level;
        r->v[kept++] = b;
    }
    r->n = kept;
    return kept;
}

/* The searched face of (axis, k) by the reference: the 2D search's
 * pattern settled in each mirror image, the first best kept if it beats
 * best (the plain grids' count); its rectangles go to out. */
static long ref_searched(const sli_pack3d *p, int axis, int k, long best,
                         sli_boxes *out, long *work)
{
    const long W = p->S[axis == 0 ? 1 : 0], H = p->S[2];
    const long a = p->d[(k + 1) % 3], b = p->d[(k + 2) % 3];
    sli_boxes pat = {0}, img = {0};
    long n = 0;
    sl_error e;
    ck_assert_int_eq(sli_pack2d_search(W, H, a, b, 0, &n, &pat, work, &e),
                     SL_OK);
    long *lvl = malloc((pat.n + 1) * sizeof *lvl);
    ck_assert_ptr_nonnull(lvl);
    for (int m = 0; pat.n > 0 && m < 4; m++) {
        img.n = 0;
        for (size_t i = 0; i < pat.n; i++) {
            sli_box r = pat.v[i];
            if (m & 1)
                r.x = W - r.x - r.a;
            if (m & 2)
                r.y = H - r.y - r.b;
            ck_assert_int_eq(sli_boxes_push(&img, r.x, r.y, 0, r.a, r.b, 0),
                             0);
        }
        long v = (long)ref_settle(&img, lvl, p->max_stack);
        if (v > best) {
            best = v;
            out->n = 0;
            for (size_t i = 0; i < img.n; i++)
                ck_assert_int_eq(sli_boxes_push(out, img.v[i].x, img.v[i].y,
                                                0, img.v[i].a, img.v[i].b, 0),
                                 0);
        }
    }
    free(lvl);
    sli_boxes_free(&img);
    sli_boxes_free(&pat);
    return best;
}

/* 1 if two lists hold the same rectangles in the same order. */
static int same_boxes(const sli_boxes *x, const sli_boxes *y)
{
    return x->n == y->n &&
           (x->n == 0 || memcmp(x->v, y->v, x->n * sizeof *x->v) == 0);
}

/* Faces whose cross-section may stand either way, at every width from
 * the widest down (as the 3D recursion asks for them), with one shared
 * guillotine table per depth and with a table of their own, and against
 * the reference settling: the same counts, the same rectangles in the
 * same order, the same effort spent (the shared work counter runs out
 * part way, so later faces end with their tables). */
START_TEST(test_face_shared_table_same)
{
    static const struct {
        long l, w, h, stack, work;
        const char *v;
    } c[] = {{59, 49, 48, 0, 40000, "lwh"}, {186, 85, 48, 0, 40000, "lwh"},
             {97, 77, 66, 2, 100000, "lwh"}, {72, 49, 35, 0, 3000, "wh"}};
    long searched = 0;
    for (size_t t = 0; t < sizeof c / sizeof c[0]; t++) {
        sli_pack3d p = sl_test_br0_problem(c[t].l, c[t].w, c[t].h, c[t].v,
                                           c[t].stack);
        if (c[t].l == 186) { /* a 40 ft interior on the 5 mm grid */
            p.S[0] = 2406;
            p.S[1] = 470;
            p.S[2] = 478;
        }
        sli_gshare share[3];
        memset(share, 0, sizeof share);
        long w1 = c[t].work, w2 = c[t].work, w3 = c[t].work;
        for (int k = 0; k < 3; k++)
            share[k].L = p.S[0];
        for (int axis = 0; axis < 2; axis++)
            for (long W = axis == 0 ? p.S[1] : p.S[0]; W > 0; W -= 5)
                for (int k = 0; k < 3; k++) {
                    sli_pack3d q = p;
                    sli_boxes f1 = {0}, f2 = {0};
                    long n1 = -1, n2 = -2;
                    sl_error e;
                    q.S[axis == 0 ? 1 : 0] = W;
                    if (!q.vert[(k + 1) % 3] || !q.vert[(k + 2) % 3] ||
                        q.d[k] > q.S[axis])
                        continue;
                    ck_assert_int_eq(sli_wall_face(&q, axis, k, &n1, &f1, &w1,
                                                   &share[k], &e), SL_OK);
                    ck_assert_int_eq(sli_wall_face(&q, axis, k, &n2, &f2, &w2,
                                                   NULL, &e), SL_OK);
                    ck_assert_int_eq(n1, n2);
                    ck_assert(same_boxes(&f1, &f2));
                    ck_assert_int_eq(w1, w2);
                    /* the reference: the better plain grid (both turns
                       stand here), then the search if it beats it */
                    const long a = q.d[(k + 1) % 3], b = q.d[(k + 2) % 3];
                    const long FW = q.S[axis == 0 ? 1 : 0], H = q.S[2];
                    long up1 = H / b, up2 = H / a, grid = 0;
                    if (q.max_stack > 0 && up1 > q.max_stack)
                        up1 = q.max_stack;
                    if (q.max_stack > 0 && up2 > q.max_stack)
                        up2 = q.max_stack;
                    if (a <= FW && b <= H)
                        grid = (FW / a) * up1;
                    if (b <= FW && a <= H && (FW / b) * up2 > grid)
                        grid = (FW / b) * up2;
                    sli_boxes ref = {0};
                    long best = ref_searched(&q, axis, k, grid, &ref, &w3);
                    ck_assert_int_eq(w3, w2);
                    ck_assert_int_eq(best, n2);
                    if (best > grid) {
                        ck_assert(same_boxes(&ref, &f2));
                        searched++;
                    }
                    sli_boxes_free(&ref);
                    sli_boxes_free(&f1);
                    sli_boxes_free(&f2);
                }
        for (int k = 0; k < 3; k++)
            sli_gshare_free(&share[k]);
        ck_assert_int_lt(w1, 0); /* the effort ran out part way */
    }
    ck_assert_int_gt(searched, 20); /* not vacuous: searches beat grids */
}
END_TEST

/* One BR0 instance (container 587 x 233 x 220): at least `at_least`
 * boxes, every one in the layout, which validates. */
static void br0_at_least(double l, double w, double h, const char *v,
                         long copies, long at_least)
{
    sl_pack_options o;
    sl_pack_options_init(&o);
    strcpy(o.vertical, v);
    o.max_count = copies;
    o.want_layout = 1;
    sl_pack_result r;
    sl_error e;
    sl_error_clear(&e);
    ck_assert_int_eq(sl_pack(587, 233, 220, l, w, h, &o, &r, &e), SL_OK);
    ck_assert_int_ge(r.count, at_least);
    ck_assert_uint_eq(r.nlayout, (size_t)r.count);
    ck_assert_msg(sl_pack_validate(587, 233, 220, l, w, h, v, 0, r.layout,
                                   r.nlayout, &e) == SL_OK, "invalid: %s",
                  e.what);
    sl_pack_result_free(&r);
}

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
    for (size_t k = 0; k < sizeof c / sizeof c[0]; k++)
        br0_at_least(c[k].l, c[k].w, c[k].h, c[k].v, c[k].cp, c[k].at_least);
}
END_TEST

START_TEST(test_floor_closure_in_br0)
{
    /* BR0 instances where the floor closure (five-block partitions of
     * every full-height block, bottom-up) beats the walls and the nested
     * floor plans: instance 35, 279 -> 280 (its best known; pinwheels of
     * four blocks in 193 x 133, 195 x 133 and 199 x 133, joined by
     * guillotine cuts three levels down), instance 31, 128 -> 129. */
    br0_at_least(100, 33, 31, "wh", 294, 280);
    br0_at_least(70, 63, 49, "lwh", 139, 129);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pack_walls");
    TCase *t = tcase_create("walls");
    tcase_add_test(t, test_face_beats_grids_and_is_supported);
    tcase_add_test(t, test_face_turns_and_limits);
    tcase_add_test(t, test_face_shared_table_same);
    tcase_add_test(t, test_walls_in_br0);
    tcase_add_test(t, test_floor_closure_in_br0);
    suite_add_tcase(s, t);
    return sl_test_run(s);
}
