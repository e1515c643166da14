/*
 * tests/fuzz/fuzz_scenario.c - fuzz the scenario file loader and run what
 * it accepts.
 *
 * Input: scenario file text, loaded into a fresh default scenario.
 * Promises checked: SL_OK or a filled error, with the options untouched on
 * error; a scenario that loads and validates runs (a few samples, one
 * thread) to a result or a clean error, and the result keeps its
 * promises: P5 <= P50 <= P95, every sample inside the hard bounds
 * [min, max], a range claim's share inside it no more than the share on
 * either side of each end, and JSON that parses.  A scenario that loads writes a
 * scenario file that loads back and writes the same text.
 */
#include <math.h>
#include <string.h>
#include <jansson.h>
#include "shipload/shipload.h"
#include "fuzz.h"

/* The summary's promises (name: which summary). */
static void check_summary(const sl_summary *s, const char *name)
{
    FUZZ_CHECK(s->p05 <= s->p50 && s->p50 <= s->p95, "%s: P5 %.17g, P50 "
               "%.17g, P95 %.17g", name, s->p05, s->p50, s->p95);
    FUZZ_CHECK(s->min <= s->sample_min && s->sample_max <= s->max &&
                   s->sample_min <= s->p05 && s->p95 <= s->sample_max,
               "%s: samples [%.17g, %.17g] outside the hard bounds "
               "[%.17g, %.17g] or the quantiles", name, s->sample_min,
               s->sample_max, s->min, s->max);
    FUZZ_CHECK(s->sample_min >= 0 && isfinite(s->mean) && s->sd >= 0,
               "%s: min sample %.17g, mean %.17g, sd %.17g", name,
               s->sample_min, s->mean, s->sd);
}

/* The result's promises. */
static void check_result(const sl_result *res)
{
    sl_summary s;
    sl_claim_check cc;
    sl_error e;
    char *json = NULL;
    json_t *root;
    json_error_t je;
    const char *id;
    FUZZ_CHECK(sl_result_total(res, &s) == SL_OK, "no total");
    check_summary(&s, "total");
    for (size_t i = 0; i < sl_result_cargo_count(res); i++) {
        FUZZ_CHECK(sl_result_cargo_total(res, i, &id, &s) == SL_OK,
                   "no cargo total %zu", i);
        check_summary(&s, id);
    }
    if (sl_result_claim(res, &cc) == SL_OK) {
        FUZZ_CHECK(cc.percentile >= 0 && cc.percentile <= 100 &&
                       cc.p_at_least >= 0 && cc.p_at_least <= 1,
                   "claim percentile %g, P(>=) %g", cc.percentile,
                   cc.p_at_least);
        if (cc.qualifier == SL_QUAL_RANGE) /* a range: its share inside */
            FUZZ_CHECK(cc.value < cc.value_high && cc.p_in_range >= 0 &&
                           cc.p_in_range <= cc.p_at_least &&
                           cc.p_in_range <= cc.p_at_most,
                       "range [%.17g, %.17g]: P(in) %g, P(>=) %g, P(<=) %g",
                       cc.value, cc.value_high, cc.p_in_range,
                       cc.p_at_least, cc.p_at_most);
        else
            FUZZ_CHECK(isnan(cc.value_high) && isnan(cc.p_in_range),
                       "one total with a high end %g", cc.value_high);
    }
    sl_error_clear(&e);
    FUZZ_CHECK(sl_result_to_json(res, SL_JSON_COMPACT, &json, &e) == SL_OK,
               "to_json: %s", e.what);
    root = json_loads(json, 0, &je);
    FUZZ_CHECK(root && json_is_object(root), "JSON out does not parse: %s",
               je.text);
    json_decref(root);
    sl_free(json);
}

/* Run sc with a small, single-threaded budget. */
static void run(const sl_scenario *sc, sl_options opt)
{
    sl_result *res = NULL;
    sl_error e;
    sl_status st;
    opt.samples = opt.samples < 64 ? opt.samples : 64;
    opt.threads = 1;
    opt.rel_precision = 0;
    opt.geometry_levels = 3;
    sl_error_clear(&e);
    st = sl_estimate(sc, &opt, &res, &e);
    if (st != SL_OK) {
        FUZZ_CHECK_ERROR(st, e);
        FUZZ_CHECK(res == NULL, "failed estimate returned a result");
        return;
    }
    check_result(res);
    sl_result_free(res);
}

/* A scenario that loaded writes a scenario file (sl_scenario_to_json)
 * that loads, on the built-in catalog alone, to one that writes the same
 * text. */
static void round_trip(const sl_scenario *sc, const sl_options *opt)
{
    sl_scenario *back = NULL;
    sl_options o2;
    sl_error e;
    char *a = NULL, *b = NULL;
    sl_error_clear(&e);
    FUZZ_CHECK(sl_scenario_to_json(sc, opt, 0, &a, &e) == SL_OK,
               "scenario to_json: %s", e.what);
    if (sl_scenario_alloc(fuzz_builtin(), &back, NULL) != SL_OK) {
        sl_free(a);
        return;
    }
    sl_options_init(&o2);
    FUZZ_CHECK(sl_scenario_load_string(back, &o2, a, "written.json", &e) ==
                   SL_OK,
               "the written scenario does not load: %s: %s\n%s", e.where,
               e.what, a);
    FUZZ_CHECK(sl_scenario_to_json(back, &o2, 0, &b, &e) == SL_OK,
               "scenario to_json again: %s", e.what);
    FUZZ_CHECK(strcmp(a, b) == 0, "written again, the scenario differs:\n"
               "%s\n---\n%s", a, b);
    sl_free(a);
    sl_free(b);
    sl_scenario_free(back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sl_scenario *sc = NULL;
    sl_options opt, keep;
    sl_error e;
    sl_status st;
    char *text;
    if (size > 65536 || !(text = fuzz_text(data, size)))
        return 0;
    if (sl_scenario_alloc(fuzz_builtin(), &sc, NULL) != SL_OK) {
        free(text);
        return 0;
    }
    sl_options_init(&opt);
    keep = opt;
    sl_error_clear(&e);
    st = sl_scenario_load_string(sc, &opt, text, "fuzz.json", &e);
    if (st != SL_OK) {
        FUZZ_CHECK_ERROR(st, e);
        FUZZ_CHECK(memcmp(&opt, &keep, sizeof opt) == 0,
                   "failed load changed the options: %s", e.what);
    } else {
        round_trip(sc, &opt);
        if (sl_scenario_validate(sc, &e) == SL_OK)
            run(sc, opt);
    }
    sl_scenario_free(sc);
    free(text);
    return 0;
}
