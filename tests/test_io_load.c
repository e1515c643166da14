/* tests/test_io_load.c - scenario and catalog files: every field, and
 * errors placed at file, line, column and field. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "testutil.h"

/* A figure object in a catalog file. */
#define FIG(v, c, s)                                                       \
    "{\"value\": " #v ", \"conf\": \"" c "\", \"source\": \"" s "\"}"

static sl_catalog *cat;
static sl_scenario *sc;
static sl_options opt;
static sl_error e;

static void setup(void)
{
    sl_error_clear(&e);
    ck_assert_int_eq(sl_catalog_builtin(&cat, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_alloc(cat, &sc, &e), SL_OK);
    sl_options_init(&opt);
}

static void teardown(void)
{
    sl_scenario_free(sc);
    sl_catalog_free(cat);
}

/* Load text as a scenario file named "s.json". */
static sl_status load(const char *text)
{
    sl_error_clear(&e);
    return sl_scenario_load_string(sc, &opt, text, "s.json", &e);
}

/* Assert the last error: status, where, and a piece of what. */
static void expect(sl_status got, sl_status want, const char *where,
                   const char *piece)
{
    ck_assert_int_eq(got, want);
    ck_assert_int_eq(e.status, want);
    ck_assert_str_eq(e.where, where);
    ck_assert_msg(strstr(e.what, piece) != NULL, "\"%s\" lacks \"%s\"",
                  e.what, piece);
}

/* Write text to a file under the build tree; returns its path. */
static const char *write_tmp(const char *name, const char *text)
{
    static char path[512];
    FILE *f;
    snprintf(path, sizeof path, "%s/test_io_load_%s", SL_BINARY_DIR, name);
    f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static const char full[] =
    "{\n"
    "  \"title\": \"Row B, rockets\",\n"
    "  \"notes\": \"either/or conversion\",\n"
    "  \"containers\": \"about 6,700\",\n"
    "  \"container_types\": [{\"id\": \"iso-20\", \"share\": 0.625},\n"
    "                      {\"id\": \"iso-40\", \"share\": \"rest\"}],\n"
    "  \"cargo\": [{\"id\": \"122mm-grad\"}],\n"
    "  \"fill\": \"85%\",\n"
    "  \"load_rules\": {\"margin_length\": 120.5, \"margin_width\": 30.25,\n"
    "                 \"margin_height\": 75, \"dunnage\": 412.5,\n"
    "                 \"check_door\": false},\n"
    "  \"claim\": {\"value\": \"more than 500,000\", \"source\": \"Shin\",\n"
    "            \"date\": \"2024-02-26\"},\n"
    "  \"samples\": 23850,\n"
    "  \"seed\": 9007199254740993\n"
    "}\n";

START_TEST(test_scenario_every_field)
{
    const sl_dist *d, *share;
    sl_qualifier q;
    const sl_load_rules *r;
    const char *src, *date;
    double v;
    int rest;
    ck_assert_int_eq(load(full), SL_OK);
    ck_assert_str_eq(sl_scenario_title(sc), "Row B, rockets");
    d = sl_scenario_containers(sc, &q);
    ck_assert_double_eq(d->lo, 6700.0);
    ck_assert_int_eq(q, SL_QUAL_ABOUT);
    ck_assert_uint_eq(sl_scenario_container_type_count(sc), 2);
    ck_assert_str_eq(sl_scenario_container_type(sc, 0, &share, &rest)->id,
                     "iso-20");
    ck_assert_double_eq(share->lo, 0.625);
    sl_scenario_container_type(sc, 1, &share, &rest);
    ck_assert_int_eq(rest, 1);
    ck_assert_uint_eq(sl_scenario_cargo_type_count(sc), 1);
    ck_assert_str_eq(sl_scenario_cargo_type(sc, 0, &share, &rest)->id,
                     "122mm-grad");
    ck_assert_double_eq(share->lo, 1.0);
    ck_assert_double_eq_tol(sl_scenario_fill(sc)->lo, 0.85, 1e-15);
    r = sl_scenario_load_rules(sc);
    ck_assert_double_eq(r->margin_length, 120.5);
    ck_assert_double_eq(r->margin_width, 30.25);
    ck_assert_double_eq(r->margin_height, 75.0);
    ck_assert_double_eq(r->dunnage, 412.5);
    ck_assert_int_eq(r->check_door, 0);
    ck_assert_int_eq(sl_scenario_claim(sc, &v, &q, &src, &date), 1);
    ck_assert_double_eq(v, 500000.0);
    ck_assert_int_eq(q, SL_QUAL_AT_LEAST);
    ck_assert_str_eq(src, "Shin");
    ck_assert_str_eq(date, "2024-02-26");
    ck_assert_uint_eq(opt.samples, 23850);
    ck_assert_uint_eq(opt.seed, 9007199254740993ULL);
    ck_assert_int_eq(sl_scenario_validate(sc, &e), SL_OK);
}
END_TEST

/* "margin_length": [low, high] is an uncertain figure whose nominal value
 * is the middle of its range. */
START_TEST(test_scenario_rule_ranges)
{
    const sl_load_rules *r;
    ck_assert_int_eq(load("{\"load_rules\": {\"margin_length\": [20.5, "
                          "180.25], \"dunnage\": [60, 245.5]}}"), SL_OK);
    r = sl_scenario_load_rules(sc);
    ck_assert_double_eq(r->margin_length, 100.375);
    ck_assert_double_eq(r->margin_length_range[0], 20.5);
    ck_assert_double_eq(r->margin_length_range[1], 180.25);
    ck_assert_double_eq(r->dunnage, 152.75);
    ck_assert_double_eq(r->dunnage_range[0], 60.0);
    ck_assert_double_eq(r->dunnage_range[1], 245.5);
}
END_TEST

/* {"value": nominal, "range": [low, high]}: a nominal figure elsewhere
 * than the middle (what --scenario-out writes for one); its faults are
 * placed at the key inside the object. */
START_TEST(test_scenario_rule_nominal_object)
{
    const sl_load_rules *r;
    ck_assert_int_eq(load("{\"load_rules\": {\"margin_length\": {\"value\": "
                          "37.25, \"range\": [12.5, 187.75]}}}"), SL_OK);
    r = sl_scenario_load_rules(sc);
    ck_assert_double_eq(r->margin_length, 37.25);
    ck_assert_double_eq(r->margin_length_range[0], 12.5);
    ck_assert_double_eq(r->margin_length_range[1], 187.75);
    expect(load("{\"load_rules\": {\"dunnage\": {\"value\": 61.5}}}"),
           SL_EPARSE, "s.json:1:28: load_rules.dunnage",
           "no \"range\"; an object gives both \"value\" (the nominal figure) "
           "and \"range\" ([low, high])");
    expect(load("{\"load_rules\": {\"dunnage\": {\"range\": [50, 250]}}}"),
           SL_EPARSE, "s.json:1:28: load_rules.dunnage", "no \"value\";");
    expect(load("{\"load_rules\": {\"dunnage\": {\"value\": \"61.5\", "
                "\"range\": [50, 250]}}}"),
           SL_EPARSE, "s.json:1:38: load_rules.dunnage.value",
           "found a string; expected the nominal figure, a number");
    expect(load("{\"load_rules\": {\"dunnage\": {\"value\": 61.5, "
                "\"range\": [50]}}}"),
           SL_EPARSE, "s.json:1:53: load_rules.dunnage.range",
           "found an array of other than two values; expected [low, high]");
    expect(load("{\"load_rules\": {\"dunnage\": {\"value\": 61.5, "
                "\"range\": [50, 250], \"mode\": 61.5}}}"),
           SL_EPARSE, "s.json:1:72: load_rules.dunnage.mode",
           "unknown field \"mode\"; expected one of: value, range");
    expect(load("{\"load_rules\": {\"dunnage\": {\"value\": 261.5, "
                "\"range\": [50, 250]}}}"),
           SL_ERANGE, "s.json:1:38: load_rules.dunnage.value",
           "the nominal figure 261.5 lies outside its range 50 to 250; "
           "expected a \"value\" from low to high");
    /* said in the file's terms: it advised "set the range too
       (sl_load_rules_fix makes every figure exact)", a C function */
    ck_assert_ptr_null(strstr(e.what, "sl_load_rules_fix"));
    /* nothing was changed by the failures */
    ck_assert_double_eq(sl_scenario_load_rules(sc)->margin_length, 37.25);
}
END_TEST

START_TEST(test_scenario_absent_fields_keep_values)
{
    sl_load_rules before = *sl_scenario_load_rules(sc);
    double v;
    ck_assert_int_eq(load("{\"containers\": 10000, \"claim\": 4800000,"
                          " \"load_rules\": {\"dunnage\": 250.75}}"),
                     SL_OK);
    ck_assert_uint_eq(sl_scenario_container_type_count(sc), 2);
    ck_assert_str_eq(sl_scenario_cargo_type(sc, 0, NULL, NULL)->id,
                     "152mm-shell-mass-equiv");
    ck_assert_double_eq(sl_scenario_containers(sc, NULL)->lo, 10000.0);
    ck_assert_int_eq(sl_scenario_claim(sc, &v, NULL, NULL, NULL), 1);
    ck_assert_double_eq(v, 4.8e6);
    ck_assert_double_eq(sl_scenario_load_rules(sc)->dunnage, 250.75);
    ck_assert_double_eq(sl_scenario_load_rules(sc)->margin_length,
                        before.margin_length);
    /* a number is exact: its range collapses to it; the others keep theirs */
    ck_assert_double_eq(sl_scenario_load_rules(sc)->dunnage_range[0], 250.75);
    ck_assert_double_eq(sl_scenario_load_rules(sc)->dunnage_range[1], 250.75);
    ck_assert_mem_eq(sl_scenario_load_rules(sc)->margin_length_range,
                     before.margin_length_range,
                     sizeof before.margin_length_range);
    ck_assert_uint_eq(opt.samples, 100000);
    /* claim null clears; a plain string claim works; opt may be NULL. */
    ck_assert_int_eq(sl_scenario_load_string(sc, NULL, "{\"claim\": null, "
                                             "\"samples\": 5}", NULL, &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_claim(sc, NULL, NULL, NULL, NULL), 0);
    ck_assert_int_eq(load("{\"claim\": \"up to 4.8 million\"}"), SL_OK);
    ck_assert_int_eq(sl_scenario_claim(sc, &v, NULL, NULL, NULL), 1);
    ck_assert_double_eq_tol(v, 4.8e6, 1e-6);
}
END_TEST

START_TEST(test_scenario_errors_placed)
{
    static const char bad_share[] =
        "{\n"
        "  \"cargo\": [\n"
        "    {\"id\": \"152mm-round\", \"share\": 0.5},\n"
        "    {\"id\": \"122mm-grad\", \"share\": \"lots\"}\n"
        "  ]\n"
        "}\n";
    expect(load(bad_share), SL_EPARSE, "s.json:4:35: cargo[1].share",
           "or rest");
    ck_assert_int_eq(e.line, 4);
    ck_assert_int_eq(e.column, 35);
    expect(load("{\"cargo\": [{\"id\": \"155mm\"}]}"), SL_ENOTFOUND,
           "s.json:1:19: cargo[0].id", "known: ");
    expect(load("{\"contaners\": 5}"), SL_EPARSE, "s.json:1:15: contaners",
           "unknown field \"contaners\"; expected one of: title, containers");
    expect(load("{\"cargo\": [{\"id\": \"kn-23\", \"shar\": 1}]}"), SL_EPARSE,
           "s.json:1:36: cargo[0].shar", "expected one of: id, share");
    expect(load("{\"containers\": true}"), SL_EPARSE,
           "s.json:1:16: containers", "found a boolean; expected a count");
    expect(load("{\"containers\": 0}"), SL_ERANGE, "s.json:1:16: containers",
           "at least 1");
    expect(load("{\"cargo\": {\"id\": \"kn-23\"}}"), SL_EPARSE,
           "s.json:1:11: cargo", "found an object; expected an array");
    expect(load("{\"cargo\": [\"kn-23\"]}"), SL_EPARSE,
           "s.json:1:12: cargo[0]", "found a string; expected an object");
    expect(load("{\"cargo\": [{\"share\": 1}]}"), SL_EPARSE,
           "s.json:1:12: cargo[0]", "no \"id\"");
    expect(load("{\"fill\": [1]}"), SL_EPARSE, "s.json:1:10: fill",
           "found an array");
    expect(load("{\"load_rules\": {\"dunnage\": \"heavy\"}}"), SL_EPARSE,
           "s.json:1:28: load_rules.dunnage", "a mass in kg");
    expect(load("{\"load_rules\": {\"margin_width\": -2.5}}"), SL_ERANGE,
           "s.json:1:33: load_rules.margin_width", ">= 0 (mm)");
    expect(load("{\"load_rules\": {\"margin_height\": [150, 50]}}"),
           SL_ERANGE, "s.json:1:34: load_rules.margin_height",
           "150 to 50 is not a range");
    expect(load("{\"load_rules\": {\"dunnage\": [10, 20, 30]}}"), SL_EPARSE,
           "s.json:1:28: load_rules.dunnage", "[low, high]");
    expect(load("{\"load_rules\": {\"margin_length\": [\"a\", 2]}}"),
           SL_EPARSE, "s.json:1:34: load_rules.margin_length",
           "a non-number");
    expect(load("{\"load_rules\": {\"check_door\": 1}}"), SL_EPARSE,
           "s.json:1:31: load_rules.check_door", "true or false");
    expect(load("{\"claim\": {\"source\": \"x\"}}"), SL_EPARSE,
           "s.json:1:11: claim", "no \"value\"");
    expect(load("{\"claim\": {\"value\": \"lots\"}}"), SL_EPARSE,
           "s.json:1:21: claim.value", "not a number");
    /* a range claim's errors name the field */
    expect(load("{\"claim\": {\"value\": \"471,300 to 238,500\"}}"),
           SL_ERANGE, "s.json:1:21: claim.value",
           "the low end 471,300 is not below the high end 238,500");
    expect(load("{\"claim\": \"up to 2,385 to 4,713\"}"), SL_EPARSE,
           "s.json:1:11: claim", "a qualifier (\"up to\") does not go with "
           "a range");
    expect(load("{\"claim\": {\"value\": 5, \"date\": 2024}}"), SL_EPARSE,
           "s.json:1:32: claim.date", "found an integer");
    expect(load("{\"samples\": 0}"), SL_ERANGE, "s.json:1:13: samples",
           "from 2 to 1000000000");
    expect(load("{\"samples\": 2.5}"), SL_EPARSE, "s.json:1:13: samples",
           "an integer");
    expect(load("{\"seed\": -1}"), SL_ERANGE, "s.json:1:10: seed",
           "is below 0; expected an integer >= 0, or above");
    expect(load("{\"seed\": \"18446744073709551616\"}"), SL_ERANGE,
           "s.json:1:10: seed", "above 2^64 - 1");
    expect(load("{\"seed\": \"-5\"}"), SL_EPARSE, "s.json:1:10: seed",
           "\"-5\" is not a seed");
    expect(load("{\"seed\": \"\"}"), SL_EPARSE, "s.json:1:10: seed",
           "a string of its digits");
    expect(load("{\"title\": 7}"), SL_EPARSE, "s.json:1:11: title",
           "a string");
    expect(load("{\"notes\": 7}"), SL_EPARSE, "s.json:1:11: notes",
           "a string");
    /* a list's share rules, at the list's line (they were found only when
       the scenario was validated, with no line) */
    expect(load("{\"cargo\": [{\"id\": \"152mm-round\", \"share\": 0.5},\n"
                " {\"id\": \"122mm-grad\", \"share\": 0.3}]}"),
           SL_EINVAL, "s.json:1:11: cargo", "sum to 0.8, not 1");
    expect(load("{\"container_types\": []}"), SL_EINVAL,
           "s.json:1:21: container_types", "no container type given");
    expect(load("{\"cargo\": [{\"id\": \"152mm-round\", \"share\": 0.5},\n"
                " {\"id\": \"122mm-grad\", \"share\": \"0.1 to 0.3\"}]}"),
           SL_EINVAL, "s.json:2:32: cargo[1].share",
           "an uncertain share needs another share");
    /* ... and a rest the others could push below 0, at the rest's share
       (docs/scenario-format.md) */
    expect(load("{\"cargo\": [{\"id\": \"152mm-round\", \"share\": \"uniform(0.5, 0.7)\"},\n"
                " {\"id\": \"122mm-grad\", \"share\": \"uniform(0.4, 0.5)\"},\n"
                " {\"id\": \"non-munition\", \"share\": \"rest\"}]}"),
           SL_EINVAL, "s.json:3:34: cargo[2].share", "can reach 1.2 together");
}
END_TEST

/* Brackets, braces and escaped quotes inside strings do not throw off the
 * position of a later field. */
START_TEST(test_position_after_tricky_strings)
{
    static const char text[] =
        "{\"title\": \"a \\\"quoted\\\" [title] {x}, \\\\\",\n"
        " \"notes\": \"]]}}\",\n"
        " \"cargo\": [{\"id\": \"kn-23\", \"share\": [1]},\n"
        "           {\"id\": \"kn-23\", \"share\": \"bad\"}]}";
    expect(load(text), SL_EPARSE, "s.json:3:37: cargo[0].share",
           "found an array");
}
END_TEST

/* Columns count characters, as jansson's syntax errors do: after a title
 * of 9 characters in 15 bytes, a bad field sat 6 columns right of where
 * the syntax error beside it was placed; and a UTF-8 byte-order mark is
 * skipped, where it read "'[' or '{' expected near" an invisible mark. */
START_TEST(test_position_in_characters)
{
/* "Ünïcödé ✓": 9 characters in 15 bytes */
#define UNI "\xc3\x9c" "n" "\xc3\xaf" "c" "\xc3\xb6" "d" "\xc3\xa9" " \xe2\x9c\x93"
    expect(load("{\"title\": \"" UNI "\", \"fill\": 2}"),
           SL_ERANGE, "s.json:1:32: fill", "above the maximum");
    expect(load("{\"title\": \"" UNI "\", \"fill\": 2,}"),
           SL_EPARSE, "s.json:1:34", "not valid JSON");
    /* a Latin-1 file: the encoding expected is named */
    expect(load("{\"title\": \"caf\xe9\"}"), SL_EPARSE, "s.json:1:14",
           "unable to decode byte 0xe9 near '\"caf'; expected UTF-8 text "
           "(save the file as UTF-8)");
    ck_assert_int_eq(load("\xef\xbb\xbf{\"title\": \"bom\"}"), SL_OK);
    ck_assert_str_eq(sl_scenario_title(sc), "bom");
    expect(load("\xef\xbb\xbf{\"fill\": 2}"), SL_ERANGE, "s.json:1:10: fill",
           "above the maximum");
    expect(load("\xef\xbb\xbf{\"fill\": 2,}"), SL_EPARSE, "s.json:1:12",
           "not valid JSON");
    sl_error_clear(&e);
    ck_assert_int_eq(sl_catalog_load_string(cat, "\xef\xbb\xbf{\"notes\": 3}",
                                            "c.json", &e), SL_EPARSE);
    ck_assert_str_eq(e.where, "c.json:1:11: notes");
#undef UNI
}
END_TEST

/* One-line text fields refuse control characters, which the text reports
 * printed raw: an escape sequence in a shared file's title drove the
 * reader's terminal (ESC [ 31 m turned the report red), a line break broke
 * the register's layout. */
static sl_status load_cat(const char *text);

/* A field's limit counts bytes, and the message says so: a title of 100
 * Hangul characters (300 bytes in UTF-8) was "longer than 255
 * characters". */
START_TEST(test_text_limits_in_bytes)
{
    char doc[700], title[301];
    for (int i = 0; i < 100; i++)
        memcpy(title + 3 * i, "\xea\xb0\x80", 3); /* U+AC00 */
    title[300] = '\0';
    snprintf(doc, sizeof doc, "{\"title\": \"%s\"}", title);
    expect(load(doc), SL_ERANGE, "s.json:1:11: title",
           "300 bytes, more than 255 (in UTF-8 a character outside ASCII "
           "takes 2 to 4)");
    ck_assert_ptr_null(strstr(e.what, "characters;"));
    snprintf(doc, sizeof doc, "{\"claim\": {\"value\": 5, \"date\": "
             "\"%.90s\"}}", title);
    expect(load(doc), SL_ERANGE, "s.json:1:32: claim.date",
           "90 bytes, more than 63");
    snprintf(doc, sizeof doc, "{\"cargo\": [{\"id\": \"x2\", \"like\": "
             "\"kn-23\", \"name\": \"%.120s\"}]}", title);
    expect(load_cat(doc), SL_ERANGE, "c.json:1:50: cargo[0].name",
           "120 bytes, more than 95");
}
END_TEST

START_TEST(test_like_earlier_in_file)
{
    /* "like" may name an entry given before it in the same file (it was
       "unknown cargo id", though the docs said "loaded earlier"), not one
       after it */
    ck_assert_int_eq(load_cat("{\"cargo\": [{\"id\": \"a1\", \"like\": "
                              "\"kn-23\", \"name\": \"first\"}, {\"id\": \"a2\", "
                              "\"like\": \"a1\"}], \"containers\": [{\"id\": "
                              "\"c1\", \"like\": \"iso-20\"}, {\"id\": \"c2\", "
                              "\"like\": \"c1\", \"tare\": {\"value\": 2000, "
                              "\"conf\": \"V\", \"source\": \"s\"}}]}"), SL_OK);
    ck_assert_str_eq(sl_catalog_find_cargo(cat, "a2")->name, "a2");
    ck_assert(sl_catalog_find_cargo(cat, "a2")->unit_mass.nominal ==
              sl_catalog_find_cargo(cat, "kn-23")->unit_mass.nominal);
    ck_assert(sl_catalog_find_container(cat, "c2")->tare.nominal == 2000);
    ck_assert(sl_catalog_find_container(cat, "c2")->length.nominal ==
              sl_catalog_find_container(cat, "iso-20")->length.nominal);
    expect(load_cat("{\"cargo\": [{\"id\": \"b2\", \"like\": \"b1\"}, "
                    "{\"id\": \"b1\", \"like\": \"kn-23\"}]}"),
           SL_ENOTFOUND, "c.json:1:33: cargo[0].like",
           "or given before it in this file");
}
END_TEST

START_TEST(test_one_line_text)
{
    ck_assert_int_eq(load("{\"title\": \"kept\"}"), SL_OK);
    expect(load("{\"title\": \"red \\u001b[31mALERT\"}"), SL_EINVAL,
           "s.json:1:11: title", "control character U+001B at character 5");
    ck_assert_str_eq(sl_scenario_title(sc), "kept");
    expect(load("{\"claim\": {\"value\": 5, \"source\": \"a\\nb\"}}"),
           SL_EINVAL, "s.json:1:34: claim.source", "U+000A at character 2");
    expect(load("{\"claim\": {\"value\": 5, \"date\": \"2024\\t06\"}}"),
           SL_EINVAL, "s.json:1:32: claim.date", "U+0009");
    /* from C too, so that sl_scenario_to_json writes only what loads */
    sl_error_clear(&e);
    ck_assert_int_eq(sl_scenario_set_title(sc, "two\nlines", &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "title");
    ck_assert_str_eq(sl_scenario_title(sc), "kept");
    ck_assert_int_eq(sl_scenario_set_claim(sc, "5", "x\x7f", NULL, &e),
                     SL_EINVAL);
    ck_assert_str_eq(e.where, "claim.source");
    expect(load_cat("{\"cargo\": [{\"id\": \"x1\", \"like\": \"kn-23\", "
                    "\"name\": \"a\\tb\"}]}"),
           SL_EPARSE, "c.json:1:50: cargo[0].name", "U+0009 at character 2");
    expect(load_cat("{\"containers\": [{\"id\": \"iso-20\", \"tare\": "
                    "{\"value\": 2300, \"conf\": \"V\", \"source\": "
                    "\"one\\ntwo\"}}]}"),
           SL_EPARSE, "c.json:1:81: containers[0].tare.source", "U+000A");
    ck_assert_ptr_null(sl_catalog_find_cargo(cat, "x1"));
    /* C1 controls and the line and paragraph separators: a reader such
       as Python's splitlines broke the samples file's header there */
    expect(load("{\"title\": \"a\\u0085b\"}"), SL_EINVAL,
           "s.json:1:11: title", "control character U+0085 at character 2");
    expect(load("{\"claim\": {\"value\": 5, \"source\": \"x\\u2028y\"}}"),
           SL_EINVAL, "s.json:1:34: claim.source", "U+2028 at character 2");
    ck_assert_int_eq(sl_scenario_set_title(sc, "p\xe2\x80\xa9q", &e),
                     SL_EINVAL);
    ck_assert_ptr_nonnull(strstr(e.what, "U+2029"));
    ck_assert_int_eq(sl_scenario_set_title(sc, "\xc2\x9b" "31m", &e),
                     SL_EINVAL); /* CSI, an escape sequence's one byte */
    ck_assert_str_eq(sl_scenario_title(sc), "kept");
    /* letters around them are text: U+00A0, U+00E9, U+2027, U+202A */
    ck_assert_int_eq(load("{\"title\": \"\\u00a0\\u00e9\\u2027\\u202a\"}"),
                     SL_OK);
}
END_TEST

/* 1 if s is well-formed UTF-8 (a test's own check, byte by byte). */
static int is_utf8(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        int n = *p < 0x80 ? 1 : (*p & 0xE0) == 0xC0 ? 2
                : (*p & 0xF0) == 0xE0 ? 3 : (*p & 0xF8) == 0xF0 ? 4 : 0;
        if (n == 0)
            return 0;
        for (int i = 1; i < n; i++)
            if ((p[i] & 0xC0) != 0x80)
                return 0;
        p += n;
    }
    return 1;
}

/* Text that is not UTF-8 is refused where it is set: a Latin-1 title was
 * taken, and the JSON writers then failed with "out of memory".  A figure's
 * source cut to its field is cut between characters (a dangling lead byte
 * made sl_catalog_to_json fail the same way), and an error's where and
 * what, whose byte-counted cuts ("%.80s") split characters, stay UTF-8. */
START_TEST(test_text_utf8)
{
    char src[301], name[200], *out = NULL;
    sl_container c;
    ck_assert_int_eq(sl_scenario_set_title(sc, "kept", &e), SL_OK);
    sl_error_clear(&e);
    ck_assert_int_eq(sl_scenario_set_title(sc, "Lieferung \xe9t\xe9 2024",
                                           &e), SL_EINVAL);
    ck_assert_str_eq(e.where, "title");
    ck_assert_ptr_nonnull(strstr(e.what, "byte 0xE9 at character 11 is not "
                                 "UTF-8"));
    ck_assert_str_eq(sl_scenario_title(sc), "kept");
    ck_assert_int_eq(sl_scenario_set_claim(sc, "5", "\xc3(", NULL, &e),
                     SL_EINVAL);
    ck_assert_str_eq(e.where, "claim.source");
    /* 150 characters of 2 bytes: the source field holds 255 bytes */
    for (int i = 0; i < 150; i++)
        memcpy(src + 2 * i, "\xc3\xa9", 2);
    src[300] = '\0';
    c = *sl_catalog_find_container(cat, "iso-20");
    sl_figure_set(&c.tare, 2300, SL_CONF_V, src);
    ck_assert(is_utf8(c.tare.source));
    ck_assert_uint_eq(strlen(c.tare.source), 254);
    ck_assert_int_eq(sl_catalog_put_container(cat, &c, &e), SL_OK);
    ck_assert_int_eq(sl_catalog_to_json(cat, 0, &out, &e), SL_OK);
    sl_free(out);
    /* a file name of 1 + 59 two-byte characters: where cuts it at 80
       bytes, inside the 40th */
    name[0] = 'x';
    for (int i = 0; i < 59; i++)
        memcpy(name + 1 + 2 * i, "\xc3\xa9", 2);
    memcpy(name + 119, ".json", 6);
    ck_assert_int_ne(sl_scenario_load_string(sc, &opt, "{\"fill\": 7}",
                                             name, &e), SL_OK);
    ck_assert(is_utf8(e.where));
    ck_assert(is_utf8(e.what));
}
END_TEST

START_TEST(test_scenario_syntax_errors)
{
    expect(load(""), SL_EPARSE, "s.json:1:1", "empty");
    expect(load(" \n\t "), SL_EPARSE, "s.json:1:1", "empty");
    expect(load("{\"containers\": 10000,\n \"fill\": "), SL_EPARSE,
           "s.json:2:9", "not valid JSON");
    expect(load("[1, 2]"), SL_EPARSE, "s.json:1:1", "top level is an array");
    expect(load("{\"fill\": 1, \"fill\": 0.5}"), SL_EPARSE, "s.json:1:18",
           "duplicate");
    expect(load("{\"fill\": 1} x"), SL_EPARSE, "s.json:1:13",
           "not valid JSON");
}
END_TEST

START_TEST(test_scenario_unchanged_on_error)
{
    ck_assert_int_eq(load("{\"title\": \"kept\", \"samples\": 7}"), SL_OK);
    /* The title and samples load before the bad share is seen. */
    expect(load("{\"title\": \"lost\", \"samples\": 9, \"cargo\": "
                "[{\"id\": \"kn-23\", \"share\": \"rest\"}, "
                "{\"id\": \"122mm-grad\", \"share\": \"rest\"}]}"),
           SL_EINVAL, "s.json:1:107: cargo[1].share", "already \"rest\"");
    ck_assert_str_eq(sl_scenario_title(sc), "kept");
    ck_assert_uint_eq(opt.samples, 7);
    ck_assert_uint_eq(sl_scenario_cargo_type_count(sc), 1);
    ck_assert_str_eq(sl_scenario_cargo_type(sc, 0, NULL, NULL)->id,
                     "152mm-shell-mass-equiv");
}
END_TEST

START_TEST(test_scenario_files)
{
    char dir[512];
    const char *p = write_tmp("ok.json", "{\"containers\": \"at least 2,385\"}");
    sl_qualifier q;
    ck_assert_int_eq(sl_scenario_load_file(sc, &opt, p, &e), SL_OK);
    ck_assert_double_eq(sl_scenario_containers(sc, &q)->lo, 2385.0);
    ck_assert_int_eq(q, SL_QUAL_AT_LEAST);

    p = write_tmp("bad.json", "{\n  \"fill\": \"full\"\n}\n");
    sl_error_clear(&e);
    ck_assert_int_eq(sl_scenario_load_file(sc, &opt, p, &e), SL_EPARSE);
    ck_assert_ptr_nonnull(strstr(e.where, "test_io_load_bad.json:2:11: fill"));

    p = write_tmp("empty.json", "");
    sl_error_clear(&e);
    ck_assert_int_eq(sl_scenario_load_file(sc, &opt, p, &e), SL_EPARSE);
    ck_assert_ptr_nonnull(strstr(e.what, "empty"));

    snprintf(dir, sizeof dir, "%s/test_io_load_dir.json", SL_BINARY_DIR);
    mkdir(dir, 0700);
    sl_error_clear(&e);
    ck_assert_int_eq(sl_scenario_load_file(sc, &opt, dir, &e), SL_EIO);
    ck_assert_str_eq(e.where, dir);
    ck_assert_ptr_nonnull(strstr(e.what, "is a directory"));

    sl_error_clear(&e);
    ck_assert_int_eq(sl_scenario_load_file(sc, &opt, "/nonexistent/x.json",
                                           &e), SL_EIO);
    ck_assert_ptr_nonnull(strstr(e.what, "No such file"));
    ck_assert_int_eq(sl_scenario_load_file(NULL, &opt, p, &e), SL_EINVAL);
    ck_assert_int_eq(sl_scenario_load_file(sc, &opt, NULL, &e), SL_EINVAL);
    ck_assert_int_eq(sl_scenario_load_string(sc, &opt, NULL, NULL, &e),
                     SL_EINVAL);
}
END_TEST

/* ---- catalog files ---- */

/* Load text as a catalog file named "c.json". */
static sl_status load_cat(const char *text)
{
    sl_error_clear(&e);
    return sl_catalog_load_string(cat, text, "c.json", &e);
}


static const char new_entries[] =
    "{\"notes\": \"test\",\n"
    " \"containers\": [\n"
    "  {\"id\": \"rail-20\", \"name\": \"Russian 20 ft rail container\",\n"
    "   \"length\": " FIG(5867, "V2", "seller A") ",\n"
    "   \"width\": " FIG(2330, "V2", "seller A") ",\n"
    "   \"height\": " FIG(2350, "V2", "seller A") ",\n"
    "   \"door_width\": " FIG(2290, "V2", "seller A") ",\n"
    "   \"door_height\": " FIG(2260, "V2", "seller A") ",\n"
    "   \"tare\": {\"value\": 2250, \"conf\": \"EST\", \"source\": \"guess\",\n"
    "            \"range\": \"uniform(2100, 2400)\"},\n"
    "   \"max_gross\": " FIG(24000, "V", "GOST") "}],\n"
    " \"cargo\": [\n"
    "  {\"id\": \"test-crate\", \"unit\": \"round\", \"kind\": \"packaged\",\n"
    "   \"munition\": true, \"unit_mass\": " FIG(21.75, "D", "calc") ",\n"
    "   \"packages\": [{\"name\": \"crate\", \"units\": 2,\n"
    "     \"length\": " FIG(1180, "V2", "m") ", \"width\": " FIG(460, "V2", "m")
    ",\n     \"height\": " FIG(230, "V2", "m") ", \"gross\": "
    FIG(61.5, "V2", "m") ", \"vertical\": \"hw\", \"max_stack\": [8, 11]}]}]}\n";

START_TEST(test_catalog_new_entries)
{
    const sl_container *c;
    const sl_cargo *g;
    size_t nc = sl_catalog_container_count(cat);
    ck_assert_int_eq(load_cat(new_entries), SL_OK);
    ck_assert_uint_eq(sl_catalog_container_count(cat), nc + 1);
    c = sl_catalog_find_container(cat, "rail-20");
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(c->name, "Russian 20 ft rail container");
    ck_assert_double_eq(c->length.nominal, 5867.0);
    ck_assert_int_eq(c->length.conf, SL_CONF_V2);
    ck_assert_str_eq(c->length.source, "seller A");
    ck_assert_double_eq(c->tare.nominal, 2250.0);
    ck_assert_int_eq(c->tare.conf, SL_CONF_EST);
    ck_assert_int_eq(c->tare.dist.kind, SL_DIST_UNIFORM);
    ck_assert_double_eq(c->tare.dist.hi, 2400.0);
    g = sl_catalog_find_cargo(cat, "test-crate");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(g->kind, SL_CARGO_PACKAGED);
    ck_assert_uint_eq(g->npackages, 1);
    ck_assert_double_eq(g->package[0].units, 2.0);
    ck_assert_double_eq(g->package[0].gross.nominal, 61.5);
    ck_assert_str_eq(g->package[0].vertical, "hw");
    ck_assert_int_eq(g->package[0].max_stack, 8);
    ck_assert_int_eq(g->package[0].max_stack_hi, 11);
    /* A scenario can use the new entries. */
    sl_scenario_free(sc);
    ck_assert_int_eq(sl_scenario_alloc(cat, &sc, &e), SL_OK);
    ck_assert_int_eq(load("{\"container_types\": [{\"id\": \"rail-20\"}], "
                          "\"cargo\": [{\"id\": \"test-crate\"}]}"),
                     SL_OK);
}
END_TEST

START_TEST(test_catalog_override_and_like)
{
    const sl_container *c, *orig;
    sl_container before = *sl_catalog_find_container(cat, "iso-20");
    ck_assert_int_eq(load_cat("{\"containers\": [{\"id\": \"iso-20\", "
                              "\"max_gross\": " FIG(30000, "V", "plate") "},"
                              "{\"id\": \"iso-20-28t\", \"like\": \"iso-20\","
                              " \"max_gross\": " FIG(28000, "V", "plate")
                              "}]}"),
                     SL_OK);
    orig = sl_catalog_find_container(cat, "iso-20");
    ck_assert_double_eq(orig->max_gross.nominal, 30000.0);
    ck_assert_str_eq(orig->max_gross.source, "plate");
    ck_assert_double_eq(orig->tare.nominal, before.tare.nominal);
    ck_assert_str_eq(orig->name, before.name);
    c = sl_catalog_find_container(cat, "iso-20-28t");
    ck_assert_double_eq(c->max_gross.nominal, 28000.0);
    ck_assert_double_eq(c->length.nominal, before.length.nominal);
    ck_assert_str_eq(c->name, "iso-20-28t");
    /* Cargo override: a mass equivalence with a wider range. */
    ck_assert_int_eq(load_cat("{\"cargo\": [{\"id\": \"152mm-shell-mass-equiv\","
                              " \"unit_mass\": {\"value\": 46.25, \"conf\": "
                              "\"D\", \"source\": \"row D\", \"range\": "
                              "\"uniform(43.5, 48.5)\"}}]}"),
                     SL_OK);
    ck_assert_double_eq(sl_catalog_find_cargo(cat, "152mm-shell-mass-equiv")
                            ->unit_mass.dist.lo, 43.5);
}
END_TEST

/* A seed above 2^63 - 1 is written to JSON as a string of digits (a JSON
 * integer stops there); the scenario reader takes that string back, so a
 * run's JSON seed reruns the run (it was "found a string"). */
START_TEST(test_seed_json_round_trip)
{
    sl_options o;
    sl_result *r1 = NULL, *r2 = NULL;
    sl_summary s1, s2;
    char *json = NULL, text[200];
    const char *k;
    size_t n;
    ck_assert_int_eq(load("{\"containers\": 2385, \"samples\": 300}"), SL_OK);
    sl_options_init(&o);
    o.samples = opt.samples;
    o.seed = 18446744073709551557ULL; /* the largest 64-bit prime */
    ck_assert_int_eq(sl_estimate(sc, &o, &r1, &e), SL_OK);
    ck_assert_int_eq(sl_result_to_json(r1, SL_JSON_COMPACT, &json, &e), SL_OK);
    k = strstr(json, "\"seed\":");
    ck_assert_ptr_nonnull(k);
    k += strlen("\"seed\":");
    n = strcspn(k, ",}");
    snprintf(text, sizeof text, "{\"containers\": 2385, \"samples\": 300, "
             "\"seed\": %.*s}", (int)n, k);
    ck_assert_msg(strstr(text, "\"seed\": \"18446744073709551557\""), "%s",
                  text);
    opt.seed = 1;
    ck_assert_msg(load(text) == SL_OK, "%s", e.what);
    ck_assert_uint_eq(opt.seed, 18446744073709551557ULL);
    ck_assert_int_eq(sl_estimate(sc, &opt, &r2, &e), SL_OK);
    sl_result_total(r1, &s1);
    sl_result_total(r2, &s2);
    ck_assert_double_eq(s1.mean, s2.mean);
    ck_assert_double_eq(s1.p95, s2.p95);
    sl_free(json);
    sl_result_free(r1);
    sl_result_free(r2);
    /* every seed error names the string form: a negative one said "from
       0 to 9223372036854775807", and 2^64 - 1 written as a number only
       "not valid JSON: too big integer" */
    expect(load("{\"seed\": -7}"), SL_ERANGE, "s.json:1:10: seed",
           "-7 is below 0; expected an integer >= 0, or above "
           "9223372036854775807 a string of its digits up to "
           "\"18446744073709551615\"");
    expect(load("{\"seed\": 18446744073709551615}"), SL_EPARSE, "s.json:1:29",
           "too big integer");
    ck_assert_msg(strstr(e.what, "write a larger seed as a string of its "
                                 "digits (\"18446744073709551615\")"),
                  "%s", e.what);
    ck_assert_uint_eq(opt.seed, 18446744073709551557ULL); /* unchanged */
}
END_TEST

START_TEST(test_catalog_errors)
{
    size_t nc = sl_catalog_container_count(cat);
    expect(load_cat("{\"containers\": [{\"id\": \"iso-20\", \"tare\": "
                    "{\"value\": 2300, \"conf\": \"EST\", \"source\": \"g\"}}]}"),
           SL_EPARSE, "c.json:1:42: containers[0].tare", "needs a \"range\"");
    expect(load_cat("{\"containers\": [{\"id\": \"iso-20\", \"tare\": "
                    "{\"value\": 2300, \"conf\": \"EST\", \"source\": \"g\","
                    " \"range\": \"uniform(2400, 2500)\"}}]}"),
           SL_ERANGE, "c.json:1:97: containers[0].tare.range",
           "outside the range");
    expect(load_cat("{\"containers\": [{\"id\": \"iso-20\", \"tare\": "
                    "{\"value\": 2300, \"conf\": \"sure\", \"source\": \"g\"}}]}"),
           SL_EPARSE, "c.json:1:66: containers[0].tare.conf",
           "unknown confidence");
    expect(load_cat("{\"containers\": [{\"id\": \"iso-20\", \"tare\": "
                    "{\"value\": 2300, \"conf\": \"V\"}}]}"),
           SL_EPARSE, "c.json:1:42: containers[0].tare", "no source");
    expect(load_cat("{\"containers\": [{\"id\": \"iso-20\", \"tare\": 2300}]}"),
           SL_EPARSE, "c.json:1:42: containers[0].tare", "a figure");
    expect(load_cat("{\"containers\": [{\"id\": \"iso-20\", \"tare\": "
                    "{\"value\": 2300, \"conf\": \"V\", \"source\": \"s\", "
                    "\"unit\": \"kg\"}}]}"),
           SL_EPARSE, "c.json:1:94: containers[0].tare.unit",
           "expected one of: value, conf, source, range");
    expect(load_cat("{\"containers\": [{\"id\": \"x\", \"like\": \"iso-99\"}]}"),
           SL_ENOTFOUND, "c.json:1:37: containers[0].like", "\"iso-99\"");
    /* ids of 48 or more characters were quoted cut to 40 ("like"), or not
       at all (too long for an entry): quoted whole */
    expect(load_cat("{\"containers\": [{\"id\": \"x\", \"like\": "
                    "\"iso-20-2385.abcdefghijklmnopqrstuvwxyz.0123456789.tail\"}]}"),
           SL_ENOTFOUND, "c.json:1:37: containers[0].like",
           "unknown container id \"iso-20-2385.abcdefghijklmnopqrstuvwxyz."
           "0123456789.tail\" to start from");
    expect(load_cat("{\"cargo\": [{\"id\": "
                    "\"d30-2385.abcdefghijklmnopqrstuvwxyz-0123456789-abc\"}]}"),
           SL_ERANGE, "c.json:1:12: cargo[0]",
           "id \"d30-2385.abcdefghijklmnopqrstuvwxyz-0123456789-abc\" is "
           "longer than 47 characters");
    expect(load_cat("{\"containers\": [{\"id\": "
                    "\"iso-2385.abcdefghijklmnopqrstuvwxyz.0123456789.abcdefghi"
                    "jklmnopqrstuvwxyz.0123456789\", \"like\": \"iso-20\"}]}"),
           SL_ERANGE, "c.json:1:17: containers[0]",
           "id \"iso-2385.abcdefghijklmnopqrstuvwxyz.0123456789.abcdefghijklm"
           "... (84 characters)\" is longer than 47 characters");
    /* A new entry without its figures: the figure named as missing (was
       "nominal 0 is not a positive finite number", a 0 no one wrote), and
       a package's count at its key "packages" (was the struct's
       "npackages"). */
    expect(load_cat("{\"containers\": [{\"id\": \"bare\"}]}"), SL_EPARSE,
           "c.json:1:17: containers[0].length",
           "missing; \"bare\" is a new container");
    expect(load_cat("{\"containers\": [{\"id\": \"bare\", \"length\": "
                    FIG(5898, "V", "s") ", \"width\": " FIG(2352, "V", "s")
                    "}]}"),
           SL_EPARSE, "c.json:1:17: containers[0].height", "missing;");
    expect(load_cat("{\"cargo\": [{\"id\": \"bare\"}]}"), SL_EPARSE,
           "c.json:1:12: cargo[0].unit_mass",
           "missing; \"bare\" is a new cargo entry");
    expect(load_cat("{\"cargo\": [{\"id\": \"152mm-round\", \"packages\": "
                    "[{\"units\": 2, \"length\": " FIG(930, "V", "s") "}]}]}"),
           SL_EPARSE, "c.json:1:47: cargo[0].packages[0].width",
           "missing; a package needs length, width, height and gross");
    expect(load_cat("{\"cargo\": [{\"id\": \"152mm-shell-mass-equiv\", "
                    "\"kind\": \"packaged\"}]}"),
           SL_ERANGE, "c.json:1:12: cargo[0].packages",
           "needs 1 to 4 packages, not 0");
    ck_assert_ptr_null(strstr(e.where, "npackages"));
    expect(load_cat("{\"containers\": [{\"id\": \"iso-20\", \"tare\": "
                    "{\"value\": 2300, \"conf\": \"V\", \"source\": \"g\", "
                    "\"range\": 5}}]}"),
           SL_EPARSE, "c.json:1:95: containers[0].tare.range",
           "\"pert(40, 45, 50)\"");
    ck_assert_ptr_null(strstr(e.what, " to 50"));
    /* Tare above max gross: the entry check, placed at the field. */
    expect(load_cat("{\"containers\": [{\"id\": \"iso-20\", \"tare\": "
                    FIG(31000, "V", "s") "}]}"),
           SL_ERANGE, "c.json:1:42: containers[0].tare", "not below");
    ck_assert_int_ne(load_cat("{\"cargo\": [{\"id\": \"152mm-round\", "
                              "\"packages\": [{\"name\": \"p\", "
                              "\"vertical\": \"q\"}]}]}"),
                     SL_OK);
    ck_assert_ptr_nonnull(strstr(e.where, "cargo[0].packages[0]."));
    {
        /* max_stack: an integer >= 0, or [low, high] of integers >= 1 */
        static const char *const bad[] = {"[8]", "[8, \"x\"]", "[0, 3]",
                                          "\"8\"", "[8, 11, 12]", "-1",
                                          "8.5"};
        for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
            char doc[256];
            snprintf(doc, sizeof doc,
                     "{\"cargo\": [{\"id\": \"152mm-round\", \"packages\": "
                     "[{\"name\": \"p\", \"max_stack\": %s}]}]}", bad[i]);
            ck_assert_int_eq(load_cat(doc), SL_EPARSE);
            ck_assert_msg(strstr(e.where, "cargo[0].packages[0].max_stack") &&
                              strstr(e.what, "expected"),
                          "%s: %s: %s", bad[i], e.where, e.what);
        }
        /* a well-formed but empty range: the entry check names it */
        ck_assert_int_eq(load_cat("{\"cargo\": [{\"id\": \"t-stack\", "
                                  "\"like\": \"122mm-round\", \"packages\": "
                                  "[{\"name\": \"p\", \"max_stack\": [9, 8], "
                                  "\"length\": " FIG(1180, "V2", "m") ", "
                                  "\"width\": " FIG(460, "V2", "m") ", "
                                  "\"height\": " FIG(230, "V2", "m") ", "
                                  "\"gross\": " FIG(61.5, "V2", "m") "}]}]}"),
                         SL_ERANGE);
        ck_assert_msg(strstr(e.what, "range 9 to 8") &&
                          strstr(e.what, "below its low end"),
                      "%s", e.what);
        /* in the file's terms: no C field name in the text */
        ck_assert_msg(!strstr(e.what, "max_stack_hi"), "%s", e.what);
        /* at the file's key, "max_stack" */
        {
            static const char key[] = "cargo[0].packages[0].max_stack";
            size_t n = strlen(e.where), k = sizeof key - 1;
            ck_assert_msg(n > k && !strcmp(e.where + n - k, key), "%s",
                          e.where);
        }
        ck_assert_ptr_null(sl_catalog_find_cargo(cat, "t-stack"));
    }
    {
        /* a source of 256 bytes was cut to 255 without a word, where a
           name or unit too long is an error (catalog-format.md) */
        char doc[600], src[257];
        memset(src, 's', 256);
        src[256] = '\0';
        snprintf(doc, sizeof doc, "{\"containers\": [{\"id\": \"iso-20\", "
                 "\"tare\": {\"value\": 2385, \"conf\": \"V\", "
                 "\"source\": \"%s\"}}]}", src);
        expect(load_cat(doc), SL_ERANGE, "c.json:1:81: containers[0].tare.source",
               "256 bytes, more than 255");
        src[255] = '\0';
        snprintf(doc, sizeof doc, "{\"containers\": [{\"id\": \"iso-20\", "
                 "\"tare\": {\"value\": 2385, \"conf\": \"V\", "
                 "\"source\": \"%s\"}}]}", src);
        ck_assert_int_eq(load_cat(doc), SL_OK);
        ck_assert_str_eq(sl_catalog_find_container(cat, "iso-20")->tare.source,
                         src);
    }
    expect(load_cat("{\"cargo\": [{\"id\": \"kn-23\", \"kind\": \"boxed\"}]}"),
           SL_EPARSE, "c.json:1:36: cargo[0].kind", "\"packaged\"");
    expect(load_cat("{\"containers\": [{\"id\": \"iso-20\"}, {\"id\": "
                    "\"iso-20\"}]}"),
           SL_EINVAL, "c.json:1:35: containers[1]", "given twice");
    expect(load_cat("{\"container\": []}"), SL_EPARSE, "c.json:1:15: container",
           "expected one of: containers, cargo, notes");
    /* A good entry before a bad one is not stored either. */
    expect(load_cat("{\"containers\": [{\"id\": \"iso-20-27t\", \"like\": "
                    "\"iso-20\"}, {\"id\": \"x\", \"like\": \"nope\"}]}"),
           SL_ENOTFOUND, "c.json:1:77: containers[1].like", "\"nope\"");
    ck_assert_ptr_null(sl_catalog_find_container(cat, "iso-20-27t"));
    ck_assert_uint_eq(sl_catalog_container_count(cat), nc);
    ck_assert_int_eq(sl_catalog_load_file(cat, "/nonexistent", &e), SL_EIO);
    ck_assert_int_eq(sl_catalog_load_string(NULL, "{}", NULL, &e), SL_EINVAL);
}
END_TEST

START_TEST(test_scenario_inline_catalog)
{
    const sl_container *c;
    /* Override the default type's rating and add a new cargo in place. */
    ck_assert_int_eq(load("{\"catalog\": {\"containers\": [{\"id\": "
                          "\"iso-20-24t\", \"max_gross\": "
                          FIG(23500, "V", "plate") "}],\n"
                          " \"cargo\": [{\"id\": \"lot-shell\", "
                          "\"like\": \"152mm-shell-mass-equiv\"}]},\n"
                          " \"cargo\": [{\"id\": \"lot-shell\"}]}"),
                     SL_OK);
    c = sl_scenario_container_type(sc, 0, NULL, NULL);
    ck_assert_str_eq(c->id, "iso-20-24t");
    ck_assert_double_eq(c->max_gross.nominal, 23500.0);
    ck_assert_str_eq(sl_scenario_cargo_type(sc, 0, NULL, NULL)->id,
                     "lot-shell");
    /* The caller's catalog is untouched. */
    ck_assert_double_eq(sl_catalog_find_container(cat, "iso-20-24t")
                            ->max_gross.nominal, 24000.0);
    expect(load("{\"catalog\": {\"containers\": [{\"id\": \"iso-20\", "
                "\"tare\": " FIG(40000, "V", "s") "}]}}"),
           SL_ERANGE, "s.json:1:54: catalog.containers[0].tare", "not below");
    expect(load("{\"catalog\": {\"crates\": []}}"), SL_EPARSE,
           "s.json:1:24: catalog.crates", "unknown field");
    expect(load("{\"catalog\": []}"), SL_EPARSE, "s.json:1:13: catalog",
           "found an array");
}
END_TEST

/* A list longer than SL_SCENARIO_TYPES_MAX is refused where the file
 * names its first entry too many: it loaded, and the estimate failed with
 * "cargo: at most 64 container types and 64 cargo types", no file or
 * line (in a register, no word of which file). */
START_TEST(test_scenario_too_many_types)
{
    char *text = malloc(64 * 1024), *p = text;
    int n = SL_SCENARIO_TYPES_MAX + 1;
    ck_assert_ptr_nonnull(text);
    p += sprintf(p, "{\"catalog\": {\"cargo\": [");
    for (int i = 0; i < n; i++)
        p += sprintf(p, "%s{\"id\": \"lot-%d\", \"like\": "
                     "\"152mm-shell-mass-equiv\"}", i ? ", " : "", i);
    p += sprintf(p, "]},\n \"cargo\": [");
    for (int i = 0; i < n; i++)
        p += sprintf(p, "%s{\"id\": \"lot-%d\", \"share\": %s}",
                     i ? ", " : "", i, i ? "0.01" : "\"rest\"");
    sprintf(p, "]}");
    ck_assert_int_eq(load(text), SL_ERANGE);
    ck_assert_msg(strstr(e.what, "at most 64 cargo types") != NULL, "%s",
                  e.what);
    ck_assert_ptr_nonnull(strstr(e.where, "s.json:2:"));
    ck_assert_ptr_nonnull(strstr(e.where, ": cargo[64]"));
    /* 64 load, and run */
    p = strstr(text, ", {\"id\": \"lot-64\", \"share\": 0.01}");
    ck_assert_ptr_nonnull(p);
    memmove(p, p + strlen(", {\"id\": \"lot-64\", \"share\": 0.01}"),
            strlen(p) - strlen(", {\"id\": \"lot-64\", \"share\": 0.01}")
                + 1);
    ck_assert_int_eq(load(text), SL_OK);
    ck_assert_uint_eq(sl_scenario_cargo_type_count(sc), 64);
    free(text);
}
END_TEST

/* One damaged text: loads, or fails with a placed message and leaves the
 * scenario (marked by its title) and the catalog as they were. */
static void load_damaged(const char *text, int catalog)
{
    size_t ncat = sl_catalog_container_count(cat);
    sl_status st;
    sl_error_clear(&e);
    st = catalog ? sl_catalog_load_string(cat, text, "d.json", &e)
                 : sl_scenario_load_string(sc, &opt, text, "d.json", &e);
    if (st == SL_OK)
        return;
    ck_assert_int_eq(e.status, st);
    ck_assert_msg(strncmp(e.where, "d.json:", 7) == 0, "where \"%s\"",
                  e.where);
    ck_assert_msg(e.what[0] != '\0', "no message at %s", e.where);
    if (catalog)
        ck_assert_uint_eq(sl_catalog_container_count(cat), ncat);
    else
        ck_assert_str_eq(sl_scenario_title(sc), "sentinel");
}

/* Every example file cut at every byte, and with every byte replaced by
 * characters that break JSON or numbers: never a crash, always a placed
 * error or a clean load. */
START_TEST(test_damaged_examples)
{
    static const char *const files[] = {
        "scenarios/A.json", "scenarios/D.json", "scenarios/E.json",
        "scenarios/default-june-2024.json", "catalogs/iso-minimum.json"};
    static const char repl[] = {'"', '}', '[', '-', 'e', '\\', ',', '\n'};
    size_t f, i, k;
    for (f = 0; f < sizeof files / sizeof files[0]; f++) {
        char path[512], *text, *copy;
        size_t n;
        int catalog = strncmp(files[f], "catalogs/", 9) == 0;
        snprintf(path, sizeof path, "%s/examples/%s", SL_SOURCE_DIR, files[f]);
        text = sl_test_read_file(path);
        ck_assert_msg(text != NULL, "cannot read %s", path);
        n = strlen(text);
        copy = malloc(n + 1);
        ck_assert_ptr_nonnull(copy);
        for (i = 0; i < n; i++) {
            ck_assert_int_eq(sl_scenario_set_title(sc, "sentinel", &e), SL_OK);
            memcpy(copy, text, i);
            copy[i] = '\0';
            load_damaged(copy, catalog);
            for (k = 0; k < sizeof repl; k++) {
                ck_assert_int_eq(sl_scenario_set_title(sc, "sentinel", &e),
                                 SL_OK);
                memcpy(copy, text, n + 1);
                copy[i] = repl[k];
                load_damaged(copy, catalog);
            }
        }
        free(copy);
        free(text);
    }
}
END_TEST

static Suite *io_load_suite(void)
{
    Suite *s = suite_create("io_load");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_scenario_every_field);
    tcase_add_test(tc, test_scenario_absent_fields_keep_values);
    tcase_add_test(tc, test_scenario_rule_ranges);
    tcase_add_test(tc, test_scenario_rule_nominal_object);
    tcase_add_test(tc, test_scenario_errors_placed);
    tcase_add_test(tc, test_scenario_syntax_errors);
    tcase_add_test(tc, test_position_after_tricky_strings);
    tcase_add_test(tc, test_position_in_characters);
    tcase_add_test(tc, test_one_line_text);
    tcase_add_test(tc, test_like_earlier_in_file);
    tcase_add_test(tc, test_text_utf8);
    tcase_add_test(tc, test_text_limits_in_bytes);
    tcase_add_test(tc, test_scenario_unchanged_on_error);
    tcase_add_test(tc, test_scenario_files);
    tcase_add_test(tc, test_scenario_inline_catalog);
    tcase_add_test(tc, test_catalog_new_entries);
    tcase_add_test(tc, test_catalog_override_and_like);
    tcase_add_test(tc, test_catalog_errors);
    tcase_add_test(tc, test_seed_json_round_trip);
    tcase_add_test(tc, test_damaged_examples);
    tcase_add_test(tc, test_scenario_too_many_types);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return sl_test_run(io_load_suite());
}
