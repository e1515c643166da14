/* tests/testutil.c - the shared test main logic. */
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
