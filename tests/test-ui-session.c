/* test-ui-session.c — the session panel (participants, variants) and the
 * votes and comments of one idea, driven through their real buttons on
 * a session file, under Xvfb. */
#include <adwaita.h>

#include "sk-comments-box.h"
#include "sk-session-panel.h"
#include "sk-store.h"
#include "sk-test-util.h"
#include "sk-test-ui.h"

/* Stored exactly as typed: quotes and SQL are only text. */
#define TRICKY_NAME "Anne \"de Boer\"'); DROP TABLE participants;--"

typedef struct
{
  char *dir;
  SkStore *store;
  SkToolbox *toolbox;
  SkPlan *plan;
  SkSession *session;
  gint64 first_variant;
  gint64 pluk;           /* a pluktuin in the first variant */
  GtkWidget *window;
  guint n_changed;
  guint n_errors;
  char *last_error;
} Fixture;

static char *
point (double lat,
       double lon)
{
  return g_strdup_printf ("{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}", lon, lat);
}

static void
add_idea (Fixture    *f,
          const char *kind,
          double      lat,
          double      lon,
          gint64     *id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *geometry = point (lat, lon);
  SkStoreAction action = { .op = SK_STORE_OP_ADD, .kind = kind, .geometry = geometry };

  g_assert_cmpint (sk_store_apply (f->store, &action, id, &error), >, 0);
  g_assert_no_error (error);
}

/* A session with two ideas in its first variant, nobody in it yet. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) variants = NULL;

  f->dir = sk_test_tmpdir_new ("sk-ui-session");
  path = g_build_filename (f->dir, "sessie.samenkaart", NULL);
  f->store = sk_store_create (path, &(SkStoreMetadata) { .title = "Dorpsavond" }, &error);
  g_assert_no_error (error);
  f->toolbox = sk_toolbox_load (NULL, &error);
  g_assert_no_error (error);
  add_idea (f, "pluktuin", 52.80, 6.50, &f->pluk);
  add_idea (f, "dorpshuis", 52.81, 6.52, NULL);
  variants = sk_store_list_variants (f->store, &error);
  g_assert_no_error (error);
  f->first_variant = ((SkStoreVariant *) g_ptr_array_index (variants, 0))->id;
  f->plan = sk_plan_new (f->toolbox);
  f->session = sk_session_new (f->store, f->plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->plan)), ==, 2);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 420, 900);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  sk_test_run_for (50);
  g_clear_object (&f->session);
  g_clear_object (&f->plan);
  g_clear_object (&f->toolbox);
  g_clear_object (&f->store);
  sk_test_tmpdir_remove (f->dir);
  g_free (f->dir);
  g_free (f->last_error);
}

static void
on_changed (GtkWidget *widget,
            Fixture   *f)
{
  f->n_changed++;
}

static void
on_error (GtkWidget  *widget,
          const char *message,
          Fixture    *f)
{
  f->n_errors++;
  g_free (f->last_error);
  f->last_error = g_strdup (message);
}

static void
show (Fixture   *f,
      GtkWidget *child)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  g_signal_connect (child, "changed", G_CALLBACK (on_changed), f);
  g_signal_connect (child, "error", G_CALLBACK (on_error), f);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), child);
  gtk_window_set_child (GTK_WINDOW (f->window), scrolled);
  gtk_window_present (GTK_WINDOW (f->window));
  sk_test_run_for (100);
}

/* The template child of WIDGET called NAME (its GtkBuilder id). */
static gpointer
child (GtkWidget  *widget,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, G_OBJECT_TYPE (widget), name);

  g_assert_nonnull (object);
  return object;
}

static void
click (GtkWidget  *widget,
       const char *name)
{
  g_signal_emit_by_name (child (widget, name), "clicked");
}

/* The check button of row INDEX of the template list LIST. */
static GtkCheckButton *
row_check (GtkWidget  *widget,
           const char *list,
           int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (child (widget, list), index);

  g_assert_nonnull (row);
  return g_object_get_data (G_OBJECT (row), "sk-check");
}

static void
add_participant (GtkWidget  *panel,
                 const char *name,
                 guint       role)
{
  adw_combo_row_set_selected (child (panel, "role_row"), role);
  gtk_editable_set_text (child (panel, "name_entry"), name);
  g_assert_true (gtk_widget_get_sensitive (child (panel, "add_button")));
  click (panel, "add_button");
}

static void
test_participants (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  GtkWidget *panel = sk_session_panel_new ();
  SkStoreParticipant *anne, *piet;

  show (f, panel);
  g_assert_false (gtk_widget_get_sensitive (panel));
  sk_session_panel_set_session (SK_SESSION_PANEL (panel), f->session);
  g_assert_true (gtk_widget_get_sensitive (panel));
  g_assert_cmpuint (sk_session_panel_get_n_participants (SK_SESSION_PANEL (panel)), ==, 0);

  /* No name, or only spaces: nothing to add. */
  g_assert_false (gtk_widget_get_sensitive (child (panel, "add_button")));
  gtk_editable_set_text (child (panel, "name_entry"), "   ");
  g_assert_false (gtk_widget_get_sensitive (child (panel, "add_button")));

  add_participant (panel, TRICKY_NAME, 1);
  add_participant (panel, "Piet", 3);
  g_assert_cmpuint (f->n_errors, ==, 0);
  g_assert_cmpuint (f->n_changed, ==, 2);
  g_assert_cmpuint (sk_session_panel_get_n_participants (SK_SESSION_PANEL (panel)), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (child (panel, "name_entry")), ==, "");
  g_assert_false (gtk_widget_get_sensitive (child (panel, "add_button")));

  participants = sk_store_list_participants (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (participants->len, ==, 2);
  anne = g_ptr_array_index (participants, 0);
  piet = g_ptr_array_index (participants, 1);
  g_assert_cmpstr (anne->name, ==, TRICKY_NAME);
  g_assert_cmpstr (anne->role, ==, "boer");
  g_assert_cmpstr (piet->name, ==, "Piet");
  g_assert_cmpstr (piet->role, ==, "gemeente");
  /* Each gets a colour of their own, without choosing. */
  g_assert_cmpuint (strlen (anne->colour), ==, 7);
  g_assert_cmpuint (strlen (piet->colour), ==, 7);
  g_assert_cmpstr (anne->colour, !=, piet->colour);

  /* The first one added is at the map; then Piet is chosen. */
  g_assert_cmpint (sk_session_get_participant_id (f->session), ==, anne->id);
  g_assert_true (gtk_check_button_get_active (row_check (panel, "participants_list", 0)));
  gtk_widget_activate (GTK_WIDGET (row_check (panel, "participants_list", 1)));
  g_assert_cmpint (sk_session_get_participant_id (f->session), ==, piet->id);
  g_assert_false (gtk_check_button_get_active (row_check (panel, "participants_list", 0)));

  /* A change made elsewhere shows in the panel. */
  sk_session_set_participant_id (f->session, anne->id);
  g_assert_true (gtk_check_button_get_active (row_check (panel, "participants_list", 0)));
  g_assert_false (gtk_check_button_get_active (row_check (panel, "participants_list", 1)));
  sk_session_set_participant_id (f->session, 0);
  g_assert_false (gtk_check_button_get_active (row_check (panel, "participants_list", 0)));
  g_assert_false (gtk_check_button_get_active (row_check (panel, "participants_list", 1)));
  sk_session_set_participant_id (f->session, anne->id);

  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (
                       child (panel, "participants_list"), 0))), ==, TRICKY_NAME);

  /* Without a session the panel is empty and cannot be used. */
  sk_session_panel_set_session (SK_SESSION_PANEL (panel), NULL);
  g_assert_cmpuint (sk_session_panel_get_n_participants (SK_SESSION_PANEL (panel)), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (panel));
}

/* The kinds of the plan's ideas equal those of VARIANT in the store,
 * id by id. */
static void
assert_plan_is_variant (Fixture *f,
                        gint64   variant)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) saved = sk_store_list_interventions (f->store, variant, &error);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->plan));

  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, saved->len);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkIntervention) iv = g_list_model_get_item (G_LIST_MODEL (f->plan), i);
      SkStoreIntervention *s = NULL;

      for (guint j = 0; j < saved->len; j++)
        if (((SkStoreIntervention *) g_ptr_array_index (saved, j))->id == sk_intervention_get_id (iv))
          s = g_ptr_array_index (saved, j);
      g_assert_nonnull (s);
      g_assert_cmpstr (sk_intervention_get_state (iv)->kind_id, ==, s->kind);
    }
}

static void
on_compare (GtkWidget *panel,
            guint     *n)
{
  (*n)++;
}

static void
test_variants (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) variants = NULL;
  GtkWidget *panel = sk_session_panel_new ();
  SkStoreVariant *copy;
  guint n_compare = 0;

  show (f, panel);
  sk_session_panel_set_session (SK_SESSION_PANEL (panel), f->session);
  g_signal_connect (panel, "compare", G_CALLBACK (on_compare), &n_compare);
  g_assert_cmpuint (sk_session_panel_get_n_variants (SK_SESSION_PANEL (panel)), ==, 1);
  g_assert_false (gtk_widget_get_sensitive (child (panel, "compare_button")));
  g_assert_true (gtk_check_button_get_active (row_check (panel, "variants_list", 0)));
  /* A lone variant is a choice too: tapping it again keeps it chosen. */
  gtk_widget_activate (GTK_WIDGET (row_check (panel, "variants_list", 0)));
  g_assert_true (gtk_check_button_get_active (row_check (panel, "variants_list", 0)));
  g_assert_cmpint (sk_session_get_variant_id (f->session), ==, f->first_variant);

  /* A copy of the variant on the map, shown at once. */
  click (panel, "duplicate_button");
  g_assert_cmpuint (f->n_errors, ==, 0);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpuint (sk_session_panel_get_n_variants (SK_SESSION_PANEL (panel)), ==, 2);
  variants = sk_store_list_variants (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (variants->len, ==, 2);
  copy = g_ptr_array_index (variants, 1);
  g_assert_true (g_str_has_suffix (copy->name, " (kopie)"));
  g_assert_cmpuint (copy->n_interventions, ==, 2);
  g_assert_cmpint (sk_session_get_variant_id (f->session), ==, copy->id);
  assert_plan_is_variant (f, copy->id);
  g_assert_true (gtk_check_button_get_active (row_check (panel, "variants_list", 1)));
  g_assert_false (gtk_check_button_get_active (row_check (panel, "variants_list", 0)));
  g_assert_true (gtk_widget_get_sensitive (child (panel, "compare_button")));
  click (panel, "compare_button");
  g_assert_cmpuint (n_compare, ==, 1);

  /* Rename the copy through the popover. */
  gtk_menu_button_popup (child (panel, "rename_button"));
  sk_test_run_for (50);
  g_assert_cmpstr (gtk_editable_get_text (child (panel, "rename_entry")), ==, copy->name);
  gtk_editable_set_text (child (panel, "rename_entry"), "");
  g_assert_false (gtk_widget_get_sensitive (child (panel, "rename_save_button")));
  gtk_editable_set_text (child (panel, "rename_entry"), "Met 'buurtbus'");
  click (panel, "rename_save_button");
  g_assert_cmpuint (f->n_errors, ==, 0);
  g_assert_cmpuint (f->n_changed, ==, 2);
  g_clear_pointer (&variants, g_ptr_array_unref);
  variants = sk_store_list_variants (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((SkStoreVariant *) g_ptr_array_index (variants, 1))->name, ==,
                   "Met 'buurtbus'");
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (
                       child (panel, "variants_list"), 1))), ==, "Met 'buurtbus'");

  /* Back to the first: the plan holds its ideas again. */
  gtk_widget_activate (GTK_WIDGET (row_check (panel, "variants_list", 0)));
  g_assert_cmpint (sk_session_get_variant_id (f->session), ==, f->first_variant);
  assert_plan_is_variant (f, f->first_variant);
  g_assert_true (gtk_check_button_get_active (row_check (panel, "variants_list", 0)));
  g_assert_cmpuint (f->n_errors, ==, 0);
}

/* A session that cannot be written (opened read-only): each failure is
 * a message, and the panel keeps showing what is true. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = sk_plan_new (f->toolbox);
  g_autoptr(SkSession) session = NULL;
  SkStoreAction action = { .op = SK_STORE_OP_VARIANT_DUPLICATE, .variant_id = f->first_variant,
                           .name = "Tweede" };
  GtkWidget *panel = sk_session_panel_new ();

  g_assert_cmpint (sk_store_apply (f->store, &action, NULL, &error), >, 0);
  g_assert_no_error (error);
  store = sk_store_open_readonly (sk_store_get_path (f->store), &error);
  g_assert_no_error (error);
  session = sk_session_new (store, plan, &error);
  g_assert_no_error (error);
  show (f, panel);
  sk_session_panel_set_session (SK_SESSION_PANEL (panel), session);
  g_assert_cmpuint (sk_session_panel_get_n_variants (SK_SESSION_PANEL (panel)), ==, 2);

  gtk_widget_activate (GTK_WIDGET (row_check (panel, "variants_list", 1)));
  g_assert_cmpuint (f->n_errors, ==, 1);
  g_assert_true (g_str_has_prefix (f->last_error, "Deze variant kan niet worden getoond: "));
  g_assert_cmpint (sk_session_get_variant_id (session), ==, f->first_variant);
  g_assert_true (gtk_check_button_get_active (row_check (panel, "variants_list", 0)));
  g_assert_false (gtk_check_button_get_active (row_check (panel, "variants_list", 1)));

  click (panel, "duplicate_button");
  g_assert_cmpuint (f->n_errors, ==, 2);
  g_assert_true (g_str_has_prefix (f->last_error, "Er kan geen kopie worden gemaakt. "));
  g_assert_cmpuint (sk_session_panel_get_n_variants (SK_SESSION_PANEL (panel)), ==, 2);

  add_participant (panel, "Gerda", 0);
  g_assert_cmpuint (f->n_errors, ==, 3);
  g_assert_cmpuint (sk_session_panel_get_n_participants (SK_SESSION_PANEL (panel)), ==, 0);
  /* What was typed stays, to try again. */
  g_assert_cmpstr (gtk_editable_get_text (child (panel, "name_entry")), ==, "Gerda");
  g_assert_cmpuint (f->n_changed, ==, 0);
  sk_session_panel_set_session (SK_SESSION_PANEL (panel), NULL);

  /* A comment that cannot be stored is not lost from the entry. */
  {
    GtkWidget *box = sk_comments_box_new (session, f->pluk, 52.80, 6.50);

    show (f, box);
    gtk_editable_set_text (child (box, "comment_entry"), "Niet kwijtraken");
    click (box, "post_button");
    g_assert_cmpuint (f->n_errors, ==, 4);
    g_assert_true (g_str_has_prefix (f->last_error, "De opmerking kan niet worden bewaard. "));
    g_assert_cmpstr (gtk_editable_get_text (child (box, "comment_entry")), ==, "Niet kwijtraken");
    g_assert_cmpuint (sk_comments_box_get_n_comments (SK_COMMENTS_BOX (box)), ==, 0);
  }
}

static GtkWidget *
comments_box_new (Fixture *f)
{
  return sk_comments_box_new (f->session, f->pluk, 52.80, 6.50);
}

static gint64
add_person (Fixture    *f,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  SkStoreAction action = { .op = SK_STORE_OP_PARTICIPANT, .name = name, .colour = "#26a269" };
  gint64 id = 0;

  g_assert_cmpint (sk_store_apply (f->store, &action, &id, &error), >, 0);
  g_assert_no_error (error);
  return id;
}

static const char *
dots_text (GtkWidget *box)
{
  return gtk_label_get_text (child (box, "dots_label"));
}

static void
test_votes (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *box = comments_box_new (f);
  gint64 anne = add_person (f, "Anne");

  show (f, box);
  /* Nobody at the map: nobody to vote for. */
  g_assert_false (gtk_widget_get_sensitive (child (box, "vote_button")));
  g_assert_nonnull (gtk_widget_get_tooltip_text (child (box, "vote_button")));
  g_assert_cmpuint (sk_comments_box_get_n_votes (SK_COMMENTS_BOX (box)), ==, 0);

  sk_session_set_participant_id (f->session, anne);
  g_assert_true (gtk_widget_get_sensitive (child (box, "vote_button")));
  g_assert_cmpstr (dots_text (box), ==, "U heeft nog 3 stippen");

  click (box, "vote_button");
  g_assert_cmpint (sk_store_count_votes (f->store, f->pluk, anne, NULL), ==, 1);
  g_assert_cmpuint (sk_comments_box_get_n_votes (SK_COMMENTS_BOX (box)), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (child (box, "votes_label")), ==, "Stemmen: 1");
  g_assert_cmpstr (dots_text (box), ==, "U heeft nog 2 stippen");
  g_assert_cmpuint (f->n_changed, ==, 1);

  click (box, "vote_button");
  click (box, "vote_button");
  g_assert_cmpint (sk_store_count_votes (f->store, f->pluk, anne, NULL), ==, 3);
  g_assert_cmpuint (f->n_changed, ==, 3);

  /* A fourth dot is refused, with the reason. */
  click (box, "vote_button");
  g_assert_cmpint (sk_store_count_votes (f->store, f->pluk, anne, NULL), ==, 3);
  g_assert_cmpuint (sk_comments_box_get_n_votes (SK_COMMENTS_BOX (box)), ==, 3);
  g_assert_cmpuint (f->n_changed, ==, 3);
  g_assert_nonnull (strstr (dots_text (box), "Geen stip meer over"));
  g_assert_true (gtk_widget_has_css_class (child (box, "dots_label"), "warning"));

  /* Someone else still has all three. */
  sk_session_set_participant_id (f->session, add_person (f, "Piet"));
  g_assert_cmpstr (dots_text (box), ==, "U heeft nog 3 stippen");
  click (box, "vote_button");
  g_assert_cmpuint (sk_comments_box_get_n_votes (SK_COMMENTS_BOX (box)), ==, 4);

  /* Nobody at the map again: the button goes insensitive. */
  sk_session_set_participant_id (f->session, 0);
  g_assert_false (gtk_widget_get_sensitive (child (box, "vote_button")));
  g_assert_cmpuint (f->n_errors, ==, 0);
}

static void
test_comments (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) comments = NULL;
  GtkWidget *box = comments_box_new (f);
  gint64 anne = add_person (f, "Anne");
  SkStoreComment *c;

  show (f, box);
  g_assert_cmpuint (sk_comments_box_get_n_comments (SK_COMMENTS_BOX (box)), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (child (box, "post_button")));

  /* Without anybody at the map, the comment is nobody's. */
  gtk_editable_set_text (child (box, "comment_entry"), "Graag bij de school");
  g_assert_true (gtk_widget_get_sensitive (child (box, "post_button")));
  click (box, "post_button");
  sk_session_set_participant_id (f->session, anne);
  gtk_editable_set_text (child (box, "comment_entry"), "  Mooi idee; 'echt'  ");
  click (box, "post_button");
  g_assert_cmpuint (f->n_errors, ==, 0);
  g_assert_cmpuint (f->n_changed, ==, 2);
  g_assert_cmpuint (sk_comments_box_get_n_comments (SK_COMMENTS_BOX (box)), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (child (box, "comment_entry")), ==, "");

  comments = sk_store_list_comments (f->store, f->pluk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (comments->len, ==, 2);
  c = g_ptr_array_index (comments, 0);
  g_assert_cmpstr (c->text, ==, "Graag bij de school");
  g_assert_cmpint (c->participant_id, ==, 0);
  c = g_ptr_array_index (comments, 1);
  g_assert_cmpstr (c->text, ==, "Mooi idee; 'echt'");
  g_assert_cmpint (c->participant_id, ==, anne);
  g_assert_cmpfloat_with_epsilon (c->lat, 52.80, 1e-9);
  g_assert_cmpfloat_with_epsilon (c->lon, 6.50, 1e-9);

  /* Newest last, with who wrote it. */
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (child (box, "comments_list"), 1);

    g_assert_nonnull (row);
    g_assert_null (gtk_list_box_get_row_at_index (child (box, "comments_list"), 2));
  }

  /* A fresh box on the same idea shows the same. */
  box = comments_box_new (f);
  show (f, box);
  g_assert_cmpuint (sk_comments_box_get_n_comments (SK_COMMENTS_BOX (box)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  /* Folders of its own: nothing left behind by other tests counts. */
  g_autofree char *home = sk_test_ui_fresh_home ("ui-session");
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/session/participants", Fixture, NULL, fixture_set_up, test_participants,
              fixture_tear_down);
  g_test_add ("/ui/session/variants", Fixture, NULL, fixture_set_up, test_variants,
              fixture_tear_down);
  g_test_add ("/ui/session/read-only", Fixture, NULL, fixture_set_up, test_read_only,
              fixture_tear_down);
  g_test_add ("/ui/session/votes", Fixture, NULL, fixture_set_up, test_votes, fixture_tear_down);
  g_test_add ("/ui/session/comments", Fixture, NULL, fixture_set_up, test_comments,
              fixture_tear_down);
  status = g_test_run ();
  sk_test_tmpdir_remove (home);
  return status;
}
