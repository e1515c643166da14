/*
 * examples/grid.h - shipload-estimate with two --sweep flags: the
 * assumption map.  Every pair of values (a, b) of the two inputs runs
 * once, every run with the same seed and sample count (common random
 * numbers: the cells differ by the inputs, not by Monte Carlo noise), and
 * the grid is printed with the first input down the rows and the second
 * across the columns, as CSV, JSON or a heatmap (docs/shipload-estimate.1,
 * "Two inputs at once").  A run is kept only as what the output needs
 * (reg_keep: a row's figures, its JSON object or CSV fields), so memory
 * does not grow with the samples.  Functions that can fail print one line on
 * stderr and return an exit status (2 bad input, 1 other).
 */
#ifndef SHIPLOAD_GRID_H
#define SHIPLOAD_GRID_H

#include <stdio.h>
#include <jansson.h>
#include <shipload/shipload.h>
#include "register.h"
#include "sweep.h"

#define GRID_MAX 200 /* points in one grid: each is a full run */

/* A grid: rows in[0], columns in[1]. */
typedef struct grid {
    sweep *in[2];
    size_t n;        /* in[0]->n x in[1]->n points */
    reg_entry *pt;   /* point (i, j) at i x in[1]->n + j: what the output
                        needs of its run */
    reg_format format;
} grid;

/* Refuse a grid of a and b (as given: flag texts ta, tb) that is the same
 * input twice or has more than GRID_MAX points; 0 or 2 with a message. */
int grid_check(const sweep *a, const sweep *b, const char *ta,
               const char *tb);

/* Set g up for rows a and columns b, printed as format. */
void grid_init(grid *g, sweep *a, sweep *b, reg_format format);

/* One copy of base per point into *pts (allocated, g->n entries, point
 * order), each with both inputs set and validated, before any run: a
 * pair the scenario refuses is bad input, named with its row and column.
 * need_claim: refuse a scenario without a claim (the chart maps the
 * share that keeps it).  On error nothing is left allocated.  0 or an
 * exit status. */
int grid_build(const sl_scenario *base, grid *g, int need_claim,
               sl_scenario ***pts);

/* Keep of res what g's output needs, as point i (reg_keep); 0 or 1 (out
 * of memory, with a message). */
int grid_take(grid *g, size_t i, const sl_result *res);

/* Free what g holds (not its sweeps). */
void grid_free(grid *g);

/* The text grid: a heading (what: the scenario), the cells (the share of
 * samples that keep the claim and a verdict letter; without a claim, the
 * P50), in blocks of columns that fit 78 columns, the legend, then where
 * the verdict turns along each row and down each column. */
void grid_print_table(FILE *f, const grid *g, const char *what);

/* A header and one CSV row per point: both inputs and values, then the
 * register's figures; an exit status. */
int grid_print_csv(FILE *f, const grid *g);

/* {"sweep": {"inputs": [A, B], "points": [{"values": [X, Y], then the
 * keys of that run's JSON}, ...]}}, points row by row; an exit status. */
int grid_print_json(FILE *f, const grid *g);

/* The heatmap of --plot PATH (plot.h, plot_grid); an exit status. */
int grid_plot(const char *path, const grid *g, const char *what);

#endif
