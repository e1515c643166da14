/* tests/validate_ref.c - the reference layout checks (validate_ref.h):
 * the checks as the plain reading of every pair.  Shared by
 * tests/test_validate.c (sl_pack_validate must give the same status and
 * message on random layouts) and bench/bench_validate.c (the baseline
 * its times are set against). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "validate_ref.h"

/* The overlap of [a0, a0 + al) and [b0, b0 + bl), from the offset. */
static double ref_overlap(double a0, double al, double b0, double bl)
{
    double d = b0 - a0;
    return fmin(al, d + bl) - fmax(0, d);
}

/* The tolerance for a side of length ext. */
static double ref_side_tol(const ref *c, double ext)
{
    return fmin(c->tol, 1e-6 * ext);
}

/* 1 if a box's extents are an allowed orientation of the dims. */
static int ref_orientation_ok(const ref *c, const sl_placement *p)
{
    static const int perm[6][3] = {{0, 1, 2}, {1, 0, 2}, {0, 2, 1},
                                   {2, 0, 1}, {1, 2, 0}, {2, 1, 0}};
    for (int q = 0; q < 6; q++)
        if (fabs(p->l - c->d[perm[q][0]]) <= c->tol &&
            fabs(p->w - c->d[perm[q][1]]) <= c->tol &&
            fabs(p->h - c->d[perm[q][2]]) <= c->tol && c->vert[perm[q][2]])
            return 1;
    return 0;
}

/* Keys ordered by value, then index. */
typedef struct rkey {
    double v;
    size_t i;
} rkey;

/* qsort order of rkeys. */
static int ref_by_key(const void *a, const void *b)
{
    const rkey *p = a, *q = b;
    if (p->v != q->v)
        return (p->v > q->v) - (p->v < q->v);
    return (p->i > q->i) - (p->i < q->i);
}

/* The checks, every pair read; 0 if valid, else 1 and the message in
 * what; -1 if out of memory. */
int ref_validate(const ref *c, int max_stack, char *what, size_t cap)
{
    for (size_t i = 0; i < c->n; i++) {
        const sl_placement *p = &c->b[i];
        const double pos[3] = {p->x, p->y, p->z}, ext[3] = {p->l, p->w, p->h};
        if (!ref_orientation_ok(c, p)) {
            snprintf(what, cap, "box %zu is %g x %g x %g, not an allowed "
                     "orientation of %g x %g x %g", i, p->l, p->w, p->h,
                     c->d[0], c->d[1], c->d[2]);
            return 1;
        }
        for (int k = 0; k < 3; k++)
            if (pos[k] < -c->tol || pos[k] + ext[k] > c->S[k] + c->tol) {
                snprintf(what, cap, "box %zu is outside the space along %c "
                         "(%g .. %g, space 0 .. %g)", i, "xyz"[k], pos[k],
                         pos[k] + ext[k], c->S[k]);
                return 1;
            }
    }
    rkey *k = malloc(c->n * sizeof *k), *o = malloc(c->n * sizeof *o);
    long *stack = calloc(c->n, sizeof *stack);
    if (!k || !o || !stack) {
        free(k);
        free(o);
        free(stack);
        return -1;
    }
    int bad = 0;
    for (size_t i = 0; i < c->n; i++)
        k[i] = (rkey){c->b[i].x, i};
    qsort(k, c->n, sizeof *k, ref_by_key);
    for (size_t s = 0; s < c->n && !bad; s++) {
        const sl_placement *p = &c->b[k[s].i];
        for (size_t t = s + 1; t < c->n && c->b[k[t].i].x - p->x < p->l;
             t++) {
            const sl_placement *q = &c->b[k[t].i];
            if (ref_overlap(p->x, p->l, q->x, q->l) >
                    ref_side_tol(c, fmin(p->l, q->l)) &&
                ref_overlap(p->y, p->w, q->y, q->w) >
                    ref_side_tol(c, fmin(p->w, q->w)) &&
                ref_overlap(p->z, p->h, q->z, q->h) >
                    ref_side_tol(c, fmin(p->h, q->h))) {
                size_t a = k[s].i > k[t].i ? k[s].i : k[t].i;
                size_t b = k[s].i > k[t].i ? k[t].i : k[s].i;
                snprintf(what, cap, "box %zu overlaps box %zu", a, b);
                bad = 1;
                break;
            }
        }
    }
    for (size_t i = 0; i < c->n; i++) {
        k[i] = (rkey){c->b[i].z + c->b[i].h, i};
        o[i] = (rkey){c->b[i].z, i};
    }
    qsort(k, c->n, sizeof *k, ref_by_key);
    qsort(o, c->n, sizeof *o, ref_by_key);
    for (size_t s = 0; s < c->n && !bad; s++) {
        size_t i = o[s].i;
        const sl_placement *p = &c->b[i];
        double tz = ref_side_tol(c, p->h);
        double ts = ref_side_tol(c, fmin(p->l, p->w));
        stack[i] = 1;
        if (p->z > tz) {
            double covered = 0;
            for (size_t t = 0; t < c->n; t++) {
                if (k[t].v < p->z - tz || k[t].v > p->z + tz)
                    continue;
                const sl_placement *q = &c->b[k[t].i];
                double ox = ref_overlap(p->x, p->l, q->x, q->l);
                double oy = ref_overlap(p->y, p->w, q->y, q->w);
                if (ox > 0 && oy > 0) {
                    covered += (ox / p->l) * (oy / p->w);
                    if (stack[k[t].i] + 1 > stack[i])
                        stack[i] = stack[k[t].i] + 1;
                }
            }
            if (covered < 1 - (ts / p->l + ts / p->w)) {
                snprintf(what, cap, "box %zu is not fully supported: %.1f %% "
                         "of its base rests on the floor or on boxes", i,
                         100.0 * covered);
                bad = 1;
            }
        }
        if (!bad && max_stack > 0 && stack[i] > max_stack) {
            snprintf(what, cap, "box %zu is box %ld of a stack, more than "
                     "max_stack %d", i, stack[i], max_stack);
            bad = 1;
        }
    }
    free(k);
    free(o);
    free(stack);
    return bad;
}

/* The rules of sl_pack_validate for these boxes. */
ref ref_rules(const double S[3], const double d[3], const char *vert,
              const sl_placement *b, size_t n)
{
    ref c = {{S[0], S[1], S[2]}, {d[0], d[1], d[2]},
             1e-9 * fmax(S[0], fmax(S[1], S[2])), {0, 0, 0}, b, n};
    for (const char *v = vert; *v; v++)
        c.vert[strchr("lwh", *v) - "lwh"] = 1;
    return c;
}
