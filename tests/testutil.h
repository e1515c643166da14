/* tests/testutil.h - helpers shared by the Check suites. */
#ifndef SHIPLOAD_TESTUTIL_H
#define SHIPLOAD_TESTUTIL_H

#include <check.h>
#include <math.h>
#include <string.h>
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

/* Run call with *err cleared and assert that it fails with status ST, that
 * err holds the same status, that err->where is WH (exact != 0) or
 * contains it (exact == 0), and that err->what contains WT. */
#define sl_assert_fails(err, call, ST, WH, WT, exact)                       \
    do {                                                                    \
        sl_error *sl_e_ = (err);                                            \
        sl_status sl_st_;                                                   \
        sl_error_clear(sl_e_);                                              \
        sl_st_ = (call);                                                    \
        ck_assert_msg(sl_st_ == (ST), "%s: status %d, not %d (%s: %s)",     \
                      #call, sl_st_, (ST), sl_e_->where, sl_e_->what);      \
        ck_assert_int_eq(sl_e_->status, (ST));                              \
        ck_assert_msg((exact) ? strcmp(sl_e_->where, (WH)) == 0             \
                              : strstr(sl_e_->where, (WH)) != NULL,         \
                      "%s: where '%s' is not %s'%s'", #call, sl_e_->where,  \
                      (exact) ? "" : "within ", (WH));                      \
        ck_assert_msg(strstr(sl_e_->what, (WT)) != NULL,                    \
                      "%s: what '%s' lacks '%s'", #call, sl_e_->what, (WT));\
    } while (0)

/* The built-in catalog in *cat and, when sc is not NULL, a default
 * scenario on it in *sc (asserted to succeed; err cleared first). */
void sl_test_world_open(sl_catalog **cat, sl_scenario **sc, sl_error *err);

/* Release what sl_test_world_open made and set the pointers to NULL
 * (sc may be NULL). */
void sl_test_world_close(sl_catalog **cat, sl_scenario **sc);

/* Make the two-package cargo *g the test "kit": one 500 mm cube and one
 * 500 x 500 x 250 mm slab per unit, no stacking limit (its other figures
 * stay).  In a 1,000 mm cube side-by-side sections hold 4 kits, the
 * volume bound is 5 (test_capacity.c, test_bound_two_kinds). */
void sl_test_kit(sl_cargo *g);

/* A scenario on cat with count `containers` (as in a scenario file),
 * the cargos and shares in cargo (pairs of catalog id and share,
 * ended by NULL), fill pert(0.7, 0.95, 1) and the claim "up to 4.8
 * million": every part of the engine draws numbers.  Asserted to
 * succeed; free with sl_scenario_free. */
sl_scenario *sl_test_mix_scenario(const sl_catalog *cat,
                                  const char *containers,
                                  const char *const *cargo);

/* The whole of a file as a new NUL-terminated string (release with
 * free), or NULL when it cannot be read. */
char *sl_test_read_file(const char *path);

/* Run one suite; returns the process exit status.  Fails when no test ran,
 * so a typo cannot pass as green. */
int sl_test_run(Suite *s);

#endif
