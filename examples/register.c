/* examples/register.c - several claims side by side (register.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "cli.h"
#include "register.h"

/* A column's width: terminal columns, where bytes made a Cyrillic label
 * take half the room it padded and characters a Korean one twice. */
static int text_width(const char *s, size_t len)
{
    return (int)cli_columns(s, len);
}

/* The file's base name without ".json", cut to REG_LABEL_MAX columns
 * (not bytes, which split a Cyrillic or Hangul name mid-character), and
 * to what buf holds (a name of many combining marks). */
static void file_label(const char *file, char *buf, size_t n)
{
    const char *base = strrchr(file, '/');
    size_t len, b;
    int cut;
    base = base && base[1] ? base + 1 : file;
    len = strlen(base);
    if (len > 5 && !strcmp(base + len - 5, ".json"))
        len -= 5;
    cut = text_width(base, len) > REG_LABEL_MAX;
    cli_cut(base, len, (size_t)(cut ? REG_LABEL_MAX - 3 : REG_LABEL_MAX), &b);
    while (b + 4 > n) { /* back to a whole character, with room for "..." */
        cut = 1;
        do
            b--;
        while (b > 0 && ((unsigned char)base[b] & 0xC0) == 0x80);
    }
    snprintf(buf, n, "%.*s%s", (int)b, base, cut ? "..." : "");
}

/* The share of samples that keeps claim cc: P(in) for a range, P(<=) for
 * "at most", else P(>=). */
double reg_claim_share(const sl_claim_check *cc)
{
    return cc->qualifier == SL_QUAL_RANGE      ? cc->p_in_range
           : cc->qualifier == SL_QUAL_AT_MOST  ? cc->p_at_most
                                               : cc->p_at_least;
}

/* The heading of the share column for claim cc. */
static const char *share_heading(const sl_claim_check *cc)
{
    return cc->qualifier == SL_QUAL_RANGE     ? "P(in)"
           : cc->qualifier == SL_QUAL_AT_MOST ? "P(<=)"
                                              : "P(>=)";
}

/* A per-container figure, grouped, with one decimal below 1,000 (470.0;
 * 1,600,000). */
static const char *per_cell(double v, char *buf, size_t n)
{
    sl_format_number(v, 0, fabs(v) < 1000, buf, n);
    return buf;
}

void reg_fill_row(reg_row *r, const sl_result *res, const char *file)
{
    const sl_scenario *sc = sl_result_scenario(res);
    const sl_dist *nd;
    r->count = SL_QUAL_EXACT;
    nd = sl_scenario_containers(sc, &r->count);
    r->label[0] = '\0';
    if (file)
        file_label(file, r->label, sizeof r->label);
    cli_containers_text(sc, r->containers, sizeof r->containers);
    r->one = nd && sl_dist_is_const(nd) && sl_dist_quantile(nd, 0.5) == 1;
    sl_result_total(res, &r->s);
    r->has_claim = sl_result_claim(res, &r->cc) == SL_OK;
    /* per container: the whole count the model runs, as the claim check
       counts them ("at least N": N; 1.4 stated: 1), with a claim or
       without */
    r->n = r->has_claim ? r->cc.containers : cli_model_count(sc);
    per_cell(r->s.p50 / r->n, r->cell[REG_PER], sizeof r->cell[REG_PER]);
    cli_sig3(r->s.p05, r->cell[REG_P05], sizeof r->cell[REG_P05]);
    cli_sig3(r->s.p50, r->cell[REG_P50], sizeof r->cell[REG_P50]);
    cli_sig3(r->s.p95, r->cell[REG_P95], sizeof r->cell[REG_P95]);
    cli_sig3_up(r->s.max, r->cell[REG_MAX], sizeof r->cell[REG_MAX]);
    r->claim[0] = '\0';
    snprintf(r->cell[REG_SHARE], sizeof r->cell[REG_SHARE], "-");
    if (r->has_claim) {
        cli_claim_text(&r->cc, r->claim, sizeof r->claim);
        cli_share_cell(reg_claim_share(&r->cc), r->cell[REG_SHARE],
                       sizeof r->cell[REG_SHARE]);
    }
}

/* A copy of s into *out ("" for NULL when empty); 0 or -1. */
static int keep_text(const char *s, int empty, char **out)
{
    *out = NULL;
    if (!s && !empty)
        return 0;
    *out = strdup(s ? s : "");
    return *out ? 0 : -1;
}

int reg_keep(reg_entry *k, const sl_result *res, const char *file,
             reg_format fmt)
{
    const sl_scenario *sc = sl_result_scenario(res);
    const char *src = NULL, *date = NULL;
    memset(k, 0, sizeof *k);
    k->file = file;
    reg_fill_row(&k->r, res, file);
    k->samples = sl_result_samples_count(res);
    k->seed = sl_result_options(res)->seed;
    k->missed = cli_precision_missed(res);
    if (!cli_precision_text(res, k->note, sizeof k->note))
        k->note[0] = '\0';
    if (k->r.has_claim)
        sl_scenario_claim(sc, NULL, NULL, &src, &date);
    if (keep_text(sl_scenario_title(sc), 1, &k->title) ||
        keep_text(src, 0, &k->source) || keep_text(date, 0, &k->date))
        goto oom;
    if (fmt == REG_OUT_JSON && !(k->json = cli_result_json(res)))
        return 1; /* it said why */
    if (fmt == REG_OUT_CSV) {
        size_t len = 0;
        FILE *m = open_memstream(&k->csv, &len);
        if (!m)
            goto oom;
        reg_csv_figures(m, &k->r, res);
        if (fclose(m))
            goto oom;
    }
    return 0;
oom:
    fprintf(stderr, "shipload-estimate: out of memory\n");
    return 1;
}

void reg_entry_free(reg_entry *k)
{
    json_decref(k->json);
    free(k->csv);
    free(k->title);
    free(k->source);
    free(k->date);
    k->json = NULL;
    k->csv = k->title = k->source = k->date = NULL;
}

reg_row *reg_rows(const reg_entry *e, size_t n)
{
    reg_row *r = calloc(n ? n : 1, sizeof *r);
    if (!r) {
        fprintf(stderr, "shipload-estimate: out of memory\n");
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        r[i] = e[i].r;
    return r;
}

const char *reg_share_column(const reg_row *r, size_t n, int *mixed)
{
    const char *h = NULL;
    *mixed = 0;
    for (size_t i = 0; i < n; i++) {
        if (!r[i].has_claim)
            continue;
        if (h && strcmp(h, share_heading(&r[i].cc)))
            *mixed = 1;
        h = share_heading(&r[i].cc);
    }
    return *mixed ? "P(claim)" : h ? h : "P(>=)";
}

/* The samples and seed of every row when they are the same into buf
 * ("20,000 samples, seed 1"); 0 (buf "") when they differ. */
static int common_run(const reg_entry *e, size_t n, char *buf, size_t len)
{
    char b[32];
    size_t m = e[0].samples;
    uint64_t seed = e[0].seed;
    buf[0] = '\0';
    for (size_t i = 1; i < n; i++)
        if (e[i].samples != m || e[i].seed != seed)
            return 0;
    snprintf(buf, len, "%s samples, seed %llu",
             cli_group((double)m, b, sizeof b), (unsigned long long)seed);
    return 1;
}

/* The table: one line of figures per file and, under it, what the file
 * states. */
static void print_rows(FILE *f, const reg_row *r, size_t n, const char *share_h)
{
    static const char *const head[REG_NCELLS] = {"per cont.", "P5", "P50",
                                             "P95", "hard max", ""};
    int wn = snprintf(NULL, 0, "%zu", n), wl = 8, w[REG_NCELLS];
    for (int c = 0; c < REG_NCELLS; c++)
        w[c] = (int)strlen(c == REG_SHARE ? share_h : head[c]);
    for (size_t i = 0; i < n; i++) {
        int lw = text_width(r[i].label, sizeof r[i].label);
        wl = lw > wl ? lw : wl;
        for (int c = 0; c < REG_NCELLS; c++)
            if ((int)strlen(r[i].cell[c]) > w[c])
                w[c] = (int)strlen(r[i].cell[c]);
    }
    fprintf(f, "%-*s  %-*s  %*s  %*s  %*s  %*s  %*s  %*s  %s\n", wn, "#", wl,
            "scenario", w[0], head[0], w[1], head[1], w[2], head[2], w[3],
            head[3], w[4], head[4], w[5], share_h, "verdict");
    for (size_t i = 0; i < n; i++) {
        char per[40];
        /* padded by columns: %-*s pads bytes */
        int pad = wl - text_width(r[i].label, sizeof r[i].label);
        fprintf(f, "%-*zu  %s%*s  %*s  %*s  %*s  %*s  %*s  %*s  %s%s\n", wn,
                i + 1, r[i].label, pad, "", w[0], r[i].cell[0], w[1],
                r[i].cell[1],
                w[2], r[i].cell[2], w[3], r[i].cell[3], w[4], r[i].cell[4],
                w[5], r[i].cell[5],
                r[i].has_claim ? sl_verdict_name(r[i].cc.verdict) : "-",
                r[i].has_claim ? cli_verdict_mark(&r[i].cc) : "");
        fprintf(f, "%*s  %s container%s, ", wn, "", r[i].containers,
                r[i].one ? "" : "s");
        if (!r[i].has_claim) {
            fprintf(f, "no claim\n");
            continue;
        }
        /* as the single run's claim line writes it (480, not 480.0) */
        cli_per_text(r[i].cc.per_container, per, sizeof per);
        if (r[i].cc.qualifier == SL_QUAL_RANGE) {
            char hi[40];
            cli_per_text(r[i].cc.value_high / r[i].cc.containers, hi,
                         sizeof hi);
            fprintf(f, "claim %s (%s to %s per container)\n", r[i].claim,
                    per, hi);
        } else
            fprintf(f, "claim %s (%s per container)\n", r[i].claim, per);
    }
}

/* The legend: each row's file, its title and the claim's source, and its
 * samples and seed when the rows differ in them. */
static void print_legend(FILE *f, const reg_entry *e, const reg_row *r, size_t n,
                         int common)
{
    for (size_t i = 0; i < n; i++) {
        const char *title = e[i].title, *src = NULL, *date = NULL;
        char line[2048], b[32];
        int w = snprintf(line, sizeof line, "%zu  %s: %s", i + 1, e[i].file,
                         title && *title ? title : "(no title)");
        if (r[i].has_claim) {
            src = e[i].source;
            date = e[i].date;
        }
        if (w > 0 && (size_t)w < sizeof line && ((src && *src) ||
                                                 (date && *date)))
            w += snprintf(line + w, sizeof line - (size_t)w,
                          "; claim: %s%s%s", src && *src ? src : "",
                          src && *src && date && *date ? ", " : "",
                          date && *date ? date : "");
        if (!common && w > 0 && (size_t)w < sizeof line)
            snprintf(line + w, sizeof line - (size_t)w,
                     " (%s samples, seed %llu)",
                     cli_group((double)e[i].samples, b, sizeof b),
                     (unsigned long long)e[i].seed);
        cli_wrap(f, "", NULL, line);
    }
}

void reg_print_mark_notes(FILE *f, const reg_row *r, size_t n)
{
    int unsettled = 0, other_count = 0;
    for (size_t i = 0; i < n; i++) {
        unsettled |= r[i].has_claim && r[i].cc.unsettled;
        other_count |= r[i].has_claim && *cli_verdict_mark(&r[i].cc) == '+';
    }
    if (other_count)
        cli_print_count_note(f);
    if (unsettled)
        cli_print_unsettled_note(f);
}

void reg_print_table(FILE *f, const reg_entry *e, size_t n)
{
    reg_row *r = reg_rows(e, n);
    char run[96], tag[4 * REG_LABEL_MAX + 24];
    int mixed, unbounded = 0, common;
    const char *share_h;
    if (!r || n == 0) {
        free(r);
        return;
    }
    share_h = reg_share_column(r, n, &mixed);
    common = common_run(e, n, run, sizeof run);
    fprintf(f, "shipload %s: %zu scenario files side by side\n", sl_version(),
            n);
    fprintf(f, "Checked: each file's own claim and containers, %s%s\n\n",
            common ? run : "with its own samples and seed (in the legend)",
            common ? " each" : "");
    print_rows(f, r, n, share_h);
    fputc('\n', f);
    print_legend(f, e, r, n, common);
    for (size_t i = 0; i < n; i++)
        unbounded |= isinf(r[i].s.max);
    fprintf(f, "per cont.: P50 of the total per container (as the claim "
               "counts them)\n");
    if (mixed)
        fprintf(f, "P(claim): the share of samples that keep the claim: "
                   "P(>=) for one total,\n  P(<=) for \"at most\", P(in) "
                   "for a range\n");
    reg_print_mark_notes(f, r, n);
    for (size_t i = 0; i < n; i++)
        if (e[i].note[0]) {
            snprintf(tag, sizeof tag, "%zu %s", i + 1, r[i].label);
            cli_wrap(f, "", tag, e[i].note);
        }
    if (unbounded)
        cli_print_unbounded_note(f);
    fprintf(f, "\nVerdict (each file's check, as a run of that file alone "
               "prints it)\n");
    for (size_t i = 0; i < n; i++) {
        snprintf(tag, sizeof tag, "%zu %s", i + 1, r[i].label);
        cli_wrap(f, "  ", tag,
                 r[i].has_claim ? r[i].cc.text : "no claim to check.");
    }
    fprintf(f, "\nEach file alone (shipload-estimate FILE) adds its capacity "
               "table, assumptions\nand what drives its range.\n");
    free(r);
}

void reg_csv_figures(FILE *f, const reg_row *r, const sl_result *res)
{
    const sl_scenario *sc = sl_result_scenario(res);
    const sl_claim_check *cc = &r->cc;
    const char *src = NULL, *date = NULL;
    double nan = NAN;
    int c = r->has_claim;
    if (c)
        sl_scenario_claim(sc, NULL, NULL, &src, &date);
    cli_csv_text(f, r->containers, 0);
    cli_csv_num(f, r->n);
    cli_csv_text(f, r->claim, 0);
    cli_csv_num(f, c ? cc->value : nan);
    cli_csv_num(f, c ? cc->value_high : nan);
    cli_csv_text(f, src ? src : "", 0);
    cli_csv_text(f, date ? date : "", 0);
    fprintf(f, ",%zu,%llu", sl_result_samples_count(res),
            (unsigned long long)sl_result_options(res)->seed);
    cli_csv_num(f, r->s.p50 / r->n);
    cli_csv_num(f, r->s.p05);
    cli_csv_num(f, r->s.p50);
    cli_csv_num(f, r->s.p95);
    cli_csv_num(f, r->s.min);
    cli_csv_num(f, r->s.max);
    cli_csv_num(f, c ? cc->p_at_least : nan);
    cli_csv_num(f, c ? cc->p_at_most : nan);
    cli_csv_num(f, c ? cc->p_in_range : nan);
    cli_csv_text(f, c ? sl_verdict_name(cc->verdict) : "", 0);
    /* the "+" of the tables: consistent only with a count the stated one
       admits (a CSV row of "consistent" beside a hard maximum below the
       claim read as a contradiction) */
    fprintf(f, ",%s,%s,%s", !c ? "" : cc->unsettled ? "1" : "0",
            !c ? "" : cc->needs_more_containers ? "1" : "0",
            !c ? "" : cc->needs_fewer_containers ? "1" : "0");
    /* the --precision target and whether it was reached (1 or 0; both
       empty when the run was not adaptive) */
    {
        const sl_options *o = sl_result_options(res);
        int adaptive = o && o->rel_precision > 0;
        cli_csv_num(f, adaptive ? o->rel_precision : nan);
        fprintf(f, ",%s\n", !adaptive ? "" : cli_precision_missed(res) ? "0" : "1");
    }
}

int reg_print_csv(FILE *f, const reg_entry *e, size_t n)
{
    fputs("file,title," REG_CSV_FIGURES "\n", f);
    for (size_t i = 0; i < n; i++) {
        cli_csv_text(f, e[i].file, 1);
        cli_csv_text(f, e[i].title, 0);
        fputs(e[i].csv ? e[i].csv : "\n", f);
    }
    return 0;
}

int reg_print_json(FILE *f, const reg_entry *e, size_t n)
{
    json_t *root = json_object(), *list = json_array();
    int rc = 1;
    if (!root || !list || json_object_set(root, "scenarios", list)) {
        fprintf(stderr, "shipload-estimate: json: out of memory\n");
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        json_t *name = json_string(e[i].file);
        if (!name) {
            fprintf(stderr, "shipload-estimate: json: a file name that is "
                    "not UTF-8\n");
            goto done;
        }
        if (cli_append_keyed(list, "file", name, e[i].json))
            goto done;
    }
    rc = cli_dump_json(f, root);
done:
    json_decref(list);
    json_decref(root);
    return rc;
}
