/* bench-fit-layer.c — time to draw one tile of the "Waar past wat?"
 * layer (src/ui/sk-fit-layer.c) for a kind, next to the offline base
 * map's tile of the same place: the layer should draw within the base
 * map's tile budget (issue 16).
 *
 * Prints JSON: per zoom, the median, 95th percentile and maximum time of
 * both, over every tile that covers the region (at most 400 a zoom).
 * Usage: bench-fit-layer [KIND [REGION]]
 */
#include <glib.h>

#include "sk-fit-layer.h"
#include "sk-map-render.h"

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
print_times (const char *name,
             GArray     *times)
{
  g_array_sort (times, compare_double);
  g_print ("\"%s\": {\"p50_ms\": %.3f, \"p95_ms\": %.3f, \"max_ms\": %.3f}", name,
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, (guint) (times->len * 0.95)),
           g_array_index (times, double, times->len - 1));
}

int
main (int   argc,
      char *argv[])
{
  const char *kind = argc > 1 ? argv[1] : "woonerf";
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load (argc > 2 ? argv[2] : "reestdal", &error);
  g_autoptr(SkToolbox) toolbox = NULL;
  g_autoptr(SkFit) fit = NULL;
  const SkBBox *bbox;

  if (region == NULL || (toolbox = sk_toolbox_load (NULL, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  fit = sk_fit_new_for_region (region, toolbox, NULL);
  if (sk_fit_get_problem (fit) != NULL)
    {
      g_printerr ("%s\n", sk_fit_get_problem (fit));
      return 1;
    }
  bbox = sk_region_get_bbox (region);
  /* Warm up fonts and caches: the first tile pays for them once. */
  cairo_surface_destroy (sk_map_render_tile (region, 0, 0, 1, 1));
  cairo_surface_destroy (sk_fit_layer_render_tile (fit, kind, 0, 0, 1, 1));
  g_print ("{\n  \"benchmark\": \"fit-layer-tiles\",\n  \"region\": \"%s\",\n  \"kind\": \"%s\",\n"
           "  \"zooms\": [", sk_region_get_id (region), kind);
  for (int zoom = 10; zoom <= 17; zoom++)
    {
      int x0, y0, x1, y1;
      g_autoptr(GArray) base = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) layer = g_array_new (FALSE, FALSE, sizeof (double));

      sk_tile_from_latlon (bbox->north, bbox->west, zoom, &x0, &y0);
      sk_tile_from_latlon (bbox->south, bbox->east, zoom, &x1, &y1);
      for (int x = x0; x <= x1 && layer->len < 400; x++)
        for (int y = y0; y <= y1 && layer->len < 400; y++)
          {
            gint64 t0 = g_get_monotonic_time (), t1;
            double ms;

            cairo_surface_destroy (sk_map_render_tile (region, x, y, zoom, 1));
            t1 = g_get_monotonic_time ();
            ms = (t1 - t0) / 1000.0;
            g_array_append_val (base, ms);
            cairo_surface_destroy (sk_fit_layer_render_tile (fit, kind, x, y, zoom, 1));
            ms = (g_get_monotonic_time () - t1) / 1000.0;
            g_array_append_val (layer, ms);
          }
      g_print ("%s\n    {\"zoom\": %d, \"tiles\": %u, \"cells_per_tile\": %d, ", zoom == 10 ? "" : ",",
               zoom, layer->len, sk_fit_layer_get_n_cells (zoom) * sk_fit_layer_get_n_cells (zoom));
      print_times ("base_map", base);
      g_print (", ");
      print_times ("fit_layer", layer);
      g_print ("}");
    }
  g_print ("\n  ]\n}\n");
  return 0;
}
