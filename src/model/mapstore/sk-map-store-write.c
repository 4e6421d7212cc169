/* sk-map-store-write.c — collecting the map during the OSM import and
 * writing map.sqlite: one row per feature and zoom band, generalised for
 * the band, an R*Tree per band, and the name index for the search.
 *
 * Memory: a feature is 24 bytes plus 8 per point (world units in int32);
 * names are interned once.
 */
#include "sk-config.h"
#include "sk-map-store-private.h"
#include "sk-map-store-sql.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

typedef struct
{
  const char *name;
  const char *label;
  guint32 first;     /* index of its first point in points (pairs) */
  guint32 n_points;
  guint8 klass;
} WFeature;

typedef struct
{
  const char *name;
  const char *kind;
  gint32 x, y;
} WName;

struct _SkMapStoreWriter
{
  GArray *features;    /* WFeature */
  GArray *points;      /* gint32 x, y pairs */
  GArray *names;       /* WName */
  GHashTable *seen;    /* "kind|name|cell" of names already kept */
  GStringChunk *strings;
};

/* Generalisation per band: half a pixel at the band's closest zoom (z10,
 * z13, a quarter pixel at z16), and areas smaller than about 2 × 2 pixels
 * there are left out. */
static const double band_tolerance[SK_MAP_N_BANDS] = { 2048.0, 256.0, 4.0 };
static const double band_min_area[SK_MAP_N_BANDS] = { 8192.0 * 8192.0, 1024.0 * 1024.0, 0.0 };

/* Streets of one name are one hit per 2^16 world units (≈ 1.7 km at
 * 52° N): "Kerkstraat" in two villages is found twice. */
#define NAME_CELL_SHIFT 16

SkMapStoreWriter *
sk_map_store_writer_new (void)
{
  SkMapStoreWriter *w = g_new0 (SkMapStoreWriter, 1);

  w->features = g_array_new (FALSE, FALSE, sizeof (WFeature));
  w->points = g_array_new (FALSE, FALSE, sizeof (gint32));
  w->names = g_array_new (FALSE, FALSE, sizeof (WName));
  w->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w->strings = g_string_chunk_new (64 * 1024);
  return w;
}

void
sk_map_store_writer_free (SkMapStoreWriter *w)
{
  if (w == NULL)
    return;
  g_array_unref (w->features);
  g_array_unref (w->points);
  g_array_unref (w->names);
  g_hash_table_unref (w->seen);
  g_string_chunk_free (w->strings);
  g_free (w);
}

guint
sk_map_store_writer_get_n_features (SkMapStoreWriter *w)
{
  return w->features->len;
}

static const char *
intern (SkMapStoreWriter *w,
        const char       *s)
{
  return s != NULL && *s != '\0' ? g_string_chunk_insert_const (w->strings, s) : NULL;
}

static void
add_name_xy (SkMapStoreWriter *w,
             const char       *kind,
             const char       *name,
             gint32            x,
             gint32            y)
{
  g_autofree char *key = NULL;
  WName n = { intern (w, name), kind, x, y };

  if (n.name == NULL)
    return;
  key = g_strdup_printf ("%s|%s|%d|%d", kind, name, x >> NAME_CELL_SHIFT, y >> NAME_CELL_SHIFT);
  if (!g_hash_table_add (w->seen, g_steal_pointer (&key)))
    return;
  g_array_append_val (w->names, n);
}

void
sk_map_store_writer_add_name (SkMapStoreWriter *w,
                              const char       *kind,
                              const char       *name,
                              double            lat,
                              double            lon)
{
  gint32 x, y;

  sk_map_world_from_latlon (lat, lon, &x, &y);
  add_name_xy (w, kind, name, x, y);
}

static const char *
name_kind (SkMapClass klass)
{
  if (klass == SK_MAP_HAMLET || klass == SK_MAP_FARM)
    return "place";
  if (klass == SK_MAP_STREAM || klass == SK_MAP_RIVER || klass == SK_MAP_WATER_AREA)
    return "water";
  if (klass >= SK_MAP_PATH && klass <= SK_MAP_MOTORWAY)
    return "street";
  if (klass >= SK_MAP_WORSHIP && klass <= SK_MAP_STATION)
    return "poi";
  return NULL;
}

static void
add_feature (SkMapStoreWriter *w,
             SkMapClass        klass,
             const char       *name,
             const char       *label,
             const gint32     *xy,
             guint             n_points)
{
  WFeature f = { intern (w, name), intern (w, label), w->points->len / 2, n_points, klass };
  const char *kind = name_kind (klass);

  g_array_append_vals (w->points, xy, n_points * 2);
  g_array_append_val (w->features, f);
  if (kind != NULL && f.name != NULL && xy[0] != SK_MAP_RING_BREAK)
    add_name_xy (w, kind, f.name, xy[0], xy[1]);
}

void
sk_map_store_writer_add_geometry (SkMapStoreWriter *w,
                                  SkMapClass        klass,
                                  const char       *name,
                                  const gint32     *xy,
                                  guint             n_points)
{
  if (n_points > 0)
    add_feature (w, klass, name, NULL, xy, n_points);
}

void
sk_map_store_writer_add_node (SkMapStoreWriter *w,
                              const SkOsmTag   *tags,
                              size_t            n,
                              double            lat,
                              double            lon)
{
  SkMapClass klass = sk_map_classify_point (tags, n);
  const char *name = sk_osm_tag_get (tags, n, "name");
  gint32 xy[2];

  if (klass == SK_MAP_NONE || ((klass == SK_MAP_HAMLET || klass == SK_MAP_FARM) && name == NULL))
    return;
  sk_map_world_from_latlon (lat, lon, &xy[0], &xy[1]);
  add_feature (w, klass, name, sk_osm_tag_get (tags, n, "addr:housenumber"), xy, 1);
}

void
sk_map_store_writer_add_way (SkMapStoreWriter *w,
                             const SkOsmTag   *tags,
                             size_t            n,
                             const SkLatLon   *points,
                             guint             n_points,
                             gboolean          closed)
{
  SkMapClass klass = sk_map_classify_way (tags, n, closed);
  SkMapClass point = sk_map_classify_point (tags, n);
  g_autofree gint32 *xy = NULL;
  double cx = 0, cy = 0;

  if ((klass == SK_MAP_NONE && point == SK_MAP_NONE) || n_points < 2)
    return;
  xy = g_new (gint32, n_points * 2);
  for (guint i = 0; i < n_points; i++)
    {
      sk_map_world_from_latlon (points[i].lat, points[i].lon, &xy[2 * i], &xy[2 * i + 1]);
      cx += (double) xy[2 * i] / n_points;
      cy += (double) xy[2 * i + 1] / n_points;
    }
  if (klass != SK_MAP_NONE)
    add_feature (w, klass, sk_osm_tag_get (tags, n, "name"),
                 klass == SK_MAP_BUILDING ? sk_osm_tag_get (tags, n, "addr:housenumber") : NULL,
                 xy, n_points);
  /* A church or school drawn as a building also gets its symbol and name
   * at the outline's centre (the mean of its points). */
  if (point != SK_MAP_NONE && point != SK_MAP_ADDRESS && closed)
    {
      gint32 c[2] = { (gint32) cx, (gint32) cy };

      add_feature (w, point, sk_osm_tag_get (tags, n, "name"), NULL, c, 1);
    }
}

/* Distance of P from the line through A and B, in world units. */
static double
offset (const gint32 *p,
        const gint32 *a,
        const gint32 *b)
{
  double dx = (double) b[0] - a[0], dy = (double) b[1] - a[1];
  double len = hypot (dx, dy);

  if (len == 0)
    return hypot ((double) p[0] - a[0], (double) p[1] - a[1]);
  return fabs (dx * ((double) a[1] - p[1]) - dy * ((double) a[0] - p[0])) / len;
}

static void
mark (const gint32 *xy,
      guint         first,
      guint         last,
      double        tolerance,
      guint8       *keep)
{
  /* Recursion depth is at most log2 of a way's length in practice; an
   * explicit stack keeps a pathological 100,000-point way safe. */
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  guint range[2] = { first, last };

  g_array_append_val (stack, range);
  while (stack->len > 0)
    {
      guint *r = &g_array_index (stack, guint, (stack->len - 1) * 2);
      guint a = r[0], b = r[1], best = 0;
      double far = -1;

      g_array_set_size (stack, stack->len - 1);
      for (guint i = a + 1; i < b; i++)
        {
          double d = offset (&xy[2 * i], &xy[2 * a], &xy[2 * b]);

          if (d > far)
            far = d, best = i;
        }
      if (far <= tolerance)
        continue;
      keep[best] = 1;
      range[0] = a, range[1] = best;
      g_array_append_val (stack, range);
      range[0] = best, range[1] = b;
      g_array_append_val (stack, range);
    }
}

guint
sk_map_simplify (gint32 *xy,
                 guint   n,
                 double  tolerance)
{
  g_autofree guint8 *keep = NULL;
  guint out = 0;

  if (n <= 2)
    return n;
  keep = g_new0 (guint8, n);
  keep[0] = keep[n - 1] = 1;
  mark (xy, 0, n - 1, tolerance, keep);
  for (guint i = 0; i < n; i++)
    if (keep[i])
      {
        xy[2 * out] = xy[2 * i];
        xy[2 * out + 1] = xy[2 * i + 1];
        out++;
      }
  return out;
}

/* Shoelace area in world units². */
static double
ring_area (const gint32 *xy,
           guint         n)
{
  double sum = 0;

  for (guint i = 0; i + 1 < n; i++)
    sum += (double) xy[2 * i] * xy[2 * i + 3] - (double) xy[2 * i + 2] * xy[2 * i + 1];
  return fabs (sum) / 2;
}

typedef struct
{
  sqlite3 *db;
  sqlite3_stmt *feature;
  sqlite3_stmt *rtree[SK_MAP_N_BANDS];
  sqlite3_stmt *name;
  gint64 next_id;
  GArray *scratch;    /* gint32 */
} Save;

static gboolean
step_done (sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

/* Appends ring or line XY (N points) to OUT generalised for BAND; FALSE
 * when too little of it is left. *AREA grows by a ring's area. */
static gboolean
generalise_part (GArray       *out,
                 const gint32 *xy,
                 guint         n,
                 SkMapShape    shape,
                 int           band,
                 double       *area)
{
  guint start = out->len;
  gint32 *p;

  g_array_append_vals (out, xy, n * 2);
  p = &g_array_index (out, gint32, start);
  if (shape != SK_MAP_SHAPE_POINT)
    n = sk_map_simplify (p, n, band_tolerance[band]);
  g_array_set_size (out, start + n * 2);
  if ((shape == SK_MAP_SHAPE_AREA && n < 4) || (shape == SK_MAP_SHAPE_LINE && n < 2))
    {
      g_array_set_size (out, start);
      return FALSE;
    }
  if (shape == SK_MAP_SHAPE_AREA)
    *area += ring_area (p, n);
  return TRUE;
}

/* The feature's rings (or its line or point) generalised for BAND into
 * s->scratch; FALSE when nothing is left to draw. */
static gboolean
generalise (Save           *s,
            const WFeature *f,
            const gint32   *xy,
            int             band)
{
  static const gint32 ring_break[2] = { SK_MAP_RING_BREAK, SK_MAP_RING_BREAK };
  SkMapShape shape = sk_map_class_get_shape (f->klass);
  double area = 0;
  guint start = 0;

  g_array_set_size (s->scratch, 0);
  for (guint i = 0; i <= f->n_points; i++)
    {
      if (i < f->n_points && xy[2 * i] != SK_MAP_RING_BREAK)
        continue;
      if (s->scratch->len > 0)
        g_array_append_vals (s->scratch, ring_break, 2);
      if (!generalise_part (s->scratch, &xy[2 * start], i - start, shape, band, &area)
          && s->scratch->len > 0)
        g_array_set_size (s->scratch, s->scratch->len - 2);
      start = i + 1;
    }
  if (s->scratch->len == 0)
    return FALSE;
  return shape != SK_MAP_SHAPE_AREA || area >= band_min_area[band];
}

/* FEATURE generalised for BAND; FALSE only when writing failed. */
static gboolean
save_feature (Save           *s,
              const WFeature *f,
              const gint32   *xy,
              int             band)
{
  gint32 box[4] = { G_MAXINT32, G_MAXINT32, G_MININT32, G_MININT32 };
  const gint32 *p;
  guint n;
  gint64 id;

  if (!generalise (s, f, xy, band))
    return TRUE;
  p = (const gint32 *) s->scratch->data;
  n = s->scratch->len / 2;
  id = ++s->next_id;
  for (guint i = 0; i < n; i++)
    if (p[2 * i] != SK_MAP_RING_BREAK)
      {
        box[0] = MIN (box[0], p[2 * i]), box[1] = MIN (box[1], p[2 * i + 1]);
        box[2] = MAX (box[2], p[2 * i]), box[3] = MAX (box[3], p[2 * i + 1]);
      }
  sqlite3_bind_int64 (s->feature, 1, id);
  sqlite3_bind_int (s->feature, 2, band);
  sqlite3_bind_int (s->feature, 3, f->klass);
  sqlite3_bind_text (s->feature, 4, f->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (s->feature, 5, f->label, -1, SQLITE_STATIC);
  sqlite3_bind_blob (s->feature, 6, p, (int) (sizeof (gint32) * 2 * n), SQLITE_STATIC);
  sqlite3_bind_int64 (s->rtree[band], 1, id);
  sqlite3_bind_int (s->rtree[band], 2, box[0]);
  sqlite3_bind_int (s->rtree[band], 3, box[2]);
  sqlite3_bind_int (s->rtree[band], 4, box[1]);
  sqlite3_bind_int (s->rtree[band], 5, box[3]);
  return step_done (s->feature) && step_done (s->rtree[band]);
}

static int
kind_rank (const char *kind)
{
  static const char *const kinds[] = { "place", "street", "water", "poi" };

  for (int i = 0; i < (int) G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kind, kinds[i]))
      return i;
  return G_N_ELEMENTS (kinds);
}

static gboolean
save_names (Save             *s,
            SkMapStoreWriter *w)
{
  for (guint i = 0; i < w->names->len; i++)
    {
      const WName *n = &g_array_index (w->names, WName, i);
      g_autofree char *key = sk_map_name_key (n->name);
      SkLatLon at = sk_map_world_to_latlon (n->x, n->y);

      sqlite3_bind_text (s->name, 1, n->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (s->name, 2, key, -1, SQLITE_STATIC);
      sqlite3_bind_text (s->name, 3, n->kind, -1, SQLITE_STATIC);
      sqlite3_bind_int (s->name, 4, kind_rank (n->kind));
      sqlite3_bind_double (s->name, 5, at.lat);
      sqlite3_bind_double (s->name, 6, at.lon);
      if (!step_done (s->name))
        return FALSE;
    }
  return TRUE;
}

static gboolean
prepare_all (Save *s)
{
  static const char *const rtree_sql[SK_MAP_N_BANDS] = {
    "INSERT INTO feature_rtree_0 VALUES (?, ?, ?, ?, ?)",
    "INSERT INTO feature_rtree_1 VALUES (?, ?, ?, ?, ?)",
    "INSERT INTO feature_rtree_2 VALUES (?, ?, ?, ?, ?)",
  };

  if (sqlite3_prepare_v2 (s->db, "INSERT INTO feature (id, band, class, name, label, geom) "
                          "VALUES (?, ?, ?, ?, ?, ?)", -1, &s->feature, NULL) != SQLITE_OK
      || sqlite3_prepare_v2 (s->db, "INSERT INTO name (name, key, kind, rank, lat, lon) "
                             "VALUES (?, ?, ?, ?, ?, ?)", -1, &s->name, NULL) != SQLITE_OK)
    return FALSE;
  for (int b = 0; b < SK_MAP_N_BANDS; b++)
    if (sqlite3_prepare_v2 (s->db, rtree_sql[b], -1, &s->rtree[b], NULL) != SQLITE_OK)
      return FALSE;
  return TRUE;
}

static void
save_clear (Save *s)
{
  sqlite3_finalize (s->feature);
  sqlite3_finalize (s->name);
  for (int b = 0; b < SK_MAP_N_BANDS; b++)
    sqlite3_finalize (s->rtree[b]);
  g_clear_pointer (&s->scratch, g_array_unref);
}

/* FALSE with *cancelled set when stopped; FALSE alone when SQLite failed. */
static gboolean
save_features (Save             *s,
               SkMapStoreWriter *w,
               GCancellable     *cancellable,
               gboolean         *cancelled)
{
  const gint32 *points = (const gint32 *) w->points->data;

  for (int band = 0; band < SK_MAP_N_BANDS; band++)
    for (guint i = 0; i < w->features->len; i++)
      {
        const WFeature *f = &g_array_index (w->features, WFeature, i);

        if ((i & 0xfff) == 0 && g_cancellable_is_cancelled (cancellable))
          return !(*cancelled = TRUE);
        if (sk_map_class_min_band (f->klass) <= band
            && !save_feature (s, f, &points[2 * f->first], band))
          return FALSE;
      }
  return TRUE;
}

gboolean
sk_map_store_writer_save (SkMapStoreWriter  *w,
                          const char        *path,
                          GCancellable      *cancellable,
                          GError           **error)
{
  g_autoptr(sqlite3) db = NULL;
  Save s = { 0 };
  gboolean cancelled = FALSE, ok;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error (error, SK_MAP_STORE_ERROR, SK_MAP_STORE_ERROR_WRITE,
                   _("De kaart “%s” kan niet worden geschreven: %s"), path, sqlite3_errmsg (db));
      return FALSE;
    }
  /* A new file in a temporary directory that is renamed into place when
   * whole: no journal needed. */
  s.db = db;
  s.scratch = g_array_new (FALSE, FALSE, sizeof (gint32));
  ok = sqlite3_exec (db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" SK_MAP_STORE_SCHEMA
                     "PRAGMA user_version = " G_STRINGIFY (SK_MAP_STORE_VERSION) ";"
                     "BEGIN", NULL, NULL, NULL) == SQLITE_OK
       && prepare_all (&s)
       && save_features (&s, w, cancellable, &cancelled)
       && save_names (&s, w)
       && sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
  if (!ok && cancelled)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Het schrijven van de kaart is afgebroken"));
  else if (!ok)
    g_set_error (error, SK_MAP_STORE_ERROR, SK_MAP_STORE_ERROR_WRITE,
                 _("De kaart “%s” kan niet worden geschreven: %s"), path, sqlite3_errmsg (db));
  save_clear (&s);
  return ok;
}
