/* test-ui-smoke.c — the main window under Xvfb: the map has a source, the
 * kernen are on it, the tiles get drawn, and the panel actions work. */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "sk-application.h"
#include "sk-preferences-window.h"
#include "sk-test-ui.h"
#include "sk-test-util.h"
#include "sk-resources.h"
#include "sk-welcome-window.h"
#include "sk-window.h"

static SkWindow *
open_window (SkRegion *region)
{
  SkWindow *window = sk_window_new (NULL, region);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 600);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
test_window_shows_region (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", &error);
  SkWindow *window;
  ShumateSimpleMap *map;
  ShumateMapSource *source;
  g_autoptr(GList) markers = NULL;
  ShumateViewport *viewport;
  gint64 deadline;

  g_assert_no_error (error);
  window = open_window (region);
  map = sk_window_get_map (window);

  /* The map draws the region itself: no internet needed. */
  source = shumate_simple_map_get_map_source (map);
  g_assert_true (SK_IS_BASE_MAP_SOURCE (source));
  g_assert_cmpint (sk_base_map_source_get_kind (SK_BASE_MAP_SOURCE (source)), ==,
                   SK_BASE_MAP_OFFLINE);
  g_assert_nonnull (shumate_map_source_get_license (source));

  /* Every kern of the region is a marker on the map, at its place. */
  markers = shumate_marker_layer_get_markers (sk_window_get_kern_layer (window));
  g_assert_cmpuint (g_list_length (markers), ==, sk_region_get_n_kernen (region));
  for (GList *l = markers; l != NULL; l = l->next)
    {
      double lat = shumate_location_get_latitude (l->data);
      double lon = shumate_location_get_longitude (l->data);
      g_assert_true (sk_bbox_contains (sk_region_get_bbox (region), lat, lon));
    }

  /* After the first frames the map is zoomed to fit the region and its
   * tiles are drawn: a 1024×600 window needs at least 2 × 2 of them. */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (sk_base_map_source_get_n_filled (SK_BASE_MAP_SOURCE (source)) < 4
         && g_get_monotonic_time () < deadline)
    sk_test_run_for (50);
  g_assert_cmpuint (sk_base_map_source_get_n_filled (SK_BASE_MAP_SOURCE (source)), >=, 4);
  viewport = shumate_simple_map_get_viewport (map);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), >=, 8);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), <=, 13);
  {
    SkLatLon centre = sk_bbox_get_centre (sk_region_get_bbox (region));
    g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                                    centre.lat, 0.01);
    g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                                    centre.lon, 0.01);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_panel_actions (void)
{
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", NULL);
  SkWindow *window = open_window (region);
  gboolean revealed;
  AdwFlap *flap;

  sk_test_run_for (100);
  /* F9 hides and shows the toolbox, as the header button does. */
  /* The toolbox is the flap right around the map. */
  flap = ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (sk_window_get_map (window)),
                                            ADW_TYPE_FLAP));
  revealed = adw_flap_get_reveal_flap (flap);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-toolbox", NULL));
  g_assert_cmpint (adw_flap_get_reveal_flap (flap), !=, revealed);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-toolbox", NULL));
  g_assert_cmpint (adw_flap_get_reveal_flap (flap), ==, revealed);

  /* The keyboard zooms and moves the map (ShumateMap has no keys itself). */
  {
    ShumateViewport *viewport = shumate_simple_map_get_viewport (sk_window_get_map (window));
    double zoom = shumate_viewport_get_zoom_level (viewport);
    double lon = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
    sk_test_run_for (600);
    g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), >, zoom);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.pan", "(ii)", 1, 0));
    sk_test_run_for (600);
    g_assert_cmpfloat (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), >, lon);
  }

  /* "Naar de hele regio" brings a wandering map back. */
  shumate_map_center_on (shumate_simple_map_get_map (sk_window_get_map (window)), 53.2, 5.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-region", NULL));
  sk_test_run_for (1500);
  {
    ShumateViewport *viewport = shumate_simple_map_get_viewport (sk_window_get_map (window));
    SkLatLon centre = sk_bbox_get_centre (sk_region_get_bbox (region));
    g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                                    centre.lat, 0.01);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_base_map_setting (void)
{
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", NULL);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.samenkaart.Samenkaart");
  SkWindow *window = open_window (region);
  ShumateSimpleMap *map = sk_window_get_map (window);

  /* Choosing PDOK in the preferences switches the map's source … */
  g_settings_set_enum (settings, "base-map", SK_BASE_MAP_PDOK);
  g_assert_cmpint (sk_base_map_source_get_kind (SK_BASE_MAP_SOURCE (
                     shumate_simple_map_get_map_source (map))), ==, SK_BASE_MAP_PDOK);
  /* … and an MBTiles file that is not there leaves the offline map, with
   * a message instead of a blank map. */
  g_settings_set_string (settings, "mbtiles-path", "/nonexistent/kaart.mbtiles");
  g_settings_set_enum (settings, "base-map", SK_BASE_MAP_MBTILES);
  g_assert_cmpint (sk_base_map_source_get_kind (SK_BASE_MAP_SOURCE (
                     shumate_simple_map_get_map_source (map))), ==, SK_BASE_MAP_OFFLINE);
  g_settings_reset (settings, "base-map");
  g_settings_reset (settings, "mbtiles-path");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_choose_base_map (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.samenkaart.Samenkaart");
  SkPreferencesWindow *prefs = sk_preferences_window_new (NULL);
  AdwComboRow *row = NULL;
  GtkWidget *w;

  gtk_window_present (GTK_WINDOW (prefs));
  sk_test_run_for (100);
  /* Find the base-map row the way a user sees it: the first combo row. */
  for (w = GTK_WIDGET (prefs); w != NULL && row == NULL;)
    {
      if (ADW_IS_COMBO_ROW (w))
        row = ADW_COMBO_ROW (w);
      else if (gtk_widget_get_first_child (w))
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          if (w != NULL)
            w = gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (row);
  /* The offline map is the default: first in the list. */
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  /* Picking the second entry chooses PDOK, and the setting follows. */
  adw_combo_row_set_selected (row, 1);
  g_assert_cmpint (g_settings_get_enum (settings, "base-map"), ==, SK_BASE_MAP_PDOK);
  /* A change elsewhere shows in the row. */
  g_settings_set_enum (settings, "base-map", SK_BASE_MAP_OSM);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);
  g_settings_reset (settings, "base-map");
  gtk_window_destroy (GTK_WINDOW (prefs));
}

static void
test_broken_region_falls_back (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kapotte-regio.json", NULL);
  g_autofree char *problem = NULL;
  g_autoptr(SkRegion) region = NULL;

  /* A broken region file still opens the app, on the built-in region,
   * with a message that names the file. */
  g_assert_true (g_file_set_contents (path, "{\"schema\": ", -1, NULL));
  region = sk_application_load_region (path, &problem);
  g_assert_cmpstr (sk_region_get_id (region), ==, "reestdal");
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "kapotte-regio.json"));
  g_clear_pointer (&problem, g_free);
  g_clear_object (&region);

  /* A good one opens without a message. */
  region = sk_application_load_region ("reestdal", &problem);
  g_assert_null (problem);
  g_remove (path);
  g_rmdir (dir);
}

static void
test_reach_panel (void)
{
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", NULL);
  SkWindow *window = open_window (region);
  SkReachPanel *panel = sk_window_get_reach_panel (window);
  g_autoptr(GList) markers = NULL;
  double share_bike, worst_bike = 0, worst_car = 0;
  guint coloured = 0, not_known = 0;

  /* It opens on the GP, by bike, with a share of inhabitants. */
  g_assert_cmpint (sk_reach_panel_get_facility (panel), ==, SK_FACILITY_HUISARTS);
  g_assert_cmpint (sk_reach_panel_get_mode (panel), ==, SK_MODE_FIETS);
  share_bike = sk_reach_panel_get_share (panel);
  g_assert_cmpfloat (share_bike, >, 0.0);
  g_assert_cmpfloat (share_bike, <=, 1.0);
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    worst_bike = MAX (worst_bike, sk_reach_panel_get_minutes (panel, i));

  /* Every village's dot on the map carries its grade, or says that it is
   * not known whether the village has a GP. */
  markers = shumate_marker_layer_get_markers (sk_window_get_kern_layer (window));
  for (GList *l = markers; l != NULL; l = l->next)
    {
      GtkWidget *dot = shumate_marker_get_child (l->data);
      coloured += gtk_widget_has_css_class (dot, "reach-good")
                  || gtk_widget_has_css_class (dot, "reach-fair")
                  || gtk_widget_has_css_class (dot, "reach-poor");
      not_known += gtk_widget_has_css_class (dot, "reach-unknown");
    }
  g_assert_cmpuint (not_known, ==, sk_reach_panel_get_n_left_out (panel));
  g_assert_cmpuint (coloured + not_known, ==, sk_region_get_n_kernen (region));

  /* By car the furthest village is closer in time than by bike. */
  sk_reach_panel_set_mode (panel, SK_MODE_AUTO);
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    worst_car = MAX (worst_car, sk_reach_panel_get_minutes (panel, i));
  g_assert_cmpfloat (worst_car, <, worst_bike);
  g_assert_cmpfloat (sk_reach_panel_get_share (panel), >=, share_bike);

  /* Choosing the station shows it on the map too. */
  sk_reach_panel_set_facility (panel, SK_FACILITY_STATION);
  g_assert_cmpint (sk_reach_panel_get_facility (panel), ==, SK_FACILITY_STATION);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
label_contains (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
         && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
row_titled (GtkWidget     *widget,
            gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Dedemsvaart's pharmacies are not in the data
 * (data/regions/reestdal/SOURCES.md): the panel says "niet bekend" for
 * Dedemsvaart instead of a ride to the next village, says how many villages
 * it left out, and the dot on the map is hollow with the reason in its
 * tooltip. Its GPs are known: the window opens on them with a time. */
static void
test_reach_not_known (void)
{
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", NULL);
  SkWindow *window = open_window (region);
  SkReachPanel *panel = sk_window_get_reach_panel (window);
  int dedemsvaart = sk_region_find_kern (region, "dedemsvaart");
  GtkWidget *row, *left_out;
  g_autoptr(GList) markers = NULL;
  g_autofree char *expected = NULL;

  g_assert_cmpint (sk_region_get_facility_status (region, (size_t) dedemsvaart,
                                                  SK_FACILITY_APOTHEEK, NULL),
                   ==, SK_FACILITY_STATUS_UNKNOWN);
  g_assert_cmpint (sk_reach_panel_get_facility (panel), ==, SK_FACILITY_HUISARTS);
  g_assert_false (isnan (sk_reach_panel_get_minutes (panel, (size_t) dedemsvaart)));
  sk_reach_panel_set_facility (panel, SK_FACILITY_APOTHEEK);
  g_assert_true (isnan (sk_reach_panel_get_minutes (panel, (size_t) dedemsvaart)));
  g_assert_cmpint (sk_reach_panel_get_grade (panel, (size_t) dedemsvaart), ==, SK_REACH_GRADE_UNKNOWN);

  row = sk_test_find_widget (GTK_WIDGET (panel), row_titled, "Dedemsvaart");
  g_assert_nonnull (row);
  g_assert_nonnull (sk_test_find_widget (row, label_contains, "niet bekend"));
  g_assert_null (sk_test_find_widget (row, label_contains, "min"));

  g_assert_cmpuint (sk_reach_panel_get_n_left_out (panel), >, 0);
  expected = g_strdup_printf ("%u kernen niet meegeteld: niet bekend",
                              sk_reach_panel_get_n_left_out (panel));
  left_out = sk_test_find_widget (GTK_WIDGET (panel), label_contains, expected);
  g_assert_nonnull (left_out);
  g_assert_nonnull (sk_test_find_widget (GTK_WIDGET (panel), label_contains, "meegetelde kernen"));
  g_assert_null (sk_test_find_widget (GTK_WIDGET (panel), label_contains, "Mist er een"));

  /* Bus stops: no kern says whether its list is complete, so the panel
   * says the times may be too long instead of nothing. */
  g_assert_cmpuint (sk_region_count_facility_status (region, SK_FACILITY_BUSHALTE,
                                                     SK_FACILITY_STATUS_NOT_RECORDED),
                    ==, sk_region_get_n_kernen (region));
  sk_reach_panel_set_facility (panel, SK_FACILITY_BUSHALTE);
  g_assert_nonnull (sk_test_find_widget (GTK_WIDGET (panel), label_contains,
                                         "Mist er een, dan is de echte reistijd korter"));
  sk_reach_panel_set_facility (panel, SK_FACILITY_HUISARTS);
  g_assert_null (sk_test_find_widget (GTK_WIDGET (panel), label_contains, "Mist er een"));
  sk_reach_panel_set_facility (panel, SK_FACILITY_APOTHEEK);

  markers = shumate_marker_layer_get_markers (sk_window_get_kern_layer (window));
  for (GList *l = markers; l != NULL; l = l->next)
    {
      GtkWidget *dot = shumate_marker_get_child (l->data);

      if (g_object_get_data (G_OBJECT (dot), "sk-kern-index") != GSIZE_TO_POINTER (dedemsvaart))
        continue;
      g_assert_true (gtk_widget_has_css_class (dot, "reach-unknown"));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (dot), ==, "Dedemsvaart — Apotheek: niet bekend");
    }

  /* A type Dedemsvaart is known to have: a time again, nothing left out there. */
  sk_reach_panel_set_facility (panel, SK_FACILITY_SUPERMARKT);
  g_assert_false (isnan (sk_reach_panel_get_minutes (panel, (size_t) dedemsvaart)));
  g_assert_null (sk_test_find_widget (row, label_contains, "niet bekend"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* F11 presents: large type, the toolbox out of the way, the results
 * beside the map; Escape gives the room back as it was. */
static void
test_presentation_mode (void)
{
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", NULL);
  SkWindow *window = open_window (region);
  AdwFlap *toolbox = ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (sk_window_get_map (window)),
                                                        ADW_TYPE_FLAP));
  AdwFlap *indicators = ADW_FLAP (gtk_widget_get_ancestor (gtk_widget_get_parent (GTK_WIDGET (toolbox)),
                                                           ADW_TYPE_FLAP));
  gboolean toolbox_shown, indicators_shown;

  sk_test_run_for (100);
  toolbox_shown = adw_flap_get_reveal_flap (toolbox);
  indicators_shown = adw_flap_get_reveal_flap (indicators);
  /* Escape does nothing special when not presenting. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-presenting", NULL);
  g_assert_false (sk_window_get_presenting (window));
  g_assert_cmpint (adw_flap_get_reveal_flap (toolbox), ==, toolbox_shown);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_true (sk_window_get_presenting (window));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  g_assert_false (adw_flap_get_reveal_flap (toolbox));
  g_assert_true (adw_flap_get_reveal_flap (indicators));
  /* Beside the map, never over the plan (issue 13; test-ui-atelier). */
  g_assert_false (adw_flap_get_folded (indicators));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-presenting", NULL));
  g_assert_false (sk_window_get_presenting (window));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  g_assert_cmpint (adw_flap_get_reveal_flap (toolbox), ==, toolbox_shown);
  g_assert_cmpint (adw_flap_get_reveal_flap (indicators), ==, indicators_shown);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first-run welcome: three pages, "Volgende" through them, and
 * "Beginnen" closes it for good. */
static void
set_flag (gboolean *flag)
{
  *flag = TRUE;
}

static void
test_welcome (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.samenkaart.Samenkaart");
  SkWelcomeWindow *welcome;
  gboolean closed = FALSE;

  g_settings_reset (settings, "welcome-shown");
  welcome = sk_welcome_window_new (NULL);
  g_signal_connect_swapped (welcome, "destroy", G_CALLBACK (set_flag), &closed);
  gtk_window_present (GTK_WINDOW (welcome));
  sk_test_run_for (100);
  g_assert_cmpuint (sk_welcome_window_get_n_pages (welcome), ==, 3);
  g_assert_cmpuint (sk_welcome_window_get_page (welcome), ==, 0);
  sk_welcome_window_next (welcome);
  g_assert_cmpuint (sk_welcome_window_get_page (welcome), ==, 1);
  sk_welcome_window_next (welcome);
  g_assert_cmpuint (sk_welcome_window_get_page (welcome), ==, 2);
  g_assert_false (g_settings_get_boolean (settings, "welcome-shown"));
  sk_welcome_window_next (welcome);
  sk_test_run_for (100);
  g_assert_true (closed);
  g_assert_true (g_settings_get_boolean (settings, "welcome-shown"));
}

static void
on_css_error (GtkCssProvider *provider,
              GtkCssSection  *section,
              GError         *error,
              guint          *n_errors)
{
  g_test_message ("style.css: %s", error->message);
  (*n_errors)++;
}

/* The stylesheet parses without a single error (a broken rule would
 * silently drop every rule after it). */
static void
test_stylesheet_parses (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  guint n_errors = 0;

  (void) sk_get_resource ();
  g_signal_connect (provider, "parsing-error", G_CALLBACK (on_css_error), &n_errors);
  gtk_css_provider_load_from_resource (provider, "/io/github/samenkaart/Samenkaart/style.css");
  g_assert_cmpuint (n_errors, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* Folders of its own: nothing left behind by other tests counts. */
  g_autofree char *home = sk_test_ui_fresh_home ("ui-smoke");
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/window-shows-region", test_window_shows_region);
  g_test_add_func ("/ui/panel-actions", test_panel_actions);
  g_test_add_func ("/ui/base-map-setting", test_base_map_setting);
  g_test_add_func ("/ui/preferences-choose-base-map", test_preferences_choose_base_map);
  g_test_add_func ("/ui/broken-region-falls-back", test_broken_region_falls_back);
  g_test_add_func ("/ui/reach-panel", test_reach_panel);
  g_test_add_func ("/ui/reach-not-known", test_reach_not_known);
  g_test_add_func ("/ui/presentation-mode", test_presentation_mode);
  g_test_add_func ("/ui/welcome", test_welcome);
  g_test_add_func ("/ui/stylesheet-parses", test_stylesheet_parses);
  status = g_test_run ();
  sk_test_tmpdir_remove (home);
  return status;
}
