/* lib/estimate_internal.h - the result object (internal). */
#ifndef SHIPLOAD_ESTIMATE_INTERNAL_H
#define SHIPLOAD_ESTIMATE_INTERNAL_H

#include <stdint.h>
#include "model.h"

struct sl_result {
    sl_scenario *sc;          /* owned copy */
    sl_options opt;
    size_t n;                 /* samples drawn */
    double *total;            /* per sample, in sample order (or NULL) */
    double *sorted;           /* the same, sorted */
    size_t ncargo;
    double **cargo;           /* per cargo, per sample (only if ncargo > 1;
                                 NULL for a cargo that carries no
                                 munitions: always 0) */
    sl_summary total_sum;
    sl_summary *cargo_sum;
    size_t ninputs;
    size_t nsens_samples;     /* samples whose input uniforms are kept */
    float *sens_u;            /* nsens_samples x ninputs uniforms */
    size_t nsens;
    sl_sensitivity *sens;
    const char *sens_note;    /* why nsens is 0 (static text), or NULL */
    size_t nbins;
    double *hist_edges, *hist_counts;
    size_t ncapacity;
    sl_capacity *capacity;
    double *capacity_range; /* per row: least, most (sl_result_capacity_range),
                               most found (sl_result_capacity_found) */
    int has_claim;
    sl_claim_check claim;
};

/* Sort x[0..n) ascending in place (radix sort, sort.c).  SL_ENOMEM. */
sl_status sli_sort_doubles(double *x, size_t n);

/* For each r in rank[0..nr) (each below n), set x[r] to the value of
 * rank r, i.e. what x[r] would hold after sli_sort_doubles; the other
 * entries are left in an unspecified order (sort.c: a bucket selection,
 * O(n), for when only a few order statistics are wanted).  SL_ENOMEM. */
sl_status sli_sort_select(double *x, size_t n, const size_t *rank, size_t nr);

/* perm[0..n) = the indices of x in ascending order, ties in index order
 * (sort.c).  SL_ENOMEM, SL_ERANGE (n above 2^32 - 1). */
sl_status sli_sort_index(size_t *perm, const double *x, size_t n);

/* Samples whose total is below x (or equal to it too, when or_equal),
 * by binary search of the sorted totals. */
size_t sli_count_below(const sl_result *res, double x, int or_equal);

/* The mt19937 seed of block b of a run whose mixed seed has 32 bits base:
 * base + b, but never 0 (which GSL seeds as 4357, another block's). */
unsigned long sli_block_seed_from(uint32_t base, size_t b);

/* Equiprobable bins of an input's uniforms for its first-order index
 * (sensitivity.c; tests/test_estimate.c reads it for the index a binned
 * estimate converges to). */
#define SLI_SENS_BINS 32

/* First-order sensitivity indices and rank correlations (sensitivity.c). */
sl_status sli_sensitivity(sl_result *res, const sli_model *m, sl_error *err);

/* The claim check, when the scenario has a claim (claim.c). */
sl_status sli_claim_check(sl_result *res, const sli_model *m, sl_error *err);

/* The claim check's solver (min_max_gross, max_unit_gross) stops when its
 * bracket is narrower than SLI_SOLVE_EPSABS + SLI_SOLVE_EPSREL * |x|
 * (gsl_root_test_interval): the resolution of what it finds. */
#define SLI_SOLVE_EPSABS 1e-9
#define SLI_SOLVE_EPSREL 1e-10

/* Room for a claim check's whole text before it is fitted into
 * sl_claim_check.text (the longest found is about 1,100 bytes). */
#define SLI_CLAIM_TEXT_FULL 4096

/* Copy full into dst (cap bytes), without trailing spaces: whole when it
 * fits, else up to its last sentence end that fits (". ", or a final
 * "."), never mid-sentence; when
 * not even one sentence fits, cut at a space and marked "...".  Returns
 * the length written. */
size_t sli_claim_text_fit(char *dst, size_t cap, const char *full);

#endif
