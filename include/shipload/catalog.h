/**
 * @file
 * shipload/catalog.h - container and cargo specifications with provenance.
 *
 * Every physical figure is an sl_figure: a nominal value (used for the
 * deterministic capacity table), a distribution (sampled by the Monte
 * Carlo; a fixed value for figures read in a source, a range for
 * estimates), a confidence mark and a source.
 *
 * Units: millimetres and kilograms throughout.
 *
 * Built-in ids (part of the contract):
 * @verbatim
 *   containers  iso-20-24t  20 ft rated 24,000 kg gross
 *               iso-20      20 ft rated 30,480 kg gross
 *               iso-40      40 ft, 30,480 kg
 *               iso-40hc    40 ft high cube, 30,480 kg
 *   cargo       152mm-shell-mass-equiv  152 mm shell as a 46.25 kg mass
 *                                       equivalence, no packaging
 *               152mm-round   complete boxed 152 mm round: half a projectile
 *                             box (2 projectiles) plus half a charge box
 *                             (2 cased charges)
 *               122mm-round   complete boxed 122 mm D-30 round
 *               122mm-grad    9M22U rockets, 2 per ~3 m crate
 *               kn-23         KN-23 missile in a transport case
 *               non-munition  cargo that holds no munitions (its units
 *                             count toward no total)
 * @endverbatim
 */
#ifndef SHIPLOAD_CATALOG_H
#define SHIPLOAD_CATALOG_H

#include <stddef.h>
#include "export.h"
#include "status.h"
#include "dist.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Size of an id field, including the terminating NUL. */
#define SL_ID_MAX 48
/** Size of a name field, including the terminating NUL. */
#define SL_NAME_MAX 96
/** Size of a source (citation) field, including the terminating NUL. */
#define SL_SOURCE_MAX 256
/** Most packages one cargo unit can need. */
#define SL_CARGO_PACKAGES_MAX 4

/** Confidence marks, as in shared/data/physical-reference.md. */
typedef enum sl_confidence {
    SL_CONF_V = 0, /**< read in a primary source */
    SL_CONF_V2,    /**< secondary or commercial source */
    SL_CONF_D,     /**< derived from V figures */
    SL_CONF_EST    /**< no source found: an engineering estimate, wide range */
} sl_confidence;

/** The mark's short name: "V", "V2", "D", "EST"; "?" for unknown values.
 * A static string, never NULL. */
SL_API const char *sl_confidence_name(sl_confidence c);

/** One physical figure with its provenance. */
typedef struct sl_figure {
    double nominal;             /**< the value used when one number is needed */
    sl_dist dist;               /**< its uncertainty (const for sourced figures) */
    sl_confidence conf;         /**< how the figure is known */
    char source[SL_SOURCE_MAX]; /**< citation, or how it was estimated */
} sl_figure;

/** A freight container type. */
typedef struct sl_container {
    char id[SL_ID_MAX];                  /**< catalog id, [a-z0-9._-] */
    char name[SL_NAME_MAX];              /**< human-readable name */
    /** @{ */
    sl_figure length, width, height;     /**< internal, mm */
    /** @} */
    /** @{ */
    sl_figure door_width, door_height;   /**< door opening, mm */
    /** @} */
    sl_figure tare;                      /**< kg */
    sl_figure max_gross;                 /**< rated maximum gross mass, kg */
} sl_container;

/** One kind of package that a cargo unit needs a share of. */
typedef struct sl_package {
    char name[SL_NAME_MAX];       /**< e.g. "projectile box" */
    double units;                 /**< units carried per package, > 0 (e.g. 2) */
    /** @{ */
    sl_figure length, width, height; /**< outer, mm */
    /** @} */
    sl_figure gross;              /**< package mass with contents, kg */
    char vertical[4];             /**< box dimensions that may point up:
                                     a non-empty subset of "lwh" ("h" =
                                     this side up) */
    int max_stack;                /**< most packages in one stack; 0 = none.
                                     With max_stack_hi, the low end of an
                                     uncertain limit, and its nominal value */
    int max_stack_hi;             /**< 0: max_stack is exact.  Otherwise the
                                     high end of an uncertain stacking limit
                                     (EST rules of thumb), uniform over the
                                     whole numbers max_stack..max_stack_hi,
                                     at most SL_STACK_VALUES_MAX of them; a
                                     limit above what fits under the roof
                                     is the same as none */
} sl_package;

/** Most values an uncertain stacking limit may take (each is a geometry
 * table the estimate computes). */
#define SL_STACK_VALUES_MAX 8

/** How a cargo type is limited. */
typedef enum sl_cargo_kind {
    SL_CARGO_MASS_EQUIV = 0, /**< a mass per unit, no package: weight limit only */
    SL_CARGO_PACKAGED        /**< packages: weight and geometry limits */
} sl_cargo_kind;

/** A cargo type. */
typedef struct sl_cargo {
    char id[SL_ID_MAX];        /**< catalog id, [a-z0-9._-] */
    char name[SL_NAME_MAX];    /**< human-readable name */
    char unit[24];             /**< what one unit is: "shell", "round", "rocket" */
    sl_cargo_kind kind;        /**< mass equivalence or packaged */
    int munition;              /**< 1 if its units count as munitions */
    sl_figure unit_mass;       /**< kg per unit: the mass equivalence for
                                  SL_CARGO_MASS_EQUIV; for packaged cargo the
                                  bare item (reported, not used for limits) */
    size_t npackages;          /**< 0 for mass-equivalent cargo */
    sl_package package[SL_CARGO_PACKAGES_MAX]; /**< the first npackages
                                                  are used */
} sl_cargo;

/** A set of containers and cargo, searchable by id (opaque; allocated by
 * the library, released with sl_catalog_free()). */
typedef struct sl_catalog sl_catalog;

/** A new catalog holding the built-in entries in *out; the caller owns it
 * and frees it with sl_catalog_free().  Errors: SL_EINVAL (out NULL),
 * SL_ENOMEM. */
SL_API sl_status sl_catalog_builtin(sl_catalog **out, sl_error *err);

/** A new empty catalog in *out, owned by the caller (sl_catalog_free()).
 * Errors: SL_EINVAL (out NULL), SL_ENOMEM. */
SL_API sl_status sl_catalog_alloc(sl_catalog **out, sl_error *err);

/** A deep copy of cat in *out, owned by the caller (sl_catalog_free()).
 * Errors: SL_EINVAL (cat or out NULL), SL_ENOMEM. */
SL_API sl_status sl_catalog_copy(const sl_catalog *cat, sl_catalog **out,
                                 sl_error *err);

/** The catalog's notes: free text for the reader (where its figures come
 * from), not used by the model; "" when none, NULL for a NULL cat.  A
 * catalog file's "notes" are added on a line of their own when it loads
 * (not again when they already end the notes), sl_catalog_to_json writes
 * them back, and a copy keeps them.  Owned by the catalog: valid until it
 * is changed or freed.  Since 0.1.0. */
SL_API const char *sl_catalog_notes(const sl_catalog *cat);
/** Replace the notes (NULL or "" clears them): any text, line breaks
 * included, in UTF-8.  Errors: SL_EINVAL (cat NULL, or a byte that is not
 * UTF-8: the JSON outputs carry the notes), SL_ENOMEM; on error the notes
 * are unchanged.  Since 0.1.0. */
SL_API sl_status sl_catalog_set_notes(sl_catalog *cat, const char *notes,
                                      sl_error *err);

/** Free a catalog; accepts NULL. */
SL_API void sl_catalog_free(sl_catalog *cat);

/** @{ */
/** Number of container (cargo) entries; 0 for NULL. */
SL_API size_t sl_catalog_container_count(const sl_catalog *cat);
SL_API size_t sl_catalog_cargo_count(const sl_catalog *cat);
/** @} */

/** @{ */
/** Entry i (in insertion order), or NULL when out of range or cat is NULL.
 * The catalog owns the entry; the pointer stays valid until the catalog is
 * changed or freed. */
SL_API const sl_container *sl_catalog_container_at(const sl_catalog *cat,
                                                   size_t i);
SL_API const sl_cargo *sl_catalog_cargo_at(const sl_catalog *cat, size_t i);
/** @} */

/** @{ */
/** The entry with this id, or NULL (also for a NULL argument).  Owned by the
 * catalog: valid until the catalog is changed or freed. */
SL_API const sl_container *sl_catalog_find_container(const sl_catalog *cat,
                                                     const char *id);
SL_API const sl_cargo *sl_catalog_find_cargo(const sl_catalog *cat,
                                             const char *id);
/** @} */

/**
 * Check an entry: ids non-empty [a-z0-9._-], positive finite dimensions and
 * masses (a tare may be 0: a lot of cargo mass counted without a
 * container), nominal inside its distribution's support, tare < max gross,
 * packages well formed, every figure with a source (a file must give
 * one: sl_scenario_to_json writes only what loads), names, units and
 * sources one line each of UTF-8 text (no control character, U+0001 to U+001F or U+007F to U+009F, nor
 * U+2028 or U+2029: reports print
 * them as they are; no byte that is not UTF-8: the JSON outputs carry
 * them).  Errors: SL_EINVAL / SL_ERANGE with where naming the field
 * ("container iso-20.tare").
 */
/** @{ */
SL_API sl_status sl_container_check(const sl_container *c, sl_error *err);
SL_API sl_status sl_cargo_check(const sl_cargo *c, sl_error *err);
/** @} */

/** @{ */
/** Add a copy of an entry, or replace the one with the same id.  The entry
 * is checked first (as by sl_container_check() / sl_cargo_check()); on error
 * the catalog is unchanged.  Pointers to the catalog's entries taken before
 * the call become invalid.  Errors: SL_EINVAL (NULL), the check's errors,
 * SL_ENOMEM. */
SL_API sl_status sl_catalog_put_container(sl_catalog *cat,
                                          const sl_container *c,
                                          sl_error *err);
SL_API sl_status sl_catalog_put_cargo(sl_catalog *cat, const sl_cargo *c,
                                      sl_error *err);
/** @} */

/** Set a figure to a fixed value (dist const, nominal = v) with its
 * confidence and source (copied, cut to SL_SOURCE_MAX - 1 bytes between
 * UTF-8 characters; NULL
 * gives ""); a NULL f is ignored. */
SL_API void sl_figure_set(sl_figure *f, double v, sl_confidence conf,
                          const char *source);

/** Mass per unit as carried, at nominal figures: the mass equivalence, or
 * the sum over packages of gross / units.  NaN for NULL. */
SL_API double sl_cargo_unit_gross(const sl_cargo *c);

#ifdef __cplusplus
}
#endif

#endif /* SHIPLOAD_CATALOG_H */
