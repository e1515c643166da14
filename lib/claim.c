/*
 * lib/claim.c - where a claim falls, and what must be true for it to hold.
 *
 * The "what must be true" figures solve the nominal model (catalog nominal
 * figures, mean shares and fill, the median container count) for one input
 * with the others at their defaults.  Capacities are taken without the
 * floor to whole units so the model is continuous and monotone in each
 * input; the answers are therefore exact to within one unit per container.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>
#include "estimate_internal.h"

/* What the solver varies. */
enum { VARY_GROSS, VARY_UNIT };

typedef struct solve_ctx {
    const sli_model *m;
    sli_draw *d;
    int vary;
    size_t cargo;   /* for VARY_UNIT */
    double target;
} solve_ctx;

/* Units per full container of cell (t, c), continuous. */
static double cell_cap(const sli_model *m, const sli_draw *d, size_t t,
                       size_t c)
{
    const sli_cargo *k = &m->cargo[c];
    const long *g = m->geo + (t * m->ncargo + c) * SLI_GEO_STRIDE(m) +
                    (size_t)d->margin * SLI_GEO_MSTRIDE(m);
    long geo = g[(size_t)d->stack[c] * SLI_GEO_LEVELS(m) + SLI_GEO_NOMINAL(m)];
    double payload, w;
    if (!k->munition)
        return 0.0;
    payload = d->gross[t] - d->tare[t] - (k->packaged ? d->dunnage : 0.0);
    w = payload > 0 ? payload / d->ugross[c] : 0.0;
    return (geo >= 0 && (double)geo < w) ? (double)geo : w;
}

/* Nominal expected total with the draw's values. */
static double nominal_total(const sli_model *m, const sli_draw *d)
{
    double sum = 0.0;
    for (size_t t = 0; t < m->ntypes; t++)
        for (size_t c = 0; c < m->ncargo; c++)
            sum += d->tshare[t] * d->cshare[c] * cell_cap(m, d, t, c);
    return d->n * m->fill_mean * sum;
}

/* Nominal expected total with whole units per container (the capacity
 * table's counts). */
static double nominal_whole_total(const sli_model *m, sli_draw *d)
{
    double sum = 0.0;
    sli_model_capacity(m, d);
    for (size_t t = 0; t < m->ntypes; t++)
        for (size_t c = 0; c < m->ncargo; c++)
            sum += d->tshare[t] * d->cshare[c] * d->cap[t * m->ncargo + c];
    return d->n * m->fill_mean * sum;
}

/* The solver's function: nominal total minus the claim at x. */
static double excess(double x, void *p)
{
    solve_ctx *s = p;
    if (s->vary == VARY_GROSS)
        for (size_t t = 0; t < s->m->ntypes; t++)
            s->d->gross[t] = x;
    else
        s->d->ugross[s->cargo] = x;
    return nominal_total(s->m, s->d) - s->target;
}

/* +1 where the nominal total at x reaches the claim, else -1: a step
 * whose one change of sign is the answer, also where the total is flat
 * (geometry caps it at exactly the claim: every rating above the one where
 * weight stops binding reaches it, and excess() is 0 all along). */
static double reaches(double x, void *p)
{
    return excess(x, p) >= 0 ? 1.0 : -1.0;
}

/*
 * Where reaches() changes sign in [lo, hi], by GSL's bisection solver:
 * the lowest rating, or the highest unit mass, that reaches the claim
 * (excess() is monotone in either).  The caller has checked that the ends
 * straddle the change, so GSL's error handler cannot fire; the solver is
 * allocated here (its struct is public) so that an allocation failure is
 * a status, not a call to GSL's abort handler.
 */
static sl_status solve(solve_ctx *s, double lo, double hi, double *root)
{
    gsl_root_fsolver sv;
    gsl_function f;
    int status = GSL_CONTINUE;
    sv.type = gsl_root_fsolver_bisection;
    sv.state = malloc(sv.type->size);
    if (!sv.state)
        return SL_ENOMEM;
    f.function = reaches;
    f.params = s;
    gsl_root_fsolver_set(&sv, &f, lo, hi);
    for (int it = 0; it < 200 && status == GSL_CONTINUE; it++) {
        gsl_root_fsolver_iterate(&sv);
        status = gsl_root_test_interval(gsl_root_fsolver_x_lower(&sv),
                                        gsl_root_fsolver_x_upper(&sv),
                                        SLI_SOLVE_EPSABS, SLI_SOLVE_EPSREL);
    }
    *root = gsl_root_fsolver_root(&sv);
    free(sv.state);
    return status == GSL_SUCCESS ? SL_OK : SL_ENOCONV;
}

/* Lowest rated gross mass (same for every container type) that lets the
 * nominal model reach the claim; NaN if none does. */
static sl_status need_gross(const sli_model *m, sli_draw *d, double x,
                            double *out)
{
    solve_ctx s = {m, d, VARY_GROSS, 0, x};
    double lo = 0.0, hi = 1e4; /* at 0 kg no container carries anything */
    sl_status st;
    *out = NAN;
    while (excess(hi, &s) < 0 && hi < 1e9)
        hi *= 4;
    if (!(excess(hi, &s) >= 0) || !(excess(lo, &s) < 0))
        return SL_OK;
    st = solve(&s, lo, hi, out);
    return st == SL_ENOCONV ? SL_OK : st;
}

/* Highest mass per unit as carried of cargo c; NaN if none suffices. */
static sl_status need_unit(const sli_model *m, sli_draw *d, size_t c,
                           double x, double *out)
{
    solve_ctx s = {m, d, VARY_UNIT, c, x};
    double lo = 1e-6, hi = d->ugross[c];
    sl_status st;
    *out = NAN;
    if (!(excess(lo, &s) >= 0))
        return SL_OK; /* geometry (or the other cargo) caps it */
    while (excess(hi, &s) >= 0 && hi < 1e12)
        hi *= 4;
    if (!(excess(hi, &s) < 0))
        return SL_OK;
    st = solve(&s, lo, hi, out);
    return st == SL_ENOCONV ? SL_OK : st;
}

/* Why no rating reaches the claim: geometry binds, unless the fill or
 * the munition shares leave nothing for it to bind. */
static const char *why_no_rating(const sli_model *m, const sli_draw *d)
{
    double share = 0.0;
    if (!(m->fill_mean > 0))
        return "every container is empty (fill 0)";
    for (size_t c = 0; c < m->ncargo; c++)
        if (m->cargo[c].munition)
            share += d->cshare[c];
    return share > 0 ? "geometry binds" : "no container carries munitions";
}

/* The munition cargo with the largest nominal share. */
static size_t primary_cargo(const sli_model *m, const sli_draw *d)
{
    size_t best = m->ncargo;
    for (size_t c = 0; c < m->ncargo; c++)
        if (m->cargo[c].munition &&
            (best == m->ncargo || d->cshare[c] > d->cshare[best]))
            best = c;
    return best;
}

/* v rounded, with thousands separators; in 6 significant digits when
 * that is too long for buf (an absurd claim: no digits cut off). */
static const char *grouped(double v, char *buf, size_t n)
{
    if (sl_format_number(v, 0, 0, buf, n) >= (int)n)
        sli_snprintf(buf, n, "%.6g", v);
    return buf;
}

/* The claim's own figure, as typed: whole, or with its decimals
 * (sl_format_figure: 1,234.5 is not shown as 1,234). */
static const char *figure(double v, char *buf, size_t n)
{
    if (sl_format_figure(v, buf, n) >= (int)n)
        sli_snprintf(buf, n, "%.6g", v);
    return buf;
}

/* v with one decimal, grouped (182.4, 1,600,000.5), none when it is a
 * whole number (a count per container: 272, not 272.0), or in 4
 * significant digits from 10^15 on (so an absurd claim's ratios do not
 * fill the text with digits), or in 2 below 0.05 (0.01 per container,
 * not 0.0). */
static const char *one_decimal(double v, char *buf, size_t n)
{
    if (v != 0 && fabs(v) < 0.05)
        sli_snprintf(buf, n, "%.2g", v);
    else if (fabs(v) < 1e15)
        sl_format_number(v, 0, v == floor(v) ? 0 : 1, buf, n);
    else
        sli_snprintf(buf, n, "%.4g", v);
    return buf;
}

/* A mass per unit in kg: two decimals below 100 kg (46.25, not 46.2),
 * one above. */
static const char *kg_text(double v, char *buf, size_t n)
{
    sl_format_number(v, 0, fabs(v) < 100 ? 2 : fabs(v) < 1000 ? 1 : 0, buf,
                     n);
    return buf;
}

/* A share of containers in whole percent (89), with the decimals it
 * takes not to read 0 or 100 when the share is neither: 1 round in 272
 * is 0.37, not 0 (a share of 0 would hold nothing), and 0.996 is 99.6,
 * not 100 (the change would then read as none). */
static const char *share_pct(double p, char *buf, size_t n)
{
    double x = 100 * p;
    int dec = 0;
    if (x > 0 && x < 0.5)
        return sl_format_percent(p, buf, n), buf;
    while (dec < 6 && x < 100 && round(x * pow(10, dec)) >= 100 * pow(10, dec))
        dec++;
    sli_snprintf(buf, n, "%.*f", dec, x);
    return buf;
}

/* sl_format_percent into buf, returned. */
static const char *pct_text(double p, char *buf, size_t n)
{
    sl_format_percent(p, buf, n);
    return buf;
}

/* sl_format_percent_interval into buf, returned. */
static const char *interval_text(const double ci[2], char *buf, size_t n)
{
    sl_format_percent_interval(ci[0], ci[1], buf, n);
    return buf;
}

/* The 95 % Wilson score interval of a share of k in n independent samples
 * (Wilson 1927; recommended over the normal-approximation interval, which
 * shrinks to a point at k = 0 and k = n, by Brown, Cai and DasGupta 2001).
 * At k = 0 its upper end is z^2 / (n + z^2), about 3.8 / n. */
static void share_interval(size_t k, size_t n, double ci[2])
{
    double z = gsl_cdf_ugaussian_Pinv(0.975), z2 = z * z, nn = (double)n;
    double p = (double)k / nn, d = 1 + z2 / nn;
    double mid = (p + z2 / (2 * nn)) / d;
    double half = z / d * sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
    ci[0] = k > 0 ? fmax(0.0, mid - half) : 0.0;
    ci[1] = k < n ? fmin(1.0, mid + half) : 1.0;
}

/* The rounding step of a stated count: its second significant digit
 * (10,000 -> 1,000; 6,700 -> 100).  "At least N" admits counts up to
 * N plus this step. */
static double rounding_step(double n)
{
    return n >= 10 ? pow(10.0, floor(log10(n)) - 1) : 1.0;
}

/* How many containers above the stated count N its qualifier admits: the
 * rounding step for "at least N" (a rounded lower bound), half of it for
 * "about N" (N rounded to its second significant digit: 10,000 stands for
 * 9,500 to 10,500), none otherwise ("at most N" admits no more than N). */
static double count_allowance(sl_qualifier n_qual, double n)
{
    if (n_qual == SL_QUAL_AT_LEAST)
        return rounding_step(n);
    if (n_qual == SL_QUAL_ABOUT)
        return rounding_step(n) / 2;
    return 0.0;
}

/* How many containers below the stated count N its qualifier admits: half
 * the rounding step for "about N" (10,000 down to 9,500), every count down
 * to 1 for "at most N" and "up to N" (N - 1), none for an exact N or
 * "at least N". */
static double count_allowance_below(sl_qualifier n_qual, double n)
{
    if (n_qual == SL_QUAL_ABOUT)
        return rounding_step(n) / 2;
    if (n_qual == SL_QUAL_AT_MOST || n_qual == SL_QUAL_UP_TO)
        return n > 1 ? n - 1 : 0.0;
    return 0.0;
}

/* 1 when k containers, the most whose nominal total stays at or below the
 * claim (a range: its high end), are no fewer than the stated count N less
 * what its qualifier admits below it (needs_fewer_containers). */
static int fewer_admitted(sl_qualifier n_qual, double n, double k)
{
    double below = count_allowance_below(n_qual, n);
    return below > 0 && isfinite(k) && k >= 1 && k >= n - below;
}

/* What the stated count admits below it, for the verdict texts: ", within
 * the rounding of the stated count, which stands for 9,500 to 10,500"
 * ("about N"), or ", and the stated count admits any number from 1 to
 * 500" ("at most N"). */
static const char *fewer_text(sl_qualifier n_qual, double n, char *buf,
                              size_t len)
{
    char a[40], b[40];
    double h = count_allowance_below(n_qual, n);
    if (n_qual == SL_QUAL_AT_MOST || n_qual == SL_QUAL_UP_TO)
        sli_snprintf(buf, len, ", and the stated count admits any number from 1 "
                 "to %s", grouped(n, a, sizeof a));
    else
        sli_snprintf(buf, len, ", within the rounding of the stated count, "
                 "which stands for %s to %s", grouped(n - h, a, sizeof a),
                 grouped(n + count_allowance(n_qual, n), b, sizeof b));
    return buf;
}

/* The verdict of an "at most X" claim, an upper bound on the total:
 * impossible when even the hard minimum exceeds X, implausible when fewer
 * than 5 % of samples stay at or below X (X then below P5), else consistent
 * (X above the hard maximum included: the statement is then true). */
static sl_verdict at_most_verdict(double x, const sl_summary *s,
                                  double p_at_most)
{
    if (x < s->min * (1 - 1e-12))
        return SL_VERDICT_IMPOSSIBLE;
    if (p_at_most < 0.05)
        return SL_VERDICT_IMPLAUSIBLE;
    return SL_VERDICT_CONSISTENT;
}

/* The verdict from where the claim falls.  A range [value, value_high]
 * gets the best over its values: impossible only when its low end is,
 * too low only when its high end is, implausible when fewer than 5 % of
 * samples reach its low end, conservative when fewer than 5 % are at or
 * below its high end (p_at_most is for the high end).  One total the
 * same, with the shares of samples for the lines of implausible and
 * conservative, as for "at most X" and ranges: until 29 Nov 2026 one total
 * was conservative when below P5, which with no sample between P5's two
 * order statistics called conservative a total that 5 % of samples stay
 * at or below, while "at most" called it consistent. */
static sl_verdict verdict_of(const sl_claim_check *c, const sl_summary *s)
{
    int range = c->qualifier == SL_QUAL_RANGE;
    int point = c->qualifier == SL_QUAL_EXACT || c->qualifier == SL_QUAL_ABOUT;
    if (c->value > s->max * (1 + 1e-12))
        return SL_VERDICT_IMPOSSIBLE;
    if ((point || range) &&
        (range ? c->value_high : c->value) < s->min * (1 - 1e-12))
        return SL_VERDICT_TOO_LOW;
    if (c->p_at_least < 0.05)
        return SL_VERDICT_IMPLAUSIBLE;
    if (c->p_at_most < 0.05)
        return SL_VERDICT_CONSERVATIVE;
    return SL_VERDICT_CONSISTENT;
}

/* "st", "nd", "rd" or "th" for a whole number n >= 0 (1st, 12th, 23rd). */
static const char *ordinal_suffix(double n)
{
    long k = isfinite(n) && n >= 0 ? (long)fmod(n, 100.0) : 0;
    if (k >= 11 && k <= 13)
        return "th";
    switch (k % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
    }
}

/* Appends printf-style text at buf[*n], never past cap - 1 bytes: a text
 * that does not fit is cut and *n stays at the terminating NUL. */
#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
static void text_add(char *buf, size_t cap, size_t *n, const char *fmt, ...)
{
    va_list ap;
    int w;
    if (*n + 1 >= cap)
        return;
    va_start(ap, fmt);
    w = sli_vsnprintf(buf + *n, cap - *n, fmt, ap);
    va_end(ap);
    if (w > 0)
        *n = (size_t)w < cap - *n ? *n + (size_t)w : cap - 1;
}

/* The share p of samples on the claim's side of `it` ("it", "its low
 * end") in words, with its Monte Carlo interval: "only 0.42 % of samples
 * reach it (95 % interval 0.38 to 0.46 %)", or "none of 100,000 samples
 * reaches it (the share is below 0.0038 % at 95 % confidence)"; "stay at
 * or below" for an "at most" claim (at_most). */
static void add_share(char *text, size_t cap, size_t *n, int at_most,
                      const char *it, double p, const double ci[2],
                      size_t nsamples)
{
    char a[40], b[40], e[96];
    if (p > 0)
        text_add(text, cap, n, "only %s %% of samples %s %s (95 %% interval "
                 "%s %%)", pct_text(p, a, sizeof a),
                 at_most ? "stay at or below" : "reach", it,
                 interval_text(ci, e, sizeof e));
    else
        text_add(text, cap, n, "none of %s samples %s %s (the share is "
                 "below %s %% at 95 %% confidence)",
                 grouped((double)nsamples, a, sizeof a),
                 at_most ? "stays at or below" : "reaches", it,
                 pct_text(ci[1], b, sizeof b));
}

/* A consistent claim whose end x (one total: the total) lies outside the
 * 90 % range: below P5 with 5 % of samples or more at or below it, or
 * above P95 with 5 % or more reaching it.  Then that quantile is
 * interpolated between the two neighbouring totals of samples that x lies
 * between (or on the lower, or the upper), with no sample between them
 * and so none between x and it.  Says so, after "X is consistent: ", and
 * returns 1; 0 when x lies inside the 90 % range. */
static int add_outside_90(const sl_claim_check *c, const sl_result *res,
                          double x, const char *it, char *text, size_t cap,
                          size_t *n)
{
    const sl_summary *s = &res->total_sum;
    char a[40], b[40], e[40], f[40];
    int below = x < s->p05;
    size_t k; /* the samples below x's gap */
    if (!below && !(x > s->p95))
        return 0;
    k = below ? sli_count_below(res, x, 1) : sli_count_below(res, x, 0);
    if (k == 0 || k >= res->n) /* cannot be, for a consistent claim */
        return 0;
    text_add(text, cap, n, "%s %% of samples %s %s, though %s is %s %s "
             "(%s), which is interpolated between two neighbouring totals "
             "of samples, %s and %s, with none between them. ",
             pct_text(below ? c->p_at_most : c->p_at_least, a, sizeof a),
             below ? "stay at or below" : "reach", it, it,
             below ? "below" : "above", below ? "P5" : "P95",
             grouped(below ? s->p05 : s->p95, b, sizeof b),
             grouped(res->sorted[k - 1], e, sizeof e),
             grouped(res->sorted[k], f, sizeof f));
    return 1;
}

/* 1 when the verdict turns on a share of samples against 5 % and the
 * share's 95 % interval contains 5 % (sl_claim_check.unsettled). */
static int verdict_unsettled(const sl_claim_check *c, const sl_summary *s)
{
    const double *ci = c->p_at_least_ci;
    if (c->needs_more_containers || c->needs_fewer_containers)
        return 0; /* from nominal capacity */
    if (c->qualifier == SL_QUAL_AT_MOST)
        return (c->verdict == SL_VERDICT_IMPLAUSIBLE ||
                c->verdict == SL_VERDICT_CONSISTENT) &&
               c->p_at_most_ci[0] <= 0.05 && c->p_at_most_ci[1] >= 0.05;
    switch (c->verdict) {
    case SL_VERDICT_IMPLAUSIBLE: /* not when no packing found reaches it */
        return !(c->value > s->max_found * (1 + 1e-12)) && ci[1] >= 0.05;
    case SL_VERDICT_CONSISTENT: /* implausible or conservative otherwise? */
        return ci[0] <= 0.05 || c->p_at_most_ci[0] <= 0.05;
    case SL_VERDICT_CONSERVATIVE: /* fewer than 5 % at or below */
        return c->p_at_most_ci[1] >= 0.05;
    default: /* from the hard bounds */
        return 0;
    }
}

/* When the verdict is unsettled: which share may lie on either side of
 * 5 %, with its interval. */
static void add_unsettled(const sl_claim_check *c, char *text, size_t *n,
                          size_t cap)
{
    char a[96];
    /* "at most" claims and the line at P5 turn on the share at or below
       the value; the line of implausible on the share that reaches it */
    int below = c->qualifier == SL_QUAL_AT_MOST ||
                c->verdict == SL_VERDICT_CONSERVATIVE ||
                !(c->p_at_least_ci[0] <= 0.05);
    const double *ci = below ? c->p_at_most_ci : c->p_at_least_ci;
    const char *it = c->qualifier != SL_QUAL_RANGE ? "it"
                     : below                       ? "its high end"
                                                   : "its low end";
    if (!c->unsettled)
        return;
    text_add(text, cap, n, "More samples could change this verdict: the "
             "share of samples that %s %s, 95 %% interval %s %%, may lie on "
             "either side of 5 %%. ", below ? "stay at or below" : "reach",
             it, interval_text(ci, a, sizeof a));
}

/* What would still let a claim that the nominal model already reaches
 * hold: the slack in each solved figure (no stacking or margin line: they
 * only add).  Nothing when no figure was solved. */
static void write_room(const sl_claim_check *c, char *text,
                       const sli_draw *d, size_t pc,
                       const char *unit, size_t *n, size_t cap)
{
    char e[40], f[40];
    const char *sep = "";
    size_t start = *n;
    /* "still" only where it holds now: not after "too low" */
    text_add(text, cap, n, "It would %shold at nominal figures with any "
             "one of these changes: ",
             c->verdict == SL_VERDICT_TOO_LOW ? "" : "still ");
    if (isfinite(c->min_containers)) {
        text_add(text, cap, n, "as few as %s container%s",
                 grouped(c->min_containers, e, sizeof e),
                 c->min_containers == 1 ? "" : "s");
        sep = "; ";
    }
    if (isfinite(c->min_max_gross)) {
        text_add(text, cap, n, "%sa rated gross mass as low as %s kg", sep,
                 grouped(c->min_max_gross, f, sizeof f));
        sep = "; ";
    }
    if (isfinite(c->max_unit_gross)) {
        text_add(text, cap, n, "%sas much as %s kg per %s as carried "
                 "(nominal %s kg)", sep, kg_text(c->max_unit_gross, e, sizeof e),
                 unit, kg_text(d->ugross[pc], f, sizeof f));
        sep = "; ";
    }
    if (isfinite(c->min_munition_share) && c->min_munition_share < 1.0) {
        text_add(text, cap, n, "%smunitions in as few as %s %% of "
                 "containers", sep,
                 share_pct(c->min_munition_share, e, sizeof e));
        sep = "; ";
    }
    if (!*sep) { /* nothing to list */
        *n = start;
        text[start] = '\0';
        return;
    }
    text_add(text, cap, n, ".");
}

/* The verdict of an "at most" claim in plain words: where X falls against
 * the hard minimum, P5 and the hard maximum, and what it allows per
 * container (no "what must be true": those figures are for reaching X). */
static void write_at_most_text(const sl_claim_check *c, char *text,
                               size_t cap, const sl_summary *s,
                               double p_at_most, double per, size_t nsamples,
                               sl_qualifier n_qual)
{
    char a[40], b[40], e[40], f[40], g[160];
    size_t n = 0;
    figure(c->value, a, sizeof a);
    if (c->needs_fewer_containers)
        text_add(text, cap, &n, "At most %s is consistent with \"%s %s\" "
                 "containers: at nominal capacity %s of them hold no more "
                 "than it%s. ", a, sl_qualifier_name(n_qual),
                 grouped(c->containers, b, sizeof b),
                 grouped(per > 0 ? floor(c->value / per) : 0, e, sizeof e),
                 fewer_text(n_qual, c->containers, g, sizeof g));
    else if (c->verdict == SL_VERDICT_IMPOSSIBLE)
        text_add(text, cap, &n, "At most %s is impossible under these "
                 "assumptions: even the hard minimum, %s, exceeds it (the "
                 "containers must hold more). ", a, grouped(s->min, b, sizeof b));
    else if (c->verdict == SL_VERDICT_IMPLAUSIBLE) {
        text_add(text, cap, &n, "At most %s is implausible: ", a);
        add_share(text, cap, &n, 1, "it", p_at_most, c->p_at_most_ci,
                  nsamples);
        text_add(text, cap, &n, "; P5 is %s, though the hard minimum of "
                 "%s stays below it. ", grouped(s->p05, b, sizeof b),
                 grouped(s->min, e, sizeof e));
    } else if (isfinite(s->max) && c->value >= s->max &&
               count_allowance(n_qual, c->containers) > 0)
        /* the hard maximum is for the stated count: "at least N" and
           "about N" admit more containers, which hold more */
        text_add(text, cap, &n, "At most %s holds at %s containers: the "
                 "total never exceeds the hard maximum of %s there, though "
                 "more containers, which \"%s %s\" admits, could hold "
                 "more. ", a, grouped(c->containers, b, sizeof b),
                 grouped(s->max, e, sizeof e), sl_qualifier_name(n_qual),
                 grouped(c->containers, f, sizeof f));
    else if (isfinite(s->max) && c->value >= s->max)
        text_add(text, cap, &n, "At most %s holds: the total never "
                 "exceeds the hard maximum of %s. ", a,
                 grouped(s->max, b, sizeof b));
    else
        text_add(text, cap, &n, "At most %s is consistent: %s %% of "
                 "samples stay at or below it (P5 %s, P95 %s). ", a,
                 pct_text(p_at_most, f, sizeof f), grouped(s->p05, b, sizeof b),
                 grouped(s->p95, e, sizeof e));
    add_unsettled(c, text, &n, cap);
    text_add(text, cap, &n, "It allows at most %s per container; at "
             "nominal figures one holds %s.",
             one_decimal(c->per_container, a, sizeof a),
             one_decimal(per, b, sizeof b));
}

/* The claim as the text names it: "300,000", or "300,000 to 500,000" for
 * a range. */
static const char *claim_label(const sl_claim_check *c, char *buf, size_t n)
{
    char a[40], b[40]; /* grouped's buffers: 6 digits for an absurd claim */
    if (c->qualifier == SL_QUAL_RANGE)
        sli_snprintf(buf, n, "%s to %s", figure(c->value, a, sizeof a),
                 figure(c->value_high, b, sizeof b));
    else
        sli_snprintf(buf, n, "%s", figure(c->value, a, sizeof a));
    return buf;
}

/* What a range's end x would be as a claim of its own, into buf: "exceeds
 * the hard maximum of 470,000", "is below the hard minimum of ...", "is
 * reached by only 2.1 % of samples", "is below P5 (337,000)", "is above
 * P95 (...)" (reached by 5 % or more, in the gap of the samples around
 * P95), or "lies at the 42nd percentile". */
static const char *end_alone(const sl_result *res, double x, char *buf,
                             size_t n)
{
    const sl_summary *s = &res->total_sum;
    double p_ge = (double)(res->n - sli_count_below(res, x, 0)) /
                  (double)res->n;
    double pct = round(100.0 * sl_result_cdf(res, x));
    char a[40];
    if (x > s->max * (1 + 1e-12))
        sli_snprintf(buf, n, "exceeds the hard maximum of %s",
                 grouped(s->max, a, sizeof a));
    else if (x < s->min * (1 - 1e-12))
        sli_snprintf(buf, n, "is below the hard minimum of %s",
                 grouped(s->min, a, sizeof a));
    else if (p_ge < 0.05 && p_ge > 0)
        sli_snprintf(buf, n, "is reached by only %s %% of samples",
                 pct_text(p_ge, a, sizeof a));
    else if (p_ge < 0.05)
        sli_snprintf(buf, n, "is reached by no sample");
    else if (x < s->p05)
        sli_snprintf(buf, n, "is below P5 (%s)", grouped(s->p05, a, sizeof a));
    else if (x > s->p95) /* 5 % or more reach it: in the gap above P95 */
        sli_snprintf(buf, n, "is above P95 (%s)", grouped(s->p95, a, sizeof a));
    else
        sli_snprintf(buf, n, "lies at the %.0f%s percentile", pct,
                 ordinal_suffix(pct));
    return buf;
}

/* For a range claim: the share of samples inside it with its interval,
 * and what each end alone would be. */
static void add_range_shares(const sl_claim_check *c, char *text,
                             const sl_result *res,
                             size_t *n, size_t cap)
{
    char a[40], b[40], e[96], lo[96], hi[96];
    if (c->p_in_range > 0)
        text_add(text, cap, n, "%s %% of samples lie in it (95 %% "
                 "interval %s %%). ", pct_text(c->p_in_range, a, sizeof a),
                 interval_text(c->p_in_range_ci, e, sizeof e));
    else
        text_add(text, cap, n, "None of %s samples lies in it (the share "
                 "is below %s %% at 95 %% confidence). ",
                 grouped((double)res->n, a, sizeof a),
                 pct_text(c->p_in_range_ci[1], b, sizeof b));
    text_add(text, cap, n, "Its low end alone, %s, %s; its high end "
             "alone, %s, %s. ", figure(c->value, a, sizeof a),
             end_alone(res, c->value, lo, sizeof lo),
             figure(c->value_high, b, sizeof b),
             end_alone(res, c->value_high, hi, sizeof hi));
}

/* What must be true for the claim (a range: its low end) to hold at
 * nominal figures, or the room left when the nominal model reaches it
 * already; nothing for a conservative claim or one that holds only
 * through the rounding of the container count.  nominal: the nominal
 * total. */
static void write_requirements(const sl_claim_check *c, char *text,
                               const sli_model *m,
                               const sli_draw *d, size_t pc,
                               double stack_total, double margin_total,
                               double nominal, size_t *pn, size_t cap)
{
    char e[40], f[40];
    const char *unit = pc < m->ncargo ? m->cargo[pc].g->unit : "unit";
    size_t n = *pn;
#define ADD(...) text_add(text, cap, &n, __VA_ARGS__)
    if (c->verdict == SL_VERDICT_CONSERVATIVE || c->needs_more_containers ||
        c->needs_fewer_containers)
        return;
    if (c->qualifier == SL_QUAL_RANGE && nominal > c->value_high) {
        ADD("At nominal figures the containers hold %s, above its high "
            "end.", grouped(nominal, e, sizeof e));
        *pn = n;
        return;
    }
    if (nominal >= c->value) { /* nominal reaches it already */
        write_room(c, text, d, pc, unit, pn, cap);
        return;
    }
    /* the changes that would do, each alone: one is "it would take X",
       several "any one of these would do: X; Y" */
    char item[6][240];
    int k = 0;
    if (isfinite(c->min_containers)) {
        double up = count_allowance(m->n_qual, c->containers);
        char g[40], h[40];
        if (up > 0) /* "at least N" or "about N": say how far it admits */
            sli_snprintf(item[k++], sizeof item[0], "%s containers, more than "
                     "the rounding of \"%s %s\" admits (up to %s)",
                     grouped(c->min_containers, e, sizeof e),
                     sl_qualifier_name(m->n_qual),
                     grouped(c->containers, g, sizeof g),
                     grouped(c->containers + up, h, sizeof h));
        else
            sli_snprintf(item[k++], sizeof item[0], "%s container%s",
                     grouped(c->min_containers, e, sizeof e),
                     c->min_containers == 1 ? "" : "s");
    }
    if (isfinite(c->min_max_gross))
        sli_snprintf(item[k++], sizeof item[0], "a rated gross mass of %s kg",
                 grouped(c->min_max_gross, f, sizeof f));
    if (isfinite(c->max_unit_gross))
        sli_snprintf(item[k++], sizeof item[0], "at most %s kg per %s as carried "
                 "(nominal %s kg)", kg_text(c->max_unit_gross, e, sizeof e),
                 unit, kg_text(d->ugross[pc], f, sizeof f));
    if (isfinite(c->min_munition_share) && c->min_munition_share < 1.0)
        sli_snprintf(item[k++], sizeof item[0], "munitions in %s %% of "
                 "containers", share_pct(c->min_munition_share, e,
                                         sizeof e));
    if (stack_total >= c->value)
        sli_snprintf(item[k++], sizeof item[0], "stacking limits at the high end "
                 "of their ranges (%s per container)",
                 one_decimal(stack_total / c->containers, e, sizeof e));
    if (margin_total >= c->value)
        sli_snprintf(item[k++], sizeof item[0], "bracing margins at the low end "
                 "of their ranges (%s per container)",
                 one_decimal(margin_total / c->containers, e, sizeof e));
    if (k == 0) /* nothing listed: say so, not "do: ." */
        ADD("No one input changed alone makes it hold at nominal figures");
    else if (k == 1)
        ADD("For it to hold at nominal figures, it would take %s", item[0]);
    else {
        ADD("For it to hold at nominal figures, any one of these would do: ");
        for (int q = 0; q < k; q++)
            ADD("%s%s", q ? "; " : "", item[q]);
    }
    ADD(".");
    if (!isfinite(c->min_max_gross))
        ADD(" No container rating helps: %s.", why_no_rating(m, d));
    if (stack_total < c->value)
        ADD(" No stacking limit in its range helps: at its high end one "
            "holds %s.", one_decimal(stack_total / c->containers, e,
                                     sizeof e));
    if (margin_total < c->value)
        ADD(" No bracing margin in its range helps: at the low end one "
            "holds %s.", one_decimal(margin_total / c->containers, e,
                                     sizeof e));
#undef ADD
    *pn = n;
}

/* The verdict in plain words.  A range claim's sentences name its low
 * end ("its low end") where a total's name the total ("it"). */
static void write_text(const sl_claim_check *c, char *text, size_t cap,
                       const sl_result *res,
                       const sli_model *m, sli_draw *d, size_t pc,
                       double stack_total, double margin_total)
{
    const sl_summary *s = &res->total_sum;
    size_t nsamples = res->n;
    char a[96], b[40], e[40], f[40], e2[40];
    size_t n = 0;
    int range = c->qualifier == SL_QUAL_RANGE;
    const char *it = range ? "its low end" : "it";
    double per = c->containers > 0 ? nominal_whole_total(m, d) / c->containers : 0;
#define ADD(...) text_add(text, cap, &n, __VA_ARGS__)
    if (c->qualifier == SL_QUAL_AT_MOST) {
        write_at_most_text(c, text, cap, s, c->p_at_most, per, nsamples,
                           m->n_qual);
        return;
    }
    claim_label(c, a, sizeof a);
    switch (c->verdict) {
    case SL_VERDICT_IMPOSSIBLE:
        if (!(s->max > 0)) { /* no percentage above 0 */
            ADD("%s is impossible under these assumptions: the hard "
                "maximum, a proven bound, is 0 (the containers hold none "
                "of it, whether for want of room, of munition cargo or of "
                "fill). ", a);
            break;
        }
        if (c->ratio_to_max >= 10) /* not "by 23,923,345.0 %" */
            ADD("%s is impossible under these assumptions: %s exceeds the "
                "hard maximum of %s, a proven bound, by a factor of %s. ", a,
                it, grouped(s->max, b, sizeof b),
                c->ratio_to_max < 100
                    ? one_decimal(c->ratio_to_max, e, sizeof e)
                    : grouped(c->ratio_to_max, e, sizeof e));
        else
            ADD("%s is impossible under these assumptions: %s exceeds the "
                "hard maximum of %s, a proven bound, by %s %%. ", a, it,
                grouped(s->max, b, sizeof b),
                one_decimal(100 * (c->ratio_to_max - 1), e, sizeof e));
        break;
    case SL_VERDICT_IMPLAUSIBLE:
        if (c->value > s->max_found * (1 + 1e-12)) {
            ADD("%s is implausible: no packing found reaches %s (at the "
                "edges of every range they reach %s), though %s stays below "
                "the proven bound of %s: only a packing better than "
                "shipload's could reach %s. ", a, it,
                grouped(s->max_found, b, sizeof b), it,
                grouped(s->max, e, sizeof e), it);
            break;
        }
        ADD("%s is implausible: ", a);
        add_share(text, cap, &n, 0, it, c->p_at_least, c->p_at_least_ci,
                  nsamples);
        if (isfinite(s->max))
            ADD("; P95 is %s, and %s stays below the hard maximum of %s. ",
                grouped(s->p95, b, sizeof b), it, grouped(s->max, e, sizeof e));
        else
            ADD("; P95 is %s, and no hard maximum bounds it, since an input "
                "(such as a container count given as a range) has no upper "
                "end. ", grouped(s->p95, b, sizeof b));
        if (c->value > s->max_mix * (1 + 1e-12) && s->max_mix < s->max)
            ADD("With every share at the edge of its range this mix holds "
                "at most %s: only a split of the containers far from the "
                "stated shares could reach %s. ",
                grouped(s->max_mix, b, sizeof b), it);
        break;
    case SL_VERDICT_CONSISTENT:
        if (c->needs_fewer_containers) { /* was too low at N */
            char g[160];
            double x = range ? c->value_high : c->value;
            ADD("%s is consistent with \"%s %s\" containers: at nominal "
                "capacity %s of them hold no more than %s%s (at exactly %s "
                "%s would be below the hard minimum of %s). ", a,
                sl_qualifier_name(m->n_qual),
                grouped(c->containers, b, sizeof b),
                grouped(per > 0 ? floor(x / per) : 0, e, sizeof e),
                range ? "its high end" : "it",
                fewer_text(m->n_qual, c->containers, g, sizeof g),
                grouped(c->containers, f, sizeof f),
                range ? "even its high end" : "it",
                grouped(s->min, e2, sizeof e2));
            break;
        }
        if (c->needs_more_containers && m->n_qual == SL_QUAL_ABOUT) {
            double h = count_allowance(m->n_qual, c->containers);
            ADD("%s is consistent with \"about %s\" containers: %s needs "
                "%s of them at nominal capacity, within the rounding of the "
                "stated count, which stands for %s to %s ", a,
                grouped(c->containers, b, sizeof b), it,
                grouped(c->min_containers, e, sizeof e),
                grouped(c->containers - h, f, sizeof f),
                grouped(c->containers + h, e2, sizeof e2));
        } else if (c->needs_more_containers)
            ADD("%s is consistent with \"at least %s\" containers: %s needs "
                "%s of them at nominal capacity, within the rounding of the "
                "stated count ", a, grouped(c->containers, b, sizeof b), it,
                grouped(c->min_containers, e, sizeof e));
        if (c->needs_more_containers) {
            if (c->value > s->max * (1 + 1e-12)) /* was impossible */
                ADD("(at exactly %s %s would exceed the hard maximum of "
                    "%s). ", grouped(c->containers, f, sizeof f), it,
                    grouped(s->max, e2, sizeof e2));
            else if (c->p_at_least > 0) /* was implausible */
                ADD("(at exactly %s only %s %% of samples would reach %s, "
                    "below the hard maximum of %s). ",
                    grouped(c->containers, f, sizeof f),
                    pct_text(c->p_at_least, e, sizeof e), it,
                    grouped(s->max, e2, sizeof e2));
            else
                ADD("(at exactly %s none of %s samples would reach %s, "
                    "below the hard maximum of %s). ",
                    grouped(c->containers, f, sizeof f),
                    grouped((double)nsamples, e, sizeof e), it,
                    grouped(s->max, e2, sizeof e2));
            break;
        }
        /* a claim (a range: an end) that 5 % of samples or more keep
           can lie just outside the 90 % range, in the gap of the samples
           around P5 or P95: not inside it, not overlapping */
        if (range && c->value_high < s->p05) {
            ADD("%s is consistent: ", a);
            add_outside_90(c, res, c->value_high, "its high end", text, cap,
                           &n);
        } else if (range && c->value > s->p95) {
            ADD("%s is consistent: ", a);
            add_outside_90(c, res, c->value, "its low end", text, cap, &n);
        } else if (range)
            ADD("%s is consistent: it overlaps the 90 %% range, %s to %s. ",
                a, grouped(s->p05, b, sizeof b), grouped(s->p95, e, sizeof e));
        else if (c->value < s->p05 || c->value > s->p95) {
            ADD("%s is consistent: ", a);
            add_outside_90(c, res, c->value, "it", text, cap, &n);
        } else if (s->p05 == s->p95)
            ADD("%s is consistent: the 90 %% range is the one value %s. ", a,
                grouped(s->p05, b, sizeof b));
        else
            ADD("%s is consistent: it lies at the %.0f%s percentile of the "
                "range %s to %s. ", a, round(c->percentile),
                ordinal_suffix(round(c->percentile)),
                grouped(s->p05, b, sizeof b), grouped(s->p95, e, sizeof e));
        break;
    case SL_VERDICT_CONSERVATIVE:
        if (range) {
            ADD("%s is conservative: ", a);
            add_share(text, cap, &n, 1, "its high end", c->p_at_most,
                      c->p_at_most_ci, nsamples);
            ADD("; P5 is %s: the containers could hold more. ",
                grouped(s->p05, b, sizeof b));
        } else
            ADD("%s is conservative: below P5 (%s); the containers could "
                "hold more. ", a, grouped(s->p05, b, sizeof b));
        break;
    case SL_VERDICT_TOO_LOW:
        if (range)
            ADD("%s is too low: even its high end is below the hard minimum "
                "of %s. ", a, grouped(s->min, b, sizeof b));
        else
            ADD("%s is below the hard minimum of %s. ", a,
                grouped(s->min, b, sizeof b));
        break;
    }
    if (range)
        add_range_shares(c, text, res, &n, cap);
    add_unsettled(c, text, &n, cap);
    if (range)
        ADD("It implies %s to %s per container; at nominal figures one holds "
            "%s. ", one_decimal(c->per_container, b, sizeof b),
            one_decimal(c->value_high / c->containers, e, sizeof e),
            one_decimal(per, f, sizeof f));
    else
        ADD("It implies %s per container; at nominal figures one holds %s. ",
            one_decimal(c->per_container, b, sizeof b),
            one_decimal(per, e, sizeof e));
#undef ADD
    write_requirements(c, text, m, d, pc, stack_total, margin_total,
                       per * c->containers, &n, cap);
}

size_t sli_claim_text_fit(char *dst, size_t cap, const char *full)
{
    size_t len = strlen(full), end = 0;
    if (cap == 0)
        return 0;
    while (len > 0 && full[len - 1] == ' ') /* "... holds 470. " */
        len--;
    if (len < cap) {
        memcpy(dst, full, len);
        dst[len] = '\0';
        return len;
    }
    /* the last sentence end (". " or a final ".") that fits */
    for (size_t i = 0; i + 1 < cap; i++)
        if (full[i] == '.' && (full[i + 1] == ' ' || full[i + 1] == '\0'))
            end = i + 1;
    if (end == 0) { /* no whole sentence fits: cut at a space, marked */
        end = cap > 4 ? cap - 4 : 0;
        while (end > 0 && full[end] != ' ')
            end--;
        memcpy(dst, full, end);
        memcpy(dst + end, "...", cap > 4 ? 4 : 0);
        if (cap <= 4)
            dst[0] = '\0';
        return strlen(dst);
    }
    memcpy(dst, full, end);
    dst[end] = '\0';
    return end;
}

sl_status sli_claim_check(sl_result *res, const sli_model *m, sl_error *err)
{
    sl_claim_check *c = &res->claim;
    char full[SLI_CLAIM_TEXT_FULL]; /* the whole text, before the fit */
    sli_draw d;
    double value, high, total, mshare = 0.0, stack_total, margin_total;
    sl_qualifier q;
    size_t pc, below, at_or_below;
    sl_status s;
    if (!sl_scenario_claim(res->sc, &value, &q, NULL, NULL))
        return SL_OK;
    sl_scenario_claim_range(res->sc, NULL, &high); /* NaN for one total */
    if (sli_draw_alloc(m, &d) != SL_OK)
        return sli_fail(err, SL_ENOMEM, "claim", "out of memory");
    memset(c, 0, sizeof *c);
    c->value = value;
    c->qualifier = q;
    c->value_high = high;
    sli_model_set(m, NULL, &d);
    c->containers = d.n;
    c->per_container = d.n > 0 ? value / d.n : NAN;
    c->percentile = 100.0 * sl_result_cdf(res, value);
    below = sli_count_below(res, value, 0);
    c->p_at_least = (double)(res->n - below) / (double)res->n;
    share_interval(res->n - below, res->n, c->p_at_least_ci);
    c->ratio_to_max = isinf(res->total_sum.max) ? NAN /* unbounded */
                      : res->total_sum.max > 0 ? value / res->total_sum.max
                                               : HUGE_VAL;
    c->ratio_to_p50 = res->total_sum.p50 > 0 ? value / res->total_sum.p50
                                             : HUGE_VAL;
    /* a range's p_at_most is for its high end */
    at_or_below = sli_count_below(res, isnan(high) ? value : high, 1);
    c->p_at_most = (double)at_or_below / (double)res->n;
    share_interval(at_or_below, res->n, c->p_at_most_ci);
    c->p_in_range = c->p_in_range_ci[0] = c->p_in_range_ci[1] = NAN;
    if (q == SL_QUAL_RANGE) {
        c->p_in_range = (double)(at_or_below - below) / (double)res->n;
        share_interval(at_or_below - below, res->n, c->p_in_range_ci);
    }
    c->verdict = q == SL_QUAL_AT_MOST
                     ? at_most_verdict(value, &res->total_sum, c->p_at_most)
                     : verdict_of(c, &res->total_sum);
    if (q == SL_QUAL_AT_MOST) { /* a bound, not a total to reach */
        c->min_max_gross = c->max_unit_gross = NAN;
        c->min_munition_share = c->min_containers = NAN;
        /* "about N" and "at most N" may stand for fewer containers,
           which hold less */
        if (count_allowance_below(m->n_qual, d.n) > 0 &&
            c->verdict != SL_VERDICT_CONSISTENT) {
            total = nominal_whole_total(m, &d);
            if (total > 0 &&
                fewer_admitted(m->n_qual, d.n, floor(value / (total / d.n)))) {
                c->verdict = SL_VERDICT_CONSISTENT;
                c->needs_fewer_containers = 1;
            }
        }
        c->unsettled = verdict_unsettled(c, &res->total_sum);
        write_text(c, full, sizeof full, res, m, &d, m->ncargo, NAN, NAN);
        sli_claim_text_fit(c->text, sizeof c->text, full);
        res->has_claim = 1;
        sli_draw_free(&d);
        return SL_OK;
    }
    total = nominal_whole_total(m, &d);
    for (size_t k = 0; k < m->ncargo; k++)
        if (m->cargo[k].munition)
            mshare += d.cshare[k];
    c->min_containers = total > 0 ? ceil(value / (total / d.n)) : NAN;
    c->min_munition_share =
        (total > 0 && mshare > 0) ? value / (total / mshare) : NAN;
    if (c->min_munition_share > 1.0)
        c->min_munition_share = NAN;
    pc = primary_cargo(m, &d);
    if ((s = need_gross(m, &d, value, &c->min_max_gross)))
        goto fail;
    sli_model_set(m, NULL, &d);
    c->max_unit_gross = NAN;
    if (pc < m->ncargo && (s = need_unit(m, &d, pc, value, &c->max_unit_gross)))
        goto fail;
    sli_model_set(m, NULL, &d);
    {
        /* the nominal total with every stacking limit at its high end (NaN
           when no limit is uncertain) */
        int any = 0;
        for (size_t k = 0; k < m->ncargo; k++)
            if (m->cargo[k].stack_steps > 1) {
                d.stack[k] = m->cargo[k].stack_steps - 1;
                any = 1;
            }
        stack_total = any ? nominal_whole_total(m, &d) : NAN;
        sli_model_set(m, NULL, &d);
        /* and with the margins at the low end of their ranges (NaN when
           they are exact: the table then has no such entry) */
        margin_total = NAN;
        if (m->margin_k > 1) {
            d.margin = SLI_MARGIN_LEVELS;
            margin_total = nominal_whole_total(m, &d);
            sli_model_set(m, NULL, &d);
        }
    }
    if (count_allowance(m->n_qual, d.n) > 0 &&
        c->verdict >= SL_VERDICT_IMPLAUSIBLE &&
        c->verdict != SL_VERDICT_TOO_LOW && isfinite(c->min_containers) &&
        c->min_containers <= d.n + count_allowance(m->n_qual, d.n)) {
        c->verdict = SL_VERDICT_CONSISTENT;
        c->needs_more_containers = 1;
    }
    /* below the hard minimum at N (a range: its high end), but "about N"
       or "at most N" may stand for fewer containers, which hold less */
    if (c->verdict == SL_VERDICT_TOO_LOW && total > 0 &&
        fewer_admitted(m->n_qual, d.n,
                       floor((q == SL_QUAL_RANGE ? high : value) /
                             (total / d.n)))) {
        c->verdict = SL_VERDICT_CONSISTENT;
        c->needs_fewer_containers = 1;
    }
    c->unsettled = verdict_unsettled(c, &res->total_sum);
    write_text(c, full, sizeof full, res, m, &d, pc, stack_total,
               margin_total);
    sli_claim_text_fit(c->text, sizeof c->text, full);
    res->has_claim = 1;
    sli_draw_free(&d);
    return SL_OK;
fail:
    sli_draw_free(&d);
    return sli_fail(err, s, "claim", "%s while solving the claim's "
                    "requirements", sl_strerror(s));
}

const char *sl_verdict_name(sl_verdict v)
{
    switch (v) {
    case SL_VERDICT_CONSISTENT: return "consistent";
    case SL_VERDICT_CONSERVATIVE: return "conservative";
    case SL_VERDICT_IMPLAUSIBLE: return "implausible";
    case SL_VERDICT_IMPOSSIBLE: return "impossible";
    case SL_VERDICT_TOO_LOW: return "too low";
    }
    return "?";
}
