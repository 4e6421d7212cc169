/* sk-reach.c — multi-source Dijkstra with incremental edits. */
#include "sk-config.h"
#include "sk-reach.h"

#include <math.h>
#include <string.h>

#define INF G_MAXFLOAT

typedef struct
{
  float key;
  guint32 node;
} HeapItem;

/* A binary min-heap with lazy deletion: stale entries are skipped when
 * popped (their key is above the node's time). */
typedef struct
{
  HeapItem *items;
  size_t len, cap;
} Heap;

typedef struct
{
  SkSnap snap;
  gboolean alive;
  gboolean snapped;
} Site;

typedef struct
{
  GArray *sites;     /* Site */
  float *time;
  float *meters;
  int *label;
  gboolean computed;
} Field;

/* Arcs of drawn lines, in a linked list per node. */
typedef struct
{
  SkArc arc;
  gint32 next;
} OverlayArc;

struct _SkReach
{
  SkNetwork *network;
  SkMode mode;
  SkCsr csr;
  guint32 n_nodes;           /* base + overlay */
  gint32 *overlay_head;      /* NULL until a line is drawn */
  GArray *overlay;           /* OverlayArc */
  Field fields[SK_N_FACILITY_TYPES];
  Heap heap;
  GArray *scratch;           /* guint32 */
};

static void
heap_push (Heap    *h,
           float    key,
           guint32  node)
{
  size_t i;

  if (h->len == h->cap)
    {
      h->cap = MAX (1024, h->cap * 2);
      h->items = g_renew (HeapItem, h->items, h->cap);
    }
  i = h->len++;
  while (i > 0 && h->items[(i - 1) / 2].key > key)
    {
      h->items[i] = h->items[(i - 1) / 2];
      i = (i - 1) / 2;
    }
  h->items[i] = (HeapItem) { key, node };
}

static HeapItem
heap_pop (Heap *h)
{
  HeapItem top = h->items[0];
  HeapItem last = h->items[--h->len];
  size_t i = 0;

  for (;;)
    {
      size_t c = 2 * i + 1;

      if (c >= h->len)
        break;
      if (c + 1 < h->len && h->items[c + 1].key < h->items[c].key)
        c++;
      if (h->items[c].key >= last.key)
        break;
      h->items[i] = h->items[c];
      i = c;
    }
  if (h->len > 0)
    h->items[i] = last;
  return top;
}

SkReach *
sk_reach_new (SkNetwork *network,
              SkMode     mode)
{
  SkReach *self = g_new0 (SkReach, 1);

  g_return_val_if_fail (network != NULL, NULL);
  g_return_val_if_fail (mode >= 0 && mode < SK_N_MODES, NULL);
  self->network = sk_network_ref (network);
  self->mode = mode;
  sk_network_get_csr (network, mode, &self->csr);
  self->n_nodes = self->csr.n_nodes;
  self->overlay = g_array_new (FALSE, FALSE, sizeof (OverlayArc));
  self->scratch = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    self->fields[t].sites = g_array_new (FALSE, TRUE, sizeof (Site));
  return self;
}

void
sk_reach_free (SkReach *self)
{
  if (self == NULL)
    return;
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      g_array_unref (self->fields[t].sites);
      g_free (self->fields[t].time);
      g_free (self->fields[t].meters);
      g_free (self->fields[t].label);
    }
  g_free (self->overlay_head);
  g_array_unref (self->overlay);
  g_array_unref (self->scratch);
  g_free (self->heap.items);
  sk_network_unref (self->network);
  g_free (self);
}

SkMode
sk_reach_get_mode (SkReach *self)
{
  return self->mode;
}

SkNetwork *
sk_reach_get_network (SkReach *self)
{
  return self->network;
}

guint32
sk_reach_get_n_nodes (SkReach *self)
{
  return self->n_nodes;
}

static inline void
relax (Field       *f,
       Heap        *h,
       guint32      x,
       float        d,
       const SkArc *a)
{
  float nd = d + a->time;

  if (nd < f->time[a->target])
    {
      f->time[a->target] = nd;
      f->meters[a->target] = f->meters[x] + a->length;
      f->label[a->target] = f->label[x];
      heap_push (h, nd, a->target);
    }
}

/* Dijkstra from whatever the heap holds; relaxes only where it improves,
 * so a search seeded by one edit stops where nothing changes. */
static void
propagate (SkReach *self,
           Field   *f)
{
  Heap *h = &self->heap;
  const guint32 *offsets = self->csr.offsets;
  const SkArc *arcs = self->csr.arcs;
  guint32 n_base = self->csr.n_nodes;

  while (h->len > 0)
    {
      HeapItem it = heap_pop (h);

      if (it.key > f->time[it.node])
        continue;
      if (it.node < n_base)
        for (guint32 k = offsets[it.node]; k < offsets[it.node + 1]; k++)
          relax (f, h, it.node, it.key, &arcs[k]);
      if (G_UNLIKELY (self->overlay_head != NULL))
        for (gint32 k = self->overlay_head[it.node]; k >= 0;
             k = g_array_index (self->overlay, OverlayArc, k).next)
          relax (f, h, it.node, it.key, &g_array_index (self->overlay, OverlayArc, k).arc);
    }
}

static void
seed_node (SkReach *self,
           Field   *f,
           guint32  node,
           double   seconds,
           double   meters,
           int      id)
{
  if ((float) seconds < f->time[node])
    {
      f->time[node] = (float) seconds;
      f->meters[node] = (float) meters;
      f->label[node] = id;
      heap_push (&self->heap, (float) seconds, node);
    }
}

static void
seed_site (SkReach *self,
           Field   *f,
           int      id)
{
  const Site *s = &g_array_index (f->sites, Site, id);

  if (!s->alive || !s->snapped)
    return;
  /* From u the site is ahead; from v only when the edge is two-way. */
  seed_node (self, f, s->snap.u, s->snap.offset_s + s->snap.to_u_s,
             s->snap.offset_m + s->snap.to_u_m, id);
  if (!s->snap.forward_only)
    seed_node (self, f, s->snap.v, s->snap.offset_s + s->snap.to_v_s,
               s->snap.offset_m + s->snap.to_v_m, id);
}

static void
ensure_field (SkReach *self,
              Field   *f)
{
  if (f->time != NULL)
    return;
  f->time = g_new (float, self->n_nodes);
  f->meters = g_new (float, self->n_nodes);
  f->label = g_new (int, self->n_nodes);
}

void
sk_reach_recompute (SkReach        *self,
                    SkFacilityType  type)
{
  Field *f;

  g_return_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES);
  f = &self->fields[type];
  ensure_field (self, f);
  for (guint32 i = 0; i < self->n_nodes; i++)
    {
      f->time[i] = INF;
      f->meters[i] = INF;
      f->label[i] = -1;
    }
  self->heap.len = 0;
  for (guint i = 0; i < f->sites->len; i++)
    seed_site (self, f, (int) i);
  propagate (self, f);
  f->computed = TRUE;
}

static void
place_site (SkReach *self,
            Site    *s,
            double   lat,
            double   lon)
{
  s->alive = TRUE;
  s->snapped = sk_network_snap (self->network, self->mode, lat, lon, &s->snap);
}

void
sk_reach_set_sites (SkReach        *self,
                    SkFacilityType  type,
                    const SkLatLon *sites,
                    size_t          n)
{
  Field *f;

  g_return_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES);
  f = &self->fields[type];
  g_array_set_size (f->sites, n);
  for (size_t i = 0; i < n; i++)
    place_site (self, &g_array_index (f->sites, Site, i), sites[i].lat, sites[i].lon);
  sk_reach_recompute (self, type);
}

int
sk_reach_add_site (SkReach        *self,
                   SkFacilityType  type,
                   double          lat,
                   double          lon)
{
  Field *f;
  Site s = { 0 };
  int id;

  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, -1);
  f = &self->fields[type];
  place_site (self, &s, lat, lon);
  g_array_append_val (f->sites, s);
  id = (int) f->sites->len - 1;
  if (!f->computed)
    sk_reach_recompute (self, type);
  else
    {
      self->heap.len = 0;
      seed_site (self, f, id);
      propagate (self, f);
    }
  return id;
}

/* Each arc of node X, from the CSR and from drawn lines. */
#define FOR_EACH_ARC(self, x, a, body)                                              \
  G_STMT_START {                                                                    \
    if ((x) < (self)->csr.n_nodes)                                                  \
      for (guint32 k_ = (self)->csr.offsets[x]; k_ < (self)->csr.offsets[(x) + 1]; k_++) \
        { const SkArc *a = &(self)->csr.arcs[k_]; body }                            \
    if ((self)->overlay_head != NULL)                                               \
      for (gint32 k_ = (self)->overlay_head[x]; k_ >= 0;                            \
           k_ = g_array_index ((self)->overlay, OverlayArc, k_).next)               \
        { const SkArc *a = &g_array_index ((self)->overlay, OverlayArc, k_).arc; body } \
  } G_STMT_END

/* Forgets the cell of site ID and re-seeds it from its border. The graph
 * is undirected, so the arc x → y has the weight of y → x. */
static void
repair_cell (SkReach *self,
             Field   *f,
             int      id)
{
  GArray *cell = self->scratch;

  g_array_set_size (cell, 0);
  for (guint32 i = 0; i < self->n_nodes; i++)
    if (f->label[i] == id)
      {
        f->time[i] = INF;
        f->meters[i] = INF;
        f->label[i] = -1;
        g_array_append_val (cell, i);
      }
  self->heap.len = 0;
  for (guint i = 0; i < cell->len; i++)
    {
      guint32 x = g_array_index (cell, guint32, i);

      FOR_EACH_ARC (self, x, a, {
        guint32 y = a->target;
        if (f->label[y] >= 0 && f->time[y] + a->time < f->time[x])
          {
            f->time[x] = f->time[y] + a->time;
            f->meters[x] = f->meters[y] + a->length;
            f->label[x] = f->label[y];
          }
      });
      if (f->label[x] >= 0)
        heap_push (&self->heap, f->time[x], x);
    }
  for (guint i = 0; i < f->sites->len; i++)
    seed_site (self, f, (int) i);
  propagate (self, f);
}

gboolean
sk_reach_remove_site (SkReach        *self,
                      SkFacilityType  type,
                      int             id)
{
  Field *f;

  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, FALSE);
  f = &self->fields[type];
  if (id < 0 || (guint) id >= f->sites->len || !g_array_index (f->sites, Site, id).alive)
    return FALSE;
  g_array_index (f->sites, Site, id).alive = FALSE;
  /* The repair looks back along arcs, which one-way streets forbid: a
   * directed graph (the car's, with one-way streets) searches anew. */
  if (f->computed && sk_network_is_directed (self->network, self->mode))
    sk_reach_recompute (self, type);
  else if (f->computed)
    repair_cell (self, f, id);
  return TRUE;
}

gboolean
sk_reach_move_site (SkReach        *self,
                    SkFacilityType  type,
                    int             id,
                    double          lat,
                    double          lon)
{
  Field *f;

  if (!sk_reach_remove_site (self, type, id))
    return FALSE;
  f = &self->fields[type];
  place_site (self, &g_array_index (f->sites, Site, id), lat, lon);
  if (f->computed)
    {
      self->heap.len = 0;
      seed_site (self, f, id);
      propagate (self, f);
    }
  return TRUE;
}

static guint32
add_overlay_node (SkReach *self)
{
  guint32 node = self->n_nodes++;

  self->overlay_head = g_renew (gint32, self->overlay_head, self->n_nodes);
  self->overlay_head[node] = -1;
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      Field *f = &self->fields[t];

      if (f->time == NULL)
        continue;
      f->time = g_renew (float, f->time, self->n_nodes);
      f->meters = g_renew (float, f->meters, self->n_nodes);
      f->label = g_renew (int, f->label, self->n_nodes);
      f->time[node] = f->meters[node] = INF;
      f->label[node] = -1;
    }
  return node;
}

static void
add_overlay_edge (SkReach *self,
                  guint32  a,
                  guint32  b,
                  double   seconds,
                  double   meters)
{
  OverlayArc ab = { { b, (float) seconds, (float) meters }, self->overlay_head[a] };
  OverlayArc ba = { { a, (float) seconds, (float) meters }, self->overlay_head[b] };

  g_array_append_val (self->overlay, ab);
  self->overlay_head[a] = (gint32) self->overlay->len - 1;
  g_array_append_val (self->overlay, ba);
  self->overlay_head[b] = (gint32) self->overlay->len - 1;
}

/* One way: from FROM to TO (stored at TO, see build_mode_graph). */
static void
add_overlay_arc (SkReach *self,
                 guint32  from,
                 guint32  to,
                 double   seconds,
                 double   meters)
{
  OverlayArc arc = { { from, (float) seconds, (float) meters }, self->overlay_head[to] };

  g_array_append_val (self->overlay, arc);
  self->overlay_head[to] = (gint32) self->overlay->len - 1;
}

/* Joins line node NODE to the network at (lat, lon), via both ends of the
 * nearest edge (on a one-way edge: from its start, to its end). */
static void
join_line_end (SkReach *self,
               guint32  node,
               double   lat,
               double   lon,
               double   speed)
{
  SkSnap s;

  if (!sk_network_snap (self->network, self->mode, lat, lon, &s))
    return;
  if (s.forward_only)
    {
      add_overlay_arc (self, s.u, node, s.offset_m / speed + s.to_u_s, s.offset_m + s.to_u_m);
      add_overlay_arc (self, node, s.v, s.offset_m / speed + s.to_v_s, s.offset_m + s.to_v_m);
      return;
    }
  add_overlay_edge (self, node, s.u, s.offset_m / speed + s.to_u_s, s.offset_m + s.to_u_m);
  add_overlay_edge (self, node, s.v, s.offset_m / speed + s.to_v_s, s.offset_m + s.to_v_m);
}

static void
update_after_line (SkReach *self,
                   guint    first_arc)
{
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      Field *f = &self->fields[t];

      if (!f->computed)
        continue;
      /* One-way arcs are kept at their head only: search anew. */
      if (sk_network_is_directed (self->network, self->mode))
        {
          sk_reach_recompute (self, (SkFacilityType) t);
          continue;
        }
      self->heap.len = 0;
      /* Every node touched by a new arc searches on from its time. */
      for (guint k = first_arc; k < self->overlay->len; k++)
        {
          guint32 y = g_array_index (self->overlay, OverlayArc, k).arc.target;
          if (f->time[y] < INF)
            heap_push (&self->heap, f->time[y], y);
        }
      propagate (self, f);
    }
}

void
sk_reach_add_line (SkReach        *self,
                   const SkLatLon *points,
                   size_t          n,
                   guint           access)
{
  const SkSpeeds *speeds = sk_network_get_speeds (self->network);
  double speed = speeds->kmh[self->mode][SK_ROAD_NEW_LINE] / 3.6;
  guint first_arc = self->overlay->len;
  guint32 first = self->n_nodes, prev = 0;

  g_return_if_fail (n >= 2);
  if (!(access & SK_ACCESS (self->mode)) || speed <= 0)
    return;
  if (self->overlay_head == NULL)
    {
      self->overlay_head = g_new (gint32, self->n_nodes);
      memset (self->overlay_head, 0xff, sizeof (gint32) * self->n_nodes);
    }
  for (size_t i = 0; i < n; i++)
    {
      guint32 node = add_overlay_node (self);

      if (i > 0)
        {
          double m = sk_geo_haversine_m (points[i - 1].lat, points[i - 1].lon,
                                         points[i].lat, points[i].lon);
          add_overlay_edge (self, prev, node, m / speed, m);
        }
      prev = node;
    }
  join_line_end (self, first, points[0].lat, points[0].lon, speed);
  join_line_end (self, prev, points[n - 1].lat, points[n - 1].lon, speed);
  update_after_line (self, first_arc);
}

static void
same_edge (Field        *f,
           const SkSnap *snap,
           double        speed_s_per_m,
           double       *best_s,
           double       *best_m)
{
  for (guint i = 0; i < f->sites->len; i++)
    {
      const Site *s = &g_array_index (f->sites, Site, i);
      double along, sec;

      if (!s->alive || !s->snapped || s->snap.edge != snap->edge)
        continue;
      /* On a one-way edge only a site ahead can be reached directly. */
      if (snap->forward_only && s->snap.to_u_m < snap->to_u_m)
        continue;
      along = fabs (s->snap.to_u_m - snap->to_u_m);
      sec = s->snap.offset_s + snap->offset_s + along * speed_s_per_m;
      if (sec < *best_s)
        {
          *best_s = sec;
          *best_m = s->snap.offset_m + snap->offset_m + along;
        }
    }
}

gboolean
sk_reach_query_snap (SkReach        *self,
                     SkFacilityType  type,
                     const SkSnap   *snap,
                     double         *seconds,
                     double         *meters)
{
  Field *f;
  double best_s = INF, best_m = INF, len;

  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, FALSE);
  f = &self->fields[type];
  if (!f->computed)
    return FALSE;
  if (f->time[snap->u] < INF && !snap->forward_only)
    {
      best_s = f->time[snap->u] + snap->to_u_s + snap->offset_s;
      best_m = f->meters[snap->u] + snap->to_u_m + snap->offset_m;
    }
  if (f->time[snap->v] < INF && f->time[snap->v] + snap->to_v_s + snap->offset_s < best_s)
    {
      best_s = f->time[snap->v] + snap->to_v_s + snap->offset_s;
      best_m = f->meters[snap->v] + snap->to_v_m + snap->offset_m;
    }
  len = snap->to_u_m + snap->to_v_m;
  same_edge (f, snap, len > 0 ? (snap->to_u_s + snap->to_v_s) / len : 0.0, &best_s, &best_m);
  if (best_s >= INF)
    return FALSE;
  *seconds = best_s;
  *meters = best_m;
  return TRUE;
}

gboolean
sk_reach_query (SkReach        *self,
                SkFacilityType  type,
                double          lat,
                double          lon,
                double         *seconds,
                double         *meters)
{
  SkSnap snap;

  if (!sk_network_snap (self->network, self->mode, lat, lon, &snap))
    return FALSE;
  return sk_reach_query_snap (self, type, &snap, seconds, meters);
}

const float *
sk_reach_get_times (SkReach        *self,
                    SkFacilityType  type)
{
  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, NULL);
  return self->fields[type].computed ? self->fields[type].time : NULL;
}

const float *
sk_reach_get_meters (SkReach        *self,
                     SkFacilityType  type)
{
  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, NULL);
  return self->fields[type].computed ? self->fields[type].meters : NULL;
}

const int *
sk_reach_get_labels (SkReach        *self,
                     SkFacilityType  type)
{
  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, NULL);
  return self->fields[type].computed ? self->fields[type].label : NULL;
}
