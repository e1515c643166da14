/* tests/testutil.h - helpers shared by the Check suites. */
#ifndef SHIPLOAD_TESTUTIL_H
#define SHIPLOAD_TESTUTIL_H

#include <check.h>
#include <math.h>
#include "shipload/shipload.h"

/* Relative tolerance assertion: |a - b| <= rel * max(|a|, |b|).
 * (ck_assert_double_eq_tol is absolute.) */
#define sl_assert_rel(a, b, rel)                                           \
    do {                                                                   \
        double sl_a_ = (a), sl_b_ = (b), sl_r_ = (rel);                    \
        double sl_m_ = fmax(fabs(sl_a_), fabs(sl_b_));                     \
        ck_assert_msg(fabs(sl_a_ - sl_b_) <= sl_r_ * sl_m_,                \
                      "%s = %.10g vs %s = %.10g: relative gap %.3g > %.3g", \
                      #a, sl_a_, #b, sl_b_,                                \
                      sl_m_ > 0 ? fabs(sl_a_ - sl_b_) / sl_m_ : 0.0, sl_r_);\
    } while (0)

/* The whole of a file as a new NUL-terminated string (release with
 * free), or NULL when it cannot be read. */
char *sl_test_read_file(const char *path);

/* Run one suite; returns the process exit status.  Fails when no test ran,
 * so a typo cannot pass as green. */
int sl_test_run(Suite *s);

#endif
