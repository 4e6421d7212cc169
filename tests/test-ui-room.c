/* test-ui-room.c — a workshop as a facilitator runs it (issue 13):
 * the idea's menu, dragging ideas, the clicker, looking back, presenting
 * on a 1024 × 768 projector and the touch table, under Xvfb. */
#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <math.h>
#include <string.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "sk-help-overlay.h"
#include "sk-preferences-window.h"
#include "sk-session-panel.h"
#include "sk-store.h"
#include "sk-test-ui.h"
#include "sk-test-util.h"
#include "sk-window.h"

static SkWindow *
open_window_sized (int width,
                   int height)
{
  return sk_test_ui_open_window (width, height);
}

static SkWindow *
open_window (void)
{
  return open_window_sized (1280, 800);
}

static guint
n_items (SkWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (sk_window_get_plan (window)));
}

static gint64
item_id (SkWindow *window,
         guint     i)
{
  g_autoptr(SkIntervention) iv = g_list_model_get_item (G_LIST_MODEL (sk_window_get_plan (window)), i);

  return sk_intervention_get_id (iv);
}

/* Places a point idea of KIND at x, y on the map, as a tap does. */
static void
place (SkWindow   *window,
       const char *kind,
       double      x,
       double      y)
{
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", kind);
  sk_map_editor_tap (sk_window_get_editor (window), x, y, 1);
}

/* Where idea I is on the map now (the map may have moved to the plan). */
static void
idea_at (SkWindow *window,
         guint     i,
         double   *x,
         double   *y)
{
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  g_autoptr(SkIntervention) iv = g_list_model_get_item (G_LIST_MODEL (sk_window_get_plan (window)), i);
  size_t n;
  const SkLatLon *points = sk_intervention_get_points (iv, &n);

  shumate_viewport_location_to_widget_coords (shumate_map_get_viewport (map), GTK_WIDGET (map),
                                              points[0].lat, points[0].lon, x, y);
}

/* Runs the main loop until WIDGET is mapped (MAPPED) or not, at most 3 s:
 * a popover appears a frame or two after it is asked for. */
static void
wait_mapped (GtkWidget *widget,
             gboolean   mapped)
{
  for (int i = 0; i < 60 && gtk_widget_get_mapped (widget) != mapped; i++)
    sk_test_run_for (50);
  g_assert_true (gtk_widget_get_mapped (widget) == mapped);
}

static gboolean
is_type_named (GtkWidget     *widget,
               gconstpointer  name)
{
  return g_str_equal (G_OBJECT_TYPE_NAME (widget), name);
}

/* Right click (or long press) on an idea, then "Verwijderen" in its
 * menu: the idea is gone, as the menu says. */
static void
test_context_menu_deletes (void)
{
  SkWindow *window = open_window ();
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  GtkWidget *popover, *item;

  place (window, "pluktuin", w / 2, h / 2);
  g_assert_cmpuint (n_items (window), ==, 1);
  g_signal_emit_by_name (sk_window_get_editor (window), "context", item_id (window, 0), w / 2, h / 2);
  popover = sk_test_find_type (GTK_WIDGET (map), GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (popover);
  wait_mapped (popover, TRUE);
  item = sk_test_find_widget (popover, is_type_named, "GtkModelButton");
  g_assert_nonnull (item);
  g_object_ref (popover);
  g_signal_emit_by_name (item, "clicked");
  wait_mapped (popover, FALSE);
  g_object_unref (popover);
  sk_test_run_for (100);
  g_assert_cmpuint (n_items (window), ==, 0);
  /* The menu is gone from the map too. */
  g_assert_null (sk_test_find_type (GTK_WIDGET (map), GTK_TYPE_POPOVER_MENU));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A drag that starts on an idea that is not selected moves that idea
 * (and selects it), instead of panning the map. */
static void
test_drag_unselected_idea (void)
{
  SkWindow *window = open_window ();
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  SkPlanLayer *layer = sk_window_get_plan_layer (window);
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  double lat0 = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  g_autoptr(SkIntervention) first = NULL;
  const SkLatLon *points;
  size_t n;
  double lat_before;

  place (window, "pluktuin", w / 3, h / 2);
  place (window, "dorpshuis", 2 * w / 3, h / 2);
  g_assert_cmpuint (n_items (window), ==, 2);
  /* The dorpshuis is selected; the pluktuin is grabbed. */
  g_assert_cmpint (sk_plan_layer_get_selected (layer), ==, item_id (window, 1));
  first = g_list_model_get_item (G_LIST_MODEL (sk_window_get_plan (window)), 0);
  points = sk_intervention_get_points (first, &n);
  lat_before = points[0].lat;
  g_assert_true (sk_map_editor_drag (sk_window_get_editor (window), w / 3, h / 2, w / 3, h / 4));
  points = sk_intervention_get_points (first, &n);
  g_assert_cmpfloat (points[0].lat, >, lat_before);
  g_assert_cmpint (sk_plan_layer_get_selected (layer), ==, item_id (window, 0));
  /* The map stayed where it was. */
  g_assert_cmpfloat (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), ==, lat0);
  /* A drag on empty map still pans (the editor leaves it to the map). */
  g_assert_false (sk_map_editor_drag (sk_window_get_editor (window), 10, 10, 40, 40));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_mapped_spin (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_SPIN_BUTTON (widget) && gtk_widget_get_mapped (widget);
}

static gboolean
is_undo_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.undo") == 0;
}

static gboolean
is_selection_editor (GtkWidget     *widget,
                     gconstpointer  data)
{
  return ADW_IS_PREFERENCES_GROUP (widget) && sk_test_find_named (widget, "comments-box") != NULL;
}

/* Selecting an idea brings its properties into view, however far down
 * the results panel was scrolled, and from another page of the panel. */
static void
test_selection_editor_in_view (void)
{
  SkWindow *window = open_window ();
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  GtkWidget *editor, *scroll, *stack;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double x, y;

  place (window, "pluktuin", w / 3, h / 2);
  place (window, "dorpshuis", 2 * w / 3, h / 2);
  sk_test_run_for (200);
  editor = sk_test_find_widget (GTK_WIDGET (window), is_selection_editor, NULL);
  g_assert_nonnull (editor);
  scroll = gtk_widget_get_ancestor (editor, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroll));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment), >, 200);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  stack = gtk_widget_get_ancestor (scroll, ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "history");
  sk_test_run_for (100);

  idea_at (window, 0, &x, &y);
  sk_map_editor_tap (sk_window_get_editor (window), x, y, 1);
  g_assert_cmpint (sk_plan_layer_get_selected (sk_window_get_plan_layer (window)), ==, item_id (window, 0));
  sk_test_run_for (200);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "results");
  editor = sk_test_find_widget (GTK_WIDGET (window), is_selection_editor, NULL);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_compute_bounds (editor, scroll, &bounds));
  /* Its title is on screen: the top of the group inside the panel. */
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + 40, <, gtk_widget_get_height (scroll));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A key as the X server delivers it from a keyboard or a clicker (XTest),
 * to the window with the input focus, then time for GTK to handle it. */
static void
press_key (SkWindow *window,
           KeySym    keysym)
{
  Display *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));
  Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window)));
  KeyCode code = XKeysymToKeycode (display, keysym);

  XSetInputFocus (display, xid, RevertToParent, CurrentTime);
  XTestFakeKeyEvent (display, code, True, CurrentTime);
  XTestFakeKeyEvent (display, code, False, CurrentTime);
  XSync (display, False);
  sk_test_run_for (200);
}

/* The pointer as a mouse moves it (XTest), to the middle of WIDGET. */
static void
pointer_to (GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  Display *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (widget));
  Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (native));
  graphene_rect_t bounds;
  double nx, ny;
  int rx, ry;
  Window child;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (native), &bounds));
  gtk_native_get_surface_transform (native, &nx, &ny);
  XTranslateCoordinates (display, xid, DefaultRootWindow (display),
                         (int) (nx + bounds.origin.x + bounds.size.width / 2),
                         (int) (ny + bounds.origin.y + bounds.size.height / 2), &rx, &ry, &child);
  XTestFakeMotionEvent (display, -1, rx, ry, CurrentTime);
  XSync (display, False);
}

static void
click_here (GtkWidget *widget)
{
  Display *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (widget));

  XTestFakeButtonEvent (display, 1, True, CurrentTime);
  XTestFakeButtonEvent (display, 1, False, CurrentTime);
  XSync (display, False);
}

static gboolean
is_shown_tooltip (GtkWidget     *widget,
                  gconstpointer  data)
{
  return g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkTooltipWindow") && gtk_widget_get_mapped (widget);
}

static gboolean
is_menu_button_with_tooltip (GtkWidget     *widget,
                             gconstpointer  text)
{
  return GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

/* A tooltip shown for a button goes away when the button opens its menu
 * or popover, and does not come back over it while it is open. */
static void
test_tooltip_not_over_menu (void)
{
  SkWindow *window = open_window ();
  GtkWidget *button = sk_test_find_widget (GTK_WIDGET (window), is_menu_button_with_tooltip, "Hoofdmenu");
  g_autoptr(GList) markers = NULL;
  GtkPopover *popover;
  GtkWidget *dot;

  g_assert_nonnull (button);
  pointer_to (button);
  sk_test_run_for (100);
  pointer_to (button);
  sk_test_run_for (1500);
  sk_test_ui_shot ("tooltip-before-menu");
  g_assert_nonnull (sk_test_find_widget (GTK_WIDGET (window), is_shown_tooltip, NULL));
  click_here (button);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  wait_mapped (GTK_WIDGET (popover), TRUE);
  sk_test_run_for (1500);
  sk_test_ui_shot ("tooltip-over-menu");
  g_assert_null (sk_test_find_widget (GTK_WIDGET (window), is_shown_tooltip, NULL));
  /* Closed again, the button has its tooltip back. */
  gtk_popover_popdown (popover);
  wait_mapped (GTK_WIDGET (popover), FALSE);
  g_assert_true (gtk_widget_get_has_tooltip (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Hoofdmenu");

  /* A kern's details: its dot's name comes back after the popover,
   * which is taken away (unparented) when it closes. */
  markers = shumate_marker_layer_get_markers (sk_window_get_kern_layer (window));
  dot = shumate_marker_get_child (markers->data);
  g_signal_emit_by_name (dot, "clicked");
  popover = GTK_POPOVER (sk_test_find_type (dot, GTK_TYPE_POPOVER));
  g_assert_nonnull (popover);
  wait_mapped (GTK_WIDGET (popover), TRUE);
  g_assert_false (gtk_widget_get_has_tooltip (dot));
  /* Closing it takes it away, after GTK is done with it (no critical). */
  gtk_popover_popdown (popover);
  sk_test_run_for (200);
  g_assert_null (sk_test_find_type (dot, GTK_TYPE_POPOVER));
  g_assert_true (gtk_widget_get_has_tooltip (dot));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Page Up/Down step through the history while presenting, even when a
 * spin button has the focus (it would take Page Up for itself); while
 * looking back a banner says so, undo cannot change the unseen present,
 * and "Nu" brings the present back. */
static void
test_clicker_and_looking_back (void)
{
  SkWindow *window = open_window ();
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  SkHistoryView *history;
  g_autoptr(GtkWidget) spin = NULL;
  GtkWidget *banner, *now;
  double rate;
  GtkLabel *label = NULL;

  place (window, "pluktuin", w / 3, h / 2);
  place (window, "dorpshuis", 2 * w / 3, h / 2);
  history = sk_window_get_history_view (window);
  g_assert_nonnull (history);
  g_assert_cmpuint (sk_history_view_get_n_steps (history), ==, 2);
  banner = sk_test_find_named (GTK_WIDGET (window), "replay-banner");
  g_assert_nonnull (banner);
  g_assert_false (gtk_widget_get_visible (banner));

  sk_window_set_presenting (window, TRUE);
  sk_test_run_for (200);
  /* A spin button in the idea's properties has the focus: it takes
   * Page Up for itself (a step of its value) unless the window comes first. */
  spin = sk_test_find_widget (GTK_WIDGET (window), is_mapped_spin, NULL);
  g_assert_nonnull (spin);
  g_object_ref (spin);  /* looking back takes the properties away */
  rate = gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin));
  g_assert_true (gtk_widget_grab_focus (spin));
  press_key (window, XK_Page_Up);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, rate);
  g_assert_false (sk_history_view_get_at_present (history));
  g_assert_cmpuint (sk_history_view_get_step (history), ==, 1);
  g_assert_cmpuint (sk_plan_layer_get_n_features (sk_window_get_plan_layer (window)), ==, 1);

  /* The banner stays while looking back, and says where. */
  sk_test_run_for (300);
  sk_test_ui_shot ("looking-back-presenting");
  g_assert_true (gtk_widget_get_visible (banner));
  label = GTK_LABEL (sk_test_find_type (banner, GTK_TYPE_LABEL));
  g_assert_cmpstr (gtk_label_get_label (label), ==, "U kijkt terug — stap 1 van 2");
  /* Undo would change the present out of sight: it is off. */
  g_assert_false (gtk_widget_is_sensitive (sk_test_find_widget (GTK_WIDGET (window), is_undo_button, NULL)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (n_items (window), ==, 2);

  /* Out of presenting, the clicker still steps while looking back. */
  sk_window_set_presenting (window, FALSE);
  sk_test_run_for (200);
  press_key (window, XK_Page_Down);
  g_assert_true (sk_history_view_get_at_present (history));
  g_assert_false (gtk_widget_get_visible (banner));
  /* At the present and not presenting, Page Up is the panel's again. */
  press_key (window, XK_Page_Up);
  g_assert_true (sk_history_view_get_at_present (history));
  sk_history_view_step (history, -1);
  sk_test_ui_shot ("looking-back");
  g_assert_true (gtk_widget_get_visible (banner));

  /* "Nu": back to the present, and editing again. */
  now = sk_test_find_named (banner, "replay-now");
  g_assert_nonnull (now);
  g_signal_emit_by_name (now, "clicked");
  g_assert_true (sk_history_view_get_at_present (history));
  g_assert_false (gtk_widget_get_visible (banner));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (n_items (window), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_visible_label_with (GtkWidget     *widget,
                       gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
         && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

/* Presenting on a 1024 × 768 projector: the results lie beside the map,
 * not over the plan, and the map shows every idea of the plan. */
static void
test_present_1024 (void)
{
  SkWindow *window = open_window_sized (1024, 768);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  GtkWidget *results;
  graphene_rect_t map_box, results_box;

  /* Ideas across the whole map as it is before presenting, the right
   * one where the results panel would lie. */
  place (window, "pluktuin", w * 0.1, h * 0.2);
  place (window, "dorpshuis", w * 0.95, h * 0.5);
  place (window, "speelplek", w * 0.5, h * 0.9);
  g_assert_cmpuint (n_items (window), ==, 3);
  sk_window_set_presenting (window, TRUE);
  sk_test_run_for (1500);
  sk_test_ui_shot ("present-1024x768");

  results = sk_test_find_named (GTK_WIDGET (window), "rate-spin");
  results = gtk_widget_get_ancestor (results, ADW_TYPE_VIEW_STACK);
  g_assert_true (gtk_widget_get_mapped (results));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (map), GTK_WIDGET (window), &map_box));
  g_assert_true (gtk_widget_compute_bounds (results, GTK_WIDGET (window), &results_box));
  /* Side by side: the map ends where the results begin. */
  g_assert_cmpfloat (map_box.origin.x + map_box.size.width, <=, results_box.origin.x + 1);
  g_assert_cmpfloat (map_box.size.width, >=, 480);
  /* Every idea is on the visible map. */
  for (guint i = 0; i < n_items (window); i++)
    {
      double x, y;

      idea_at (window, i, &x, &y);
      g_assert_cmpfloat (x, >, 0);
      g_assert_cmpfloat (x, <, map_box.size.width);
      g_assert_cmpfloat (y, >, 0);
      g_assert_cmpfloat (y, <, map_box.size.height);
    }
  /* "Presenteren: Esc of F11 om te stoppen", in large type, leaves the
   * Legenda button beside it free. */
  {
    GtkWidget *hint = sk_test_find_widget (GTK_WIDGET (window), is_visible_label_with,
                                           "Presenteren: Esc");
    GtkWidget *legend = sk_test_find_named (GTK_WIDGET (window), "legend-button");
    graphene_rect_t a, b;

    g_assert_nonnull (hint);
    g_assert_true (gtk_widget_compute_bounds (hint, GTK_WIDGET (window), &a));
    g_assert_true (gtk_widget_compute_bounds (legend, GTK_WIDGET (window), &b));
    g_assert_false (graphene_rect_intersection (&a, &b, NULL));
  }
  sk_window_set_presenting (window, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first idea starts the session file; the map stays where the idea
 * was put (it used to fly to the new plan, and a flight still under way
 * took presenting's fit away: ideas off the map). */
static void
test_first_idea_keeps_map (void)
{
  SkWindow *window = open_window ();
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  double zoom = shumate_viewport_get_zoom_level (viewport);
  double x, y;

  place (window, "pluktuin", w * 0.2, h * 0.3);
  g_assert_nonnull (sk_window_get_session (window));
  sk_test_run_for (800);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), ==, zoom);
  idea_at (window, 0, &x, &y);
  g_assert_cmpfloat (fabs (x - w * 0.2), <, 1);
  g_assert_cmpfloat (fabs (y - h * 0.3), <, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A window on a new session file whose kind of meeting is FORMAT. */
static SkWindow *
open_session_of_format (const char *dir,
                        const char *format)
{
  g_autofree char *path = g_build_filename (dir, format, NULL);
  SkStoreMetadata metadata = { (char *) "Atelier Nolde", (char *) "Nolde", NULL, (char *) format };
  g_autoptr(SkStore) store = sk_store_create (path, &metadata, NULL);
  SkWindow *window = open_window ();

  g_assert_nonnull (store);
  g_clear_object (&store);
  g_assert_true (sk_window_open_session (window, path));
  sk_test_run_for (300);
  return window;
}

static void
click (SkWindow   *window,
       const char *name)
{
  GtkWidget *button = sk_test_find_named (GTK_WIDGET (window), name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
assert_finger_sized (SkWindow   *window,
                     const char *name)
{
  GtkWidget *widget = sk_test_find_named (GTK_WIDGET (window), name);

  g_assert_nonnull (widget);
  g_assert_cmpint (gtk_widget_get_width (widget), >=, 44);
  g_assert_cmpint (gtk_widget_get_height (widget), >=, 44);
}

static double
zoom_of (SkWindow *window)
{
  return shumate_viewport_get_zoom_level (shumate_simple_map_get_viewport (sk_window_get_map (window)));
}

/* An atelier session is a touch table: + doubles the scale, a line is
 * finished, shortened and stopped with buttons on screen, and corners are
 * found within a finger's width (44 px). A kitchen-table session keeps
 * the keyboard's ways. */
static void
test_touch_mode (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("atelier-touch");
  SkWindow *window = open_session_of_format (dir, "atelier");
  SkMapEditor *editor = sk_window_get_editor (window);
  SkPlanLayer *layer = sk_window_get_plan_layer (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  GtkWidget *bar;
  double zoom, x, y;
  gint64 id;

  g_assert_true (sk_window_get_touch (window));
  assert_finger_sized (window, "touch-zoom-in");
  assert_finger_sized (window, "touch-zoom-out");
  /* One tap on +: one zoom level, twice as near. */
  zoom = zoom_of (window);
  click (window, "touch-zoom-in");
  sk_test_run_for (600);
  g_assert_cmpfloat_with_epsilon (zoom_of (window), round (zoom) + 1, 0.01);
  click (window, "touch-zoom-out");
  sk_test_run_for (600);
  g_assert_cmpfloat_with_epsilon (zoom_of (window), round (zoom), 0.01);

  /* Drawing a fietspad: the buttons show, and do what the keys do. */
  bar = sk_test_find_named (GTK_WIDGET (window), "drawing-bar");
  g_assert_nonnull (bar);
  g_assert_false (gtk_widget_get_visible (bar));
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "fietspad");
  sk_test_run_for (100);
  g_assert_true (gtk_widget_get_visible (bar));
  sk_map_editor_tap (editor, w * 0.3, h * 0.5, 1);
  sk_map_editor_tap (editor, w * 0.6, h * 0.5, 1);
  sk_map_editor_tap (editor, w * 0.9, h * 0.9, 1);
  sk_test_run_for (200);
  sk_test_ui_shot ("touch-drawing");
  assert_finger_sized (window, "drawing-finish");
  assert_finger_sized (window, "drawing-back");
  assert_finger_sized (window, "drawing-stop");
  click (window, "drawing-back");
  g_assert_cmpuint (sk_map_editor_get_n_sketch (editor), ==, 2);
  click (window, "drawing-finish");
  g_assert_cmpuint (n_items (window), ==, 1);
  sk_test_run_for (100);
  g_assert_false (gtk_widget_get_visible (bar));
  id = item_id (window, 0);

  /* A corner is found 20 px from its centre (a fingertip off). */
  idea_at (window, 0, &x, &y);
  g_assert_cmpint (sk_plan_layer_pick_vertex (layer, id, x + 20, y), ==, 0);

  /* Stoppen throws a sketch away. */
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "ommetje");
  sk_map_editor_tap (editor, w * 0.2, h * 0.2, 1);
  click (window, "drawing-stop");
  g_assert_cmpuint (sk_map_editor_get_n_sketch (editor), ==, 0);
  g_assert_null (sk_map_editor_get_armed (editor));
  g_assert_cmpuint (n_items (window), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));

  /* At a kitchen table: no touch mode, the keys and small steps stay. */
  window = open_session_of_format (dir, "keukentafelgesprek");
  g_assert_false (sk_window_get_touch (window));
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "fietspad");
  sk_test_run_for (100);
  g_assert_false (gtk_widget_get_visible (sk_test_find_named (GTK_WIDGET (window), "drawing-bar")));
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_tmpdir_remove (dir);
}

/* The pictures (256 px squares) a snapshot of the plan layer is made of. */
static void
collect_squares (GskRenderNode *node,
                 GPtrArray     *textures)
{
  graphene_rect_t bounds;

  switch ((int) gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect_squares (gsk_container_node_get_child (node, i), textures);
      break;
    case GSK_TRANSFORM_NODE:
      collect_squares (gsk_transform_node_get_child (node), textures);
      break;
    case GSK_CAIRO_NODE:
      gsk_render_node_get_bounds (node, &bounds);
      if (bounds.size.width == 256)
        g_ptr_array_add (textures, gsk_render_node_ref (node));
      break;
    default:
      break;
    }
}

static GPtrArray *
layer_squares (SkPlanLayer *layer)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  GPtrArray *textures = g_ptr_array_new_with_free_func ((GDestroyNotify) gsk_render_node_unref);

  GTK_WIDGET_GET_CLASS (layer)->snapshot (GTK_WIDGET (layer), snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  collect_squares (node, textures);
  gsk_render_node_unref (node);
  return textures;
}

/* An edit redraws only the part of the plan it touches: after one idea
 * moved a little, the picture of the other, far away, is the very same
 * (so the next frame repaints a few squares, not the whole map). */
static void
test_edit_redraws_only_what_changed (void)
{
  SkWindow *window = open_window ();
  SkPlanLayer *layer = sk_window_get_plan_layer (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  guint kept = 0, redrawn = 0, evaluations, rendered;

  /* The second idea in a far corner. */
  place (window, "pluktuin", w * 0.5, h * 0.5);
  sk_test_run_for (300);
  place (window, "dorpshuis", w * 0.95, h * 0.95);
  sk_test_run_for (300);
  before = layer_squares (layer);
  g_assert_cmpuint (before->len, >=, 1);
  evaluations = sk_window_get_n_evaluations (window);
  rendered = sk_plan_layer_get_n_rendered (layer);
  g_assert_true (sk_plan_move (sk_window_get_plan (window), item_id (window, 0), 0.001, 0.001, NULL));
  /* The edit is evaluated once (the history's new step does not
   * evaluate the same plan again). */
  g_assert_cmpuint (sk_window_get_n_evaluations (window), ==, evaluations + 1);
  after = layer_squares (layer);
  for (guint i = 0; i < after->len; i++)
    if (g_ptr_array_find (before, g_ptr_array_index (after, i), NULL))
      kept++;
    else
      redrawn++;
  g_assert_cmpuint (kept, >=, 1);
  g_assert_cmpuint (redrawn, >=, 1);
  g_assert_cmpuint (redrawn, <=, 4);
  /* Only those squares were drawn anew. */
  g_assert_cmpuint (sk_plan_layer_get_n_rendered (layer) - rendered, ==, redrawn);
  sk_test_ui_shot ("plan-after-edit");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Choosing the facility with the longest name in the reachability panel
 * leaves the panel as wide as it was, and the toolbox where it was. */
static void
test_panel_width_not_by_label (void)
{
  SkWindow *window = open_window ();
  SkReachPanel *panel = sk_window_get_reach_panel (window);
  GtkWidget *side = gtk_widget_get_ancestor (GTK_WIDGET (panel), ADW_TYPE_VIEW_STACK);
  AdwFlap *toolbox = ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (sk_window_get_map (window)), ADW_TYPE_FLAP));
  int width;

  sk_test_run_for (300);
  width = gtk_widget_get_width (side);
  g_assert_cmpint (width, >, 0);
  g_assert_true (adw_flap_get_reveal_flap (toolbox));
  g_assert_false (adw_flap_get_folded (toolbox));
  sk_reach_panel_set_facility (panel, SK_FACILITY_ONTMOETINGSPLEK);
  sk_test_run_for (500);
  sk_test_ui_shot ("reach-ontmoetingsplek");
  g_assert_cmpint (gtk_widget_get_width (side), ==, width);
  g_assert_true (adw_flap_get_reveal_flap (toolbox));
  g_assert_false (adw_flap_get_folded (toolbox));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* RGB distance (0–441) between two colours written #rrggbb. */
static double
colour_distance (const char *a,
                 const char *b)
{
  GdkRGBA x, y;

  g_assert_true (gdk_rgba_parse (&x, a));
  g_assert_true (gdk_rgba_parse (&y, b));
  return 255 * sqrt (pow (x.red - y.red, 2) + pow (x.green - y.green, 2) + pow (x.blue - y.blue, 2));
}

/* Participants' colours are never (close to) the green, yellow and red of
 * the reachability grades nor the blue of a selection. */
static void
test_participant_colours_apart (void)
{
  static const char *const reserved[] = { "#26a269", "#e5a50a", "#c01c28", "#3584e4", "#1c71d8" };
  SkWindow *window = open_window ();
  GtkWidget *panel = sk_test_find_type (GTK_WIDGET (window), SK_TYPE_SESSION_PANEL);
  GtkWidget *stack = gtk_widget_get_ancestor (panel, ADW_TYPE_VIEW_STACK);
  g_autoptr(GPtrArray) participants = NULL;

  /* Opening the session page starts the session. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "session");
  sk_test_run_for (100);
  g_assert_nonnull (sk_window_get_session (window));
  for (int i = 0; i < 10; i++)
    {
      g_autofree char *name = g_strdup_printf ("Deelnemer %d", i + 1);

      gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (panel, SK_TYPE_SESSION_PANEL,
                                                                         "name_entry")), name);
      g_signal_emit_by_name (gtk_widget_get_template_child (panel, SK_TYPE_SESSION_PANEL, "add_button"),
                             "clicked");
    }
  participants = sk_store_list_participants (sk_session_get_store (sk_window_get_session (window)), NULL);
  g_assert_cmpuint (participants->len, ==, 10);
  for (guint i = 0; i < participants->len; i++)
    for (guint r = 0; r < G_N_ELEMENTS (reserved); r++)
      {
        const SkStoreParticipant *p = g_ptr_array_index (participants, i);

        g_assert_cmpfloat (colour_distance (p->colour, reserved[r]), >, 80);
      }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_dots (GtkWidget *widget,
              GPtrArray *dots)
{
  if (gtk_widget_has_css_class (widget, "reach-dot"))
    g_ptr_array_add (dots, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_dots (c, dots);
}

/* Each village's grade in the reachability list is a shape as well as a
 * colour: ● within the norm, ◆ up to 1.5 × it, ■ further. */
static void
test_grades_by_shape (void)
{
  static const struct { const char *css_class, *symbol; } shapes[] = {
    { "reach-good", "●" }, { "reach-fair", "◆" }, { "reach-poor", "■" },
  };
  SkWindow *window = open_window ();
  g_autoptr(GPtrArray) dots = g_ptr_array_new ();
  guint seen[G_N_ELEMENTS (shapes)] = { 0 };

  sk_reach_panel_set_facility (sk_window_get_reach_panel (window), SK_FACILITY_ONTMOETINGSPLEK);
  sk_test_run_for (200);
  collect_dots (GTK_WIDGET (sk_window_get_reach_panel (window)), dots);
  g_assert_cmpuint (dots->len, >, 3);
  for (guint i = 0; i < dots->len; i++)
    for (guint k = 0; k < G_N_ELEMENTS (shapes); k++)
      if (gtk_widget_has_css_class (g_ptr_array_index (dots, i), shapes[k].css_class))
        {
          g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (dots, i)), ==, shapes[k].symbol);
          seen[k]++;
        }
  /* The Reestdal has villages of at least two grades. */
  g_assert_cmpuint ((seen[0] > 0) + (seen[1] > 0) + (seen[2] > 0), >=, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_label_text (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* The shortcuts window fits a 1280-px screen and has a Dutch title. */
static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/samenkaart/Samenkaart/gtk/help-overlay.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  GLogLevelFlags always_fatal;
  int width, height;

  g_assert_nonnull (shortcuts);
  /* GTK 4.8's shortcuts window warns about its own search label
   * ("reported min width -3"): GTK's, not ours; not fatal here. */
  always_fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  gtk_window_present (shortcuts);
  sk_test_run_for (300);
  g_log_set_always_fatal (always_fatal);
  sk_help_overlay_translate (shortcuts);
  /* Its header in Dutch too, not GTK's own (English here) "Shortcuts". */
  g_assert_nonnull (sk_test_find_widget (gtk_window_get_titlebar (shortcuts), is_label_text, "Sneltoetsen"));
  g_assert_null (sk_test_find_widget (gtk_window_get_titlebar (shortcuts), is_label_text, "Shortcuts"));
  sk_test_run_for (100);
  sk_test_ui_shot ("shortcuts");
  sk_test_ui_shot ("shortcuts");
  g_assert_cmpstr (gtk_window_get_title (shortcuts), ==, "Sneltoetsen");
  width = gtk_widget_get_width (GTK_WIDGET (shortcuts));
  height = gtk_widget_get_height (GTK_WIDGET (shortcuts));
  g_assert_cmpint (width, <=, 1200);
  g_assert_cmpint (height, <=, 760);
  gtk_window_destroy (shortcuts);
}

/* The reachability panel's (i): it opens with nothing selected, in one
 * language (km/u, not km/h), and whole on the screen. */
static void
test_reach_sources_popover (void)
{
  SkWindow *window = open_window ();
  GtkWidget *panel = GTK_WIDGET (sk_window_get_reach_panel (window));
  GtkMenuButton *button = GTK_MENU_BUTTON (sk_test_find_type (panel, GTK_TYPE_MENU_BUTTON));
  GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (panel, SK_TYPE_REACH_PANEL, "sources_label"));
  GtkWidget *popover;
  int start, end;

  sk_reach_panel_set_mode (SK_REACH_PANEL (panel), SK_MODE_FIETS);
  gtk_menu_button_popup (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  wait_mapped (popover, TRUE);
  sk_test_run_for (300);
  sk_test_ui_shot ("reach-sources");
  g_assert_false (gtk_label_get_selection_bounds (label, &start, &end) && end > start);
  g_assert_null (strstr (gtk_label_get_label (label), "km/h"));
  g_assert_nonnull (strstr (gtk_label_get_label (label), "km/u"));
  /* Whole on screen: it scrolls instead of growing past the window, and
   * opens towards the map, where there is room, not past the right edge. */
  g_assert_cmpint (gtk_widget_get_height (popover), <=, 480);
  g_assert_cmpint (gtk_popover_get_position (GTK_POPOVER (popover)), ==, GTK_POS_LEFT);
  gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_ellipsized_label (GtkWidget     *widget,
                     gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget)));
}

/* The preferences show the chosen items whole, not cut short. */
static void
test_preferences_whole (void)
{
  SkWindow *window = open_window ();
  GtkWindow *preferences = GTK_WINDOW (sk_preferences_window_new (GTK_WINDOW (window)));
  GtkWidget *cut;

  gtk_window_present (preferences);
  sk_test_run_for (400);
  sk_test_ui_shot ("preferences");
  cut = sk_test_find_widget (GTK_WIDGET (preferences), is_ellipsized_label, NULL);
  if (cut != NULL)
    g_error ("“%s” is cut short", gtk_label_get_label (GTK_LABEL (cut)));
  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Two ideas placed almost on the same spot: neither badge hides the
 * other. The first stays on its place, the second is set beside it
 * (with a line to its place), and a tap finds each. */
static void
test_badges_apart (void)
{
  SkWindow *window = open_window ();
  SkPlanLayer *layer = sk_window_get_plan_layer (window);
  ShumateMap *map = shumate_simple_map_get_map (sk_window_get_map (window));
  double w = gtk_widget_get_width (GTK_WIDGET (map)), h = gtk_widget_get_height (GTK_WIDGET (map));
  gboolean found = FALSE;
  double x, y;

  place (window, "pluktuin", w / 2, h / 2);
  sk_test_run_for (300);
  idea_at (window, 0, &x, &y);
  place (window, "dorpshuis", x + 4, y + 4);
  g_assert_cmpuint (n_items (window), ==, 2);
  sk_test_run_for (200);
  sk_test_ui_shot ("badges-apart");
  g_assert_cmpint (sk_plan_layer_pick (layer, x, y), ==, item_id (window, 0));
  for (int k = 0; k < 36 && !found; k++)
    found = sk_plan_layer_pick (layer, x + 40 * cos (k * G_PI / 18), y + 40 * sin (k * G_PI / 18))
            == item_id (window, 1);
  g_assert_true (found);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* Folders of its own: nothing left behind by other tests counts. */
  g_autofree char *home = sk_test_ui_fresh_home ("ui-room");
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* XTest moves the X focus about; a blinking cursor that outlives its
   * focus only warns, and warnings are fatal here. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
  sk_test_ui_load_style ();

  g_test_add_func ("/ui/room/context-menu-deletes", test_context_menu_deletes);
  g_test_add_func ("/ui/room/drag-unselected-idea", test_drag_unselected_idea);
  g_test_add_func ("/ui/room/selection-editor-in-view", test_selection_editor_in_view);
  g_test_add_func ("/ui/room/clicker-and-looking-back", test_clicker_and_looking_back);
  g_test_add_func ("/ui/room/first-idea-keeps-map", test_first_idea_keeps_map);
  g_test_add_func ("/ui/room/present-1024", test_present_1024);
  g_test_add_func ("/ui/room/touch-mode", test_touch_mode);
  g_test_add_func ("/ui/room/edit-redraws-only-what-changed", test_edit_redraws_only_what_changed);
  g_test_add_func ("/ui/room/panel-width-not-by-label", test_panel_width_not_by_label);
  g_test_add_func ("/ui/room/participant-colours-apart", test_participant_colours_apart);
  g_test_add_func ("/ui/room/grades-by-shape", test_grades_by_shape);
  g_test_add_func ("/ui/room/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/ui/room/reach-sources-popover", test_reach_sources_popover);
  g_test_add_func ("/ui/room/preferences-whole", test_preferences_whole);
  g_test_add_func ("/ui/room/badges-apart", test_badges_apart);
  g_test_add_func ("/ui/room/tooltip-not-over-menu", test_tooltip_not_over_menu);
  status = g_test_run ();
  sk_test_tmpdir_remove (home);
  return status;
}
