/* tests/test_hostile.c - hostile input at the public entry points (issue
 * 6): NULL, NaN, infinities, negative and zero sizes, counts beyond the
 * arithmetic, lo >= hi, shares that do not sum to 1, unknown ids, crates
 * larger than the container, sample counts of 0 or beyond memory.  Each
 * case asserts the status, where the fault is, and what the message says.
 * docs/reliability.md lists them. */
#include <stdint.h>
#include <string.h>
#include "testutil.h"

static sl_catalog *cat;
static sl_scenario *sc;
static sl_error e;

/* A fresh built-in catalog and default scenario for each test. */
static void setup(void)
{
    sl_test_world_open(&cat, &sc, &e);
}

static void teardown(void)
{
    sl_test_world_close(&cat, &sc);
}

/* Run call with e cleared; assert its status, that e holds the same
 * status, and that e.where and e.what contain the given texts. */
#define EXPECT(call, ST, WH, WT) sl_assert_fails(&e, call, ST, WH, WT, 0)

START_TEST(test_null_arguments)
{
    sl_dist d;
    sl_result *res = NULL;
    sl_scenario *other = NULL;
    sl_options opt;
    char *json = NULL;
    sl_options_init(&opt);
    EXPECT(sl_catalog_builtin(NULL, &e), SL_EINVAL, "out", "NULL");
    EXPECT(sl_scenario_alloc(NULL, &other, &e), SL_EINVAL, "cat", "NULL");
    EXPECT(sl_scenario_alloc(cat, NULL, &e), SL_EINVAL, "out", "NULL");
    EXPECT(sl_scenario_set_containers(NULL, "10", &e), SL_EINVAL, "sc",
           "NULL");
    EXPECT(sl_scenario_set_containers(sc, NULL, &e), SL_EINVAL,
           "containers", "NULL");
    EXPECT(sl_scenario_add_container_type(sc, NULL, "1", &e), SL_EINVAL,
           "container_types", "NULL");
    EXPECT(sl_estimate(NULL, &opt, &res, &e), SL_EINVAL, "scenario",
           "NULL");
    EXPECT(sl_estimate(sc, &opt, NULL, &e), SL_EINVAL, "out", "NULL");
    EXPECT(sl_dist_parse(NULL, 0, 1, &d, &e), SL_EINVAL, "text", "NULL");
    EXPECT(sl_dist_set_choice(&d, 3, NULL, NULL, 0, 1, &e), SL_EINVAL,
           "values", "NULL");
    EXPECT(sl_pack(5898, 2352, 2393, 1180, 460, 230, NULL,
                   &(sl_pack_result){0}, &e),
           SL_EINVAL, "opt", "NULL");
    EXPECT(sl_result_to_json(NULL, 0, &json, &e), SL_EINVAL, "res", "NULL");
    EXPECT(sl_result_to_json(NULL, 0, NULL, &e), SL_EINVAL, "out", "NULL");
    EXPECT(sl_capacity_nominal(NULL, sl_catalog_find_cargo(cat, "kn-23"),
                               NULL, NULL, &e),
           SL_EINVAL, "out", "NULL");
    ck_assert_ptr_null(json);
    ck_assert_ptr_null(res);
    ck_assert_ptr_null(other);
    /* Functions without a status take NULL quietly. */
    sl_scenario_free(NULL);
    sl_catalog_free(NULL);
    sl_result_free(NULL);
    sl_free(NULL);
    ck_assert(isnan(sl_dist_mean(NULL)));
    ck_assert_ptr_null(sl_catalog_find_cargo(NULL, "kn-23"));
    ck_assert_ptr_null(sl_catalog_find_cargo(cat, NULL));
}
END_TEST

START_TEST(test_nan_and_infinities)
{
    sl_dist d;
    sl_load_rules rules;
    sl_capacity cap;
    sl_pack_options po;
    sl_pack_result pr;
    sl_pack_options_init(&po);
    EXPECT(sl_scenario_set_containers(sc, "NaN", &e), SL_ERANGE,
           "containers", "'NaN' is not a finite number");
    EXPECT(sl_scenario_set_containers(sc, "inf", &e), SL_ERANGE,
           "containers", "'inf' is not a finite number");
    EXPECT(sl_scenario_set_fill(sc, "nan", &e), SL_ERANGE, "fill",
           "not a finite number");
    EXPECT(sl_scenario_set_claim(sc, "inf", NULL, NULL, &e), SL_ERANGE,
           "claim", "expected a finite number >= 0");
    EXPECT(sl_scenario_set_claim(sc, "1e400", NULL, NULL, &e), SL_ERANGE,
           "claim", "expected a finite number >= 0");
    EXPECT(sl_dist_parse("0.5", NAN, 1, &d, &e), SL_EINVAL, "min",
           "bounds need min < max");
    EXPECT(sl_dist_set_normal(&d, 2.385, NAN, 0, HUGE_VAL, &e), SL_ERANGE,
           "sd", "not a finite number");
    sl_load_rules_init(&rules);
    rules.dunnage = NAN;
    EXPECT(sl_capacity_nominal(sl_catalog_find_container(cat, "iso-20"),
                               sl_catalog_find_cargo(cat, "kn-23"), &rules,
                               &cap, &e),
           SL_ERANGE, "rules.dunnage", "nan is not a finite number");
    EXPECT(sl_pack(NAN, 2352, 2393, 1180, 460, 230, &po, &pr, &e), SL_ERANGE, "L", "finite positive size, got nan");
}
END_TEST

START_TEST(test_negative_and_zero_sizes)
{
    sl_container c = *sl_catalog_find_container(cat, "iso-20");
    sl_pack_result pr;
    sl_pack_options po;
    sl_pack_options_init(&po);
    EXPECT(sl_scenario_set_containers(sc, "-5", &e), SL_ERANGE, "containers",
           "-5 is below the minimum 1");
    EXPECT(sl_scenario_set_containers(sc, "0", &e), SL_ERANGE, "containers",
           "0 is below the minimum 1");
    EXPECT(sl_scenario_set_claim(sc, "-4.8e6", NULL, NULL, &e), SL_ERANGE,
           "claim", "-4.8e+06 is not allowed");
    sl_figure_set(&c.tare, -2.385, SL_CONF_V, "test");
    EXPECT(sl_container_check(&c, &e), SL_ERANGE, "iso-20.tare",
           "not a finite number >= 0"); /* 0 is allowed: a lot, no box */
    EXPECT(sl_catalog_put_container(cat, &c, &e), SL_ERANGE, "iso-20.tare",
           "not a finite number >= 0");
    c = *sl_catalog_find_container(cat, "iso-20");
    sl_figure_set(&c.max_gross, 0, SL_CONF_V, "test");
    EXPECT(sl_container_check(&c, &e), SL_ERANGE, "iso-20.max_gross",
           "not a positive finite number");
    EXPECT(sl_pack(5898, 2352, 2393, -1180, 460, 230, &po, &pr, &e),
           SL_ERANGE, "l", "finite positive size, got -1180");
    EXPECT(sl_pack(5898, 0, 2393, 1180, 460, 230, &po, &pr, &e), SL_ERANGE,
           "W", "finite positive size, got 0");
}
END_TEST

START_TEST(test_counts_beyond_the_arithmetic)
{
    sl_container c = *sl_catalog_find_container(cat, "iso-20");
    sl_cargo g = *sl_catalog_find_cargo(cat, "152mm-shell-mass-equiv");
    sl_load_rules rules;
    sl_capacity cap;
    sl_result *res = NULL;
    sl_options opt;
    EXPECT(sl_scenario_set_containers(sc, "1e300", &e), SL_ERANGE,
           "containers", "reaches 1e+300; expected at most 1,000,000,000");
    EXPECT(sl_scenario_set_containers(sc, "at least 1e300", &e), SL_ERANGE,
           "containers", "expected at most 1,000,000,000");
    /* A rating of 1e300 kg passes the entry check (positive, finite) but
     * its weight limit is no count a double holds: SL_EOVERFLOW. */
    sl_figure_set(&c.max_gross, 1e300, SL_CONF_V, "test");
    sl_load_rules_init(&rules);
    EXPECT(sl_capacity_nominal(&c, &g, &rules, &cap, &e), SL_EOVERFLOW,
           "capacity", "more than 2^53 units");
    /* A container too long for the packer's grid: named, for a single
     * package kind and for a complete round alike (no float-to-integer
     * overflow on the way). */
    {
        sl_container big = c;
        const char *ids[2] = {"122mm-round", "152mm-round"};
        sl_figure_set(&big.length, 3.85e300, SL_CONF_V, "test");
        for (int i = 0; i < 2; i++)
            EXPECT(sl_capacity_nominal(&big, sl_catalog_find_cargo(cat, ids[i]),
                                       &rules, &cap, &e),
                   SL_ERANGE, "container iso-20.length",
                   "more than 1000000 grid units");
    }
    ck_assert_int_eq(sl_catalog_put_container(cat, &c, &e), SL_OK);
    sl_scenario_free(sc);
    ck_assert_int_eq(sl_scenario_alloc(cat, &sc, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "10,000", &e), SL_OK);
    sl_scenario_clear_container_types(sc);
    ck_assert_int_eq(sl_scenario_add_container_type(sc, "iso-20", NULL, &e),
                     SL_OK);
    sl_options_init(&opt);
    opt.samples = 200;
    opt.threads = 1;
    EXPECT(sl_estimate(sc, &opt, &res, &e), SL_EOVERFLOW, "total",
           "more than 2^53");
    ck_assert_ptr_null(res);
}
END_TEST

START_TEST(test_ranges_lo_not_below_hi)
{
    sl_dist d;
    EXPECT(sl_scenario_set_containers(sc, "7000 to 6700", &e), SL_EINVAL,
           "containers", "lower end 7000 is not below upper end 6700");
    EXPECT(sl_scenario_set_containers(sc, "uniform(5, 5)", &e), SL_EINVAL,
           "containers", "for a fixed value write 5");
    EXPECT(sl_dist_parse("5 to 3", 0, HUGE_VAL, &d, &e), SL_EINVAL, "text",
           "lower end 5 is not below upper end 3");
    EXPECT(sl_dist_set_uniform(&d, 2.385, 2.385, 0, 10, &e), SL_EINVAL, "a",
           "for a fixed value write 2.385");
    EXPECT(sl_dist_parse("0.5", 1, 0, &d, &e), SL_EINVAL, "min",
           "bounds need min < max");
}
END_TEST

START_TEST(test_shares_not_summing_to_one)
{
    ck_assert_int_eq(sl_scenario_set_containers(sc, "10000", &e), SL_OK);
    sl_scenario_clear_container_types(sc);
    ck_assert_int_eq(sl_scenario_add_container_type(sc, "iso-20", "0.3", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_add_container_type(sc, "iso-40", "0.35", &e),
                     SL_OK);
    EXPECT(sl_scenario_validate(sc, &e), SL_EINVAL, "container_types",
           "sum to 0.65, not 1");
    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-round", "0.6", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "kn-23", "rest", &e),
                     SL_OK);
    EXPECT(sl_scenario_add_cargo_type(sc, "122mm-grad", "rest", &e),
           SL_EINVAL, "cargo[2].share", "only one share per list may be rest");
    EXPECT(sl_scenario_add_cargo_type(sc, "122mm-round", "1.5", &e),
           SL_ERANGE, "cargo[2].share", "1.5 is above the maximum 1");
}
END_TEST

START_TEST(test_unknown_ids)
{
    EXPECT(sl_scenario_add_cargo_type(sc, "155mm-round", "1", &e),
           SL_ENOTFOUND, ".id", "unknown cargo id \"155mm-round\"; known:");
    EXPECT(sl_scenario_add_container_type(sc, "iso-45", "1", &e),
           SL_ENOTFOUND, ".id", "unknown container type id \"iso-45\"");
    ck_assert_ptr_null(sl_catalog_find_container(cat, "iso-45"));
}
END_TEST

START_TEST(test_crate_larger_than_container)
{
    sl_cargo g = *sl_catalog_find_cargo(cat, "122mm-grad");
    sl_load_rules rules;
    sl_capacity cap;
    sl_pack_result pr;
    sl_pack_options po;
    /* A valid answer of zero, not an error. */
    sl_figure_set(&g.package[0].length, 12385, SL_CONF_V, "test");
    sl_load_rules_init(&rules);
    sl_error_clear(&e);
    ck_assert_int_eq(sl_capacity_nominal(sl_catalog_find_container(cat,
                                                                   "iso-20"),
                                         &g, &rules, &cap, &e),
                     SL_OK);
    ck_assert_int_eq(cap.by_geometry, 0);
    ck_assert_int_eq(cap.count, 0);
    ck_assert_int_gt(cap.by_weight, 0);
    sl_pack_options_init(&po);
    ck_assert_int_eq(sl_pack(5898, 2352, 2393, 6000.5, 460, 230, &po, &pr, &e),
                     SL_OK);
    ck_assert_int_eq(pr.count, 0);
    sl_pack_result_free(&pr);
    /* Crates so small that a layout would take gigabytes: a clean error
     * (1 mm crates took minutes and gigabytes before). */
    po.want_layout = 1;
    EXPECT(sl_pack(5898, 2352, 2393, 10, 10, 10, &po, &pr, &e), SL_ERANGE,
           "box", "more than the 4000000 a layout may hold");
}
END_TEST

START_TEST(test_sample_counts)
{
    sl_result *res = NULL;
    sl_options opt;
    EXPECT(sl_estimate(sc, NULL, &res, &e), SL_ESTATE, "containers",
           "no container count given");
    ck_assert_int_eq(sl_scenario_set_containers(sc, "10000", &e), SL_OK);
    sl_options_init(&opt);
    opt.samples = 0;
    EXPECT(sl_estimate(sc, &opt, &res, &e), SL_ERANGE, "samples",
           "sample count 0 is outside 2 to 10^9");
    opt.samples = SIZE_MAX;
    EXPECT(sl_estimate(sc, &opt, &res, &e), SL_ERANGE, "samples",
           "is outside 2 to 10^9");
    opt.samples = 2385;
    opt.threads = -1;
    EXPECT(sl_estimate(sc, &opt, &res, &e), SL_ERANGE, "threads",
           "thread count -1 is outside");
    opt.threads = 1;
    opt.rel_precision = NAN;
    EXPECT(sl_estimate(sc, &opt, &res, &e), SL_ERANGE, "rel_precision",
           "must lie in [0, 1)");
    opt.rel_precision = 0;
    opt.histogram_bins = 0;
    EXPECT(sl_estimate(sc, &opt, &res, &e), SL_ERANGE, "histogram_bins",
           "must lie in 1 to 100000");
    ck_assert_ptr_null(res);
    /* A scenario file is held to what sl_estimate accepts (it took 1). */
    EXPECT(sl_scenario_load_string(sc, &opt, "{\"samples\": 1}", "s.json",
                                   &e),
           SL_ERANGE, "s.json:1:13: samples",
           "1 is out of range; expected an integer from 2 to 1000000000");
    EXPECT(sl_scenario_load_string(sc, &opt, "{\"samples\": 1e300}",
                                   "s.json", &e),
           SL_EPARSE, "samples", "found a number; expected an integer");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("hostile");
    TCase *tc = tcase_create("entry points");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_null_arguments);
    tcase_add_test(tc, test_nan_and_infinities);
    tcase_add_test(tc, test_negative_and_zero_sizes);
    tcase_add_test(tc, test_counts_beyond_the_arithmetic);
    tcase_add_test(tc, test_ranges_lo_not_below_hi);
    tcase_add_test(tc, test_shares_not_summing_to_one);
    tcase_add_test(tc, test_unknown_ids);
    tcase_add_test(tc, test_crate_larger_than_container);
    tcase_add_test(tc, test_sample_counts);
    suite_add_tcase(s, tc);
    return sl_test_run(s);
}
