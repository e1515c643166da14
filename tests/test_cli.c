/* tests/test_cli.c - the shipload-estimate contract (DESIGN.md): flags,
 * exit statuses, JSON keys, and the acceptance checks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <jansson.h>
#include "testutil.h"

#define EST SL_BINARY_DIR "/examples/shipload-estimate"

typedef struct run_out {
    int status;
    char out[1 << 16];
    char err[4096];
} run_out;

/* Read a whole file into buf (NUL-terminated). */
static void slurp(const char *path, char *buf, size_t n)
{
    FILE *f = fopen(path, "rb");
    size_t k = 0;
    if (f) {
        k = fread(buf, 1, n - 1, f);
        fclose(f);
    }
    buf[k] = '\0';
}

/* Run the estimator with args (a shell-quoted string). */
static void run(const char *args, run_out *r)
{
    char cmd[2048], out[] = "/tmp/sl_cli_outXXXXXX", err[] = "/tmp/sl_cli_errXXXXXX";
    int fo = mkstemp(out), fe = mkstemp(err), st;
    ck_assert(fo >= 0 && fe >= 0);
    snprintf(cmd, sizeof cmd, "%s %s >%s 2>%s </dev/null", EST, args, out, err);
    st = system(cmd);
    ck_assert(st != -1 && WIFEXITED(st));
    r->status = WEXITSTATUS(st);
    slurp(out, r->out, sizeof r->out);
    slurp(err, r->err, sizeof r->err);
    remove(out);
    remove(err);
}

static json_t *run_json(const char *args)
{
    static run_out r;
    json_error_t je;
    json_t *j;
    run(args, &r);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    j = json_loads(r.out, 0, &je);
    ck_assert_msg(j != NULL, "not JSON (%s): %.200s", je.text, r.out);
    return j;
}

static double num(json_t *o, const char *path)
{
    json_t *v = json_object_get(o, path);
    ck_assert_msg(json_is_number(v), "%s is not a number", path);
    return json_number_value(v);
}

START_TEST(test_default_table)
{
    static run_out r;
    run("", &r);
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "South Korean conversion"));
    ck_assert_ptr_nonnull(strstr(r.out, "Complete boxed 152 mm rounds"));
    ck_assert_ptr_nonnull(strstr(r.out, "Grad"));
    ck_assert_ptr_nonnull(strstr(r.out, "realistic mix"));
    ck_assert_ptr_nonnull(strstr(r.out, "Verdict"));
    ck_assert_ptr_nonnull(strstr(r.out, "matches interpretation 1"));
    ck_assert_ptr_nonnull(strstr(r.out, "What drives the range"));
    ck_assert_str_eq(r.err, "");
}
END_TEST

START_TEST(test_default_json_contract)
{
    json_t *j = run_json("--json --samples 20000");
    json_t *cap = json_object_get(j, "capacity"), *tot = json_object_get(j, "total");
    json_t *cl = json_object_get(j, "claim"), *in = json_object_get(j, "interpretations");
    ck_assert(json_is_array(cap) && json_array_size(cap) > 0);
    for (size_t i = 0; i < json_array_size(cap); i++) {
        json_t *c = json_array_get(cap, i);
        const char *keys[] = {"container", "cargo", "count", "by_weight",
                              "by_geometry", "binding"};
        for (size_t k = 0; k < 6; k++)
            ck_assert_msg(json_object_get(c, keys[k]) != NULL, "capacity[%zu].%s",
                          i, keys[k]);
    }
    {
        const char *keys[] = {"mean", "p05", "p50", "p95", "min", "max"};
        for (size_t k = 0; k < 6; k++)
            num(tot, keys[k]);
    }
    {
        const char *keys[] = {"value", "per_container", "percentile", "p_at_least"};
        for (size_t k = 0; k < 4; k++)
            num(cl, keys[k]);
        ck_assert(json_is_string(json_object_get(cl, "verdict")));
        ck_assert_double_eq(num(cl, "value"), 4.8e6);
    }
    ck_assert(json_is_array(in) && json_array_size(in) == 4);
    json_decref(j);
}
END_TEST

/* The acceptance: the South Korean conversion within 5 %. */
START_TEST(test_mass_equivalence_weight_bound)
{
    json_t *j = run_json("--containers 10000 --container iso-20-24t "
                         "--cargo 152mm-shell-mass-equiv --json");
    json_t *c0 = json_array_get(json_object_get(j, "capacity"), 0);
    sl_assert_rel(num(json_object_get(j, "total"), "p50"), 4.8e6, 0.05);
    ck_assert_str_eq(json_string_value(json_object_get(c0, "binding")), "weight");
    json_decref(j);
}
END_TEST

START_TEST(test_grad_geometry_bound)
{
    json_t *j = run_json("--cargo 122mm-grad --container iso-20-24t --json "
                         "--samples 2000");
    json_t *c0 = json_array_get(json_object_get(j, "capacity"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(c0, "binding")),
                     "geometry");
    ck_assert(num(c0, "by_geometry") < num(c0, "by_weight"));
    json_decref(j);
}
END_TEST

START_TEST(test_complete_rounds_claim)
{
    static run_out r;
    json_t *j = run_json("--containers 10000 --container iso-20-24t --cargo "
                         "152mm-round --claim 4800000 --json --samples 5000");
    json_t *cl = json_object_get(j, "claim");
    ck_assert_str_eq(json_string_value(json_object_get(cl, "verdict")),
                     "impossible");
    ck_assert(num(json_object_get(j, "total"), "max") < 4.8e6);
    json_decref(j);
    run("--containers 10000 --container iso-20-24t --cargo 152mm-round "
        "--claim 4800000 --samples 5000", &r);
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "impossible"));
    ck_assert_ptr_nonnull(strstr(r.out, "exceeds the hard"));
}
END_TEST

/* Bad input: exit 2, a message naming the flag, nothing on stdout. */
static void bad(const char *args, const char *needle)
{
    static run_out r;
    run(args, &r);
    ck_assert_msg(r.status == 2, "%s: exit %d", args, r.status);
    ck_assert_msg(r.out[0] == '\0', "%s: stdout not empty: %.100s", args, r.out);
    ck_assert_msg(strstr(r.err, needle) != NULL, "%s: stderr lacks '%s': %s",
                  args, needle, r.err);
}

START_TEST(test_bad_input)
{
    bad("--samples abc", "--samples");
    bad("--samples 0", "--samples");
    bad("--seed -1", "--seed");
    bad("--threads 5000", "--threads");
    bad("--bogus", "--bogus");
    bad("--containers", "needs a value");
    bad("--containers -5", "--containers");
    bad("--containers 1e300", "--containers");
    bad("--containers '5 to 3'", "--containers");
    bad("--cargo no-such-cargo", "no-such-cargo");
    bad("--container iso-99", "iso-99");
    bad("--cargo '152mm-round=0.5' --cargo '122mm-grad=0.2'", "sum");
    bad("--fill 1.5", "--fill");
    bad("--claim lots", "--claim");
    bad("--precision 2", "--precision");
    bad("/nonexistent/scenario.json", "scenario.json");
    /* the flag whose value is bad, not the first one given (found while
     * seeding the CLI fuzz harness, docs/reliability.md) */
    bad("--claim -4.8e6 --containers 10000", "--claim (claim)");
    bad("--containers -10000 --claim 4.8e6", "--containers (containers)");
}
END_TEST

/* Wrapped text counts characters, not bytes: a Cyrillic title and claim
 * source in the register's legend wrapped at about 40 characters (each
 * letter two bytes), and every line must still fit in 78. */
START_TEST(test_wrap_utf8)
{
    static run_out r;
    static const char text[] =
        "{\"title\": \"\xd0\xad: \xd0\xbe\xd1\x86\xd0\xb5\xd0\xbd"
        "\xd0\xba\xd0\xb0 \xd1\x80\xd0\xb0\xd0\xb7\xd0\xb2\xd0\xb5"
        "\xd0\xb4\xd0\xba\xd0\xb8 \xd0\xad\xd1\x81\xd1\x82\xd0\xbe"
        "\xd0\xbd\xd0\xb8\xd0\xb8 2023 \xd0\xb3\xd0\xbe\xd0\xb4\xd0"
        "\xb0\", \"containers\": 1000, \"claim\": {\"value\": 300000, "
        "\"source\": \"";
    static const char word[] = "\xd0\xbe\xd1\x86\xd0\xb5\xd0\xbd\xd0"
                               "\xba\xd0\xb0 "; /* "оценка ", 7 characters */
    char dir[] = "/tmp/sl_cli_wrapXXXXXX", path[2][64], args[256], doc[2048];
    size_t short_lines = 0, lines = 0;
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(doc, sizeof doc, "%s", text);
    for (int i = 0; i < 18; i++) /* 234 bytes: within a source's 255 */
        strcat(doc, word);
    strcat(doc, "\", \"date\": \"2023\"}, \"samples\": 300}\n");
    for (int k = 0; k < 2; k++) {
        snprintf(path[k], sizeof path[k], "%s/ru%d.json", dir, k);
        FILE *f = fopen(path[k], "w");
        ck_assert_ptr_nonnull(f);
        fputs(doc, f);
        fclose(f);
    }
    snprintf(args, sizeof args, "%s %s --quiet", path[0], path[1]);
    run(args, &r);
    ck_assert_msg(r.status == 0, "%s", r.err);
    for (const char *l = r.out; *l;) {
        size_t n = strcspn(l, "\n"), chars = 0;
        int cyr = 0;
        for (size_t i = 0; i < n; i++) {
            chars += ((unsigned char)l[i] & 0xC0) != 0x80;
            cyr |= (unsigned char)l[i] == 0xd0;
        }
        if (cyr) { /* a legend line: at most 78, and only a paragraph's
                      last line short of 60 */
            lines++;
            ck_assert_msg(chars <= 78, "%zu characters: %.*s", chars, (int)n,
                          l);
            short_lines += chars < 60;
        }
        l += n + (l[n] == '\n');
    }
    ck_assert_uint_ge(lines, 6);
    ck_assert_uint_le(short_lines, 2);
    remove(path[0]);
    remove(path[1]);
    rmdir(dir);
}
END_TEST

START_TEST(test_help_version)
{
    static run_out r;
    run("--help", &r);
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "--containers"));
    ck_assert_ptr_nonnull(strstr(r.out, "--json"));
    run("--version", &r);
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, SHIPLOAD_VERSION));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("cli");
    TCase *tc = tcase_create("estimate");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_default_table);
    tcase_add_test(tc, test_default_json_contract);
    tcase_add_test(tc, test_mass_equivalence_weight_bound);
    tcase_add_test(tc, test_grad_geometry_bound);
    tcase_add_test(tc, test_complete_rounds_claim);
    tcase_add_test(tc, test_bad_input);
    tcase_add_test(tc, test_help_version);
    tcase_add_test(tc, test_wrap_utf8);
    suite_add_tcase(s, tc);
    return sl_test_run(s);
}
