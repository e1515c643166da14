/* tests/testutil.c - what the Check suites share: the run, the fixture,
 * file reading. */
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
