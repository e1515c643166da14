/*
 * lib/sort.c - sorting the samples (internal).
 *
 * A run sorts 10^6 or more totals several times (the total and each
 * cargo); with qsort that was a third of a run (docs/performance.md).
 * These are LSD radix sorts on the IEEE-754 bit patterns, mapped to
 * unsigned keys that order like the doubles: 11-bit digits, six passes, a
 * pass skipped when every key shares its digit.  Stable, O(n), no
 * comparisons.  Totals are finite; a NaN would sort after +inf.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "estimate_internal.h"

#define DIGIT_BITS 11
#define DIGITS 6 /* 6 x 11 >= 64 */
#define BUCKETS ((size_t)1 << DIGIT_BITS)

/* An unsigned key that orders like the double x (-0 just before +0). */
static uint64_t key_of(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return (u >> 63) ? ~u : u | 0x8000000000000000ULL;
}

/* The double whose key is k. */
static double double_of(uint64_t k)
{
    double x;
    k = (k >> 63) ? k & 0x7FFFFFFFFFFFFFFFULL : ~k;
    memcpy(&x, &k, sizeof x);
    return x;
}

/* Bucket start offsets of every digit; need[d] = 0 when all keys share
 * digit d (the pass would not move anything). */
static void offsets(const uint64_t *k, size_t n, size_t (*cnt)[BUCKETS],
                    int *need)
{
    memset(cnt, 0, sizeof(size_t) * DIGITS * BUCKETS);
    for (size_t i = 0; i < n; i++) {
        uint64_t v = k[i];
        for (int d = 0; d < DIGITS; d++)
            cnt[d][(v >> (d * DIGIT_BITS)) & (BUCKETS - 1)]++;
    }
    for (int d = 0; d < DIGITS; d++) {
        size_t sum = 0;
        need[d] = 1;
        for (size_t b = 0; b < BUCKETS; b++) {
            size_t c = cnt[d][b];
            if (c == n)
                need[d] = 0;
            cnt[d][b] = sum;
            sum += c;
        }
    }
}

/* Sort keys k[0..n) carrying idx (may be NULL), with scratch kt / it of
 * the same size.  Returns 1 if the result is in the scratch buffers. */
static int radix(uint64_t *k, uint64_t *kt, uint32_t *idx, uint32_t *it,
                 size_t n, size_t (*cnt)[BUCKETS])
{
    int need[DIGITS], swapped = 0;
    offsets(k, n, cnt, need);
    for (int d = 0; d < DIGITS; d++) {
        int sh = d * DIGIT_BITS;
        uint64_t *t64;
        uint32_t *t32;
        if (!need[d])
            continue;
        for (size_t i = 0; i < n; i++) {
            size_t pos = cnt[d][(k[i] >> sh) & (BUCKETS - 1)]++;
            kt[pos] = k[i];
            if (idx)
                it[pos] = idx[i];
        }
        t64 = k, k = kt, kt = t64;
        t32 = idx, idx = it, it = t32;
        swapped = !swapped;
    }
    return swapped;
}

sl_status sli_sort_doubles(double *x, size_t n)
{
    uint64_t *k = malloc(2 * (n ? n : 1) * sizeof *k);
    size_t(*cnt)[BUCKETS] = malloc(sizeof(size_t) * DIGITS * BUCKETS);
    const uint64_t *out;
    if (!k || !cnt) {
        free(k);
        free(cnt);
        return SL_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        k[i] = key_of(x[i]);
    out = radix(k, k + n, NULL, NULL, n, cnt) ? k + n : k;
    for (size_t i = 0; i < n; i++)
        x[i] = double_of(out[i]);
    free(k);
    free(cnt);
    return SL_OK;
}

sl_status sli_sort_index(size_t *perm, const double *x, size_t n)
{
    uint64_t *k;
    uint32_t *idx;
    size_t(*cnt)[BUCKETS];
    int in_scratch;
    if (n > UINT32_MAX)
        return SL_ERANGE;
    k = malloc(2 * (n ? n : 1) * sizeof *k);
    idx = malloc(2 * (n ? n : 1) * sizeof *idx);
    cnt = malloc(sizeof(size_t) * DIGITS * BUCKETS);
    if (!k || !idx || !cnt) {
        free(k);
        free(idx);
        free(cnt);
        return SL_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        k[i] = key_of(x[i]);
        idx[i] = (uint32_t)i;
    }
    in_scratch = radix(k, k + n, idx, idx + n, n, cnt);
    for (size_t i = 0; i < n; i++)
        perm[i] = idx[(in_scratch ? n : 0) + i];
    free(k);
    free(idx);
    free(cnt);
    return SL_OK;
}
