/* lib/format.c - numbers for people: thousands separators, significant
 * digits. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
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
        return sli_snprintf(buf, size, "%s",
                        isnan(v) ? "n/a" : (v > 0 ? "inf" : "-inf"));
    if (sig > 0 && v != 0) {
        double p = pow(10.0, floor(log10(fabs(v))) - (sig - 1));
        if (p >= 1.0)
            v = round(v / p) * p;
    }
    if (fabs(v) >= 1e300)
        return sli_snprintf(buf, size, "%.6g", v);
    if (sig > 0 && v != 0 &&
        pow(10.0, floor(log10(fabs(v))) - (sig - 1)) >= 1.0) {
        /* a whole number of sig digits: the digits from %e, then zeros
           (%f wrote the double's binary digits past the 17th: 2.76e26 to 3
           digits was 276,000,000,000,000,021,743,124) */
        char e[40];
        int exp10;
        size_t k = 0;
        sli_snprintf(e, sizeof e, "%.*e", sig - 1 > 16 ? 16 : sig - 1, fabs(v));
        exp10 = atoi(strchr(e, 'e') + 1);
        for (const char *c = e; *c != 'e'; c++)
            if (*c >= '0' && *c <= '9' && k < sizeof raw - 20)
                raw[k++] = *c;
        while ((int)k < exp10 + 1 && k < sizeof raw - 20)
            raw[k++] = '0';
        if (decimals > 0) {
            raw[k++] = '.';
            for (int i = 0; i < decimals; i++)
                raw[k++] = '0';
        }
        raw[k] = '\0';
    } else
        sli_snprintf(raw, sizeof raw, "%.*f", decimals, fabs(v));
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
    return sli_snprintf(buf, size, "%s", out);
}

int sl_format_figure(double v, char *buf, size_t size)
{
    int dec = 0;
    /* the fewest decimals that write v to within a part in 10^12 (1,234.5
       is 1234.5 exactly; 0.1 is not, but 1 decimal writes it) */
    while (dec < 3 && isfinite(v) &&
           fabs(v * pow(10.0, dec) - round(v * pow(10.0, dec))) >
               1e-12 * fmax(1.0, fabs(v * pow(10.0, dec))))
        dec++;
    return sl_format_number(v, 0, dec, buf, size);
}

int sl_format_percent(double p, char *buf, size_t size)
{
    double x = 100 * p;
    if (x == 0)
        return sli_snprintf(buf, size, "0");
    if (!(fabs(x) < 1))
        return sl_format_number(x, 0, 1, buf, size);
    if (fabs(x) < 1e-15) /* more decimals than sl_format_number writes */
        return sli_snprintf(buf, size, "%.2g", x);
    {
        /* two significant digits: one decimal fewer when rounding carries
           into the next power of ten (0.099996 -> "0.10", not "0.100") */
        int e = (int)floor(log10(fabs(x))), dec = 1 - e;
        if (fabs(round(x * pow(10.0, dec))) >= 100)
            dec--;
        return sl_format_number(x, 0, dec, buf, size);
    }
}

int sl_format_percent_interval(double lo, double hi, char *buf, size_t size)
{
    char a[64], b[64];
    sl_format_percent(lo, a, sizeof a);
    sl_format_percent(hi, b, sizeof b);
    /* more decimals while both ends print alike ("5.0 to 5.0") */
    for (int dec = 2; dec <= 8 && !strcmp(a, b) && lo < hi; dec++) {
        sl_format_number(100 * lo, 0, dec, a, sizeof a);
        sl_format_number(100 * hi, 0, dec, b, sizeof b);
    }
    return sli_snprintf(buf, size, "%s to %s", a, b);
}
