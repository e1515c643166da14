/* examples/grid.c - two inputs at once: the assumption map (grid.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "grid.h"
#include "plot.h"

#define WIDTH 78 /* the text grid's lines, as cli_wrap's */

int grid_check(const sweep *a, const sweep *b, const char *ta,
               const char *tb)
{
    if (!strcmp(a->name, b->name))
        return sweep_bad("given twice for one input (--sweep %s and --sweep "
                         "%s); a grid sweeps two different inputs", ta, tb);
    if (a->n * b->n > GRID_MAX)
        return sweep_bad("the grid of %s (%zu values) by %s (%zu values) "
                         "has %zu points, more than %d (each point is a "
                         "full run); give fewer values", a->name, a->n,
                         b->name, b->n, a->n * b->n, GRID_MAX);
    return 0;
}

void grid_init(grid *g, sweep *a, sweep *b, reg_format format)
{
    memset(g, 0, sizeof *g);
    g->in[0] = a;
    g->in[1] = b;
    g->n = a->n * b->n;
    g->format = format;
}

void grid_free(grid *g)
{
    for (size_t i = 0; g->pt && i < g->n; i++)
        reg_entry_free(&g->pt[i]);
    free(g->pt);
    g->pt = NULL;
}

/* The values of point i: (*x, *y). */
static void values_of(const grid *g, size_t i, double *v)
{
    v[0] = g->in[0]->value[i / g->in[1]->n];
    v[1] = g->in[1]->value[i % g->in[1]->n];
}

int grid_build(const sl_scenario *base, grid *g, int need_claim,
               sl_scenario ***out)
{
    sl_scenario **pts;
    sl_error e;
    int rc;
    *out = NULL;
    if (need_claim && !sl_scenario_claim(base, NULL, NULL, NULL, NULL)) {
        fprintf(stderr, "shipload-estimate: --plot: a grid's chart maps the "
                        "share of samples that keep the claim, and the "
                        "scenario has none; give --claim\n");
        return 2;
    }
    if ((rc = sweep_locate(base, g->in, 2)))
        return rc;
    pts = calloc(g->n, sizeof *pts);
    g->pt = calloc(g->n, sizeof *g->pt);
    if (!pts || !g->pt) {
        free(pts);
        fprintf(stderr, "shipload-estimate: out of memory\n");
        return 1;
    }
    for (size_t i = 0; i < g->n && !rc; i++) {
        char b1[40], b2[40];
        double v[2];
        values_of(g, i, v);
        sl_error_clear(&e);
        if (sl_scenario_copy(base, &pts[i], &e)) {
            rc = cli_lib_error("--sweep", &e);
            break;
        }
        if (sweep_set(pts[i], (const sweep *const *)g->in, v, 2, &e) ||
            sl_scenario_validate(pts[i], &e)) {
            rc = sweep_bad("%s=%s, %s=%s (row %zu, column %zu): %s%s%s",
                           g->in[0]->name,
                           sweep_value_text(g->in[0], v[0], b1, sizeof b1),
                           g->in[1]->name,
                           sweep_value_text(g->in[1], v[1], b2, sizeof b2),
                           i / g->in[1]->n + 1, i % g->in[1]->n + 1, e.where,
                           e.where[0] ? ": " : "", e.what);
            if (e.status == SL_ENOMEM)
                rc = 1;
        }
    }
    if (rc) {
        sweep_free(pts, g->n);
        free(pts);
        return rc;
    }
    *out = pts;
    return 0;
}

int grid_take(grid *g, size_t i, const sl_result *res)
{
    return reg_keep(&g->pt[i], res, NULL, g->format);
}

/* ------------------------------------------------------------------ */
/* Text                                                                */

/* The letter of verdict v in a cell (plot.h). */
static const char *letter(sl_verdict v)
{
    return plot_verdict_letter((int)v);
}

/* The qualifier of a count as stated ("at least 10,000": "at least"),
 * with a blank after it, or "" for an exact count, into buf. */
static const char *count_words(const char *containers, char *buf, size_t n)
{
    size_t len = strcspn(containers, "0123456789");
    snprintf(buf, n, "%.*s", (int)len, containers);
    return buf;
}

/* The cell of point p: "10.8% C", "<0.1% I*"; without a claim, P50. */
static const char *cell_text(const reg_entry *p, char *buf, size_t n)
{
    if (!p->r.has_claim)
        snprintf(buf, n, "%s", p->r.cell[REG_P50]);
    else
        snprintf(buf, n, "%s %s%s", p->r.cell[REG_SHARE],
                 letter(p->r.cc.verdict), cli_verdict_mark(&p->r.cc));
    return buf;
}

/* The name of input sw in a heading: "containers", "fill", "share of
 * 152mm-round". */
static const char *input_words(const sweep *sw, char *buf, size_t n)
{
    if (sw->input == SWEEP_SHARE)
        snprintf(buf, n, "share of %s", sw->name + 6);
    else
        snprintf(buf, n, "%s", sw->name);
    return buf;
}

/* The heading lines: what is mapped, in which scenario, against what. */
static void print_heading(FILE *f, const grid *g, const char *what)
{
    const reg_entry *p = g->pt;
    char line[800], count[200], run[120], b1[32], b2[40] = "";
    size_t lo = (size_t)-1, hi = 0;
    int counted = g->in[0]->input == SWEEP_CONTAINERS ||
                  g->in[1]->input == SWEEP_CONTAINERS;
    for (size_t i = 0; i < g->n; i++) {
        lo = p[i].samples < lo ? p[i].samples : lo;
        hi = p[i].samples > hi ? p[i].samples : hi;
    }
    if (hi != lo) {
        snprintf(b2, sizeof b2, " to ");
        cli_group((double)hi, b2 + 4, sizeof b2 - 4);
    }
    snprintf(run, sizeof run, "%s%s samples, seed %llu",
             cli_group((double)lo, b1, sizeof b1), b2,
             (unsigned long long)p[0].seed);
    /* the count as stated, its qualifier kept when swept */
    if (counted) {
        char qw[64];
        snprintf(count, sizeof count, "%sN containers (N the value)",
                 count_words(p[0].r.containers, qw, sizeof qw));
    } else
        snprintf(count, sizeof count, "%s container%s", p[0].r.containers,
                 p[0].r.one ? "" : "s");
    snprintf(line, sizeof line, "shipload %s: mapping %s (%zu value%s) by "
             "%s (%zu value%s), %zu run%s", sl_version(), g->in[0]->name,
             g->in[0]->n, g->in[0]->n == 1 ? "" : "s", g->in[1]->name,
             g->in[1]->n, g->in[1]->n == 1 ? "" : "s", g->n,
             g->n == 1 ? "" : "s");
    cli_wrap(f, "", NULL, line);
    snprintf(line, sizeof line, "Scenario: %s", what);
    cli_wrap(f, "", NULL, line);
    snprintf(line, sizeof line, "Checked: %s%s, %s; %s at every point "
             "(%s)", p[0].r.has_claim ? "claim " : "no claim", p[0].r.claim,
             count, run,
             hi != lo ? "--precision: each cell drew the samples its own "
                        "target needed, so the cells differ by sampling "
                        "noise too, not by the inputs alone"
                      : "common random numbers: the cells differ by the "
                        "inputs, not by sampling noise");
    cli_wrap(f, "", NULL, line);
    fputc('\n', f);
}

/* The cells in blocks of columns that fit WIDTH: a line naming the
 * columns' input, then a row of values, then one row per value of the
 * rows' input. */
static void print_cells(FILE *f, const grid *g)
{
    const sweep *a = g->in[0], *b = g->in[1];
    char buf[64], words[SL_ID_MAX + 16];
    const char *corner = a->input == SWEEP_SHARE ? "share" : a->name;
    int wl = (int)strlen(corner), wc = 0;
    size_t per;
    for (size_t i = 0; i < a->n; i++) {
        int w = (int)strlen(sweep_column_text(a, i, buf, sizeof buf));
        wl = w > wl ? w : wl;
    }
    for (size_t j = 0; j < b->n; j++) {
        int w = (int)strlen(sweep_column_text(b, j, buf, sizeof buf));
        wc = w > wc ? w : wc;
    }
    for (size_t i = 0; i < g->n; i++) {
        int w = (int)strlen(cell_text(&g->pt[i], buf, sizeof buf));
        wc = w > wc ? w : wc;
    }
    per = WIDTH - wl > wc + 2 ? (size_t)((WIDTH - wl) / (wc + 2)) : 1;
    for (size_t j0 = 0; j0 < b->n; j0 += per) {
        size_t j1 = j0 + per < b->n ? j0 + per : b->n;
        if (j0)
            fputc('\n', f);
        if (per < b->n)
            fprintf(f, "%*s  %s, columns %zu to %zu of %zu\n", wl, "",
                    input_words(b, words, sizeof words), j0 + 1, j1, b->n);
        else
            fprintf(f, "%*s  %s\n", wl, "",
                    input_words(b, words, sizeof words));
        fprintf(f, "%-*s", wl, corner);
        for (size_t j = j0; j < j1; j++)
            fprintf(f, "  %*s", wc, sweep_column_text(b, j, buf, sizeof buf));
        fputc('\n', f);
        for (size_t i = 0; i < a->n; i++) {
            fprintf(f, "%*s", wl, sweep_column_text(a, i, buf, sizeof buf));
            for (size_t j = j0; j < j1; j++)
                fprintf(f, "  %*s", wc,
                        cell_text(&g->pt[i * b->n + j], buf, sizeof buf));
            fputc('\n', f);
        }
    }
}

/* The legend: what a cell shows, the letters that appear, the marks. */
static void print_legend(FILE *f, const grid *g)
{
    static const sl_verdict order[] = {
        SL_VERDICT_CONSERVATIVE, SL_VERDICT_CONSISTENT,
        SL_VERDICT_IMPLAUSIBLE, SL_VERDICT_IMPOSSIBLE, SL_VERDICT_TOO_LOW};
    char line[600], words[2][SL_ID_MAX + 16];
    int used = 0, count = 0, unsettled = 0, mixed;
    size_t w = 0;
    reg_row one[2];
    const char *head;
    for (size_t i = 0; i < g->n; i++)
        if (g->pt[i].r.has_claim) {
            used |= 1 << g->pt[i].r.cc.verdict;
            count |= *cli_verdict_mark(&g->pt[i].r.cc) == '+';
            unsettled |= g->pt[i].r.cc.unsettled;
        }
    one[0] = g->pt[0].r;
    head = reg_share_column(one, 1, &mixed);
    input_words(g->in[0], words[0], sizeof words[0]);
    input_words(g->in[1], words[1], sizeof words[1]);
    if (!g->pt[0].r.has_claim) {
        snprintf(line, sizeof line, "Rows: %s; columns: %s; each cell the "
                 "P50 of the total (no claim to check).", words[0],
                 words[1]);
        cli_wrap(f, "", NULL, line);
        return;
    }
    w = (size_t)snprintf(line, sizeof line, "Rows: %s; columns: %s; each "
                         "cell %s, the share of samples that keep the "
                         "claim, and the verdict:", words[0], words[1],
                         head);
    for (size_t k = 0; k < sizeof order / sizeof *order && w < sizeof line;
         k++)
        if (used & (1 << order[k]))
            w += (size_t)snprintf(line + w, sizeof line - w, " %s %s%s",
                                  letter(order[k]),
                                  sl_verdict_name(order[k]),
                                  order[k] == SL_VERDICT_CONSERVATIVE
                                      ? " (easily met),"
                                      : ",");
    if (w < sizeof line && line[w - 1] == ',')
        line[w - 1] = '.';
    cli_wrap(f, "", NULL, line);
    if (count)
        cli_print_count_note(f);
    if (unsettled)
        cli_print_unsettled_note(f);
}

/* Where the verdict turns along the n points at pt[0], pt[step], ...
 * (values v[0..n) of input sw) into buf: "implausible to consistent
 * between 15,000 and 20,000 containers; ..." or "implausible
 * throughout". */
static void turns(const grid *g, size_t first, size_t step, const sweep *sw,
                  char *buf, size_t len)
{
    char pre[SL_ID_MAX + 24], b1[40], b2[40];
    const char *post;
    size_t used = 0, changes = 0;
    sweep_value_words(sw, pre, sizeof pre, &post);
    if (sw->input == SWEEP_SHARE) /* "a share of" reads badly after "between" */
        pre[0] = '\0';
    for (size_t k = 0; k + 1 < sw->n && used < len; k++) {
        const sl_claim_check *c0 = &g->pt[first + k * step].r.cc;
        const sl_claim_check *c1 = &g->pt[first + (k + 1) * step].r.cc;
        if (c0->verdict == c1->verdict)
            continue;
        used += (size_t)snprintf(
            buf + used, len - used, "%s%s to %s between %s%s and %s%s",
            changes ? "; " : "", sl_verdict_name(c0->verdict),
            sl_verdict_name(c1->verdict), pre,
            sweep_column_text(sw, k, b1, sizeof b1),
            sweep_column_text(sw, k + 1, b2, sizeof b2), post);
        changes++;
    }
    if (!changes)
        snprintf(buf, len, "%s throughout",
                 sl_verdict_name(g->pt[first].r.cc.verdict));
}

/* " (share of 152mm-round from 0.3 to 0.7):" and a newline; one value:
 * " (fill 1):". */
static void print_span(FILE *f, const sweep *sw)
{
    char words[SL_ID_MAX + 16], v[40];
    fprintf(f, " (%s %s", input_words(sw, words, sizeof words),
            sw->n > 1 ? "from " : "");
    fputs(sweep_column_text(sw, 0, v, sizeof v), f);
    if (sw->n > 1)
        fprintf(f, " to %s", sweep_column_text(sw, sw->n - 1, v,
                                              sizeof v));
    fputs("):\n", f);
}

/* The lines on where the verdict turns: along each row, then down each
 * column. */
static void print_turns(FILE *f, const grid *g)
{
    const sweep *a = g->in[0], *b = g->in[1];
    char line[1400], tag[SL_ID_MAX + 64], pre[SL_ID_MAX + 24], v[40];
    const char *post;
    fputs("\nWhere the verdict turns along each row", f);
    print_span(f, b);
    sweep_value_words(a, pre, sizeof pre, &post);
    for (size_t i = 0; i < a->n; i++) {
        snprintf(tag, sizeof tag, "at %s%s%s", pre,
                 sweep_column_text(a, i, v, sizeof v), post);
        turns(g, i * b->n, 1, b, line, sizeof line);
        cli_wrap(f, "  ", tag, line);
    }
    fputs("... and down each column", f);
    print_span(f, a);
    sweep_value_words(b, pre, sizeof pre, &post);
    for (size_t j = 0; j < b->n; j++) {
        snprintf(tag, sizeof tag, "at %s%s%s", pre,
                 sweep_column_text(b, j, v, sizeof v), post);
        turns(g, j, b->n, a, line, sizeof line);
        cli_wrap(f, "  ", tag, line);
    }
}

void grid_print_table(FILE *f, const grid *g, const char *what)
{
    char tag[120], b1[40], b2[40];
    int unbounded = 0;
    print_heading(f, g, what);
    print_legend(f, g);
    fputc('\n', f);
    print_cells(f, g);
    for (size_t i = 0; i < g->n; i++) {
        unbounded |= isinf(g->pt[i].r.s.max);
        if (!g->pt[i].note[0])
            continue;
        snprintf(tag, sizeof tag, "%s, %s",
                 sweep_column_text(g->in[0], i / g->in[1]->n, b1, sizeof b1),
                 sweep_column_text(g->in[1], i % g->in[1]->n, b2, sizeof b2));
        if (i == 0)
            fputc('\n', f);
        cli_wrap(f, "", tag, g->pt[i].note);
    }
    if (unbounded)
        cli_print_unbounded_note(f);
    if (g->pt[0].r.has_claim)
        print_turns(f, g);
}

int grid_print_csv(FILE *f, const grid *g)
{
    fputs("input1,value1,input2,value2," REG_CSV_FIGURES "\n", f);
    for (size_t i = 0; i < g->n; i++) {
        double v[2];
        values_of(g, i, v);
        cli_csv_text(f, g->in[0]->name, 1);
        cli_csv_num(f, v[0]);
        cli_csv_text(f, g->in[1]->name, 0);
        cli_csv_num(f, v[1]);
        fputs(g->pt[i].csv ? g->pt[i].csv : "\n", f);
    }
    return 0;
}

/* A value of sw as JSON: a count as an integer. */
static json_t *value_json(const sweep *sw, double v)
{
    return sw->input == SWEEP_CONTAINERS ? json_integer((json_int_t)v)
                                         : json_real(v);
}

int grid_print_json(FILE *f, const grid *g)
{
    json_t *root = json_object(), *obj = json_object(), *list = json_array();
    json_t *names = json_array();
    int rc = 1;
    if (!root || !obj || !list || !names ||
        json_object_set(root, "sweep", obj) ||
        json_array_append_new(names, json_string(g->in[0]->name)) ||
        json_array_append_new(names, json_string(g->in[1]->name)) ||
        json_object_set(obj, "inputs", names) ||
        json_object_set(obj, "points", list))
        goto oom;
    for (size_t i = 0; i < g->n; i++) {
        json_t *vals = json_array();
        double v[2];
        values_of(g, i, v);
        if (vals &&
            (json_array_append_new(vals, value_json(g->in[0], v[0])) ||
             json_array_append_new(vals, value_json(g->in[1], v[1])))) {
            json_decref(vals);
            goto oom;
        }
        if (cli_append_keyed(list, "values", vals, g->pt[i].json))
            goto done; /* it said why */
    }
    rc = cli_dump_json(f, root);
    goto done;
oom:
    fprintf(stderr, "shipload-estimate: json: out of memory\n");
done:
    json_decref(names);
    json_decref(list);
    json_decref(obj);
    json_decref(root);
    return rc;
}

/* ------------------------------------------------------------------ */
/* The heatmap                                                         */

int grid_plot(const char *path, const grid *g, const char *what)
{
    const sweep *a = g->in[0], *b = g->in[1];
    char (*rt)[40] = calloc(a->n + b->n, sizeof *rt);
    const char **rows = calloc(a->n + b->n, sizeof *rows);
    double *p = calloc(g->n, sizeof *p);
    int *verdict = calloc(g->n, sizeof *verdict);
    char labels[2][SL_ID_MAX + 40], title[300], sub[900], msg[400], b1[32];
    plot_grid_data d;
    int rc = 1, mixed;
    sl_qualifier q;
    reg_row one[1];
    if (!rt || !rows || !p || !verdict) {
        fprintf(stderr, "shipload-estimate: out of memory\n");
        goto done;
    }
    for (size_t i = 0; i < a->n + b->n; i++) { /* axis labels: 4 digits */
        const sweep *sw = i < a->n ? a : b;
        double v = sw->value[i < a->n ? i : i - a->n];
        if (sw->input == SWEEP_CONTAINERS)
            rows[i] = sweep_value_text(sw, v, rt[i], sizeof rt[i]);
        else {
            snprintf(rt[i], sizeof rt[i], "%.4g", v);
            rows[i] = rt[i];
        }
    }
    for (size_t i = 0; i < g->n; i++) {
        p[i] = reg_claim_share(&g->pt[i].r.cc);
        verdict[i] = (int)g->pt[i].r.cc.verdict;
    }
    for (int k = 0; k < 2; k++)
        if (g->in[k]->input == SWEEP_SHARE)
            snprintf(labels[k], sizeof labels[k], "share of %s",
                     g->in[k]->name + 6);
        else if (g->in[k]->input == SWEEP_FILL)
            snprintf(labels[k], sizeof labels[k], "fill of each container");
        else {
            char qw[64];
            count_words(g->pt[0].r.containers, qw, sizeof qw);
            snprintf(labels[k], sizeof labels[k], "containers%s%s%s",
                     *qw ? " (" : "", qw, *qw ? "N)" : "");
        }
    one[0] = g->pt[0].r;
    q = one[0].cc.qualifier;
    snprintf(title, sizeof title, "Claim: %s. %s: the share of samples %s",
             one[0].claim, reg_share_column(one, 1, &mixed),
             q == SL_QUAL_RANGE     ? "inside it"
             : q == SL_QUAL_AT_MOST ? "at or below it"
                                    : "that reach it");
    snprintf(sub, sizeof sub, "%s samples, seed %llu in every cell; %s",
             cli_group((double)g->pt[0].samples, b1, sizeof b1),
             (unsigned long long)g->pt[0].seed, what);
    d.rows = a->n;
    d.cols = b->n;
    d.p = p;
    d.verdict = verdict;
    d.row_text = rows;
    d.col_text = rows + a->n;
    d.row_label = labels[0];
    d.col_label = labels[1];
    d.title = title;
    d.sub = sub;
    if (plot_grid(&d, path, msg, sizeof msg)) {
        fprintf(stderr, "shipload-estimate: --plot: %s\n", msg);
        goto done;
    }
    rc = 0;
done:
    free(rt);
    free(rows);
    free(p);
    free(verdict);
    return rc;
}
