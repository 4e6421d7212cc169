/* test-store.c — the session file: every object survives a round trip,
 * undo, the lists, variants, metadata, the event log and its replay, and
 * bad actions change nothing. The file itself (migration, refusal,
 * a full disk, merging, copies) is in test-store-file.c. */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sk-store.h"
#include "sk-test-store.h"
#include "sk-test-util.h"

/* Every kind of object, with text full of quotes and SQL, survives
 * closing and reopening verbatim. */
static void
test_round_trip (SkTestStoreFixture *f,
                 gconstpointer       data)
{
  g_autofree char *path = sk_test_store_path_in (f, "rond.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (path, SK_TEST_EVIL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(SkStoreIntervention) iv = NULL;
  g_autofree char *setting = NULL;
  const char *line = "{\"type\":\"LineString\",\"coordinates\":[[6.2,52.6],[6.3,52.7]]}";
  const char *area = "{\"type\":\"Polygon\",\"coordinates\":[[[6.2,52.6],[6.3,52.6],[6.3,52.7],"
                     "[6.2,52.6]]]}";
  SkStoreAction participant = { .op = SK_STORE_OP_PARTICIPANT, .name = SK_TEST_EVIL, .role = "bewoner",
                                .colour = "#1c71d8" };
  gint64 who = 0, pluk = 0, ommetje = 0, erf = 0, comment = 0, vote = 0;
  JsonObject *o;

  sk_test_store_apply_ok (store, &participant, &who);
  {
    SkStoreAction a = { .op = SK_STORE_OP_ADD, .participant_id = who, .kind = "pluktuin",
                        .geometry = "{\"type\":\"Point\",\"coordinates\":[6.25,52.65]}",
                        .params = "{\"oppervlakte\": 400, \"soort\": \"appel'; --\"}",
                        .name = SK_TEST_EVIL, .note = "regel 1\nregel 2" };
    SkStoreAction b = { .op = SK_STORE_OP_ADD, .kind = "ommetje", .geometry = line };
    SkStoreAction c = { .op = SK_STORE_OP_ADD, .kind = "woonerf", .geometry = area };

    sk_test_store_apply_ok (store, &a, &pluk);
    sk_test_store_apply_ok (store, &b, &ommetje);
    sk_test_store_apply_ok (store, &c, &erf);
  }
  {
    SkStoreAction move = { .op = SK_STORE_OP_MOVE, .intervention_id = pluk, .lat = 52.66,
                           .lon = 6.26 };
    SkStoreAction reshape = { .op = SK_STORE_OP_RESHAPE, .intervention_id = ommetje,
                              .geometry = "{\"type\":\"LineString\",\"coordinates\":"
                                          "[[6.2,52.6],[6.25,52.62],[6.3,52.7]]}" };
    SkStoreAction edit = { .op = SK_STORE_OP_EDIT, .intervention_id = pluk,
                           .params = "{\"bomen\": 12, \"soort\": null}", .note = SK_TEST_EVIL };
    SkStoreAction remark = { .op = SK_STORE_OP_COMMENT, .participant_id = who,
                             .intervention_id = pluk, .lat = 52.661, .lon = 6.262, .text = SK_TEST_EVIL };
    SkStoreAction dot = { .op = SK_STORE_OP_VOTE, .participant_id = who, .intervention_id = pluk };
    SkStoreAction dot_erf = { .op = SK_STORE_OP_VOTE, .participant_id = who,
                              .intervention_id = erf };
    SkStoreAction del = { .op = SK_STORE_OP_DELETE, .intervention_id = erf };

    sk_test_store_apply_ok (store, &move, NULL);
    sk_test_store_apply_ok (store, &reshape, NULL);
    sk_test_store_apply_ok (store, &edit, NULL);
    sk_test_store_apply_ok (store, &remark, &comment);
    sk_test_store_apply_ok (store, &dot, &vote);
    sk_test_store_apply_ok (store, &dot, NULL);
    sk_test_store_apply_ok (store, &dot_erf, NULL);
    sk_test_store_apply_ok (store, &del, NULL);
  }
  g_assert_true (sk_store_set_setting (store, "modus'", SK_TEST_EVIL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = sk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_store_get_metadata (store)->title, ==, SK_TEST_EVIL);
  g_assert_cmpstr (sk_store_get_metadata (store)->place, ==, "Ruinen");
  g_assert_cmpstr (sk_store_get_metadata (store)->date, ==, "2026-03-14");
  g_assert_cmpstr (sk_store_get_metadata (store)->format, ==, "atelier");
  g_assert_cmpstr (sk_store_get_metadata (store)->region_id, ==, "reestdal");
  g_assert_cmpstr (sk_store_get_metadata (store)->region_hash, ==, "abc");
  g_assert_cmpint (sk_store_get_n_events (store), ==, 12);
  setting = sk_store_dup_setting (store, "modus'");
  g_assert_cmpstr (setting, ==, SK_TEST_EVIL);

  iv = sk_store_get_intervention (store, pluk, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (iv->kind, ==, "pluktuin");
  g_assert_cmpstr (iv->name, ==, SK_TEST_EVIL);
  g_assert_cmpstr (iv->note, ==, SK_TEST_EVIL);
  g_assert_cmpint (iv->participant_id, ==, who);
  /* Moved: the point is exactly where it was put. */
  g_assert_cmpfloat (iv->bbox.south, ==, 52.66);
  g_assert_cmpfloat (iv->bbox.west, ==, 6.26);
  /* The edit set "bomen" and removed "soort". */
  g_assert_cmpstr (iv->params, ==, "{\"oppervlakte\":400,\"bomen\":12}");

  root = sk_store_dup_json (store, &error);
  g_assert_no_error (error);
  /* The woonerf was deleted: two interventions remain. */
  g_assert_cmpuint (sk_test_store_n_members (root, "interventions"), ==, 2);
  o = sk_test_store_member_object (root, "interventions", 1);
  g_assert_cmpint (json_object_get_int_member (o, "id"), ==, ommetje);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      json_object_get_object_member (o, "geometry"), "coordinates")), ==, 3);
  o = sk_test_store_member_object (root, "participants", 0);
  g_assert_cmpstr (json_object_get_string_member (o, "name"), ==, SK_TEST_EVIL);
  g_assert_cmpstr (json_object_get_string_member (o, "colour"), ==, "#1c71d8");
  g_assert_cmpstr (json_object_get_string_member (o, "role"), ==, "bewoner");
  o = sk_test_store_member_object (root, "comments", 0);
  g_assert_cmpstr (json_object_get_string_member (o, "text"), ==, SK_TEST_EVIL);
  g_assert_cmpint (json_object_get_int_member (o, "intervention"), ==, pluk);
  g_assert_cmpfloat (json_object_get_double_member (o, "lat"), ==, 52.661);
  /* Two dots on the pluktuin; the one on the deleted woonerf is not shown. */
  g_assert_cmpuint (sk_test_store_n_members (root, "votes"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (sk_test_store_member_object (root, "votes", 0), "id"),
                                 ==, vote);
  g_assert_cmpuint (sk_test_store_n_members (root, "variants"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
                     json_node_get_object (root), "settings"), "modus'"), ==, SK_TEST_EVIL);
  g_assert_true (sk_store_check_integrity (store, &error));
  g_assert_no_error (error);
}

/* Undo reverts the last action not yet undone, one by one, each undo
 * logged; nothing left gives a clear error. */
static void
test_undo (SkTestStoreFixture *f,
           gconstpointer       data)
{
  g_autofree char *path = sk_test_store_path_in (f, "undo.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (path, "Undo");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStoreIntervention) iv = NULL;
  g_autoptr(GPtrArray) list = NULL;
  SkStoreAction undo = { .op = SK_STORE_OP_UNDO };
  gint64 id = sk_test_store_add_point (store, "woonerf", 52.7, 6.3);
  SkStoreAction edit = { .op = SK_STORE_OP_EDIT, .intervention_id = id,
                         .params = "{\"lengte\": 120}", .name = "Erf" };
  SkStoreAction move = { .op = SK_STORE_OP_MOVE, .intervention_id = id, .lat = 52.8, .lon = 6.4 };
  SkStoreAction del = { .op = SK_STORE_OP_DELETE, .intervention_id = id };
  gint64 undone_id = 0;

  sk_test_store_apply_ok (store, &edit, NULL);
  sk_test_store_apply_ok (store, &move, NULL);
  sk_test_store_apply_ok (store, &del, NULL);
  g_assert_null (sk_store_get_intervention (store, id, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  sk_test_store_apply_ok (store, &undo, &undone_id);   /* the delete */
  g_assert_cmpint (undone_id, ==, id);
  sk_test_store_apply_ok (store, &undo, NULL);         /* the move */
  iv = sk_store_get_intervention (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (iv->bbox.south, ==, 52.7);
  g_assert_cmpstr (iv->name, ==, "Erf");
  g_clear_pointer (&iv, sk_store_intervention_free);
  sk_test_store_apply_ok (store, &undo, NULL);         /* the edit */
  iv = sk_store_get_intervention (store, id, &error);
  g_assert_cmpstr (iv->params, ==, "{}");
  g_assert_cmpstr (iv->name, ==, "");
  sk_test_store_apply_ok (store, &undo, NULL);         /* the add */
  list = sk_store_list_interventions (store, 0, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_cmpint (sk_store_apply (store, &undo, NULL, &error), ==, 0);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOTHING_TO_UNDO);
  /* 4 actions + 4 undos, the failed undo not logged. */
  g_assert_cmpint (sk_store_get_n_events (store), ==, 8);
}

static const char *
kind_name (const char *kind,
           gpointer    user_data)
{
  return g_str_equal (kind, "pluktuin") ? "Pluktuin" : NULL;
}

/* Participants, comments and dots come back as typed lists; dots are
 * counted per intervention and per participant (for a dot limit). */
static void
test_lists (SkTestStoreFixture *f,
            gconstpointer       data)
{
  g_autofree char *path = sk_test_store_path_in (f, "lijst.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (path, "Lijsten");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL, comments = NULL, on_b = NULL, votes = NULL;
  SkStoreAction anne = { .op = SK_STORE_OP_PARTICIPANT, .name = "Anne", .role = "bewoner",
                         .colour = "#e01b24" };
  SkStoreAction piet = { .op = SK_STORE_OP_PARTICIPANT, .name = SK_TEST_EVIL };
  gint64 anne_id = 0, piet_id = 0;
  gint64 a = sk_test_store_add_point (store, "pluktuin", 52.7, 6.3);
  gint64 b = sk_test_store_add_point (store, "ommetje", 52.71, 6.31);
  SkStoreParticipant *p;
  SkStoreComment *c;

  sk_test_store_apply_ok (store, &anne, &anne_id);
  sk_test_store_apply_ok (store, &piet, &piet_id);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_COMMENT, .participant_id = anne_id,
                                                    .text = "Mooi", .lat = 52.7, .lon = 6.3 }, NULL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_COMMENT, .participant_id = piet_id,
                                                    .intervention_id = b, .text = SK_TEST_EVIL, .lat = 52.71,
                                                    .lon = 6.31 }, NULL);
  for (int i = 0; i < 3; i++)
    sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VOTE, .participant_id = anne_id,
                                                      .intervention_id = i < 2 ? a : b }, NULL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VOTE, .participant_id = piet_id,
                                                    .intervention_id = b }, NULL);

  people = sk_store_list_participants (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 2);
  p = g_ptr_array_index (people, 0);
  g_assert_cmpint (p->id, ==, anne_id);
  g_assert_cmpstr (p->name, ==, "Anne");
  g_assert_cmpstr (p->role, ==, "bewoner");
  g_assert_cmpstr (p->colour, ==, "#e01b24");
  g_assert_cmpstr (((SkStoreParticipant *) g_ptr_array_index (people, 1))->name, ==, SK_TEST_EVIL);

  comments = sk_store_list_comments (store, 0, &error);
  g_assert_cmpuint (comments->len, ==, 2);
  on_b = sk_store_list_comments (store, b, &error);
  g_assert_cmpuint (on_b->len, ==, 1);
  c = g_ptr_array_index (on_b, 0);
  g_assert_cmpstr (c->text, ==, SK_TEST_EVIL);
  g_assert_cmpint (c->participant_id, ==, piet_id);
  g_assert_cmpfloat (c->lat, ==, 52.71);

  votes = sk_store_list_votes (store, b, &error);
  g_assert_cmpuint (votes->len, ==, 2);
  g_assert_cmpint (sk_store_count_votes (store, a, 0, &error), ==, 2);
  g_assert_cmpint (sk_store_count_votes (store, 0, anne_id, &error), ==, 3);
  g_assert_cmpint (sk_store_count_votes (store, b, piet_id, &error), ==, 1);
  g_assert_cmpint (sk_store_count_votes (store, 0, 0, &error), ==, 4);
  /* Dots on a removed intervention no longer count. */
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_DELETE, .intervention_id = a }, NULL);
  g_assert_cmpint (sk_store_count_votes (store, 0, anne_id, &error), ==, 1);
  g_assert_no_error (error);
}

/* Variants: new, duplicate (the copies keep who placed them), rename
 * (undoable); each one event; lists count live interventions. */
static void
test_variants (SkTestStoreFixture *f,
               gconstpointer       data)
{
  g_autofree char *path = sk_test_store_path_in (f, "varianten.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (path, "Varianten");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) variants = NULL, copies = NULL, first = NULL;
  SkStoreAction who = { .op = SK_STORE_OP_PARTICIPANT, .name = "Anne" };
  gint64 anne = 0, empty = 0, copy = 0, events;
  SkStoreIntervention *iv;
  SkStoreVariant *v;

  sk_test_store_apply_ok (store, &who, &anne);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_ADD, .participant_id = anne,
                                                    .kind = "pluktuin", .name = "Tuin",
                                                    .geometry = "{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}"
                                                  }, NULL);
  sk_test_store_add_point (store, "woonerf", 52.72, 6.32);
  events = sk_store_get_n_events (store);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VARIANT_NEW, .name = "Leeg" }, &empty);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VARIANT_DUPLICATE, .variant_id = 1,
                                                    .name = "Variant B" }, &copy);
  g_assert_cmpint (sk_store_get_n_events (store), ==, events + 2);
  variants = sk_store_list_variants (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (variants->len, ==, 3);
  v = g_ptr_array_index (variants, 2);
  g_assert_cmpint (v->id, ==, copy);
  g_assert_cmpstr (v->name, ==, "Variant B");
  g_assert_cmpint (v->position, ==, 2);
  g_assert_cmpuint (v->n_interventions, ==, 2);
  g_assert_cmpuint (((SkStoreVariant *) g_ptr_array_index (variants, 1))->n_interventions, ==, 0);

  first = sk_store_list_interventions (store, 1, &error);
  copies = sk_store_list_interventions (store, copy, &error);
  iv = g_ptr_array_index (copies, 0);
  g_assert_cmpint (iv->id, >, ((SkStoreIntervention *) g_ptr_array_index (first, 1))->id);
  g_assert_cmpstr (iv->name, ==, "Tuin");
  g_assert_cmpint (iv->participant_id, ==, anne);
  g_assert_cmpstr (iv->created, ==, ((SkStoreIntervention *) g_ptr_array_index (first, 0))->created);
  /* Changing the copy leaves the original alone. */
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_DELETE, .intervention_id = iv->id },
                                        NULL);
  g_clear_pointer (&first, g_ptr_array_unref);
  first = sk_store_list_interventions (store, 1, &error);
  g_assert_cmpuint (first->len, ==, 2);

  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VARIANT_RENAME, .variant_id = copy,
                                                    .name = "Met " SK_TEST_EVIL }, NULL);
  g_clear_pointer (&variants, g_ptr_array_unref);
  variants = sk_store_list_variants (store, &error);
  g_assert_cmpstr (((SkStoreVariant *) g_ptr_array_index (variants, 2))->name, ==, "Met " SK_TEST_EVIL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_UNDO }, NULL);
  g_clear_pointer (&variants, g_ptr_array_unref);
  variants = sk_store_list_variants (store, &error);
  g_assert_cmpstr (((SkStoreVariant *) g_ptr_array_index (variants, 2))->name, ==, "Variant B");

  /* Refused: no name, no such variant; nothing logged. */
  events = sk_store_get_n_events (store);
  g_assert_cmpint (sk_store_apply (store, &(SkStoreAction) { .op = SK_STORE_OP_VARIANT_NEW },
                                   NULL, &error), ==, 0);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (sk_store_apply (store, &(SkStoreAction) { .op = SK_STORE_OP_VARIANT_DUPLICATE,
                                                             .variant_id = 99, .name = "X" },
                                   NULL, &error), ==, 0);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (sk_store_get_n_events (store), ==, events);
  g_assert_cmpint (empty, >, 1);
}

/* Title, place, date and format change as one undoable event, and the
 * change is in the file. */
static void
test_metadata (SkTestStoreFixture *f,
               gconstpointer       data)
{
  g_autofree char *path = sk_test_store_path_in (f, "gegevens.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (path, "Oud");
  g_autoptr(SkStore) again = NULL;
  g_autoptr(GError) error = NULL;
  SkStoreAction set = { .op = SK_STORE_OP_METADATA, .title = SK_TEST_EVIL, .format = "presentatie" };

  sk_test_store_apply_ok (store, &set, NULL);
  g_assert_cmpstr (sk_store_get_metadata (store)->title, ==, SK_TEST_EVIL);
  g_assert_cmpstr (sk_store_get_metadata (store)->place, ==, "Ruinen");
  g_assert_cmpstr (sk_store_get_metadata (store)->format, ==, "presentatie");
  again = sk_store_open_readonly (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_store_get_metadata (again)->title, ==, SK_TEST_EVIL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_UNDO }, NULL);
  g_assert_cmpstr (sk_store_get_metadata (store)->title, ==, "Oud");
  g_assert_cmpstr (sk_store_get_metadata (store)->format, ==, "atelier");

  g_assert_cmpint (sk_store_apply (store, &(SkStoreAction) { .op = SK_STORE_OP_METADATA,
                                                             .date = "14-03-2026" },
                                   NULL, &error), ==, 0);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (sk_store_apply (store, &(SkStoreAction) { .op = SK_STORE_OP_METADATA,
                                                             .format = "feest" },
                                   NULL, &error), ==, 0);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_assert_cmpint (sk_store_get_n_events (store), ==, 2);
}

/* The event log reads as what people did, in plain Dutch. */
static void
test_events (SkTestStoreFixture *f,
             gconstpointer       data)
{
  static const char *const expected[] = {
    "Piet deed mee",             /* the newcomer, not who added him */
    "Anne zette een pluktuin neer",
    "Anne verplaatste Bessen",   /* the name it has now */
    "Anne paste Bessen aan",
    "Piet gaf een stem op Bessen",
    "Ongedaan gemaakt: Piet gaf een stem op Bessen",
    "Iemand begon variant Leeg",
    "Iemand veranderde de gegevens van de sessie",
  };
  g_autofree char *path = sk_test_store_path_in (f, "verloop.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (path, "Verloop");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL, page = NULL;
  gint64 anne = 0, piet = 0, id = 0, variant = 0;
  SkStoreEvent *e;

  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Anne" }, &anne);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Piet" }, &piet);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_ADD, .participant_id = anne,
                                                    .kind = "pluktuin",
                                                    .geometry = "{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}"
                                                  }, &id);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_MOVE, .participant_id = anne,
                                                    .intervention_id = id, .lat = 52.8, .lon = 6.4 }, NULL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_EDIT, .participant_id = anne,
                                                    .intervention_id = id, .name = "Bessen" }, NULL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VOTE, .participant_id = piet,
                                                    .intervention_id = id }, NULL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_UNDO, .participant_id = piet }, NULL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VARIANT_NEW, .name = "Leeg" },
                                        &variant);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_METADATA, .place = "Echten" }, NULL);

  events = sk_store_list_events (store, 1, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *line = sk_store_event_describe (g_ptr_array_index (events, i), kind_name,
                                                       NULL);
      g_assert_cmpstr (line, ==, expected[i]);
    }
  e = g_ptr_array_index (events, 2);
  g_assert_cmpint (e->op, ==, SK_STORE_OP_MOVE);
  g_assert_cmpstr (e->key, ==, "move");
  g_assert_cmpint (e->object_id, ==, id);
  g_assert_cmpint (e->participant_id, ==, anne);
  g_assert_nonnull (e->time);
  e = g_ptr_array_index (events, 5);
  g_assert_cmpint (e->op, ==, SK_STORE_OP_UNDO);
  g_assert_cmpint (e->undone_op, ==, SK_STORE_OP_VOTE);
  g_assert_cmpstr (e->key, ==, "undo:vote");
  e = g_ptr_array_index (events, 6);
  g_assert_cmpint (e->object_id, ==, variant);
  /* Paging: offset and limit. */
  page = sk_store_list_events (store, 3, 2, &error);
  g_assert_cmpuint (page->len, ==, 2);
  g_assert_cmpint (((SkStoreEvent *) g_ptr_array_index (page, 0))->op, ==, SK_STORE_OP_MOVE);
}

/* Two lists of interventions hold the same objects (geometry and params
 * compared as JSON: the log keeps them re-serialised). */
static void
assert_same_state (GPtrArray *a,
                   GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      SkStoreIntervention *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);
      g_autoptr(JsonNode) gx = json_from_string (x->geometry, NULL);
      g_autoptr(JsonNode) gy = json_from_string (y->geometry, NULL);
      g_autoptr(JsonNode) px = json_from_string (x->params, NULL);
      g_autoptr(JsonNode) py = json_from_string (y->params, NULL);

      g_assert_cmpint (x->id, ==, y->id);
      g_assert_cmpint (x->variant_id, ==, y->variant_id);
      g_assert_cmpstr (x->kind, ==, y->kind);
      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->note, ==, y->note);
      g_assert_true (json_node_equal (gx, gy));
      g_assert_true (json_node_equal (px, py));
      g_assert_cmpfloat (x->bbox.west, ==, y->bbox.west);
    }
}

/* Replay: empty before the first event, equal to the live state after
 * the last, and right in between (an undone delete, a duplicate). */
static void
test_replay (SkTestStoreFixture *f,
             gconstpointer       data)
{
  g_autofree char *path = sk_test_store_path_in (f, "terug.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (path, "Terugkijken");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) at0 = NULL, live = NULL, now = NULL, at_move = NULL;
  g_autoptr(GPtrArray) live_b = NULL, now_b = NULL;
  gint64 a = sk_test_store_add_point (store, "pluktuin", 52.7, 6.3);
  gint64 b = sk_test_store_add_point (store, "woonerf", 52.71, 6.31);
  gint64 move_event, variant = 0, anne = 0, last;
  SkStoreIntervention *iv;

  move_event = sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_MOVE, .intervention_id = a,
                                                                 .lat = 52.8, .lon = 6.4 }, NULL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_EDIT, .intervention_id = b,
                                                    .params = "{\"woningen\": 12}", .note = "Met bankjes" },
                          NULL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_DELETE, .intervention_id = a }, NULL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_UNDO }, NULL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VARIANT_DUPLICATE, .variant_id = 1,
                                                    .name = "B" }, &variant);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Anne" }, &anne);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VOTE, .participant_id = anne,
                                                    .intervention_id = a }, NULL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_DELETE, .intervention_id = b }, NULL);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_UNDO }, NULL);
  last = sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_UNDO }, NULL);

  at0 = sk_store_dup_state_at (store, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (at0->len, ==, 0);
  live = sk_store_list_interventions (store, 0, &error);
  now = sk_store_dup_state_at (store, last, 0, &error);
  assert_same_state (live, now);
  live_b = sk_store_list_interventions (store, variant, &error);
  now_b = sk_store_dup_state_at (store, G_MAXINT64, variant, &error);
  g_assert_cmpuint (live_b->len, ==, 2);
  assert_same_state (live_b, now_b);
  at_move = sk_store_dup_state_at (store, move_event, 1, &error);
  g_assert_cmpuint (at_move->len, ==, 2);
  iv = g_ptr_array_index (at_move, 0);
  g_assert_cmpint (iv->id, ==, a);
  g_assert_cmpfloat_with_epsilon (iv->bbox.south, 52.8, 1e-9);
  g_assert_cmpstr (((SkStoreIntervention *) g_ptr_array_index (at_move, 1))->note, ==, "");
}

/* A bad action changes nothing and logs nothing. */
static void
test_invalid_actions (SkTestStoreFixture *f,
                      gconstpointer       data)
{
  g_autofree char *path = sk_test_store_path_in (f, "fout.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (path, "Fout");
  const SkStoreAction bad[] = {
    { .op = SK_STORE_OP_ADD, .kind = "pluktuin", .geometry = "{\"type\":\"Point\"}" },
    { .op = SK_STORE_OP_ADD, .kind = "pluktuin",
      .geometry = "{\"type\":\"Point\",\"coordinates\":[600,52]}" },
    { .op = SK_STORE_OP_ADD, .geometry = "{\"type\":\"Point\",\"coordinates\":[6,52]}" },
    { .op = SK_STORE_OP_ADD, .kind = "pluktuin", .params = "[1]",
      .geometry = "{\"type\":\"Point\",\"coordinates\":[6,52]}" },
    { .op = SK_STORE_OP_MOVE, .intervention_id = 42, .lat = 52, .lon = 6 },
    { .op = SK_STORE_OP_VOTE, .intervention_id = 1 },
    { .op = SK_STORE_OP_COMMENT, .lat = 52, .lon = 6 },
    { .op = SK_STORE_OP_PARTICIPANT },
    { .op = SK_STORE_OP_ADD, .kind = "x", .participant_id = 9,
      .geometry = "{\"type\":\"Point\",\"coordinates\":[6,52]}" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (sk_store_apply (store, &bad[i], NULL, &error), ==, 0);
      g_assert_nonnull (error);
      g_assert_true (error->domain == SK_STORE_ERROR);
    }
  g_assert_cmpint (sk_store_get_n_events (store), ==, 0);
}

static void
test_bbox_index (SkTestStoreFixture *f,
                 gconstpointer       data)
{
  g_autofree char *path = sk_test_store_path_in (f, "bbox.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (path, "BBox");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  SkBBox around_a = { .south = 52.69, .west = 6.29, .north = 52.71, .east = 6.31 };
  gint64 a = sk_test_store_add_point (store, "pluktuin", 52.70, 6.30);
  gint64 b = sk_test_store_add_point (store, "pluktuin", 52.80, 6.50);
  SkStoreAction move = { .op = SK_STORE_OP_MOVE, .intervention_id = b, .lat = 52.705,
                         .lon = 6.305 };

  ids = sk_store_find_in_bbox (store, &around_a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, a);
  g_clear_pointer (&ids, g_array_unref);
  sk_test_store_apply_ok (store, &move, NULL);
  ids = sk_store_find_in_bbox (store, &around_a, &error);
  g_assert_cmpuint (ids->len, ==, 2);
}


int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store/round-trip", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_round_trip, sk_test_store_tear_down);
  g_test_add ("/store/undo", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_undo, sk_test_store_tear_down);
  g_test_add ("/store/invalid-actions", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_invalid_actions, sk_test_store_tear_down);
  g_test_add ("/store/bbox-index", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_bbox_index, sk_test_store_tear_down);
  g_test_add ("/store/lists", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_lists, sk_test_store_tear_down);
  g_test_add ("/store/variants", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_variants, sk_test_store_tear_down);
  g_test_add ("/store/metadata", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_metadata, sk_test_store_tear_down);
  g_test_add ("/store/events", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_events, sk_test_store_tear_down);
  g_test_add ("/store/replay", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_replay, sk_test_store_tear_down);
  return g_test_run ();
}
