/* sk-store-replay.c — the plan as it was after any event of the log, for
 * the history view, and a consistent copy of the session file.
 *
 * Replay runs forward from the first event: every event that changes an
 * intervention holds its state after the change ("after": the whole
 * intervention for an add or for undoing a delete, the geometry for a
 * move or reshape, params, name and note for an edit; no "after" for a
 * delete or for undoing an add). SQLite's JSON functions pick those
 * members out of each payload, so C only swaps strings per event.
 * Merged interventions are not in the log one by one: they appear at
 * their merge event as they are now.
 */
#include "sk-config.h"
#include "sk-store-private.h"
#include "sk-file.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

/* Keyed by intervention id in a pointer (ids are positive rowids). */
typedef struct
{
  SkStoreIntervention *iv;
  gboolean             live;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  sk_store_intervention_free (entry->iv);
  g_free (entry);
}

static Entry *
entry_get (GHashTable *state,
           gint64      id)
{
  Entry *entry = g_hash_table_lookup (state, GSIZE_TO_POINTER (id));

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->iv = g_new0 (SkStoreIntervention, 1);
      entry->iv->id = id;
      g_hash_table_insert (state, GSIZE_TO_POINTER (id), entry);
    }
  return entry;
}

/* Replaces *field with the column's text when the column is not NULL. */
static void
take_column (char         **field,
             sqlite3_stmt  *stmt,
             int            column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return;
  g_free (*field);
  *field = sk_store_column_dup (stmt, column);
}

/* Columns: 0 id, 1 time, 2 participant, 3 intervention, 4 has "after",
 * 5 variant, 6 kind, 7 geometry, 8 params, 9 name, 10 note. */
static void
replay_change (GHashTable   *state,
               sqlite3_stmt *stmt)
{
  Entry *entry = entry_get (state, sqlite3_column_int64 (stmt, 3));
  SkStoreIntervention *iv = entry->iv;

  entry->live = sqlite3_column_int (stmt, 4) != 0;
  if (iv->created == NULL)
    {
      iv->created = sk_store_column_dup (stmt, 1);
      iv->participant_id = sqlite3_column_int64 (stmt, 2);
    }
  take_column (&iv->updated, stmt, 1);
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    iv->variant_id = sqlite3_column_int64 (stmt, 5);
  take_column (&iv->kind, stmt, 6);
  take_column (&iv->geometry, stmt, 7);
  take_column (&iv->params, stmt, 8);
  take_column (&iv->name, stmt, 9);
  take_column (&iv->note, stmt, 10);
}

static SkStoreIntervention *
intervention_copy (const SkStoreIntervention *from,
                   gint64                     id)
{
  SkStoreIntervention *iv = g_new0 (SkStoreIntervention, 1);

  *iv = *from;
  iv->id = id;
  iv->kind = g_strdup (from->kind);
  iv->geometry = g_strdup (from->geometry);
  iv->params = g_strdup (from->params);
  iv->name = g_strdup (from->name);
  iv->note = g_strdup (from->note);
  iv->created = g_strdup (from->created);
  iv->updated = g_strdup (from->updated);
  return iv;
}

/* A duplicated variant: column 11 holds [[new, original] …]. */
static void
replay_duplicate (GHashTable   *state,
                  sqlite3_stmt *stmt)
{
  g_autoptr(JsonNode) copies = sk_store_json_from_text (sk_store_column_text (stmt, 11));
  gint64 variant = sqlite3_column_int64 (stmt, 5);
  JsonArray *pairs = JSON_NODE_HOLDS_ARRAY (copies) ? json_node_get_array (copies) : NULL;

  for (guint i = 0; pairs != NULL && i < json_array_get_length (pairs); i++)
    {
      JsonArray *pair = json_array_get_array_element (pairs, i);
      gint64 to = json_array_get_int_element (pair, 0);
      gint64 from = json_array_get_int_element (pair, 1);
      Entry *original = g_hash_table_lookup (state, GSIZE_TO_POINTER (from));
      Entry *copy;

      if (original == NULL || !original->live)
        continue;
      copy = entry_get (state, to);
      sk_store_intervention_free (copy->iv);
      copy->iv = intervention_copy (original->iv, to);
      copy->iv->variant_id = variant;
      copy->live = TRUE;
    }
}

/* A merge (column 12: the source id): its interventions as they are now;
 * columns 14 and 15, when the merge recorded them (since schema 4): the
 * ids of the ideas it brought, so a source merged again shows what each
 * merge brought at its own step. */
static gboolean
replay_merge (SkStore      *self,
              GHashTable   *state,
              sqlite3_stmt *stmt,
              GError      **error)
{
  gint64 source = sqlite3_column_int64 (stmt, 12);
  gboolean ranged = sqlite3_column_type (stmt, 14) != SQLITE_NULL;
  gint64 first = sqlite3_column_int64 (stmt, 14), last = sqlite3_column_int64 (stmt, 15);
  g_autoptr(GPtrArray) all = sk_store_list_interventions (self, 0, error);

  if (all == NULL)
    return FALSE;
  for (guint i = 0; i < all->len; i++)
    {
      SkStoreIntervention *iv = g_ptr_array_index (all, i);
      Entry *entry;

      if (iv->source_id != source || source == 0
          || (ranged && (iv->id < first || iv->id > last)))
        continue;
      entry = entry_get (state, iv->id);
      sk_store_intervention_free (entry->iv);
      entry->iv = intervention_copy (iv, iv->id);
      entry->live = TRUE;
    }
  return TRUE;
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b)
{
  gint64 x = (*(SkStoreIntervention *const *) a)->id;
  gint64 y = (*(SkStoreIntervention *const *) b)->id;

  return x < y ? -1 : x > y;
}

/* The live entries of @variant_id (0: all) as a sorted array, taken
 * out of @state. */
static GPtrArray *
steal_live (GHashTable *state,
            gint64      variant_id)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_store_intervention_free);
  GHashTableIter iter;
  Entry *entry;

  g_hash_table_iter_init (&iter, state);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    {
      if (!entry->live || entry->iv->geometry == NULL
          || (variant_id > 0 && entry->iv->variant_id != variant_id))
        continue;
      if (!sk_store_geometry_bbox (entry->iv->geometry, &entry->iv->bbox, NULL))
        sk_bbox_init_empty (&entry->iv->bbox);
      g_ptr_array_add (list, g_steal_pointer (&entry->iv));
    }
  g_ptr_array_sort (list, compare_by_id);
  return list;
}

GPtrArray *
sk_store_dup_state_at (SkStore  *self,
                       gint64    event_id,
                       gint64    variant_id,
                       GError  **error)
{
  g_autoptr(GHashTable) state = g_hash_table_new_full (NULL, NULL, NULL, entry_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  stmt = sk_store_stmt (self,
                        "SELECT id, time, participant_id, intervention_id, "
                        "json_type (payload, '$.after') IS NOT NULL, "
                        "json_extract (payload, '$.after.variant'), "
                        "json_extract (payload, '$.after.kind'), "
                        "json_extract (payload, '$.after.geometry'), "
                        "json_extract (payload, '$.after.params'), "
                        "json_extract (payload, '$.after.name'), "
                        "json_extract (payload, '$.after.note'), "
                        "json_extract (payload, '$.after.copies'), "
                        "json_extract (payload, '$.source.id'), op, "
                        "json_extract (payload, '$.intervention_ids[0]'), "
                        "json_extract (payload, '$.intervention_ids[1]') "
                        "FROM events WHERE id <= ?1 AND (op IN ('add', 'move', 'reshape', 'edit', "
                        "'delete', 'variant-duplicate', 'merge') OR (op = 'undo' AND "
                        "json_extract (payload, '$.op') IN ('add', 'move', 'reshape', 'edit', "
                        "'delete'))) ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *op = sk_store_column_text (stmt, 13);

      if (g_str_equal (op, "variant-duplicate"))
        replay_duplicate (state, stmt);
      else if (g_str_equal (op, "merge"))
        {
          if (!replay_merge (self, state, stmt, error))
            {
              sqlite3_reset (stmt);
              return NULL;
            }
        }
      else
        replay_change (state, stmt);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_read_error (self, rc, error);
      return NULL;
    }
  return steal_live (state, variant_id);
}

/* ---- a copy of the file ------------------------------------------------- */

/* Flushes @path (a file or a directory) to disk. */
static gboolean
sync_path (const char *path)
{
  int fd = g_open (path, O_RDONLY, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);
  return ok;
}

static void
set_copy_error (GError     **error,
                const char  *dest,
                const char  *detail)
{
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_WRITE,
               _("Er kon geen kopie worden bewaard als “%s”: %s. Kies een andere map; de sessie "
                 "zelf is niet veranderd."),
               dest, detail);
}

gboolean
sk_store_save_copy (SkStore     *self,
                    const char  *dest_path,
                    GError     **error)
{
  g_autofree char *part = NULL;
  g_autofree char *dir = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if (g_strcmp0 (dest_path, self->path) == 0 || sk_file_is_same (dest_path, self->path))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS,
                   _("Een kopie kan niet over de sessie zelf heen: kies een andere naam."));
      return FALSE;
    }
  part = g_strconcat (dest_path, ".part", NULL);
  g_unlink (part);
  /* VACUUM INTO writes one transaction-consistent snapshot, with the
   * header (application_id, user_version) of this file. */
  stmt = sk_store_stmt (self, "VACUUM INTO ?1", error);
  if (stmt == NULL)
    return FALSE;
  sk_store_bind_text (stmt, 1, part);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      set_copy_error (error, dest_path, sqlite3_errmsg (self->db));
      g_unlink (part);
      return FALSE;
    }
  dir = g_path_get_dirname (dest_path);
  if (!sync_path (part) || g_rename (part, dest_path) != 0)
    {
      set_copy_error (error, dest_path, g_strerror (errno));
      g_unlink (part);
      return FALSE;
    }
  /* The rename itself is durable once the directory is flushed. */
  sync_path (dir);
  return TRUE;
}
