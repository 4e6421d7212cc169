/* sk-surface-paintable.c — a cairo image as a paintable, drawn by one blit. */
#include "sk-surface-paintable.h"

struct _SkSurfacePaintable
{
  GObject parent_instance;

  cairo_surface_t *surface;
  GskRenderNode *node;        /* made at the first snapshot, then reused */
};

static void sk_surface_paintable_iface_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SkSurfacePaintable, sk_surface_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE, sk_surface_paintable_iface_init))

GskRenderNode *
sk_surface_node_new (cairo_surface_t *surface,
                     double           width,
                     double           height)
{
  GskRenderNode *node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_t *cr = gsk_cairo_node_get_draw_context (node);
  double px_width = cairo_image_surface_get_width (surface);
  double px_height = cairo_image_surface_get_height (surface);

  cairo_pattern_t *pattern = cairo_pattern_create_for_surface (surface);

  /* The node records a fill with the image; the image itself is shared.
   * PAD, as GTK's own texture node does: drawn at a fractional position
   * or zoom, the filter would otherwise blend the edge pixels with
   * nothing, and every tile seam would show as a light line. */
  if (px_width != width || px_height != height)
    cairo_scale (cr, width / px_width, height / px_height);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_PAD);
  cairo_set_source (cr, pattern);
  cairo_rectangle (cr, 0, 0, px_width, px_height);
  cairo_fill (cr);
  cairo_pattern_destroy (pattern);
  cairo_destroy (cr);
  return node;
}

static int
get_intrinsic_width (GdkPaintable *paintable)
{
  return cairo_image_surface_get_width (SK_SURFACE_PAINTABLE (paintable)->surface);
}

static int
get_intrinsic_height (GdkPaintable *paintable)
{
  return cairo_image_surface_get_height (SK_SURFACE_PAINTABLE (paintable)->surface);
}

static GdkPaintableFlags
get_flags (GdkPaintable *paintable)
{
  return GDK_PAINTABLE_STATIC_SIZE | GDK_PAINTABLE_STATIC_CONTENTS;
}

/* At the image's own size the node goes in as it is; a tile drawn
 * smaller (HiDPI: 512 px in 256) is scaled. */
static void
snapshot (GdkPaintable *paintable,
          GdkSnapshot  *snapshot,
          double        width,
          double        height)
{
  SkSurfacePaintable *self = SK_SURFACE_PAINTABLE (paintable);
  double px_width = cairo_image_surface_get_width (self->surface);
  double px_height = cairo_image_surface_get_height (self->surface);

  if (width <= 0 || height <= 0)
    return;
  if (self->node == NULL)
    self->node = sk_surface_node_new (self->surface, px_width, px_height);
  if (width == px_width && height == px_height)
    {
      gtk_snapshot_append_node (GTK_SNAPSHOT (snapshot), self->node);
      return;
    }
  gtk_snapshot_save (GTK_SNAPSHOT (snapshot));
  gtk_snapshot_scale (GTK_SNAPSHOT (snapshot), width / px_width, height / px_height);
  gtk_snapshot_append_node (GTK_SNAPSHOT (snapshot), self->node);
  gtk_snapshot_restore (GTK_SNAPSHOT (snapshot));
}

static void
sk_surface_paintable_iface_init (GdkPaintableInterface *iface)
{
  iface->snapshot = snapshot;
  iface->get_flags = get_flags;
  iface->get_intrinsic_width = get_intrinsic_width;
  iface->get_intrinsic_height = get_intrinsic_height;
}

static void
sk_surface_paintable_finalize (GObject *object)
{
  SkSurfacePaintable *self = SK_SURFACE_PAINTABLE (object);

  g_clear_pointer (&self->node, gsk_render_node_unref);
  cairo_surface_destroy (self->surface);
  G_OBJECT_CLASS (sk_surface_paintable_parent_class)->finalize (object);
}

static void
sk_surface_paintable_class_init (SkSurfacePaintableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_surface_paintable_finalize;
}

static void
sk_surface_paintable_init (SkSurfacePaintable *self)
{
}

GdkPaintable *
sk_surface_paintable_new (cairo_surface_t *surface)
{
  SkSurfacePaintable *self;

  g_return_val_if_fail (surface != NULL, NULL);
  g_return_val_if_fail (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE, NULL);

  self = g_object_new (SK_TYPE_SURFACE_PAINTABLE, NULL);
  self->surface = cairo_surface_reference (surface);
  return GDK_PAINTABLE (self);
}

GdkPaintable *
sk_surface_paintable_new_for_texture (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture), height = gdk_texture_get_height (texture);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  GdkPaintable *paintable;

  /* GDK's default memory format is cairo's ARGB32 (premultiplied, native). */
  cairo_surface_flush (surface);
  gdk_texture_download (texture, cairo_image_surface_get_data (surface),
                        cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);
  paintable = sk_surface_paintable_new (surface);
  cairo_surface_destroy (surface);
  return paintable;
}

cairo_surface_t *
sk_surface_paintable_get_surface (SkSurfacePaintable *self)
{
  g_return_val_if_fail (SK_IS_SURFACE_PAINTABLE (self), NULL);
  return self->surface;
}
