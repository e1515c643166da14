/*
 * examples/shown.h - an argument as an error message shows it: control
 * characters escaped (an ESC in argv printed raw drove the terminal) and
 * a long one cut ("99999... (120000 characters)"), as --cargo's unknown
 * id already was.
 */
#ifndef SHIPLOAD_SHOWN_H
#define SHIPLOAD_SHOWN_H

#include <stdio.h>
#include <string.h>

#define SHOWN_MAX 60   /* bytes of an argument shown before the cut */
#define SHOWN_BUF 320  /* room for SHOWN_MAX escaped bytes and the count */

/* Append c to buf (size n, length *j) escaped as C writes it: \t, \n,
 * \r, \xHH for any other control character; 0 if it did not fit. */
static inline int shown_put(char *buf, size_t n, size_t *j, unsigned char c)
{
    char t[5];
    int k;
    if (c == '\t')
        k = snprintf(t, sizeof t, "\\t");
    else if (c == '\n')
        k = snprintf(t, sizeof t, "\\n");
    else if (c == '\r')
        k = snprintf(t, sizeof t, "\\r");
    else if (c < 0x20 || c == 0x7f)
        k = snprintf(t, sizeof t, "\\x%02x", c);
    else
        t[0] = (char)c, t[1] = '\0', k = 1;
    if (*j + (size_t)k >= n)
        return 0;
    memcpy(buf + *j, t, (size_t)k + 1);
    *j += (size_t)k;
    return 1;
}

/* v as a message shows it, in buf (size n, SHOWN_BUF or more): control
 * characters escaped, and past SHOWN_MAX bytes cut at a character
 * boundary with "... (N characters)".  Returns buf. */
static inline const char *shown(const char *v, char *buf, size_t n)
{
    size_t len = strlen(v), cut = len, j = 0;
    buf[0] = '\0';
    if (len > SHOWN_MAX) {
        cut = SHOWN_MAX;
        while (cut > 0 && ((unsigned char)v[cut] & 0xC0) == 0x80)
            cut--; /* not inside a UTF-8 character */
    }
    for (size_t i = 0; i < cut; i++)
        if (!shown_put(buf, n, &j, (unsigned char)v[i]))
            break;
    if (cut < len)
        snprintf(buf + j, n - j, "... (%zu characters)", len);
    return buf;
}

/* Print s to f with its control characters escaped (a message that
 * quotes input); the line's own newline is the caller's. */
static inline void put_escaped(FILE *f, const char *s)
{
    char t[8];
    for (; *s; s++) {
        size_t j = 0;
        shown_put(t, sizeof t, &j, (unsigned char)*s);
        fputs(t, f);
    }
}

#endif
