/* sk-window-selection.c — the properties of the selected idea, at the
 * top of the results panel: its name and note, its parameters, the
 * toolbox conditions, dot-votes and comments, and Remove. */
#include "sk-config.h"
#include "sk-window-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-comments-box.h"
#include "sk-format.h"

/* The properties of the selected intervention, at the top of the results
 * panel: its name and note, its parameters (typed ones with a spin
 * button within the kind's range, measured ones shown), and Remove. */
static void
on_name_applied (GtkEntry *entry,
                 SkWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sk_plan_layer_get_selected (self->plan_layer);
  SkIntervention *iv = id ? sk_plan_find (self->plan, id) : NULL;
  const char *field = g_object_get_data (G_OBJECT (entry), "sk-field");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  const char *now;

  if (iv == NULL || self->rebuilding_editor)
    return;
  /* Leaving the field unchanged is not an edit (nothing to undo). */
  now = g_str_equal (field, "name") ? sk_intervention_get_name (iv) : sk_intervention_get_note (iv);
  if (g_strcmp0 (now ? now : "", text) == 0)
    return;
  if (!sk_plan_edit_text (self->plan, id, g_str_equal (field, "name") ? text : NULL,
                                     g_str_equal (field, "note") ? text : NULL, &error))
    sk_window_show_error (self, error);
}

static void
on_parameter_changed (GtkSpinButton *spin,
                      SkWindow      *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sk_plan_layer_get_selected (self->plan_layer);
  const char *param = g_object_get_data (G_OBJECT (spin), "sk-param");
  SkIntervention *iv = sk_plan_find (self->plan, id);

  if (iv == NULL || sk_intervention_get_parameter (iv, param) == gtk_spin_button_get_value (spin))
    return;
  if (!sk_plan_edit_parameter (self->plan, id, param, gtk_spin_button_get_value (spin), &error))
    sk_window_show_error (self, error);
}

static void
on_name_left (GtkEventControllerFocus *focus,
              SkWindow                *self)
{
  on_name_applied (GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus))), self);
}

static GtkWidget *
text_row (SkWindow   *self,
          const char *title,
          const char *field,
          const char *value)
{
  /* An entry in an action row, not an AdwEntryRow: libadwaita 1.2 crashes
   * when an AdwEntryRow is destroyed during its title animation, and this
   * editor is rebuilt on every undo. Enter or leaving the field applies. */
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (entry), value ? value : "");
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data (G_OBJECT (entry), "sk-field", (gpointer) field);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_name_applied), self, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_name_left), self, 0);
  gtk_widget_add_controller (entry, focus);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
  return row;
}

/* Units as a reader writes them. */
static const char *
unit_label (const char *unit)
{
  return g_str_equal (unit, "m2") ? "m²" : unit;
}

static GtkWidget *
parameter_row (SkWindow          *self,
               const SkParameter *param,
               double             value)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sk_parameter_get_display_name (param));
  if (param->from_geometry != SK_FROM_GEOMETRY_NONE)
    {
      /* Measured from the drawing: reshape to change it. */
      g_autofree char *number = sk_format_count (lround (value));
      g_autofree char *text = g_strdup_printf ("%s %s", number, unit_label (param->unit));

      GtkWidget *label = gtk_label_new (text);

      if (value < param->min || value > param->max)
        {
          /* Measured sizes are not clamped: the costs follow the drawing,
           * and the drawing is questioned instead. */
          g_autofree char *min = sk_format_count (lround (param->min));
          g_autofree char *max = sk_format_count (lround (param->max));

          subtitle = g_strdup_printf (_("Gemeten; gewoon is %s tot %s %s. Klopt de tekening?"),
                                      min, max, unit_label (param->unit));
          gtk_widget_add_css_class (label, "error");
        }
      else
        subtitle = g_strdup (_("Gemeten op de kaart"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  else
    {
      GtkWidget *spin = gtk_spin_button_new_with_range (param->min, param->max,
                                                        param->max - param->min > 100 ? 10 : 1);

      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (spin), "sk-param", g_strdup (param->id), g_free);
      g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_parameter_changed), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      subtitle = g_strdup_printf (_("%g tot %g %s"), param->min, param->max,
                                  unit_label (param->unit));
      /* The usual values, with where they come from (the catalogue's range). */
      if (param->has_range)
        {
          g_autofree char *plain = g_steal_pointer (&subtitle);
          const SkToolboxSource *source = param->range.source
                                          ? sk_toolbox_find_source (self->toolbox, param->range.source)
                                          : NULL;
          g_autofree char *origin = source ? g_strdup_printf (_("bron: %s %d"), source->publisher, source->year)
                                           : g_strdup (_("aanname"));

          subtitle = g_strdup_printf (_("%s; meestal %g (%g – %g), %s"), plain, param->range.central,
                                      param->range.low, param->range.high, origin);
        }
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* The five toolbox conditions (domain.md §1): a check to talk about,
 * not a score. */
static GtkWidget *
conditions_row (SkWindow     *self,
                const SkKind *kind)
{
  GtkWidget *row = adw_expander_row_new ();
  guint met = 0, n = sk_toolbox_get_n_conditions (self->toolbox);
  g_autofree char *title = NULL;

  for (guint i = 0; i < n; i++)
    {
      const SkToolboxTerm *condition = sk_toolbox_get_condition (self->toolbox, i);
      GtkWidget *child = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (kind->conditions[i] ? "object-select-symbolic"
                                                                          : "window-close-symbolic");

      met += kind->conditions[i];
      gtk_widget_add_css_class (icon, kind->conditions[i] ? "success" : "dim-label");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child),
                                     sk_toolbox_term_get_display_name (condition));
      adw_action_row_add_prefix (ADW_ACTION_ROW (child), icon);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
    }
  title = g_strdup_printf (_("Voorwaarden: %u van de %u"), met, n);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (kind->conditions_note != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), kind->conditions_note);
  return row;
}

void
sk_window_update_selection_editor (SkWindow *self)
{
  gint64 id = sk_plan_layer_get_selected (self->plan_layer);
  SkIntervention *iv = id ? sk_plan_find (self->plan, id) : NULL;
  const SkKind *kind;
  GtkWidget *group, *remove;
  gboolean no_route;

  /* Taking the old fields away moves the focus: that is no edit. */
  self->rebuilding_editor = TRUE;
  if (self->selection_group != NULL)
    gtk_box_remove (self->indicators_box, self->selection_group);
  self->selection_group = NULL;
  self->rebuilding_editor = FALSE;
  if (iv == NULL)
    return;
  kind = sk_toolbox_find_kind (self->toolbox, sk_intervention_get_kind_id (iv));
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), sk_kind_get_display_name (kind));
  /* A buurtbus of an older session is a point: say so instead. */
  no_route = kind->geometry == SK_GEOMETRY_LINE && sk_intervention_get_geometry (iv) == SK_GEOMETRY_POINT;
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         no_route ? _(SK_NO_ROUTE_NOTE)
                                                  : sk_kind_get_display_explanation (kind));
  if (self->fit != NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), sk_window_fit_row (self, iv));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             text_row (self, _("Naam"), "name", sk_intervention_get_name (iv)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             text_row (self, _("Notitie"), "note", sk_intervention_get_note (iv)));
  for (size_t i = 0; i < kind->n_parameters; i++)
    if (!no_route || kind->parameters[i].from_geometry == SK_FROM_GEOMETRY_NONE)
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 parameter_row (self, &kind->parameters[i],
                                              sk_intervention_get_parameter (iv, kind->parameters[i].id)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), conditions_row (self, kind));
  /* Dot-votes and comments, once the idea is in the session file. */
  if (self->session != NULL && sk_session_get_store_id (self->session, id) != 0)
    {
      size_t n_points;
      const SkLatLon *points = sk_intervention_get_points (iv, &n_points);
      SkLatLon at = sk_feature_anchor (sk_window_shape_of (sk_intervention_get_geometry (iv)), points, n_points);
      GtkWidget *comments = sk_comments_box_new (self->session, sk_session_get_store_id (self->session, id),
                                                 at.lat, at.lon);

      gtk_widget_set_margin_top (comments, 12);
      gtk_widget_set_name (comments, "comments-box");
      g_signal_connect_object (comments, "changed", G_CALLBACK (sk_window_on_session_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (comments, "error", G_CALLBACK (sk_window_on_session_error), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), comments);
    }
  remove = gtk_button_new_with_mnemonic (_("_Verwijderen"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "win.delete-selected");
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_set_margin_top (remove, 6);
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), remove);
  gtk_box_prepend (self->indicators_box, group);
  self->selection_group = group;
}

/* The properties of the idea just selected come into view: the results
 * page, scrolled to its top, where sk_window_update_selection_editor() puts them. */
void
sk_window_show_selection_editor (SkWindow *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->indicators_scroll));

  if (self->selection_group == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->side_stack, "results");
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}
