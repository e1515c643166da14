/*
 * lib/pack_validate.c - an independent check of a layout: it knows nothing
 * of how the packer builds layouts, only the rules.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "pack_internal.h"

/* The data shared by the checks. */
typedef struct vctx {
    double S[3];            /* space */
    double d[3];            /* box dims l, w, h */
    int vert[3];
    const sl_placement *b;
    size_t n;
    double tol;             /* absolute tolerance */
    sl_error *err;
} vctx;

/* 1 if a and b agree within the tolerance. */
static int near(const vctx *c, double a, double b)
{
    return fabs(a - b) <= c->tol;
}

/* 1 if box i's extents are a permutation of the dims whose vertical dim is
 * allowed. */
static int orientation_ok(const vctx *c, const sl_placement *p)
{
    static const int perm[6][3] = {{0, 1, 2}, {1, 0, 2}, {0, 2, 1},
                                   {2, 0, 1}, {1, 2, 0}, {2, 1, 0}};
    for (int q = 0; q < 6; q++)
        if (near(c, p->l, c->d[perm[q][0]]) &&
            near(c, p->w, c->d[perm[q][1]]) &&
            near(c, p->h, c->d[perm[q][2]]) && c->vert[perm[q][2]])
            return 1;
    return 0;
}

/* Each box on its own: finite, an allowed orientation, inside the space. */
static sl_status check_boxes(const vctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const sl_placement *p = &c->b[i];
        const double pos[3] = {p->x, p->y, p->z}, ext[3] = {p->l, p->w, p->h};
        for (int k = 0; k < 3; k++)
            if (!isfinite(pos[k]) || !isfinite(ext[k]))
                return sli_fail(c->err, SL_EINVAL, "layout", "box %zu has a "
                                "coordinate that is not finite", i);
        if (!orientation_ok(c, p))
            return sli_fail(c->err, SL_EINVAL, "layout", "box %zu is %g x %g "
                            "x %g, not an allowed orientation of %g x %g x "
                            "%g", i, p->l, p->w, p->h, c->d[0], c->d[1],
                            c->d[2]);
        for (int k = 0; k < 3; k++)
            if (pos[k] < -c->tol || pos[k] + ext[k] > c->S[k] + c->tol)
                return sli_fail(c->err, SL_EINVAL, "layout", "box %zu is "
                                "outside the space along %c (%g .. %g, space "
                                "0 .. %g)", i, "xyz"[k], pos[k],
                                pos[k] + ext[k], c->S[k]);
    }
    return SL_OK;
}

/* Overlap of [a0, a0 + al) and [b0, b0 + bl), taken from the offset
 * b0 - a0: the ends a0 + al and b0 + bl lose a side far shorter than its
 * position to rounding (10^-20 at 9 is nothing). */
static double overlap(double a0, double al, double b0, double bl)
{
    double d = b0 - a0;
    return fmin(al, d + bl) - fmax(0, d);
}

/* The tolerance for a side of length ext: the space's, or 10^-6 of the
 * side when that is less, so a side thinner than the space's tolerance is
 * still checked (a box 10^-20 long over nothing, or two in one place,
 * passed). */
static double side_tol(const vctx *c, double ext)
{
    return fmin(c->tol, 1e-6 * ext);
}

/* Sort keys for the sweeps (qsort has no context argument). */
typedef struct key {
    double v;
    size_t i;
} key;

/* Order keys by value, then index. */
static int by_key(const void *a, const void *b)
{
    const key *p = a, *q = b;
    if (p->v != q->v)
        return (p->v > q->v) - (p->v < q->v);
    return (p->i > q->i) - (p->i < q->i);
}

/* A sweep along x: only boxes whose x ranges meet can overlap. */
static sl_status check_overlap(const vctx *c, key *k)
{
    for (size_t i = 0; i < c->n; i++)
        k[i] = (key){c->b[i].x, i};
    qsort(k, c->n, sizeof *k, by_key);
    for (size_t s = 0; s < c->n; s++) {
        const sl_placement *p = &c->b[k[s].i];
        for (size_t t = s + 1; t < c->n && c->b[k[t].i].x - p->x < p->l;
             t++) { /* past p's far end nothing meets it along x */
            const sl_placement *q = &c->b[k[t].i];
            if (overlap(p->x, p->l, q->x, q->l) >
                    side_tol(c, fmin(p->l, q->l)) &&
                overlap(p->y, p->w, q->y, q->w) >
                    side_tol(c, fmin(p->w, q->w)) &&
                overlap(p->z, p->h, q->z, q->h) >
                    side_tol(c, fmin(p->h, q->h))) {
                size_t a = k[s].i > k[t].i ? k[s].i : k[t].i;
                size_t b = k[s].i > k[t].i ? k[t].i : k[s].i;
                return sli_fail(c->err, SL_EINVAL, "layout", "box %zu "
                                "overlaps box %zu", a, b);
            }
        }
    }
    return SL_OK;
}

/* Support and stack height, boxes taken from the lowest up; tops[] are the
 * boxes sorted by their top, so the candidates for support are a range. */
static sl_status check_support(const vctx *c, key *tops, int max_stack)
{
    key *order = malloc(c->n * sizeof *order);
    long *stack = calloc(c->n, sizeof *stack);
    sl_status st = SL_OK;
    if (!order || !stack) {
        st = sli_fail(c->err, SL_ENOMEM, "layout", "no memory to check "
                      "%zu boxes", c->n);
        goto done;
    }
    for (size_t i = 0; i < c->n; i++) {
        tops[i] = (key){c->b[i].z + c->b[i].h, i};
        order[i] = (key){c->b[i].z, i};
    }
    qsort(tops, c->n, sizeof *tops, by_key);
    qsort(order, c->n, sizeof *order, by_key);
    for (size_t s = 0; s < c->n && st == SL_OK; s++) {
        size_t i = order[s].i;
        const sl_placement *p = &c->b[i];
        double tz = side_tol(c, p->h), ts = side_tol(c, fmin(p->l, p->w));
        stack[i] = 1;
        if (p->z <= tz)
            goto stack_check;
        size_t lo = 0, hi = c->n;
        while (lo < hi) { /* first top >= z - tz */
            size_t mid = lo + (hi - lo) / 2;
            if (tops[mid].v < p->z - tz)
                lo = mid + 1;
            else
                hi = mid;
        }
        double covered = 0;
        for (size_t t = lo; t < c->n && tops[t].v <= p->z + tz; t++) {
            const sl_placement *q = &c->b[tops[t].i];
            double ox = overlap(p->x, p->l, q->x, q->l);
            double oy = overlap(p->y, p->w, q->y, q->w);
            if (ox > 0 && oy > 0) {
                /* shares of the base, not areas: at sizes near 1e-200 or
                   1e200 an area underflows to 0 or overflows to inf, and
                   a box over nothing passed */
                covered += (ox / p->l) * (oy / p->w);
                if (stack[tops[t].i] + 1 > stack[i])
                    stack[i] = stack[tops[t].i] + 1;
            }
        }
        if (covered < 1 - (ts / p->l + ts / p->w)) {
            st = sli_fail(c->err, SL_EINVAL, "layout", "box %zu is not fully "
                          "supported: %.1f %% of its base rests on the floor "
                          "or on boxes", i, 100.0 * covered);
            break;
        }
    stack_check:
        if (max_stack > 0 && stack[i] > max_stack)
            st = sli_fail(c->err, SL_EINVAL, "layout", "box %zu is box %ld "
                          "of a stack, more than max_stack %d", i, stack[i],
                          max_stack);
    }
done:
    free(order);
    free(stack);
    return st;
}

sl_status sl_pack_validate(double L, double W, double H, double l, double w,
                           double h, const char *vertical, int max_stack,
                           const sl_placement *layout, size_t n,
                           sl_error *err)
{
    vctx c = {{L, W, H}, {l, w, h}, {0, 0, 0}, layout, n, 0, err};
    const char *names[6] = {"L", "W", "H", "l", "w", "h"};
    const double v[6] = {L, W, H, l, w, h};
    for (int k = 0; k < 6; k++)
        if (!isfinite(v[k]) || v[k] <= 0)
            return sli_fail(err, SL_ERANGE, names[k], "%s must be a finite "
                            "positive size, got %g", names[k], v[k]);
    if (sli_parse_vertical(vertical, 4, c.vert))
        return sli_fail(err, SL_EINVAL, "vertical", "vertical must be a "
                        "non-empty subset of the letters l, w, h");
    if (max_stack < 0)
        return sli_fail(err, SL_ERANGE, "max_stack", "max_stack must be >= 0 "
                        "(0 = no limit), got %d", max_stack);
    if (!layout && n > 0)
        return sli_fail(err, SL_EINVAL, "layout", "layout is NULL but n = "
                        "%zu", n);
    c.tol = 1e-9 * fmax(L, fmax(W, H));
    sl_status st = check_boxes(&c);
    if (st != SL_OK || n == 0)
        return st;
    key *k = malloc(n * sizeof *k);
    if (!k)
        return sli_fail(err, SL_ENOMEM, "layout", "no memory to check %zu "
                        "boxes", n);
    st = check_overlap(&c, k);
    if (st == SL_OK)
        st = check_support(&c, k, max_stack);
    free(k);
    return st;
}
