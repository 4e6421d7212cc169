/* sk-geo.h — WGS84 geometry, Web-Mercator tiles and RD New (EPSG:28992).
 *
 * All positions are WGS84 degrees unless a name says otherwise.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double lat;
  double lon;
} SkLatLon;

typedef struct
{
  double south;
  double west;
  double north;
  double east;
} SkBBox;

/* Mean Earth radius in metres (IUGG), used by the haversine formula. */
#define SK_EARTH_RADIUS_M 6371008.8

void     sk_bbox_init_empty      (SkBBox       *bbox);
void     sk_bbox_extend          (SkBBox       *bbox,
                                  double        lat,
                                  double        lon);
gboolean sk_bbox_is_empty        (const SkBBox *bbox);
gboolean sk_bbox_contains        (const SkBBox *bbox,
                                  double        lat,
                                  double        lon);
SkLatLon sk_bbox_get_centre      (const SkBBox *bbox);

/* Great-circle distance in metres. */
double   sk_geo_haversine_m      (double lat1,
                                  double lon1,
                                  double lat2,
                                  double lon2);
/* Length in metres of a polyline of n points. */
double   sk_geo_polyline_length_m (const SkLatLon *points,
                                   size_t          n);
/* Area in m² of a simple polygon (spherical excess on the mean sphere). */
double   sk_geo_polygon_area_m2  (const SkLatLon *points,
                                  size_t          n);
gboolean sk_geo_point_in_polygon (const SkLatLon *points,
                                  size_t          n,
                                  double          lat,
                                  double          lon);
/* FALSE when the outline of N corners crosses or touches itself (corners
 * tapped in the wrong order, a bow tie) or has no area. */
gboolean sk_geo_polygon_is_simple (const SkLatLon *points,
                                   size_t          n);
/* Scales the polygon about the mean of its corners so that its area is
 * AREA_M2 (the usual size of a kind), keeping its shape. */
void     sk_geo_polygon_scale_to_area (SkLatLon *points,
                                       size_t    n,
                                       double    area_m2);

/* Web-Mercator (EPSG:3857) in "world pixels": the whole world is
 * 256 × 2^zoom pixels wide, x grows east, y grows south. */
double   sk_mercator_x           (double lon,
                                  double zoom);
double   sk_mercator_y           (double lat,
                                  double zoom);
double   sk_mercator_lon         (double x,
                                  double zoom);
double   sk_mercator_lat         (double y,
                                  double zoom);
/* Slippy-map tile that holds a position at an integer zoom. */
void     sk_tile_from_latlon     (double        lat,
                                  double        lon,
                                  int           zoom,
                                  int          *tile_x,
                                  int          *tile_y);
/* Ground metres per pixel at a latitude and zoom (256-px tiles). */
double   sk_mercator_metres_per_pixel (double lat,
                                       double zoom);

/* RD New (Amersfoort / RD New, EPSG:28992) ↔ WGS84, with the approximation
 * series of Schreutelkamp & Strang van Hees (2001), accurate to about a
 * metre inside the Netherlands. */
void     sk_rd_to_wgs84          (double  x,
                                  double  y,
                                  double *lat,
                                  double *lon);
void     sk_wgs84_to_rd          (double  lat,
                                  double  lon,
                                  double *x,
                                  double *y);

G_END_DECLS
