/* sk-store-private.h — shared by the sk-store*.c files only: the only
 * code that includes sqlite3.h. */
#pragma once

#include <sqlite3.h>

#include "sk-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

struct _SkStore
{
  GObject          parent_instance;
  sqlite3         *db;
  char            *path;
  gboolean         readonly;
  int              opened_version;
  SkStoreMetadata  metadata;
  GHashTable      *stmts;          /* SQL text (static) → cached sqlite3_stmt */
  const SkStoreAction *applying;   /* during sk_store_apply only */
  GSource         *checkpoint;     /* armed after a commit; see sk_store_checkpoint */
  gboolean         remove_log_on_close; /* a reader that made an empty -wal it cannot remove */
  GFunc            merge_hook;     /* tests: run while a merge reads a source */
  gpointer         merge_hook_data;
};

/* A cached prepared statement, reset and with cleared bindings; NULL with
 * @error set when it cannot be prepared. Owned by the store. */
sqlite3_stmt *sk_store_stmt          (SkStore     *self,
                                      const char  *sql,
                                      GError     **error);
/* Sets @error from the connection's last result, naming the file. */
/* The same for a failed read: nothing was changed. */
void          sk_store_set_read_error (SkStore    *self,
                                       int         rc,
                                       GError    **error);
void          sk_store_set_db_error  (SkStore     *self,
                                      int          rc,
                                      GError     **error);
gboolean      sk_store_exec          (SkStore     *self,
                                      const char  *sql,
                                      GError     **error);
gboolean      sk_store_begin         (SkStore     *self,
                                      GError     **error);
gboolean      sk_store_commit        (SkStore     *self,
                                      GError     **error);
void          sk_store_rollback      (SkStore     *self);
/* Now as ISO 8601 UTC with milliseconds. */
char         *sk_store_now           (void);
/* Column text, or "" for NULL; never NULL. */
/* The text of a column as valid UTF-8 (a file changed outside Samenkaart
 * may hold any bytes; GTK and JSON need UTF-8), newly allocated. */
char         *sk_store_column_dup    (sqlite3_stmt *stmt,
                                      int           column);
const char   *sk_store_column_text   (sqlite3_stmt *stmt,
                                      int           column);
void          sk_store_bind_text     (sqlite3_stmt *stmt,
                                      int           index,
                                      const char   *text);
void          sk_store_bind_id       (sqlite3_stmt *stmt,
                                      int           index,
                                      gint64        id);
/* Appends an event; its id, or 0 with @error set. */
gint64        sk_store_append_event  (SkStore     *self,
                                      const char  *op,
                                      gint64       participant_id,
                                      gint64       intervention_id,
                                      gint64       undoes,
                                      JsonNode    *payload,
                                      GError     **error);
/* Keeps the R*Tree row of an intervention in step (present or not). */
gboolean      sk_store_index_bbox    (SkStore     *self,
                                      gint64       id,
                                      const char  *geometry,
                                      gboolean     present,
                                      GError     **error);
/* Every live intervention's geometry can be drawn; else a CORRUPT error
 * naming the file and the idea (sk-store-geometry.c). */
gboolean      sk_store_check_geometries (SkStore   *self,
                                         GError   **error);
gboolean      sk_store_has_table     (sqlite3     *db,
                                      const char  *name);
/* Runs a cached statement that returns no rows, then resets it. */
gboolean      sk_store_step_done     (SkStore      *self,
                                      sqlite3_stmt *stmt,
                                      GError      **error);
/* An intervention, also a deleted one (*deleted tells); NULL with a
 * NOT_FOUND error when there is none with that id. */
SkStoreIntervention *sk_store_load_intervention (SkStore  *self,
                                                 gint64    id,
                                                 gboolean *deleted,
                                                 GError  **error);
/* Errors naming @path that say the file was not changed. */
void          sk_store_set_not_session (GError     **error,
                                        const char  *path);
void          sk_store_set_corrupt   (GError     **error,
                                      const char  *path,
                                      const char  *detail);
/* Another program holds a lock on @path for longer than the busy timeout. */
void          sk_store_set_busy      (GError     **error,
                                      const char  *path);
/* How long a connection waits for another program's lock (a second laptop
 * writing the same file) before it says the file is in use. */
#define SK_STORE_BUSY_TIMEOUT_MS 5000
/* sk-store-check.c: @path opened read-only and checked (header,
 * application_id, @version, quick_check, tables); a file it refuses is
 * left as it was. */
sqlite3      *sk_store_open_checked  (const char  *path,
                                      int         *version,
                                      GError     **error);
/* A regular file of 0 bytes (an empty log SQLite left behind). */
gboolean      sk_store_file_is_empty (const char  *path);
/* The first column of the first row of @sql, as an int. */
gboolean      sk_store_query_int     (sqlite3     *db,
                                      const char  *sql,
                                      int         *value);
/* sk-store-schema.c: the tables a file of @version must have; the
 * upgrade of an open file from self->opened_version, in one transaction;
 * a complete new file at @tmp (rollback mode, named @path in messages). */
gboolean      sk_store_check_tables  (sqlite3     *db,
                                      int          version,
                                      const char  *path,
                                      GError     **error);
gboolean      sk_store_migrate       (SkStore     *self,
                                      GError     **error);
gboolean      sk_store_build_file    (const char             *tmp,
                                      const char             *path,
                                      const SkStoreMetadata  *metadata,
                                      GError                **error);
char         *sk_store_json_to_text  (JsonNode    *node);
/* Ends the payload object of @b (adding the plan command and direction
 * of the action being applied) and appends the event. */
gint64        sk_store_finish_event  (SkStore      *self,
                                      const char   *op,
                                      gint64        participant_id,
                                      gint64        intervention_id,
                                      gint64        undoes,
                                      JsonBuilder  *b,
                                      GError      **error);
/* Refreshes self->metadata from the file. */
gboolean      sk_store_read_metadata (SkStore     *self,
                                      GError     **error);
/* Checks a date (YYYY-MM-DD) and a format (keukentafelgesprek, atelier,
 * presentatie); NULL passes. */
gboolean      sk_store_check_metadata (const char  *date,
                                       const char  *format,
                                       GError     **error);
/* sk-store-variant.c: the variant and metadata actions, and their undo. */
gint64        sk_store_apply_variant (SkStore              *self,
                                      const SkStoreAction  *action,
                                      gint64               *object_id,
                                      GError              **error);
gint64        sk_store_apply_metadata (SkStore              *self,
                                       const SkStoreAction  *action,
                                       gint64               *object_id,
                                       GError              **error);
gboolean      sk_store_revert_variant (SkStore     *self,
                                       const char  *op,
                                       JsonNode    *payload,
                                       gint64      *object_id,
                                       GError     **error);
JsonNode     *sk_store_json_from_text (const char *text);
/* sk-store-correction.c: facility-add and facility-remove, their undo,
 * and the copy of a merged session's corrections. */
gint64        sk_store_apply_correction (SkStore              *self,
                                         const SkStoreAction  *action,
                                         gint64               *object_id,
                                         GError              **error);
gboolean      sk_store_revert_correction (SkStore     *self,
                                          const char  *op,
                                          JsonNode    *payload,
                                          gint64      *object_id,
                                          GError     **error);

G_END_DECLS
