/*
 * tests/fuzz/fuzz_pack.c - fuzz the crate packer and its companions.
 *
 * Input: byte 0 chooses the mode, bytes 1..3 the options, then the sizes.
 * Mode bit 0 set: the six sizes are raw doubles (any bit pattern: NaN,
 * infinities, negatives, subnormals, huge); clear: small whole sizes (the
 * space 1 to 160, the box 4 to 60 units), each divided by a divisor
 * that byte 3 picks, so that sizes off the grain are tried too (a box
 * side is at least 4 units: at most 40 x 40 x 40 boxes to validate).  Bits 1..3
 * are the vertical set (none: the empty string, which must be refused),
 * bit 4 asks for the layout (not taken when the space holds more than
 * 10^5 boxes by volume).  Valid sizes off the grain are not packed when
 * the grid holds more than 2 * 10^5 boxes by volume (seconds per input
 * under the sanitizers; see below).
 *
 * Promises checked besides "no crash, no leak, no UB":
 * - sl_pack returns SL_OK or a filled error; on SL_OK, 0 <= count <=
 *   upper_bound, optimal exactly when they are equal, count <= max_count
 *   when set, and a requested layout has count boxes and passes
 *   sl_pack_validate with the same rules;
 * - sl_pack_2d (on the sizes as whole numbers) returns SL_OK or a filled
 *   error; count <= bound, and the rectangles written are the count (or
 *   the capacity given) and lie in the rectangle without overlapping;
 * - sl_pack_grain_for returns a finite positive grain for a finite
 *   positive base; sl_door_passes returns 0 or 1.
 */
#include <math.h>
#include <string.h>
#include "shipload/shipload.h"
#include "fuzz.h"

/* The work cap: small, so that one input takes milliseconds. */
#define WORK 20000

static const double divisors[] = {1, 2, 4, 10, 3, 7, 1000, 0.5};
static const double grains[] = {1, 0.5, 0.25, 0.1, 3, 0.3, 1e-3, 7};

/* A little-endian value of n bytes from *p, advancing it; 0 past the end. */
static unsigned long long take(const uint8_t **p, const uint8_t *end,
                               int n)
{
    unsigned long long v = 0;
    for (int k = 0; k < n; k++)
        v |= (unsigned long long)(*p < end ? *(*p)++ : 0) << (8 * k);
    return v;
}

static void check_pack(const double s[6], const sl_pack_options *o)
{
    sl_pack_result r;
    sl_error e;
    memset(&e, 0, sizeof e);
    sl_status st = sl_pack(s[0], s[1], s[2], s[3], s[4], s[5], o, &r, &e);
    if (st != SL_OK) {
        FUZZ_CHECK_ERROR(st, e);
        return;
    }
    FUZZ_CHECK(r.count >= 0 && r.count <= r.upper_bound,
               "count %ld, bound %ld", r.count, r.upper_bound);
    FUZZ_CHECK(r.optimal == (r.count == r.upper_bound),
               "optimal %d, count %ld, bound %ld", r.optimal, r.count,
               r.upper_bound);
    FUZZ_CHECK(o->max_count == 0 || r.count <= o->max_count,
               "count %ld over max_count %ld", r.count, o->max_count);
    if (o->want_layout) {
        FUZZ_CHECK(r.nlayout == (size_t)r.count && (r.layout || !r.count),
                   "%zu boxes in the layout, count %ld", r.nlayout, r.count);
        st = sl_pack_validate(s[0], s[1], s[2], s[3], s[4], s[5],
                              o->vertical, o->max_stack, r.layout,
                              r.nlayout, &e);
        FUZZ_CHECK(st == SL_OK, "%g x %g x %g in %g x %g x %g, vertical "
                   "%s, stack %d, grain %g: %s", s[3], s[4], s[5], s[0],
                   s[1], s[2], o->vertical, o->max_stack, o->grain, e.what);
    }
    sl_pack_result_free(&r);
}

static void check_2d(const double s[6])
{
    enum { CAP = 64 };
    sl_placement pl[CAP];
    size_t n = CAP;
    long count = -1, bound = -1;
    sl_error e;
    memset(&e, 0, sizeof e);
    /* whole numbers of any size, negative and huge included */
    long v[4];
    for (int k = 0; k < 4; k++)
        v[k] = isfinite(s[k < 2 ? k : k + 1]) &&
                       fabs(s[k < 2 ? k : k + 1]) < 1e12
                   ? (long)s[k < 2 ? k : k + 1]
                   : -1;
    sl_status st = sl_pack_2d(v[0], v[1], v[2], v[3], &count, &bound, pl,
                              &n, &e);
    if (st != SL_OK) {
        FUZZ_CHECK_ERROR(st, e);
        return;
    }
    FUZZ_CHECK(count >= 0 && count <= bound, "2d: count %ld, bound %ld",
               count, bound);
    FUZZ_CHECK(n == (size_t)(count < CAP ? count : CAP),
               "2d: %zu written of %ld", n, count);
    for (size_t i = 0; i < n; i++) {
        const sl_placement *a = &pl[i];
        FUZZ_CHECK(a->x >= 0 && a->y >= 0 && a->x + a->l <= v[0] &&
                       a->y + a->w <= v[1],
                   "2d: rectangle %zu outside %ld x %ld", i, v[0], v[1]);
        FUZZ_CHECK((a->l == v[2] && a->w == v[3]) ||
                       (a->l == v[3] && a->w == v[2]),
                   "2d: rectangle %zu is %g x %g", i, a->l, a->w);
        for (size_t j = 0; j < i; j++) {
            const sl_placement *b = &pl[j];
            FUZZ_CHECK(a->x + a->l <= b->x || b->x + b->l <= a->x ||
                           a->y + a->w <= b->y || b->y + b->w <= a->y,
                       "2d: rectangles %zu and %zu overlap", i, j);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *p = data, *end = data + size;
    unsigned mode = (unsigned)take(&p, end, 1);
    unsigned opt1 = (unsigned)take(&p, end, 1);
    unsigned opt2 = (unsigned)take(&p, end, 1);
    unsigned opt3 = (unsigned)take(&p, end, 1);
    double s[6];
    sl_pack_options o;
    sl_pack_options_init(&o);
    int n = 0;
    for (int k = 0; k < 3; k++)
        if (mode & (2u << k))
            o.vertical[n++] = "lwh"[k];
    o.vertical[n] = '\0';
    o.want_layout = (mode >> 4) & 1;
    o.max_stack = (int)(opt1 % 5);
    o.max_count = (long)(opt1 / 5 % 4 == 3 ? opt2 : 0);
    o.grain = (opt3 >> 4) & 1 ? grains[opt3 >> 5] : 1;
    o.work_limit = WORK;
    for (int k = 0; k < 6; k++) {
        if (mode & 1) {
            unsigned long long bits = take(&p, end, 8);
            memcpy(&s[k], &bits, sizeof s[k]);
        } else {
            unsigned v = (unsigned)take(&p, end, 1);
            s[k] = (double)(k < 3 ? 1 + v % 160 : 4 + v % 57) /
                   divisors[opt3 & 7];
        }
    }
    /* a layout of millions of boxes (3e-4 x 1 x 1 in 10 x 10 x 10: 3.3
       million) takes seconds to build and check: counted only.  The cap
       stays 10^5 although the validator is fast now: with 4 * 10^5 (29 Nov
       2026, clang, ASan + UBSan, load average 3.5 to 4.5), 1 x 1 x 1 in
       58^3 and 70^3 (195,112 and 343,000 boxes) took 4.5 s and 9.9 s to
       pack, build and check, 1.01 x 1.01 x 44.5 in 293.5 x 233 x 220
       (331,424) 16.3 s; at 10^5, 46^3 took 2.3 s */
    if (!(s[0] * s[1] * s[2] <= 1e5 * s[3] * s[4] * s[5]))
        o.want_layout = 0;
    if (!(opt3 & 16)) /* the grain the CLI would choose */
        o.grain = sl_pack_grain_for(s[0], s[1], s[2], s[3], s[4], s[5], 1);
    /* Sizes off the grain make the packer place each candidate layout at
       the real sizes, a few passes over every box: 547,084 boxes of
       3.5e-310 x 3.5e-310 x 44.5 in 587 x 233 x 220 take 0.5 s in a
       Release build but 12 s under the sanitizers, and up to 4 * 10^6
       boxes are allowed.  So valid sizes off the grain are packed only
       when the grid holds at most 2 * 10^5 boxes by volume (the index
       that keeps the cost per box small is checked against a full scan
       by test_rindex_matches_brute_force; the input stays in the corpus
       as a seed). */
    int off_grain = 0, valid = o.grain > 0 && isfinite(o.grain);
    double units = 1;
    for (int k = 0; k < 6; k++)
        valid &= isfinite(s[k]) && s[k] > 0;
    for (int k = 0; valid && k < 3; k++) {
        double b = ceil(s[k + 3] / o.grain), sp = floor(s[k] / o.grain);
        off_grain |= b != s[k + 3] / o.grain;
        units *= sp / b;
    }
    int skip_pack = valid && off_grain && !(units <= 2e5);
    double g = sl_pack_grain_for(s[0], s[1], s[2], s[3], s[4], s[5], 1);
    FUZZ_CHECK(isfinite(g) && g > 0, "grain %g", g);
    int d = sl_door_passes(s[0], s[1], s[3], s[4], s[5], o.vertical);
    FUZZ_CHECK(d == 0 || d == 1, "door %d", d);
    if (!skip_pack)
        check_pack(s, &o);
    check_2d(s);
    return 0;
}
