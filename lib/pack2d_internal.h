/*
 * lib/pack2d_internal.h - the 2D search's shared context (pack2d.c for the
 * five-block recursion, pack_lshape.c for the L-approach).  Not API.
 */
#ifndef SHIPLOAD_PACK2D_INTERNAL_H
#define SHIPLOAD_PACK2D_INTERNAL_H

#include <stdint.h>
#include "pack_internal.h"

/* For the searches' per-step helpers, whose calls would cost more than
 * their work: inlined at every optimisation level that inlines at all. */
#if defined(__GNUC__)
#define SLI_STEP_INLINE static inline __attribute__((always_inline))
#else
#define SLI_STEP_INLINE static inline
#endif

/* Levels searched with shallow == 2: the whole rectangle and its parts
 * (deeper ones keep their base values).  Each level has its own
 * memoised states: with one set for all, a rectangle first met at the
 * deepest level kept its base value when met again nearer the top, so
 * what the search found depended on the order it met rectangles in
 * (BR0 instance 26, 86 x 71 x 41: three levels that way gave 109 even
 * with 16 times the effort; two levels with states per level, 110). */
#define SLI_FB_DEPTH 2

/* How one sub-rectangle's best value is built (its bound is in
 * fbctx.ub, a dense array of its own: the searches read bounds far more
 * often than values). */
typedef struct fb_state {
    long v;          /* best value; -1 until computed */
    int kind;        /* 0 guillotine table, 1 cut x, 2 cut y, 3 five-block */
    int i1, i2, j1, j2;
} fb_state;

/* An L-piece: the rectangle nx[i] x ny[j] without its top-right corner
 * beyond nx[ix] along x and ny[jy] along y. */
typedef struct l_state {
    long v;          /* best value; -1 until computed */
    uint16_t a, b, c; /* indices of the cut positions (the state cap
                        keeps the sets below 5000 values) */
    unsigned char kind; /* 0 rectangle (five-block); 1 cut x; 2 cut y;
                        3 nested L's; 4 two L's with steps across x;
                        5 two L's with steps across y */
} l_state;

/* The search's context.  The base values of the rectangles are g.f (the
 * guillotine table for the pallet loading problem, or any other values
 * on the sets g.nx, g.ny, with base_emit and rect_bound to match). */
typedef struct fbctx {
    sli_gtab g;
    long l, w;
    double unit_area;    /* area per item, for the bound of an L-piece */
    /* Bound of an X x Y rectangle; NULL: Barnes for l x w. */
    long (*rect_bound)(const struct fbctx *c, long X, long Y);
    /* Emit base entry (i, j) at (x0, y0); NULL: the guillotine table. */
    int (*base_emit)(const struct fbctx *c, size_t i, size_t j, long x0,
                     long y0, sli_boxes *out);
    const void *user;    /* for the callbacks */
    int shallow;         /* 0: every rectangle is searched, then the
                            L-approach; 1: only the whole rectangle (its
                            parts keep their base values), no L-approach;
                            2: rectangles nested up to SLI_FB_DEPTH deep
                            (deeper ones keep their base values), no
                            L-approach */
    fb_state *s;
    long *ub;        /* ub[i * cy + j]: bound of (i, j); -1 until computed */
    l_state **ls;    /* L-pieces in blocks of cy (cy + 1) / 2 (the pairs
                        jy <= j), one per (i, ix), allocated when first
                        touched; NULL when the L-approach is off */
    int lfail;       /* a block could not be allocated */
    int *flx, *fly;  /* flx[x]: index of the largest normal <= x */
    int borrowed;    /* flx and fly belong to a shared table: set before
                        sli_fb_run, which then neither builds nor frees
                        them */
    long *work;
    long lcap;           /* most steps of the five-block search and the
                            L-approach together before the L-approach
                            starts; 0: no cap but *work */
    double deadline;
    long ticks;      /* steps since the clock was last read */
    int stopped;
    int depth;       /* rectangles being searched, one in another */
    long seed;       /* the whole rectangle starts from at least this
                        value (a count the caller already has), so that
                        only partitions that can beat it are tried; its
                        layout is then only emitted when the value
                        found is above it.  0: none */
} fbctx;

/* Read the clock (every 4096 steps when there is a deadline) and stop
 * the search when the deadline has passed. */
void sli_fb_clock(fbctx *c);

/* Charge one step; 1 if the search must stop (effort cap or deadline).
 * Inline: the searches charge a step for every division they look at. */
SLI_STEP_INLINE int sli_fb_spend(fbctx *c)
{
    if (c->stopped)
        return 1;
    if (--*c->work <= 0)
        c->stopped = 1;
    if (c->deadline > 0 && ++c->ticks >= 4096)
        sli_fb_clock(c);
    return c->stopped;
}

/* The five-block value of rectangle (i, j), memoised. */
long sli_fb_value(fbctx *c, size_t i, size_t j);
/* Compute, store and return the bound of rectangle (i, j). */
long sli_fb_bound_compute(fbctx *c, size_t i, size_t j);

/* The bound of rectangle (i, j) (Barnes / area), computed once. */
SLI_STEP_INLINE long sli_fb_bound(fbctx *c, size_t i, size_t j)
{
    long u = c->ub[i * c->g.cy + j];
    return u >= 0 ? u : sli_fb_bound_compute(c, i, j);
}
/* Append its rectangles at (x0, y0); 0 or -1 (no memory). */
int sli_fb_emit(const fbctx *c, size_t i, size_t j, long x0, long y0,
                sli_boxes *out);

/* Run the five-block search, then the L-approach, on a context whose g
 * (sets and base values), l, w or callbacks, work and deadline are set;
 * L and W are the largest sizes the floor tables must cover.  *count gets
 * the best value and out (if not NULL) its layout. */
sl_status sli_fb_run(fbctx *c, long L, long W, long *count, sli_boxes *out,
                     sl_error *err);

/* The L-approach from the full rectangle: allocates c->ls when the state
 * space is small enough; returns the value found (0 when it did not run). */
long sli_lshape_run(fbctx *c);
/* Free the L-approach's tables. */
void sli_lshape_free(fbctx *c);
/* Append the L-approach's layout of the full rectangle. */
int sli_lshape_emit(const fbctx *c, sli_boxes *out);

#endif
