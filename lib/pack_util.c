/* lib/pack_util.c - box lists, normal sets, 2D bounds and the index of
 * unit boxes (sli_rindex) for the packer. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "pack_internal.h"

/* Seconds on the monotonic clock. */
double sli_pack_clock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Append a box, doubling the capacity when full. */
int sli_boxes_push(sli_boxes *bs, long x, long y, long z, long a, long b,
                   long c)
{
    if (bs->max > 0 && bs->n >= bs->max)
        return 0;
    if (bs->n == bs->cap) {
        size_t cap = bs->cap ? 2 * bs->cap : 64;
        sli_box *v = realloc(bs->v, cap * sizeof *v);
        if (!v)
            return -1;
        bs->v = v;
        bs->cap = cap;
    }
    bs->v[bs->n++] = (sli_box){x, y, z, a, b, c};
    return 0;
}

/* Free the list and leave it empty and reusable. */
void sli_boxes_free(sli_boxes *bs)
{
    if (!bs)
        return;
    size_t max = bs->max;
    free(bs->v);
    memset(bs, 0, sizeof *bs);
    bs->max = max;
}

/* Parse a vertical set ("h", "wh", "lwh" in any order, no repeats) into
 * flags; returns 0, or -1 when it is not a non-empty subset of "lwh". */
int sli_parse_vertical(const char *s, size_t cap, int flags[3])
{
    flags[0] = flags[1] = flags[2] = 0;
    if (!s || !s[0])
        return -1;
    size_t k = 0;
    for (; k < cap && s[k]; k++) {
        const char *p = strchr("lwh", s[k]);
        if (!p || flags[p - "lwh"])
            return -1;
        flags[p - "lwh"] = 1;
    }
    return k < cap ? 0 : -1;
}

/* Each allowed vertical dim with its footprint both ways round, repeats
 * dropped, in order of the dims. */
int sli_orientations(const sli_pack3d *p, long o[6][3])
{
    int n = 0;
    for (int v = 0; v < 3; v++) {
        if (!p->vert[v])
            continue;
        long a = p->d[(v + 1) % 3], b = p->d[(v + 2) % 3], c = p->d[v];
        const long cand[2][3] = {{a, b, c}, {b, a, c}};
        for (int q = 0; q < 2; q++) {
            int dup = 0;
            for (int j = 0; j < n; j++)
                dup |= o[j][0] == cand[q][0] && o[j][1] == cand[q][1] &&
                       o[j][2] == cand[q][2];
            if (!dup)
                memcpy(o[n++], cand[q], sizeof cand[q]);
        }
    }
    return n;
}

/* Reachability by a coin recursion, then the reachable values in order. */
sl_status sli_normal_set(long limit, const long *dims, int ndims, long **out,
                         size_t *n, sl_error *err)
{
    unsigned char *reach = calloc((size_t)limit + 1, 1);
    if (!reach)
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for a normal "
                        "set of %ld units", limit);
    size_t count = 0;
    reach[0] = 1;
    for (long x = 0; x <= limit; x++) {
        if (!reach[x])
            continue;
        count++;
        for (int d = 0; d < ndims; d++)
            if (dims[d] > 0 && x + dims[d] <= limit)
                reach[x + dims[d]] = 1;
    }
    long *v = malloc(count * sizeof *v);
    if (!v) {
        free(reach);
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for a normal "
                        "set of %zu values", count);
    }
    size_t k = 0;
    for (long x = 0; x <= limit; x++)
        if (reach[x])
            v[k++] = x;
    free(reach);
    *out = v;
    *n = count;
    return SL_OK;
}

/* The normal set N, then {the largest of N <= limit - n : n in N}: the
 * positions where a cut leaves normal sizes on both sides; with the
 * multiples of each dim, so exact homogeneous rows are sizes too. */
sl_status sli_raster_set(long limit, const long *dims, int ndims,
                         long **out, size_t *n, sl_error *err)
{
    long *v;
    size_t cnt;
    sl_status st = sli_normal_set(limit, dims, ndims, &v, &cnt, err);
    if (st != SL_OK)
        return st;
    unsigned char *mark = calloc(cnt, 1);
    if (!mark) {
        free(v);
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for a raster "
                        "set of %zu values", cnt);
    }
    mark[0] = 1;
    for (size_t k = 0; k < cnt; k++)
        mark[sli_floor_index(v, cnt, limit - v[k])] = 1;
    for (int d = 0; d < ndims; d++) /* homogeneous rows stay exact */
        for (long x = dims[d]; dims[d] > 0 && x <= limit; x += dims[d])
            mark[sli_floor_index(v, cnt, x)] = 1;
    size_t m = 0;
    for (size_t k = 0; k < cnt; k++)
        if (mark[k])
            v[m++] = v[k];
    free(mark);
    *out = v;
    *n = m;
    return SL_OK;
}

/* Binary search for the last element <= x. */
size_t sli_floor_index(const long *v, size_t n, long x)
{
    size_t lo = 0, hi = n; /* v[lo] <= x < v[hi] (v[n] = +inf) */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] <= x)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* One pass over 0..limit, the index rising with the set. */
int *sli_floor_table(const long *v, size_t n, long limit)
{
    int *f = malloc(((size_t)limit + 1) * sizeof *f);
    if (!f)
        return NULL;
    size_t k = 0;
    for (long x = 0; x <= limit; x++) {
        while (k + 1 < n && v[k + 1] <= x)
            k++;
        f[x] = (int)k;
    }
    return f;
}

/* The largest sum of multiples of a and b that is <= limit. */
static long normal_max(long limit, long a, long b)
{
    long best = 0;
    if (a < b) {
        long t = a;
        a = b;
        b = t;
    }
    /* a >= b: at most limit / a + 1 choices for the multiple of a, but
     * only b of them matter modulo b; cap the loop for speed. */
    long kmax = limit / a;
    long steps = 0;
    for (long k = kmax; k >= 0 && steps <= b; k--, steps++) {
        long rest = limit - k * a;
        long v = k * a + (rest / b) * b;
        if (v > best)
            best = v;
        if (best == limit)
            break;
    }
    return best;
}

/* Barnes (1979): least waste when an X x Y rectangle is packed with 1 x a
 * bars (either rotation). */
static long bar_waste(long X, long Y, long a)
{
    if (X < a && Y < a)
        return X * Y;
    if (X < a)
        return X * (Y % a);
    if (Y < a)
        return Y * (X % a);
    long r1 = X % a, r2 = Y % a;
    long p = r1 * r2, q = (a - r1) * (a - r2);
    return p < q ? p : q;
}

/* Overlap from an offset (see pack_internal.h). */
double sli_overlap_at(double bl, double d, double sl)
{
    return fmin(bl, d + sl) - fmax(0, d);
}

/* Stands in S with side v up (see pack_internal.h). */
int sli_box_stands(const double d[3], const double S[3], int v)
{
    double a = d[(v + 1) % 3], b = d[(v + 2) % 3];
    return d[v] <= S[2] &&
           ((a <= S[0] && b <= S[1]) || (b <= S[0] && a <= S[1]));
}

/* Each l x w rectangle is w bars of length l and l bars of length w, so the
 * waste is at least Barnes' bar waste for both lengths. */
long sli_bound_2d(long L, long W, long l, long w)
{
    long X = normal_max(L, l, w), Y = normal_max(W, l, w);
    long area = X * Y, piece = l * w;
    long bound = area / piece;
    long wl = bar_waste(X, Y, l), ww = bar_waste(X, Y, w);
    long waste = wl > ww ? wl : ww;
    long barnes = (area - waste) / piece;
    if (barnes < bound)
        bound = barnes;
    /* Each row or column holds at most what fits in one line. */
    return bound < 0 ? 0 : bound;
}

/* A box's level, x, y and index, for sorting (qsort has no context
 * argument, so the keys carry what they compare). */
typedef struct rsort {
    long top, x, y;
    size_t i;
} rsort;

/* Order sort keys by level, x, y, then index. */
static int by_level_xy(const void *a, const void *b)
{
    const rsort *p = a, *q = b;
    if (p->top != q->top)
        return (p->top > q->top) - (p->top < q->top);
    if (p->x != q->x)
        return (p->x > q->x) - (p->x < q->x);
    if (p->y != q->y)
        return (p->y > q->y) - (p->y < q->y);
    return (p->i > q->i) - (p->i < q->i);
}

int sli_rindex_build(sli_rindex *ix, const sli_box *v, size_t n, int by_top)
{
    memset(ix, 0, sizeof *ix);
    ix->v = v;
    rsort *s = malloc((n ? n : 1) * sizeof *s);
    ix->k = malloc((n ? n : 1) * sizeof *ix->k);
    if (!s || !ix->k) {
        free(s);
        sli_rindex_free(ix);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        s[i] = (rsort){by_top ? v[i].z + v[i].c : 0, v[i].x, v[i].y, i};
    if (n)
        qsort(s, n, sizeof *s, by_level_xy);
    size_t nlv = 0;
    for (size_t i = 0; i < n; i++)
        nlv += i == 0 || s[i].top != s[i - 1].top;
    ix->lv = malloc((nlv ? nlv : 1) * sizeof *ix->lv);
    if (!ix->lv) {
        free(s);
        sli_rindex_free(ix);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || s[i].top != s[i - 1].top)
            ix->lv[ix->nlv++] = (sli_rlevel){s[i].top, i, i, 0, 0};
        sli_rlevel *l = &ix->lv[ix->nlv - 1];
        const sli_box *bx = &v[s[i].i];
        l->end = i + 1;
        if (bx->a > l->ax)
            l->ax = bx->a;
        if (bx->b > l->ay)
            l->ay = bx->b;
        ix->k[i] = (sli_rkey){s[i].x, s[i].y, s[i].i};
    }
    ix->n = n;
    free(s);
    return 0;
}

void sli_rindex_free(sli_rindex *ix)
{
    free(ix->k);
    free(ix->lv);
    memset(ix, 0, sizeof *ix);
}

/* The first key of k[lo, hi) at or after (x, y). */
static size_t rkey_find(const sli_rkey *k, size_t lo, size_t hi, long x,
                        long y)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (k[mid].x < x || (k[mid].x == x && k[mid].y < y))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void sli_rwalk_start(sli_rwalk *w, const sli_rindex *ix, long top, long x,
                     long y, long a, long b)
{
    size_t lo = 0, hi = ix->nlv;
    while (lo < hi) { /* the level of this top, if any */
        size_t mid = lo + (hi - lo) / 2;
        if (ix->lv[mid].top < top)
            lo = mid + 1;
        else
            hi = mid;
    }
    *w = (sli_rwalk){ix, x, y, a, b, 0, 0, 0, 0};
    if (lo == ix->nlv || ix->lv[lo].top != top)
        return; /* nothing there: k == end */
    const sli_rlevel *l = &ix->lv[lo];
    w->y0 = y - l->ay + 1;
    w->end = l->end;
    /* no x run open: the first call opens the first x in reach */
    w->x_next = rkey_find(ix->k, l->start, l->end, x - l->ax + 1, LONG_MIN);
    w->k = w->x_next;
}

size_t sli_rwalk_next(sli_rwalk *w)
{
    const sli_rkey *k = w->ix->k;
    for (;;) {
        while (w->k < w->x_next) {
            const sli_rkey *c = &k[w->k++];
            if (c->y >= w->y + w->b) { /* past the query along y */
                w->k = w->x_next;
                break;
            }
            const sli_box *bx = &w->ix->v[c->i];
            if (c->x + bx->a > w->x && c->y + bx->b > w->y)
                return c->i;
        }
        size_t j = w->x_next; /* this x is done: open the next */
        if (j >= w->end || k[j].x >= w->x + w->a)
            return (size_t)-1;
        w->k = rkey_find(k, j, w->end, k[j].x, w->y0);
        w->x_next = rkey_find(k, w->k, w->end, k[j].x, LONG_MAX);
    }
}
