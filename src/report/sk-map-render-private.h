/* sk-map-render-private.h — the parts of the base-map renderer drawn from
 * a region's map store (sk-map-render-osm.c, sk-map-labels.c). */
#pragma once

#include <pango/pangocairo.h>

#include "sk-map-render.h"
#include "sk-map-store.h"

G_BEGIN_DECLS

/* A box in world pixels at the view's zoom (x right, y down). */
typedef struct
{
  double x, y, w, h;
} SkMapBox;

/* Land, areas, buildings, water, railways, roads and point symbols of the
 * store inside VIEW. */
void sk_map_render_osm   (cairo_t          *cr,
                          SkMapStore       *store,
                          const SkMapView  *view);

/* Street, water, hamlet, farm and landmark names and house numbers,
 * placed clear of AVOID (the region's village names, drawn on top), the
 * same in every tile. Appends an SkMapLabel to PLACED (may be NULL) for
 * every label drawn in the view. */
void sk_map_labels_draw  (cairo_t          *cr,
                          SkMapStore       *store,
                          const SkMapView  *view,
                          const SkMapBox   *avoid,
                          guint             n_avoid,
                          GPtrArray        *placed);

/* A layout with hinting off, so that a text measures the same in every
 * tile and thread. */
PangoLayout *sk_map_label_layout (PangoContext *context,
                                  const char   *text,
                                  double        size_px,
                                  PangoWeight   weight,
                                  PangoStyle    style);

G_END_DECLS
