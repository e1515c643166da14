/* examples/cli_io.c - catalog files, --list, CSV, output files, progress. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"
#include "cli_io.h"
#include "plot.h"
#include "register.h"

#define PROG "shipload-estimate"

int cli_load_catalogs(sl_catalog *cat, const char *const *files, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        sl_error e;
        sl_error_clear(&e);
        if (sl_catalog_load_file(cat, files[i], &e) != SL_OK) {
            /* the flag, then the file (and line) as the library names it;
               a missing or bad file is bad input */
            fprintf(stderr, PROG ": --catalog %s: %s\n",
                    e.where[0] ? e.where : files[i], e.what);
            return e.status == SL_ENOMEM ? 1 : 2;
        }
    }
    return 0;
}

/* v for people, grouped, with the decimals it has (up to 6): "46.25",
 * "2,283.5", "2,250". */
static const char *num(double v, char *buf, size_t n)
{
    int d = 0;
    double p = 1;
    while (isfinite(v) && d < 6 && fabs(v - round(v * p) / p) > 1e-9 * fabs(v)) {
        d++;
        p *= 10;
    }
    if (isinf(v) && v > 0)
        return cli_group(v, buf, n);
    sl_format_number(v, 0, d, buf, n);
    return buf;
}

/* "2,250 kg [V2]" for a figure; "930 (900-960) mm [EST]" for one with a
 * range (its distribution's reachable support, as the assumptions of a
 * run show it). */
static const char *fig(const sl_figure *f, const char *unit, char *buf,
                       size_t n)
{
    char g[48], lo[48], hi[48], r[112] = "";
    if (f->dist.lo != f->dist.hi)
        snprintf(r, sizeof r, " (%s-%s)", num(f->dist.lo, lo, sizeof lo),
                 num(f->dist.hi, hi, sizeof hi));
    snprintf(buf, n, "%s%s%s%s [%s]", num(f->nominal, g, sizeof g), r,
             *unit ? " " : "", unit, sl_confidence_name(f->conf));
    return buf;
}

/* Print the source of each figure, labelled, wrapped. */
static void print_sources(FILE *f, const sl_figure *const *fg,
                          const char *const *label, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (fg[i]->source[0])
            cli_wrap(f, "      ", label[i], fg[i]->source);
}

/* "100 mm (0-200)": a load rule's figure and its range. */
static const char *rule(double v, const double r[2], const char *unit,
                        char *buf, size_t n)
{
    if (r[0] == r[1])
        snprintf(buf, n, "%g %s", v, unit);
    else
        snprintf(buf, n, "%g %s (%g-%g)", v, unit, r[0], r[1]);
    return buf;
}

/* The default load rules (not catalog entries: a scenario sets them). */
static void list_load_rules(FILE *f)
{
    sl_load_rules r;
    char a[64], b[64], c[64], d[64];
    sl_load_rules_init(&r);
    fprintf(f, "\nLoad rules (defaults, EST: nominal, then the range an "
               "estimate draws from;\nscenario files set them under "
               "\"load_rules\"; docs/method-capacity.md)\n");
    fprintf(f, "  %-22s %s\n", "margin, length",
            rule(r.margin_length, r.margin_length_range, "mm", a, sizeof a));
    fprintf(f, "  %-22s %s\n", "margin, width",
            rule(r.margin_width, r.margin_width_range, "mm", b, sizeof b));
    fprintf(f, "  %-22s %s (the three margins move together)\n",
            "margin, height",
            rule(r.margin_height, r.margin_height_range, "mm", c, sizeof c));
    fprintf(f, "  %-22s %s per container, packaged cargo only\n", "dunnage",
            rule(r.dunnage, r.dunnage_range, "kg", d, sizeof d));
    fprintf(f, "  %-22s %s\n", "door check",
            r.check_door ? "on: every package must pass the door opening"
                         : "off");
}

void cli_list_catalog(FILE *f, const sl_catalog *cat)
{
    char a[192], b[192], c[192], d[192], m[192];
    fprintf(f, "Container types (internal length x width x height; the range "
               "an estimate draws\nfrom in parentheses, the confidence of each "
               "figure in brackets, its source below)\n");
    for (size_t i = 0; i < sl_catalog_container_count(cat); i++) {
        const sl_container *k = sl_catalog_container_at(cat, i);
        fprintf(f, "  %-22s %s\n", k->id, k->name);
        fprintf(f, "  %-22s %s x %s x %s, tare %s, max gross %s\n", "",
                fig(&k->length, "", a, sizeof a), fig(&k->width, "", b, sizeof b),
                fig(&k->height, "mm", c, sizeof c), fig(&k->tare, "kg", d, sizeof d),
                fig(&k->max_gross, "kg", m, sizeof m));
        fprintf(f, "  %-22s door %s x %s\n", "",
                fig(&k->door_width, "", a, sizeof a),
                fig(&k->door_height, "mm", b, sizeof b));
        {
            const sl_figure *all[] = {&k->length, &k->width, &k->height,
                                      &k->door_width, &k->door_height,
                                      &k->tare, &k->max_gross};
            const char *const label[] = {"length", "width", "height",
                                         "door width", "door height",
                                         "tare", "max gross"};
            print_sources(f, all, label, sizeof all / sizeof all[0]);
        }
    }
    fprintf(f, "\nCargo types (mass per unit as carried, at nominal "
               "figures)\n");
    for (size_t i = 0; i < sl_catalog_cargo_count(cat); i++) {
        const sl_cargo *g = sl_catalog_cargo_at(cat, i);
        fprintf(f, "  %-22s %s\n", g->id, g->name);
        if (!g->munition) {
            fprintf(f, "  %-22s holds no munitions\n", "");
            continue;
        }
        double u = sl_cargo_unit_gross(g);
        sl_format_number(u, 0, u < 100 ? 2 : 0, a, sizeof a);
        fprintf(f, "  %-22s %s kg per %s as carried; %s\n", "", a, g->unit,
                g->kind == SL_CARGO_MASS_EQUIV ? "a mass equivalence, no "
                                                 "package (weight limit only)"
                                               : "packaged");
        fprintf(f, "  %-22s unit mass %s%s\n", "",
                fig(&g->unit_mass, "kg", a, sizeof a),
                g->kind == SL_CARGO_MASS_EQUIV ? "" : ", the bare item "
                "(informational: the packages set the limits)");
        for (size_t k = 0; k < g->npackages; k++) {
            const sl_package *p = &g->package[k];
            char stack[40];
            fprintf(f, "  %-22s %s: %g per package, %s x %s x %s, %s, up: "
                       "%s, stacks %s\n", "",
                    p->name, p->units, fig(&p->length, "", a, sizeof a),
                    fig(&p->width, "", b, sizeof b),
                    fig(&p->height, "mm", c, sizeof c),
                    fig(&p->gross, "kg", d, sizeof d), p->vertical,
                    cli_stack_text(p, stack, sizeof stack));
        }
        {
            const sl_figure *all[1 + 4 * SL_CARGO_PACKAGES_MAX];
            const char *label[1 + 4 * SL_CARGO_PACKAGES_MAX];
            static const char *const part[4][SL_CARGO_PACKAGES_MAX] = {
                {"package[0] length", "package[1] length",
                 "package[2] length", "package[3] length"},
                {"package[0] width", "package[1] width", "package[2] width",
                 "package[3] width"},
                {"package[0] height", "package[1] height",
                 "package[2] height", "package[3] height"},
                {"package[0] gross", "package[1] gross", "package[2] gross",
                 "package[3] gross"}};
            size_t n = 0;
            label[n] = "unit mass";
            all[n++] = &g->unit_mass;
            for (size_t k = 0; k < g->npackages && k < SL_CARGO_PACKAGES_MAX;
                 k++) {
                const sl_package *p = &g->package[k];
                const sl_figure *pf[4] = {&p->length, &p->width, &p->height,
                                          &p->gross};
                for (int j = 0; j < 4; j++) {
                    label[n] = part[j][k];
                    all[n++] = pf[j];
                }
            }
            print_sources(f, all, label, n);
        }
    }
    list_load_rules(f);
}

int cli_print_csv(FILE *f, const sl_result *res, const char *file)
{
    char *text = NULL;
    sl_error e;
    reg_row r;
    sl_error_clear(&e);
    if (sl_result_to_csv(res, &text, &e) != SL_OK) {
        cli_lib_error(NULL, &e);
        return 1;
    }
    fputs(text, f);
    sl_free(text);
    /* the claim check (verdict, shares, per container), the seed and the
       precision, as a register's row of this run: it had none of them */
    reg_fill_row(&r, res, file);
    fputs("\nfile,title," REG_CSV_FIGURES "\n", f);
    cli_csv_text(f, file ? file : "", 1);
    cli_csv_text(f, sl_scenario_title(sl_result_scenario(res)), 0);
    reg_csv_figures(f, &r, res);
    return 0;
}

/* The directory of path into dir (size n; "." when it names none);
 * returns the file name after it. */
static const char *split_dir(const char *path, char *dir, size_t n)
{
    const char *slash = strrchr(path, '/');
    size_t len = !slash ? 0 : slash == path ? 1 : (size_t)(slash - path);
    if (!slash || len >= n) /* too long: "", which stat refuses */
        snprintf(dir, n, "%s", slash ? "" : ".");
    else {
        memcpy(dir, path, len);
        dir[len] = '\0';
    }
    return slash ? slash + 1 : path;
}

/* 1 if a and b name one directory entry, which sl_write_file replaces by
 * renaming into it: the same text, the same name in one directory
 * however it is written ("x", "./x", "d/../x"), or one file reached
 * through a symbolic link. */
static int same_entry(const char *a, const char *b)
{
    char da[4096], db[4096];
    struct stat sa, sb;
    const char *na = split_dir(a, da, sizeof da),
               *nb = split_dir(b, db, sizeof db);
    char *ra, *rb;
    int same;
    if (!strcmp(a, b))
        return 1;
    /* a symbolic link is written through to its file */
    ra = realpath(a, NULL);
    rb = realpath(b, NULL);
    same = ra && rb && !strcmp(ra, rb);
    free(ra);
    free(rb);
    if (same)
        return 1;
    return !strcmp(na, nb) && stat(da, &sa) == 0 && stat(db, &sb) == 0 &&
           sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

int cli_check_outputs(const cli_outputs *o)
{
    static const char *const flag[4] = {"--samples-out", "--plot",
                                        "--plot-sensitivity",
                                        "--scenario-out"};
    const char *path[4] = {o->samples_out, o->plot, o->plot_sensitivity,
                           o->scenario_out};
    for (int k = 0; k < 4; k++) {
        struct stat st;
        char *tmp, *real = NULL;
        size_t n;
        int fd;
        if (!path[k])
            continue;
        for (int j = 0; j < k; j++)
            if (path[j] && same_entry(path[j], path[k])) {
                fprintf(stderr, PROG ": %s: \"%s\" is also the file of %s; "
                        "give each output its own file\n", flag[k], path[k],
                        flag[j]);
                return 2;
            }
        if (!*path[k]) {
            fprintf(stderr, PROG ": %s: no file name given\n", flag[k]);
            return 2;
        }
        if (stat(path[k], &st) == 0 && S_ISDIR(st.st_mode)) {
            fprintf(stderr, PROG ": %s: \"%s\" is a directory; give a file "
                    "name\n", flag[k], path[k]);
            return 2;
        }
        /* sl_write_file renames a temporary file over the path: it refuses
           a device or pipe (/dev/null, /dev/stdout), whose node the rename
           would replace, and writes a symbolic link through to its file */
        if (stat(path[k], &st) == 0 && !S_ISREG(st.st_mode)) {
            fprintf(stderr, PROG ": %s: \"%s\" is not a regular file (a "
                    "device or pipe); the output is written whole through a "
                    "temporary file renamed over it: give a file name\n",
                    flag[k], path[k]);
            return 2;
        }
        if (lstat(path[k], &st) == 0 && S_ISLNK(st.st_mode) &&
            !(real = realpath(path[k], NULL))) {
            fprintf(stderr, PROG ": %s: \"%s\" is a symbolic link to a "
                    "missing file; give a file name\n", flag[k], path[k]);
            return 2;
        }
        n = strlen(real ? real : path[k]);
        if (!(tmp = malloc(n + 8))) {
            fprintf(stderr, PROG ": %s: out of memory\n", flag[k]);
            free(real);
            return 1;
        }
        memcpy(tmp, real ? real : path[k], n);
        free(real);
        real = NULL;
        memcpy(tmp + n, ".XXXXXX", 8);
        fd = mkstemp(tmp); /* where sl_write_file will write */
        if (fd < 0) {
            fprintf(stderr, PROG ": %s: cannot create a file next to \"%s\": "
                    "%s\n", flag[k], path[k], strerror(errno));
            free(tmp);
            return 1;
        }
        close(fd);
        unlink(tmp);
        free(tmp);
    }
    return 0;
}

int cli_write_outputs(const sl_result *res, const cli_outputs *o)
{
    char msg[400];
    sl_error e;
    sl_error_clear(&e);
    if (o->samples_out && sl_result_write_samples(res, o->samples_out, &e)) {
        fprintf(stderr, PROG ": --samples-out: %s\n", e.what);
        return e.status == SL_EIO ? 1 : 2;
    }
    if (o->plot && plot_distribution(res, o->plot, msg, sizeof msg)) {
        fprintf(stderr, PROG ": --plot: %s\n", msg);
        return 1;
    }
    if (o->plot_sensitivity &&
        plot_sensitivity(res, o->plot_sensitivity, msg, sizeof msg)) {
        fprintf(stderr, PROG ": --plot-sensitivity: %s\n", msg);
        return 1;
    }
    if (o->scenario_out) {
        /* the samples drawn (more than asked for with --precision): a run
           of that many gives the same samples */
        sl_options opt = *sl_result_options(res);
        char *text = NULL;
        sl_status st;
        opt.samples = sl_result_samples_count(res);
        st = sl_scenario_to_json(sl_result_scenario(res), &opt, 0, &text, &e);
        if (st == SL_OK) {
            st = sl_write_file(o->scenario_out, text, strlen(text), &e);
            sl_free(text);
        }
        if (st != SL_OK) {
            fprintf(stderr, PROG ": --scenario-out: %s\n", e.what);
            return 1;
        }
    }
    return 0;
}

/* Seconds on a monotonic clock. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* The progress callback: a bar on stderr after the first second. */
static int progress_cb(double done, void *user)
{
    cli_progress *p = user;
    int width = 40, fillw;
    char bar[64];
    if (!p->enabled || now() - p->start < p->delay)
        return 0;
    done = done < 0 ? 0 : done > 1 ? 1 : done;
    done = (p->part + done) / p->parts;
    fillw = (int)(done * width + 0.5);
    memset(bar, '#', (size_t)fillw);
    memset(bar + fillw, '.', (size_t)(width - fillw));
    bar[width] = '\0';
    fprintf(stderr, "\r" PROG ": [%s] %3.0f %%", bar, 100 * done);
    fflush(stderr);
    p->shown = 1;
    return 0;
}

void cli_progress_attach(cli_progress *p, sl_options *opt, int quiet,
                         int force)
{
    p->enabled = !quiet && (force || isatty(STDERR_FILENO));
    p->delay = force ? 0.0 : 1.0;
    p->shown = 0;
    p->start = now();
    p->part = 0;
    p->parts = 1;
    if (p->enabled) {
        opt->progress = progress_cb;
        opt->progress_user = p;
    }
}

void cli_progress_note(cli_progress *p, const char *text)
{
    int room = 70 - (int)strlen(PROG ": ");
    if (!p || !p->enabled || now() - p->start < p->delay)
        return;
    fprintf(stderr, "\r" PROG ": %-*.*s", room, room, text);
    fflush(stderr);
    p->shown = 1;
}

void cli_progress_done(cli_progress *p)
{
    if (p->shown)
        fprintf(stderr, "\r%*s\r", 70, "");
    p->shown = 0;
}
