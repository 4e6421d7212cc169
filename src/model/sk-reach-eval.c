/* sk-reach-eval.c — reachability indicators from a network or crow-fly. */
#include "sk-config.h"
#include "sk-reach-eval.h"
#include "sk-reach.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

struct _SkReachResult
{
  SkReachMethod method;
  guint modes;
  size_t n_kernen;
  gboolean has_type[SK_N_FACILITY_TYPES];
  SkNearest *nearest;     /* [kern][type][mode] */
  SkReachSummary summary[SK_N_FACILITY_TYPES][SK_N_MODES];
};

const char *
sk_reach_method_to_id (SkReachMethod method)
{
  return method == SK_REACH_METHOD_NETWORK ? "network" : "crow-fly";
}

static SkNearest *
nearest_at (SkReachResult  *r,
            size_t          kern,
            SkFacilityType  type,
            SkMode          mode)
{
  return &r->nearest[(kern * SK_N_FACILITY_TYPES + type) * SK_N_MODES + mode];
}

static SkReachResult *
result_new (SkRegion              *region,
            SkReachMethod          method,
            guint                  modes,
            const SkReachAddition *additions,
            size_t                 n_additions)
{
  SkReachResult *r = g_new0 (SkReachResult, 1);

  r->method = method;
  r->modes = modes;
  r->n_kernen = sk_region_get_n_kernen (region);
  r->nearest = g_new0 (SkNearest, MAX (r->n_kernen, 1) * SK_N_FACILITY_TYPES * SK_N_MODES);
  for (size_t i = 0; i < sk_region_get_n_facilities (region); i++)
    r->has_type[sk_region_get_facility (region, i)->type] = TRUE;
  for (size_t i = 0; i < n_additions; i++)
    r->has_type[additions[i].type] = TRUE;
  return r;
}

void
sk_reach_result_free (SkReachResult *self)
{
  if (self == NULL)
    return;
  g_free (self->nearest);
  g_free (self);
}

SkReachResult *
sk_reach_result_copy (const SkReachResult *self)
{
  SkReachResult *r = g_memdup2 (self, sizeof (SkReachResult));

  r->nearest = g_memdup2 (self->nearest, sizeof (SkNearest) * MAX (self->n_kernen, 1)
                                         * SK_N_FACILITY_TYPES * SK_N_MODES);
  return r;
}

void
sk_reach_crow_fly (SkKengetallen *kengetallen,
                   SkMode         mode,
                   double         lat1,
                   double         lon1,
                   double         lat2,
                   double         lon2,
                   double        *meters,
                   double        *minutes)
{
  double detour = sk_kengetallen_get_detour (kengetallen, mode)->central;
  double kmh = sk_kengetallen_get_speed (kengetallen, mode, SK_ROAD_TERTIARY)->central;

  *meters = sk_geo_haversine_m (lat1, lon1, lat2, lon2) * detour;
  *minutes = *meters / (kmh * 1000.0 / 60.0);
}

/* A kern's figure is the mean over its population points, each weighted
 * by the people placed there (docs/reachability.md); points that cannot
 * reach the type are left out, and the kern is unreachable only when none
 * can. A kern with no known inhabitants weighs its points equally. */
typedef struct
{
  double w;
  double meters;
  double minutes;
} Mean;

static double
point_weight (const SkKern *kern,
              size_t        p)
{
  double total = 0;

  for (size_t i = 0; i < kern->n_population; i++)
    total += kern->population[i].people;
  return total > 0 ? kern->population[p].people : 1.0;
}

static void
mean_add (Mean   *m,
          double  w,
          double  meters,
          double  minutes)
{
  m->w += w;
  m->meters += w * meters;
  m->minutes += w * minutes;
}

static SkNearest
mean_result (const Mean *m,
             gboolean    any)
{
  if (!any)
    return (SkNearest) { FALSE, 0, 0, FALSE, -1 };
  if (m->w <= 0)
    return (SkNearest) { TRUE, 0, 0, FALSE, -1 };
  return (SkNearest) { TRUE, m->meters / m->w, m->minutes / m->w, FALSE, -1 };
}

/* Crow-fly search. The nearest site is found with a flat (equirectangular)
 * distance, which is within 0.1 % of the great-circle one over a region of
 * 100 km at 52° N; a site within 1 % of the best so far gets its exact
 * haversine distance, so the result is the haversine minimum. */
typedef struct
{
  double lat;
  double lon;
  double cos_lat;
} FlatPoint;

static double
flat_m (const FlatPoint *p,
        double           lat,
        double           lon)
{
  double k = SK_EARTH_RADIUS_M * G_PI / 180.0;
  double dx = (lon - p->lon) * p->cos_lat * k, dy = (lat - p->lat) * k;

  return sqrt (dx * dx + dy * dy);
}

/* Lowers *BEST (haversine metres) to the site at LAT, LON when nearer. */
static void
consider_site (const FlatPoint *p,
               double           lat,
               double           lon,
               double          *best)
{
  if (flat_m (p, lat, lon) <= *best * 1.01 + 1.0)
    *best = MIN (*best, sk_geo_haversine_m (p->lat, p->lon, lat, lon));
}

static FlatPoint
flat_point (const SkPopPoint *p)
{
  return (FlatPoint) { p->lat, p->lon, cos (p->lat * G_PI / 180.0) };
}

/* Per population point (kern after kern) and type: haversine metres to the
 * nearest of the region's own facilities, G_MAXDOUBLE when none. */
static double *
crow_fly_base (SkRegion *region,
               size_t    n_points)
{
  double *base = g_new (double, MAX (n_points, 1) * SK_N_FACILITY_TYPES);
  size_t at = 0;

  for (size_t i = 0; i < MAX (n_points, 1) * SK_N_FACILITY_TYPES; i++)
    base[i] = G_MAXDOUBLE;
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    {
      const SkKern *kern = sk_region_get_kern (region, i);

      for (size_t p = 0; p < kern->n_population; p++, at++)
        {
          FlatPoint fp = flat_point (&kern->population[p]);

          for (size_t f = 0; f < sk_region_get_n_facilities (region); f++)
            {
              const SkFacility *fac = sk_region_get_facility (region, f);

              consider_site (&fp, fac->lat, fac->lon, &base[at * SK_N_FACILITY_TYPES + fac->type]);
            }
        }
    }
  return base;
}

/* Every computed mode from the base plus the plan's additions: metres ×
 * the mode's detour at its rural speed. */
static void
fill_crow_fly (SkReachResult         *r,
               SkRegion              *region,
               SkKengetallen         *k,
               const double          *base,
               const SkReachAddition *additions,
               size_t                 n_additions)
{
  double best[SK_N_FACILITY_TYPES];
  g_autofree Mean *means = g_new0 (Mean, MAX (r->n_kernen, 1) * SK_N_FACILITY_TYPES);
  size_t at = 0;

  for (size_t i = 0; i < r->n_kernen; i++)
    {
      const SkKern *kern = sk_region_get_kern (region, i);

      for (size_t p = 0; p < kern->n_population; p++, at++)
        {
          FlatPoint fp = flat_point (&kern->population[p]);

          memcpy (best, &base[at * SK_N_FACILITY_TYPES], sizeof best);
          for (size_t a = 0; a < n_additions; a++)
            consider_site (&fp, additions[a].lat, additions[a].lon, &best[additions[a].type]);
          for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
            if (best[t] < G_MAXDOUBLE)
              mean_add (&means[i * SK_N_FACILITY_TYPES + t], point_weight (kern, p), best[t], 0);
        }
    }
  for (int m = 0; m < SK_N_MODES; m++)
    {
      double detour = sk_kengetallen_get_detour (k, (SkMode) m)->central;
      double m_per_min = sk_kengetallen_get_speed (k, (SkMode) m, SK_ROAD_TERTIARY)->central
                         * 1000.0 / 60.0;

      if (!(r->modes & SK_ACCESS (m)))
        continue;
      for (size_t i = 0; i < r->n_kernen; i++)
        for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
          {
            Mean *mean = &means[i * SK_N_FACILITY_TYPES + t];
            SkNearest n = mean_result (mean, r->has_type[t]);

            n.meters *= detour;
            n.minutes = n.meters / m_per_min;
            *nearest_at (r, i, (SkFacilityType) t, (SkMode) m) = n;
          }
    }
}

/* SNAPS and SNAPPED hold every kern's population points in kern order. */
static void
fill_from_reach (SkReachResult  *r,
                 SkRegion       *region,
                 SkReach        *reach,
                 const SkSnap   *snaps,
                 const gboolean *snapped)
{
  SkMode mode = sk_reach_get_mode (reach);

  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      size_t at = 0;

      if (!r->has_type[t])
        continue;
      for (size_t i = 0; i < r->n_kernen; i++)
        {
          const SkKern *kern = sk_region_get_kern (region, i);
          Mean mean = { 0 };
          gboolean any = FALSE;

          for (size_t p = 0; p < kern->n_population; p++, at++)
            {
              double seconds, meters;

              if (!snapped[at]
                  || !sk_reach_query_snap (reach, (SkFacilityType) t, &snaps[at], &seconds, &meters))
                continue;
              any = TRUE;
              mean_add (&mean, point_weight (kern, p), meters, seconds / 60.0);
            }
          *nearest_at (r, i, (SkFacilityType) t, mode) = mean_result (&mean, any);
        }
    }
}

static void
set_region_sites (SkReach  *reach,
                  SkRegion *region)
{
  g_autoptr(GArray) sites = g_array_new (FALSE, FALSE, sizeof (SkLatLon));

  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      g_array_set_size (sites, 0);
      for (size_t i = 0; i < sk_region_get_n_facilities (region); i++)
        {
          const SkFacility *f = sk_region_get_facility (region, i);
          SkLatLon p = { f->lat, f->lon };

          if (f->type == (SkFacilityType) t)
            g_array_append_val (sites, p);
        }
      if (sites->len > 0)
        sk_reach_set_sites (reach, (SkFacilityType) t, (SkLatLon *) sites->data, sites->len);
    }
}

/* The nearest kern whose status for a type is "onbekend", seen from a
 * kern, per mode: it depends on the region only, so it is found once per
 * SkReachState, not per evaluation. */
typedef struct
{
  double meters;   /* crow-fly estimate (sk_reach_crow_fly); INFINITY: none */
  int via;         /* that kern; -1: none */
} UnknownNear;

static UnknownNear *
unknown_near_at (UnknownNear    *near,
                 size_t          kern,
                 SkFacilityType  type,
                 SkMode          mode)
{
  return &near[(kern * SK_N_FACILITY_TYPES + type) * SK_N_MODES + mode];
}

static void
find_unknown_near (UnknownNear    *near,
                   SkRegion       *region,
                   SkKengetallen  *k,
                   SkFacilityType  type,
                   const GArray   *unknown)
{
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    for (int m = 0; m < SK_N_MODES; m++)
      {
        UnknownNear *u = unknown_near_at (near, i, type, (SkMode) m);
        const SkKern *from = sk_region_get_kern (region, i);

        for (guint x = 0; x < unknown->len; x++)
          {
            size_t j = g_array_index (unknown, size_t, x);
            const SkKern *to = sk_region_get_kern (region, j);
            double meters, minutes;

            sk_reach_crow_fly (k, (SkMode) m, from->lat, from->lon, to->lat, to->lon, &meters,
                               &minutes);
            if (meters < u->meters)
              *u = (UnknownNear) { meters, (int) j };
          }
      }
}

/* NULL when no kern of the region is "onbekend" for any type. VOUCHED
 * ([kern][type], may be NULL): kernen made known during the session. */
static UnknownNear *
unknown_near_new (SkRegion       *region,
                  SkKengetallen  *k,
                  const gboolean *vouched)
{
  size_t n = sk_region_get_n_kernen (region) * SK_N_FACILITY_TYPES * SK_N_MODES;
  UnknownNear *near = NULL;

  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      g_autoptr(GArray) unknown = g_array_new (FALSE, FALSE, sizeof (size_t));

      for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
        if (sk_facility_status_is_uncertain (
              sk_region_get_facility_status (region, i, (SkFacilityType) t, NULL))
            && (vouched == NULL || !vouched[i * SK_N_FACILITY_TYPES + t]))
          g_array_append_val (unknown, i);
      if (unknown->len == 0)
        continue;
      if (near == NULL)
        {
          near = g_new (UnknownNear, n);
          for (size_t x = 0; x < n; x++)
            near[x] = (UnknownNear) { INFINITY, -1 };
        }
      find_unknown_near (near, region, k, (SkFacilityType) t, unknown);
    }
  return near;
}

/* Kern I gets no time when an "onbekend" kern J (I itself included) is
 * nearer than the nearest facility in the data: J may have one, so the
 * true trip may be shorter. "Nearer" is the crow-fly estimate of I → J
 * against the trip found, also when that trip came from the road
 * network: an estimate, but one that errs towards "niet bekend". */
static void
mark_unknown (SkReachResult     *r,
              const UnknownNear *near)
{
  if (near == NULL)
    return;
  for (size_t i = 0; i < r->n_kernen; i++)
    for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
      for (int m = 0; m < SK_N_MODES; m++)
        {
          const UnknownNear *u = unknown_near_at ((UnknownNear *) near, i, (SkFacilityType) t,
                                                  (SkMode) m);
          SkNearest *n = nearest_at (r, i, (SkFacilityType) t, (SkMode) m);

          if (!r->has_type[t] || !(r->modes & SK_ACCESS (m)) || u->via < 0)
            continue;
          /* A kern uncertain itself stays so even with a facility in it:
           * one nearer to its people may be missing ("onvolledig"). */
          if (u->via == (int) i || !n->reachable || u->meters < n->meters)
            *n = (SkNearest) { FALSE, NAN, NAN, TRUE, u->via };
        }
}

/* Population-weighted over kernen with known inhabitants; an unreachable
 * kern counts as outside the norm and is left out of the mean; a kern
 * with an unknown status is left out of both, and counted. */
static void
summarise (SkReachResult *r,
           SkRegion      *region,
           SkKengetallen *k)
{
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    for (int m = 0; m < SK_N_MODES; m++)
      {
        SkReachSummary *s = &r->summary[t][m];
        const SkFigure *norm = sk_kengetallen_get_norm (k, (SkFacilityType) t);
        double w_all = 0, w_reach = 0, w_within = 0, sum = 0;

        if (!r->has_type[t] || !(r->modes & SK_ACCESS (m)))
          continue;
        s->present = TRUE;
        s->norm_minutes = norm != NULL ? norm->central : NAN;
        for (size_t i = 0; i < r->n_kernen; i++)
          {
            const SkNearest *n = nearest_at (r, i, (SkFacilityType) t, (SkMode) m);
            double w = MAX (0, sk_region_get_kern (region, i)->inhabitants);

            if (n->unknown)
              {
                s->n_unknown++;
                s->inhabitants_unknown += (long) w;
                continue;
              }
            w_all += w;
            if (!n->reachable)
              continue;
            w_reach += w;
            sum += w * n->minutes;
            if (norm != NULL && n->minutes <= norm->central)
              w_within += w;
          }
        s->mean_minutes = w_reach > 0 ? sum / w_reach : NAN;
        s->share_within_norm = w_all > 0 && norm != NULL ? w_within / w_all : NAN;
      }
}

/* The searches of one evaluation: per mode an SkReach seeded with the
 * region's facilities, and the plan's additions applied to it as edits. */
struct _SkReachState
{
  SkRegion *region;
  SkKengetallen *kengetallen;   /* borrowed */
  SkReachMethod method;
  guint modes;
  SkReach *reach[SK_N_MODES];
  SkSnap *snaps[SK_N_MODES];    /* per population point, kern after kern */
  gboolean *snapped[SK_N_MODES];
  GArray *sites;                /* Site: the additions now in the searches */
  double *crow_base;            /* crow-fly: see crow_fly_base () */
  UnknownNear *unknown_near;    /* [kern][type][mode]; NULL: nothing "onbekend" */
};

typedef struct
{
  SkReachAddition at;
  int id;                       /* the SkReach site id (the same in every mode) */
} Site;

static size_t
count_points (SkRegion *region)
{
  size_t n = 0;

  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    n += sk_region_get_kern (region, i)->n_population;
  return n;
}

static void
init_mode (SkReachState *st,
           SkMode        mode)
{
  SkNetwork *network = sk_region_get_network (st->region);
  size_t n = sk_region_get_n_kernen (st->region);
  size_t n_points = count_points (st->region), at = 0;

  st->reach[mode] = sk_reach_new (network, mode);
  st->snaps[mode] = g_new0 (SkSnap, MAX (n_points, 1));
  st->snapped[mode] = g_new0 (gboolean, MAX (n_points, 1));
  for (size_t i = 0; i < n; i++)
    {
      const SkKern *kern = sk_region_get_kern (st->region, i);

      for (size_t p = 0; p < kern->n_population; p++, at++)
        st->snapped[mode][at] = sk_network_snap (network, mode, kern->population[p].lat,
                                                 kern->population[p].lon, &st->snaps[mode][at]);
    }
  set_region_sites (st->reach[mode], st->region);
}

/* The modes to set up, shared by the threads: each takes the next. */
typedef struct
{
  SkReachState *st;
  SkMode modes[SK_N_MODES];
  int n_modes;
  int next;          /* atomic */
} ModeWork;

static gpointer
mode_worker (gpointer data)
{
  ModeWork *w = data;
  int i;

  while ((i = g_atomic_int_add (&w->next, 1)) < w->n_modes)
    init_mode (w->st, w->modes[i]);
  return NULL;
}

/* One full search per mode, spread over the processors (a network is
 * read-only and may be shared; every thread has its own SkReach). */
static void
init_network (ModeWork *w)
{
  int n_threads = MIN ((int) g_get_num_processors (), w->n_modes);
  GThread *threads[SK_N_MODES];

  for (int t = 1; t < n_threads; t++)
    threads[t] = g_thread_new ("sk-reach", mode_worker, w);
  mode_worker (w);
  for (int t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);
}

SkReachState *
sk_reach_state_new (SkRegion      *region,
                    SkKengetallen *kengetallen,
                    guint          modes)
{
  SkReachState *st = g_new0 (SkReachState, 1);
  ModeWork work = { st, { 0 }, 0, 0 };

  g_return_val_if_fail (SK_IS_REGION (region), NULL);
  st->region = g_object_ref (region);
  st->kengetallen = kengetallen;
  st->modes = modes & SK_ACCESS_ALL;
  st->method = sk_region_get_network (region) != NULL ? SK_REACH_METHOD_NETWORK
                                                      : SK_REACH_METHOD_CROW_FLY;
  st->sites = g_array_new (FALSE, FALSE, sizeof (Site));
  st->unknown_near = unknown_near_new (region, kengetallen, NULL);
  for (int m = 0; m < SK_N_MODES; m++)
    if (st->modes & SK_ACCESS (m))
      work.modes[work.n_modes++] = (SkMode) m;
  if (st->method == SK_REACH_METHOD_NETWORK)
    init_network (&work);
  else
    st->crow_base = crow_fly_base (region, count_points (region));
  return st;
}

void
sk_reach_state_free (SkReachState *st)
{
  if (st == NULL)
    return;
  for (int m = 0; m < SK_N_MODES; m++)
    {
      g_clear_pointer (&st->reach[m], sk_reach_free);
      g_free (st->snaps[m]);
      g_free (st->snapped[m]);
    }
  g_array_unref (st->sites);
  g_free (st->unknown_near);
  g_object_unref (st->region);
  g_free (st->crow_base);
  g_free (st);
}

/* How far from a kern's centre a facility without a kom around it still
 * counts as that kern's: the radius of the "expected facilities" rule
 * (data/reach/voorzieningen-verwacht.json, central value, an assumption). */
#define SK_REACH_KERN_RADIUS_M 1500.0

static gboolean
in_outline (const SkKern *kern,
            double        lat,
            double        lon)
{
  gboolean inside = FALSE;

  if (kern->outline == NULL || !sk_bbox_contains (&kern->outline_bbox, lat, lon))
    return FALSE;
  /* Even-odd over the rings: a hole is a ring inside a ring. */
  for (size_t r = 0; r < kern->n_outline; r++)
    if (sk_geo_point_in_polygon (kern->outline[r].points, kern->outline[r].n_points, lat, lon))
      inside = !inside;
  return inside;
}

int
sk_reach_kern_of_point (SkRegion *region,
                        double    lat,
                        double    lon)
{
  int best = -1;
  double best_m = SK_REACH_KERN_RADIUS_M;

  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    if (in_outline (sk_region_get_kern (region, i), lat, lon))
      return (int) i;
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    {
      const SkKern *k = sk_region_get_kern (region, i);
      double m = sk_geo_haversine_m (lat, lon, k->lat, k->lon);

      if (m <= best_m)
        {
          best_m = m;
          best = (int) i;
        }
    }
  return best;
}

void
sk_reach_state_set_vouched (SkReachState          *st,
                            const SkReachAddition *facilities,
                            size_t                 n)
{
  size_t n_kernen = sk_region_get_n_kernen (st->region);
  g_autofree gboolean *vouched = g_new0 (gboolean, MAX (n_kernen, 1) * SK_N_FACILITY_TYPES);

  for (size_t f = 0; f < n; f++)
    {
      int kern = sk_reach_kern_of_point (st->region, facilities[f].lat, facilities[f].lon);

      if (kern >= 0)
        vouched[(size_t) kern * SK_N_FACILITY_TYPES + facilities[f].type] = TRUE;
    }
  g_free (st->unknown_near);
  st->unknown_near = unknown_near_new (st->region, st->kengetallen, vouched);
}

guint
sk_reach_state_get_modes (SkReachState *st)
{
  return st->modes;
}

static gboolean
same_place (const SkReachAddition *a,
            const SkReachAddition *b)
{
  return a->type == b->type && a->lat == b->lat && a->lon == b->lon;
}

/* Adds (ID < 0) or moves site ID in the search of every mode; returns
 * the site's id. */
static int
place_site (SkReachState          *st,
            int                    id,
            const SkReachAddition *to)
{
  int result = id;

  for (int m = 0; m < SK_N_MODES; m++)
    {
      if (st->reach[m] == NULL)
        continue;
      if (id < 0)
        result = sk_reach_add_site (st->reach[m], to->type, to->lat, to->lon);
      else
        sk_reach_move_site (st->reach[m], to->type, id, to->lat, to->lon);
    }
  return result;
}

static void
remove_site (SkReachState *st,
             const Site   *site)
{
  for (int m = 0; m < SK_N_MODES; m++)
    if (st->reach[m] != NULL)
      sk_reach_remove_site (st->reach[m], site->at.type, site->id);
}

guint
sk_reach_state_set_additions (SkReachState          *st,
                              const SkReachAddition *additions,
                              size_t                 n)
{
  g_autoptr(GArray) next = g_array_sized_new (FALSE, FALSE, sizeof (Site), (guint) n);
  g_autofree gboolean *kept = g_new0 (gboolean, st->sites->len + 1);
  g_autofree gboolean *placed = g_new0 (gboolean, n + 1);
  guint n_edits = 0;

  g_array_set_size (next, (guint) n);
  /* 1. Sites that did not change keep their place in the searches. */
  for (size_t i = 0; i < n; i++)
    for (guint j = 0; j < st->sites->len && !placed[i]; j++)
      if (!kept[j] && same_place (&additions[i], &g_array_index (st->sites, Site, j).at))
        {
          g_array_index (next, Site, i) = g_array_index (st->sites, Site, j);
          kept[j] = placed[i] = TRUE;
        }
  /* 2. A new place of a type with an unused old site: a move. 3. Else an add. */
  for (size_t i = 0; i < n; i++)
    {
      int id = -1;

      if (placed[i])
        continue;
      for (guint j = 0; j < st->sites->len && id < 0; j++)
        if (!kept[j] && g_array_index (st->sites, Site, j).at.type == additions[i].type)
          {
            kept[j] = TRUE;
            id = g_array_index (st->sites, Site, j).id;
          }
      g_array_index (next, Site, i) = (Site) { additions[i], place_site (st, id, &additions[i]) };
      n_edits++;
    }
  /* 4. What is left of the old sites is gone from the plan. */
  for (guint j = 0; j < st->sites->len; j++)
    if (!kept[j])
      {
        remove_site (st, &g_array_index (st->sites, Site, j));
        n_edits++;
      }
  g_array_set_size (st->sites, 0);
  g_array_append_vals (st->sites, next->data, next->len);
  return n_edits;
}

SkReachResult *
sk_reach_state_dup_result (SkReachState *st)
{
  g_autoptr(GArray) adds = g_array_sized_new (FALSE, FALSE, sizeof (SkReachAddition),
                                              st->sites->len);
  SkReachResult *r;

  for (guint i = 0; i < st->sites->len; i++)
    g_array_append_val (adds, g_array_index (st->sites, Site, i).at);
  r = result_new (st->region, st->method, st->modes, (SkReachAddition *) adds->data, adds->len);
  if (st->method == SK_REACH_METHOD_CROW_FLY)
    fill_crow_fly (r, st->region, st->kengetallen, st->crow_base,
                   (SkReachAddition *) adds->data, adds->len);
  for (int m = 0; m < SK_N_MODES; m++)
    if ((st->modes & SK_ACCESS (m)) && st->reach[m] != NULL)
      fill_from_reach (r, st->region, st->reach[m], st->snaps[m], st->snapped[m]);
  mark_unknown (r, st->unknown_near);
  summarise (r, st->region, st->kengetallen);
  return r;
}

gboolean
sk_reach_evaluate (SkRegion               *region,
                   SkKengetallen          *kengetallen,
                   const SkReachAddition  *additions,
                   size_t                  n_additions,
                   guint                   modes,
                   SkReachResult         **before,
                   SkReachResult         **after,
                   GError                **error)
{
  g_autoptr(SkReachState) st = NULL;

  g_return_val_if_fail (SK_IS_REGION (region), FALSE);
  st = sk_reach_state_new (region, kengetallen, modes);
  *before = sk_reach_state_dup_result (st);
  if (after != NULL)
    *after = NULL;
  if (n_additions == 0)
    return TRUE;
  sk_reach_state_set_additions (st, additions, n_additions);
  if (after != NULL)
    *after = sk_reach_state_dup_result (st);
  return TRUE;
}

char *
sk_reach_format_left_out (guint n_kernen)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u kern niet meegeteld: niet bekend",
                                       "%u kernen niet meegeteld: niet bekend", n_kernen),
                          n_kernen);
}

SkReachMethod
sk_reach_result_get_method (SkReachResult *self)
{
  return self->method;
}

guint
sk_reach_result_get_modes (SkReachResult *self)
{
  return self->modes;
}

size_t
sk_reach_result_get_n_kernen (SkReachResult *self)
{
  return self->n_kernen;
}

gboolean
sk_reach_result_has_type (SkReachResult  *self,
                          SkFacilityType  type)
{
  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, FALSE);
  return self->has_type[type];
}

const SkNearest *
sk_reach_result_get_nearest (SkReachResult  *self,
                             size_t          kern,
                             SkFacilityType  type,
                             SkMode          mode)
{
  g_return_val_if_fail (kern < self->n_kernen, NULL);
  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, NULL);
  g_return_val_if_fail (mode >= 0 && mode < SK_N_MODES, NULL);
  return nearest_at (self, kern, type, mode);
}

const SkReachSummary *
sk_reach_result_get_summary (SkReachResult  *self,
                             SkFacilityType  type,
                             SkMode          mode)
{
  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, NULL);
  g_return_val_if_fail (mode >= 0 && mode < SK_N_MODES, NULL);
  return &self->summary[type][mode];
}
