/* test-ui-plan.c — placing, moving, reshaping, deleting, undoing and
 * redoing interventions through the window's real actions and the map's
 * gestures, under Xvfb. */
#include <adwaita.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "sk-store.h"
#include "sk-test-ui.h"
#include "sk-test-util.h"
#include "sk-window.h"

/* A window on the last session, as at the next start of the app. */
static SkWindow *
reopen_window (void)
{
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", NULL);
  SkWindow *window = sk_window_new (NULL, region);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  sk_test_run_for (300);
  return window;
}

/* A window with no earlier session: a fresh start. */
static SkWindow *
open_window (void)
{
  return sk_test_ui_open_window (1280, 800);
}

/* The spin button of the selected idea's parameter PARAM. */
static gboolean
is_param_spin (GtkWidget     *widget,
               gconstpointer  param)
{
  return GTK_IS_SPIN_BUTTON (widget)
         && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "sk-param"), param) == 0;
}

static GtkWidget *
find_spin (GtkWidget  *widget,
           const char *param)
{
  return sk_test_find_widget (widget, is_param_spin, param);
}

/* The evaluator (MKBA, reachability) works in the background: wait for
 * its newest result. */
static void
wait_for_reach (SkWindow *window)
{
  while (sk_reach_panel_get_busy (sk_window_get_reach_panel (window)))
    g_main_context_iteration (NULL, TRUE);
}

static guint
n_items (SkWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (sk_window_get_plan (window)));
}

static SkIntervention *
item (SkWindow *window,
      guint     i)
{
  SkIntervention *iv = g_list_model_get_item (G_LIST_MODEL (sk_window_get_plan (window)), i);

  g_object_unref (iv);  /* the plan keeps it */
  return iv;
}

/* From the keyboard, Space places at the map's centre: while an idea is
 * chosen and the map has the keyboard, a cross hair shows that spot;
 * Escape (nothing chosen any more) takes it away. */
static void
test_keyboard_target (void)
{
  SkWindow *window = open_window ();
  SkMapEditor *editor = sk_window_get_editor (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  GtkWidget *target = sk_test_find_named (GTK_WIDGET (window), "key-target");
  graphene_rect_t bounds;
  graphene_point_t centre;

  g_assert_nonnull (target);
  /* Only for the keyboard: with the mouse the pointer shows the spot. */
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "pluktuin");
  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (map));
  sk_test_run_for (50);
  g_assert_false (gtk_widget_get_visible (target));
  sk_map_editor_key (editor, GDK_KEY_Escape);
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (map)));
  sk_test_run_for (50);
  g_assert_false (gtk_widget_get_visible (target));
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "pluktuin");
  gtk_widget_grab_focus (GTK_WIDGET (map));
  sk_test_run_for (50);
  g_assert_true (gtk_widget_get_visible (target));
  /* Its centre is the map's centre, where Space taps. */
  g_assert_true (gtk_widget_compute_bounds (target, GTK_WIDGET (map), &bounds));
  graphene_rect_get_center (&bounds, &centre);
  g_assert_cmpfloat (fabs (centre.x - gtk_widget_get_width (GTK_WIDGET (map)) / 2.0), <=, 1);
  g_assert_cmpfloat (fabs (centre.y - gtk_widget_get_height (GTK_WIDGET (map)) / 2.0), <=, 1);
  sk_test_ui_shot ("keyboard-target");
  g_assert_true (sk_map_editor_key (editor, GDK_KEY_Escape));
  g_assert_false (gtk_widget_get_visible (target));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* At 1024 × 768 the toolbox folds over the map: choosing an idea in it
 * folds it away, so that the map is free for the tap that places it. */
static void
test_folded_toolbox_gives_way (void)
{
  SkWindow *window = open_window ();
  GtkWidget *flap = sk_test_find_type (GTK_WIDGET (window), ADW_TYPE_FLAP);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  sk_test_run_for (300);
  /* The first AdwFlap is the results beside the map; the toolbox's is in it. */
  flap = sk_test_find_type (adw_flap_get_content (ADW_FLAP (flap)), ADW_TYPE_FLAP);
  g_assert_nonnull (flap);
  g_assert_true (adw_flap_get_folded (ADW_FLAP (flap)));
  adw_flap_set_reveal_flap (ADW_FLAP (flap), TRUE);
  sk_test_run_for (100);
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "pluktuin");
  sk_test_run_for (100);
  g_assert_false (adw_flap_get_reveal_flap (ADW_FLAP (flap)));
  g_assert_cmpstr (sk_map_editor_get_armed (sk_window_get_editor (window)), ==, "pluktuin");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_place_point_and_undo (void)
{
  SkWindow *window = open_window ();
  SkMapEditor *editor = sk_window_get_editor (window);
  SkPlanLayer *layer = sk_window_get_plan_layer (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  double share_before = sk_reach_panel_get_share (sk_window_get_reach_panel (window));

  /* The palette offers the toolbox; choosing the pluktuin arms it. */
  g_assert_nonnull (sk_window_get_palette (window));
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "pluktuin");
  g_assert_cmpstr (sk_map_editor_get_armed (editor), ==, "pluktuin");
  /* A tap on the map places it there, selected, and disarms. */
  sk_map_editor_tap (editor, w / 2, h / 2, 1);
  g_assert_cmpuint (n_items (window), ==, 1);
  g_assert_cmpstr (sk_intervention_get_kind_id (item (window, 0)), ==, "pluktuin");
  g_assert_cmpuint (sk_plan_layer_get_n_features (layer), ==, 1);
  g_assert_cmpint (sk_plan_layer_get_selected (layer), ==, sk_intervention_get_id (item (window, 0)));
  g_assert_null (sk_map_editor_get_armed (editor));
  /* The layer finds it under the finger. */
  g_assert_cmpint (sk_plan_layer_pick (layer, w / 2 + 5, h / 2 - 5), ==,
                   sk_intervention_get_id (item (window, 0)));

  /* The MKBA follows: one intervention, with costs. */
  wait_for_reach (window);
  {
    const SkMkbaResult *r = sk_mkba_panel_get_result (sk_window_get_mkba_panel (window));

    g_assert_cmpuint (r->n_interventions, ==, 1);
    g_assert_cmpfloat (r->costs[SK_RANGE_CENTRAL], >, 0);
    g_assert_cmpfloat (r->ncw[SK_RANGE_LOW], <=, r->ncw[SK_RANGE_HIGH]);
  }

  /* Ctrl+Z takes it away, Ctrl+Shift+Z brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (n_items (window), ==, 0);
  g_assert_cmpuint (sk_plan_layer_get_n_features (layer), ==, 0);
  wait_for_reach (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpuint (n_items (window), ==, 1);
  wait_for_reach (window);
  /* The figure before the last change (the empty plan: € 0) stays in view. */
  g_assert_cmpfloat (sk_mkba_panel_get_previous_ncw (sk_window_get_mkba_panel (window)), ==, 0);

  /* The properties of the selected pluktuin show its area, within the
   * catalogue's range; changing it is one more step to undo. */
  sk_map_editor_tap (editor, w / 2, h / 2, 1);  /* a tap selects it */
  {
    GtkWidget *spin = find_spin (GTK_WIDGET (window), "oppervlakte");
    double area = sk_intervention_get_parameter (item (window, 0), "oppervlakte");

    g_assert_nonnull (spin);
    g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, area);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), area + 500);
    g_assert_cmpfloat (sk_intervention_get_parameter (item (window, 0), "oppervlakte"), ==,
                       area + 500);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_cmpfloat (sk_intervention_get_parameter (item (window, 0), "oppervlakte"), ==, area);
    /* The editor shows the undone value again. */
    spin = find_spin (GTK_WIDGET (window), "oppervlakte");
    g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, area);
  }

  wait_for_reach (window);
  /* A pluktuin adds green space: the GP figures stay as they were. */
  g_assert_cmpfloat (sk_reach_panel_get_share (sk_window_get_reach_panel (window)), ==,
                     share_before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_draw_line_move_reshape_delete (void)
{
  SkWindow *window = open_window ();
  SkMapEditor *editor = sk_window_get_editor (window);
  SkPlanLayer *layer = sk_window_get_plan_layer (window);
  SkPlan *plan = sk_window_get_plan (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  const SkLatLon *points;
  size_t n;
  double length_before, lat_before;
  gint64 id;

  /* A fietspad: three taps, Backspace drops the last corner, one more
   * tap, Enter finishes. */
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "fietspad");
  sk_map_editor_tap (editor, w * 0.3, h * 0.5, 1);
  sk_map_editor_tap (editor, w * 0.5, h * 0.5, 1);
  sk_map_editor_tap (editor, w * 0.9, h * 0.9, 1);
  g_assert_cmpuint (sk_map_editor_get_n_sketch (editor), ==, 3);
  g_assert_true (sk_map_editor_key (editor, GDK_KEY_BackSpace));
  sk_map_editor_tap (editor, w * 0.7, h * 0.5, 1);
  g_assert_cmpuint (n_items (window), ==, 0);
  g_assert_true (sk_map_editor_key (editor, GDK_KEY_Return));
  g_assert_cmpuint (n_items (window), ==, 1);
  id = sk_intervention_get_id (item (window, 0));
  points = sk_intervention_get_points (item (window, 0), &n);
  g_assert_cmpuint (n, ==, 3);
  /* Its length parameter is measured from the drawn line. */
  length_before = sk_intervention_get_parameter (item (window, 0), "lengte");
  g_assert_cmpfloat (length_before, >, 100);

  /* Dragging the last corner outwards reshapes it and the length grows. */
  g_assert_true (sk_map_editor_drag (editor, w * 0.7, h * 0.5, w * 0.95, h * 0.5));
  g_assert_cmpfloat (sk_intervention_get_parameter (item (window, 0), "lengte"), >,
                     length_before);

  /* Dragging the line's badge (halfway along its middle segment, now
   * from 0.5 w to 0.95 w) moves the whole line. */
  points = sk_intervention_get_points (item (window, 0), &n);
  lat_before = points[0].lat;
  g_assert_true (sk_map_editor_drag (editor, w * 0.725, h * 0.5, w * 0.725, h * 0.3));
  points = sk_intervention_get_points (item (window, 0), &n);
  g_assert_cmpfloat (points[0].lat, >, lat_before);

  /* From the keyboard: Space puts a point at the map's centre. */
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "speelplek");
  g_assert_true (sk_map_editor_key (editor, GDK_KEY_space));
  g_assert_cmpuint (n_items (window), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (n_items (window), ==, 1);
  sk_plan_layer_set_selected (layer, id);

  /* Escape while drawing throws the sketch away. */
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "ommetje");
  sk_map_editor_tap (editor, w * 0.2, h * 0.2, 1);
  g_assert_true (sk_map_editor_key (editor, GDK_KEY_Escape));
  g_assert_cmpuint (sk_map_editor_get_n_sketch (editor), ==, 0);
  g_assert_cmpuint (n_items (window), ==, 1);

  /* Delete removes the selected intervention; undo brings it back where
   * it was, and redo of the move is still there after. */
  sk_plan_layer_set_selected (layer, id);
  g_assert_true (sk_map_editor_key (editor, GDK_KEY_Delete));
  g_assert_cmpuint (n_items (window), ==, 0);
  g_assert_true (sk_plan_can_undo (plan));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (n_items (window), ==, 1);
  g_assert_cmpint (sk_intervention_get_id (item (window, 0)), ==, id);
  /* Three more undos: the move, the reshape, the placing. */
  for (int i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (n_items (window), ==, 0);
  g_assert_false (sk_plan_can_undo (plan));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_area_and_palette_search (void)
{
  SkWindow *window = open_window ();
  SkMapEditor *editor = sk_window_get_editor (window);
  SkPalette *palette = sk_window_get_palette (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));

  /* Searching without the diaeresis still finds the zorgcoöperatie. */
  sk_palette_set_search (palette, "cooperatie");
  g_assert_cmpuint (sk_palette_get_n_visible (palette), >=, 1);
  sk_palette_set_search (palette, "");
  g_assert_cmpuint (sk_palette_get_n_visible (palette), >=, 14);

  /* A woonerf is an area: two corners are not enough, three are; a
   * double tap finishes it. */
  g_signal_emit_by_name (palette, "kind-activated", "woonerf");
  sk_map_editor_tap (editor, w * 0.4, h * 0.4, 1);
  sk_map_editor_tap (editor, w * 0.5, h * 0.4, 1);
  sk_map_editor_tap (editor, w * 0.5, h * 0.4, 2);
  g_assert_cmpuint (n_items (window), ==, 0);
  sk_map_editor_tap (editor, w * 0.45, h * 0.5, 1);
  sk_map_editor_tap (editor, w * 0.45, h * 0.5, 2);
  /* Drawn on the whole region's map it is far larger than a woonerf
   * usually is: the window asks, and it stays as drawn. */
  for (guint k = 0; k < g_list_model_get_n_items (gtk_window_get_toplevels ()); k++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (gtk_window_get_toplevels (), k);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        {
          adw_message_dialog_response (ADW_MESSAGE_DIALOG (toplevel), "keep");
          gtk_window_destroy (GTK_WINDOW (toplevel));
        }
    }
  g_assert_cmpuint (n_items (window), ==, 1);
  g_assert_cmpint (sk_intervention_get_geometry (item (window, 0)), ==, SK_GEOMETRY_AREA);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_reach_before_after (void)
{
  SkWindow *window = open_window ();
  SkMapEditor *editor = sk_window_get_editor (window);
  SkReachPanel *panel = sk_window_get_reach_panel (window);
  SkRegion *region = sk_window_get_region (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  int k = sk_region_find_kern (region, "kolderveen");
  const SkKern *kern = sk_region_get_kern (region, k);
  double x, y, minutes_before, share_before;

  /* On foot to a meeting place: Kolderveen has none of its own. */
  sk_reach_panel_set_facility (panel, SK_FACILITY_ONTMOETINGSPLEK);
  sk_reach_panel_set_mode (panel, SK_MODE_LOPEN);
  minutes_before = sk_reach_panel_get_minutes (panel, k);
  share_before = sk_reach_panel_get_share (panel);
  g_assert_cmpfloat (minutes_before, >, 5);

  /* A dorpshuis placed on Kolderveen's point brings it much closer, but
   * not to 0: its people live along the whole kom (kommen.json; 22 → 7.4
   * minutes), and the panel keeps the figure from before the plan. */
  shumate_map_center_on (map, kern->lat, kern->lon);
  sk_test_run_for (100);
  shumate_viewport_location_to_widget_coords (shumate_map_get_viewport (map), GTK_WIDGET (map),
                                              kern->lat, kern->lon, &x, &y);
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "dorpshuis");
  sk_map_editor_tap (editor, x, y, 1);
  g_assert_cmpuint (n_items (window), ==, 1);
  wait_for_reach (window);
  g_assert_cmpfloat (sk_reach_panel_get_minutes (panel, k), <, minutes_before / 2);
  g_assert_cmpfloat (sk_reach_panel_get_minutes (panel, k), >, 1.0);
  g_assert_cmpfloat (sk_reach_panel_get_share (panel), >=, share_before);
  g_assert_cmpfloat (sk_reach_panel_get_share_before (panel), ==, share_before);

  /* Undo gives the old figures back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wait_for_reach (window);
  g_assert_cmpfloat (sk_reach_panel_get_minutes (panel, k), ==, minutes_before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_session_saved_as_it_happens (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.samenkaart.Samenkaart");
  SkWindow *window = open_window ();
  SkMapEditor *editor = sk_window_get_editor (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  g_autofree char *path = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GPtrArray) saved = NULL;

  /* Looking at the map makes no file; the first placement does. */
  g_assert_cmpstr (g_settings_get_string (settings, "last-session"), ==, "");
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "pluktuin");
  sk_map_editor_tap (editor, w / 2, h / 2, 1);
  path = g_settings_get_string (settings, "last-session");
  g_assert_true (g_str_has_suffix (path, ".samenkaart"));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* It is in the file at once, without saving; another program can read it. */
  store = sk_store_open_readonly (path, NULL);
  saved = sk_store_list_interventions (store, 0, NULL);
  g_assert_cmpuint (saved->len, ==, 1);
  {
    const SkStoreIntervention *first = g_ptr_array_index (saved, 0);
    g_assert_cmpstr (first->kind, ==, "pluktuin");
  }
  g_clear_pointer (&saved, g_ptr_array_unref);
  g_clear_object (&store);
  gtk_window_destroy (GTK_WINDOW (window));

  /* The next start shows it again, with nothing to undo, and names it. */
  window = reopen_window ();
  g_assert_true (g_str_has_prefix (adw_window_title_get_subtitle (
                   ADW_WINDOW_TITLE (adw_header_bar_get_title_widget (
                     ADW_HEADER_BAR (gtk_widget_get_first_child (
                       adw_application_window_get_content (ADW_APPLICATION_WINDOW (window))))))),
                   "Reestdal · Sessie van "));
  g_assert_cmpuint (n_items (window), ==, 1);
  g_assert_cmpstr (sk_intervention_get_kind_id (item (window, 0)), ==, "pluktuin");
  g_assert_false (sk_plan_can_undo (sk_window_get_plan (window)));
  /* Removing it is saved too. */
  sk_plan_layer_set_selected (sk_window_get_plan_layer (window),
                              sk_intervention_get_id (item (window, 0)));
  g_assert_true (sk_map_editor_key (sk_window_get_editor (window), GDK_KEY_Delete));
  gtk_window_destroy (GTK_WINDOW (window));
  window = reopen_window ();
  g_assert_cmpuint (n_items (window), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closing the window leaves the whole session in the .samenkaart file
 * itself: copied alone (without its -wal, as onto a USB stick) it opens
 * with every idea placed in the window. */
static void
test_closed_file_alone_is_whole (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.samenkaart.Samenkaart");
  SkWindow *window = open_window ();
  SkMapEditor *editor = sk_window_get_editor (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  g_autofree char *path = NULL;
  g_autofree char *dir = sk_test_tmpdir_new ("sk-usb-stick");
  g_autofree char *copy = g_build_filename (dir, "sessie.samenkaart", NULL);
  g_autofree char *data = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkStore) reader = NULL;
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "pluktuin");
  sk_map_editor_tap (editor, w / 2, h / 2, 1);
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "samenwerkplaats");
  sk_map_editor_tap (editor, w / 3, h / 3, 1);
  g_assert_cmpuint (n_items (window), ==, 2);
  path = g_settings_get_string (settings, "last-session");
  /* Another program (a second laptop) holds the file open as well, so
   * closing the window's connection alone would not fold the log in. */
  reader = sk_store_open_readonly (path, &error);
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_file_set_contents (copy, data, (gssize) length, NULL));
  store = sk_store_open_readonly (copy, &error);
  g_assert_no_error (error);
  saved = sk_store_list_interventions (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved->len, ==, 2);
  g_clear_object (&store);
  g_clear_object (&reader);
  sk_test_tmpdir_remove (dir);
}

/* Reports and exports are offered in the user's Documents folder, not in
 * whatever folder the app happened to be started from. */
static void
test_exports_start_in_documents (void)
{
  SkWindow *window = open_window ();
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  const char *expected = documents != NULL ? documents : g_get_home_dir ();
  const char *actions[] = { "win.export-report", "win.export-png", "win.export-geojson",
                            "win.export-csv" };

  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "pluktuin");
  sk_map_editor_tap (sk_window_get_editor (window), w / 2, h / 2, 1);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkFileChooserNative *chooser;
      g_autoptr(GFile) folder = NULL;
      g_autofree char *path = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), actions[i], NULL));
      chooser = sk_window_get_file_chooser (window);
      g_assert_nonnull (chooser);
      /* Without a portal the dialog GTK shows is a GtkFileChooserDialog; it
       * reads the folder it was given once it is on screen. */
      sk_test_run_for (200);
      for (guint k = 0; folder == NULL && k < g_list_model_get_n_items (gtk_window_get_toplevels ()); k++)
        {
          g_autoptr(GObject) toplevel = g_list_model_get_item (gtk_window_get_toplevels (), k);

          if (GTK_IS_FILE_CHOOSER_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
            folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (toplevel));
        }
      g_assert_nonnull (folder);
      path = g_file_get_path (folder);
      g_assert_cmpstr (path, ==, expected);
      g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_CANCEL);
      g_assert_null (sk_window_get_file_chooser (window));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The rekenregels are the session's: a lower rate changes the saldo at
 * once, and the next start of the session uses the same rate. */
static void
test_mkba_settings_kept (void)
{
  SkWindow *window = open_window ();
  SkMkbaPanel *panel = sk_window_get_mkba_panel (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  GtkWidget *rate, *horizon;
  double ncw_standard, ncw_zero;

  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "dorpshuis");
  sk_map_editor_tap (sk_window_get_editor (window), w / 2, h / 2, 1);
  wait_for_reach (window);
  ncw_standard = sk_mkba_panel_get_result (panel)->ncw[SK_RANGE_CENTRAL];
  rate = sk_test_find_named (GTK_WIDGET (panel), "rate-spin");
  horizon = sk_test_find_named (GTK_WIDGET (panel), "horizon-dropdown");
  g_assert_nonnull (rate);
  g_assert_nonnull (horizon);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (rate)), 2.25, 1e-9);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (rate), 0);
  g_assert_cmpfloat (sk_mkba_panel_get_settings (panel)->rate, ==, 0);
  wait_for_reach (window);
  ncw_zero = sk_mkba_panel_get_result (panel)->ncw[SK_RANGE_CENTRAL];
  g_assert_cmpfloat (fabs (ncw_zero - ncw_standard), >, 1000);
  /* A change of method is no edit: there is no "before" figure. */
  g_assert_true (isnan (sk_mkba_panel_get_previous_ncw (panel)));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (horizon), 2);  /* 30 years */
  g_assert_cmpint (sk_mkba_panel_get_settings (panel)->horizon, ==, 30);
  gtk_window_destroy (GTK_WINDOW (window));

  window = reopen_window ();
  panel = sk_window_get_mkba_panel (window);
  g_assert_cmpfloat (sk_mkba_panel_get_settings (panel)->rate, ==, 0);
  g_assert_cmpint (sk_mkba_panel_get_settings (panel)->horizon, ==, 30);
  rate = sk_test_find_named (GTK_WIDGET (panel), "rate-spin");
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (rate)), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Opening a session file shows its plan; a file that is not a session
 * gets a message, stays as it was, and the plan on screen stays. */
static void
test_open_session (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("open-session");
  g_autofree char *good = g_build_filename (dir, "goed.samenkaart", NULL);
  g_autofree char *bad = g_build_filename (dir, "kapot.samenkaart", NULL);
  const char *garbage = "geen sessie, maar een boodschappenlijstje";
  SkStoreMetadata metadata = { (char *) "Keukentafel Nolde", (char *) "Nolde" };
  SkStoreAction anne = { SK_STORE_OP_PARTICIPANT, .name = "Anne", .role = "bewoner", .colour = "#e5a50a" };
  SkStoreAction add = { SK_STORE_OP_ADD, .participant_id = 1, .kind = "pluktuin",
                        .geometry = "{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}",
                        .params = "{\"oppervlakte\":1500}" };
  g_autoptr(SkStore) store = sk_store_create (good, &metadata, NULL);
  g_autofree char *contents = NULL;
  SkWindow *window;

  g_assert_cmpint (sk_store_apply (store, &anne, NULL, NULL), >, 0);
  g_assert_cmpint (sk_store_apply (store, &add, NULL, NULL), >, 0);
  g_clear_object (&store);
  g_assert_true (g_file_set_contents (bad, garbage, -1, NULL));

  window = open_window ();
  g_assert_true (sk_window_open_session (window, good));
  g_assert_cmpuint (n_items (window), ==, 1);
  g_assert_cmpstr (sk_intervention_get_kind_id (item (window, 0)), ==, "pluktuin");
  g_assert_cmpfloat (sk_intervention_get_parameter (item (window, 0), "oppervlakte"), ==, 1500);
  /* Anne placed it: the map rings it in her colour (#e5a50a). */
  {
    const SkFeature *f = sk_plan_layer_get_feature (sk_window_get_plan_layer (window),
                                                    sk_intervention_get_id (item (window, 0)));
    g_assert_nonnull (f);
    g_assert_cmpfloat_with_epsilon (f->ring.alpha, 1, 1e-6);
    g_assert_cmpfloat_with_epsilon (f->ring.red, 0xe5 / 255.0, 1e-3);
    g_assert_cmpfloat_with_epsilon (f->ring.blue, 0x0a / 255.0, 1e-3);
  }
  wait_for_reach (window);
  g_assert_cmpuint (sk_mkba_panel_get_result (sk_window_get_mkba_panel (window))->n_interventions, ==, 1);

  g_assert_false (sk_window_open_session (window, bad));
  g_assert_cmpuint (n_items (window), ==, 1);
  g_assert_true (g_file_get_contents (bad, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, garbage);
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_tmpdir_remove (dir);
}

/* The history replays the session on the map and in the panels, and
 * nothing can be changed while looking back. */
static void
test_history_replay (void)
{
  SkWindow *window = open_window ();
  SkMapEditor *editor = sk_window_get_editor (window);
  SkPlanLayer *layer = sk_window_get_plan_layer (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  SkHistoryView *history;

  g_assert_null (sk_window_get_history_view (window));
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "pluktuin");
  sk_map_editor_tap (editor, w / 3, h / 2, 1);
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "dorpshuis");
  sk_map_editor_tap (editor, 2 * w / 3, h / 2, 1);
  wait_for_reach (window);
  history = sk_window_get_history_view (window);
  g_assert_nonnull (history);
  g_assert_cmpuint (sk_history_view_get_n_steps (history), ==, 2);
  g_assert_true (sk_history_view_get_at_present (history));

  /* One step back: only the pluktuin, and the MKBA of that plan. */
  sk_history_view_step (history, -1);
  g_assert_cmpuint (sk_plan_layer_get_n_features (layer), ==, 1);
  wait_for_reach (window);
  g_assert_cmpuint (sk_mkba_panel_get_result (sk_window_get_mkba_panel (window))->n_interventions, ==, 1);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (sk_window_get_palette (window))));
  /* A tap does not place anything while looking back. */
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "pluktuin");
  sk_map_editor_tap (editor, w / 2, h / 3, 1);
  g_assert_cmpuint (n_items (window), ==, 2);
  g_assert_cmpuint (sk_history_view_get_n_steps (history), ==, 2);

  /* Presenting, Page Down (the clicker) steps forward to the present. */
  sk_window_set_presenting (window, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.history-step", "i", 1));
  g_assert_true (sk_history_view_get_at_present (history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.history-step", "i", -1));
  g_assert_cmpuint (sk_history_view_get_step (history), ==, 1);
  sk_window_set_presenting (window, FALSE);

  /* Back to the present: both, and editing again. */
  sk_history_view_set_position (history, G_MAXINT64);
  g_assert_cmpuint (sk_plan_layer_get_n_features (layer), ==, 2);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (sk_window_get_palette (window))));
  wait_for_reach (window);
  g_assert_cmpuint (sk_mkba_panel_get_result (sk_window_get_mkba_panel (window))->n_interventions, ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Switching the variant on the map: its own ideas, its own history, and
 * the idea's comments and votes in its properties. */
static void
test_variants_in_window (void)
{
  SkWindow *window = open_window ();
  SkMapEditor *editor = sk_window_get_editor (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  SkStoreAction copy = { SK_STORE_OP_VARIANT_NEW, .name = "Leeg" };
  gint64 first, empty = 0;
  SkSession *session;

  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "pluktuin");
  sk_map_editor_tap (editor, w / 2, h / 2, 1);
  session = sk_window_get_session (window);
  g_assert_nonnull (session);
  first = sk_session_get_variant_id (session);
  /* The selected idea shows its votes and comments. */
  g_assert_nonnull (sk_test_find_named (GTK_WIDGET (window), "comments-box"));

  g_assert_cmpint (sk_store_apply (sk_session_get_store (session), &copy, &empty, NULL), >, 0);
  g_assert_true (sk_session_set_variant_id (session, empty, NULL));
  g_assert_cmpuint (n_items (window), ==, 0);
  g_assert_cmpuint (sk_plan_layer_get_n_features (sk_window_get_plan_layer (window)), ==, 0);
  g_assert_cmpint (sk_history_view_get_variant_id (sk_window_get_history_view (window)), ==, empty);
  wait_for_reach (window);
  g_assert_cmpuint (sk_mkba_panel_get_result (sk_window_get_mkba_panel (window))->n_interventions, ==, 0);

  /* Ctrl+Page Up: the previous variant, as a slide. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.variant-step", "i", -1));
  g_assert_cmpint (sk_session_get_variant_id (session), ==, first);
  g_assert_cmpuint (n_items (window), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.variant-step", "i", 1));
  g_assert_cmpint (sk_session_get_variant_id (session), ==, empty);
  g_assert_true (sk_session_set_variant_id (session, first, NULL));
  g_assert_cmpuint (n_items (window), ==, 1);
  g_assert_cmpuint (sk_plan_layer_get_n_features (sk_window_get_plan_layer (window)), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Two keukentafelgesprekken brought into one atelier from the window: a
 * session is started, both plans are in it, the files stay as they were. */
static void
test_merge_in_window (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("merge-window");
  const char *kinds[] = { "pluktuin", "dorpshuis" };
  char *paths[3] = { NULL };
  g_autofree char *before0 = NULL, *before1 = NULL, *after0 = NULL, *after1 = NULL;
  SkWindow *window;
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("keuken-%d.samenkaart", i);
      SkStoreMetadata metadata = { name };
      SkStoreAction add = { SK_STORE_OP_ADD, .kind = kinds[i],
                            .geometry = i ? "{\"type\":\"Point\",\"coordinates\":[6.35,52.76]}"
                                          : "{\"type\":\"Point\",\"coordinates\":[6.30,52.70]}" };
      g_autoptr(SkStore) store = NULL;

      paths[i] = g_build_filename (dir, name, NULL);
      store = sk_store_create (paths[i], &metadata, NULL);
      g_assert_cmpint (sk_store_apply (store, &add, NULL, NULL), >, 0);
    }
  g_assert_true (g_file_get_contents (paths[0], &before0, NULL, NULL));
  g_assert_true (g_file_get_contents (paths[1], &before1, NULL, NULL));

  window = open_window ();
  g_assert_null (sk_window_get_session (window));
  g_assert_true (sk_window_merge_sessions (window, (const char * const *) paths, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sk_window_get_session (window));
  g_assert_cmpuint (n_items (window), ==, 2);
  g_assert_true (g_file_get_contents (paths[0], &after0, NULL, NULL));
  g_assert_true (g_file_get_contents (paths[1], &after1, NULL, NULL));
  g_assert_cmpstr (after0, ==, before0);
  g_assert_cmpstr (after1, ==, before1);
  /* The same sessions again: nothing new, nothing doubled. */
  g_assert_true (sk_window_merge_sessions (window, (const char * const *) paths, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (window), ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
  g_free (paths[0]);
  g_free (paths[1]);
  sk_test_tmpdir_remove (dir);
}

/* Waits (bounded: at most 10 s) for the window's plan to hold @n ideas. */
static void
wait_for_items (SkWindow *window,
                guint     n)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (n_items (window) != n && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (20000);
}

static void
keep_message (char      **said,
              const char *message)
{
  g_free (*said);
  *said = g_strdup (message);
}

/* Another program writes to the session the window shows (a second
 * laptop on the same file, `session apply`): the map, the history and
 * the counts follow without reopening. */
static void
test_changes_elsewhere (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("elsewhere");
  g_autofree char *path = g_build_filename (dir, "gedeeld.samenkaart", NULL);
  SkStoreMetadata metadata = { (char *) "Gedeeld", (char *) "Nolde" };
  SkStoreAction add = { SK_STORE_OP_ADD, .kind = "pluktuin",
                        .geometry = "{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}" };
  SkStoreAction other = { SK_STORE_OP_ADD, .kind = "ommetje",
                          .geometry = "{\"type\":\"LineString\",\"coordinates\":"
                                      "[[6.30,52.70],[6.31,52.71]]}" };
  SkStoreAction remove = { SK_STORE_OP_DELETE, .intervention_id = 1 };
  g_autoptr(SkStore) elsewhere = sk_store_create (path, &metadata, NULL);
  SkHistoryView *history;
  SkWindow *window;

  g_assert_cmpint (sk_store_apply (elsewhere, &add, NULL, NULL), >, 0);
  window = open_window ();
  g_assert_true (sk_window_open_session (window, path));
  g_assert_cmpuint (n_items (window), ==, 1);
  history = sk_window_get_history_view (window);
  g_assert_cmpuint (sk_history_view_get_n_steps (history), ==, 1);

  /* The other connection is another program as far as the file knows. */
  g_assert_cmpint (sk_store_apply (elsewhere, &other, NULL, NULL), >, 0);
  wait_for_items (window, 2);
  g_assert_cmpuint (n_items (window), ==, 2);
  g_assert_cmpuint (sk_history_view_get_n_steps (history), ==, 2);
  g_assert_cmpstr (sk_intervention_get_kind_id (item (window, 1)), ==, "ommetje");

  g_assert_cmpint (sk_store_apply (elsewhere, &remove, NULL, NULL), >, 0);
  wait_for_items (window, 1);
  g_assert_cmpuint (n_items (window), ==, 1);
  g_assert_cmpstr (sk_intervention_get_kind_id (item (window, 0)), ==, "ommetje");
  g_assert_cmpuint (sk_history_view_get_n_steps (history), ==, 3);

  /* The history cannot be read any more: the view says so (the window
   * shows it), worded as a read. */
  {
    g_autofree char *said = NULL;
    sqlite3 *raw = NULL;

    g_signal_connect_swapped (history, "read-failed", G_CALLBACK (keep_message), &said);
    g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (raw, "DROP TABLE events", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (raw);
    sk_history_view_reload (history);
    g_assert_nonnull (said);
    g_assert_nonnull (strstr (said, "kon niet worden gelezen"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_tmpdir_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Folders of its own: nothing left behind by other tests counts. */
  g_autofree char *home = sk_test_ui_fresh_home ("ui-plan");
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/plan/place-point-and-undo", test_place_point_and_undo);
  g_test_add_func ("/ui/plan/keyboard-target", test_keyboard_target);
  g_test_add_func ("/ui/plan/folded-toolbox-gives-way", test_folded_toolbox_gives_way);
  g_test_add_func ("/ui/plan/draw-line-move-reshape-delete", test_draw_line_move_reshape_delete);
  g_test_add_func ("/ui/plan/area-and-palette-search", test_area_and_palette_search);
  g_test_add_func ("/ui/plan/reach-before-after", test_reach_before_after);
  g_test_add_func ("/ui/plan/session-saved-as-it-happens", test_session_saved_as_it_happens);
  g_test_add_func ("/ui/plan/closed-file-alone-is-whole", test_closed_file_alone_is_whole);
  g_test_add_func ("/ui/plan/exports-start-in-documents", test_exports_start_in_documents);
  g_test_add_func ("/ui/plan/mkba-settings-kept", test_mkba_settings_kept);
  g_test_add_func ("/ui/plan/open-session", test_open_session);
  g_test_add_func ("/ui/plan/history-replay", test_history_replay);
  g_test_add_func ("/ui/plan/variants-in-window", test_variants_in_window);
  g_test_add_func ("/ui/plan/merge-in-window", test_merge_in_window);
  g_test_add_func ("/ui/plan/changes-elsewhere", test_changes_elsewhere);
  status = g_test_run ();
  sk_test_tmpdir_remove (home);
  return status;
}
