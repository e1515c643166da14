/*
 * lib/pack3d.c - identical boxes in a container, every box supported.
 *
 * Constructions, the best one wins:
 *   layers   horizontal layers, each the best 2D pattern for one vertical
 *            dimension, stacked in groups of equal layers; the numbers of
 *            layers of each kind come from a knapsack over the height.  A
 *            group sits on a group of another kind only when each of its
 *            boxes lies wholly on boxes below (checked, not assumed).
 *   blocks   the 3D guillotine recursion with supported layers, walls
 *            with searched faces beside it and its non-guillotine floor
 *            plans (pack_blocks.c, pack_walls.c), when more than one box
 *            height is allowed (at sizes off the grain with every dim
 *            allowed up, also the recursion of each pair of dims);
 *   columns  if the recursion would cost too much: a guillotine knapsack
 *            over the floor whose items are full-height columns of one
 *            orientation;
 *   search   block building with a greedy look-ahead over maximal empty
 *            spaces, every block fully supported (pack_search.c), when
 *            more than one box height is allowed and the count is still
 *            below the bound.
 */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "pack_internal.h"

/* Shares of the effort for each layer kind's 2D search: the five-block
 * search may take 1/100 (as much as sl_pack_2d's whole search; it ends by
 * itself, mostly long before), the L-approach only what the five-block
 * search left of 1/20000 (it rarely ends by itself). */
#define LAYER_FB_SHARE 100
#define LAYER_L_SHARE 20000
/* One kind of layer: the vertical dim's extent and the 2D pattern. */
typedef struct layer {
    long height;
    long count;        /* boxes in one layer */
    sli_boxes rects;   /* the pattern (z = 0, c = 0) */
    long ua, ub;       /* the footprint's unit sides */
    double ra, rb;     /* the same in grains at the real sizes */
    int listed;        /* 1 when rects holds the pattern */
} layer;

/* The effective stack limit: boxes in one vertical line. */
static long stack_cap(const sli_pack3d *p)
{
    return p->max_stack > 0 ? p->max_stack : LONG_MAX;
}

/* The real extents, in grains, of rectangle r of layer kind L: its unit
 * sides mapped back to the real sides; when both unit sides are equal
 * the real ones cannot be told apart, so `larger` picks the larger real
 * side for both (a base to cover) or the smaller (a top that covers). */
static void real_sides(const layer *L, const sli_box *r, int larger,
                       double *a, double *b)
{
    if (L->ua == L->ub) {
        double m = larger ? (L->ra > L->rb ? L->ra : L->rb)
                          : (L->ra < L->rb ? L->ra : L->rb);
        *a = *b = m;
    } else if (r->a == L->ua) {
        *a = L->ra;
        *b = L->rb;
    } else {
        *a = L->rb;
        *b = L->ra;
    }
}

/* 1 if every rectangle of kind T's pattern lies wholly on rectangles of
 * kind B's pattern (patterns do not overlap within themselves, so areas
 * add up), at the real sizes: sizes that are not whole grains leave
 * slivers between the boxes below, and a box across one is not wholly
 * supported; -1 when out of memory.  Only the rectangles below whose
 * unit cells meet a rectangle's are read (the real ones lie within
 * them): reading all of them took 9 s for the 133,000 rectangles of one
 * layer of 1.01 x 1.01 boxes. */
static int supports(const layer *B, const layer *T)
{
    const sli_boxes *below = &B->rects, *top = &T->rects;
    if (!B->listed || !T->listed)
        return 0; /* not checked: not stacked (make_layers) */
    sli_rindex ix;
    if (sli_rindex_build(&ix, below->v, below->n, 0) != 0)
        return -1;
    int ok = 1;
    for (size_t i = 0; ok && i < top->n; i++) {
        const sli_box *t = &top->v[i];
        double ta, tb, covered = 0;
        real_sides(T, t, 1, &ta, &tb);
        sli_rwalk w;
        sli_rwalk_start(&w, &ix, 0, t->x, t->y, t->a, t->b);
        for (size_t k; (k = sli_rwalk_next(&w)) != (size_t)-1;) {
            const sli_box *s = &below->v[k];
            double sa, sb, ox, oy;
            real_sides(B, s, 0, &sa, &sb);
            ox = sli_overlap_at(ta, (double)(s->x - t->x), sa);
            oy = sli_overlap_at(tb, (double)(s->y - t->y), sb);
            if (ox > 0 && oy > 0)
                covered += ox * oy;
        }
        ok = covered >= ta * tb * (1 - 1e-9);
    }
    sli_rindex_free(&ix);
    return ok;
}

/* 1 if dim v is a layer kind: allowed up, fitting the height, its height
 * not that of an earlier kind (the same height has the same footprint). */
static int layer_kind(const sli_pack3d *p, int v)
{
    if (!p->vert[v] || p->d[v] > p->S[2])
        return 0;
    for (int k = 0; k < v; k++)
        if (p->vert[k] && p->d[k] == p->d[v])
            return 0;
    return 1;
}

/* The layer kinds allowed by the vertical set, without repeats.  A kind's
 * rectangles (its pattern) are kept only when they are needed: for a
 * layout (with_layout), or to check whether one kind rests on another
 * (more than one kind), and then only up to SLI_PACK_PATTERN_MAX of them
 * unless a layout is built; a layer is counted, not listed, otherwise
 * (1 x 1 x 1 in 10^4 x 10^4 x 1 held 4.7 GB of rectangles for a count). */
static sl_status make_layers(const sli_pack3d *p, layer *ly, int *nly,
                             int with_layout, sl_error *err)
{
    int kinds = 0;
    for (int v = 0; v < 3; v++)
        kinds += layer_kind(p, v);
    *nly = 0;
    for (int v = 0; v < 3; v++) {
        if (!p->vert[v])
            continue;
        if (!layer_kind(p, v))
            continue;
        long h = p->d[v], a = p->d[(v + 1) % 3], b = p->d[(v + 2) % 3];
        layer *L = &ly[(*nly)++];
        memset(L, 0, sizeof *L);
        L->height = h;
        L->ua = a;
        L->ub = b;
        L->ra = p->real[(v + 1) % 3] / p->grain;
        L->rb = p->real[(v + 2) % 3] / p->grain;
        /* the area bound: when it is within the limit the rectangles are
           listed at once, else the layer is counted first (the search
           gives the same count and pattern either way) */
        double area = ((double)p->S[0] / (double)a) *
                      ((double)p->S[1] / (double)b);
        int list = with_layout ||
                   (kinds > 1 && area <= (double)SLI_PACK_PATTERN_MAX);
        long work = p->work / LAYER_FB_SHARE;
        sl_status st = sli_pack2d_capped(p->S[0], p->S[1], a, b,
                                         p->deadline, &L->count,
                                         list ? &L->rects : NULL, &work,
                                         p->work / LAYER_L_SHARE, err);
        if (st == SL_OK && !list && kinds > 1 &&
            L->count <= SLI_PACK_PATTERN_MAX) {
            long n;
            work = p->work / LAYER_FB_SHARE;
            st = sli_pack2d_capped(p->S[0], p->S[1], a, b, p->deadline, &n,
                                   &L->rects, &work,
                                   p->work / LAYER_L_SHARE, err);
            L->count = n; /* the same, unless a deadline cut one short */
            list = 1;
        }
        L->listed = list;
        if (st != SL_OK)
            return st;
    }
    return SL_OK;
}

/* A plan: how many layers of each kind, bottom to top in order[]. */
typedef struct plan {
    long n[3];
    int order[3];
    long value;
} plan;

/* Consider a plan of up to three groups (kinds in order, counts n) and keep
 * it if it beats *best. */
static void consider(const layer *ly, const int *order, const long *n,
                     int groups, plan *best)
{
    long v = 0;
    for (int g = 0; g < groups; g++)
        v += n[g] * ly[order[g]].count;
    if (v > best->value) {
        memset(best, 0, sizeof *best);
        for (int g = 0; g < groups; g++) {
            best->order[g] = order[g];
            best->n[g] = n[g];
        }
        best->value = v;
    }
}

/* The best stack of layer groups: single kinds, and ordered pairs and
 * triples of kinds where each group rests wholly on the one below, in
 * *out; 0, or -1 when out of memory. */
static int best_plan(const sli_pack3d *p, const layer *ly, int nly,
                     plan *out)
{
    plan best;
    memset(&best, 0, sizeof best);
    long H = p->S[2], cap = stack_cap(p);
    int sup[3][3];
    double lo = 1e300;
    for (int k = 0; k < nly; k++)
        if ((double)ly[k].height < lo)
            lo = (double)ly[k].height;
    double triples_cost = ((double)H / lo) * ((double)H / lo);
    for (int s = 0; s < nly; s++)
        for (int t = 0; t < nly; t++)
            if ((sup[s][t] = s == t ? 1 : supports(&ly[s], &ly[t])) < 0)
                return -1;
    for (int a = 0; a < nly; a++) {
        long n[3] = {H / ly[a].height, 0, 0};
        if (n[0] > cap)
            n[0] = cap;
        int order[3] = {a, 0, 0};
        consider(ly, order, n, 1, &best);
        for (int b = 0; b < nly; b++) {
            if (b == a || !sup[a][b])
                continue;
            for (long na = 1; na * ly[a].height < H && na < cap; na++) {
                long rest = H - na * ly[a].height;
                long nb = rest / ly[b].height;
                if (nb > cap - na)
                    nb = cap - na;
                int ord2[3] = {a, b, 0};
                long n2[3] = {na, nb, 0};
                consider(ly, ord2, n2, 2, &best);
                for (int c = 0; c < nly; c++) {
                    if (c == a || c == b || !sup[b][c] || triples_cost > 4e6)
                        continue;
                    for (long nb2 = 1; nb2 <= nb; nb2++) {
                        long r2 = rest - nb2 * ly[b].height;
                        long nc = r2 / ly[c].height;
                        if (nc > cap - na - nb2)
                            nc = cap - na - nb2;
                        int ord3[3] = {a, b, c};
                        long n3[3] = {na, nb2, nc};
                        consider(ly, ord3, n3, 3, &best);
                    }
                }
            }
        }
    }
    *out = best;
    return 0;
}

/* Append the boxes of a plan to out, bottom up; with limit > 0, only
 * whole layers until out holds at least limit boxes (they hold the
 * lowest limit boxes cap_count keeps: 5 boxes of 1 x 1 x 1 in 10^6 x
 * 10^6 x 10^6 emitted 10^12 and ran out of memory). */
static int emit_plan(const layer *ly, const plan *pl, sli_boxes *out,
                     long limit)
{
    long z = 0;
    for (int g = 0; g < 3; g++) {
        const layer *L = &ly[pl->order[g]];
        for (long k = 0; k < pl->n[g]; k++, z += L->height) {
            if (limit > 0 && out->n >= (size_t)limit)
                return 0;
            for (size_t i = 0; i < L->rects.n; i++) {
                const sli_box *r = &L->rects.v[i];
                if (sli_boxes_push(out, r->x, r->y, z, r->a, r->b, L->height))
                    return -1;
            }
        }
    }
    return 0;
}

/* Full-height columns of every allowed orientation, packed on the floor by
 * the guillotine knapsack; *value is their box count. */
static sl_status columns(const sli_pack3d *p, long *value, sli_boxes *out,
                         sl_error *err)
{
    sli_item it[6];
    int n = 0;
    for (int v = 0; v < 3; v++) {
        if (!p->vert[v] || p->d[v] > p->S[2])
            continue;
        long k = p->S[2] / p->d[v], cap = stack_cap(p);
        long a = p->d[(v + 1) % 3], b = p->d[(v + 2) % 3];
        it[n++] = (sli_item){a, b, k < cap ? k : cap};
        it[n++] = (sli_item){b, a, k < cap ? k : cap};
    }
    *value = 0;
    if (n == 0)
        return SL_OK;
    sli_boxes floor = {0};
    long work = p->work;
    sl_status st = sli_guillotine(p->S[0], p->S[1], it, n, value,
                                  out ? &floor : NULL, &work, err);
    for (size_t i = 0; st == SL_OK && out && i < floor.n; i++) {
        const sli_box *r = &floor.v[i];
        int t = 0;
        while (it[t].a != r->a || it[t].b != r->b)
            t++;
        long h = p->d[0] + p->d[1] + p->d[2] - r->a - r->b;
        for (long k = 0; k < it[t].value; k++)
            if (sli_boxes_push(out, r->x, r->y, k * h, r->a, r->b, h)) {
                st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for "
                              "the layout");
                break;
            }
    }
    sli_boxes_free(&floor);
    return st;
}

/* Order boxes by base height, then position (deterministic). */
static int by_height(const void *a, const void *b)
{
    const sli_box *p = a, *q = b;
    if (p->z != q->z)
        return (p->z > q->z) - (p->z < q->z);
    if (p->x != q->x)
        return (p->x > q->x) - (p->x < q->x);
    return (p->y > q->y) - (p->y < q->y);
}

/* Keep the max_count lowest boxes: a box's supports are lower, so the
 * boxes kept stay supported.  At sizes that are not whole grains *count
 * already counts only the boxes that survive at the real sizes, so those
 * that do not are removed first (else some of the lowest max_count would
 * fall at export and leave fewer). */
static sl_status cap_count(const sli_pack3d *p, sli_boxes *out, long *count,
                           sl_error *err)
{
    if (p->max_count <= 0 || *count <= p->max_count)
        return SL_OK;
    *count = p->max_count;
    if (!out)
        return SL_OK;
    if (sli_pack_drop_fallen(p, out) < 0)
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory to place a "
                        "layout at real sizes");
    if (out->n > 1) /* v may be NULL when none stayed */
        qsort(out->v, out->n, sizeof *out->v, by_height);
    if (out->n > (size_t)p->max_count)
        out->n = (size_t)p->max_count;
    return SL_OK;
}

/* keep_better for a candidate whose value v already counts the boxes that
 * survive at the real sizes when counted is set (cand then holds only the
 * lowest layers of it, see emit_plan). */
static sl_status keep_counted(sl_status st, const sli_pack3d *p, long v,
                              int counted, sli_boxes *cand, long *best,
                              sli_boxes *out, sl_error *err)
{
    if (st != SL_OK) {
        sli_boxes_free(cand);
        return st;
    }
    /* Sizes that are not whole grains: what counts is how many boxes
     * survive at their real sizes, which differs by construction (a plan
     * of whole layers loses none; interlocked orientations can lose many). */
    if (!p->exact && out && v > 0 && !counted &&
        (v = sli_pack_survivors(p, cand)) < 0) {
        sli_boxes_free(cand);
        return sli_fail(err, SL_ENOMEM, "sl_pack", "no memory to place a "
                        "layout at real sizes");
    }
    if (v > *best) {
        *best = v;
        if (out) {
            sli_boxes_free(out);
            *out = *cand;
            memset(cand, 0, sizeof *cand);
        }
    }
    sli_boxes_free(cand);
    return SL_OK;
}

/* Keep candidate (value v, boxes in cand) if it beats *best; cand is
 * emptied.  Passes an earlier failure st through untouched. */
static sl_status keep_better(sl_status st, const sli_pack3d *p, long v,
                             sli_boxes *cand, long *best, sli_boxes *out,
                             sl_error *err)
{
    return keep_counted(st, p, v, 0, cand, best, out, err);
}

/* Sizes that are not whole grains, every box dim allowed up: the
 * recursion's interlocked plans can lose more boxes to slivers than those
 * of two vertical dims do (a 117.184 x 43.6134 x 95.0234 box in 691.309 x
 * 258.806 x 267.214, stacks of 5, gave 74 with "lwh" and 78 with "lw"),
 * so the recursion (or the columns when it is too big) also runs for each
 * pair of dims of different heights, as sl_pack does for the pair alone;
 * the best of all by the boxes that survive at the real sizes is kept. */
static sl_status pairs_off_grain(const sli_pack3d *p, long total,
                                 sli_boxes *cand, long *count,
                                 sli_boxes *out, sl_error *err)
{
    sl_status st = SL_OK;
    if (!p->vert[0] || !p->vert[1] || !p->vert[2])
        return SL_OK;
    for (int skip = 0; skip < 3 && st == SL_OK; skip++) {
        sli_pack3d q = *p;
        int a = (skip + 1) % 3, b = (skip + 2) % 3;
        long w3 = total / 5 * 2, v = 0;
        q.vert[skip] = 0;
        if (p->d[a] == p->d[b] || p->d[a] > p->S[2] || p->d[b] > p->S[2])
            continue; /* one usable height: the layers cover it */
        st = sli_pack3d_blocks(&q, &v, out ? cand : NULL, &w3, 0, err);
        if (st == SL_OK && v == 0)
            st = columns(&q, &v, out ? cand : NULL, err);
        st = keep_better(st, p, v, cand, count, out, err);
    }
    return st;
}

sl_status sli_pack3d_solve(sli_pack3d *p, sli_boxes *out, long *count,
                           sl_error *err)
{
    layer ly[3];
    int nly = 0;
    *count = 0;
    /* Shares of the effort: for each layer's 2D search 1/100 for its
     * five-block part and 1/20000 in all before its L-approach, 2/5 for the
     * 3D recursion (its cost is known before it starts), 1/10000 for the
     * faces of walls inside it and 1/100 for those beside it, 1/100 for
     * the floor closure of its blocks, 1/100 for floor plans over them
     * one level deep and 1/200 nested, 1/1000 for the block search.
     * With one usable height only the layers run;
     * the search only while the count is below the bound; walls, floor
     * plans and the search not with sizes that are not whole grains (their
     * slivers cost more boxes in interlocked plans). */
    long total = p->work, w3 = total / 5 * 2;
    sl_status st = make_layers(p, ly, &nly, out != NULL, err);
    sli_boxes cand = {0};
    if (st == SL_OK) {
        plan pl = {{0, 0, 0}, {0, 0, 0}, 0};
        if (best_plan(p, ly, nly, &pl) != 0)
            st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory to match "
                          "the layers' patterns");
        /* Capped: only the lowest layers (cap_count keeps the lowest
           boxes).  At sizes that are not whole grains a whole plan is
           placed to count its survivors, as ever, unless it would be
           more than a layout may hold: then its lowest layers are, and
           the plan counts whole when none of them falls (a plan of
           whole layers loses none, see keep_counted). */
        long lim = 0, v0 = pl.value;
        if (out && p->max_count > 0 && pl.value > p->max_count &&
            (p->exact || pl.value > SLI_PACK_LAYOUT_MAX))
            lim = p->max_count;
        if (st == SL_OK && out && emit_plan(ly, &pl, &cand, lim))
            st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory for the "
                          "layout");
        int cut = st == SL_OK && lim > 0 && (long)cand.n < pl.value;
        if (cut && !p->exact) {
            long kept = sli_pack_survivors(p, &cand);
            if (kept < 0)
                st = sli_fail(err, SL_ENOMEM, "sl_pack", "no memory to "
                              "place a layout at real sizes");
            else if (kept < (long)cand.n)
                v0 = kept; /* some fell: count only those (a bound below) */
        }
        st = keep_counted(st, p, v0, cut, &cand, count, out, err);
    }
    for (int k = 0; k < nly; k++)
        sli_boxes_free(&ly[k].rects);
    /* With one usable height the layers already hold the best columns. */
    long v = 0;
    if (st == SL_OK && nly > 1)
        st = sli_pack3d_blocks(p, &v, out ? &cand : NULL, &w3,
                               p->exact ? total / 100 : 0, err);
    if (st == SL_OK && nly > 1 && v == 0) /* too big for the blocks */
        st = columns(p, &v, out ? &cand : NULL, err);
    st = keep_better(st, p, v, &cand, count, out, err);
    if (st == SL_OK && nly > 1 && !p->exact)
        st = pairs_off_grain(p, total, &cand, count, out, err);
    /* With one usable height every level is a 2D pattern, which the
     * layers' 2D search already packs better than blocks would. */
    long bound = sli_pack3d_bound(p), ws = total / 1000;
    if (st == SL_OK && nly > 1 && p->exact && *count < bound) {
        st = sli_pack3d_search(p, bound, &v, out ? &cand : NULL, &ws, err);
        st = keep_better(st, p, v, &cand, count, out, err);
    }
    if (st == SL_OK)
        st = cap_count(p, out, count, err);
    return st;
}

/* The largest sum of multiples of dims[] no larger than limit (limit
 * itself if the scratch cannot be allocated: still a bound). */
static long reach_max(long limit, const long *dims, int n)
{
    unsigned char *r = calloc((size_t)limit + 1, 1);
    if (!r)
        return limit;
    long best = 0;
    r[0] = 1;
    for (long x = 0; x <= limit; x++) {
        if (!r[x])
            continue;
        best = x;
        for (int k = 0; k < n; k++)
            if (x + dims[k] <= limit)
                r[x + dims[k]] = 1;
    }
    free(r);
    return best;
}

/* min of: volume of the normalised space / box volume; layers x 2D bound
 * when only one height is possible; stack limit x floor area / smallest
 * footprint; max_count.  Only allowed orientations that fit the space
 * count (0 when none does). */
long sli_pack3d_bound(const sli_pack3d *p)
{
    long hz[3], hxy[3];
    int nz = 0, nxy = 0, up[3];
    long minfoot = LONG_MAX;
    const double d[3] = {(double)p->d[0], (double)p->d[1], (double)p->d[2]};
    const double S[3] = {(double)p->S[0], (double)p->S[1], (double)p->S[2]};
    for (int v = 0; v < 3; v++) {
        up[v] = p->vert[v] && sli_box_stands(d, S, v);
        if (!up[v])
            continue;
        hz[nz++] = p->d[v];
        long foot = p->d[(v + 1) % 3] * p->d[(v + 2) % 3];
        if (foot < minfoot)
            minfoot = foot;
    }
    if (nz == 0)
        return 0;
    for (int k = 0; k < 3; k++)
        if (up[(k + 1) % 3] || up[(k + 2) % 3])
            hxy[nxy++] = p->d[k];
    long X = reach_max(p->S[0], hxy, nxy), Y = reach_max(p->S[1], hxy, nxy);
    long Z = reach_max(p->S[2], hz, nz);
    /* X, Y, Z <= 10^6, so X * Y * Z and the box volume fit in a long. */
    long bound = X * Y * Z / (p->d[0] * p->d[1] * p->d[2]);
    int one_height = 1;
    for (int k = 1; k < nz; k++)
        if (hz[k] != hz[0])
            one_height = 0;
    if (one_height) {
        int v = 0;
        while (!up[v])
            v++;
        long layers = Z / p->d[v];
        if (p->max_stack > 0 && layers > p->max_stack)
            layers = p->max_stack;
        long b2 = sli_bound_2d(p->S[0], p->S[1], p->d[(v + 1) % 3],
                               p->d[(v + 2) % 3]);
        if (layers * b2 < bound)
            bound = layers * b2;
    }
    long floorq = X * Y / minfoot; /* boxes crossing one level */
    if (p->max_stack > 0 && floorq <= LONG_MAX / p->max_stack &&
        floorq * p->max_stack < bound)
        bound = floorq * p->max_stack;
    if (p->max_count > 0 && p->max_count < bound)
        bound = p->max_count;
    return bound;
}
