/* test-ui-correction.c — "Hier is ook een huisarts" in the window, under
 * Xvfb: a right click on the map at Echten (no GP in the Reestdal data)
 * opens "Hier is ook een…"; choosing Huisarts with a name adds it as
 * Gerda's, with a marker; the reachability panel's figures change before
 * the plan; the Verloop tab tells it in one line; Ctrl+Z and Ctrl+Shift+Z
 * take it back and bring it again; looking back in the history shows the
 * map without it. */
#include <adwaita.h>
#include <math.h>

#include "sk-store.h"
#include "sk-test-ui.h"
#include "sk-test-util.h"
#include "sk-window.h"

static SkWindow *
open_window (void)
{
  return sk_test_ui_open_window (1280, 800);
}

static void
wait_for_reach (SkWindow *window)
{
  sk_test_run_for (20);
  while (sk_reach_panel_get_busy (sk_window_get_reach_panel (window)))
    g_main_context_iteration (NULL, TRUE);
  sk_test_run_for (20);
}

static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

/* The Verloop tab's lines. */
static char *
history_text (SkWindow *window)
{
  GtkWidget *view = GTK_WIDGET (sk_window_get_history_view (window));
  GtkWidget *stack = gtk_widget_get_ancestor (view, ADW_TYPE_VIEW_STACK);
  GString *text = g_string_new (NULL);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "history");
  sk_test_run_for (100);
  collect_labels (view, text);
  return g_string_free (text, FALSE);
}

static guint
n_markers (SkWindow *window)
{
  GtkWidget *layer = sk_test_find_named (GTK_WIDGET (window), "correction-layer");
  g_autoptr(GList) markers = shumate_marker_layer_get_markers (SHUMATE_MARKER_LAYER (layer));

  return g_list_length (markers);
}

/* Gerda joins through the session file, and is the one at the map. */
static void
make_gerda_active (SkWindow *window)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (sk_window_get_reach_panel (window)),
                                              ADW_TYPE_VIEW_STACK);
  SkStoreAction join = { .op = SK_STORE_OP_PARTICIPANT, .name = "Gerda", .colour = "#613583" };
  g_autoptr(GError) error = NULL;
  SkSession *session;
  gint64 gerda = 0;

  /* Opening the session tab starts the session file. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "session");
  session = sk_window_get_session (window);
  g_assert_nonnull (session);
  g_assert_cmpint (sk_store_apply (sk_session_get_store (session), &join, &gerda, &error), >, 0);
  g_assert_no_error (error);
  sk_session_set_participant_id (session, gerda);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "results");
}

static void
test_add_from_map (void)
{
  SkWindow *window = open_window ();
  SkRegion *region = sk_window_get_region (window);
  SkReachPanel *panel = sk_window_get_reach_panel (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  int echten = sk_region_find_kern (region, "echten");
  const SkKern *kern = sk_region_get_kern (region, echten);
  GtkWidget *popover, *entry, *button, *marker;
  double x, y, minutes, share;
  g_autofree char *text = NULL;

  g_assert_cmpint (echten, >=, 0);
  make_gerda_active (window);
  sk_reach_panel_set_facility (panel, SK_FACILITY_HUISARTS);
  sk_reach_panel_set_mode (panel, SK_MODE_FIETS);
  wait_for_reach (window);
  minutes = sk_reach_panel_get_minutes (panel, echten);
  share = sk_reach_panel_get_share_before (panel);
  g_assert_cmpfloat (minutes, >, 15);

  /* Right click on Echten (what the map's gesture emits). */
  shumate_viewport_location_to_widget_coords (shumate_map_get_viewport (map), GTK_WIDGET (map),
                                              kern->lat, kern->lon, &x, &y);
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (y, >, 0);
  g_signal_emit_by_name (sk_window_get_editor (window), "context", (gint64) 0, x, y);
  sk_test_run_for (100);
  popover = sk_test_find_named (GTK_WIDGET (map), "correction-popover");
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  entry = sk_test_find_named (popover, "correction-name");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Dokter Bos");
  button = sk_test_find_named (popover, "correction-huisarts");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_for_reach (window);

  /* A marker with who and what; the figures before the plan changed. */
  g_assert_cmpuint (n_markers (window), ==, 1);
  marker = sk_test_find_named (GTK_WIDGET (window), "correction-marker");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (marker), "Huisarts “Dokter Bos”"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (marker), "door Gerda"));
  /* Echten's people live around its centre (kommen.json): a few minutes. */
  g_assert_cmpfloat (sk_reach_panel_get_minutes (panel, echten), <, 3);
  g_assert_cmpfloat (sk_reach_panel_get_share_before (panel), >, share);
  {
    GtkWidget *row = sk_test_find_named (GTK_WIDGET (window), "corrections-row");
    GtkWidget *count = g_object_get_data (G_OBJECT (row), "sk-count");

    g_assert_true (gtk_widget_get_visible (row));
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (count)), ==, "1");
  }
  text = history_text (window);
  g_assert_nonnull (strstr (text, "Gerda voegde een huisarts toe die nog niet op de kaart stond: "
                                  "Dokter Bos"));

  /* Ctrl+Z takes it away, Ctrl+Shift+Z brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wait_for_reach (window);
  g_assert_cmpuint (n_markers (window), ==, 0);
  g_assert_cmpfloat_with_epsilon (sk_reach_panel_get_minutes (panel, echten), minutes, 1e-9);
  g_clear_pointer (&text, g_free);
  text = history_text (window);
  g_assert_nonnull (strstr (text, "Ongedaan gemaakt: Gerda voegde een huisarts toe"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  wait_for_reach (window);
  g_assert_cmpuint (n_markers (window), ==, 1);
  g_assert_cmpfloat (sk_reach_panel_get_minutes (panel, echten), <, 3);

  /* Looking back to before it was added: the map and figures without it. */
  sk_history_view_set_position (sk_window_get_history_view (window), 1);
  wait_for_reach (window);
  g_assert_cmpuint (n_markers (window), ==, 0);
  g_assert_cmpfloat_with_epsilon (sk_reach_panel_get_minutes (panel, echten), minutes, 1e-9);
  sk_history_view_set_position (sk_window_get_history_view (window), G_MAXINT64);
  wait_for_reach (window);
  g_assert_cmpuint (n_markers (window), ==, 1);

  /* From the keyboard: the Menu key opens the same at the map's centre
   * (away from the marker, or it would open the marker's details). */
  g_assert_cmpfloat (hypot (x - gtk_widget_get_width (GTK_WIDGET (map)) / 2.0,
                            y - gtk_widget_get_height (GTK_WIDGET (map)) / 2.0), >, 30);
  g_assert_true (sk_map_editor_key (sk_window_get_editor (window), GDK_KEY_Menu));
  sk_test_run_for (100);
  popover = sk_test_find_named (GTK_WIDGET (map), "correction-popover");
  g_assert_nonnull (popover);
  gtk_popover_popdown (GTK_POPOVER (popover));
  sk_test_run_for (100);

  /* Its details, and taking it away from there. */
  g_signal_emit_by_name (sk_window_get_editor (window), "context", (gint64) 0, x, y);
  sk_test_run_for (100);
  button = sk_test_find_named (GTK_WIDGET (window), "correction-remove");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_for_reach (window);
  g_assert_cmpuint (n_markers (window), ==, 0);
  g_clear_pointer (&text, g_free);
  text = history_text (window);
  g_assert_nonnull (strstr (text, "Gerda haalde de toegevoegde huisarts weg"));

  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_run_for (50);
}

/* The first change of a fresh window may be an added facility: it
 * makes the session file, as a placed idea does. */
static void
test_first_change (void)
{
  SkWindow *window = open_window ();
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  GtkWidget *popover, *button;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_assert_null (sk_window_get_session (window));
  g_signal_emit_by_name (sk_window_get_editor (window), "context", (gint64) 0,
                         gtk_widget_get_width (GTK_WIDGET (map)) / 3.0,
                         gtk_widget_get_height (GTK_WIDGET (map)) / 3.0);
  sk_test_run_for (100);
  popover = sk_test_find_named (GTK_WIDGET (map), "correction-popover");
  button = sk_test_find_named (popover, "correction-apotheek");
  g_signal_emit_by_name (button, "clicked");
  wait_for_reach (window);
  g_assert_nonnull (sk_window_get_session (window));
  list = sk_store_list_corrections (sk_session_get_store (sk_window_get_session (window)), NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((SkStoreCorrection *) g_ptr_array_index (list, 0))->type, ==, "apotheek");
  g_assert_cmpuint (n_markers (window), ==, 1);
  text = history_text (window);
  g_assert_nonnull (strstr (text, "Iemand voegde een apotheek toe die nog niet op de kaart stond"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (n_markers (window), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_run_for (50);
}

int
main (int   argc,
      char *argv[])
{
  /* Folders of its own: nothing left behind by other tests counts. */
  g_autofree char *home = sk_test_ui_fresh_home ("ui-correction");
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/ui/correction/add-from-map", test_add_from_map);
  g_test_add_func ("/ui/correction/first-change", test_first_change);
  status = g_test_run ();
  sk_test_tmpdir_remove (home);
  return status;
}
