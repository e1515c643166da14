/*
 * bench/bench_engine.c - speed of the Monte Carlo engine, side by side.
 *
 * Builds the default scenario (interpretation 4 of shipload-estimate: the
 * uncertain realistic mix) through the public API and times, round after
 * round so that every figure sees the same machine load:
 *   - sl_estimate at N samples on one thread and on all threads;
 *   - the same at 10^3, 10^5 and 10^7 containers (cost vs container count);
 *   - the floor: 10 x N draws of gsl_rng_uniform from the engine's
 *     generator (mt19937);
 *   - the peers (numpy, Squiggle), each a command given with --peer that
 *     is run as `CMD MODEL.json N` and prints `seconds p05 p50 p95` for its
 *     own sampling of the same model (read from MODEL.json, written here
 *     from the compiled model so both sides use the same numbers).
 * Each figure is the best of --rounds runs (clock_gettime, CLOCK_MONOTONIC);
 * ratios are taken between figures of the same run, and the spread of the
 * per-round ratios is printed next to them.  See docs/performance.md.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <gsl/gsl_rng.h>
#include <shipload/shipload.h>
#include "model.h" /* the compiled model, to hand the same numbers to peers */

#define MAX_ROUNDS 20
#define MAX_PEERS 4

/* One timed figure: its time in each round. */
typedef struct figure {
    const char *name;
    double t[MAX_ROUNDS];
    double cpu[MAX_ROUNDS]; /* process CPU time (0 for peers) */
    double p05, p50, p95; /* of the last run (0 when not a sampler) */
    int ok;
} figure;

typedef struct config {
    size_t samples, peer_samples;
    int rounds;
    const char *peer_name[MAX_PEERS];
    const char *peer_cmd[MAX_PEERS];
    size_t peer_n[MAX_PEERS]; /* samples for this peer (NAME@N=CMD) */
    int npeers;
    const char *model_path;
    const char *profile; /* run only this container count once (perf) */
} config;

static double clock_s(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Wall-clock time: what every figure and ratio uses. */
static double now(void)
{
    return clock_s(CLOCK_MONOTONIC);
}

/* Process CPU time: printed beside, since the machine is shared. */
static double cpu_now(void)
{
    return clock_s(CLOCK_PROCESS_CPUTIME_ID);
}

/* The default scenario's interpretation 4 with `containers` as the count. */
static sl_scenario *mix_scenario(const sl_catalog *cat, const char *containers)
{
    static const char *cargo[][2] = {{"152mm-round", "uniform(0.4, 0.7)"},
                                     {"122mm-round", "uniform(0.05, 0.15)"},
                                     {"122mm-grad", "uniform(0.05, 0.15)"},
                                     {"non-munition", "rest"}};
    sl_scenario *sc = NULL;
    sl_error e;
    sl_error_clear(&e);
    if (sl_scenario_alloc(cat, &sc, &e) ||
        sl_scenario_set_containers(sc, containers, &e) ||
        sl_scenario_set_fill(sc, "pert(0.7, 0.95, 1)", &e) ||
        sl_scenario_set_claim(sc, "up to 4.8 million", NULL, NULL, &e))
        goto fail;
    sl_scenario_clear_cargo_types(sc);
    for (size_t i = 0; i < sizeof cargo / sizeof cargo[0]; i++)
        if (sl_scenario_add_cargo_type(sc, cargo[i][0], cargo[i][1], &e))
            goto fail;
    return sc;
fail:
    fprintf(stderr, "bench_engine: scenario: %s (%s)\n", e.what, e.where);
    sl_scenario_free(sc);
    return NULL;
}

/* Time one sl_estimate run; fills the quantiles.  -1 on failure. */
static double time_estimate(const sl_scenario *sc, size_t n, int threads,
                            figure *f, double *cpu)
{
    sl_options opt;
    sl_result *res = NULL;
    sl_summary s;
    sl_error e;
    double t0, t1, c0;
    sl_options_init(&opt);
    opt.samples = n;
    opt.threads = threads;
    c0 = cpu_now();
    t0 = now();
    if (sl_estimate(sc, &opt, &res, &e)) {
        fprintf(stderr, "bench_engine: %s: %s (%s)\n", f->name, e.what,
                e.where);
        return -1.0;
    }
    t1 = now();
    *cpu = cpu_now() - c0;
    sl_result_total(res, &s);
    f->p05 = s.p05;
    f->p50 = s.p50;
    f->p95 = s.p95;
    sl_result_free(res);
    return t1 - t0;
}

/* The floor: 10 x n uniforms from the engine's generator. */
static double time_floor(size_t n, double *sink, double *cpu)
{
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    double t0, t1, c0, acc = 0.0;
    gsl_rng_set(r, 1);
    c0 = cpu_now();
    t0 = now();
    for (size_t i = 0; i < 10 * n; i++)
        acc += gsl_rng_uniform(r);
    t1 = now();
    *cpu = cpu_now() - c0;
    *sink += acc;
    gsl_rng_free(r);
    return t1 - t0;
}

/* Run a peer: `cmd model n`; its first output line is
 * "seconds p05 p50 p95".  -1 on failure. */
static double time_peer(const char *cmd, const char *model, size_t n,
                        figure *f)
{
    char line[4096];
    double sec = -1.0;
    FILE *p;
    snprintf(line, sizeof line, "%s '%s' %zu", cmd, model, n);
    p = popen(line, "r");
    if (!p)
        return -1.0;
    if (fgets(line, sizeof line, p) &&
        sscanf(line, "%lf %lf %lf %lf", &sec, &f->p05, &f->p50, &f->p95) != 4)
        sec = -1.0;
    while (fgets(line, sizeof line, p))
        ;
    if (pclose(p) != 0)
        sec = -1.0;
    if (sec < 0)
        fprintf(stderr, "bench_engine: peer %s failed\n", f->name);
    return sec;
}

/* Write an sl_dist as JSON (the forms the peers understand). */
static void put_dist(FILE *f, const sl_dist *d)
{
    static const char *kind[] = {"const", "uniform", "triangular", "pert",
                                 "normal", "lognormal", "beta", "choice"};
    if (sl_dist_is_const(d)) {
        fprintf(f, "{\"kind\": \"const\", \"a\": %.17g}", sl_dist_mean(d));
        return;
    }
    fprintf(f,
            "{\"kind\": \"%s\", \"a\": %.17g, \"b\": %.17g, \"c\": %.17g, "
            "\"lo\": %.17g, \"hi\": %.17g, \"mean\": %.17g, \"sd\": %.17g}",
            kind[d->kind], d->a, d->b, d->c, d->lo, d->hi, sl_dist_mean(d),
            sqrt(sl_dist_variance(d)));
}

/* Write the share of kind i: a distribution or "rest". */
static void put_share(FILE *f, const sl_dist *share, int rest)
{
    if (rest)
        fputs("\"rest\"", f);
    else
        put_dist(f, share);
}

/* The compiled model as JSON for the peers: the same inputs, the same
 * geometry table, the same thresholds. */
static int write_model(const sl_scenario *sc, const char *path)
{
    sl_options opt;
    sli_model m;
    sl_error e;
    size_t stride;
    const sl_dist *dunnage;
    int nmargin;
    FILE *f;
    sl_options_init(&opt);
    if (sli_model_build(&m, sc, &opt, NULL, &e)) {
        fprintf(stderr, "bench_engine: model: %s\n", e.what);
        sli_model_free(&m);
        return -1;
    }
    f = fopen(path, "w");
    if (!f) {
        sli_model_free(&m);
        return -1;
    }
    stride = SLI_GEO_STRIDE(&m);
    /* the margin levels a sample draws from (the nominal entry alone when
       the margins are exact) */
    nmargin = m.margin_k > 1 ? SLI_MARGIN_LEVELS : 1;
    fprintf(f, "{\"containers\": %.17g, \"clt_threshold\": %zu, "
               "\"fill_exact\": %zu, \"fill_skew\": %.17g, "
               "\"fill_exkurt\": %.17g, "
               "\"binom_normal_var\": 100, \"levels\": %d, "
               "\"margin_levels\": %d,\n \"dunnage\": ",
            m.n_fixed, m.clt_threshold, m.fill_exact, m.fill_skew,
            m.fill_exkurt, m.levels, nmargin);
    dunnage = NULL;
    for (size_t i = 0; i < m.ninputs; i++)
        if (m.inputs[i].target == SLI_T_DUNNAGE)
            dunnage = &m.inputs[i].dist;
    if (dunnage)
        put_dist(f, dunnage);
    else
        fprintf(f, "{\"kind\": \"const\", \"a\": %.17g}", m.dunnage);
    fputs(",\n \"fill\": ", f);
    put_dist(f, &m.fill);
    fputs(",\n \"types\": [", f);
    for (size_t t = 0; t < m.ntypes; t++) {
        const sl_dist *share;
        int rest;
        const sl_container *c = sl_scenario_container_type(sc, t, &share, &rest);
        fprintf(f, "%s\n  {\"id\": \"%s\", \"share\": ", t ? "," : "", c->id);
        put_share(f, share, rest);
        fputs(", \"tare\": ", f);
        put_dist(f, &c->tare.dist);
        fputs(", \"gross\": ", f);
        put_dist(f, &c->max_gross.dist);
        fputs("}", f);
    }
    fputs("],\n \"cargo\": [", f);
    for (size_t c = 0; c < m.ncargo; c++) {
        const sl_dist *share;
        int rest;
        const sl_cargo *g = sl_scenario_cargo_type(sc, c, &share, &rest);
        fprintf(f, "%s\n  {\"id\": \"%s\", \"munition\": %d, \"packaged\": %d, "
                   "\"sized\": %d, \"stack_steps\": %d, \"share\": ",
                c ? "," : "", g->id, g->munition, m.cargo[c].packaged,
                m.cargo[c].level_input, m.cargo[c].stack_steps);
        put_share(f, share, rest);
        fputs(", \"unit_mass\": ", f);
        put_dist(f, &g->unit_mass.dist);
        fputs(", \"packages\": [", f);
        for (size_t p = 0; p < g->npackages; p++) {
            fprintf(f, "%s{\"units\": %.17g, \"gross\": ", p ? ", " : "",
                    g->package[p].units);
            put_dist(f, &g->package[p].gross.dist);
            fputs("}", f);
        }
        /* geometry limit per container type, margin level and
           stacking-limit step: levels, then nominal */
        fputs("], \"geometry\": [", f);
        for (size_t t = 0; t < m.ntypes; t++) {
            fprintf(f, "%s[", t ? ", " : "");
            for (int j = 0; j < nmargin; j++) {
                size_t mj = m.margin_k > 1 ? (size_t)j
                                           : (size_t)m.margin_nominal;
                fprintf(f, "%s[", j ? ", " : "");
                for (int s = 0; s < m.cargo[c].stack_steps; s++) {
                    const long *geo = m.geo + (t * m.ncargo + c) * stride +
                                      mj * SLI_GEO_MSTRIDE(&m) +
                                      (size_t)s * SLI_GEO_LEVELS(&m);
                    fprintf(f, "%s[", s ? ", " : "");
                    for (int k = 0; k < m.levels; k++)
                        fprintf(f, "%s%ld", k ? ", " : "", geo[k]);
                    fprintf(f, ", %ld]", geo[SLI_GEO_NOMINAL(&m)]);
                }
                fputs("]", f);
            }
            fputs("]", f);
        }
        fputs("]}", f);
    }
    fputs("]}\n", f);
    sli_model_free(&m);
    return fclose(f) == 0 ? 0 : -1;
}

/* Best (smallest) time of a figure. */
static double best(const figure *f, int rounds)
{
    double b = HUGE_VAL;
    for (int r = 0; r < rounds; r++)
        if (f->t[r] >= 0 && f->t[r] < b)
            b = f->t[r];
    return b;
}

/* Smallest CPU time of a figure. */
static double best_cpu(const figure *f, int rounds)
{
    double b = HUGE_VAL;
    for (int r = 0; r < rounds; r++)
        if (f->cpu[r] > 0 && f->cpu[r] < b)
            b = f->cpu[r];
    return b;
}

/* Smallest and largest per-round ratio a / b. */
static void ratio_spread(const figure *a, const figure *b, int rounds,
                         double *lo, double *hi)
{
    *lo = HUGE_VAL;
    *hi = 0.0;
    for (int r = 0; r < rounds; r++) {
        double x;
        if (a->t[r] <= 0 || b->t[r] <= 0)
            continue;
        x = a->t[r] / b->t[r];
        if (x < *lo)
            *lo = x;
        if (x > *hi)
            *hi = x;
    }
}

/* One row of the ratio table: a / b (b's times scaled by `scale`, for
 * per-sample comparisons), the target and whether it holds. */
static void ratio_row(const char *what, const figure *a, const figure *b,
                      double scale, int rounds, double target, int at_most)
{
    figure bs = *b;
    double ba, bb, lo, hi, x;
    for (int r = 0; r < rounds; r++)
        bs.t[r] = b->t[r] * scale;
    ba = best(a, rounds);
    bb = best(&bs, rounds);
    if (!a->ok || !b->ok || !isfinite(ba) || !isfinite(bb) || bb <= 0) {
        printf("  %-52s %9s\n", what, "n/a");
        return;
    }
    x = ba / bb;
    ratio_spread(a, &bs, rounds, &lo, &hi);
    printf("  %-52s %9.3f  (rounds %.3f-%.3f)", what, x, lo, hi);
    if (target > 0)
        printf("  target %s %g: %s", at_most ? "<=" : ">=", target,
               (at_most ? x <= target : x >= target) ? "met" : "MISSED");
    putchar('\n');
}

static void usage(void)
{
    fputs("Usage: bench_engine [--samples N] [--peer-samples N] [--rounds K]\n"
          "                    [--model FILE] [--peer NAME[@N]=CMD]...\n"
          "                    [--profile CONTAINERS]  (one run, for perf)\n"
          "Times the engine on the default scenario (interpretation 4) and\n"
          "prints absolute times and ratios measured in the same run.\n",
          stderr);
}

static int parse_args(int argc, char **argv, config *c)
{
    c->samples = 1000000;
    c->peer_samples = 0;
    c->rounds = 3;
    c->npeers = 0;
    c->model_path = "bench-model.json";
    c->profile = NULL;
    for (int i = 1; i < argc; i += 2) { /* each flag takes a value */
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(argv[i], "--samples") && v)
            c->samples = strtoul(v, NULL, 10);
        else if (!strcmp(argv[i], "--peer-samples") && v)
            c->peer_samples = strtoul(v, NULL, 10);
        else if (!strcmp(argv[i], "--rounds") && v)
            c->rounds = atoi(v);
        else if (!strcmp(argv[i], "--profile") && v)
            c->profile = v;
        else if (!strcmp(argv[i], "--model") && v)
            c->model_path = v;
        else if (!strcmp(argv[i], "--peer") && v && strchr(v, '=') &&
                 c->npeers < MAX_PEERS) {
            char *eq = strchr(v, '='), *at;
            *eq = '\0';
            at = strchr(v, '@');
            c->peer_n[c->npeers] = at ? strtoul(at + 1, NULL, 10) : 0;
            if (at)
                *at = '\0';
            c->peer_name[c->npeers] = v;
            c->peer_cmd[c->npeers++] = eq + 1;
        } else {
            usage();
            return -1;
        }
    }
    if (c->samples < 2 || c->rounds < 1 || c->rounds > MAX_ROUNDS) {
        usage();
        return -1;
    }
    if (!c->peer_samples)
        c->peer_samples = c->samples;
    for (int p = 0; p < c->npeers; p++)
        if (!c->peer_n[p])
            c->peer_n[p] = c->peer_samples;
    return 0;
}

/* Print one figure's row of the time table. */
static void time_row(const figure *f, size_t n, int rounds, int quantiles)
{
    double b = best(f, rounds), cpu;
    if (!f->ok) {
        printf("  %-40s %10s\n", f->name, "failed");
        return;
    }
    cpu = best_cpu(f, rounds);
    printf("  %-40s %9zu %9.4f", f->name, n, b);
    if (isfinite(cpu))
        printf(" %9.4f", cpu);
    else
        printf(" %9s", "-");
    printf(" %11.4g", (double)n / b);
    if (quantiles)
        printf(" %11.0f %11.0f %11.0f", f->p05, f->p50, f->p95);
    putchar('\n');
}

int main(int argc, char **argv)
{
    enum { E1, EALL, N3, N5, N7, SETUP, SAMPLING, FLOOR, NFIX };
    static const char *counts[] = {"at least 1,000", "at least 100,000",
                                   "at least 10,000,000"};
    figure fig[NFIX + MAX_PEERS];
    sl_scenario *sc, *scn[3];
    sl_catalog *cat = NULL;
    sl_error e;
    config c;
    double sink = 0.0;
    int rc = 0;

    if (parse_args(argc, argv, &c))
        return 2;
    if (sl_catalog_builtin(&cat, &e)) {
        fprintf(stderr, "bench_engine: catalog: %s\n", e.what);
        return 1;
    }
    sc = mix_scenario(cat, "at least 10,000");
    for (int k = 0; k < 3; k++)
        scn[k] = mix_scenario(cat, counts[k]);
    if (!sc || !scn[0] || !scn[1] || !scn[2] ||
        (c.npeers && write_model(sc, c.model_path))) {
        rc = 1;
        goto done;
    }
    memset(fig, 0, sizeof fig);
    if (c.profile) {
        /* one run for a profiler: no timing table */
        sl_scenario *one = mix_scenario(cat, c.profile);
        fig[E1].name = c.profile;
        rc = one && time_estimate(one, c.samples, 1, &fig[E1],
                                  &fig[E1].cpu[0]) >= 0
                 ? 0
                 : 1;
        sl_scenario_free(one);
        goto done;
    }
    fig[E1].name = "shipload sl_estimate, 1 thread";
    fig[EALL].name = "shipload sl_estimate, all threads";
    fig[N3].name = "shipload, 10^3 containers";
    fig[N5].name = "shipload, 10^5 containers";
    fig[N7].name = "shipload, 10^7 containers";
    fig[SETUP].name = "shipload set-up only (2 samples)";
    fig[SAMPLING].name = "shipload sampling (1 thread - set-up)";
    fig[FLOOR].name = "floor: 10 gsl_rng_uniform per sample";
    for (int p = 0; p < c.npeers; p++)
        fig[NFIX + p].name = c.peer_name[p];
    for (int k = 0; k < NFIX + c.npeers; k++)
        fig[k].ok = 1;

    for (int r = 0; r < c.rounds; r++) {
        fig[E1].t[r] = time_estimate(sc, c.samples, 1, &fig[E1], &fig[E1].cpu[r]);
        fig[SETUP].t[r] = time_estimate(sc, 2, 1, &fig[SETUP], &fig[SETUP].cpu[r]);
        fig[SAMPLING].t[r] = fig[E1].t[r] < 0 || fig[SETUP].t[r] < 0
                                 ? -1.0
                                 : fig[E1].t[r] - fig[SETUP].t[r];
        fig[SAMPLING].cpu[r] = fig[E1].cpu[r] - fig[SETUP].cpu[r];
        fig[EALL].t[r] = time_estimate(sc, c.samples, 0, &fig[EALL],
                                       &fig[EALL].cpu[r]);
        for (int k = 0; k < 3; k++)
            fig[N3 + k].t[r] = time_estimate(scn[k], c.samples, 1, &fig[N3 + k],
                                             &fig[N3 + k].cpu[r]);
        fig[FLOOR].t[r] = time_floor(c.samples, &sink, &fig[FLOOR].cpu[r]);
        for (int p = 0; p < c.npeers; p++)
            fig[NFIX + p].t[r] = time_peer(c.peer_cmd[p], c.model_path,
                                           c.peer_n[p], &fig[NFIX + p]);
        for (int k = 0; k < NFIX + c.npeers; k++)
            if (fig[k].t[r] < 0)
                fig[k].ok = 0;
    }

    printf("shipload %s engine benchmark: default scenario (interpretation 4, "
           "realistic mix), seed 1\n", sl_version());
    printf("best of %d interleaved rounds; one thread unless stated\n\n",
           c.rounds);
    printf("  %-40s %9s %9s %9s %11s %11s %11s %11s\n", "run", "samples",
           "best s", "cpu s", "samples/s", "P5", "P50", "P95");
    for (int k = 0; k < NFIX + c.npeers; k++) {
        size_t n = k >= NFIX ? c.peer_n[k - NFIX] : k == SETUP ? 2 : c.samples;
        time_row(&fig[k], n, c.rounds, k != FLOOR && k != SAMPLING);
    }
    printf("\nRatios (of best times; range of the per-round ratios in "
           "brackets):\n");
    ratio_row("1 thread / all threads (speed-up)", &fig[E1], &fig[EALL], 1.0,
              c.rounds, 0, 0);
    ratio_row("10^7 containers / 10^3 containers", &fig[N7], &fig[N3], 1.0,
              c.rounds, 1.2, 1);
    ratio_row("10^5 containers / 10^3 containers", &fig[N5], &fig[N3], 1.0,
              c.rounds, 0, 1);
    ratio_row("sl_estimate 1 thread / generator floor", &fig[E1], &fig[FLOOR],
              1.0, c.rounds, 3.0, 1);
    ratio_row("sampling only / generator floor", &fig[SAMPLING], &fig[FLOOR],
              1.0, c.rounds, 3.0, 1);
    for (int p = 0; p < c.npeers; p++) {
        char what[3][96];
        int sq = strstr(c.peer_name[p], "quiggle") != NULL;
        double scale = (double)c.peer_n[p] / (double)c.samples;
        const char *per = c.peer_n[p] != c.samples ? ", per sample" : "";
        snprintf(what[0], sizeof what[0], "%s / sl_estimate 1 thread%s",
                 c.peer_name[p], per);
        snprintf(what[1], sizeof what[1], "%s / sampling only%s",
                 c.peer_name[p], per);
        snprintf(what[2], sizeof what[2], "%s / sl_estimate all threads%s",
                 c.peer_name[p], per);
        ratio_row(what[0], &fig[NFIX + p], &fig[E1], scale, c.rounds,
                  sq ? 50.0 : 5.0, 0);
        ratio_row(what[1], &fig[NFIX + p], &fig[SAMPLING], scale, c.rounds,
                  sq ? 50.0 : 5.0, 0);
        /* the CLI's default: every core (the peers run on one) */
        ratio_row(what[2], &fig[NFIX + p], &fig[EALL], scale, c.rounds,
                  sq ? 50.0 : 5.0, 0);
    }
    {
        figure cpu[3];
        const int idx[3] = {E1, SAMPLING, FLOOR};
        for (int k = 0; k < 3; k++) {
            cpu[k] = fig[idx[k]];
            memcpy(cpu[k].t, cpu[k].cpu, sizeof cpu[k].t);
        }
        printf("\nThe same from CPU times (the machine is shared):\n");
        ratio_row("sl_estimate 1 thread / generator floor, CPU", &cpu[0],
                  &cpu[2], 1.0, c.rounds, 3.0, 1);
        ratio_row("sampling only / generator floor, CPU", &cpu[1], &cpu[2],
                  1.0, c.rounds, 3.0, 1);
        printf("\nTarget %zu samples in under 1 s on one core: sl_estimate "
               "%.3f s wall (%s), %.3f s CPU (%s);\n  of which set-up %.3f s "
               "wall, %.3f s CPU; sampling %.3f s wall, %.3f s CPU\n",
               c.samples, best(&fig[E1], c.rounds),
               best(&fig[E1], c.rounds) < 1.0 ? "met" : "MISSED",
               best(&cpu[0], c.rounds),
               best(&cpu[0], c.rounds) < 1.0 ? "met" : "MISSED",
               best(&fig[SETUP], c.rounds), best_cpu(&fig[SETUP], c.rounds),
               best(&fig[SAMPLING], c.rounds), best(&cpu[1], c.rounds));
    }
    printf("(wall-clock times; 'cpu s' is the smallest process CPU time of "
           "the rounds, all threads added up)\n");
    if (sink == 0.0)
        printf("(floor checksum zero)\n");
done:
    sl_scenario_free(sc);
    for (int k = 0; k < 3; k++)
        sl_scenario_free(scn[k]);
    sl_catalog_free(cat);
    return rc;
}
