/**
 * @file
 * shipload/cache.h - packer results shared between runs (sl_cache).
 *
 * Every sl_estimate() builds capacity tables whose set-up runs the crate
 * packer hundreds of times (package-size levels, stacking-limit steps,
 * margin levels; docs/method-capacity.md): most of a run's time when the
 * samples are few.  Runs of the same catalog (a sweep over the container
 * count or the fill, files of a claims register, interpretations of one
 * claim) ask the packer the same questions.  An sl_cache, owned by the
 * caller and handed to sl_estimate_cached(), keeps the answers: each
 * entry is one packer call's result (count, and the layout when the
 * set-up asked for one) under its exact inputs, the space and box sizes
 * bit for bit, the vertical set, and every packer option (stacking limit,
 * count limit, grain, work limit, layout wanted).  The packer is
 * deterministic (the set-up never gives it a time budget), so a run with
 * a cache gives bit for bit the result it gives without one, for any
 * thread count; any input that differs is a different entry.  The cache
 * holds only what the packer returned: one cache serves any number of
 * scenarios and catalogs.
 *
 * Threads: every function here and sl_estimate_cached() may be called on
 * one cache from several threads at once (a mutex guards it), e.g. two
 * concurrent estimates sharing it.  Its counters then add up both runs.
 *
 * Memory: entries are only ever added; a cache never frees one before
 * sl_cache_free().  Once it holds max_bytes (sl_cache_alloc), further
 * results are not kept (runs stay correct, the new problems just run the
 * packer each time).  The four interpretations of the default run of
 * shipload-estimate fill about 134 KiB (789 entries; docs/performance.md).
 */
#ifndef SHIPLOAD_CACHE_H
#define SHIPLOAD_CACHE_H

#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A cache of packer results (opaque; owned by the caller, released with
 * sl_cache_free()). */
typedef struct sl_cache sl_cache;

/**
 * A new, empty cache in *out (free with sl_cache_free()) that keeps
 * results while it holds at most max_bytes bytes (its entries, their
 * layouts and its index, as sl_cache_stats() counts them); 0 = no limit.
 * Errors: SL_EINVAL (out NULL), SL_ENOMEM.
 */
SL_API sl_status sl_cache_alloc(size_t max_bytes, sl_cache **out,
                                sl_error *err);

/** Free a cache and every entry; accepts NULL.  No run may be using it. */
SL_API void sl_cache_free(sl_cache *cache);

/**
 * What the cache holds and how it served, each out pointer optional
 * (NULL: not wanted): *hits, the packer calls answered from it; *misses,
 * the look-ups it could not answer (each then ran the packer; a run's
 * threads may each miss the same problem once, so the count may depend
 * on the thread count, results never do); *entries, the results it
 * holds; *bytes, the memory they and its index take.  Counters add up
 * over every run since sl_cache_alloc().
 * Errors: SL_EINVAL (cache NULL).
 */
SL_API sl_status sl_cache_stats(const sl_cache *cache, size_t *hits,
                                size_t *misses, size_t *entries,
                                size_t *bytes);

#ifdef __cplusplus
}
#endif

#endif /* SHIPLOAD_CACHE_H */
