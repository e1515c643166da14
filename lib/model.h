/*
 * lib/model.h - the scenario compiled for sampling (internal).
 *
 * sli_model_build turns a scenario into flat arrays: the epistemic inputs
 * (each an sl_dist sampled by inversion from one uniform, through a
 * quantile table where the exact inverse is costly), the cells
 * (container type x cargo type) and the geometry limits tabulated at a
 * few package-size levels, stacking-limit steps and margin levels.  One
 * sample is then a handful of table
 * look-ups, a multinomial split with one fill sum per small cell, and one
 * multivariate normal over the cargos for the pooled (large) cells: its
 * cost does not depend on the container count.
 */
#ifndef SHIPLOAD_MODEL_H
#define SHIPLOAD_MODEL_H

#include <stddef.h>
#include <gsl/gsl_rng.h>
#include "internal.h"

/* What an epistemic input sets. */
typedef enum sli_target {
    SLI_T_CONTAINERS = 0, /* the container count */
    SLI_T_TSHARE,         /* share of container type `a` */
    SLI_T_CSHARE,         /* share of cargo type `a` */
    SLI_T_TARE,           /* tare of container type `a` */
    SLI_T_GROSS,          /* max gross of container type `a` */
    SLI_T_UNIT_MASS,      /* mass equivalence of cargo `a` */
    SLI_T_PKG_GROSS,      /* gross of package `b` of cargo `a` */
    SLI_T_LEVEL,          /* package-size level of cargo `a` */
    SLI_T_STACK,          /* stacking-limit step of cargo `a` */
    SLI_T_MARGIN,         /* margin level (all three margins) */
    SLI_T_DUNNAGE         /* dunnage, kg */
} sli_target;

/* Quantile table size (intervals).  An outermost interval whose end is
 * infinite uses the exact inverse, so unbounded tails are not cut; one
 * whose end is bounded is refined geometrically: SLI_QTAIL more quantiles
 * at u = 2^-j / SLI_QTABLE (and 1 - that), j = 1..SLI_QTAIL, so linear
 * interpolation misplaces at most 2^-SLI_QTAIL / SLI_QTABLE of the
 * probability (a steep quantile function near a bounded end, e.g. a
 * truncated normal far inside its bounds). */
#define SLI_QTABLE 1024
#define SLI_QTAIL 24

/* Most container types, and most cargo types, in one scenario. */
#define SLI_KINDS_MAX SL_SCENARIO_TYPES_MAX

/* Margin levels: the uncertain margins are tabulated at quantiles
 * (j + 0.5) / SLI_MARGIN_LEVELS of their ranges (docs/method.md). */
#define SLI_MARGIN_LEVELS 3

/* Geometry table entries per cell, margin entry and stacking-limit step
 * (levels, q = 0, q = 1, nominal), per cell and margin entry (every
 * step), per cell (every margin entry), and the nominal entry's index
 * (step 0: the catalog's max_stack). */
#define SLI_GEO_LEVELS(m) ((size_t)(m)->levels + 3)
#define SLI_GEO_MSTRIDE(m) (SLI_GEO_LEVELS(m) * (size_t)(m)->stack_k)
#define SLI_GEO_STRIDE(m) (SLI_GEO_MSTRIDE(m) * (size_t)(m)->margin_k)
#define SLI_GEO_NOMINAL(m) (SLI_GEO_LEVELS(m) - 1)

typedef struct sli_input {
    char name[SL_ID_MAX + 32];
    sli_target target;
    size_t a, b;
    sl_dist dist;
    double *table;       /* SLI_QTABLE + 1 quantiles, then 2 SLI_QTAIL
                            refining the outer intervals (lower, upper),
                            or NULL: exact */
} sli_input;

/* Per container type. */
typedef struct sli_type {
    const sl_container *c;  /* owned by the scenario */
    double share, tare, gross; /* fixed values (inputs override) */
    int rest;               /* share is 1 - the others */
} sli_type;

/* Per cargo type. */
typedef struct sli_cargo {
    const sl_cargo *g;      /* owned by the scenario */
    double share;
    int rest;
    int packaged, munition;
    double unit_mass;       /* fixed mass equivalence */
    double pkg_gross[SL_CARGO_PACKAGES_MAX];
    double pkg_units[SL_CARGO_PACKAGES_MAX];
    int level_input;        /* 1 if the package size is uncertain */
    int stack_steps;        /* values of its stacking limits (1: exact) */
} sli_cargo;

typedef struct sli_model {
    const sl_scenario *sc;
    sl_cache *cache;        /* the build's shared packer results, or NULL */
    size_t ntypes, ncargo, ncells;
    sli_type *types;
    sli_cargo *cargo;
    size_t ninputs;
    sli_input *inputs;
    double n_fixed;         /* container count when fixed */
    sl_qualifier n_qual;
    sl_dist fill;
    double fill_mean, fill_sd;
    double fill_skew, fill_exkurt; /* the fill's skewness and excess
                               kurtosis (0: not available) */
    size_t fill_exact;      /* a cell of at most this many containers sums
                               its fills one by one; above it, by the
                               corrected normal (docs/method.md 1.2) */
    double *fill_table;     /* quantile table of the fill, or NULL: exact */
    int fill_const;
    double dunnage;         /* nominal dunnage, kg */
    double dunnage_lo, dunnage_hi; /* its range */
    size_t clt_threshold;
    int levels;             /* geometry levels G */
    int stack_k;            /* most stack_steps of any cargo */
    int margin_k;           /* margin entries: 1 (exact margins: the
                               nominal) or SLI_MARGIN_LEVELS + 3 (levels,
                               q = 0, q = 1, nominal) */
    int margin_nominal;     /* the nominal margin entry (the low end of
                               the ranges is SLI_MARGIN_LEVELS) */
    /* geo[(t * ncargo + c) * SLI_GEO_STRIDE(m) + j * SLI_GEO_MSTRIDE(m) +
       s * SLI_GEO_LEVELS(m) + k]: units at margin entry j, stacking-limit
       step s (sli_package_stack) and package-size level k (k < levels:
       quantile (k + 0.5) / G; levels: q = 0; levels + 1: q = 1; levels +
       2: nominal); -1 = no geometry limit.  Steps past a cargo's
       stack_steps repeat its last.  With uncertain margins only the
       entries a sample, a bound or the nominal figures read are computed:
       a margin level with a size level, both ends with both ends (the
       hard bounds), nominal and low end (the claim check) with nominal;
       the others hold the nominal entry of their step, so every entry
       lies within the range.  Each computed entry is the most of the
       packer's counts at itself and at every computed entry it covers
       (sli_capacity_geometry_covers: one-up packages no smaller, margins
       no narrower, limits no higher), so no entry reads fewer where the
       packages are smaller, the margins narrower or the stacks higher. */
    long *geo;
    /* geo_bound[t * ncargo + c]: a proven upper bound on the units of
       cell (t, c), whatever the sizes, margins and stacking limits in
       their ranges (sli_capacity_geometry_bound; -1 = none). */
    long *geo_bound;
} sli_model;

/* Per cargo: the pooled cells' part of one sample (the vector normal). */
typedef struct sli_pool {
    double m1, m2;          /* E[Y_c] and E[Y_c^2] of one pooled container */
    double caplo, caphi;    /* lowest and highest capacity of its pooled cells */
    size_t cells;           /* pooled cells of this cargo */
    double s, z;            /* m1 / sqrt(m2); its standard normal */
    double x, lo, hi;       /* the drawn sum and its physical range */
} sli_pool;

/* Values per cargo in sli_draw.clt. */
#define SLI_CLT_STRIDE 6

/* Values of one sample (scratch, one per thread). */
typedef struct sli_draw {
    double n;
    double *tshare, *cshare, *tare, *gross, *ugross;
    int *level;             /* package-size level, -1: nominal */
    int *stack;             /* stacking-limit step */
    int margin;             /* margin entry */
    double dunnage;         /* kg */
    double *umass, *pgross; /* scratch: mass equivalence, package gross */
    double *cellp;          /* cell probabilities */
    unsigned *celln;        /* containers per cell (not pooled cells) */
    unsigned char *pooled;  /* 1: the cell is drawn in the vector normal */
    double *cap;            /* units per full container, per cell */
    double *cargo_total;    /* per cargo */
    double *clt;            /* per cargo, SLI_CLT_STRIDE values: mean,
                               variance, third and fourth cumulant,
                               lowest, highest of its cells summed by a
                               normal */
    sli_pool *pool;         /* per cargo: the vector normal */
    double *u;              /* the uniform behind each input */
} sli_draw;

/* cache: packer results shared with other runs (read during the build,
 * added to at its end; NULL: none); the model keeps the pointer but does
 * not use it after the build. */
sl_status sli_model_build(sli_model *m, const sl_scenario *sc,
                          const sl_options *opt, sl_cache *cache,
                          sl_error *err);
void sli_model_free(sli_model *m);

sl_status sli_draw_alloc(const sli_model *m, sli_draw *d);
void sli_draw_free(sli_draw *d);

/* A container count x (a draw, a quantile or an end of the count's
 * support) as the whole number of containers the model uses: x rounded,
 * and at least 1, as every count is (docs/scenario-format.md).  A count
 * read on [0, inf) reaches 0 at its lower end: a lognormal's draw at
 * u = 0, which mt19937 gives once in 2^32 draws, is 1 container, and the
 * hard minimum takes the same 1. */
double sli_count_whole(double x);

/* Set every input from the uniforms u[0..ninputs).  u NULL: the nominal
 * model (catalog nominal figures, mean shares, median container count,
 * nominal package sizes). */
void sli_model_set(const sli_model *m, const double *u, sli_draw *d);

/* Per-cell capacity (units per full container) from the drawn values. */
void sli_model_capacity(const sli_model *m, sli_draw *d);

/* One full sample: draws the inputs, splits the containers, sums the
 * fills (small cells exactly, the pooled cells by one multivariate normal
 * over the cargos, docs/method.md 1.2).  Returns the total; per-cargo
 * totals in d->cargo_total. */
double sli_model_sample(const sli_model *m, gsl_rng *r, sli_draw *d);

/* Skewness and excess kurtosis of fill d from its family's formula
 * (uniform, triangular, pert, beta, truncated normal and lognormal); NaN
 * for a fixed or discrete fill, or when the formula fails. */
void sli_fill_shape(const sl_dist *d, double *skew, double *exkurt);

/* The sum with mean `mean`, variance var > 0, third and fourth cumulants
 * k3 and k4 at standard normal z: mean + sqrt(var) w, w the Cornish-Fisher
 * expansion z + g1/6 (z^2 - 1) + g2/24 (z^3 - 3 z) - g1^2/36 (2 z^3 - 5 z),
 * g1 = k3 / var^1.5, g2 = k4 / var^2 (k4 NaN: the first term only), with
 * z held where w rises; clipped to [lo, hi]. */
double sli_cf_sum(double mean, double var, double k3, double k4, double lo,
                  double hi, double z);

/* Per-container capacity extremes of cell (t, c) over every input's
 * support: *lo the least any packing found holds (so at least that many
 * always fit), *hi a proven bound on the most (weight and
 * geo_bound), *found (if not NULL) the most the packings found hold
 * (every sample's capacity is at most *found <= *hi). */
void sli_model_cell_range(const sli_model *m, size_t t, size_t c, double *lo,
                          double *hi, double *found);

/* The most the containers hold at cap units each: the count's high end
 * (rounded) x the fill's high end x cap; 0 when cap or that fill is 0,
 * even for a count with no upper end (not inf x 0 = NaN). */
double sli_model_most(const sli_model *m, double cap);

/* 1 if input k cannot move the total: a figure of a container type or a
 * cargo whose share is 0 (its high end 0: no container is of it), or a
 * load rule (margins, dunnage) when every packaged munition's share is 0. */
int sli_model_input_inert(const sli_model *m, size_t k);

/* The hard bounds of the total, every input at the edges of its support:
 * *min (the least), *max (a proven bound: no loading under the model
 * holds more) and *found (the most the packings found reach; *found <=
 * *max, and every sample lies within [*min, *found]). */
void sli_model_bounds(const sli_model *m, double *min, double *max,
                      double *found);

/* The same for cargo `only` alone (its own total; every cargo when only
 * >= the cargo count): only the cells that a container can be (a
 * container type and that cargo, each with a share whose high end is above
 * 0: a cargo whose share is 0 has the bounds 0 and 0), and a least of 0
 * unless its share is 1 (else every container may carry another cargo). */
void sli_model_bounds_of(const sli_model *m, size_t only, double *min,
                         double *max, double *found);

/* The most the total reaches with every share an exact fraction of the
 * containers inside its range (the hard maximum also lets the split of the
 * containers stray from the shares, up to every container in the best
 * cell), every other input at its most favourable edge: *total, and when
 * cargo is not NULL the same for each cargo's own total (cargo[c], its
 * share as high as the others' low ends allow).  Exact over the vertices
 * of the type shares' range for up to 12 container types; above, a bound
 * (each cargo in its best type).  At most the hard maximum.  Errors:
 * SL_ENOMEM. */
sl_status sli_model_mix(const sli_model *m, double *total, double *cargo,
                        sl_error *err);

#endif
