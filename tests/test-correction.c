/* test-correction.c — facilities residents know of that the region data
 * lacks ("Hier is ook een huisarts"): stored with who, when, where and
 * what; undone and put back; replayed at every step of the history;
 * carried by a merge; an old (version-2) file migrates; and in a session,
 * undo and redo take corrections and plan commands back in the order
 * they were done. */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sk-correction.h"
#include "sk-session.h"
#include "sk-store.h"
#include "sk-test-util.h"

/* Echten (region.json): a village without a GP in the Reestdal data. */
#define ECHTEN_LAT 52.71239
#define ECHTEN_LON 6.39894

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sk_test_tmpdir_new ("test-correction");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sk_test_tmpdir_remove (f->dir);
  g_free (f->dir);
}

static SkStore *
new_session (Fixture    *f,
             const char *name,
             const char *title)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  SkStoreMetadata m = { .title = (char *) title, .date = "2026-11-20", .region_id = "reestdal" };
  g_autoptr(GError) error = NULL;
  SkStore *store = sk_store_create (path, &m, &error);

  g_assert_no_error (error);
  return store;
}

static gint64
apply_ok (SkStore       *store,
          SkStoreAction  action,
          gint64        *id)
{
  g_autoptr(GError) error = NULL;
  gint64 event = sk_store_apply (store, &action, id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (event, >, 0);
  return event;
}

static void
apply_refused (SkStore       *store,
               SkStoreAction  action,
               const char    *message_part)
{
  g_autoptr(GError) error = NULL;
  gint64 before = sk_store_get_n_events (store);

  g_assert_cmpint (sk_store_apply (store, &action, NULL, &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_cmpint (sk_store_get_n_events (store), ==, before);
}

/* The history line of the last event, as the Verloop tab shows it. */
static char *
last_line (SkStore *store)
{
  g_autoptr(GPtrArray) events = sk_store_list_events (store, 0, -1, NULL);

  g_assert_nonnull (events);
  return sk_store_event_describe (g_ptr_array_index (events, events->len - 1), NULL, NULL);
}

static guint
n_corrections (SkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = sk_store_list_corrections (store, &error);

  g_assert_no_error (error);
  return list->len;
}

static void
test_add_undo (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SkStore) store = new_session (f, "echten.samenkaart", "Keukentafel Echten");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autofree char *name = g_strnfill (SK_STORE_CORRECTION_NAME_MAX + 1, 'x');
  const SkStoreCorrection *c;
  gint64 gerda = 0, id = 0;

  apply_ok (store, (SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Gerda" }, &gerda);
  apply_ok (store, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_ADD, .participant_id = gerda,
                                     .facility = "huisarts", .lat = ECHTEN_LAT,
                                     .lon = ECHTEN_LON }, &id);
  list = sk_store_list_corrections (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  c = g_ptr_array_index (list, 0);
  /* Who, when, where, what. */
  g_assert_cmpint (c->id, ==, id);
  g_assert_cmpstr (c->participant_name, ==, "Gerda");
  g_assert_true (g_str_has_prefix (c->created, "20"));
  g_assert_cmpfloat (c->lat, ==, ECHTEN_LAT);
  g_assert_cmpfloat (c->lon, ==, ECHTEN_LON);
  g_assert_cmpstr (c->type, ==, "huisarts");
  g_assert_cmpstr (c->name, ==, "");
  line = last_line (store);
  g_assert_cmpstr (line, ==, "Gerda voegde een huisarts toe die nog niet op de kaart stond");

  /* The store's own undo takes it away; putting it back keeps its id. */
  apply_ok (store, (SkStoreAction) { .op = SK_STORE_OP_UNDO }, NULL);
  g_assert_cmpuint (n_corrections (store), ==, 0);
  g_free (line);
  line = last_line (store);
  g_assert_cmpstr (line, ==, "Ongedaan gemaakt: Iemand voegde een huisarts toe die nog niet op de "
                             "kaart stond");
  apply_ok (store, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_ADD, .correction_id = id }, NULL);
  g_assert_cmpuint (n_corrections (store), ==, 1);
  apply_ok (store, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_REMOVE, .correction_id = id,
                                     .participant_id = gerda }, NULL);
  g_free (line);
  line = last_line (store);
  g_assert_cmpstr (line, ==, "Gerda haalde de toegevoegde huisarts weg");
  /* Undoing the removal puts it back. */
  apply_ok (store, (SkStoreAction) { .op = SK_STORE_OP_UNDO }, NULL);
  g_assert_cmpuint (n_corrections (store), ==, 1);

  /* Bad input: a clear message, nothing stored. */
  apply_refused (store, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_ADD, .facility = "kapper",
                                          .lat = ECHTEN_LAT, .lon = ECHTEN_LON },
                 "huisarts, apotheek");
  apply_refused (store, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_ADD, .facility = "apotheek",
                                          .lat = 91, .lon = ECHTEN_LON }, "breedtegraad");
  apply_refused (store, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_ADD, .facility = "apotheek",
                                          .lat = ECHTEN_LAT, .lon = ECHTEN_LON, .name = name },
                 "te lang");
  apply_refused (store, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_REMOVE, .correction_id = 99 },
                 "bestaat niet");
  apply_refused (store, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_ADD, .correction_id = id },
                 "staat al op de kaart");
  g_assert_cmpuint (n_corrections (store), ==, 1);
  g_assert_true (sk_store_check_integrity (store, NULL));
}

/* Replay at a step before and after the correction: the history shows
 * the situation with and without it. */
static void
test_replay (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SkStore) store = new_session (f, "terug.samenkaart", "Terug");
  g_autoptr(GPtrArray) at_first = NULL, at_add = NULL, at_remove = NULL, now = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first, added, removed, id = 0;

  first = apply_ok (store, (SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Henk" }, NULL);
  added = apply_ok (store, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_ADD, .facility = "apotheek",
                                             .name = "Apotheek De Reest", .lat = 52.7,
                                             .lon = 6.3 }, &id);
  removed = apply_ok (store, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_REMOVE,
                                               .correction_id = id }, NULL);
  apply_ok (store, (SkStoreAction) { .op = SK_STORE_OP_UNDO }, NULL);

  at_first = sk_store_dup_corrections_at (store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (at_first->len, ==, 0);
  at_add = sk_store_dup_corrections_at (store, added, &error);
  g_assert_cmpuint (at_add->len, ==, 1);
  g_assert_cmpstr (((SkStoreCorrection *) g_ptr_array_index (at_add, 0))->name, ==,
                   "Apotheek De Reest");
  g_assert_cmpfloat (((SkStoreCorrection *) g_ptr_array_index (at_add, 0))->lat, ==, 52.7);
  at_remove = sk_store_dup_corrections_at (store, removed, &error);
  g_assert_cmpuint (at_remove->len, ==, 0);
  now = sk_store_dup_corrections_at (store, G_MAXINT64, &error);
  g_assert_cmpuint (now->len, ==, 1);
  g_assert_cmpint (((SkStoreCorrection *) g_ptr_array_index (now, 0))->id, ==, id);
}

/* A session of the previous format opens read-only as it is, and for
 * writing is upgraded, keeping what it held. */
static void
test_migration (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures",
                                                    "session-v2.samenkaart", NULL);
  g_autofree char *path = g_build_filename (f->dir, "oud.samenkaart", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  store = sk_store_open_readonly (fixture, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_store_get_opened_version (store), ==, 2);
  g_assert_cmpuint (n_corrections (store), ==, 0);
  root = sk_store_dup_json (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root),
                                                                         "corrections")), ==, 0);
  g_clear_object (&store);

  g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  store = sk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_store_get_opened_version (store), ==, 2);
  {
    g_autoptr(GPtrArray) ideas = sk_store_list_interventions (store, 0, NULL);

    g_assert_cmpuint (ideas->len, ==, 1);
  }
  apply_ok (store, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_ADD, .participant_id = 1,
                                     .facility = "huisarts", .lat = ECHTEN_LAT,
                                     .lon = ECHTEN_LON }, NULL);
  g_clear_object (&store);
  store = sk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_store_get_opened_version (store), ==, 3);
  g_assert_cmpint (sk_store_get_n_events (store), ==, 6);
  g_assert_cmpuint (n_corrections (store), ==, 1);
  g_assert_true (sk_store_check_integrity (store, NULL));
}

/* A merge brings the corrections of a keukentafelgesprek into the
 * atelier with who added them. */
static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SkStore) source = new_session (f, "bron.samenkaart", "Keukentafel");
  g_autoptr(SkStore) target = new_session (f, "doel.samenkaart", "Atelier");
  g_autoptr(GPtrArray) list = NULL, before = NULL, after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *source_path = g_strdup (sk_store_get_path (source));
  const char *sources[] = { source_path, NULL };
  const SkStoreCorrection *c;
  gint64 gerda = 0, id = 0, start;

  apply_ok (source, (SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Gerda" }, &gerda);
  apply_ok (source, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_ADD, .participant_id = gerda,
                                      .facility = "supermarkt", .name = "Spar", .lat = 52.76,
                                      .lon = 6.35 }, NULL);
  apply_ok (source, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_ADD, .facility = "apotheek",
                                      .lat = 52.7, .lon = 6.3 }, &id);
  apply_ok (source, (SkStoreAction) { .op = SK_STORE_OP_FACILITY_REMOVE, .correction_id = id },
            NULL);
  g_clear_object (&source);
  start = apply_ok (target, (SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Anne" }, NULL);

  g_assert_true (sk_store_merge (target, sources, &error));
  g_assert_no_error (error);
  list = sk_store_list_corrections (target, &error);
  g_assert_cmpuint (list->len, ==, 1);
  c = g_ptr_array_index (list, 0);
  g_assert_cmpstr (c->type, ==, "supermarkt");
  g_assert_cmpstr (c->name, ==, "Spar");
  g_assert_cmpstr (c->participant_name, ==, "Gerda");
  g_assert_cmpint (c->source_id, >, 0);
  /* In the history it appears at the merge. */
  before = sk_store_dup_corrections_at (target, start, &error);
  g_assert_cmpuint (before->len, ==, 0);
  after = sk_store_dup_corrections_at (target, G_MAXINT64, &error);
  g_assert_cmpuint (after->len, ==, 1);
}

static gint64
add_pluktuin (SkPlan *plan)
{
  SkLatLon at = { 52.70, 6.30 };
  g_autoptr(GError) error = NULL;
  gint64 id = sk_plan_add (plan, "pluktuin", &at, 1, NULL, &error);

  g_assert_no_error (error);
  return id;
}

static void
on_corrections_changed (SkSession  *session,
                        const char *description,
                        int         direction,
                        GString    *log)
{
  g_string_append_printf (log, "%s|", description);
}

/* Ctrl+Z and Ctrl+Shift+Z in the window: one order for the plan's
 * commands and the corrections. */
static void
test_session_undo (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SkStore) store = new_session (f, "ongedaan.samenkaart", "Ongedaan");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkToolbox) toolbox = sk_toolbox_load (NULL, &error);
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);
  g_autoptr(SkSession) session = sk_session_new (store, plan, &error);
  g_autoptr(GString) log = g_string_new (NULL);
  gint64 a, c;

  g_assert_no_error (error);
  g_signal_connect (session, "corrections-changed", G_CALLBACK (on_corrections_changed), log);
  a = add_pluktuin (plan);
  c = sk_session_add_correction (session, SK_FACILITY_HUISARTS, "Dokter Bos", ECHTEN_LAT,
                                 ECHTEN_LON, &error);
  g_assert_no_error (error);
  g_assert_cmpint (c, >, 0);
  g_assert_true (sk_plan_move (plan, a, 0.01, 0, NULL));

  /* Back: the move, the huisarts, the pluktuin. */
  g_assert_true (sk_session_undo (session));
  g_assert_cmpuint (n_corrections (store), ==, 1);
  g_assert_true (sk_session_undo (session));
  g_assert_cmpuint (n_corrections (store), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 1);
  g_assert_true (sk_session_undo (session));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 0);
  g_assert_false (sk_session_can_undo (session));
  /* Forward in the same order; the huisarts comes back as itself. */
  g_assert_true (sk_session_redo (session));
  g_assert_cmpuint (n_corrections (store), ==, 0);
  g_assert_true (sk_session_redo (session));
  {
    g_autoptr(GPtrArray) list = sk_store_list_corrections (store, NULL);

    g_assert_cmpuint (list->len, ==, 1);
    g_assert_cmpint (((SkStoreCorrection *) g_ptr_array_index (list, 0))->id, ==, c);
  }
  g_assert_true (sk_session_redo (session));
  g_assert_false (sk_session_can_redo (session));
  g_assert_cmpstr (log->str, ==, "Huisarts toegevoegd|Ongedaan gemaakt: Huisarts toegevoegd|"
                                 "Opnieuw gedaan: Huisarts toegevoegd|");

  /* Undo the move and the huisarts; a new plan command ends redoing. */
  g_assert_true (sk_session_undo (session));
  g_assert_true (sk_session_undo (session));
  add_pluktuin (plan);
  g_assert_false (sk_session_can_redo (session));
  /* And a new correction ends the plan's redo. */
  g_assert_true (sk_session_undo (session));
  g_assert_true (sk_plan_can_redo (plan));
  g_assert_cmpint (sk_session_add_correction (session, SK_FACILITY_APOTHEEK, NULL, 52.7, 6.3, NULL),
                   >, 0);
  g_assert_false (sk_session_can_redo (session));
  /* A bad one is refused with a message and nothing to undo. */
  g_assert_cmpint (sk_session_add_correction (session, SK_FACILITY_HUISARTS, NULL, 100, 6.3, &error),
                   ==, 0);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
}

static void
test_additions (void)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_store_correction_free);
  SkStoreCorrection *known = g_new0 (SkStoreCorrection, 1);
  SkStoreCorrection *unknown = g_new0 (SkStoreCorrection, 1);
  g_autoptr(GArray) sites = NULL;

  known->type = g_strdup ("basisschool");
  known->lat = 52.6;
  known->lon = 6.4;
  unknown->type = g_strdup ("kapper");
  g_ptr_array_add (list, known);
  g_ptr_array_add (list, unknown);
  sites = sk_corrections_to_additions (list);
  g_assert_cmpuint (sites->len, ==, 1);
  g_assert_cmpint (g_array_index (sites, SkReachAddition, 0).type, ==, SK_FACILITY_BASISSCHOOL);
  g_assert_cmpfloat (g_array_index (sites, SkReachAddition, 0).lat, ==, 52.6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/correction/add-undo", Fixture, NULL, fixture_set_up, test_add_undo,
              fixture_tear_down);
  g_test_add ("/correction/replay", Fixture, NULL, fixture_set_up, test_replay, fixture_tear_down);
  g_test_add ("/correction/migration-v2", Fixture, NULL, fixture_set_up, test_migration,
              fixture_tear_down);
  g_test_add ("/correction/merge", Fixture, NULL, fixture_set_up, test_merge, fixture_tear_down);
  g_test_add ("/correction/session-undo", Fixture, NULL, fixture_set_up, test_session_undo,
              fixture_tear_down);
  g_test_add_func ("/correction/additions", test_additions);
  return g_test_run ();
}
