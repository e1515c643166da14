/*
 * examples/cli_io.h - shipload-estimate's catalog and file options:
 * --catalog, --list, --csv, --samples-out, --plot, --plot-sensitivity,
 * --scenario-out, and
 * the progress bar that --quiet turns off.  Functions that can fail print
 * one line on stderr and return an exit status (2 bad input, 1 other).
 */
#ifndef SHIPLOAD_CLI_IO_H
#define SHIPLOAD_CLI_IO_H

#include <stdio.h>
#include <shipload/shipload.h>

/* Files to write after a run (NULL: not asked for). */
typedef struct cli_outputs {
    const char *samples_out;
    const char *plot;
    const char *plot_sensitivity;
    const char *scenario_out;
} cli_outputs;

/* Load catalog files into cat, in order; 0 or an exit status (the error,
 * "--catalog FILE…: what", on stderr). */
int cli_load_catalogs(sl_catalog *cat, const char *const *files, size_t n);

/* Print every container and cargo type with its key figures. */
void cli_list_catalog(FILE *f, const sl_catalog *cat);

/* Print the result as CSV (sl_result_to_csv), then a blank line and the
 * run with its claim check in the register's columns ("file,title," and
 * REG_CSV_FIGURES; file: the scenario file, or NULL for none); 0 or an
 * exit status. */
int cli_print_csv(FILE *f, const sl_result *res, const char *file);

/* Before the run: each output file can be created where sl_write_file
 * will create it (its directory exists and is writable), is not a
 * directory, and no two outputs name one file ("x" and "./x" do); 0 or
 * an exit status (with a message naming the flag).  So a bad path costs no
 * run and leaves no other output file written. */
int cli_check_outputs(const cli_outputs *o);

/* Write the files asked for; 0 or an exit status. */
int cli_write_outputs(const sl_result *res, const cli_outputs *o);

/* The progress bar: shown on stderr only when stderr is a terminal, not
 * quiet, and a run has lasted more than a second (or from the start, on
 * any stderr, when forced). */
typedef struct cli_progress {
    int enabled;
    int shown;
    double start; /* seconds, monotonic */
    double delay; /* seconds before the bar shows */
    int part, parts; /* run `part` of `parts` (one bar over several runs) */
} cli_progress;

/* Set up p and hook it into opt (progress callback); one run (set
 * p->parts and p->part for a bar across several).  force: show it from
 * the start even when stderr is not a terminal (quiet still wins). */
void cli_progress_attach(cli_progress *p, sl_options *opt, int quiet,
                         int force);

/* In place of the bar, a line of text (a run count, say, where the
 * number of runs is not known ahead), under the same conditions; cut to
 * fit the line that cli_progress_done erases. */
void cli_progress_note(cli_progress *p, const char *text);

/* Erase the bar if it was drawn. */
void cli_progress_done(cli_progress *p);

#endif
