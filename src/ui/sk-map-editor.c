/* sk-map-editor.c — map gestures to editing requests. */
#include "sk-config.h"
#include "sk-map-editor.h"

#include <math.h>

struct _SkMapEditor
{
  GObject parent_instance;

  ShumateMap *map;          /* weak: the editor lives as long as the map */
  SkPlanLayer *layer;
  char *armed;              /* kind being placed, or NULL */
  SkFeatureShape shape;
  GdkRGBA colour;
  GArray *sketch;           /* SkLatLon: corners of the line or area so far */

  /* The drag in progress. */
  gint64 drag_id;
  int drag_vertex;
  double drag_x0, drag_y0;
};

G_DEFINE_FINAL_TYPE (SkMapEditor, sk_map_editor, G_TYPE_OBJECT)

enum
{
  SIGNAL_PLACE,
  SIGNAL_MOVE,
  SIGNAL_RESHAPE,
  SIGNAL_SELECT,
  SIGNAL_DELETE,
  SIGNAL_CONTEXT,
  SIGNAL_CANCEL,
  SIGNAL_SKETCH_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
to_location (SkMapEditor *self,
             double       x,
             double       y,
             double      *lat,
             double      *lon)
{
  shumate_viewport_widget_coords_to_location (shumate_map_get_viewport (self->map),
                                              GTK_WIDGET (self->map), x, y, lat, lon);
}

static void
update_sketch (SkMapEditor *self)
{
  sk_plan_layer_set_sketch (self->layer, self->shape, (const SkLatLon *) self->sketch->data,
                            self->sketch->len, &self->colour);
  /* While drawing, a double tap finishes instead of zooming in. */
  shumate_map_set_zoom_on_double_click (self->map, self->sketch->len == 0);
  g_signal_emit (self, signals[SIGNAL_SKETCH_CHANGED], 0);
}

static void
finish_sketch (SkMapEditor *self)
{
  guint needed = self->shape == SK_FEATURE_AREA ? 3 : 2;
  g_autofree char *kind = g_strdup (self->armed);
  g_autoptr(GArray) points = NULL;

  /* Too few corners yet: keep drawing. */
  if (self->sketch->len < needed || kind == NULL)
    return;
  points = g_array_copy (self->sketch);
  g_array_set_size (self->sketch, 0);
  update_sketch (self);
  g_signal_emit (self, signals[SIGNAL_PLACE], 0, kind, points->data, points->len);
}

void
sk_map_editor_arm (SkMapEditor    *self,
                   const char     *kind,
                   SkFeatureShape  shape,
                   const GdkRGBA  *colour)
{
  g_return_if_fail (SK_IS_MAP_EDITOR (self));

  g_free (self->armed);
  self->armed = g_strdup (kind);
  self->shape = shape;
  if (colour != NULL)
    self->colour = *colour;
  g_array_set_size (self->sketch, 0);
  update_sketch (self);
}

const char *
sk_map_editor_get_armed (SkMapEditor *self)
{
  g_return_val_if_fail (SK_IS_MAP_EDITOR (self), NULL);
  return self->armed;
}

gboolean
sk_map_editor_get_drawing (SkMapEditor *self)
{
  g_return_val_if_fail (SK_IS_MAP_EDITOR (self), FALSE);
  return self->armed != NULL && self->shape != SK_FEATURE_POINT;
}

guint
sk_map_editor_get_n_sketch (SkMapEditor *self)
{
  g_return_val_if_fail (SK_IS_MAP_EDITOR (self), 0);
  return self->sketch->len;
}

void
sk_map_editor_tap (SkMapEditor *self,
                   double       x,
                   double       y,
                   int          n_press)
{
  SkLatLon p;

  g_return_if_fail (SK_IS_MAP_EDITOR (self));

  to_location (self, x, y, &p.lat, &p.lon);
  if (self->armed == NULL)
    {
      g_signal_emit (self, signals[SIGNAL_SELECT], 0, sk_plan_layer_pick (self->layer, x, y));
      return;
    }
  if (self->shape == SK_FEATURE_POINT)
    {
      g_autofree char *kind = g_strdup (self->armed);

      g_signal_emit (self, signals[SIGNAL_PLACE], 0, kind, &p, 1u);
      return;
    }
  /* The second press of a double tap lands on the last corner: finish. */
  if (n_press >= 2)
    {
      finish_sketch (self);
      return;
    }
  g_array_append_val (self->sketch, p);
  update_sketch (self);
}

gboolean
sk_map_editor_key (SkMapEditor *self,
                   guint        keyval)
{
  gint64 selected = sk_plan_layer_get_selected (self->layer);

  g_return_val_if_fail (SK_IS_MAP_EDITOR (self), FALSE);

  switch (keyval)
    {
    case GDK_KEY_space:
      /* From the keyboard, the map's centre is where a finger would tap:
       * Space puts a point (or the next corner) there. */
      if (self->armed == NULL)
        return FALSE;
      sk_map_editor_tap (self, gtk_widget_get_width (GTK_WIDGET (self->map)) / 2.0,
                         gtk_widget_get_height (GTK_WIDGET (self->map)) / 2.0, 1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (self->sketch->len == 0)
        return FALSE;
      finish_sketch (self);
      return TRUE;
    case GDK_KEY_Escape:
      if (self->sketch->len == 0 && self->armed == NULL)
        return FALSE;
      sk_map_editor_arm (self, NULL, SK_FEATURE_POINT, NULL);
      g_signal_emit (self, signals[SIGNAL_CANCEL], 0);
      return TRUE;
    case GDK_KEY_BackSpace:
      if (self->sketch->len == 0)
        return FALSE;
      g_array_set_size (self->sketch, self->sketch->len - 1);
      update_sketch (self);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      if (selected == 0)
        return FALSE;
      g_signal_emit (self, signals[SIGNAL_DELETE], 0, selected);
      return TRUE;
    case GDK_KEY_Menu:
      /* The right click of the keyboard, at the map's centre (as Space
       * places there): the selected idea's menu, or "Hier is ook een…". */
      if (self->armed != NULL)
        return FALSE;
      g_signal_emit (self, signals[SIGNAL_CONTEXT], 0, selected,
                     gtk_widget_get_width (GTK_WIDGET (self->map)) / 2.0,
                     gtk_widget_get_height (GTK_WIDGET (self->map)) / 2.0);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
begin_drag (SkMapEditor *self,
            double       x,
            double       y)
{
  gint64 selected = sk_plan_layer_get_selected (self->layer);
  int vertex = selected ? sk_plan_layer_pick_vertex (self->layer, selected, x, y) : -1;
  gint64 hit = sk_plan_layer_pick (self->layer, x, y);

  /* A corner of the selected line or area reshapes it; a drag that starts
   * on any idea moves that idea (people grab and drag, they do not select
   * first); only a drag on empty map pans it. */
  if (self->armed != NULL || (vertex < 0 && hit == 0))
    return FALSE;
  if (vertex < 0 && hit != selected)
    {
      g_signal_emit (self, signals[SIGNAL_SELECT], 0, hit);
      selected = hit;
    }
  self->drag_id = selected;
  self->drag_vertex = vertex;
  self->drag_x0 = x;
  self->drag_y0 = y;
  return TRUE;
}

static void
update_drag (SkMapEditor *self,
             double       x,
             double       y)
{
  double lat, lon;

  to_location (self, x, y, &lat, &lon);
  sk_plan_layer_set_drag (self->layer, self->drag_id, self->drag_vertex, lat, lon);
}

static void
end_drag (SkMapEditor *self,
          double       x,
          double       y)
{
  double lat, lon;
  gint64 id = self->drag_id;

  to_location (self, x, y, &lat, &lon);
  sk_plan_layer_set_drag (self->layer, 0, -1, 0, 0);
  self->drag_id = 0;
  if (hypot (x - self->drag_x0, y - self->drag_y0) < 3)
    return;
  if (self->drag_vertex >= 0)
    g_signal_emit (self, signals[SIGNAL_RESHAPE], 0, id, self->drag_vertex, lat, lon);
  else
    g_signal_emit (self, signals[SIGNAL_MOVE], 0, id, lat, lon);
}

gboolean
sk_map_editor_drag (SkMapEditor *self,
                    double       x0,
                    double       y0,
                    double       x1,
                    double       y1)
{
  g_return_val_if_fail (SK_IS_MAP_EDITOR (self), FALSE);

  if (!begin_drag (self, x0, y0))
    return FALSE;
  update_drag (self, x1, y1);
  end_drag (self, x1, y1);
  return TRUE;
}

void
sk_map_editor_drop (SkMapEditor    *self,
                    const char     *kind,
                    SkFeatureShape  shape,
                    const GdkRGBA  *colour,
                    double          x,
                    double          y)
{
  g_return_if_fail (SK_IS_MAP_EDITOR (self));

  /* A point lands where it is dropped; a line or area starts there. */
  sk_map_editor_arm (self, kind, shape, colour);
  sk_map_editor_tap (self, x, y, 1);
  if (shape == SK_FEATURE_POINT)
    sk_map_editor_arm (self, NULL, SK_FEATURE_POINT, NULL);
}

static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  SkMapEditor     *self)
{
  /* Placing claims the press, so the map does not also act on it. */
  if (self->armed != NULL)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   SkMapEditor     *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == GDK_BUTTON_SECONDARY)
    {
      gint64 hit = sk_plan_layer_pick (self->layer, x, y);

      /* On an empty spot too (id 0): "Hier is ook een…". */
      if (hit != 0 || self->armed == NULL)
        g_signal_emit (self, signals[SIGNAL_CONTEXT], 0, hit, x, y);
      return;
    }
  sk_map_editor_tap (self, x, y, n_press);
}

static void
on_long_press (GtkGestureLongPress *gesture,
               double               x,
               double               y,
               SkMapEditor         *self)
{
  gint64 hit = sk_plan_layer_pick (self->layer, x, y);

  /* On a feature its menu; on an empty spot (hit 0) "Hier is ook een…". */
  if (self->armed == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      g_signal_emit (self, signals[SIGNAL_CONTEXT], 0, hit, x, y);
    }
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               SkMapEditor    *self)
{
  if (begin_drag (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  else
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                SkMapEditor    *self)
{
  if (self->drag_id != 0)
    update_drag (self, self->drag_x0 + dx, self->drag_y0 + dy);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             SkMapEditor    *self)
{
  if (self->drag_id != 0)
    end_drag (self, self->drag_x0 + dx, self->drag_y0 + dy);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SkMapEditor           *self)
{
  const SkFeature *f = sk_plan_layer_get_feature (self->layer, sk_plan_layer_get_selected (self->layer));
  int dx = keyval == GDK_KEY_Left ? -1 : keyval == GDK_KEY_Right ? 1 : 0;
  int dy = keyval == GDK_KEY_Up ? -1 : keyval == GDK_KEY_Down ? 1 : 0;

  /* Alt+arrows move the selected intervention 20 px at a time. */
  if ((state & GDK_ALT_MASK) && f != NULL && (dx != 0 || dy != 0))
    {
      SkLatLon at = sk_feature_anchor (f->shape, f->points, f->n_points);
      ShumateViewport *viewport = shumate_map_get_viewport (self->map);
      double x, y, lat, lon;

      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self->map), at.lat,
                                                  at.lon, &x, &y);
      to_location (self, x + 20 * dx, y + 20 * dy, &lat, &lon);
      g_signal_emit (self, signals[SIGNAL_MOVE], 0, f->id, lat, lon);
      return TRUE;
    }
  return sk_map_editor_key (self, keyval);
}

static void
attach_controllers (SkMapEditor *self)
{
  GtkWidget *map = GTK_WIDGET (self->map);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Capture phase: decide before the map's own pan gesture. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_click_pressed), self, 0);
  g_signal_connect_object (click, "released", G_CALLBACK (on_click_released), self, 0);
  gtk_widget_add_controller (map, GTK_EVENT_CONTROLLER (click));

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (on_drag_begin), self, 0);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (on_drag_update), self, 0);
  g_signal_connect_object (drag, "drag-end", G_CALLBACK (on_drag_end), self, 0);
  gtk_widget_add_controller (map, GTK_EVENT_CONTROLLER (drag));

  g_signal_connect_object (long_press, "pressed", G_CALLBACK (on_long_press), self, 0);
  gtk_widget_add_controller (map, GTK_EVENT_CONTROLLER (long_press));

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed), self, 0);
  gtk_widget_add_controller (map, keys);
  gtk_widget_set_focusable (map, TRUE);
}

static void
sk_map_editor_finalize (GObject *object)
{
  SkMapEditor *self = SK_MAP_EDITOR (object);

  g_free (self->armed);
  g_array_unref (self->sketch);

  G_OBJECT_CLASS (sk_map_editor_parent_class)->finalize (object);
}

static void
sk_map_editor_class_init (SkMapEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GType type = G_TYPE_FROM_CLASS (klass);

  object_class->finalize = sk_map_editor_finalize;

  /* ::place (kind, SkLatLon *points, guint n): a new intervention. */
  signals[SIGNAL_PLACE] = g_signal_new ("place", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_POINTER,
                                        G_TYPE_UINT);
  /* ::move (id, lat, lon): the whole feature, its anchor to lat/lon. */
  signals[SIGNAL_MOVE] = g_signal_new ("move", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_DOUBLE,
                                       G_TYPE_DOUBLE);
  /* ::reshape (id, vertex, lat, lon). */
  signals[SIGNAL_RESHAPE] = g_signal_new ("reshape", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 4, G_TYPE_INT64, G_TYPE_INT,
                                          G_TYPE_DOUBLE, G_TYPE_DOUBLE);
  /* ::select (id): 0 when the tap hit nothing. */
  signals[SIGNAL_SELECT] = g_signal_new ("select", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[SIGNAL_DELETE] = g_signal_new ("delete", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_INT64);
  /* ::context (id, x, y): right click or long press on a feature, or on
   * an empty spot of the map (id 0). */
  signals[SIGNAL_CONTEXT] = g_signal_new ("context", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_DOUBLE,
                                          G_TYPE_DOUBLE);
  /* ::cancel: Escape stopped placing or drawing. */
  signals[SIGNAL_CANCEL] = g_signal_new ("cancel", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
  /* ::sketch-changed: armed, disarmed, or a corner added or taken away. */
  signals[SIGNAL_SKETCH_CHANGED] = g_signal_new ("sketch-changed", type, G_SIGNAL_RUN_LAST, 0, NULL,
                                                 NULL, NULL, G_TYPE_NONE, 0);
}

static void
sk_map_editor_init (SkMapEditor *self)
{
  self->sketch = g_array_new (FALSE, FALSE, sizeof (SkLatLon));
  self->drag_vertex = -1;
}

SkMapEditor *
sk_map_editor_new (ShumateMap  *map,
                   SkPlanLayer *layer)
{
  SkMapEditor *self = g_object_new (SK_TYPE_MAP_EDITOR, NULL);

  self->map = map;
  self->layer = layer;
  attach_controllers (self);
  return self;
}
