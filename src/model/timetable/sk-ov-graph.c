/* sk-ov-graph.c — a timetable on one date, with the plan's overlay, as
 * the search needs it: patterns of trips, footpaths, access and egress.
 *
 * Trips of the day before that run past midnight (GTFS times ≥ 24:00)
 * are included, shifted back by a day, so a window just after midnight
 * sees them. */
#include "sk-config.h"
#include "sk-ov-access-net.h"
#include "sk-ov-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define DAY_S 86400

/* A trip as emitted for the day: stops and times. */
typedef struct
{
  GArray *stops;   /* guint32 */
  GArray *arr;     /* gint32 */
  GArray *dep;     /* gint32 */
  gboolean overlay; /* a buurtbus of the plan */
} DayTrip;

/* A new stop placed on the leg A → B of ROUTE at FRACTION (0 at A). */
typedef struct
{
  guint32 route;
  guint32 a, b;
  double fraction;
  guint32 stop;
} Insertion;

typedef struct
{
  SkTimetable *tt;
  SkOvGraph *g;
  SkOvFigures fig;
  double walk_detour;
  double bike_detour;
  GArray *positions;       /* SkLatLon: base, then overlay stops */
  GArray *insertions;      /* Insertion */
  GArray *hub_stops;       /* guint32 */
  GPtrArray *day_trips;    /* DayTrip * */
  GHashTable *groups;      /* GBytes (stop sequence) → GPtrArray of DayTrip * */
  const SkOvGraph *base;   /* extending this graph (sk_ov_graph_extend), or NULL */
  size_t first;            /* access and egress are worked out from this stop on */
} Builder;

static void
day_trip_free (gpointer p)
{
  DayTrip *t = p;

  g_array_unref (t->stops);
  g_array_unref (t->arr);
  g_array_unref (t->dep);
  g_free (t);
}

static DayTrip *
day_trip_new (void)
{
  DayTrip *t = g_new0 (DayTrip, 1);

  t->stops = g_array_new (FALSE, FALSE, sizeof (guint32));
  t->arr = g_array_new (FALSE, FALSE, sizeof (gint32));
  t->dep = g_array_new (FALSE, FALSE, sizeof (gint32));
  return t;
}

static void
day_trip_add (DayTrip *t,
              guint32  stop,
              gint32   arr,
              gint32   dep)
{
  g_array_append_val (t->stops, stop);
  g_array_append_val (t->arr, arr);
  g_array_append_val (t->dep, dep);
}

static guint32
add_position (Builder *b,
              double   lat,
              double   lon)
{
  SkLatLon p = { lat, lon };

  g_array_append_val (b->positions, p);
  return b->positions->len - 1;
}

/* Distance in metres from P to the segment A–B, and where along it (0 … 1),
 * in a local flat projection (fine over a few kilometres). */
static double
segment_distance (SkLatLon  p,
                  SkLatLon  a,
                  SkLatLon  b,
                  double   *fraction)
{
  double k = cos (p.lat * G_PI / 180.0) * 111320.0;
  double ax = (a.lon - p.lon) * k, ay = (a.lat - p.lat) * 111320.0;
  double bx = (b.lon - p.lon) * k, by = (b.lat - p.lat) * 111320.0;
  double dx = bx - ax, dy = by - ay;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? CLAMP (-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;

  *fraction = t;
  return hypot (ax + t * dx, ay + t * dy);
}

static const SkLatLon *
stop_pos (Builder *b,
          guint32  s)
{
  return &g_array_index (b->positions, SkLatLon, s);
}

/* A new stop goes on the nearest leg of any route, within the radius. */
static void
place_new_stop (Builder  *b,
                SkLatLon  p)
{
  const guint32 *st = (const guint32 *) b->tt->st_stop->data;
  double best = SK_OV_NEW_STOP_RADIUS_M, f;
  Insertion ins = { G_MAXUINT32, 0, 0, 0, 0 };

  for (guint i = 0; i < b->tt->trips->len; i++)
    {
      const SkTrip *t = &g_array_index (b->tt->trips, SkTrip, i);

      for (guint k = 0; k + 1 < t->n; k++)
        {
          double d = segment_distance (p, *stop_pos (b, st[t->first + k]),
                                       *stop_pos (b, st[t->first + k + 1]), &f);

          if (d < best)
            {
              best = d;
              ins = (Insertion) { t->route, st[t->first + k], st[t->first + k + 1], f, 0 };
            }
        }
    }
  if (ins.route == G_MAXUINT32)
    {
      g_ptr_array_add (b->g->notes,
                       g_strdup_printf (_("Een nieuwe halte (%.5f, %.5f) ligt niet binnen %.0f m "
                                          "van een bus- of treinlijn en verandert niets."),
                                        p.lat, p.lon, SK_OV_NEW_STOP_RADIUS_M));
      return;
    }
  ins.stop = add_position (b, p.lat, p.lon);
  g_array_append_val (b->insertions, ins);
}

static const Insertion *
find_insertion (Builder *b,
                guint32  route,
                guint32  from,
                guint32  to,
                gboolean *reversed)
{
  for (guint i = 0; i < b->insertions->len; i++)
    {
      const Insertion *ins = &g_array_index (b->insertions, Insertion, i);

      if (ins->route != route)
        continue;
      *reversed = ins->a == to && ins->b == from;
      if ((ins->a == from && ins->b == to) || *reversed)
        return ins;
    }
  return NULL;
}

/* One GTFS trip on the day, SHIFT seconds (0, or −86400 for yesterday's),
 * with any new stop of the plan inserted. */
static DayTrip *
emit_trip (Builder      *b,
           const SkTrip *t,
           gint32        shift)
{
  const guint32 *st = (const guint32 *) b->tt->st_stop->data;
  const gint32 *arr = (const gint32 *) b->tt->st_arr->data;
  const gint32 *dep = (const gint32 *) b->tt->st_dep->data;
  DayTrip *d = day_trip_new ();
  gint32 delay = 0;

  for (guint k = 0; k < t->n; k++)
    {
      guint i = t->first + k;
      gboolean reversed = FALSE;
      const Insertion *ins;

      day_trip_add (d, st[i], arr[i] + shift + delay, dep[i] + shift + delay);
      if (k + 1 < t->n && (ins = find_insertion (b, t->route, st[i], st[i + 1], &reversed)))
        {
          double f = reversed ? 1.0 - ins->fraction : ins->fraction;
          gint32 at = dep[i] + shift + delay + (gint32) lround (f * (arr[i + 1] - dep[i]));

          day_trip_add (d, ins->stop, at, at + SK_OV_NEW_STOP_DWELL_S);
          delay += SK_OV_NEW_STOP_DWELL_S;
        }
    }
  return d;
}

static void
emit_timetable (Builder     *b,
                const GDate *date)
{
  guint32 today = g_date_get_julian (date);

  for (int day = 0; day < 2; day++)
    {
      guint32 julian = today - (guint32) day;
      gint32 shift = day == 0 ? 0 : -DAY_S;
      g_autofree gboolean *runs = g_new0 (gboolean, MAX (b->tt->services->len, 1));

      if (julian < 1)
        continue;
      for (guint i = 0; i < b->tt->services->len; i++)
        runs[i] = sk_service_runs_on (&g_array_index (b->tt->services, SkService, i), julian);
      for (guint i = 0; i < b->tt->trips->len; i++)
        {
          const SkTrip *t = &g_array_index (b->tt->trips, SkTrip, i);
          gint32 last = g_array_index (b->tt->st_arr, gint32, t->first + t->n - 1);

          if (runs[t->service] && (day == 0 || last >= DAY_S))
            g_ptr_array_add (b->day_trips, emit_trip (b, t, shift));
        }
    }
}

static double
line_leg_seconds (const SkOvLine *l,
                  size_t          i,
                  double          car_detour)
{
  if (l->segment_s != NULL)
    return l->segment_s[i];
  return sk_geo_haversine_m (l->points[i].lat, l->points[i].lon, l->points[i + 1].lat,
                             l->points[i + 1].lon) * car_detour / (l->speed_kmh / 3.6);
}

/* A buurtbus: both directions, every headway from first to last. */
static void
emit_line (Builder        *b,
           const SkOvLine *l,
           double          car_detour)
{
  g_autofree guint32 *stops = g_new (guint32, l->n);

  for (size_t i = 0; i < l->n; i++)
    stops[i] = add_position (b, l->points[i].lat, l->points[i].lon);
  for (int dir = 0; dir < 2; dir++)
    for (int t0 = l->first; t0 <= l->last; t0 += l->headway_s)
      {
        DayTrip *d = day_trip_new ();
        double at = t0;

        d->overlay = TRUE;
        for (size_t k = 0; k < l->n; k++)
          {
            size_t i = dir == 0 ? k : l->n - 1 - k;

            if (k > 0)
              at += line_leg_seconds (l, dir == 0 ? i - 1 : i, car_detour);
            day_trip_add (d, stops[i], (gint32) lround (at), (gint32) lround (at));
          }
        g_ptr_array_add (b->day_trips, d);
      }
}


static int
compare_first_dep (gconstpointer a,
                   gconstpointer b)
{
  const DayTrip *x = *(DayTrip *const *) a, *y = *(DayTrip *const *) b;
  gint32 dx = g_array_index (x->dep, gint32, 0), dy = g_array_index (y->dep, gint32, 0);

  return dx < dy ? -1 : dx > dy;
}

/* FIFO: B never arrives or leaves before A anywhere along the pattern. */
static gboolean
follows (const DayTrip *a,
         const DayTrip *b)
{
  for (guint i = 0; i < a->stops->len; i++)
    if (g_array_index (b->arr, gint32, i) < g_array_index (a->arr, gint32, i)
        || g_array_index (b->dep, gint32, i) < g_array_index (a->dep, gint32, i))
      return FALSE;
  return TRUE;
}

static void
add_pattern (SkOvGraph *g,
             GPtrArray *trips)
{
  const DayTrip *t0 = g_ptr_array_index (trips, 0);
  SkOvPattern p = { g->pattern_stops->len, t0->stops->len, trips->len, g->arr->len,
                    t0->overlay };

  g_array_append_vals (g->pattern_stops, t0->stops->data, t0->stops->len);
  for (guint t = 0; t < trips->len; t++)
    {
      const DayTrip *d = g_ptr_array_index (trips, t);

      g_array_append_vals (g->arr, d->arr->data, d->arr->len);
      g_array_append_vals (g->dep, d->dep->data, d->dep->len);
    }
  g_array_append_val (g->patterns, p);
}

/* Trips with the same stops, sorted by departure, split where one would
 * overtake another (RAPTOR relies on trips of a pattern never passing). */
static void
build_patterns (Builder *b)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                                        (GDestroyNotify) g_bytes_unref,
                                                        (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter it;
  gpointer value;

  for (guint i = 0; i < b->day_trips->len; i++)
    {
      DayTrip *d = g_ptr_array_index (b->day_trips, i);
      GBytes *key = g_bytes_new (d->stops->data, d->stops->len * sizeof (guint32));
      GPtrArray *list = g_hash_table_lookup (groups, key);

      if (list == NULL)
        g_hash_table_insert (groups, g_bytes_ref (key), list = g_ptr_array_new ());
      g_ptr_array_add (list, d);
      g_bytes_unref (key);
    }
  g_hash_table_iter_init (&it, groups);
  while (g_hash_table_iter_next (&it, NULL, &value))
    {
      GPtrArray *list = value;
      g_autoptr(GPtrArray) subs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

      g_ptr_array_sort (list, compare_first_dep);
      for (guint i = 0; i < list->len; i++)
        {
          DayTrip *d = g_ptr_array_index (list, i);
          guint s = 0;

          while (s < subs->len)
            {
              GPtrArray *sub = g_ptr_array_index (subs, s);

              if (follows (g_ptr_array_index (sub, sub->len - 1), d))
                break;
              s++;
            }
          if (s == subs->len)
            g_ptr_array_add (subs, g_ptr_array_new ());
          g_ptr_array_add (g_ptr_array_index (subs, s), d);
        }
      for (guint s = 0; s < subs->len; s++)
        add_pattern (b->g, g_ptr_array_index (subs, s));
    }
}

static void
index_stops (SkOvGraph *g)
{
  const guint32 *ps = (const guint32 *) g->pattern_stops->data;
  g_autofree guint32 *fill = g_new0 (guint32, g->n_stops + 1);

  g->sp_off = g_new0 (guint32, g->n_stops + 1);
  g->sp_pattern = g_new (guint32, MAX (g->pattern_stops->len, 1));
  g->sp_pos = g_new (guint32, MAX (g->pattern_stops->len, 1));
  for (guint i = 0; i < g->pattern_stops->len; i++)
    g->sp_off[ps[i] + 1]++;
  for (size_t s = 0; s < g->n_stops; s++)
    g->sp_off[s + 1] += g->sp_off[s];
  for (guint p = 0; p < g->patterns->len; p++)
    {
      const SkOvPattern *pat = &g_array_index (g->patterns, SkOvPattern, p);

      for (guint i = 0; i < pat->n_stops; i++)
        {
          guint32 s = ps[pat->first_stop + i];
          guint32 at = g->sp_off[s] + fill[s]++;

          g->sp_pattern[at] = p;
          g->sp_pos[at] = i;
        }
    }
}

static const SkTransferRule *
find_rule (SkTimetable *tt,
           GHashTable  *rules,
           guint32      from,
           guint32      to)
{
  gpointer v = g_hash_table_lookup (rules, GSIZE_TO_POINTER (((gsize) from << 32) | to));

  return v != NULL ? &g_array_index (tt->transfers, SkTransferRule, GPOINTER_TO_UINT (v) - 1)
                   : NULL;
}

/* The time to change from stop A to stop B at WALK_S seconds apart, after
 * transfers.txt; -1: not possible. */
static gint32
transfer_time (Builder    *b,
               GHashTable *rules,
               guint32     a,
               guint32     c,
               double      walk_s)
{
  const SkTransferRule *r = NULL;
  double min = b->fig.min_transfer_s;

  if (a < b->g->n_base_stops && c < b->g->n_base_stops)
    r = find_rule (b->tt, rules, a, c);
  if (r != NULL && r->type == 3)
    return -1;
  if (r != NULL && r->type == 2 && r->min_time >= 0)
    min = r->min_time;
  return (gint32) lround (MAX (walk_s, min));
}

typedef struct
{
  double lat;
  guint32 stop;
} ByLat;

static int
compare_lat (gconstpointer a,
             gconstpointer b)
{
  double x = ((const ByLat *) a)->lat, y = ((const ByLat *) b)->lat;

  return x < y ? -1 : x > y;
}

static void
add_link (GArray  *links,
          guint32 *count,
          guint32  to,
          gint32   s)
{
  SkOvLink l = { to, s };

  if (s < 0)
    return;
  g_array_append_val (links, l);
  (*count)++;
}

/* Footpaths between stops within the transfer distance (crow-fly ×
 * the walking detour), the stop itself first; transfers.txt pairs
 * farther apart are added with their own time. */
static void
build_footpaths (Builder *b)
{
  SkOvGraph *g = b->g;
  g_autoptr(GHashTable) rules = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (SkOvLink));
  g_autofree ByLat *sorted = g_new (ByLat, MAX (g->n_stops, 1));
  g_autofree guint32 *where = g_new (guint32, MAX (g->n_stops, 1));
  double dlat = b->fig.max_transfer_walk_m / 111000.0;
  double walk_ms = b->fig.walk_kmh / 3.6;

  for (guint i = 0; i < b->tt->transfers->len; i++)
    {
      const SkTransferRule *r = &g_array_index (b->tt->transfers, SkTransferRule, i);

      g_hash_table_insert (rules, GSIZE_TO_POINTER (((gsize) r->from << 32) | r->to),
                           GUINT_TO_POINTER (i + 1));
    }
  for (size_t s = 0; s < g->n_stops; s++)
    sorted[s] = (ByLat) { g->pos[s].lat, (guint32) s };
  qsort (sorted, g->n_stops, sizeof (ByLat), compare_lat);
  for (size_t i = 0; i < g->n_stops; i++)
    where[sorted[i].stop] = (guint32) i;
  g->fp_off = g_new0 (guint32, g->n_stops + 1);
  for (size_t s = 0; s < g->n_stops; s++)
    {
      guint32 n = 0;
      size_t lo = where[s], hi = where[s];

      add_link (links, &n, (guint32) s, transfer_time (b, rules, (guint32) s, (guint32) s, 0));
      while (lo > 0 && g->pos[s].lat - sorted[lo - 1].lat <= dlat)
        lo--;
      while (hi + 1 < g->n_stops && sorted[hi + 1].lat - g->pos[s].lat <= dlat)
        hi++;
      for (size_t j = lo; j <= hi; j++)
        {
          guint32 c = sorted[j].stop;
          SkOvBox at = { g->pos[c].lat, g->pos[c].lat, g->pos[c].lon, g->pos[c].lon };
          double d;

          if (c == s
              || sk_ov_distance_floor_m (g->pos[s].lat, g->pos[s].lon, &at) > b->fig.max_transfer_walk_m)
            continue;
          d = sk_geo_haversine_m (g->pos[s].lat, g->pos[s].lon, g->pos[c].lat, g->pos[c].lon);
          if (d <= b->fig.max_transfer_walk_m)
            add_link (links, &n, c, transfer_time (b, rules, (guint32) s, c,
                                                   d * b->walk_detour / walk_ms));
        }
      for (guint i = 0; s < g->n_base_stops && i < b->tt->transfers->len; i++)
        {
          const SkTransferRule *r = &g_array_index (b->tt->transfers, SkTransferRule, i);
          double d;

          if (r->from != s || r->to == s || r->type != 2)
            continue;
          d = sk_geo_haversine_m (g->pos[s].lat, g->pos[s].lon, g->pos[r->to].lat, g->pos[r->to].lon);
          if (d > b->fig.max_transfer_walk_m)
            add_link (links, &n, r->to, transfer_time (b, rules, r->from, r->to, 0));
        }
      g->fp_off[s + 1] = g->fp_off[s] + n;
    }
  g->fp = (SkOvLink *) g_array_free (g_steal_pointer (&links), FALSE);
}

/* Seconds from the place to (LAT, LON) as the crow flies × detour: on
 * foot when WALK, by bike when BIKE (plus parking when PARK), the
 * quicker; SK_OV_INF beyond the distances of the data. */
static gint32
access_seconds (Builder         *b,
                const SkOvPlace *place,
                double           lat,
                double           lon,
                gboolean         bike,
                gboolean         park,
                gboolean         walk)
{
  double floor_m = sk_ov_distance_floor_m (lat, lon, &place->box);
  double walk_m, best;

  /* Most stops are far beyond reach: the floor spares their haversines
   * without changing any time (see sk_ov_distance_floor_m()). */
  if ((!walk || floor_m * b->walk_detour > b->fig.max_walk_access_m)
      && (!bike || floor_m * b->bike_detour > b->fig.max_bike_access_m))
    return SK_OV_INF;
  walk_m = sk_ov_place_mean_distance (place, lat, lon, b->walk_detour);
  best = walk && walk_m <= b->fig.max_walk_access_m ? walk_m / (b->fig.walk_kmh / 3.6) : INFINITY;
  if (bike)
    {
      double bike_m = sk_ov_place_mean_distance (place, lat, lon, b->bike_detour);

      if (bike_m <= b->fig.max_bike_access_m)
        best = MIN (best, bike_m / (b->fig.bike_kmh / 3.6) + (park ? b->fig.bike_park_s : 0));
    }
  return isfinite (best) ? (gint32) lround (best) : SK_OV_INF;
}

static gboolean
is_hub_stop (Builder *b,
             guint32  s)
{
  for (guint i = 0; i < b->hub_stops->len; i++)
    if (g_array_index (b->hub_stops, guint32, i) == s)
      return TRUE;
  return FALSE;
}

static void
place_hubs (Builder           *b,
            const SkOvOverlay *overlay)
{
  for (guint h = 0; overlay != NULL && h < overlay->hubs->len; h++)
    {
      SkLatLon p = g_array_index (overlay->hubs, SkLatLon, h);
      double best = SK_OV_HUB_RADIUS_M;
      guint32 stop = G_MAXUINT32;

      for (size_t s = 0; s < b->g->n_stops; s++)
        {
          double d = sk_geo_haversine_m (p.lat, p.lon, b->g->pos[s].lat, b->g->pos[s].lon);

          if (d <= best && b->g->sp_off[s + 1] > b->g->sp_off[s])
            {
              best = d;
              stop = (guint32) s;
            }
        }
      if (stop != G_MAXUINT32)
        g_array_append_val (b->hub_stops, stop);
      else
        g_ptr_array_add (b->g->notes,
                         g_strdup_printf (_("Een mobiliteitshub (%.5f, %.5f) ligt niet binnen "
                                            "%.0f m van een halte en verandert niets."),
                                          p.lat, p.lon, SK_OV_HUB_RADIUS_M));
    }
}

/* Per stop, seconds from PLACE on foot (BIKE FALSE) or by bike, SK_OV_INF
 * beyond the data's distance: over the network NET when both the place
 * and the stop lie on it, as the crow flies × detour otherwise. */
static void
place_times (Builder         *b,
             SkOvNetAccess   *net,
             const gboolean  *on_net,
             const SkOvPlace *place,
             gboolean         bike,
             gint32          *out)
{
  SkOvGraph *g = b->g;
  double max_m = bike ? b->fig.max_bike_access_m : b->fig.max_walk_access_m;
  g_autofree float *sum = g_new0 (float, MAX (g->n_stops, 1));
  g_autofree float *sec = g_new (float, MAX (g->n_stops, 1));
  g_autofree float *met = g_new (float, MAX (g->n_stops, 1));
  g_autofree guint *hits = g_new0 (guint, MAX (g->n_stops, 1));
  gboolean networked = net != NULL;
  double w = 0;

  for (size_t i = 0; networked && i < place->n; i++)
    {
      const SkPopPoint *pt = sk_ov_place_point (place, i);
      double people = pt->people > 0 ? pt->people : 1.0;

      for (size_t s = b->first; s < g->n_stops; s++)
        sec[s] = met[s] = INFINITY;
      networked = sk_ov_net_access_from (net, pt->lat, pt->lon, max_m, sec + b->first,
                                         met + b->first);
      for (size_t s = b->first; networked && s < g->n_stops; s++)
        if (isfinite (sec[s]))
          {
            sum[s] += (float) (people * sec[s]);
            hits[s]++;
          }
      w += people;
    }
  for (size_t s = b->first; s < g->n_stops; s++)
    {
      if (networked && on_net[s])
        out[s] = hits[s] == place->n ? (gint32) lround (sum[s] / w) : SK_OV_INF;
      else
        out[s] = access_seconds (b, place, g->pos[s].lat, g->pos[s].lon, bike, FALSE, !bike);
    }
}

static void
build_access (Builder         *b,
              SkRegion        *region,
              const SkOvQuery *query,
              SkOvDestination *const *dests)
{
  SkOvGraph *g = b->g;
  SkNetwork *network = sk_region_get_network (region);
  g_autoptr(GArray) acc = g_array_new (FALSE, FALSE, sizeof (SkOvLink));
  g_autoptr(GArray) egr = g_array_new (FALSE, FALSE, sizeof (SkOvLink));
  g_autoptr(SkOvNetAccess) walk_net = NULL, bike_net = NULL;
  g_autofree gboolean *walk_on = g_new0 (gboolean, MAX (g->n_stops, 1));
  g_autofree gboolean *bike_on = g_new0 (gboolean, MAX (g->n_stops, 1));
  g_autofree gint32 *walk = g_new (gint32, MAX (g->n_stops, 1));
  g_autofree gint32 *bike = g_new (gint32, MAX (g->n_stops, 1));
  gboolean by_bike = query->access == SK_MODE_FIETS || b->hub_stops->len > 0;

  if (network != NULL)
    {
      /* Each stop is placed on the network by itself: the base graph's
       * stops need not be placed again when extending it. */
      walk_net = sk_ov_net_access_new (network, SK_MODE_LOPEN, g->pos + b->first,
                                       g->n_stops - b->first, walk_on + b->first);
      if (by_bike)
        bike_net = sk_ov_net_access_new (network, SK_MODE_FIETS, g->pos + b->first,
                                         g->n_stops - b->first, bike_on + b->first);
    }
  g->acc_off = g_new0 (guint32, g->n_kernen + 1);
  g->direct = g_new (gint32, MAX (g->n_kernen * g->n_dests, 1));
  if (b->base != NULL)
    memcpy (g->direct, b->base->direct, sizeof (gint32) * g->n_kernen * g->n_dests);
  for (size_t k = 0; k < g->n_kernen; k++)
    {
      SkOvPlace place = sk_ov_place_for_kern (sk_region_get_kern (region, k));

      place_times (b, walk_net, walk_on, &place, FALSE, walk);
      if (by_bike)
        place_times (b, bike_net, bike_on, &place, TRUE, bike);
      if (b->base != NULL)
        g_array_append_vals (acc, b->base->acc + b->base->acc_off[k],
                             b->base->acc_off[k + 1] - b->base->acc_off[k]);
      for (size_t s = b->first; s < g->n_stops; s++)
        {
          gint32 t = walk[s];

          if (g->sp_off[s + 1] == g->sp_off[s])
            continue;
          if (by_bike && bike[s] != SK_OV_INF
              && (query->access == SK_MODE_FIETS || is_hub_stop (b, (guint32) s)))
            t = MIN (t, bike[s] + b->fig.bike_park_s);
          if (t != SK_OV_INF)
            g_array_append_val (acc, ((SkOvLink) { (guint32) s, t }));
        }
      g->acc_off[k + 1] = acc->len;
      for (size_t d = 0; b->base == NULL && d < g->n_dests; d++)
        g->direct[k * g->n_dests + d] = dests[d]->kern == (int) k
                                          ? 0
                                          : access_seconds (b, &place, dests[d]->lat, dests[d]->lon,
                                                            query->access == SK_MODE_FIETS, FALSE,
                                                            TRUE);
    }
  g->egr_off = g_new0 (guint32, g->n_dests + 1);
  for (size_t d = 0; d < g->n_dests; d++)
    {
      SkOvPlace place = sk_ov_place_at (dests[d]->lat, dests[d]->lon);

      place_times (b, walk_net, walk_on, &place, FALSE, walk);
      if (b->base != NULL)
        g_array_append_vals (egr, b->base->egr + b->base->egr_off[d],
                             b->base->egr_off[d + 1] - b->base->egr_off[d]);
      for (size_t s = b->first; s < g->n_stops; s++)
        if (walk[s] != SK_OV_INF && g->sp_off[s + 1] > g->sp_off[s])
          g_array_append_val (egr, ((SkOvLink) { (guint32) s, walk[s] }));
      g->egr_off[d + 1] = egr->len;
    }
  g->acc = (SkOvLink *) g_array_free (g_steal_pointer (&acc), FALSE);
  g->egr = (SkOvLink *) g_array_free (g_steal_pointer (&egr), FALSE);
}

/* Stops where an overlay makes a difference: its own stops, the stops a
 * footpath joins to them, every stop of a pattern that got a new stop,
 * and hub stops. A kern that reaches none of them keeps its times. */
static void
mark_touched (Builder *b)
{
  SkOvGraph *g = b->g;
  const guint32 *ps = (const guint32 *) g->pattern_stops->data;

  g->touched = g_new0 (gboolean, MAX (g->n_stops, 1));
  for (size_t s = g->n_base_stops; s < g->n_stops; s++)
    {
      g->touched[s] = TRUE;
      for (guint32 f = g->fp_off[s]; f < g->fp_off[s + 1]; f++)
        g->touched[g->fp[f].to] = TRUE;
      for (guint32 i = g->sp_off[s]; i < g->sp_off[s + 1]; i++)
        {
          const SkOvPattern *p = &g_array_index (g->patterns, SkOvPattern, g->sp_pattern[i]);

          for (guint32 j = 0; j < p->n_stops; j++)
            g->touched[ps[p->first_stop + j]] = TRUE;
        }
    }
  for (guint i = 0; i < b->hub_stops->len; i++)
    g->touched[g_array_index (b->hub_stops, guint32, i)] = TRUE;
}

void
sk_ov_graph_free (SkOvGraph *g)
{
  if (g == NULL)
    return;
  g_free (g->pos);
  g_array_unref (g->patterns);
  g_array_unref (g->pattern_stops);
  g_array_unref (g->arr);
  g_array_unref (g->dep);
  g_free (g->sp_off);
  g_free (g->sp_pattern);
  g_free (g->sp_pos);
  g_free (g->fp_off);
  g_free (g->fp);
  g_free (g->acc_off);
  g_free (g->acc);
  g_free (g->egr_off);
  g_free (g->egr);
  g_free (g->direct);
  g_free (g->touched);
  g_free (g->lb);
  g_free (g->rev_off);
  g_free (g->rev);
  g_ptr_array_unref (g->notes);
  g_free (g);
}

static void
builder_init (Builder     *b,
              SkTimetable *tt)
{
  b->tt = tt;
  b->g = g_new0 (SkOvGraph, 1);
  b->g->patterns = g_array_new (FALSE, FALSE, sizeof (SkOvPattern));
  b->g->pattern_stops = g_array_new (FALSE, FALSE, sizeof (guint32));
  b->g->arr = g_array_new (FALSE, FALSE, sizeof (gint32));
  b->g->dep = g_array_new (FALSE, FALSE, sizeof (gint32));
  b->g->notes = g_ptr_array_new_with_free_func (g_free);
  b->positions = g_array_new (FALSE, FALSE, sizeof (SkLatLon));
  b->insertions = g_array_new (FALSE, FALSE, sizeof (Insertion));
  b->hub_stops = g_array_new (FALSE, FALSE, sizeof (guint32));
  b->day_trips = g_ptr_array_new_with_free_func (day_trip_free);
  for (guint i = 0; i < tt->stops->len; i++)
    {
      const SkTransitStop *s = &g_array_index (tt->stops, SkTransitStop, i);

      add_position (b, s->lat, s->lon);
    }
  b->g->n_base_stops = tt->stops->len;
}

static void
builder_clear (Builder *b)
{
  g_array_unref (b->positions);
  g_array_unref (b->insertions);
  g_array_unref (b->hub_stops);
  g_ptr_array_unref (b->day_trips);
}

static gboolean
check_service (SkTimetable     *tt,
               const SkOvQuery *query,
               GError         **error)
{
  GDate first, last;
  char day[16], a[16], c[16];

  if (sk_timetable_count_trips_on (tt, &query->date) > 0)
    return TRUE;
  g_date_strftime (day, sizeof day, "%Y-%m-%d", &query->date);
  if (!sk_timetable_get_date_range (tt, &first, &last))
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_NO_SERVICE,
                   _("Op %s rijdt volgens de dienstregeling geen enkele rit; de kalender "
                     "noemt geen enkele dag."), day);
      return FALSE;
    }
  g_date_strftime (a, sizeof a, "%Y-%m-%d", &first);
  g_date_strftime (c, sizeof c, "%Y-%m-%d", &last);
  g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_NO_SERVICE,
               _("Op %s rijdt volgens de dienstregeling geen enkele rit. De kalender loopt van "
                 "%s tot en met %s: kies met --date een dag daarbinnen."), day, a, c);
  return FALSE;
}

/* builder_init() with the figures and detours of KENGETALLEN; on an
 * error nothing is left to free. */
static gboolean
builder_start (Builder        *b,
               SkTimetable    *tt,
               SkKengetallen  *kengetallen,
               GError        **error)
{
  builder_init (b, tt);
  if (!sk_ov_figures_load (kengetallen, &b->fig, error))
    {
      SkOvGraph *g = b->g;

      builder_clear (b);
      sk_ov_graph_free (g);
      return FALSE;
    }
  b->walk_detour = sk_kengetallen_get_detour (kengetallen, SK_MODE_LOPEN)->central;
  b->bike_detour = sk_kengetallen_get_detour (kengetallen, SK_MODE_FIETS)->central;
  return TRUE;
}

SkOvGraph *
sk_ov_graph_build (SkTimetable            *tt,
                   SkRegion               *region,
                   SkKengetallen          *kengetallen,
                   const SkOvQuery        *query,
                   SkOvDestination *const *dests,
                   size_t                  n_dests,
                   const SkOvOverlay      *overlay,
                   GError                **error)
{
  Builder b = { 0 };
  double car_detour = sk_kengetallen_get_detour (kengetallen, SK_MODE_AUTO)->central;
  SkOvGraph *g;

  if (!check_service (tt, query, error))
    return NULL;
  if (!builder_start (&b, tt, kengetallen, error))
    return NULL;
  g = b.g;
  for (guint i = 0; overlay != NULL && i < overlay->new_stops->len; i++)
    place_new_stop (&b, g_array_index (overlay->new_stops, SkLatLon, i));
  emit_timetable (&b, &query->date);
  for (guint i = 0; overlay != NULL && i < overlay->lines->len; i++)
    emit_line (&b, &g_array_index (overlay->lines, SkOvLine, i), car_detour);
  g->n_stops = b.positions->len;
  g->pos = g_memdup2 (b.positions->data, sizeof (SkLatLon) * MAX (g->n_stops, 1));
  build_patterns (&b);
  index_stops (g);
  build_footpaths (&b);
  place_hubs (&b, overlay);
  g->n_kernen = sk_region_get_n_kernen (region);
  g->n_dests = n_dests;
  build_access (&b, region, query, dests);
  mark_touched (&b);
  sk_ov_graph_bounds (g);
  if (sk_region_get_network (region) == NULL)
    g_ptr_array_add (g->notes, g_strdup (_("Loop- en fietstijden van en naar haltes zijn "
                                           "geschat: de afstand in rechte lijn, met wat "
                                           "omrijden erbij. De regio heeft geen wegennet.")));
  else
    g_ptr_array_add (g->notes, g_strdup (_("Loop- en fietstijden van en naar haltes volgen het "
                                           "wegennet van de regio; haltes en plekken verder dan "
                                           "300 m van een weg, en lopen of fietsen naar de "
                                           "bestemming zelf, zijn geschat: de afstand in rechte "
                                           "lijn, met wat omrijden erbij.")));
  builder_clear (&b);
  return g;
}

/* Whether sk_ov_graph_extend() can add OVERLAY: buurtbus lines only (a
 * new stop changes trips of the timetable, a hub the access to a stop). */
gboolean
sk_ov_graph_can_extend (const SkOvOverlay *overlay)
{
  return overlay != NULL && overlay->new_stops->len == 0 && overlay->hubs->len == 0;
}

/* BASE (built without an overlay, for the same question) with the lines of
 * OVERLAY: its patterns, access, egress and direct times are kept and only
 * what concerns the lines' stops is worked out, which after an edit of a
 * buurtbus spares reading the whole timetable again. The graph equals that
 * of sk_ov_graph_build() with OVERLAY but for the order of the patterns,
 * which no answer depends on (the full build takes them in hash order). */
SkOvGraph *
sk_ov_graph_extend (const SkOvGraph        *base,
                    SkTimetable            *tt,
                    SkRegion               *region,
                    SkKengetallen          *kengetallen,
                    const SkOvQuery        *query,
                    SkOvDestination *const *dests,
                    const SkOvOverlay      *overlay,
                    GError                **error)
{
  Builder b = { 0 };
  double car_detour = sk_kengetallen_get_detour (kengetallen, SK_MODE_AUTO)->central;
  SkOvGraph *g;

  g_return_val_if_fail (sk_ov_graph_can_extend (overlay) && base->n_stops == base->n_base_stops,
                        NULL);
  if (!builder_start (&b, tt, kengetallen, error))
    return NULL;
  g = b.g;
  b.base = base;
  b.first = base->n_stops;
  g_array_append_vals (g->patterns, base->patterns->data, base->patterns->len);
  g_array_append_vals (g->pattern_stops, base->pattern_stops->data, base->pattern_stops->len);
  g_array_append_vals (g->arr, base->arr->data, base->arr->len);
  g_array_append_vals (g->dep, base->dep->data, base->dep->len);
  for (guint i = 0; i < overlay->lines->len; i++)
    emit_line (&b, &g_array_index (overlay->lines, SkOvLine, i), car_detour);
  g->n_stops = b.positions->len;
  g->pos = g_memdup2 (b.positions->data, sizeof (SkLatLon) * MAX (g->n_stops, 1));
  build_patterns (&b);
  index_stops (g);
  build_footpaths (&b);
  g->n_kernen = base->n_kernen;
  g->n_dests = base->n_dests;
  build_access (&b, region, query, dests);
  mark_touched (&b);
  sk_ov_graph_bounds (g);
  for (guint i = 0; i < base->notes->len; i++)
    g_ptr_array_add (g->notes, g_strdup (g_ptr_array_index (base->notes, i)));
  builder_clear (&b);
  return g;
}
