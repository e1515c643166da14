/*
 * lib/pack_walls.c - wall faces for wall building (after George and
 * Robinson 1980): a wall is a slab one box dimension deep across the
 * whole width (or length) and height; its face is a 2D problem of the
 * boxes' cross-sections, accepted only where every cross-section rests on
 * the floor or on the tops of cross-sections below.
 *
 * The face comes from the 2D search (non-guillotine patterns included)
 * when both cross-section turns may stand; each of its four mirror images
 * is dropped under gravity, the cross-sections left unsupported (or over
 * the stack limit) are removed, and the best survivor wins against the
 * plain grid of either allowed turn.  Walls of guillotine faces are
 * already in the 3D recursion; these add the rest.
 */
#include <stdlib.h>
#include <string.h>
#include "pack_internal.h"

/* Order rectangles by base (y), then x (deterministic). */
static int by_base(const void *a, const void *b)
{
    const sli_box *p = a, *q = b;
    if (p->y != q->y)
        return (p->y > q->y) - (p->y < q->y);
    return (p->x > q->x) - (p->x < q->x);
}

/* Drop each rectangle of r (in W x H, y up) as low as it goes, in order
 * of base height, and keep it only if its whole bottom edge rests on the
 * floor or on tops of kept rectangles and it is at most max_stack high in
 * its stack (0 = no limit).  r is rewritten with the kept rectangles;
 * lvl is scratch of r->n entries.  Returns how many were kept. */
static size_t settle(sli_boxes *r, long *lvl, long max_stack)
{
    qsort(r->v, r->n, sizeof *r->v, by_base);
    size_t kept = 0;
    for (size_t i = 0; i < r->n; i++) {
        sli_box b = r->v[i];
        long base = 0;
        for (size_t k = 0; k < kept; k++) {
            const sli_box *s = &r->v[k];
            if (s->x < b.x + b.a && b.x < s->x + s->a && s->y + s->b > base &&
                s->y + s->b <= b.y)
                base = s->y + s->b;
        }
        long cover = 0, level = 1;
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

/* The grid of one turn (a wide, b high) in W x H, capped by the stack
 * limit, appended to out; returns its count or -1 (no memory). */
static long grid(long W, long H, long a, long b, long max_stack,
                 sli_boxes *out)
{
    long up = H / b;
    if (max_stack > 0 && up > max_stack)
        up = max_stack;
    for (long x = 0; x + a <= W; x += a)
        for (long k = 0; k < up; k++)
            if (out && sli_boxes_push(out, x, k * b, 0, a, b, 0))
                return -1;
    return (W / a) * up;
}

/* Mirror image m (bit 0 across the width, bit 1 upside down) of src in
 * W x H, written to dst (same size). */
static void mirror(const sli_boxes *src, sli_boxes *dst, int m, long W,
                   long H)
{
    for (size_t i = 0; i < src->n; i++) {
        sli_box b = src->v[i];
        if (m & 1)
            b.x = W - b.x - b.a;
        if (m & 2)
            b.y = H - b.y - b.b;
        dst->v[i] = b;
    }
    dst->n = src->n;
}

/* The 2D search's pattern of p x q (either turn) in W x H (stopping at
 * the deadline, 0 = none; its table from share if not NULL), settled in
 * each mirror image; the best survivor goes to *best / out when it beats
 * *best. */
static sl_status searched(long W, long H, long p, long q, long max_stack,
                          double deadline, long *best, sli_boxes *out,
                          long *work, sli_gshare *share, sl_error *err)
{
    sli_boxes pat = {0}, img = {0};
    long n = 0;
    sl_status st = sli_pack2d_shared(share, W, H, p, q, deadline, &n, &pat,
                                     work, err);
    long *lvl = NULL;
    if (st == SL_OK && pat.n > 0) {
        img.v = malloc(pat.n * sizeof *img.v);
        img.cap = pat.n;
        lvl = malloc(pat.n * sizeof *lvl);
        if (!img.v || !lvl)
            st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for a wall");
    }
    for (int m = 0; st == SL_OK && pat.n > 0 && m < 4; m++) {
        mirror(&pat, &img, m, W, H);
        long v = (long)settle(&img, lvl, max_stack);
        if (v > *best) {
            *best = v;
            out->n = 0;
            for (size_t i = 0; i < img.n; i++)
                if (sli_boxes_push(out, img.v[i].x, img.v[i].y, 0,
                                   img.v[i].a, img.v[i].b, 0)) {
                    st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory "
                                  "for a wall");
                    break;
                }
        }
    }
    free(lvl);
    sli_boxes_free(&img);
    sli_boxes_free(&pat);
    return st;
}

sl_status sli_wall_face(const sli_pack3d *p, int axis, int k, long *count,
                        sli_boxes *out, long *work, sli_gshare *share,
                        sl_error *err)
{
    const long W = p->S[axis == 0 ? 1 : 0], H = p->S[2];
    const int u = (k + 1) % 3, v = (k + 2) % 3;
    const long a = p->d[u], b = p->d[v];
    *count = 0;
    out->n = 0;
    if (p->d[k] > p->S[axis])
        return SL_OK;
    /* Plain grids: b up (if allowed), then a up. */
    if (p->vert[v] && a <= W && b <= H)
        *count = grid(W, H, a, b, p->max_stack, out);
    if (p->vert[u] && b <= W && a <= H) {
        sli_boxes g = {0};
        long n = grid(W, H, b, a, p->max_stack, &g);
        if (n < 0)
            *count = -1;
        if (n > *count && *count >= 0) {
            sli_boxes_free(out);
            *out = g;
            *count = n;
        } else {
            sli_boxes_free(&g);
        }
    }
    if (*count < 0) {
        *count = 0;
        out->n = 0;
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for a wall");
    }
    if (p->vert[u] && p->vert[v])
        return searched(W, H, a, b, p->max_stack, p->deadline, count, out,
                        work, share, err);
    return SL_OK;
}
