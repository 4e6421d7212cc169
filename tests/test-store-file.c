/* test-store-file.c — the session file as a file: migration from the
 * version-1 fixture, refusal of files that are not sessions (left
 * byte-for-byte unchanged), a full disk, merging, a saved copy, the file
 * alone holding the whole session, and file names. */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sk-store.h"
#include "sk-test-store.h"
#include "sk-test-util.h"

/* A copy opens and holds the same session; the original is unchanged;
 * a copy over the session itself is refused. */
static void
test_save_copy (SkTestStoreFixture *f,
                gconstpointer       data)
{
  g_autofree char *path = sk_test_store_path_in (f, "origineel.samenkaart");
  g_autofree char *dest = sk_test_store_path_in (f, "kopie.samenkaart");
  g_autofree char *part = g_strconcat (dest, ".part", NULL);
  g_autoptr(SkStore) store = sk_test_store_new_session (path, SK_TEST_EVIL);
  g_autoptr(SkStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) before = NULL, after = NULL, copied = NULL;
  g_autofree char *sum = NULL, *sum_after = NULL;

  sk_test_store_add_point (store, "pluktuin", 52.7, 6.3);
  sk_test_store_apply_ok (store, &(SkStoreAction) { .op = SK_STORE_OP_PARTICIPANT, .name = "Anne" }, NULL);
  before = sk_store_dup_json (store, &error);
  sum = sk_test_store_checksum_of (path);
  g_assert_true (g_file_set_contents (dest, "oud", -1, NULL));
  g_assert_true (sk_store_save_copy (store, dest, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  sum_after = sk_test_store_checksum_of (path);
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
  sum_after = sk_test_store_checksum_of (path);
  g_assert_cmpstr (sum, ==, sum_after);
}


/* The checked-in version-1 file opens read-only as it is, and for
 * writing is upgraded to the current version with its contents kept. */
static void
test_migration (SkTestStoreFixture *f,
                gconstpointer       data)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures",
                                                    "session-v1.samenkaart", NULL);
  g_autofree char *path = sk_test_store_path_in (f, "oud.samenkaart");
  g_autofree char *before = sk_test_store_checksum_of (fixture);
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
  g_assert_cmpuint (sk_test_store_n_members (root, "interventions"), ==, 2);
  g_assert_cmpuint (sk_test_store_n_members (root, "votes"), ==, 0);
  /* Read-only means read-only: an action is refused. */
  {
    SkStoreAction participant = { .op = SK_STORE_OP_PARTICIPANT, .name = "Jan" };

    g_assert_cmpint (sk_store_apply (store, &participant, NULL, &error), ==, 0);
    g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_WRITE);
    g_clear_error (&error);
  }
  g_clear_object (&store);
  after = sk_test_store_checksum_of (fixture);
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
    sk_test_store_apply_ok (store, &vote, NULL);
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
make_damaged (SkTestStoreFixture *f,
              const char         *path,
              Damage      damage)
{
  g_autofree char *source = sk_test_store_path_in (f, "bron.samenkaart");
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
      store = sk_test_store_new_session (source, "Bron");

      for (int i = 0; i < 300; i++)
        sk_test_store_add_point (store, "pluktuin", 52.6 + i * 0.001, 6.2);
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
test_refused (SkTestStoreFixture *f,
              gconstpointer       data)
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
      g_autofree char *path = sk_test_store_path_in (f, name);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      make_damaged (f, path, cases[i].damage);
      before = sk_test_store_checksum_of (path);
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
      after = sk_test_store_checksum_of (path);
      g_assert_cmpstr (before, ==, after);
      /* Nothing was created beside it either. */
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
    }
}

/* A full disk: the action fails with FULL, what was committed before
 * stays, and the file is sound. */
static void
test_disk_full (SkTestStoreFixture *f,
                gconstpointer       data)
{
  g_autofree char *path = sk_test_store_path_in (f, "vol.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (path, "Vol");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *note = g_strnfill (3000, 'x');
  SkStoreAction add = { .op = SK_STORE_OP_ADD, .kind = "pluktuin", .note = note,
                        .geometry = "{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}" };
  int added = 0;

  sk_test_store_add_point (store, "ommetje", 52.7, 6.3);
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
make_source (SkTestStoreFixture *f,
             const char         *name,
             const char *title,
             const char *who)
{
  char *path = sk_test_store_path_in (f, name);
  g_autoptr(SkStore) store = sk_test_store_new_session (path, title);
  SkStoreAction participant = { .op = SK_STORE_OP_PARTICIPANT, .name = who };
  gint64 pid = 0, a, b;

  sk_test_store_apply_ok (store, &participant, &pid);
  a = sk_test_store_add_point (store, "pluktuin", 52.7, 6.3);
  {
    SkStoreAction add = { .op = SK_STORE_OP_ADD, .participant_id = pid, .kind = "woonerf",
                          .geometry = "{\"type\":\"Point\",\"coordinates\":[6.31,52.71]}" };
    sk_test_store_apply_ok (store, &add, &b);
  }
  {
    SkStoreAction vote = { .op = SK_STORE_OP_VOTE, .participant_id = pid, .intervention_id = b };
    SkStoreAction remark = { .op = SK_STORE_OP_COMMENT, .participant_id = pid,
                             .intervention_id = b, .lat = 52.71, .lon = 6.31, .text = who };
    SkStoreAction del = { .op = SK_STORE_OP_DELETE, .intervention_id = a };

    sk_test_store_apply_ok (store, &vote, NULL);
    sk_test_store_apply_ok (store, &remark, NULL);
    sk_test_store_apply_ok (store, &del, NULL);
  }
  return path;
}

static void
test_merge (SkTestStoreFixture *f,
            gconstpointer       data)
{
  g_autofree char *target = sk_test_store_path_in (f, "atelier.samenkaart");
  g_autofree char *one = make_source (f, "een.samenkaart", "Keukentafel Ruinen", "Geesje");
  g_autofree char *two = make_source (f, "twee.samenkaart", "Keukentafel Pesse", SK_TEST_EVIL);
  g_autofree char *bad = sk_test_store_path_in (f, "kapot.samenkaart");
  g_autofree char *one_sum = sk_test_store_checksum_of (one);
  g_autofree char *after = NULL;
  g_autoptr(SkStore) store = sk_test_store_new_session (target, "Atelier");
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
  g_assert_cmpuint (sk_test_store_n_members (root, "interventions"), ==, 2);
  g_assert_cmpuint (sk_test_store_n_members (root, "comments"), ==, 2);
  g_assert_cmpuint (sk_test_store_n_members (root, "votes"), ==, 2);
  g_assert_cmpuint (sk_test_store_n_members (root, "participants"), ==, 2);
  g_assert_cmpuint (sk_test_store_n_members (root, "sources"), ==, 2);
  g_assert_cmpint (sk_store_get_n_events (store), ==, 2);
  o = sk_test_store_member_object (root, "sources", 1);
  g_assert_cmpstr (json_object_get_string_member (o, "title"), ==, "Keukentafel Pesse");
  g_assert_cmpuint (strlen (json_object_get_string_member (o, "file_hash")), ==, 64);
  o = sk_test_store_member_object (root, "interventions", 1);
  g_assert_cmpstr (json_object_get_string_member (o, "kind"), ==, "woonerf");
  g_assert_cmpint (json_object_get_int_member (o, "source"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (o, "participant"), ==, 2);
  o = sk_test_store_member_object (root, "participants", 1);
  g_assert_cmpstr (json_object_get_string_member (o, "name"), ==, SK_TEST_EVIL);
  g_assert_cmpint (json_object_get_int_member (o, "source"), ==, 2);
  o = sk_test_store_member_object (root, "comments", 1);
  g_assert_cmpint (json_object_get_int_member (o, "intervention"), ==,
                   json_object_get_int_member (sk_test_store_member_object (root, "interventions", 1), "id"));
  o = sk_test_store_member_object (root, "votes", 0);
  g_assert_cmpint (json_object_get_int_member (o, "participant"), ==, 1);

  /* The same sessions again: nothing new, nothing doubled, no step. */
  g_assert_true (sk_store_merge (store, both, &error));
  g_assert_no_error (error);
  g_clear_pointer (&root, json_node_unref);
  root = sk_store_dup_json (store, &error);
  g_assert_cmpuint (sk_test_store_n_members (root, "interventions"), ==, 2);
  g_assert_cmpuint (sk_test_store_n_members (root, "sources"), ==, 2);
  g_assert_cmpint (sk_store_get_n_events (store), ==, 2);
  after = sk_test_store_checksum_of (one);
  g_assert_cmpstr (one_sum, ==, after);
  g_assert_true (sk_store_check_integrity (store, NULL));
}

static void
test_create_refuses_existing (SkTestStoreFixture *f,
                              gconstpointer       data)
{
  g_autofree char *path = sk_test_store_path_in (f, "er.samenkaart");
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
n_ideas_in_file_alone (SkTestStoreFixture *f,
                       const char         *path)
{
  g_autofree char *copy = sk_test_store_path_in (f, "usb-stick.samenkaart");
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
test_file_alone_is_whole (SkTestStoreFixture *f,
                          gconstpointer       data)
{
  g_autofree char *path = sk_test_store_path_in (f, "keukentafel.samenkaart");
  g_autoptr(SkStore) store = sk_test_store_new_session (path, "Keukentafel De Wijk");
  g_autoptr(GError) error = NULL;
  gint64 deadline;

  sk_test_store_add_point (store, "pluktuin", 52.67, 6.29);
  sk_test_store_add_point (store, "samenwerkplaats", 52.68, 6.28);
  /* Without a checkpoint the ideas are only in the log (what users lost). */
  g_assert_cmpuint (n_ideas_in_file_alone (f, path), ==, 0);
  g_assert_true (sk_store_checkpoint (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_ideas_in_file_alone (f, path), ==, 2);

  /* Idle: the store folds the log in by itself. */
  sk_test_store_add_point (store, "pluktuin", 52.66, 6.30);
  g_assert_cmpuint (n_ideas_in_file_alone (f, path), ==, 2);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (n_ideas_in_file_alone (f, path) < 3 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_ideas_in_file_alone (f, path), ==, 3);

  /* Closed: the last change is in the file too. */
  sk_test_store_add_point (store, "pluktuin", 52.65, 6.31);
  g_clear_object (&store);
  g_assert_cmpuint (n_ideas_in_file_alone (f, path), ==, 4);
}

/* File names a person can recognise, that every file system takes. */
static void
test_suggest_path (SkTestStoreFixture *f,
                   gconstpointer       data)
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
    g_autoptr(SkStore) store = sk_test_store_new_session (first, "Keukentafel De Wijk");
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
  g_test_add ("/store/migration-v1", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_migration, sk_test_store_tear_down);
  g_test_add ("/store/refused-files", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_refused, sk_test_store_tear_down);
  g_test_add ("/store/disk-full", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_disk_full, sk_test_store_tear_down);
  g_test_add ("/store/file-alone-is-whole", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_file_alone_is_whole, sk_test_store_tear_down);
  g_test_add ("/store/suggest-path", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_suggest_path, sk_test_store_tear_down);
  g_test_add ("/store/merge", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_merge, sk_test_store_tear_down);
  g_test_add ("/store/save-copy", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_save_copy, sk_test_store_tear_down);
  g_test_add ("/store/create-refuses-existing", SkTestStoreFixture, NULL, sk_test_store_set_up,
              test_create_refuses_existing, sk_test_store_tear_down);
  return g_test_run ();
}
