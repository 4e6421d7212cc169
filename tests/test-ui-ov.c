/* test-ui-ov.c — "Met bus en trein" in the window, as a user meets it:
 * no timetable yet (said plainly, with the import button), a broken feed
 * (a Dutch message, nothing changed), a feed read in (figures per kern),
 * a buurtbus drawn from a village without a stop to the station (its time
 * to Zwolle before → after, the share within the hour), its dots on the
 * map, and a session of an older version with the buurtbus as a point.
 *
 * The region (tests/fixtures/gtfs/ovui-region.json): Halteburg (3,000
 * inhabitants) has a train to Zwolle every 10 minutes taking 15
 * (tests/fixtures/gtfs/ovui); Zonderbus (1,000) lies 6.8 km east, too far
 * to walk to the station. So before any plan 75 % of the inhabitants are
 * within an hour of Zwolle or Emmen, and Zonderbus is not. */
#include "sk-config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sk-ov-panel.h"
#include "sk-session.h"
#include "sk-store.h"
#include "sk-test-ui.h"
#include "sk-test-util.h"
#include "sk-window.h"

#define HALTEBURG 0
#define ZONDERBUS 1

static const SkLatLon zonderbus = { 52.600, 6.300 };
static const SkLatLon station = { 52.600, 6.200 };

static SkWindow *
open_window_on (const char *region_file)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.samenkaart.Samenkaart");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "gtfs", region_file, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load (path, &error);
  SkWindow *window;

  g_assert_no_error (error);
  g_settings_reset (settings, "last-session");
  window = sk_window_new (NULL, region);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  sk_test_run_for (300);
  return window;
}

static SkWindow *
open_window (void)
{
  return open_window_on ("ovui-region.json");
}

static SkOvPanel *
ov_panel (SkWindow *window)
{
  GtkWidget *panel = sk_test_find_named (GTK_WIDGET (window), "ov-panel");

  g_assert_true (SK_IS_OV_PANEL (panel));
  return SK_OV_PANEL (panel);
}

/* The evaluation runs in the background: wait for the newest figures
 * (at most 30 s; a test that hangs says nothing). */
static void
wait_for_figures (SkWindow *window)
{
  gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  sk_test_run_for (100);
  while ((sk_reach_panel_get_busy (sk_window_get_reach_panel (window))
          || !sk_ov_panel_has_figures (ov_panel (window)))
         && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  sk_test_run_for (100);
}

static GtkWindow *
find_toplevel (const char *name)
{
  g_autoptr(GList) all = gtk_window_list_toplevels ();

  for (GList *l = all; l != NULL; l = l->next)
    if (g_strcmp0 (gtk_widget_get_name (l->data), name) == 0 && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static GtkWindow *
wait_for_toplevel (const char *name)
{
  gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  GtkWindow *found = NULL;

  while ((found = find_toplevel (name)) == NULL && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  return found;
}

/* A copy of the fixture feed in DIR without FILE (NULL: complete). */
static char *
copy_feed (const char *dir,
           const char *without)
{
  const char *const files[] = { "agency.txt", "stops.txt", "routes.txt", "trips.txt",
                                "stop_times.txt", "calendar.txt" };
  char *feed = g_build_filename (dir, "feed", NULL);

  g_assert_cmpint (g_mkdir_with_parents (feed, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *from = g_test_build_filename (G_TEST_DIST, "fixtures", "gtfs", "ovui", files[i], NULL);
      g_autofree char *to = g_build_filename (feed, files[i], NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (g_strcmp0 (files[i], without) == 0)
        continue;
      g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (to, contents, (gssize) length, NULL));
    }
  return feed;
}

static void
import_feed (SkWindow   *window,
             const char *path)
{
  g_autoptr(GFile) feed = g_file_new_for_path (path);

  sk_window_ov_import (window, feed);
}

/* No timetable yet: said plainly, with the import button; a feed without
 * stops.txt gets a Dutch message naming the file, and nothing changes. */
static void
test_no_feed_and_broken_feed (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("ui-ov-broken");
  g_autofree char *feed = copy_feed (dir, "stops.txt");
  SkWindow *window = open_window ();
  SkOvPanel *panel = ov_panel (window);
  GtkWidget *button;
  GtkWindow *dialog;
  g_autofree char *path = NULL;

  g_assert_false (sk_ov_panel_has_figures (panel));
  g_assert_nonnull (strstr (sk_ov_panel_get_headline (panel), "geen dienstregeling"));
  button = sk_test_find_type (GTK_WIDGET (panel), GTK_TYPE_BUTTON);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.import-gtfs");
  g_assert_true (gtk_widget_is_visible (button));

  import_feed (window, feed);
  dialog = wait_for_toplevel ("ov-import-error");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "stops.txt"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "niets veranderd"));
  gtk_window_destroy (dialog);
  /* Nothing half-written beside the region. */
  path = sk_timetable_path_for_region (sk_window_get_region (window));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (sk_ov_panel_has_figures (panel));
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_tmpdir_remove (dir);
}

/* Taps the map at a place; the map is centred and zoomed to show both. */
static void
tap_at (SkWindow       *window,
        const SkLatLon *at)
{
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  double x, y;

  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (map), at->lat, at->lon, &x, &y);
  sk_map_editor_tap (sk_window_get_editor (window), x, y, 1);
}

static void
draw_buurtbus (SkWindow *window)
{
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));

  shumate_map_center_on (map, 52.600, 6.250);
  shumate_viewport_set_zoom_level (shumate_map_get_viewport (map), 12);
  sk_test_run_for (200);
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "buurtbus");
  tap_at (window, &zonderbus);
  tap_at (window, &station);
  g_assert_true (sk_map_editor_key (sk_window_get_editor (window), GDK_KEY_Return));
}

static gboolean
is_param_spin (GtkWidget     *widget,
               gconstpointer  param)
{
  return GTK_IS_SPIN_BUTTON (widget)
         && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "sk-param"), param) == 0;
}

/* Scrolls the results so that "Met bus en trein" is in view, for a
 * screenshot to look at. */
static void
show_panel (SkWindow *window)
{
  GtkWidget *panel = GTK_WIDGET (ov_panel (window));
  GtkWidget *scrolled = gtk_widget_get_ancestor (panel, GTK_TYPE_SCROLLED_WINDOW);
  graphene_point_t at;

  if (scrolled == NULL)
    return;
  if (gtk_widget_compute_point (panel, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                &GRAPHENE_POINT_INIT (0, 0), &at))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                              at.y - 40);
  sk_test_run_for (200);
}

/* The dot of kern NAME on the map: its grade's style class. */
static gboolean
dot_has_class (SkWindow   *window,
               const char *name,
               const char *klass)
{
  g_autoptr(GList) markers = shumate_marker_layer_get_markers (sk_window_get_kern_layer (window));

  for (GList *l = markers; l != NULL; l = l->next)
    {
      GtkWidget *button = shumate_marker_get_child (l->data);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (button), "sk-kern-name"), name) == 0)
        return gtk_widget_has_css_class (button, klass);
    }
  g_assert_not_reached ();
}

static gboolean
has_css_name (GtkWidget     *widget,
              gconstpointer  name)
{
  return g_str_equal (gtk_widget_get_css_name (widget), name) && gtk_widget_get_visible (widget);
}

/* The toast shown, once it has slid in, does not overlap the widget
 * named NAME. */
static void
assert_toast_clear_of (SkWindow   *window,
                       const char *name)
{
  GtkWidget *toast, *control = sk_test_find_named (GTK_WIDGET (window), name);
  graphene_rect_t a, b;

  sk_test_run_for (600);
  toast = sk_test_find_widget (GTK_WIDGET (window), has_css_name, "toast");
  g_assert_nonnull (toast);
  g_assert_nonnull (control);
  g_assert_true (gtk_widget_compute_bounds (toast, GTK_WIDGET (window), &a));
  g_assert_true (gtk_widget_compute_bounds (control, GTK_WIDGET (window), &b));
  g_assert_false (graphene_rect_intersection (&a, &b, NULL));
  /* And it lies over the map, not over the results panel's text. */
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (sk_window_get_map (window)),
                                            GTK_WIDGET (window), &b));
  g_assert_true (graphene_rect_contains_rect (&b, &a));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (sk_window_get_reach_panel (window)),
                                            GTK_WIDGET (window), &b));
  g_assert_false (graphene_rect_intersection (&a, &b, NULL));
  sk_test_ui_shot ("ov-toast");
}

/* The villages' names and dots are drawn after (over) the plan: the
 * buurtbus line from Halteburg covered its name. The fit tint lies
 * under both. */
static void
assert_villages_on_top (SkWindow *window)
{
  GtkWidget *plan = GTK_WIDGET (sk_window_get_plan_layer (window));
  GtkWidget *kern = GTK_WIDGET (sk_window_get_kern_layer (window));
  GtkWidget *w;

  for (w = gtk_widget_get_next_sibling (plan); w != NULL && w != kern; w = gtk_widget_get_next_sibling (w))
    ;
  g_assert_true (w == kern);
}

static void
test_import_and_buurtbus (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("ui-ov-feed");
  g_autofree char *feed = copy_feed (dir, NULL);
  SkWindow *window = open_window ();
  SkOvPanel *panel = ov_panel (window);
  GtkWidget *spin, *on_map;
  double share_before;

  import_feed (window, feed);
  /* The progress shows at once, with Annuleren. */
  g_assert_nonnull (find_toplevel ("ov-import-progress"));
  wait_for_figures (window);
  g_assert_null (find_toplevel ("ov-import-progress"));
  g_assert_true (sk_ov_panel_has_figures (panel));
  /* Halteburg is on the line, Zonderbus has no way within three hours. */
  g_assert_cmpfloat (sk_ov_panel_get_minutes (panel, HALTEBURG, FALSE), <, 30);
  g_assert_true (isnan (sk_ov_panel_get_minutes (panel, ZONDERBUS, FALSE)));
  share_before = sk_ov_panel_get_share (panel, FALSE);
  g_assert_cmpfloat_with_epsilon (share_before, 0.75, 1e-9);
  /* "Dienstregeling ingelezen: …" covers none of the map's controls. */
  assert_toast_clear_of (window, "legend-button");
  g_assert_nonnull (strstr (sk_ov_panel_get_headline (panel), "Zwolle of Emmen: 75 %"));
  show_panel (window);
  sk_test_ui_shot ("ov-before");

  /* A buurtbus from Zonderbus to the station, once an hour: Zonderbus
   * gets a time, but not within the hour. */
  draw_buurtbus (window);
  wait_for_figures (window);
  assert_villages_on_top (window);
  g_assert_true (isnan (sk_ov_panel_get_minutes (panel, ZONDERBUS, FALSE)));
  g_assert_false (isnan (sk_ov_panel_get_minutes (panel, ZONDERBUS, TRUE)));
  g_assert_cmpfloat (sk_ov_panel_get_minutes (panel, ZONDERBUS, TRUE), >, 60);

  /* Every quarter of an hour: Zonderbus comes within the hour, and so
   * does everyone. */
  spin = sk_test_find_widget (GTK_WIDGET (window), is_param_spin, "minuten_tussen_ritten");
  g_assert_nonnull (spin);
  /* Its row says what is usual and that this is an assumption. */
  {
    GtkWidget *row = gtk_widget_get_ancestor (spin, ADW_TYPE_ACTION_ROW);
    const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));

    g_assert_nonnull (strstr (subtitle, "meestal 60 (30 – 120), aanname"));
  }
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 15);
  wait_for_figures (window);
  sk_test_ui_shot ("ov-inspector");
  g_assert_cmpfloat (sk_ov_panel_get_minutes (panel, ZONDERBUS, TRUE), <=, 60);
  g_assert_cmpfloat_with_epsilon (sk_ov_panel_get_share (panel, FALSE), 0.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (sk_ov_panel_get_share (panel, TRUE), 1.0, 1e-9);
  g_assert_nonnull (strstr (sk_ov_panel_get_headline (panel), "75 % → 100 %"));

  /* The session keeps the question, for the report and the next time. */
  {
    g_autofree char *question = sk_store_dup_setting (sk_session_get_store (sk_window_get_session (window)),
                                                      "ov.question");

    g_assert_nonnull (question);
    g_assert_nonnull (strstr (question, " 07:00-09:00 lopen Zwolle,Emmen"));
  }

  /* On the map: Zonderbus's dot in the grade "within the hour". */
  on_map = sk_test_find_named (GTK_WIDGET (panel), "ov-on-map");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (on_map), TRUE);
  g_assert_true (dot_has_class (window, "Zonderbus", sk_reach_grade_to_css_class (SK_REACH_GRADE_GOOD)));
  show_panel (window);
  sk_test_ui_shot ("ov-after");
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_tmpdir_remove (dir);
}

static gboolean
is_group_titled (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_PREFERENCES_GROUP (widget)
         && g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
}

/* A session saved with the buurtbus as a point: it opens, is on the map
 * and in the MKBA, and the inspector says it has no route. */
static void
test_old_point_buurtbus (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("ui-ov-old");
  g_autofree char *path = g_build_filename (dir, "oud.samenkaart", NULL);
  SkStoreMetadata metadata = { (char *) "Oude sessie", (char *) "Zonderbus" };
  SkStoreAction add = { SK_STORE_OP_ADD, .kind = "buurtbus",
                        .geometry = "{\"type\":\"Point\",\"coordinates\":[6.30,52.60]}" };
  g_autoptr(SkStore) store = sk_store_create (path, &metadata, NULL);
  SkWindow *window;
  SkIntervention *iv;
  GtkWidget *group;

  g_assert_cmpint (sk_store_apply (store, &add, NULL, NULL), >, 0);
  g_clear_object (&store);
  window = open_window ();
  g_assert_true (sk_window_open_session (window, path));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sk_window_get_plan (window))), ==, 1);
  iv = g_list_model_get_item (G_LIST_MODEL (sk_window_get_plan (window)), 0);
  g_assert_cmpint (sk_intervention_get_geometry (iv), ==, SK_GEOMETRY_POINT);
  g_assert_nonnull (sk_plan_layer_get_feature (sk_window_get_plan_layer (window), sk_intervention_get_id (iv)));
  wait_for_figures (window);
  g_assert_cmpuint (sk_mkba_panel_get_result (sk_window_get_mkba_panel (window))->n_interventions, ==, 1);
  /* Its figures for bus and train say it does not count there. */
  g_assert_true (sk_ov_panel_has_figures (ov_panel (window)));
  g_assert_true (isnan (sk_ov_panel_get_minutes (ov_panel (window), ZONDERBUS, TRUE)));
  /* A tap on it shows its properties. */
  shumate_map_center_on (shumate_simple_map_get_map (sk_window_get_map (window)), zonderbus.lat, zonderbus.lon);
  sk_test_run_for (200);
  tap_at (window, &zonderbus);
  sk_test_run_for (100);
  g_assert_cmpint (sk_plan_layer_get_selected (sk_window_get_plan_layer (window)), ==,
                   sk_intervention_get_id (iv));
  group = sk_test_find_widget (GTK_WIDGET (window), is_group_titled, "Buurtbus");
  g_assert_nonnull (group);
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                            "geen route"));
  g_object_unref (iv);
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_tmpdir_remove (dir);
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
         && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

/* "Hier is ook een huisarts" on the first village of a region without
 * any facility: the reach panel comes alive at once (it chose its types
 * when it was made, and stayed empty until the window was reopened). */
static void
add_gp_by_correction (SkWindow *window)
{
  SkReachPanel *reach = sk_window_get_reach_panel (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  const SkKern *kern = sk_region_get_kern (sk_window_get_region (window), 0);
  GtkWidget *popover, *button;
  double x, y;

  shumate_map_center_on (map, kern->lat, kern->lon);
  sk_test_run_for (200);
  shumate_viewport_location_to_widget_coords (shumate_map_get_viewport (map), GTK_WIDGET (map),
                                              kern->lat, kern->lon, &x, &y);
  g_signal_emit_by_name (sk_window_get_editor (window), "context", (gint64) 0, x, y);
  sk_test_run_for (100);
  popover = sk_test_find_named (GTK_WIDGET (map), "correction-popover");
  g_assert_nonnull (popover);
  button = sk_test_find_named (popover, "correction-huisarts");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  sk_test_run_for (300);
  while (sk_reach_panel_get_busy (reach))
    g_main_context_iteration (NULL, TRUE);
  sk_test_run_for (100);
  g_assert_cmpint (sk_reach_panel_get_facility (reach), ==, SK_FACILITY_HUISARTS);
  g_assert_false (isnan (sk_reach_panel_get_minutes (reach, 0)));
  g_assert_true (gtk_widget_is_visible (sk_test_find_type (GTK_WIDGET (reach), GTK_TYPE_DROP_DOWN)));
  g_assert_null (sk_test_find_widget (GTK_WIDGET (reach), is_label_containing,
                                      "geen huisarts, school, winkel"));
}

/* A region with villages but no facility at all (ov-region.json: a
 * region made for bus and train only) opens without a GLib critical
 * (the tests make those fatal): the village dots ask the reach panel for
 * a time it has no type for. The panel says why it shows no times,
 * instead of "De afstanden worden berekend…" for ever. */
static void
test_region_without_facilities (void)
{
  SkWindow *window = open_window_on ("ov-region.json");
  SkReachPanel *reach = sk_window_get_reach_panel (window);

  sk_test_run_for (300);
  g_assert_cmpint (sk_reach_panel_get_facility (reach), ==, SK_FACILITY_INVALID);
  g_assert_true (isnan (sk_reach_panel_get_minutes (reach, 0)));
  g_assert_cmpint (sk_reach_panel_get_grade (reach, 0), ==, SK_REACH_GRADE_NONE);
  g_assert_true (isnan (sk_reach_panel_get_share_before (reach)));
  g_assert_nonnull (sk_test_find_widget (GTK_WIDGET (reach), is_label_containing,
                                         "geen huisarts, school, winkel"));
  g_assert_null (sk_test_find_widget (GTK_WIDGET (reach), is_label_containing, "worden berekend"));
  /* Nothing to choose: no dropdown showing GTK's untranslated "(None)". */
  g_assert_false (gtk_widget_is_visible (sk_test_find_type (GTK_WIDGET (reach), GTK_TYPE_DROP_DOWN)));
  sk_test_ui_shot ("reach-no-facilities");
  add_gp_by_correction (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = sk_test_tmpdir_new ("ui-ov-data");
  int status;

  /* A data folder of its own: the timetable is kept there per region. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  sk_test_ui_load_style ();

  g_test_add_func ("/ui/ov/no-feed-and-broken-feed", test_no_feed_and_broken_feed);
  g_test_add_func ("/ui/ov/import-and-buurtbus", test_import_and_buurtbus);
  g_test_add_func ("/ui/ov/old-point-buurtbus", test_old_point_buurtbus);
  g_test_add_func ("/ui/ov/region-without-facilities", test_region_without_facilities);
  status = g_test_run ();
  sk_test_tmpdir_remove (home);
  return status;
}
