/* bench-ui-ov.c — from a buurtbus edit on the map to new "Met bus en
 * trein" figures in the real window (issue #15: ≤ 100 ms).
 *
 * The feed is the synthetic regional one of bench-ov (a 55 × 55 grid of
 * stops about 1 km apart with a bus line along every row and column,
 * hourly both ways 06:00–21:00: 3,025 stops, 193,600 stop times), read
 * into a region of 150 kernen at random places through the window's own
 * import. A buurtbus of three stops is drawn, then moved 40 times; each
 * move is timed from the command (sk_plan_move, what a drag ends in) to
 * the moment the panels have the evaluation with its bus and train
 * figures (the reachability panel's ::changed, which comes after the
 * window has handed them to "Met bus en trein"). The evaluation includes
 * the reachability and the MKBA, as in use.
 *
 * Needs a display: xvfb-run -a build/bench/bench-ui-ov [KERNEN]   (150)
 * GSK_RENDERER=cairo as the other window benches: GTK's default renderer
 * is GL, which under Xvfb is Mesa's llvmpipe drawing on the CPU.
 * Prints JSON. */
#include <adwaita.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "sk-ov-panel.h"
#include "sk-synth-ov.h"
#include "sk-window.h"

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  gint64 start;
  gint64 ready;
} Probe;

/* CPU seconds of the whole process (main thread and workers): on a
 * loaded machine the wall clock says more about the others. */
static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
on_panel_changed (SkReachPanel *panel,
                  Probe        *probe)
{
  if (probe->start != 0 && probe->ready == 0)
    probe->ready = g_get_monotonic_time ();
}

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
wait_settled (SkWindow  *window,
              SkOvPanel *panel)
{
  while (sk_reach_panel_get_busy (sk_window_get_reach_panel (window)) || !sk_ov_panel_has_figures (panel))
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  enum { N_EDITS = 20 };
  g_autofree char *home = g_dir_make_tmp ("bench-ui-ov-XXXXXX", NULL);
  g_autofree char *feed = g_build_filename (home, "feed", NULL);
  g_autoptr(SkRegion) region = sk_synth_ov_region (argc > 1 ? (guint) atoi (argv[1]) : 150, "bench-ui-ov", TRUE);
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) feed_file = NULL;
  g_autofree double *ms = g_new (double, N_EDITS);
  g_autofree double *other_ms = g_new (double, N_EDITS);
  g_autofree double *cpu_ms = g_new (double, N_EDITS);
  g_autofree double *other_cpu_ms = g_new (double, N_EDITS);
  double c0;
  SkLatLon garden = { SK_SYNTH_OV_LAT0 + 0.1, SK_SYNTH_OV_LON0 + 0.1 };
  gint64 garden_id;
  const SkKern *k0 = sk_region_get_kern (region, 0);
  SkLatLon line[] = { { k0->lat, k0->lon }, { k0->lat + 0.03, k0->lon + 0.02 },
                      { k0->lat + 0.06, k0->lon + 0.05 } };
  SkWindow *window;
  SkOvPanel *panel;
  SkPlan *plan;
  Probe probe = { 0 };
  gint64 t0;
  double import_s, first_s;
  gint64 id;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  gtk_init ();
  adw_init ();
  settings = g_settings_new ("io.github.samenkaart.Samenkaart");
  g_settings_set_string (settings, "last-session", "");
  g_mkdir_with_parents (feed, 0755);
  sk_synth_ov_write_feed (feed);
  window = sk_window_new (NULL, region);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  panel = SK_OV_PANEL (find_named (GTK_WIDGET (window), "ov-panel"));
  plan = sk_window_get_plan (window);

  /* The import through the window, until the first figures are shown. */
  feed_file = g_file_new_for_path (feed);
  t0 = g_get_monotonic_time ();
  sk_window_ov_import (window, feed_file);
  wait_settled (window, panel);
  import_s = (g_get_monotonic_time () - t0) / 1e6;

  /* The buurtbus drawn: the first run after it. */
  t0 = g_get_monotonic_time ();
  if ((id = sk_plan_add (plan, "buurtbus", line, G_N_ELEMENTS (line), NULL, &error)) == 0)
    g_error ("%s", error->message);
  wait_settled (window, panel);
  first_s = (g_get_monotonic_time () - t0) / 1e6;

  g_signal_connect (sk_window_get_reach_panel (window), "changed", G_CALLBACK (on_panel_changed), &probe);
  for (int e = 0; e < N_EDITS; e++)
    {
      probe.ready = 0;
      c0 = cpu_now ();
      probe.start = g_get_monotonic_time ();
      sk_plan_move (plan, id, e % 2 ? 0.002 : -0.002, 0.001, NULL);
      while (probe.ready == 0)
        g_main_context_iteration (NULL, TRUE);
      ms[e] = (probe.ready - probe.start) / 1000.0;
      cpu_ms[e] = (cpu_now () - c0) * 1000.0;
      wait_settled (window, panel);
    }
  if ((garden_id = sk_plan_add (plan, "pluktuin", &garden, 1, NULL, &error)) == 0)
    g_error ("%s", error->message);
  wait_settled (window, panel);
  for (int e = 0; e < N_EDITS; e++)
    {
      probe.ready = 0;
      c0 = cpu_now ();
      probe.start = g_get_monotonic_time ();
      sk_plan_move (plan, garden_id, e % 2 ? 0.002 : -0.002, 0.001, NULL);
      while (probe.ready == 0)
        g_main_context_iteration (NULL, TRUE);
      other_ms[e] = (probe.ready - probe.start) / 1000.0;
      other_cpu_ms[e] = (cpu_now () - c0) * 1000.0;
      wait_settled (window, panel);
    }
  qsort (other_ms, N_EDITS, sizeof *other_ms, compare);
  qsort (cpu_ms, N_EDITS, sizeof *cpu_ms, compare);
  qsort (other_cpu_ms, N_EDITS, sizeof *other_cpu_ms, compare);
  qsort (ms, N_EDITS, sizeof *ms, compare);
  printf ("{\"renderer\": \"%s\", \"kernen\": %zu, \"stops\": %d, \"import_to_first_figures_s\": %.2f, "
          "\"buurtbus_drawn_to_figures_s\": %.3f, \"edits\": %d, "
          "\"buurtbus_move_to_ov_figures_ms\": {\"p50\": %.1f, \"p95\": %.1f, \"max\": %.1f}, "
          "\"other_idea_move_to_figures_ms\": {\"p50\": %.1f, \"p95\": %.1f, \"max\": %.1f}, "
          "\"buurtbus_move_cpu_ms_p50\": %.1f, \"other_idea_move_cpu_ms_p50\": %.1f}\n",
          g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default",
          sk_region_get_n_kernen (region), SK_SYNTH_OV_GRID * SK_SYNTH_OV_GRID, import_s, first_s,
          N_EDITS,
          ms[N_EDITS / 2], ms[N_EDITS * 95 / 100], ms[N_EDITS - 1],
          other_ms[N_EDITS / 2], other_ms[N_EDITS * 95 / 100], other_ms[N_EDITS - 1],
          cpu_ms[N_EDITS / 2], other_cpu_ms[N_EDITS / 2]);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
