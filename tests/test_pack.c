/* tests/test_pack.c - the crate packer: 2D optima and bounds, 3D layouts
 * (every one validated), limits, errors, and the validator on bad layouts. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <gsl/gsl_rng.h>
#include "testutil.h"

/* Pack, assert success and count <= bound, validate the layout; returns
 * the result (caller frees). */
static sl_pack_result pack_ok(double L, double W, double H, double l,
                              double w, double h, const sl_pack_options *o)
{
    sl_pack_result r;
    sl_error e;
    sl_error_clear(&e);
    sl_pack_options opt = *o;
    opt.want_layout = 1;
    sl_status st = sl_pack(L, W, H, l, w, h, &opt, &r, &e);
    ck_assert_msg(st == SL_OK, "sl_pack failed: %s (%s)", e.what, e.where);
    ck_assert_int_le(r.count, r.upper_bound);
    ck_assert_int_eq(r.optimal, r.count == r.upper_bound);
    ck_assert_uint_eq(r.nlayout, (size_t)r.count);
    ck_assert(r.count == 0 || r.layout != NULL);
    st = sl_pack_validate(L, W, H, l, w, h, opt.vertical, opt.max_stack,
                          r.layout, r.nlayout, &e);
    ck_assert_msg(st == SL_OK, "invalid layout for %g x %g x %g in %g x %g x "
                  "%g: %s", l, w, h, L, W, H, e.what);
    if (opt.max_count > 0)
        ck_assert_int_le(r.count, opt.max_count);
    return r;
}

/* Count only (no layout). */
static long pack_count(double L, double W, double H, double l, double w,
                       double h, const sl_pack_options *o)
{
    sl_pack_result r = pack_ok(L, W, H, l, w, h, o);
    long c = r.count;
    sl_pack_result_free(&r);
    return c;
}

/* Count only; returns the bound, asserted not below the count. */
static long pack_bound(double L, double W, double H, double l, double w,
                       double h, const sl_pack_options *o)
{
    sl_pack_result r;
    sl_error e;
    sl_pack_options opt = *o;
    opt.want_layout = 0;
    sl_error_clear(&e);
    ck_assert_msg(sl_pack(L, W, H, l, w, h, &opt, &r, &e) == SL_OK,
                  "sl_pack failed: %s (%s)", e.what, e.where);
    ck_assert_int_le(r.count, r.upper_bound);
    return r.upper_bound;
}

/* 2D: count, bound and the placements, checked as a one-high 3D layout. */
static long pack2d_ok(long L, long W, long l, long w, long *bound)
{
    static sl_placement pl[10000]; /* more than 94 x 94 */
    size_t n = sizeof pl / sizeof pl[0];
    long count;
    sl_error e;
    ck_assert_int_eq(sl_pack_2d(L, W, l, w, &count, bound, pl, &n, &e),
                     SL_OK);
    ck_assert_int_le(count, *bound);
    ck_assert_uint_eq(n, (size_t)count);
    for (size_t i = 0; i < n; i++)
        pl[i].h = 1.0;
    ck_assert_msg(sl_pack_validate((double)L, (double)W, 1.0, (double)l,
                                   (double)w, 1.0, "h", 0, pl, n, &e) ==
                  SL_OK, "2D layout invalid: %s", e.what);
    return count;
}

START_TEST(test_2d_known_optima)
{
    /* (L, W, l, w, optimum) from the pallet loading literature; the first
     * two need non-guillotine patterns beyond one five-block level. */
    static const long cases[][5] = {{49, 28, 8, 3, 57}, {43, 26, 7, 3, 53},
                                    {22, 16, 5, 3, 23}, {40, 25, 7, 3, 47},
                                    {52, 33, 9, 4, 47}};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        long bound;
        long c = pack2d_ok(cases[k][0], cases[k][1], cases[k][2],
                           cases[k][3], &bound);
        ck_assert_int_eq(bound, cases[k][4]);
        ck_assert_int_eq(c, cases[k][4]);
    }
}
END_TEST

START_TEST(test_2d_simple_grids)
{
    long bound;
    /* 7 x 3 of 13 x 11 exactly: optimal and proven. */
    ck_assert_int_eq(pack2d_ok(91, 33, 13, 11, &bound), 21);
    ck_assert_int_eq(bound, 21);
    /* Rotation needed: 11 x 13 pieces lying across. */
    ck_assert_int_eq(pack2d_ok(33, 91, 13, 11, &bound), 21);
    /* Piece larger than the pallet in both rotations. */
    ck_assert_int_eq(pack2d_ok(10, 12, 13, 11, &bound), 0);
    ck_assert_int_eq(bound, 0);
    /* Square pieces: floor(L/l) * floor(W/l). */
    ck_assert_int_eq(pack2d_ok(97, 61, 12, 12, &bound), 40);
    ck_assert_int_eq(bound, 40);
}
END_TEST

START_TEST(test_2d_errors)
{
    long c, b;
    size_t n = 3;
    sl_placement pl[3];
    sl_error e;
    ck_assert_int_eq(sl_pack_2d(0, 5, 1, 1, &c, &b, NULL, NULL, &e),
                     SL_ERANGE);
    ck_assert_str_eq(e.where, "L");
    ck_assert_int_eq(sl_pack_2d(5, 5, 1, 2000000, &c, &b, NULL, NULL, &e),
                     SL_ERANGE);
    ck_assert_str_eq(e.where, "w");
    ck_assert_int_eq(sl_pack_2d(5, 5, 1, 1, NULL, &b, NULL, NULL, &e),
                     SL_EINVAL);
    ck_assert_str_eq(e.where, "count");
    ck_assert_int_eq(sl_pack_2d(5, 5, 1, 1, &c, &b, pl, NULL, &e),
                     SL_EINVAL);
    ck_assert_str_eq(e.where, "nplacements");
    /* A short placements array gets what fits. */
    ck_assert_int_eq(sl_pack_2d(5, 5, 1, 1, &c, &b, pl, &n, &e), SL_OK);
    ck_assert_int_eq(c, 25);
    ck_assert_uint_eq(n, 3);
}
END_TEST

START_TEST(test_3d_exact_grid)
{
    sl_pack_options o;
    sl_pack_options_init(&o);
    ck_assert_str_eq(o.vertical, "h");
    ck_assert_double_eq(o.grain, 1.0);
    o.grain = 0.001;
    sl_pack_result r = pack_ok(23.85, 14.4, 9.9, 2.385, 4.8, 3.3, &o);
    ck_assert_int_eq(r.count, 10 * 3 * 3);
    ck_assert_int_eq(r.optimal, 1);
    sl_pack_result_free(&r);
    sl_pack_result_free(&r); /* freeing twice is harmless */
    sl_pack_result_free(NULL);
}
END_TEST

START_TEST(test_3d_vertical_rules)
{
    sl_pack_options o;
    sl_pack_options_init(&o);
    /* 30 tall boxes in a 20 high space: none fit standing up ... */
    ck_assert_int_eq(pack_count(100, 100, 20, 10, 10, 30, &o), 0);
    /* ... but lying down (l or w vertical) they do: per layer 3 rows of
     * 10 and 3 more across the last 10 x 100 strip. */
    strcpy(o.vertical, "lw");
    ck_assert_int_eq(pack_count(100, 100, 20, 10, 10, 30, &o), 2 * 33);
    strcpy(o.vertical, "lwh");
    ck_assert_int_ge(pack_count(100, 100, 20, 10, 10, 30, &o), 60);
}
END_TEST

/* The bound counts only the orientations that fit the space: a box longer
 * than every side of the space holds none, whatever may point up (the
 * volume alone allowed 50, and 49 off the grain), and a 120 mm side that
 * fits only upright leaves one layer of 10 x 10 footprints (72, not the
 * volume's 78, on the grain). */
START_TEST(test_3d_bound_fitting_orientations)
{
    sl_pack_options o;
    sl_pack_options_init(&o);
    strcpy(o.vertical, "lwh");
    sl_pack_result r = pack_ok(100, 100, 100, 200, 10, 10, &o);
    ck_assert_int_eq(r.count, 0);
    ck_assert_int_eq(r.upper_bound, 0);
    ck_assert_int_eq(r.optimal, 1);
    sl_pack_result_free(&r);
    r = pack_ok(100, 100, 100, 200.5, 10, 10, &o); /* off the grain */
    ck_assert_int_eq(r.count, 0);
    ck_assert_int_eq(r.upper_bound, 0);
    sl_pack_result_free(&r);
    r = pack_ok(97, 89, 131, 120, 10, 10, &o);
    ck_assert_int_eq(r.count, 72);
    ck_assert_int_eq(r.upper_bound, 72);
    sl_pack_result_free(&r);
    /* a box that fits nowhere is count 0 however many grid units its side
       takes: 10^7 x 1 x 1 in a 100 cube was SL_ERANGE ("l = 1e+07 is more
       than 10^6 grid units"), with a layout asked for too */
    o.want_layout = 1;
    strcpy(o.vertical, "h");
    r = pack_ok(100, 100, 100, 1e7, 1, 1, &o);
    ck_assert_int_eq(r.count, 0);
    ck_assert_int_eq(r.upper_bound, 0);
    ck_assert_int_eq(r.optimal, 1);
    ck_assert_uint_eq(r.nlayout, 0);
    sl_pack_result_free(&r);
    r = pack_ok(1e6, 1e6, 1e6, 1e300, 1e300, 1e300, &o);
    ck_assert_int_eq(r.count, 0);
    sl_pack_result_free(&r);
    /* standing on its long side it fits, and the grid limit holds */
    {
        sl_pack_result q;
        sl_error e;
        strcpy(o.vertical, "l");
        ck_assert_int_eq(sl_pack(1e7, 1e7, 2e6, 1e6, 1, 1, &o, &q, &e),
                         SL_ERANGE);
        ck_assert_str_eq(e.where, "L");
        /* and a box side that is no size is still an error */
        ck_assert_int_eq(sl_pack(100, 100, 100, NAN, 1, 1, &o, &q, &e),
                         SL_ERANGE);
        ck_assert_str_eq(e.where, "l");
    }
}
END_TEST

/* 1 when a sanitizer or valgrind runs this test (they need more address
 * space than an rlimit test allows). */
static int under_a_checker(void)
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return 1;
#else
    const char *pre = getenv("LD_PRELOAD");
    return pre && strstr(pre, "vgpreload") != NULL;
#endif
}

/* A capped run builds a layout of about max_count boxes, not the whole
 * space's: 5 boxes of 10 mm in a 20 ft container built all 33 million
 * (1.9 GB) before keeping the lowest 5, and 5 mm boxes ran out of memory.
 * Run in a child process with 512 MB of address space. */
START_TEST(test_3d_max_count_small_memory)
{
    static const double side[2] = {10, 5.25};
    if (under_a_checker())
        return;
    for (int k = 0; k < 2; k++) {
        pid_t pid = fork();
        int status = 0;
        ck_assert_int_ge(pid, 0);
        if (pid == 0) {
            struct rlimit r = {512L << 20, 512L << 20};
            sl_pack_options o;
            sl_pack_result res;
            sl_error e;
            sl_pack_options_init(&o);
            o.max_count = 5 - 2 * k;
            o.want_layout = 1;
            if (setrlimit(RLIMIT_AS, &r))
                _exit(3);
            if (sl_pack(5898, 2352, 2393, side[k], 10, side[k], &o, &res,
                        &e))
                _exit(1);
            _exit(res.count == o.max_count &&
                          res.nlayout == (size_t)o.max_count &&
                          res.upper_bound == o.max_count && res.optimal
                      ? 0
                      : 2);
        }
        ck_assert_int_eq(waitpid(pid, &status, 0), pid);
        ck_assert(WIFEXITED(status));
        ck_assert_msg(WEXITSTATUS(status) == 0, "side %g: child status %d "
                      "(1: sl_pack failed, out of memory)", side[k],
                      WEXITSTATUS(status));
    }
}
END_TEST

/* The cases of test_pack_memory_bounded, one per child: 0 when right. */
static int memory_case(int k)
{
    const double M = 1e6;
    sl_pack_options o;
    sl_pack_result r;
    sl_error e;
    sl_pack_options_init(&o);
    switch (k) {
    case 0: /* a count needs no list: 25 million in one layer */
        if (sl_pack(5000, 5000, 1, 1, 1, 1, &o, &r, &e) != SL_OK)
            return 10;
        return r.count == 25000000L && r.upper_bound == r.count &&
                       r.layout == NULL
                   ? 0
                   : 11;
    case 1: /* 10^18 in the largest space */
        if (sl_pack(M, M, M, 1, 1, 1, &o, &r, &e) != SL_OK)
            return 20;
        return r.count == 1000000000000000000L && r.optimal ? 0 : 21;
    case 2: /* two layer kinds, 9 million boxes */
        strcpy(o.vertical, "lwh");
        if (sl_pack(3000, 3000, 2, 1, 1, 2, &o, &r, &e) != SL_OK)
            return 30;
        return r.count == 9000000L && r.optimal ? 0 : 31;
    case 3: /* a layout of max_count = 5 in the largest space */
    case 4: {
        o.want_layout = 1;
        o.max_count = 5;
        if (k == 4)
            strcpy(o.vertical, "lwh");
        double h = k == 4 ? 2 : 1;
        if (sl_pack(M, M, M, 1, 1, h, &o, &r, &e) != SL_OK)
            return 40;
        int ok = r.count == 5 && r.nlayout == 5 &&
                 sl_pack_validate(M, M, M, 1, 1, h, o.vertical, 0, r.layout,
                                  r.nlayout, &e) == SL_OK;
        sl_pack_result_free(&r);
        return ok ? 0 : 41;
    }
    case 5: { /* sl_pack_2d keeps what its buffer holds, counts all */
        sl_placement pl[4];
        size_t n = 4;
        long c, b;
        if (sl_pack_2d(5000, 5000, 1, 1, &c, &b, pl, &n, &e) != SL_OK)
            return 50;
        for (size_t i = 0; i < n; i++)
            if (pl[i].l != 1 || pl[i].w != 1 || pl[i].x < 0 ||
                pl[i].x > 4999 || pl[i].y < 0 || pl[i].y > 4999)
                return 52;
        return c == 25000000L && b == c && n == 4 ? 0 : 51;
    }
    }
    return 99;
}

/* Memory that does not grow with the box count where no layout (or a
 * layout of max_count boxes) is asked for: each case under 512 MB of
 * address space.  A count alone listed every box of a layer (47 bytes a
 * box: 1.17 GB for 25 million, and 10^18 ran out of memory); a layout of
 * 5 in 10^6 x 10^6 x 10^6 built 10^12 boxes; sl_pack_2d built the whole
 * layout for a buffer of 4. */
START_TEST(test_pack_memory_bounded)
{
    if (under_a_checker())
        return;
    for (int k = 0; k < 6; k++) {
        pid_t pid = fork();
        int status = 0;
        ck_assert_int_ge(pid, 0);
        if (pid == 0) {
            struct rlimit r = {512L << 20, 512L << 20};
            if (setrlimit(RLIMIT_AS, &r))
                _exit(3);
            _exit(memory_case(k));
        }
        ck_assert_int_eq(waitpid(pid, &status, 0), pid);
        ck_assert_msg(WIFEXITED(status), "case %d: child killed", k);
        ck_assert_msg(WEXITSTATUS(status) == 0, "case %d: child status %d "
                      "(x0: an error such as no memory, x1: a wrong count)",
                      k, WEXITSTATUS(status));
    }
}
END_TEST

START_TEST(test_3d_limits)
{
    sl_pack_options o;
    sl_pack_options_init(&o);
    o.max_stack = 2;
    sl_pack_result r = pack_ok(50, 40, 100, 10, 10, 10, &o);
    ck_assert_int_eq(r.count, 5 * 4 * 2);
    ck_assert_int_eq(r.upper_bound, 40);
    sl_pack_result_free(&r);
    o.max_stack = 0;
    o.max_count = 77;
    r = pack_ok(50, 40, 100, 10, 10, 10, &o);
    ck_assert_int_eq(r.count, 77);
    ck_assert_int_eq(r.upper_bound, 77);
    ck_assert_int_eq(r.optimal, 1);
    sl_pack_result_free(&r);
}
END_TEST

START_TEST(test_3d_br0_sample)
{
    /* Some BR0 instances (container 587 x 233 x 220), each validated, and
     * never below the plain one-orientation layer count. */
    static const struct { double l, w, h; const char *v; long cp; } c[] = {
        {108, 76, 30, "h", 122}, {49, 25, 21, "wh", 1169},
        {86, 84, 45, "lwh", 92}, {75, 58, 57, "lwh", 121},
        {40, 36, 21, "lwh", 995}, {63, 55, 31, "wh", 280}};
    for (size_t k = 0; k < sizeof c / sizeof c[0]; k++) {
        sl_pack_options o;
        sl_pack_options_init(&o);
        strcpy(o.vertical, c[k].v);
        o.max_count = c[k].cp;
        sl_pack_result r = pack_ok(587, 233, 220, c[k].l, c[k].w, c[k].h, &o);
        long layers = (long)(220 / c[k].h);
        long b2, c2 = pack2d_ok(587, 233, (long)c[k].l, (long)c[k].w, &b2);
        ck_assert_int_ge(r.count, layers * c2 < c[k].cp ? layers * c2
                                                        : c[k].cp);
        sl_pack_result_free(&r);
    }
}
END_TEST

START_TEST(test_3d_millimetres_and_grain)
{
    sl_pack_options o;
    sl_pack_options_init(&o);
    /* A 20 ft interior and a crate in millimetres. */
    sl_pack_result r = pack_ok(5898, 2352, 2393, 930, 425, 240, &o);
    ck_assert_int_ge(r.count, 6 * 5 * 9);
    sl_pack_result_free(&r);
    /* A long rocket crate on a coarser grain of 5 mm. */
    o.grain = 5;
    r = pack_ok(5898, 2352, 2393, 3050, 400, 230, &o);
    ck_assert_int_eq(r.count, 1 * 5 * 10);
    sl_pack_result_free(&r);
    /* Sizes that are not multiples of the grain still validate. */
    o.grain = 0.5;
    strcpy(o.vertical, "wh");
    r = pack_ok(587.3, 233.7, 220.2, 49.3, 25.1, 21.7, &o);
    ck_assert_int_gt(r.count, 900);
    sl_pack_result_free(&r);
}
END_TEST

/* More allowed orientations never give fewer boxes, also at sizes that
 * are not whole grains: each vertical set that holds h is packed at least
 * as well as h alone (whose identical layers lose nothing to slivers).
 * Before layer plans and constructions were judged at the real sizes, a
 * 1,193.75 x 411.25 x 225 mm crate in a 40 ft interior gave 352 with
 * "lwh" against 423 with "h": turned layers bridged the 1.25 mm slivers
 * between the crates below, and those crates were dropped. */
START_TEST(test_3d_more_orientations_off_grain)
{
    static const double box[3][3] = {{1193.75, 411.25, 225},
                                     {603.4, 251.7, 198.2},
                                     {411.25, 387.5, 243.75}};
    static const char *const sets[3] = {"lwh", "wh", "lh"};
    sl_pack_options o;
    for (int b = 0; b < 3; b++) {
        long alone, more;
        sl_pack_options_init(&o);
        o.max_stack = 9;
        o.grain = 1;
        alone = pack_count(11832, 2252, 2243, box[b][0], box[b][1],
                           box[b][2], &o);
        ck_assert_int_gt(alone, 0);
        for (int k = 0; k < 3; k++) {
            strcpy(o.vertical, sets[k]);
            more = pack_count(11832, 2252, 2243, box[b][0], box[b][1],
                              box[b][2], &o);
            ck_assert_msg(more >= alone, "box %d, %s: %ld < %ld with h", b,
                          sets[k], more, alone);
        }
        strcpy(o.vertical, "h");
    }
}
END_TEST

/* The plain layers of sl_pack_2d's best pattern (one allowed vertical
 * dim, as many layers as the height and the stack limit allow), on the
 * grid of whole units (boxes rounded up, the space down). */
static long plain_layers(double L, double W, double H, const double d[3],
                         int v, long max_stack)
{
    long S[3] = {(long)L, (long)W, (long)H}, u[3], c = 0, b = 0;
    sl_error e;
    for (int k = 0; k < 3; k++)
        u[k] = (long)ceil(d[k]);
    if (u[v] > S[2])
        return 0;
    ck_assert_int_eq(sl_pack_2d(S[0], S[1], u[(v + 1) % 3], u[(v + 2) % 3],
                                &c, &b, NULL, NULL, &e), SL_OK);
    long n = S[2] / u[v];
    return (max_stack > 0 && n > max_stack ? max_stack : n) * c;
}

/* sl_pack never packs fewer than the plain layers of the best 2D pattern
 * (sl_pack_2d's) for any allowed vertical dim.  Before the five-block part
 * of each layer's 2D search got an effort of its own, it stopped after
 * 1/20000 of the effort: a 102.25 x 23.75 x 91.25 box in 308.739 x 306.74
 * x 207.627 (max_stack 7) got 2 layers of 32 against sl_pack_2d's 36 (the
 * search ends with 36 after 1.5 times that effort); 87 of 2100 random runs
 * of an audit fell below the plain layers, by up to 11 %. */
START_TEST(test_3d_not_below_best_layers)
{
    static const char *const sets[4] = {"h", "l", "wh", "lwh"};
    const double box[3] = {102.25, 23.75, 91.25};
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    sl_pack_options o;
    sl_pack_options_init(&o);
    o.max_stack = 7;
    ck_assert_int_eq(plain_layers(308.739, 306.74, 207.627, box, 2, 7), 72);
    ck_assert_int_eq(pack_count(308.739, 306.74, 207.627, box[0], box[1],
                                box[2], &o), 72);
    ck_assert_ptr_nonnull(rng);
    gsl_rng_set(rng, 2385);
    for (int it = 0; it < 40; it++) {
        double L = 300 + 400 * gsl_rng_uniform(rng);
        double W = 150 + 200 * gsl_rng_uniform(rng);
        double H = 150 + 200 * gsl_rng_uniform(rng);
        double d[3] = {20 + 100 * gsl_rng_uniform(rng),
                       20 + 80 * gsl_rng_uniform(rng),
                       20 + 80 * gsl_rng_uniform(rng)};
        const char *v = sets[it % 4];
        long plain = 0, got;
        sl_pack_options_init(&o);
        strcpy(o.vertical, v);
        o.max_stack = it % 3 == 0 ? 1 + (int)gsl_rng_uniform_int(rng, 8) : 0;
        for (int k = 0; k < 3; k++) {
            long n = strchr(v, "lwh"[k])
                         ? plain_layers(L, W, H, d, k, o.max_stack)
                         : 0;
            plain = n > plain ? n : plain;
        }
        got = pack_count(L, W, H, d[0], d[1], d[2], &o);
        ck_assert_msg(got >= plain, "case %d: %g x %g x %g in %g x %g x %g, "
                      "%s, max_stack %d: %ld < plain layers %ld", it, d[0],
                      d[1], d[2], L, W, H, v, o.max_stack, got, plain);
    }
    gsl_rng_free(rng);
}
END_TEST

/* With every dim allowed up, sizes off the grain pack at least as many
 * as any pair of vertical dims: the recursion's interlocked "lwh" plans
 * lost more boxes to slivers than a pair's (74 against 78 with "lw" here,
 * 25 against 27 in the second space; 23 of 500 random off-grain problems
 * of an audit had "lwh" over 3 % below a pair). */
START_TEST(test_3d_all_dims_not_below_pairs)
{
    static const double cases[2][7] = {
        {691.309, 258.806, 267.214, 117.184, 43.6134, 95.0234, 1},
        {1443.91, 2043.51, 1357.99, 1030, 292.5, 362, 5}};
    static const char *const pairs[3] = {"lw", "lh", "wh"};
    for (int k = 0; k < 2; k++) {
        const double *c = cases[k];
        sl_pack_options o;
        long all;
        sl_pack_options_init(&o);
        strcpy(o.vertical, "lwh");
        o.max_stack = k == 0 ? 5 : 0;
        o.grain = c[6];
        all = pack_count(c[0], c[1], c[2], c[3], c[4], c[5], &o);
        for (int j = 0; j < 3; j++) {
            long pair;
            strcpy(o.vertical, pairs[j]);
            pair = pack_count(c[0], c[1], c[2], c[3], c[4], c[5], &o);
            ck_assert_msg(all >= pair, "case %d: lwh %ld < %s %ld", k, all,
                          pairs[j], pair);
        }
    }
}
END_TEST

/* max_count caps the count and nothing else: at sizes that are not whole
 * grains the count with a cap below the uncapped count is the cap.  The
 * cap kept the lowest boxes of the grid layout, some of which fall at the
 * real sizes (across slivers), so fewer were left: 98 of a cap of 101
 * where 131 fit (60 x 34.25 x 85, "lh"), 15 of 17, 10 of 11. */
START_TEST(test_3d_max_count_off_grain)
{
    static const double cases[3][6] = {
        {531.889, 346.294, 162.901, 60, 34.25, 85},
        {410.138, 276.353, 195.198, 101.75, 95.5, 65.25},
        {432.101, 178.523, 166.548, 96, 62.25, 94.75}};
    static const char *const sets[3] = {"lh", "lh", "wh"};
    static const long cap[3] = {101, 17, 11};
    for (int k = 0; k < 3; k++) {
        const double *c = cases[k];
        sl_pack_options o;
        long all;
        sl_pack_options_init(&o);
        strcpy(o.vertical, sets[k]);
        all = pack_count(c[0], c[1], c[2], c[3], c[4], c[5], &o);
        ck_assert_int_gt(all, cap[k]);
        o.max_count = cap[k];
        ck_assert_int_eq(pack_count(c[0], c[1], c[2], c[3], c[4], c[5], &o),
                         cap[k]);
    }
}
END_TEST

/* Off the grain, a box rests wholly on the one below it in the same cell
 * however thin it is beside its position.  The support test took the
 * overlap from the ends x + l, where a side far shorter than x rounds
 * away: 1,000 boxes of 3e-4 x 1 x 1 (a cell of 1 each at grain 1) in a
 * cube of 10 kept 820, of 1e-20 x 1 x 1 190 (those at x = 0 and on the
 * floor), of 1e-6 x 1 x 1 730, and the same along y (1 x 3e-4 x 1: 820).
 * A box thin in height (1 x 1 x 3e-4, "lwh") packed 1,000 before too; it
 * stays here so that a fix for one axis cannot break another. */
START_TEST(test_3d_thin_boxes_off_grain)
{
    static const double thin[] = {3e-4, 1e-6, 1e-13, 1e-20, 1e-300};
    sl_pack_options o;
    sl_pack_options_init(&o);
    for (size_t k = 0; k < sizeof thin / sizeof thin[0]; k++) {
        strcpy(o.vertical, "h");
        ck_assert_int_eq(pack_count(10, 10, 10, thin[k], 1, 1, &o), 1000);
        ck_assert_int_eq(pack_count(10, 10, 10, 1, thin[k], 1, &o), 1000);
        strcpy(o.vertical, "lwh");
        ck_assert_int_eq(pack_count(10, 10, 10, 1, 1, thin[k], &o), 1000);
    }
}
END_TEST

/* The real-size bound is the same at any scale: sizes and grain times
 * 2^-1000 or 2^1000 are normal doubles whose volumes underflow to 0 or
 * overflow to inf, and the bound was 0 / 0 or inf / inf, a NaN cast to
 * long (found by fuzz_pack: 10 x 3.5e-310 x 2.1e-314 against a box of
 * 8.1e-320 x 3.5e-310 x 1).  Powers of two scale exactly, so the counts
 * and bounds must equal those at scale 1 (27 by volume, 8 in cells of 4
 * at grain 1; 2 layers of 4 under a stack limit of 2). */
START_TEST(test_3d_bound_at_extreme_scales)
{
    static const double scale[] = {0x1p-1000, 0x1p1000};
    sl_pack_options o;
    sl_pack_options_init(&o);
    for (int stack = 0; stack <= 2; stack += 2) {
        o.max_stack = stack;
        o.grain = 1;
        long b1 = pack_bound(10, 10, 10, 3.3, 3.3, 3.3, &o);
        long c1 = pack_count(10, 10, 10, 3.3, 3.3, 3.3, &o);
        ck_assert_int_eq(b1, stack ? 2 * 9 : 27);
        for (int k = 0; k < 2; k++) {
            double f = scale[k];
            o.grain = f;
            ck_assert_int_eq(pack_bound(10 * f, 10 * f, 10 * f, 3.3 * f,
                                        3.3 * f, 3.3 * f, &o), b1);
            ck_assert_int_eq(pack_count(10 * f, 10 * f, 10 * f, 3.3 * f,
                                        3.3 * f, 3.3 * f, &o), c1);
        }
    }
}
END_TEST

/* The grain that makes a box's sides whole: the coarsest of base / 1, 2,
 * 4, 5, ..., 1000, then base / 1000 / 2, ..., 1000 within the grid limit;
 * when none does, the coarsest whose cell is at most 1 % larger than the
 * box, else base;
 * and the motivating case packs more at it than at grain 1. */
START_TEST(test_grain_for)
{
    sl_pack_options o;
    long at1, fine;
    ck_assert_double_eq(sl_pack_grain_for(11832, 2252, 2243, 1194, 411, 225,
                                          1), 1);
    ck_assert_double_eq(sl_pack_grain_for(11832, 2252, 2243, 1193.75, 411.25,
                                          225, 1), 0.25);
    ck_assert_double_eq(sl_pack_grain_for(11832, 2252, 2243, 1193.7, 411.25,
                                          225, 1), 0.05);
    ck_assert_double_eq(sl_pack_grain_for(23.85, 14.4, 9.9, 2.385, 4.8, 3.3,
                                          1), 0.005);
    ck_assert_double_eq(sl_pack_grain_for(587, 233, 220, 49.3, 25.1, 21.7,
                                          0.5), 0.1);
    /* the same box and space in metres: 1/20000 (it was 1, the box a
       cell of 2 x 1 x 1 m, 10 boxes where 230 fit) */
    ck_assert_double_eq(sl_pack_grain_for(5.898, 2.352, 2.393, 1.1937,
                                          0.41125, 0.225, 1), 5e-5);
    /* 1/1000 would put 2,000 units past the grid's 10^6 on the length:
       1/100, whose cell 1.01 is within 1 % of 1.001 (it was 1: a cell of
       2) */
    ck_assert_double_eq(sl_pack_grain_for(1002, 233, 220, 1.001, 2, 3, 1),
                        0.01);
    /* no divisor within the limit works: a cell of 49.25 x 25 x 21 is
       0.51 % larger than 49.0001 x 25 x 21 (it was 1: a cell of 50) */
    ck_assert_double_eq(sl_pack_grain_for(587, 233, 220, 49.0001, 25, 21, 1),
                        0.25);
    /* none within 1 % either: base (0.2, the finest the limit allows,
       would do better here; at 10^-9 x 10^-9 x 10^-9 in a unit cube the
       finest, 10^-6, gives 10^18 cells, more than a layout may hold) */
    ck_assert_double_eq(sl_pack_grain_for(2e5, 1, 1, 1.00001, 1, 1, 1), 1);
    ck_assert_double_eq(sl_pack_grain_for(1, 1, 1, 1e-9, 1e-9, 1e-9, 1), 1);
    ck_assert_double_eq(sl_pack_grain_for(587, 233, 220, NAN, 25, 21, 2), 2);
    ck_assert_double_eq(sl_pack_grain_for(587, -1, 220, 49.5, 25, 21, 1), 1);
    ck_assert(isnan(sl_pack_grain_for(587, 233, 220, 49.5, 25, 21, NAN)));
    sl_pack_options_init(&o);
    strcpy(o.vertical, "lwh");
    o.max_stack = 9;
    at1 = pack_count(11832, 2252, 2243, 1193.75, 411.25, 225, &o);
    o.grain = 0.25;
    fine = pack_count(11832, 2252, 2243, 1193.75, 411.25, 225, &o);
    ck_assert_int_gt(fine, at1);
    /* and in metres at the grain it picks as many as in millimetres */
    o.grain = sl_pack_grain_for(11.832, 2.252, 2.243, 1.19375, 0.41125,
                                0.225, 1);
    ck_assert_int_eq(pack_count(11.832, 2.252, 2.243, 1.19375, 0.41125,
                                0.225, &o), fine);
}
END_TEST

START_TEST(test_3d_deterministic)
{
    sl_pack_options o;
    sl_pack_options_init(&o);
    strcpy(o.vertical, "lwh");
    sl_pack_result a = pack_ok(587, 233, 220, 89, 56, 45, &o);
    sl_pack_result b = pack_ok(587, 233, 220, 89, 56, 45, &o);
    ck_assert_int_eq(a.count, b.count);
    ck_assert_int_eq(a.upper_bound, b.upper_bound);
    ck_assert_int_eq(memcmp(a.layout, b.layout,
                            a.nlayout * sizeof *a.layout), 0);
    sl_pack_result_free(&a);
    sl_pack_result_free(&b);
}
END_TEST

START_TEST(test_3d_time_budget)
{
    /* A tiny wall-clock budget still gives a valid layout (the best so
     * far), never more than the unbudgeted count's bound. */
    sl_pack_options o;
    sl_pack_options_init(&o);
    strcpy(o.vertical, "lwh");
    o.seconds = 1e-4;
    sl_pack_result r = pack_ok(587, 233, 220, 40, 36, 21, &o);
    ck_assert_int_gt(r.count, 900);
    sl_pack_result_free(&r);
    /* And a small deterministic effort cap likewise. */
    o.seconds = 0;
    o.work_limit = 20000;
    r = pack_ok(587, 233, 220, 40, 36, 21, &o);
    ck_assert_int_gt(r.count, 900);
    sl_pack_result_free(&r);
}
END_TEST

START_TEST(test_3d_count_only)
{
    sl_pack_options o;
    sl_pack_options_init(&o);
    sl_pack_result r;
    sl_error e;
    ck_assert_int_eq(sl_pack(587, 233, 220, 68, 66, 31, &o, &r, &e), SL_OK);
    ck_assert_ptr_null(r.layout);
    ck_assert_uint_eq(r.nlayout, 0);
    ck_assert_int_eq(r.count, pack_count(587, 233, 220, 68, 66, 31, &o));
    ck_assert(r.seconds >= 0);
}
END_TEST

START_TEST(test_3d_bound_real_quotient)
{
    /* Sizes off the grain: the bound is the floor of the real volume
     * quotient, safely rounded.  10^-6 x 10^-6 x 1 boxes in a unit cube
     * (grain 1: one box, in a cell of 1): 10^12, read 10^12 + 1 with a
     * slack of 1e-12 on the quotient. */
    sl_pack_options o;
    sl_pack_options_init(&o);
    const long million = 1000000;
    ck_assert_int_eq(pack_bound(1, 1, 1, 1e-6, 1e-6, 1, &o),
                     million * million);
    ck_assert_int_eq(pack_bound(1, 1, 1, 1e-6, 1, 1, &o), million);
    /* past a long: LONG_MAX (10^27 boxes of 10^-9 on a side); just below
     * 2^63 the bound itself, where LONG_MAX stood for any bound from
     * 9 * 10^18 */
    ck_assert_int_eq(pack_bound(1, 1, 1, 1e-9, 1e-9, 1e-9, &o), LONG_MAX);
    long near = pack_bound(1, 1, 1, 1e-6, 1e-6, 1 / 9.1e6, &o);
    ck_assert_int_lt(near, LONG_MAX);
    ck_assert_int_ge(near, 9100000000000000000L);
    ck_assert_int_le(near, 9100000000000100000L); /* a raise of 2^-49 */
    /* 0.3 / 0.1 is 2.9999999999999996 in doubles: 3, not 2 */
    ck_assert_int_eq(pack_bound(0.3, 1, 1, 0.1, 1, 1, &o), 3);
    /* sizes within 1e-9 of whole units count as whole: 8 boxes (valid to
     * the validator) where the volume quotient is 7.99999997; the bound
     * was 7, below the count */
    const double L = 10 * (1 - 0.4e-9), l = 5 * (1 + 0.4e-9),
                 h = 5 * (1 - 1.5e-9);
    sl_pack_result r = pack_ok(L, L, L, l, l, h, &o);
    ck_assert_int_eq(r.count, 8);
    ck_assert_int_eq(r.upper_bound, 8);
    sl_pack_result_free(&r);
}
END_TEST

START_TEST(test_random_instances)
{
    /* Random spaces, boxes, vertical sets, limits and grains: every
     * layout validates, count <= bound, and count-only agrees. */
    static const char *vert[] = {"h", "w", "l", "wh", "lw", "lh", "lwh"};
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    ck_assert_ptr_nonnull(r);
    gsl_rng_set(r, 2385);
    for (int it = 0; it < 40; it++) {
        double S[3], d[3];
        for (int k = 0; k < 3; k++) {
            S[k] = 20 + gsl_rng_uniform_int(r, 200) + 0.37 * (it % 2);
            d[k] = 3 + gsl_rng_uniform_int(r, 50) + 0.25 * (it % 3 == 0);
        }
        sl_pack_options o;
        sl_pack_options_init(&o);
        strcpy(o.vertical, vert[gsl_rng_uniform_int(r, 7)]);
        o.max_stack = it % 3 == 0 ? (int)gsl_rng_uniform_int(r, 5) : 0;
        o.max_count = it % 4 == 0 ? (long)gsl_rng_uniform_int(r, 150) : 0;
        o.grain = it % 5 == 0 ? 0.25 : 1;
        long c = pack_count(S[0], S[1], S[2], d[0], d[1], d[2], &o);
        sl_pack_result q;
        sl_error e;
        o.want_layout = 0;
        ck_assert_int_eq(sl_pack(S[0], S[1], S[2], d[0], d[1], d[2], &o, &q,
                                 &e), SL_OK);
        ck_assert_int_eq(q.count, c);
        ck_assert_int_le(q.count, q.upper_bound);
    }
    for (int it = 0; it < 60; it++) {
        long bound, L = 5 + (long)gsl_rng_uniform_int(r, 90);
        long W = 5 + (long)gsl_rng_uniform_int(r, 90);
        long l = 1 + (long)gsl_rng_uniform_int(r, 20);
        long w = 1 + (long)gsl_rng_uniform_int(r, 20);
        pack2d_ok(L, W, l, w, &bound);
    }
    gsl_rng_free(r);
}
END_TEST

START_TEST(test_3d_errors)
{
    sl_pack_options o;
    sl_pack_options_init(&o);
    sl_pack_result r;
    sl_error e;
    ck_assert_int_eq(sl_pack(10, 10, 10, 1, 1, 1, NULL, &r, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "opt");
    ck_assert_int_eq(sl_pack(10, 10, 10, 1, 1, 1, &o, NULL, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "res");
    ck_assert_int_eq(sl_pack(10, NAN, 10, 1, 1, 1, &o, &r, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "W");
    ck_assert_int_eq(sl_pack(10, 10, 10, 1, -2.5, 1, &o, &r, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "w");
    ck_assert_int_eq(sl_pack(INFINITY, 10, 10, 1, 1, 1, &o, &r, &e),
                     SL_ERANGE);
    ck_assert_str_eq(e.where, "L");
    ck_assert_int_eq(sl_pack(2.5e6, 10, 10, 1, 1, 1, &o, &r, &e), SL_ERANGE);
    ck_assert_ptr_nonnull(strstr(e.what, "grain"));
    strcpy(o.vertical, "hx");
    ck_assert_int_eq(sl_pack(10, 10, 10, 1, 1, 1, &o, &r, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "vertical");
    strcpy(o.vertical, "hh");
    ck_assert_int_eq(sl_pack(10, 10, 10, 1, 1, 1, &o, &r, &e), SL_EINVAL);
    o.vertical[0] = 0;
    ck_assert_int_eq(sl_pack(10, 10, 10, 1, 1, 1, &o, &r, &e), SL_EINVAL);
    sl_pack_options_init(&o);
    o.grain = 0;
    ck_assert_int_eq(sl_pack(10, 10, 10, 1, 1, 1, &o, &r, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "grain");
    sl_pack_options_init(&o);
    o.max_stack = -1;
    ck_assert_int_eq(sl_pack(10, 10, 10, 1, 1, 1, &o, &r, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "max_stack");
    sl_pack_options_init(&o);
    o.max_count = -4;
    ck_assert_int_eq(sl_pack(10, 10, 10, 1, 1, 1, &o, &r, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "max_count");
    sl_pack_options_init(&o);
    o.seconds = NAN;
    ck_assert_int_eq(sl_pack(10, 10, 10, 1, 1, 1, &o, &r, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "seconds");
    sl_pack_options_init(NULL);
}
END_TEST

/* A clean 2 x 1 x 2 stack of 2.385 x 1.5 x 0.75 boxes to spoil. */
static void good_layout(sl_placement p[4])
{
    p[0] = (sl_placement){0, 0, 0, 2.385, 1.5, 0.75};
    p[1] = (sl_placement){2.385, 0, 0, 2.385, 1.5, 0.75};
    p[2] = (sl_placement){0, 0, 0.75, 2.385, 1.5, 0.75};
    p[3] = (sl_placement){2.385, 0, 0.75, 2.385, 1.5, 0.75};
}

/* Validate p in a 5 x 2 x 2 space; returns the status, what in e. */
static sl_status check(const sl_placement *p, size_t n, const char *vert,
                       int max_stack, sl_error *e)
{
    return sl_pack_validate(5, 2, 2, 2.385, 1.5, 0.75, vert, max_stack, p, n,
                            e);
}

START_TEST(test_validate_bad_layouts)
{
    sl_placement p[4];
    sl_error e;
    good_layout(p);
    ck_assert_int_eq(check(p, 4, "h", 0, &e), SL_OK);
    ck_assert_int_eq(check(p, 4, "h", 2, &e), SL_OK);
    /* Stack limit. */
    ck_assert_int_eq(check(p, 4, "h", 1, &e), SL_EINVAL);
    ck_assert_ptr_nonnull(strstr(e.what, "max_stack 1"));
    ck_assert_str_eq(e.where, "layout");
    /* Overlap. */
    p[3].x = 2.0;
    ck_assert_int_eq(check(p, 4, "h", 0, &e), SL_EINVAL);
    ck_assert_str_eq(e.what, "box 3 overlaps box 2");
    /* Floating: half its base over nothing. */
    good_layout(p);
    p[3].x = 2.6;
    ck_assert_int_eq(check(p, 4, "h", 0, &e), SL_EINVAL);
    ck_assert_ptr_nonnull(strstr(e.what, "box 3 is not fully supported"));
    /* Floating in the air above its supports. */
    good_layout(p);
    p[2].z = 0.9;
    ck_assert_int_eq(check(p, 4, "h", 0, &e), SL_EINVAL);
    ck_assert_ptr_nonnull(strstr(e.what, "box 2 is not fully supported"));
    /* Outside. */
    good_layout(p);
    p[1].x = 2.7;
    ck_assert_int_eq(check(p, 2, "h", 0, &e), SL_EINVAL);
    ck_assert_ptr_nonnull(strstr(e.what, "box 1 is outside the space along "
                                         "x"));
    good_layout(p);
    p[0].z = -0.1;
    ck_assert_int_eq(check(p, 1, "h", 0, &e), SL_EINVAL);
    ck_assert_ptr_nonnull(strstr(e.what, "outside"));
    /* Wrong orientation: on its side when only "h" may point up. */
    good_layout(p);
    p[0] = (sl_placement){0, 0, 0, 2.385, 0.75, 1.5};
    ck_assert_int_eq(check(p, 1, "h", 0, &e), SL_EINVAL);
    ck_assert_ptr_nonnull(strstr(e.what, "box 0 is 2.385 x 0.75 x 1.5, not an "
                                         "allowed orientation"));
    ck_assert_int_eq(check(p, 1, "w", 0, &e), SL_OK);
    /* Not a box of the given size at all. */
    p[0] = (sl_placement){0, 0, 0, 2.0, 1.5, 0.75};
    ck_assert_int_eq(check(p, 1, "lwh", 0, &e), SL_EINVAL);
    p[0] = (sl_placement){0, 0, NAN, 2.385, 1.5, 0.75};
    ck_assert_int_eq(check(p, 1, "lwh", 0, &e), SL_EINVAL);
    ck_assert_ptr_nonnull(strstr(e.what, "not finite"));
}
END_TEST

/* Boxes far thinner than the space's tolerance (10^-9 of its largest
 * side) are still checked: a box 10^-20 long floating at z = 5 over
 * nothing, and two such boxes in one place, passed, the first because the
 * area slack (the tolerance times l + w) exceeded its whole base, the
 * second because their overlap never exceeded the tolerance.  Resting
 * boxes pass, however far from the origin. */
/* Support at any scale: a box half over nothing, or wholly, at sizes
 * times 2^-1000 or 2^1000 (normal doubles whose areas underflow to 0 or
 * overflow to inf) passed, as areas compared 0 with 0 or inf with inf;
 * a stack of two stays valid. */
START_TEST(test_validate_extreme_scales)
{
    static const double scale[] = {0x1p-1000, 0x1p1000};
    sl_placement p[2];
    sl_error e;
    for (int k = 0; k < 2; k++) {
        double f = scale[k];
        p[0] = (sl_placement){0, 0, 0, 3 * f, 3 * f, 3 * f};
        p[1] = (sl_placement){0, 0, 3 * f, 3 * f, 3 * f, 3 * f};
        ck_assert_int_eq(sl_pack_validate(10 * f, 10 * f, 10 * f, 3 * f,
                                          3 * f, 3 * f, "h", 0, p, 2, &e),
                         SL_OK);
        p[1].x = 1.5 * f; /* half over nothing */
        ck_assert_int_eq(sl_pack_validate(10 * f, 10 * f, 10 * f, 3 * f,
                                          3 * f, 3 * f, "h", 0, p, 2, &e),
                         SL_EINVAL);
        ck_assert_str_eq(e.what, "box 1 is not fully supported: 50.0 % of "
                                 "its base rests on the floor or on boxes");
        p[1].x = 5 * f; /* wholly */
        ck_assert_int_eq(sl_pack_validate(10 * f, 10 * f, 10 * f, 3 * f,
                                          3 * f, 3 * f, "h", 0, p, 2, &e),
                         SL_EINVAL);
        ck_assert_str_eq(e.what, "box 1 is not fully supported: 0.0 % of "
                                 "its base rests on the floor or on boxes");
    }
}
END_TEST

START_TEST(test_validate_thin_boxes)
{
    const double t = 1e-20;
    sl_placement p[3];
    sl_error e;
    /* a stack of two at x = 9: valid (the overlap taken from the ends
       x + l was 0 here) */
    p[0] = (sl_placement){9, 9, 0, t, 1, 1};
    p[1] = (sl_placement){9, 9, 1, t, 1, 1};
    ck_assert_int_eq(sl_pack_validate(10, 10, 10, t, 1, 1, "h", 0, p, 2, &e),
                     SL_OK);
    /* floating over nothing */
    p[1].z = 5;
    ck_assert_int_eq(sl_pack_validate(10, 10, 10, t, 1, 1, "h", 0, p, 2, &e),
                     SL_EINVAL);
    ck_assert_ptr_nonnull(strstr(e.what, "box 1 is not fully supported"));
    /* half on the box below: 5e-21 of its length over nothing (at x = 0:
       9 + 5e-21 is 9 in doubles) */
    p[0].x = 0;
    p[1] = (sl_placement){t / 2, 9, 1, t, 1, 1};
    ck_assert_int_eq(sl_pack_validate(10, 10, 10, t, 1, 1, "h", 0, p, 2, &e),
                     SL_EINVAL);
    ck_assert_ptr_nonnull(strstr(e.what, "box 1 is not fully supported"));
    /* two in one place on the floor */
    p[1] = p[0];
    p[0].x = p[1].x = 0;
    ck_assert_int_eq(sl_pack_validate(10, 10, 10, t, 1, 1, "h", 0, p, 2, &e),
                     SL_EINVAL);
    ck_assert_str_eq(e.what, "box 1 overlaps box 0");
    /* side by side, touching: valid */
    p[1].x = t;
    p[2] = (sl_placement){2 * t, 0, 0, t, 1, 1};
    ck_assert_int_eq(sl_pack_validate(10, 10, 10, t, 1, 1, "h", 0, p, 3, &e),
                     SL_OK);
}
END_TEST

START_TEST(test_validate_arguments)
{
    sl_placement p[4];
    sl_error e;
    good_layout(p);
    ck_assert_int_eq(check(NULL, 0, "h", 0, &e), SL_OK);
    ck_assert_int_eq(check(NULL, 2, "h", 0, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "layout");
    ck_assert_int_eq(check(p, 4, "q", 0, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "vertical");
    ck_assert_int_eq(check(p, 4, NULL, 0, &e), SL_EINVAL);
    ck_assert_int_eq(check(p, 4, "h", -3, &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "max_stack");
    ck_assert_int_eq(sl_pack_validate(5, 2, 2, 2.385, 0, 0.75, "h", 0, p, 4,
                                      &e), SL_ERANGE);
    ck_assert_str_eq(e.where, "w");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pack");
    TCase *t2 = tcase_create("2d");
    tcase_add_test(t2, test_2d_known_optima);
    tcase_add_test(t2, test_2d_simple_grids);
    tcase_add_test(t2, test_2d_errors);
    suite_add_tcase(s, t2);
    TCase *t3 = tcase_create("3d");
    tcase_add_test(t3, test_3d_exact_grid);
    tcase_add_test(t3, test_3d_vertical_rules);
    tcase_add_test(t3, test_3d_limits);
    tcase_add_test(t3, test_3d_max_count_small_memory);
    tcase_add_test(t3, test_pack_memory_bounded);
    tcase_add_test(t3, test_3d_bound_fitting_orientations);
    tcase_add_test(t3, test_3d_br0_sample);
    tcase_add_test(t3, test_3d_millimetres_and_grain);
    tcase_add_test(t3, test_3d_deterministic);
    tcase_add_test(t3, test_3d_more_orientations_off_grain);
    tcase_add_test(t3, test_3d_not_below_best_layers);
    tcase_add_test(t3, test_3d_max_count_off_grain);
    tcase_add_test(t3, test_3d_thin_boxes_off_grain);
    tcase_add_test(t3, test_3d_bound_at_extreme_scales);
    tcase_add_test(t3, test_3d_all_dims_not_below_pairs);
    tcase_add_test(t3, test_grain_for);
    tcase_add_test(t3, test_3d_count_only);
    tcase_add_test(t3, test_3d_time_budget);
    tcase_add_test(t3, test_3d_errors);
    tcase_add_test(t3, test_3d_bound_real_quotient);
    tcase_add_test(t3, test_random_instances);
    suite_add_tcase(s, t3);
    TCase *tv = tcase_create("validate");
    tcase_add_test(tv, test_validate_bad_layouts);
    tcase_add_test(tv, test_validate_thin_boxes);
    tcase_add_test(tv, test_validate_extreme_scales);
    tcase_add_test(tv, test_validate_arguments);
    suite_add_tcase(s, tv);
    return sl_test_run(s);
}
