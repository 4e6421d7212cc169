/* sk-ov-bounds.c — lower bounds on travel time for pruning: from every
 * stop to every destination, and from a kern to every stop, over the
 * fastest ride between each pair of consecutive stops (any trip of the
 * day, no waiting) and the footpaths. No journey can be faster, so a
 * label that cannot beat a destination's arrival even at these bounds
 * may be dropped without changing any answer. */
#include "sk-config.h"
#include "sk-ov-private.h"

/* The hop graph in CSR, forward (from → to) or reversed. */
static void
hop_graph (const SkOvGraph *g,
           gboolean         reverse,
           guint32        **off_out,
           SkOvLink       **links_out)
{
  const guint32 *ps = (const guint32 *) g->pattern_stops->data;
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint32) * 3);
  guint32 *off = g_new0 (guint32, g->n_stops + 1);
  SkOvLink *links;
  g_autofree guint32 *fill = g_new0 (guint32, g->n_stops + 1);

  for (guint p = 0; p < g->patterns->len; p++)
    {
      const SkOvPattern *pat = &g_array_index (g->patterns, SkOvPattern, p);

      for (guint32 i = 0; i + 1 < pat->n_stops; i++)
        {
          gint32 best = G_MAXINT32;
          guint32 e[3];

          for (guint32 t = 0; t < pat->n_trips; t++)
            best = MIN (best, sk_ov_arr (g, pat, t, i + 1) - sk_ov_dep (g, pat, t, i));
          e[0] = ps[pat->first_stop + (reverse ? i + 1 : i)];
          e[1] = ps[pat->first_stop + (reverse ? i : i + 1)];
          e[2] = (guint32) MAX (best, 0);
          g_array_append_val (pairs, e);
        }
    }
  for (size_t s = 0; s < g->n_stops; s++)
    for (guint32 f = g->fp_off[s]; f < g->fp_off[s + 1]; f++)
      if (g->fp[f].to != s)
        {
          guint32 e[3] = { reverse ? g->fp[f].to : (guint32) s, reverse ? (guint32) s : g->fp[f].to,
                           (guint32) g->fp[f].s };

          g_array_append_val (pairs, e);
        }
  for (guint i = 0; i < pairs->len; i++)
    off[((guint32 *) pairs->data)[3 * i] + 1]++;
  for (size_t s = 0; s < g->n_stops; s++)
    off[s + 1] += off[s];
  links = g_new (SkOvLink, MAX (pairs->len, 1));
  for (guint i = 0; i < pairs->len; i++)
    {
      const guint32 *e = (const guint32 *) pairs->data + 3 * i;

      links[off[e[0]] + fill[e[0]]++] = (SkOvLink) { e[1], (gint32) e[2] };
    }
  *off_out = off;
  *links_out = links;
}

/* Dijkstra from the seeds already in DIST (SK_OV_INF elsewhere). */
static void
spread (const guint32  *off,
        const SkOvLink *links,
        gint32         *dist,
        size_t          n,
        GArray         *heap)
{
  for (size_t s = 0; s < n; s++)
    if (dist[s] != SK_OV_INF)
      sk_ov_heap_push (heap, dist[s], (guint32) s);
  while (heap->len > 0)
    {
      SkOvHeapItem it = sk_ov_heap_pop (heap);

      if (it.t != dist[it.stop])
        continue;
      for (guint32 l = off[it.stop]; l < off[it.stop + 1]; l++)
        if (it.t + links[l].s < dist[links[l].to])
          {
            dist[links[l].to] = it.t + links[l].s;
            sk_ov_heap_push (heap, dist[links[l].to], links[l].to);
          }
    }
}

void
sk_ov_graph_bounds (SkOvGraph *g)
{
  g_autoptr(GArray) heap = g_array_new (FALSE, FALSE, sizeof (SkOvHeapItem));
  g_autofree gint32 *dist = g_new (gint32, MAX (g->n_stops, 1));

  hop_graph (g, TRUE, &g->rev_off, &g->rev);
  g->lb = g_new (gint32, MAX (g->n_stops * g->n_dests, 1));
  for (size_t d = 0; d < g->n_dests; d++)
    {
      for (size_t s = 0; s < g->n_stops; s++)
        dist[s] = SK_OV_INF;
      for (guint32 e = g->egr_off[d]; e < g->egr_off[d + 1]; e++)
        dist[g->egr[e].to] = MIN (dist[g->egr[e].to], g->egr[e].s);
      spread (g->rev_off, g->rev, dist, g->n_stops, heap);
      for (size_t s = 0; s < g->n_stops; s++)
        g->lb[s * g->n_dests + d] = dist[s];
    }
}

/* Per destination d and stop x: a lower bound on the seconds from x to d
 * through a touched stop, h[d × n_stops + x]. One reverse search per
 * destination, seeded at the touched stops with their bound onwards. */
gint32 *
sk_ov_graph_touched_bounds (const SkOvGraph *g)
{
  g_autoptr(GArray) heap = g_array_new (FALSE, FALSE, sizeof (SkOvHeapItem));
  gint32 *h = g_new (gint32, MAX (g->n_stops * g->n_dests, 1));

  for (size_t d = 0; d < g->n_dests; d++)
    {
      gint32 *dist = h + d * g->n_stops;

      for (size_t s = 0; s < g->n_stops; s++)
        dist[s] = g->touched[s] ? g->lb[s * g->n_dests + d] : SK_OV_INF;
      spread (g->rev_off, g->rev, dist, g->n_stops, heap);
    }
  return h;
}
