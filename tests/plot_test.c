/* tests/plot_test.c - the estimator CLI's charts (examples/plot.c): files
 * of the right format and a plausible size, written whole or not at all.
 * Built by tests/cli_plot.cmake (it needs cairo).  The charts it leaves in
 * the build tree (plot_test_*.png, *.svg) are for a person to look at. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <cairo.h>
#include "testutil.h"
#include "plot.h"

static sl_catalog *cat;
static sl_scenario *sc;
static sl_result *res;
static char msg[256];

/* The June 2024 claim with an uncertain rating, cargo mix and fill: every
 * part of both charts has something to show. */
static void setup(void)
{
    sl_error e;
    sl_options opt;
    sl_error_clear(&e);
    ck_assert_int_eq(sl_catalog_builtin(&cat, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_alloc(cat, &sc, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_containers(sc, "at least 10,000", &e),
                     SL_OK);
    sl_scenario_clear_cargo_types(sc);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "152mm-round",
                                                "uniform(0.5, 0.9)", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_add_cargo_type(sc, "122mm-round", "rest", &e),
                     SL_OK);
    ck_assert_int_eq(sl_scenario_set_fill(sc, "0.7 to 0.95", &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_claim(sc, "up to 4.8 million", NULL, NULL,
                                           &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_title(sc, "June 2024: at least 10,000 "
                                           "containers, up to 4.8 million "
                                           "shells", &e), SL_OK);
    sl_options_init(&opt);
    opt.samples = 20000;
    opt.seed = 3;
    ck_assert_msg(sl_estimate(sc, &opt, &res, &e) == SL_OK, "%s: %s",
                  e.where, e.what);
}

static void teardown(void)
{
    sl_result_free(res);
    sl_scenario_free(sc);
    sl_catalog_free(cat);
}

/* Path of an output file in the build tree. */
static const char *out(const char *name)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/plot_test_%s", SL_BINARY_DIR, name);
    return path;
}

/* The first n bytes of a file and its size. */
static long head(const char *path, unsigned char *buf, size_t n)
{
    FILE *f = fopen(path, "rb");
    long size;
    ck_assert_msg(f != NULL, "%s was not written", path);
    ck_assert_uint_eq(fread(buf, 1, n, f), n);
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    fclose(f);
    return size;
}

/* A PNG of the documented pixel size and a plausible byte size. */
static void assert_png(const char *path)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n',
                                         0x1a, '\n'};
    unsigned char b[24];
    long size = head(path, b, sizeof b), w, h;
    ck_assert_mem_eq(b, sig, 8);
    ck_assert_mem_eq(b + 12, "IHDR", 4);
    w = (long)b[16] << 24 | (long)b[17] << 16 | (long)b[18] << 8 | b[19];
    h = (long)b[20] << 24 | (long)b[21] << 16 | (long)b[22] << 8 | b[23];
    ck_assert_int_eq(w, 1800);
    ck_assert_int_eq(h, 1100);
    /* text, bars and curves: far more than a blank page's few kilobytes */
    ck_assert_msg(size > 30000 && size < 3000000, "%s: %ld bytes", path,
                  size);
}

/* An SVG document with an <svg> root of the documented size. */
static void assert_svg(const char *path)
{
    unsigned char b[400];
    long size = head(path, b, sizeof b - 1);
    b[sizeof b - 1] = '\0';
    ck_assert_int_eq(strncmp((char *)b, "<?xml", 5), 0);
    ck_assert_ptr_nonnull(strstr((char *)b, "<svg"));
    ck_assert_ptr_nonnull(strstr((char *)b, "width=\"900pt\""));
    ck_assert_msg(size > 20000, "%s: %ld bytes", path, size);
}

START_TEST(test_distribution_png_svg)
{
    ck_assert_msg(plot_distribution(res, out("distribution.png"), msg,
                                    sizeof msg) == 0, "%s", msg);
    assert_png(out("distribution.png"));
    ck_assert_msg(plot_distribution(res, out("distribution.SVG"), msg,
                                    sizeof msg) == 0, "%s", msg);
    assert_svg(out("distribution.SVG"));
}
END_TEST

START_TEST(test_sensitivity_png_svg)
{
    ck_assert_uint_gt(sl_result_sensitivity_count(res), 2);
    ck_assert_msg(plot_sensitivity(res, out("sensitivity.png"), msg,
                                   sizeof msg) == 0, "%s", msg);
    assert_png(out("sensitivity.png"));
    ck_assert_msg(plot_sensitivity(res, out("sensitivity.svg"), msg,
                                   sizeof msg) == 0, "%s", msg);
    assert_svg(out("sensitivity.svg"));
}
END_TEST

START_TEST(test_claim_off_scale)
{
    sl_scenario *s2;
    sl_result *r2;
    sl_options opt;
    sl_error e;
    sl_error_clear(&e);
    ck_assert_int_eq(sl_scenario_copy(sc, &s2, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_claim(s2, "95 million", NULL, NULL, &e),
                     SL_OK);
    sl_options_init(&opt);
    opt.samples = 3000;
    ck_assert_int_eq(sl_estimate(s2, &opt, &r2, &e), SL_OK);
    ck_assert_msg(plot_distribution(r2, out("offscale.png"), msg,
                                    sizeof msg) == 0, "%s", msg);
    assert_png(out("offscale.png"));
    sl_result_free(r2);
    sl_scenario_free(s2);
}
END_TEST

/* Runs of claim-red pixels ((204, 26, 26) within 30 per channel) along
 * row `at` of a PNG (column `at` when col): the claim's lines cross it. */
static int red_runs_along(const char *path, int at, int col)
{
    cairo_surface_t *img = cairo_image_surface_create_from_png(path);
    const unsigned char *data;
    int runs = 0, in = 0, n, stride;
    ck_assert_int_eq(cairo_surface_status(img), CAIRO_STATUS_SUCCESS);
    n = col ? cairo_image_surface_get_height(img)
            : cairo_image_surface_get_width(img);
    stride = cairo_image_surface_get_stride(img);
    data = cairo_image_surface_get_data(img);
    for (int k = 0; k < n; k++) { /* ARGB32, native order: B G R A */
        const unsigned char *px =
            col ? data + (size_t)k * (size_t)stride + 4 * (size_t)at
                : data + (size_t)at * (size_t)stride + 4 * (size_t)k;
        int red = abs(px[2] - 204) < 30 && abs(px[1] - 26) < 30 &&
                  abs(px[0] - 26) < 30;
        runs += red && !in;
        in = red;
    }
    cairo_surface_destroy(img);
    return runs;
}

/* Red runs along row y: the distribution chart's claim lines. */
static int red_runs(const char *path, int y)
{
    return red_runs_along(path, y, 0);
}

/* The chart of a claim placed from the result (a range from P5 to P50, or
 * its P50 alone) into a PNG named name; returns the red runs along a row
 * near the bottom of the plot area, below the claim's label. */
static int claim_chart(int range, const char *name)
{
    sl_scenario *s2;
    sl_result *r2;
    sl_options opt;
    sl_summary t;
    sl_error e;
    char claim[96];
    int runs;
    sl_error_clear(&e);
    ck_assert_int_eq(sl_result_total(res, &t), SL_OK);
    if (range)
        snprintf(claim, sizeof claim, "%.0f to %.0f", floor(t.p05),
                 ceil(t.p50));
    else
        snprintf(claim, sizeof claim, "%.0f", ceil(t.p50));
    ck_assert_int_eq(sl_scenario_copy(sc, &s2, &e), SL_OK);
    ck_assert_int_eq(sl_scenario_set_claim(s2, claim, NULL, NULL, &e), SL_OK);
    sl_options_init(&opt);
    opt.samples = 3000;
    ck_assert_int_eq(sl_estimate(s2, &opt, &r2, &e), SL_OK);
    ck_assert_msg(plot_distribution(r2, out(name), msg, sizeof msg) == 0,
                  "%s", msg);
    assert_png(out(name));
    runs = red_runs(out(name), 940); /* canvas y 470 of 70 to 488 */
    sl_result_free(r2);
    sl_scenario_free(s2);
    return runs;
}

/* A range claim marks both its ends; one total one line. */
START_TEST(test_claim_range_ends)
{
    ck_assert_int_eq(claim_chart(1, "range.png"), 2);
    ck_assert_int_eq(claim_chart(0, "point.png"), 1);
}
END_TEST

/* The sweep chart of the scenario at 2,000, 5,000 and 10,000 containers
 * with claim `claim` into a PNG named name; returns the red runs down a
 * column in the middle of the plot area (right of the claim's label). */
static int sweep_chart(const char *claim, const char *name)
{
    static const char *const count[3] = {"at least 5,000",
                                         "at least 2,000",
                                         "at least 10,000"};
    const double x[3] = {5000, 2000, 10000}; /* any order */
    sl_result *r[3] = {NULL, NULL, NULL};
    sl_summary t[3];
    sl_claim_check c;
    plot_sweep_data d = {.n = 3, .x = x, .total = t, .xlabel = "containers"};
    sl_options opt;
    sl_error e;
    int runs;
    sl_error_clear(&e);
    sl_options_init(&opt);
    opt.samples = 2000;
    for (int i = 0; i < 3; i++) {
        sl_scenario *s2;
        ck_assert_int_eq(sl_scenario_copy(sc, &s2, &e), SL_OK);
        ck_assert_int_eq(sl_scenario_set_containers(s2, count[i], &e), SL_OK);
        ck_assert_int_eq(sl_scenario_set_claim(s2, claim, NULL, NULL, &e),
                         SL_OK);
        ck_assert_int_eq(sl_estimate(s2, &opt, &r[i], &e), SL_OK);
        ck_assert_int_eq(sl_result_total(r[i], &t[i]), SL_OK);
        sl_scenario_free(s2);
    }
    d.sc = sl_result_scenario(r[0]);
    ck_assert_int_eq(sl_result_claim(r[0], &c), SL_OK);
    d.claim = &c;
    d.samples = sl_result_samples_count(r[0]);
    d.seed = sl_result_options(r[0])->seed;
    ck_assert_msg(plot_sweep(&d, out(name), msg, sizeof msg) == 0, "%s", msg);
    assert_png(out(name));
    runs = red_runs_along(out(name), 1200, 1); /* canvas x 600 */
    for (int i = 0; i < 3; i++)
        sl_result_free(r[i]);
    return runs;
}

/* The sweep chart: a claim is one red line across the plot, a range two,
 * one far above the totals none (an arrow at the right edge). */
START_TEST(test_sweep_claim)
{
    plot_sweep_data none = {.n = 0, .xlabel = "containers"};
    ck_assert_int_eq(sweep_chart("up to 1.85 million", "sweep.png"), 1);
    ck_assert_int_eq(sweep_chart("1 million to 2.385 million",
                                 "sweep_range.png"),
                     2);
    ck_assert_int_eq(sweep_chart("95 million", "sweep_off.png"), 0);
    ck_assert_int_eq(plot_sweep(&none, out("sweep_none.png"), msg, sizeof msg),
                     -1);
    ck_assert_ptr_nonnull(strstr(msg, "no sweep"));
}
END_TEST

/* The pixel at canvas point (x, y) of a PNG (2 pixels a point), as RGB
 * 0..255 into px. */
static void pixel_at(cairo_surface_t *img, double x, double y, int px[3])
{
    const unsigned char *d = cairo_image_surface_get_data(img);
    int stride = cairo_image_surface_get_stride(img);
    const unsigned char *p = d + (size_t)(int)(2 * y) * (size_t)stride +
                             4 * (size_t)(int)(2 * x); /* B G R A */
    px[0] = p[2];
    px[1] = p[1];
    px[2] = p[0];
}

/* The map's colours: each cell (away from its label and borders) is
 * plot_grid_colour of its share; a border between cells of different
 * verdicts is dark, one between cells of one verdict is not drawn.  The
 * grid: 2,000 to 20,000 containers by fill, the claim the P50 of the
 * setup's run, so the shares and verdicts differ across it. */
START_TEST(test_grid_colours)
{
    static const char *const count[3] = {"at least 2,000", "at least 10,000",
                                         "at least 20,000"};
    static const char *const fill[3] = {"0.6", "0.8", "1"};
    static const char *const rt[3] = {"2,000", "10,000", "20,000"};
    static const char *const ct[3] = {"0.6", "0.8", "1"};
    double p[9], box[4], rgb[3], prev = 2;
    int verdict[9], changes = 0, same = 0;
    plot_grid_data d = {3, 3, p, verdict, rt, ct, "containers", "fill",
                        "Claim: the P50", "grid"};
    cairo_surface_t *img;
    sl_summary t;
    sl_options opt;
    sl_error e;
    char claim[64];
    sl_error_clear(&e);
    sl_options_init(&opt);
    opt.samples = 2000;
    ck_assert_int_eq(sl_result_total(res, &t), SL_OK);
    snprintf(claim, sizeof claim, "up to %.0f", ceil(t.p50));
    for (int k = 0; k < 9; k++) {
        sl_scenario *s2;
        sl_result *r2;
        sl_claim_check c;
        ck_assert_int_eq(sl_scenario_copy(sc, &s2, &e), SL_OK);
        ck_assert_int_eq(sl_scenario_set_containers(s2, count[k / 3], &e),
                         SL_OK);
        ck_assert_int_eq(sl_scenario_set_fill(s2, fill[k % 3], &e), SL_OK);
        ck_assert_int_eq(sl_scenario_set_claim(s2, claim, NULL, NULL, &e),
                         SL_OK);
        ck_assert_int_eq(sl_estimate(s2, &opt, &r2, &e), SL_OK);
        ck_assert_int_eq(sl_result_claim(r2, &c), SL_OK);
        p[k] = c.p_at_least;
        verdict[k] = (int)c.verdict;
        sl_result_free(r2);
        sl_scenario_free(s2);
    }
    ck_assert_msg(plot_grid(&d, out("grid.png"), msg, sizeof msg) == 0, "%s",
                  msg);
    assert_png(out("grid.png"));
    img = cairo_image_surface_create_from_png(out("grid.png"));
    ck_assert_int_eq(cairo_surface_status(img), CAIRO_STATUS_SUCCESS);
    for (size_t i = 0; i < 3; i++)
        for (size_t j = 0; j < 3; j++) {
            int px[3], k = (int)(i * 3 + j);
            plot_grid_cell(&d, i, j, box);
            plot_grid_colour(p[k], rgb);
            pixel_at(img, box[0] + 6, box[1] + 6, px);
            for (int c = 0; c < 3; c++)
                ck_assert_msg(abs(px[c] - (int)lround(255 * rgb[c])) <= 2,
                              "cell (%zu, %zu), share %g: pixel %d %d %d", i,
                              j, p[k], px[0], px[1], px[2]);
            if (j < 2) { /* the border with the cell to the right */
                double rgb2[3];
                int near = 0;
                plot_grid_colour(p[k + 1], rgb2);
                pixel_at(img, box[0] + box[2], box[1] + 6, px);
                for (int c = 0; c < 3; c++) /* either cell's colour */
                    near += abs(px[c] - (int)lround(255 * rgb[c])) <= 40 ||
                            abs(px[c] - (int)lround(255 * rgb2[c])) <= 40;
                if (verdict[k] != verdict[k + 1]) {
                    changes++;
                    ck_assert_msg(abs(px[0] - 26) < 25 &&
                                      abs(px[1] - 26) < 25 &&
                                      abs(px[2] - 26) < 25,
                                  "no line between cells %d and %d: %d %d "
                                  "%d", k, k + 1, px[0], px[1], px[2]);
                } else {
                    same++;
                    ck_assert_msg(near == 3, "a line between cells %d and %d "
                                  "of one verdict: %d %d %d", k, k + 1,
                                  px[0], px[1], px[2]);
                }
            }
        }
    cairo_surface_destroy(img);
    ck_assert_int_gt(changes, 0); /* the grid tests both kinds of border */
    ck_assert_int_gt(same, 0);
    for (int k = 0; k <= 20; k++) { /* darker as the share rises */
        double lum;
        plot_grid_colour(k / 20.0, rgb);
        lum = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        ck_assert_msg(lum < prev, "share %g is not darker", k / 20.0);
        prev = lum;
    }
}
END_TEST

START_TEST(test_errors_leave_nothing)
{
    char dir[512], path[600];
    DIR *d;
    struct dirent *ent;
    int n = 0;
    ck_assert_int_eq(plot_distribution(res, out("chart.pdf"), msg,
                                       sizeof msg), -1);
    ck_assert_ptr_nonnull(strstr(msg, ".png or .svg"));
    snprintf(dir, sizeof dir, "%s/plot_test_dir", SL_BINARY_DIR);
    mkdir(dir, 0700);
    snprintf(path, sizeof path, "%s/missing/chart.png", dir);
    ck_assert_int_eq(plot_sensitivity(res, path, msg, sizeof msg), -1);
    ck_assert_ptr_nonnull(strstr(msg, "No such file"));
    d = opendir(dir);
    while ((ent = readdir(d)) != NULL)
        n += ent->d_name[0] != '.';
    closedir(d);
    ck_assert_int_eq(n, 0);
    ck_assert_int_eq(plot_distribution(NULL, out("x.png"), msg, sizeof msg),
                     -1);
}
END_TEST

static Suite *plot_suite(void)
{
    Suite *s = suite_create("plot");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_distribution_png_svg);
    tcase_add_test(tc, test_sensitivity_png_svg);
    tcase_add_test(tc, test_claim_off_scale);
    tcase_add_test(tc, test_claim_range_ends);
    tcase_add_test(tc, test_sweep_claim);
    tcase_add_test(tc, test_grid_colours);
    tcase_add_test(tc, test_errors_leave_nothing);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return sl_test_run(plot_suite());
}
