/*
 * tests/test_scenarios_files.c - every file in examples/scenarios/ loads,
 * runs, and reproduces the published figure it stands for
 * (shared/data/published-estimates.md) within the rounding that the
 * source's own wording implies.
 *
 * Expected values are the published figures, copied from the table (a
 * stated range, row E, is the file's claim as a range); the
 * computed values come from the model.  The tolerance of each row is the
 * sum of the relative half-units of the last digit the source states, for
 * the munition figure and for its input (container count or tonnage):
 * "4.8 million" is +-0.05 million, "10,000" containers +-500.
 */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "testutil.h"

/* How a row's published figure is compared with the model. */
typedef enum check_kind {
    TWO_SIDED,   /* |P50 - published| <= tol x published */
    LOWER_BOUND, /* "more than": P50 >= published x (1 - tol) */
    PER_RANGE,   /* "lo to hi per container": the lowest and highest
                    capacity per container at nominal figures */
    DEFAULTS     /* the default scenario: claim inside the hard bounds */
} check_kind;

typedef struct row {
    const char *file;
    check_kind kind;
    double published, d_published; /* munitions, half a unit of last digit */
    double input, d_input;          /* containers (or tonnage), likewise */
    double hi, d_hi;                /* PER_RANGE: the upper end */
} row;

static const row rows[] = {
    /* "at least 10,000" containers, "up to 4.8 million" shells */
    {"A.json", TWO_SIDED, 4.8e6, 0.05e6, 10000, 500, 0, 0},
    /* "about 6,700", "more than 3 million" (one significant digit) */
    {"B-152mm.json", TWO_SIDED, 3e6, 0.5e6, 6700, 50, 0, 0},
    /* "more than 500,000" rockets: the source gives no factor, only a
       lower bound (one significant digit) */
    {"B-122mm-rockets.json", LOWER_BOUND, 5e5, 0.5e5, 6700, 50, 0, 0},
    /* "about 20,000+", "about 9.4 million" */
    {"C.json", TWO_SIDED, 9.4e6, 0.05e6, 20000, 500, 0, 0},
    /* "more than 74,000 t" of explosives, "1.6 million" shells */
    {"D.json", TWO_SIDED, 1.6e6, 0.05e6, 74000, 500, 0, 0},
    /* "300 to 500" shells per container (one significant digit each) */
    {"E.json", PER_RANGE, 300, 50, 1000, 0, 500, 50},
    /* the library's defaults against the June 2024 claim */
    {"default-june-2024.json", DEFAULTS, 4.8e6, 0, 10000, 0, 0, 0},
};
#define NROWS (sizeof rows / sizeof rows[0])

/* Samples per run in this test (the files ask for more, for the CLI). */
#define TEST_SAMPLES 20000

/* Load and run one file; *res gets the result. */
static void run_file(const char *file, sl_result **res)
{
    char path[512];
    sl_catalog *cat;
    sl_scenario *sc;
    sl_options opt;
    sl_error e;
    sl_error_clear(&e);
    snprintf(path, sizeof path, "%s/examples/scenarios/%s", SL_SOURCE_DIR,
             file);
    ck_assert_int_eq(sl_catalog_builtin(&cat, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_alloc(cat, &sc, &e), SL_OK);
    sl_options_init(&opt);
    ck_assert_msg(sl_scenario_load_file(sc, &opt, path, &e) == SL_OK,
                  "%s: %s: %s", file, e.where, e.what);
    if (opt.samples > TEST_SAMPLES)
        opt.samples = TEST_SAMPLES;
    ck_assert_msg(sl_estimate(sc, &opt, res, &e) == SL_OK, "%s: %s: %s",
                  file, e.where, e.what);
    sl_scenario_free(sc);
    sl_catalog_free(cat);
}

/* The relative tolerance a row's rounding implies. */
static double tolerance(const row *r)
{
    return r->d_published / r->published + r->d_input / r->input;
}

START_TEST(test_published_figure)
{
    const row *r = &rows[_i];
    sl_result *res;
    sl_summary total;
    sl_claim_check cc;
    double tol = 0;
    run_file(r->file, &res);
    ck_assert_int_eq(sl_result_total(res, &total), SL_OK);
    ck_assert_int_eq(sl_result_claim(res, &cc), SL_OK);
    /* Every file states its source's figure as its claim: a range for
       a source that states one. */
    ck_assert_double_eq_tol(cc.value, r->kind == PER_RANGE
                                          ? r->published * r->input
                                          : r->published, 1e-6);
    if (r->kind == PER_RANGE) {
        ck_assert_int_eq(cc.qualifier, SL_QUAL_RANGE);
        ck_assert_double_eq_tol(cc.value_high, r->hi * r->input, 1e-6);
    } else
        ck_assert(isnan(cc.value_high));
    if (r->kind != DEFAULTS)
        tol = tolerance(r);
    switch (r->kind) {
    case TWO_SIDED:
        ck_assert_msg(fabs(total.p50 - r->published) <= tol * r->published,
                      "%s: model P50 %.0f vs published %.0f: gap %.2f %% > "
                      "%.2f %%", r->file, total.p50, r->published,
                      100 * fabs(total.p50 / r->published - 1), 100 * tol);
        break;
    case LOWER_BOUND:
        ck_assert_msg(total.p50 >= r->published * (1 - tol),
                      "%s: model P50 %.0f below the published lower bound "
                      "%.0f", r->file, total.p50, r->published);
        break;
    case PER_RANGE: {
        /* The source states per-container counts: compare the model's
           per-container capacities at nominal figures. */
        double lo = HUGE_VAL, hi = 0;
        size_t i;
        for (i = 0; i < sl_result_capacity_count(res); i++) {
            lo = fmin(lo, (double)sl_result_capacity(res, i)->count);
            hi = fmax(hi, (double)sl_result_capacity(res, i)->count);
        }
        ck_assert_msg(fabs(lo - r->published) <= r->d_published,
                      "%s: lowest capacity %.0f per container vs published "
                      "%.0f +- %.0f", r->file, lo, r->published,
                      r->d_published);
        ck_assert_msg(fabs(hi - r->hi) <= r->d_hi,
                      "%s: highest capacity %.0f per container vs published "
                      "%.0f +- %.0f", r->file, hi, r->hi, r->d_hi);
        /* the model's per-container range meets the stated one, so the
           stated total range holds for a share of the samples, counted
           here, and is neither impossible nor too low */
        {
            size_t nx, in = 0;
            const double *x = sl_result_samples(res, &nx);
            for (size_t k = 0; k < nx; k++)
                in += x[k] >= cc.value && x[k] <= cc.value_high;
            ck_assert_double_eq(cc.p_in_range, (double)in / (double)nx);
            ck_assert_msg(in > 0, "%s: no sample in the stated range",
                          r->file);
        }
        ck_assert_int_ne(cc.verdict, SL_VERDICT_IMPOSSIBLE);
        ck_assert_int_ne(cc.verdict, SL_VERDICT_TOO_LOW);
        break;
    }
    case DEFAULTS:
        ck_assert_msg(total.min <= r->published && r->published <= total.max,
                      "%s: claim %.0f outside the hard bounds [%.0f, %.0f]",
                      r->file, r->published, total.min, total.max);
        ck_assert_int_ne(cc.verdict, SL_VERDICT_IMPOSSIBLE);
        break;
    }
    sl_result_free(res);
}
END_TEST

/* Every file in the directory has a row (a new file needs its check). */
START_TEST(test_every_file_has_a_row)
{
    char dir[512];
    DIR *d;
    struct dirent *ent;
    int nfiles = 0;
    snprintf(dir, sizeof dir, "%s/examples/scenarios", SL_SOURCE_DIR);
    d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    while ((ent = readdir(d)) != NULL) {
        size_t n = strlen(ent->d_name), i;
        int found = 0;
        if (n < 5 || strcmp(ent->d_name + n - 5, ".json") != 0)
            continue;
        nfiles++;
        for (i = 0; i < NROWS; i++)
            found |= strcmp(rows[i].file, ent->d_name) == 0;
        ck_assert_msg(found, "%s has no expected figure in this test",
                      ent->d_name);
    }
    closedir(d);
    ck_assert_int_eq(nfiles, (int)NROWS);
}
END_TEST

static Suite *files_suite(void)
{
    Suite *s = suite_create("scenario_files");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 300);
    tcase_add_loop_test(tc, test_published_figure, 0, (int)NROWS);
    tcase_add_test(tc, test_every_file_has_a_row);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return sl_test_run(files_suite());
}
