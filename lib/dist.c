/*
 * lib/dist.c - uncertain quantities: construct, parse, describe, sample.
 *
 * Families and their parameters are described in shipload/dist.h and
 * docs/distributions.md.  GSL's default error handler aborts, so every
 * GSL call here is reached only with arguments it accepts: shapes are
 * range-checked at construction, probabilities lie in [0, 1], and root
 * finders see only finite function values and verified brackets.
 */
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_roots.h>
#include <gsl/gsl_sf_gamma.h>
#include "internal.h"

/* How sli_dist_sample draws a normal or lognormal (sl_dist.draw). */
enum {
    DRAW_INVERT_ANY = 0, /* not prepared: inversion through sl_dist_quantile */
    DRAW_DIRECT,         /* untruncated: ziggurat */
    DRAW_REJECT,         /* truncated, most mass kept: ziggurat, reject */
    DRAW_INVERT,         /* truncated: inversion between cached k[0], k[1] */
    DRAW_EQUAL           /* a choice with equal weights: index = u * n */
};

/* Kept probability above which a truncated normal is drawn by rejection
 * (a ziggurat draw costs about 1.2 uniform draws, an inversion 1.9). */
#define REJECT_MASS 0.7

/* Shapes of a beta that GSL's incomplete beta evaluates reliably: each
 * in [MIN, MAX] and the smaller at most SMALL_MAX (when both exceed about
 * 3e5 its continued fraction stops converging near the mean). */
#define BETA_SHAPE_MIN 0.01
#define BETA_SHAPE_MAX 1e10
#define BETA_SMALL_MAX 1e5
/* Widest lognormal: sigma at most 15 (a 90 % interval spanning a factor
 * of up to 2.7e21), so its truncated moments stay finite and exact. */
#define LOG_SIGMA_MAX 15.0
/* Widest truncated normal: sd at most this many times the width of two
 * finite bounds (beyond it the density is flat to 1e-8 and the variance
 * formula cancels). */
#define NORMAL_FLAT 1e4
/* Least relative spread of a normal (sd / |mean|) or lognormal (sigma /
 * max(1, |mu|)): below it, x - mean is lost to rounding. */
#define SPREAD_MIN 1e-12
/* Least probability a truncated normal or lognormal may keep inside the
 * quantity's bounds. */
#define TRUNC_MASS_MIN 1e-6
/* Standard normal draws never reach beyond this (P(|Z| > 40) ~ 1e-350):
 * a normal or lognormal must stay finite out to it. */
#define Z_REACH 40.0
/* Rejection attempts before the sampler falls back to inversion. */
#define REJECT_TRIES 64
/* sqrt(2 pi), for the normal density. */
#define SQRT_2PI 2.5066282746310002
/* Longest number text accepted (digits, sign, point, exponent). */
#define NUM_TEXT_MAX 96

/* ------------------------------------------------------------------ */
/* Numbers in C-locale text, whatever the process locale               */

/* Convert len bytes of C-locale number text (validated digits, '.', sign,
 * exponent) with sli_strtod; returns 1 when it read all of it. */
static int c_strtod(const char *s, size_t len, double *v)
{
    char buf[NUM_TEXT_MAX + 1];
    char *end;
    if (len > NUM_TEXT_MAX)
        return 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    *v = sli_strtod(buf, &end);
    return end == buf + len;
}

/* Write v in the shortest form that reads back as exactly v (C locale):
 * integers below 1e15 in full, otherwise %.Ng with the least N
 * (internal.h). */
void sli_format_exact(double v, char *buf, size_t size)
{
    double back;
    if (v == floor(v) && fabs(v) < 1e15) {
        sli_snprintf(buf, size, "%.0f", v == 0 ? 0.0 : v);
        return;
    }
    for (int prec = 1; prec <= 17; prec++) {
        sli_snprintf(buf, size, "%.*g", prec, v);
        if (c_strtod(buf, strlen(buf), &back) && back == v)
            return;
    }
}

/* ------------------------------------------------------------------ */
/* Error reporting for constructors and the parser                     */

/* Where a construction's arguments came from: text (with the offset of
 * each argument) or a set_* call (parameter names). */
typedef struct build {
    sl_error *err;
    const char *text;  /* the text being parsed, or NULL */
    const size_t *off; /* offset in text of each argument */
} build;

/* 1-based line and column of byte offset off in text. */
static void text_pos(const char *text, size_t off, int *line, int *col)
{
    int l = 1;
    size_t start = 0;
    for (size_t i = 0; i < off && text[i]; i++) {
        if (text[i] == '\n') {
            l++;
            start = i + 1;
        }
    }
    *line = l;
    *col = (int)(off - start) + 1;
}

/* Fail at text offset off (where "text"). */
static sl_status text_fail(sl_error *err, sl_status st, const char *text,
                           size_t off, const char *fmt, ...)
    SLI_PRINTF(5, 6);
static sl_status text_fail(sl_error *err, sl_status st, const char *text,
                           size_t off, const char *fmt, ...)
{
    char msg[SL_ERROR_WHAT_MAX];
    int line, col;
    va_list ap;
    va_start(ap, fmt);
    sli_vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    text_pos(text, off, &line, &col);
    return sli_fail_at(err, st, "text", line, col, "%s", msg);
}

/* Fail about argument arg: at its column when parsing, else naming the
 * parameter param. */
static sl_status bfail(const build *b, sl_status st, int arg,
                       const char *param, const char *fmt, ...)
    SLI_PRINTF(5, 6);
static sl_status bfail(const build *b, sl_status st, int arg,
                       const char *param, const char *fmt, ...)
{
    char msg[SL_ERROR_WHAT_MAX];
    va_list ap;
    va_start(ap, fmt);
    sli_vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (b->text)
        return text_fail(b->err, st, b->text, b->off[arg], "%s", msg);
    return sli_fail(b->err, st, param, "%s", msg);
}

/* SL_OK if v is finite and inside [min, max], else an SL_ERANGE naming
 * the bound it breaks. */
static sl_status check_in(const build *b, int arg, const char *param,
                          double v, double min, double max)
{
    char vs[32], bs[32];
    if (!isfinite(v))
        return bfail(b, SL_ERANGE, arg, param,
                     "%s is not a finite number; give a finite value",
                     isnan(v) ? "NaN" : (v > 0 ? "inf" : "-inf"));
    sli_format_exact(v, vs, sizeof vs);
    if (v < min) {
        sli_format_exact(min, bs, sizeof bs);
        return bfail(b, SL_ERANGE, arg, param,
                     "%s is below the minimum %s of this quantity", vs, bs);
    }
    if (v > max) {
        sli_format_exact(max, bs, sizeof bs);
        return bfail(b, SL_ERANGE, arg, param,
                     "%s is above the maximum %s of this quantity", vs, bs);
    }
    return SL_OK;
}

/* SL_OK if v is finite (no bounds). */
static sl_status check_finite(const build *b, int arg, const char *param,
                              double v)
{
    return check_in(b, arg, param, v, -HUGE_VAL, HUGE_VAL);
}

/* SL_OK if lo < hi, else the "for a fixed value" error. */
static sl_status check_order(const build *b, int arg, const char *param,
                             double lo, double hi)
{
    char ls[32], hs[32];
    sli_format_exact(lo, ls, sizeof ls);
    sli_format_exact(hi, hs, sizeof hs);
    if (lo < hi && isfinite(hi - lo))
        return SL_OK;
    if (lo < hi)
        return bfail(b, SL_ERANGE, arg, param,
                     "the range from %s to %s is too wide to compute with "
                     "(its width overflows)", ls, hs);
    return bfail(b, SL_EINVAL, arg, param,
                 "lower end %s is not below upper end %s; for a fixed "
                 "value write %s", ls, hs, ls);
}

/* SL_OK if min < max (both may be infinite). */
static sl_status check_bounds(sl_error *err, double min, double max)
{
    if (isnan(min) || isnan(max) || !(min < max) || min == HUGE_VAL ||
        max == -HUGE_VAL)
        return sli_fail(err, SL_EINVAL, "min",
                        "the quantity's bounds need min < max (got %g, %g)",
                        min, max);
    return SL_OK;
}

/* ------------------------------------------------------------------ */
/* Standard normal pieces (infinities handled here, not by GSL)        */

/* P(Z <= z). */
static double npos(double z)
{
    if (isinf(z))
        return z < 0 ? 0.0 : 1.0;
    return gsl_cdf_ugaussian_P(z);
}

/* P(Z > z). */
static double nupp(double z)
{
    return npos(-z);
}

/* P(za < Z < zb) without cancellation in either tail. */
static double nmass(double za, double zb)
{
    if (za >= 0)
        return nupp(za) - nupp(zb);
    if (zb <= 0)
        return npos(zb) - npos(za);
    return 1.0 - npos(za) - nupp(zb);
}

/* The standard normal density (0 at +-inf). */
static double ndens(double z)
{
    return isinf(z) ? 0.0 : exp(-0.5 * z * z) / SQRT_2PI;
}

/* z * density(z), 0 at +-inf. */
static double zdens(double z)
{
    return isinf(z) ? 0.0 : z * ndens(z);
}

/* Standard normal quantile for p in [0, 1] (+-inf at the ends). */
static double npinv(double p)
{
    if (p <= 0)
        return -HUGE_VAL;
    if (p >= 1)
        return HUGE_VAL;
    return gsl_cdf_ugaussian_Pinv(p);
}

/* Upper-tail standard normal quantile: z with P(Z > z) = q. */
static double nqinv(double q)
{
    return -npinv(q);
}

/* z of x for a normal (a mean, b sd) or lognormal (a mu, b sigma). */
static double to_z(const sl_dist *d, double x)
{
    if (d->kind == SL_DIST_LOGNORMAL)
        return x <= 0 ? -HUGE_VAL : (log(x) - d->a) / d->b;
    return (x - d->a) / d->b;
}

/* x of z, the inverse of to_z. */
static double from_z(const sl_dist *d, double z)
{
    if (d->kind == SL_DIST_LOGNORMAL)
        return exp(d->a + d->b * z);
    return d->a + d->b * z;
}

/* Fill the sampler cache of a normal or lognormal from a, b, lo, hi. */
static void prepare_normal(sl_dist *d)
{
    double zl = to_z(d, d->lo), zh = to_z(d, d->hi);
    d->upper = 0;
    d->k[0] = d->k[1] = 0;
    if (zl == -HUGE_VAL && zh == HUGE_VAL) {
        d->draw = DRAW_DIRECT;
        return;
    }
    d->upper = zl > 0;
    d->k[0] = d->upper ? nupp(zl) : npos(zl);
    d->k[1] = d->upper ? nupp(zh) : npos(zh);
    d->draw = nmass(zl, zh) >= REJECT_MASS ? DRAW_REJECT : DRAW_INVERT;
}

/* ------------------------------------------------------------------ */
/* Root finding: GSL's Brent solver, allocation-free and handler-safe  */

typedef double (*root_fn)(double x, void *arg);

typedef struct guarded {
    root_fn f;
    void *arg;
    int bad; /* set when f returned a non-finite value */
} guarded;

/* f(x), with a non-finite value recorded and replaced by 0 so GSL's
 * solver never raises an error (the caller then rejects the root). */
static double guarded_eval(double x, void *arg)
{
    guarded *g = arg;
    double v = g->f(x, g->arg);
    if (!isfinite(v)) {
        g->bad = 1;
        return 0.0;
    }
    return v;
}

/* A root of f in [x0, x1] to full precision (or |width| <= abstol);
 * returns 0 on success, -1 if f is not finite there or the ends do not
 * bracket a sign change.  Uses a stack solver: no allocation. */
static int find_root(root_fn f, void *arg, double x0, double x1,
                     double abstol, double *root)
{
    guarded g = {f, arg, 0};
    gsl_function fn = {guarded_eval, &g};
    double state[32];
    gsl_root_fsolver s;
    double f0 = f(x0, arg), f1 = f(x1, arg);
    if (!isfinite(f0) || !isfinite(f1) || !(x0 < x1))
        return -1;
    if (f0 == 0 || f1 == 0) {
        *root = f0 == 0 ? x0 : x1;
        return 0;
    }
    if ((f0 < 0) == (f1 < 0))
        return -1;
    s.type = gsl_root_fsolver_brent;
    s.state = state;
    if (s.type->size > sizeof state ||
        gsl_root_fsolver_set(&s, &fn, x0, x1) != GSL_SUCCESS)
        return -1;
    for (int it = 0; it < 400; it++) {
        double lo, hi;
        if (gsl_root_fsolver_iterate(&s) != GSL_SUCCESS || g.bad)
            return -1;
        lo = gsl_root_fsolver_x_lower(&s);
        hi = gsl_root_fsolver_x_upper(&s);
        if (hi - lo <= 4 * DBL_EPSILON * fmax(fabs(lo), fabs(hi)) ||
            hi - lo <= abstol)
            break;
    }
    *root = gsl_root_fsolver_root(&s);
    return g.bad ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* Beta on [0, 1]                                                      */

/* Regularised incomplete beta I_x(a, b) for shapes in the checked range. */
static double beta_cdf01(double x, double a, double b)
{
    if (!(x > 0))
        return 0.0;
    if (x >= 1)
        return 1.0;
    return gsl_cdf_beta_P(x, a, b);
}

/* 1 - I_x(a, b) as I_(1-x)(b, a): smooth in the upper tail, where
 * GSL's gsl_cdf_beta_Q (1 - P there) is noisy at the 1e-8 level. */
static double beta_upper01(double x, double a, double b)
{
    return beta_cdf01(1.0 - x, b, a);
}

/* Density of beta(a, b) at x in (0, 1), given lnb = ln B(a, b). */
static double beta_dens01(double x, double a, double b, double lnb)
{
    return exp((a - 1) * log(x) + (b - 1) * log1p(-x) - lnb);
}

/* The x in (0, 1) where I_x(a, b) = p (upper = 0) or 1 - I_x(a, b) = p
 * (upper = 1), from x0 (0: a guess of its own, the normal approximation
 * when both shapes exceed 1, else the small-x expansion I_x ~ x^a /
 * (a B(a, b))).  Safeguarded Newton inside a bracket that shrinks with
 * every step (bisected, geometrically while it spans decades, when a
 * step leaves it).  Hand-written because gsl_cdf_beta_Pinv and GSL's
 * Newton solver raise errors (and so abort) when they do not converge. */
static double beta_solve(double p, int upper, double a, double b,
                         double x0)
{
    double hi = 1, lnb = gsl_sf_lnbeta(a, b), mean = a / (a + b);
    double sd = sqrt(mean * (1 - mean) / (a + b + 1)), pl = upper ? 1 - p : p;
    double lo = DBL_MIN, x = x0, xn;
    if (!(x > 0 && x < 1))
        x = (a > 1 && b > 1) ? mean + sd * npinv(pl)
                             : exp((log(pl) + log(a) + lnb) / a);
    if (!(x > 0 && x < 1))
        x = mean;
    if (upper ? beta_upper01(lo, a, b) <= p : beta_cdf01(lo, a, b) >= p)
        return 0.0; /* the root lies below the least normal double */
    for (int it = 0; it < 200; it++) {
        double f = upper ? p - beta_upper01(x, a, b)
                         : beta_cdf01(x, a, b) - p;
        if (f == 0)
            return x;
        if (f < 0)
            lo = x;
        else
            hi = x;
        xn = x - f / beta_dens01(x, a, b, lnb);
        if (!(xn > lo && xn < hi))
            xn = hi > 4 * lo ? sqrt(lo * hi) : 0.5 * (lo + hi);
        if (fabs(xn - x) <= 2 * DBL_EPSILON * xn)
            return xn;
        x = xn;
    }
    return x;
}

/* The quantile x (at most about 1/2) where I_x(a, b) = p, given also
 * q = 1 - p exactly.  Solved as a lower tail; then, for p > 1/2 where the
 * density at x is below 1 (there an error of one unit in x costs less
 * than one in p), polished as the upper tail 1 - I_x = q. */
static double beta_quantile_low(double p, double q, double a, double b)
{
    double x = beta_solve(p, 0, a, b, 0);
    if (p > 0.5 && x > 0 && beta_dens01(x, a, b, gsl_sf_lnbeta(a, b)) < 1)
        x = beta_solve(q, 1, a, b, x);
    return x;
}

/* Beta quantile on [0, 1].  A quantile above the median is found as 1 -
 * that of the mirror image 1 - X ~ beta(b, a) at 1 - p, so values near 0
 * and near 1 both keep their precision. */
static double beta_pinv01(double p, double a, double b)
{
    if (!(p > 0))
        return 0.0;
    if (p >= 1)
        return 1.0;
    if (beta_cdf01(0.5, a, b) < p)
        return 1.0 - beta_quantile_low(1 - p, p, b, a);
    return beta_quantile_low(p, 1 - p, a, b);
}

/* One beta(a, b) draw as a ratio of gamma draws; never NaN. */
static double beta_draw01(gsl_rng *r, double a, double b)
{
    for (int i = 0; i < REJECT_TRIES; i++) {
        double x = gsl_ran_gamma(r, a, 1.0), y = gsl_ran_gamma(r, b, 1.0);
        if (x + y > 0)
            return x / (x + y);
    }
    return beta_pinv01(gsl_rng_uniform(r), a, b);
}

/* Shapes (alpha, beta) of d when it is a beta or a PERT. */
static void beta_shapes(const sl_dist *d, double *al, double *be)
{
    if (d->kind == SL_DIST_PERT) {
        double w = d->c - d->a;
        /* divide first: 4 (b - a) overflows for a width near DBL_MAX */
        *al = 1.0 + 4.0 * ((d->b - d->a) / w);
        *be = 1.0 + 4.0 * ((d->c - d->b) / w);
    } else {
        *al = d->a;
        *be = d->b;
    }
}

/* Fit of a beta to P(X <= x1) = p1, P(X <= x2) = p2: for each alpha,
 * beta solves the first equation (I_x1 rises with beta); alpha then
 * solves the second. */
typedef struct beta_fit {
    double x1, x2, p1, p2;
    double alpha;
    int at_max; /* the last beta solved hit BETA_SHAPE_MAX */
} beta_fit;

/* I_x1(alpha, e^lb) - p1. */
static double fit_inner(double lb, void *arg)
{
    const beta_fit *f = arg;
    return beta_cdf01(f->x1, f->alpha, exp(lb)) - f->p1;
}

/* log beta that meets the first quantile for f->alpha, clamped to the
 * shape range; NAN on failure.  (alpha, the smaller shape, stays at most
 * BETA_SMALL_MAX, so beta may range up to BETA_SHAPE_MAX.) */
static double fit_beta_for(beta_fit *f)
{
    double lo = log(BETA_SHAPE_MIN), hi = log(BETA_SHAPE_MAX), lb;
    double flo = fit_inner(lo, f), fhi = fit_inner(hi, f);
    f->at_max = 0;
    if (!isfinite(flo) || !isfinite(fhi))
        return NAN;
    if (flo >= 0)
        return lo;
    if (fhi <= 0) {
        f->at_max = 1;
        return hi;
    }
    if (find_root(fit_inner, f, lo, hi, 1e-15, &lb) != 0)
        return NAN;
    return lb;
}

/* I_x2(e^la, beta(e^la)) - p2, rising with alpha. */
static double fit_outer(double la, void *arg)
{
    beta_fit *f = arg;
    double lb;
    f->alpha = exp(la);
    lb = fit_beta_for(f);
    if (isnan(lb))
        return NAN;
    return beta_cdf01(f->x2, f->alpha, exp(lb)) - f->p2;
}

/* Shapes of the beta on [0, 1] with quantiles p1 at x1 and p2 at x2
 * (x1 < x2, p1 < p2); 0 on success, -1 if none within the shape range
 * fits to 1e-10.  An interval in the upper half is fitted as its mirror
 * image, so that the search runs over the smaller shape, alpha. */
static int fit_beta(double x1, double p1, double x2, double p2, double *al,
                    double *be)
{
    beta_fit f = {x1, x2, p1, p2, 1.0, 0};
    double la, lb, lo = log(BETA_SHAPE_MIN), hi = lo, top = log(BETA_SMALL_MAX);
    if (x1 + x2 > 1)
        return fit_beta(1 - x2, 1 - p2, 1 - x1, 1 - p1, be, al);
    /* bracket alpha from below, by factors of 4, while beta stays in range
     * (a clamped beta would bend the rising function back down) */
    for (;;) {
        double g;
        hi = fmin(hi + log(4.0), top);
        g = fit_outer(hi, &f);
        if (isnan(g) || (g < 0 && (f.at_max || hi >= top)))
            return -1;
        if (g >= 0)
            break;
        lo = hi;
    }
    if (find_root(fit_outer, &f, lo, hi, 1e-15, &la) != 0)
        return -1;
    f.alpha = exp(la);
    lb = fit_beta_for(&f);
    if (isnan(lb))
        return -1;
    *al = f.alpha;
    *be = exp(lb);
    if (fabs(beta_cdf01(x1, *al, *be) - p1) > 1e-10 * p1 ||
        fabs(beta_cdf01(x2, *al, *be) - p2) > 1e-10 * (1 - p2))
        return -1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Normal fits to a 90 % interval                                      */

/* z of the 95th percentile. */
static double z95(void)
{
    return gsl_cdf_ugaussian_Pinv(0.95);
}

/* Fit of N(mu, sigma) truncated below at yb to P5 = y5, P95 = y95, in
 * terms of s = the untruncated mass above yb. */
typedef struct trunc_fit {
    double y5, y95, yb;
    double mu, sigma;
} trunc_fit;

/* For mass s kept above the cut: set mu, sigma so the interval quantiles
 * hold, and return P(Z > z of yb) - s (zero at the consistent s). */
static double trunc_fn(double s, void *arg)
{
    trunc_fit *t = arg;
    double zl = nqinv(0.95 * s), zh = nqinv(0.05 * s);
    t->sigma = (t->y95 - t->y5) / (zh - zl);
    t->mu = t->y5 - t->sigma * zl;
    return nupp((t->yb - t->mu) / t->sigma) - s;
}

/* mu, sigma of a normal truncated below at yb (-inf: none) with P5 = y5
 * and P95 = y95; 0 on success, -1 if y5 is too close to yb. */
static int fit_trunc_normal(double y5, double y95, double yb, double *mu,
                            double *sigma)
{
    trunc_fit t = {y5, y95, yb, 0, 0};
    double s_lo = 0.5, s;
    *sigma = (y95 - y5) / (2 * z95());
    *mu = 0.5 * (y5 + y95);
    if (yb == -HUGE_VAL || npos((yb - *mu) / *sigma) < 1e-17)
        return 0;
    while (trunc_fn(s_lo, &t) <= 0) {
        s_lo *= 0.5;
        if (s_lo < TRUNC_MASS_MIN)
            return -1;
    }
    if (find_root(trunc_fn, &t, s_lo, 1.0, 0.0, &s) != 0)
        return -1;
    trunc_fn(s, &t);
    *mu = t.mu;
    *sigma = t.sigma;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Constructors                                                        */

/* A fresh distribution of kind k on [lo, hi] with parameters a, b, c. */
static sl_dist make(sl_dist_kind k, double a, double b, double c, double lo,
                    double hi)
{
    sl_dist d;
    memset(&d, 0, sizeof d);
    d.kind = k;
    d.a = a;
    d.b = b;
    d.c = c;
    d.lo = lo;
    d.hi = hi;
    return d;
}

/* A fixed value v inside [min, max]. */
static sl_status build_const(const build *b, double v, double min,
                             double max, sl_dist *out)
{
    sl_status st = check_in(b, 0, "v", v, min, max);
    if (st == SL_OK)
        *out = make(SL_DIST_CONST, v, 0, 0, v, v);
    return st;
}

/* Uniform on [lo, hi] inside [min, max]. */
static sl_status build_uniform(const build *b, double lo, double hi,
                               double min, double max, sl_dist *out)
{
    sl_status st;
    if ((st = check_in(b, 0, "a", lo, min, max)) ||
        (st = check_in(b, 1, "b", hi, min, max)) ||
        (st = check_order(b, 0, "a", lo, hi)))
        return st;
    *out = make(SL_DIST_UNIFORM, lo, hi, 0, lo, hi);
    return SL_OK;
}

/* Triangular or PERT (kind k) on [lo, hi] with mode m. */
static sl_status build_peaked(const build *b, sl_dist_kind k, double lo,
                              double m, double hi, double min, double max,
                              sl_dist *out)
{
    sl_status st;
    char ms[32], ls[32], hs[32];
    if ((st = check_in(b, 0, "a", lo, min, max)) ||
        (st = check_in(b, 1, "m", m, min, max)) ||
        (st = check_in(b, 2, "b", hi, min, max)) ||
        (st = check_order(b, 0, "a", lo, hi)))
        return st;
    if (m < lo || m > hi) {
        sli_format_exact(m, ms, sizeof ms);
        sli_format_exact(lo, ls, sizeof ls);
        sli_format_exact(hi, hs, sizeof hs);
        return bfail(b, SL_EINVAL, 1, "m",
                     "mode %s is not between the ends %s and %s; write "
                     "%s(%s, m, %s) with %s <= m <= %s",
                     ms, ls, hs, k == SL_DIST_PERT ? "pert" : "triangular",
                     ls, hs, ls, hs);
    }
    *out = make(k, lo, m, hi, lo, hi);
    return SL_OK;
}

/* Store a normal or lognormal d with its sampler cache, unless its
 * spread is too small to compute with (an error about argument 1, named
 * spread) or it keeps less than TRUNC_MASS_MIN of its probability inside
 * [lo, hi] (about argument 0, named centre). */
static sl_status finish_normal(const build *b, sl_dist d,
                               const char *centre_name,
                               const char *spread_name, sl_dist *out)
{
    int logn = d.kind == SL_DIST_LOGNORMAL;
    double kept, centre = logn ? fmax(1.0, fabs(d.a)) : fabs(d.a);
    char ls[32], hs[32];
    if (!(d.b > SPREAD_MIN * centre)) {
        sli_format_exact(d.b, ls, sizeof ls);
        sli_format_exact(logn ? exp(d.a) : d.a, hs, sizeof hs);
        return bfail(b, SL_EINVAL, 1, spread_name,
                     "the spread %s is too small to tell this %s from a "
                     "fixed value; write %s", ls,
                     logn ? "lognormal" : "normal", hs);
    }
    if (!isfinite(from_z(&d, Z_REACH)) || !isfinite(from_z(&d, -Z_REACH)))
        return bfail(b, SL_ERANGE, 0, centre_name,
                     "this %s overflows a double %g %s out from its "
                     "centre; use smaller units", logn ? "lognormal"
                     : "normal", Z_REACH, logn ? "sigma (of log x)"
                     : "standard deviations");
    kept = nmass(to_z(&d, d.lo), to_z(&d, d.hi));
    if (!(kept >= TRUNC_MASS_MIN)) {
        sli_format_exact(d.lo, ls, sizeof ls);
        sli_format_exact(d.hi, hs, sizeof hs);
        return bfail(b, SL_ERANGE, 0, centre_name,
                     "this %s keeps only %.2g of its probability inside "
                     "[%s, %s] (at least %g is needed); move %s inside or "
                     "widen the spread", d.kind == SL_DIST_NORMAL ? "normal"
                     : "lognormal", kept, ls, hs, TRUNC_MASS_MIN,
                     d.kind == SL_DIST_NORMAL ? "the mean" : "exp(mu)");
    }
    prepare_normal(&d);
    *out = d;
    return SL_OK;
}

/* Normal(mean, sd) truncated to [min, max]. */
static sl_status build_normal(const build *b, double mean, double sd,
                              double min, double max, sl_dist *out)
{
    sl_status st;
    char s[32];
    if ((st = check_finite(b, 0, "mean", mean)) ||
        (st = check_finite(b, 1, "sd", sd)))
        return st;
    if (!(sd > 0)) {
        sli_format_exact(sd, s, sizeof s);
        return bfail(b, SL_EINVAL, 1, "sd",
                     "standard deviation %s is not above 0; for a fixed "
                     "value write the mean alone", s);
    }
    if (sd > NORMAL_FLAT * (max - min)) {
        char ls[32], hs[32];
        sli_format_exact(sd, s, sizeof s);
        sli_format_exact(min, ls, sizeof ls);
        sli_format_exact(max, hs, sizeof hs);
        return bfail(b, SL_EINVAL, 1, "sd",
                     "standard deviation %s is over %g times the width of "
                     "[%s, %s], so the truncated normal is flat; use "
                     "uniform(%s, %s)", s, NORMAL_FLAT, ls, hs, ls, hs);
    }
    return finish_normal(b, make(SL_DIST_NORMAL, mean, sd, 0, min, max),
                         "mean", "sd", out);
}

/* Lognormal(mu, sigma) truncated to [min, max]. */
static sl_status build_lognormal(const build *b, double mu, double sigma,
                                 double min, double max, sl_dist *out)
{
    sl_status st;
    char s[32], m[32];
    if ((st = check_finite(b, 0, "mu", mu)) ||
        (st = check_finite(b, 1, "sigma", sigma)))
        return st;
    if (!(sigma > 0)) {
        sli_format_exact(sigma, s, sizeof s);
        return bfail(b, SL_EINVAL, 1, "sigma",
                     "sigma %s is not above 0; for a fixed value write "
                     "exp(mu) as a number", s);
    }
    if (sigma > LOG_SIGMA_MAX) {
        sli_format_exact(sigma, s, sizeof s);
        return bfail(b, SL_ERANGE, 1, "sigma",
                     "sigma %s is above %g: the lognormal would span more "
                     "than 21 orders of magnitude; narrow it or use "
                     "uniform(a, b)", s, LOG_SIGMA_MAX);
    }
    if (!(exp(mu) > 0) || !isfinite(exp(mu))) {
        sli_format_exact(mu, s, sizeof s);
        return bfail(b, SL_ERANGE, 0, "mu",
                     "mu %s is too large: exp(mu) %s; give mu within "
                     "+-700", s, mu > 0 ? "overflows" : "underflows to 0");
    }
    if (max <= 0) {
        sli_format_exact(max, m, sizeof m);
        return bfail(b, SL_EINVAL, 0, "mu",
                     "a lognormal is positive but this quantity's maximum "
                     "is %s; use normal(mean, sd)", m);
    }
    return finish_normal(b, make(SL_DIST_LOGNORMAL, mu, sigma, 0,
                                 fmax(min, 0.0), max), "mu", "sigma", out);
}

/* SL_OK if x is a shape the beta functions handle. */
static sl_status check_shape(const build *b, int arg, const char *param,
                             double x)
{
    char s[32];
    sl_status st = check_finite(b, arg, param, x);
    if (st)
        return st;
    sli_format_exact(x, s, sizeof s);
    if (!(x > 0))
        return bfail(b, SL_EINVAL, arg, param,
                     "beta shape %s is not above 0", s);
    if (x < BETA_SHAPE_MIN || x > BETA_SHAPE_MAX)
        return bfail(b, SL_ERANGE, arg, param,
                     "beta shape %s is outside [%g, %g], the range this "
                     "library evaluates reliably", s, BETA_SHAPE_MIN,
                     BETA_SHAPE_MAX);
    return SL_OK;
}

/* SL_OK if the smaller of two valid shapes is at most BETA_SMALL_MAX. */
static sl_status check_shapes(const build *b, double al, double be)
{
    sl_status st;
    if ((st = check_shape(b, 0, "alpha", al)) ||
        (st = check_shape(b, 1, "beta", be)))
        return st;
    if (fmin(al, be) > BETA_SMALL_MAX)
        return bfail(b, SL_ERANGE, al < be ? 0 : 1,
                     al < be ? "alpha" : "beta",
                     "beta shapes %g and %g are both above %g, beyond "
                     "what this library evaluates reliably; use "
                     "normal(mean, sd)", al, be, BETA_SMALL_MAX);
    return SL_OK;
}

/* Beta(alpha, beta) scaled to [min, max], which must be finite. */
static sl_status build_beta(const build *b, double al, double be,
                            double min, double max, sl_dist *out)
{
    sl_status st;
    char ls[32], hs[32];
    if ((st = check_shapes(b, al, be)))
        return st;
    if (!isfinite(max - min)) {
        sli_format_exact(min, ls, sizeof ls);
        sli_format_exact(max, hs, sizeof hs);
        return bfail(b, SL_EINVAL, 0, "alpha",
                     "beta(alpha, beta) needs a quantity with two finite "
                     "bounds (and a finite width), this one is [%s, %s]; "
                     "use lognormal(mu, sigma), normal(mean, sd) or 'lo to "
                     "hi'", ls, hs);
    }
    *out = make(SL_DIST_BETA, al, be, 0, min, max);
    return SL_OK;
}

/* The error for an interval end that sits on (or past) a bound. */
static sl_status edge_fail(const build *b, int arg, const char *param,
                           const char *ls, const char *hs, const char *end,
                           const char *bound, const char *bs)
{
    return bfail(b, SL_EINVAL, arg, param,
                 "'%s to %s' puts its %s end on the %s %s of this "
                 "quantity, where a 90 %% interval cannot reach; use "
                 "uniform(%s, %s) or pert(%s, m, %s)",
                 ls, hs, end, bound, bs, ls, hs, ls, hs);
}

/* 1 if a lognormal with P5 = lo, P95 = hi (0 < lo < hi) would need a
 * sigma above LOG_SIGMA_MAX. */
static int too_wide(double lo, double hi)
{
    return log(hi) - log(lo) > 2 * z95() * LOG_SIGMA_MAX;
}

/* The error for a lognormal interval spanning too many decades. */
static sl_status wide_fail(const build *b, const char *ls, const char *hs)
{
    return bfail(b, SL_ERANGE, 1, "hi",
                 "'%s to %s' spans a factor above %.2g, too wide for a "
                 "lognormal 90 %% interval (sigma at most %g); narrow it "
                 "or use uniform(%s, %s)", ls, hs,
                 exp(2 * z95() * LOG_SIGMA_MAX), LOG_SIGMA_MAX, ls, hs);
}

/* "lo to hi" on a quantity with one infinite bound: a lognormal (min >=
 * 0, max = inf) or a normal, truncated at the finite bound and fitted so
 * that the truncated distribution has P5 = lo, P95 = hi. */
static sl_status build_interval_half(const build *b, double lo, double hi,
                                     double min, double max, sl_dist *out,
                                     const char *ls, const char *hs)
{
    char bs[32];
    double mu, sigma;
    int lower = isfinite(min), logn = lower && min >= 0;
    double cut = lower ? min : max;
    sli_format_exact(cut, bs, sizeof bs);
    if (logn && !(lo > 0))
        return bfail(b, SL_EINVAL, 0, "lo",
                     "'%s to %s' is a lognormal 90 %% interval and needs "
                     "a lower end above 0; use uniform(%s, %s) or "
                     "pert(%s, m, %s)", ls, hs, ls, hs, ls, hs);
    if (logn && too_wide(lo, hi))
        return wide_fail(b, ls, hs);
    if (lower ? lo <= min : hi >= max)
        return edge_fail(b, lower ? 0 : 1, lower ? "lo" : "hi", ls, hs,
                         lower ? "lower" : "upper",
                         lower ? "minimum" : "maximum", bs);
    if (logn ? fit_trunc_normal(log(lo), log(hi),
                                min > 0 ? log(min) : -HUGE_VAL, &mu,
                                &sigma)
             : lower ? fit_trunc_normal(lo, hi, min, &mu, &sigma)
                     : fit_trunc_normal(-hi, -lo, -max, &mu, &sigma))
        return bfail(b, SL_EINVAL, lower ? 0 : 1, lower ? "lo" : "hi",
                     "'%s to %s' lies too close to the %s %s of this "
                     "quantity for a 90 %% interval; use uniform(%s, %s) "
                     "or pert(%s, m, %s)", ls, hs,
                     lower ? "minimum" : "maximum", bs, ls, hs, ls, hs);
    if (logn && sigma > LOG_SIGMA_MAX)
        return wide_fail(b, ls, hs);
    return finish_normal(b, make(logn ? SL_DIST_LOGNORMAL : SL_DIST_NORMAL,
                                 logn || lower ? mu : -mu, sigma, 0, min,
                                 max), "lo", "hi", out);
}

/* For an interval too narrow for a reliable beta on [min, max]: the
 * lognormal (min >= 0) or normal with P5 = lo and P95 = hi, truncated to
 * [min, max], built into *out with its status in *st; returns 0 when it
 * applies (the probability cut off is below 1e-12, so P5 and P95 still
 * hold to that), else -1. */
static int narrow_fit(const build *b, double lo, double hi, double min,
                      double max, sl_dist *out, sl_status *st)
{
    int logn = min >= 0;
    double ya = logn ? log(lo) : lo, yb = logn ? log(hi) : hi, cut;
    sl_dist d = make(logn ? SL_DIST_LOGNORMAL : SL_DIST_NORMAL,
                     0.5 * (ya + yb), (yb - ya) / (2 * z95()), 0, min, max);
    if (logn && too_wide(lo, hi))
        return -1;
    cut = nmass(-HUGE_VAL, to_z(&d, min)) + nmass(to_z(&d, max), HUGE_VAL);
    if (!(cut < 1e-12))
        return -1;
    *st = finish_normal(b, d, "lo", "hi", out);
    return 0;
}

/* "lo to hi": a 90 % interval (P5 = lo, P95 = hi) on [min, max]. */
static sl_status build_interval(const build *b, double lo, double hi,
                                double min, double max, sl_dist *out)
{
    sl_status st;
    char ls[32], hs[32], bs[32];
    double al, be, w = max - min;
    if ((st = check_in(b, 0, "lo", lo, min, max)) ||
        (st = check_in(b, 1, "hi", hi, min, max)) ||
        (st = check_order(b, 0, "lo", lo, hi)))
        return st;
    sli_format_exact(lo, ls, sizeof ls);
    sli_format_exact(hi, hs, sizeof hs);
    if (min == -HUGE_VAL && max == HUGE_VAL) {
        double sd = (hi - lo) / (2 * z95());
        return finish_normal(b, make(SL_DIST_NORMAL, 0.5 * (lo + hi), sd,
                                     0, min, max), "lo", "hi", out);
    }
    if (!isfinite(min) || !isfinite(max))
        return build_interval_half(b, lo, hi, min, max, out, ls, hs);
    if (lo <= min || hi >= max) {
        sli_format_exact(lo <= min ? min : max, bs, sizeof bs);
        return edge_fail(b, lo <= min ? 0 : 1, lo <= min ? "lo" : "hi",
                         ls, hs, lo <= min ? "lower" : "upper",
                         lo <= min ? "minimum" : "maximum", bs);
    }
    if (isfinite(w) &&
        fit_beta((lo - min) / w, 0.05, (hi - min) / w, 0.95, &al, &be) == 0) {
        *out = make(SL_DIST_BETA, al, be, 0, min, max);
        return SL_OK;
    }
    if (narrow_fit(b, lo, hi, min, max, out, &st) == 0)
        return st;
    return bfail(b, SL_ENOCONV, 0, "lo",
                 "no beta on [%g, %g] with shapes the library evaluates "
                 "reliably has the 90 %% interval '%s to %s'; use "
                 "pert(%s, m, %s) or normal(mean, sd)",
                 min, max, ls, hs, ls, hs);
}

/* Sort values ascending (carrying weights); n <= SL_DIST_CHOICES_MAX. */
static void sort_pairs(double *v, double *w, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        double vi = v[i], wi = w[i];
        size_t j = i;
        while (j > 0 && v[j - 1] > vi) {
            v[j] = v[j - 1];
            w[j] = w[j - 1];
            j--;
        }
        v[j] = vi;
        w[j] = wi;
    }
}

/* n discrete values with weights (NULL: equal), values sorted ascending,
 * weights normalised; argument i is value i, argument n + i weight i. */
static sl_status build_choice(const build *b, size_t n, const double *v,
                              const double *w, double min, double max,
                              sl_dist *out)
{
    sl_dist d = make(SL_DIST_CHOICE, 0, 0, 0, 0, 0);
    double sum = 0;
    char name[32], s[32];
    sl_status st;
    d.n = n;
    for (size_t i = 0; i < n; i++) {
        sli_snprintf(name, sizeof name, "values[%zu]", i);
        if ((st = check_in(b, (int)i, name, v[i], min, max)))
            return st;
        d.value[i] = v[i];
        d.weight[i] = w ? w[i] : 1.0;
        sli_snprintf(name, sizeof name, "weights[%zu]", i);
        if (w && (st = check_finite(b, (int)(n + i), name, w[i])))
            return st;
        if (d.weight[i] < 0) {
            sli_format_exact(w[i], s, sizeof s);
            return bfail(b, SL_EINVAL, (int)(n + i), name,
                         "weight %s of choice %zu is negative; weights "
                         "are relative shares, 0 or more", s, i + 1);
        }
        sum += d.weight[i];
    }
    if (!isfinite(sum))
        return bfail(b, SL_EINVAL, (int)n, "weights",
                     "the weights overflow when added up; scale them down "
                     "(only their ratios matter)");
    if (!(sum > 0))
        return bfail(b, SL_EINVAL, (int)n, "weights",
                     "the weights are all zero; give at least one choice a "
                     "positive weight");
    for (size_t i = 0; i < n; i++)
        d.weight[i] /= sum;
    sort_pairs(d.value, d.weight, n);
    d.lo = HUGE_VAL;
    d.hi = -HUGE_VAL;
    d.draw = DRAW_EQUAL;
    for (size_t i = 0; i < n; i++) {
        if (d.weight[i] > 0) {
            d.lo = fmin(d.lo, d.value[i]);
            d.hi = fmax(d.hi, d.value[i]);
        }
        if (d.weight[i] != d.weight[0])
            d.draw = DRAW_INVERT_ANY;
    }
    *out = d;
    return SL_OK;
}

/* ------------------------------------------------------------------ */
/* Public constructors                                                 */

/* Start a set_* call: out present, bounds sane. */
static sl_status set_begin(sl_dist *out, double min, double max,
                           sl_error *err)
{
    if (!out)
        return sli_fail(err, SL_EINVAL, "out", "out is NULL");
    return check_bounds(err, min, max);
}

sl_status sl_dist_set_const(sl_dist *out, double v, double min, double max,
                            sl_error *err)
{
    build b = {err, NULL, NULL};
    sl_status st = set_begin(out, min, max, err);
    return st ? st : build_const(&b, v, min, max, out);
}

sl_status sl_dist_set_uniform(sl_dist *out, double a, double b, double min,
                              double max, sl_error *err)
{
    build bd = {err, NULL, NULL};
    sl_status st = set_begin(out, min, max, err);
    return st ? st : build_uniform(&bd, a, b, min, max, out);
}

sl_status sl_dist_set_triangular(sl_dist *out, double a, double m, double b,
                                 double min, double max, sl_error *err)
{
    build bd = {err, NULL, NULL};
    sl_status st = set_begin(out, min, max, err);
    return st ? st
              : build_peaked(&bd, SL_DIST_TRIANGULAR, a, m, b, min, max, out);
}

sl_status sl_dist_set_pert(sl_dist *out, double a, double m, double b,
                           double min, double max, sl_error *err)
{
    build bd = {err, NULL, NULL};
    sl_status st = set_begin(out, min, max, err);
    return st ? st : build_peaked(&bd, SL_DIST_PERT, a, m, b, min, max, out);
}

sl_status sl_dist_set_normal(sl_dist *out, double mean, double sd,
                             double min, double max, sl_error *err)
{
    build b = {err, NULL, NULL};
    sl_status st = set_begin(out, min, max, err);
    return st ? st : build_normal(&b, mean, sd, min, max, out);
}

sl_status sl_dist_set_interval90(sl_dist *out, double lo, double hi,
                                 double min, double max, sl_error *err)
{
    build b = {err, NULL, NULL};
    sl_status st = set_begin(out, min, max, err);
    return st ? st : build_interval(&b, lo, hi, min, max, out);
}

sl_status sl_dist_set_choice(sl_dist *out, size_t n, const double *values,
                             const double *weights, double min, double max,
                             sl_error *err)
{
    build b = {err, NULL, NULL};
    sl_status st = set_begin(out, min, max, err);
    if (st)
        return st;
    if (!values)
        return sli_fail(err, SL_EINVAL, "values", "values is NULL");
    if (n < 1 || n > SL_DIST_CHOICES_MAX)
        return sli_fail(err, SL_EINVAL, "n",
                        "a choice has 1 to %d values, not %zu",
                        SL_DIST_CHOICES_MAX, n);
    return build_choice(&b, n, values, weights, min, max, out);
}

/* ------------------------------------------------------------------ */
/* Quantile, CDF, moments                                              */

/* Quantile of a (possibly truncated) normal or lognormal, p in (0, 1). */
static double normal_quantile(const sl_dist *d, double p)
{
    double zl = to_z(d, d->lo), zh = to_z(d, d->hi), z;
    if (zl > 0) {
        double ql = nupp(zl), qh = nupp(zh);
        z = nqinv(ql - p * (ql - qh));
    } else {
        double pl = npos(zl), ph = npos(zh);
        z = npinv(pl + p * (ph - pl));
    }
    return from_z(d, z);
}

/* Quantile of a triangular (a, m = b, c) at p in [0, 1]. */
static double tri_quantile(const sl_dist *d, double p)
{
    double w = d->c - d->a;
    if (p * w < d->b - d->a)
        return d->a + sqrt(p * w) * sqrt(d->b - d->a);
    return d->c - sqrt((1 - p) * w) * sqrt(d->c - d->b);
}

/* The number of choices of d, never above SL_DIST_CHOICES_MAX. */
static size_t nchoices(const sl_dist *d)
{
    return d->n < SL_DIST_CHOICES_MAX ? d->n : SL_DIST_CHOICES_MAX;
}

/* Quantile of a choice: the least value whose CDF reaches p. */
static double choice_quantile(const sl_dist *d, double p)
{
    double cum = 0;
    for (size_t i = 0; i < nchoices(d); i++) {
        if (d->weight[i] <= 0)
            continue;
        cum += d->weight[i];
        if (cum >= p)
            return d->value[i];
    }
    return d->hi;
}

double sl_dist_quantile(const sl_dist *d, double p)
{
    double x, al, be;
    if (!d || !(p >= 0 && p <= 1))
        return NAN;
    if (d->kind == SL_DIST_CHOICE)
        return choice_quantile(d, p);
    if (p == 0 || d->kind == SL_DIST_CONST)
        return d->lo;
    if (p == 1)
        return d->hi;
    switch (d->kind) {
    case SL_DIST_UNIFORM:
        x = d->a + p * (d->b - d->a);
        break;
    case SL_DIST_TRIANGULAR:
        x = tri_quantile(d, p);
        break;
    case SL_DIST_PERT:
    case SL_DIST_BETA:
        beta_shapes(d, &al, &be);
        x = d->lo + (d->hi - d->lo) * beta_pinv01(p, al, be);
        break;
    case SL_DIST_NORMAL:
    case SL_DIST_LOGNORMAL:
        x = normal_quantile(d, p);
        break;
    default:
        return NAN;
    }
    if (isnan(x))
        return NAN; /* a failed inversion must not pass as lo */
    return fmin(fmax(x, d->lo), d->hi);
}

/* CDF of a triangular (a, m = b, c) at x inside (a, c). */
static double tri_cdf(const sl_dist *d, double x)
{
    double w = d->c - d->a;
    if (x < d->b)
        return (x - d->a) / w * ((x - d->a) / (d->b - d->a));
    return 1 - (d->c - x) / w * ((d->c - x) / (d->c - d->b));
}

double sl_dist_cdf(const sl_dist *d, double x)
{
    double al, be, cum = 0;
    if (!d || isnan(x))
        return NAN;
    if (d->kind == SL_DIST_CHOICE) {
        for (size_t i = 0; i < nchoices(d); i++)
            cum += d->value[i] <= x ? d->weight[i] : 0;
        return fmin(cum, 1.0);
    }
    if (x < d->lo)
        return 0.0;
    if (x >= d->hi)
        return 1.0;
    switch (d->kind) {
    case SL_DIST_UNIFORM:
        return (x - d->a) / (d->b - d->a);
    case SL_DIST_TRIANGULAR:
        return tri_cdf(d, x);
    case SL_DIST_PERT:
    case SL_DIST_BETA:
        beta_shapes(d, &al, &be);
        return beta_cdf01((x - d->lo) / (d->hi - d->lo), al, be);
    case SL_DIST_NORMAL:
    case SL_DIST_LOGNORMAL: {
        double zl = to_z(d, d->lo), zh = to_z(d, d->hi);
        return nmass(zl, to_z(d, x)) / nmass(zl, zh);
    }
    default:
        return NAN;
    }
}

/* Mean and variance of a normal truncated to [lo, hi]. */
static void normal_moments(const sl_dist *d, double *mean, double *var)
{
    double zl = to_z(d, d->lo), zh = to_z(d, d->hi), m = nmass(zl, zh);
    double r = (ndens(zl) - ndens(zh)) / m;
    *mean = d->a + d->b * r;
    *var = fmax(0.0, d->b * d->b * (1 + (zdens(zl) - zdens(zh)) / m - r * r));
}

/* Mean and variance of a lognormal truncated to [lo, hi]. */
static void lognormal_moments(const sl_dist *d, double *mean, double *var)
{
    double mu = d->a, s = d->b, s2 = s * s;
    double zl = to_z(d, d->lo), zh = to_z(d, d->hi), m = nmass(zl, zh);
    double r1 = nmass(zl - s, zh - s) / m;
    double r2 = nmass(zl - 2 * s, zh - 2 * s) / m;
    *mean = exp(mu + 0.5 * s2) * r1;
    if (zl == -HUGE_VAL && zh == HUGE_VAL)
        *var = expm1(s2) * exp(2 * mu + s2);
    else
        *var = fmax(0.0, exp(2 * mu + s2) * (exp(s2) * r2 - r1 * r1));
}

/* Mean and variance of d (already checked non-NULL). */
static void moments(const sl_dist *d, double *mean, double *var)
{
    double al, be, w, u, v;
    *mean = *var = NAN;
    switch (d->kind) {
    case SL_DIST_CONST:
        *mean = d->a;
        *var = 0;
        break;
    case SL_DIST_UNIFORM:
        *mean = 0.5 * (d->a + d->b);
        *var = (d->b - d->a) * (d->b - d->a) / 12;
        break;
    case SL_DIST_TRIANGULAR:
        u = d->c - d->a;
        v = (d->b - d->a) / u; /* in [0, 1]: no overflow below */
        *mean = d->a + u * ((1 + v) / 3); /* (u + v u) / 3 overflows near
                                            DBL_MAX */
        *var = u * u * (1 + v * v - v) / 18;
        break;
    case SL_DIST_PERT:
    case SL_DIST_BETA:
        beta_shapes(d, &al, &be);
        w = d->hi - d->lo;
        *mean = d->lo + w * (al / (al + be)); /* w al overflows near
                                                 DBL_MAX */
        *var = w * w * al * be / ((al + be) * (al + be) * (al + be + 1));
        break;
    case SL_DIST_NORMAL:
        normal_moments(d, mean, var);
        break;
    case SL_DIST_LOGNORMAL:
        lognormal_moments(d, mean, var);
        break;
    case SL_DIST_CHOICE:
        *mean = *var = 0;
        for (size_t i = 0; i < nchoices(d); i++)
            *mean += d->weight[i] * d->value[i];
        /* weights summing to 1 +- an ulp must not move it off the support */
        *mean = fmin(fmax(*mean, d->lo), d->hi);
        for (size_t i = 0; i < nchoices(d); i++)
            *var += d->weight[i] * (d->value[i] - *mean) *
                    (d->value[i] - *mean);
        break;
    }
}

double sl_dist_mean(const sl_dist *d)
{
    double m, v;
    if (!d)
        return NAN;
    moments(d, &m, &v);
    return m;
}

double sl_dist_variance(const sl_dist *d)
{
    double m, v;
    if (!d)
        return NAN;
    moments(d, &m, &v);
    return v;
}

int sl_dist_is_const(const sl_dist *d)
{
    if (!d)
        return 0;
    return d->kind == SL_DIST_CONST ||
           (d->kind == SL_DIST_CHOICE && d->lo == d->hi);
}

/* ------------------------------------------------------------------ */
/* Describe                                                            */

/* Append printf-style text at *len in buf of size (tracking the full
 * length even when cut). */
static void put(char *buf, size_t size, size_t *len, const char *fmt, ...)
    SLI_PRINTF(4, 5);
static void put(char *buf, size_t size, size_t *len, const char *fmt, ...)
{
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = sli_vsnprintf(*len < size ? buf + *len : NULL,
                  *len < size ? size - *len : 0, fmt, ap);
    va_end(ap);
    if (n > 0)
        *len += (size_t)n;
}

/* name(p1, p2[, p3]) with shortest exact numbers. */
static void put_call(char *buf, size_t size, size_t *len, const char *name,
                     const double *p, int np)
{
    char s[32];
    put(buf, size, len, "%s(", name);
    for (int i = 0; i < np; i++) {
        sli_format_exact(p[i], s, sizeof s);
        put(buf, size, len, "%s%s", i ? ", " : "", s);
    }
    put(buf, size, len, ")");
}

/* choice(...) with weights unless they are all equal. */
static void put_choice(const sl_dist *d, char *buf, size_t size,
                       size_t *len)
{
    char s[32];
    int equal = 1;
    for (size_t i = 1; i < nchoices(d); i++)
        equal &= d->weight[i] == d->weight[0];
    put(buf, size, len, "choice(");
    for (size_t i = 0; i < nchoices(d); i++) {
        sli_format_exact(d->value[i], s, sizeof s);
        put(buf, size, len, "%s%s", i ? ", " : "", s);
        if (!equal) {
            sli_format_exact(d->weight[i], s, sizeof s);
            put(buf, size, len, ": %s", s);
        }
    }
    put(buf, size, len, ")");
}

int sl_dist_describe(const sl_dist *d, char *buf, size_t size)
{
    size_t len = 0;
    char s[32];
    double p[3];
    static const char *const names[] = {"", "uniform", "triangular", "pert",
                                        "normal", "lognormal", "beta"};
    if (!d || (!buf && size > 0))
        return -1;
    if (size > 0)
        buf[0] = '\0';
    p[0] = d->a;
    p[1] = d->b;
    p[2] = d->c;
    switch (d->kind) {
    case SL_DIST_CONST:
        sli_format_exact(d->a, s, sizeof s);
        put(buf, size, &len, "%s", s);
        break;
    case SL_DIST_UNIFORM:
    case SL_DIST_NORMAL:
    case SL_DIST_LOGNORMAL:
    case SL_DIST_BETA:
        put_call(buf, size, &len, names[d->kind], p, 2);
        break;
    case SL_DIST_TRIANGULAR:
    case SL_DIST_PERT:
        put_call(buf, size, &len, names[d->kind], p, 3);
        break;
    case SL_DIST_CHOICE:
        put_choice(d, buf, size, &len);
        break;
    default:
        return -1;
    }
    return len > (size_t)2147483647 ? -1 : (int)len;
}

/* ------------------------------------------------------------------ */
/* Sampling                                                            */

/* One draw of a normal or lognormal, by its cached method. */
static double sample_normal(const sl_dist *d, gsl_rng *r)
{
    double x, u;
    switch (d->draw) {
    case DRAW_DIRECT:
        return from_z(d, gsl_ran_gaussian_ziggurat(r, 1.0));
    case DRAW_REJECT:
        for (int i = 0; i < REJECT_TRIES; i++) {
            x = from_z(d, gsl_ran_gaussian_ziggurat(r, 1.0));
            if (x >= d->lo && x <= d->hi)
                return x;
        }
        /* fall through */
    case DRAW_INVERT:
        u = gsl_rng_uniform(r);
        x = from_z(d, d->upper ? nqinv(d->k[0] - u * (d->k[0] - d->k[1]))
                               : npinv(d->k[0] + u * (d->k[1] - d->k[0])));
        return fmin(fmax(x, d->lo), d->hi);
    default:
        return sl_dist_quantile(d, gsl_rng_uniform(r));
    }
}

/* One draw of a choice: an index for equal weights, else walk them. */
static double sample_choice(const sl_dist *d, gsl_rng *r)
{
    double u = gsl_rng_uniform(r);
    size_t n = nchoices(d);
    if (n == 0)
        return d->lo;
    if (d->draw == DRAW_EQUAL) {
        size_t i = (size_t)(u * (double)n);
        return d->value[i < n ? i : n - 1];
    }
    for (size_t i = 0; i < n; i++) {
        u -= d->weight[i];
        if (u < 0)
            return d->value[i];
    }
    return d->hi;
}

double sli_dist_sample(const sl_dist *d, gsl_rng *r)
{
    double al, be, x;
    switch (d->kind) {
    case SL_DIST_CONST:
        return d->a;
    case SL_DIST_UNIFORM:
        x = d->a + (d->b - d->a) * gsl_rng_uniform(r);
        return fmin(x, d->hi);
    case SL_DIST_TRIANGULAR:
        x = tri_quantile(d, gsl_rng_uniform(r));
        return fmin(fmax(x, d->lo), d->hi);
    case SL_DIST_PERT:
    case SL_DIST_BETA:
        beta_shapes(d, &al, &be);
        x = d->lo + (d->hi - d->lo) * beta_draw01(r, al, be);
        return fmin(fmax(x, d->lo), d->hi);
    case SL_DIST_NORMAL:
    case SL_DIST_LOGNORMAL:
        return sample_normal(d, r);
    case SL_DIST_CHOICE:
        return sample_choice(d, r);
    }
    return d->lo;
}

/* ------------------------------------------------------------------ */
/* Parser                                                              */

/* Most arguments of any form (choice: SL_DIST_CHOICES_MAX values). */
#define ARGS_MAX SL_DIST_CHOICES_MAX

typedef struct parser {
    const char *s;
    size_t pos;
    sl_error *err;
} parser;

/* Skip spaces, tabs and newlines. */
static void skip_ws(parser *p)
{
    while (p->s[p->pos] && sli_isspace((unsigned char)p->s[p->pos]))
        p->pos++;
}

/* Fail at byte offset off of the text. */
static sl_status pfail(const parser *p, sl_status st, size_t off,
                       const char *fmt, ...) SLI_PRINTF(4, 5);
static sl_status pfail(const parser *p, sl_status st, size_t off,
                       const char *fmt, ...)
{
    char msg[SL_ERROR_WHAT_MAX];
    va_list ap;
    va_start(ap, fmt);
    sli_vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return text_fail(p->err, st, p->s, off, "%s", msg);
}

/* Length of the identifier (letters, digits, '_') at s. */
static size_t ident_len(const char *s)
{
    size_t n = 0;
    if (!sli_isalpha((unsigned char)s[0]) && s[0] != '_')
        return 0;
    while (sli_isalnum((unsigned char)s[n]) || s[n] == '_')
        n++;
    return n;
}

/* 1 if the n bytes at s spell word, ignoring case. */
static int word_is(const char *s, size_t n, const char *word)
{
    size_t i;
    for (i = 0; i < n && word[i]; i++)
        if (sli_tolower((unsigned char)s[i]) != word[i])
            return 0;
    return i == n && word[i] == '\0';
}

/* The error for text where a number was expected at offset at. */
static sl_status not_a_number(const parser *p, size_t at)
{
    const char *s = p->s + at;
    size_t sign = (*s == '+' || *s == '-'), n = ident_len(s + sign);
    if (n && (word_is(s + sign, n, "inf") ||
              word_is(s + sign, n, "infinity") ||
              word_is(s + sign, n, "nan")))
        return pfail(p, SL_ERANGE, at,
                     "'%.*s' is not a finite number; give a finite value",
                     (int)(n + sign), s);
    if (!*s)
        return pfail(p, SL_EPARSE, at, "the text ends where a number was "
                                       "expected");
    return pfail(p, SL_EPARSE, at, "expected a number at '%.12s'", s);
}

/* Count the decimal digits at s. */
static size_t digits(const char *s)
{
    size_t n = 0;
    while (sli_isdigit((unsigned char)s[n]))
        n++;
    return n;
}

/* Scan the digits before any fraction: with groups, 10,000-style
 * separators (groups of exactly 3 after a first group of 1 to 3).
 * Copies the digits to buf; returns SL_OK or a parse error. */
static sl_status scan_int(parser *p, int groups, char *buf, size_t *n,
                          size_t *count)
{
    const char *s = p->s;
    size_t k = digits(s + p->pos), first = k;
    if (*n + k >= NUM_TEXT_MAX)
        return pfail(p, SL_EPARSE, p->pos, "number too long");
    memcpy(buf + *n, s + p->pos, k);
    *n += k;
    *count = k;
    p->pos += k;
    while (groups && k > 0 && s[p->pos] == ',' &&
           sli_isdigit((unsigned char)s[p->pos + 1])) {
        k = digits(s + p->pos + 1);
        if (k != 3 || first > 3)
            return pfail(p, SL_EPARSE, p->pos,
                         "a thousands separator ',' needs groups of 3 "
                         "digits, as in 10,000; for a decimal fraction "
                         "write '.'");
        if (*n + 3 >= NUM_TEXT_MAX)
            return pfail(p, SL_EPARSE, p->pos, "number too long");
        memcpy(buf + *n, s + p->pos + 1, 3);
        *n += 3;
        *count += 3;
        p->pos += 4;
    }
    return SL_OK;
}

/* Scan a number at p->pos (after spaces): sign, digits (10,000 groups
 * when groups), fraction, exponent, then an optional '%' (value / 100).
 * *at receives its offset. */
static sl_status scan_num(parser *p, int groups, double *v, size_t *at)
{
    const char *s = p->s;
    char buf[NUM_TEXT_MAX + 8];
    size_t n = 0, nint = 0, nfrac = 0, e;
    sl_status st;
    skip_ws(p);
    *at = p->pos;
    if (s[p->pos] == '+' || s[p->pos] == '-')
        buf[n++] = s[p->pos++];
    if ((st = scan_int(p, groups, buf, &n, &nint)))
        return st;
    if (s[p->pos] == '.') {
        nfrac = digits(s + p->pos + 1);
        if (n + nfrac + 1 >= NUM_TEXT_MAX)
            return pfail(p, SL_EPARSE, *at, "number too long");
        memcpy(buf + n, s + p->pos, nfrac + 1);
        n += nfrac + 1;
        p->pos += nfrac + 1;
    }
    if (nint + nfrac == 0)
        return not_a_number(p, *at);
    e = (s[p->pos] == 'e' || s[p->pos] == 'E');
    if (e && (s[p->pos + 1] == '+' || s[p->pos + 1] == '-'))
        e++;
    if (e && digits(s + p->pos + e) > 0) {
        e += digits(s + p->pos + e);
        if (n + e >= NUM_TEXT_MAX)
            return pfail(p, SL_EPARSE, *at, "number too long");
        memcpy(buf + n, s + p->pos, e);
        n += e;
        p->pos += e;
    }
    if (!c_strtod(buf, n, v))
        return pfail(p, SL_EPARSE, *at, "unreadable number '%.*s'",
                     (int)(p->pos - *at), s + *at);
    if (!isfinite(*v))
        return pfail(p, SL_ERANGE, *at,
                     "%.*s is not a finite number (too large); give a "
                     "finite value", (int)(p->pos - *at), s + *at);
    if (*v == 0) /* "-0" is 0: a negative zero printed as "-0" */
        *v = 0.0;
    e = p->pos;
    while (s[e] == ' ' || s[e] == '\t')
        e++;
    if (s[e] == '%') {
        *v /= 100;
        p->pos = e + 1;
    }
    return SL_OK;
}

/* The error for unexpected text at p->pos after a complete form. */
static sl_status trailing(const parser *p)
{
    const char *s = p->s + p->pos;
    if (*s == ')')
        return pfail(p, SL_EPARSE, p->pos,
                     "unbalanced ')': no '(' is open here");
    if (*s == ',')
        return pfail(p, SL_EPARSE, p->pos,
                     "unexpected ','; commas separate thousands only in "
                     "groups of 3 (10,000) and arguments only inside "
                     "parentheses");
    if (*s == '-' && (sli_isdigit((unsigned char)s[1 + strspn(s + 1, " ")]) ||
                      s[1 + strspn(s + 1, " ")] == '.'))
        return pfail(p, SL_EPARSE, p->pos,
                     "unexpected text '%.12s': a range is written 'lo to "
                     "hi' (a 90 %% interval) or uniform(lo, hi) (hard "
                     "ends), not lo-hi", s);
    return pfail(p, SL_EPARSE, p->pos,
                 "unexpected text '%.12s'; expected the end, as in 12.5, "
                 "'lo to hi' or pert(a, m, b)", s);
}

/* The forms written name(args). */
typedef struct form {
    const char *name;
    sl_dist_kind kind;
    int nargs; /* 0: choice */
    const char *args;
} form;

static const form forms[] = {
    {"uniform", SL_DIST_UNIFORM, 2, "(a, b)"},
    {"triangular", SL_DIST_TRIANGULAR, 3, "(a, m, b)"},
    {"pert", SL_DIST_PERT, 3, "(a, m, b)"},
    {"normal", SL_DIST_NORMAL, 2, "(mean, sd)"},
    {"lognormal", SL_DIST_LOGNORMAL, 2, "(mu, sigma)"},
    {"beta", SL_DIST_BETA, 2, "(alpha, beta)"},
    {"choice", SL_DIST_CHOICE, 0, "(v1: w1, v2: w2, ...)"},
};

/* Arguments read from name( ... ). */
typedef struct args {
    size_t n;
    double v[ARGS_MAX], w[ARGS_MAX];
    size_t off[2 * ARGS_MAX]; /* values, then weights */
    int weighted;             /* -1 unknown, 0 none, 1 all */
    size_t open;              /* offset of '(' */
} args;

/* Read one argument (choice: value [: weight]) into a. */
static sl_status scan_arg(parser *p, const form *f, args *a)
{
    sl_status st;
    size_t i = a->n, at;
    int has_w;
    if ((st = scan_num(p, 0, &a->v[i], &a->off[i])))
        return st;
    skip_ws(p);
    has_w = f->kind == SL_DIST_CHOICE && p->s[p->pos] == ':';
    if (has_w) {
        p->pos++;
        if ((st = scan_num(p, 0, &a->w[i], &at)))
            return st;
        a->off[ARGS_MAX + i] = at;
    }
    if (f->kind == SL_DIST_CHOICE && a->weighted >= 0 &&
        a->weighted != has_w)
        return pfail(p, SL_EPARSE, a->off[i],
                     "give every choice a weight or none (choice %zu has "
                     "%s)", i + 1, has_w ? "one" : "none");
    a->weighted = has_w;
    a->n++;
    return SL_OK;
}

/* Read "(arg, arg, ...)" after a form name. */
static sl_status scan_args(parser *p, const form *f, args *a)
{
    sl_status st;
    int open_line, open_col;
    a->n = 0;
    a->weighted = -1;
    a->open = p->pos;
    p->pos++;
    for (;;) {
        skip_ws(p);
        if (a->n == ARGS_MAX || (f->nargs && a->n == (size_t)f->nargs &&
                                 p->s[p->pos] != ')'))
            return f->nargs
                       ? pfail(p, SL_EPARSE, p->pos,
                               "too many arguments: %s takes %d %s",
                               f->name, f->nargs, f->args)
                       : pfail(p, SL_EPARSE, p->pos,
                               "too many choices: at most %d",
                               SL_DIST_CHOICES_MAX);
        if (p->s[p->pos] == ')' && a->n == 0)
            break;
        if ((st = scan_arg(p, f, a)))
            return st;
        skip_ws(p);
        if (p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        if (p->s[p->pos] == ')')
            break;
        text_pos(p->s, a->open, &open_line, &open_col);
        if (!p->s[p->pos])
            return pfail(p, SL_EPARSE, p->pos,
                         "missing ')' to close the '(' at column %d",
                         open_col);
        return pfail(p, SL_EPARSE, p->pos,
                     "expected ',' or ')' at '%.12s'", p->s + p->pos);
    }
    p->pos++;
    if (f->nargs && a->n != (size_t)f->nargs)
        return pfail(p, SL_EPARSE, a->open,
                     "%s takes %d arguments %s, not %zu", f->name,
                     f->nargs, f->args, a->n);
    if (a->n == 0)
        return pfail(p, SL_EPARSE, a->open,
                     "choice needs at least one value, as in choice(1: "
                     "3, 2: 1)");
    return SL_OK;
}

/* Build the distribution of form f from its arguments. */
static sl_status build_form(parser *p, const form *f, args *a, double min,
                            double max, sl_dist *out)
{
    build b = {p->err, p->s, a->off};
    if (f->kind == SL_DIST_CHOICE) {
        for (size_t i = 0; i < a->n; i++) /* weights follow the values */
            a->off[a->n + i] = a->weighted ? a->off[ARGS_MAX + i]
                                           : a->off[i];
        return build_choice(&b, a->n, a->v, a->weighted ? a->w : NULL,
                            min, max, out);
    }
    switch (f->kind) {
    case SL_DIST_UNIFORM:
        return build_uniform(&b, a->v[0], a->v[1], min, max, out);
    case SL_DIST_TRIANGULAR:
    case SL_DIST_PERT:
        return build_peaked(&b, f->kind, a->v[0], a->v[1], a->v[2], min,
                            max, out);
    case SL_DIST_NORMAL:
        return build_normal(&b, a->v[0], a->v[1], min, max, out);
    case SL_DIST_LOGNORMAL:
        return build_lognormal(&b, a->v[0], a->v[1], min, max, out);
    default:
        return build_beta(&b, a->v[0], a->v[1], min, max, out);
    }
}

/* name(args): the named forms. */
static sl_status parse_call(parser *p, double min, double max, sl_dist *out)
{
    size_t at = p->pos, n = ident_len(p->s + p->pos);
    const form *f = NULL;
    args a;
    sl_status st;
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (word_is(p->s + at, n, forms[i].name))
            f = &forms[i];
    if (!f) {
        if (word_is(p->s + at, n, "inf") || word_is(p->s + at, n, "nan") ||
            word_is(p->s + at, n, "infinity"))
            return not_a_number(p, at);
        return pfail(p, SL_EPARSE, at,
                     "unknown form '%.*s'; write a number, 'lo to hi', "
                     "uniform(a, b), triangular(a, m, b), pert(a, m, b), "
                     "normal(mean, sd), lognormal(mu, sigma), beta(alpha, "
                     "beta) or choice(v1: w1, ...)", (int)(n > 24 ? 24 : n),
                     p->s + at);
    }
    p->pos += n;
    skip_ws(p);
    if (p->s[p->pos] != '(')
        return pfail(p, SL_EPARSE, p->pos, "expected '(' after %s, as in %s%s",
                     f->name, f->name, f->args);
    if ((st = scan_args(p, f, &a)))
        return st;
    skip_ws(p);
    if (p->s[p->pos])
        return trailing(p);
    return build_form(p, f, &a, min, max, out);
}

/* A number alone, or "lo to hi" (both may use 10,000 separators). */
static sl_status parse_plain(parser *p, double min, double max,
                             sl_dist *out)
{
    double v[2];
    size_t off[2];
    build b = {p->err, p->s, off};
    sl_status st;
    if ((st = scan_num(p, 1, &v[0], &off[0])))
        return st;
    skip_ws(p);
    if (!p->s[p->pos])
        return build_const(&b, v[0], min, max, out);
    if (sli_tolower((unsigned char)p->s[p->pos]) == 't' &&
        sli_tolower((unsigned char)p->s[p->pos + 1]) == 'o' &&
        !sli_isalpha((unsigned char)p->s[p->pos + 2])) {
        p->pos += 2;
        if ((st = scan_num(p, 1, &v[1], &off[1])))
            return st;
        skip_ws(p);
        if (p->s[p->pos])
            return trailing(p);
        return build_interval(&b, v[0], v[1], min, max, out);
    }
    return trailing(p);
}

sl_status sl_dist_parse(const char *text, double min, double max,
                        sl_dist *out, sl_error *err)
{
    parser p = {text, 0, err};
    sl_dist d;
    sl_status st;
    if (!text)
        return sli_fail(err, SL_EINVAL, "text", "text is NULL");
    if (!out)
        return sli_fail(err, SL_EINVAL, "out", "out is NULL");
    if ((st = check_bounds(err, min, max)))
        return st;
    skip_ws(&p);
    if (!text[p.pos])
        return pfail(&p, SL_EPARSE, p.pos,
                     "empty text; write a number, 'lo to hi' or a form "
                     "such as pert(a, m, b)");
    st = ident_len(text + p.pos) ? parse_call(&p, min, max, &d)
                                 : parse_plain(&p, min, max, &d);
    if (st == SL_OK)
        *out = d;
    return st;
}
