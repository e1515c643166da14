/*
 * lib/pack_internal.h - the packer's internal pieces (not API): integer
 * rectangles, normal sets, 2D solvers and bounds.  All sizes are in grid
 * units (positive longs no larger than SLI_PACK_MAX_UNITS).
 */
#ifndef SHIPLOAD_PACK_INTERNAL_H
#define SHIPLOAD_PACK_INTERNAL_H

#include <stddef.h>
#include <stdlib.h> /* defines __GLIBC__ with glibc */
#include "internal.h"

/* For loops that vectorise: an AVX2 clone besides the baseline one,
 * chosen when the library loads (x86-64 with glibc, GCC or Clang).  Not
 * under ThreadSanitizer: the clones' resolver runs while the program is
 * relocated, before the sanitizer's runtime is up, and an instrumented
 * resolver crashes there (every TSan test program died at start-up).
 * SLI_NO_VECTOR_CLONES turns them off in any build. */
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define SLI_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define SLI_TSAN 1
#endif
#if defined(__x86_64__) && defined(__GLIBC__) && defined(__ELF__) && \
    (defined(__GNUC__) || defined(__clang__)) && !defined(SLI_TSAN) && \
    !defined(SLI_NO_VECTOR_CLONES)
#define SLI_VECTOR_CLONES __attribute__((target_clones("default", "avx2")))
#else
#define SLI_VECTOR_CLONES
#endif

#define SLI_PACK_MAX_UNITS 1000000L
/* Most boxes in a layout the packer builds (a layout is built when asked
 * for, and for sizes that are not whole grains): 4 * 10^6 boxes take
 * about 200 MB; more is refused, not allocated. */
#define SLI_PACK_LAYOUT_MAX 4000000L
/* Most rectangles of one layer's pattern listed for a count alone (to
 * check whether one layer kind rests on another): 10^6 take 48 MB.  A
 * larger pattern is counted only, and its kind is not stacked on or
 * under another kind when no layout is built. */
#define SLI_PACK_PATTERN_MAX 1000000L
/* Default effort cap (elementary solver steps) when work_limit is 0. */
#define SLI_PACK_DEFAULT_WORK 1000000000L
/* Steps a 2D guillotine table may always take (it is cheap and the base
 * of the 2D searches). */
#define SLI_PACK_TABLE_WORK 20000000L

/* A rectangle (2D) or a box (3D) at integer position; a, b, c are its
 * extents along x, y, z. */
typedef struct sli_box {
    long x, y, z;
    long a, b, c;
} sli_box;

/* A growable list of boxes.  max > 0 keeps only the first max boxes
 * pushed (the others are dropped, not stored: sl_pack_2d with a buffer of
 * max rectangles); 0 keeps them all. */
typedef struct sli_boxes {
    sli_box *v;
    size_t n, cap;
    size_t max;
} sli_boxes;

/* Seconds on the monotonic clock (for reports and deadlines only). */
double sli_pack_clock(void);

/* Append a box (dropped when bs->max boxes are held already); returns 0,
 * or -1 when out of memory. */
int sli_boxes_push(sli_boxes *bs, long x, long y, long z, long a, long b,
                   long c);
/* Release the list's memory and empty it (its max is kept). */
void sli_boxes_free(sli_boxes *bs);

/* Parse a vertical set (a non-empty subset of "lwh", no repeats, read at
 * most cap chars) into flags for l, w, h; returns 0, or -1 if invalid. */
int sli_parse_vertical(const char *s, size_t cap, int flags[3]);

/* An item type for the guillotine knapsack: an a x b rectangle (no
 * rotation) worth `value`. */
typedef struct sli_item {
    long a, b;
    long value;
} sli_item;

/* The sorted normal set: every sum of non-negative multiples of dims[]
 * no larger than limit (0 included).  *out gets a malloc'ed array. */
sl_status sli_normal_set(long limit, const long *dims, int ndims, long **out,
                         size_t *n, sl_error *err);

/* The raster points of limit: {max of the normal set <= limit - n : n
 * normal}, sorted, 0 included (Scheithauer and Terno). */
sl_status sli_raster_set(long limit, const long *dims, int ndims,
                         long **out, size_t *n, sl_error *err);

/* The largest element of the sorted set v[0..n) that is <= x (v[0] must be
 * 0 and x >= 0); returns its index. */
size_t sli_floor_index(const long *v, size_t n, long x);

/* The same for every x in 0..limit at once: f[x] is sli_floor_index(v, n,
 * x); a malloc'ed array, NULL when out of memory. */
int *sli_floor_table(const long *v, size_t n, long limit);

/* Length shared by [0, bl) and [d, d + sl), an interval against one that
 * starts d after it (negative when they do not meet).  Taken from the
 * offset, not from the ends b + bl and s + sl, which lose a side far
 * shorter than its position to rounding: a box 3e-4 long at x = 9 lay on
 * 99.99999 % of the box below it and fell (820 of 1,000 such boxes in a
 * cube of 10 at grain 1). */
double sli_overlap_at(double bl, double d, double sl);

/* 1 if a box of sides d[] stands in a space S[] (any one unit) with side
 * v up: no taller than S[2], its footprint on the floor one way round or
 * the other.  A bound counts only such orientations. */
int sli_box_stands(const double d[3], const double S[3], int v);

/* An index of unit boxes (or rectangles) for finding those that meet a
 * rectangle: keys ordered by level, x and y, and for each level the
 * longest extents along x and y of its boxes, so a query looks only at
 * the boxes that start within that reach of it.  The level is a box's
 * unit top (z + c) when indexed by top, else 0 for all (one pattern).
 * A query reads one x at a time from its first y in reach: reading a
 * whole level beneath each box made 10^6 boxes take minutes, and a
 * reach of the longest side of the box, not of the level's boxes, made
 * 547,084 boxes of 1 x 1 x 45 units take a minute per solve. */
typedef struct sli_rkey {
    long x, y;
    size_t i; /* the box's index in the indexed array */
} sli_rkey;
typedef struct sli_rlevel {
    long top;
    size_t start, end; /* its keys */
    long ax, ay;       /* its boxes' longest extents along x and y */
} sli_rlevel;
typedef struct sli_rindex {
    const sli_box *v;
    sli_rkey *k;
    sli_rlevel *lv;
    size_t n, nlv;
} sli_rindex;

/* Index the n boxes v[] (kept by pointer: not moved or freed while the
 * index is used), by unit top when by_top, else as one level; 0, or -1
 * when out of memory (the index is then empty). */
int sli_rindex_build(sli_rindex *ix, const sli_box *v, size_t n, int by_top);
/* Release the index; accepts an empty one. */
void sli_rindex_free(sli_rindex *ix);

/* A query: the boxes of one level whose unit rectangles meet
 * [x, x + a) x [y, y + b), each given once, in order of x, then y. */
typedef struct sli_rwalk {
    const sli_rindex *ix;
    long x, y, a, b, y0;
    size_t k, x_next, end; /* the next key, the end of this x's keys and
                              of the level's */
} sli_rwalk;

/* Start a query at level top (0 for an index of one pattern). */
void sli_rwalk_start(sli_rwalk *w, const sli_rindex *ix, long top, long x,
                     long y, long a, long b);
/* The next box's index in v[], or (size_t)-1 when there is none. */
size_t sli_rwalk_next(sli_rwalk *w);

/* Upper bound on l x w rectangles (either rotation) in L x W: the least of
 * the area bound on the normalised rectangle and Barnes' bound. */
long sli_bound_2d(long L, long W, long l, long w);

/* The guillotine table: f[i * cy + j] is the best value in nx[i] x ny[j]
 * (normal sets along x and y); how[] says how it is built (< 0: item
 * -how-1 homogeneous; 0: empty; k in [1, cx): cut x at nx[k];
 * SLI_GTAB_YCUT + k: cut y at ny[k]).  The codes do not depend on cx, so
 * the first rows of a table are the table of a narrower rectangle. */
#define SLI_GTAB_YCUT (1 << 21) /* above any index (<= 10^6 + 1) */
typedef struct sli_gtab {
    const sli_item *items;
    int nitems;
    long *nx, *ny;
    size_t cx, cy;
    long *f;
    int *how;
} sli_gtab;

/* Build the table for L x W; SL_ERANGE without touching err when its cost
 * would exceed *work (charged per step). */
sl_status sli_gtab_build(sli_gtab *g, long L, long W, const sli_item *items,
                         int nitems, long *work, sl_error *err);
/* Append the rectangles of entry (i, j) placed at (x0, y0); 0 or -1 (no
 * memory). */
int sli_gtab_emit(const sli_gtab *g, size_t i, size_t j, long x0, long y0,
                  sli_boxes *out);
/* Free the table; accepts NULL. */
void sli_gtab_free(sli_gtab *g);

/* Unconstrained guillotine knapsack over normal patterns: the most value of
 * items packed in L x W by guillotine cuts (Beasley's recursion restricted
 * to normal positions).  If out is not NULL the placed rectangles are
 * appended (z = 0, c = 0).  *work is charged per step; when the estimated
 * effort exceeds it, a one-cut heuristic is used instead. */
sl_status sli_guillotine(long L, long W, const sli_item *items, int nitems,
                         long *value, sli_boxes *out, long *work,
                         sl_error *err);

/* One guillotine table of the pallet loading problem of l x w shared by
 * many 2D searches of one height W and widths up to L (the faces of walls
 * inside the 3D recursion).  Normal sets are closed downwards and an
 * entry depends only on smaller ones, so the table of a narrower width is
 * the first rows of the widest one's: it is built once, on first use.
 * Set L (and zero the rest) before use; sli_gshare_free releases it. */
typedef struct sli_gshare {
    sli_gtab g;
    int *flx, *fly;      /* floor indices into g.nx over 0..L, g.ny over
                            0..W (the 2D search's, shared too) */
    sli_item items[2];
    long L, W, l, w;     /* the limits and the rectangle it was built for */
    int state;           /* 0 not built; 1 built; -1 not buildable (every
                            search builds its own, as without a share) */
    /* The last wall face (pack_walls.c) found with the effort spent on
     * entry: its search ends with the table, so a face of as many rows
     * (the same height and stack limit) is the same. */
    int memo;            /* 1 when the fields below hold a face */
    size_t mrows;
    long mheight, mstack, mcount, mspent;
    sli_boxes mface;
} sli_gshare;

/* Free a shared table and leave it unbuilt; accepts NULL. */
void sli_gshare_free(sli_gshare *s);

/* How many of share's rows an L x W search of l x w would take from it
 * (0: none, it builds its own table), when its own table may cost twork
 * steps (twork >= SLI_PACK_TABLE_WORK).  Searches of the same rows give
 * the same count and layout when their effort is spent on entry. */
size_t sli_gshare_rows(const sli_gshare *s, long L, long W, long l, long w,
                       long twork);

/* The 2D search (pack2d.c): guillotine table, recursive five-block search,
 * then the L-approach; it stops at the deadline (monotonic seconds; 0 =
 * none) or when *work runs out, keeping the best layout so far. */
sl_status sli_pack2d_search(long L, long W, long l, long w, double deadline,
                            long *count, sli_boxes *out, long *work,
                            sl_error *err);

/* The same, but the L-approach runs only on what the five-block search
 * left of lcap steps (0: of *work), while the five-block search may use
 * all of *work: it ends by itself, the L-approach rarely does. */
sl_status sli_pack2d_capped(long L, long W, long l, long w, double deadline,
                            long *count, sli_boxes *out, long *work,
                            long lcap, sl_error *err);

/* sli_pack2d_search with its guillotine table taken from share (NULL:
 * built for this search alone): the same count and layout either way. */
sl_status sli_pack2d_shared(sli_gshare *share, long L, long W, long l,
                            long w, double deadline, long *count,
                            sli_boxes *out, long *work, sl_error *err);

/* The same with no deadline. */
sl_status sli_pack2d_best(long L, long W, long l, long w, long *count,
                          sli_boxes *out, long *work, sl_error *err);

/* A 3D problem on the grid: space S (x, y, z), box dims d (l, w, h),
 * which dims may point up, limits (0 = none), the effort cap and an
 * optional wall-clock deadline (0 = none). */
typedef struct sli_pack3d {
    long S[3];
    long d[3];
    double real[3];      /* the box dims in the caller's unit */
    int vert[3];
    long max_stack;
    long max_count;
    long work;
    double deadline;
    int exact;           /* box sizes are whole grains (no slivers) */
    double grain;        /* the grid unit in the caller's unit */
} sli_pack3d;

/* How many boxes of the unit layout bs survive when placed at their real
 * sizes (pack.c): each box drops onto the highest real top beneath it and
 * is kept only if its whole real base rests on kept boxes.  bs is sorted
 * by base height in place.  All of them when p->exact; -1 when out of
 * memory. */
long sli_pack_survivors(const sli_pack3d *p, sli_boxes *bs);

/* Remove from bs the boxes that do not survive at their real sizes (as
 * sli_pack_survivors places them); the others stay supported.  Returns
 * how many are left (all when p->exact), or -1 when out of memory. */
long sli_pack_drop_fallen(const sli_pack3d *p, sli_boxes *bs);

/* The best layout found: *count boxes, appended to out if not NULL, every
 * one supported and in an allowed orientation. */
sl_status sli_pack3d_solve(sli_pack3d *p, sli_boxes *out, long *count,
                           sl_error *err);

/* The 3D guillotine recursion with supported layers (pack_blocks.c):
 * *value boxes, appended to out if not NULL; *value = 0 without an error
 * when the tables would cost more than *work.  Then walls with searched
 * faces next to its best full-section blocks, and non-guillotine floor
 * plans over its full-height blocks, up to floor_work steps each. */
sl_status sli_pack3d_blocks(const sli_pack3d *p, long *value, sli_boxes *out,
                            long *work, long floor_work, sl_error *err);

/* The face of a wall (pack_walls.c) one box dim d[k] deep along axis
 * (0: x, the face is S[1] x S[2]; 1: y, the face is S[0] x S[2]): *count
 * cross-sections, every one supported and within the stack limit, put in
 * out (emptied first) as rectangles x = across, y = up, a = width, b =
 * height.  The 2D search is charged to *work; its guillotine table comes
 * from share when not NULL (the faces of one k and height, any width). */
sl_status sli_wall_face(const sli_pack3d *p, int axis, int k, long *count,
                        sli_boxes *out, long *work, sli_gshare *share,
                        sl_error *err);

/* Block building with a greedy look-ahead search (pack_search.c): the
 * most boxes in a layout of supported blocks found before *work runs out
 * (or the deadline passes, or a layout holds target boxes); *value boxes,
 * appended to out if not NULL. */
sl_status sli_pack3d_search(const sli_pack3d *p, long target, long *value,
                            sli_boxes *out, long *work, sl_error *err);

/* The distinct allowed orientations of p's box as extents along x, y, z
 * (each vertical dim with its footprint both ways round, in order of the
 * dims); returns how many (1 to 6). */
int sli_orientations(const sli_pack3d *p, long o[6][3]);

/* A proven upper bound on the count for problem p. */
long sli_pack3d_bound(const sli_pack3d *p);

#endif
