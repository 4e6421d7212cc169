/* bench-tiles.c — time to draw offline base-map tiles of a region.
 *
 * Prints JSON: per zoom level, the median and 95th percentile time to
 * draw one 256-px tile, over every tile that covers the region.
 * Usage: bench-tiles [REGION]
 */
#include <glib.h>

#include "sk-map-render.h"

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load (argc > 1 ? argv[1] : "reestdal", &error);
  const SkBBox *bbox;

  if (region == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  bbox = sk_region_get_bbox (region);
  /* Warm up fonts and caches: the first tile pays for them once. */
  cairo_surface_destroy (sk_map_render_tile (region, 0, 0, 1, 1));
  g_print ("{\n  \"benchmark\": \"offline-tiles\",\n  \"region\": \"%s\",\n  \"zooms\": [",
           sk_region_get_id (region));
  for (int zoom = 9; zoom <= 15; zoom++)
    {
      int x0, y0, x1, y1;
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

      sk_tile_from_latlon (bbox->north, bbox->west, zoom, &x0, &y0);
      sk_tile_from_latlon (bbox->south, bbox->east, zoom, &x1, &y1);
      for (int x = x0; x <= x1 && times->len < 400; x++)
        for (int y = y0; y <= y1 && times->len < 400; y++)
          {
            gint64 start = g_get_monotonic_time ();
            cairo_surface_t *surface = sk_map_render_tile (region, x, y, zoom, 1);
            double ms = (g_get_monotonic_time () - start) / 1000.0;

            cairo_surface_destroy (surface);
            g_array_append_val (times, ms);
          }
      g_array_sort (times, compare_double);
      g_print ("%s\n    {\"zoom\": %d, \"tiles\": %u, \"p50_ms\": %.3f, \"p95_ms\": %.3f, \"max_ms\": %.3f}",
               zoom == 9 ? "" : ",", zoom, times->len,
               g_array_index (times, double, times->len / 2),
               g_array_index (times, double, (guint) (times->len * 0.95)),
               g_array_index (times, double, times->len - 1));
    }
  g_print ("\n  ]\n}\n");
  return 0;
}
