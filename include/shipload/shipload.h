/*
 * shipload/shipload.h - umbrella header: version macros and every module.
 *
 * shipload turns observed shipping-container counts into ranges of how many
 * munitions they could hold, and checks published claims.  See
 * docs/method.md for the model and docs/tutorial.md for a first program.
 */
#ifndef SHIPLOAD_H
#define SHIPLOAD_H

#define SHIPLOAD_VERSION_MAJOR 0
#define SHIPLOAD_VERSION_MINOR 1
#define SHIPLOAD_VERSION_PATCH 0
#define SHIPLOAD_VERSION "0.1.0"
/* 0xMMmmpp: compare with >= in #if. */
#define SHIPLOAD_VERSION_HEX                                               \
    ((SHIPLOAD_VERSION_MAJOR << 16) | (SHIPLOAD_VERSION_MINOR << 8) |      \
     SHIPLOAD_VERSION_PATCH)

#include "export.h"
#include "status.h"
#include "dist.h"
#include "catalog.h"
#include "pack.h"
#include "scenario.h"
#include "estimate.h"
#include "io.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The library's version at run time, e.g. "0.1.0". */
SL_API const char *sl_version(void);
/* The same as SHIPLOAD_VERSION_HEX of the library that was built. */
SL_API unsigned sl_version_hex(void);

/*
 * Guard against a header/library mismatch (the zlib habit): call
 * SL_CHECK_VERSION(&err) once at start-up.  Returns SL_EVERSION when the
 * library's major version, or the size of the public structs this header
 * declares, differs from what the caller was compiled with.
 */
SL_API sl_status sl_check_version(unsigned header_hex, size_t sizeof_error,
                                  size_t sizeof_options, size_t sizeof_dist,
                                  sl_error *err);
#define SL_CHECK_VERSION(err)                                              \
    sl_check_version(SHIPLOAD_VERSION_HEX, sizeof(sl_error),               \
                     sizeof(sl_options), sizeof(sl_dist), (err))

#ifdef __cplusplus
}
#endif

#endif /* SHIPLOAD_H */
