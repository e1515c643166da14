/*
 * lib/pack_walls.c - wall faces for wall building (after George and
 * Robinson 1980): a wall is a slab one box dimension deep across the
 * whole width (or length) and height; its face is a 2D problem of the
 * boxes' cross-sections, accepted only where every cross-section rests on
 * the floor or on the tops of cross-sections below.
 *
 * The face comes from the 2D search (non-guillotine patterns included)
 * when both cross-section turns may stand; it and its image upside down
 * are dropped under gravity, the cross-sections left unsupported (or over
 * the stack limit) are removed, and the better survivor wins against the
 * plain grid of either allowed turn (the images mirrored across would
 * keep as many: see searched).  Walls of guillotine faces are
 * already in the 3D recursion; these add the rest.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pack_internal.h"

/* 1 if rectangle p comes before q: lower base (y), then smaller x. */
static int before(const sli_box *p, const sli_box *q)
{
    return p->y != q->y ? p->y < q->y : p->x < q->x;
}

/* Sort v[0..n) by base, then x, stably (a bottom-up merge sort through
 * tmp, n entries; the order of a pattern's rectangles is total anyway). */
static void sort_by_base(sli_box *v, size_t n, sli_box *tmp)
{
    sli_box *src = v, *dst = tmp;
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n;
            size_t hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                dst[k++] = before(&src[j], &src[i]) ? src[j++] : src[i++];
            while (i < mid)
                dst[k++] = src[i++];
            while (j < hi)
                dst[k++] = src[j++];
        }
        sli_box *t = src;
        src = dst;
        dst = t;
    }
    if (src != v)
        memcpy(v, src, n * sizeof *v);
}

/* Scratch for settle: the kept rectangles listed by the x cells (cw
 * wide, cw the narrowest rectangle) they overlap, so a rectangle looks
 * only at kept ones that share a cell with it. */
typedef struct shelf {
    size_t *head;       /* head[c]: last entry of cell c; SIZE_MAX none */
    size_t *next, *who; /* an entry's previous one in its cell, and the
                           kept rectangle it stands for */
    size_t *seen;       /* seen[k]: the last rectangle that met kept k */
    size_t *near;       /* the kept rectangles one rectangle meets */
    sli_box *tmp;       /* for the sort */
    long *lvl;          /* lvl[k]: boxes in kept k's stack, itself too */
    size_t ncell, nent, cap;
    long cw;
} shelf;

/* Free the scratch. */
static void shelf_free(shelf *f)
{
    free(f->head);
    free(f->next);
    free(f->who);
    free(f->seen);
    free(f->near);
    free(f->tmp);
    free(f->lvl);
}

/* Scratch for n rectangles of widths a and b in a face W wide; 0, or -1
 * when out of memory. */
static int shelf_alloc(shelf *f, size_t n, long W, long a, long b)
{
    memset(f, 0, sizeof *f);
    f->cw = a < b ? a : b;
    long wide = a > b ? a : b;
    f->ncell = (size_t)(W / f->cw) + 1;
    f->cap = n * (size_t)(wide / f->cw + 2);
    f->head = malloc(f->ncell * sizeof *f->head);
    f->next = malloc(f->cap * sizeof *f->next);
    f->who = malloc(f->cap * sizeof *f->who);
    f->seen = malloc(n * sizeof *f->seen);
    f->near = malloc(n * sizeof *f->near);
    f->tmp = malloc(n * sizeof *f->tmp);
    f->lvl = malloc(n * sizeof *f->lvl);
    return f->head && f->next && f->who && f->seen && f->near && f->tmp &&
                   f->lvl ? 0 : -1;
}

/* List kept rectangle k (b) in the cells it overlaps. */
static void shelf_add(shelf *f, size_t k, const sli_box *b)
{
    size_t c1 = (size_t)((b->x + b->a - 1) / f->cw);
    for (size_t c = (size_t)(b->x / f->cw); c <= c1 && c < f->ncell; c++) {
        f->next[f->nent] = f->head[c];
        f->who[f->nent] = k;
        f->head[c] = f->nent++;
    }
}

/* Drop each rectangle of r (in W x H, y up, widths as in f) as low as it
 * goes, in order of base height, and keep it only if its whole bottom
 * edge rests on the floor or on tops of kept rectangles and it is at most
 * max_stack high in its stack (0 = no limit).  r is rewritten with the
 * kept rectangles.  Returns how many were kept. */
static size_t settle(sli_boxes *r, shelf *f, long max_stack)
{
    sort_by_base(r->v, r->n, f->tmp);
    for (size_t c = 0; c < f->ncell; c++)
        f->head[c] = SIZE_MAX;
    for (size_t k = 0; k < r->n; k++)
        f->seen[k] = SIZE_MAX;
    f->nent = 0;
    size_t kept = 0;
    for (size_t i = 0; i < r->n; i++) {
        sli_box b = r->v[i];
        long base = 0;
        size_t nn = 0;
        /* the kept rectangles that overlap b across: the highest top
           at or below its base is where it lands */
        size_t c1 = (size_t)((b.x + b.a - 1) / f->cw);
        for (size_t c = (size_t)(b.x / f->cw); c <= c1 && c < f->ncell;
             c++)
            for (size_t e = f->head[c]; e != SIZE_MAX; e = f->next[e]) {
                size_t k = f->who[e];
                const sli_box *s = &r->v[k];
                if (f->seen[k] == i)
                    continue;
                f->seen[k] = i;
                if (s->x < b.x + b.a && b.x < s->x + s->a) {
                    f->near[nn++] = k;
                    if (s->y + s->b > base && s->y + s->b <= b.y)
                        base = s->y + s->b;
                }
            }
        long cover = 0, level = 1;
        for (size_t q = 0; base > 0 && q < nn; q++) {
            const sli_box *s = &r->v[f->near[q]];
            long lo = s->x > b.x ? s->x : b.x;
            long hi = s->x + s->a < b.x + b.a ? s->x + s->a : b.x + b.a;
            if (s->y + s->b == base && hi > lo) {
                cover += hi - lo;
                if (f->lvl[f->near[q]] + 1 > level)
                    level = f->lvl[f->near[q]] + 1;
            }
        }
        if ((base > 0 && cover < b.a) || (max_stack > 0 && level > max_stack))
            continue;
        b.y = base;
        f->lvl[kept] = level;
        r->v[kept] = b;
        shelf_add(f, kept++, &b);
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

/* src in W x H as it is (up = 0) or upside down (up = 1), written to dst
 * (same size). */
static void mirror(const sli_boxes *src, sli_boxes *dst, int up, long H)
{
    for (size_t i = 0; i < src->n; i++) {
        sli_box b = src->v[i];
        if (up)
            b.y = H - b.y - b.b;
        dst->v[i] = b;
    }
    dst->n = src->n;
}

/* The 2D search's pattern of p x q (either turn) in W x H (stopping at
 * the deadline, 0 = none; its table from share if not NULL), settled as
 * it is and upside down; the better survivor goes to *best / out when it
 * beats *best.  The images mirrored across need no settling: settle
 * keeps the mirror image of what it keeps of the pattern (rectangles of
 * one base height never touch across, and overlaps, tops and stacks
 * mirror), so they never beat it. */
static sl_status searched(long W, long H, long p, long q, long max_stack,
                          double deadline, long *best, sli_boxes *out,
                          long *work, sli_gshare *share, sl_error *err)
{
    sli_boxes pat = {0}, img = {0};
    shelf f;
    long n = 0;
    sl_status st = sli_pack2d_shared(share, W, H, p, q, deadline, &n, &pat,
                                     work, err);
    memset(&f, 0, sizeof f);
    if (st == SL_OK && pat.n > 0) {
        img.v = malloc(pat.n * sizeof *img.v);
        img.cap = pat.n;
        if (!img.v || shelf_alloc(&f, pat.n, W, p, q))
            st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for a wall");
    }
    for (int up = 0; st == SL_OK && pat.n > 0 && up < 2; up++) {
        mirror(&pat, &img, up, H);
        long v = (long)settle(&img, &f, max_stack);
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
    shelf_free(&f);
    sli_boxes_free(&img);
    sli_boxes_free(&pat);
    return st;
}

/* The face of sli_wall_face, found. */
static sl_status wall_face(const sli_pack3d *p, int axis, int k,
                           long *count, sli_boxes *out, long *work,
                           sli_gshare *share, sl_error *err)
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

/* Copy face src to dst; 0 or -1 (no memory). */
static int copy_face(sli_boxes *dst, const sli_boxes *src)
{
    dst->n = 0;
    for (size_t i = 0; i < src->n; i++)
        if (sli_boxes_push(dst, src->v[i].x, src->v[i].y, 0, src->v[i].a,
                           src->v[i].b, 0))
            return -1;
    return 0;
}

/* The face from share's memo when that holds one of as many rows (and
 * the same height and stack limit) found with the effort spent, as this
 * one is: its search then ends with the table's pattern of those rows,
 * and the plain grids are those rows' too (they hold every multiple of
 * either side).  Else found, and kept in the memo. */
static sl_status memo_face(const sli_pack3d *p, int axis, int k,
                           long *count, sli_boxes *out, long *work,
                           sli_gshare *share, sl_error *err)
{
    const long W = p->S[axis == 0 ? 1 : 0], H = p->S[2];
    const long a = p->d[(k + 1) % 3], b = p->d[(k + 2) % 3];
    size_t rows = sli_gshare_rows(share, W, H, a, b, SLI_PACK_TABLE_WORK);
    if (rows > 0 && share->memo && share->mrows == rows &&
        share->mheight == H && share->mstack == p->max_stack) {
        *count = share->mcount;
        *work -= share->mspent;
        if (copy_face(out, &share->mface))
            return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for a "
                            "wall");
        return SL_OK;
    }
    long before = *work;
    sl_status st = wall_face(p, axis, k, count, out, work, share, err);
    /* the table may have been built just now */
    rows = sli_gshare_rows(share, W, H, a, b, SLI_PACK_TABLE_WORK);
    share->memo = 0;
    if (st == SL_OK && rows > 0 && !copy_face(&share->mface, out)) {
        share->memo = 1;
        share->mrows = rows;
        share->mheight = H;
        share->mstack = p->max_stack;
        share->mcount = *count;
        share->mspent = before - *work;
    }
    return st;
}

sl_status sli_wall_face(const sli_pack3d *p, int axis, int k, long *count,
                        sli_boxes *out, long *work, sli_gshare *share,
                        sl_error *err)
{
    if (share && *work <= 0 && p->d[k] <= p->S[axis] &&
        p->vert[(k + 1) % 3] && p->vert[(k + 2) % 3])
        return memo_face(p, axis, k, count, out, work, share, err);
    return wall_face(p, axis, k, count, out, work, share, err);
}
