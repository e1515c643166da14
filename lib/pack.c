/*
 * lib/pack.c - the crate packer's entry points: options, argument checks,
 * the 3D search on the integer grid, conversion of the layout back to the
 * caller's unit, and the 2D entry point.
 */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "pack_internal.h"

void sl_pack_options_init(sl_pack_options *opt)
{
    if (!opt)
        return;
    memset(opt, 0, sizeof *opt);
    opt->vertical[0] = 'h';
    opt->grain = 1.0;
}

void sl_pack_result_free(sl_pack_result *res)
{
    if (!res)
        return;
    free(res->layout);
    memset(res, 0, sizeof *res);
}

/* Check one size: finite, positive, and at most the grid limit in units. */
static sl_status check_size(double v, double grain, const char *name,
                            sl_error *err)
{
    if (!isfinite(v) || v <= 0)
        return sli_fail(err, SL_ERANGE, name, "%s must be a finite positive "
                        "size, got %g", name, v);
    if (v / grain > (double)SLI_PACK_MAX_UNITS)
        return sli_fail(err, SL_ERANGE, name, "%s = %g is more than 10^6 "
                        "grid units of %g; use a larger grain", name, v,
                        grain);
    return SL_OK;
}

/* 1 if the box is longer than the space in every allowed orientation,
 * beyond what the grid's rounding forgives (a cell of ceil(v / g (1 -
 * 1e-9)) grains fits floor(V / g (1 + 1e-9)) only if v <= V (1 + 2e-9)):
 * then neither its cell nor the box fits, count and bound are 0 at any
 * grid size.  Compared in real sizes, so a box side of more than 10^6
 * grains is compared, not refused. */
static int fits_nowhere(const double v[6], const int vert[3])
{
    const double slack = 1 + 3e-9;
    for (int k = 0; k < 3; k++) { /* box side k up */
        double a = v[3 + (k + 1) % 3], b = v[3 + (k + 2) % 3];
        if (vert[k] && v[3 + k] <= v[2] * slack &&
            ((a <= v[0] * slack && b <= v[1] * slack) ||
             (b <= v[0] * slack && a <= v[1] * slack)))
            return 0;
    }
    return 1;
}

/* Validate every argument of sl_pack and fill the integer problem; *none
 * is set when the box fits nowhere (p is then not filled). */
static sl_status make_problem(double L, double W, double H, double l,
                              double w, double h, const sl_pack_options *opt,
                              sli_pack3d *p, int *none, sl_error *err)
{
    if (!opt)
        return sli_fail(err, SL_EINVAL, "opt", "options must not be NULL");
    if (!isfinite(opt->grain) || opt->grain <= 0)
        return sli_fail(err, SL_ERANGE, "grain", "grain must be finite and "
                        "positive, got %g", opt->grain);
    if (sli_parse_vertical(opt->vertical, sizeof opt->vertical, p->vert))
        return sli_fail(err, SL_EINVAL, "vertical", "vertical must be a "
                        "non-empty subset of the letters l, w, h, got "
                        "\"%.4s\"", opt->vertical);
    if (opt->max_count < 0 || opt->max_stack < 0 || opt->work_limit < 0)
        return sli_fail(err, SL_ERANGE, opt->max_count < 0 ? "max_count" :
                        opt->max_stack < 0 ? "max_stack" : "work_limit",
                        "limits must be >= 0 (0 = none)");
    if (!isfinite(opt->seconds) || opt->seconds < 0)
        return sli_fail(err, SL_ERANGE, "seconds", "seconds must be >= 0 "
                        "(0 = no budget), got %g", opt->seconds);
    const double v[6] = {L, W, H, l, w, h};
    const char *names[6] = {"L", "W", "H", "l", "w", "h"};
    *none = 0;
    for (int k = 0; k < 6; k++) { /* finite and positive first */
        sl_status st = check_size(v[k], HUGE_VAL, names[k], err);
        if (st != SL_OK)
            return st;
    }
    for (int k = 0; k < 3; k++) {
        sl_status st = check_size(v[k], opt->grain, names[k], err);
        if (st != SL_OK)
            return st;
    }
    /* a box that fits nowhere is count 0, however many grains its sides
       take (1e7 x 1 x 1 in a 100 cube was refused: "more than 10^6 grid
       units"); one that fits somewhere has sides within the space's */
    if (fits_nowhere(v, p->vert)) {
        *none = 1;
        return SL_OK;
    }
    for (int k = 3; k < 6; k++) {
        sl_status st = check_size(v[k], opt->grain, names[k], err);
        if (st != SL_OK)
            return st;
    }
    const double tol = 1e-9;
    p->S[0] = (long)floor(L / opt->grain * (1 + tol));
    p->S[1] = (long)floor(W / opt->grain * (1 + tol));
    p->S[2] = (long)floor(H / opt->grain * (1 + tol));
    for (int k = 0; k < 3; k++) {
        p->d[k] = (long)ceil(v[3 + k] / opt->grain * (1 - tol));
        if (p->d[k] < 1)
            p->d[k] = 1;
        p->real[k] = v[3 + k];
    }
    p->grain = opt->grain;
    p->max_stack = opt->max_stack;
    p->max_count = opt->max_count;
    p->work = opt->work_limit ? opt->work_limit : SLI_PACK_DEFAULT_WORK;
    p->deadline = opt->seconds > 0 ? sli_pack_clock() + opt->seconds : 0;
    return SL_OK;
}

/* Map a box's unit extents back to the real dimensions of an allowed
 * orientation. */
static void real_dims(const sli_pack3d *p, const sli_box *b, double out[3])
{
    static const int perm[6][3] = {{0, 1, 2}, {1, 0, 2}, {0, 2, 1},
                                   {2, 0, 1}, {1, 2, 0}, {2, 1, 0}};
    const long u[3] = {b->a, b->b, b->c};
    for (int q = 0; q < 6; q++) {
        const int *pm = perm[q];
        if (p->d[pm[0]] == u[0] && p->d[pm[1]] == u[1] &&
            p->d[pm[2]] == u[2] && p->vert[pm[2]]) {
            for (int k = 0; k < 3; k++)
                out[k] = p->real[pm[k]];
            return;
        }
    }
    for (int k = 0; k < 3; k++) /* unreachable: the packer uses only */
        out[k] = (double)u[k];  /* allowed orientations */
}

/* Order boxes by their unit base height. */
static int by_z(const void *a, const void *b)
{
    const sli_box *p = a, *q = b;
    return (p->z > q->z) - (p->z < q->z);
}

/* The share of box b's base that lies on the placed box s (a share, not
 * an area: an area of sides near 1e-200 underflows to 0). */
static double base_overlap(const sl_placement *b, const sl_placement *s)
{
    double ox = sli_overlap_at(b->l, s->x - b->x, s->l);
    double oy = sli_overlap_at(b->w, s->y - b->y, s->w);
    return ox > 0 && oy > 0 ? (ox / b->l) * (oy / b->w) : 0;
}

/* Place unit box i in real terms: at the highest real top among its unit
 * supports (the boxes whose unit top is its unit base); returns 0 if its
 * real base is then wholly on boxes, -1 if not (possible only when sizes
 * are not whole grains).  all[] holds the boxes placed so far; ix indexes
 * the unit boxes by top (a real box lies within its unit cell, so only
 * boxes whose unit cells meet can touch). */
static int place_real(const sli_pack3d *p, double grain, const sli_rindex *ix,
                      const unsigned char *gone, size_t i,
                      sl_placement *all)
{
    const sli_box *b = &ix->v[i];
    sl_placement *pl = &all[i];
    double r[3];
    real_dims(p, b, r);
    *pl = (sl_placement){(double)b->x * grain, (double)b->y * grain, 0,
                         r[0], r[1], r[2]};
    if (b->z == 0)
        return 0;
    if (p->exact) { /* exact sizes: the grid is the truth */
        pl->z = (double)b->z * grain;
        return 0;
    }
    sli_rwalk w;
    sli_rwalk_start(&w, ix, b->z, b->x, b->y, b->a, b->b);
    for (size_t k; (k = sli_rwalk_next(&w)) != (size_t)-1;) {
        const sl_placement *s = &all[k];
        if (!gone[k] && base_overlap(pl, s) > 0)
            pl->z = fmax(pl->z, s->z + s->h);
    }
    double covered = 0, tol = 1e-9 * fmax(pl->z, 1.0);
    sli_rwalk_start(&w, ix, b->z, b->x, b->y, b->a, b->b);
    for (size_t k; (k = sli_rwalk_next(&w)) != (size_t)-1;) {
        const sl_placement *s = &all[k];
        if (!gone[k] && fabs(s->z + s->h - pl->z) <= tol)
            covered += base_overlap(pl, s);
    }
    return covered >= 1 - 1e-12 ? 0 : -1;
}

/* Place the boxes of bs (sorted by base height in place) at their real
 * sizes in all[] (bs->n entries), setting gone[i] for each box whose real
 * base is not wholly on boxes (and so for the boxes it carried).  Returns
 * how many are kept, or -1 when out of memory. */
static long place_all(const sli_pack3d *p, sli_boxes *bs, sl_placement *all,
                      unsigned char *gone)
{
    if (bs->n)
        qsort(bs->v, bs->n, sizeof *bs->v, by_z);
    sli_rindex ix = {bs->v, NULL, NULL, 0, 0};
    if (!p->exact && sli_rindex_build(&ix, bs->v, bs->n, 1) != 0)
        return -1;
    long kept = 0;
    for (size_t i = 0; i < bs->n; i++) { /* supports come first: lower z */
        gone[i] = (unsigned char)(place_real(p, p->grain, &ix, gone, i, all) !=
                                  0);
        kept += !gone[i];
    }
    sli_rindex_free(&ix);
    return kept;
}

/* How many boxes of bs survive at their real sizes (bs sorted by base
 * height in place); with drop, the others are removed from bs.  -1 when
 * out of memory. */
static long survive(const sli_pack3d *p, sli_boxes *bs, int drop)
{
    if (p->exact)
        return (long)bs->n;
    size_t n = bs->n ? bs->n : 1, k = 0;
    sl_placement *all = malloc(n * sizeof *all);
    unsigned char *gone = calloc(n, 1);
    long kept = all && gone ? place_all(p, bs, all, gone) : -1;
    for (size_t i = 0; drop && kept >= 0 && i < bs->n; i++)
        if (!gone[i])
            bs->v[k++] = bs->v[i];
    if (drop && kept >= 0)
        bs->n = k;
    free(all);
    free(gone);
    return kept;
}

long sli_pack_survivors(const sli_pack3d *p, sli_boxes *bs)
{
    return survive(p, bs, 0);
}

long sli_pack_drop_fallen(const sli_pack3d *p, sli_boxes *bs)
{
    return survive(p, bs, 1);
}

/* Convert the unit layout into placements in the caller's unit.  When the
 * box sizes are multiples of the grain this is exact; otherwise rounded-up
 * sizes leave slivers, and a box whose real base is not wholly on boxes is
 * dropped (with the boxes it carried), so the layout stays valid. */
static sl_status export_layout(const sli_pack3d *p, sli_boxes *bs,
                               sl_pack_result *res, sl_error *err)
{
    size_t n = bs->n ? bs->n : 1;
    sl_placement *all = malloc(n * sizeof *all);
    unsigned char *gone = calloc(n, 1);
    long kept = all && gone ? place_all(p, bs, all, gone) : -1;
    if (kept < 0) {
        free(all);
        free(gone);
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for a layout "
                        "of %zu boxes", bs->n);
    }
    size_t k = 0;
    for (size_t i = 0; i < bs->n; i++)
        if (!gone[i])
            all[k++] = all[i];
    free(gone);
    res->layout = all;
    res->nlayout = k;
    res->count = kept;
    return SL_OK;
}

/* floor(q) for a quotient q of products computed in doubles with at most
 * 5 roundings (each off by a relative 2^-53 at most): q is first raised by
 * a relative 2^-49, more than those roundings can have taken off, so the
 * floor is never below that of the exact quotient, and above it only when
 * the exact quotient lies within 2^-49 of the next whole number.  A slack
 * of 1e-12 raised 10^6 x 10^6 boxes of 10^-6 x 10^-6 x 1 in a unit cube to
 * 10^12 + 1. */
static double floor_safe(double q)
{
    return floor(q * (1 + 0x1p-49));
}

/* (a[0] ... a[n-1]) / (b[0] ... b[n-1]) for finite positive a, b, with
 * the binary exponents kept apart: the plain products of tiny or huge
 * sizes underflow or overflow (10 x 3.5e-310 x 2.1e-314 over 8.1e-320 x
 * 3.5e-310 x 1 was 0 / 0, a NaN cast to long).  Scaling by powers of two
 * is exact, so whole quotients stay whole as before. */
static double quotient(const double *a, const double *b, int n)
{
    double ma = 1, mb = 1;
    int ea = 0, eb = 0, e;
    for (int k = 0; k < n; k++) {
        ma *= frexp(a[k], &e);
        ea += e;
        mb *= frexp(b[k], &e);
        eb += e;
    }
    return ldexp(ma / mb, ea - eb);
}

/* A bound in real terms, for sizes that are not whole grains (the grid
 * bound is then only a bound for the rounded-up boxes): volume, the stack
 * limit over the floor, and max_count; 0 when no allowed orientation
 * fits the space; LONG_MAX when it is more than a long holds. */
static long real_bound(const sli_pack3d *p, const double S[3])
{
    const double *d = p->real;
    double b = floor_safe(quotient(S, d, 3)), foot[2] = {0, 0};
    for (int v = 0; v < 3; v++) {
        double f[2] = {d[(v + 1) % 3], d[(v + 2) % 3]};
        if (p->vert[v] && sli_box_stands(d, S, v) &&
            (foot[0] == 0 || quotient(f, foot, 2) < 1)) {
            foot[0] = f[0]; /* the smallest footprint */
            foot[1] = f[1];
        }
    }
    if (foot[0] == 0)
        return 0;
    if (p->max_stack > 0)
        b = fmin(b, (double)p->max_stack * floor_safe(quotient(S, foot, 2)));
    if (p->max_count > 0)
        b = fmin(b, (double)p->max_count);
    /* every double below 2^63 fits a long: LONG_MAX stands for "more"
       (it took any bound from 9 * 10^18) */
    return b >= 0x1p63 ? LONG_MAX : (long)b;
}

/* 1 if every box dim is a whole number of grains. */
static int grain_exact(const sli_pack3d *p, double grain)
{
    for (int k = 0; k < 3; k++)
        if (fabs((double)p->d[k] * grain - p->real[k]) > 1e-9 * p->real[k])
            return 0;
    return 1;
}

/* 1 (and err filled) if a layout of p could hold more than
 * SLI_PACK_LAYOUT_MAX boxes: 1 mm crates in a container would take
 * gigabytes and minutes. */
static int layout_too_big(const sli_pack3d *p, const sl_pack_options *opt,
                          sl_error *err)
{
    long bound = sli_pack3d_bound(p);
    if (opt->max_count > 0 && opt->max_count < bound)
        bound = opt->max_count;
    if (bound <= SLI_PACK_LAYOUT_MAX)
        return 0;
    sli_fail(err, SL_ERANGE, "box", "up to %ld boxes fit, more than the "
             "%ld a layout may hold (a layout is built when asked for and "
             "for sizes that are not whole grains); use a larger box or "
             "grain, or set max_count", bound, SLI_PACK_LAYOUT_MAX);
    return 1;
}

/* Solve p, with its max_count far below what the space could hold (5
 * boxes of 10 mm in a 20 ft container: 33 million, 1.9 GB of layout
 * before the lowest 5 are kept) on ever longer slices of the space from
 * x = 0 instead: each slice's layout is one of the whole space, and the
 * slice doubles until it holds max_count or is the whole space.  When a
 * slice one unit long could still hold more than a layout may (10^12
 * boxes of 1 x 1 x 1 in 10^6 x 10^6 x 10^6), it is cut along y and z
 * likewise (a column 1 x 1 x 10^6 of 1 x 1 x 2 boxes, any side up, took
 * minutes), and every cut side doubles. */
static sl_status solve_capped(sli_pack3d *p, sli_boxes *bs, long *count,
                              sl_error *err)
{
    sli_pack3d q = *p;
    long len[3] = {p->S[0], p->S[1], p->S[2]};
    long dmin = p->d[0] < p->d[1] ? p->d[0] : p->d[1];
    if (p->d[2] < dmin)
        dmin = p->d[2];
    q.max_count = 0;
    for (int k = 0; k < 3 && p->max_count > 0; k++) {
        long all = sli_pack3d_bound(&q);
        if (all / 2 <= p->max_count ||
            (k == 1 && all <= SLI_PACK_LAYOUT_MAX))
            break; /* (once cut along y, along z as far as along x) */
        len[k] = (long)((double)p->S[k] * 2.0 * (double)p->max_count /
                        (double)all) + 1;
        if (k > 0 && len[k] < dmin)
            len[k] = dmin; /* a cut thinner than every box holds none */
        if (len[k] > p->S[k])
            len[k] = p->S[k];
        q.S[k] = len[k];
        if (k == 0 && len[0] < dmin) {
            /* as long as the box is thin, when so long a slice could hold
               more than a layout may: cut along y and z too */
            sli_pack3d r = q;
            r.S[0] = dmin < p->S[0] ? dmin : p->S[0];
            if (sli_pack3d_bound(&r) > SLI_PACK_LAYOUT_MAX)
                len[0] = q.S[0] = r.S[0];
        }
    }
    for (;;) {
        sl_status st;
        int whole = 1;
        q = *p;
        for (int k = 0; k < 3; k++) {
            q.S[k] = len[k] < p->S[k] ? len[k] : p->S[k];
            whole = whole && q.S[k] == p->S[k];
        }
        st = sli_pack3d_solve(&q, bs, count, err);
        if (st != SL_OK || *count >= p->max_count || whole)
            return st;
        if (bs)
            sli_boxes_free(bs);
        for (int k = 0; k < 3; k++)
            len[k] *= 2;
    }
}

sl_status sl_pack(double L, double W, double H, double l, double w,
                  double h, const sl_pack_options *opt, sl_pack_result *res,
                  sl_error *err)
{
    double t0 = sli_pack_clock();
    if (!res)
        return sli_fail(err, SL_EINVAL, "res", "result must not be NULL");
    memset(res, 0, sizeof *res);
    sli_pack3d p;
    int none;
    memset(&p, 0, sizeof p);
    sl_status st = make_problem(L, W, H, l, w, h, opt, &p, &none, err);
    if (st != SL_OK)
        return st;
    if (none) { /* count 0, proven: no layout, bound 0 */
        res->optimal = 1;
        res->seconds = sli_pack_clock() - t0;
        return SL_OK;
    }
    sli_boxes bs = {0};
    long count = 0;
    /* Inexact sizes need the layout to know which boxes survive. */
    p.exact = grain_exact(&p, opt->grain);
    int build = opt->want_layout || !p.exact;
    if (build && layout_too_big(&p, opt, err))
        return SL_ERANGE;
    st = solve_capped(&p, build ? &bs : NULL, &count, err);
    if (st == SL_OK) {
        res->count = count;
        const double S[3] = {L, W, H};
        res->upper_bound = p.exact ? sli_pack3d_bound(&p) : real_bound(&p, S);
        if (build)
            st = export_layout(&p, &bs, res, err);
        /* sizes within 1e-9 of whole grains count as whole, so a layout
           (valid to sl_pack_validate's 1e-9) can beat the real volume
           bound: 8 boxes of 5.000000002 x 5.000000002 x 4.9999999925 in
           a 9.999999996 cube, whose bound is floor(7.99999997) = 7; a
           bound below a layout found would be false, so it is raised */
        if (res->upper_bound < res->count)
            res->upper_bound = res->count;
        res->optimal = res->count == res->upper_bound;
        if (st == SL_OK && !opt->want_layout) {
            free(res->layout);
            res->layout = NULL;
            res->nlayout = 0;
        }
    }
    sli_boxes_free(&bs);
    if (st != SL_OK) {
        sl_pack_result_free(res);
        return st;
    }
    res->seconds = sli_pack_clock() - t0;
    return SL_OK;
}

/* 1 if x is a whole number of units g (within a relative 1e-9). */
static int whole_units(double x, double g)
{
    double n = x / g;
    return fabs(n - nearbyint(n)) <= 1e-9 * n;
}

/* How much larger than the box its cell of whole units g is, as a ratio of
 * volumes (1 when the sides are whole).  Rounded up as make_problem rounds
 * the box. */
static double cell_ratio(const double b[3], double g)
{
    double r = 1;
    for (int k = 0; k < 3; k++)
        r *= ceil(b[k] / g * (1 - 1e-9)) * g / b[k];
    return r;
}

double sl_pack_grain_for(double L, double W, double H, double l, double w,
                         double h, double base)
{
    static const int div[] = {1, 2, 4, 5, 8, 10, 16, 20, 25, 40, 50, 100,
                              200, 250, 500, 1000};
    const int ndiv = (int)(sizeof div / sizeof div[0]);
    const double v[7] = {L, W, H, l, w, h, base}, b[3] = {l, w, h};
    for (int k = 0; k < 7; k++)
        if (!isfinite(v[k]) || v[k] <= 0)
            return base;
    double space = fmax(L, fmax(W, H)), near = 0;
    /* base / div, then base / 1000 / div (its first, base / 1000, is
       the last of the first round): sizes in metres get the grains that
       sizes in millimetres do */
    for (int i = 0; i < 2 * ndiv; i++) {
        if (i == ndiv)
            continue;
        double g = i < ndiv ? base / div[i] : base / 1000 / div[i - ndiv];
        if (space / g > (double)SLI_PACK_MAX_UNITS)
            break; /* finer ones are larger still */
        if (whole_units(l, g) && whole_units(w, g) && whole_units(h, g))
            return g;
        /* none whole: the coarsest within 1 %; not the finest, whose
           cells can outnumber what a layout may hold (10^-9 boxes in a
           unit cube: 10^18 cells of 10^-6) */
        if (cell_ratio(b, g) <= 1.01 && !near)
            near = g;
    }
    return near ? near : base;
}

/* Check a 2D size argument. */
static sl_status check_2d(long v, const char *name, sl_error *err)
{
    if (v <= 0 || v > SLI_PACK_MAX_UNITS)
        return sli_fail(err, SL_ERANGE, name, "%s must be in 1 .. 10^6, got "
                        "%ld", name, v);
    return SL_OK;
}

sl_status sl_pack_2d(long L, long W, long l, long w, long *count,
                     long *bound, sl_placement *placements,
                     size_t *nplacements, sl_error *err)
{
    if (!count || !bound)
        return sli_fail(err, SL_EINVAL, count ? "bound" : "count",
                        "output pointers must not be NULL");
    if (placements && !nplacements)
        return sli_fail(err, SL_EINVAL, "nplacements", "nplacements must "
                        "give the capacity of placements");
    const long v[4] = {L, W, l, w};
    const char *names[4] = {"L", "W", "l", "w"};
    for (int k = 0; k < 4; k++) {
        sl_status st = check_2d(v[k], names[k], err);
        if (st != SL_OK)
            return st;
    }
    /* Only the first *nplacements rectangles are kept as the layout is
       built (the count is the whole layout's): 20,000 x 20,000 of 1 x 1
       built all 4 * 10^8 of them (19 GB) for a buffer of 4. */
    sli_boxes bs = {0};
    int keep = placements && *nplacements > 0;
    bs.max = keep ? *nplacements : 0;
    long work = SLI_PACK_DEFAULT_WORK / 100;
    sl_status st = sli_pack2d_best(L, W, l, w, count, keep ? &bs : NULL,
                                   &work, err);
    if (st == SL_OK) {
        *bound = sli_bound_2d(L, W, l, w);
        if (placements) {
            size_t n = bs.n < *nplacements ? bs.n : *nplacements;
            for (size_t i = 0; i < n; i++)
                placements[i] = (sl_placement){
                    (double)bs.v[i].x, (double)bs.v[i].y, 0,
                    (double)bs.v[i].a, (double)bs.v[i].b, 0};
            *nplacements = n;
        }
    }
    sli_boxes_free(&bs);
    return st;
}
