/* examples/cli.c - tables, JSON and files for shipload-estimate. */
#define _XOPEN_SOURCE 700 /* wcwidth */
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "cli.h"
#include "shown.h"

int cli_lib_error(const char *flag, const sl_error *e)
{
    int input = e->status != SL_ENOMEM && e->status != SL_EIO &&
                e->status != SL_ENOCONV;
    char w[SHOWN_BUF];
    if (e->where[0] && flag && strcmp(e->where, flag) != 0)
        fprintf(stderr, "shipload-estimate: %s (%s): ", shown(flag, w, sizeof w),
                e->where);
    else
        fprintf(stderr, "shipload-estimate: %s: ",
                flag ? shown(flag, w, sizeof w) : e->where);
    put_escaped(stderr, e->what); /* it may quote the input */
    fputc('\n', stderr);
    return input ? 2 : 1;
}

int cli_bad(const char *flag, const char *fmt, va_list ap)
{
    char w[SHOWN_BUF], msg[2048];
    fprintf(stderr, "shipload-estimate: %s: ", shown(flag, w, sizeof w));
    vsnprintf(msg, sizeof msg, fmt, ap);
    put_escaped(stderr, msg);
    fputc('\n', stderr);
    return 2;
}

int cli_is_flag(const char *flag)
{
    static const char *const flags[] = {
        "--help", "--version", "--json", "--csv", "--list", "--quiet",
        "--progress", "--no-door-check", NULL};
    for (size_t i = 0; flags[i]; i++)
        if (!strcmp(flag, flags[i]))
            return 1;
    return 0;
}

int cli_is_valued(const char *flag)
{
    static const char *const valued[] = {
        "--containers", "--container", "--cargo",   "--fill",  "--claim",
        "--samples",    "--seed",      "--threads", "--precision",
        "--catalog",    "--samples-out", "--plot",  "--plot-sensitivity",
        "--margins",    "--dunnage",     "--scenario-out", "--sweep",
        "--solve", NULL};
    for (size_t i = 0; valued[i]; i++)
        if (!strcmp(flag, valued[i]))
            return 1;
    return 0;
}

const char *cli_group(double v, char *buf, size_t n)
{
    if (isinf(v) && v > 0)
        snprintf(buf, n, "unbounded");
    else
        sl_format_number(v, 0, 0, buf, n);
    return buf;
}

const char *cli_sig3(double v, char *buf, size_t n)
{
    if (isinf(v) && v > 0)
        snprintf(buf, n, "unbounded");
    else
        sl_format_number(v, 3, 0, buf, n);
    return buf;
}

const char *cli_sig3_up(double v, char *buf, size_t n)
{
    if (isfinite(v) && v > 0) {
        double p = pow(10.0, floor(log10(v)) - 2);
        if (p >= 1.0) /* 3 significant digits, rounded up */
            v = ceil(v / p * (1 - 1e-12)) * p;
    }
    return cli_sig3(v, buf, n);
}

/* The C.UTF-8 character type for wcwidth, made once; (locale_t)0 when
 * this system lacks it. */
static locale_t utf8_ctype(void)
{
    static locale_t loc;
    static int tried;
    if (!tried) {
        tried = 1;
        loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    }
    return loc;
}

/* The columns of the character at s[0..n) into *cols; its bytes (at least
 * 1). */
static size_t char_columns(const char *s, size_t n, locale_t loc, int *cols)
{
    size_t b = 1;
    *cols = 1;
    if (!((unsigned char)*s & 0x80))
        return 1;
    if (!loc) { /* no wcwidth: a character is a column */
        while (b < n && ((unsigned char)s[b] & 0xC0) == 0x80)
            b++;
        return b;
    }
    {
        mbstate_t st;
        wchar_t wc;
        int w;
        memset(&st, 0, sizeof st);
        b = mbrtowc(&wc, s, n, &st);
        if (b == (size_t)-1 || b == (size_t)-2 || b == 0)
            return 1; /* not UTF-8: one byte, one column */
        w = wcwidth(wc);
        *cols = w < 0 ? 1 : w;
    }
    return b;
}

size_t cli_columns(const char *s, size_t n)
{
    return cli_cut(s, n, (size_t)-1, NULL);
}

size_t cli_cut(const char *s, size_t n, size_t k, size_t *bytes)
{
    locale_t loc = utf8_ctype(), old = loc ? uselocale(loc) : (locale_t)0;
    size_t i = 0, c = 0;
    while (i < n && s[i]) {
        int w;
        size_t b = char_columns(s + i, n - i, loc, &w);
        if (c + (size_t)w > k)
            break;
        c += (size_t)w;
        i += b;
    }
    if (loc)
        uselocale(old);
    if (bytes)
        *bytes = i;
    return c;
}

void cli_wrap(FILE *f, const char *prefix, const char *tag, const char *text)
{
    size_t col = 0, width = 78;
    const char *p = text;
    fprintf(f, "%s%s%s", prefix, tag ? tag : "", tag ? ": " : "");
    col = cli_columns(prefix, strlen(prefix)) +
          (tag ? cli_columns(tag, strlen(tag)) + 2 : 0);
    while (*p) {
        size_t w = strcspn(p, " "), wc = cli_columns(p, w);
        if (col + wc + 1 > width && col > strlen(prefix)) {
            fprintf(f, "\n%s  ", prefix);
            col = cli_columns(prefix, strlen(prefix)) + 2;
        }
        fwrite(p, 1, w, f);
        col += wc;
        p += w;
        while (*p == ' ')
            p++;
        if (*p) {
            fputc(' ', f);
            col++;
        }
    }
    fputc('\n', f);
}

const char *cli_stack_text(const sl_package *p, char *buf, size_t n)
{
    if (p->max_stack_hi)
        snprintf(buf, n, "%d-%d", p->max_stack, p->max_stack_hi);
    else if (p->max_stack)
        snprintf(buf, n, "%d", p->max_stack);
    else
        snprintf(buf, n, "none");
    return buf;
}

/* 1 if a munition cargo of res's scenario has an uncertain stacking
 * limit. */
static int stack_ranges(const sl_result *res)
{
    const sl_scenario *sc = sl_result_scenario(res);
    for (size_t c = 0; c < sl_scenario_cargo_type_count(sc); c++) {
        const sl_cargo *g = sl_scenario_cargo_type(sc, c, NULL, NULL);
        for (size_t k = 0; g->munition && k < g->npackages; k++)
            if (g->package[k].max_stack_hi)
                return 1;
    }
    return 0;
}

/* 1 if the scenario's cargo `id` carries munitions. */
static int carries_munitions(const sl_result *res, const char *id)
{
    const sl_scenario *sc = sl_result_scenario(res);
    for (size_t i = 0; i < sl_scenario_cargo_type_count(sc); i++) {
        const sl_cargo *g = sl_scenario_cargo_type(sc, i, NULL, NULL);
        if (g && !strcmp(g->id, id))
            return g->munition;
    }
    return 1;
}

/* The width of a capacity table column: its heading's, or its widest
 * entry's ("152mm-shell-mass-equiv", a count of "1,600,000"). */
static int column_width(const sl_result *res, int col, int least)
{
    int w = least;
    for (size_t i = 0; i < sl_result_capacity_count(res); i++) {
        const sl_capacity *c = sl_result_capacity(res, i);
        char b[32];
        const char *t = col == 0   ? c->container
                        : col == 1 ? c->cargo
                        : col == 2 ? cli_group((double)c->count, b, sizeof b)
                        : col == 3 ? cli_group((double)c->by_weight, b,
                                               sizeof b)
                                   : cli_group((double)c->by_geometry, b,
                                               sizeof b);
        if ((int)strlen(t) > w)
            w = (int)strlen(t);
    }
    return w;
}

void cli_print_capacity(FILE *f, const sl_result *res)
{
    char b0[32], b1[32], b2[32];
    int w[5] = {column_width(res, 0, 12), column_width(res, 1, 20),
                column_width(res, 2, 7), column_width(res, 3, 10),
                column_width(res, 4, 11)};
    fprintf(f, "  %-*s %-*s %*s %*s %*s  %-9s %s\n", w[0], "container", w[1],
            "cargo", w[2], "count", w[3], "by weight", w[4], "by geometry",
            "binding", "range");
    for (size_t i = 0; i < sl_result_capacity_count(res); i++) {
        const sl_capacity *c = sl_result_capacity(res, i);
        double lo = 0.0, hi = 0.0, found = 0.0;
        char b3[32], b4[32], b5[32];
        sl_result_capacity_range(res, i, &lo, &hi);
        sl_result_capacity_found(res, i, &found);
        fprintf(f, "  %-*s %-*s %*s %*s %*s  %-9s ", w[0], c->container, w[1],
                c->cargo, w[2], cli_group((double)c->count, b0, sizeof b0),
                w[3], cli_group((double)c->by_weight, b1, sizeof b1), w[4],
                c->by_geometry < 0 ? "-" : cli_group((double)c->by_geometry, b2, sizeof b2),
                sl_binding_name(c->binding));
        if (!carries_munitions(res, c->cargo)) {
            /* its count is units of the cargo; its range counts none */
            fprintf(f, "- (units, not munitions)\n");
            continue;
        }
        if (lo == hi) /* every input exact */
            fprintf(f, "%s", cli_group(lo, b3, sizeof b3));
        else
            fprintf(f, "%s-%s", cli_group(lo, b3, sizeof b3),
                    isfinite(hi) ? cli_group(hi, b4, sizeof b4) : "unbounded");
        if (found < hi)
            fprintf(f, " (found %s)", cli_group(found, b5, sizeof b5));
        fprintf(f, "\n");
    }
    fprintf(f, "  range: what one container holds at the edges of every "
               "input's range; the most is a\n  proven bound (found: the "
               "most the packings found hold, when less; -: no munitions)\n");
    if (stack_ranges(res))
        fprintf(f, "  count, by weight, by geometry: stacking limits at the "
                   "low end of their ranges\n");
}

void cli_print_sensitivity(FILE *f, const sl_result *res, size_t most)
{
    size_t n = sl_result_sensitivity_count(res);
    double rest = 1.0;
    if (n == 0) { /* say why: no table of shares of nothing */
        const char *why = sl_result_sensitivity_note(res);
        sl_summary s;
        char b[32];
        char line[256];
        if (sl_result_total(res, &s) == SL_OK &&
            s.sample_min == s.sample_max)
            snprintf(line, sizeof line, "nothing: the total is %s in every "
                     "sample, so there is no variance to share out among "
                     "the inputs.", cli_group(s.sample_min, b, sizeof b));
        else
            snprintf(line, sizeof line, "%s.", why ? why : "no rows");
        cli_wrap(f, "  ", NULL, line);
        return;
    }
    static const char rest_label[] = "interactions, per-container variation";
    double others = 0.0;
    char label[40];
    /* the first column as wide as its longest label (an input named in a
       catalog file can be long), so that the shares stay in one column */
    int w = (int)strlen(rest_label);
    for (size_t i = 0; i < n && i < most; i++) {
        size_t len = strlen(sl_result_sensitivity(res, i)->input);
        if (len > (size_t)w)
            w = len < 200 ? (int)len : 200;
    }
    fprintf(f, "  %-*s %9s %10s\n", w, "input", "share of", "rank corr.");
    fprintf(f, "  %-*s %9s %10s\n", w, "", "variance", "");
    for (size_t i = 0; i < n; i++) {
        const sl_sensitivity *s = sl_result_sensitivity(res, i);
        rest -= s->index;
        if (i < most)
            fprintf(f, "  %-*s %8.1f%% %+10.2f\n", w, s->input,
                    100 * s->index, s->rank_corr);
        else
            others += s->index;
    }
    if (n > most) { /* so that the column adds up */
        snprintf(label, sizeof label, "%zu other input%s", n - most,
                 n - most > 1 ? "s" : "");
        fprintf(f, "  %-*s %8.1f%%\n", w, label, 100 * others);
    }
    fprintf(f, "  %-*s %8.1f%%\n", w, rest_label,
            100 * (rest > 0 ? rest : 0));
}

/* "lo-hi" of a range, or the nominal value when the range is one value. */
static const char *range_text(double nominal, double lo_v, double hi_v,
                              char *buf, size_t n)
{
    char lo[32], hi[32];
    if (lo_v == hi_v)
        return cli_group(nominal, buf, n);
    snprintf(buf, n, "%s-%s", cli_group(lo_v, lo, sizeof lo),
             cli_group(hi_v, hi, sizeof hi));
    return buf;
}

/* A figure's range "lo-hi", or its value when exact. */
static const char *span(const sl_figure *fg, char *buf, size_t n)
{
    return range_text(fg->nominal, fg->dist.lo, fg->dist.hi, buf, n);
}

/* The assumptions that decide the answer, read from the scenario's own
 * catalog entries (so they cannot drift from what was computed). */
void cli_print_assumptions(FILE *f, const sl_scenario *sc)
{
    const sl_load_rules *r = sl_scenario_load_rules(sc);
    char b1[72], b2[72], b3[72], b4[72];
    int packaged = 0;
    fprintf(f, "\nAssumptions that decide it (conf. EST = engineering estimate, no "
               "source found; docs/catalog.md):\n");
    for (size_t t = 0; t < sl_scenario_container_type_count(sc); t++) {
        const sl_container *c = sl_scenario_container_type(sc, t, NULL, NULL);
        fprintf(f, "  %-12s rated %s kg gross, tare %s kg (%s)\n", c->id,
                span(&c->max_gross, b1, sizeof b1), span(&c->tare, b2, sizeof b2),
                sl_confidence_name(c->tare.conf));
    }
    for (size_t g = 0; g < sl_scenario_cargo_type_count(sc); g++) {
        const sl_cargo *c = sl_scenario_cargo_type(sc, g, NULL, NULL);
        if (!c->munition)
            continue;
        if (c->kind != SL_CARGO_PACKAGED) { /* the conversion's own figure */
            const sl_figure *m = &c->unit_mass;
            sl_format_number(m->dist.lo == m->dist.hi ? m->nominal : m->dist.lo,
                             0, 2, b1, sizeof b1);
            sl_format_number(m->dist.hi, 0, 2, b2, sizeof b2);
            fprintf(f, "  %-12s %s%s%s kg per %s: a mass equivalence, no "
                       "boxes (%s)\n", c->id, b1,
                    m->dist.lo == m->dist.hi ? "" : "-",
                    m->dist.lo == m->dist.hi ? "" : b2, c->unit,
                    sl_confidence_name(m->conf));
            continue;
        }
        packaged = 1;
        sl_format_number(sl_cargo_unit_gross(c), 0,
                         sl_cargo_unit_gross(c) < 100 ? 2 : 0, b1, sizeof b1);
        fprintf(f, "  %-12s %s kg per %s as carried:\n", c->id, b1, c->unit);
        for (size_t k = 0; k < c->npackages; k++) {
            const sl_package *p = &c->package[k];
            char stack[32];
            fprintf(f, "      %s: %g per box, %s x %s x %s mm, %s kg, "
                       "stacks <= %s, up: %s (%s)\n",
                    p->name, p->units, span(&p->length, b1, sizeof b1),
                    span(&p->width, b2, sizeof b2), span(&p->height, b3, sizeof b3),
                    span(&p->gross, b4, sizeof b4),
                    cli_stack_text(p, stack, sizeof stack), p->vertical,
                    sl_confidence_name(p->gross.conf));
        }
    }
    if (!packaged) /* margins and dunnage apply to packaged cargo only */
        return;
    fprintf(f, "  load rules   bracing margins %s / %s / %s mm (length / "
               "width / height,\n               moved together), dunnage %s "
               "kg per container (EST)\n",
            range_text(r->margin_length, r->margin_length_range[0],
                       r->margin_length_range[1], b1, sizeof b1),
            range_text(r->margin_width, r->margin_width_range[0],
                       r->margin_width_range[1], b2, sizeof b2),
            range_text(r->margin_height, r->margin_height_range[0],
                       r->margin_height_range[1], b3, sizeof b3),
            range_text(r->dunnage, r->dunnage_range[0], r->dunnage_range[1],
                       b4, sizeof b4));
}

int cli_precision_missed(const sl_result *res)
{
    return sl_result_precision_reached(res) == 0;
}

/* A standard error for people: 3 significant digits, grouped. */
static const char *se_text(double v, char *buf, size_t n)
{
    if (fabs(v) >= 1000 || !isfinite(v))
        return cli_sig3(v, buf, n);
    snprintf(buf, n, "%.3g", v);
    return buf;
}

/* When --precision stopped at its cap short of the standard-error
 * target: the samples that would reach it, extrapolated from n drawn
 * (an order-statistic standard error shrinks as 1 / sqrt(n)); 0 when the
 * errors met their target, -1 when a quantile is 0 with an error, which
 * no relative target reaches; HUGE_VAL when the count is past a double's
 * range (a tiny target such as 1e-300). */
static double samples_needed(const sl_summary *s, double rel, double n)
{
    const double q[3] = {s->p05, s->p50, s->p95};
    const double se[3] = {s->se_p05, s->se_p50, s->se_p95};
    double worst = 0;
    for (int k = 0; k < 3; k++) {
        if (!(se[k] > rel * fabs(q[k])))
            continue;
        if (q[k] == 0)
            return -1;
        double r = se[k] / (rel * fabs(q[k]));
        if (r > worst)
            worst = r;
    }
    return worst > 0 ? n * worst * worst : 0;
}

const char *cli_samples_needed_text(double need, char *buf, size_t n)
{
    char num[32];
    if (!isfinite(need))
        snprintf(buf, n, "more samples than a double counts (10^308)");
    else if (need < 1e15)
        snprintf(buf, n, "about %s", cli_sig3(need, num, sizeof num));
    else
        snprintf(buf, n, "about %.3g", need);
    return buf;
}

const char *cli_precision_text(const sl_result *res, char *buf, size_t n)
{
    const sl_options *o = sl_result_options(res);
    sl_summary s;
    char b[4][32], nt[64];
    if (!o || !(o->rel_precision > 0) || sl_result_total(res, &s) != SL_OK)
        return NULL;
    sl_claim_check cc;
    int unsettled = sl_result_claim(res, &cc) == SL_OK && cc.unsettled;
    snprintf(buf, n, "standard errors of P5 / P50 / P95: %s / %s / %s; "
             "target %g of each value%s %s %s samples",
             se_text(s.se_p05, b[1], sizeof b[1]),
             se_text(s.se_p50, b[2], sizeof b[2]),
             se_text(s.se_p95, b[3], sizeof b[3]), o->rel_precision,
             unsettled ? " and a settled verdict" : "",
             cli_precision_missed(res) ? "NOT reached: stopped at the cap of"
                                       : "reached with",
             cli_group((double)sl_result_samples_count(res), b[0], sizeof b[0]));
    double need = cli_precision_missed(res)
                      ? samples_needed(&s, o->rel_precision,
                                       (double)sl_result_samples_count(res))
                      : 0;
    size_t len = strlen(buf);
    if (need < 0)
        snprintf(buf + len, n - len, "; a quantile of 0 has no relative "
                 "precision");
    else if (need > 0)
        snprintf(buf + len, n - len, "; %s would reach it (a standard "
                 "error shrinks as 1 / sqrt(samples))%s",
                 cli_samples_needed_text(need, nt, sizeof nt),
                 need > 1e9 ? ", more than --samples takes (10^9): loosen "
                              "the target"
                            : "");
    return buf;
}

void cli_print_unbounded_note(FILE *f)
{
    cli_wrap(f, "  ", NULL, "unbounded: an input has no upper end, so no "
             "claim is impossible; a container count \"a to b\" is a 90 % "
             "interval (lognormal, from 1 container up), while uniform(a, b) "
             "has hard ends.");
}

/* A quantile for people: 3 significant digits, grouped from 1,000. */
static const char *q3(double v, char *buf, size_t n)
{
    if (fabs(v) >= 1000)
        return cli_sig3(v, buf, n);
    snprintf(buf, n, "%.3g", v);
    return buf;
}

/* A fraction's quantile (a beta's, on [0, 1]) as q3 writes it, with more
 * digits where 3 would print a bound it is not: "0.7 to 0.9995" was shown
 * as "0.7 to 1", a 95th percentile of 1 that the parser refuses. */
static const char *q3_fraction(double v, char *buf, size_t n)
{
    q3(v, buf, n);
    for (int prec = 4; prec <= 9 && v > 0 && v < 1 &&
                       (strtod(buf, NULL) <= 0 || strtod(buf, NULL) >= 1);
         prec++)
        snprintf(buf, n, "%.*g", prec, v);
    return buf;
}

/* A quantity as its form ("uniform(0.4, 0.7)", grouped digits for a fixed
 * whole count), or for a form fitted to a 90 % interval (lognormal,
 * normal, beta) that interval: "6,700 to 7,000 (90 %, lognormal)". */
static const char *quantity_text(const sl_dist *d, char *buf, size_t n)
{
    char lo[32], hi[32];
    if (sl_dist_is_const(d) && d->a == floor(d->a) && d->a >= 1000)
        return cli_group(d->a, buf, n);
    if (d->kind == SL_DIST_NORMAL || d->kind == SL_DIST_LOGNORMAL ||
        d->kind == SL_DIST_BETA)
        snprintf(buf, n, "%s to %s (90 %%, %s)",
                 d->kind == SL_DIST_BETA
                     ? q3_fraction(sl_dist_quantile(d, 0.05), lo, sizeof lo)
                     : q3(sl_dist_quantile(d, 0.05), lo, sizeof lo),
                 d->kind == SL_DIST_BETA
                     ? q3_fraction(sl_dist_quantile(d, 0.95), hi, sizeof hi)
                     : q3(sl_dist_quantile(d, 0.95), hi, sizeof hi),
                 d->kind == SL_DIST_NORMAL      ? "normal"
                 : d->kind == SL_DIST_LOGNORMAL ? "lognormal"
                                                : "beta");
    else
        sl_dist_describe(d, buf, n);
    return buf;
}

const char *cli_containers_text(const sl_scenario *sc, char *buf, size_t n)
{
    sl_qualifier q = SL_QUAL_EXACT;
    const sl_dist *d = sl_scenario_containers(sc, &q);
    char b[256];
    if (!d)
        snprintf(buf, n, "-");
    else
        snprintf(buf, n, "%s%s%s",
                 q == SL_QUAL_EXACT ? "" : sl_qualifier_name(q),
                 q == SL_QUAL_EXACT ? "" : " ", quantity_text(d, b, sizeof b));
    return buf;
}

double cli_model_count(const sl_scenario *sc)
{
    const sl_dist *d = sl_scenario_containers(sc, NULL);
    double w;
    if (!d)
        return NAN;
    w = floor(sl_dist_quantile(d, 0.5) + 0.5);
    return w < 1 ? 1 : w;
}

const char *cli_claim_text(const sl_claim_check *cc, char *buf, size_t n)
{
    char lo[32], hi[32];
    int exact = cc->qualifier == SL_QUAL_EXACT;
    sl_format_figure(cc->value, lo, sizeof lo); /* 1,234.5, not 1,234 */
    if (cc->qualifier == SL_QUAL_RANGE)
        snprintf(buf, n, "%s to %s", lo,
                 (sl_format_figure(cc->value_high, hi, sizeof hi), hi));
    else
        snprintf(buf, n, "%s%s%s", exact ? "" : sl_qualifier_name(cc->qualifier),
                 exact ? "" : " ", lo);
    return buf;
}

const char *cli_share_cell(double p, char *buf, size_t n)
{
    if (p > 0 && p < 0.0005)
        snprintf(buf, n, "<0.1%%");
    else if (p < 1 && p >= 0.9995)
        snprintf(buf, n, ">99.9%%");
    else if (p == 0 || p == 1)
        snprintf(buf, n, "%.0f%%", 100 * p);
    else
        snprintf(buf, n, "%.1f%%", 100 * p);
    return buf;
}

const char *cli_verdict_mark(const sl_claim_check *cc)
{
    if (cc->needs_more_containers || cc->needs_fewer_containers)
        return "+";
    return cc->unsettled ? "*" : "";
}

void cli_print_count_note(FILE *f)
{
    fprintf(f, "+  holds with a container count that the stated one admits "
               "(more for \"at least\",\n   more or fewer for \"about\", "
               "fewer for \"at most\" or \"up to\"), not with the\n"
               "   count itself: the verdict text gives the count\n");
}

void cli_print_unsettled_note(FILE *f)
{
    fprintf(f, "*  more samples could change this verdict: the share of "
               "samples it turns on\n   is within Monte Carlo error of 5 "
               "%% (--samples, --precision)\n");
}

/* "  types        iso-20-24t uniform(0, 1), iso-20 rest": a type list
 * with its shares. */
static void print_shares(FILE *f, const sl_scenario *sc, int cargo,
                         const char *label)
{
    char q[256];
    size_t n = cargo ? sl_scenario_cargo_type_count(sc)
                     : sl_scenario_container_type_count(sc);
    fprintf(f, "  %-12s", label);
    for (size_t i = 0; i < n; i++) {
        const sl_dist *share = NULL;
        int rest = 0;
        const char *id =
            cargo ? sl_scenario_cargo_type(sc, i, &share, &rest)->id
                  : sl_scenario_container_type(sc, i, &share, &rest)->id;
        fprintf(f, " %s %s%s", id,
                rest ? "rest" : quantity_text(share, q, sizeof q),
                i + 1 < n ? "," : "\n");
    }
}

/* What was observed and assumed: the container count with its qualifier,
 * the shares of the types and cargo, and the fill (none of which the
 * capacity table or the assumptions show). */
static void print_scenario(FILE *f, const sl_scenario *sc)
{
    char b[256];
    fprintf(f, "Observed and assumed (shares of the containers):\n");
    const sl_dist *nd = sl_scenario_containers(sc, NULL);
    if (nd) {
        /* a fixed count that is not whole runs as the nearest whole one,
           never below 1 (as the model rounds it): "2.5" stood above a
           claim divided by 3 containers without a word */
        double v = sl_dist_quantile(nd, 0.5), w = cli_model_count(sc);
        char whole[48] = "", g[32];
        if (sl_dist_is_const(nd) && v != w)
            snprintf(whole, sizeof whole, " (taken as %s)",
                     cli_group(w, g, sizeof g));
        fprintf(f, "  %-12s %s%s\n", "containers",
                cli_containers_text(sc, b, sizeof b), whole);
    }
    print_shares(f, sc, 0, "types");
    print_shares(f, sc, 1, "cargo");
    fprintf(f, "  %-12s %s of each container's capacity\n\n", "fill",
            quantity_text(sl_scenario_fill(sc), b, sizeof b));
}

/* A per-container figure with one decimal, none when it is whole (600, as
 * the claim text under it says: "Claim up to 60,000: 600.0 per container"
 * stood above "It implies 600 per container"), or 2 significant digits
 * below 0.05 (0.01, not 0.0). */
void cli_per_text(double v, char *buf, size_t n)
{
    if (v != 0 && fabs(v) < 0.05)
        snprintf(buf, n, "%.2g", v);
    else
        sl_format_number(v, 0, v == floor(v) ? 0 : 1, buf, n);
}

/* The claim line of a single run: the claim, per container, the share of
 * samples that keeps it with its 95 % interval, and the verdict.  A range
 * claim gives P(low <= total <= high). */
static void print_claim_line(FILE *f, const sl_claim_check *cc)
{
    char b[4][32], p[32], in[96], ct[96];
    int most = cc->qualifier == SL_QUAL_AT_MOST;
    const double *ci = most ? cc->p_at_most_ci : cc->p_at_least_ci;
    const char *unsettled = cc->unsettled
                                ? " (unsettled: more samples could change it)"
                                : "";
    cli_per_text(cc->per_container, b[1], sizeof b[1]);
    sl_format_figure(cc->value, b[0], sizeof b[0]);
    if (cc->qualifier == SL_QUAL_RANGE) {
        cli_per_text(cc->value_high / cc->containers, b[3], sizeof b[3]);
        sl_format_figure(cc->value_high, b[2], sizeof b[2]);
        sl_format_percent(cc->p_in_range, p, sizeof p);
        sl_format_percent_interval(cc->p_in_range_ci[0], cc->p_in_range_ci[1],
                                   in, sizeof in);
        fprintf(f, "\nClaim %s to %s: %s to %s per container, "
                   "P(%s <= total <= %s) %s %% (95 %% interval %s %%), "
                   "verdict: %s%s\n",
                b[0], b[2], b[1], b[3], b[0], b[2], p, in,
                sl_verdict_name(cc->verdict), unsettled);
        return;
    }
    sl_format_percent(most ? cc->p_at_most : cc->p_at_least, p, sizeof p);
    sl_format_percent_interval(ci[0], ci[1], in, sizeof in);
    /* the claim as the register, sweep and solve headers write it: "Claim
       60,000", not "Claim exact 60,000" */
    fprintf(f, "\nClaim %s: %s per container, percentile %.1f, "
               "P(total %s claim) %s %% (95 %% interval %s %%), "
               "verdict: %s%s\n",
            cli_claim_text(cc, ct, sizeof ct), b[1], cc->percentile,
            most ? "<=" : ">=", p, in, sl_verdict_name(cc->verdict),
            unsettled);
}

void cli_print_single(FILE *f, const sl_result *res)
{
    char line[512];
    sl_summary s;
    sl_claim_check cc;
    char b[6][32];
    const char *title = sl_scenario_title(sl_result_scenario(res));
    sl_result_total(res, &s);
    if (title && *title)
        fprintf(f, "%s\n\n", title);
    print_scenario(f, sl_result_scenario(res));
    fprintf(f, "Capacity per container at nominal figures:\n");
    cli_print_capacity(f, res);
    fprintf(f, "\nTotal munitions (%s samples, seed %llu):\n",
            cli_group((double)sl_result_samples_count(res), b[0], sizeof b[0]),
            (unsigned long long)sl_result_options(res)->seed);
    fprintf(f, "  mean %s   P5 %s   P50 %s   P95 %s\n",
            cli_group(s.mean, b[0], sizeof b[0]), cli_group(s.p05, b[1], sizeof b[1]),
            cli_group(s.p50, b[2], sizeof b[2]), cli_group(s.p95, b[3], sizeof b[3]));
    if (cli_precision_text(res, line, sizeof line))
        cli_wrap(f, "  ", NULL, line);
    fprintf(f, "  hard bounds %s to %s (every input at the edge of its range)\n",
            cli_group(s.min, b[4], sizeof b[4]), cli_group(s.max, b[5], sizeof b[5]));
    if (isinf(s.max))
        cli_print_unbounded_note(f);
    if (s.max_found < s.max)
        fprintf(f, "  the maximum is a proven bound; the packings found reach %s\n",
                cli_group(s.max_found, b[4], sizeof b[4]));
    if (s.max_mix < s.max)
        fprintf(f, "  with every share an exact fraction inside its range: at most %s\n",
                cli_group(s.max_mix, b[4], sizeof b[4]));
    if (sl_result_cargo_count(res) > 1) {
        fprintf(f, "\nBy cargo (P5 / P50 / P95):\n");
        for (size_t i = 0; i < sl_result_cargo_count(res); i++) {
            const char *id;
            sl_summary c;
            sl_result_cargo_total(res, i, &id, &c);
            fprintf(f, "  %-24s %11s %11s %11s\n", id,
                    cli_group(c.p05, b[0], sizeof b[0]),
                    cli_group(c.p50, b[1], sizeof b[1]),
                    cli_group(c.p95, b[2], sizeof b[2]));
        }
    }
    if (sl_result_claim(res, &cc) == SL_OK) {
        print_claim_line(f, &cc);
        cli_wrap(f, "  ", NULL, cc.text);
    }
    cli_print_assumptions(f, sl_result_scenario(res));
    fprintf(f, "\nWhat drives the range:\n");
    cli_print_sensitivity(f, res, 10);
}

json_t *cli_result_json(const sl_result *res)
{
    char *text = NULL;
    sl_error e;
    json_t *j;
    json_error_t je;
    sl_error_clear(&e);
    if (sl_result_to_json(res, 0, &text, &e)) {
        fprintf(stderr, "shipload-estimate: json: %s\n", e.what);
        return NULL;
    }
    j = json_loads(text, 0, &je);
    sl_free(text);
    if (!j)
        fprintf(stderr, "shipload-estimate: json: %s\n", je.text);
    return j;
}

int cli_dump_json(FILE *f, const json_t *root)
{
    char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
                                      JSON_REAL_PRECISION(15));
    if (!text) {
        fprintf(stderr, "shipload-estimate: json: out of memory\n");
        return 1;
    }
    fputs(text, f);
    fputc('\n', f);
    free(text);
    return 0;
}

int cli_append_keyed(json_t *list, const char *key, json_t *value,
                     json_t *obj)
{
    json_t *one = json_object();
    int bad;
    if (!one || !value || json_object_set_new(one, key, value)) {
        if (!one) /* else set_new took value, even on failure */
            json_decref(value);
        json_decref(one);
        fprintf(stderr, "shipload-estimate: json: out of memory\n");
        return 1;
    }
    /* obj stays the caller's: update takes references to its values */
    bad = !obj || json_object_update(one, obj) ||
          json_array_append(list, one);
    if (bad)
        fprintf(stderr, "shipload-estimate: json: out of memory\n");
    json_decref(one);
    return bad;
}

void cli_csv_text(FILE *f, const char *s, int first)
{
    if (!first)
        fputc(',', f);
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

void cli_csv_num(FILE *f, double v)
{
    if (isfinite(v))
        fprintf(f, ",%.15g", v);
    else
        fputc(',', f);
}

int cli_print_json(FILE *f, const sl_result *res)
{
    char *text = NULL;
    sl_error e;
    sl_error_clear(&e);
    if (sl_result_to_json(res, 0, &text, &e)) {
        fprintf(stderr, "shipload-estimate: json: %s\n", e.what);
        return 1;
    }
    fputs(text, f);
    fputc('\n', f);
    sl_free(text);
    return 0;
}

int cli_load_scenario(const char *path, sl_scenario *sc, sl_options *opt,
                      sl_error *e)
{
    sl_error_clear(e);
    if (sl_scenario_load_file(sc, opt, path, e) == SL_OK)
        return 0;
    fprintf(stderr, "shipload-estimate: %s: %s\n", e->where, e->what);
    return e->status == SL_ENOMEM ? 1 : 2;
}
