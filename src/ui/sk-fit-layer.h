/* sk-fit-layer.h — "Waar past wat?": a map layer that shades the region
 * by where the kind chosen in the toolbox fits (sk-fit.h), drawn per
 * map tile in a worker thread as the offline base map is, with the
 * verdicts' colours and patterns (sk-fit-style.h). */
#pragma once

#include <shumate/shumate.h>

#include "sk-fit.h"

G_BEGIN_DECLS

/* Verdict cells across one 256 px tile up to zoom 15: a cell of 4 px,
 * about 75 m on the ground at zoom 13 and 19 m at zoom 15. Nearer in,
 * the cells keep about 19 m (half as many across per zoom level, at
 * least 16): the narrowest zone of the rules, a stream's banks, is 50 m
 * wide, and a tile costs no more than the base map's. */
#define SK_FIT_LAYER_CELLS 64
#define SK_FIT_LAYER_FULL_ZOOM 15
#define SK_FIT_LAYER_MIN_CELLS 16

#define SK_TYPE_FIT_LAYER_SOURCE (sk_fit_layer_source_get_type ())
G_DECLARE_FINAL_TYPE (SkFitLayerSource, sk_fit_layer_source, SK, FIT_LAYER_SOURCE, ShumateMapSource)

/* Tiles of KIND_ID's verdicts over FIT's region; FIT is read from the
 * tile threads (it is immutable). */
SkFitLayerSource *sk_fit_layer_source_new       (SkFit            *fit,
                                                 const char       *kind_id);
const char       *sk_fit_layer_source_get_kind  (SkFitLayerSource *self);
/* How many tiles have been drawn. */
guint             sk_fit_layer_source_get_n_filled (SkFitLayerSource *self);

/* Verdict cells across a tile at ZOOM. */
int               sk_fit_layer_get_n_cells      (int               zoom);
/* One tile (x, y at ZOOM, 256 × SCALE px, transparent where no rule
 * speaks), as the layer draws it; for the layer's worker and the bench. */
cairo_surface_t  *sk_fit_layer_render_tile      (SkFit            *fit,
                                                 const char       *kind_id,
                                                 int               x,
                                                 int               y,
                                                 int               zoom,
                                                 int               scale);

G_END_DECLS
