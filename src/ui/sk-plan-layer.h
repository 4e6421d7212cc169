/* sk-plan-layer.h — draws placed interventions on the map: areas, lines
 * and points in their theme's colour with their icon, the selection
 * highlighted, names at fitting zoom levels, and the line or area being
 * drawn. Live content only: the base map stays in tiles.
 *
 * Positions are WGS84 degrees.
 */
#pragma once

#include <shumate/shumate.h>

#include "sk-geo.h"

G_BEGIN_DECLS

typedef enum
{
  SK_FEATURE_POINT,
  SK_FEATURE_LINE,
  SK_FEATURE_AREA,
} SkFeatureShape;

typedef struct
{
  gint64 id;
  SkFeatureShape shape;
  SkLatLon *points;
  size_t n_points;
  char *icon_name;
  char *label;
  GdkRGBA colour;
  GdkRGBA ring;         /* the colour of who placed it; alpha 0: nobody known */
} SkFeature;

#define SK_TYPE_PLAN_LAYER (sk_plan_layer_get_type ())
G_DECLARE_FINAL_TYPE (SkPlanLayer, sk_plan_layer, SK, PLAN_LAYER, ShumateLayer)

SkPlanLayer *sk_plan_layer_new           (ShumateViewport *viewport);
/* Replaces all features (copied). */
void         sk_plan_layer_set_features  (SkPlanLayer     *self,
                                          const SkFeature *features,
                                          size_t           n);
size_t       sk_plan_layer_get_n_features (SkPlanLayer    *self);
/* How many of its 256-px squares the layer has drawn so far (an edit
 * draws only those it touches). */
guint        sk_plan_layer_get_n_rendered (SkPlanLayer    *self);
void         sk_plan_layer_set_selected  (SkPlanLayer     *self,
                                          gint64           id);
gint64       sk_plan_layer_get_selected  (SkPlanLayer     *self);
/* The feature under widget coordinates x, y (the topmost), or 0. A point
 * is hit within 22 px, a line within 10 px, an area inside it. */
gint64       sk_plan_layer_pick          (SkPlanLayer     *self,
                                          double           x,
                                          double           y);
/* Index of the vertex of feature ID within 14 px of x, y, or -1. */
int          sk_plan_layer_pick_vertex   (SkPlanLayer     *self,
                                          gint64           id,
                                          double           x,
                                          double           y);
/* The line or area being drawn (n = 0 clears it). */
void         sk_plan_layer_set_sketch    (SkPlanLayer     *self,
                                          SkFeatureShape   shape,
                                          const SkLatLon  *points,
                                          size_t           n,
                                          const GdkRGBA   *colour);

/* Touch mode: corner handles 44 px across, to find with a finger. */
void         sk_plan_layer_set_touch     (SkPlanLayer     *self,
                                          gboolean         touch);
/* Shows feature ID being dragged: VERTEX to lat/lon, or (VERTEX -1) the
 * whole feature with its anchor at lat/lon. ID 0 ends the preview. */
void         sk_plan_layer_set_drag      (SkPlanLayer     *self,
                                          gint64           id,
                                          int              vertex,
                                          double           lat,
                                          double           lon);
const SkFeature *sk_plan_layer_get_feature (SkPlanLayer   *self,
                                          gint64           id);

/* Where a feature's badge sits: the point, halfway along a line's middle
 * segment, the centre of an area's bounding box. */
SkLatLon     sk_feature_anchor           (SkFeatureShape   shape,
                                          const SkLatLon  *points,
                                          size_t           n);
void         sk_feature_clear            (SkFeature       *feature);

G_END_DECLS
