/*
 * lib/io_internal.h - helpers shared by the JSON file loaders (scenario
 * and catalog files).  Not API.
 */
#ifndef SHIPLOAD_IO_INTERNAL_H
#define SHIPLOAD_IO_INTERNAL_H

#include <stddef.h>
#include <jansson.h>
#include "internal.h"

/* Largest file the loaders read. */
#define SLI_FILE_MAX (16u << 20)

/* Where a loader is: the label for errors and the text (for positions). */
typedef struct sli_jctx {
    const char *name;  /* file name, or "<string>" */
    const char *text;  /* the whole text, NUL-terminated */
    sl_error *err;
} sli_jctx;

/* Read a whole regular file into a new NUL-terminated buffer (free with
 * free).  Errors: SL_EIO (missing, a directory, unreadable, too large),
 * SL_ENOMEM; where is the path. */
sl_status sli_read_file(const char *path, char **text, size_t *len,
                        sl_error *err);

/* Parse ctx->text (len bytes) as one JSON object; *root owns a reference.
 * Errors: SL_EPARSE placed at jansson's line and column. */
sl_status sli_json_parse_object(const sli_jctx *ctx, size_t len,
                                json_t **root);

/* 1-based line and column of the value at path ("cargo[1].share") in a
 * valid JSON text; the deepest part of the path found; 0, 0 if none. */
void sli_json_locate(const char *text, const char *path, int *line,
                     int *column);

/* Fail at field path (located in ctx->text): where becomes
 * "NAME:LINE:COLUMN: PATH". */
sl_status sli_jfail(const sli_jctx *ctx, sl_status st, const char *path,
                    const char *fmt, ...) SLI_PRINTF(4, 5);

/* Fail at path with the status and text of a nested error. */
sl_status sli_jfail_nested(const sli_jctx *ctx, const char *path,
                           const sl_error *sub);

/* SL_OK if every key of object obj (at path; "" for the root) is one of
 * allowed (NULL-terminated); else SL_EPARSE naming the key and the list. */
sl_status sli_json_check_keys(const sli_jctx *ctx, json_t *obj,
                              const char *path, const char *const *allowed);

/* SL_OK if the text s (of field path) is one line: no control character
 * (U+0001 to U+001F, U+007F), which the text reports would print raw (a
 * line break breaks their layout, an escape sequence drives the reader's
 * terminal); else SL_EPARSE naming the character and its place. */
sl_status sli_json_one_line(const sli_jctx *ctx, const char *path,
                            const char *s);

/* "an object", "a string", "a number", ... for messages. */
const char *sli_json_type_name(const json_t *v);

/* A number or string value as text (numbers as %.17g) into buf; 0 when v
 * is neither or does not fit. */
int sli_json_text(const json_t *v, char *buf, size_t size);

/* The nominal figure a load rule given as [low, high] reads with: the
 * middle of its range (halves first: no overflow). */
static inline double sli_rule_middle(const double range[2])
{
    return 0.5 * range[0] + 0.5 * range[1];
}

/* path + suffix into buf: sli_path(buf, n, "cargo", "[%zu]", 1). */
const char *sli_path(char *buf, size_t size, const char *base,
                     const char *fmt, ...) SLI_PRINTF(4, 5);

/* What a loader does with a parsed text: ctx names it, len is its length. */
typedef sl_status (*sli_json_fn)(const sli_jctx *ctx, size_t len, void *user);

/* Read path (when not NULL; name is then the path) or take text (labelled
 * name, "<string>" when NULL), and run fn on it. */
sl_status sli_json_load(const char *path, const char *text, const char *name,
                        sli_json_fn fn, void *user, sl_error *err);

/* Add or override the entries of a catalog object obj (at path prefix:
 * "" for a catalog file, "catalog" inside a scenario file) in cat; all
 * entries are checked before any is stored (lib/io_catalog.c). */
sl_status sli_catalog_apply_json(sl_catalog *cat, const sli_jctx *ctx,
                                 json_t *obj, const char *prefix);

#endif /* SHIPLOAD_IO_INTERNAL_H */
