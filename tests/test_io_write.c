/* tests/test_io_write.c - results out: JSON, CSV, the samples file, the
 * catalog as a catalog file, the scenario as a scenario file, and atomic
 * file writes.  Every figure written is checked against the
 * result's own accessors, so the test holds for any engine output. */
#include <dirent.h>
#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "testutil.h"

static sl_catalog *cat;
static sl_scenario *sc;
static sl_result *res;
static sl_error e;

/* A run of the June 2024 claim with a range of containers (so the hard
 * maximum may be infinite) and two cargo types. */
static void setup(void)
{
    sl_options opt;
    sl_error_clear(&e);
    ck_assert_int_eq(sl_catalog_builtin(&cat, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_alloc(cat, &sc, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "9,500 to 10,500", &e),
                     SL_OK);
    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-shell-mass-equiv",
                                                "0.875", &e), SL_OK);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "122mm-grad", "rest", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_set_claim(sc, "up to 4.8 million",
                                           "Shin, \"Bloomberg\"", "2024-06-14",
                                           &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_title(sc, "io test", &e), SL_OK);
    sl_options_init(&opt);
    opt.samples = 2000;
    opt.seed = 7;
    opt.threads = 1;
    ck_assert_int_eq(sl_estimate(sc, &opt, &res, &e), SL_OK);
}

static void teardown(void)
{
    sl_result_free(res);
    sl_scenario_free(sc);
    sl_catalog_free(cat);
}

/* The JSON text parsed back. */
static json_t *json_of(int flags)
{
    char *text = NULL;
    json_error_t je;
    json_t *root;
    ck_assert_int_eq(sl_result_to_json(res, flags, &text, &e), SL_OK);
    root = json_loads(text, 0, &je);
    ck_assert_msg(root != NULL, "bad JSON at %d:%d: %s", je.line, je.column,
                  je.text);
    sl_free(text);
    return root;
}

/* A JSON number equal to v, or null when v is not finite. */
static void assert_num(json_t *obj, const char *key, double v)
{
    json_t *j = json_object_get(obj, key);
    ck_assert_msg(j != NULL, "no key %s", key);
    if (!isfinite(v)) {
        ck_assert_msg(json_is_null(j), "%s should be null", key);
        return;
    }
    ck_assert_msg(json_is_number(j), "%s is not a number", key);
    if (v == 0)
        ck_assert_double_eq(json_number_value(j), 0.0);
    else
        sl_assert_rel(json_number_value(j), v, 1e-14);
}

/* The keys of obj, in order, joined with spaces. */
static void keys_of(json_t *obj, char *buf, size_t size)
{
    const char *key;
    json_t *v;
    size_t used = 0;
    buf[0] = '\0';
    json_object_foreach(obj, key, v) {
        int w = snprintf(buf + used, size - used, "%s%s", used ? " " : "",
                         key);
        ck_assert(w > 0 && (size_t)w < size - used);
        used += (size_t)w;
    }
}

/* The summary fields as the accessors give them. */
static void assert_summary(json_t *o, const sl_summary *s)
{
    char keys[400];
    keys_of(o, keys, sizeof keys);
    ck_assert_ptr_nonnull(strstr(keys, "mean sd p05 p50 p95 min max"));
    assert_num(o, "mean", s->mean);
    assert_num(o, "sd", s->sd);
    assert_num(o, "p05", s->p05);
    assert_num(o, "p50", s->p50);
    assert_num(o, "p95", s->p95);
    assert_num(o, "min", s->min);
    assert_num(o, "max", s->max);
    assert_num(o, "max_found", s->max_found);
    assert_num(o, "max_mix", s->max_mix);
    assert_num(o, "sample_min", s->sample_min);
    assert_num(o, "sample_max", s->sample_max);
}

START_TEST(test_json_contract)
{
    json_t *root = json_of(0), *cap, *claim, *sens, *req;
    char keys[400];
    sl_summary total;
    sl_claim_check cc;
    size_t i;
    keys_of(root, keys, sizeof keys);
    ck_assert_str_eq(keys, "version scenario options capacity total by_cargo "
                           "histogram sensitivity sensitivity_note claim");
    ck_assert_str_eq(json_string_value(json_object_get(root, "version")),
                     sl_version());
    ck_assert_int_eq(json_integer_value(json_object_get(
                         json_object_get(root, "options"), "seed")), 7);

    cap = json_object_get(root, "capacity");
    ck_assert_uint_eq(json_array_size(cap), sl_result_capacity_count(res));
    ck_assert_uint_eq(json_array_size(cap), 4);
    for (i = 0; i < json_array_size(cap); i++) {
        const sl_capacity *c = sl_result_capacity(res, i);
        json_t *o = json_array_get(cap, i), *g;
        keys_of(o, keys, sizeof keys);
        ck_assert_str_eq(keys, "container cargo count by_weight by_geometry "
                               "binding payload unit_gross min max "
                               "max_found");
        ck_assert_str_eq(json_string_value(json_object_get(o, "container")),
                         c->container);
        ck_assert_str_eq(json_string_value(json_object_get(o, "cargo")),
                         c->cargo);
        ck_assert_int_eq(json_integer_value(json_object_get(o, "count")),
                         c->count);
        ck_assert_int_eq(json_integer_value(json_object_get(o, "by_weight")),
                         c->by_weight);
        g = json_object_get(o, "by_geometry");
        if (c->by_geometry < 0)
            ck_assert(json_is_null(g));
        else
            ck_assert_int_eq(json_integer_value(g), c->by_geometry);
        ck_assert_str_eq(json_string_value(json_object_get(o, "binding")),
                         sl_binding_name(c->binding));
        assert_num(o, "payload", c->payload);
        {
            double lo, hi, found;
            ck_assert_int_eq(sl_result_capacity_range(res, i, &lo, &hi), SL_OK);
            ck_assert_int_eq(sl_result_capacity_found(res, i, &found), SL_OK);
            assert_num(o, "min", lo);
            assert_num(o, "max", hi);
            assert_num(o, "max_found", found);
        }
    }

    ck_assert_int_eq(sl_result_total(res, &total), SL_OK);
    assert_summary(json_object_get(root, "total"), &total);
    for (i = 0; i < sl_result_cargo_count(res); i++) {
        const char *id;
        sl_summary s;
        json_t *o = json_array_get(json_object_get(root, "by_cargo"), i);
        ck_assert_int_eq(sl_result_cargo_total(res, i, &id, &s), SL_OK);
        ck_assert_str_eq(json_string_value(json_object_get(o, "cargo")), id);
        assert_summary(o, &s);
    }

    sens = json_object_get(root, "sensitivity");
    ck_assert_uint_eq(json_array_size(sens),
                      sl_result_sensitivity_count(res));
    for (i = 0; i < json_array_size(sens); i++) {
        const sl_sensitivity *s = sl_result_sensitivity(res, i);
        json_t *o = json_array_get(sens, i);
        keys_of(o, keys, sizeof keys);
        ck_assert_str_eq(keys, "input index rank_corr");
        ck_assert_str_eq(json_string_value(json_object_get(o, "input")),
                         s->input);
        assert_num(o, "index", s->index);
        assert_num(o, "rank_corr", s->rank_corr);
    }
    ck_assert_uint_gt(json_array_size(sens), 0);
    ck_assert(json_is_null(json_object_get(root, "sensitivity_note")));

    ck_assert_int_eq(sl_result_claim(res, &cc), SL_OK);
    claim = json_object_get(root, "claim");
    keys_of(claim, keys, sizeof keys);
    ck_assert_ptr_nonnull(strstr(keys, "value value_high qualifier source "
                                       "date containers per_container "
                                       "percentile p_at_least p_at_most "
                                       "p_in_range"));
    assert_num(claim, "value", 4.8e6);
    /* one total: no high end, no share in a range */
    ck_assert(isnan(cc.value_high) && isnan(cc.p_in_range));
    assert_num(claim, "value_high", cc.value_high);
    assert_num(claim, "p_in_range", cc.p_in_range);
    assert_num(claim, "per_container", cc.per_container);
    assert_num(claim, "percentile", cc.percentile);
    assert_num(claim, "p_at_least", cc.p_at_least);
    assert_num(claim, "p_at_most", cc.p_at_most);
    ck_assert_ptr_nonnull(strstr(keys, "p_in_range p_at_least_ci "
                                       "p_at_most_ci p_in_range_ci "
                                       "ratio_to_max"));
    /* null as p_in_range is, not [null, null] */
    ck_assert(json_is_null(json_object_get(claim, "p_in_range_ci")));
    for (size_t end = 0; end < 2; end++) {
        json_t *lc = json_object_get(claim, "p_at_least_ci");
        json_t *mc = json_object_get(claim, "p_at_most_ci");
        ck_assert_uint_eq(json_array_size(lc), 2);
        ck_assert_uint_eq(json_array_size(mc), 2);
        ck_assert_double_eq_tol(json_number_value(json_array_get(lc, end)),
                                cc.p_at_least_ci[end], 1e-14);
        ck_assert_double_eq_tol(json_number_value(json_array_get(mc, end)),
                                cc.p_at_most_ci[end], 1e-14);
    }
    ck_assert(cc.p_at_least_ci[0] <= cc.p_at_least &&
              cc.p_at_least <= cc.p_at_least_ci[1] &&
              cc.p_at_least_ci[1] - cc.p_at_least_ci[0] > 0);
    ck_assert(json_is_boolean(json_object_get(claim, "unsettled")));
    ck_assert_int_eq(json_is_true(json_object_get(claim, "unsettled")),
                     cc.unsettled);
    ck_assert_str_eq(json_string_value(json_object_get(claim, "verdict")),
                     sl_verdict_name(cc.verdict));
    ck_assert(json_is_boolean(json_object_get(claim, "needs_more_containers")));
    ck_assert_int_eq(json_is_true(json_object_get(claim, "needs_more_containers")),
                     cc.needs_more_containers);
    /* the claim's own words ("up to 4.8 million"), not "at most" */
    ck_assert_str_eq(json_string_value(json_object_get(claim, "qualifier")),
                     "up to");
    ck_assert_str_eq(json_string_value(json_object_get(claim, "source")),
                     "Shin, \"Bloomberg\"");
    req = json_object_get(claim, "requires");
    /* a solved figure: within the solver's resolution (1e-9 + 1e-10 |x|)
       of the struct's, at fewer digits */
    ck_assert(fabs(json_number_value(json_object_get(req, "min_max_gross")) -
                   cc.min_max_gross) <= 1e-9 + 1e-10 * fabs(cc.min_max_gross));
    assert_num(req, "min_munition_share", cc.min_munition_share);
    json_decref(root);
}
END_TEST

START_TEST(test_json_scenario_and_histogram)
{
    json_t *root = json_of(SL_JSON_COMPACT), *s, *h, *types;
    size_t nbins;
    const double *edges, *counts;
    s = json_object_get(root, "scenario");
    ck_assert_str_eq(json_string_value(json_object_get(s, "title")),
                     "io test");
    types = json_object_get(s, "cargo");
    ck_assert_uint_eq(json_array_size(types), 2);
    ck_assert_str_eq(json_string_value(json_object_get(
                         json_array_get(types, 1), "share")), "rest");
    ck_assert_str_eq(json_string_value(json_object_get(
                         json_array_get(types, 0), "id")),
                     "152mm-shell-mass-equiv");
    /* each cargo says whether it carries munitions (a script summing the
       capacity rows' counts could not tell) */
    ck_assert(json_is_true(json_object_get(json_array_get(types, 0),
                                           "munition")));
    ck_assert(json_is_true(json_object_get(json_array_get(types, 1),
                                           "munition")));
    h = json_object_get(root, "histogram");
    ck_assert_int_eq(sl_result_histogram(res, &nbins, &edges, &counts),
                     SL_OK);
    ck_assert_uint_eq(json_array_size(json_object_get(h, "edges")),
                      nbins + 1);
    ck_assert_uint_eq(json_array_size(json_object_get(h, "counts")), nbins);
    sl_assert_rel(json_number_value(json_array_get(json_object_get(h, "edges"),
                                                   nbins)),
                  edges[nbins], 1e-14);
    json_decref(root);
}
END_TEST

START_TEST(test_json_deterministic_and_errors)
{
    char *a = NULL, *b = NULL;
    ck_assert_int_eq(sl_result_to_json(res, 0, &a, &e), SL_OK);
    ck_assert_int_eq(sl_result_to_json(res, 0, &b, &e), SL_OK);
    ck_assert_str_eq(a, b);
    ck_assert_ptr_nonnull(strchr(a, '\n'));
    sl_free(a);
    sl_free(b);
    ck_assert_int_eq(sl_result_to_json(res, SL_JSON_COMPACT, &a, &e), SL_OK);
    ck_assert_ptr_null(strchr(a, '\n'));
    ck_assert_ptr_null(strstr(a, "nan"));
    ck_assert_ptr_null(strstr(a, "inf"));
    sl_free(a);
    ck_assert_int_eq(sl_result_to_json(res, 4, &a, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "flags");
    ck_assert_ptr_null(a);
    ck_assert_int_eq(sl_result_to_json(NULL, 0, &a, &e), SL_EINVAL);
    ck_assert_int_eq(sl_result_to_json(res, 0, NULL, &e), SL_EINVAL);
    sl_free(NULL);
}
END_TEST

/* Split text at newlines into lines (modifies text). */
static size_t split_lines(char *text, char **lines, size_t max)
{
    size_t n = 0;
    char *save = NULL, *line = strtok_r(text, "\n", &save);
    while (line && n < max) {
        lines[n++] = line;
        line = strtok_r(NULL, "\n", &save);
    }
    return n;
}

START_TEST(test_csv)
{
    char *text = NULL, *lines[32], *end;
    sl_summary total;
    size_t n, i;
    double v;
    ck_assert_int_eq(sl_result_to_csv(res, &text, &e), SL_OK);
    n = split_lines(text, lines, 32);
    ck_assert_str_eq(lines[0], "quantity,mean,sd,p05,p50,p95,sample_min,"
                               "sample_max,min,max,max_found,max_mix");
    ck_assert_int_eq(sl_result_total(res, &total), SL_OK);
    ck_assert_int_eq(strncmp(lines[1], "total,", 6), 0);
    v = strtod(lines[1] + 6, &end);
    sl_assert_rel(v, total.mean, 1e-14);
    ck_assert_int_eq(strncmp(lines[2], "cargo:152mm-shell-mass-equiv,", 29),
                     0);
    ck_assert_int_eq(strncmp(lines[3], "cargo:122mm-grad,", 17), 0);
    ck_assert_str_eq(lines[4], "container,cargo,count,by_weight,by_geometry,"
                               "binding,payload_kg,unit_gross_kg,min,max,"
                               "max_found");
    ck_assert_uint_eq(n, 5 + sl_result_capacity_count(res));
    for (i = 0; i < sl_result_capacity_count(res); i++) {
        const sl_capacity *c = sl_result_capacity(res, i);
        char want[200];
        snprintf(want, sizeof want, "%s,%s,%ld,%ld,", c->container, c->cargo,
                 c->count, c->by_weight);
        ck_assert_int_eq(strncmp(lines[5 + i], want, strlen(want)), 0);
    }
    sl_free(text);
    ck_assert_int_eq(sl_result_to_csv(NULL, &text, &e), SL_EINVAL);
    ck_assert_int_eq(sl_result_to_csv(res, NULL, &e), SL_EINVAL);
}
END_TEST

/* A fresh empty directory under the build tree. */
static const char *fresh_dir(const char *name)
{
    static char dir[512];
    char cmd[600];
    snprintf(dir, sizeof dir, "%s/test_io_write_%s", SL_BINARY_DIR, name);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
    ck_assert_int_eq(mkdir(dir, 0700), 0);
    return dir;
}

/* Number of entries in dir (besides . and ..). */
static int entries(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *ent;
    int n = 0;
    ck_assert_ptr_nonnull(d);
    while ((ent = readdir(d)) != NULL)
        n += strcmp(ent->d_name, ".") && strcmp(ent->d_name, "..");
    closedir(d);
    return n;
}

/* The whole file as a new string. */
static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    ck_assert_ptr_nonnull(f);
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    rewind(f);
    buf = malloc((size_t)n + 1);
    ck_assert_uint_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

START_TEST(test_samples_file)
{
    const char *dir = fresh_dir("samples");
    char path[600], *text, *lines[4096];
    const double *x;
    size_t n, nl, i, head = 0;
    snprintf(path, sizeof path, "%s/totals.txt", dir);
    ck_assert_int_eq(sl_result_write_samples(res, path, &e), SL_OK);
    ck_assert_int_eq(entries(dir), 1);
    text = slurp(path);
    ck_assert_ptr_nonnull(strstr(text, "# samples: 2000 seed: 7\n"));
    ck_assert_ptr_nonnull(strstr(text, sl_version()));
    ck_assert_ptr_nonnull(strstr(text, "# title: io test\n"));
    ck_assert_ptr_nonnull(strstr(text, "# cargo: 122mm-grad share rest\n"));
    ck_assert_ptr_nonnull(strstr(text, "# claim: 4800000 (up to) source: "
                                       "Shin, \"Bloomberg\" date: "
                                       "2024-06-14\n"));
    ck_assert_ptr_nonnull(strstr(text, "# figure iso-20-24t.max_gross: "
                                       "24000 (V"));
    ck_assert_ptr_nonnull(strstr(text, "# figure 122mm-grad.package[0]."
                                       "gross: "));
    x = sl_result_samples(res, &n);
    nl = split_lines(text, lines, 4096);
    while (head < nl && lines[head][0] == '#')
        head++;
    ck_assert_str_eq(lines[head], "total");
    ck_assert_uint_eq(nl - head - 1, n);
    for (i = 0; i < n; i++)
        ck_assert_double_eq(strtod(lines[head + 1 + i], NULL), x[i]);
    free(text);
}
END_TEST

START_TEST(test_samples_errors)
{
    const char *dir = fresh_dir("samples_err");
    char path[600];
    sl_options opt;
    sl_result *bare;
    snprintf(path, sizeof path, "%s/missing/totals.txt", dir);
    sl_error_clear(&e);
    ck_assert_int_eq(sl_result_write_samples(res, path, &e), SL_EIO);
    ck_assert_str_eq(e.where, path);
    ck_assert_ptr_nonnull(strstr(e.what, "No such file"));
    ck_assert_int_eq(entries(dir), 0);
    sl_options_init(&opt);
    opt.samples = 300;
    opt.keep_samples = 0;
    ck_assert_int_eq(sl_estimate(sc, &opt, &bare, &e), SL_OK);
    snprintf(path, sizeof path, "%s/totals.txt", dir);
    sl_error_clear(&e);
    ck_assert_int_eq(sl_result_write_samples(bare, path, &e), SL_ESTATE);
    ck_assert_ptr_nonnull(strstr(e.what, "keep_samples"));
    ck_assert_int_eq(entries(dir), 0);
    sl_result_free(bare);
    ck_assert_int_eq(sl_result_write_samples(NULL, path, &e), SL_EINVAL);
    ck_assert_int_eq(sl_result_write_samples(res, NULL, &e), SL_EINVAL);
}
END_TEST

START_TEST(test_write_file_atomic)
{
    const char *dir = fresh_dir("atomic");
    char path[600], sub[600], *text;
    snprintf(path, sizeof path, "%s/out.csv", dir);
    ck_assert_int_eq(sl_write_file(path, "first,2.385\n", 12, &e), SL_OK);
    ck_assert_int_eq(sl_write_file(path, "second\n", 7, &e), SL_OK);
    text = slurp(path);
    ck_assert_str_eq(text, "second\n");
    free(text);
    ck_assert_int_eq(sl_write_file(path, "", 0, &e), SL_OK);
    ck_assert_int_eq(entries(dir), 1);
    /* Renaming over a directory fails: the temporary file goes away. */
    snprintf(sub, sizeof sub, "%s/adir", dir);
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    sl_error_clear(&e);
    ck_assert_int_eq(sl_write_file(sub, "x", 1, &e), SL_EIO);
    ck_assert_str_eq(e.where, sub);
    ck_assert_int_eq(entries(dir), 2);
    ck_assert_int_eq(sl_write_file(NULL, "x", 1, &e), SL_EINVAL);
    ck_assert_int_eq(sl_write_file(path, NULL, 1, &e), SL_EINVAL);
}
END_TEST

/* The mode of a file written: a file replaced keeps its permissions (a
 * 0600 file became 0644, readable by all); a new file gets 0666 less the
 * umask, as open() would create it (it was 0644 whatever the umask). */
START_TEST(test_write_file_mode)
{
    const char *dir = fresh_dir("mode");
    char path[600];
    struct stat st;
    mode_t old = umask(077);
    snprintf(path, sizeof path, "%s/new.txt", dir);
    ck_assert_int_eq(sl_write_file(path, "a\n", 2, &e), SL_OK);
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_int_eq(st.st_mode & 07777, 0600);
    umask(022);
    snprintf(path, sizeof path, "%s/new2.txt", dir);
    ck_assert_int_eq(sl_write_file(path, "a\n", 2, &e), SL_OK);
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_int_eq(st.st_mode & 07777, 0644);
    ck_assert_int_eq(chmod(path, 0640), 0);
    ck_assert_int_eq(sl_write_file(path, "b\n", 2, &e), SL_OK);
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_int_eq(st.st_mode & 07777, 0640);
    ck_assert_int_eq(entries(dir), 2); /* no temporary file left */
    umask(old);
}
END_TEST

/* A path that names no regular file is refused, not renamed over: as
 * root, --samples-out /dev/null replaced the device node /dev/null with a
 * regular file (and /dev/stdout's link with one).  Here a link to
 * /dev/null and a FIFO, which the rename replaced the same way.  A link
 * to a regular file is written through: the link stays, its file takes
 * the text.  An empty path is refused. */
START_TEST(test_write_file_not_regular)
{
    const char *dir = fresh_dir("notreg");
    char nul[600], fifo[600], link[600], real[600], dang[600], *text;
    struct stat st;
    snprintf(nul, sizeof nul, "%s/nul", dir);
    snprintf(fifo, sizeof fifo, "%s/fifo", dir);
    snprintf(link, sizeof link, "%s/link.txt", dir);
    snprintf(real, sizeof real, "%s/real.txt", dir);
    snprintf(dang, sizeof dang, "%s/dangling.txt", dir);
    ck_assert_int_eq(symlink("/dev/null", nul), 0);
    ck_assert_int_eq(mkfifo(fifo, 0600), 0);
    ck_assert_int_eq(symlink("real.txt", link), 0);
    ck_assert_int_eq(symlink("missing.txt", dang), 0);
    sl_error_clear(&e);
    ck_assert_int_eq(sl_write_file(nul, "2.385\n", 6, &e), SL_EIO);
    ck_assert_ptr_nonnull(strstr(e.what, "not a regular file"));
    ck_assert_int_eq(lstat(nul, &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
    ck_assert_int_eq(sl_write_file(fifo, "2.385\n", 6, &e), SL_EIO);
    ck_assert_int_eq(lstat(fifo, &st), 0);
    ck_assert(S_ISFIFO(st.st_mode));
    ck_assert_int_eq(sl_write_file(dang, "2.385\n", 6, &e), SL_EIO);
    ck_assert_ptr_nonnull(strstr(e.what, "missing file"));
    ck_assert_int_eq(sl_write_file(real, "old\n", 4, &e), SL_OK);
    ck_assert_int_eq(sl_write_file(link, "2.385\n", 6, &e), SL_OK);
    ck_assert_int_eq(lstat(link, &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
    text = slurp(real);
    ck_assert_str_eq(text, "2.385\n");
    free(text);
    ck_assert_int_eq(entries(dir), 5); /* no temporary file left */
    ck_assert_int_eq(sl_write_file("", "x", 1, &e), SL_EIO);
}
END_TEST

/* 1 if two figures are the same: value, confidence, source and range. */
static int same_figure(const sl_figure *a, const sl_figure *b)
{
    static const double p[] = {0, 0.05, 0.5, 0.95, 1};
    if (a->nominal != b->nominal || a->conf != b->conf ||
        strcmp(a->source, b->source) ||
        sl_dist_is_const(&a->dist) != sl_dist_is_const(&b->dist))
        return 0;
    for (size_t i = 0; i < sizeof p / sizeof *p; i++)
        if (sl_dist_quantile(&a->dist, p[i]) !=
            sl_dist_quantile(&b->dist, p[i]))
            return 0;
    return 1;
}

/* The catalog written as a catalog file loads into an empty catalog to the
 * same entries, field by field, and writes the same text again; a figure
 * that needs 17 digits (1/3 of a millimetre more) comes back exact, while
 * typed figures keep their short form (43.56, not 43.560000000000002). */
START_TEST(test_catalog_round_trip)
{
    sl_catalog *back = NULL;
    sl_cargo g = *sl_catalog_find_cargo(cat, "152mm-round");
    char *text = NULL, *again = NULL;
    ck_assert_ptr_nonnull(sl_catalog_find_cargo(cat, "152mm-round"));
    snprintf(g.id, sizeof g.id, "152mm-third");
    g.package[0].length.nominal += 1.0 / 3;
    ck_assert_int_eq(sl_catalog_put_cargo(cat, &g, &e), SL_OK);
    ck_assert_int_eq(sl_catalog_to_json(cat, 0, &text, &e), SL_OK);
    ck_assert_ptr_nonnull(strstr(text, "\"value\": 43.56,"));
    ck_assert_int_eq(sl_catalog_alloc(&back, &e), SL_OK);
    ck_assert_int_eq(sl_catalog_load_string(back, text, "written", &e), SL_OK);
    ck_assert_uint_eq(sl_catalog_container_count(back),
                      sl_catalog_container_count(cat));
    ck_assert_uint_eq(sl_catalog_cargo_count(back), sl_catalog_cargo_count(cat));
    for (size_t i = 0; i < sl_catalog_container_count(cat); i++) {
        const sl_container *a = sl_catalog_container_at(cat, i),
                           *b = sl_catalog_container_at(back, i);
        ck_assert_str_eq(a->id, b->id);
        ck_assert_str_eq(a->name, b->name);
        ck_assert(same_figure(&a->length, &b->length) &&
                  same_figure(&a->width, &b->width) &&
                  same_figure(&a->height, &b->height) &&
                  same_figure(&a->door_width, &b->door_width) &&
                  same_figure(&a->door_height, &b->door_height) &&
                  same_figure(&a->tare, &b->tare) &&
                  same_figure(&a->max_gross, &b->max_gross));
    }
    for (size_t i = 0; i < sl_catalog_cargo_count(cat); i++) {
        const sl_cargo *a = sl_catalog_cargo_at(cat, i),
                       *b = sl_catalog_cargo_at(back, i);
        ck_assert_str_eq(a->id, b->id);
        ck_assert_str_eq(a->name, b->name);
        ck_assert_str_eq(a->unit, b->unit);
        ck_assert_int_eq(a->kind, b->kind);
        ck_assert_int_eq(a->munition, b->munition);
        ck_assert_msg(same_figure(&a->unit_mass, &b->unit_mass), "%s", a->id);
        ck_assert_uint_eq(a->npackages, b->npackages);
        for (size_t k = 0; k < a->npackages; k++) {
            const sl_package *p = &a->package[k], *q = &b->package[k];
            ck_assert_str_eq(p->name, q->name);
            ck_assert_str_eq(p->vertical, q->vertical);
            ck_assert(p->units == q->units);
            ck_assert_int_eq(p->max_stack, q->max_stack);
            ck_assert_int_eq(p->max_stack_hi, q->max_stack_hi);
            ck_assert_msg(same_figure(&p->length, &q->length) &&
                              same_figure(&p->width, &q->width) &&
                              same_figure(&p->height, &q->height) &&
                              same_figure(&p->gross, &q->gross),
                          "%s package %zu", a->id, k);
        }
    }
    ck_assert_int_eq(sl_catalog_to_json(back, 0, &again, &e), SL_OK);
    ck_assert_str_eq(again, text);
    sl_free(again);
    sl_free(text);
    sl_catalog_free(back);
}
END_TEST

/* sl_catalog_to_json's errors name the argument. */
START_TEST(test_catalog_json_errors)
{
    char *text = (char *)"x";
    ck_assert_int_eq(sl_catalog_to_json(cat, 0, NULL, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "out");
    ck_assert_int_eq(sl_catalog_to_json(NULL, 0, &text, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "cat");
    ck_assert_ptr_null(text);
    text = (char *)"x";
    ck_assert_int_eq(sl_catalog_to_json(cat, 4, &text, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "flags");
    ck_assert_ptr_null(text);
    ck_assert_int_eq(sl_catalog_to_json(cat, SL_JSON_COMPACT, &text, &e),
                     SL_OK);
    ck_assert_ptr_null(strchr(text, '\n'));
    sl_free(text);
}
END_TEST

/* The scenario written as a scenario file loads, into a scenario of a
 * catalog that lacks its custom cargo, to the same run: the same result
 * JSON byte for byte and the same file when written again.  The custom
 * cargo (a figure that needs 17 digits) travels in the file's catalog, a
 * seed above 2^63 - 1 as a string, an exact load rule as a number. */
/* Run a with oa and b with ob: the two results' JSON are the same. */
static void assert_same_run(const sl_scenario *a, const sl_options *oa,
                            const sl_scenario *b, const sl_options *ob)
{
    sl_result *r1 = NULL, *r2 = NULL;
    char *j1 = NULL, *j2 = NULL;
    ck_assert_int_eq(sl_estimate(a, oa, &r1, &e), SL_OK);
    ck_assert_int_eq(sl_estimate(b, ob, &r2, &e), SL_OK);
    ck_assert_int_eq(sl_result_to_json(r1, 0, &j1, &e), SL_OK);
    ck_assert_int_eq(sl_result_to_json(r2, 0, &j2, &e), SL_OK);
    ck_assert_str_eq(j2, j1);
    sl_free(j1);
    sl_free(j2);
    sl_result_free(r1);
    sl_result_free(r2);
}

START_TEST(test_scenario_round_trip)
{
    sl_catalog *plain = NULL;
    sl_scenario *mine = NULL, *back = NULL;
    sl_options opt, opt2;
    sl_load_rules rules;
    sl_cargo g = *sl_catalog_find_cargo(cat, "122mm-round");
    char *text = NULL, *again = NULL;
    snprintf(g.id, sizeof g.id, "crate-third");
    g.package[0].gross.nominal += 1.0 / 3;
    ck_assert_int_eq(sl_catalog_put_cargo(cat, &g, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_alloc(cat, &mine, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_containers(mine, "about 6,700", &e),
                     SL_OK);
    sl_scenario_clear_cargo_types(mine);
    ck_assert_int_eq(sl_scenario_add_cargo_type(mine, "152mm-round", "0.6",
                                                &e), SL_OK);
    ck_assert_int_eq(sl_scenario_add_cargo_type(mine, "crate-third", "rest",
                                                &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_claim(mine, "at least 1.5 million",
                                           "Shin, \"Bloomberg\"", "2024-06-14",
                                           &e), SL_OK);
    rules = *sl_scenario_load_rules(mine);
    rules.margin_width = 37.5;
    rules.margin_width_range[0] = rules.margin_width_range[1] = 37.5;
    ck_assert_int_eq(sl_scenario_set_load_rules(mine, &rules, &e), SL_OK);
    sl_options_init(&opt);
    opt.samples = 600;
    opt.seed = UINT64_MAX - 6;
    opt.threads = 1;
    ck_assert_int_eq(sl_scenario_to_json(mine, &opt, 0, &text, &e), SL_OK);
    ck_assert_ptr_nonnull(strstr(text, "\"seed\": \"18446744073709551609\""));
    ck_assert_ptr_nonnull(strstr(text, "\"margin_width\": 37.5,"));
    ck_assert_ptr_nonnull(strstr(text, "\"margin_length\": [\n      0,\n"));
    ck_assert_ptr_nonnull(strstr(text, "\"value\": \"at least 1500000\""));
    ck_assert_ptr_nonnull(strstr(text, "\"containers\": \"about 6700\""));
    ck_assert_ptr_nonnull(strstr(text, "\"id\": \"crate-third\""));
    /* the built-in catalog has no crate-third: the file brings it */
    ck_assert_int_eq(sl_catalog_builtin(&plain, &e), SL_OK);
    ck_assert_ptr_null(sl_catalog_find_cargo(plain, "crate-third"));
    ck_assert_int_eq(sl_scenario_alloc(plain, &back, &e), SL_OK);
    sl_options_init(&opt2);
    ck_assert_int_eq(sl_scenario_load_string(back, &opt2, text, "written",
                                             &e), SL_OK);
    ck_assert_uint_eq(opt2.samples, 600);
    ck_assert(opt2.seed == opt.seed);
    ck_assert(sl_scenario_cargo_type(back, 1, NULL, NULL)->package[0]
                  .gross.nominal == g.package[0].gross.nominal);
    ck_assert_int_eq(sl_scenario_to_json(back, &opt2, 0, &again, &e), SL_OK);
    ck_assert_str_eq(again, text);
    opt2.threads = 1;
    assert_same_run(mine, &opt, back, &opt2);
    sl_free(again);
    sl_free(text);
    sl_scenario_free(back);
    sl_scenario_free(mine);
    sl_catalog_free(plain);
}
END_TEST

/* A scenario's and a catalog's notes (where the assumptions come from)
 * are kept: loaded, copied and written back.  sl_scenario_to_json and
 * sl_catalog_to_json wrote "written by shipload ..." in their place, so a
 * file's reasons were lost on --scenario-out and --list --json. */
START_TEST(test_notes_kept)
{
    static const char mine[] = "Row E: the source states 300 to 500 shells.\n"
                               "Second line, \u00e9t\u00e9 \"quoted\"";
    sl_scenario *back = NULL, *cp = NULL;
    sl_catalog *c2 = NULL;
    char doc[512], *text = NULL, *again = NULL;
    /* none set: the writer names itself */
    ck_assert_str_eq(sl_scenario_notes(sc), "");
    ck_assert_int_eq(sl_scenario_to_json(sc, NULL, 0, &text, &e), SL_OK);
    ck_assert_ptr_nonnull(strstr(text, "\"notes\": \"written by shipload"));
    sl_free(text);
    /* set, copied, written, read back, written again the same */
    ck_assert_int_eq(sl_scenario_set_notes(sc, mine, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_copy(sc, &cp, &e), SL_OK);
    ck_assert_str_eq(sl_scenario_notes(cp), mine);
    ck_assert_int_eq(sl_scenario_to_json(cp, NULL, 0, &text, &e), SL_OK);
    ck_assert_ptr_null(strstr(text, "written by"));
    ck_assert_int_eq(sl_scenario_alloc(cat, &back, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_load_string(back, NULL, text, "n", &e),
                     SL_OK);
    ck_assert_str_eq(sl_scenario_notes(back), mine);
    ck_assert_int_eq(sl_scenario_to_json(back, NULL, 0, &again, &e), SL_OK);
    ck_assert_str_eq(again, text);
    sl_free(again);
    sl_free(text);
    /* not UTF-8, or not a string: refused, the notes unchanged */
    ck_assert_int_eq(sl_scenario_set_notes(back, "caf\xe9", &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "notes");
    ck_assert_int_eq(sl_scenario_load_string(back, NULL, "{\"notes\": 1}",
                                             "n", &e), SL_EPARSE);
    ck_assert_str_eq(sl_scenario_notes(back), mine);
    ck_assert_int_eq(sl_scenario_set_notes(back, NULL, &e), SL_OK);
    ck_assert_str_eq(sl_scenario_notes(back), "");
    /* a catalog file's notes: added on a line of their own, once */
    ck_assert_int_eq(sl_catalog_alloc(&c2, &e), SL_OK);
    ck_assert_str_eq(sl_catalog_notes(c2), "");
    for (int i = 0; i < 2; i++)
        ck_assert_int_eq(sl_catalog_load_string(c2, "{\"notes\": \"first\"}",
                                                "c", &e), SL_OK);
    ck_assert_str_eq(sl_catalog_notes(c2), "first");
    ck_assert_int_eq(sl_catalog_load_string(c2, "{\"notes\": \"more\"}", "c",
                                            &e), SL_OK);
    ck_assert_str_eq(sl_catalog_notes(c2), "first\nmore");
    ck_assert_int_eq(sl_catalog_to_json(c2, 0, &text, &e), SL_OK);
    ck_assert_ptr_nonnull(strstr(text, "\"notes\": \"first\\nmore\""));
    sl_free(text);
    /* a file that fails leaves them as they were */
    ck_assert_int_eq(sl_catalog_load_string(c2, "{\"notes\": \"x\", "
                                            "\"cargo\": [{\"id\": 5}]}", "c",
                                            &e), SL_EPARSE);
    ck_assert_str_eq(sl_catalog_notes(c2), "first\nmore");
    ck_assert_int_eq(sl_catalog_set_notes(c2, "\xc3", &e), SL_EINVAL);
    ck_assert_str_eq(sl_catalog_notes(c2), "first\nmore");
    /* a scenario file's catalog notes travel in its catalog */
    snprintf(doc, sizeof doc, "{\"catalog\": {\"notes\": \"from a plate\", "
             "\"containers\": []}}");
    ck_assert_int_eq(sl_scenario_load_string(back, NULL, doc, "n", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_to_json(back, NULL, 0, &text, &e), SL_OK);
    ck_assert_ptr_nonnull(strstr(text, "\"catalog\": {\n    \"notes\": "
                                       "\"from a plate\""));
    sl_free(text);
    sl_catalog_free(c2);
    sl_scenario_free(cp);
    sl_scenario_free(back);
}
END_TEST

/* A load rule whose nominal figure is not the middle of its range was
 * written as [low, high], which loads with the middle as nominal: the
 * capacity table and the claim's requirements changed on reload.  It is
 * written {"value": nominal, "range": [low, high]} and comes back whole. */
START_TEST(test_scenario_rule_nominal_round_trip)
{
    sl_scenario *back = NULL;
    sl_options opt;
    sl_load_rules rules = *sl_scenario_load_rules(sc);
    const sl_load_rules *got;
    char *text = NULL, *again = NULL;
    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-round", NULL, &e),
                     SL_OK);
    rules.margin_length = 37.25;
    rules.margin_length_range[0] = 12.5;
    rules.margin_length_range[1] = 187.75;
    rules.dunnage = 61.5;
    rules.dunnage_range[0] = 50;
    rules.dunnage_range[1] = 243.25;
    ck_assert_int_eq(sl_scenario_set_load_rules(sc, &rules, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_to_json(sc, NULL, 0, &text, &e), SL_OK);
    ck_assert_ptr_nonnull(strstr(text, "\"margin_length\": {\n      \"value\": "
                                       "37.25,\n      \"range\": [\n        "
                                       "12.5,\n        187.75\n      ]\n"));
    ck_assert_ptr_nonnull(strstr(text, "\"dunnage\": {\n      \"value\": "
                                       "61.5,\n"));
    /* a middle nominal keeps the plain range */
    ck_assert_ptr_nonnull(strstr(text, "\"margin_height\": [\n      50,\n"));
    ck_assert_int_eq(sl_scenario_alloc(cat, &back, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_load_string(back, NULL, text, "written", &e),
                     SL_OK);
    got = sl_scenario_load_rules(back);
    ck_assert_double_eq(got->margin_length, 37.25);
    ck_assert_double_eq(got->margin_length_range[0], 12.5);
    ck_assert_double_eq(got->margin_length_range[1], 187.75);
    ck_assert_double_eq(got->dunnage, 61.5);
    ck_assert_double_eq(got->dunnage_range[1], 243.25);
    ck_assert_int_eq(sl_scenario_to_json(back, NULL, 0, &again, &e), SL_OK);
    ck_assert_str_eq(again, text);
    /* the same capacity table and claim text, not the middle's */
    sl_options_init(&opt);
    opt.samples = 400;
    opt.seed = 2385;
    opt.threads = 1;
    assert_same_run(sc, &opt, back, &opt);
    sl_free(again);
    sl_free(text);
    sl_scenario_free(back);
}
END_TEST

/* A range claim in the JSON out (value_high, p_in_range and its interval,
 * qualifier "between"), in the samples file's header, and in a scenario
 * file that loads back to the same ends and writes the same text, for
 * ends that print as whole numbers and ends that do not. */
START_TEST(test_range_claim_out)
{
    static const double ends[][2] = {{0.1, 2.385e20}, {1.0 / 3, 4713.25}};
    sl_summary s;
    sl_claim_check cc;
    sl_options opt;
    char claim[96], want[160], *text = NULL, *again = NULL;
    const char *dir = fresh_dir("range");
    json_t *root, *o;
    const double *x;
    size_t n, in = 0;
    double lo, hi;
    ck_assert_int_eq(sl_result_total(res, &s), SL_OK);
    lo = floor(s.p05 * 0.9763);
    hi = ceil(s.p50 * 1.0137);
    snprintf(claim, sizeof claim, "%.0f to %.0f", lo, hi);
    ck_assert_int_eq(sl_scenario_set_claim(sc, claim, "ISW", "2023-10-25",
                                           &e), SL_OK);
    sl_result_free(res);
    res = NULL;
    sl_options_init(&opt);
    opt.samples = 2000;
    opt.seed = 7;
    opt.threads = 1;
    ck_assert_int_eq(sl_estimate(sc, &opt, &res, &e), SL_OK);
    ck_assert_int_eq(sl_result_claim(res, &cc), SL_OK);
    x = sl_result_samples(res, &n);
    for (size_t i = 0; i < n; i++)
        in += x[i] >= lo && x[i] <= hi;
    ck_assert(in > 0 && in < n);
    ck_assert_double_eq(cc.p_in_range, (double)in / (double)n);
    root = json_of(0);
    o = json_object_get(root, "claim");
    assert_num(o, "value", lo);
    assert_num(o, "value_high", hi);
    assert_num(o, "p_in_range", (double)in / (double)n);
    assert_num(o, "p_at_most", cc.p_at_most);
    for (size_t end = 0; end < 2; end++)
        ck_assert_double_eq_tol(json_number_value(json_array_get(
                                    json_object_get(o, "p_in_range_ci"), end)),
                                cc.p_in_range_ci[end], 1e-14);
    ck_assert_str_eq(json_string_value(json_object_get(o, "qualifier")),
                     "between");
    ck_assert_str_eq(json_string_value(json_object_get(o, "text")), cc.text);
    json_decref(root);
    /* the samples file's header */
    snprintf(want, sizeof want, "# claim: %.0f to %.0f (between) source: ISW "
             "date: 2023-10-25\n", lo, hi);
    snprintf(claim, sizeof claim, "%s/totals.txt", dir);
    ck_assert_int_eq(sl_result_write_samples(res, claim, &e), SL_OK);
    text = slurp(claim);
    ck_assert_msg(strstr(text, want), "%s", text);
    free(text);
    /* the scenario file */
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        sl_scenario *back = NULL;
        double l2 = 0, h2 = 0;
        snprintf(claim, sizeof claim, "%.17g to %.17g", ends[k][0], ends[k][1]);
        ck_assert_int_eq(sl_scenario_set_claim(sc, claim, NULL, NULL, &e),
                         SL_OK);
        ck_assert_int_eq(sl_scenario_to_json(sc, NULL, 0, &text, &e), SL_OK);
        ck_assert_int_eq(sl_scenario_alloc(cat, &back, &e), SL_OK);
        ck_assert_msg(sl_scenario_load_string(back, NULL, text, "written",
                                              &e) == SL_OK,
                      "%s: %s\n%s", e.where, e.what, text);
        ck_assert_int_eq(sl_scenario_claim_range(back, &l2, &h2), 1);
        ck_assert(l2 == ends[k][0] && h2 == ends[k][1]);
        ck_assert_int_eq(sl_scenario_to_json(back, NULL, 0, &again, &e),
                         SL_OK);
        ck_assert_str_eq(again, text);
        sl_free(again);
        sl_free(text);
        sl_scenario_free(back);
    }
    /* the form the writer uses for whole ends */
    ck_assert_int_eq(sl_scenario_set_claim(sc, "between 238,500 and 471,300",
                                           NULL, NULL, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_to_json(sc, NULL, 0, &text, &e), SL_OK);
    ck_assert_ptr_nonnull(strstr(text, "\"value\": \"238500 to 471300\""));
    sl_free(text);
}
END_TEST

/* sl_scenario_to_json's errors name the argument; without options there
 * is no samples or seed; a scenario with no claim writes null. */
START_TEST(test_scenario_json_errors)
{
    char *text = (char *)"x";
    ck_assert_int_eq(sl_scenario_to_json(sc, NULL, 0, NULL, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "out");
    ck_assert_int_eq(sl_scenario_to_json(NULL, NULL, 0, &text, &e),
                     SL_EINVAL);
    ck_assert_str_eq(e.where, "sc");
    ck_assert_ptr_null(text);
    ck_assert_int_eq(sl_scenario_to_json(sc, NULL, 2, &text, &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "flags");
    sl_scenario_clear_claim(sc);
    ck_assert_int_eq(sl_scenario_to_json(sc, NULL, SL_JSON_COMPACT, &text,
                                         &e), SL_OK);
    ck_assert_ptr_null(strchr(text, '\n'));
    ck_assert_ptr_null(strstr(text, "\"samples\""));
    ck_assert_ptr_null(strstr(text, "\"seed\""));
    ck_assert_ptr_nonnull(strstr(text, "\"claim\":null"));
    sl_free(text);
}
END_TEST

static Suite *io_write_suite(void)
{
    Suite *s = suite_create("io_write");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_json_contract);
    tcase_add_test(tc, test_json_scenario_and_histogram);
    tcase_add_test(tc, test_json_deterministic_and_errors);
    tcase_add_test(tc, test_csv);
    tcase_add_test(tc, test_samples_file);
    tcase_add_test(tc, test_samples_errors);
    tcase_add_test(tc, test_write_file_atomic);
    tcase_add_test(tc, test_write_file_not_regular);
    tcase_add_test(tc, test_write_file_mode);
    tcase_add_test(tc, test_catalog_round_trip);
    tcase_add_test(tc, test_catalog_json_errors);
    tcase_add_test(tc, test_scenario_round_trip);
    tcase_add_test(tc, test_notes_kept);
    tcase_add_test(tc, test_scenario_rule_nominal_round_trip);
    tcase_add_test(tc, test_scenario_json_errors);
    tcase_add_test(tc, test_range_claim_out);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return sl_test_run(io_write_suite());
}
