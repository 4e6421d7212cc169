/* bench-ov.c — public transport (issue #15) on a synthetic regional feed:
 * a 55 × 55 grid of stops (~1 km apart) over Drenthe with a bus line
 * along every row and column, hourly both ways from 06:00 to 21:00
 * (3,025 stops, 193,600 stop times), and 150 kernen at random places.
 *
 * Measures, printed as JSON (seconds):
 *   read       the GTFS folder read by the real reader;
 *   full       every kern × the five centres × a 2-hour window (120
 *              departure minutes), range RAPTOR;
 *   after_edit a buurtbus drawn: the incremental recomputation
 *              (sk_ov_compute_after), checked equal to a full one;
 *   dijkstra   20 kernen by both searches, and the ratio.
 * Usage: bench-ov [DIRECTORY]   (default: a temporary folder)
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <time.h>

#include "sk-synth-ov.h"
#include "sk-timetable.h"

/* CPU seconds of this process: the machine is shared, so wall time
 * measures the neighbours as much as the search (both are printed). */
static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_last;

static SkOvResult *
run (SkTimetable *tt,
     SkRegion    *region,
     SkKengetallen *k,
     SkOvQuery   *q,
     GPtrArray   *dests,
     SkOvOverlay *overlay,
     gboolean     dijkstra,
     double      *seconds)
{
  g_autoptr(GError) error = NULL;
  gint64 t0 = g_get_monotonic_time ();
  double c0 = cpu_now ();
  SkOvResult *r = dijkstra
    ? sk_ov_compute_dijkstra (tt, region, k, q, (SkOvDestination *const *) dests->pdata,
                              dests->len, overlay, NULL, &error)
    : sk_ov_compute (tt, region, k, q, (SkOvDestination *const *) dests->pdata, dests->len,
                     overlay, NULL, &error);

  *seconds = (g_get_monotonic_time () - t0) / 1e6;
  cpu_last = cpu_now () - c0;
  if (r == NULL)
    g_error ("%s", error->message);
  return r;
}

static guint
count_differ (SkOvResult *a,
              SkOvResult *b)
{
  guint n = 0;

  for (size_t k = 0; k < sk_ov_result_get_n_kernen (a); k++)
    for (size_t d = 0; d < sk_ov_result_get_n_dests (a); d++)
      for (size_t m = 0; m < sk_ov_result_get_n_minutes (a); m++)
        {
          double x = sk_ov_result_get_minute (a, k, d, m), y = sk_ov_result_get_minute (b, k, d, m);

          n += !((isnan (x) && isnan (y)) || fabs (x - y) < 1e-6);
        }
  return n;
}

static void
member (JsonBuilder *b,
        const char  *name,
        double       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_double_value (b, round (value * 10000) / 10000);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = argc > 1 ? g_strdup (argv[1]) : g_dir_make_tmp ("bench-ov-XXXXXX", NULL);
  g_autoptr(SkRegion) region = sk_synth_ov_region (150, "bench-ov", FALSE);
  g_autoptr(SkRegion) small = sk_synth_ov_region (20, "bench-ov", FALSE);
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (NULL);
  g_autoptr(GPtrArray) dests = sk_ov_destinations_load_default (NULL);
  g_autoptr(SkTimetable) tt = NULL;
  g_autoptr(SkOvOverlay) bus = sk_ov_overlay_new ();
  g_autoptr(SkOvResult) before = NULL, after = NULL, full = NULL, rd = NULL, dj = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const SkKern *k0 = sk_region_get_kern (region, 0);
  SkLatLon line[] = { { k0->lat, k0->lon }, { k0->lat + 0.03, k0->lon + 0.02 },
                      { k0->lat + 0.06, k0->lon + 0.05 } };
  SkOvQuery q = { 0 };
  double t_read, t_full, t_after, t_full_after, t_raptor_small, t_dijkstra;
  double c_full, c_after, c_full_after, c_small, c_dijkstra, c0;
  gint64 t0;

  g_mkdir_with_parents (dir, 0755);
  sk_synth_ov_write_feed (dir);
  t0 = g_get_monotonic_time ();
  tt = sk_timetable_read_gtfs (dir, NULL, NULL, 0, NULL, NULL, NULL, &error);
  t_read = (g_get_monotonic_time () - t0) / 1e6;
  if (tt == NULL)
    g_error ("%s", error->message);
  g_date_clear (&q.date, 1);
  g_date_set_dmy (&q.date, 10, G_DATE_MARCH, 2026);
  q.window_start = 7 * 3600;
  q.window_end = 9 * 3600;
  q.access = SK_MODE_LOPEN;
  before = run (tt, region, k, &q, dests, NULL, FALSE, &t_full);
  c_full = cpu_last;
  sk_ov_overlay_add_line (bus, line, G_N_ELEMENTS (line), 30, 6 * 3600, 20 * 3600, 45, NULL, NULL);
  t0 = g_get_monotonic_time ();
  c0 = cpu_now ();
  after = sk_ov_compute_after (before, bus, NULL, &error);
  c_after = cpu_now () - c0;
  t_after = (g_get_monotonic_time () - t0) / 1e6;
  if (after == NULL)
    g_error ("%s", error->message);
  full = run (tt, region, k, &q, dests, bus, FALSE, &t_full_after);
  c_full_after = cpu_last;
  rd = run (tt, small, k, &q, dests, NULL, FALSE, &t_raptor_small);
  c_small = cpu_last;
  dj = run (tt, small, k, &q, dests, NULL, TRUE, &t_dijkstra);
  c_dijkstra = cpu_last;

  json_builder_begin_object (b);
  member (b, "stops", (double) sk_timetable_get_n_stops (tt));
  member (b, "stop_times", (double) sk_timetable_get_n_stop_times (tt));
  member (b, "trips", (double) sk_timetable_get_n_trips (tt));
  member (b, "kernen", (double) sk_ov_result_get_n_kernen (before));
  member (b, "destinations", (double) dests->len);
  member (b, "departure_minutes", (double) sk_ov_result_get_n_minutes (before));
  member (b, "read_s", t_read);
  member (b, "full_s", t_full);
  member (b, "full_cpu_s", c_full);
  member (b, "within_60_share_before", sk_ov_result_get_within_60_share (before));
  member (b, "after_edit_s", t_after);
  member (b, "after_edit_cpu_s", c_after);
  member (b, "after_edit_kernen_searched", (double) sk_ov_result_get_n_searched (after));
  member (b, "after_edit_full_s", t_full_after);
  member (b, "after_edit_full_cpu_s", c_full_after);
  member (b, "after_edit_cells_differ_from_full", count_differ (after, full));
  member (b, "within_60_share_after", sk_ov_result_get_within_60_share (after));
  member (b, "dijkstra_kernen", (double) sk_ov_result_get_n_kernen (rd));
  member (b, "raptor_small_s", t_raptor_small);
  member (b, "dijkstra_s", t_dijkstra);
  member (b, "raptor_small_cpu_s", c_small);
  member (b, "dijkstra_cpu_s", c_dijkstra);
  member (b, "dijkstra_over_raptor", c_dijkstra / c_small);
  member (b, "dijkstra_cells_differ", count_differ (rd, dj));
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  g_autofree char *text = json_generator_to_data (gen, NULL);
  puts (text);
  return 0;
}
