/*
 * examples/solve.h - shipload-estimate --solve NAME[=LO:HI]: the values of
 * one input at which the share of samples that keep the scenario's claim
 * crosses 5 %, 50 % and 95 %, each with its Monte Carlo range, and the
 * values at which the claim's verdict turns (docs/shipload-estimate.1,
 * "Solving for one input").  Every evaluation is one run of the scenario
 * with that value set (sweep_set), all with the same seed and sample
 * count (common random numbers), so the share moves with the input alone
 * and GSL's root finders work on it as on a function.  Functions that can
 * fail print one line on stderr and return an exit status (2 bad input,
 * 1 other).
 */
#ifndef SHIPLOAD_SOLVE_H
#define SHIPLOAD_SOLVE_H

#include <stdio.h>
#include <shipload/shipload.h>
#include "cli_io.h"
#include "sweep.h"

#define SOLVE_TARGETS 3    /* 5 %, 50 %, 95 % */
#define SOLVE_MAX_RUNS 400 /* evaluations in one solve, at most */
#define SOLVE_MAX_TURNS 16 /* verdict turns reported, at most */
#define SOLVE_PEAK_GRID 32 /* a range claim: the share's peak is sought
                              from runs at this many values over the range
                              (the ends among them) */
#define SOLVE_COUNT_FACTOR 10 /* the default HI for containers: this many
                                 times the larger of the stated count and
                                 the count the claim needs at the hard
                                 maximum per container */

/* A parsed --solve. */
typedef struct solve_spec {
    sweep in;      /* the input (in.input, in.name; in.n unused) */
    double lo, hi; /* the range; set when range_set */
    int range_set; /* 1: "=LO:HI" given */
} solve_spec;

/* One evaluation: the run at value x. */
typedef struct solve_point {
    double x;           /* the input's value */
    double q[3];        /* the share that keeps the claim, and the ends of
                           its 95 % Monte Carlo interval (Wilson) */
    double qx[SOLVE_TARGETS][3]; /* the total's quantiles at which the
                           share would cross each target's three levels
                           (solve.c, proxy): a smooth guide to the
                           crossing; NaN for a range claim */
    double min, max;    /* the total's hard bounds */
    sl_verdict verdict; /* the claim's verdict there */
    char mark[4];       /* cli_verdict_mark: "+", "*" or "" */
} solve_point;

/* Where one target share is crossed. */
typedef struct solve_target {
    double share;    /* 0.05, 0.5, 0.95 */
    int reached;     /* 1: crossed inside [lo, hi] */
    int above;       /* not reached: 1 when the share is at or above the
                        target at both ends, 0 when below at both */
    int inside;      /* not reached, below at both ends, yet a run inside
                        the range reaches it: the share rises and falls
                        (a range claim's P(in)); at is the run with the
                        highest share, a point to split the range at */
    double value;    /* reached: the value on the target's side of the
                        crossing (for a whole count, the first whole
                        count at which the share reaches it) */
    double range[2]; /* its Monte Carlo range, clipped to [lo, hi] */
    solve_point at;  /* the evaluation at value (reached), or at the end
                        nearest the target (not reached) */
    solve_point other; /* reached: the evaluation next to value across
                          the crossing, one resolution or less away, whose
                          share is below the target */
    int peaked;      /* not reached, below at both ends and at every run,
                        yet a run inside the range has a higher share than
                        either end (the share rises and falls short of the
                        target): peak is that run, the highest */
    solve_point peak;
    int twice;       /* reached twice (a range claim, whose share rises to
                        its peak and falls): value, range, at and other are
                        the rising crossing, the fields below the falling
                        one (value2 > value) */
    double value2;   /* twice: the last value that reaches the target */
    double range2[2];
    solve_point at2, other2;
} solve_target;

/* A change of verdict between two evaluations `resolution` apart. */
typedef struct solve_turn {
    solve_point before, after; /* in increasing order of the input */
} solve_turn;

/* The outcome of solve_run. */
typedef struct solve_out {
    double lo, hi;        /* the range searched */
    double resolution;    /* 1 container; 0.001 of a fill or share */
    solve_point ends[2];  /* at lo and at hi */
    int peaked;           /* a range claim: its share rises and falls, and
                             peak is the highest run, found by GSL's Brent
                             minimizer bracketed from a grid of runs (0:
                             not a range claim, or no run inside the range
                             above both ends) */
    solve_point peak;
    solve_target t[SOLVE_TARGETS];
    solve_turn turn[SOLVE_MAX_TURNS];
    size_t nturns;
    int turns_cut;        /* 1: more turns than SOLVE_MAX_TURNS, or the
                             run budget ended the search for them */
    size_t runs;          /* evaluations made (sl_estimate calls) */
    size_t samples;       /* per run */
    uint64_t seed;
    sl_qualifier claim_q; /* the claim's qualifier */
    double claim[2];      /* its value (a range: low, high; else NaN) */
    char claim_text[120]; /* "up to 4,800,000" */
    char count_text[120]; /* the count as stated ("at least 10,000") */
    const char *share_h;  /* "P(>=)", "P(<=)" or "P(in)" */
} solve_out;

/* Parse "NAME" or "NAME=LO:HI" (NAME as --sweep's; LO below HI, a whole
 * count for containers, fractions or percentages for fill and shares)
 * into *s; 0 or 2 with a message naming --solve. */
int solve_parse(const char *text, solve_spec *s);

/* Solve: check that base has a claim and that LO and HI (or the defaults:
 * containers 1 to SOLVE_COUNT_FACTOR x the count above, fill and shares 0
 * to 1) are values base accepts, then evaluate the ends, find each
 * target's crossing and the ends of its Monte Carlo range with GSL's
 * Brent solver, and the verdict's turns with its bisection, reusing every
 * evaluation.  opt: the run options (samples, seed, threads); its
 * progress callback is not used: prog (NULL: none) shows each run's
 * number and value instead, the number of runs not being known ahead.
 * cache: packer results shared by every run (sl_estimate_cached; NULL:
 * none), which makes a run after the first cost its sampling, not its
 * set-up.  0 or an exit status (2: no claim, a
 * bad range; 1: a run failed), with a message. */
int solve_run(const sl_scenario *base, const solve_spec *s,
              const sl_options *opt, sl_cache *cache, cli_progress *prog,
              solve_out *out);

/* The readable report: heading, one row per target, the sentences on
 * targets not reached and on where the verdict turns, and what the
 * ranges mean.  what: the scenario, for the heading. */
void solve_print_text(FILE *f, const solve_spec *s, const solve_out *o,
                      const char *what);

/* {"solve": {...}} (docs/shipload-estimate.1); an exit status. */
int solve_print_json(FILE *f, const solve_spec *s, const solve_out *o);

/* One CSV row per target, then one per verdict turn; an exit status. */
int solve_print_csv(FILE *f, const solve_spec *s, const solve_out *o);

#endif
