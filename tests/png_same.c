/* png_same: is a PNG the same drawing as another?
 *
 *   png_same EXPECTED ACTUAL MAX_SHARE
 *
 * Exit 0 when both decode to the same pixels, 3 when they differ only a
 * little: images of one size where at most MAX_SHARE of the 8 x 8 pixel
 * blocks differ, on average over the block, by more than 32 of 255 in a
 * channel; 1 when they differ more, 2 on bad arguments or a file that is
 * not a PNG.  Pixels, not bytes: another zlib or libpng writes the same
 * image in other bytes.  "A little" is what another build of cairo,
 * pixman, FreeType or the fonts does to text (it rasterises glyphs a
 * little differently); a chart of other data differs more.  The figures
 * that set MAX_SHARE are in tests/chart_check.cmake. */
#include <cairo.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The image in path as ARGB32, or NULL (with a message) when it is not
 * a readable PNG. */
static cairo_surface_t *load(const char *path)
{
    cairo_surface_t *s = cairo_image_surface_create_from_png(path);
    cairo_surface_t *argb;
    cairo_t *cr;
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        fprintf(stderr, "png_same: %s: %s\n", path,
                cairo_status_to_string(cairo_surface_status(s)));
        cairo_surface_destroy(s);
        return NULL;
    }
    if (cairo_image_surface_get_format(s) == CAIRO_FORMAT_ARGB32)
        return s;
    argb = cairo_image_surface_create(CAIRO_FORMAT_ARGB32,
                                      cairo_image_surface_get_width(s),
                                      cairo_image_surface_get_height(s));
    cr = cairo_create(argb);
    cairo_set_source_surface(cr, s, 0, 0);
    cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE);
    cairo_paint(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    cairo_surface_flush(argb);
    return argb;
}

/* Mean of channel c (0 blue, 1 green, 2 red, 3 alpha) over the k x k
 * block of image s whose corner is (bx, by). */
static double block_mean(cairo_surface_t *s, int bx, int by, int k, int c)
{
    const unsigned char *d = cairo_image_surface_get_data(s);
    size_t stride = (size_t)cairo_image_surface_get_stride(s);
    double sum = 0.0;
    for (int y = by; y < by + k; y++) {
        const uint32_t *row = (const uint32_t *)(const void *)(d + (size_t)y * stride);
        for (int x = bx; x < bx + k; x++)
            sum += (double)((row[x] >> (8 * c)) & 0xffu);
    }
    return sum / (double)(k * k);
}

/* Compare two images of one size: *exact = 1 when every pixel is equal;
 * returns the share of BLOCK x BLOCK blocks whose mean differs in a
 * channel by more than LEVEL of 255 (edge blocks that are not whole are
 * left out). */
#define BLOCK 8
#define LEVEL 32.0
static double block_share(cairo_surface_t *a, cairo_surface_t *b, int *exact)
{
    int w = cairo_image_surface_get_width(a);
    int h = cairo_image_surface_get_height(a);
    size_t sa = (size_t)cairo_image_surface_get_stride(a);
    size_t sb = (size_t)cairo_image_surface_get_stride(b);
    size_t differ = 0, blocks = 0;
    *exact = 1;
    for (int y = 0; y < h && *exact; y++)
        *exact = memcmp(cairo_image_surface_get_data(a) + (size_t)y * sa,
                        cairo_image_surface_get_data(b) + (size_t)y * sb,
                        (size_t)w * 4) == 0;
    for (int by = 0; by + BLOCK <= h; by += BLOCK)
        for (int bx = 0; bx + BLOCK <= w; bx += BLOCK) {
            int off = 0;
            for (int c = 0; c < 4 && !off; c++)
                off = fabs(block_mean(a, bx, by, BLOCK, c) -
                           block_mean(b, bx, by, BLOCK, c)) > LEVEL;
            differ += (size_t)off;
            blocks++;
        }
    return blocks > 0 ? (double)differ / (double)blocks : 0.0;
}

int main(int argc, char **argv)
{
    cairo_surface_t *a, *b = NULL;
    char *end;
    double max_share, share;
    int rc = 2, exact;
    if (argc != 4 || (max_share = strtod(argv[3], &end), *end != '\0') ||
        !(max_share >= 0.0 && max_share <= 1.0)) {
        fprintf(stderr, "usage: png_same EXPECTED ACTUAL MAX_SHARE "
                        "(a share from 0 to 1)\n");
        return 2;
    }
    if (!(a = load(argv[1])) || !(b = load(argv[2]))) {
        /* load said why */
    } else if (cairo_image_surface_get_width(a) !=
                   cairo_image_surface_get_width(b) ||
               cairo_image_surface_get_height(a) !=
                   cairo_image_surface_get_height(b)) {
        printf("png_same: %s is %d x %d pixels, %s %d x %d\n", argv[1],
               cairo_image_surface_get_width(a),
               cairo_image_surface_get_height(a), argv[2],
               cairo_image_surface_get_width(b),
               cairo_image_surface_get_height(b));
        rc = 1;
    } else {
        share = block_share(a, b, &exact);
        rc = exact ? 0 : share <= max_share ? 3 : 1;
        if (exact)
            printf("png_same: %s and %s have the same pixels\n", argv[1],
                   argv[2]);
        else
            printf("png_same: %s and %s differ: %.3f %% of the 8 x 8 "
                   "blocks differ by more than 32 of 255 (%.3f %% is a "
                   "little)\n", argv[1], argv[2], 100.0 * share,
                   100.0 * max_share);
    }
    if (a)
        cairo_surface_destroy(a);
    if (b)
        cairo_surface_destroy(b);
    return rc;
}
