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
#include <math.h>
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

/* Buckets of sli_sort_select: a value's bucket is linear in the value over
 * [lo, hi], so a lower bucket never holds a larger value. */
#define SELECT_BUCKETS 4096

/* Bucket of x among SELECT_BUCKETS over [lo, lo + SELECT_BUCKETS / scale]. */
static size_t select_bucket(double x, double lo, double scale)
{
    double f = (x - lo) * scale;
    return f >= (double)(SELECT_BUCKETS - 1) ? SELECT_BUCKETS - 1
           : f > 0.0                       ? (size_t)f
                                           : 0;
}

/* Bucket b holding rank r, from the bucket starts (start[SELECT_BUCKETS]
 * = n). */
static size_t bucket_of_rank(const size_t *start, size_t r)
{
    size_t lo = 0, hi = SELECT_BUCKETS - 1;
    while (lo < hi) {
        size_t mid = lo + (hi - lo + 1) / 2;
        if (start[mid] <= r)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

/* The elements of the buckets holding a wanted rank, gathered in bucket
 * order into g (goff: where each bucket begins in g). */
static void gather(const double *x, size_t n, double lo, double scale,
                   const unsigned char *need, size_t *goff, double *g)
{
    size_t pos[SELECT_BUCKETS];
    memcpy(pos, goff, sizeof pos);
    for (size_t i = 0; i < n; i++) {
        size_t b = select_bucket(x[i], lo, scale);
        if (need[b])
            g[pos[b]++] = x[i];
    }
}

sl_status sli_sort_select(double *x, size_t n, const size_t *rank, size_t nr)
{
    double lo, hi, scale, *g;
    size_t *start, *goff, ng = 0;
    unsigned char need[SELECT_BUCKETS] = {0};
    int odd = 0;
    sl_status s;
    if (n < 2 || nr == 0)
        return SL_OK;
    lo = hi = x[0];
    for (size_t i = 0; i < n; i++) {
        odd |= x[i] != x[i];
        lo = x[i] < lo ? x[i] : lo;
        hi = x[i] > hi ? x[i] : hi;
    }
    if (lo == hi && !odd)
        return SL_OK; /* all equal: every rank holds the value */
    scale = (double)SELECT_BUCKETS / (hi - lo);
    if (odd || !(scale > 0.0) || !isfinite(scale))
        return sli_sort_doubles(x, n); /* NaN, infinities, huge range */
    start = calloc(2 * (SELECT_BUCKETS + 1), sizeof *start);
    if (!start)
        return SL_ENOMEM;
    goff = start + SELECT_BUCKETS + 1;
    for (size_t i = 0; i < n; i++)
        start[select_bucket(x[i], lo, scale) + 1]++;
    for (size_t b = 0; b < SELECT_BUCKETS; b++)
        start[b + 1] += start[b];
    for (size_t j = 0; j < nr; j++)
        need[bucket_of_rank(start, rank[j])] = 1;
    for (size_t b = 0; b < SELECT_BUCKETS; b++) {
        goff[b] = ng;
        if (need[b])
            ng += start[b + 1] - start[b];
    }
    if (ng > n / 4) {
        free(start);
        return sli_sort_doubles(x, n); /* piled up: a full sort is as fast */
    }
    g = malloc((ng ? ng : 1) * sizeof *g);
    if (!g) {
        free(start);
        return SL_ENOMEM;
    }
    gather(x, n, lo, scale, need, goff, g);
    /* buckets in order, so the sorted gathering is each bucket sorted */
    if ((s = sli_sort_doubles(g, ng)) == SL_OK)
        for (size_t j = 0; j < nr; j++) {
            size_t b = bucket_of_rank(start, rank[j]);
            x[rank[j]] = g[goff[b] + (rank[j] - start[b])];
        }
    free(g);
    free(start);
    return s;
}
