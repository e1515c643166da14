/* tests/testpack.h - a packer problem for the suites that test the
 * packer's internal pieces (pack_internal.h). */
#ifndef SHIPLOAD_TESTPACK_H
#define SHIPLOAD_TESTPACK_H

#include <string.h>
#include "testutil.h"
#include "pack_internal.h"

/* A problem in the BR0 container (587 x 233 x 220, whole grains, the
 * default effort) with box l x w x h, vertical set vert and stack limit
 * max_stack. */
static inline sli_pack3d sl_test_br0_problem(long l, long w, long h,
                                             const char *vert,
                                             long max_stack)
{
    sli_pack3d p;
    memset(&p, 0, sizeof p);
    p.S[0] = 587;
    p.S[1] = 233;
    p.S[2] = 220;
    p.d[0] = l;
    p.d[1] = w;
    p.d[2] = h;
    for (int k = 0; k < 3; k++)
        p.real[k] = (double)p.d[k];
    ck_assert_int_eq(sli_parse_vertical(vert, 4, p.vert), 0);
    p.max_stack = max_stack;
    p.work = SLI_PACK_DEFAULT_WORK;
    p.exact = 1;
    return p;
}

#endif
