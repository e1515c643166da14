/* lib/model.c - compile a scenario into a sampling model (see model.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <gsl/gsl_randist.h>
#include "model.h"
#include "capacity_internal.h"

/* Binomial splits with n p (1 - p) above this use the normal
 * approximation (error tested in tests/test_estimate.c). */
#define SLI_BINOM_NORMAL_VAR 100.0

/* Families whose exact inverse is cheap enough per draw. */
static int exact_is_cheap(const sl_dist *d)
{
    return d->kind == SL_DIST_CONST || d->kind == SL_DIST_UNIFORM ||
           d->kind == SL_DIST_TRIANGULAR || d->kind == SL_DIST_CHOICE;
}

/* The quantiles of d at k / SLI_QTABLE, k = 0..SLI_QTABLE (NULL: out of
 * memory). */
static double *quantile_table(const sl_dist *d)
{
    double *t = malloc((SLI_QTABLE + 1) * sizeof *t);
    if (!t)
        return NULL;
    for (size_t k = 0; k <= SLI_QTABLE; k++)
        t[k] = sl_dist_quantile(d, (double)k / SLI_QTABLE);
    return t;
}

/* A uniform in [0, 1): gsl_rng_uniform's body, without the library call
 * (the gsl_rng struct is public; the sampler draws 20 to 30 per sample). */
static inline double uniform01(const gsl_rng *r)
{
    return r->type->get_double(r->state);
}

/* F^-1(u) through `table` (linear interpolation; exact in an outermost
 * interval whose end is infinite, so unbounded tails are kept), or exactly
 * when table is NULL. */
static inline double table_quantile(const sl_dist *d, const double *table, double u)
{
    double x, f;
    size_t k;
    if (d->kind == SL_DIST_UNIFORM) {
        /* sl_dist_quantile's formula, without the call */
        x = d->a + u * (d->b - d->a);
        return x < d->lo ? d->lo : x > d->hi ? d->hi : x;
    }
    if (!table)
        return sl_dist_quantile(d, u);
    x = u * SLI_QTABLE;
    k = (size_t)x;
    if (k >= SLI_QTABLE)
        k = SLI_QTABLE - 1;
    /* an infinite end (unbounded tail): the exact inverse there */
    if ((k == 0 && isinf(table[0])) ||
        (k == SLI_QTABLE - 1 && isinf(table[SLI_QTABLE])))
        return sl_dist_quantile(d, u);
    f = x - (double)k;
    return table[k] + f * (table[k + 1] - table[k]);
}

/* Append an input for an uncertain distribution; fixed ones are skipped. */
static sl_status add_input(sli_model *m, size_t *cap, const char *name,
                           sli_target t, size_t a, size_t b,
                           const sl_dist *d, sl_error *err)
{
    sli_input *in;
    if (sl_dist_is_const(d))
        return SL_OK;
    if (m->ninputs == *cap) {
        size_t ncap = *cap ? 2 * *cap : 16;
        sli_input *p = realloc(m->inputs, ncap * sizeof *p);
        if (!p)
            return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
        m->inputs = p;
        *cap = ncap;
    }
    in = &m->inputs[m->ninputs];
    memset(in, 0, sizeof *in);
    sli_strlcpy(in->name, name, sizeof in->name);
    in->target = t;
    in->a = a;
    in->b = b;
    in->dist = *d;
    if (!exact_is_cheap(d) && !(in->table = quantile_table(d)))
        return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
    m->ninputs++;
    return SL_OK;
}

/* The value of input `in` at uniform u. */
static double input_value(const sli_input *in, double u)
{
    return table_quantile(&in->dist, in->table, u);
}

/* Add the inputs of container type t. */
static sl_status type_inputs(sli_model *m, size_t *cap, size_t t,
                             const sl_dist *share, sl_error *err)
{
    const sl_container *c = m->types[t].c;
    char name[160];
    sl_status s;
    snprintf(name, sizeof name, "share:%s", c->id);
    if (!m->types[t].rest &&
        (s = add_input(m, cap, name, SLI_T_TSHARE, t, 0, share, err)))
        return s;
    snprintf(name, sizeof name, "%s.tare", c->id);
    if ((s = add_input(m, cap, name, SLI_T_TARE, t, 0, &c->tare.dist, err)))
        return s;
    snprintf(name, sizeof name, "%s.max_gross", c->id);
    return add_input(m, cap, name, SLI_T_GROSS, t, 0, &c->max_gross.dist,
                     err);
}

/* 1 if any dimension of any package of g is uncertain. */
static int package_size_uncertain(const sl_cargo *g)
{
    for (size_t k = 0; k < g->npackages; k++) {
        const sl_package *p = &g->package[k];
        if (!sl_dist_is_const(&p->length.dist) ||
            !sl_dist_is_const(&p->width.dist) ||
            !sl_dist_is_const(&p->height.dist))
            return 1;
    }
    return 0;
}

/* Add the inputs of cargo type c. */
static sl_status cargo_inputs(sli_model *m, size_t *cap, size_t c,
                              const sl_dist *share, sl_error *err)
{
    sli_cargo *k = &m->cargo[c];
    const sl_cargo *g = k->g;
    char name[160];
    sl_status s;
    snprintf(name, sizeof name, "share:%s", g->id);
    if (!k->rest &&
        (s = add_input(m, cap, name, SLI_T_CSHARE, c, 0, share, err)))
        return s;
    if (!k->munition)
        return SL_OK;
    if (!k->packaged) {
        snprintf(name, sizeof name, "%s.unit_mass", g->id);
        return add_input(m, cap, name, SLI_T_UNIT_MASS, c, 0,
                         &g->unit_mass.dist, err);
    }
    for (size_t p = 0; p < g->npackages; p++) {
        snprintf(name, sizeof name, "%s.package[%zu].gross", g->id, p);
        if ((s = add_input(m, cap, name, SLI_T_PKG_GROSS, c, p,
                           &g->package[p].gross.dist, err)))
            return s;
    }
    if (package_size_uncertain(g) && m->levels > 1) {
        sl_dist lv;
        sl_error e2;
        /* The level is uniform over [0, 1); it indexes the geometry table. */
        if (sl_dist_set_uniform(&lv, 0.0, 1.0, 0.0, 1.0, &e2) != SL_OK)
            return sli_fail(err, SL_EINVAL, "estimate", "%s", e2.what);
        snprintf(name, sizeof name, "%s.package_size", g->id);
        if ((s = add_input(m, cap, name, SLI_T_LEVEL, c, 0, &lv, err)))
            return s;
        k->level_input = 1;
    }
    return SL_OK;
}

/* Geometry at q for (type t, cargo c), reusing a type with the same
 * interior and door, and any packer count found before (memo). */
static sl_status fill_geometry(sli_model *m, const sl_load_rules *rules,
                               sli_pack_memo *memo, sl_error *err)
{
    size_t stride = SLI_GEO_STRIDE(m);
    for (size_t t = 0; t < m->ntypes; t++) {
        const sl_container *a = m->types[t].c;
        size_t same = t;
        for (size_t u = 0; u < t; u++) {
            const sl_container *b = m->types[u].c;
            if (a->length.nominal == b->length.nominal &&
                a->width.nominal == b->width.nominal &&
                a->height.nominal == b->height.nominal &&
                a->door_width.nominal == b->door_width.nominal &&
                a->door_height.nominal == b->door_height.nominal) {
                same = u;
                break;
            }
        }
        for (size_t c = 0; c < m->ncargo; c++) {
            long *dst = m->geo + (t * m->ncargo + c) * stride;
            if (same != t) {
                memcpy(dst, m->geo + (same * m->ncargo + c) * stride,
                       stride * sizeof *dst);
                continue;
            }
            for (size_t k = 0; k < stride; k++) {
                double q = k < (size_t)m->levels
                               ? ((double)k + 0.5) / m->levels
                               : k == (size_t)m->levels     ? 0.0
                               : k == (size_t)m->levels + 1 ? 1.0
                                                            : -1.0;
                sl_status s;
                if (!m->cargo[c].level_input && k > 0) {
                    dst[k] = dst[0];
                    continue;
                }
                if (!m->cargo[c].level_input)
                    q = -1.0; /* nominal */
                s = sli_capacity_geometry_memo(a, m->cargo[c].g, rules, q,
                                               memo, &dst[k], err);
                if (s)
                    return s;
            }
        }
    }
    return SL_OK;
}

/* Copy the fixed values of types and cargo from the scenario. */
static void fixed_values(sli_model *m)
{
    for (size_t t = 0; t < m->ntypes; t++) {
        const sl_dist *share;
        int rest;
        sli_type *y = &m->types[t];
        y->c = sl_scenario_container_type(m->sc, t, &share, &rest);
        y->rest = rest;
        y->share = rest ? 0.0 : sl_dist_mean(share);
        y->tare = y->c->tare.nominal;
        y->gross = y->c->max_gross.nominal;
    }
    for (size_t c = 0; c < m->ncargo; c++) {
        const sl_dist *share;
        int rest;
        sli_cargo *k = &m->cargo[c];
        k->g = sl_scenario_cargo_type(m->sc, c, &share, &rest);
        k->rest = rest;
        k->share = rest ? 0.0 : sl_dist_mean(share);
        k->packaged = k->g->kind == SL_CARGO_PACKAGED;
        k->munition = k->g->munition;
        k->unit_mass = k->g->unit_mass.nominal;
        for (size_t p = 0; p < k->g->npackages; p++) {
            k->pkg_gross[p] = k->g->package[p].gross.nominal;
            k->pkg_units[p] = k->g->package[p].units;
        }
    }
}

sl_status sli_model_build(sli_model *m, const sl_scenario *sc,
                          const sl_options *opt, sl_error *err)
{
    size_t cap = 0;
    sl_status s;
    const sl_dist *nd;
    const sl_load_rules *rules;

    memset(m, 0, sizeof *m);
    m->sc = sc;
    m->ntypes = sl_scenario_container_type_count(sc);
    m->ncargo = sl_scenario_cargo_type_count(sc);
    m->ncells = m->ntypes * m->ncargo;
    m->levels = opt->geometry_levels;
    m->clt_threshold = opt->clt_threshold;
    nd = sl_scenario_containers(sc, &m->n_qual);
    rules = sl_scenario_load_rules(sc);
    if (!nd)
        return sli_fail(err, SL_ESTATE, "containers",
                        "no container count set; give one (e.g. 10000)");
    if (m->ntypes == 0 || m->ncargo == 0)
        return sli_fail(err, SL_ESTATE, m->ntypes ? "cargo" : "container_types",
                        "the scenario names no %s",
                        m->ntypes ? "cargo type" : "container type");
    if (m->ntypes > SLI_KINDS_MAX || m->ncargo > SLI_KINDS_MAX)
        return sli_fail(err, SL_ERANGE,
                        m->ntypes > SLI_KINDS_MAX ? "container_types" : "cargo",
                        "at most %d container types and %d cargo types",
                        SLI_KINDS_MAX, SLI_KINDS_MAX);
    m->types = calloc(m->ntypes, sizeof *m->types);
    m->cargo = calloc(m->ncargo, sizeof *m->cargo);
    m->geo = malloc(m->ncells * SLI_GEO_STRIDE(m) * sizeof *m->geo);
    if (!m->types || !m->cargo || !m->geo)
        return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
    fixed_values(m);
    m->n_fixed = sl_dist_quantile(nd, 0.5);
    m->fill = *sl_scenario_fill(sc);
    m->fill_const = sl_dist_is_const(&m->fill);
    m->fill_mean = sl_dist_mean(&m->fill);
    m->fill_sd = sqrt(sl_dist_variance(&m->fill));
    /* small cells draw each container's fill by inversion */
    if (!m->fill_const && !exact_is_cheap(&m->fill) &&
        !(m->fill_table = quantile_table(&m->fill)))
        return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
    m->dunnage = rules->dunnage;

    if ((s = add_input(m, &cap, "containers", SLI_T_CONTAINERS, 0, 0, nd,
                       err)))
        return s;
    for (size_t t = 0; t < m->ntypes; t++) {
        const sl_dist *share;
        sl_scenario_container_type(sc, t, &share, NULL);
        if ((s = type_inputs(m, &cap, t, share, err)))
            return s;
    }
    for (size_t c = 0; c < m->ncargo; c++) {
        const sl_dist *share;
        sl_scenario_cargo_type(sc, c, &share, NULL);
        if ((s = cargo_inputs(m, &cap, c, share, err)))
            return s;
    }
    {
        sli_pack_memo memo = {0};
        s = fill_geometry(m, rules, &memo, err);
        sli_pack_memo_free(&memo);
    }
    return s;
}

void sli_model_free(sli_model *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->ninputs; i++)
        free(m->inputs[i].table);
    free(m->inputs);
    free(m->types);
    free(m->cargo);
    free(m->geo);
    free(m->fill_table);
    memset(m, 0, sizeof *m);
}

sl_status sli_draw_alloc(const sli_model *m, sli_draw *d)
{
    size_t nt = m->ntypes, nc = m->ncargo, k = m->ncells;
    memset(d, 0, sizeof *d);
    d->tshare = malloc(nt * sizeof *d->tshare);
    d->tare = malloc(nt * sizeof *d->tare);
    d->gross = malloc(nt * sizeof *d->gross);
    d->cshare = malloc(nc * sizeof *d->cshare);
    d->ugross = malloc(nc * sizeof *d->ugross);
    d->level = malloc(nc * sizeof *d->level);
    d->umass = malloc(nc * sizeof *d->umass);
    d->pgross = malloc(nc * SL_CARGO_PACKAGES_MAX * sizeof *d->pgross);
    d->cargo_total = malloc(nc * sizeof *d->cargo_total);
    d->clt = malloc(4 * nc * sizeof *d->clt);
    d->cellp = malloc(k * sizeof *d->cellp);
    d->celln = malloc(k * sizeof *d->celln);
    d->pooled = malloc(k * sizeof *d->pooled);
    d->pool = malloc(nc * sizeof *d->pool);
    d->cap = malloc(k * sizeof *d->cap);
    d->u = malloc((m->ninputs ? m->ninputs : 1) * sizeof *d->u);
    if (!d->tshare || !d->tare || !d->gross || !d->cshare || !d->ugross ||
        !d->level || !d->umass || !d->pgross || !d->cargo_total || !d->clt || !d->cellp || !d->celln || !d->cap ||
        !d->pooled || !d->pool || !d->u) {
        sli_draw_free(d);
        return SL_ENOMEM;
    }
    return SL_OK;
}

void sli_draw_free(sli_draw *d)
{
    if (!d)
        return;
    free(d->tshare);
    free(d->tare);
    free(d->gross);
    free(d->cshare);
    free(d->ugross);
    free(d->level);
    free(d->umass);
    free(d->pgross);
    free(d->cargo_total);
    free(d->clt);
    free(d->cellp);
    free(d->celln);
    free(d->pooled);
    free(d->pool);
    free(d->cap);
    free(d->u);
    memset(d, 0, sizeof *d);
}

/* Set the "rest" share so the shares sum to 1 (never below 0). */
static void settle_rest(double *share, size_t n, size_t rest)
{
    double sum = 0.0;
    if (rest >= n)
        return;
    for (size_t i = 0; i < n; i++)
        if (i != rest)
            sum += share[i];
    share[rest] = sum < 1.0 ? 1.0 - sum : 0.0;
}

void sli_model_set(const sli_model *m, const double *u, sli_draw *d)
{
    size_t trest = m->ntypes, crest = m->ncargo;
    d->n = m->n_fixed;
    for (size_t t = 0; t < m->ntypes; t++) {
        d->tshare[t] = m->types[t].share;
        d->tare[t] = m->types[t].tare;
        d->gross[t] = m->types[t].gross;
        if (m->types[t].rest)
            trest = t;
    }
    for (size_t c = 0; c < m->ncargo; c++) {
        d->cshare[c] = m->cargo[c].share;
        d->level[c] = -1;
        d->umass[c] = m->cargo[c].unit_mass;
        memcpy(d->pgross + c * SL_CARGO_PACKAGES_MAX, m->cargo[c].pkg_gross,
               sizeof m->cargo[c].pkg_gross);
        if (m->cargo[c].rest)
            crest = c;
    }
    for (size_t i = 0; u && i < m->ninputs; i++) {
        const sli_input *in = &m->inputs[i];
        double x = input_value(in, u[i]);
        switch (in->target) {
        case SLI_T_CONTAINERS: d->n = floor(x + 0.5); break;
        case SLI_T_TSHARE: d->tshare[in->a] = x; break;
        case SLI_T_CSHARE: d->cshare[in->a] = x; break;
        case SLI_T_TARE: d->tare[in->a] = x; break;
        case SLI_T_GROSS: d->gross[in->a] = x; break;
        case SLI_T_UNIT_MASS: d->umass[in->a] = x; break;
        case SLI_T_PKG_GROSS:
            d->pgross[in->a * SL_CARGO_PACKAGES_MAX + in->b] = x;
            break;
        case SLI_T_LEVEL: {
            int k = (int)(x * m->levels);
            d->level[in->a] = k < m->levels ? k : m->levels - 1;
            break;
        }
        }
    }
    settle_rest(d->tshare, m->ntypes, trest);
    settle_rest(d->cshare, m->ncargo, crest);
    for (size_t c = 0; c < m->ncargo; c++) {
        const sli_cargo *k = &m->cargo[c];
        const double *pg = d->pgross + c * SL_CARGO_PACKAGES_MAX;
        if (!k->packaged) {
            d->ugross[c] = d->umass[c];
            continue;
        }
        d->ugross[c] = 0.0;
        for (size_t p = 0; p < k->g->npackages; p++)
            d->ugross[c] += pg[p] / k->pkg_units[p];
    }
}

void sli_model_capacity(const sli_model *m, sli_draw *d)
{
    size_t stride = SLI_GEO_STRIDE(m);
    for (size_t t = 0; t < m->ntypes; t++) {
        for (size_t c = 0; c < m->ncargo; c++) {
            const sli_cargo *k = &m->cargo[c];
            size_t cell = t * m->ncargo + c;
            double payload, w, cap;
            const long *g = m->geo + cell * stride;
            long geo;
            if (!k->munition) {
                d->cap[cell] = 0.0; /* carries no munitions */
                continue;
            }
            payload = d->gross[t] - d->tare[t] -
                      (k->packaged ? m->dunnage : 0.0);
            w = payload > 0 ? floor(payload / d->ugross[c]) : 0.0;
            geo = g[d->level[c] >= 0 ? (size_t)d->level[c] : stride - 1];
            cap = (geo >= 0 && (double)geo < w) ? (double)geo : w;
            d->cap[cell] = cap;
        }
    }
}

/* One binomial draw; normal approximation for large variance. */
static unsigned draw_binomial(gsl_rng *r, double p, unsigned n)
{
    double var, x;
    if (n == 0 || p <= 0.0)
        return 0;
    if (p >= 1.0)
        return n;
    var = (double)n * p * (1.0 - p);
    if (var <= SLI_BINOM_NORMAL_VAR)
        return gsl_ran_binomial(r, p, n);
    x = floor((double)n * p + sqrt(var) * gsl_ran_gaussian_ziggurat(r, 1.0) +
              0.5);
    if (x < 0.0)
        return 0;
    return x > (double)n ? n : (unsigned)x;
}

/* Sum of the fills of n <= clt_threshold containers, one draw each (by
 * inversion through the fill's quantile table). */
static double fill_sum_exact(const sli_model *m, gsl_rng *r, unsigned n)
{
    double s = 0.0;
    for (unsigned i = 0; i < n; i++)
        s += table_quantile(&m->fill, m->fill_table, uniform01(r));
    return s;
}

/* Add the units of n containers of capacity cap to cargo c: exactly for
 * small cells, else into the cargo's normal approximation (clt[4 c ..]:
 * mean, variance, lowest, highest), drawn once per cargo. */
static void add_cell(const sli_model *m, gsl_rng *r, sli_draw *d, size_t c,
                     unsigned n, double cap)
{
    double *a = d->clt + 4 * c;
    if (m->fill_const) {
        d->cargo_total[c] += cap * n * m->fill_mean;
        return;
    }
    if (n <= m->clt_threshold) {
        d->cargo_total[c] += cap * fill_sum_exact(m, r, n);
        return;
    }
    a[0] += cap * n * m->fill_mean;
    a[1] += cap * cap * n * m->fill_sd * m->fill_sd;
    a[2] += cap * n * m->fill.lo;
    a[3] += cap * n * m->fill.hi;
}

/* One normal draw per cargo for its large cells (a sum of independent
 * normals is normal), clipped to the cells' physical range. */
static void draw_clt(const sli_model *m, gsl_rng *r, sli_draw *d)
{
    for (size_t c = 0; c < m->ncargo; c++) {
        const double *a = d->clt + 4 * c;
        double s;
        if (a[1] <= 0.0) {
            d->cargo_total[c] += a[0];
            continue;
        }
        s = a[0] + sqrt(a[1]) * gsl_ran_gaussian_ziggurat(r, 1.0);
        d->cargo_total[c] += s < a[2] ? a[2] : s > a[3] ? a[3] : s;
    }
}

/* Cell of probability p (capacity cap) among n containers is pooled,
 * i.e. drawn in the vector normal, when both parts of it would be normal
 * under the rules of each alone, judged on its marginal count Bin(n, p):
 * the expected count is above clt_threshold (its fill sum) and the count's
 * variance above SLI_BINOM_NORMAL_VAR (its count).  A cell that carries
 * nothing (capacity 0) is always pooled: it only takes containers. */
static int cell_pooled(const sli_model *m, double n, double p, double cap)
{
    double mean = n * p;
    if (!(cap > 0.0))
        return 1;
    return mean > (double)m->clt_threshold &&
           mean * (1.0 - p) > SLI_BINOM_NORMAL_VAR;
}

/* Split the containers: the cells that are not pooled first, by
 * sequential binomials in cell order (the multinomial may be drawn in any
 * order), adding their units as in add_cell; the pooled cells are marked in
 * d->pooled.  Returns the containers left to the pooled cells, *ppool
 * their total probability (0: no pooled cell, the last cell took the
 * rest). */
static unsigned split_small(const sli_model *m, gsl_rng *r, sli_draw *d,
                            double *ppool)
{
    unsigned remaining = (unsigned)d->n;
    double left = 1.0, pool = 0.0;
    size_t last = m->ncells;
    for (size_t k = 0; k < m->ncells; k++) {
        double p = d->tshare[k / m->ncargo] * d->cshare[k % m->ncargo];
        d->cellp[k] = p;
        d->pooled[k] = (unsigned char)cell_pooled(m, d->n, p, d->cap[k]);
        if (d->pooled[k])
            pool += p;
        else
            last = k;
    }
    for (size_t k = 0; k < m->ncells; k++) {
        unsigned nk;
        if (d->pooled[k])
            continue;
        if ((k == last && !(pool > 0.0)) || left <= 0.0)
            nk = remaining;
        else
            nk = draw_binomial(r, d->cellp[k] / left, remaining);
        left -= d->cellp[k];
        remaining -= nk;
        d->celln[k] = nk;
        if (nk)
            add_cell(m, r, d, k % m->ncargo, nk, d->cap[k]);
    }
    *ppool = pool;
    return remaining;
}

/* Move each x[i] within [lo[i], hi[i]] so that their sum lies in
 * [tlo, thi]: the excess (or shortfall) is shared in proportion to each
 * one's room, which suffices when the sum of lo is at most tlo and the sum
 * of hi at least thi. */
static void settle_sum(sli_pool *v, size_t n, double tlo, double thi)
{
    double sum = 0.0, room = 0.0;
    for (size_t c = 0; c < n; c++)
        sum += v[c].x;
    if (sum > thi) {
        for (size_t c = 0; c < n; c++)
            room += v[c].x - v[c].lo;
        for (size_t c = 0; room > 0.0 && c < n; c++)
            v[c].x -= (sum - thi) * (v[c].x - v[c].lo) / room;
    } else if (sum < tlo) {
        for (size_t c = 0; c < n; c++)
            room += v[c].hi - v[c].x;
        for (size_t c = 0; room > 0.0 && c < n; c++)
            v[c].x += (tlo - sum) * (v[c].hi - v[c].x) / room;
    }
}

/* Per cargo, the moments of one pooled container's units Y_c (cell
 * probabilities renormalised over the pooled cells) and the capacity
 * range of its pooled cells; *cmin and *cmax over every pooled cell. */
static void pool_moments(const sli_model *m, const sli_draw *d, double pool,
                         double *cmin, double *cmax, size_t *ncells)
{
    double mu = m->fill_mean, f2 = m->fill_sd * m->fill_sd + mu * mu;
    *cmin = HUGE_VAL;
    *cmax = 0.0;
    *ncells = 0;
    for (size_t c = 0; c < m->ncargo; c++) {
        sli_pool *v = &d->pool[c];
        v->m1 = v->m2 = 0.0;
        v->caplo = HUGE_VAL;
        v->caphi = 0.0;
        v->cells = 0;
    }
    for (size_t k = 0; k < m->ncells; k++) {
        sli_pool *v = &d->pool[k % m->ncargo];
        double q = d->cellp[k] / pool, cap = d->cap[k];
        if (!d->pooled[k])
            continue;
        v->m1 += q * cap * mu;
        v->m2 += q * cap * cap * f2;
        v->caplo = cap < v->caplo ? cap : v->caplo;
        v->caphi = cap > v->caphi ? cap : v->caphi;
        v->cells++;
        *cmin = cap < *cmin ? cap : *cmin;
        *cmax = cap > *cmax ? cap : *cmax;
        ++*ncells;
    }
}

/* The units of np containers spread over the pooled cells, added to the
 * cargo totals: one multivariate normal over the cargos with mean np m1
 * and covariance np (diag(m2) - m1 m1^T), drawn with one standard normal
 * per cargo as np m1 + sqrt(np) D^1/2 (z - beta s (s^T z)), D = diag(m2),
 * s = D^-1/2 m1, beta = 1 / (1 + sqrt(1 - |s|^2)), since
 * (I - beta s s^T)^2 = I - s s^T.  Each cargo is clipped to its physical
 * range, and the sum to the pooled containers' range (docs/method.md). */
static void draw_pooled(const sli_model *m, gsl_rng *r, sli_draw *d,
                        unsigned np, double pool)
{
    double a = 0.0, sz = 0.0, beta, cmin, cmax, n = (double)np;
    size_t ncells;
    if (!np || !(pool > 0.0))
        return;
    pool_moments(m, d, pool, &cmin, &cmax, &ncells);
    for (size_t c = 0; c < m->ncargo; c++) {
        sli_pool *v = &d->pool[c];
        v->s = v->m2 > 0.0 ? v->m1 / sqrt(v->m2) : 0.0;
        a += v->s * v->s;
    }
    beta = 1.0 / (1.0 + sqrt(a < 1.0 ? 1.0 - a : 0.0));
    for (size_t c = 0; c < m->ncargo; c++) {
        sli_pool *v = &d->pool[c];
        v->z = v->m2 > 0.0 ? gsl_ran_gaussian_ziggurat(r, 1.0) : 0.0;
        sz += v->s * v->z;
    }
    for (size_t c = 0; c < m->ncargo; c++) {
        sli_pool *v = &d->pool[c];
        double x = n * v->m1 +
                   sqrt(n * v->m2) * (v->z - beta * v->s * sz);
        v->lo = v->cells == ncells ? n * m->fill.lo * v->caplo : 0.0;
        v->hi = v->cells ? n * m->fill.hi * v->caphi : 0.0;
        v->x = x < v->lo ? v->lo : x > v->hi ? v->hi : x;
    }
    settle_sum(d->pool, m->ncargo, n * m->fill.lo * cmin,
               n * m->fill.hi * cmax);
    for (size_t c = 0; c < m->ncargo; c++)
        d->cargo_total[c] += d->pool[c].x;
}

double sli_model_sample(const sli_model *m, gsl_rng *r, sli_draw *d)
{
    double total = 0.0, pool;
    unsigned np;
    for (size_t i = 0; i < m->ninputs; i++)
        d->u[i] = uniform01(r);
    sli_model_set(m, d->u, d);
    sli_model_capacity(m, d);
    memset(d->cargo_total, 0, m->ncargo * sizeof *d->cargo_total);
    memset(d->clt, 0, 4 * m->ncargo * sizeof *d->clt);
    np = split_small(m, r, d, &pool);
    draw_clt(m, r, d);
    draw_pooled(m, r, d, np, pool);
    for (size_t c = 0; c < m->ncargo; c++)
        total += d->cargo_total[c];
    return total;
}

/* Lower and upper end of a share's support; "rest" from the others. */
static void share_range(const sl_dist *const *share, const int *rest,
                        size_t n, size_t i, double *lo, double *hi)
{
    if (!rest[i]) {
        *lo = share[i]->lo;
        *hi = share[i]->hi;
        return;
    }
    double slo = 0.0, shi = 0.0;
    for (size_t j = 0; j < n; j++)
        if (j != i) {
            slo += share[j]->lo;
            shi += share[j]->hi;
        }
    *hi = slo < 1.0 ? 1.0 - slo : 0.0;
    *lo = shi < 1.0 ? 1.0 - shi : 0.0;
}

void sli_model_cell_range(const sli_model *m, size_t t, size_t c, double *lo,
                       double *hi)
{
    const sl_container *ct = m->types[t].c;
    const sli_cargo *k = &m->cargo[c];
    size_t stride = SLI_GEO_STRIDE(m);
    const long *g = m->geo + (t * m->ncargo + c) * stride;
    double d = k->packaged ? m->dunnage : 0.0;
    double pmin = ct->max_gross.dist.lo - ct->tare.dist.hi - d;
    double pmax = ct->max_gross.dist.hi - ct->tare.dist.lo - d;
    double umin = 0.0, umax = 0.0, wmin, wmax, gmin = -1, gmax = -1;
    if (!k->munition) {
        *lo = *hi = 0.0;
        return;
    }
    if (!k->packaged) {
        umin = k->g->unit_mass.dist.lo;
        umax = k->g->unit_mass.dist.hi;
    } else {
        for (size_t p = 0; p < k->g->npackages; p++) {
            umin += k->g->package[p].gross.dist.lo / k->pkg_units[p];
            umax += k->g->package[p].gross.dist.hi / k->pkg_units[p];
        }
    }
    wmin = pmin > 0 ? floor(pmin / umax) : 0.0;
    wmax = pmax > 0 ? (umin > 0 ? floor(pmax / umin) : HUGE_VAL) : 0.0;
    for (size_t j = 0; j < stride; j++) {
        if (g[j] < 0)
            continue;
        if (gmin < 0 || g[j] < gmin)
            gmin = (double)g[j];
        if (g[j] > gmax)
            gmax = (double)g[j];
    }
    *lo = (gmin >= 0 && gmin < wmin) ? gmin : wmin;
    *hi = (gmax >= 0 && gmax < wmax) ? gmax : wmax;
}

void sli_model_bounds(const sli_model *m, double *min, double *max)
{
    const sl_dist *tsh[SLI_KINDS_MAX], *csh[SLI_KINDS_MAX];
    int tr[SLI_KINDS_MAX], cr[SLI_KINDS_MAX];
    double nlo, nhi, cmin = HUGE_VAL, cmax = 0.0;
    sl_qualifier q;
    const sl_dist *nd = sl_scenario_containers(m->sc, &q);
    size_t nt = m->ntypes;
    size_t nc = m->ncargo;
    nlo = floor(nd->lo + 0.5);
    nhi = floor(nd->hi + 0.5);
    for (size_t t = 0; t < nt; t++)
        sl_scenario_container_type(m->sc, t, &tsh[t], &tr[t]);
    for (size_t c = 0; c < nc; c++)
        sl_scenario_cargo_type(m->sc, c, &csh[c], &cr[c]);
    for (size_t t = 0; t < nt; t++) {
        double tlo, thi;
        share_range(tsh, tr, nt, t, &tlo, &thi);
        if (thi <= 0.0)
            continue;
        for (size_t c = 0; c < nc; c++) {
            double clo, chi, lo, hi;
            share_range(csh, cr, nc, c, &clo, &chi);
            if (chi <= 0.0)
                continue;
            sli_model_cell_range(m, t, c, &lo, &hi);
            if (lo < cmin)
                cmin = lo;
            if (hi > cmax)
                cmax = hi;
        }
    }
    if (cmin == HUGE_VAL)
        cmin = 0.0;
    *min = nlo * m->fill.lo * cmin;
    *max = nhi * m->fill.hi * cmax;
    if (cmax == 0.0 || m->fill.hi == 0.0)
        *max = 0.0;
}
