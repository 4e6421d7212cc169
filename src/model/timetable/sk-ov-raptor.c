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
  /* After a buurtbus: whether a label's journey rode it (rounds + 1) × n,
   * and H, lower bounds to each destination through a stop it touches. */
  gboolean *via_board;
  gboolean *via_arr;
  const gint32 *h;
  guint32 *marked;       /* stop list */
  size_t n_marked;
  gboolean *is_marked;
  guint32 *arrived;      /* stops improved by the round's scan */
  size_t n_arrived;
  gboolean *is_arrived;
  guint32 *queue_pos;    /* per pattern: first position to scan, G_MAXUINT32 none */
  guint32 *queue;
  size_t n_queue;
  gint64 *bound;         /* per destination: arrive before this to matter */
  SkOvResult *before;    /* recomputing after an overlay that only adds */
  size_t minute;         /* the minute the current start belongs to */
} Raptor;

static void
raptor_init (Raptor          *r,
             const SkOvGraph *g,
             int              rounds)
{
  size_t n = MAX (g->n_stops, 1);

  memset (r, 0, sizeof *r);
  r->g = g;
  r->rounds = rounds;
  r->n = g->n_stops;
  r->board = g_new (gint32, n * (rounds + 1));
  r->arr = g_new (gint32, n * (rounds + 1));
  r->via_board = g_new0 (gboolean, n * (rounds + 1));
  r->via_arr = g_new0 (gboolean, n * (rounds + 1));
  r->best = g_new (gint32, n);
  r->best_board = g_new (gint32, n);
  r->marked = g_new (guint32, n);
  r->is_marked = g_new0 (gboolean, n);
  r->arrived = g_new (guint32, n);
  r->is_arrived = g_new0 (gboolean, n);
  r->queue_pos = g_new (guint32, MAX (g->patterns->len, 1));
  r->queue = g_new (guint32, MAX (g->patterns->len, 1));
  memset (r->queue_pos, 0xff, sizeof (guint32) * MAX (g->patterns->len, 1));
  r->bound = g_new (gint64, MAX (g->n_dests, 1));
}

static void
raptor_clear (Raptor *r)
{
  g_free (r->board);
  g_free (r->arr);
  g_free (r->via_board);
  g_free (r->via_arr);
  g_free (r->best);
  g_free (r->best_board);
  g_free (r->marked);
  g_free (r->is_marked);
  g_free (r->arrived);
  g_free (r->is_arrived);
  g_free (r->queue_pos);
  g_free (r->queue);
  g_free (r->bound);
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

/* Target pruning: being at S at T matters only when, even at the lower
 * bound from S onwards, some destination is reached before its bound. */
static inline gboolean
useful (const Raptor *r,
        guint32       s,
        gint32        t)
{
  const gint32 *lb = r->g->lb + (size_t) s * r->g->n_dests;

  for (size_t d = 0; d < r->g->n_dests; d++)
    if (lb[d] != SK_OV_INF && (gint64) t + lb[d] < r->bound[d])
      return TRUE;
  return FALSE;
}

/* After a buurtbus, a journey that has not ridden it can only beat the old
 * answers by still reaching one of its stops: bounded by H then. (A label
 * that did not ride it but is earlier dominates one that did: whatever
 * follows from there cannot beat the old answer either.) */
static inline gboolean
useful_via (const Raptor *r,
            guint32       s,
            gint32        t,
            gboolean      via)
{
  if (r->h == NULL || via)
    return useful (r, s, t);
  for (size_t d = 0; d < r->g->n_dests; d++)
    {
      gint32 h = r->h[d * r->g->n_stops + s];

      if (h != SK_OV_INF && (gint64) t + h < r->bound[d])
        return TRUE;
    }
  return FALSE;
}

/* Each destination's bound: the 3-hour limit, walking or cycling there,
 * or the arrival the labels already give (from this or a later start). */
static void
update_bounds (Raptor *r,
               size_t  kern,
               gint32  dep)
{
  const SkOvGraph *g = r->g;

  for (size_t d = 0; d < g->n_dests; d++)
    {
      gint32 direct = g->direct[kern * g->n_dests + d];
      gint64 b = (gint64) dep + SK_OV_MAX_TRIP_S + 1;

      if (direct != SK_OV_INF)
        b = MIN (b, (gint64) dep + direct);
      for (guint32 e = g->egr_off[d]; e < g->egr_off[d + 1]; e++)
        if (r->best[g->egr[e].to] != SK_OV_INF)
          b = MIN (b, (gint64) r->best[g->egr[e].to] + g->egr[e].s);
      /* After an overlay that only adds, a journey matters only when it
       * beats the old answer of this minute (and so of every earlier one,
       * whose old answers are no later). */
      if (r->before != NULL)
        {
          float old = r->before->seconds[(kern * g->n_dests + d) * r->before->n_minutes + r->minute];

          if (isfinite (old))
            b = MIN (b, (gint64) (r->before->query.window_start + 60 * (gint64) r->minute
                                  + (gint64) old));
        }
      r->bound[d] = b;
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
  const gboolean *prev_via = r->via_board + (size_t) (k - 1) * r->n;
  gint32 *here = r->arr + (size_t) k * r->n;
  gboolean *here_via = r->via_arr + (size_t) k * r->n;
  gboolean via = FALSE;
  int trip = -1;

  for (guint32 i = r->queue_pos[pi]; i < p->n_stops; i++)
    {
      guint32 s = stops[i];
      int was = trip;

      if (trip >= 0)
        {
          gint32 a = sk_ov_arr (g, p, (guint32) trip, i);

          if (a < here[s] && a < r->best[s] && a <= limit && useful_via (r, s, a, via))
            {
              here[s] = r->best[s] = a;
              here_via[s] = via;
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
      if (trip >= 0 && trip != was)
        via = p->overlay || prev_via[s];
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
  const gboolean *here_via = r->via_arr + (size_t) k * r->n;
  gint32 *next = r->board + (size_t) k * r->n;
  gboolean *next_via = r->via_board + (size_t) k * r->n;

  for (size_t a = 0; a < r->n_arrived; a++)
    {
      guint32 s = r->arrived[a];

      r->is_arrived[s] = FALSE;
      for (guint32 f = g->fp_off[s]; f < g->fp_off[s + 1]; f++)
        {
          guint32 q = g->fp[f].to;
          gint32 v = here[s] + g->fp[f].s;

          if (v < next[q] && v < r->best_board[q] && v <= limit
              && useful_via (r, q, v, here_via[s]))
            {
              next[q] = r->best_board[q] = v;
              next_via[q] = here_via[s];
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

  update_bounds (r, kern, dep);
  for (guint32 a = g->acc_off[kern]; a < g->acc_off[kern + 1]; a++)
    {
      guint32 s = g->acc[a].to;
      gint32 v = dep + g->acc[a].s;

      if (v < r->board[s] && useful_via (r, s, v, FALSE))
        {
          r->board[s] = v;
          r->via_board[s] = FALSE;
          r->best_board[s] = MIN (r->best_board[s], v);
          mark (r, s);
        }
    }
  for (int k = 1; k <= r->rounds && r->n_marked > 0; k++)
    {
      collect_patterns (r);
      for (size_t q = 0; q < r->n_queue; q++)
        scan_pattern (r, r->queue[q], k, limit);
      update_bounds (r, kern, dep);
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

static int
compare_desc (gconstpointer a,
              gconstpointer b)
{
  gint32 x = *(const gint32 *) a, y = *(const gint32 *) b;

  return x > y ? -1 : x < y;
}

/* The moments worth searching from: leaving home just in time for a
 * departure at an access stop, within [START, END). Between two such
 * moments nothing new can be boarded, so a minute's answer is that of
 * the earliest moment at or after it (Delling et al., rRAPTOR). Sorted
 * latest first, without repeats. */
static GArray *
departure_events (const SkOvGraph *g,
                  size_t           kern,
                  gint32           start,
                  gint32           end)
{
  GArray *ev = g_array_new (FALSE, FALSE, sizeof (gint32));
  guint j = 0;

  for (guint32 a = g->acc_off[kern]; a < g->acc_off[kern + 1]; a++)
    {
      guint32 s = g->acc[a].to;

      for (guint32 x = g->sp_off[s]; x < g->sp_off[s + 1]; x++)
        {
          const SkOvPattern *p = &g_array_index (g->patterns, SkOvPattern, g->sp_pattern[x]);
          int t = earliest_trip (g, p, g->sp_pos[x], start + g->acc[a].s);

          for (; t >= 0 && (guint32) t < p->n_trips; t++)
            {
              gint32 leave = sk_ov_dep (g, p, (guint32) t, g->sp_pos[x]) - g->acc[a].s;

              if (leave >= end)
                break;
              g_array_append_val (ev, leave);
            }
        }
    }
  g_array_sort (ev, compare_desc);
  for (guint i = 0; i < ev->len; i++)
    if (j == 0 || g_array_index (ev, gint32, j - 1) != g_array_index (ev, gint32, i))
      g_array_index (ev, gint32, j++) = g_array_index (ev, gint32, i);
  g_array_set_size (ev, j);
  return ev;
}

static void
keep_old_if_better (SkOvResult *res,
                    SkOvResult *before,
                    size_t      kern,
                    size_t      m)
{
  for (size_t d = 0; d < res->dests->len; d++)
    {
      size_t at = (kern * res->dests->len + d) * res->n_minutes + m;

      if (before->seconds[at] <= res->seconds[at])
        {
          res->seconds[at] = before->seconds[at];
          res->transit[at] = before->transit[at];
        }
    }
}

static void
search_kern (Raptor     *r,
             SkOvResult *res,
             size_t      kern)
{
  gint32 start = res->query.window_start;
  gint32 last = start + 60 * ((gint32) res->n_minutes - 1);
  g_autoptr(GArray) ev = departure_events (r->g, kern, start, last);
  guint e = 0;

  /* The last minute itself: it covers every journey that boards at or
   * after it (waiting at the stop); earlier minutes add the events. */
  raptor_reset (r);
  r->minute = res->n_minutes - 1;
  run_minute (r, kern, last);
  for (size_t m = res->n_minutes; m-- > 0;)
    {
      gint32 dep = start + 60 * (gint32) m;

      r->minute = m;
      while (e < ev->len && g_array_index (ev, gint32, e) >= dep)
        run_minute (r, kern, g_array_index (ev, gint32, e++));
      sk_ov_store_minute (res, r->g, r->best, kern, m, dep);
      if (r->before != NULL)
        keep_old_if_better (res, r->before, kern, m);
    }
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

/* 0: one search thread per processor, at most SK_OV_MAX_THREADS. */
static gint max_threads;

void
sk_ov_set_threads (guint n)
{
  g_atomic_int_set (&max_threads, (gint) MIN (n, SK_OV_MAX_THREADS));
}

/* The kernen shared out over the search threads: each takes the next
 * kern not yet taken, with labels of its own; every kern's answer is
 * that of its own search, so the result is the same for any number of
 * threads. */
typedef struct
{
  const SkOvGraph *g;
  SkOvResult *res;
  SkOvResult *before;           /* after an overlay that only adds, or NULL */
  const gint32 *touched_bounds; /* with BEFORE */
  const gint32 *h;
  int rounds;
  GCancellable *cancellable;
  gint next;                    /* atomic */
  gint searched;                /* atomic */
  gint stopped;                 /* atomic: cancelled before the last kern */
} Share;

static gpointer
search_share (gpointer data)
{
  Share *sh = data;
  Raptor r;

  raptor_init (&r, sh->g, sh->rounds);
  r.before = sh->before;
  r.h = sh->h;
  for (;;)
    {
      gint k = g_atomic_int_add (&sh->next, 1);

      if ((size_t) k >= sh->g->n_kernen)
        break;
      if (g_cancellable_is_cancelled (sh->cancellable))
        {
          g_atomic_int_set (&sh->stopped, TRUE);
          break;
        }
      if (sh->touched_bounds != NULL && !sk_ov_kern_affected (sh->before, sh->g, sh->touched_bounds, (size_t) k))
        sk_ov_result_copy_kern (sh->res, sh->before, (size_t) k);
      else
        {
          search_kern (&r, sh->res, (size_t) k);
          g_atomic_int_inc (&sh->searched);
        }
    }
  raptor_clear (&r);
  return NULL;
}

static guint
n_threads_for (size_t n_kernen)
{
  guint n = (guint) g_atomic_int_get (&max_threads);

  if (n == 0)
    n = MIN ((guint) g_get_num_processors (), SK_OV_MAX_THREADS);
  return (guint) MAX (MIN ((size_t) n, n_kernen), 1);
}

/* Searches every kern of SH, on up to n_threads_for() threads (this one
 * too); FALSE when cancelled. */
static gboolean
search_all (Share *sh)
{
  GThread *threads[SK_OV_MAX_THREADS] = { NULL };
  guint n = n_threads_for (sh->g->n_kernen);

  for (guint i = 1; i < n; i++)
    threads[i] = g_thread_try_new ("sk-ov-search", search_share, sh, NULL);
  search_share (sh);
  for (guint i = 1; i < n; i++)
    if (threads[i] != NULL)
      g_thread_join (threads[i]);
  return !g_atomic_int_get (&sh->stopped);
}

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
  g_autofree gint32 *touched_bounds = NULL;
  SkOvGraph *g;
  Share sh = { 0 };
  gboolean done;

  if (!check_query (query, n_dests, error))
    return NULL;
  /* After an edit of a buurtbus, the graph before it with the lines added. */
  if (before != NULL && before->graph != NULL && sk_ov_graph_can_extend (overlay))
    g = sk_ov_graph_extend (before->graph, tt, region, kengetallen, query, dests, overlay, error);
  else
    g = sk_ov_graph_build (tt, region, kengetallen, query, dests, n_dests, overlay, error);
  if (g == NULL)
    return NULL;
  res = sk_ov_result_new (tt, region, kengetallen, query, dests, n_dests, g);
  /* Only an overlay that adds (no new stop, which delays the trips it
   * joins) can leave kernen as they were. */
  res->plain = sk_ov_overlay_is_empty (overlay);
  if (before != NULL && before->plain && overlay != NULL && overlay->new_stops->len == 0)
    touched_bounds = sk_ov_graph_touched_bounds (g);
  sh.g = g;
  sh.res = res;
  sh.rounds = rounds_of (query);
  sh.cancellable = cancellable;
  sh.before = touched_bounds != NULL ? before : NULL;
  sh.touched_bounds = touched_bounds;
  /* A hub changes access, not trips: no "rode the buurtbus" to test. */
  sh.h = touched_bounds != NULL && overlay->hubs->len == 0 ? touched_bounds : NULL;
  done = search_all (&sh);
  res->n_searched = (size_t) sh.searched;
  /* A result without an overlay keeps its graph: the base of later edits. */
  if (res->plain)
    res->graph = g;
  else
    sk_ov_graph_free (g);
  if (!done)
    {
      g_cancellable_set_error_if_cancelled (cancellable, error);
      return NULL;
    }
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
