/*
 * lib/pack_blocks.c - 3D guillotine recursion over normal patterns with
 * supported layers (a dynamic programme in the manner of Beasley's 2D
 * recursion, extended to 3D with a support rule).
 *
 * T(X, Y, Z, s) is the most boxes in a space X x Y x Z whose floor is
 * solid (the container floor or a flat, gap-free top), with at most s more
 * boxes in any vertical line.  It is the best of:
 *   - a cut across x or y at a normal position (both parts keep the solid
 *     floor and the full height);
 *   - one layer of boxes of one orientation that tiles X x Y exactly, so
 *     its top is solid, and T(X, Y, Z - c, s - 1) above it;
 *   - full-height homogeneous columns of one orientation;
 *   - a full-height wall one box dim deep across the whole of Y (or X),
 *     its face a supported 2D pattern of cross-sections that may stand
 *     either way (pack_walls.c),
 *     and T of the rest beyond it (only without a binding stack limit).
 * Walls or blocks of different orientations along the length, and layers
 * of different heights in one region, come out of the cuts and layers.
 * Every box is supported by construction.  Then the floor closure:
 * every full-height block X x Y, smallest first, gets the best of
 * T(X, Y, H), guillotine cuts and (within its effort) five-block
 * partitions of blocks already closed (non-guillotine floor plans:
 * pinwheels of blocks, at any depth).  Walls with searched faces
 * (pack_walls.c) are combined with the best full-section closed block
 * by a knapsack over the length, and the same across the width.  When
 * the closure ran out of effort, the 2D five-block search runs over the
 * floor with the closed blocks as base values, once on the whole floor
 * only, then nested up to SLI_FB_DEPTH levels.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pack2d_internal.h"

/* One orientation: footprint a x b (along x, y), height c. */
typedef struct orient {
    long a, b, c;
} orient;

/* The recursion's tables. */
typedef struct btab {
    orient o[6];
    int no;
    long *nx, *ny, *nz;
    size_t cx, cy, cz, ns;
    int *fl[3];         /* fl[a][x]: index of the largest of nx, ny or nz
                           (a = 0, 1, 2) that is <= x, for x up to the
                           largest */
    long smax;          /* stack limit, or -1 for none */
    long hts[3];        /* the distinct box heights */
    int nh;
    long *tile[3];      /* tile[h][i * cy + j]: boxes of height hts[h] in a
                           gap-free guillotine tiling of nx[i] x ny[j], or
                           -1 when there is none */
    int *tway[3];       /* how: -q-1 grid of o[q]; k x-cut; cx + k y-cut */
    int32_t *v;         /* values: at most the volume bound, and that is
                           below the state count (< 8 * 10^6: the normal
                           sets hold every multiple of the smallest dim
                           on each axis) */
    int *how;           /* 0 empty; -t-1 columns of o[t]; 1..cx-1 x-cut;
                           cx + k y-cut; cx + cy + h a tiled layer of
                           height hts[h]; cx + cy + nh + 3 a + e a
                           full-height wall d[e] deep along axis a */
    const long *d;      /* the box dims */
    long *fval;         /* fval[fidx(a, m, e)]: the searched face of a
                           wall d[e] deep along axis a, full height, as
                           wide as ny[m] (a = 0) or nx[m] (a = 1); 0 when
                           none */
    sli_boxes *face;    /* its cross-sections (x across, y up) */
    int32_t *gv;        /* gv[i * cy + j]: the best full-height block
                           nx[i] x ny[j] of the floor closure (NULL: the
                           table's T(X, Y, H)); below the volume bound,
                           as v */
    int32_t *gh;        /* how: 0 the table's block; 1..cx-1 cut x; cx + k
                           cut y; cx + cy + m five-block g5[m] */
    int32_t (*g5)[4];   /* five-block partitions (i1, i2, j1, j2) */
    size_t n5, c5;      /* how many, room for */
} btab;

/* Index of the face of a wall d[e] deep along axis a, width index m. */
static size_t fidx(const btab *t, int a, size_t m, int e)
{
    return ((a == 0 ? 0 : t->cy) + m) * 3 + (size_t)e;
}

/* Flat index of state (i, j, k, s). */
static size_t at(const btab *t, size_t i, size_t j, size_t k, size_t s)
{
    return ((i * t->cy + j) * t->cz + k) * t->ns + s;
}

/* The distinct allowed orientations (footprint both ways round). */
static void orientations(const sli_pack3d *p, btab *t)
{
    long o[6][3];
    t->no = sli_orientations(p, o);
    for (int q = 0; q < t->no; q++)
        t->o[q] = (orient){o[q][0], o[q][1], o[q][2]};
}

/* Free the tables. */
static void btab_free(btab *t)
{
    free(t->nx);
    free(t->ny);
    free(t->nz);
    for (int a = 0; a < 3; a++)
        free(t->fl[a]);
    free(t->v);
    free(t->how);
    for (size_t q = 0; t->face && q < (t->cx + t->cy) * 3; q++)
        sli_boxes_free(&t->face[q]);
    free(t->face);
    free(t->fval);
    free(t->gv);
    free(t->gh);
    free(t->g5);
    for (int h = 0; h < t->nh; h++) {
        free(t->tile[h]);
        free(t->tway[h]);
    }
}

/* Index of the largest of nx (a = 0), ny (1) or nz (2) that is <= x
 * (0 <= x <= the largest). */
static size_t flo(const btab *t, int a, long x)
{
    return (size_t)t->fl[a][x];
}

/* Index of x in nx (a = 0) or ny (1), or -1 when x is not in it. */
static long exact_index(const btab *t, int a, long x)
{
    size_t k = flo(t, a, x);
    return (a == 0 ? t->nx : t->ny)[k] == x ? (long)k : -1;
}

/* Gap-free guillotine tilings of every nx[i] x ny[j] by the footprints of
 * height hts[h]: a grid of one orientation, or a cut into two tiled
 * parts (both exact sizes). */
static sl_status fill_tiles(btab *t, int h, sl_error *err)
{
    size_t n = t->cx * t->cy;
    long *e = malloc(n * sizeof *e);
    int *w = malloc(n * sizeof *w);
    if (!e || !w) {
        free(e);
        free(w);
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for tilings");
    }
    t->tile[h] = e;
    t->tway[h] = w;
    for (size_t i = 0; i < t->cx; i++)
        for (size_t j = 0; j < t->cy; j++) {
            const long X = t->nx[i], Y = t->ny[j];
            long best = -1;
            int how = 0;
            for (int q = 0; q < t->no && X > 0 && Y > 0; q++) {
                const orient *o = &t->o[q];
                if (o->c == t->hts[h] && X % o->a == 0 && Y % o->b == 0 &&
                    (X / o->a) * (Y / o->b) > best) {
                    best = (X / o->a) * (Y / o->b);
                    how = -q - 1;
                }
            }
            for (size_t m = 1; m < i && 2 * t->nx[m] <= X; m++) {
                if (e[m * t->cy + j] < 0)
                    continue;
                long r = exact_index(t, 0, X - t->nx[m]);
                if (r < 0 || e[r * t->cy + j] < 0)
                    continue;
                if (e[m * t->cy + j] + e[r * t->cy + j] > best) {
                    best = e[m * t->cy + j] + e[r * t->cy + j];
                    how = (int)m;
                }
            }
            for (size_t m = 1; m < j && 2 * t->ny[m] <= Y; m++) {
                if (e[i * t->cy + m] < 0)
                    continue;
                long r = exact_index(t, 1, Y - t->ny[m]);
                if (r < 0 || e[i * t->cy + r] < 0)
                    continue;
                if (e[i * t->cy + m] + e[i * t->cy + r] > best) {
                    best = e[i * t->cy + m] + e[i * t->cy + r];
                    how = (int)(t->cx + m);
                }
            }
            e[i * t->cy + j] = best;
            w[i * t->cy + j] = how;
        }
    return SL_OK;
}

/* Append the boxes of tiling (i, j) of height hts[h] at (x0, y0, z0). */
static int emit_tile(const btab *t, int h, size_t i, size_t j, long x0,
                     long y0, long z0, sli_boxes *out)
{
    int how = t->tway[h][i * t->cy + j];
    const long X = t->nx[i], Y = t->ny[j];
    if (how < 0) {
        const orient *o = &t->o[-how - 1];
        for (long u = 0; u < X; u += o->a)
            for (long v = 0; v < Y; v += o->b)
                if (sli_boxes_push(out, x0 + u, y0 + v, z0, o->a, o->b, o->c))
                    return -1;
        return 0;
    }
    if ((size_t)how < t->cx) {
        long x = t->nx[how];
        return emit_tile(t, h, (size_t)how, j, x0, y0, z0, out) ||
               emit_tile(t, h, (size_t)exact_index(t, 0, X - x), j,
                         x0 + x, y0, z0, out);
    }
    size_t m = (size_t)how - t->cx;
    long y = t->ny[m];
    return emit_tile(t, h, i, m, x0, y0, z0, out) ||
           emit_tile(t, h, i, (size_t)exact_index(t, 1, Y - y), x0,
                     y0 + y, z0, out);
}

/* Keep candidate value v (built by `how`) in slot q if it is better. */
static void offer(btab *t, size_t q, long v, int how)
{
    if (v > t->v[q]) {
        t->v[q] = (int32_t)v;
        t->how[q] = how;
    }
}

/* Homogeneous full-height columns for every state of row i. */
static void row_columns(btab *t, size_t i)
{
    const long X = t->nx[i];
    for (size_t j = 0; j < t->cy; j++)
        for (size_t k = 0; k < t->cz; k++)
            for (size_t s = 0; s < t->ns; s++) {
                size_t q = at(t, i, j, k, s);
                t->v[q] = 0;
                t->how[q] = 0;
                for (int o = 0; o < t->no; o++) {
                    const orient *b = &t->o[o];
                    if (b->a > X || b->b > t->ny[j] || b->c > t->nz[k])
                        continue;
                    long up = t->nz[k] / b->c;
                    if (t->smax >= 0 && up > (long)s)
                        up = (long)s;
                    offer(t, q, (X / b->a) * (t->ny[j] / b->b) * up, -o - 1);
                }
            }
}

/* Slot by slot, dst[q] = a[q] + b[q] and how[q] = code where that is
 * more (without branches, so the loop vectorises). */
SLI_VECTOR_CLONES
static void add_cut(int32_t *restrict dst, int *restrict how,
                    const int32_t *a, const int32_t *b, size_t n, int code)
{
    for (size_t q = 0; q < n; q++) {
        const int32_t v = a[q] + b[q];
        const int up = v > dst[q];
        dst[q] = up ? v : dst[q];
        how[q] = up ? code : how[q];
    }
}

/* Cuts across x for row i: whole rows of smaller states added slot by
 * slot (the slots of a row are contiguous). */
static void row_xcuts(btab *t, size_t i)
{
    const size_t blk = t->cy * t->cz * t->ns;
    for (size_t m = 1; m < i && 2 * t->nx[m] <= t->nx[i]; m++) {
        size_t r = flo(t, 0, t->nx[i] - t->nx[m]);
        add_cut(t->v + i * blk, t->how + i * blk, t->v + m * blk,
                t->v + r * blk, blk, (int)m);
    }
}

/* Full-height walls with searched faces for entry (i, j): a wall along
 * x (face ny[j] wide) or along y (face nx[i] wide) and the rest beyond
 * it (no stack limit: faces are only built without one). */
static void row_walls(btab *t, size_t i, size_t j)
{
    if (!t->fval)
        return;
    const size_t k = t->cz - 1;
    for (int a = 0; a < 2; a++) {
        const long len = a == 0 ? t->nx[i] : t->ny[j];
        for (int e = 0; e < 3; e++) {
            long fv = t->fval[fidx(t, a, a == 0 ? j : i, e)];
            if (fv <= 0 || t->d[e] > len)
                continue;
            size_t r = a == 0 ? at(t, flo(t, 0, len - t->d[e]), j, k, 0)
                              : at(t, i, flo(t, 1, len - t->d[e]), k, 0);
            offer(t, at(t, i, j, k, 0), fv + t->v[r],
                  (int)(t->cx + t->cy) + t->nh + 3 * a + e);
        }
    }
}

/* Cuts across y and tiled layers for entry (i, j), all heights: cuts use
 * complete entries (i, m < j); layers use lower heights of (i, j). */
static void row_entry(btab *t, size_t i, size_t j)
{
    const size_t blk = t->cz * t->ns;
    for (size_t m = 1; m < j && 2 * t->ny[m] <= t->ny[j]; m++) {
        size_t r = flo(t, 1, t->ny[j] - t->ny[m]);
        add_cut(t->v + at(t, i, j, 0, 0), t->how + at(t, i, j, 0, 0),
                t->v + at(t, i, m, 0, 0), t->v + at(t, i, r, 0, 0), blk,
                (int)(t->cx + m));
    }
    row_walls(t, i, j);
    for (size_t k = 0; k < t->cz; k++)
        for (int h = 0; h < t->nh; h++) {
            long e = t->tile[h][i * t->cy + j];
            if (e <= 0 || t->hts[h] > t->nz[k])
                continue;
            size_t k2 = flo(t, 2, t->nz[k] - t->hts[h]);
            for (size_t s = t->smax < 0 ? 0 : 1; s < t->ns; s++) {
                size_t s2 = t->smax < 0 ? 0 : s - 1;
                offer(t, at(t, i, j, k, s), e + t->v[at(t, i, j, k2, s2)],
                      (int)(t->cx + t->cy) + h);
            }
        }
}

/* Append the boxes of state (i, j, k, s) at (x0, y0, z0). */
static int emit(const btab *t, size_t i, size_t j, size_t k, size_t s,
                long x0, long y0, long z0, sli_boxes *out)
{
    for (;;) {
        const long X = t->nx[i], Y = t->ny[j], Z = t->nz[k];
        int h = t->how[at(t, i, j, k, s)];
        if (h == 0)
            return 0;
        if (h < 0) {
            const orient *o = &t->o[-h - 1];
            long up = Z / o->c;
            if (t->smax >= 0 && up > (long)s)
                up = (long)s;
            for (long u = 0; u + o->a <= X; u += o->a)
                for (long v = 0; v + o->b <= Y; v += o->b)
                    for (long q = 0; q < up; q++)
                        if (sli_boxes_push(out, x0 + u, y0 + v,
                                           z0 + q * o->c, o->a, o->b, o->c))
                            return -1;
            return 0;
        }
        if ((size_t)h < t->cx) {
            if (emit(t, (size_t)h, j, k, s, x0, y0, z0, out))
                return -1;
            x0 += t->nx[h];
            i = flo(t, 0, X - t->nx[h]);
        } else if ((size_t)h < t->cx + t->cy) {
            size_t m = (size_t)h - t->cx;
            if (emit(t, i, m, k, s, x0, y0, z0, out))
                return -1;
            y0 += t->ny[m];
            j = flo(t, 1, Y - t->ny[m]);
        } else if ((size_t)h >= t->cx + t->cy + (size_t)t->nh) {
            int w = (int)((size_t)h - t->cx - t->cy - (size_t)t->nh);
            int a = w / 3, e = w % 3;
            const sli_boxes *f = &t->face[fidx(t, a, a == 0 ? j : i, e)];
            for (size_t q = 0; q < f->n; q++) {
                const sli_box *r = &f->v[q];
                int bad = a == 0
                    ? sli_boxes_push(out, x0, y0 + r->x, z0 + r->y, t->d[e],
                                     r->a, r->b)
                    : sli_boxes_push(out, x0 + r->x, y0, z0 + r->y, r->a,
                                     t->d[e], r->b);
                if (bad)
                    return -1;
            }
            if (a == 0) {
                x0 += t->d[e];
                i = flo(t, 0, X - t->d[e]);
            } else {
                y0 += t->d[e];
                j = flo(t, 1, Y - t->d[e]);
            }
        } else {
            int ht = (int)((size_t)h - t->cx - t->cy);
            if (emit_tile(t, ht, i, j, x0, y0, z0, out))
                return -1;
            z0 += t->hts[ht];
            k = flo(t, 2, Z - t->hts[ht]);
            if (t->smax >= 0)
                s--;
        }
    }
}

/* Normal sets along the three axes: horizontal dims along x and y, the
 * vertical ones along z. */
static sl_status normal_sets(const sli_pack3d *p, btab *t, sl_error *err)
{
    long hz[6], hxy[12];
    int nz = 0, nxy = 0;
    for (int q = 0; q < t->no; q++) {
        hz[nz++] = t->o[q].c;
        hxy[nxy++] = t->o[q].a;
    }
    sl_status st = sli_raster_set(p->S[0], hxy, nxy, &t->nx, &t->cx, err);
    if (st == SL_OK)
        st = sli_raster_set(p->S[1], hxy, nxy, &t->ny, &t->cy, err);
    if (st == SL_OK)
        st = sli_raster_set(p->S[2], hz, nz, &t->nz, &t->cz, err);
    return st;
}

/* The best full-height block (i, j) known: the floor closure's, else the
 * table's. */
static long fullv(const btab *t, size_t i, size_t j)
{
    return t->gv ? t->gv[i * t->cy + j]
                 : t->v[at(t, i, j, t->cz - 1, t->ns - 1)];
}

/* Emit full-height block (i, j) as the floor closure built it (or the
 * table's) at (x0, y0, 0). */
static int emit_full(const btab *t, size_t i, size_t j, long x0, long y0,
                     sli_boxes *out)
{
    const long h = t->gv ? t->gh[i * t->cy + j] : 0;
    const long X = t->nx[i], Y = t->ny[j];
    if (h == 0)
        return emit(t, i, j, t->cz - 1, t->ns - 1, x0, y0, 0, out);
    if ((size_t)h < t->cx) {
        long x = t->nx[h];
        return emit_full(t, (size_t)h, j, x0, y0, out) ||
               emit_full(t, flo(t, 0, X - x), j, x0 + x, y0, out);
    }
    if ((size_t)h < t->cx + t->cy) {
        size_t k = (size_t)h - t->cx;
        long y = t->ny[k];
        return emit_full(t, i, k, x0, y0, out) ||
               emit_full(t, i, flo(t, 1, Y - y), x0, y0 + y, out);
    }
    const int32_t *g = t->g5[(size_t)h - t->cx - t->cy];
    size_t i1 = (size_t)g[0], i2 = (size_t)g[1], j1 = (size_t)g[2],
           j2 = (size_t)g[3];
    long x1 = t->nx[i1], x2 = t->nx[i2], y1 = t->ny[j1], y2 = t->ny[j2];
    return emit_full(t, i1, j2, x0, y0, out) ||
           emit_full(t, flo(t, 0, X - x1), j1, x0 + x1, y0, out) ||
           emit_full(t, flo(t, 0, X - x2), flo(t, 1, Y - y1), x0 + x2,
                     y0 + y1, out) ||
           emit_full(t, i2, flo(t, 1, Y - y2), x0, y0 + y2, out) ||
           emit_full(t, flo(t, 0, x2 - x1), flo(t, 1, y2 - y1), x0 + x1,
                     y0 + y1, out);
}

/* Order of the closure: by the product of the indices, then the index. */
static int cmp_u64(const void *a, const void *b)
{
    const uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* The best five-block partition of full-height block (i, j) whose five
 * blocks take their closure values; *best and the partition in g when one
 * beats it.  Charged one step per (x1, y1, x2) and per partition looked
 * at. */
static void closure_five(const btab *t, size_t i, size_t j, double unit,
                         long ub, long *best, int *five, int32_t *g,
                         long *work)
{
    const long X = t->nx[i], Y = t->ny[j];
    const size_t cy = t->cy;
    const int32_t *gv = t->gv;
    for (size_t i1 = 1; i1 < i && *best < ub; i1++) {
        const long x1 = t->nx[i1];
        const size_t b2x = flo(t, 0, X - x1);
        for (size_t j1 = 1; j1 < j && *best < ub; j1++) {
            const long y1 = t->ny[j1];
            const long v2 = gv[b2x * cy + j1];
            /* the others lie in the rest of the rectangle */
            double rest = ((double)X * (double)Y -
                           (double)(X - x1) * (double)y1) / unit;
            if (v2 + (long)(rest + 1e-6) <= *best)
                continue;
            const size_t b3y = flo(t, 1, Y - y1);
            for (size_t i2 = i1 + 1; i2 < i && *best < ub; i2++) {
                const long x2 = t->nx[i2];
                const long v3 = gv[flo(t, 0, X - x2) * cy + b3y];
                /* B1, B4 and B5 cover x2 (Y - y1) + x1 y1 whatever y2 is */
                rest = ((double)x2 * (double)(Y - y1) +
                        (double)x1 * (double)y1) / unit;
                if (--*work < 0)
                    return;
                if (v2 + v3 + (long)(rest + 1e-6) <= *best)
                    continue;
                const size_t b5x = flo(t, 0, x2 - x1);
                *work -= (long)(j - j1);
                for (size_t j2 = j1 + 1; j2 < j; j2++) {
                    const long y2 = t->ny[j2];
                    long v = v2 + v3 + gv[i1 * cy + j2] +
                             gv[i2 * cy + flo(t, 1, Y - y2)] +
                             gv[b5x * cy + flo(t, 1, y2 - y1)];
                    if (v > *best) {
                        *best = v;
                        *five = 1;
                        g[0] = (int32_t)i1;
                        g[1] = (int32_t)i2;
                        g[2] = (int32_t)j1;
                        g[3] = (int32_t)j2;
                    }
                }
            }
        }
    }
}

/* Keep five-block partition g as g5[n5]; 0, or -1 when out of memory. */
static int keep_five(btab *t, const int32_t *g)
{
    if (t->n5 == t->c5) {
        size_t c = t->c5 ? 2 * t->c5 : 64;
        int32_t (*m)[4] = realloc(t->g5, c * sizeof *m);
        if (!m)
            return -1;
        t->g5 = m;
        t->c5 = c;
    }
    memcpy(t->g5[t->n5++], g, 4 * sizeof *g);
    return 0;
}

/* Floor closure: every full-height block X x Y of the floor, smallest
 * first (by the product of its indices, so every part comes before the
 * whole), gets the best of the table's T(X, Y, H), guillotine cuts of
 * blocks already closed and, while *work lasts, five-block partitions of
 * them (the recursive five-block search of the 2D solver, bottom-up over
 * the recursion's blocks). */
static sl_status floor_closure(const sli_pack3d *p, btab *t, long *work,
                               sl_error *err)
{
    const size_t cx = t->cx, cy = t->cy, n = cx * cy;
    const double unit = (double)p->d[0] * (double)p->d[1] *
                        (double)p->d[2] / (double)t->nz[t->cz - 1];
    uint64_t *ord = malloc(n * sizeof *ord);
    t->gv = malloc(n * sizeof *t->gv);
    t->gh = calloc(n, sizeof *t->gh);
    if (!ord || !t->gv || !t->gh || n + cx + cy > INT32_MAX) {
        free(ord);
        free(t->gv);
        free(t->gh);
        t->gv = t->gh = NULL;
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for the "
                        "floor closure of %zu blocks", n);
    }
    for (size_t i = 0; i < cx; i++)
        for (size_t j = 0; j < cy; j++) {
            t->gv[i * cy + j] = t->v[at(t, i, j, t->cz - 1, t->ns - 1)];
            ord[i * cy + j] = (uint64_t)(i * j) << 32 | (i * cy + j);
        }
    qsort(ord, n, sizeof *ord, cmp_u64);
    for (size_t q = 0; q < n; q++) {
        const size_t e = (size_t)(ord[q] & 0xffffffffu);
        const size_t i = e / cy, j = e % cy;
        const long X = t->nx[i], Y = t->ny[j];
        const long ub = (long)((double)X * (double)Y / unit + 1e-6);
        long best = t->gv[e];
        int32_t how = 0, g[4];
        if (best >= ub)
            continue;
        for (size_t k = 1; k < i && 2 * t->nx[k] <= X; k++) {
            long v = t->gv[k * cy + j] + t->gv[flo(t, 0, X - t->nx[k]) * cy +
                                               j];
            if (v > best) {
                best = v;
                how = (int32_t)k;
            }
        }
        for (size_t k = 1; k < j && 2 * t->ny[k] <= Y; k++) {
            long v = t->gv[i * cy + k] + t->gv[i * cy + flo(t, 1, Y -
                                                            t->ny[k])];
            if (v > best) {
                best = v;
                how = (int32_t)(cx + k);
            }
        }
        int five = 0;
        if (*work > 0 && best < ub)
            closure_five(t, i, j, unit, ub, &best, &five, g, work);
        if (five && keep_five(t, g)) {
            free(ord);
            return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for the "
                            "floor closure's partitions");
        }
        if (five)
            how = (int32_t)(cx + cy + t->n5 - 1);
        t->gv[e] = (int32_t)best;
        t->gh[e] = how;
    }
    free(ord);
    return SL_OK;
}

/* Volume bound of a full-height X x Y floor block. */
static long floor_bound(const fbctx *c, long X, long Y)
{
    return (long)((double)X * (double)Y / c->unit_area);
}

/* Emit the recursion's best full-height block (i, j) at (x0, y0, 0). */
static int floor_emit(const fbctx *c, size_t i, size_t j, long x0, long y0,
                      sli_boxes *out)
{
    return emit_full(c->user, i, j, x0, y0, out);
}

/* Non-guillotine floor plans: the five-block search of the 2D solver
 * (depth as fbctx.shallow says), run over the floor with the full-height
 * blocks of the table as base values.  *value and out get the result
 * when it beats `best`. */
static sl_status floor_search(const sli_pack3d *p, btab *t, int shallow,
                              long best, long *value, sli_boxes *out,
                              long *work, sl_error *err)
{
    fbctx c;
    memset(&c, 0, sizeof c);
    c.g.nx = t->nx;
    c.g.ny = t->ny;
    c.g.cx = t->cx;
    c.g.cy = t->cy;
    c.g.f = malloc(t->cx * t->cy * sizeof *c.g.f);
    if (!c.g.f)
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for a floor "
                        "plan");
    for (size_t i = 0; i < t->cx; i++)
        for (size_t j = 0; j < t->cy; j++)
            c.g.f[i * t->cy + j] = fullv(t, i, j);
    c.unit_area = (double)p->d[0] * (double)p->d[1] * (double)p->d[2] /
                  (double)t->nz[t->cz - 1];
    c.rect_bound = floor_bound;
    c.base_emit = floor_emit;
    c.user = t;
    c.shallow = shallow;
    c.seed = best;
    c.work = work;
    c.deadline = p->deadline;
    long v = 0;
    sli_boxes tmp = {0};
    sl_status st = sli_fb_run(&c, p->S[0], p->S[1], &v, out ? &tmp : NULL,
                              err);
    if (st == SL_OK && v > best) {
        *value = v;
        if (out) {
            sli_boxes_free(out);
            *out = tmp;
            memset(&tmp, 0, sizeof tmp);
        }
    }
    sli_boxes_free(&tmp);
    free(c.g.f);
    return st;
}

/* The most face boxes in walls along one axis within each length
 * 0..len: best[x], and in last[x] the depth index of the last wall (-1:
 * none, 3: as at x - 1).  Returns 0, or -1 when out of memory. */
static int wall_knapsack(const sli_pack3d *p, const long *fv, long len,
                         long **best, signed char **last)
{
    *best = malloc((size_t)(len + 1) * sizeof **best);
    *last = malloc((size_t)(len + 1));
    if (!*best || !*last)
        return -1;
    for (long x = 0; x <= len; x++) {
        (*best)[x] = x > 0 ? (*best)[x - 1] : 0;
        (*last)[x] = x > 0 ? 3 : -1;
        for (int k = 0; k < 3; k++)
            if (fv[k] > 0 && p->d[k] <= x &&
                (*best)[x - p->d[k]] + fv[k] > (*best)[x]) {
                (*best)[x] = (*best)[x - p->d[k]] + fv[k];
                (*last)[x] = (signed char)k;
            }
    }
    return 0;
}

/* Emit the walls of knapsack length x along axis, starting at pos. */
static int emit_walls(const sli_pack3d *p, int axis, const sli_boxes *face,
                      const signed char *last, long x, long pos,
                      sli_boxes *out)
{
    while (x > 0 && last[x] >= 0) {
        int k = last[x];
        if (k == 3) {
            x--;
            continue;
        }
        for (size_t i = 0; i < face[k].n; i++) {
            const sli_box *r = &face[k].v[i];
            int bad = axis == 0
                ? sli_boxes_push(out, pos, r->x, r->y, p->d[k], r->a, r->b)
                : sli_boxes_push(out, r->x, pos, r->y, r->a, p->d[k], r->b);
            if (bad)
                return -1;
        }
        pos += p->d[k];
        x -= p->d[k];
    }
    return 0;
}

/* Walls with searched faces along axis next to the recursion's best
 * full-section block: the best split of the axis between a block T and
 * a knapsack of walls.  *value and out get it when it beats *value. */
static sl_status walls(const sli_pack3d *p, const btab *t, int axis,
                       long *value, sli_boxes *out, long *work,
                       sl_error *err)
{
    sli_boxes face[3] = {{0}, {0}, {0}};
    long fv[3] = {0, 0, 0}, *best = NULL;
    signed char *last = NULL;
    sl_status st = SL_OK;
    for (int k = 0; k < 3 && st == SL_OK; k++)
        st = sli_wall_face(p, axis, k, &fv[k], &face[k], work, NULL,
                           err);
    const long len = p->S[axis];
    const long *n = axis == 0 ? t->nx : t->ny;
    size_t cn = axis == 0 ? t->cx : t->cy, pick = 0;
    long top = -1;
    if (st == SL_OK && wall_knapsack(p, fv, len, &best, &last))
        st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for walls");
    for (size_t m = 0; st == SL_OK && m < cn; m++) {
        long bv = axis == 0 ? fullv(t, m, t->cy - 1)
                            : fullv(t, t->cx - 1, m);
        if (bv + best[len - n[m]] > top) {
            top = bv + best[len - n[m]];
            pick = m;
        }
    }
    if (st == SL_OK && top > *value) {
        *value = top;
        if (out) {
            out->n = 0;
            int bad = axis == 0
                ? emit_full(t, pick, t->cy - 1, 0, 0, out)
                : emit_full(t, t->cx - 1, pick, 0, 0, out);
            if (bad || emit_walls(p, axis, face, last, len - n[pick],
                                  n[pick], out))
                st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for "
                              "the layout");
        }
    }
    free(best);
    free(last);
    for (int k = 0; k < 3; k++)
        sli_boxes_free(&face[k]);
    return st;
}

/* The searched faces of full-height walls along x (for every width
 * ny[m]) and along y (every length nx[m]) whose cross-section may stand
 * either way; the 2D searches are charged to *work.  The faces of one
 * depth share one guillotine table (built for the widest face). */
static sl_status build_faces(const sli_pack3d *p, btab *t, long *work,
                             sl_error *err)
{
    size_t n = (t->cx + t->cy) * 3;
    sli_gshare share[3];
    sl_status st = SL_OK;
    t->fval = calloc(n, sizeof *t->fval);
    t->face = calloc(n, sizeof *t->face);
    if (!t->fval || !t->face)
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for walls");
    memset(share, 0, sizeof share);
    for (int e = 0; e < 3; e++)
        share[e].L = t->nx[t->cx - 1] > t->ny[t->cy - 1] ? t->nx[t->cx - 1]
                                                         : t->ny[t->cy - 1];
    sli_pack3d q = *p;
    q.S[2] = t->nz[t->cz - 1];
    q.max_stack = 0;
    for (int a = 0; a < 2 && st == SL_OK; a++)
        for (size_t m = (a == 0 ? t->cy : t->cx) - 1; m > 0 && st == SL_OK;
             m--)
            for (int e = 0; e < 3 && st == SL_OK; e++) {
                if (!p->vert[(e + 1) % 3] || !p->vert[(e + 2) % 3])
                    continue; /* one turn: a grid, in the recursion */
                q.S[0] = a == 0 ? t->nx[t->cx - 1] : t->nx[m];
                q.S[1] = a == 0 ? t->ny[m] : t->ny[t->cy - 1];
                size_t f = fidx(t, a, m, e);
                st = sli_wall_face(&q, a, e, &t->fval[f], &t->face[f], work,
                                   &share[e], err);
            }
    for (int e = 0; e < 3; e++)
        sli_gshare_free(&share[e]);
    return st;
}

sl_status sli_pack3d_blocks(const sli_pack3d *p, long *value, sli_boxes *out,
                            long *work, long floor_work, sl_error *err)
{
    btab t;
    memset(&t, 0, sizeof t);
    *value = 0;
    orientations(p, &t);
    if (t.no == 0)
        return SL_OK;
    sl_status st = normal_sets(p, &t, err);
    long cmin = t.o[0].c;
    for (int q = 1; q < t.no; q++)
        if (t.o[q].c < cmin)
            cmin = t.o[q].c;
    t.smax = p->max_stack > 0 && p->max_stack < p->S[2] / cmin
                 ? p->max_stack : -1;
    t.ns = t.smax < 0 ? 1 : (size_t)t.smax + 1;
    double states = (double)t.cx * (double)t.cy * (double)t.cz *
                    (double)t.ns;
    double cost = states * ((double)(t.cx + t.cy) / 2 + t.no);
    /* values fit in 32 bits (see btab.v; the volume test never fails
       when states <= 8e6, it guards the argument) */
    double most = (double)p->S[0] * (double)p->S[1] * (double)p->S[2] /
                  ((double)p->d[0] * (double)p->d[1] * (double)p->d[2]);
    if (st != SL_OK || cost > (double)*work || states > 8e6 || most > 8e6) {
        btab_free(&t);
        return st; /* too big: the caller keeps its other layouts */
    }
    *work -= (long)cost;
    const long *sets[3] = {t.nx, t.ny, t.nz};
    const size_t sizes[3] = {t.cx, t.cy, t.cz};
    for (int a = 0; a < 3; a++)
        if (!(t.fl[a] = sli_floor_table(sets[a], sizes[a],
                                        sets[a][sizes[a] - 1]))) {
            btab_free(&t);
            return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for "
                            "floor indices");
        }
    for (int q = 0; q < t.no; q++) {
        int dup = 0;
        for (int h = 0; h < t.nh; h++)
            dup |= t.hts[h] == t.o[q].c;
        if (!dup)
            t.hts[t.nh++] = t.o[q].c;
    }
    for (int h = 0; h < t.nh; h++) {
        st = fill_tiles(&t, h, err);
        if (st != SL_OK) {
            t.nh = h;
            btab_free(&t);
            return st;
        }
    }
    /* Full-height wall faces for the recursion, 1/100 of the floor plans'
     * effort in all (most end with the 2D search's guillotine table). */
    t.d = p->d;
    long wwork = floor_work / 100;
    if (wwork > 0 && t.smax < 0) {
        st = build_faces(p, &t, &wwork, err);
        if (st != SL_OK) {
            btab_free(&t);
            return st;
        }
    }
    size_t n = (size_t)states;
    t.v = malloc(n * sizeof *t.v);
    t.how = malloc(n * sizeof *t.how);
    if (!t.v || !t.how) {
        btab_free(&t);
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for %zu "
                        "sub-spaces", n);
    }
    for (size_t i = 0; i < t.cx; i++) {
        row_columns(&t, i);
        row_xcuts(&t, i);
        for (size_t j = 0; j < t.cy; j++)
            row_entry(&t, i, j);
    }
    size_t top = at(&t, t.cx - 1, t.cy - 1, t.cz - 1, t.ns - 1);
    *value = t.v[top];
    if (out && emit(&t, t.cx - 1, t.cy - 1, t.cz - 1, t.ns - 1, 0, 0, 0,
                    out))
        st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for the layout");
    /* The floor closure (the floor plans' effort), walls beside the best
     * full-section block (their faces searched with as much), then floor
     * plans: one level deep, then nested up to SLI_FB_DEPTH levels (half
     * as much again), each only while the count is below the bound, and
     * each trying only partitions that can beat the count so far.  When
     * the closure ended within its effort it has tried every partition
     * the floor plans could, so they are skipped. */
    long fwork = floor_work, dwork = floor_work / 2;
    const long bound = sli_pack3d_bound(p);
    long cwork = floor_work;
    int complete = 0;
    if (st == SL_OK && cwork > 0 && *value < bound) {
        st = floor_closure(p, &t, &cwork, err);
        complete = cwork > 0;
        long cv = fullv(&t, t.cx - 1, t.cy - 1);
        if (st == SL_OK && cv > *value) {
            *value = cv;
            if (out) {
                out->n = 0;
                if (emit_full(&t, t.cx - 1, t.cy - 1, 0, 0, out))
                    st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory "
                                  "for the layout");
            }
        }
    }
    wwork = floor_work;
    for (int axis = 0; axis < 2 && st == SL_OK && wwork > 0; axis++)
        if (*value < bound)
            st = walls(p, &t, axis, value, out, &wwork, err);
    if (st == SL_OK && !complete && fwork > 0 && *value < bound)
        st = floor_search(p, &t, 1, *value, value, out, &fwork, err);
    if (st == SL_OK && !complete && dwork > 0 && *value < bound)
        st = floor_search(p, &t, 2, *value, value, out, &dwork, err);
    btab_free(&t);
    return st;
}
