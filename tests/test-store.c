/* test-store.c — the session file: every object survives a round trip,
 * undo, migration from the version-1 fixture, refusal of files that are
 * not sessions (left byte-for-byte unchanged), a full disk, merging. */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sk-store.h"
#include "sk-test-util.h"

#define EVIL "Robert'); DROP TABLE interventions;-- \"quoted\" \\ %s %n"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sk_test_tmpdir_new ("test-store");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sk_test_tmpdir_remove (f->dir);
  g_free (f->dir);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static char *
checksum_of (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}

static SkStore *
new_session (const char *path,
             const char *title)
{
  SkStoreMetadata m = { .title = (char *) title, .place = "Ruinen", .date = "2026-03-14",
                        .format = "atelier", .region_id = "reestdal", .region_hash = "abc" };
  g_autoptr(GError) error = NULL;
  SkStore *store = sk_store_create (path, &m, &error);

  g_assert_no_error (error);
  return store;
}

static gint64
apply_ok (SkStore             *store,
          const SkStoreAction *action,
          gint64              *id)
{
  g_autoptr(GError) error = NULL;
  gint64 event = sk_store_apply (store, action, id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (event, >, 0);
  return event;
}

static gint64
add_point (SkStore    *store,
           const char *kind,
           double      lat,
           double      lon)
{
  g_autofree char *geometry = g_strdup_printf ("{\"type\":\"Point\",\"coordinates\":[%g,%g]}",
                                               lon, lat);
  SkStoreAction a = { .op = SK_STORE_OP_ADD, .kind = kind, .geometry = geometry };
  gint64 id = 0;

  apply_ok (store, &a, &id);
  return id;
}

static JsonObject *
member_object (JsonNode   *root,
               const char *array,
               guint       index)
{
  JsonArray *a = json_object_get_array_member (json_node_get_object (root), array);

  g_assert_cmpuint (index, <, json_array_get_length (a));
  return json_array_get_object_element (a, index);
}

static guint
n_members (JsonNode   *root,
           const char *array)
{
  return json_array_get_length (json_object_get_array_member (json_node_get_object (root), array));
}

/* Every kind of object, with text full of quotes and SQL, survives
 * closing and reopening verbatim. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = path_in (f, "rond.samenkaart");
  g_autoptr(SkStore) store = new_session (path, EVIL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(SkStoreIntervention) iv = NULL;
  g_autofree char *setting = NULL;
  const char *line = "{\"type\":\"LineString\",\"coordinates\":[[6.2,52.6],[6.3,52.7]]}";
  const char *area = "{\"type\":\"Polygon\",\"coordinates\":[[[6.2,52.6],[6.3,52.6],[6.3,52.7],"
                     "[6.2,52.6]]]}";
  SkStoreAction participant = { .op = SK_STORE_OP_PARTICIPANT, .name = EVIL, .role = "bewoner",
                                .colour = "#1c71d8" };
  gint64 who = 0, pluk = 0, ommetje = 0, erf = 0, comment = 0, vote = 0;
  JsonObject *o;

  apply_ok (store, &participant, &who);
  {
    SkStoreAction a = { .op = SK_STORE_OP_ADD, .participant_id = who, .kind = "pluktuin",
                        .geometry = "{\"type\":\"Point\",\"coordinates\":[6.25,52.65]}",
                        .params = "{\"oppervlakte\": 400, \"soort\": \"appel'; --\"}",
                        .name = EVIL, .note = "regel 1\nregel 2" };
    SkStoreAction b = { .op = SK_STORE_OP_ADD, .kind = "ommetje", .geometry = line };
    SkStoreAction c = { .op = SK_STORE_OP_ADD, .kind = "woonerf", .geometry = area };

    apply_ok (store, &a, &pluk);
    apply_ok (store, &b, &ommetje);
    apply_ok (store, &c, &erf);
  }
  {
    SkStoreAction move = { .op = SK_STORE_OP_MOVE, .intervention_id = pluk, .lat = 52.66,
                           .lon = 6.26 };
    SkStoreAction reshape = { .op = SK_STORE_OP_RESHAPE, .intervention_id = ommetje,
                              .geometry = "{\"type\":\"LineString\",\"coordinates\":"
                                          "[[6.2,52.6],[6.25,52.62],[6.3,52.7]]}" };
    SkStoreAction edit = { .op = SK_STORE_OP_EDIT, .intervention_id = pluk,
                           .params = "{\"bomen\": 12, \"soort\": null}", .note = EVIL };
    SkStoreAction remark = { .op = SK_STORE_OP_COMMENT, .participant_id = who,
                             .intervention_id = pluk, .lat = 52.661, .lon = 6.262, .text = EVIL };
    SkStoreAction dot = { .op = SK_STORE_OP_VOTE, .participant_id = who, .intervention_id = pluk };
    SkStoreAction dot_erf = { .op = SK_STORE_OP_VOTE, .participant_id = who,
                              .intervention_id = erf };
    SkStoreAction del = { .op = SK_STORE_OP_DELETE, .intervention_id = erf };

    apply_ok (store, &move, NULL);
    apply_ok (store, &reshape, NULL);
    apply_ok (store, &edit, NULL);
    apply_ok (store, &remark, &comment);
    apply_ok (store, &dot, &vote);
    apply_ok (store, &dot, NULL);
    apply_ok (store, &dot_erf, NULL);
    apply_ok (store, &del, NULL);
  }
  g_assert_true (sk_store_set_setting (store, "modus'", EVIL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = sk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_store_get_metadata (store)->title, ==, EVIL);
  g_assert_cmpstr (sk_store_get_metadata (store)->place, ==, "Ruinen");
  g_assert_cmpstr (sk_store_get_metadata (store)->date, ==, "2026-03-14");
  g_assert_cmpstr (sk_store_get_metadata (store)->format, ==, "atelier");
  g_assert_cmpstr (sk_store_get_metadata (store)->region_id, ==, "reestdal");
  g_assert_cmpstr (sk_store_get_metadata (store)->region_hash, ==, "abc");
  g_assert_cmpint (sk_store_get_n_events (store), ==, 12);
  setting = sk_store_dup_setting (store, "modus'");
  g_assert_cmpstr (setting, ==, EVIL);

  iv = sk_store_get_intervention (store, pluk, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (iv->kind, ==, "pluktuin");
  g_assert_cmpstr (iv->name, ==, EVIL);
  g_assert_cmpstr (iv->note, ==, EVIL);
  g_assert_cmpint (iv->participant_id, ==, who);
  /* Moved: the point is exactly where it was put. */
  g_assert_cmpfloat (iv->bbox.south, ==, 52.66);
  g_assert_cmpfloat (iv->bbox.west, ==, 6.26);
  /* The edit set "bomen" and removed "soort". */
  g_assert_cmpstr (iv->params, ==, "{\"oppervlakte\":400,\"bomen\":12}");

  root = sk_store_dup_json (store, &error);
  g_assert_no_error (error);
  /* The woonerf was deleted: two interventions remain. */
  g_assert_cmpuint (n_members (root, "interventions"), ==, 2);
  o = member_object (root, "interventions", 1);
  g_assert_cmpint (json_object_get_int_member (o, "id"), ==, ommetje);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      json_object_get_object_member (o, "geometry"), "coordinates")), ==, 3);
  o = member_object (root, "participants", 0);
  g_assert_cmpstr (json_object_get_string_member (o, "name"), ==, EVIL);
  g_assert_cmpstr (json_object_get_string_member (o, "colour"), ==, "#1c71d8");
  g_assert_cmpstr (json_object_get_string_member (o, "role"), ==, "bewoner");
  o = member_object (root, "comments", 0);
  g_assert_cmpstr (json_object_get_string_member (o, "text"), ==, EVIL);
  g_assert_cmpint (json_object_get_int_member (o, "intervention"), ==, pluk);
  g_assert_cmpfloat (json_object_get_double_member (o, "lat"), ==, 52.661);
  /* Two dots on the pluktuin; the one on the deleted woonerf is not shown. */
  g_assert_cmpuint (n_members (root, "votes"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (member_object (root, "votes", 0), "id"), ==, vote);
  g_assert_cmpuint (n_members (root, "variants"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
                     json_node_get_object (root), "settings"), "modus'"), ==, EVIL);
  g_assert_true (sk_store_check_integrity (store, &error));
  g_assert_no_error (error);
}

/* Undo reverts the last action not yet undone, one by one, each undo
 * logged; nothing left gives a clear error. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = path_in (f, "undo.samenkaart");
  g_autoptr(SkStore) store = new_session (path, "Undo");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStoreIntervention) iv = NULL;
  g_autoptr(GPtrArray) list = NULL;
  SkStoreAction undo = { .op = SK_STORE_OP_UNDO };
  gint64 id = add_point (store, "woonerf", 52.7, 6.3);
  SkStoreAction edit = { .op = SK_STORE_OP_EDIT, .intervention_id = id,
                         .params = "{\"lengte\": 120}", .name = "Erf" };
  SkStoreAction move = { .op = SK_STORE_OP_MOVE, .intervention_id = id, .lat = 52.8, .lon = 6.4 };
  SkStoreAction del = { .op = SK_STORE_OP_DELETE, .intervention_id = id };
  gint64 undone_id = 0;

  apply_ok (store, &edit, NULL);
  apply_ok (store, &move, NULL);
  apply_ok (store, &del, NULL);
  g_assert_null (sk_store_get_intervention (store, id, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  apply_ok (store, &undo, &undone_id);   /* the delete */
  g_assert_cmpint (undone_id, ==, id);
  apply_ok (store, &undo, NULL);         /* the move */
  iv = sk_store_get_intervention (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (iv->bbox.south, ==, 52.7);
  g_assert_cmpstr (iv->name, ==, "Erf");
  g_clear_pointer (&iv, sk_store_intervention_free);
  apply_ok (store, &undo, NULL);         /* the edit */
  iv = sk_store_get_intervention (store, id, &error);
  g_assert_cmpstr (iv->params, ==, "{}");
  g_assert_cmpstr (iv->name, ==, "");
  apply_ok (store, &undo, NULL);         /* the add */
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
test_lists (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = path_in (f, "lijst.samenkaart");
  g_autoptr(SkStore) store = new_session (path, "Lijsten");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL, comments = NULL, on_b = NULL, votes = NULL;
  SkStoreAction anne = { .op = SK_STORE_OP_PARTICIPANT, .name = "Anne", .role = "bewoner",
                         .colour = "#e01b24" };
  SkStoreAction piet = { .op = SK_STORE_OP_PARTICIPANT, .name = EVIL };
  gint64 anne_id = 0, piet_id = 0;
  gint64 a = add_point (store, "pluktuin", 52.7, 6.3);
  gint64 b = add_point (store, "ommetje", 52.71, 6.31);
  SkStoreParticipant *p;
  SkStoreComment *c;

  apply_ok (store, &anne, &anne_id);
  apply_ok (store, &piet, &piet_id);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_COMMENT, .participant_id = anne_id,
                                      .text = "Mooi", .lat = 52.7, .lon = 6.3 }, NULL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_COMMENT, .participant_id = piet_id,
                                      .intervention_id = b, .text = EVIL, .lat = 52.71,
                                      .lon = 6.31 }, NULL);
  for (int i = 0; i < 3; i++)
    apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VOTE, .participant_id = anne_id,
                                        .intervention_id = i < 2 ? a : b }, NULL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VOTE, .participant_id = piet_id,
                                      .intervention_id = b }, NULL);

  people = sk_store_list_participants (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 2);
  p = g_ptr_array_index (people, 0);
  g_assert_cmpint (p->id, ==, anne_id);
  g_assert_cmpstr (p->name, ==, "Anne");
  g_assert_cmpstr (p->role, ==, "bewoner");
  g_assert_cmpstr (p->colour, ==, "#e01b24");
  g_assert_cmpstr (((SkStoreParticipant *) g_ptr_array_index (people, 1))->name, ==, EVIL);

  comments = sk_store_list_comments (store, 0, &error);
  g_assert_cmpuint (comments->len, ==, 2);
  on_b = sk_store_list_comments (store, b, &error);
  g_assert_cmpuint (on_b->len, ==, 1);
  c = g_ptr_array_index (on_b, 0);
  g_assert_cmpstr (c->text, ==, EVIL);
  g_assert_cmpint (c->participant_id, ==, piet_id);
  g_assert_cmpfloat (c->lat, ==, 52.71);

  votes = sk_store_list_votes (store, b, &error);
  g_assert_cmpuint (votes->len, ==, 2);
  g_assert_cmpint (sk_store_count_votes (store, a, 0, &error), ==, 2);
  g_assert_cmpint (sk_store_count_votes (store, 0, anne_id, &error), ==, 3);
  g_assert_cmpint (sk_store_count_votes (store, b, piet_id, &error), ==, 1);
  g_assert_cmpint (sk_store_count_votes (store, 0, 0, &error), ==, 4);
  /* Dots on a removed intervention no longer count. */
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_DELETE, .intervention_id = a }, NULL);
  g_assert_cmpint (sk_store_count_votes (store, 0, anne_id, &error), ==, 1);
  g_assert_no_error (error);
}

/* Variants: new, duplicate (the copies keep who placed them), rename
 * (undoable); each one event; lists count live interventions. */
static void
test_variants (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = path_in (f, "varianten.samenkaart");
  g_autoptr(SkStore) store = new_session (path, "Varianten");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) variants = NULL, copies = NULL, first = NULL;
  SkStoreAction who = { .op = SK_STORE_OP_PARTICIPANT, .name = "Anne" };
  gint64 anne = 0, empty = 0, copy = 0, events;
  SkStoreIntervention *iv;
  SkStoreVariant *v;

  apply_ok (store, &who, &anne);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_ADD, .participant_id = anne,
                                      .kind = "pluktuin", .name = "Tuin",
                                      .geometry = "{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}"
                                    }, NULL);
  add_point (store, "woonerf", 52.72, 6.32);
  events = sk_store_get_n_events (store);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VARIANT_NEW, .name = "Leeg" }, &empty);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VARIANT_DUPLICATE, .variant_id = 1,
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
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_DELETE, .intervention_id = iv->id }, NULL);
  g_clear_pointer (&first, g_ptr_array_unref);
  first = sk_store_list_interventions (store, 1, &error);
  g_assert_cmpuint (first->len, ==, 2);

  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VARIANT_RENAME, .variant_id = copy,
                                      .name = "Met " EVIL }, NULL);
  g_clear_pointer (&variants, g_ptr_array_unref);
  variants = sk_store_list_variants (store, &error);
  g_assert_cmpstr (((SkStoreVariant *) g_ptr_array_index (variants, 2))->name, ==, "Met " EVIL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_UNDO }, NULL);
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
test_metadata (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = path_in (f, "gegevens.samenkaart");
  g_autoptr(SkStore) store = new_session (path, "Oud");
  g_autoptr(SkStore) again = NULL;
  g_autoptr(GError) error = NULL;
  SkStoreAction set = { .op = SK_STORE_OP_METADATA, .title = EVIL, .format = "presentatie" };

  apply_ok (store, &set, NULL);
  g_assert_cmpstr (sk_store_get_metadata (store)->title, ==, EVIL);
  g_assert_cmpstr (sk_store_get_metadata (store)->place, ==, "Ruinen");
  g_assert_cmpstr (sk_store_get_metadata (store)->format, ==, "presentatie");
  again = sk_store_open_readonly (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_store_get_metadata (again)->title, ==, EVIL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_UNDO }, NULL);
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
test_events (Fixture       *f,
             gconstpointer  data)
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
  g_autofree char *path = path_in (f, "verloop.samenkaart");
  g_autoptr(SkStore) store = new_session (path, "Verloop");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL, page = NULL;
  gint64 anne = 0, piet = 0, id = 0, variant = 0;
  SkStoreEvent *e;

  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Anne" }, &anne);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Piet" }, &piet);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_ADD, .participant_id = anne,
                                      .kind = "pluktuin",
                                      .geometry = "{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}"
                                    }, &id);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_MOVE, .participant_id = anne,
                                      .intervention_id = id, .lat = 52.8, .lon = 6.4 }, NULL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_EDIT, .participant_id = anne,
                                      .intervention_id = id, .name = "Bessen" }, NULL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VOTE, .participant_id = piet,
                                      .intervention_id = id }, NULL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_UNDO, .participant_id = piet }, NULL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VARIANT_NEW, .name = "Leeg" }, &variant);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_METADATA, .place = "Echten" }, NULL);

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
test_replay (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = path_in (f, "terug.samenkaart");
  g_autoptr(SkStore) store = new_session (path, "Terugkijken");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) at0 = NULL, live = NULL, now = NULL, at_move = NULL;
  g_autoptr(GPtrArray) live_b = NULL, now_b = NULL;
  gint64 a = add_point (store, "pluktuin", 52.7, 6.3);
  gint64 b = add_point (store, "woonerf", 52.71, 6.31);
  gint64 move_event, variant = 0, anne = 0, last;
  SkStoreIntervention *iv;

  move_event = apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_MOVE, .intervention_id = a,
                                                   .lat = 52.8, .lon = 6.4 }, NULL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_EDIT, .intervention_id = b,
                                      .params = "{\"woningen\": 12}", .note = "Met bankjes" },
            NULL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_DELETE, .intervention_id = a }, NULL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_UNDO }, NULL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VARIANT_DUPLICATE, .variant_id = 1,
                                      .name = "B" }, &variant);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Anne" }, &anne);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_VOTE, .participant_id = anne,
                                      .intervention_id = a }, NULL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_DELETE, .intervention_id = b }, NULL);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_UNDO }, NULL);
  last = apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_UNDO }, NULL);

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

/* A copy opens and holds the same session; the original is unchanged;
 * a copy over the session itself is refused. */
static void
test_save_copy (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = path_in (f, "origineel.samenkaart");
  g_autofree char *dest = path_in (f, "kopie.samenkaart");
  g_autofree char *part = g_strconcat (dest, ".part", NULL);
  g_autoptr(SkStore) store = new_session (path, EVIL);
  g_autoptr(SkStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) before = NULL, after = NULL, copied = NULL;
  g_autofree char *sum = NULL, *sum_after = NULL;

  add_point (store, "pluktuin", 52.7, 6.3);
  apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Anne" }, NULL);
  before = sk_store_dup_json (store, &error);
  sum = checksum_of (path);
  g_assert_true (g_file_set_contents (dest, "oud", -1, NULL));
  g_assert_true (sk_store_save_copy (store, dest, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  sum_after = checksum_of (path);
  g_assert_cmpstr (sum, ==, sum_after);
  after = sk_store_dup_json (store, &error);
  g_assert_true (json_node_equal (before, after));

  copy = sk_store_open (dest, &error);
  g_assert_no_error (error);
  copied = sk_store_dup_json (copy, &error);
  g_assert_true (json_node_equal (before, copied));
  g_assert_cmpint (sk_store_get_n_events (copy), ==, sk_store_get_n_events (store));

  g_assert_false (sk_store_save_copy (store, path, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_clear_pointer (&sum_after, g_free);
  sum_after = checksum_of (path);
  g_assert_cmpstr (sum, ==, sum_after);
}

/* A bad action changes nothing and logs nothing. */
static void
test_invalid_actions (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = path_in (f, "fout.samenkaart");
  g_autoptr(SkStore) store = new_session (path, "Fout");
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
test_bbox_index (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = path_in (f, "bbox.samenkaart");
  g_autoptr(SkStore) store = new_session (path, "BBox");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  SkBBox around_a = { .south = 52.69, .west = 6.29, .north = 52.71, .east = 6.31 };
  gint64 a = add_point (store, "pluktuin", 52.70, 6.30);
  gint64 b = add_point (store, "pluktuin", 52.80, 6.50);
  SkStoreAction move = { .op = SK_STORE_OP_MOVE, .intervention_id = b, .lat = 52.705,
                         .lon = 6.305 };

  ids = sk_store_find_in_bbox (store, &around_a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, a);
  g_clear_pointer (&ids, g_array_unref);
  apply_ok (store, &move, NULL);
  ids = sk_store_find_in_bbox (store, &around_a, &error);
  g_assert_cmpuint (ids->len, ==, 2);
}

/* The checked-in version-1 file opens read-only as it is, and for
 * writing is upgraded to the current version with its contents kept. */
static void
test_migration (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures",
                                                    "session-v1.samenkaart", NULL);
  g_autofree char *path = path_in (f, "oud.samenkaart");
  g_autofree char *before = checksum_of (fixture);
  g_autofree char *contents = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) list = NULL;
  SkBBox all = { .south = 52.0, .west = 6.0, .north = 53.0, .east = 7.0 };
  gsize length;

  store = sk_store_open_readonly (fixture, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_store_get_opened_version (store), ==, 1);
  root = sk_store_dup_json (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_members (root, "interventions"), ==, 2);
  g_assert_cmpuint (n_members (root, "votes"), ==, 0);
  /* Read-only means read-only: an action is refused. */
  {
    SkStoreAction participant = { .op = SK_STORE_OP_PARTICIPANT, .name = "Jan" };

    g_assert_cmpint (sk_store_apply (store, &participant, NULL, &error), ==, 0);
    g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_WRITE);
    g_clear_error (&error);
  }
  g_clear_object (&store);
  after = checksum_of (fixture);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  store = sk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_store_get_opened_version (store), ==, 1);
  g_assert_cmpstr (sk_store_get_metadata (store)->title, ==, "Keukentafel de Wijk");
  list = sk_store_list_interventions (store, 0, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((SkStoreIntervention *) list->pdata[1])->note, ==, "met bankjes");
  /* The R*Tree of version 2 was filled from the old geometries. */
  ids = sk_store_find_in_bbox (store, &all, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  /* Votes, new in version 2, work on the old interventions. */
  {
    SkStoreAction vote = { .op = SK_STORE_OP_VOTE, .participant_id = 1, .intervention_id = 2 };
    apply_ok (store, &vote, NULL);
  }
  g_assert_cmpint (sk_store_get_n_events (store), ==, 4);
  g_clear_object (&store);
  store = sk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_store_get_opened_version (store), ==, SK_STORE_SCHEMA_VERSION);
  g_assert_true (sk_store_check_integrity (store, &error));
}

typedef enum
{
  DAMAGE_TEXT,         /* a text file */
  DAMAGE_EMPTY,
  DAMAGE_FOREIGN,      /* another application's SQLite database */
  DAMAGE_NO_TABLES,    /* our application_id and version, none of our tables */
  DAMAGE_TRUNCATED,    /* the second half cut off */
  DAMAGE_SHORT,        /* cut inside the header */
  DAMAGE_GARBLED,      /* pages overwritten with junk */
  DAMAGE_TOO_NEW,      /* user_version 99 */
} Damage;

static void
put_be32 (char    *p,
          guint32  v)
{
  p[0] = (char) (v >> 24);
  p[1] = (char) (v >> 16);
  p[2] = (char) (v >> 8);
  p[3] = (char) v;
}

/* Writes a damaged or foreign file at @path, made from a real session
 * of 300 interventions or from fixtures/foreign.sqlite (another
 * program's database: `sqlite3 foreign.sqlite "CREATE TABLE kaas …"`). */
static void
make_damaged (Fixture    *f,
              const char *path,
              Damage      damage)
{
  g_autofree char *source = path_in (f, "bron.samenkaart");
  g_autofree char *foreign = g_test_build_filename (G_TEST_DIST, "fixtures", "foreign.sqlite",
                                                    NULL);
  g_autofree char *data = NULL;
  gsize length = 0;

  if (damage == DAMAGE_TEXT)
    {
      g_assert_true (g_file_set_contents (path, "title,place\nDe Wijk,Drenthe\n", -1, NULL));
      return;
    }
  if (damage == DAMAGE_EMPTY)
    {
      g_assert_true (g_file_set_contents (path, "", 0, NULL));
      return;
    }
  if (damage == DAMAGE_FOREIGN || damage == DAMAGE_NO_TABLES)
    g_assert_true (g_file_get_contents (foreign, &data, &length, NULL));
  else
    {
      g_autoptr(SkStore) store = NULL;

      g_unlink (source);
      store = new_session (source, "Bron");

      for (int i = 0; i < 300; i++)
        add_point (store, "pluktuin", 52.6 + i * 0.001, 6.2);
      g_clear_object (&store);  /* closing checkpoints the log into the file */
      g_assert_true (g_file_get_contents (source, &data, &length, NULL));
    }
  g_assert_cmpuint (length, >, 4096);
  switch (damage)
    {
    case DAMAGE_NO_TABLES:
      put_be32 (data + 68, SK_STORE_APPLICATION_ID);
      put_be32 (data + 60, 1);
      break;
    case DAMAGE_TRUNCATED:
      length /= 2;
      break;
    case DAMAGE_SHORT:
      length = 40;
      break;
    case DAMAGE_GARBLED:
      for (gsize i = 4096; i < length; i += 7)
        data[i] = (char) (i * 31);
      break;
    case DAMAGE_TOO_NEW:
      put_be32 (data + 60, 99);
      break;
    default:
      break;
    }
  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  static const struct
  {
    Damage damage;
    SkStoreError code;
  } cases[] = {
    { DAMAGE_TEXT, SK_STORE_ERROR_NOT_SESSION },
    { DAMAGE_EMPTY, SK_STORE_ERROR_NOT_SESSION },
    { DAMAGE_FOREIGN, SK_STORE_ERROR_NOT_SESSION },
    { DAMAGE_NO_TABLES, SK_STORE_ERROR_NOT_SESSION },
    { DAMAGE_TRUNCATED, SK_STORE_ERROR_CORRUPT },
    { DAMAGE_SHORT, SK_STORE_ERROR_CORRUPT },
    { DAMAGE_GARBLED, SK_STORE_ERROR_CORRUPT },
    { DAMAGE_TOO_NEW, SK_STORE_ERROR_TOO_NEW },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("kapot-%u.samenkaart", i);
      g_autofree char *path = path_in (f, name);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      make_damaged (f, path, cases[i].damage);
      before = checksum_of (path);
      for (int readonly = 0; readonly <= 1; readonly++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(SkStore) store = readonly ? sk_store_open_readonly (path, &error)
                                              : sk_store_open (path, &error);

          g_test_message ("case %u: %s", i, error ? error->message : "(opened)");
          g_assert_null (store);
          g_assert_error (error, SK_STORE_ERROR, (int) cases[i].code);
          /* The message names the file. */
          g_assert_nonnull (strstr (error->message, path));
        }
      after = checksum_of (path);
      g_assert_cmpstr (before, ==, after);
      /* Nothing was created beside it either. */
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
    }
}

/* A full disk: the action fails with FULL, what was committed before
 * stays, and the file is sound. */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = path_in (f, "vol.samenkaart");
  g_autoptr(SkStore) store = new_session (path, "Vol");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *note = g_strnfill (3000, 'x');
  SkStoreAction add = { .op = SK_STORE_OP_ADD, .kind = "pluktuin", .note = note,
                        .geometry = "{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}" };
  int added = 0;

  add_point (store, "ommetje", 52.7, 6.3);
  sk_store_limit_size_for_testing (store, 200 * 1024);
  while (sk_store_apply (store, &add, NULL, &error) > 0)
    added++;
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpint (added, >, 10);
  g_clear_error (&error);
  g_clear_object (&store);

  store = sk_store_open (path, &error);
  g_assert_no_error (error);
  list = sk_store_list_interventions (store, 0, &error);
  g_assert_cmpuint (list->len, ==, added + 1);
  g_assert_cmpint (sk_store_get_n_events (store), ==, added + 1);
  g_assert_true (sk_store_check_integrity (store, &error));
}

static char *
make_source (Fixture    *f,
             const char *name,
             const char *title,
             const char *who)
{
  char *path = path_in (f, name);
  g_autoptr(SkStore) store = new_session (path, title);
  SkStoreAction participant = { .op = SK_STORE_OP_PARTICIPANT, .name = who };
  gint64 pid = 0, a, b;

  apply_ok (store, &participant, &pid);
  a = add_point (store, "pluktuin", 52.7, 6.3);
  {
    SkStoreAction add = { .op = SK_STORE_OP_ADD, .participant_id = pid, .kind = "woonerf",
                          .geometry = "{\"type\":\"Point\",\"coordinates\":[6.31,52.71]}" };
    apply_ok (store, &add, &b);
  }
  {
    SkStoreAction vote = { .op = SK_STORE_OP_VOTE, .participant_id = pid, .intervention_id = b };
    SkStoreAction remark = { .op = SK_STORE_OP_COMMENT, .participant_id = pid,
                             .intervention_id = b, .lat = 52.71, .lon = 6.31, .text = who };
    SkStoreAction del = { .op = SK_STORE_OP_DELETE, .intervention_id = a };

    apply_ok (store, &vote, NULL);
    apply_ok (store, &remark, NULL);
    apply_ok (store, &del, NULL);
  }
  return path;
}

static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *target = path_in (f, "atelier.samenkaart");
  g_autofree char *one = make_source (f, "een.samenkaart", "Keukentafel Ruinen", "Geesje");
  g_autofree char *two = make_source (f, "twee.samenkaart", "Keukentafel Pesse", EVIL);
  g_autofree char *bad = path_in (f, "kapot.samenkaart");
  g_autofree char *one_sum = checksum_of (one);
  g_autofree char *after = NULL;
  g_autoptr(SkStore) store = new_session (target, "Atelier");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  const char *both[] = { one, two, NULL };
  const char *with_bad[] = { one, bad, NULL };
  JsonObject *o;

  /* A broken source: nothing at all is merged. */
  make_damaged (f, bad, DAMAGE_TEXT);
  g_assert_false (sk_store_merge (store, with_bad, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_SESSION);
  g_clear_error (&error);
  g_assert_cmpint (sk_store_get_n_events (store), ==, 0);

  g_assert_true (sk_store_merge (store, both, &error));
  g_assert_no_error (error);
  root = sk_store_dup_json (store, &error);
  /* Each source: one live intervention (the other was deleted), its
   * comment, its vote, its participant; one merge event each. */
  g_assert_cmpuint (n_members (root, "interventions"), ==, 2);
  g_assert_cmpuint (n_members (root, "comments"), ==, 2);
  g_assert_cmpuint (n_members (root, "votes"), ==, 2);
  g_assert_cmpuint (n_members (root, "participants"), ==, 2);
  g_assert_cmpuint (n_members (root, "sources"), ==, 2);
  g_assert_cmpint (sk_store_get_n_events (store), ==, 2);
  o = member_object (root, "sources", 1);
  g_assert_cmpstr (json_object_get_string_member (o, "title"), ==, "Keukentafel Pesse");
  g_assert_cmpuint (strlen (json_object_get_string_member (o, "file_hash")), ==, 64);
  o = member_object (root, "interventions", 1);
  g_assert_cmpstr (json_object_get_string_member (o, "kind"), ==, "woonerf");
  g_assert_cmpint (json_object_get_int_member (o, "source"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (o, "participant"), ==, 2);
  o = member_object (root, "participants", 1);
  g_assert_cmpstr (json_object_get_string_member (o, "name"), ==, EVIL);
  g_assert_cmpint (json_object_get_int_member (o, "source"), ==, 2);
  o = member_object (root, "comments", 1);
  g_assert_cmpint (json_object_get_int_member (o, "intervention"), ==,
                   json_object_get_int_member (member_object (root, "interventions", 1), "id"));
  o = member_object (root, "votes", 0);
  g_assert_cmpint (json_object_get_int_member (o, "participant"), ==, 1);

  /* The same sessions again: nothing new, nothing doubled, no step. */
  g_assert_true (sk_store_merge (store, both, &error));
  g_assert_no_error (error);
  g_clear_pointer (&root, json_node_unref);
  root = sk_store_dup_json (store, &error);
  g_assert_cmpuint (n_members (root, "interventions"), ==, 2);
  g_assert_cmpuint (n_members (root, "sources"), ==, 2);
  g_assert_cmpint (sk_store_get_n_events (store), ==, 2);
  after = checksum_of (one);
  g_assert_cmpstr (one_sum, ==, after);
  g_assert_true (sk_store_check_integrity (store, NULL));
}

static void
test_create_refuses_existing (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *path = path_in (f, "er.samenkaart");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  SkStoreMetadata bad_format = { .title = "x", .format = "borrel" };
  SkStoreMetadata bad_date = { .title = "x", .date = "14-03-2026" };

  g_assert_true (g_file_set_contents (path, "niet overschrijven", -1, NULL));
  store = sk_store_create (path, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_unlink (path);
  store = sk_store_create (path, &bad_format, &error);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  store = sk_store_create (path, &bad_date, &error);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* How many ideas the session file holds when it travels alone: copied
 * without its -wal to another folder, as on a USB stick. */
static guint
n_ideas_in_file_alone (Fixture    *f,
                       const char *path)
{
  g_autofree char *copy = path_in (f, "usb-stick.samenkaart");
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_file_set_contents (copy, data, (gssize) length, NULL));
  store = sk_store_open_readonly (copy, &error);
  g_assert_no_error (error);
  ideas = sk_store_list_interventions (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_remove (copy), ==, 0);
  return ideas->len;
}

/* The file alone is the whole session: after a checkpoint, a few idle
 * seconds after the last change, and once the store is closed. */
static void
test_file_alone_is_whole (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = path_in (f, "keukentafel.samenkaart");
  g_autoptr(SkStore) store = new_session (path, "Keukentafel De Wijk");
  g_autoptr(GError) error = NULL;
  gint64 deadline;

  add_point (store, "pluktuin", 52.67, 6.29);
  add_point (store, "samenwerkplaats", 52.68, 6.28);
  /* Without a checkpoint the ideas are only in the log (what users lost). */
  g_assert_cmpuint (n_ideas_in_file_alone (f, path), ==, 0);
  g_assert_true (sk_store_checkpoint (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_ideas_in_file_alone (f, path), ==, 2);

  /* Idle: the store folds the log in by itself. */
  add_point (store, "pluktuin", 52.66, 6.30);
  g_assert_cmpuint (n_ideas_in_file_alone (f, path), ==, 2);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (n_ideas_in_file_alone (f, path) < 3 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_ideas_in_file_alone (f, path), ==, 3);

  /* Closed: the last change is in the file too. */
  add_point (store, "pluktuin", 52.65, 6.31);
  g_clear_object (&store);
  g_assert_cmpuint (n_ideas_in_file_alone (f, path), ==, 4);
}

/* File names a person can recognise, that every file system takes. */
static void
test_suggest_path (Fixture       *f,
                   gconstpointer  data)
{
  static const struct
  {
    const char *title;
    const char *date;
    const char *expected;
  } cases[] = {
    { "Keukentafel De Wijk", "2026-12-06", "Keukentafel De Wijk 2026-12-06.samenkaart" },
    { "  Atelier: Reest/Ruinen?  ", "2026-12-06", "Atelier- Reest-Ruinen- 2026-12-06.samenkaart" },
    { "..verborgen", NULL, "verborgen.samenkaart" },
    { "", "2026-12-06", "Sessie 2026-12-06.samenkaart" },
    { "Dorpsavond Ĳhorst\n", "2027-01-02", "Dorpsavond Ĳhorst- 2027-01-02.samenkaart" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = sk_store_suggest_path (f->dir, cases[i].title, cases[i].date);
      g_autofree char *base = g_path_get_basename (path);

      g_assert_cmpstr (base, ==, cases[i].expected);
    }
  {
    g_autofree char *first = sk_store_suggest_path (f->dir, "Keukentafel De Wijk", "2026-12-06");
    g_autoptr(SkStore) store = new_session (first, "Keukentafel De Wijk");
    g_autofree char *second = sk_store_suggest_path (f->dir, "Keukentafel De Wijk", "2026-12-06");
    g_autofree char *base = g_path_get_basename (second);

    g_assert_cmpstr (base, ==, "Keukentafel De Wijk 2026-12-06 (2).samenkaart");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store/round-trip", Fixture, NULL, fixture_set_up, test_round_trip,
              fixture_tear_down);
  g_test_add ("/store/undo", Fixture, NULL, fixture_set_up, test_undo, fixture_tear_down);
  g_test_add ("/store/invalid-actions", Fixture, NULL, fixture_set_up, test_invalid_actions,
              fixture_tear_down);
  g_test_add ("/store/bbox-index", Fixture, NULL, fixture_set_up, test_bbox_index,
              fixture_tear_down);
  g_test_add ("/store/migration-v1", Fixture, NULL, fixture_set_up, test_migration,
              fixture_tear_down);
  g_test_add ("/store/refused-files", Fixture, NULL, fixture_set_up, test_refused,
              fixture_tear_down);
  g_test_add ("/store/disk-full", Fixture, NULL, fixture_set_up, test_disk_full,
              fixture_tear_down);
  g_test_add ("/store/file-alone-is-whole", Fixture, NULL, fixture_set_up,
              test_file_alone_is_whole, fixture_tear_down);
  g_test_add ("/store/suggest-path", Fixture, NULL, fixture_set_up, test_suggest_path,
              fixture_tear_down);
  g_test_add ("/store/merge", Fixture, NULL, fixture_set_up, test_merge, fixture_tear_down);
  g_test_add ("/store/lists", Fixture, NULL, fixture_set_up, test_lists, fixture_tear_down);
  g_test_add ("/store/variants", Fixture, NULL, fixture_set_up, test_variants, fixture_tear_down);
  g_test_add ("/store/metadata", Fixture, NULL, fixture_set_up, test_metadata, fixture_tear_down);
  g_test_add ("/store/events", Fixture, NULL, fixture_set_up, test_events, fixture_tear_down);
  g_test_add ("/store/replay", Fixture, NULL, fixture_set_up, test_replay, fixture_tear_down);
  g_test_add ("/store/save-copy", Fixture, NULL, fixture_set_up, test_save_copy,
              fixture_tear_down);
  g_test_add ("/store/create-refuses-existing", Fixture, NULL, fixture_set_up,
              test_create_refuses_existing, fixture_tear_down);
  return g_test_run ();
}
