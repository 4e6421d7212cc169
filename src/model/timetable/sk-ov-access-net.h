/* sk-ov-access-net.h — walking and cycling to and from stops over a
 * region's road network. Not thread-safe; one per graph build. */
#pragma once

#include "sk-geo.h"
#include "sk-network.h"

G_BEGIN_DECLS

typedef struct _SkOvNetAccess SkOvNetAccess;

/* SNAPPED (n_stops) gets whether each stop lies on the network. */
SkOvNetAccess *sk_ov_net_access_new  (SkNetwork      *network,
                                      SkMode          mode,
                                      const SkLatLon *stops,
                                      size_t          n_stops,
                                      gboolean       *snapped);
void           sk_ov_net_access_free (SkOvNetAccess  *access);
/* From (LAT, LON) to every snapped stop within MAX_M metres along the
 * network: lowers SECONDS[s] and sets METERS[s] (arrays of n_stops,
 * INFINITY where not reached). FALSE: the point is off the network. */
gboolean       sk_ov_net_access_from (SkOvNetAccess  *access,
                                      double          lat,
                                      double          lon,
                                      double          max_m,
                                      float          *seconds,
                                      float          *meters);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkOvNetAccess, sk_ov_net_access_free)

G_END_DECLS
