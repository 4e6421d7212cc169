/* sk-store-schema.c — the tables of a session file, version by version,
 * and the migrations between versions (keyed on PRAGMA user_version).
 * A new file is built from version 0 by the same steps an old file takes.
 */
#include "sk-config.h"
#include "sk-store-private.h"

#include <glib/gi18n-lib.h>

/* Schema version 1: the first format. Keep in step with
 * tests/fixtures/make-session-v1.py, which builds the v1 fixture. */
static const char schema_v1[] =
  "CREATE TABLE session ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  uid TEXT NOT NULL,"
  "  title TEXT NOT NULL,"
  "  place TEXT NOT NULL DEFAULT '',"
  "  date TEXT NOT NULL,"
  "  format TEXT NOT NULL CHECK (format IN ('keukentafelgesprek', 'atelier', 'presentatie')),"
  "  region_id TEXT,"
  "  region_hash TEXT,"
  "  created TEXT NOT NULL);"
  "CREATE TABLE sources ("
  "  id INTEGER PRIMARY KEY,"
  "  uid TEXT NOT NULL UNIQUE,"
  "  title TEXT NOT NULL,"
  "  file_hash TEXT NOT NULL,"
  "  path TEXT NOT NULL,"
  "  merged TEXT NOT NULL);"
  "CREATE TABLE participants ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  role TEXT NOT NULL DEFAULT '',"
  "  colour TEXT NOT NULL DEFAULT '',"
  "  source_id INTEGER REFERENCES sources (id),"
  "  created TEXT NOT NULL);"
  "CREATE TABLE variants ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  position INTEGER NOT NULL);"
  "CREATE TABLE interventions ("
  "  id INTEGER PRIMARY KEY,"
  "  variant_id INTEGER NOT NULL REFERENCES variants (id),"
  "  kind TEXT NOT NULL,"
  "  geometry TEXT NOT NULL,"
  "  params TEXT NOT NULL DEFAULT '{}',"
  "  name TEXT NOT NULL DEFAULT '',"
  "  note TEXT NOT NULL DEFAULT '',"
  "  participant_id INTEGER REFERENCES participants (id),"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  deleted INTEGER NOT NULL DEFAULT 0,"
  "  source_id INTEGER REFERENCES sources (id));"
  "CREATE INDEX interventions_variant ON interventions (variant_id);"
  "CREATE TABLE comments ("
  "  id INTEGER PRIMARY KEY,"
  "  lat REAL NOT NULL,"
  "  lon REAL NOT NULL,"
  "  intervention_id INTEGER REFERENCES interventions (id),"
  "  participant_id INTEGER REFERENCES participants (id),"
  "  text TEXT NOT NULL,"
  "  created TEXT NOT NULL,"
  "  deleted INTEGER NOT NULL DEFAULT 0,"
  "  source_id INTEGER REFERENCES sources (id));"
  "CREATE TABLE settings ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL);"
  "CREATE TABLE events ("
  "  id INTEGER PRIMARY KEY,"
  "  time TEXT NOT NULL,"
  "  participant_id INTEGER REFERENCES participants (id),"
  "  op TEXT NOT NULL,"
  "  intervention_id INTEGER,"
  "  undoes INTEGER REFERENCES events (id),"
  "  payload TEXT NOT NULL);"
  "CREATE INDEX events_undoes ON events (undoes) WHERE undoes IS NOT NULL;"
  "INSERT INTO variants (id, name, position) VALUES (1, 'Variant A', 0);";

/* Schema version 2: dot-votes, an R*Tree of intervention bboxes (filled
 * from the geometries by migrate_to_2) and an append-only event log. */
static const char schema_v2[] =
  "CREATE TABLE votes ("
  "  id INTEGER PRIMARY KEY,"
  "  participant_id INTEGER NOT NULL REFERENCES participants (id),"
  "  intervention_id INTEGER NOT NULL REFERENCES interventions (id),"
  "  created TEXT NOT NULL,"
  "  source_id INTEGER REFERENCES sources (id));"
  "CREATE INDEX votes_intervention ON votes (intervention_id);"
  "CREATE VIRTUAL TABLE intervention_bbox USING rtree (id, min_lon, max_lon, min_lat, max_lat);"
  /* The event log is append-only; the file itself refuses edits. */
  "CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
  "  BEGIN SELECT RAISE (ABORT, 'the event log is append-only'); END;"
  "CREATE TRIGGER events_no_delete BEFORE DELETE ON events"
  "  BEGIN SELECT RAISE (ABORT, 'the event log is append-only'); END;";

/* Schema version 3: facilities residents know of that the region data
 * lacks, added during the session (issue 12, "Hier is ook een huisarts").
 * A row taken away (or undone) keeps its place with deleted = 1. */
static const char schema_v3[] =
  "CREATE TABLE corrections ("
  "  id INTEGER PRIMARY KEY,"
  "  type TEXT NOT NULL,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),"
  "  lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),"
  "  participant_id INTEGER REFERENCES participants (id),"
  "  created TEXT NOT NULL,"
  "  deleted INTEGER NOT NULL DEFAULT 0,"
  "  source_id INTEGER REFERENCES sources (id));";

static const char *const tables_v1[] = {
  "session", "sources", "participants", "variants", "interventions", "comments", "settings",
  "events", NULL
};
static const char *const tables_v2[] = { "votes", "intervention_bbox", NULL };
static const char *const tables_v3[] = { "corrections", NULL };

gboolean
sk_store_check_tables (sqlite3     *db,
                       int          version,
                       const char  *path,
                       GError     **error)
{
  for (guint i = 0; tables_v1[i] != NULL; i++)
    if (!sk_store_has_table (db, tables_v1[i]))
      {
        sk_store_set_not_session (error, path);
        return FALSE;
      }
  for (guint i = 0; version >= 2 && tables_v2[i] != NULL; i++)
    if (!sk_store_has_table (db, tables_v2[i]))
      {
        sk_store_set_corrupt (error, path, tables_v2[i]);
        return FALSE;
      }
  for (guint i = 0; version >= 3 && tables_v3[i] != NULL; i++)
    if (!sk_store_has_table (db, tables_v3[i]))
      {
        sk_store_set_corrupt (error, path, tables_v3[i]);
        return FALSE;
      }
  return TRUE;
}

static gboolean
migrate_to_2 (SkStore  *self,
              GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!sk_store_exec (self, schema_v2, error))
    return FALSE;
  if (sqlite3_prepare_v2 (self->db, "SELECT id, geometry FROM interventions WHERE deleted = 0",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      sk_store_set_db_error (self, sqlite3_errcode (self->db), error);
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!sk_store_index_bbox (self, sqlite3_column_int64 (stmt, 0),
                              sk_store_column_text (stmt, 1), TRUE, error))
      return FALSE;
  if (rc != SQLITE_DONE)
    {
      sk_store_set_db_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Brings the open file from self->opened_version to the current version
 * in one transaction: all steps or none. */
gboolean
sk_store_migrate (SkStore  *self,
                  GError  **error)
{
  g_autofree char *set_version = NULL;
  int version = self->opened_version;

  if (version == SK_STORE_SCHEMA_VERSION)
    return TRUE;
  if (!sk_store_begin (self, error))
    return FALSE;
  if (version < 1 && !sk_store_exec (self, schema_v1, error))
    goto fail;
  if (version < 2 && !migrate_to_2 (self, error))
    goto fail;
  if (version < 3 && !sk_store_exec (self, schema_v3, error))
    goto fail;
  /* A constant, not user data: PRAGMA takes no bound parameters. */
  set_version = g_strdup_printf ("PRAGMA user_version = %d", SK_STORE_SCHEMA_VERSION);
  if (!sk_store_exec (self, set_version, error))
    goto fail;
  g_hash_table_remove_all (self->stmts);
  return sk_store_commit (self, error);

fail:
  g_hash_table_remove_all (self->stmts);
  sk_store_rollback (self);
  return FALSE;
}

static gboolean
insert_session_row (sqlite3                *db,
                    const SkStoreMetadata  *metadata)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (today, "%Y-%m-%d");
  g_autofree char *uid = g_uuid_string_random ();
  g_autofree char *now = sk_store_now ();

  if (sqlite3_prepare_v2 (db,
                          "INSERT INTO session (id, uid, title, place, date, format, region_id, "
                          "region_hash, created) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                          -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  sk_store_bind_text (stmt, 1, uid);
  sk_store_bind_text (stmt, 2, metadata && metadata->title ? metadata->title : "");
  sk_store_bind_text (stmt, 3, metadata && metadata->place ? metadata->place : "");
  sk_store_bind_text (stmt, 4, metadata && metadata->date ? metadata->date : date);
  sk_store_bind_text (stmt, 5, metadata && metadata->format ? metadata->format
                                                           : "keukentafelgesprek");
  sk_store_bind_text (stmt, 6, metadata ? metadata->region_id : NULL);
  sk_store_bind_text (stmt, 7, metadata ? metadata->region_hash : NULL);
  sk_store_bind_text (stmt, 8, now);
  return sqlite3_step (stmt) == SQLITE_DONE;
}

/* Builds the whole file at @tmp in rollback-journal mode. */
gboolean
sk_store_build_file (const char             *tmp,
                     const char             *path,
                     const SkStoreMetadata  *metadata,
                     GError                **error)
{
  g_autoptr(SkStore) builder = g_object_new (SK_TYPE_STORE, NULL);
  g_autofree char *pragmas = g_strdup_printf ("PRAGMA application_id = %d;",
                                              SK_STORE_APPLICATION_ID);
  int rc;

  builder->path = g_strdup (path);
  rc = sqlite3_open_v2 (tmp, &builder->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_OPEN,
                   _("De sessie “%s” kan niet worden gemaakt: %s. Kies een map waarin u mag "
                     "schrijven."),
                   path, builder->db ? sqlite3_errmsg (builder->db) : sqlite3_errstr (rc));
      return FALSE;
    }
  if (!sk_store_exec (builder, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL", error)
      || !sk_store_exec (builder, pragmas, error))
    return FALSE;
  builder->opened_version = 0;
  if (!sk_store_begin (builder, error))
    return FALSE;
  if (!sk_store_exec (builder, schema_v1, error) || !migrate_to_2 (builder, error)
      || !sk_store_exec (builder, schema_v3, error) || !insert_session_row (builder->db, metadata))
    {
      if (error != NULL && *error == NULL)
        sk_store_set_db_error (builder, sqlite3_errcode (builder->db), error);
      sk_store_rollback (builder);
      return FALSE;
    }
  g_free (pragmas);
  pragmas = g_strdup_printf ("PRAGMA user_version = %d", SK_STORE_SCHEMA_VERSION);
  return sk_store_exec (builder, pragmas, error) && sk_store_commit (builder, error);
}
