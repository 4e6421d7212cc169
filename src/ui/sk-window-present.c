/* sk-window-present.c — presentation mode: for a design team in front of
 * a projector. Full screen, large type, the panels as overlays over the
 * map, the session's history step by step with Page Up/Down (what a
 * presentation clicker sends), and the Escape key (or F11) to go back. */
#include "sk-config.h"
#include "sk-window-private.h"

#include <glib/gi18n.h>

/* The results panel is wider when its type is larger. */
static void
set_panel_width (SkWindow *self,
                 int       width)
{
  gtk_widget_set_size_request (self->indicators_scroll, width, -1);
  adw_clamp_set_maximum_size (self->indicators_clamp, width);
  adw_clamp_set_tightening_threshold (self->indicators_clamp, width);
  gtk_scrolled_window_set_min_content_width (self->side_scroll, width + 20);
  /* The page names side by side in large type would widen the panel:
   * while presenting they stand under their icons. */
  adw_view_switcher_set_policy (self->side_switcher, width > 350 ? ADW_VIEW_SWITCHER_POLICY_NARROW
                                                                 : ADW_VIEW_SWITCHER_POLICY_WIDE);
}

/* The plan shown, or the region when there is none yet. */
static void
fit_shown (SkWindow *self)
{
  SkBBox bbox;

  if (!sk_window_get_plan_bbox (self, &bbox))
    bbox = *sk_region_get_bbox (self->region);
  sk_window_settle_on (self, &bbox);
}

gboolean
sk_window_get_presenting (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);
  return self->presenting;
}

void
sk_window_set_presenting (SkWindow *self,
                          gboolean  presenting)
{
  g_return_if_fail (SK_IS_WINDOW (self));

  presenting = !!presenting;
  if (presenting == self->presenting)
    return;
  self->presenting = presenting;
  if (presenting)
    {
      /* Remembered, to give the room back as it was. */
      self->toolbox_was_revealed = adw_flap_get_reveal_flap (self->toolbox_flap);
      self->indicators_were_revealed = adw_flap_get_reveal_flap (self->indicators_flap);
      gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
      adw_flap_set_fold_policy (self->toolbox_flap, ADW_FLAP_FOLD_POLICY_ALWAYS);
      /* The results beside the map, never over the plan (a 1024 × 768
       * projector): the map gives up the room and fits the plan again. */
      adw_flap_set_fold_policy (self->indicators_flap, ADW_FLAP_FOLD_POLICY_NEVER);
      adw_flap_set_reveal_flap (self->toolbox_flap, FALSE);
      adw_flap_set_reveal_flap (self->indicators_flap, TRUE);
      set_panel_width (self, 400);
      gtk_window_fullscreen (GTK_WINDOW (self));
      fit_shown (self);
      sk_window_show_hint (self, _("Presenteren: Esc of F11 om te stoppen"));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
      adw_flap_set_fold_policy (self->toolbox_flap, ADW_FLAP_FOLD_POLICY_AUTO);
      adw_flap_set_fold_policy (self->indicators_flap, ADW_FLAP_FOLD_POLICY_AUTO);
      adw_flap_set_reveal_flap (self->toolbox_flap, self->toolbox_was_revealed);
      adw_flap_set_reveal_flap (self->indicators_flap, self->indicators_were_revealed);
      set_panel_width (self, 350);
      gtk_window_unfullscreen (GTK_WINDOW (self));
      sk_window_show_hint (self, NULL);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-presenting", presenting);
  sk_window_replay_update (self);
  g_object_notify (G_OBJECT (self), "presenting");
}

static void
stop_presenting_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  sk_window_set_presenting (SK_WINDOW (widget), FALSE);
}

/* Page Down / Page Up (a presentation clicker): the session's story one
 * step forward or back, on the map and in the figures. */
static void
history_step_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);

  if (self->history_view != NULL)
    sk_history_view_step (self->history_view, g_variant_get_int32 (parameter));
}

/* Ctrl+Page Down / Ctrl+Page Up: the next or previous variant on the
 * map, as slides of the alternatives. */
static void
variant_step_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  g_autoptr(GPtrArray) variants = NULL;
  g_autoptr(GError) error = NULL;
  gint64 current;
  int delta = g_variant_get_int32 (parameter);

  if (self->session == NULL)
    return;
  variants = sk_store_list_variants (sk_session_get_store (self->session), &error);
  current = sk_session_get_variant_id (self->session);
  for (guint i = 0; variants != NULL && i < variants->len; i++)
    if (((SkStoreVariant *) g_ptr_array_index (variants, i))->id == current)
      {
        int next = CLAMP ((int) i + delta, 0, (int) variants->len - 1);
        const SkStoreVariant *v = g_ptr_array_index (variants, next);

        if (next != (int) i && sk_session_set_variant_id (self->session, v->id, &error))
          {
            g_autofree char *hint = g_strdup_printf (_("Variant “%s” (%d van %u)"), v->name, next + 1,
                                                     variants->len);
            sk_window_show_hint (self, hint);
          }
        break;
      }
  if (error != NULL)
    sk_window_show_toast (self, error->message);
}

void
sk_window_present_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "win.present", "presenting");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  /* Only while presenting; otherwise Escape stays with the map editor. */
  gtk_widget_class_install_action (widget_class, "win.stop-presenting", NULL, stop_presenting_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.stop-presenting", NULL);
  /* Page Up/Down: sk-window-replay.c, before any focused widget. */
  gtk_widget_class_install_action (widget_class, "win.history-step", "i", history_step_action);
  gtk_widget_class_install_action (widget_class, "win.variant-step", "i", variant_step_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "win.variant-step", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "win.variant-step", "i", -1);
}

void
sk_window_present_init (SkWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-presenting", FALSE);
}
