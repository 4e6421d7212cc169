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

void
sk_window_touch_init (SkWindow *self)
{
  GtkOverlay *overlay = GTK_OVERLAY (gtk_widget_get_parent (GTK_WIDGET (self->hint_label)));

  self->touch_zoom = zoom_buttons_new ();
  gtk_overlay_add_overlay (overlay, self->touch_zoom);
  self->drawing_bar = drawing_bar_new (self);
  gtk_overlay_add_overlay (overlay, self->drawing_bar);
  if (self->editor != NULL)
    g_signal_connect_object (self->editor, "sketch-changed", G_CALLBACK (on_sketch_changed), self,
                             G_CONNECT_SWAPPED);
}
