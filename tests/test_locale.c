/* tests/test_locale.c - the library under a decimal-comma locale.
 *
 * A program may call setlocale(LC_ALL, "") and run with de_DE.UTF-8, whose
 * printf writes "1234,5" and whose strtod stops at "4.8".  The library
 * must write and read numbers exactly as in the C locale all the same
 * (docs/distributions.md, "Numbers"), and leave the program's locale as
 * it found it.  Every test computes its figures under the C locale, then
 * again under de_DE.UTF-8, and compares the two.
 *
 * de_DE.UTF-8 is not installed on a fresh Debian machine: when setlocale
 * cannot select it, main() compiles it with localedef (package locales)
 * into a temporary directory and points LOCPATH at it.  If no locale
 * whose decimal point is ',' can be had, the suite fails: it never
 * passes without having run under one. */
#define _GNU_SOURCE /* mkdtemp, setenv, nftw */
#include <ctype.h>
#include <ftw.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "testutil.h"

#define DE "de_DE.UTF-8"
#define TR "tr_TR.UTF-8"

static char tmpdir[256];

/* Switch the whole process to name (LC_ALL), as a calling program does. */
static void use_locale(const char *name)
{
    ck_assert_msg(setlocale(LC_ALL, name) != NULL, "setlocale(%s) failed",
                  name);
    if (strcmp(name, DE) == 0)
        ck_assert_msg(strcmp(localeconv()->decimal_point, ",") == 0,
                      "%s has decimal point '%s', not ','", name,
                      localeconv()->decimal_point);
}

/* The program's own printf under the locale in force. */
static void assert_caller_locale_kept(const char *name)
{
    char buf[16];
    snprintf(buf, sizeof buf, "%.1f", 1.5);
    ck_assert_str_eq(buf, strcmp(name, "C") == 0 ? "1.5" : "1,5"); /* DE, TR */
    if (strcmp(name, TR) == 0)
        ck_assert_int_ne(tolower('I'), 'i');
    ck_assert_str_eq(setlocale(LC_ALL, NULL), name);
}

/* ------------------------------------------------------------------ */
/* Formatting for people                                               */

typedef struct texts {
    char number[64], figure[64], percent[64], small_pct[64], interval[64];
    char sig[64], big[64], dist[128];
} texts;

static void format_all(texts *t)
{
    sl_dist d;
    sl_error e;
    sl_error_clear(&e);
    sl_format_number(1234.5, 0, 1, t->number, sizeof t->number);
    sl_format_figure(4800000.25, t->figure, sizeof t->figure);
    sl_format_percent(0.123, t->percent, sizeof t->percent);
    sl_format_percent(0.000123, t->small_pct, sizeof t->small_pct);
    sl_format_percent_interval(0.05, 0.0500001, t->interval,
                               sizeof t->interval);
    sl_format_number(47.0123, 3, 1, t->sig, sizeof t->sig);
    sl_format_number(2.5e305, 0, 0, t->big, sizeof t->big);
    ck_assert_int_eq(sl_dist_parse("pert(0.7, 0.95, 1)", 0, 1, &d, &e),
                     SL_OK);
    sl_dist_describe(&d, t->dist, sizeof t->dist);
}

START_TEST(test_format)
{
    texts c, de;
    use_locale("C");
    format_all(&c);
    /* the C-locale forms the reviewer expected */
    ck_assert_str_eq(c.number, "1,234.5");
    ck_assert_str_eq(c.figure, "4,800,000.25");
    ck_assert_str_eq(c.percent, "12.3");
    use_locale(DE);
    format_all(&de);
    assert_caller_locale_kept(DE);
    ck_assert_str_eq(de.number, c.number);
    ck_assert_str_eq(de.figure, c.figure);
    ck_assert_str_eq(de.percent, c.percent);
    ck_assert_str_eq(de.small_pct, c.small_pct);
    ck_assert_str_eq(de.interval, c.interval);
    ck_assert_str_eq(de.sig, c.sig);
    ck_assert_str_eq(de.big, c.big);
    ck_assert_str_eq(de.dist, c.dist);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Parsing                                                             */

typedef struct parsed {
    sl_status st[6];
    double claim[3], containers_mean;
    char json[8192], what[sizeof ((sl_error *)0)->what];
} parsed;

static void parse_all(parsed *p)
{
    sl_catalog *cat = NULL;
    sl_scenario *sc = NULL, *loaded = NULL;
    sl_options opt;
    sl_error e;
    char *json = NULL;
    const char *file = "{\"containers\": \"10.5k\", \"fill\": 0.9, "
                       "\"claim\": {\"value\": \"about 2.5e6\"}}";
    sl_error_clear(&e);
    sl_options_init(&opt);
    sl_test_world_open(&cat, &sc, &e);
    p->st[0] = sl_scenario_set_claim(sc, "4.8 million", NULL, NULL, &e);
    sl_scenario_claim(sc, &p->claim[0], NULL, NULL, NULL);
    p->st[1] = sl_scenario_set_claim(sc, "2.5e6", NULL, NULL, &e);
    sl_scenario_claim(sc, &p->claim[1], NULL, NULL, NULL);
    p->st[2] = sl_scenario_set_claim(sc, "1,234,567.25", NULL, NULL, &e);
    sl_scenario_claim(sc, &p->claim[2], NULL, NULL, NULL);
    p->st[3] = sl_scenario_set_containers(sc, "10.5k", &e);
    p->containers_mean = sl_dist_mean(sl_scenario_containers(sc, NULL));
    /* a number in an error message */
    sl_error_clear(&e);
    p->st[4] = sl_scenario_set_fill(sc, "uniform(0.25, 1.5)", &e);
    snprintf(p->what, sizeof p->what, "%s", e.what);
    ck_assert_int_eq(sl_scenario_alloc(cat, &loaded, &e), SL_OK);
    p->st[5] = sl_scenario_load_string(loaded, &opt, file, "locale.json", &e);
    ck_assert_msg(p->st[5] == SL_OK, "load_string: %s: %s", e.where, e.what);
    ck_assert_int_eq(sl_scenario_to_json(loaded, &opt, 0, &json, &e), SL_OK);
    snprintf(p->json, sizeof p->json, "%s", json);
    sl_free(json);
    sl_scenario_free(loaded);
    sl_test_world_close(&cat, &sc);
}

START_TEST(test_parse)
{
    parsed c, de;
    use_locale("C");
    parse_all(&c);
    for (int i = 0; i < 4; i++)
        ck_assert_int_eq(c.st[i], SL_OK);
    ck_assert_int_ne(c.st[4], SL_OK);
    use_locale(DE);
    parse_all(&de);
    assert_caller_locale_kept(DE);
    for (int i = 0; i < 6; i++)
        ck_assert_msg(de.st[i] == c.st[i], "call %d: status %d, in C %d", i,
                      de.st[i], c.st[i]);
    for (int i = 0; i < 3; i++)
        ck_assert_msg(de.claim[i] == c.claim[i], "claim %d: %.17g, in C %.17g",
                      i, de.claim[i], c.claim[i]);
    ck_assert(de.containers_mean == c.containers_mean);
    ck_assert_str_eq(de.what, c.what);
    ck_assert_str_eq(de.json, c.json);
}
END_TEST

/* ------------------------------------------------------------------ */
/* A run's outputs: JSON, CSV, samples file, claim text                */

typedef struct outputs {
    char *json, *csv, *samples, claim[1024];
} outputs;

static void run_all(outputs *o, int threads)
{
    sl_catalog *cat = NULL;
    sl_scenario *sc = NULL;
    sl_result *res = NULL;
    sl_options opt;
    sl_claim_check cc;
    sl_error e;
    char path[300];
    sl_error_clear(&e);
    /* no decimal in the claim: the run itself is compared, whatever
       test_parse finds */
    sl_test_world_open(&cat, &sc, &e);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "9,500 to 10,500", &e),
                     SL_OK);
    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-shell-mass-equiv",
                                                "0.875", &e), SL_OK);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "122mm-grad", "rest", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_set_fill(sc, "pert(0.7, 0.95, 1)", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_set_claim(sc, "up to 4,800,000", NULL, NULL,
                                           &e), SL_OK);
    sl_options_init(&opt);
    opt.samples = 3000;
    opt.seed = 11;
    opt.threads = threads;
    ck_assert_int_eq(sl_estimate(sc, &opt, &res, &e), SL_OK);
    ck_assert_int_eq(sl_result_to_json(res, 0, &o->json, &e), SL_OK);
    ck_assert_int_eq(sl_result_to_csv(res, &o->csv, &e), SL_OK);
    snprintf(path, sizeof path, "%s/samples-%d.txt", tmpdir, threads);
    ck_assert_int_eq(sl_result_write_samples(res, path, &e), SL_OK);
    o->samples = sl_test_read_file(path);
    ck_assert_ptr_nonnull(o->samples);
    unlink(path);
    ck_assert_int_eq(sl_result_claim(res, &cc), SL_OK);
    snprintf(o->claim, sizeof o->claim, "%s", cc.text);
    sl_result_free(res);
    sl_test_world_close(&cat, &sc);
}

static void outputs_free(outputs *o)
{
    sl_free(o->json);
    sl_free(o->csv);
    free(o->samples);
}

START_TEST(test_outputs)
{
    outputs c, de;
    use_locale("C");
    run_all(&c, 2);
    /* the samples are one number a line, with a '.' somewhere */
    ck_assert_ptr_nonnull(strstr(c.samples, "\ntotal\n"));
    use_locale(DE);
    run_all(&de, 2);
    assert_caller_locale_kept(DE);
    ck_assert_str_eq(de.claim, c.claim);
    ck_assert_str_eq(de.csv, c.csv);
    ck_assert_str_eq(de.json, c.json);
    ck_assert_str_eq(de.samples, c.samples);
    outputs_free(&c);
    outputs_free(&de);
}
END_TEST

/* The library's switch to the C locale is the calling thread's alone:
 * a thread of the program that formats with its own printf while the
 * library runs in another still gets its decimal comma, and the run's
 * text is the C locale's. */
static void *printer(void *arg)
{
    int *bad = arg;
    char buf[16];
    for (int i = 0; i < 200000 && !*bad; i++) {
        snprintf(buf, sizeof buf, "%.1f", 2.5);
        if (strcmp(buf, "2,5") != 0)
            *bad = 1;
    }
    return NULL;
}

START_TEST(test_threads)
{
    texts c, de;
    pthread_t t;
    int bad = 0;
    use_locale("C");
    format_all(&c);
    use_locale(DE);
    ck_assert_int_eq(pthread_create(&t, NULL, printer, &bad), 0);
    for (int i = 0; i < 2000; i++) {
        format_all(&de);
        ck_assert_str_eq(de.number, c.number);
        ck_assert_str_eq(de.dist, c.dist);
    }
    pthread_join(t, NULL);
    ck_assert_msg(!bad, "the program's thread lost its decimal comma");
    assert_caller_locale_kept(DE);
}
END_TEST

/* Words read without regard to case are ASCII's: in tr_TR tolower('I') is
 * not 'i', and "UP TO 4.8 MILLION" was refused. */
START_TEST(test_turkish_case)
{
    const char *claims[] = {"UP TO 4.8 MILLION", "AT LEAST 4.8 Million",
                            "4.8 million", "ABOUT 10K"};
    const char *counts[] = {"AT LEAST 10K", "ABOUT 10,000", "10K TO 12K"};
    sl_status c_st[4], tr_st[4], c_ct[3], tr_ct[3];
    double c_v[4], tr_v[4];
    for (int pass = 0; pass < 2; pass++) {
        sl_catalog *cat = NULL;
        sl_scenario *sc = NULL;
        sl_error e;
        sl_error_clear(&e);
        use_locale(pass ? TR : "C");
        sl_test_world_open(&cat, &sc, &e);
        for (int i = 0; i < 4; i++) {
            (pass ? tr_st : c_st)[i] =
                sl_scenario_set_claim(sc, claims[i], NULL, NULL, &e);
            sl_scenario_claim(sc, &(pass ? tr_v : c_v)[i], NULL, NULL, NULL);
        }
        for (int i = 0; i < 3; i++)
            (pass ? tr_ct : c_ct)[i] = sl_scenario_set_containers(sc,
                                                                  counts[i],
                                                                  &e);
        sl_test_world_close(&cat, &sc);
    }
    assert_caller_locale_kept(TR);
    ck_assert_int_eq(c_st[0], SL_OK);
    for (int i = 0; i < 4; i++) {
        ck_assert_msg(tr_st[i] == c_st[i], "%s: status %d, in C %d",
                      claims[i], tr_st[i], c_st[i]);
        ck_assert_msg(tr_v[i] == c_v[i] || (isnan(tr_v[i]) && isnan(c_v[i])),
                      "%s: %.17g, in C %.17g", claims[i], tr_v[i], c_v[i]);
    }
    for (int i = 0; i < 3; i++)
        ck_assert_msg(tr_ct[i] == c_ct[i], "%s: status %d, in C %d",
                      counts[i], tr_ct[i], c_ct[i]);
}
END_TEST

/* ------------------------------------------------------------------ */

static int rm_entry(const char *path, const struct stat *st, int flag,
                    struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* Compile locale name (input locale in, charmap) into tmpdir. */
static void make_locale(const char *name, const char *in, const char *charmap)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "localedef -i %s -f %s '%s/%s' >/dev/null 2>&1",
             in, charmap, tmpdir, name);
    if (system(cmd) == -1)
        fprintf(stderr, "test_locale: cannot run localedef\n");
}

/* Make DE (decimal point ',') and TR (tolower('I') is not 'i')
 * selectable: installed, or else both compiled into tmpdir with localedef
 * and found through LOCPATH (set before glibc first looks there: it
 * remembers a name it did not find).  Returns 0 when both are there and
 * are what the tests need. */
static int get_locales(void)
{
    int ok = 1;
    if (!setlocale(LC_ALL, DE) || !setlocale(LC_ALL, TR)) {
        make_locale(DE, "de_DE", "UTF-8");
        make_locale(TR, "tr_TR", "UTF-8");
        setenv("LOCPATH", tmpdir, 1);
        if (!setlocale(LC_ALL, DE) || !setlocale(LC_ALL, TR)) {
            fprintf(stderr, "test_locale: " DE " and " TR " are not both "
                    "installed and 'localedef' could not make them in %s "
                    "(Debian package locales, scripts/deps.sh)\n", tmpdir);
            return -1;
        }
    }
    setlocale(LC_ALL, DE);
    if (strcmp(localeconv()->decimal_point, ",") != 0) {
        fprintf(stderr, "test_locale: " DE " has decimal point '%s'\n",
                localeconv()->decimal_point);
        ok = 0;
    }
    setlocale(LC_ALL, TR);
    if (tolower('I') == 'i') {
        fprintf(stderr, "test_locale: " TR " has tolower('I') == 'i'\n");
        ok = 0;
    }
    setlocale(LC_ALL, "C");
    return ok ? 0 : -1;
}

int main(void)
{
    Suite *s = suite_create("locale");
    TCase *tc = tcase_create("decimal comma");
    const char *base = getenv("TMPDIR");
    int rc;
    snprintf(tmpdir, sizeof tmpdir, "%s/sl-locale-XXXXXX",
             base && *base ? base : "/tmp");
    if (!mkdtemp(tmpdir)) {
        perror("test_locale: mkdtemp");
        return EXIT_FAILURE;
    }
    if (get_locales() != 0) {
        nftw(tmpdir, rm_entry, 8, FTW_DEPTH | FTW_PHYS);
        return EXIT_FAILURE;
    }
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_format);
    tcase_add_test(tc, test_parse);
    tcase_add_test(tc, test_outputs);
    tcase_add_test(tc, test_threads);
    tcase_add_test(tc, test_turkish_case);
    suite_add_tcase(s, tc);
    rc = sl_test_run(s);
    nftw(tmpdir, rm_entry, 8, FTW_DEPTH | FTW_PHYS);
    return rc;
}
