/*
 * lib/capacity_internal.h - capacity pieces the Monte Carlo engine needs.
 * Not API (names use sli_).  The method is in docs/method-capacity.md.
 */
#ifndef SHIPLOAD_CAPACITY_INTERNAL_H
#define SHIPLOAD_CAPACITY_INTERNAL_H

#include "internal.h"

/* Grid unit (mm) of every packer call made for capacity: boxes are rounded
 * up and spaces down to whole units, so each count stays feasible. */
#define SLI_CAPACITY_GRAIN 5.0

/* Geometry limit, in units, of cargo g in container c under rules (the
   nominal margins), with every package dimension at quantile q of its
   distribution (q in [0,1]; q < 0 means nominal).  Mass-equivalent cargo:
   *units = -1 (no geometry limit).
   Non-munition cargo: treat like any other (count units anyway).
   A package that passes the door in no allowed orientation (when
   rules->check_door), or a usable space that is empty, gives 0.
   Errors: SL_EINVAL (NULL, invalid entries or rules, q NaN or above 1),
   SL_ERANGE (a usable space past the packer's grid, where "container
   ID.length" or the axis), SL_ENOMEM, and the packer's errors. */
sl_status sli_capacity_geometry(const sl_container *c, const sl_cargo *g,
                                const sl_load_rules *rules, double q,
                                long *units, sl_error *err);

/* A proven upper bound on the units of cargo g that any loading of c can
   hold, whatever the package sizes (each dimension at or above its q = 0
   value), the margins (at or above the low ends of their ranges) and the
   stacking limits (at most the high ends): the packer's bounds (volume,
   layers x Barnes' 2D bound, stacking limit x floor area) on the relaxed
   grid problem (the space rounded up, the boxes at q = 0 rounded down to
   whole grid units), and for several package kinds also the packages'
   volumes and footprints together.  Weight is not counted.  *units = -1:
   no geometry bound (mass-equivalent cargo, or a box side under one grid
   unit); 0 when no package passes the door at q = 0 or the space is empty.
   Errors: as sli_capacity_geometry. */
sl_status sli_capacity_geometry_bound(const sl_container *c,
                                      const sl_cargo *g,
                                      const sl_load_rules *rules, long *units,
                                      sl_error *err);

/* Packer counts already found, by their exact inputs (space, box, rules):
   the packer is deterministic, so a repeated call (a package size that is
   the same at two quantiles, a nominal size that is a range's end, two
   package-size levels) is looked up instead of run again; so are the
   layouts sli_capacity_geometry_shrunk packs.  A look-up the memo cannot
   answer asks `shared` (a caller's sl_cache, read only; NULL: none)
   before the packer runs; sli_pack_memo_merge later adds what the memo
   found to it.  Zero-initialise (then set shared); release with
   sli_pack_memo_free. */
typedef struct sli_pack_memo {
    struct sli_pack_memo_entry *e;
    size_t n, cap;
    sl_cache *shared;
} sli_pack_memo;

/* Add every result memo found by packing to memo->shared (when there is
   one; see sli_cache_add). */
void sli_pack_memo_merge(const sli_pack_memo *memo);

void sli_pack_memo_free(sli_pack_memo *memo);

/* sli_capacity_geometry with the margins at quantile mq of their ranges
   (mq < 0: the nominal margins), every package's stacking limit at step
   stack_step of its range (sli_package_stack), reusing and filling memo
   (NULL: none). */
sl_status sli_capacity_geometry_memo(const sl_container *c, const sl_cargo *g,
                                     const sl_load_rules *rules, double q,
                                     double mq, int stack_step,
                                     sli_pack_memo *memo, long *units,
                                     sl_error *err);

/* What decides whether one geometry count bounds another from below: the
   margins (length, width, height, mm), and per package its sides (l, w,
   h, mm), stacking limit (0: none) and whether it has one side up. */
typedef struct sli_geometry_point {
    double margin[3];
    double d[SL_CARGO_PACKAGES_MAX][3];
    int stack[SL_CARGO_PACKAGES_MAX];
    int one_up[SL_CARGO_PACKAGES_MAX];
    size_t n;
} sli_geometry_point;

/* The point of the count sli_capacity_geometry_memo gives at (q, mq,
   stack_step) for cargo g under rules (both already checked).  Errors: a
   package size at q that is not positive (SL_ERANGE, as that function). */
sl_status sli_capacity_geometry_point(const sl_cargo *g,
                                      const sl_load_rules *rules, double q,
                                      double mq, int stack_step,
                                      sli_geometry_point *pt, sl_error *err);

/* 1 if, in one container, every layout counted at point b is a layout at
   point a, so a's count may be raised to b's: a's margins are no wider
   (its usable space holds b's), each package stacks at least as high
   under a's limits, and each package is the same size at both or has one
   side up and is no larger in any side at a (the identical layers counted
   for such a package stay valid with each box shrunk in place and the
   layers lowered onto each other).  Not for a package that may be turned
   and differs in size: its layouts need not survive shrinking. */
int sli_capacity_geometry_covers(const sli_geometry_point *a,
                                 const sli_geometry_point *b);

/* 1 if b's layouts may hold at a once each box is shrunk to a's size
   (sli_capacity_geometry_shrunk then says how many do): one package,
   that may be turned, no side larger at a, margins no wider, stacking
   limit no lower.  Unlike sli_capacity_geometry_covers this is no proof:
   a box that rested on two shrunk boxes may lose its support. */
int sli_capacity_geometry_shrinks(const sli_geometry_point *a,
                                  const sli_geometry_point *b);

/* The units of a one-package cargo that may be turned which the packer's
   layout at (fq, fmq, fstep) still holds with every box shrunk to its
   size at (q, mq, step) (as sli_capacity_geometry_memo rounds it), each
   box keeping its orientation and its order along the length, the width
   and the height: the boxes are pushed towards the origin along the
   length, then the width (the other order too; the better is kept),
   lowered onto the boxes beneath them, and dropped when their base is not
   wholly on tops; the layout counts only when sl_pack_validate accepts
   it at (q, mq, step), else *units = 0.  0 too for another cargo, or
   when a side is larger at (q, mq, step).  The layout at (fq, fmq,
   fstep) is kept in memo (NULL: none) for the next call.  Errors as
   sli_capacity_geometry_memo. */
sl_status sli_capacity_geometry_shrunk(const sl_container *c,
                                       const sl_cargo *g,
                                       const sl_load_rules *rules, double fq,
                                       double fmq, int fstep, double q,
                                       double mq, int step,
                                       sli_pack_memo *memo, long *units,
                                       sl_error *err);

/* The margins (length, width, height, mm) at quantile mq in [0, 1] of
   their ranges, all three at the same quantile; the nominal figures when
   mq < 0.  rules must have passed sli_load_rules_check. */
void sli_load_rules_margins(const sl_load_rules *rules, double mq,
                            double out[3]);

/* 1 if the range of some margin is more than one value. */
int sli_load_rules_margins_uncertain(const sl_load_rules *rules);

/* The stacking limit of package p at step `step` >= 0 of its range:
   max_stack + step, at most max_stack_hi; max_stack when the limit is
   exact.  The steps of a cargo's packages move together (a cargo's one
   uncertain input sets them all). */
int sli_package_stack(const sl_package *p, int step);

/* How many steps cargo g's stacking limits take: the most values of any
   of its packages' ranges, 1 when every limit is exact. */
int sli_cargo_stack_steps(const sl_cargo *g);

/* The capacity at nominal figures (as sl_capacity_nominal) given the
   geometry limit at nominal package sizes, as sli_capacity_geometry found
   it for (c, g, rules) at q < 0.  Errors: as sl_capacity_nominal. */
sl_status sli_capacity_with_geometry(const sl_container *c, const sl_cargo *g,
                                     const sl_load_rules *rules,
                                     long by_geometry, sl_capacity *out,
                                     sl_error *err);

/* Payload (kg) left for cargo g: max_gross - tare, less the rules' dunnage
   for packaged cargo (a mass equivalence has no packaging, so no dunnage).
   May be zero or negative. */
double sli_capacity_payload(double max_gross, double tare, const sl_cargo *g,
                            const sl_load_rules *rules);

/* Weight limit: floor(payload / unit_gross); 0 when payload <= 0 or either
   figure is not finite, or unit_gross <= 0. */
long sli_capacity_by_weight(double payload, double unit_gross);

/* Check load rules: margins and dunnage finite and >= 0, each inside its
   range (two finite numbers 0 <= low <= high), check_door 0 or 1.
   Errors: SL_EINVAL (NULL), SL_ERANGE with where "rules.<field>" (or
   "rules.<field>_range"). */
sl_status sli_load_rules_check(const sl_load_rules *rules, sl_error *err);

/* The figure and range part of sli_load_rules_check (rules not NULL),
   with where "<prefix>.<field>" or "<prefix>.<field>_range". */
sl_status sli_load_rules_figures_check(const sl_load_rules *rules,
                                       const char *prefix, sl_error *err);

#endif
