/* sk-ov-access-net.c — walking and cycling to stops over the region's road
 * network (sk-network.h): a bounded Dijkstra from each population point of
 * a kern, or from a destination, over the mode's graph; stops and points
 * are snapped onto their nearest edge. A stop or point farther than
 * SNAP_MAX_M from any road of the mode is left to the crow-fly estimate. */
#include "sk-config.h"
#include "sk-ov-access-net.h"

#include <math.h>

/* Farther from the network than this, the network says nothing about the
 * way there (a stop outside the imported area); metres, aanname. */
#define SNAP_MAX_M 300.0

typedef struct
{
  guint32 stop;
  float to_s;            /* from the node along the edge to the stop's foot, + offset */
  float to_m;
} NodeStop;

struct _SkOvNetAccess
{
  SkNetwork *network;
  SkMode mode;
  SkCsr csr;
  guint32 *ns_off;       /* node → NodeStop, CSR */
  NodeStop *ns;
  float *time;           /* per node, reused */
  float *len;
  guint32 *touched;
  size_t n_touched;
  GArray *heap;
};

typedef struct
{
  float t;
  guint32 node;
} Item;

SkOvNetAccess *
sk_ov_net_access_new (SkNetwork      *network,
                      SkMode          mode,
                      const SkLatLon *stops,
                      size_t          n_stops,
                      gboolean       *snapped)
{
  SkOvNetAccess *a = g_new0 (SkOvNetAccess, 1);
  g_autofree SkSnap *snaps = g_new0 (SkSnap, MAX (n_stops, 1));
  g_autofree guint32 *fill = NULL;

  a->network = sk_network_ref (network);
  a->mode = mode;
  sk_network_get_csr (network, mode, &a->csr);
  a->ns_off = g_new0 (guint32, a->csr.n_nodes + 1);
  fill = g_new0 (guint32, a->csr.n_nodes + 1);
  for (size_t s = 0; s < n_stops; s++)
    {
      snapped[s] = sk_network_snap (network, mode, stops[s].lat, stops[s].lon, &snaps[s])
                   && snaps[s].offset_m <= SNAP_MAX_M;
      if (snapped[s])
        {
          a->ns_off[snaps[s].u + 1]++;
          a->ns_off[snaps[s].v + 1]++;
        }
    }
  for (guint32 n = 0; n < a->csr.n_nodes; n++)
    a->ns_off[n + 1] += a->ns_off[n];
  a->ns = g_new (NodeStop, MAX (a->ns_off[a->csr.n_nodes], 1));
  for (size_t s = 0; s < n_stops; s++)
    if (snapped[s])
      {
        const SkSnap *sn = &snaps[s];

        a->ns[a->ns_off[sn->u] + fill[sn->u]++] =
          (NodeStop) { (guint32) s, (float) (sn->to_u_s + sn->offset_s), (float) (sn->to_u_m + sn->offset_m) };
        a->ns[a->ns_off[sn->v] + fill[sn->v]++] =
          (NodeStop) { (guint32) s, (float) (sn->to_v_s + sn->offset_s), (float) (sn->to_v_m + sn->offset_m) };
      }
  a->time = g_new (float, MAX (a->csr.n_nodes, 1));
  a->len = g_new (float, MAX (a->csr.n_nodes, 1));
  for (guint32 n = 0; n < a->csr.n_nodes; n++)
    a->time[n] = a->len[n] = INFINITY;
  a->touched = g_new (guint32, MAX (a->csr.n_nodes, 1));
  a->heap = g_array_new (FALSE, FALSE, sizeof (Item));
  return a;
}

void
sk_ov_net_access_free (SkOvNetAccess *a)
{
  if (a == NULL)
    return;
  sk_network_unref (a->network);
  g_free (a->ns_off);
  g_free (a->ns);
  g_free (a->time);
  g_free (a->len);
  g_free (a->touched);
  g_array_unref (a->heap);
  g_free (a);
}

static void
push (SkOvNetAccess *a,
      guint32        node,
      float          t,
      float          m)
{
  Item it = { t, node };
  Item *h;
  guint i;

  if (t >= a->time[node])
    return;
  if (isinf (a->time[node]))
    a->touched[a->n_touched++] = node;
  a->time[node] = t;
  a->len[node] = m;
  g_array_append_val (a->heap, it);
  h = (Item *) a->heap->data;
  for (i = a->heap->len - 1; i > 0 && h[(i - 1) / 2].t > h[i].t; i = (i - 1) / 2)
    {
      Item tmp = h[i];

      h[i] = h[(i - 1) / 2];
      h[(i - 1) / 2] = tmp;
    }
}

static Item
pop (SkOvNetAccess *a)
{
  Item *h = (Item *) a->heap->data;
  Item top = h[0];
  guint n = a->heap->len - 1, i = 0;

  h[0] = h[n];
  g_array_set_size (a->heap, n);
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, m = i;
      Item tmp;

      if (l < n && h[l].t < h[m].t)
        m = l;
      if (r < n && h[r].t < h[m].t)
        m = r;
      if (m == i)
        break;
      tmp = h[i];
      h[i] = h[m];
      h[m] = tmp;
      i = m;
    }
  return top;
}

gboolean
sk_ov_net_access_from (SkOvNetAccess *a,
                       double         lat,
                       double         lon,
                       double         max_m,
                       float         *seconds,
                       float         *meters)
{
  SkSnap sn;

  for (size_t i = 0; i < a->n_touched; i++)
    a->time[a->touched[i]] = a->len[a->touched[i]] = INFINITY;
  a->n_touched = 0;
  g_array_set_size (a->heap, 0);
  if (!sk_network_snap (a->network, a->mode, lat, lon, &sn) || sn.offset_m > SNAP_MAX_M)
    return FALSE;
  push (a, sn.u, (float) (sn.offset_s + sn.to_u_s), (float) (sn.offset_m + sn.to_u_m));
  if (!sn.forward_only)
    push (a, sn.v, (float) (sn.offset_s + sn.to_v_s), (float) (sn.offset_m + sn.to_v_m));
  while (a->heap->len > 0)
    {
      Item it = pop (a);

      if (it.t != a->time[it.node] || a->len[it.node] > max_m)
        continue;
      for (guint32 x = a->ns_off[it.node]; x < a->ns_off[it.node + 1]; x++)
        {
          const NodeStop *ns = &a->ns[x];
          float t = it.t + ns->to_s, m = a->len[it.node] + ns->to_m;

          if (m <= max_m && t < seconds[ns->stop])
            {
              seconds[ns->stop] = t;
              meters[ns->stop] = m;
            }
        }
      for (guint32 e = a->csr.offsets[it.node]; e < a->csr.offsets[it.node + 1]; e++)
        push (a, a->csr.arcs[e].target, it.t + a->csr.arcs[e].time,
              a->len[it.node] + a->csr.arcs[e].length);
    }
  return TRUE;
}
