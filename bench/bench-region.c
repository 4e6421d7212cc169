/* bench-region.c — a region from an OpenStreetMap extract as the window
 * makes it (sk_region_import_async: worker thread, progress on the main
 * thread), and "Zoek een plaats of straat" typed letter by letter.
 *
 * Prints JSON: the import's wall time, how many progress updates reached
 * the main loop and the fractions they carried; then, for the built-in
 * region and the imported one, the time of sk_region_find_places for
 * every prefix (1 … 8 letters) of names people look for: p50, p95, max.
 * Usage: bench-region [EXTRACT.osm.pbf]  (default: the test fixture)
 */
#include <glib.h>
#include <glib/gstdio.h>

#include "sk-place-names.h"
#include "sk-region-import.h"
#include "sk-region-installed.h"

typedef struct
{
  GMainLoop *loop;
  GArray *fractions;
  char *id;
  GError *error;
} Run;

static void
on_progress (GObject *source,
             double   fraction,
             guint64  nodes,
             guint64  ways)
{
  Run *run = g_object_get_data (source, "run");

  g_array_append_val (run->fractions, fraction);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Run *run = user_data;

  run->id = sk_region_import_finish (result, &run->error);
  g_main_loop_quit (run->loop);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
percentile (GArray *times,
            double  p)
{
  g_array_sort (times, compare_double);
  return g_array_index (times, double, (guint) ((times->len - 1) * p));
}

static void
bench_search (SkRegion          *region,
              const char *const *names,
              gboolean           last)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; names[i] != NULL; i++)
    for (glong n = 1; n <= MIN (8, g_utf8_strlen (names[i], -1)); n++)
      {
        g_autofree char *prefix = g_utf8_substring (names[i], 0, n);
        gint64 t0 = g_get_monotonic_time ();
        g_autoptr(GPtrArray) found = sk_region_find_places (region, prefix, 8);
        double ms = (g_get_monotonic_time () - t0) / 1000.0;

        g_array_append_val (times, ms);
      }
  g_print ("    {\"region\": \"%s\", \"queries\": %u, \"p50_ms\": %.3f, \"p95_ms\": %.3f, \"max_ms\": %.3f}%s\n",
           sk_region_get_id (region), times->len, percentile (times, 0.5), percentile (times, 0.95),
           percentile (times, 1.0), last ? "" : ",");
}

int
main (int    argc,
      char **argv)
{
  static const char *const reestdal_names[] = { "Meppel", "De Wijk", "Ruinerwold", "Reest", "Hoogeveense Vaart",
                                                "Coop", "IJhorst", "Nieuwleusen", NULL };
  static const char *const li_names[] = { "Vaduz", "Städtle", "Schaan", "Landstrasse", "Rhein",
                                          "Balzers", "Triesenberg", "Kirchstrasse", NULL };
  g_autofree char *home = g_dir_make_tmp ("sk-bench-region-XXXXXX", NULL);
  const char *extract = argc > 1 ? argv[1] : SK_BENCH_FIXTURE;
  g_autoptr(GObject) source = NULL;
  g_autoptr(SkRegion) reestdal = NULL;
  g_autoptr(SkRegion) imported = NULL;
  Run run = { 0 };
  gint64 t0;
  double seconds;

  /* Before GLib reads it: the region goes to a folder of its own. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  source = g_object_new (G_TYPE_OBJECT, NULL);
  run.loop = g_main_loop_new (NULL, FALSE);
  run.fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_object_set_data (source, "run", &run);
  t0 = g_get_monotonic_time ();
  sk_region_import_async (source, extract, "Bench", NULL, on_progress, NULL, on_done, &run);
  g_main_loop_run (run.loop);
  seconds = (g_get_monotonic_time () - t0) / 1e6;
  if (run.id == NULL)
    g_error ("%s", run.error->message);

  g_print ("{\n  \"extract\": \"%s\",\n  \"import_s\": %.3f,\n  \"progress_updates\": %u,\n"
           "  \"fractions\": [", extract, seconds, run.fractions->len);
  for (guint i = 0; i < run.fractions->len; i++)
    g_print ("%s%.2f", i > 0 ? ", " : "", g_array_index (run.fractions, double, i));
  g_print ("],\n  \"find_places\": [\n");
  reestdal = sk_region_load ("reestdal", NULL);
  {
    /* By folder: an id alone could also name a folder where this runs. */
    g_autofree char *dir = sk_region_installed_path (run.id);

    imported = sk_region_load (dir, &run.error);
  }
  if (imported == NULL)
    g_error ("%s", run.error->message);
  bench_search (reestdal, reestdal_names, FALSE);
  bench_search (imported, li_names, TRUE);
  g_print ("  ]\n}\n");

  g_clear_object (&imported);
  sk_region_installed_remove (run.id, NULL);
  {
    g_autofree char *root = sk_region_installed_root ();
    g_autofree char *parent = g_path_get_dirname (root);

    g_rmdir (root);
    g_rmdir (parent);
    g_rmdir (home);
  }
  g_array_unref (run.fractions);
  g_main_loop_unref (run.loop);
  g_free (run.id);
  return 0;
}
