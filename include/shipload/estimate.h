/**
 * @file
 * shipload/estimate.h - run a scenario: ranges, hard bounds, claim check.
 *
 * Monte Carlo.  Each sample draws every epistemic input once (container
 * count, shares, catalog figures), splits the containers over the cells
 * (container type x cargo type) with a multinomial, and adds up the fills
 * of each cell: exactly (one draw per container) for cells of at most
 * min(16, opt.clt_threshold) containers (up to opt.clt_threshold for a
 * discrete or strongly skewed fill), and above that by one draw of the
 * normal with the fill sum's mean and variance, corrected for its skewness
 * and kurtosis (Cornish-Fisher expansion), clipped to the cell's physical
 * range.  Cells expected to hold more than opt.clt_threshold
 * containers, with a count variance above 100, are "pooled": their counts
 * and fills together are drawn as one multivariate normal over the cargo
 * totals (one normal per cargo, clipped to the physical range; see
 * docs/method.md).  The cost of a sample does not grow with the container
 * count.  Results depend only on (scenario, seed, sample count): samples
 * are generated in fixed blocks, each with its own generator seeded from
 * (seed, block index), so the thread count does not change them.
 */
#ifndef SHIPLOAD_ESTIMATE_H
#define SHIPLOAD_ESTIMATE_H

#include <stddef.h>
#include <stdint.h>
#include "export.h"
#include "status.h"
#include "scenario.h"
#include "pack.h"
#include "cache.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Run options.  Initialise with sl_options_init. */
typedef struct sl_options {
    size_t samples;        /**< Monte Carlo samples; default 100000 */
    uint64_t seed;         /**< default 1 */
    int threads;           /**< threads for the set-up's packer runs and
                              the sampling; 0 = all cores; results do not
                              depend on it */
    double rel_precision;  /**< > 0: adaptive mode; add samples until P5, P50
                              and P95 have a standard error below this
                              share of their value (GUM S1 7.9) and the
                              claim's verdict, if any, is settled
                              (sl_claim_check.unsettled); 0 = off */
    size_t max_samples;    /**< cap for the adaptive mode; default 10^7 */
    size_t clt_threshold;  /**< cells expected above this many containers,
                              with a count variance above 100, are pooled
                              (the vector normal).  Any other cell sums
                              its fills one by one when it holds at most
                              min(16, this) containers (up to this many
                              for a discrete or strongly skewed fill), and
                              above that by one draw of the corrected
                              normal; default 64 */
    size_t histogram_bins; /**< default 40 */
    int keep_samples;      /**< 1: keep the total of every sample; default 1 */
    int sensitivity;       /**< 1: compute sensitivity indices; default 1 */
    int geometry_levels;   /**< package-size levels at which the geometry
                              limit is computed (quadrature of the size
                              uncertainty); default 9 */
    /** Optional progress callback (NULL: none): called from the calling
       thread, as each block of samples ends in any thread, with the share
       of samples drawn in [0, 1], never decreasing, and last with 1 (the
       only call with 1) when all are drawn; in adaptive mode the share is of max_samples (the
       most it may draw).  Returning non-zero cancels the run (SL_ESTATE),
       the other threads at the end of their block. */
    int (*progress)(double done, void *user);
    void *progress_user;   /**< passed to progress as user; not touched */
} sl_options;

/** Fill *opt with the defaults listed above; a NULL opt is ignored. */
SL_API void sl_options_init(sl_options *opt);

/** The outcome of sl_estimate() (opaque; owned by the caller, released with
 * sl_result_free()).  Read it with the sl_result_* functions. */
typedef struct sl_result sl_result;

/**
 * Run the scenario.  *out gets a new result owned by the caller (free with
 * sl_result_free()); the result keeps its own copy of the scenario and
 * options, so both may be changed or freed afterwards.  opt may be NULL:
 * the defaults of sl_options_init().
 * Errors: SL_EINVAL (sc or out NULL), SL_ERANGE (bad options, named in where:
 * samples outside 2 to 10^9, threads outside 0 to 1024, rel_precision
 * outside [0, 1), max_samples (with rel_precision) below samples or above
 * 10^9, histogram_bins outside 1 to 100000, geometry_levels outside 1 to
 * 257, clt_threshold above 10^6), SL_ESTATE
 * (no container count set, or cancelled by the progress callback),
 * SL_EOVERFLOW (a sample's total above 2^53, e.g. from an absurd rating),
 * SL_ENOMEM, and any scenario validation error.
 */
SL_API sl_status sl_estimate(const sl_scenario *sc, const sl_options *opt,
                             sl_result **out, sl_error *err);
/**
 * sl_estimate() with a cache of packer results (shipload/cache.h): the
 * set-up's packer calls are looked up in cache first, and the ones it
 * did not hold are added to it at the end of the set-up (while it has
 * room).  The result is bit for bit sl_estimate()'s, whatever the cache
 * holds and for any thread count; only the time differs.  cache NULL:
 * exactly sl_estimate().  Several calls may share one cache at once.
 * Errors: as sl_estimate().
 */
SL_API sl_status sl_estimate_cached(const sl_scenario *sc,
                                    const sl_options *opt, sl_cache *cache,
                                    sl_result **out, sl_error *err);
/** Free a result and everything it owns; accepts NULL. */
SL_API void sl_result_free(sl_result *res);

/** Summary of a sampled quantity. */
typedef struct sl_summary {
    /** @{ */
    double mean, sd;               /**< mean and standard deviation */
    /** @} */
    /** @{ */
    double p05, p50, p95;          /**< 5th, 50th and 95th percentiles */
    /** @} */
    /** @{ */
    /** Monte Carlo standard errors: the larger of the order-statistic
     * interval's and the batch means' (docs/method.md §2) */
    double se_p05, se_p50, se_p95;
    /** @} */
    /** @{ */
    double sample_min, sample_max; /**< smallest and largest sample */
    /** @} */
    /** @{ */
    double min, max;     /**< hard bounds, every input at the edges of its
                            support: min, the least (at least that many
                            always fit: a packing holds them); max, a
                            proven bound on the most (weight, and the
                            packer's volume, layer and floor-area bounds:
                            no loading under the model holds more, so a
                            claim above it is impossible).  May be +inf
                            when an input is unbounded. */
    /** @} */
    double max_found;    /**< the most the packings found reach at the
                            edges (<= max; equal when weight binds there or
                            the packing is proven optimal).  Every sample
                            lies in [min, max_found]. */
    double max_mix;      /**< the most with every share an exact fraction
                            of the containers inside its range, every
                            other input at its edge (<= max, which also
                            lets the split of the containers stray from the
                            shares, up to every container in the best
                            cell).  For a cargo, its share as high as the
                            others' low ends allow. */
} sl_summary;

/** Number of samples actually drawn (more than asked in adaptive mode);
 * 0 for NULL. */
SL_API size_t sl_result_samples_count(const sl_result *res);

/** Summary of the total of all munitions, copied into *out.
 * Errors: SL_EINVAL (NULL). */
SL_API sl_status sl_result_total(const sl_result *res, sl_summary *out);

/** Number of cargo types (the scenario's, in its order); 0 for NULL. */
SL_API size_t sl_result_cargo_count(const sl_result *res);
/** The total of cargo type i: its id in *cargo_id (owned by the result) and
 * its summary in *out; either pointer may be NULL.
 * Errors: SL_EINVAL (res NULL or i out of range). */
SL_API sl_status sl_result_cargo_total(const sl_result *res, size_t i,
                                       const char **cargo_id,
                                       sl_summary *out);

/** Any quantile of the total (p in [0, 1]) in *q and its Monte Carlo
 * standard error in *se (either may be NULL).
 * Errors: SL_EINVAL (res NULL, p outside [0, 1] or NaN). */
SL_API sl_status sl_result_quantile(const sl_result *res, double p,
                                    double *q, double *se);

/** Share of samples with total < x, ties counted half (0..1); NaN for a
 * NULL res or a NaN x. */
SL_API double sl_result_cdf(const sl_result *res, double x);

/** The total of every sample, in sample order, owned by the result (NULL
 * if not kept: opt.keep_samples 0); *n (if n is not NULL) gets the count. */
SL_API const double *sl_result_samples(const sl_result *res, size_t *n);

/** Histogram of the total: *nbins counts over *nbins + 1 edges, arrays
 * owned by the result (any out pointer may be NULL).
 * Errors: SL_EINVAL (res NULL). */
SL_API sl_status sl_result_histogram(const sl_result *res, size_t *nbins,
                                     const double **edges,
                                     const double **counts);

/** @{ */
/** Capacity table at nominal figures, one row per (container type, cargo
 * type) of the scenario: the row count (0 for NULL) and row i (owned by the
 * result; NULL when out of range).  by_geometry is the model's nominal
 * table entry: sl_capacity_nominal()'s, or more where the run packed more
 * with larger one-up packages, wider margins or a lower stacking limit (a
 * layout that stays valid at the nominal figures;
 * docs/method-capacity.md). */
SL_API size_t sl_result_capacity_count(const sl_result *res);
SL_API const sl_capacity *sl_result_capacity(const sl_result *res, size_t i);
/** @} */

/** The units one full container of capacity row i can hold at the edges
 * of every input's range (package sizes, stacking limits, margins,
 * ratings, tares, masses), the per-container range behind the hard
 * bounds: *lo the least (a packing found holds it), *hi a proven bound on
 * the most (HUGE_VAL when a mass range reaches 0); 0 and 0 for cargo that
 * carries no munitions.  Either out pointer may be NULL.
 * Errors: SL_EINVAL (res NULL or i out of range). */
SL_API sl_status sl_result_capacity_range(const sl_result *res, size_t i,
                                          double *lo, double *hi);

/** The most units one full container of capacity row i holds in the
 * packings found at the edges of every input's range: at most the *hi of
 * sl_result_capacity_range, and equal to it when weight binds there or
 * the packing is proven optimal; no sample counts more.  *hi may be NULL.
 * Errors: SL_EINVAL (res NULL or i out of range). */
SL_API sl_status sl_result_capacity_found(const sl_result *res, size_t i,
                                          double *hi);

/** Sensitivity of the total to each uncertain input. */
typedef struct sl_sensitivity {
    char input[SL_ID_MAX + 32]; /**< "containers", "share:iso-20-24t",
                                   "152mm-round.package[0].gross", "fill" */
    double index;               /**< first-order share of variance, 0..1:
                                   binned, the bin means' own sampling
                                   noise taken off (docs/method.md §2) */
    double rank_corr;           /**< Spearman correlation with the total */
} sl_sensitivity;

/** @{ */
/** Sensitivity rows, sorted by index, largest first, one per uncertain
 * shared input that can move the total (a figure of a container or cargo
 * type whose share is 0 has none): the count (0 for NULL,
 * when opt.sensitivity was 0, when no such input is uncertain, when
 * the total is the same in every sample: shares of a variance of 0 mean
 * nothing, or with fewer than 320 samples) and row i (owned by the
 * result; NULL when out of range). */
SL_API size_t sl_result_sensitivity_count(const sl_result *res);
SL_API const sl_sensitivity *sl_result_sensitivity(const sl_result *res,
                                                   size_t i);
/** @} */

/** Why there are no sensitivity rows, for people: a static sentence
 * without a final period ("the total is the same in every sample: it does
 * not vary, so no input drives it", "no shared input is uncertain: ...",
 * "no uncertain input can move the total ...",
 * "too few samples ...", "not computed: ..."), or NULL when there are
 * rows (or res is NULL). */
SL_API const char *sl_result_sensitivity_note(const sl_result *res);

/** Verdict of a claim check. */
typedef enum sl_verdict {
    SL_VERDICT_CONSISTENT = 0,  /**< at least 5 % of samples reach it and
                                   at least 5 % stay at or below it (a
                                   range claim: its low end, its high
                                   end): inside the 90 % range, or in the
                                   gap between the two neighbouring
                                   totals of samples that P5 or P95 is
                                   interpolated between, which the text
                                   then says (docs/method.md §3); or
                                   made consistent by the count's
                                   rounding (needs_more_containers,
                                   needs_fewer_containers) */
    SL_VERDICT_CONSERVATIVE,    /**< fewer than 5 % of samples at or below
                                   it (a range claim: its high end), so
                                   below P5: easily met.  The same share
                                   as "at most X" uses */
    SL_VERDICT_IMPLAUSIBLE,     /**< fewer than 5 % of samples reach it (a
                                   range claim: its low end), but not above
                                   the hard max ("at most X": fewer than
                                   5 % stay at or below X) */
    SL_VERDICT_IMPOSSIBLE,      /**< above the hard maximum (a proven
                                   bound; a range claim: its low end);
                                   "at most X": even the hard minimum
                                   exceeds X.  "At most X" is consistent
                                   otherwise, X above the hard maximum
                                   included */
    SL_VERDICT_TOO_LOW          /**< below the hard minimum (for "exact"
                                   and "about" claims, and a range claim
                                   whose high end is below it: the others
                                   are bounds, which a low X does not
                                   break) */
} sl_verdict;

/** "consistent", "conservative", "implausible", "impossible", "too low":
 * a static string, never NULL ("?" for unknown values). */
SL_API const char *sl_verdict_name(sl_verdict v);

/** The claim check.  NaN marks a figure that does not exist.
 * A range claim [L, H] (qualifier SL_QUAL_RANGE) holds if the total lies
 * anywhere in it; its verdict is the best over its values
 * (docs/method.md §3): value is L and value_high H; percentile,
 * p_at_least, per_container, the ratios and the "what must be true"
 * figures are for L (the least the range claims), p_at_most is for H,
 * and p_in_range is the share of samples inside [L, H]. */
typedef struct sl_claim_check {
    double value;             /**< the claimed total (a range: its low
                                   end) */
    sl_qualifier qualifier;   /**< the claim's qualifier ("up to" ...) */
    double containers;        /**< N used (the lower end for "at least") */
    double per_container;     /**< value / containers */
    double percentile;        /**< 100 x share of samples below value
                                   (samples equal to it count half) */
    double p_at_least;        /**< P(total >= value) */
    double p_at_most;         /**< P(total <= value): the share of samples
                                   that keep an "at most" claim (a range
                                   claim: P(total <= value_high)) */
    double p_at_least_ci[2];  /**< 95 % Monte Carlo interval of p_at_least:
                                   the Wilson score interval of a share of
                                   independent samples.  The share the model
                                   gives with unlimited samples lies in it
                                   at 95 % confidence; it says nothing of
                                   the model's own uncertainty.  With no
                                   sample at or above the value, [0, about
                                   3.8 / samples] */
    double p_at_most_ci[2];   /**< the same for p_at_most */
    double ratio_to_max;      /**< value / hard max (> 1: impossible);
                                 NaN when the hard max is unbounded */
    double ratio_to_p50;      /**< value / P50 */
    sl_verdict verdict;       /**< where the claim falls */
    /* What must be true for the claim to hold, each solved from the model
       at nominal values with the others at their defaults (all NaN for an
       "at most" claim, an upper bound that asks for none of them): */
    double min_max_gross;     /**< lowest rated gross mass, kg (NaN if no
                                 rating suffices) */
    double max_unit_gross;    /**< highest mass per unit as carried, kg */
    double min_munition_share;/**< smallest share of containers carrying
                                 munitions (NaN if above 1) */
    double min_containers;    /**< fewest containers at nominal capacity */
    int needs_more_containers;/**< 1: consistent only because the count is
                                 "at least N" and the claim needs no more
                                 than N plus the rounding step of N (its
                                 second significant digit: 10,000 admits
                                 up to 11,000), or "about N" and it needs
                                 no more than N plus half that step
                                 (10,000 stands for 9,500 to 10,500); the
                                 verdict would otherwise be impossible or
                                 implausible.  Never for an "at most"
                                 claim (see needs_fewer_containers), nor
                                 for "at most N" containers, which admit
                                 no more than N */
    int needs_fewer_containers;/**< 1: consistent only because the count
                                   is "about N", "at most N" or "up to
                                   N", which
                                   admit fewer containers (half the
                                   rounding step below N for "about":
                                   10,000 stands for 9,500 to 10,500; any
                                   count from 1 to N for "at most"), and
                                   at nominal capacity the most containers
                                   whose total stays at or below the claim
                                   (a range: its high end) are no fewer
                                   than that lower end.  For a total or a
                                   range the verdict would otherwise be
                                   too low (below the hard minimum at N);
                                   for an "at most" claim impossible or
                                   implausible.  Never for an exact count
                                   or "at least N" */
    int unsettled;            /**< 1: the verdict turns on a share of
                                   samples against 5 % (implausible below
                                   it; conservative when fewer than 5 % fall
                                   below the value; for a range claim the
                                   share that reaches its low end and the
                                   share at or below its high end), and
                                   that share's
                                   95 % interval contains 5 %: more samples
                                   could change the verdict.  0 for verdicts
                                   from the hard bounds or nominal capacity
                                   (impossible, too low, needs_more_ or
                                   needs_fewer_containers, a value above
                                   every packing found) */
    char text[1024];          /**< the verdict in plain words.  A text
                                   longer than 1,023 bytes (a range claim
                                   with the "unsettled" sentence and the
                                   requirements reaches about 1,100) ends
                                   at its last whole sentence that fits:
                                   never cut mid-sentence (the size stays,
                                   docs/versioning.md) */
    double value_high;        /**< a range claim's high end; NaN for one
                                   total */
    double p_in_range;        /**< a range claim: P(value <= total <=
                                   value_high); NaN for one total */
    double p_in_range_ci[2];  /**< its 95 % Monte Carlo interval (Wilson
                                   score, as p_at_least_ci); NaN for one
                                   total */
} sl_claim_check;

/** The check of the scenario's claim, copied into *out.
 * Errors: SL_EINVAL (NULL), SL_ESTATE (the scenario has no claim).  Neither
 * fills an sl_error: there is none to pass. */
SL_API sl_status sl_result_claim(const sl_result *res, sl_claim_check *out);

/** The scenario the result was computed from (owned by the result); NULL
 * for NULL. */
SL_API const sl_scenario *sl_result_scenario(const sl_result *res);
/** The options it ran with (owned by the result); NULL for NULL. */
SL_API const sl_options *sl_result_options(const sl_result *res);
/** Whether an adaptive run (rel_precision > 0) reached its target, by the
 * rule it stopped on: 1 when the standard errors of P5, P50 and P95 are
 * each at most rel_precision of their values and the claim's verdict, if
 * any, is settled; 0 when it stopped at max_samples short of that; -1 when
 * the run was not adaptive (or res is NULL).  Since 0.1.0. */
SL_API int sl_result_precision_reached(const sl_result *res);

#ifdef __cplusplus
}
#endif

#endif /* SHIPLOAD_ESTIMATE_H */
