/* test-map-render.c — the offline base map shows land, water, villages
 * and names where a reader expects them. */
#include <cairo.h>
#include <glib.h>

#include "sk-map-render.h"

typedef struct
{
  guint8 r, g, b;
} Pixel;

static Pixel
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 argb = *(const guint32 *) (data + y * stride + x * 4);
  Pixel p = { argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff };

  return p;
}

static SkRegion *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-region.json", NULL);
  g_autoptr(GError) error = NULL;
  SkRegion *region = sk_region_load (path, &error);

  g_assert_no_error (error);
  return region;
}

/* Renders a 512×512 view centred on a position and returns where a
 * second position lands in it. */
static cairo_surface_t *
render_view (SkRegion  *region,
             double     lat,
             double     lon,
             double     zoom,
             SkMapView *view)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 512, 512);
  cairo_t *cr = cairo_create (surface);

  sk_map_view_init_centred (view, lat, lon, zoom, 512, 512);
  sk_map_render (cr, region, view, SK_MAP_RENDER_LABELS | SK_MAP_RENDER_FACILITIES);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
to_view (const SkMapView *view,
         double           lat,
         double           lon,
         int             *x,
         int             *y)
{
  *x = (int) (sk_mercator_x (lon, view->zoom) - view->x);
  *y = (int) (sk_mercator_y (lat, view->zoom) - view->y);
}

static void
test_water_and_land (void)
{
  g_autoptr(SkRegion) region = load_fixture ();
  SkMapView view;
  cairo_surface_t *surface = render_view (region, 52.675, 6.25, 13, &view);
  Pixel on_stream, on_land;
  int x, y;

  /* The Testbeek passes (52.675, 6.25): water is blue. */
  to_view (&view, 52.675, 6.25, &x, &y);
  on_stream = pixel_at (surface, x, y);
  g_assert_cmpint (on_stream.b, >, on_stream.r + 40);
  /* 1 km south of it there is only land: light and not blue. */
  to_view (&view, 52.666, 6.25, &x, &y);
  on_land = pixel_at (surface, x, y);
  g_assert_cmpint (on_land.r, >, 220);
  g_assert_cmpint (on_land.b, <, on_land.r);
  cairo_surface_destroy (surface);
}

/* The built-in Reest follows its real course (derived from the CBS
 * municipal boundaries), not the four straight points it once was. */
static void
test_reest_course (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", &error);
  SkMapView view;
  cairo_surface_t *surface;
  Pixel on_reest, on_old_line;
  int x, y;

  g_assert_no_error (error);
  /* a vertex of the Reest south-west of De Wijk */
  surface = render_view (region, 52.6649, 6.2733, 14, &view);
  to_view (&view, 52.6649, 6.2733, &x, &y);
  on_reest = pixel_at (surface, x, y);
  g_assert_cmpint (on_reest.b, >, on_reest.r + 40);
  cairo_surface_destroy (surface);
  /* halfway along the old straight line De Wijk–Balkbrug: land now, the
   * Reest runs 1.9 km north of it */
  surface = render_view (region, 52.63695, 6.34111, 14, &view);
  to_view (&view, 52.63695, 6.34111, &x, &y);
  on_old_line = pixel_at (surface, x, y);
  g_assert_cmpint (on_old_line.b, <, on_old_line.r);
  cairo_surface_destroy (surface);
}

static int
count_dark_pixels (cairo_surface_t *surface,
                   int              x0,
                   int              y0,
                   int              w,
                   int              h)
{
  int n = 0;

  for (int y = MAX (0, y0); y < MIN (512, y0 + h); y++)
    for (int x = MAX (0, x0); x < MIN (512, x0 + w); x++)
      {
        Pixel p = pixel_at (surface, x, y);
        n += p.r < 100 && p.g < 100 && p.b < 100;
      }
  return n;
}

static void
test_village_and_name (void)
{
  g_autoptr(SkRegion) region = load_fixture ();
  SkMapView view;
  cairo_surface_t *surface;
  Pixel centre;
  int x, y;

  /* At zoom 12 B-dorp (3000 inhabitants) is a built-up area with its
   * name in dark letters beside it. */
  surface = render_view (region, 52.70, 6.30, 12, &view);
  to_view (&view, 52.70, 6.30, &x, &y);
  centre = pixel_at (surface, x + 3, y + 3);
  g_assert_cmpint (centre.r, >, 200);
  g_assert_cmpint (centre.r, >, centre.b);
  g_assert_cmpint (count_dark_pixels (surface, x - 60, y - 30, 200, 60), >, 30);
  cairo_surface_destroy (surface);

  /* At zoom 9 a village of 3000 is too small to be named. */
  surface = render_view (region, 52.70, 6.30, 9, &view);
  to_view (&view, 52.70, 6.30, &x, &y);
  g_assert_cmpint (count_dark_pixels (surface, x - 60, y - 30, 200, 60), ==, 0);
  cairo_surface_destroy (surface);
}

static void
test_tiles_agree (void)
{
  g_autoptr(SkRegion) region = load_fixture ();
  int tx, ty;
  cairo_surface_t *left, *right;
  int differing = 0;

  /* Two neighbouring tiles drawn on their own meet without a seam: the
   * last column of one continues into the first column of the next. */
  sk_tile_from_latlon (52.70, 6.30, 12, &tx, &ty);
  left = sk_map_render_tile (region, tx, ty, 12, 1);
  right = sk_map_render_tile (region, tx + 1, ty, 12, 1);
  for (int y = 0; y < 256; y++)
    {
      Pixel a = pixel_at (left, 255, y), b = pixel_at (right, 0, y);
      differing += ABS (a.r - b.r) > 60 || ABS (a.g - b.g) > 60 || ABS (a.b - b.b) > 60;
    }
  g_assert_cmpint (differing, <, 8);
  cairo_surface_destroy (left);
  cairo_surface_destroy (right);
}

static void
test_label_thresholds (void)
{
  /* Towns are named first, hamlets only when zoomed in. */
  g_assert_cmpint (sk_map_label_min_inhabitants (8), >, sk_map_label_min_inhabitants (10));
  g_assert_cmpint (sk_map_label_min_inhabitants (10), >, sk_map_label_min_inhabitants (11));
  g_assert_cmpint (sk_map_label_min_inhabitants (12), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/map-render/water-and-land", test_water_and_land);
  g_test_add_func ("/map-render/village-and-name", test_village_and_name);
  g_test_add_func ("/map-render/reest-course", test_reest_course);
  g_test_add_func ("/map-render/tiles-agree", test_tiles_agree);
  g_test_add_func ("/map-render/label-thresholds", test_label_thresholds);
  return g_test_run ();
}
