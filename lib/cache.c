/*
 * lib/cache.c - packer results shared between runs (shipload/cache.h).
 *
 * A chained hash table of nodes, each one sl_pack call's result under the
 * call's exact inputs (sli_pack_key).  Nodes are never freed or moved
 * before sl_cache_free, so a result found stays valid while other runs
 * add to the table; a mutex guards the table and the counters.
 */
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "cache_internal.h"

/* One kept result. */
typedef struct node {
    struct node *next;   /* the next node of its bucket */
    uint64_t hash;
    sli_pack_key key;
    sl_pack_result res;  /* its layout owned by the node (or NULL) */
} node;

struct sl_cache {
    pthread_mutex_t lock;   /* guards everything below */
    node **bucket;
    size_t nbucket;         /* a power of 2 */
    size_t entries, bytes, max_bytes, hits, misses;
};

#define FIRST_BUCKETS 256
/* Format of the key bytes: changes whenever their layout does. */
#define KEY_TAG 0x534c4b31u /* "SLK1" */

/* Write n bytes of v at key offset *at. */
static void put(sli_pack_key *key, size_t *at, const void *v, size_t n)
{
    memcpy(key->b + *at, v, n);
    *at += n;
}

/* A whole number as 8 bytes, whatever the width of its type. */
static void put_int(sli_pack_key *key, size_t *at, long long v)
{
    int64_t x = (int64_t)v;
    put(key, at, &x, sizeof x);
}

/* Every field of sl_pack_options is part of the key: a field added to it
 * (an ABI change, docs/versioning.md) must be added here too.  Sizes are
 * compared as bits, so -0 and 0 are two keys (a miss, never a wrong
 * hit). */
int sli_pack_key_make(double L, double W, double H, double l, double w,
                      double h, const sl_pack_options *opt,
                      sli_pack_key *key)
{
    const double v[6] = {L, W, H, l, w, h};
    uint32_t tag = KEY_TAG;
    char vertical[4] = {0};
    size_t at = 0;
    if (!opt || opt->seconds != 0)
        return 0;
    for (size_t i = 0; i < sizeof vertical && opt->vertical[i]; i++)
        vertical[i] = opt->vertical[i];
    memset(key, 0, sizeof *key);
    put(key, &at, &tag, sizeof tag);
    put(key, &at, v, sizeof v);
    put(key, &at, vertical, sizeof vertical);
    put_int(key, &at, opt->max_count);
    put_int(key, &at, opt->max_stack);
    put(key, &at, &opt->grain, sizeof opt->grain);
    put(key, &at, &opt->seconds, sizeof opt->seconds);
    put_int(key, &at, opt->work_limit);
    put_int(key, &at, opt->want_layout);
    return at == SLI_PACK_KEY_BYTES;
}

/* FNV-1a over the key bytes. */
static uint64_t key_hash(const sli_pack_key *key)
{
    uint64_t x = 14695981039346656037u;
    for (size_t i = 0; i < sizeof key->b; i++) {
        x ^= key->b[i];
        x *= 1099511628211u;
    }
    return x;
}

sl_status sl_cache_alloc(size_t max_bytes, sl_cache **out, sl_error *err)
{
    sl_cache *c;
    if (!out)
        return sli_fail(err, SL_EINVAL, "out", "NULL argument");
    *out = NULL;
    if (!(c = calloc(1, sizeof *c)) ||
        !(c->bucket = calloc(FIRST_BUCKETS, sizeof *c->bucket))) {
        free(c);
        return sli_fail(err, SL_ENOMEM, "cache", "out of memory");
    }
    if (pthread_mutex_init(&c->lock, NULL) != 0) {
        free(c->bucket);
        free(c);
        return sli_fail(err, SL_ENOMEM, "cache", "cannot create its lock");
    }
    c->nbucket = FIRST_BUCKETS;
    c->max_bytes = max_bytes ? max_bytes : SIZE_MAX;
    c->bytes = sizeof *c + c->nbucket * sizeof *c->bucket;
    *out = c;
    return SL_OK;
}

void sl_cache_free(sl_cache *cache)
{
    if (!cache)
        return;
    for (size_t i = 0; i < cache->nbucket; i++)
        for (node *n = cache->bucket[i], *next; n; n = next) {
            next = n->next;
            free(n->res.layout);
            free(n);
        }
    free(cache->bucket);
    pthread_mutex_destroy(&cache->lock);
    free(cache);
}

sl_status sl_cache_stats(const sl_cache *cache, size_t *hits,
                         size_t *misses, size_t *entries, size_t *bytes)
{
    sl_cache *c = (sl_cache *)cache; /* the lock changes; nothing else */
    if (!c)
        return SL_EINVAL;
    pthread_mutex_lock(&c->lock);
    if (hits)
        *hits = c->hits;
    if (misses)
        *misses = c->misses;
    if (entries)
        *entries = c->entries;
    if (bytes)
        *bytes = c->bytes;
    pthread_mutex_unlock(&c->lock);
    return SL_OK;
}

/* The node under key, or NULL (lock held). */
static node *lookup(const sl_cache *c, const sli_pack_key *key,
                    uint64_t hash)
{
    for (node *n = c->bucket[hash & (c->nbucket - 1)]; n; n = n->next)
        if (n->hash == hash && !memcmp(n->key.b, key->b, sizeof key->b))
            return n;
    return NULL;
}

const sl_pack_result *sli_cache_find(sl_cache *cache,
                                     const sli_pack_key *key)
{
    const node *n;
    uint64_t hash;
    if (!cache || !key)
        return NULL;
    hash = key_hash(key);
    pthread_mutex_lock(&cache->lock);
    n = lookup(cache, key, hash);
    if (n)
        cache->hits++;
    else
        cache->misses++;
    pthread_mutex_unlock(&cache->lock);
    return n ? &n->res : NULL;
}

/* Twice the buckets, when the table is twice as full as it has buckets
 * and memory allows (lock held); else it stays as it is, only slower. */
static void maybe_grow(sl_cache *c)
{
    size_t nb = 2 * c->nbucket, add = c->nbucket * sizeof *c->bucket;
    node **b;
    if (c->entries <= 2 * c->nbucket || nb > SIZE_MAX / sizeof *b ||
        c->bytes + add > c->max_bytes || !(b = calloc(nb, sizeof *b)))
        return;
    for (size_t i = 0; i < c->nbucket; i++)
        for (node *n = c->bucket[i], *next; n; n = next) {
            next = n->next;
            n->next = b[n->hash & (nb - 1)];
            b[n->hash & (nb - 1)] = n;
        }
    free(c->bucket);
    c->bucket = b;
    c->nbucket = nb;
    c->bytes += add;
}

void sli_cache_add(sl_cache *cache, const sli_pack_key *key,
                   const sl_pack_result *res)
{
    size_t nl, size;
    uint64_t hash;
    node *n;
    if (!cache || !key || !res)
        return;
    nl = res->layout ? res->nlayout : 0;
    if (nl > (SIZE_MAX - sizeof *n) / sizeof *res->layout)
        return;
    size = sizeof *n + nl * sizeof *res->layout;
    hash = key_hash(key);
    pthread_mutex_lock(&cache->lock);
    if (lookup(cache, key, hash) || cache->bytes > cache->max_bytes ||
        size > cache->max_bytes - cache->bytes ||
        !(n = malloc(sizeof *n))) {
        pthread_mutex_unlock(&cache->lock);
        return;
    }
    n->hash = hash;
    n->key = *key;
    n->res = *res;
    n->res.layout = NULL;
    n->res.nlayout = 0;
    if (nl && !(n->res.layout = malloc(nl * sizeof *res->layout))) {
        free(n);
        pthread_mutex_unlock(&cache->lock);
        return;
    }
    if (nl) {
        memcpy(n->res.layout, res->layout, nl * sizeof *res->layout);
        n->res.nlayout = nl;
    }
    n->next = cache->bucket[hash & (cache->nbucket - 1)];
    cache->bucket[hash & (cache->nbucket - 1)] = n;
    cache->entries++;
    cache->bytes += size;
    maybe_grow(cache);
    pthread_mutex_unlock(&cache->lock);
}
