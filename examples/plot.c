/* examples/plot.c - distribution and tornado charts of a result (cairo). */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cairo.h>
#include <cairo-svg.h>
#include "plot.h"
#include "plot_file.h"

/* Logical canvas size (points); PNG pixels are twice this. */
#define CANVAS_W 900.0
#define CANVAS_H 550.0
#define PNG_SCALE 2.0
#define FONT "DejaVu Sans"
#define PI 3.14159265358979323846

/* Colours (RGB in [0, 1]). */
#define C_BAR 0.27, 0.47, 0.70
#define C_BAND 0.80, 0.88, 0.97
#define C_CDF 0.85, 0.45, 0.05
#define C_CLAIM 0.80, 0.10, 0.10
#define C_TEXT 0.10, 0.10, 0.10
#define C_GRID 0.88, 0.88, 0.88
#define C_NEG 0.90, 0.55, 0.20

/* ------------------------------------------------------------------ */
/* Output: a memory buffer handed to sl_write_file                     */

typedef struct membuf {
    unsigned char *data;
    size_t len, cap;
    int failed;
} membuf;

/* cairo's write callback: append to the buffer. */
static cairo_status_t mem_write(void *closure, const unsigned char *data,
                                unsigned int length)
{
    membuf *b = closure;
    if (b->len + length > b->cap) {
        size_t ncap = b->cap ? b->cap : 65536;
        unsigned char *p;
        while (ncap < b->len + length)
            ncap *= 2;
        p = realloc(b->data, ncap);
        if (!p) {
            b->failed = 1;
            return CAIRO_STATUS_WRITE_ERROR;
        }
        b->data = p;
        b->cap = ncap;
    }
    memcpy(b->data + b->len, data, length);
    b->len += length;
    return CAIRO_STATUS_SUCCESS;
}

/* Set msg and return -1. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static int fail(char *msg, size_t size, const char *fmt, ...)
{
    va_list ap;
    if (msg && size) {
        va_start(ap, fmt);
        vsnprintf(msg, size, fmt, ap);
        va_end(ap);
    }
    return -1;
}

/* Draw with fn on a surface chosen by the extension, then write path
 * whole or not at all (see plot.h). */
int plot_render(const char *path, double width, double height,
                double png_scale, plot_draw_fn fn, const void *ctx,
                char *msg, size_t msgsize)
{
    membuf buf = {NULL, 0, 0, 0};
    cairo_surface_t *s;
    cairo_t *cr;
    cairo_status_t cst;
    sl_error err;
    int png;
    if (!path || !ctx)
        return fail(msg, msgsize, "no output path or result");
    png = plot_file_format(path) == PLOT_FILE_PNG;
    if (!png && plot_file_format(path) != PLOT_FILE_SVG)
        return fail(msg, msgsize, "%s: unknown plot format; expected a file "
                    "name ending in .png or .svg", path);
    s = png ? cairo_image_surface_create(CAIRO_FORMAT_RGB24,
                                         (int)(width * png_scale),
                                         (int)(height * png_scale))
            : cairo_svg_surface_create_for_stream(mem_write, &buf, width,
                                                  height);
    cr = cairo_create(s);
    if (png)
        cairo_scale(cr, png_scale, png_scale);
    fn(cr, ctx);
    cst = cairo_status(cr);
    cairo_destroy(cr);
    if (cst == CAIRO_STATUS_SUCCESS && png)
        cst = cairo_surface_write_to_png_stream(s, mem_write, &buf);
    cairo_surface_finish(s);
    if (cst == CAIRO_STATUS_SUCCESS)
        cst = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if (cst != CAIRO_STATUS_SUCCESS || buf.failed) {
        free(buf.data);
        return fail(msg, msgsize, "%s: drawing failed: %s", path,
                    buf.failed ? "out of memory" : cairo_status_to_string(cst));
    }
    sl_error_clear(&err);
    if (sl_write_file(path, buf.data, buf.len, &err) != SL_OK) {
        free(buf.data);
        return fail(msg, msgsize, "%s", err.what);
    }
    free(buf.data);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Text and numbers                                                    */

/* v rounded to `decimals` places with thousands separators. */
static void fmt_num(double v, int decimals, char *buf, size_t size)
{
    sl_format_number(v, 0, decimals, buf, size);
}

/* v rounded to 3 significant digits, with thousands separators (as the
 * CLI prints ranges: more digits would claim a precision the inputs do
 * not have). */
static void fmt_sig3(double v, char *buf, size_t size)
{
    sl_format_number(v, 3, fabs(v) >= 100 ? 0 : 2, buf, size);
}

/* Decimals that show a tick step exactly enough. */
static int step_decimals(double step)
{
    int d = (int)ceil(-log10(step) - 1e-9);
    return d < 0 ? 0 : d > 6 ? 6 : d;
}

/* Text anchored at (x, y): ax 0 left, 0.5 centre, 1 right; ay likewise
 * for top (0) to baseline-ish bottom (1). */
static void text_at(cairo_t *cr, double x, double y, double ax, double ay,
                    const char *s)
{
    cairo_text_extents_t te;
    cairo_text_extents(cr, s, &te);
    cairo_move_to(cr, x - ax * te.x_advance - te.x_bearing,
                  y - te.y_bearing - ay * te.height);
    cairo_show_text(cr, s);
}

/* Set the font (bold or not) and size. */
static void font(cairo_t *cr, int bold, double size)
{
    cairo_select_font_face(cr, FONT, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD
                                : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

/* Width of s in the current font. */
static double text_w(cairo_t *cr, const char *s)
{
    cairo_text_extents_t te;
    cairo_text_extents(cr, s, &te);
    return te.x_advance;
}

/* A "nice" tick step (1, 2, 2.5 or 5 x 10^k) for about n ticks. */
static double nice_step(double span, int n)
{
    double raw = span / n, mag = pow(10, floor(log10(raw))), f = raw / mag;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
}

/* The plural unit of the scenario's munitions ("shells"), or
 * "munitions" when they differ. */
static void unit_name(const sl_scenario *sc, char *buf, size_t size)
{
    size_t i, n = sl_scenario_cargo_type_count(sc);
    const char *unit = NULL;
    for (i = 0; i < n; i++) {
        const sl_cargo *g = sl_scenario_cargo_type(sc, i, NULL, NULL);
        if (!g->munition)
            continue;
        if (unit && strcmp(unit, g->unit) != 0) {
            unit = NULL;
            break;
        }
        unit = g->unit;
    }
    if (!unit || !*unit)
        snprintf(buf, size, "munitions");
    else
        snprintf(buf, size, "%s%s", unit,
                 unit[strlen(unit) - 1] == 's' ? "" : "s");
}

/* ------------------------------------------------------------------ */
/* The distribution chart                                              */

/* Plot area and data ranges. */
typedef struct frame {
    double x0, y0, x1, y1; /* plot area (points), y0 top */
    double lo, hi;         /* data x range */
    double ymax;           /* left axis top (share of samples, %) */
} frame;

/* Data x to canvas x. */
static double fx(const frame *f, double v)
{
    return f->x0 + (v - f->lo) / (f->hi - f->lo) * (f->x1 - f->x0);
}

/* Left-axis value (%) to canvas y. */
static double fy(const frame *f, double v)
{
    return f->y1 - v / f->ymax * (f->y1 - f->y0);
}

/* Cumulative share (0..1) to canvas y. */
static double fc(const frame *f, double p)
{
    return f->y1 - p * (f->y1 - f->y0);
}

/* Choose the x range: the histogram, widened to each end of the claim
 * [lo, hi] (lo = hi for one total) that is near; returns a mask of the
 * ends drawn inside: 1 the low end, 2 the high end (0 when off scale). */
static int x_range(frame *f, const double *edges, size_t nbins, int has_claim,
                   double claim_lo, double claim_hi)
{
    double lo = edges[0], hi = edges[nbins], span, pad, end[2];
    int inside = 0;
    if (!(hi > lo)) {
        double w = fabs(lo) > 0 ? 0.01 * fabs(lo) : 1;
        lo -= w;
        hi += w;
    }
    span = hi - lo;
    end[0] = claim_lo;
    end[1] = claim_hi;
    for (int k = 0; k < 2 && has_claim; k++)
        if (end[k] >= lo - 2 * span && end[k] <= hi + 2 * span)
            inside |= 1 << k;
    for (int k = 0; k < 2; k++)
        if (inside & (1 << k)) {
            lo = fmin(lo, end[k]);
            hi = fmax(hi, end[k]);
        }
    pad = 0.04 * (hi - lo);
    f->lo = lo - pad;
    f->hi = hi + pad;
    return inside;
}

/* Vertical grid lines at the x ticks (drawn first, under the data). */
static void dist_grid(cairo_t *cr, const frame *f)
{
    double step = nice_step(f->hi - f->lo, 6), v;
    cairo_set_source_rgb(cr, C_GRID);
    cairo_set_line_width(cr, 0.6);
    for (v = ceil(f->lo / step) * step; v <= f->hi; v += step) {
        cairo_move_to(cr, fx(f, v), f->y0);
        cairo_line_to(cr, fx(f, v), f->y1);
    }
    cairo_stroke(cr);
}

/* Axes, ticks and their labels. */
static void dist_axes(cairo_t *cr, const frame *f, const char *unit)
{
    double step = nice_step(f->hi - f->lo, 6), v, ystep;
    int dec = step_decimals(step);
    char buf[128];
    font(cr, 0, 12);
    cairo_set_line_width(cr, 0.6);
    for (v = ceil(f->lo / step) * step; v <= f->hi; v += step) {
        cairo_set_source_rgb(cr, C_TEXT);
        cairo_move_to(cr, fx(f, v), f->y1);
        cairo_line_to(cr, fx(f, v), f->y1 + 4);
        cairo_stroke(cr);
        fmt_num(v, dec, buf, sizeof buf);
        /* a label wider than the room left at an edge would run into
           the other axis's labels */
        if (fx(f, v) - text_w(cr, buf) / 2 < f->x0 - 20 ||
            fx(f, v) + text_w(cr, buf) / 2 > f->x1 + 20)
            continue;
        text_at(cr, fx(f, v), f->y1 + 6, 0.5, 0, buf);
    }
    ystep = nice_step(f->ymax, 5);
    for (v = 0; v <= f->ymax + 1e-12; v += ystep) {
        cairo_set_source_rgb(cr, C_TEXT);
        snprintf(buf, sizeof buf, "%.*f %%", step_decimals(ystep), v);
        text_at(cr, f->x0 - 6, fy(f, v), 1, 0.5, buf);
    }
    for (v = 0; v <= 100; v += 25) {
        cairo_set_source_rgb(cr, C_CDF);
        snprintf(buf, sizeof buf, "%.0f %%", v);
        text_at(cr, f->x1 + 6, fc(f, v / 100), 0, 0.5, buf);
    }
    cairo_set_source_rgb(cr, C_TEXT);
    cairo_set_line_width(cr, 1);
    cairo_rectangle(cr, f->x0, f->y0, f->x1 - f->x0, f->y1 - f->y0);
    cairo_stroke(cr);
    font(cr, 0, 13);
    snprintf(buf, sizeof buf, "total %s (all containers)", unit);
    text_at(cr, (f->x0 + f->x1) / 2, f->y1 + 26, 0.5, 0, buf);
    cairo_save(cr);
    cairo_translate(cr, f->x0 - 58, (f->y0 + f->y1) / 2);
    cairo_rotate(cr, -PI / 2);
    text_at(cr, 0, 0, 0.5, 0.5, "share of samples per bar");
    cairo_restore(cr);
    cairo_save(cr);
    cairo_set_source_rgb(cr, C_CDF);
    cairo_translate(cr, f->x1 + 52, (f->y0 + f->y1) / 2);
    cairo_rotate(cr, PI / 2);
    text_at(cr, 0, 0, 0.5, 0.5, "cumulative share of samples (curve)");
    cairo_restore(cr);
}

/* The P5-P95 band (lines 0), or the P5, P50, P95 lines with their
 * labels (lines 1). */
static void dist_band(cairo_t *cr, const frame *f, const sl_summary *t,
                      int lines)
{
    static const char *const name[3] = {"P5", "P50", "P95"};
    double q[3], a, b;
    int i, left;
    q[0] = t->p05;
    q[1] = t->p50;
    q[2] = t->p95;
    a = fmax(fx(f, q[0]), f->x0);
    b = fmin(fx(f, q[2]), f->x1);
    if (!lines) {
        cairo_set_source_rgb(cr, C_BAND);
        cairo_rectangle(cr, a, f->y0, fmax(b - a, 1.5), f->y1 - f->y0);
        cairo_fill(cr);
        return;
    }
    font(cr, 0, 11);
    for (i = 0; i < 3; i++) {
        char num[48], label[64];
        double x = fx(f, q[i]);
        if (x < f->x0 || x > f->x1)
            continue;
        cairo_set_source_rgb(cr, 0.25, 0.35, 0.55);
        cairo_set_line_width(cr, 0.8);
        cairo_set_dash(cr, (double[]){4, 3}, 2, 0);
        cairo_move_to(cr, x, f->y0);
        cairo_line_to(cr, x, f->y1);
        cairo_stroke(cr);
        cairo_set_dash(cr, NULL, 0, 0);
        fmt_sig3(q[i], num, sizeof num);
        snprintf(label, sizeof label, "%s %s", name[i], num);
        /* stagger the labels so that close quantiles stay legible; P5
           to the left of its line, the others to the right, unless the
           label would leave the plot */
        left = i == 0;
        if (left && x - 4 - text_w(cr, label) < f->x0)
            left = 0;
        if (!left && x + 4 + text_w(cr, label) > f->x1)
            left = 1;
        text_at(cr, left ? x - 4 : x + 4, f->y0 + 4 + 14 * i, left, 0, label);
    }
}

/* Histogram bars. */
static void dist_bars(cairo_t *cr, const frame *f, const double *edges,
                      const double *counts, size_t nbins, double total)
{
    size_t i;
    cairo_set_source_rgba(cr, C_BAR, 0.85);
    for (i = 0; i < nbins; i++) {
        double xa = fx(f, edges[i]), xb = fx(f, edges[i + 1]);
        double h = counts[i] / total * 100;
        if (xb - xa < 1)
            xb = xa + 1;
        cairo_rectangle(cr, xa + 0.3, fy(f, h), xb - xa - 0.6, f->y1 - fy(f, h));
    }
    cairo_fill(cr);
}

/* The cumulative curve from the result's quantiles. */
static void dist_cdf(cairo_t *cr, const frame *f, const sl_result *res)
{
    int i, started = 0;
    cairo_save(cr);
    cairo_rectangle(cr, f->x0, f->y0, f->x1 - f->x0, f->y1 - f->y0);
    cairo_clip(cr);
    cairo_set_source_rgb(cr, C_CDF);
    cairo_set_line_width(cr, 2);
    for (i = 0; i <= 400; i++) {
        double p = i / 400.0, q;
        if (sl_result_quantile(res, p, &q, NULL) != SL_OK || !isfinite(q))
            continue;
        if (!started)
            cairo_move_to(cr, f->x0, fc(f, p));
        cairo_line_to(cr, fx(f, q), fc(f, p));
        started = 1;
    }
    cairo_line_to(cr, f->x1, fc(f, 1));
    cairo_stroke(cr);
    cairo_restore(cr);
}

/* One value of the claim at canvas x: a red line when inside, else an
 * arrow at the edge pointing off scale (toward v beyond f->hi or below
 * f->lo); by is the label's top. */
static void claim_mark(cairo_t *cr, const frame *f, double x, double v,
                       int inside, double by)
{
    cairo_set_source_rgb(cr, C_CLAIM);
    cairo_set_line_width(cr, 2.2);
    if (inside) {
        cairo_move_to(cr, x, f->y0);
        cairo_line_to(cr, x, f->y1);
        cairo_stroke(cr);
    } else {
        double d = v > f->hi ? -1 : 1;
        cairo_move_to(cr, x, by + 40);
        cairo_line_to(cr, x + 14 * d, by + 32);
        cairo_line_to(cr, x + 14 * d, by + 48);
        cairo_close_path(cr);
        cairo_fill(cr);
    }
}

/* The claim's label, two lines in a box beside canvas x (right of it when
 * it fits), its top at by. */
static void claim_box(cairo_t *cr, const frame *f, double x, double by,
                      const char *l1, const char *l2)
{
    double w, bx;
    font(cr, 1, 12);
    w = text_w(cr, l1);
    font(cr, 0, 11);
    w = fmax(w, text_w(cr, l2)) + 12;
    bx = x + 8 + w <= f->x1 ? x + 8 : x - 8 - w;
    if (bx < f->x0 + 2)
        bx = f->x0 + 2;
    cairo_set_source_rgba(cr, 1, 1, 1, 0.92);
    cairo_rectangle(cr, bx, by, w, 36);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, C_CLAIM);
    cairo_set_line_width(cr, 1);
    cairo_stroke(cr);
    font(cr, 1, 12);
    text_at(cr, bx + 6, by + 4, 0, 0, l1);
    font(cr, 0, 11);
    text_at(cr, bx + 6, by + 20, 0, 0, l2);
}

/* Canvas x of claim value v: on the axis when inside, else the edge it
 * lies beyond. */
static double claim_x(const frame *f, double v, int inside)
{
    return inside ? fx(f, v) : (v > f->hi ? f->x1 : f->x0);
}

/* A range claim: its span tinted, each end a red line (or an arrow at the
 * edge when off scale: bit k of inside clear), and a label with the share
 * of samples inside it. */
static void dist_claim_range(cairo_t *cr, const frame *f,
                             const sl_claim_check *c, int inside)
{
    char lo[48], hi[48], l1[128], l2[160], pct[32];
    double x0 = claim_x(f, c->value, inside & 1);
    double x1 = claim_x(f, c->value_high, inside & 2);
    double by = f->y0 + 52;
    fmt_num(c->value, 0, lo, sizeof lo);
    fmt_num(c->value_high, 0, hi, sizeof hi);
    snprintf(l1, sizeof l1, "claim: %s to %s", lo, hi);
    sl_format_percent(c->p_in_range, pct, sizeof pct);
    snprintf(l2, sizeof l2, "%s; P(in range) = %s %%%s",
             sl_verdict_name(c->verdict), pct,
             inside == 3 ? "" : inside ? " (an end off scale)"
                                       : " (off scale)");
    cairo_set_source_rgba(cr, C_CLAIM, 0.08);
    cairo_rectangle(cr, x0, f->y0, x1 - x0, f->y1 - f->y0);
    cairo_fill(cr);
    claim_mark(cr, f, x0, c->value, inside & 1, by);
    claim_mark(cr, f, x1, c->value_high, inside & 2, by);
    claim_box(cr, f, x1, by, l1, l2);
}

/* The claim: a red line and a label, or an arrow at the edge; a range
 * claim both its ends. */
static void dist_claim(cairo_t *cr, const frame *f, const sl_claim_check *c,
                       int inside)
{
    char num[48], l1[128], l2[160], pct[32];
    double x = claim_x(f, c->value, inside);
    double by = f->y0 + 52;
    if (c->qualifier == SL_QUAL_RANGE) {
        dist_claim_range(cr, f, c, inside);
        return;
    }
    fmt_num(c->value, 0, num, sizeof num);
    snprintf(l1, sizeof l1, "claim: %s%s%s", c->qualifier == SL_QUAL_EXACT
                                                 ? ""
                                                 : sl_qualifier_name(c->qualifier),
             c->qualifier == SL_QUAL_EXACT ? "" : " ", num);
    sl_format_percent(c->qualifier == SL_QUAL_AT_MOST ? c->p_at_most
                                                     : c->p_at_least,
                      pct, sizeof pct);
    snprintf(l2, sizeof l2, "%s; P(total %s claim) = %s %%%s",
             sl_verdict_name(c->verdict),
             c->qualifier == SL_QUAL_AT_MOST ? "\xe2\x89\xa4" : "\xe2\x89\xa5",
             pct, inside ? "" : " (off scale)");
    claim_mark(cr, f, x, c->value, inside, by);
    claim_box(cr, f, x, by, l1, l2);
}

/* Title and subtitle. */
static void titles(cairo_t *cr, const char *title, const char *sub)
{
    cairo_set_source_rgb(cr, C_TEXT);
    font(cr, 1, 16);
    text_at(cr, 24, 14, 0, 0, title);
    font(cr, 0, 12);
    cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
    text_at(cr, 24, 36, 0, 0, sub);
}

/* A title that fits the width (cut with an ellipsis). */
static void fit_title(cairo_t *cr, const char *text, char *buf, size_t size,
                      double width)
{
    size_t n;
    snprintf(buf, size, "%s", text);
    font(cr, 1, 16);
    n = strlen(buf);
    while (n > 4 && text_w(cr, buf) > width) {
        n--;
        while (n > 0 && (buf[n] & 0xC0) == 0x80) /* UTF-8 boundary */
            n--;
        snprintf(buf + n, size - n, "\xe2\x80\xa6");
    }
}

/* The whole distribution chart. */
static void draw_distribution(cairo_t *cr, const sl_result *res)
{
    const sl_scenario *sc = sl_result_scenario(res);
    size_t nbins = 0, i, n = sl_result_samples_count(res);
    const double *edges = NULL, *counts = NULL;
    double total = 0, cmax = 0;
    sl_summary t;
    sl_claim_check c;
    int has_claim = sl_result_claim(res, &c) == SL_OK, inside;
    char unit[48], title[256], sub[400], a[48], b[48], m[48], ns[48];
    frame f = {96, 70, CANVAS_W - 96, CANVAS_H - 62, 0, 1, 1};
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    unit_name(sc, unit, sizeof unit);
    if (sl_result_total(res, &t) != SL_OK ||
        sl_result_histogram(res, &nbins, &edges, &counts) != SL_OK ||
        nbins == 0) {
        titles(cr, "No distribution", "the result has no histogram");
        return;
    }
    for (i = 0; i < nbins; i++) {
        total += counts[i];
        cmax = fmax(cmax, counts[i]);
    }
    if (total <= 0)
        total = 1;
    f.ymax = cmax / total * 100 * 1.15;
    f.ymax = f.ymax > 0 ? ceil(f.ymax / nice_step(f.ymax, 5)) *
                              nice_step(f.ymax, 5)
                        : 1;
    inside = x_range(&f, edges, nbins, has_claim, has_claim ? c.value : 0,
                     !has_claim                      ? 0
                     : c.qualifier == SL_QUAL_RANGE ? c.value_high
                                                     : c.value);
    fit_title(cr, *sl_scenario_title(sc) ? sl_scenario_title(sc)
                                         : "Total munitions",
              title, sizeof title, CANVAS_W - 48);
    fmt_sig3(t.p05, a, sizeof a);
    fmt_sig3(t.p95, b, sizeof b);
    fmt_sig3(t.p50, m, sizeof m);
    fmt_num((double)n, 0, ns, sizeof ns);
    snprintf(sub, sizeof sub, "90 %% range (shaded) %s to %s %s, median "
             "%s; %s samples, seed %llu", a, b, unit, m, ns,
             (unsigned long long)sl_result_options(res)->seed);
    titles(cr, title, sub);
    dist_band(cr, &f, &t, 0);
    dist_grid(cr, &f);
    dist_bars(cr, &f, edges, counts, nbins, total);
    dist_band(cr, &f, &t, 1);
    dist_cdf(cr, &f, res);
    dist_axes(cr, &f, unit);
    if (has_claim)
        dist_claim(cr, &f, &c, inside);
}

/* ------------------------------------------------------------------ */
/* The tornado chart                                                   */

#define TORNADO_MAX 12

/* The whole tornado chart. */
static void draw_sensitivity(cairo_t *cr, const sl_result *res)
{
    size_t i, n = sl_result_sensitivity_count(res);
    double label_w = 0, x0, x1, xm, y0 = 96, row, bar;
    char title[256];
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    fit_title(cr, *sl_scenario_title(sl_result_scenario(res))
                      ? sl_scenario_title(sl_result_scenario(res))
                      : "Sensitivity",
              title, sizeof title, CANVAS_W - 48);
    titles(cr, title, "What drives the total: Spearman rank correlation of "
                      "each uncertain input with the total (share of variance "
                      "in brackets)");
    if (n == 0) {
        font(cr, 0, 14);
        text_at(cr, CANVAS_W / 2, CANVAS_H / 2, 0.5, 0.5,
                sl_result_sensitivity_note(res)
                    ? sl_result_sensitivity_note(res)
                    : "no sensitivity rows");
        return;
    }
    if (n > TORNADO_MAX)
        n = TORNADO_MAX;
    font(cr, 0, 13);
    for (i = 0; i < n; i++)
        label_w = fmax(label_w, text_w(cr, sl_result_sensitivity(res, i)->input));
    label_w = fmin(label_w, 0.38 * CANVAS_W);
    x0 = 24 + label_w + 16;
    x1 = CANVAS_W - 40;
    xm = (x0 + x1) / 2;
    row = fmin(44, (CANVAS_H - y0 - 70) / (double)n);
    bar = 0.62 * row;
    /* grid and axis */
    font(cr, 0, 12);
    for (i = 0; i <= 8; i++) {
        double v = -1 + 0.25 * (double)i, x = xm + v * (x1 - xm);
        char buf[16];
        cairo_set_source_rgb(cr, i == 4 ? 0.2 : 0.88, i == 4 ? 0.2 : 0.88,
                             i == 4 ? 0.2 : 0.88);
        cairo_set_line_width(cr, i == 4 ? 1.2 : 0.6);
        cairo_move_to(cr, x, y0 - 6);
        cairo_line_to(cr, x, y0 + row * (double)n + 4);
        cairo_stroke(cr);
        if (i % 2)
            continue;
        cairo_set_source_rgb(cr, C_TEXT);
        snprintf(buf, sizeof buf, "%+.1f", v);
        text_at(cr, x, y0 + row * (double)n + 10, 0.5, 0, i == 4 ? "0" : buf);
    }
    font(cr, 0, 13);
    text_at(cr, xm, y0 + row * (double)n + 32, 0.5, 0,
            "rank correlation with the total: to the right, the total "
            "rises with the input; to the left, it falls");
    for (i = 0; i < n; i++) {
        const sl_sensitivity *s = sl_result_sensitivity(res, i);
        double r = isfinite(s->rank_corr) ? fmax(-1, fmin(1, s->rank_corr)) : 0;
        double yc = y0 + row * ((double)i + 0.5), xe = xm + r * (x1 - xm);
        char buf[64];
        if (r >= 0)
            cairo_set_source_rgb(cr, C_BAR);
        else
            cairo_set_source_rgb(cr, C_NEG);
        cairo_rectangle(cr, fmin(xm, xe), yc - bar / 2, fabs(xe - xm), bar);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, C_TEXT);
        font(cr, 0, 13);
        text_at(cr, x0 - 12, yc, 1, 0.5, s->input);
        font(cr, 0, 11);
        if (fabs(r) < 0.005)
            r = 0; /* no "-0.00" */
        if (isfinite(s->index))
            snprintf(buf, sizeof buf, "%+.2f (%.0f %%)", r, 100 * s->index);
        else
            snprintf(buf, sizeof buf, "%+.2f", r);
        if (r >= 0)
            text_at(cr, xe + 5 + (fabs(xe - xm) < 1 ? 2 : 0), yc, 0, 0.5, buf);
        else
            text_at(cr, xe - 5, yc, 1, 0.5, buf);
    }
}

/* ------------------------------------------------------------------ */
/* The sweep chart                                                     */

/* The sweep's points in order of value into idx (n entries). */
static void sweep_order(const plot_sweep_data *d, size_t *idx)
{
    for (size_t i = 0; i < d->n; i++) { /* insertion sort: n <= 50 */
        size_t j = i;
        for (; j > 0 && d->x[idx[j - 1]] > d->x[i]; j--)
            idx[j] = idx[j - 1];
        idx[j] = i;
    }
}

/* The y range: 0 to the largest P95, widened to the claim when near
 * (up to twice that); sets f->ymax and returns which claim ends (low,
 * high) are on the scale: bit 0 the low end, bit 1 the high end. */
static int sweep_y_range(frame *f, const plot_sweep_data *d, int has_claim,
                         double lo, double hi)
{
    double top = 0, end[2] = {lo, hi};
    int inside = 0;
    for (size_t i = 0; i < d->n; i++)
        if (isfinite(d->total[i].p95))
            top = fmax(top, d->total[i].p95);
    if (!(top > 0))
        top = 1;
    for (int k = 0; k < 2 && has_claim; k++)
        if (end[k] >= 0 && end[k] <= 2 * top) {
            inside |= 1 << k;
            top = fmax(top, end[k]);
        }
    f->ymax = ceil(top * 1.08 / nice_step(top * 1.08, 6)) *
              nice_step(top * 1.08, 6);
    return inside;
}

/* Axes of the sweep chart: the value below, the total at the left, with
 * horizontal grid lines. */
static void sweep_axes(cairo_t *cr, const frame *f, const char *xlabel,
                       const char *unit)
{
    double step = nice_step(f->hi - f->lo, 6), ystep = nice_step(f->ymax, 6);
    int dec = step_decimals(step);
    char buf[160];
    font(cr, 0, 12);
    for (double v = 0; v <= f->ymax * (1 + 1e-9); v += ystep) {
        cairo_set_source_rgb(cr, C_GRID);
        cairo_set_line_width(cr, 0.6);
        cairo_move_to(cr, f->x0, fy(f, v));
        cairo_line_to(cr, f->x1, fy(f, v));
        cairo_stroke(cr);
        cairo_set_source_rgb(cr, C_TEXT);
        fmt_num(v, step_decimals(ystep), buf, sizeof buf);
        text_at(cr, f->x0 - 6, fy(f, v), 1, 0.5, buf);
    }
    for (double v = ceil(f->lo / step) * step; v <= f->hi; v += step) {
        cairo_set_source_rgb(cr, C_TEXT);
        cairo_move_to(cr, fx(f, v), f->y1);
        cairo_line_to(cr, fx(f, v), f->y1 + 4);
        cairo_stroke(cr);
        fmt_num(v, dec, buf, sizeof buf);
        text_at(cr, fx(f, v), f->y1 + 6, 0.5, 0, buf);
    }
    cairo_set_line_width(cr, 1);
    cairo_rectangle(cr, f->x0, f->y0, f->x1 - f->x0, f->y1 - f->y0);
    cairo_stroke(cr);
    font(cr, 0, 13);
    text_at(cr, (f->x0 + f->x1) / 2, f->y1 + 26, 0.5, 0, xlabel);
    cairo_save(cr);
    cairo_translate(cr, f->x0 - 80, (f->y0 + f->y1) / 2);
    cairo_rotate(cr, -PI / 2);
    snprintf(buf, sizeof buf, "total %s (all containers)", unit);
    text_at(cr, 0, 0, 0.5, 0.5, buf);
    cairo_restore(cr);
}

/* The P5-P95 band (lines 0) or the P50 line with a dot at each value
 * (lines 1), points in order idx. */
static void sweep_band(cairo_t *cr, const frame *f, const plot_sweep_data *d,
                       const size_t *idx, int lines)
{
    const sl_summary *t;
    cairo_new_path(cr); /* no line from the last text drawn */
    for (size_t k = 0; k < 2 * d->n; k++) { /* P5 forth, P95 back */
        size_t i = idx[k < d->n ? k : 2 * d->n - 1 - k];
        double v;
        t = &d->total[i];
        v = lines ? t->p50 : k < d->n ? t->p05 : t->p95;
        if (lines && k >= d->n)
            break;
        cairo_line_to(cr, fx(f, d->x[i]), fy(f, fmin(v, f->ymax)));
    }
    if (!lines) {
        cairo_close_path(cr);
        cairo_set_source_rgb(cr, C_BAND);
        cairo_fill(cr);
        return;
    }
    cairo_set_source_rgb(cr, C_BAR);
    cairo_set_line_width(cr, 2.2);
    cairo_stroke(cr);
    for (size_t k = 0; k < d->n; k++) {
        t = &d->total[idx[k]];
        cairo_arc(cr, fx(f, d->x[idx[k]]), fy(f, fmin(t->p50, f->ymax)), 3.2,
                  0, 2 * PI);
        cairo_fill(cr);
    }
}

/* One end of the claim at total v: a red horizontal line when on the
 * scale, else an arrow at the top edge. */
static void sweep_claim_line(cairo_t *cr, const frame *f, double v,
                             int inside)
{
    cairo_set_source_rgb(cr, C_CLAIM);
    cairo_set_line_width(cr, 2.2);
    if (inside) {
        cairo_move_to(cr, f->x0, fy(f, v));
        cairo_line_to(cr, f->x1, fy(f, v));
        cairo_stroke(cr);
        return;
    }
    cairo_move_to(cr, f->x1 - 30, f->y0 + 4);
    cairo_line_to(cr, f->x1 - 38, f->y0 + 18);
    cairo_line_to(cr, f->x1 - 22, f->y0 + 18);
    cairo_close_path(cr);
    cairo_fill(cr);
}

/* The claim: its line (a range: both ends, the span tinted) and a label
 * at the left end. */
static void sweep_claim(cairo_t *cr, const frame *f, const sl_claim_check *c,
                        int inside)
{
    char num[48], hi[48], label[160];
    double y;
    fmt_num(c->value, 0, num, sizeof num);
    if (c->qualifier == SL_QUAL_RANGE) {
        double top = inside & 2 ? fy(f, c->value_high) : f->y0;
        double bottom = inside & 1 ? fy(f, c->value) : f->y0;
        cairo_set_source_rgba(cr, C_CLAIM, 0.08);
        cairo_rectangle(cr, f->x0, top, f->x1 - f->x0, bottom - top);
        cairo_fill(cr);
        sweep_claim_line(cr, f, c->value_high, inside & 2);
        fmt_num(c->value_high, 0, hi, sizeof hi);
        snprintf(label, sizeof label, "claim: %s to %s%s", num, hi,
                 inside == 3 ? "" : " (off scale)");
    } else
        snprintf(label, sizeof label, "claim: %s%s%s%s",
                 c->qualifier == SL_QUAL_EXACT ? ""
                                               : sl_qualifier_name(c->qualifier),
                 c->qualifier == SL_QUAL_EXACT ? "" : " ", num,
                 inside & 1 ? "" : " (off scale)");
    sweep_claim_line(cr, f, c->value, inside & 1);
    y = inside & 1 ? fy(f, c->value) : f->y0 + 26; /* below the arrow */
    font(cr, 1, 12);
    cairo_set_source_rgba(cr, 1, 1, 1, 0.92);
    cairo_rectangle(cr, f->x0 + 6, y - 22, text_w(cr, label) + 12, 18);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, C_CLAIM);
    text_at(cr, f->x0 + 12, y - 19, 0, 0, label);
}

/* The whole sweep chart. */
static void draw_sweep(cairo_t *cr, const plot_sweep_data *d)
{
    const sl_scenario *sc = d->sc;
    size_t idx[64];
    const sl_claim_check *c = d->claim;
    int has_claim = c != NULL, inside;
    char unit[48], title[256], sub[400], ns[48];
    frame f = {120, 70, CANVAS_W - 40, CANVAS_H - 62, 0, 1, 1};
    double pad;
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    sweep_order(d, idx);
    f.lo = d->x[idx[0]];
    f.hi = d->x[idx[d->n - 1]];
    pad = f.hi > f.lo ? 0.03 * (f.hi - f.lo) : fmax(fabs(f.lo) * 0.01, 1);
    f.lo -= pad;
    f.hi += pad;
    unit_name(sc, unit, sizeof unit);
    inside = sweep_y_range(&f, d, has_claim, has_claim ? c->value : 0,
                           !has_claim                       ? 0
                           : c->qualifier == SL_QUAL_RANGE ? c->value_high
                                                            : c->value);
    fit_title(cr, d->title ? d->title
                  : *sl_scenario_title(sc) ? sl_scenario_title(sc)
                                           : "Total munitions",
              title, sizeof title, CANVAS_W - 48);
    fmt_num((double)d->samples, 0, ns, sizeof ns);
    snprintf(sub, sizeof sub, "P50 (line) and 90 %% range (shaded) against "
             "%s; %s samples, seed %llu at every value", d->xlabel, ns,
             (unsigned long long)d->seed);
    titles(cr, title, sub);
    sweep_band(cr, &f, d, idx, 0);
    sweep_axes(cr, &f, d->xlabel, unit);
    sweep_band(cr, &f, d, idx, 1);
    if (has_claim)
        sweep_claim(cr, &f, c, inside);
}

/* ------------------------------------------------------------------ */
/* The assumption map                                                  */

/* The map's area (points): cells between GX0..GX1 and GY0..GY1. */
#define GX0 150.0
#define GX1 (CANVAS_W - 150.0)
#define GY0 78.0
#define GY1 (CANVAS_H - 86.0)

const char *plot_verdict_letter(int verdict)
{
    switch (verdict) {
    case SL_VERDICT_CONSISTENT: return "C";
    case SL_VERDICT_CONSERVATIVE: return "E";
    case SL_VERDICT_IMPLAUSIBLE: return "I";
    case SL_VERDICT_IMPOSSIBLE: return "X";
    case SL_VERDICT_TOO_LOW: return "L";
    default: return "?";
    }
}

void plot_grid_colour(double p, double rgb[3])
{
    /* pale yellow, teal, navy: luminance falls all the way */
    static const double stop[3][3] = {{0.98, 0.97, 0.85},
                                      {0.35, 0.68, 0.72},
                                      {0.08, 0.16, 0.42}};
    double t;
    int k;
    p = isfinite(p) ? fmin(1, fmax(0, p)) : 0;
    k = p < 0.5 ? 0 : 1;
    t = p < 0.5 ? p / 0.5 : (p - 0.5) / 0.5;
    for (int c = 0; c < 3; c++)
        rgb[c] = stop[k][c] + t * (stop[k + 1][c] - stop[k][c]);
}

void plot_grid_cell(const plot_grid_data *d, size_t i, size_t j,
                    double box[4])
{
    box[2] = (GX1 - GX0) / (double)d->cols;
    box[3] = (GY1 - GY0) / (double)d->rows;
    box[0] = GX0 + box[2] * (double)j;
    box[1] = GY0 + box[3] * (double)i;
}

/* A subtitle that fits the width (cut with an ellipsis) in font size 12. */
static void fit_sub(cairo_t *cr, const char *text, char *buf, size_t size,
                    double width)
{
    size_t n;
    snprintf(buf, size, "%s", text);
    font(cr, 0, 12);
    n = strlen(buf);
    while (n > 4 && text_w(cr, buf) > width) {
        n--;
        while (n > 0 && (buf[n] & 0xC0) == 0x80)
            n--;
        snprintf(buf + n, size - n, "\xe2\x80\xa6");
    }
}

/* The cells, each its colour, with its share and letter when it fits. */
static void grid_cells(cairo_t *cr, const plot_grid_data *d)
{
    double box[4], rgb[3], fs;
    char buf[48];
    plot_grid_cell(d, 0, 0, box);
    fs = fmin(12, fmin(box[3] * 0.42, box[2] / 6.5));
    for (size_t i = 0; i < d->rows; i++)
        for (size_t j = 0; j < d->cols; j++) {
            double p = d->p[i * d->cols + j];
            plot_grid_cell(d, i, j, box);
            plot_grid_colour(p, rgb);
            cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
            cairo_rectangle(cr, box[0], box[1], box[2], box[3]);
            cairo_fill(cr);
            if (fs < 6.5)
                continue;
            if (p > 0 && p < 0.0005)
                snprintf(buf, sizeof buf, "<0.1%% %s",
                         plot_verdict_letter(d->verdict[i * d->cols + j]));
            else if (p < 1 && p >= 0.9995)
                snprintf(buf, sizeof buf, ">99.9%% %s",
                         plot_verdict_letter(d->verdict[i * d->cols + j]));
            else
                snprintf(buf, sizeof buf, "%.*f%% %s",
                         p == 0 || p == 1 ? 0 : 1, 100 * p,
                         plot_verdict_letter(d->verdict[i * d->cols + j]));
            if (p > 0.55)
                cairo_set_source_rgb(cr, 1, 1, 1);
            else
                cairo_set_source_rgb(cr, C_TEXT);
            font(cr, 0, fs);
            text_at(cr, box[0] + box[2] / 2, box[1] + box[3] / 2, 0.5, 0.5,
                    buf);
        }
}

/* A thick line on each border between cells of different verdicts. */
static void grid_borders(cairo_t *cr, const plot_grid_data *d)
{
    double box[4];
    cairo_set_source_rgb(cr, C_TEXT);
    cairo_set_line_width(cr, 2.6);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE);
    for (size_t i = 0; i < d->rows; i++)
        for (size_t j = 0; j < d->cols; j++) {
            int v = d->verdict[i * d->cols + j];
            plot_grid_cell(d, i, j, box);
            if (j + 1 < d->cols && d->verdict[i * d->cols + j + 1] != v) {
                cairo_move_to(cr, box[0] + box[2], box[1]);
                cairo_line_to(cr, box[0] + box[2], box[1] + box[3]);
            }
            if (i + 1 < d->rows && d->verdict[(i + 1) * d->cols + j] != v) {
                cairo_move_to(cr, box[0], box[1] + box[3]);
                cairo_line_to(cr, box[0] + box[2], box[1] + box[3]);
            }
        }
    cairo_stroke(cr);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
}

/* The values along the left and bottom edges (every k-th when they
 * crowd), the inputs' names, the frame. */
static void grid_axes(cairo_t *cr, const plot_grid_data *d)
{
    double box[4];
    size_t kr, kc;
    cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
    cairo_set_line_width(cr, 0.8);
    cairo_rectangle(cr, GX0, GY0, GX1 - GX0, GY1 - GY0);
    cairo_stroke(cr);
    double wmax = 0;
    plot_grid_cell(d, 0, 0, box);
    cairo_set_source_rgb(cr, C_TEXT);
    font(cr, 0, 11);
    for (size_t j = 0; j < d->cols; j++) /* every k-th label, none touching */
        wmax = fmax(wmax, text_w(cr, d->col_text[j]));
    kr = box[3] >= 13 ? 1 : (size_t)ceil(13 / box[3]);
    kc = box[2] >= wmax + 8 ? 1 : (size_t)ceil((wmax + 8) / box[2]);
    for (size_t i = 0; i < d->rows; i += kr) {
        plot_grid_cell(d, i, 0, box);
        text_at(cr, GX0 - 6, box[1] + box[3] / 2, 1, 0.5, d->row_text[i]);
    }
    for (size_t j = 0; j < d->cols; j += kc) {
        plot_grid_cell(d, 0, j, box);
        text_at(cr, box[0] + box[2] / 2, GY1 + 6, 0.5, 0, d->col_text[j]);
    }
    font(cr, 0, 13);
    text_at(cr, (GX0 + GX1) / 2, GY1 + 26, 0.5, 0, d->col_label);
    cairo_save(cr);
    cairo_translate(cr, GX0 - 96, (GY0 + GY1) / 2);
    cairo_rotate(cr, -PI / 2);
    text_at(cr, 0, 0, 0.5, 0.5, d->row_label);
    cairo_restore(cr);
}

/* The colour scale at the right, 0 % at the bottom, marks at 5 % and
 * 95 % (where the verdicts turn); the key to the letters and lines. */
static void grid_scale(cairo_t *cr, const plot_grid_data *d)
{
    static const double tick[] = {0, 0.05, 0.25, 0.5, 0.75, 0.95, 1};
    double x = GX1 + 40, w = 22, rgb[3];
    char buf[400];
    int used = 0;
    for (int k = 0; k < 100; k++) {
        plot_grid_colour((k + 0.5) / 100, rgb);
        cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
        cairo_rectangle(cr, x, GY1 - (GY1 - GY0) * (k + 1) / 100.0, w,
                        (GY1 - GY0) / 100.0 + 0.3);
        cairo_fill(cr);
    }
    cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
    cairo_set_line_width(cr, 0.8);
    cairo_rectangle(cr, x, GY0, w, GY1 - GY0);
    cairo_stroke(cr);
    font(cr, 0, 11);
    for (size_t k = 0; k < sizeof tick / sizeof *tick; k++) {
        double y = GY1 - (GY1 - GY0) * tick[k];
        cairo_set_source_rgb(cr, C_TEXT);
        cairo_move_to(cr, x + w, y);
        cairo_line_to(cr, x + w + 4, y);
        cairo_stroke(cr);
        snprintf(buf, sizeof buf, "%.0f %%", 100 * tick[k]);
        text_at(cr, x + w + 7, y, 0, 0.5, buf);
    }
    font(cr, 0, 11);
    text_at(cr, x + w / 2, GY0 - 8, 0.5, 1, "share of samples");
    for (size_t i = 0; i < d->rows * d->cols; i++)
        if (d->verdict[i] >= 0 && d->verdict[i] < 16)
            used |= 1 << d->verdict[i];
    buf[0] = '\0';
    for (int v = 0; v < 16; v++)
        if (used & (1 << v)) {
            size_t n = strlen(buf);
            snprintf(buf + n, sizeof buf - n, "%s%s %s", n ? ", " : "",
                     plot_verdict_letter(v), sl_verdict_name((sl_verdict)v));
        }
    if (used & (used - 1)) { /* more than one verdict: lines between */
        size_t n = strlen(buf);
        snprintf(buf + n, sizeof buf - n, "; thick lines: where the verdict "
                 "changes");
    }
    cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
    text_at(cr, 24, CANVAS_H - 14, 0, 1, buf);
}

/* The whole map. */
static void draw_grid(cairo_t *cr, const plot_grid_data *d)
{
    char title[300], sub[900];
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    fit_title(cr, d->title, title, sizeof title, CANVAS_W - 48);
    fit_sub(cr, d->sub, sub, sizeof sub, CANVAS_W - 48);
    titles(cr, title, sub);
    grid_cells(cr, d);
    grid_borders(cr, d);
    grid_axes(cr, d);
    grid_scale(cr, d);
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */

/* draw_distribution and draw_sensitivity as plot_render calls them. */
static void draw_distribution_cb(cairo_t *cr, const void *res)
{
    draw_distribution(cr, res);
}

static void draw_sensitivity_cb(cairo_t *cr, const void *res)
{
    draw_sensitivity(cr, res);
}

static void draw_sweep_cb(cairo_t *cr, const void *d)
{
    draw_sweep(cr, d);
}

static void draw_grid_cb(cairo_t *cr, const void *d)
{
    draw_grid(cr, d);
}

/* The map into path (see plot.h). */
int plot_grid(const plot_grid_data *d, const char *path, char *msg,
              size_t msgsize)
{
    if (!d || d->rows == 0 || d->cols == 0 || d->rows * d->cols > 2500)
        return fail(msg, msgsize, "no grid to draw (1 to 2,500 cells)");
    return plot_render(path, CANVAS_W, CANVAS_H, PNG_SCALE, draw_grid_cb, d,
                       msg, msgsize);
}

/* The sweep chart into path (see plot.h). */
int plot_sweep(const plot_sweep_data *d, const char *path, char *msg,
               size_t msgsize)
{
    if (!d || d->n == 0 || d->n > 64 || !d->total || !d->sc)
        return fail(msg, msgsize, "no sweep to draw (1 to 64 values)");
    return plot_render(path, CANVAS_W, CANVAS_H, PNG_SCALE, draw_sweep_cb, d,
                       msg, msgsize);
}

/* The distribution chart into path (see plot.h). */
int plot_distribution(const sl_result *res, const char *path, char *msg,
                      size_t msgsize)
{
    return plot_render(path, CANVAS_W, CANVAS_H, PNG_SCALE,
                       draw_distribution_cb, res, msg, msgsize);
}

/* The tornado chart into path (see plot.h). */
int plot_sensitivity(const sl_result *res, const char *path, char *msg,
                     size_t msgsize)
{
    return plot_render(path, CANVAS_W, CANVAS_H, PNG_SCALE,
                       draw_sensitivity_cb, res, msg, msgsize);
}
