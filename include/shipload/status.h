/**
 * @file
 * shipload/status.h - status codes and the caller-owned error detail.
 *
 * Every fallible function returns an sl_status and, when given a non-NULL
 * sl_error, fills it with what went wrong and which input was at fault.
 * The library never prints, exits or aborts.
 */
#ifndef SHIPLOAD_STATUS_H
#define SHIPLOAD_STATUS_H

#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The status codes with their values and messages: X(NAME, value, message)
 * for each.  One list generates both the codes (SL_NAME) and the texts of
 * sl_strerror(), so they cannot drift apart (the libuv habit).
 */
#define SL_STATUS_MAP(X)                                                  \
    X(OK, 0, "success")                                                   \
    X(EINVAL, 1, "invalid argument")                                      \
    X(ENOMEM, 2, "out of memory")                                         \
    X(ERANGE, 3, "value out of range")                                    \
    X(EPARSE, 4, "syntax error")                                          \
    X(ENOTFOUND, 5, "unknown identifier")                                 \
    X(EIO, 6, "input/output error")                                       \
    X(ENOCONV, 7, "no convergence")                                       \
    X(EOVERFLOW, 8, "arithmetic overflow")                                \
    X(EVERSION, 9, "header and library versions differ")                  \
    X(ESTATE, 10, "operation not valid in this state")

/** Status codes, as listed in SL_STATUS_MAP (the library checks at compile
 * time that the two agree).  SL_OK is zero; every failure is positive.
 * Written out, not generated from the map: a generated list needs a last
 * enumerator after the trailing comma, which would be one more status for
 * a switch over every code to handle. */
typedef enum sl_status {
    SL_OK = 0,
    SL_EINVAL = 1,
    SL_ENOMEM = 2,
    SL_ERANGE = 3,
    SL_EPARSE = 4,
    SL_ENOTFOUND = 5,
    SL_EIO = 6,
    SL_ENOCONV = 7,
    SL_EOVERFLOW = 8,
    SL_EVERSION = 9,
    SL_ESTATE = 10
} sl_status;

/** @{ */
/** Sizes of the text fields in sl_error (including the terminating NUL). */
#define SL_ERROR_WHERE_MAX 128
#define SL_ERROR_WHAT_MAX 320
/** @} */

/**
 * Error detail, owned by the caller (often on the stack).  Every fallible
 * function takes an `sl_error *err` last (but the readers of a result or a
 * cache that fail only on a bad argument, whose status says which: see
 * docs/api.md): when err is not NULL and the call fails, it fills every
 * field.  Functions that succeed leave the struct
 * untouched.
 */
typedef struct sl_error {
    sl_status status;  /**< the code the failing call returned */
    int line;          /**< 1-based line inside a file or text (1 for a
                            one-line text such as a claim); 0 when unknown */
    int column;        /**< 1-based column inside a file or text, in
                            characters (a UTF-8 sequence counts one);
                            0 when unknown */
    char where[SL_ERROR_WHERE_MAX]; /**< which input was at fault: a flag
                                       ("--containers"), a field path
                                       ("cargo[1].share"), a file name, or a
                                       parameter name */
    char what[SL_ERROR_WHAT_MAX];   /**< a sentence that says what is wrong
                                       and, where one exists, the
                                       alternative to use */
} sl_error;

/** The fixed English message of a status code; never NULL.  Unknown codes
 * give "unknown status". */
SL_API const char *sl_strerror(int status);

/** Reset an error detail to SL_OK with empty texts.  Accepts NULL. */
SL_API void sl_error_clear(sl_error *err);

#ifdef __cplusplus
}
#endif

#endif /* SHIPLOAD_STATUS_H */
