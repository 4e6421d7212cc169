/* test-map-render-kom.c — the base map draws a kern's bebouwde kom where
 * kommen.json gives its outline, instead of a disc around its point. */
#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "sk-map-render.h"

/* The map's colours for land and built-up area (sk-map-render.c). */
#define LAND 0xeef0e3
#define BUILT 0xe6ddcf

static guint32
colour_at (SkRegion *region,
           double    lat,
           double    lon)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  cairo_t *cr = cairo_create (surface);
  SkMapView view;
  guint32 argb;

  /* Zoom 14 (about 6 m a pixel), no labels: the centre pixel is the ground. */
  sk_map_view_init_centred (&view, lat, lon, 14, 64, 64);
  sk_map_render (cr, region, &view, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  argb = *(const guint32 *) (cairo_image_surface_get_data (surface)
                             + 32 * cairo_image_surface_get_stride (surface) + 32 * 4);
  cairo_surface_destroy (surface);
  return argb & 0xffffff;
}

/* fixtures/mini-kommen.json gives A-dorp (52.70 N, 6.20 E; 400 people,
 * so a disc of 180 m) a square kom of 6.19–6.21 E × 52.695–52.715 N.
 * 52.713 N, 6.208 E lies in that square, 1.5 km from A-dorp's point. */
static void
test_outline (void)
{
  g_autofree char *region_path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-region.json", NULL);
  g_autofree char *kommen_path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-kommen.json", NULL);
  g_autofree char *region_text = NULL, *kommen_text = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sk-kom-map-XXXXXX", NULL);
  g_autofree char *json = g_build_filename (dir, "region.json", NULL);
  g_autofree char *kjson = g_build_filename (dir, "kommen.json", NULL);
  g_autoptr(SkRegion) plain = NULL;
  g_autoptr(SkRegion) with_kommen = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (region_path, &region_text, NULL, NULL));
  g_assert_true (g_file_get_contents (kommen_path, &kommen_text, NULL, NULL));
  g_assert_true (g_file_set_contents (json, region_text, -1, NULL));
  plain = sk_region_load (json, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (kjson, kommen_text, -1, NULL));
  with_kommen = sk_region_load (dir, &error);
  g_assert_no_error (error);

  /* Before: the disc around A-dorp does not reach so far; after: the kom does. */
  g_assert_cmphex (colour_at (plain, 52.713, 6.208), ==, LAND);
  g_assert_cmphex (colour_at (with_kommen, 52.713, 6.208), ==, BUILT);
  /* Just outside the kom's east edge is land again. */
  g_assert_cmphex (colour_at (with_kommen, 52.713, 6.2125), ==, LAND);
  g_unlink (json);
  g_unlink (kjson);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/map-render-kom/outline", test_outline);
  return g_test_run ();
}
