/* tests/test_sort.c - the radix sorts of lib/sort.c against qsort. */
#include <math.h>
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

/* Selection at a few ranks gives what a full sort puts there. */
static void check_select(const double *x, size_t n, const size_t *rank,
                         size_t nr)
{
    double *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
    memcpy(a, x, n * sizeof *a);
    memcpy(b, x, n * sizeof *b);
    ck_assert_int_eq(sli_sort_select(a, n, rank, nr), SL_OK);
    qsort(b, n, sizeof *b, cmp);
    for (size_t j = 0; j < nr; j++)
        ck_assert_msg(a[rank[j]] == b[rank[j]], "n %zu rank %zu: %.17g vs %.17g",
                      n, rank[j], a[rank[j]], b[rank[j]]);
    free(a);
    free(b);
}

START_TEST(test_select_matches_sort)
{
    const size_t n = 200003;
    const size_t rank[] = {0, 9999, 10000, 10001, 10400, 99999, 100000,
                           100001, 189600, 190001, 200002, 200002};
    double *x = malloc(n * sizeof *x), *m = mixed(n, 5);
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, 23);
    /* a skewed continuous spread (the bucket path) */
    for (size_t i = 0; i < n; i++)
        x[i] = 1.4e6 + 9.1e5 * pow(gsl_rng_uniform(r), 3.7);
    check_select(x, n, rank, sizeof rank / sizeof rank[0]);
    /* most values equal, a few apart (piled in one bucket: full sort) */
    for (size_t i = 0; i < n; i++)
        x[i] = i % 1000 ? 2.385 : 2.385 + (double)i;
    check_select(x, n, rank, sizeof rank / sizeof rank[0]);
    /* ties on a coarse grid with one far outlier */
    for (size_t i = 0; i < n; i++)
        x[i] = floor(50 * gsl_rng_uniform(r)) + (i == 7 ? 1e15 : 0.25);
    check_select(x, n, rank, sizeof rank / sizeof rank[0]);
    /* infinities, signed zeros, huge range (the fallback) */
    check_select(m, n, rank, sizeof rank / sizeof rank[0]);
    /* small and constant inputs */
    {
        const size_t r01[] = {0, 1};
        double two[2] = {3.5, -1.25}, same[3] = {7.5, 7.5, 7.5};
        check_select(two, 2, r01, 2);
        check_select(same, 3, r01, 2);
        check_select(two, 1, r01, 1);
        ck_assert_int_eq(sli_sort_select(NULL, 0, NULL, 0), SL_OK);
    }
    gsl_rng_free(r);
    free(x);
    free(m);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sort");
    TCase *tc = tcase_create("radix");
    tcase_add_test(tc, test_sort_doubles_matches_qsort);
    tcase_add_test(tc, test_sort_edge_sizes);
    tcase_add_test(tc, test_sort_index_stable);
    tcase_add_test(tc, test_select_matches_sort);
    suite_add_tcase(s, tc);
    return sl_test_run(s);
}
