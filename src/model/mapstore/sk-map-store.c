/* sk-map-store.c — reading map.sqlite: features by box and zoom band for
 * the renderer, names for the search. */
#include "sk-config.h"
#include "sk-map-store.h"
#include "sk-map-store-sql.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

struct _SkMapStore
{
  sqlite3 *db;
  GMutex lock;          /* one query at a time on the connection */
  sqlite3_stmt *select[SK_MAP_N_BANDS];
  sqlite3_stmt *find;
  guint64 serial;
};

struct _SkMapSelection
{
  GArray *features;     /* SkMapFeature; xy points into coords until fixed up */
  GArray *coords;       /* gint32 */
  GStringChunk *strings;
};

G_DEFINE_QUARK (sk-map-store-error-quark, sk_map_store_error)

void
sk_map_world_from_latlon (double  lat,
                          double  lon,
                          gint32 *x,
                          gint32 *y)
{
  /* Web-Mercator's y is undefined at the poles: clamp to its square. */
  double phi = CLAMP (lat, -85.0511, 85.0511) * G_PI / 180.0;
  double fx = (lon + 180.0) / 360.0;
  double fy = (1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0;

  *x = (gint32) lround (CLAMP (fx, 0.0, 1.0) * (SK_MAP_WORLD - 1));
  *y = (gint32) lround (CLAMP (fy, 0.0, 1.0) * (SK_MAP_WORLD - 1));
}

SkLatLon
sk_map_world_to_latlon (double x,
                        double y)
{
  double n = G_PI - 2.0 * G_PI * y / (SK_MAP_WORLD - 1);
  SkLatLon p = { 180.0 / G_PI * atan (sinh (n)), x / (SK_MAP_WORLD - 1) * 360.0 - 180.0 };

  return p;
}

char *
sk_map_name_key (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");

  return g_ascii_strdown (ascii, -1);
}

static gboolean
prepare (SkMapStore *store)
{
  static const char *const select_sql[SK_MAP_N_BANDS] = {
    "SELECT f.id, f.class, f.name, f.label, f.geom FROM feature_rtree_0 AS r "
    "JOIN feature AS f ON f.id = r.id WHERE r.max_x >= ?1 AND r.min_x <= ?2 "
    "AND r.max_y >= ?3 AND r.min_y <= ?4 ORDER BY f.class, f.id",
    "SELECT f.id, f.class, f.name, f.label, f.geom FROM feature_rtree_1 AS r "
    "JOIN feature AS f ON f.id = r.id WHERE r.max_x >= ?1 AND r.min_x <= ?2 "
    "AND r.max_y >= ?3 AND r.min_y <= ?4 ORDER BY f.class, f.id",
    "SELECT f.id, f.class, f.name, f.label, f.geom FROM feature_rtree_2 AS r "
    "JOIN feature AS f ON f.id = r.id WHERE r.max_x >= ?1 AND r.min_x <= ?2 "
    "AND r.max_y >= ?3 AND r.min_y <= ?4 ORDER BY f.class, f.id",
  };

  for (int b = 0; b < SK_MAP_N_BANDS; b++)
    if (sqlite3_prepare_v3 (store->db, select_sql[b], -1, SQLITE_PREPARE_PERSISTENT,
                            &store->select[b], NULL) != SQLITE_OK)
      return FALSE;
  /* Names that start with the query first, then by kind, shortest first. */
  return sqlite3_prepare_v3 (store->db,
                             "SELECT name, kind, lat, lon FROM name WHERE key LIKE ?1 ESCAPE '\\' "
                             "ORDER BY substr (key, 1, length (?2)) = ?2 DESC, rank, "
                             "length (name), name LIMIT ?3",
                             -1, SQLITE_PREPARE_PERSISTENT, &store->find, NULL) == SQLITE_OK;
}

static int
user_version (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK
      || sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int (stmt, 0);
}

SkMapStore *
sk_map_store_open (const char  *path,
                   GError     **error)
{
  SkMapStore *store = g_rc_box_new0 (SkMapStore);
  int version;

  static int last_serial;

  g_mutex_init (&store->lock);
  store->serial = (guint64) (guint) g_atomic_int_add (&last_serial, 1) + 1;
  if (sqlite3_open_v2 (path, &store->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_set_error (error, SK_MAP_STORE_ERROR, SK_MAP_STORE_ERROR_OPEN,
                   _("De kaart “%s” kan niet worden geopend: %s"), path,
                   sqlite3_errmsg (store->db));
      sk_map_store_unref (store);
      return NULL;
    }
  sqlite3_busy_timeout (store->db, 2000);
  version = user_version (store->db);
  if (version != SK_MAP_STORE_VERSION || !prepare (store))
    {
      g_set_error (error, SK_MAP_STORE_ERROR, SK_MAP_STORE_ERROR_CORRUPT,
                   _("De kaart “%s” is beschadigd of van een andere versie; "
                     "lees het OSM-bestand opnieuw in"), path);
      sk_map_store_unref (store);
      return NULL;
    }
  return store;
}

guint64
sk_map_store_get_serial (SkMapStore *store)
{
  return store->serial;
}

SkMapStore *
sk_map_store_ref (SkMapStore *store)
{
  return g_rc_box_acquire (store);
}

static void
store_clear (SkMapStore *store)
{
  for (int b = 0; b < SK_MAP_N_BANDS; b++)
    sqlite3_finalize (store->select[b]);
  sqlite3_finalize (store->find);
  sqlite3_close (store->db);
  g_mutex_clear (&store->lock);
}

void
sk_map_store_unref (SkMapStore *store)
{
  g_rc_box_release_full (store, (GDestroyNotify) store_clear);
}

static const char *
column_string (SkMapSelection *sel,
               sqlite3_stmt   *stmt,
               int             col)
{
  const char *s = (const char *) sqlite3_column_text (stmt, col);

  return s != NULL ? g_string_chunk_insert_const (sel->strings, s) : NULL;
}

static void
read_rows (SkMapSelection *sel,
           sqlite3_stmt   *stmt,
           int            *rc)
{
  while ((*rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SkMapFeature f = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1) };
      int bytes = sqlite3_column_bytes (stmt, 4);
      const void *blob = sqlite3_column_blob (stmt, 4);

      if (f.klass <= SK_MAP_NONE || f.klass >= SK_MAP_N_CLASSES || bytes % 8 != 0 || bytes == 0)
        continue;
      f.name = column_string (sel, stmt, 2);
      f.label = column_string (sel, stmt, 3);
      f.n_points = bytes / 8;
      /* An offset for now: coords may move while it grows. */
      f.xy = GSIZE_TO_POINTER ((gsize) sel->coords->len);
      g_array_append_vals (sel->coords, blob, f.n_points * 2);
      g_array_append_val (sel->features, f);
    }
}

SkMapSelection *
sk_map_store_select (SkMapStore *store,
                     int         band,
                     gint32      x0,
                     gint32      y0,
                     gint32      x1,
                     gint32      y1,
                     GError    **error)
{
  SkMapSelection *sel = g_new0 (SkMapSelection, 1);
  sqlite3_stmt *stmt = store->select[CLAMP (band, 0, SK_MAP_N_BANDS - 1)];
  int rc;

  sel->features = g_array_new (FALSE, FALSE, sizeof (SkMapFeature));
  sel->coords = g_array_new (FALSE, FALSE, sizeof (gint32));
  sel->strings = g_string_chunk_new (4096);
  g_mutex_lock (&store->lock);
  sqlite3_bind_int (stmt, 1, x0);
  sqlite3_bind_int (stmt, 2, x1);
  sqlite3_bind_int (stmt, 3, y0);
  sqlite3_bind_int (stmt, 4, y1);
  read_rows (sel, stmt, &rc);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    g_set_error (error, SK_MAP_STORE_ERROR, SK_MAP_STORE_ERROR_CORRUPT,
                 _("De kaart kan niet worden gelezen: %s"), sqlite3_errmsg (store->db));
  g_mutex_unlock (&store->lock);
  if (rc != SQLITE_DONE)
    {
      sk_map_selection_free (sel);
      return NULL;
    }
  for (guint i = 0; i < sel->features->len; i++)
    {
      SkMapFeature *f = &g_array_index (sel->features, SkMapFeature, i);

      f->xy = &g_array_index (sel->coords, gint32, GPOINTER_TO_SIZE (f->xy));
    }
  return sel;
}

guint
sk_map_selection_get_n (SkMapSelection *sel)
{
  return sel->features->len;
}

const SkMapFeature *
sk_map_selection_get (SkMapSelection *sel,
                      guint           i)
{
  g_return_val_if_fail (i < sel->features->len, NULL);
  return &g_array_index (sel->features, SkMapFeature, i);
}

void
sk_map_selection_free (SkMapSelection *sel)
{
  if (sel == NULL)
    return;
  g_array_unref (sel->features);
  g_array_unref (sel->coords);
  g_string_chunk_free (sel->strings);
  g_free (sel);
}

void
sk_map_name_free (SkMapName *name)
{
  if (name == NULL)
    return;
  g_free (name->name);
  g_free (name);
}

/* KEY with LIKE's wildcards escaped. */
static char *
like_escape (const char *key)
{
  GString *s = g_string_new (NULL);

  for (const char *p = key; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

static const char *
static_kind (const char *kind)
{
  static const char *const kinds[] = { "place", "street", "water", "poi" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i]) == 0)
      return kinds[i];
  return "poi";
}

GPtrArray *
sk_map_store_find_names (SkMapStore  *store,
                         const char  *query,
                         guint        limit,
                         GError     **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_map_name_free);
  g_autofree char *stripped = g_strstrip (g_strdup (query != NULL ? query : ""));
  g_autofree char *key = sk_map_name_key (stripped);
  g_autofree char *escaped = like_escape (key);
  g_autofree char *pattern = g_strdup_printf ("%%%s%%", escaped);
  int rc;

  if (*key == '\0' || limit == 0)
    return g_steal_pointer (&hits);
  g_mutex_lock (&store->lock);
  sqlite3_bind_text (store->find, 1, pattern, -1, SQLITE_STATIC);
  sqlite3_bind_text (store->find, 2, key, -1, SQLITE_STATIC);
  sqlite3_bind_int (store->find, 3, (int) MIN (limit, G_MAXINT));
  while ((rc = sqlite3_step (store->find)) == SQLITE_ROW)
    {
      SkMapName *n = g_new0 (SkMapName, 1);

      n->name = g_strdup ((const char *) sqlite3_column_text (store->find, 0));
      n->kind = static_kind ((const char *) sqlite3_column_text (store->find, 1));
      n->lat = sqlite3_column_double (store->find, 2);
      n->lon = sqlite3_column_double (store->find, 3);
      g_ptr_array_add (hits, n);
    }
  sqlite3_reset (store->find);
  if (rc != SQLITE_DONE)
    g_set_error (error, SK_MAP_STORE_ERROR, SK_MAP_STORE_ERROR_CORRUPT,
                 _("In de kaart kan niet worden gezocht: %s"), sqlite3_errmsg (store->db));
  g_mutex_unlock (&store->lock);
  return rc == SQLITE_DONE ? g_steal_pointer (&hits) : NULL;
}
