/* tests/test_alloc.c - allocation-failure injection over the public API
 * (issue 6; SQLite's and jansson's habit).
 *
 * This executable defines malloc, calloc, realloc and free (glibc lets a
 * program's definitions take the place of its own, for the library, GSL,
 * jansson and libc alike) and delegates to glibc's __libc_* functions.
 * For k = 0, 1, 2, ... a sequence of public calls runs with allocation k
 * failing, until the sequence makes fewer than k + 1 allocations.  Every
 * run must end in a clean SL_ENOMEM with a message (or in success, when
 * the failed allocation had a fallback), and must leave no allocation
 * behind, and a run that recovers (a fallback took over) must give the
 * same JSON as a clean run.  The estimate runs twice through one
 * sl_cache, cold then warm, and the two must agree: a packer result the
 * cache could not keep only costs the warm run a packer call.  Sanitizer
 * builds and valgrind keep their own allocator: there the sequence runs
 * without injection (the leak check is theirs).
 * jansson's own allocations are counted but not failed (see below). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SL_NO_INJECTION 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) ||  \
    __has_feature(memory_sanitizer)
#define SL_NO_INJECTION 1
#endif
#endif

static long fail_at = -1; /* index of the allocation to fail; -1: none */
static long calls;        /* allocations asked for since the counter reset */
static long live;         /* allocations not yet freed */

#ifndef SL_NO_INJECTION
#include <jansson.h>

void *__libc_malloc(size_t n);
void *__libc_calloc(size_t n, size_t size);
void *__libc_realloc(void *p, size_t n);
void __libc_free(void *p);
void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t n);
void free(void *p);

/* 1 if this allocation is the one to fail. */
static int failing(void)
{
    return calls++ == fail_at;
}

void *malloc(size_t n)
{
    void *p = failing() ? NULL : __libc_malloc(n);
    live += p != NULL;
    return p;
}

void *calloc(size_t n, size_t size)
{
    void *p = failing() ? NULL : __libc_calloc(n, size);
    live += p != NULL;
    return p;
}

void *realloc(void *p, size_t n)
{
    void *q;
    if (!p)
        return malloc(n);
    if (n == 0) {
        free(p);
        return NULL;
    }
    q = failing() ? NULL : __libc_realloc(p, n);
    return q;
}

void free(void *p)
{
    live -= p != NULL;
    __libc_free(p);
}

/* jansson 2.14 does not survive its own allocation failures (its lexer
 * drops a byte, "70.25" read as "0.25", asserts, or corrupts the heap;
 * docs/reliability.md), so its allocations are counted but never failed. */
static void *jansson_malloc(size_t n)
{
    void *p = __libc_malloc(n);
    live += p != NULL;
    return p;
}

static void setup_jansson(void)
{
    json_set_alloc_funcs(jansson_malloc, free);
}
#else
static void setup_jansson(void)
{
}
#endif

static const char catalog_text[] =
    "{\"cargo\": [{\"id\": \"crate-test\", \"like\": \"122mm-grad\", "
    "\"unit_mass\": {\"value\": 66.25, \"conf\": \"EST\", \"source\": \"t\", "
    "\"range\": \"uniform(60.5, 70.25)\"}}]}";
static const char scenario_text[] =
    "{\"containers\": \"6,700 to 7,000\", \"cargo\": ["
    "{\"id\": \"152mm-round\", \"share\": \"uniform(0.4, 0.7)\"},"
    "{\"id\": \"crate-test\", \"share\": \"uniform(0.05, 0.15)\"},"
    "{\"id\": \"non-munition\", \"share\": \"rest\"}],"
    "\"container_types\": [{\"id\": \"iso-20\"}],"
    "\"fill\": \"pert(0.7, 0.95, 1)\", \"claim\": \"up to 4.8 million\","
    "\"samples\": 200, \"seed\": 7}";

/* One run of the call sequence; returns the status of the first call
 * that failed (e filled) or SL_OK, and then the result's JSON in *out
 * (free with sl_free).  Frees everything else it made. */
static sl_status sequence(sl_error *e, char **out)
{
    sl_catalog *cat = NULL, *copy = NULL;
    sl_scenario *sc = NULL;
    sl_result *res = NULL, *again = NULL;
    sl_cache *cache = NULL;
    sl_options opt;
    char *json = NULL, *csv = NULL, *catjson = NULL, *scjson = NULL,
         *json2 = NULL;
    sl_status st;
    sl_options_init(&opt);
    if ((st = sl_catalog_builtin(&cat, e)) ||
        (st = sl_catalog_load_string(cat, catalog_text, "c.json", e)) ||
        (st = sl_catalog_copy(cat, &copy, e)) ||
        (st = sl_scenario_alloc(copy, &sc, e)) ||
        (st = sl_scenario_load_string(sc, &opt, scenario_text, "s.json", e)))
        goto done;
    opt.threads = 1;
    opt.geometry_levels = 2;
    /* the estimate through a cache, cold then warm: an entry that could
       not be kept only costs the warm run a packer call */
    if ((st = sl_scenario_set_fill(sc, "0.75 to 0.97", e)) ||
        (st = sl_cache_alloc(0, &cache, e)) ||
        (st = sl_estimate_cached(sc, &opt, cache, &res, e)) ||
        (st = sl_estimate_cached(sc, &opt, cache, &again, e)) ||
        (st = sl_result_to_json(res, 0, &json, e)) ||
        (st = sl_result_to_json(again, 0, &json2, e)))
        goto done;
    if (strcmp(json, json2) != 0) {
        st = SL_ESTATE; /* not SL_ENOMEM: the test fails */
        snprintf(e->what, sizeof e->what, "the warm run differs");
        goto done;
    }
    if ((st = sl_result_to_csv(res, &csv, e)) ||
        (st = sl_catalog_to_json(copy, 0, &catjson, e)) ||
        (st = sl_scenario_to_json(sc, &opt, 0, &scjson, e)))
        goto done;
    *out = json;
    json = NULL;
done:
    sl_free(json2);
    sl_result_free(again);
    sl_cache_free(cache);
    sl_free(scjson);
    sl_free(catjson);
    sl_free(csv);
    sl_free(json);
    sl_result_free(res);
    sl_scenario_free(sc);
    sl_catalog_free(copy);
    sl_catalog_free(cat);
    return st;
}

/* Allocations tried: every one of the first ALL_FIRST (catalog, loaders,
 * scenario, model set-up), then every STRIDE-th (the estimate's thousands
 * of packer and sampler allocations); SHIPLOAD_ALLOC_STRIDE=1 tries all. */
#define ALL_FIRST 400
static long stride(void)
{
    const char *s = getenv("SHIPLOAD_ALLOC_STRIDE");
    long v = s ? atol(s) : 29;
    return v > 0 ? v : 1;
}

START_TEST(test_every_allocation_failing_in_turn)
{
    sl_error e;
    char *ref = NULL, *json;
    long base, k, step = stride(), runs = 0, failed = 0, total;
    sl_error_clear(&e);
    /* Under valgrind (scripts/harden.sh sets SHIPLOAD_VALGRIND) its
     * allocator replaces this one: one clean run, valgrind checks it. */
    if (getenv("SHIPLOAD_VALGRIND")) {
        ck_assert_int_eq(sequence(&e, &ref), SL_OK);
        sl_free(ref);
        return;
    }
    setup_jansson();
    ck_assert_int_eq(sequence(&e, &ref), SL_OK); /* warm-up: libc's one-offs */
    base = live;
    calls = 0;
    ck_assert_int_eq(sequence(&e, &json), SL_OK);
    total = calls;
    ck_assert_str_eq(json, ref);
    sl_free(json);
    ck_assert_msg(live == base, "the clean sequence leaves %ld allocations",
                  live - base);
#ifdef SL_NO_INJECTION
    ck_assert_int_eq(total, 0);
    sl_free(ref);
    return;
#endif
    ck_assert_int_gt(total, 100); /* the interposition is in force */
    for (k = 0;; k += k < ALL_FIRST ? 1 : step) {
        sl_status st;
        sl_error_clear(&e);
        json = NULL;
        calls = 0;
        fail_at = k;
        st = sequence(&e, &json);
        fail_at = -1;
        runs++;
        if (st == SL_OK) {
            /* a fallback took over: the answer must not change */
            ck_assert_msg(strcmp(json, ref) == 0, "allocation %ld failing "
                          "changed the result", k);
            sl_free(json);
        }
        ck_assert_msg(live == base, "allocation %ld failing leaks %ld "
                      "allocations (status %d, %s: %s)", k, live - base, st,
                      e.where, e.what);
        if (k >= calls) {
            ck_assert_int_eq(st, SL_OK); /* nothing failed any more */
            break;
        }
        if (st != SL_OK) {
            failed++;
            ck_assert_msg(st == SL_ENOMEM, "allocation %ld failing gave "
                          "status %d (%s: %s), not SL_ENOMEM", k, st,
                          e.where, e.what);
            ck_assert_int_eq(e.status, SL_ENOMEM);
            ck_assert_msg(e.what[0] != '\0', "allocation %ld: no message", k);
        }
    }
    printf("allocation failure: %ld of %ld allocations failed in turn; %ld "
           "runs ended in SL_ENOMEM, the others recovered with the same "
           "result\n", runs, total, failed);
    ck_assert_int_gt(failed, 0);
    sl_free(ref);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("alloc");
    TCase *tc = tcase_create("alloc");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, test_every_allocation_failing_in_turn);
    suite_add_tcase(s, tc);
    return sl_test_run(s);
}
