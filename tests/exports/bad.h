/* tests/exports/bad.h - a header with the faults the export check must
 * catch (paired with bad.c).  Not part of the library. */
#ifndef SHIPLOAD_TEST_EXPORTS_BAD_H
#define SHIPLOAD_TEST_EXPORTS_BAD_H
#include "../../include/shipload/export.h"

/* Declared and exported: fine. */
SL_API int sl_fixture_ok(int a);
/* Declared and exported, but without the sl_ prefix. */
SL_API int fixture_noprefix(int a);
/* Declared but never defined. */
SL_API double sl_fixture_missing(const char *text,
                                 double b);

#endif
