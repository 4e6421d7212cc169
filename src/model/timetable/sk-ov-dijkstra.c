/* sk-ov-dijkstra.c — the reference search: a time-dependent Dijkstra
 * over stops, one departure minute at a time, from scratch each time.
 * A node's label is the earliest moment one can board there; popping a
 * stop rides the next trip of each of its patterns to every later stop.
 * No limit on the number of vehicles (RAPTOR stops after max_rounds). */
#include "sk-config.h"
#include "sk-ov-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

static int
first_trip (const SkOvGraph   *g,
            const SkOvPattern *p,
            guint32            i,
            gint32             t)
{
  for (guint32 trip = 0; trip < p->n_trips; trip++)
    if (sk_ov_dep (g, p, trip, i) >= t)
      return (int) trip;
  return -1;
}

static void
ride (const SkOvGraph *g,
      GArray          *h,
      gint32          *label,
      gint32          *arrive,
      guint32          s,
      gint32           t,
      gint32           limit)
{
  for (guint32 x = g->sp_off[s]; x < g->sp_off[s + 1]; x++)
    {
      const SkOvPattern *p = &g_array_index (g->patterns, SkOvPattern, g->sp_pattern[x]);
      const guint32 *stops = (const guint32 *) g->pattern_stops->data + p->first_stop;
      int trip = first_trip (g, p, g->sp_pos[x], t);

      for (guint32 j = g->sp_pos[x] + 1; trip >= 0 && j < p->n_stops; j++)
        {
          gint32 a = sk_ov_arr (g, p, (guint32) trip, j);

          if (a > limit || a >= arrive[stops[j]])
            continue;
          arrive[stops[j]] = a;
          for (guint32 f = g->fp_off[stops[j]]; f < g->fp_off[stops[j] + 1]; f++)
            if (a + g->fp[f].s < label[g->fp[f].to])
              {
                label[g->fp[f].to] = a + g->fp[f].s;
                sk_ov_heap_push (h, label[g->fp[f].to], g->fp[f].to);
              }
        }
    }
}

static void
search_minute (const SkOvGraph *g,
               GArray          *h,
               gint32          *label,
               gint32          *arrive,
               size_t           kern,
               gint32           dep)
{
  gint32 limit = dep + SK_OV_MAX_TRIP_S;

  for (size_t s = 0; s < g->n_stops; s++)
    label[s] = arrive[s] = SK_OV_INF;
  g_array_set_size (h, 0);
  for (guint32 a = g->acc_off[kern]; a < g->acc_off[kern + 1]; a++)
    if (dep + g->acc[a].s < label[g->acc[a].to])
      {
        label[g->acc[a].to] = dep + g->acc[a].s;
        sk_ov_heap_push (h, label[g->acc[a].to], g->acc[a].to);
      }
  while (h->len > 0)
    {
      SkOvHeapItem e = sk_ov_heap_pop (h);

      if (e.t != label[e.stop] || e.t > limit)
        continue;
      ride (g, h, label, arrive, e.stop, e.t, limit);
    }
}

SkOvResult *
sk_ov_compute_dijkstra (SkTimetable            *timetable,
                        SkRegion               *region,
                        SkKengetallen          *kengetallen,
                        const SkOvQuery        *query,
                        SkOvDestination *const *dests,
                        size_t                  n_dests,
                        const SkOvOverlay      *overlay,
                        GCancellable           *cancellable,
                        GError                **error)
{
  g_autoptr(SkOvResult) res = NULL;
  SkOvGraph *g = sk_ov_graph_build (timetable, region, kengetallen, query, dests, n_dests,
                                    overlay, error);
  g_autofree gint32 *label = NULL, *arrive = NULL;
  GArray *h = g_array_new (FALSE, FALSE, sizeof (SkOvHeapItem));

  if (g == NULL)
    {
      g_array_unref (h);
      return NULL;
    }
  res = sk_ov_result_new (timetable, region, kengetallen, query, dests, n_dests, g);
  label = g_new (gint32, MAX (g->n_stops, 1));
  arrive = g_new (gint32, MAX (g->n_stops, 1));
  for (size_t k = 0; k < g->n_kernen && !g_cancellable_is_cancelled (cancellable); k++)
    {
      for (size_t m = 0; m < res->n_minutes; m++)
        {
          gint32 dep = query->window_start + 60 * (gint32) m;

          search_minute (g, h, label, arrive, k, dep);
          sk_ov_store_minute (res, g, arrive, k, m, dep);
        }
      res->n_searched++;
    }
  g_array_unref (h);
  sk_ov_graph_free (g);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  sk_ov_result_finish (res);
  return g_steal_pointer (&res);
}
