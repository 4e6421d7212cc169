/* sk-osm-private.h — what the OSM reader collects for region.json, and
 * the writing of a region directory (sk-osm-write.c). */
#pragma once

#include "sk-osm.h"
#include "sk-map-store-private.h"

G_BEGIN_DECLS

typedef struct
{
  char *name;
  double lat, lon;
  int population;     /* -1: not tagged */
} SkOsmKern;

typedef struct
{
  SkFacilityType type;
  char *name;         /* NULL: not tagged */
  double lat, lon;
} SkOsmFacility;

typedef struct
{
  SkLineClass klass;
  char *name;
  SkLatLon *points;
  guint n_points;
} SkOsmLine;

typedef struct
{
  GArray *kernen;      /* SkOsmKern */
  GArray *facilities;  /* SkOsmFacility */
  GArray *lines;       /* SkOsmLine */
} SkOsmRegion;

void     sk_osm_region_init         (SkOsmRegion              *region);
void     sk_osm_region_clear        (SkOsmRegion              *region);
void     sk_osm_region_add_kern     (SkOsmRegion              *region,
                                     const char               *name,
                                     double                    lat,
                                     double                    lon,
                                     int                       population);
void     sk_osm_region_add_facility (SkOsmRegion              *region,
                                     SkFacilityType            type,
                                     const char               *name,
                                     double                    lat,
                                     double                    lon);
void     sk_osm_region_add_line     (SkOsmRegion              *region,
                                     SkLineClass               klass,
                                     const char               *name,
                                     const SkLatLon           *points,
                                     guint                     n);

/* FALSE when a .osm.pbf file ends inside a block (cut off while copying
 * or downloading), which readosm does not always notice. */
gboolean sk_osm_check_pbf_framing   (const char               *path,
                                     GError                  **error);

/* Writes region.json, network.bin and map.sqlite into a temporary directory beside
 * OUT_DIR and renames it into place. */
gboolean sk_osm_write_region        (SkOsmRegion              *region,
                                     SkNetworkBuilder         *network,
                                     SkMapStoreWriter         *map,
                                     const char               *extract,
                                     const char               *out_dir,
                                     const SkOsmImportOptions *options,
                                     GError                  **error);

/* Areas mapped as multipolygon relations (sk-osm-multipolygon.c). */
typedef struct _SkOsmMultipolygons SkOsmMultipolygons;

SkOsmMultipolygons *sk_osm_multipolygons_new       (void);
void                sk_osm_multipolygons_free      (SkOsmMultipolygons *mp);
/* The first pass: finds the relations the map draws and their ways. */
gboolean            sk_osm_multipolygons_scan      (SkOsmMultipolygons *mp,
                                                    const char         *extract,
                                                    GCancellable       *cancellable);
gboolean            sk_osm_multipolygons_wants_way (SkOsmMultipolygons *mp,
                                                    gint64              id);
void                sk_osm_multipolygons_add_way   (SkOsmMultipolygons *mp,
                                                    gint64              id,
                                                    const SkLatLon     *points,
                                                    guint               n);
/* Joins the rings and adds each area to WRITER. */
void                sk_osm_multipolygons_write     (SkOsmMultipolygons *mp,
                                                    SkMapStoreWriter   *writer);

G_END_DECLS
