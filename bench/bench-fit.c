/* bench-fit.c — "Past het hier?" on the built-in region (42 kernen with
 * their kom outlines, all streams): one point check (the pointer's path)
 * and one 256 × 256 layer tile, printed as JSON.
 *
 *   bench-fit [--kind KIND] [--tile-cells N] [--map]
 *
 * --map prints the verdicts for KIND over the region as text instead
 * (" " geen regel, "+" past goed, "o" past, "!" nee tenzij, "X" past niet).
 */
#include "sk-config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "sk-fit.h"

/* Nanoseconds: one check takes about a microsecond, finer than
 * g_get_monotonic_time. */
static double
now_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (double *v,
            size_t  n,
            double  p)
{
  qsort (v, n, sizeof *v, compare_doubles);
  return v[MIN (n - 1, (size_t) (p * n))];
}

static void
print_map (SkFit      *fit,
           const char *kind)
{
  const SkBBox *box = sk_region_get_bbox (sk_fit_get_region (fit));
  const char *symbols = " +o!X";
  int w = 150, h = 60;
  g_autofree guint8 *v = g_new (guint8, w * h);

  sk_fit_sample (fit, kind, box, w, h, v);
  for (int y = 0; y < h; y++)
    {
      for (int x = 0; x < w; x++)
        putchar (symbols[v[y * w + x]]);
      putchar ('\n');
    }
}

/* Points over the region's box, the same for every run (a fixed seed). */
static double
point_checks (SkFit      *fit,
              const char *kind,
              int         n,
              double     *us)
{
  const SkBBox *box = sk_region_get_bbox (sk_fit_get_region (fit));
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);
  int counts[SK_FIT_N_VERDICTS] = { 0 };

  for (int i = 0; i < n; i++)
    {
      double lat = g_rand_double_range (rand, box->south, box->north);
      double lon = g_rand_double_range (rand, box->west, box->east);
      double t0 = now_us ();
      SkFitVerdict v = sk_fit_check_point (fit, kind, lat, lon, NULL);

      us[i] = now_us () - t0;
      counts[v]++;
    }
  return (double) counts[SK_FIT_NEE_TENZIJ] / n;
}

/* A tile at zoom 12 over the Reest near De Wijk. */
static double
tile_ms (SkFit      *fit,
         const char *kind,
         int         cells)
{
  int tx, ty, zoom = 12;
  SkBBox box;
  g_autofree guint8 *v = g_new (guint8, cells * cells);
  double t0;

  sk_tile_from_latlon (52.665, 6.30, zoom, &tx, &ty);
  box.west = sk_mercator_lon (tx * 256.0, zoom);
  box.east = sk_mercator_lon ((tx + 1) * 256.0, zoom);
  box.north = sk_mercator_lat (ty * 256.0, zoom);
  box.south = sk_mercator_lat ((ty + 1) * 256.0, zoom);
  t0 = now_us ();
  sk_fit_sample (fit, kind, &box, cells, cells, v);
  return (now_us () - t0) / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *kind = NULL;
  int cells = 256;
  gboolean map = FALSE;
  const GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, "soort (woonerf)", "KIND" },
    { "tile-cells", 0, 0, G_OPTION_ARG_INT, &cells, "cellen per tegelzijde (256)", "N" },
    { "map", 0, 0, G_OPTION_ARG_NONE, &map, "druk de kaart als tekst af", NULL },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkToolbox) toolbox = NULL;
  g_autoptr(SkFit) fit = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  g_autofree double *us = NULL;
  const int n = 20000;
  gint64 t0;
  double build_ms, tile_first, tile_again, share;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || cells < 1 || cells > 4096)
    return 2;
  if (kind == NULL)
    kind = g_strdup ("woonerf");
  if ((region = sk_region_load ("reestdal", &error)) == NULL
      || (toolbox = sk_toolbox_load (NULL, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  t0 = g_get_monotonic_time ();
  fit = sk_fit_new_for_region (region, toolbox, NULL);
  build_ms = (g_get_monotonic_time () - t0) / 1000.0;
  if (sk_fit_get_problem (fit) != NULL)
    {
      g_printerr ("%s\n", sk_fit_get_problem (fit));
      return 1;
    }
  if (map)
    {
      print_map (fit, kind);
      return 0;
    }
  us = g_new (double, n);
  share = point_checks (fit, kind, n, us);
  tile_first = tile_ms (fit, kind, cells);
  tile_again = tile_ms (fit, kind, cells);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "region");
  json_builder_add_string_value (b, "reestdal");
  json_builder_set_member_name (b, "kernen");
  json_builder_add_int_value (b, (gint64) sk_region_get_n_kernen (region));
  json_builder_set_member_name (b, "lines");
  json_builder_add_int_value (b, (gint64) sk_region_get_n_lines (region));
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, kind);
  json_builder_set_member_name (b, "build_ms");
  json_builder_add_double_value (b, build_ms);
  json_builder_set_member_name (b, "point_checks");
  json_builder_add_int_value (b, n);
  json_builder_set_member_name (b, "point_share_nee_tenzij");
  json_builder_add_double_value (b, share);
  json_builder_set_member_name (b, "point_p50_us");
  json_builder_add_double_value (b, percentile (us, n, 0.50));
  json_builder_set_member_name (b, "point_p95_us");
  json_builder_add_double_value (b, percentile (us, n, 0.95));
  json_builder_set_member_name (b, "point_max_us");
  json_builder_add_double_value (b, us[n - 1]);
  json_builder_set_member_name (b, "tile_cells");
  json_builder_add_int_value (b, cells);
  json_builder_set_member_name (b, "tile_ms");
  json_builder_add_double_value (b, MIN (tile_first, tile_again));
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  text = json_generator_to_data (gen, NULL);
  puts (text);
  return 0;
}
