/*
 * tests/fuzz/fuzz_cli.c - fuzz shipload-estimate's argument handling.
 *
 * examples/shipload-estimate.c is compiled into this program with its main
 * renamed (shipload_estimate_main).  Input: arguments separated by
 * newlines.  Arguments that name files (--catalog, --plot,
 * --plot-sensitivity, --samples-out and their values, a scenario file,
 * "-") are dropped so a fuzzer never reads or writes the file system, and
 * "--samples 40 --threads 1 --quiet" is appended (the last value wins) so
 * a run stays short.  Promises checked: the exit status is 0, 1 or 2, and
 * bad input (2) prints nothing on stdout.
 */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fuzz.h"
#include "cli.h"

int shipload_estimate_main(int argc, char **argv);

#define MAX_ARGS 48

/* 1 if flag takes a file name as its value. */
static int file_flag(const char *f)
{
    return !strcmp(f, "--catalog") || !strcmp(f, "--plot") ||
           !strcmp(f, "--plot-sensitivity") || !strcmp(f, "--samples-out");
}

/* 1 if flag sets the run's size (replaced by the fixed tail). */
static int size_flag(const char *f)
{
    return !strcmp(f, "--samples") || !strcmp(f, "--threads") ||
           !strcmp(f, "--precision");
}

/* Split text at newlines into argv[1..]; returns argc. */
static int split_args(char *text, char **argv)
{
    int argc = 1;
    char *save = NULL;
    argv[0] = "shipload-estimate";
    for (char *t = strtok_r(text, "\n", &save); t && argc < MAX_ARGS - 6;
         t = strtok_r(NULL, "\n", &save)) {
        if (file_flag(t) || size_flag(t)) {
            strtok_r(NULL, "\n", &save); /* and its value */
            continue;
        }
        if (t[0] != '-' || !t[1])
            continue; /* a scenario file, or "-" */
        argv[argc++] = t;
        if (cli_is_valued(t) && (t = strtok_r(NULL, "\n", &save)))
            argv[argc++] = t; /* its value, whatever it looks like */
    }
    argv[argc++] = "--samples";
    argv[argc++] = "40";
    argv[argc++] = "--threads";
    argv[argc++] = "1";
    argv[argc++] = "--quiet";
    argv[argc] = NULL;
    return argc;
}

/* Bytes written to stdout so far (stdout goes to a temporary file). */
static long stdout_size(void)
{
    struct stat st;
    fflush(stdout);
    return fstat(fileno(stdout), &st) == 0 ? (long)st.st_size : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int redirected;
    char *argv[MAX_ARGS], *text;
    int argc, rc;
    long before;
    if (size > 4096 || memchr(data, '\0', size))
        return 0;
    if (!redirected) {
        char path[] = "/tmp/shipload-fuzz-cli.XXXXXX";
        int fd = mkstemp(path);
        if (fd < 0)
            return 0;
        unlink(path);
        fflush(stdout);
        if (dup2(fd, STDOUT_FILENO) < 0)
            abort();
        close(fd);
        redirected = 1;
    }
    if (!(text = fuzz_text(data, size)))
        return 0;
    argc = split_args(text, argv);
    before = stdout_size();
    rc = shipload_estimate_main(argc, argv);
    FUZZ_CHECK(rc == 0 || rc == 1 || rc == 2, "exit status %d", rc);
    FUZZ_CHECK(rc != 2 || stdout_size() == before,
               "bad input (status 2) but %ld bytes on stdout",
               stdout_size() - before);
    if (stdout_size() > (1L << 26)) { /* keep the temporary file small */
        fflush(stdout);
        if (ftruncate(STDOUT_FILENO, 0) == 0)
            rewind(stdout);
    }
    free(text);
    return 0;
}
