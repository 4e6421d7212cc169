/* sk-plan-layer-tiles.c — the plan layer's shapes, kept as pictures in
 * squares of 256 px: drawn once per zoom, moved while the map pans, and
 * drawn again only where an edit, a selection, a drag or the sketch
 * touches them. */
#include "sk-config.h"
#include "sk-plan-layer-private.h"

#include <math.h>
#include <string.h>

#include "sk-surface-paintable.h"

/* A square's key: its column and row at tiles_zoom. */
static gint64
tile_key (gint64 tx,
          gint64 ty)
{
  /* Unsigned: columns left of the world's edge are negative. */
  return (gint64) (((guint64) tx << 32) ^ (guint32) ty);
}

/* World-pixel position of the widget's top-left corner (no rotation). */
static void
view_origin (SkPlanLayer *self,
             double      *x,
             double      *y)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  double zoom = shumate_viewport_get_zoom_level (viewport);

  *x = sk_mercator_x (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), zoom)
       - gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  *y = sk_mercator_y (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), zoom)
       - gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
}

/* The world pixels (at ZOOM) that drawing POINTS touches, with a margin
 * for badges, rings, casings and handles. */
static graphene_rect_t
points_box (const SkLatLon *points,
            size_t          n,
            double          zoom)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (size_t i = 0; i < n; i++)
    {
      double x = sk_mercator_x (points[i].lon, zoom), y = sk_mercator_y (points[i].lat, zoom);

      x0 = MIN (x0, x), y0 = MIN (y0, y), x1 = MAX (x1, x), y1 = MAX (y1, y);
    }
  if (n == 0)
    return GRAPHENE_RECT_INIT (0, 0, 0, 0);
  return GRAPHENE_RECT_INIT (x0 - TILE_MARGIN, y0 - TILE_MARGIN,
                             x1 - x0 + 2 * TILE_MARGIN, y1 - y0 + 2 * TILE_MARGIN);
}

/* The squares under BOX are drawn again when next shown. */
void
sk_plan_layer_invalidate_box (SkPlanLayer           *self,
                              const graphene_rect_t *box)
{
  if (g_hash_table_size (self->tiles) == 0 || box->size.width <= 0)
    return;
  for (gint64 tx = (gint64) floor (box->origin.x / TILE);
       tx <= (gint64) floor ((box->origin.x + box->size.width) / TILE); tx++)
    for (gint64 ty = (gint64) floor (box->origin.y / TILE);
         ty <= (gint64) floor ((box->origin.y + box->size.height) / TILE); ty++)
      {
        gint64 key = tile_key (tx, ty);

        g_hash_table_remove (self->tiles, &key);
      }
}

/* What drawing F touches at tiles_zoom: its points and its badge,
 * wherever that is set. */
graphene_rect_t
sk_plan_layer_feature_box (SkPlanLayer     *self,
                           const SkFeature *f)
{
  graphene_rect_t box = points_box (f->points, f->n_points, self->tiles_zoom);
  const SkOffset *offset = f->id != self->drag_id ? g_hash_table_lookup (self->offsets, &f->id) : NULL;

  if (offset != NULL)
    {
      SkLatLon at = sk_feature_anchor_of (f);
      double x = sk_mercator_x (at.lon, self->tiles_zoom) + offset->dx;
      double y = sk_mercator_y (at.lat, self->tiles_zoom) + offset->dy;
      graphene_rect_t badge = GRAPHENE_RECT_INIT (x - TILE_MARGIN, y - TILE_MARGIN,
                                                  2 * TILE_MARGIN, 2 * TILE_MARGIN);

      graphene_rect_union (&box, &badge, &box);
    }
  return box;
}

void
sk_plan_layer_invalidate_feature (SkPlanLayer     *self,
                                  const SkFeature *f)
{
  graphene_rect_t box;

  if (f == NULL)
    return;
  box = sk_plan_layer_feature_box (self, f);
  sk_plan_layer_invalidate_box (self, &box);
}

/* The feature being dragged, where it was and where it is drawn now. */
void
sk_plan_layer_invalidate_drag (SkPlanLayer *self)
{
  const SkFeature *f = sk_plan_layer_get_feature (self, self->drag_id);
  SkFeature dragged = { 0 };

  if (f == NULL)
    return;
  sk_plan_layer_invalidate_feature (self, f);
  sk_plan_layer_dragged_copy (self, f, &dragged);
  sk_plan_layer_invalidate_feature (self, &dragged);
  g_free (dragged.points);
}

void
sk_plan_layer_invalidate_sketch (SkPlanLayer *self)
{
  graphene_rect_t box = points_box ((const SkLatLon *) self->sketch->data, self->sketch->len,
                                    self->tiles_zoom);

  sk_plan_layer_invalidate_box (self, &box);
}

static void
invalidate_gone (gpointer     key,
                 SkFeature   *f,
                 SkPlanLayer *self)
{
  sk_plan_layer_invalidate_feature (self, f);
}

void
sk_plan_layer_clear_node (gpointer node)
{
  if (node != NULL)
    gsk_render_node_unref (node);
}

static gboolean
tile_has_content (SkPlanLayer           *self,
                  const SkFeature       *dragged,
                  const graphene_rect_t *tile)
{
  graphene_rect_t box;

  for (guint i = 0; i < self->features->len; i++)
    {
      const SkFeature *f = &g_array_index (self->features, SkFeature, i);

      box = sk_plan_layer_feature_box (self, f->id == self->drag_id ? dragged : f);
      if (graphene_rect_intersection (&box, tile, NULL))
        return TRUE;
    }
  box = points_box ((const SkLatLon *) self->sketch->data, self->sketch->len, self->tiles_zoom);
  return self->sketch->len > 0 && graphene_rect_intersection (&box, tile, NULL);
}

/* Square TX, TY drawn with the view's top-left corner at world pixels
 * X0, Y0 (what to_widget() measures from); NULL when nothing is there.
 * The picture is a cairo node that paints an image, not a GdkTexture
 * (sk-surface-paintable.h: one blit a frame, not a conversion). */
static GskRenderNode *
render_tile (SkPlanLayer     *self,
             const SkFeature *dragged,
             gint64           tx,
             gint64           ty,
             double           x0,
             double           y0)
{
  graphene_rect_t rect = GRAPHENE_RECT_INIT (tx * TILE, ty * TILE, TILE, TILE);
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_surface_t *surface;
  GskRenderNode *node;
  cairo_t *cr;

  if (!tile_has_content (self, dragged, &rect))
    return NULL;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, TILE * scale, TILE * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, x0 - rect.origin.x, y0 - rect.origin.y);
  sk_plan_layer_draw_shapes (self, cr, dragged, &rect);
  cairo_destroy (cr);
  node = sk_surface_node_new (surface, TILE, TILE);
  cairo_surface_destroy (surface);
  self->n_rendered++;
  return node;
}

/* The squares in view, drawn where missing, at whole pixels (no seams). */
void
sk_plan_layer_snapshot_tiles (SkPlanLayer     *self,
                              GtkSnapshot     *snapshot,
                              const SkFeature *dragged)
{
  double zoom = shumate_viewport_get_zoom_level (shumate_layer_get_viewport (SHUMATE_LAYER (self)));
  int width = gtk_widget_get_width (GTK_WIDGET (self)), height = gtk_widget_get_height (GTK_WIDGET (self));
  double x0, y0;

  if (zoom != self->tiles_zoom || g_hash_table_size (self->tiles) > MAX_TILES)
    {
      g_hash_table_remove_all (self->tiles);
      self->tiles_zoom = zoom;
    }
  view_origin (self, &x0, &y0);
  for (gint64 ty = (gint64) floor (y0 / TILE); ty <= (gint64) floor ((y0 + height) / TILE); ty++)
    for (gint64 tx = (gint64) floor (x0 / TILE); tx <= (gint64) floor ((x0 + width) / TILE); tx++)
      {
        gint64 key = tile_key (tx, ty);
        GskRenderNode *node = NULL;

        if (!g_hash_table_lookup_extended (self->tiles, &key, NULL, (gpointer *) &node))
          {
            node = render_tile (self, dragged, tx, ty, x0, y0);
            g_hash_table_insert (self->tiles, g_memdup2 (&key, sizeof key), node);
          }
        if (node == NULL)
          continue;
        gtk_snapshot_save (snapshot);
        gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (tx * TILE - x0), round (ty * TILE - y0)));
        gtk_snapshot_append_node (snapshot, node);
        gtk_snapshot_restore (snapshot);
      }
}

/* What is drawn of a feature in the squares: its shape, colours and ring
 * (icons and labels are drawn over them, every frame). */
static gboolean
drawn_alike (const SkFeature *a,
             const SkFeature *b)
{
  return a->shape == b->shape && a->n_points == b->n_points
         && memcmp (a->points, b->points, sizeof (SkLatLon) * a->n_points) == 0
         && gdk_rgba_equal (&a->colour, &b->colour) && gdk_rgba_equal (&a->ring, &b->ring);
}

/* The squares of every feature that is new, gone or drawn otherwise in
 * FEATURES than now; the features keep their order (the plan's). */
void
sk_plan_layer_invalidate_changed (SkPlanLayer     *self,
                                  const SkFeature *features,
                                  size_t           n)
{
  g_autoptr(GHashTable) before = g_hash_table_new (g_int64_hash, g_int64_equal);

  if (g_hash_table_size (self->tiles) == 0)
    return;
  for (guint i = 0; i < self->features->len; i++)
    {
      SkFeature *f = &g_array_index (self->features, SkFeature, i);

      g_hash_table_insert (before, &f->id, f);
    }
  for (size_t i = 0; i < n; i++)
    {
      const SkFeature *old = g_hash_table_lookup (before, &features[i].id);

      if (old == NULL || !drawn_alike (old, &features[i]))
        {
          sk_plan_layer_invalidate_feature (self, old);
          sk_plan_layer_invalidate_feature (self, &features[i]);
        }
      g_hash_table_remove (before, &features[i].id);
    }
  g_hash_table_foreach (before, (GHFunc) invalidate_gone, self);
}
