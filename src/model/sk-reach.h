/* sk-reach.h — nearest-facility search over one travel mode's network.
 *
 * For every facility type with sites, an SkReach keeps for every node the
 * time (seconds) and distance (metres, along the quickest route) to the
 * nearest site, found by one multi-source Dijkstra. Edits are incremental:
 * an added site searches from itself, pruned where it does not improve; a
 * removed site repairs only the nodes it was nearest to (its Voronoi cell),
 * re-seeded from the cell's border; a drawn line adds edges and searches
 * from their ends. Each result equals a full recomputation.
 *
 * An SkReach is not thread-safe; use one per thread (the network may be
 * shared).
 */
#pragma once

#include "sk-geo.h"
#include "sk-network.h"

G_BEGIN_DECLS

typedef struct _SkReach SkReach;

SkReach      *sk_reach_new           (SkNetwork      *network,
                                      SkMode          mode);
void          sk_reach_free          (SkReach        *self);
SkMode        sk_reach_get_mode      (SkReach        *self);
SkNetwork    *sk_reach_get_network   (SkReach        *self);
/* Base nodes plus the nodes of drawn lines. */
guint32       sk_reach_get_n_nodes   (SkReach        *self);

/* Replaces the sites of TYPE (ids 0 … n - 1) and computes from scratch. */
void          sk_reach_set_sites     (SkReach        *self,
                                      SkFacilityType  type,
                                      const SkLatLon *sites,
                                      size_t          n);
/* Adds a site incrementally; returns its id. */
int           sk_reach_add_site      (SkReach        *self,
                                      SkFacilityType  type,
                                      double          lat,
                                      double          lon);
/* Removes site ID of TYPE, repairing its cell. FALSE: no such site. */
gboolean      sk_reach_remove_site   (SkReach        *self,
                                      SkFacilityType  type,
                                      int             id);
/* Moves site ID, keeping its id. */
gboolean      sk_reach_move_site     (SkReach        *self,
                                      SkFacilityType  type,
                                      int             id,
                                      double          lat,
                                      double          lon);
/* Recomputes TYPE from scratch over the current sites (the reference the
 * incremental edits must equal). */
void          sk_reach_recompute     (SkReach        *self,
                                      SkFacilityType  type);

/* A drawn line intervention (fietspad, ommetje): new edges of class
 * SK_ROAD_NEW_LINE along POINTS, usable by the modes in ACCESS, joined to
 * the network at both ends. Every type's result is updated. */
void          sk_reach_add_line      (SkReach        *self,
                                      const SkLatLon *points,
                                      size_t          n,
                                      guint           access);

/* Time and distance from a point to the nearest site of TYPE. FALSE when
 * TYPE has no site or none can be reached. */
gboolean      sk_reach_query         (SkReach        *self,
                                      SkFacilityType  type,
                                      double          lat,
                                      double          lon,
                                      double         *seconds,
                                      double         *meters);
gboolean      sk_reach_query_snap    (SkReach        *self,
                                      SkFacilityType  type,
                                      const SkSnap   *snap,
                                      double         *seconds,
                                      double         *meters);

/* Per node: seconds and metres to the nearest site (G_MAXFLOAT when
 * none), and the id of that site (-1). NULL when TYPE has no result. */
const float  *sk_reach_get_times     (SkReach        *self,
                                      SkFacilityType  type);
const float  *sk_reach_get_meters    (SkReach        *self,
                                      SkFacilityType  type);
const int    *sk_reach_get_labels    (SkReach        *self,
                                      SkFacilityType  type);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkReach, sk_reach_free)

G_END_DECLS
