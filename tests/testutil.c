/* tests/testutil.c - what the Check suites share: the run, the fixture,
 * file reading, the test kit cargo. */
#include <stdio.h>
#include <stdlib.h>
#include "testutil.h"

int sl_test_run(Suite *s)
{
    SRunner *sr = srunner_create(s);
    int failed, ran;
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    ran = srunner_ntests_run(sr);
    srunner_free(sr);
    if (ran == 0) {
        fprintf(stderr, "no test ran\n");
        return EXIT_FAILURE;
    }
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

sl_scenario *sl_test_mix_scenario(const sl_catalog *cat,
                                  const char *containers,
                                  const char *const *cargo)
{
    sl_scenario *sc = NULL;
    sl_error e;
    sl_error_clear(&e);
    ck_assert_int_eq(sl_scenario_alloc(cat, &sc, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_containers(sc, containers, &e), SL_OK);
    sl_scenario_clear_cargo_types(sc);
    for (; cargo[0]; cargo += 2)
        ck_assert_msg(sl_scenario_add_cargo_type(sc, cargo[0], cargo[1], &e)
                          == SL_OK,
                      "cargo %s at %s: %s", cargo[0], cargo[1], e.what);
    ck_assert_int_eq(sl_scenario_set_fill(sc, "pert(0.7, 0.95, 1)", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_set_claim(sc, "up to 4.8 million", NULL,
                                           NULL, &e),
                     SL_OK);
    return sc;
}

char *sl_test_read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    long n;
    if (!f)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
        fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1)) != NULL) {
        if (fread(buf, 1, (size_t)n, f) == (size_t)n) {
            buf[n] = '\0';
        } else {
            free(buf);
            buf = NULL;
        }
    }
    fclose(f);
    return buf;
}

void sl_test_world_open(sl_catalog **cat, sl_scenario **sc, sl_error *err)
{
    sl_error_clear(err);
    ck_assert_int_eq(sl_catalog_builtin(cat, err), SL_OK);
    if (sc)
        ck_assert_int_eq(sl_scenario_alloc(*cat, sc, err), SL_OK);
}

void sl_test_world_close(sl_catalog **cat, sl_scenario **sc)
{
    if (sc) {
        sl_scenario_free(*sc);
        *sc = NULL;
    }
    sl_catalog_free(*cat);
    *cat = NULL;
}

void sl_test_kit(sl_cargo *g)
{
    ck_assert_uint_eq(g->npackages, 2);
    for (size_t k = 0; k < 2; k++) {
        sl_package *p = &g->package[k];
        sl_figure_set(&p->length, 500, SL_CONF_EST, "test");
        sl_figure_set(&p->width, 500, SL_CONF_EST, "test");
        sl_figure_set(&p->height, k ? 250 : 500, SL_CONF_EST, "test");
        p->units = 1;
        p->max_stack = p->max_stack_hi = 0;
    }
}
