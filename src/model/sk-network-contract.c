/* sk-network-contract.c — shape points out of the routing graph.
 *
 * Most nodes of an OSM road network only give a street its shape: they
 * join exactly two edges of the same class, access and speed. Each chain
 * of such edges between two junctions (or dead ends) becomes one edge
 * whose length is the sum of the chain's, with the points kept as its
 * shape, so snapping onto the street and the distances between junctions
 * are what they were. A one-way chain keeps its direction.
 */
#include "sk-config.h"
#include "sk-network-private.h"

#include <string.h>

void
sk_shapes_clear (SkShapes *shapes)
{
  g_clear_pointer (&shapes->start, g_free);
  g_clear_pointer (&shapes->lat, g_free);
  g_clear_pointer (&shapes->lon, g_free);
  shapes->n = 0;
}

typedef struct
{
  guint32 n_nodes;
  const SkEdge *edges;
  guint32 n_edges;
  guint32 *first;      /* CSR of the edges at each node: n_nodes + 1 */
  guint32 *incident;
  gboolean *keep;      /* per node: a junction, a dead end or a change of kind */
  gboolean *used;      /* per edge */
} Chains;

static gboolean
same_kind (const SkEdge *a,
           const SkEdge *b)
{
  return a->klass == b->klass && a->access == b->access && a->maxspeed == b->maxspeed;
}

static guint32
other_end (const SkEdge *e,
           guint32       node)
{
  return e->u == node ? e->v : e->u;
}

/* A node passes through when it joins two distinct edges of one kind,
 * neither a loop, and a one-way chain goes in at one and out at the
 * other. */
static gboolean
passes_through (const Chains *c,
                guint32       node)
{
  const SkEdge *a, *b;

  if (c->first[node + 1] - c->first[node] != 2)
    return FALSE;
  a = &c->edges[c->incident[c->first[node]]];
  b = &c->edges[c->incident[c->first[node] + 1]];
  if (a == b || a->u == a->v || b->u == b->v || !same_kind (a, b))
    return FALSE;
  if (a->access & SK_ACCESS_CAR_ONEWAY)
    return (a->v == node) != (b->v == node);
  return TRUE;
}

static void
chains_init (Chains       *c,
             guint32       n_nodes,
             const SkEdge *edges,
             guint32       n_edges)
{
  g_autofree guint32 *fill = NULL;

  c->n_nodes = n_nodes;
  c->edges = edges;
  c->n_edges = n_edges;
  c->first = g_new0 (guint32, n_nodes + 1);
  for (guint32 e = 0; e < n_edges; e++)
    c->first[edges[e].u + 1]++, c->first[edges[e].v + 1]++;
  for (guint32 i = 0; i < n_nodes; i++)
    c->first[i + 1] += c->first[i];
  c->incident = g_new (guint32, MAX (c->first[n_nodes], 1));
  fill = g_memdup2 (c->first, sizeof (guint32) * MAX (n_nodes, 1));
  for (guint32 e = 0; e < n_edges; e++)
    {
      c->incident[fill[edges[e].u]++] = e;
      c->incident[fill[edges[e].v]++] = e;
    }
  c->keep = g_new (gboolean, MAX (n_nodes, 1));
  for (guint32 i = 0; i < n_nodes; i++)
    c->keep[i] = !passes_through (c, i);
  c->used = g_new0 (gboolean, MAX (n_edges, 1));
}

static void
chains_clear (Chains *c)
{
  g_free (c->first);
  g_free (c->incident);
  g_free (c->keep);
  g_free (c->used);
}

typedef struct
{
  GArray *edges;        /* SkEdge, nodes renumbered */
  GArray *start;        /* guint32 per edge, then the end */
  GArray *lat, *lon;    /* shape points */
  guint32 *new_id;      /* per old node: its new number, or G_MAXUINT32 */
  const double *old_lat, *old_lon;
} Out;

/* Follows the chain from kept node FROM along edge E to the next kept
 * node and appends it as one edge. */
static void
walk (Chains  *c,
      Out     *o,
      guint32  from,
      guint32  e)
{
  SkEdge merged = c->edges[e];
  gboolean reversed = (merged.access & SK_ACCESS_CAR_ONEWAY) && c->edges[e].v == from;
  guint32 cur = other_end (&c->edges[e], from), first_shape = o->lat->len;
  double length = c->edges[e].length_m;

  c->used[e] = TRUE;
  while (!c->keep[cur])
    {
      guint32 a = c->incident[c->first[cur]], b = c->incident[c->first[cur] + 1];
      guint32 next = c->used[a] ? b : a;

      g_array_append_val (o->lat, o->old_lat[cur]);
      g_array_append_val (o->lon, o->old_lon[cur]);
      c->used[next] = TRUE;
      length += c->edges[next].length_m;
      cur = other_end (&c->edges[next], cur);
    }
  merged.u = o->new_id[from];
  merged.v = o->new_id[cur];
  merged.length_m = (float) length;
  if (reversed)
    {
      /* A one-way chain walked against its direction: turn it round. */
      guint32 n = o->lat->len - first_shape;

      for (guint32 i = 0; i < n / 2; i++)
        {
          double *la = &g_array_index (o->lat, double, first_shape);
          double *lo = &g_array_index (o->lon, double, first_shape);
          double t = la[i];

          la[i] = la[n - 1 - i], la[n - 1 - i] = t;
          t = lo[i], lo[i] = lo[n - 1 - i], lo[n - 1 - i] = t;
        }
      merged.u = o->new_id[cur];
      merged.v = o->new_id[from];
    }
  g_array_append_val (o->edges, merged);
  g_array_append_val (o->start, first_shape);
}

static void
walk_all (Chains *c,
          Out    *o)
{
  for (guint32 n = 0; n < c->n_nodes; n++)
    for (guint32 k = c->first[n]; c->keep[n] && k < c->first[n + 1]; k++)
      if (!c->used[c->incident[k]])
        walk (c, o, n, c->incident[k]);
  /* What is left are rings of pass-through nodes (a roundabout with no
   * way off in the extract): keep one node of each. */
  for (guint32 e = 0; e < c->n_edges; e++)
    if (!c->used[e])
      {
        guint32 n = c->edges[e].u;

        c->keep[n] = TRUE;
        walk (c, o, n, e);
      }
}

void
sk_network_builder_contract (SkNetworkBuilder *builder)
{
  guint32 n_nodes = builder->lats->len, n_edges = builder->edges->len, kept = 0;
  Chains c = { 0 };
  Out o = { 0 };
  GArray *lats, *lons;

  g_return_if_fail (builder->shapes.start == NULL);
  chains_init (&c, n_nodes, (const SkEdge *) builder->edges->data, n_edges);
  o.new_id = g_new (guint32, MAX (n_nodes, 1));
  o.edges = g_array_new (FALSE, FALSE, sizeof (SkEdge));
  o.start = g_array_new (FALSE, FALSE, sizeof (guint32));
  o.lat = g_array_new (FALSE, FALSE, sizeof (double));
  o.lon = g_array_new (FALSE, FALSE, sizeof (double));
  o.old_lat = (const double *) builder->lats->data;
  o.old_lon = (const double *) builder->lons->data;
  /* Old node numbers during the walk (rings add kept nodes to it);
   * renumbered once every kept node is known. */
  for (guint32 i = 0; i < n_nodes; i++)
    o.new_id[i] = i;
  walk_all (&c, &o);
  lats = g_array_new (FALSE, FALSE, sizeof (double));
  lons = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint32 i = 0; i < n_nodes; i++)
    {
      o.new_id[i] = c.keep[i] ? kept++ : G_MAXUINT32;
      if (c.keep[i])
        {
          g_array_append_val (lats, o.old_lat[i]);
          g_array_append_val (lons, o.old_lon[i]);
        }
    }
  for (guint32 e = 0; e < o.edges->len; e++)
    {
      SkEdge *edge = &g_array_index (o.edges, SkEdge, e);

      edge->u = o.new_id[edge->u];
      edge->v = o.new_id[edge->v];
    }
  g_array_append_val (o.start, o.lat->len);
  g_array_unref (builder->lats);
  g_array_unref (builder->lons);
  g_array_unref (builder->edges);
  builder->lats = lats;
  builder->lons = lons;
  builder->edges = o.edges;
  builder->shapes.n = o.lat->len;
  builder->shapes.start = (guint32 *) g_array_free (o.start, FALSE);
  builder->shapes.lat = (double *) g_array_free (o.lat, FALSE);
  builder->shapes.lon = (double *) g_array_free (o.lon, FALSE);
  g_free (o.new_id);
  chains_clear (&c);
}
