/* sk-variant-compare.h — two variants of a session side by side: a map
 * of each (drawn by the report's map renderer) and a table of the
 * indicators with the difference B − A, better in green and worse in
 * red, with an arrow so that colour is not the only cue.
 *
 * The store is read on the main thread only; each variant becomes a plan
 * snapshot that a worker thread evaluates (sk_evaluate) and draws.
 */
#pragma once

#include <adwaita.h>

#include "sk-evaluator.h"
#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_VARIANT_COMPARE (sk_variant_compare_get_type ())
G_DECLARE_FINAL_TYPE (SkVariantCompare, sk_variant_compare, SK, VARIANT_COMPARE, AdwWindow)

typedef enum
{
  SK_VARIANT_COMPARE_A,
  SK_VARIANT_COMPARE_B,
} SkVariantCompareSide;

/* A window over PARENT (may be NULL) comparing VARIANT_A and VARIANT_B
 * (0: the first, resp. the second variant of the session). KENGETALLEN
 * NULL: the built-in figures. */
SkVariantCompare *sk_variant_compare_new          (GtkWindow            *parent,
                                                   SkStore              *store,
                                                   SkRegion             *region,
                                                   SkToolbox            *toolbox,
                                                   SkKengetallen        *kengetallen,
                                                   gint64                variant_a,
                                                   gint64                variant_b);
/* Chooses the variants to compare (as the two dropdowns do) and
 * recomputes. */
void              sk_variant_compare_set_variants (SkVariantCompare     *self,
                                                   gint64                variant_a,
                                                   gint64                variant_b);
gint64            sk_variant_compare_get_variant  (SkVariantCompare     *self,
                                                   SkVariantCompareSide  side);
/* Reads the list of variants again (after a new, duplicated or renamed
 * variant) and recomputes. */
void              sk_variant_compare_reload       (SkVariantCompare     *self);
/* TRUE while a worker evaluates and draws. */
gboolean          sk_variant_compare_get_busy     (SkVariantCompare     *self);
/* The evaluation shown for SIDE, or NULL before the first result. */
SkEvaluation     *sk_variant_compare_get_evaluation (SkVariantCompare   *self,
                                                     SkVariantCompareSide side);
/* The map shown for SIDE, or NULL before the first result. */
GdkTexture       *sk_variant_compare_get_texture  (SkVariantCompare     *self,
                                                   SkVariantCompareSide  side);

G_END_DECLS
