/* examples/pack_run.h - shipload-pack's packing under its limits. */
#ifndef SHIPLOAD_PACK_RUN_H
#define SHIPLOAD_PACK_RUN_H

#include <shipload/shipload.h>

/* The budget of a second pack when the first used it all, in seconds
 * (0 would be none). */
#define PACK_RUN_LEFT_MIN 1e-6

/* A packer with sl_pack's contract: sl_pack itself, or a stand-in in the
 * tests (tests/test_pack_run.c). */
typedef sl_status (*pack_run_fn)(double L, double W, double H, double l,
                                 double w, double h,
                                 const sl_pack_options *opt,
                                 sl_pack_result *res, sl_error *err);

/* Pack the box b in the space s with opt through fn.  With `limits` set
 * (a weight limit or a container is reported beside the count), the
 * space is packed whole, opt->max_count aside, and its count goes to
 * *by_geometry; when fewer boxes are kept, keep = the least of that count,
 * by_weight (< 0: none) and opt->max_count (0: none), the space is packed
 * again for the lowest keep boxes (none when keep is 0).  Without limits
 * one pack with opt as it is.  r->seconds is the time of every pack run,
 * summed (it was the last pack's alone); *runs gets how many ran.  A
 * budget (opt->seconds > 0) is the whole run's: the second pack gets what
 * the first left, or PACK_RUN_LEFT_MIN when nothing is left.  r is
 * overwritten; free it with sl_pack_result_free. */
sl_status pack_run(pack_run_fn fn, const double s[3], const double b[3],
                   const sl_pack_options *opt, int limits, long by_weight,
                   long *by_geometry, int *runs, sl_pack_result *r,
                   sl_error *e);

/* The time of a run for the text report: "0.013 s" (milliseconds), and
 * "under 0.001 s" below half a millisecond, which read "0.000 s".
 * Returns buf. */
const char *pack_seconds_text(double seconds, char *buf, size_t n);

#endif
