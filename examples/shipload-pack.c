/*
 * examples/shipload-pack.c - the most boxes of one size in a space.
 *
 *   shipload-pack (--space LxWxH | --container ID) --box lxwxh
 *                 [--vertical SET] [--max-count N] [--max-stack N]
 *                 [--box-mass KG] [--payload KG] [--grain G] [--seconds S]
 *                 [--json] [--plot FILE.png|FILE.svg] [--help]
 *
 * Prints the count, the upper bound and a top and a side view (or, with
 * --json, {count, upper_bound, optimal, seconds, grain, layout}, and with a
 * weight limit or a container by_weight, by_geometry, binding and the
 * container's figures; with --max-count, max_count; seconds is the
 * time of every pack run, pack_run.h).  Exit
 * status 0 on success, 2 on bad input (a message naming the flag on
 * stderr, nothing on stdout), 1 on any other failure.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "shipload/shipload.h"
#include "pack_run.h"
#include "plot_file.h"
#ifdef SL_HAVE_CAIRO
#include <cairo.h>
#include "plot.h"
#include "out_check.h"
#include "num_check.h"
#include "shown.h"
#endif

#define NVALUED 11 /* flags that take a value (valued[] below) */

/* The command line. */
typedef struct args {
    double space[3], box[3];
    int have_space, have_box, have_grain;
    double box_mass, payload;  /* kg; 0 when not given */
    int payload_given;         /* --payload, not the container's */
    const char *container_id;  /* --container, or NULL */
    sl_container container;    /* its catalog entry */
    long by_weight;            /* floor(payload / box_mass), or -1 */
    long by_geometry;          /* boxes the space holds (--max-count aside
                                  when a weight limit or container is
                                  reported beside it) */
    int door_passes;           /* 0: no allowed turn passes the door */
    char asked[4];             /* --vertical as given; opt.vertical keeps
                                  with --container those the door lets in */
    sl_pack_options opt;
    int json;
    const char *plot;
    const char *given[NVALUED]; /* each valued flag's value, as typed */
} args;

/* Print a bad-input message naming the flag; returns exit status 2. */
static int bad(const char *flag, const char *what, const char *value)
{
    char f[SHOWN_BUF], v[SHOWN_BUF];
    fprintf(stderr, "shipload-pack: %s: ", shown(flag, f, sizeof f));
    put_escaped(stderr, what); /* a library message may quote input */
    fprintf(stderr, "%s%s%s\n", value ? " (got '" : "",
            value ? shown(value, v, sizeof v) : "", value ? "')" : "");
    return 2;
}

/* Parse "AxBxC" into three finite positive numbers; 0, -1, or -2 when a
 * number is past a double's range (1e-320 was "expected ... three
 * positive numbers", which it is). */
static int parse_dims(const char *s, double out[3])
{
    const char *p = s;
    for (int k = 0; k < 3; k++) {
        char *end;
        errno = 0;
        out[k] = strtod(p, &end);
        int hex = memchr(p, 'x', (size_t)(end - p)) || /* "0x10" is 16 */
                  memchr(p, 'X', (size_t)(end - p));
        if (end != p && errno == ERANGE && !signbit(out[k]) && !hex)
            return -2;
        if (end == p || errno || !isfinite(out[k]) || out[k] <= 0 || hex)
            return -1;
        if (k < 2 && *end != 'x' && *end != 'X')
            return -1;
        p = end + (k < 2);
    }
    return *p ? -1 : 0;
}

/* Parse a whole non-negative number. */
static int parse_long(const char *s, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (end == s || *end || errno || v < 0)
        return -1;
    *out = v;
    return 0;
}

/* Parse a finite number >= 0 (> 0 when positive is set); -1, or -2 for
 * a number too close to 0 for a normal double ("1e-310"). */
static int parse_double(const char *s, double *out, int positive)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end != s && !*end && num_underflow(errno, v) && !strpbrk(s, "xX") &&
        !signbit(v))
        return -2;
    if (end == s || *end || errno || !isfinite(v) || v < 0 ||
        strpbrk(s, "xX") || /* hex: "0x1p-3" */
        (positive && v == 0))
        return -1;
    *out = v;
    return 0;
}

static void usage(FILE *f)
{
    fputs("usage: shipload-pack (--space LxWxH | --container ID) --box lxwxh\n"
          "       [--vertical SET] [--max-count N] [--max-stack N]\n"
          "       [--box-mass KG] [--payload KG] [--grain G] [--seconds S]\n"
          "       [--json] [--plot FILE.png|FILE.svg] [--help]\n"
          "SET: the box dims that may point up, a subset of l, w, h "
          "(default h)\n"
          "--container ID: a built-in container's interior in mm (the box in\n"
          "  mm too), its door (a box must pass it) and its payload (rated\n"
          "  gross less tare); ids: docs/catalog.md\n"
          "--box-mass KG, --payload KG: a weight limit, floor(payload / box\n"
          "  mass) boxes, and which limit binds\n"
          "A flag's value is the next argument or follows '=' "
          "(--box=60x40x30).\n", f);
}

/* Parse one flag that takes a value; returns 0, or the exit status. */
static int parse_value(args *a, const char *flag, const char *v)
{
    long n;
    int st;
    if (!strcmp(flag, "--space")) {
        if ((st = parse_dims(v, a->space)))
            return bad(flag, st == -2 ? "a size is past a double's range "
                       "(about 2.2e-308 to 1.8e308)"
                       : "expected LxWxH, three positive numbers", v);
        a->have_space = 1;
    } else if (!strcmp(flag, "--box")) {
        if ((st = parse_dims(v, a->box)))
            return bad(flag, st == -2 ? "a size is past a double's range "
                       "(about 2.2e-308 to 1.8e308)"
                       : "expected lxwxh, three positive numbers", v);
        a->have_box = 1;
    } else if (!strcmp(flag, "--vertical")) {
        /* checked here: the library's "vertical must be ..." read
           "--vertical: vertical must be" */
        if (!v[0] || strlen(v) > 3 || strspn(v, "lwh") != strlen(v) ||
            strchr(v + 1, v[0]) || (v[1] && strchr(v + 2, v[1])))
            return bad(flag, "expected a non-empty subset of l, w, h, each "
                       "letter once", v);
        strcpy(a->opt.vertical, v);
    } else if (!strcmp(flag, "--max-count")) {
        if (parse_long(v, &n)) /* "expected >= 0" for 10^20 was no help */
            return bad(flag, "expected a whole number 0 .. "
                       "9,223,372,036,854,775,807 (0: no limit)", v);
        a->opt.max_count = n;
    } else if (!strcmp(flag, "--max-stack")) {
        if (parse_long(v, &n) || n > 1000000)
            return bad(flag, "expected a whole number 0 .. 10^6", v);
        a->opt.max_stack = (int)n;
    } else if (!strcmp(flag, "--container")) {
        a->container_id = v;
    } else if (!strcmp(flag, "--box-mass")) {
        if ((st = parse_double(v, &a->box_mass, 1)))
            return bad(flag, st == -2 ? "the number " NUM_UNDERFLOW
                                  "; write a larger value" : "expected a positive mass in kg", v);
    } else if (!strcmp(flag, "--payload")) {
        if ((st = parse_double(v, &a->payload, 1)))
            return bad(flag, st == -2 ? "the number " NUM_UNDERFLOW
                                  "; write a larger value" : "expected a positive mass in kg", v);
        a->payload_given = 1;
    } else if (!strcmp(flag, "--grain")) {
        if ((st = parse_double(v, &a->opt.grain, 1)))
            return bad(flag, st == -2 ? "the number " NUM_UNDERFLOW
                                  "; write a larger value" : "expected a positive number", v);
        a->have_grain = 1;
    } else if (!strcmp(flag, "--seconds")) {
        if ((st = parse_double(v, &a->opt.seconds, 0)))
            return bad(flag, st == -2 ? "the number " NUM_UNDERFLOW
                                  "; write 0 or a larger value"
                                : "expected a number >= 0", v);
    } else if (!strcmp(flag, "--plot")) {
        if (plot_file_format(v) == PLOT_FILE_NONE)
            return bad(flag, "expected a file name ending in .png or .svg", v);
        if (out_is_stdout(v)) {
            char vs[SHOWN_BUF];
            fprintf(stderr, "shipload-pack: --plot: \"%s\" is the file "
                    "standard output goes to; writing it would replace the "
                    "report: give another file name\n",
                    shown(v, vs, sizeof vs));
            return 2;
        }
        { /* before packing, as shipload-estimate checks its outputs (a
             directory failed after the pack, with exit 1) */
            struct stat ps;
            char vs[SHOWN_BUF];
            if (stat(v, &ps) == 0 && !S_ISREG(ps.st_mode)) {
                fprintf(stderr, "shipload-pack: --plot: \"%s\" is %s; give "
                        "a file name\n", shown(v, vs, sizeof vs),
                        S_ISDIR(ps.st_mode)
                            ? "a directory"
                            : "not a regular file (a device or pipe): the "
                              "plot is written whole through a temporary "
                              "file renamed over it");
                return 2;
            }
        }
        a->plot = v;
    } else {
        return bad(flag, "unknown flag; see --help", NULL);
    }
    return 0;
}

/* The flags that take a value; each may be given once. */
static const char *const valued[NVALUED] = {
    "--space", "--box", "--vertical", "--max-count", "--max-stack",
    "--grain", "--seconds", "--plot", "--container", "--box-mass",
    "--payload"};

/* Index of flag in valued[], or -1 if it takes no value. */
static int takes_value(const char *flag)
{
    for (int i = 0; i < NVALUED; i++)
        if (!strcmp(flag, valued[i]))
            return i;
    return -1;
}

static const char *mass_text(double v, char *buf, size_t size);

/* Take the space, and the payload unless --payload gave one, from the
 * built-in catalog's container a->container_id; 0 or the exit status. */
static int use_container(args *a)
{
    sl_catalog *cat = NULL;
    sl_error e;
    const sl_container *c;
    if (a->have_space)
        return bad("--container", "give --space or --container, not both",
                   a->container_id);
    if (sl_catalog_builtin(&cat, &e) != SL_OK) {
        fprintf(stderr, "shipload-pack: %s\n", e.what);
        return 1;
    }
    c = sl_catalog_find_container(cat, a->container_id);
    if (c) {
        a->container = *c;
        a->space[0] = c->length.nominal;
        a->space[1] = c->width.nominal;
        a->space[2] = c->height.nominal;
        a->have_space = 1;
        double rated = c->max_gross.nominal - c->tare.nominal;
        if (!a->payload_given)
            a->payload = rated;
        else if (a->payload > rated) { /* allowed (another rating), but say */
            char p[48], r[48], g[48], t[48];
            fprintf(stderr, "shipload-pack: note: --payload %s kg is above "
                    "%s's rated payload, %s kg (%s kg gross less %s kg "
                    "tare); the weight limit uses %s kg\n",
                    mass_text(a->payload, p, sizeof p), c->id,
                    mass_text(rated, r, sizeof r),
                    mass_text(c->max_gross.nominal, g, sizeof g),
                    mass_text(c->tare.nominal, t, sizeof t), p);
        }
        sl_catalog_free(cat);
        return 0;
    }
    char ids[256] = "";
    for (size_t i = 0; i < sl_catalog_container_count(cat); i++) {
        size_t n = strlen(ids);
        snprintf(ids + n, sizeof ids - n, "%s%s", i ? ", " : "",
                 sl_catalog_container_at(cat, i)->id);
    }
    sl_catalog_free(cat);
    char what[320];
    snprintf(what, sizeof what, "unknown container id; the built-in ones "
             "are %s", ids);
    return bad("--container", what, a->container_id);
}

/* Parse argv; returns 0, or the exit status (2 bad input, -1 help). */
static int parse_args(int argc, char **argv, args *a)
{
    int st;
    memset(a, 0, sizeof *a);
    sl_pack_options_init(&a->opt);
    a->opt.want_layout = 1;
    for (int i = 1; i < argc; i++) {
        const char *f = argv[i], *v = NULL;
        const char *eq = strncmp(f, "--", 2) ? NULL : strchr(f, '=');
        char name[32];
        if (eq) { /* --flag=value, as shipload-estimate takes it */
            size_t len = (size_t)(eq - f);
            if (len >= sizeof name)
                return bad(f, "unknown flag; see --help", NULL);
            memcpy(name, f, len);
            name[len] = '\0';
            f = name;
            v = eq + 1;
            if (!strcmp(f, "--json") || !strcmp(f, "--help"))
                return bad(f, "takes no value", NULL);
        }
        if (!strcmp(f, "--help") || !strcmp(f, "-h"))
            return -1;
        if (!strcmp(f, "--json")) {
            a->json = 1;
            continue;
        }
        if (strncmp(f, "--", 2))
            return bad(f, "unexpected argument; see --help", NULL);
        int k = takes_value(f);
        if (k < 0)
            return bad(f, "unknown flag; see --help", NULL);
        if (!v && i + 1 >= argc)
            return bad(f, "missing value", NULL);
        if (!v && (takes_value(argv[i + 1]) >= 0 ||
                   !strcmp(argv[i + 1], "--json") ||
                   !strcmp(argv[i + 1], "--help"))) {
            /* "--container --box 930x425x240" took --box as the id and
               blamed the box: "930x425x240: unexpected argument" */
            char what[96];
            snprintf(what, sizeof what, "missing value (the next argument, "
                     "%.40s, is a flag)", argv[i + 1]);
            return bad(f, what, NULL);
        }
        if (!v)
            v = argv[++i];
        if (a->given[k] && strcmp(a->given[k], v)) {
            /* the last would win without a word */
            char what[160];
            snprintf(what, sizeof what, "given twice, first as '%.60s'; "
                     "give it once", a->given[k]);
            return bad(f, what, v);
        }
        a->given[k] = v;
        if ((st = parse_value(a, f, v)))
            return st;
    }
    if (a->container_id && (st = use_container(a)))
        return st;
    if (!a->have_space)
        return bad("--space", "required (or --container)", NULL);
    if (!a->have_box)
        return bad("--box", "required", NULL);
    if (a->payload_given && !(a->box_mass > 0))
        return bad("--payload", "a weight limit needs --box-mass too", NULL);
    if (a->box_mass > 0 && !(a->payload > 0))
        return bad("--box-mass", "a weight limit needs --payload or "
                   "--container too", NULL);
    a->by_weight = -1;
    if (a->box_mass > 0) {
        /* a ratio within 1e-12 of a whole number is that number (0.3 kg
           / 0.1 kg is 2.9999999999999996 in doubles: 3 boxes); otherwise
           floor (a slack of n * 1e-12 added 100 boxes at 10^14) */
        double x = a->payload / a->box_mass, n = nearbyint(x);
        if (fabs(x - n) > 1e-12 * x)
            n = floor(x);
        /* was cut to 10^15 and printed as that count ("by weight
           1000000000000000" for 1e30 kg / 5 kg): a false figure */
        /* both flags named when both were given: either can be the
           wrong one (--payload 100 --box-mass 1e-20 blamed --payload) */
        if (x > 1e15) {
            char why[200], pay[48], box[48];
            char many[48];
            /* past a double (1e300 kg / 1e-300 kg) it read "inf boxes" */
            if (isfinite(x))
                snprintf(many, sizeof many, "%.3g boxes, more than 10^15",
                         x);
            else
                snprintf(many, sizeof many, "more than 10^15 boxes (past "
                         "a double's range)");
            snprintf(why, sizeof why, "payload / box mass is %s kg / %s "
                     "kg, %s; check the units (kg)",
                     mass_text(a->payload, pay, sizeof pay),
                     mass_text(a->box_mass, box, sizeof box), many);
            return bad(a->payload_given ? "--payload / --box-mass"
                                        : "--box-mass", why, NULL);
        }
        a->by_weight = (long)n;
    }
    /* no --grain: the coarsest unit that makes the box sides whole, so
       1,193.75 mm is packed as it is, not rounded up to 1,194, and a
       box in metres as in millimetres (see sl_pack_grain_for) */
    if (!a->have_grain)
        a->opt.grain = sl_pack_grain_for(a->space[0], a->space[1],
                                         a->space[2], a->box[0], a->box[1],
                                         a->box[2], 1.0);
#ifndef SL_HAVE_CAIRO
    if (a->plot)
        return bad("--plot", "this build has no cairo", NULL);
#endif
    return 0;
}

/* The flag that carries the parameter the library named. */
static const char *flag_of(const char *where)
{
    if (strchr("LWH", where[0]) && !where[1])
        return "--space";
    if (strchr("lwh", where[0]) && !where[1])
        return "--box";
    if (!strcmp(where, "vertical"))
        return "--vertical";
    if (!strcmp(where, "max_count"))
        return "--max-count";
    if (!strcmp(where, "max_stack"))
        return "--max-stack";
    if (!strcmp(where, "grain"))
        return "--grain";
    if (!strcmp(where, "seconds"))
        return "--seconds";
    return where;
}

/* sl_pack's grid: at most 10^6 units on an axis (pack.h). */
#define GRID_MAX 1e6

/* A count for people: grouped ("10,000,000,000") up to 10^15, in
 * exponent form above ("1e+27"); returns buf. */
static const char *count_text(double n, char *buf, size_t size)
{
    if (n <= 1e15)
        sl_format_number(n, 0, 0, buf, size);
    else
        snprintf(buf, size, "%.3g", n);
    return buf;
}

/* A whole count grouped as the payload beside it ("1,234,567"): exact
 * for any long, where a double would round past 2^53; returns buf. */
static const char *group(long n, char *buf, size_t size)
{
    char d[32];
    int len = snprintf(d, sizeof d, "%ld", n), k = 0, lead = d[0] == '-';
    for (int i = 0; i < len && (size_t)k + 1 < size; i++) {
        int left = len - i; /* digits from here to the end */
        if (i > lead && left % 3 == 0 && (size_t)k + 2 < size)
            buf[k++] = ',';
        buf[k++] = d[i];
    }
    buf[k] = '\0';
    return buf;
}

/* The packer's bound grouped; LONG_MAX means more than a long holds
 * (pack.h), not a figure: it read "9223372036854775807" for 10^27
 * boxes, now "above 9.22e+18".  Returns buf. */
static const char *bound_text(long n, char *buf, size_t size)
{
    if (n == LONG_MAX)
        snprintf(buf, size, "above %.3g", (double)LONG_MAX);
    else
        group(n, buf, size);
    return buf;
}

/* A mass for people, grouped as the counts beside it: a whole one below
 * 10^15 in full ("500,000,000,000,000"), else as typed to 10 significant
 * digits, the whole part grouped ("1,000,000.5", "105.5"), exponent form
 * where printf gives it ("1e+20").  Returns buf. */
static const char *mass_text(double v, char *buf, size_t size)
{
    char t[40];
    if (v == floor(v) && fabs(v) < 1e15) {
        sl_format_number(v, 0, 0, buf, size);
        return buf;
    }
    snprintf(t, sizeof t, "%.10g", v);
    size_t whole = strspn(t, "0123456789"); /* at most 10 digits */
    if (strpbrk(t, "eE") || whole == 0 || whole > 10) {
        snprintf(buf, size, "%s", t);
        return buf;
    }
    char g[32];
    snprintf(buf, size, "%s%s", group(atol(t), g, sizeof g), t + whole);
    return buf;
}

/* v rounded up at 3 significant digits, so a limit printed is one that
 * holds. */
static double up3(double v)
{
    double unit = pow(10, floor(log10(v)) - 2);
    return ceil(v / unit * (1 - 1e-12)) * unit;
}

/* A library error on bad input, said in the command's terms; returns 2.
 * A side of more than 10^6 grid units is the grain's fault when --grain
 * was given (it blamed --space: "L = 10 is more than 10^6 grid units of
 * 1e-09"), and the message gives the grain that would do; a layout too
 * large names the flags that shrink it (it read "box: ... set
 * max_count").  Other errors as the library words them, under the flag
 * that carries the parameter. */
static int lib_bad(const args *a, const sl_error *e)
{
    static const char *const side[6] = {
        "the space's length", "the space's width", "the space's height",
        "the box's l", "the box's w", "the box's h"};
    const char *at = e->where[0] && !e->where[1]
                         ? strchr("LWHlwh", e->where[0]) : NULL;
    char what[400], n[48], m[48];
    if (e->status == SL_ERANGE && at) {
        int k = (int)(at - "LWHlwh");
        double v = k < 3 ? a->space[k] : a->box[k - 3], big = 0;
        for (int i = 0; i < 3; i++)
            big = fmax(big, fmax(a->space[i], a->box[i]));
        count_text(v / a->opt.grain, n, sizeof n);
        if (a->have_grain) {
            snprintf(what, sizeof what, "a grid unit of %.10g cuts %s "
                     "(%.10g) into %s cells, more than the 10^6 a side may "
                     "have; give a grain of at least %.10g (the largest size "
                     "/ 10^6)", a->opt.grain, side[k], v, n,
                     up3(big / GRID_MAX));
            return bad("--grain", what, a->given[takes_value("--grain")]);
        }
        snprintf(what, sizeof what, "%s (%.10g) is %s grid cells of "
                 "%.10g, more than the 10^6 a side may have; give --grain "
                 "%.10g or more", side[k], v, n, a->opt.grain,
                 up3(big / GRID_MAX));
        return bad(k < 3 ? "--space" : "--box", what, NULL);
    }
    long most, cap;
    if (e->status == SL_ERANGE && !strcmp(e->where, "box") &&
        sscanf(e->what, "up to %ld boxes fit, more than the %ld", &most,
               &cap) == 2) {
        /* a box in metres in a container's millimetres is the likely
           slip: say the unit */
        snprintf(what, sizeof what, "up to %s boxes fit, more than the %s "
                 "a layout may hold; give a larger box, or --max-count "
                 "(the boxes available)%s",
                 count_text((double)most, n, sizeof n),
                 count_text((double)cap, m, sizeof m),
                 a->container_id ? "; --container's interior is in "
                                   "millimetres: is the box?"
                                 : "");
        return bad("--box", what, NULL);
    }
    return bad(flag_of(e->where), e->what, NULL);
}

/* Orientation class of a placement: 0..5 = which box dim points up (l, w,
 * h) times which of the others lies along x.  When two dims tie with the
 * placement's height, the one --vertical allows (h, then w, then l): it
 * named h or w first whatever was allowed, "w" for a 10 x 10 x 20 box
 * packed with --vertical l. */
static int orient_of(const args *a, const sl_placement *p)
{
    const double *d = a->box;
    double tol = 1e-9 * fmax(d[0], fmax(d[1], d[2]));
    int up = -1;
    for (int pass = 0; pass < 2 && up < 0; pass++) /* allowed, then any */
        for (int k = 2; k >= 0 && up < 0; k--)
            if (fabs(p->h - d[k]) <= tol &&
                (pass || strchr(a->opt.vertical, "lwh"[k])))
                up = k;
    if (up < 0)
        up = 0;
    int along = (up + 1) % 3;
    return 2 * up + (fabs(p->l - d[along]) <= tol ? 0 : 1);
}

/* The letter of the dim pointing up, its case alternating like a
 * chequerboard over the box's place in the view so single boxes show. */
static char box_char(int o, const double pos[3], const double ext[3],
                     int ua, int va)
{
    long cu = lround(pos[ua] / ext[ua]), cv = lround(pos[va] / ext[va]);
    return ((cu + cv) % 2 ? "lwh" : "LWH")[o / 2];
}

/* The cells [*lo, *hi) of n cells across len whose centres, (x + 0.5) *
 * len / n, lie in [pos, pos + ext); a box narrower than a cell that
 * covers no centre gets the cell its own centre lies in (a 1 mm box in a
 * 1,000 mm space was drawn as no box at all, the views all '.'). */
static void cell_span(double pos, double ext, double len, int n, int *lo,
                      int *hi)
{
    int a = (int)floor(pos / len * n - 0.5) - 1;
    int b = (int)ceil((pos + ext) / len * n) + 1;
    a = a < 0 ? 0 : a;
    b = b > n ? n : b;
    while (a < b && (a + 0.5) * len / n < pos)
        a++;
    while (b > a && (b - 0.5) * len / n >= pos + ext)
        b--;
    if (a == b) {
        a = (int)floor((pos + ext / 2) / len * n);
        a = a < 0 ? 0 : a >= n ? n - 1 : a;
        b = a + 1;
    }
    *lo = a;
    *hi = b;
}

/* One ASCII view: u along the columns (axis ua of the space), v up the
 * rows (axis va); the box drawn at a cell is the one with the highest (or
 * lowest, for depth) coordinate along the third axis, the first such in
 * the layout.  Each box visits only the cells it covers (a pass over every
 * box for every cell took 12 s for 2 million boxes). */
static void ascii_view(const args *a, const sl_pack_result *r, int ua,
                       int va, int near_low, const char *title)
{
    enum { COLS = 72, ROWS_MAX = 40 };
    double su = a->space[ua], sv = a->space[va], bestd[ROWS_MAX][COLS];
    char cell[ROWS_MAX][COLS];
    int rows = (int)lround(COLS * sv / su / 2.0);
    rows = rows < 4 ? 4 : rows > ROWS_MAX ? ROWS_MAX : rows;
    int da = 3 - ua - va;
    memset(cell, '.', sizeof cell);
    for (size_t i = 0; i < r->nlayout; i++) {
        const sl_placement *p = &r->layout[i];
        const double pos[3] = {p->x, p->y, p->z};
        const double ext[3] = {p->l, p->w, p->h};
        double dd = near_low ? -pos[da] : pos[da] + ext[da];
        int x0, x1, y0, y1;
        cell_span(pos[ua], ext[ua], su, COLS, &x0, &x1);
        cell_span(pos[va], ext[va], sv, rows, &y0, &y1);
        for (int y = y0; y < y1; y++)
            for (int x = x0; x < x1; x++)
                if (cell[y][x] == '.' || dd > bestd[y][x]) {
                    bestd[y][x] = dd;
                    cell[y][x] = box_char(orient_of(a, p), pos, ext, ua, va);
                }
    }
    printf("%s (%.10g across, %.10g up)\n", title, su, sv);
    for (int y = rows - 1; y >= 0; y--)
        printf("|%.*s|\n", COLS, cell[y]);
}

/* Which limit binds: "weight", "geometry", "both", or "none" when the
 * box misses the door (sl_binding); "geometry" with no weight limit. */
static const char *binding_of(const args *a)
{
    if (!a->door_passes)
        return sl_binding_name(SL_BIND_NONE);
    if (a->by_weight < 0)
        return sl_binding_name(SL_BIND_GEOMETRY);
    return sl_binding_name(a->by_weight < a->by_geometry ? SL_BIND_WEIGHT
                           : a->by_weight > a->by_geometry ? SL_BIND_GEOMETRY
                                                           : SL_BIND_BOTH);
}

/* 1 if a box of sides b fits a space s standing on one of the dims
 * --vertical allows (the other two lying either way). */
static int stands_some_way(const args *a, const double b[3],
                           const double s[3])
{
    static const char dims[] = "lwh";
    for (int u = 0; u < 3; u++) {
        if (!strchr(a->opt.vertical, dims[u]))
            continue;
        double p = b[(u + 1) % 3], q = b[(u + 2) % 3];
        if (b[u] <= s[2] &&
            ((p <= s[0] && q <= s[1]) || (q <= s[0] && p <= s[1])))
            return 1;
    }
    return 0;
}

/* The box's cell c and the space's s on the grid, as sl_pack rounds them:
 * a box's sides up and the space's down to whole grid units, each within
 * a relative 1e-9 of a whole number taken as it. */
static void grid_sizes(const args *a, double c[3], double s[3])
{
    double g = a->opt.grain;
    for (int k = 0; k < 3; k++) {
        c[k] = fmax(ceil(a->box[k] / g * (1 - 1e-9)), 1) * g;
        s[k] = floor(a->space[k] / g * (1 + 1e-9)) * g;
    }
}

/* 1 if the box fits the space in some orientation --vertical allows: by
 * the packer's rule (its cell in the space, both rounded to the grid as
 * sl_pack rounds them, so a box 1e-9 longer than the space fits as it
 * packs, where "1 box" stood beside "fits in no allowed orientation"), or
 * at its real sizes (when the grid rounding is what keeps it out,
 * print_rounded says so). */
static int fits_some_way(const args *a)
{
    double c[3], s[3];
    grid_sizes(a, c, s);
    return stands_some_way(a, c, s) || stands_some_way(a, a->box, a->space);
}

/* The text report's lines on the container and the weight limit; count
 * is the boxes the layout holds. */
static void print_limits(const args *a, long count)
{
    if (a->container_id)
        printf("%s: %s; door %.10g x %.10g mm\n", a->container.id,
               a->container.name, a->container.door_width.nominal,
               a->container.door_height.nominal);
    if (!a->door_passes)
        printf("the box passes the door in no allowed orientation "
               "(vertical %s): none can be loaded\n", a->opt.vertical);
    else if (strcmp(a->asked, a->opt.vertical)) {
        char on[8] = "";
        for (size_t i = 0; a->opt.vertical[i]; i++) /* "w or h" */
            snprintf(on + strlen(on), sizeof on - strlen(on), "%s%c",
                     i == 0 ? "" : " or ", a->opt.vertical[i]);
        printf("the door lets the box in standing on %s only (vertical %s "
               "asked): it cannot be stood on another side inside\n", on,
               a->asked);
    }
    else if (!fits_some_way(a)) /* "0 boxes ... optimal" and no reason */
        printf("the box fits the space (%.10g x %.10g x %.10g) in no "
               "allowed orientation (vertical %s)\n", a->space[0],
               a->space[1], a->space[2], a->opt.vertical);
    /* grouped as the container's rating beside it ("30,480 kg"), where
       it read "payload 28230 kg"; both masses to 10 digits, where a
       fraction read "payload 1e+06 kg / 1.23457e+06 kg a box" for
       1000000.5 kg and 1234567 kg */
    char pay[48], box[48], n1[32], n2[32], n3[32];
    if (a->by_weight >= 0)
        printf("by weight %s (payload %s kg / %s kg a box), by geometry "
               "%s: %s\n", group(a->by_weight, n1, sizeof n1),
               mass_text(a->payload, pay, sizeof pay),
               mass_text(a->box_mass, box, sizeof box),
               group(a->by_geometry, n2, sizeof n2),
               !a->door_passes ? "the door binds"
               : a->by_weight < a->by_geometry ? "the weight binds"
               : a->by_weight > a->by_geometry ? "the geometry binds"
                                               : "both bind");
    long most = a->by_weight >= 0 && a->by_weight < a->by_geometry
                    ? a->by_weight : a->by_geometry;
    if ((a->container_id || a->by_weight >= 0) && a->door_passes &&
        a->opt.max_count > 0 && a->opt.max_count < most) {
        if (count >= a->opt.max_count)
            printf("--max-count %s: the %s boxes available are loaded (the "
                   "limits allow %s)\n",
                   group(a->opt.max_count, n1, sizeof n1),
                   group(a->opt.max_count, n2, sizeof n2),
                   group(most, n3, sizeof n3));
        else /* the second pack's share of a --seconds budget ran out */
            printf("--max-count %s: %s of them are loaded (the limits allow "
                   "%s; the time budget ran out first)\n",
                   group(a->opt.max_count, n1, sizeof n1),
                   group(count, n2, sizeof n2), group(most, n3, sizeof n3));
    }
}

/* 1 if the sides b[0..3) are whole numbers of grain g (within 1e-9). */
static int whole_at(const double b[3], double g)
{
    for (int k = 0; k < 3; k++) {
        double u = b[k] / g;
        if (fabs(u - nearbyint(u)) > 1e-9 * u)
            return 0;
    }
    return 1;
}

/* The volume of the cell a box takes on the grid over the box's. */
static double cell_ratio(const args *a)
{
    double g = a->opt.grain, r = 1;
    for (int k = 0; k < 3; k++) /* as sl_pack rounds a box up */
        r *= ceil(a->box[k] / g * (1 - 1e-9)) * g / a->box[k];
    return r;
}

/* When the box sides are not whole numbers of the grid unit, the packer
 * gives each box the rounded-up cell, which can cost boxes against the
 * bound (taken at the real sizes): say so, and after a --grain name a
 * unit that keeps the sides whole when there is one. */
static void print_rounded(const args *a, const sl_pack_result *r)
{
    double g = a->opt.grain, c[3], s[3];
    grid_sizes(a, c, s); /* as sl_pack rounds a box up, a space down */
    printf("each box takes a %.10g x %.10g x %.10g cell (its sides rounded "
           "up to whole units)\n", c[0], c[1], c[2]);
    /* none packed where boxes fit at the real sizes: the rounded space
       is why (--grain 100 in a 10-unit space gave 0 boxes against a
       bound of 1,000 without a word on the space) */
    if (r->count == 0 && r->upper_bound > 0)
        printf("the space rounds down to %.10g x %.10g x %.10g (whole units "
               "of %.10g): no box cell fits\n", s[0], s[1], s[2], g);
    double fit = sl_pack_grain_for(a->space[0], a->space[1], a->space[2],
                                   a->box[0], a->box[1], a->box[2], 1.0);
    if (a->have_grain && whole_at(a->box, fit) && r->upper_bound > 0)
        printf("--grain %.10g would pack the real sizes\n", fit);
}

/* The readable report. */
static void print_text(const args *a, const sl_pack_result *r)
{
    char n1[32], n2[32];
    printf("%s box%s of %.10g x %.10g x %.10g (vertical %s) in "
           "%.10g x %.10g x %.10g\n",
           group(r->count, n1, sizeof n1), r->count == 1 ? "" : "es",
           a->box[0], a->box[1], a->box[2], a->opt.vertical, a->space[0],
           a->space[1], a->space[2]);
    print_limits(a, r->count);
    char secs[32];
    printf("upper bound %s: %s; %s\n",
           bound_text(r->upper_bound, n2, sizeof n2),
           r->optimal ? "optimal" : "not proven optimal",
           pack_seconds_text(r->seconds, secs, sizeof secs));
    int whole = whole_at(a->box, a->opt.grain);
    if (a->have_grain)
        printf("grid unit %.10g (--grain)\n", a->opt.grain);
    else if (!whole) { /* sl_pack_grain_for's choice when none is */
        double cr = cell_ratio(a);
        char how[64];
        if (cr < 2)
            snprintf(how, sizeof how, "%.2g %% larger than", 100 * (cr - 1));
        else
            snprintf(how, sizeof how, "%.3g times", cr);
        printf("grid unit %.10g (no unit tried makes the box sides whole: "
               "each box's cell is %s the box)\n", a->opt.grain, how);
    }
    else if (a->opt.grain != 1.0)
        printf("grid unit %.10g (the box sides are whole numbers of it)\n",
               a->opt.grain);
    if (!whole)
        print_rounded(a, r);
    if (r->nlayout == 0)
        return;
    printf("letters: the box dim pointing up (l, w or h), upper and lower "
           "case alternating from box to box; '.' empty\n");
    ascii_view(a, r, 0, 1, 0, "top view: length x width, highest box");
    ascii_view(a, r, 0, 2, 1, "side view: length x height, nearest box");
}

/* v in the fewest digits (15 to 17) that read back as v: a JSON reader
 * gets the very double (10 digits turned 1234.5678901234 into 1234.56789). */
static const char *jnum(double v, char buf[32])
{
    for (int digits = 15; digits <= 17; digits++) {
        snprintf(buf, 32, "%.*g", digits, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    return buf;
}

/* The JSON report. */
static void print_json(const args *a, const sl_pack_result *r)
{
    char b[6][32];
    printf("{\"count\": %ld, \"upper_bound\": %ld, \"optimal\": %s, "
           "\"seconds\": %.6f, \"grain\": %s, ", r->count,
           r->upper_bound, r->optimal ? "true" : "false", r->seconds,
           jnum(a->opt.grain, b[0]));
    if (a->container_id) /* an id is [a-z0-9._-]: no escaping needed */
        printf("\"container\": \"%s\", \"door_passes\": %s, "
               "\"door_vertical\": \"%s\", ", a->container.id,
               a->door_passes ? "true" : "false",
               a->door_passes ? a->opt.vertical : "");
    if (a->by_weight >= 0)
        printf("\"box_mass\": %s, \"payload\": %s, \"by_weight\": %ld, ",
               jnum(a->box_mass, b[0]), jnum(a->payload, b[1]), a->by_weight);
    if (a->container_id || a->by_weight >= 0)
        printf("\"by_geometry\": %ld, \"binding\": \"%s\", ",
               a->by_geometry, binding_of(a));
    if (a->opt.max_count > 0)
        printf("\"max_count\": %ld, ", a->opt.max_count);
    printf("\"layout\": [");
    for (size_t i = 0; i < r->nlayout; i++) {
        const sl_placement *p = &r->layout[i];
        printf("%s\n  {\"x\": %s, \"y\": %s, \"z\": %s, \"l\": %s, "
               "\"w\": %s, \"h\": %s}", i ? "," : "", jnum(p->x, b[0]),
               jnum(p->y, b[1]), jnum(p->z, b[2]), jnum(p->l, b[3]),
               jnum(p->w, b[4]), jnum(p->h, b[5]));
    }
    printf("%s]}\n", r->nlayout ? "\n" : "");
}

#ifdef SL_HAVE_CAIRO
/* Fill colours by orientation class. */
static const double COLOURS[6][3] = {
    {0.90, 0.45, 0.35}, {0.95, 0.65, 0.45}, {0.35, 0.60, 0.85},
    {0.55, 0.75, 0.95}, {0.40, 0.70, 0.40}, {0.65, 0.85, 0.55}};

/* A placement's depth in a view and its index in the layout. */
typedef struct depth {
    double key;
    size_t i;
} depth;

/* Order by depth, then by index (so boxes level in depth are drawn in
 * layout order). */
static int by_depth(const void *a, const void *b)
{
    const depth *p = a, *q = b;
    if (p->key != q->key)
        return p->key < q->key ? -1 : 1;
    return (p->i > q->i) - (p->i < q->i);
}

/* The grid that finds the boxes a view shows: at most this many cells
 * (4 bytes each) and this many cell visits (boxes x the cells each
 * covers); a layout past either draws every box, as before. */
#define VIEW_CELLS_MAX ((size_t)1 << 23)
#define VIEW_VISITS_MAX ((size_t)1 << 27)

static int by_value(const void *a, const void *b)
{
    double p = *(const double *)a, q = *(const double *)b;
    return (p > q) - (p < q);
}

/* Sort e[0..n) and keep one of each run of values within tol of the run's
 * first; returns how many are kept. */
static size_t distinct_edges(double *e, size_t n, double tol)
{
    size_t m = 0;
    qsort(e, n, sizeof *e, by_value);
    for (size_t i = 0; i < n; i++)
        if (m == 0 || e[i] - e[m - 1] > tol)
            e[m++] = e[i];
    return m;
}

/* The index of the edge of e[0..m) (distinct_edges) that x is. */
static size_t edge_at(const double *e, size_t m, double x, double tol)
{
    size_t lo = 0, hi = m;
    while (lo < hi) { /* the first edge not below x - tol */
        size_t mid = lo + (hi - lo) / 2;
        if (e[mid] < x - tol)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < m ? lo : m - 1;
}

/* shown[s] = 1 for each box ord[s] (drawn in the order of s) that some
 * part of the view shows, 0 for one that the boxes drawn after it cover
 * whole.  The box edges in the view cut it into cells; each cell shows the
 * last box drawn over it, as painting them all would.  0, or -1 (shown
 * untouched) when the grid would pass VIEW_CELLS_MAX or VIEW_VISITS_MAX
 * or memory runs out. */
static int shown_boxes(const sl_pack_result *r, const depth *ord, size_t n,
                       int va, double su, double sv, unsigned char *shown)
{
    double *eu = malloc(2 * (n ? n : 1) * sizeof *eu);
    double *ev = malloc(2 * (n ? n : 1) * sizeof *ev);
    uint32_t *top = NULL;
    double tu = 1e-9 * su, tv = 1e-9 * sv;
    size_t mu, mv, visits = 0;
    int ok = -1;
    if (!eu || !ev || n > UINT32_MAX - 1)
        goto done;
    for (size_t i = 0; i < n; i++) {
        const sl_placement *p = &r->layout[i];
        double v = va == 1 ? p->y : p->z, ext = va == 1 ? p->w : p->h;
        eu[2 * i] = p->x;
        eu[2 * i + 1] = p->x + p->l;
        ev[2 * i] = v;
        ev[2 * i + 1] = v + ext;
    }
    mu = distinct_edges(eu, 2 * n, tu);
    mv = distinct_edges(ev, 2 * n, tv);
    if (mu < 2 || mv < 2 || (mu - 1) > VIEW_CELLS_MAX / (mv - 1))
        goto done;
    for (size_t i = 0; i < n && visits <= VIEW_VISITS_MAX; i++) {
        const sl_placement *p = &r->layout[i];
        double v = va == 1 ? p->y : p->z, ext = va == 1 ? p->w : p->h;
        size_t nu = edge_at(eu, mu, p->x + p->l, tu) - edge_at(eu, mu, p->x, tu);
        size_t nv = edge_at(ev, mv, v + ext, tv) - edge_at(ev, mv, v, tv);
        visits += nu * nv;
    }
    if (visits > VIEW_VISITS_MAX)
        goto done;
    top = calloc((mu - 1) * (mv - 1), sizeof *top); /* 0: no box */
    if (!top)
        goto done;
    for (size_t s = 0; s < n; s++) {
        const sl_placement *p = &r->layout[ord[s].i];
        double v = va == 1 ? p->y : p->z, ext = va == 1 ? p->w : p->h;
        size_t u0 = edge_at(eu, mu, p->x, tu);
        size_t u1 = edge_at(eu, mu, p->x + p->l, tu);
        size_t v0 = edge_at(ev, mv, v, tv), v1 = edge_at(ev, mv, v + ext, tv);
        for (size_t y = v0; y < v1; y++)
            for (size_t x = u0; x < u1; x++)
                top[y * (mu - 1) + x] = (uint32_t)(s + 1);
    }
    memset(shown, 0, n);
    for (size_t c = 0; c < (mu - 1) * (mv - 1); c++)
        if (top[c])
            shown[top[c] - 1] = 1;
    ok = 0;
done:
    free(eu);
    free(ev);
    free(top);
    return ok;
}

/* Draw one view at (ox, oy) with scale k: boxes in drawing order so the
 * visible one (highest, or nearest) is painted last, and only those some
 * part of the view shows (shown_boxes). */
static void cairo_view(cairo_t *cr, const args *a, const sl_pack_result *r,
                       int va, double ox, double oy, double k,
                       const char *title)
{
    double su = a->space[0], sv = a->space[va];
    size_t n = r->nlayout;
    depth *ord = malloc((n ? n : 1) * sizeof *ord);
    if (!ord)
        return;
    for (size_t i = 0; i < n; i++) {
        const sl_placement *p = &r->layout[i];
        ord[i] = (depth){va == 1 ? p->z : -p->y, i};
    }
    if (n > 1) /* an insertion sort took half an hour for 2 million boxes */
        qsort(ord, n, sizeof *ord, by_depth);
    /* only the boxes the view shows: a 40 ft container of 50 mm cubes
       drew all 530,160 in each view, a 335 MB SVG */
    unsigned char *shown = malloc(n ? n : 1);
    if (shown && shown_boxes(r, ord, n, va, su, sv, shown))
        memset(shown, 1, n);
    cairo_set_source_rgb(cr, 0.97, 0.97, 0.97);
    cairo_rectangle(cr, ox, oy, su * k, sv * k);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, 2);
    cairo_stroke(cr);
    cairo_set_line_width(cr, 0.8);
    for (size_t s = 0; s < n; s++) {
        if (shown && !shown[s])
            continue;
        const sl_placement *p = &r->layout[ord[s].i];
        double u = p->x, v = va == 1 ? p->y : p->z;
        double eu = p->l, ev = va == 1 ? p->w : p->h;
        const double *c = COLOURS[orient_of(a, p)];
        double y0 = oy + (sv - v - ev) * k; /* v grows upwards */
        cairo_rectangle(cr, ox + u * k, y0, eu * k, ev * k);
        cairo_set_source_rgb(cr, c[0], c[1], c[2]);
        cairo_fill_preserve(cr);
        cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
        cairo_stroke(cr);
    }
    free(ord);
    free(shown);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_font_size(cr, 15);
    cairo_move_to(cr, ox, oy - 8);
    cairo_show_text(cr, title);
}

/* What draw_layout draws: the run and the canvas height. */
typedef struct layout_plot {
    const args *a;
    const sl_pack_result *r;
    double height;
} layout_plot;

#define PLOT_WIDTH 1100.0
#define PLOT_MARGIN 40.0

/* Canvas height for space S at PLOT_WIDTH. */
static double plot_height(const double S[3])
{
    double k = (PLOT_WIDTH - 2 * PLOT_MARGIN) / S[0];
    return S[1] * k + S[2] * k + 4 * PLOT_MARGIN + 60;
}

/* Top and side views with a title and a key (a plot_draw_fn). */
static void draw_layout(cairo_t *cr, const void *ctx)
{
    const layout_plot *lp = ctx;
    const args *a = lp->a;
    const sl_pack_result *r = lp->r;
    const double width = PLOT_WIDTH, margin = PLOT_MARGIN;
    double k = (width - 2 * margin) / a->space[0];
    double h1 = a->space[1] * k, height = lp->height;
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    char buf[256];
    char n1[32], n2[32];
    snprintf(buf, sizeof buf, "%s box%s %.10g x %.10g x %.10g in %.10g x "
             "%.10g x %.10g (bound %s%s)", group(r->count, n1, sizeof n1),
             r->count == 1 ? "" : "es", a->box[0], a->box[1], a->box[2],
             a->space[0], a->space[1], a->space[2],
             bound_text(r->upper_bound, n2, sizeof n2),
             r->optimal ? ", optimal" : "");
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_font_size(cr, 18);
    cairo_move_to(cr, margin, 28);
    cairo_show_text(cr, buf);
    cairo_view(cr, a, r, 1, margin, margin + 40, k,
               "top view: length (x, right) by width (y, up); highest box");
    cairo_view(cr, a, r, 2, margin, 2 * margin + 40 + h1 + 20, k,
               "side view: length (x, right) by height (z, up); nearest "
               "box");
    static const char *names[6] = {"l up, w along x", "l up, h along x",
                                   "w up, h along x", "w up, l along x",
                                   "h up, l along x", "h up, w along x"};
    double lx = margin, ly = height - 22;
    cairo_set_font_size(cr, 13);
    for (int o = 0; o < 6; o++) {
        if (!strchr(a->opt.vertical, "lwh"[o / 2]))
            continue;
        cairo_set_source_rgb(cr, COLOURS[o][0], COLOURS[o][1],
                             COLOURS[o][2]);
        cairo_rectangle(cr, lx, ly - 11, 14, 14);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 0, 0, 0);
        cairo_move_to(cr, lx + 20, ly);
        cairo_show_text(cr, names[o]);
        lx += 175;
    }
}

/* Write top and side views to a PNG or SVG file, whole or not at all; 0,
 * or -1 with the reason in msg. */
static int plot(const args *a, const sl_pack_result *r, char *msg,
                size_t msgsize)
{
    layout_plot lp = {a, r, plot_height(a->space)};
    return plot_render(a->plot, PLOT_WIDTH, lp.height, 1.0, draw_layout, &lp,
                       msg, msgsize);
}
#endif

/* Pack the boxes the door lets in, up to the weight limit: the space's
 * count goes to a->by_geometry, the layout of the boxes kept to r, and
 * the time of every pack run to r->seconds (pack_run). */
static sl_status pack(args *a, sl_pack_result *r, sl_error *e)
{
    int runs;
    memset(r, 0, sizeof *r);
    memcpy(a->asked, a->opt.vertical, sizeof a->asked);
    if (a->container_id) { /* pack only what the door lets in */
        char kept[4];
        a->door_passes = sl_door_vertical(a->container.door_width.nominal,
                                          a->container.door_height.nominal,
                                          a->box[0], a->box[1], a->box[2],
                                          a->opt.vertical, kept) > 0;
        if (a->door_passes)
            memcpy(a->opt.vertical, kept, sizeof kept);
    } else
        a->door_passes = 1;
    a->by_geometry = 0;
    r->optimal = 1; /* 0 boxes, bound 0, when nothing is packed */
    if (!a->door_passes)
        return SL_OK;
    return pack_run(sl_pack, a->space, a->box, &a->opt,
                    a->container_id || a->by_weight >= 0, a->by_weight,
                    &a->by_geometry, &runs, r, e);
}

/* 1 (with a message) if standard output could not be written: output
 * lost to a full disk must not pass for success. */
static int output_failed(void)
{
    return out_flush_failed("shipload-pack");
}

int main(int argc, char **argv)
{
    args a;
    int st = parse_args(argc, argv, &a);
    if (st == -1) {
        usage(stdout);
        return output_failed();
    }
    if (st)
        return st;
    sl_pack_result r;
    sl_error e;
    sl_error_clear(&e);
    sl_status s = pack(&a, &r, &e);
    if (s == SL_EINVAL || s == SL_ERANGE)
        return lib_bad(&a, &e);
    if (s != SL_OK) {
        fprintf(stderr, "shipload-pack: %s\n", e.what);
        return 1;
    }
#ifdef SL_HAVE_CAIRO
    char msg[400];
    if (a.plot && plot(&a, &r, msg, sizeof msg)) {
        fprintf(stderr, "shipload-pack: --plot: %s\n", msg);
        sl_pack_result_free(&r);
        return 1;
    }
#endif
    if (a.json)
        print_json(&a, &r);
    else
        print_text(&a, &r);
    sl_pack_result_free(&r);
    return output_failed();
}
