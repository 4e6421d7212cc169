/* sk-network.c — building the per-mode graphs, the grid index and
 * snapping. The file format is in sk-network-io.c. */
#include "sk-config.h"
#include "sk-network-private.h"
#include "sk-geo.h"

#include <math.h>
#include <string.h>

G_DEFINE_QUARK (sk-network-error-quark, sk_network_error)

static const char *const road_class_ids[SK_N_ROAD_CLASSES] = {
  "motorway", "trunk", "primary", "secondary", "tertiary", "unclassified",
  "residential", "service", "track", "cycleway", "path", "footway", "new_line",
};

const char *
sk_road_class_to_id (SkRoadClass klass)
{
  g_return_val_if_fail (klass >= 0 && klass < SK_N_ROAD_CLASSES, NULL);
  return road_class_ids[klass];
}

SkRoadClass
sk_road_class_from_id (const char *id)
{
  for (int i = 0; id != NULL && i < SK_N_ROAD_CLASSES; i++)
    if (g_str_equal (id, road_class_ids[i]))
      return (SkRoadClass) i;
  return SK_ROAD_INVALID;
}

SkNetworkBuilder *
sk_network_builder_new (void)
{
  SkNetworkBuilder *b = g_new0 (SkNetworkBuilder, 1);

  b->lats = g_array_new (FALSE, FALSE, sizeof (double));
  b->lons = g_array_new (FALSE, FALSE, sizeof (double));
  b->edges = g_array_new (FALSE, FALSE, sizeof (SkEdge));
  return b;
}

void
sk_network_builder_free (SkNetworkBuilder *builder)
{
  if (builder == NULL)
    return;
  g_array_unref (builder->lats);
  g_array_unref (builder->lons);
  g_array_unref (builder->edges);
  sk_shapes_clear (&builder->shapes);
  g_free (builder);
}

guint32
sk_network_builder_add_node (SkNetworkBuilder *builder,
                             double            lat,
                             double            lon)
{
  g_array_append_val (builder->lats, lat);
  g_array_append_val (builder->lons, lon);
  return builder->lats->len - 1;
}

guint32
sk_network_builder_get_n_nodes (SkNetworkBuilder *builder)
{
  return builder->lats->len;
}

guint32
sk_network_builder_get_n_edges (SkNetworkBuilder *builder)
{
  return builder->edges->len;
}

/* Equirectangular length: within 0.01 % of the haversine for the short
 * segments (< 10 km) of a road network, at a third of the cost. */
double
sk_network_segment_m (double lat1,
                   double lon1,
                   double lat2,
                   double lon2)
{
  double k = SK_EARTH_RADIUS_M * G_PI / 180.0;
  double dy = (lat2 - lat1) * k;
  double dx = (lon2 - lon1) * k * cos ((lat1 + lat2) * (G_PI / 360.0));

  if (fabs (dy) > 0.1 * k || fabs (lon2 - lon1) > 0.1)
    return sk_geo_haversine_m (lat1, lon1, lat2, lon2);
  return sqrt (dx * dx + dy * dy);
}

void
sk_network_builder_add_edge (SkNetworkBuilder *builder,
                             guint32           u,
                             guint32           v,
                             double            length_m,
                             SkRoadClass       klass,
                             guint             access,
                             guint             maxspeed_kmh)
{
  SkEdge e = { u, v, 0, (guint8) klass, (guint8) (access & (SK_ACCESS_ALL | SK_ACCESS_CAR_ONEWAY)),
               (guint8) MIN (maxspeed_kmh, 255), 0 };

  g_return_if_fail (u < builder->lats->len && v < builder->lats->len);
  g_return_if_fail (klass >= 0 && klass < SK_N_ROAD_CLASSES);
  if (length_m < 0)
    length_m = sk_network_segment_m (g_array_index (builder->lats, double, u),
                                  g_array_index (builder->lons, double, u),
                                  g_array_index (builder->lats, double, v),
                                  g_array_index (builder->lons, double, v));
  e.length_m = (float) length_m;
  g_array_append_val (builder->edges, e);
}

SkNetwork *
sk_network_builder_end (SkNetworkBuilder *builder,
                        const SkSpeeds   *speeds)
{
  guint32 n_nodes = builder->lats->len;
  guint32 n_edges = builder->edges->len;
  double *lat = (double *) g_array_free (g_steal_pointer (&builder->lats), FALSE);
  double *lon = (double *) g_array_free (g_steal_pointer (&builder->lons), FALSE);
  SkEdge *edges = (SkEdge *) g_array_free (g_steal_pointer (&builder->edges), FALSE);
  SkShapes shapes = builder->shapes;

  g_free (builder);
  return sk_network_new_take (n_nodes, lat, lon, n_edges, edges, &shapes, speeds);
}

double
sk_network_edge_speed (SkNetwork *self,
                       SkMode     mode,
                       guint32    e)
{
  const SkEdge *edge = &self->edges[e];
  double kmh;

  if (!(edge->access & SK_ACCESS (mode)))
    return 0.0;
  kmh = self->speeds.kmh[mode][edge->klass];
  if (mode == SK_MODE_AUTO && edge->maxspeed > 0)
    kmh = MIN (kmh, (double) edge->maxspeed);
  return kmh / 3.6;
}

double
sk_network_edge_length (SkNetwork *self,
                        guint32    e)
{
  return self->edges[e].length_m;
}

/* Union-find with path halving, for the connected parts of a mode. */
static guint32
uf_find (guint32 *parent,
         guint32  x)
{
  while (parent[x] != x)
    {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
  return x;
}

/* Marks the edges of MODE's largest connected part: a point snapped to a
 * little island (a car park, a path fragment) would reach nothing. */
static void
mark_main_part (SkNetwork *self,
                SkMode     mode)
{
  g_autofree guint32 *parent = g_new (guint32, self->n_nodes);
  g_autofree guint32 *size = g_new0 (guint32, self->n_nodes);
  guint32 best = G_MAXUINT32, best_size = 0;

  for (guint32 i = 0; i < self->n_nodes; i++)
    parent[i] = i;
  for (guint32 e = 0; e < self->n_edges; e++)
    if (sk_network_edge_speed (self, mode, e) > 0)
      {
        guint32 a = uf_find (parent, self->edges[e].u);
        guint32 b = uf_find (parent, self->edges[e].v);
        if (a != b)
          parent[a] = b;
      }
  for (guint32 e = 0; e < self->n_edges; e++)
    if (sk_network_edge_speed (self, mode, e) > 0)
      {
        guint32 r = uf_find (parent, self->edges[e].u);
        if (++size[r] > best_size)
          best_size = size[r], best = r;
      }
  for (guint32 e = 0; e < self->n_edges; e++)
    if (sk_network_edge_speed (self, mode, e) > 0 && uf_find (parent, self->edges[e].u) == best)
      self->edges[e].main |= SK_ACCESS (mode);
}

static gboolean
edge_one_way (const SkEdge *edge,
              SkMode        mode)
{
  return mode == SK_MODE_AUTO && (edge->access & SK_ACCESS_CAR_ONEWAY);
}

/* The arcs at node x are the ways *into* x: an arc x → y of time t says
 * that y reaches x in t. The searches run from the facilities outward,
 * so this gives every node its time *to* the nearest facility; a one-way
 * edge u → v is one arc, stored at v. */
static void
build_mode_graph (SkNetwork *self,
                  SkMode     mode)
{
  SkModeGraph *g = &self->graphs[mode];
  g_autofree guint32 *fill = NULL;

  g->offsets = g_new0 (guint32, self->n_nodes + 1);
  for (guint32 e = 0; e < self->n_edges; e++)
    if (sk_network_edge_speed (self, mode, e) > 0)
      {
        if (!edge_one_way (&self->edges[e], mode))
          g->offsets[self->edges[e].u + 1]++;
        else
          g->directed = TRUE;
        g->offsets[self->edges[e].v + 1]++;
      }
  for (guint32 i = 0; i < self->n_nodes; i++)
    g->offsets[i + 1] += g->offsets[i];
  g->n_arcs = g->offsets[self->n_nodes];
  g->arcs = g_new (SkArc, MAX (g->n_arcs, 1));
  fill = g_memdup2 (g->offsets, sizeof (guint32) * self->n_nodes);
  for (guint32 e = 0; e < self->n_edges; e++)
    {
      const SkEdge *edge = &self->edges[e];
      double speed = sk_network_edge_speed (self, mode, e);
      float t;

      if (speed <= 0)
        continue;
      t = (float) (edge->length_m / speed);
      if (!edge_one_way (edge, mode))
        g->arcs[fill[edge->u]++] = (SkArc) { edge->v, t, edge->length_m };
      g->arcs[fill[edge->v]++] = (SkArc) { edge->u, t, edge->length_m };
    }
  mark_main_part (self, mode);
}

void
sk_network_project (SkNetwork *self,
                    double     lat,
                    double     lon,
                    double    *x,
                    double    *y)
{
  *x = (lon - self->lon0) * self->mx;
  *y = (lat - self->lat0) * self->my;
}

static void
init_projection (SkNetwork *self)
{
  SkBBox bbox;
  SkLatLon c;

  sk_bbox_init_empty (&bbox);
  for (guint32 i = 0; i < self->n_nodes; i++)
    sk_bbox_extend (&bbox, self->lat[i], self->lon[i]);
  c = self->n_nodes > 0 ? sk_bbox_get_centre (&bbox) : (SkLatLon) { 0, 0 };
  self->lat0 = c.lat;
  self->lon0 = c.lon;
  self->my = SK_EARTH_RADIUS_M * G_PI / 180.0;
  self->mx = self->my * cos (c.lat * G_PI / 180.0);
}

/* Edge E's points: u, its shape points, v. */
static guint32
edge_n_points (SkNetwork *self,
               guint32    e)
{
  return 2 + (self->shapes.start != NULL ? self->shapes.start[e + 1] - self->shapes.start[e] : 0);
}

static void
edge_latlon (SkNetwork *self,
             guint32    e,
             guint32    i,
             double    *lat,
             double    *lon)
{
  guint32 n = edge_n_points (self, e), node, k;

  if (i == 0 || i == n - 1)
    {
      node = i == 0 ? self->edges[e].u : self->edges[e].v;
      *lat = self->lat[node];
      *lon = self->lon[node];
      return;
    }
  k = self->shapes.start[e] + i - 1;
  *lat = self->shapes.lat[k];
  *lon = self->shapes.lon[k];
}

/* Point I of edge E in the network's local projection (metres). */
static void
edge_point (SkNetwork *self,
            guint32    e,
            guint32    i,
            double    *x,
            double    *y)
{
  double lat, lon;

  edge_latlon (self, e, i, &lat, &lon);
  sk_network_project (self, lat, lon, x, y);
}

static void
edge_cells (SkNetwork *self,
            guint32    e,
            int       *c0,
            int       *r0,
            int       *c1,
            int       *r1)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint32 i = 0; i < edge_n_points (self, e); i++)
    {
      double x, y;

      edge_point (self, e, i, &x, &y);
      x0 = MIN (x0, x), y0 = MIN (y0, y), x1 = MAX (x1, x), y1 = MAX (y1, y);
    }
  *c0 = CLAMP ((int) ((x0 - self->grid_x0) / self->cell_m), 0, self->cols - 1);
  *c1 = CLAMP ((int) ((x1 - self->grid_x0) / self->cell_m), 0, self->cols - 1);
  *r0 = CLAMP ((int) ((y0 - self->grid_y0) / self->cell_m), 0, self->rows - 1);
  *r1 = CLAMP ((int) ((y1 - self->grid_y0) / self->cell_m), 0, self->rows - 1);
}

static void
size_grid (SkNetwork *self)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint32 i = 0; i < self->n_nodes; i++)
    {
      double x, y;

      sk_network_project (self, self->lat[i], self->lon[i], &x, &y);
      x0 = MIN (x0, x), y0 = MIN (y0, y), x1 = MAX (x1, x), y1 = MAX (y1, y);
    }
  if (self->n_nodes == 0)
    x0 = y0 = x1 = y1 = 0;
  /* About two edges a cell; cells of 50 m … 5 km. */
  self->cell_m = CLAMP (sqrt ((x1 - x0 + 1) * (y1 - y0 + 1) / MAX (self->n_edges, 1) * 2.0),
                        50.0, 5000.0);
  self->grid_x0 = x0;
  self->grid_y0 = y0;
  self->cols = (int) ((x1 - x0) / self->cell_m) + 1;
  self->rows = (int) ((y1 - y0) / self->cell_m) + 1;
}

static void
build_grid (SkNetwork *self)
{
  size_t n_cells;
  g_autofree guint32 *fill = NULL;

  size_grid (self);
  n_cells = (size_t) self->cols * self->rows;
  self->cell_start = g_new0 (guint32, n_cells + 1);
  for (int pass = 0; pass < 2; pass++)
    {
      for (guint32 e = 0; e < self->n_edges; e++)
        {
          int c0, r0, c1, r1;

          if (self->edges[e].main == 0)
            continue;
          edge_cells (self, e, &c0, &r0, &c1, &r1);
          for (int r = r0; r <= r1; r++)
            for (int c = c0; c <= c1; c++)
              if (pass == 0)
                self->cell_start[(size_t) r * self->cols + c + 1]++;
              else
                self->cell_edges[fill[(size_t) r * self->cols + c]++] = e;
        }
      if (pass == 0)
        {
          for (size_t c = 0; c < n_cells; c++)
            self->cell_start[c + 1] += self->cell_start[c];
          self->cell_edges = g_new (guint32, MAX (self->cell_start[n_cells], 1));
          fill = g_memdup2 (self->cell_start, sizeof (guint32) * n_cells);
        }
    }
}

SkNetwork *
sk_network_new_take (guint32         n_nodes,
                     double         *lat,
                     double         *lon,
                     guint32         n_edges,
                     SkEdge         *edges,
                     SkShapes       *shapes,
                     const SkSpeeds *speeds)
{
  SkNetwork *self = g_new0 (SkNetwork, 1);

  if (shapes != NULL)
    self->shapes = *shapes;

  g_atomic_ref_count_init (&self->ref_count);
  self->n_nodes = n_nodes;
  self->lat = lat;
  self->lon = lon;
  self->n_edges = n_edges;
  self->edges = edges;
  self->speeds = *speeds;
  for (guint32 e = 0; e < n_edges; e++)
    edges[e].main = 0;
  init_projection (self);
  for (int m = 0; m < SK_N_MODES; m++)
    build_mode_graph (self, (SkMode) m);
  build_grid (self);
  return self;
}

SkNetwork *
sk_network_ref (SkNetwork *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sk_network_unref (SkNetwork *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  for (int m = 0; m < SK_N_MODES; m++)
    {
      g_free (self->graphs[m].offsets);
      g_free (self->graphs[m].arcs);
    }
  g_free (self->cell_start);
  g_free (self->cell_edges);
  g_free (self->lat);
  g_free (self->lon);
  g_free (self->edges);
  sk_shapes_clear (&self->shapes);
  g_free (self->checksum);
  g_free (self);
}

guint32
sk_network_get_n_nodes (SkNetwork *self)
{
  return self->n_nodes;
}

guint32
sk_network_get_n_edges (SkNetwork *self)
{
  return self->n_edges;
}

guint32
sk_network_get_n_arcs (SkNetwork *self,
                       SkMode     mode)
{
  g_return_val_if_fail (mode >= 0 && mode < SK_N_MODES, 0);
  return self->graphs[mode].n_arcs;
}

void
sk_network_get_node (SkNetwork *self,
                     guint32    node,
                     double    *lat,
                     double    *lon)
{
  g_return_if_fail (node < self->n_nodes);
  *lat = self->lat[node];
  *lon = self->lon[node];
}

const SkSpeeds *
sk_network_get_speeds (SkNetwork *self)
{
  return &self->speeds;
}

const char *
sk_network_get_checksum (SkNetwork *self)
{
  return self->checksum;
}

void
sk_network_get_csr (SkNetwork *self,
                    SkMode     mode,
                    SkCsr     *out)
{
  g_return_if_fail (mode >= 0 && mode < SK_N_MODES);
  out->n_nodes = self->n_nodes;
  out->offsets = self->graphs[mode].offsets;
  out->arcs = self->graphs[mode].arcs;
}

/* Distance² from (px, py) to the segment a–b; *t is the fraction along it. */
static double
segment_dist2 (double  px,
               double  py,
               double  ax,
               double  ay,
               double  bx,
               double  by,
               double *t)
{
  double dx = bx - ax, dy = by - ay;
  double len2 = dx * dx + dy * dy;
  double f = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0.0;

  f = CLAMP (f, 0.0, 1.0);
  *t = f;
  dx = ax + f * dx - px;
  dy = ay + f * dy - py;
  return dx * dx + dy * dy;
}

/* The length of edge E before point I plus T of segment I → I + 1, as a
 * fraction of the edge's length (in the metres its length was summed
 * from, so the distance to a point is what the uncontracted edges gave). */
static double
along_fraction (SkNetwork *self,
                guint32    e,
                guint32    seg,
                double     t)
{
  guint32 n = edge_n_points (self, e);
  double before = 0, total = 0;

  for (guint32 i = 0; i + 1 < n; i++)
    {
      double lat1, lon1, lat2, lon2, m;

      edge_latlon (self, e, i, &lat1, &lon1);
      edge_latlon (self, e, i + 1, &lat2, &lon2);
      m = sk_network_segment_m (lat1, lon1, lat2, lon2);
      if (i < seg)
        before += m;
      else if (i == seg)
        before += t * m;
      total += m;
    }
  return total > 0 ? before / total : 0.0;
}

static void
snap_cell (SkNetwork *self,
           SkMode     mode,
           size_t     cell,
           double     px,
           double     py,
           double    *best_d2,
           SkSnap    *out)
{
  for (guint32 k = self->cell_start[cell]; k < self->cell_start[cell + 1]; k++)
    {
      guint32 e = self->cell_edges[k];
      guint32 n = edge_n_points (self, e);
      double ax, ay, bx, by, t, d2;

      if (!(self->edges[e].main & SK_ACCESS (mode)))
        continue;
      edge_point (self, e, 0, &bx, &by);
      for (guint32 i = 0; i + 1 < n; i++)
        {
          ax = bx, ay = by;
          edge_point (self, e, i + 1, &bx, &by);
          d2 = segment_dist2 (px, py, ax, ay, bx, by, &t);
          if (d2 < *best_d2)
            {
              *best_d2 = d2;
              out->edge = e;
              out->fraction = n == 2 ? t : along_fraction (self, e, i, t);
            }
        }
    }
}

static void
fill_snap (SkNetwork *self,
           SkMode     mode,
           double     d2,
           SkSnap    *out)
{
  const SkEdge *edge = &self->edges[out->edge];
  double speed = sk_network_edge_speed (self, mode, out->edge);

  out->u = edge->u;
  out->v = edge->v;
  out->offset_m = sqrt (d2);
  out->to_u_m = out->fraction * edge->length_m;
  out->to_v_m = (1.0 - out->fraction) * edge->length_m;
  out->to_u_s = out->to_u_m / speed;
  out->to_v_s = out->to_v_m / speed;
  out->offset_s = out->offset_m / speed;
  out->forward_only = edge_one_way (edge, mode);
}

gboolean
sk_network_is_directed (SkNetwork *self,
                        SkMode     mode)
{
  g_return_val_if_fail (mode >= 0 && mode < SK_N_MODES, FALSE);
  return self->graphs[mode].directed;
}

gboolean
sk_network_snap (SkNetwork *self,
                 SkMode     mode,
                 double     lat,
                 double     lon,
                 SkSnap    *out)
{
  double px, py, best_d2 = G_MAXDOUBLE;
  int pc, pr, max_r;

  g_return_val_if_fail (mode >= 0 && mode < SK_N_MODES, FALSE);
  if (self->graphs[mode].n_arcs == 0)
    return FALSE;
  sk_network_project (self, lat, lon, &px, &py);
  pc = CLAMP ((int) floor ((px - self->grid_x0) / self->cell_m), 0, self->cols - 1);
  pr = CLAMP ((int) floor ((py - self->grid_y0) / self->cell_m), 0, self->rows - 1);
  max_r = MAX (self->cols, self->rows);
  /* Ring by ring: cells in ring r + 1 are at least r cells away. */
  for (int r = 0; r <= max_r; r++)
    {
      for (int row = pr - r; row <= pr + r; row++)
        for (int col = pc - r; col <= pc + r; col++)
          {
            if (row < 0 || col < 0 || row >= self->rows || col >= self->cols)
              continue;
            if (ABS (row - pr) != r && ABS (col - pc) != r)
              continue;
            snap_cell (self, mode, (size_t) row * self->cols + col, px, py, &best_d2, out);
          }
      if (best_d2 < G_MAXDOUBLE && sqrt (best_d2) <= r * self->cell_m)
        break;
    }
  if (best_d2 == G_MAXDOUBLE)
    return FALSE;
  fill_snap (self, mode, best_d2, out);
  return TRUE;
}
