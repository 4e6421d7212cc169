/* sk-map-store.h — the offline map of a region: buildings, streets by
 * class with their names, land use, water, railways, hamlets and farms,
 * churches and schools, house numbers; kept in OUT_DIR/map.sqlite by
 * `import-osm` and read by the base-map renderer and the place search.
 *
 * Coordinates are "world units": Web-Mercator (EPSG:3857) scaled so that
 * the whole world is SK_MAP_WORLD units wide, x east and y south from the
 * north-west corner (at 47° N one unit is about 2.5 cm). A pixel at zoom
 * z is SK_MAP_WORLD / (256 · 2^z) units.
 *
 * Each feature is stored once per zoom band it appears in, generalised for
 * that band (Douglas-Peucker in world units, small areas dropped), with
 * one SQLite R*Tree per band: a query at zoom 9 never reads a building.
 *
 * Thread rules: an SkMapStore may be queried from several threads at once
 * (queries are serialised inside).
 */
#pragma once

#include <gio/gio.h>

#include "sk-geo.h"

G_BEGIN_DECLS

#define SK_MAP_WORLD (1 << 30)

/* In an area's points, this (x, y) pair separates its rings (outer
 * rings and holes of a multipolygon; fill them even-odd). */
#define SK_MAP_RING_BREAK G_MININT32

#define SK_MAP_STORE_ERROR (sk_map_store_error_quark ())

typedef enum
{
  SK_MAP_STORE_ERROR_OPEN,
  SK_MAP_STORE_ERROR_CORRUPT,
  SK_MAP_STORE_ERROR_WRITE,
} SkMapStoreError;

/* Feature classes, in drawing order (bottom to top). */
typedef enum
{
  SK_MAP_NONE = 0,
  /* areas */
  SK_MAP_FARMLAND,
  SK_MAP_MEADOW,
  SK_MAP_HEATH,
  SK_MAP_FOREST,
  SK_MAP_WETLAND,
  SK_MAP_RESIDENTIAL,
  SK_MAP_INDUSTRIAL,
  SK_MAP_PARK,
  SK_MAP_WATER_AREA,
  SK_MAP_BUILDING,
  /* lines */
  SK_MAP_STREAM,
  SK_MAP_RIVER,
  SK_MAP_RAILWAY,
  SK_MAP_PATH,
  SK_MAP_CYCLEWAY,
  SK_MAP_TRACK,
  SK_MAP_SERVICE,
  SK_MAP_MINOR,
  SK_MAP_TERTIARY,
  SK_MAP_SECONDARY,
  SK_MAP_PRIMARY,
  SK_MAP_MOTORWAY,
  /* points */
  SK_MAP_ADDRESS,
  SK_MAP_WORSHIP,
  SK_MAP_SCHOOL,
  SK_MAP_TOWNHALL,
  SK_MAP_LANDMARK,
  SK_MAP_STATION,
  SK_MAP_FARM,          /* place=isolated_dwelling, farm, locality (a field name) */
  SK_MAP_HAMLET,        /* place=hamlet (also a kern, whose layer draws its name) */
  SK_MAP_N_CLASSES
} SkMapClass;

typedef enum
{
  SK_MAP_SHAPE_AREA,
  SK_MAP_SHAPE_LINE,
  SK_MAP_SHAPE_POINT,
} SkMapShape;

/* Zoom bands: 0 is z ≤ 10, 1 is z11–13, 2 is z14 and closer. */
#define SK_MAP_N_BANDS 3

typedef struct
{
  gint64 id;           /* stable across tiles: orders labels */
  SkMapClass klass;
  const char *name;    /* NULL: none */
  const char *label;   /* house number; NULL: none */
  const gint32 *xy;    /* n_points (x, y) pairs in world units; areas closed */
  guint n_points;
} SkMapFeature;

typedef struct _SkMapStore SkMapStore;
typedef struct _SkMapSelection SkMapSelection;

/* A hit of the name search; kind is "place", "street", "water" or "poi". */
typedef struct
{
  char *name;
  const char *kind;
  double lat;
  double lon;
} SkMapName;

GQuark          sk_map_store_error_quark  (void);

SkMapShape      sk_map_class_get_shape    (SkMapClass   klass);
const char     *sk_map_class_to_id        (SkMapClass   klass);
int             sk_map_band_for_zoom      (double       zoom);

/* World units of a WGS84 position, and back. */
void            sk_map_world_from_latlon  (double       lat,
                                           double       lon,
                                           gint32      *x,
                                           gint32      *y);
SkLatLon        sk_map_world_to_latlon    (double       x,
                                           double       y);

SkMapStore     *sk_map_store_open         (const char  *path,
                                           GError     **error);
/* A number no other store opened by this process has: keys caches. */
guint64         sk_map_store_get_serial   (SkMapStore  *store);
SkMapStore     *sk_map_store_ref          (SkMapStore  *store);
/* A number no other store opened by this process has: keys caches. */
guint64         sk_map_store_get_serial   (SkMapStore  *store);
void            sk_map_store_unref        (SkMapStore  *store);

/* The features of BAND whose bounding box meets the box (world units),
 * sorted by class (drawing order) and id. */
SkMapSelection *sk_map_store_select       (SkMapStore  *store,
                                           int          band,
                                           gint32       x0,
                                           gint32       y0,
                                           gint32       x1,
                                           gint32       y1,
                                           GError     **error);
guint           sk_map_selection_get_n    (SkMapSelection *selection);
const SkMapFeature *sk_map_selection_get  (SkMapSelection *selection,
                                           guint           i);
void            sk_map_selection_free     (SkMapSelection *selection);

/* Places, streets, water and points of interest whose name contains QUERY
 * (case and accents ignored: "stadtle" finds "Städtle"); names that start
 * with it first, then places before streets, water and the rest. At most
 * LIMIT hits; an empty array when nothing matches. Element: SkMapName *. */
GPtrArray      *sk_map_store_find_names   (SkMapStore  *store,
                                           const char  *query,
                                           guint        limit,
                                           GError     **error);
void            sk_map_name_free          (SkMapName   *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkMapStore, sk_map_store_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkMapSelection, sk_map_selection_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkMapName, sk_map_name_free)

G_END_DECLS
