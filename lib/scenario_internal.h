/*
 * lib/scenario_internal.h - the layout of struct sl_scenario, for the
 * library's own modules (the engine in lib/estimate.c, the writers in
 * lib/io.c).  Not API: programs use the accessors in scenario.h.
 *
 * Invariants kept by lib/scenario.c (every setter checks before it
 * writes, so a failed call leaves the scenario unchanged):
 *   - every share dist lies in [0, 1]; at most one entry per list has
 *     is_rest = 1, and its dist is a placeholder (const 0): the engine
 *     draws the others and gives the rest 1 minus their sum;
 *   - ids in one list are distinct and each entry is a copy taken from
 *     the scenario's own catalog copy (so later catalog changes by the
 *     caller do not reach it);
 *   - fill lies in [0, 1];
 *   - when containers_set, the container count's range (up to 1e-9 tails)
 *     lies in [1, SL_CONTAINERS_MAX]; the engine rounds each draw and
 *     clamps it to that interval.
 * The share-sum rules ("rest", sums to 1) are checked as a whole by
 * sl_scenario_validate, since lists are built one entry at a time.
 */
#ifndef SHIPLOAD_SCENARIO_INTERNAL_H
#define SHIPLOAD_SCENARIO_INTERNAL_H

#include <stddef.h>
#include "shipload/shipload.h"

#define SLI_TEXT_MAX 256     /* original texts, claim source, title */
#define SLI_DATE_MAX 64

/* A share of a list: a quantity in [0, 1], or "rest". */
typedef struct sli_share {
    sl_dist dist;     /* const 0 placeholder when is_rest */
    int is_rest;
} sli_share;

/* One container type of the scenario with its share. */
typedef struct sli_ctype {
    sl_container entry;
    sli_share share;
} sli_ctype;

/* One cargo type of the scenario with its share. */
typedef struct sli_gtype {
    sl_cargo entry;
    sli_share share;
} sli_gtype;

/* The claim to check. */
typedef struct sli_claim {
    int set;
    double value;                  /* finite, >= 0; a range's low end */
    double high;                   /* a range's high end (> value, finite),
                                      q SL_QUAL_RANGE; NaN otherwise */
    sl_qualifier q;
    char text[SLI_TEXT_MAX];       /* as given ("up to 4.8 million") */
    char source[SLI_TEXT_MAX];     /* "" when none */
    char date[SLI_DATE_MAX];       /* "" when none */
} sli_claim;

struct sl_scenario {
    sl_catalog *cat;               /* own copy: ids are looked up here */

    int containers_set;            /* 0 until a count is given */
    sl_dist containers;            /* N, bounds [0, inf) */
    sl_qualifier containers_q;
    char containers_text[SLI_TEXT_MAX]; /* as given ("at least 10,000") */

    sli_ctype *ctypes;             /* container types, in order given */
    size_t nctypes, ctypes_cap;
    sli_gtype *gtypes;             /* cargo types, in order given */
    size_t ngtypes, gtypes_cap;

    sl_dist fill;                  /* per-container fill, in [0, 1] */
    sl_load_rules rules;
    sli_claim claim;
    char title[SLI_TEXT_MAX];      /* "" when none */
    char *notes;                   /* NULL when none */
};

/* The notes of the scenario's own catalog ("" when none). */
const char *sli_scenario_catalog_notes(const sl_scenario *sc);

/* The share rules of scenario.h for the cargo list (cargo != 0) or the
 * container-type list alone: what sl_scenario_validate checks of it, for
 * a scenario file's list, which is whole when it is read (the error's
 * where is "cargo" or "cargo[1].share"). */
sl_status sli_scenario_check_list(const sl_scenario *sc, int cargo,
                                  sl_error *err);

#endif /* SHIPLOAD_SCENARIO_INTERNAL_H */
