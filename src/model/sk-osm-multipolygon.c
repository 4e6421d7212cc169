/* sk-osm-multipolygon.c — woods, lakes and fields mapped as multipolygon
 * relations (most large areas are): a first pass over the extract finds
 * the relations and their member ways, the main pass keeps those ways'
 * points, and the rings are joined at the end.
 *
 * Relations follow ways in an extract, so without the first pass every
 * way's points would have to be kept in case a relation wanted them.
 * Rings cut off by the extract's border (or the bbox) are closed with a
 * straight line.
 */
#include "sk-config.h"
#include "sk-osm-private.h"

#include <readosm.h>
#include <string.h>

typedef struct
{
  SkMapClass klass;
  char *name;
  GArray *members;     /* gint64 way id; negative: an inner ring */
} Relation;

struct _SkOsmMultipolygons
{
  GArray *relations;   /* Relation */
  GHashTable *ways;    /* way id → GArray of gint32 world units, or NULL until read */
  GCancellable *cancellable;
};

static void
points_free (GArray *xy)
{
  if (xy != NULL)
    g_array_unref (xy);
}

static void
relation_clear (Relation *r)
{
  g_free (r->name);
  g_array_unref (r->members);
}

SkOsmMultipolygons *
sk_osm_multipolygons_new (void)
{
  SkOsmMultipolygons *mp = g_new0 (SkOsmMultipolygons, 1);

  mp->relations = g_array_new (FALSE, FALSE, sizeof (Relation));
  g_array_set_clear_func (mp->relations, (GDestroyNotify) relation_clear);
  mp->ways = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                    (GDestroyNotify) points_free);
  return mp;
}

void
sk_osm_multipolygons_free (SkOsmMultipolygons *mp)
{
  if (mp == NULL)
    return;
  g_array_unref (mp->relations);
  g_hash_table_unref (mp->ways);
  g_free (mp);
}

static int
on_relation (const void             *user_data,
             const readosm_relation *rel)
{
  SkOsmMultipolygons *mp = (SkOsmMultipolygons *) user_data;
  const SkOsmTag *tags = (const SkOsmTag *) rel->tags;
  const char *type = sk_osm_tag_get (tags, rel->tag_count, "type");
  Relation r = { 0 };

  if (g_cancellable_is_cancelled (mp->cancellable))
    return READOSM_ABORT;
  if (type == NULL || strcmp (type, "multipolygon") != 0)
    return READOSM_OK;
  r.klass = sk_map_classify_way (tags, rel->tag_count, TRUE);
  if (r.klass == SK_MAP_NONE || sk_map_class_get_shape (r.klass) != SK_MAP_SHAPE_AREA)
    return READOSM_OK;
  r.name = g_strdup (sk_osm_tag_get (tags, rel->tag_count, "name"));
  r.members = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (int i = 0; i < rel->member_count; i++)
    {
      const readosm_member *m = &rel->members[i];
      gint64 id = m->id;

      if (m->member_type != READOSM_MEMBER_WAY || id <= 0)
        continue;
      g_hash_table_insert (mp->ways, g_memdup2 (&id, sizeof id), NULL);
      if (m->role != NULL && strcmp (m->role, "inner") == 0)
        id = -id;
      g_array_append_val (r.members, id);
    }
  g_array_append_val (mp->relations, r);
  return READOSM_OK;
}

gboolean
sk_osm_multipolygons_scan (SkOsmMultipolygons *mp,
                           const char         *extract,
                           GCancellable       *cancellable)
{
  const void *handle = NULL;
  int rc;

  mp->cancellable = cancellable;
  rc = readosm_open (extract, &handle);
  if (rc == READOSM_OK)
    rc = readosm_parse (handle, mp, NULL, NULL, on_relation);
  readosm_close (handle);
  mp->cancellable = NULL;
  /* A broken file is reported by the main pass, with its message. */
  return rc == READOSM_OK;
}

gboolean
sk_osm_multipolygons_wants_way (SkOsmMultipolygons *mp,
                                gint64              id)
{
  return g_hash_table_contains (mp->ways, &id);
}

void
sk_osm_multipolygons_add_way (SkOsmMultipolygons *mp,
                              gint64              id,
                              const SkLatLon     *points,
                              guint               n)
{
  GArray *xy = g_array_sized_new (FALSE, FALSE, sizeof (gint32), n * 2);

  g_array_set_size (xy, n * 2);
  for (guint i = 0; i < n; i++)
    sk_map_world_from_latlon (points[i].lat, points[i].lon, &g_array_index (xy, gint32, 2 * i),
                              &g_array_index (xy, gint32, 2 * i + 1));
  g_hash_table_replace (mp->ways, g_memdup2 (&id, sizeof id), xy);
}

static gboolean
same_point (const gint32 *a,
            const gint32 *b)
{
  return a[0] == b[0] && a[1] == b[1];
}

/* Appends WAY to RING, reversed when REVERSE, without the shared point. */
static void
append_way (GArray       *ring,
            const GArray *way,
            gboolean      reverse)
{
  guint n = way->len / 2;

  for (guint k = 1; k < n; k++)
    {
      guint i = reverse ? n - 1 - k : k;

      g_array_append_vals (ring, &g_array_index (way, gint32, 2 * i), 2);
    }
}

/* Joins the ways of one role (INNER or not) into closed rings, appended
 * to OUT separated by SK_MAP_RING_BREAK. */
static void
join_rings (SkOsmMultipolygons *mp,
            const Relation     *r,
            gboolean            inner,
            GArray             *out)
{
  static const gint32 ring_break[2] = { SK_MAP_RING_BREAK, SK_MAP_RING_BREAK };
  g_autoptr(GPtrArray) ways = g_ptr_array_new ();
  g_autofree gboolean *used = NULL;

  for (guint i = 0; i < r->members->len; i++)
    {
      gint64 id = g_array_index (r->members, gint64, i);
      gint64 key = ABS (id);
      GArray *xy = g_hash_table_lookup (mp->ways, &key);

      if ((id < 0) == inner && xy != NULL && xy->len >= 4)
        g_ptr_array_add (ways, xy);
    }
  used = g_new0 (gboolean, MAX (ways->len, 1));
  for (guint i = 0; i < ways->len; i++)
    {
      g_autoptr(GArray) ring = NULL;
      gboolean grown = TRUE;

      if (used[i])
        continue;
      used[i] = TRUE;
      ring = g_array_copy (g_ptr_array_index (ways, i));
      while (grown && !same_point (&g_array_index (ring, gint32, 0),
                                   &g_array_index (ring, gint32, ring->len - 2)))
        {
          const gint32 *end = &g_array_index (ring, gint32, ring->len - 2);

          grown = FALSE;
          for (guint j = 0; j < ways->len && !grown; j++)
            {
              GArray *w = g_ptr_array_index (ways, j);

              if (used[j])
                continue;
              if (same_point (end, &g_array_index (w, gint32, 0)))
                append_way (ring, w, FALSE), used[j] = grown = TRUE;
              else if (same_point (end, &g_array_index (w, gint32, w->len - 2)))
                append_way (ring, w, TRUE), used[j] = grown = TRUE;
            }
        }
      if (ring->len < 6)
        continue;
      if (!same_point (&g_array_index (ring, gint32, 0), &g_array_index (ring, gint32, ring->len - 2)))
        g_array_append_vals (ring, ring->data, 2);
      if (out->len > 0)
        g_array_append_vals (out, ring_break, 2);
      g_array_append_vals (out, ring->data, ring->len);
    }
}

void
sk_osm_multipolygons_write (SkOsmMultipolygons *mp,
                            SkMapStoreWriter   *writer)
{
  g_autoptr(GArray) xy = g_array_new (FALSE, FALSE, sizeof (gint32));

  for (guint i = 0; i < mp->relations->len; i++)
    {
      const Relation *r = &g_array_index (mp->relations, Relation, i);

      g_array_set_size (xy, 0);
      join_rings (mp, r, FALSE, xy);
      if (xy->len == 0)
        continue;
      join_rings (mp, r, TRUE, xy);
      sk_map_store_writer_add_geometry (writer, r->klass, r->name, (const gint32 *) xy->data,
                                        xy->len / 2);
    }
}
