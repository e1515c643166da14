/* lib/clocale.c - numbers in C-locale text whatever the process locale.
 *
 * The library writes and reads numbers with '.' as the decimal point and
 * no grouping, whatever locale the calling program chose with setlocale
 * (de_DE.UTF-8 made printf write "1234,5" and strtod stop at "4.8").  It
 * never calls setlocale (process-wide, not thread-safe): every printf-style
 * format and every strtod of the library runs under the POSIX 2008
 * per-thread locale, uselocale(), set to the C locale for the call and
 * restored after it, so another thread (the estimator's workers, or the
 * caller's) is not affected and its locale does not affect this one.
 * (Formatting with the process locale and then replacing its decimal point
 * read from localeconv() was not safe: localeconv() races with a
 * setlocale() in another thread, a decimal point can be several bytes
 * (U+066B), and a printf format whose text holds the same character cannot
 * be told from the number's.)  Letter classes and case are ASCII's
 * (internal.h; tr_TR's tolower('I') is not 'i'), and strerror texts the C
 * locale's. */
#include <locale.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

static pthread_once_t c_once = PTHREAD_ONCE_INIT;
static locale_t c_loc = (locale_t)0;

static void c_make(void)
{
    /* glibc hands back its built-in C locale (no allocation, cannot
       fail); elsewhere it is made once and kept for the process. */
    c_loc = newlocale(LC_ALL_MASK, "C", (locale_t)0);
}

locale_t sli_c_locale_enter(void)
{
    pthread_once(&c_once, c_make);
    if (c_loc == (locale_t)0)
        return (locale_t)0;
    return uselocale(c_loc);
}

void sli_c_locale_leave(locale_t old)
{
    if (old != (locale_t)0)
        uselocale(old);
}

int sli_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
    locale_t old = sli_c_locale_enter();
    int n = vsnprintf(buf, size, fmt, ap);
    sli_c_locale_leave(old);
    return n;
}

int sli_snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = sli_vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

double sli_strtod(const char *s, char **end)
{
    locale_t old = sli_c_locale_enter();
    double v = strtod(s, end);
    sli_c_locale_leave(old);
    return v;
}

int sli_strncasecmp(const char *a, const char *b, size_t n)
{
    for (; n > 0; n--, a++, b++) {
        int ca = sli_tolower((unsigned char)*a);
        int cb = sli_tolower((unsigned char)*b);
        if (ca != cb || ca == 0)
            return ca - cb;
    }
    return 0;
}

const char *sli_strerror(int errnum)
{
    pthread_once(&c_once, c_make);
    if (c_loc != (locale_t)0)
        return strerror_l(errnum, c_loc);
    return strerror(errnum);
}
