/*
 * lib/pack_guillotine.c - unconstrained guillotine knapsack over normal
 * patterns (Beasley 1985; Herz 1972): f(X, Y) is the best of a homogeneous
 * fill by one item type and of every cut at a normal position, the
 * remainder rounded down to the normal set (which loses nothing, since
 * every packing can be pushed onto normal positions).
 */
#include <stdlib.h>
#include <string.h>
#include "pack_internal.h"

_Static_assert(SLI_GTAB_YCUT > SLI_PACK_MAX_UNITS + 1,
               "a y-cut code is above every x index");

/* The best homogeneous fill of X x Y by one item type; *which gets the
 * item index or -1. */
static long homogeneous(const sli_item *items, int nitems, long X, long Y,
                        int *which)
{
    long best = 0;
    *which = -1;
    for (int t = 0; t < nitems; t++) {
        if (items[t].a > X || items[t].b > Y)
            continue;
        long v = (X / items[t].a) * (Y / items[t].b) * items[t].value;
        if (v > best) {
            best = v;
            *which = t;
        }
    }
    return best;
}

/* Entry by entry, row[j] = r1[j] + r2[j] and hrow[j] = k where that is
 * more (without branches, so the loop vectorises). */
SLI_VECTOR_CLONES
static void add_rows(long *restrict row, int *restrict hrow, const long *r1,
                     const long *r2, size_t n, int k)
{
    for (size_t j = 0; j < n; j++)
        if (r1[j] + r2[j] > row[j]) {
            row[j] = r1[j] + r2[j];
            hrow[j] = k;
        }
}

/* Fill row i of the table (X = nx[i]) for every Y, cuts in x first (they
 * only use complete rows), then cuts in y (which use this row's smaller
 * entries).  Each entry keeps the first of its candidates (homogeneous,
 * cuts in x, cuts in y, each by rising k) that reaches its best value.
 * fly[y] is the floor index of y in ny. */
static void fill_row(sli_gtab *g, size_t i, const int *fly, long *work)
{
    const size_t cy = g->cy;
    const long X = g->nx[i];
    const long *restrict ny = g->ny;
    long *restrict row = g->f + i * cy;
    int *restrict hrow = g->how + i * cy;
    for (size_t j = 0; j < cy; j++) {
        int w;
        row[j] = homogeneous(g->items, g->nitems, X, ny[j], &w);
        hrow[j] = w >= 0 ? -w - 1 : 0;
    }
    size_t i2 = i; /* the floor index of X - nx[k], falling as k grows */
    for (size_t k = 1; k < i && 2 * g->nx[k] <= X; k++) {
        while (g->nx[i2] > X - g->nx[k])
            i2--;
        const long *restrict r1 = g->f + k * cy, *restrict r2 = g->f + i2 * cy;
        add_rows(row, hrow, r1, r2, cy, (int)k);
        *work -= (long)cy;
    }
    for (size_t j = 1; j < cy; j++) {
        const long Y = ny[j];
        long best = row[j];
        int how = hrow[j];
        /* the parts k and fly[Y - ny[k]] are entries below j, final */
        for (size_t k = 1; k < j && 2 * ny[k] <= Y; k++) {
            const long v = row[k] + row[fly[Y - ny[k]]];
            if (v > best) {
                best = v;
                how = SLI_GTAB_YCUT + (int)k;
            }
        }
        row[j] = best;
        hrow[j] = how;
        *work -= (long)j;
    }
}

/* Append the rectangles of state (i, j) placed at (x0, y0). */
int sli_gtab_emit(const sli_gtab *g, size_t i, size_t j, long x0, long y0,
                sli_boxes *out)
{
    for (;;) {
        int h = g->how[i * g->cy + j];
        if (h == 0)
            return 0;
        if (h < 0) {
            const sli_item *it = &g->items[-h - 1];
            long nxa = g->nx[i] / it->a, nyb = g->ny[j] / it->b;
            for (long p = 0; p < nxa; p++)
                for (long q = 0; q < nyb; q++)
                    if (sli_boxes_push(out, x0 + p * it->a, y0 + q * it->b,
                                       0, it->a, it->b, 0))
                        return -1;
            return 0;
        }
        if (h < SLI_GTAB_YCUT) {
            size_t k = (size_t)h;
            if (sli_gtab_emit(g, k, j, x0, y0, out))
                return -1;
            x0 += g->nx[k];
            i = sli_floor_index(g->nx, g->cx, g->nx[i] - g->nx[k]);
        } else {
            size_t k = (size_t)(h - SLI_GTAB_YCUT);
            if (sli_gtab_emit(g, i, k, x0, y0, out))
                return -1;
            y0 += g->ny[k];
            j = sli_floor_index(g->ny, g->cy, g->ny[j] - g->ny[k]);
        }
    }
}

/* When the tables would be too large: the best split of L x W by a single
 * cut into two homogeneous parts. */
static sl_status one_cut(long L, long W, const sli_item *items, int nitems,
                         long *value, sli_boxes *out, sl_error *err)
{
    int w0, w1, w2;
    long best = homogeneous(items, nitems, L, W, &w0);
    long bx = 0, by = 0;
    for (int t = 0; t < nitems; t++) {
        for (long x = items[t].a; x < L; x += items[t].a) {
            long v = homogeneous(items, nitems, x, W, &w1) +
                     homogeneous(items, nitems, L - x, W, &w2);
            if (v > best) { best = v; bx = x; by = 0; }
        }
        for (long y = items[t].b; y < W; y += items[t].b) {
            long v = homogeneous(items, nitems, L, y, &w1) +
                     homogeneous(items, nitems, L, W - y, &w2);
            if (v > best) { best = v; bx = 0; by = y; }
        }
    }
    *value = best;
    if (!out)
        return SL_OK;
    long rect[2][4] = {{0, 0, bx ? bx : L, by ? by : W},
                       {bx, by, bx ? L - bx : L, by ? W - by : W}};
    int parts = (bx || by) ? 2 : 1;
    for (int p = 0; p < parts; p++) {
        int t;
        homogeneous(items, nitems, rect[p][2], rect[p][3], &t);
        if (t < 0)
            continue;
        for (long u = 0; u + items[t].a <= rect[p][2]; u += items[t].a)
            for (long v = 0; v + items[t].b <= rect[p][3]; v += items[t].b)
                if (sli_boxes_push(out, rect[p][0] + u, rect[p][1] + v, 0,
                                   items[t].a, items[t].b, 0))
                    return sli_fail(err, SL_ENOMEM, "sl_pack",
                                    "no memory for the layout");
    }
    return SL_OK;
}

/* Free the table; accepts NULL. */
void sli_gtab_free(sli_gtab *g)
{
    if (!g)
        return;
    free(g->f);
    free(g->how);
    free(g->nx);
    free(g->ny);
    memset(g, 0, sizeof *g);
}

/* Build the normal sets, then the table row by row; SL_ERANGE (no error
 * detail) when the effort would exceed *work. */
sl_status sli_gtab_build(sli_gtab *g, long L, long W, const sli_item *items,
                         int nitems, long *work, sl_error *err)
{
    long da[8], db[8];
    int nd = nitems < 8 ? nitems : 8;
    for (int t = 0; t < nd; t++) {
        da[t] = items[t].a;
        db[t] = items[t].b;
    }
    memset(g, 0, sizeof *g);
    g->items = items;
    g->nitems = nitems;
    sl_status st = sli_normal_set(L, da, nd, &g->nx, &g->cx, err);
    if (st == SL_OK)
        st = sli_normal_set(W, db, nd, &g->ny, &g->cy, err);
    if (st != SL_OK) {
        sli_gtab_free(g);
        return st;
    }
    double cost = (double)g->cx * (double)g->cy *
                  ((double)g->cx + (double)g->cy) / 2.0;
    if (cost > (double)*work || (double)g->cx * (double)g->cy > 2e7) {
        sli_gtab_free(g);
        return SL_ERANGE;
    }
    g->f = malloc(g->cx * g->cy * sizeof *g->f);
    g->how = malloc(g->cx * g->cy * sizeof *g->how);
    if (!g->f || !g->how) {
        sli_gtab_free(g);
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for a pattern "
                        "table");
    }
    int *fly = sli_floor_table(g->ny, g->cy, W);
    if (!fly) {
        sli_gtab_free(g);
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for a pattern "
                        "table");
    }
    for (size_t i = 0; i < g->cx; i++)
        fill_row(g, i, fly, work);
    free(fly);
    return SL_OK;
}

/* The table, or the one-cut fallback when it would cost too much. */
sl_status sli_guillotine(long L, long W, const sli_item *items, int nitems,
                         long *value, sli_boxes *out, long *work,
                         sl_error *err)
{
    sli_gtab g;
    sl_status st = sli_gtab_build(&g, L, W, items, nitems, work, err);
    if (st == SL_ERANGE)
        return one_cut(L, W, items, nitems, value, out, err);
    if (st != SL_OK)
        return st;
    *value = g.f[g.cx * g.cy - 1];
    if (out && sli_gtab_emit(&g, g.cx - 1, g.cy - 1, 0, 0, out))
        st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for the layout");
    sli_gtab_free(&g);
    return st;
}
