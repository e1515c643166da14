/**
 * @file
 * shipload/shipload.h - umbrella header: version macros and every module.
 *
 * shipload turns observed shipping-container counts into ranges of how many
 * munitions they could hold, and checks published claims.  See
 * docs/method.md for the model and docs/tutorial.md for a first program.
 */
#ifndef SHIPLOAD_H
#define SHIPLOAD_H

/** @{ */
/** The version of these headers (docs/versioning.md): MAJOR changes break
 * the ABI, MINOR add to it, PATCH fix bugs.  CMake reads them from here. */
#define SHIPLOAD_VERSION_MAJOR 0
#define SHIPLOAD_VERSION_MINOR 1
#define SHIPLOAD_VERSION_PATCH 0
/** @} */
/** The same version as text, "MAJOR.MINOR.PATCH". */
#define SHIPLOAD_VERSION "0.1.0"
/** The same version as 0xMMmmpp: compare with >= in \#if. */
#define SHIPLOAD_VERSION_HEX                                               \
    ((SHIPLOAD_VERSION_MAJOR << 16) | (SHIPLOAD_VERSION_MINOR << 8) |      \
     SHIPLOAD_VERSION_PATCH)

#include "export.h"
#include "status.h"
#include "dist.h"
#include "catalog.h"
#include "pack.h"
#include "cache.h"
#include "scenario.h"
#include "estimate.h"
#include "io.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The library's version at run time, e.g. "0.1.0": a static string, never
 * NULL, not to be freed. */
SL_API const char *sl_version(void);
/** The SHIPLOAD_VERSION_HEX of the library that was built (which may differ
 * from the one the caller was compiled with). */
SL_API unsigned sl_version_hex(void);

/**
 * Guard against a header/library mismatch (the zlib habit): call it through
 * SL_CHECK_VERSION(&err) once at start-up rather than directly.
 * @param header_hex     SHIPLOAD_VERSION_HEX as the caller saw it
 * @param sizeof_error   sizeof(sl_error) as the caller saw it
 * @param sizeof_options sizeof(sl_options) as the caller saw it
 * @param sizeof_dist    sizeof(sl_dist) as the caller saw it
 * @param err            filled on failure; may be NULL
 * @return SL_OK, or SL_EVERSION when the library's major version, or the
 *         size of one of those structs, differs from the caller's
 *         (err->where is "SHIPLOAD_VERSION_HEX" or "struct sizes").
 */
SL_API sl_status sl_check_version(unsigned header_hex, size_t sizeof_error,
                                  size_t sizeof_options, size_t sizeof_dist,
                                  sl_error *err);
/** sl_check_version() with this header's version and struct sizes; err is
 * an sl_error pointer (or NULL).  Evaluates to an sl_status. */
#define SL_CHECK_VERSION(err)                                              \
    sl_check_version(SHIPLOAD_VERSION_HEX, sizeof(sl_error),               \
                     sizeof(sl_options), sizeof(sl_dist), (err))

#ifdef __cplusplus
}
#endif

#endif /* SHIPLOAD_H */
