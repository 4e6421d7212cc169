/* sk-window-fit.c — "Past het hier?" in the window (issue 16): the spot
 * under the pointer or finger is tinted while an idea is placed, the
 * idea's properties say in one line why, the "Waar past wat?" layer
 * shades the region for the kind chosen in the toolbox, and the results
 * count the ideas per verdict. The rules and their checks are the
 * model's (src/model/fit/sk-fit.h). */
#include "sk-config.h"

#include <glib/gi18n.h>

#include "sk-fit-layer.h"
#include "sk-fit-style.h"
#include "sk-fit-tint.h"
#include "sk-window-private.h"

/* The zone's name in the language of the user interface, as the
 * toolbox's names follow it (sk-toolbox.c). */
static const char *
zone_name (const SkFitZone *zone)
{
  gboolean english = g_str_equal (C_("language code of this translation", "nl"), "en");

  return english && zone->name_en != NULL ? zone->name_en : zone->name;
}

static ShumateMap *
get_map (SkWindow *self)
{
  return shumate_simple_map_get_map (self->map);
}

/* The pointer's path: one point check for KIND (well under a
 * millisecond, see bench/bench-fit) and the tint moved, within the frame
 * of the motion. */
static void
tint_kind_at (SkWindow   *self,
              const char *kind,
              double      x,
              double      y)
{
  const SkFitRule *rule = NULL;
  SkFitVerdict verdict;
  double lat, lon;

  if (kind == NULL || self->fit == NULL)
    {
      sk_fit_tint_hide (self->fit_tint);
      return;
    }
  shumate_viewport_widget_coords_to_location (shumate_map_get_viewport (get_map (self)),
                                              GTK_WIDGET (get_map (self)), x, y, &lat, &lon);
  verdict = sk_fit_check_point (self->fit, kind, lat, lon, &rule);
  sk_fit_tint_show (self->fit_tint, x, y, verdict,
                    rule != NULL && rule->zone != NULL ? zone_name (rule->zone) : NULL);
}

/* For the kind being placed. */
static void
tint_at (SkWindow *self,
         double    x,
         double    y)
{
  tint_kind_at (self, self->editor != NULL ? sk_map_editor_get_armed (self->editor) : NULL, x, y);
}

static void
pointer_at (SkWindow *self,
            double    x,
            double    y)
{
  self->fit_pointer_in = TRUE;
  self->fit_x = x;
  self->fit_y = y;
  tint_at (self, x, y);
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           SkWindow                 *self)
{
  pointer_at (self, x, y);
}

static void
on_leave (GtkEventControllerMotion *motion,
          SkWindow                 *self)
{
  self->fit_pointer_in = FALSE;
  sk_fit_tint_hide (self->fit_tint);
}

/* The map moved or zoomed under a pointer that stayed: another place is
 * under it now. */
static void
on_viewport_changed (SkWindow *self)
{
  if (self->fit_pointer_in && sk_fit_tint_get_verdict (self->fit_tint) != SK_FIT_NONE)
    tint_at (self, self->fit_x, self->fit_y);
}

/* A kind dragged from the toolbox over the map: the spot shows where it
 * would land before it is dropped. The palette's drag carries the kind's
 * id (sk-palette.c); inside the application it can be read at once. */
static void
on_drag_motion (GtkDropControllerMotion *motion,
                double                   x,
                double                   y,
                SkWindow                *self)
{
  GdkDrop *drop = gtk_drop_controller_motion_get_drop (motion);
  GdkDrag *drag = drop != NULL ? gdk_drop_get_drag (drop) : NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  if (drag == NULL || !gdk_content_provider_get_value (gdk_drag_get_content (drag), &value, NULL))
    return;
  tint_kind_at (self, g_value_get_string (&value), x, y);
}

static void
on_drag_leave (GtkDropControllerMotion *motion,
               SkWindow                *self)
{
  /* A drop arms a line or an area kind: then the pointer goes on. */
  if (sk_map_editor_get_armed (self->editor) == NULL)
    sk_fit_tint_hide (self->fit_tint);
}

/* A finger on a touch table has no hover: the spot follows it while it
 * touches, before it lifts and places. The event goes on to the map. */
static gboolean
on_touch_event (GtkEventControllerLegacy *legacy,
                GdkEvent                 *event,
                SkWindow                 *self)
{
  GdkEventType type = gdk_event_get_event_type (event);
  double x, y;

  if (type != GDK_TOUCH_BEGIN && type != GDK_TOUCH_UPDATE)
    return GDK_EVENT_PROPAGATE;
  if (gdk_event_get_position (event, &x, &y))
    {
      GtkWidget *map = GTK_WIDGET (get_map (self));
      GtkNative *native = gtk_widget_get_native (map);
      graphene_point_t at;
      double nx, ny;

      /* Surface coordinates to the map's. */
      gtk_native_get_surface_transform (native, &nx, &ny);
      if (gtk_widget_compute_point (GTK_WIDGET (native), map,
                                    &GRAPHENE_POINT_INIT (x - nx, y - ny), &at))
        pointer_at (self, at.x, at.y);
    }
  return GDK_EVENT_PROPAGATE;
}

/* ------------------------------------------------------------------ */
/* "Waar past wat?"                                                    */

static void
remove_layer (SkWindow *self)
{
  if (self->fit_layer == NULL)
    return;
  shumate_map_remove_layer (get_map (self), SHUMATE_LAYER (self->fit_layer));
  self->fit_layer = NULL;
  g_clear_object (&self->fit_source);
}

/* The button says what the layer shows: the kind, or that the rules say
 * nothing about it (the layer then stays empty). Not in the hint over
 * the map: that tells how to place the idea chosen. */
static void
label_button (SkWindow *self)
{
  gboolean on = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->fit_button));
  GtkWidget *content = gtk_button_get_child (GTK_BUTTON (self->fit_button));
  const SkKind *kind = self->fit_kind ? sk_toolbox_find_kind (self->toolbox, self->fit_kind) : NULL;
  SkFitRules *rules = self->fit ? sk_fit_get_rules (self->fit) : NULL;
  g_autofree char *label = NULL;

  if (!on || kind == NULL)
    label = g_strdup (_("Waar past wat?"));
  else if (rules != NULL && !sk_fit_rules_covers_kind (rules, kind->id))
    /* Translators: the layer is on for this kind, and no rule speaks about it. */
    label = g_strdup_printf (_("Waar past wat: %s (geen regels)"), sk_kind_get_display_name (kind));
  else
    /* Translators: the layer is on for this kind. */
    label = g_strdup_printf (_("Waar past wat: %s"), sk_kind_get_display_name (kind));
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
}

/* The layer of the kind last chosen in the toolbox, just above the base
 * map: the villages, the ideas and the tint stay on top. */
static void
update_layer (SkWindow *self)
{
  gboolean on = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->fit_button));

  label_button (self);
  if (!on || self->fit_kind == NULL || self->fit == NULL)
    {
      remove_layer (self);
      if (on && self->fit_kind == NULL)
        sk_window_show_hint (self, _("Waar past wat? Kies eerst een idee in de gereedschapskist."));
      return;
    }
  if (self->fit_source != NULL
      && g_strcmp0 (sk_fit_layer_source_get_kind (self->fit_source), self->fit_kind) == 0)
    return;
  remove_layer (self);
  self->fit_source = sk_fit_layer_source_new (self->fit, self->fit_kind);
  self->fit_layer = shumate_map_layer_new (SHUMATE_MAP_SOURCE (self->fit_source),
                                           shumate_map_get_viewport (get_map (self)));
  /* Under the plan (which lies under the villages): a tint over the map. */
  shumate_map_insert_layer_behind (get_map (self), SHUMATE_LAYER (self->fit_layer),
                                   SHUMATE_LAYER (self->plan_layer));
}

static void
on_fit_button_toggled (SkWindow *self)
{
  /* The "choose an idea first" hint goes with the layer. */
  if (!gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->fit_button)) && self->fit_kind == NULL)
    sk_window_show_hint (self, NULL);
  update_layer (self);
}

/* Armed or disarmed: the tint goes with the pointer only while placing;
 * the layer follows the kind last chosen. */
static void
on_sketch_changed (SkWindow *self)
{
  const char *armed = sk_map_editor_get_armed (self->editor);

  if (armed == NULL)
    {
      sk_fit_tint_hide (self->fit_tint);
      return;
    }
  if (g_strcmp0 (armed, self->fit_kind) != 0)
    {
      g_free (self->fit_kind);
      self->fit_kind = g_strdup (armed);
      update_layer (self);
    }
}

static GtkWidget *
fit_button_new (void)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "find-location-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Waar past wat?"));
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_tooltip_text (button, _("Kleur de kaart naar waar het gekozen idee past. "
                                         "De legenda zegt wat de kleuren en strepen betekenen."));
  gtk_widget_set_name (button, "fit-layer-button");
  gtk_widget_add_css_class (button, "sk-map-toggle");
  return button;
}

/* The toggle top right, under the zoom buttons: the search is top left,
 * the hints bottom centre and the legend bottom right. */
static void
add_controls (SkWindow *self)
{
  GtkOverlay *overlay = GTK_OVERLAY (gtk_widget_get_parent (GTK_WIDGET (self->map)));

  self->fit_tint = SK_FIT_TINT (sk_fit_tint_new ());
  gtk_overlay_add_overlay (overlay, GTK_WIDGET (self->fit_tint));
  self->fit_button = fit_button_new ();
  gtk_widget_set_halign (self->fit_button, GTK_ALIGN_END);
  gtk_widget_set_valign (self->fit_button, GTK_ALIGN_START);
  gtk_widget_set_margin_end (self->fit_button, 6);
  gtk_widget_set_margin_top (self->fit_button, 100);
  gtk_overlay_add_overlay (overlay, self->fit_button);
  g_signal_connect_object (self->fit_button, "toggled", G_CALLBACK (on_fit_button_toggled), self,
                           G_CONNECT_SWAPPED);
}

static const char *const viewport_properties[] = {
  "notify::latitude", "notify::longitude", "notify::zoom-level",
};

void
sk_window_fit_init (SkWindow *self)
{
  GtkWidget *map = GTK_WIDGET (get_map (self));
  GtkEventController *motion, *legacy, *drag;

  add_controls (self);
  if (self->toolbox == NULL)
    return;
  motion = gtk_event_controller_motion_new ();
  legacy = gtk_event_controller_legacy_new ();
  drag = gtk_drop_controller_motion_new ();
  self->fit = sk_fit_new_for_region (self->region, self->toolbox, NULL);
  if (sk_fit_get_problem (self->fit) != NULL)
    sk_window_show_toast (self, sk_fit_get_problem (self->fit));
  g_signal_connect_object (motion, "motion", G_CALLBACK (on_motion), self, 0);
  g_signal_connect_object (motion, "leave", G_CALLBACK (on_leave), self, 0);
  gtk_widget_add_controller (map, motion);
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect_object (legacy, "event", G_CALLBACK (on_touch_event), self, 0);
  gtk_widget_add_controller (map, legacy);
  g_signal_connect_object (drag, "motion", G_CALLBACK (on_drag_motion), self, 0);
  g_signal_connect_object (drag, "leave", G_CALLBACK (on_drag_leave), self, 0);
  gtk_widget_add_controller (map, drag);
  g_signal_connect_object (self->editor, "sketch-changed", G_CALLBACK (on_sketch_changed), self,
                           G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (viewport_properties); i++)
    g_signal_connect_object (shumate_map_get_viewport (get_map (self)), viewport_properties[i],
                             G_CALLBACK (on_viewport_changed), self, G_CONNECT_SWAPPED);
  sk_window_fit_update (self);
}

void
sk_window_fit_dispose (SkWindow *self)
{
  g_clear_pointer (&self->fit_kind, g_free);
  g_clear_weak_pointer (&self->fit_row);
  g_clear_object (&self->fit_source);
  g_clear_object (&self->fit);
}

/* ------------------------------------------------------------------ */
/* The idea's properties and the counts                                */

static void
fill_row (SkWindow       *self,
          GtkWidget      *row,
          SkIntervention *iv)
{
  g_autoptr(SkFitResult) result = sk_fit_check_state (self->fit, sk_intervention_get_state (iv));
  SkFitVerdict verdict = sk_fit_result_get_verdict (result);
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "sk-icon");

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), sk_fit_style_get_icon_name (verdict));
  for (int v = 0; v < SK_FIT_N_VERDICTS; v++)
    gtk_widget_remove_css_class (icon, sk_fit_style_get_css_class (v));
  gtk_widget_add_css_class (icon, sk_fit_style_get_css_class (verdict));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sk_fit_result_get_reason (result));
}

GtkWidget *
sk_window_fit_row (SkWindow       *self,
                   SkIntervention *iv)
{
  GtkWidget *row, *icon;

  if (self->fit == NULL)
    return NULL;
  row = adw_action_row_new ();
  icon = gtk_image_new ();
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  g_object_set_data (G_OBJECT (row), "sk-icon", icon);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Past het hier?"));
  gtk_widget_set_name (row, "fit-row");
  fill_row (self, row, iv);
  /* Moving the idea changes its line without rebuilding the properties. */
  g_set_weak_pointer (&self->fit_row, row);
  return row;
}

/* The verdict of every idea shown, counted, for the results. */
void
sk_window_fit_update (SkWindow *self)
{
  SkPlan *plan = self->replay_plan != NULL ? self->replay_plan : self->plan;
  g_autoptr(SkPlanSnapshot) snapshot = NULL;
  guint counts[SK_FIT_N_VERDICTS];

  if (self->fit == NULL || plan == NULL || self->mkba_panel == NULL)
    return;
  snapshot = sk_plan_dup_snapshot (plan);
  sk_fit_count_verdicts (self->fit, snapshot, counts);
  sk_mkba_panel_set_fit_counts (self->mkba_panel, counts);
  if (self->fit_row != NULL && self->plan_layer != NULL)
    {
      SkIntervention *iv = sk_plan_find (plan, sk_plan_layer_get_selected (self->plan_layer));

      if (iv != NULL)
        fill_row (self, self->fit_row, iv);
    }
}

SkFitTint *
sk_window_get_fit_tint (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->fit_tint;
}

SkFitLayerSource *
sk_window_get_fit_layer_source (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->fit_source;
}
