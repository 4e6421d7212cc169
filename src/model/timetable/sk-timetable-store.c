/* sk-timetable-store.c — ov.sqlite: a clipped timetable kept with its
 * region. Written to a temporary file and renamed, so a region always
 * has the old timetable or the whole new one. Stop times are stored as
 * one blob per trip (stop, arrival, departure as little-endian 32-bit
 * integers), so loading a region's 150,000 stop times is one read. */
#include "sk-config.h"
#include "sk-timetable-private.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#define OV_VERSION 1

typedef sqlite3 SkSqlite;
typedef sqlite3_stmt SkStmt;
static void sqlite_close (SkSqlite *db) { sqlite3_close (db); }
static void stmt_finalize (SkStmt *s) { sqlite3_finalize (s); }
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkSqlite, sqlite_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkStmt, stmt_finalize)

static const char schema[] =
  "CREATE TABLE stops (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL,"
  "  lat REAL NOT NULL, lon REAL NOT NULL);"
  "CREATE TABLE routes (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, agency_id TEXT,"
  "  short_name TEXT, long_name TEXT, type INTEGER NOT NULL);"
  "CREATE TABLE services (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, weekdays INTEGER,"
  "  start_julian INTEGER, end_julian INTEGER);"
  "CREATE TABLE service_dates (service INTEGER NOT NULL, julian INTEGER NOT NULL,"
  "  added INTEGER NOT NULL);"
  "CREATE TABLE trips (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, route INTEGER NOT NULL,"
  "  service INTEGER NOT NULL, times BLOB NOT NULL);"
  "CREATE TABLE transfers (from_stop INTEGER, to_stop INTEGER, type INTEGER,"
  "  min_time INTEGER);";

static gboolean
db_error (SkSqlite    *db,
          const char  *path,
          int          code,
          GError     **error)
{
  g_set_error (error, SK_TIMETABLE_ERROR, code,
               _("De dienstregeling “%s” kan niet worden gelezen of geschreven: %s"),
               path, db != NULL ? sqlite3_errmsg (db) : "");
  return FALSE;
}

static SkStmt *
prepare (SkSqlite   *db,
         const char *sql)
{
  SkStmt *s = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &s, NULL) != SQLITE_OK)
    return NULL;
  return s;
}

static gboolean
step_done (SkStmt *s)
{
  gboolean ok = sqlite3_step (s) == SQLITE_DONE;

  sqlite3_reset (s);
  sqlite3_clear_bindings (s);
  return ok;
}

static gboolean
write_stops_routes (SkTimetable *self,
                    SkSqlite    *db)
{
  g_autoptr(SkStmt) st = prepare (db, "INSERT INTO stops VALUES (?,?,?,?,?)");
  g_autoptr(SkStmt) rt = prepare (db, "INSERT INTO routes VALUES (?,?,?,?,?,?)");

  if (st == NULL || rt == NULL)
    return FALSE;
  for (guint i = 0; i < self->stops->len; i++)
    {
      const SkTransitStop *s = &g_array_index (self->stops, SkTransitStop, i);

      sqlite3_bind_int64 (st, 1, i);
      sqlite3_bind_text (st, 2, s->id, -1, SQLITE_STATIC);
      sqlite3_bind_text (st, 3, s->name != NULL ? s->name : "", -1, SQLITE_STATIC);
      sqlite3_bind_double (st, 4, s->lat);
      sqlite3_bind_double (st, 5, s->lon);
      if (!step_done (st))
        return FALSE;
    }
  for (guint i = 0; i < self->routes->len; i++)
    {
      const SkRoute *r = &g_array_index (self->routes, SkRoute, i);

      sqlite3_bind_int64 (rt, 1, i);
      sqlite3_bind_text (rt, 2, r->id, -1, SQLITE_STATIC);
      sqlite3_bind_text (rt, 3, r->agency_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (rt, 4, r->short_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (rt, 5, r->long_name, -1, SQLITE_STATIC);
      sqlite3_bind_int (rt, 6, r->type);
      if (!step_done (rt))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_dates (SkStmt *dt,
             guint   service,
             GArray *days,
             int     added)
{
  for (guint j = 0; days != NULL && j < days->len; j++)
    {
      sqlite3_bind_int64 (dt, 1, service);
      sqlite3_bind_int64 (dt, 2, g_array_index (days, guint32, j));
      sqlite3_bind_int (dt, 3, added);
      if (!step_done (dt))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_services (SkTimetable *self,
                SkSqlite    *db)
{
  g_autoptr(SkStmt) sv = prepare (db, "INSERT INTO services VALUES (?,?,?,?,?)");
  g_autoptr(SkStmt) dt = prepare (db, "INSERT INTO service_dates VALUES (?,?,?)");

  if (sv == NULL || dt == NULL)
    return FALSE;
  for (guint i = 0; i < self->services->len; i++)
    {
      const SkService *s = &g_array_index (self->services, SkService, i);

      sqlite3_bind_int64 (sv, 1, i);
      sqlite3_bind_text (sv, 2, s->id, -1, SQLITE_STATIC);
      sqlite3_bind_int (sv, 3, s->weekdays);
      sqlite3_bind_int64 (sv, 4, s->start_julian);
      sqlite3_bind_int64 (sv, 5, s->end_julian);
      if (!step_done (sv) || !write_dates (dt, i, s->added, 1)
          || !write_dates (dt, i, s->removed, 0))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_trips (SkTimetable *self,
             SkSqlite    *db)
{
  g_autoptr(SkStmt) tr = prepare (db, "INSERT INTO trips VALUES (?,?,?,?,?)");
  g_autoptr(SkStmt) tf = prepare (db, "INSERT INTO transfers VALUES (?,?,?,?)");

  if (tr == NULL || tf == NULL)
    return FALSE;
  for (guint i = 0; i < self->trips->len; i++)
    {
      const SkTrip *t = &g_array_index (self->trips, SkTrip, i);
      g_autofree gint32 *blob = g_new (gint32, 3 * t->n);

      for (guint k = 0; k < t->n; k++)
        {
          blob[3 * k] = GINT32_TO_LE ((gint32) g_array_index (self->st_stop, guint32, t->first + k));
          blob[3 * k + 1] = GINT32_TO_LE (g_array_index (self->st_arr, gint32, t->first + k));
          blob[3 * k + 2] = GINT32_TO_LE (g_array_index (self->st_dep, gint32, t->first + k));
        }
      sqlite3_bind_int64 (tr, 1, i);
      sqlite3_bind_text (tr, 2, t->id, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (tr, 3, t->route);
      sqlite3_bind_int64 (tr, 4, t->service);
      sqlite3_bind_blob (tr, 5, blob, (int) (12 * t->n), SQLITE_STATIC);
      if (!step_done (tr))
        return FALSE;
    }
  for (guint i = 0; i < self->transfers->len; i++)
    {
      const SkTransferRule *r = &g_array_index (self->transfers, SkTransferRule, i);

      sqlite3_bind_int64 (tf, 1, r->from);
      sqlite3_bind_int64 (tf, 2, r->to);
      sqlite3_bind_int (tf, 3, r->type);
      sqlite3_bind_int (tf, 4, r->min_time);
      if (!step_done (tf))
        return FALSE;
    }
  return TRUE;
}

gboolean
sk_timetable_save (SkTimetable  *self,
                   const char   *path,
                   GError      **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = g_strdup_printf ("%s.tmp-%d", path, (int) getpid ());
  g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version=%d", OV_VERSION);
  g_autoptr(SkSqlite) db = NULL;
  gboolean ok;

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_IO,
                   _("De map “%s” kan niet worden gemaakt: %s"), dir, g_strerror (errno));
      return FALSE;
    }
  g_unlink (tmp);
  if (sqlite3_open_v2 (tmp, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    return db_error (db, tmp, SK_TIMETABLE_ERROR_IO, error);
  sqlite3_busy_timeout (db, 5000);
  ok = sqlite3_exec (db, "PRAGMA journal_mode=DELETE; BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK
       && sqlite3_exec (db, schema, NULL, NULL, NULL) == SQLITE_OK
       && write_stops_routes (self, db) && write_services (self, db) && write_trips (self, db)
       && sqlite3_exec (db, pragma, NULL, NULL, NULL) == SQLITE_OK
       && sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
  if (!ok)
    {
      db_error (db, tmp, SK_TIMETABLE_ERROR_IO, error);
      g_clear_pointer (&db, sqlite_close);
      g_unlink (tmp);
      return FALSE;
    }
  g_clear_pointer (&db, sqlite_close);
  if (g_rename (tmp, path) != 0)
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_IO,
                   _("De dienstregeling kan niet worden opgeslagen als “%s”: %s"),
                   path, g_strerror (errno));
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}


static char *
column_dup (SkStmt *s,
            int     i)
{
  const unsigned char *t = sqlite3_column_text (s, i);

  return g_strdup (t != NULL ? (const char *) t : "");
}

static gboolean
read_stops_routes (SkTimetable *tt,
                   SkSqlite    *db)
{
  g_autoptr(SkStmt) st = prepare (db, "SELECT id, name, lat, lon FROM stops ORDER BY idx");
  g_autoptr(SkStmt) rt = prepare (db, "SELECT id, agency_id, short_name, long_name, type "
                                      "FROM routes ORDER BY idx");
  int rc;

  if (st == NULL || rt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      SkTransitStop s = { column_dup (st, 0), column_dup (st, 1),
                          sqlite3_column_double (st, 2), sqlite3_column_double (st, 3) };

      g_array_append_val (tt->stops, s);
    }
  if (rc != SQLITE_DONE)
    return FALSE;
  while ((rc = sqlite3_step (rt)) == SQLITE_ROW)
    {
      SkRoute r = { column_dup (rt, 0), column_dup (rt, 1), column_dup (rt, 2),
                    column_dup (rt, 3), sqlite3_column_int (rt, 4) };

      g_array_append_val (tt->routes, r);
    }
  return rc == SQLITE_DONE;
}

static gboolean
read_services (SkTimetable *tt,
               SkSqlite    *db)
{
  g_autoptr(SkStmt) sv = prepare (db, "SELECT id, weekdays, start_julian, end_julian "
                                      "FROM services ORDER BY idx");
  g_autoptr(SkStmt) dt = prepare (db, "SELECT service, julian, added FROM service_dates");
  int rc;

  if (sv == NULL || dt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (sv)) == SQLITE_ROW)
    {
      SkService s = { column_dup (sv, 0), (guint8) sqlite3_column_int (sv, 1),
                      (guint32) sqlite3_column_int64 (sv, 2),
                      (guint32) sqlite3_column_int64 (sv, 3),
                      g_array_new (FALSE, FALSE, sizeof (guint32)),
                      g_array_new (FALSE, FALSE, sizeof (guint32)) };

      g_array_append_val (tt->services, s);
    }
  if (rc != SQLITE_DONE)
    return FALSE;
  while ((rc = sqlite3_step (dt)) == SQLITE_ROW)
    {
      gint64 service = sqlite3_column_int64 (dt, 0);
      guint32 julian = (guint32) sqlite3_column_int64 (dt, 1);
      SkService *s;

      if (service < 0 || service >= tt->services->len)
        return FALSE;
      s = &g_array_index (tt->services, SkService, service);
      g_array_append_val (sqlite3_column_int (dt, 2) ? s->added : s->removed, julian);
    }
  return rc == SQLITE_DONE;
}

/* A trip's blob, checked: every stop index must exist. */
static gboolean
read_trip_times (SkTimetable *tt,
                 SkStmt      *tr,
                 SkTrip      *trip)
{
  const gint32 *blob = sqlite3_column_blob (tr, 4);
  int bytes = sqlite3_column_bytes (tr, 4);

  if (blob == NULL || bytes % 12 != 0 || bytes < 24)
    return FALSE;
  trip->first = tt->st_stop->len;
  trip->n = (guint32) bytes / 12;
  for (guint k = 0; k < trip->n; k++)
    {
      gint32 v[3];

      memcpy (v, blob + 3 * k, sizeof v);
      v[0] = GINT32_FROM_LE (v[0]);
      v[1] = GINT32_FROM_LE (v[1]);
      v[2] = GINT32_FROM_LE (v[2]);
      if (v[0] < 0 || (guint) v[0] >= tt->stops->len)
        return FALSE;
      g_array_append_val (tt->st_stop, v[0]);
      g_array_append_val (tt->st_arr, v[1]);
      g_array_append_val (tt->st_dep, v[2]);
    }
  return TRUE;
}

static gboolean
read_trips_transfers (SkTimetable *tt,
                      SkSqlite    *db)
{
  g_autoptr(SkStmt) tr = prepare (db, "SELECT id, route, service, 0, times FROM trips ORDER BY idx");
  g_autoptr(SkStmt) tf = prepare (db, "SELECT from_stop, to_stop, type, min_time FROM transfers");
  int rc;

  if (tr == NULL || tf == NULL)
    return FALSE;
  while ((rc = sqlite3_step (tr)) == SQLITE_ROW)
    {
      SkTrip t = { column_dup (tr, 0), (guint32) sqlite3_column_int64 (tr, 1),
                   (guint32) sqlite3_column_int64 (tr, 2), 0, 0 };

      g_array_append_val (tt->trips, t);
      if (t.route >= tt->routes->len || t.service >= tt->services->len
          || !read_trip_times (tt, tr, &g_array_index (tt->trips, SkTrip, tt->trips->len - 1)))
        return FALSE;
    }
  if (rc != SQLITE_DONE)
    return FALSE;
  while ((rc = sqlite3_step (tf)) == SQLITE_ROW)
    {
      SkTransferRule r = { (guint32) sqlite3_column_int64 (tf, 0),
                           (guint32) sqlite3_column_int64 (tf, 1),
                           sqlite3_column_int (tf, 2), sqlite3_column_int (tf, 3) };

      if (r.from >= tt->stops->len || r.to >= tt->stops->len)
        return FALSE;
      g_array_append_val (tt->transfers, r);
    }
  return rc == SQLITE_DONE;
}

static int
user_version (SkSqlite *db)
{
  g_autoptr(SkStmt) s = prepare (db, "PRAGMA user_version");

  return s != NULL && sqlite3_step (s) == SQLITE_ROW ? sqlite3_column_int (s, 0) : -1;
}

SkTimetable *
sk_timetable_load (const char  *path,
                   GError     **error)
{
  g_autoptr(SkSqlite) db = NULL;
  g_autoptr(SkTimetable) tt = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      db_error (db, path, SK_TIMETABLE_ERROR_IO, error);
      return NULL;
    }
  sqlite3_busy_timeout (db, 5000);
  if (user_version (db) != OV_VERSION)
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_CORRUPT,
                   _("“%s” is geen dienstregeling van deze versie van Samenkaart. "
                     "Lees het GTFS-bestand opnieuw in."), path);
      return NULL;
    }
  tt = sk_timetable_new_empty ();
  if (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK
      || !read_stops_routes (tt, db) || !read_services (tt, db)
      || !read_trips_transfers (tt, db))
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_CORRUPT,
                   _("De dienstregeling “%s” is beschadigd. Lees het GTFS-bestand opnieuw in."),
                   path);
      return NULL;
    }
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  return g_steal_pointer (&tt);
}

gboolean
sk_timetable_import (SkRegion             *region,
                     const char           *feed,
                     SkTimetableProgress   progress,
                     gpointer              user_data,
                     GCancellable         *cancellable,
                     GError              **error)
{
  g_autoptr(GPtrArray) dests = sk_ov_destinations_load_default (error);
  g_autoptr(GArray) keep = g_array_new (FALSE, FALSE, sizeof (SkLatLon));
  g_autoptr(SkTimetable) tt = NULL;
  g_autofree char *path = sk_timetable_path_for_region (region);

  if (dests == NULL)
    return FALSE;
  for (guint i = 0; i < dests->len; i++)
    {
      const SkOvDestination *d = g_ptr_array_index (dests, i);
      SkLatLon p = { d->lat, d->lon };

      g_array_append_val (keep, p);
    }
  tt = sk_timetable_read_gtfs (feed, region, (SkLatLon *) keep->data, keep->len, progress,
                               user_data, cancellable, error);
  return tt != NULL && sk_timetable_save (tt, path, error);
}
