/* test-ui-history.c — the history view (the event log and its replay)
 * and the comparison of two variants, on a session made through the
 * store as the window makes it, under Xvfb. */
#include <adwaita.h>
#include <math.h>

#include "sk-evaluator.h"
#include "sk-format.h"
#include "sk-history-view.h"
#include "sk-session.h"
#include "sk-store.h"
#include "sk-test-ui.h"
#include "sk-test-util.h"
#include "sk-variant-compare.h"

typedef struct
{
  char *dir;
  SkStore *store;
  SkRegion *region;
  SkToolbox *toolbox;
  gint64 variant_a;
  gint64 variant_b;
  gint64 first_add;      /* the event that placed the first intervention */
  gint64 anne;
  gint64 pluk;
} Session;

static gint64
apply (SkStore       *store,
       SkStoreAction  action,
       gint64        *object_id)
{
  g_autoptr(GError) error = NULL;
  gint64 event = sk_store_apply (store, &action, object_id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (event, >, 0);
  return event;
}

static char *
point (double lat,
       double lon)
{
  return g_strdup_printf ("{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}", lon, lat);
}

/* Two participants; adds, a move, an edit, a delete, a comment, a vote
 * and an undo in the first variant; then a copy of it with a dorpshuis
 * and a mobiliteitshub more, and its woonerf gone. */
static void
session_init (Session *s)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) variants = NULL;
  SkLatLon c;
  g_autofree char *p1 = NULL, *p2 = NULL, *p3 = NULL, *p4 = NULL, *line = NULL, *area = NULL;
  gint64 piet = 0, erf = 0, ommetje = 0, werk = 0, erf_b = 0;

  s->dir = sk_test_tmpdir_new ("sk-history");
  path = g_build_filename (s->dir, "sessie.samenkaart", NULL);
  s->store = sk_store_create (path, &(SkStoreMetadata) { .title = "Dorpsavond" }, &error);
  g_assert_no_error (error);
  s->region = sk_region_load ("reestdal", &error);
  g_assert_no_error (error);
  s->toolbox = sk_toolbox_load (NULL, &error);
  g_assert_no_error (error);

  c = sk_bbox_get_centre (sk_region_get_bbox (s->region));
  p1 = point (c.lat, c.lon);
  p2 = point (c.lat + 0.004, c.lon + 0.006);
  /* The dorpshuis goes to Nieuweroord (922 inhabitants, some 18 minutes by
   * bike from the nearest meeting place): enough people that the window's
   * share, in whole percents, visibly rises. Near the region's centre it
   * served only Veeningen's 350, which rounds away since more kernen's
   * meeting places are known. */
  {
    int i = sk_region_find_kern (s->region, "nieuweroord");
    const SkKern *nieuweroord;

    g_assert_cmpint (i, >=, 0);
    nieuweroord = sk_region_get_kern (s->region, (size_t) i);
    p3 = point (nieuweroord->lat, nieuweroord->lon);
  }
  p4 = point (c.lat + 0.002, c.lon - 0.008);
  line = g_strdup_printf ("{\"type\":\"LineString\",\"coordinates\":[[%.6f,%.6f],[%.6f,%.6f]]}",
                          c.lon - 0.01, c.lat - 0.005, c.lon + 0.01, c.lat - 0.004);
  area = g_strdup_printf ("{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],"
                          "[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}",
                          c.lon + 0.003, c.lat + 0.001, c.lon + 0.006, c.lat + 0.001,
                          c.lon + 0.006, c.lat + 0.003, c.lon + 0.003, c.lat + 0.003,
                          c.lon + 0.003, c.lat + 0.001);

  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Anne",
                                     .colour = "#e01b24" }, &s->anne);
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Piet",
                                     .colour = "#1c71d8" }, &piet);
  s->first_add = apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_ADD, .participant_id = s->anne,
                                                    .kind = "pluktuin", .geometry = p1 }, &s->pluk);
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_ADD, .participant_id = piet,
                                     .kind = "woonerf", .geometry = area }, &erf);
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_ADD, .participant_id = s->anne,
                                     .kind = "ommetje", .geometry = line }, &ommetje);
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_MOVE, .participant_id = s->anne,
                                     .intervention_id = s->pluk, .lat = c.lat + 0.001,
                                     .lon = c.lon + 0.001 }, NULL);
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_EDIT, .participant_id = piet,
                                     .intervention_id = erf, .name = "Erf aan de Es" }, NULL);
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_DELETE, .participant_id = s->anne,
                                     .intervention_id = ommetje }, NULL);
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_COMMENT, .participant_id = piet,
                                     .intervention_id = s->pluk, .text = "Mooi bij de school",
                                     .lat = c.lat, .lon = c.lon }, NULL);
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_VOTE, .participant_id = s->anne,
                                     .intervention_id = s->pluk }, NULL);
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_ADD, .participant_id = piet,
                                     .kind = "samenwerkplaats", .geometry = p2 }, &werk);
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_UNDO, .participant_id = piet }, NULL);

  variants = sk_store_list_variants (s->store, &error);
  g_assert_no_error (error);
  s->variant_a = ((SkStoreVariant *) g_ptr_array_index (variants, 0))->id;
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_VARIANT_DUPLICATE, .participant_id = piet,
                                     .variant_id = s->variant_a, .name = "Met dorpshuis" },
         &s->variant_b);
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_ADD, .participant_id = piet,
                                     .variant_id = s->variant_b, .kind = "dorpshuis",
                                     .geometry = p3 }, NULL);
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_ADD, .participant_id = s->anne,
                                     .variant_id = s->variant_b, .kind = "mobiliteitshub",
                                     .geometry = p4 }, NULL);
  /* The copy's woonerf is its own intervention: find it and take it away. */
  {
    g_autoptr(GPtrArray) in_b = sk_store_list_interventions (s->store, s->variant_b, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < in_b->len; i++)
      if (g_strcmp0 (((SkStoreIntervention *) g_ptr_array_index (in_b, i))->kind, "woonerf") == 0)
        erf_b = ((SkStoreIntervention *) g_ptr_array_index (in_b, i))->id;
  }
  g_assert_cmpint (erf_b, >, 0);
  apply (s->store, (SkStoreAction) { .op = SK_STORE_OP_DELETE, .participant_id = piet,
                                     .intervention_id = erf_b }, NULL);
}

static void
session_clear (Session *s)
{
  g_clear_object (&s->store);
  g_clear_object (&s->region);
  g_clear_object (&s->toolbox);
  sk_test_tmpdir_remove (s->dir);
  g_free (s->dir);
}

/* Every label's text under WIDGET, one a line. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static guint
n_interventions (GPtrArray *state)
{
  g_assert_nonnull (state);
  return state->len;
}

static GPtrArray *
dup_state (SkHistoryView *view)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *state = sk_history_view_dup_state (view, &error);

  g_assert_no_error (error);
  return state;
}

static void
on_replay (SkHistoryView *view,
           gint64         event_id,
           gint64        *last)
{
  *last = event_id;
}

/* The same interventions, by id, in the same places (the replay writes
 * the numbers of a geometry in its own way). */
static void
assert_same_interventions (GPtrArray *a,
                           GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      SkStoreIntervention *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);

      g_assert_cmpint (x->id, ==, y->id);
      g_assert_cmpstr (x->kind, ==, y->kind);
      g_assert_cmpfloat_with_epsilon (x->bbox.south, y->bbox.south, 1e-9);
      g_assert_cmpfloat_with_epsilon (x->bbox.west, y->bbox.west, 1e-9);
      g_assert_cmpfloat_with_epsilon (x->bbox.north, y->bbox.north, 1e-9);
      g_assert_cmpfloat_with_epsilon (x->bbox.east, y->bbox.east, 1e-9);
    }
}

static void
test_history_rows (void)
{
  Session s = { 0 };
  GtkWidget *window = gtk_window_new ();
  SkHistoryView *view;
  GtkWidget *list;
  g_autoptr(GString) text = g_string_new (NULL);

  session_init (&s);
  view = SK_HISTORY_VIEW (sk_history_view_new (s.store, s.toolbox));
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 1200);
  gtk_window_present (GTK_WINDOW (window));
  sk_test_run_for (200);

  /* One row per event, and the view starts at the present. */
  list = sk_test_find_named (GTK_WIDGET (view), "history-list");
  g_assert_nonnull (list);
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)))),
                   ==, sk_store_get_n_events (s.store));
  g_assert_cmpint (sk_history_view_get_n_steps (view), ==, sk_store_get_n_events (s.store));
  g_assert_true (sk_history_view_get_at_present (view));
  g_assert_cmpint (sk_history_view_get_position (view), ==, sk_store_get_n_events (s.store));

  /* The rows read as plain Dutch, with the time. */
  collect_labels (list, text);
  g_assert_nonnull (strstr (text->str, "Anne deed mee"));
  g_assert_nonnull (strstr (text->str, "Anne zette een pluktuin neer"));
  g_assert_nonnull (strstr (text->str, "Anne verplaatste"));
  g_assert_nonnull (strstr (text->str, "Piet paste Erf aan de Es aan"));
  g_assert_nonnull (strstr (text->str, "Ongedaan gemaakt: Piet zette een samenwerkplaats neer"));
  g_assert_nonnull (strstr (text->str, "maakte een kopie: variant Met dorpshuis"));
  g_assert_true (g_regex_match_simple ("^[0-2][0-9]:[0-5][0-9]$", text->str, G_REGEX_MULTILINE, 0));
  {
    GtkWidget *label = sk_test_find_named (GTK_WIDGET (view), "history-step-label");
    g_autofree char *expected = g_strdup_printf ("Stap %" G_GINT64_FORMAT " van %" G_GINT64_FORMAT,
                                                 sk_store_get_n_events (s.store),
                                                 sk_store_get_n_events (s.store));

    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);
  }

  /* Choosing a row replays up to it. */
  {
    GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (list));
    gint64 replayed = -1;

    g_signal_connect (view, "replay", G_CALLBACK (on_replay), &replayed);
    gtk_selection_model_select_item (model, 2, TRUE);
    g_assert_cmpint (sk_history_view_get_position (view), ==, s.first_add);
    g_assert_cmpint (replayed, ==, s.first_add);
    g_assert_false (sk_history_view_get_at_present (view));
    g_assert_true (gtk_widget_get_sensitive (sk_test_find_named (GTK_WIDGET (view), "history-next")));
    /* The list's own selection action, as arrow keys and a click use it. */
    g_assert_true (gtk_widget_activate_action (list, "list.select-item", "(ubb)", 0, FALSE, FALSE));
    g_assert_cmpuint (sk_history_view_get_step (view), ==, 1);
    g_assert_cmpint (replayed, ==, sk_history_view_get_position (view));
    g_assert_true (gtk_widget_get_sensitive (sk_test_find_named (GTK_WIDGET (view), "history-previous")));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  session_clear (&s);
}

static void
test_history_replay (void)
{
  Session s = { 0 };
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  SkHistoryView *view;
  GtkRange *scale;
  gint64 replayed = -1;

  session_init (&s);
  view = SK_HISTORY_VIEW (sk_history_view_new (s.store, s.toolbox));
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (view, "replay", G_CALLBACK (on_replay), &replayed);
  scale = GTK_RANGE (sk_test_find_named (GTK_WIDGET (view), "history-scale"));
  sk_history_view_set_variant_id (view, s.variant_a);
  g_assert_cmpint (replayed, ==, sk_history_view_get_position (view));

  /* Right after the first add: the pluktuin alone, where it was placed. */
  sk_history_view_set_position (view, s.first_add);
  g_assert_cmpint (replayed, ==, s.first_add);
  g_assert_cmpuint (sk_history_view_get_step (view), ==, 3);
  g_assert_cmpfloat (gtk_range_get_value (scale), ==, 3);
  {
    g_autoptr(GPtrArray) state = dup_state (view);

    g_assert_cmpuint (n_interventions (state), ==, 1);
    g_assert_cmpint (((SkStoreIntervention *) g_ptr_array_index (state, 0))->id, ==, s.pluk);
    g_assert_cmpstr (((SkStoreIntervention *) g_ptr_array_index (state, 0))->kind, ==, "pluktuin");
  }
  /* One step on and back: one event each. */
  sk_history_view_step (view, 1);
  g_assert_cmpint (sk_history_view_get_position (view), ==, s.first_add + 1);
  {
    g_autoptr(GPtrArray) state = dup_state (view);
    g_assert_cmpuint (n_interventions (state), ==, 2);
  }
  sk_history_view_step (view, -1);
  g_assert_cmpint (sk_history_view_get_position (view), ==, s.first_add);

  /* Back to the start: nothing yet; the previous button stops there. */
  sk_history_view_set_position (view, 0);
  g_assert_cmpint (sk_history_view_get_position (view), ==, 0);
  g_assert_cmpint (replayed, ==, 0);
  g_assert_cmpuint (sk_history_view_get_step (view), ==, 0);
  {
    g_autoptr(GPtrArray) state = dup_state (view);
    g_assert_cmpuint (n_interventions (state), ==, 0);
  }
  g_assert_false (gtk_widget_get_sensitive (sk_test_find_named (GTK_WIDGET (view), "history-previous")));
  sk_history_view_step (view, -5);
  g_assert_cmpint (sk_history_view_get_position (view), ==, 0);

  /* The scale moves the position too. */
  gtk_range_set_value (scale, 4);
  g_assert_cmpuint (sk_history_view_get_step (view), ==, 4);
  g_assert_cmpint (replayed, ==, sk_history_view_get_position (view));

  /* "Nu": the plan as it is, in either variant. */
  g_signal_emit_by_name (sk_test_find_named (GTK_WIDGET (view), "history-present"), "clicked");
  g_assert_true (sk_history_view_get_at_present (view));
  g_assert_false (gtk_widget_get_sensitive (sk_test_find_named (GTK_WIDGET (view), "history-present")));
  for (int v = 0; v < 2; v++)
    {
      gint64 variant = v == 0 ? s.variant_a : s.variant_b;
      g_autoptr(GPtrArray) now = NULL;
      g_autoptr(GPtrArray) state = NULL;

      sk_history_view_set_variant_id (view, variant);
      now = sk_store_list_interventions (s.store, variant, &error);
      g_assert_no_error (error);
      state = dup_state (view);
      assert_same_interventions (state, now);
    }
  /* Before the copy was made, variant B had nothing. */
  sk_history_view_step (view, -4);
  {
    g_autoptr(GPtrArray) state = dup_state (view);
    g_assert_cmpuint (n_interventions (state), ==, 0);
  }
  sk_history_view_step (view, 1000);
  g_assert_true (sk_history_view_get_at_present (view));

  gtk_window_destroy (GTK_WINDOW (window));
  session_clear (&s);
}

static void
test_history_reload (void)
{
  Session s = { 0 };
  g_autofree char *where = NULL;
  SkHistoryView *view;
  gint64 n, event;
  SkLatLon c;

  session_init (&s);
  view = g_object_ref_sink (SK_HISTORY_VIEW (sk_history_view_new (s.store, s.toolbox)));
  n = sk_store_get_n_events (s.store);
  c = sk_bbox_get_centre (sk_region_get_bbox (s.region));
  where = point (c.lat - 0.006, c.lon - 0.004);

  /* At the present, a new event is followed. */
  event = apply (s.store, (SkStoreAction) { .op = SK_STORE_OP_ADD, .participant_id = s.anne,
                                            .kind = "speelplek", .geometry = where }, NULL);
  sk_history_view_reload (view);
  g_assert_cmpuint (sk_history_view_get_n_steps (view), ==, n + 1);
  g_assert_cmpint (sk_history_view_get_position (view), ==, event);
  g_assert_true (sk_history_view_get_at_present (view));

  /* Elsewhere in the past, the position stays. */
  sk_history_view_set_position (view, s.first_add);
  apply (s.store, (SkStoreAction) { .op = SK_STORE_OP_UNDO, .participant_id = s.anne }, NULL);
  sk_history_view_reload (view);
  g_assert_cmpuint (sk_history_view_get_n_steps (view), ==, n + 2);
  g_assert_cmpint (sk_history_view_get_position (view), ==, s.first_add);

  g_object_unref (view);
  session_clear (&s);
}

static void
test_history_empty (void)
{
  Session s = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkToolbox) toolbox = sk_toolbox_load (NULL, &error);
  SkHistoryView *view;

  s.dir = sk_test_tmpdir_new ("sk-history-empty");
  path = g_build_filename (s.dir, "leeg.samenkaart", NULL);
  store = sk_store_create (path, &(SkStoreMetadata) { 0 }, &error);
  g_assert_no_error (error);
  view = g_object_ref_sink (SK_HISTORY_VIEW (sk_history_view_new (store, toolbox)));
  g_assert_cmpuint (sk_history_view_get_n_steps (view), ==, 0);
  g_assert_true (sk_history_view_get_at_present (view));
  g_assert_cmpint (sk_history_view_get_position (view), ==, 0);
  sk_history_view_step (view, 1);
  g_assert_cmpint (sk_history_view_get_position (view), ==, 0);
  g_object_unref (view);
  sk_test_tmpdir_remove (s.dir);
  g_free (s.dir);
}

/* ---- comparing variants ------------------------------------------------ */

static SkEvaluation *
evaluate_variant (Session       *s,
                  SkKengetallen *kengetallen,
                  gint64         variant)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) saved = sk_store_list_interventions (s->store, variant, &error);
  g_autoptr(SkPlan) plan = sk_plan_new (s->toolbox);
  g_autoptr(SkPlanSnapshot) snapshot = NULL;
  SkEvalSettings settings;

  g_assert_no_error (error);
  for (guint i = 0; i < saved->len; i++)
    {
      SkStoreIntervention *iv = g_ptr_array_index (saved, i);
      g_autoptr(SkInterventionState) state = sk_session_state_from_store (s->toolbox, iv);

      g_assert_nonnull (state);
      g_assert_true (sk_plan_load (plan, iv->id, state, NULL));
    }
  snapshot = sk_plan_dup_snapshot (plan);
  sk_eval_settings_init_default (&settings);
  return sk_evaluate (s->region, s->toolbox, kengetallen, snapshot, &settings);
}

static void
wait_for (SkVariantCompare *compare)
{
  while (sk_variant_compare_get_busy (compare))
    g_main_context_iteration (NULL, TRUE);
}

static const char *
cell (SkVariantCompare *compare,
      const char       *name)
{
  GtkWidget *label = sk_test_find_named (GTK_WIDGET (compare), name);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

/* "+ € 1.234", "− € 1.234" or "gelijk", as the table shows B − A. */
static char *
money_difference (double a,
                  double b)
{
  double d = round (b) - round (a);
  g_autofree char *money = sk_format_money (fabs (b - a));

  if (d == 0)
    return g_strdup ("gelijk");
  return g_strdup_printf ("%s %s", d < 0 ? "−" : "+", money);
}

/* A map is drawn: many colours, not one flat fill. */
static void
assert_drawn (GdkTexture *texture)
{
  int w, h;
  g_autofree guint32 *pixels = NULL;
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);

  g_assert_nonnull (texture);
  w = gdk_texture_get_width (texture);
  h = gdk_texture_get_height (texture);
  g_assert_cmpint (w, >=, 400);
  pixels = g_new (guint32, (gsize) w * h);
  gdk_texture_download (texture, (guchar *) pixels, (gsize) w * 4);
  for (int i = 0; i < w * h; i += 7)
    g_hash_table_add (colours, GUINT_TO_POINTER (pixels[i]));
  g_assert_cmpuint (g_hash_table_size (colours), >, 20);
}

static void
test_compare (void)
{
  Session s = { 0 };
  g_autoptr(GError) error = NULL;
  SkKengetallen *kengetallen = NULL;
  g_autoptr(SkEvaluation) a = NULL;
  g_autoptr(SkEvaluation) b = NULL;
  SkVariantCompare *compare;
  g_autofree char *ncw_a = NULL, *ncw_b = NULL, *diff = NULL, *title_b = NULL;

  session_init (&s);
  kengetallen = sk_kengetallen_load_default (&error);
  g_assert_no_error (error);
  a = evaluate_variant (&s, kengetallen, s.variant_a);
  b = evaluate_variant (&s, kengetallen, s.variant_b);
  /* The copy differs: a dorpshuis and a hub more, the woonerf gone. */
  g_assert_cmpfloat (a->mkba->ncw[SK_RANGE_CENTRAL], !=, b->mkba->ncw[SK_RANGE_CENTRAL]);

  compare = sk_variant_compare_new (NULL, s.store, s.region, s.toolbox, NULL, s.variant_a, s.variant_b);
  gtk_window_present (GTK_WINDOW (compare));
  g_assert_true (sk_variant_compare_get_busy (compare));
  wait_for (compare);

  /* Each column is that variant's own evaluation, and the difference is B − A. */
  g_assert_cmpfloat (sk_variant_compare_get_evaluation (compare, SK_VARIANT_COMPARE_A)->mkba->ncw[SK_RANGE_CENTRAL],
                     ==, a->mkba->ncw[SK_RANGE_CENTRAL]);
  g_assert_cmpfloat (sk_variant_compare_get_evaluation (compare, SK_VARIANT_COMPARE_B)->mkba->ncw[SK_RANGE_CENTRAL],
                     ==, b->mkba->ncw[SK_RANGE_CENTRAL]);
  ncw_a = sk_format_money (a->mkba->ncw[SK_RANGE_CENTRAL]);
  ncw_b = sk_format_money (b->mkba->ncw[SK_RANGE_CENTRAL]);
  diff = money_difference (a->mkba->ncw[SK_RANGE_CENTRAL], b->mkba->ncw[SK_RANGE_CENTRAL]);
  g_assert_cmpstr (cell (compare, "ncw-a"), ==, ncw_a);
  g_assert_cmpstr (cell (compare, "ncw-b"), ==, ncw_b);
  g_assert_cmpstr (cell (compare, "ncw-diff"), ==, diff);
  g_assert_cmpstr (cell (compare, "ideas-a"), ==, "2");
  g_assert_cmpstr (cell (compare, "ideas-b"), ==, "3");
  g_assert_cmpstr (cell (compare, "ideas-diff"), ==, "+ 1");
  /* A dorpshuis is a meeting place: more people have one nearby. */
  g_assert_nonnull (strstr (cell (compare, "ontmoetingsplek-diff"), "procentpunt"));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (sk_test_find_named (GTK_WIDGET (compare),
                                                                              "ontmoetingsplek-diff")),
                                           "success"));
  title_b = g_strdup_printf ("%s · %u ideeën", "Met dorpshuis", 3);
  g_assert_cmpstr (cell (compare, "compare-title-b"), ==, title_b);

  /* Both maps are drawn. */
  assert_drawn (sk_variant_compare_get_texture (compare, SK_VARIANT_COMPARE_A));
  assert_drawn (sk_variant_compare_get_texture (compare, SK_VARIANT_COMPARE_B));

  /* Choosing variant B on the left as well compares it with itself. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (sk_test_find_named (GTK_WIDGET (compare), "compare-dropdown-a")), 1);
  g_assert_cmpint (sk_variant_compare_get_variant (compare, SK_VARIANT_COMPARE_A), ==, s.variant_b);
  g_assert_true (sk_variant_compare_get_busy (compare));
  wait_for (compare);
  g_assert_cmpfloat (sk_variant_compare_get_evaluation (compare, SK_VARIANT_COMPARE_A)->mkba->ncw[SK_RANGE_CENTRAL],
                     ==, b->mkba->ncw[SK_RANGE_CENTRAL]);
  g_assert_cmpstr (cell (compare, "ncw-a"), ==, ncw_b);
  g_assert_cmpstr (cell (compare, "ncw-diff"), ==, "gelijk");

  gtk_window_destroy (GTK_WINDOW (compare));
  sk_kengetallen_free (kengetallen);
  session_clear (&s);
}

int
main (int   argc,
      char *argv[])
{
  /* Folders of its own: nothing left behind by other tests counts. */
  g_autofree char *home = sk_test_ui_fresh_home ("ui-history");
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/history/rows", test_history_rows);
  g_test_add_func ("/ui/history/replay", test_history_replay);
  g_test_add_func ("/ui/history/reload", test_history_reload);
  g_test_add_func ("/ui/history/empty", test_history_empty);
  g_test_add_func ("/ui/history/compare", test_compare);
  status = g_test_run ();
  sk_test_tmpdir_remove (home);
  return status;
}
