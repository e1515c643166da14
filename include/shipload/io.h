/**
 * @file
 * shipload/io.h - scenario and catalog files in, results out (JSON, CSV).
 *
 * Text returned in *out strings is allocated by the library: release it
 * with sl_free.  Files are written whole or not at all (a temporary file in
 * the same directory, then rename).
 */
#ifndef SHIPLOAD_IO_H
#define SHIPLOAD_IO_H

#include <stddef.h>
#include "export.h"
#include "status.h"
#include "catalog.h"
#include "scenario.h"
#include "estimate.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * v for people: with thousands separators ("4,800,000"), rounded to
 * `decimals` places; when sig > 0, first rounded to sig significant digits
 * (sig 3: 3,034,768 -> "3,030,000").  NaN gives "n/a", infinities "inf".
 * Writes at most size bytes including the NUL, like snprintf, and returns
 * the length the whole text needs.
 */
SL_API int sl_format_number(double v, int sig, int decimals, char *buf,
                            size_t size);

/**
 * A figure as stated, for people: grouped as sl_format_number writes it,
 * with the decimals it needs, up to 3 ("4,800,000", "1,234.5", "0.125";
 * 2/3 gives "0.667").  For a claim's total, which may be typed with a
 * fraction: rounding it to whole (1,234.5 as "1,234") would name another
 * figure than the one checked.  Since 0.1.0.  Same buffer contract as
 * sl_format_number.
 */
SL_API int sl_format_figure(double v, char *buf, size_t size);

/**
 * A share p (0 to 1) as a percentage for people, without the sign: one
 * decimal from 1 % on ("12.3" for 0.123), two significant digits below
 * it ("0.42", "0.0038"; below 1e-15 % in exponent form, "3.8e-16"), "0"
 * for 0; otherwise as sl_format_number ("n/a" for NaN).  Same buffer
 * contract as sl_format_number.
 */
SL_API int sl_format_percent(double p, char *buf, size_t size);

/**
 * An interval of shares (0 to 1) as percentages for people, without the
 * sign: "4.4 to 7.3", each end as sl_format_percent writes it, with more
 * decimals (up to 8) where both ends would print alike ("4.98 to 5.01",
 * not "5.0 to 5.0").  Same buffer contract as sl_format_number.
 */
SL_API int sl_format_percent_interval(double lo, double hi, char *buf,
                                      size_t size);

/** Release memory the library returned to the caller (the strings of the
 * writers); accepts NULL. */
SL_API void sl_free(void *p);

/** sl_result_to_json() flag: no indentation or line breaks. */
#define SL_JSON_COMPACT 1

/**
 * The result as one JSON object (the contract in DESIGN.md), keys always
 * in this order:
 *   version; scenario {title, containers, containers_qualifier,
 *   n_containers (the whole count the model runs at nominal figures: the
 *   median of containers rounded, at least 1; a number where containers
 *   is the text of its fitted form),
 *   container_types [{id, name, share}], cargo [{id, name, unit, munition, share}],
 *   fill, load_rules {...}} (shares and quantities in their text form,
 *   "rest" for the rest; load_rules {margin_length, margin_width,
 *   margin_height (mm), dunnage (kg), check_door, then each one's _range
 *   [low, high]}); options {samples (drawn), samples_requested, seed (a
 *   string above 2^63 - 1), rel_precision, max_samples (the adaptive
 *   run's target and cap, sl_options; null when not adaptive),
 *   precision_reached (true when P5, P50 and P95 reached the target and
 *   the claim's verdict is settled, false when the run stopped at
 *   max_samples short of it; null when not adaptive)}; capacity [{container, cargo, count,
 *   by_weight, by_geometry (units per container; by_geometry null for
 *   mass-equivalent cargo), binding, payload (kg), unit_gross (kg per
 *   unit as carried), min, max (sl_result_capacity_range; null when
 *   unbounded), max_found (sl_result_capacity_found)}];
 *   total {mean, sd, p05, p50, p95, min, max, max_found, max_mix,
 *   sample_min, sample_max, se_p05, se_p50, se_p95} (munitions; the
 *   fields of sl_summary); by_cargo [{cargo, then the same fields}];
 *   histogram {edges, counts} (null when there is none); sensitivity
 *   [{input, index, rank_corr}] (empty when there are no rows);
 *   sensitivity_note (sl_result_sensitivity_note: why the list is empty,
 *   or null); claim (only when one is set) {value, value_high (a
 *   range claim's high end, else null), qualifier ("between" for a
 *   range), source, date, containers, per_container, percentile,
 *   p_at_least, p_at_most, p_in_range (a range claim's share of samples
 *   inside it, else null), p_at_least_ci, p_at_most_ci, p_in_range_ci
 *   ([low, high]; p_in_range_ci null where p_in_range is), ratio_to_max
 *   (null when the hard maximum is unbounded), ratio_to_p50, verdict, needs_more_containers,
 *   needs_fewer_containers, unsettled, text, requires
 *   {min_max_gross, max_unit_gross (each the decimal with the fewest
 *   places within the solver's resolution, 1e-9 + 1e-10 |x|, of what it
 *   found: 24450.0, not 24449.9999994878), min_munition_share,
 *   min_containers}}.
 * Non-finite numbers are written as null; reals with 15 significant
 * digits; whole quantities as integers (scenario.n_containers, the
 * capacity's counts and min, max, max_found, histogram counts,
 * claim.containers, requires.min_containers).  flags: 0 (indented), or SL_JSON_COMPACT (one line).  *out must
 * be released with sl_free.  Errors: SL_EINVAL (NULL, unknown flags),
 * SL_ENOMEM.
 */
SL_API sl_status sl_result_to_json(const sl_result *res, int flags,
                                   char **out, sl_error *err);

/**
 * ---- Scenario files (JSON; every field in docs/scenario-format.md) ----
 *
 * A scenario file is one JSON object.  Fields present replace the
 * scenario's (a list given replaces the whole list); fields absent keep
 * what sc holds, so a fresh scenario keeps the defaults of scenario.h:
 *   title            string
 *   containers       number or string ("at least 10,000", "6,700 to 7,000")
 *   container_types  [{"id": string, "share": number or string}]
 *                    (share optional: 1; "rest" allowed once)
 *   cargo            [{"id": ..., "share": ...}] likewise; a list given
 *                    is whole, so its share rules (non-empty, shares
 *                    summing to 1 or one "rest", as sl_scenario_validate
 *                    checks them) are checked when it is read, at the
 *                    list's line (at the share at fault when a rule
 *                    concerns one entry: cargo[2].share)
 *   fill             number or string (a fraction: 1, "85%", "0.7 to 0.95")
 *   load_rules       {"margin_length", "margin_width", "margin_height" (mm),
 *                    "dunnage" (kg): a number >= 0, or [low, high] (an
 *                    uncertain figure, uniform over the range);
 *                    "check_door": boolean}
 *   claim            number, string ("up to 4.8 million", or a range
 *                    "300,000 to 500,000"), null (none), or
 *                    {"value": number or string, "source": string,
 *                    "date": string}
 *   samples          integer in [2, 10^9]      (into opt->samples)
 *   seed             integer >= 0, or a string of decimal digits up to
 *                    "18446744073709551615" (2^64 - 1), the form the
 *                    JSON output writes above 2^63 - 1 (into opt->seed)
 *   notes            string, for the reader; not used by the model
 *   catalog          {"containers": [...], "cargo": [...]}: entries added
 *                    to (or overriding those of) the scenario's own
 *                    catalog copy, as in a catalog file (below); applied
 *                    first, and types already listed take the new entries
 * Any other field is an error.  opt may be NULL: samples and seed are then
 * checked but not stored.  On any error sc and opt are unchanged, and err
 * names the place as where = "NAME:LINE:COLUMN: FIELD" (FIELD a path such
 * as "cargo[1].share"; omitted for syntax errors), with err->line and
 * err->column (in characters) set, and err->what saying what was
 * expected.  A UTF-8 byte-order mark at the start of the text is ignored.
 * Errors: SL_EINVAL (NULL argument), SL_EIO (missing path, a directory,
 * unreadable, larger than 16 MiB), SL_EPARSE (empty, not JSON, truncated,
 * not an object, a field of the wrong type), SL_EINVAL / SL_ERANGE /
 * SL_ENOTFOUND (a value the scenario setters reject), SL_ENOMEM.
 */
SL_API sl_status sl_scenario_load_file(sl_scenario *sc, sl_options *opt,
                                       const char *path, sl_error *err);
/** The same from text in memory; name labels it in errors (NULL:
 * "<string>"). */
SL_API sl_status sl_scenario_load_string(sl_scenario *sc, sl_options *opt,
                                         const char *text, const char *name,
                                         sl_error *err);

/**
 * ---- Catalog files (JSON; docs/catalog-format.md) ----
 *
 * {"containers": [CONTAINER...], "cargo": [CARGO...]}: each entry adds
 * to cat, or overrides the entry with the same id.  An entry whose id is
 * already in cat starts from that entry, and "like": "ID" starts from
 * another; the fields given replace the starting entry's.  A figure is
 * {"value": number, "conf": "V"|"V2"|"D"|"EST", "source": string,
 * "range": dist text} (range required for EST, optional otherwise; the
 * value must lie inside it).  An entry that starts from nothing (an id
 * not in cat, no "like") must give every figure, and every package its
 * length, width, height and gross: one left out is SL_EPARSE, placed at
 * it and said "missing".  A string longer than its field (a source
 * of SL_SOURCE_MAX bytes or more, a name, a unit) is SL_ERANGE, not cut.  Every entry is checked (sl_container_check,
 * sl_cargo_check) before any is stored: on any error but SL_ENOMEM cat is
 * unchanged.  Errors are placed as for scenario files.
 */
SL_API sl_status sl_catalog_load_file(sl_catalog *cat, const char *path,
                                      sl_error *err);
/** The same from text in memory; name labels it in errors (NULL:
 * "<string>"). */
SL_API sl_status sl_catalog_load_string(sl_catalog *cat, const char *text,
                                        const char *name, sl_error *err);

/**
 * The catalog as a catalog file (docs/catalog-format.md) that loads back
 * to the same entries: {"notes", "containers" [every container with every
 * field: id, name, length, width, height, door_width, door_height, tare,
 * max_gross], "cargo" [every cargo: id, name, unit, kind, munition,
 * unit_mass, and for packaged cargo packages [{name, units, length, width,
 * height, gross, vertical, max_stack}]]}, entries in catalog order.  A
 * figure is {value, conf, source} and its range when it is uncertain.
 * Numbers are written with the fewest digits (15 to 17) that give every
 * one back exactly, whole ones as integers.  Loaded into an empty catalog
 * (sl_catalog_alloc) it gives every entry back; a figure with an empty
 * source, which no file can carry, is written as it is and the loader
 * rejects it.  flags: 0 (indented) or SL_JSON_COMPACT.  *out must be
 * released with sl_free.  Errors: SL_EINVAL (NULL, unknown flags),
 * SL_ENOMEM.
 */
SL_API sl_status sl_catalog_to_json(const sl_catalog *cat, int flags,
                                    char **out, sl_error *err);

/**
 * The scenario as a scenario file (docs/scenario-format.md) that loads
 * back, into a scenario of any catalog, to the same run: notes, title,
 * containers (with its qualifier: "at least 10000"), container_types and
 * cargo [{id, share}], fill, load_rules (a number when exact, [low,
 * high] when the nominal figure is the middle of its range, else
 * {"value": nominal, "range": [low, high]}), claim ({value, source,
 * date}, or null; a range claim's value as "LOW to HIGH"), samples and
 * seed (from opt; left out when opt is NULL; a seed above 2^63 - 1 as a
 * string), and catalog {containers, cargo}: every entry the scenario
 * uses, with every field as sl_catalog_to_json writes it, so the file
 * carries its own figures and sources.  Numbers are written with the
 * fewest digits (15 to 17) that give every one back, so the file loads
 * back to the same scenario, every load rule's nominal figure included.
 * flags: 0 (indented) or SL_JSON_COMPACT.  *out must be released with
 * sl_free.  Errors: SL_EINVAL (NULL, unknown flags),
 * SL_ENOMEM.
 */
SL_API sl_status sl_scenario_to_json(const sl_scenario *sc,
                                     const sl_options *opt, int flags,
                                     char **out, sl_error *err);

/**
 * ---- Files written whole or not at all ----
 *
 * Write len bytes of data to path: into a temporary file in the same
 * directory, flushed, then renamed over path.  A symbolic link is written
 * through: the file it names is replaced and the link stays.  A file
 * replaced keeps its permission bits (and its owner and group where the
 * process may set them); a new file gets 0666 less the umask, as open()
 * gives it.  On any
 * error nothing is left behind (the temporary file is removed) and an
 * existing file at path is unchanged.  Errors: SL_EINVAL (NULL), SL_EIO
 * (with the system's reason: missing directory, no permission, disk full;
 * or an empty path, a link to a missing file, or a path that names no
 * regular file, such as /dev/null, a pipe or a directory, which a rename
 * would replace: its node is left as it is).
 */
SL_API sl_status sl_write_file(const char *path, const void *data,
                               size_t len, sl_error *err);

/**
 * The summary as CSV (RFC 4180 quoting, lines ending in "\n"):
 * a header line
 *   quantity,mean,sd,p05,p50,p95,sample_min,sample_max,min,max,max_found,
 *   max_mix
 * then one row "total" and one row per cargo type "cargo:ID", numbers in
 * %.15g ("" for non-finite figures), then a blank line and the capacity
 * table:
 *   container,cargo,count,by_weight,by_geometry,binding,payload_kg,
 *   unit_gross_kg,min,max,max_found
 * *out must be released with sl_free.  Errors: SL_EINVAL, SL_ENOMEM.
 */
SL_API sl_status sl_result_to_csv(const sl_result *res, char **out,
                                  sl_error *err);

/**
 * The total of every sample, one per line (%.17g), after a header of
 * "# " comment lines that make the file an audit trail: the library
 * version, samples and seed, the scenario (title, container count with
 * qualifier, container and cargo types with shares, fill, load rules,
 * claim with source and date) and the source and confidence of every
 * catalog figure the scenario uses; then the column name "total".
 * Written atomically (sl_write_file).  Errors: SL_EINVAL (NULL), SL_ESTATE
 * (samples not kept: opt.keep_samples was 0), SL_EIO, SL_ENOMEM.
 */
SL_API sl_status sl_result_write_samples(const sl_result *res,
                                         const char *path, sl_error *err);

#ifdef __cplusplus
}
#endif

#endif /* SHIPLOAD_IO_H */
