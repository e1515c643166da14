/*
 * lib/pack_validate.c - an independent check of a layout: it knows nothing
 * of how the packer builds layouts, only the rules.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "pack_internal.h"

/* The data shared by the checks. */
typedef struct vctx {
    double S[3];            /* space */
    double d[3];            /* box dims l, w, h */
    int vert[3];
    const sl_placement *b;
    size_t n;
    double tol;             /* absolute tolerance */
    sl_error *err;
} vctx;

/* 1 if a and b agree within the tolerance. */
static int near(const vctx *c, double a, double b)
{
    return fabs(a - b) <= c->tol;
}

/* 1 if box i's extents are a permutation of the dims whose vertical dim is
 * allowed. */
static int orientation_ok(const vctx *c, const sl_placement *p)
{
    static const int perm[6][3] = {{0, 1, 2}, {1, 0, 2}, {0, 2, 1},
                                   {2, 0, 1}, {1, 2, 0}, {2, 1, 0}};
    for (int q = 0; q < 6; q++)
        if (near(c, p->l, c->d[perm[q][0]]) &&
            near(c, p->w, c->d[perm[q][1]]) &&
            near(c, p->h, c->d[perm[q][2]]) && c->vert[perm[q][2]])
            return 1;
    return 0;
}

/* Each box on its own: finite, an allowed orientation, inside the space. */
static sl_status check_boxes(const vctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const sl_placement *p = &c->b[i];
        const double pos[3] = {p->x, p->y, p->z}, ext[3] = {p->l, p->w, p->h};
        for (int k = 0; k < 3; k++)
            if (!isfinite(pos[k]) || !isfinite(ext[k]))
                return sli_fail(c->err, SL_EINVAL, "layout", "box %zu has a "
                                "coordinate that is not finite", i);
        if (!orientation_ok(c, p))
            return sli_fail(c->err, SL_EINVAL, "layout", "box %zu is %g x %g "
                            "x %g, not an allowed orientation of %g x %g x "
                            "%g", i, p->l, p->w, p->h, c->d[0], c->d[1],
                            c->d[2]);
        for (int k = 0; k < 3; k++)
            if (pos[k] < -c->tol || pos[k] + ext[k] > c->S[k] + c->tol)
                return sli_fail(c->err, SL_EINVAL, "layout", "box %zu is "
                                "outside the space along %c (%g .. %g, space "
                                "0 .. %g)", i, "xyz"[k], pos[k],
                                pos[k] + ext[k], c->S[k]);
    }
    return SL_OK;
}

/* Overlap of [a0, a0 + al) and [b0, b0 + bl), taken from the offset
 * b0 - a0: the ends a0 + al and b0 + bl lose a side far shorter than its
 * position to rounding (10^-20 at 9 is nothing). */
static double overlap(double a0, double al, double b0, double bl)
{
    double d = b0 - a0;
    return fmin(al, d + bl) - fmax(0, d);
}

/* The tolerance for a side of length ext: the space's, or 10^-6 of the
 * side when that is less, so a side thinner than the space's tolerance is
 * still checked (a box 10^-20 long over nothing, or two in one place,
 * passed). */
static double side_tol(const vctx *c, double ext)
{
    return fmin(c->tol, 1e-6 * ext);
}

/* Sort keys (qsort has no context argument). */
typedef struct key {
    double v;
    size_t i;
} key;

/* Order keys by value, then index. */
static int by_key(const void *a, const void *b)
{
    const key *p = a, *q = b;
    if (p->v != q->v)
        return (p->v > q->v) - (p->v < q->v);
    return (p->i > q->i) - (p->i < q->i);
}

/*
 * The box tree: the boxes in Morton order of their corners, VLEAF to a
 * leaf, under a complete binary tree whose nodes hold the bounds of their
 * boxes.  The checks ask it for the boxes that may meet a box, so each
 * reads the boxes near it, not every box of a level or every box starting
 * within its x range (until 29 Nov 2026 they did: 133,630 standing boxes
 * 1.01 x 1.01 x 44.5 to a level, 4 levels, took minutes; bench_validate).
 * The tree only prunes: a node is skipped when its bounds prove that none
 * of its boxes passes the test the check then applies to each box, with
 * the same arithmetic, so the checks give what reading every box gives.
 */
enum { VLEAF = 8 };

typedef struct vnode {
    double lo[4], hi[4];    /* least and greatest x, y, z and top z + h */
    double ext[3];          /* greatest l, w, h */
    int used;               /* 0: a node of no boxes (padding) */
} vnode;

typedef struct vtree {
    size_t *box;            /* box indices in Morton order */
    vnode *node;            /* node 1 the root, v's children 2v and 2v + 1,
                               leaf j (boxes VLEAF j ..) at node P + j */
    size_t P, n;
} vtree;

/* A box's Morton key and index. */
typedef struct mkey {
    unsigned long long code;
    size_t i;
} mkey;

/* Order Morton keys by code, then index. */
static int by_code(const void *a, const void *b)
{
    const mkey *p = a, *q = b;
    if (p->code != q->code)
        return (p->code > q->code) - (p->code < q->code);
    return (p->i > q->i) - (p->i < q->i);
}

/* The 21 bits of u spread to every third bit. */
static unsigned long long spread3(unsigned long long u)
{
    u &= 0x1fffffULL;
    u = (u | u << 32) & 0x1f00000000ffffULL;
    u = (u | u << 16) & 0x1f0000ff0000ffULL;
    u = (u | u << 8) & 0x100f00f00f00f00fULL;
    u = (u | u << 4) & 0x10c30c30c30c30c3ULL;
    u = (u | u << 2) & 0x1249249249249249ULL;
    return u;
}

/* The position a of a space of side s on a grid of 2^21 cells (the order
 * only groups near boxes; any order would give the same answers). */
static unsigned long long cell21(double a, double s)
{
    double u = a / s * 2097152.0;
    return u > 0 ? (u < 2097151.0 ? (unsigned long long)u : 2097151ULL) : 0;
}

/* Free the tree's arrays. */
static void tree_free(vtree *t)
{
    free(t->box);
    free(t->node);
}

/* Widen v's bounds by box p, or by node u when p is NULL. */
static void widen(vnode *v, const sl_placement *p, const vnode *u)
{
    vnode b;
    if (p) {
        b = (vnode){{p->x, p->y, p->z, p->z + p->h},
                    {p->x, p->y, p->z, p->z + p->h}, {p->l, p->w, p->h}, 1};
        u = &b;
    }
    if (!u->used)
        return;
    if (!v->used) {
        *v = *u;
        return;
    }
    for (int k = 0; k < 4; k++) {
        v->lo[k] = fmin(v->lo[k], u->lo[k]);
        v->hi[k] = fmax(v->hi[k], u->hi[k]);
    }
    for (int k = 0; k < 3; k++)
        v->ext[k] = fmax(v->ext[k], u->ext[k]);
}

/* Build the tree over the boxes; 1 when out of memory. */
static int tree_build(const vctx *c, vtree *t)
{
    size_t m = (c->n + VLEAF - 1) / VLEAF, P = 1;
    while (P < m)
        P *= 2;
    mkey *mk = malloc(c->n * sizeof *mk);
    t->box = malloc(c->n * sizeof *t->box);
    t->node = calloc(2 * P, sizeof *t->node);
    t->P = P;
    t->n = c->n;
    if (!mk || !t->box || !t->node) {
        free(mk);
        return 1;
    }
    for (size_t i = 0; i < c->n; i++) {
        const sl_placement *p = &c->b[i];
        mk[i] = (mkey){spread3(cell21(p->x, c->S[0])) |
                       spread3(cell21(p->y, c->S[1])) << 1 |
                       spread3(cell21(p->z, c->S[2])) << 2, i};
    }
    qsort(mk, c->n, sizeof *mk, by_code);
    for (size_t i = 0; i < c->n; i++) {
        t->box[i] = mk[i].i;
        widen(&t->node[P + i / VLEAF], &c->b[mk[i].i], NULL);
    }
    free(mk);
    for (size_t v = P - 1; v >= 1; v--) {
        widen(&t->node[v], NULL, &t->node[2 * v]);
        widen(&t->node[v], NULL, &t->node[2 * v + 1]);
    }
    return 0;
}

/* 1 if no box of node v meets [a, a + al) along axis k by more than 0 in
 * overlap(): its d = q - a is at least v->lo - a, and d + q's extent at
 * most (v->hi - a) + v->ext (rounding keeps order). */
static int apart(const vnode *v, int k, double a, double al)
{
    return v->lo[k] - a >= al || (v->hi[k] - a) + v->ext[k] <= 0;
}

/* A query: the box asked about, and for support the range of tops. */
typedef struct vquery {
    const sl_placement *p;
    double zlo, zhi;        /* support: tops in [zlo, zhi] */
    int support;            /* 1: support, 0: overlap */
    int prune;              /* overlap: 0 when a box has a side < 0 (within
                               the tolerance of a side thinner than it):
                               side_tol is then < 0 and a pair overlapping
                               by 0 may count, so every box is read */
} vquery;

/* 1 if node v holds no box the query can take. */
static int pruned(const vnode *v, const vquery *q)
{
    const sl_placement *p = q->p;
    if (!v->used)
        return 1;
    if (q->support)
        return v->hi[3] < q->zlo || v->lo[3] > q->zhi ||
               apart(v, 0, p->x, p->l) || apart(v, 1, p->y, p->w);
    return q->prune && (apart(v, 0, p->x, p->l) ||
                          apart(v, 1, p->y, p->w) ||
                          apart(v, 2, p->z, p->h));
}

/* Call visit(box, arg) on every box of the leaves the query does not
 * prune; stops at a nonzero return and passes it on. */
static int tree_walk(const vtree *t, const vquery *q,
                     int (*visit)(size_t, void *), void *arg)
{
    size_t stack[2 * 64 + 2], top = 0;
    stack[top++] = 1;
    while (top > 0) {
        size_t v = stack[--top];
        if (pruned(&t->node[v], q))
            continue;
        if (v < t->P) {
            stack[top++] = 2 * v + 1;
            stack[top++] = 2 * v;
            continue;
        }
        size_t a = (v - t->P) * VLEAF, b = a + VLEAF < t->n ? a + VLEAF : t->n;
        for (size_t j = a; j < b; j++) {
            int r = visit(t->box[j], arg);
            if (r)
                return r;
        }
    }
    return 0;
}

/* The overlap search: box p at rank s of the x order; the least rank
 * above s of a box that overlaps it. */
typedef struct ovl {
    const vctx *c;
    const sl_placement *p;
    const size_t *rank;
    size_t s, best;
} ovl;

/* The sweep's test of p against box j of a higher rank. */
static int ovl_visit(size_t j, void *arg)
{
    ovl *o = arg;
    const sl_placement *p = o->p, *q = &o->c->b[j];
    size_t r = o->rank[j];
    if (r <= o->s || r >= o->best || !(q->x - p->x < p->l))
        return 0;
    if (overlap(p->x, p->l, q->x, q->l) > side_tol(o->c, fmin(p->l, q->l)) &&
        overlap(p->y, p->w, q->y, q->w) > side_tol(o->c, fmin(p->w, q->w)) &&
        overlap(p->z, p->h, q->z, q->h) > side_tol(o->c, fmin(p->h, q->h)))
        o->best = r;
    return 0;
}

/*
 * Overlap, as a sweep along x: the boxes in order of x (then index), each
 * box s against the boxes t > s that start before it ends, the first pair
 * found reported.  The tree gives, for each s, the least such t with the
 * same tests, so the pair reported is the sweep's.  With sides >= 0 a pair
 * counts only when it overlaps by more than 0 along each axis, which the
 * tree's bounds can rule out.
 */
static sl_status check_overlap(const vctx *c, const vtree *t, key *k)
{
    size_t *rank = malloc(c->n * sizeof *rank);
    if (!rank)
        return sli_fail(c->err, SL_ENOMEM, "layout", "no memory to check "
                        "%zu boxes", c->n);
    int prune = 1;
    for (size_t i = 0; i < c->n; i++) {
        k[i] = (key){c->b[i].x, i};
        if (!(c->b[i].l >= 0 && c->b[i].w >= 0 && c->b[i].h >= 0))
            prune = 0;
    }
    qsort(k, c->n, sizeof *k, by_key);
    for (size_t s = 0; s < c->n; s++)
        rank[k[s].i] = s;
    for (size_t s = 0; s < c->n; s++) {
        ovl o = {c, &c->b[k[s].i], rank, s, c->n};
        vquery q = {o.p, 0, 0, 0, prune};
        tree_walk(t, &q, ovl_visit, &o);
        if (o.best < c->n) {
            size_t a = k[s].i > k[o.best].i ? k[s].i : k[o.best].i;
            size_t b = k[s].i > k[o.best].i ? k[o.best].i : k[s].i;
            free(rank);
            return sli_fail(c->err, SL_EINVAL, "layout", "box %zu overlaps "
                            "box %zu", a, b);
        }
    }
    free(rank);
    return SL_OK;
}

/* The support search: the boxes with a top in [zlo, zhi] under box p,
 * gathered as keys (top, index). */
typedef struct sup {
    const vctx *c;
    const sl_placement *p;
    double zlo, zhi;
    key *found;
    size_t nfound, cap;
} sup;

/* Gather box j if its top is in range and it meets p's base; 1 when out
 * of memory. */
static int sup_visit(size_t j, void *arg)
{
    sup *u = arg;
    const sl_placement *p = u->p, *q = &u->c->b[j];
    double top = q->z + q->h;
    if (!(top >= u->zlo && top <= u->zhi) ||
        !(overlap(p->x, p->l, q->x, q->l) > 0 &&
          overlap(p->y, p->w, q->y, q->w) > 0))
        return 0;
    if (u->nfound == u->cap) {
        size_t cap = u->cap ? 2 * u->cap : 64;
        key *f = realloc(u->found, cap * sizeof *f);
        if (!f)
            return 1;
        u->found = f;
        u->cap = cap;
    }
    u->found[u->nfound++] = (key){top, j};
    return 0;
}

/*
 * Support and stack height, boxes taken from the lowest up (order of z,
 * then index): the boxes with a top within tz of a box's base that meet
 * it, their shares of its base summed in order of top, then index (the
 * order of a scan of the boxes sorted by top, so the sum is the same to
 * the last bit).
 */
static sl_status check_support(const vctx *c, const vtree *t, key *order,
                               int max_stack)
{
    long *stack = calloc(c->n, sizeof *stack);
    sup u = {c, NULL, 0, 0, NULL, 0, 0};
    sl_status st = SL_OK;
    if (!stack) {
        st = sli_fail(c->err, SL_ENOMEM, "layout", "no memory to check "
                      "%zu boxes", c->n);
        goto done;
    }
    for (size_t i = 0; i < c->n; i++)
        order[i] = (key){c->b[i].z, i};
    qsort(order, c->n, sizeof *order, by_key);
    for (size_t s = 0; s < c->n && st == SL_OK; s++) {
        size_t i = order[s].i;
        const sl_placement *p = &c->b[i];
        double tz = side_tol(c, p->h), ts = side_tol(c, fmin(p->l, p->w));
        stack[i] = 1;
        if (p->z <= tz)
            goto stack_check;
        u.p = p;
        u.zlo = p->z - tz;
        u.zhi = p->z + tz;
        u.nfound = 0;
        vquery q = {p, u.zlo, u.zhi, 1, 1};
        if (tree_walk(t, &q, sup_visit, &u)) {
            st = sli_fail(c->err, SL_ENOMEM, "layout", "no memory to check "
                          "%zu boxes", c->n);
            break;
        }
        if (u.nfound > 1) /* none found: found is still NULL, which
                             qsort must not get (UBSan) */
            qsort(u.found, u.nfound, sizeof *u.found, by_key);
        double covered = 0;
        for (size_t f = 0; f < u.nfound; f++) {
            const sl_placement *b = &c->b[u.found[f].i];
            /* shares of the base, not areas: at sizes near 1e-200 or
               1e200 an area underflows to 0 or overflows to inf, and a
               box over nothing passed */
            covered += (overlap(p->x, p->l, b->x, b->l) / p->l) *
                       (overlap(p->y, p->w, b->y, b->w) / p->w);
            if (stack[u.found[f].i] + 1 > stack[i])
                stack[i] = stack[u.found[f].i] + 1;
        }
        if (covered < 1 - (ts / p->l + ts / p->w)) {
            st = sli_fail(c->err, SL_EINVAL, "layout", "box %zu is not fully "
                          "supported: %.1f %% of its base rests on the floor "
                          "or on boxes", i, 100.0 * covered);
            break;
        }
    stack_check:
        if (max_stack > 0 && stack[i] > max_stack)
            st = sli_fail(c->err, SL_EINVAL, "layout", "box %zu is box %ld "
                          "of a stack, more than max_stack %d", i, stack[i],
                          max_stack);
    }
done:
    free(u.found);
    free(stack);
    return st;
}

sl_status sl_pack_validate(double L, double W, double H, double l, double w,
                           double h, const char *vertical, int max_stack,
                           const sl_placement *layout, size_t n,
                           sl_error *err)
{
    vctx c = {{L, W, H}, {l, w, h}, {0, 0, 0}, layout, n, 0, err};
    const char *names[6] = {"L", "W", "H", "l", "w", "h"};
    const double v[6] = {L, W, H, l, w, h};
    for (int k = 0; k < 6; k++)
        if (!isfinite(v[k]) || v[k] <= 0)
            return sli_fail(err, SL_ERANGE, names[k], "%s must be a finite "
                            "positive size, got %g", names[k], v[k]);
    if (sli_parse_vertical(vertical, 4, c.vert))
        return sli_fail(err, SL_EINVAL, "vertical", "vertical must be a "
                        "non-empty subset of the letters l, w, h");
    if (max_stack < 0)
        return sli_fail(err, SL_ERANGE, "max_stack", "max_stack must be >= 0 "
                        "(0 = no limit), got %d", max_stack);
    if (!layout && n > 0)
        return sli_fail(err, SL_EINVAL, "layout", "layout is NULL but n = "
                        "%zu", n);
    c.tol = 1e-9 * fmax(L, fmax(W, H));
    sl_status st = check_boxes(&c);
    if (st != SL_OK || n == 0)
        return st;
    key *k = malloc(n * sizeof *k);
    vtree t = {NULL, NULL, 0, 0};
    if (!k || tree_build(&c, &t)) {
        free(k);
        tree_free(&t);
        return sli_fail(err, SL_ENOMEM, "layout", "no memory to check %zu "
                        "boxes", n);
    }
    st = check_overlap(&c, &t, k);
    if (st == SL_OK)
        st = check_support(&c, &t, k, max_stack);
    free(k);
    tree_free(&t);
    return st;
}
