/* sk-map-editor.h — turns pointer, touch and key input on the map into
 * editing requests: place a point, draw a line or an area (tap for each
 * corner; double-tap or Enter finishes, Escape cancels, Backspace removes
 * the last corner), select, drag to move, drag a corner to reshape,
 * delete. It changes no model itself: it emits signals, and the window
 * turns them into plan commands. */
#pragma once

#include <shumate/shumate.h>

#include "sk-plan-layer.h"

G_BEGIN_DECLS

#define SK_TYPE_MAP_EDITOR (sk_map_editor_get_type ())
G_DECLARE_FINAL_TYPE (SkMapEditor, sk_map_editor, SK, MAP_EDITOR, GObject)

SkMapEditor *sk_map_editor_new          (ShumateMap     *map,
                                         SkPlanLayer    *layer);
/* Arms a kind: the next taps place it. KIND NULL disarms. */
void         sk_map_editor_arm          (SkMapEditor    *self,
                                         const char     *kind,
                                         SkFeatureShape  shape,
                                         const GdkRGBA  *colour);
const char  *sk_map_editor_get_armed    (SkMapEditor    *self);
/* The same as a tap/click at widget coordinates x, y of the map. */
void         sk_map_editor_tap          (SkMapEditor    *self,
                                         double          x,
                                         double          y,
                                         int             n_press);
/* The same as a drag of the feature or corner under x0, y0 to x1, y1. */
gboolean     sk_map_editor_drag         (SkMapEditor    *self,
                                         double          x0,
                                         double          y0,
                                         double          x1,
                                         double          y1);
/* Enter, Escape, Backspace and Delete as the map would get them. */
gboolean     sk_map_editor_key          (SkMapEditor    *self,
                                         guint           keyval);
/* A kind dropped from the palette at widget coordinates x, y. */
void         sk_map_editor_drop         (SkMapEditor    *self,
                                         const char     *kind,
                                         SkFeatureShape  shape,
                                         const GdkRGBA  *colour,
                                         double          x,
                                         double          y);
guint        sk_map_editor_get_n_sketch (SkMapEditor    *self);
/* TRUE while a line or an area is being drawn (armed, even before the
 * first corner); ::sketch-changed tells when this or the corners change. */
gboolean     sk_map_editor_get_drawing  (SkMapEditor    *self);

G_END_DECLS
