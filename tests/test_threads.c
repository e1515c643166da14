/* tests/test_threads.c - thread safety and determinism (issue 6):
 * estimates on separate objects run concurrently in several threads (run
 * under ThreadSanitizer by scripts/harden.sh), and the same scenario and
 * seed give byte-identical JSON across runs, across thread counts and
 * across concurrent callers. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"

#define NCALLERS 4

/* The scenario every run uses: uncertain count, shares and fill, so that
 * every part of the engine draws numbers. */
static sl_scenario *make_scenario(const sl_catalog *cat)
{
    static const char *const cargo[] = {
        "152mm-round", "uniform(0.4, 0.7)", "122mm-grad",
        "uniform(0.05, 0.15)", "non-munition", "rest", NULL};
    return sl_test_mix_scenario(cat, "6,700 to 7,000", cargo);
}

/* Build everything from scratch, run with `threads` threads and return
 * the result as JSON (free with sl_free); NULL on any failure. */
static char *estimate_json(int threads, uint64_t seed)
{
    sl_catalog *cat = NULL;
    sl_scenario *sc;
    sl_result *res = NULL;
    sl_options opt;
    sl_error e;
    char *json = NULL;
    sl_error_clear(&e);
    if (sl_catalog_builtin(&cat, &e) != SL_OK)
        return NULL;
    sc = make_scenario(cat);
    sl_options_init(&opt);
    opt.samples = 6151;
    opt.seed = seed;
    opt.threads = threads;
    if (sl_estimate(sc, &opt, &res, &e) != SL_OK ||
        sl_result_to_json(res, 0, &json, &e) != SL_OK)
        fprintf(stderr, "estimate, %d threads: %s: %s\n", threads, e.where,
                e.what);
    sl_result_free(res);
    sl_scenario_free(sc);
    sl_catalog_free(cat);
    return json;
}

typedef struct caller {
    int threads;
    char *json;
} caller;

static void *call(void *arg)
{
    caller *c = arg;
    c->json = estimate_json(c->threads, 20240614);
    return NULL;
}

START_TEST(test_same_json_across_runs_and_thread_counts)
{
    char *one = estimate_json(1, 20240614);
    static const int counts[] = {1, 2, 3, 4, 0};
    ck_assert_ptr_nonnull(one);
    ck_assert_ptr_nonnull(strstr(one, "\"p50\""));
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
        char *other = estimate_json(counts[i], 20240614);
        ck_assert_ptr_nonnull(other);
        ck_assert_msg(strcmp(one, other) == 0,
                      "JSON with %d threads differs from 1 thread",
                      counts[i]);
        sl_free(other);
    }
    {   /* and the seed matters: a different seed, a different answer */
        char *other = estimate_json(1, 20240615);
        ck_assert_ptr_nonnull(other);
        ck_assert(strcmp(one, other) != 0);
        sl_free(other);
    }
    sl_free(one);
}
END_TEST

START_TEST(test_concurrent_estimates_on_separate_objects)
{
    pthread_t tid[NCALLERS];
    caller c[NCALLERS];
    char *ref = estimate_json(1, 20240614);
    ck_assert_ptr_nonnull(ref);
    for (int i = 0; i < NCALLERS; i++) {
        c[i].threads = 1 + i % 2; /* some callers start threads of their own */
        c[i].json = NULL;
        ck_assert_int_eq(pthread_create(&tid[i], NULL, call, &c[i]), 0);
    }
    for (int i = 0; i < NCALLERS; i++) {
        ck_assert_int_eq(pthread_join(tid[i], NULL), 0);
        ck_assert_ptr_nonnull(c[i].json);
        ck_assert_msg(strcmp(c[i].json, ref) == 0,
                      "caller %d got different JSON", i);
        sl_free(c[i].json);
    }
    sl_free(ref);
}
END_TEST

/* The geometry set-up runs its packer jobs on several threads: a failing
 * job fails the estimate with the same status and message whatever the
 * thread count (here a 20 ft box stretched beyond the packer's grid). */
START_TEST(test_setup_error_same_across_thread_counts)
{
    static const int counts[] = {1, 2, 4};
    char first[sizeof ((sl_error *)0)->what] = "";
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
        sl_catalog *cat = NULL;
        sl_scenario *sc = NULL;
        sl_result *res = NULL;
        sl_container c;
        sl_options opt;
        sl_error e;
        sl_test_world_open(&cat, NULL, &e);
        c = *sl_catalog_find_container(cat, "iso-20");
        snprintf(c.id, sizeof c.id, "iso-20-long");
        sl_figure_set(&c.length, 2.385e10, SL_CONF_V, "test");
        ck_assert_int_eq(sl_catalog_put_container(cat, &c, &e), SL_OK);
        ck_assert_int_eq(sl_scenario_alloc(cat, &sc, &e), SL_OK);
        ck_assert_int_eq(sl_scenario_set_containers(sc, "7,385", &e), SL_OK);
        sl_scenario_clear_container_types(sc);
        ck_assert_int_eq(sl_scenario_add_container_type(sc, "iso-20-long",
                                                        "1", &e), SL_OK);
        sl_scenario_clear_cargo_types(sc);
        ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-round", "1",
                                                    &e), SL_OK);
        sl_options_init(&opt);
        opt.samples = 1000;
        opt.threads = counts[i];
        ck_assert_msg(sl_estimate(sc, &opt, &res, &e) == SL_ERANGE, "%s: %s",
                      e.where, e.what);
        ck_assert_ptr_null(res);
        ck_assert_msg(strstr(e.what, "grid") != NULL, "%s: %s", e.where,
                      e.what);
        if (i == 0)
            memcpy(first, e.what, sizeof first);
        else
            ck_assert_str_eq(e.what, first);
        sl_test_world_close(&cat, &sc);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("threads");
    TCase *tc = tcase_create("threads");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, test_same_json_across_runs_and_thread_counts);
    tcase_add_test(tc, test_concurrent_estimates_on_separate_objects);
    tcase_add_test(tc, test_setup_error_same_across_thread_counts);
    suite_add_tcase(s, tc);
    return sl_test_run(s);
}
