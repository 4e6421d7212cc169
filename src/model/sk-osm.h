/* sk-osm.h — OpenStreetMap import: from an .osm or .osm.pbf extract to a
 * region directory (region.json + network.bin).
 *
 * The tag rules are small pure functions so that they can be tested as a
 * table: which modes may use a highway, at what speed limit, which
 * facility type a feature is, which places are kernen.
 */
#pragma once

#include <gio/gio.h>

#include "sk-network.h"
#include "sk-region.h"
#include "sk-vocabulary.h"

G_BEGIN_DECLS

#define SK_OSM_ERROR (sk_osm_error_quark ())

typedef enum
{
  SK_OSM_ERROR_OPEN,
  SK_OSM_ERROR_CORRUPT,
  SK_OSM_ERROR_EMPTY,
  SK_OSM_ERROR_WRITE,
} SkOsmError;

typedef struct
{
  const char *key;
  const char *value;
} SkOsmTag;

GQuark          sk_osm_error_quark   (void);

/* NULL when the tags do not hold KEY. */
const char     *sk_osm_tag_get       (const SkOsmTag *tags,
                                      size_t          n,
                                      const char     *key);

/* A way usable by at least one mode: its class, the modes that may use it
 * (SK_ACCESS() bits) and its tagged maxspeed in km/h (0: none). */
gboolean        sk_osm_road          (const SkOsmTag *tags,
                                      size_t          n,
                                      SkRoadClass    *klass,
                                      guint          *access,
                                      guint          *maxspeed_kmh);
/* The car's direction on a way: 1 along its nodes only (oneway=yes, a
 * roundabout, a motorway), -1 against them only (oneway=-1), 0 both. */
int             sk_osm_oneway        (const SkOsmTag *tags,
                                      size_t          n);
/* km/h from a maxspeed value ("50", "30 mph", "NL:urban"); 0: unknown. */
guint           sk_osm_parse_maxspeed (const char    *value);
SkFacilityType  sk_osm_facility      (const SkOsmTag *tags,
                                      size_t          n);
/* place=city/town/village/hamlet; *population is -1 when not tagged. */
gboolean        sk_osm_place         (const SkOsmTag *tags,
                                      size_t          n,
                                      int            *population);
/* Rivers, streams and canals, and the major roads and railways drawn on
 * the base map. */
gboolean        sk_osm_base_line     (const SkOsmTag *tags,
                                      size_t          n,
                                      SkLineClass    *klass);

typedef struct
{
  const char *id;        /* region id; NULL: the output directory's name */
  const char *name;      /* region name; NULL: the id */
  /* Called now and then with counts read so far; may be NULL. */
  void (*progress) (guint64 nodes, guint64 ways, gpointer user_data);
  gpointer user_data;
  /* Keep only what lies in this box (a province extract is far bigger
   * than a workshop area); NULL: everything. */
  const SkBBox *bbox;
  /* Cancelled: the import stops with G_IO_ERROR_CANCELLED and leaves
   * nothing behind. May be NULL. */
  GCancellable *cancellable;
  /* TRUE: keep every OSM node in network.bin (the routing graph is then
   * about three times larger; for comparisons). FALSE: shape points are
   * contracted (sk_network_builder_contract). */
  gboolean keep_shape_nodes;
} SkOsmImportOptions;

typedef struct
{
  guint64 osm_nodes;
  guint64 osm_ways;
  guint32 graph_nodes;
  guint32 graph_edges;
  guint kernen;
  guint facilities;
  guint lines;
} SkOsmImportStats;

/* Reads EXTRACT and writes OUT_DIR/region.json and OUT_DIR/network.bin.
 * The directory appears whole or not at all: it is written beside
 * OUT_DIR under a temporary name and renamed into place. */
gboolean        sk_osm_import        (const char               *extract,
                                      const char               *out_dir,
                                      const SkOsmImportOptions *options,
                                      SkOsmImportStats         *stats,
                                      GError                  **error);

G_END_DECLS
