/* sk-ov-raptor.c — range RAPTOR (Delling, Pajor & Werneck, "Round-Based
 * Public Transit Routing", 2012): one round per vehicle leg; the window's
 * departure minutes are scanned latest first and the labels are kept, so
 * an earlier minute only does the work where it improves on a later one
 * (the way Conveyal R5 computes travel time per departure minute).
 *
 * Times are seconds since midnight of the service day. */
#include "sk-config.h"
#include "sk-ov-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

typedef struct
{
  const SkOvGraph *g;
  int rounds;
  size_t n;              /* stops */
  gint32 *board;         /* (rounds + 1) × n: ready to board after k legs */
  gint32 *arr;           /* (rounds + 1) × n: off a vehicle after k legs */
  gint32 *best;          /* n: earliest vehicle arrival, any round */
  gint32 *best_board;    /* n */
  guint32 *marked;       /* stop list */
  size_t n_marked;
  gboolean *is_marked;
  guint32 *arrived;      /* stops improved by the round's scan */
  size_t n_arrived;
  gboolean *is_arrived;
  guint32 *queue_pos;    /* per pattern: first position to scan, G_MAXUINT32 none */
  guint32 *queue;
  size_t n_queue;
} Raptor;

static void
raptor_init (Raptor          *r,
             const SkOvGraph *g,
             int              rounds)
{
  size_t n = MAX (g->n_stops, 1);

  r->g = g;
  r->rounds = rounds;
  r->n = g->n_stops;
  r->board = g_new (gint32, n * (rounds + 1));
  r->arr = g_new (gint32, n * (rounds + 1));
  r->best = g_new (gint32, n);
  r->best_board = g_new (gint32, n);
  r->marked = g_new (guint32, n);
  r->is_marked = g_new0 (gboolean, n);
  r->arrived = g_new (guint32, n);
  r->is_arrived = g_new0 (gboolean, n);
  r->queue_pos = g_new (guint32, MAX (g->patterns->len, 1));
  r->queue = g_new (guint32, MAX (g->patterns->len, 1));
  memset (r->queue_pos, 0xff, sizeof (guint32) * MAX (g->patterns->len, 1));
}

static void
raptor_clear (Raptor *r)
{
  g_free (r->board);
  g_free (r->arr);
  g_free (r->best);
  g_free (r->best_board);
  g_free (r->marked);
  g_free (r->is_marked);
  g_free (r->arrived);
  g_free (r->is_arrived);
  g_free (r->queue_pos);
  g_free (r->queue);
}

static void
raptor_reset (Raptor *r)
{
  for (size_t i = 0; i < r->n * (r->rounds + 1); i++)
    r->board[i] = r->arr[i] = SK_OV_INF;
  for (size_t i = 0; i < r->n; i++)
    r->best[i] = r->best_board[i] = SK_OV_INF;
}

static inline void
mark (Raptor  *r,
      guint32  s)
{
  if (!r->is_marked[s])
    {
      r->is_marked[s] = TRUE;
      r->marked[r->n_marked++] = s;
    }
}

/* The earliest trip of P leaving position I at or after T; -1: none. */
static int
earliest_trip (const SkOvGraph   *g,
               const SkOvPattern *p,
               guint32            i,
               gint32             t)
{
  guint32 lo = 0, hi = p->n_trips;

  while (lo < hi)
    {
      guint32 mid = (lo + hi) / 2;

      if (sk_ov_dep (g, p, mid, i) < t)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < p->n_trips ? (int) lo : -1;
}

/* The marked stops' patterns, each from its first marked position. */
static void
collect_patterns (Raptor *r)
{
  const SkOvGraph *g = r->g;

  r->n_queue = 0;
  for (size_t m = 0; m < r->n_marked; m++)
    {
      guint32 s = r->marked[m];

      r->is_marked[s] = FALSE;
      for (guint32 i = g->sp_off[s]; i < g->sp_off[s + 1]; i++)
        {
          guint32 p = g->sp_pattern[i];

          if (r->queue_pos[p] == G_MAXUINT32)
            {
              r->queue[r->n_queue++] = p;
              r->queue_pos[p] = g->sp_pos[i];
            }
          else
            r->queue_pos[p] = MIN (r->queue_pos[p], g->sp_pos[i]);
        }
    }
  r->n_marked = 0;
}

static void
scan_pattern (Raptor  *r,
              guint32  pi,
              int      k,
              gint32   limit)
{
  const SkOvGraph *g = r->g;
  const SkOvPattern *p = &g_array_index (g->patterns, SkOvPattern, pi);
  const guint32 *stops = (const guint32 *) g->pattern_stops->data + p->first_stop;
  const gint32 *prev = r->board + (size_t) (k - 1) * r->n;
  gint32 *here = r->arr + (size_t) k * r->n;
  int trip = -1;

  for (guint32 i = r->queue_pos[pi]; i < p->n_stops; i++)
    {
      guint32 s = stops[i];

      if (trip >= 0)
        {
          gint32 a = sk_ov_arr (g, p, (guint32) trip, i);

          if (a < here[s] && a < r->best[s] && a <= limit)
            {
              here[s] = r->best[s] = a;
              if (!r->is_arrived[s])
                {
                  r->is_arrived[s] = TRUE;
                  r->arrived[r->n_arrived++] = s;
                }
            }
        }
      if (prev[s] == SK_OV_INF)
        continue;
      if (trip < 0)
        trip = earliest_trip (g, p, i, prev[s]);
      else
        while (trip > 0 && sk_ov_dep (g, p, (guint32) trip - 1, i) >= prev[s])
          trip--;
    }
  r->queue_pos[pi] = G_MAXUINT32;
}

/* Footpaths (with the minimum transfer time) from the stops reached by a
 * vehicle in round K: where they may board in round K + 1. */
static void
relax_transfers (Raptor *r,
                 int     k,
                 gint32  limit)
{
  const SkOvGraph *g = r->g;
  const gint32 *here = r->arr + (size_t) k * r->n;
  gint32 *next = r->board + (size_t) k * r->n;

  for (size_t a = 0; a < r->n_arrived; a++)
    {
      guint32 s = r->arrived[a];

      r->is_arrived[s] = FALSE;
      for (guint32 f = g->fp_off[s]; f < g->fp_off[s + 1]; f++)
        {
          guint32 q = g->fp[f].to;
          gint32 v = here[s] + g->fp[f].s;

          if (v < next[q] && v < r->best_board[q] && v <= limit)
            {
              next[q] = r->best_board[q] = v;
              mark (r, q);
            }
        }
    }
  r->n_arrived = 0;
}

static void
run_minute (Raptor *r,
            size_t  kern,
            gint32  dep)
{
  const SkOvGraph *g = r->g;
  gint32 limit = dep + SK_OV_MAX_TRIP_S;

  for (guint32 a = g->acc_off[kern]; a < g->acc_off[kern + 1]; a++)
    {
      guint32 s = g->acc[a].to;
      gint32 v = dep + g->acc[a].s;

      if (v < r->board[s])
        {
          r->board[s] = v;
          r->best_board[s] = MIN (r->best_board[s], v);
          mark (r, s);
        }
    }
  for (int k = 1; k <= r->rounds && r->n_marked > 0; k++)
    {
      collect_patterns (r);
      for (size_t q = 0; q < r->n_queue; q++)
        scan_pattern (r, r->queue[q], k, limit);
      relax_transfers (r, k, limit);
    }
  for (size_t m = 0; m < r->n_marked; m++)
    r->is_marked[r->marked[m]] = FALSE;
  r->n_marked = 0;
}

/* Door to door for minute M: walking or cycling all the way, or the best
 * stop near the destination plus the walk from it. */
void
sk_ov_store_minute (SkOvResult      *res,
              const SkOvGraph *g,
              const gint32    *best,
              size_t           kern,
              size_t           m,
              gint32           dep)
{
  for (size_t d = 0; d < g->n_dests; d++)
    {
      gint32 direct = g->direct[kern * g->n_dests + d];
      gint64 arrive = direct != SK_OV_INF ? (gint64) dep + direct : G_MAXINT64;
      gboolean transit = FALSE;
      size_t at = (kern * g->n_dests + d) * res->n_minutes + m;

      for (guint32 e = g->egr_off[d]; e < g->egr_off[d + 1]; e++)
        if (best[g->egr[e].to] != SK_OV_INF && (gint64) best[g->egr[e].to] + g->egr[e].s < arrive)
          {
            arrive = (gint64) best[g->egr[e].to] + g->egr[e].s;
            transit = TRUE;
          }
      res->seconds[at] = arrive - dep <= SK_OV_MAX_TRIP_S ? (float) (arrive - dep) : INFINITY;
      res->transit[at] = transit && arrive - dep <= SK_OV_MAX_TRIP_S;
    }
}

static void
remember_reached (Raptor     *r,
                  SkOvResult *res,
                  size_t      kern)
{
  guint32 *bits = res->reached + kern * res->reached_words;

  for (size_t s = 0; s < r->n; s++)
    if (r->best_board[s] != SK_OV_INF)
      bits[s / 32] |= 1u << (s % 32);
}

static void
search_kern (Raptor     *r,
             SkOvResult *res,
             size_t      kern)
{
  raptor_reset (r);
  for (size_t m = res->n_minutes; m-- > 0;)
    {
      gint32 dep = res->query.window_start + 60 * (gint32) m;

      run_minute (r, kern, dep);
      sk_ov_store_minute (res, r->g, r->best, kern, m, dep);
    }
  remember_reached (r, res, kern);
}

static int
rounds_of (const SkOvQuery *q)
{
  return q->max_rounds > 0 ? q->max_rounds : SK_OV_MAX_ROUNDS;
}

static gboolean
check_query (const SkOvQuery *query,
             size_t           n_dests,
             GError         **error)
{
  if (query->window_end <= query->window_start || !g_date_valid (&query->date) || n_dests == 0
      || (query->access != SK_MODE_LOPEN && query->access != SK_MODE_FIETS))
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_INVALID,
                   _("Kies een geldige dag, een tijdvak van minstens een minuut, ten minste "
                     "één bestemming en lopen of fiets naar de halte."));
      return FALSE;
    }
  return TRUE;
}

/* KERN_DONE NULL: search every kern; else only those it leaves FALSE. */
static SkOvResult *
compute (SkTimetable            *tt,
         SkRegion               *region,
         SkKengetallen          *kengetallen,
         const SkOvQuery        *query,
         SkOvDestination *const *dests,
         size_t                  n_dests,
         const SkOvOverlay      *overlay,
         SkOvResult             *before,
         GCancellable           *cancellable,
         GError                **error)
{
  g_autoptr(SkOvResult) res = NULL;
  SkOvGraph *g;
  Raptor r;

  if (!check_query (query, n_dests, error))
    return NULL;
  g = sk_ov_graph_build (tt, region, kengetallen, query, dests, n_dests, overlay, error);
  if (g == NULL)
    return NULL;
  res = sk_ov_result_new (tt, region, kengetallen, query, dests, n_dests, g);
  raptor_init (&r, g, rounds_of (query));
  for (size_t k = 0; k < g->n_kernen; k++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        break;
      if (before != NULL && !sk_ov_kern_affected (before, g, k))
        sk_ov_result_copy_kern (res, before, k);
      else
        {
          search_kern (&r, res, k);
          res->n_searched++;
        }
    }
  raptor_clear (&r);
  sk_ov_graph_free (g);
  if (error != NULL && *error != NULL)
    return NULL;
  sk_ov_result_finish (res);
  return g_steal_pointer (&res);
}

SkOvResult *
sk_ov_compute (SkTimetable            *timetable,
               SkRegion               *region,
               SkKengetallen          *kengetallen,
               const SkOvQuery        *query,
               SkOvDestination *const *dests,
               size_t                  n_dests,
               const SkOvOverlay      *overlay,
               GCancellable           *cancellable,
               GError                **error)
{
  return compute (timetable, region, kengetallen, query, dests, n_dests, overlay, NULL,
                  cancellable, error);
}

SkOvResult *
sk_ov_compute_after (SkOvResult        *before,
                     const SkOvOverlay *overlay,
                     GCancellable      *cancellable,
                     GError           **error)
{
  return compute (before->tt, before->region, before->kengetallen, &before->query,
                  (SkOvDestination *const *) before->dests->pdata, before->dests->len, overlay,
                  before, cancellable, error);
}
