/*
 * examples/num_check.h - strtod's ERANGE told apart: an underflow (a
 * number too close to 0 for a normal double, "1e-310") is not malformed
 * text, and both CLIs say so in the same words.
 */
#ifndef SHIPLOAD_NUM_CHECK_H
#define SHIPLOAD_NUM_CHECK_H

#include <errno.h>
#include <math.h>

/* The words for a number that underflows. */
#define NUM_UNDERFLOW "is below the smallest normal double (about 2.2e-308)"

/* 1 if strtod set errno e to ERANGE for an underflow (value v near 0),
 * not an overflow. */
static inline int num_underflow(int e, double v)
{
    return e == ERANGE && fabs(v) < 1.0;
}

#endif
