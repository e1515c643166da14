/* lib/io_scenario.c - scenario files (JSON) into a scenario and options. */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "io_internal.h"
#include "scenario_internal.h"

#define SAMPLES_MAX 1000000000LL

static const char *const top_keys[] = {
    "title", "containers", "container_types", "cargo", "fill", "load_rules",
    "claim", "samples", "seed", "notes", "catalog", NULL};
static const char *const type_keys[] = {"id", "share", NULL};
static const char *const rules_keys[] = {
    "margin_length", "margin_width", "margin_height", "dunnage",
    "check_door", NULL};
static const char *const claim_keys[] = {"value", "source", "date", NULL};
static const char *const rule_keys[] = {"value", "range", NULL};

/* Fail: value at path has the wrong type. */
static sl_status fail_type(const sli_jctx *ctx, const char *path,
                           const json_t *v, const char *expected)
{
    return sli_jfail(ctx, SL_EPARSE, path, "found %s; expected %s",
                     sli_json_type_name(v), expected);
}

/* Text of a number-or-string field, or a type error. */
static sl_status field_text(const sli_jctx *ctx, const char *path,
                            const json_t *v, const char *expected, char *buf,
                            size_t size)
{
    if (json_is_string(v) || json_is_number(v)) {
        if (sli_json_text(v, buf, size))
            return SL_OK;
        return sli_jfail(ctx, SL_ERANGE, path, "text longer than %zu "
                         "characters; expected %s", size - 1, expected);
    }
    return fail_type(ctx, path, v, expected);
}

/* Run a setter's result through: on failure place it at path. */
static sl_status placed(const sli_jctx *ctx, const char *path, sl_status st,
                        const sl_error *sub)
{
    return st == SL_OK ? SL_OK : sli_jfail_nested(ctx, path, sub);
}

/* "title": a string. */
static sl_status load_title(const sli_jctx *ctx, sl_scenario *sc, json_t *v)
{
    sl_error sub;
    if (!json_is_string(v))
        return fail_type(ctx, "title", v, "a string");
    return placed(ctx, "title",
                  sl_scenario_set_title(sc, json_string_value(v), &sub), &sub);
}

/* "containers": a number or a string. */
static sl_status load_containers(const sli_jctx *ctx, sl_scenario *sc,
                                 json_t *v)
{
    char text[SLI_TEXT_MAX];
    sl_error sub;
    sl_status st;
    if (json_is_array(v)) /* a catalog file's list of container types */
        return sli_jfail(ctx, SL_EPARSE, "containers", "found an array; "
                         "expected a count such as 10000 or \"at least "
                         "10,000\" (a catalog file? its \"containers\" "
                         "lists container types: give it with --catalog, "
                         "sl_catalog_load_file)");
    st = field_text(ctx, "containers", v,
                    "a count such as 10000 or \"at least 10,000\"", text,
                    sizeof text);
    if (st != SL_OK)
        return st;
    return placed(ctx, "containers",
                  sl_scenario_set_containers(sc, text, &sub), &sub);
}

/* One list ("container_types" or "cargo"): replaces the scenario's. */
static sl_status load_types(const sli_jctx *ctx, sl_scenario *sc,
                            const char *list, json_t *v)
{
    int cargo = strcmp(list, "cargo") == 0;
    size_t i;
    json_t *item;
    if (!json_is_array(v))
        return fail_type(ctx, list, v, "an array of {\"id\": ..., "
                         "\"share\": ...}");
    if (cargo)
        sl_scenario_clear_cargo_types(sc);
    else
        sl_scenario_clear_container_types(sc);
    json_array_foreach(v, i, item) {
        char path[SL_ERROR_WHERE_MAX], sub_path[SL_ERROR_WHERE_MAX];
        char share[SLI_TEXT_MAX];
        json_t *id, *sh;
        sl_error sub;
        sl_status st;
        sli_path(path, sizeof path, list, "[%zu]", i);
        if (!json_is_object(item))
            return fail_type(ctx, path, item, "an object {\"id\": ..., "
                             "\"share\": ...}");
        st = sli_json_check_keys(ctx, item, path, type_keys);
        if (st != SL_OK)
            return st;
        id = json_object_get(item, "id");
        sli_path(sub_path, sizeof sub_path, path, ".id");
        if (!json_is_string(id))
            return id ? fail_type(ctx, sub_path, id, "a catalog id string")
                      : sli_jfail(ctx, SL_EPARSE, path, "no \"id\"; "
                                  "expected a catalog id such as %s",
                                  cargo ? "\"152mm-round\"" : "\"iso-20\"");
        sh = json_object_get(item, "share");
        sli_path(sub_path, sizeof sub_path, path, ".share");
        if (sh) {
            st = field_text(ctx, sub_path, sh, "a share such as 0.3, "
                            "\"30%\", \"0.2 to 0.5\" or \"rest\"", share,
                            sizeof share);
            if (st != SL_OK)
                return st;
        }
        st = cargo ? sl_scenario_add_cargo_type(sc, json_string_value(id),
                                                sh ? share : NULL, &sub)
                   : sl_scenario_add_container_type(
                         sc, json_string_value(id), sh ? share : NULL, &sub);
        if (st != SL_OK)
            return sli_jfail_nested(ctx, sub.where, &sub);
    }
    {
        /* the list is whole here (a file's list replaces the scenario's):
           its share rules are checked now, so a sum that is not 1 is
           placed at the file's line, not found later with no line */
        sl_error sub;
        if (sli_scenario_check_list(sc, cargo, &sub) != SL_OK)
            return sli_jfail_nested(ctx, sub.where, &sub);
    }
    return SL_OK;
}

/* "fill": a number or a string. */
static sl_status load_fill(const sli_jctx *ctx, sl_scenario *sc, json_t *v)
{
    char text[SLI_TEXT_MAX];
    sl_error sub;
    sl_status st = field_text(ctx, "fill", v, "a fraction such as 1, 0.85, "
                              "\"85%\" or \"0.7 to 0.95\"", text, sizeof text);
    if (st != SL_OK)
        return st;
    return placed(ctx, "fill", sl_scenario_set_fill(sc, text, &sub), &sub);
}

/* A load rule's [low, high] at path into range; expected names the
 * whole field's forms. */
static sl_status rule_range(const sli_jctx *ctx, json_t *v, const char *path,
                            const char *expected, double range[2])
{
    json_t *lo = json_array_get(v, 0), *hi = json_array_get(v, 1);
    if (!json_is_array(v))
        return fail_type(ctx, path, v, expected);
    if (json_array_size(v) != 2 || !json_is_number(lo) || !json_is_number(hi))
        return sli_jfail(ctx, SL_EPARSE, path, "found %s; expected %s",
                         json_array_size(v) != 2 ? "an array of other than "
                         "two values" : "an array with a non-number",
                         expected);
    range[0] = json_number_value(lo);
    range[1] = json_number_value(hi);
    return SL_OK;
}

/* A load rule as {"value": nominal, "range": [low, high]} (a nominal
 * figure that is not the middle of its range). */
static sl_status rule_object(const sli_jctx *ctx, json_t *v, const char *path,
                             double *fig, double range[2])
{
    char sub[SL_ERROR_WHERE_MAX];
    json_t *x = json_object_get(v, "value"), *r = json_object_get(v, "range");
    sl_status st = sli_json_check_keys(ctx, v, path, rule_keys);
    if (st != SL_OK)
        return st;
    if (!x || !r)
        return sli_jfail(ctx, SL_EPARSE, path, "no \"%s\"; an object gives "
                         "both \"value\" (the nominal figure) and \"range\" "
                         "([low, high])", x ? "range" : "value");
    sli_path(sub, sizeof sub, path, ".value");
    if (!json_is_number(x))
        return fail_type(ctx, sub, x, "the nominal figure, a number");
    sli_path(sub, sizeof sub, path, ".range");
    st = rule_range(ctx, r, sub, "[low, high]", range);
    if (st != SL_OK)
        return st;
    /* said here in the file's terms: the setter's message advised
       "set the range too (sl_load_rules_fix makes every figure exact)" */
    if (range[0] <= range[1] && (json_number_value(x) < range[0] ||
                                 json_number_value(x) > range[1])) {
        sli_path(sub, sizeof sub, path, ".value");
        return sli_jfail(ctx, SL_ERANGE, sub, "the nominal figure %g lies "
                         "outside its range %g to %g; expected a \"value\" "
                         "from low to high", json_number_value(x), range[0],
                         range[1]);
    }
    *fig = json_number_value(x);
    return SL_OK;
}

/* One figure of load_rules: a number (exact: its range collapses to it),
 * [low, high] (uncertain, uniform over the range; the nominal figure is
 * its middle) or {"value": nominal, "range": [low, high]} (a nominal
 * elsewhere in the range).  The values themselves are checked by
 * sl_scenario_set_load_rules. */
static sl_status rule_value(const sli_jctx *ctx, json_t *obj, const char *key,
                            const char *unit, double *fig, double range[2])
{
    char path[SL_ERROR_WHERE_MAX], expected[160];
    json_t *v = json_object_get(obj, key);
    sl_status st;
    if (!v)
        return SL_OK;
    sli_path(path, sizeof path, "load_rules.", "%s", key);
    sli_snprintf(expected, sizeof expected, "%s, or [low, high] for an uncertain "
             "one (or {\"value\": nominal, \"range\": [low, high]})", unit);
    if (json_is_object(v))
        return rule_object(ctx, v, path, fig, range);
    if (json_is_array(v)) {
        st = rule_range(ctx, v, path, expected, range);
        if (st == SL_OK)
            *fig = sli_rule_middle(range);
        return st;
    }
    if (!json_is_number(v))
        return fail_type(ctx, path, v, expected);
    *fig = range[0] = range[1] = json_number_value(v);
    return SL_OK;
}

/* "load_rules": the fields given replace the scenario's. */
static sl_status load_rules(const sli_jctx *ctx, sl_scenario *sc, json_t *v)
{
    sl_load_rules r = *sl_scenario_load_rules(sc);
    json_t *door;
    sl_error sub;
    sl_status st;
    char where[SL_ERROR_WHERE_MAX];
    size_t n;
    if (!json_is_object(v))
        return fail_type(ctx, "load_rules", v, "an object");
    st = sli_json_check_keys(ctx, v, "load_rules", rules_keys);
    if (st == SL_OK)
        st = rule_value(ctx, v, "margin_length", "a length in mm",
                        &r.margin_length, r.margin_length_range);
    if (st == SL_OK)
        st = rule_value(ctx, v, "margin_width", "a length in mm",
                        &r.margin_width, r.margin_width_range);
    if (st == SL_OK)
        st = rule_value(ctx, v, "margin_height", "a length in mm",
                        &r.margin_height, r.margin_height_range);
    if (st == SL_OK)
        st = rule_value(ctx, v, "dunnage", "a mass in kg", &r.dunnage,
                        r.dunnage_range);
    if (st != SL_OK)
        return st;
    door = json_object_get(v, "check_door");
    if (door && !json_is_boolean(door))
        return fail_type(ctx, "load_rules.check_door", door,
                         "true or false");
    if (door)
        r.check_door = json_is_true(door);
    st = sl_scenario_set_load_rules(sc, &r, &sub);
    if (st == SL_OK)
        return SL_OK;
    /* a range's fault is the file's key: "margin_length": [low, high] */
    sli_strlcpy(where, sub.where, sizeof where);
    n = strlen(where);
    if (n > 6 && !strcmp(where + n - 6, "_range"))
        where[n - 6] = '\0';
    return sli_jfail_nested(ctx, where, &sub);
}

/* "claim": null, a number, a string, or {value, source, date}. */
static sl_status load_claim(const sli_jctx *ctx, sl_scenario *sc, json_t *v)
{
    static const char expected[] = "a number, a string such as \"up to 4.8 "
                                   "million\", or an object {\"value\", "
                                   "\"source\", \"date\"}";
    char text[SLI_TEXT_MAX];
    const char *path = "claim", *source = NULL, *date = NULL;
    json_t *val = v;
    sl_error sub;
    sl_status st;
    if (json_is_null(v)) {
        sl_scenario_clear_claim(sc);
        return SL_OK;
    }
    if (json_is_object(v)) {
        json_t *s = json_object_get(v, "source"), *d = json_object_get(v, "date");
        st = sli_json_check_keys(ctx, v, "claim", claim_keys);
        if (st != SL_OK)
            return st;
        if (s && !json_is_string(s))
            return fail_type(ctx, "claim.source", s, "a string");
        if (d && !json_is_string(d))
            return fail_type(ctx, "claim.date", d, "a string such as "
                             "\"2024-06-14\"");
        source = s ? json_string_value(s) : NULL;
        date = d ? json_string_value(d) : NULL;
        val = json_object_get(v, "value");
        path = "claim.value";
        if (!val)
            return sli_jfail(ctx, SL_EPARSE, "claim", "no \"value\"; expected "
                             "the claimed total such as \"up to 4.8 "
                             "million\"");
    }
    st = field_text(ctx, path, val, expected, text, sizeof text);
    if (st != SL_OK)
        return st;
    st = sl_scenario_set_claim(sc, text, source, date, &sub);
    if (st != SL_OK)
        return sli_jfail_nested(ctx, strcmp(sub.where, "claim") == 0
                                         ? path : sub.where, &sub);
    return SL_OK;
}

/* An integer field in [lo, hi] into *out. */
static sl_status int_field(const sli_jctx *ctx, const char *path, json_t *v,
                           json_int_t lo, json_int_t hi, json_int_t *out)
{
    if (!json_is_integer(v))
        return fail_type(ctx, path, v, "an integer");
    *out = json_integer_value(v);
    if (*out < lo || *out > hi)
        return sli_jfail(ctx, SL_ERANGE, path, "%" JSON_INTEGER_FORMAT
                         " is out of range; expected an integer from %"
                         JSON_INTEGER_FORMAT " to %" JSON_INTEGER_FORMAT,
                         *out, lo, hi);
    return SL_OK;
}

/* What a seed may be, for every error about one (a negative integer said
 * "expected an integer from 0 to 9223372036854775807", as if the string
 * form up to 2^64 - 1 did not exist). */
#define SEED_EXPECTED                                                      \
    "expected an integer >= 0, or above %lld a string of its digits up "   \
    "to \"18446744073709551615\" (2^64 - 1)"

/* A seed written as a string of decimal digits, up to 2^64 - 1: the form
 * the JSON output uses above 2^63 - 1 (a JSON integer's limit). */
static sl_status seed_text(const sli_jctx *ctx, const char *t, uint64_t *out)
{
    size_t n = strlen(t);
    uint64_t v = 0;
    if (n == 0 || n > 20 || strspn(t, "0123456789") != n)
        return sli_jfail(ctx, SL_EPARSE, "seed", "\"%.40s\" is not a seed; "
                         SEED_EXPECTED, t, LLONG_MAX);
    for (size_t i = 0; i < n; i++) {
        unsigned d = (unsigned)(t[i] - '0');
        if (v > (UINT64_MAX - d) / 10)
            return sli_jfail(ctx, SL_ERANGE, "seed", "\"%s\" is above 2^64 "
                             "- 1 (18446744073709551615)", t);
        v = v * 10 + d;
    }
    *out = v;
    return SL_OK;
}

/* "samples" and "seed" into opt. */
static sl_status load_options(const sli_jctx *ctx, json_t *root,
                              sl_options *opt)
{
    json_t *v;
    json_int_t n = 0;
    sl_status st;
    if ((v = json_object_get(root, "samples")) != NULL) {
        st = int_field(ctx, "samples", v, 2, SAMPLES_MAX, &n);
        if (st != SL_OK)
            return st;
        opt->samples = (size_t)n;
    }
    if ((v = json_object_get(root, "seed")) != NULL) {
        if (json_is_string(v))
            return seed_text(ctx, json_string_value(v), &opt->seed);
        if (json_is_integer(v) && json_integer_value(v) < 0)
            return sli_jfail(ctx, SL_ERANGE, "seed", "%" JSON_INTEGER_FORMAT
                             " is below 0; " SEED_EXPECTED,
                             json_integer_value(v), LLONG_MAX);
        st = int_field(ctx, "seed", v, 0, LLONG_MAX, &n);
        if (st != SL_OK)
            return st;
        opt->seed = (uint64_t)n;
    }
    return SL_OK;
}

/* "catalog": entries added to the scenario's own catalog; the types
 * already listed take the new versions of their entries. */
static sl_status load_catalog(const sli_jctx *ctx, sl_scenario *sc,
                              json_t *v)
{
    size_t i;
    sl_status st = sli_catalog_apply_json(sc->cat, ctx, v, "catalog");
    if (st != SL_OK)
        return st;
    for (i = 0; i < sc->nctypes; i++) {
        const sl_container *c =
            sl_catalog_find_container(sc->cat, sc->ctypes[i].entry.id);
        if (c)
            sc->ctypes[i].entry = *c;
    }
    for (i = 0; i < sc->ngtypes; i++) {
        const sl_cargo *g = sl_catalog_find_cargo(sc->cat,
                                                  sc->gtypes[i].entry.id);
        if (g)
            sc->gtypes[i].entry = *g;
    }
    return SL_OK;
}

/* Apply every field of root to sc and opt, in a fixed order. */
static sl_status apply(const sli_jctx *ctx, json_t *root, sl_scenario *sc,
                       sl_options *opt)
{
    json_t *v;
    sl_status st = sli_json_check_keys(ctx, root, "", top_keys);
    if (st == SL_OK && (v = json_object_get(root, "notes"))) {
        sl_error sub;
        if (!json_is_string(v))
            st = fail_type(ctx, "notes", v, "a string");
        else if (sl_scenario_set_notes(sc, json_string_value(v), &sub))
            st = sli_jfail_nested(ctx, "notes", &sub);
    }
    if (st == SL_OK && (v = json_object_get(root, "catalog")))
        st = load_catalog(ctx, sc, v);
    if (st == SL_OK && (v = json_object_get(root, "title")))
        st = load_title(ctx, sc, v);
    if (st == SL_OK && (v = json_object_get(root, "containers")))
        st = load_containers(ctx, sc, v);
    if (st == SL_OK && (v = json_object_get(root, "container_types")))
        st = load_types(ctx, sc, "container_types", v);
    if (st == SL_OK && (v = json_object_get(root, "cargo")))
        st = load_types(ctx, sc, "cargo", v);
    if (st == SL_OK && (v = json_object_get(root, "fill")))
        st = load_fill(ctx, sc, v);
    if (st == SL_OK && (v = json_object_get(root, "load_rules")))
        st = load_rules(ctx, sc, v);
    if (st == SL_OK && (v = json_object_get(root, "claim")))
        st = load_claim(ctx, sc, v);
    if (st == SL_OK)
        st = load_options(ctx, root, opt);
    return st;
}

/* Swap the contents of two scenarios (both owned by the caller). */
static void swap_scenarios(sl_scenario *a, sl_scenario *b)
{
    sl_scenario t = *a;
    *a = *b;
    *b = t;
}

/* Where a scenario file goes. */
typedef struct target {
    sl_scenario *sc;
    sl_options *opt;
} target;

/* Parse text and apply it to copies of sc and opt; commit on success. */
static sl_status load_text(const sli_jctx *ctx, size_t len, void *user)
{
    target *t = user;
    sl_scenario *tmp = NULL;
    sl_options o;
    json_t *root;
    sl_status st = sli_json_parse_object(ctx, len, &root);
    if (st != SL_OK)
        return st;
    if (t->opt)
        o = *t->opt;
    else
        sl_options_init(&o);
    st = sl_scenario_copy(t->sc, &tmp, ctx->err);
    if (st == SL_OK)
        st = apply(ctx, root, tmp, &o);
    json_decref(root);
    if (st == SL_OK) {
        swap_scenarios(t->sc, tmp);
        if (t->opt)
            *t->opt = o;
    }
    sl_scenario_free(tmp);
    return st;
}

/* A scenario file from text in memory. */
sl_status sl_scenario_load_string(sl_scenario *sc, sl_options *opt,
                                  const char *text, const char *name,
                                  sl_error *err)
{
    target t;
    if (!sc || !text)
        return sli_fail(err, SL_EINVAL, sc ? "text" : "sc",
                        "argument must not be NULL");
    t.sc = sc;
    t.opt = opt;
    return sli_json_load(NULL, text, name, load_text, &t, err);
}

/* A scenario file from a path. */
sl_status sl_scenario_load_file(sl_scenario *sc, sl_options *opt,
                                const char *path, sl_error *err)
{
    target t;
    if (!sc || !path)
        return sli_fail(err, SL_EINVAL, sc ? "path" : "sc",
                        "argument must not be NULL");
    t.sc = sc;
    t.opt = opt;
    return sli_json_load(path, NULL, NULL, load_text, &t, err);
}
