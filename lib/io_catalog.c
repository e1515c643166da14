/* lib/io_catalog.c - catalog files (JSON): add or override entries. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "io_internal.h"

static const char *const top_keys[] = {"containers", "cargo", "notes", NULL};
static const char *const container_keys[] = {
    "id", "name", "like", "length", "width", "height", "door_width",
    "door_height", "tare", "max_gross", NULL};
static const char *const cargo_keys[] = {
    "id", "name", "like", "unit", "kind", "munition", "unit_mass",
    "packages", NULL};
static const char *const package_keys[] = {
    "name", "units", "length", "width", "height", "gross", "vertical",
    "max_stack", NULL};
static const char *const figure_keys[] = {"value", "conf", "source", "range",
                                          NULL};

/* Entries read from one file, stored only when all are good. */
typedef struct pending {
    sl_container *containers;
    size_t ncontainers;
    sl_cargo *cargo;
    size_t ncargo;
} pending;

/* Fail: value at path has the wrong type. */
static sl_status fail_type(const sli_jctx *ctx, const char *path,
                           const json_t *v, const char *expected)
{
    return sli_jfail(ctx, SL_EPARSE, path, "found %s; expected %s",
                     sli_json_type_name(v), expected);
}

/* The confidence named by text, or -1. */
static int conf_of(const char *text)
{
    int c;
    for (c = SL_CONF_V; c <= SL_CONF_EST; c++)
        if (strcmp(text, sl_confidence_name((sl_confidence)c)) == 0)
            return c;
    return -1;
}

/* A string member (optional) copied into dst of size n. */
static sl_status get_string(const sli_jctx *ctx, json_t *obj, const char *key,
                            const char *base, char *dst, size_t n)
{
    char path[SL_ERROR_WHERE_MAX];
    json_t *v = json_object_get(obj, key);
    if (!v)
        return SL_OK;
    sli_path(path, sizeof path, base, ".%s", key);
    if (!json_is_string(v))
        return fail_type(ctx, path, v, "a string");
    if (!sli_strlcpy(dst, json_string_value(v), n))
        return sli_jfail(ctx, SL_ERANGE, path, SLI_TOO_LONG "; shorten it",
                         strlen(json_string_value(v)), n - 1);
    return sli_json_one_line(ctx, path, dst); /* a name, unit or vertical */
}

/* The "range" of a figure: a distribution holding the value. */
static sl_status figure_range(const sli_jctx *ctx, json_t *r,
                              const char *path, double value, sl_dist *out)
{
    char rpath[SL_ERROR_WHERE_MAX];
    sl_error sub;
    sli_path(rpath, sizeof rpath, path, ".range");
    if (!json_is_string(r))
        return fail_type(ctx, rpath, r, "a distribution with hard ends "
                         "such as \"uniform(40, 50)\" or "
                         "\"pert(40, 45, 50)\"");
    sl_error_clear(&sub);
    if (sl_dist_parse(json_string_value(r), 0.0, HUGE_VAL, out, &sub) !=
        SL_OK)
        return sli_jfail_nested(ctx, rpath, &sub);
    if (value < out->lo || value > out->hi)
        return sli_jfail(ctx, SL_ERANGE, rpath, "value %g lies outside the "
                         "range's support [%g, %g]; widen the range or fix "
                         "the value", value, out->lo, out->hi);
    return SL_OK;
}

/* A figure member (optional): {"value", "conf", "source", "range"}. */
static sl_status get_figure(const sli_jctx *ctx, json_t *obj, const char *key,
                            const char *base, sl_figure *f)
{
    char path[SL_ERROR_WHERE_MAX], sub_path[SL_ERROR_WHERE_MAX];
    json_t *v = json_object_get(obj, key), *val, *conf, *src, *range;
    int c;
    sl_status st;
    if (!v)
        return SL_OK;
    sli_path(path, sizeof path, base, ".%s", key);
    if (!json_is_object(v))
        return fail_type(ctx, path, v, "a figure {\"value\": number, "
                         "\"conf\": \"V\"|\"V2\"|\"D\"|\"EST\", \"source\": "
                         "string, \"range\": text}");
    if ((st = sli_json_check_keys(ctx, v, path, figure_keys)) != SL_OK)
        return st;
    val = json_object_get(v, "value");
    conf = json_object_get(v, "conf");
    src = json_object_get(v, "source");
    range = json_object_get(v, "range");
    sli_path(sub_path, sizeof sub_path, path, ".value");
    if (!val || !json_is_number(val))
        return val ? fail_type(ctx, sub_path, val, "a number")
                   : sli_jfail(ctx, SL_EPARSE, path, "no \"value\"; every "
                               "figure needs a value, conf and source");
    sli_path(sub_path, sizeof sub_path, path, ".conf");
    if (!conf || !json_is_string(conf) ||
        (c = conf_of(json_string_value(conf))) < 0)
        return sli_jfail(ctx, SL_EPARSE, conf ? sub_path : path,
                         "%s; expected \"conf\": one of \"V\", \"V2\", \"D\", "
                         "\"EST\"", conf ? "unknown confidence" : "no conf");
    sli_path(sub_path, sizeof sub_path, path, ".source");
    if (!src || !json_is_string(src) || !*json_string_value(src))
        return sli_jfail(ctx, SL_EPARSE, src ? sub_path : path, "%s; "
                         "expected \"source\": the citation, or how the "
                         "figure was estimated",
                         src ? "empty or not a string" : "no source");
    if (strlen(json_string_value(src)) >= SL_SOURCE_MAX) /* not cut short */
        return sli_jfail(ctx, SL_ERANGE, sub_path, SLI_TOO_LONG "; shorten "
                         "it", strlen(json_string_value(src)),
                         (size_t)SL_SOURCE_MAX - 1);
    if ((st = sli_json_one_line(ctx, sub_path, json_string_value(src))))
        return st;
    if (c == SL_CONF_EST && !range)
        return sli_jfail(ctx, SL_EPARSE, path, "an EST figure needs a "
                         "\"range\" (such as \"uniform(40, 50)\")");
    sl_figure_set(f, json_number_value(val), (sl_confidence)c,
                  json_string_value(src));
    if (range)
        return figure_range(ctx, range, path, f->nominal, &f->dist);
    return SL_OK;
}

/* The entry an object starts from: "like", the same id in cat, or empty.
 * *id gets the entry's id string. */
static sl_status start_id(const sli_jctx *ctx, json_t *obj, const char *path,
                          const char **id, const char **like)
{
    char sub[SL_ERROR_WHERE_MAX];
    json_t *v = json_object_get(obj, "id"), *l = json_object_get(obj, "like");
    sli_path(sub, sizeof sub, path, ".id");
    if (!v || !json_is_string(v))
        return v ? fail_type(ctx, sub, v, "an id string")
                 : sli_jfail(ctx, SL_EPARSE, path, "no \"id\"; every entry "
                             "needs one ([a-z0-9._-])");
    *id = json_string_value(v);
    *like = NULL;
    sli_path(sub, sizeof sub, path, ".like");
    if (l && !json_is_string(l))
        return fail_type(ctx, sub, l, "the id of an entry to start from");
    if (l)
        *like = json_string_value(l);
    return SL_OK;
}

/* Fail: "like" names no entry of the catalog. */
static sl_status fail_like(const sli_jctx *ctx, const char *path,
                           const char *like, int cargo)
{
    char where[SL_ERROR_WHERE_MAX], shown[SLI_SHOWN_SIZE];
    sli_path(where, sizeof where, path, ".like");
    return sli_jfail(ctx, SL_ENOTFOUND, where, "unknown %s id \"%s\" to "
                     "start from; \"like\" names an entry already in the "
                     "catalog or given before it in this file",
                     cargo ? "cargo" : "container",
                     sli_shown(like, shown, sizeof shown));
}

/* Fail: an id longer than an entry holds, quoted as given. */
static sl_status fail_long_id(const sli_jctx *ctx, const char *path,
                              const char *id)
{
    char shown[SLI_SHOWN_SIZE];
    return sli_jfail(ctx, SL_ERANGE, path, "id \"%s\" is longer than %d "
                     "characters", sli_shown(id, shown, sizeof shown),
                     SL_ID_MAX - 1);
}

/* A figure that an entry starting from nothing must give (the entry
 * check would otherwise read its absence as a nominal 0): "missing",
 * placed at the entry, naming what is needed; SL_OK when every key of
 * figs is present. */
static sl_status need_figures(const sli_jctx *ctx, json_t *obj,
                              const char *path, const char *const *figs,
                              size_t n, const char *needs)
{
    char sub[SL_ERROR_WHERE_MAX];
    for (size_t i = 0; i < n; i++)
        if (!json_object_get(obj, figs[i]))
            return sli_jfail(ctx, SL_EPARSE,
                             sli_path(sub, sizeof sub, path, ".%s", figs[i]),
                             "missing; %s", needs);
    return SL_OK;
}

/* Re-place a catalog check error ("container ID.tare") at the file's path
 * ("containers[3].tare"); a stacking range's high end (max_stack_hi) is
 * the file's "max_stack": [low, high]. */
static sl_status fail_check(const sli_jctx *ctx, const char *path,
                            const char *id, const sl_error *sub)
{
    char where[SL_ERROR_WHERE_MAX];
    const char *rest = strstr(sub->where, id);
    size_t n;
    rest = rest ? rest + strlen(id) : "";
    if (strncmp(rest, ".package[", 9) == 0)
        sli_path(where, sizeof where, path, ".packages%s", rest + 8);
    else if (!strcmp(rest, ".npackages")) /* the struct's count: the key */
        sli_path(where, sizeof where, path, ".packages");
    else
        sli_path(where, sizeof where, path, "%s", rest);
    n = strlen(where);
    if (n > 13 && !strcmp(where + n - 13, ".max_stack_hi"))
        where[n - 3] = '\0';
    return sli_jfail(ctx, sub->status, where, "%s", sub->what);
}

/* One container entry. */
/* The entry of the same file's list before this one (items[0..n), each
 * of size sz, id first) whose id is like; NULL when none.  The last of
 * them: ids are unique within a file, so at most one. */
static const void *earlier(const void *items, size_t n, size_t sz,
                           const char *like)
{
    for (size_t j = n; like && j-- > 0;)
        if (strcmp((const char *)items + j * sz, like) == 0)
            return (const char *)items + j * sz;
    return NULL;
}

static sl_status read_container(const sli_jctx *ctx, const sl_catalog *cat,
                                json_t *obj, const char *path,
                                sl_container *c, const sl_container *prev,
                                size_t nprev)
{
    static const char *const figs[] = {"length", "width", "height",
                                       "door_width", "door_height", "tare",
                                       "max_gross"};
    sl_figure *f[7];
    const char *id, *like;
    const sl_container *base;
    sl_error sub;
    size_t i;
    sl_status st;
    if (!json_is_object(obj))
        return fail_type(ctx, path, obj, "a container object");
    if ((st = sli_json_check_keys(ctx, obj, path, container_keys)) != SL_OK ||
        (st = start_id(ctx, obj, path, &id, &like)) != SL_OK)
        return st;
    base = earlier(prev, nprev, sizeof *prev, like);
    if (!base)
        base = sl_catalog_find_container(cat, like ? like : id);
    if (like && !base)
        return fail_like(ctx, path, like, 0);
    memset(c, 0, sizeof *c);
    if (base)
        *c = *base;
    if (!sli_strlcpy(c->id, id, sizeof c->id))
        return fail_long_id(ctx, path, id);
    if (!base || like)
        sli_strlcpy(c->name, id, sizeof c->name);
    f[0] = &c->length; f[1] = &c->width; f[2] = &c->height;
    f[3] = &c->door_width; f[4] = &c->door_height; f[5] = &c->tare;
    f[6] = &c->max_gross;
    st = get_string(ctx, obj, "name", path, c->name, sizeof c->name);
    for (i = 0; i < 7 && st == SL_OK; i++)
        st = get_figure(ctx, obj, figs[i], path, f[i]);
    if (st == SL_OK && !base) {
        char needs[SL_ERROR_WHAT_MAX];
        sli_snprintf(needs, sizeof needs, "\"%s\" is a new container (not in "
                 "the catalog, and no \"like\"): give every figure (length, "
                 "width, height, door_width, door_height, tare, max_gross) "
                 "or \"like\": an entry to start from", c->id);
        st = need_figures(ctx, obj, path, figs, 7, needs);
    }
    if (st != SL_OK)
        return st;
    sl_error_clear(&sub);
    if (sl_container_check(c, &sub) != SL_OK)
        return fail_check(ctx, path, c->id, &sub);
    return SL_OK;
}

/* 1 if v is a JSON integer in [lo, 1000000]. */
static int stack_int(json_t *v, json_int_t lo)
{
    return json_is_integer(v) && json_integer_value(v) >= lo &&
           json_integer_value(v) <= 1000000;
}

/* "max_stack": an integer (0: no limit), or [low, high], an uncertain
 * limit (sl_package.max_stack_hi; the range itself is checked with the
 * rest of the package by sl_cargo_check). */
static sl_status read_max_stack(const sli_jctx *ctx, json_t *v,
                                const char *path, sl_package *p)
{
    char sub[SL_ERROR_WHERE_MAX];
    sli_path(sub, sizeof sub, path, ".max_stack");
    if (json_is_array(v)) {
        if (json_array_size(v) != 2 || !stack_int(json_array_get(v, 0), 1) ||
            !stack_int(json_array_get(v, 1), 1))
            return sli_jfail(ctx, SL_EPARSE, sub,
                             "expected [low, high]: two integers from 1 to "
                             "1000000 (an uncertain stacking limit)");
        p->max_stack = (int)json_integer_value(json_array_get(v, 0));
        p->max_stack_hi = (int)json_integer_value(json_array_get(v, 1));
        return SL_OK;
    }
    if (!stack_int(v, 0))
        return sli_jfail(ctx, SL_EPARSE, sub,
                         "expected an integer from 0 (no limit) to 1000000, "
                         "or [low, high] for an uncertain limit");
    p->max_stack = (int)json_integer_value(v);
    p->max_stack_hi = 0; /* exact */
    return SL_OK;
}

/* Package k of a cargo entry. */
static sl_status read_package(const sli_jctx *ctx, json_t *obj,
                              const char *path, sl_package *p)
{
    static const char *const figs[] = {"length", "width", "height", "gross"};
    sl_figure *f[4];
    json_t *v;
    char sub[SL_ERROR_WHERE_MAX];
    size_t i;
    sl_status st;
    if (!json_is_object(obj))
        return fail_type(ctx, path, obj, "a package object");
    if ((st = sli_json_check_keys(ctx, obj, path, package_keys)) != SL_OK)
        return st;
    memset(p, 0, sizeof *p);
    sli_strlcpy(p->vertical, "h", sizeof p->vertical);
    p->units = 1;
    st = get_string(ctx, obj, "name", path, p->name, sizeof p->name);
    if (st == SL_OK)
        st = get_string(ctx, obj, "vertical", path, p->vertical,
                        sizeof p->vertical);
    f[0] = &p->length; f[1] = &p->width; f[2] = &p->height; f[3] = &p->gross;
    for (i = 0; i < 4 && st == SL_OK; i++)
        st = get_figure(ctx, obj, figs[i], path, f[i]);
    if (st != SL_OK)
        return st;
    if ((v = json_object_get(obj, "units")) != NULL) {
        if (!json_is_number(v))
            return fail_type(ctx, sli_path(sub, sizeof sub, path, ".units"),
                             v, "units per package, a number > 0");
        p->units = json_number_value(v);
    }
    if ((v = json_object_get(obj, "max_stack")) != NULL &&
        (st = read_max_stack(ctx, v, path, p)) != SL_OK)
        return st;
    /* a package starts from nothing: an absent figure is not a 0 */
    return need_figures(ctx, obj, path, figs, 4, "a package needs length, "
                        "width, height and gross (name, units, vertical and "
                        "max_stack have defaults)");
}

/* "kind", "munition" and "packages" of a cargo entry. */
static sl_status read_cargo_shape(const sli_jctx *ctx, json_t *obj,
                                  const char *path, sl_cargo *g)
{
    char sub[SL_ERROR_WHERE_MAX];
    json_t *v;
    size_t i;
    sl_status st;
    if ((v = json_object_get(obj, "kind")) != NULL) {
        const char *k = json_is_string(v) ? json_string_value(v) : "";
        if (strcmp(k, "mass-equiv") && strcmp(k, "packaged"))
            return sli_jfail(ctx, SL_EPARSE,
                             sli_path(sub, sizeof sub, path, ".kind"),
                             "expected \"mass-equiv\" (a mass per unit, no "
                             "package) or \"packaged\"");
        g->kind = strcmp(k, "packaged") == 0 ? SL_CARGO_PACKAGED
                                             : SL_CARGO_MASS_EQUIV;
        if (g->kind == SL_CARGO_MASS_EQUIV)
            g->npackages = 0;
    }
    if ((v = json_object_get(obj, "munition")) != NULL) {
        if (!json_is_boolean(v))
            return fail_type(ctx, sli_path(sub, sizeof sub, path,
                                           ".munition"), v, "true or false");
        g->munition = json_is_true(v);
    }
    if ((v = json_object_get(obj, "packages")) == NULL)
        return SL_OK;
    sli_path(sub, sizeof sub, path, ".packages");
    if (!json_is_array(v) || json_array_size(v) > SL_CARGO_PACKAGES_MAX)
        return sli_jfail(ctx, SL_EPARSE, sub, "expected an array of at most "
                         "%d packages", SL_CARGO_PACKAGES_MAX);
    g->npackages = json_array_size(v);
    for (i = 0; i < g->npackages; i++) {
        char ppath[SL_ERROR_WHERE_MAX];
        sli_path(ppath, sizeof ppath, sub, "[%zu]", i);
        st = read_package(ctx, json_array_get(v, i), ppath, &g->package[i]);
        if (st != SL_OK)
            return st;
    }
    return SL_OK;
}

/* One cargo entry. */
static sl_status read_cargo(const sli_jctx *ctx, const sl_catalog *cat,
                            json_t *obj, const char *path, sl_cargo *g,
                            const sl_cargo *prev, size_t nprev)
{
    const char *id, *like;
    const sl_cargo *base;
    sl_error sub;
    sl_status st;
    if (!json_is_object(obj))
        return fail_type(ctx, path, obj, "a cargo object");
    if ((st = sli_json_check_keys(ctx, obj, path, cargo_keys)) != SL_OK ||
        (st = start_id(ctx, obj, path, &id, &like)) != SL_OK)
        return st;
    base = earlier(prev, nprev, sizeof *prev, like);
    if (!base)
        base = sl_catalog_find_cargo(cat, like ? like : id);
    if (like && !base)
        return fail_like(ctx, path, like, 1);
    memset(g, 0, sizeof *g);
    if (base) {
        *g = *base;
    } else {
        g->munition = 1;
        sli_strlcpy(g->unit, "unit", sizeof g->unit);
    }
    if (!sli_strlcpy(g->id, id, sizeof g->id))
        return fail_long_id(ctx, path, id);
    if (!base || like)
        sli_strlcpy(g->name, id, sizeof g->name);
    st = get_string(ctx, obj, "name", path, g->name, sizeof g->name);
    if (st == SL_OK)
        st = get_string(ctx, obj, "unit", path, g->unit, sizeof g->unit);
    if (st == SL_OK)
        st = get_figure(ctx, obj, "unit_mass", path, &g->unit_mass);
    if (st == SL_OK && !base) {
        static const char *const need[] = {"unit_mass"};
        char needs[SL_ERROR_WHAT_MAX];
        sli_snprintf(needs, sizeof needs, "\"%s\" is a new cargo entry (not in "
                 "the catalog, and no \"like\"): give its unit_mass, and "
                 "its kind and packages when it is packaged, or \"like\": "
                 "an entry to start from", g->id);
        st = need_figures(ctx, obj, path, need, 1, needs);
    }
    if (st == SL_OK)
        st = read_cargo_shape(ctx, obj, path, g);
    if (st != SL_OK)
        return st;
    sl_error_clear(&sub);
    if (sl_cargo_check(g, &sub) != SL_OK)
        return fail_check(ctx, path, g->id, &sub);
    return SL_OK;
}

/* Read the list at key of obj (at path prefix) into a new array. */
static sl_status read_list(const sli_jctx *ctx, const sl_catalog *cat,
                           json_t *obj, const char *prefix, int cargo,
                           void **out, size_t *n)
{
    const char *key = cargo ? "cargo" : "containers";
    size_t sz = cargo ? sizeof(sl_cargo) : sizeof(sl_container), i, j;
    json_t *list = json_object_get(obj, key), *item;
    char lpath[SL_ERROR_WHERE_MAX];
    char *items;
    *out = NULL;
    *n = 0;
    if (!list)
        return SL_OK;
    sli_path(lpath, sizeof lpath, prefix, "%s%s", *prefix ? "." : "", key);
    if (!json_is_array(list))
        return fail_type(ctx, lpath, list, "an array of entries");
    if (json_array_size(list) == 0)
        return SL_OK;
    items = calloc(json_array_size(list), sz);
    if (!items)
        return sli_jfail(ctx, SL_ENOMEM, lpath, "out of memory");
    *out = items;
    json_array_foreach(list, i, item) {
        char path[SL_ERROR_WHERE_MAX];
        void *dst = items + i * sz;
        sl_status st;
        sli_path(path, sizeof path, lpath, "[%zu]", i);
        /* "like" may name an entry before this one in the same list */
        st = cargo ? read_cargo(ctx, cat, item, path, dst,
                                (const sl_cargo *)(void *)items, i)
                   : read_container(ctx, cat, item, path, dst,
                                    (const sl_container *)(void *)items, i);
        if (st != SL_OK)
            return st;
        for (j = 0; j < i; j++)
            if (strcmp(dst, items + j * sz) == 0) /* id is the first field */
                return sli_jfail(ctx, SL_EINVAL, path, "id \"%s\" is "
                                 "given twice in this file (also %s[%zu])",
                                 (const char *)dst, lpath, j);
        *n = i + 1;
    }
    return SL_OK;
}

/* Read every entry of obj (at path prefix), then store them all. */
sl_status sli_catalog_apply_json(sl_catalog *cat, const sli_jctx *ctx,
                                 json_t *obj, const char *prefix)
{
    pending p = {NULL, 0, NULL, 0};
    json_t *notes;
    char *joined = NULL;
    char path[SL_ERROR_WHERE_MAX];
    size_t i;
    sl_error sub;
    sl_status st = SL_OK;
    if (!json_is_object(obj))
        return fail_type(ctx, prefix, obj, "an object {\"containers\": "
                         "[...], \"cargo\": [...]}");
    st = sli_json_check_keys(ctx, obj, prefix, top_keys);
    sli_path(path, sizeof path, prefix, "%snotes", *prefix ? "." : "");
    if (st == SL_OK && (notes = json_object_get(obj, "notes")) &&
        !json_is_string(notes))
        st = fail_type(ctx, path, notes, "a string");
    if (st == SL_OK && notes && /* made before any entry is stored */
        (st = sli_catalog_join_notes(cat, json_string_value(notes), path,
                                     &joined, &sub)))
        st = sli_jfail_nested(ctx, path, &sub);
    if (st == SL_OK)
        st = read_list(ctx, cat, obj, prefix, 0, (void **)&p.containers,
                       &p.ncontainers);
    if (st == SL_OK)
        st = read_list(ctx, cat, obj, prefix, 1, (void **)&p.cargo,
                       &p.ncargo);
    for (i = 0; st == SL_OK && i < p.ncontainers; i++)
        if ((st = sl_catalog_put_container(cat, &p.containers[i], &sub)))
            st = sli_jfail_nested(ctx, prefix, &sub);
    for (i = 0; st == SL_OK && i < p.ncargo; i++)
        if ((st = sl_catalog_put_cargo(cat, &p.cargo[i], &sub)))
            st = sli_jfail_nested(ctx, prefix, &sub);
    if (st == SL_OK && notes)
        sli_catalog_take_notes(cat, joined);
    else
        free(joined);
    free(p.containers);
    free(p.cargo);
    return st;
}

/* Parse a catalog file's text and apply it to the catalog in user. */
static sl_status load_text(const sli_jctx *ctx, size_t len, void *user)
{
    json_t *root;
    sl_status st = sli_json_parse_object(ctx, len, &root);
    if (st != SL_OK)
        return st;
    st = sli_catalog_apply_json(user, ctx, root, "");
    json_decref(root);
    return st;
}

/* A catalog file from text in memory. */
sl_status sl_catalog_load_string(sl_catalog *cat, const char *text,
                                 const char *name, sl_error *err)
{
    if (!cat || !text)
        return sli_fail(err, SL_EINVAL, cat ? "text" : "cat",
                        "argument must not be NULL");
    return sli_json_load(NULL, text, name, load_text, cat, err);
}

/* A catalog file from a path. */
sl_status sl_catalog_load_file(sl_catalog *cat, const char *path,
                               sl_error *err)
{
    if (!cat || !path)
        return sli_fail(err, SL_EINVAL, cat ? "path" : "cat",
                        "argument must not be NULL");
    return sli_json_load(path, NULL, NULL, load_text, cat, err);
}
