/*
 * examples/plot.h - charts of a shipload result for the estimator CLI
 * (cairo).  The format follows the file name: ".png" (raster, 1800 x 1100
 * pixels) or ".svg" (vector, 900 x 550 points); anything else is an error.
 * Files are written whole or not at all (sl_write_file).
 *
 * Each function returns 0 on success, or -1 with a one-line reason in msg
 * (msgsize bytes, NUL-terminated).
 */
#ifndef SHIPLOAD_EXAMPLES_PLOT_H
#define SHIPLOAD_EXAMPLES_PLOT_H

#include <stddef.h>
#include <stdint.h>
#include <cairo.h>
#include "shipload/shipload.h"

/* Draws a chart of ctx on cr. */
typedef void (*plot_draw_fn)(cairo_t *cr, const void *ctx);

/*
 * Draw with fn(cr, ctx) on a width x height canvas (points; a PNG has
 * png_scale pixels a point) in the format the extension of path names,
 * then write path whole or not at all (also used by shipload-pack).
 */
int plot_render(const char *path, double width, double height,
                double png_scale, plot_draw_fn fn, const void *ctx,
                char *msg, size_t msgsize);

/*
 * The distribution of the total: a histogram of the samples (bars: share
 * of samples per bin, left axis), the cumulative share (curve, right axis),
 * the P5-P95 band shaded with P5, P50 and P95 labelled, and the claim (if
 * the scenario has one) as a labelled vertical line with its percentile; a
 * claim far off the scale is shown as an arrow at the edge.  Axis labels
 * use thousands separators and name the unit ("shells", "rounds", or
 * "munitions" when the cargo types count different units).
 */
int plot_distribution(const sl_result *res, const char *path, char *msg,
                      size_t msgsize);

/*
 * A tornado chart of the sensitivity list: one horizontal bar per uncertain
 * input (largest first), its length the Spearman rank correlation with the
 * total (-1 to 1), labelled with the correlation and the first-order
 * variance share.
 */
int plot_sensitivity(const sl_result *res, const char *path, char *msg,
                     size_t msgsize);

/* A sweep for plot_sweep: n runs of one scenario, run i at value x[i]
 * of the input named xlabel ("containers", "fill", "share of
 * 152mm-round"), given by their totals (not their results: a sweep keeps
 * no run's samples). */
typedef struct plot_sweep_data {
    size_t n;
    const double *x;
    const sl_summary *total;     /* n: run i's total (sl_result_total) */
    const sl_scenario *sc;       /* the runs' scenario (any run's): its
                                    title and its cargo's unit */
    const sl_claim_check *claim; /* the first run's claim check; NULL for
                                    none */
    size_t samples;              /* the first run's samples and seed */
    uint64_t seed;
    const char *xlabel;
    const char *title; /* NULL: the scenario's title */
} plot_sweep_data;

/*
 * How the total moves with the swept input: the P5-P95 band shaded and the
 * P50 line (a dot at each value) against the value, in the order of the
 * values; the claim (if any) as a labelled horizontal line (a range claim:
 * its two ends and the span between them tinted), arrowed at the edge when
 * far off the scale.
 */
int plot_sweep(const plot_sweep_data *d, const char *path, char *msg,
               size_t msgsize);

/* A grid for plot_grid: rows x cols runs, the first input down the rows
 * (row 0 at the top, as the text grid prints it), the second across. */
typedef struct plot_grid_data {
    size_t rows, cols;
    const double *p;          /* rows x cols, row by row: the share of
                                 samples that keep the claim, 0 to 1 */
    const int *verdict;       /* rows x cols: each cell's sl_verdict */
    const char *const *row_text, *const *col_text; /* the values as text */
    const char *row_label, *col_label; /* the inputs */
    const char *title, *sub;
} plot_grid_data;

/*
 * The assumption map: one cell per run, filled with the colour of its
 * share p (plot_grid_colour; the colour scale at the right) and labelled
 * with it and its verdict's letter when the cell has room; a thick dark
 * line on each cell border where the verdict changes; the values along
 * the left and bottom edges (every k-th when they would touch), named by
 * the inputs.  At most 2,500 cells.
 */
int plot_grid(const plot_grid_data *d, const char *path, char *msg,
              size_t msgsize);

/* The colour of share p (clamped to 0..1) in the map: pale at 0, dark
 * blue at 1, darker as p rises; RGB in [0, 1]. */
void plot_grid_colour(double p, double rgb[3]);

/* Cell (i, j) of the map on the canvas (points): x, y (top left), width
 * and height into box[0..4).  It depends only on the grid's size. */
void plot_grid_cell(const plot_grid_data *d, size_t i, size_t j,
                    double box[4]);

/* The letter of a verdict in the map's and the text grid's cells: C
 * consistent, E conservative (easily met), I implausible, X impossible,
 * L too low. */
const char *plot_verdict_letter(int verdict);

#endif /* SHIPLOAD_EXAMPLES_PLOT_H */
