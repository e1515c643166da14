/*
 * lib/io.c - results out: JSON, CSV, the samples file, atomic writes.
 * Uses only the public accessors of estimate.h and scenario.h, and the
 * model's rounding of the container count (sli_count_whole).
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <jansson.h>
#include "io_internal.h"
#include "estimate_internal.h" /* SLI_SOLVE_EPSABS, SLI_SOLVE_EPSREL */
#include "model.h" /* sli_count_whole */
#include "scenario_internal.h"

/* Release memory returned by the library. */
void sl_free(void *p)
{
    free(p);
}

/* ------------------------------------------------------------------ */
/* A growing text buffer                                               */

typedef struct sbuf {
    char *s;
    size_t len, cap;
    int failed; /* an allocation failed: the text is incomplete */
} sbuf;

/* json_dumps in the C locale: jansson swaps the locale's decimal point
 * for '.' itself, but reads it with localeconv() (racy beside another
 * thread's setlocale) and only when it is one byte. */
static char *c_dumps(const json_t *root, size_t flags)
{
    locale_t old = sli_c_locale_enter();
    char *s = json_dumps(root, flags);
    sli_c_locale_leave(old);
    return s;
}

/* Append printf-style text. */
static void sb_printf(sbuf *b, const char *fmt, ...) SLI_PRINTF(2, 3);
static void sb_printf(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    int n;
    if (b->failed)
        return;
    va_start(ap, fmt);
    n = sli_vsnprintf(b->s ? b->s + b->len : NULL, b->s ? b->cap - b->len : 0,
                  fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = 1;
        return;
    }
    if (!b->s || b->len + (size_t)n >= b->cap) {
        size_t ncap = (b->cap ? b->cap : 256);
        char *p;
        while (ncap <= b->len + (size_t)n)
            ncap *= 2;
        p = realloc(b->s, ncap);
        if (!p) {
            b->failed = 1;
            return;
        }
        b->s = p;
        b->cap = ncap;
        va_start(ap, fmt);
        sli_vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

/* Hand the text to the caller, or fail with SL_ENOMEM. */
static sl_status sb_finish(sbuf *b, char **out, sl_error *err)
{
    if (b->failed || !b->s) {
        free(b->s);
        return sli_fail(err, SL_ENOMEM, "out", "out of memory");
    }
    *out = b->s;
    return SL_OK;
}

/* ------------------------------------------------------------------ */
/* Atomic file writes                                                  */

/* Write all of data to fd; 0 on failure (errno set). */
static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, data, len);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return 0;
        data += w;
        len -= (size_t)w;
    }
    return 1;
}

/* A new temporary file next to path, its name in tmp (path + ".XXXXXX"),
 * open for writing; -1 on failure (errno set).  With mode >= 0 it gets
 * that mode (the file it replaces keeps its permissions); with mode -1 it
 * is created as open() creates a new file, 0666 less the umask (mkstemp's
 * 0600 would hide the output from the group; umask() cannot be read
 * without setting it, which races with other threads): mkstemp picks a
 * free name, which is then created anew with O_EXCL, retried if taken. */
static int open_temp(char *tmp, size_t n, int mode)
{
    for (int tries = 0; tries < 100; tries++) {
        int fd;
        memcpy(tmp + n, ".XXXXXX", 8);
        fd = mkstemp(tmp);
        if (fd < 0)
            return -1;
        if (mode >= 0) {
            if (fchmod(fd, (mode_t)mode) == 0)
                return fd;
            int e = errno;
            close(fd);
            unlink(tmp);
            errno = e;
            return -1;
        }
        close(fd);
        unlink(tmp);
        fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

/* sl_write_file's work: path names a regular file or nothing; given is
 * the path as the caller wrote it, for messages.  A file replaced keeps
 * its permission bits (and its owner and group where the process may set
 * them); a new file gets 0666 less the umask, as open() would give it. */
static sl_status write_regular(const char *path, const char *given,
                               const void *data, size_t len, sl_error *err)
{
    char *tmp;
    int fd, errnum, mode = -1;
    size_t n;
    struct stat old;
    int replaces = stat(path, &old) == 0;
    if (replaces)
        mode = (int)(old.st_mode & 07777);
    n = strlen(path);
    tmp = malloc(n + 8);
    if (!tmp)
        return sli_fail(err, SL_ENOMEM, given, "out of memory");
    memcpy(tmp, path, n);
    fd = open_temp(tmp, n, mode);
    if (fd < 0) {
        errnum = errno;
        free(tmp);
        return sli_fail(err, SL_EIO, given, "cannot create a file next to "
                        "\"%.150s\": %s", path, sli_strerror(errnum));
    }
    if (replaces && fchown(fd, old.st_uid, old.st_gid) != 0) {
        /* not permitted for another owner: the file becomes the writer's,
           as any rewrite by this user would make it */
    }
    if (!write_all(fd, data, len) || fsync(fd) != 0) {
        errnum = errno;
        close(fd);
        goto fail;
    }
    if (close(fd) != 0 || rename(tmp, path) != 0) {
        errnum = errno;
        goto fail;
    }
    free(tmp);
    return SL_OK;
fail:
    unlink(tmp);
    free(tmp);
    return sli_fail(err, SL_EIO, given, "cannot write \"%.150s\": %s",
                    given, sli_strerror(errnum));
}

/* data into path via a temporary file in the same directory + rename.
 * A symbolic link is written through (the file it names is replaced, the
 * link stays); a path that names no regular file (a device such as
 * /dev/null, a pipe, a directory) is refused: renaming over it would
 * replace the device node itself. */
sl_status sl_write_file(const char *path, const void *data, size_t len,
                        sl_error *err)
{
    char *real = NULL;
    const char *given = path;
    struct stat st;
    sl_status s;
    if (!path || (!data && len > 0))
        return sli_fail(err, SL_EINVAL, path ? "data" : "path",
                        "argument must not be NULL");
    if (!*path)
        return sli_fail(err, SL_EIO, "path", "no file name given");
    if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
        if (!(real = realpath(path, NULL)))
            return sli_fail(err, SL_EIO, given, "cannot write \"%.150s\": "
                            "a symbolic link to a missing file", given);
        path = real;
    }
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        free(real);
        return sli_fail(err, SL_EIO, given, "cannot write \"%.150s\": not "
                        "a regular file (a device, pipe or directory); the "
                        "file is written whole through a temporary file "
                        "renamed over it", given);
    }
    s = write_regular(path, given, data, len, err);
    free(real);
    return s;
}

/* ------------------------------------------------------------------ */
/* JSON                                                                */

/* A number, or null when not finite (jansson refuses NaN and inf). */
static json_t *jnum(double v)
{
    return isfinite(v) ? json_real(v) : json_null();
}

/* A count held in a long. */
static json_t *jlong(long v)
{
    return json_integer((json_int_t)v);
}

/* A whole-number quantity (a count of units or containers) as a JSON
 * integer (470, not 470.0); a number that is not whole, or is beyond
 * 2^53, as a real; null when not finite. */
static json_t *jwhole(double v)
{
    return isfinite(v) && v == floor(v) && fabs(v) < 9007199254740992.0
               ? json_integer((json_int_t)v)
               : jnum(v);
}

/* Set key in obj to v (taking the reference); records a failure. */
static void jset(json_t *obj, const char *key, json_t *v, int *ok)
{
    if (!v || json_object_set_new(obj, key, v) != 0)
        *ok = 0;
}

/* Append v to array arr (taking the reference); records a failure. */
static void jpush(json_t *arr, json_t *v, int *ok)
{
    if (!v || json_array_append_new(arr, v) != 0)
        *ok = 0;
}

/* A range {low, high} as [low, high]. */
static json_t *jpair(const double v[2], int *ok)
{
    json_t *a = json_array();
    if (!a) {
        *ok = 0;
        return NULL;
    }
    jpush(a, jnum(v[0]), ok);
    jpush(a, jnum(v[1]), ok);
    return a;
}

/* A distribution as its text form. */
static json_t *jdist(const sl_dist *d)
{
    char buf[256];
    if (!d)
        return json_null();
    sl_dist_describe(d, buf, sizeof buf);
    return json_string(buf);
}

/* A share: its text form, or "rest". */
static json_t *jshare(const sl_dist *d, int is_rest)
{
    return is_rest ? json_string("rest") : jdist(d);
}

/* The fields of a summary into o, in a fixed key order. */
static json_t *jsummary(json_t *o, const sl_summary *s, int *ok)
{
    jset(o, "mean", jnum(s->mean), ok);
    jset(o, "sd", jnum(s->sd), ok);
    jset(o, "p05", jnum(s->p05), ok);
    jset(o, "p50", jnum(s->p50), ok);
    jset(o, "p95", jnum(s->p95), ok);
    jset(o, "min", jnum(s->min), ok);
    jset(o, "max", jnum(s->max), ok);
    jset(o, "max_found", jnum(s->max_found), ok);
    jset(o, "max_mix", jnum(s->max_mix), ok);
    jset(o, "sample_min", jnum(s->sample_min), ok);
    jset(o, "sample_max", jnum(s->sample_max), ok);
    jset(o, "se_p05", jnum(s->se_p05), ok);
    jset(o, "se_p50", jnum(s->se_p50), ok);
    jset(o, "se_p95", jnum(s->se_p95), ok);
    return o;
}

/* The scenario's list of container or cargo types. */
static json_t *jtypes(const sl_scenario *sc, int cargo, int *ok)
{
    json_t *arr = json_array();
    size_t i, n = cargo ? sl_scenario_cargo_type_count(sc)
                        : sl_scenario_container_type_count(sc);
    for (i = 0; i < n; i++) {
        const sl_dist *share;
        int rest;
        json_t *o = json_object();
        if (cargo) {
            const sl_cargo *g = sl_scenario_cargo_type(sc, i, &share, &rest);
            jset(o, "id", json_string(g->id), ok);
            jset(o, "name", json_string(g->name), ok);
            jset(o, "unit", json_string(g->unit), ok);
            /* so a script can tell munition rows from other cargo */
            jset(o, "munition", json_boolean(g->munition), ok);
        } else {
            const sl_container *c =
                sl_scenario_container_type(sc, i, &share, &rest);
            jset(o, "id", json_string(c->id), ok);
            jset(o, "name", json_string(c->name), ok);
        }
        jset(o, "share", jshare(share, rest), ok);
        jpush(arr, o, ok);
    }
    return arr;
}

/* What the result was computed from. */
static json_t *jscenario(const sl_scenario *sc, int *ok)
{
    json_t *o = json_object(), *r = json_object();
    const sl_load_rules *lr = sl_scenario_load_rules(sc);
    sl_qualifier q;
    const sl_dist *n = sl_scenario_containers(sc, &q);
    jset(o, "title", json_string(sl_scenario_title(sc)), ok);
    jset(o, "containers", jdist(n), ok);
    jset(o, "containers_qualifier", json_string(sl_qualifier_name(q)), ok);
    /* the whole count the model runs at nominal figures (the median of
       the stated count, rounded, at least 1), as a number: "containers"
       is the fitted form, lognormal(8.83, 0.0133) for "6,700 to 7,000" */
    jset(o, "n_containers",
         n ? jwhole(sli_count_whole(sl_dist_quantile(n, 0.5))) : json_null(),
         ok);
    jset(o, "container_types", jtypes(sc, 0, ok), ok);
    jset(o, "cargo", jtypes(sc, 1, ok), ok);
    jset(o, "fill", jdist(sl_scenario_fill(sc)), ok);
    jset(r, "margin_length", jnum(lr->margin_length), ok);
    jset(r, "margin_width", jnum(lr->margin_width), ok);
    jset(r, "margin_height", jnum(lr->margin_height), ok);
    jset(r, "dunnage", jnum(lr->dunnage), ok);
    jset(r, "check_door", json_boolean(lr->check_door), ok);
    jset(r, "margin_length_range", jpair(lr->margin_length_range, ok), ok);
    jset(r, "margin_width_range", jpair(lr->margin_width_range, ok), ok);
    jset(r, "margin_height_range", jpair(lr->margin_height_range, ok), ok);
    jset(r, "dunnage_range", jpair(lr->dunnage_range, ok), ok);
    jset(o, "load_rules", r, ok);
    return o;
}

/* 1 unless the scenario's cargo type id carries no munitions. */
static int carries_munitions(const sl_result *res, const char *id)
{
    const sl_scenario *sc = sl_result_scenario(res);
    for (size_t i = 0; i < sl_scenario_cargo_type_count(sc); i++) {
        const sl_cargo *g = sl_scenario_cargo_type(sc, i, NULL, NULL);
        if (g && strcmp(g->id, id) == 0)
            return g->munition;
    }
    return 1;
}

/* The capacity table. */
static json_t *jcapacity(const sl_result *res, int *ok)
{
    json_t *arr = json_array();
    size_t i, n = sl_result_capacity_count(res);
    for (i = 0; i < n; i++) {
        const sl_capacity *c = sl_result_capacity(res, i);
        json_t *o = json_object();
        jset(o, "container", json_string(c->container), ok);
        jset(o, "cargo", json_string(c->cargo), ok);
        jset(o, "count", jlong(c->count), ok);
        jset(o, "by_weight", jlong(c->by_weight), ok);
        jset(o, "by_geometry",
             c->by_geometry < 0 ? json_null() : jlong(c->by_geometry), ok);
        jset(o, "binding", json_string(sl_binding_name(c->binding)), ok);
        jset(o, "payload", jnum(c->payload), ok);
        jset(o, "unit_gross", jnum(c->unit_gross), ok);
        {
            double lo = 0.0, hi = 0.0, found = 0.0;
            sl_result_capacity_range(res, i, &lo, &hi);
            sl_result_capacity_found(res, i, &found);
            /* whole counts: 468, not 468.0; null: unbounded */
            jset(o, "min", jwhole(lo), ok);
            jset(o, "max", jwhole(hi), ok);
            jset(o, "max_found", jwhole(found), ok);
        }
        /* a cargo of no munitions: count is units, min and max are
           munitions (0) */
        jset(o, "munition", json_boolean(carries_munitions(res, c->cargo)),
             ok);
        jpush(arr, o, ok);
    }
    return arr;
}

/* Totals per cargo type. */
static json_t *jby_cargo(const sl_result *res, int *ok)
{
    json_t *arr = json_array();
    size_t i, n = sl_result_cargo_count(res);
    for (i = 0; i < n; i++) {
        const char *id = NULL;
        sl_summary s;
        json_t *o;
        if (sl_result_cargo_total(res, i, &id, &s) != SL_OK)
            continue;
        o = json_object();
        jset(o, "cargo", json_string(id ? id : ""), ok);
        jpush(arr, jsummary(o, &s, ok), ok);
    }
    return arr;
}

/* The histogram of the total, or null when there is none. */
static json_t *jhistogram(const sl_result *res, int *ok)
{
    size_t i, nbins = 0;
    const double *edges = NULL, *counts = NULL;
    json_t *o, *e, *c;
    if (sl_result_histogram(res, &nbins, &edges, &counts) != SL_OK ||
        !edges || !counts)
        return json_null();
    o = json_object();
    e = json_array();
    c = json_array();
    for (i = 0; i <= nbins; i++)
        jpush(e, jnum(edges[i]), ok);
    for (i = 0; i < nbins; i++)
        jpush(c, jwhole(counts[i]), ok); /* samples: 66, not 66.0 */
    jset(o, "edges", e, ok);
    jset(o, "counts", c, ok);
    return o;
}

/* Sensitivity indices, largest first. */
static json_t *jsensitivity(const sl_result *res, int *ok)
{
    json_t *arr = json_array();
    size_t i, n = sl_result_sensitivity_count(res);
    for (i = 0; i < n; i++) {
        const sl_sensitivity *s = sl_result_sensitivity(res, i);
        json_t *o = json_object();
        jset(o, "input", json_string(s->input), ok);
        jset(o, "index", jnum(s->index), ok);
        jset(o, "rank_corr", jnum(s->rank_corr), ok);
        jpush(arr, o, ok);
    }
    return arr;
}

/* A figure the claim check's solver found, at its resolution: the
 * decimal with the fewest places within SLI_SOLVE_EPSABS +
 * SLI_SOLVE_EPSREL * |v| of v (24450, not 24449.9999994878; 45.3125, not
 * 45.3125000002614); v itself when none is. */
static json_t *jsolved(double v)
{
    double tol = SLI_SOLVE_EPSABS + SLI_SOLVE_EPSREL * fabs(v);
    if (!isfinite(v))
        return json_null();
    for (int d = 0; d <= 15; d++) {
        double p = pow(10.0, d), r = round(v * p) / p;
        if (isfinite(r) && fabs(r - v) <= tol)
            return json_real(r);
    }
    return json_real(v);
}

/* The claim check, or NULL when the scenario has no claim. */
static json_t *jclaim(const sl_result *res, int *ok)
{
    sl_claim_check c;
    const char *source = NULL, *date = NULL;
    json_t *o, *req;
    if (sl_result_claim(res, &c) != SL_OK)
        return NULL;
    sl_scenario_claim(sl_result_scenario(res), NULL, NULL, &source, &date);
    o = json_object();
    req = json_object();
    jset(o, "value", jnum(c.value), ok);
    jset(o, "value_high", jnum(c.value_high), ok);
    jset(o, "qualifier", json_string(sl_qualifier_name(c.qualifier)), ok);
    jset(o, "source", json_string(source ? source : ""), ok);
    jset(o, "date", json_string(date ? date : ""), ok);
    jset(o, "containers", jwhole(c.containers), ok);
    jset(o, "per_container", jnum(c.per_container), ok);
    jset(o, "percentile", jnum(c.percentile), ok);
    jset(o, "p_at_least", jnum(c.p_at_least), ok);
    jset(o, "p_at_most", jnum(c.p_at_most), ok);
    jset(o, "p_in_range", jnum(c.p_in_range), ok);
    jset(o, "p_at_least_ci", jpair(c.p_at_least_ci, ok), ok);
    jset(o, "p_at_most_ci", jpair(c.p_at_most_ci, ok), ok);
    /* null, not [null, null], where p_in_range is null (one total) */
    jset(o, "p_in_range_ci",
         isfinite(c.p_in_range) ? jpair(c.p_in_range_ci, ok) : json_null(),
         ok);
    jset(o, "ratio_to_max", jnum(c.ratio_to_max), ok);
    jset(o, "ratio_to_p50", jnum(c.ratio_to_p50), ok);
    jset(o, "verdict", json_string(sl_verdict_name(c.verdict)), ok);
    jset(o, "needs_more_containers", json_boolean(c.needs_more_containers), ok);
    jset(o, "needs_fewer_containers", json_boolean(c.needs_fewer_containers), ok);
    jset(o, "unsettled", json_boolean(c.unsettled), ok);
    jset(o, "text", json_string(c.text), ok);
    jset(req, "min_max_gross", jsolved(c.min_max_gross), ok);
    jset(req, "max_unit_gross", jsolved(c.max_unit_gross), ok);
    jset(req, "min_munition_share", jnum(c.min_munition_share), ok);
    jset(req, "min_containers", jwhole(c.min_containers), ok);
    jset(o, "requires", req, ok);
    return o;
}

/* The run options. */
static json_t *joptions(const sl_result *res, int *ok)
{
    const sl_options *opt = sl_result_options(res);
    json_t *o = json_object();
    jset(o, "samples", json_integer((json_int_t)sl_result_samples_count(res)),
         ok);
    jset(o, "samples_requested",
         opt ? json_integer((json_int_t)opt->samples) : json_null(), ok);
    if (opt && opt->seed > (uint64_t)LLONG_MAX) {
        char buf[32];
        sli_snprintf(buf, sizeof buf, "%llu", (unsigned long long)opt->seed);
        jset(o, "seed", json_string(buf), ok);
    } else {
        jset(o, "seed", opt ? json_integer((json_int_t)opt->seed)
                            : json_null(), ok);
    }
    {   /* the --precision target, its cap and whether it was reached;
           null when the run was not adaptive */
        int adaptive = opt && opt->rel_precision > 0,
            r = sl_result_precision_reached(res);
        jset(o, "rel_precision",
             adaptive ? jnum(opt->rel_precision) : json_null(), ok);
        jset(o, "max_samples",
             adaptive ? json_integer((json_int_t)opt->max_samples)
                      : json_null(), ok);
        jset(o, "precision_reached", r < 0 ? json_null() : json_boolean(r),
             ok);
    }
    return o;
}

/* The whole result as a JSON tree. */
static json_t *jresult(const sl_result *res, int *ok)
{
    json_t *o = json_object(), *claim;
    sl_summary total;
    jset(o, "version", json_string(sl_version()), ok);
    jset(o, "scenario", jscenario(sl_result_scenario(res), ok), ok);
    jset(o, "options", joptions(res, ok), ok);
    jset(o, "capacity", jcapacity(res, ok), ok);
    if (sl_result_total(res, &total) == SL_OK)
        jset(o, "total", jsummary(json_object(), &total, ok), ok);
    jset(o, "by_cargo", jby_cargo(res, ok), ok);
    jset(o, "histogram", jhistogram(res, ok), ok);
    jset(o, "sensitivity", jsensitivity(res, ok), ok);
    jset(o, "sensitivity_note",
         sl_result_sensitivity_note(res)
             ? json_string(sl_result_sensitivity_note(res))
             : json_null(),
         ok);
    claim = jclaim(res, ok);
    if (claim)
        jset(o, "claim", claim, ok);
    return o;
}

/* The result as one JSON object (keys in a fixed order). */
sl_status sl_result_to_json(const sl_result *res, int flags, char **out,
                            sl_error *err)
{
    json_t *root;
    int ok = 1;
    size_t jflags = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15);
    if (!out)
        return sli_fail(err, SL_EINVAL, "out", "out must not be NULL");
    *out = NULL;
    if (!res)
        return sli_fail(err, SL_EINVAL, "res", "result must not be NULL");
    if (flags & ~SL_JSON_COMPACT)
        return sli_fail(err, SL_EINVAL, "flags", "unknown flags 0x%x; "
                        "expected 0 or SL_JSON_COMPACT", (unsigned)flags);
    jflags |= (flags & SL_JSON_COMPACT) ? JSON_COMPACT : JSON_INDENT(2);
    root = jresult(res, &ok);
    if (ok)
        *out = c_dumps(root, jflags);
    json_decref(root);
    if (!*out)
        return sli_fail(err, SL_ENOMEM, "out", "out of memory");
    return SL_OK;
}

/* ------------------------------------------------------------------ */
/* The catalog as a catalog file                                       */

/* The fewest significant digits, from prec up to 17, that give back v. */
static int digits_for(double v, int prec)
{
    char buf[40];
    for (; prec < 17 && isfinite(v); prec++) {
        sli_snprintf(buf, sizeof buf, "%.*g", prec, v);
        if (sli_strtod(buf, NULL) == v)
            break;
    }
    return prec;
}

/* digits_for over every number of a container entry. */
static int container_digits(const sl_container *c, int prec)
{
    const sl_figure *f[] = {&c->length, &c->width, &c->height,
                            &c->door_width, &c->door_height, &c->tare,
                            &c->max_gross};
    for (size_t j = 0; j < sizeof f / sizeof *f; j++)
        prec = digits_for(f[j]->nominal, prec);
    return prec;
}

/* digits_for over every number of a cargo entry. */
static int cargo_digits(const sl_cargo *g, int prec)
{
    prec = digits_for(g->unit_mass.nominal, prec);
    for (size_t k = 0; k < g->npackages && k < SL_CARGO_PACKAGES_MAX; k++) {
        const sl_package *p = &g->package[k];
        const sl_figure *f[] = {&p->length, &p->width, &p->height, &p->gross};
        prec = digits_for(p->units, prec);
        for (size_t j = 0; j < sizeof f / sizeof *f; j++)
            prec = digits_for(f[j]->nominal, prec);
    }
    return prec;
}

/* The fewest significant digits, 15 to 17, that give back every number
 * of the catalog (15 for figures typed in decimal, so 43.56 is not
 * written 43.560000000000002): a written catalog loads to the same
 * doubles. */
static int cat_precision(const sl_catalog *cat)
{
    int prec = 15;
    for (size_t i = 0; i < sl_catalog_container_count(cat); i++)
        prec = container_digits(sl_catalog_container_at(cat, i), prec);
    for (size_t i = 0; i < sl_catalog_cargo_count(cat); i++)
        prec = cargo_digits(sl_catalog_cargo_at(cat, i), prec);
    return prec;
}

/* A catalog number: an integer when it is whole (5898, not 5898.0). */
static json_t *jvalue(double v)
{
    return isfinite(v) && v == floor(v) && fabs(v) < 9007199254740992.0
               ? json_integer((json_int_t)v)
               : jnum(v);
}

/* A figure {value, conf, source, range} (range only when uncertain; the
 * text form round-trips, sl_dist_describe). */
static json_t *jfigure(const sl_figure *f, int *ok)
{
    json_t *o = json_object();
    if (!o) {
        *ok = 0;
        return NULL;
    }
    jset(o, "value", jvalue(f->nominal), ok);
    jset(o, "conf", json_string(sl_confidence_name(f->conf)), ok);
    jset(o, "source", json_string(f->source), ok);
    if (!sl_dist_is_const(&f->dist))
        jset(o, "range", jdist(&f->dist), ok);
    return o;
}

/* A container entry with every field. */
static json_t *jcontainer_entry(const sl_container *c, int *ok)
{
    json_t *o = json_object();
    if (!o) {
        *ok = 0;
        return NULL;
    }
    jset(o, "id", json_string(c->id), ok);
    jset(o, "name", json_string(c->name), ok);
    jset(o, "length", jfigure(&c->length, ok), ok);
    jset(o, "width", jfigure(&c->width, ok), ok);
    jset(o, "height", jfigure(&c->height, ok), ok);
    jset(o, "door_width", jfigure(&c->door_width, ok), ok);
    jset(o, "door_height", jfigure(&c->door_height, ok), ok);
    jset(o, "tare", jfigure(&c->tare, ok), ok);
    jset(o, "max_gross", jfigure(&c->max_gross, ok), ok);
    return o;
}

/* A package with every field (max_stack [low, high] when uncertain). */
static json_t *jpackage(const sl_package *p, int *ok)
{
    json_t *o = json_object();
    if (!o) {
        *ok = 0;
        return NULL;
    }
    jset(o, "name", json_string(p->name), ok);
    jset(o, "units", jvalue(p->units), ok);
    jset(o, "length", jfigure(&p->length, ok), ok);
    jset(o, "width", jfigure(&p->width, ok), ok);
    jset(o, "height", jfigure(&p->height, ok), ok);
    jset(o, "gross", jfigure(&p->gross, ok), ok);
    jset(o, "vertical", json_string(p->vertical), ok);
    if (p->max_stack_hi) {
        json_t *a = json_array();
        if (!a)
            *ok = 0;
        else {
            jpush(a, json_integer(p->max_stack), ok);
            jpush(a, json_integer(p->max_stack_hi), ok);
        }
        jset(o, "max_stack", a, ok);
    } else
        jset(o, "max_stack", json_integer(p->max_stack), ok);
    return o;
}

/* A cargo entry with every field (packages only for packaged cargo). */
static json_t *jcargo_entry(const sl_cargo *g, int *ok)
{
    json_t *o = json_object(), *a;
    if (!o) {
        *ok = 0;
        return NULL;
    }
    jset(o, "id", json_string(g->id), ok);
    jset(o, "name", json_string(g->name), ok);
    jset(o, "unit", json_string(g->unit), ok);
    jset(o, "kind", json_string(g->kind == SL_CARGO_PACKAGED ? "packaged"
                                                             : "mass-equiv"),
         ok);
    jset(o, "munition", json_boolean(g->munition), ok);
    jset(o, "unit_mass", jfigure(&g->unit_mass, ok), ok);
    if (g->kind != SL_CARGO_PACKAGED)
        return o;
    if (!(a = json_array()))
        *ok = 0;
    for (size_t k = 0; a && k < g->npackages && k < SL_CARGO_PACKAGES_MAX;
         k++)
        jpush(a, jpackage(&g->package[k], ok), ok);
    jset(o, "packages", a, ok);
    return o;
}

sl_status sl_catalog_to_json(const sl_catalog *cat, int flags, char **out,
                             sl_error *err)
{
    json_t *root, *cs, *gs;
    int ok = 1;
    size_t jflags = JSON_PRESERVE_ORDER;
    if (!out)
        return sli_fail(err, SL_EINVAL, "out", "out must not be NULL");
    *out = NULL;
    if (!cat)
        return sli_fail(err, SL_EINVAL, "cat", "catalog must not be NULL");
    if (flags & ~SL_JSON_COMPACT)
        return sli_fail(err, SL_EINVAL, "flags", "unknown flags 0x%x; "
                        "expected 0 or SL_JSON_COMPACT", (unsigned)flags);
    jflags |= (flags & SL_JSON_COMPACT) ? JSON_COMPACT : JSON_INDENT(2);
    jflags |= JSON_REAL_PRECISION(cat_precision(cat));
    root = json_object();
    cs = json_array();
    gs = json_array();
    if (!root || !cs || !gs)
        ok = 0;
    for (size_t i = 0; ok && i < sl_catalog_container_count(cat); i++)
        jpush(cs, jcontainer_entry(sl_catalog_container_at(cat, i), &ok), &ok);
    for (size_t i = 0; ok && i < sl_catalog_cargo_count(cat); i++)
        jpush(gs, jcargo_entry(sl_catalog_cargo_at(cat, i), &ok), &ok);
    if (root) {
        const char *notes = sl_catalog_notes(cat);
        jset(root, "notes", *notes ? json_string(notes)
                                   : json_sprintf("written by shipload %s "
                                                  "(sl_catalog_to_json)",
                                                  sl_version()), &ok);
        jset(root, "containers", cs, &ok);
        jset(root, "cargo", gs, &ok);
    } else {
        json_decref(cs);
        json_decref(gs);
    }
    if (ok)
        *out = c_dumps(root, jflags);
    json_decref(root);
    if (!*out)
        return sli_fail(err, SL_ENOMEM, "out", "out of memory");
    return SL_OK;
}

/* ------------------------------------------------------------------ */
/* The scenario as a scenario file                                     */

/* "QUALIFIER COUNT" ("at least 10000", "about uniform(6700, 7000)"), or
 * the count alone when exact. */
static json_t *jqualified(const sl_dist *d, sl_qualifier q)
{
    char num[256], text[300];
    sl_dist_describe(d, num, sizeof num);
    if (q == SL_QUAL_EXACT)
        return json_string(num);
    sli_snprintf(text, sizeof text, "%s %s", sl_qualifier_name(q), num);
    return json_string(text);
}

/* A load rule: a number when exact, [low, high] when its nominal is the
 * middle, else {"value": nominal, "range": [low, high]}: each loads back
 * to the same figure and range. */
static json_t *jrule(double fig, const double range[2], int *ok)
{
    json_t *a, *o;
    if (range[0] == range[1] && range[0] == fig)
        return jvalue(fig);
    if (!(a = json_array())) {
        *ok = 0;
        return NULL;
    }
    jpush(a, jvalue(range[0]), ok);
    jpush(a, jvalue(range[1]), ok);
    if (fig == sli_rule_middle(range))
        return a; /* loads back with the middle as nominal */
    if (!(o = json_object())) {
        json_decref(a);
        *ok = 0;
        return NULL;
    }
    jset(o, "value", jvalue(fig), ok);
    jset(o, "range", a, ok);
    return o;
}

/* The type lists: [{id, share}], shares as text or "rest". */
static json_t *jtype_list(const sl_scenario *sc, int cargo, int *ok)
{
    json_t *a = json_array();
    size_t n = cargo ? sl_scenario_cargo_type_count(sc)
                     : sl_scenario_container_type_count(sc);
    if (!a) {
        *ok = 0;
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        const sl_dist *share = NULL;
        int rest = 0;
        const char *id =
            cargo ? sl_scenario_cargo_type(sc, i, &share, &rest)->id
                  : sl_scenario_container_type(sc, i, &share, &rest)->id;
        json_t *o = json_object();
        if (!o) {
            *ok = 0;
            break;
        }
        jset(o, "id", json_string(id), ok);
        jset(o, "share", jshare(share, rest), ok);
        jpush(a, o, ok);
    }
    return a;
}

/* The entries the scenario uses, as a catalog file's object. */
static json_t *jused_catalog(const sl_scenario *sc, int *ok)
{
    json_t *o = json_object(), *cs = json_array(), *gs = json_array();
    if (!o || !cs || !gs) {
        json_decref(o);
        json_decref(cs);
        json_decref(gs);
        *ok = 0;
        return NULL;
    }
    for (size_t i = 0; i < sl_scenario_container_type_count(sc); i++)
        jpush(cs, jcontainer_entry(sl_scenario_container_type(sc, i, NULL,
                                                              NULL), ok), ok);
    for (size_t i = 0; i < sl_scenario_cargo_type_count(sc); i++)
        jpush(gs, jcargo_entry(sl_scenario_cargo_type(sc, i, NULL, NULL), ok),
              ok);
    if (*sli_scenario_catalog_notes(sc)) /* a catalog file's, or the
                                             scenario file's own */
        jset(o, "notes", json_string(sli_scenario_catalog_notes(sc)), ok);
    jset(o, "containers", cs, ok);
    jset(o, "cargo", gs, ok);
    return o;
}

/* The scenario's load rules as a scenario file's object. */
static json_t *jrules_entry(const sl_load_rules *r, int *ok)
{
    json_t *o = json_object();
    if (!o) {
        *ok = 0;
        return NULL;
    }
    jset(o, "margin_length", jrule(r->margin_length, r->margin_length_range,
                                   ok), ok);
    jset(o, "margin_width", jrule(r->margin_width, r->margin_width_range, ok),
         ok);
    jset(o, "margin_height", jrule(r->margin_height, r->margin_height_range,
                                   ok), ok);
    jset(o, "dunnage", jrule(r->dunnage, r->dunnage_range, ok), ok);
    jset(o, "check_door", json_boolean(r->check_door), ok);
    return o;
}

/* The claim's value as text that sl_scenario_set_claim reads back to the
 * same: "up to 4800000", or "300000 to 500000" for a range. */
static void claim_value_text(const sl_scenario *sc, char *text, size_t n)
{
    double v, high;
    sl_qualifier q;
    char num[40], num2[40];
    sl_scenario_claim(sc, &v, &q, NULL, NULL);
    sli_format_exact(v, num, sizeof num);
    if (sl_scenario_claim_range(sc, NULL, &high)) {
        sli_format_exact(high, num2, sizeof num2);
        sli_snprintf(text, n, "%s to %s", num, num2);
    } else
        sli_snprintf(text, n, "%s%s%s", q == SL_QUAL_EXACT ? "" :
                 sl_qualifier_name(q), q == SL_QUAL_EXACT ? "" : " ", num);
}

/* The claim {value, source, date}. */
static json_t *jclaim_entry(const sl_scenario *sc, int *ok)
{
    const char *src = NULL, *date = NULL;
    char text[300];
    json_t *o;
    if (!sl_scenario_claim(sc, NULL, NULL, &src, &date))
        return json_null();
    if (!(o = json_object())) {
        *ok = 0;
        return NULL;
    }
    claim_value_text(sc, text, sizeof text);
    jset(o, "value", json_string(text), ok);
    jset(o, "source", json_string(src ? src : ""), ok);
    jset(o, "date", json_string(date ? date : ""), ok);
    return o;
}

/* Every field of a scenario file for sc and opt (opt may be NULL). */
static json_t *jscenario_file(const sl_scenario *sc, const sl_options *opt,
                              int *ok)
{
    json_t *root = json_object();
    sl_qualifier q = SL_QUAL_EXACT;
    const sl_dist *n = sl_scenario_containers(sc, &q);
    if (!root) {
        *ok = 0;
        return NULL;
    }
    jset(root, "notes", *sl_scenario_notes(sc)
                            ? json_string(sl_scenario_notes(sc))
                            : json_sprintf("written by shipload %s "
                                           "(sl_scenario_to_json)",
                                           sl_version()), ok);
    jset(root, "title", json_string(sl_scenario_title(sc)), ok);
    if (n)
        jset(root, "containers", jqualified(n, q), ok);
    jset(root, "container_types", jtype_list(sc, 0, ok), ok);
    jset(root, "cargo", jtype_list(sc, 1, ok), ok);
    jset(root, "fill", jdist(sl_scenario_fill(sc)), ok);
    jset(root, "load_rules", jrules_entry(sl_scenario_load_rules(sc), ok), ok);
    jset(root, "claim", jclaim_entry(sc, ok), ok);
    if (opt) {
        char seed[24];
        jset(root, "samples", json_integer((json_int_t)opt->samples), ok);
        sli_snprintf(seed, sizeof seed, "%llu", (unsigned long long)opt->seed);
        jset(root, "seed", opt->seed > (uint64_t)INT64_MAX
                               ? json_string(seed)
                               : json_integer((json_int_t)opt->seed), ok);
    }
    jset(root, "catalog", jused_catalog(sc, ok), ok);
    return root;
}

sl_status sl_scenario_to_json(const sl_scenario *sc, const sl_options *opt,
                              int flags, char **out, sl_error *err)
{
    json_t *root;
    int ok = 1, prec = 15;
    size_t jflags = JSON_PRESERVE_ORDER;
    if (!out)
        return sli_fail(err, SL_EINVAL, "out", "out must not be NULL");
    *out = NULL;
    if (!sc)
        return sli_fail(err, SL_EINVAL, "sc", "scenario must not be NULL");
    if (flags & ~SL_JSON_COMPACT)
        return sli_fail(err, SL_EINVAL, "flags", "unknown flags 0x%x; "
                        "expected 0 or SL_JSON_COMPACT", (unsigned)flags);
    for (size_t i = 0; i < sl_scenario_container_type_count(sc); i++)
        prec = container_digits(sl_scenario_container_type(sc, i, NULL, NULL),
                                prec);
    for (size_t i = 0; i < sl_scenario_cargo_type_count(sc); i++)
        prec = cargo_digits(sl_scenario_cargo_type(sc, i, NULL, NULL), prec);
    {
        const sl_load_rules *r = sl_scenario_load_rules(sc);
        const double *v[] = {r->margin_length_range, r->margin_width_range,
                             r->margin_height_range, r->dunnage_range};
        for (size_t j = 0; j < sizeof v / sizeof *v; j++)
            prec = digits_for(v[j][1], digits_for(v[j][0], prec));
    }
    jflags |= (flags & SL_JSON_COMPACT) ? JSON_COMPACT : JSON_INDENT(2);
    jflags |= JSON_REAL_PRECISION(prec);
    root = jscenario_file(sc, opt, &ok);
    if (ok)
        *out = c_dumps(root, jflags);
    json_decref(root);
    if (!*out)
        return sli_fail(err, SL_ENOMEM, "out", "out of memory");
    return SL_OK;
}

/* ------------------------------------------------------------------ */
/* CSV                                                                 */

/* A CSV field: quoted (with doubled quotes) when it needs to be. */
static void csv_text(sbuf *b, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        sb_printf(b, "%s", s);
        return;
    }
    sb_printf(b, "\"");
    for (; *s; s++) {
        if (*s == '"')
            sb_printf(b, "\"\"");
        else
            sb_printf(b, "%c", *s);
    }
    sb_printf(b, "\"");
}

/* A CSV number: %.15g, empty when not finite. */
static void csv_num(sbuf *b, double v)
{
    if (isfinite(v))
        sb_printf(b, ",%.15g", v);
    else
        sb_printf(b, ",");
}

/* One summary row. */
static void csv_summary(sbuf *b, const char *prefix, const char *name,
                        const sl_summary *s)
{
    char label[SL_ID_MAX + 16];
    sli_snprintf(label, sizeof label, "%s%s", prefix, name);
    csv_text(b, label);
    csv_num(b, s->mean);
    csv_num(b, s->sd);
    csv_num(b, s->p05);
    csv_num(b, s->p50);
    csv_num(b, s->p95);
    csv_num(b, s->sample_min);
    csv_num(b, s->sample_max);
    csv_num(b, s->min);
    csv_num(b, s->max);
    csv_num(b, s->max_found);
    csv_num(b, s->max_mix);
    sb_printf(b, "\n");
}

/* The summary and capacity tables as CSV. */
sl_status sl_result_to_csv(const sl_result *res, char **out, sl_error *err)
{
    sbuf b = {NULL, 0, 0, 0};
    sl_summary s;
    size_t i;
    if (!out)
        return sli_fail(err, SL_EINVAL, "out", "out must not be NULL");
    *out = NULL;
    if (!res)
        return sli_fail(err, SL_EINVAL, "res", "result must not be NULL");
    sb_printf(&b, "quantity,mean,sd,p05,p50,p95,sample_min,sample_max,min,"
              "max,max_found,max_mix\n");
    if (sl_result_total(res, &s) == SL_OK)
        csv_summary(&b, "", "total", &s);
    for (i = 0; i < sl_result_cargo_count(res); i++) {
        const char *id = NULL;
        if (sl_result_cargo_total(res, i, &id, &s) == SL_OK)
            csv_summary(&b, "cargo:", id ? id : "", &s);
    }
    sb_printf(&b, "\ncontainer,cargo,count,by_weight,by_geometry,binding,"
              "payload_kg,unit_gross_kg,min,max,max_found\n");
    for (i = 0; i < sl_result_capacity_count(res); i++) {
        const sl_capacity *c = sl_result_capacity(res, i);
        double lo = 0.0, hi = 0.0, found = 0.0;
        sl_result_capacity_range(res, i, &lo, &hi);
        sl_result_capacity_found(res, i, &found);
        csv_text(&b, c->container);
        sb_printf(&b, ",");
        csv_text(&b, c->cargo);
        sb_printf(&b, ",%ld,%ld,", c->count, c->by_weight);
        if (c->by_geometry >= 0)
            sb_printf(&b, "%ld", c->by_geometry);
        sb_printf(&b, ",%s", sl_binding_name(c->binding));
        csv_num(&b, c->payload);
        csv_num(&b, c->unit_gross);
        csv_num(&b, lo);
        csv_num(&b, hi);
        csv_num(&b, found);
        sb_printf(&b, "\n");
    }
    return sb_finish(&b, out, err);
}

/* ------------------------------------------------------------------ */
/* The samples file: totals with an audit-trail header                 */

/* "# name: value conf source" for one figure. */
static void audit_figure(sbuf *b, const char *owner, const char *name,
                         const sl_figure *f)
{
    char range[160];
    sl_dist_describe(&f->dist, range, sizeof range);
    sb_printf(b, "# figure %s.%s: %.15g (%s; %s) source: %s\n", owner, name,
              f->nominal, sl_confidence_name(f->conf), range, f->source);
}

/* Every figure of a container type. */
static void audit_container(sbuf *b, const sl_container *c)
{
    audit_figure(b, c->id, "length", &c->length);
    audit_figure(b, c->id, "width", &c->width);
    audit_figure(b, c->id, "height", &c->height);
    audit_figure(b, c->id, "door_width", &c->door_width);
    audit_figure(b, c->id, "door_height", &c->door_height);
    audit_figure(b, c->id, "tare", &c->tare);
    audit_figure(b, c->id, "max_gross", &c->max_gross);
}

/* Every figure of a cargo type. */
static void audit_cargo(sbuf *b, const sl_cargo *g)
{
    size_t k;
    audit_figure(b, g->id, "unit_mass", &g->unit_mass);
    for (k = 0; k < g->npackages && k < SL_CARGO_PACKAGES_MAX; k++) {
        const sl_package *p = &g->package[k];
        char owner[SL_ID_MAX + 24];
        sli_snprintf(owner, sizeof owner, "%s.package[%zu]", g->id, k);
        sb_printf(b, "# package %s: %s, %g units, vertical %s, max stack "
                  "%d", owner, p->name, p->units, p->vertical, p->max_stack);
        if (p->max_stack_hi)
            sb_printf(b, " to %d (uniform)", p->max_stack_hi);
        sb_printf(b, "\n");
        audit_figure(b, owner, "length", &p->length);
        audit_figure(b, owner, "width", &p->width);
        audit_figure(b, owner, "height", &p->height);
        audit_figure(b, owner, "gross", &p->gross);
    }
}

/* The scenario part of the header. */
static void audit_scenario(sbuf *b, const sl_scenario *sc)
{
    char text[256];
    sl_qualifier q;
    const sl_dist *d = sl_scenario_containers(sc, &q);
    const sl_load_rules *r = sl_scenario_load_rules(sc);
    const char *src, *date;
    double v;
    size_t i;
    sb_printf(b, "# title: %s\n", sl_scenario_title(sc));
    if (d)
        sl_dist_describe(d, text, sizeof text);
    sb_printf(b, "# containers: %s (%s)\n", d ? text : "not set",
              sl_qualifier_name(q));
    for (i = 0; i < sl_scenario_container_type_count(sc); i++) {
        const sl_dist *share;
        int rest;
        const sl_container *c = sl_scenario_container_type(sc, i, &share,
                                                           &rest);
        sl_dist_describe(share, text, sizeof text);
        sb_printf(b, "# container_type: %s share %s\n", c->id,
                  rest ? "rest" : text);
    }
    for (i = 0; i < sl_scenario_cargo_type_count(sc); i++) {
        const sl_dist *share;
        int rest;
        const sl_cargo *g = sl_scenario_cargo_type(sc, i, &share, &rest);
        sl_dist_describe(share, text, sizeof text);
        sb_printf(b, "# cargo: %s share %s\n", g->id, rest ? "rest" : text);
    }
    sl_dist_describe(sl_scenario_fill(sc), text, sizeof text);
    sb_printf(b, "# fill: %s\n", text);
    sb_printf(b, "# load_rules: margins %g x %g x %g mm (ranges %g to %g, "
              "%g to %g, %g to %g, at one quantile), dunnage %g kg (range "
              "%g to %g), door check %s\n", r->margin_length,
              r->margin_width, r->margin_height, r->margin_length_range[0],
              r->margin_length_range[1], r->margin_width_range[0],
              r->margin_width_range[1], r->margin_height_range[0],
              r->margin_height_range[1], r->dunnage, r->dunnage_range[0],
              r->dunnage_range[1], r->check_door ? "on" : "off");
    if (sl_scenario_claim(sc, &v, &q, &src, &date)) {
        double high;
        if (sl_scenario_claim_range(sc, NULL, &high))
            sb_printf(b, "# claim: %.15g to %.15g (%s) source: %s date: %s\n",
                      v, high, sl_qualifier_name(q), src, date);
        else
            sb_printf(b, "# claim: %.15g (%s) source: %s date: %s\n", v,
                      sl_qualifier_name(q), src, date);
    }
    for (i = 0; i < sl_scenario_container_type_count(sc); i++)
        audit_container(b, sl_scenario_container_type(sc, i, NULL, NULL));
    for (i = 0; i < sl_scenario_cargo_type_count(sc); i++)
        audit_cargo(b, sl_scenario_cargo_type(sc, i, NULL, NULL));
}

/* Totals of every sample, one per line, after the audit header. */
sl_status sl_result_write_samples(const sl_result *res, const char *path,
                                  sl_error *err)
{
    sbuf b = {NULL, 0, 0, 0};
    const sl_options *opt;
    const double *x;
    size_t i, n = 0;
    char *text = NULL;
    sl_status st;
    if (!res || !path)
        return sli_fail(err, SL_EINVAL, res ? "path" : "res",
                        "argument must not be NULL");
    x = sl_result_samples(res, &n);
    if (!x)
        return sli_fail(err, SL_ESTATE, "samples", "the run kept no samples; "
                        "run with opt.keep_samples = 1");
    opt = sl_result_options(res);
    sb_printf(&b, "# shipload %s samples of the total munition count\n",
              sl_version());
    sb_printf(&b, "# samples: %zu seed: %llu\n", n,
              opt ? (unsigned long long)opt->seed : 0ULL);
    audit_scenario(&b, sl_result_scenario(res));
    sb_printf(&b, "total\n");
    for (i = 0; i < n; i++)
        sb_printf(&b, "%.17g\n", x[i]);
    st = sb_finish(&b, &text, err);
    if (st != SL_OK)
        return st;
    st = sl_write_file(path, text, strlen(text), err);
    free(text);
    return st;
}
