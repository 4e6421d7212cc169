/* sk-store-merge.c — bringing other sessions into this one (several
 * keukentafelgesprekken into one atelier). Sources are opened read-only;
 * everything is added in one transaction, each row marked with the
 * source it came from (its title, uid and file hash) and its
 * participants copied, so who proposed what stays visible. */
#include "sk-config.h"
#include "sk-store-private.h"

#include <glib/gi18n-lib.h>

typedef struct
{
  SkStore    *self;
  SkStore    *src;
  gint64      source_id;
  GHashTable *participants;  /* source id → target id */
  GHashTable *variants;
  GHashTable *interventions;
  guint       n_interventions;
  guint       n_comments;
  guint       n_votes;
  guint       n_corrections;
} Merge;

#define ID_KEY(id) GSIZE_TO_POINTER ((gsize) (id))

static gint64
map_id (GHashTable *map,
        gint64      id)
{
  return (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (map, ID_KEY (id)));
}

static char *
file_hash (const char *path)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  const char *const parts[] = { path, wal };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *data = NULL;
      gsize length = 0;

      if (g_file_get_contents (parts[i], &data, &length, NULL))
        g_checksum_update (checksum, (const guchar *) data, (gssize) length);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

/* Runs @insert (already bound) and returns the new row id, or 0. */
static gint64
insert_row (SkStore       *self,
            sqlite3_stmt  *insert,
            GError       **error)
{
  if (!sk_store_step_done (self, insert, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

static gboolean
add_source_row (Merge       *m,
                const char  *hash,
                GError     **error)
{
  const SkStoreMetadata *meta = sk_store_get_metadata (m->src);
  sqlite3_stmt *stmt = sk_store_stmt (m->self, "SELECT merged FROM sources WHERE uid = ?1", error);
  g_autofree char *now = sk_store_now ();
  gboolean seen;

  if (stmt == NULL)
    return FALSE;
  sk_store_bind_text (stmt, 1, meta->uid);
  seen = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (seen || g_strcmp0 (meta->uid, m->self->metadata.uid) == 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ALREADY_MERGED,
                   _("De sessie “%s” (%s) zit al in deze sessie; er is niets samengevoegd."),
                   m->src->path, meta->title);
      return FALSE;
    }
  stmt = sk_store_stmt (m->self,
                        "INSERT INTO sources (uid, title, file_hash, path, merged) "
                        "VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  sk_store_bind_text (stmt, 1, meta->uid);
  sk_store_bind_text (stmt, 2, meta->title);
  sk_store_bind_text (stmt, 3, hash);
  sk_store_bind_text (stmt, 4, m->src->path);
  sk_store_bind_text (stmt, 5, now);
  m->source_id = insert_row (m->self, stmt, error);
  return m->source_id != 0;
}

static gboolean
copy_participants (Merge   *m,
                   GError **error)
{
  sqlite3_stmt *read = sk_store_stmt (m->src, "SELECT id, name, role, colour, created "
                                      "FROM participants ORDER BY id", error);
  sqlite3_stmt *insert = sk_store_stmt (m->self, "INSERT INTO participants (name, role, colour, "
                                        "created, source_id) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  gboolean ok = read != NULL && insert != NULL && sk_store_check_geometries (m->src, error);

  while (ok && sqlite3_step (read) == SQLITE_ROW)
    {
      gint64 id;

      sqlite3_reset (insert);
      for (int c = 1; c <= 4; c++)
        sk_store_bind_text (insert, c, sk_store_column_text (read, c));
      sqlite3_bind_int64 (insert, 5, m->source_id);
      id = insert_row (m->self, insert, error);
      ok = id != 0;
      g_hash_table_insert (m->participants, ID_KEY (sqlite3_column_int64 (read, 0)), ID_KEY (id));
    }
  if (read != NULL)
    sqlite3_reset (read);
  return ok;
}

/* Source variants land in the target variant of the same name, or in a
 * new one after the last. */
static gboolean
map_variants (Merge   *m,
              GError **error)
{
  sqlite3_stmt *read = sk_store_stmt (m->src, "SELECT id, name FROM variants ORDER BY id", error);
  gboolean ok = read != NULL;

  while (ok && sqlite3_step (read) == SQLITE_ROW)
    {
      sqlite3_stmt *find = sk_store_stmt (m->self, "SELECT id FROM variants WHERE name = ?1 "
                                          "ORDER BY id LIMIT 1", error);
      sqlite3_stmt *insert;
      gint64 id = 0;

      if (find == NULL)
        break;
      sk_store_bind_text (find, 1, sk_store_column_text (read, 1));
      if (sqlite3_step (find) == SQLITE_ROW)
        id = sqlite3_column_int64 (find, 0);
      sqlite3_reset (find);
      if (id == 0)
        {
          insert = sk_store_stmt (m->self, "INSERT INTO variants (name, position) SELECT ?1, "
                                  "coalesce(max(position), -1) + 1 FROM variants", error);
          if (insert == NULL)
            break;
          sk_store_bind_text (insert, 1, sk_store_column_text (read, 1));
          id = insert_row (m->self, insert, error);
        }
      ok = id != 0;
      g_hash_table_insert (m->variants, ID_KEY (sqlite3_column_int64 (read, 0)), ID_KEY (id));
    }
  if (read != NULL)
    sqlite3_reset (read);
  return ok && read != NULL;
}

static gboolean
copy_interventions (Merge   *m,
                    GError **error)
{
  sqlite3_stmt *read = sk_store_stmt (m->src, "SELECT id, variant_id, kind, geometry, params, "
                                      "name, note, participant_id, created, updated "
                                      "FROM interventions WHERE deleted = 0 ORDER BY id", error);
  sqlite3_stmt *insert = sk_store_stmt (m->self, "INSERT INTO interventions (variant_id, kind, "
                                        "geometry, params, name, note, participant_id, created, "
                                        "updated, source_id) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  gboolean ok = read != NULL && insert != NULL;

  while (ok && sqlite3_step (read) == SQLITE_ROW)
    {
      gint64 id;

      sqlite3_reset (insert);
      sk_store_bind_id (insert, 1, map_id (m->variants, sqlite3_column_int64 (read, 1)));
      for (int c = 2; c <= 6; c++)
        sk_store_bind_text (insert, c, sk_store_column_text (read, c));
      sk_store_bind_id (insert, 7, map_id (m->participants, sqlite3_column_int64 (read, 7)));
      sk_store_bind_text (insert, 8, sk_store_column_text (read, 8));
      sk_store_bind_text (insert, 9, sk_store_column_text (read, 9));
      sqlite3_bind_int64 (insert, 10, m->source_id);
      id = insert_row (m->self, insert, error);
      ok = id != 0 && sk_store_index_bbox (m->self, id, sk_store_column_text (read, 3), TRUE,
                                           error);
      g_hash_table_insert (m->interventions, ID_KEY (sqlite3_column_int64 (read, 0)),
                           ID_KEY (id));
      m->n_interventions++;
    }
  if (read != NULL)
    sqlite3_reset (read);
  return ok;
}

static gboolean
copy_comments (Merge   *m,
               GError **error)
{
  sqlite3_stmt *read = sk_store_stmt (m->src, "SELECT lat, lon, intervention_id, "
                                      "participant_id, text, created FROM comments "
                                      "WHERE deleted = 0 ORDER BY id", error);
  sqlite3_stmt *insert = sk_store_stmt (m->self, "INSERT INTO comments (lat, lon, "
                                        "intervention_id, participant_id, text, created, "
                                        "source_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  gboolean ok = read != NULL && insert != NULL;

  while (ok && sqlite3_step (read) == SQLITE_ROW)
    {
      sqlite3_reset (insert);
      sqlite3_bind_double (insert, 1, sqlite3_column_double (read, 0));
      sqlite3_bind_double (insert, 2, sqlite3_column_double (read, 1));
      sk_store_bind_id (insert, 3, map_id (m->interventions, sqlite3_column_int64 (read, 2)));
      sk_store_bind_id (insert, 4, map_id (m->participants, sqlite3_column_int64 (read, 3)));
      sk_store_bind_text (insert, 5, sk_store_column_text (read, 4));
      sk_store_bind_text (insert, 6, sk_store_column_text (read, 5));
      sqlite3_bind_int64 (insert, 7, m->source_id);
      ok = insert_row (m->self, insert, error) != 0;
      m->n_comments++;
    }
  if (read != NULL)
    sqlite3_reset (read);
  return ok;
}

static gboolean
copy_votes (Merge   *m,
            GError **error)
{
  sqlite3_stmt *read, *insert;
  gboolean ok;

  /* Version-1 sessions had no votes. */
  if (!sk_store_has_table (m->src->db, "votes"))
    return TRUE;
  read = sk_store_stmt (m->src, "SELECT participant_id, intervention_id, created FROM votes "
                        "ORDER BY id", error);
  insert = sk_store_stmt (m->self, "INSERT INTO votes (participant_id, intervention_id, "
                          "created, source_id) VALUES (?1, ?2, ?3, ?4)", error);
  ok = read != NULL && insert != NULL;
  while (ok && sqlite3_step (read) == SQLITE_ROW)
    {
      gint64 iv = map_id (m->interventions, sqlite3_column_int64 (read, 1));

      if (iv == 0)
        continue;  /* a vote on an intervention deleted in the source */
      sqlite3_reset (insert);
      sk_store_bind_id (insert, 1, map_id (m->participants, sqlite3_column_int64 (read, 0)));
      sqlite3_bind_int64 (insert, 2, iv);
      sk_store_bind_text (insert, 3, sk_store_column_text (read, 2));
      sqlite3_bind_int64 (insert, 4, m->source_id);
      ok = insert_row (m->self, insert, error) != 0;
      m->n_votes++;
    }
  if (read != NULL)
    sqlite3_reset (read);
  return ok;
}

static gboolean
log_merge (Merge       *m,
           const char  *hash,
           GError     **error)
{
  const SkStoreMetadata *meta = sk_store_get_metadata (m->src);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) payload = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "source");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, m->source_id);
  json_builder_set_member_name (b, "uid");
  json_builder_add_string_value (b, meta->uid);
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, meta->title);
  json_builder_set_member_name (b, "file_hash");
  json_builder_add_string_value (b, hash);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "interventions");
  json_builder_add_int_value (b, m->n_interventions);
  json_builder_set_member_name (b, "comments");
  json_builder_add_int_value (b, m->n_comments);
  json_builder_set_member_name (b, "votes");
  json_builder_add_int_value (b, m->n_votes);
  json_builder_set_member_name (b, "corrections");
  json_builder_add_int_value (b, m->n_corrections);
  json_builder_end_object (b);
  payload = json_builder_get_root (b);
  return sk_store_append_event (m->self, "merge", 0, 0, 0, payload, error) != 0;
}

static gboolean
merge_one (SkStore     *self,
           SkStore     *src,
           GError     **error)
{
  g_autofree char *hash = file_hash (src->path);
  Merge m = { self, src, 0 };
  gboolean ok;

  m.participants = g_hash_table_new (g_direct_hash, g_direct_equal);
  m.variants = g_hash_table_new (g_direct_hash, g_direct_equal);
  m.interventions = g_hash_table_new (g_direct_hash, g_direct_equal);
  ok = add_source_row (&m, hash, error) && copy_participants (&m, error)
       && map_variants (&m, error) && copy_interventions (&m, error)
       && copy_comments (&m, error) && copy_votes (&m, error)
       && sk_store_merge_corrections (self, src, m.source_id, m.participants, &m.n_corrections,
                                      error)
       && log_merge (&m, hash, error);
  g_hash_table_unref (m.participants);
  g_hash_table_unref (m.variants);
  g_hash_table_unref (m.interventions);
  return ok;
}

gboolean
sk_store_merge (SkStore            *self,
                const char * const *sources,
                GError            **error)
{
  g_autoptr(GPtrArray) opened = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (sources != NULL, FALSE);

  /* Check every source before anything is written. */
  for (guint i = 0; sources[i] != NULL; i++)
    {
      SkStore *src = sk_store_open_readonly (sources[i], error);

      if (src == NULL)
        return FALSE;
      g_ptr_array_add (opened, src);
    }
  if (!sk_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < opened->len; i++)
    if (!merge_one (self, g_ptr_array_index (opened, i), error))
      {
        sk_store_rollback (self);
        return FALSE;
      }
  return sk_store_commit (self, error);
}
