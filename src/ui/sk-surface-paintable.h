/* sk-surface-paintable.h — a picture (a cairo image) that GTK's cairo
 * renderer draws with one blit.
 *
 * GTK 4.8's cairo renderer draws a GdkTexture by converting all its pixels
 * through floats on every frame; with the map's tiles that was a third
 * of each frame. This paintable keeps the image as cairo's own and hands
 * GTK the same cairo node every frame (which the GL renderer uploads once
 * while the node lives). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SK_TYPE_SURFACE_PAINTABLE (sk_surface_paintable_get_type ())
G_DECLARE_FINAL_TYPE (SkSurfacePaintable, sk_surface_paintable, SK, SURFACE_PAINTABLE, GObject)

/* SURFACE: an ARGB32 image surface (a reference is taken). */
GdkPaintable    *sk_surface_paintable_new           (cairo_surface_t    *surface);
/* The pixels of TEXTURE, copied once (any thread). */
GdkPaintable    *sk_surface_paintable_new_for_texture (GdkTexture       *texture);
cairo_surface_t *sk_surface_paintable_get_surface   (SkSurfacePaintable *self);

/* A cairo node of WIDTH × HEIGHT that paints SURFACE (its pixels at the
 * node's size): what the paintable and the plan layer's squares draw. */
GskRenderNode   *sk_surface_node_new                (cairo_surface_t    *surface,
                                                     double              width,
                                                     double              height);

G_END_DECLS
