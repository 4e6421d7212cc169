/* sk-base-map-source.h — the map's base layer.
 *
 * Always works offline: tiles are drawn with cairo from the region's own
 * data (src/report/sk-map-render.c) in a worker thread. An online source
 * (PDOK, OpenStreetMap) or an MBTiles file may be put in front; any tile
 * it cannot deliver is drawn offline instead of staying blank.
 */
#pragma once

#include <shumate/shumate.h>

#include "sk-region.h"

G_BEGIN_DECLS

/* Same values as the "base-map" enum in the GSettings schema. */
typedef enum
{
  SK_BASE_MAP_OFFLINE,
  SK_BASE_MAP_PDOK,
  SK_BASE_MAP_OSM,
  SK_BASE_MAP_MBTILES,
} SkBaseMapKind;

#define SK_TYPE_BASE_MAP_SOURCE (sk_base_map_source_get_type ())
G_DECLARE_FINAL_TYPE (SkBaseMapSource, sk_base_map_source, SK, BASE_MAP_SOURCE, ShumateMapSource)

SkBaseMapSource *sk_base_map_source_new_offline       (SkRegion        *region);
SkBaseMapSource *sk_base_map_source_new_online        (SkRegion        *region,
                                                       SkBaseMapKind    kind,
                                                       const char      *url_template);
SkBaseMapSource *sk_base_map_source_new_mbtiles       (SkRegion        *region,
                                                       const char      *path,
                                                       GError         **error);
/* For a kind as stored in GSettings; url_template NULL uses the real
 * service. */
SkBaseMapSource *sk_base_map_source_new_for_kind      (SkRegion        *region,
                                                       SkBaseMapKind    kind,
                                                       const char      *mbtiles_path,
                                                       GError         **error);

SkBaseMapKind    sk_base_map_source_get_kind          (SkBaseMapSource *self);
SkRegion        *sk_base_map_source_get_region        (SkBaseMapSource *self);
/* How many tiles were drawn offline because the online source or the
 * MBTiles file could not deliver them. */
guint            sk_base_map_source_get_n_fallbacks   (SkBaseMapSource *self);
/* How many tiles have been filled, from any source. */
guint            sk_base_map_source_get_n_filled      (SkBaseMapSource *self);
/* How many tiles came from the online source or the MBTiles file. */
guint            sk_base_map_source_get_n_delivered   (SkBaseMapSource *self);

G_END_DECLS
