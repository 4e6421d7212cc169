/* sk-ov-place.c — where people leave from or go to (a kern's population
 * points, or one point), their mean distance to a stop, and a cheap floor
 * under the haversine distance that lets the graph skip stops far beyond
 * walking or cycling reach without computing their distance. */
#include "sk-config.h"
#include "sk-ov-private.h"

#include <math.h>

/* A floor under sk_geo_haversine_m() from (LAT, LON) to any point of BOX,
 * in metres. With a the haversine term, the angle is 2 asin √a ≥ 2 √a,
 * a ≥ sin²(Δφ/2) gives ≥ |Δφ|, and a ≥ cos φ₁ cos φ₂ sin²(Δλ/2) gives
 * ≥ c |Δλ| (1 − Δλ²/24) with c the cosine of the largest |latitude|
 * (2 sin x ≥ 2x − x³/3). Shaved by a millionth against rounding, so a
 * pair beyond a distance by the floor is beyond it by the haversine. */
double
sk_ov_distance_floor_m (double         lat,
                        double         lon,
                        const SkOvBox *box)
{
  double dlat = MAX (0.0, MAX (box->lat0 - lat, lat - box->lat1)) * G_PI / 180.0;
  double dlon = MAX (0.0, MAX (box->lon0 - lon, lon - box->lon1)) * G_PI / 180.0;
  double across = 0;

  if (dlon > 0 && dlon < 2.8)
    {
      double top = MAX (fabs (lat), MAX (fabs (box->lat0), fabs (box->lat1)));

      across = cos (MIN (top, 90.0) * G_PI / 180.0) * dlon * (1 - dlon * dlon / 24);
    }
  return (1 - 1e-6) * SK_EARTH_RADIUS_M * MAX (dlat, across);
}

/* Point I of the place (a copied SkOvPlace stays valid: no pointer into
 * itself). */
const SkPopPoint *
sk_ov_place_point (const SkOvPlace *p,
                   size_t           i)
{
  return p->points != NULL ? &p->points[i] : &p->single;
}

static void
place_box (SkOvPlace *p)
{
  p->box = (SkOvBox) { G_MAXDOUBLE, -G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE };
  for (size_t i = 0; i < p->n; i++)
    {
      const SkPopPoint *pt = sk_ov_place_point (p, i);

      p->box.lat0 = MIN (p->box.lat0, pt->lat);
      p->box.lat1 = MAX (p->box.lat1, pt->lat);
      p->box.lon0 = MIN (p->box.lon0, pt->lon);
      p->box.lon1 = MAX (p->box.lon1, pt->lon);
    }
}

SkOvPlace
sk_ov_place_for_kern (const SkKern *k)
{
  SkOvPlace p = { k->population, k->n_population, { k->lat, k->lon, 1.0 }, { 0 } };

  if (p.n == 0)
    {
      p.points = NULL;
      p.n = 1;
    }
  place_box (&p);
  return p;
}

SkOvPlace
sk_ov_place_at (double lat,
                double lon)
{
  SkOvPlace p = { NULL, 1, { lat, lon, 1.0 }, { 0 } };

  p.box = (SkOvBox) { lat, lat, lon, lon };
  return p;
}

/* Weighted by people, as the reach code weighs them. */
double
sk_ov_place_mean_distance (const SkOvPlace *place,
                           double           lat,
                           double           lon,
                           double           detour)
{
  double sum = 0, w = 0;

  for (size_t i = 0; i < place->n; i++)
    {
      const SkPopPoint *pt = sk_ov_place_point (place, i);
      double people = pt->people > 0 ? pt->people : 1.0;

      sum += people * sk_geo_haversine_m (pt->lat, pt->lon, lat, lon);
      w += people;
    }
  return w > 0 ? sum / w * detour : G_MAXDOUBLE;
}
