/*
 * bench/bench_levels.c - how often, and by how much, the geometry table's
 * covering rule (docs/method-capacity.md, "No level reads fewer than a
 * harder one") moves a count.
 *
 * For N random one-up cargos (fixed seed; sides 300-1,300 x 150-600 x
 * 100-500 mm, each uniform over a range 2-12 % wide, no stacking limit,
 * default load rules, 9 levels; a 20 ft, 40 ft or 40 ft high-cube
 * container picked at random) it builds the model (sli_model_build) and
 * packs every entry a sample or a hard bound reads on its own
 * (sli_capacity_geometry_memo), then prints the cargos and entries the
 * rule raised, by how much, the pairs of entries that read fewer at the
 * easier one (smaller packages, narrower margins) before and after, and
 * the cargos whose nominal entry (the capacity table's) was raised.
 *
 * Usage: bench_levels [N [SEED [lh]]]   (defaults 80 and 2385)
 *
 * With "lh" the cargos may be turned (vertical "lh", stacking limit 2 to
 * 5, where the covering rule does not apply to sizes) and the bench
 * prints, per cargo, stacking step and margin level, the packer's counts
 * at the 9 size levels (the model's table in brackets where it differs:
 * a larger level's layout shrunk, raise_shrunk in lib/model.c) and every
 * level that reads fewer than a larger one; the totals last.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_rng.h>
#include <shipload/shipload.h>
#include "capacity_internal.h"
#include "model.h"

/* The read entries of a one-type, one-cargo model with uncertain margins
 * and exact stacking: margin levels x size levels, then the two ends. */
#define ENTRIES(m) (SLI_MARGIN_LEVELS * (size_t)(m)->levels + 2)

/* Totals over the cargos. */
typedef struct tally {
    int cargos, raised_cargos, raised, pairs_before, pairs_after, nominal;
    double most, sum;
} tally;

/* Margin entry j, size entry k and their quantiles for read entry i. */
static void entry(const sli_model *m, size_t i, size_t *j, size_t *k,
                  double *mq, double *q)
{
    size_t lv = (size_t)m->levels, n = SLI_MARGIN_LEVELS * lv;
    if (i < n) {
        *j = i / lv;
        *k = i % lv;
        *mq = (*j + 0.5) / SLI_MARGIN_LEVELS;
        *q = (*k + 0.5) / (double)lv;
    } else {
        *j = SLI_MARGIN_LEVELS + (i - n);
        *k = lv + (i - n);
        *mq = *q = (double)(i - n);
    }
}

/* Pairs (a, b) with a no harder than b (quantiles no higher) that read
 * fewer at a. */
static int bad_pairs(const sli_model *m, const long *v)
{
    int bad = 0;
    for (size_t a = 0; a < ENTRIES(m); a++)
        for (size_t b = 0; b < ENTRIES(m); b++) {
            size_t ja, ka, jb, kb;
            double mqa, qa, mqb, qb;
            entry(m, a, &ja, &ka, &mqa, &qa);
            entry(m, b, &jb, &kb, &mqb, &qb);
            bad += a != b && mqa <= mqb && qa <= qb && v[a] < v[b];
        }
    return bad;
}

/* Put a random cargo "lv-box" in cat (one-up, or "lh" with stacking
 * limit 2 to 5 when turned); its text in what. */
static sl_status random_box(sl_catalog *cat, gsl_rng *r, int turned,
                            char *what, size_t len, sl_error *err)
{
    sl_cargo g = *sl_catalog_find_cargo(cat, "122mm-round");
    sl_figure *f[3] = {&g.package[0].length, &g.package[0].width,
                       &g.package[0].height};
    double lo[3] = {300 + 1000 * gsl_rng_uniform(r),
                    150 + 450 * gsl_rng_uniform(r),
                    100 + 400 * gsl_rng_uniform(r)}, hi[3];
    double rel = 0.02 + 0.1 * gsl_rng_uniform(r);
    strcpy(g.id, "lv-box");
    g.npackages = 1;
    for (int i = 0; i < 3; i++) {
        sl_status st;
        lo[i] = round(lo[i] * 20) / 20;
        hi[i] = round(lo[i] * (1 + rel) * 20) / 20;
        sl_figure_set(f[i], 0.5 * (lo[i] + hi[i]), SL_CONF_EST, "bench");
        st = sl_dist_set_uniform(&f[i]->dist, lo[i], hi[i], 0, HUGE_VAL, err);
        if (st != SL_OK)
            return st;
    }
    strcpy(g.package[0].vertical, turned ? "lh" : "h");
    g.package[0].max_stack = turned ? 2 : 0;
    g.package[0].max_stack_hi = turned ? 5 : 0;
    snprintf(what, len, "%g-%g x %g-%g x %g-%g", lo[0], hi[0], lo[1], hi[1],
             lo[2], hi[2]);
    return sl_catalog_put_cargo(cat, &g, err);
}

/* Count (and print) a nominal entry (the capacity table's) above the
 * packer's own count at the nominal inputs. */
static sl_status nominal_raised(const sli_model *m, const sl_scenario *sc,
                                sli_pack_memo *memo, const char *what,
                                tally *t, sl_error *err)
{
    long own, got = m->geo[(size_t)m->margin_nominal * SLI_GEO_MSTRIDE(m) +
                           SLI_GEO_NOMINAL(m)];
    sl_status st = sli_capacity_geometry_memo(
        sl_scenario_container_type(sc, 0, NULL, NULL),
        sl_scenario_cargo_type(sc, 0, NULL, NULL), sl_scenario_load_rules(sc),
        -1.0, -1.0, 0, memo, &own, err);
    if (st == SL_OK && got > own) {
        t->nominal++;
        printf("  %s: nominal %ld -> %ld\n", what, own, got);
    }
    return st;
}

/* Compare the model of scenario sc with the packer's own counts. */
static sl_status audit(const sl_scenario *sc, const char *what, tally *t,
                       sl_error *err)
{
    sli_model m;
    sli_pack_memo memo = {0};
    sl_options o;
    long raw[SLI_MARGIN_LEVELS * 257 + 2], got[SLI_MARGIN_LEVELS * 257 + 2];
    int raised = 0;
    sl_status st;
    sl_options_init(&o);
    o.threads = 1;
    if ((st = sli_model_build(&m, sc, &o, NULL, err)) != SL_OK)
        return st;
    if (m.margin_k == 1 || m.stack_k != 1 || m.levels > 257) {
        sli_model_free(&m);
        fprintf(stderr, "bench_levels: the table is not the one expected\n");
        return SL_ESTATE;
    }
    for (size_t i = 0; st == SL_OK && i < ENTRIES(&m); i++) {
        size_t j, k;
        double mq, q;
        entry(&m, i, &j, &k, &mq, &q);
        got[i] = m.geo[j * SLI_GEO_MSTRIDE(&m) + k];
        st = sli_capacity_geometry_memo(
            sl_scenario_container_type(sc, 0, NULL, NULL),
            sl_scenario_cargo_type(sc, 0, NULL, NULL),
            sl_scenario_load_rules(sc), q, mq, 0, &memo, &raw[i], err);
        if (st == SL_OK && got[i] > raw[i]) {
            double rel = (double)(got[i] - raw[i]) / (double)raw[i];
            raised++;
            t->sum += rel;
            t->most = fmax(t->most, rel);
            printf("  %s: margins q %.3f, sizes q %.3f: %ld -> %ld "
                   "(+%.2f %%)\n", what, mq, q, raw[i], got[i], 100 * rel);
        }
    }
    if (st == SL_OK)
        st = nominal_raised(&m, sc, &memo, what, t, err);
    if (st == SL_OK) {
        t->cargos++;
        t->raised += raised;
        t->raised_cargos += raised > 0;
        t->pairs_before += bad_pairs(&m, raw);
        t->pairs_after += bad_pairs(&m, got);
    }
    sli_pack_memo_free(&memo);
    sli_model_free(&m);
    return st;
}

/* The largest relative drop among v[0..9) (a size level reading fewer
 * than a larger one), printing each pair when `show`; pairs counted in
 * *pairs. */
static double level_drops(const long *v, int show, int *pairs)
{
    double most = 0;
    for (int a = 0; a < 9; a++)
        for (int b = a + 1; b < 9; b++)
            if (v[a] < v[b]) {
                double rel = (double)(v[b] - v[a]) / (double)v[b];
                ++*pairs;
                most = fmax(most, rel);
                if (show)
                    printf("    size q %.3f reads %ld < %ld at q %.3f "
                           "(-%.2f %%)\n", (a + 0.5) / 9, v[a], v[b],
                           (b + 0.5) / 9, 100 * rel);
            }
    return most;
}

/* Turned cargo: the packer's counts at the 9 size levels of every
 * stacking step and margin level, the size levels reading fewer than a
 * larger one, and the model's table (raised) at the same entries; the
 * largest relative drop before in t->most, after in t->sum. */
static sl_status audit_turned(const sl_scenario *sc, const char *what,
                              tally *t, sl_error *err)
{
    const sl_container *c = sl_scenario_container_type(sc, 0, NULL, NULL);
    const sl_cargo *g = sl_scenario_cargo_type(sc, 0, NULL, NULL);
    sli_pack_memo memo = {0};
    sli_model m;
    sl_options o;
    int drops = 0;
    sl_status st;
    sl_options_init(&o);
    o.threads = 1;
    if ((st = sli_model_build(&m, sc, &o, NULL, err)) != SL_OK)
        return st;
    for (int s = 0; st == SL_OK && s < sli_cargo_stack_steps(g); s++)
        for (int j = 0; st == SL_OK && j < SLI_MARGIN_LEVELS; j++) {
            long v[9], after[9];
            int before = 0, left = 0;
            double mq = (j + 0.5) / SLI_MARGIN_LEVELS;
            printf("  %s: step %d, margins q %.3f:", what, s, mq);
            for (int k = 0; st == SL_OK && k < 9; k++) {
                st = sli_capacity_geometry_memo(
                    c, g, sl_scenario_load_rules(sc), (k + 0.5) / 9, mq, s,
                    &memo, &v[k], err);
                after[k] = m.geo[(size_t)j * SLI_GEO_MSTRIDE(&m) +
                                 (size_t)s * SLI_GEO_LEVELS(&m) + (size_t)k];
                printf(" %ld", v[k]);
                if (after[k] != v[k])
                    printf(" (%ld)", after[k]);
            }
            printf("\n");
            t->most = fmax(t->most, level_drops(v, 1, &before));
            t->sum = fmax(t->sum, level_drops(after, 0, &left));
            t->pairs_before += before;
            t->pairs_after += left;
            drops += before > 0;
        }
    if (st == SL_OK) {
        t->cargos++;
        t->raised_cargos += drops > 0;
    }
    sli_pack_memo_free(&memo);
    sli_model_free(&m);
    return st;
}

/* One random cargo in one random container type. */
static sl_status one_cargo(sl_catalog *cat, gsl_rng *r, int turned,
                           tally *t, sl_error *err)
{
    static const char *const types[] = {"iso-20", "iso-40", "iso-40hc"};
    const char *type = types[gsl_rng_uniform_int(r, 3)];
    char what[160], box[128];
    sl_scenario *sc = NULL;
    sl_status st = random_box(cat, r, turned, box, sizeof box, err);
    if (st == SL_OK)
        st = sl_scenario_alloc(cat, &sc, err);
    if (st == SL_OK)
        st = sl_scenario_set_containers(sc, "1000", err);
    if (st == SL_OK) {
        sl_scenario_clear_container_types(sc);
        sl_scenario_clear_cargo_types(sc);
        st = sl_scenario_add_container_type(sc, type, NULL, err);
    }
    if (st == SL_OK)
        st = sl_scenario_add_cargo_type(sc, "lv-box", NULL, err);
    snprintf(what, sizeof what, "%s in %s", box, type);
    if (st == SL_OK)
        st = turned ? audit_turned(sc, what, t, err)
                    : audit(sc, what, t, err);
    sl_scenario_free(sc);
    return st;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 80;
    unsigned long seed = argc > 2 ? strtoul(argv[2], NULL, 10) : 2385;
    int turned = argc > 3 && !strcmp(argv[3], "lh");
    sl_catalog *cat = NULL;
    sl_error e;
    tally t = {0};
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    sl_status st = r ? sl_catalog_builtin(&cat, &e) : SL_ENOMEM;
    if (r)
        gsl_rng_set(r, seed);
    for (int i = 0; st == SL_OK && i < n; i++)
        st = one_cargo(cat, r, turned, &t, &e);
    if (st != SL_OK)
        fprintf(stderr, "bench_levels: %s: %s\n", e.where, e.what);
    else if (turned)
        printf("%d turned cargos (seed %lu): %d with a size level reading "
               "fewer than a larger one; such pairs (same step and margins) "
               "%d, by %.2f %% at most, in the packer's counts; %d, by "
               "%.2f %% at most, in the model's table\n", t.cargos, seed,
               t.raised_cargos, t.pairs_before, 100 * t.most, t.pairs_after,
               100 * t.sum);
    else
        printf("%d cargos (seed %lu): %d with an entry raised, %d entries, "
               "by %.2f %% at most (mean %.2f %%); pairs reading fewer at "
               "the easier entry: %d before, %d after; nominal entry "
               "raised in %d\n", t.cargos, seed, t.raised_cargos, t.raised,
               100 * t.most, t.raised ? 100 * t.sum / t.raised : 0.0,
               t.pairs_before, t.pairs_after, t.nominal);
    sl_catalog_free(cat);
    gsl_rng_free(r);
    return st == SL_OK ? 0 : 1;
}
