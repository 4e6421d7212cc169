/* test-ui-region.c — regions from the window, under Xvfb: a new region
 * read from an OpenStreetMap extract with its progress bar (and cancelled,
 * and from a broken file), the region manager, "Zoek een plaats of
 * straat" and the legend. */
#include <adwaita.h>
#include <math.h>
#include <glib/gstdio.h>

#include "sk-area-layer.h"
#include "sk-legend.h"
#include "sk-new-session-dialog.h"
#include "sk-place-search.h"
#include "sk-region-import-dialog.h"
#include "sk-region-installed.h"
#include "sk-region-manager.h"
#include "sk-test-ui.h"
#include "sk-test-util.h"
#include "sk-window.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

static SkRegion *
reestdal (void)
{
  static SkRegion *region;

  if (region == NULL)
    region = sk_region_load ("reestdal", NULL);
  g_assert_nonnull (region);
  return region;
}

static SkWindow *
open_window (void)
{
  SkWindow *window = sk_window_new (NULL, reestdal ());

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 640);
  gtk_window_present (GTK_WINDOW (window));
  sk_test_run_for (100);
  return window;
}

/* The toplevel of TYPE, e.g. the dialog an action opened. */
static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WIDGET (window);
    }
  return NULL;
}

/* Entries of the installed-regions folder, temporary ones included. */
static guint
count_region_folders (void)
{
  g_autofree char *root = sk_region_installed_root ();
  g_autoptr(GDir) dir = g_dir_open (root, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* A main window other than WINDOW. */
static SkWindow *
other_window (SkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (SK_IS_WINDOW (w) && w != G_OBJECT (window))
        return SK_WINDOW (w);
    }
  return NULL;
}

typedef struct
{
  guint n_moves;          /* changes of the bar's fraction between 0 and 1 */
  double max_fraction;
  gboolean imported;
  char *id;
} Watch;

static void
on_fraction (GtkProgressBar *bar,
             GParamSpec     *pspec,
             Watch          *watch)
{
  double f = gtk_progress_bar_get_fraction (bar);

  if (f > 0 && f < 1)
    watch->n_moves++;
  watch->max_fraction = MAX (watch->max_fraction, f);
}

static void
on_imported (SkRegionImportDialog *dialog,
             const char           *id,
             const char           *name,
             Watch                *watch)
{
  watch->imported = TRUE;
  watch->id = g_strdup (id);
}

static SkRegionImportDialog *
open_import_dialog (SkWindow *window,
                    Watch    *watch)
{
  SkRegionImportDialog *dialog;
  GtkWidget *bar;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.import-region", NULL);
  dialog = SK_REGION_IMPORT_DIALOG (find_toplevel (SK_TYPE_REGION_IMPORT_DIALOG));
  g_assert_nonnull (dialog);
  bar = sk_test_find_named (GTK_WIDGET (dialog), "import-progress");
  g_assert_true (GTK_IS_PROGRESS_BAR (bar));
  g_signal_connect (bar, "notify::fraction", G_CALLBACK (on_fraction), watch);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), watch);
  return dialog;
}

static gboolean
page_is (SkRegionImportDialog *dialog,
         const char           *name)
{
  GtkStack *stack = GTK_STACK (sk_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_STACK));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), name) == 0;
}

static void
wait_until_done (SkRegionImportDialog *dialog,
                 Watch                *watch)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!watch->imported && sk_region_import_dialog_is_running (dialog)
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (sk_region_import_dialog_is_running (dialog) && !watch->imported);
}

static void
test_import (void)
{
  SkWindow *window = open_window ();
  Watch watch = { 0 };
  g_autofree char *extract = fixture_path ("liechtenstein-2015.osm.pbf");
  g_autoptr(GPtrArray) installed = NULL;
  g_autoptr(GObject) dialog_ref = NULL;
  SkRegionImportDialog *dialog = open_import_dialog (window, &watch);
  SkNewSessionDialog *new_session;
  SkWindow *other;
  g_autofree char *session_path = NULL;
  GListModel *choices;
  SkBBox area = { 47.04, 9.47, 47.27, 9.62 };   /* the Rhine valley, Balzers to Schaanwald */
  SkBBox got;
  guint found = G_MAXUINT;

  dialog_ref = g_object_ref (G_OBJECT (dialog));
  sk_region_import_dialog_set_file (dialog, extract);
  sk_region_import_dialog_set_name (dialog, "Rijndal");
  sk_area_layer_set_area (sk_region_import_dialog_get_area (dialog), &area);
  g_assert_true (sk_area_layer_get_area (sk_region_import_dialog_get_area (dialog), &got));
  g_assert_cmpfloat (got.south, ==, area.south);

  sk_region_import_dialog_start (dialog);
  /* At once the progress page, with Annuleren. */
  g_assert_true (page_is (dialog, "progress"));
  g_assert_true (sk_region_import_dialog_is_running (dialog));
  wait_until_done (dialog, &watch);
  g_assert_true (watch.imported);
  g_test_message ("progress bar: %u steps, up to %.2f", watch.n_moves, watch.max_fraction);
  /* The bar moved on its way, and the dialog went when it was done. */
  g_assert_cmpuint (watch.n_moves, >=, 2);
  g_assert_cmpfloat (watch.max_fraction, >, 0.3);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  installed = sk_region_list_installed ();
  g_assert_cmpuint (installed->len, ==, 1);
  g_assert_cmpstr (((SkInstalledRegion *) g_ptr_array_index (installed, 0))->name, ==, "Rijndal");

  /* The new region is one of the choices for a new session. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-session", NULL);
  new_session = SK_NEW_SESSION_DIALOG (find_toplevel (SK_TYPE_NEW_SESSION_DIALOG));
  g_assert_nonnull (new_session);
  choices = adw_combo_row_get_model (ADW_COMBO_ROW (sk_test_find_type (GTK_WIDGET (new_session),
                                                                       ADW_TYPE_COMBO_ROW)));
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (choices), i), "Rijndal"))
      found = i;
  g_assert_cmpuint (found, <, G_MAXUINT);
  adw_combo_row_set_selected (ADW_COMBO_ROW (sk_test_find_type (GTK_WIDGET (new_session),
                                                                ADW_TYPE_COMBO_ROW)), found);
  g_assert_cmpstr (sk_new_session_dialog_get_region_id (new_session), ==, watch.id);
  g_assert_true (sk_bbox_contains (sk_region_get_bbox (sk_new_session_dialog_get_region (new_session)),
                                   47.14, 9.52));
  /* Beginnen: the session opens in a window of its own, on the new region's map. */
  sk_new_session_dialog_accept (new_session);
  sk_test_run_for (200);
  other = other_window (window);
  g_assert_nonnull (other);
  g_assert_cmpstr (sk_region_get_id (sk_window_get_region (other)), ==, watch.id);
  g_assert_nonnull (sk_window_get_session (other));
  g_assert_cmpstr (sk_store_get_metadata (sk_session_get_store (sk_window_get_session (other)))->region_id,
                   ==, watch.id);
  session_path = g_strdup (sk_store_get_path (sk_session_get_store (sk_window_get_session (other))));
  gtk_window_destroy (GTK_WINDOW (other));
  sk_test_run_for (100);

  /* Opened again later from the Reestdal window, it comes back on its own map. */
  g_assert_true (sk_window_open_session (window, session_path));
  other = other_window (window);
  g_assert_nonnull (other);
  g_assert_cmpstr (sk_region_get_id (sk_window_get_region (other)), ==, watch.id);
  g_assert_cmpstr (sk_store_get_path (sk_session_get_store (sk_window_get_session (other))), ==, session_path);
  gtk_window_destroy (GTK_WINDOW (other));

  /* Over the region's road network the first search runs in a worker:
   * the panel is there at once, says it is busy, and then has figures. */
  {
    g_autoptr(SkRegion) imported = sk_region_load (watch.id, NULL);
    SkReachPanel *panel;

    g_assert_nonnull (imported);
    g_assert_nonnull (sk_region_get_network (imported));
    panel = g_object_ref_sink (sk_reach_panel_new (imported));
    g_assert_true (sk_reach_panel_get_busy (panel));
    g_assert_true (isnan (sk_reach_panel_get_share (panel)));
    while (sk_reach_panel_get_busy (panel))
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpfloat (sk_reach_panel_get_share (panel), >=, 0);
    g_assert_cmpfloat (sk_reach_panel_get_share (panel), <=, 1);
    g_object_unref (panel);
  }

  g_assert_true (sk_region_installed_remove (watch.id, NULL));
  g_free (watch.id);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_cancel (void)
{
  SkWindow *window = open_window ();
  Watch watch = { 0 };
  g_autofree char *extract = fixture_path ("liechtenstein-2015.osm.pbf");
  SkRegionImportDialog *dialog = open_import_dialog (window, &watch);
  g_autoptr(GObject) dialog_ref = NULL;
  GtkWidget *cancel;

  sk_region_import_dialog_set_file (dialog, extract);
  /* The name comes from the file. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sk_test_find_type (GTK_WIDGET (dialog),
                                                                         ADW_TYPE_ENTRY_ROW))),
                   ==, "liechtenstein-2015");
  sk_region_import_dialog_start (dialog);
  cancel = sk_test_find_named (GTK_WIDGET (dialog), "import-cancel");
  g_assert_true (gtk_widget_is_visible (cancel));
  g_signal_emit_by_name (cancel, "clicked");
  wait_until_done (dialog, &watch);

  g_assert_false (watch.imported);
  g_assert_true (page_is (dialog, "choose"));
  g_assert_cmpstr (sk_region_import_dialog_get_error (dialog), ==,
                   "Het inlezen is gestopt. Er is niets bewaard.");
  g_assert_cmpuint (count_region_folders (), ==, 0);

  /* Closing the dialog during an import stops it too, and leaves nothing. */
  dialog_ref = g_object_ref (G_OBJECT (dialog));
  sk_region_import_dialog_start (dialog);
  g_assert_true (sk_region_import_dialog_is_running (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  while (sk_region_import_dialog_is_running (dialog))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (watch.imported);
  g_assert_cmpuint (count_region_folders (), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_broken (void)
{
  SkWindow *window = open_window ();
  Watch watch = { 0 };
  g_autofree char *dir = sk_test_tmpdir_new ("sk-ui-region");
  g_autofree char *broken = g_build_filename (dir, "kapot.osm.pbf", NULL);
  SkRegionImportDialog *dialog = open_import_dialog (window, &watch);
  const char *message;

  /* Half a download: the first bytes of a real extract, then garbage. */
  g_assert_true (g_file_set_contents (broken, "\0\0\0\x0d\x0a\x09OSMHeader garbage garbage", 30, NULL));
  sk_region_import_dialog_set_file (dialog, broken);
  sk_region_import_dialog_start (dialog);
  wait_until_done (dialog, &watch);

  g_assert_false (watch.imported);
  message = sk_region_import_dialog_get_error (dialog);
  g_test_message ("%s", message);
  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message, "Dit bestand kan niet worden ingelezen"));
  g_assert_nonnull (strstr (message, "Kies een ander .osm.pbf-bestand"));
  g_assert_cmpuint (count_region_folders (), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_tmpdir_remove (dir);
}

static void
test_import_empty_area (void)
{
  SkWindow *window = open_window ();
  Watch watch = { 0 };
  g_autofree char *extract = fixture_path ("liechtenstein-2015.osm.pbf");
  SkRegionImportDialog *dialog = open_import_dialog (window, &watch);
  SkBBox reestdal_area = { 52.60, 6.20, 52.70, 6.30 };   /* nothing of Liechtenstein there */

  sk_region_import_dialog_set_file (dialog, extract);
  sk_area_layer_set_area (sk_region_import_dialog_get_area (dialog), &reestdal_area);
  sk_region_import_dialog_start (dialog);
  wait_until_done (dialog, &watch);

  g_assert_false (watch.imported);
  /* The message says what to do about the rectangle, not about the file. */
  g_assert_true (g_str_has_prefix (sk_region_import_dialog_get_error (dialog),
                                   "In de rechthoek ligt geen dorp of stad uit dit bestand."));
  g_assert_cmpuint (count_region_folders (), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The drag gesture the area layer put on MAP (the one in the capture phase). */
static GtkGesture *
area_gesture (ShumateMap *map)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (map));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller)
          && gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) == GTK_PHASE_CAPTURE)
        return GTK_GESTURE (controller);
    }
  return NULL;
}

static void
drag (GtkGesture *gesture,
      double      x,
      double      y,
      double      dx,
      double      dy)
{
  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", dx, dy);
  g_signal_emit_by_name (gesture, "drag-end", dx, dy);
}

static SkLatLon
at (ShumateMap *map,
    double      x,
    double      y)
{
  SkLatLon p;

  shumate_viewport_widget_coords_to_location (shumate_map_get_viewport (map), GTK_WIDGET (map), x, y,
                                              &p.lat, &p.lon);
  return p;
}

static void
test_area_drawing (void)
{
  SkWindow *window = open_window ();
  Watch watch = { 0 };
  SkRegionImportDialog *dialog = open_import_dialog (window, &watch);
  ShumateMap *map = shumate_simple_map_get_map (SHUMATE_SIMPLE_MAP (sk_test_find_type (GTK_WIDGET (dialog),
                                                                                       SHUMATE_TYPE_SIMPLE_MAP)));
  SkAreaLayer *layer = sk_region_import_dialog_get_area (dialog);
  GtkGesture *gesture = area_gesture (map);
  SkLatLon a, b, c;
  SkBBox area;

  g_assert_nonnull (gesture);
  sk_test_run_for (200);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (map)), >, 300);
  /* Drawing is on from the start: a drag draws a rectangle from corner to corner. */
  g_assert_true (sk_area_layer_get_drawing (layer));
  g_assert_false (sk_area_layer_get_area (layer, NULL));
  drag (gesture, 100, 80, 120, 60);
  a = at (map, 100, 80);
  b = at (map, 220, 140);
  g_assert_true (sk_area_layer_get_area (layer, &area));
  g_assert_cmpfloat_with_epsilon (area.north, a.lat, 1e-9);
  g_assert_cmpfloat_with_epsilon (area.west, a.lon, 1e-9);
  g_assert_cmpfloat_with_epsilon (area.south, b.lat, 1e-9);
  g_assert_cmpfloat_with_epsilon (area.east, b.lon, 1e-9);

  /* A drag that starts on a corner's handle moves that corner only. */
  drag (gesture, 222, 138, 40, 20);
  c = at (map, 262, 158);   /* where the drag ended: 222 + 40, 138 + 20 */
  g_assert_true (sk_area_layer_get_area (layer, &area));
  g_assert_cmpfloat_with_epsilon (area.north, a.lat, 1e-9);
  g_assert_cmpfloat_with_epsilon (area.west, a.lon, 1e-9);
  g_assert_cmpfloat_with_epsilon (area.south, c.lat, 1e-9);
  g_assert_cmpfloat_with_epsilon (area.east, c.lon, 1e-9);

  /* Drawing off: a drag pans the map and leaves the rectangle as it was. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (sk_test_find_type (GTK_WIDGET (dialog),
                                                                      GTK_TYPE_TOGGLE_BUTTON)), FALSE);
  g_assert_false (sk_area_layer_get_drawing (layer));
  drag (gesture, 50, 50, 100, 100);
  g_assert_true (sk_area_layer_get_area (layer, &area));
  g_assert_cmpfloat_with_epsilon (area.south, c.lat, 1e-9);

  /* "Rechthoek weghalen": the whole file again. */
  g_signal_emit_by_name (sk_test_find_named (GTK_WIDGET (dialog), "clear-area"), "clicked");
  g_assert_false (sk_area_layer_get_area (layer, NULL));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Installs tests/fixtures/mini-region.json as region ID. */
static void
install_mini (const char *id,
              const char *name)
{
  g_autofree char *fixture = fixture_path ("mini-region.json");
  g_autofree char *root = sk_region_installed_root ();
  g_autofree char *dir = g_build_filename (root, id, NULL);
  g_autofree char *json = g_build_filename (dir, "region.json", NULL);
  g_autofree char *text = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (fixture, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (json, text, -1, NULL));
  g_assert_true (sk_region_installed_set_name (id, name, NULL));
}

static void
test_manager (void)
{
  SkWindow *window = open_window ();
  SkRegionManager *manager;
  AdwMessageDialog *question;
  g_auto(GStrv) names = NULL;

  install_mini ("testregio", "Testregio");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.manage-regions", NULL);
  manager = SK_REGION_MANAGER (find_toplevel (SK_TYPE_REGION_MANAGER));
  g_assert_nonnull (manager);
  names = sk_region_manager_dup_names (manager);
  g_assert_cmpstrv (names, ((const char *[]) { "Reestdal", "Testregio", NULL }));

  /* Hernoemen. */
  question = sk_region_manager_ask_rename (manager, "testregio");
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (question)), "Ons dorp");
  adw_message_dialog_response (question, "rename");
  g_clear_pointer (&names, g_strfreev);
  names = sk_region_manager_dup_names (manager);
  g_assert_cmpstrv (names, ((const char *[]) { "Reestdal", "Ons dorp", NULL }));

  /* Verwijderen asks first; Annuleren keeps it. */
  question = sk_region_manager_ask_remove (manager, "testregio");
  adw_message_dialog_response (question, "cancel");
  g_assert_nonnull (sk_region_installed_path ("testregio"));
  question = sk_region_manager_ask_remove (manager, "testregio");
  adw_message_dialog_response (question, "remove");
  g_assert_null (sk_region_installed_path ("testregio"));
  g_clear_pointer (&names, g_strfreev);
  names = sk_region_manager_dup_names (manager);
  /* The built-in region stays: it has no remove button at all. */
  g_assert_cmpstrv (names, ((const char *[]) { "Reestdal", NULL }));
  g_assert_cmpuint (count_region_folders (), ==, 0);

  gtk_window_destroy (GTK_WINDOW (manager));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
map_near (ShumateMap *map,
          double      lat,
          double      lon,
          double      zoom)
{
  ShumateViewport *viewport = shumate_map_get_viewport (map);

  return fabs (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)) - lat) < 0.002
         && fabs (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)) - lon) < 0.002
         && fabs (shumate_viewport_get_zoom_level (viewport) - zoom) < 0.05;
}

static void
wait_for_results (SkPlaceSearch *search)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  /* The entry waits a moment after the last key before it searches. */
  while (sk_place_search_get_n_results (search) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

static void
wait_for_map (ShumateMap *map,
              double      lat,
              double      lon,
              double      zoom)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!map_near (map, lat, lon, zoom) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

/* KEYVAL as WIDGET's own key controllers get it. */
static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_assert_true (handled);
}

static void
test_place_search (void)
{
  SkWindow *window = open_window ();
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  SkPlaceSearch *search = SK_PLACE_SEARCH (sk_test_find_type (GTK_WIDGET (window), SK_TYPE_PLACE_SEARCH));
  GtkEditable *entry;
  const SkKern *wijk = sk_region_get_kern (reestdal (), sk_region_find_kern (reestdal (), "de-wijk"));
  const SkKern *ruinen = sk_region_get_kern (reestdal (), sk_region_find_kern (reestdal (), "ruinen"));
  GtkWidget *row;

  g_assert_nonnull (search);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (search)));
  /* Ctrl+L (win.find-place) puts the cursor in the search. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-place", NULL);
  entry = sk_place_search_get_entry (search);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry))
                 || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (entry)));

  /* Typed without the article, in capitals: De Wijk first. Enter goes there. */
  gtk_editable_set_text (entry, "WIJK");
  wait_for_results (search);
  g_assert_cmpstr (sk_place_search_get_result (search, 0), ==, "De Wijk");
  g_signal_emit_by_name (entry, "activate");
  wait_for_map (map, wijk->lat, wijk->lon, 13);
  g_assert_true (map_near (map, wijk->lat, wijk->lon, 13));

  /* Down from the entry goes into the list: the first result gets the focus. */
  gtk_editable_set_text (entry, "wijk");
  wait_for_results (search);
  press_key (GTK_WIDGET (entry), GDK_KEY_Down);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (sk_test_find_type (GTK_WIDGET (search),
                                                                                    GTK_TYPE_LIST_BOX)), 0));
  g_assert_true (gtk_widget_has_focus (row));
  /* … and Up from the first result back to the entry. */
  press_key (GTK_WIDGET (sk_test_find_type (GTK_WIDGET (search), GTK_TYPE_LIST_BOX)), GDK_KEY_Up);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (entry))
                 || gtk_widget_has_focus (GTK_WIDGET (entry)));

  /* A tap on a row (here the second of "rui") goes to that one. */
  gtk_editable_set_text (entry, "rui");
  wait_for_results (search);
  g_assert_cmpuint (sk_place_search_get_n_results (search), >=, 2);
  g_assert_cmpstr (sk_place_search_get_result (search, 0), ==, "Ruinen");
  g_assert_cmpstr (sk_place_search_get_result (search, 1), ==, "Ruinerwold");
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (sk_test_find_type (GTK_WIDGET (search),
                                                                                    GTK_TYPE_LIST_BOX)), 0));
  gtk_widget_activate (row);
  wait_for_map (map, ruinen->lat, ruinen->lon, 13);
  g_assert_true (map_near (map, ruinen->lat, ruinen->lon, 13));

  /* Nothing found says so. */
  gtk_editable_set_text (entry, "Amsterdam");
  sk_test_run_for (400);
  g_assert_cmpuint (sk_place_search_get_n_results (search), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_label_with (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static void
test_legend (void)
{
  SkWindow *window = open_window ();
  GtkWidget *button = sk_test_find_named (GTK_WIDGET (window), "legend-button");
  GtkWidget *legend;
  static const char *const expected[] = {
    "Binnen de norm", "Tot anderhalf keer de norm", "Verder dan anderhalf keer de norm",
    "Gekleurde ring: wie het idee neerzette", "Zorg: huisarts, apotheek, ziekenhuis", "Bos", "Gebouw",
  };

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_visible (button));
  g_assert_nonnull (gtk_widget_get_tooltip_text (button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  sk_test_run_for (100);
  legend = sk_test_find_named (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))), "legend");
  g_assert_true (gtk_widget_is_visible (legend));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_nonnull (sk_test_find_widget (legend, is_label_with, expected[i]));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* Before GLib reads it: the regions of this test only. */
  g_autofree char *home = sk_test_ui_fresh_home ("ui-region");
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/region/import", test_import);
  g_test_add_func ("/ui/region/area-drawing", test_area_drawing);
  g_test_add_func ("/ui/region/import-cancel", test_import_cancel);
  g_test_add_func ("/ui/region/import-broken", test_import_broken);
  g_test_add_func ("/ui/region/import-empty-area", test_import_empty_area);
  g_test_add_func ("/ui/region/manager", test_manager);
  g_test_add_func ("/ui/region/place-search", test_place_search);
  g_test_add_func ("/ui/region/legend", test_legend);
  status = g_test_run ();
  sk_test_tmpdir_remove (home);
  return status;
}
