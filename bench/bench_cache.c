/*
 * bench/bench_cache.c - what an sl_cache saves on runs that share a
 * catalog.
 *
 * Two workloads of shipload-estimate, built through the public API:
 *   - sweep: the default run's interpretation 4 (the realistic mix) at
 *     "at least" 10,000, 15,000, ..., 40,000 containers, as
 *     `--sweep containers=10000:40000:7` runs it;
 *   - default: the default run's four interpretations of the June 2024
 *     claim (bare shells by weight, boxed 152 mm rounds, Grad crates, the
 *     mix).
 * Each is run with sl_estimate() (no cache) and with sl_estimate_cached()
 * through one new cache per workload run (so the first run of each pays
 * its set-up), at the given sample count and at 2 samples (the set-ups
 * alone).  Rounds interleave the two, so both see the same machine load;
 * each figure is the best of --rounds, and the ratio is taken between the
 * best figures (the spread of the per-round ratios is printed next to
 * it).  Every cached run's JSON is compared with the uncached run's: the
 * program fails if one byte differs.  The cache's size after each
 * workload is printed.  See docs/performance.md ("Sharing the set-up").
 *
 * Usage: bench_cache [--rounds N] [--samples N] [--threads N]
 * (defaults 5, 100000 as shipload-estimate, 0 = all cores).
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <shipload/shipload.h>

#define MAX_ROUNDS 20
#define MAX_RUNS 8

/* One workload: its scenarios. */
typedef struct workload {
    const char *name;
    sl_scenario *sc[MAX_RUNS];
    size_t n;
} workload;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void die(const char *what, const sl_error *e)
{
    fprintf(stderr, "bench_cache: %s: %s: %s\n", what, e ? e->where : "",
            e ? e->what : "failed");
    exit(1);
}

/* A scenario on cat: count, one container type (NULL: the default
 * rating), cargo "ID=share" entries up to NULL, fill, the June 2024
 * claim. */
static sl_scenario *make(const sl_catalog *cat, const char *count,
                         const char *container, const char *const *cargo,
                         const char *fill)
{
    sl_scenario *sc = NULL;
    sl_error e;
    sl_error_clear(&e);
    if (sl_scenario_alloc(cat, &sc, &e) ||
        sl_scenario_set_containers(sc, count, &e) ||
        sl_scenario_set_fill(sc, fill, &e) ||
        sl_scenario_set_claim(sc, "up to 4.8 million", NULL, NULL, &e))
        die("scenario", &e);
    if (container) {
        sl_scenario_clear_container_types(sc);
        if (sl_scenario_add_container_type(sc, container, "1", &e))
            die("container", &e);
    }
    sl_scenario_clear_cargo_types(sc);
    for (size_t i = 0; cargo[i]; i++) {
        char id[64];
        const char *eq = strchr(cargo[i], '=');
        snprintf(id, sizeof id, "%.*s", (int)(eq - cargo[i]), cargo[i]);
        if (sl_scenario_add_cargo_type(sc, id, eq + 1, &e))
            die("cargo", &e);
    }
    return sc;
}

static const char *const MIX[] = {
    "152mm-round=uniform(0.4, 0.7)", "122mm-round=uniform(0.05, 0.15)",
    "122mm-grad=uniform(0.05, 0.15)", "non-munition=rest", NULL};

/* Run every scenario of w (through cache when not NULL); the JSON of
 * each in json[] when json is not NULL (free with sl_free).  Returns the
 * wall time. */
static double run(const workload *w, const sl_options *opt, sl_cache *cache,
                  char **json)
{
    double t0 = now();
    for (size_t i = 0; i < w->n; i++) {
        sl_result *res = NULL;
        sl_error e;
        sl_error_clear(&e);
        if (sl_estimate_cached(w->sc[i], opt, cache, &res, &e))
            die(w->name, &e);
        if (json && sl_result_to_json(res, 0, &json[i], &e))
            die("json", &e);
        sl_result_free(res);
    }
    return now() - t0;
}

/* Time w with and without a cache over `rounds` interleaved rounds; check
 * the JSON of the first round. */
static void bench(const workload *w, const sl_options *opt, int rounds)
{
    double plain[MAX_ROUNDS], cached[MAX_ROUNDS], bp = 1e300, bc = 1e300;
    double rlo = 1e300, rhi = 0;
    size_t entries = 0, bytes = 0, hits = 0, misses = 0;
    for (int r = 0; r < rounds; r++) {
        char *ja[MAX_RUNS] = {NULL}, *jb[MAX_RUNS] = {NULL};
        sl_cache *c = NULL;
        if (sl_cache_alloc(0, &c, NULL))
            die("cache", NULL);
        plain[r] = run(w, opt, NULL, r ? NULL : ja);
        cached[r] = run(w, opt, c, r ? NULL : jb);
        for (size_t i = 0; r == 0 && i < w->n; i++) {
            if (strcmp(ja[i], jb[i])) {
                fprintf(stderr, "bench_cache: %s run %zu: the cached "
                        "result differs\n", w->name, i + 1);
                exit(1);
            }
            sl_free(ja[i]);
            sl_free(jb[i]);
        }
        sl_cache_stats(c, &hits, &misses, &entries, &bytes);
        sl_cache_free(c);
        if (plain[r] < bp)
            bp = plain[r];
        if (cached[r] < bc)
            bc = cached[r];
        if (plain[r] / cached[r] < rlo)
            rlo = plain[r] / cached[r];
        if (plain[r] / cached[r] > rhi)
            rhi = plain[r] / cached[r];
    }
    printf("%-9s %9zu  %5zu  %8.3f s  %8.3f s  %5.2fx  (%.2f-%.2f)  "
           "%6zu %6zu %6zu  %7.1f KiB\n",
           w->name, opt->samples, w->n, bp, bc, bp / bc, rlo, rhi, hits,
           misses, entries, (double)bytes / 1024);
}

int main(int argc, char **argv)
{
    sl_catalog *cat = NULL;
    sl_options opt;
    sl_error e;
    workload sweep = {"sweep", {NULL}, 0}, dflt = {"default", {NULL}, 0};
    int rounds = 5;
    sl_options_init(&opt);
    opt.threads = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--rounds"))
            rounds = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--samples"))
            opt.samples = (size_t)atol(argv[i + 1]);
        else if (!strcmp(argv[i], "--threads"))
            opt.threads = atoi(argv[i + 1]);
        else {
            fprintf(stderr, "usage: bench_cache [--rounds N] [--samples N] "
                    "[--threads N]\n");
            return 2;
        }
    }
    if (rounds < 1 || rounds > MAX_ROUNDS)
        rounds = 5;
    sl_error_clear(&e);
    if (SL_CHECK_VERSION(&e) || sl_catalog_builtin(&cat, &e))
        die("library", &e);
    for (int k = 0; k < 7; k++) {
        char count[64];
        snprintf(count, sizeof count, "at least %d", 10000 + 5000 * k);
        sweep.sc[sweep.n++] = make(cat, count, NULL, MIX,
                                   "pert(0.7, 0.95, 1)");
    }
    {
        static const char *const sk[] = {"152mm-shell-mass-equiv=1", NULL};
        static const char *const boxed[] = {"152mm-round=1", NULL};
        static const char *const grad[] = {"122mm-grad=1", NULL};
        dflt.sc[dflt.n++] = make(cat, "at least 10,000", "iso-20-24t", sk,
                                 "1");
        dflt.sc[dflt.n++] = make(cat, "at least 10,000", NULL, boxed, "1");
        dflt.sc[dflt.n++] = make(cat, "at least 10,000", NULL, grad, "1");
        dflt.sc[dflt.n++] = make(cat, "at least 10,000", NULL, MIX,
                                 "pert(0.7, 0.95, 1)");
    }
    printf("shipload %s cache benchmark: best of %d interleaved rounds, "
           "threads %d (0 = all)\n", sl_version(), rounds, opt.threads);
    printf("%-9s %9s  %5s  %10s  %10s  %6s  %11s  %6s %6s %6s  %11s\n",
           "workload", "samples", "runs", "no cache", "cache", "ratio",
           "(rounds)", "hits", "misses", "kept", "cache size");
    for (int pass = 0; pass < 2; pass++) {
        sl_options o = opt;
        if (pass)
            o.samples = 2; /* the set-ups alone */
        bench(&sweep, &o, rounds);
        bench(&dflt, &o, rounds);
    }
    for (size_t i = 0; i < sweep.n; i++)
        sl_scenario_free(sweep.sc[i]);
    for (size_t i = 0; i < dflt.n; i++)
        sl_scenario_free(dflt.sc[i]);
    sl_catalog_free(cat);
    return 0;
}
