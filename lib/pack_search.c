/*
 * lib/pack_search.c - support-aware block building with a greedy
 * look-ahead search, written from the descriptions of Lai and Chan (1997),
 * Parreño, Alvarez-Valdes, Oliveira and Tamarit (2008), Fanslau and
 * Bortfeldt (2010) and Zhu and Lim (2012); no code copied.
 *
 * A state is a list of placed blocks (nx x ny x nz boxes of one
 * orientation) and the maximal empty spaces left (axis-aligned boxes;
 * placing a block splits every space it overlaps into up to six
 * remainders; spaces inside others, or too small for any box, are
 * dropped).  A step takes one space (the one whose anchor corner, the
 * bottom corner nearest a container corner, is nearest by Parreño's sorted
 * distances, or the lowest space first), and places a block at that
 * corner, or for a space above the floor at the corner of a top beneath
 * it.  A block above the floor must rest wholly on tops at its base height
 * (the summed area of its base on those tops equals its base area); boxes
 * under it plus its own layers respect the stack limit.  A greedy
 * completion places the best-ranked block (three ranking rules) until no
 * space is left.  The look-ahead tries the k best blocks at each step,
 * values each by a look-ahead d - 1 levels deep that ends in the greedy
 * completion, and commits the best; (k, d) grows from (1, 1) to (8, 4),
 * about doubling the cost each time, over every space and block rule
 * until the effort is spent.  The best complete layout seen anywhere is
 * kept.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "pack_internal.h"

/* Most candidates kept at one step (the look-ahead's widest k). */
#define SRCH_KMAX 16
/* Most support anchors tried in one space. */
#define SRCH_ANCHORS 16
/* Most boxes in one layer of a block (the search is skipped beyond). */
#define SRCH_MAX_BASE 20000.0
/* Deepest look-ahead tried (levels of choices before the greedy
 * completion). */
#define SRCH_DMAX 4

/* A placed block: corner, one box's extents, boxes along each axis, and
 * the most boxes on a vertical line through its top. */
typedef struct sblk {
    long x, y, z;
    long a, b, c;
    long nx, ny, nz;
    long stack;
} sblk;

/* An empty space lo[k] <= u < hi[k] on each axis. */
typedef struct sspace {
    long lo[3], hi[3];
} sspace;

/* Placed blocks and the maximal empty spaces left. */
typedef struct sstate {
    sblk *b;
    size_t nb, cb;
    sspace *s;
    size_t ns, cs;
    long count;
} sstate;

/* A candidate block and its rank keys (larger is better). */
typedef struct scand {
    sblk blk;
    double k1, k2;
} scand;

/* The search's context. */
typedef struct srch {
    const sli_pack3d *p;
    long o[6][3];        /* distinct orientations: extents along x, y, z */
    int no;
    long *norm[3];       /* normal set of each axis */
    size_t nnorm[3];
    int *fl[3];          /* fl[k][s]: index of the largest of norm[k] <= s,
                            for s in 0..S[k] */
    long smax;           /* stack limit (LONG_MAX: none) */
    long target;         /* stop when a layout holds this many */
    long *work;
    int space_rule;      /* 0 Parreño's corner distance; 1 lowest first */
    int block_rule;      /* 0 volume less waste; 1 boxes; 2 best fit */
    int out_of_work;
    sstate best;
    sspace *rem;         /* scratch for remainders */
    size_t crem;
} srch;

/* Release a state's arrays and empty it. */
static void state_free(sstate *st)
{
    free(st->b);
    free(st->s);
    memset(st, 0, sizeof *st);
}

/* Grow an array of n elements of size sz to hold at least need; 0 or -1. */
static int grow(void **v, size_t *cap, size_t need, size_t sz)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 16;
    while (c < need)
        c *= 2;
    void *q = realloc(*v, c * sz);
    if (!q)
        return -1;
    *v = q;
    *cap = c;
    return 0;
}

/* Make dst a copy of src (reusing dst's memory); 0 or -1 (no memory). */
static int state_copy(sstate *dst, const sstate *src)
{
    if (grow((void **)&dst->b, &dst->cb, src->nb, sizeof *src->b) ||
        grow((void **)&dst->s, &dst->cs, src->ns, sizeof *src->s))
        return -1;
    if (src->nb)
        memcpy(dst->b, src->b, src->nb * sizeof *src->b);
    if (src->ns)
        memcpy(dst->s, src->s, src->ns * sizeof *src->s);
    dst->nb = src->nb;
    dst->ns = src->ns;
    dst->count = src->count;
    return 0;
}

/* 1 if some orientation of the box fits in space s. */
static int fits_box(const srch *r, const sspace *s)
{
    for (int q = 0; q < r->no; q++)
        if (r->o[q][0] <= s->hi[0] - s->lo[0] &&
            r->o[q][1] <= s->hi[1] - s->lo[1] &&
            r->o[q][2] <= s->hi[2] - s->lo[2])
            return 1;
    return 0;
}

/* 1 if space a lies inside space b. */
static int inside(const sspace *a, const sspace *b)
{
    for (int k = 0; k < 3; k++)
        if (a->lo[k] < b->lo[k] || a->hi[k] > b->hi[k])
            return 0;
    return 1;
}

/* The block's extent as a space. */
static sspace blk_space(const sblk *k)
{
    return (sspace){{k->x, k->y, k->z},
                    {k->x + k->nx * k->a, k->y + k->ny * k->b,
                     k->z + k->nz * k->c}};
}

/* 1 if spaces a and b share a positive volume. */
static int overlaps(const sspace *a, const sspace *b)
{
    for (int k = 0; k < 3; k++)
        if (a->lo[k] >= b->hi[k] || b->lo[k] >= a->hi[k])
            return 0;
    return 1;
}

/* Append the up-to-six remainders of s outside block space g to the
 * scratch list (nrem updated); 0 or -1 (no memory). */
static int split(srch *r, const sspace *s, const sspace *g, size_t *nrem)
{
    if (grow((void **)&r->rem, &r->crem, *nrem + 6, sizeof *r->rem))
        return -1;
    for (int k = 0; k < 3; k++) {
        if (g->lo[k] > s->lo[k]) {
            sspace t = *s;
            t.hi[k] = g->lo[k];
            r->rem[(*nrem)++] = t;
        }
        if (g->hi[k] < s->hi[k]) {
            sspace t = *s;
            t.lo[k] = g->hi[k];
            r->rem[(*nrem)++] = t;
        }
    }
    return 0;
}

/* 1 if remainder i is inside a kept space or inside another remainder
 * (of equal ones, the first is kept). */
static int redundant(const srch *r, const sstate *st, size_t i, size_t nrem)
{
    const sspace *a = &r->rem[i];
    for (size_t j = 0; j < st->ns; j++)
        if (inside(a, &st->s[j]))
            return 1;
    for (size_t j = 0; j < nrem; j++)
        if (j != i && inside(a, &r->rem[j]) &&
            (j < i || !inside(&r->rem[j], a)))
            return 1;
    return 0;
}

/* Place block k in st: record it and split the spaces it overlaps (a
 * remainder cannot contain an untouched space, which was maximal, so only
 * remainders are tested for containment); 0 or -1 (no memory). */
static int place(srch *r, sstate *st, const sblk *k)
{
    if (grow((void **)&st->b, &st->cb, st->nb + 1, sizeof *st->b))
        return -1;
    st->b[st->nb++] = *k;
    st->count += k->nx * k->ny * k->nz;
    const sspace g = blk_space(k);
    size_t kept = 0, nrem = 0;
    for (size_t i = 0; i < st->ns; i++) {
        if (!overlaps(&st->s[i], &g))
            st->s[kept++] = st->s[i];
        else if (split(r, &st->s[i], &g, &nrem))
            return -1;
    }
    st->ns = kept;
    *r->work -= (long)(st->ns * (nrem + 1));
    for (size_t i = 0; i < nrem; i++) {
        if (!fits_box(r, &r->rem[i]) || redundant(r, st, i, nrem))
            continue;
        if (grow((void **)&st->s, &st->cs, st->ns + 1, sizeof *st->s))
            return -1;
        st->s[st->ns++] = r->rem[i];
    }
    return 0;
}

/* The anchor of space s: the bottom corner nearest a container corner
 * (*ux, *uy: 0 low side, 1 high side) and its distances, sorted
 * ascending, in key[3]. */
static void anchor(const srch *r, const sspace *s, int *ux, int *uy,
                   long key[3])
{
    long dx0 = s->lo[0], dx1 = r->p->S[0] - s->hi[0];
    long dy0 = s->lo[1], dy1 = r->p->S[1] - s->hi[1];
    *ux = dx1 < dx0;
    *uy = dy1 < dy0;
    long v[3] = {*ux ? dx1 : dx0, *uy ? dy1 : dy0, s->lo[2]};
    for (int i = 1; i < 3; i++) /* sort three */
        for (int j = i; j > 0 && v[j] < v[j - 1]; j--) {
            long t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
        }
    memcpy(key, v, sizeof v);
}

/* Volume of space s (at most 10^18: each side is at most 10^6). */
static long volume(const sspace *s)
{
    return (s->hi[0] - s->lo[0]) * (s->hi[1] - s->lo[1]) *
           (s->hi[2] - s->lo[2]);
}

/* 1 if space a comes before space b under the space rule. */
static int space_before(const srch *r, const sspace *a, const sspace *b)
{
    if (r->space_rule == 1 && a->lo[2] != b->lo[2])
        return a->lo[2] < b->lo[2];
    int u, v;
    long ka[3], kb[3];
    anchor(r, a, &u, &v, ka);
    anchor(r, b, &u, &v, kb);
    for (int k = 0; k < 3; k++)
        if (ka[k] != kb[k])
            return ka[k] < kb[k];
    return volume(a) > volume(b);
}

/* Index of the space to fill next (st->ns > 0). */
static size_t pick_space(const srch *r, const sstate *st)
{
    size_t best = 0;
    for (size_t i = 1; i < st->ns; i++)
        if (space_before(r, &st->s[i], &st->s[best]))
            best = i;
    return best;
}

/* 1 if the base x0..x1 x y0..y1 at height z > 0 lies wholly on block tops
 * at z (blocks never overlap, so their tops' areas add up); *below gets
 * the most boxes on a vertical line under it. */
static int supported(srch *r, const sstate *st, long x0, long y0, long x1,
                     long y1, long z, long *below)
{
    long area = 0;
    *below = 0;
    *r->work -= (long)st->nb;
    for (size_t i = 0; i < st->nb; i++) {
        const sblk *t = &st->b[i];
        if (t->z + t->nz * t->c != z)
            continue;
        long ox = (x1 < t->x + t->nx * t->a ? x1 : t->x + t->nx * t->a) -
                  (x0 > t->x ? x0 : t->x);
        long oy = (y1 < t->y + t->ny * t->b ? y1 : t->y + t->ny * t->b) -
                  (y0 > t->y ? y0 : t->y);
        if (ox > 0 && oy > 0) {
            area += ox * oy;
            if (t->stack > *below)
                *below = t->stack;
        }
    }
    return area == (x1 - x0) * (y1 - y0);
}

/* The largest length <= s along axis k made of box dims (waste beyond it
 * cannot hold a box). */
static long reach(const srch *r, int k, long s)
{
    return r->norm[k][r->fl[k][s]];
}

/* Rank block k in a space with room e[3] from its corner, by the block
 * rule, into c->k1 and c->k2. */
static void rank(const srch *r, const long e[3], scand *c)
{
    const sblk *k = &c->blk;
    const long ext[3] = {k->nx * k->a, k->ny * k->b, k->nz * k->c};
    double waste = 0, slack[3], n = (double)(k->nx * k->ny * k->nz);
    for (int q = 0; q < 3; q++) {
        long s = e[q] - ext[q];
        slack[q] = (double)s;
        waste += (double)(s - reach(r, q, s)) * (double)ext[(q + 1) % 3] *
                 (double)ext[(q + 2) % 3];
    }
    double vol = n * (double)(k->a * k->b * k->c);
    if (r->block_rule == 0) {
        c->k1 = vol - waste;
        c->k2 = n;
    } else if (r->block_rule == 1) {
        c->k1 = n;
        c->k2 = -waste;
    } else {
        double m = slack[0] < slack[1] ? slack[0] : slack[1];
        c->k1 = -(m < slack[2] ? m : slack[2]);
        c->k2 = vol - waste;
    }
}

/* Insert c into the list v[0..*n) kept sorted best first, at most k long. */
static void offer(scand *v, int *n, int k, const scand *c)
{
    int i = *n;
    while (i > 0 && (v[i - 1].k1 < c->k1 ||
                     (v[i - 1].k1 == c->k1 && v[i - 1].k2 < c->k2)))
        i--;
    if (i >= k)
        return;
    int last = *n < k ? *n : k - 1;
    memmove(&v[i + 1], &v[i], (size_t)(last - i) * sizeof *v);
    v[i] = *c;
    if (*n < k)
        (*n)++;
}

/* Offer every block of orientation q grown from anchor (ax, ay) at the
 * floor of s (direction ux, uy) whose base is supported. */
static void grow_blocks(srch *r, const sstate *st, const sspace *s, int q,
                        long ax, long ay, int ux, int uy, scand *v, int *n,
                        int k)
{
    const long *o = r->o[q];
    const long e[3] = {ux ? ax - s->lo[0] : s->hi[0] - ax,
                       uy ? ay - s->lo[1] : s->hi[1] - ay,
                       s->hi[2] - s->lo[2]};
    long NX = e[0] / o[0], NY = e[1] / o[1], z = s->lo[2];
    for (long nx = 1; nx <= NX; nx++)
        for (long ny = 1; ny <= NY; ny++) {
            long x0 = ux ? ax - nx * o[0] : ax, y0 = uy ? ay - ny * o[1] : ay;
            long below = 0;
            if (z > 0 && !supported(r, st, x0, y0, x0 + nx * o[0],
                                    y0 + ny * o[1], z, &below)) {
                NY = ny - 1; /* a larger base is not supported either */
                break;
            }
            long nz = e[2] / o[2];
            if (r->smax - below < nz)
                nz = r->smax - below;
            *r->work -= nz;
            for (long m = nz; m >= 1; m--) {
                scand c = {{x0, y0, z, o[0], o[1], o[2], nx, ny, m,
                            below + m}, 0, 0};
                rank(r, e, &c);
                offer(v, n, k, &c);
                if (nx < NX || ny < NY)
                    break; /* lower blocks only with the largest base */
            }
        }
}

/* The supported corners at the floor of s (z > 0): for each top at that
 * height under s, the corner of its part inside s nearest s's anchor
 * side; returns how many (at most SRCH_ANCHORS). */
static int top_anchors(const sstate *st, const sspace *s, int ux, int uy,
                       long ax[], long ay[])
{
    int n = 0;
    for (size_t i = 0; i < st->nb && n < SRCH_ANCHORS; i++) {
        const sblk *t = &st->b[i];
        if (t->z + t->nz * t->c != s->lo[2])
            continue;
        long x0 = t->x > s->lo[0] ? t->x : s->lo[0];
        long x1 = t->x + t->nx * t->a;
        long y0 = t->y > s->lo[1] ? t->y : s->lo[1];
        long y1 = t->y + t->ny * t->b;
        x1 = x1 < s->hi[0] ? x1 : s->hi[0];
        y1 = y1 < s->hi[1] ? y1 : s->hi[1];
        if (x1 <= x0 || y1 <= y0)
            continue;
        long px = ux ? x1 : x0, py = uy ? y1 : y0;
        int dup = 0;
        for (int j = 0; j < n; j++)
            dup |= ax[j] == px && ay[j] == py;
        if (!dup) {
            ax[n] = px;
            ay[n] = py;
            n++;
        }
    }
    return n;
}

/* The k best supported blocks for space si, best first: grown from its
 * anchor corner on the floor, or above the floor from the corners of the
 * tops beneath it; returns how many. */
static int candidates(srch *r, const sstate *st, size_t si, scand *v, int k)
{
    const sspace *s = &st->s[si];
    int ux, uy, n = 0, na = 1;
    long key[3], ax[SRCH_ANCHORS], ay[SRCH_ANCHORS];
    anchor(r, s, &ux, &uy, key);
    ax[0] = ux ? s->hi[0] : s->lo[0];
    ay[0] = uy ? s->hi[1] : s->lo[1];
    if (s->lo[2] > 0)
        na = top_anchors(st, s, ux, uy, ax, ay);
    for (int a = 0; a < na; a++)
        for (int q = 0; q < r->no; q++)
            grow_blocks(r, st, s, q, ax[a], ay[a], ux, uy, v, &n, k);
    return n;
}

/* Remove space i from st. */
static void drop_space(sstate *st, size_t i)
{
    st->s[i] = st->s[--st->ns];
}

/* 1 when the effort is spent (work or deadline) or the target is met. */
static int stop(srch *r)
{
    if (*r->work <= 0 ||
        (r->p->deadline > 0 && sli_pack_clock() > r->p->deadline))
        r->out_of_work = 1;
    return r->out_of_work || r->best.count >= r->target;
}

/* Keep st as the best layout if it holds more boxes; 0 or -1. */
static int record(srch *r, const sstate *st)
{
    if (st->count <= r->best.count)
        return 0;
    return state_copy(&r->best, st);
}

/* Complete st greedily (the best-ranked block at each step) and record
 * it; 0 or -1 (no memory). */
static int complete(srch *r, sstate *st)
{
    scand c;
    while (st->ns > 0) {
        size_t si = pick_space(r, st);
        *r->work -= (long)st->ns;
        if (candidates(r, st, si, &c, 1) == 0)
            drop_space(st, si);
        else if (place(r, st, &c.blk))
            return -1;
    }
    return record(r, st);
}

/* Start st as the empty container; 0 or -1 (no memory). */
static int start(const srch *r, sstate *st)
{
    st->nb = st->ns = 0;
    st->count = 0;
    if (grow((void **)&st->s, &st->cs, 1, sizeof *st->s))
        return -1;
    st->s[0] = (sspace){{0, 0, 0}, {r->p->S[0], r->p->S[1], r->p->S[2]}};
    st->ns = 1;
    return 0;
}

/* The value of st under a look-ahead of `depth` more levels of width k:
 * the best over its k best next blocks of the value of each child one
 * level less deep; at depth 0 the greedy completion.  st is consumed
 * (scratch); returns the value, or -1 (no memory). */
static long evaluate(srch *r, sstate *st, int depth, int k, sstate *pool)
{
    scand v[SRCH_KMAX];
    if (depth == 0)
        return complete(r, st) ? -1 : st->count;
    for (;;) {
        if (st->ns == 0)
            return record(r, st) ? -1 : st->count;
        size_t si = pick_space(r, st);
        int n = candidates(r, st, si, v, k);
        if (n > 0) {
            long best = st->count;
            for (int i = 0; i < n && !stop(r); i++) {
                if (state_copy(pool, st) || place(r, pool, &v[i].blk))
                    return -1;
                long val = evaluate(r, pool, depth - 1, k, pool + 1);
                if (val < 0)
                    return -1;
                best = val > best ? val : best;
            }
            return best;
        }
        drop_space(st, si);
    }
}

/* One look-ahead run of width k and depth d from the empty container:
 * at each step each of the k best blocks is valued by evaluate() one
 * level less deep, and the best is committed; 0 or -1.  pool holds d
 * scratch states. */
static int lookahead(srch *r, int k, int d, sstate *cur, sstate *pool)
{
    scand v[SRCH_KMAX];
    if (start(r, cur))
        return -1;
    while (cur->ns > 0 && !stop(r)) {
        size_t si = pick_space(r, cur);
        int n = candidates(r, cur, si, v, k), pick = 0;
        if (n == 0) {
            drop_space(cur, si);
            continue;
        }
        long bestv = -1;
        for (int i = 0; i < n && n > 1 && !stop(r); i++) {
            if (state_copy(pool, cur) || place(r, pool, &v[i].blk))
                return -1;
            long val = evaluate(r, pool, d - 1, k, pool + 1);
            if (val < 0)
                return -1;
            if (val > bestv) {
                bestv = val;
                pick = i;
            }
        }
        if (place(r, cur, &v[pick].blk))
            return -1;
    }
    return record(r, cur);
}

/* Set up the orientations, normal sets and limits of the search. */
static sl_status setup(srch *r, const sli_pack3d *p, long target,
                       long *work, sl_error *err)
{
    memset(r, 0, sizeof *r);
    r->p = p;
    r->work = work;
    r->target = target;
    r->smax = p->max_stack > 0 ? p->max_stack : LONG_MAX;
    r->no = sli_orientations(p, r->o);
    for (int k = 0; k < 3; k++) {
        long dims[6];
        int nd = 0;
        for (int q = 0; q < r->no; q++)
            dims[nd++] = r->o[q][k];
        sl_status st = sli_normal_set(p->S[k], dims, nd, &r->norm[k],
                                      &r->nnorm[k], err);
        if (st != SL_OK)
            return st;
        r->fl[k] = sli_floor_table(r->norm[k], r->nnorm[k], p->S[k]);
        if (!r->fl[k])
            return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for the "
                            "block search's floor indices");
    }
    return SL_OK;
}

/* Release the search's memory. */
static void teardown(srch *r)
{
    for (int k = 0; k < 3; k++) {
        free(r->norm[k]);
        free(r->fl[k]);
    }
    free(r->rem);
    state_free(&r->best);
}

/* Append the boxes of the best layout to out; 0 or -1. */
static int emit(const srch *r, sli_boxes *out)
{
    for (size_t i = 0; i < r->best.nb; i++) {
        const sblk *k = &r->best.b[i];
        for (long u = 0; u < k->nx; u++)
            for (long v = 0; v < k->ny; v++)
                for (long w = 0; w < k->nz; w++)
                    if (sli_boxes_push(out, k->x + u * k->a, k->y + v * k->b,
                                       k->z + w * k->c, k->a, k->b, k->c))
                        return -1;
    }
    return 0;
}

/* Look-ahead shapes in order of cost (width, depth): about doubling. */
static const int shapes[][2] = {{1, 1}, {2, 1}, {4, 1}, {2, 2}, {8, 1},
                                {3, 2}, {16, 1}, {4, 2}, {2, 3}, {6, 2},
                                {3, 3}, {8, 2}, {4, 3}, {12, 2}, {5, 3},
                                {16, 2}, {6, 3}, {8, 3}, {4, 4}, {12, 3},
                                {5, 4}, {16, 3}, {6, 4}, {8, 4}};

/* Run the look-ahead shapes over every space and block rule until the
 * effort is spent or the target is met; 0 or -1. */
static int search_all(srch *r)
{
    sstate cur = {0}, pool[SRCH_DMAX];
    memset(pool, 0, sizeof pool);
    int rc = 0;
    const int nshapes = (int)(sizeof shapes / sizeof shapes[0]);
    for (int q = 0; q < nshapes && rc == 0 && !stop(r); q++)
        for (int rule = 0; rule < 6 && rc == 0 && !stop(r); rule++) {
            r->space_rule = rule / 3;
            r->block_rule = rule % 3;
            rc = lookahead(r, shapes[q][0], shapes[q][1], &cur, pool);
        }
    state_free(&cur);
    for (int i = 0; i < SRCH_DMAX; i++)
        state_free(&pool[i]);
    return rc;
}

/* 1 if a block's base could hold more than SRCH_MAX_BASE boxes (tiny
 * boxes in a large space: one step would cost too much). */
static int too_wide(const sli_pack3d *p)
{
    long m = p->d[0];
    for (int k = 1; k < 3; k++)
        m = p->d[k] < m ? p->d[k] : m;
    return (double)(p->S[0] / m) * (double)(p->S[1] / m) > SRCH_MAX_BASE;
}

sl_status sli_pack3d_search(const sli_pack3d *p, long target, long *value,
                            sli_boxes *out, long *work, sl_error *err)
{
    srch r;
    *value = 0;
    if (too_wide(p))
        return SL_OK;
    sl_status st = setup(&r, p, target, work, err);
    if (st == SL_OK && search_all(&r))
        st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for the block "
                      "search");
    if (st == SL_OK && out && emit(&r, out))
        st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for the layout");
    if (st == SL_OK)
        *value = r.best.count;
    teardown(&r);
    return st;
}
