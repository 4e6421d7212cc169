/* bench-import.c — samenkaart-cli import-osm on a synthetic extract,
 * against `osmium cat` of the same file in the same run.
 *
 * Writes an .osm XML extract of about NODES nodes (sk-synth.c), converts
 * it to .osm.pbf with osmium, then times (wall clock, peak memory) the
 * import and `osmium cat X.osm.pbf -o Y.osm.pbf`. Prints JSON.
 * Usage: bench-import [NODES [map]] (default 5000000). With "map" the
 * extract also has a house beside every village street segment, street
 * names, farmland and woods (sk_synth_write_osm_map), and the JSON gives
 * the size of map.sqlite; SK_BENCH_KEEP=1 keeps the region to draw tiles
 * of it (bench-map REGION_DIR LAT LON).
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sk-synth.h"

typedef struct
{
  double seconds;
  long max_rss_kb;
  int status;
} Timed;

/* Runs ARGV and waits, with the child's own resource usage. */
static Timed
run_timed (const char *const *argv)
{
  Timed t = { 0, 0, -1 };
  gint64 t0 = g_get_monotonic_time ();
  struct rusage ru;
  int status;
  pid_t pid = fork ();

  if (pid == 0)
    {
      execv (argv[0], (char **) argv);
      _exit (127);
    }
  if (pid < 0 || wait4 (pid, &status, 0, &ru) < 0)
    return t;
  t.seconds = (g_get_monotonic_time () - t0) / 1e6;
  t.max_rss_kb = ru.ru_maxrss;
  t.status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  return t;
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (goffset) st.st_size : -1;
}

int
main (int   argc,
      char *argv[])
{
  guint32 target = argc > 1 ? (guint32) atoi (argv[1]) : 5000000;
  g_autofree char *dir = g_dir_make_tmp ("sk-bench-import-XXXXXX", NULL);
  g_autofree char *xml = g_build_filename (dir, "synth.osm", NULL);
  g_autofree char *pbf = g_build_filename (dir, "synth.osm.pbf", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.osm.pbf", NULL);
  g_autofree char *out = g_build_filename (dir, "regio", NULL);
  g_autofree char *json = g_build_filename (out, "region.json", NULL);
  g_autofree char *bin = g_build_filename (out, "network.bin", NULL);
  g_autofree char *map_path = g_build_filename (out, "map.sqlite", NULL);
  gboolean map = argc > 2 && g_str_equal (argv[2], "map");
  g_autofree char *osmium = g_find_program_in_path ("osmium");
  g_autoptr(SkSynth) synth = NULL;
  g_autoptr(GError) error = NULL;
  Timed convert, import, cat;
  guint32 n_nodes, n_houses = 0, n_total;

  if (osmium == NULL)
    {
      g_printerr ("osmium is needed (apt-get install osmium-tool)\n");
      return 1;
    }
  synth = sk_synth_generate (target, 5);
  n_nodes = sk_synth_get_n_nodes (synth);
  for (guint w = 0; map && w < synth->ways->len; w++)
    {
      const SkSynthWay *way = &g_array_index (synth->ways, SkSynthWay, w);

      if (way->klass == SK_ROAD_RESIDENTIAL || way->klass == SK_ROAD_TERTIARY)
        n_houses += way->n - 1;
    }
  /* Roads, a village and a facility node per village, 4 per house,
   * 8 per village for its farmland and wood. */
  n_total = n_nodes + 2 * synth->villages->len + 4 * n_houses
            + (map ? 8 * synth->villages->len : 0);
  if (map)
    g_printerr ("village centre: %.5f %.5f\n",
                g_array_index (synth->lat, double, g_array_index (synth->villages, guint32, 0)),
                g_array_index (synth->lon, double, g_array_index (synth->villages, guint32, 0)));
  if (!(map ? sk_synth_write_osm_map (synth, xml, &error) : sk_synth_write_osm (synth, xml, &error)))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_clear_pointer (&synth, sk_synth_free);
  {
    const char *conv[] = { osmium, "cat", xml, "-o", pbf, "-O", NULL };
    const char *imp[] = { SK_BENCH_CLI, "import-osm", pbf, "--out", out, "--quiet", NULL };
    const char *ocat[] = { osmium, "cat", pbf, "-o", copy, "-O", NULL };

    convert = run_timed (conv);
    import = run_timed (imp);
    cat = run_timed (ocat);
  }
  g_print ("{\n  \"benchmark\": \"import-osm\",\n  \"osm_nodes\": %u,\n"
           "  \"road_nodes\": %u,\n  \"buildings\": %u,\n"
           "  \"pbf_bytes\": %" G_GOFFSET_FORMAT ",\n"
           "  \"xml_to_pbf_s\": %.2f,\n"
           "  \"import\": { \"status\": %d, \"seconds\": %.2f, \"max_rss_mb\": %.0f, "
           "\"region_json_bytes\": %" G_GOFFSET_FORMAT ", "
           "\"network_bin_bytes\": %" G_GOFFSET_FORMAT ", "
           "\"map_sqlite_bytes\": %" G_GOFFSET_FORMAT " },\n"
           "  \"osmium_cat\": { \"status\": %d, \"seconds\": %.2f, \"max_rss_mb\": %.0f },\n"
           "  \"ratio_import_to_osmium_cat\": %.2f\n}\n",
           n_total, n_nodes, n_houses, file_size (pbf), convert.seconds,
           import.status, import.seconds, import.max_rss_kb / 1024.0, file_size (json),
           file_size (bin), file_size (map_path),
           cat.status, cat.seconds, cat.max_rss_kb / 1024.0,
           cat.seconds > 0 ? import.seconds / cat.seconds : 0.0);
  /* SK_BENCH_KEEP=1 keeps the files for profiling. */
  if (g_getenv ("SK_BENCH_KEEP") != NULL)
    {
      g_printerr ("kept in %s\n", dir);
      return import.status == 0 ? 0 : 1;
    }
  g_unlink (json);
  g_unlink (bin);
  g_unlink (map_path);
  g_rmdir (out);
  g_unlink (xml);
  g_unlink (pbf);
  g_unlink (copy);
  g_rmdir (dir);
  return import.status == 0 ? 0 : 1;
}
