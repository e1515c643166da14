/*
 * lib/pack_lshape.c - the L-approach for the pallet loading problem, after
 * Lins, Lins and Morabito (2003) and Birgin, Lobato and Morabito (2010),
 * written from their description: pieces are rectangles and L-pieces (a
 * rectangle without its top-right corner), each divided recursively into
 * two smaller pieces, values memoised over the normal sets.
 *
 * Divisions of an L-piece (X, Y, x, y) (bottom bar X x y, left column
 * x x Y): a straight cut across x or y (an L and a rectangle, or a
 * rectangle and an L), or a staircase into two nested L-pieces
 * (X, Y, c, d) and (X - c, Y - d, x - c, y - d).  Divisions of a
 * rectangle: its five-block value, a corner rectangle cut out of it
 * (nested L), or a two-step staircase into two L-pieces, one of them
 * turned half round (this holds every five-block pattern whose blocks are
 * L-approach pieces in turn).  Only divisions whose pieces' bounds can
 * beat the best so far are evaluated; the effort cap is shared with the
 * five-block search.
 */
#include <stdlib.h>
#include "pack2d_internal.h"

/* Largest state space (pieces) the L-approach allocates. */
#define LSHAPE_MAX_STATES 2.5e7
/* cx^2 cy^2 <= the cap keeps every index below 2^16 (l_state's fields). */
_Static_assert((long long)LSHAPE_MAX_STATES < 4294967296LL,
               "L-approach indices must fit in 16 bits");

/* A piece by indices into the normal sets: (i, j) the enclosing
 * rectangle, (ix, jy) the inner corner; ix == i and jy == j for a
 * rectangle. */
typedef struct piece {
    size_t i, j, ix, jy;
} piece;

/* The canonical form: degenerate L-pieces become rectangles. */
SLI_STEP_INLINE piece canon(size_t i, size_t j, size_t ix, size_t jy)
{
    if (ix == 0)
        return (piece){i, jy, i, jy};
    if (jy == 0)
        return (piece){ix, j, ix, j};
    if (ix >= i || jy >= j)
        return (piece){i, j, i, j};
    return (piece){i, j, ix, jy};
}

/* Where piece p's state lies in its block: canonical pieces have
 * jy <= j, so a block holds the triangle of (j, jy) pairs. */
SLI_STEP_INLINE size_t slot(piece p)
{
    return p.j * (p.j + 1) / 2 + p.jy;
}

/* The state of piece p; NULL when its block cannot be allocated. */
static l_state *state(fbctx *c, piece p)
{
    size_t n = c->g.cy * (c->g.cy + 1) / 2;
    l_state **blk = &c->ls[p.i * c->g.cx + p.ix];
    if (!*blk) {
        *blk = malloc(n * sizeof **blk);
        if (!*blk) {
            c->lfail = 1;
            return NULL;
        }
        for (size_t k = 0; k < n; k++)
            (*blk)[k].v = -1;
    }
    return &(*blk)[slot(p)];
}

/* The state of a piece already evaluated. */
static const l_state *known(const fbctx *c, piece p)
{
    return &c->ls[p.i * c->g.cx + p.ix][slot(p)];
}

/* Index of the largest normal value <= v along x / y. */
static size_t fx(const fbctx *c, long v)
{
    return (size_t)c->flx[v];
}

static size_t fy(const fbctx *c, long v)
{
    return (size_t)c->fly[v];
}

/* An upper bound for piece p: Barnes for rectangles, area for L's. */
SLI_STEP_INLINE long pbound(fbctx *c, piece p)
{
    if (p.ix == p.i)
        return sli_fb_bound(c, p.i, p.j);
    long X = c->g.nx[p.i], Y = c->g.ny[p.j];
    long x = c->g.nx[p.ix], y = c->g.ny[p.jy];
    return (long)((double)(X * y + x * (Y - y)) / c->unit_area);
}

static long lval(fbctx *c, piece p);

/* The value of piece p when it is already known, else -1 (the common
 * case, read without a call). */
SLI_STEP_INLINE long memo(const fbctx *c, piece p)
{
    const l_state *blk = c->ls[p.i * c->g.cx + p.ix];
    return blk ? blk[slot(p)].v : -1;
}

/* Offer a division into pieces a and b, recorded as (kind, u, v, t); a
 * is evaluated before b (the effort left and the memo depend on it). */
SLI_STEP_INLINE void offer(fbctx *c, l_state *s, piece a, piece b,
                           int kind, size_t u, size_t v, size_t t)
{
    if (pbound(c, a) + pbound(c, b) <= s->v)
        return;
    long va = memo(c, a);
    if (va < 0)
        va = lval(c, a);
    long vb = memo(c, b);
    if (vb < 0)
        vb = lval(c, b);
    long val = va + vb;
    if (val > s->v) {
        s->v = val;
        s->kind = (unsigned char)kind;
        s->a = (uint16_t)u;
        s->b = (uint16_t)v;
        s->c = (uint16_t)t;
    }
}

/* The two pieces of a straight cut of p at index k across x (axis 0) or
 * y (axis 1). */
SLI_STEP_INLINE void cut_pieces(const fbctx *c, piece p, int axis,
                                size_t k, piece *a, piece *b)
{
    const long X = c->g.nx[p.i], Y = c->g.ny[p.j];
    const long x = c->g.nx[p.ix], y = c->g.ny[p.jy];
    if (axis == 0) {
        long cx = c->g.nx[k];
        if (k >= p.ix) { /* an L (or rectangle) left, the bar's end right */
            *a = canon(k, p.j, p.ix, p.jy);
            *b = canon(fx(c, X - cx), p.jy, fx(c, X - cx), p.jy);
        } else {
            *a = canon(k, p.j, k, p.j);
            *b = canon(fx(c, X - cx), p.j, fx(c, x - cx), p.jy);
        }
    } else {
        long cy = c->g.ny[k];
        if (k >= p.jy) {
            *a = canon(p.i, k, p.ix, p.jy);
            *b = canon(p.ix, fy(c, Y - cy), p.ix, fy(c, Y - cy));
        } else {
            *a = canon(p.i, k, p.i, k);
            *b = canon(p.i, fy(c, Y - cy), p.ix, fy(c, y - cy));
        }
    }
}

/* The two pieces of a nested staircase of p at (ic, jd). */
SLI_STEP_INLINE void nested_pieces(const fbctx *c, piece p, size_t ic,
                                   size_t jd, piece *a, piece *b)
{
    const long X = c->g.nx[p.i], Y = c->g.ny[p.j];
    const long x = c->g.nx[p.ix], y = c->g.ny[p.jy];
    const long cx = c->g.nx[ic], cy = c->g.ny[jd];
    *a = canon(p.i, p.j, ic, jd);
    *b = canon(fx(c, X - cx), fy(c, Y - cy), fx(c, x - cx), fy(c, y - cy));
}

/* The two L-pieces of a two-step staircase of rectangle (i, j): across x
 * (axis 0) at x = c1 < c2 with the step at y = d, or across y (axis 1) at
 * y = c1 < c2 with the step at x = d.  The second piece is turned half
 * round. */
SLI_STEP_INLINE void step_pieces(const fbctx *c, size_t i, size_t j,
                                 int axis, size_t k1, size_t k2, size_t kd,
                                 piece *a, piece *b)
{
    const long X = c->g.nx[i], Y = c->g.ny[j];
    if (axis == 0) {
        long c1 = c->g.nx[k1], c2 = c->g.nx[k2], d = c->g.ny[kd];
        *a = canon(k2, j, k1, kd);
        *b = canon(fx(c, X - c1), j, fx(c, X - c2), fy(c, Y - d));
    } else {
        long c1 = c->g.ny[k1], c2 = c->g.ny[k2], d = c->g.nx[kd];
        *a = canon(i, k2, kd, k1);
        *b = canon(i, fy(c, Y - c1), fx(c, X - d), fy(c, Y - c2));
    }
}

/* Divisions of a rectangle beyond its five-block value. */
static void rect_divisions(fbctx *c, l_state *s, piece p, long ub)
{
    piece a, b;
    for (size_t ic = 1; ic < p.i && s->v < ub; ic++)
        for (size_t jd = 1; jd < p.j && s->v < ub; jd++) {
            if (sli_fb_spend(c))
                return;
            nested_pieces(c, p, ic, jd, &a, &b);
            offer(c, s, a, b, 3, ic, jd, 0);
        }
    for (int axis = 0; axis < 2; axis++) {
        size_t n1 = axis ? p.j : p.i, nd = axis ? p.i : p.j;
        for (size_t k1 = 1; k1 < n1 && s->v < ub; k1++)
            for (size_t k2 = k1 + 1; k2 < n1 && s->v < ub; k2++)
                for (size_t kd = 1; kd < nd && s->v < ub; kd++) {
                    if (sli_fb_spend(c))
                        return;
                    step_pieces(c, p.i, p.j, axis, k1, k2, kd, &a, &b);
                    offer(c, s, a, b, 4 + axis, k1, k2, kd);
                }
    }
}

/* Divisions of a proper L-piece. */
static void l_divisions(fbctx *c, l_state *s, piece p, long ub)
{
    piece a, b;
    for (int axis = 0; axis < 2; axis++) {
        size_t n = axis ? p.j : p.i;
        for (size_t k = 1; k < n && s->v < ub; k++) {
            if (sli_fb_spend(c))
                return;
            cut_pieces(c, p, axis, k, &a, &b);
            offer(c, s, a, b, 1 + axis, k, 0, 0);
        }
    }
    for (size_t ic = 1; ic < p.ix && s->v < ub; ic++)
        for (size_t jd = 1; jd < p.jy && s->v < ub; jd++) {
            if (sli_fb_spend(c))
                return;
            nested_pieces(c, p, ic, jd, &a, &b);
            offer(c, s, a, b, 3, ic, jd, 0);
        }
}

/* The best value found for piece p, memoised. */
static long lval(fbctx *c, piece p)
{
    l_state *s = state(c, p);
    if (!s) { /* no memory: stop the search, keep what is known */
        c->stopped = 1;
        return 0;
    }
    if (s->v >= 0)
        return s->v;
    long ub = pbound(c, p);
    s->kind = 0;
    if (p.ix == p.i) {
        s->v = sli_fb_value(c, p.i, p.j);
        if (s->v < ub && !c->stopped)
            rect_divisions(c, s, p, ub);
    } else {
        s->v = 0;
        l_divisions(c, s, p, ub);
    }
    return s->v;
}

static int lemit(const fbctx *c, piece p, long x0, long y0, sli_boxes *out);

/* Emit piece p turned half round inside the box at (x0, y0) of real size
 * W x H (the piece's own sizes may be smaller after rounding down). */
static int lemit_turned(const fbctx *c, piece p, long x0, long y0, long W,
                        long H, sli_boxes *out)
{
    size_t first = out->n;
    if (lemit(c, p, 0, 0, out))
        return -1;
    for (size_t k = first; k < out->n; k++) {
        sli_box *r = &out->v[k];
        r->x = x0 + W - r->x - r->a;
        r->y = y0 + H - r->y - r->b;
    }
    return 0;
}

/* Append the rectangles of piece p at (x0, y0). */
static int lemit(const fbctx *c, piece p, long x0, long y0, sli_boxes *out)
{
    const l_state *s = known(c, p);
    const long X = c->g.nx[p.i], Y = c->g.ny[p.j];
    piece a, b;
    switch (s->v < 0 ? 0 : s->kind) {
    case 0:
        return p.ix == p.i ? sli_fb_emit(c, p.i, p.j, x0, y0, out) : 0;
    case 1:
    case 2: {
        int axis = s->kind - 1;
        cut_pieces(c, p, axis, (size_t)s->a, &a, &b);
        long off = axis ? c->g.ny[s->a] : c->g.nx[s->a];
        return lemit(c, a, x0, y0, out) ||
               lemit(c, b, x0 + (axis ? 0 : off), y0 + (axis ? off : 0),
                     out);
    }
    case 3:
        nested_pieces(c, p, (size_t)s->a, (size_t)s->b, &a, &b);
        return lemit(c, a, x0, y0, out) ||
               lemit(c, b, x0 + c->g.nx[s->a], y0 + c->g.ny[s->b], out);
    default: {
        int axis = s->kind - 4;
        step_pieces(c, p.i, p.j, axis, (size_t)s->a, (size_t)s->b,
                    (size_t)s->c, &a, &b);
        long c1 = axis ? c->g.ny[s->a] : c->g.nx[s->a];
        return lemit(c, a, x0, y0, out) ||
               (axis ? lemit_turned(c, b, x0, y0 + c1, X, Y - c1, out)
                     : lemit_turned(c, b, x0 + c1, y0, X - c1, Y, out));
    }
    }
}

long sli_lshape_run(fbctx *c)
{
    double n = (double)c->g.cx * c->g.cx * c->g.cy * c->g.cy;
    if (n > LSHAPE_MAX_STATES)
        return 0;
    c->ls = calloc(c->g.cx * c->g.cx, sizeof *c->ls);
    if (!c->ls)
        return 0; /* a heuristic extra: without memory, go without it */
    size_t i = c->g.cx - 1, j = c->g.cy - 1;
    long v = lval(c, (piece){i, j, i, j});
    return c->lfail ? 0 : v; /* a layout with holes in its tables: no */
}

void sli_lshape_free(fbctx *c)
{
    if (!c->ls)
        return;
    for (size_t k = 0; k < c->g.cx * c->g.cx; k++)
        free(c->ls[k]);
    free(c->ls);
    c->ls = NULL;
}

int sli_lshape_emit(const fbctx *c, sli_boxes *out)
{
    size_t i = c->g.cx - 1, j = c->g.cy - 1;
    return lemit(c, (piece){i, j, i, j}, 0, 0, out);
}
