/* sk-geo.c — WGS84 geometry, Web-Mercator tiles and RD New. */
#include "sk-geo.h"

#include <math.h>

#define DEG2RAD (G_PI / 180.0)
#define RAD2DEG (180.0 / G_PI)
#define MERCATOR_MAX_LAT 85.05112877980659

void
sk_bbox_init_empty (SkBBox *bbox)
{
  bbox->south = G_MAXDOUBLE;
  bbox->west = G_MAXDOUBLE;
  bbox->north = -G_MAXDOUBLE;
  bbox->east = -G_MAXDOUBLE;
}

void
sk_bbox_extend (SkBBox *bbox,
                double  lat,
                double  lon)
{
  bbox->south = MIN (bbox->south, lat);
  bbox->north = MAX (bbox->north, lat);
  bbox->west = MIN (bbox->west, lon);
  bbox->east = MAX (bbox->east, lon);
}

gboolean
sk_bbox_is_empty (const SkBBox *bbox)
{
  return bbox->south > bbox->north || bbox->west > bbox->east;
}

gboolean
sk_bbox_contains (const SkBBox *bbox,
                  double        lat,
                  double        lon)
{
  return lat >= bbox->south && lat <= bbox->north && lon >= bbox->west && lon <= bbox->east;
}

SkLatLon
sk_bbox_get_centre (const SkBBox *bbox)
{
  SkLatLon c = { (bbox->south + bbox->north) / 2.0, (bbox->west + bbox->east) / 2.0 };
  return c;
}

double
sk_geo_haversine_m (double lat1,
                    double lon1,
                    double lat2,
                    double lon2)
{
  double dlat = (lat2 - lat1) * DEG2RAD;
  double dlon = (lon2 - lon1) * DEG2RAD;
  double a = sin (dlat / 2) * sin (dlat / 2)
             + cos (lat1 * DEG2RAD) * cos (lat2 * DEG2RAD) * sin (dlon / 2) * sin (dlon / 2);

  return 2.0 * SK_EARTH_RADIUS_M * atan2 (sqrt (a), sqrt (1.0 - a));
}

double
sk_geo_polyline_length_m (const SkLatLon *points,
                          size_t          n)
{
  double total = 0.0;

  for (size_t i = 1; i < n; i++)
    total += sk_geo_haversine_m (points[i - 1].lat, points[i - 1].lon, points[i].lat, points[i].lon);
  return total;
}

double
sk_geo_polygon_area_m2 (const SkLatLon *points,
                        size_t          n)
{
  /* Chamberlain & Duquette (2007), "Some algorithms for polygons on a sphere". */
  double sum = 0.0;

  if (n < 3)
    return 0.0;
  for (size_t i = 0; i < n; i++)
    {
      const SkLatLon *p1 = &points[i];
      const SkLatLon *p2 = &points[(i + 1) % n];

      sum += (p2->lon - p1->lon) * DEG2RAD * (2.0 + sin (p1->lat * DEG2RAD) + sin (p2->lat * DEG2RAD));
    }
  return fabs (sum * SK_EARTH_RADIUS_M * SK_EARTH_RADIUS_M / 2.0);
}

gboolean
sk_geo_point_in_polygon (const SkLatLon *points,
                         size_t          n,
                         double          lat,
                         double          lon)
{
  gboolean inside = FALSE;

  /* Even-odd ray casting in the lat/lon plane: fine for the small
   * polygons (a few km) that interventions have. */
  for (size_t i = 0, j = n - 1; i < n; j = i++)
    {
      const SkLatLon *a = &points[i];
      const SkLatLon *b = &points[j];

      if ((a->lat > lat) != (b->lat > lat)
          && lon < (b->lon - a->lon) * (lat - a->lat) / (b->lat - a->lat) + a->lon)
        inside = !inside;
    }
  return inside;
}

static double
world_size (double zoom)
{
  return 256.0 * exp2 (zoom);
}

double
sk_mercator_x (double lon,
               double zoom)
{
  return (lon + 180.0) / 360.0 * world_size (zoom);
}

double
sk_mercator_y (double lat,
               double zoom)
{
  double phi = CLAMP (lat, -MERCATOR_MAX_LAT, MERCATOR_MAX_LAT) * DEG2RAD;

  return (1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0 * world_size (zoom);
}

double
sk_mercator_lon (double x,
                 double zoom)
{
  return x / world_size (zoom) * 360.0 - 180.0;
}

double
sk_mercator_lat (double y,
                 double zoom)
{
  double n = G_PI - 2.0 * G_PI * y / world_size (zoom);

  return RAD2DEG * atan (sinh (n));
}

void
sk_tile_from_latlon (double  lat,
                     double  lon,
                     int     zoom,
                     int    *tile_x,
                     int    *tile_y)
{
  int max = (1 << zoom) - 1;

  *tile_x = CLAMP ((int) floor (sk_mercator_x (lon, zoom) / 256.0), 0, max);
  *tile_y = CLAMP ((int) floor (sk_mercator_y (lat, zoom) / 256.0), 0, max);
}

double
sk_mercator_metres_per_pixel (double lat,
                              double zoom)
{
  /* Equatorial circumference of the WGS84 ellipsoid, as EPSG:3857 uses. */
  return 40075016.686 * cos (lat * DEG2RAD) / world_size (zoom);
}

/* RD New origin: Amersfoort, the Onze Lieve Vrouwetoren. */
#define RD_X0 155000.0
#define RD_Y0 463000.0
#define RD_PHI0 52.15517440
#define RD_LAM0 5.38720621

typedef struct
{
  int p;
  int q;
  double c;
} RdTerm;

/* Coefficients from Schreutelkamp & Strang van Hees, "Benaderingsformules
 * voor de transformatie tussen RD- en WGS84-kaartcoördinaten" (2001). */
static const RdTerm rd_to_phi[] = {
  { 0, 1, 3235.65389 }, { 2, 0, -32.58297 }, { 0, 2, -0.24750 }, { 2, 1, -0.84978 },
  { 0, 3, -0.06550 },   { 2, 2, -0.01709 },  { 1, 0, -0.00738 }, { 4, 0, 0.00530 },
  { 2, 3, -0.00039 },   { 4, 1, 0.00033 },   { 1, 1, -0.00012 },
};
static const RdTerm rd_to_lam[] = {
  { 1, 0, 5260.52916 }, { 1, 1, 105.94684 }, { 1, 2, 2.45656 }, { 3, 0, -0.81885 },
  { 1, 3, 0.05594 },    { 3, 1, -0.05607 },  { 0, 1, 0.01199 }, { 3, 2, -0.00256 },
  { 1, 4, 0.00128 },    { 0, 2, 0.00022 },   { 2, 0, -0.00022 }, { 5, 0, 0.00026 },
};
static const RdTerm wgs_to_x[] = {
  { 0, 1, 190094.945 }, { 1, 1, -11832.228 }, { 2, 1, -114.221 }, { 0, 3, -32.391 },
  { 1, 0, -0.705 },     { 3, 1, -2.340 },     { 1, 3, -0.608 },   { 0, 2, -0.008 },
  { 2, 3, 0.148 },
};
static const RdTerm wgs_to_y[] = {
  { 1, 0, 309056.544 }, { 0, 2, 3638.893 }, { 2, 0, 73.077 }, { 1, 2, -157.984 },
  { 3, 0, 59.788 },     { 0, 1, 0.433 },    { 2, 2, -6.439 }, { 1, 1, -0.032 },
  { 0, 4, 0.092 },      { 1, 4, -0.054 },
};

static double
rd_series (const RdTerm *terms,
           size_t        n,
           double        a,
           double        b)
{
  double sum = 0.0;

  for (size_t i = 0; i < n; i++)
    sum += terms[i].c * pow (a, terms[i].p) * pow (b, terms[i].q);
  return sum;
}

void
sk_rd_to_wgs84 (double  x,
                double  y,
                double *lat,
                double *lon)
{
  double dx = (x - RD_X0) * 1e-5;
  double dy = (y - RD_Y0) * 1e-5;

  /* The series give arc seconds. */
  *lat = RD_PHI0 + rd_series (rd_to_phi, G_N_ELEMENTS (rd_to_phi), dx, dy) / 3600.0;
  *lon = RD_LAM0 + rd_series (rd_to_lam, G_N_ELEMENTS (rd_to_lam), dx, dy) / 3600.0;
}

void
sk_wgs84_to_rd (double  lat,
                double  lon,
                double *x,
                double *y)
{
  double dphi = 0.36 * (lat - RD_PHI0);
  double dlam = 0.36 * (lon - RD_LAM0);

  *x = RD_X0 + rd_series (wgs_to_x, G_N_ELEMENTS (wgs_to_x), dphi, dlam);
  *y = RD_Y0 + rd_series (wgs_to_y, G_N_ELEMENTS (wgs_to_y), dphi, dlam);
}

/* The sign of the turn a → b → c in the lat/lon plane. */
static int
orientation (const SkLatLon *a,
             const SkLatLon *b,
             const SkLatLon *c)
{
  double cross = (b->lon - a->lon) * (c->lat - a->lat) - (b->lat - a->lat) * (c->lon - a->lon);

  return cross > 0 ? 1 : cross < 0 ? -1 : 0;
}

/* Whether q lies on segment pr, given that p, q and r are collinear. */
static gboolean
on_segment (const SkLatLon *p,
            const SkLatLon *q,
            const SkLatLon *r)
{
  return q->lon <= MAX (p->lon, r->lon) && q->lon >= MIN (p->lon, r->lon)
         && q->lat <= MAX (p->lat, r->lat) && q->lat >= MIN (p->lat, r->lat);
}

static gboolean
segments_cross (const SkLatLon *p1,
                const SkLatLon *q1,
                const SkLatLon *p2,
                const SkLatLon *q2)
{
  int o1 = orientation (p1, q1, p2), o2 = orientation (p1, q1, q2);
  int o3 = orientation (p2, q2, p1), o4 = orientation (p2, q2, q1);

  if (o1 != o2 && o3 != o4)
    return TRUE;
  return (o1 == 0 && on_segment (p1, p2, q1)) || (o2 == 0 && on_segment (p1, q2, q1))
         || (o3 == 0 && on_segment (p2, p1, q2)) || (o4 == 0 && on_segment (p2, q1, q2));
}

gboolean
sk_geo_polygon_is_simple (const SkLatLon *points,
                          size_t          n)
{
  /* Every pair of edges that do not share a corner, O(n²): a drawn
   * outline has a handful of corners. The lat/lon plane is fine for
   * shapes of a few km. */
  if (n < 3)
    return FALSE;
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++)
      {
        if (j == i + 1 || (i == 0 && j == n - 1))
          continue;
        if (segments_cross (&points[i], &points[(i + 1) % n], &points[j], &points[(j + 1) % n]))
          return FALSE;
      }
  return sk_geo_polygon_area_m2 (points, n) > 0;
}

void
sk_geo_polygon_scale_to_area (SkLatLon *points,
                              size_t    n,
                              double    area_m2)
{
  double area = sk_geo_polygon_area_m2 (points, n);
  double lat = 0, lon = 0, factor;

  if (n < 3 || !(area > 0) || !(area_m2 > 0))
    return;
  /* Around the mean of the corners; the area grows with the square of
   * the factor (a plane is fine at this size). */
  for (size_t i = 0; i < n; i++)
    {
      lat += points[i].lat / (double) n;
      lon += points[i].lon / (double) n;
    }
  factor = sqrt (area_m2 / area);
  for (size_t i = 0; i < n; i++)
    {
      points[i].lat = lat + (points[i].lat - lat) * factor;
      points[i].lon = lon + (points[i].lon - lon) * factor;
    }
}
