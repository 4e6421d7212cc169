/* sk-area-layer.c — choosing a rectangle on the map. */
#include "sk-config.h"
#include "sk-area-layer.h"

#include <math.h>

/* Pixels: a handle is drawn this big and can be caught within the larger
 * radius, big enough for a finger on a touch table. */
#define HANDLE_SIZE 14.0
#define HANDLE_REACH 28.0

struct _SkAreaLayer
{
  ShumateLayer parent_instance;

  ShumateMap *map;          /* weak: the map owns the layer */
  GtkGesture *drag;         /* on the map, in the capture phase */
  gboolean drawing;
  gboolean has_area;
  SkBBox area;
  SkLatLon anchor;          /* the fixed corner while dragging */
  double start_x, start_y;  /* map widget pixels at the drag's start */
};

G_DEFINE_FINAL_TYPE (SkAreaLayer, sk_area_layer, SHUMATE_TYPE_LAYER)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
to_widget (SkAreaLayer *self,
           double       lat,
           double       lon,
           double      *x,
           double      *y)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));

  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self), lat, lon, x, y);
}

static SkLatLon
to_location (SkAreaLayer *self,
             double       x,
             double       y)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  SkLatLon p;

  shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (self->map), x, y, &p.lat, &p.lon);
  return p;
}

/* The corners in the order south-west, south-east, north-east, north-west. */
static void
corners (const SkBBox *b,
         SkLatLon      c[4])
{
  c[0] = (SkLatLon) { b->south, b->west };
  c[1] = (SkLatLon) { b->south, b->east };
  c[2] = (SkLatLon) { b->north, b->east };
  c[3] = (SkLatLon) { b->north, b->west };
}

static void
sk_area_layer_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  SkAreaLayer *self = SK_AREA_LAYER (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_t *cr;
  SkLatLon c[4];
  double x[4], y[4];

  if (!self->has_area)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  corners (&self->area, c);
  for (int i = 0; i < 4; i++)
    to_widget (self, c[i].lat, c[i].lon, &x[i], &y[i]);
  /* Outside the area is shaded: what will be left out. */
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_move_to (cr, x[0], y[0]);
  for (int i = 1; i < 4; i++)
    cairo_line_to (cr, x[i], y[i]);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, 0.1, 0.1, 0.1, 0.35);
  cairo_fill_preserve (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, x[0], y[0]);
  for (int i = 1; i < 4; i++)
    cairo_line_to (cr, x[i], y[i]);
  cairo_close_path (cr);
  cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);   /* GNOME blue 3, #1c71d8 */
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);
  for (int i = 0; i < 4; i++)
    {
      cairo_rectangle (cr, x[i] - HANDLE_SIZE / 2, y[i] - HANDLE_SIZE / 2, HANDLE_SIZE, HANDLE_SIZE);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

static void
set_from_corners (SkAreaLayer *self,
                  SkLatLon     a,
                  SkLatLon     b)
{
  self->area = (SkBBox) { MIN (a.lat, b.lat), MIN (a.lon, b.lon), MAX (a.lat, b.lat), MAX (a.lon, b.lon) };
  self->has_area = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* A drag that starts on a handle moves that corner: the opposite one stays. */
static gboolean
grab_handle (SkAreaLayer *self,
             double       x,
             double       y)
{
  SkLatLon c[4];

  if (!self->has_area)
    return FALSE;
  corners (&self->area, c);
  for (int i = 0; i < 4; i++)
    {
      double hx, hy;

      to_widget (self, c[i].lat, c[i].lon, &hx, &hy);
      if (hypot (hx - x, hy - y) <= HANDLE_REACH)
        {
          self->anchor = c[(i + 2) % 4];
          return TRUE;
        }
    }
  return FALSE;
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               SkAreaLayer    *self)
{
  if (!self->drawing)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  /* Claimed: the map does not pan while a rectangle is drawn. */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->start_x = x;
  self->start_y = y;
  if (!grab_handle (self, x, y))
    self->anchor = to_location (self, x, y);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                SkAreaLayer    *self)
{
  /* A tap is no rectangle; a drag that is not drawing pans the map. */
  if (!self->drawing || hypot (dx, dy) < 4)
    return;
  set_from_corners (self, self->anchor, to_location (self, self->start_x + dx, self->start_y + dy));
}

static void
on_viewport_changed (SkAreaLayer *self)
{
  if (self->has_area)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sk_area_layer_constructed (GObject *object)
{
  SkAreaLayer *self = SK_AREA_LAYER (object);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  static const char *const props[] = { "notify::longitude", "notify::latitude", "notify::zoom-level",
                                       "notify::rotation" };

  G_OBJECT_CLASS (sk_area_layer_parent_class)->constructed (object);
  for (guint i = 0; i < G_N_ELEMENTS (props); i++)
    g_signal_connect_object (viewport, props[i], G_CALLBACK (on_viewport_changed), self,
                             G_CONNECT_SWAPPED);
}

static void
sk_area_layer_class_init (SkAreaLayerClass *klass)
{
  G_OBJECT_CLASS (klass)->constructed = sk_area_layer_constructed;
  GTK_WIDGET_CLASS (klass)->snapshot = sk_area_layer_snapshot;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sk_area_layer_init (SkAreaLayer *self)
{
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

SkAreaLayer *
sk_area_layer_new (ShumateMap *map)
{
  SkAreaLayer *self;

  g_return_val_if_fail (SHUMATE_IS_MAP (map), NULL);

  self = g_object_new (SK_TYPE_AREA_LAYER, "viewport", shumate_map_get_viewport (map), NULL);
  self->map = map;
  self->drag = gtk_gesture_drag_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (self->drag), GTK_PHASE_CAPTURE);
  g_signal_connect_object (self->drag, "drag-begin", G_CALLBACK (on_drag_begin), self, 0);
  g_signal_connect_object (self->drag, "drag-update", G_CALLBACK (on_drag_update), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (map), GTK_EVENT_CONTROLLER (self->drag));
  return self;
}

void
sk_area_layer_set_drawing (SkAreaLayer *self,
                           gboolean     drawing)
{
  g_return_if_fail (SK_IS_AREA_LAYER (self));
  self->drawing = drawing;
}

gboolean
sk_area_layer_get_drawing (SkAreaLayer *self)
{
  g_return_val_if_fail (SK_IS_AREA_LAYER (self), FALSE);
  return self->drawing;
}

gboolean
sk_area_layer_get_area (SkAreaLayer *self,
                        SkBBox      *area)
{
  g_return_val_if_fail (SK_IS_AREA_LAYER (self), FALSE);

  if (self->has_area && area != NULL)
    *area = self->area;
  return self->has_area;
}

void
sk_area_layer_set_area (SkAreaLayer  *self,
                        const SkBBox *area)
{
  g_return_if_fail (SK_IS_AREA_LAYER (self));

  if (area == NULL)
    {
      self->has_area = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
      return;
    }
  set_from_corners (self, (SkLatLon) { area->south, area->west }, (SkLatLon) { area->north, area->east });
}
