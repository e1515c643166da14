/* lib/model.c - compile a scenario into a sampling model (see model.h). */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include "model.h"
#include "capacity_internal.h"

/* Binomial splits with n p (1 - p) above this use the normal
 * approximation (error tested in tests/test_estimate.c). */
#define SLI_BINOM_NORMAL_VAR 100.0

/* A cell's fill sum is drawn fill by fill up to this many containers (and
 * up to clt_threshold), above it by one corrected normal draw; the cut
 * comes from the accuracy check in docs/method.md 1.2
 * (bench/bench_fillsum.c). */
#define SLI_FILL_EXACT_MAX 16

/* The corrected normal stands for a sum of n fills only while the sum's
 * skewness |g1| / sqrt(n) is at most this (more skewed fills keep their
 * exact draws up to clt_threshold containers). */
#define SLI_FILL_SKEW_MAX 0.3

/* Families whose exact inverse is cheap enough per draw. */
static int exact_is_cheap(const sl_dist *d)
{
    return d->kind == SL_DIST_CONST || d->kind == SL_DIST_UNIFORM ||
           d->kind == SL_DIST_TRIANGULAR || d->kind == SL_DIST_CHOICE;
}

/* The quantiles of d at k / SLI_QTABLE, k = 0..SLI_QTABLE, then at
 * 2^-j / SLI_QTABLE and at 1 - 2^-j / SLI_QTABLE, j = 1..SLI_QTAIL (see
 * model.h; NULL: out of memory). */
static double *quantile_table(const sl_dist *d)
{
    double *t = malloc((SLI_QTABLE + 1 + 2 * SLI_QTAIL) * sizeof *t), *lo, *hi;
    if (!t)
        return NULL;
    lo = t + SLI_QTABLE + 1;
    hi = lo + SLI_QTAIL;
    for (size_t k = 0; k <= SLI_QTABLE; k++)
        t[k] = sl_dist_quantile(d, (double)k / SLI_QTABLE);
    for (int j = 1; j <= SLI_QTAIL; j++) {
        double v = ldexp(1.0, -j) / SLI_QTABLE;
        lo[j - 1] = sl_dist_quantile(d, v);
        hi[j - 1] = sl_dist_quantile(d, 1.0 - v);
    }
    return t;
}

/* The quantile at v / SLI_QTABLE from the bounded end (0 < v < 1 is the
 * distance from the end in table intervals): end is the quantile at the
 * end, next at v = 1, tail[j - 1] at v = 2^-j.  Linear between the
 * neighbouring points of the geometric refinement. */
static double tail_quantile(double end, double next, const double *tail,
                            double v)
{
    int e;
    double m = frexp(v, &e); /* v = m 2^e, 0.5 <= m < 1, e <= 0 */
    int j = -e;              /* v in [2^-(j+1), 2^-j) */
    double at, below;
    if (j >= SLI_QTAIL) /* below the last point: straight to the end */
        return end + ldexp(v, SLI_QTAIL) * (tail[SLI_QTAIL - 1] - end);
    at = j == 0 ? next : tail[j - 1];
    below = tail[j];
    return below + (2.0 * m - 1.0) * (at - below);
}

/* Skewness and excess kurtosis from the raw moments e1..e4. */
static void raw_shape(double e1, double e2, double e3, double e4, double *skew,
                      double *exkurt)
{
    double c2 = e2 - e1 * e1;
    double c3 = e3 - 3 * e1 * e2 + 2 * e1 * e1 * e1;
    double c4 = e4 - 4 * e1 * e3 + 6 * e1 * e1 * e2 - 3 * e1 * e1 * e1 * e1;
    if (!(c2 > 0.0))
        return; /* NaN stays */
    *skew = c3 / (c2 * sqrt(c2));
    *exkurt = c4 / (c2 * c2) - 3.0;
}

/* The standard normal's mass between x and y (x < y), from the tail
 * nearer to both for precision. */
static double normal_mass(double x, double y)
{
    return x > 0.0 ? gsl_cdf_ugaussian_Q(x) - gsl_cdf_ugaussian_Q(y)
                   : gsl_cdf_ugaussian_P(y) - gsl_cdf_ugaussian_P(x);
}

/* x^j phi(x), 0 at an infinite x. */
static double tail_term(double x, int j)
{
    return isinf(x) ? 0.0 : pow(x, j) * gsl_ran_ugaussian_pdf(x);
}

/* Skewness and excess kurtosis of a normal (mean, sd) truncated to
 * [lo, hi]: the raw moments of the standard normal truncated to
 * [al, be] by E[Z^k] = (k - 1) E[Z^(k-2)] + (al^(k-1) phi(al) -
 * be^(k-1) phi(be)) / mass; a shift and scale keep both. */
static void normal_shape(double mean, double sd, double lo, double hi,
                         double *skew, double *exkurt)
{
    double al = (lo - mean) / sd, be = (hi - mean) / sd;
    double mass = normal_mass(al, be), e[5] = {1.0, 0, 0, 0, 0};
    if (!(mass > 0.0))
        return;
    for (int k = 1; k <= 4; k++)
        e[k] = (k > 1 ? (k - 1) * e[k - 2] : 0.0) +
               (tail_term(al, k - 1) - tail_term(be, k - 1)) / mass;
    raw_shape(e[1], e[2], e[3], e[4], skew, exkurt);
}

/* The same for a lognormal (mu, sigma of log x) truncated to [lo, hi]:
 * E[X^k] = exp(k mu + k^2 sigma^2 / 2) P(al - k sigma < Z < be - k sigma)
 * / mass, with x = 1 at mu = 0 so the moments stay near 1 (a scale
 * keeps skewness and kurtosis). */
static void lognormal_shape(double mu, double sigma, double lo, double hi,
                            double *skew, double *exkurt)
{
    double al = lo > 0.0 ? (log(lo) - mu) / sigma : -HUGE_VAL;
    double be = (log(hi) - mu) / sigma, mass = normal_mass(al, be), e[5];
    if (!(mass > 0.0))
        return;
    for (int k = 1; k <= 4; k++)
        e[k] = exp(0.5 * k * k * sigma * sigma) *
               normal_mass(al - k * sigma, be - k * sigma) / mass;
    raw_shape(e[1], e[2], e[3], e[4], skew, exkurt);
}

/* Skewness and excess kurtosis of a triangular with ends a, c and mode b. */
static void triangular_shape(double a, double b, double c, double *skew,
                             double *exkurt)
{
    double q = a * a + b * b + c * c - a * b - a * c - b * c;
    *skew = sqrt(2.0) * (a + c - 2 * b) * (2 * a - b - c) * (a - 2 * c + b) /
            (5.0 * q * sqrt(q));
    *exkurt = -0.6;
}

/* Skewness and excess kurtosis of a beta on [lo, hi] with mean mu and
 * variance var (its shapes found from them). */
static void beta_shape(double lo, double hi, double mu, double var,
                       double *skew, double *exkurt)
{
    double w = hi - lo, m = (mu - lo) / w, v = var / (w * w);
    double n = m * (1 - m) / v - 1, al = m * n, be = (1 - m) * n;
    if (!(al > 0.0 && be > 0.0))
        return; /* NaN stays: no usable shapes */
    *skew = 2 * (be - al) * sqrt(al + be + 1) / ((al + be + 2) * sqrt(al * be));
    *exkurt = 6 * ((al - be) * (al - be) * (al + be + 1) -
                   al * be * (al + be + 2)) /
              (al * be * (al + be + 2) * (al + be + 3));
}

void sli_fill_shape(const sl_dist *d, double *skew, double *exkurt)
{
    *skew = *exkurt = NAN;
    switch (d->kind) {
    case SL_DIST_UNIFORM:
        *skew = 0.0;
        *exkurt = -1.2;
        return;
    case SL_DIST_TRIANGULAR:
        triangular_shape(d->a, d->b, d->c, skew, exkurt);
        return;
    case SL_DIST_PERT:
    case SL_DIST_BETA:
        beta_shape(d->lo, d->hi, sl_dist_mean(d), sl_dist_variance(d), skew,
                   exkurt);
        return;
    case SL_DIST_NORMAL:
        normal_shape(d->a, d->b, d->lo, d->hi, skew, exkurt);
        return;
    case SL_DIST_LOGNORMAL:
        lognormal_shape(d->a, d->b, d->lo, d->hi, skew, exkurt);
        return;
    default:
        /* fixed, or discrete: a sum of discrete fills is a lattice, which
           no smooth approximation follows */
        return;
    }
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
    f = x - (double)k;
    if (k == 0 || k == SLI_QTABLE - 1) {
        const double *tail = table + SLI_QTABLE + 1;
        /* an infinite end (unbounded tail): the exact inverse there */
        if (isinf(table[k == 0 ? 0 : SLI_QTABLE]))
            return sl_dist_quantile(d, u);
        if (k == 0 && f < 1.0 && f > 0.0)
            return tail_quantile(table[0], table[1], tail, f);
        if (k == SLI_QTABLE - 1 && f > 0.0 && f < 1.0)
            return tail_quantile(table[SLI_QTABLE], table[SLI_QTABLE - 1],
                                 tail + SLI_QTAIL, (1.0 - u) * SLI_QTABLE);
    }
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
    sli_snprintf(name, sizeof name, "share:%s", c->id);
    if (!m->types[t].rest &&
        (s = add_input(m, cap, name, SLI_T_TSHARE, t, 0, share, err)))
        return s;
    sli_snprintf(name, sizeof name, "%s.tare", c->id);
    if ((s = add_input(m, cap, name, SLI_T_TARE, t, 0, &c->tare.dist, err)))
        return s;
    sli_snprintf(name, sizeof name, "%s.max_gross", c->id);
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

/* An input uniform over [0, 1) for cargo c that indexes the geometry
 * table: a package-size level (floor(u * levels)) or a stacking-limit step
 * (floor(u * stack_steps)). */
static sl_status index_input(sli_model *m, size_t *cap, const char *name,
                             sli_target t, size_t c, sl_error *err)
{
    sl_dist u;
    sl_error e2;
    if (sl_dist_set_uniform(&u, 0.0, 1.0, 0.0, 1.0, &e2) != SL_OK)
        return sli_fail(err, SL_EINVAL, "estimate", "%s", e2.what);
    return add_input(m, cap, name, t, c, 0, &u, err);
}

/* Add the inputs of cargo type c. */
static sl_status cargo_inputs(sli_model *m, size_t *cap, size_t c,
                              const sl_dist *share, sl_error *err)
{
    sli_cargo *k = &m->cargo[c];
    const sl_cargo *g = k->g;
    char name[160];
    sl_status s;
    sli_snprintf(name, sizeof name, "share:%s", g->id);
    if (!k->rest &&
        (s = add_input(m, cap, name, SLI_T_CSHARE, c, 0, share, err)))
        return s;
    if (!k->munition)
        return SL_OK;
    if (!k->packaged) {
        sli_snprintf(name, sizeof name, "%s.unit_mass", g->id);
        return add_input(m, cap, name, SLI_T_UNIT_MASS, c, 0,
                         &g->unit_mass.dist, err);
    }
    for (size_t p = 0; p < g->npackages; p++) {
        sli_snprintf(name, sizeof name, "%s.package[%zu].gross", g->id, p);
        if ((s = add_input(m, cap, name, SLI_T_PKG_GROSS, c, p,
                           &g->package[p].gross.dist, err)))
            return s;
    }
    if (package_size_uncertain(g) && m->levels > 1) {
        sli_snprintf(name, sizeof name, "%s.package_size", g->id);
        if ((s = index_input(m, cap, name, SLI_T_LEVEL, c, err)))
            return s;
        k->level_input = 1;
    }
    if (k->stack_steps > 1) {
        sli_snprintf(name, sizeof name, "%s.max_stack", g->id);
        if ((s = index_input(m, cap, name, SLI_T_STACK, c, err)))
            return s;
    }
    return SL_OK;
}

/* One packer-backed geometry limit of the table: cell (t, c) at
 * stacking-limit step s and entry k (package-size quantile q, or nominal
 * when q < 0), its result and its own error. */
typedef struct geo_job {
    size_t t, c, j, s, k;
    double q, mq;
    long units;
    sl_status status;
    sl_error err;
} geo_job;

/* Most threads of a model build's packer runs. */
#define SLI_THREADS_MAX 64

/* The jobs of a model build, shared by the threads that run them. */
typedef struct geo_run {
    const sli_model *m;
    const sl_load_rules *rules;
    geo_job *job;
    size_t njobs;
    atomic_size_t next;  /* the next job not yet taken */
    atomic_int worker;   /* the next memo not yet taken */
    sli_pack_memo memo[SLI_THREADS_MAX]; /* one per thread */
} geo_run;

/* Take jobs until none is left; each thread keeps its own memo of packer
 * counts (a packer count depends only on its inputs, so which thread
 * finds it changes nothing), reading the run's cache (m->cache) but not
 * adding to it: fill_geometry merges the memos once the threads end. */
static void *geo_worker(void *arg)
{
    geo_run *g = arg;
    sli_pack_memo *memo = &g->memo[atomic_fetch_add(&g->worker, 1)];
    size_t i;
    memo->shared = g->m->cache;
    while ((i = atomic_fetch_add(&g->next, 1)) < g->njobs) {
        geo_job *j = &g->job[i];
        sl_error_clear(&j->err);
        j->status = sli_capacity_geometry_memo(
            g->m->types[j->t].c, g->m->cargo[j->c].g, g->rules, j->q, j->mq,
            (int)j->s, memo, &j->units, &j->err);
    }
    return NULL;
}

/* Type u < t with the same interior and door as t, or t itself. */
static size_t same_type(const sli_model *m, size_t t)
{
    const sl_container *a = m->types[t].c;
    for (size_t u = 0; u < t; u++) {
        const sl_container *b = m->types[u].c;
        if (a->length.nominal == b->length.nominal &&
            a->width.nominal == b->width.nominal &&
            a->height.nominal == b->height.nominal &&
            a->door_width.nominal == b->door_width.nominal &&
            a->door_height.nominal == b->door_height.nominal)
            return u;
    }
    return t;
}

/* The package-size quantile of entry k (-1: nominal). */
static double size_q(const sli_model *m, size_t k)
{
    return k < (size_t)m->levels       ? ((double)k + 0.5) / m->levels
           : k == (size_t)m->levels     ? 0.0
           : k == (size_t)m->levels + 1 ? 1.0
                                        : -1.0;
}

/* The margin quantile of margin entry j (-1: nominal). */
static double margin_q(const sli_model *m, size_t j)
{
    if (m->margin_k == 1 || j == (size_t)m->margin_nominal)
        return -1.0;
    return j < SLI_MARGIN_LEVELS ? ((double)j + 0.5) / SLI_MARGIN_LEVELS
           : j == SLI_MARGIN_LEVELS ? 0.0
                                    : 1.0;
}

/* 1 if entry (j, k) of cargo c is computed (see model.h): with exact
 * margins every size entry of a cargo whose size is uncertain, else the
 * margin levels with the size levels, the ends with the same ends, the
 * nominal and the low end (the claim check's margin lever) with the
 * nominal; a cargo of one size only its nominal size. */
static int geo_needed(const sli_model *m, size_t c, size_t j, size_t k)
{
    size_t lv = (size_t)m->levels;
    if (!m->cargo[c].level_input)
        return k == lv + 2;
    if (m->margin_k == 1)
        return 1;
    if (j < SLI_MARGIN_LEVELS)
        return k < lv;
    if (j == SLI_MARGIN_LEVELS)
        return k == lv || k == lv + 2;
    if (j == SLI_MARGIN_LEVELS + 1)
        return k == lv + 1;
    return k == lv + 2;
}

/* The jobs: at each of a cargo's stacking-limit steps, the needed entries
 * of every distinct type's cells.  job NULL: count only. */
static size_t geo_jobs(const sli_model *m, geo_job *job)
{
    size_t n = 0, nk = SLI_GEO_LEVELS(m);
    for (size_t t = 0; t < m->ntypes; t++) {
        if (same_type(m, t) != t)
            continue;
        for (size_t c = 0; c < m->ncargo; c++)
            for (size_t j = 0; j < (size_t)m->margin_k; j++)
            for (size_t s = 0; s < (size_t)m->cargo[c].stack_steps; s++)
            for (size_t k = 0; k < nk; k++) {
                if (!geo_needed(m, c, j, k))
                    continue;
                if (job)
                    job[n] = (geo_job){.t = t, .c = c, .j = j, .s = s,
                                       .k = k, .q = size_q(m, k),
                                       .mq = margin_q(m, j)};
                n++;
            }
    }
    return n;
}

/* Complete cell (t, c)'s block dst after its jobs (see model.h): a cargo
 * of one size repeats its nominal entry over the size levels, the entries
 * not computed take the nominal entry of their step, and steps past the
 * cargo's own repeat its last. */
static void fill_cell(const sli_model *m, size_t c, long *dst)
{
    size_t nk = SLI_GEO_LEVELS(m), ms = SLI_GEO_MSTRIDE(m);
    size_t steps = (size_t)m->cargo[c].stack_steps;
    const long *nom = dst + (size_t)m->margin_nominal * ms;
    for (size_t j = 0; j < (size_t)m->margin_k; j++)
        for (size_t s = 0; s < steps; s++)
            for (size_t k = 0; k < nk; k++) {
                if (geo_needed(m, c, j, k))
                    continue;
                dst[j * ms + s * nk + k] =
                    m->cargo[c].level_input ? nom[s * nk + nk - 1]
                                            : dst[j * ms + s * nk + nk - 1];
            }
    for (size_t j = 0; j < (size_t)m->margin_k; j++)
        for (size_t s = steps; s < (size_t)m->stack_k; s++)
            memcpy(dst + j * ms + s * nk, dst + j * ms + (steps - 1) * nk,
                   nk * sizeof *dst);
}

/* 1 if job a comes before job b in the order raise_shrunk tries them:
 * the most found first, then by index. */
static int tried_before(const long *found, size_t a, size_t b)
{
    return found[a] > found[b] || (found[a] == found[b] && a < b);
}

/* The next job of one cell after job `prev` (n: from the start) in that
 * order that found more than `above` and whose layout, shrunk, may hold
 * at job i (sli_capacity_geometry_shrinks); n if none. */
static size_t next_source(const sli_geometry_point *pt, const long *found,
                          size_t n, size_t i, long above, size_t prev)
{
    size_t best = n;
    for (size_t k = 0; k < n; k++)
        if (found[k] > above && (prev == n || tried_before(found, prev, k)) &&
            (best == n || tried_before(found, k, best)) &&
            sli_capacity_geometry_shrinks(&pt[i], &pt[k]))
            best = k;
    return best;
}

/* Raise job i of one cell (a package that may be turned) to the boxes of
 * a layout of an entry with packages no smaller (margins no narrower,
 * limit no higher) that found more, shrunk and validated
 * (sli_capacity_geometry_shrunk): the packer's effort can leave a smaller
 * box with fewer (its 3D recursion runs only when its cost fits, and a
 * smaller box has more positions).  Such entries are tried from the one
 * that found the most down to the count reached: the result is at least
 * each of their layouts shrunk. */
static sl_status raise_shrunk(const sli_model *m, const sl_load_rules *rules,
                              geo_job *job, size_t n,
                              const sli_geometry_point *pt,
                              const long *found, size_t i,
                              sli_pack_memo *memo, sl_error *err)
{
    sl_status st = SL_OK;
    size_t k = n;
    while (st == SL_OK && found[i] >= 0 &&
           (k = next_source(pt, found, n, i, job[i].units, k)) < n) {
        long units = 0;
        st = sli_capacity_geometry_shrunk(
            m->types[job[i].t].c, m->cargo[job[i].c].g, rules, job[k].q,
            job[k].mq, (int)job[k].s, job[i].q, job[i].mq, (int)job[i].s,
            memo, &units, err);
        if (st == SL_OK && units > job[i].units)
            job[i].units = units;
    }
    return st;
}

/* Raise each of jobs [0, n) of one cell to the most of the counts it
 * covers (sli_capacity_geometry_covers): a smaller one-up package, wider
 * space or higher stacking limit never reads fewer.  Covering is
 * transitive, so one pass over the counts as found gives the closure.
 * Then a package that may be turned takes a larger one's layout, shrunk,
 * when that holds more (raise_shrunk). */
static sl_status raise_covered(const sli_model *m, const sl_load_rules *rules,
                               geo_job *job, size_t n, sl_error *err)
{
    const sl_cargo *g = m->cargo[job[0].c].g;
    sli_pack_memo memo = {.shared = m->cache}; /* the layouts raise_shrunk
                                                  packs */
    sli_geometry_point *pt = malloc(n * sizeof *pt);
    long *found = malloc(n * sizeof *found);
    sl_status st = SL_OK;
    if (!pt || !found)
        st = sli_fail(err, SL_ENOMEM, "model", "out of memory");
    for (size_t i = 0; st == SL_OK && i < n; i++) {
        found[i] = job[i].units;
        st = sli_capacity_geometry_point(g, rules, job[i].q, job[i].mq,
                                         (int)job[i].s, &pt[i], err);
    }
    for (size_t i = 0; st == SL_OK && i < n; i++)
        for (size_t k = 0; found[i] >= 0 && k < n; k++)
            if (found[k] > job[i].units &&
                sli_capacity_geometry_covers(&pt[i], &pt[k]))
                job[i].units = found[k];
    for (size_t i = 0; st == SL_OK && i < n; i++)
        st = raise_shrunk(m, rules, job, n, pt, found, i, &memo, err);
    sli_pack_memo_merge(&memo);
    sli_pack_memo_free(&memo);
    free(pt);
    free(found);
    return st;
}

/* raise_covered over every cell's run of jobs (geo_jobs keeps a cell's
 * jobs together). */
static sl_status raise_cells(const sli_model *m, const sl_load_rules *rules,
                             geo_job *job, size_t n, sl_error *err)
{
    for (size_t a = 0, b; a < n; a = b) {
        sl_status st;
        for (b = a + 1; b < n && job[b].t == job[a].t && job[b].c == job[a].c;
             b++)
            ;
        if ((st = raise_covered(m, rules, job + a, b - a, err)) != SL_OK)
            return st;
    }
    return SL_OK;
}

/* Geometry limits of every cell at every package-size level: the packer
 * runs as independent jobs on up to opt->threads threads (results do not
 * depend on the thread count; the first failing job in table order is
 * the one reported), each count is raised to the most of those it covers
 * (raise_cells), then types with the same interior and door, and cargos
 * of one size, copy them. */
static sl_status fill_geometry(sli_model *m, const sl_options *opt,
                               const sl_load_rules *rules, sl_error *err)
{
    size_t stride = SLI_GEO_STRIDE(m), n = geo_jobs(m, NULL);
    geo_run g = {.m = m, .rules = rules, .njobs = n};
    pthread_t tid[SLI_THREADS_MAX];
    int want = sli_thread_count(opt, n), started = 0;
    sl_status st;
    if (want > SLI_THREADS_MAX)
        want = SLI_THREADS_MAX;
    if (!(g.job = calloc(n ? n : 1, sizeof *g.job)))
        return sli_fail(err, SL_ENOMEM, "model", "out of memory");
    geo_jobs(m, g.job);
    atomic_init(&g.next, 0);
    atomic_init(&g.worker, 0);
    for (int i = 1; i < want; i++) /* a thread that fails to start: its */
        if (pthread_create(&tid[started], NULL, geo_worker, &g) == 0)
            started++;             /* jobs go to the others */
    geo_worker(&g);
    for (int i = 0; i < started; i++)
        pthread_join(tid[i], NULL);
    /* what the threads packed joins the cache now, not while others
       read it (a result is the same whichever thread packed it) */
    for (int i = 0; i <= started; i++) {
        sli_pack_memo_merge(&g.memo[i]);
        sli_pack_memo_free(&g.memo[i]);
    }
    for (size_t i = 0; i < n; i++) {
        const geo_job *j = &g.job[i];
        if (j->status != SL_OK) {
            sl_status s = j->status;
            if (err)
                *err = j->err;
            free(g.job);
            return s;
        }
    }
    if ((st = raise_cells(m, rules, g.job, n, err)) != SL_OK) {
        free(g.job);
        return st;
    }
    for (size_t i = 0; i < n; i++) {
        const geo_job *j = &g.job[i];
        m->geo[(j->t * m->ncargo + j->c) * stride +
               j->j * SLI_GEO_MSTRIDE(m) + j->s * SLI_GEO_LEVELS(m) + j->k] =
            j->units;
    }
    free(g.job);
    for (size_t t = 0; t < m->ntypes; t++) {
        size_t same = same_type(m, t);
        for (size_t c = 0; c < m->ncargo; c++) {
            long *dst = m->geo + (t * m->ncargo + c) * stride;
            if (same != t)
                memcpy(dst, m->geo + (same * m->ncargo + c) * stride,
                       stride * sizeof *dst);
            else
                fill_cell(m, c, dst);
        }
    }
    return SL_OK;
}

/* The proven geometry bound of every cell (cheap: no packer run). */
static sl_status fill_bounds(sli_model *m, const sl_load_rules *rules,
                             sl_error *err)
{
    if (!(m->geo_bound = malloc(m->ncells * sizeof *m->geo_bound)))
        return sli_fail(err, SL_ENOMEM, "model", "out of memory");
    for (size_t t = 0; t < m->ntypes; t++)
        for (size_t c = 0; c < m->ncargo; c++) {
            size_t same = same_type(m, t);
            long *b = &m->geo_bound[t * m->ncargo + c];
            sl_status s;
            if (same != t) {
                *b = m->geo_bound[same * m->ncargo + c];
                continue;
            }
            s = sli_capacity_geometry_bound(m->types[t].c, m->cargo[c].g,
                                            rules, b, err);
            if (s)
                return s;
        }
    return SL_OK;
}

/* The fill's skewness and excess kurtosis (0 when unknown: such a fill
 * is never summed by the corrected normal below clt_threshold, and above
 * it gets the plain normal), and the largest cell whose fills are summed
 * one by one: SLI_FILL_EXACT_MAX, or more for a fill so skewed that a sum
 * of that many is more skewed than SLI_FILL_SKEW_MAX, or clt_threshold
 * for a discrete fill or one whose moments cannot be found; never above
 * clt_threshold. */
static void set_fill_exact(sli_model *m)
{
    double g1, g2, need;
    sli_fill_shape(&m->fill, &g1, &g2);
    m->fill_exact = m->clt_threshold;
    m->fill_skew = m->fill_exkurt = 0.0;
    if (m->fill_const || isnan(g1) || isnan(g2))
        return;
    m->fill_skew = g1;
    m->fill_exkurt = g2;
    need = ceil(g1 * g1 / (SLI_FILL_SKEW_MAX * SLI_FILL_SKEW_MAX));
    if (need < SLI_FILL_EXACT_MAX)
        need = SLI_FILL_EXACT_MAX;
    if (need < (double)m->clt_threshold)
        m->fill_exact = (size_t)need;
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
        k->stack_steps = k->packaged && k->munition
                             ? sli_cargo_stack_steps(k->g)
                             : 1;
        if (k->stack_steps > m->stack_k)
            m->stack_k = k->stack_steps;
        for (size_t p = 0; p < k->g->npackages; p++) {
            k->pkg_gross[p] = k->g->package[p].gross.nominal;
            k->pkg_units[p] = k->g->package[p].units;
        }
    }
}

/* 1 if some cargo has a geometry limit (packaged munitions): only then do
 * the margins and the dunnage change a capacity. */
static int any_packaged(const sli_model *m)
{
    for (size_t c = 0; c < m->ncargo; c++)
        if (m->cargo[c].packaged && m->cargo[c].munition)
            return 1;
    return 0;
}

/* The dunnage and its range, and the margin entries of the geometry
 * table (after fixed_values). */
static void load_rule_values(sli_model *m, const sl_load_rules *rules)
{
    m->dunnage = rules->dunnage;
    m->dunnage_lo = rules->dunnage_range[0];
    m->dunnage_hi = rules->dunnage_range[1];
    m->margin_k = 1;
    m->margin_nominal = 0;
    if (sli_load_rules_margins_uncertain(rules) && any_packaged(m)) {
        m->margin_k = SLI_MARGIN_LEVELS + 3;
        m->margin_nominal = SLI_MARGIN_LEVELS + 2;
    }
}

/* Add the load rules' inputs: the margin level (all three margins at one
 * quantile of their ranges) and the dunnage (uniform over its range),
 * when uncertain and some cargo is packaged. */
static sl_status rule_inputs(sli_model *m, size_t *cap, sl_error *err)
{
    sl_dist u;
    sl_error e2;
    sl_status s;
    if (m->margin_k > 1 &&
        (s = index_input(m, cap, "load_rules.margins", SLI_T_MARGIN, 0, err)))
        return s;
    if (!(m->dunnage_lo < m->dunnage_hi) || !any_packaged(m))
        return SL_OK;
    if (sl_dist_set_uniform(&u, m->dunnage_lo, m->dunnage_hi, m->dunnage_lo,
                            m->dunnage_hi, &e2) != SL_OK)
        return sli_fail(err, SL_EINVAL, "load_rules.dunnage", "%s", e2.what);
    return add_input(m, cap, "load_rules.dunnage", SLI_T_DUNNAGE, 0, 0, &u,
                     err);
}

sl_status sli_model_build(sli_model *m, const sl_scenario *sc,
                          const sl_options *opt, sl_cache *cache,
                          sl_error *err)
{
    size_t cap = 0;
    sl_status s;
    const sl_dist *nd;
    const sl_load_rules *rules;

    memset(m, 0, sizeof *m);
    m->sc = sc;
    m->cache = cache;
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
    if (!m->types || !m->cargo)
        return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
    m->stack_k = 1;
    fixed_values(m); /* sets stack_k, which sizes the geometry table */
    load_rule_values(m, rules); /* sets margin_k, which does too */
    m->geo = malloc(m->ncells * SLI_GEO_STRIDE(m) * sizeof *m->geo);
    if (!m->geo)
        return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
    /* a whole number of containers, rounded as a drawn count is (and as
       the hard bounds take it) */
    m->n_fixed = sli_count_whole(sl_dist_quantile(nd, 0.5));
    m->fill = *sl_scenario_fill(sc);
    m->fill_const = sl_dist_is_const(&m->fill);
    m->fill_mean = sl_dist_mean(&m->fill);
    m->fill_sd = sqrt(sl_dist_variance(&m->fill));
    /* small cells draw each container's fill by inversion */
    if (!m->fill_const && !exact_is_cheap(&m->fill) &&
        !(m->fill_table = quantile_table(&m->fill)))
        return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
    set_fill_exact(m);

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
    if ((s = rule_inputs(m, &cap, err)))
        return s;
    if ((s = fill_geometry(m, opt, rules, err)))
        return s;
    return fill_bounds(m, rules, err);
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
    free(m->geo_bound);
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
    d->stack = malloc(nc * sizeof *d->stack);
    d->umass = malloc(nc * sizeof *d->umass);
    d->pgross = malloc(nc * SL_CARGO_PACKAGES_MAX * sizeof *d->pgross);
    d->cargo_total = malloc(nc * sizeof *d->cargo_total);
    d->clt = malloc(SLI_CLT_STRIDE * nc * sizeof *d->clt);
    d->cellp = malloc(k * sizeof *d->cellp);
    d->celln = malloc(k * sizeof *d->celln);
    d->pooled = malloc(k * sizeof *d->pooled);
    d->pool = malloc(nc * sizeof *d->pool);
    d->cap = malloc(k * sizeof *d->cap);
    d->u = malloc((m->ninputs ? m->ninputs : 1) * sizeof *d->u);
    /* allocated here rather than with gsl_rng_alloc, whose failure calls
       GSL's aborting error handler (the gsl_rng struct is public) */
    if ((d->own = malloc(sizeof *d->own)) != NULL) {
        d->own->type = gsl_rng_taus2;
        if (!(d->own->state = calloc(1, gsl_rng_taus2->size))) {
            free(d->own);
            d->own = NULL;
        }
    }
    if (!d->own || !d->tshare || !d->tare || !d->gross || !d->cshare || !d->ugross ||
        !d->level || !d->stack || !d->umass || !d->pgross || !d->cargo_total || !d->clt || !d->cellp || !d->celln || !d->cap ||
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
    free(d->stack);
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
    if (d->own) {
        free(d->own->state);
        free(d->own);
    }
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

double sli_count_whole(double x)
{
    double n = floor(x + 0.5);
    return n >= 1.0 ? n : 1.0;
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
    d->margin = m->margin_nominal;
    d->dunnage = m->dunnage;
    for (size_t c = 0; c < m->ncargo; c++) {
        d->cshare[c] = m->cargo[c].share;
        d->level[c] = -1;
        d->stack[c] = 0;
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
        case SLI_T_CONTAINERS: d->n = sli_count_whole(x); break;
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
        case SLI_T_STACK: {
            int k = (int)(x * m->cargo[in->a].stack_steps);
            d->stack[in->a] = k < m->cargo[in->a].stack_steps
                                  ? k
                                  : m->cargo[in->a].stack_steps - 1;
            break;
        }
        case SLI_T_MARGIN: {
            int k = (int)(x * SLI_MARGIN_LEVELS);
            d->margin = k < SLI_MARGIN_LEVELS ? k : SLI_MARGIN_LEVELS - 1;
            break;
        }
        case SLI_T_DUNNAGE: d->dunnage = x; break;
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
            const long *g = m->geo + cell * stride +
                            (size_t)d->margin * SLI_GEO_MSTRIDE(m);
            long geo;
            if (!k->munition) {
                d->cap[cell] = 0.0; /* carries no munitions */
                continue;
            }
            payload = d->gross[t] - d->tare[t] -
                      (k->packaged ? d->dunnage : 0.0);
            w = payload > 0 ? floor(payload / d->ugross[c]) : 0.0;
            geo = g[(size_t)d->stack[c] * SLI_GEO_LEVELS(m) +
                    (d->level[c] >= 0 ? (size_t)d->level[c]
                                      : SLI_GEO_NOMINAL(m))];
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

/* Sum of the fills of n <= fill_exact containers, one draw each (by
 * inversion through the fill's quantile table). */
static double fill_sum_exact(const sli_model *m, gsl_rng *r, unsigned n)
{
    double s = 0.0;
    for (unsigned i = 0; i < n; i++)
        s += table_quantile(&m->fill, m->fill_table, uniform01(r));
    return s;
}

/* Add the units of n containers of capacity cap to cargo c: fill by fill
 * for a cell of at most fill_exact containers, else into the cargo's
 * corrected normal (clt[SLI_CLT_STRIDE c ..]: the cumulants mean,
 * variance, third and fourth cumulant, and the lowest and highest sum),
 * drawn once per cargo; cumulants of independent sums add. */
static void add_cell(const sli_model *m, gsl_rng *r, sli_draw *d, size_t c,
                     unsigned n, double cap)
{
    double *a = d->clt + SLI_CLT_STRIDE * c, sd = m->fill_sd;
    if (m->fill_const) {
        d->cargo_total[c] += cap * n * m->fill_mean;
        return;
    }
    if (n <= m->fill_exact) {
        d->cargo_total[c] += cap * fill_sum_exact(m, r, n);
        return;
    }
    a[0] += cap * n * m->fill_mean;
    a[1] += cap * cap * n * sd * sd;
    a[2] += cap * cap * cap * n * m->fill_skew * sd * sd * sd;
    a[3] += cap * cap * cap * cap * n * m->fill_exkurt * sd * sd * sd * sd;
    a[4] += cap * n * m->fill.lo;
    a[5] += cap * n * m->fill.hi;
}

/* Hold z inside the interval around 0 where w(z) = z + a (z^2 - 1) +
 * b (z^3 - 3 z) - c (2 z^3 - 5 z) rises, i.e. where its derivative
 * A z^2 + 2 a z + B is positive (B > 0). */
static double cf_hold(double z, double a, double A, double B)
{
    double disc, r1, r2, lo = -HUGE_VAL, hi = HUGE_VAL;
    if (A == 0.0) {
        if (a != 0.0) {
            double r = -B / (2.0 * a);
            *(r < 0.0 ? &lo : &hi) = r;
        }
    } else if ((disc = a * a - A * B) > 0.0) {
        r1 = (-a - sqrt(disc)) / A;
        r2 = (-a + sqrt(disc)) / A;
        if (r1 > r2) {
            double t = r1;
            r1 = r2;
            r2 = t;
        }
        if (A < 0.0) { /* the roots lie on both sides of 0 */
            lo = r1;
            hi = r2;
        } else if (r1 > 0.0) { /* both on one side */
            hi = r1;
        } else {
            lo = r2;
        }
    }
    return z < lo ? lo : z > hi ? hi : z;
}

double sli_cf_sum(double mean, double var, double k3, double k4, double lo,
                  double hi, double z)
{
    double sd = sqrt(var), g1 = k3 / (var * sd), a = g1 / 6.0;
    double b = isnan(k4) ? 0.0 : k4 / (24.0 * var * var);
    double c = isnan(k4) ? 0.0 : g1 * g1 / 36.0, s;
    if (1.0 - 3.0 * b + 5.0 * c <= 0.0)
        b = c = 0.0; /* too heavy-tailed for the second-order terms */
    z = cf_hold(z, a, 3.0 * b - 6.0 * c, 1.0 - 3.0 * b + 5.0 * c);
    s = mean + sd * (z + a * (z * z - 1.0) + b * (z * z * z - 3.0 * z) -
                     c * (2.0 * z * z * z - 5.0 * z));
    return s < lo ? lo : s > hi ? hi : s;
}

/* One corrected normal draw per cargo for its cells summed by a normal,
 * clipped to the cells' physical range. */
static void draw_clt(const sli_model *m, gsl_rng *r, sli_draw *d)
{
    for (size_t c = 0; c < m->ncargo; c++) {
        const double *a = d->clt + SLI_CLT_STRIDE * c;
        if (a[1] <= 0.0) {
            d->cargo_total[c] += a[0];
            continue;
        }
        d->cargo_total[c] += sli_cf_sum(a[0], a[1], a[2], a[3], a[4], a[5],
                                        gsl_ran_gaussian_ziggurat(r, 1.0));
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
    size_t last = m->ncells, k = 0;
    /* cell k = t * ncargo + c, walked without dividing k */
    for (size_t t = 0; t < m->ntypes; t++)
        for (size_t c = 0; c < m->ncargo; c++, k++) {
            double p = d->tshare[t] * d->cshare[c];
            d->cellp[k] = p;
            d->pooled[k] = (unsigned char)cell_pooled(m, d->n, p, d->cap[k]);
            if (d->pooled[k])
                pool += p;
            else
                last = k;
        }
    k = 0;
    for (size_t t = 0; t < m->ntypes; t++)
        for (size_t c = 0; c < m->ncargo; c++, k++) {
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
                add_cell(m, r, d, c, nk, d->cap[k]);
        }
    *ppool = pool;
    return remaining;
}

/* Move each cargo's v[c].x within [v[c].lo, v[c].hi] so that their sum
 * lies in [tlo, thi]: the excess (or shortfall) is shared in proportion to
 * each one's room, which suffices when the sum of the lo is at most tlo and
 * the sum of the hi at least thi (as draw_pooled's ranges are). */
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
    for (size_t t = 0, k = 0; t < m->ntypes; t++)
        for (size_t c = 0; c < m->ncargo; c++, k++) {
            sli_pool *v = &d->pool[c];
            double q, cap = d->cap[k];
            if (!d->pooled[k])
                continue;
            q = d->cellp[k] / pool;
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
    /* The draws per container (the split of the containers among the
       cells, the fills) take a varying number of uniforms, which depends
       on the count: drawn from the block's generator, one more container
       shifted every later sample of the block onto other inputs (runs of
       152 mm rounds at 10,000 and 10,010 containers agreed on their first
       650 samples only).
       So each sample takes a fixed number from the block's generator, its
       inputs and the seed of a generator of its own for those draws. */
    gsl_rng_set(d->own, gsl_rng_get(r));
    sli_model_set(m, d->u, d);
    sli_model_capacity(m, d);
    memset(d->cargo_total, 0, m->ncargo * sizeof *d->cargo_total);
    memset(d->clt, 0, SLI_CLT_STRIDE * m->ncargo * sizeof *d->clt);
    np = split_small(m, d->own, d, &pool);
    draw_clt(m, d->own, d);
    draw_pooled(m, d->own, d, np, pool);
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
                          double *hi, double *found)
{
    const sl_container *ct = m->types[t].c;
    const sli_cargo *k = &m->cargo[c];
    size_t stride = SLI_GEO_STRIDE(m);
    const long *g = m->geo + (t * m->ncargo + c) * stride;
    long gb = m->geo_bound[t * m->ncargo + c];
    double dlo = k->packaged ? m->dunnage_lo : 0.0;
    double dhi = k->packaged ? m->dunnage_hi : 0.0;
    double pmin = ct->max_gross.dist.lo - ct->tare.dist.hi - dhi;
    double pmax = ct->max_gross.dist.hi - ct->tare.dist.lo - dlo;
    double umin = 0.0, umax = 0.0, wmin, wmax, gmin = -1, gmax = -1, f;
    if (!k->munition) {
        *lo = *hi = 0.0;
        if (found)
            *found = 0.0;
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
    f = (gmax >= 0 && gmax < wmax) ? gmax : wmax;
    /* found <= the geometry bound by construction; fmax keeps every
       sample inside the hard bounds whatever happens (tests check the
       bounds on their own) */
    *hi = fmax(f, (gb >= 0 && (double)gb < wmax) ? (double)gb : wmax);
    if (found)
        *found = f;
}

double sli_model_most(const sli_model *m, double cap)
{
    double n = sli_count_whole(sl_scenario_containers(m->sc, NULL)->hi);
    return cap > 0.0 && m->fill.hi > 0.0 ? n * m->fill.hi * cap : 0.0;
}

/* The high end of the share of container type i (cargo 0) or cargo type
 * i (cargo 1), "rest" included. */
static double share_high(const sli_model *m, int cargo, size_t i)
{
    const sl_dist *sh[SLI_KINDS_MAX] = {0};
    int rest[SLI_KINDS_MAX] = {0}; /* (GCC -O3 cannot see that i < n) */
    size_t n = cargo ? m->ncargo : m->ntypes;
    double lo, hi;
    for (size_t j = 0; j < n; j++) {
        if (cargo)
            sl_scenario_cargo_type(m->sc, j, &sh[j], &rest[j]);
        else
            sl_scenario_container_type(m->sc, j, &sh[j], &rest[j]);
    }
    share_range(sh, rest, n, i, &lo, &hi);
    return hi;
}

int sli_model_input_inert(const sli_model *m, size_t k)
{
    const sli_input *in = &m->inputs[k];
    switch (in->target) {
    case SLI_T_TARE:
    case SLI_T_GROSS:
        return share_high(m, 0, in->a) <= 0.0;
    case SLI_T_UNIT_MASS:
    case SLI_T_PKG_GROSS:
    case SLI_T_LEVEL:
    case SLI_T_STACK:
        return share_high(m, 1, in->a) <= 0.0;
    case SLI_T_MARGIN:
    case SLI_T_DUNNAGE: /* only packaged munitions feel them */
        for (size_t c = 0; c < m->ncargo; c++)
            if (m->cargo[c].packaged && m->cargo[c].munition &&
                share_high(m, 1, c) > 0.0)
                return 0;
        return 1;
    default:
        return 0;
    }
}

void sli_model_bounds_of(const sli_model *m, size_t only, double *min,
                         double *max, double *found)
{
    const sl_dist *tsh[SLI_KINDS_MAX], *csh[SLI_KINDS_MAX];
    int tr[SLI_KINDS_MAX], cr[SLI_KINDS_MAX];
    double cmin = HUGE_VAL, cmax = 0.0, cfound = 0.0;
    int every = 1; /* every container carries a cargo counted */
    const sl_dist *nd = sl_scenario_containers(m->sc, NULL);
    size_t nt = m->ntypes;
    size_t nc = m->ncargo;
    for (size_t t = 0; t < nt; t++)
        sl_scenario_container_type(m->sc, t, &tsh[t], &tr[t]);
    for (size_t c = 0; c < nc; c++)
        sl_scenario_cargo_type(m->sc, c, &csh[c], &cr[c]);
    if (only < nc) { /* one cargo: it may be in no container at all, unless
                        its share is 1 (no other cargo can take one) */
        double clo, chi;
        share_range(csh, cr, nc, only, &clo, &chi);
        every = clo >= 1.0;
    }
    for (size_t t = 0; t < nt; t++) {
        double tlo, thi;
        share_range(tsh, tr, nt, t, &tlo, &thi);
        if (thi <= 0.0)
            continue;
        for (size_t c = 0; c < nc; c++) {
            double clo, chi, lo, hi, f;
            if (only < nc && c != only)
                continue;
            share_range(csh, cr, nc, c, &clo, &chi);
            if (chi <= 0.0)
                continue;
            sli_model_cell_range(m, t, c, &lo, &hi, &f);
            if (lo < cmin)
                cmin = lo;
            if (hi > cmax)
                cmax = hi;
            if (f > cfound)
                cfound = f;
        }
    }
    if (cmin == HUGE_VAL || !every)
        cmin = 0.0;
    *min = sli_count_whole(nd->lo) * m->fill.lo * cmin;
    *max = sli_model_most(m, cmax);
    *found = sli_model_most(m, cfound);
}

void sli_model_bounds(const sli_model *m, double *min, double *max,
                      double *found)
{
    sli_model_bounds_of(m, SIZE_MAX, min, max, found);
}

/* Types whose share vertices sli_model_mix enumerates (nt 2^(nt-1) of
 * them); above, a relaxation (each cargo in its best type) bounds it. */
#define MIX_TYPES_EXACT 12

/* The largest sum of y[i] v[i] with lo <= y <= hi and sum y = 1 (a linear
 * programme over a box cut by the simplex): every y at its low end, what
 * is left of 1 to the largest v first.  A zero share adds nothing, even
 * against an unbounded v. */
static double best_split(const double *v, const double *lo, const double *hi,
                         size_t n)
{
    size_t order[SLI_KINDS_MAX];
    double left = 1.0, sum = 0.0;
    for (size_t i = 0; i < n; i++) {
        size_t j = i;
        left -= lo[i];
        while (j > 0 && v[order[j - 1]] < v[i]) { /* insertion, largest */
            order[j] = order[j - 1];              /* first */
            j--;
        }
        order[j] = i;
    }
    for (size_t k = 0; k < n; k++) {
        size_t i = order[k];
        double y = lo[i] + fmin(hi[i] - lo[i], fmax(left, 0.0));
        left -= y - lo[i];
        if (y > 0.0)
            sum += y * v[i];
    }
    return sum;
}

/* Per cargo c, v[c] = the mean per-container capacity of c over the
 * container types at shares x; a zero share adds nothing. */
static void type_mean(const double *cap, const double *x, size_t nt,
                      size_t nc, double *v)
{
    for (size_t c = 0; c < nc; c++) {
        v[c] = 0.0;
        for (size_t t = 0; t < nt; t++)
            if (x[t] > 0.0)
                v[c] += x[t] * cap[t * nc + c];
    }
}

/* Fold shares x of the types (one vertex) into the best mix *best and
 * each cargo's best mean capacity vmax[c]. */
static void mix_vertex(const double *cap, const double *x, size_t nt,
                       size_t nc, const double *clo, const double *chi,
                       double *best, double *vmax)
{
    double v[SLI_KINDS_MAX];
    type_mean(cap, x, nt, nc, v);
    *best = fmax(*best, best_split(v, clo, chi, nc));
    for (size_t c = 0; c < nc; c++)
        vmax[c] = fmax(vmax[c], v[c]);
}

/* How far fixed shares may sum from 1 (scenario.c's SHARE_SUM_TOL): the
 * free share of a vertex may leave its range by that much. */
#define MIX_SUM_TOL 1e-9

/* Visit every vertex of {tlo <= x <= thi, sum x = 1}: one free share,
 * each other at an end of its range (the free one within MIX_SUM_TOL). */
static void mix_vertices(const double *cap, size_t nt, size_t nc,
                         const double *tlo, const double *thi,
                         const double *clo, const double *chi, double *best,
                         double *vmax)
{
    double x[SLI_KINDS_MAX];
    for (size_t f = 0; f < nt; f++)
        for (unsigned long mask = 0; mask < (1ul << (nt - 1)); mask++) {
            double sum = 0.0;
            size_t bit = 0;
            for (size_t t = 0; t < nt; t++)
                if (t != f) {
                    x[t] = (mask >> bit++) & 1ul ? thi[t] : tlo[t];
                    sum += x[t];
                }
            x[f] = 1.0 - sum;
            if (x[f] >= tlo[f] - MIX_SUM_TOL && x[f] <= thi[f] + MIX_SUM_TOL)
                mix_vertex(cap, x, nt, nc, clo, chi, best, vmax);
        }
}

sl_status sli_model_mix(const sli_model *m, double *total, double *cargo,
                        sl_error *err)
{
    const sl_dist *sh[SLI_KINDS_MAX];
    int rest[SLI_KINDS_MAX];
    double tlo[SLI_KINDS_MAX], thi[SLI_KINDS_MAX], clo[SLI_KINDS_MAX];
    double chi[SLI_KINDS_MAX], vmax[SLI_KINDS_MAX], best = 0.0, sumlo = 0.0;
    size_t nt = m->ntypes, nc = m->ncargo;
    double *cap = malloc(nt * nc * sizeof *cap);
    if (!cap)
        return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
    for (size_t t = 0; t < nt; t++)
        sl_scenario_container_type(m->sc, t, &sh[t], &rest[t]);
    for (size_t t = 0; t < nt; t++)
        share_range(sh, rest, nt, t, &tlo[t], &thi[t]);
    for (size_t c = 0; c < nc; c++)
        sl_scenario_cargo_type(m->sc, c, &sh[c], &rest[c]);
    for (size_t c = 0; c < nc; c++) {
        share_range(sh, rest, nc, c, &clo[c], &chi[c]);
        sumlo += clo[c];
        vmax[c] = 0.0;
    }
    for (size_t t = 0; t < nt; t++)
        for (size_t c = 0; c < nc; c++) {
            double lo;
            sli_model_cell_range(m, t, c, &lo, &cap[t * nc + c], NULL);
        }
    if (nt <= MIX_TYPES_EXACT) {
        mix_vertices(cap, nt, nc, tlo, thi, clo, chi, &best, vmax);
    } else { /* each cargo in its best type: a bound on every vertex */
        for (size_t c = 0; c < nc; c++)
            for (size_t t = 0; t < nt; t++)
                if (thi[t] > 0.0)
                    vmax[c] = fmax(vmax[c], cap[t * nc + c]);
        best = best_split(vmax, clo, chi, nc);
    }
    free(cap);
    *total = sli_model_most(m, best);
    for (size_t c = 0; cargo && c < nc; c++) {
        /* cargo c alone: its share as high as the others' low ends allow */
        double y = fmin(chi[c], 1.0 - (sumlo - clo[c]));
        cargo[c] = y > 0.0 ? sli_model_most(m, y * vmax[c]) : 0.0;
    }
    return SL_OK;
}
