/*
 * examples/plot_file.h - the chart format a file name asks for, one rule
 * for shipload-estimate (--plot, --plot-sensitivity), shipload-pack
 * (--plot) and plot_render: a name ending in ".png" or ".svg", in any case
 * (".PNG", ".Svg"), with at least one character before it.  Needs no
 * cairo, so a build without it still checks the flag.
 */
#ifndef SHIPLOAD_EXAMPLES_PLOT_FILE_H
#define SHIPLOAD_EXAMPLES_PLOT_FILE_H

#include <string.h>

/* What plot_file_format() returns. */
enum { PLOT_FILE_NONE = 0, PLOT_FILE_PNG, PLOT_FILE_SVG };

/* PLOT_FILE_PNG or PLOT_FILE_SVG as path ends (ASCII case ignored), else
 * PLOT_FILE_NONE (also for NULL and for a bare ".png"). */
static inline int plot_file_format(const char *path)
{
    static const char *const ext[2] = {".png", ".svg"};
    size_t n = path ? strlen(path) : 0;
    if (n < 5)
        return PLOT_FILE_NONE;
    for (int k = 0; k < 2; k++) {
        int i = 0;
        for (; i < 4; i++) {
            char c = path[n - 4 + i];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c - 'A' + 'a');
            if (c != ext[k][i])
                break;
        }
        if (i == 4)
            return k ? PLOT_FILE_SVG : PLOT_FILE_PNG;
    }
    return PLOT_FILE_NONE;
}

#endif /* SHIPLOAD_EXAMPLES_PLOT_FILE_H */
