/* lib/format.c - numbers for people: thousands separators, significant
 * digits. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "internal.h"

int sl_format_number(double v, int sig, int decimals, char *buf, size_t size)
{
    char raw[352], out[480];
    size_t digits, n, j = 0;
    if (decimals < 0)
        decimals = 0;
    if (decimals > 17)
        decimals = 17;
    if (!isfinite(v))
        return snprintf(buf, size, "%s",
                        isnan(v) ? "n/a" : (v > 0 ? "inf" : "-inf"));
    if (sig > 0 && v != 0) {
        double p = pow(10.0, floor(log10(fabs(v))) - (sig - 1));
        if (p >= 1.0)
            v = round(v / p) * p;
    }
    if (fabs(v) >= 1e300)
        return snprintf(buf, size, "%.6g", v);
    snprintf(raw, sizeof raw, "%.*f", decimals, fabs(v));
    digits = strcspn(raw, ".");
    n = strlen(raw);
    /* "-0" is printed as "0" */
    if (v < 0 && strspn(raw, "0.") != n)
        out[j++] = '-';
    for (size_t i = 0; i < digits; i++) {
        if (i > 0 && (digits - i) % 3 == 0)
            out[j++] = ',';
        out[j++] = raw[i];
    }
    for (size_t i = digits; i < n; i++)
        out[j++] = raw[i];
    out[j] = '\0';
    return snprintf(buf, size, "%s", out);
}
