/*
 * lib/cache_internal.h - the packer-result cache's keys and look-ups
 * (sl_cache, shipload/cache.h).  Not API (names use sli_).
 */
#ifndef SHIPLOAD_CACHE_INTERNAL_H
#define SHIPLOAD_CACHE_INTERNAL_H

#include "internal.h"

/* Bytes of a key: a format tag, the six sizes and every field of
   sl_pack_options, each at a fixed place (no padding compared). */
#define SLI_PACK_KEY_BYTES 104

/* The exact inputs of one sl_pack call; equal bytes, equal results. */
typedef struct sli_pack_key {
    unsigned char b[SLI_PACK_KEY_BYTES];
} sli_pack_key;

/* The key of sl_pack(L, W, H, l, w, h, opt) in *key; returns 1, or 0
   when the call's result may not depend on its inputs alone (a time
   budget: opt->seconds != 0), which is never to be kept or looked up. */
int sli_pack_key_make(double L, double W, double H, double l, double w,
                      double h, const sl_pack_options *opt,
                      sli_pack_key *key);

/* The result kept under key (owned by the cache, valid until
   sl_cache_free, never to be changed), counted as a hit; NULL, counted
   as a miss, when there is none.  cache NULL: NULL, nothing counted. */
const sl_pack_result *sli_cache_find(sl_cache *cache,
                                     const sli_pack_key *key);

/* Keep a copy of res (with its layout, when it has one) under key,
   unless the key is there already or the cache is full; out of memory:
   not kept either (a later run packs it again).  cache NULL: nothing. */
void sli_cache_add(sl_cache *cache, const sli_pack_key *key,
                   const sl_pack_result *res);

#endif
