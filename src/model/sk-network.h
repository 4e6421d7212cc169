/* sk-network.h — the road and path network of a region: one compact graph
 * per travel mode in CSR arrays, a grid index for snapping points to the
 * nearest edge, and the binary file format network.bin.
 *
 * Positions are WGS84 degrees; lengths are metres, times seconds. The
 * graph is undirected (one-way streets are not modelled). A built
 * SkNetwork is immutable and may be read from any thread.
 */
#pragma once

#include <glib.h>

#include "sk-vocabulary.h"

G_BEGIN_DECLS

#define SK_NETWORK_ERROR (sk_network_error_quark ())

typedef enum
{
  SK_NETWORK_ERROR_IO,
  SK_NETWORK_ERROR_CORRUPT,
  SK_NETWORK_ERROR_VERSION,
} SkNetworkError;

/* Road classes, coarser than OSM's highway=*; speeds per mode and class
 * come from data/reach/kengetallen.json. */
typedef enum
{
  SK_ROAD_MOTORWAY,
  SK_ROAD_TRUNK,
  SK_ROAD_PRIMARY,
  SK_ROAD_SECONDARY,
  SK_ROAD_TERTIARY,
  SK_ROAD_UNCLASSIFIED,
  SK_ROAD_RESIDENTIAL,
  SK_ROAD_SERVICE,
  SK_ROAD_TRACK,
  SK_ROAD_CYCLEWAY,
  SK_ROAD_PATH,
  SK_ROAD_FOOTWAY,
  SK_ROAD_NEW_LINE,   /* drawn by the user: a new fietspad or ommetje */
  SK_N_ROAD_CLASSES,
  SK_ROAD_INVALID = -1,
} SkRoadClass;

#define SK_ACCESS(mode) (1u << (mode))
#define SK_ACCESS_ALL   ((1u << SK_N_MODES) - 1)
/* Also in an edge's access: the car may use it from u to v only (a
 * one-way street, a roundabout); walking and cycling are not restricted. */
#define SK_ACCESS_CAR_ONEWAY (1u << 7)

/* Speeds in km/h per mode and class; a tagged maxspeed caps the car. */
typedef struct
{
  double kmh[SK_N_MODES][SK_N_ROAD_CLASSES];
} SkSpeeds;

/* A point snapped onto an edge of one mode's graph. */
typedef struct
{
  guint32 edge;
  guint32 u, v;        /* the edge's end nodes */
  double fraction;     /* 0 at u, 1 at v */
  double offset_m;     /* from the point to the edge */
  double to_u_m, to_v_m;   /* along the edge */
  double to_u_s, to_v_s;   /* along the edge, at the mode's speed */
  double offset_s;     /* offset at the mode's speed on that edge */
  gboolean forward_only; /* the mode may go from u to v only (one-way) */
} SkSnap;

typedef struct _SkNetwork SkNetwork;
typedef struct _SkNetworkBuilder SkNetworkBuilder;

GQuark             sk_network_error_quark    (void);

const char        *sk_road_class_to_id       (SkRoadClass       klass);
SkRoadClass        sk_road_class_from_id     (const char       *id);

SkNetworkBuilder  *sk_network_builder_new    (void);
void               sk_network_builder_free   (SkNetworkBuilder *builder);
guint32            sk_network_builder_add_node (SkNetworkBuilder *builder,
                                                double            lat,
                                                double            lon);
/* length_m < 0: the straight-line length between the nodes. maxspeed_kmh
 * 0: the class default. access: SK_ACCESS() bits. */
void               sk_network_builder_add_edge (SkNetworkBuilder *builder,
                                                guint32           u,
                                                guint32           v,
                                                double            length_m,
                                                SkRoadClass       klass,
                                                guint             access,
                                                guint             maxspeed_kmh);
guint32            sk_network_builder_get_n_nodes (SkNetworkBuilder *builder);
guint32            sk_network_builder_get_n_edges (SkNetworkBuilder *builder);
/* Merges chains of edges through nodes that join just two edges of the
 * same kind (shape points of one street) into one edge each, keeping the
 * points as its shape: a third of the nodes or more, and the same
 * distances between junctions and to any point on the way. */
void               sk_network_builder_contract (SkNetworkBuilder *builder);
/* Writes network.bin straight from the builder (no graphs built). */
gboolean           sk_network_builder_save   (SkNetworkBuilder *builder,
                                              const char       *path,
                                              GError          **error);
/* Consumes the builder. */
SkNetwork         *sk_network_builder_end    (SkNetworkBuilder *builder,
                                              const SkSpeeds   *speeds);

SkNetwork         *sk_network_ref            (SkNetwork        *self);
void               sk_network_unref          (SkNetwork        *self);

/* network.bin: magic, version, counts, nodes, edges and a SHA-256 of all
 * that precedes it. Written atomically. */
gboolean           sk_network_save           (SkNetwork        *self,
                                              const char       *path,
                                              GError          **error);
SkNetwork         *sk_network_load           (const char       *path,
                                              const SkSpeeds   *speeds,
                                              GError          **error);

guint32            sk_network_get_n_nodes    (SkNetwork        *self);
guint32            sk_network_get_n_edges    (SkNetwork        *self);
/* Directed arcs in MODE's graph (two per usable edge). */
guint32            sk_network_get_n_arcs     (SkNetwork        *self,
                                              SkMode            mode);
void               sk_network_get_node       (SkNetwork        *self,
                                              guint32           node,
                                              double           *lat,
                                              double           *lon);
/* Speed in m/s of MODE on edge E; 0 when the mode may not use it. */
double             sk_network_edge_speed     (SkNetwork        *self,
                                              SkMode            mode,
                                              guint32           e);
double             sk_network_edge_length    (SkNetwork        *self,
                                              guint32           e);
/* TRUE when some edge of MODE's graph may be used one way only. */
gboolean           sk_network_is_directed    (SkNetwork        *self,
                                              SkMode            mode);
const SkSpeeds    *sk_network_get_speeds     (SkNetwork        *self);
/* The SHA-256 (hex) stored at the end of the network.bin it was loaded
 * from, over all that precedes it: with the region's content hash it
 * identifies the data a result used. NULL when built in memory. */
const char        *sk_network_get_checksum   (SkNetwork        *self);

/* The nearest point on an edge of MODE's largest connected part. FALSE
 * when the mode has no edges. */
gboolean           sk_network_snap           (SkNetwork        *self,
                                              SkMode            mode,
                                              double            lat,
                                              double            lon,
                                              SkSnap           *out);

/* One directed arc: to TARGET, taking TIME seconds over LENGTH metres. */
typedef struct
{
  guint32 target;
  float time;
  float length;
} SkArc;

/* MODE's graph in CSR form: the arcs of node i are arcs[offsets[i]] ..
 * arcs[offsets[i + 1] - 1]. Borrowed. */
typedef struct
{
  guint32 n_nodes;
  const guint32 *offsets;
  const SkArc *arcs;
} SkCsr;

void               sk_network_get_csr        (SkNetwork        *self,
                                              SkMode            mode,
                                              SkCsr            *out);

/* Local metric projection (equirectangular about the network's centre),
 * in metres: good to 0.1 % over a region of 100 km. */
void               sk_network_project        (SkNetwork        *self,
                                              double            lat,
                                              double            lon,
                                              double           *x,
                                              double           *y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkNetwork, sk_network_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkNetworkBuilder, sk_network_builder_free)

G_END_DECLS
