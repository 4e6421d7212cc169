/* sk-test-store.c — helpers of the session-file tests. */
#include "sk-test-store.h"
#include "sk-test-util.h"

void
sk_test_store_set_up (SkTestStoreFixture *f,
                      gconstpointer       data)
{
  g_autofree char *name = g_path_get_basename (g_get_prgname ());

  f->dir = sk_test_tmpdir_new (name);
}

void
sk_test_store_tear_down (SkTestStoreFixture *f,
                         gconstpointer       data)
{
  sk_test_tmpdir_remove (f->dir);
  g_free (f->dir);
}

char *
sk_test_store_path_in (SkTestStoreFixture *f,
                       const char         *name)
{
  return g_build_filename (f->dir, name, NULL);
}

char *
sk_test_store_checksum_of (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}

SkStore *
sk_test_store_new_session (const char *path,
                           const char *title)
{
  SkStoreMetadata m = { .title = (char *) title, .place = "Ruinen", .date = "2026-03-14",
                        .format = "atelier", .region_id = "reestdal", .region_hash = "abc" };
  g_autoptr(GError) error = NULL;
  SkStore *store = sk_store_create (path, &m, &error);

  g_assert_no_error (error);
  return store;
}

gint64
sk_test_store_apply_ok (SkStore             *store,
                        const SkStoreAction *action,
                        gint64              *id)
{
  g_autoptr(GError) error = NULL;
  gint64 event = sk_store_apply (store, action, id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (event, >, 0);
  return event;
}

gint64
sk_test_store_add_point (SkStore    *store,
                         const char *kind,
                         double      lat,
                         double      lon)
{
  g_autofree char *geometry = g_strdup_printf ("{\"type\":\"Point\",\"coordinates\":[%g,%g]}",
                                               lon, lat);
  SkStoreAction a = { .op = SK_STORE_OP_ADD, .kind = kind, .geometry = geometry };
  gint64 id = 0;

  sk_test_store_apply_ok (store, &a, &id);
  return id;
}

JsonObject *
sk_test_store_member_object (JsonNode   *root,
                             const char *array,
                             guint       index)
{
  JsonArray *a = json_object_get_array_member (json_node_get_object (root), array);

  g_assert_cmpuint (index, <, json_array_get_length (a));
  return json_array_get_object_element (a, index);
}

guint
sk_test_store_n_members (JsonNode   *root,
                         const char *array)
{
  return json_array_get_length (json_object_get_array_member (json_node_get_object (root), array));
}
