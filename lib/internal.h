/*
 * lib/internal.h - helpers shared by the library's source files.  Not API:
 * nothing here is exported (hidden visibility) and names use sli_.
 */
#ifndef SHIPLOAD_INTERNAL_H
#define SHIPLOAD_INTERNAL_H

#include <locale.h>
#include <stdarg.h>
#include <stddef.h>
#include <gsl/gsl_rng.h>
#include "shipload/shipload.h"

#if defined(__GNUC__)
#define SLI_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define SLI_PRINTF(a, b)
#endif

/* Numbers in C-locale text whatever the process locale (clocale.c): the
 * library formats and parses every number through these, never through
 * snprintf/vsnprintf/strtod directly.  They switch the calling thread only
 * (uselocale) to the C locale for the call: thread-safe, no setlocale.
 * sli_c_locale_enter() returns what sli_c_locale_leave() needs to restore
 * (for a third-party call such as json_dumps); (locale_t)0 if the C locale
 * could not be made (out of memory), and then nothing changes. */
locale_t sli_c_locale_enter(void);
void sli_c_locale_leave(locale_t old);
int sli_snprintf(char *buf, size_t size, const char *fmt, ...)
    SLI_PRINTF(3, 4);
int sli_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
    SLI_PRINTF(3, 0);
double sli_strtod(const char *s, char **end);

/* Character classes and case of the C locale, whatever the process
 * locale: ASCII only (in tr_TR tolower('I') is not 'i', so "UP TO 4.8
 * MILLION" failed; in an 8-bit locale isalpha(0xE4) is 1).  c is a char
 * converted to unsigned char, as for <ctype.h>. */
static inline int sli_isdigit(int c) { return c >= '0' && c <= '9'; }
static inline int sli_isalpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static inline int sli_isalnum(int c) { return sli_isalpha(c) || sli_isdigit(c); }
static inline int sli_isspace(int c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static inline int sli_tolower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}
/* strncasecmp of the C locale. */
int sli_strncasecmp(const char *a, const char *b, size_t n);
/* strerror of the C locale (English, whatever LC_MESSAGES). */
const char *sli_strerror(int errnum);

/* Fill err (if not NULL) with status, where and a printf-style message;
 * returns status so callers can write `return sli_fail(...)`. */
sl_status sli_fail(sl_error *err, sl_status status, const char *where,
                   const char *fmt, ...) SLI_PRINTF(4, 5);

/* Same, with a 1-based line and column. */
sl_status sli_fail_at(sl_error *err, sl_status status, const char *where,
                      int line, int column, const char *fmt, ...)
    SLI_PRINTF(6, 7);

/* Copy src into dst of size n, always NUL-terminated; returns 1 if the
 * whole of src fit, 0 if it was cut. */
int sli_strlcpy(char *dst, const char *src, size_t n);

/* The number of status codes, counted from SL_STATUS_MAP (their values
 * run 0 to SLI_STATUS_COUNT - 1). */
#define SLI_STATUS_ONE_(name, val, msg) +1
#define SLI_STATUS_COUNT (0 SL_STATUS_MAP(SLI_STATUS_ONE_))

/* Text that must be one line (a title, a source, a date, a name): 0 if s
 * (NULL allowed) has no control character (U+0001 to U+001F, U+007F to
 * U+009F) nor line or paragraph separator (U+2028, U+2029), which the
 * text reports would print raw: a line break breaks their layout (and
 * U+0085, U+2028 and U+2029 break lines for some readers: Python's
 * splitlines), an escape sequence drives the reader's terminal.  Else fails
 * err with SL_EINVAL at where, naming the character and its place, and
 * returns that status. */
sl_status sli_one_line(const char *s, const char *where, sl_error *err);
/* Free text (notes, any number of lines): 0 if s (NULL allowed) is
 * well-formed UTF-8, else fails err with SL_EINVAL at where. */
sl_status sli_utf8_text(const char *s, const char *where, sl_error *err);
/* *out = a malloc'd copy of notes after sli_utf8_text's check; NULL for
 * NULL or "" (and on failure: SL_EINVAL, SL_ENOMEM). */
sl_status sli_notes_dup(const char *notes, const char *where, char **out,
                        sl_error *err);
/* *out = cat's notes with add after them on a line of its own (add
 * checked as sli_utf8_text, at where), or a copy of cat's notes when add
 * is empty or already ends them (a file loaded twice, or a catalog
 * written and read back); NULL when the result is empty. */
sl_status sli_catalog_join_notes(const sl_catalog *cat, const char *add,
                                 const char *where, char **out,
                                 sl_error *err);
/* Replace cat's notes with notes (malloc'd or NULL; the catalog owns it). */
void sli_catalog_take_notes(sl_catalog *cat, char *notes);
/* Drop from s, in place, every byte that starts no well-formed UTF-8
 * sequence (what a byte-counted cut such as "%.80s" leaves of a
 * character), so that an error's where and what stay UTF-8. */
void sli_utf8_clean(char *s);

/* The measure of a text too long for its field, which counts bytes: "300
 * bytes, more than 255" (printf arguments: the length, the limit), where
 * "longer than 255 characters" was wrong for a source in Korean or
 * Russian (a character takes 2 to 4 bytes in UTF-8). */
#define SLI_TOO_LONG "%zu bytes, more than %zu (in UTF-8 a character " \
                     "outside ASCII takes 2 to 4)"

/* Longest text sli_shown() quotes whole (bytes), and the buffer size it
 * needs. */
#define SLI_SHOWN_WHOLE 80
#define SLI_SHOWN_SIZE 112

/* s as a message quotes it, into buf of size n (SLI_SHOWN_SIZE for the
 * whole form): s itself when at most SLI_SHOWN_WHOLE bytes, else its start
 * (cut at a UTF-8 character boundary), "..." and its full length in
 * characters ("abc... (312 characters)").  Returns buf. */
const char *sli_shown(const char *s, char *buf, size_t n);

/* Threads to use for `jobs` independent pieces of work: opt->threads, or
 * every online core when it is 0, at most jobs, at least 1. */
int sli_thread_count(const sl_options *opt, size_t jobs);

/* v in the shortest text that reads back as exactly v, in the C locale
 * whatever the program's: digits for a whole number below 1e15, else %.Ng
 * with the least N (the form sl_dist_describe writes). */
void sli_format_exact(double v, char *buf, size_t size);

/* One draw from d with generator r (inside d's support). */
double sli_dist_sample(const sl_dist *d, gsl_rng *r);

#endif
