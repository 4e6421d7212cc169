/* sk-plan-layer-private.h — what the plan layer's files share: the
 * layer's state, its sizes, and the squares it keeps its shapes in
 * (sk-plan-layer-tiles.c). */
#pragma once

#include "sk-plan-layer.h"

#define POINT_RADIUS 16.0   /* px: a finger-sized target on a touch table */
#define LABEL_ZOOM 13.0

struct _SkPlanLayer
{
  ShumateLayer parent_instance;

  GArray *features;   /* SkFeature */
  gint64 selected;
  GArray *sketch;     /* SkLatLon */
  gint64 drag_id;     /* feature being dragged, or 0 */
  int drag_vertex;    /* its vertex, or -1: the whole feature */
  SkLatLon drag_to;

  /* The shapes drawn once per zoom in squares of TILE px (world pixels at
   * tiles_zoom), moved as pictures while the map pans. An edit redraws
   * only the squares it touches, so a frame after an edit repaints a few
   * squares, not the whole map. */
  GHashTable *tiles;        /* gint64 key → GskRenderNode, or NULL: nothing there */
  double tiles_zoom;
  guint n_rendered;         /* squares drawn so far */
  double last_zoom;         /* of the frame before */
  SkFeatureShape sketch_shape;
  GdkRGBA sketch_colour;
  gboolean touch;           /* corners sized for fingers (a touch table) */
  /* Badges that would hide one another are set apart (px at
   * offsets_zoom), with a leader line to their place: id → SkOffset. */
  GHashTable *offsets;
  double offsets_zoom;
};

typedef struct
{
  double dx, dy;
} SkOffset;

/* Badges closer than this (px, centre to centre) would hide each other. */
#define BADGE_APART (2 * POINT_RADIUS + 4)

/* Corner handles: drawn radius and the radius a press finds them in, px.
 * On a touch table the target is 44 px across, as for any button. */
#define VERTEX_RADIUS(self) ((self)->touch ? 12.0 : 7.0)
#define VERTEX_REACH(self) ((self)->touch ? 22.0 : 14.0)

#define TILE 256            /* px: side of a cached square */
#define TILE_MARGIN 36.0    /* px around a feature's points: badge, ring, casing, handles */
#define MAX_TILES 96        /* squares kept (256 KB each at scale 1) */

static inline SkLatLon
sk_feature_anchor_of (const SkFeature *f)
{
  return sk_feature_anchor (f->shape, f->points, f->n_points);
}

/* sk-plan-layer.c */
/* OUT: F as drawn, with the drag in progress applied (free its points). */
void sk_plan_layer_dragged_copy        (SkPlanLayer           *self,
                                        const SkFeature       *f,
                                        SkFeature             *out);
/* Shapes, leader lines, discs, handles and sketch, in widget px; of the
 * features that reach into ONLY (world px at tiles_zoom), or all (NULL). */
void sk_plan_layer_draw_shapes         (SkPlanLayer           *self,
                                        cairo_t               *cr,
                                        const SkFeature       *dragged,
                                        const graphene_rect_t *only);

/* sk-plan-layer-tiles.c */
/* The squares under BOX (world px at tiles_zoom) are drawn again. */
void sk_plan_layer_invalidate_box      (SkPlanLayer           *self,
                                        const graphene_rect_t *box);
void sk_plan_layer_invalidate_feature  (SkPlanLayer           *self,
                                        const SkFeature       *f);
void sk_plan_layer_invalidate_drag     (SkPlanLayer           *self);
void sk_plan_layer_invalidate_sketch   (SkPlanLayer           *self);
/* The squares of every feature new, gone or drawn otherwise in FEATURES. */
void sk_plan_layer_invalidate_changed  (SkPlanLayer           *self,
                                        const SkFeature       *features,
                                        size_t                 n);
/* What drawing F touches at tiles_zoom (world px): points and badge. */
graphene_rect_t sk_plan_layer_feature_box (SkPlanLayer     *self,
                                           const SkFeature *f);
/* The squares in view, drawn where missing. */
void sk_plan_layer_snapshot_tiles      (SkPlanLayer           *self,
                                        GtkSnapshot           *snapshot,
                                        const SkFeature       *dragged);
/* Frees a square of the tiles table (a GskRenderNode, or NULL). */
void sk_plan_layer_clear_node          (gpointer               node);
