/* tests/validate_ref.h - the layout checks of sl_pack_validate as the plain
 * reading of every pair: the reference that tests/test_validate.c compares
 * the library's validator with, and that bench/bench_validate.c times it
 * against.  It reads every box for each box's support (time in the square
 * of the boxes), so it is for layouts of at most about 10^5 boxes. */
#ifndef SL_VALIDATE_REF_H
#define SL_VALIDATE_REF_H

#include <stddef.h>
#include <shipload/shipload.h>

/* The rules of one layout check. */
typedef struct ref {
    double S[3], d[3], tol;
    int vert[3];
    const sl_placement *b;
    size_t n;
} ref;

/* The rules sl_pack_validate applies to the n boxes b in a space S[0] x
 * S[1] x S[2], boxes d[0] x d[1] x d[2], vertical a subset of "lwh":
 * the tolerance 1e-9 of the largest side of the space. */
ref ref_rules(const double S[3], const double d[3], const char *vert,
              const sl_placement *b, size_t n);

/* The checks, every pair read: 0 if valid, 1 and the message (the one
 * sl_pack_validate gives) in what if not, -1 if out of memory. */
int ref_validate(const ref *c, int max_stack, char *what, size_t cap);

#endif
