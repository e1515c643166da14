/* lib/status.c - status messages and error details. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

/* The enumerators of status.h are those of SL_STATUS_MAP, value for value,
 * and there are as many (SLI_STATUS_COUNT, internal.h). */
#define SLI_STATUS_SAME_(name, val, msg) \
    _Static_assert(SL_##name == val, "SL_" #name " differs from the map");
SL_STATUS_MAP(SLI_STATUS_SAME_)
#undef SLI_STATUS_SAME_
_Static_assert(SLI_STATUS_COUNT == SL_ESTATE + 1,
               "a status in SL_STATUS_MAP is missing from the enum");

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
    /* a column in a one-line text (a claim, a count, a fill) is on its
       line 1, as sl_dist_parse reports it */
    err->line = line == 0 && column > 0 ? 1 : line;
    err->column = column;
    sli_strlcpy(err->where, where ? where : "", sizeof err->where);
    if (fmt)
        sli_vsnprintf(err->what, sizeof err->what, fmt, ap);
    else
        sli_strlcpy(err->what, sl_strerror(status), sizeof err->what);
    /* a precision or the buffer's end may cut a character ("%.150s") */
    sli_utf8_clean(err->where);
    sli_utf8_clean(err->what);
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

/* The length of the well-formed UTF-8 sequence at p (1 to 4), or 0 when
 * p starts none (a stray continuation byte, a truncated or overlong
 * sequence, a surrogate, a code point above U+10FFFF). */
static size_t utf8_len(const unsigned char *p)
{
    size_t n;
    unsigned long c;
    if (p[0] < 0x80)
        return 1;
    if (p[0] >= 0xC2 && p[0] <= 0xDF)
        n = 2, c = p[0] & 0x1F;
    else if (p[0] >= 0xE0 && p[0] <= 0xEF)
        n = 3, c = p[0] & 0x0F;
    else if (p[0] >= 0xF0 && p[0] <= 0xF4)
        n = 4, c = p[0] & 0x07;
    else
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) /* also stops at the terminating 0 */
            return 0;
        c = c << 6 | (p[i] & 0x3F);
    }
    if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
        (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    return n;
}

void sli_utf8_clean(char *s)
{
    unsigned char *p = (unsigned char *)s, *q = p;
    while (p && *p) {
        size_t n = utf8_len(p);
        if (n == 0) { /* a byte of a cut or foreign sequence: dropped */
            p++;
            continue;
        }
        memmove(q, p, n);
        q += n;
        p += n;
    }
    if (q)
        *q = '\0';
}

/* Check s (NULL allowed) as UTF-8 text, and with one_line as one line
 * too (internal.h: sli_one_line, sli_utf8_text). */
static sl_status check_text(const char *s, const char *where, int one_line,
                            sl_error *err)
{
    size_t chars = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (p && *p) {
        size_t n = utf8_len(p);
        unsigned cp = *p;
        chars++;
        if (n == 0)
            return sli_fail(err, SL_EINVAL, where, "byte 0x%02X at "
                            "character %zu is not UTF-8; expected text in "
                            "UTF-8 (the JSON outputs carry it)", *p, chars);
        if (n == 2) /* C1 controls, U+0080 to U+009F (U+0085 breaks a line) */
            cp = (unsigned)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
        else if (n == 3) /* the line and paragraph separators */
            cp = (unsigned)(p[0] & 0x0F) << 12 | (unsigned)(p[1] & 0x3F) << 6 |
                 (p[2] & 0x3F);
        if (one_line && (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||
                         cp == 0x2028 || cp == 0x2029))
            return sli_fail(err, SL_EINVAL, where, "control character "
                            "U+%04X at character %zu; expected one line of "
                            "text (reports print it as it is: write a line "
                            "break or tab as a space)", cp, chars);
        p += n;
    }
    return SL_OK;
}

sl_status sli_one_line(const char *s, const char *where, sl_error *err)
{
    return check_text(s, where, 1, err);
}

sl_status sli_utf8_text(const char *s, const char *where, sl_error *err)
{
    return check_text(s, where, 0, err);
}

/* A copy of notes (NULL or "" gives NULL) in *out, after the UTF-8 check. */
sl_status sli_notes_dup(const char *notes, const char *where, char **out,
                        sl_error *err)
{
    sl_status st = sli_utf8_text(notes, where, err);
    *out = NULL;
    if (st != SL_OK || !notes || !*notes)
        return st;
    if (!(*out = malloc(strlen(notes) + 1)))
        return sli_fail(err, SL_ENOMEM, where, "out of memory");
    memcpy(*out, notes, strlen(notes) + 1);
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
    if (len >= n) { /* cut, not inside a UTF-8 sequence */
        size_t keep = n - 1;
        while (keep > 0 && ((unsigned char)src[keep] & 0xC0) == 0x80)
            keep--;
        memcpy(dst, src, keep);
        dst[keep] = '\0';
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
