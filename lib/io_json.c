/* lib/io_json.c - reading JSON files and placing errors at fields. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "io_internal.h"

/* ------------------------------------------------------------------ */
/* Files                                                               */

/* Fail for path with the system's reason. */
static sl_status fail_errno(sl_error *err, const char *path, const char *doing,
                            int errnum)
{
    return sli_fail(err, SL_EIO, path, "cannot %s \"%.150s\": %s", doing,
                    path, sli_strerror(errnum));
}

/* Read a whole regular file into a new NUL-terminated buffer. */
sl_status sli_read_file(const char *path, char **text, size_t *len,
                        sl_error *err)
{
    struct stat stt;
    FILE *f;
    char *buf;
    size_t n;
    if (!path || !text)
        return sli_fail(err, SL_EINVAL, "path", "argument must not be NULL");
    *text = NULL;
    if (stat(path, &stt) != 0)
        return fail_errno(err, path, "open", errno);
    if (S_ISDIR(stt.st_mode))
        return sli_fail(err, SL_EIO, path, "\"%.150s\" is a directory; "
                        "expected a JSON file", path);
    if (stt.st_size > (off_t)SLI_FILE_MAX)
        return sli_fail(err, SL_EIO, path, "\"%.150s\" is larger than %u "
                        "bytes; expected a JSON file", path, SLI_FILE_MAX);
    f = fopen(path, "rb");
    if (!f)
        return fail_errno(err, path, "open", errno);
    buf = malloc(SLI_FILE_MAX + 1);
    if (!buf) {
        fclose(f);
        return sli_fail(err, SL_ENOMEM, path, "out of memory");
    }
    n = fread(buf, 1, SLI_FILE_MAX + 1, f);
    if (ferror(f) || n > SLI_FILE_MAX) {
        int errnum = ferror(f) ? errno : EFBIG;
        fclose(f);
        free(buf);
        return fail_errno(err, path, "read", errnum);
    }
    fclose(f);
    buf[n] = '\0';
    *text = buf;
    if (len)
        *len = n;
    return SL_OK;
}

/* ------------------------------------------------------------------ */
/* Placing errors                                                      */

/* Fill err->where with "NAME:LINE:COLUMN: PATH" (or without ": PATH"). */
static void place(const sli_jctx *ctx, const char *path, int line, int col)
{
    sl_error *err = ctx->err;
    err->line = line;
    err->column = col;
    sli_snprintf(err->where, sizeof err->where, "%.80s:%d:%d%s%.40s", ctx->name,
             line, col, path && *path ? ": " : "", path ? path : "");
    sli_utf8_clean(err->where); /* the cuts may split a character */
    sli_utf8_clean(err->what);
}

/* Fail at field path, located in the text. */
sl_status sli_jfail(const sli_jctx *ctx, sl_status st, const char *path,
                    const char *fmt, ...)
{
    int line = 0, col = 0;
    va_list ap;
    if (!ctx->err)
        return st;
    sli_json_locate(ctx->text, path, &line, &col);
    va_start(ap, fmt);
    sli_vsnprintf(ctx->err->what, sizeof ctx->err->what, fmt, ap);
    va_end(ap);
    ctx->err->status = st;
    place(ctx, path, line, col);
    return st;
}

/* Fail at path with a nested error's status and text. */
sl_status sli_jfail_nested(const sli_jctx *ctx, const char *path,
                           const sl_error *sub)
{
    return sli_jfail(ctx, sub->status, path, "%s", sub->what);
}

/* Fail unless s is one line of text (io_internal.h). */
sl_status sli_json_one_line(const sli_jctx *ctx, const char *path,
                            const char *s)
{
    sl_error sub;
    sl_error_clear(&sub);
    if (sli_one_line(s, path, &sub) != SL_OK)
        return sli_jfail(ctx, SL_EPARSE, path, "%s", sub.what);
    return SL_OK;
}

/* Parse the text as one JSON object. */
sl_status sli_json_parse_object(const sli_jctx *ctx, size_t len,
                                json_t **root)
{
    json_error_t je;
    json_t *v;
    const char *s = ctx->text;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    *root = NULL;
    if (*s == '\0') {
        if (ctx->err) {
            ctx->err->status = SL_EPARSE;
            sli_strlcpy(ctx->err->what, "the file is empty; expected a JSON "
                        "object { ... }", sizeof ctx->err->what);
            place(ctx, NULL, 1, 1);
        }
        return SL_EPARSE;
    }
    {
        /* C locale: jansson's own decimal-point swap reads localeconv()
           (racy beside a setlocale) and handles a one-byte point only */
        locale_t old = sli_c_locale_enter();
        v = json_loadb(ctx->text, len, JSON_REJECT_DUPLICATES, &je);
        sli_c_locale_leave(old);
    }
    if (!v) {
        if (ctx->err) {
            ctx->err->status = SL_EPARSE;
            /* jansson keeps integers in 64 bits: say how to write a
               larger one, such as a seed up to 2^64 - 1 */
            /* and a file in Latin-1 or another 8-bit encoding only read
               "unable to decode byte 0xe9": say what is expected */
            const char *at = je.position > 0 && (size_t)je.position <= len
                                 ? ctx->text + je.position - 1 : "";
            int comment = at[0] == '/' && (at[1] == '/' || at[1] == '*');
            if (!comment && je.position >= 0 && (size_t)je.position < len)
                comment = ctx->text[je.position] == '/' &&
                          (ctx->text[je.position + 1] == '/' ||
                           ctx->text[je.position + 1] == '*');
            if (!strncmp(je.text, "\\u0000 is not allowed", 21))
                sli_strlcpy(je.text, "a NUL character (\\u0000) is not "
                            "allowed in text", sizeof je.text);
            sli_snprintf(ctx->err->what, sizeof ctx->err->what,
                     "not valid JSON: %.130s%s", je.text,
                     comment
                     ? "; JSON has no comments: put remarks in a \"notes\" "
                       "field"
                     : !strncmp(je.text, "too big integer", 15)
                     ? "; an integer stops at 9223372036854775807 (2^63 - "
                       "1): write a larger seed as a string of its digits "
                       "(\"18446744073709551615\"), any other number with "
                       "an exponent (1e20)"
                     : !strncmp(je.text, "unable to decode byte", 21)
                     ? "; expected UTF-8 text (save the file as UTF-8)"
                     : "");
            place(ctx, NULL, je.line > 0 ? je.line : 0,
                  je.column > 0 ? je.column : 0);
        }
        return SL_EPARSE;
    }
    if (!json_is_object(v)) {
        sl_status st = sli_jfail(ctx, SL_EPARSE, "", "the top level is %s; "
                                 "expected a JSON object { ... }",
                                 sli_json_type_name(v));
        json_decref(v);
        return st;
    }
    *root = v;
    return SL_OK;
}

/* Every key of obj must be allowed. */
sl_status sli_json_check_keys(const sli_jctx *ctx, json_t *obj,
                              const char *path, const char *const *allowed)
{
    const char *key;
    json_t *val;
    json_object_foreach(obj, key, val) {
        char list[200], where[SL_ERROR_WHERE_MAX];
        size_t i, used = 0;
        int known = 0;
        for (i = 0; allowed[i]; i++)
            known |= strcmp(key, allowed[i]) == 0;
        if (known)
            continue;
        list[0] = '\0';
        for (i = 0; allowed[i] && used < sizeof list; i++) {
            int w = sli_snprintf(list + used, sizeof list - used, "%s%s",
                             i ? ", " : "", allowed[i]);
            if (w < 0)
                break;
            used += (size_t)w;
        }
        sli_path(where, sizeof where, path, "%s%s", *path ? "." : "", key);
        return sli_jfail(ctx, SL_EPARSE, where, "unknown field \"%.40s\"; "
                         "expected one of: %s", key, list);
    }
    return SL_OK;
}

/* Names of JSON types for messages. */
const char *sli_json_type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER: return "an integer";
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    case JSON_NULL: return "null";
    }
    return "?";
}

/* A number or string as text. */
int sli_json_text(const json_t *v, char *buf, size_t size)
{
    int w;
    if (json_is_string(v))
        return sli_strlcpy(buf, json_string_value(v), size);
    if (!json_is_number(v))
        return 0;
    w = json_is_integer(v)
            ? sli_snprintf(buf, size, "%" JSON_INTEGER_FORMAT,
                       json_integer_value(v))
            : sli_snprintf(buf, size, "%.17g", json_real_value(v));
    return w >= 0 && (size_t)w < size;
}

/* base followed by a formatted suffix. */
const char *sli_path(char *buf, size_t size, const char *base,
                     const char *fmt, ...)
{
    size_t n;
    va_list ap;
    sli_strlcpy(buf, base, size);
    n = strlen(buf);
    va_start(ap, fmt);
    if (n < size)
        sli_vsnprintf(buf + n, size - n, fmt, ap);
    va_end(ap);
    return buf;
}

/* ------------------------------------------------------------------ */
/* Locating a path in valid JSON text                                  */

/* Skip JSON whitespace. */
static const char *ws(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    return p;
}

/* Past a string starting at its opening quote. */
static const char *skip_string(const char *p)
{
    for (p++; *p && *p != '"'; p++)
        if (*p == '\\' && p[1])
            p++;
    return *p ? p + 1 : p;
}

/* Past one value (object, array, string or scalar). */
static const char *skip_value(const char *p)
{
    int depth = 0;
    if (*p == '"')
        return skip_string(p);
    if (*p != '{' && *p != '[') {
        while (*p && !strchr(",}] \t\r\n", *p))
            p++;
        return p;
    }
    while (*p) {
        if (*p == '"') {
            p = skip_string(p);
            continue;
        }
        if (*p == '{' || *p == '[')
            depth++;
        else if ((*p == '}' || *p == ']') && --depth == 0)
            return p + 1;
        p++;
    }
    return p;
}

/* The member value of key (len bytes) in the object at p, or NULL. */
static const char *find_key(const char *p, const char *key, size_t len)
{
    if (*p != '{')
        return NULL;
    p = ws(p + 1);
    while (*p == '"') {
        const char *k = p + 1, *end = skip_string(p);
        int match = (size_t)(end - 1 - k) == len && memcmp(k, key, len) == 0;
        p = ws(end);
        if (*p != ':')
            return NULL;
        p = ws(p + 1);
        if (match)
            return p;
        p = ws(skip_value(p));
        if (*p != ',')
            return NULL;
        p = ws(p + 1);
    }
    return NULL;
}

/* Element i of the array at p, or NULL. */
static const char *find_index(const char *p, unsigned long i)
{
    if (*p != '[')
        return NULL;
    p = ws(p + 1);
    while (i > 0 && *p && *p != ']') {
        p = ws(skip_value(p));
        if (*p != ',')
            return NULL;
        p = ws(p + 1);
        i--;
    }
    return *p && *p != ']' ? p : NULL;
}

/* Line and column of position at in text, the column in characters
 * (UTF-8 continuation bytes not counted), as jansson places a syntax
 * error: "Ünïcödé" put a field's error 4 columns to the right of it. */
static void line_col(const char *text, const char *at, int *line, int *col)
{
    const char *p;
    *line = 1;
    *col = 1;
    for (p = text; p < at; p++) {
        if (*p == '\n') {
            ++*line;
            *col = 1;
        } else if (((unsigned char)*p & 0xC0) != 0x80) {
            ++*col; /* a character, not a byte: as jansson counts */
        }
    }
}

/* Position of the value at path: the deepest part found. */
void sli_json_locate(const char *text, const char *path, int *line,
                     int *column)
{
    const char *p, *best = NULL;
    *line = *column = 0;
    if (!text || !path)
        return;
    p = ws(text);
    if (*p == '{' || *p == '[')
        best = p;
    while (p && *path) {
        if (*path == '[') {
            char *end;
            unsigned long i = strtoul(path + 1, &end, 10);
            p = find_index(p, i);
            path = *end == ']' ? end + 1 : end;
        } else {
            size_t len;
            if (*path == '.')
                path++;
            len = strcspn(path, ".[");
            p = find_key(p, path, len);
            path += len;
        }
        if (p)
            best = p;
    }
    if (best)
        line_col(text, best, line, column);
}

/* Text from path (when not NULL) or text, handed to fn with its context. */
sl_status sli_json_load(const char *path, const char *text, const char *name,
                        sli_json_fn fn, void *user, sl_error *err)
{
    sli_jctx ctx;
    char *buf = NULL;
    size_t len;
    sl_status st;
    if (path) {
        st = sli_read_file(path, &buf, &len, err);
        if (st != SL_OK)
            return st;
        text = buf;
        name = path;
    } else {
        len = strlen(text);
    }
    /* a UTF-8 byte-order mark, which some editors write first, is not
       part of the JSON (RFC 8259 lets a parser ignore it): jansson read
       it as "'[' or '{' expected near '\xEF\xBB\xBF'", an invisible culprit */
    if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) {
        text += 3;
        len -= 3;
    }
    ctx.name = name ? name : "<string>";
    ctx.text = text;
    ctx.err = err;
    st = fn(&ctx, len, user);
    free(buf);
    return st;
}
