/*
 * examples/register.h - shipload-estimate's claims register: several
 * scenario files, each run alone with the same run options, side by side
 * in one table, CSV or JSON (docs/shipload-estimate.1, "Several files").
 * Printing only: the runs are the caller's.
 */
#ifndef SHIPLOAD_REGISTER_H
#define SHIPLOAD_REGISTER_H

#include <stdio.h>
#include <shipload/shipload.h>

/* One row of the register: a scenario file as given and its result. */
typedef struct reg_entry {
    const char *file;
    sl_result *res;
} reg_entry;

/* The comparison table (one row per file, each with what it states), a
 * legend line per row (the file, its title, the claim's source), and each
 * file's verdict text as a run of that file alone prints it. */
void reg_print_table(FILE *f, const reg_entry *e, size_t n);

/* The comparison table as CSV: a header line, then one row per file
 * (RFC 4180 quoting, numbers in %.15g, "" where a figure does not exist);
 * returns an exit status. */
int reg_print_csv(FILE *f, const reg_entry *e, size_t n);

/* {"scenarios": [{"file": FILE, then the keys of that file's single-run
 * JSON}, ...]}; returns an exit status. */
int reg_print_json(FILE *f, const reg_entry *e, size_t n);

#endif
