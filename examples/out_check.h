/*
 * examples/out_check.h - whether an output file named on the command line
 * is a file the run reads or the file standard output goes to: writing it
 * would replace an input, or the report ("--plot p.svg > p.svg").
 */
#ifndef SHIPLOAD_OUT_CHECK_H
#define SHIPLOAD_OUT_CHECK_H

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* 1 if path and other name one existing file (the same device and inode,
 * through links). */
static inline int out_same_file(const char *path, const char *other)
{
    struct stat a, b;
    return stat(path, &a) == 0 && stat(other, &b) == 0 &&
           a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* 1 if path names the regular file standard output goes to ("> path",
 * or /dev/stdout then): writing it would replace the report.  A pipe or
 * terminal is no file a path can name here. */
static inline int out_is_stdout(const char *path)
{
    struct stat o, p;
    return fstat(1, &o) == 0 && S_ISREG(o.st_mode) && stat(path, &p) == 0 &&
           o.st_dev == p.st_dev && o.st_ino == p.st_ino;
}

/* 1 (with "PROG: writing standard output failed: REASON" on stderr) if
 * standard output could not be written (a full disk, a closed stdout):
 * output lost must not pass for success.  REASON is strerror of the
 * failing flush's errno (or of an empty write, when only an earlier
 * write failed); left out when neither says. */
static inline int out_flush_failed(const char *prog)
{
    int e;
    errno = 0;
    if (!fflush(stdout) && !ferror(stdout))
        return 0;
    e = errno;
    if (!e && write(1, "", 0) < 0) /* an earlier write failed: ask again */
        e = errno;
    fprintf(stderr, "%s: writing standard output failed%s%s\n", prog,
            e ? ": " : "", e ? strerror(e) : "");
    return 1;
}

#endif
