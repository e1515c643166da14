/**
 * @file
 * shipload/scenario.h - what was observed and what is assumed.
 *
 * A scenario holds:
 *   - the container count N (a number or an uncertain quantity) with the
 *     qualifier of the statement ("at least 10,000");
 *   - container types with shares (the share of containers of each type);
 *   - cargo types with shares (the share of containers carrying each);
 *   - the fill of each container (a fraction of its capacity, varying from
 *     container to container);
 *   - loading rules (bracing margins, dunnage);
 *   - optionally a claim to check, with its qualifier, source and date.
 *
 * Shares are uncertain quantities in [0, 1].  At most one share per list
 * may be "rest": 1 minus the others, drawn per sample.  Without "rest",
 * fixed shares must sum to 1 (within 1e-9) and uncertain ones are not
 * allowed.  With "rest", the others' upper ends must sum to at most 1.
 *
 * Defaults when nothing is set (the contract of the CLI):
 *   containers: none (sl_estimate fails with SL_ESTATE until set)
 *   container types: iso-20-24t with share uniform(0, 1) and iso-20 with
 *     share "rest": the 20 ft rating is unknown between 24,000 kg and
 *     30,480 kg gross (no source says which share; uniform is the
 *     maximum-ignorance choice, see docs/method.md)
 *   cargo: 152mm-shell-mass-equiv with share 1
 *   fill: 1 (every container full)
 *   load rules: sl_load_rules_init
 *
 * Which uncertainty is which (DESIGN.md): N, the shares, and every catalog
 * figure are epistemic (drawn once per Monte Carlo sample, shared by all
 * containers); the fill of each container and which cell (type, cargo) it
 * falls in are aleatory (drawn per container, aggregated).
 */
#ifndef SHIPLOAD_SCENARIO_H
#define SHIPLOAD_SCENARIO_H

#include <stddef.h>
#include "export.h"
#include "status.h"
#include "dist.h"
#include "catalog.h"
#include "pack.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Largest container count accepted (the multinomial works on unsigned
 * 32-bit counts). */
#define SL_CONTAINERS_MAX 1000000000.0

/** Most container types, and most cargo types, one scenario lists (the
 * estimate's tables are sized by it). */
#define SL_SCENARIO_TYPES_MAX 64

/** The qualifier attached to a stated number. */
typedef enum sl_qualifier {
    SL_QUAL_EXACT = 0,  /**< "10,000" */
    SL_QUAL_ABOUT,      /**< "about 10,000" */
    SL_QUAL_AT_LEAST,   /**< "at least", "more than" */
    SL_QUAL_AT_MOST,    /**< "at most", "<=": for a claim, an upper bound
                             on the total (docs/method.md §3: impossible
                             only below the hard minimum) */
    SL_QUAL_UP_TO,      /**< "up to", "could contain up to": a capacity
                             ceiling, checked as an exact claim is except
                             that a low X is conservative, not too low */
    SL_QUAL_RANGE       /**< a claim stated as a range, "300,000 to
                             500,000" or "between 300,000 and 500,000":
                             it holds if the total lies anywhere in it
                             (docs/method.md §3).  Claims only: never
                             from sl_qualifier_parse(), and no qualifier
                             for a container count */
} sl_qualifier;

/** "exact", "about", "at least", "at most", "up to", "between" (a range
 * claim): a static string, never NULL ("?" for unknown values). */
SL_API const char *sl_qualifier_name(sl_qualifier q);

/**
 * Parse a leading qualifier from text: "at least", "more than", "over",
 * "about", "around", "approximately", "~", "up to", "could contain up to",
 * "could contain" (up to), "at most", ">=", "<=".
 * *rest points past it and past blanks.  Without one: SL_QUAL_EXACT.
 */
SL_API sl_qualifier sl_qualifier_parse(const char *text, const char **rest);

/** What was observed and what is assumed (opaque; owned by the caller,
 * released with sl_scenario_free()). */
typedef struct sl_scenario sl_scenario;

/** A new scenario with the defaults above in *out, owned by the caller
 * (sl_scenario_free()).  It keeps its own copy of every catalog entry it
 * uses (the catalog may be freed afterwards).
 * A catalog that lacks the default ids leaves that default list empty
 * (sl_scenario_validate then asks for types).
 * Errors: SL_EINVAL (out or cat NULL), SL_ENOMEM. */
SL_API sl_status sl_scenario_alloc(const sl_catalog *cat, sl_scenario **out,
                                   sl_error *err);
/** Free a scenario and everything it owns; accepts NULL. */
SL_API void sl_scenario_free(sl_scenario *sc);

/** A deep copy of sc in *out, owned by the caller (sl_scenario_free()).
 * Errors: SL_EINVAL (NULL), SL_ENOMEM. */
SL_API sl_status sl_scenario_copy(const sl_scenario *sc, sl_scenario **out,
                                  sl_error *err);

/**
 * The container count from text: an optional qualifier, then a number
 * ("10000", "10,000" with thousands separators, "10k" with the scale
 * words of sl_scenario_set_claim()) or any sl_dist form ("6700 to 7000",
 * "6.7k to 7k"), optionally followed by "+" ("20,000+": at least) and
 * the word "containers".  The count is rounded to a whole number per
 * sample, and is at least 1 (a lognormal "a to b" reaches 0 only at its
 * lower end, which the draws and the hard minimum take as 1).
 * For "at least N" the count is taken as N (the smallest count consistent
 * with the statement; more containers only raise the totals) and the
 * claim check reports how many containers a claim needs; "about N" is
 * taken as N, read as rounded to its second significant digit (10,000
 * stands for 9,500 to 10,500) by the claim check (estimate.h,
 * needs_more_containers, needs_fewer_containers); "at most N" (and "up
 * to N") is taken as
 * N, and the claim check reads it as admitting any count from 1 to N
 * (needs_fewer_containers), none above.
 * Errors: SL_EPARSE (also a number written as 1 to 3 digits, a point and
 * exactly 3 digits with no scale word after it, "10.000": ambiguous where a
 * point separates thousands), SL_EINVAL (a qualifier before a range, "at least
 * 9,000 to 10,000"), SL_ERANGE (below 1 or above SL_CONTAINERS_MAX).
 */
SL_API sl_status sl_scenario_set_containers(sl_scenario *sc, const char *text,
                                            sl_error *err);
/** The container count as a distribution (copied) with its qualifier; the
 * same checks and errors as sl_scenario_set_containers(), and SL_EINVAL for
 * NULL, an unknown qualifier, or a qualifier other than SL_QUAL_EXACT with
 * a distribution that is not a constant (a qualifier goes with one count:
 * a range already says how uncertain the count is). */
SL_API sl_status sl_scenario_set_container_count(sl_scenario *sc,
                                                 const sl_dist *n,
                                                 sl_qualifier q,
                                                 sl_error *err);

/** Drop all container types (before adding new ones); NULL is ignored. */
SL_API void sl_scenario_clear_container_types(sl_scenario *sc);
/** Add a container type by catalog id with a share ("1", "0.3", "rest",
 * "0.2 to 0.5", any dist form; NULL means "1").  Adding an id twice is an
 * error.  Errors: SL_EINVAL (NULL, an id already listed), SL_ENOTFOUND
 * (id), SL_EPARSE/SL_EINVAL (share), SL_ERANGE (the list holds
 * SL_SCENARIO_TYPES_MAX types already; where "container_types[64]"). */
SL_API sl_status sl_scenario_add_container_type(sl_scenario *sc,
                                                const char *id,
                                                const char *share,
                                                sl_error *err);

/** Drop all cargo types (before adding new ones); NULL is ignored. */
SL_API void sl_scenario_clear_cargo_types(sl_scenario *sc);
/** Add a cargo type by catalog id with a share of the containers, as
 * sl_scenario_add_container_type() does for container types. */
SL_API sl_status sl_scenario_add_cargo_type(sl_scenario *sc, const char *id,
                                            const char *share, sl_error *err);

/**
 * Change the share of a container type already in the list, by id: share
 * is text as for sl_scenario_add_container_type() ("0.3", "rest", "0.2 to
 * 0.5"; NULL means "1").  Only that entry changes: the other shares are
 * not rescaled (a caller that keeps fixed shares summing to 1 sets each),
 * and the share-sum rules are checked by sl_scenario_validate().  "rest"
 * is refused while another entry of the list is rest.  On error the
 * scenario is unchanged.  Errors: SL_EINVAL (NULL, a second rest),
 * SL_ENOTFOUND (id not in the list; where "container_types"),
 * SL_EPARSE/SL_EINVAL (share; where "container_types[i].share").
 */
SL_API sl_status sl_scenario_set_container_share(sl_scenario *sc,
                                                 const char *id,
                                                 const char *share,
                                                 sl_error *err);
/** The same for a cargo type already in the list (where "cargo",
 * "cargo[i].share"). */
SL_API sl_status sl_scenario_set_cargo_share(sl_scenario *sc, const char *id,
                                             const char *share,
                                             sl_error *err);

/** Fill of each container, a fraction in [0, 1] (any dist form, "80%"). */
SL_API sl_status sl_scenario_set_fill(sl_scenario *sc, const char *text,
                                      sl_error *err);

/** Loading rules (copied).  Errors: SL_EINVAL (NULL, check_door not 0 or
 * 1), SL_ERANGE (a figure negative or not finite, a range that is not
 * 0 <= low <= high or does not contain its figure; where names the field,
 * e.g. "load_rules.dunnage_range"). */
SL_API sl_status sl_scenario_set_load_rules(sl_scenario *sc,
                                            const sl_load_rules *rules,
                                            sl_error *err);

/**
 * The claim to check: text with an optional qualifier ("up to 4.8e6",
 * "at least 3,000,000", "4800000"; a trailing "+" is "at least", as in
 * "3 million+"; scale words accepted: "4.8 million", "500k", "4.8 Mio",
 * docs/scenario-format.md lists them), or a range without a qualifier
 * (SL_QUAL_RANGE): "300,000 to 500,000", "300,000-500,000", with an en
 * dash, or "between 300,000 and 500,000"; a scale word after the high end
 * alone applies to both ends when the low end is below 1,000 ("1.5 to 2
 * million" is 1,500,000 to 2,000,000; "300,000 to 5 million" is 300,000
 * to 5,000,000).  A decimal comma ("4,8"), a point before exactly 3 digits
 * with no scale word ("4.800": ambiguous), blank-grouped digits, words after
 * the total, a hexadecimal number ("0x10"), a range with a missing end, a
 * qualifier or a trailing "+" are SL_EPARSE errors that say what to write
 * (err->column: where).
 * source and date are free text for the record (NULL allowed), one line
 * each of UTF-8: a control character (U+0001 to U+001F, U+007F to
 * U+009F), a line or paragraph separator (U+2028, U+2029) or a byte
 * that is not UTF-8 is SL_EINVAL.
 * Errors: SL_EPARSE, SL_EINVAL (a control character or a byte that is not
 * UTF-8 in source or date),
 * SL_ERANGE (a total or an end not finite or negative, a range's low end
 * not below its high end).  A total or an end within 10^-9 of a whole
 * number is taken as that number, so a scale word's product is the whole
 * number it stands for ("1.001 million" is 1,001,000, not
 * 1000999.9999999999).
 */
SL_API sl_status sl_scenario_set_claim(sl_scenario *sc, const char *text,
                                       const char *source, const char *date,
                                       sl_error *err);
/** Remove the claim; NULL is ignored. */
SL_API void sl_scenario_clear_claim(sl_scenario *sc);

/** A label for reports ("June 2024 claim").  NULL clears it.  Errors:
 * SL_ERANGE (more than 255 bytes), SL_EINVAL (a control character, U+0001
 * to U+001F or U+007F to U+009F, or U+2028 or U+2029: the reports print the title as it is; or a byte
 * that is not UTF-8, which the JSON outputs cannot carry). */
SL_API sl_status sl_scenario_set_title(sl_scenario *sc, const char *title,
                                       sl_error *err);

/** Notes for the reader (where the assumptions come from), not used by the
 * model: any text, line breaks included, in UTF-8; NULL or "" clears them.
 * A scenario file's "notes" set them, sl_scenario_to_json writes them back
 * (or, when there are none, a line naming the version that wrote the
 * file), and a copy keeps them.  Errors: SL_EINVAL (sc NULL, or a byte
 * that is not UTF-8), SL_ENOMEM; on error the notes are unchanged.
 * Since 0.1.0. */
SL_API sl_status sl_scenario_set_notes(sl_scenario *sc, const char *notes,
                                       sl_error *err);

/** Check the scenario as a whole (shares, ids, counts) without running.
 * SL_ESTATE when no container count is set.  SL_ERANGE at
 * "load_rules.dunnage" when the scenario has packaged cargo and the
 * dunnage (the high end of its range) is at or above a container type's
 * payload, the most its rated gross less its tare can be: no room for
 * cargo, almost surely a typo ("50,250" for 50-250).
 * Errors name the field ("cargo[1].share"). */
SL_API sl_status sl_scenario_validate(const sl_scenario *sc, sl_error *err);

/* Read-only views, for reports and writers.  Every pointer they return is
 * owned by the scenario and valid until it is changed or freed; a NULL sc
 * gives NULL or 0. */
/** The title ("" when none is set). */
SL_API const char *sl_scenario_title(const sl_scenario *sc);
/** The notes ("" when none are set; sl_scenario_set_notes()). */
SL_API const char *sl_scenario_notes(const sl_scenario *sc);
/** The container count, or NULL when not set; *q (if q is not NULL) gets
 * its qualifier. */
SL_API const sl_dist *sl_scenario_containers(const sl_scenario *sc,
                                             sl_qualifier *q);
/** Number of container types. */
SL_API size_t sl_scenario_container_type_count(const sl_scenario *sc);
/** Container type i (NULL when i is out of range) with its share in *share
 * and, in *is_rest, 1 when the share is "rest" (the share is then a const 0
 * placeholder: the rest is drawn per sample); share and is_rest may be
 * NULL. */
SL_API const sl_container *sl_scenario_container_type(const sl_scenario *sc,
                                                      size_t i,
                                                      const sl_dist **share,
                                                      int *is_rest);
/** Number of cargo types. */
SL_API size_t sl_scenario_cargo_type_count(const sl_scenario *sc);
/** Cargo type i, as sl_scenario_container_type() gives container type i. */
SL_API const sl_cargo *sl_scenario_cargo_type(const sl_scenario *sc, size_t i,
                                              const sl_dist **share,
                                              int *is_rest);
/** The fill of each container. */
SL_API const sl_dist *sl_scenario_fill(const sl_scenario *sc);
/** The loading rules. */
SL_API const sl_load_rules *sl_scenario_load_rules(const sl_scenario *sc);
/** 1 if a claim is set, else 0 (also for NULL).  Fills the outputs that
 * are not NULL: value, qualifier, source and date (owned by the scenario);
 * without a claim they get NaN, SL_QUAL_EXACT, NULL and NULL.  For a range
 * claim (q SL_QUAL_RANGE) value is its low end: sl_scenario_claim_range()
 * gives both. */
SL_API int sl_scenario_claim(const sl_scenario *sc, double *value,
                             sl_qualifier *q, const char **source,
                             const char **date);
/** 1 if the claim is a range (SL_QUAL_RANGE), else 0 (also for NULL or no
 * claim).  Fills the outputs that are not NULL with its ends, low < high;
 * NaN when it is not a range. */
SL_API int sl_scenario_claim_range(const sl_scenario *sc, double *low,
                                   double *high);

#ifdef __cplusplus
}
#endif

#endif /* SHIPLOAD_SCENARIO_H */
