/* sk-area-layer.h — a rectangle drawn on the map to choose an area (the
 * part of an OpenStreetMap extract to import): shaded outside, with a
 * handle at each corner. While drawing is on, a drag on the map draws a
 * new rectangle or moves the corner it starts on; otherwise the map pans. */
#pragma once

#include <shumate/shumate.h>

#include "sk-geo.h"

G_BEGIN_DECLS

#define SK_TYPE_AREA_LAYER (sk_area_layer_get_type ())
G_DECLARE_FINAL_TYPE (SkAreaLayer, sk_area_layer, SK, AREA_LAYER, ShumateLayer)

/* The layer listens to drags on MAP; add it above the base map
 * (shumate_simple_map_add_overlay_layer). */
SkAreaLayer *sk_area_layer_new          (ShumateMap   *map);
void         sk_area_layer_set_drawing  (SkAreaLayer  *self,
                                         gboolean      drawing);
gboolean     sk_area_layer_get_drawing  (SkAreaLayer  *self);
/* FALSE when no area is drawn. */
gboolean     sk_area_layer_get_area     (SkAreaLayer  *self,
                                         SkBBox       *area);
/* AREA NULL takes the rectangle away. Emits "changed". */
void         sk_area_layer_set_area     (SkAreaLayer  *self,
                                         const SkBBox *area);

G_END_DECLS
