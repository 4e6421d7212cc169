/* test-ui-fit.c — "Past het hier?" in the window (issue 16), under Xvfb:
 * the real pointer (XTest) moves over the Reest valley and over the edge
 * of De Wijk while a woonerf is chosen, and the spot under it says so; a
 * woonerf placed in the beekdal says why in its properties; the results
 * and the PDF report count the ideas per verdict; a woonerf dragged
 * from the toolbox shows the spot before it is dropped; the "Waar past
 * wat?" layer draws its tiles and the legend explains it. */
#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <X11/extensions/XTest.h>

#include "sk-legend.h"
#include "sk-report.h"
#include "sk-test-ui.h"
#include "sk-test-util.h"
#include "sk-window.h"

/* Iterates the main loop until COND holds or, as a bound against a hang
 * (never a measure of speed), 10 s have passed. */
#define WAIT_FOR(cond)                                                  \
  G_STMT_START {                                                        \
    gint64 until_ = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;      \
    while (!(cond) && g_get_monotonic_time () < until_)                 \
      g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), 0);   \
  } G_STMT_END

static SkWindow *
open_window (void)
{
  return sk_test_ui_open_window (1280, 800);
}

static ShumateMap *
get_map (SkWindow *window)
{
  return shumate_simple_map_get_map (sk_window_get_map (window));
}

/* The map shows LAT, LON in its centre at ZOOM. */
static void
go_to (SkWindow *window,
       double    lat,
       double    lon,
       double    zoom)
{
  ShumateViewport *viewport = shumate_map_get_viewport (get_map (window));

  /* A go-to of its own stops one the window may have started; it lands
   * on a later frame. */
  shumate_map_go_to_full_with_duration (get_map (window), lat, lon, zoom, 0);
  WAIT_FOR (fabs (shumate_viewport_get_zoom_level (viewport) - zoom) < 1e-6
            && fabs (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)) - lat) < 1e-6);
  g_assert_cmpfloat_with_epsilon (shumate_viewport_get_zoom_level (viewport), zoom, 1e-6);
  sk_test_run_for (200);
}

/* Until the map stops moving (the window fits itself to the plan after
 * the first idea, animated), at most 10 s. */
static void
wait_for_still_map (SkWindow *window)
{
  ShumateViewport *viewport = shumate_map_get_viewport (get_map (window));
  double last[3] = { NAN, NAN, NAN };
  int still = 0;

  for (int i = 0; i < 100 && still < 3; i++)
    {
      double now[3] = { shumate_viewport_get_zoom_level (viewport),
                        shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                        shumate_location_get_longitude (SHUMATE_LOCATION (viewport)) };

      still = memcmp (now, last, sizeof now) == 0 ? still + 1 : 0;
      memcpy (last, now, sizeof now);
      sk_test_run_for (100);
    }
}

static void
to_widget (SkWindow *window,
           SkLatLon  p,
           double   *x,
           double   *y)
{
  ShumateMap *map = get_map (window);

  shumate_viewport_location_to_widget_coords (shumate_map_get_viewport (map), GTK_WIDGET (map),
                                              p.lat, p.lon, x, y);
}

/* The real pointer to X, Y of WIDGET, as a mouse moves it. */
static void
move_pointer_to (SkWindow  *window,
                 GtkWidget *widget,
                 double     x,
                 double     y)
{
  GtkNative *native = GTK_NATIVE (window);
  Display *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));
  Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (native));
  graphene_point_t at;
  double nx, ny;
  int rx, ry;
  Window child;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (window), &GRAPHENE_POINT_INIT (x, y), &at));
  gtk_native_get_surface_transform (native, &nx, &ny);
  XTranslateCoordinates (display, xid, DefaultRootWindow (display), 0, 0, &rx, &ry, &child);
  XTestFakeMotionEvent (display, DefaultScreen (display), rx + (int) round (at.x + nx),
                        ry + (int) round (at.y + ny), CurrentTime);
  XSync (display, False);
}

/* The real pointer to LAT, LON on the map. */
static void
move_pointer (SkWindow *window,
              SkLatLon  p)
{
  double x, y;

  to_widget (window, p, &x, &y);
  move_pointer_to (window, GTK_WIDGET (get_map (window)), x, y);
}

static void
press_button (SkWindow *window,
              gboolean  down)
{
  Display *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));

  XTestFakeButtonEvent (display, 1, down, CurrentTime);
  XSync (display, False);
  sk_test_run_for (100);
}

/* A point on the Reest: the middle of the segment of its course nearest
 * De Wijk. */
static SkLatLon
on_the_reest (SkRegion     *region,
              const SkKern *de_wijk)
{
  double best = INFINITY;
  SkLatLon p = { 0 };

  for (size_t i = 0; i < sk_region_get_n_lines (region); i++)
    {
      const SkLine *line = sk_region_get_line (region, i);

      if (line->name == NULL || strstr (line->name, "Reest") == NULL)
        continue;
      for (size_t j = 1; j < line->n_points; j++)
        {
          SkLatLon m = { (line->points[j - 1].lat + line->points[j].lat) / 2,
                         (line->points[j - 1].lon + line->points[j].lon) / 2 };
          double d = sk_geo_haversine_m (m.lat, m.lon, de_wijk->lat, de_wijk->lon);

          if (d < best)
            {
              best = d;
              p = m;
            }
        }
    }
  g_assert_cmpfloat (best, <, 5000);
  return p;
}

/* The vertex of the Reest's course whose distance from FROM is nearest
 * METRES. */
static SkLatLon
along_the_reest (SkRegion *region,
                 SkLatLon  from,
                 double    metres)
{
  double best = INFINITY;
  SkLatLon p = from;

  for (size_t i = 0; i < sk_region_get_n_lines (region); i++)
    {
      const SkLine *line = sk_region_get_line (region, i);

      for (size_t j = 0; line->name != NULL && strstr (line->name, "Reest") != NULL && j < line->n_points; j++)
        {
          double d = fabs (sk_geo_haversine_m (from.lat, from.lon, line->points[j].lat, line->points[j].lon) - metres);

          if (d < best)
            {
              best = d;
              p = line->points[j];
            }
        }
    }
  return p;
}

/* METRES from A toward B (or away from it, METRES < 0). */
static SkLatLon
toward (SkLatLon a,
        SkLatLon b,
        double   metres)
{
  double d = sk_geo_haversine_m (a.lat, a.lon, b.lat, b.lon);

  return (SkLatLon) { a.lat + (b.lat - a.lat) * metres / d, a.lon + (b.lon - a.lon) * metres / d };
}

/* In the beekdal but not on the stream's banks: 120 m from the Reest
 * toward De Wijk (the rules: banks 25 m, beekdal 250 m, data/fit). */
static SkLatLon
in_the_valley (SkRegion     *region,
               const SkKern *de_wijk)
{
  return toward (on_the_reest (region, de_wijk), (SkLatLon) { de_wijk->lat, de_wijk->lon }, 120);
}

/* Just outside De Wijk on the side away from the Reest: the point of its
 * kom outline (or its centre) farthest from the stream, 100 m further. */
static SkLatLon
edge_of_de_wijk (const SkKern *kern,
                 SkLatLon      reest)
{
  SkLatLon p = { kern->lat, kern->lon };
  double far = -1, d;

  for (size_t r = 0; r < kern->n_outline; r++)
    for (size_t i = 0; i < kern->outline[r].n_points; i++)
      {
        SkLatLon q = kern->outline[r].points[i];

        if ((d = sk_geo_haversine_m (q.lat, q.lon, reest.lat, reest.lon)) > far)
          {
            far = d;
            p = q;
          }
      }
  /* 100 m on along the line from the Reest through that point. */
  return toward (p, reest, -100);
}

static const SkKern *
find_kern (SkRegion   *region,
           const char *name)
{
  for (size_t k = 0; k < sk_region_get_n_kernen (region); k++)
    if (g_str_equal (sk_region_get_kern (region, k)->name, name))
      return sk_region_get_kern (region, k);
  g_assert_not_reached ();
}

static char *
pdf_text (const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("pdftotext %s -", quoted);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static gboolean
is_shown_label_with (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget)
         && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

static void
test_tint_follows_pointer (void)
{
  SkWindow *window = open_window ();
  SkRegion *region = sk_window_get_region (window);
  const SkKern *de_wijk = find_kern (region, "De Wijk");
  SkLatLon reest = on_the_reest (region, de_wijk);
  SkLatLon valley = in_the_valley (region, de_wijk);
  SkLatLon edge = edge_of_de_wijk (de_wijk, reest);
  SkFitTint *tint = sk_window_get_fit_tint (window);

  go_to (window, (reest.lat + edge.lat) / 2, (reest.lon + edge.lon) / 2, 13);
  /* Nothing chosen: the pointer shows nothing. */
  move_pointer (window, reest);
  sk_test_run_for (100);
  g_assert_cmpint (sk_fit_tint_get_verdict (tint), ==, SK_FIT_NONE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (tint)));

  /* "Waar past wat?" needs a kind; one the rules say nothing about says so. */
  {
    GtkWidget *button = sk_test_find_named (GTK_WIDGET (window), "fit-layer-button");

    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
    g_assert_nonnull (sk_test_find_widget (GTK_WIDGET (window), is_shown_label_with,
                                           "Kies eerst een idee in de gereedschapskist"));
    g_assert_null (sk_window_get_fit_layer_source (window));
    g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "pluktuin");
    g_assert_nonnull (sk_test_find_widget (button, is_shown_label_with,
                                           "Waar past wat: Pluktuin (geen regels)"));
    g_assert_nonnull (sk_window_get_fit_layer_source (window));
    sk_map_editor_key (sk_window_get_editor (window), GDK_KEY_Escape);
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), FALSE);
  }

  /* The woonerf chosen: on the Reest's banks it does not fit … */
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "woonerf");
  move_pointer (window, edge);
  WAIT_FOR (sk_fit_tint_get_verdict (tint) != SK_FIT_NONE);
  move_pointer (window, reest);
  WAIT_FOR (sk_fit_tint_get_verdict (tint) == SK_FIT_PAST_NIET);
  g_assert_cmpint (sk_fit_tint_get_verdict (tint), ==, SK_FIT_PAST_NIET);
  g_assert_true (g_str_has_prefix (sk_fit_tint_get_text (tint), "Past niet"));
  /* … in the rest of the beekdal "nee, tenzij". */
  move_pointer (window, valley);
  WAIT_FOR (sk_fit_tint_get_verdict (tint) == SK_FIT_NEE_TENZIJ);
  g_assert_cmpint (sk_fit_tint_get_verdict (tint), ==, SK_FIT_NEE_TENZIJ);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (tint)));
  g_assert_nonnull (strstr (sk_fit_tint_get_text (tint), "Nee, tenzij"));
  g_assert_nonnull (strstr (sk_fit_tint_get_text (tint), "beekdal"));
  sk_test_ui_shot ("fit-tint-beekdal");

  /* At the edge of De Wijk it fits. */
  move_pointer (window, edge);
  WAIT_FOR (sk_fit_tint_get_verdict (tint) == SK_FIT_PAST);
  g_assert_cmpint (sk_fit_tint_get_verdict (tint), ==, SK_FIT_PAST);
  g_assert_true (g_str_has_prefix (sk_fit_tint_get_text (tint), "Past"));
  g_assert_null (strstr (sk_fit_tint_get_text (tint), "tenzij"));

  /* The map pans under the pointer, which stays: the beekdal comes under
   * it, and the spot says so without a move. */
  {
    ShumateMap *map = get_map (window);
    double ex, ey, vx, vy, lat, lon;

    to_widget (window, edge, &ex, &ey);
    to_widget (window, valley, &vx, &vy);
    shumate_viewport_widget_coords_to_location (shumate_map_get_viewport (map), GTK_WIDGET (map),
                                                gtk_widget_get_width (GTK_WIDGET (map)) / 2.0 + vx - ex,
                                                gtk_widget_get_height (GTK_WIDGET (map)) / 2.0 + vy - ey,
                                                &lat, &lon);
    shumate_map_center_on (map, lat, lon);
    WAIT_FOR (sk_fit_tint_get_verdict (tint) == SK_FIT_NEE_TENZIJ);
    g_assert_cmpint (sk_fit_tint_get_verdict (tint), ==, SK_FIT_NEE_TENZIJ);
  }

  /* Escape stops placing: the spot goes. */
  sk_map_editor_key (sk_window_get_editor (window), GDK_KEY_Escape);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (tint)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A woonerf drawn in the beekdal: four corners around the Reest point. */
static void
place_woonerf_at (SkWindow *window,
                  SkLatLon  at)
{
  SkMapEditor *editor = sk_window_get_editor (window);
  double x, y;

  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "woonerf");
  to_widget (window, at, &x, &y);
  /* 30 px at zoom 15 is about 90 m: some 8,000 m², a woonerf's size. */
  sk_map_editor_tap (editor, x - 15, y - 15, 1);
  sk_map_editor_tap (editor, x + 15, y - 15, 1);
  sk_map_editor_tap (editor, x + 15, y + 15, 1);
  sk_map_editor_tap (editor, x - 15, y + 15, 1);
  g_assert_true (sk_map_editor_key (editor, GDK_KEY_Return));
  sk_test_run_for (100);
}

static gboolean
is_label_with (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

static void
test_placed_in_beekdal (void)
{
  SkWindow *window = open_window ();
  SkRegion *region = sk_window_get_region (window);
  SkLatLon valley = in_the_valley (region, find_kern (region, "De Wijk"));
  g_autofree char *dir = g_dir_make_tmp ("test-ui-fit-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "verslag.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkToolbox) toolbox = sk_toolbox_load (NULL, NULL);
  g_autoptr(SkKengetallen) kengetallen = sk_kengetallen_load_default (NULL);
  GtkWidget *row, *fit_button;
  SkReportOptions options;

  go_to (window, valley.lat, valley.lon, 15);
  place_woonerf_at (window, valley);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sk_window_get_plan (window))), ==, 1);

  /* Its properties say why, in one line with an icon. */
  row = sk_test_find_named (GTK_WIDGET (window), "fit-row");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_drawable (row));
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                   "Nee, tenzij: "));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "beekdal"));
  g_assert_nonnull (sk_test_find_type (row, GTK_TYPE_IMAGE));

  /* A second one on its way: the spot says it before it lands. */
  wait_for_still_map (window);
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "woonerf");
  {
    const SkKern *de_wijk = find_kern (region, "De Wijk");

    move_pointer (window, toward (along_the_reest (region, valley, 600),
                                  (SkLatLon) { de_wijk->lat, de_wijk->lon }, 100));
  }
  WAIT_FOR (sk_fit_tint_get_verdict (sk_window_get_fit_tint (window)) == SK_FIT_NEE_TENZIJ);
  g_assert_cmpint (sk_fit_tint_get_verdict (sk_window_get_fit_tint (window)), ==, SK_FIT_NEE_TENZIJ);
  sk_test_ui_shot ("fit-placed-beekdal");
  sk_map_editor_key (sk_window_get_editor (window), GDK_KEY_Escape);

  /* The conditions count it. */
  g_assert_cmpstr (sk_mkba_panel_get_fit_counts_text (sk_window_get_mkba_panel (window)), ==,
                   "1 idee: nee, tenzij");

  /* "Waar past wat?": off until asked, then the woonerf's tiles. */
  g_assert_null (sk_window_get_fit_layer_source (window));
  fit_button = sk_test_find_named (GTK_WIDGET (window), "fit-layer-button");
  g_assert_nonnull (fit_button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (fit_button), TRUE);
  g_assert_nonnull (sk_window_get_fit_layer_source (window));
  g_assert_cmpstr (sk_fit_layer_source_get_kind (sk_window_get_fit_layer_source (window)), ==,
                   "woonerf");
  g_assert_nonnull (sk_test_find_widget (fit_button, is_shown_label_with, "Waar past wat: Woonerf"));
  go_to (window, valley.lat, valley.lon, 12);
  WAIT_FOR (sk_fit_layer_source_get_n_filled (sk_window_get_fit_layer_source (window)) >= 4);
  g_assert_cmpuint (sk_fit_layer_source_get_n_filled (sk_window_get_fit_layer_source (window)), >=, 4);
  sk_test_ui_shot ("fit-layer-woonerf");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (fit_button), FALSE);
  g_assert_null (sk_window_get_fit_layer_source (window));

  /* Dragged to the edge of De Wijk, its line and the count follow (the
   * properties stay: the line changes in place). */
  {
    const SkKern *de_wijk = find_kern (region, "De Wijk");
    SkLatLon edge = edge_of_de_wijk (de_wijk, on_the_reest (region, de_wijk));
    SkIntervention *iv = g_list_model_get_item (G_LIST_MODEL (sk_window_get_plan (window)), 0);
    size_t n;
    const SkLatLon *points = sk_intervention_get_points (iv, &n);
    SkLatLon at = sk_feature_anchor (SK_FEATURE_AREA, points, n);
    double x0, y0, x1, y1;

    g_object_unref (iv);
    /* Near enough that its badge is not one of its corners. */
    go_to (window, at.lat, at.lon, 15);
    to_widget (window, at, &x0, &y0);
    to_widget (window, edge, &x1, &y1);
    g_assert_true (sk_map_editor_drag (sk_window_get_editor (window), x0, y0, x1, y1));
    sk_test_run_for (100);
    row = sk_test_find_named (GTK_WIDGET (window), "fit-row");
    g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Past"));
    g_assert_null (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "tenzij"));
    g_assert_cmpstr (sk_mkba_panel_get_fit_counts_text (sk_window_get_mkba_panel (window)), ==,
                     "1 idee: past");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    sk_test_run_for (100);
    g_assert_cmpstr (sk_mkba_panel_get_fit_counts_text (sk_window_get_mkba_panel (window)), ==,
                     "1 idee: nee, tenzij");
  }

  /* The report counts it too. */
  sk_report_options_init_default (&options);
  g_assert_true (sk_report_write_pdf (sk_session_get_store (sk_window_get_session (window)), region,
                                      toolbox, kengetallen, &options, pdf, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Past het hier?"));
  g_assert_nonnull (strstr (text, "1 idee: nee, tenzij"));
  g_assert_nonnull (strstr (text, "beekdal"));
  /* The distances behind the verdicts say where they come from. */
  g_assert_nonnull (strstr (text, "De afstanden achter deze oordelen"));
  g_assert_nonnull (strstr (text, "(aanname)"));
  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (pdf);
  g_rmdir (dir);
}

/* A woonerf dragged from the toolbox: over the beekdal the spot says so
 * before it is dropped (a real drag of the mouse, XTest). */
static void
test_drag_from_toolbox (void)
{
  SkWindow *window = open_window ();
  SkRegion *region = sk_window_get_region (window);
  SkLatLon valley = in_the_valley (region, find_kern (region, "De Wijk"));
  GtkWidget *row = sk_test_find_widget (GTK_WIDGET (sk_window_get_palette (window)), is_label_with,
                                        "Woonerf");
  SkFitTint *tint = sk_window_get_fit_tint (window);
  double x, y;

  g_assert_nonnull (row);
  go_to (window, valley.lat, valley.lon, 14);
  g_assert_null (sk_map_editor_get_armed (sk_window_get_editor (window)));
  move_pointer_to (window, row, 10, 5);
  sk_test_run_for (100);
  press_button (window, TRUE);
  /* Past the drag threshold, then onto the map in steps. */
  for (int i = 1; i <= 10; i++)
    {
      move_pointer_to (window, row, 10 + 8 * i, 5 + 3 * i);
      sk_test_run_for (30);
    }
  to_widget (window, valley, &x, &y);
  for (int i = 1; i <= 5; i++)
    {
      move_pointer_to (window, GTK_WIDGET (get_map (window)), x - 50 + 10 * i, y);
      sk_test_run_for (50);
    }
  WAIT_FOR (sk_fit_tint_get_verdict (tint) == SK_FIT_NEE_TENZIJ);
  g_assert_cmpint (sk_fit_tint_get_verdict (tint), ==, SK_FIT_NEE_TENZIJ);
  /* Still nothing placed, nothing armed: it is the drag that shows it. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sk_window_get_plan (window))), ==, 0);
  g_assert_null (sk_map_editor_get_armed (sk_window_get_editor (window)));
  press_button (window, FALSE);
  /* Dropped, the woonerf's first corner is there; Escape stops. */
  WAIT_FOR (sk_map_editor_get_armed (sk_window_get_editor (window)) != NULL);
  g_assert_cmpstr (sk_map_editor_get_armed (sk_window_get_editor (window)), ==, "woonerf");
  sk_map_editor_key (sk_window_get_editor (window), GDK_KEY_Escape);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (tint)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the swatch beside the legend's label TEXT draws anything at
 * (DX, DY) from its centre: drawn through a GtkWidgetPaintable onto an
 * image, as the screen shows it. */
static gboolean
swatch_covers (GtkWidget  *legend,
               const char *text,
               double      dx,
               double      dy)
{
  GtkWidget *label = sk_test_find_widget (legend, is_label_with, text);
  GtkWidget *swatch = gtk_widget_get_prev_sibling (label);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (swatch);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int w = gtk_widget_get_width (swatch), h = gtk_widget_get_height (swatch);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create (surface);
  guint8 alpha;

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  alpha = cairo_image_surface_get_data (surface)[(int) (h / 2.0 + dy) * cairo_image_surface_get_stride (surface)
                                                  + (int) (w / 2.0 + dx) * 4 + 3];
  cairo_surface_destroy (surface);
  return alpha > 0;
}

/* The legend over the map explains the layer's patterns in words. */
static void
test_legend (void)
{
  SkWindow *window = open_window ();
  GtkWidget *button = sk_test_find_named (GTK_WIDGET (window), "legend-button");
  GtkWidget *legend;

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  sk_test_run_for (100);
  legend = sk_test_find_named (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))),
                               "legend");
  g_assert_true (gtk_widget_is_visible (legend));
  g_assert_nonnull (sk_test_find_widget (legend, is_label_with, "Waar past wat?"));
  g_assert_nonnull (sk_test_find_widget (legend, is_label_with, "Nee, tenzij"));
  g_assert_nonnull (sk_test_find_widget (legend, is_label_with, "strepen"));
  g_assert_nonnull (sk_test_find_widget (legend, is_label_with, "ruitjes"));
  /* Everything shows at 1280 × 800 without scrolling (the patterns of
   * the last verdict were cut off when "Waar past wat?" came under the
   * ideas and the travel times). */
  {
    int natural = 0;

    gtk_widget_measure (legend, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (legend), NULL,
                        &natural, NULL, NULL);
    g_assert_cmpint (natural, <=, SK_LEGEND_MAX_HEIGHT);
  }
  /* The travel-time grades by shape as well as colour, as the map draws
   * the village dots: round, a diamond (its top point reaches above the
   * circle), a square (its corner reaches beyond the circle). */
  g_assert_false (swatch_covers (legend, "Binnen de norm", 0, -7.5));
  g_assert_false (swatch_covers (legend, "Binnen de norm", 6, 6));
  g_assert_true (swatch_covers (legend, "Tot anderhalf keer", 0, -7.5));
  g_assert_true (swatch_covers (legend, "Verder dan anderhalf", 6, 6));
  g_assert_false (swatch_covers (legend, "Verder dan anderhalf", 0, -7.5));
  sk_test_ui_shot ("fit-legend");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* Its own data folder: nothing another test left behind. */
  g_autofree char *data_home = g_dir_make_tmp ("test-ui-fit-data-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  sk_test_ui_load_style ();
  g_test_add_func ("/ui-fit/tint-follows-pointer", test_tint_follows_pointer);
  g_test_add_func ("/ui-fit/placed-in-beekdal", test_placed_in_beekdal);
  g_test_add_func ("/ui-fit/drag-from-toolbox", test_drag_from_toolbox);
  g_test_add_func ("/ui-fit/legend", test_legend);
  status = g_test_run ();
  sk_test_tmpdir_remove (data_home);
  return status;
}
