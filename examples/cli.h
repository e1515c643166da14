/* examples/cli.h - helpers of the shipload-estimate command line. */
#ifndef SHIPLOAD_CLI_H
#define SHIPLOAD_CLI_H

#include <stdarg.h>
#include <stdio.h>
#include <jansson.h>
#include <shipload/shipload.h>

/* Print a library error on stderr as "shipload-estimate: FLAG (WHERE):
 * WHAT" (just WHERE when flag is NULL or names the same place) and return
 * the exit status: 1 for out of memory, I/O and non-convergence, else 2
 * (bad input). */
int cli_lib_error(const char *flag, const sl_error *e);

/* Print "shipload-estimate: FLAG: MESSAGE" (MESSAGE from fmt and ap) on
 * stderr and return 2 (bad input). */
int cli_bad(const char *flag, const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 0)))
#endif
    ;

/* 1 if flag is one of shipload-estimate's options without a value. */
int cli_is_flag(const char *flag);

/* 1 if flag takes a value. */
int cli_is_valued(const char *flag);

/* The terminal columns the first n bytes of s (or up to its NUL) take:
 * one a character, two for a wide one (Hangul, CJK), none for a combining
 * mark (wcwidth under C.UTF-8; one a character where this system lacks
 * that locale).  Counting bytes wrapped a Cyrillic title at half the width
 * and misaligned a register row; counting characters set a Korean label
 * off by one column a character. */
size_t cli_columns(const char *s, size_t n);

/* The columns of the longest start of s[0..n) that takes at most k
 * columns and ends on a whole character; its bytes into *bytes (if not
 * NULL). */
size_t cli_cut(const char *s, size_t n, size_t k, size_t *bytes);

/* v rounded with thousands separators ("4,800,000"); "unbounded" for inf. */
const char *cli_group(double v, char *buf, size_t n);
/* A claim's figure per container in prose: one decimal (182.4), none when
 * whole (480), 2 significant digits below 0.05. */
void cli_per_text(double v, char *buf, size_t n);

/* The same, rounded to 3 significant digits first (for ranges). */
const char *cli_sig3(double v, char *buf, size_t n);
/* The same rounded up, for an upper bound: a hard maximum of 4,714,710
 * shown as 4,710,000 sat below a claim of 4,712,000 that samples reach. */
const char *cli_sig3_up(double v, char *buf, size_t n);

/* Print text wrapped at 78 columns, each line prefixed; tag first. */
void cli_wrap(FILE *f, const char *prefix, const char *tag, const char *text);

/* A package's stacking limit as text: "8", "8-10" for a range, "none"
 * for 0; returns buf. */
const char *cli_stack_text(const sl_package *p, char *buf, size_t n);

/* The scenario's container count as stated: its qualifier and quantity
 * ("at least 10,000", "6,700 to 7,000 (90 %, lognormal)"); "-" when none
 * is set.  Returns buf. */
const char *cli_containers_text(const sl_scenario *sc, char *buf, size_t n);

/* The whole container count the model runs at nominal figures: the
 * median of the stated count rounded to the nearest whole number, never
 * below 1 (as the model rounds it, and as a claim check's "containers"
 * gives it); NAN when none is set. */
double cli_model_count(const sl_scenario *sc);

/* A checked claim as stated: "up to 4,800,000", "4,800,000" (exact),
 * "300,000 to 500,000" (a range).  Returns buf. */
const char *cli_claim_text(const sl_claim_check *cc, char *buf, size_t n);

/* A share for a table's column: "12.3%"; "0%" when no sample is on the
 * claim's side, "<0.1%" and ">99.9%" where one decimal would read 0.0 or
 * 100.0 for a share that is not.  Returns buf. */
const char *cli_share_cell(double p, char *buf, size_t n);

/* The mark after a verdict in a table: "+" when the claim holds only
 * with a container count other than the stated one, which the count's
 * qualifier admits (needs_more_containers: more for "at least" or "about";
 * needs_fewer_containers: fewer for "about" or "at most"); "*"
 * when more samples could change the verdict (unsettled); else "". */
const char *cli_verdict_mark(const sl_claim_check *cc);

/* The footnote of a table with "+" verdicts. */
void cli_print_count_note(FILE *f);

/* The footnote of a table whose starred verdicts more samples could
 * change. */
void cli_print_unsettled_note(FILE *f);

/* Tables of a result. */
void cli_print_capacity(FILE *f, const sl_result *res);
void cli_print_sensitivity(FILE *f, const sl_result *res, size_t most);
void cli_print_single(FILE *f, const sl_result *res);

/* Why a hard maximum reads "unbounded", and how to give hard ends. */
void cli_print_unbounded_note(FILE *f);

/* The assumptions that decide the answer (container ratings and tares,
 * each packaged munition's boxes, the load rules), from the scenario's
 * own catalog entries, after a blank line. */
void cli_print_assumptions(FILE *f, const sl_scenario *sc);

/* 1 when --precision REL was given and the standard errors of P5, P50 or
 * P95 did not come below REL of their values (the run stopped at its
 * cap), else 0. */
int cli_precision_missed(const sl_result *res);

/* The samples a --precision target would need, for its line: "about
 * 27,600,000" grouped below 10^15, "about 2.76e+38" from there (grouped,
 * the figure ran past the buffer and printed cut digits), and a count past
 * a double's range said so, not as "inf"; into buf (size n). */
const char *cli_samples_needed_text(double need, char *buf, size_t n);

/* With --precision REL: into buf (size n), the standard errors of P5,
 * P50 and P95 and whether the target was reached, with how many samples;
 * NULL (buf untouched) without --precision. */
const char *cli_precision_text(const sl_result *res, char *buf, size_t n);

/* The result as a JSON value (new reference), or NULL with a message on
 * stderr. */
json_t *cli_result_json(const sl_result *res);

/* Print root as indented JSON (keys in order, reals to 15 significant
 * digits, as the library writes them) and a newline; returns an exit
 * status. */
int cli_dump_json(FILE *f, const json_t *root);

/* Append {key: value, then the keys of obj (a run's JSON object,
 * cli_result_json; not taken)} to the JSON array list; value is a new
 * reference, taken (freed on failure).  0, or 1 with a message on stderr
 * (obj NULL: out of memory, as its keeper failed). */
int cli_append_keyed(json_t *list, const char *key, json_t *value,
                     json_t *obj);

/* A CSV text field, quoted (with doubled quotes) when it needs to be,
 * after a comma unless first. */
void cli_csv_text(FILE *f, const char *s, int first);

/* A CSV number after a comma: %.15g, empty when not finite. */
void cli_csv_num(FILE *f, double v);

/* Print the result as JSON; returns an exit status. */
int cli_print_json(FILE *f, const sl_result *res);

/* Load a scenario file into sc and opt; returns 0 or an exit status
 * (2 for bad input, with the message printed). */
int cli_load_scenario(const char *path, sl_scenario *sc, sl_options *opt,
                      sl_error *e);

#endif
