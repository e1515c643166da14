/*
 * lib/catalog.c - the catalog object, entry checks and the built-in
 * containers and cargo with their provenance.
 *
 * Every built-in figure comes from /work/shared/data/physical-reference.md
 * (and published-estimates.md row D for the 46.25 kg mass equivalence);
 * docs/catalog.md lists them.  Distribution choices:
 *   - figures read in a source as one value: a fixed value (const);
 *   - sourced ranges with a stated central value (container tare): PERT over
 *     the range with its mode at the stated value;
 *   - sourced ranges without a central value (Grad rocket mass, 65-66 kg):
 *     uniform over the range, nominal at the midpoint;
 *   - EST figures (all packaging, KN-23): uniform over the estimated range,
 *     nominal at the midpoint.  Uniform because nothing inside an
 *     unsourced range is better supported than anything else; a PERT would
 *     claim a most likely value that no source gives.
 *   - container internal and door dimensions: the typical figure (V), fixed.
 *     The ISO 1496-1 minimum is quoted in the source note; it lies 20-45 mm
 *     below the typical figure, well inside the bracing margins that the
 *     load rules take off (lib/capacity.c), so it is not sampled.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

struct sl_catalog {
    sl_container *container;
    size_t ncontainer, container_cap;
    sl_cargo *cargo;
    size_t ncargo, cargo_cap;
    char *notes; /* NULL when none */
};

/* ------------------------------------------------------------------ */
/* Names                                                                */

/* The short mark of a confidence level. */
const char *sl_confidence_name(sl_confidence c)
{
    switch (c) {
    case SL_CONF_V: return "V";
    case SL_CONF_V2: return "V2";
    case SL_CONF_D: return "D";
    case SL_CONF_EST: return "EST";
    default: return "?";
    }
}

/* ------------------------------------------------------------------ */
/* Figures                                                              */

/* Set a figure to a fixed value; a non-finite v still lands in nominal
 * (and in a const dist) so that the entry check reports it. */
void sl_figure_set(sl_figure *f, double v, sl_confidence conf,
                   const char *source)
{
    if (!f)
        return;
    memset(f, 0, sizeof *f);
    f->nominal = v;
    if (sl_dist_set_const(&f->dist, v, -HUGE_VAL, HUGE_VAL, NULL) != SL_OK) {
        f->dist.kind = SL_DIST_CONST;
        f->dist.a = f->dist.lo = f->dist.hi = v;
    }
    f->conf = conf;
    sli_strlcpy(f->source, source, sizeof f->source);
}

/* Mass per unit as carried, at nominal figures; NaN when undefined. */
double sl_cargo_unit_gross(const sl_cargo *c)
{
    double sum = 0.0;
    if (!c)
        return NAN;
    if (c->kind == SL_CARGO_MASS_EQUIV)
        return c->unit_mass.nominal;
    if (c->kind != SL_CARGO_PACKAGED || c->npackages == 0 ||
        c->npackages > SL_CARGO_PACKAGES_MAX)
        return NAN;
    for (size_t k = 0; k < c->npackages; k++) {
        if (!(c->package[k].units > 0))
            return NAN;
        sum += c->package[k].gross.nominal / c->package[k].units;
    }
    return sum;
}

/* ------------------------------------------------------------------ */
/* Entry checks                                                         */

/* 1 if the fixed-size text field holds a NUL. */
static int text_terminated(const char *s, size_t n)
{
    return memchr(s, '\0', n) != NULL;
}

/* Check an id: terminated, non-empty, only [a-z0-9._-]. */
static sl_status check_id(const char *id, const char *kind, sl_error *err)
{
    char where[SL_ERROR_WHERE_MAX];
    sli_snprintf(where, sizeof where, "%s.id", kind);
    if (!text_terminated(id, SL_ID_MAX))
        return sli_fail(err, SL_EINVAL, where,
                        "id is not NUL-terminated within %d bytes",
                        SL_ID_MAX);
    if (id[0] == '\0')
        return sli_fail(err, SL_EINVAL, where,
                        "id is empty; give a name such as \"iso-20\"");
    for (const char *p = id; *p; p++) {
        int ok = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
                 *p == '.' || *p == '_' || *p == '-';
        if (!ok)
            return sli_fail(err, SL_EINVAL, where,
                            "id \"%s\" has character '%c' at %d; use only "
                            "a-z, 0-9, '.', '_' and '-'",
                            id, *p, (int)(p - id) + 1);
    }
    return SL_OK;
}

/* Check a text field that may be empty but must be terminated. */
static sl_status check_text(const char *s, size_t n, const char *where,
                            sl_error *err)
{
    if (!text_terminated(s, n))
        return sli_fail(err, SL_EINVAL, where,
                        "text is not NUL-terminated within %zu bytes", n);
    return sli_one_line(s, where, err); /* printed as it is */
}

/* Check one figure: a positive finite nominal inside a positive finite
 * support (0 allowed too when zero_ok), a known confidence and a
 * terminated source. */
static sl_status check_value(const sl_figure *f, const char *where,
                             int zero_ok, sl_error *err)
{
    const sl_dist *d = &f->dist;
    if (!isfinite(f->nominal) || f->nominal < 0 ||
        (f->nominal == 0 && !zero_ok))
        return sli_fail(err, SL_ERANGE, where,
                        zero_ok ? "nominal %g is not a finite number >= 0"
                                : "nominal %g is not a positive finite number",
                        f->nominal);
    if ((int)f->conf < SL_CONF_V || f->conf > SL_CONF_EST)
        return sli_fail(err, SL_EINVAL, where,
                        "confidence %d is not V, V2, D or EST",
                        (int)f->conf);
    if (!text_terminated(f->source, sizeof f->source))
        return sli_fail(err, SL_EINVAL, where,
                        "source is not NUL-terminated");
    if (sli_one_line(f->source, where, err) != SL_OK)
        return SL_EINVAL;
    if (!f->source[0]) /* every figure carries its source (a file must) */
        return sli_fail(err, SL_EINVAL, where, "no source given; every "
                        "figure names where it comes from (\"EST: ...\" "
                        "for an engineering estimate)");
    if ((int)d->kind < SL_DIST_CONST || d->kind > SL_DIST_CHOICE)
        return sli_fail(err, SL_EINVAL, where,
                        "distribution kind %d is unknown", (int)d->kind);
    if (!isfinite(d->hi) && !isnan(d->hi))
        return sli_fail(err, SL_ERANGE, where,
                        "distribution support [%g, %g] has no upper end; a "
                        "figure's range has hard ends: write uniform(a, b), "
                        "triangular(a, m, b) or pert(a, m, b) (\"a to b\" is "
                        "a lognormal and normal(mean, sd) a normal: neither "
                        "has one)", d->lo, d->hi);
    if (!isfinite(d->lo) || !isfinite(d->hi) || d->lo < 0 ||
        (d->lo == 0 && !zero_ok) || d->lo > d->hi)
        return sli_fail(err, SL_ERANGE, where,
                        zero_ok ? "distribution support [%g, %g] does not "
                                  "stay at or above 0 within finite ends; "
                                  "bound the distribution, e.g. uniform(a, b) "
                                  "with 0 <= a < b"
                                : "distribution support [%g, %g] does not "
                                  "stay above 0 within finite ends; bound the "
                                  "distribution, e.g. uniform(a, b) with "
                                  "0 < a < b", d->lo, d->hi);
    if (f->nominal < d->lo || f->nominal > d->hi)
        return sli_fail(err, SL_ERANGE, where,
                        "nominal %g lies outside its distribution's support "
                        "[%g, %g]", f->nominal, d->lo, d->hi);
    return SL_OK;
}

/* check_value for a figure that must be positive. */
static sl_status check_figure(const sl_figure *f, const char *where,
                              sl_error *err)
{
    return check_value(f, where, 0, err);
}

/* Check figure `field` of an entry, naming it "<kind> <id>.<field>"; a
 * tare may be 0 (a lot of cargo mass, counted without a container). */
static sl_status check_named(const sl_figure *f, const char *kind,
                             const char *id, const char *field, sl_error *err)
{
    char where[SL_ERROR_WHERE_MAX];
    sli_snprintf(where, sizeof where, "%s %s.%s", kind, id, field);
    return check_value(f, where, strcmp(field, "tare") == 0, err);
}

/* Check a container entry (see catalog.h). */
sl_status sl_container_check(const sl_container *c, sl_error *err)
{
    static const char *const name[7] = {"length", "width", "height",
                                        "door_width", "door_height", "tare",
                                        "max_gross"};
    const sl_figure *ptr[7];
    char where[SL_ERROR_WHERE_MAX];
    sl_status st;
    if (!c)
        return sli_fail(err, SL_EINVAL, "container", "container is NULL");
    if ((st = check_id(c->id, "container", err)) != SL_OK)
        return st;
    sli_snprintf(where, sizeof where, "container %s.name", c->id);
    if ((st = check_text(c->name, sizeof c->name, where, err)) != SL_OK)
        return st;
    ptr[0] = &c->length; ptr[1] = &c->width; ptr[2] = &c->height;
    ptr[3] = &c->door_width; ptr[4] = &c->door_height;
    ptr[5] = &c->tare; ptr[6] = &c->max_gross;
    for (size_t i = 0; i < 7; i++)
        if ((st = check_named(ptr[i], "container", c->id, name[i],
                              err)) != SL_OK)
            return st;
    if (c->tare.nominal >= c->max_gross.nominal) {
        sli_snprintf(where, sizeof where, "container %s.tare", c->id);
        return sli_fail(err, SL_ERANGE, where,
                        "tare %g kg is not below the maximum gross mass "
                        "%g kg", c->tare.nominal, c->max_gross.nominal);
    }
    return SL_OK;
}

/* 1 if v is a non-empty subset of "lwh" with no letter twice. */
static int vertical_ok(const char *v)
{
    int seen[3] = {0, 0, 0};
    if (!text_terminated(v, 4) || v[0] == '\0')
        return 0;
    for (; *v; v++) {
        const char *p = strchr("lwh", *v);
        if (!p || *v == '\0' || seen[p - "lwh"])
            return 0;
        seen[p - "lwh"] = 1;
    }
    return 1;
}

/* Check package k of cargo c. */
static sl_status check_package(const sl_cargo *c, size_t k, sl_error *err)
{
    const sl_package *p = &c->package[k];
    char base[32], where[SL_ERROR_WHERE_MAX];
    sl_status st;
    sli_snprintf(base, sizeof base, "package[%zu]", k);
    sli_snprintf(where, sizeof where, "cargo %s.%s.name", c->id, base);
    if ((st = check_text(p->name, sizeof p->name, where, err)) != SL_OK)
        return st;
    sli_snprintf(where, sizeof where, "cargo %s.%s.units", c->id, base);
    if (!isfinite(p->units) || p->units <= 0)
        return sli_fail(err, SL_ERANGE, where,
                        "units per package %g is not a positive finite "
                        "number", p->units);
    sli_snprintf(where, sizeof where, "cargo %s.%s.vertical", c->id, base);
    if (!vertical_ok(p->vertical))
        return sli_fail(err, SL_EINVAL, where,
                        "vertical set must be a non-empty subset of \"lwh\" "
                        "with no letter twice, e.g. \"h\" (this side up)");
    sli_snprintf(where, sizeof where, "cargo %s.%s.max_stack", c->id, base);
    if (p->max_stack < 0)
        return sli_fail(err, SL_ERANGE, where,
                        "max_stack %d is negative; use 0 for no limit",
                        p->max_stack);
    sli_snprintf(where, sizeof where, "cargo %s.%s.max_stack_hi", c->id, base);
    if (p->max_stack_hi != 0) {
        /* the reason first, in words that read the same for a C caller
           (the where names the field) and a file ([low, high]) */
        if (p->max_stack_hi < p->max_stack)
            return sli_fail(err, SL_ERANGE, where,
                            "stacking range %d to %d: its high end is "
                            "below its low end",
                            p->max_stack, p->max_stack_hi);
        if (p->max_stack < 1)
            return sli_fail(err, SL_ERANGE, where,
                            "stacking range %d to %d: its low end must be "
                            "at least 1 (0, no limit, cannot be part of a "
                            "range)", p->max_stack, p->max_stack_hi);
        if (p->max_stack_hi - p->max_stack >= SL_STACK_VALUES_MAX)
            return sli_fail(err, SL_ERANGE, where,
                            "stacking range %d to %d holds %ld whole "
                            "numbers, more than %d (narrow it, or give "
                            "one limit)", p->max_stack, p->max_stack_hi,
                            (long)p->max_stack_hi - p->max_stack + 1,
                            SL_STACK_VALUES_MAX);
    }
    {
        const sl_figure *f[4] = {&p->length, &p->width, &p->height,
                                 &p->gross};
        const char *name[4] = {"length", "width", "height", "gross"};
        for (size_t i = 0; i < 4; i++) {
            sli_snprintf(where, sizeof where, "cargo %s.%s.%s", c->id, base,
                     name[i]);
            if ((st = check_figure(f[i], where, err)) != SL_OK)
                return st;
        }
    }
    return SL_OK;
}

/* Check a cargo entry (see catalog.h). */
sl_status sl_cargo_check(const sl_cargo *c, sl_error *err)
{
    char where[SL_ERROR_WHERE_MAX];
    sl_status st;
    if (!c)
        return sli_fail(err, SL_EINVAL, "cargo", "cargo is NULL");
    if ((st = check_id(c->id, "cargo", err)) != SL_OK)
        return st;
    sli_snprintf(where, sizeof where, "cargo %s.name", c->id);
    if ((st = check_text(c->name, sizeof c->name, where, err)) != SL_OK)
        return st;
    sli_snprintf(where, sizeof where, "cargo %s.unit", c->id);
    if ((st = check_text(c->unit, sizeof c->unit, where, err)) != SL_OK)
        return st;
    sli_snprintf(where, sizeof where, "cargo %s.kind", c->id);
    if (c->kind != SL_CARGO_MASS_EQUIV && c->kind != SL_CARGO_PACKAGED)
        return sli_fail(err, SL_EINVAL, where,
                        "kind %d is neither mass-equivalent nor packaged",
                        (int)c->kind);
    sli_snprintf(where, sizeof where, "cargo %s.munition", c->id);
    if (c->munition != 0 && c->munition != 1)
        return sli_fail(err, SL_EINVAL, where,
                        "munition flag %d is neither 0 nor 1", c->munition);
    if ((st = check_named(&c->unit_mass, "cargo", c->id, "unit_mass", err)))
        return st;
    sli_snprintf(where, sizeof where, "cargo %s.npackages", c->id);
    if (c->kind == SL_CARGO_MASS_EQUIV && c->npackages != 0)
        return sli_fail(err, SL_EINVAL, where,
                        "mass-equivalent cargo has %zu package%s; it takes "
                        "none (use kind packaged)", c->npackages,
                        c->npackages == 1 ? "" : "s");
    if (c->kind == SL_CARGO_PACKAGED &&
        (c->npackages == 0 || c->npackages > SL_CARGO_PACKAGES_MAX))
        return sli_fail(err, SL_ERANGE, where,
                        "packaged cargo needs 1 to %d packages, not %zu",
                        SL_CARGO_PACKAGES_MAX, c->npackages);
    for (size_t k = 0; k < c->npackages; k++)
        if ((st = check_package(c, k, err)) != SL_OK)
            return st;
    return SL_OK;
}

/* ------------------------------------------------------------------ */
/* The catalog object                                                   */

/* A new empty catalog. */
sl_status sl_catalog_alloc(sl_catalog **out, sl_error *err)
{
    sl_catalog *cat;
    if (!out)
        return sli_fail(err, SL_EINVAL, "out", "out is NULL");
    cat = calloc(1, sizeof *cat);
    if (!cat)
        return sli_fail(err, SL_ENOMEM, "catalog", "out of memory");
    *out = cat;
    return SL_OK;
}

/* Free a catalog; accepts NULL. */
void sl_catalog_free(sl_catalog *cat)
{
    if (!cat)
        return;
    free(cat->container);
    free(cat->cargo);
    free(cat->notes);
    free(cat);
}

/* Copy n items of size sz into a new array (NULL for n == 0). */
static int dup_array(void **dst, const void *src, size_t n, size_t sz)
{
    *dst = NULL;
    if (n == 0)
        return 1;
    *dst = malloc(n * sz);
    if (!*dst)
        return 0;
    memcpy(*dst, src, n * sz);
    return 1;
}

/* A deep copy (entries hold no pointers, so copying the arrays is deep). */
sl_status sl_catalog_copy(const sl_catalog *cat, sl_catalog **out,
                          sl_error *err)
{
    sl_catalog *c;
    sl_status st;
    if (!cat)
        return sli_fail(err, SL_EINVAL, "cat", "catalog is NULL");
    if ((st = sl_catalog_alloc(&c, err)) != SL_OK)
        return st;
    if (!dup_array((void **)&c->container, cat->container, cat->ncontainer,
                   sizeof *cat->container) ||
        !dup_array((void **)&c->cargo, cat->cargo, cat->ncargo,
                   sizeof *cat->cargo) ||
        (cat->notes && !dup_array((void **)&c->notes, cat->notes,
                                  strlen(cat->notes) + 1, 1))) {
        sl_catalog_free(c);
        return sli_fail(err, SL_ENOMEM, "catalog", "out of memory");
    }
    c->ncontainer = c->container_cap = cat->ncontainer;
    c->ncargo = c->cargo_cap = cat->ncargo;
    *out = c;
    return SL_OK;
}

const char *sl_catalog_notes(const sl_catalog *cat)
{
    return !cat ? NULL : cat->notes ? cat->notes : "";
}

sl_status sl_catalog_set_notes(sl_catalog *cat, const char *notes,
                               sl_error *err)
{
    char *cp;
    sl_status st;
    if (!cat)
        return sli_fail(err, SL_EINVAL, "cat", "catalog is NULL");
    if ((st = sli_notes_dup(notes, "notes", &cp, err)) != SL_OK)
        return st;
    sli_catalog_take_notes(cat, cp);
    return SL_OK;
}

void sli_catalog_take_notes(sl_catalog *cat, char *notes)
{
    free(cat->notes);
    cat->notes = notes;
}

sl_status sli_catalog_join_notes(const sl_catalog *cat, const char *add,
                                 const char *where, char **out, sl_error *err)
{
    const char *old = cat->notes ? cat->notes : "";
    size_t no = strlen(old), na = add ? strlen(add) : 0;
    sl_status st = sli_utf8_text(add, where, err);
    *out = NULL;
    if (st != SL_OK)
        return st;
    if (na == 0 || (no >= na && strcmp(old + no - na, add) == 0 &&
                    (no == na || old[no - na - 1] == '\n')))
        return sli_notes_dup(old, where, out, err); /* nothing new */
    if (!(*out = malloc(no + na + 2)))
        return sli_fail(err, SL_ENOMEM, where, "out of memory");
    memcpy(*out, old, no);
    if (no)
        (*out)[no++] = '\n';
    memcpy(*out + no, add, na + 1);
    return SL_OK;
}

size_t sl_catalog_container_count(const sl_catalog *cat)
{
    return cat ? cat->ncontainer : 0;
}

size_t sl_catalog_cargo_count(const sl_catalog *cat)
{
    return cat ? cat->ncargo : 0;
}

const sl_container *sl_catalog_container_at(const sl_catalog *cat, size_t i)
{
    return cat && i < cat->ncontainer ? &cat->container[i] : NULL;
}

const sl_cargo *sl_catalog_cargo_at(const sl_catalog *cat, size_t i)
{
    return cat && i < cat->ncargo ? &cat->cargo[i] : NULL;
}

/* The container with this id, or NULL. */
const sl_container *sl_catalog_find_container(const sl_catalog *cat,
                                              const char *id)
{
    if (!cat || !id)
        return NULL;
    for (size_t i = 0; i < cat->ncontainer; i++)
        if (strcmp(cat->container[i].id, id) == 0)
            return &cat->container[i];
    return NULL;
}

/* The cargo with this id, or NULL. */
const sl_cargo *sl_catalog_find_cargo(const sl_catalog *cat, const char *id)
{
    if (!cat || !id)
        return NULL;
    for (size_t i = 0; i < cat->ncargo; i++)
        if (strcmp(cat->cargo[i].id, id) == 0)
            return &cat->cargo[i];
    return NULL;
}

/* Make room for one more item in *arr (capacity *cap, n used). */
static int grow(void **arr, size_t *cap, size_t n, size_t sz)
{
    size_t ncap;
    void *p;
    if (n < *cap)
        return 1;
    ncap = *cap ? *cap * 2 : 8;
    p = realloc(*arr, ncap * sz);
    if (!p)
        return 0;
    *arr = p;
    *cap = ncap;
    return 1;
}

/* Store item (size sz) over *old when not NULL, else append it to *arr. */
static sl_status store(void **arr, size_t *n, size_t *cap, size_t sz,
                       void *old, const void *item, sl_error *err)
{
    if (old) {
        memcpy(old, item, sz);
        return SL_OK;
    }
    if (!grow(arr, cap, *n, sz))
        return sli_fail(err, SL_ENOMEM, "catalog", "out of memory");
    memcpy((char *)*arr + *n * sz, item, sz);
    (*n)++;
    return SL_OK;
}

/* Add or replace a container (checked first). */
sl_status sl_catalog_put_container(sl_catalog *cat, const sl_container *c,
                                   sl_error *err)
{
    sl_status st;
    if (!cat)
        return sli_fail(err, SL_EINVAL, "cat", "catalog is NULL");
    if ((st = sl_container_check(c, err)) != SL_OK)
        return st;
    return store((void **)&cat->container, &cat->ncontainer,
                 &cat->container_cap, sizeof *c,
                 (void *)sl_catalog_find_container(cat, c->id), c, err);
}

/* Add or replace a cargo (checked first). */
sl_status sl_catalog_put_cargo(sl_catalog *cat, const sl_cargo *c,
                               sl_error *err)
{
    sl_status st;
    if (!cat)
        return sli_fail(err, SL_EINVAL, "cat", "catalog is NULL");
    if ((st = sl_cargo_check(c, err)) != SL_OK)
        return st;
    return store((void **)&cat->cargo, &cat->ncargo, &cat->cargo_cap,
                 sizeof *c, (void *)sl_catalog_find_cargo(cat, c->id), c,
                 err);
}

/* ------------------------------------------------------------------ */
/* Built-in entries                                                     */

/* Citations, verbatim from shared/data/physical-reference.md. */
#define SRC_CONT_DIMS                                                     \
    "thinkdefence.co.uk (containers part 3); worldshipping.org (dry "     \
    "cargo containers); freightutils.com/containers; "                   \
    "eta-logistics.com/container-specs"
#define SRC_GROSS_24                                                      \
    "pre-2005 ISO rating (the ISO 668 article); consultant.ru (Russian "  \
    "loading rules, ch. 9): 20 ft at 24 t; meganorm.ru (RZD order 1623r)"
#define SRC_GROSS_30                                                      \
    "ISO since 2005 (the ISO 668 article); freightutils.com/containers; " \
    "consultant.ru (Russian loading rules, ch. 9)"
#define SRC_BALLISTICS                                                    \
    "minimalist-interior-ballistics (citing Chinese ordnance handbooks "  \
    "of licence-built copies)"
#define SRC_EST_PACK                                                      \
    "EST: no public source found; range from physical-reference.md; "    \
    "uniform: no value in the range is better supported"
#define SRC_EST_STACK "max_stack EST: 2 m stacks to a 2.29 m roof, uniform"

/* Build state: the first failure sticks and later steps are skipped. */
typedef struct builder {
    sl_status st;
    sl_error *err;
} builder;

/* Format a source into f->source; a cut text is a build failure. */
SLI_PRINTF(3, 0)
static void set_source(builder *b, sl_figure *f, const char *fmt, va_list ap)
{
    int n = sli_vsnprintf(f->source, sizeof f->source, fmt, ap);
    if (n < 0 || (size_t)n >= sizeof f->source)
        b->st = sli_fail(b->err, SL_ERANGE, "catalog builtin",
                         "source text too long: \"%.60s...\"", f->source);
}

/* A fixed sourced value. */
static void fig_const(builder *b, sl_figure *f, double v, sl_confidence conf,
                      const char *fmt, ...) SLI_PRINTF(5, 6);
static void fig_const(builder *b, sl_figure *f, double v, sl_confidence conf,
                      const char *fmt, ...)
{
    va_list ap;
    if (b->st != SL_OK)
        return;
    sl_figure_set(f, v, conf, "");
    va_start(ap, fmt);
    set_source(b, f, fmt, ap);
    va_end(ap);
}

/* A range on [lo, hi]: PERT with mode (and nominal) m, or, for m = NAN,
 * uniform with the midpoint as nominal. */
static void fig_range(builder *b, sl_figure *f, double lo, double m,
                      double hi, sl_confidence conf, const char *fmt, ...)
    SLI_PRINTF(7, 8);
static void fig_range(builder *b, sl_figure *f, double lo, double m,
                      double hi, sl_confidence conf, const char *fmt, ...)
{
    va_list ap;
    if (b->st != SL_OK)
        return;
    memset(f, 0, sizeof *f);
    if (isnan(m)) {
        f->nominal = 0.5 * (lo + hi);
        b->st = sl_dist_set_uniform(&f->dist, lo, hi, 0, HUGE_VAL, b->err);
    } else {
        f->nominal = m;
        b->st = sl_dist_set_pert(&f->dist, lo, m, hi, 0, HUGE_VAL, b->err);
    }
    if (b->st != SL_OK)
        return;
    f->conf = conf;
    va_start(ap, fmt);
    set_source(b, f, fmt, ap);
    va_end(ap);
}

/* Figures of one built-in container type, from physical-reference.md. */
typedef struct container_spec {
    const char *id, *name;
    double l, w, h, lmin, wmin, hmin;      /* typical / ISO minimum */
    double dw, dh, dwmin, dhmin;           /* door typical / ISO minimum */
    double tare_lo, tare_mid, tare_hi;
    double max_gross;
    const char *gross_src;
} container_spec;

static const container_spec CONTAINERS[] = {
    {"iso-20-24t", "20 ft ISO (1CC), rated 24,000 kg gross",
     5898, 2352, 2393, 5867, 2330, 2350, 2340, 2280, 2286, 2261,
     2180, 2250, 2340, 24000, SRC_GROSS_24},
    {"iso-20", "20 ft ISO (1CC), rated 30,480 kg gross",
     5898, 2352, 2393, 5867, 2330, 2350, 2340, 2280, 2286, 2261,
     2180, 2250, 2340, 30480, SRC_GROSS_30},
    {"iso-40", "40 ft ISO (1AA), rated 30,480 kg gross",
     12032, 2352, 2393, 11998, 2330, 2350, 2340, 2280, 2286, 2261,
     3700, 3750, 3940, 30480, SRC_GROSS_30},
    {"iso-40hc", "40 ft ISO high cube (1AAA), rated 30,480 kg gross",
     12032, 2350, 2697, 11998, 2330, 2655, 2338, 2585, 2286, 2566,
     3940, 3950, 4250, 30480, SRC_GROSS_30},
};

/* Fill *c from spec s. */
static void build_container(builder *b, const container_spec *s,
                            sl_container *c)
{
    memset(c, 0, sizeof *c);
    sli_strlcpy(c->id, s->id, sizeof c->id);
    sli_strlcpy(c->name, s->name, sizeof c->name);
    fig_const(b, &c->length, s->l, SL_CONF_V, "typical internal length "
              "(ISO 1496-1 minimum %g mm); " SRC_CONT_DIMS, s->lmin);
    fig_const(b, &c->width, s->w, SL_CONF_V, "typical internal width "
              "(ISO 1496-1 minimum %g mm); " SRC_CONT_DIMS, s->wmin);
    fig_const(b, &c->height, s->h, SL_CONF_V, "typical internal height "
              "(ISO 1496-1 minimum %g mm); " SRC_CONT_DIMS, s->hmin);
    fig_const(b, &c->door_width, s->dw, SL_CONF_V, "typical door opening "
              "width (ISO minimum %g mm); " SRC_CONT_DIMS, s->dwmin);
    fig_const(b, &c->door_height, s->dh, SL_CONF_V, "typical door opening "
              "height (ISO minimum %g mm); " SRC_CONT_DIMS, s->dhmin);
    fig_range(b, &c->tare, s->tare_lo, s->tare_mid, s->tare_hi, SL_CONF_V2,
              "tare %g-%g kg, use %g; PERT, mode at the stated value; "
              SRC_CONT_DIMS, s->tare_lo, s->tare_hi, s->tare_mid);
    fig_const(b, &c->max_gross, s->max_gross, SL_CONF_V, "%s", s->gross_src);
}

/* Start a cargo entry. */
static void cargo_head(sl_cargo *g, const char *id, const char *name,
                       const char *unit, sl_cargo_kind kind, int munition)
{
    memset(g, 0, sizeof *g);
    sli_strlcpy(g->id, id, sizeof g->id);
    sli_strlcpy(g->name, name, sizeof g->name);
    sli_strlcpy(g->unit, unit, sizeof g->unit);
    g->kind = kind;
    g->munition = munition;
}

/* Estimated package ranges, from the packaging table of
 * physical-reference.md (all EST). */
typedef struct package_spec {
    const char *name;
    double units;
    double l0, l1, w0, w1, h0, h1, m0, m1;
    const char *vertical;
    int max_stack, max_stack_hi;
    const char *stack_note;
    const char *est; /* provenance of the ranges */
} package_spec;

/* Add package spec s to cargo g. */
static void add_package(builder *b, sl_cargo *g, const package_spec *s)
{
    sl_package *p = &g->package[g->npackages++];
    sli_strlcpy(p->name, s->name, sizeof p->name);
    p->units = s->units;
    sli_strlcpy(p->vertical, s->vertical, sizeof p->vertical);
    p->max_stack = s->max_stack;
    p->max_stack_hi = s->max_stack_hi;
    fig_range(b, &p->length, s->l0, NAN, s->l1, SL_CONF_EST,
              "%s outer length; %s", s->name, s->est);
    fig_range(b, &p->width, s->w0, NAN, s->w1, SL_CONF_EST,
              "%s outer width; %s", s->name, s->est);
    fig_range(b, &p->height, s->h0, NAN, s->h1, SL_CONF_EST,
              "%s outer height; %s; %s", s->name, s->stack_note, s->est);
    fig_range(b, &p->gross, s->m0, NAN, s->m1, SL_CONF_EST,
              "%s gross, %g per package; %s", s->name, s->units, s->est);
}

/* max_stack: from the most boxes whose nominal heights stay within about
 * 2 m to the most that fit under a standard container's roof (2293 mm
 * usable) at the smallest height (EST).  Vertical sets: "h" (lid up) for
 * every ammunition box; no source says a Grad crate may travel on its
 * side, so it gets "h" too (the "hw" sensitivity is in
 * docs/method-capacity.md). */
static const package_spec PROJECTILE_BOX = {
    "152 mm projectile box", 2, 900, 960, 400, 450, 220, 260, 100, 115,
    "h", 8, 10, SRC_EST_STACK " (8 x 240 to 10 x 220 mm); this side up",
    SRC_EST_PACK};
static const package_spec CHARGE_BOX = {
    "152 mm charge box", 2, 650, 800, 400, 460, 200, 260, 35, 45,
    "h", 8, 11, SRC_EST_STACK " (8 x 230 to 11 x 200 mm); this side up",
    SRC_EST_PACK};
static const package_spec D30_BOX = {
    "122 mm D-30 box", 2, 1100, 1250, 380, 430, 200, 240, 70, 85,
    "h", 9, 11, SRC_EST_STACK " (9 x 220 to 11 x 200 mm); this side up",
    SRC_EST_PACK};
static const package_spec GRAD_CRATE = {
    "9M22U crate", 2, 3000, 3100, 380, 420, 200, 260, 150, 175,
    "h", 8, 11, SRC_EST_STACK " (8 x 230 to 11 x 200 mm); lid up, as "
    "every ammunition box here", SRC_EST_PACK};
static const package_spec KN23_CASE = {
    "KN-23 transport case", 1, 7600, 8000, 1100, 1300, 1100, 1300, 3500,
    4500, "h", 2, 0, "max_stack EST: heavy cases at most 2 high; this side up",
    "EST: no public source found; a case around the commonly cited "
    "7.5 m x 0.95 m, 3.4 t missile (physical-reference.md), uniform"};

/* The 46.25 kg mass equivalence of a 152 mm shell (C4ADS / WaPo). */
static void build_shell_equiv(builder *b, sl_cargo *g)
{
    cargo_head(g, "152mm-shell-mass-equiv",
               "152 mm shell as a mass equivalence (no packaging)", "shell",
               SL_CARGO_MASS_EQUIV, 1);
    fig_const(b, &g->unit_mass, 74000e3 / 1.6e6, SL_CONF_D,
              "74,000 t / 1.6 million shells = 46.25 kg (derived); C4ADS / "
              "Washington Post report, published-estimates.md row D: "
              "euromaidanpress.com/2024/06/23/the-washington-post-new-data-"
              "shows-north-korea-transporting-large-amounts-of-munitions-"
              "to-russia/");
}

/* A complete boxed 152 mm round: half a projectile box, half a charge box. */
static void build_152_round(builder *b, sl_cargo *g)
{
    cargo_head(g, "152mm-round",
               "complete boxed 152 mm round (projectile box + charge box)",
               "round", SL_CARGO_PACKAGED, 1);
    fig_const(b, &g->unit_mass, 43.56, SL_CONF_V,
              "bare OF-540 HE-Frag projectile (D-20 / 2A65 / 2S3), "
              "informational; " SRC_BALLISTICS);
    add_package(b, g, &PROJECTILE_BOX);
    add_package(b, g, &CHARGE_BOX);
}

/* A complete boxed 122 mm D-30 round. */
static void build_122_round(builder *b, sl_cargo *g)
{
    cargo_head(g, "122mm-round", "complete boxed 122 mm D-30 round",
               "round", SL_CARGO_PACKAGED, 1);
    fig_const(b, &g->unit_mass, 21.76, SL_CONF_V,
              "bare OF-462 HE-Frag projectile (D-30 / M-30 / 2S1), "
              "informational; " SRC_BALLISTICS);
    add_package(b, g, &D30_BOX);
}

/* 9M22U Grad rockets, two per crate. */
static void build_grad(builder *b, sl_cargo *g)
{
    cargo_head(g, "122mm-grad", "122 mm Grad 9M22U rockets in crates",
               "rocket", SL_CARGO_PACKAGED, 1);
    fig_range(b, &g->unit_mass, 65, NAN, 66, SL_CONF_V2,
              "9M22U rocket 65-66 kg, uniform over the range, "
              "informational; vietnamnet.vn (Grad rocket mass)");
    add_package(b, g, &GRAD_CRATE);
}

/* A KN-23 missile in a transport case (all EST). */
static void build_kn23(builder *b, sl_cargo *g)
{
    cargo_head(g, "kn-23", "KN-23 ballistic missile in a transport case",
               "missile", SL_CARGO_PACKAGED, 1);
    fig_range(b, &g->unit_mass, 2900, NAN, 3900, SL_CONF_EST,
              "EST: commonly cited 7.5 m long, 0.95 m diameter, 3.4 t "
              "(physical-reference.md); range 3.4 t +/- 15 %%, "
              "informational");
    add_package(b, g, &KN23_CASE);
}

/* Cargo that holds no munitions. */
static void build_non_munition(builder *b, sl_cargo *g)
{
    cargo_head(g, "non-munition", "cargo that holds no munitions", "unit",
               SL_CARGO_MASS_EQUIV, 0);
    fig_range(b, &g->unit_mass, 500, NAN, 1500, SL_CONF_EST,
              "EST: placeholder unit mass; the cargo counts 0 munitions "
              "whatever its mass");
}

/* A new catalog holding the built-in entries. */
sl_status sl_catalog_builtin(sl_catalog **out, sl_error *err)
{
    void (*const cargo_fn[])(builder *, sl_cargo *) = {
        build_shell_equiv, build_152_round, build_122_round, build_grad,
        build_kn23, build_non_munition};
    builder b = {SL_OK, err};
    sl_catalog *cat;
    if (!out)
        return sli_fail(err, SL_EINVAL, "out", "out is NULL");
    if ((b.st = sl_catalog_alloc(&cat, err)) != SL_OK)
        return b.st;
    for (size_t i = 0; i < sizeof CONTAINERS / sizeof *CONTAINERS; i++) {
        sl_container c;
        build_container(&b, &CONTAINERS[i], &c);
        if (b.st == SL_OK)
            b.st = sl_catalog_put_container(cat, &c, err);
    }
    for (size_t i = 0; i < sizeof cargo_fn / sizeof *cargo_fn; i++) {
        sl_cargo g;
        if (b.st != SL_OK)
            break;
        cargo_fn[i](&b, &g);
        if (b.st == SL_OK)
            b.st = sl_catalog_put_cargo(cat, &g, err);
    }
    if (b.st != SL_OK) {
        sl_catalog_free(cat);
        return b.st;
    }
    *out = cat;
    return SL_OK;
}
