/* sk-store-merge.c — bringing other sessions into this one (several
 * keukentafelgesprekken into one atelier). Sources are opened read-only
 * and read inside one read transaction, so a program writing a source at
 * the same time is seen before or after its change, never halfway;
 * everything is added in one transaction, each row marked with the
 * source it came from (its title, uid and file hash) and with its origin
 * (where it was first made), its participants copied, so who proposed
 * what stays visible.
 *
 * The origin makes a merge incremental: merging the same session again
 * (edited since), or a copy of this session or of a source (a file
 * copied to several laptops shares its uid and its first rows), adds
 * only the rows that are not here yet; an idea changed in the source
 * since it was merged (a later "updated" time) is brought up to date. */
#include "sk-config.h"
#include "sk-store-private.h"
#include "sk-file.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

typedef struct
{
  SkStore    *self;
  SkStore    *src;
  const char *src_uid;
  gint64      source_id;
  GHashTable *participants;  /* source id → target id */
  GHashTable *variants;
  GHashTable *interventions;
  guint       n_interventions;  /* new ones */
  guint       n_comments;
  guint       n_votes;
  guint       n_corrections;
  guint       n_updated;        /* ideas changed in the source since */
  guint       n_known;          /* ideas, comments, votes and facilities already here */
  gint64      last_event;       /* the source's last event now merged */
  gint64      first_new;        /* the ids here of the new ideas: first … last */
  gint64      last_new;
  gint64      first_correction; /* … and of the new corrections */
  gint64      last_correction;
} Merge;

#define ID_KEY(id) GSIZE_TO_POINTER ((gsize) (id))

static gint64
map_id (GHashTable *map,
        gint64      id)
{
  return (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (map, ID_KEY (id)));
}

/* SHA-256 of the file and its log, read in blocks: a session of any size
 * is hashed in constant memory. */
static char *
file_hash (const char *path)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  const char *const parts[] = { path, wal };
  g_autofree guchar *block = g_malloc (64 * 1024);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      FILE *file = g_fopen (parts[i], "rb");
      size_t n;

      if (file == NULL)
        continue;
      while ((n = fread (block, 1, 64 * 1024, file)) > 0)
        g_checksum_update (checksum, block, (gssize) n);
      fclose (file);
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

/* Whether the source file has the origin column in @table (version 4);
 * older files only hold rows they made themselves or merged without it. */
static gboolean
has_origin (SkStore    *src,
            const char *table)
{
  sqlite3_stmt *stmt = NULL;
  gboolean has = FALSE;

  if (sqlite3_prepare_v2 (src->db, "SELECT 1 FROM pragma_table_info (?1) WHERE name = 'origin'",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
      has = sqlite3_step (stmt) == SQLITE_ROW;
    }
  sqlite3_finalize (stmt);
  return has;
}

/* The statements are cached by their (static) text: one per table. */
typedef struct
{
  const char *name;
  const char *by_origin;
  const char *by_id;
  const char *set_origin;
} Table;

#define TABLE(t) { #t, "SELECT id FROM " #t " WHERE origin = ?1", \
                   "SELECT id FROM " #t " WHERE id = ?1 AND created = ?2 AND origin IS NULL", \
                   "UPDATE " #t " SET origin = ?1 WHERE id = ?2" }
static const Table participants_table = TABLE (participants);
static const Table interventions_table = TABLE (interventions);
static const Table comments_table = TABLE (comments);
static const Table votes_table = TABLE (votes);
static const Table corrections_table = TABLE (corrections);
#undef TABLE

/* The source query of @table, with its origin or (older file) NULL. */
#define SOURCE_SQL(src, table, columns, rest) \
  (has_origin ((src), (table)) ? "SELECT " columns ", origin " rest \
                               : "SELECT " columns ", NULL " rest)

/* Where a source row was first made: its origin, or (made in the source)
 * "uid/id/created". Copies of one file share the uid but go on counting
 * ids on their own; the created time (ms) tells their new rows apart. */
static char *
row_key (Merge        *m,
         sqlite3_stmt *read,
         int           id_col,
         int           created_col,
         int           origin_col)
{
  if (sqlite3_column_type (read, origin_col) == SQLITE_TEXT)
    return g_strdup (sk_store_column_text (read, origin_col));
  return g_strdup_printf ("%s/%lld/%s", m->src_uid, (long long) sqlite3_column_int64 (read, id_col),
                          sk_store_column_text (read, created_col));
}

/* The row of @table here that was first made as @key, 0 when there is
 * none, -1 with @error set. */
static gint64
find_row (Merge        *m,
          const Table  *table,
          const char   *key,
          GError      **error)
{
  const char *uid = m->self->metadata.uid;
  sqlite3_stmt *stmt = sk_store_stmt (m->self, table->by_origin, error);
  gint64 id = 0;

  if (stmt == NULL)
    return -1;
  sk_store_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  /* Made here: the source is a copy of this session (or holds a row it
   * merged from here). */
  if (id == 0 && g_str_has_prefix (key, uid) && key[strlen (uid)] == '/')
    {
      const char *rest = key + strlen (uid) + 1;
      const char *slash = strchr (rest, '/');

      stmt = sk_store_stmt (m->self, table->by_id, error);
      if (stmt == NULL || slash == NULL)
        return stmt == NULL ? -1 : 0;
      sqlite3_bind_int64 (stmt, 1, g_ascii_strtoll (rest, NULL, 10));
      sk_store_bind_text (stmt, 2, slash + 1);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  return id;
}

/* A source row that is not here yet: inserted by @insert (bound), marked
 * with its origin. The new id, or 0 with @error set. */
static gint64
insert_new (Merge         *m,
            const Table   *table,
            sqlite3_stmt  *insert,
            const char    *key,
            GError       **error)
{
  gint64 id = insert_row (m->self, insert, error);
  sqlite3_stmt *stmt;

  if (id == 0 || (stmt = sk_store_stmt (m->self, table->set_origin, error)) == NULL)
    return 0;
  sk_store_bind_text (stmt, 1, key);
  sqlite3_bind_int64 (stmt, 2, id);
  return sk_store_step_done (m->self, stmt, error) ? id : 0;
}

/* A session merged before (or a copy of it) keeps its one sources row,
 * brought up to date; a new one gets its own. */
static gboolean
add_source_row (Merge       *m,
                const char  *hash,
                GError     **error)
{
  const SkStoreMetadata *meta = sk_store_get_metadata (m->src);
  sqlite3_stmt *stmt = sk_store_stmt (m->self, "SELECT id FROM sources WHERE uid = ?1", error);
  g_autofree char *now = sk_store_now ();

  if (stmt == NULL)
    return FALSE;
  sk_store_bind_text (stmt, 1, meta->uid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    m->source_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  stmt = sk_store_stmt (m->self, m->source_id != 0
                        ? "UPDATE sources SET uid = ?1, title = ?2, file_hash = ?3, path = ?4, "
                          "merged = ?5 WHERE id = ?6"
                        : "INSERT INTO sources (uid, title, file_hash, path, merged) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  sk_store_bind_text (stmt, 1, meta->uid);
  sk_store_bind_text (stmt, 2, meta->title);
  sk_store_bind_text (stmt, 3, hash);
  sk_store_bind_text (stmt, 4, m->src->path);
  sk_store_bind_text (stmt, 5, now);
  if (m->source_id != 0)
    {
      sqlite3_bind_int64 (stmt, 6, m->source_id);
      return sk_store_step_done (m->self, stmt, error);
    }
  m->source_id = insert_row (m->self, stmt, error);
  return m->source_id != 0;
}

static gboolean
copy_participants (Merge   *m,
                   GError **error)
{
  sqlite3_stmt *read = sk_store_stmt (m->src, SOURCE_SQL (m->src, "participants",
                                                         "id, name, role, colour, created",
                                                         "FROM participants ORDER BY id"), error);
  sqlite3_stmt *insert = sk_store_stmt (m->self, "INSERT INTO participants (name, role, colour, "
                                        "created, source_id) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  gboolean ok = read != NULL && insert != NULL && sk_store_check_geometries (m->src, error);

  while (ok && sqlite3_step (read) == SQLITE_ROW)
    {
      g_autofree char *key = row_key (m, read, 0, 4, 5);
      gint64 id = find_row (m, &participants_table, key, error);

      if (id == 0)
        {
          sqlite3_reset (insert);
          for (int c = 1; c <= 4; c++)
            sk_store_bind_text (insert, c, sk_store_column_text (read, c));
          sqlite3_bind_int64 (insert, 5, m->source_id);
          id = insert_new (m, &participants_table, insert, key, error);
        }
      ok = id > 0;
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

/* Source columns: 0 id, 1 variant_id, 2 kind, 3 geometry, 4 params,
 * 5 name, 6 note, 7 participant_id, 8 created, 9 updated, 10 deleted,
 * 11 origin. An idea already here takes the source's state when the
 * source changed it later (its "updated" is later), a deletion too. */
static gboolean
update_intervention (Merge         *m,
                     sqlite3_stmt  *read,
                     gint64         id,
                     GError       **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (m->self, "UPDATE interventions SET geometry = ?1, "
                                      "params = ?2, name = ?3, note = ?4, updated = ?5, "
                                      "deleted = ?6 WHERE id = ?7 AND updated < ?5", error);
  gboolean deleted = sqlite3_column_int (read, 10) != 0;

  if (stmt == NULL)
    return FALSE;
  sk_store_bind_text (stmt, 1, sk_store_column_text (read, 3));
  for (int c = 4; c <= 6; c++)
    sk_store_bind_text (stmt, c - 2, sk_store_column_text (read, c));
  sk_store_bind_text (stmt, 5, sk_store_column_text (read, 9));
  sqlite3_bind_int (stmt, 6, deleted);
  sqlite3_bind_int64 (stmt, 7, id);
  if (!sk_store_step_done (m->self, stmt, error))
    return FALSE;
  if (sqlite3_changes (m->self->db) == 0)
    {
      m->n_known += !deleted;
      return TRUE;
    }
  m->n_updated++;
  return sk_store_index_bbox (m->self, id, sk_store_column_text (read, 3), !deleted, error);
}

static gint64
insert_intervention (Merge         *m,
                     sqlite3_stmt  *read,
                     const char    *key,
                     GError       **error)
{
  sqlite3_stmt *insert = sk_store_stmt (m->self, "INSERT INTO interventions (variant_id, kind, "
                                        "geometry, params, name, note, participant_id, created, "
                                        "updated, source_id) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  gint64 id;

  if (insert == NULL)
    return 0;
  sk_store_bind_id (insert, 1, map_id (m->variants, sqlite3_column_int64 (read, 1)));
  for (int c = 2; c <= 6; c++)
    sk_store_bind_text (insert, c, sk_store_column_text (read, c));
  sk_store_bind_id (insert, 7, map_id (m->participants, sqlite3_column_int64 (read, 7)));
  sk_store_bind_text (insert, 8, sk_store_column_text (read, 8));
  sk_store_bind_text (insert, 9, sk_store_column_text (read, 9));
  sqlite3_bind_int64 (insert, 10, m->source_id);
  id = insert_new (m, &interventions_table, insert, key, error);
  if (id == 0 || !sk_store_index_bbox (m->self, id, sk_store_column_text (read, 3), TRUE, error))
    return 0;
  m->n_interventions++;
  if (m->first_new == 0)
    m->first_new = id;
  m->last_new = id;
  return id;
}

static gboolean
copy_interventions (Merge   *m,
                    GError **error)
{
  sqlite3_stmt *read = sk_store_stmt (m->src, SOURCE_SQL (m->src, "interventions",
                                                         "id, variant_id, kind, geometry, params, "
                                                         "name, note, participant_id, created, "
                                                         "updated, deleted",
                                                         "FROM interventions ORDER BY id"), error);
  gboolean ok = read != NULL;

  while (ok && sqlite3_step (read) == SQLITE_ROW)
    {
      g_autofree char *key = row_key (m, read, 0, 8, 11);
      gint64 id = find_row (m, &interventions_table, key, error);

      if (id > 0)
        ok = update_intervention (m, read, id, error);
      else if (id == 0 && sqlite3_column_int (read, 10) == 0)
        ok = (id = insert_intervention (m, read, key, error)) != 0;
      else
        ok = id == 0;  /* deleted in the source before it came here */
      if (id > 0)
        g_hash_table_insert (m->interventions, ID_KEY (sqlite3_column_int64 (read, 0)),
                             ID_KEY (id));
    }
  if (read != NULL)
    sqlite3_reset (read);
  return ok;
}

static gboolean
copy_comments (Merge   *m,
               GError **error)
{
  sqlite3_stmt *read = sk_store_stmt (m->src, SOURCE_SQL (m->src, "comments",
                                                         "lat, lon, intervention_id, "
                                                         "participant_id, text, created, id",
                                                         "FROM comments WHERE deleted = 0 "
                                                         "ORDER BY id"), error);
  sqlite3_stmt *insert = sk_store_stmt (m->self, "INSERT INTO comments (lat, lon, "
                                        "intervention_id, participant_id, text, created, "
                                        "source_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  gboolean ok = read != NULL && insert != NULL;

  while (ok && sqlite3_step (read) == SQLITE_ROW)
    {
      g_autofree char *key = row_key (m, read, 6, 5, 7);
      gint64 found = find_row (m, &comments_table, key, error);

      ok = found >= 0;
      m->n_known += found > 0;
      if (found != 0)
        continue;
      sqlite3_reset (insert);
      sqlite3_bind_double (insert, 1, sqlite3_column_double (read, 0));
      sqlite3_bind_double (insert, 2, sqlite3_column_double (read, 1));
      sk_store_bind_id (insert, 3, map_id (m->interventions, sqlite3_column_int64 (read, 2)));
      sk_store_bind_id (insert, 4, map_id (m->participants, sqlite3_column_int64 (read, 3)));
      sk_store_bind_text (insert, 5, sk_store_column_text (read, 4));
      sk_store_bind_text (insert, 6, sk_store_column_text (read, 5));
      sqlite3_bind_int64 (insert, 7, m->source_id);
      ok = insert_new (m, &comments_table, insert, key, error) != 0;
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
  read = sk_store_stmt (m->src, SOURCE_SQL (m->src, "votes",
                                            "participant_id, intervention_id, created, id",
                                            "FROM votes ORDER BY id"), error);
  insert = sk_store_stmt (m->self, "INSERT INTO votes (participant_id, intervention_id, "
                          "created, source_id) VALUES (?1, ?2, ?3, ?4)", error);
  ok = read != NULL && insert != NULL;
  while (ok && sqlite3_step (read) == SQLITE_ROW)
    {
      gint64 iv = map_id (m->interventions, sqlite3_column_int64 (read, 1));
      g_autofree char *key = NULL;
      gint64 found;

      if (iv == 0)
        continue;  /* a vote on an intervention deleted in the source */
      key = row_key (m, read, 3, 2, 4);
      found = find_row (m, &votes_table, key, error);
      ok = found >= 0;
      m->n_known += found > 0;
      if (found != 0)
        continue;
      sqlite3_reset (insert);
      sk_store_bind_id (insert, 1, map_id (m->participants, sqlite3_column_int64 (read, 0)));
      sqlite3_bind_int64 (insert, 2, iv);
      sk_store_bind_text (insert, 3, sk_store_column_text (read, 2));
      sqlite3_bind_int64 (insert, 4, m->source_id);
      ok = insert_new (m, &votes_table, insert, key, error) != 0;
      m->n_votes++;
    }
  if (read != NULL)
    sqlite3_reset (read);
  return ok;
}

/* The live facilities the source added during its session (version 3 and
 * newer), those not here yet. */
static gboolean
copy_corrections (Merge   *m,
                  GError **error)
{
  sqlite3_stmt *read, *insert;
  gboolean ok;

  if (!sk_store_has_table (m->src->db, "corrections"))
    return TRUE;
  read = sk_store_stmt (m->src, SOURCE_SQL (m->src, "corrections",
                                            "type, name, lat, lon, participant_id, created, id",
                                            "FROM corrections WHERE deleted = 0 ORDER BY id"),
                       error);
  insert = sk_store_stmt (m->self, "INSERT INTO corrections (type, name, lat, lon, "
                          "participant_id, created, source_id) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  ok = read != NULL && insert != NULL;
  while (ok && sqlite3_step (read) == SQLITE_ROW)
    {
      g_autofree char *key = row_key (m, read, 6, 5, 7);
      gint64 found = find_row (m, &corrections_table, key, error);

      ok = found >= 0;
      m->n_known += found > 0;
      if (found != 0)
        continue;
      sqlite3_reset (insert);
      sk_store_bind_text (insert, 1, sk_store_column_text (read, 0));
      sk_store_bind_text (insert, 2, sk_store_column_text (read, 1));
      sqlite3_bind_double (insert, 3, sqlite3_column_double (read, 2));
      sqlite3_bind_double (insert, 4, sqlite3_column_double (read, 3));
      sk_store_bind_id (insert, 5, map_id (m->participants, sqlite3_column_int64 (read, 4)));
      sk_store_bind_text (insert, 6, sk_store_column_text (read, 5));
      sqlite3_bind_int64 (insert, 7, m->source_id);
      found = insert_new (m, &corrections_table, insert, key, error);
      ok = found != 0;
      m->n_corrections++;
      if (m->first_correction == 0)
        m->first_correction = found;
      m->last_correction = found;
    }
  if (read != NULL)
    sqlite3_reset (read);
  return ok;
}

static gboolean
read_last_event (Merge   *m,
                 GError **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (m->src, "SELECT coalesce (max (id), 0) FROM events", error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    m->last_event = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static void
add_count (JsonBuilder *b,
           const char  *name,
           gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

static gboolean
log_merge (Merge       *m,
           const char  *hash,
           GError     **error)
{
  const SkStoreMetadata *meta = sk_store_get_metadata (m->src);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) payload = NULL;

  /* Nothing came in: the history gets no step for it. */
  if (m->n_interventions + m->n_comments + m->n_votes + m->n_corrections + m->n_updated == 0)
    return TRUE;
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "source");
  json_builder_begin_object (b);
  add_count (b, "id", m->source_id);
  json_builder_set_member_name (b, "uid");
  json_builder_add_string_value (b, meta->uid);
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, meta->title);
  json_builder_set_member_name (b, "file_hash");
  json_builder_add_string_value (b, hash);
  /* The source's event log up to here is in this session now. */
  add_count (b, "last_event", m->last_event);
  json_builder_end_object (b);
  add_count (b, "interventions", m->n_interventions);
  add_count (b, "comments", m->n_comments);
  add_count (b, "votes", m->n_votes);
  add_count (b, "corrections", m->n_corrections);
  add_count (b, "updated", m->n_updated);
  add_count (b, "already_here", m->n_known);
  /* Which ideas this merge brought (their ids here, in one run as one
   * transaction adds them): the history shows a later merge of the same
   * source at its own step. */
  json_builder_set_member_name (b, "intervention_ids");
  json_builder_begin_array (b);
  json_builder_add_int_value (b, m->first_new);
  json_builder_add_int_value (b, m->first_new != 0 ? m->last_new : -1);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "correction_ids");
  json_builder_begin_array (b);
  json_builder_add_int_value (b, m->first_correction);
  json_builder_add_int_value (b, m->first_correction != 0 ? m->last_correction : -1);
  json_builder_end_array (b);
  json_builder_end_object (b);
  payload = json_builder_get_root (b);
  return sk_store_append_event (m->self, "merge", 0, 0, 0, payload, error) != 0;
}

/* The name of a source in a message: its title, or its file name. */
static char *
source_name (SkStore *src)
{
  const char *title = sk_store_get_metadata (src)->title;

  return title != NULL && *title != '\0' ? g_strdup (title) : g_path_get_basename (src->path);
}

/* "12 nieuwe ideeën, 1 opmerking en 3 stemmen uit “X” samengevoegd;
 * 40 stonden er al in." */
static void
describe (Merge   *m,
          GString *out)
{
  g_autofree char *name = source_name (m->src);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint new_total = m->n_interventions + m->n_comments + m->n_votes + m->n_corrections;

  if (out->len > 0)
    g_string_append_c (out, '\n');
  if (new_total == 0 && m->n_updated == 0)
    {
      g_string_append_printf (out, g_dngettext (NULL, "Uit “%s” is niets nieuws samengevoegd: "
                                                "het ene onderdeel stond er al in.",
                                                "Uit “%s” is niets nieuws samengevoegd: "
                                                "alle %u onderdelen stonden er al in.",
                                                m->n_known),
                              name, m->n_known);
      return;
    }
  if (m->n_interventions > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (NULL, "%u nieuw idee",
                                                          "%u nieuwe ideeën",
                                                          m->n_interventions),
                                             m->n_interventions));
  if (m->n_comments > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (NULL, "%u opmerking", "%u opmerkingen",
                                                          m->n_comments), m->n_comments));
  if (m->n_votes > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (NULL, "%u stem", "%u stemmen",
                                                          m->n_votes), m->n_votes));
  if (m->n_corrections > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (NULL, "%u toegevoegde voorziening",
                                                          "%u toegevoegde voorzieningen",
                                                          m->n_corrections), m->n_corrections));
  for (guint i = 0; i < parts->len; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? "" : i + 1 == parts->len ? _(" en ") : ", ",
                            (char *) parts->pdata[i]);
  if (parts->len > 0)
    g_string_append_printf (out, _(" uit “%s” samengevoegd"), name);
  else
    g_string_append_printf (out, _("Uit “%s” is niets nieuws samengevoegd"), name);
  if (m->n_updated > 0)
    g_string_append_printf (out, g_dngettext (NULL, "; %u idee was daar later gewijzigd en is "
                                              "bijgewerkt", "; %u ideeën waren daar later "
                                              "gewijzigd en zijn bijgewerkt", m->n_updated),
                            m->n_updated);
  if (m->n_known > 0)
    g_string_append_printf (out, g_dngettext (NULL, "; %u stond er al in",
                                              "; %u stonden er al in", m->n_known), m->n_known);
  g_string_append_c (out, '.');
}

static gboolean
run_hook (Merge *m)
{
  if (m->self->merge_hook != NULL)
    m->self->merge_hook (m->self->merge_hook_data, m->src->path);
  return TRUE;
}

void
sk_store_set_merge_hook_for_testing (SkStore  *self,
                                     GFunc     hook,
                                     gpointer  data)
{
  g_return_if_fail (SK_IS_STORE (self));
  self->merge_hook = hook;
  self->merge_hook_data = data;
}

static gboolean
merge_one (SkStore     *self,
           SkStore     *src,
           GString     *summary,
           GError     **error)
{
  g_autofree char *hash = file_hash (src->path);
  Merge m = { self, src, sk_store_get_metadata (src)->uid, 0 };
  gboolean ok;

  m.participants = g_hash_table_new (g_direct_hash, g_direct_equal);
  m.variants = g_hash_table_new (g_direct_hash, g_direct_equal);
  m.interventions = g_hash_table_new (g_direct_hash, g_direct_equal);
  /* One read transaction: every table of the source as of one moment. */
  ok = sk_store_exec (src, "BEGIN", error);
  ok = ok && read_last_event (&m, error) && add_source_row (&m, hash, error)
       && copy_participants (&m, error) && run_hook (&m) && map_variants (&m, error)
       && copy_interventions (&m, error) && copy_comments (&m, error)
       && copy_votes (&m, error) && copy_corrections (&m, error) && log_merge (&m, hash, error);
  if (sqlite3_get_autocommit (src->db) == 0)
    sqlite3_exec (src->db, "COMMIT", NULL, NULL, NULL);
  if (ok)
    describe (&m, summary);
  g_hash_table_unref (m.participants);
  g_hash_table_unref (m.variants);
  g_hash_table_unref (m.interventions);
  return ok;
}

static gboolean
open_sources (SkStore            *self,
              const char * const *sources,
              GPtrArray          *opened,
              GError            **error)
{
  for (guint i = 0; sources[i] != NULL; i++)
    {
      SkStore *src;

      /* Merging a file into itself would only double it: refused by name. */
      if (sk_file_is_same (sources[i], self->path))
        {
          g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ALREADY_MERGED,
                       _("“%s” is deze sessie zelf; een sessie kan niet met zichzelf worden "
                         "samengevoegd. Kies de bestanden van de andere gesprekken."),
                       sources[i]);
          return FALSE;
        }
      src = sk_store_open_readonly (sources[i], error);
      if (src == NULL)
        return FALSE;
      g_ptr_array_add (opened, src);
    }
  return TRUE;
}

gboolean
sk_store_merge_with_summary (SkStore            *self,
                             const char * const *sources,
                             char              **summary,
                             GError            **error)
{
  g_autoptr(GPtrArray) opened = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (sources != NULL, FALSE);

  /* Check every source before anything is written. */
  if (!open_sources (self, sources, opened, error))
    return FALSE;
  if (!sk_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < opened->len; i++)
    if (!merge_one (self, g_ptr_array_index (opened, i), text, error))
      {
        sk_store_rollback (self);
        return FALSE;
      }
  if (!sk_store_commit (self, error))
    return FALSE;
  if (summary != NULL)
    *summary = g_string_free (g_steal_pointer (&text), FALSE);
  return TRUE;
}

gboolean
sk_store_merge (SkStore            *self,
                const char * const *sources,
                GError            **error)
{
  return sk_store_merge_with_summary (self, sources, NULL, error);
}
