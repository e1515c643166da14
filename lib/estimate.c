/* lib/estimate.c - the Monte Carlo run and its results. */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <gsl/gsl_statistics_double.h>
#include "estimate_internal.h"
#include "capacity_internal.h"

/* Samples per block: each block has its own generator seeded from
 * (seed, block index), so results do not depend on the thread count. */
#define SLI_BLOCK 4096
/* Samples kept for the sensitivity estimators. */
#define SLI_SENS_MAX ((size_t)1 << 18)
/* Most samples accepted in one run. */
#define SLI_SAMPLES_MAX 1000000000.0

void sl_options_init(sl_options *opt)
{
    if (!opt)
        return;
    memset(opt, 0, sizeof *opt);
    opt->samples = 100000;
    opt->seed = 1;
    opt->threads = 0;
    opt->rel_precision = 0.0;
    opt->max_samples = 10000000;
    opt->clt_threshold = 64;
    opt->histogram_bins = 40;
    opt->keep_samples = 1;
    opt->sensitivity = 1;
    opt->geometry_levels = 9;
}

/* Check run options; names the bad field. */
static sl_status check_options(const sl_options *o, sl_error *err)
{
    if (o->samples < 2 || (double)o->samples > SLI_SAMPLES_MAX)
        return sli_fail(err, SL_ERANGE, "samples",
                        "sample count %zu is outside 2 to 10^9", o->samples);
    if (o->threads < 0 || o->threads > 1024)
        return sli_fail(err, SL_ERANGE, "threads",
                        "thread count %d is outside 0 (all cores) to 1024",
                        o->threads);
    if (!(o->rel_precision >= 0.0) || o->rel_precision >= 1.0)
        return sli_fail(err, SL_ERANGE, "rel_precision",
                        "relative precision must lie in [0, 1), 0 = off");
    if (o->rel_precision > 0 &&
        (o->max_samples < o->samples || (double)o->max_samples > SLI_SAMPLES_MAX))
        return sli_fail(err, SL_ERANGE, "max_samples",
                        "max_samples %zu must lie between samples (%zu) and "
                        "10^9", o->max_samples, o->samples);
    if (o->histogram_bins < 1 || o->histogram_bins > 100000)
        return sli_fail(err, SL_ERANGE, "histogram_bins",
                        "histogram bins must lie in 1 to 100000");
    if (o->geometry_levels < 1 || o->geometry_levels > 257)
        return sli_fail(err, SL_ERANGE, "geometry_levels",
                        "geometry levels must lie in 1 to 257");
    if (o->clt_threshold > 1000000)
        return sli_fail(err, SL_ERANGE, "clt_threshold",
                        "the exact/normal threshold must be at most 10^6");
    return SL_OK;
}

/* Shared state of one generation pass. */
typedef struct run_ctx {
    const sli_model *m;
    sl_result *res;
    size_t from_block, nblocks, n;
    int nthreads;
    uint64_t seed;
    atomic_size_t done;
    atomic_int failed, cancelled;
    const sl_options *opt;
    /* progress: the calling thread reports every block done, its own and
       the other threads' (they signal cv), until they have all exited */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int exited;            /* threads other than the caller's done (mu) */
    double of;             /* samples the share is of: n, or in adaptive
                              mode the most it may draw */
} run_ctx;

typedef struct worker_arg {
    run_ctx *ctx;
    int id;
} worker_arg;

/* SplitMix64: spreads a seed so that neighbouring seeds give unrelated
 * generator states. */
static uint64_t mix64(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/* The generator seed of block b.  mt19937 uses 32 bits of its seed:
 * offsetting one mixed base by the block index keeps the blocks of a run
 * distinct (a run has at most 244,141 blocks), but for one value: GSL
 * seeds mt19937 with 4357 when given 0, so a run whose blocks reach 0
 * (past 2^32 - 1) and 4357 repeated a block.  Block seed 0 takes the value
 * just below the base instead, which no block of the run has. */
unsigned long sli_block_seed_from(uint32_t base, size_t b)
{
    uint32_t s = base + (uint32_t)b;
    return (unsigned long)(s != 0 ? s : base - 1u);
}

static unsigned long block_seed(uint64_t seed, size_t b)
{
    return sli_block_seed_from((uint32_t)mix64(seed), b);
}

/* A Mersenne Twister generator.  Allocated here rather than with
 * gsl_rng_alloc (whose failure calls GSL's aborting error handler); the
 * gsl_rng struct is public. */
static gsl_rng *rng_new(void)
{
    gsl_rng *r = malloc(sizeof *r);
    if (!r)
        return NULL;
    r->type = gsl_rng_mt19937;
    r->state = calloc(1, r->type->size);
    if (!r->state) {
        free(r);
        return NULL;
    }
    gsl_rng_set(r, 0);
    return r;
}

static void rng_free(gsl_rng *r)
{
    if (r) {
        free(r->state);
        free(r);
    }
}

/* Generate the samples of block b. */
static void run_block(run_ctx *x, gsl_rng *r, sli_draw *d, size_t b)
{
    sl_result *res = x->res;
    size_t lo = b * SLI_BLOCK, hi = lo + SLI_BLOCK;
    const sli_model *m = x->m;
    if (hi > x->n)
        hi = x->n;
    gsl_rng_set(r, block_seed(x->seed, b));
    for (size_t i = lo; i < hi; i++) {
        double t = sli_model_sample(m, r, d);
        res->total[i] = t;
        if (res->ncargo > 1)
            for (size_t c = 0; c < res->ncargo; c++)
                if (res->cargo[c])
                    res->cargo[c][i] = d->cargo_total[c];
        if (i < res->nsens_samples)
            for (size_t k = 0; k < m->ninputs; k++)
                res->sens_u[i * m->ninputs + k] = (float)d->u[k];
    }
}

/* Call the progress callback (from the calling thread) with the share of
 * samples drawn; a non-zero return cancels the run. */
static void report(run_ctx *x)
{
    size_t got = (x->from_block + atomic_load(&x->done)) * SLI_BLOCK;
    double share;
    if (!x->opt->progress || atomic_load(&x->cancelled))
        return;
    share = (double)(got < x->n ? got : x->n) / x->of;
    if (!(share < 1.0))
        return; /* 1 is said once, by the estimator when all are drawn */
    if (x->opt->progress(share, x->opt->progress_user))
        atomic_store(&x->cancelled, 1);
}

/* Thread body: blocks id, id + T, id + 2T, ... */
static void *worker(void *p)
{
    worker_arg *a = p;
    run_ctx *x = a->ctx;
    gsl_rng *r = rng_new();
    sli_draw d;
    if (!r || sli_draw_alloc(x->m, &d) != SL_OK) {
        if (r)
            rng_free(r);
        atomic_store(&x->failed, 1);
        goto out; /* the caller waits for every thread's exit */
    }
    for (size_t b = x->from_block + (size_t)a->id; b < x->nblocks;
         b += (size_t)x->nthreads) {
        if (atomic_load(&x->failed) || atomic_load(&x->cancelled))
            break;
        run_block(x, r, &d, b);
        atomic_fetch_add(&x->done, 1);
        if (a->id == 0)
            report(x);
        else if (x->opt->progress) {
            pthread_mutex_lock(&x->mu);
            pthread_cond_signal(&x->cv);
            pthread_mutex_unlock(&x->mu);
        }
    }
    sli_draw_free(&d);
    rng_free(r);
out:
    if (a->id != 0) {
        pthread_mutex_lock(&x->mu);
        x->exited++;
        pthread_cond_signal(&x->cv);
        pthread_mutex_unlock(&x->mu);
    }
    return NULL;
}

int sli_thread_count(const sl_options *o, size_t nblocks)
{
    long t = o->threads;
    if (t <= 0) {
        t = sysconf(_SC_NPROCESSORS_ONLN);
        if (t < 1)
            t = 1;
    }
    if ((size_t)t > nblocks)
        t = (long)nblocks;
    return t < 1 ? 1 : (int)t;
}

/* Generate samples [from, n) (from on a block boundary). */
static sl_status generate(const sli_model *m, sl_result *res, size_t from,
                          size_t n, sl_error *err)
{
    run_ctx x;
    pthread_t tid[1024];
    worker_arg args[1024];
    int started = 1;
    memset(&x, 0, sizeof x);
    x.m = m;
    x.res = res;
    x.n = n;
    x.opt = &res->opt;
    x.seed = res->opt.seed;
    x.from_block = from / SLI_BLOCK;
    x.nblocks = (n + SLI_BLOCK - 1) / SLI_BLOCK;
    x.nthreads = sli_thread_count(&res->opt, x.nblocks - x.from_block);
    atomic_init(&x.done, 0);
    atomic_init(&x.failed, 0);
    atomic_init(&x.cancelled, 0);
    x.of = (double)(res->opt.rel_precision > 0 ? res->opt.max_samples : n);
    if (pthread_mutex_init(&x.mu, NULL) != 0)
        return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
    if (pthread_cond_init(&x.cv, NULL) != 0) {
        pthread_mutex_destroy(&x.mu);
        return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
    }
    for (int i = 0; i < x.nthreads; i++) {
        args[i].ctx = &x;
        args[i].id = i;
    }
    for (int i = 1; i < x.nthreads; i++) {
        if (pthread_create(&tid[i], NULL, worker, &args[i]) != 0) {
            /* Fewer threads: the blocks of the missing ones are redone
               below by the caller thread, so results stay the same. */
            break;
        }
        started++;
    }
    worker(&args[0]);
    if (res->opt.progress) { /* the other threads' blocks, as they end */
        size_t seen = atomic_load(&x.done);
        pthread_mutex_lock(&x.mu);
        while (x.exited < started - 1) {
            pthread_cond_wait(&x.cv, &x.mu);
            if (atomic_load(&x.done) != seen) {
                seen = atomic_load(&x.done);
                pthread_mutex_unlock(&x.mu);
                report(&x);
                pthread_mutex_lock(&x.mu);
            }
        }
        pthread_mutex_unlock(&x.mu);
    }
    for (int i = 1; i < started; i++)
        pthread_join(tid[i], NULL);
    pthread_cond_destroy(&x.cv);
    pthread_mutex_destroy(&x.mu);
    if (started < x.nthreads && !atomic_load(&x.failed) &&
        !atomic_load(&x.cancelled)) {
        /* Run the blocks of threads that could not start. */
        gsl_rng *r = rng_new();
        sli_draw d;
        if (!r || sli_draw_alloc(m, &d) != SL_OK) {
            if (r)
                rng_free(r);
            return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
        }
        for (size_t b = x.from_block; b < x.nblocks; b++)
            if ((b - x.from_block) % (size_t)x.nthreads >= (size_t)started)
                run_block(&x, r, &d, b);
        sli_draw_free(&d);
        rng_free(r);
    }
    if (atomic_load(&x.failed))
        return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
    if (atomic_load(&x.cancelled))
        return sli_fail(err, SL_ESTATE, "progress",
                        "the run was cancelled by the progress callback");
    return SL_OK;
}

/* Grow the per-sample arrays to n samples. */
static sl_status reserve(sl_result *res, const sli_model *m, size_t n,
                         sl_error *err)
{
    size_t ninputs = m->ninputs;
    double *t = realloc(res->total, n * sizeof *t);
    if (!t)
        return sli_fail(err, SL_ENOMEM, "samples",
                        "out of memory for %zu samples", n);
    res->total = t;
    if (res->ncargo > 1)
        for (size_t c = 0; c < res->ncargo; c++) {
            double *p;
            if (!m->cargo[c].munition)
                continue; /* always 0: no samples kept */
            p = realloc(res->cargo[c], n * sizeof *p);
            if (!p)
                return sli_fail(err, SL_ENOMEM, "samples",
                                "out of memory for %zu samples", n);
            res->cargo[c] = p;
        }
    if (!res->sens_u && res->opt.sensitivity && ninputs) {
        size_t most = res->opt.rel_precision > 0 ? res->opt.max_samples : n;
        if (most > SLI_SENS_MAX)
            most = SLI_SENS_MAX;
        res->sens_u = malloc(most * ninputs * sizeof *res->sens_u);
        if (!res->sens_u)
            return sli_fail(err, SL_ENOMEM, "samples", "out of memory");
    }
    return SL_OK;
}

/* The ranks quantile_se reads for quantile p of n sorted samples: the two
 * order statistics interpolated between, and the ends of the
 * distribution-free 95 % order-statistic interval. */
static void quantile_ranks(size_t n, double p, size_t r[4])
{
    double half = 1.959964 * sqrt((double)n * p * (1.0 - p));
    /* the interval's ranks counted from 1, less 1 (counted from 0): taken
       as counted from 0 they sat one higher, and at 2 or 3 samples P95's
       interval was [s[n-1], s[n-1]], an SE of 0 though the samples differ */
    double klo = floor((double)n * p - half) - 1,
           khi = ceil((double)n * p + half) - 1;
    /* gsl_stats_quantile_from_sorted_data's interpolation */
    r[0] = (size_t)(p * (double)(n - 1));
    r[1] = r[0] + 1 < n ? r[0] + 1 : r[0];
    /* clamp both ranks into [0, n - 1] (p may be 0 or 1) */
    klo = klo < 0 ? 0 : (klo > (double)n - 1 ? (double)n - 1 : klo);
    khi = khi < 0 ? 0 : (khi > (double)n - 1 ? (double)n - 1 : khi);
    r[2] = (size_t)klo;
    r[3] = (size_t)khi;
    /* and at least the two the quantile is interpolated between (few
       samples: the interval's ends met at one rank) */
    if (r[2] > r[0])
        r[2] = r[0];
    if (r[3] < r[1])
        r[3] = r[1];
}

/* Quantile p of sorted data (at least at the ranks quantile_ranks names)
 * and its Monte Carlo standard error from the distribution-free 95 %
 * order-statistic interval (summarise raises it to the batch-means one,
 * batch_se). */
static void quantile_se(const double *s, size_t n, double p, double *q,
                        double *se)
{
    size_t r[4];
    quantile_ranks(n, p, r);
    *q = gsl_stats_quantile_from_sorted_data(s, 1, n, p);
    *se = (s[r[3]] - s[r[2]]) / (2 * 1.959964);
}

/* Mean and standard deviation (n - 1) of x, summed in sample order: two
 * plain passes (gsl_stats_mean divides once per sample, a tenth of a run
 * at 10^6 samples). */
static void moments(const double *x, size_t n, double *mean, double *sd)
{
    double s = 0.0, ss = 0.0, m;
    for (size_t i = 0; i < n; i++)
        s += x[i];
    m = s / (double)n;
    for (size_t i = 0; i < n; i++)
        ss += (x[i] - m) * (x[i] - m);
    *mean = m;
    *sd = n > 1 ? sqrt(ss / (double)(n - 1)) : 0.0;
}

/* 1 if every x[i] equals x[0]. */
static int all_equal(const double *x, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (x[i] != x[0])
            return 0;
    return 1;
}

/* The quantiles a summary reports. */
static const double summary_p[3] = {0.05, 0.50, 0.95};

/* Order s, a copy of x: fully (sort 1) or only at the ranks a summary
 * reads (sort 0: selection). */
static sl_status order_copy(const double *x, double *s, size_t n, int sort)
{
    size_t r[3 * 4 + 2];
    memcpy(s, x, n * sizeof *s);
    /* a constant quantity (a cargo that carries no munitions) is sorted */
    if (all_equal(x, n))
        return SL_OK;
    if (sort)
        return sli_sort_doubles(s, n);
    for (size_t k = 0; k < 3; k++)
        quantile_ranks(n, summary_p[k], r + 4 * k);
    r[12] = 0;
    r[13] = n - 1;
    return sli_sort_select(s, n, r, sizeof r / sizeof r[0]);
}

/* Batch means (sectioning) for the quantiles' standard errors: the samples
 * are iid, so SE_BATCHES contiguous batches in sample order are independent;
 * each batch's quantile p varies about p's as sd / sqrt(its size), which
 * holds when the sampled quantity takes few distinct values (ties), where
 * the order-statistic interval's width collapses. A batch holds at least
 * SE_BATCH_MIN / (p (1 - p)) samples at the smallest p (20 samples expected
 * on the short side of P5); fewer than SE_BATCHES_MIN batches: no batch
 * estimate. */
#define SE_BATCHES 32
#define SE_BATCHES_MIN 8
#define SE_BATCH_MIN 20.0

/* se[k] = max(se[k], the batch-means standard error of quantile
 * summary_p[k] of the n samples x, in sample order). */
static sl_status batch_se(const double *x, size_t n, double se[3])
{
    double pmin = summary_p[0], q[3][SE_BATCHES], *buf;
    size_t least = (size_t)ceil(SE_BATCH_MIN / (pmin * (1.0 - pmin)));
    size_t k = n / least;
    if (k > SE_BATCHES)
        k = SE_BATCHES;
    if (k < SE_BATCHES_MIN)
        return SL_OK;
    buf = malloc((n / k + 1) * sizeof *buf);
    if (!buf)
        return SL_ENOMEM;
    for (size_t b = 0; b < k; b++) {
        size_t lo = b * n / k, m = (b + 1) * n / k - lo;
        memcpy(buf, x + lo, m * sizeof *buf);
        if (!all_equal(buf, m) && sli_sort_doubles(buf, m)) {
            free(buf);
            return SL_ENOMEM;
        }
        for (size_t j = 0; j < 3; j++)
            q[j][b] = gsl_stats_quantile_from_sorted_data(buf, 1, m,
                                                          summary_p[j]);
    }
    free(buf);
    for (size_t j = 0; j < 3; j++) {
        double mean, sd;
        moments(q[j], k, &mean, &sd);
        sd /= sqrt((double)k);
        if (sd > se[j])
            se[j] = sd;
    }
    return SL_OK;
}

/* Summary of n samples in x; s is the caller's buffer for a copy, left
 * sorted when sort is 1 (else ordered only where the summary reads). */
static sl_status summarise(const double *x, double *s, size_t n, int sort,
                           sl_summary *out, sl_error *err)
{
    if (order_copy(x, s, n, sort))
        return sli_fail(err, SL_ENOMEM, "samples",
                        "out of memory sorting %zu samples", n);
    moments(x, n, &out->mean, &out->sd);
    quantile_se(s, n, summary_p[0], &out->p05, &out->se_p05);
    quantile_se(s, n, summary_p[1], &out->p50, &out->se_p50);
    quantile_se(s, n, summary_p[2], &out->p95, &out->se_p95);
    {
        double se[3] = {out->se_p05, out->se_p50, out->se_p95};
        if (batch_se(x, n, se))
            return sli_fail(err, SL_ENOMEM, "samples",
                            "out of memory for the quantiles' standard "
                            "errors at %zu samples", n);
        out->se_p05 = se[0];
        out->se_p50 = se[1];
        out->se_p95 = se[2];
    }
    out->sample_min = s[0];
    out->sample_max = s[n - 1];
    return SL_OK;
}

/* 1 when P5, P50 and P95 are within the requested relative precision. */
static int precise_enough(const sl_summary *s, double rel)
{
    return s->se_p05 <= rel * fabs(s->p05) && s->se_p50 <= rel * fabs(s->p50) &&
           s->se_p95 <= rel * fabs(s->p95);
}

/* Histogram of the total over [sample_min, sample_max]. */
static sl_status histogram(sl_result *res, sl_error *err)
{
    size_t nb = res->opt.histogram_bins;
    double lo = res->total_sum.sample_min, hi = res->total_sum.sample_max;
    res->hist_edges = malloc((nb + 1) * sizeof *res->hist_edges);
    res->hist_counts = calloc(nb, sizeof *res->hist_counts);
    if (!res->hist_edges || !res->hist_counts)
        return sli_fail(err, SL_ENOMEM, "histogram", "out of memory");
    if (!(hi > lo)) { /* one bin's width of 1 around the value, never
                         below 0, which no total goes under (--fill 0:
                         0 to 1, not -0.5 to 0.5) */
        lo = lo >= 0.5 ? lo - 0.5 : lo >= 0 ? 0.0 : lo - 0.5;
        hi = lo + 1.0;
    }
    for (size_t k = 0; k <= nb; k++)
        res->hist_edges[k] = lo + (hi - lo) * (double)k / (double)nb;
    for (size_t i = 0; i < res->n; i++) {
        double f = (res->total[i] - lo) / (hi - lo) * (double)nb;
        size_t k = f <= 0 ? 0 : (size_t)f;
        if (k >= nb)
            k = nb - 1;
        res->hist_counts[k] += 1.0;
    }
    res->nbins = nb;
    return SL_OK;
}

/* Capacity table at nominal figures, with the nominal geometry limits the
 * model tabulated (the same packer runs as sl_capacity_nominal, raised
 * where an entry they cover packed more: model.h), and each row's range
 * over every input's support. */
static sl_status capacity_table(sl_result *res, const sli_model *m,
                                sl_error *err)
{
    size_t stride = SLI_GEO_STRIDE(m);
    res->capacity = calloc(m->ncells, sizeof *res->capacity);
    res->capacity_range = malloc(3 * m->ncells * sizeof *res->capacity_range);
    if (!res->capacity || !res->capacity_range)
        return sli_fail(err, SL_ENOMEM, "capacity", "out of memory");
    for (size_t t = 0; t < m->ntypes; t++)
        for (size_t c = 0; c < m->ncargo; c++) {
            size_t cell = t * m->ncargo + c;
            sl_status s;
            sli_model_cell_range(m, t, c, &res->capacity_range[3 * cell],
                                 &res->capacity_range[3 * cell + 1],
                                 &res->capacity_range[3 * cell + 2]);
            s = sli_capacity_with_geometry(
                m->types[t].c, m->cargo[c].g, sl_scenario_load_rules(res->sc),
                m->geo[cell * stride +
                       (size_t)m->margin_nominal * SLI_GEO_MSTRIDE(m) +
                       SLI_GEO_NOMINAL(m)], &res->capacity[cell], err);
            if (s)
                return s;
        }
    res->ncapacity = m->ncells;
    return SL_OK;
}

/* Allocate the result shell for scenario sc. */
static sl_status result_alloc(const sl_scenario *sc, const sl_options *opt,
                              sl_result **out, sl_error *err)
{
    sl_result *res = calloc(1, sizeof *res);
    sl_status s;
    if (!res)
        return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
    res->opt = *opt;
    if ((s = sl_scenario_copy(sc, &res->sc, err))) {
        free(res);
        return s;
    }
    res->ncargo = sl_scenario_cargo_type_count(sc);
    res->cargo = calloc(res->ncargo ? res->ncargo : 1, sizeof *res->cargo);
    res->cargo_sum = calloc(res->ncargo ? res->ncargo : 1,
                            sizeof *res->cargo_sum);
    if (!res->cargo || !res->cargo_sum) {
        sl_result_free(res);
        return sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
    }
    *out = res;
    return SL_OK;
}

/* Per-cargo summaries and hard bounds (mix[c]: cargo c's maximum with
 * exact shares, sli_model_mix). */
static sl_status cargo_summaries(sl_result *res, const sli_model *m,
                                 const double *mix, double *scratch,
                                 sl_error *err)
{
    for (size_t c = 0; c < res->ncargo; c++) {
        sl_summary *s = &res->cargo_sum[c];
        if (res->ncargo == 1) {
            *s = res->total_sum;
            continue;
        }
        if (!res->cargo[c]) {
            memset(s, 0, sizeof *s); /* no munitions: every figure 0 */
            continue;
        }
        sl_status st = summarise(res->cargo[c], scratch, res->n, 0, s, err);
        if (st)
            return st;
        sli_model_bounds_of(m, c, &s->min, &s->max, &s->max_found);
        s->max_mix = mix[c];
    }
    return SL_OK;
}

/* *more = 1 when the scenario's claim has a verdict that more samples
 * could change (sl_claim_check.unsettled), checked on the samples so far
 * (sorted in sorted; the hard bounds already set). */
static sl_status claim_unsettled(sl_result *res, const sli_model *m,
                                 double *sorted, int *more, sl_error *err)
{
    sl_status s;
    res->sorted = sorted;
    s = sli_claim_check(res, m, err);
    *more = s == SL_OK && res->has_claim && res->claim.unsettled;
    res->sorted = NULL; /* the caller's buffer, which it may move */
    res->has_claim = 0; /* checked again on the final samples */
    return s;
}

/* Run the samples, growing them in adaptive mode: until P5, P50 and P95
 * are precise enough and the claim's verdict is settled. */
static sl_status sample_all(sl_result *res, const sli_model *m,
                            double **scratch, sl_error *err)
{
    size_t n = res->opt.samples, done = 0;
    sl_status s;
    for (;;) {
        double *sc;
        if ((s = reserve(res, m, n, err)))
            return s;
        res->nsens_samples = res->sens_u ? (n < SLI_SENS_MAX ? n : SLI_SENS_MAX)
                                         : 0;
        if ((s = generate(m, res, done - done % SLI_BLOCK, n, err)))
            return s;
        res->n = n;
        sc = realloc(*scratch, n * sizeof *sc);
        if (!sc)
            return sli_fail(err, SL_ENOMEM, "samples", "out of memory");
        *scratch = sc;
        if ((s = summarise(res->total, sc, n, 1, &res->total_sum, err)))
            return s;
        if (res->opt.rel_precision <= 0.0 || n >= res->opt.max_samples)
            return SL_OK;
        if (precise_enough(&res->total_sum, res->opt.rel_precision)) {
            int more;
            if ((s = claim_unsettled(res, m, sc, &more, err)))
                return s;
            if (!more)
                return SL_OK;
        }
        done = n;
        n = 2 * n > res->opt.max_samples ? res->opt.max_samples : 2 * n;
    }
}

sl_status sl_estimate(const sl_scenario *sc, const sl_options *opt,
                      sl_result **out, sl_error *err)
{
    return sl_estimate_cached(sc, opt, NULL, out, err);
}

sl_status sl_estimate_cached(const sl_scenario *sc, const sl_options *opt,
                             sl_cache *cache, sl_result **out, sl_error *err)
{
    sl_options defaults;
    sl_result *res = NULL;
    sli_model m;
    double *scratch = NULL, mix[SLI_KINDS_MAX];
    sl_status s;

    if (!sc || !out)
        return sli_fail(err, SL_EINVAL, sc ? "out" : "scenario",
                        "NULL argument");
    *out = NULL;
    if (!opt) {
        sl_options_init(&defaults);
        opt = &defaults;
    }
    if ((s = check_options(opt, err)) || (s = sl_scenario_validate(sc, err)))
        return s;
    if ((s = result_alloc(sc, opt, &res, err)))
        return s;
    if ((s = sli_model_build(&m, res->sc, opt, cache, err)))
        goto fail;
    res->ninputs = m.ninputs;
    sli_model_bounds(&m, &res->total_sum.min, &res->total_sum.max,
                     &res->total_sum.max_found); /* the adaptive claim check */
    if ((s = sample_all(res, &m, &scratch, err)))
        goto fail;
    /* every sample drawn: the share ends at 1 (in adaptive mode it was a
       share of the most it may draw; and a block may end after the last
       report), and a non-zero return still cancels */
    if (res->opt.progress && res->opt.progress(1.0, res->opt.progress_user)) {
        s = sli_fail(err, SL_ESTATE, "progress",
                     "the run was cancelled by the progress callback");
        goto fail;
    }
    /* a total above 2^53 (or inf) is not a count a double holds exactly */
    if (!(res->total_sum.sample_max <= 9007199254740992.0)) {
        s = sli_fail(err, SL_EOVERFLOW, "total",
                     "a sample's total reaches %.3g munitions, more than "
                     "2^53; check the catalog masses and ratings",
                     res->total_sum.sample_max);
        goto fail;
    }
    if ((s = sli_model_mix(&m, &res->total_sum.max_mix, mix, err)))
        goto fail;
    res->sorted = scratch; /* summarise left the totals sorted here */
    scratch = NULL;
    if ((s = histogram(res, err)) || (s = capacity_table(res, &m, err)))
        goto fail;
    {
        double *tmp = malloc(res->n * sizeof *tmp);
        if (!tmp) {
            s = sli_fail(err, SL_ENOMEM, "estimate", "out of memory");
            goto fail;
        }
        s = cargo_summaries(res, &m, mix, tmp, err);
        free(tmp);
        if (s)
            goto fail;
    }
    if (res->opt.sensitivity && (s = sli_sensitivity(res, &m, err)))
        goto fail;
    if ((s = sli_claim_check(res, &m, err)))
        goto fail;
    if (!res->opt.keep_samples) {
        /* The sorted copy stays for quantiles; drop the sample order. */
        free(res->total);
        res->total = NULL;
    }
    sli_model_free(&m);
    *out = res;
    return SL_OK;
fail:
    free(scratch);
    sli_model_free(&m);
    sl_result_free(res);
    return s;
}

void sl_result_free(sl_result *res)
{
    if (!res)
        return;
    sl_scenario_free(res->sc);
    free(res->total);
    free(res->sorted);
    if (res->cargo)
        for (size_t c = 0; c < res->ncargo; c++)
            free(res->cargo[c]);
    free(res->cargo);
    free(res->cargo_sum);
    free(res->sens_u);
    free(res->sens);
    free(res->hist_edges);
    free(res->hist_counts);
    free(res->capacity);
    free(res->capacity_range);
    free(res);
}

size_t sl_result_samples_count(const sl_result *res)
{
    return res ? res->n : 0;
}

sl_status sl_result_total(const sl_result *res, sl_summary *out)
{
    if (!res || !out)
        return SL_EINVAL;
    *out = res->total_sum;
    return SL_OK;
}

size_t sl_result_cargo_count(const sl_result *res)
{
    return res ? res->ncargo : 0;
}

sl_status sl_result_cargo_total(const sl_result *res, size_t i,
                                const char **cargo_id, sl_summary *out)
{
    if (!res || i >= res->ncargo)
        return SL_EINVAL;
    if (cargo_id)
        *cargo_id = sl_scenario_cargo_type(res->sc, i, NULL, NULL)->id;
    if (out)
        *out = res->cargo_sum[i];
    return SL_OK;
}

sl_status sl_result_quantile(const sl_result *res, double p, double *q,
                             double *se)
{
    double qq, ss;
    if (!res || !(p >= 0.0 && p <= 1.0))
        return SL_EINVAL;
    quantile_se(res->sorted, res->n, p, &qq, &ss);
    if (q)
        *q = qq;
    if (se)
        *se = ss;
    return SL_OK;
}

size_t sli_count_below(const sl_result *res, double x, int or_equal)
{
    size_t lo = 0, hi = res->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (res->sorted[mid] < x || (or_equal && res->sorted[mid] == x))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

double sl_result_cdf(const sl_result *res, double x)
{
    size_t below, upto;
    if (!res || isnan(x))
        return NAN;
    below = sli_count_below(res, x, 0);
    upto = sli_count_below(res, x, 1);
    return ((double)below + 0.5 * (double)(upto - below)) / (double)res->n;
}

const double *sl_result_samples(const sl_result *res, size_t *n)
{
    if (n)
        *n = res && res->total ? res->n : 0;
    return res ? res->total : NULL;
}

sl_status sl_result_histogram(const sl_result *res, size_t *nbins,
                              const double **edges, const double **counts)
{
    if (!res)
        return SL_EINVAL;
    if (nbins)
        *nbins = res->nbins;
    if (edges)
        *edges = res->hist_edges;
    if (counts)
        *counts = res->hist_counts;
    return SL_OK;
}

size_t sl_result_capacity_count(const sl_result *res)
{
    return res ? res->ncapacity : 0;
}

const sl_capacity *sl_result_capacity(const sl_result *res, size_t i)
{
    return res && i < res->ncapacity ? &res->capacity[i] : NULL;
}

sl_status sl_result_capacity_range(const sl_result *res, size_t i,
                                   double *lo, double *hi)
{
    if (!res || i >= res->ncapacity)
        return sli_fail(NULL, SL_EINVAL, res ? "i" : "res",
                        res ? "row out of range" : "NULL result");
    if (lo)
        *lo = res->capacity_range[3 * i];
    if (hi)
        *hi = res->capacity_range[3 * i + 1];
    return SL_OK;
}

sl_status sl_result_capacity_found(const sl_result *res, size_t i,
                                   double *hi)
{
    if (!res || i >= res->ncapacity)
        return sli_fail(NULL, SL_EINVAL, res ? "i" : "res",
                        res ? "row out of range" : "NULL result");
    if (hi)
        *hi = res->capacity_range[3 * i + 2];
    return SL_OK;
}

size_t sl_result_sensitivity_count(const sl_result *res)
{
    return res ? res->nsens : 0;
}

const sl_sensitivity *sl_result_sensitivity(const sl_result *res, size_t i)
{
    return res && i < res->nsens ? &res->sens[i] : NULL;
}

sl_status sl_result_claim(const sl_result *res, sl_claim_check *out)
{
    if (!res || !out)
        return SL_EINVAL;
    if (!res->has_claim)
        return SL_ESTATE;
    *out = res->claim;
    return SL_OK;
}

const sl_scenario *sl_result_scenario(const sl_result *res)
{
    return res ? res->sc : NULL;
}

const sl_options *sl_result_options(const sl_result *res)
{
    return res ? &res->opt : NULL;
}

int sl_result_precision_reached(const sl_result *res)
{
    if (!res || !(res->opt.rel_precision > 0))
        return -1;
    if (res->has_claim && res->claim.unsettled)
        return 0; /* sample_all also settles the verdict */
    return precise_enough(&res->total_sum, res->opt.rel_precision);
}
