/*
 * lib/sensitivity.c - which input drives the range.
 *
 * First-order index of input X: Var(E[Y | X]) / Var(Y), estimated from the
 * samples already drawn ("given data"): the uniforms behind X are cut into
 * SLI_SENS_BINS equiprobable bins, the variance of the bin means of Y is
 * taken, and the part of it that is the bin means' own sampling noise
 * ((B - 1) / n times the mean square within the bins) is subtracted.  Rank correlation: the correlation of X's uniform (its exact
 * CDF value) with the normalised rank of Y, a consistent estimate of
 * Spearman's rho.  See docs/method.md.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "estimate_internal.h"

/* SLI_SENS_BINS, the bins of each input's uniforms: estimate_internal.h */
/* Fewest samples for the indices: 10 per bin (with 2 samples the table
 * read 0 % for every input and rank correlations of +-1). */
#define SLI_SENS_MIN (10 * SLI_SENS_BINS)
/* the note, estimate.h and method.md say 320 */
_Static_assert(SLI_SENS_MIN == 320, "update the sensitivity note's 320");

/* Index and rank correlation of input k. */
static void one_input(const sl_result *res, size_t k, const double *y,
                      const double *rank, double mean, double var,
                      sl_sensitivity *out)
{
    double sum[SLI_SENS_BINS] = {0}, cnt[SLI_SENS_BINS] = {0};
    size_t n = res->nsens_samples, ni = res->ninputs;
    size_t nb = 0; /* bins that hold a sample */
    double between = 0.0, su = 0.0, sr = 0.0, suu = 0.0, srr = 0.0, sur = 0.0;
    for (size_t i = 0; i < n; i++) {
        double u = res->sens_u[i * ni + k];
        size_t b = (size_t)(u * SLI_SENS_BINS);
        if (b >= SLI_SENS_BINS)
            b = SLI_SENS_BINS - 1;
        sum[b] += y[i];
        cnt[b] += 1.0;
        su += u;
        sr += rank[i];
        suu += u * u;
        srr += rank[i] * rank[i];
        sur += u * rank[i];
    }
    for (size_t b = 0; b < SLI_SENS_BINS; b++)
        if (cnt[b] > 0) {
            double d = sum[b] / cnt[b] - mean;
            between += cnt[b] * d * d;
            nb++;
        }
    /* One-way analysis of variance over the bins: between is the sum of
       squares between them (SSB), n var the total (SST), their difference
       the sum within (SSW).  The bin means carry sampling noise, which
       adds (nb - 1) times the variance within a bin to SSB on average:
       that is estimated by the mean square within, SSW / (n - nb), and
       taken off.  (Until 29 Nov 2026 the variance of the whole total was
       taken off instead, its value under no effect: too much by the
       input's own share, so an index S read S (1 - 31 / n), 9 points low
       at 320 samples for S = 0.93.) */
    if (var > 0 && n > nb) {
        double sst = var * (double)n, ssw = sst - between;
        if (ssw < 0.0)
            ssw = 0.0;
        out->index = (between - (double)(nb - 1) * ssw / (double)(n - nb)) /
                     sst;
    } else
        out->index = 0.0;
    if (out->index < 0.0)
        out->index = 0.0;
    if (out->index > 1.0)
        out->index = 1.0;
    {
        double cu = suu - su * su / (double)n, cr = srr - sr * sr / (double)n;
        double cur = sur - su * sr / (double)n;
        out->rank_corr = (cu > 0 && cr > 0) ? cur / sqrt(cu * cr) : 0.0;
    }
}

static int by_index_desc(const void *a, const void *b)
{
    const sl_sensitivity *x = a, *y = b;
    if (x->index != y->index)
        return x->index < y->index ? 1 : -1;
    return strcmp(x->input, y->input);
}

/* 1 if the first n totals are all equal (a variance of exactly 0, which
 * the computed variance may miss by rounding). */
static int constant_total(const double *y, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (y[i] != y[0])
            return 0;
    return 1;
}

sl_status sli_sensitivity(sl_result *res, const sli_model *m, sl_error *err)
{
    size_t n = res->nsens_samples;
    size_t *perm;
    double *rank, mean = 0.0, var = 0.0;
    if (constant_total(res->total, res->n)) {
        /* no variance to share out: a table of shares would be noise */
        res->sens_note = "the total is the same in every sample: it does "
                         "not vary, so no input drives it";
        return SL_OK;
    }
    if (m->ninputs == 0) {
        res->sens_note = "no shared input is uncertain: the total varies "
                         "only from container to container (fill, which "
                         "cargo each one carries)";
        return SL_OK;
    }
    if (n < SLI_SENS_MIN) {
        res->sens_note = "too few samples (fewer than 320) to share out the "
                         "variance among the inputs";
        return SL_OK;
    }
    if (!res->sens_u)
        return SL_OK;
    res->sens = calloc(m->ninputs, sizeof *res->sens);
    perm = malloc(n * sizeof *perm);
    rank = malloc(n * sizeof *rank);
    if (!res->sens || !perm || !rank) {
        free(perm);
        free(rank);
        return sli_fail(err, SL_ENOMEM, "sensitivity", "out of memory");
    }
    if (sli_sort_index(perm, res->total, n)) {
        free(perm);
        free(rank);
        return sli_fail(err, SL_ENOMEM, "sensitivity", "out of memory");
    }
    for (size_t r = 0; r < n;) {
        /* tied totals share their mid-rank */
        size_t e = r + 1;
        while (e < n && res->total[perm[e]] == res->total[perm[r]])
            e++;
        for (size_t j = r; j < e; j++)
            rank[perm[j]] = 0.5 * (double)(r + e) / (double)n;
        r = e;
    }
    for (size_t i = 0; i < n; i++)
        mean += res->total[i];
    mean /= (double)n;
    for (size_t i = 0; i < n; i++)
        var += (res->total[i] - mean) * (res->total[i] - mean);
    var /= (double)n;
    res->nsens = 0;
    for (size_t k = 0; k < m->ninputs; k++) {
        sl_sensitivity *o = &res->sens[res->nsens];
        /* a figure of a type or cargo no container can be: its share of
           the variance would be noise (152mm-round=0 showed its package
           masses at 0.3 %) */
        if (sli_model_input_inert(m, k))
            continue;
        sli_strlcpy(o->input, m->inputs[k].name, sizeof o->input);
        one_input(res, k, res->total, rank, mean, var, o);
        res->nsens++;
    }
    if (res->nsens == 0)
        res->sens_note = "no uncertain input can move the total (each is "
                         "a figure of a container or cargo type whose "
                         "share is 0, or a load rule that no packaged "
                         "munition can feel): it varies only from "
                         "container to container (fill, which cargo each "
                         "one carries)";
    qsort(res->sens, res->nsens, sizeof *res->sens, by_index_desc);
    free(perm);
    free(rank);
    return SL_OK;
}

/* Why there are no rows (see estimate.h). */
const char *sl_result_sensitivity_note(const sl_result *res)
{
    if (!res || res->nsens)
        return NULL;
    if (!res->opt.sensitivity)
        return "not computed: options.sensitivity was 0";
    return res->sens_note ? res->sens_note
                          : "not computed";
}
