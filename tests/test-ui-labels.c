/* test-ui-labels.c — names on the map: at start no name of the map lies
 * under a kern's dot (issue 13: "Meppel" was half hidden by the dots of
 * its kom), in the window sizes of a laptop and of a projector; and a
 * dot's own name (its tooltip) is set again only when it changes. */
#include <adwaita.h>
#include <math.h>

#include "sk-map-render.h"
#include "sk-test-ui.h"
#include "sk-test-util.h"
#include "sk-window.h"

/* The place names the base map draws in the window's view, as boxes in
 * the map widget's pixels. Shumate draws tiles of the whole zoom below
 * the view's and scales them up by the rest (2^fraction) around the
 * middle; the names are placed per zoom, the same in every tile. */
static GArray *
label_boxes (SkRegion *region,
             ShumateMap *map)
{
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  double zoom = shumate_viewport_get_zoom_level (viewport);
  double tile_zoom = floor (zoom), extra = pow (2, zoom - tile_zoom);
  int width = gtk_widget_get_width (GTK_WIDGET (map)), height = gtk_widget_get_height (GTK_WIDGET (map));
  int view_w = (int) ceil (width / extra), view_h = (int) ceil (height / extra);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_map_label_free);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, view_w, view_h);
  cairo_t *cr = cairo_create (surface);
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  SkMapView view;

  sk_map_view_init_centred (&view, shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                            shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                            tile_zoom, view_w, view_h);
  sk_map_render_with_labels (cr, region, &view, SK_MAP_RENDER_LABELS, labels);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  for (guint i = 0; i < labels->len; i++)
    {
      const SkMapLabel *l = g_ptr_array_index (labels, i);
      double x = (l->x - view_w / 2.0) * extra + width / 2.0;
      double y = (l->y - view_h / 2.0) * extra + height / 2.0;
      graphene_rect_t box = GRAPHENE_RECT_INIT (x - l->width * extra / 2, y - l->height * extra / 2,
                                                l->width * extra, l->height * extra);

      if (!g_str_equal (l->kind, "place"))
        continue;
      g_assert_cmpfloat (l->width, >, 0);
      g_array_append_val (boxes, box);
      if (g_test_verbose ())
        g_printerr ("%s %.0f,%.0f %.0f×%.0f\n", l->text, box.origin.x, box.origin.y,
                    box.size.width, box.size.height);
    }
  return boxes;
}

static void
check_size (gconstpointer data)
{
  const int *size = data;
  g_autoptr(GSettings) settings = g_settings_new ("io.github.samenkaart.Samenkaart");
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", NULL);
  SkWindow *window;
  ShumateMap *map;
  g_autoptr(GArray) boxes = NULL;
  g_autoptr(GList) markers = NULL;
  guint n_checked = 0;

  g_settings_reset (settings, "last-session");
  window = sk_window_new (NULL, region);
  gtk_window_set_default_size (GTK_WINDOW (window), size[0], size[1]);
  gtk_window_present (GTK_WINDOW (window));
  sk_test_run_for (1500);   /* the map settles on the region */
  map = shumate_simple_map_get_map (sk_window_get_map (window));
  boxes = label_boxes (region, map);
  /* Meppel, Hoogeveen, Dedemsvaart … are named at start. */
  g_assert_cmpuint (boxes->len, >=, 5);

  markers = shumate_marker_layer_get_markers (sk_window_get_kern_layer (window));
  for (GList *l = markers; l != NULL; l = l->next)
    {
      GtkWidget *dot = shumate_marker_get_child (l->data);
      graphene_rect_t bounds;

      if (!gtk_widget_get_mapped (dot) || !gtk_widget_compute_bounds (dot, GTK_WIDGET (map), &bounds))
        continue;
      n_checked++;
      for (guint i = 0; i < boxes->len; i++)
        if (graphene_rect_intersection (&bounds, &g_array_index (boxes, graphene_rect_t, i), NULL))
          g_error ("%d×%d: the dot of %s (%.0f,%.0f) lies on a name (%.0f,%.0f %.0f×%.0f)",
                   size[0], size[1], gtk_widget_get_tooltip_text (dot), bounds.origin.x,
                   bounds.origin.y, g_array_index (boxes, graphene_rect_t, i).origin.x,
                   g_array_index (boxes, graphene_rect_t, i).origin.y,
                   g_array_index (boxes, graphene_rect_t, i).size.width,
                   g_array_index (boxes, graphene_rect_t, i).size.height);
    }
  g_assert_cmpuint (n_checked, >=, 20);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_tooltip_set (GtkWidget  *dot,
                GParamSpec *pspec,
                guint      *count)
{
  (*count)++;
}

/* An edit that changes no kern's grade sets no dot's tooltip: each new
 * tooltip text makes GTK ask the X server where the pointer is, for
 * every kern after every edit (a tenth of an edit's work). */
static void
test_dot_names_kept (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.samenkaart.Samenkaart");
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", NULL);
  SkWindow *window;
  ShumateMap *map;
  SkReachPanel *panel;
  g_autoptr(GList) markers = NULL;
  guint count = 0;
  double w, h;

  g_settings_reset (settings, "last-session");
  window = sk_window_new (NULL, region);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  panel = sk_window_get_reach_panel (window);
  sk_test_run_for (500);
  while (sk_reach_panel_get_busy (panel))
    sk_test_run_for (50);
  markers = shumate_marker_layer_get_markers (sk_window_get_kern_layer (window));
  for (GList *l = markers; l != NULL; l = l->next)
    g_signal_connect (shumate_marker_get_child (l->data), "notify::tooltip-text",
                      G_CALLBACK (on_tooltip_set), &count);
  /* A pluktuin: the way to the GP (the panel's facility) stays the same. */
  map = shumate_simple_map_get_map (sk_window_get_map (window));
  w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "pluktuin");
  sk_map_editor_tap (sk_window_get_editor (window), w / 2, h / 2, 1);
  sk_test_run_for (300);
  while (sk_reach_panel_get_busy (panel))
    sk_test_run_for (50);
  sk_test_run_for (300);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sk_window_get_plan (window))), ==, 1);
  g_assert_cmpuint (count, ==, 0);
  for (GList *l = markers; l != NULL; l = l->next)
    g_signal_handlers_disconnect_by_data (shumate_marker_get_child (l->data), &count);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* Folders of its own: nothing left behind by other tests counts. */
  g_autofree char *home = sk_test_ui_fresh_home ("ui-labels");
  static const int laptop[] = { 1280, 800 }, projector[] = { 1024, 768 };
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  sk_test_ui_load_style ();
  g_test_add_data_func ("/ui/labels/no-name-under-a-dot/1280x800", laptop, check_size);
  g_test_add_data_func ("/ui/labels/no-name-under-a-dot/1024x768", projector, check_size);
  g_test_add_func ("/ui/labels/dot-names-kept", test_dot_names_kept);
  status = g_test_run ();
  sk_test_tmpdir_remove (home);
  return status;
}
