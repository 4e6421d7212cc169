/* sk-window-touch.c — touch mode, for an atelier around a touch table
 * (a session whose kind of meeting is "atelier"): everything to tap is
 * at least 44 px across, a line or an area is finished, shortened or
 * stopped with buttons on screen (a touch table has no Enter, Backspace
 * or Escape), and one tap on + or − doubles or halves the scale. */
#include "sk-config.h"
#include "sk-window-private.h"

#include <glib/gi18n.h>
#include <math.h>

/* One zoom level: twice as near. libshumate's own step is 0.2 level
 * (× 1.15), ten taps from the region to a village. */
#define TOUCH_ZOOM_STEP 1.0
#define TOUCH_ZOOM_MS 250

gboolean
sk_window_get_touch (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);
  return self->touch;
}

void
sk_window_touch_zoom (SkWindow *self,
                      int       direction)
{
  ShumateMap *map = shumate_simple_map_get_map (self->map);
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  double zoom = round (shumate_viewport_get_zoom_level (viewport)) + direction * TOUCH_ZOOM_STEP;

  zoom = CLAMP (zoom, shumate_viewport_get_min_zoom_level (viewport),
                shumate_viewport_get_max_zoom_level (viewport));
  shumate_map_go_to_full_with_duration (map, shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                                        shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                                        zoom, TOUCH_ZOOM_MS);
}

/* The drawing buttons show while a line or an area is being drawn;
 * "Klaar" once there are enough corners, "Laatste hoek weg" once there
 * is one. */
static void
on_sketch_changed (SkWindow *self)
{
  SkMapEditor *editor = self->editor;
  gboolean drawing = self->touch && sk_map_editor_get_drawing (editor);
  guint n = sk_map_editor_get_n_sketch (editor);

  gtk_widget_set_visible (self->drawing_bar, drawing);
  gtk_widget_set_sensitive (self->drawing_finish, n >= 2);
  gtk_widget_set_sensitive (self->drawing_back, n >= 1);
}

/* The buttons do what the keys do on a keyboard. */
static void
on_drawing_button (GtkButton *button,
                   SkWindow  *self)
{
  guint keyval = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sk-key"));

  sk_map_editor_key (self->editor, keyval);
}

static GtkWidget *
touch_button (SkWindow   *self,
              const char *name,
              const char *icon,
              const char *label,
              guint       keyval)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "sk-touch-button");
  g_object_set_data (G_OBJECT (button), "sk-key", GUINT_TO_POINTER (keyval));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_drawing_button), self, 0);
  return button;
}

static GtkWidget *
drawing_bar_new (SkWindow *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_set_name (bar, "drawing-bar");
  gtk_widget_set_halign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (bar, GTK_ALIGN_END);
  gtk_widget_set_margin_bottom (bar, 96);
  self->drawing_finish = touch_button (self, "drawing-finish", "object-select-symbolic", _("Klaar"),
                                       GDK_KEY_Return);
  gtk_widget_add_css_class (self->drawing_finish, "suggested-action");
  self->drawing_back = touch_button (self, "drawing-back", "edit-undo-symbolic",
                                     _("Laatste hoek weg"), GDK_KEY_BackSpace);
  gtk_box_append (GTK_BOX (bar), self->drawing_finish);
  gtk_box_append (GTK_BOX (bar), self->drawing_back);
  gtk_box_append (GTK_BOX (bar), touch_button (self, "drawing-stop", "process-stop-symbolic",
                                               _("Stoppen"), GDK_KEY_Escape));
  gtk_widget_set_visible (bar, FALSE);
  return bar;
}

static GtkWidget *
zoom_button (const char *name,
             const char *icon,
             const char *action,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_name (button, name);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "sk-touch-button");
  gtk_widget_add_css_class (button, "osd");
  return button;
}

static GtkWidget *
zoom_buttons_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), zoom_button ("touch-zoom-in", "zoom-in-symbolic", "win.zoom-in",
                                              _("Dichterbij: twee keer zo groot")));
  gtk_box_append (GTK_BOX (box), zoom_button ("touch-zoom-out", "zoom-out-symbolic", "win.zoom-out",
                                              _("Verder weg: twee keer zo klein")));
  gtk_widget_set_visible (box, FALSE);
  return box;
}

/* Touch mode follows the kind of meeting of the session shown. */
void
sk_window_touch_update (SkWindow *self)
{
  const SkStoreMetadata *metadata = self->session != NULL
                                    ? sk_store_get_metadata (sk_session_get_store (self->session)) : NULL;
  gboolean touch = metadata != NULL && g_strcmp0 (metadata->format, "atelier") == 0;

  if (self->touch_zoom == NULL)
    return;
  self->touch = touch;
  if (self->plan_layer != NULL)
    sk_plan_layer_set_touch (self->plan_layer, touch);
  shumate_simple_map_set_show_zoom_buttons (self->map, !touch);
  gtk_widget_set_visible (self->touch_zoom, touch);
  if (touch)
    gtk_widget_add_css_class (GTK_WIDGET (self), "touch");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "touch");
  if (self->editor != NULL)
    on_sketch_changed (self);
}

/* A ring with four ticks, white under dark: it stands out on the light
 * base map as on a dark area. */
static void
draw_key_target (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        data)
{
  double cx = width / 2.0, cy = height / 2.0;

  for (int pass = 0; pass < 2; pass++)
    {
      cairo_new_path (cr);
      cairo_arc (cr, cx, cy, 8, 0, 2 * G_PI);
      for (int i = 0; i < 4; i++)
        {
          double dx = i == 0 ? 1 : i == 1 ? -1 : 0, dy = i == 2 ? 1 : i == 3 ? -1 : 0;

          cairo_move_to (cr, cx + 4 * dx, cy + 4 * dy);
          cairo_line_to (cr, cx + 15 * dx, cy + 15 * dy);
        }
      cairo_set_line_width (cr, pass == 0 ? 5 : 2);
      if (pass == 0)
        cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      else
        cairo_set_source_rgb (cr, 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0);
      cairo_stroke (cr);
    }
}

/* From the keyboard, Space taps the map's centre (sk-map-editor.c): while
 * an idea is chosen and the map has the keyboard (and the keyboard is in
 * use: the window shows focus), a cross hair shows where it would land. The overlay is the map's size, so its centre is
 * the map's. */
static void
update_key_target (SkWindow *self)
{
  gboolean show = self->editor != NULL && sk_map_editor_get_armed (self->editor) != NULL
                  && gtk_window_get_focus_visible (GTK_WINDOW (self))
                  && gtk_event_controller_focus_contains_focus (
                       GTK_EVENT_CONTROLLER_FOCUS (self->map_focus));

  gtk_widget_set_visible (self->key_target, show);
}

static GtkWidget *
key_target_new (void)
{
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 34);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 34);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_key_target, NULL, NULL);
  gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_widget_set_can_target (area, FALSE);
  gtk_widget_set_visible (area, FALSE);
  gtk_widget_set_name (area, "key-target");
  return area;
}

/* In a narrow window (1024 px) or when presenting, the toolbox lies over
 * the map: once an idea is chosen it gives way, so that the next tap
 * places the idea instead of only closing the toolbox. */
static void
on_editor_changed (SkWindow *self)
{
  on_sketch_changed (self);
  update_key_target (self);
  if (sk_map_editor_get_armed (self->editor) != NULL && adw_flap_get_folded (self->toolbox_flap))
    adw_flap_set_reveal_flap (self->toolbox_flap, FALSE);
}

void
sk_window_touch_init (SkWindow *self)
{
  GtkOverlay *overlay = GTK_OVERLAY (gtk_widget_get_parent (GTK_WIDGET (self->hint_label)));

  self->touch_zoom = zoom_buttons_new ();
  gtk_overlay_add_overlay (overlay, self->touch_zoom);
  self->drawing_bar = drawing_bar_new (self);
  gtk_overlay_add_overlay (overlay, self->drawing_bar);
  self->key_target = key_target_new ();
  gtk_overlay_add_overlay (overlay, self->key_target);
  self->map_focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (self->map_focus, "notify::contains-focus", G_CALLBACK (update_key_target),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (shumate_simple_map_get_map (self->map)), self->map_focus);
  g_signal_connect_object (self, "notify::focus-visible", G_CALLBACK (update_key_target), self,
                           G_CONNECT_SWAPPED);
  if (self->editor != NULL)
    g_signal_connect_object (self->editor, "sketch-changed", G_CALLBACK (on_editor_changed), self,
                             G_CONNECT_SWAPPED);
}
