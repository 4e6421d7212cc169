/* sk-comments-box.c — dot-votes and comments on one intervention.
 *
 * Everything shown is read from the store on each change; the box keeps
 * no copy beyond the counts of the last read.
 */
#include "sk-config.h"
#include "sk-comments-box.h"

#include <glib/gi18n.h>

#include "sk-resources.h"
#include "sk-session-panel.h"

struct _SkCommentsBox
{
  GtkBox parent_instance;

  SkSession *session;
  gint64 intervention_id;   /* store id */
  gint64 variant_id;        /* the intervention's variant: dots count per variant */
  double lat;               /* WGS84 degrees: where comments are pinned */
  double lon;
  guint n_votes;
  guint n_comments;

  GtkLabel *votes_label;
  GtkLabel *dots_label;
  GtkButton *vote_button;
  GtkListBox *comments_list;
  GtkEntry *comment_entry;
  GtkButton *post_button;
};

G_DEFINE_FINAL_TYPE (SkCommentsBox, sk_comments_box, GTK_TYPE_BOX)

enum
{
  SIGNAL_CHANGED,
  SIGNAL_ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_error (SkCommentsBox *self,
            const char    *what,
            const GError  *error)
{
  g_autofree char *message = g_strdup_printf ("%s %s", what, error->message);

  g_signal_emit (self, signals[SIGNAL_ERROR], 0, message);
}

/* Dots PARTICIPANT_ID gave on the interventions of this one's variant. */
static guint
count_dots_given (SkCommentsBox *self,
                  gint64         participant_id)
{
  SkStore *store = sk_session_get_store (self->session);
  g_autoptr(GPtrArray) votes = sk_store_list_votes (store, 0, NULL);
  g_autoptr(GPtrArray) ideas = sk_store_list_interventions (store, self->variant_id, NULL);
  g_autoptr(GHashTable) in_variant = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n = 0;

  for (guint i = 0; ideas != NULL && i < ideas->len; i++)
    g_hash_table_add (in_variant, &((SkStoreIntervention *) g_ptr_array_index (ideas, i))->id);
  for (guint i = 0; votes != NULL && i < votes->len; i++)
    {
      const SkStoreVote *vote = g_ptr_array_index (votes, i);

      if (vote->participant_id == participant_id
          && g_hash_table_contains (in_variant, &vote->intervention_id))
        n++;
    }
  return n;
}

static void
set_dots_message (SkCommentsBox *self,
                  const char    *message,
                  gboolean       refused)
{
  gtk_label_set_text (self->dots_label, message);
  if (refused)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->dots_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->dots_label), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->dots_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->dots_label), "dim-label");
    }
}

static void
update_votes (SkCommentsBox *self)
{
  gint64 who = sk_session_get_participant_id (self->session);
  gint64 n = sk_store_count_votes (sk_session_get_store (self->session), self->intervention_id, 0,
                                   NULL);
  g_autofree char *votes = NULL;
  g_autofree char *left = NULL;
  guint given;

  self->n_votes = n > 0 ? (guint) n : 0;
  votes = g_strdup_printf (_("Stemmen: %u"), self->n_votes);
  gtk_label_set_text (self->votes_label, votes);
  gtk_widget_set_sensitive (GTK_WIDGET (self->vote_button), who != 0);
  if (who == 0)
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->vote_button),
                                   _("Kies eerst bij “Wie doen er mee?” wie er aan de kaart zit"));
      set_dots_message (self, _("Kies eerst wie er aan de beurt is; dan kan die persoon stemmen."),
                        FALSE);
      return;
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->vote_button),
                               _("Een stip op dit idee geven"));
  given = count_dots_given (self, who);
  if (given >= SK_COMMENTS_BOX_MAX_DOTS)
    {
      set_dots_message (self, _("U heeft al uw stippen gegeven."), FALSE);
      return;
    }
  left = g_strdup_printf (ngettext ("U heeft nog %u stip", "U heeft nog %u stippen",
                                    SK_COMMENTS_BOX_MAX_DOTS - given),
                          SK_COMMENTS_BOX_MAX_DOTS - given);
  set_dots_message (self, left, FALSE);
}

static void
on_vote_clicked (SkCommentsBox *self)
{
  g_autoptr(GError) error = NULL;
  SkStoreAction action = { .op = SK_STORE_OP_VOTE, .intervention_id = self->intervention_id };

  action.participant_id = sk_session_get_participant_id (self->session);
  if (action.participant_id == 0)
    return;
  if (count_dots_given (self, action.participant_id) >= SK_COMMENTS_BOX_MAX_DOTS)
    {
      g_autofree char *message =
        g_strdup_printf (_("Geen stip meer over: iedereen heeft er %d per variant."),
                         SK_COMMENTS_BOX_MAX_DOTS);

      set_dots_message (self, message, TRUE);
      return;
    }
  if (sk_store_apply (sk_session_get_store (self->session), &action, NULL, &error) == 0)
    {
      emit_error (self, _("De stem kan niet worden bewaard."), error);
      return;
    }
  update_votes (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* ---- comments ------------------------------------------------------------ */

static char *
format_time (const char *iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = iso ? g_date_time_new_from_iso8601 (iso, utc) : NULL;
  g_autoptr(GDateTime) local = when ? g_date_time_to_local (when) : NULL;

  return local != NULL ? g_date_time_format (local, "%H:%M") : g_strdup ("");
}

static GtkWidget *
comment_row_new (const SkStoreComment     *comment,
                 const SkStoreParticipant *who)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name = gtk_label_new (who != NULL ? who->name : _("Onbekend"));
  g_autofree char *time = format_time (comment->created);
  GtkWidget *when = gtk_label_new (time);
  GtkWidget *text = gtk_label_new (comment->text);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "sk-comment");
  gtk_box_append (GTK_BOX (head), sk_participant_dot_new (who ? who->colour : NULL, 12));
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_box_append (GTK_BOX (head), name);
  gtk_widget_add_css_class (when, "dim-label");
  gtk_widget_add_css_class (when, "numeric");
  gtk_box_append (GTK_BOX (head), when);
  gtk_box_append (GTK_BOX (box), head);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
update_comments (SkCommentsBox *self)
{
  SkStore *store = sk_session_get_store (self->session);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) comments = sk_store_list_comments (store, self->intervention_id, &error);
  g_autoptr(GPtrArray) participants = sk_store_list_participants (store, NULL);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->comments_list, 0)) != NULL)
    gtk_list_box_remove (self->comments_list, GTK_WIDGET (row));
  self->n_comments = 0;
  if (comments == NULL)
    {
      emit_error (self, _("De opmerkingen kunnen niet worden gelezen."), error);
      return;
    }
  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      SkStoreParticipant *p = g_ptr_array_index (participants, i);

      g_hash_table_insert (by_id, &p->id, p);
    }
  /* By id: the order they were made in, the newest last. */
  for (guint i = 0; i < comments->len; i++)
    {
      const SkStoreComment *c = g_ptr_array_index (comments, i);

      gtk_list_box_append (self->comments_list,
                           comment_row_new (c, g_hash_table_lookup (by_id, &c->participant_id)));
    }
  self->n_comments = comments->len;
}

static char *
dup_comment_text (SkCommentsBox *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->comment_entry))));
}

static void
on_comment_entry_changed (SkCommentsBox *self)
{
  g_autofree char *text = dup_comment_text (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->post_button), *text != '\0');
}

static void
on_post_clicked (SkCommentsBox *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = dup_comment_text (self);
  SkStoreAction action = { .op = SK_STORE_OP_COMMENT, .intervention_id = self->intervention_id,
                           .lat = self->lat, .lon = self->lon, .text = text };

  if (*text == '\0')
    return;
  action.participant_id = sk_session_get_participant_id (self->session);
  if (sk_store_apply (sk_session_get_store (self->session), &action, NULL, &error) == 0)
    {
      /* The text stays in the entry, so nothing typed is lost. */
      emit_error (self, _("De opmerking kan niet worden bewaard."), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->comment_entry), "");
  update_comments (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* ---- the type ------------------------------------------------------------ */

void
sk_comments_box_reload (SkCommentsBox *self)
{
  g_return_if_fail (SK_IS_COMMENTS_BOX (self));

  update_votes (self);
  update_comments (self);
}

gint64
sk_comments_box_get_intervention_id (SkCommentsBox *self)
{
  g_return_val_if_fail (SK_IS_COMMENTS_BOX (self), 0);
  return self->intervention_id;
}

guint
sk_comments_box_get_n_votes (SkCommentsBox *self)
{
  g_return_val_if_fail (SK_IS_COMMENTS_BOX (self), 0);
  return self->n_votes;
}

guint
sk_comments_box_get_n_comments (SkCommentsBox *self)
{
  g_return_val_if_fail (SK_IS_COMMENTS_BOX (self), 0);
  return self->n_comments;
}

static void
on_session_participant_id (SkSession     *session,
                           GParamSpec    *pspec,
                           SkCommentsBox *self)
{
  update_votes (self);
}

static void
sk_comments_box_dispose (GObject *object)
{
  SkCommentsBox *self = SK_COMMENTS_BOX (object);

  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_COMMENTS_BOX);

  G_OBJECT_CLASS (sk_comments_box_parent_class)->dispose (object);
}

static void
sk_comments_box_class_init (SkCommentsBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_comments_box_dispose;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
  signals[SIGNAL_ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_STRING);

  /* Referencing the resource keeps it (and its registration) linked in. */
  (void) sk_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samenkaart/Samenkaart/ui/sk-comments-box.ui");
  gtk_widget_class_bind_template_child (widget_class, SkCommentsBox, votes_label);
  gtk_widget_class_bind_template_child (widget_class, SkCommentsBox, dots_label);
  gtk_widget_class_bind_template_child (widget_class, SkCommentsBox, vote_button);
  gtk_widget_class_bind_template_child (widget_class, SkCommentsBox, comments_list);
  gtk_widget_class_bind_template_child (widget_class, SkCommentsBox, comment_entry);
  gtk_widget_class_bind_template_child (widget_class, SkCommentsBox, post_button);
  gtk_widget_class_bind_template_callback (widget_class, on_vote_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_comment_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_post_clicked);
}

static void
sk_comments_box_init (SkCommentsBox *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("Nog geen opmerkingen."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_add_css_class (placeholder, "sk-list-placeholder");
  gtk_list_box_set_placeholder (self->comments_list, placeholder);
}

GtkWidget *
sk_comments_box_new (SkSession *session,
                     gint64     intervention_id,
                     double     lat,
                     double     lon)
{
  SkCommentsBox *self;
  g_autoptr(SkStoreIntervention) iv = NULL;

  g_return_val_if_fail (SK_IS_SESSION (session), NULL);

  self = g_object_new (SK_TYPE_COMMENTS_BOX, NULL);
  self->session = g_object_ref (session);
  self->intervention_id = intervention_id;
  self->lat = lat;
  self->lon = lon;
  iv = sk_store_get_intervention (sk_session_get_store (session), intervention_id, NULL);
  self->variant_id = iv != NULL ? iv->variant_id : sk_session_get_variant_id (session);
  g_signal_connect_object (session, "notify::participant-id",
                           G_CALLBACK (on_session_participant_id), self, 0);
  sk_comments_box_reload (self);
  return GTK_WIDGET (self);
}
