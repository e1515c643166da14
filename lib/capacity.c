/*
 * lib/capacity.c - load rules and the capacity of one container type for
 * one cargo type: a weight limit and a geometry limit (docs/method-capacity.md).
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "capacity_internal.h"
#include "cache_internal.h"
#include "pack_internal.h"

/* Default load rules: engineering estimates (EST), reasons in
 * docs/method-capacity.md. */
#define RULE_MARGIN_LENGTH 100.0 /* door-end blocking / bulkhead, mm */
#define RULE_MARGIN_WIDTH 50.0   /* side play for hand loading, chocks, mm */
#define RULE_MARGIN_HEIGHT 100.0 /* top clearance to place the last layer */
#define RULE_DUNNAGE 150.0       /* kg of timber, boards and lashing */
/* Their ranges (EST, docs/method-capacity.md): from a load blocked tight
 * (void fillers, no door-end gap, boxes placed by forklift) to generous
 * bracing (a timber gate at the door, chocks, hand loading). */
#define RULE_MARGIN_LENGTH_LO 0.0
#define RULE_MARGIN_LENGTH_HI 200.0
#define RULE_MARGIN_WIDTH_LO 0.0
#define RULE_MARGIN_WIDTH_HI 100.0
#define RULE_MARGIN_HEIGHT_LO 50.0
#define RULE_MARGIN_HEIGHT_HI 150.0
#define RULE_DUNNAGE_LO 50.0
#define RULE_DUNNAGE_HI 250.0

/* Most split positions tried per package kind (see multi_geometry). */
#define PATTERN_CAP 256
/* The packer's grid limit per axis (pack.h). */
#define GRID_MAX 1000000L

/* Fill rules with the documented defaults; accepts NULL. */
void sl_load_rules_init(sl_load_rules *rules)
{
    if (!rules)
        return;
    rules->margin_length = RULE_MARGIN_LENGTH;
    rules->margin_width = RULE_MARGIN_WIDTH;
    rules->margin_height = RULE_MARGIN_HEIGHT;
    rules->dunnage = RULE_DUNNAGE;
    rules->check_door = 1;
    rules->margin_length_range[0] = RULE_MARGIN_LENGTH_LO;
    rules->margin_length_range[1] = RULE_MARGIN_LENGTH_HI;
    rules->margin_width_range[0] = RULE_MARGIN_WIDTH_LO;
    rules->margin_width_range[1] = RULE_MARGIN_WIDTH_HI;
    rules->margin_height_range[0] = RULE_MARGIN_HEIGHT_LO;
    rules->margin_height_range[1] = RULE_MARGIN_HEIGHT_HI;
    rules->dunnage_range[0] = RULE_DUNNAGE_LO;
    rules->dunnage_range[1] = RULE_DUNNAGE_HI;
}

/* Collapse every range to its figure; accepts NULL. */
void sl_load_rules_fix(sl_load_rules *rules)
{
    if (!rules)
        return;
    rules->margin_length_range[0] = rules->margin_length_range[1] =
        rules->margin_length;
    rules->margin_width_range[0] = rules->margin_width_range[1] =
        rules->margin_width;
    rules->margin_height_range[0] = rules->margin_height_range[1] =
        rules->margin_height;
    rules->dunnage_range[0] = rules->dunnage_range[1] = rules->dunnage;
}

/* The three margins (length, width, height) at quantile mq of their
 * ranges, or the nominal figures when mq < 0 (see capacity_internal.h). */
void sli_load_rules_margins(const sl_load_rules *rules, double mq,
                            double out[3])
{
    const double nominal[3] = {rules->margin_length, rules->margin_width,
                               rules->margin_height};
    const double *range[3] = {rules->margin_length_range,
                              rules->margin_width_range,
                              rules->margin_height_range};
    for (int i = 0; i < 3; i++)
        out[i] = mq < 0 ? nominal[i]
                        : range[i][0] + mq * (range[i][1] - range[i][0]);
}

/* 1 if some margin's range is not a single value. */
int sli_load_rules_margins_uncertain(const sl_load_rules *rules)
{
    return rules->margin_length_range[0] < rules->margin_length_range[1] ||
           rules->margin_width_range[0] < rules->margin_width_range[1] ||
           rules->margin_height_range[0] < rules->margin_height_range[1];
}

/* "weight", "geometry", "both", "none"; "?" for unknown values. */
const char *sl_binding_name(sl_binding b)
{
    switch (b) {
    case SL_BIND_WEIGHT: return "weight";
    case SL_BIND_GEOMETRY: return "geometry";
    case SL_BIND_BOTH: return "both";
    case SL_BIND_NONE: return "none";
    default: return "?";
    }
}

/* Check the figures and ranges of load rules (see capacity_internal.h). */
sl_status sli_load_rules_figures_check(const sl_load_rules *rules,
                                       const char *prefix, sl_error *err)
{
    const double v[4] = {rules->margin_length, rules->margin_width,
                         rules->margin_height, rules->dunnage};
    const double *range[4] = {rules->margin_length_range,
                              rules->margin_width_range,
                              rules->margin_height_range,
                              rules->dunnage_range};
    static const char *const name[4] = {"margin_length", "margin_width",
                                        "margin_height", "dunnage"};
    char where[SL_ERROR_WHERE_MAX];
    for (size_t i = 0; i < 4; i++) {
        const char *unit = i < 3 ? "mm" : "kg";
        sli_snprintf(where, sizeof where, "%s.%s", prefix, name[i]);
        if (!isfinite(v[i]) || v[i] < 0)
            return sli_fail(err, SL_ERANGE, where,
                            "%g is not a finite number >= 0 (%s)", v[i],
                            unit);
        sli_snprintf(where, sizeof where, "%s.%s_range", prefix, name[i]);
        if (!isfinite(range[i][0]) || !isfinite(range[i][1]) ||
            range[i][0] < 0 || range[i][1] < range[i][0])
            return sli_fail(err, SL_ERANGE, where,
                            "%g to %g is not a range of finite numbers, "
                            "0 <= low <= high (%s)", range[i][0],
                            range[i][1], unit);
        if (v[i] < range[i][0] || v[i] > range[i][1])
            return sli_fail(err, SL_ERANGE, where,
                            "the figure %g %s is outside its range %g to %g; "
                            "set the range too (sl_load_rules_fix makes "
                            "every figure exact)", v[i], unit, range[i][0],
                            range[i][1]);
    }
    return SL_OK;
}

/* Check load rules (see capacity_internal.h). */
sl_status sli_load_rules_check(const sl_load_rules *rules, sl_error *err)
{
    sl_status st;
    if (!rules)
        return sli_fail(err, SL_EINVAL, "rules",
                        "load rules are NULL; fill them with "
                        "sl_load_rules_init");
    if ((st = sli_load_rules_figures_check(rules, "rules", err)) != SL_OK)
        return st;
    if (rules->check_door != 0 && rules->check_door != 1)
        return sli_fail(err, SL_ERANGE, "rules.check_door",
                        "check_door %d is neither 0 nor 1",
                        rules->check_door);
    return SL_OK;
}

/* Payload left for cargo g (dunnage for packaged cargo only). */
double sli_capacity_payload(double max_gross, double tare, const sl_cargo *g,
                            const sl_load_rules *rules)
{
    double p = max_gross - tare;
    if (g && g->kind == SL_CARGO_PACKAGED && rules)
        p -= rules->dunnage;
    return p;
}

/* floor(a), clamped to [0, LONG_MAX]; 0 for NaN. */
static long floor_count(double a)
{
    if (!(a > 0))
        return 0;
    if (a >= (double)LONG_MAX)
        return LONG_MAX;
    return (long)floor(a);
}

/* Weight limit: floor(payload / unit_gross).  The relative 1e-12 guard
 * keeps an exact quotient (21,600 / 72 = 300) from flooring to 299 through
 * rounding of the division. */
long sli_capacity_by_weight(double payload, double unit_gross)
{
    if (!isfinite(payload) || !isfinite(unit_gross) || payload <= 0 ||
        unit_gross <= 0)
        return 0;
    return floor_count(payload / unit_gross * (1 + 1e-12));
}

/* One package at a quantile: dimensions, rules for the packer, units. */
typedef struct box {
    double d[3]; /* l, w, h (mm) */
    char vertical[4]; /* the package's, less up dims the door keeps out */
    int max_stack;
    double units;
    sli_pack_memo *memo; /* packer counts found so far, or NULL */
} box;

/* One packer result (a count, or a layout too when the key asks for
 * one) and its exact inputs. */
struct sli_pack_memo_entry {
    sli_pack_key key;
    sl_pack_result res;
};

void sli_pack_memo_free(sli_pack_memo *memo)
{
    if (!memo)
        return;
    for (size_t i = 0; i < memo->n; i++)
        sl_pack_result_free(&memo->e[i].res);
    free(memo->e);
    memset(memo, 0, sizeof *memo);
}

void sli_pack_memo_merge(const sli_pack_memo *memo)
{
    for (size_t i = 0; memo && memo->shared && i < memo->n; i++)
        sli_cache_add(memo->shared, &memo->e[i].key, &memo->e[i].res);
}

/* The result for key: the memo's, else the shared cache's, else NULL.
 * Owned by the memo (valid until its next memo_add) or the cache. */
static const sl_pack_result *memo_find(const sli_pack_memo *memo,
                                       const sli_pack_key *key)
{
    if (!memo)
        return NULL;
    for (size_t i = 0; i < memo->n; i++)
        if (!memcmp(memo->e[i].key.b, key->b, sizeof key->b))
            return &memo->e[i].res;
    return sli_cache_find(memo->shared, key);
}

/* The array v of *cap entries of `size` bytes with room for entry n:
 * v itself, or a copy twice as large when full; NULL when out of memory
 * (v is then left as it was). */
static void *grow(void *v, size_t *cap, size_t n, size_t size)
{
    size_t ncap = *cap ? 2 * *cap : 16;
    if (n < *cap)
        return v;
    if (!(v = realloc(v, ncap * size)))
        return NULL;
    *cap = ncap;
    return v;
}

/* Remember a result, taking its layout (when memory allows: a miss only
 * costs a packer run); the memo's copy, or NULL when it was not kept
 * (*res is then left to the caller). */
static const sl_pack_result *memo_add(sli_pack_memo *memo,
                                      const sli_pack_key *key,
                                      const sl_pack_result *res)
{
    struct sli_pack_memo_entry *e;
    if (!memo || !(e = grow(memo->e, &memo->cap, memo->n, sizeof *e)))
        return NULL;
    memo->e = e;
    e = &memo->e[memo->n++];
    e->key = *key;
    e->res = *res;
    return &e->res;
}

/* The stacking limit of package p at step `step` (see
 * capacity_internal.h). */
int sli_package_stack(const sl_package *p, int step)
{
    if (!p->max_stack_hi || step <= 0)
        return p->max_stack;
    return step < p->max_stack_hi - p->max_stack ? p->max_stack + step
                                                 : p->max_stack_hi;
}

/* Steps of cargo g's stacking limits (see capacity_internal.h). */
int sli_cargo_stack_steps(const sl_cargo *g)
{
    int n = 1;
    for (size_t k = 0; g && k < g->npackages && k < SL_CARGO_PACKAGES_MAX;
         k++) {
        const sl_package *p = &g->package[k];
        if (p->max_stack_hi && p->max_stack_hi - p->max_stack + 1 > n)
            n = p->max_stack_hi - p->max_stack + 1;
    }
    return n;
}

/* Figure f at quantile q (q < 0: nominal). */
static double figure_at(const sl_figure *f, double q)
{
    return q < 0 ? f->nominal : sl_dist_quantile(&f->dist, q);
}

/* Package k of cargo g at quantile q, stacking limit step `step` (0: the
 * low end), into *b. */
static sl_status package_box(const sl_cargo *g, size_t k, double q,
                             int step, box *b, sl_error *err)
{
    const sl_package *p = &g->package[k];
    b->d[0] = figure_at(&p->length, q);
    b->d[1] = figure_at(&p->width, q);
    b->d[2] = figure_at(&p->height, q);
    for (int i = 0; i < 3; i++)
        if (!isfinite(b->d[i]) || b->d[i] <= 0) {
            char where[SL_ERROR_WHERE_MAX];
            sli_snprintf(where, sizeof where, "cargo %s.package[%zu].%s", g->id,
                     k, i == 0 ? "length" : i == 1 ? "width" : "height");
            return sli_fail(err, SL_ERANGE, where,
                            "size at quantile %g is %g, not positive", q,
                            b->d[i]);
        }
    sli_strlcpy(b->vertical, p->vertical, sizeof b->vertical);
    b->max_stack = sli_package_stack(p, step);
    b->units = p->units;
    return SL_OK;
}

/* Index 0..2 of a dimension letter l, w, h. */
static int dim_index(char c)
{
    return c == 'l' ? 0 : c == 'w' ? 1 : 2;
}

/* 1 if x is a finite number > 0. */
static int positive(double x)
{
    return isfinite(x) && x > 0;
}

/* Door test (see pack.h). */
int sl_door_vertical(double door_width, double door_height, double l,
                     double w, double h, const char *vertical, char out[4])
{
    const double d[3] = {l, w, h};
    int n = 0;
    if (out)
        out[0] = '\0';
    if (!vertical || !*vertical || strlen(vertical) > 3 ||
        !positive(door_width) || !positive(door_height) || !positive(l) ||
        !positive(w) || !positive(h))
        return 0;
    for (const char *v = vertical; *v; v++)
        if (!strchr("lwh", *v))
            return 0;
    for (const char *v = vertical; *v; v++) {
        int u = dim_index(*v), i = (u + 1) % 3, j = (u + 2) % 3;
        if (d[u] <= door_height && (d[i] <= door_width || d[j] <= door_width)) {
            if (out) {
                out[n] = *v;
                out[n + 1] = '\0';
            }
            n++;
        }
    }
    return n;
}

int sl_door_passes(double door_width, double door_height, double l,
                   double w, double h, const char *vertical)
{
    return sl_door_vertical(door_width, door_height, l, w, h, vertical,
                            NULL) > 0;
}

/* Keep of the box's up dims those in which it passes a door dw wide and
 * dh high; 1 if any is left (sl_door_vertical). */
static int passes_door(box *b, double dw, double dh)
{
    char kept[4];
    if (sl_door_vertical(dw, dh, b->d[0], b->d[1], b->d[2], b->vertical,
                         kept) == 0)
        return 0;
    memcpy(b->vertical, kept, sizeof kept);
    return 1;
}

/* Whole grid units in a space of x mm (as the packer rounds: down);
 * GRID_MAX + 1 for anything past the packer's limit. */
static long grid_space(double x)
{
    double n = floor(x / SLI_CAPACITY_GRAIN * (1 + 1e-9));
    return n > (double)GRID_MAX ? GRID_MAX + 1 : (long)n;
}

/* Grid units of a box side of x mm (as the packer rounds: up, at least
 * 1); GRID_MAX + 1 for anything past the packer's limit. */
static long grid_box(double x)
{
    double n = ceil(x / SLI_CAPACITY_GRAIN * (1 - 1e-9));
    return n < 1 ? 1 : n > (double)GRID_MAX ? GRID_MAX + 1 : (long)n;
}

/* The largest i a + j b <= X (i, j >= 0 whole), 0 when a and b exceed X:
 * the normal extent of a row of a x b rectangles turned either way. */
static long normal_floor(long X, long a, long b)
{
    long best = 0;
    for (long i = 0; i * a <= X; i++) {
        long v = i * a + (X - i * a) / b * b;
        if (v > best)
            best = v;
        if (best == X)
            break;
    }
    return best;
}

/* Boxes that fit in a vertical line of height H when box dimension u
 * points up, on the packer's grid (rounded as sl_pack rounds them). */
static long line_fit(double H, const box *b, int u)
{
    return grid_space(H) / grid_box(b->d[u]);
}

/* Grid units (rounded up) of each extent of b that can lie along the
 * length: a dimension some allowed orientation keeps horizontal.  Returns
 * how many were written to ext (at most 3). */
static size_t length_extents(const box *b, long ext[3])
{
    size_t n = 0;
    for (int d = 0; d < 3; d++) {
        int horizontal = 0;
        for (const char *v = b->vertical; *v; v++)
            if (dim_index(*v) != d)
                horizontal = 1;
        if (horizontal)
            ext[n++] = grid_box(b->d[d]);
    }
    return n;
}

/* reach[x] = 1 for every x in 0..X that is a sum of multiples of ext[0..n)
 * (a packing pushed towards the origin ends at such sums); NULL when out
 * of memory. */
static unsigned char *reach_table(long X, const long *ext, size_t n)
{
    unsigned char *reach = calloc((size_t)X + 1, 1);
    if (!reach)
        return NULL;
    reach[0] = 1;
    for (long x = 0; x <= X; x++)
        if (reach[x])
            for (size_t i = 0; i < n; i++)
                if (x + ext[i] <= X)
                    reach[x + ext[i]] = 1;
    return reach;
}

/* The largest sum of multiples of ext[0..n) that is at most X (X itself
 * when out of memory: the packer then simply gets the whole space). */
static long reach_floor(long X, const long *ext, size_t n)
{
    unsigned char *reach = reach_table(X, ext, n);
    long x = X;
    if (reach)
        while (x > 0 && !reach[x])
            x--;
    free(reach);
    return x;
}

/* For a box that may be turned: its grid sides that may point up (up[],
 * returns how many) and the least of them. */
static size_t up_extents(const box *b, long up[3], long *least)
{
    size_t n = 0;
    *least = LONG_MAX;
    for (const char *v = b->vertical; *v; v++) {
        up[n] = grid_box(b->d[dim_index(*v)]);
        if (up[n] < *least)
            *least = up[n];
        n++;
    }
    return n;
}

/* The packer's inputs for a box b that may be turned, in *L x *W x *H
 * (changed in place) and *run; 0 when nothing fits.  The box is packed at
 * its size rounded up to whole grains, as the one-up layers are (the
 * play, under 5 mm a side, is taken up by dunnage): at sizes that are not
 * whole grains sl_pack would keep only the boxes wholly on real tops, and
 * a box across a 1 mm sliver between two turned boxes below would not
 * count.  Only the largest sums of the box's sides that fit matter (a
 * packing pushed towards the origin ends at such sums), so margins that
 * leave the same sums share one memo entry; and a stacking limit no line
 * of boxes can reach is no limit. */
static int turned_run(double *L, double *W, double *H, const box *b,
                      box *run)
{
    long up[3], side[3], least, Hg;
    size_t nup = up_extents(b, up, &least), nside = length_extents(b, side);
    *run = *b;
    for (int k = 0; k < 3; k++)
        run->d[k] = (double)grid_box(b->d[k]) * SLI_CAPACITY_GRAIN;
    Hg = reach_floor(grid_space(*H), up, nup);
    *L = (double)reach_floor(grid_space(*L), side, nside) *
         SLI_CAPACITY_GRAIN;
    *W = (double)reach_floor(grid_space(*W), side, nside) *
         SLI_CAPACITY_GRAIN;
    *H = (double)Hg * SLI_CAPACITY_GRAIN;
    if (run->max_stack > 0 && run->max_stack >= Hg / least)
        run->max_stack = 0;
    return *L > 0 && *W > 0 && *H > 0;
}

/* The packer's options for box run (deterministic: no time budget). */
static void run_options(const box *run, int want_layout, sl_pack_options *opt)
{
    sl_pack_options_init(opt);
    sli_strlcpy(opt->vertical, run->vertical, sizeof opt->vertical);
    opt->max_stack = run->max_stack;
    opt->grain = SLI_CAPACITY_GRAIN;
    opt->seconds = 0;
    opt->want_layout = want_layout;
}

/* Packages of box b that fit in L x W x H (deterministic packer call).
 * With one box dimension up, sl_pack stacks identical layers of its best
 * layer pattern (docs/packing.md; tests/test_capacity.c checks it), so the
 * count is one layer's count times the layers the height and the stacking
 * limit allow, and one packer run (a single layer) serves every limit.
 * L, W and H are within the packer's grid (sli_capacity_geometry_memo
 * checks the usable space). */
static sl_status pack_count(double L, double W, double H, const box *b,
                            long *count, sl_error *err)
{
    sl_pack_options opt;
    sl_pack_result res;
    sl_status st;
    sli_pack_key key;
    const sl_pack_result *known = NULL;
    box run = *b;
    long layers = 1;
    *count = 0;
    if (L < SLI_CAPACITY_GRAIN || W < SLI_CAPACITY_GRAIN ||
        H < SLI_CAPACITY_GRAIN)
        return SL_OK;
    if (b->vertical[1]) {
        if (!turned_run(&L, &W, &H, b, &run))
            return SL_OK;
    } else {
        int u = dim_index(b->vertical[0]);
        layers = line_fit(H, b, u);
        if (b->max_stack > 0 && b->max_stack < layers)
            layers = b->max_stack;
        if (layers == 0)
            return SL_OK;
        run.max_stack = 1;
        /* one layer's pattern does not depend on the height above it: run
           it in a space one box high, so every height (every height
           margin) shares one memo entry */
        H = (double)grid_box(b->d[u]) * SLI_CAPACITY_GRAIN;
        /* nor on the length and width beyond the last sums of the two
           footprint sides that fit (every layer pushed to a corner ends
           at such sums): a margin that leaves the same sums shares the
           entry too */
        L = (double)normal_floor(grid_space(L), grid_box(b->d[(u + 1) % 3]),
                                 grid_box(b->d[(u + 2) % 3])) *
            SLI_CAPACITY_GRAIN;
        W = (double)normal_floor(grid_space(W), grid_box(b->d[(u + 1) % 3]),
                                 grid_box(b->d[(u + 2) % 3])) *
            SLI_CAPACITY_GRAIN;
        if (L <= 0 || W <= 0)
            return SL_OK;
    }
    run_options(&run, 0, &opt);
    if (sli_pack_key_make(L, W, H, run.d[0], run.d[1], run.d[2], &opt, &key) &&
        (known = memo_find(run.memo, &key))) {
        *count = known->count * layers;
        return SL_OK;
    }
    memset(&res, 0, sizeof res);
    st = sl_pack(L, W, H, run.d[0], run.d[1], run.d[2], &opt, &res, err);
    if (st == SL_OK) {
        *count = res.count * layers;
        if (sli_pack_key_make(L, W, H, run.d[0], run.d[1], run.d[2], &opt,
                              &key) &&
            memo_add(run.memo, &key, &res))
            return st; /* the memo took res (a count: no layout) */
    }
    sl_pack_result_free(&res);
    return st;
}

/*
 * Section lengths (grid units, ascending, each <= Lg) worth trying for box
 * b: every sum of its length extents (a packing pushed towards the origin
 * ends at such a sum).  When there are more than PATTERN_CAP, an evenly
 * spaced subset that keeps the longest is returned (still a lower bound).
 */
static sl_status section_lengths(const box *b, long Lg, long *out, size_t *n,
                                 sl_error *err)
{
    long ext[3];
    size_t next = length_extents(b, ext), total = 0, kept = 0;
    unsigned char *reach = reach_table(Lg, ext, next);
    if (!reach)
        return sli_fail(err, SL_ENOMEM, "capacity", "out of memory");
    for (long x = 1; x <= Lg; x++)
        total += reach[x];
    for (long x = 1, seen = 0; x <= Lg; x++) {
        if (!reach[x])
            continue;
        seen++;
        /* keep index seen (1..total) when it lands on the next slot */
        if (total <= PATTERN_CAP ||
            (size_t)seen * PATTERN_CAP >= (kept + 1) * total)
            out[kept++] = x;
    }
    free(reach);
    *n = kept;
    return SL_OK;
}

/* Units of a one-package cargo in the usable space. */
static sl_status single_geometry(const double space[3], const box *b,
                                 long *units, sl_error *err)
{
    long count;
    sl_status st = pack_count(space[0], space[1], space[2], b, &count, err);
    if (st == SL_OK)
        *units = floor_count(b->units * (double)count);
    return st;
}

/* Per package kind: candidate section lengths, and the packages each
 * holds, packed only when first needed (-1 = not yet).  The answer index
 * for the u being tried lies in [lo, hi] (hi == n: maybe none); the search
 * on u narrows it. */
typedef struct section_table {
    long len[PATTERN_CAP];
    long count[PATTERN_CAP];
    size_t n, lo, hi;
    const box *b;
} section_table;

/* Units that section i of table t holds. */
static sl_status section_units(const double space[3], section_table *t,
                               size_t i, double *u, sl_error *err)
{
    if (t->count[i] < 0) {
        sl_status st = pack_count((double)t->len[i] * SLI_CAPACITY_GRAIN,
                                  space[1], space[2], t->b, &t->count[i],
                                  err);
        if (st != SL_OK)
            return st;
    }
    *u = t->b->units * (double)t->count[i];
    return SL_OK;
}

/* Index of the shortest section of t holding at least u units (t->n if
 * none), by binary search inside [t->lo, t->hi]: counts grow with the
 * section length. */
static sl_status min_index(const double space[3], section_table *t,
                           double u, size_t *idx, sl_error *err)
{
    size_t lo = t->lo, hi = t->hi;
    sl_status st = SL_OK;
    while (st == SL_OK && lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        double have = 0;
        st = section_units(space, t, mid, &have, err);
        if (have >= u)
            hi = mid;
        else
            lo = mid + 1;
    }
    *idx = lo;
    return st;
}

/* *fits = 1 if sections for u units of every kind fit in Lg grid units.
 * Narrows each kind's index bracket for the next, larger or smaller, u. */
static sl_status split_fits(const double space[3], section_table *t,
                            size_t nk, long u, long Lg, int *fits,
                            sl_error *err)
{
    size_t idx[SL_CARGO_PACKAGES_MAX];
    long sum = 0;
    size_t k;
    *fits = 0;
    for (k = 0; k < nk; k++) {
        sl_status st = min_index(space, &t[k], (double)u, &idx[k], err);
        if (st != SL_OK)
            return st;
        if (idx[k] == t[k].n || (sum += t[k].len[idx[k]]) > Lg)
            break;
    }
    *fits = k == nk;
    for (size_t j = 0; j < nk && j <= k; j++) {
        if (*fits)
            t[j].lo = idx[j]; /* larger u: no shorter section */
        else if (idx[j] < t[j].hi)
            t[j].hi = idx[j]; /* smaller u: no longer section */
    }
    return SL_OK;
}

/* Candidate sections of every kind; *most = the fewest units any kind
 * reaches in the whole length (an upper end for the search). */
static sl_status init_tables(const double space[3], const box *b, size_t nk,
                             long Lg, section_table *t, long *most,
                             sl_error *err)
{
    *most = LONG_MAX;
    for (size_t k = 0; k < nk; k++) {
        double u = 0;
        sl_status st = section_lengths(&b[k], Lg, t[k].len, &t[k].n, err);
        if (st == SL_OK && t[k].n > 0) {
            t[k].b = &b[k];
            t[k].lo = 0;
            t[k].hi = t[k].n;
            for (size_t i = 0; i < t[k].n; i++)
                t[k].count[i] = -1;
            st = section_units(space, &t[k], t[k].n - 1, &u, err);
        }
        if (st != SL_OK)
            return st;
        if (floor_count(u) < *most)
            *most = floor_count(u);
    }
    return SL_OK;
}

/*
 * Units of a cargo needing several package kinds: the container length is
 * split into one section per kind; the answer is the largest u such that
 * sections holding ceil(u / units_k) packages of every kind k fit end to
 * end, found by binary search on u.  Every answer is a layout that fits; it
 * is a lower bound on what a mixed packer could do.
 */
static sl_status multi_geometry(const double space[3], const box *b,
                                size_t nk, long *units, sl_error *err)
{
    long Lg = grid_space(space[0]), lo = 0, hi = 0;
    section_table *t;
    sl_status st;
    t = calloc(nk, sizeof *t);
    if (!t)
        return sli_fail(err, SL_ENOMEM, "capacity", "out of memory");
    st = init_tables(space, b, nk, Lg, t, &hi, err);
    while (st == SL_OK && lo < hi) {
        long mid = lo + (hi - lo + 1) / 2;
        int fits;
        st = split_fits(space, t, nk, mid, Lg, &fits, err);
        if (fits)
            lo = mid;
        else
            hi = mid - 1;
    }
    free(t);
    if (st == SL_OK)
        *units = lo;
    return st;
}

/* Validate the arguments shared by the capacity functions. */
static sl_status check_inputs(const sl_container *c, const sl_cargo *g,
                              const sl_load_rules *rules, sl_error *err)
{
    sl_status st;
    if ((st = sl_container_check(c, err)) != SL_OK)
        return st;
    if ((st = sl_cargo_check(g, err)) != SL_OK)
        return st;
    return sli_load_rules_check(rules, err);
}

/* Geometry limit at quantile q (see capacity_internal.h). */
sl_status sli_capacity_geometry(const sl_container *c, const sl_cargo *g,
                                const sl_load_rules *rules, double q,
                                long *units, sl_error *err)
{
    return sli_capacity_geometry_memo(c, g, rules, q, -1.0, 0, NULL, units,
                                      err);
}

/* The usable space of c (margins at quantile mq) in space[] and every
 * package of g at quantile q and stacking step `step` in b[] (with memo);
 * *ready = 0 when nothing fits (a package that misses the door, an empty
 * space).  Checks as sli_capacity_geometry_memo. */
static sl_status prepare(const sl_container *c, const sl_cargo *g,
                         const sl_load_rules *rules, double q, double mq,
                         int step, sli_pack_memo *memo, box *b,
                         double space[3], int *ready, sl_error *err)
{
    sl_status st;
    *ready = 0;
    sli_load_rules_margins(rules, mq, space);
    space[0] = c->length.nominal - space[0];
    space[1] = c->width.nominal - space[1];
    space[2] = c->height.nominal - space[2];
    for (size_t k = 0; k < g->npackages; k++) {
        if ((st = package_box(g, k, q, step, &b[k], err)) != SL_OK)
            return st;
        b[k].memo = memo;
        if (rules->check_door &&
            !passes_door(&b[k], c->door_width.nominal,
                         c->door_height.nominal))
            return SL_OK;
    }
    if (space[0] <= 0 || space[1] <= 0 || space[2] <= 0)
        return SL_OK;
    for (int i = 0; i < 3; i++)
        if (grid_space(space[i]) > GRID_MAX) {
            static const char *const axis[3] = {"length", "width", "height"};
            char where[SL_ERROR_WHERE_MAX];
            sli_snprintf(where, sizeof where, "container %s.%s", c->id, axis[i]);
            return sli_fail(err, SL_ERANGE, where,
                            "usable %s %g mm is more than %ld grid units of "
                            "%g mm (the packer's limit)", axis[i], space[i],
                            GRID_MAX, SLI_CAPACITY_GRAIN);
        }
    *ready = 1;
    return SL_OK;
}

/* Check the quantiles and the entries shared by the geometry functions;
 * *units = -1 (and *done = 1) for a mass equivalence. */
static sl_status geometry_inputs(const sl_container *c, const sl_cargo *g,
                                 const sl_load_rules *rules, double q,
                                 double mq, long *units, int *done,
                                 sl_error *err)
{
    sl_status st;
    *done = 0;
    if (!units)
        return sli_fail(err, SL_EINVAL, "units", "units is NULL");
    if (isnan(q) || q > 1 || isnan(mq) || mq > 1)
        return sli_fail(err, SL_EINVAL, isnan(q) || q > 1 ? "q" : "mq",
                        "quantile %g is not in [0, 1] (or < 0 for nominal)",
                        isnan(q) || q > 1 ? q : mq);
    if ((st = check_inputs(c, g, rules, err)) != SL_OK)
        return st;
    *units = 0;
    if (g->kind == SL_CARGO_MASS_EQUIV) {
        *units = -1;
        *done = 1;
    }
    return SL_OK;
}

/* The same, with a memo of packer counts (see capacity_internal.h). */
sl_status sli_capacity_geometry_memo(const sl_container *c, const sl_cargo *g,
                                     const sl_load_rules *rules, double q,
                                     double mq, int stack_step,
                                     sli_pack_memo *memo, long *units,
                                     sl_error *err)
{
    box b[SL_CARGO_PACKAGES_MAX];
    double space[3];
    int done, ready;
    sl_status st = geometry_inputs(c, g, rules, q, mq, units, &done, err);
    if (st != SL_OK || done)
        return st;
    st = prepare(c, g, rules, q, mq, stack_step, memo, b, space, &ready, err);
    if (st != SL_OK || !ready)
        return st;
    if (g->npackages == 1)
        return single_geometry(space, &b[0], units, err);
    return multi_geometry(space, b, g->npackages, units, err);
}

/* The inputs of the count at (q, mq, stack_step) that decide whether it
 * covers another (see capacity_internal.h). */
sl_status sli_capacity_geometry_point(const sl_cargo *g,
                                      const sl_load_rules *rules, double q,
                                      double mq, int stack_step,
                                      sli_geometry_point *pt, sl_error *err)
{
    memset(pt, 0, sizeof *pt);
    sli_load_rules_margins(rules, mq, pt->margin);
    pt->n = g->npackages;
    for (size_t k = 0; k < g->npackages && k < SL_CARGO_PACKAGES_MAX; k++) {
        box b;
        sl_status st;
        memset(&b, 0, sizeof b); /* package_box fills it on success */
        st = package_box(g, k, q, stack_step, &b, err);
        if (st != SL_OK)
            return st;
        memcpy(pt->d[k], b.d, sizeof b.d);
        pt->stack[k] = b.max_stack;
        pt->one_up[k] = b.vertical[0] && !b.vertical[1];
    }
    return SL_OK;
}

/* 1 if stacking limit a allows every stack that b allows (0: none). */
static int stack_covers(int a, int b)
{
    return a <= 0 || (b > 0 && a >= b);
}

/* 1 if the count at a is provably at least the count at b (see
 * capacity_internal.h and docs/method-capacity.md). */
int sli_capacity_geometry_covers(const sli_geometry_point *a,
                                 const sli_geometry_point *b)
{
    if (a->n != b->n)
        return 0;
    for (int i = 0; i < 3; i++)
        if (a->margin[i] > b->margin[i])
            return 0;
    for (size_t k = 0; k < a->n && k < SL_CARGO_PACKAGES_MAX; k++) {
        int same = 1, smaller = 1;
        if (!stack_covers(a->stack[k], b->stack[k]) ||
            a->one_up[k] != b->one_up[k])
            return 0;
        for (int i = 0; i < 3; i++) {
            same = same && a->d[k][i] == b->d[k][i];
            smaller = smaller && a->d[k][i] <= b->d[k][i];
        }
        if (!same && !(a->one_up[k] && smaller))
            return 0;
    }
    return 1;
}

/* 1 if b's layouts, each box shrunk, may hold at a (see
 * capacity_internal.h). */
int sli_capacity_geometry_shrinks(const sli_geometry_point *a,
                                  const sli_geometry_point *b)
{
    if (a->n != 1 || b->n != 1 || a->one_up[0] || b->one_up[0] ||
        !stack_covers(a->stack[0], b->stack[0]))
        return 0;
    for (int i = 0; i < 3; i++)
        if (a->margin[i] > b->margin[i] || a->d[0][i] > b->d[0][i])
            return 0;
    return 1;
}

/* Length of the overlap of [a, a + la) and [b, b + lb) (<= 0: none). */
static double overlap(double a, double la, double b, double lb)
{
    return fmin(a + la, b + lb) - fmax(a, b);
}

/* The position of placement p along axis ax (0 x, 1 y, 2 z), and its
 * extent there. */
static double pos(const sl_placement *p, int ax)
{
    return ax == 0 ? p->x : ax == 1 ? p->y : p->z;
}

static double ext(const sl_placement *p, int ax)
{
    return ax == 0 ? p->l : ax == 1 ? p->w : p->h;
}

/* Order placements by x, by y, by z. */
static int by_axis(const sl_placement *a, const sl_placement *b, int ax)
{
    double u = pos(a, ax), v = pos(b, ax);
    return (u > v) - (u < v);
}

static int by_x(const void *a, const void *b) { return by_axis(a, b, 0); }
static int by_y(const void *a, const void *b) { return by_axis(a, b, 1); }
static int by_z(const void *a, const void *b) { return by_axis(a, b, 2); }

/* Tolerance of the construction below (mm): its sizes are whole grains,
 * so its positions are sums of them and exact in a double. */
#define SHRINK_TOL 1e-6

/* Give placement p the sides of box t in place of those of box s (both
 * rounded to grains), keeping its corner: the orientation of s whose
 * extents p has, with an allowed side up.  0 if there is none, or a side
 * of t is larger. */
static int shrink_box(sl_placement *p, const box *s, const double t[3])
{
    static const int perm[6][3] = {{0, 1, 2}, {1, 0, 2}, {0, 2, 1},
                                   {2, 0, 1}, {1, 2, 0}, {2, 1, 0}};
    const double e[3] = {p->l, p->w, p->h};
    for (int q = 0; q < 6; q++) {
        const int *pm = perm[q];
        if (fabs(s->d[pm[0]] - e[0]) < SHRINK_TOL &&
            fabs(s->d[pm[1]] - e[1]) < SHRINK_TOL &&
            fabs(s->d[pm[2]] - e[2]) < SHRINK_TOL &&
            strchr(s->vertical, "lwh"[pm[2]])) {
            p->l = t[pm[0]];
            p->w = t[pm[1]];
            p->h = t[pm[2]];
            return t[0] <= s->d[0] && t[1] <= s->d[1] && t[2] <= s->d[2];
        }
    }
    return 0;
}

/* Move each box of a[0..n) towards 0 along axis ax (0: x, 1: y), in
 * order of position, until it touches a box before it that overlaps it
 * across the other two axes, or the wall.  No two boxes come to overlap:
 * a pair that overlaps across the other two axes keeps its order along
 * ax, and any other pair stays apart across one of those axes, which do
 * not move.  O(n^2). */
static void compact(sl_placement *a, size_t n, int ax)
{
    int o = 1 - ax;
    qsort(a, n, sizeof *a, ax == 0 ? by_x : by_y);
    for (size_t i = 0; i < n; i++) {
        double to = 0;
        for (size_t j = 0; j < i; j++)
            if (overlap(pos(&a[i], o), ext(&a[i], o), pos(&a[j], o),
                        ext(&a[j], o)) > SHRINK_TOL &&
                overlap(a[i].z, a[i].h, a[j].z, a[j].h) > SHRINK_TOL)
                to = fmax(to, pos(&a[j], ax) + ext(&a[j], ax));
        if (ax == 0)
            a[i].x = to;
        else
            a[i].y = to;
    }
}

/* Lower each box of a[0..n), in order of base height, onto the highest
 * top beneath it among the boxes kept so far, and keep it only if its
 * whole base then rests on the floor or on kept tops at that height.
 * The kept boxes move to the front; returns how many.  A box only comes
 * down (the boxes beneath it are no taller than before), so none comes to
 * overlap another.  O(n^2). */
static size_t settle(sl_placement *a, size_t n)
{
    size_t kept = 0;
    qsort(a, n, sizeof *a, by_z);
    for (size_t i = 0; i < n; i++) {
        sl_placement b = a[i];
        double covered = 0;
        b.z = 0;
        for (size_t j = 0; j < kept; j++)
            if (overlap(b.x, b.l, a[j].x, a[j].l) > SHRINK_TOL &&
                overlap(b.y, b.w, a[j].y, a[j].w) > SHRINK_TOL)
                b.z = fmax(b.z, a[j].z + a[j].h);
        for (size_t j = 0; b.z > 0 && j < kept; j++) {
            double ox = overlap(b.x, b.l, a[j].x, a[j].l),
                   oy = overlap(b.y, b.w, a[j].y, a[j].w);
            if (ox > 0 && oy > 0 && fabs(a[j].z + a[j].h - b.z) < SHRINK_TOL)
                covered += ox * oy;
        }
        if (b.z == 0 || covered >= b.l * b.w * (1 - 1e-9))
            a[kept++] = b;
    }
    return kept;
}

/* Boxes of layout src[0..n) (box s) that stay, shrunk to box t (sides
 * dt) and compacted along `first` then the other horizontal axis, then
 * settled; checked by sl_pack_validate in space[] (0 when it fails; when
 * the check runs out of memory, SL_ENOMEM, not a count of 0). */
static sl_status shrunk_count(const sl_placement *src, size_t n,
                              const box *s, const box *t,
                              const double dt[3], const double space[3],
                              int first, long *count, sl_error *err)
{
    sl_placement *a = malloc((n ? n : 1) * sizeof *a);
    size_t kept = 0;
    sl_status st = SL_OK;
    *count = 0;
    if (!a)
        return sli_fail(err, SL_ENOMEM, "capacity", "out of memory");
    for (size_t i = 0; i < n; i++) {
        a[kept] = src[i];
        kept += shrink_box(&a[kept], s, dt);
    }
    if (kept == n) { /* every box maps: else no count from it */
        compact(a, kept, first);
        compact(a, kept, 1 - first);
        kept = settle(a, kept);
        sl_error verr;
        st = sl_pack_validate(space[0], space[1], space[2], dt[0], dt[1],
                              dt[2], t->vertical, t->max_stack, a, kept,
                              &verr);
        if (st == SL_OK)
            *count = (long)kept;
        else if (st == SL_ENOMEM) /* not "no count": the caller must know */
            st = sli_fail(err, SL_ENOMEM, "capacity", "%s", verr.what);
        else /* a layout that fails the rules gives no count */
            st = SL_OK;
    }
    free(a);
    return st;
}

/* The layout of box run in L x W x H (sl_pack, as pack_count runs it),
 * from memo (or its shared cache) or packed and kept there (when memory
 * allows); *res is owned by memo or the cache then, else by the caller
 * (*owned = 1). */
static sl_status run_layout(double L, double W, double H, const box *run,
                            sli_pack_memo *memo, const sl_pack_result **res,
                            sl_pack_result *own, int *owned, sl_error *err)
{
    sli_pack_key key;
    sl_pack_options opt;
    sl_status st;
    int keyed;
    *owned = 0;
    run_options(run, 1, &opt);
    keyed = sli_pack_key_make(L, W, H, run->d[0], run->d[1], run->d[2], &opt,
                              &key);
    if (keyed && (*res = memo_find(memo, &key)))
        return SL_OK;
    memset(own, 0, sizeof *own);
    st = sl_pack(L, W, H, run->d[0], run->d[1], run->d[2], &opt, own, err);
    *res = own;
    *owned = 1;
    if (st == SL_OK && keyed && (*res = memo_add(memo, &key, own)))
        *owned = 0;
    else
        *res = own;
    return st;
}

/* The count at (q, mq, step) from the layout at (fq, fmq, fstep) shrunk
 * (see capacity_internal.h). */
sl_status sli_capacity_geometry_shrunk(const sl_container *c,
                                       const sl_cargo *g,
                                       const sl_load_rules *rules, double fq,
                                       double fmq, int fstep, double q,
                                       double mq, int step,
                                       sli_pack_memo *memo, long *units,
                                       sl_error *err)
{
    box s, t, run;
    double fspace[3], space[3], dt[3];
    int done, ready, fready, owned = 0;
    const sl_pack_result *res = NULL;
    sl_pack_result own;
    sl_status st = geometry_inputs(c, g, rules, fq, fmq, units, &done, err);
    if (st == SL_OK && !done)
        st = geometry_inputs(c, g, rules, q, mq, units, &done, err);
    if (st != SL_OK || done || g->npackages != 1 ||
        !g->package[0].vertical[1])
        return st;
    st = prepare(c, g, rules, fq, fmq, fstep, NULL, &s, fspace, &fready, err);
    if (st == SL_OK)
        st = prepare(c, g, rules, q, mq, step, NULL, &t, space, &ready, err);
    if (st != SL_OK || !fready || !ready ||
        !turned_run(&fspace[0], &fspace[1], &fspace[2], &s, &run))
        return st;
    for (int k = 0; k < 3; k++)
        dt[k] = (double)grid_box(t.d[k]) * SLI_CAPACITY_GRAIN;
    st = run_layout(fspace[0], fspace[1], fspace[2], &run, memo, &res, &own,
                    &owned, err);
    for (int first = 0; st == SL_OK && first < 2; first++) {
        long n;
        st = shrunk_count(res->layout, res->nlayout, &run, &t, dt, space,
                          first, &n, err);
        if (st == SL_OK && floor_count(t.units * (double)n) > *units)
            *units = floor_count(t.units * (double)n);
    }
    if (owned)
        sl_pack_result_free(&own);
    return st;
}

/* Grid units of a space of x mm rounded up, of a box side rounded down
 * (the other way from the packer), so that a bound on the grid bounds the
 * true sizes; GRID_MAX + 1 past the grid. */
static long grid_up(double x)
{
    double n = ceil(x / SLI_CAPACITY_GRAIN * (1 - 1e-9));
    return n > (double)GRID_MAX ? GRID_MAX + 1 : (long)n;
}

static long grid_down(double x)
{
    double n = floor(x / SLI_CAPACITY_GRAIN * (1 + 1e-9));
    return n > (double)GRID_MAX ? GRID_MAX + 1 : (long)n;
}

/* The relaxed grid problem of box b in S (grid units, rounded up): box
 * sides rounded down.  Returns 0 when a side is under one grid unit (no
 * grid bound). */
static int relaxed_problem(const long S[3], const box *b, sli_pack3d *p)
{
    memset(p, 0, sizeof *p);
    for (int i = 0; i < 3; i++) {
        p->S[i] = S[i];
        p->d[i] = grid_down(b->d[i]);
        if (p->d[i] < 1)
            return 0;
    }
    sli_parse_vertical(b->vertical, 4, p->vert);
    p->max_stack = b->max_stack;
    p->exact = 1;
    return 1;
}

/* The least of the per-kind bounds on units: ceil(u / units_k) packages of
 * kind k cannot outnumber the bound on kind k alone.  -1: none. */
static double kinds_bound(const sli_pack3d *p, const box *b, size_t nk)
{
    double most = -1;
    for (size_t k = 0; k < nk; k++) {
        double u = b[k].units * (double)sli_pack3d_bound(&p[k]);
        if (most < 0 || u < most)
            most = u;
    }
    return most;
}

/* Relative slack of the bound's floating-point steps: a few rounding
 * errors of a double, so that a product meant to be whole (2.5 x 4) is
 * not floored below it, while a large count gains nothing. */
#define SLACK (8 * DBL_EPSILON)

/* 1 if u units of every kind could share the relaxed space: their
 * packages' volumes fit in it, and (when every kind has a stacking limit)
 * their footprints fit in the floor area times the highest limit (a stack
 * may mix kinds).  SLACK keeps it a bound. */
static int kinds_fit(const sli_pack3d *p, const box *b, size_t nk, double u)
{
    double S = (double)p[0].S[0] * (double)p[0].S[1], vol = 0, foot = 0;
    long stack = 0;
    int unlimited = 0;
    for (size_t k = 0; k < nk; k++) {
        double n = ceil(u / b[k].units * (1 - SLACK)), f = HUGE_VAL;
        vol += n * (double)p[k].d[0] * (double)p[k].d[1] * (double)p[k].d[2];
        for (int v = 0; v < 3; v++)
            if (p[k].vert[v])
                f = fmin(f, (double)p[k].d[(v + 1) % 3] *
                                (double)p[k].d[(v + 2) % 3]);
        foot += n * f;
        if (p[k].max_stack <= 0)
            unlimited = 1;
        else if (p[k].max_stack > stack)
            stack = p[k].max_stack;
    }
    if (vol > S * (double)p[0].S[2] * (1 + SLACK))
        return 0;
    return unlimited || foot <= S * (double)stack * (1 + SLACK);
}

/* Proven upper bound on units (see capacity_internal.h). */
sl_status sli_capacity_geometry_bound(const sl_container *c,
                                      const sl_cargo *g,
                                      const sl_load_rules *rules, long *units,
                                      sl_error *err)
{
    box b[SL_CARGO_PACKAGES_MAX];
    sli_pack3d p[SL_CARGO_PACKAGES_MAX];
    double space[3], lo = 0, hi;
    long S[3];
    int done, ready;
    sl_status st = geometry_inputs(c, g, rules, 0.0, 0.0, units, &done, err);
    if (st != SL_OK || done)
        return st;
    st = prepare(c, g, rules, 0.0, 0.0, INT_MAX, NULL, b, space, &ready, err);
    if (st != SL_OK || !ready)
        return st;
    for (int i = 0; i < 3; i++)
        S[i] = grid_up(space[i]);
    for (size_t k = 0; k < g->npackages; k++)
        if (!relaxed_problem(S, &b[k], &p[k])) {
            *units = -1;
            return SL_OK;
        }
    hi = floor(kinds_bound(p, b, g->npackages) * (1 + SLACK));
    if (hi > 9007199254740992.0) { /* past whole doubles: no search */
        *units = floor_count(hi);
        return SL_OK;
    }
    while (lo < hi) { /* the most u that kinds_fit admits */
        double mid = floor(lo + (hi - lo + 1) / 2);
        if (kinds_fit(p, b, g->npackages, mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    *units = floor_count(lo);
    return SL_OK;
}

/* Which limit binds, from the two limits (see pack.h). */
static sl_binding binding_of(const sl_cargo *g, long by_weight,
                             long by_geometry)
{
    if (!g->munition)
        return SL_BIND_NONE;
    if (by_geometry < 0)
        return SL_BIND_WEIGHT;
    if (by_geometry == 0)
        return SL_BIND_NONE;
    if (by_weight < by_geometry)
        return SL_BIND_WEIGHT;
    return by_weight > by_geometry ? SL_BIND_GEOMETRY : SL_BIND_BOTH;
}

/* Capacity at nominal figures (see pack.h). */
sl_status sl_capacity_nominal(const sl_container *c, const sl_cargo *g,
                              const sl_load_rules *rules, sl_capacity *out,
                              sl_error *err)
{
    long by_geometry;
    sl_status st;
    if (!out)
        return sli_fail(err, SL_EINVAL, "out", "out is NULL");
    st = sli_capacity_geometry(c, g, rules, -1.0, &by_geometry, err);
    if (st != SL_OK)
        return st;
    return sli_capacity_with_geometry(c, g, rules, by_geometry, out, err);
}

/* Capacity at nominal figures from the nominal geometry limit (see
 * capacity_internal.h). */
sl_status sli_capacity_with_geometry(const sl_container *c, const sl_cargo *g,
                                     const sl_load_rules *rules,
                                     long by_geometry, sl_capacity *out,
                                     sl_error *err)
{
    sl_capacity r;
    memset(&r, 0, sizeof r);
    r.by_geometry = by_geometry;
    sli_strlcpy(r.container, c->id, sizeof r.container);
    sli_strlcpy(r.cargo, g->id, sizeof r.cargo);
    r.payload = sli_capacity_payload(c->max_gross.nominal, c->tare.nominal,
                                     g, rules);
    r.unit_gross = sl_cargo_unit_gross(g);
    r.by_weight = sli_capacity_by_weight(r.payload, r.unit_gross);
    /* counts above 2^53 are not exact in a double, and LONG_MAX is a
     * saturated quotient: an error, not a number */
    if (r.unit_gross > 0 && r.payload / r.unit_gross > 9007199254740992.0)
        return sli_fail(err, SL_EOVERFLOW, "capacity",
                        "%s in %s: %.3g kg of payload over %.3g kg per unit "
                        "is more than 2^53 units; check the masses",
                        g->id, c->id, r.payload, r.unit_gross);
    r.count = r.by_geometry < 0 || r.by_weight < r.by_geometry
                  ? r.by_weight
                  : r.by_geometry;
    r.binding = binding_of(g, r.by_weight, r.by_geometry);
    *out = r;
    return SL_OK;
}
