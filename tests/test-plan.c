/* test-plan.c — SkPlan: the list model, its undo/redo stack and the
 * measured parameters of SkIntervention.
 *
 * The random test does 1,000 seeded adds, moves, reshapes, edits, deletes,
 * undos and redos, and checks that replaying the surviving commands on an
 * empty plan gives the same plan, and that a list built only from the
 * items-changed emissions always equals the plan.
 */
#include "sk-config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "sk-plan.h"
#include "sk-session.h"

static SkToolbox *toolbox;

/* Records every items-changed and keeps a mirror of the list built only
 * from the emissions. */
typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

typedef struct
{
  GArray *changes;      /* Change */
  GPtrArray *mirror;    /* SkIntervention */
  GPtrArray *descriptions;
  guint can_undo_notifies;
  guint can_redo_notifies;
} Watch;

static void
on_plan_items_changed (GListModel *model,
                       guint       position,
                       guint       removed,
                       guint       added,
                       Watch      *w)
{
  Change change = { position, removed, added };

  g_array_append_val (w->changes, change);
  g_ptr_array_remove_range (w->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (w->mirror, (int) (position + i), g_list_model_get_item (model, position + i));
}

static void
on_plan_command_done (SkPlan              *plan,
                      const SkPlanCommand *command,
                      int                  direction,
                      const char          *description,
                      Watch               *w)
{
  g_ptr_array_add (w->descriptions, g_strdup (description));
}

static void
on_plan_notify (SkPlan     *plan,
                GParamSpec *pspec,
                Watch      *w)
{
  if (g_str_equal (pspec->name, "can-undo"))
    w->can_undo_notifies++;
  else
    w->can_redo_notifies++;
}

static void
watch_init (Watch  *w,
            SkPlan *plan)
{
  w->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  w->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  w->descriptions = g_ptr_array_new_with_free_func (g_free);
  w->can_undo_notifies = w->can_redo_notifies = 0;
  g_signal_connect (plan, "items-changed", G_CALLBACK (on_plan_items_changed), w);
  g_signal_connect (plan, "command-done", G_CALLBACK (on_plan_command_done), w);
  g_signal_connect (plan, "notify::can-undo", G_CALLBACK (on_plan_notify), w);
  g_signal_connect (plan, "notify::can-redo", G_CALLBACK (on_plan_notify), w);
}

static void
watch_clear (Watch *w)
{
  g_array_unref (w->changes);
  g_ptr_array_unref (w->mirror);
  g_ptr_array_unref (w->descriptions);
}

static void
assert_mirror (Watch  *w,
               SkPlan *plan)
{
  g_assert_cmpuint (w->mirror->len, ==, g_list_model_get_n_items (G_LIST_MODEL (plan)));
  for (guint i = 0; i < w->mirror->len; i++)
    {
      g_autoptr(SkIntervention) item = g_list_model_get_item (G_LIST_MODEL (plan), i);

      g_assert_true (item == g_ptr_array_index (w->mirror, i));
    }
}

/* Near Nieuwlande (Reestdal); 0.01° of latitude is about 1.1 km. */
static const SkLatLon here = { 52.70, 6.40 };
static const SkLatLon path[] = { { 52.70, 6.40 }, { 52.71, 6.40 }, { 52.71, 6.41 } };
static const SkLatLon square[] = { { 52.70, 6.40 }, { 52.70, 6.41 }, { 52.71, 6.41 }, { 52.71, 6.40 } };

typedef enum
{
  ADD_PLUKTUIN,
  ADD_OMMETJE,
  MOVE,
  VERTEX,
  EDIT_PARAMETER,
  EDIT_NAME,
  DELETE,
  UNDO,
  REDO,
} Op;

typedef struct
{
  Op op;
  gint64 id;
  double value;
  const char *text;
  int position;           /* expected items-changed; -1: none */
  int removed;
  int added;
  const char *description;
} Step;

static const Step steps[] = {
  { ADD_PLUKTUIN, 0, 0, NULL, 0, 0, 1, "Pluktuin geplaatst" },
  { ADD_OMMETJE, 0, 0, NULL, 1, 0, 1, "Ommetje geplaatst" },
  { MOVE, 1, 0.001, NULL, 0, 1, 1, "Pluktuin verplaatst" },
  { MOVE, 1, 0, NULL, -1, 0, 0, NULL },                       /* no change, no command */
  { VERTEX, 2, 52.72, NULL, 1, 1, 1, "Ommetje: vorm aangepast" },
  { EDIT_PARAMETER, 1, 500, "oppervlakte", 0, 1, 1, "Pluktuin aangepast" },
  { EDIT_PARAMETER, 1, 500, "oppervlakte", -1, 0, 0, NULL },
  { EDIT_NAME, 1, 0, "Pluktuin bij de school", 0, 1, 1, "Pluktuin aangepast" },
  { DELETE, 2, 0, NULL, 1, 1, 0, "Ommetje verwijderd" },
  { UNDO, 0, 0, NULL, 1, 0, 1, "Ongedaan gemaakt: Ommetje verwijderd" },
  { UNDO, 0, 0, NULL, 0, 1, 1, "Ongedaan gemaakt: Pluktuin aangepast" },
  { REDO, 0, 0, NULL, 0, 1, 1, "Opnieuw gedaan: Pluktuin aangepast" },
  { DELETE, 1, 0, NULL, 0, 1, 0, "Pluktuin verwijderd" },
  { REDO, 0, 0, NULL, -1, 0, 0, NULL },                       /* redo was cleared */
  { UNDO, 0, 0, NULL, 0, 0, 1, "Ongedaan gemaakt: Pluktuin verwijderd" },
  { ADD_PLUKTUIN, 0, 0, NULL, 2, 0, 1, "Pluktuin geplaatst" },
};

static void
run_step (SkPlan     *plan,
          const Step *s)
{
  g_autoptr(GError) error = NULL;
  SkLatLon where = { 0, 6.40 };

  switch (s->op)
    {
    case ADD_PLUKTUIN:
      g_assert_cmpint (sk_plan_add (plan, "pluktuin", &here, 1, "Anna", &error), >, 0);
      break;
    case ADD_OMMETJE:
      g_assert_cmpint (sk_plan_add (plan, "ommetje", path, 2, NULL, &error), >, 0);
      break;
    case MOVE:
      g_assert_true (sk_plan_move (plan, s->id, s->value, s->value, &error));
      break;
    case VERTEX:
      where.lat = s->value;
      g_assert_true (sk_plan_reshape_vertex (plan, s->id, 1, where, &error));
      break;
    case EDIT_PARAMETER:
      g_assert_true (sk_plan_edit_parameter (plan, s->id, s->text, s->value, &error));
      break;
    case EDIT_NAME:
      g_assert_true (sk_plan_edit_text (plan, s->id, s->text, NULL, &error));
      break;
    case DELETE:
      g_assert_true (sk_plan_delete (plan, s->id, &error));
      break;
    case UNDO:
      g_assert_true (sk_plan_undo (plan));
      break;
    case REDO:
    default:
      g_assert_cmpint (sk_plan_redo (plan), ==, s->position >= 0);
      break;
    }
  g_assert_no_error (error);
}

/* Each step emits items-changed exactly once for what it changed (or not
 * at all), and command-done with its description. */
static void
test_steps (void)
{
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);
  Watch w;

  watch_init (&w, plan);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      const Step *s = &steps[i];
      guint before = w.changes->len;
      guint described = w.descriptions->len;

      run_step (plan, s);
      if (s->position < 0)
        {
          g_assert_cmpuint (w.changes->len, ==, before);
          g_assert_cmpuint (w.descriptions->len, ==, described);
          continue;
        }
      g_assert_cmpuint (w.changes->len, ==, before + 1);
      g_assert_cmpuint (g_array_index (w.changes, Change, before).position, ==, s->position);
      g_assert_cmpuint (g_array_index (w.changes, Change, before).removed, ==, s->removed);
      g_assert_cmpuint (g_array_index (w.changes, Change, before).added, ==, s->added);
      g_assert_cmpuint (w.descriptions->len, ==, described + 1);
      g_assert_cmpstr (g_ptr_array_index (w.descriptions, described), ==, s->description);
      assert_mirror (&w, plan);
    }
  /* Ids are never reused: the last pluktuin is number 3. */
  g_assert_nonnull (sk_plan_find (plan, 3));
  g_assert_cmpstr (sk_intervention_get_name (sk_plan_find (plan, 1)), ==, "Pluktuin bij de school");
  g_assert_cmpstr (sk_intervention_get_participant (sk_plan_find (plan, 1)), ==, "Anna");
  g_assert_cmpfloat (sk_intervention_get_parameter (sk_plan_find (plan, 1), "oppervlakte"), ==, 500);
  g_assert_cmpfloat (sk_intervention_get_parameter (sk_plan_find (plan, 3), "oppervlakte"), ==, 2000);
  watch_clear (&w);
}

static void
test_can_undo_notify (void)
{
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);
  Watch w;

  watch_init (&w, plan);
  g_assert_false (sk_plan_can_undo (plan));
  sk_plan_add (plan, "pluktuin", &here, 1, NULL, NULL);
  sk_plan_add (plan, "pluktuin", &here, 1, NULL, NULL);
  g_assert_cmpuint (w.can_undo_notifies, ==, 1);
  g_assert_cmpuint (w.can_redo_notifies, ==, 0);
  sk_plan_undo (plan);
  g_assert_cmpuint (w.can_undo_notifies, ==, 1);
  g_assert_cmpuint (w.can_redo_notifies, ==, 1);
  sk_plan_undo (plan);
  g_assert_false (sk_plan_can_undo (plan));
  g_assert_true (sk_plan_can_redo (plan));
  g_assert_cmpuint (w.can_undo_notifies, ==, 2);
  g_assert_false (sk_plan_undo (plan));
  sk_plan_add (plan, "ommetje", path, 3, NULL, NULL);   /* clears redo */
  g_assert_false (sk_plan_can_redo (plan));
  g_assert_cmpuint (w.can_undo_notifies, ==, 3);
  g_assert_cmpuint (w.can_redo_notifies, ==, 2);
  watch_clear (&w);
}

/* A refused edit changes nothing and pushes no command. */
static void
test_refused (void)
{
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);
  g_autoptr(GError) error = NULL;
  gint64 id = sk_plan_add (plan, "woonerf", square, 4, NULL, NULL);
  Watch w;

  watch_init (&w, plan);
  g_assert_cmpint (sk_plan_add (plan, "kasteel", &here, 1, NULL, &error), ==, 0);
  g_assert_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_UNKNOWN_KIND);
  g_clear_error (&error);
  g_assert_cmpint (sk_plan_add (plan, "woonerf", square, 2, NULL, &error), ==, 0);
  g_assert_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_GEOMETRY);
  g_clear_error (&error);
  g_assert_false (sk_plan_reshape (plan, id, path, 2, &error));
  g_assert_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_GEOMETRY);
  g_clear_error (&error);
  g_assert_false (sk_plan_reshape_vertex (plan, id, 9, here, &error));
  g_assert_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_GEOMETRY);
  g_clear_error (&error);
  /* The first corner dragged past the far side: the outline would cross itself. */
  g_assert_false (sk_plan_reshape_vertex (plan, id, 0, (SkLatLon) { 52.705, 6.42 }, &error));
  g_assert_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_GEOMETRY);
  g_clear_error (&error);
  g_assert_false (sk_plan_move (plan, 77, 1, 1, &error));
  g_assert_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_UNKNOWN_INTERVENTION);
  g_clear_error (&error);
  g_assert_false (sk_plan_delete (plan, 77, &error));
  g_assert_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_UNKNOWN_INTERVENTION);
  g_clear_error (&error);
  /* domain.md §1: a woonerf has 4–30 homes. */
  g_assert_false (sk_plan_edit_parameter (plan, id, "woningen", 31, &error));
  g_assert_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_PARAMETER);
  g_clear_error (&error);
  g_assert_false (sk_plan_edit_parameter (plan, id, "bomen", 3, &error));
  g_assert_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_PARAMETER);
  g_clear_error (&error);
  g_assert_false (sk_plan_edit_parameter (plan, id, "oppervlakte", 5000, &error));
  g_assert_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_PARAMETER);
  g_assert_cmpuint (w.changes->len, ==, 0);
  g_assert_cmpuint (sk_plan_get_history (plan)->len, ==, 1);
  watch_clear (&w);
}

/* Parameters with from_geometry follow every reshape, move, undo, redo. */
static void
test_from_geometry (void)
{
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);
  gint64 line = sk_plan_add (plan, "ommetje", path, 2, NULL, NULL);
  gint64 area = sk_plan_add (plan, "waterberging", square, 4, NULL, NULL);
  SkIntervention *ommetje = sk_plan_find (plan, line);
  SkIntervention *berging = sk_plan_find (plan, area);
  double two = sk_geo_polyline_length_m (path, 2);
  double three = sk_geo_polyline_length_m (path, 3);
  SkLatLon moved = { 52.70, 6.43 };

  /* 0.01° of latitude: 1,111.95 m on the mean sphere (6,371,008.8 m × π / 18,000). */
  g_assert_cmpfloat_with_epsilon (two, 1111.95, 0.01);
  g_assert_cmpfloat (sk_intervention_get_parameter (ommetje, "lengte"), ==, two);
  g_assert_true (sk_plan_reshape (plan, line, path, 3, NULL));
  g_assert_cmpfloat (sk_intervention_get_parameter (ommetje, "lengte"), ==, three);
  g_assert_true (sk_plan_undo (plan));
  g_assert_cmpfloat (sk_intervention_get_parameter (ommetje, "lengte"), ==, two);
  g_assert_true (sk_plan_redo (plan));
  g_assert_cmpfloat (sk_intervention_get_parameter (ommetje, "lengte"), ==, three);

  /* About 1,112 m × 675 m (0.01° of longitude at 52.7° N). */
  g_assert_cmpfloat (sk_intervention_get_parameter (berging, "oppervlakte"), ==,
                     sk_geo_polygon_area_m2 (square, 4));
  g_assert_cmpfloat_with_epsilon (sk_intervention_get_parameter (berging, "oppervlakte"),
                                  1111.95 * 674.5, 1111.95 * 674.5 * 0.01);
  g_assert_true (sk_plan_reshape_vertex (plan, area, 2, moved, NULL));
  g_assert_cmpfloat (sk_intervention_get_parameter (berging, "oppervlakte"), >,
                     1.5 * sk_geo_polygon_area_m2 (square, 4));
  g_assert_true (sk_plan_undo (plan));
  g_assert_cmpfloat (sk_intervention_get_parameter (berging, "oppervlakte"), ==,
                     sk_geo_polygon_area_m2 (square, 4));
}

static gpointer
count_in_thread (gpointer data)
{
  g_autoptr(SkPlanSnapshot) snapshot = data;
  size_t points = 0;

  for (size_t i = 0; i < sk_plan_snapshot_get_n_items (snapshot); i++)
    points += sk_plan_snapshot_get_state (snapshot, i)->n_points;
  return GSIZE_TO_POINTER (points);
}

static void
test_snapshot (void)
{
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);
  g_autoptr(SkPlanSnapshot) snapshot = NULL;
  gint64 id = sk_plan_add (plan, "pluktuin", &here, 1, NULL, NULL);
  GThread *thread;

  snapshot = sk_plan_dup_snapshot (plan);
  sk_plan_move (plan, id, 0.5, 0.5, NULL);
  sk_plan_add (plan, "pluktuin", &here, 1, NULL, NULL);
  g_assert_cmpuint (sk_plan_snapshot_get_n_items (snapshot), ==, 1);
  g_assert_cmpint (sk_plan_snapshot_get_id (snapshot, 0), ==, id);
  g_assert_cmpfloat (sk_plan_snapshot_get_state (snapshot, 0)->points[0].lat, ==, here.lat);
  /* A worker thread reads its own reference while the plan changes. */
  thread = g_thread_new ("snapshot", count_in_thread, sk_plan_snapshot_ref (snapshot));
  sk_plan_add (plan, "ommetje", path, 3, NULL, NULL);
  g_assert_cmpuint (GPOINTER_TO_SIZE (g_thread_join (thread)), ==, 1);
  g_clear_object (&plan);
  /* The snapshot outlives its plan. */
  g_assert_cmpstr (sk_plan_snapshot_get_state (snapshot, 0)->kind_id, ==, "pluktuin");
}

static gint64
random_id (SkPlan *plan,
           GRand  *rand)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (plan));
  g_autoptr(SkIntervention) item = NULL;

  if (n == 0)
    return 0;
  item = g_list_model_get_item (G_LIST_MODEL (plan), g_rand_int_range (rand, 0, (int) n));
  return sk_intervention_get_id (item);
}

static void
random_add (SkPlan *plan,
            GRand  *rand)
{
  static const char *const kinds[] = { "pluktuin", "ommetje", "waterberging" };
  static const size_t n_points[] = { 1, 3, 4 };
  int k = g_rand_int_range (rand, 0, 3);
  SkLatLon points[4];

  for (size_t i = 0; i < 4; i++)
    points[i] = (SkLatLon) { square[i].lat + g_rand_double_range (rand, -0.05, 0.05),
                             square[i].lon + g_rand_double_range (rand, -0.05, 0.05) };
  g_assert_cmpint (sk_plan_add (plan, kinds[k], points, n_points[k], NULL, NULL), >, 0);
}

/* One random edit of an existing intervention. */
static void
random_change (SkPlan *plan,
               GRand  *rand,
               gint64  id)
{
  SkIntervention *item = sk_plan_find (plan, id);
  size_t n;
  const SkLatLon *points = sk_intervention_get_points (item, &n);
  SkLatLon where = { points[0].lat + 0.002, points[0].lon - 0.001 };
  g_autofree char *name = g_strdup_printf ("naam %u", g_rand_int_range (rand, 0, 5));
  g_autoptr(GError) error = NULL;

  switch (g_rand_int_range (rand, 0, 5))
    {
    case 0:
      g_assert_true (sk_plan_move (plan, id, g_rand_double_range (rand, -0.01, 0.01), 0.003, NULL));
      break;
    case 1:
      /* An area whose outline would cross itself is refused and unchanged. */
      if (!sk_plan_reshape_vertex (plan, id, (size_t) g_rand_int_range (rand, 0, (int) n), where, &error))
        {
          g_assert_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_GEOMETRY);
          g_assert_cmpint (sk_intervention_get_geometry (item), ==, SK_GEOMETRY_AREA);
        }
      break;
    case 2:
      if (n >= 3)
        g_assert_true (sk_plan_reshape (plan, id, square, n == 3 ? 3 : 4, NULL));
      break;
    case 3:
      if (g_str_equal (sk_intervention_get_kind_id (item), "pluktuin"))
        g_assert_true (sk_plan_edit_parameter (plan, id, "oppervlakte",
                                               g_rand_int_range (rand, 200, 20000), NULL));
      break;
    default:
      g_assert_true (sk_plan_edit_text (plan, id, name, g_rand_boolean (rand) ? "" : "let op", NULL));
      break;
    }
}

static void
assert_same_plan (SkPlan *a,
                  SkPlan *b)
{
  g_autoptr(SkPlanSnapshot) sa = sk_plan_dup_snapshot (a);
  g_autoptr(SkPlanSnapshot) sb = sk_plan_dup_snapshot (b);

  g_assert_cmpuint (sk_plan_snapshot_get_n_items (sa), ==, sk_plan_snapshot_get_n_items (sb));
  for (size_t i = 0; i < sk_plan_snapshot_get_n_items (sa); i++)
    {
      g_assert_cmpint (sk_plan_snapshot_get_id (sa, i), ==, sk_plan_snapshot_get_id (sb, i));
      g_assert_true (sk_intervention_state_equal (sk_plan_snapshot_get_state (sa, i),
                                                  sk_plan_snapshot_get_state (sb, i)));
    }
}

/* A command through JSON text and back, as the session store keeps it. */
static SkPlanCommand *
through_json (const SkPlanCommand *command)
{
  g_autoptr(JsonNode) node = sk_plan_command_to_json (command);
  g_autofree char *text = json_to_string (node, FALSE);
  g_autoptr(JsonNode) parsed = json_from_string (text, NULL);
  g_autoptr(GError) error = NULL;
  SkPlanCommand *copy = sk_plan_command_from_json (parsed, &error);

  g_assert_no_error (error);
  return copy;
}

/* Replays the surviving commands on an empty plan, once as they are and
 * once through JSON: both give this plan. */
static void
assert_replay_equal (SkPlan *plan)
{
  g_autoptr(SkPlan) replay = sk_plan_new (toolbox);
  g_autoptr(SkPlan) stored = sk_plan_new (toolbox);
  GPtrArray *history = sk_plan_get_history (plan);

  for (guint i = 0; i < history->len; i++)
    {
      g_autoptr(SkPlanCommand) copy = through_json (g_ptr_array_index (history, i));
      g_autoptr(GError) error = NULL;

      g_assert_true (sk_plan_apply (replay, g_ptr_array_index (history, i), &error));
      g_assert_no_error (error);
      g_assert_true (sk_plan_apply (stored, copy, &error));
      g_assert_no_error (error);
    }
  assert_same_plan (plan, replay);
  assert_same_plan (plan, stored);
}

typedef struct
{
  const char *json;
  const char *field;
} BadCommand;

static const BadCommand bad_commands[] = {
  { "[]", "op" },
  { "{\"op\": \"fly\", \"id\": 1, \"position\": 0}", "op" },
  { "{\"op\": \"delete\", \"id\": 0, \"position\": 0}", "id" },
  { "{\"op\": \"delete\", \"id\": 2, \"position\": -1}", "position" },
  { "{\"op\": \"delete\", \"id\": 2, \"position\": 0, \"before\": null}", "before" },
  { "{\"op\": \"add\", \"id\": 2, \"position\": 0, \"after\": {\"kind\": \"pluktuin\","
    " \"geometry\": \"blob\", \"points\": [], \"parameters\": []}}", "geometry" },
  { "{\"op\": \"add\", \"id\": 2, \"position\": 0, \"after\": {\"kind\": \"pluktuin\","
    " \"geometry\": \"point\", \"points\": [[52.7]], \"parameters\": []}}", "points" },
  { "{\"op\": \"add\", \"id\": 2, \"position\": 0, \"after\": {\"kind\": \"pluktuin\","
    " \"geometry\": \"point\", \"points\": [[\"52.7\", 6.4]], \"parameters\": []}}", "points" },
  { "{\"op\": \"add\", \"id\": 2, \"position\": 0, \"after\": {\"kind\": \"pluktuin\","
    " \"geometry\": \"point\", \"points\": [[52.7, 6.4]], \"parameters\": [{\"id\": 4}]}}",
    "parameters" },
};

static void
test_bad_json (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_commands); i++)
    {
      g_autoptr(JsonNode) node = json_from_string (bad_commands[i].json, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *quoted = g_strdup_printf ("“%s”", bad_commands[i].field);

      g_assert_null (sk_plan_command_from_json (node, &error));
      g_assert_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_FORMAT);
      g_assert_nonnull (strstr (error->message, quoted));
    }
}

/* The sequence really mixes the commands and undoes and redoes them. */
static void
assert_mix (GPtrArray *descriptions)
{
  static const char *const words[] = { "geplaatst", "verplaatst", "vorm", "aangepast",
                                        "verwijderd", "Ongedaan", "Opnieuw" };

  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    {
      guint n = 0;

      for (guint i = 0; i < descriptions->len; i++)
        n += strstr (g_ptr_array_index (descriptions, i), words[k]) != NULL;
      g_test_message ("“%s”: %u times", words[k], n);
      g_assert_cmpuint (n, >=, 30);
    }
}

static void
test_random (void)
{
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);
  g_autoptr(SkPlan) before_undo_all = sk_plan_new (toolbox);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  guint n_done;
  Watch w;

  watch_init (&w, plan);
  for (int step = 0; step < 1000; step++)
    {
      int r = g_rand_int_range (rand, 0, 100);
      gint64 id = random_id (plan, rand);

      if (r < 15 || id == 0)
        random_add (plan, rand);
      else if (r < 45)
        random_change (plan, rand, id);
      else if (r < 55)
        g_assert_true (sk_plan_delete (plan, id, NULL));
      else if (r < 75)
        sk_plan_undo (plan);
      else
        sk_plan_redo (plan);
      assert_mirror (&w, plan);
      if (step % 100 == 99)
        assert_replay_equal (plan);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), >, 0);
  assert_mix (w.descriptions);

  /* Undo everything, then redo as much: back where we were. */
  for (guint i = 0; i < sk_plan_get_history (plan)->len; i++)
    g_assert_true (sk_plan_apply (before_undo_all, g_ptr_array_index (sk_plan_get_history (plan), i),
                                  NULL));
  n_done = sk_plan_get_history (plan)->len;
  while (sk_plan_undo (plan))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 0);
  /* Only as many redos: what was undone before stays on the redo stack. */
  for (guint i = 0; i < n_done; i++)
    g_assert_true (sk_plan_redo (plan));
  assert_mirror (&w, plan);
  assert_same_plan (plan, before_undo_all);
  watch_clear (&w);
}

/* Runs last: switches the process to English. Descriptions then use the
 * catalogue's English names. */
static void
test_english (void)
{
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);
  const SkKind *pluktuin = sk_toolbox_find_kind (toolbox, "pluktuin");
  g_autofree char *expected = g_strdup_printf ("Undone: %s placed", pluktuin->name_en);
  Watch w;

  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SAMENKAART_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  watch_init (&w, plan);
  sk_plan_add (plan, "pluktuin", &here, 1, NULL, NULL);
  sk_plan_undo (plan);
  g_assert_cmpstr (sk_kind_get_display_name (pluktuin), ==, pluktuin->name_en);
  g_assert_cmpstr (g_ptr_array_index (w.descriptions, 1), ==, expected);
  watch_clear (&w);
}

/* A session switches its plan between variants: the plan shows only that
 * variant, new work goes there, a move is logged as a move by the active
 * participant, and the next session opens on the variant shown last. */
static void
test_session_variants (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-plan-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "s.samenkaart", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = sk_store_create (file, NULL, &error);
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);
  g_autoptr(SkPlan) reopened = sk_plan_new (toolbox);
  g_autoptr(SkSession) session = NULL, again = NULL;
  g_autoptr(GPtrArray) events = NULL, in_b = NULL;
  gint64 anne = 0, b = 0, id;
  SkStoreEvent *last;

  g_assert_no_error (error);
  session = sk_session_new (store, plan, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_session_get_variant_id (session), ==, 1);
  g_assert_cmpint (sk_store_apply (store, &(SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT,
                                                             .name = "Anne" }, &anne, &error),
                   >, 0);
  sk_session_set_participant_id (session, anne);
  id = sk_plan_add (plan, "pluktuin", &here, 1, NULL, &error);
  g_assert_true (sk_plan_move (plan, id, 0.01, 0.01, &error));
  events = sk_store_list_events (store, 0, -1, &error);
  last = g_ptr_array_index (events, events->len - 1);
  g_assert_cmpint (last->op, ==, SK_STORE_OP_MOVE);
  g_assert_cmpint (last->participant_id, ==, anne);
  g_assert_true (sk_plan_undo (plan));
  g_clear_pointer (&events, g_ptr_array_unref);
  events = sk_store_list_events (store, 0, -1, &error);
  last = g_ptr_array_index (events, events->len - 1);
  g_assert_cmpstr (last->key, ==, "undo:move");

  g_assert_cmpint (sk_store_apply (store, &(SkStoreAction) { .op = SK_STORE_OP_VARIANT_NEW,
                                                             .name = "B" }, &b, &error), >, 0);
  g_assert_true (sk_session_set_variant_id (session, b, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 0);
  g_assert_false (sk_plan_can_undo (plan));
  sk_plan_add (plan, "ommetje", (SkLatLon[]) { { 52.7, 6.3 }, { 52.71, 6.31 } }, 2, NULL, &error);
  g_assert_no_error (error);
  in_b = sk_store_list_interventions (store, b, &error);
  g_assert_cmpuint (in_b->len, ==, 1);
  g_assert_false (sk_session_set_variant_id (session, 99, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  again = sk_session_new (store, reopened, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_session_get_variant_id (again), ==, b);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reopened)), ==, 1);
  g_assert_true (sk_session_set_variant_id (again, 1, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reopened)), ==, 1);
  g_clear_object (&again);
  g_clear_object (&session);
  g_clear_object (&store);
  g_unlink (file);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  toolbox = sk_toolbox_load (NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/plan/steps", test_steps);
  g_test_add_func ("/plan/can-undo-notify", test_can_undo_notify);
  g_test_add_func ("/plan/refused", test_refused);
  g_test_add_func ("/plan/from-geometry", test_from_geometry);
  g_test_add_func ("/plan/snapshot", test_snapshot);
  g_test_add_func ("/plan/random", test_random);
  g_test_add_func ("/plan/bad-json", test_bad_json);
  g_test_add_func ("/plan/english", test_english);
  g_test_add_func ("/plan/session-variants", test_session_variants);
  status = g_test_run ();
  g_object_unref (toolbox);
  return status;
}
