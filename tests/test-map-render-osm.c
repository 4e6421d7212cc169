/* test-map-render-osm.c — the offline base map of an imported region: the
 * Liechtenstein extract of 2015 (tests/fixtures, © OpenStreetMap-
 * bijdragers, ODbL) drawn at central Vaduz carries its street names and
 * its buildings, tiles join without seams, and the legend draws the
 * colours the map uses. */
#include <glib/gstdio.h>
#include <string.h>

#include "sk-map-render.h"
#include "sk-map-style.h"
#include "sk-osm.h"
#include "sk-region.h"

#define VADUZ_LAT 47.1395
#define VADUZ_LON 9.5215

static char *tmpdir;
static SkRegion *region;

static void
import_liechtenstein (void)
{
  g_autofree char *extract = g_test_build_filename (G_TEST_DIST, "fixtures",
                                                    "liechtenstein-2015.osm.pbf", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;

  tmpdir = g_dir_make_tmp ("sk-map-render-osm-XXXXXX", NULL);
  out = g_build_filename (tmpdir, "liechtenstein", NULL);
  g_assert_true (sk_osm_import (extract, out, NULL, NULL, &error));
  region = sk_region_load (out, &error);
  g_assert_no_error (error);
}

static void
remove_tmpdir (void)
{
  g_autofree char *dir = g_build_filename (tmpdir, "liechtenstein", NULL);
  const char *files[] = { "region.json", "network.bin", "map.sqlite" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *f = g_build_filename (dir, files[i], NULL);
      g_unlink (f);
    }
  g_rmdir (dir);
  g_rmdir (tmpdir);
}

static cairo_surface_t *
render_view (const SkMapView *view,
             GPtrArray       *labels)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, view->width, view->height);
  cairo_t *cr = cairo_create (s);

  sk_map_render_with_labels (cr, region, view, SK_MAP_RENDER_LABELS | SK_MAP_RENDER_FACILITIES,
                             labels);
  cairo_destroy (cr);
  cairo_surface_flush (s);
  return s;
}

static guint32
pixel (cairo_surface_t *s,
       int              x,
       int              y)
{
  const guint8 *row = cairo_image_surface_get_data (s) + y * cairo_image_surface_get_stride (s);

  return ((const guint32 *) row)[x] & 0xffffff;
}

static gboolean
has_label (GPtrArray  *labels,
           const char *text,
           const char *kind)
{
  for (guint i = 0; i < labels->len; i++)
    {
      const SkMapLabel *l = g_ptr_array_index (labels, i);

      if (strcmp (l->text, text) == 0 && strcmp (l->kind, kind) == 0)
        return TRUE;
    }
  return FALSE;
}

static guint32
style_rgb (SkMapClass klass)
{
  const SkMapRgba *c = &sk_map_style_get (klass)->fill;

  return (guint32) (c->r * 255 + 0.5) << 16 | (guint32) (c->g * 255 + 0.5) << 8
         | (guint32) (c->b * 255 + 0.5);
}

static void
test_vaduz_z16 (void)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_map_label_free);
  cairo_surface_t *s;
  SkMapView view;
  guint building = 0, total = 800 * 600;

  sk_map_view_init_centred (&view, VADUZ_LAT, VADUZ_LON, 16, 800, 600);
  s = render_view (&view, labels);
  /* The streets of the centre have their names on the map. */
  g_assert_true (has_label (labels, "Städtle", "street"));
  g_assert_true (has_label (labels, "Kirchstrasse", "street"));
  g_assert_true (has_label (labels, "Äulestrasse", "street"));
  /* The village name is there too, and every label lies in the image. */
  g_assert_true (has_label (labels, "Vaduz", "place"));
  /* Buildings: a good part of the centre is drawn in the building colour. */
  for (int y = 0; y < 600; y++)
    for (int x = 0; x < 800; x++)
      building += pixel (s, x, y) == style_rgb (SK_MAP_BUILDING);
  g_assert_cmpuint (building * 100, >, total * 3);
  cairo_surface_destroy (s);
}

static void
test_vaduz_z11_no_buildings (void)
{
  cairo_surface_t *s;
  SkMapView view;
  guint building = 0;

  /* Zoomed out the buildings are not drawn (nor read: test-map-store). */
  sk_map_view_init_centred (&view, VADUZ_LAT, VADUZ_LON, 11, 400, 300);
  s = render_view (&view, NULL);
  for (int y = 0; y < 300; y++)
    for (int x = 0; x < 400; x++)
      building += pixel (s, x, y) == style_rgb (SK_MAP_BUILDING);
  g_assert_cmpuint (building, ==, 0);
  cairo_surface_destroy (s);
}

/* Four 256-px tiles drawn one by one show what one 512-px view of the
 * same place shows: a name that crosses a tile edge is whole in both. */
static void
test_no_seams (void)
{
  cairo_surface_t *whole, *tiles = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 512, 512);
  cairo_t *cr = cairo_create (tiles);
  int tx, ty, differ = 0;
  SkMapView view;

  sk_tile_from_latlon (VADUZ_LAT, VADUZ_LON, 16, &tx, &ty);
  for (int dy = 0; dy < 2; dy++)
    for (int dx = 0; dx < 2; dx++)
      {
        cairo_surface_t *t = sk_map_render_tile (region, tx + dx, ty + dy, 16, 1);

        cairo_set_source_surface (cr, t, dx * 256, dy * 256);
        cairo_paint (cr);
        cairo_surface_destroy (t);
      }
  cairo_destroy (cr);
  cairo_surface_flush (tiles);
  sk_map_view_init_tile (&view, tx, ty, 16, 512);
  whole = render_view (&view, NULL);
  for (int y = 0; y < 512; y++)
    for (int x = 0; x < 512; x++)
      {
        guint32 a = pixel (whole, x, y), b = pixel (tiles, x, y);

        for (int c = 0; c < 24; c += 8)
          if (ABS ((int) (a >> c & 0xff) - (int) (b >> c & 0xff)) > 24)
            {
              differ++;
              break;
            }
      }
  /* Anti-aliasing along the tile edges may differ a little, a cut name
   * would differ over hundreds of pixels. */
  g_assert_cmpint (differ, <, 60);
  cairo_surface_destroy (whole);
  cairo_surface_destroy (tiles);
}

static void
test_legend_swatches (void)
{
  guint n;
  const SkMapLegendEntry *legend = sk_map_style_get_legend (&n);
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 32, 20);

  g_assert_cmpuint (n, >=, 15);
  for (guint i = 0; i < n; i++)
    {
      cairo_t *cr = cairo_create (s);

      g_assert_nonnull (legend[i].label);
      sk_map_style_draw_swatch (cr, legend[i].klass, 0, 0, 32, 20);
      cairo_destroy (cr);
      cairo_surface_flush (s);
      /* An area's swatch is filled with the colour the map uses. */
      if (sk_map_class_get_shape (legend[i].klass) == SK_MAP_SHAPE_AREA)
        g_assert_cmphex (pixel (s, 16, 10), ==, style_rgb (legend[i].klass));
      else
        {
          /* A line or symbol crosses the middle row (dashes have gaps). */
          guint drawn = 0;

          for (int x = 2; x < 30; x++)
            drawn += pixel (s, x, 10) != pixel (s, 1, 1);
          g_assert_cmpuint (drawn, >=, 3);
        }
    }
  cairo_surface_destroy (s);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  import_liechtenstein ();
  g_test_add_func ("/map-render-osm/vaduz-z16", test_vaduz_z16);
  g_test_add_func ("/map-render-osm/vaduz-z11-no-buildings", test_vaduz_z11_no_buildings);
  g_test_add_func ("/map-render-osm/no-seams", test_no_seams);
  g_test_add_func ("/map-render-osm/legend-swatches", test_legend_swatches);
  status = g_test_run ();
  g_clear_object (&region);
  remove_tmpdir ();
  g_free (tmpdir);
  return status;
}
