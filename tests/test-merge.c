/* test-merge.c — merging sessions more than once: a session edited since
 * its last merge brings what is new (and its changes), a file copied to
 * several laptops brings each copy's own ideas, a file is never merged
 * into itself, undo does not skip a merge, and a version-3 file (no
 * origins) is upgraded and merged like any other. */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sk-store.h"
#include "sk-test-store.h"
#include "sk-test-util.h"

static SkStore *
open_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  SkStore *store = sk_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static gint64
apply_ok (SkStore             *store,
          const SkStoreAction *action)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_cmpint (sk_store_apply (store, action, &id, &error), >, 0);
  g_assert_no_error (error);
  return id;
}

/* Two ideas made in the same millisecond in two copies would be one to
 * a merge; people are slower than that, a test is not. */
static gint64
add_idea (SkStore    *store,
          const char *kind,
          gint64      participant)
{
  SkStoreAction a = { .op = SK_STORE_OP_ADD, .kind = kind, .participant_id = participant,
                      .geometry = "{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}" };

  g_usleep (2000);
  return apply_ok (store, &a);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &data, &length, NULL));
  g_assert_true (g_file_set_contents (to, data, (gssize) length, NULL));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* The kinds of the live ideas, sorted: "pluktuin,woonerf". */
static char *
kinds (SkStore *store)
{
  g_autoptr(GPtrArray) list = sk_store_list_interventions (store, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < list->len; i++)
    g_ptr_array_add (names, ((SkStoreIntervention *) list->pdata[i])->kind);
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (",", (char **) names->pdata);
}

static char *
merge_ok (SkStore    *store,
          const char *source,
          const char *other)
{
  const char *sources[] = { source, other, NULL };
  g_autoptr(GError) error = NULL;
  char *summary = NULL;

  g_assert_true (sk_store_merge_with_summary (store, sources, &summary, &error));
  g_assert_no_error (error);
  return summary;
}

/* A source edited after it was merged: merged again, it brings its new
 * idea and vote, brings the idea it moved up to date, and says what was
 * already here; a third time, nothing. */
static void
test_again (SkTestStoreFixture *f,
            gconstpointer       data)
{
  g_autofree char *target = sk_test_store_path_in (f, "atelier.samenkaart");
  g_autofree char *source = sk_test_store_path_in (f, "ruinen.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (target, "Atelier");
  g_autoptr(SkStore) src = sk_test_store_new_session (source, "Keukentafel Ruinen");
  SkStoreAction who = { .op = SK_STORE_OP_PARTICIPANT, .name = "Geesje" };
  gint64 geesje = apply_ok (src, &who);
  gint64 first = add_idea (src, "pluktuin", geesje);
  gint64 second = add_idea (src, "woonerf", geesje);
  SkStoreAction remark = { .op = SK_STORE_OP_COMMENT, .participant_id = geesje,
                           .intervention_id = first, .lat = 52.7, .lon = 6.3, .text = "Mooi" };
  SkStoreAction vote = { .op = SK_STORE_OP_VOTE, .participant_id = geesje,
                         .intervention_id = second };
  SkStoreAction move = { .op = SK_STORE_OP_MOVE, .intervention_id = first,
                         .geometry = "{\"type\":\"Point\",\"coordinates\":[6.35,52.75]}" };
  g_autofree char *one = NULL, *two = NULL, *three = NULL, *now = NULL;
  g_autoptr(JsonNode) root = NULL;
  gint64 third;

  apply_ok (src, &remark);
  apply_ok (src, &vote);
  one = merge_ok (store, source, NULL);
  g_assert_cmpstr (one, ==, "2 nieuwe ideeën, 1 opmerking en 1 stem uit “Keukentafel Ruinen” "
                   "samengevoegd.");

  /* Later that evening, at the same kitchen table. */
  g_usleep (2000);
  apply_ok (src, &move);
  third = add_idea (src, "ommetje", geesje);
  vote.intervention_id = third;
  apply_ok (src, &vote);
  two = merge_ok (store, source, NULL);
  g_assert_cmpstr (two, ==, "1 nieuw idee en 1 stem uit “Keukentafel Ruinen” samengevoegd; "
                   "1 idee was daar later gewijzigd en is bijgewerkt; 3 stonden er al in.");
  now = kinds (store);
  g_assert_cmpstr (now, ==, "ommetje,pluktuin,woonerf");
  root = sk_store_dup_json (store, NULL);
  {
    JsonObject *o = json_node_get_object (root);
    JsonArray *ideas = json_object_get_array_member (o, "interventions");

    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "participants")),
                      ==, 1);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "sources")), ==, 1);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "votes")), ==, 2);
    g_assert_cmpuint (json_array_get_length (ideas), ==, 3);
  }
  {
    g_autoptr(GPtrArray) ideas = sk_store_list_interventions (store, 0, NULL);

    /* The idea moved in the source is where it was moved to. */
    g_assert_nonnull (strstr (((SkStoreIntervention *) ideas->pdata[0])->geometry, "6.35"));
  }

  /* The history: right after the first merge, its two ideas only. */
  {
    g_autoptr(GPtrArray) then = sk_store_dup_state_at (store, 1, 0, NULL);
    g_autoptr(GPtrArray) later = sk_store_dup_state_at (store, 2, 0, NULL);

    g_assert_cmpuint (then->len, ==, 2);
    g_assert_cmpuint (later->len, ==, 3);
  }

  three = merge_ok (store, source, NULL);
  g_assert_cmpstr (three, ==, "Uit “Keukentafel Ruinen” is niets nieuws samengevoegd: "
                   "alle 6 onderdelen stonden er al in.");
  g_assert_true (sk_store_check_integrity (store, NULL));
}

/* One session copied with cp to two laptops: both copies share its uid and
 * its first idea; each brings its own new idea. A copy of the target
 * itself brings only what was added to the copy. */
static void
test_copies (SkTestStoreFixture *f,
             gconstpointer       data)
{
  g_autofree char *target = sk_test_store_path_in (f, "atelier.samenkaart");
  g_autofree char *laptop1 = sk_test_store_path_in (f, "laptop1.samenkaart");
  g_autofree char *laptop2 = sk_test_store_path_in (f, "laptop2.samenkaart");
  g_autofree char *home = sk_test_store_path_in (f, "thuis.samenkaart");
  g_autofree char *summary = NULL, *again = NULL, *now = NULL;
  g_autoptr(SkStore) store = sk_test_store_new_session (target, "Atelier");
  g_autoptr(SkStore) one = sk_test_store_new_session (laptop1, "Dorpshuis");
  g_autoptr(SkStore) two = NULL;
  g_autoptr(SkStore) copy = NULL;

  add_idea (one, "pluktuin", 0);
  g_clear_object (&one);
  copy_file (laptop1, laptop2);
  one = open_ok (laptop1);
  two = open_ok (laptop2);
  add_idea (one, "woonerf", 0);
  add_idea (two, "ommetje", 0);
  g_clear_object (&one);
  g_clear_object (&two);

  summary = merge_ok (store, laptop1, laptop2);
  g_assert_cmpstr (summary, ==, "2 nieuwe ideeën uit “Dorpshuis” samengevoegd.\n"
                   "1 nieuw idee uit “Dorpshuis” samengevoegd; 1 stond er al in.");
  now = kinds (store);
  g_assert_cmpstr (now, ==, "ommetje,pluktuin,woonerf");

  /* The atelier's own file, copied home and added to there. */
  g_clear_object (&store);
  copy_file (target, home);
  copy = open_ok (home);
  add_idea (copy, "bankje", 0);
  g_clear_object (&copy);
  store = open_ok (target);
  again = merge_ok (store, home, NULL);
  g_assert_cmpstr (again, ==, "1 nieuw idee uit “Atelier” samengevoegd; 3 stonden er al in.");
  g_clear_pointer (&now, g_free);
  now = kinds (store);
  g_assert_cmpstr (now, ==, "bankje,ommetje,pluktuin,woonerf");
}

/* The session's own file as a source: said plainly, also without a
 * title; nothing written. */
static void
test_itself (SkTestStoreFixture *f,
             gconstpointer       data)
{
  g_autofree char *target = sk_test_store_path_in (f, "naamloos.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (target, "");
  const char *sources[] = { target, NULL };
  g_autoptr(GError) error = NULL;

  add_idea (store, "pluktuin", 0);
  g_assert_false (sk_store_merge (store, sources, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ALREADY_MERGED);
  g_assert_nonnull (strstr (error->message, "deze sessie zelf"));
  g_assert_nonnull (strstr (error->message, target));
  g_assert_null (strstr (error->message, "()"));
  g_assert_cmpint (sk_store_get_n_events (store), ==, 1);
}

/* Undo right after a merge does not reach past it to the idea before. */
static void
test_undo_after_merge (SkTestStoreFixture *f,
                       gconstpointer       data)
{
  g_autofree char *target = sk_test_store_path_in (f, "atelier.samenkaart");
  g_autofree char *source = sk_test_store_path_in (f, "pesse.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (target, "Atelier");
  g_autoptr(SkStore) src = sk_test_store_new_session (source, "Keukentafel Pesse");
  g_autofree char *summary = NULL, *now = NULL;
  SkStoreAction undo = { .op = SK_STORE_OP_UNDO };
  g_autoptr(GError) error = NULL;
  gint64 events;

  add_idea (store, "pluktuin", 0);
  add_idea (src, "woonerf", 0);
  g_clear_object (&src);
  summary = merge_ok (store, source, NULL);
  events = sk_store_get_n_events (store);
  g_assert_cmpint (sk_store_apply (store, &undo, NULL, &error), ==, 0);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOTHING_TO_UNDO);
  g_assert_nonnull (strstr (error->message, "samenvoegen van “Keukentafel Pesse”"));
  now = kinds (store);
  g_assert_cmpstr (now, ==, "pluktuin,woonerf");
  g_assert_cmpint (sk_store_get_n_events (store), ==, events);
}

/* A version-3 file (no origins): read as a source twice it is merged
 * once; opened for writing it becomes version 4 and keeps everything,
 * and merged after that it is still recognised. */
static void
test_version_3 (SkTestStoreFixture *f,
                gconstpointer       data)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures",
                                                    "session-v3.samenkaart", NULL);
  g_autofree char *old = sk_test_store_path_in (f, "oud.samenkaart");
  g_autofree char *target = sk_test_store_path_in (f, "atelier.samenkaart");
  g_autofree char *first = NULL, *second = NULL, *third = NULL;
  g_autoptr(SkStore) store = sk_test_store_new_session (target, "Atelier");
  g_autoptr(SkStore) upgraded = NULL;
  g_autoptr(GPtrArray) corrections = NULL;
  g_autoptr(GError) error = NULL;

  first = merge_ok (store, fixture, NULL);
  g_assert_cmpstr (first, ==, "1 nieuw idee, 1 opmerking, 1 stem en 1 toegevoegde voorziening "
                   "uit “Keukentafel Echten” samengevoegd.");
  second = merge_ok (store, fixture, NULL);
  g_assert_cmpstr (second, ==, "Uit “Keukentafel Echten” is niets nieuws samengevoegd: "
                   "alle 4 onderdelen stonden er al in.");

  copy_file (fixture, old);
  upgraded = open_ok (old);
  g_assert_cmpint (sk_store_get_opened_version (upgraded), ==, 3);
  g_clear_object (&upgraded);
  upgraded = sk_store_open_readonly (old, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_store_get_opened_version (upgraded), ==, 4);
  {
    g_autoptr(GPtrArray) ideas = sk_store_list_interventions (upgraded, 0, NULL);

    g_assert_cmpuint (ideas->len, ==, 1);
  }
  corrections = sk_store_list_corrections (upgraded, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (corrections->len, ==, 1);
  g_clear_object (&upgraded);
  third = merge_ok (store, old, NULL);
  g_assert_cmpstr (third, ==, second);
}

/* Another program adds a participant and her idea while the merge is
 * between reading the source's participants and its ideas. */
static void
write_meanwhile (gpointer data,
                 gpointer source)
{
  guint *calls = data;
  g_autoptr(SkStore) writer = NULL;
  SkStoreAction who = { .op = SK_STORE_OP_PARTICIPANT, .name = "Bram" };

  if ((*calls)++ > 0)
    return;
  writer = open_ok (source);
  add_idea (writer, "woonerf", apply_ok (writer, &who));
}

/* The merge reads the source as of one moment: Bram's idea comes with the
 * next merge, with Bram as its author, never half (an idea without its
 * participant). */
static void
test_one_moment (SkTestStoreFixture *f,
                 gconstpointer       data)
{
  g_autofree char *target = sk_test_store_path_in (f, "atelier.samenkaart");
  g_autofree char *source = sk_test_store_path_in (f, "ruinen.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (target, "Atelier");
  g_autoptr(SkStore) src = sk_test_store_new_session (source, "Keukentafel Ruinen");
  SkStoreAction who = { .op = SK_STORE_OP_PARTICIPANT, .name = "Anne" };
  g_autofree char *first = NULL, *second = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GPtrArray) people = NULL;
  guint calls = 0;

  add_idea (src, "pluktuin", apply_ok (src, &who));
  g_clear_object (&src);
  sk_store_set_merge_hook_for_testing (store, write_meanwhile, &calls);
  first = merge_ok (store, source, NULL);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpstr (first, ==, "1 nieuw idee uit “Keukentafel Ruinen” samengevoegd.");
  second = merge_ok (store, source, NULL);
  g_assert_cmpstr (second, ==, "1 nieuw idee uit “Keukentafel Ruinen” samengevoegd; "
                   "1 stond er al in.");
  ideas = sk_store_list_interventions (store, 0, NULL);
  people = sk_store_list_participants (store, NULL);
  g_assert_cmpuint (ideas->len, ==, 2);
  for (guint i = 0; i < ideas->len; i++)
    {
      SkStoreIntervention *iv = ideas->pdata[i];
      const char *name = NULL;

      for (guint p = 0; p < people->len; p++)
        if (((SkStoreParticipant *) people->pdata[p])->id == iv->participant_id)
          name = ((SkStoreParticipant *) people->pdata[p])->name;
      g_assert_cmpstr (name, ==, g_str_equal (iv->kind, "woonerf") ? "Bram" : "Anne");
    }
}

/* Facilities added during a session merged twice: the history shows at
 * each merge the ones it brought. */
static void
test_corrections_again (SkTestStoreFixture *f,
                        gconstpointer       data)
{
  g_autofree char *target = sk_test_store_path_in (f, "atelier.samenkaart");
  g_autofree char *source = sk_test_store_path_in (f, "echten.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (target, "Atelier");
  g_autoptr(SkStore) src = sk_test_store_new_session (source, "Keukentafel Echten");
  SkStoreAction huisarts = { .op = SK_STORE_OP_FACILITY_ADD, .facility = "huisarts",
                             .lat = 52.7124, .lon = 6.3989 };
  SkStoreAction winkel = { .op = SK_STORE_OP_FACILITY_ADD, .facility = "supermarkt",
                           .lat = 52.7130, .lon = 6.3990 };
  g_autofree char *one = NULL, *two = NULL;
  g_autoptr(GPtrArray) then = NULL;
  g_autoptr(GPtrArray) now = NULL;

  apply_ok (src, &huisarts);
  one = merge_ok (store, source, NULL);
  g_usleep (2000);
  apply_ok (src, &winkel);
  two = merge_ok (store, source, NULL);
  g_assert_cmpstr (two, ==, "1 toegevoegde voorziening uit “Keukentafel Echten” samengevoegd; "
                   "1 stond er al in.");
  then = sk_store_dup_corrections_at (store, 1, NULL);
  now = sk_store_dup_corrections_at (store, 2, NULL);
  g_assert_cmpuint (then->len, ==, 1);
  g_assert_cmpuint (now->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/merge/again", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_again, sk_test_store_tear_down);
  g_test_add ("/merge/copies", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_copies, sk_test_store_tear_down);
  g_test_add ("/merge/itself", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_itself, sk_test_store_tear_down);
  g_test_add ("/merge/undo-after-merge", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_undo_after_merge, sk_test_store_tear_down);
  g_test_add ("/merge/version-3", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_version_3, sk_test_store_tear_down);
  g_test_add ("/merge/one-moment", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_one_moment, sk_test_store_tear_down);
  g_test_add ("/merge/corrections-again", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_corrections_again, sk_test_store_tear_down);
  return g_test_run ();
}
