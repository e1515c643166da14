/* tests/test_catalog_doc.c - docs/catalog.md is generated from the built-in
 * catalog; this test fails when the two differ.  Regenerate with
 *   SHIPLOAD_REGEN_DOCS=1 build/tests/test_catalog_doc
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"

#define DOC_PATH SL_SOURCE_DIR "/docs/catalog.md"

/* Append printf output to the growing text *buf. */
static void add(char **buf, size_t *len, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void add(char **buf, size_t *len, const char *fmt, ...)
{
    va_list ap;
    int n;
    char *p;
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    ck_assert_int_ge(n, 0);
    p = realloc(*buf, *len + (size_t)n + 1);
    ck_assert_ptr_nonnull(p);
    *buf = p;
    va_start(ap, fmt);
    vsnprintf(*buf + *len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    *len += (size_t)n;
}

/* Value column: a fixed value, or nominal with its distribution. */
static void add_value(char **buf, size_t *len, const sl_figure *f)
{
    switch (f->dist.kind) {
    case SL_DIST_CONST:
        add(buf, len, "%g", f->nominal);
        break;
    case SL_DIST_UNIFORM:
        add(buf, len, "%g (uniform %g to %g)", f->nominal, f->dist.lo,
            f->dist.hi);
        break;
    case SL_DIST_PERT:
        add(buf, len, "%g (PERT %g, mode %g, %g)", f->nominal, f->dist.lo,
            f->dist.b, f->dist.hi);
        break;
    default:
        add(buf, len, "%g (range %g to %g)", f->nominal, f->dist.lo,
            f->dist.hi);
    }
}

/* One table row. */
static void add_row(char **buf, size_t *len, const char *id,
                    const char *field, const char *unit, const sl_figure *f)
{
    add(buf, len, "| %s | %s | ", id, field);
    add_value(buf, len, f);
    add(buf, len, " %s | %s | %s |\n", unit, sl_confidence_name(f->conf),
        f->source);
}

/* The whole document. */
static char *generate(const sl_catalog *cat)
{
    char *buf = NULL;
    size_t len = 0;
    add(&buf, &len,
        "# Built-in catalog\n\n"
        "Generated from `sl_catalog_builtin` (lib/catalog.c) by "
        "tests/test_catalog_doc.c, which fails when this file and the code "
        "differ. Regenerate: `SHIPLOAD_REGEN_DOCS=1 "
        "build/tests/test_catalog_doc`.\n\n"
        "Units: mm and kg. Confidence: V = read in a source, V2 = secondary "
        "or commercial source, D = derived from V figures, EST = no source "
        "found (an engineering estimate with a range). Figures come from "
        "shared/data/physical-reference.md and, for the 46.25 kg mass "
        "equivalence, published-estimates.md row D.\n\n"
        "Distributions: a sourced single value is fixed; a sourced range "
        "with a stated central value (tare) is PERT with that mode; a "
        "sourced range without one (Grad rocket mass) and every EST range "
        "is uniform with the midpoint as nominal (uniform because no value "
        "inside an unsourced range is better supported than another). "
        "Container internal and door sizes are the typical figures, fixed; "
        "the ISO 1496-1 minimum is quoted in each source note.\n\n"
        "## Containers\n\n"
        "| id | figure | value | conf. | source |\n"
        "|---|---|---|---|---|\n");
    for (size_t i = 0; i < sl_catalog_container_count(cat); i++) {
        const sl_container *c = sl_catalog_container_at(cat, i);
        add_row(&buf, &len, c->id, "internal length", "mm", &c->length);
        add_row(&buf, &len, c->id, "internal width", "mm", &c->width);
        add_row(&buf, &len, c->id, "internal height", "mm", &c->height);
        add_row(&buf, &len, c->id, "door width", "mm", &c->door_width);
        add_row(&buf, &len, c->id, "door height", "mm", &c->door_height);
        add_row(&buf, &len, c->id, "tare", "kg", &c->tare);
        add_row(&buf, &len, c->id, "max gross", "kg", &c->max_gross);
    }
    add(&buf, &len, "\n## Cargo\n\n"
        "| id | kind | unit | munition | name |\n|---|---|---|---|---|\n");
    for (size_t i = 0; i < sl_catalog_cargo_count(cat); i++) {
        const sl_cargo *g = sl_catalog_cargo_at(cat, i);
        add(&buf, &len, "| %s | %s | %s | %s | %s |\n", g->id,
            g->kind == SL_CARGO_MASS_EQUIV ? "mass equivalent" : "packaged",
            g->unit, g->munition ? "yes" : "no", g->name);
    }
    add(&buf, &len, "\n### Cargo figures\n\n"
        "| id | figure | value | conf. | source |\n|---|---|---|---|---|\n");
    for (size_t i = 0; i < sl_catalog_cargo_count(cat); i++) {
        const sl_cargo *g = sl_catalog_cargo_at(cat, i);
        add_row(&buf, &len, g->id,
                g->kind == SL_CARGO_MASS_EQUIV
                    ? "unit mass (used for the weight limit)"
                    : "bare item mass (informational)",
                "kg", &g->unit_mass);
        for (size_t k = 0; k < g->npackages; k++) {
            const sl_package *p = &g->package[k];
            char field[SL_NAME_MAX + 160], stack[40];
            if (p->max_stack_hi)
                snprintf(stack, sizeof stack, "%d to %d (uniform)",
                         p->max_stack, p->max_stack_hi);
            else
                snprintf(stack, sizeof stack, "%d", p->max_stack);
            snprintf(field, sizeof field,
                     "package[%zu] %s: %g units, vertical \"%s\", "
                     "max_stack %s; length",
                     k, p->name, p->units, p->vertical, stack);
            add_row(&buf, &len, g->id, field, "mm", &p->length);
            snprintf(field, sizeof field, "package[%zu] width", k);
            add_row(&buf, &len, g->id, field, "mm", &p->width);
            snprintf(field, sizeof field, "package[%zu] height", k);
            add_row(&buf, &len, g->id, field, "mm", &p->height);
            snprintf(field, sizeof field, "package[%zu] gross", k);
            add_row(&buf, &len, g->id, field, "kg", &p->gross);
        }
        add(&buf, &len, "| %s | mass per unit as carried (nominal) | %.4g kg "
            "| | sl_cargo_unit_gross |\n", g->id, sl_cargo_unit_gross(g));
    }
    return buf;
}


START_TEST(test_doc_matches_catalog)
{
    sl_catalog *cat;
    sl_error e;
    char *want, *have;
    ck_assert_int_eq(sl_catalog_builtin(&cat, &e), SL_OK);
    want = generate(cat);
    sl_catalog_free(cat);
    if (getenv("SHIPLOAD_REGEN_DOCS")) {
        FILE *f = fopen(DOC_PATH, "wb");
        ck_assert_ptr_nonnull(f);
        ck_assert_int_eq(fputs(want, f) >= 0, 1);
        ck_assert_int_eq(fclose(f), 0);
    }
    have = sl_test_read_file(DOC_PATH);
    ck_assert_msg(have != NULL, "cannot read %s", DOC_PATH);
    ck_assert_msg(strcmp(want, have) == 0,
                  "%s is out of date; regenerate with SHIPLOAD_REGEN_DOCS=1 "
                  "build/tests/test_catalog_doc", DOC_PATH);
    free(want);
    free(have);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("catalog_doc");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_doc_matches_catalog);
    suite_add_tcase(s, tc);
    return sl_test_run(s);
}
