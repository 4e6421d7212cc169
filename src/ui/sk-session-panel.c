/* sk-session-panel.c — participants and variants of a session.
 *
 * The lists are rebuilt from the store (the single source of truth) on
 * every change; the check buttons follow the session's participant-id
 * and variant-id. While the panel sets check buttons itself, `syncing`
 * keeps their ::toggled from acting as a choice of the user.
 */
#include "sk-config.h"
#include "sk-session-panel.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sk-resources.h"

struct _SkSessionPanel
{
  GtkBox parent_instance;

  SkSession *session;
  GSignalGroup *session_signals;
  gboolean syncing;
  guint n_participants;
  guint n_variants;
  /* Never shown: each list's check buttons join one of these, so they
   * look and act as a radio group even when there is one row. */
  GtkCheckButton *participants_group;
  GtkCheckButton *variants_group;

  GtkListBox *participants_list;
  GtkEntry *name_entry;
  AdwComboRow *role_row;
  GtkButton *add_button;
  GtkListBox *variants_list;
  GtkButton *duplicate_button;
  GtkMenuButton *rename_button;
  GtkPopover *rename_popover;
  GtkEntry *rename_entry;
  GtkButton *rename_save_button;
  GtkButton *compare_button;
};

G_DEFINE_FINAL_TYPE (SkSessionPanel, sk_session_panel, GTK_TYPE_BOX)

enum
{
  SIGNAL_CHANGED,
  SIGNAL_COMPARE,
  SIGNAL_ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Roles as stored (ids) and as shown. A merged session may hold other
 * words: those are shown as they are. */
static const struct
{
  const char *id;
  const char *name;
} roles[] = {
  { "bewoner", N_("Bewoner") },
  { "boer", N_("Boer") },
  { "ondernemer", N_("Ondernemer") },
  { "gemeente", N_("Gemeente") },
  { "ontwerper", N_("Ontwerper") },
  { "anders", N_("Anders") },
};

/* The GNOME palette (HIG), dark enough to show on the light map and
 * apart from each other; a new participant gets the least used one.
 * Never green, yellow or red (the reachability grades) nor blue (the
 * selection), not even nearly (RGB distance > 80, test-ui-atelier): a
 * ring must not look like a verdict or a choice. */
static const char *const palette[] = {
  "#9141ac", /* purple 3 */
  "#d56199", /* pink (libadwaita's accent) */
  "#986a44", /* brown 3 */
  "#3d3846", /* dark 4 */
  "#7a6f00", /* olive */
  "#6f8396", /* slate */
};

static const char *
role_get_name (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (roles[i].id, id) == 0)
      return _(roles[i].name);
  return id != NULL && *id != '\0' ? id : NULL;
}

/* ---- the colour dot ----------------------------------------------------- */

static void
draw_dot (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  const char *colour = g_object_get_data (G_OBJECT (area), "sk-colour");
  double r = MIN (width, height) / 2.0 - 1;
  GdkRGBA rgba;

  cairo_arc (cr, width / 2.0, height / 2.0, r, 0, 2 * G_PI);
  if (colour != NULL && gdk_rgba_parse (&rgba, colour))
    {
      gdk_cairo_set_source_rgba (cr, &rgba);
      cairo_fill_preserve (cr);
    }
  /* A thin ring keeps a pale colour visible, and marks "nobody known". */
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.8);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

GtkWidget *
sk_participant_dot_new (const char *colour,
                        int         size)
{
  GtkWidget *dot = gtk_drawing_area_new ();

  g_object_set_data_full (G_OBJECT (dot), "sk-colour", g_strdup (colour), g_free);
  gtk_widget_set_size_request (dot, size, size);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (dot, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), draw_dot, NULL, NULL);
  return dot;
}

/* ---- rows --------------------------------------------------------------- */

static void
list_clear (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static gint64
check_get_id (GtkCheckButton *check)
{
  gint64 *id = g_object_get_data (G_OBJECT (check), "sk-id");

  return id != NULL ? *id : 0;
}

/* A row to choose from a group: [check] [prefix] title / subtitle
 * … MARK while chosen. Tapping anywhere on the row chooses it. */
static GtkWidget *
choice_row_new (gint64           id,
                const char      *title,
                const char      *subtitle,
                GtkWidget       *prefix,
                const char      *mark,
                GtkCheckButton  *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (mark);

  /* Names are the participants' own words: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (check), "sk-id", g_memdup2 (&id, sizeof id), g_free);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  /* Prefixes are put in front of each other: the check ends up first. */
  if (prefix != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), prefix);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  /* The chosen row says so in words: the check mark is not the only cue. */
  gtk_widget_add_css_class (label, "sk-chosen-mark");
  gtk_widget_set_visible (label, FALSE);
  g_object_bind_property (check, "active", label, "visible", G_BINDING_SYNC_CREATE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "sk-check", check);
  return row;
}

/* Checks the row of ID without acting on it; when no row has ID (0:
 * nobody), the hidden anchor of GROUP is checked, so no row is. */
static void
list_check (SkSessionPanel *self,
            GtkListBox     *list,
            GtkCheckButton *group,
            gint64          id)
{
  GtkCheckButton *chosen = group;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "sk-check");

      if (check != NULL && check_get_id (check) == id)
        chosen = check;
    }
  self->syncing = TRUE;
  gtk_check_button_set_active (chosen, TRUE);
  self->syncing = FALSE;
}

static void
on_participant_toggled (GtkCheckButton *check,
                        SkSessionPanel *self)
{
  if (self->syncing || self->session == NULL || !gtk_check_button_get_active (check))
    return;
  sk_session_set_participant_id (self->session, check_get_id (check));
}

static void
on_variant_toggled (GtkCheckButton *check,
                    SkSessionPanel *self)
{
  g_autoptr(GError) error = NULL;

  if (self->syncing || self->session == NULL || !gtk_check_button_get_active (check))
    return;
  if (!sk_session_set_variant_id (self->session, check_get_id (check), &error))
    {
      g_autofree char *message = g_strdup_printf (_("Deze variant kan niet worden getoond: %s"),
                                                  error->message);

      list_check (self, self->variants_list, self->variants_group,
                  sk_session_get_variant_id (self->session));
      g_signal_emit (self, signals[SIGNAL_ERROR], 0, message);
    }
}

static void
emit_error (SkSessionPanel *self,
            const char     *what,
            const GError   *error)
{
  g_autofree char *message = g_strdup_printf ("%s %s", what, error->message);

  g_signal_emit (self, signals[SIGNAL_ERROR], 0, message);
}

static void
fill_participants (SkSessionPanel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) participants = NULL;

  list_clear (self->participants_list);
  self->n_participants = 0;
  if (self->session == NULL)
    return;
  participants = sk_store_list_participants (sk_session_get_store (self->session), &error);
  if (participants == NULL)
    {
      emit_error (self, _("De deelnemers kunnen niet worden gelezen."), error);
      return;
    }
  for (guint i = 0; i < participants->len; i++)
    {
      const SkStoreParticipant *p = g_ptr_array_index (participants, i);
      GtkWidget *row = choice_row_new (p->id, p->name, role_get_name (p->role),
                                       sk_participant_dot_new (p->colour, 18),
                                       _("Aan de beurt"), self->participants_group);

      g_signal_connect (g_object_get_data (G_OBJECT (row), "sk-check"), "toggled",
                        G_CALLBACK (on_participant_toggled), self);
      gtk_list_box_append (self->participants_list, row);
    }
  self->n_participants = participants->len;
  list_check (self, self->participants_list, self->participants_group,
              sk_session_get_participant_id (self->session));
}

/* The name of the variant on the map, or NULL. */
static char *
dup_current_variant_name (SkSessionPanel  *self,
                          GError         **error)
{
  g_autoptr(GPtrArray) variants = sk_store_list_variants (sk_session_get_store (self->session),
                                                          error);
  gint64 current = sk_session_get_variant_id (self->session);

  for (guint i = 0; variants != NULL && i < variants->len; i++)
    {
      const SkStoreVariant *v = g_ptr_array_index (variants, i);

      if (v->id == current)
        return g_strdup (v->name);
    }
  if (variants != NULL)
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                 _("Variant %lld bestaat niet in deze sessie."), (long long) current);
  return NULL;
}

static void
fill_variants (SkSessionPanel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) variants = NULL;

  list_clear (self->variants_list);
  self->n_variants = 0;
  if (self->session != NULL)
    variants = sk_store_list_variants (sk_session_get_store (self->session), &error);
  if (self->session != NULL && variants == NULL)
    emit_error (self, _("De varianten kunnen niet worden gelezen."), error);
  for (guint i = 0; variants != NULL && i < variants->len; i++)
    {
      const SkStoreVariant *v = g_ptr_array_index (variants, i);
      g_autofree char *ideas = g_strdup_printf (ngettext ("%u idee", "%u ideeën",
                                                          v->n_interventions),
                                                v->n_interventions);
      GtkWidget *row = choice_row_new (v->id, v->name, ideas, NULL, _("Op de kaart"),
                                       self->variants_group);

      g_signal_connect (g_object_get_data (G_OBJECT (row), "sk-check"), "toggled",
                        G_CALLBACK (on_variant_toggled), self);
      gtk_list_box_append (self->variants_list, row);
    }
  self->n_variants = variants != NULL ? variants->len : 0;
  if (self->session != NULL)
    list_check (self, self->variants_list, self->variants_group,
                sk_session_get_variant_id (self->session));
  gtk_widget_set_sensitive (GTK_WIDGET (self->compare_button), self->n_variants >= 2);
}

void
sk_session_panel_reload (SkSessionPanel *self)
{
  g_return_if_fail (SK_IS_SESSION_PANEL (self));

  fill_participants (self);
  fill_variants (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), self->session != NULL);
}

/* ---- following the session ---------------------------------------------- */

static void
on_session_participant_id (SkSession      *session,
                           GParamSpec     *pspec,
                           SkSessionPanel *self)
{
  list_check (self, self->participants_list, self->participants_group,
              sk_session_get_participant_id (session));
}

static void
on_session_variant_id (SkSession      *session,
                       GParamSpec     *pspec,
                       SkSessionPanel *self)
{
  /* The counts may have changed too while the other variant was shown. */
  fill_variants (self);
}

void
sk_session_panel_set_session (SkSessionPanel *self,
                              SkSession      *session)
{
  g_return_if_fail (SK_IS_SESSION_PANEL (self));
  g_return_if_fail (session == NULL || SK_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;
  g_signal_group_set_target (self->session_signals, session);
  gtk_popover_popdown (self->rename_popover);
  sk_session_panel_reload (self);
}

SkSession *
sk_session_panel_get_session (SkSessionPanel *self)
{
  g_return_val_if_fail (SK_IS_SESSION_PANEL (self), NULL);
  return self->session;
}

guint
sk_session_panel_get_n_participants (SkSessionPanel *self)
{
  g_return_val_if_fail (SK_IS_SESSION_PANEL (self), 0);
  return self->n_participants;
}

guint
sk_session_panel_get_n_variants (SkSessionPanel *self)
{
  g_return_val_if_fail (SK_IS_SESSION_PANEL (self), 0);
  return self->n_variants;
}

/* ---- actions ------------------------------------------------------------ */

/* Commits ACTION as the participant at the map; the new object's id, or
 * 0 after ::error with WHAT (what could not be done) and the reason. */
static gint64
apply (SkSessionPanel *self,
       SkStoreAction  *action,
       const char     *what)
{
  g_autoptr(GError) error = NULL;
  gint64 object_id = 0;

  action->participant_id = sk_session_get_participant_id (self->session);
  if (sk_store_apply (sk_session_get_store (self->session), action, &object_id, &error) == 0)
    {
      emit_error (self, what, error);
      return 0;
    }
  return object_id;
}

/* The least used colour of the palette, the first of those on a tie. */
static const char *
pick_colour (SkSessionPanel *self)
{
  g_autoptr(GPtrArray) participants = sk_store_list_participants (sk_session_get_store (self->session),
                                                                  NULL);
  guint uses[G_N_ELEMENTS (palette)] = { 0 };
  guint best = 0;

  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      const SkStoreParticipant *p = g_ptr_array_index (participants, i);

      for (guint c = 0; c < G_N_ELEMENTS (palette); c++)
        if (p->colour != NULL && g_ascii_strcasecmp (p->colour, palette[c]) == 0)
          uses[c]++;
    }
  for (guint c = 1; c < G_N_ELEMENTS (palette); c++)
    if (uses[c] < uses[best])
      best = c;
  return palette[best];
}

static char *
dup_entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static void
on_name_entry_changed (SkSessionPanel *self)
{
  g_autofree char *name = dup_entry_text (self->name_entry);
  gboolean ok = *name != '\0';

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), ok);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button),
                               ok ? NULL : _("Vul eerst een naam in"));
}

static void
on_add_clicked (SkSessionPanel *self)
{
  g_autofree char *name = dup_entry_text (self->name_entry);
  guint role = adw_combo_row_get_selected (self->role_row);
  SkStoreAction action = { .op = SK_STORE_OP_PARTICIPANT, .name = name };
  gint64 id;

  if (self->session == NULL || *name == '\0')
    return;
  action.role = role < G_N_ELEMENTS (roles) ? roles[role].id : "";
  action.colour = pick_colour (self);
  id = apply (self, &action, _("Deze deelnemer kan niet worden bewaard."));
  if (id == 0)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), "");
  /* The first one added is at the map until someone else is chosen. */
  if (sk_session_get_participant_id (self->session) == 0)
    sk_session_set_participant_id (self->session, id);
  fill_participants (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_duplicate_clicked (SkSessionPanel *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *original = NULL;
  g_autofree char *name = NULL;
  SkStoreAction action = { .op = SK_STORE_OP_VARIANT_DUPLICATE };
  gint64 id;

  if (self->session == NULL)
    return;
  original = dup_current_variant_name (self, &error);
  if (original == NULL)
    {
      emit_error (self, _("Er kan geen kopie worden gemaakt."), error);
      return;
    }
  /* Translators: the name of a copy of a variant. */
  name = g_strdup_printf (_("%s (kopie)"), original);
  action.variant_id = sk_session_get_variant_id (self->session);
  action.name = name;
  id = apply (self, &action, _("Er kan geen kopie worden gemaakt."));
  if (id == 0)
    return;
  if (!sk_session_set_variant_id (self->session, id, &error))
    emit_error (self, _("De kopie is gemaakt, maar kan niet worden getoond."), error);
  fill_variants (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_rename_popover_show (SkSessionPanel *self)
{
  g_autofree char *name = self->session ? dup_current_variant_name (self, NULL) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (self->rename_entry), name ? name : "");
  gtk_widget_grab_focus (GTK_WIDGET (self->rename_entry));
}

static void
on_rename_entry_changed (SkSessionPanel *self)
{
  g_autofree char *name = dup_entry_text (self->rename_entry);

  gtk_widget_set_sensitive (GTK_WIDGET (self->rename_save_button), *name != '\0');
}

static void
on_rename_save_clicked (SkSessionPanel *self)
{
  g_autofree char *name = dup_entry_text (self->rename_entry);
  g_autofree char *old = NULL;
  SkStoreAction action = { .op = SK_STORE_OP_VARIANT_RENAME, .name = name };

  if (self->session == NULL || *name == '\0')
    return;
  gtk_popover_popdown (self->rename_popover);
  old = dup_current_variant_name (self, NULL);
  if (g_strcmp0 (old, name) == 0)
    return;
  action.variant_id = sk_session_get_variant_id (self->session);
  if (apply (self, &action, _("De naam kan niet worden gewijzigd.")) == 0)
    return;
  fill_variants (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_compare_clicked (SkSessionPanel *self)
{
  g_signal_emit (self, signals[SIGNAL_COMPARE], 0);
}

/* ---- the type ------------------------------------------------------------ */

static void
sk_session_panel_dispose (GObject *object)
{
  SkSessionPanel *self = SK_SESSION_PANEL (object);

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_SESSION_PANEL);
  g_clear_object (&self->participants_group);
  g_clear_object (&self->variants_group);

  G_OBJECT_CLASS (sk_session_panel_parent_class)->dispose (object);
}

static void
sk_session_panel_class_init (SkSessionPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_session_panel_dispose;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
  signals[SIGNAL_COMPARE] = g_signal_new ("compare", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
  signals[SIGNAL_ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_STRING);

  /* Referencing the resource keeps it (and its registration) linked in. */
  (void) sk_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samenkaart/Samenkaart/ui/sk-session-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SkSessionPanel, participants_list);
  gtk_widget_class_bind_template_child (widget_class, SkSessionPanel, name_entry);
  gtk_widget_class_bind_template_child (widget_class, SkSessionPanel, role_row);
  gtk_widget_class_bind_template_child (widget_class, SkSessionPanel, add_button);
  gtk_widget_class_bind_template_child (widget_class, SkSessionPanel, variants_list);
  gtk_widget_class_bind_template_child (widget_class, SkSessionPanel, duplicate_button);
  gtk_widget_class_bind_template_child (widget_class, SkSessionPanel, rename_button);
  gtk_widget_class_bind_template_child (widget_class, SkSessionPanel, rename_popover);
  gtk_widget_class_bind_template_child (widget_class, SkSessionPanel, rename_entry);
  gtk_widget_class_bind_template_child (widget_class, SkSessionPanel, rename_save_button);
  gtk_widget_class_bind_template_child (widget_class, SkSessionPanel, compare_button);
  gtk_widget_class_bind_template_callback (widget_class, on_name_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_duplicate_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_rename_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_rename_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_rename_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_clicked);
}

static void
sk_session_panel_init (SkSessionPanel *self)
{
  g_autoptr(GtkStringList) role_names = gtk_string_list_new (NULL);
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->participants_group = g_object_ref_sink (GTK_CHECK_BUTTON (gtk_check_button_new ()));
  self->variants_group = g_object_ref_sink (GTK_CHECK_BUTTON (gtk_check_button_new ()));

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    gtk_string_list_append (role_names, _(roles[i].name));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (role_names));

  placeholder = gtk_label_new (_("Nog niemand. Voeg hieronder toe wie er aan tafel zit."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_add_css_class (placeholder, "sk-list-placeholder");
  gtk_list_box_set_placeholder (self->participants_list, placeholder);

  self->session_signals = g_signal_group_new (SK_TYPE_SESSION);
  g_signal_group_connect (self->session_signals, "notify::participant-id",
                          G_CALLBACK (on_session_participant_id), self);
  g_signal_group_connect (self->session_signals, "notify::variant-id",
                          G_CALLBACK (on_session_variant_id), self);
  sk_session_panel_reload (self);
}

GtkWidget *
sk_session_panel_new (void)
{
  return g_object_new (SK_TYPE_SESSION_PANEL, NULL);
}
