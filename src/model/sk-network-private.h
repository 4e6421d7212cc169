/* sk-network-private.h — the layout of SkNetwork, shared by sk-network.c
 * (building, snapping) and sk-network-io.c (network.bin). */
#pragma once

#include "sk-network.h"

G_BEGIN_DECLS

/* An undirected edge as stored in network.bin. */
typedef struct
{
  guint32 u;
  guint32 v;
  float length_m;
  guint8 klass;      /* SkRoadClass */
  guint8 access;     /* SK_ACCESS() bits */
  guint8 maxspeed;   /* km/h, 0: class default */
  guint8 main;       /* SK_ACCESS() bits: in that mode's largest part */
} SkEdge;

/* The shape points of contracted edges (sk-network-contract.c): edge e
 * runs u, (lat, lon)[start[e]] … [start[e + 1] - 1], v. start NULL: no
 * edge has any. */
typedef struct
{
  guint32 *start;    /* n_edges + 1 */
  double *lat;
  double *lon;
  guint32 n;
} SkShapes;

void sk_shapes_clear (SkShapes *shapes);

typedef struct
{
  guint32 *offsets;  /* n_nodes + 1 */
  SkArc *arcs;
  guint32 n_arcs;
  gboolean directed;  /* has one-way edges */
} SkModeGraph;

struct _SkNetworkBuilder
{
  GArray *lats;      /* double */
  GArray *lons;      /* double */
  GArray *edges;     /* SkEdge */
  SkShapes shapes;   /* after sk_network_builder_contract */
};

struct _SkNetwork
{
  gatomicrefcount ref_count;
  guint32 n_nodes;
  guint32 n_edges;
  double *lat;
  double *lon;
  SkEdge *edges;
  SkShapes shapes;
  SkSpeeds speeds;
  char *checksum;    /* hex SHA-256 of network.bin, or NULL */

  /* Local projection */
  double lat0, lon0, mx, my;

  SkModeGraph graphs[SK_N_MODES];

  /* Grid index over edges: cell c holds cell_edges[cell_start[c] ..
   * cell_start[c + 1] - 1]. */
  double grid_x0, grid_y0, cell_m;
  int cols, rows;
  guint32 *cell_start;
  guint32 *cell_edges;
};

/* Takes the arrays; computes everything derived from nodes and edges. */
SkNetwork *sk_network_new_take (guint32         n_nodes,
                                double         *lat,
                                double         *lon,
                                guint32         n_edges,
                                SkEdge         *edges,
                                SkShapes       *shapes,
                                const SkSpeeds *speeds);

/* Equirectangular length of a short segment, in metres (the length of
 * an edge is the sum over its segments). */
double     sk_network_segment_m (double lat1,
                                 double lon1,
                                 double lat2,
                                 double lon2);

G_END_DECLS
