/* tests/test_cache.c - the packer-result cache (sl_cache, shipload/cache.h):
 * results bit for bit those without a cache, cold and warm, for 1 and 2
 * threads and two callers at once; a warm run answers every packer call
 * from it; inputs that differ in any way (a box size, a stacking limit, a
 * packer option) are other entries; full caches, NULLs and errors. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "cache_internal.h"

/* Assert that two results' JSON texts are the same (Check cannot print
 * texts this long: say where they part). */
#define same_json(a, b)                                                    \
    do {                                                                   \
        const char *sa_ = (a), *sb_ = (b);                                 \
        size_t at_ = 0;                                                    \
        while (sa_[at_] && sa_[at_] == sb_[at_])                           \
            at_++;                                                         \
        ck_assert_msg(sa_[at_] == sb_[at_], "%s and %s part at byte %zu: " \
                      "...%.60s... against ...%.60s...", #a, #b, at_,      \
                      sa_ + (at_ > 20 ? at_ - 20 : 0),                     \
                      sb_ + (at_ > 20 ? at_ - 20 : 0));                    \
    } while (0)

/* The default run's interpretation 4: the realistic mix (two-package
 * rounds, Grad crates with size and stacking ranges, uncertain margins
 * and ratings). */
static sl_scenario *mix_scenario(const sl_catalog *cat)
{
    static const char *const cargo[] = {
        "152mm-round", "uniform(0.4, 0.7)", "122mm-round",
        "uniform(0.05, 0.15)", "122mm-grad", "uniform(0.05, 0.15)",
        "non-munition", "rest", NULL};
    return sl_test_mix_scenario(cat, "at least 10,000", cargo);
}

/* One packaged cargo (its sizes and stacking limit ranges as the catalog
 * has them) in 20 ft and 40 ft containers, an uncertain count. */
static sl_scenario *one_cargo_scenario(const sl_catalog *cat,
                                       const char *cargo)
{
    sl_scenario *sc = NULL;
    sl_error e;
    sl_error_clear(&e);
    ck_assert_int_eq(sl_scenario_alloc(cat, &sc, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "6,700 to 7,000", &e),
                     SL_OK);
    sl_scenario_clear_container_types(sc);
    ck_assert_int_eq(sl_scenario_add_container_type(sc, "iso-20", "0.625",
                                                    &e), SL_OK);
    ck_assert_int_eq(sl_scenario_add_container_type(sc, "iso-40", "rest",
                                                    &e), SL_OK);
    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, cargo, "1", &e), SL_OK);
    return sc;
}

/* The result of sc with `threads` threads through cache (NULL: none) as
 * JSON (free with sl_free). */
static char *run_json(const sl_scenario *sc, int threads, sl_cache *cache)
{
    sl_result *res = NULL;
    sl_options opt;
    sl_error e;
    char *json = NULL;
    sl_error_clear(&e);
    sl_options_init(&opt);
    opt.samples = 3001;
    opt.seed = 20240614;
    opt.threads = threads;
    ck_assert_msg(sl_estimate_cached(sc, &opt, cache, &res, &e) == SL_OK,
                  "%s: %s", e.where, e.what);
    ck_assert_int_eq(sl_result_to_json(res, 0, &json, &e), SL_OK);
    sl_result_free(res);
    return json;
}

/* The cache's counters. */
typedef struct counters {
    size_t hits, misses, entries, bytes;
} counters;

static counters stats(const sl_cache *c)
{
    counters n;
    ck_assert_int_eq(sl_cache_stats(c, &n.hits, &n.misses, &n.entries,
                                    &n.bytes), SL_OK);
    return n;
}

/* Cold then warm, 1 then 2 threads and 2 then 1, against the run without
 * a cache: the same JSON; the warm run answers every packer call from the
 * cache (no miss, no new entry). */
static void check_same(const sl_scenario *sc)
{
    static const int order[2][2] = {{1, 2}, {2, 1}};
    char *ref = run_json(sc, 1, NULL);
    for (int k = 0; k < 2; k++) {
        sl_cache *c = NULL;
        counters cold, warm;
        char *a, *b;
        ck_assert_int_eq(sl_cache_alloc(0, &c, NULL), SL_OK);
        a = run_json(sc, order[k][0], c);
        cold = stats(c);
        b = run_json(sc, order[k][1], c);
        warm = stats(c);
        same_json(a, ref);
        same_json(b, ref);
        ck_assert_uint_gt(cold.misses, 20); /* tens of packer problems */
        ck_assert_uint_gt(cold.entries, 20);
        ck_assert_uint_le(cold.entries, cold.misses);
        ck_assert_uint_gt(cold.bytes, cold.entries * SLI_PACK_KEY_BYTES);
        ck_assert_uint_eq(warm.misses, cold.misses);
        ck_assert_uint_eq(warm.entries, cold.entries);
        ck_assert_uint_eq(warm.bytes, cold.bytes);
        ck_assert_uint_ge(warm.hits - cold.hits, cold.entries);
        sl_free(a);
        sl_free(b);
        sl_cache_free(c);
    }
    sl_free(ref);
}

START_TEST(test_same_results_mix)
{
    sl_catalog *cat = NULL;
    sl_scenario *sc;
    sl_error e;
    sl_test_world_open(&cat, NULL, &e);
    sc = mix_scenario(cat);
    check_same(sc);
    sl_test_world_close(&cat, &sc);
}
END_TEST

START_TEST(test_same_results_packaged_ranges)
{
    sl_catalog *cat = NULL;
    sl_scenario *sc;
    sl_error e;
    sl_test_world_open(&cat, NULL, &e);
    sc = one_cargo_scenario(cat, "122mm-grad");
    check_same(sc);
    sl_test_world_close(&cat, &sc);
}
END_TEST

/* A small box that may stand on any side (vertical "lwh"), its sizes
 * uncertain, with a stacking limit from lo to hi (hi 0: exactly lo), and
 * a 835 x 685 x 690 mm test room, so that the set-up packs turned
 * boxes (the limit in the packer's options) and shrinks layouts
 * (sli_capacity_geometry_shrunk), which the cache keeps too, in well
 * under a second. */
static void put_turned(sl_catalog *cat, const char *id, int lo, int hi,
                       double width)
{
    sl_cargo g = *sl_catalog_find_cargo(cat, "122mm-grad");
    sl_container room = *sl_catalog_find_container(cat, "iso-20");
    sl_package *p = &g.package[0];
    sl_error e;
    sl_error_clear(&e);
    snprintf(room.id, sizeof room.id, "room");
    sl_figure_set(&room.length, 835, SL_CONF_V, "test");
    sl_figure_set(&room.width, 685, SL_CONF_V, "test");
    sl_figure_set(&room.height, 690, SL_CONF_V, "test");
    sl_figure_set(&room.door_width, 685, SL_CONF_V, "test");
    sl_figure_set(&room.door_height, 690, SL_CONF_V, "test");
    ck_assert_int_eq(sl_catalog_put_container(cat, &room, &e), SL_OK);
    snprintf(g.id, sizeof g.id, "%s", id);
    snprintf(p->vertical, sizeof p->vertical, "lwh");
    p->max_stack = lo;
    p->max_stack_hi = hi;
    sl_figure_set(&p->length, 411.25, SL_CONF_EST, "test");
    ck_assert_int_eq(sl_dist_set_uniform(&p->length.dist, 398.5, 423.75, 0,
                                         HUGE_VAL, &e), SL_OK);
    sl_figure_set(&p->width, width, SL_CONF_V, "test");
    sl_figure_set(&p->height, 156.75, SL_CONF_EST, "test");
    ck_assert_int_eq(sl_dist_set_uniform(&p->height.dist, 150.25, 163.5, 0,
                                         HUGE_VAL, &e), SL_OK);
    sl_figure_set(&p->gross, 23.85, SL_CONF_V, "test");
    ck_assert_msg(sl_catalog_put_cargo(cat, &g, &e) == SL_OK, "%s: %s",
                  e.where, e.what);
}

/* The turned box in the room. */
static sl_scenario *room_scenario(const sl_catalog *cat, const char *cargo)
{
    sl_scenario *sc = NULL;
    sl_error e;
    sl_error_clear(&e);
    ck_assert_int_eq(sl_scenario_alloc(cat, &sc, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "238 to 385", &e), SL_OK);
    sl_scenario_clear_container_types(sc);
    ck_assert_int_eq(sl_scenario_add_container_type(sc, "room", "1", &e),
                     SL_OK);
    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, cargo, "1", &e), SL_OK);
    return sc;
}

START_TEST(test_same_results_turned)
{
    sl_catalog *cat = NULL;
    sl_scenario *sc;
    sl_error e;
    sl_test_world_open(&cat, NULL, &e);
    put_turned(cat, "turned-box", 3, 5, 238.5);
    sc = room_scenario(cat, "turned-box");
    check_same(sc);
    sl_test_world_close(&cat, &sc);
}
END_TEST

/* The first capacity row's geometry limit in a result's JSON. */
static long first_geometry(const sl_scenario *sc)
{
    sl_result *res = NULL;
    sl_options opt;
    sl_error e;
    long n;
    sl_error_clear(&e);
    sl_options_init(&opt);
    opt.samples = 2;
    opt.sensitivity = 0;
    ck_assert_int_eq(sl_estimate(sc, &opt, &res, &e), SL_OK);
    n = sl_result_capacity(res, 0)->by_geometry;
    sl_result_free(res);
    return n;
}

/* Catalog B differs from catalog A in one input of one cargo, under the
 * same id; with one cache, B's run after A's gives what B gives alone,
 * and differs from A (so the change matters), and (when `must_miss`)
 * the cache missed in B's run: no entry of A answered B's new problems. */
static void check_changed(sl_catalog *a, sl_catalog *b, const char *id,
                          int must_miss,
                          sl_scenario *(*make)(const sl_catalog *,
                                               const char *))
{
    sl_scenario *sa = make(a, id), *sb = make(b, id);
    sl_cache *c = NULL;
    counters after_a, after_b;
    char *ref_b = run_json(sb, 1, NULL), *ja, *jb;
    ck_assert_int_ne(first_geometry(sa), first_geometry(sb));
    ck_assert_int_eq(sl_cache_alloc(0, &c, NULL), SL_OK);
    ja = run_json(sa, 2, c);
    after_a = stats(c);
    jb = run_json(sb, 2, c);
    after_b = stats(c);
    same_json(jb, ref_b);
    ck_assert_msg(strcmp(ja, jb) != 0, "A and B give the same JSON");
    if (must_miss) {
        ck_assert_uint_gt(after_b.misses, after_a.misses);
        ck_assert_uint_gt(after_b.entries, after_a.entries);
    }
    sl_free(ja);
    sl_free(jb);
    sl_free(ref_b);
    sl_cache_free(c);
    sl_scenario_free(sa);
    sl_scenario_free(sb);
}

/* A wider crate (380-420 mm to a fixed 480 mm). */
START_TEST(test_changed_box_size_misses)
{
    sl_catalog *a = NULL, *b = NULL;
    sl_cargo g;
    sl_error e;
    sl_test_world_open(&a, NULL, &e);
    sl_test_world_open(&b, NULL, &e);
    g = *sl_catalog_find_cargo(b, "122mm-grad");
    sl_figure_set(&g.package[0].width, 480, SL_CONF_V, "test");
    ck_assert_int_eq(sl_catalog_put_cargo(b, &g, &e), SL_OK);
    check_changed(a, b, "122mm-grad", 1, one_cargo_scenario);
    sl_catalog_free(a);
    sl_catalog_free(b);
}
END_TEST

/* A turned box's stacking limit (3 to 5 against exactly 1): a packer
 * option, so other packer problems. */
START_TEST(test_changed_stacking_limit_misses)
{
    sl_catalog *a = NULL, *b = NULL;
    sl_error e;
    sl_test_world_open(&a, NULL, &e);
    sl_test_world_open(&b, NULL, &e);
    put_turned(a, "turned-box", 3, 5, 238.5);
    put_turned(b, "turned-box", 1, 0, 238.5);
    check_changed(a, b, "turned-box", 1, room_scenario);
    sl_catalog_free(a);
    sl_catalog_free(b);
}
END_TEST

/* A lid-up crate's stacking limit (8 to 11 against exactly 3): the packer
 * packs one layer and the limit counts the layers (capacity.c,
 * pack_count), so B may reuse A's layers, but must still count its own
 * limit. */
START_TEST(test_changed_one_up_stacking_limit)
{
    sl_catalog *a = NULL, *b = NULL;
    sl_cargo g;
    sl_error e;
    sl_test_world_open(&a, NULL, &e);
    sl_test_world_open(&b, NULL, &e);
    g = *sl_catalog_find_cargo(b, "122mm-grad");
    g.package[0].max_stack = 3;
    g.package[0].max_stack_hi = 0;
    ck_assert_int_eq(sl_catalog_put_cargo(b, &g, &e), SL_OK);
    check_changed(a, b, "122mm-grad", 0, one_cargo_scenario);
    sl_catalog_free(a);
    sl_catalog_free(b);
}
END_TEST

/* Every input of a packer call is part of its key: each size one ulp
 * away, each option changed, gives another key; a time budget gives
 * none (its result may depend on the machine's load). */
START_TEST(test_key_every_input)
{
    const double v[6] = {5895.25, 2345.5, 2385.75, 411.25, 380.5, 228.75};
    sl_pack_options base, o;
    sli_pack_key k0, k;
    sl_pack_options_init(&base);
    base.grain = 5;
    ck_assert_int_eq(sli_pack_key_make(v[0], v[1], v[2], v[3], v[4], v[5],
                                       &base, &k0), 1);
    ck_assert_int_eq(sli_pack_key_make(v[0], v[1], v[2], v[3], v[4], v[5],
                                       &base, &k), 1);
    ck_assert_int_eq(memcmp(k0.b, k.b, sizeof k.b), 0);
    for (int i = 0; i < 6; i++) {
        double w[6];
        memcpy(w, v, sizeof w);
        w[i] = nextafter(w[i], 1e9);
        ck_assert_int_eq(sli_pack_key_make(w[0], w[1], w[2], w[3], w[4],
                                           w[5], &base, &k), 1);
        ck_assert_msg(memcmp(k0.b, k.b, sizeof k.b) != 0, "size %d", i);
    }
    for (int f = 0; f < 7; f++) {
        o = base;
        switch (f) {
        case 0: snprintf(o.vertical, sizeof o.vertical, "wh"); break;
        case 1: o.max_count = 17; break;
        case 2: o.max_stack = 3; break;
        case 3: o.grain = nextafter(5.0, 6.0); break;
        case 4: o.work_limit = 238500; break;
        case 5: o.want_layout = 1; break;
        default: snprintf(o.vertical, sizeof o.vertical, "hw"); break;
        }
        ck_assert_int_eq(sli_pack_key_make(v[0], v[1], v[2], v[3], v[4],
                                           v[5], &o, &k), 1);
        ck_assert_msg(memcmp(k0.b, k.b, sizeof k.b) != 0, "option %d", f);
    }
    /* the bytes after the vertical set's NUL do not count */
    o = base;
    memcpy(o.vertical, "h\0w", 4);
    ck_assert_int_eq(sli_pack_key_make(v[0], v[1], v[2], v[3], v[4], v[5],
                                       &o, &k), 1);
    ck_assert_int_eq(memcmp(k0.b, k.b, sizeof k.b), 0);
    o = base;
    o.seconds = 0.25;
    ck_assert_int_eq(sli_pack_key_make(v[0], v[1], v[2], v[3], v[4], v[5],
                                       &o, &k), 0);
    ck_assert_int_eq(sli_pack_key_make(v[0], v[1], v[2], v[3], v[4], v[5],
                                       NULL, &k), 0);
}
END_TEST

/* Entries hold copies (a layout too); a key is added once; a cache at
 * its limit keeps nothing more but still answers. */
START_TEST(test_entries_and_limit)
{
    sl_placement lay[3] = {{0, 0, 0, 411.25, 380.5, 228.75},
                           {411.25, 0, 0, 411.25, 380.5, 228.75},
                           {0, 380.5, 0, 411.25, 380.5, 228.75}};
    sl_pack_result r = {3, 4, 0, 0.0, 3, lay}, r2 = r;
    const sl_pack_result *got;
    sl_pack_options o;
    sli_pack_key k1, k2;
    sl_cache *c = NULL, *tiny = NULL;
    counters n0, n;
    sl_pack_options_init(&o);
    o.want_layout = 1;
    ck_assert_int_eq(sli_pack_key_make(1000, 800, 500, 411.25, 380.5, 228.75,
                                       &o, &k1), 1);
    ck_assert_int_eq(sli_pack_key_make(1000, 800, 505, 411.25, 380.5, 228.75,
                                       &o, &k2), 1);
    ck_assert_int_eq(sl_cache_alloc(0, &c, NULL), SL_OK);
    n0 = stats(c);
    ck_assert_uint_eq(n0.hits + n0.misses + n0.entries, 0);
    ck_assert_uint_gt(n0.bytes, 0);
    ck_assert_ptr_null(sli_cache_find(c, &k1));
    sli_cache_add(c, &k1, &r);
    lay[0].x = 238.5; /* the cache holds its own copy */
    got = sli_cache_find(c, &k1);
    ck_assert_ptr_nonnull(got);
    ck_assert_ptr_ne(got->layout, lay);
    ck_assert_int_eq(got->count, 3);
    ck_assert_int_eq(got->upper_bound, 4);
    ck_assert_uint_eq(got->nlayout, 3);
    ck_assert_double_eq(got->layout[0].x, 0);
    ck_assert_double_eq(got->layout[2].y, 380.5);
    ck_assert_ptr_null(sli_cache_find(c, &k2));
    r2.count = 2; /* the first result under a key stays */
    sli_cache_add(c, &k1, &r2);
    n = stats(c);
    ck_assert_uint_eq(n.entries, 1);
    ck_assert_uint_eq(n.hits, 1);
    ck_assert_uint_eq(n.misses, 2);
    ck_assert_uint_ge(n.bytes - n0.bytes,
                      sizeof r + 3 * sizeof lay[0] + sizeof k1);
    ck_assert_int_eq(sli_cache_find(c, &k1)->count, 3);
    /* a limit below what an empty cache takes: nothing is kept */
    ck_assert_int_eq(sl_cache_alloc(1, &tiny, NULL), SL_OK);
    sli_cache_add(tiny, &k1, &r);
    ck_assert_ptr_null(sli_cache_find(tiny, &k1));
    ck_assert_uint_eq(stats(tiny).entries, 0);
    /* NULL cache: no entry, nothing kept, no crash */
    ck_assert_ptr_null(sli_cache_find(NULL, &k1));
    sli_cache_add(NULL, &k1, &r);
    sl_cache_free(tiny);
    sl_cache_free(c);
}
END_TEST

/* A full cache changes nothing but the time: the mix through a cache that
 * keeps no entry gives the same JSON, and asks the packer every time. */
START_TEST(test_full_cache_same_results)
{
    sl_catalog *cat = NULL;
    sl_scenario *sc;
    sl_cache *c = NULL;
    sl_error e;
    char *ref, *a, *b;
    counters n;
    sl_test_world_open(&cat, NULL, &e);
    sc = mix_scenario(cat);
    ref = run_json(sc, 2, NULL);
    ck_assert_int_eq(sl_cache_alloc(1, &c, NULL), SL_OK);
    a = run_json(sc, 2, c);
    b = run_json(sc, 1, c);
    n = stats(c);
    same_json(a, ref);
    same_json(b, ref);
    ck_assert_uint_eq(n.entries, 0);
    ck_assert_uint_eq(n.hits, 0);
    ck_assert_uint_gt(n.misses, 100);
    sl_free(a);
    sl_free(b);
    sl_free(ref);
    sl_cache_free(c);
    sl_test_world_close(&cat, &sc);
}
END_TEST

typedef struct caller {
    const sl_scenario *sc;
    sl_cache *cache;
    char *json;
} caller;

static void *call(void *arg)
{
    caller *c = arg;
    c->json = run_json(c->sc, 2, c->cache);
    return NULL;
}

/* Two estimates at once on one cache (each on its own scenario, one of
 * them warm for part of the other's problems): both as without it. */
START_TEST(test_concurrent_callers_share_one_cache)
{
    sl_catalog *cat = NULL;
    sl_scenario *s1, *s2;
    sl_cache *c = NULL;
    sl_error e;
    char *r1, *r2;
    caller k[2];
    pthread_t tid;
    sl_test_world_open(&cat, NULL, &e);
    s1 = mix_scenario(cat);
    s2 = one_cargo_scenario(cat, "122mm-grad");
    r1 = run_json(s1, 1, NULL);
    r2 = run_json(s2, 1, NULL);
    ck_assert_int_eq(sl_cache_alloc(0, &c, NULL), SL_OK);
    k[0] = (caller){s1, c, NULL};
    k[1] = (caller){s2, c, NULL};
    ck_assert_int_eq(pthread_create(&tid, NULL, call, &k[1]), 0);
    call(&k[0]);
    pthread_join(tid, NULL);
    same_json(k[0].json, r1);
    same_json(k[1].json, r2);
    ck_assert_uint_gt(stats(c).entries, 0);
    sl_free(k[0].json);
    sl_free(k[1].json);
    sl_free(r1);
    sl_free(r2);
    sl_cache_free(c);
    sl_scenario_free(s2);
    sl_test_world_close(&cat, &s1);
}
END_TEST

/* NULLs and bad arguments: clean errors, nothing touched. */
START_TEST(test_null_and_errors)
{
    sl_catalog *cat = NULL;
    sl_scenario *sc;
    sl_result *res = (sl_result *)&res;
    sl_cache *c = (sl_cache *)&c;
    sl_options opt;
    sl_error e;
    size_t h = 7;
    sl_cache_free(NULL);
    sl_assert_fails(&e, sl_cache_alloc(0, NULL, &e), SL_EINVAL, "out",
                    "NULL", 1);
    ck_assert_int_eq(sl_cache_alloc(0, NULL, NULL), SL_EINVAL);
    ck_assert_int_eq(sl_cache_stats(NULL, &h, NULL, NULL, NULL), SL_EINVAL);
    ck_assert_uint_eq(h, 7);
    ck_assert_int_eq(sl_cache_alloc(0, &c, NULL), SL_OK);
    ck_assert_int_eq(sl_cache_stats(c, NULL, NULL, NULL, NULL), SL_OK);
    sl_test_world_open(&cat, NULL, &e);
    sc = mix_scenario(cat);
    sl_options_init(&opt);
    sl_assert_fails(&e, sl_estimate_cached(NULL, &opt, c, &res, &e),
                    SL_EINVAL, "scenario", "NULL", 1);
    sl_assert_fails(&e, sl_estimate_cached(sc, &opt, c, NULL, &e),
                    SL_EINVAL, "out", "NULL", 1);
    opt.samples = 1;
    sl_assert_fails(&e, sl_estimate_cached(sc, &opt, c, &res, &e),
                    SL_ERANGE, "samples", "", 0);
    ck_assert_ptr_null(res);
    ck_assert_uint_eq(stats(c).hits + stats(c).misses, 0);
    sl_cache_free(c);
    sl_test_world_close(&cat, &sc);
}
END_TEST

/* A set-up that fails (a container past the packer's grid) fails the same
 * way with a cache, cold or warm, and leaves the cache usable. */
START_TEST(test_setup_error_with_cache)
{
    sl_catalog *cat = NULL;
    sl_scenario *sc = NULL, *ok;
    sl_result *res = NULL;
    sl_container box;
    sl_cache *c = NULL;
    sl_options opt;
    sl_error e, plain;
    char *ref, *got;
    sl_test_world_open(&cat, NULL, &e);
    box = *sl_catalog_find_container(cat, "iso-20");
    snprintf(box.id, sizeof box.id, "iso-20-long");
    sl_figure_set(&box.length, 2.385e10, SL_CONF_V, "test");
    ck_assert_int_eq(sl_catalog_put_container(cat, &box, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_alloc(cat, &sc, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "7,385", &e), SL_OK);
    sl_scenario_clear_container_types(sc);
    ck_assert_int_eq(sl_scenario_add_container_type(sc, "iso-20-long", "1",
                                                    &e), SL_OK);
    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-round", "1", &e),
                     SL_OK);
    sl_options_init(&opt);
    opt.samples = 1000;
    opt.threads = 2;
    ck_assert_int_eq(sl_estimate(sc, &opt, &res, &plain), SL_ERANGE);
    ck_assert_int_eq(sl_cache_alloc(0, &c, NULL), SL_OK);
    for (int i = 0; i < 2; i++) {
        sl_error_clear(&e);
        ck_assert_int_eq(sl_estimate_cached(sc, &opt, c, &res, &e),
                         SL_ERANGE);
        ck_assert_ptr_null(res);
        ck_assert_str_eq(e.where, plain.where);
        ck_assert_str_eq(e.what, plain.what);
    }
    ok = one_cargo_scenario(cat, "122mm-grad");
    ref = run_json(ok, 1, NULL);
    got = run_json(ok, 2, c);
    same_json(got, ref);
    sl_free(ref);
    sl_free(got);
    sl_scenario_free(ok);
    sl_cache_free(c);
    sl_test_world_close(&cat, &sc);
}
END_TEST

/* One case per test: CK_RUN_CASE=NAME runs one. */
#define ADD(s, t)                                                          \
    do {                                                                   \
        TCase *tc_ = tcase_create(#t);                                     \
        tcase_set_timeout(tc_, 600);                                       \
        tcase_add_test(tc_, t);                                            \
        suite_add_tcase(s, tc_);                                           \
    } while (0)

int main(void)
{
    Suite *s = suite_create("cache");
    ADD(s, test_key_every_input);
    ADD(s, test_entries_and_limit);
    ADD(s, test_null_and_errors);
    ADD(s, test_same_results_mix);
    ADD(s, test_same_results_packaged_ranges);
    ADD(s, test_same_results_turned);
    ADD(s, test_changed_box_size_misses);
    ADD(s, test_changed_stacking_limit_misses);
    ADD(s, test_changed_one_up_stacking_limit);
    ADD(s, test_full_cache_same_results);
    ADD(s, test_concurrent_callers_share_one_cache);
    ADD(s, test_setup_error_with_cache);
    return sl_test_run(s);
}
