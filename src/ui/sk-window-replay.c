/* sk-window-replay.c — looking back in a session's history from the main
 * window: a banner over the map says so for as long as it lasts, with a
 * "Nu" button back to the present, and Page Up/Down (what a presentation
 * clicker sends) steps through the history whatever has the focus. */
#include "sk-config.h"
#include "sk-window-private.h"

#include <glib/gi18n.h>

/* The banner follows the history's position; the clicker works while
 * presenting and while looking back. */
void
sk_window_replay_update (SkWindow *self)
{
  gboolean looking_back = self->replay_plan != NULL && self->history_view != NULL;

  gtk_widget_set_visible (self->replay_banner, looking_back);
  if (looking_back)
    {
      g_autofree char *text = g_strdup_printf (_("U kijkt terug — stap %u van %u"),
                                               sk_history_view_get_step (self->history_view),
                                               sk_history_view_get_n_steps (self->history_view));

      gtk_label_set_label (self->replay_label, text);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.history-step",
                                 self->presenting || looking_back);
}

static void
history_now_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);

  if (self->history_view != NULL)
    sk_history_view_set_position (self->history_view, G_MAXINT64);
}

static GtkWidget *
banner_new (SkWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *now = gtk_button_new_with_mnemonic (_("_Nu"));

  gtk_widget_set_name (box, "replay-banner");
  gtk_widget_add_css_class (box, "sk-replay-banner");
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_set_margin_top (box, 12);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_name (now, "replay-now");
  gtk_widget_set_tooltip_text (now, _("Terug naar nu: verder werken"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (now), "win.history-now");
  gtk_widget_add_css_class (now, "pill");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), now);
  gtk_widget_set_visible (box, FALSE);
  self->replay_label = GTK_LABEL (label);
  return box;
}

static void
add_step (GtkShortcutController *controller,
          guint                  keyval,
          int                    delta)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                            gtk_named_action_new ("win.history-step"));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (delta));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

void
sk_window_replay_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.history-now", NULL, history_now_action);
}

void
sk_window_replay_init (SkWindow *self)
{
  GtkWidget *overlay = gtk_widget_get_parent (GTK_WIDGET (self->hint_label));
  GtkEventController *clicker = gtk_shortcut_controller_new ();

  self->replay_banner = banner_new (self);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->replay_banner);
  /* Capture phase: before a focused list, spin button or text field takes
   * Page Up/Down for itself. When stepping is off the keys go on to it. */
  gtk_event_controller_set_propagation_phase (clicker, GTK_PHASE_CAPTURE);
  add_step (GTK_SHORTCUT_CONTROLLER (clicker), GDK_KEY_Page_Down, 1);
  add_step (GTK_SHORTCUT_CONTROLLER (clicker), GDK_KEY_Page_Up, -1);
  gtk_widget_add_controller (GTK_WIDGET (self), clicker);
  sk_window_replay_update (self);
}
