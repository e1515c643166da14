/* lib/scenario.c - the scenario: what was observed and what is assumed. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "scenario_internal.h"
#include "capacity_internal.h"

/* Tolerance on a sum of fixed shares, as promised in scenario.h. */
#define SHARE_SUM_TOL 1e-9
/* Tails ignored when checking an unbounded count against its range. */
#define COUNT_TAIL 1e-9

/* ------------------------------------------------------------------ */
/* Qualifiers                                                          */

/* Names as documented in scenario.h. */
const char *sl_qualifier_name(sl_qualifier q)
{
    switch (q) {
    case SL_QUAL_EXACT: return "exact";
    case SL_QUAL_ABOUT: return "about";
    case SL_QUAL_AT_LEAST: return "at least";
    case SL_QUAL_AT_MOST: return "at most";
    case SL_QUAL_UP_TO: return "up to";
    case SL_QUAL_RANGE: return "between";
    }
    return "?";
}

/* Leading phrases, longest first where one is a prefix of another. */
static const struct {
    const char *text;
    sl_qualifier q;
    int word; /* 1: must end at a word boundary */
} qualifiers[] = {
    {"could contain up to", SL_QUAL_UP_TO, 1},
    {"could contain", SL_QUAL_UP_TO, 1},
    {"at least", SL_QUAL_AT_LEAST, 1},
    {"more than", SL_QUAL_AT_LEAST, 1},
    {"over", SL_QUAL_AT_LEAST, 1},
    {"about", SL_QUAL_ABOUT, 1},
    {"around", SL_QUAL_ABOUT, 1},
    {"approximately", SL_QUAL_ABOUT, 1},
    {"~", SL_QUAL_ABOUT, 0},
    {"up to", SL_QUAL_UP_TO, 1},
    {"at most", SL_QUAL_AT_MOST, 1},
    {">=", SL_QUAL_AT_LEAST, 0},
    {"<=", SL_QUAL_AT_MOST, 0},
};

/* Skip blanks. */
static const char *skip_blanks(const char *s)
{
    while (*s && sli_isspace((unsigned char)*s))
        s++;
    return s;
}

/* 1 if s starts with phrase (case-insensitive, any run of blanks where
 * the phrase has one space); *end points past it. */
static int match_phrase(const char *s, const char *phrase, const char **end)
{
    while (*phrase) {
        if (*phrase == ' ') {
            if (!sli_isspace((unsigned char)*s))
                return 0;
            s = skip_blanks(s);
            phrase++;
            continue;
        }
        if (sli_tolower((unsigned char)*s) != sli_tolower((unsigned char)*phrase))
            return 0;
        s++;
        phrase++;
    }
    *end = s;
    return 1;
}

/* The qualifier at the start of text; EXACT when none. */
sl_qualifier sl_qualifier_parse(const char *text, const char **rest)
{
    const char *s, *end;
    size_t i;
    if (!text) {
        if (rest)
            *rest = text;
        return SL_QUAL_EXACT;
    }
    s = skip_blanks(text);
    for (i = 0; i < sizeof qualifiers / sizeof qualifiers[0]; i++) {
        if (!match_phrase(s, qualifiers[i].text, &end))
            continue;
        if (qualifiers[i].word && sli_isalnum((unsigned char)*end))
            continue;
        if (rest)
            *rest = skip_blanks(end);
        return qualifiers[i].q;
    }
    if (rest)
        *rest = s;
    return SL_QUAL_EXACT;
}

/* ------------------------------------------------------------------ */
/* Numbers with thousands separators                                   */

/* 1 if the comma at s[i] separates thousands: exactly three digits after
 * it, then no further digit, and before it a group of three digits after
 * another comma, or of one to three digits after no digit and no point
 * (so "1000,000" and "1.234,567" keep their commas, as sl_dist_parse
 * reads them: errors that say so). */
static int is_thousands_comma(const char *s, size_t i)
{
    size_t k = i;
    if (!(sli_isdigit((unsigned char)s[i + 1]) &&
          sli_isdigit((unsigned char)s[i + 2]) &&
          sli_isdigit((unsigned char)s[i + 3]) &&
          !sli_isdigit((unsigned char)s[i + 4])))
        return 0;
    while (k > 0 && sli_isdigit((unsigned char)s[k - 1]))
        k--;
    if (i - k == 3 && k > 0 && s[k - 1] == ',')
        return 1;
    return i - k >= 1 && i - k <= 3 && (k == 0 || s[k - 1] != '.');
}

/*
 * Copy src into dst (size n) without its thousands separators, unless src
 * has a parenthesis (then commas separate arguments and are kept).
 * pos[j] gets the 0-based offset in src of dst[j].  Returns 0 if src does
 * not fit.
 */
static int strip_thousands(const char *src, char *dst, int *pos, size_t n)
{
    size_t i, j = 0;
    int keep = strchr(src, '(') != NULL;
    for (i = 0; src[i]; i++) {
        if (!keep && src[i] == ',' && is_thousands_comma(src, i))
            continue;
        if (j + 1 >= n)
            return 0;
        pos[j] = (int)i;
        dst[j++] = src[i];
    }
    pos[j] = (int)i;
    dst[j] = '\0';
    return 1;
}

/* Remove trailing blanks from s. */
static void trim_right(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && sli_isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
}

/* Remove a trailing word (case-insensitive) preceded by a blank. */
static void drop_trailing_word(char *s, const char *word)
{
    size_t n = strlen(s), w = strlen(word);
    if (n > w && sli_isspace((unsigned char)s[n - w - 1]) &&
        sli_strncasecmp(s + n - w, word, w) == 0) {
        s[n - w] = '\0';
        trim_right(s);
    }
}

/* ------------------------------------------------------------------ */
/* Errors                                                              */

/*
 * Report a failure of a nested parse (sub) as a failure of field `where`,
 * keeping its status and text and adding what was expected.  column is
 * the 1-based column in the caller's text (0 when unknown).
 */
static sl_status fail_nested(sl_error *err, const char *where,
                             const sl_error *sub, int column,
                             const char *expected)
{
    return sli_fail_at(err, sub->status, where, 0, column, "%s; expected %s",
                       sub->what, expected);
}

/* Column in the original text of column c (1-based) of a text stripped
 * by strip_thousands with map pos, shifted by skip bytes. */
static int map_column(int c, const int *pos, size_t len, size_t skip)
{
    if (c <= 0)
        return 0;
    if ((size_t)(c - 1) > len)
        c = (int)len + 1;
    return pos[c - 1] + (int)skip + 1;
}

/* ------------------------------------------------------------------ */
/* Life cycle                                                          */

/* Defaults of scenario.h that need the catalog: the two 20 ft ratings
 * and bare 152 mm shells.  A catalog lacking these ids gets empty lists
 * (sl_scenario_validate then asks for types). */
static sl_status set_default_types(sl_scenario *sc, sl_error *err)
{
    const sl_catalog *cat = sc->cat;
    sl_status st;
    if (sl_catalog_find_container(cat, "iso-20-24t") &&
        sl_catalog_find_container(cat, "iso-20")) {
        st = sl_scenario_add_container_type(sc, "iso-20-24t", "uniform(0, 1)",
                                            err);
        if (st == SL_OK)
            st = sl_scenario_add_container_type(sc, "iso-20", "rest", err);
        if (st != SL_OK)
            return st;
    }
    if (sl_catalog_find_cargo(cat, "152mm-shell-mass-equiv"))
        return sl_scenario_add_cargo_type(sc, "152mm-shell-mass-equiv", "1",
                                          err);
    return SL_OK;
}

/* A new scenario with the defaults of scenario.h. */
sl_status sl_scenario_alloc(const sl_catalog *cat, sl_scenario **out,
                            sl_error *err)
{
    sl_scenario *sc;
    sl_status st;
    if (!out)
        return sli_fail(err, SL_EINVAL, "out", "out must not be NULL");
    *out = NULL;
    if (!cat)
        return sli_fail(err, SL_EINVAL, "cat",
                        "catalog must not be NULL; use sl_catalog_builtin "
                        "for the built-in one");
    sc = calloc(1, sizeof *sc);
    if (!sc)
        return sli_fail(err, SL_ENOMEM, "scenario", "out of memory");
    st = sl_catalog_copy(cat, &sc->cat, err);
    if (st == SL_OK)
        st = sl_dist_set_const(&sc->fill, 1.0, 0.0, 1.0, err);
    if (st == SL_OK)
        st = set_default_types(sc, err);
    if (st != SL_OK) {
        sl_scenario_free(sc);
        return st;
    }
    sl_load_rules_init(&sc->rules);
    *out = sc;
    return SL_OK;
}

/* Free everything; accepts NULL. */
void sl_scenario_free(sl_scenario *sc)
{
    if (!sc)
        return;
    sl_catalog_free(sc->cat);
    free(sc->ctypes);
    free(sc->gtypes);
    free(sc->notes);
    free(sc);
}

/* A copy of n items of size sz (NULL for n == 0); *ok set to 0 on
 * allocation failure. */
static void *dup_items(const void *src, size_t n, size_t sz, int *ok)
{
    void *p;
    if (n == 0)
        return NULL;
    p = malloc(n * sz);
    if (!p) {
        *ok = 0;
        return NULL;
    }
    memcpy(p, src, n * sz);
    return p;
}

/* A deep copy: catalog, lists and texts. */
sl_status sl_scenario_copy(const sl_scenario *sc, sl_scenario **out,
                           sl_error *err)
{
    sl_scenario *cp;
    sl_status st;
    int ok = 1;
    if (!out)
        return sli_fail(err, SL_EINVAL, "out", "out must not be NULL");
    *out = NULL;
    if (!sc)
        return sli_fail(err, SL_EINVAL, "sc", "scenario must not be NULL");
    cp = malloc(sizeof *cp);
    if (!cp)
        return sli_fail(err, SL_ENOMEM, "scenario", "out of memory");
    *cp = *sc;
    cp->cat = NULL;
    cp->ctypes = dup_items(sc->ctypes, sc->nctypes, sizeof *sc->ctypes, &ok);
    cp->gtypes = dup_items(sc->gtypes, sc->ngtypes, sizeof *sc->gtypes, &ok);
    cp->notes = sc->notes ? dup_items(sc->notes, strlen(sc->notes) + 1, 1,
                                      &ok) : NULL;
    cp->ctypes_cap = sc->nctypes;
    cp->gtypes_cap = sc->ngtypes;
    if (!ok) {
        sl_scenario_free(cp);
        return sli_fail(err, SL_ENOMEM, "scenario", "out of memory");
    }
    st = sl_catalog_copy(sc->cat, &cp->cat, err);
    if (st != SL_OK) {
        sl_scenario_free(cp);
        return st;
    }
    *out = cp;
    return SL_OK;
}

/* ------------------------------------------------------------------ */
/* Scale words ("4.8 million", "10k")                                  */

/* Multiplier of the scale word s[0..n) ("million", "k", "Mio."); 0 when
 * it is not one. */
static double scale_word(const char *s, size_t n)
{
    static const struct { const char *w; double f; } words[] = {
        {"k", 1e3}, {"thousand", 1e3}, {"m", 1e6}, {"mn", 1e6},
        {"million", 1e6}, {"millions", 1e6}, {"mio", 1e6}, {"mln", 1e6},
        {"bn", 1e9}, {"billion", 1e9}, {"mrd", 1e9},
    };
    size_t i;
    if (n > 1 && s[n - 1] == '.') /* an abbreviation's point: "Mio." */
        n--;
    for (i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i].w) == n && sli_strncasecmp(s, words[i].w, n) == 0)
            return words[i].f;
    return 0.0;
}

/*
 * Multiply out the scale words of src ("10k", "6.7 thousand to 7k",
 * "1.2 million"), the words a claim takes, into dst (size n) with a map
 * dpos of dst's offsets in the caller's text (spos maps src's).  A number
 * is scaled only when a scale word follows it and ends at a word boundary
 * ("6700 to 7000" is left alone).  Returns 0 if dst is too small.
 */
static int expand_scale_words(const char *src, const int *spos, char *dst,
                              int *dpos, size_t n)
{
    size_t i = 0, j = 0;
    while (src[i]) {
        const char *num = src + i, *w;
        char *end = NULL;
        size_t wl = 0;
        double v = 0.0, f = 0.0;
        int starts = (sli_isdigit((unsigned char)*num) ||
                      (*num == '.' && sli_isdigit((unsigned char)num[1]))) &&
                     (i == 0 || !(sli_isalnum((unsigned char)num[-1]) ||
                                  num[-1] == '.'));
        if (starts) {
            v = sli_strtod(num, &end);
            w = skip_blanks(end);
            while (sli_isalpha((unsigned char)w[wl]))
                wl++;
            if (wl > 0 && w[wl] == '.')
                wl++;
            if (wl > 0 && !sli_isalnum((unsigned char)w[wl]))
                f = scale_word(w, wl);
        }
        if (f > 0.0) {
            char text[40];
            int k = sli_snprintf(text, sizeof text, "%.15g", v * f);
            if (k < 0 || j + (size_t)k >= n)
                return 0;
            for (int t = 0; t < k; t++) {
                dpos[j] = spos[i];
                dst[j++] = text[t];
            }
            i = (size_t)(w + wl - src);
            continue;
        }
        if (j + 1 >= n)
            return 0;
        dpos[j] = spos[i];
        dst[j++] = src[i++];
    }
    dpos[j] = spos[i];
    dst[j] = '\0';
    return 1;
}

/*
 * The first number of s written as a first group of 1 to 3 digits (not
 * starting with 0), a point and exactly 3 digits, with no further digit,
 * point or exponent and no scale word after it ("10.000", "4.800"): a
 * count or a total where a point may be a thousands separator, 1000 times
 * off when read as a decimal point.  Returns its offset in s and its
 * length in *len, or -1 for none.  "1.500 million" and "10.5" are not.
 */
static long dot_thousands(const char *s, size_t *len)
{
    size_t i;
    for (i = 0; s[i]; i++) {
        size_t k = 0, wl = 0;
        const char *w;
        if (!sli_isdigit((unsigned char)s[i]) ||
            (i > 0 && (sli_isalnum((unsigned char)s[i - 1]) ||
                       s[i - 1] == '.' || s[i - 1] == ',')))
            continue;
        while (sli_isdigit((unsigned char)s[i + k]))
            k++;
        if (k > 3 || s[i] == '0' || s[i + k] != '.' ||
            !sli_isdigit((unsigned char)s[i + k + 1]) ||
            !sli_isdigit((unsigned char)s[i + k + 2]) ||
            !sli_isdigit((unsigned char)s[i + k + 3]) ||
            sli_isdigit((unsigned char)s[i + k + 4]) ||
            s[i + k + 4] == '.' || s[i + k + 4] == 'e' ||
            s[i + k + 4] == 'E') {
            i += k ? k - 1 : 0;
            continue;
        }
        w = skip_blanks(s + i + k + 4);
        while (sli_isalpha((unsigned char)w[wl]))
            wl++;
        if (wl > 0 && w[wl] == '.')
            wl++;
        if (wl > 0 && !sli_isalnum((unsigned char)w[wl]) &&
            scale_word(w, wl) > 0.0) {
            i += k + 3;
            continue;
        }
        *len = k + 4;
        return (long)i;
    }
    return -1;
}

/* The error for "10.000" (at offset at, length len, in text; column col
 * 1-based) in field where. */
static sl_status dot_thousands_fail(sl_error *err, const char *where,
                                    const char *at, size_t len, int col)
{
    size_t k = strcspn(at, ".");
    return sli_fail_at(err, SL_EPARSE, where, 0, col,
                       "\"%.*s\" is ambiguous: write %.*s for %.*s, %.*s%.3s "
                       "or %.*s,%.3s for %.*s thousand (a point is a "
                       "decimal point; a comma separates thousands)",
                       (int)len, at, (int)k, at, (int)k, at, (int)k, at,
                       at + k + 1, (int)k, at, at + k + 1, (int)k, at);
}

/* ------------------------------------------------------------------ */
/* Container count                                                     */

/* Check a count distribution against [1, SL_CONTAINERS_MAX]: its low end
 * 1e-9 into its tail (a count is parsed on [0, inf), where a normal's
 * support starts at 0), its high end the top of its support, or for an
 * unbounded family 1e-9 into its tail (uniform(1, 1000000001) reaches past
 * 10^9 though its 1e-9 tail does not). */
static sl_status check_count(const sl_dist *n, sl_error *err)
{
    double lo, hi;
    if (sl_dist_is_const(n)) {
        lo = hi = n->a;
    } else {
        lo = sl_dist_quantile(n, COUNT_TAIL);
        hi = sl_dist_quantile(n, 1.0);
        if (!isfinite(hi))
            hi = sl_dist_quantile(n, 1.0 - COUNT_TAIL);
    }
    if (!isfinite(lo) || !isfinite(hi) || lo < 1.0)
        return sli_fail(err, SL_ERANGE, "containers",
                        "the container count reaches %.6g; expected a count of "
                        "at least 1 such as 10,000 (or a range such as "
                        "6,700 to 7,000)",
                        isfinite(lo) && lo < 1.0 ? lo : hi);
    if (hi > SL_CONTAINERS_MAX) {
        char most[32], at[48]; /* grouped, as every count printed */
        sl_format_number(SL_CONTAINERS_MAX, 0, 0, most, sizeof most);
        if (hi < 1e15)
            sl_format_number(hi, 0, 0, at, sizeof at);
        else
            sli_snprintf(at, sizeof at, "%.6g", hi);
        return sli_fail(err, SL_ERANGE, "containers",
                        "the container count reaches %s; expected at most "
                        "%s", at, most);
    }
    return SL_OK;
}

/* The container count from a distribution and a qualifier. */
/* The error for qualifier q beside a range of counts (shown as `range`;
 * column 0 when unknown): "at least 9,000 to 10,000" ran as the range
 * alone, the word echoed and then ignored. */
static sl_status range_qualifier(sl_error *err, sl_qualifier q,
                                 const char *range, int column)
{
    return sli_fail_at(err, SL_EINVAL, "containers", 0, column,
                       "\"%s\" does not go with a range of counts (%.80s): "
                       "the range already says how uncertain the count is; "
                       "give the range alone (\"6,700 to 7,000\") or one "
                       "count with its qualifier (\"at least 6,700\")",
                       sl_qualifier_name(q), range);
}

sl_status sl_scenario_set_container_count(sl_scenario *sc, const sl_dist *n,
                                          sl_qualifier q, sl_error *err)
{
    sl_status st;
    if (!sc || !n)
        return sli_fail(err, SL_EINVAL, sc ? "n" : "sc",
                        "argument must not be NULL");
    if ((int)q < SL_QUAL_EXACT || q > SL_QUAL_UP_TO)
        return sli_fail(err, SL_EINVAL, "containers",
                        "qualifier %d is not one of exact, about, at least, "
                        "at most, up to", (int)q);
    if (q != SL_QUAL_EXACT && !sl_dist_is_const(n)) {
        char desc[96];
        sl_dist_describe(n, desc, sizeof desc);
        return range_qualifier(err, q, desc, 0);
    }
    st = check_count(n, err);
    if (st != SL_OK)
        return st;
    sc->containers = *n;
    sc->containers_q = q;
    sc->containers_set = 1;
    sl_dist_describe(n, sc->containers_text, sizeof sc->containers_text);
    return SL_OK;
}

/* The container count from text: qualifier, then a number or dist. */
sl_status sl_scenario_set_containers(sl_scenario *sc, const char *text,
                                     sl_error *err)
{
    static const char expected[] =
        "a container count of at least 1 such as 10,000, \"at least "
        "10,000\", 10k or \"6,700 to 7,000\"";
    char buf[SLI_TEXT_MAX], num[SLI_TEXT_MAX];
    int pos[SLI_TEXT_MAX], npos[SLI_TEXT_MAX];
    const char *rest;
    sl_qualifier q;
    sl_dist d;
    sl_error sub;
    sl_status st;
    if (!sc || !text)
        return sli_fail(err, SL_EINVAL, sc ? "containers" : "sc",
                        "argument must not be NULL");
    q = sl_qualifier_parse(text, &rest);
    if (!strip_thousands(rest, buf, pos, sizeof buf))
        return sli_fail(err, SL_EPARSE, "containers",
                        "text longer than %d characters; expected %s",
                        SLI_TEXT_MAX - 1, expected);
    trim_right(buf);
    drop_trailing_word(buf, "containers");
    drop_trailing_word(buf, "container");
    {
        size_t dl;
        long at = dot_thousands(buf, &dl);
        if (at >= 0)
            return dot_thousands_fail(err, "containers", buf + at, dl,
                                      pos[at] + (int)(rest - text) + 1);
    }
    if (buf[0] && buf[strlen(buf) - 1] == '+' &&
        (q == SL_QUAL_EXACT || q == SL_QUAL_ABOUT)) {
        /* "20,000+" (row C: "about 20,000+"): that many or more */
        buf[strlen(buf) - 1] = '\0';
        trim_right(buf);
        q = SL_QUAL_AT_LEAST;
    }
    if (buf[0] == '\0')
        return sli_fail(err, SL_EPARSE, "containers", "no number given; "
                        "expected %s", expected);
    if (!expand_scale_words(buf, pos, num, npos, sizeof num))
        return sli_fail(err, SL_EPARSE, "containers",
                        "text too long; expected %s", expected);
    /* checked on [1, inf), so that a value below 1 is named against the
       count's minimum 1 (not the quantity bound 0), then parsed on
       [0, inf) as ever, so that its draws do not change */
    sl_error_clear(&sub);
    st = sl_dist_parse(num, 1.0, HUGE_VAL, &d, &sub);
    if (st == SL_OK) {
        sl_error_clear(&sub);
        st = sl_dist_parse(num, 0.0, HUGE_VAL, &d, &sub);
    }
    if (st != SL_OK && q != SL_QUAL_EXACT) { /* "at least about 10,000" */
        const char *q2end, *q1 = skip_blanks(text);
        if (sl_qualifier_parse(num, &q2end) != SL_QUAL_EXACT) {
            int l1 = (int)(rest - q1), l2 = (int)(q2end - num);
            while (l1 > 0 && sli_isspace((unsigned char)q1[l1 - 1]))
                l1--;
            while (l2 > 0 && sli_isspace((unsigned char)num[l2 - 1]))
                l2--;
            return sli_fail_at(err, SL_EPARSE, "containers", 0,
                               (int)(rest - text) + 1, "two qualifiers, "
                               "\"%.*s\" and \"%.*s\"; a count takes one: "
                               "\"about\", \"at least\" (\"more than\", "
                               "\"over\", a trailing +), \"at most\" or "
                               "\"up to\"", l1 > 40 ? 40 : l1, q1,
                               l2 > 40 ? 40 : l2, num);
        }
    }
    /* a word that is no qualifier ("roughly 6,700"), not a misspelt
       form ("unifrom(6700, 7000)"), which the parser's message names */
    if (st != SL_OK && sli_isalpha((unsigned char)num[0]) &&
        strstr(sub.what, "unknown form") &&
        *skip_blanks(num + strcspn(num, " \t(")) != '(')
        return sli_fail_at(err, SL_EPARSE, "containers", 0,
                           (int)(rest - text) + 1,
                           "'%.*s' is not a qualifier a count takes; write "
                           "a number such as 10,000, 10k or \"6,700 to "
                           "7,000\", optionally after a qualifier: "
                           "\"about\", \"at least\" (\"more than\", "
                           "\"over\", a trailing +), \"at most\", "
                           "\"up to\"", (int)strcspn(num, " \t("), num);
    if (st != SL_OK)
        return fail_nested(err, "containers", &sub,
                           map_column(sub.column, npos, strlen(num),
                                      (size_t)(rest - text)),
                           expected);
    if (q != SL_QUAL_EXACT && !sl_dist_is_const(&d)) /* as typed */
        return range_qualifier(err, q, skip_blanks(rest), 1);
    st = sl_scenario_set_container_count(sc, &d, q, err);
    if (st == SL_OK)
        sli_strlcpy(sc->containers_text, text, sizeof sc->containers_text);
    return st;
}

/* ------------------------------------------------------------------ */
/* Shares and type lists                                               */

/* Parse a share ("rest", NULL for 1, any dist form in [0, 1]). */
static sl_status parse_share(const char *text, const char *where,
                             sli_share *out, sl_error *err)
{
    const char *s = text ? skip_blanks(text) : "1";
    const char *end;
    sl_error sub;
    sl_status st;
    memset(out, 0, sizeof *out);
    if (match_phrase(s, "rest", &end) && *skip_blanks(end) == '\0') {
        out->is_rest = 1;
        return SL_OK; /* dist stays the const 0 placeholder */
    }
    sl_error_clear(&sub);
    st = sl_dist_parse(s, 0.0, 1.0, &out->dist, &sub);
    if (st != SL_OK)
        return fail_nested(err, where, &sub,
                           sub.column > 0 ? sub.column + (int)(s - text) : 0,
                           "a share in [0, 1] such as 0.3, 30%, "
                           "\"0.2 to 0.5\" or rest");
    return SL_OK;
}

/* Grow an array of items of size sz to hold n + 1; 0 on failure. */
static int grow(void **items, size_t *cap, size_t n, size_t sz)
{
    size_t ncap;
    void *p;
    if (n < *cap)
        return 1;
    ncap = *cap ? *cap * 2 : 4;
    if (ncap > ((size_t)-1) / sz)
        return 0;
    p = realloc(*items, ncap * sz);
    if (!p)
        return 0;
    *items = p;
    *cap = ncap;
    return 1;
}

/* Known ids of one kind, comma separated, into buf (cut with "..."). */
static void list_ids(const sl_catalog *cat, int cargo, char *buf, size_t size)
{
    size_t i, n, used = 0;
    n = cargo ? sl_catalog_cargo_count(cat) : sl_catalog_container_count(cat);
    buf[0] = '\0';
    for (i = 0; i < n; i++) {
        const char *id = cargo ? sl_catalog_cargo_at(cat, i)->id
                               : sl_catalog_container_at(cat, i)->id;
        int w = sli_snprintf(buf + used, size - used, "%s%s", i ? ", " : "", id);
        if (w < 0 || (size_t)w >= size - used) {
            if (size >= 4)
                memcpy(buf + size - 4, "...", 4);
            return;
        }
        used += (size_t)w;
    }
    if (n == 0)
        sli_strlcpy(buf, "(none: the catalog is empty)", size);
}

/* Unknown id: SL_ENOTFOUND naming it and the known ids. */
static sl_status fail_unknown(const sl_scenario *sc, int cargo,
                              const char *where, const char *id,
                              sl_error *err)
{
    char shown[SLI_SHOWN_SIZE], known[224];
    /* room left in err->what for the known ids, so the id is never cut */
    int used = sli_snprintf(NULL, 0, "unknown %s id \"%s\"; known: ",
                        cargo ? "cargo" : "container type",
                        sli_shown(id, shown, sizeof shown));
    size_t room = SL_ERROR_WHAT_MAX - (size_t)used;
    list_ids(sc->cat, cargo, known, room < sizeof known ? room : sizeof known);
    return sli_fail(err, SL_ENOTFOUND, where,
                    "unknown %s id \"%s\"; known: %s",
                    cargo ? "cargo" : "container type", shown, known);
}

/* Where text "LIST[i].FIELD" into buf. */
static const char *field(char *buf, size_t size, const char *list, size_t i,
                         const char *name)
{
    sli_snprintf(buf, size, "%s[%zu].%s", list, i, name);
    return buf;
}

/* One of the two type lists seen the same way: its field name
 * ("container_types" or "cargo"), length, and entry i's id and share. */
typedef struct list_view {
    const char *list;
    int cargo;
    size_t n;
    const char *(*id_at)(const sl_scenario *, size_t);
    const sli_share *(*share_at)(const sl_scenario *, size_t);
} list_view;

/* Id and share of container type i. */
static const char *ctype_id(const sl_scenario *sc, size_t i)
{
    return sc->ctypes[i].entry.id;
}
static const sli_share *ctype_share(const sl_scenario *sc, size_t i)
{
    return &sc->ctypes[i].share;
}
/* Id and share of cargo type i. */
static const char *gtype_id(const sl_scenario *sc, size_t i)
{
    return sc->gtypes[i].entry.id;
}
static const sli_share *gtype_share(const sl_scenario *sc, size_t i)
{
    return &sc->gtypes[i].share;
}

/* The view of the container-type or cargo list. */
static list_view view_of(const sl_scenario *sc, int cargo)
{
    list_view v;
    v.cargo = cargo;
    v.list = cargo ? "cargo" : "container_types";
    v.n = cargo ? sc->ngtypes : sc->nctypes;
    v.id_at = cargo ? gtype_id : ctype_id;
    v.share_at = cargo ? gtype_share : ctype_share;
    return v;
}

/* SL_EINVAL at `where` when an entry of list v other than entry `self`
 * has the share "rest" (one rest per list), else SL_OK. */
static sl_status other_rest(const sl_scenario *sc, const list_view *v,
                            size_t self, const char *where, sl_error *err)
{
    for (size_t i = 0; i < v->n; i++)
        if (i != self && v->share_at(sc, i)->is_rest)
            return sli_fail(err, SL_EINVAL, where,
                            "%s[%zu].share is already \"rest\"; only one "
                            "share per list may be rest: give this one a "
                            "number or a range", v->list, i);
    return SL_OK;
}

/* Check a new entry (id, share text) for list v; fills *share. */
static sl_status check_new_entry(const sl_scenario *sc, const list_view *v,
                                 const char *id, const void *found,
                                 const char *share_text, sli_share *share,
                                 sl_error *err)
{
    char where[SL_ERROR_WHERE_MAX];
    size_t i;
    sl_status st;
    if (!found)
        return fail_unknown(sc, v->cargo,
                            field(where, sizeof where, v->list, v->n, "id"),
                            id, err);
    for (i = 0; i < v->n; i++)
        if (strcmp(v->id_at(sc, i), id) == 0)
            return sli_fail(err, SL_EINVAL,
                            field(where, sizeof where, v->list, v->n, "id"),
                            "\"%s\" is already listed as %s[%zu]; give "
                            "each id once with its whole share", id, v->list,
                            i);
    field(where, sizeof where, v->list, v->n, "share");
    st = parse_share(share_text, where, share, err);
    if (st != SL_OK || !share->is_rest)
        return st;
    return other_rest(sc, v, v->n, where, err);
}

/* Drop all container types. */
void sl_scenario_clear_container_types(sl_scenario *sc)
{
    if (sc)
        sc->nctypes = 0;
}

/* Drop all cargo types. */
void sl_scenario_clear_cargo_types(sl_scenario *sc)
{
    if (sc)
        sc->ngtypes = 0;
}

/* Add a container type (cargo 0) or cargo type (cargo 1) by id. */
static sl_status add_type(sl_scenario *sc, int cargo, const char *id,
                          const char *share, sl_error *err)
{
    list_view v;
    const void *found;
    sli_share sh;
    sl_status st;
    int ok;
    if (!sc || !id)
        return sli_fail(err, SL_EINVAL,
                        !sc ? "sc" : cargo ? "cargo" : "container_types",
                        "argument must not be NULL");
    v = view_of(sc, cargo);
    if (v.n >= SL_SCENARIO_TYPES_MAX) {
        /* said here, where a file names the entry: the estimate found it
           with no file or line ("cargo: at most 64 container types and
           64 cargo types") */
        char where[SL_ERROR_WHERE_MAX];
        sli_snprintf(where, sizeof where, "%s[%zu]", v.list, v.n);
        return sli_fail(err, SL_ERANGE, where, "a scenario lists at most "
                        "%d %s; this is one more", SL_SCENARIO_TYPES_MAX,
                        cargo ? "cargo types" : "container types");
    }
    found = cargo ? (const void *)sl_catalog_find_cargo(sc->cat, id)
                  : (const void *)sl_catalog_find_container(sc->cat, id);
    st = check_new_entry(sc, &v, id, found, share, &sh, err);
    if (st != SL_OK)
        return st;
    ok = cargo ? grow((void **)&sc->gtypes, &sc->gtypes_cap, sc->ngtypes,
                      sizeof *sc->gtypes)
               : grow((void **)&sc->ctypes, &sc->ctypes_cap, sc->nctypes,
                      sizeof *sc->ctypes);
    if (!ok)
        return sli_fail(err, SL_ENOMEM, v.list, "out of memory");
    if (cargo) {
        sc->gtypes[sc->ngtypes].entry = *(const sl_cargo *)found;
        sc->gtypes[sc->ngtypes++].share = sh;
    } else {
        sc->ctypes[sc->nctypes].entry = *(const sl_container *)found;
        sc->ctypes[sc->nctypes++].share = sh;
    }
    return SL_OK;
}

/* Add a container type by id with a share. */
sl_status sl_scenario_add_container_type(sl_scenario *sc, const char *id,
                                         const char *share, sl_error *err)
{
    return add_type(sc, 0, id, share, err);
}

/* Add a cargo type by id with a share. */
sl_status sl_scenario_add_cargo_type(sl_scenario *sc, const char *id,
                                     const char *share, sl_error *err)
{
    return add_type(sc, 1, id, share, err);
}

/* Set the share of listed entry `id` of the container-type (cargo 0) or
 * cargo list; the scenario is unchanged on error. */
static sl_status set_share(sl_scenario *sc, int cargo, const char *id,
                           const char *share, sl_error *err)
{
    char where[SL_ERROR_WHERE_MAX], shown[SLI_SHOWN_SIZE];
    list_view v;
    sli_share sh;
    size_t k;
    sl_status st;
    if (!sc || !id)
        return sli_fail(err, SL_EINVAL,
                        !sc ? "sc" : cargo ? "cargo" : "container_types",
                        "argument must not be NULL");
    v = view_of(sc, cargo);
    for (k = 0; k < v.n && strcmp(v.id_at(sc, k), id) != 0; k++)
        ;
    if (k == v.n)
        return sli_fail(err, SL_ENOTFOUND, v.list, "\"%s\" is not in %s; "
                        "add it first", sli_shown(id, shown, sizeof shown),
                        v.list);
    st = parse_share(share, field(where, sizeof where, v.list, k, "share"),
                     &sh, err);
    if (st == SL_OK && sh.is_rest)
        st = other_rest(sc, &v, k, where, err);
    if (st != SL_OK)
        return st;
    if (cargo)
        sc->gtypes[k].share = sh;
    else
        sc->ctypes[k].share = sh;
    return SL_OK;
}

/* Set a listed container type's share. */
sl_status sl_scenario_set_container_share(sl_scenario *sc, const char *id,
                                          const char *share, sl_error *err)
{
    return set_share(sc, 0, id, share, err);
}

/* Set a listed cargo type's share. */
sl_status sl_scenario_set_cargo_share(sl_scenario *sc, const char *id,
                                      const char *share, sl_error *err)
{
    return set_share(sc, 1, id, share, err);
}

/* ------------------------------------------------------------------ */
/* Fill, rules, claim, title                                           */

/* Fill of each container, in [0, 1]. */
sl_status sl_scenario_set_fill(sl_scenario *sc, const char *text,
                               sl_error *err)
{
    sl_dist d;
    sl_error sub;
    if (!sc || !text)
        return sli_fail(err, SL_EINVAL, sc ? "fill" : "sc",
                        "argument must not be NULL");
    sl_error_clear(&sub);
    if (sl_dist_parse(text, 0.0, 1.0, &d, &sub) != SL_OK)
        return fail_nested(err, "fill", &sub, sub.column,
                           "a fraction in [0, 1] such as 1, 0.85, 85% or "
                           "\"0.7 to 0.95\"");
    sc->fill = d;
    return SL_OK;
}

/* Loading rules, checked and copied. */
sl_status sl_scenario_set_load_rules(sl_scenario *sc,
                                     const sl_load_rules *rules,
                                     sl_error *err)
{
    sl_status st;
    if (!sc || !rules)
        return sli_fail(err, SL_EINVAL, sc ? "load_rules" : "sc",
                        "argument must not be NULL");
    st = sli_load_rules_figures_check(rules, "load_rules", err);
    if (st != SL_OK)
        return st;
    if (rules->check_door != 0 && rules->check_door != 1)
        return sli_fail(err, SL_EINVAL, "load_rules.check_door",
                        "%d is not allowed; expected 0 or 1",
                        rules->check_door);
    sc->rules = *rules;
    return SL_OK;
}

/* ------------------------------------------------------------------ */
/* Claims: one total or a range                                        */

/* A claim's text after its qualifier (and "between"), with thousands
 * separators removed, and the map back to the caller's text. */
typedef struct claim_parse {
    const char *text;       /* the caller's whole text, for messages */
    char buf[SLI_TEXT_MAX];
    int pos[SLI_TEXT_MAX];  /* buf offset -> offset from text + offset */
    int offset;             /* where buf's source starts in text */
} claim_parse;

/* What a range separator is. */
enum { SEP_NONE, SEP_TO, SEP_DASH, SEP_EN_DASH, SEP_AND };

/* 1-based column in the caller's text of p, a pointer into cp->buf. */
static int claim_column(const claim_parse *cp, const char *p)
{
    return cp->pos[p - cp->buf] + cp->offset + 1;
}

/* The range separator at s, if any: "to" or "and" as words, "-" or an en
 * dash; *after points past it and the blanks after. */
static int range_sep(const char *s, const char **after)
{
    int kind = SEP_NONE;
    size_t n = 0;
    if (!sli_strncasecmp(s, "to", 2) && !sli_isalpha((unsigned char)s[2]))
        kind = SEP_TO, n = 2;
    else if (!sli_strncasecmp(s, "and", 3) && !sli_isalpha((unsigned char)s[3]))
        kind = SEP_AND, n = 3;
    else if (*s == '-')
        kind = SEP_DASH, n = 1;
    else if (!strncmp(s, "\xe2\x80\x93", 3))
        kind = SEP_EN_DASH, n = 3;
    if (kind != SEP_NONE)
        *after = skip_blanks(s + n);
    return kind;
}

/* What a claim may be, for messages. */
static const char claim_expected[] =
    "a number such as 4800000, 4,800,000, 4.8e6 or \"4.8 million\", "
    "optionally after a qualifier: \"about\", \"at least\" (\"more "
    "than\", \"over\"), \"at most\", \"up to\"; or a range such as "
    "\"300,000 to 500,000\"";

/*
 * One number of a claim at *cur in cp->buf: strtod's decimal form (not
 * its hexadecimal one), then an optional scale word ("million", "k").  *v
 * gets the number as written, *f the scale word's multiplier (0 when there
 * is none), and *cur moves past them and the blanks after.  high: 1 for a
 * range's high end (its messages say so).  Errors: a missing number, a
 * decimal comma ("4,8 Mio").
 */
static sl_status claim_number(const claim_parse *cp, const char **cur,
                              int high, double *v, double *f, sl_error *err)
{
    const char *s = *cur, *w;
    char *end;
    size_t wl = 0;
    *v = sli_strtod(s, &end);
    if (end == s || memchr(s, 'x', (size_t)(end - s)) ||
        memchr(s, 'X', (size_t)(end - s))) {
        if (end != s) /* strtod read a hexadecimal number */
            return sli_fail_at(err, SL_EPARSE, "claim", 0,
                               claim_column(cp, s), "\"%.*s\": a "
                               "hexadecimal number is not taken; write the "
                               "number in decimal", (int)(end - s), s);
        if (high)
            return sli_fail_at(err, SL_EPARSE, "claim", 0,
                               claim_column(cp, s), "the range's high end "
                               "\"%.40s\" is not a number; expected %s",
                               s, claim_expected);
        if (!*skip_blanks(cp->text + cp->offset)) { /* "more than" */
            const char *q = skip_blanks(cp->text);
            int len = (int)(cp->text + cp->offset - q);
            while (len > 0 && sli_isspace((unsigned char)q[len - 1]))
                len--;
            if (len > 0)
                return sli_fail(err, SL_EPARSE, "claim", "no number after "
                                "\"%.*s\"; expected %s", len > 60 ? 60 : len,
                                q, claim_expected);
        }
        {
            /* words before a number: a qualifier the table does not
               have ("less than 5 million") */
            size_t nw = 0;
            while (s[nw] && !sli_isdigit((unsigned char)s[nw]))
                nw++;
            const char *q2end;
            if (sl_qualifier_parse(s, &q2end) != SL_QUAL_EXACT &&
                cp->offset > 0) { /* "up to about 5" */
                const char *q1 = skip_blanks(cp->text);
                int l1 = (int)(cp->text + cp->offset - q1),
                    l2 = (int)(q2end - s);
                while (l1 > 0 && sli_isspace((unsigned char)q1[l1 - 1]))
                    l1--;
                while (l2 > 0 && sli_isspace((unsigned char)s[l2 - 1]))
                    l2--;
                if (l1 >= 7 && !sli_strncasecmp(q1, "between", 7))
                    return sli_fail_at(err, SL_EPARSE, "claim", 0,
                                       claim_column(cp, s), "\"%.*s\" does "
                                       "not go with a range, which holds "
                                       "anywhere between its ends: write "
                                       "the range alone (\"between 300,000 "
                                       "and 500,000\")", l2 > 40 ? 40 : l2,
                                       s);
                return sli_fail_at(err, SL_EPARSE, "claim", 0,
                                   claim_column(cp, s), "two qualifiers, "
                                   "\"%.*s\" and \"%.*s\"; a claim takes "
                                   "one: \"about\", \"at least\" (\"more "
                                   "than\", \"over\"), \"at most\" or \"up "
                                   "to\"", l1 > 40 ? 40 : l1, q1,
                                   l2 > 40 ? 40 : l2, s);
            }
            if (nw > 0 && s[nw] && sli_isalpha((unsigned char)s[0])) {
                int ml = (int)nw, below;
                while (ml > 0 && sli_isspace((unsigned char)s[ml - 1]))
                    ml--;
                below = !sli_strncasecmp(s, "less", 4) ||
                        !sli_strncasecmp(s, "fewer", 5) ||
                        !sli_strncasecmp(s, "below", 5) ||
                        !sli_strncasecmp(s, "under", 5) ||
                        !sli_strncasecmp(s, "no more", 7);
                return sli_fail_at(err, SL_EPARSE, "claim", 0,
                                   claim_column(cp, s), "\"%.*s\" is not a "
                                   "qualifier a claim takes%s; expected %s",
                                   ml > 40 ? 40 : ml, s,
                                   below ? " (an upper bound is \"at "
                                           "most\")" : "",
                                   claim_expected);
            }
        }
        return sli_fail(err, SL_EPARSE, "claim", "\"%.60s\" is not a "
                        "number; expected %s", cp->text + cp->offset,
                        claim_expected);
    }
    if (*end == ',' && sli_isdigit((unsigned char)end[1])) {
        /* quoted as typed: buf has the thousands separators removed */
        const char *last = end + strspn(end + 1, "0123456789");
        int a = cp->pos[s - cp->buf], b = cp->pos[last - cp->buf] + 1;
        return sli_fail_at(err, SL_EPARSE, "claim", 0,
                           claim_column(cp, end),
                           "\"%.*s\": a comma separates thousands only, in "
                           "groups of 3 (4,800,000); write a decimal fraction "
                           "with a point, e.g. 4.8 million", b - a,
                           cp->text + cp->offset + a);
    }
    w = skip_blanks(end);
    while (sli_isalpha((unsigned char)w[wl]))
        wl++;
    if (wl > 0 && w[wl] == '.')
        wl++;
    *f = wl > 0 && !sli_isalnum((unsigned char)w[wl]) ? scale_word(w, wl) : 0.0;
    if (*f == 0.0 && high) { /* a low end: claim_range, parse_claim_value */
        size_t dl;
        if (dot_thousands(s, &dl) == 0 && s + dl == end)
            return dot_thousands_fail(err, "claim", s, dl,
                                      claim_column(cp, s));
    }
    *cur = skip_blanks(*f > 0 ? w + wl : end);
    return SL_OK;
}

/* The error for text p left after a claim's number num (scaled by f, 0
 * for none; the high end of a range when range): digits grouped by
 * blanks, a word that is no scale word, or words after the total. */
static sl_status claim_trailing(const claim_parse *cp, const char *p,
                                const char *num, double f, int range,
                                sl_error *err)
{
    int len = (int)(p - num);
    while (len > 0 && sli_isspace((unsigned char)num[len - 1]))
        len--;
    if (sli_isdigit((unsigned char)*p))
        return sli_fail_at(err, SL_EPARSE, "claim", 0, claim_column(cp, p),
                           "unexpected \"%.40s\" after the number: blanks do "
                           "not group digits; write 4800000 or 4,800,000", p);
    if (f == 0.0)
        return sli_fail_at(err, SL_EPARSE, "claim", 0, claim_column(cp, p),
                           "unexpected \"%.40s\" after the number; expected "
                           "%s (scale words: k, thousand, m, million, Mio, "
                           "mln, bn, billion, Mrd)", p, claim_expected);
    return sli_fail_at(err, SL_EPARSE, "claim", 0, claim_column(cp, p),
                       "unexpected \"%.40s\" after \"%.*s\"; give the "
                       "claimed %s alone (what it counts is the cargo's "
                       "unit: see --cargo)", p, len, num,
                       range ? "range" : "total");
}

/* An end of a claim (which: "the low end", "the high end", or NULL for
 * one total) checked: finite and >= 0.  A value within 10^-9 of a whole
 * number is that number: a scale word's product ("1.001 million" is
 * 1000999.9999999999 in doubles, and a count of exactly 1,001,000 was not
 * "at most" it).  col: its column. */
static sl_status claim_end_check(double *pv, const char *which, int col,
                                 sl_error *err)
{
    double v = *pv;
    if (isfinite(v) && v >= 0.0) {
        if (fabs(v - nearbyint(v)) <= 1e-9 * fmax(1.0, v))
            *pv = nearbyint(v);
        return SL_OK;
    }
    if (!which)
        return sli_fail(err, SL_ERANGE, "claim", "%g is not allowed; "
                        "expected a finite number >= 0", v);
    return sli_fail_at(err, SL_ERANGE, "claim", 0, col, "%s %g is not "
                       "allowed; expected a finite number >= 0", which, v);
}

/* The ends of a range claim after the separator at sep (kind kind):
 * between, the qualifier q (at column qcol) and a trailing "+" (at column
 * plus; 0 for none) checked, the high end parsed at after, a scale word
 * after the high end alone applied to a low end below 1,000 written
 * without one, and the ends ordered.  *lo holds the low end as written
 * (scale f_lo, 0 for none) on entry. */
static sl_status claim_range(const claim_parse *cp, const char *sep,
                             int kind, const char *after, int between,
                             sl_qualifier q, int qcol, int plus,
                             double f_lo, double *lo, double *hi,
                             sl_error *err)
{
    const char *high = after;
    char a[48], b[48];
    double f_hi;
    int inherited;
    sl_status st;
    if (between != (kind == SEP_AND))
        return sli_fail_at(err, SL_EPARSE, "claim", 0, claim_column(cp, sep),
                           between ? "after \"between\", \"and\" joins the "
                                     "ends: write \"between 300,000 and "
                                     "500,000\""
                                   : "\"and\" joins a range's ends after "
                                     "\"between\" only: write \"between "
                                     "300,000 and 500,000\" or \"300,000 to "
                                     "500,000\"");
    if (q != SL_QUAL_EXACT)
        return sli_fail_at(err, SL_EPARSE, "claim", 0, qcol,
                           "\"%.60s\": a qualifier (\"%s\") does not go with "
                           "a range, which holds anywhere between its ends: "
                           "write the range alone (\"300,000 to 500,000\"), "
                           "or one total with its qualifier",
                           cp->text, sl_qualifier_name(q));
    if (plus)
        return sli_fail_at(err, SL_EPARSE, "claim", 0, plus, "\"%.60s\": a "
                           "trailing + (that many or more) goes with one "
                           "total, not a range", cp->text);
    if (!*high)
        return sli_fail_at(err, SL_EPARSE, "claim", 0, claim_column(cp, sep),
                           "\"%.60s\": the range has no high end; write both "
                           "ends, e.g. \"300,000 to 500,000\"", cp->text);
    if ((st = claim_number(cp, &after, 1, hi, &f_hi, err)))
        return st;
    if (*after)
        return claim_trailing(cp, after, high, f_hi, 1, err);
    /* "1.5 to 2 million"; a low end of 1,000 or more is written out in
       full ("300,000 to 5 million") */
    inherited = f_hi > 0 && f_lo == 0 && fabs(*lo) < 1000;
    if (inherited)
        f_lo = f_hi;
    else if (f_lo == 0) { /* "300.000 to 500,000"; "2.385 to 4.7 million" */
        size_t dl;
        if (dot_thousands(cp->buf, &dl) == 0)
            return dot_thousands_fail(err, "claim", cp->buf, dl,
                                      claim_column(cp, cp->buf));
    }
    *lo *= f_lo > 0 ? f_lo : 1.0;
    *hi *= f_hi > 0 ? f_hi : 1.0;
    if ((st = claim_end_check(lo, "the low end", claim_column(cp, cp->buf),
                              err)) ||
        (st = claim_end_check(hi, "the high end", claim_column(cp, high),
                              err)))
        return st;
    if (!(*lo < *hi)) {
        sl_format_number(*lo, 0, 0, a, sizeof a);
        sl_format_number(*hi, 0, 0, b, sizeof b);
        return sli_fail_at(err, SL_ERANGE, "claim", 0,
                           claim_column(cp, cp->buf),
                           "\"%.60s\": the low end %s is not below the high "
                           "end %s; write the smaller figure first, e.g. "
                           "\"300,000 to 500,000\"%s", cp->text, a, b,
                           inherited
                               ? " (a scale word after the high end alone "
                                 "applies to a low end below 1,000 too: "
                                 "\"1.5 to 2 million\" is 1,500,000 to "
                                 "2,000,000)"
                               : "");
    }
    return SL_OK;
}

/*
 * Parse a claim's value: rest is text after the qualifier q.  One total
 * (number, thousands separators, scale word, a trailing "+": *plus = 1)
 * in *lo with *hi NaN, or a range ("X to Y", "X-Y", "X–Y", "between X
 * and Y") in *lo and *hi.  The errors say what to write instead of a
 * decimal comma ("4,8 Mio"), a missing end, a qualifier with a range, or
 * words after the total ("... shells").
 */
static sl_status parse_claim_value(const char *text, const char *rest,
                                   sl_qualifier q, double *lo, double *hi,
                                   int *plus, sl_error *err)
{
    claim_parse cp;
    const char *cur, *after = NULL, *b;
    int qcol = (int)(skip_blanks(text) - text) + 1, between = 0, kind;
    int plus_col = 0;
    double f_lo;
    sl_status st;
    *hi = NAN;
    if (match_phrase(rest, "between", &b) && !sli_isalnum((unsigned char)*b)) {
        between = 1;
        rest = skip_blanks(b);
    }
    cp.text = text;
    cp.offset = (int)(rest - text);
    if (!strip_thousands(rest, cp.buf, cp.pos, sizeof cp.buf))
        return sli_fail(err, SL_EPARSE, "claim", "text too long; expected %s",
                        claim_expected);
    trim_right(cp.buf);
    *plus = cp.buf[0] && cp.buf[strlen(cp.buf) - 1] == '+';
    if (*plus) { /* "3 million+": that many or more */
        plus_col = claim_column(&cp, cp.buf + strlen(cp.buf) - 1);
        cp.buf[strlen(cp.buf) - 1] = '\0';
        trim_right(cp.buf);
    }
    kind = range_sep(cp.buf, &after);
    if (kind == SEP_TO || kind == SEP_AND || kind == SEP_EN_DASH)
        return sli_fail_at(err, SL_EPARSE, "claim", 0,
                           claim_column(&cp, cp.buf), "\"%.60s\": the range "
                           "has no low end; write both ends, e.g. \"300,000 "
                           "to 500,000\"", text);
    cur = cp.buf;
    if ((st = claim_number(&cp, &cur, 0, lo, &f_lo, err)))
        return st;
    kind = range_sep(cur, &after);
    if (kind != SEP_NONE)
        return claim_range(&cp, cur, kind, after, between, q, qcol, plus_col,
                           f_lo, lo, hi, err);
    if (between)
        return *cur ? claim_trailing(&cp, cur, cp.buf, f_lo, 1, err)
                    : sli_fail_at(err, SL_EPARSE, "claim", 0,
                                  claim_column(&cp, cur), "\"%.60s\": the "
                                  "range has no high end; write both ends, "
                                  "e.g. \"between 300,000 and 500,000\"",
                                  text);
    if (*cur)
        return claim_trailing(&cp, cur, cp.buf, f_lo, 0, err);
    if (f_lo == 0) { /* "4.800" */
        size_t dl;
        if (dot_thousands(cp.buf, &dl) == 0)
            return dot_thousands_fail(err, "claim", cp.buf, dl,
                                      claim_column(&cp, cp.buf));
    }
    *lo *= f_lo > 0 ? f_lo : 1.0;
    return claim_end_check(lo, NULL, 0, err);
}

/* The claim: a total with its qualifier, or a range (SL_QUAL_RANGE), with
 * source and date for the record. */
sl_status sl_scenario_set_claim(sl_scenario *sc, const char *text,
                                const char *source, const char *date,
                                sl_error *err)
{
    sli_claim c;
    const char *rest;
    sl_status st;
    int plus = 0;
    if (!sc || !text)
        return sli_fail(err, SL_EINVAL, sc ? "claim" : "sc",
                        "argument must not be NULL");
    memset(&c, 0, sizeof c);
    c.q = sl_qualifier_parse(text, &rest);
    st = parse_claim_value(text, rest, c.q, &c.value, &c.high, &plus, err);
    if (st != SL_OK)
        return st;
    if (!isnan(c.high))
        c.q = SL_QUAL_RANGE;
    if (plus && c.q != SL_QUAL_EXACT && c.q != SL_QUAL_ABOUT)
        return sli_fail(err, SL_EPARSE, "claim", "\"%.60s\": a trailing + "
                        "(that many or more) goes with no qualifier or "
                        "\"about\", not \"%s\"", text,
                        sl_qualifier_name(c.q));
    if (plus) /* "about 4.8 million+", as a count's "about 20,000+" */
        c.q = SL_QUAL_AT_LEAST;
    if (!sli_strlcpy(c.source, source, sizeof c.source))
        return sli_fail(err, SL_ERANGE, "claim.source", SLI_TOO_LONG "; "
                        "shorten it", strlen(source), sizeof c.source - 1);
    if (!sli_strlcpy(c.date, date, sizeof c.date))
        return sli_fail(err, SL_ERANGE, "claim.date", SLI_TOO_LONG "; "
                        "expected a date such as 2024-06-14", strlen(date),
                        sizeof c.date - 1);
    if (sli_one_line(source, "claim.source", err) != SL_OK ||
        sli_one_line(date, "claim.date", err) != SL_OK)
        return SL_EINVAL;
    sli_strlcpy(c.text, text, sizeof c.text);
    c.set = 1;
    sc->claim = c;
    return SL_OK;
}

/* Remove the claim. */
void sl_scenario_clear_claim(sl_scenario *sc)
{
    if (sc)
        memset(&sc->claim, 0, sizeof sc->claim);
}

/* The report label; NULL clears it. */
sl_status sl_scenario_set_title(sl_scenario *sc, const char *title,
                                sl_error *err)
{
    if (!sc)
        return sli_fail(err, SL_EINVAL, "sc", "scenario must not be NULL");
    if (title && strlen(title) >= sizeof sc->title)
        return sli_fail(err, SL_ERANGE, "title", SLI_TOO_LONG "; shorten it",
                        strlen(title), sizeof sc->title - 1);
    if (sli_one_line(title, "title", err) != SL_OK)
        return SL_EINVAL;
    sli_strlcpy(sc->title, title, sizeof sc->title);
    return SL_OK;
}

/* ------------------------------------------------------------------ */
/* Validation                                                          */

/* Index of the "rest" entry of list v, or v->n when none. */
static size_t rest_index(const sl_scenario *sc, const list_view *v)
{
    size_t i;
    for (i = 0; i < v->n; i++)
        if (v->share_at(sc, i)->is_rest)
            return i;
    return v->n;
}

/* The share rules of scenario.h for one list. */
static sl_status check_shares(const sl_scenario *sc, const list_view *v,
                              sl_error *err)
{
    char where[SL_ERROR_WHERE_MAX];
    double sum = 0.0, sum_hi = 0.0;
    size_t i, rest = rest_index(sc, v);
    if (v->n == 0)
        return sli_fail(err, SL_EINVAL, v->list, "no %s given; add at least "
                        "one (%s)", v->cargo ? "cargo type" : "container type",
                        v->cargo ? "e.g. 152mm-shell-mass-equiv"
                                 : "e.g. iso-20");
    for (i = 0; i < v->n; i++) {
        const sli_share *s = v->share_at(sc, i);
        if (s->is_rest)
            continue;
        if (rest == v->n && !sl_dist_is_const(&s->dist))
            return sli_fail(err, SL_EINVAL,
                            field(where, sizeof where, v->list, i, "share"),
                            "an uncertain share needs another share of %s "
                            "to be \"rest\" (1 minus the others); make one "
                            "rest or give fixed shares summing to 1",
                            v->list);
        sum += s->dist.lo;
        sum_hi += s->dist.hi;
    }
    if (rest == v->n && fabs(sum - 1.0) > SHARE_SUM_TOL)
        return sli_fail(err, SL_EINVAL, v->list, "the shares of %s sum to "
                        "%.10g, not 1; make them sum to 1 or make one "
                        "\"rest\"", v->list, sum);
    if (rest < v->n && sum_hi > 1.0 + SHARE_SUM_TOL)
        return sli_fail(err, SL_EINVAL,
                        field(where, sizeof where, v->list, rest, "share"),
                        "the other shares of %s can reach %.10g together, "
                        "above 1, so \"rest\" could be negative; lower their "
                        "upper ends to sum to at most 1 (a \"lo to hi\" "
                        "share can reach 1; uniform(a, b) and pert(a, m, b) "
                        "stay inside [a, b])", v->list, sum_hi);
    return SL_OK;
}

/*
 * The dunnage against each container type's payload (rated gross less
 * tare, the most at the ends of their ranges): a dunnage at or above it
 * leaves no room for cargo and is almost surely a typo ("50,250" read as
 * 50,250 kg for the range 50-250).  Checked only with packaged cargo, the
 * only cargo that carries dunnage.
 */
static sl_status check_dunnage(const sl_scenario *sc, sl_error *err)
{
    double dun = sc->rules.dunnage_range[1] > sc->rules.dunnage
                     ? sc->rules.dunnage_range[1]
                     : sc->rules.dunnage;
    int packaged = 0;
    size_t i;
    for (i = 0; i < sc->ngtypes; i++)
        packaged |= sc->gtypes[i].entry.kind == SL_CARGO_PACKAGED;
    for (i = 0; packaged && i < sc->nctypes; i++) {
        const sl_container *c = &sc->ctypes[i].entry;
        double payload = c->max_gross.dist.hi - c->tare.dist.lo;
        char d[40], p[40], g[40], t[40];
        if (dun < payload)
            continue;
        sl_format_number(dun, 0, 0, d, sizeof d);
        sl_format_number(payload, 0, 0, p, sizeof p);
        sl_format_number(c->max_gross.dist.hi, 0, 0, g, sizeof g);
        sl_format_number(c->tare.dist.lo, 0, 0, t, sizeof t);
        return sli_fail(err, SL_ERANGE, "load_rules.dunnage",
                        "a dunnage of %s kg per container is at or above "
                        "the payload of %s, %s kg at most (rated gross %s kg "
                        "less tare %s kg), leaving no room for cargo; a range "
                        "of dunnage is two numbers, such as 50-250 in an "
                        "option or [50, 250] in a file (a comma separates "
                        "thousands)", d, c->id, p, g, t);
    }
    return SL_OK;
}

sl_status sli_scenario_check_list(const sl_scenario *sc, int cargo,
                                  sl_error *err)
{
    list_view v = view_of(sc, cargo);
    return check_shares(sc, &v, err);
}

/* The scenario as a whole: count set, lists non-empty, share rules,
 * entries valid, a dunnage below every payload. */
sl_status sl_scenario_validate(const sl_scenario *sc, sl_error *err)
{
    list_view v;
    size_t i;
    sl_status st;
    if (!sc)
        return sli_fail(err, SL_EINVAL, "sc", "scenario must not be NULL");
    if (!sc->containers_set)
        return sli_fail(err, SL_ESTATE, "containers", "no container count "
                        "given; set one such as 10,000 or \"6,700 to 7,000\"");
    v = view_of(sc, 0);
    st = check_shares(sc, &v, err);
    if (st != SL_OK)
        return st;
    v = view_of(sc, 1);
    st = check_shares(sc, &v, err);
    if (st != SL_OK)
        return st;
    for (i = 0; i < sc->nctypes && st == SL_OK; i++)
        st = sl_container_check(&sc->ctypes[i].entry, err);
    for (i = 0; i < sc->ngtypes && st == SL_OK; i++)
        st = sl_cargo_check(&sc->gtypes[i].entry, err);
    return st == SL_OK ? check_dunnage(sc, err) : st;
}

/* ------------------------------------------------------------------ */
/* Read-only views                                                     */

sl_status sl_scenario_set_notes(sl_scenario *sc, const char *notes,
                                sl_error *err)
{
    char *cp;
    sl_status st;
    if (!sc)
        return sli_fail(err, SL_EINVAL, "sc", "scenario must not be NULL");
    if ((st = sli_notes_dup(notes, "notes", &cp, err)) != SL_OK)
        return st;
    free(sc->notes);
    sc->notes = cp;
    return SL_OK;
}

const char *sl_scenario_notes(const sl_scenario *sc)
{
    return !sc ? NULL : sc->notes ? sc->notes : "";
}

const char *sli_scenario_catalog_notes(const sl_scenario *sc)
{
    return sl_catalog_notes(sc->cat);
}

/* The title ("" when none); NULL for a NULL scenario. */
const char *sl_scenario_title(const sl_scenario *sc)
{
    return sc ? sc->title : NULL;
}

/* The container count, or NULL when not set (*q gets EXACT then). */
const sl_dist *sl_scenario_containers(const sl_scenario *sc, sl_qualifier *q)
{
    if (q)
        *q = sc && sc->containers_set ? sc->containers_q : SL_QUAL_EXACT;
    return sc && sc->containers_set ? &sc->containers : NULL;
}

/* Number of container types. */
size_t sl_scenario_container_type_count(const sl_scenario *sc)
{
    return sc ? sc->nctypes : 0;
}

/* Set the optional share outputs of an entry. */
static void share_out(const sli_share *s, const sl_dist **share,
                      int *is_rest)
{
    if (share)
        *share = s ? &s->dist : NULL;
    if (is_rest)
        *is_rest = s ? s->is_rest : 0;
}

/* Container type i with its share; NULL when out of range. */
const sl_container *sl_scenario_container_type(const sl_scenario *sc,
                                               size_t i, const sl_dist **share,
                                               int *is_rest)
{
    int ok = sc && i < sc->nctypes;
    share_out(ok ? &sc->ctypes[i].share : NULL, share, is_rest);
    return ok ? &sc->ctypes[i].entry : NULL;
}

/* Number of cargo types. */
size_t sl_scenario_cargo_type_count(const sl_scenario *sc)
{
    return sc ? sc->ngtypes : 0;
}

/* Cargo type i with its share; NULL when out of range. */
const sl_cargo *sl_scenario_cargo_type(const sl_scenario *sc, size_t i,
                                       const sl_dist **share, int *is_rest)
{
    int ok = sc && i < sc->ngtypes;
    share_out(ok ? &sc->gtypes[i].share : NULL, share, is_rest);
    return ok ? &sc->gtypes[i].entry : NULL;
}

/* The fill distribution. */
const sl_dist *sl_scenario_fill(const sl_scenario *sc)
{
    return sc ? &sc->fill : NULL;
}

/* The loading rules. */
const sl_load_rules *sl_scenario_load_rules(const sl_scenario *sc)
{
    return sc ? &sc->rules : NULL;
}

/* The claim's range, if it is one. */
int sl_scenario_claim_range(const sl_scenario *sc, double *low, double *high)
{
    int range = sc && sc->claim.set && sc->claim.q == SL_QUAL_RANGE;
    if (low)
        *low = range ? sc->claim.value : NAN;
    if (high)
        *high = range ? sc->claim.high : NAN;
    return range;
}

/* The claim, if set. */
int sl_scenario_claim(const sl_scenario *sc, double *value, sl_qualifier *q,
                      const char **source, const char **date)
{
    int set = sc && sc->claim.set;
    if (value)
        *value = set ? sc->claim.value : NAN;
    if (q)
        *q = set ? sc->claim.q : SL_QUAL_EXACT;
    if (source)
        *source = set ? sc->claim.source : NULL;
    if (date)
        *date = set ? sc->claim.date : NULL;
    return set;
}
