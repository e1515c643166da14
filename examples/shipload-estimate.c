/*
 * shipload-estimate - the analyst's command line: how many munitions could
 * the observed containers hold, and does a published claim fit?
 *
 * With no arguments it checks the June 2024 claim (at least 10,000
 * containers "could contain up to 4.8 million artillery shells") under
 * several stated interpretations.  Exit status: 0 success, 2 bad input
 * (message on stderr naming the flag or field, nothing on stdout), 1 any
 * other failure.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <jansson.h>
#include <shipload/shipload.h>
#include "cli.h"
#include "num_check.h"
#include "out_check.h"
#include "shown.h"
#include "cli_io.h"
#include "plot_file.h"
#include "register.h"
#include "grid.h"
#include "solve.h"
#include "sweep.h"

#define PROG "shipload-estimate"
#define MAX_KINDS 64

/* Everything the command line says. */
typedef struct args {
    const char *containers;
    const char *container[MAX_KINDS];
    size_t ncontainer;
    const char *cargo[MAX_KINDS];
    size_t ncargo;
    const char *fill;
    const char *claim;
    const char *margins, *dunnage;       /* --margins, --dunnage */
    int no_door;                         /* --no-door-check */
    const char *file;                    /* the scenario file (the first) */
    const char **files;                  /* every one, in order (argv) */
    size_t nfiles;                       /* 2 or more: a claims register */
    sl_options opt;
    int json;
    int csv, list, quiet, progress;      /* --csv, --list, --quiet,
                                            --progress */
    int samples_set, seed_set, threads_set; /* given on the command line */
    const char *catalog[MAX_KINDS];      /* --catalog files, in order */
    size_t ncatalog;
    cli_outputs out;                     /* --samples-out, --plot, ... */
    const char *sweep, *sweep2;          /* --sweep NAME=VALUES as given:
                                            the first, the second (a
                                            grid) */
    sweep sw, sw2;                       /* ... parsed */
    const char *solve;                   /* --solve NAME[=LO:HI] as given */
    solve_spec sv;                       /* ... parsed */
    int help, version;
    struct {
        char flag[32];                   /* (argv's may be --flag=value) */
        const char *value;
    } once[16];                          /* single-value options seen */
    size_t nonce;
} args;

/* One interpretation of the default scenario. */
typedef struct interp {
    const char *key;
    const char *name;
    const char *containers[3]; /* id=share, NULL-terminated */
    const char *cargo[5];
    const char *fill;
    sl_result *res;
} interp;

static void usage(FILE *f)
{
    fputs(
        "Usage: " PROG " [OPTION]... [SCENARIO.json]...\n"
        "Estimate how many munitions shipping containers could hold, and check\n"
        "a claim.  With no file and no --container, --cargo or --fill: the June\n"
        "2024 claim (at least 10,000 containers, up to 4.8 million shells) under\n"
        "four interpretations (--containers, --claim and the load rules apply\n"
        "to each).\n"
        "Two or more scenario files: a claims register, each file run as it\n"
        "would be alone (its own samples and seed unless given; the options\n"
        "apply to every file) in one table, --csv or --json; a file given\n"
        "twice, --samples-out, --plot, --plot-sensitivity and --scenario-out\n"
        "are then refused; with --sweep, so are several files and all of\n"
        "them but --plot, which draws the sweep.\n"
        "An option's value is the next argument or follows '=' (--samples=1000).\n"
        "\n"
        "Scenario:\n"
        "  --containers SPEC   container count: 10000, \"at least 10,000\",\n"
        "                      \"6700 to 7000\" (90 % interval); default 10000\n"
        "  --container ID[=SHARE]  container type (repeatable); default: 20 ft\n"
        "                      rated 24,000 or 30,480 kg, share of each unknown\n"
        "  --cargo ID[=SHARE]  cargo type (repeatable); default\n"
        "                      152mm-shell-mass-equiv; SHARE may be \"rest\"\n"
        "  --fill SPEC         fill of each container, fraction or %; default 1\n"
        "  --claim N           claim to check: 4800000, \"up to 4.8 million\",\n"
        "                      or a range: \"300,000 to 500,000\"\n"
        "  --margins SPEC      bracing margins in mm: X or LOW-HIGH for all\n"
        "                      three, or LENGTH,WIDTH,HEIGHT each so; default\n"
        "                      0-200,0-100,50-150 (a range is an input)\n"
        "  --dunnage SPEC      kg of dunnage per container: X or LOW-HIGH\n"
        "                      (1,000 = one thousand); default 50-250\n"
        "  --no-door-check     let packages that miss the door opening count\n"
        "  (The load-rule options apply to every interpretation of the\n"
        "  default run, and override a scenario file's load_rules.)\n"
        "Run:\n"
        "  --samples N         Monte Carlo samples (default 100000)\n"
        "  --seed N            seed (default 1); same seed, same answer\n"
        "  --threads N         threads (default: all cores; results identical)\n"
        "  --precision REL     add samples until P5/P50/P95 have a standard\n"
        "                      error below REL of their value (e.g. 0.001)\n"
        "                      and the claim's verdict is settled\n",
        f);
    fputs( /* two strings: a C11 compiler need take only 4,095 bytes */
        "Sweep:\n"
        "  --sweep NAME=VALUES how the answer moves with one input: one run\n"
        "                      per value, each with the same seed and\n"
        "                      samples, in one table (or --csv, --json);\n"
        "                      NAME is containers (its qualifier kept), fill\n"
        "                      or share:ID (a cargo or container type; the\n"
        "                      rest, or else the other shares in proportion,\n"
        "                      make room); VALUES a list 6700,10000,20000 or\n"
        "                      LO:HI:N, N (2 to 50) values from LO to HI;\n"
        "                      given twice (two inputs), a grid of every\n"
        "                      pair (at most 200), the first down the rows\n"
        "  --solve NAME[=LO:HI] the values of one input (as --sweep's) at\n"
        "                      which the share of samples that keep the\n"
        "                      claim crosses 5, 50 and 95 %, each with its\n"
        "                      Monte Carlo range, and where the verdict\n"
        "                      turns; default range: containers 1 to 10\n"
        "                      times the count (or the count the claim\n"
        "                      needs at the hard maximum), fill and shares\n"
        "                      0 to 1 (or --csv, --json)\n"
        "Output:\n"
        "  --json              one JSON object instead of the tables\n"
        "  --csv               the summary and capacity tables as CSV\n"
        "  --samples-out FILE  the total of every sample, after a header that\n"
        "                      records version, seed, scenario and sources\n"
        "  --plot FILE         distribution of the total (.png or .svg);\n"
        "                      with --sweep, P5-P50-P95 against the value;\n"
        "                      with two, a heatmap of the grid\n"
        "  --plot-sensitivity FILE  tornado chart of what drives it\n"
        "  --scenario-out FILE the run as a scenario file, with the catalog\n"
        "                      entries it uses: rerun it, share it\n"
        "  --quiet             no progress bar (shown on a terminal when a run\n"
        "                      takes more than a second; --solve shows\n"
        "                      each run's number and value instead)\n"
        "  --progress          the progress bar from the start, even when\n"
        "                      standard error is not a terminal (logs)\n"
        "  With the default run, --csv, --samples-out, --scenario-out, the\n"
        "  plots and --sweep show the realistic mix (interpretation 4).\n"
        "Catalog:\n"
        "  --catalog FILE      add or override container and cargo types\n"
        "                      (repeatable; docs/catalog-format.md)\n"
        "  --list              list the catalog with its figures, and the\n"
        "                      default load rules, and exit; with --json,\n"
        "                      write it as a catalog file to edit and load\n"
        "                      with --catalog\n"
        "  --help, --version\n"
        "\n"
        "SPEC forms: 12.5, 80%, a to b, uniform(a, b), triangular(a, m, b),\n"
        "pert(a, m, b), normal(mean, sd), lognormal(mu, sigma),\n"
        "beta(alpha, beta), choice(v1: w1, v2: w2).  Catalog ids:\n"
        "iso-20-24t, iso-20, iso-40, iso-40hc; 152mm-shell-mass-equiv,\n"
        "152mm-round, 122mm-round, 122mm-grad, kn-23, non-munition.\n"
        "See docs/method.md.\n",
        f);
}

/* Report bad input and return exit status 2. */
static int bad(const char *where, const char *what)
{
    char w[SHOWN_BUF];
    fprintf(stderr, PROG ": %s: ", shown(where, w, sizeof w));
    put_escaped(stderr, what);
    fputc('\n', stderr);
    return 2;
}

/* 1 if s[0..3) are digits and s[3] is not: a group after a thousands
 * separator. */
static int group_of_3(const char *s)
{
    for (int k = 0; k < 3; k++)
        if (s[k] < '0' || s[k] > '9')
            return 0;
    return s[3] < '0' || s[3] > '9';
}

/* Copy s into buf (size n) without its thousands separators, read as
 * --containers and --claim read them: a comma after a first group of 1 to
 * 3 digits (or after a group of 3) and before a group of exactly 3, not in
 * a decimal fraction ("1,000", "1,234,567.5").  Underscores are dropped
 * when drop_underscore.  Returns 0, or -1 for any other comma ("2,5",
 * "1,00") or a text longer than buf. */
static int strip_groups(const char *s, char *buf, size_t n, int drop_underscore)
{
    size_t j = 0, run = 0;
    int grouped = 0, frac = 0;
    for (const char *p = s; *p; p++) {
        if (*p == '_' && drop_underscore)
            continue;
        if (*p == ',') {
            if (frac || run == 0 || run > 3 || (grouped && run != 3) ||
                !group_of_3(p + 1))
                return -1;
            grouped = 1;
            run = 0;
            continue;
        }
        if (*p >= '0' && *p <= '9')
            run++;
        else {
            frac = *p == '.';
            run = 0;
            grouped = 0;
        }
        if (j + 1 >= n)
            return -1;
        buf[j++] = *p;
    }
    buf[j] = '\0';
    return 0;
}

/* 1 if s has an x or X: strtod's hexadecimal form ("0x10" is 16), which
 * no number flag takes. */
static int has_hex(const char *s)
{
    return strpbrk(s, "xX") != NULL;
}

/* s without the blanks (spaces, tabs) around it, into buf (size n);
 * returns buf, or NULL if it does not fit. */
static const char *trim_blanks(const char *s, char *buf, size_t n)
{
    size_t len;
    s += strspn(s, " \t");
    len = strlen(s);
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    if (len >= n)
        return NULL;
    memcpy(buf, s, len);
    buf[len] = '\0';
    return buf;
}

/* A whole number in [lo, hi] ("1e6", "1,000,000" and "1_000_000"
 * accepted; "2,5" is not 25; blanks around it are no part of it). */
static int parse_whole(const char *s, double lo, double hi, double *out)
{
    char t[512], buf[512], *end;
    size_t j;
    double v;
    if (!(s = trim_blanks(s, t, sizeof t)) ||
        strip_groups(s, buf, sizeof buf, 1) || has_hex(buf) ||
        strspn(buf, " \t\n\v\f\r"))
        return -1;
    j = strlen(buf);
    errno = 0;
    v = strtod(buf, &end);
    if (j == 0 || *end || errno || !isfinite(v) || v != floor(v) || v < lo ||
        v > hi)
        return -1;
    *out = v;
    return 0;
}

/* A seed in [0, 2^64 - 1], read exactly in every form parse_whole takes:
 * digits (a double would turn 12345678901234567890 into ...7168), with
 * thousands separators or underscores, or a decimal with an exponent
 * ("1e19", "9.007199254740993e15": its digits, not the nearest double).
 * Blanks around it are no part of it. */
static int parse_seed(const char *s, uint64_t *out)
{
    char t[512], buf[512], dig[512];
    const char *p;
    size_t nd = 0, nfrac = 0;
    long ex = 0;
    uint64_t v = 0;
    if (!(s = trim_blanks(s, t, sizeof t)) ||
        strip_groups(s, buf, sizeof buf, 1))
        return -1;
    p = buf;
    if (*p == '+')
        p++;
    if (!(*p >= '0' && *p <= '9') &&
        !(*p == '.' && p[1] >= '0' && p[1] <= '9'))
        return -1;
    for (int frac = 0; (*p >= '0' && *p <= '9') || (*p == '.' && !frac);
         p++) {
        if (*p == '.') {
            frac = 1;
            continue;
        }
        nfrac += (size_t)frac;
        if (nd > 0 || *p != '0') /* leading zeros count for nothing */
            dig[nd++] = *p;
    }
    if (*p == 'e' || *p == 'E') {
        int neg = 0, any = 0;
        p++;
        if (*p == '+' || *p == '-')
            neg = *p++ == '-';
        for (; *p >= '0' && *p <= '9'; p++, any = 1)
            if (ex < 100000)
                ex = ex * 10 + (*p - '0');
        if (!any)
            return -1;
        if (neg)
            ex = -ex;
    }
    if (*p)
        return -1;
    ex -= (long)nfrac; /* the value is dig * 10^ex */
    while (ex < 0 && nd > 0 && dig[nd - 1] == '0') {
        nd--;
        ex++;
    }
    if (nd == 0) { /* zero, whatever its exponent */
        *out = 0;
        return 0;
    }
    if (ex < 0 || ex > 20) /* a fraction left, or past 2^64 */
        return -1;
    for (size_t k = 0; k < nd + (size_t)ex; k++) {
        unsigned d = k < nd ? (unsigned)(dig[k] - '0') : 0u;
        if (v > (UINT64_MAX - d) / 10)
            return -1;
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

/* 1 if v (blanks around it aside) is a first group of 1 to 3 digits (not
 * starting with 0), a point and exactly 3 digits ("100.000"): a point
 * that may be a thousands separator, 1000 times off as a decimal point;
 * msg (size n) then says so. */
static int dot_thousands(const char *v, char *msg, size_t n)
{
    const char *p = v + strspn(v, " \t");
    size_t k = strspn(p, "0123456789"), len;
    if (k < 1 || k > 3 || p[0] == '0' || p[k] != '.' ||
        strspn(p + k + 1, "0123456789") != 3)
        return 0;
    len = k + 4;
    if (p[len + strspn(p + len, " \t")])
        return 0;
    snprintf(msg, n, "\"%.*s\" is ambiguous: write %.*s for %.*s, %.*s%.3s "
             "or %.*s,%.3s for %.*s thousand (a point is a decimal point; a "
             "comma separates thousands)", (int)len, p, (int)k, p, (int)k, p,
             (int)k, p, p + k + 1, (int)k, p, p + k + 1, (int)k, p);
    return 1;
}

/* What to add to the message for a bad whole number v: a scale word
 * ("100k", "1 million") is taken by --containers and --claim only, so say
 * to write the digits; "" otherwise. */
static const char *digits_hint(const char *v)
{
    const char *p = v + strspn(v, "0123456789.,_ ");
    return p > v && *p && strchr("kKmMbBtT", *p) /* k, M, Mio, bn, thousand */
               ? "; write it in digits (100000 or 100,000): scale words "
                 "such as k or million are read in --containers and "
                 "--claim only"
               : "";
}

/* The first option given that writes one run into one file, or NULL;
 * --plot counts only when with_plot (a sweep draws itself). */
static const char *one_run_flag(const cli_outputs *o, int with_plot)
{
    return o->samples_out             ? "--samples-out"
           : with_plot && o->plot     ? "--plot"
           : o->plot_sensitivity      ? "--plot-sensitivity"
           : o->scenario_out          ? "--scenario-out"
                                      : NULL;
}

/* With n scenario files (a register): refuse the options that write one
 * run into one file; returns 0 or exit status 2. */
static int refuse_outputs(const cli_outputs *o, size_t n)
{
    const char *flag = one_run_flag(o, 1);
    char msg[200];
    if (!flag)
        return 0;
    snprintf(msg, sizeof msg, "writes one run into one file, and %zu "
             "scenario files were given; run each file alone with %s", n,
             flag);
    return bad(flag, msg);
}

/* The refusal of several scenario files by flag, which does `verb`
 * ("sweep": "--sweep: sweeps one scenario, and 3 scenario files were
 * given; sweep each file alone"); exit status 2. */
static int one_scenario(const args *a, const char *flag, const char *verb)
{
    char msg[200];
    snprintf(msg, sizeof msg, "%ss one scenario, and %zu scenario files "
             "were given; %s each file alone", verb, a->nfiles, verb);
    return bad(flag, msg);
}

/* With --sweep: parse it, and refuse what a sweep cannot do (several
 * scenario files, the options that write one run into one file; --plot
 * draws the sweep); returns 0 or exit status 2. */
static int check_sweep(args *a)
{
    const char *flag = one_run_flag(&a->out, 0);
    if (a->nfiles > 1)
        return one_scenario(a, "--sweep", "sweep");
    if (flag)
        return bad(flag, "writes one run into one file, and --sweep makes "
                         "one run per value; run the value alone for it");
    if (sweep_parse(a->sweep, &a->sw) ||
        (a->sweep2 && sweep_parse(a->sweep2, &a->sw2)))
        return 2;
    return a->sweep2 ? grid_check(&a->sw, &a->sw2, a->sweep, a->sweep2) : 0;
}

/* With --solve: parse it, and refuse what a solve cannot do (a sweep,
 * several scenario files, the options that write one run into one file,
 * --precision, whose sample counts would differ between the runs);
 * returns 0 or exit status 2. */
static int check_solve(args *a)
{
    const char *flag = one_run_flag(&a->out, 1);
    if (a->sweep)
        return bad("--solve", "solves for one input, and --sweep runs a "
                              "list of values; give one of them");
    if (a->nfiles > 1)
        return one_scenario(a, "--solve", "solve");
    if (flag)
        return bad(flag, "writes one run into one file, and --solve makes "
                         "many runs; run the value it finds alone for it");
    if (a->opt.rel_precision > 0)
        return bad("--precision", "adds samples run by run, and --solve "
                   "needs the same samples in every run (common random "
                   "numbers); give --samples");
    return solve_parse(a->solve, &a->sv);
}

/* 1, with msg saying so, if single-value option f was given before with
 * a value other than v: the last would win without a word, so one of the
 * two the user typed would be dropped.  The repeatable options
 * (--catalog, --container, --cargo) and --sweep and --solve, which word
 * their own repeats, are not recorded.  The same value again is kept. */
static int given_before(args *a, const char *f, const char *v, char *msg,
                        size_t n)
{
    static const char *const many[] = {"--catalog", "--container", "--cargo",
                                       "--sweep", "--solve", NULL};
    for (size_t k = 0; many[k]; k++)
        if (!strcmp(f, many[k]))
            return 0;
    for (size_t k = 0; k < a->nonce; k++) {
        if (strcmp(a->once[k].flag, f))
            continue;
        if (!strcmp(a->once[k].value, v))
            return 0;
        char s1[SHOWN_BUF], s2[SHOWN_BUF];
        snprintf(msg, n, "given twice, as '%s' and then '%s'; give it once",
                 shown(a->once[k].value, s1, sizeof s1),
                 shown(v, s2, sizeof s2));
        return 1;
    }
    if (a->nonce < sizeof a->once / sizeof a->once[0]) {
        snprintf(a->once[a->nonce].flag, sizeof a->once[0].flag, "%s", f);
        a->once[a->nonce++].value = v;
    }
    return 0;
}

/* Parse argv into a (a->files, allocated, is the caller's to free even
 * on error); returns 0, or the exit status for bad input. */
static int parse_args(int argc, char **argv, args *a)
{
    memset(a, 0, sizeof *a);
    sl_options_init(&a->opt);
    if (!(a->files = malloc(((size_t)argc + 1) * sizeof *a->files))) {
        fprintf(stderr, PROG ": out of memory\n");
        return 1;
    }
    for (int i = 1; i < argc; i++) {
        const char *f = argv[i], *v = NULL;
        const char *eq = strncmp(f, "--", 2) ? NULL : strchr(f, '=');
        char msg[1200], name[32], vs[SHOWN_BUF];
        double x;
        if (eq) { /* --flag=value */
            if ((size_t)(eq - f) >= sizeof name)
                return bad(f, "unknown option; see --help");
            memcpy(name, f, (size_t)(eq - f));
            name[eq - f] = '\0';
            f = name;
            v = eq + 1;
            if (!cli_is_valued(f))
                return bad(f, cli_is_flag(f) ? "takes no value"
                                             : "unknown option; see --help");
        }
        if (!strcmp(f, "--help") || !strcmp(f, "-h")) { a->help = 1; continue; }
        if (!strcmp(f, "--version")) { a->version = 1; continue; }
        if (!strcmp(f, "--json")) { a->json = 1; continue; }
        if (!strcmp(f, "--csv")) { a->csv = 1; continue; }
        if (!strcmp(f, "--list")) { a->list = 1; continue; }
        if (!strcmp(f, "--quiet")) { a->quiet = 1; continue; }
        if (!strcmp(f, "--progress")) { a->progress = 1; continue; }
        if (!strcmp(f, "--no-door-check")) { a->no_door = 1; continue; }
        if (f[0] != '-' || !f[1]) {
            a->files[a->nfiles++] = f;
            a->file = a->files[0];
            continue;
        }
        if (strncmp(f, "--", 2) != 0 || !cli_is_valued(f))
            return bad(f, "unknown option; see --help");
        if (!v && i + 1 >= argc)
            return bad(f, "needs a value");
        if (!v && ((argv[i + 1][0] == '-' && argv[i + 1][1] == '-' &&
                    isalpha((unsigned char)argv[i + 1][2])) ||
                   !strcmp(argv[i + 1], "-h"))) {
            /* "--samples-out --json" wrote a file named --json; a
               negative number ("-1") is a value, refused by its flag */
            snprintf(msg, sizeof msg, "missing value (the next argument, "
                     "%.40s, is a flag); give the value after %s, or write "
                     "%s=VALUE", argv[i + 1], f, f);
            return bad(f, msg);
        }
        if (!v)
            v = argv[++i];
        shown(v, vs, sizeof vs); /* v as messages quote it */
        if (given_before(a, f, v, msg, sizeof msg))
            return bad(f, msg);
        if (!strcmp(f, "--catalog")) {
            if (a->ncatalog == MAX_KINDS)
                return bad(f, "too many catalog files (at most 64)");
            a->catalog[a->ncatalog++] = v;
        } else if (!strcmp(f, "--samples-out"))
            a->out.samples_out = v;
        else if (!strcmp(f, "--scenario-out"))
            a->out.scenario_out = v;
        else if (!strcmp(f, "--plot") || !strcmp(f, "--plot-sensitivity")) {
            if (plot_file_format(v) == PLOT_FILE_NONE)
                return bad(f, "expected a file name ending in .png or .svg");
            if (!strcmp(f, "--plot"))
                a->out.plot = v;
            else
                a->out.plot_sensitivity = v;
        }
        else if (!strcmp(f, "--sweep")) {
            if (a->sweep2)
                return bad(f, "given three times; sweep one input, or two "
                              "for a grid");
            *(a->sweep ? &a->sweep2 : &a->sweep) = v;
        } else if (!strcmp(f, "--solve")) {
            if (a->solve)
                return bad(f, "given twice; solve for one input at a time");
            a->solve = v;
        } else if (!strcmp(f, "--containers"))
            a->containers = v;
        else if (!strcmp(f, "--container")) {
            if (a->ncontainer == MAX_KINDS)
                return bad(f, "too many container types (at most 64)");
            a->container[a->ncontainer++] = v;
        } else if (!strcmp(f, "--cargo")) {
            if (a->ncargo == MAX_KINDS)
                return bad(f, "too many cargo types (at most 64)");
            a->cargo[a->ncargo++] = v;
        } else if (!strcmp(f, "--fill"))
            a->fill = v;
        else if (!strcmp(f, "--claim"))
            a->claim = v;
        else if (!strcmp(f, "--margins"))
            a->margins = v;
        else if (!strcmp(f, "--dunnage"))
            a->dunnage = v;
        else if ((!strcmp(f, "--samples") || !strcmp(f, "--seed") ||
                  !strcmp(f, "--threads")) &&
                 dot_thousands(v, msg, sizeof msg))
            return bad(f, msg);
        else if (!strcmp(f, "--samples")) {
            if (parse_whole(v, 2, 1e9, &x))
                return bad(f, (snprintf(msg, sizeof msg, "'%s' is not a whole "
                                        "number from 2 to 10^9%s", vs,
                                        digits_hint(v)), msg));
            a->opt.samples = (size_t)x;
            a->samples_set = 1;
        } else if (!strcmp(f, "--seed")) {
            if (parse_seed(v, &a->opt.seed))
                return bad(f, (snprintf(msg, sizeof msg, "'%s' is not a whole "
                                        "number from 0 to 2^64 - 1 "
                                        "(18446744073709551615)%s", vs,
                                        digits_hint(v)), msg));
            a->seed_set = 1;
        } else if (!strcmp(f, "--threads")) {
            if (parse_whole(v, 0, 1024, &x))
                return bad(f, (snprintf(msg, sizeof msg, "'%s' is not a whole "
                                        "number from 0 (all cores) to "
                                        "1024%s", vs, digits_hint(v)), msg));
            a->opt.threads = (int)x;
            a->threads_set = 1;
        } else if (!strcmp(f, "--precision")) {
            char *end;
            errno = 0;
            x = strtod(v, &end);
            if (end != v && !*end && !has_hex(v) && x >= 0 &&
                num_underflow(errno, x))
                return bad(f, (snprintf(msg, sizeof msg, "'%s' " NUM_UNDERFLOW
                                        "; a relative precision in (0, 1) "
                                        "is larger, e.g. 0.001", vs), msg));
            if (*end || errno || has_hex(v) || !(x > 0 && x < 1))
                return bad(f, (snprintf(msg, sizeof msg, "'%s' is not a "
                                        "relative precision in (0, 1), e.g. "
                                        "0.001", vs), msg));
            a->opt.rel_precision = x;
            if (a->opt.max_samples < a->opt.samples)
                a->opt.max_samples = a->opt.samples;
        }
    }
    if (a->json && a->csv)
        return bad("--csv", "give one of --json and --csv");
    if (a->list && !a->help && !a->version) {
        /* --list runs nothing: an option that promises a table, a file
           or runs would be dropped without a word */
        const char *flag = a->csv     ? "--csv"
                           : a->sweep ? "--sweep"
                           : a->solve ? "--solve"
                                      : one_run_flag(&a->out, 1);
        /* nor is a scenario read: --list nope.json and --list --cargo
           nope listed the catalog, exit 0, the file or id never looked
           at (a file's own catalog entries were not listed) */
        if (!flag)
            flag = a->containers       ? "--containers"
                   : a->ncontainer     ? "--container"
                   : a->ncargo         ? "--cargo"
                   : a->fill           ? "--fill"
                   : a->claim          ? "--claim"
                   : a->margins        ? "--margins"
                   : a->dunnage        ? "--dunnage"
                   : a->no_door        ? "--no-door-check"
                   /* nor are samples drawn: --list --samples 10 listed
                      the catalog, exit 0, as if it had run 10 */
                   : a->samples_set    ? "--samples"
                   : a->seed_set       ? "--seed"
                   : a->threads_set    ? "--threads"
                   : a->opt.rel_precision > 0 ? "--precision"
                                       : NULL;
        if (flag)
            return bad(flag, "--list lists the catalog and runs nothing, "
                             "so this would be ignored; give --list alone "
                             "(with --json and --catalog if wanted)");
        if (a->file) {
            fprintf(stderr, PROG ": %s: --list lists the catalog and reads "
                    "no scenario file, so this would be ignored (its own "
                    "catalog entries are not listed); give --list alone "
                    "(with --json and --catalog if wanted)\n", a->file);
            return 2;
        }
    }
    if (a->solve && !a->list && !a->help && !a->version)
        return check_solve(a);
    if (a->sweep && !a->list && !a->help && !a->version)
        return check_sweep(a);
    if (a->nfiles > 1 && !a->list)
        return refuse_outputs(&a->out, a->nfiles);
    if (a->opt.rel_precision > 0 && a->opt.max_samples < a->opt.samples)
        a->opt.max_samples = a->opt.samples;
    return 0;
}

/* Split "id=share" into a new copy of id (without the blanks around it:
 * "152mm-round = 0.5"; never cut, so a message quotes it as typed; free
 * it) and share (or NULL); NULL when out of memory. */
static char *split_share(const char *spec, const char **share)
{
    const char *eq = strchr(spec, '=');
    size_t len = eq ? (size_t)(eq - spec) : strlen(spec);
    char *id;
    while (len > 0 && (*spec == ' ' || *spec == '\t')) {
        spec++;
        len--;
    }
    while (len > 0 && (spec[len - 1] == ' ' || spec[len - 1] == '\t'))
        len--;
    id = malloc(len + 1);
    if (id) {
        memcpy(id, spec, len);
        id[len] = '\0';
    }
    *share = eq ? eq + 1 : NULL;
    return id;
}

/* Add one "id[=share]" as a container type (cargo 0) or cargo type. */
static int add_kind(sl_scenario *sc, int cargo, const char *spec,
                    sl_error *e)
{
    const char *share;
    char *id = split_share(spec, &share);
    sl_status st;
    if (!id) {
        fprintf(stderr, PROG ": %s: out of memory\n",
                cargo ? "--cargo" : "--container");
        return 1;
    }
    st = cargo ? sl_scenario_add_cargo_type(sc, id, share, e)
               : sl_scenario_add_container_type(sc, id, share, e);
    free(id);
    return st ? cli_lib_error(cargo ? "--cargo" : "--container", e) : 0;
}

/* Add container types and cargo from "id[=share]" lists. */
static int add_kinds(sl_scenario *sc, const char *const *cont, size_t nc,
                     const char *const *cargo, size_t ng, sl_error *e)
{
    int rc;
    if (nc) {
        sl_scenario_clear_container_types(sc);
        for (size_t i = 0; i < nc; i++)
            if ((rc = add_kind(sc, 0, cont[i], e)))
                return rc;
    }
    if (ng) {
        sl_scenario_clear_cargo_types(sc);
        for (size_t i = 0; i < ng; i++)
            if ((rc = add_kind(sc, 1, cargo[i], e)))
                return rc;
    }
    return 0;
}

/* One figure "X" or a range "LOW-HIGH" / "LOW to HIGH" (finite, >= 0,
 * LOW <= HIGH; spaces around the parts allowed) of s[0..n) into lo and hi;
 * -1 if malformed, -2 if well formed but LOW is above HIGH, -3 if a part
 * is negative, -4 if a part is too close to 0 for a normal double ("1e-320";
 * lo and hi are then set). */
static int parse_span(const char *s, size_t n, double *lo, double *hi)
{
    char buf[64], *end, *mid;
    if (n == 0 || n >= sizeof buf)
        return -1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    if (has_hex(buf))
        return -1;
    errno = 0;
    *lo = strtod(buf, &end);
    if (end != buf && num_underflow(errno, *lo))
        return -4;
    if (end == buf || errno)
        return -1;
    mid = end;
    while (*mid == ' ')
        mid++;
    if (*mid == '-')
        mid++;
    else if (!strncmp(mid, "to", 2))
        mid += 2;
    else /* no separator: one figure ("5 6" is not a range) */
        mid = end;
    if (mid == end)
        *hi = *lo;
    else {
        *hi = strtod(mid, &end);
        if (end != mid && num_underflow(errno, *hi))
            return -4;
        if (end == mid || errno)
            return -1;
    }
    while (*end == ' ')
        end++;
    if (*end || !isfinite(*lo) || !isfinite(*hi))
        return -1;
    if (*lo < 0 || *hi < 0)
        return -3;
    return *hi < *lo ? -2 : 0;
}

/* Set figure *x and its range r from "X" or "LOW-HIGH" (the figure is the
 * middle of the range); parse_span's code if it is not one (r then holds
 * what was read). */
static int set_span(const char *s, size_t n, double *x, double r[2])
{
    double lo = 0, hi = 0;
    int rc = parse_span(s, n, &lo, &hi);
    if (rc) {
        r[0] = lo;
        r[1] = hi;
        return rc;
    }
    r[0] = lo;
    r[1] = hi;
    *x = 0.5 * lo + 0.5 * hi;
    return 0;
}

/* The margins of "--margins SPEC": one span for all three, or
 * "length,width,height"; set_span's code for the first part that is not a
 * span (*part: its index, 0 to 2, or -1 when SPEC is one span for all
 * three), or -1 for a wrong number of parts. */
static int set_margins(const char *spec, sl_load_rules *r, int *part)
{
    double *x[3] = {&r->margin_length, &r->margin_width, &r->margin_height};
    double *rng[3] = {r->margin_length_range, r->margin_width_range,
                      r->margin_height_range};
    const char *p = spec;
    int k = 0, rc;
    *part = strchr(spec, ',') ? 0 : -1;
    for (; k < 3; k++) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        if (*part >= 0)
            *part = k;
        if ((rc = set_span(p, n, x[k], rng[k])) != 0)
            return rc;
        if (!comma)
            break;
        p = comma + 1;
    }
    if (k == 0) { /* one span: every margin */
        for (int j = 1; j < 3; j++) {
            *x[j] = *x[0];
            rng[j][0] = rng[0][0];
            rng[j][1] = rng[0][1];
        }
        return 0;
    }
    return k == 2 && !strchr(p, ',') ? 0 : -1;
}

/* The message for text, a well-formed span that is not a range
 * (set_span's code rc, -2 or -3), whose ends r were read as LOW and
 * HIGH; part names the part that is wrong when text has several ("the
 * width margin"), else NULL, and noun the figure ("a margin").  Returns
 * msg. */
static const char *span_problem(char *msg, size_t n, const char *text,
                                int rc, const char *part, const char *noun,
                                const double *r)
{
    if (rc == -4)
        snprintf(msg, n, "'%s': %s%sa number " NUM_UNDERFLOW "; write 0 or a "
                 "larger value", text, part ? part : "", part ? ": " : "");
    else if (rc == -3)
        snprintf(msg, n, "'%s': %s cannot be negative", text,
                 part ? part : noun);
    else
        snprintf(msg, n, "'%s': %s%sthe low end %g is above the high end %g "
                 "(a range is LOW-HIGH, e.g. %g-%g)", text, part ? part : "",
                 part ? ": " : "", r[0], r[1], r[1], r[0]);
    return msg;
}

/* Notes on standard error, once a run, when the load rules given change
 * less than they seem to: a margin's low end that leaves no room in a
 * container type (3000 mm across a 2352 mm interior read only "for want
 * of room"), and, with mass_equiv_too (a scenario of its own, not the
 * default run's interpretations), rules given where every cargo is a mass
 * equivalence, counted by weight alone (identical totals, no word). */
static void rules_notes(const sl_scenario *sc, const args *a,
                        const char *file, int mass_equiv_too)
{
    static int said_room, said_mass;
    const sl_load_rules *r = sl_scenario_load_rules(sc);
    const double lo[3] = {r->margin_length_range[0],
                          r->margin_width_range[0],
                          r->margin_height_range[0]};
    static const char *const side[3] = {"length", "width", "height"};
    size_t packed = 0;
    for (size_t i = 0; a->margins && !said_room &&
                       i < sl_scenario_container_type_count(sc); i++) {
        const sl_container *c = sl_scenario_container_type(sc, i, NULL, NULL);
        const double in[3] = {c->length.nominal, c->width.nominal,
                              c->height.nominal};
        for (int k = 0; k < 3 && !said_room; k++)
            if (lo[k] >= in[k]) {
                fprintf(stderr, PROG ": note: --margins: the %s margin (at "
                        "least %.10g mm) leaves no room in %s (%.10g mm "
                        "inside): no packaged cargo fits it\n", side[k],
                        lo[k], c->id, in[k]);
                said_room = 1;
            }
    }
    for (size_t i = 0; i < sl_scenario_cargo_type_count(sc); i++)
        packed += sl_scenario_cargo_type(sc, i, NULL, NULL)->kind ==
                  SL_CARGO_PACKAGED;
    if (mass_equiv_too && !said_mass && !packed &&
        (a->margins || a->dunnage || a->no_door)) {
        char fs[SHOWN_BUF];
        fprintf(stderr, PROG ": note: %s changes nothing %s%s%s: every "
                "cargo is a mass equivalence, counted by weight alone (no "
                "packages, margins, dunnage or door)\n",
                a->margins ? "--margins" : a->dunnage ? "--dunnage"
                                                      : "--no-door-check",
                file ? "in \"" : "here", file ? shown(file, fs, sizeof fs) : "",
                file ? "\"" : "");
        said_mass = 1;
    }
}

/* Apply --margins, --dunnage and --no-door-check to sc's load rules;
 * returns 0 or exit status 2. */
static int apply_rules(sl_scenario *sc, const args *a)
{
    sl_load_rules r = *sl_scenario_load_rules(sc);
    static const char *const which[3] = {"the length margin",
                                         "the width margin",
                                         "the height margin"};
    const double *rng[3] = {r.margin_length_range, r.margin_width_range,
                            r.margin_height_range};
    sl_error e;
    char msg[320 + SHOWN_BUF], kg[64], ms[SHOWN_BUF], ds[SHOWN_BUF];
    int rc = 0, part = -1;
    if (!a->margins && !a->dunnage && !a->no_door)
        return 0;
    shown(a->margins ? a->margins : "", ms, sizeof ms); /* as quoted */
    shown(a->dunnage ? a->dunnage : "", ds, sizeof ds);
    if (a->margins && (rc = set_margins(a->margins, &r, &part)) < -1)
        return bad("--margins",
                   span_problem(msg, sizeof msg, ms, rc,
                                part < 0 ? NULL : which[part], "a margin",
                                rng[part < 0 ? 0 : part]));
    if (rc)
        return bad("--margins",
                   (snprintf(msg, sizeof msg, "'%s' is not a margin in mm: "
                             "give X or LOW-HIGH, for all three or as "
                             "length,width,height (e.g. 0-200,0-100,50-150)%s",
                             ms,
                             strchr(a->margins, ',')
                                 ? "; commas separate the three margins, not "
                                   "thousands (write 1000, not 1,000)"
                                 : ""), msg));
    if (a->dunnage && strip_groups(a->dunnage, kg, sizeof kg, 0))
        return bad("--dunnage",
                   (snprintf(msg, sizeof msg, "'%s' is not a mass in kg: a "
                             "comma may only separate thousands (1,000 or "
                             "1,000-1,500); dunnage is one figure X or a range "
                             "LOW-HIGH (e.g. 50-250), for every container "
                             "(three comma-separated figures are --margins')",
                             ds), msg));
    if (a->dunnage &&
        (rc = set_span(kg, strlen(kg), &r.dunnage, r.dunnage_range)) < -1)
        return bad("--dunnage", span_problem(msg, sizeof msg, ds, rc,
                                             NULL, "dunnage",
                                             r.dunnage_range));
    if (rc)
        return bad("--dunnage",
                   (snprintf(msg, sizeof msg, "'%s' is not a mass in kg: "
                             "give X or LOW-HIGH (e.g. 50-250)", ds),
                    msg));
    if (a->no_door)
        r.check_door = 0;
    sl_error_clear(&e);
    if (sl_scenario_set_load_rules(sc, &r, &e))
        return cli_lib_error(a->margins && strstr(e.where, "margin")
                                 ? "--margins"
                                 : "--dunnage",
                             &e);
    return 0;
}

/* What to name for a whole-scenario error at field `where`: the flag that
 * set that list, else the scenario file (NULL: none), else the field
 * alone. */
static const char *source_of(const args *a, const char *file,
                             const char *where)
{
    if (!strncmp(where, "cargo", 5) && a->ncargo)
        return "--cargo";
    if (!strncmp(where, "container_types", 15) && a->ncontainer)
        return "--container";
    if (!strncmp(where, "load_rules.dunnage", 18) && a->dunnage)
        return "--dunnage";
    if (!strncmp(where, "load_rules.margin", 17) && a->margins)
        return "--margins";
    return file ? file : where;
}

/* Build the scenario that scenario file `file` (NULL: none) and the flags
 * describe, the flags overriding the file, and its run options into *opt
 * (from a->opt: the file's samples and seed, unless the command line gave
 * them). */
static int build_single(const sl_catalog *cat, const args *a, const char *file,
                        sl_scenario **out, sl_options *opt)
{
    sl_error e;
    sl_scenario *sc = NULL;
    int rc;
    sl_error_clear(&e);
    *opt = a->opt;
    if (sl_scenario_alloc(cat, &sc, &e))
        return cli_lib_error("scenario", &e);
    if (file) {
        sl_options fo = a->opt;
        if ((rc = cli_load_scenario(file, sc, &fo, &e))) {
            sl_scenario_free(sc);
            return rc;
        }
        if (!a->samples_set)
            opt->samples = fo.samples;
        if (opt->rel_precision > 0 && opt->max_samples < opt->samples)
            opt->max_samples = opt->samples;
        if (!a->seed_set)
            opt->seed = fo.seed;
    }
    if (!file || a->containers) {
        const char *n = a->containers ? a->containers : "10000";
        if (sl_scenario_set_containers(sc, n, &e)) {
            sl_scenario_free(sc);
            return cli_lib_error("--containers", &e);
        }
    }
    if ((rc = add_kinds(sc, a->container, a->ncontainer, a->cargo, a->ncargo,
                        &e))) {
        sl_scenario_free(sc);
        return rc;
    }
    if (a->fill && sl_scenario_set_fill(sc, a->fill, &e)) {
        sl_scenario_free(sc);
        return cli_lib_error("--fill", &e);
    }
    if (a->claim && sl_scenario_set_claim(sc, a->claim, NULL, NULL, &e)) {
        sl_scenario_free(sc);
        return cli_lib_error("--claim", &e);
    }
    if ((rc = apply_rules(sc, a))) {
        sl_scenario_free(sc);
        return rc;
    }
    if (sl_scenario_validate(sc, &e)) { /* shares: name the flag or file */
        sl_scenario_free(sc);
        return cli_lib_error(source_of(a, file, e.where), &e);
    }
    rules_notes(sc, a, file, 1);
    *out = sc;
    return 0;
}

/* The four interpretations of the default scenario. */
static interp default_interps[] = {
    {"sk", "South Korean conversion: bare 152 mm shells by weight, 20 ft at 24 t",
     {"iso-20-24t", NULL}, {"152mm-shell-mass-equiv", NULL}, "1", NULL},
    {"rounds", "Complete boxed 152 mm rounds, 20 ft rating unknown (24 or 30.48 t)",
     {NULL}, {"152mm-round", NULL}, "1", NULL},
    {"grad", "122 mm Grad rockets in crates, 20 ft rating unknown",
     {NULL}, {"122mm-grad", NULL}, "1", NULL},
    {"mix", "Uncertain realistic mix: 40-70 % 152 mm rounds, 5-15 % 122 mm "
            "rounds, 5-15 % Grad, rest non-munition; fill pert(0.7, 0.95, 1)",
     {NULL},
     {"152mm-round=uniform(0.4, 0.7)", "122mm-round=uniform(0.05, 0.15)",
      "122mm-grad=uniform(0.05, 0.15)", "non-munition=rest", NULL},
     "pert(0.7, 0.95, 1)", NULL},
};
#define NINTERP (sizeof default_interps / sizeof default_interps[0])

/* The packer results every run of this process shares (sl_cache): the
 * runs of a sweep, a register or the default run's interpretations ask
 * the packer mostly the same questions, whatever their catalogs (an entry
 * is a result under its exact inputs).  NULL (no cache) when it could not
 * be made: the runs then give the same output, only slower. */
static sl_cache *run_cache;

/* Most memory the cache keeps (the default run fills about 134 KiB). */
#define RUN_CACHE_BYTES ((size_t)256 << 20)

/* Run one scenario (through run_cache); returns 0 or an exit status. */
static int run(const sl_scenario *sc, const sl_options *opt, sl_result **res)
{
    sl_error e;
    sl_error_clear(&e);
    if (sl_estimate_cached(sc, opt, run_cache, res, &e))
        return cli_lib_error(e.where[0] ? e.where : "estimate", &e);
    return 0;
}

/* Build interpretation k of the default scenario, with the flags that
 * apply to it, into *out; returns 0 or an exit status. */
static int build_interp(const sl_catalog *cat, const args *a, size_t k,
                        sl_scenario **out)
{
    const interp *it = &default_interps[k];
    sl_scenario *sc = NULL;
    sl_error e;
    size_t nc = 0, ng = 0;
    int rc;
    sl_error_clear(&e);
    while (it->containers[nc])
        nc++;
    while (it->cargo[ng])
        ng++;
    if (sl_scenario_alloc(cat, &sc, &e))
        return cli_lib_error("scenario", &e);
    if (sl_scenario_set_title(sc, it->name, &e) ||
        sl_scenario_set_containers(
            sc, a->containers ? a->containers : "at least 10,000", &e) ||
        sl_scenario_set_fill(sc, it->fill, &e) ||
        sl_scenario_set_claim(sc, a->claim ? a->claim : "up to 4.8 million",
                              a->claim ? NULL
                                       : "South Korean defence minister "
                                         "Shin Won-sik (Bloomberg interview)",
                              a->claim ? NULL : "2024-06-14", &e)) {
        sl_scenario_free(sc);
        /* name the flag whose value failed, not the first one given */
        return cli_lib_error(a->claim && !strcmp(e.where, "claim") ? "--claim"
                         : a->containers && !strcmp(e.where, "containers")
                             ? "--containers"
                             : "default scenario",
                         &e);
    }
    rc = add_kinds(sc, it->containers, nc, it->cargo, ng, &e);
    if (!rc)
        rc = apply_rules(sc, a);
    if (!rc && sl_scenario_validate(sc, &e)) /* name the flag */
        rc = cli_lib_error(source_of(a, NULL, e.where), &e);
    if (!rc)
        rules_notes(sc, a, NULL, 0);
    if (rc)
        sl_scenario_free(sc);
    else
        *out = sc;
    return rc;
}

/* Build and run every interpretation of the default scenario. */
static int run_default(const sl_catalog *cat, const args *a)
{
    for (size_t k = 0; k < NINTERP; k++) {
        sl_scenario *sc = NULL;
        int rc = build_interp(cat, a, k, &sc);
        if (a->opt.progress) { /* one bar across the interpretations */
            cli_progress *p = a->opt.progress_user;
            p->part = (int)k;
            p->parts = NINTERP;
        }
        if (!rc)
            rc = run(sc, &a->opt, &default_interps[k].res);
        sl_scenario_free(sc);
        if (rc)
            return rc;
    }
    return 0;
}

static void free_default(void)
{
    for (size_t k = 0; k < NINTERP; k++) {
        sl_result_free(default_interps[k].res);
        default_interps[k].res = NULL;
    }
}

/* The headline's count sentence for interpretation k (capacity row c0)
 * into buf: what one container holds and whether the stated count does,
 * without "it needs 12,500 containers" beside a verdict of consistent
 * that the uncertain inputs reach.  ranged: the count was stated as a
 * range, whose median the check uses (not "the 6,848 stated" when
 * "6700 to 7000" was).  Returns the length written. */
static int headline_count(char *buf, size_t n, const sl_claim_check *c,
                          size_t k, const sl_capacity *c0, int fits,
                          int ranged)
{
    char per[40], need[32], have[32], pct[32], obj[80], subj[100];
    int w, one = c->containers == 1 && !ranged;
    sl_format_percent(c->p_at_least, pct, sizeof pct);
    if (k == NINTERP - 1 || !c0) /* a mix: no one row's count */
        snprintf(per, sizeof per, "%s per container at P50",
                 cli_group(c->value / c->ratio_to_p50 / c->containers, need,
                           sizeof need));
    else
        snprintf(per, sizeof per, "%s per container",
                 cli_group((double)c0->count, need, sizeof need));
    cli_group(c->min_containers, need, sizeof need);
    cli_group(c->containers, have, sizeof have);
    /* the stated count as an object ("the 10,000 stated") and as a
       subject ("the 10,000 containers stated hold") */
    if (ranged) {
        snprintf(obj, sizeof obj, "the stated range's median of %s", have);
        snprintf(subj, sizeof subj, "the stated range's median of %s "
                 "containers holds", have);
    } else {
        snprintf(obj, sizeof obj, "the %s stated", have);
        snprintf(subj, sizeof subj, "the %s container%s stated hold%s",
                 have, one ? "" : "s", one ? "s" : "");
    }
    if (c->verdict == SL_VERDICT_TOO_LOW) /* no count "needed": fewer */
        w = snprintf(buf, n, "%s, so %s more than it at nominal capacity "
                     "(verdict: %s).", per, subj,
                     sl_verdict_name(c->verdict));
    else if (!fits || c->needs_more_containers)
        w = snprintf(buf, n, "%s, so it needs %s container%s at nominal "
                     "capacity against %s (verdict: %s).", per, need,
                     c->min_containers == 1 ? "" : "s", obj,
                     sl_verdict_name(c->verdict));
    else if (!(c->min_containers > c->containers))
        w = snprintf(buf, n, "%s, so %s it at nominal capacity (%s would "
                     "do; verdict: %s).", per, subj, need,
                     sl_verdict_name(c->verdict));
    else
        w = snprintf(buf, n, "%s: at nominal capacity it would need %s "
                     "container%s against %s, but %s %% of samples reach "
                     "it (verdict: %s).", per, need,
                     c->min_containers == 1 ? "" : "s", obj, pct,
                     sl_verdict_name(c->verdict));
    return w < 0 ? 0 : (size_t)w < n ? w : (int)n - 1;
}

/* The verdict's headline: the interpretation closest to the claim (best)
 * and what its check says.  An "at most" claim is a bound, and a range
 * claim two figures, not a figure to match: its check's own text; so is
 * a claim that holds with fewer containers than stated (the stated N
 * holds more than it: "the 500 containers stated hold it (496 would do)"
 * read as if 500 matched). */
static void print_headline(FILE *f, const sl_claim_check *c, size_t best)
{
    char line[sizeof c->text + 256], b1[32]; /* the check's text and more */
    const sl_capacity *c0 = sl_result_capacity(default_interps[best].res, 0);
    int fits = c->verdict == SL_VERDICT_CONSISTENT ||
               c->verdict == SL_VERDICT_CONSERVATIVE;
    int w;
    if (c->qualifier == SL_QUAL_AT_MOST || c->qualifier == SL_QUAL_RANGE ||
        c->needs_fewer_containers) {
        snprintf(line, sizeof line, "Closest interpretation: %zu (%s): %s",
                 best + 1, default_interps[best].name, c->text);
        cli_wrap(f, "  ", NULL, line);
        return;
    }
    /* below P5 of the closest ("up to 100" in 10,000 containers) is met
       easily, not matched */
    w = snprintf(line, sizeof line,
                 c->verdict == SL_VERDICT_CONSISTENT
                     ? "%s matches interpretation %zu (%s): "
                 : fits ? "No interpretation puts %s inside its 90 %% "
                          "range; the closest is %zu (%s), which holds "
                          "more: "
                        : "No interpretation supports %s; the closest "
                          "is %zu (%s): ",
                 (sl_format_figure(c->value, b1, sizeof b1), b1), best + 1,
                 default_interps[best].name);
    {
        const sl_dist *nd = sl_scenario_containers(
            sl_result_scenario(default_interps[best].res), NULL);
        w += headline_count(line + w, sizeof line - (size_t)w, c, best, c0,
                            fits, nd && !sl_dist_is_const(nd));
    }
    snprintf(line + w, sizeof line - (size_t)w, "%s",
             !fits ? ""
             : best == NINTERP - 1
                 ? " It is a capacity figure (what the containers could "
                   "hold with that mix and fill), not a count of what "
                   "was shipped."
                 : " It is a capacity conversion (how much the "
                   "containers could hold if they carried nothing but "
                   "that cargo), not a count of what was shipped.");
    cli_wrap(f, "  ", NULL, line);
}

/* The samples the interpretations drew into buf ("100,000"; with
 * --precision they may differ: "100,000 to 400,000"); returns buf. */
static const char *samples_text(char *buf, size_t n)
{
    size_t lo = SIZE_MAX, hi = 0;
    char b1[32], b2[32];
    /* n >= 2 * 32 + 4 bytes holds both counts */
    for (size_t k = 0; k < NINTERP; k++) {
        size_t m = sl_result_samples_count(default_interps[k].res);
        lo = m < lo ? m : lo;
        hi = m > hi ? m : hi;
    }
    cli_group((double)lo, b1, sizeof b1);
    if (lo == hi)
        snprintf(buf, n, "%s", b1);
    else
        snprintf(buf, n, "%s to %s", b1,
                 cli_group((double)hi, b2, sizeof b2));
    return buf;
}

/* With --precision: each interpretation's standard errors and whether
 * the target was reached, as a single run prints them. */
static void print_default_precision(FILE *f)
{
    char line[512], tag[8];
    for (size_t k = 0; k < NINTERP; k++)
        if (cli_precision_text(default_interps[k].res, line, sizeof line)) {
            if (k == 0)
                fprintf(f, "\n");
            snprintf(tag, sizeof tag, "%zu", k + 1);
            cli_wrap(f, "", tag, line);
        }
}

/* How far the claim of check c lies from P50 (p50), as |log ratio|: for a
 * range claim, its middle. */
static double claim_distance(const sl_claim_check *c, double p50)
{
    double x = c->qualifier == SL_QUAL_RANGE ? (c->value + c->value_high) / 2
                                             : c->value;
    return fabs(log(p50 > 0 ? x / p50 : HUGE_VAL));
}

/* Print the default run as tables and a verdict. */
static void print_default(FILE *f, const args *a)
{
    sl_claim_check cc[NINTERP];
    sl_summary s;
    char b1[32], b2[32], b3[32], b4[32], bp[32];
    double dist[NINTERP];
    size_t best = 0;
    int unsettled = 0, other_count = 0;
    sl_result_claim(default_interps[0].res, &cc[0]);
    fprintf(f, "shipload %s: checking the June 2024 claim\n\n", sl_version());
    fprintf(f, "Claim: \"at least 10,000 containers ... could contain up to "
               "4.8 million artillery shells\"\n"
               "       (South Korean defence minister Shin Won-sik, "
               "2024-06-14)%s\n",
            a->claim || a->containers ? "; overridden by the flags below" : "");
    {
        sl_qualifier nq = SL_QUAL_EXACT;
        const sl_dist *n = sl_scenario_containers(
            sl_result_scenario(default_interps[0].res), &nq);
        char count[160], b5[72];
        if (a->containers && n && !sl_dist_is_const(n)) /* a range */
            snprintf(count, sizeof count, "\"%.100s\" containers (per "
                     "container: over the median, %s)", a->containers,
                     cli_group(cc[0].containers, b2, sizeof b2));
        else if (a->containers && nq != SL_QUAL_EXACT) /* "about N" ... */
            snprintf(count, sizeof count, "%s container%s (\"%.100s\")",
                     cli_group(cc[0].containers, b2, sizeof b2),
                     cc[0].containers == 1 ? "" : "s", a->containers);
        else
            snprintf(count, sizeof count, "%s container%s (%s)",
                     cli_group(cc[0].containers, b2, sizeof b2),
                     cc[0].containers == 1 ? "" : "s",
                     a->containers ? "as given"
                                   : "\"at least\": the smallest count");
        char claim[72];
        sl_claim_check plain = cc[0]; /* the figures, no qualifier */
        if (plain.qualifier != SL_QUAL_RANGE)
            plain.qualifier = SL_QUAL_EXACT;
        cli_claim_text(&plain, claim, sizeof claim);
        fprintf(f, "Checked: %s munitions in %s, %s samples, seed %llu\n\n",
                claim, count,
                samples_text(b5, sizeof b5), (unsigned long long)a->opt.seed);
    }
    /* Every row checks the same claim: an "at most" claim is kept by the
       samples at or below it, a range claim by those inside it. */
    int most = cc[0].qualifier == SL_QUAL_AT_MOST;
    int range = cc[0].qualifier == SL_QUAL_RANGE;
    fprintf(f, "%-3s %-13s %11s %11s %11s %11s %8s  %s\n", "#", "per cont. P50",
            "P5", "P50", "P95", "hard max",
            range ? "P(in)" : most ? "P(<=)" : "P(>=)", "verdict");
    for (size_t k = 0; k < NINTERP; k++) {
        sl_result_total(default_interps[k].res, &s);
        sl_result_claim(default_interps[k].res, &cc[k]);
        fprintf(f, "%-3zu %13.1f %11s %11s %11s %11s %8s  %s%s\n", k + 1,
                s.p50 / cc[k].containers, cli_sig3(s.p05, b1, sizeof b1),
                cli_sig3(s.p50, b2, sizeof b2), cli_sig3(s.p95, b3, sizeof b3),
                cli_sig3_up(s.max, b4, sizeof b4),
                cli_share_cell(range ? cc[k].p_in_range
                           : most ? cc[k].p_at_most : cc[k].p_at_least,
                           bp, sizeof bp),
                sl_verdict_name(cc[k].verdict), cli_verdict_mark(&cc[k]));
        unsettled |= cc[k].unsettled;
        other_count |= *cli_verdict_mark(&cc[k]) == '+';
        dist[k] = claim_distance(&cc[k], s.p50);
    }
    /* the closest interpretation whose 90 % range holds the claim, else
       the closest of all (the headline says "matches" only of the first) */
    int found = cc[0].verdict == SL_VERDICT_CONSISTENT;
    for (size_t k = 1; k < NINTERP; k++) {
        int ok = cc[k].verdict == SL_VERDICT_CONSISTENT;
        if ((ok && !found) || (ok == found && dist[k] < dist[best])) {
            best = k;
            found |= ok;
        }
    }
    fputc('\n', f);
    for (size_t k = 0; k < NINTERP; k++)
        fprintf(f, "%zu  %s\n", k + 1, default_interps[k].name);
    if (other_count)
        cli_print_count_note(f);
    if (unsettled)
        cli_print_unsettled_note(f);
    print_default_precision(f);
    if (sl_result_total(default_interps[0].res, &s) == SL_OK && isinf(s.max))
        cli_print_unbounded_note(f);
    fprintf(f, "\nCapacity per container at nominal figures:\n");
    cli_print_capacity(f, default_interps[3].res);
    fprintf(f, "\nVerdict\n");
    print_headline(f, &cc[best], best);
    for (size_t k = 0; k < NINTERP; k++)
        if (k != best) {
            char tag[8];
            snprintf(tag, sizeof tag, "%zu", k + 1);
            cli_wrap(f, "  ", tag, cc[k].text);
        }
    cli_print_assumptions(f, sl_result_scenario(default_interps[3].res));
    fprintf(f, "\nWhat drives the range of the realistic mix (interpretation 4):\n");
    cli_print_sensitivity(f, default_interps[3].res, 8);
}

/* Print the default run as one JSON object. */
static int json_default(FILE *f)
{
    json_t *root = json_object(), *list = json_array();
    int rc;
    for (size_t k = 0; k < NINTERP; k++) {
        json_t *one = cli_result_json(default_interps[k].res);
        if (!one) {
            json_decref(root);
            json_decref(list);
            return 1;
        }
        json_object_set_new(one, "key", json_string(default_interps[k].key));
        json_object_set_new(one, "interpretation",
                            json_string(default_interps[k].name));
        if (k == NINTERP - 1) {
            /* the realistic mix is the headline answer */
            json_object_update(root, one);
        }
        json_array_append_new(list, one);
    }
    json_object_set_new(root, "interpretations", list);
    rc = cli_dump_json(f, root);
    json_decref(root);
    return rc;
}

/* On stderr, when --precision's target was missed: which run (k > 0: an
 * interpretation of the default run; file: a file of a register) and how
 * far it got. */
static void warn_precision(const sl_result *res, size_t k, const char *file)
{
    char line[512];
    if (!cli_precision_missed(res) ||
        !cli_precision_text(res, line, sizeof line))
        return;
    if (k)
        fprintf(stderr, PROG ": --precision: interpretation %zu: %s\n", k, line);
    else if (file)
        fprintf(stderr, PROG ": --precision: %s: %s\n", file, line);
    else
        fprintf(stderr, PROG ": --precision: %s\n", line);
}

/* warn_precision for a run kept as e (reg_keep), named what. */
static void warn_kept(const reg_entry *e, const char *what)
{
    if (e->missed && e->note[0])
        fprintf(stderr, PROG ": --precision: %s: %s\n", what, e->note);
}

/* 1 (with a message) if standard output could not be written: output
 * lost to a full disk must not pass for success. */
static int output_failed(void)
{
    return out_flush_failed(PROG);
}

/* 1 if paths a and b name one file: the same text, or the same device
 * and inode ("A.json" and "./A.json"). */
static int same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    if (!strcmp(a, b))
        return 1;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

/* 1 if a gives an option that changes a scenario file's scenario. */
static int scenario_flags(const args *a)
{
    return a->containers || a->ncontainer || a->ncargo || a->fill ||
           a->claim || a->margins || a->dunnage || a->no_door;
}

/* Free the scenarios and kept runs of a register. */
static void free_register(sl_scenario **sc, reg_entry *e, size_t n)
{
    for (size_t i = 0; sc && i < n; i++)
        sl_scenario_free(sc[i]);
    for (size_t i = 0; e && i < n; i++)
        reg_entry_free(&e[i]);
    free(sc);
    free(e);
}

/* Load and validate every scenario file of a register (no run starts
 * before all are good: a bad file costs no run and prints nothing), then
 * run each as a run of that file alone would (its own samples and seed
 * unless given), keeping of each only what the output needs (reg_keep:
 * its result is freed before the next run); *out gets a->nfiles
 * entries.  0 or an exit status. */
static int run_register(const sl_catalog *cat, const args *a, reg_entry **out)
{
    reg_format fmt = a->json ? REG_OUT_JSON : a->csv ? REG_OUT_CSV
                                                     : REG_OUT_TEXT;
    size_t n = a->nfiles;
    sl_scenario **sc = calloc(n, sizeof *sc);
    sl_options *opt = calloc(n, sizeof *opt);
    reg_entry *e = calloc(n, sizeof *e);
    int rc = 0;
    if (!sc || !opt || !e) {
        fprintf(stderr, PROG ": out of memory\n");
        rc = 1;
    }
    for (size_t i = 0; !rc && i < n; i++) {
        for (size_t j = 0; j < i; j++)
            if (same_file(a->files[j], a->files[i])) {
                char msg[200];
                snprintf(msg, sizeof msg, "is given twice (files %zu and %zu "
                         "of the register name one file); give each file "
                         "once", j + 1, i + 1);
                rc = bad(a->files[i], msg);
                break;
            }
        e[i].file = a->files[i];
        if (!rc && (rc = build_single(cat, a, a->files[i], &sc[i], &opt[i])) &&
            scenario_flags(a)) /* a flag's error: say with which file */
            fprintf(stderr, PROG ": (with %s, file %zu of %zu; the scenario "
                    "options apply to every file)\n", a->files[i], i + 1, n);
    }
    for (size_t i = 0; !rc && i < n; i++) {
        if (opt[i].progress) { /* one bar across the files */
            cli_progress *p = opt[i].progress_user;
            p->part = (int)i;
            p->parts = (int)n;
        }
        sl_result *res = NULL;
        rc = run(sc[i], &opt[i], &res);
        if (!rc)
            rc = reg_keep(&e[i], res, a->files[i], fmt);
        sl_result_free(res);
        sl_scenario_free(sc[i]);
        sc[i] = NULL;
    }
    free(opt);
    if (rc) {
        free_register(sc, e, n);
        return rc;
    }
    free(sc);
    *out = e;
    return 0;
}

/* 1 if a asks for the default run: no scenario file and no option that
 * names the scenario's types or fill. */
static int default_run(const args *a)
{
    return !a->file && !a->ncontainer && !a->ncargo && !a->fill;
}

/* What a sweep sweeps, for its heading, into buf: the default run's
 * realistic mix, the scenario file, or the options' scenario. */
static const char *sweep_what(const args *a, const sl_scenario *sc, char *buf,
                              size_t n)
{
    const char *title = sl_scenario_title(sc);
    if (default_run(a))
        snprintf(buf, n, "the default run's interpretation 4: %s",
                 default_interps[NINTERP - 1].name);
    else if (a->file)
        snprintf(buf, n, "%s%s%s", a->file, *title ? ": " : "", title);
    else if (*title)
        snprintf(buf, n, "%s", title);
    else { /* the cargo names it */
        int w = snprintf(buf, n, "the options' scenario, cargo");
        for (size_t i = 0; w > 0 && (size_t)w < n &&
                           i < sl_scenario_cargo_type_count(sc); i++)
            w += snprintf(buf + w, n - (size_t)w, "%s %s", i ? "," : "",
                          sl_scenario_cargo_type(sc, i, NULL, NULL)->id);
    }
    return buf;
}

/* --sweep: build the scenario (the default run's realistic mix, a file,
 * or the options), one copy per value, every one checked before any run;
 * run each with the same options (seed, samples), keep of it only what
 * the output needs (reg_keep: its result is freed before the next run)
 * and print them. */
static int run_sweep(const sl_catalog *cat, args *a, cli_progress *prog)
{
    sl_scenario *base = NULL, *pts[SWEEP_MAX] = {NULL};
    reg_entry kept[SWEEP_MAX];
    reg_format fmt = a->json ? REG_OUT_JSON : a->csv ? REG_OUT_CSV
                                                     : REG_OUT_TEXT;
    sweep *sw = &a->sw;
    sl_options opt = a->opt;
    char what[600], label[sizeof sw->name + 48];
    int rc = default_run(a) ? build_interp(cat, a, NINTERP - 1, &base)
                            : build_single(cat, a, a->file, &base, &opt);
    memset(kept, 0, sizeof kept);
    if (!rc)
        rc = sweep_build(base, sw, pts);
    for (size_t i = 0; !rc && i < sw->n; i++) {
        sl_result *res = NULL;
        prog->part = (int)i; /* one bar across the values */
        prog->parts = (int)sw->n;
        rc = run(pts[i], &opt, &res);
        if (!rc)
            rc = reg_keep(&kept[i], res, NULL, fmt);
        sl_result_free(res);
    }
    cli_progress_done(prog);
    if (!rc && a->out.plot) /* files first: a failure leaves stdout empty */
        rc = sweep_plot(a->out.plot, sw, kept, pts[0]);
    if (!rc)
        rc = a->json  ? sweep_print_json(stdout, sw, kept)
             : a->csv ? sweep_print_csv(stdout, sw, kept)
                      : (sweep_print_table(stdout, sw, kept,
                                           sweep_what(a, base, what,
                                                      sizeof what)),
                         0);
    for (size_t i = 0; !rc && i < sw->n; i++) {
        snprintf(label, sizeof label, "%s=%.12g", sw->name, sw->value[i]);
        warn_kept(&kept[i], label);
    }
    for (size_t i = 0; i < sw->n; i++)
        reg_entry_free(&kept[i]);
    sweep_free(pts, sw->n);
    sl_scenario_free(base);
    return rc;
}

/* Two --sweep flags: every point of the grid built and checked before
 * any run, each run with the same options and kept only as what the
 * output needs (grid.h), then printed. */
static int run_grid(const sl_catalog *cat, args *a, cli_progress *prog)
{
    sl_scenario *base = NULL, **pts = NULL;
    sl_options opt = a->opt;
    grid g;
    char what[600], label[2 * sizeof a->sw.name + 96], b1[40], b2[40];
    int rc = default_run(a) ? build_interp(cat, a, NINTERP - 1, &base)
                            : build_single(cat, a, a->file, &base, &opt);
    grid_init(&g, &a->sw, &a->sw2,
              a->json ? REG_OUT_JSON : a->csv ? REG_OUT_CSV : REG_OUT_TEXT);
    if (!rc)
        rc = grid_build(base, &g, a->out.plot != NULL, &pts);
    for (size_t i = 0; !rc && i < g.n; i++) {
        sl_result *res = NULL;
        prog->part = (int)i; /* one bar across the points */
        prog->parts = (int)g.n;
        rc = run(pts[i], &opt, &res);
        if (!rc)
            rc = grid_take(&g, i, res);
        sl_result_free(res);
        sl_scenario_free(pts[i]);
        pts[i] = NULL;
    }
    cli_progress_done(prog);
    if (!rc)
        sweep_what(a, base, what, sizeof what);
    if (!rc && a->out.plot) /* files first: a failure leaves stdout empty */
        rc = grid_plot(a->out.plot, &g, what);
    if (!rc)
        rc = a->json  ? grid_print_json(stdout, &g)
             : a->csv ? grid_print_csv(stdout, &g)
                      : (grid_print_table(stdout, &g, what), 0);
    for (size_t i = 0; !rc && i < g.n; i++) {
        snprintf(label, sizeof label, "%s=%s, %s=%s", a->sw.name,
                 sweep_value_text(&a->sw, a->sw.value[i / a->sw2.n], b1,
                                  sizeof b1),
                 a->sw2.name,
                 sweep_value_text(&a->sw2, a->sw2.value[i % a->sw2.n], b2,
                                  sizeof b2));
        warn_kept(&g.pt[i], label);
    }
    if (pts)
        sweep_free(pts, g.n);
    free(pts);
    grid_free(&g);
    sl_scenario_free(base);
    return rc;
}

/* --solve: build the scenario as --sweep does, solve and print. */
static int run_solve(const sl_catalog *cat, args *a, cli_progress *prog)
{
    sl_scenario *base = NULL;
    sl_options opt = a->opt;
    solve_out *o = malloc(sizeof *o);
    char what[600];
    int rc = !o ? (fprintf(stderr, PROG ": out of memory\n"), 1)
             : default_run(a) ? build_interp(cat, a, NINTERP - 1, &base)
                              : build_single(cat, a, a->file, &base, &opt);
    if (!rc)
        rc = solve_run(base, &a->sv, &opt, run_cache, prog, o);
    cli_progress_done(prog);
    if (!rc)
        rc = a->json  ? solve_print_json(stdout, &a->sv, o)
             : a->csv ? solve_print_csv(stdout, &a->sv, o)
                      : (solve_print_text(stdout, &a->sv, o,
                                          sweep_what(a, base, what,
                                                     sizeof what)),
                         0);
    free(o);
    sl_scenario_free(base);
    return rc;
}

/* Run what a asks for and print it; returns the exit status. */
static int dispatch(args *a)
{
    cli_progress prog;
    sl_catalog *cat = NULL;
    sl_error e;
    int rc;
    sl_error_clear(&e);
    if (a->help) {
        usage(stdout);
        return output_failed();
    }
    if (a->version) {
        printf(PROG " %s\n", sl_version());
        return output_failed();
    }
    if (SL_CHECK_VERSION(&e) || sl_catalog_builtin(&cat, &e))
        return cli_lib_error("library", &e), 1;
    if ((rc = cli_load_catalogs(cat, a->catalog, a->ncatalog))) {
        sl_catalog_free(cat);
        return rc;
    }
    if (a->list && a->json) { /* the catalog as a file to edit and load */
        char *text = NULL;
        sl_error_clear(&e);
        if (sl_catalog_to_json(cat, 0, &text, &e) != SL_OK) {
            sl_catalog_free(cat);
            return cli_lib_error("--list --json", &e), 1;
        }
        fputs(text, stdout);
        fputc('\n', stdout);
        sl_free(text);
        sl_catalog_free(cat);
        return output_failed();
    }
    if (a->list) {
        cli_list_catalog(stdout, cat);
        sl_catalog_free(cat);
        return output_failed();
    }
    if ((rc = cli_check_outputs(&a->out, a->files, a->nfiles, a->catalog,
                                a->ncatalog))) {
        sl_catalog_free(cat);
        return rc;
    }
    cli_progress_attach(&prog, &a->opt, a->quiet, a->progress);
    if (sl_cache_alloc(RUN_CACHE_BYTES, &run_cache, NULL) != SL_OK)
        run_cache = NULL; /* no cache: the same runs, each with its set-up */
    if (a->solve)
        rc = run_solve(cat, a, &prog);
    else if (a->sweep2)
        rc = run_grid(cat, a, &prog);
    else if (a->sweep)
        rc = run_sweep(cat, a, &prog);
    else if (a->nfiles > 1) {
        reg_entry *reg = NULL;
        rc = run_register(cat, a, &reg);
        cli_progress_done(&prog);
        if (!rc)
            rc = a->json  ? reg_print_json(stdout, reg, a->nfiles)
                 : a->csv ? reg_print_csv(stdout, reg, a->nfiles)
                          : (reg_print_table(stdout, reg, a->nfiles), 0);
        for (size_t i = 0; !rc && i < a->nfiles; i++)
            warn_kept(&reg[i], reg[i].file);
        for (size_t i = 0; reg && i < a->nfiles; i++)
            reg_entry_free(&reg[i]);
        free(reg);
    } else if (default_run(a)) {
        rc = run_default(cat, a);
        cli_progress_done(&prog);
        if (!rc) /* files first: a failure leaves stdout empty */
            rc = cli_write_outputs(default_interps[NINTERP - 1].res, &a->out);
        if (!rc)
            rc = a->json  ? json_default(stdout)
                 : a->csv ? cli_print_csv(stdout, default_interps[NINTERP - 1].res, NULL)
                          : (print_default(stdout, a), 0);
        for (size_t k = 0; !rc && k < NINTERP; k++)
            warn_precision(default_interps[k].res, k + 1, NULL);
        free_default();
    } else {
        sl_scenario *sc = NULL;
        sl_result *res = NULL;
        sl_options opt;
        rc = build_single(cat, a, a->file, &sc, &opt);
        if (!rc)
            rc = run(sc, &opt, &res);
        cli_progress_done(&prog);
        if (!rc)
            rc = cli_write_outputs(res, &a->out);
        if (!rc)
            rc = a->json  ? cli_print_json(stdout, res)
                 : a->csv ? cli_print_csv(stdout, res, a->file)
                          : (cli_print_single(stdout, res), 0);
        if (!rc)
            warn_precision(res, 0, NULL);
        sl_result_free(res);
        sl_scenario_free(sc);
    }
    sl_cache_free(run_cache);
    run_cache = NULL;
    sl_catalog_free(cat);
    if (!rc && output_failed())
        rc = 1;
    return rc;
}

int main(int argc, char **argv)
{
    args a;
    int rc = parse_args(argc, argv, &a);
    if (!rc)
        rc = dispatch(&a);
    free(a.files);
    return rc;
}
