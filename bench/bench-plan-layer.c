/* bench-plan-layer.c — panning with 500 interventions on the map.
 *
 * Run under a display (xvfb-run -a). Builds the main window's map with the
 * offline base map and a plan layer of 500 interventions (points, lines
 * and areas spread over the Reestdal), pans it frame by frame, and prints
 * JSON: the frame-to-frame intervals from the GTK frame clock while
 * panning, and the time the plan layer alone takes to draw one frame.
 */
#include <adwaita.h>

#include "sk-base-map-source.h"
#include "sk-plan-layer.h"

static int N_FEATURES = 500;  /* argv[1] overrides */
#define N_FRAMES 300

typedef struct
{
  ShumateMap *map;
  SkPlanLayer *layer;
  GArray *intervals;  /* ms */
  gint64 last;
  guint frame;
  GMainLoop *loop;
} Bench;

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            double  p)
{
  g_array_sort (values, compare_double);
  return g_array_index (values, double, MIN (values->len - 1, (guint) (values->len * p)));
}

static void
make_features (SkRegion *region,
               GArray   *features)
{
  const SkBBox *bbox = sk_region_get_bbox (region);
  GRand *rand = g_rand_new_with_seed (42);
  static const char *icons[] = { "sk-pluktuin-symbolic", "sk-fietspad-symbolic",
                                 "sk-woonerf-symbolic" };

  for (int i = 0; i < N_FEATURES; i++)
    {
      SkFeature f = { i + 1, (SkFeatureShape) (i % 3) };
      double lat = g_rand_double_range (rand, bbox->south, bbox->north);
      double lon = g_rand_double_range (rand, bbox->west, bbox->east);

      f.n_points = f.shape == SK_FEATURE_POINT ? 1 : 4;
      f.points = g_new (SkLatLon, f.n_points);
      for (size_t p = 0; p < f.n_points; p++)
        f.points[p] = (SkLatLon) { lat + 0.002 * (p % 2), lon + 0.003 * (p / 2) };
      f.icon_name = g_strdup (icons[f.shape]);
      f.label = g_strdup_printf ("Idee %d", i + 1);
      gdk_rgba_parse (&f.colour, f.shape == SK_FEATURE_AREA ? "#c061cb" : "#26a269");
      g_array_append_val (features, f);
    }
  g_rand_free (rand);
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  Bench *b = data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  ShumateViewport *viewport = shumate_map_get_viewport (b->map);

  if (b->last != 0)
    {
      double ms = (now - b->last) / 1000.0;
      g_array_append_val (b->intervals, ms);
    }
  b->last = now;
  /* Pan east a little every frame, as a dragging hand would. */
  shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                 shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                                 shumate_location_get_longitude (SHUMATE_LOCATION (viewport)) + 0.0005);
  if (++b->frame >= N_FRAMES)
    {
      g_main_loop_quit (b->loop);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(GArray) features = g_array_new (FALSE, FALSE, sizeof (SkFeature));
  g_autoptr(GArray) draw = g_array_new (FALSE, FALSE, sizeof (double));
  Bench b = { 0 };
  GtkWidget *window;
  ShumateSimpleMap *simple;

  if (argc > 1)
    N_FEATURES = atoi (argv[1]);
  adw_init ();
  region = sk_region_load ("reestdal", NULL);
  make_features (region, features);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  simple = shumate_simple_map_new ();
  shumate_simple_map_set_map_source (simple, SHUMATE_MAP_SOURCE (sk_base_map_source_new_offline (region)));
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (simple));
  b.map = shumate_simple_map_get_map (simple);
  b.layer = sk_plan_layer_new (shumate_simple_map_get_viewport (simple));
  shumate_simple_map_add_overlay_layer (simple, SHUMATE_LAYER (b.layer));
  sk_plan_layer_set_features (b.layer, (SkFeature *) features->data, features->len);
  shumate_viewport_set_zoom_level (shumate_simple_map_get_viewport (simple), 11);
  shumate_map_center_on (b.map, 52.68, 6.35);
  gtk_window_present (GTK_WINDOW (window));

  b.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  b.loop = g_main_loop_new (NULL, FALSE);
  gtk_widget_add_tick_callback (GTK_WIDGET (b.map), on_tick, &b, NULL);
  g_main_loop_run (b.loop);

  /* The plan layer's own drawing, repeated on a steady view. */
  for (int i = 0; i < 100; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      gint64 start = g_get_monotonic_time ();
      GskRenderNode *node;
      double ms;

      GTK_WIDGET_GET_CLASS (b.layer)->snapshot (GTK_WIDGET (b.layer), snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (draw, ms);
      g_clear_pointer (&node, gsk_render_node_unref);
    }

  g_print ("{\n  \"benchmark\": \"plan-layer-pan\",\n  \"interventions\": %d,\n"
           "  \"frames\": %u,\n  \"frame_interval_ms\": {\"p50\": %.2f, \"p95\": %.2f, \"max\": %.2f},\n"
           "  \"plan_layer_draw_ms\": {\"p50\": %.2f, \"p95\": %.2f}\n}\n",
           N_FEATURES, b.intervals->len, percentile (b.intervals, 0.5),
           percentile (b.intervals, 0.95), percentile (b.intervals, 1.0),
           percentile (draw, 0.5), percentile (draw, 0.95));
  for (guint i = 0; i < features->len; i++)
    sk_feature_clear (&g_array_index (features, SkFeature, i));
  g_array_unref (b.intervals);
  g_main_loop_unref (b.loop);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
