/*
 * tests/fuzz/fuzz_catalog.c - fuzz the catalog file loader.
 *
 * Input: catalog file text, loaded over a copy of the built-in catalog.
 * Promises checked: SL_OK or a filled error; on an error other than
 * SL_ENOMEM the catalog is unchanged; after SL_OK every entry passes its
 * check, and the capacity of every new or changed entry (with each entry
 * of the other kind) is a clean result or a clean error, with count =
 * min(by weight, by geometry) >= 0, and its proven geometry bound is clean
 * and at least the geometry limit found (or -1: none).  The catalog
 * written as a catalog file loads into an empty one and writes the same
 * text.
 */
#include <math.h>
#include <string.h>
#include "shipload/shipload.h"
#include "capacity_internal.h"
#include "fuzz.h"

/* Check one capacity (container c, cargo g). */
static void check_capacity(const sl_container *c, const sl_cargo *g)
{
    sl_load_rules rules;
    sl_capacity cap;
    sl_error e;
    sl_status st;
    long geo, bound;
    sl_load_rules_init(&rules);
    sl_error_clear(&e);
    st = sl_capacity_nominal(c, g, &rules, &cap, &e);
    if (st != SL_OK) {
        FUZZ_CHECK_ERROR(st, e);
        return;
    }
    st = sli_capacity_geometry_bound(c, g, &rules, &bound, &e);
    if (st != SL_OK) {
        FUZZ_CHECK_ERROR(st, e);
        return;
    }
    FUZZ_CHECK(bound == -1 || (bound >= 0 && bound >= cap.by_geometry),
               "%s x %s: proven bound %ld below the %ld found", c->id, g->id,
               bound, cap.by_geometry);
    geo = cap.by_geometry < 0 ? cap.by_weight : cap.by_geometry;
    FUZZ_CHECK(cap.count >= 0 && cap.by_weight >= 0 &&
                   cap.count == (cap.by_weight < geo ? cap.by_weight : geo),
               "%s x %s: count %ld, by weight %ld, by geometry %ld", c->id,
               g->id, cap.count, cap.by_weight, cap.by_geometry);
    FUZZ_CHECK(isfinite(cap.payload) && isfinite(cap.unit_gross) &&
                   cap.unit_gross > 0,
               "%s x %s: payload %g, unit gross %g", c->id, g->id,
               cap.payload, cap.unit_gross);
}

/* 1 if container i of cat is new or differs from the built-in one. */
static int changed_container(const sl_catalog *cat, size_t i)
{
    const sl_container *c = sl_catalog_container_at(cat, i);
    const sl_container *o = sl_catalog_find_container(fuzz_builtin(), c->id);
    return !o || memcmp(c, o, sizeof *c) != 0;
}

static int changed_cargo(const sl_catalog *cat, size_t i)
{
    const sl_cargo *g = sl_catalog_cargo_at(cat, i);
    const sl_cargo *o = sl_catalog_find_cargo(fuzz_builtin(), g->id);
    return !o || memcmp(g, o, sizeof *g) != 0;
}

/* Every entry checks out; capacities of changed entries are clean. */
static void check_loaded(const sl_catalog *cat)
{
    size_t nc = sl_catalog_container_count(cat);
    size_t ng = sl_catalog_cargo_count(cat);
    sl_error e;
    for (size_t i = 0; i < nc; i++)
        FUZZ_CHECK(sl_container_check(sl_catalog_container_at(cat, i), &e) ==
                       SL_OK, "container %zu stored but fails: %s", i, e.what);
    for (size_t j = 0; j < ng; j++)
        FUZZ_CHECK(sl_cargo_check(sl_catalog_cargo_at(cat, j), &e) == SL_OK,
                   "cargo %zu stored but fails: %s", j, e.what);
    for (size_t i = 0; i < nc; i++)
        for (size_t j = 0; j < ng; j++)
            if (changed_container(cat, i) || changed_cargo(cat, j))
                check_capacity(sl_catalog_container_at(cat, i),
                               sl_catalog_cargo_at(cat, j));
}

/* 1 if cat holds exactly the built-in entries. */
static int same_as_base(const sl_catalog *cat)
{
    size_t nc = sl_catalog_container_count(cat);
    size_t ng = sl_catalog_cargo_count(cat);
    if (nc != sl_catalog_container_count(fuzz_builtin()) ||
        ng != sl_catalog_cargo_count(fuzz_builtin()))
        return 0;
    for (size_t i = 0; i < nc; i++)
        if (changed_container(cat, i))
            return 0;
    for (size_t j = 0; j < ng; j++)
        if (changed_cargo(cat, j))
            return 0;
    return 1;
}

/* A catalog that loaded writes a catalog file (sl_catalog_to_json) that
 * loads into an empty catalog and writes the same text. */
static void round_trip(const sl_catalog *cat)
{
    sl_catalog *back = NULL;
    sl_error e;
    char *a = NULL, *b = NULL;
    sl_error_clear(&e);
    FUZZ_CHECK(sl_catalog_to_json(cat, 0, &a, &e) == SL_OK,
               "catalog to_json: %s", e.what);
    if (sl_catalog_alloc(&back, NULL) != SL_OK) {
        sl_free(a);
        return;
    }
    FUZZ_CHECK(sl_catalog_load_string(back, a, "written.json", &e) == SL_OK,
               "the written catalog does not load: %s: %s", e.where, e.what);
    FUZZ_CHECK(sl_catalog_to_json(back, 0, &b, &e) == SL_OK,
               "catalog to_json again: %s", e.what);
    FUZZ_CHECK(strcmp(a, b) == 0, "written again, the catalog differs");
    sl_free(a);
    sl_free(b);
    sl_catalog_free(back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sl_catalog *cat = NULL;
    sl_error e;
    sl_status st;
    char *text;
    if (size > 65536 || !(text = fuzz_text(data, size)))
        return 0;
    if (sl_catalog_copy(fuzz_builtin(), &cat, NULL) != SL_OK) {
        free(text);
        return 0;
    }
    sl_error_clear(&e);
    st = sl_catalog_load_string(cat, text, "fuzz.json", &e);
    if (st != SL_OK) {
        FUZZ_CHECK_ERROR(st, e);
        FUZZ_CHECK(st == SL_ENOMEM || same_as_base(cat),
                   "failed load changed the catalog: %s", e.what);
    } else {
        check_loaded(cat);
        round_trip(cat);
    }
    sl_catalog_free(cat);
    free(text);
    return 0;
}
