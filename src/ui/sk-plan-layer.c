/* sk-plan-layer.c — interventions drawn over the base map. */
#include "sk-config.h"
#include "sk-plan-layer-private.h"

#include <math.h>
#include <string.h>

#include "sk-intervention.h"

G_DEFINE_FINAL_TYPE (SkPlanLayer, sk_plan_layer, SHUMATE_TYPE_LAYER)


void
sk_feature_clear (SkFeature *feature)
{
  g_clear_pointer (&feature->points, g_free);
  g_clear_pointer (&feature->icon_name, g_free);
  g_clear_pointer (&feature->label, g_free);
}

static void
to_widget (SkPlanLayer *self,
           SkLatLon     p,
           double      *x,
           double      *y)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));

  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self), p.lat, p.lon, x, y);
}

static void
trace (SkPlanLayer    *self,
       cairo_t        *cr,
       const SkLatLon *points,
       size_t          n,
       gboolean        close)
{
  cairo_new_path (cr);
  for (size_t i = 0; i < n; i++)
    {
      double x, y;

      to_widget (self, points[i], &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  if (close)
    cairo_close_path (cr);
}

static void
draw_shape (SkPlanLayer     *self,
            cairo_t         *cr,
            const SkFeature *f,
            gboolean         selected)
{
  const GdkRGBA *c = &f->colour;

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (f->shape == SK_FEATURE_AREA)
    {
      trace (self, cr, f->points, f->n_points, TRUE);
      cairo_set_source_rgba (cr, c->red, c->green, c->blue, selected ? 0.45 : 0.3);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, c->red, c->green, c->blue, 1);
      cairo_set_line_width (cr, selected ? 4 : 2.5);
      cairo_stroke (cr);
    }
  else if (f->shape == SK_FEATURE_LINE)
    {
      /* A white casing keeps a line readable on any base map. */
      trace (self, cr, f->points, f->n_points, FALSE);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_set_line_width (cr, selected ? 11 : 8);
      cairo_stroke_preserve (cr);
      cairo_set_source_rgba (cr, c->red, c->green, c->blue, 1);
      cairo_set_line_width (cr, selected ? 7 : 5);
      cairo_stroke (cr);
    }
}

SkLatLon
sk_feature_anchor (SkFeatureShape  shape,
                   const SkLatLon *points,
                   size_t          n)
{
  /* The model's anchor, so the badge sits where reachability counts. */
  return sk_geometry_anchor (shape == SK_FEATURE_LINE ? SK_GEOMETRY_LINE
                             : shape == SK_FEATURE_AREA ? SK_GEOMETRY_AREA : SK_GEOMETRY_POINT,
                             points, n);
}

/* Where F's badge is drawn (widget px): at its anchor, or set apart from
 * a badge it would hide; the one being dragged follows the finger. */
static void
badge_centre (SkPlanLayer     *self,
              const SkFeature *f,
              double          *x,
              double          *y)
{
  const SkOffset *offset = f->id != self->drag_id ? g_hash_table_lookup (self->offsets, &f->id) : NULL;

  to_widget (self, sk_feature_anchor_of (f), x, y);
  if (offset != NULL)
    *x += offset->dx, *y += offset->dy;
}

/* The 19 places a badge may take, px: its anchor, 6 around it, 12
 * further out. */
static const SkOffset *
badge_places (void)
{
  static SkOffset places[19];
  static gsize done;

  if (g_once_init_enter (&done))
    {
      guint i = 0;

      for (int ring = 0; ring <= 2; ring++)
        for (int k = 0, n = ring == 0 ? 1 : 6 * ring; k < n; k++, i++)
          {
            double a = 2 * G_PI * k / n - G_PI / 2;

            places[i] = (SkOffset) { ring * BADGE_APART * cos (a), ring * BADGE_APART * sin (a) };
          }
      g_once_init_leave (&done, 1);
    }
  return places;
}

/* The first free place for a badge at world px X, Y among the badges
 * PLACED. Only badges within reach of the outer ring are compared (a few,
 * not the whole plan: this runs for every idea after every edit). */
static SkOffset
free_place (const GArray *placed,
            double        x,
            double        y)
{
  const SkOffset *places = badge_places ();
  const double reach = 3 * BADGE_APART, apart2 = BADGE_APART * BADGE_APART;
  g_autofree graphene_point_t *near = g_new (graphene_point_t, MAX (placed->len, 1));
  guint n_near = 0;

  for (guint j = 0; j < placed->len; j++)
    {
      const graphene_point_t *p = &g_array_index (placed, graphene_point_t, j);

      if (fabs (p->x - x) < reach && fabs (p->y - y) < reach)
        near[n_near++] = *p;
    }
  for (guint i = 0; i < 19; i++)
    {
      gboolean free = TRUE;

      for (guint j = 0; free && j < n_near; j++)
        {
          double dx = x + places[i].dx - near[j].x, dy = y + places[i].dy - near[j].y;

          free = dx * dx + dy * dy >= apart2;
        }
      if (free)
        return places[i];
    }
  return (SkOffset) { 0, 0 };
}

/* Sets apart, in the plan's order, badges that would hide one another at
 * ZOOM; the squares of badges that move are drawn again. */
static void
layout_badges (SkPlanLayer *self,
               double       zoom)
{
  g_autoptr(GHashTable) before = g_steal_pointer (&self->offsets);
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));

  self->offsets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->offsets_zoom = zoom;
  for (guint i = 0; i < self->features->len; i++)
    {
      SkFeature *f = &g_array_index (self->features, SkFeature, i);
      SkLatLon at = sk_feature_anchor_of (f);
      double x = sk_mercator_x (at.lon, zoom), y = sk_mercator_y (at.lat, zoom);
      SkOffset o = free_place (placed, x, y);
      const SkOffset *was = g_hash_table_lookup (before, &f->id);
      graphene_point_t centre = GRAPHENE_POINT_INIT (x + o.dx, y + o.dy);

      g_array_append_val (placed, centre);
      if (o.dx != 0 || o.dy != 0)
        g_hash_table_insert (self->offsets, g_memdup2 (&f->id, sizeof f->id), g_memdup2 (&o, sizeof o));
      if (zoom == self->tiles_zoom
          && ((was != NULL) != (o.dx != 0 || o.dy != 0)
              || (was != NULL && (was->dx != o.dx || was->dy != o.dy))))
        {
          /* Around the anchor, as far as the badge was or is now. */
          double reach = MAX (was ? hypot (was->dx, was->dy) : 0, hypot (o.dx, o.dy)) + TILE_MARGIN;
          graphene_rect_t box = GRAPHENE_RECT_INIT (x - reach, y - reach, 2 * reach, 2 * reach);

          sk_plan_layer_invalidate_box (self, &box);
        }
    }
}

/* A badge set apart: a line to where the idea is, and a dot there;
 * drawn under all discs. */
static void
draw_leader (SkPlanLayer     *self,
             cairo_t         *cr,
             const SkFeature *f)
{
  double ax, ay, x, y;

  to_widget (self, sk_feature_anchor_of (f), &ax, &ay);
  badge_centre (self, f, &x, &y);
  if (x == ax && y == ay)
    return;
  cairo_new_path (cr);
  cairo_move_to (cr, ax, ay);
  cairo_line_to (cr, x, y);
  cairo_set_source_rgba (cr, 0.14, 0.12, 0.19, 0.9);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  cairo_arc (cr, ax, ay, 4, 0, 2 * G_PI);
  cairo_fill (cr);
}

/* The badge's disc, drawn in the layer's one cairo node: one node for
 * all of them keeps panning smooth with hundreds of interventions. */
static void
draw_badge_disc (SkPlanLayer     *self,
                 cairo_t         *cr,
                 const SkFeature *f,
                 gboolean         selected)
{
  double x, y, r = selected ? POINT_RADIUS + 3 : POINT_RADIUS;

  badge_centre (self, f, &x, &y);
  cairo_new_path (cr);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, f->colour.red, f->colour.green, f->colour.blue, 1);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 1);
  cairo_set_line_width (cr, selected ? 4 : 2);
  cairo_stroke (cr);
  /* Who placed it: a ring in their colour around the white edge. */
  if (f->ring.alpha > 0)
    {
      cairo_new_path (cr);
      cairo_arc (cr, x, y, r + (selected ? 4 : 3), 0, 2 * G_PI);
      cairo_set_source_rgba (cr, f->ring.red, f->ring.green, f->ring.blue, 1);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }
}

static void
draw_badge_icon (SkPlanLayer     *self,
                 GtkSnapshot     *snapshot,
                 const SkFeature *f)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GtkIconPaintable) icon = NULL;
  GdkRGBA white = { 1, 1, 1, 1 };
  double x, y;

  badge_centre (self, f, &x, &y);
  icon = gtk_icon_theme_lookup_icon (theme, f->icon_name, NULL, 20, 1, GTK_TEXT_DIR_NONE, 0);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - 10, y - 10));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot, 20, 20,
                                            &white, 1);
  gtk_snapshot_restore (snapshot);
}

static void
draw_label (SkPlanLayer     *self,
            GtkSnapshot     *snapshot,
            const SkFeature *f)
{
  g_autoptr(PangoLayout) layout = NULL;
  double x, y;
  int w, h;
  GdkRGBA dark = { 0.18, 0.2, 0.21, 1 };

  if (f->label == NULL || *f->label == '\0')
    return;
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), f->label);
  pango_layout_get_pixel_size (layout, &w, &h);
  badge_centre (self, f, &x, &y);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - w / 2.0, y + POINT_RADIUS + 4));
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 1, 1, 1, 0.8 },
                             &GRAPHENE_RECT_INIT (-3, -1, w + 6, h + 2));
  gtk_snapshot_append_layout (snapshot, layout, &dark);
  gtk_snapshot_restore (snapshot);
}

static void
draw_sketch (SkPlanLayer *self,
             cairo_t     *cr)
{
  const SkLatLon *points = (const SkLatLon *) self->sketch->data;
  const GdkRGBA *c = &self->sketch_colour;
  static const double dashes[] = { 8, 6 };

  if (self->sketch->len == 0)
    return;
  trace (self, cr, points, self->sketch->len,
         self->sketch_shape == SK_FEATURE_AREA && self->sketch->len > 2);
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, 1);
  cairo_set_line_width (cr, 4);
  cairo_set_dash (cr, dashes, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; i < self->sketch->len; i++)
    {
      double x, y;

      to_widget (self, points[i], &x, &y);
      cairo_arc (cr, x, y, 6, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, c->red, c->green, c->blue, 1);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
    }
}

static void
draw_vertices (SkPlanLayer     *self,
               cairo_t         *cr,
               const SkFeature *f)
{
  if (f->shape == SK_FEATURE_POINT)
    return;
  /* The selected line or area shows its corners: drag one to reshape. */
  for (size_t i = 0; i < f->n_points; i++)
    {
      double x, y;

      to_widget (self, f->points[i], &x, &y);
      cairo_arc (cr, x, y, VERTEX_RADIUS (self), 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, f->colour.red, f->colour.green, f->colour.blue, 1);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }
}

/* The feature as drawn: with the drag in progress applied. */
void
sk_plan_layer_dragged_copy (SkPlanLayer     *self,
                            const SkFeature *f,
                            SkFeature       *out)
{
  SkLatLon anchor = sk_feature_anchor_of (f);

  *out = *f;
  out->points = g_memdup2 (f->points, sizeof (SkLatLon) * f->n_points);
  for (size_t i = 0; i < f->n_points; i++)
    if (self->drag_vertex < 0)
      {
        out->points[i].lat += self->drag_to.lat - anchor.lat;
        out->points[i].lon += self->drag_to.lon - anchor.lon;
      }
    else if ((int) i == self->drag_vertex)
      out->points[i] = self->drag_to;
}

/* Whether F is drawn in ONLY (world px at tiles_zoom; NULL: everywhere). */
static gboolean
drawn_in (SkPlanLayer           *self,
          const SkFeature       *f,
          const graphene_rect_t *only)
{
  graphene_rect_t box;

  if (only == NULL)
    return TRUE;
  box = sk_plan_layer_feature_box (self, f);
  return graphene_rect_intersection (&box, only, NULL);
}

void
sk_plan_layer_draw_shapes (SkPlanLayer           *self,
                           cairo_t               *cr,
                           const SkFeature       *dragged,
                           const graphene_rect_t *only)
{
  const SkFeature *selected = NULL;
  g_autofree const SkFeature **shown = g_new (const SkFeature *, MAX (self->features->len, 1));
  guint n = 0;

  /* A square draws only the features that reach into it, not the plan. */
  for (guint i = 0; i < self->features->len; i++)
    {
      const SkFeature *f = &g_array_index (self->features, SkFeature, i);

      if (f->id == self->drag_id)
        f = dragged;
      if (drawn_in (self, f, only))
        shown[n++] = f;
    }
  for (guint i = 0; i < n; i++)
    {
      draw_shape (self, cr, shown[i], shown[i]->id == self->selected);
      if (shown[i]->id == self->selected)
        selected = shown[i];
    }
  for (guint i = 0; i < n; i++)
    if (shown[i]->id != self->drag_id)
      draw_leader (self, cr, shown[i]);
  for (guint i = 0; i < n; i++)
    draw_badge_disc (self, cr, shown[i], shown[i]->id == self->selected);
  if (selected != NULL)
    draw_vertices (self, cr, selected);
  draw_sketch (self, cr);
}

static gboolean
anchor_visible (SkPlanLayer     *self,
                const SkFeature *f)
{
  double x, y;

  badge_centre (self, f, &x, &y);
  return x > -60 && y > -60 && x < gtk_widget_get_width (GTK_WIDGET (self)) + 60
         && y < gtk_widget_get_height (GTK_WIDGET (self)) + 60;
}

static void
sk_plan_layer_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  SkPlanLayer *self = SK_PLAN_LAYER (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  gboolean labels = shumate_viewport_get_zoom_level (viewport) >= LABEL_ZOOM;
  SkFeature dragged = { 0 };
  gboolean zooming;

  for (guint i = 0; i < self->features->len; i++)
    if (g_array_index (self->features, SkFeature, i).id == self->drag_id)
      sk_plan_layer_dragged_copy (self, &g_array_index (self->features, SkFeature, i), &dragged);

  /* While zooming (the zoom differs from the last frame's) or rotated,
   * draw directly; a picture pays off only while panning. */
  zooming = shumate_viewport_get_zoom_level (viewport) != self->last_zoom;
  self->last_zoom = shumate_viewport_get_zoom_level (viewport);
  if (self->offsets_zoom != self->last_zoom)
    layout_badges (self, self->last_zoom);
  if (!zooming && shumate_viewport_get_rotation (viewport) == 0)
    sk_plan_layer_snapshot_tiles (self, snapshot, &dragged);
  else
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

      sk_plan_layer_draw_shapes (self, cr, &dragged, NULL);
      cairo_destroy (cr);
    }

  for (guint i = 0; i < self->features->len; i++)
    {
      const SkFeature *f = &g_array_index (self->features, SkFeature, i);

      if (f->id == self->drag_id)
        f = &dragged;
      if (!anchor_visible (self, f))
        continue;
      draw_badge_icon (self, snapshot, f);
      if (labels)
        draw_label (self, snapshot, f);
    }
  g_free (dragged.points);
}

static double
segment_distance (double px, double py, double ax, double ay, double bx, double by)
{
  double dx = bx - ax, dy = by - ay;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? CLAMP (((px - ax) * dx + (py - ay) * dy) / len2, 0, 1) : 0;

  return hypot (px - (ax + t * dx), py - (ay + t * dy));
}

static gboolean
hits (SkPlanLayer     *self,
      const SkFeature *f,
      double           x,
      double           y)
{
  double ax, ay;

  badge_centre (self, f, &ax, &ay);
  if (hypot (x - ax, y - ay) <= POINT_RADIUS + 6)
    return TRUE;
  if (f->shape == SK_FEATURE_LINE)
    for (size_t i = 1; i < f->n_points; i++)
      {
        double x1, y1, x2, y2;

        to_widget (self, f->points[i - 1], &x1, &y1);
        to_widget (self, f->points[i], &x2, &y2);
        if (segment_distance (x, y, x1, y1, x2, y2) <= 10)
          return TRUE;
      }
  if (f->shape == SK_FEATURE_AREA)
    {
      double lat, lon;

      shumate_viewport_widget_coords_to_location (shumate_layer_get_viewport (SHUMATE_LAYER (self)),
                                                  GTK_WIDGET (self), x, y, &lat, &lon);
      return sk_geo_point_in_polygon (f->points, f->n_points, lat, lon);
    }
  return FALSE;
}

gint64
sk_plan_layer_pick (SkPlanLayer *self,
                    double       x,
                    double       y)
{
  g_return_val_if_fail (SK_IS_PLAN_LAYER (self), 0);

  /* Badges and lines first (drawn on top), areas last, newest first. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = self->features->len; i-- > 0;)
      {
        const SkFeature *f = &g_array_index (self->features, SkFeature, i);

        if ((f->shape == SK_FEATURE_AREA) == (pass == 1) && hits (self, f, x, y))
          return f->id;
      }
  return 0;
}

int
sk_plan_layer_pick_vertex (SkPlanLayer *self,
                           gint64       id,
                           double       x,
                           double       y)
{
  g_return_val_if_fail (SK_IS_PLAN_LAYER (self), -1);

  for (guint i = 0; i < self->features->len; i++)
    {
      const SkFeature *f = &g_array_index (self->features, SkFeature, i);

      if (f->id != id || f->shape == SK_FEATURE_POINT)
        continue;
      for (size_t v = 0; v < f->n_points; v++)
        {
          double vx, vy;

          to_widget (self, f->points[v], &vx, &vy);
          if (hypot (x - vx, y - vy) <= VERTEX_REACH (self))
            return (int) v;
        }
    }
  return -1;
}

void
sk_plan_layer_set_touch (SkPlanLayer *self,
                         gboolean     touch)
{
  g_return_if_fail (SK_IS_PLAN_LAYER (self));

  if (self->touch == !!touch)
    return;
  self->touch = !!touch;
  g_hash_table_remove_all (self->tiles);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sk_plan_layer_set_features (SkPlanLayer     *self,
                            const SkFeature *features,
                            size_t           n)
{
  g_return_if_fail (SK_IS_PLAN_LAYER (self));

  sk_plan_layer_invalidate_changed (self, features, n);
  g_array_set_size (self->features, 0);
  for (size_t i = 0; i < n; i++)
    {
      SkFeature copy = features[i];

      copy.points = g_memdup2 (features[i].points, sizeof (SkLatLon) * features[i].n_points);
      copy.icon_name = g_strdup (features[i].icon_name);
      copy.label = g_strdup (features[i].label);
      g_array_append_val (self->features, copy);
    }
  layout_badges (self, shumate_viewport_get_zoom_level (shumate_layer_get_viewport (SHUMATE_LAYER (self))));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
sk_plan_layer_get_n_rendered (SkPlanLayer *self)
{
  g_return_val_if_fail (SK_IS_PLAN_LAYER (self), 0);
  return self->n_rendered;
}

size_t
sk_plan_layer_get_n_features (SkPlanLayer *self)
{
  g_return_val_if_fail (SK_IS_PLAN_LAYER (self), 0);
  return self->features->len;
}

void
sk_plan_layer_set_selected (SkPlanLayer *self,
                            gint64       id)
{
  g_return_if_fail (SK_IS_PLAN_LAYER (self));
  if (self->selected == id)
    return;
  sk_plan_layer_invalidate_feature (self, sk_plan_layer_get_feature (self, self->selected));
  self->selected = id;
  sk_plan_layer_invalidate_feature (self, sk_plan_layer_get_feature (self, id));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gint64
sk_plan_layer_get_selected (SkPlanLayer *self)
{
  g_return_val_if_fail (SK_IS_PLAN_LAYER (self), 0);
  return self->selected;
}

void
sk_plan_layer_set_drag (SkPlanLayer *self,
                        gint64       id,
                        int          vertex,
                        double       lat,
                        double       lon)
{
  g_return_if_fail (SK_IS_PLAN_LAYER (self));

  sk_plan_layer_invalidate_drag (self);
  self->drag_id = id;
  self->drag_vertex = vertex;
  self->drag_to = (SkLatLon) { lat, lon };
  sk_plan_layer_invalidate_drag (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const SkFeature *
sk_plan_layer_get_feature (SkPlanLayer *self,
                           gint64       id)
{
  g_return_val_if_fail (SK_IS_PLAN_LAYER (self), NULL);

  for (guint i = 0; i < self->features->len; i++)
    if (g_array_index (self->features, SkFeature, i).id == id)
      return &g_array_index (self->features, SkFeature, i);
  return NULL;
}

void
sk_plan_layer_set_sketch (SkPlanLayer    *self,
                          SkFeatureShape  shape,
                          const SkLatLon *points,
                          size_t          n,
                          const GdkRGBA  *colour)
{
  g_return_if_fail (SK_IS_PLAN_LAYER (self));

  sk_plan_layer_invalidate_sketch (self);
  g_array_set_size (self->sketch, 0);
  g_array_append_vals (self->sketch, points, (guint) n);
  self->sketch_shape = shape;
  if (colour != NULL)
    self->sketch_colour = *colour;
  sk_plan_layer_invalidate_sketch (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_viewport_changed (SkPlanLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sk_plan_layer_constructed (GObject *object)
{
  SkPlanLayer *self = SK_PLAN_LAYER (object);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));

  G_OBJECT_CLASS (sk_plan_layer_parent_class)->constructed (object);

  g_signal_connect_object (viewport, "notify::longitude", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::latitude", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::zoom-level", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::rotation", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);
}

static void
sk_plan_layer_finalize (GObject *object)
{
  SkPlanLayer *self = SK_PLAN_LAYER (object);

  g_array_unref (self->features);
  g_array_unref (self->sketch);
  g_hash_table_unref (self->tiles);
  g_hash_table_unref (self->offsets);

  G_OBJECT_CLASS (sk_plan_layer_parent_class)->finalize (object);
}

static void
sk_plan_layer_class_init (SkPlanLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_plan_layer_constructed;
  object_class->finalize = sk_plan_layer_finalize;
  widget_class->snapshot = sk_plan_layer_snapshot;
}

static void
sk_plan_layer_init (SkPlanLayer *self)
{
  self->features = g_array_new (FALSE, TRUE, sizeof (SkFeature));
  g_array_set_clear_func (self->features, (GDestroyNotify) sk_feature_clear);
  self->sketch = g_array_new (FALSE, FALSE, sizeof (SkLatLon));
  self->tiles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, sk_plan_layer_clear_node);
  self->offsets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->offsets_zoom = -1;
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

SkPlanLayer *
sk_plan_layer_new (ShumateViewport *viewport)
{
  return g_object_new (SK_TYPE_PLAN_LAYER, "viewport", viewport, NULL);
}
