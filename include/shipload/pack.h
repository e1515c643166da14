/**
 * @file
 * shipload/pack.h - capacity (weight and geometry) and the crate packer.
 *
 * Axes: a space has length L along x, width W along y, height H along z
 * (z is up).  A box has dimensions l, w, h; an orientation maps them onto
 * the space's axes.  "Vertical" names the box dimensions allowed to point
 * up: a non-empty subset of the letters l, w, h ("h" = this side up).
 * Sizes are in any consistent unit (millimetres in the catalog); the packer
 * works on a grid of integer units after rounding boxes up and spaces down
 * to whole units of `grain` (1 by default).
 */
#ifndef SHIPLOAD_PACK_H
#define SHIPLOAD_PACK_H

#include <stddef.h>
#include "export.h"
#include "status.h"
#include "catalog.h"

#ifdef __cplusplus
extern "C" {
#endif

/** One placed box: the corner nearest the origin and its extents along the
 * space's x (length), y (width) and z (height). */
typedef struct sl_placement {
    /** @{ */
    double x, y, z;      /**< the corner nearest the origin */
    /** @} */
    /** @{ */
    double l, w, h;      /**< extents along x, y and z */
    /** @} */
} sl_placement;

/** Packer options.  Initialise with sl_pack_options_init. */
typedef struct sl_pack_options {
    char vertical[4];    /**< allowed vertical dims, subset of "lwh"; "h" */
    long max_count;      /**< stop when this many are placed; 0 = no limit */
    int max_stack;       /**< most boxes in one vertical stack; 0 = no limit */
    double grain;        /**< grid unit, > 0; default 1 */
    double seconds;      /**< wall-clock budget; 0 = none (deterministic).
                            With a budget the result may depend on load. */
    long work_limit;     /**< deterministic effort cap (solver nodes);
                            0 = the default, which keeps every BR0
                            instance under about 2 s */
    int want_layout;     /**< 1: fill result->layout; 0: count only */
} sl_pack_options;

/** Result of a packing.  Free the layout with sl_pack_result_free. */
typedef struct sl_pack_result {
    long count;          /**< boxes placed */
    long upper_bound;    /**< no layout can hold more (honouring the rules);
                            never below count.  At sizes that are not whole
                            grains, from the real sizes: the floor of the
                            volume quotient, safely rounded; LONG_MAX when
                            that is more than a long holds */
    int optimal;         /**< 1 if count == upper_bound */
    double seconds;      /**< time taken */
    size_t nlayout;      /**< entries in layout (== count when requested) */
    sl_placement *layout;/**< owned by the result; NULL when not requested */
} sl_pack_result;

/** Defaults: vertical "h", no limits, grain 1, no time budget, no layout. */
SL_API void sl_pack_options_init(sl_pack_options *opt);

/**
 * The coarsest grid unit that makes the box sides l, w and h whole numbers
 * of it: `base` divided by the first of 1, 2, 4, 5, 8, 10, 16, 20, 25, 40,
 * 50, 100, 200, 250, 500, 1000 that does (within a relative 1e-9), then by
 * 1000 times each of them (so sizes in metres get the units sizes in
 * millimetres get), as long as no side of the space L x W x H then exceeds
 * 10^6 units.  When none does, the coarsest of those whose cell (the box
 * rounded up to whole units) is at most 1 % larger than the box by volume
 * (1.001 x 2 x 3 in 1002 x 233 x 220: 0.01; 1.00000001 x 1 x 1 in
 * 1000 x 10 x 10: 0.01, 99,000 boxes in 0.08 s, against 50,000 at 1);
 * `base` itself when none is, or when an argument is not finite and
 * positive.  With
 * whole sides the layout on the grid is exact; otherwise sl_pack rounds the
 * box up, and a box across the sliver that leaves between two boxes below
 * is not wholly supported, so fewer may fit (1,193.75 x 411.25 x 225 mm,
 * any side up, in 11,832 x 2,252 x 2,243 mm: 481 at grain 1, 520 at 0.25);
 * and a row that the real sizes fill exactly (n boxes of side b, n * b = L)
 * holds floor(floor(L / g) / ceil(b / g)) < n at any grain g that leaves b
 * off the grid: 10 boxes 123.4567 long in 1,234.567 hold 9 at every grain
 * allowed there, 123.4567 being whole only at 10^-4, past 10^6 units
 * (docs/packing.md, "Command line").
 * A finer grain costs time (there: 0.32 s at grain 1, 0.47 s at 0.25,
 * Release build, 28 Nov 2026).
 */
SL_API double sl_pack_grain_for(double L, double W, double H, double l,
                                double w, double h, double base);

/**
 * The most boxes of size l x w x h that fit in the space L x W x H, each
 * fully supported (on the floor or on other boxes), orientations allowed
 * by opt->vertical, stacks no higher than opt->max_stack.  A box larger
 * than the space in every allowed orientation gives count 0 (not an error),
 * however many grid units its sides take.
 * res is overwritten (its old layout is not freed).
 * Errors: SL_EINVAL (NULL, bad vertical set), SL_ERANGE (a size that is
 * not finite and positive, or a grid too large: more than 10^6 units on an
 * axis of the space, or on a box side when the box fits some way, or a layout too large: more than 4 * 10^6 boxes when a layout is
 * built, that is when want_layout is set or a size is not a whole number
 * of grains), SL_ENOMEM.
 * Memory: with no layout built, it does not grow with the box count
 * (10^18 boxes of 1 x 1 x 1 in 10^6 x 10^6 x 10^6 take 18 MB); with a
 * layout and max_count, about max_count boxes are built, however many
 * fit.  A count alone does not stack a layer kind whose 2D pattern holds
 * more than 10^6 boxes on another kind (docs/packing.md).
 */
SL_API sl_status sl_pack(double L, double W, double H, double l, double w,
                         double h, const sl_pack_options *opt,
                         sl_pack_result *res, sl_error *err);

/** Free the layout in res and zero it; accepts NULL. */
SL_API void sl_pack_result_free(sl_pack_result *res);

/**
 * Check a layout independently of the packer: every box inside the space,
 * no two overlapping (touching is fine), each fully supported (its whole
 * base on the floor or on tops of boxes at its base height), each one an
 * orientation of l x w x h allowed by `vertical`, and no stack taller than
 * max_stack boxes (0 = no limit).  Tolerance: 1e-9 of the largest side
 * of the space, or 1e-6 of a box side when that is less (so a box thinner
 * than the space's tolerance is still checked).  Each box is checked
 * against the boxes near it only (a tree of their bounds), with the answer
 * of checking it against every box: a layout of 658,595 boxes takes about
 * 1 s (docs/packing.md).
 * Returns SL_OK, or SL_EINVAL with err->what naming the first fault and the
 * box index ("box 17 overlaps box 4"), or SL_ENOMEM.
 */
SL_API sl_status sl_pack_validate(double L, double W, double H, double l,
                                  double w, double h, const char *vertical,
                                  int max_stack, const sl_placement *layout,
                                  size_t n, sl_error *err);

/**
 * The manufacturer's pallet loading problem: the most l x w rectangles
 * (either rotation) in an L x W rectangle, integer sizes.  *count gets the
 * count, *bound an upper bound (Barnes / area).  If placements is not NULL
 * and *nplacements is its capacity, up to that many rectangles are written
 * (z = 0, h = 0) and *nplacements set to the count written; only those are
 * kept while the layout is built, so memory does not grow with the count
 * (with placements NULL or a capacity of 0, no layout is built).
 * Errors: SL_EINVAL, SL_ERANGE (sizes <= 0 or > 10^6), SL_ENOMEM.
 */
SL_API sl_status sl_pack_2d(long L, long W, long l, long w, long *count,
                            long *bound, sl_placement *placements,
                            size_t *nplacements, sl_error *err);

/**
 * 1 if a box l x w x h passes a door opening door_width wide and
 * door_height high, moving lengthwise, in an orientation that `vertical`
 * allows: some allowed up dimension fits the height and one of the other
 * two the width (the third goes along the container).  The capacity
 * functions apply this test to every package when the load rules'
 * check_door is set, and then pack each standing only on the sides that
 * pass (sl_door_vertical).  0 for a NULL or empty vertical, one of more
 * than three letters, a letter other than l, w, h, or a size that is not
 * a finite number > 0.
 */
SL_API int sl_door_passes(double door_width, double door_height, double l,
                          double w, double h, const char *vertical);

/**
 * The up dimensions of `vertical` in which the box passes the door (the
 * test of sl_door_passes for each), in their order, into out (at least 4
 * chars; "" when none; may be NULL); returns how many.  A box that passes
 * the door standing on one dimension cannot be stood on another inside
 * (2380 mm tall through a door 2280 high), so the capacity functions pack
 * with these only when check_door is set.  The packer may still turn a box
 * a quarter about the vertical; a side between the door's width and the
 * space's (2340 to 2352 mm in a 20 ft ISO container) is then assumed to be
 * turned inside.  0 for the inputs for which sl_door_passes gives 0.
 */
SL_API int sl_door_vertical(double door_width, double door_height, double l,
                            double w, double h, const char *vertical,
                            char out[4]);

/** Which limit binds a container's capacity. */
typedef enum sl_binding {
    SL_BIND_WEIGHT = 0,
    SL_BIND_GEOMETRY,
    SL_BIND_BOTH,      /**< the two limits are equal */
    SL_BIND_NONE       /**< the cargo does not fit at all (count 0 by geometry
                          or the door) or carries no munitions */
} sl_binding;

/** "weight", "geometry", "both", "none". */
SL_API const char *sl_binding_name(sl_binding b);

/** Loading rules applied on top of the container's internal size.
 *
 * Each margin and the dunnage is a nominal figure (used by the nominal
 * capacity functions below) and a range {low, high} that must contain it.
 * In an estimate (sl_estimate) a range with low < high is uncertain: the
 * dunnage is uniform over its range, and the three margins move together
 * (one uncertain input, "load_rules.margins": each margin at the same
 * quantile of its range; docs/method.md).  A range with low == high is
 * exact.  After changing a figure, set its range too, or call
 * sl_load_rules_fix to make every figure exact. */
typedef struct sl_load_rules {
    double margin_length;  /**< mm left free along the length for bracing */
    double margin_width;   /**< mm left free across the width */
    double margin_height;  /**< mm left free at the top */
    double dunnage;        /**< kg of timber and lashing per container */
    int check_door;        /**< 1: a package must pass the door opening */
    double margin_length_range[2]; /**< {low, high} of margin_length, mm */
    double margin_width_range[2];  /**< {low, high} of margin_width, mm */
    double margin_height_range[2]; /**< {low, high} of margin_height, mm */
    double dunnage_range[2];       /**< {low, high} of dunnage, kg */
} sl_load_rules;

/** The documented defaults: margins and dunnage are engineering estimates
 * (EST) whose nominal values, ranges and reasons are in
 * docs/method-capacity.md; door check on.  Accepts NULL. */
SL_API void sl_load_rules_init(sl_load_rules *rules);

/** Make every figure of rules exact: each range becomes {figure, figure}.
 * Accepts NULL. */
SL_API void sl_load_rules_fix(sl_load_rules *rules);

/** Capacity of one container type for one cargo type, at given figures. */
typedef struct sl_capacity {
    char container[SL_ID_MAX]; /**< container id */
    char cargo[SL_ID_MAX];     /**< cargo id */
    long count;          /**< min(by_weight, by_geometry) */
    long by_weight;      /**< floor((max gross - tare - dunnage) / unit gross) */
    long by_geometry;    /**< units that fit; -1 for mass-equivalent cargo
                            (no geometry limit) */
    sl_binding binding;  /**< which limit binds */
    double payload;      /**< kg available: max gross - tare - dunnage */
    double unit_gross;   /**< kg per unit as carried */
} sl_capacity;

/**
 * Capacity of container c for cargo g with all figures at nominal (an
 * uncertain stacking limit at its low end, sl_package.max_stack).
 * For packaged cargo with several packages per unit (a complete round),
 * the geometry limit is the most units whose packages all fit together.
 * Deterministic: uses the packer with no time budget.
 * Errors: SL_EINVAL (NULL, invalid entries), SL_ERANGE (load rules out
 * of range, where "rules.FIELD": a margin or dunnage, check_door neither 0
 * nor 1), SL_EOVERFLOW (a weight limit above 2^53 units), SL_ENOMEM.
 */
SL_API sl_status sl_capacity_nominal(const sl_container *c, const sl_cargo *g,
                                     const sl_load_rules *rules,
                                     sl_capacity *out, sl_error *err);

#ifdef __cplusplus
}
#endif

#endif /* SHIPLOAD_PACK_H */
