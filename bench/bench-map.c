/* bench-map.c — the offline map of a real place: importing an OSM
 * extract (region + network + map.sqlite) and drawing 256-px tiles of it.
 *
 * Prints JSON: import time (median of 5), the size of map.sqlite, and per
 * zoom the p50/p95/max time to draw one tile over a block of 8 × 8 tiles
 * around a centre, first with an empty label cache (each meta-tile of
 * 4 × 4 tiles places its labels once, in the first of its tiles drawn)
 * and then again (placements cached).
 * Usage: bench-map [EXTRACT|REGION_DIR [LAT LON]] — default: the
 * Liechtenstein extract in tests/fixtures, centred on the Städtle in
 * Vaduz. A region directory (kept by bench-import … map) is not imported
 * again: only its tiles are drawn, at zoom 11 to 13.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "sk-map-render.h"
#include "sk-osm.h"

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
remove_region (const char *dir)
{
  const char *files[] = { "region.json", "network.bin", "map.sqlite" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *f = g_build_filename (dir, files[i], NULL);
      g_unlink (f);
    }
  g_rmdir (dir);
}

static void
print_times (const char *name,
             GArray     *times)
{
  g_array_sort (times, compare_double);
  g_print ("\"%s\": {\"tiles\": %u, \"p50_ms\": %.2f, \"p95_ms\": %.2f, \"max_ms\": %.2f}", name,
           times->len, g_array_index (times, double, times->len / 2),
           g_array_index (times, double, (guint) (times->len * 0.95)),
           g_array_index (times, double, times->len - 1));
}

static void
bench_tiles (SkRegion *region,
             double    lat,
             double    lon,
             int       zoom)
{
  g_autoptr(GArray) cold = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) warm = g_array_new (FALSE, FALSE, sizeof (double));
  int cx, cy;

  sk_tile_from_latlon (lat, lon, zoom, &cx, &cy);
  for (int round = 0; round < 2; round++)
    for (int y = cy - 4; y < cy + 4; y++)
      for (int x = cx - 4; x < cx + 4; x++)
        {
          gint64 start = g_get_monotonic_time ();
          cairo_surface_t *s = sk_map_render_tile (region, x, y, zoom, 1);
          double ms = (g_get_monotonic_time () - start) / 1000.0;

          cairo_surface_destroy (s);
          g_array_append_val (round == 0 ? cold : warm, ms);
        }
  g_print ("    {\"zoom\": %d, ", zoom);
  print_times ("first", cold);
  g_print (", ");
  print_times ("again", warm);
  g_print ("}");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *fixture = g_build_filename (SK_SOURCE_ROOT, "tests", "fixtures",
                                               "liechtenstein-2015.osm.pbf", NULL);
  const char *extract = argc > 1 ? argv[1] : fixture;
  double lat = argc > 3 ? g_ascii_strtod (argv[2], NULL) : 47.1395;
  double lon = argc > 3 ? g_ascii_strtod (argv[3], NULL) : 9.5215;
  g_autofree char *tmp = g_dir_make_tmp ("sk-bench-map-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (tmp, "region", NULL);
  g_autofree char *map = g_build_filename (out, "map.sqlite", NULL);
  g_autoptr(GArray) import = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  SkOsmImportStats stats = { 0 };
  GStatBuf st;
  const int zooms[] = { 11, 12, 13, 14, 16, 17 };
  gboolean given = g_file_test (extract, G_FILE_TEST_IS_DIR);
  guint n_zooms = given ? 3 : G_N_ELEMENTS (zooms);

  if (given)
    {
      g_free (out);
      out = g_strdup (extract);
      g_free (map);
      map = g_build_filename (out, "map.sqlite", NULL);
    }
  for (int i = 0; i < 5 && !given; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double s;

      if (!sk_osm_import (extract, out, NULL, &stats, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      s = (g_get_monotonic_time () - start) / 1e6;
      g_array_append_val (import, s);
    }
  if (!given)
    g_array_sort (import, compare_double);
  g_stat (map, &st);
  region = sk_region_load (out, &error);
  if (region == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("{\n  \"benchmark\": \"offline-map\",\n  \"extract\": \"%s\",\n", extract);
  if (!given)
    g_print ("  \"osm_nodes\": %" G_GUINT64_FORMAT ", \"osm_ways\": %" G_GUINT64_FORMAT ",\n",
             stats.osm_nodes, stats.osm_ways);
  if (!given)
    g_print ("  \"import_s\": {\"runs\": 5, \"median\": %.3f, \"min\": %.3f, \"max\": %.3f},\n",
             g_array_index (import, double, 2), g_array_index (import, double, 0),
             g_array_index (import, double, 4));
  g_print ("  \"map_sqlite_bytes\": %lld,\n  \"centre\": [%.4f, %.4f],\n  \"tiles\": [\n",
           (long long) st.st_size, lat, lon);
  /* Warm up fonts: the first layout pays for fontconfig once. */
  cairo_surface_destroy (sk_map_render_tile (region, 0, 0, 1, 1));
  for (guint i = 0; i < n_zooms; i++)
    {
      bench_tiles (region, lat, lon, zooms[i]);
      g_print ("%s\n", i + 1 < n_zooms ? "," : "");
    }
  g_print ("  ]\n}\n");
  g_clear_object (&region);
  if (!given)
    remove_region (out);
  g_rmdir (tmp);
  return 0;
}
