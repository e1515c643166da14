/*
 * examples/sweep.h - shipload-estimate --sweep NAME=VALUES: how the answer
 * moves with one input.  The caller runs one copy of the scenario per
 * value, every one with the same seed and sample count (common random
 * numbers: the rows differ by the input, not by Monte Carlo noise), and
 * prints them in one table, CSV or JSON (docs/shipload-estimate.1,
 * "Sweeping one input").  Functions that can fail print one line on
 * stderr and return an exit status (2 bad input, 1 other).
 */
#ifndef SHIPLOAD_SWEEP_H
#define SHIPLOAD_SWEEP_H

#include <stdio.h>
#include <shipload/shipload.h>

#define SWEEP_MAX 50 /* values in one sweep */

/* The input a sweep moves. */
typedef enum sweep_input {
    SWEEP_CONTAINERS, /* the count; its qualifier kept */
    SWEEP_FILL,       /* the fill of every container, exact */
    SWEEP_SHARE       /* the share of one cargo or container type */
} sweep_input;

/* A parsed --sweep. */
typedef struct sweep {
    sweep_input input;
    char name[SL_ID_MAX + 8]; /* "containers", "fill", "share:ID" */
    double value[SWEEP_MAX];  /* fractions for fill and shares */
    size_t n;
    const char *flag;         /* the flag messages name: NULL for --sweep;
                                 "--solve" (solve.h) */
} sweep;

/* Where a share input sits in a scenario (sweep_locate). */
typedef struct sweep_site {
    int cargo; /* 1: a cargo type; 0: a container type */
    size_t k;  /* its index in that list */
} sweep_site;

/* Parse "NAME=VALUES" (VALUES a comma list, or LO:HI:N: N evenly spaced
 * values from LO to HI, N from 2 to 50; containers rounded to whole
 * counts, repeats dropped) into *sw; 0 or 2 with a message naming the
 * value and its column.  Whether the values fit the scenario is
 * sweep_build's to say. */
int sweep_parse(const char *text, sweep *sw);

/* Read the NAME of "NAME=VALUES" (name[0..len)) into sw->input and
 * sw->name; 0 or 2 with a message naming sw->flag. */
int sweep_parse_name(const char *name, size_t len, sweep *sw);

/* One value s[0..len) of input `in` into *out (a fraction for fill and
 * shares, "80%" read as 0.8); whole: a count must be a whole number.
 * 0, or -1 with *why set ("is not a number of containers (10000)"). */
int sweep_parse_value(const char *s, size_t len, sweep_input in, int whole,
                      double *out, const char **why);

/* Where sw's share input is in base, into *site (nothing to find for
 * containers and fill): 0, or 2 with a message when the id is not a cargo
 * or container type of base, is both, is the "rest" itself, or holds the
 * whole share with nothing to rescale. */
int sweep_locate(const sl_scenario *base, const sweep *sw, sweep_site *site);

/* Set sw's input of sc to v: the count keeps its qualifier ("at least");
 * a fill is exact; a share v leaves the others as they are and the "rest"
 * takes 1 minus them while it can: when the others can reach more than
 * 1 - v, they are scaled down in proportion to reach 1 - v at most (a
 * share given as normal, lognormal, beta or "a to b" cannot be, and is
 * an error); without a "rest" the others are rescaled to sum to 1 - v.
 * site from sweep_locate on the scenario sc was copied from.  The result
 * is not validated (sl_scenario_validate).  On failure e says why. */
sl_status sweep_apply(sl_scenario *sc, const sweep *sw, const sweep_site *site,
                      double v, sl_error *e);

/* v as tables and messages show it: "20,000" containers, "0.75"; buf. */
const char *sweep_value_text(const sweep *sw, double v, char *buf, size_t n);

/* The words around a value in a sentence into pre (n bytes) and *post:
 * "" and " containers", "a fill of " and "", "a 152mm-round share of "
 * and "". */
void sweep_value_words(const sweep *sw, char *pre, size_t n,
                       const char **post);

/* One copy of base per value into pts[0..sw->n), each with the swept
 * input set and validated, before any run: a value the scenario refuses
 * is bad input, named with its position.  On error nothing is left
 * allocated.  0 or an exit status. */
int sweep_build(const sl_scenario *base, const sweep *sw, sl_scenario **pts);

/* Free pts[0..n) (NULL entries allowed). */
void sweep_free(sl_scenario **pts, size_t n);

/* The table: one row per value (P5, P50, P95, hard max, the share of
 * samples that keep the claim, the verdict), then where the verdict
 * changes between adjacent values.  what: the scenario swept, for the
 * heading. */
void sweep_print_table(FILE *f, const sweep *sw, sl_result *const *res,
                       const char *what);

/* One CSV row per value: input, value, then the register's figures. */
int sweep_print_csv(FILE *f, const sweep *sw, sl_result *const *res);

/* The chart of --plot PATH: P50 and the P5-P95 band against the value,
 * the claim as a horizontal line (plot.h, plot_sweep); returns an exit
 * status (1, with a message, when it cannot be written). */
int sweep_plot(const char *path, const sweep *sw, sl_result *const *res);

/* {"sweep": {"input": NAME, "points": [{"value": V, then the keys of
 * that run's JSON}, ...]}}; returns an exit status. */
int sweep_print_json(FILE *f, const sweep *sw, sl_result *const *res);

#endif
