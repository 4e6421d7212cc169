/* sk-store.c — opening, creating and upgrading session files (checking is
 * in sk-store-check.c).
 *
 * A file is first opened read-only and checked (SQLite header,
 * application_id, user_version, quick_check, tables); only a file that
 * passes is opened for writing, and only then are migrations run, in one
 * transaction. A new file is built under a temporary name in rollback
 * mode and renamed into place, so its header always names Samenkaart.
 */
#include "sk-config.h"
#include "sk-store-private.h"

#include "sk-json.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

/* Every commit is flushed to disk before the action is acknowledged:
 * with WAL, FULL costs one fsync of the log per action. */
#define SK_STORE_PRAGMAS \
  "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA trusted_schema = OFF;"

G_DEFINE_QUARK (sk-store-error-quark, sk_store_error)
G_DEFINE_FINAL_TYPE (SkStore, sk_store, G_TYPE_OBJECT)

/* Folds the log into the file as far as the readers elsewhere allow, at
 * once: a TRUNCATE checkpoint would otherwise wait the whole busy timeout
 * for a reader (a merge, a window on the same file) to finish, and the
 * program that wrote would hang that long. */
static int
checkpoint_without_waiting (sqlite3 *db)
{
  int rc;

  sqlite3_busy_timeout (db, 0);
  rc = sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  sqlite3_busy_timeout (db, SK_STORE_BUSY_TIMEOUT_MS);
  return rc;
}

/* The empty -wal (and its -shm) a read-only connection left beside PATH. */
static void
remove_empty_log (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  if (sk_store_file_is_empty (wal))
    {
      g_unlink (wal);
      g_unlink (shm);
    }
}

static void
sk_store_finalize (GObject *object)
{
  SkStore *self = SK_STORE (object);

  if (self->checkpoint != NULL)
    {
      g_source_destroy (self->checkpoint);
      g_clear_pointer (&self->checkpoint, g_source_unref);
    }
  g_clear_pointer (&self->stmts, g_hash_table_unref);
  /* Closing the last connection checkpoints too, but only when no other
   * process reads the file: say it explicitly first. */
  if (self->db != NULL && !self->readonly)
    checkpoint_without_waiting (self->db);
  sqlite3_close (self->db);
  if (self->remove_log_on_close)
    remove_empty_log (self->path);
  g_free (self->path);
  sk_store_metadata_clear (&self->metadata);
  G_OBJECT_CLASS (sk_store_parent_class)->finalize (object);
}

static void
sk_store_class_init (SkStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_store_finalize;
}

static void
stmt_free (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
sk_store_init (SkStore *self)
{
  self->stmts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, stmt_free);
}

/* ---- helpers shared by the sk-store*.c files ---------------------------- */

sqlite3_stmt *
sk_store_stmt (SkStore     *self,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->stmts, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sk_store_set_db_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->stmts, (gpointer) sql, stmt);
  return stmt;
}

/* A read that failed changed nothing: it says so, and what to do, rather
 * than the write's "kon niet worden bijgewerkt". */
void
sk_store_set_read_error (SkStore  *self,
                         int       rc,
                         GError  **error)
{
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      sk_store_set_db_error (self, rc, error);
      break;
    default:
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ,
                   _("De sessie “%s” kon niet worden gelezen: %s. Er is niets veranderd; "
                     "sluit de sessie en open haar opnieuw."),
                   self->path, self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      break;
    }
}

void
sk_store_set_db_error (SkStore  *self,
                       int       rc,
                       GError  **error)
{
  g_autofree char *detail = g_utf8_make_valid (self->db ? sqlite3_errmsg (self->db)
                                                        : sqlite3_errstr (rc), -1);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FULL,
                   _("De schijf is vol: “%s” kon niet worden bijgewerkt. Maak ruimte vrij en "
                     "probeer het opnieuw; wat al bewaard was, blijft bewaard."),
                   self->path);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("Deze stap verwijst naar iets dat niet in de sessie staat (%s); er is "
                     "niets veranderd."),
                   detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      sk_store_set_busy (error, self->path);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_CORRUPT,
                   _("De sessie “%s” is beschadigd (%s). Open een reservekopie van de sessie."),
                   self->path, detail);
      break;
    default:
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_WRITE,
                   _("De sessie “%s” kon niet worden bijgewerkt: %s. Wat al bewaard was, "
                     "blijft bewaard."),
                   self->path, detail);
      break;
    }
}

gboolean
sk_store_exec (SkStore     *self,
               const char  *sql,
               GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      sk_store_set_db_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_store_begin (SkStore  *self,
                GError  **error)
{
  if (self->readonly)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_WRITE,
                   _("De sessie “%s” is alleen geopend om te lezen."), self->path);
      return FALSE;
    }
  return sk_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
sk_store_checkpoint (SkStore  *self,
                     GError  **error)
{
  int rc;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  if (self->readonly || self->db == NULL)
    return TRUE;
  rc = checkpoint_without_waiting (self->db);
  /* BUSY: a reader elsewhere still needs part of the log. Nothing is lost;
   * what was copied stays copied and the rest follows next time. */
  if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
    {
      sk_store_set_db_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Seconds without a change after which the log is folded into the file. */
#define SK_STORE_IDLE_CHECKPOINT_S 3

static gboolean
on_idle_checkpoint (gpointer user_data)
{
  SkStore *self = user_data;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->checkpoint, g_source_unref);
  if (!sk_store_checkpoint (self, &error))
    g_warning ("%s", error->message);
  return G_SOURCE_REMOVE;
}

/* (Re)starts the idle countdown on the thread-default main context. */
static void
arm_checkpoint (SkStore *self)
{
  if (self->checkpoint != NULL)
    {
      g_source_destroy (self->checkpoint);
      g_clear_pointer (&self->checkpoint, g_source_unref);
    }
  self->checkpoint = g_timeout_source_new_seconds (SK_STORE_IDLE_CHECKPOINT_S);
  g_source_set_callback (self->checkpoint, on_idle_checkpoint, self, NULL);
  g_source_set_static_name (self->checkpoint, "[samenkaart] store checkpoint");
  g_source_attach (self->checkpoint, g_main_context_get_thread_default ());
}

gboolean
sk_store_commit (SkStore  *self,
                 GError  **error)
{
  if (!sk_store_exec (self, "COMMIT", error))
    {
      sk_store_rollback (self);
      return FALSE;
    }
  arm_checkpoint (self);
  return TRUE;
}

void
sk_store_rollback (SkStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

char *
sk_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *base = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (now) / 1000);
}

const char *
sk_store_column_text (sqlite3_stmt *stmt,
                      int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

char *
sk_store_column_dup (sqlite3_stmt *stmt,
                     int           column)
{
  return g_utf8_make_valid (sk_store_column_text (stmt, column), -1);
}

void
sk_store_bind_text (sqlite3_stmt *stmt,
                    int           index,
                    const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
sk_store_bind_id (sqlite3_stmt *stmt,
                  int           index,
                  gint64        id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

gboolean
sk_store_step_done (SkStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_db_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_store_has_table (sqlite3    *db,
                    const char *name)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                          -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

char *
sk_store_json_to_text (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

JsonNode *
sk_store_json_from_text (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  if (text == NULL || !sk_json_parser_load (parser, text, -1, SK_STORE_MAX_JSON, NULL)
      || json_parser_get_root (parser) == NULL)
    return json_node_new (JSON_NODE_NULL);
  return json_node_copy (json_parser_get_root (parser));
}

gint64
sk_store_append_event (SkStore     *self,
                       const char  *op,
                       gint64       participant_id,
                       gint64       intervention_id,
                       gint64       undoes,
                       JsonNode    *payload,
                       GError     **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self,
                                      "INSERT INTO events (time, participant_id, op, "
                                      "intervention_id, undoes, payload) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  g_autofree char *now = sk_store_now ();
  g_autofree char *text = NULL;
  int rc;

  if (stmt == NULL)
    return 0;
  text = sk_store_json_to_text (payload);
  sk_store_bind_text (stmt, 1, now);
  sk_store_bind_id (stmt, 2, participant_id);
  sk_store_bind_text (stmt, 3, op);
  sk_store_bind_id (stmt, 4, intervention_id);
  sk_store_bind_id (stmt, 5, undoes);
  sk_store_bind_text (stmt, 6, text);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_db_error (self, rc, error);
      return 0;
    }
  return sqlite3_last_insert_rowid (self->db);
}

gboolean
sk_store_index_bbox (SkStore     *self,
                     gint64       id,
                     const char  *geometry,
                     gboolean     present,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  SkBBox bbox;
  int rc;

  if (!present)
    {
      stmt = sk_store_stmt (self, "DELETE FROM intervention_bbox WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
    }
  else
    {
      if (!sk_store_geometry_bbox (geometry, &bbox, error))
        return FALSE;
      stmt = sk_store_stmt (self,
                            "INSERT OR REPLACE INTO intervention_bbox "
                            "(id, min_lon, max_lon, min_lat, max_lat) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_double (stmt, 2, bbox.west);
      sqlite3_bind_double (stmt, 3, bbox.east);
      sqlite3_bind_double (stmt, 4, bbox.south);
      sqlite3_bind_double (stmt, 5, bbox.north);
    }
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_db_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* ---- opening and creating ----------------------------------------------- */

/* Writing needs the file and its folder (SQLite keeps its log beside the
 * file): say which one cannot be written, once, before anything else. */
static gboolean
check_writable (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (access (path, W_OK) != 0 && errno != ENOENT)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_OPEN,
                   _("De sessie “%s” is alleen-lezen: Samenkaart mag dit bestand niet wijzigen. "
                     "U kunt haar wel bekijken; om verder te werken, bewaar een kopie in een map "
                     "waarin u mag schrijven."),
                   path);
      return FALSE;
    }
  if (access (dir, W_OK) != 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_OPEN,
                   _("In de map “%s” mag Samenkaart niet schrijven, en naast de sessie “%s” "
                     "moet een logboek komen. U kunt haar wel bekijken; om verder te werken, "
                     "kopieer haar naar een map waarin u mag schrijven."),
                   dir, path);
      return FALSE;
    }
  return TRUE;
}

static SkStore *
open_store (const char  *path,
            gboolean     readonly,
            GError     **error)
{
  g_autoptr(SkStore) self = NULL;
  g_autoptr(sqlite3) checked = NULL;
  g_autofree char *wal = NULL;
  gboolean log_was_there;
  int version = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  /* Before SQLite makes a log beside a file it may not write. */
  if (!readonly && g_file_test (path, G_FILE_TEST_IS_REGULAR) && !check_writable (path, error))
    return NULL;
  wal = g_strconcat (path, "-wal", NULL);
  log_was_there = g_file_test (wal, G_FILE_TEST_EXISTS);
  checked = sk_store_open_checked (path, &version, error);
  if (checked == NULL)
    return NULL;
  self = g_object_new (SK_TYPE_STORE, NULL);
  /* A reader of a file nobody with our rights can write leaves no empty
   * log beside it (SQLite's read-only connection cannot remove it). */
  self->remove_log_on_close = readonly && !log_was_there && access (path, W_OK) != 0;
  self->path = g_strdup (path);
  self->readonly = readonly;
  self->opened_version = version;
  if (readonly)
    {
      self->db = g_steal_pointer (&checked);
      if (!sk_store_read_metadata (self, error))
        return NULL;
      return g_steal_pointer (&self);
    }
  g_clear_pointer (&checked, sqlite3_close);
  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (self->db, 1);
      sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
      sqlite3_busy_timeout (self->db, SK_STORE_BUSY_TIMEOUT_MS);
    }
  if (rc != SQLITE_OK || !sk_store_exec (self, "PRAGMA journal_mode = WAL", error)
      || !sk_store_exec (self, SK_STORE_PRAGMAS, error))
    {
      if (rc != SQLITE_OK)
        g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_OPEN,
                     _("De sessie “%s” kan niet worden geopend om te schrijven: %s. Controleer "
                       "of u het bestand mag wijzigen."),
                     path, self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }
  if (!sk_store_migrate (self, error) || !sk_store_read_metadata (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

SkStore *
sk_store_open (const char  *path,
               GError     **error)
{
  return open_store (path, FALSE, error);
}

SkStore *
sk_store_open_readonly (const char  *path,
                        GError     **error)
{
  return open_store (path, TRUE, error);
}

/* Longest title kept in a file name, in characters. */
#define SK_STORE_NAME_MAX 80

char *
sk_store_suggest_path (const char *dir,
                       const char *title,
                       const char *date)
{
  g_autoptr(GString) base = g_string_new (NULL);
  char *path = NULL;
  guint n = 0;

  g_return_val_if_fail (dir != NULL, NULL);

  for (const char *p = title != NULL && g_utf8_validate (title, -1, NULL) ? title : "";
       *p != '\0' && n < SK_STORE_NAME_MAX; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      /* Not in a file name on Linux, Windows (USB sticks) or macOS. */
      if (c < 0x20 || c == 0x7f || (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL))
        g_string_append_c (base, '-');
      else
        g_string_append_unichar (base, c);
    }
  g_strstrip (base->str);
  g_string_set_size (base, strlen (base->str));
  while (base->len > 0 && base->str[0] == '.')
    g_string_erase (base, 0, 1);
  if (base->len == 0)
    g_string_assign (base, _("Sessie"));
  if (date != NULL && *date != '\0')
    g_string_append_printf (base, " %s", date);
  for (int i = 1; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); i++)
    {
      g_autofree char *name = i == 1 ? g_strdup_printf ("%s.samenkaart", base->str)
                                     : g_strdup_printf ("%s (%d).samenkaart", base->str, i);

      g_free (path);
      path = g_build_filename (dir, name, NULL);
    }
  return path;
}

static gboolean
is_valid_date (const char *date)
{
  int y, m, d;
  char end;

  return strlen (date) == 10 && sscanf (date, "%4d-%2d-%2d%c", &y, &m, &d, &end) == 3
         && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

static gboolean
is_known_format (const char *format)
{
  return g_strcmp0 (format, "keukentafelgesprek") == 0 || g_strcmp0 (format, "atelier") == 0
         || g_strcmp0 (format, "presentatie") == 0;
}

gboolean
sk_store_check_metadata (const char  *date,
                         const char  *format,
                         GError     **error)
{
  if (format != NULL && !is_known_format (format))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("Onbekende vorm “%s”: kies keukentafelgesprek, atelier of presentatie."),
                   format);
      return FALSE;
    }
  if (date != NULL && !is_valid_date (date))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("De datum “%s” klopt niet: schrijf haar als JJJJ-MM-DD, bijvoorbeeld "
                     "2026-03-14."),
                   date);
      return FALSE;
    }
  return TRUE;
}

/* A session that could not be made never existed: nothing "bewaard" to
 * keep, nothing written. */
static void
set_create_error (GError     **error,
                  const char  *path,
                  GError      *cause)
{
  if (g_error_matches (cause, SK_STORE_ERROR, SK_STORE_ERROR_FULL))
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FULL,
                 _("De schijf is vol: de sessie “%s” kon niet worden gemaakt en er is niets "
                   "geschreven. Maak ruimte vrij of kies een andere schijf."),
                 path);
  else if (g_error_matches (cause, SK_STORE_ERROR, SK_STORE_ERROR_WRITE))
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_OPEN,
                 _("De sessie “%s” kon niet worden gemaakt; er is niets geschreven. Controleer "
                   "of er ruimte vrij is en of u in die map mag schrijven."),
                 path);
  else
    g_propagate_error (error, g_error_copy (cause));
}

/* Moves the finished TMP to PATH without ever replacing a file at PATH. */
static gboolean
put_in_place (const char  *tmp,
              const char  *path,
              GError     **error)
{
  int saved;

  if (link (tmp, path) == 0)
    {
      g_unlink (tmp);
      return TRUE;
    }
  saved = errno;
  /* A file system without hard links (FAT on a USB stick): rename, after
   * looking once more. */
  if (saved != EEXIST && !g_file_test (path, G_FILE_TEST_EXISTS) && g_rename (tmp, path) == 0)
    return TRUE;
  if (saved == EEXIST)
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS,
                 _("“%s” bestaat al. Kies een andere naam voor de nieuwe sessie."), path);
  else
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_OPEN,
                 _("De sessie “%s” kan niet worden gemaakt: %s. Kies een map waarin u mag "
                   "schrijven."),
                 path, g_strerror (saved));
  return FALSE;
}

SkStore *
sk_store_create (const char             *path,
                 const SkStoreMetadata  *metadata,
                 GError                **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *journal = NULL;
  g_autoptr(GError) build_error = NULL;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS,
                   _("“%s” bestaat al. Kies een andere naam voor de nieuwe sessie."), path);
      return NULL;
    }
  if (metadata != NULL && !sk_store_check_metadata (metadata->date, metadata->format, error))
    return NULL;
  /* Built under a name of our own, made here and so never a file of the
   * user's (a "X.nieuw" beside it stays as it is), then linked in place:
   * link() fails rather than replace a file that appeared meanwhile. */
  tmp = g_strconcat (path, ".nieuw-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp, O_RDWR, 0666);
  if (fd < 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_OPEN,
                   _("De sessie “%s” kan niet worden gemaakt: %s. Kies een map waarin u mag "
                     "schrijven."),
                   path, g_strerror (errno));
      return NULL;
    }
  close (fd);
  journal = g_strconcat (tmp, "-journal", NULL);
  if (!sk_store_build_file (tmp, path, metadata, &build_error))
    {
      g_unlink (tmp);
      g_unlink (journal);
      set_create_error (error, path, build_error);
      return NULL;
    }
  if (!put_in_place (tmp, path, error))
    {
      g_unlink (tmp);
      return NULL;
    }
  return sk_store_open (path, error);
}

/* ---- small accessors ---------------------------------------------------- */

gint64
sk_store_get_data_version (SkStore  *self,
                           GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 version = -1;
  int rc;

  g_return_val_if_fail (SK_IS_STORE (self), -1);

  stmt = sk_store_stmt (self, "PRAGMA data_version", error);
  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  else
    sk_store_set_read_error (self, rc, error);
  sqlite3_reset (stmt);
  return version;
}

const char *
sk_store_get_path (SkStore *self)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return self->path;
}

int
sk_store_get_opened_version (SkStore *self)
{
  g_return_val_if_fail (SK_IS_STORE (self), 0);
  return self->opened_version;
}

const SkStoreMetadata *
sk_store_get_metadata (SkStore *self)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return &self->metadata;
}

char *
sk_store_dup_setting (SkStore    *self,
                      const char *key)
{
  sqlite3_stmt *stmt = sk_store_stmt (self, "SELECT value FROM settings WHERE key = ?1", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;
  sk_store_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sk_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

gboolean
sk_store_set_setting (SkStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL && value != NULL, FALSE);

  /* One row: its own implicit transaction is enough. */
  if (self->readonly)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_WRITE,
                   _("De sessie “%s” is alleen geopend om te lezen."), self->path);
      return FALSE;
    }
  stmt = sk_store_stmt (self, "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)",
                        error);
  if (stmt == NULL)
    return FALSE;
  sk_store_bind_text (stmt, 1, key);
  sk_store_bind_text (stmt, 2, value);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_db_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gint64
sk_store_get_n_events (SkStore *self)
{
  sqlite3_stmt *stmt = sk_store_stmt (self, "SELECT count(*) FROM events", NULL);
  gint64 n = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return n;
}

gboolean
sk_store_check_integrity (SkStore  *self,
                          GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *line = sk_store_column_text (stmt, 0);

      if (!g_str_equal (line, "ok"))
        g_string_append_printf (problems, "%s%s", problems->len ? "; " : "", line);
    }
  if (rc != SQLITE_OK)
    g_string_append (problems, sqlite3_errmsg (self->db));
  if (problems->len > 0)
    {
      sk_store_set_corrupt (error, self->path, problems->str);
      return FALSE;
    }
  return TRUE;
}

void
sk_store_limit_size_for_testing (SkStore *self,
                                 gint64   max_bytes)
{
  int page_size = 4096;
  g_autofree char *sql = NULL;

  sk_store_query_int (self->db, "PRAGMA page_size", &page_size);
  sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                         MAX ((gint64) 1, max_bytes / page_size));
  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
}

void
sk_store_metadata_clear (SkStoreMetadata *metadata)
{
  g_clear_pointer (&metadata->title, g_free);
  g_clear_pointer (&metadata->place, g_free);
  g_clear_pointer (&metadata->date, g_free);
  g_clear_pointer (&metadata->format, g_free);
  g_clear_pointer (&metadata->region_id, g_free);
  g_clear_pointer (&metadata->region_hash, g_free);
  g_clear_pointer (&metadata->uid, g_free);
}

void
sk_store_intervention_free (SkStoreIntervention *intervention)
{
  if (intervention == NULL)
    return;
  g_free (intervention->kind);
  g_free (intervention->geometry);
  g_free (intervention->params);
  g_free (intervention->name);
  g_free (intervention->note);
  g_free (intervention->created);
  g_free (intervention->updated);
  g_free (intervention);
}
