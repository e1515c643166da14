/*
 * examples/sweep.h - shipload-estimate --sweep NAME=VALUES: how the answer
 * moves with one input.  The caller runs one copy of the scenario per
 * value, every one with the same seed and sample count (common random
 * numbers: the rows differ by the input, not by Monte Carlo noise), and
 * prints them in one table, CSV or JSON (docs/shipload-estimate.1,
 * "Sweeping one input"), each run kept only as what the output needs
 * (register.h, reg_keep) and its result freed before the next: memory
 * does not grow with the values times the samples.  Functions that can fail print one line on
 * stderr and return an exit status (2 bad input, 1 other).
 */
#ifndef SHIPLOAD_SWEEP_H
#define SHIPLOAD_SWEEP_H

#include <stdio.h>
#include <shipload/shipload.h>
#include "register.h"

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
    int cargo;                /* a share, by sweep_locate: 1 a cargo type,
                                 0 a container type ... */
    size_t k;                 /* ... and its index in that list */
    const char *flag;         /* the flag the messages on this input name
                                 (sweep_parse_name, sweep_locate): NULL
                                 for --sweep; "--solve" (solve.h) */
} sweep;

/* Print "shipload-estimate: --sweep: MESSAGE" on stderr; returns 2. */
int sweep_bad(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

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

/* Find the share sweeps of sw[0..m) (m 1 or 2, different inputs) in
 * base (sets their cargo and k) and check that they can be set: an id of
 * the scenario, not "rest", and, without a "rest" entry in its list,
 * other shares left to rescale.  0 or 2, with a message naming
 * sw[0]->flag. */
int sweep_locate(const sl_scenario *base, sweep *const *sw, size_t m);

/* Set the inputs of sw[0..m) (located) of sc to v[0..m): the count
 * keeps its qualifier; a share leaves the other shares of its list as
 * they are when one is "rest" (the rest makes room) while it can: when
 * the others can reach more than 1 minus the value(s), they are scaled
 * down in proportion to reach that at most (a share given as normal,
 * lognormal, beta or "a to b" cannot be, and is an error); without a
 * "rest" the others are rescaled in proportion (two shares of one list
 * are set together: the others make room for both).  Not validated; on
 * failure e says why. */
sl_status sweep_set(sl_scenario *sc, const sweep *const *sw, const double *v,
                    size_t m, sl_error *e);

/* One copy of base per value into pts[0..sw->n), each with the swept
 * input set and validated, before any run: a value the scenario refuses
 * is bad input, named with its position.  On error nothing is left
 * allocated.  0 or an exit status. */
int sweep_build(const sl_scenario *base, sweep *sw, sl_scenario **pts);

/* v as messages show it: "20,000" containers, "0.75" (tables and the
 * sentences under them use sweep_column_text); buf. */
const char *sweep_value_text(const sweep *sw, double v, char *buf, size_t n);

/* Value i of sw as a table column shows it: as sweep_value_text, but a
 * fraction with as many decimals as the longest of the column
 * (0.300, 0.417, ... 1.000); buf. */
const char *sweep_column_text(const sweep *sw, size_t i, char *buf, size_t n);

/* The words around a value of sw in a sentence: *pre "" and *post
 * " containers", "a fill of " and "", "a 152mm-round share of " and ""
 * ("an iso-20-24t share of ": the article by the id's first letter). */
void sweep_value_words(const sweep *sw, char *pre, size_t n,
                       const char **post);

/* Free pts[0..n) (NULL entries allowed). */
void sweep_free(sl_scenario **pts, size_t n);

/* The printers below take k[0..sw->n): value i's run as reg_keep kept
 * it (for the format printed). */

/* The table: one row per value (P5, P50, P95, hard max, the share of
 * samples that keep the claim, the verdict), then where the verdict
 * changes between adjacent values.  what: the scenario swept, for the
 * heading. */
void sweep_print_table(FILE *f, const sweep *sw, const reg_entry *k,
                       const char *what);

/* One CSV row per value: input, value, then the register's figures. */
int sweep_print_csv(FILE *f, const sweep *sw, const reg_entry *k);

/* The chart of --plot PATH: P50 and the P5-P95 band against the value,
 * the claim as a horizontal line (plot.h, plot_sweep); sc: the swept
 * scenario (any value's copy: its title and units).  Returns an exit
 * status (1, with a message, when it cannot be written). */
int sweep_plot(const char *path, const sweep *sw, const reg_entry *k,
               const sl_scenario *sc);

/* {"sweep": {"input": NAME, "points": [{"value": V, then the keys of
 * that run's JSON}, ...]}}; returns an exit status. */
int sweep_print_json(FILE *f, const sweep *sw, const reg_entry *k);

#endif
