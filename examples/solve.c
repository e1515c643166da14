/* examples/solve.c - where the claim's share and verdict turn (solve.h). */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_min.h>
#include <gsl/gsl_roots.h>
#include <jansson.h>
#include "cli.h"
#include "solve.h"

static const double targets[SOLVE_TARGETS] = {0.05, 0.5, 0.95};

/* Print "shipload-estimate: --solve: MESSAGE" and return exit status 2. */
static int solve_bad(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int solve_bad(const char *fmt, ...)
{
    va_list ap;
    int rc;
    va_start(ap, fmt);
    rc = cli_bad("--solve", fmt, ap);
    va_end(ap);
    return rc;
}

int solve_parse(const char *text, solve_spec *s)
{
    const char *eq = strchr(text, '='), *colon, *why;
    size_t len = eq ? (size_t)(eq - text) : strlen(text);
    int rc, whole;
    memset(s, 0, sizeof *s);
    s->in.flag = "--solve";
    if (len == 0)
        return solve_bad("'%s' is not NAME or NAME=LO:HI; give e.g. "
                         "containers, fill=0.5:1 or share:152mm-round",
                         text);
    if ((rc = sweep_parse_name(text, len, &s->in)))
        return rc;
    if (!eq)
        return 0;
    whole = s->in.input == SWEEP_CONTAINERS;
    colon = strchr(eq + 1, ':');
    if (!colon || strchr(colon + 1, ':'))
        return solve_bad("'%s' (column %d): the range is LO:HI, two values "
                         "separated by ':', as in %s", eq + 1,
                         (int)len + 2, whole ? "1:50000" : "0.5:1");
    if (sweep_parse_value(eq + 1, (size_t)(colon - eq - 1), s->in.input,
                          whole, &s->lo, &why))
        return solve_bad("LO '%.*s' (column %d) %s", (int)(colon - eq - 1),
                         eq + 1, (int)len + 2, why);
    if (sweep_parse_value(colon + 1, strlen(colon + 1), s->in.input, whole,
                          &s->hi, &why))
        return solve_bad("HI '%s' (column %d) %s", colon + 1,
                         (int)(colon - text) + 2, why);
    if (!(s->lo < s->hi))
        return solve_bad("'%s' (column %d): LO must be below HI", eq + 1,
                         (int)len + 2);
    /* a fraction runs at six decimals: a range within one of them ran
       once, as 'each of 1 runs', and reported the share there */
    if (!whole && round(s->lo * 1e6) == round(s->hi * 1e6))
        return solve_bad("'%s' (column %d): LO and HI run as one value, "
                         "%.6f (a fraction runs at six decimals); give a "
                         "wider range", eq + 1, (int)len + 2,
                         round(s->lo * 1e6) / 1e6);
    s->range_set = 1;
    return 0;
}

/* The state of one solve: the scenario, the options, every evaluation. */
typedef struct ctx {
    const sl_scenario *base;
    const solve_spec *s;
    sweep in;      /* s->in, located (sweep_locate) */
    sl_options opt;
    sl_cache *cache; /* the caller's, shared by every run (or NULL) */
    cli_progress *prog; /* a line per run (or NULL) */
    solve_out *out;
    solve_point pt[SOLVE_MAX_RUNS];
    size_t n;      /* evaluations in pt (sorted by x only by sort_points) */
    int whole;     /* a count: values are whole numbers */
    int rc;        /* the first failure's exit status */
    int budget;    /* 1: SOLVE_MAX_RUNS reached */
    sl_verdict v0; /* the indicator's verdict (turns) */
    int k, j;      /* the target and quantity a root is sought for: j 0
                      the share, 1 and 2 the ends of its interval */
    double t;      /* ... and its target */
    double lev[SOLVE_TARGETS][3]; /* the quantile level of each proxy */
    int at_most;   /* 1: the share is P(total <= X) */
    int proxy;     /* 1: levels set (not for a range claim) */
    double side_lo, side_hi; /* the crossings sought lie in here: the
                      range, or for a range claim the side of its peak */
} ctx;

/* The share that keeps claim cc and its 95 % interval into q[3]. */
static void claim_share(const sl_claim_check *cc, double q[3])
{
    const double *ci = cc->qualifier == SL_QUAL_RANGE     ? cc->p_in_range_ci
                       : cc->qualifier == SL_QUAL_AT_MOST ? cc->p_at_most_ci
                                                          : cc->p_at_least_ci;
    q[0] = cc->qualifier == SL_QUAL_RANGE     ? cc->p_in_range
           : cc->qualifier == SL_QUAL_AT_MOST ? cc->p_at_most
                                              : cc->p_at_least;
    q[1] = ci[0];
    q[2] = ci[1];
}

/* Run sc; on success the claim's figures into *p (x not set) and, for
 * the first run, the heading's figures into c->out.  0 or an exit
 * status. */
static int run_one(ctx *c, const sl_scenario *sc, solve_point *p,
                   sl_result **keep)
{
    sl_result *res = NULL;
    sl_claim_check cc;
    sl_error e;
    sl_error_clear(&e);
    if (sl_estimate_cached(sc, &c->opt, c->cache, &res, &e))
        return cli_lib_error(e.where[0] ? e.where : "--solve", &e);
    c->out->runs++;
    if (sl_result_claim(res, &cc) != SL_OK) { /* solve_run checked it */
        sl_result_free(res);
        return solve_bad("the scenario has no claim to solve for");
    }
    claim_share(&cc, p->q);
    {
        sl_summary sum;
        sl_result_total(res, &sum);
        p->min = sum.min;
        p->max = sum.max;
    }
    for (int k = 0; k < SOLVE_TARGETS; k++)
        for (int j = 0; j < 3; j++)
            if (!c->proxy ||
                sl_result_quantile(res, c->lev[k][j], &p->qx[k][j], NULL))
                p->qx[k][j] = NAN;
    p->verdict = cc.verdict;
    snprintf(p->mark, sizeof p->mark, "%s", cli_verdict_mark(&cc));
    if (c->out->runs == 1) {
        solve_out *o = c->out;
        o->samples = sl_result_samples_count(res);
        o->seed = sl_result_options(res)->seed;
        o->claim_q = cc.qualifier;
        o->claim[0] = cc.value;
        o->claim[1] = cc.value_high;
        cli_claim_text(&cc, o->claim_text, sizeof o->claim_text);
        o->share_h = cc.qualifier == SL_QUAL_RANGE     ? "P(in)"
                     : cc.qualifier == SL_QUAL_AT_MOST ? "P(<=)"
                                                       : "P(>=)";
    }
    if (keep)
        *keep = res;
    else
        sl_result_free(res);
    return 0;
}

/* Set the input of sc to x (sweep_set). */
static sl_status set_input(const ctx *c, sl_scenario *sc, double x,
                           sl_error *e)
{
    const sweep *in = &c->in;
    return sweep_set(sc, &in, &x, 1, e);
}

/* The evaluation at x (a count: rounded up to a whole number; a fraction:
 * rounded to six decimals), from the
 * cache or a new run; NULL on failure (c->rc or c->budget set). */
static const solve_point *eval(ctx *c, double x)
{
    sl_scenario *sc = NULL;
    solve_point *p;
    sl_error e;
    char b[40];
    /* a count is whole; a fraction has six decimals, so the value printed
       is the value run, and a run with it given gives the same figures */
    x = c->whole ? ceil(x) : round(x * 1e6) / 1e6;
    for (size_t i = 0; i < c->n; i++)
        if (c->pt[i].x == x)
            return &c->pt[i];
    if (c->rc)
        return NULL;
    if (c->n == SOLVE_MAX_RUNS) {
        c->budget = 1;
        return NULL;
    }
    p = &c->pt[c->n];
    p->x = x;
    sl_error_clear(&e);
    if (sl_scenario_copy(c->base, &sc, &e))
        c->rc = cli_lib_error("--solve", &e);
    else if (set_input(c, sc, x, &e) ||
             sl_scenario_validate(sc, &e)) {
        snprintf(b, sizeof b, "%.17g", x);
        c->rc = solve_bad("%s=%s: %s%s%s", c->s->in.name, b, e.where,
                          e.where[0] ? ": " : "", e.what);
        if (e.status == SL_ENOMEM)
            c->rc = 1;
    } else if (!(c->rc = run_one(c, sc, p, NULL))) {
        char note[80];
        snprintf(note, sizeof note, "--solve: run %zu, %s=%s", c->out->runs,
                 c->s->in.name, sweep_value_text(&c->s->in, x, b, sizeof b));
        cli_progress_note(c->prog, note);
    }
    sl_scenario_free(sc);
    if (c->rc)
        return NULL;
    return &c->pt[c->n++];
}

/* d kept off 0 on the reaching side (d >= 0): at least eps there, so
 * that a value exactly at the target counts as reaching it. */
static double off_zero(double d, double eps)
{
    return d >= 0 ? fmax(d, eps) : d;
}

/* The function GSL's solvers see: the quantity j less the target (a
 * share exactly at the target counts as reaching it: a small positive
 * number, never 0), or for the turns -1 where the verdict is c->v0 and 1
 * elsewhere.  NaN after a failure (GSL's error handler is off). */
static double fn_share(double x, void *arg)
{
    ctx *c = arg;
    const solve_point *p = eval(c, x);
    return p ? off_zero(p->q[c->j] - c->t, 1e-12) : GSL_NAN;
}

static double fn_verdict(double x, void *arg)
{
    ctx *c = arg;
    const solve_point *p = eval(c, x);
    if (!p)
        return GSL_NAN;
    return p->verdict == c->v0 ? -1 : 1;
}

/* The proxy of the share for target c->k, quantity c->j: the total's
 * quantile at which the share would be that quantity's level, less the
 * claim (negated for "at most"), so that it is >= 0 on the reaching side
 * like fn_share; smooth where the share is flat at 0 or 1. */
static double fn_quant(double x, void *arg)
{
    ctx *c = arg;
    const solve_point *p = eval(c, x);
    double d;
    if (!p)
        return GSL_NAN;
    d = p->qx[c->k][c->j] - c->out->claim[0];
    return off_zero(c->at_most ? -d : d, 1e-9);
}

/* The proxy of a turn to or from "impossible": the room the hard bounds
 * leave the claim (max - X; X - min for "at most"), >= 0 where it is not
 * impossible.  Linear in a count: Brent ends in a few runs. */
static double fn_bound(double x, void *arg)
{
    ctx *c = arg;
    const solve_point *p = eval(c, x);
    if (!p)
        return GSL_NAN;
    return off_zero(c->at_most ? c->out->claim[0] - p->min
                               : p->max - c->out->claim[0], 1e-9);
}

static int by_x(const void *a, const void *b)
{
    double x = ((const solve_point *)a)->x, y = ((const solve_point *)b)->x;
    return (x > y) - (x < y);
}

/* Sort the evaluations by value. */
static void sort_points(ctx *c)
{
    qsort(c->pt, c->n, sizeof c->pt[0], by_x);
}

/* Narrow [*a, *b] (f(a), f(b) of opposite signs) with GSL solver type T
 * on fn until it is narrower than the resolution; 0, or -1 on a failed
 * run or the run budget. */
static int root(ctx *c, const gsl_root_fsolver_type *T,
                double (*fn)(double, void *), double *a, double *b,
                double epsrel)
{
    gsl_root_fsolver *s = gsl_root_fsolver_alloc(T);
    gsl_function F;
    int st = GSL_CONTINUE;
    F.function = fn;
    F.params = c;
    if (!s) {
        c->rc = 1;
        fprintf(stderr, "shipload-estimate: --solve: out of memory\n");
        return -1;
    }
    if (gsl_root_fsolver_set(s, &F, *a, *b) != GSL_SUCCESS) {
        gsl_root_fsolver_free(s);
        return -1;
    }
    /* 200 iterations: Brent falls back to bisection, which halves a
       bracket of 10^9 containers to 1 in 30 */
    for (int it = 0; it < 200 && st == GSL_CONTINUE; it++) {
        if (gsl_root_fsolver_iterate(s) != GSL_SUCCESS)
            break;
        *a = gsl_root_fsolver_x_lower(s);
        *b = gsl_root_fsolver_x_upper(s);
        st = gsl_root_test_interval(*a, *b, c->out->resolution, epsrel);
    }
    gsl_root_fsolver_free(s);
    return c->rc || c->budget ? -1 : 0;
}

/* 1 if evaluation p is on the reaching side of target t for quantity j. */
static int reaches(const solve_point *p, int j, double t)
{
    return p->q[j] >= t;
}

/* The bracket of the crossing of quantity j over t among the evaluations
 * (sorted here), the share rising with the value (dir 1) or falling:
 * *b the first reaching value, *a its neighbour short of it; 1 if both
 * exist. */
static int bracket(ctx *c, int j, double t, int dir, double *a, double *b)
{
    size_t lo = 0, hi;
    sort_points(c);
    *a = *b = NAN;
    /* only the evaluations in [side_lo, side_hi]: pt[lo .. hi - 1] */
    while (lo < c->n && c->pt[lo].x < c->side_lo)
        lo++;
    for (hi = lo; hi < c->n && c->pt[hi].x <= c->side_hi;)
        hi++;
    for (size_t i = lo; dir > 0 && i < hi && isnan(*b); i++)
        if (reaches(&c->pt[i], j, t)) {
            *b = c->pt[i].x;
            *a = i > lo ? c->pt[i - 1].x : NAN;
        }
    for (size_t i = hi; dir < 0 && i-- > lo && isnan(*b);)
        if (reaches(&c->pt[i], j, t)) {
            *b = c->pt[i].x;
            *a = i + 1 < hi ? c->pt[i + 1].x : NAN;
        }
    return !isnan(*a) && !isnan(*b);
}

/* How far point p's hard bounds lie from keeping o's claim: 0 when some
 * value between them keeps it; else the distance from the nearer bound
 * (an "at most" claim is kept below it, a range inside it, any other at
 * or above it). */
static double bound_gap(const solve_out *o, const solve_point *p)
{
    if (o->claim_q == SL_QUAL_AT_MOST)
        return fmax(0, p->min - o->claim[0]);
    if (o->claim_q == SL_QUAL_RANGE)
        return fmax(0, fmax(o->claim[0] - p->max, p->min - o->claim[1]));
    return fmax(0, o->claim[0] - p->max);
}

/* How far inside keeping o's claim point p's hard bounds lie: the
 * distance from the claim to the nearer bound on the keeping side,
 * negative when a value between them would not keep it. */
static double bound_slack(const solve_out *o, const solve_point *p)
{
    if (o->claim_q == SL_QUAL_AT_MOST)
        return o->claim[0] - p->max;
    if (o->claim_q == SL_QUAL_RANGE)
        return fmin(p->min - o->claim[0], o->claim[1] - p->max);
    return p->min - o->claim[0];
}

/* fn at x (an evaluation already made: no new run). */
static double f0_of(ctx *c, double (*fn)(double, void *), double x)
{
    return fn(x, c);
}

/* Where quantity j of target k (threshold t) crosses, the share rising
 * with the value (dir 1) or falling (-1): the value on the reaching side
 * (*other: the evaluation across, when not NULL), clipped to the range
 * when the evaluations show no crossing in it.  The bracket comes from the
 * evaluations made so far; a wide one is first narrowed by Brent on the
 * proxy (fn_quant), then Brent on the quantity itself ends it at the
 * resolution.  0 or -1. */
static int crossing(ctx *c, int k, int j, double t, int dir, double *value,
                    solve_point *other)
{
    double a = NAN, b = NAN;
    const solve_point *pa, *pb;
    c->k = k;
    c->j = j;
    c->t = t;
    if (bracket(c, j, t, dir, &a, &b) &&
        fabs(b - a) > 8 * c->out->resolution) {
        /* a wide bracket: step out from its end nearer the crossing (by
           the proxy, or the share for a range claim) in doubling steps
           of 0.1 % of the value until the sign changes, then Brent on
           the proxy, which is smooth where the share is flat */
        double (*fn)(double, void *) = c->proxy ? fn_quant : fn_share;
        double fa = fn(a, c), fb = fn(b, c), x0, x1, w;
        if (isnan(fa) || isnan(fb))
            return -1;
        /* the secant's guess (the proxy is close to linear), or the
           nearer end when the guess falls outside */
        x0 = a - fa * (b - a) / (fb - fa);
        if (!(fmin(a, b) < x0 && x0 < fmax(a, b)))
            x0 = fabs(fa) < fabs(fb) ? a : b;
        else {
            double f0 = fn(x0, c);
            if (isnan(f0))
                return -1;
            if ((f0 < 0) == (fa < 0))
                a = x0;
            else
                b = x0;
        }
        x1 = (f0_of(c, fn, x0) < 0) == (fa < 0) ? b : a; /* across */
        w = fmax(2 * c->out->resolution, 1e-3 * fabs(x0));
        for (double f0 = fn(x0, c); fabs(x1 - x0) > 2 * w; w *= 2) {
            double x = x0 + (x1 > x0 ? w : -w), f = fn(x, c);
            if (isnan(f))
                return -1;
            if ((f < 0) != (f0 < 0)) {
                x1 = x;
                break;
            }
            x0 = x;
        }
        if (c->proxy) {
            double lo = fmin(x0, x1), hi = fmax(x0, x1);
            double flo = fn(lo, c), fhi = fn(hi, c);
            if (isnan(flo) || isnan(fhi))
                return -1;
            if ((flo < 0) != (fhi < 0) &&
                root(c, gsl_root_fsolver_brent, fn_quant, &lo, &hi, 1e-3))
                return -1;
        }
    }
    bracket(c, j, t, dir, &a, &b);
    if (isnan(b) || isnan(a)) { /* clipped: not reached in the range, or
                                   reached at its end */
        *value = isnan(b) ? (dir > 0 ? c->side_hi : c->side_lo) : b;
        if (other) /* solve_run calls it only for a crossing */
            memset(other, 0, sizeof *other);
        return 0;
    }
    c->j = j;
    if (fabs(b - a) > c->out->resolution || (c->whole && fabs(b - a) > 1)) {
        double lo = fmin(a, b), hi = fmax(a, b);
        if (root(c, gsl_root_fsolver_brent, fn_share, &lo, &hi, 0))
            return -1;
        a = lo;
        b = hi;
    }
    if (!(pa = eval(c, a)) || !(pb = eval(c, b)))
        return -1;
    *value = reaches(pa, j, t) ? pa->x : pb->x;
    if (other)
        *other = reaches(pa, j, t) ? *pb : *pa;
    return 0;
}

/* Minus the share at x, for GSL's minimizer; NaN after a failure. */
static double fn_minus_share(double x, void *arg)
{
    ctx *c = arg;
    const solve_point *p = eval(c, x);
    return p ? -p->q[0] : GSL_NAN;
}

/* The index of the evaluation with the highest share (the first of
 * equals), the evaluations sorted. */
static size_t highest(ctx *c)
{
    size_t best = 0;
    sort_points(c);
    for (size_t i = 1; i < c->n; i++)
        if (c->pt[i].q[0] > c->pt[best].q[0])
            best = i;
    return best;
}

/* A range claim's share rises to a peak and falls (the total moves
 * through the claim's range as the input grows): runs on a grid of
 * SOLVE_PEAK_GRID values (geometric for a count, even for a fraction),
 * then GSL's Brent minimizer on minus the share, bracketed by the
 * highest run and its neighbours, to the resolution.  Sets out->peak to
 * the highest run when it is higher than both ends.  0 or -1. */
static int find_peak(ctx *c)
{
    solve_out *o = c->out;
    size_t i;
    for (int g = 1; g < SOLVE_PEAK_GRID; g++) {
        double u = (double)g / SOLVE_PEAK_GRID;
        if (!eval(c, c->whole ? o->lo * pow(o->hi / o->lo, u)
                              : o->lo + (o->hi - o->lo) * u))
            return -1;
    }
    i = highest(c);
    if (i > 0 && i + 1 < c->n && c->pt[i - 1].q[0] < c->pt[i].q[0] &&
        c->pt[i + 1].q[0] < c->pt[i].q[0]) {
        gsl_min_fminimizer *m =
            gsl_min_fminimizer_alloc(gsl_min_fminimizer_brent);
        gsl_function F;
        double a = c->pt[i - 1].x, b = c->pt[i + 1].x;
        F.function = fn_minus_share;
        F.params = c;
        if (!m) {
            fprintf(stderr, "shipload-estimate: --solve: out of memory\n");
            c->rc = 1;
            return -1;
        }
        if (gsl_min_fminimizer_set_with_values(
                m, &F, c->pt[i].x, -c->pt[i].q[0], a, -c->pt[i - 1].q[0], b,
                -c->pt[i + 1].q[0]) == GSL_SUCCESS)
            for (int it = 0; it < 100; it++) {
                if (gsl_min_fminimizer_iterate(m) != GSL_SUCCESS)
                    break; /* a step no better (a count's plateau) */
                a = gsl_min_fminimizer_x_lower(m);
                b = gsl_min_fminimizer_x_upper(m);
                if (gsl_min_test_interval(a, b, o->resolution, 0) ==
                    GSL_SUCCESS)
                    break;
            }
        gsl_min_fminimizer_free(m);
        if (c->rc || c->budget)
            return -1;
        i = highest(c);
    }
    if (c->pt[i].q[0] > o->ends[0].q[0] && c->pt[i].q[0] > o->ends[1].q[0]) {
        o->peaked = 1;
        o->peak = c->pt[i];
    }
    return 0;
}

/* Where the share crosses target k in [slo, shi], rising (dir 1) or
 * falling: the value, its Monte Carlo range, the runs at it and across.
 * 0 or -1. */
static int solve_side(ctx *c, int k, int dir, double slo, double shi,
                      double *value, double range[2], solve_point *at,
                      solve_point *other)
{
    double t = targets[k], r1, r2;
    c->side_lo = slo;
    c->side_hi = shi;
    if (crossing(c, k, 0, t, dir, value, other) ||
        crossing(c, k, 2, t, dir, &r1, NULL) ||
        crossing(c, k, 1, t, dir, &r2, NULL))
        return -1;
    range[0] = fmin(r1, r2);
    range[1] = fmax(r1, r2);
    *at = *eval(c, *value);
    return 0;
}

/* Bisect between adjacent evaluations whose verdicts differ until every
 * such pair is one resolution apart; then list the turns. */
static int find_turns(ctx *c)
{
    solve_out *o = c->out;
    for (;;) {
        size_t i;
        double a, b;
        sort_points(c);
        for (i = 0; i + 1 < c->n; i++) {
            double d = c->pt[i + 1].x - c->pt[i].x;
            if (c->pt[i].verdict != c->pt[i + 1].verdict &&
                (c->whole ? d > 1 : d >= o->resolution))
                break;
        }
        if (i + 1 >= c->n)
            break;
        a = c->pt[i].x;
        b = c->pt[i + 1].x;
        c->v0 = c->pt[i].verdict;
        if ((c->v0 == SL_VERDICT_IMPOSSIBLE) !=
                (c->pt[i + 1].verdict == SL_VERDICT_IMPOSSIBLE) &&
            isfinite(fn_bound(a, c)) && isfinite(fn_bound(b, c)) &&
            (fn_bound(a, c) < 0) != (fn_bound(b, c) < 0)) {
            /* the hard bound first (Brent), then the verdict itself */
            double lo = a, hi = b;
            if (root(c, gsl_root_fsolver_brent, fn_bound, &lo, &hi, 0)) {
                if (c->rc)
                    return -1;
                o->turns_cut = 1;
                break;
            }
            continue; /* the pairs again, with the new evaluations */
        }
        if (root(c, gsl_root_fsolver_bisection, fn_verdict, &a, &b, 0)) {
            if (c->rc)
                return -1;
            o->turns_cut = 1; /* the run budget: report what was found */
            break;
        }
    }
    sort_points(c);
    for (size_t i = 0; i + 1 < c->n; i++) {
        if (c->pt[i].verdict == c->pt[i + 1].verdict)
            continue;
        if (o->nturns == SOLVE_MAX_TURNS) {
            o->turns_cut = 1;
            break;
        }
        o->turn[o->nturns].before = c->pt[i];
        o->turn[o->nturns++].after = c->pt[i + 1];
    }
    return 0;
}

/* Check that value v of the range is one the scenario accepts; which:
 * "LO" or "HI".  0 or 2. */
static int check_end(ctx *c, double v, const char *which)
{
    sl_scenario *sc = NULL;
    sl_error e;
    char b[40];
    int rc = 0;
    sl_error_clear(&e);
    if (sl_scenario_copy(c->base, &sc, &e))
        return cli_lib_error("--solve", &e);
    if (set_input(c, sc, v, &e) ||
        sl_scenario_validate(sc, &e)) {
        rc = solve_bad("%s=%s (%s): %s%s%s", c->s->in.name,
                       sweep_value_text(&c->s->in, v, b, sizeof b), which,
                       e.where, e.where[0] ? ": " : "", e.what);
        if (e.status == SL_ENOMEM)
            rc = 1;
    }
    sl_scenario_free(sc);
    return rc;
}

/* The default HI for containers: SOLVE_COUNT_FACTOR times the larger of
 * the stated count and the count the claim needs at the hard maximum per
 * container, from one run of base as it is (cached when its count is one
 * number).  0 or an exit status. */
static int default_count_hi(ctx *c, double *hi)
{
    sl_result *res = NULL;
    sl_claim_check cc;
    sl_summary s;
    solve_point p;
    const sl_dist *nd = sl_scenario_containers(c->base, NULL);
    double n, need;
    int rc = run_one(c, c->base, &p, &res);
    if (rc)
        return rc;
    sl_result_claim(res, &cc);
    sl_result_total(res, &s);
    n = cc.containers;
    need = isfinite(s.max) && s.max > 0 ? n * cc.value / s.max : n;
    *hi = ceil(SOLVE_COUNT_FACTOR * fmax(n, need));
    if (*hi < 2)
        *hi = 2;
    if (nd && sl_dist_is_const(nd) && n == floor(n)) {
        p.x = n;
        c->pt[c->n++] = p;
    }
    sl_result_free(res);
    return 0;
}

int solve_run(const sl_scenario *base, const solve_spec *s,
              const sl_options *opt, sl_cache *cache, cli_progress *prog,
              solve_out *out)
{
    ctx *c = calloc(1, sizeof *c);
    gsl_error_handler_t *old;
    sweep *in;
    int rc = 0;
    if (!c) {
        fprintf(stderr, "shipload-estimate: out of memory\n");
        return 1;
    }
    memset(out, 0, sizeof *out);
    c->base = base;
    c->s = s;
    c->in = s->in;
    in = &c->in;
    c->out = out;
    c->opt = *opt;
    c->cache = cache;
    c->prog = prog;
    c->opt.progress = NULL;
    c->opt.sensitivity = 0; /* not shown; the totals do not depend on it */
    c->whole = s->in.input == SWEEP_CONTAINERS;
    {
        sl_qualifier q = SL_QUAL_EXACT;
        double z = 1.959963984540054, n = (double)c->opt.samples;
        sl_scenario_claim(base, NULL, &q, NULL, NULL);
        c->at_most = q == SL_QUAL_AT_MOST;
        c->proxy = q != SL_QUAL_RANGE;
        /* t lies in the Wilson interval of a share s of n samples exactly
           when |s - t| <= z sqrt(t (1 - t) / n) (the interval inverts the
           score test): its ends cross t where the share crosses t -+ h */
        for (int k = 0; k < SOLVE_TARGETS; k++) {
            double t = targets[k], h = z * sqrt(t * (1 - t) / n);
            double lv[3] = {t, fmin(t + h, 1), fmax(t - h, 0)};
            for (int j = 0; j < 3; j++)
                c->lev[k][j] = c->at_most ? lv[j] : 1 - lv[j];
        }
    }
    out->resolution = c->whole ? 1 : 0.001;
    out->lo = s->range_set ? s->lo : c->whole ? 1 : 0;
    out->hi = s->range_set ? s->hi : 1;
    if (!sl_scenario_claim(base, NULL, NULL, NULL, NULL)) {
        free(c);
        return solve_bad("solves for where the claim's share and verdict "
                         "turn, and the scenario has no claim; give one "
                         "with --claim N (or a file with a claim)");
    }
    if (c->whole) { /* the count is the value; its qualifier kept */
        sl_qualifier q = SL_QUAL_EXACT;
        sl_scenario_containers(base, &q);
        snprintf(out->count_text, sizeof out->count_text,
                 "%s%sN containers (N the value)",
                 q == SL_QUAL_EXACT ? "" : sl_qualifier_name(q),
                 q == SL_QUAL_EXACT ? "" : " ");
    } else {
        const sl_dist *nd = sl_scenario_containers(base, NULL);
        size_t len;
        cli_containers_text(base, out->count_text, sizeof out->count_text);
        len = strlen(out->count_text);
        snprintf(out->count_text + len, sizeof out->count_text - len,
                 " container%s", nd && sl_dist_is_const(nd) &&
                                 sl_dist_quantile(nd, 0.5) == 1 ? "" : "s");
    }
    old = gsl_set_error_handler_off(); /* failures come back as codes */
    if ((rc = sweep_locate(base, &in, 1)) ||
        (rc = check_end(c, out->lo, "LO")) ||
        (!s->range_set && c->whole &&
         (rc = default_count_hi(c, &out->hi))) ||
        (rc = check_end(c, out->hi, "HI")))
        goto done;
    if (!eval(c, out->lo) || !eval(c, out->hi))
        goto failed;
    out->ends[0] = *eval(c, out->lo);
    out->ends[1] = *eval(c, out->hi);
    c->side_lo = out->lo;
    c->side_hi = out->hi;
    if (!c->proxy && find_peak(c))
        goto failed;
    for (int k = 0; k < SOLVE_TARGETS; k++) {
        solve_target *tg = &out->t[k];
        double t = targets[k];
        int lo_r = reaches(&out->ends[0], 0, t);
        int hi_r = reaches(&out->ends[1], 0, t);
        int dir = hi_r ? 1 : -1;
        tg->share = t;
        if (out->peaked && reaches(&out->peak, 0, t) && !(lo_r && hi_r)) {
            /* a range claim: crossed rising before the peak (unless the
               low end reaches it) and falling after it (unless the high
               end does) */
            double px = out->peak.x;
            tg->reached = 1;
            if (!lo_r && solve_side(c, k, 1, out->lo, px, &tg->value,
                                    tg->range, &tg->at, &tg->other))
                goto failed;
            if (!hi_r && lo_r && solve_side(c, k, -1, px, out->hi,
                                            &tg->value, tg->range, &tg->at,
                                            &tg->other))
                goto failed;
            if (!hi_r && !lo_r) {
                tg->twice = 1;
                if (solve_side(c, k, -1, px, out->hi, &tg->value2,
                               tg->range2, &tg->at2, &tg->other2))
                    goto failed;
            }
            continue;
        }
        if (out->peaked && !reaches(&out->peak, 0, t)) {
            /* below the target at its peak: not reached anywhere */
            tg->peaked = 1;
            tg->peak = out->peak;
        }
        if (lo_r == hi_r) { /* not crossed: the end nearest the target */
            int e = (out->ends[1].q[0] > out->ends[0].q[0]) == !lo_r;
            if (!lo_r && out->ends[1].q[0] == out->ends[0].q[0])
                /* the same share at both ends (0 % where no sample
                   reaches the claim): the end whose hard bounds come
                   nearer the claim, not the low end by default */
                e = bound_gap(out, &out->ends[1]) <
                    bound_gap(out, &out->ends[0]);
            else if (lo_r && out->ends[1].q[0] == out->ends[0].q[0])
                /* 100 % at both ends: the end whose hard bounds come
                   nearer losing it, not the high end by default */
                e = bound_slack(out, &out->ends[1]) <
                    bound_slack(out, &out->ends[0]);
            tg->above = lo_r;
            tg->at = out->ends[e];
            tg->value = tg->range[0] = tg->range[1] = NAN;
            continue;
        }
        tg->reached = 1;
        if (solve_side(c, k, dir, out->lo, out->hi, &tg->value, tg->range,
                       &tg->at, &tg->other))
            goto failed;
    }
    if (find_turns(c))
        goto failed;
    if (out->peaked) { /* the highest run, the turns' runs among them */
        size_t i = highest(c);
        if (c->pt[i].q[0] > out->peak.q[0])
            out->peak = c->pt[i];
    }
    for (int k = 0; k < SOLVE_TARGETS; k++) { /* the share rises and falls */
        solve_target *tg = &out->t[k];
        for (size_t i = 0; !tg->reached && !tg->above && i < c->n; i++)
            if (c->pt[i].q[0] >= tg->share && c->pt[i].q[0] > tg->at.q[0]) {
                tg->inside = 1;
                tg->at = c->pt[i];
            }
        /* short of the target everywhere, but higher inside than at
           either end: "not reached above 1 container: at 1, 0 %" hid the
           59 % at 90 */
        for (size_t i = 0; !tg->reached && !tg->above && !tg->inside &&
                           i < c->n; i++)
            if (c->pt[i].q[0] > out->ends[0].q[0] &&
                c->pt[i].q[0] > out->ends[1].q[0] &&
                (!tg->peaked || c->pt[i].q[0] > tg->peak.q[0])) {
                tg->peaked = 1;
                tg->peak = c->pt[i];
            }
    }
    goto done;
failed:
    rc = c->rc ? c->rc
               : solve_bad("more than %d runs would be needed; give a "
                           "narrower range", SOLVE_MAX_RUNS);
done:
    gsl_set_error_handler(old);
    free(c);
    return rc;
}

/* A value for people: a count grouped ("16,420"), a fraction as it runs,
 * at six decimals less trailing zeros but at least three ("0.833334",
 * "0.850"), so that a value printed reruns to the same answer (0.833
 * would be another run, on the other side of a jump in the share). */
static const char *val_text(const solve_spec *s, double v, char *buf,
                            size_t n)
{
    if (s->in.input == SWEEP_CONTAINERS)
        return cli_group(v, buf, n);
    int w = snprintf(buf, n, "%.6f", v);
    if (w > 0 && (size_t)w < n) {
        char *dot = strchr(buf, '.'), *end = buf + w;
        while (dot && end - dot > 4 && end[-1] == '0')
            *--end = '\0';
    }
    return buf;
}

/* What the samples that keep the claim do: "reach 4,800,000", "stay at
 * or below 4,800,000", "fall in 300,000 to 500,000". */
static const char *keep_text(const solve_out *o, char *buf, size_t n)
{
    char a[40], b[40];
    cli_group(o->claim[0], a, sizeof a);
    if (o->claim_q == SL_QUAL_RANGE)
        snprintf(buf, n, "fall in %s to %s", a,
                 cli_group(o->claim[1], b, sizeof b));
    else
        snprintf(buf, n, "%s %s",
                 o->claim_q == SL_QUAL_AT_MOST ? "stay at or below" : "reach",
                 a);
    return buf;
}

/* post (" containers" after a count) for the value x: " container" at
 * 1 ("not reached above 1 containers"). */
static const char *one_container(const solve_spec *s, double x,
                                 const char *post)
{
    return s->in.input == SWEEP_CONTAINERS && x == 1 ? " container" : post;
}

/* The sentence on target tg, which the share does not cross, into buf:
 * "95 % is not reached below 100,000 containers: at 100,000, 91.2 % of
 * samples reach 4,800,000." */
static void not_reached_text(const solve_spec *s, const solve_out *o,
                             const solve_target *tg, char *buf, size_t n)
{
    char pre[SL_ID_MAX + 24], v[40], p[40], t[40], k[120];
    const char *post;
    int at_hi = tg->at.x == o->hi;
    sweep_value_words(&s->in, pre, sizeof pre, &post);
    snprintf(t, sizeof t, "%g", 100 * tg->share);
    sl_format_percent(tg->at.q[0], p, sizeof p);
    sweep_value_text(&s->in, tg->at.x, v, sizeof v);
    keep_text(o, k, sizeof k);
    if (tg->inside) { /* the ranges as --solve reads them: "%.12g" */
        snprintf(buf, n, "%s %% is reached inside the range but not at its "
                 "ends: the share rises and falls, so it crosses %s %% twice; "
                 "at %s%s%s, %s %% of samples %s. Solve each side alone "
                 "(%s=%.12g:%.12g and %s=%.12g:%.12g).", t, t, pre, v, post,
                 p, k, s->in.name, o->lo, tg->at.x, s->in.name, tg->at.x,
                 o->hi);
    } else if (!tg->above && tg->peaked) {
        /* a range claim's peak was searched for; otherwise it is the
           highest run */
        sl_format_percent(tg->peak.q[0], p, sizeof p);
        sweep_value_text(&s->in, tg->peak.x, v, sizeof v);
        snprintf(buf, n, "%s %% is not reached in the range: the share "
                 "rises and falls, highest %s %s%s%s%s, where %s %% of "
                 "samples %s.", t, o->peaked ? "at" : "among the runs at",
                 pre, v, one_container(s, tg->peak.x, post),
                 o->peaked ? " (its peak)" : "", p, k);
    } else if (!tg->above)
        snprintf(buf, n, "%s %% is not reached %s %s%s%s: at %s, %s %% of "
                 "samples %s.", t, at_hi ? "below" : "above", pre, v,
                 one_container(s, tg->at.x, post), v, p, k);
    else
        snprintf(buf, n, "%s %% is exceeded over the whole range, from "
                 "%s%s%s on: at %s, %s %% of samples %s.", t, pre,
                 sweep_value_text(&s->in, o->lo, v, 20),
                 one_container(s, o->lo, post),
                 sweep_value_text(&s->in, tg->at.x, v + 20, sizeof v - 20), p,
                 k);
}

/* The sentence on a range claim's peak and the targets crossed on both
 * sides of it into buf ("" when there is nothing the sentences on the
 * targets not reached have not said): "The share rises and falls:
 * highest at 8,334 containers (its peak), where 98.5 % of samples fall
 * in 2,000,000 to 3,000,000; it reaches 5 % from 5,901 to 12,500
 * containers, ..." */
static void peak_text(const solve_spec *s, const solve_out *o, char *buf,
                      size_t n)
{
    char pre[SL_ID_MAX + 24], v[40], a[40], b[40], p[40], k[120];
    const char *post;
    size_t used = 0;
    int twice = 0, said = 0;
    sweep_value_words(&s->in, pre, sizeof pre, &post);
    for (int i = 0; i < SOLVE_TARGETS; i++)
        said |= !o->t[i].reached && o->t[i].peaked;
    buf[0] = '\0';
    if (!said) {
        sl_format_percent(o->peak.q[0], p, sizeof p);
        used = (size_t)snprintf(
            buf, n, "The share rises and falls: highest at %s%s%s (its "
            "peak), where %s %% of samples %s", pre,
            sweep_value_text(&s->in, o->peak.x, v, sizeof v),
            one_container(s, o->peak.x, post), p, keep_text(o, k, sizeof k));
    }
    for (int i = 0; i < SOLVE_TARGETS && used < n; i++)
        if (o->t[i].twice)
            used += (size_t)snprintf(
                buf + used, n - used, "%s%g %% from %s%s to %s%s",
                twice++ ? ", " : said ? "The share reaches " : "; it reaches ",
                100 * o->t[i].share, pre,
                sweep_value_text(&s->in, o->t[i].value, a, sizeof a),
                sweep_value_text(&s->in, o->t[i].value2, b, sizeof b), post);
    if (used && used < n)
        snprintf(buf + used, n - used, "%s",
                 twice ? " (a row for each side in the table)." : ".");
}

/* The sentence on where the verdict turns into buf. */
static void turns_text(const solve_spec *s, const solve_out *o, char *buf,
                       size_t n)
{
    char pre[SL_ID_MAX + 24], v[40], a[40], b[40];
    const char *post;
    size_t used = 0;
    sweep_value_words(&s->in, pre, sizeof pre, &post);
    if (o->nturns == 0) {
        snprintf(buf, n, "The verdict is %s at every value evaluated, from "
                 "%s%s to %s%s.", sl_verdict_name(o->ends[0].verdict), pre,
                 sweep_value_text(&s->in, o->lo, a, sizeof a),
                 sweep_value_text(&s->in, o->hi, b, sizeof b), post);
        return;
    }
    for (size_t i = 0; i < o->nturns && used < n; i++)
        used += (size_t)snprintf(
            buf + used, n - used, "%s from %s to %s at %s%s%s",
            i == 0                 ? "The verdict turns"
            : i + 1 == o->nturns   ? ", and"
                                   : ",",
            sl_verdict_name(o->turn[i].before.verdict),
            sl_verdict_name(o->turn[i].after.verdict), pre,
            val_text(s, o->turn[i].after.x, v, sizeof v), post);
    if (used < n)
        snprintf(buf + used, n - used, "%s",
                 o->turns_cut ? "; there may be more turns than these."
                              : ".");
}

void solve_print_text(FILE *f, const solve_spec *s, const solve_out *o,
                      const char *what)
{
    char line[1600], a[40], b[40], c[40], k[120];
    const char *count_res;
    char cell[2 * SOLVE_TARGETS][3][100];
    const solve_point *vat[2 * SOLVE_TARGETS];
    int rows = 0;
    const char *head[3] = {o->share_h, NULL, "Monte Carlo range"};
    int w[3], plus = 0, star = 0, under = 0;
    const char *step = s->in.input == SWEEP_CONTAINERS ? "1 container"
                                                       : "0.001";
    head[1] = s->in.input == SWEEP_SHARE ? "share" : s->in.name;
    fprintf(f, "shipload %s: solving %s for the claim %s\n", sl_version(),
            s->in.name, o->claim_text);
    snprintf(line, sizeof line, "Scenario: %s", what);
    cli_wrap(f, "", NULL, line);
    snprintf(line, sizeof line, "Checked: claim %s, %s; %s from %s to %s; "
             "%s samples, seed %llu in each of %zu runs (common random "
             "numbers: the share moves with the input, not with sampling "
             "noise)", o->claim_text, o->count_text, s->in.name,
             sweep_value_text(&s->in, o->lo, a, sizeof a),
             sweep_value_text(&s->in, o->hi, b, sizeof b),
             cli_group((double)o->samples, c, sizeof c),
             (unsigned long long)o->seed, o->runs);
    cli_wrap(f, "", NULL, line);
    fputc('\n', f);
    for (int i = 0; i < 3; i++)
        w[i] = (int)strlen(head[i]);
    /* a row per crossing: a target a range claim's share crosses twice
       (rising, then falling) has two */
    for (int i = 0; i < SOLVE_TARGETS; i++) {
        const solve_target *tg = &o->t[i];
        for (int second = 0; second <= tg->twice; second++, rows++) {
            char(*r)[100] = cell[rows];
            const double *rg = second ? tg->range2 : tg->range;
            snprintf(r[0], sizeof r[0], "%g%%", 100 * tg->share);
            vat[rows] = !tg->reached ? NULL : second ? &tg->at2 : &tg->at;
            if (tg->reached) {
                val_text(s, second ? tg->value2 : tg->value, r[1],
                         sizeof r[1]);
                if (rg[0] == rg[1]) { /* was "10,192 to 10,192" */
                    snprintf(r[2], sizeof r[2], "under %s", step);
                    under = 1;
                } else
                    snprintf(r[2], sizeof r[2], "%s to %s",
                             val_text(s, rg[0], a, sizeof a),
                             val_text(s, rg[1], b, sizeof b));
            } else {
                snprintf(r[1], sizeof r[1], "%s",
                         tg->above ? "exceeded" : "not reached");
                snprintf(r[2], sizeof r[2], "-");
            }
            for (int j = 0; j < 3; j++)
                if ((int)strlen(r[j]) > w[j])
                    w[j] = (int)strlen(r[j]);
        }
    }
    fprintf(f, "%*s  %*s  %-*s  %s\n", w[0], head[0], w[1], head[1], w[2],
            head[2], "verdict there");
    for (int i = 0; i < rows; i++) {
        const solve_point *at = vat[i];
        fprintf(f, "%*s  %*s  %-*s  %s%s\n", w[0], cell[i][0], w[1],
                cell[i][1], w[2], cell[i][2],
                at ? sl_verdict_name(at->verdict) : "-", at ? at->mark : "");
        plus |= at && strchr(at->mark, '+') != NULL;
        star |= at && strchr(at->mark, '*') != NULL;
    }
    if (plus)
        cli_print_count_note(f);
    if (star) /* not cli_print_unsettled_note: --precision is refused */
        fprintf(f, "*  more samples could change this verdict: the share "
                   "it turns on is within\n   Monte Carlo error of 5 %% "
                   "there (--samples)\n");
    fputc('\n', f);
    for (int i = 0; i < SOLVE_TARGETS; i++)
        if (!o->t[i].reached) {
            not_reached_text(s, o, &o->t[i], line, sizeof line);
            cli_wrap(f, "", NULL, line);
        }
    if (o->peaked) {
        peak_text(s, o, line, sizeof line);
        if (line[0])
            cli_wrap(f, "", NULL, line);
    }
    turns_text(s, o, line, sizeof line);
    cli_wrap(f, "", NULL, line);
    fputc('\n', f);
    keep_text(o, k, sizeof k);
    {
        /* a share that falls as the count grows (an "at most" claim) is
           met up to its crossing: the value is the last count there, not
           the first (said 'the first whole count' at either) */
        int rise = 0, fall = 0;
        for (int i = 0; i < SOLVE_TARGETS; i++)
            if (o->t[i].reached) {
                rise += o->t[i].other.x < o->t[i].value;
                fall += o->t[i].other.x > o->t[i].value || o->t[i].twice;
            }
        count_res = !fall ? "to 1 container: the first whole count"
                    : !rise ? "to 1 container: the last whole count"
                            : "to 1 container: the first whole count, or "
                              "the last where the share falls";
    }
    snprintf(line, sizeof line, "%s: the share of samples that %s. Each "
             "value is where it crosses the target, on the side that "
             "reaches it (%s), found by GSL's Brent solver over the runs. "
             "The Monte Carlo range is where the target lies inside the "
             "share's 95 %% interval (Wilson): the sampling error of %s "
             "samples only, not the model's uncertainty; more samples "
             "narrow it%s%s%s", o->share_h, k,
             s->in.input == SWEEP_CONTAINERS ? count_res : "to 0.001",
             cli_group((double)o->samples, c, sizeof c),
             under ? " (\"under " : ".", under ? step : "",
             under ? "\": the share steps across the whole interval "
                     "between neighbouring values)." : "");
    cli_wrap(f, "", NULL, line);
}

/* v as JSON: an integer for a count, a real otherwise, null for NaN. */
static json_t *jval(const solve_spec *s, double v)
{
    if (isnan(v))
        return json_null();
    if (s->in.input == SWEEP_CONTAINERS)
        return json_integer((json_int_t)v);
    return json_real(v);
}

/* An evaluation as JSON: {"value", "share", "share_ci", "verdict"}. */
static json_t *jpoint(const solve_spec *s, const solve_point *p)
{
    return json_pack("{s:o, s:f, s:[f, f], s:s}", "value", jval(s, p->x),
                     "share", p->q[0], "share_ci", p->q[1], p->q[2],
                     "verdict", sl_verdict_name(p->verdict));
}

int solve_print_json(FILE *f, const solve_spec *s, const solve_out *o)
{
    json_t *root, *tl = json_array(), *tu = json_array(), *claim;
    int rc = 1;
    claim = json_pack("{s:f, s:o, s:s, s:s, s:s}", "value", o->claim[0],
                      "value_high", isnan(o->claim[1])
                                        ? json_null()
                                        : json_real(o->claim[1]),
                      "qualifier", sl_qualifier_name(o->claim_q), "text",
                      o->claim_text, "share",
                      o->claim_q == SL_QUAL_RANGE     ? "p_in_range"
                      : o->claim_q == SL_QUAL_AT_MOST ? "p_at_most"
                                                      : "p_at_least");
    for (int i = 0; tl && i < SOLVE_TARGETS; i++) {
        const solve_target *tg = &o->t[i];
        json_t *one = tg->reached && tg->twice
            ? json_pack("{s:f, s:b, s:o, s:[o, o], s:o, s:o, s:o, s:[o, o], "
                        "s:o, s:o}", "share", tg->share, "reached", 1,
                        "value", jval(s, tg->value), "range",
                        jval(s, tg->range[0]), jval(s, tg->range[1]), "at",
                        jpoint(s, &tg->at), "across", jpoint(s, &tg->other),
                        "value_high", jval(s, tg->value2), "range_high",
                        jval(s, tg->range2[0]), jval(s, tg->range2[1]),
                        "at_high", jpoint(s, &tg->at2), "across_high",
                        jpoint(s, &tg->other2))
            : tg->reached
            ? json_pack("{s:f, s:b, s:o, s:[o, o], s:o, s:o}", "share",
                        tg->share, "reached", 1, "value", jval(s, tg->value),
                        "range", jval(s, tg->range[0]), jval(s, tg->range[1]),
                        "at", jpoint(s, &tg->at), "across",
                        jpoint(s, &tg->other))
            : json_pack("{s:f, s:b, s:n, s:n, s:s, s:o}", "share", tg->share,
                        "reached", 0, "value", "range", "side",
                        tg->above ? "above" : tg->inside ? "inside" : "below",
                        "nearest",
                        jpoint(s, &tg->at));
        if (!one || json_array_append_new(tl, one)) {
            json_decref(tl);
            tl = NULL;
        }
    }
    for (size_t i = 0; tu && i < o->nturns; i++) {
        json_t *one = json_pack(
            "{s:s, s:s, s:o, s:o, s:o, s:o}", "from",
            sl_verdict_name(o->turn[i].before.verdict), "to",
            sl_verdict_name(o->turn[i].after.verdict), "value",
            jval(s, o->turn[i].after.x), "previous",
            jval(s, o->turn[i].before.x), "before",
            jpoint(s, &o->turn[i].before), "after",
            jpoint(s, &o->turn[i].after));
        if (!one || json_array_append_new(tu, one)) {
            json_decref(tu);
            tu = NULL;
        }
    }
    root = json_pack("{s:{s:s, s:o, s:[o, o], s:o, s:I, s:I, s:I, s:o, "
                     "s:o, s:b}}",
                     "solve", "input", s->in.name, "claim", claim, "range",
                     jval(s, o->lo), jval(s, o->hi), "resolution",
                     jval(s, o->resolution), "samples",
                     (json_int_t)o->samples, "seed", (json_int_t)o->seed,
                     "runs", (json_int_t)o->runs, "targets", tl,
                     "verdict_turns", tu, "turns_cut", o->turns_cut);
    /* a range claim: the share's peak (null when no run inside the range
       is above both ends) */
    if (root && o->claim_q == SL_QUAL_RANGE &&
        json_object_set_new(json_object_get(root, "solve"), "peak",
                            o->peaked ? jpoint(s, &o->peak) : json_null())) {
        json_decref(root);
        root = NULL;
    }
    if (!root)
        fprintf(stderr, "shipload-estimate: json: out of memory\n");
    else
        rc = cli_dump_json(f, root);
    json_decref(root);
    return rc;
}

/* Whether the share rises or falls through the target at the crossing
 * (at, on the target's side, and other, next to it across): "rising" when
 * other lies below at. */
static const char *direction(const solve_point *at, const solve_point *other)
{
    return other->x < at->x ? "rising" : "falling";
}

int solve_print_csv(FILE *f, const solve_spec *s, const solve_out *o)
{
    fputs("row,input,target,reached,value,range_lo,range_hi,share,verdict,"
          "from,direction,side\n", f);
    for (int i = 0; i < SOLVE_TARGETS; i++) {
        const solve_target *tg = &o->t[i];
        cli_csv_text(f, "target", 1);
        cli_csv_text(f, s->in.name, 0);
        cli_csv_num(f, tg->share);
        cli_csv_text(f, tg->reached ? "1" : "0", 0);
        cli_csv_num(f, tg->reached ? tg->value : tg->at.x);
        cli_csv_num(f, tg->range[0]);
        cli_csv_num(f, tg->range[1]);
        cli_csv_num(f, tg->at.q[0]);
        /* not reached: the verdict at the nearest end, as the JSON's
           "nearest" has it, and the side the share stays on */
        cli_csv_text(f, sl_verdict_name(tg->at.verdict), 0);
        cli_csv_text(f, "", 0);
        cli_csv_text(f, tg->reached ? direction(&tg->at, &tg->other) : "", 0);
        cli_csv_text(f, tg->reached  ? ""
                        : tg->above  ? "above"
                        : tg->inside ? "inside"
                                     : "below", 0);
        fputc('\n', f);
        if (tg->twice) { /* the falling crossing: a second row */
            cli_csv_text(f, "target", 1);
            cli_csv_text(f, s->in.name, 0);
            cli_csv_num(f, tg->share);
            cli_csv_text(f, "1", 0);
            cli_csv_num(f, tg->value2);
            cli_csv_num(f, tg->range2[0]);
            cli_csv_num(f, tg->range2[1]);
            cli_csv_num(f, tg->at2.q[0]);
            cli_csv_text(f, sl_verdict_name(tg->at2.verdict), 0);
            cli_csv_text(f, "", 0);
            cli_csv_text(f, direction(&tg->at2, &tg->other2), 0);
            cli_csv_text(f, "", 0);
            fputc('\n', f);
        }
    }
    for (size_t i = 0; i < o->nturns; i++) {
        const solve_turn *t = &o->turn[i];
        cli_csv_text(f, "turn", 1);
        cli_csv_text(f, s->in.name, 0);
        cli_csv_text(f, "", 0);
        cli_csv_text(f, "", 0);
        cli_csv_num(f, t->after.x);
        cli_csv_text(f, "", 0);
        cli_csv_text(f, "", 0);
        cli_csv_num(f, t->after.q[0]);
        cli_csv_text(f, sl_verdict_name(t->after.verdict), 0);
        cli_csv_text(f, sl_verdict_name(t->before.verdict), 0);
        cli_csv_text(f, "", 0);
        cli_csv_text(f, "", 0);
        fputc('\n', f);
    }
    return 0;
}
