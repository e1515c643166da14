/* tests/test_pack_run.c - shipload-pack's packing under its limits
 * (examples/pack_run.c) with a stand-in packer: which packs run, what
 * each is asked for, and that the time reported is that of every pack
 * (it was the last pack's alone), without timing anything. */
#include "testutil.h"
#include "pack_run.h"

/* What the stand-in saw and answers: a space that holds HOLDS boxes, the
 * k-th pack taking SECS[k] seconds (binary fractions: sums are exact). */
#define HOLDS 288
static const double SECS[3] = {0.375, 0.0625, 0.5};
static int calls;
static long asked[3];
static double budget[3];

/* sl_pack's contract at no cost: the most boxes, or max_count of them. */
static sl_status fake_pack(double L, double W, double H, double l, double w,
                           double h, const sl_pack_options *opt,
                           sl_pack_result *res, sl_error *err)
{
    (void)L, (void)W, (void)H, (void)l, (void)w, (void)h, (void)err;
    memset(res, 0, sizeof *res);
    asked[calls] = opt->max_count;
    budget[calls] = opt->seconds;
    res->count = opt->max_count > 0 && opt->max_count < HOLDS
                     ? opt->max_count : HOLDS;
    res->upper_bound = res->count;
    res->optimal = 1;
    res->seconds = SECS[calls++];
    return SL_OK;
}

/* pack_run with the stand-in and a time budget; returns the result,
 * the runs in *runs. */
static sl_pack_result run_budget(long max_count, int limits,
                                 long by_weight, double seconds,
                                 long *by_geometry, int *runs)
{
    const double s[3] = {5898, 2352, 2393}, b[3] = {930, 425, 240};
    sl_pack_options o;
    sl_pack_result r;
    sl_error e;
    sl_pack_options_init(&o);
    o.max_count = max_count;
    o.seconds = seconds;
    calls = 0;
    *by_geometry = -7;
    ck_assert_int_eq(pack_run(fake_pack, s, b, &o, limits, by_weight,
                              by_geometry, runs, &r, &e), SL_OK);
    ck_assert_int_eq(*runs, calls);
    return r;
}

/* pack_run with the stand-in, no budget. */
static sl_pack_result run(long max_count, int limits, long by_weight,
                          long *by_geometry, int *runs)
{
    return run_budget(max_count, limits, by_weight, 0, by_geometry, runs);
}

START_TEST(test_budget_is_the_whole_runs)
{
    /* --seconds 1 with two packs: the second gets what the first left
       (1 - 0.375), where each had the whole second; with nothing left a
       moment, not 0 (no budget) */
    long geo;
    int runs;
    run_budget(0, 1, 207, 1.0, &geo, &runs);
    ck_assert_int_eq(runs, 2);
    ck_assert_double_eq(budget[0], 1.0);
    ck_assert_double_eq(budget[1], 1.0 - SECS[0]);
    run_budget(0, 1, 207, 0.25, &geo, &runs);
    ck_assert_double_eq(budget[1], PACK_RUN_LEFT_MIN);
    ck_assert_double_gt(budget[1], 0);
    run_budget(0, 1, 207, 0, &geo, &runs); /* none stays none */
    ck_assert_double_eq(budget[1], 0);
}
END_TEST

START_TEST(test_weight_binds_both_packs_timed)
{
    /* a weight limit of 207 below the 288 the space holds: the space is
       packed whole, then for 207; the time is both packs' */
    long geo;
    int runs;
    sl_pack_result r = run(0, 1, 207, &geo, &runs);
    ck_assert_int_eq(runs, 2);
    ck_assert_int_eq(asked[0], 0);
    ck_assert_int_eq(asked[1], 207);
    ck_assert_int_eq(geo, HOLDS);
    ck_assert_int_eq(r.count, 207);
    ck_assert_double_eq(r.seconds, SECS[0] + SECS[1]);
}
END_TEST

START_TEST(test_max_count_beside_limits_both_packs_timed)
{
    /* --max-count 5 beside a container: the space whole (the count by
       geometry), then 5 boxes; the time is both packs' */
    long geo;
    int runs;
    sl_pack_result r = run(5, 1, -1, &geo, &runs);
    ck_assert_int_eq(runs, 2);
    ck_assert_int_eq(asked[0], 0);
    ck_assert_int_eq(asked[1], 5);
    ck_assert_int_eq(geo, HOLDS);
    ck_assert_int_eq(r.count, 5);
    ck_assert_double_eq(r.seconds, SECS[0] + SECS[1]);
}
END_TEST

START_TEST(test_none_kept_first_pack_timed)
{
    /* a box heavier than the payload keeps none: one pack, whose time
       stands (it read 0) */
    long geo;
    int runs;
    sl_pack_result r = run(0, 1, 0, &geo, &runs);
    ck_assert_int_eq(runs, 1);
    ck_assert_int_eq(geo, HOLDS);
    ck_assert_int_eq(r.count, 0);
    ck_assert_int_eq(r.optimal, 1);
    ck_assert_double_eq(r.seconds, SECS[0]);
}
END_TEST

START_TEST(test_one_pack_when_nothing_binds)
{
    /* no limit kept below the space's count, or --max-count alone (the
       packer applies it): one pack, its own time */
    long geo;
    int runs;
    sl_pack_result r = run(0, 1, 300, &geo, &runs);
    ck_assert_int_eq(runs, 1);
    ck_assert_double_eq(r.seconds, SECS[0]);
    r = run(5, 0, -1, &geo, &runs);
    ck_assert_int_eq(runs, 1);
    ck_assert_int_eq(asked[0], 5);
    ck_assert_int_eq(r.count, 5);
    ck_assert_double_eq(r.seconds, SECS[0]);
}
END_TEST

/* The report's time: milliseconds, and a run under half of one is said
 * so (it read "0.000 s"). */
START_TEST(test_seconds_text)
{
    char b[32];
    ck_assert_str_eq(pack_seconds_text(0.00007, b, sizeof b),
                     "under 0.001 s");
    ck_assert_str_eq(pack_seconds_text(0, b, sizeof b), "under 0.001 s");
    ck_assert_str_eq(pack_seconds_text(0.0005, b, sizeof b), "0.001 s");
    ck_assert_str_eq(pack_seconds_text(0.0126, b, sizeof b), "0.013 s");
    ck_assert_str_eq(pack_seconds_text(2.5, b, sizeof b), "2.500 s");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pack_run");
    TCase *t = tcase_create("limits");
    tcase_add_test(t, test_weight_binds_both_packs_timed);
    tcase_add_test(t, test_max_count_beside_limits_both_packs_timed);
    tcase_add_test(t, test_none_kept_first_pack_timed);
    tcase_add_test(t, test_one_pack_when_nothing_binds);
    tcase_add_test(t, test_budget_is_the_whole_runs);
    tcase_add_test(t, test_seconds_text);
    suite_add_tcase(s, t);
    return sl_test_run(s);
}
