/* tests/test_sort.c - the radix sorts of lib/sort.c against qsort. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_rng.h>
#include "testutil.h"
#include "estimate_internal.h"

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Values of every kind the keys must order: signs, zeros of both signs,
 * infinities, subnormals, ties, and magnitudes over the whole range. */
static double *mixed(size_t n, unsigned long seed)
{
    static const double special[] = {-0.0, 0.0, INFINITY, -INFINITY, 4.9e-324,
                                     -4.9e-324, 1.7e308, -1.7e308, 2.385,
                                     2.385, -2.385};
    double *x = malloc(n * sizeof *x);
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, seed);
    for (size_t i = 0; i < n; i++) {
        double u = gsl_rng_uniform(r);
        if (i < sizeof special / sizeof special[0])
            x[i] = special[i];
        else if (u < 0.3)
            x[i] = (gsl_rng_uniform(r) - 0.5) * pow(10, 40 * u - 6);
        else
            x[i] = floor(1e6 * gsl_rng_uniform(r)) + 0.25; /* many ties */
    }
    gsl_rng_free(r);
    return x;
}

START_TEST(test_sort_doubles_matches_qsort)
{
    const size_t n = 100003;
    double *x = mixed(n, 11), *y = malloc(n * sizeof *y);
    memcpy(y, x, n * sizeof *y);
    ck_assert_int_eq(sli_sort_doubles(x, n), SL_OK);
    qsort(y, n, sizeof *y, cmp);
    for (size_t i = 0; i < n; i++) {
        ck_assert_msg(x[i] == y[i], "at %zu: %g vs %g", i, x[i], y[i]);
        if (i)
            ck_assert(x[i - 1] <= x[i]);
    }
    /* -0 sorts before +0, and both survive the round trip */
    for (size_t i = 1; i < n; i++)
        if (x[i] == 0.0 && x[i - 1] == 0.0)
            ck_assert(!(signbit(x[i]) && !signbit(x[i - 1])));
    free(x);
    free(y);
}
END_TEST

START_TEST(test_sort_edge_sizes)
{
    double one = -3.75, two[2] = {8.5, -1.25}, same[5] = {2.385, 2.385, 2.385,
                                                          2.385, 2.385};
    ck_assert_int_eq(sli_sort_doubles(NULL, 0), SL_OK);
    ck_assert_int_eq(sli_sort_doubles(&one, 1), SL_OK);
    ck_assert(one == -3.75);
    ck_assert_int_eq(sli_sort_doubles(two, 2), SL_OK);
    ck_assert(two[0] == -1.25 && two[1] == 8.5);
    /* every digit shared: all passes skipped, values unchanged */
    ck_assert_int_eq(sli_sort_doubles(same, 5), SL_OK);
    for (int i = 0; i < 5; i++)
        ck_assert(same[i] == 2.385);
}
END_TEST

/* The index is a stable ordering: ascending values, ties by index. */
START_TEST(test_sort_index_stable)
{
    const size_t n = 50021;
    double *x = mixed(n, 23);
    size_t *perm = malloc(n * sizeof *perm);
    unsigned char *seen = calloc(n, 1);
    ck_assert_int_eq(sli_sort_index(perm, x, n), SL_OK);
    for (size_t i = 0; i < n; i++) {
        ck_assert_uint_lt(perm[i], n);
        ck_assert(!seen[perm[i]]);
        seen[perm[i]] = 1;
        if (i) {
            double a = x[perm[i - 1]], b = x[perm[i]];
            ck_assert_msg(a < b || (a == b && perm[i - 1] < perm[i]) ||
                              (a == 0.0 && b == 0.0),
                          "at %zu: %g (%zu) then %g (%zu)", i, a, perm[i - 1],
                          b, perm[i]);
        }
    }
    free(seen);
    free(perm);
    free(x);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sort");
    TCase *tc = tcase_create("radix");
    tcase_add_test(tc, test_sort_doubles_matches_qsort);
    tcase_add_test(tc, test_sort_edge_sizes);
    tcase_add_test(tc, test_sort_index_stable);
    suite_add_tcase(s, tc);
    return sl_test_run(s);
}
