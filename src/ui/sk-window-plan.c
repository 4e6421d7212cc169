/* sk-window-plan.c — the plan in the main window: the toolbox palette,
 * placing and editing interventions on the map, undo and redo, and the
 * live evaluation of the plan (MKBA, reachability, conditions) fed to the
 * panels. The properties of the selected intervention are in
 * sk-window-selection.c, the session file behind the plan in
 * sk-window-plan-session.c. */
#include "sk-config.h"
#include "sk-window-private.h"

#include <glib/gi18n.h>

#include "sk-popovers.h"
#include "sk-variant-compare.h"

SkFeatureShape
sk_window_shape_of (SkGeometry geometry)
{
  return geometry == SK_GEOMETRY_LINE ? SK_FEATURE_LINE
         : geometry == SK_GEOMETRY_AREA ? SK_FEATURE_AREA : SK_FEATURE_POINT;
}

void
sk_window_show_error (SkWindow *self,
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
      features[i].shape = sk_window_shape_of (sk_intervention_get_geometry (iv));
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


/* Something was stored besides a plan command (a participant, a vote, a
 * comment, a variant): the history, the counts and the rings follow. */
void
sk_window_on_session_changed (SkWindow *self)
{
  if (self->history_view != NULL)
    sk_history_view_reload (self->history_view);
  if (self->session_panel != NULL)
    sk_session_panel_reload (self->session_panel);
  update_features (self);
}

void
sk_window_on_session_error (SkWindow   *self,
                            const char *message)
{
  sk_window_show_toast (self, message);
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
on_mkba_settings_changed (SkMkbaPanel *panel,
                          SkWindow    *self)
{
  evaluate (self);
  if (self->session == NULL)
    sk_window_start_session (self);
  if (self->session != NULL)
    sk_window_save_mkba_settings (self);
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
    sk_window_update_selection_editor (self);
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
      sk_window_show_error (self, error);
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
  at = sk_feature_anchor (sk_window_shape_of (sk_intervention_get_geometry (iv)), points, n);
  if (!sk_plan_move (self->plan, id, lat - at.lat, lon - at.lon, &error))
    sk_window_show_error (self, error);
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
    sk_window_show_error (self, error);
}


static void
select_intervention (SkWindow *self,
                     gint64    id)
{
  gboolean changed = sk_plan_layer_get_selected (self->plan_layer) != id;

  sk_plan_layer_set_selected (self->plan_layer, id);
  if (changed)
    sk_window_update_selection_editor (self);
  if (id != 0)
    sk_window_show_selection_editor (self);
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
    sk_window_show_error (self, error);
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
  sk_popover_unparent_when_closed (popover);
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
  sk_map_editor_arm (self->editor, kind->id, sk_window_shape_of (kind->geometry), &colour);
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
  sk_map_editor_drop (self->editor, kind->id, sk_window_shape_of (kind->geometry), &colour, x, y);
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
  g_signal_connect_object (self->session_panel, "changed",
                           G_CALLBACK (sk_window_on_session_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session_panel, "compare", G_CALLBACK (on_compare), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session_panel, "error",
                           G_CALLBACK (sk_window_on_session_error), self,
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
  /* Under the villages: a buurtbus line through a village would cover its
   * name and its dot. The plan layer takes no clicks (the editor reads
   * the map's), so the order changes only what is drawn on top. */
  shumate_map_insert_layer_behind (shumate_simple_map_get_map (self->map),
                                   SHUMATE_LAYER (self->plan_layer),
                                   SHUMATE_LAYER (self->kern_layer));
  self->editor = sk_map_editor_new (shumate_simple_map_get_map (self->map), self->plan_layer);
  connect_editor (self);
  sk_window_touch_init (self);
  g_signal_connect_object (self->plan, "command-done", G_CALLBACK (on_command_done), self, 0);
  g_signal_connect_object (self->plan, "command-done", G_CALLBACK (on_command_stored), self,
                           G_CONNECT_AFTER);
  sk_window_open_last_session (self);
  refresh (self);
}

void
sk_window_plan_dispose (SkWindow *self)
{
  sk_window_checkpoint_session (self);
  g_clear_object (&self->editor);
  g_clear_object (&self->session);
  g_clear_object (&self->evaluator);
  g_clear_object (&self->replay_plan);
  g_clear_object (&self->plan);
  g_clear_object (&self->toolbox);
}
