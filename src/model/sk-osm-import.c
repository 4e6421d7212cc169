/* sk-osm-import.c — reading an OSM extract with readosm in one pass and
 * writing a region directory.
 *
 * Memory: 16 bytes per OSM node (id and position, in one sorted array,
 * no allocation per node), 4 more per node once ways start, plus the
 * graph. Ways follow nodes in every extract osmium writes; a file whose
 * nodes are out of order is sorted once when the first way arrives.
 */
#include "sk-config.h"
#include "sk-osm.h"
#include "sk-osm-private.h"
#include "sk-map-store-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <readosm.h>
#include <string.h>

G_STATIC_ASSERT (sizeof (readosm_tag) == sizeof (SkOsmTag));

typedef struct
{
  gint64 id;
  gint32 lat;   /* 1e-7 degrees */
  gint32 lon;
} OsmNode;

typedef struct
{
  const SkOsmImportOptions *options;
  GArray *nodes;          /* OsmNode */
  gboolean sorted;
  guint32 *graph_of;      /* per OsmNode: graph node, or G_MAXUINT32 */
  SkNetworkBuilder *net;
  SkMapStoreWriter *map;
  SkOsmMultipolygons *multipolygons;
  SkOsmRegion region;
  guint64 n_nodes, n_ways;
  SkBBox keep;            /* nodes outside are dropped (options->bbox plus a margin) */
  gboolean stopped;       /* cancelled */
  gint64 bad_node;        /* a node with an impossible position; 0: none */
  double bad_lat, bad_lon;
} Import;

/* Ways that cross the box's edge keep their shape up to about 1 km
 * outside it (0.01° latitude), so a road or field at the edge is not cut
 * short on the map; kernen and facilities count only inside the box. */
#define KEEP_MARGIN_DEG 0.01

static void
report_progress (Import *im)
{
  /* Every 16,384 elements: a few times a second, often enough for a bar. */
  if (im->options->progress != NULL && ((im->n_nodes + im->n_ways) & 0x3fff) == 0)
    im->options->progress (im->n_nodes, im->n_ways, im->options->user_data);
}

/* FALSE (and the parse stops) once the import is cancelled; checked every
 * 4096 objects, a few milliseconds apart. */
static gboolean
keep_going (Import *im)
{
  if (((im->n_nodes + im->n_ways) & 0xfff) == 0
      && g_cancellable_is_cancelled (im->options->cancellable))
    im->stopped = TRUE;
  return !im->stopped;
}

static gboolean
valid_position (double lat,
                double lon)
{
  /* Also false for NaN and for readosm's READOSM_UNDEFINED (no lat=). */
  return lat >= -90.0 && lat <= 90.0 && lon >= -180.0 && lon <= 180.0;
}

static gboolean
in_box (const SkBBox *box,
        double        lat,
        double        lon)
{
  return box == NULL || sk_bbox_contains (box, lat, lon);
}

static int
on_node (const void         *user_data,
         const readosm_node *node)
{
  Import *im = (Import *) user_data;
  const SkOsmTag *tags = (const SkOsmTag *) node->tags;
  OsmNode n = { node->id, 0, 0 };
  SkFacilityType type;
  int population;

  if (!keep_going (im))
    return READOSM_ABORT;
  if (!valid_position (node->latitude, node->longitude))
    {
      im->bad_node = node->id != 0 ? node->id : -1;
      im->bad_lat = node->latitude;
      im->bad_lon = node->longitude;
      return READOSM_ABORT;
    }
  im->n_nodes++;
  report_progress (im);
  if (im->options->bbox != NULL && !sk_bbox_contains (&im->keep, node->latitude, node->longitude))
    return READOSM_OK;
  n.lat = (gint32) lround (node->latitude * 1e7);
  n.lon = (gint32) lround (node->longitude * 1e7);
  if (im->nodes->len > 0 && g_array_index (im->nodes, OsmNode, im->nodes->len - 1).id >= n.id)
    im->sorted = FALSE;
  g_array_append_val (im->nodes, n);
  if (node->tag_count > 0 && in_box (im->options->bbox, node->latitude, node->longitude))
    {
      if (sk_osm_place (tags, node->tag_count, &population))
        {
          const char *name = sk_osm_tag_get (tags, node->tag_count, "name");

          sk_osm_region_add_kern (&im->region, name, node->latitude, node->longitude, population);
          sk_map_store_writer_add_name (im->map, "place", name, node->latitude, node->longitude);
        }
      sk_map_store_writer_add_node (im->map, tags, node->tag_count, node->latitude,
                                    node->longitude);
      type = sk_osm_facility (tags, node->tag_count);
      if (type != SK_FACILITY_INVALID)
        sk_osm_region_add_facility (&im->region, type,
                                    sk_osm_tag_get (tags, node->tag_count, "name"),
                                    node->latitude, node->longitude);
    }
  return READOSM_OK;
}

static int
compare_nodes (gconstpointer a,
               gconstpointer b)
{
  gint64 x = ((const OsmNode *) a)->id, y = ((const OsmNode *) b)->id;

  return x < y ? -1 : x > y;
}

static void
start_ways (Import *im)
{
  if (im->graph_of != NULL)
    return;
  if (!im->sorted)
    g_array_sort (im->nodes, compare_nodes);
  im->graph_of = g_new (guint32, MAX (im->nodes->len, 1));
  memset (im->graph_of, 0xff, sizeof (guint32) * MAX (im->nodes->len, 1));
}

/* Index into im->nodes, or -1 when the way refers to a node not in the
 * extract (cut off at its border). */
static gint64
find_node (Import    *im,
           long long  id)
{
  const OsmNode *a = (const OsmNode *) im->nodes->data;
  gint64 lo = 0, hi = (gint64) im->nodes->len - 1;
  gint64 guess = hi >= 0 ? id - a[0].id : -1;

  /* Extracts often number their nodes without gaps: try that first. */
  if (guess >= 0 && guess <= hi && a[guess].id == id)
    return guess;

  while (lo <= hi)
    {
      gint64 mid = (lo + hi) / 2;

      if (a[mid].id == id)
        return mid;
      if (a[mid].id < id)
        lo = mid + 1;
      else
        hi = mid - 1;
    }
  return -1;
}

static guint32
graph_node (Import *im,
            gint64  index)
{
  const OsmNode *n = &g_array_index (im->nodes, OsmNode, index);

  if (im->graph_of[index] == G_MAXUINT32)
    im->graph_of[index] = sk_network_builder_add_node (im->net, n->lat * 1e-7, n->lon * 1e-7);
  return im->graph_of[index];
}

/* The way's edges; a one-way street for the car is added in the
 * direction it may be driven (oneway=-1: against the node order). */
static void
add_road (Import            *im,
          const readosm_way *way,
          SkRoadClass        klass,
          guint              access,
          guint              maxspeed)
{
  int oneway = (access & SK_ACCESS (SK_MODE_AUTO))
               ? sk_osm_oneway ((const SkOsmTag *) way->tags, way->tag_count) : 0;
  int n = way->node_ref_count;
  gint64 prev = -1;

  if (oneway != 0)
    access |= SK_ACCESS_CAR_ONEWAY;
  for (int k = 0; k < n; k++)
    {
      int i = oneway < 0 ? n - 1 - k : k;
      gint64 cur = find_node (im, way->node_refs[i]);

      if (cur >= 0 && prev >= 0 && cur != prev)
        sk_network_builder_add_edge (im->net, graph_node (im, prev), graph_node (im, cur), -1,
                                     klass, access, maxspeed);
      prev = cur;
    }
}

static GArray *
way_points (Import            *im,
            const readosm_way *way)
{
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (SkLatLon), way->node_ref_count);

  for (int i = 0; i < way->node_ref_count; i++)
    {
      gint64 idx = find_node (im, way->node_refs[i]);

      if (idx >= 0)
        {
          const OsmNode *n = &g_array_index (im->nodes, OsmNode, idx);
          SkLatLon p = { n->lat * 1e-7, n->lon * 1e-7 };
          g_array_append_val (points, p);
        }
    }
  return points;
}

static void
add_way_features (Import            *im,
                  const readosm_way *way)
{
  const SkOsmTag *tags = (const SkOsmTag *) way->tags;
  SkFacilityType type = sk_osm_facility (tags, way->tag_count);
  SkLineClass line = SK_LINE_RIVER;
  gboolean base_line = sk_osm_base_line (tags, way->tag_count, &line);
  gboolean closed = way->node_ref_count >= 4
                    && way->node_refs[0] == way->node_refs[way->node_ref_count - 1];
  g_autoptr(GArray) points = NULL;

  if (type == SK_FACILITY_INVALID && !base_line
      && sk_map_classify_way (tags, way->tag_count, closed) == SK_MAP_NONE
      && sk_map_classify_point (tags, way->tag_count) == SK_MAP_NONE)
    return;
  points = way_points (im, way);
  if (points->len == 0)
    return;
  sk_map_store_writer_add_way (im->map, tags, way->tag_count, (SkLatLon *) points->data,
                               points->len, closed && points->len == (guint) way->node_ref_count);
  if (type != SK_FACILITY_INVALID)
    {
      SkLatLon c = { 0, 0 };

      /* The mean of the outline's points: inside any convex building. */
      for (guint i = 0; i < points->len; i++)
        c.lat += g_array_index (points, SkLatLon, i).lat / points->len,
        c.lon += g_array_index (points, SkLatLon, i).lon / points->len;
      if (!in_box (im->options->bbox, c.lat, c.lon))
        return;
      sk_osm_region_add_facility (&im->region, type, sk_osm_tag_get (tags, way->tag_count, "name"),
                                  c.lat, c.lon);
    }
  else if (base_line && points->len >= 2)
    sk_osm_region_add_line (&im->region, line, sk_osm_tag_get (tags, way->tag_count, "name"),
                            (SkLatLon *) points->data, points->len);
}

static int
on_way (const void        *user_data,
        const readosm_way *way)
{
  Import *im = (Import *) user_data;
  SkRoadClass klass;
  guint access, maxspeed;

  if (!keep_going (im))
    return READOSM_ABORT;
  start_ways (im);
  im->n_ways++;
  if (sk_osm_multipolygons_wants_way (im->multipolygons, way->id))
    {
      g_autoptr(GArray) points = way_points (im, way);

      sk_osm_multipolygons_add_way (im->multipolygons, way->id, (SkLatLon *) points->data,
                                    points->len);
    }
  if (way->tag_count > 0)
    {
      if (sk_osm_road ((const SkOsmTag *) way->tags, way->tag_count, &klass, &access, &maxspeed))
        add_road (im, way, klass, access, maxspeed);
      add_way_features (im, way);
    }
  report_progress (im);
  return READOSM_OK;
}

static gboolean
read_extract (Import      *im,
              const char  *extract,
              GError     **error)
{
  const void *handle = NULL;
  int rc;

  rc = readosm_open (extract, &handle);
  if (rc == READOSM_OK)
    rc = readosm_parse (handle, im, on_node, on_way, NULL);
  readosm_close (handle);
  if (im->stopped || g_cancellable_is_cancelled (im->options->cancellable))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                   _("Het inlezen van “%s” is afgebroken; er is niets geschreven"), extract);
      return FALSE;
    }
  if (im->bad_node != 0)
    {
      g_set_error (error, SK_OSM_ERROR, SK_OSM_ERROR_CORRUPT,
                   _("Het OSM-bestand “%s” is beschadigd: punt %lld ligt op een onmogelijke "
                     "plaats (breedte %g, lengte %g); er is niets geschreven"),
                   extract, (long long) im->bad_node, im->bad_lat, im->bad_lon);
      return FALSE;
    }
  if (rc == READOSM_INVALID_SUFFIX || rc == READOSM_FILE_NOT_FOUND)
    {
      g_set_error (error, SK_OSM_ERROR, SK_OSM_ERROR_OPEN,
                   _("Het OSM-bestand “%s” kan niet worden geopend: "
                     "het bestaat niet of eindigt niet op .osm of .osm.pbf"),
                   extract);
      return FALSE;
    }
  if (rc != READOSM_OK)
    {
      g_set_error (error, SK_OSM_ERROR, SK_OSM_ERROR_CORRUPT,
                   _("Het OSM-bestand “%s” is beschadigd of onvolledig (readosm-fout %d); "
                     "er is niets geschreven"),
                   extract, rc);
      return FALSE;
    }
  return TRUE;
}

static void
import_clear (Import *im)
{
  g_clear_pointer (&im->nodes, g_array_unref);
  g_clear_pointer (&im->graph_of, g_free);
  g_clear_pointer (&im->net, sk_network_builder_free);
  g_clear_pointer (&im->map, sk_map_store_writer_free);
  g_clear_pointer (&im->multipolygons, sk_osm_multipolygons_free);
  sk_osm_region_clear (&im->region);
}

/* OUT_DIR may be new, empty, or a region directory to replace; anything
 * else is refused before the long read. */
static gboolean
check_out_dir (const char  *out_dir,
               GError     **error)
{
  g_autofree char *json = g_build_filename (out_dir, "region.json", NULL);
  g_autoptr(GDir) dir = NULL;

  if (!g_file_test (out_dir, G_FILE_TEST_EXISTS) || g_file_test (json, G_FILE_TEST_IS_REGULAR))
    return TRUE;
  dir = g_dir_open (out_dir, 0, NULL);
  if (dir != NULL && g_dir_read_name (dir) == NULL)
    return TRUE;
  g_set_error (error, SK_OSM_ERROR, SK_OSM_ERROR_WRITE,
               _("“%s” bestaat al en is geen regiomap; kies een nieuwe map"), out_dir);
  return FALSE;
}

/* A box with south < north and west < east inside the world; KEEP gets
 * the box with the margin for ways that cross its edge. */
static gboolean
check_bbox (const SkBBox  *box,
            SkBBox        *keep,
            GError       **error)
{
  if (!(valid_position (box->south, box->west) && valid_position (box->north, box->east)
        && box->south < box->north && box->west < box->east))
    {
      g_set_error (error, SK_OSM_ERROR, SK_OSM_ERROR_OPEN,
                   _("Het gebied (zuid %g, west %g, noord %g, oost %g) klopt niet: zuid moet "
                     "kleiner zijn dan noord en west kleiner dan oost"),
                   box->south, box->west, box->north, box->east);
      return FALSE;
    }
  *keep = *box;
  keep->south -= KEEP_MARGIN_DEG;
  keep->north += KEEP_MARGIN_DEG;
  keep->west -= KEEP_MARGIN_DEG / cos (CLAMP (box->south + box->north, -170, 170) / 2 * G_PI / 180);
  keep->east += KEEP_MARGIN_DEG / cos (CLAMP (box->south + box->north, -170, 170) / 2 * G_PI / 180);
  return TRUE;
}

gboolean
sk_osm_import (const char                *extract,
               const char                *out_dir,
               const SkOsmImportOptions  *options,
               SkOsmImportStats          *stats,
               GError                   **error)
{
  static const SkOsmImportOptions no_options = { 0 };
  Import im = { options != NULL ? options : &no_options };
  gboolean ok;

  g_return_val_if_fail (extract != NULL && out_dir != NULL, FALSE);
  if (im.options->bbox != NULL && !check_bbox (im.options->bbox, &im.keep, error))
    return FALSE;
  if (!check_out_dir (out_dir, error)
      || g_cancellable_set_error_if_cancelled (im.options->cancellable, error))
    return FALSE;
  if (g_str_has_suffix (extract, ".pbf") && !sk_osm_check_pbf_framing (extract, error))
    return FALSE;
  im.nodes = g_array_new (FALSE, FALSE, sizeof (OsmNode));
  im.sorted = TRUE;
  im.net = sk_network_builder_new ();
  im.map = sk_map_store_writer_new ();
  im.multipolygons = sk_osm_multipolygons_new ();
  sk_osm_multipolygons_scan (im.multipolygons, extract, im.options->cancellable);
  sk_osm_region_init (&im.region);
  ok = read_extract (&im, extract, error);
  if (ok)
    {
      sk_osm_multipolygons_write (im.multipolygons, im.map);
      g_clear_pointer (&im.multipolygons, sk_osm_multipolygons_free);
      /* The positions are in the graph now; free them before writing. */
      g_clear_pointer (&im.nodes, g_array_unref);
      g_clear_pointer (&im.graph_of, g_free);
      if (!im.options->keep_shape_nodes)
        sk_network_builder_contract (im.net);
      ok = sk_osm_write_region (&im.region, im.net, im.map, extract, out_dir, im.options, error);
    }
  if (ok && stats != NULL)
    {
      stats->osm_nodes = im.n_nodes;
      stats->osm_ways = im.n_ways;
      stats->graph_nodes = sk_network_builder_get_n_nodes (im.net);
      stats->graph_edges = sk_network_builder_get_n_edges (im.net);
      stats->kernen = im.region.kernen->len;
      stats->facilities = im.region.facilities->len;
      stats->lines = im.region.lines->len;
    }
  import_clear (&im);
  return ok;
}
