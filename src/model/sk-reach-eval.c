/* sk-reach-eval.c — reachability indicators from a network or crow-fly. */
#include "sk-config.h"
#include "sk-reach-eval.h"
#include "sk-reach.h"

#include <math.h>

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

static void
crow_fly_consider (SkKengetallen *k,
                   SkMode         mode,
                   const SkKern  *kern,
                   double         lat,
                   double         lon,
                   SkNearest     *n)
{
  double meters, minutes;

  sk_reach_crow_fly (k, mode, kern->lat, kern->lon, lat, lon, &meters, &minutes);
  if (!n->reachable || minutes < n->minutes)
    *n = (SkNearest) { TRUE, meters, minutes };
}

static void
fill_crow_fly (SkReachResult         *r,
               SkRegion              *region,
               SkKengetallen         *k,
               SkMode                 mode,
               const SkReachAddition *additions,
               size_t                 n_additions)
{
  for (size_t i = 0; i < r->n_kernen; i++)
    {
      const SkKern *kern = sk_region_get_kern (region, i);

      for (size_t f = 0; f < sk_region_get_n_facilities (region); f++)
        {
          const SkFacility *fac = sk_region_get_facility (region, f);
          crow_fly_consider (k, mode, kern, fac->lat, fac->lon, nearest_at (r, i, fac->type, mode));
        }
      for (size_t a = 0; a < n_additions; a++)
        crow_fly_consider (k, mode, kern, additions[a].lat, additions[a].lon,
                           nearest_at (r, i, additions[a].type, mode));
    }
}

static void
fill_from_reach (SkReachResult *r,
                 SkReach       *reach,
                 const SkSnap  *snaps,
                 const gboolean *snapped)
{
  SkMode mode = sk_reach_get_mode (reach);

  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      if (!r->has_type[t])
        continue;
      for (size_t i = 0; i < r->n_kernen; i++)
        {
          SkNearest *n = nearest_at (r, i, (SkFacilityType) t, mode);
          double seconds, meters;

          if (snapped[i]
              && sk_reach_query_snap (reach, (SkFacilityType) t, &snaps[i], &seconds, &meters))
            *n = (SkNearest) { TRUE, meters, seconds / 60.0 };
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

static void
evaluate_network_mode (SkRegion              *region,
                       SkNetwork             *network,
                       SkMode                 mode,
                       const SkReachAddition *additions,
                       size_t                 n_additions,
                       SkReachResult         *before,
                       SkReachResult         *after)
{
  g_autoptr(SkReach) reach = sk_reach_new (network, mode);
  size_t n = sk_region_get_n_kernen (region);
  g_autofree SkSnap *snaps = g_new0 (SkSnap, MAX (n, 1));
  g_autofree gboolean *snapped = g_new0 (gboolean, MAX (n, 1));

  for (size_t i = 0; i < n; i++)
    snapped[i] = sk_network_snap (network, mode, sk_region_get_kern (region, i)->lat,
                                  sk_region_get_kern (region, i)->lon, &snaps[i]);
  set_region_sites (reach, region);
  fill_from_reach (before, reach, snaps, snapped);
  if (after == NULL)
    return;
  for (size_t a = 0; a < n_additions; a++)
    sk_reach_add_site (reach, additions[a].type, additions[a].lat, additions[a].lon);
  fill_from_reach (after, reach, snaps, snapped);
}

/* Population-weighted over kernen with known inhabitants; an unreachable
 * kern counts as outside the norm and is left out of the mean. */
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

/* The modes of one evaluation, shared by the worker threads: each takes
 * the next mode and writes only that mode's slots of the results. */
typedef struct
{
  SkRegion *region;
  SkNetwork *network;
  const SkReachAddition *additions;
  size_t n_additions;
  SkReachResult *before, *after;
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
    evaluate_network_mode (w->region, w->network, w->modes[i], w->additions, w->n_additions,
                           w->before, w->after);
  return NULL;
}

/* One search per mode, spread over the processors (a network is read-only
 * and may be shared; every thread has its own SkReach). */
static void
evaluate_network (ModeWork *w)
{
  int n_threads = MIN ((int) g_get_num_processors (), w->n_modes);
  GThread *threads[SK_N_MODES];

  for (int t = 1; t < n_threads; t++)
    threads[t] = g_thread_new ("sk-reach", mode_worker, w);
  mode_worker (w);
  for (int t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);
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
  SkNetwork *network = sk_region_get_network (region);
  SkReachMethod method = network != NULL ? SK_REACH_METHOD_NETWORK : SK_REACH_METHOD_CROW_FLY;
  g_autoptr(SkReachResult) b = result_new (region, method, modes, NULL, 0);
  g_autoptr(SkReachResult) a = NULL;
  ModeWork work = { region, network, additions, n_additions, NULL, NULL, { 0 }, 0, 0 };

  g_return_val_if_fail (SK_IS_REGION (region), FALSE);
  if (n_additions > 0)
    a = result_new (region, method, modes, additions, n_additions);
  work.before = b, work.after = a;
  for (int m = 0; m < SK_N_MODES; m++)
    {
      if (!(modes & SK_ACCESS (m)))
        continue;
      work.modes[work.n_modes++] = (SkMode) m;
      if (network == NULL)
        {
          fill_crow_fly (b, region, kengetallen, (SkMode) m, NULL, 0);
          if (a != NULL)
            fill_crow_fly (a, region, kengetallen, (SkMode) m, additions, n_additions);
        }
    }
  if (network != NULL)
    evaluate_network (&work);
  summarise (b, region, kengetallen);
  if (a != NULL)
    summarise (a, region, kengetallen);
  *before = g_steal_pointer (&b);
  if (after != NULL)
    *after = g_steal_pointer (&a);
  return TRUE;
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
