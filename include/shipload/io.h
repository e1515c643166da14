/*
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

/* Release memory returned by the library (strings from the writers). */
SL_API void sl_free(void *p);

/*
 * The result as one JSON object (the contract in DESIGN.md):
 *   scenario, options (samples, seed), capacity: [{container, cargo, count,
 *   by_weight, by_geometry, binding, payload, unit_gross}], total: {mean,
 *   sd, p05, p50, p95, min, max, ...}, by_cargo, histogram, sensitivity:
 *   [{input, index, rank_corr}], claim: {value, qualifier, per_container,
 *   percentile, p_at_least, verdict, text, requires: {...}} (when a claim
 *   is set), version.  Non-finite numbers are written as null.
 * flags: 0, or SL_JSON_COMPACT.  *out must be released with sl_free.
 */
#define SL_JSON_COMPACT 1
SL_API sl_status sl_result_to_json(const sl_result *res, int flags,
                                   char **out, sl_error *err);

#ifdef __cplusplus
}
#endif

#endif /* SHIPLOAD_IO_H */
