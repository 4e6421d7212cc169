/* sk-store-mbtiles.c — read-only MBTiles access.
 *
 * Part of the store module: the only code that talks to SQLite. A user's
 * tile file is opened read-only and immutable, with bound parameters only.
 */
#include "sk-config.h"
#include "sk-store-mbtiles.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

struct _SkMbtiles
{
  sqlite3 *db;
  sqlite3_stmt *tile_stmt;
  GMutex lock;
  char *name;
  char *attribution;
  int min_zoom;
  int max_zoom;
};

G_DEFINE_QUARK (sk-mbtiles-error-quark, sk_mbtiles_error)

static char *
read_metadata (sqlite3    *db,
               const char *key)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT value FROM metadata WHERE name = ?1", -1, &stmt, NULL)
      != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
read_zoom_range (SkMbtiles *self)
{
  sqlite3_stmt *stmt = NULL;

  self->min_zoom = 0;
  self->max_zoom = 19;
  if (sqlite3_prepare_v2 (self->db, "SELECT min(zoom_level), max(zoom_level) FROM tiles", -1,
                          &stmt, NULL) != SQLITE_OK)
    return;
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      self->min_zoom = sqlite3_column_int (stmt, 0);
      self->max_zoom = sqlite3_column_int (stmt, 1);
    }
  sqlite3_finalize (stmt);
}

SkMbtiles *
sk_mbtiles_open (const char  *path,
                 GError     **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *escaped = NULL;
  SkMbtiles *self;
  sqlite3 *db = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, SK_MBTILES_ERROR, SK_MBTILES_ERROR_OPEN,
                   _("Het kaartbestand “%s” bestaat niet."), path);
      return NULL;
    }
  /* immutable=1: never write, never create a journal beside the user's file. */
  escaped = g_uri_escape_string (path, "/", FALSE);
  uri = g_strdup_printf ("file:%s?immutable=1", escaped);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, SK_MBTILES_ERROR, SK_MBTILES_ERROR_OPEN,
                   _("Het kaartbestand “%s” kan niet worden geopend: %s"), path,
                   db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }

  self = g_new0 (SkMbtiles, 1);
  self->db = db;
  g_mutex_init (&self->lock);
  if (sqlite3_prepare_v2 (db,
                          "SELECT tile_data FROM tiles WHERE zoom_level = ?1 "
                          "AND tile_column = ?2 AND tile_row = ?3",
                          -1, &self->tile_stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, SK_MBTILES_ERROR, SK_MBTILES_ERROR_NOT_MBTILES,
                   _("“%s” is geen MBTiles-kaartbestand: er is geen tabel met tegels."), path);
      sk_mbtiles_free (self);
      return NULL;
    }
  self->name = read_metadata (db, "name");
  self->attribution = read_metadata (db, "attribution");
  read_zoom_range (self);
  return self;
}

void
sk_mbtiles_free (SkMbtiles *self)
{
  if (self == NULL)
    return;
  sqlite3_finalize (self->tile_stmt);
  sqlite3_close (self->db);
  g_mutex_clear (&self->lock);
  g_free (self->name);
  g_free (self->attribution);
  g_free (self);
}

const char *
sk_mbtiles_get_name (SkMbtiles *self)
{
  return self->name;
}

const char *
sk_mbtiles_get_attribution (SkMbtiles *self)
{
  return self->attribution;
}

int
sk_mbtiles_get_min_zoom (SkMbtiles *self)
{
  return self->min_zoom;
}

int
sk_mbtiles_get_max_zoom (SkMbtiles *self)
{
  return self->max_zoom;
}

GBytes *
sk_mbtiles_get_tile (SkMbtiles  *self,
                     int         x,
                     int         y,
                     int         zoom,
                     GError    **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  GBytes *bytes = NULL;
  int rc;

  sqlite3_reset (self->tile_stmt);
  sqlite3_bind_int (self->tile_stmt, 1, zoom);
  sqlite3_bind_int (self->tile_stmt, 2, x);
  /* MBTiles rows count from the south (TMS). */
  sqlite3_bind_int (self->tile_stmt, 3, (1 << zoom) - 1 - y);
  rc = sqlite3_step (self->tile_stmt);
  if (rc == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (self->tile_stmt, 0),
                         sqlite3_column_bytes (self->tile_stmt, 0));
  else if (rc == SQLITE_DONE)
    g_set_error (error, SK_MBTILES_ERROR, SK_MBTILES_ERROR_NO_TILE,
                 "no tile %d/%d/%d", zoom, x, y);
  else
    g_set_error (error, SK_MBTILES_ERROR, SK_MBTILES_ERROR_READ,
                 _("Het kaartbestand kan niet worden gelezen: %s"), sqlite3_errmsg (self->db));
  sqlite3_reset (self->tile_stmt);
  return bytes;
}
