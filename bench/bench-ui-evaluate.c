/* bench-ui-evaluate.c — from an edit on the map to the updated panel, in
 * the real window: 200 ideas on the Reestdal, then 200 moves of one of
 * them. Each move is timed from the command (sk_plan_move, what a drag
 * ends in) to the moment the panels have the new evaluation (the
 * reachability panel's ::changed, right after the MKBA panel's update),
 * and to the end of the first frame painted after that (the GTK frame
 * clock's "after-paint"). Also the main thread's CPU time over the same
 * span: the work an edit costs, which other programs on a shared machine
 * do not change the way they change the wall-clock times.
 *
 * Needs a display: xvfb-run -a build/bench/bench-ui-evaluate
 * Prints JSON. */
#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "sk-window.h"

typedef struct
{
  SkMkbaPanel *panel;
  const SkMkbaResult *seen;   /* the result shown at the start of the edit */
  gint64 start;
  gint64 updated;             /* when the panel got the new result; 0: not yet */
  gint64 ready;               /* when the evaluation reached the panels (::changed) */
  gint64 painted;             /* end of the first paint after that */
} Probe;

static void
on_after_paint (GdkFrameClock *clock,
                Probe         *probe)
{
  if (probe->start == 0 || probe->painted != 0)
    return;
  if (probe->updated == 0 && sk_mkba_panel_get_result (probe->panel) != probe->seen)
    probe->updated = g_get_monotonic_time ();
  if (g_getenv ("SKT")) g_printerr ("paint at %.1f ms\n", (g_get_monotonic_time () - probe->start) / 1000.0);
  if (probe->updated != 0)
    probe->painted = g_get_monotonic_time ();
}

static void
on_panel_changed (SkReachPanel *panel,
                  Probe        *probe)
{
  if (probe->start != 0 && probe->ready == 0)
    probe->ready = g_get_monotonic_time ();
}

/* CPU time of the calling thread, ms. */
static double
thread_cpu_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  enum { N_IDEAS = 200, N_EDITS = 200 };
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree double *ms = g_new (double, N_EDITS);
  g_autofree double *ready_ms = g_new (double, N_EDITS);
  g_autofree double *cpu_ms = g_new (double, N_EDITS);
  SkWindow *window;
  SkPlan *plan;
  GdkFrameClock *clock;
  Probe probe = { 0 };
  GRand *rand = g_rand_new_with_seed (1);
  gint64 first = 0;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_init ();
  adw_init ();
  settings = g_settings_new ("io.github.samenkaart.Samenkaart");
  g_settings_set_string (settings, "last-session", "");
  region = sk_region_load ("reestdal", &error);
  if (region == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  window = sk_window_new (NULL, region);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  plan = sk_window_get_plan (window);
  for (int i = 0; i < N_IDEAS; i++)
    {
      const SkBBox *bbox = sk_region_get_bbox (region);
      SkLatLon at = { g_rand_double_range (rand, bbox->south, bbox->north),
                      g_rand_double_range (rand, bbox->west, bbox->east) };
      const char *kinds[] = { "pluktuin", "samenwerkplaats", "dorpshuis", "mobiliteitshub" };

      if ((first = sk_plan_add (plan, kinds[i % 4], &at, 1, NULL, &error)) == 0)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  probe.panel = sk_window_get_mkba_panel (window);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &probe);
  g_signal_connect (sk_window_get_reach_panel (window), "changed", G_CALLBACK (on_panel_changed), &probe);
  /* Let the first evaluation of all 200 settle. */
  while (sk_reach_panel_get_busy (sk_window_get_reach_panel (window)) || sk_mkba_panel_get_result (probe.panel) == NULL)
    g_main_context_iteration (NULL, TRUE);
  for (int e = 0; e < N_EDITS; e++)
    {
      probe.seen = sk_mkba_panel_get_result (probe.panel);
      double cpu_start = thread_cpu_ms ();

      probe.updated = probe.painted = probe.ready = 0;
      probe.start = g_get_monotonic_time ();
      sk_plan_move (plan, first, e % 2 ? 0.002 : -0.002, 0.001, NULL);
      if (g_getenv ("SKT")) g_printerr ("move done %.1f ms\n", (g_get_monotonic_time () - probe.start) / 1000.0);
      while (probe.painted == 0)
        g_main_context_iteration (NULL, TRUE);
      cpu_ms[e] = thread_cpu_ms () - cpu_start;
      ms[e] = (probe.painted - probe.start) / 1000.0;
      ready_ms[e] = (probe.ready - probe.start) / 1000.0;
    }
  qsort (ms, N_EDITS, sizeof *ms, compare);
  qsort (ready_ms, N_EDITS, sizeof *ready_ms, compare);
  qsort (cpu_ms, N_EDITS, sizeof *cpu_ms, compare);
  printf ("{\"region\": \"reestdal\", \"interventions\": %d, \"edits\": %d, "
          "\"edit_to_panels_updated_ms\": {\"p50\": %.2f, \"p95\": %.2f, \"max\": %.2f}, "
          "\"edit_to_painted_panel_ms\": {\"p50\": %.2f, \"p95\": %.2f, \"max\": %.2f}, "
          "\"main_thread_cpu_ms\": {\"p50\": %.2f, \"p95\": %.2f}}\n",
          N_IDEAS, N_EDITS, ready_ms[N_EDITS / 2], ready_ms[N_EDITS * 95 / 100], ready_ms[N_EDITS - 1],
          ms[N_EDITS / 2], ms[N_EDITS * 95 / 100], ms[N_EDITS - 1],
          cpu_ms[N_EDITS / 2], cpu_ms[N_EDITS * 95 / 100]);
  g_rand_free (rand);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
