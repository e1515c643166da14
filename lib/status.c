/* lib/status.c - status messages and error details. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "internal.h"

const char *sl_strerror(int status)
{
    switch (status) {
#define SL_STATUS_MSG_(name, val, msg) case val: return msg;
        SL_STATUS_MAP(SL_STATUS_MSG_)
#undef SL_STATUS_MSG_
    default:
        return "unknown status";
    }
}

void sl_error_clear(sl_error *err)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    err->status = SL_OK;
}

SLI_PRINTF(6, 0)
static void vfill(sl_error *err, sl_status status, const char *where,
                  int line, int column, const char *fmt, va_list ap)
{
    err->status = status;
    err->line = line;
    err->column = column;
    sli_strlcpy(err->where, where ? where : "", sizeof err->where);
    if (fmt)
        sli_vsnprintf(err->what, sizeof err->what, fmt, ap);
    else
        sli_strlcpy(err->what, sl_strerror(status), sizeof err->what);
}

sl_status sli_fail(sl_error *err, sl_status status, const char *where,
                   const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vfill(err, status, where, 0, 0, fmt, ap);
        va_end(ap);
    }
    return status;
}

sl_status sli_fail_at(sl_error *err, sl_status status, const char *where,
                      int line, int column, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vfill(err, status, where, line, column, fmt, ap);
        va_end(ap);
    }
    return status;
}

sl_status sli_one_line(const char *s, const char *where, sl_error *err)
{
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
        if ((*p & 0xC0) != 0x80)
            chars++;
        if (*p < 0x20 || *p == 0x7F)
            return sli_fail(err, SL_EINVAL, where, "control character "
                            "U+%04X at character %zu; expected one line of "
                            "text (reports print it as it is: write a line "
                            "break or tab as a space)", *p, chars);
    }
    return SL_OK;
}

int sli_strlcpy(char *dst, const char *src, size_t n)
{
    size_t len;
    if (!dst || n == 0)
        return 0;
    if (!src)
        src = "";
    len = strlen(src);
    if (len >= n) {
        memcpy(dst, src, n - 1);
        dst[n - 1] = '\0';
        return 0;
    }
    memcpy(dst, src, len + 1);
    return 1;
}

/* s whole, or its start, "..." and its length in characters. */
const char *sli_shown(const char *s, char *buf, size_t n)
{
    size_t len, keep = SLI_SHOWN_WHOLE - 20, chars = 0;
    if (!s)
        s = "";
    len = strlen(s);
    if (len <= SLI_SHOWN_WHOLE) {
        sli_strlcpy(buf, s, n);
        return buf;
    }
    while (keep > 0 && ((unsigned char)s[keep] & 0xC0) == 0x80)
        keep--; /* not inside a UTF-8 sequence */
    for (const char *p = s; *p; p++)
        chars += ((unsigned char)*p & 0xC0) != 0x80;
    sli_snprintf(buf, n, "%.*s... (%zu characters)", (int)keep, s, chars);
    return buf;
}
