/* sk-window-plan.c — the plan in the main window: the toolbox palette,
 * placing and editing interventions on the map, undo and redo, the
 * properties of the selected intervention, and the live evaluation of
 * the plan (MKBA, reachability, conditions) fed to the panels. */
#include "sk-config.h"
#include "sk-window-private.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>

#include "sk-comments-box.h"
#include "sk-format.h"
#include "sk-variant-compare.h"

static SkFeatureShape
shape_of (SkGeometry geometry)
{
  return geometry == SK_GEOMETRY_LINE ? SK_FEATURE_LINE
         : geometry == SK_GEOMETRY_AREA ? SK_FEATURE_AREA : SK_FEATURE_POINT;
}

static void
show_error (SkWindow *self,
            GError   *error)
{
  sk_window_show_toast (self, error->message);
}

static void select_intervention (SkWindow *self,
                                 gint64    id);

static GdkRGBA
kind_colour (SkWindow     *self,
             const SkKind *kind)
{
  const SkToolboxTerm *theme = sk_toolbox_find_theme (self->toolbox, kind->theme);
  GdkRGBA colour = { 0.24, 0.22, 0.27, 1 };

  if (theme != NULL && theme->colour != NULL)
    gdk_rgba_parse (&colour, theme->colour);
  return colour;
}

static void
fill_palette (SkWindow *self)
{
  /* Theme by theme, in the catalogue's order. */
  for (size_t t = 0; t < sk_toolbox_get_n_themes (self->toolbox); t++)
    {
      const SkToolboxTerm *theme = sk_toolbox_get_theme (self->toolbox, t);

      for (size_t k = 0; k < sk_toolbox_get_n_kinds (self->toolbox); k++)
        {
          const SkKind *kind = sk_toolbox_get_kind (self->toolbox, k);

          if (g_str_equal (kind->theme, theme->id))
            sk_palette_add_kind (self->palette, kind->id, sk_kind_get_display_name (kind),
                                 sk_kind_get_display_explanation (kind), kind->icon,
                                 sk_toolbox_term_get_display_name (theme), theme->colour);
        }
    }
}

/* The plan on the map: the live one, or the session as it was at the
 * position of the history view. */
static SkPlan *
shown_plan (SkWindow *self)
{
  return self->replay_plan != NULL ? self->replay_plan : self->plan;
}

/* Who placed what, read from the session file in one query: store id →
 * the colour ("#rrggbb") of its participant. Empty without participants. */
static GHashTable *
placed_by_colours (SkWindow *self)
{
  GHashTable *placed = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  SkStore *store = self->session ? sk_session_get_store (self->session) : NULL;
  g_autoptr(GPtrArray) participants = store ? sk_store_list_participants (store, NULL) : NULL;
  g_autoptr(GPtrArray) saved = NULL;

  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      const SkStoreParticipant *p = g_ptr_array_index (participants, i);

      if (p->colour != NULL)
        g_hash_table_insert (colours, GSIZE_TO_POINTER (p->id), p->colour);
    }
  if (g_hash_table_size (colours) == 0)
    return placed;
  saved = sk_store_list_interventions (store, 0, NULL);
  for (guint i = 0; saved != NULL && i < saved->len; i++)
    {
      const SkStoreIntervention *iv = g_ptr_array_index (saved, i);
      const char *colour = g_hash_table_lookup (colours, GSIZE_TO_POINTER (iv->participant_id));

      if (colour != NULL)
        g_hash_table_insert (placed, GSIZE_TO_POINTER (iv->id), g_strdup (colour));
    }
  return placed;
}

/* The ring colour of intervention PLAN_ID; alpha 0 when nobody is known. */
static GdkRGBA
placed_by (SkWindow   *self,
           GHashTable *placed,
           gint64      plan_id)
{
  GdkRGBA colour = { 0, 0, 0, 0 };
  gint64 store_id = self->replay_plan ? plan_id : sk_session_get_store_id (self->session, plan_id);
  const char *hex = g_hash_table_lookup (placed, GSIZE_TO_POINTER (store_id));

  if (hex == NULL || !gdk_rgba_parse (&colour, hex))
    return (GdkRGBA) { 0, 0, 0, 0 };
  return colour;
}

static void
update_features (SkWindow *self)
{
  SkPlan *plan = shown_plan (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (plan));
  g_autofree SkFeature *features = g_new0 (SkFeature, n);
  g_autoptr(GHashTable) placed = placed_by_colours (self);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkIntervention) iv = g_list_model_get_item (G_LIST_MODEL (plan), i);
      const SkKind *kind = sk_toolbox_find_kind (self->toolbox, sk_intervention_get_kind_id (iv));
      const char *name = sk_intervention_get_name (iv);

      features[i].id = sk_intervention_get_id (iv);
      features[i].shape = shape_of (sk_intervention_get_geometry (iv));
      /* Borrowed: sk_plan_layer_set_features() copies. */
      features[i].points = (SkLatLon *) sk_intervention_get_points (iv, &features[i].n_points);
      features[i].icon_name = kind->icon;
      features[i].label = (char *) (name != NULL && *name != '\0' ? name : sk_kind_get_display_name (kind));
      features[i].colour = kind_colour (self, kind);
      if (g_hash_table_size (placed) > 0)
        features[i].ring = placed_by (self, placed, features[i].id);
    }
  sk_plan_layer_set_features (self->plan_layer, features, n);
  if (sk_plan_find (plan, sk_plan_layer_get_selected (self->plan_layer)) == NULL)
    sk_plan_layer_set_selected (self->plan_layer, 0);
}


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
    show_error (self, error);
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
    show_error (self, error);
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

/* Something was stored besides a plan command (a participant, a vote, a
 * comment, a variant): the history, the counts and the rings follow. */
static void
on_session_changed (SkWindow *self)
{
  if (self->history_view != NULL)
    sk_history_view_reload (self->history_view);
  if (self->session_panel != NULL)
    sk_session_panel_reload (self->session_panel);
  update_features (self);
}

static void
on_session_error (SkWindow   *self,
                  const char *message)
{
  sk_window_show_toast (self, message);
}

static void
update_selection_editor (SkWindow *self)
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
      SkLatLon at = sk_feature_anchor (shape_of (sk_intervention_get_geometry (iv)), points, n_points);
      GtkWidget *comments = sk_comments_box_new (self->session, sk_session_get_store_id (self->session, id),
                                                 at.lat, at.lon);

      gtk_widget_set_margin_top (comments, 12);
      gtk_widget_set_name (comments, "comments-box");
      g_signal_connect_object (comments, "changed", G_CALLBACK (on_session_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (comments, "error", G_CALLBACK (on_session_error), self, G_CONNECT_SWAPPED);
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

static void
update_actions (SkWindow *self)
{
  /* With a session, undo also takes back added facilities; looking back,
   * undo would change the present out of sight. */
  gboolean present = self->replay_plan == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 present && (self->session ? sk_session_can_undo (self->session)
                                                           : sk_plan_can_undo (self->plan)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 present && (self->session ? sk_session_can_redo (self->session)
                                                           : sk_plan_can_redo (self->plan)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-selected",
                                 sk_plan_layer_get_selected (self->plan_layer) != 0);
}

/* The evaluator works in a worker thread; its ::ready feeds the panels
 * (the reachability panel listens itself). */
static void
evaluate (SkWindow *self)
{
  g_autoptr(SkPlanSnapshot) snapshot = NULL;
  SkEvalSettings settings;

  if (self->evaluator == NULL)
    return;
  settings = *sk_evaluator_get_settings (self->evaluator);
  settings.mkba = *sk_mkba_panel_get_settings (self->mkba_panel);
  sk_evaluator_set_settings (self->evaluator, &settings);
  snapshot = sk_plan_dup_snapshot (shown_plan (self));
  sk_evaluator_submit (self->evaluator, snapshot);
  self->n_evaluations++;
  sk_window_ov_submitted (self);
}

static void
on_evaluator_ready (SkEvaluator  *evaluator,
                    SkEvaluation *evaluation,
                    guint64       generation,
                    SkWindow     *self)
{
  sk_mkba_panel_set_evaluation (self->mkba_panel, evaluation);
  sk_window_ov_evaluated (self, evaluation);
}

/* Everything that shows the plan, after it changed. Called once per
 * command (from ::command-done) and once after a session is loaded, so
 * the reachability search runs once per edit. */
static void
refresh (SkWindow *self)
{
  sk_window_correction_update (self);
  update_features (self);
  evaluate (self);
  sk_window_fit_update (self);
  update_actions (self);
}

void
sk_window_refresh (SkWindow *self)
{
  refresh (self);
}

static void
on_save_failed (SkSession  *session,
                const char *message,
                SkWindow   *self)
{
  g_autofree char *text = g_strdup_printf (_("Niet bewaard: %s"), message);

  sk_window_show_toast (self, text);
}

/* The window names the session it writes to, and says so when the
 * session was made on another region than the one on screen. */
static void
show_session (SkWindow              *self,
              const SkStoreMetadata *metadata)
{
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", sk_region_get_name (self->region),
                                               metadata->title);

  adw_window_title_set_subtitle (self->window_title, subtitle);
  sk_reach_panel_set_home (self->reach_panel, metadata->place);
  if (metadata->region_id != NULL && !g_str_equal (metadata->region_id, sk_region_get_id (self->region)))
    {
      g_autofree char *text = g_strdup_printf (_("Deze sessie is gemaakt op de regio “%s”, niet op %s."),
                                               metadata->region_id, sk_region_get_name (self->region));
      sk_window_show_toast (self, text);
    }
  else if (metadata->region_hash != NULL
           && !g_str_equal (metadata->region_hash, sk_region_get_content_hash (self->region)))
    sk_window_show_toast (self, _("De gegevens van deze regio zijn veranderd sinds de sessie. "
                                  "De afstanden kunnen anders zijn dan toen."));
}

/* The session's own rekenregels (rate, horizon, subsidy share), kept in
 * its settings table; a key that is missing or unreadable keeps the
 * default. */
static const struct
{
  const char *key;
  size_t offset;
  gboolean integer;
} mkba_keys[] = {
  { "mkba.rate", G_STRUCT_OFFSET (SkMkbaSettings, rate), FALSE },
  { "mkba.horizon", G_STRUCT_OFFSET (SkMkbaSettings, horizon), TRUE },
  { "mkba.subsidy-share", G_STRUCT_OFFSET (SkMkbaSettings, subsidy_share), FALSE },
};

static void
load_mkba_settings (SkWindow *self,
                    SkStore  *store)
{
  SkMkbaSettings settings;

  sk_mkba_settings_init_default (&settings);
  for (guint i = 0; i < G_N_ELEMENTS (mkba_keys); i++)
    {
      g_autofree char *text = sk_store_dup_setting (store, mkba_keys[i].key);
      char *end = NULL;
      double value = text ? g_ascii_strtod (text, &end) : NAN;

      if (text == NULL || end == text || *end != '\0' || !isfinite (value) || value < 0)
        continue;
      if (mkba_keys[i].integer)
        G_STRUCT_MEMBER (int, &settings, mkba_keys[i].offset) = CLAMP ((int) value, 1, 200);
      else
        G_STRUCT_MEMBER (double, &settings, mkba_keys[i].offset) = MIN (value, 1.0);
    }
  sk_mkba_panel_set_settings (self->mkba_panel, &settings);
}

static void
save_mkba_settings (SkWindow *self)
{
  const SkMkbaSettings *settings = sk_mkba_panel_get_settings (self->mkba_panel);
  SkStore *store = sk_session_get_store (self->session);

  for (guint i = 0; i < G_N_ELEMENTS (mkba_keys); i++)
    {
      char text[G_ASCII_DTOSTR_BUF_SIZE];
      g_autoptr(GError) error = NULL;

      if (mkba_keys[i].integer)
        g_snprintf (text, sizeof text, "%d", G_STRUCT_MEMBER (int, settings, mkba_keys[i].offset));
      else
        g_ascii_dtostr (text, sizeof text, G_STRUCT_MEMBER (double, settings, mkba_keys[i].offset));
      if (!sk_store_set_setting (store, mkba_keys[i].key, text, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Niet bewaard: %s"), error->message);
          sk_window_show_toast (self, message);
          return;
        }
    }
}


static void
on_mkba_settings_changed (SkMkbaPanel *panel,
                          SkWindow    *self)
{
  evaluate (self);
  if (self->session == NULL)
    sk_window_start_session (self);
  if (self->session != NULL)
    save_mkba_settings (self);
}

/* Looking back in the history: the map and the panels show the session
 * as it was, and nothing can be changed until the history is back at
 * "Nu". */
static void
set_replaying (SkWindow *self,
               gboolean  replaying)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->palette), !replaying);
  if (replaying)
    {
      g_signal_handlers_block_matched (self->editor, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
      sk_map_editor_arm (self->editor, NULL, SK_FEATURE_POINT, NULL);
      sk_plan_layer_set_selected (self->plan_layer, 0);
      update_selection_editor (self);
    }
  else
    g_signal_handlers_unblock_matched (self->editor, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static void
on_history_replay (SkHistoryView *view,
                   gint64         event_id,
                   SkWindow      *self)
{
  gboolean was_replaying = self->replay_plan != NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) state = NULL;

  g_clear_object (&self->replay_plan);
  if (!sk_history_view_get_at_present (view))
    {
      state = sk_history_view_dup_state (view, &error);
      if (state == NULL)
        {
          show_error (self, error);
          sk_history_view_set_position (view, G_MAXINT64);
          return;
        }
      self->replay_plan = sk_plan_new (self->toolbox);
      for (guint i = 0; i < state->len; i++)
        {
          const SkStoreIntervention *saved = g_ptr_array_index (state, i);
          g_autoptr(SkInterventionState) s = sk_session_state_from_store (self->toolbox, saved);

          /* What no longer fits the toolbox is left out, as when opening. */
          if (s != NULL)
            sk_plan_load (self->replay_plan, saved->id, s, NULL);
        }
    }
  if ((self->replay_plan != NULL) != was_replaying)
    set_replaying (self, self->replay_plan != NULL);
  sk_window_replay_update (self);
  /* At the present before and after (a new step of the history after an
   * edit): the map and the figures show it already (::command-done). */
  if (was_replaying || self->replay_plan != NULL)
    refresh (self);
}

/* After the session stored a change (its own handler runs first). */
static void
on_command_stored (SkPlan              *plan,
                   const SkPlanCommand *command,
                   int                  direction,
                   const char          *description,
                   SkWindow            *self)
{
  if (self->history_view != NULL)
    sk_history_view_reload (self->history_view);
  /* The number of ideas per variant. */
  if (self->session_panel != NULL && (command->op == SK_PLAN_OP_ADD || command->op == SK_PLAN_OP_DELETE))
    sk_session_panel_reload (self->session_panel);
}

static void
show_history (SkWindow *self,
              SkStore  *store)
{
  if (self->replay_plan != NULL)
    {
      g_clear_object (&self->replay_plan);
      set_replaying (self, FALSE);
    }
  self->history_view = SK_HISTORY_VIEW (sk_history_view_new (store, self->toolbox));
  sk_history_view_set_variant_id (self->history_view, sk_session_get_variant_id (self->session));
  adw_bin_set_child (self->history_bin, GTK_WIDGET (self->history_view));
  g_signal_connect_object (self->history_view, "replay", G_CALLBACK (on_history_replay), self, 0);
  g_signal_connect_object (self->history_view, "read-failed", G_CALLBACK (on_session_error), self,
                           G_CONNECT_SWAPPED);
  sk_window_replay_update (self);
}

/* The ideas on the map, with at least 3 km around them; FALSE when there
 * are none. */
gboolean
sk_window_get_plan_bbox (SkWindow *self,
                         SkBBox   *bbox)
{
  SkPlan *plan = shown_plan (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (plan));
  SkLatLon centre;

  sk_bbox_init_empty (bbox);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkIntervention) iv = g_list_model_get_item (G_LIST_MODEL (plan), i);
      size_t n_points;
      const SkLatLon *points = sk_intervention_get_points (iv, &n_points);

      for (size_t p = 0; p < n_points; p++)
        sk_bbox_extend (bbox, points[p].lat, points[p].lon);
    }
  if (sk_bbox_is_empty (bbox))
    return FALSE;
  centre = sk_bbox_get_centre (bbox);
  sk_bbox_extend (bbox, centre.lat + 0.0135, centre.lon + 0.022);
  sk_bbox_extend (bbox, centre.lat - 0.0135, centre.lon - 0.022);
  return TRUE;
}

/* The map goes to the plan of a session when it is opened. */
static void
fit_plan (SkWindow *self)
{
  SkBBox bbox;

  if (sk_window_get_plan_bbox (self, &bbox))
    sk_window_fit_bbox (self, &bbox);
}

/* Another variant on the map: the session has loaded its ideas. */
static void
on_variant_changed (SkWindow *self)
{
  sk_plan_layer_set_selected (self->plan_layer, 0);
  if (self->history_view != NULL)
    sk_history_view_set_variant_id (self->history_view, sk_session_get_variant_id (self->session));
  refresh (self);
  update_selection_editor (self);
}

static void
on_compare (SkWindow *self)
{
  SkVariantCompare *compare;

  if (self->session == NULL)
    return;
  compare = sk_variant_compare_new (GTK_WINDOW (self), sk_session_get_store (self->session), self->region,
                                    self->toolbox, self->evaluator ? sk_evaluator_get_kengetallen (self->evaluator)
                                                                   : NULL,
                                    sk_session_get_variant_id (self->session), 0);
  gtk_window_present (GTK_WINDOW (compare));
}

/* Another program (a second window, the command line, a merge) changed
 * the file: everything that shows it follows, as after a change here. */
static void
on_changed_elsewhere (SkSession *session,
                      gboolean   plan_changed,
                      SkWindow  *self)
{
  on_session_changed (self);
  refresh (self);
  update_selection_editor (self);
  /* Ctrl+Z starts again from here: say why. */
  if (plan_changed)
    sk_window_show_toast (self, _("De ideeën zijn in een ander programma veranderd; de kaart "
                                  "toont nu wat er in de sessie staat."));
}

/* FIT: the map goes to the session's plan (a session opened); not for a
 * session started by a first change, which the user is looking at. */
static void
bind_session (SkWindow *self,
              SkStore  *store,
              gboolean  fit)
{
  g_autoptr(GError) error = NULL;

  self->session = sk_session_new (store, self->plan, &error);
  if (self->session == NULL)
    {
      show_error (self, error);
      return;
    }
  g_signal_connect_object (self->session, "save-failed", G_CALLBACK (on_save_failed), self, 0);
  g_signal_connect_object (self->session, "changed-elsewhere", G_CALLBACK (on_changed_elsewhere),
                           self, 0);
  g_signal_connect_object (self->session, "read-failed", G_CALLBACK (on_session_error), self,
                           G_CONNECT_SWAPPED);
  sk_window_correction_bind (self);
  g_signal_connect_object (self->session, "notify::variant-id", G_CALLBACK (on_variant_changed), self,
                           G_CONNECT_SWAPPED);
  if (self->session_panel != NULL)
    sk_session_panel_set_session (self->session_panel, self->session);
  g_settings_set_string (self->settings, "last-session", sk_store_get_path (store));
  load_mkba_settings (self, store);
  sk_window_ov_session_bound (self);
  show_history (self, store);
  if (fit)
    fit_plan (self);
  show_session (self, sk_store_get_metadata (store));
  sk_window_touch_update (self);
}

/* A session being closed is folded whole into its file, so that the file
 * alone (copied to a USB stick without its -wal) holds every action. */
static void
checkpoint_session (SkWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->session != NULL && !sk_store_checkpoint (sk_session_get_store (self->session), &error))
    g_warning ("%s", error->message);
}

/* The session of the last time, when it can be opened. */
static void
open_last_session (SkWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "last-session");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  if (*path == '\0' || !g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  store = sk_store_open (path, &error);
  if (store == NULL)
    {
      /* The file stays as it is; new work goes into a new session. */
      g_autofree char *text = g_strdup_printf (_("%s Uw nieuwe werk komt in een nieuwe sessie."),
                                               error->message);
      sk_window_show_toast (self, text);
      return;
    }
  bind_session (self, store, TRUE);
}

gboolean
sk_window_open_session (SkWindow   *self,
                        const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->plan == NULL)
    return FALSE;
  store = sk_store_open (path, &error);
  if (store == NULL)
    {
      /* The file is left as it was; the session on screen stays. */
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
        _("Deze sessie kan niet worden geopend"), error->message));

      adw_message_dialog_add_response (dialog, "close", _("_Sluiten"));
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }
  if (sk_window_region_show_if_other (self, store))
    return TRUE;
  return sk_window_show_store (self, store);
}

gboolean
sk_window_show_store (SkWindow *self,
                      SkStore  *store)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  if (self->plan == NULL)
    return FALSE;
  /* The session on screen is complete in its file: nothing to save. */
  checkpoint_session (self);
  g_clear_object (&self->session);
  sk_plan_layer_set_selected (self->plan_layer, 0);
  sk_plan_clear (self->plan);
  bind_session (self, store, TRUE);
  refresh (self);
  update_selection_editor (self);
  return self->session != NULL;
}

/* A new session file in the user's data folder, made at the first change
 * so that merely looking at the map leaves nothing behind. */
void
sk_window_start_session (SkWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "samenkaart", "sessies", NULL);
  g_autofree char *path = NULL;
  g_autofree char *title_time = g_date_time_format (now, "%Y-%m-%d %H:%M");
  g_autofree char *title = g_strdup_printf (_("Sessie van %s"), title_time);
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  SkStoreMetadata metadata = { title, NULL, date, (char *) "keukentafelgesprek",
                               (char *) sk_region_get_id (self->region),
                               (char *) sk_region_get_content_hash (self->region), NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  g_mkdir_with_parents (dir, 0700);
  /* The title holds the date already. */
  path = sk_store_suggest_path (dir, title, NULL);
  store = sk_store_create (path, &metadata, &error);
  if (store == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Niet bewaard: %s"), error->message);
      sk_window_show_toast (self, text);
      return;
    }
  /* The map stays where the first idea was placed. */
  bind_session (self, store, FALSE);
}

/* Who takes part is set up before anything is placed: opening the
 * session tab starts the session file. */
static void
on_side_page_changed (SkWindow *self)
{
  if (self->session == NULL && g_strcmp0 (adw_view_stack_get_visible_child_name (self->side_stack), "session") == 0)
    sk_window_start_session (self);
}

static void
on_command_done (SkPlan              *plan,
                 const SkPlanCommand *command,
                 int                  direction,
                 const char          *description,
                 SkWindow            *self)
{
  /* What is placed stays where it was put on screen: the map no longer
   * fits itself to the region when the panels change width. */
  self->user_moved = TRUE;
  refresh (self);
  /* Rebuild the properties when they changed other than by typing in
   * them: undo, redo, or a reshape that measures anew. */
  if (direction != SK_PLAN_DO || command->op == SK_PLAN_OP_RESHAPE
      || command->op == SK_PLAN_OP_DELETE || command->op == SK_PLAN_OP_ADD)
    update_selection_editor (self);
  if (direction != SK_PLAN_DO)
    sk_window_show_toast (self, description);
  /* The session keeps itself in step from now on. */
  if (self->session == NULL)
    sk_window_start_session (self);
}


static void
place (SkWindow       *self,
       const char     *kind_id,
       const SkLatLon *points,
       guint           n)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sk_plan_add (self->plan, kind_id, points, n, NULL, &error);

  if (id == 0)
    {
      show_error (self, error);
      return;
    }
  select_intervention (self, id);
  sk_map_editor_arm (self->editor, NULL, SK_FEATURE_POINT, NULL);
  sk_palette_unselect (self->palette);
  sk_window_show_hint (self, NULL);
  update_actions (self);
}

static void
on_place (SkMapEditor    *editor,
          const char     *kind_id,
          const SkLatLon *points,
          guint           n,
          SkWindow       *self)
{
  if (sk_window_check_shape (self, kind_id, points, n, place))
    place (self, kind_id, points, n);
}

static void
on_move (SkMapEditor *editor,
         gint64       id,
         double       lat,
         double       lon,
         SkWindow    *self)
{
  g_autoptr(GError) error = NULL;
  SkIntervention *iv = sk_plan_find (self->plan, id);
  size_t n;
  const SkLatLon *points;
  SkLatLon at;

  if (iv == NULL)
    return;
  points = sk_intervention_get_points (iv, &n);
  at = sk_feature_anchor (shape_of (sk_intervention_get_geometry (iv)), points, n);
  if (!sk_plan_move (self->plan, id, lat - at.lat, lon - at.lon, &error))
    show_error (self, error);
}

static void
on_reshape (SkMapEditor *editor,
            gint64       id,
            int          vertex,
            double       lat,
            double       lon,
            SkWindow    *self)
{
  g_autoptr(GError) error = NULL;

  if (!sk_plan_reshape_vertex (self->plan, id, vertex, (SkLatLon) { lat, lon }, &error))
    show_error (self, error);
}

/* The properties of the idea just selected come into view: the results
 * page, scrolled to its top, where update_selection_editor() puts them. */
static void
show_selection_editor (SkWindow *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->indicators_scroll));

  if (self->selection_group == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->side_stack, "results");
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static void
select_intervention (SkWindow *self,
                     gint64    id)
{
  gboolean changed = sk_plan_layer_get_selected (self->plan_layer) != id;

  sk_plan_layer_set_selected (self->plan_layer, id);
  if (changed)
    update_selection_editor (self);
  if (id != 0)
    show_selection_editor (self);
  update_actions (self);
}

static void
on_select (SkMapEditor *editor,
           gint64       id,
           SkWindow    *self)
{
  select_intervention (self, id);
}

static void
delete_intervention (SkWindow *self,
                     gint64    id)
{
  g_autoptr(GError) error = NULL;

  if (!sk_plan_delete (self->plan, id, &error))
    show_error (self, error);
  else
    sk_window_show_toast (self, _("Verwijderd. Met Ongedaan maken komt het terug."));
}

static void
on_delete (SkMapEditor *editor,
           gint64       id,
           SkWindow    *self)
{
  delete_intervention (self, id);
}

/* GtkModelButton closes its popover before it runs the action, and an
 * unparented menu item finds no "win." actions: the menu leaves the map
 * only after the click is handled. */
static gboolean
unparent_popover (gpointer data)
{
  g_autoptr(GtkWidget) popover = data;

  if (gtk_widget_get_parent (popover) != NULL)
    gtk_widget_unparent (popover);
  return G_SOURCE_REMOVE;
}

static void
on_context_closed (GtkPopover *popover)
{
  /* Default priority: a busy map (frames, tiles) would starve an idle. */
  g_idle_add_full (G_PRIORITY_DEFAULT, unparent_popover, g_object_ref (popover), NULL);
}

static void
on_context (SkMapEditor *editor,
            gint64       id,
            double       x,
            double       y,
            SkWindow    *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *popover;

  /* An empty spot (or an added facility): "Hier is ook een…". */
  if (id == 0)
    {
      sk_window_correction_context (self, x, y);
      return;
    }
  select_intervention (self, id);
  g_menu_append (menu, _("_Verwijderen"), "win.delete-selected");
  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (popover, GTK_WIDGET (shumate_simple_map_get_map (self->map)));
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  g_signal_connect (popover, "closed", G_CALLBACK (on_context_closed), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
}

static void
on_cancel (SkMapEditor *editor,
           SkWindow    *self)
{
  sk_palette_unselect (self->palette);
  sk_window_show_hint (self, NULL);
}

static void
arm_kind (SkWindow   *self,
          const char *kind_id)
{
  const SkKind *kind = sk_toolbox_find_kind (self->toolbox, kind_id);
  GdkRGBA colour;
  g_autofree char *hint = NULL;

  if (kind == NULL)
    return;
  colour = kind_colour (self, kind);
  sk_map_editor_arm (self->editor, kind->id, shape_of (kind->geometry), &colour);
  /* From the keyboard, Space on the map places at its centre. */
  gtk_widget_grab_focus (GTK_WIDGET (shumate_simple_map_get_map (self->map)));
  if (kind->geometry == SK_GEOMETRY_POINT)
    hint = g_strdup_printf (_("%s: tik op de kaart waar die moet komen (of Spatie: midden)."),
                            sk_kind_get_display_name (kind));
  else if (self->touch)
    hint = g_strdup_printf (_("%s: tik op de kaart voor elke hoek, dan op Klaar."),
                            sk_kind_get_display_name (kind));
  else
    hint = g_strdup_printf (_("%s: tik op de kaart voor elke hoek. Dubbeltik of Enter: klaar. "
                              "Esc: stoppen."), sk_kind_get_display_name (kind));
  sk_window_show_hint (self, hint);
}

static void
on_kind_activated (SkPalette  *palette,
                   const char *kind_id,
                   SkWindow   *self)
{
  arm_kind (self, kind_id);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SkWindow      *self)
{
  const SkKind *kind = sk_toolbox_find_kind (self->toolbox, g_value_get_string (value));
  GdkRGBA colour;

  if (kind == NULL)
    return FALSE;
  colour = kind_colour (self, kind);
  sk_map_editor_drop (self->editor, kind->id, shape_of (kind->geometry), &colour, x, y);
  if (kind->geometry != SK_GEOMETRY_POINT)
    arm_kind (self, kind->id);
  return TRUE;
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);

  if (self->session != NULL && g_str_equal (action_name, "win.undo"))
    sk_session_undo (self->session);
  else if (self->session != NULL)
    sk_session_redo (self->session);
  else if (g_str_equal (action_name, "win.undo"))
    sk_plan_undo (self->plan);
  else
    sk_plan_redo (self->plan);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  gint64 id = sk_plan_layer_get_selected (self->plan_layer);

  if (id != 0)
    delete_intervention (self, id);
}

void
sk_window_plan_class_init (GtkWidgetClass *widget_class)
{
  sk_window_replay_class_init (widget_class);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.delete-selected", NULL,
                                   delete_selected_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
}

static void
connect_editor (SkWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY);

  g_signal_connect_object (self->editor, "place", G_CALLBACK (on_place), self, 0);
  g_signal_connect_object (self->editor, "move", G_CALLBACK (on_move), self, 0);
  g_signal_connect_object (self->editor, "reshape", G_CALLBACK (on_reshape), self, 0);
  g_signal_connect_object (self->editor, "select", G_CALLBACK (on_select), self, 0);
  g_signal_connect_object (self->editor, "delete", G_CALLBACK (on_delete), self, 0);
  g_signal_connect_object (self->editor, "context", G_CALLBACK (on_context), self, 0);
  g_signal_connect_object (self->editor, "cancel", G_CALLBACK (on_cancel), self, 0);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (shumate_simple_map_get_map (self->map)),
                             GTK_EVENT_CONTROLLER (drop));
}

void
sk_window_plan_init (SkWindow *self)
{
  g_autoptr(GError) error = NULL;
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);

  sk_window_replay_init (self);
  self->toolbox = sk_toolbox_load (NULL, &error);
  if (self->toolbox == NULL)
    {
      /* The app keeps running: the map and reachability still work. */
      adw_status_page_set_description (ADW_STATUS_PAGE (self->toolbox_placeholder),
                                       error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-selected", FALSE);
      return;
    }
  gtk_widget_set_visible (self->toolbox_placeholder, FALSE);
  self->palette = sk_palette_new ();
  gtk_widget_set_vexpand (GTK_WIDGET (self->palette), TRUE);
  gtk_box_append (self->toolbox_box, GTK_WIDGET (self->palette));
  fill_palette (self);
  g_signal_connect_object (self->palette, "kind-activated", G_CALLBACK (on_kind_activated), self,
                           0);

  self->plan = sk_plan_new (self->toolbox);
  self->mkba_panel = sk_mkba_panel_new (self->toolbox);
  gtk_box_prepend (self->indicators_box, GTK_WIDGET (self->mkba_panel));
  g_signal_connect_object (self->mkba_panel, "settings-changed",
                           G_CALLBACK (on_mkba_settings_changed), self, 0);
  self->session_panel = SK_SESSION_PANEL (sk_session_panel_new ());
  adw_bin_set_child (self->session_bin, GTK_WIDGET (self->session_panel));
  g_signal_connect_object (self->session_panel, "changed", G_CALLBACK (on_session_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session_panel, "compare", G_CALLBACK (on_compare), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session_panel, "error", G_CALLBACK (on_session_error), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->side_stack, "notify::visible-child-name",
                           G_CALLBACK (on_side_page_changed), self, G_CONNECT_SWAPPED);
  self->evaluator = sk_evaluator_new (self->region, self->toolbox, NULL, &error);
  if (self->evaluator != NULL)
    {
      g_signal_connect_object (self->evaluator, "ready", G_CALLBACK (on_evaluator_ready), self, 0);
      sk_reach_panel_set_evaluator (self->reach_panel, self->evaluator);
      sk_mkba_panel_set_kengetallen (self->mkba_panel, sk_evaluator_get_kengetallen (self->evaluator));
    }
  else
    sk_window_show_toast (self, error->message);
  sk_window_correction_init (self);
  self->plan_layer = sk_plan_layer_new (viewport);
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->plan_layer));
  self->editor = sk_map_editor_new (shumate_simple_map_get_map (self->map), self->plan_layer);
  connect_editor (self);
  sk_window_touch_init (self);
  g_signal_connect_object (self->plan, "command-done", G_CALLBACK (on_command_done), self, 0);
  g_signal_connect_object (self->plan, "command-done", G_CALLBACK (on_command_stored), self,
                           G_CONNECT_AFTER);
  open_last_session (self);
  refresh (self);
}

void
sk_window_plan_dispose (SkWindow *self)
{
  checkpoint_session (self);
  g_clear_object (&self->editor);
  g_clear_object (&self->session);
  g_clear_object (&self->evaluator);
  g_clear_object (&self->replay_plan);
  g_clear_object (&self->plan);
  g_clear_object (&self->toolbox);
}
