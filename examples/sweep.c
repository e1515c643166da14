/* examples/sweep.c - one input over several values (sweep.h). */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "cli.h"
#include "plot.h"
#include "register.h"
#include "sweep.h"

int sweep_bad(const char *fmt, ...)
{
    va_list ap;
    int rc;
    va_start(ap, fmt);
    rc = cli_bad("--sweep", fmt, ap);
    va_end(ap);
    return rc;
}

/* sweep_bad for the input sw: the message names sw->flag ("--solve"),
 * or --sweep when it is NULL; returns 2. */
static int input_bad(const sweep *sw, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int input_bad(const sweep *sw, const char *fmt, ...)
{
    va_list ap;
    int rc;
    va_start(ap, fmt);
    rc = cli_bad(sw->flag ? sw->flag : "--sweep", fmt, ap);
    va_end(ap);
    return rc;
}

/* The id of a share sweep ("share:ID"). */
static const char *share_id(const sweep *sw)
{
    return sw->name + 6;
}

int sweep_parse_name(const char *name, size_t len, sweep *sw)
{
    if (len == 10 && !strncmp(name, "containers", 10))
        sw->input = SWEEP_CONTAINERS;
    else if (len == 4 && !strncmp(name, "fill", 4))
        sw->input = SWEEP_FILL;
    else if (len > 6 && !strncmp(name, "share:", 6)) {
        if (len >= sizeof sw->name)
            return input_bad(sw, "'%.*s...': no catalog id is longer than %d "
                             "characters", 40, name, SL_ID_MAX - 1);
        sw->input = SWEEP_SHARE;
    } else
        return input_bad(sw, "unknown input '%.*s'; the inputs are "
                         "containers, fill and share:ID (ID a cargo or "
                         "container type of the scenario), as in %s",
                         (int)(len < 60 ? len : 60), name,
                         sw->flag ? "containers=1:25000"
                                  : "containers=10000:40000:7");
    memcpy(sw->name, name, len);
    sw->name[len] = '\0';
    return 0;
}

int sweep_parse_value(const char *s, size_t len, sweep_input in, int whole,
                       double *out, const char **why)
{
    char buf[64], *end;
    size_t n;
    int pct = 0;
    while (len && (*s == ' ' || *s == '\t'))
        s++, len--;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    *why = len == 0 ? "is empty" : "is too long";
    if (len == 0 || len >= sizeof buf)
        return -1;
    memcpy(buf, s, len);
    buf[len] = '\0';
    n = strlen(buf);
    if (buf[n - 1] == '%') {
        *why = "is a percentage, and a count is a number (10000)";
        if (in == SWEEP_CONTAINERS)
            return -1;
        buf[--n] = '\0';
        pct = 1;
    }
    *why = in == SWEEP_CONTAINERS ? "is not a number of containers (10000)"
                                  : "is not a fraction (0.8) or a "
                                    "percentage (80%)";
    errno = 0;
    *out = strtod(buf, &end);
    if (n == 0 || end == buf || *end || errno || strpbrk(buf, "xX") ||
        !isfinite(*out))
        return -1;
    if (in == SWEEP_CONTAINERS && strspn(buf, "0") >= 1 && n >= 2 &&
        strspn(buf, "0123456789") == n) { /* "000" of "10,000" */
        *why = "starts with 0: commas separate the values here, so write "
               "10000, not 10,000";
        return -1;
    }
    *why = "is not a whole number of containers";
    if (whole && in == SWEEP_CONTAINERS && *out != floor(*out))
        return -1;
    /* the library's own limit, said here before the value is printed:
       1e30 read "1,000,000,000,000,000,019,884,624,838,6" in its message */
    *why = "is above 10^9 containers, the most a scenario takes";
    if (in == SWEEP_CONTAINERS && *out > SL_CONTAINERS_MAX)
        return -1;
    if (pct)
        *out /= 100;
    if (*out == 0) /* "-0" is 0: it printed as a fill of "-0" */
        *out = 0.0;
    return 0;
}

/* v rounded to 12 significant digits: the values of LO:HI:N as written
 * (0.5:1:6 gives 0.6, not 0.6000000000000001). */
static double tidy(double v)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.12g", v);
    return strtod(buf, NULL);
}

/* "LO:HI:N" (values at column col of the argument) into sw; 0 or 2. */
static int parse_range(const char *values, int col, sweep *sw)
{
    const char *c1 = strchr(values, ':'), *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
    const char *why;
    char *end;
    double lo, hi;
    long n;
    if (!c2 || strchr(c2 + 1, ':'))
        return sweep_bad("'%s' (column %d): LO:HI:N has three parts "
                         "separated by ':', as in 10000:40000:7", values,
                         col);
    if (sweep_parse_value(values, (size_t)(c1 - values), sw->input, 0, &lo, &why))
        return sweep_bad("LO '%.*s' (column %d) %s", (int)(c1 - values),
                         values, col, why);
    if (sweep_parse_value(c1 + 1, (size_t)(c2 - c1 - 1), sw->input, 0, &hi, &why))
        return sweep_bad("HI '%.*s' (column %d) %s", (int)(c2 - c1 - 1),
                         c1 + 1, col + (int)(c1 + 1 - values), why);
    errno = 0;
    n = strtol(c2 + 1, &end, 10);
    if (end == c2 + 1 || *end || errno || n < 2 || n > SWEEP_MAX)
        return sweep_bad("N '%s' (column %d) is not a whole number from 2 "
                         "to %d", c2 + 1, col + (int)(c2 + 1 - values),
                         SWEEP_MAX);
    if (lo == hi)
        return sweep_bad("'%s' (column %d): LO and HI are the same value; "
                         "give a list for one value", values, col);
    /* a fraction to two more decimals than the step has (0.5:1:7 gives
       0.5833, not 0.583333333333, which made table columns 14 wide): at
       most 1/200 of the step away from even spacing */
    double step = fabs(hi - lo) / (double)(n - 1);
    double scale = pow(10, fmin(12, ceil(-log10(step)) + 2));
    sw->n = 0;
    for (long i = 0; i < n; i++) {
        double v = tidy(lo + (hi - lo) * (double)i / (double)(n - 1));
        if (sw->input == SWEEP_CONTAINERS)
            v = round(v);
        else if (scale > 1)
            v = tidy(round(v * scale) / scale);
        if (sw->n == 0 || v != sw->value[sw->n - 1]) /* drop repeats */
            sw->value[sw->n++] = v;
    }
    if (sw->n < 2) /* "fill=0:1e-13:3" swept 1 value */
        return sweep_bad("'%s' (column %d): LO and HI are too close: their "
                         "%ld values round to one, %g%s; give ends further "
                         "apart", values, col, n, sw->value[0],
                         sw->input == SWEEP_CONTAINERS
                             ? " (a count is whole)"
                             : " (a sweep keeps at most 12 decimals and "
                               "12 significant digits)");
    return 0;
}

/* A comma list (at column col of the argument) into sw; 0 or 2. */
static int parse_list(const char *values, int col, sweep *sw)
{
    const char *p = values, *why;
    sw->n = 0;
    for (;;) {
        size_t len = strcspn(p, ",");
        double v;
        int at = col + (int)(p - values);
        if (sw->n == SWEEP_MAX)
            return sweep_bad("more than %d values (column %d)", SWEEP_MAX,
                             at);
        if (sweep_parse_value(p, len, sw->input, 1, &v, &why))
            return sweep_bad("value %zu '%.*s' (column %d) %s", sw->n + 1,
                             (int)(len < 64 ? len : 64), p, at, why);
        for (size_t j = 0; j < sw->n; j++)
            if (sw->value[j] == v)
                return sweep_bad("value %zu '%.*s' (column %d) repeats "
                                 "value %zu", sw->n + 1, (int)len, p, at,
                                 j + 1);
        sw->value[sw->n++] = v;
        if (!p[len])
            return 0;
        p += len + 1;
    }
}

int sweep_parse(const char *text, sweep *sw)
{
    const char *eq = strchr(text, '=');
    int rc, col;
    memset(sw, 0, sizeof *sw);
    if (!eq || eq == text)
        return sweep_bad("'%s' is not NAME=VALUES; give e.g. "
                         "containers=10000:40000:7, fill=0.5,0.75,1 or "
                         "share:152mm-round=0.3:0.7:5", text);
    if ((rc = sweep_parse_name(text, (size_t)(eq - text), sw)))
        return rc;
    col = (int)(eq - text) + 2;
    return strchr(eq + 1, ':') ? parse_range(eq + 1, col, sw)
                               : parse_list(eq + 1, col, sw);
}

/* Where a share sweep's id is: *cargo 1 in the cargo list, 0 in the
 * container types; its index in *k.  0 or 2 (not there, in both, or its
 * share is "rest"). */
static int find_share(const sl_scenario *sc, const sweep *sw, int *cargo,
                      size_t *k)
{
    const char *id = share_id(sw);
    size_t nc = sl_scenario_container_type_count(sc);
    size_t ng = sl_scenario_cargo_type_count(sc);
    char ids[400] = "";
    int found = 0, rest = 0;
    for (size_t i = 0; i < ng + nc; i++) {
        const char *s = i < ng ? sl_scenario_cargo_type(sc, i, NULL, NULL)->id
                               : sl_scenario_container_type(sc, i - ng, NULL,
                                                            NULL)->id;
        size_t used = strlen(ids);
        if (strcmp(s, id)) {
            snprintf(ids + used, sizeof ids - used, "%s%s", used ? ", " : "",
                     s);
            continue;
        }
        if (found++)
            return input_bad(sw, "share:%s: %s is both a cargo and a container "
                             "type id; rename one in a catalog file", id, id);
        *cargo = i < ng;
        *k = i < ng ? i : i - ng;
    }
    if (!found)
        return input_bad(sw, "share:%s: \"%s\" is not a cargo or container type "
                         "of the scenario; its ids: %s", id, id, ids);
    if (*cargo)
        sl_scenario_cargo_type(sc, *k, NULL, &rest);
    else
        sl_scenario_container_type(sc, *k, NULL, &rest);
    if (rest)
        return input_bad(sw, "share:%s: its share is \"rest\" (1 minus the "
                         "others), so it moves with them; sweep one of the "
                         "others", id);
    return 0;
}

/* The share of entry i of a list (cargo or container types), its lower
 * end (a fixed share's value); *rest 1 for "rest". */
static double share_at(const sl_scenario *sc, int cargo, size_t i, int *rest)
{
    const sl_dist *d = NULL;
    if (cargo)
        sl_scenario_cargo_type(sc, i, &d, rest);
    else
        sl_scenario_container_type(sc, i, &d, rest);
    return d->lo;
}

/* Set the share of entry i of a list to v ("%.17g": exact). */
static sl_status set_share(sl_scenario *sc, int cargo, size_t i, double v,
                           sl_error *e)
{
    char buf[40];
    const char *id = cargo ? sl_scenario_cargo_type(sc, i, NULL, NULL)->id
                           : sl_scenario_container_type(sc, i, NULL, NULL)->id;
    snprintf(buf, sizeof buf, "%.17g", v);
    return cargo ? sl_scenario_set_cargo_share(sc, id, buf, e)
                 : sl_scenario_set_container_share(sc, id, buf, e);
}

/* 1 if entry i of a list is one of k[0..m). */
static int among(size_t i, const size_t *k, size_t m)
{
    for (size_t j = 0; j < m; j++)
        if (k[j] == i)
            return 1;
    return 0;
}

/* d scaled by c in [0, 1) into *out (a share that makes room): the
 * families whose scaled form is one of theirs; on failure e says why. */
static sl_status scale_dist(const sl_dist *d, double c, sl_dist *out,
                            sl_error *e)
{
    double v[SL_DIST_CHOICES_MAX];
    if (c == 0 || d->kind == SL_DIST_CONST)
        return sl_dist_set_const(out, c * d->lo, 0, 1, e);
    switch (d->kind) {
    case SL_DIST_UNIFORM:
        return sl_dist_set_uniform(out, c * d->a, c * d->b, 0, 1, e);
    case SL_DIST_TRIANGULAR:
        return sl_dist_set_triangular(out, c * d->a, c * d->b, c * d->c, 0, 1,
                                      e);
    case SL_DIST_PERT:
        return sl_dist_set_pert(out, c * d->a, c * d->b, c * d->c, 0, 1, e);
    case SL_DIST_CHOICE:
        for (size_t i = 0; i < d->n; i++)
            v[i] = c * d->value[i];
        return sl_dist_set_choice(out, d->n, v, d->weight, 0, 1, e);
    default: /* truncated or fitted on [0, 1]: scaled, another family */
        e->status = SL_EINVAL;
        snprintf(e->what, sizeof e->what, "this share (a normal, lognormal, "
                 "beta or \"a to b\" form) cannot be scaled down to make "
                 "room; give it as a number, uniform, triangular, pert or "
                 "choice, or keep the value lower");
        return SL_EINVAL;
    }
}

/* Give entry i of a list its share scaled by c (sl_dist_describe: the
 * text reads back to the same distribution). */
static sl_status set_scaled(sl_scenario *sc, int cargo, size_t i, double c,
                            sl_error *e)
{
    const sl_dist *d = NULL;
    const char *id = cargo ? sl_scenario_cargo_type(sc, i, &d, NULL)->id
                           : sl_scenario_container_type(sc, i, &d, NULL)->id;
    sl_dist out;
    char buf[600];
    sl_status st = scale_dist(d, c, &out, e);
    if (st != SL_OK) {
        snprintf(e->where, sizeof e->where, "%s[%zu].share",
                 cargo ? "cargo" : "container_types", i);
        return st;
    }
    sl_dist_describe(&out, buf, sizeof buf);
    return cargo ? sl_scenario_set_cargo_share(sc, id, buf, e)
                 : sl_scenario_set_container_share(sc, id, buf, e);
}

/* Give entries k[0..m) of a list (m 1 or 2, different entries) the
 * shares v[0..m).  With a "rest" entry the others stay and the rest takes
 * 1 minus them, as long as it can: when the others can reach more than 1
 * minus v's (their highest values), they are scaled down in proportion to
 * reach that at most (the rest is then 0 where they are highest).
 * Without one (fixed shares summing to 1) the others are rescaled in
 * proportion, to sum to 1 minus v's. */
static sl_status apply_share(sl_scenario *sc, int cargo, const size_t *k,
                             const double *v, size_t m, sl_error *e)
{
    size_t n = cargo ? sl_scenario_cargo_type_count(sc)
                     : sl_scenario_container_type_count(sc);
    int rest = 0, any_rest = 0;
    double old = 0, now = 0;
    sl_status st = SL_OK;
    for (size_t j = 0; j < m; j++) {
        old += share_at(sc, cargo, k[j], &rest);
        now += v[j];
    }
    double top = 0; /* the others' highest shares, the rest aside */
    for (size_t i = 0; i < n; i++) {
        const sl_dist *d = NULL;
        if (cargo)
            sl_scenario_cargo_type(sc, i, &d, &rest);
        else
            sl_scenario_container_type(sc, i, &d, &rest);
        any_rest |= rest;
        if (!rest && !among(i, k, m))
            top += d->hi;
    }
    for (size_t i = 0; !any_rest && st == SL_OK && i < n; i++)
        if (!among(i, k, m))
            st = set_share(sc, cargo, i,
                           share_at(sc, cargo, i, &rest) * (1 - now) /
                               (1 - old),
                           e);
    for (size_t i = 0;
         any_rest && now + top > 1 && now <= 1 && st == SL_OK && i < n;
         i++) { /* above 1 nothing makes room: sl_scenario_validate says */
        share_at(sc, cargo, i, &rest);
        if (!rest && !among(i, k, m))
            st = set_scaled(sc, cargo, i, (1 - now) / top, e);
    }
    for (size_t j = 0; st == SL_OK && j < m; j++)
        st = set_share(sc, cargo, k[j], v[j], e);
    return st;
}

/* Refuse share sweeps that cannot rescale: without "rest", ids that
 * hold the whole share between them leave no other share to give the
 * remainder to.  sw[0..m) are share sweeps of one list.  0 or 2. */
static int check_rescale(const sl_scenario *sc, const sweep *const *sw,
                         size_t m)
{
    int cargo = sw[0]->cargo, rest = 0, any_rest = 0;
    size_t n = cargo ? sl_scenario_cargo_type_count(sc)
                     : sl_scenario_container_type_count(sc);
    double held = 0;
    for (size_t i = 0; i < n; i++) {
        share_at(sc, cargo, i, &rest);
        any_rest |= rest;
    }
    for (size_t j = 0; j < m; j++)
        held += share_at(sc, cargo, sw[j]->k, &rest);
    if (any_rest || held < 1)
        return 0;
    if (m == 2)
        return input_bad(sw[0], "share:%s and share:%s: between them they hold the "
                         "whole share of the %s, so no other share can be "
                         "rescaled to make room; add another %s (--%s "
                         "ID=rest)", share_id(sw[0]), share_id(sw[1]),
                         cargo ? "cargo" : "container types",
                         cargo ? "cargo type" : "container type",
                         cargo ? "cargo" : "container");
    return input_bad(sw[0], "share:%s: %s has the whole share of the %s, so no "
                     "other share can be rescaled to make room; add another "
                     "%s (--%s ID=rest)", share_id(sw[0]), share_id(sw[0]),
                     cargo ? "cargo" : "container types",
                     cargo ? "cargo type" : "container type",
                     cargo ? "cargo" : "container");
}

int sweep_locate(const sl_scenario *base, sweep *const *sw, size_t m)
{
    int rc = 0;
    for (size_t j = 0; j < m && !rc; j++)
        if (sw[j]->input == SWEEP_SHARE)
            rc = find_share(base, sw[j], &sw[j]->cargo, &sw[j]->k);
    if (rc)
        return rc;
    if (m == 2 && sw[0]->input == SWEEP_SHARE &&
        sw[1]->input == SWEEP_SHARE && sw[0]->cargo == sw[1]->cargo)
        return check_rescale(base, (const sweep *const *)sw, 2);
    for (size_t j = 0; j < m && !rc; j++)
        if (sw[j]->input == SWEEP_SHARE)
            rc = check_rescale(base, (const sweep *const *)&sw[j], 1);
    return rc;
}

/* Set the input of sw (not a share) of sc to value v; on failure e
 * says why. */
static sl_status apply(sl_scenario *sc, const sweep *sw, double v, sl_error *e)
{
    char buf[64];
    sl_qualifier q = SL_QUAL_EXACT;
    if (sw->input == SWEEP_FILL) {
        snprintf(buf, sizeof buf, "%.17g", v);
        return sl_scenario_set_fill(sc, buf, e);
    }
    sl_scenario_containers(sc, &q); /* keep "at least", "about" */
    snprintf(buf, sizeof buf, "%s%s%.17g",
             q == SL_QUAL_EXACT ? "" : sl_qualifier_name(q),
             q == SL_QUAL_EXACT ? "" : " ", v);
    return sl_scenario_set_containers(sc, buf, e);
}

sl_status sweep_set(sl_scenario *sc, const sweep *const *sw, const double *v,
                    size_t m, sl_error *e)
{
    sl_status st = SL_OK;
    for (size_t j = 0; j < m && st == SL_OK; j++) {
        size_t k[2] = {sw[j]->k, 0};
        double x[2] = {v[j], 0};
        size_t mm = 1;
        if (sw[j]->input != SWEEP_SHARE) {
            st = apply(sc, sw[j], v[j], e);
            continue;
        }
        if (j > 0 && sw[0]->input == SWEEP_SHARE &&
            sw[0]->cargo == sw[j]->cargo)
            continue; /* set with the first, from the same shares */
        if (j + 1 < m && sw[j + 1]->input == SWEEP_SHARE &&
            sw[j + 1]->cargo == sw[j]->cargo) {
            k[1] = sw[j + 1]->k;
            x[1] = v[j + 1];
            mm = 2;
        }
        st = apply_share(sc, sw[j]->cargo, k, x, mm, e);
    }
    return st;
}

const char *sweep_value_text(const sweep *sw, double v, char *buf, size_t n)
{
    if (sw->input == SWEEP_CONTAINERS)
        return cli_group(v, buf, n);
    snprintf(buf, n, "%.12g", v);
    return buf;
}

/* Digits after the point in "%.12g" of v; -1 in exponent form. */
static int decimals_of(double v)
{
    char b[40];
    snprintf(b, sizeof b, "%.12g", v);
    const char *dot = strchr(b, '.');
    if (strchr(b, 'e'))
        return -1;
    return dot ? (int)strlen(dot + 1) : 0;
}

const char *sweep_column_text(const sweep *sw, size_t i, char *buf, size_t n)
{
    int d = 0;
    for (size_t k = 0; k < sw->n && sw->input != SWEEP_CONTAINERS; k++) {
        int dk = decimals_of(sw->value[k]);
        d = dk < 0 || d < 0 ? -1 : dk > d ? dk : d; /* -1: exponent form */
    }
    if (d <= 0) /* counts, whole numbers, exponent forms: as they are */
        return sweep_value_text(sw, sw->value[i], buf, n);
    snprintf(buf, n, "%.*f", d, sw->value[i]);
    return buf;
}

void sweep_free(sl_scenario **pts, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        sl_scenario_free(pts[i]);
        pts[i] = NULL;
    }
}

int sweep_build(const sl_scenario *base, sweep *sw, sl_scenario **pts)
{
    int rc = sweep_locate(base, &sw, 1);
    sl_error e;
    for (size_t i = 0; i < sw->n && !rc; i++) {
        char b[40];
        sl_error_clear(&e);
        if (sl_scenario_copy(base, &pts[i], &e)) {
            rc = cli_lib_error("--sweep", &e);
            break;
        }
        if (sweep_set(pts[i], (const sweep *const *)&sw, &sw->value[i], 1,
                      &e) ||
            sl_scenario_validate(pts[i], &e)) {
            rc = sweep_bad("%s=%s (value %zu): %s%s%s", sw->name,
                           sweep_value_text(sw, sw->value[i], b, sizeof b),
                           i + 1, e.where, e.where[0] ? ": " : "", e.what);
            if (e.status == SL_ENOMEM)
                rc = 1;
        }
    }
    if (rc)
        sweep_free(pts, sw->n);
    return rc;
}

/* The words around a swept value in a sentence: "" and " containers",
 * "a fill of " and "", "a 152mm-round share of " and "". */
void sweep_value_words(const sweep *sw, char *pre, size_t n, const char **post)
{
    *post = sw->input == SWEEP_CONTAINERS ? " containers" : "";
    if (sw->input == SWEEP_SHARE) { /* "an iso-20-24t share" */
        const char *id = share_id(sw);
        snprintf(pre, n, "%s %s share of ",
                 strchr("aeiouAEIOU8", id[0]) && id[0] ? "an" : "a", id);
    }
    else
        snprintf(pre, n, "%s", sw->input == SWEEP_FILL ? "a fill of " : "");
}

/* The sentence on where the verdict changes between adjacent values of
 * rows r[0..n), or that it does not, into buf. */
static void verdict_sentence(const sweep *sw, const reg_row *r, size_t n,
                             char *buf, size_t len)
{
    char pre[SL_ID_MAX + 24], b1[40], b2[40];
    const char *post;
    size_t used = 0, changes = 0, total = 0;
    sweep_value_words(sw, pre, sizeof pre, &post);
    for (size_t i = 0; i + 1 < n; i++)
        total += r[i].cc.verdict != r[i + 1].cc.verdict;
    if (!r[0].has_claim) {
        snprintf(buf, len, "No claim to check: the rows give the range of "
                 "the total at each value.");
        return;
    }
    for (size_t i = 0; i + 1 < n && used < len; i++) {
        if (r[i].cc.verdict == r[i + 1].cc.verdict)
            continue;
        used += (size_t)snprintf(
            buf + used, len - used, "%s from %s to %s between %s%s and %s%s",
            changes == 0             ? "The verdict turns"
            : changes + 1 == total   ? ", and"
                                     : ",",
            sl_verdict_name(r[i].cc.verdict),
            sl_verdict_name(r[i + 1].cc.verdict), pre,
            sweep_column_text(sw, i, b1, sizeof b1),
            sweep_column_text(sw, i + 1, b2, sizeof b2), post);
        changes++;
    }
    if (changes && used < len)
        snprintf(buf + used, len - used, ".");
    else if (n == 1)
        snprintf(buf, len, "The verdict is %s at %s%s%s.",
                 sl_verdict_name(r[0].cc.verdict), pre,
                 sweep_column_text(sw, 0, b1, sizeof b1), post);
    else if (!changes)
        snprintf(buf, len, "The verdict is %s at every value, from %s%s to "
                 "%s%s.", sl_verdict_name(r[0].cc.verdict), pre,
                 sweep_column_text(sw, 0, b1, sizeof b1),
                 sweep_column_text(sw, n - 1, b2, sizeof b2), post);
}

/* "100,000 samples, seed 1", or "100,000 to 400,000 samples, seed 1"
 * when --precision drew different counts, into buf.  Returns 1 when the
 * counts differ (the rows then differ by sampling noise too). */
static int run_text(const reg_entry *k, size_t n, char *buf, size_t len)
{
    size_t lo = (size_t)-1, hi = 0;
    char b1[32], b2[40];
    for (size_t i = 0; i < n; i++) {
        size_t m = k[i].samples;
        lo = m < lo ? m : lo;
        hi = m > hi ? m : hi;
    }
    b2[0] = '\0';
    if (hi != lo) {
        snprintf(b2, sizeof b2, " to ");
        cli_group((double)hi, b2 + 4, sizeof b2 - 4);
    }
    snprintf(buf, len, "%s%s samples, seed %llu",
             cli_group((double)lo, b1, sizeof b1), b2,
             (unsigned long long)k[0].seed);
    return hi != lo;
}

/* The heading lines: what is swept, in which scenario, against what. */
static void print_heading(FILE *f, const sweep *sw, const reg_entry *k,
                          const reg_row *r, const char *what)
{
    char line[700], count[200], run[120];
    sl_qualifier q = r[0].count;
    if (sw->input == SWEEP_CONTAINERS)
        snprintf(count, sizeof count, "%s%sN containers (N the value)",
                 q == SL_QUAL_EXACT ? "" : sl_qualifier_name(q),
                 q == SL_QUAL_EXACT ? "" : " ");
    else
        snprintf(count, sizeof count, "%s container%s", r[0].containers,
                 r[0].one ? "" : "s");
    int apart = run_text(k, sw->n, run, sizeof run);
    fprintf(f, "shipload %s: sweeping %s over %zu value%s\n", sl_version(),
            sw->name, sw->n, sw->n == 1 ? "" : "s");
    snprintf(line, sizeof line, "Scenario: %s", what);
    cli_wrap(f, "", NULL, line);
    snprintf(line, sizeof line, "Checked: %s%s, %s; %s at every value "
             "(%s)", r[0].has_claim ? "claim " : "no claim", r[0].claim,
             count, run,
             apart ? "--precision: each row drew the samples its own target "
                     "needed, so the rows differ by sampling noise too, not "
                     "by the input alone"
                   : "common random numbers: the rows differ by the input, "
                     "not by sampling noise");
    cli_wrap(f, "", NULL, line);
    fputc('\n', f);
}

/* The rows' cells under their headings, columns as wide as they need. */
static void print_rows(FILE *f, const sweep *sw, const reg_row *r,
                       const char *share_h)
{
    static const char *const head[] = {"P5", "P50", "P95", "hard max"};
    char val[SWEEP_MAX][40];
    /* a share's id is in the heading line: its column is "share" */
    const char *name = sw->input == SWEEP_SHARE ? "share" : sw->name;
    int wn = sw->n >= 10 ? 2 : 1, wv = (int)strlen(name), w[5];
    for (int c = 0; c < 5; c++)
        w[c] = (int)strlen(c < 4 ? head[c] : share_h);
    for (size_t i = 0; i < sw->n; i++) {
        sweep_column_text(sw, i, val[i], sizeof val[i]);
        wv = (int)strlen(val[i]) > wv ? (int)strlen(val[i]) : wv;
        for (int c = 0; c < 5; c++)
            if ((int)strlen(r[i].cell[REG_P05 + c]) > w[c])
                w[c] = (int)strlen(r[i].cell[REG_P05 + c]);
    }
    fprintf(f, "%-*s  %*s  %*s  %*s  %*s  %*s  %*s  %s\n", wn, "#", wv,
            name, w[0], head[0], w[1], head[1], w[2], head[2], w[3],
            head[3], w[4], share_h, "verdict");
    for (size_t i = 0; i < sw->n; i++)
        fprintf(f, "%-*zu  %*s  %*s  %*s  %*s  %*s  %*s  %s%s\n", wn, i + 1,
                wv, val[i], w[0], r[i].cell[REG_P05], w[1],
                r[i].cell[REG_P50], w[2], r[i].cell[REG_P95], w[3],
                r[i].cell[REG_MAX], w[4], r[i].cell[REG_SHARE],
                r[i].has_claim ? sl_verdict_name(r[i].cc.verdict) : "-",
                r[i].has_claim ? cli_verdict_mark(&r[i].cc) : "");
}

void sweep_print_table(FILE *f, const sweep *sw, const reg_entry *k,
                       const char *what)
{
    reg_row *r = reg_rows(k, sw->n); /* says when out of memory */
    char line[1200], tag[80], b[40];
    int mixed, unbounded = 0;
    if (!r || sw->n == 0) {
        free(r);
        return;
    }
    for (size_t i = 0; i < sw->n; i++)
        unbounded |= isinf(r[i].s.max);
    print_heading(f, sw, k, r, what);
    print_rows(f, sw, r, reg_share_column(r, sw->n, &mixed));
    reg_print_mark_notes(f, r, sw->n);
    for (size_t i = 0; i < sw->n; i++)
        if (k[i].note[0]) {
            snprintf(tag, sizeof tag, "%zu %s", i + 1,
                     sweep_column_text(sw, i, b, sizeof b));
            cli_wrap(f, "", tag, k[i].note);
        }
    if (unbounded)
        cli_print_unbounded_note(f);
    fputc('\n', f);
    verdict_sentence(sw, r, sw->n, line, sizeof line);
    cli_wrap(f, "", NULL, line);
    free(r);
}

int sweep_print_csv(FILE *f, const sweep *sw, const reg_entry *k)
{
    fputs("input,value," REG_CSV_FIGURES "\n", f);
    for (size_t i = 0; i < sw->n; i++) {
        cli_csv_text(f, sw->name, 1);
        cli_csv_num(f, sw->value[i]);
        fputs(k[i].csv ? k[i].csv : "\n", f);
    }
    return 0;
}

int sweep_print_json(FILE *f, const sweep *sw, const reg_entry *k)
{
    json_t *root = json_object(), *obj = json_object(), *list = json_array();
    int rc = 1;
    if (!root || !obj || !list || json_object_set(root, "sweep", obj) ||
        json_object_set_new(obj, "input", json_string(sw->name)) ||
        json_object_set(obj, "points", list)) {
        fprintf(stderr, "shipload-estimate: json: out of memory\n");
        goto done;
    }
    for (size_t i = 0; i < sw->n; i++) {
        double v = sw->value[i];
        if (cli_append_keyed(list, "value",
                             sw->input == SWEEP_CONTAINERS
                                 ? json_integer((json_int_t)v)
                                 : json_real(v),
                             k[i].json))
            goto done;
    }
    rc = cli_dump_json(f, root);
done:
    json_decref(list);
    json_decref(obj);
    json_decref(root);
    return rc;
}

int sweep_plot(const char *path, const sweep *sw, const reg_entry *k,
               const sl_scenario *sc)
{
    char label[sizeof sw->name + 40], msg[400];
    sl_summary total[SWEEP_MAX];
    plot_sweep_data d;
    for (size_t i = 0; i < sw->n; i++)
        total[i] = k[i].r.s;
    if (sw->input == SWEEP_SHARE)
        snprintf(label, sizeof label, "share of %s", share_id(sw));
    else
        snprintf(label, sizeof label, "%s", sw->input == SWEEP_FILL
                                                ? "fill of each container"
                                                : "containers");
    d.n = sw->n;
    d.x = sw->value;
    d.total = total;
    d.sc = sc;
    d.claim = k[0].r.has_claim ? &k[0].r.cc : NULL;
    d.samples = k[0].samples;
    d.seed = k[0].seed;
    d.xlabel = label;
    d.title = NULL;
    if (plot_sweep(&d, path, msg, sizeof msg)) {
        fprintf(stderr, "shipload-estimate: --plot: %s\n", msg);
        return 1;
    }
    return 0;
}
