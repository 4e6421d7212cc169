/* test-geo.c — geo maths against published and hand-worked values. */
#include <glib.h>
#include <math.h>

#include "sk-geo.h"

static void
test_haversine (void)
{
  /* One degree of latitude on a sphere of radius 6 371 008.8 m is
   * R·π/180 = 111 195.08 m. */
  g_assert_cmpfloat_with_epsilon (sk_geo_haversine_m (52.0, 6.0, 53.0, 6.0), 111195.08, 0.01);
  /* Symmetric and zero on the spot. */
  g_assert_cmpfloat (sk_geo_haversine_m (52.7, 6.2, 52.7, 6.2), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (sk_geo_haversine_m (52.7, 6.2, 52.6, 6.4),
                                  sk_geo_haversine_m (52.6, 6.4, 52.7, 6.2), 1e-6);
  /* One degree of longitude at 52.7° N: along the parallel 111 195.08 ·
   * cos 52.7° = 67 382.8 m; the great circle is a little shorter. */
  g_assert_cmpfloat_with_epsilon (sk_geo_haversine_m (52.7, 6.0, 52.7, 7.0), 67382.4, 0.5);
}

static void
test_polyline_and_area (void)
{
  SkLatLon line[] = { { 52.0, 6.0 }, { 52.5, 6.0 }, { 53.0, 6.0 } };
  /* A square of 0.01° × 0.01° at the equator: (1111.95 m)² = 1.2364e6 m². */
  SkLatLon square[] = { { 0, 0 }, { 0, 0.01 }, { 0.01, 0.01 }, { 0.01, 0 } };

  g_assert_cmpfloat_with_epsilon (sk_geo_polyline_length_m (line, 3), 111195.08, 0.01);
  g_assert_cmpfloat_with_epsilon (sk_geo_polygon_area_m2 (square, 4), 1.2364e6, 0.0005e6);
  g_assert_true (sk_geo_point_in_polygon (square, 4, 0.005, 0.005));
  g_assert_false (sk_geo_point_in_polygon (square, 4, 0.015, 0.005));
}

typedef struct
{
  const char *name;
  double x, y;
  double lat, lon;
} RdReference;

/* Published pairs: the RD origin (the Onze Lieve Vrouwetoren in Amersfoort)
 * and the Martinitoren in Groningen, the worked example in "Transformatie-
 * formules" (Schreutelkamp & Strang van Hees, 2001). */
static const RdReference rd_references[] = {
  { "Amersfoort", 155000.0, 463000.0, 52.15517440, 5.38720621 },
  { "Martinitoren", 233883.131, 582065.167, 53.21938317, 6.56820053 },
};

static void
test_rd (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (rd_references); i++)
    {
      const RdReference *r = &rd_references[i];
      double lat, lon, x, y;

      sk_rd_to_wgs84 (r->x, r->y, &lat, &lon);
      /* 1e-6° is about 0.1 m. */
      g_assert_cmpfloat_with_epsilon (lat, r->lat, 1e-6);
      g_assert_cmpfloat_with_epsilon (lon, r->lon, 1e-6);
      sk_wgs84_to_rd (r->lat, r->lon, &x, &y);
      /* The series are accurate to about a metre. */
      g_assert_cmpfloat_with_epsilon (x, r->x, 1.0);
      g_assert_cmpfloat_with_epsilon (y, r->y, 1.0);
    }
}

static void
test_mercator_tiles (void)
{
  int tx, ty;

  /* Zoom 0: one tile of 256 px; (0°, 0°) is its centre. */
  g_assert_cmpfloat_with_epsilon (sk_mercator_x (0, 0), 128.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sk_mercator_y (0, 0), 128.0, 1e-9);
  /* The Web-Mercator edge, 85.0511° N, is y = 0. */
  g_assert_cmpfloat_with_epsilon (sk_mercator_y (85.05112878, 3), 0.0, 1e-4);
  /* Round trip. */
  g_assert_cmpfloat_with_epsilon (sk_mercator_lat (sk_mercator_y (52.7, 12), 12), 52.7, 1e-9);
  g_assert_cmpfloat_with_epsilon (sk_mercator_lon (sk_mercator_x (6.2, 12), 12), 6.2, 1e-9);

  /* Meppel (52.6958° N, 6.1944° E) at zoom 10, worked by hand:
   * x = (6.1944 + 180) / 360 · 1024 = 529.6 → 529;
   * y = (1 − ln(tan φ + sec φ)/π) / 2 · 1024 with ln(1.31249 + 1.65004) = 1.08604
   *   = (1 − 0.345695) / 2 · 1024 = 335.003 → 335. */
  sk_tile_from_latlon (52.6958, 6.1944, 10, &tx, &ty);
  g_assert_cmpint (tx, ==, 529);
  g_assert_cmpint (ty, ==, 335);

  /* Ground resolution at the equator, zoom 0: 40 075 016.686 / 256 m. */
  g_assert_cmpfloat_with_epsilon (sk_mercator_metres_per_pixel (0, 0), 156543.03, 0.01);
}

static void
test_bbox (void)
{
  SkBBox bbox;
  SkLatLon c;

  sk_bbox_init_empty (&bbox);
  g_assert_true (sk_bbox_is_empty (&bbox));
  sk_bbox_extend (&bbox, 52.6, 6.1);
  sk_bbox_extend (&bbox, 52.8, 6.5);
  g_assert_false (sk_bbox_is_empty (&bbox));
  g_assert_true (sk_bbox_contains (&bbox, 52.7, 6.3));
  g_assert_false (sk_bbox_contains (&bbox, 52.9, 6.3));
  c = sk_bbox_get_centre (&bbox);
  g_assert_cmpfloat_with_epsilon (c.lat, 52.7, 1e-9);
  g_assert_cmpfloat_with_epsilon (c.lon, 6.3, 1e-9);
}

/* A woonerf's outline with its corners tapped in the wrong order crosses
 * itself; one tapped around does not. Scaling keeps the shape and gives
 * the asked area. */
static void
test_polygon_simple_and_scale (void)
{
  SkLatLon square[] = { { 52.70, 6.30 }, { 52.70, 6.31 }, { 52.71, 6.31 }, { 52.71, 6.30 } };
  SkLatLon bow_tie[] = { { 52.70, 6.30 }, { 52.71, 6.31 }, { 52.70, 6.31 }, { 52.71, 6.30 } };
  SkLatLon line[] = { { 52.70, 6.30 }, { 52.70, 6.31 }, { 52.70, 6.32 } };
  SkLatLon l_shape[] = { { 0, 0 }, { 0, 2 }, { 1, 2 }, { 1, 1 }, { 2, 1 }, { 2, 0 } };

  g_assert_true (sk_geo_polygon_is_simple (square, G_N_ELEMENTS (square)));
  g_assert_true (sk_geo_polygon_is_simple (l_shape, G_N_ELEMENTS (l_shape)));
  g_assert_false (sk_geo_polygon_is_simple (bow_tie, G_N_ELEMENTS (bow_tie)));
  g_assert_false (sk_geo_polygon_is_simple (line, G_N_ELEMENTS (line)));
  g_assert_false (sk_geo_polygon_is_simple (square, 2));

  sk_geo_polygon_scale_to_area (square, G_N_ELEMENTS (square), 4000);
  g_assert_cmpfloat_with_epsilon (sk_geo_polygon_area_m2 (square, G_N_ELEMENTS (square)), 4000, 1);
  /* Still around the same middle. */
  g_assert_cmpfloat_with_epsilon ((square[0].lat + square[2].lat) / 2, 52.705, 1e-9);
  g_assert_true (sk_geo_polygon_is_simple (square, G_N_ELEMENTS (square)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/geo/haversine", test_haversine);
  g_test_add_func ("/geo/polyline-and-area", test_polyline_and_area);
  g_test_add_func ("/geo/rd-new", test_rd);
  g_test_add_func ("/geo/mercator-tiles", test_mercator_tiles);
  g_test_add_func ("/geo/bbox", test_bbox);
  g_test_add_func ("/geo/polygon-simple-and-scale", test_polygon_simple_and_scale);
  return g_test_run ();
}
