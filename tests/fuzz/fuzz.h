/*
 * tests/fuzz/fuzz.h - shared by the fuzz harnesses and the replay driver.
 *
 * Each harness defines LLVMFuzzerTestOneInput.  Built with clang and
 * -fsanitize=fuzzer (SHIPLOAD_FUZZ=ON) it is a libFuzzer target; in every
 * build it is also linked with replay.c, which runs the stored corpus
 * (seeds and every crash found) through the same entry point under CTest.
 */
#ifndef SHIPLOAD_FUZZ_H
#define SHIPLOAD_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* An invariant of the library broken by this input: report and abort, so
 * libFuzzer stores the input and the replay test fails. */
#define FUZZ_CHECK(cond, ...)                                            \
    do {                                                                 \
        if (!(cond)) {                                                   \
            fprintf(stderr, "%s:%d: invariant broken: %s: ", __FILE__,   \
                    __LINE__, #cond);                                    \
            fprintf(stderr, __VA_ARGS__);                                \
            fputc('\n', stderr);                                         \
            abort();                                                     \
        }                                                                \
    } while (0)

/* A NUL-terminated copy of data[0..size) (the library reads C strings);
 * NULL when out of memory. */
char *fuzz_text(const uint8_t *data, size_t size);

/* The built-in catalog, made once and never freed (the process ends);
 * aborts when it cannot be made. */
struct sl_catalog;
const struct sl_catalog *fuzz_builtin(void);

/* One status of SL_STATUS_MAP, counted. */
#define FUZZ_STATUS_ONE_(name, val, msg) +1

/* An error detail that a failing call must have filled: a known non-OK
 * status equal to the returned one and a non-empty message. */
#define FUZZ_CHECK_ERROR(st, e)                                          \
    do {                                                                 \
        FUZZ_CHECK((e).status == (st) && (st) > 0 &&                     \
                       (st) < (0 SL_STATUS_MAP(FUZZ_STATUS_ONE_)),       \
                   "status %d, detail status %d", (int)(st),             \
                   (int)(e).status);                                     \
        FUZZ_CHECK((e).what[0] != '\0', "empty message for status %d",   \
                   (int)(st));                                           \
    } while (0)

#endif
