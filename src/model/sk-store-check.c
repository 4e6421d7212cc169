/* sk-store-check.c — checking a session file before anything writes to it.
 *
 * The first 100 bytes are read before SQLite sees the file; then a
 * read-only connection checks application_id, user_version, quick_check
 * and the tables. A file that is refused is left exactly as it was.
 */
#include "sk-config.h"
#include "sk-store-private.h"
#include "sk-file.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

/* ---- checking a file before anything writes to it ----------------------- */

void
sk_store_set_not_session (GError     **error,
                          const char  *path)
{
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_SESSION,
               _("“%s” is geen Samenkaart-sessie. Kies een sessiebestand (.samenkaart) dat met "
                 "Samenkaart is gemaakt; dit bestand is niet veranderd."),
               path);
}

void
sk_store_set_corrupt (GError     **error,
                      const char  *path,
                      const char  *detail)
{
  /* SQLite quotes the damaged bytes of the file in its message. */
  g_autofree char *valid = g_utf8_make_valid (detail, -1);

  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_CORRUPT,
               _("De sessie “%s” is beschadigd of onvolledig (%s). Open een reservekopie; dit "
                 "bestand is niet veranderd."),
               path, valid);
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* The first 100 bytes, before SQLite sees the file: the magic string and
 * the application_id (written at creation, never changed afterwards). */
static gboolean
check_header (const char  *path,
              GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  g_autoptr(GError) local_error = NULL;
  guint8 header[100];
  FILE *file;
  size_t n;

  if (!sk_file_check_readable (path, _("De sessie"), &local_error))
    {
      /* A folder, a symlink loop or a missing file, each said as such. */
      g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_OPEN, local_error->message);
      return FALSE;
    }
  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_OPEN,
                   _("De sessie “%s” kan niet worden gelezen: %s"), path, g_strerror (errno));
      return FALSE;
    }
  n = fread (header, 1, sizeof header, file);
  fclose (file);
  if (n < sizeof magic || memcmp (header, magic, sizeof magic) != 0)
    {
      sk_store_set_not_session (error, path);
      return FALSE;
    }
  if (n < sizeof header)
    {
      sk_store_set_corrupt (error, path, _("de kop van het bestand is te kort"));
      return FALSE;
    }
  if (read_be32 (header + 68) != SK_STORE_APPLICATION_ID)
    {
      sk_store_set_not_session (error, path);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_store_query_int (sqlite3    *db,
                    const char *sql,
                    int        *value)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return FALSE;
  *value = sqlite3_column_int (stmt, 0);
  return TRUE;
}

static gboolean
check_quick (sqlite3     *db,
             const char  *path,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sk_store_set_corrupt (error, path, sqlite3_errmsg (db));
      return FALSE;
    }
  if (!g_str_equal (sk_store_column_text (stmt, 0), "ok"))
    {
      sk_store_set_corrupt (error, path, sk_store_column_text (stmt, 0));
      return FALSE;
    }
  return TRUE;
}

void
sk_store_set_busy (GError     **error,
                   const char  *path)
{
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_BUSY,
               _("De sessie “%s” is in gebruik door een ander programma. Probeer het zo "
                 "opnieuw; er is niets veranderd."),
               path);
}

/* A connection by URI; opening is lazy, so the first read says whether it
 * works: *rc gets its result. */
static sqlite3 *
open_uri (const char *path,
          const char *mode,
          int         flags,
          int        *rc)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strdup_printf ("file:%s?%s", escaped, mode);
  sqlite3 *db = NULL;

  *rc = sqlite3_open_v2 (uri, &db, flags | SQLITE_OPEN_URI, NULL);
  if (db == NULL)
    return NULL;
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, SK_STORE_BUSY_TIMEOUT_MS);
  if (*rc == SQLITE_OK && (flags & SQLITE_OPEN_READWRITE) != 0)
    *rc = sqlite3_exec (db, "PRAGMA query_only = ON", NULL, NULL, NULL);
  if (*rc == SQLITE_OK)
    *rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
  return db;
}

static gboolean
is_busy (int rc)
{
  return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

/* A connection that only reads but sees everything writers elsewhere
 * have committed, their log included.
 *
 * Never immutable=1 while anyone could write the file: a session without
 * a -wal at this instant may get one the next moment (`session apply`, a
 * second laptop), and an immutable reader then reads a stale or torn
 * file. The reader opens the file read-write with query_only on, so that
 * SQLite itself makes and removes the -wal and -shm beside it with its
 * own locks, and the last connection to close leaves the file whole and
 * alone. Where the file or its folder cannot be written, a read-only
 * connection does; only where no log exists and none can be made (a
 * read-only folder: a USB stick, a CD) can nobody write, and the file is
 * read as an immutable snapshot. */
static sqlite3 *
open_reader (const char  *path,
             GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  gboolean folder_writable = access (dir, W_OK) == 0;
  g_autoptr(sqlite3) db = NULL;
  int rc = SQLITE_CANTOPEN;

  if (folder_writable && access (path, W_OK) == 0)
    db = open_uri (path, "mode=rw", SQLITE_OPEN_READWRITE, &rc);
  if (rc != SQLITE_OK && !is_busy (rc))
    {
      g_clear_pointer (&db, sqlite3_close);
      db = open_uri (path, "mode=ro", SQLITE_OPEN_READONLY, &rc);
    }
  if (rc != SQLITE_OK && !is_busy (rc) && !folder_writable)
    {
      g_clear_pointer (&db, sqlite3_close);
      if (g_file_test (wal, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_OPEN,
                       _("De sessie “%s” is niet beschadigd, maar het laatste werk staat nog in "
                         "“%s” ernaast, en Samenkaart mag niet schrijven in de map “%s”. Kopieer "
                         "beide bestanden naar een map waarin u mag schrijven (bijvoorbeeld "
                         "Documenten) en open de sessie daar."),
                       path, wal, dir);
          return NULL;
        }
      db = open_uri (path, "immutable=1", SQLITE_OPEN_READONLY, &rc);
    }
  if (is_busy (rc))
    {
      sk_store_set_busy (error, path);
      return NULL;
    }
  if (rc != SQLITE_OK)
    {
      sk_store_set_corrupt (error, path, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      return NULL;
    }
  return g_steal_pointer (&db);
}

/* Opens @path read-only and checks that it is a readable session of a
 * version this code knows; *version gets its user_version. */
static sqlite3 *
open_checked_inner (const char  *path,
                    int         *version,
                    GError     **error)
{
  g_autoptr(sqlite3) db = NULL;
  int app_id = 0;

  if (!check_header (path, error))
    return NULL;
  db = open_reader (path, error);
  if (db == NULL)
    return NULL;
  sqlite3_exec (db, "PRAGMA trusted_schema = OFF", NULL, NULL, NULL);
  if (!sk_store_query_int (db, "PRAGMA application_id", &app_id)
      || !sk_store_query_int (db, "PRAGMA user_version", version))
    {
      sk_store_set_corrupt (error, path, sqlite3_errmsg (db));
      return NULL;
    }
  if (app_id != SK_STORE_APPLICATION_ID)
    {
      sk_store_set_not_session (error, path);
      return NULL;
    }
  if (*version > SK_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_TOO_NEW,
                   _("De sessie “%s” is gemaakt met een nieuwere versie van Samenkaart "
                     "(bestandsversie %d; deze versie kent tot en met %d). Werk Samenkaart bij "
                     "om haar te openen; het bestand is niet veranderd."),
                   path, *version, SK_STORE_SCHEMA_VERSION);
      return NULL;
    }
  if (*version < 1)
    {
      sk_store_set_not_session (error, path);
      return NULL;
    }
  if (!check_quick (db, path, error) || !sk_store_check_tables (db, *version, path, error))
    return NULL;
  return g_steal_pointer (&db);
}

gboolean
sk_store_file_is_empty (const char *path)
{
  GStatBuf st;

  return g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_size == 0;
}

/* open_checked_inner, and a file it refuses is left exactly as it was:
 * an empty log and its index that SQLite made beside it while looking
 * (and could not remove on a damaged file) are removed again. */
sqlite3 *
sk_store_open_checked (const char  *path,
                       int         *version,
                       GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  gboolean had_wal = g_file_test (wal, G_FILE_TEST_EXISTS);
  gboolean had_shm = g_file_test (shm, G_FILE_TEST_EXISTS);
  sqlite3 *db = open_checked_inner (path, version, error);

  if (db == NULL && !had_wal && sk_store_file_is_empty (wal))
    {
      g_unlink (wal);
      if (!had_shm)
        g_unlink (shm);
    }
  return db;
}

gboolean
sk_store_read_metadata (SkStore  *self,
                        GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  SkStoreMetadata *m = &self->metadata;

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT title, place, date, format, region_id, region_hash, uid "
                          "FROM session WHERE id = 1", -1, &stmt, NULL) != SQLITE_OK
      || sqlite3_step (stmt) != SQLITE_ROW)
    {
      sk_store_set_corrupt (error, self->path, _("de gegevens van de sessie ontbreken"));
      return FALSE;
    }
  sk_store_metadata_clear (m);
  m->title = sk_store_column_dup (stmt, 0);
  m->place = sk_store_column_dup (stmt, 1);
  m->date = sk_store_column_dup (stmt, 2);
  m->format = sk_store_column_dup (stmt, 3);
  m->region_id = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  m->region_hash = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  m->uid = sk_store_column_dup (stmt, 6);
  return TRUE;
}
