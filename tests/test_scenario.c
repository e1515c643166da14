/* tests/test_scenario.c - the scenario: setters, defaults, validation,
 * error paths, deep copies. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
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

/* Assert a failure: status, where (exactly), and a piece of the message. */
#define assert_fail(call, st_, where_, piece)                              \
    sl_assert_fails(&e, call, st_, where_, piece, 1)

/* The same when the status comes from a nested parser: any failure. */
#define assert_fail_any(call, where_, piece)                               \
    do {                                                                   \
        sl_status got_;                                                    \
        sl_error_clear(&e);                                                \
        got_ = (call);                                                     \
        ck_assert_int_ne(got_, SL_OK);                                     \
        ck_assert_int_eq(e.status, got_);                                  \
        ck_assert_str_eq(e.where, (where_));                               \
        ck_assert_msg(strstr(e.what, (piece)) != NULL,                     \
                      "message \"%s\" lacks \"%s\"", e.what, (piece));     \
    } while (0)

/* Value of a fixed container count (fails if not fixed). */
static double count_value(sl_qualifier *q)
{
    const sl_dist *d = sl_scenario_containers(sc, q);
    ck_assert_ptr_nonnull(d);
    ck_assert_int_eq(sl_dist_is_const(d), 1);
    return sl_dist_quantile(d, 0.5);
}

/* Two sets of loading rules are equal field by field. */
static void assert_rules_eq(const sl_load_rules *a, const sl_load_rules *b)
{
    ck_assert_double_eq(a->margin_length, b->margin_length);
    ck_assert_double_eq(a->margin_width, b->margin_width);
    ck_assert_double_eq(a->margin_height, b->margin_height);
    ck_assert_double_eq(a->dunnage, b->dunnage);
    ck_assert_int_eq(a->check_door, b->check_door);
    ck_assert_mem_eq(a->margin_length_range, b->margin_length_range,
                     sizeof a->margin_length_range);
    ck_assert_mem_eq(a->margin_width_range, b->margin_width_range,
                     sizeof a->margin_width_range);
    ck_assert_mem_eq(a->margin_height_range, b->margin_height_range,
                     sizeof a->margin_height_range);
    ck_assert_mem_eq(a->dunnage_range, b->dunnage_range,
                     sizeof a->dunnage_range);
}

START_TEST(test_defaults)
{
    const sl_dist *share, *fill;
    const sl_container *c;
    const sl_cargo *g;
    sl_load_rules want;
    sl_qualifier q = SL_QUAL_AT_MOST;
    int rest = -1;

    ck_assert_ptr_null(sl_scenario_containers(sc, &q));
    ck_assert_int_eq(q, SL_QUAL_EXACT);
    ck_assert_uint_eq(sl_scenario_container_type_count(sc), 2);
    c = sl_scenario_container_type(sc, 0, &share, &rest);
    ck_assert_str_eq(c->id, "iso-20-24t");
    ck_assert_int_eq(rest, 0);
    ck_assert_int_eq(share->kind, SL_DIST_UNIFORM);
    ck_assert_double_eq(share->lo, 0.0);
    ck_assert_double_eq(share->hi, 1.0);
    c = sl_scenario_container_type(sc, 1, &share, &rest);
    ck_assert_str_eq(c->id, "iso-20");
    ck_assert_int_eq(rest, 1);
    ck_assert_ptr_null(sl_scenario_container_type(sc, 2, &share, &rest));
    ck_assert_ptr_null(share);
    ck_assert_int_eq(rest, 0);

    ck_assert_uint_eq(sl_scenario_cargo_type_count(sc), 1);
    g = sl_scenario_cargo_type(sc, 0, &share, &rest);
    ck_assert_str_eq(g->id, "152mm-shell-mass-equiv");
    ck_assert_int_eq(rest, 0);
    ck_assert_int_eq(sl_dist_is_const(share), 1);
    ck_assert_double_eq(sl_dist_quantile(share, 0.3), 1.0);

    fill = sl_scenario_fill(sc);
    ck_assert_int_eq(sl_dist_is_const(fill), 1);
    ck_assert_double_eq(sl_dist_quantile(fill, 0.7), 1.0);

    sl_load_rules_init(&want);
    assert_rules_eq(sl_scenario_load_rules(sc), &want);
    ck_assert_int_eq(sl_scenario_claim(sc, NULL, NULL, NULL, NULL), 0);
    ck_assert_str_eq(sl_scenario_title(sc), "");

    /* Nothing but the count is missing. */
    assert_fail(sl_scenario_validate(sc, &e), SL_ESTATE, "containers",
                "no container count");
    ck_assert_int_eq(sl_scenario_set_containers(sc, "10,000", &e), SL_OK);
    ck_assert_int_eq(sl_scenario_validate(sc, &e), SL_OK);
}
END_TEST

START_TEST(test_alloc_errors)
{
    sl_scenario *s2 = (sl_scenario *)&e; /* must be reset to NULL */
    assert_fail(sl_scenario_alloc(cat, NULL, &e), SL_EINVAL, "out", "NULL");
    assert_fail(sl_scenario_alloc(NULL, &s2, &e), SL_EINVAL, "cat",
                "sl_catalog_builtin");
    ck_assert_ptr_null(s2);
    ck_assert_int_eq(sl_scenario_alloc(NULL, &s2, NULL), SL_EINVAL);
    sl_scenario_free(NULL);
}
END_TEST

START_TEST(test_empty_catalog_gives_empty_lists)
{
    sl_catalog *empty;
    sl_scenario *s2;
    ck_assert_int_eq(sl_catalog_alloc(&empty, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_alloc(empty, &s2, &e), SL_OK);
    ck_assert_uint_eq(sl_scenario_container_type_count(s2), 0);
    ck_assert_uint_eq(sl_scenario_cargo_type_count(s2), 0);
    ck_assert_int_eq(sl_scenario_set_containers(s2, "2385", &e), SL_OK);
    assert_fail(sl_scenario_validate(s2, &e), SL_EINVAL, "container_types",
                "no container type");
    assert_fail(sl_scenario_add_cargo_type(s2, "kn-23", "1", &e),
                SL_ENOTFOUND, "cargo[0].id", "catalog is empty");
    sl_scenario_free(s2);
    sl_catalog_free(empty);
}
END_TEST

START_TEST(test_keeps_own_catalog_copy)
{
    sl_cargo changed = *sl_catalog_find_cargo(cat, "152mm-shell-mass-equiv");
    const sl_cargo *g;
    /* Override the catalog entry after the scenario took its copy. */
    sl_figure_set(&changed.unit_mass, 61.375, SL_CONF_EST, "test");
    ck_assert_int_eq(sl_catalog_put_cargo(cat, &changed, &e), SL_OK);
    g = sl_scenario_cargo_type(sc, 0, NULL, NULL);
    ck_assert_double_ne(g->unit_mass.nominal, 61.375);
    /* Free the caller's catalog: ids are still found. */
    sl_catalog_free(cat);
    cat = NULL;
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "122mm-grad", "0", &e),
                     SL_OK);
    g = sl_scenario_cargo_type(sc, 1, NULL, NULL);
    ck_assert_str_eq(g->id, "122mm-grad");
    ck_assert_uint_eq(g->npackages, 1);
}
END_TEST

START_TEST(test_containers_forms)
{
    sl_qualifier q;
    const sl_dist *d;
    double mid;
    ck_assert_int_eq(sl_scenario_set_containers(sc, "10,000", &e), SL_OK);
    ck_assert_double_eq(count_value(&q), 10000.0);
    ck_assert_int_eq(q, SL_QUAL_EXACT);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "at least 10,000", &e),
                     SL_OK);
    ck_assert_double_eq(count_value(&q), 10000.0);
    ck_assert_int_eq(q, SL_QUAL_AT_LEAST);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "about 6,700", &e), SL_OK);
    ck_assert_double_eq(count_value(&q), 6700.0);
    ck_assert_int_eq(q, SL_QUAL_ABOUT);
    /* a trailing "+" is "at least" (row C: "about 20,000+") */
    ck_assert_int_eq(sl_scenario_set_containers(sc, "about 20,000+", &e),
                     SL_OK);
    ck_assert_double_eq(count_value(&q), 20000.0);
    ck_assert_int_eq(q, SL_QUAL_AT_LEAST);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "2,385 + containers", &e),
                     SL_OK);
    ck_assert_double_eq(count_value(&q), 2385.0);
    ck_assert_int_eq(q, SL_QUAL_AT_LEAST);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "1,234,567", &e), SL_OK);
    ck_assert_double_eq(count_value(&q), 1234567.0);
    ck_assert_int_eq(sl_scenario_set_containers(sc, ">= 2385 containers", &e),
                     SL_OK);
    ck_assert_double_eq(count_value(&q), 2385.0);
    ck_assert_int_eq(q, SL_QUAL_AT_LEAST);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "1000000000", &e), SL_OK);
    ck_assert_double_eq(count_value(&q), SL_CONTAINERS_MAX);

    ck_assert_int_eq(sl_scenario_set_containers(sc, "6,700 to 7,000", &e),
                     SL_OK);
    d = sl_scenario_containers(sc, &q);
    ck_assert_int_eq(q, SL_QUAL_EXACT);
    ck_assert_int_eq(sl_dist_is_const(d), 0);
    mid = sl_dist_quantile(d, 0.5);
    ck_assert(mid > 6700.0 && mid < 7000.0);
    sl_assert_rel(sl_dist_quantile(d, 0.05), 6700.0, 1e-6);
    sl_assert_rel(sl_dist_quantile(d, 0.95), 7000.0, 1e-6);

    /* Inside parentheses commas separate arguments. */
    ck_assert_int_eq(sl_scenario_set_containers(sc, "uniform(100,200)", &e),
                     SL_OK);
    d = sl_scenario_containers(sc, NULL);
    ck_assert_int_eq(d->kind, SL_DIST_UNIFORM);
    ck_assert_double_eq(d->lo, 100.0);
    ck_assert_double_eq(d->hi, 200.0);
}
END_TEST

/* A count takes the scale words a claim takes ("10k", "1.2 million"), in
 * every form; a word that only looks like one is left to the parser. */
START_TEST(test_containers_scale_words)
{
    sl_qualifier q;
    const sl_dist *d;
    ck_assert_int_eq(sl_scenario_set_containers(sc, "10k", &e), SL_OK);
    ck_assert_double_eq(count_value(&q), 10000.0);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "at least 2.385k "
                                                "containers", &e), SL_OK);
    ck_assert_double_eq(count_value(&q), 2385.0);
    ck_assert_int_eq(q, SL_QUAL_AT_LEAST);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "1.25 Million", &e),
                     SL_OK);
    ck_assert_double_eq(count_value(NULL), 1250000.0);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "about 20k+", &e), SL_OK);
    ck_assert_double_eq(count_value(&q), 20000.0);
    ck_assert_int_eq(q, SL_QUAL_AT_LEAST);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "6.7k to 7 thousand", &e),
                     SL_OK);
    d = sl_scenario_containers(sc, NULL);
    sl_assert_rel(sl_dist_quantile(d, 0.05), 6700.0, 1e-6);
    sl_assert_rel(sl_dist_quantile(d, 0.95), 7000.0, 1e-6);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "pert(6.7k, 6.85k, 7k)",
                                                &e), SL_OK);
    d = sl_scenario_containers(sc, NULL);
    ck_assert_int_eq(d->kind, SL_DIST_PERT);
    ck_assert_double_eq(d->lo, 6700.0);
    ck_assert_double_eq(d->hi, 7000.0);
    assert_fail(sl_scenario_set_containers(sc, "10 kilo", &e), SL_EPARSE,
                "containers", "unexpected text 'kilo'");
    assert_fail(sl_scenario_set_containers(sc, "2bn", &e), SL_ERANGE,
                "containers", "at most 1,000,000,000");
}
END_TEST

/* A dunnage at or above a container type's payload is an error of
 * validation (--dunnage 50,250 was read as 50,250 kg and every row
 * showed 0 by weight): it names load_rules.dunnage and the payload,
 * and suggests the range form.  Only packaged cargo carries dunnage. */
/* Thousands separators group the leading digits in 1 to 3 (docs/
 * distributions.md, as sl_dist_parse reads them): "1000,000" and
 * "4800,000" were read as 1,000,000 and 4,800,000 in counts and claims,
 * and "1.234,567" (a decimal-comma habit) as 1.234567. */
START_TEST(test_thousands_first_group)
{
    double v;
    ck_assert_int_eq(sl_scenario_set_containers(sc, "12,385", &e), SL_OK);
    ck_assert_double_eq(count_value(NULL), 12385.0);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "1,234,567", &e), SL_OK);
    ck_assert_double_eq(count_value(NULL), 1234567.0);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "6,700 to 7,000", &e),
                     SL_OK);
    assert_fail(sl_scenario_set_containers(sc, "1000,000", &e), SL_EPARSE,
                "containers", "groups of 3 digits");
    assert_fail(sl_scenario_set_containers(sc, "6,700 to 7000,000", &e),
                SL_EPARSE, "containers", "groups of 3 digits");
    ck_assert_int_eq(sl_scenario_set_claim(sc, "4,823,385", NULL, NULL, &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_claim(sc, &v, NULL, NULL, NULL), 1);
    ck_assert_double_eq(v, 4823385.0);
    assert_fail(sl_scenario_set_claim(sc, "4800,000", NULL, NULL, &e),
                SL_EPARSE, "claim", "groups of 3");
    assert_fail(sl_scenario_set_claim(sc, "up to 1.234,567", NULL, NULL, &e),
                SL_EPARSE, "claim", "groups of 3");
}
END_TEST

START_TEST(test_dunnage_above_payload)
{
    sl_load_rules r;
    const sl_container *c = sl_catalog_find_container(cat, "iso-20-24t");
    double payload = c->max_gross.dist.hi - c->tare.dist.lo;
    char want[200], p[40];
    sl_load_rules_init(&r);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "2,385", &e), SL_OK);
    r.dunnage = r.dunnage_range[0] = r.dunnage_range[1] = 50250;
    ck_assert_int_eq(sl_scenario_set_load_rules(sc, &r, &e), SL_OK);
    /* bare shells (a mass equivalence) carry no dunnage */
    ck_assert_int_eq(sl_scenario_validate(sc, &e), SL_OK);
    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-round", NULL, &e),
                     SL_OK);
    sl_format_number(payload, 0, 0, p, sizeof p);
    snprintf(want, sizeof want, "a dunnage of 50,250 kg per container is at "
             "or above the payload of iso-20-24t, %s kg at most", p);
    assert_fail(sl_scenario_validate(sc, &e), SL_ERANGE, "load_rules.dunnage",
                want);
    ck_assert_msg(strstr(e.what, "such as 50-250"), "%s", e.what);
    /* the high end of a range counts; just below the payload passes */
    r.dunnage = 150.5;
    r.dunnage_range[0] = 50.25;
    r.dunnage_range[1] = payload;
    ck_assert_int_eq(sl_scenario_set_load_rules(sc, &r, &e), SL_OK);
    assert_fail(sl_scenario_validate(sc, &e), SL_ERANGE, "load_rules.dunnage",
                "at or above the payload of iso-20-24t");
    r.dunnage_range[1] = payload - 0.5;
    ck_assert_int_eq(sl_scenario_set_load_rules(sc, &r, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_validate(sc, &e), SL_OK);
}
END_TEST

START_TEST(test_containers_errors)
{
    sl_dist half;
    ck_assert_int_eq(sl_scenario_set_containers(sc, "2,385", &e), SL_OK);
    assert_fail(sl_scenario_set_containers(sc, "0", &e), SL_ERANGE,
                "containers", "at least 1");
    assert_fail(sl_scenario_set_containers(sc, "0.4", &e), SL_ERANGE,
                "containers", "at least 1");
    assert_fail(sl_scenario_set_containers(sc, "1e300", &e), SL_ERANGE,
                "containers", "at most 1,000,000,000");
    assert_fail(sl_scenario_set_containers(sc, "1000000001", &e), SL_ERANGE,
                "containers", "at most 1,000,000,000");
    assert_fail(sl_scenario_set_containers(sc, "uniform(0.5, 20)", &e),
                SL_ERANGE, "containers", "at least 1");
    /* a bounded form's high end is the top of its support: 1e-9 into its
       tail this one stayed at 10^9 and ran */
    assert_fail(sl_scenario_set_containers(sc, "uniform(1, 1000000001)", &e),
                SL_ERANGE, "containers", "reaches 1,000,000,001; expected "
                "at most 1,000,000,000");
    ck_assert_int_eq(sl_scenario_set_containers(sc, "uniform(1, 1e9)", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "normal(10000, 100)", &e),
                     SL_OK);
    /* a value below 1 names the count's minimum, 1 (it said 0) */
    assert_fail(sl_scenario_set_containers(sc, "-5", &e), SL_ERANGE,
                "containers", "-5 is below the minimum 1");
    assert_fail(sl_scenario_set_containers(sc, "-5 to 10", &e), SL_ERANGE,
                "containers", "-5 is below the minimum 1");
    /* Errors from the number parser still name the field and the form. */
    assert_fail_any(sl_scenario_set_containers(sc, "NaN", &e), "containers",
                    "expected a container count");
    assert_fail(sl_scenario_set_containers(sc, "abc", &e), SL_EPARSE,
                "containers", "such as 10,000");
    assert_fail(sl_scenario_set_containers(sc, "at least", &e), SL_EPARSE,
                "containers", "no number");
    /* a qualifier it does not know: the message named only distribution
       forms ("unknown form 'roughly'; write a number, 'lo to hi', ..."),
       not the qualifiers a count takes */
    assert_fail(sl_scenario_set_containers(sc, "roughly 6,700", &e),
                SL_EPARSE, "containers",
                "optionally after a qualifier: \"about\", \"at least\" "
                "(\"more than\", \"over\", a trailing +), \"at most\", "
                "\"up to\"");
    /* a column in a one-line text is on line 1, as sl_dist_parse says
       (it was line 0, "unknown", beside a real column) */
    ck_assert_int_eq(e.line, 1);
    ck_assert_int_eq(e.column, 1);
    assert_fail(sl_scenario_set_containers(sc, "  ", &e), SL_EPARSE,
                "containers", "no number");
    /* a qualifier beside a range: it was echoed and then ignored ("at
       least 9,000 to 10,000" ran as the range alone) */
    assert_fail(sl_scenario_set_containers(sc, "at least 9,000 to 10,000",
                                           &e),
                SL_EINVAL, "containers", "\"at least\" does not go with a "
                "range of counts (9,000 to 10,000)");
    assert_fail(sl_scenario_set_containers(sc, "about uniform(6700, 7000)",
                                           &e),
                SL_EINVAL, "containers", "give the range alone");
    ck_assert_int_eq(sl_dist_set_uniform(&half, 9000, 10000, 9000, 10000,
                                         &e), SL_OK);
    assert_fail(sl_scenario_set_container_count(sc, &half, SL_QUAL_AT_MOST,
                                                &e),
                SL_EINVAL, "containers", "\"at most\" does not go with a "
                "range of counts");
    ck_assert_int_eq(sl_scenario_set_container_count(sc, &half,
                                                     SL_QUAL_EXACT, &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "2,385", &e), SL_OK);
    assert_fail_any(sl_scenario_set_containers(sc, "10,00", &e),
                    "containers", "expected a container count");
    assert_fail(sl_scenario_set_containers(sc, NULL, &e), SL_EINVAL,
                "containers", "NULL");
    assert_fail(sl_scenario_set_containers(NULL, "5", &e), SL_EINVAL, "sc",
                "NULL");
    /* A failed call leaves the count as it was. */
    ck_assert_double_eq(count_value(NULL), 2385.0);

    ck_assert_int_eq(sl_dist_set_const(&half, 0.5, 0, 10, &e), SL_OK);
    assert_fail(sl_scenario_set_container_count(sc, &half, SL_QUAL_EXACT, &e),
                SL_ERANGE, "containers", "at least 1");
    half.a = half.lo = half.hi = 3.5;
    assert_fail(sl_scenario_set_container_count(sc, &half, (sl_qualifier)7,
                                                &e),
                SL_EINVAL, "containers", "qualifier 7");
    assert_fail(sl_scenario_set_container_count(sc, NULL, SL_QUAL_EXACT, &e),
                SL_EINVAL, "n", "NULL");
    ck_assert_double_eq(count_value(NULL), 2385.0);
    ck_assert_int_eq(sl_scenario_set_container_count(sc, &half,
                                                     SL_QUAL_AT_MOST, &e),
                     SL_OK);
}
END_TEST

START_TEST(test_types_replace_and_shares)
{
    const sl_dist *share;
    int rest;
    sl_scenario_clear_container_types(sc);
    ck_assert_uint_eq(sl_scenario_container_type_count(sc), 0);
    ck_assert_int_eq(sl_scenario_add_container_type(sc, "iso-40", "0.3", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_add_container_type(sc, "iso-20", " Rest ",
                                                    &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_add_container_type(sc, "iso-40hc", "15%",
                                                    &e),
                     SL_OK);
    ck_assert_str_eq(sl_scenario_container_type(sc, 0, &share, &rest)->id,
                     "iso-40");
    ck_assert_double_eq_tol(share->lo, 0.3, 1e-15);
    ck_assert_int_eq(rest, 0);
    sl_scenario_container_type(sc, 1, &share, &rest);
    ck_assert_int_eq(rest, 1);
    sl_scenario_container_type(sc, 2, &share, &rest);
    ck_assert_double_eq_tol(share->hi, 0.15, 1e-15);

    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-round", NULL, &e),
                     SL_OK);
    sl_scenario_cargo_type(sc, 0, &share, &rest);
    ck_assert_double_eq(share->lo, 1.0);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "2385", &e), SL_OK);
    ck_assert_int_eq(sl_scenario_validate(sc, &e), SL_OK);
}
END_TEST

/* sl_scenario_set_*_share: one listed entry's share changes, the others
 * stay; "rest" moves only when no other entry is rest; errors leave the
 * scenario unchanged and name the list or the share. */
START_TEST(test_set_share)
{
    const sl_dist *share;
    int rest;
    /* the defaults: iso-20-24t uniform(0, 1), iso-20 rest */
    ck_assert_int_eq(sl_scenario_set_container_share(sc, "iso-20-24t",
                                                     "0.385", &e),
                     SL_OK);
    sl_scenario_container_type(sc, 0, &share, &rest);
    ck_assert_int_eq(rest, 0);
    ck_assert_int_eq(sl_dist_is_const(share), 1);
    ck_assert_double_eq_tol(share->lo, 0.385, 1e-15);
    sl_scenario_container_type(sc, 1, &share, &rest);
    ck_assert_int_eq(rest, 1);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "2385", &e), SL_OK);
    ck_assert_int_eq(sl_scenario_validate(sc, &e), SL_OK);
    /* a second rest is refused, naming the entry that is rest */
    assert_fail(sl_scenario_set_container_share(sc, "iso-20-24t", "rest", &e),
                SL_EINVAL, "container_types[0].share",
                "container_types[1].share is already \"rest\"");
    sl_scenario_container_type(sc, 0, &share, &rest);
    ck_assert_int_eq(rest, 0);
    ck_assert_double_eq_tol(share->lo, 0.385, 1e-15);
    /* the rest entry itself may be set rest again, or a number */
    ck_assert_int_eq(sl_scenario_set_container_share(sc, "iso-20", "rest", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_set_container_share(sc, "iso-20", "61.5%",
                                                     &e),
                     SL_OK);
    sl_scenario_container_type(sc, 1, &share, &rest);
    ck_assert_int_eq(rest, 0);
    ck_assert_double_eq_tol(share->hi, 0.615, 1e-15);
    ck_assert_int_eq(sl_scenario_validate(sc, &e), SL_OK);
    /* a share that breaks the sum is the validator's to find */
    ck_assert_int_eq(sl_scenario_set_container_share(sc, "iso-20", "0.6", &e),
                     SL_OK);
    assert_fail(sl_scenario_validate(sc, &e), SL_EINVAL, "container_types",
                "sum to 0.985");
    /* cargo: an id not listed (but in the catalog), a bad share */
    assert_fail(sl_scenario_set_cargo_share(sc, "122mm-grad", "0.2", &e),
                SL_ENOTFOUND, "cargo", "\"122mm-grad\" is not in cargo");
    assert_fail_any(sl_scenario_set_cargo_share(sc, "152mm-shell-mass-equiv",
                                                "1.25", &e),
                    "cargo[0].share", "a share in [0, 1]");
    sl_scenario_cargo_type(sc, 0, &share, &rest);
    ck_assert_double_eq(share->lo, 1.0);
    ck_assert_int_eq(sl_scenario_set_cargo_share(sc, "152mm-shell-mass-equiv",
                                                 NULL, &e),
                     SL_OK);
    assert_fail(sl_scenario_set_cargo_share(NULL, "x", "1", &e), SL_EINVAL,
                "sc", "NULL");
    assert_fail(sl_scenario_set_container_share(sc, NULL, "1", &e),
                SL_EINVAL, "container_types", "NULL");
}
END_TEST

/* An unknown id of SL_ID_MAX or more characters was cut to 40 in the
 * message ("%.40s"), and so was a 47-character id listed twice: a message
 * quotes an id whole up to 80 bytes, longer ones marked as shortened. */
START_TEST(test_long_ids_quoted_whole)
{
    static const char long_id[] =
        "q7x-2385.long-id.abcdefghijklmnopqrstuvwxyz.0123456789-tail";
    char huge[301], want[120];
    sl_catalog *own = NULL;
    sl_scenario *s2 = NULL;
    sl_cargo g = *sl_catalog_find_cargo(cat, "122mm-round");
    ck_assert_uint_eq(strlen(long_id), 59);
    assert_fail(sl_scenario_add_cargo_type(sc, long_id, "0.385", &e),
                SL_ENOTFOUND, "cargo[1].id",
                "unknown cargo id \"q7x-2385.long-id.abcdefghijklmnopqrstuvwxyz"
                ".0123456789-tail\"; known: 152mm-shell-mass-equiv, ");
    ck_assert_ptr_nonnull(strstr(e.what, "kn-23, non-munition"));
    assert_fail(sl_scenario_add_container_type(sc, long_id, NULL, &e),
                SL_ENOTFOUND, "container_types[2].id",
                "unknown container type id \"q7x-2385.long-id.abcdefghijklmno"
                "pqrstuvwxyz.0123456789-tail\"; known: iso-20-24t, ");
    /* 300 characters: the first 60, "..." and the length, then the ids */
    memset(huge, 'z', 300);
    memcpy(huge, "2385-", 5);
    huge[300] = '\0';
    snprintf(want, sizeof want, "unknown cargo id \"%.60s... (300 "
             "characters)\"; known: 152mm", huge);
    assert_fail(sl_scenario_add_cargo_type(sc, huge, NULL, &e), SL_ENOTFOUND,
                "cargo[1].id", want);
    ck_assert_ptr_nonnull(strstr(e.what, "kn-23, non-munition"));
    /* a catalog id of 47 characters, listed twice, quoted whole */
    memset(g.id, 0, sizeof g.id);
    memcpy(g.id, "d30-2385.box-of-two.abcdefghijklmnopqrstuvwxy.z", 47);
    ck_assert_int_eq(sl_catalog_alloc(&own, &e), SL_OK);
    ck_assert_int_eq(sl_catalog_put_cargo(own, &g, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_alloc(own, &s2, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_add_cargo_type(s2, g.id, "0.385", &e), SL_OK);
    assert_fail(sl_scenario_add_cargo_type(s2, g.id, "0.2", &e), SL_EINVAL,
                "cargo[1].id",
                "\"d30-2385.box-of-two.abcdefghijklmnopqrstuvwxy.z\" is "
                "already listed as cargo[0]");
    sl_scenario_free(s2);
    sl_catalog_free(own);
}
END_TEST

START_TEST(test_types_errors)
{
    assert_fail(sl_scenario_add_container_type(sc, "iso-30", "0.5", &e),
                SL_ENOTFOUND, "container_types[2].id", "\"iso-30\"");
    ck_assert_ptr_nonnull(strstr(e.what, "iso-20-24t, iso-20, iso-40"));
    assert_fail(sl_scenario_add_cargo_type(sc, "155mm", "0.5", &e),
                SL_ENOTFOUND, "cargo[1].id", "known: ");
    ck_assert_ptr_nonnull(strstr(e.what, "122mm-grad"));
    assert_fail(sl_scenario_add_container_type(sc, "iso-20", "0.5", &e),
                SL_EINVAL, "container_types[2].id",
                "already listed as container_types[1]");
    assert_fail(sl_scenario_add_container_type(sc, "iso-40", "rest", &e),
                SL_EINVAL, "container_types[2].share",
                "container_types[1].share is already \"rest\"");
    assert_fail_any(sl_scenario_add_cargo_type(sc, "kn-23", "1.5", &e),
                    "cargo[1].share", "a share in [0, 1]");
    assert_fail(sl_scenario_add_cargo_type(sc, "kn-23", "lots", &e),
                SL_EPARSE, "cargo[1].share", "or rest");
    assert_fail(sl_scenario_add_cargo_type(sc, "kn-23", "restless", &e),
                SL_EPARSE, "cargo[1].share", "or rest");
    assert_fail(sl_scenario_add_cargo_type(sc, NULL, "1", &e), SL_EINVAL,
                "cargo", "NULL");
    assert_fail(sl_scenario_add_container_type(NULL, "iso-20", "1", &e),
                SL_EINVAL, "sc", "NULL");
    /* Nothing was added by the failed calls. */
    ck_assert_uint_eq(sl_scenario_container_type_count(sc), 2);
    ck_assert_uint_eq(sl_scenario_cargo_type_count(sc), 1);
    sl_scenario_clear_cargo_types(NULL);
    sl_scenario_clear_container_types(NULL);
}
END_TEST

START_TEST(test_validate_share_rules)
{
    ck_assert_int_eq(sl_scenario_set_containers(sc, "2385", &e), SL_OK);
    /* Fixed shares that do not sum to 1. */
    sl_scenario_clear_cargo_types(sc);
    sl_scenario_add_cargo_type(sc, "152mm-round", "0.3", &e);
    sl_scenario_add_cargo_type(sc, "122mm-grad", "0.6", &e);
    assert_fail(sl_scenario_validate(sc, &e), SL_EINVAL, "cargo",
                "sum to 0.9");
    /* ... and that do, within rounding (0.1 + 0.2 + 0.7 != 1 in doubles). */
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "kn-23", "0.1", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_validate(sc, &e), SL_OK);

    /* An uncertain share without rest. */
    sl_scenario_clear_cargo_types(sc);
    sl_scenario_add_cargo_type(sc, "152mm-round", "0.75", &e);
    sl_scenario_add_cargo_type(sc, "122mm-grad", "uniform(0.2, 0.3)", &e);
    assert_fail(sl_scenario_validate(sc, &e), SL_EINVAL, "cargo[1].share",
                "needs another share of cargo to be \"rest\"");

    /* With rest, the others' upper ends must not pass 1. */
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "non-munition", "rest",
                                                &e),
                     SL_OK);
    assert_fail(sl_scenario_validate(sc, &e), SL_EINVAL, "cargo[2].share",
                "reach 1.05");
    sl_scenario_clear_cargo_types(sc);
    sl_scenario_add_cargo_type(sc, "152mm-round", "0.65", &e);
    sl_scenario_add_cargo_type(sc, "non-munition", "rest", &e);
    sl_scenario_add_cargo_type(sc, "122mm-grad", "uniform(0.2, 0.3)", &e);
    ck_assert_int_eq(sl_scenario_validate(sc, &e), SL_OK);

    /* A lone rest is the whole list. */
    sl_scenario_clear_container_types(sc);
    sl_scenario_add_container_type(sc, "iso-40", "rest", &e);
    ck_assert_int_eq(sl_scenario_validate(sc, &e), SL_OK);
    sl_scenario_clear_cargo_types(sc);
    assert_fail(sl_scenario_validate(sc, &e), SL_EINVAL, "cargo",
                "no cargo type");
    assert_fail(sl_scenario_validate(NULL, &e), SL_EINVAL, "sc", "NULL");
}
END_TEST

START_TEST(test_fill)
{
    const sl_dist *f;
    ck_assert_int_eq(sl_scenario_set_fill(sc, "85%", &e), SL_OK);
    f = sl_scenario_fill(sc);
    ck_assert_int_eq(sl_dist_is_const(f), 1);
    ck_assert_double_eq_tol(f->lo, 0.85, 1e-15);
    ck_assert_int_eq(sl_scenario_set_fill(sc, "0.7 to 0.95", &e), SL_OK);
    f = sl_scenario_fill(sc);
    ck_assert_int_eq(sl_dist_is_const(f), 0);
    ck_assert(f->lo >= 0.0 && f->hi <= 1.0);
    assert_fail_any(sl_scenario_set_fill(sc, "1.2", &e), "fill",
                "a fraction in [0, 1]");
    assert_fail(sl_scenario_set_fill(sc, "full", &e), SL_EPARSE, "fill",
                "85%");
    assert_fail(sl_scenario_set_fill(sc, NULL, &e), SL_EINVAL, "fill",
                "NULL");
    ck_assert_int_eq(sl_dist_is_const(sl_scenario_fill(sc)), 0);
    ck_assert_ptr_null(sl_scenario_fill(NULL));
}
END_TEST

START_TEST(test_load_rules)
{
    sl_load_rules r = {12.5, 7.25, 33.75, 181.5, 0, {0, 20}, {7.25, 7.25},
                       {10.5, 60}, {120, 240}};
    sl_load_rules bad;
    ck_assert_int_eq(sl_scenario_set_load_rules(sc, &r, &e), SL_OK);
    assert_rules_eq(sl_scenario_load_rules(sc), &r);
    bad = r;
    bad.margin_width = -0.5;
    assert_fail(sl_scenario_set_load_rules(sc, &bad, &e), SL_ERANGE,
                "load_rules.margin_width", ">= 0 (mm)");
    bad = r;
    bad.dunnage = NAN;
    assert_fail(sl_scenario_set_load_rules(sc, &bad, &e), SL_ERANGE,
                "load_rules.dunnage", "(kg)");
    bad = r;
    bad.margin_length = HUGE_VAL;
    assert_fail(sl_scenario_set_load_rules(sc, &bad, &e), SL_ERANGE,
                "load_rules.margin_length", "finite");
    bad = r;
    bad.margin_height = -1;
    assert_fail(sl_scenario_set_load_rules(sc, &bad, &e), SL_ERANGE,
                "load_rules.margin_height", "finite");
    bad = r;
    bad.dunnage_range[1] = 175.0; /* below the figure 181.5 */
    assert_fail(sl_scenario_set_load_rules(sc, &bad, &e), SL_ERANGE,
                "load_rules.dunnage_range", "181.5 kg is outside");
    bad = r;
    bad.margin_width_range[0] = -2.5;
    assert_fail(sl_scenario_set_load_rules(sc, &bad, &e), SL_ERANGE,
                "load_rules.margin_width_range", "0 <= low <= high (mm)");
    bad = r;
    bad.check_door = 2;
    assert_fail(sl_scenario_set_load_rules(sc, &bad, &e), SL_EINVAL,
                "load_rules.check_door", "0 or 1");
    assert_fail(sl_scenario_set_load_rules(sc, NULL, &e), SL_EINVAL,
                "load_rules", "NULL");
    assert_rules_eq(sl_scenario_load_rules(sc), &r);
}
END_TEST

/* Set a claim and read its value and qualifier back. */
static double claim_of(const char *text, sl_qualifier *q)
{
    double v = -1;
    ck_assert_int_eq(sl_scenario_set_claim(sc, text, NULL, NULL, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_claim(sc, &v, q, NULL, NULL), 1);
    return v;
}

START_TEST(test_claim_forms)
{
    sl_qualifier q;
    const char *src, *date;
    double v;
    ck_assert_double_eq_tol(claim_of("up to 4.8 million", &q), 4.8e6, 1e-6);
    ck_assert_int_eq(q, SL_QUAL_UP_TO);
    ck_assert_double_eq(claim_of("at most 4,800,000", &q), 4.8e6);
    ck_assert_int_eq(q, SL_QUAL_AT_MOST);
    ck_assert_double_eq(claim_of("at least 3,000,000", &q), 3e6);
    ck_assert_int_eq(q, SL_QUAL_AT_LEAST);
    ck_assert_double_eq(claim_of("4800000", &q), 4.8e6);
    ck_assert_int_eq(q, SL_QUAL_EXACT);
    ck_assert_double_eq(claim_of("4.8e6", &q), 4.8e6);
    ck_assert_double_eq(claim_of("more than 500k", &q), 5e5);
    ck_assert_int_eq(q, SL_QUAL_AT_LEAST);
    ck_assert_double_eq_tol(claim_of("about 9.4 Million", &q), 9.4e6, 1e-6);
    ck_assert_int_eq(q, SL_QUAL_ABOUT);
    ck_assert_double_eq_tol(claim_of("could contain up to 4.8M", &q), 4.8e6,
                            1e-6);
    ck_assert_int_eq(q, SL_QUAL_UP_TO);
    ck_assert_double_eq(claim_of("0", &q), 0.0);
    /* a scale word's product is the whole number meant, exactly: 1.001 *
       10^6 is 1000999.9999999999 in doubles, and a count of exactly
       1,001,000 was not "at most" it */
    ck_assert_double_eq(claim_of("at most 1.001 million", &q), 1001000.0);
    ck_assert_double_eq(claim_of("1.009k", &q), 1009.0);
    ck_assert_double_eq_tol(claim_of("1.0000001 million", &q), 1000000.1,
                            1e-6); /* not rounded to 1,000,000 */
    ck_assert_double_eq(claim_of("0.5", &q), 0.5); /* not near a whole */
    /* a trailing + is "that many or more", as for a container count
       ("20,000+"): "3 million+" was an error that named no qualifier */
    ck_assert_double_eq_tol(claim_of("2.385 million+", &q), 2.385e6, 1e-6);
    ck_assert_int_eq(q, SL_QUAL_AT_LEAST);
    ck_assert_double_eq(claim_of("about 4,823,385 +", &q), 4823385.0);
    ck_assert_int_eq(q, SL_QUAL_AT_LEAST);
    /* scale words of other languages, with or without their point, and
     * "could contain" alone */
    ck_assert_double_eq_tol(claim_of("4.8 Mio", &q), 4.8e6, 1e-6);
    ck_assert_int_eq(q, SL_QUAL_EXACT);
    ck_assert_double_eq_tol(claim_of("about 2.385 mln.", &q), 2.385e6, 1e-6);
    ck_assert_int_eq(q, SL_QUAL_ABOUT);
    ck_assert_double_eq_tol(claim_of("1.25 Mrd", &q), 1.25e9, 1e-3);
    ck_assert_double_eq_tol(claim_of("could contain 4.8 million", &q), 4.8e6,
                            1e-6);
    ck_assert_int_eq(q, SL_QUAL_UP_TO);

    ck_assert_int_eq(sl_scenario_set_claim(sc, "up to 4.8 million",
                                           "Shin Won-sik, Bloomberg",
                                           "2024-06-14", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_claim(sc, &v, &q, &src, &date), 1);
    ck_assert_str_eq(src, "Shin Won-sik, Bloomberg");
    ck_assert_str_eq(date, "2024-06-14");
    sl_scenario_clear_claim(sc);
    ck_assert_int_eq(sl_scenario_claim(sc, &v, &q, &src, &date), 0);
    ck_assert(isnan(v));
    ck_assert_ptr_null(src);
}
END_TEST

START_TEST(test_claim_errors)
{
    char longtext[400];
    double v;
    ck_assert_int_eq(sl_scenario_set_claim(sc, "2385", NULL, NULL, &e), SL_OK);
    assert_fail(sl_scenario_set_claim(sc, "lots", NULL, NULL, &e), SL_EPARSE,
                "claim", "not a number");
    assert_fail(sl_scenario_set_claim(sc, "up to 4.8 zillion", NULL, NULL,
                                      &e),
                SL_EPARSE, "claim", "\"zillion\"");
    ck_assert_int_eq(e.column, 11);
    /* what to write instead: a decimal comma, words after the total,
     * digits grouped by blanks (a range is a claim: test_claim_range_*) */
    assert_fail(sl_scenario_set_claim(sc, "up to 4,8 Mio", NULL, NULL, &e),
                SL_EPARSE, "claim", "\"4,8\": a comma separates thousands "
                "only, in groups of 3 (4,800,000); write a decimal fraction "
                "with a point");
    ck_assert_int_eq(e.column, 8);
    assert_fail(sl_scenario_set_claim(sc, "up to 4.8 million artillery shells",
                                      NULL, NULL, &e),
                SL_EPARSE, "claim", "unexpected \"artillery shells\" after "
                "\"4.8 million\"; give the claimed total alone");
    ck_assert_int_eq(e.column, 19);
    assert_fail(sl_scenario_set_claim(sc, "4 800 000", NULL, NULL, &e),
                SL_EPARSE, "claim", "blanks do not group digits");
    assert_fail(sl_scenario_set_claim(sc, "-5", NULL, NULL, &e), SL_ERANGE,
                "claim", ">= 0");
    assert_fail(sl_scenario_set_claim(sc, "inf", NULL, NULL, &e), SL_ERANGE,
                "claim", "finite");
    assert_fail(sl_scenario_set_claim(sc, "nan", NULL, NULL, &e), SL_ERANGE,
                "claim", "finite");
    assert_fail(sl_scenario_set_claim(sc, "1e308 million", NULL, NULL, &e),
                SL_ERANGE, "claim", "finite");
    assert_fail(sl_scenario_set_claim(sc, "up to", NULL, NULL, &e),
                SL_EPARSE, "claim", "expected a number");
    /* strtod's other forms are no claims: "0x10" read as 16 */
    assert_fail(sl_scenario_set_claim(sc, "0x10", NULL, NULL, &e),
                SL_EPARSE, "claim", "\"0x10\": a hexadecimal number is not "
                "taken; write the number in decimal");
    ck_assert_int_eq(e.column, 1);
    assert_fail(sl_scenario_set_claim(sc, "up to 0X1p4 million", NULL, NULL,
                                      &e),
                SL_EPARSE, "claim", "\"0X1p4\": a hexadecimal number");
    ck_assert_int_eq(e.column, 7);
    /* a word the parser does not know as a qualifier: the message says so
       (it said "is not a number"), with "at most" for an upper bound, and
       names those it knows */
    assert_fail(sl_scenario_set_claim(sc, "less than 5 million", NULL, NULL,
                                      &e),
                SL_EPARSE, "claim", "\"less than\" is not a qualifier a "
                "claim takes (an upper bound is \"at most\"); expected a "
                "number");
    ck_assert_int_eq(e.column, 1);
    assert_fail(sl_scenario_set_claim(sc, "roughly 5 million", NULL, NULL,
                                      &e),
                SL_EPARSE, "claim", "\"roughly\" is not a qualifier a claim "
                "takes; expected a number such as 4800000, 4,800,000, 4.8e6 "
                "or \"4.8 million\", optionally after a qualifier: "
                "\"about\"");
    assert_fail(sl_scenario_set_claim(sc, "at most 2,385+", NULL, NULL, &e),
                SL_EPARSE, "claim", "+");
    memset(longtext, 'x', sizeof longtext - 1);
    longtext[sizeof longtext - 1] = '\0';
    assert_fail(sl_scenario_set_claim(sc, "5", longtext, NULL, &e), SL_ERANGE,
                "claim.source", "shorten");
    assert_fail(sl_scenario_set_claim(sc, "5", NULL, longtext, &e), SL_ERANGE,
                "claim.date", "2024-06-14");
    assert_fail(sl_scenario_set_claim(sc, NULL, NULL, NULL, &e), SL_EINVAL,
                "claim", "NULL");
    /* The old claim survives every failure. */
    ck_assert_int_eq(sl_scenario_claim(sc, &v, NULL, NULL, NULL), 1);
    ck_assert_double_eq(v, 2385.0);
}
END_TEST

/* The ends of the range claim text (asserted to be one). */
static void range_of(const char *text, double *lo, double *hi)
{
    double v = -1;
    sl_qualifier q = SL_QUAL_EXACT;
    ck_assert_msg(sl_scenario_set_claim(sc, text, "ISW", "2023-10-25", &e) ==
                      SL_OK,
                  "%s: %s", text, e.what);
    ck_assert_int_eq(sl_scenario_claim(sc, &v, &q, NULL, NULL), 1);
    ck_assert_int_eq(q, SL_QUAL_RANGE);
    ck_assert_int_eq(sl_scenario_claim_range(sc, lo, hi), 1);
    ck_assert_double_eq(v, *lo); /* the value is the low end */
}

/* A range claim in every written form: "to", "-", an en dash, "between
 * ... and", thousands commas, scale words (one after the high end alone
 * scales both ends; "1.5 million to 2" keeps its ends as written). */
START_TEST(test_claim_range_forms)
{
    static const struct { const char *text; double lo, hi; } cases[] = {
        {"300,000 to 500,000", 300000, 500000},
        {"238,500-471,300", 238500, 471300},
        {"238,500 - 471,300", 238500, 471300},
        {"238,500\xe2\x80\x93" "471,300", 238500, 471300},
        {"2,385 \xe2\x80\x93 4,713", 2385, 4713},
        {"between 238,500 and 471,300", 238500, 471300},
        {"BETWEEN  2.385e5\tAND 4.713e5", 238500, 471300},
        {"1.5 to 2.385 million", 1.5e6, 2.385e6},
        {"1.5-2.385 Mio.", 1.5e6, 2.385e6},
        {"between 238.5 and 471.3 thousand", 238500, 471300},
        {"238.5k to 1.2385 million", 238500, 1238500},
        /* a low end of 1,000 or more is written out in full */
        {"238,500 to 4.713 million", 238500, 4713000},
        {"2385 to 4.713 thousand", 2385, 4713},
        {"2.385m-4.713m", 2.385e6, 4.713e6},
        {"0 to 471,300", 0, 471300},
        {"  300,000 to 500,000  ", 300000, 500000},
    };
    const char *src = NULL, *date = NULL;
    double lo, hi;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        range_of(cases[i].text, &lo, &hi);
        ck_assert_msg(fabs(lo - cases[i].lo) <= 1e-9 * cases[i].lo &&
                          fabs(hi - cases[i].hi) <= 1e-9 * cases[i].hi,
                      "%s: [%.17g, %.17g]", cases[i].text, lo, hi);
    }
    ck_assert_int_eq(sl_scenario_claim(sc, NULL, NULL, &src, &date), 1);
    ck_assert_str_eq(src, "ISW");
    ck_assert_str_eq(date, "2023-10-25");
    ck_assert_str_eq(sl_qualifier_name(SL_QUAL_RANGE), "between");
    /* the qualifier parser knows no "between": it is no count's qualifier */
    ck_assert_int_eq(sl_qualifier_parse("between 3 and 5", NULL),
                     SL_QUAL_EXACT);
    /* one total is no range: 0 and NaN ends */
    ck_assert_int_eq(sl_scenario_set_claim(sc, "up to 4,713,000", NULL, NULL,
                                           &e), SL_OK);
    lo = hi = 1;
    ck_assert_int_eq(sl_scenario_claim_range(sc, &lo, &hi), 0);
    ck_assert(isnan(lo) && isnan(hi));
    ck_assert_int_eq(sl_scenario_claim_range(sc, NULL, NULL), 0);
    sl_scenario_clear_claim(sc);
    ck_assert_int_eq(sl_scenario_claim_range(sc, &lo, &hi), 0);
    ck_assert_int_eq(sl_scenario_claim_range(NULL, &lo, &hi), 0);
    ck_assert(isnan(lo) && isnan(hi));
    /* a copy keeps the range */
    range_of("between 2,385 and 4,713", &lo, &hi);
    {
        sl_scenario *cp = NULL;
        double l2, h2;
        ck_assert_int_eq(sl_scenario_copy(sc, &cp, &e), SL_OK);
        ck_assert_int_eq(sl_scenario_claim_range(cp, &l2, &h2), 1);
        ck_assert_double_eq(l2, 2385);
        ck_assert_double_eq(h2, 4713);
        sl_scenario_free(cp);
    }
    /* no count takes the range qualifier */
    {
        sl_dist d;
        ck_assert_int_eq(sl_dist_parse("2385", 0, HUGE_VAL, &d, &e), SL_OK);
        assert_fail(sl_scenario_set_container_count(sc, &d, SL_QUAL_RANGE, &e),
                    SL_EINVAL, "containers", "is not one of");
    }
}
END_TEST

/* Every way a range claim goes wrong: status, where, column, message. */
START_TEST(test_claim_range_errors)
{
    static const struct {
        const char *text;
        sl_status st;
        int column;
        const char *piece;
    } cases[] = {
        {"471,300 to 238,500", SL_ERANGE, 1,
         "the low end 471,300 is not below the high end 238,500; write the "
         "smaller figure first"},
        {"238,500 to 238,500", SL_ERANGE, 1,
         "the low end 238,500 is not below the high end 238,500"},
        /* the high end's scale word scales a bare low end below 1,000:
           500 million */
        {"500 to 1.2385 million", SL_ERANGE, 1,
         "the low end 500,000,000 is not below the high end 1,238,500; "
         "write the smaller figure first, e.g. \"300,000 to 500,000\" (a "
         "scale word after the high end alone applies to a low end below "
         "1,000 too"},
        {"4,713 to 2.385 thousand", SL_ERANGE, 1,
         "the low end 4,713 is not below the high end 2,385; write the "
         "smaller figure first, e.g. \"300,000 to 500,000\""},
        {"to 471,300", SL_EPARSE, 1, "the range has no low end"},
        {"  \xe2\x80\x93 471,300", SL_EPARSE, 3, "the range has no low end"},
        {"between and 471,300", SL_EPARSE, 9, "the range has no low end"},
        {"238,500 to", SL_EPARSE, 9, "the range has no high end"},
        {"238,500 -", SL_EPARSE, 9, "the range has no high end"},
        {"between 238,500", SL_EPARSE, 16,
         "has no high end; write both ends, e.g. \"between 300,000 and "
         "500,000\""},
        {"238,500 to lots", SL_EPARSE, 12,
         "the range's high end \"lots\" is not a number"},
        {"up to 3 to 5 million", SL_EPARSE, 1,
         "a qualifier (\"up to\") does not go with a range"},
        {"  about between 3 and 5", SL_EPARSE, 3,
         "a qualifier (\"about\") does not go with a range"},
        {"at least 238,500-471,300", SL_EPARSE, 1,
         "a qualifier (\"at least\")"},
        {"238,500 to 471,300+", SL_EPARSE, 19,
         "a trailing + (that many or more) goes with one total, not a range"},
        {"between 238,500 to 471,300", SL_EPARSE, 17,
         "after \"between\", \"and\" joins the ends"},
        {"238,500 and 471,300", SL_EPARSE, 9,
         "\"and\" joins a range's ends after \"between\" only"},
        {"-238,500 to 471,300", SL_ERANGE, 1,
         "the low end -238500 is not allowed; expected a finite number >= 0"},
        {"238,500 to -471,300", SL_ERANGE, 12,
         "the high end -471300 is not allowed"},
        {"238,500 to inf", SL_ERANGE, 12, "the high end inf is not allowed"},
        {"nan to 471,300", SL_ERANGE, 1, "the low end nan is not allowed"},
        {"1e308 million to 2e308 million", SL_ERANGE, 1,
         "the low end inf is not allowed"},
        {"238,500 to 471,300 shells", SL_EPARSE, 20,
         "unexpected \"shells\" after the number"},
        {"2.385 to 4.713 million shells", SL_EPARSE, 24,
         "unexpected \"shells\" after \"4.713 million\"; give the claimed "
         "range alone"},
        {"238,500 to 471 300", SL_EPARSE, 16, "blanks do not group digits"},
        {"2,385 to 4,7", SL_EPARSE, 11,
         "\"4,7\": a comma separates thousands only"},
        {"238,500 to 0x10", SL_EPARSE, 12,
         "\"0x10\": a hexadecimal number is not taken"},
        /* quoted as typed, not as "1000,00" (separators removed) */
        {"1,000,00", SL_EPARSE, 6,
         "\"1,000,00\": a comma separates thousands only"},
        {"about 12,5 million", SL_EPARSE, 9,
         "\"12,5\": a comma separates thousands only"},
        /* a qualifier alone: not '"" is not a number' */
        {"more than", SL_EPARSE, 0, "no number after \"more than\";"},
        {" up to  ", SL_EPARSE, 0, "no number after \"up to\";"},
    };
    double v;
    ck_assert_int_eq(sl_scenario_set_claim(sc, "2385", NULL, NULL, &e), SL_OK);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_fail(sl_scenario_set_claim(sc, cases[i].text, NULL, NULL, &e),
                    cases[i].st, "claim", cases[i].piece);
        ck_assert_msg(e.column == cases[i].column, "%s: column %d, not %d",
                      cases[i].text, e.column, cases[i].column);
    }
    /* the old claim survives every failure */
    ck_assert_int_eq(sl_scenario_claim(sc, &v, NULL, NULL, NULL), 1);
    ck_assert_double_eq(v, 2385.0);
    ck_assert_int_eq(sl_scenario_claim_range(sc, NULL, NULL), 0);
}
END_TEST

START_TEST(test_qualifiers)
{
    static const struct { const char *text; sl_qualifier q; const char *rest; }
    cases[] = {
        {"at least 10", SL_QUAL_AT_LEAST, "10"},
        {"AT  LEAST\t10", SL_QUAL_AT_LEAST, "10"},
        {"more than 10", SL_QUAL_AT_LEAST, "10"},
        {"over 10", SL_QUAL_AT_LEAST, "10"},
        {">=10", SL_QUAL_AT_LEAST, "10"},
        {"about 10", SL_QUAL_ABOUT, "10"},
        {"around 10", SL_QUAL_ABOUT, "10"},
        {"Approximately 10", SL_QUAL_ABOUT, "10"},
        {"~10", SL_QUAL_ABOUT, "10"},
        {"up to 10", SL_QUAL_UP_TO, "10"},
        {"at most 10", SL_QUAL_AT_MOST, "10"},
        {"<= 10", SL_QUAL_AT_MOST, "10"},
        {"could contain up to 10", SL_QUAL_UP_TO, "10"},
        {"  10", SL_QUAL_EXACT, "10"},
        {"overall 10", SL_QUAL_EXACT, "overall 10"},
        {"upto 10", SL_QUAL_EXACT, "upto 10"},
    };
    size_t i;
    const char *rest;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ck_assert_int_eq(sl_qualifier_parse(cases[i].text, &rest), cases[i].q);
        ck_assert_str_eq(rest, cases[i].rest);
    }
    ck_assert_int_eq(sl_qualifier_parse("about 3", NULL), SL_QUAL_ABOUT);
    ck_assert_int_eq(sl_qualifier_parse(NULL, &rest), SL_QUAL_EXACT);
    ck_assert_ptr_null(rest);
    ck_assert_str_eq(sl_qualifier_name(SL_QUAL_EXACT), "exact");
    ck_assert_str_eq(sl_qualifier_name(SL_QUAL_ABOUT), "about");
    ck_assert_str_eq(sl_qualifier_name(SL_QUAL_AT_LEAST), "at least");
    ck_assert_str_eq(sl_qualifier_name(SL_QUAL_AT_MOST), "at most");
    ck_assert_str_eq(sl_qualifier_name(SL_QUAL_UP_TO), "up to");
    ck_assert_str_eq(sl_qualifier_name((sl_qualifier)9), "?");
}
END_TEST

START_TEST(test_title)
{
    char longtext[300];
    ck_assert_int_eq(sl_scenario_set_title(sc, "June 2024 claim", &e), SL_OK);
    ck_assert_str_eq(sl_scenario_title(sc), "June 2024 claim");
    memset(longtext, 't', sizeof longtext - 1);
    longtext[sizeof longtext - 1] = '\0';
    assert_fail(sl_scenario_set_title(sc, longtext, &e), SL_ERANGE, "title",
                "shorten");
    ck_assert_str_eq(sl_scenario_title(sc), "June 2024 claim");
    /* scenario.h: more than 255 bytes is refused, 255 are kept whole */
    longtext[256] = '\0';
    assert_fail(sl_scenario_set_title(sc, longtext, &e), SL_ERANGE, "title",
                "256 bytes, more than 255");
    longtext[255] = '\0';
    ck_assert_int_eq(sl_scenario_set_title(sc, longtext, &e), SL_OK);
    ck_assert_uint_eq(strlen(sl_scenario_title(sc)), 255);
    ck_assert_int_eq(sl_scenario_set_title(sc, NULL, &e), SL_OK);
    ck_assert_str_eq(sl_scenario_title(sc), "");
    assert_fail(sl_scenario_set_title(NULL, "x", &e), SL_EINVAL, "sc",
                "NULL");
    ck_assert_ptr_null(sl_scenario_title(NULL));
}
END_TEST

START_TEST(test_copy_is_deep)
{
    sl_scenario *cp;
    double v;
    ck_assert_int_eq(sl_scenario_set_containers(sc, "at least 10,000", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_set_claim(sc, "4.8 million", "src", "d", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_set_title(sc, "before", &e), SL_OK);
    ck_assert_int_eq(sl_scenario_copy(sc, &cp, &e), SL_OK);

    /* Change the original in every part. */
    sl_scenario_clear_container_types(sc);
    sl_scenario_add_container_type(sc, "iso-40", "1", &e);
    sl_scenario_add_cargo_type(sc, "kn-23", "rest", &e);
    sl_scenario_set_containers(sc, "7", &e);
    sl_scenario_set_fill(sc, "0.5", &e);
    sl_scenario_set_claim(sc, "3", NULL, NULL, &e);
    sl_scenario_set_title(sc, "after", &e);
    sl_scenario_free(sc);
    sc = cp; /* freed by teardown */

    ck_assert_str_eq(sl_scenario_title(sc), "before");
    ck_assert_double_eq(count_value(NULL), 10000.0);
    ck_assert_uint_eq(sl_scenario_container_type_count(sc), 2);
    ck_assert_str_eq(sl_scenario_container_type(sc, 1, NULL, NULL)->id,
                     "iso-20");
    ck_assert_uint_eq(sl_scenario_cargo_type_count(sc), 1);
    ck_assert_double_eq(sl_scenario_fill(sc)->lo, 1.0);
    ck_assert_int_eq(sl_scenario_claim(sc, &v, NULL, NULL, NULL), 1);
    ck_assert_double_eq_tol(v, 4.8e6, 1e-6);
    /* The copy has its own catalog and room to grow. */
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "122mm-round", "0", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_add_container_type(sc, "iso-40hc", "0", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_validate(sc, &e), SL_OK);

    assert_fail(sl_scenario_copy(NULL, &cp, &e), SL_EINVAL, "sc", "NULL");
    assert_fail(sl_scenario_copy(sc, NULL, &e), SL_EINVAL, "out", "NULL");
}
END_TEST

START_TEST(test_null_views)
{
    sl_qualifier q;
    const sl_dist *share = (const sl_dist *)&e;
    int rest = 5;
    ck_assert_ptr_null(sl_scenario_containers(NULL, &q));
    ck_assert_uint_eq(sl_scenario_container_type_count(NULL), 0);
    ck_assert_uint_eq(sl_scenario_cargo_type_count(NULL), 0);
    ck_assert_ptr_null(sl_scenario_cargo_type(NULL, 0, &share, &rest));
    ck_assert_ptr_null(share);
    ck_assert_int_eq(rest, 0);
    ck_assert_ptr_null(sl_scenario_load_rules(NULL));
    ck_assert_int_eq(sl_scenario_claim(NULL, NULL, NULL, NULL, NULL), 0);
    ck_assert_int_eq(sl_scenario_set_fill(NULL, "1", &e), SL_EINVAL);
    ck_assert_int_eq(sl_scenario_set_claim(NULL, "1", NULL, NULL, NULL),
                     SL_EINVAL);
    sl_scenario_clear_claim(NULL);
}
END_TEST

static Suite *scenario_suite(void)
{
    Suite *s = suite_create("scenario");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_defaults);
    tcase_add_test(tc, test_alloc_errors);
    tcase_add_test(tc, test_empty_catalog_gives_empty_lists);
    tcase_add_test(tc, test_keeps_own_catalog_copy);
    tcase_add_test(tc, test_containers_forms);
    tcase_add_test(tc, test_containers_errors);
    tcase_add_test(tc, test_containers_scale_words);
    tcase_add_test(tc, test_thousands_first_group);
    tcase_add_test(tc, test_dunnage_above_payload);
    tcase_add_test(tc, test_types_replace_and_shares);
    tcase_add_test(tc, test_types_errors);
    tcase_add_test(tc, test_set_share);
    tcase_add_test(tc, test_long_ids_quoted_whole);
    tcase_add_test(tc, test_validate_share_rules);
    tcase_add_test(tc, test_fill);
    tcase_add_test(tc, test_load_rules);
    tcase_add_test(tc, test_claim_forms);
    tcase_add_test(tc, test_claim_errors);
    tcase_add_test(tc, test_claim_range_forms);
    tcase_add_test(tc, test_claim_range_errors);
    tcase_add_test(tc, test_qualifiers);
    tcase_add_test(tc, test_title);
    tcase_add_test(tc, test_copy_is_deep);
    tcase_add_test(tc, test_null_views);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return sl_test_run(scenario_suite());
}
