/*
 * examples/register.h - shipload-estimate's claims register: several
 * scenario files, each run alone with the same run options, side by side
 * in one table, CSV or JSON (docs/shipload-estimate.1, "Several files").
 * Printing only: the runs are the caller's.  A run is kept only as what
 * the output needs (reg_keep: its row's figures, its JSON object or CSV
 * fields), so memory does not grow with the samples times the runs; the
 * sweeps and grids (sweep.h, grid.h) keep theirs the same way.
 */
#ifndef SHIPLOAD_REGISTER_H
#define SHIPLOAD_REGISTER_H

#include <stdint.h>
#include <stdio.h>
#include <jansson.h>
#include <shipload/shipload.h>

#define REG_LABEL_MAX 24 /* longer labels are cut, with "..." */

/* The cells of a row: per cont. P50, P5, P50, P95, hard max, share. */
enum { REG_PER, REG_P05, REG_P50, REG_P95, REG_MAX, REG_SHARE, REG_NCELLS };

/* What one row of a result shows, as text, and the figures behind it. */
typedef struct reg_row {
    char label[4 * REG_LABEL_MAX + 1]; /* the file's short name, at most
                                          REG_LABEL_MAX terminal columns of
                                          UTF-8; "" for none */
    char containers[160]; /* as stated: "at least 10,000" */
    char claim[80];       /* as stated: "up to 4,800,000"; "" for none */
    char cell[REG_NCELLS][40]; /* "-" for the share without a claim */
    sl_summary s;
    sl_claim_check cc;
    int has_claim;
    sl_qualifier count;   /* the count's qualifier ("at least") */
    int one;              /* exactly one container: "1 container" */
    double n;             /* the containers the figures are per */
} reg_row;

/* What the output needs of one run (reg_keep), kept in place of its
 * result, which holds every sample: a register's row, a sweep's value or
 * a grid's point. */
typedef struct reg_entry {
    const char *file; /* the scenario file as given; NULL for a sweep's or
                         a grid's run */
    reg_row r;        /* the figures and the claim check */
    json_t *json;     /* REG_OUT_JSON: the run's JSON object, else NULL */
    char *csv;        /* REG_OUT_CSV: its figures as CSV fields and a
                         newline (reg_csv_figures), else NULL */
    char *title;      /* its scenario's title ("" for none) */
    char *source;     /* the claim's source and date; NULL for none */
    char *date;
    char note[512];   /* its --precision text, "" for none */
    int missed;       /* --precision was not reached */
    size_t samples;
    uint64_t seed;
} reg_entry;

/* The output the runs are kept for: what of them reg_keep keeps. */
typedef enum reg_format { REG_OUT_TEXT, REG_OUT_CSV, REG_OUT_JSON } reg_format;

/* Keep of res what an output in format fmt needs into *k (file: the
 * scenario file, for the label and the output; may be NULL); res can
 * then be freed.  0, or 1 with a message on stderr (out of memory; what
 * k holds is then for reg_entry_free). */
int reg_keep(reg_entry *k, const sl_result *res, const char *file,
             reg_format fmt);

/* Free what k holds (not k); k may be zeroed or half kept. */
void reg_entry_free(reg_entry *k);

/* The share of samples that keep claim cc: P(total >= value), P(total
 * <= value) for "at most", P(in the range) for a range. */
double reg_claim_share(const sl_claim_check *cc);

/* The rows of e[0..n) as one array (allocated), or NULL (message
 * printed) when out of memory. */
reg_row *reg_rows(const reg_entry *e, size_t n);

/* Fill r from res (file: the scenario file, for the label; may be NULL). */
void reg_fill_row(reg_row *r, const sl_result *res, const char *file);

/* The heading of the share column of rows r[0..n): "P(>=)", "P(<=)" or
 * "P(in)" when every claim is of one kind, else "P(claim)" (*mixed 1). */
const char *reg_share_column(const reg_row *r, size_t n, int *mixed);

/* The footnotes of the verdict marks of rows r[0..n) (cli_verdict_mark):
 * "+" (a count the stated one admits), "*" (unsettled), when any has it. */
void reg_print_mark_notes(FILE *f, const reg_row *r, size_t n);

/* The CSV columns of reg_csv_figures, without a newline. */
#define REG_CSV_FIGURES                                                     \
    "containers,n_containers,claim,claim_value,claim_high,source,date,"    \
    "samples,seed,per_container_p50,p05,p50,p95,min,max,p_at_least,"       \
    "p_at_most,p_in_range,verdict,unsettled,needs_more_containers,"        \
    "needs_fewer_containers,rel_precision,precision_reached"

/* The figures of row r (of result res) as CSV fields, each after a comma
 * (RFC 4180 quoting, numbers in %.15g, "" where a figure does not exist),
 * and a newline. */
void reg_csv_figures(FILE *f, const reg_row *r, const sl_result *res);

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
