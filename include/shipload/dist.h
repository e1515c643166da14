/**
 * @file
 * shipload/dist.h - uncertain quantities: parse, describe, sample.
 *
 * An sl_dist is a plain value (no allocation): copy it, store it, compare
 * it.  Every quantity has physical bounds [min, max] (a fraction lies in
 * [0, 1], a mass in [0, inf)); a distribution never yields a value outside
 * them.
 *
 * Text forms accepted by sl_dist_parse (numbers in C locale, spaces free,
 * names and "to" in any case; docs/distributions.md has the grammar):
 * @verbatim
 *   12.5                  a fixed value (also 4.8e6; "10,000" with
 *                         thousands separators, in groups of 3, only in a
 *                         plain number or "a to b": inside parentheses a
 *                         comma separates arguments)
 *   80%                   a percentage: 0.8 (a "%" suffix works everywhere)
 *   a to b                a 90 % interval: P5 = a, P95 = b (as in Squiggle).
 *                         For a quantity bounded below by 0 and unbounded
 *                         above: lognormal.  For a quantity with two finite
 *                         bounds: a beta scaled to [min, max], fitted to the
 *                         same two quantiles (an interval too narrow for a
 *                         reliable beta gets the lognormal or normal with
 *                         the same quantiles, when it loses < 1e-12 of its
 *                         mass to the bounds).  For an unbounded quantity:
 *                         normal.  With one other finite bound (min > 0, or
 *                         min < 0, or only max finite): a lognormal
 *                         (min >= 0) or normal truncated at that bound and
 *                         fitted so the truncated P5, P95 are a, b.
 *   uniform(a, b)         a < b
 *   triangular(a, m, b)   a <= m <= b, a < b
 *   pert(a, m, b)         a <= m <= b, a < b (beta-PERT, lambda 4)
 *   normal(mean, sd)      sd > 0; truncated to [min, max] when bounded
 *                         (keeping at least 1e-6 of its probability)
 *   lognormal(mu, sigma)  parameters of the underlying normal,
 *                         0 < sigma <= 15; truncated like normal
 *   beta(alpha, beta)     on [0, 1], scaled to [min, max]; needs finite
 *                         bounds; shapes in [0.01, 1e10], the smaller <= 1e5
 *   choice(v1: w1, v2: w2, ...)  discrete values with weights (weights
 *                         optional, normalised; at most SL_DIST_CHOICES_MAX;
 *                         stored sorted by value)
 * @endverbatim
 *
 * Bad ranges are errors (SL_EINVAL, SL_ERANGE or SL_EPARSE) whose text
 * names the alternative, e.g. "lower end 5 is not below upper end 3; for a fixed value
 * write 5".
 */
#ifndef SHIPLOAD_DIST_H
#define SHIPLOAD_DIST_H

#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Most values a choice(...) distribution can hold. */
#define SL_DIST_CHOICES_MAX 16

/** The family of a distribution; the meaning of a, b, c depends on it. */
typedef enum sl_dist_kind {
    SL_DIST_CONST = 0,   /**< a = the value */
    SL_DIST_UNIFORM,     /**< a = low, b = high */
    SL_DIST_TRIANGULAR,  /**< a = low, b = mode, c = high */
    SL_DIST_PERT,        /**< a = low, b = mode, c = high */
    SL_DIST_NORMAL,      /**< a = mean, b = sd (truncated to [lo, hi]) */
    SL_DIST_LOGNORMAL,   /**< a = mu, b = sigma of log(x) (truncated to [lo, hi]) */
    SL_DIST_BETA,        /**< a = alpha, b = beta on [lo, hi] */
    SL_DIST_CHOICE       /**< n values with weights */
} sl_dist_kind;

/**
 * An uncertain quantity.  lo and hi are the support actually reachable
 * (the family's support intersected with the quantity's bounds); they are
 * the "edges" used for hard bounds.  Fill it with sl_dist_parse or an
 * sl_dist_set_* function, never by hand.
 */
typedef struct sl_dist {
    sl_dist_kind kind;   /**< the family */
    /** @{ */
    double a, b, c;      /**< the family's parameters (see sl_dist_kind) */
    /** @} */
    /** @{ */
    double lo, hi;       /**< the reachable support */
    /** @} */
    size_t n;            /**< number of values of a choice */
    double value[SL_DIST_CHOICES_MAX];  /**< a choice's values, ascending */
    double weight[SL_DIST_CHOICES_MAX]; /**< normalised, sum 1 */
    /* Derived by the constructors for fast sampling; not parameters (a
     * zeroed cache is valid: the sampler then falls back to inversion). */
    int draw;            /**< how to draw (internal code; 0: by inversion) */
    int upper;           /**< 1: k holds upper-tail probabilities */
    double k[2];         /**< e.g. the standard normal CDF at the z of lo, hi */
} sl_dist;

/**
 * Parse text (forms above) as a quantity bounded to [min, max]
 * (use -HUGE_VAL / HUGE_VAL for no bound; min < max).  On failure *out is
 * untouched and err names the fault; err->column points into text.
 * Errors: SL_EINVAL (NULL argument), SL_EPARSE (syntax), SL_ERANGE (a value
 * outside [min, max] or not finite), SL_EINVAL (bad parameters, e.g. lo >= hi),
 * SL_ENOCONV ("lo to hi" on finite bounds that no reliable beta fits).
 */
SL_API sl_status sl_dist_parse(const char *text, double min, double max,
                               sl_dist *out, sl_error *err);

/** @{ */
/** Constructors: fill *out with the named form (as uniform(a, b),
 * triangular(a, m, b), ...) bounded to [min, max].  Each validates its
 * parameters exactly as sl_dist_parse() does for the same form, with the
 * same errors; on failure *out is untouched. */
SL_API sl_status sl_dist_set_const(sl_dist *out, double v, double min,
                                   double max, sl_error *err);
SL_API sl_status sl_dist_set_uniform(sl_dist *out, double a, double b,
                                     double min, double max, sl_error *err);
SL_API sl_status sl_dist_set_triangular(sl_dist *out, double a, double m,
                                        double b, double min, double max,
                                        sl_error *err);
SL_API sl_status sl_dist_set_pert(sl_dist *out, double a, double m, double b,
                                  double min, double max, sl_error *err);
SL_API sl_status sl_dist_set_normal(sl_dist *out, double mean, double sd,
                                    double min, double max, sl_error *err);
/** @} */
/** "lo to hi": the 90 % interval form described above, with the errors of
 * sl_dist_parse() for it; on failure *out is untouched. */
SL_API sl_status sl_dist_set_interval90(sl_dist *out, double lo, double hi,
                                        double min, double max, sl_error *err);
/** choice(values[0]: weights[0], ...): n values (1 to SL_DIST_CHOICES_MAX)
 * with weights (NULL: equal), as sl_dist_parse() reads the form, with its
 * errors; on failure *out is untouched.  The arrays are copied. */
SL_API sl_status sl_dist_set_choice(sl_dist *out, size_t n,
                                    const double *values,
                                    const double *weights, /* NULL: equal */
                                    double min, double max, sl_error *err);

/** Inverse CDF at p in [0, 1]: the value below which a share p lies.
 * p = 0 gives lo, p = 1 gives hi.  NaN for p outside [0, 1] or d NULL. */
SL_API double sl_dist_quantile(const sl_dist *d, double p);

/** P(X <= x).  NaN for d NULL or x NaN. */
SL_API double sl_dist_cdf(const sl_dist *d, double x);

/** @{ */
/** Mean and variance (of the truncated distribution where truncated).
 * NaN for d NULL. */
SL_API double sl_dist_mean(const sl_dist *d);
SL_API double sl_dist_variance(const sl_dist *d);
/** @} */

/** 1 if the distribution is a single fixed value, else 0 (0 for NULL). */
SL_API int sl_dist_is_const(const sl_dist *d);

/**
 * Describe d in the text form that sl_dist_parse reads back to the same
 * distribution (numbers with 17 significant digits when needed).  Writes
 * at most size bytes including the NUL, like snprintf; returns the length
 * the full text needs, or -1 for a NULL d (or a NULL buf with size > 0).
 */
SL_API int sl_dist_describe(const sl_dist *d, char *buf, size_t size);

#ifdef __cplusplus
}
#endif

#endif /* SHIPLOAD_DIST_H */
