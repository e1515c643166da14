/*
 * lib/pack2d.c - the manufacturer's pallet loading problem: the most l x w
 * rectangles (either rotation) in L x W.
 *
 * Recursive partitioning after Morabito and Morales (1998) and Birgin,
 * Lobato and Morabito (2010): every sub-rectangle X x Y on the normal sets
 * starts from its guillotine value; where that is below its bound, its
 * value is improved by guillotine cuts and by first-order non-guillotine
 * "five-block" partitions whose blocks are solved recursively (memoised).
 * A partition is only evaluated when the sum of its blocks' bounds can
 * beat the best so far; the search stops for a rectangle as soon as it
 * meets its bound, and everywhere when the effort cap or the deadline is
 * reached (the best layout so far is kept).  When the five-block value of
 * the whole rectangle is below its bound, the L-approach (pack_lshape.c)
 * takes over.
 */
#include <stdlib.h>
#include <string.h>
#include "pack2d_internal.h"

/* Restart the tick count; stop when the deadline has passed. */
void sli_fb_clock(fbctx *c)
{
    c->ticks = 0;
    if (sli_pack_clock() > c->deadline)
        c->stopped = 1;
}

/* Index of the largest normal value <= x along x or y. */
static size_t fx(const fbctx *c, long x)
{
    return (size_t)c->flx[x];
}

static size_t fy(const fbctx *c, long y)
{
    return (size_t)c->fly[y];
}

/* The bound of entry (i, j): the callback's, or Barnes'; 0 for an empty
 * rectangle.  Stored for sli_fb_bound. */
long sli_fb_bound_compute(fbctx *c, size_t i, size_t j)
{
    long *u = &c->ub[i * c->g.cy + j];
    if (c->rect_bound)
        *u = c->rect_bound(c, c->g.nx[i], c->g.ny[j]);
    else
        *u = sli_bound_2d(c->g.nx[i] ? c->g.nx[i] : 1,
                          c->g.ny[j] ? c->g.ny[j] : 1, c->l, c->w);
    if (c->g.nx[i] == 0 || c->g.ny[j] == 0)
        *u = 0;
    return *u;
}

/* Where the states of rectangles searched at the given depth begin: with
 * shallow == 2 each depth has its own states, so that a rectangle met
 * first deep down (where its parts keep their base values) is searched
 * again when it is met nearer the top; otherwise one set for all. */
static size_t layer(const fbctx *c, int depth)
{
    return c->shallow == 2 ? (size_t)depth * c->g.cx * c->g.cy : 0;
}

/* The value of entry (i, j): read when known (the common case, without
 * a call), else searched. */
SLI_STEP_INLINE long value_of(fbctx *c, size_t i, size_t j)
{
    if (c->shallow == 2 && c->depth >= SLI_FB_DEPTH)
        return c->g.f[i * c->g.cy + j];
    long v = c->s[layer(c, c->depth) + i * c->g.cy + j].v;
    return v >= 0 ? v : sli_fb_value(c, i, j);
}

/* Try to beat s->v with guillotine cuts whose parts are solved
 * recursively (left part first: the effort and memo depend on the
 * order). */
static void try_cuts(fbctx *c, fb_state *s, size_t i, size_t j)
{
    const long X = c->g.nx[i], Y = c->g.ny[j];
    for (size_t k = 1; k < i && 2 * c->g.nx[k] <= X && !sli_fb_spend(c);
         k++) {
        size_t r = fx(c, X - c->g.nx[k]);
        if (sli_fb_bound(c, k, j) + sli_fb_bound(c, r, j) <= s->v)
            continue;
        long v = value_of(c, k, j);
        v += value_of(c, r, j);
        if (v > s->v) {
            s->v = v;
            s->kind = 1;
            s->i1 = (int)k;
        }
    }
    for (size_t k = 1; k < j && 2 * c->g.ny[k] <= Y && !sli_fb_spend(c);
         k++) {
        size_t r = fy(c, Y - c->g.ny[k]);
        if (sli_fb_bound(c, i, k) + sli_fb_bound(c, i, r) <= s->v)
            continue;
        long v = value_of(c, i, k);
        v += value_of(c, i, r);
        if (v > s->v) {
            s->v = v;
            s->kind = 2;
            s->i1 = (int)k;
        }
    }
}

/* Try every five-block partition 0 < x1 < x2 < X, 0 < y1 < y2 < Y:
 * B1 = x1 x y2 at the origin, B2 = (X-x1) x y1 right of it, B3 =
 * (X-x2) x (Y-y1) above B2, B4 = x2 x (Y-y2) above B1, B5 in the middle.
 * (The mirror image has the same value, so one chirality suffices.) */
static void try_five(fbctx *c, fb_state *s, size_t i, size_t j, long ub)
{
    const long X = c->g.nx[i], Y = c->g.ny[j];
    for (size_t i1 = 1; i1 < i && s->v < ub; i1++) {
        long x1 = c->g.nx[i1];
        for (size_t j1 = 1; j1 < j && s->v < ub; j1++) {
            long y1 = c->g.ny[j1];
            size_t b2x = fx(c, X - x1);
            long u2 = sli_fb_bound(c, b2x, j1);
            long v2 = -1; /* B2, read once when needed */
            for (size_t i2 = i1 + 1; i2 < i && s->v < ub; i2++) {
                long x2 = c->g.nx[i2];
                size_t b3x = fx(c, X - x2), b3y = fy(c, Y - y1);
                size_t b5x = fx(c, x2 - x1);
                long u3 = sli_fb_bound(c, b3x, b3y);
                /* B1, B4 and B5 cover x2 (Y - y1) + x1 y1 whatever y2
                   is, and no bound exceeds the area bound: when even
                   that cannot beat s->v, no y2 can.  The effort this
                   saves lets a capped search go further (a 410.125 x
                   468.85 box, "h", in a 20 ft container: 1,040 where it
                   was 1,024 when this ran for floor plans only). */
                double rest = ((double)x2 * (double)(Y - y1) +
                               (double)x1 * (double)y1) / c->unit_area;
                if (u2 + u3 + (long)(rest + 1e-6) <= s->v)
                    continue;
                long v3 = -1; /* B3, likewise */
                for (size_t j2 = j1 + 1; j2 < j && s->v < ub; j2++) {
                    if (sli_fb_spend(c))
                        return;
                    long y2 = c->g.ny[j2];
                    size_t b4y = fy(c, Y - y2), b5y = fy(c, y2 - y1);
                    long u1 = sli_fb_bound(c, i1, j2);
                    long u4 = sli_fb_bound(c, i2, b4y);
                    long u5 = sli_fb_bound(c, b5x, b5y);
                    if (u2 + u3 + u1 + u4 + u5 <= s->v)
                        continue;
                    /* in this order: B2, B3, B1, B4, B5; each value read
                       replaces its bound, and the partition is dropped as
                       soon as it can no longer beat s->v (the blocks not
                       yet read are then not searched for it) */
                    if (v2 < 0)
                        v2 = value_of(c, b2x, j1);
                    if (v2 + u3 + u1 + u4 + u5 <= s->v)
                        continue;
                    if (v3 < 0)
                        v3 = value_of(c, b3x, b3y);
                    long v = v2 + v3;
                    if (v + u1 + u4 + u5 <= s->v)
                        continue;
                    v += value_of(c, i1, j2);
                    if (v + u4 + u5 <= s->v)
                        continue;
                    v += value_of(c, i2, b4y);
                    if (v + u5 <= s->v)
                        continue;
                    v += value_of(c, b5x, b5y);
                    if (v > s->v) {
                        s->v = v;
                        s->kind = 3;
                        s->i1 = (int)i1;
                        s->i2 = (int)i2;
                        s->j1 = (int)j1;
                        s->j2 = (int)j2;
                    }
                }
            }
        }
    }
}

/* The best value found for entry (i, j), memoised. */
long sli_fb_value(fbctx *c, size_t i, size_t j)
{
    if (c->shallow == 2 && c->depth >= SLI_FB_DEPTH)
        return c->g.f[i * c->g.cy + j];
    fb_state *s = &c->s[layer(c, c->depth) + i * c->g.cy + j];
    if (s->v >= 0)
        return s->v;
    s->v = c->g.f[i * c->g.cy + j];
    s->kind = 0;
    if (c->depth == 0 && i == c->g.cx - 1 && j == c->g.cy - 1 &&
        s->v < c->seed)
        s->v = c->seed; /* the whole rectangle only (the L-approach asks
                           for others at depth 0); kind 0: not emitted
                           above the seed */
    long ub = sli_fb_bound(c, i, j);
    if (s->v >= ub || c->stopped ||
        (c->shallow == 1 && (i != c->g.cx - 1 || j != c->g.cy - 1)))
        return s->v;
    c->depth++;
    try_cuts(c, s, i, j);
    if (s->v < ub && !c->stopped)
        try_five(c, s, i, j, ub);
    c->depth--;
    return s->v;
}

/* Append the rectangles of entry (i, j), as searched at depth d, at (x0,
 * y0). */
static int emit_at(const fbctx *c, size_t i, size_t j, long x0, long y0,
                   sli_boxes *out, int d)
{
    static const fb_state base = {0, 0, 0, 0, 0, 0};
    const fb_state *s = c->shallow == 2 && d >= SLI_FB_DEPTH
                            ? &base
                            : &c->s[layer(c, d) + i * c->g.cy + j];
    const long X = c->g.nx[i], Y = c->g.ny[j];
    if ((s->v < 0 || s->kind == 0) && c->base_emit)
        return c->base_emit(c, i, j, x0, y0, out);
    if (s->v < 0 || s->kind == 0)
        return sli_gtab_emit(&c->g, i, j, x0, y0, out);
    if (s->kind == 1) {
        long x = c->g.nx[s->i1];
        return emit_at(c, (size_t)s->i1, j, x0, y0, out, d + 1) ||
               emit_at(c, fx(c, X - x), j, x0 + x, y0, out, d + 1);
    }
    if (s->kind == 2) {
        long y = c->g.ny[s->i1];
        return emit_at(c, i, (size_t)s->i1, x0, y0, out, d + 1) ||
               emit_at(c, i, fy(c, Y - y), x0, y0 + y, out, d + 1);
    }
    long x1 = c->g.nx[s->i1], x2 = c->g.nx[s->i2];
    long y1 = c->g.ny[s->j1], y2 = c->g.ny[s->j2];
    return emit_at(c, (size_t)s->i1, (size_t)s->j2, x0, y0, out, d + 1) ||
           emit_at(c, fx(c, X - x1), (size_t)s->j1, x0 + x1, y0, out,
                   d + 1) ||
           emit_at(c, fx(c, X - x2), fy(c, Y - y1), x0 + x2, y0 + y1, out,
                   d + 1) ||
           emit_at(c, (size_t)s->i2, fy(c, Y - y2), x0, y0 + y2, out,
                   d + 1) ||
           emit_at(c, fx(c, x2 - x1), fy(c, y2 - y1), x0 + x1, y0 + y1,
                   out, d + 1);
}

/* Append the rectangles of entry (i, j) at (x0, y0). */
int sli_fb_emit(const fbctx *c, size_t i, size_t j, long x0, long y0,
                sli_boxes *out)
{
    return emit_at(c, i, j, x0, y0, out, 0);
}

/* Free a shared table; accepts NULL. */
void sli_gshare_free(sli_gshare *s)
{
    if (!s)
        return;
    sli_gtab_free(&s->g);
    free(s->flx);
    free(s->fly);
    s->flx = s->fly = NULL;
    sli_boxes_free(&s->mface);
    s->memo = 0;
    s->state = 0;
}

size_t sli_gshare_rows(const sli_gshare *s, long L, long W, long l, long w,
                       long twork)
{
    if (!s || s->state != 1 || W != s->W || l != s->l || w != s->w ||
        L > s->L)
        return 0;
    const size_t cx = sli_floor_index(s->g.nx, s->g.cx, L) + 1;
    const double cells = (double)cx * (double)s->g.cy;
    if (cells * ((double)cx + (double)s->g.cy) / 2.0 > (double)twork ||
        cells > 2e7)
        return 0;
    return cx;
}

/* The first rows of share's table, as a view in c->g with its floor
 * indices (none of it to be freed), for an L x W search of l x w whose
 * own table could cost twork steps: 1 when share holds them (built now
 * if not yet) and the search's own table would have been built; 0 when
 * the search must build its own (which takes the one-cut fallback where
 * it is too big, as always). */
static int shared_rows(sli_gshare *s, long L, long W, long l, long w,
                       long twork, fbctx *c)
{
    if (!s || s->state < 0)
        return 0;
    if (s->state == 0) {
        sl_error scratch; /* a table that cannot be built is not shared */
        long bwork = twork;
        s->items[0] = (sli_item){l, w, 1};
        s->items[1] = (sli_item){w, l, 1};
        s->W = W;
        s->l = l;
        s->w = w;
        s->state = sli_gtab_build(&s->g, s->L, W, s->items, l == w ? 1 : 2,
                                  &bwork, &scratch) == SL_OK ? 1 : -1;
        if (s->state > 0 &&
            (!(s->flx = sli_floor_table(s->g.nx, s->g.cx, s->L)) ||
             !(s->fly = sli_floor_table(s->g.ny, s->g.cy, W)))) {
            sli_gshare_free(s);
            s->state = -1;
        }
        if (s->state < 0)
            return 0;
    }
    const size_t cx = sli_gshare_rows(s, L, W, l, w, twork);
    if (cx == 0)
        return 0;
    c->g = s->g;
    c->g.cx = cx;
    c->flx = s->flx;
    c->fly = s->fly;
    c->borrowed = 1;
    return 1;
}

/* Guillotine table first (or the one-cut fallback when it is too big),
 * from share when it holds it, then the recursive five-block search on
 * top of it, then the L-approach on what the five-block search left of
 * lcap steps (0: of *work). */
static sl_status search_on(sli_gshare *share, long L, long W, long l, long w,
                           double deadline, long *count, sli_boxes *out,
                           long *work, long lcap, sl_error *err)
{
    sli_item items[2] = {{l, w, 1}, {w, l, 1}};
    fbctx c;
    memset(&c, 0, sizeof c);
    c.l = l;
    c.w = w;
    c.work = work;
    c.lcap = lcap;
    c.deadline = deadline;
    *count = 0;
    /* The table is cheap and the base of everything else: it may cost up
     * to SLI_PACK_TABLE_WORK steps whatever is left for the searches. */
    long twork = *work > SLI_PACK_TABLE_WORK ? *work : SLI_PACK_TABLE_WORK;
    const int view = shared_rows(share, L, W, l, w, twork, &c);
    sl_status st = view ? SL_OK
                        : sli_gtab_build(&c.g, L, W, items, l == w ? 1 : 2,
                                         &twork, err);
    if (st == SL_ERANGE)
        return sli_guillotine(L, W, items, l == w ? 1 : 2, count, out, &twork,
                              err);
    if (st != SL_OK)
        return st;
    c.unit_area = (double)l * (double)w;
    st = sli_fb_run(&c, L, W, count, out, err);
    if (!view)
        sli_gtab_free(&c.g);
    return st;
}

sl_status sli_pack2d_capped(long L, long W, long l, long w, double deadline,
                            long *count, sli_boxes *out, long *work,
                            long lcap, sl_error *err)
{
    return search_on(NULL, L, W, l, w, deadline, count, out, work, lcap,
                     err);
}

sl_status sli_pack2d_search(long L, long W, long l, long w, double deadline,
                            long *count, sli_boxes *out, long *work,
                            sl_error *err)
{
    return search_on(NULL, L, W, l, w, deadline, count, out, work, 0, err);
}

sl_status sli_pack2d_shared(sli_gshare *share, long L, long W, long l,
                            long w, double deadline, long *count,
                            sli_boxes *out, long *work, sl_error *err)
{
    return search_on(share, L, W, l, w, deadline, count, out, work, 0, err);
}

sl_status sli_fb_run(fbctx *c, long L, long W, long *count, sli_boxes *out,
                     sl_error *err)
{
    size_t n = c->g.cx * c->g.cy;
    size_t ns = c->shallow == 2 ? n * SLI_FB_DEPTH : n;
    sl_status st = SL_OK;
    c->s = malloc(ns * sizeof *c->s);
    c->ub = malloc(n * sizeof *c->ub);
    if (!c->borrowed) {
        c->flx = sli_floor_table(c->g.nx, c->g.cx, L);
        c->fly = sli_floor_table(c->g.ny, c->g.cy, W);
    }
    if (!c->s || !c->ub || !c->flx || !c->fly) {
        st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for %zu "
                      "sub-rectangles", n);
        goto done;
    }
    for (size_t k = 0; k < ns; k++)
        c->s[k] = (fb_state){-1, 0, 0, 0, 0, 0};
    for (size_t k = 0; k < n; k++)
        c->ub[k] = -1;
    size_t top_i = c->g.cx - 1, top_j = c->g.cy - 1;
    long start = *c->work;
    *count = sli_fb_value(c, top_i, top_j);
    long lv = 0;
    if (*count < sli_fb_bound(c, top_i, top_j) && !c->stopped &&
        !c->shallow) {
        /* with a cap, the L-approach gets what the five-block search
           left of lcap steps (charged to *work as it goes) */
        long *all = c->work, left = *all;
        if (c->lcap > 0 && left > c->lcap - (start - *all))
            left = c->lcap - (start - *all);
        long given = left;
        c->work = &left;
        if (left > 0)
            lv = sli_lshape_run(c);
        *all -= given - left;
        c->work = all;
    }
    int bad;
    if (lv > *count) {
        *count = lv;
        bad = out && sli_lshape_emit(c, out);
    } else {
        bad = out && sli_fb_emit(c, top_i, top_j, 0, 0, out);
    }
    if (bad)
        st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for the layout");
done:
    sli_lshape_free(c);
    free(c->s);
    free(c->ub);
    if (!c->borrowed) {
        free(c->flx);
        free(c->fly);
    }
    c->s = NULL;
    c->ub = NULL;
    c->flx = c->fly = NULL;
    return st;
}

/* The strongest 2D method with no deadline. */
sl_status sli_pack2d_best(long L, long W, long l, long w, long *count,
                          sli_boxes *out, long *work, sl_error *err)
{
    return sli_pack2d_search(L, W, l, w, 0, count, out, work, err);
}
