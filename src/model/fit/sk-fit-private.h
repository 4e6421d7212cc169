/* sk-fit-private.h — inside "Past het hier?": the places of a region in
 * local metres with their grid index (sk-fit-places.c), shared by
 * sk-fit.c. */
#pragma once

#include "sk-fit.h"

G_BEGIN_DECLS

typedef struct _SkFitPlaces SkFitPlaces;

/* What one point is near: distances in metres, and whose. */
typedef struct
{
  double beek_m;        /* to the nearest stream; 0 inside a wet area; INFINITY: far */
  int beek_line;        /* region line index; -1 for a wet area or none */
  double kom_m;         /* to the nearest kom; 0 inside one; INFINITY: far */
  int kom_kern;         /* kern index; -1 when none is near */
} SkFitNear;

/* REACH_BEEK_M and REACH_KOM_M: the largest distance any zone asks
 * about; farther counts as INFINITY. KERN_RADIUS_M: the kom of a kern
 * without an outline. */
SkFitPlaces *sk_fit_places_new   (SkRegion      *region,
                                  double         reach_beek_m,
                                  double         reach_kom_m,
                                  double         kern_radius_m);
void         sk_fit_places_free  (SkFitPlaces   *places);
void         sk_fit_places_near  (SkFitPlaces   *places,
                                  double         lat,
                                  double         lon,
                                  SkFitNear     *near);
/* Number of wet areas taken from the region's map store. */
size_t       sk_fit_places_get_n_wet_areas (SkFitPlaces *places);

/* sk-fit-rules.c */
double       sk_fit_rules_get_reach (SkFitRules    *rules,
                                     SkFitZoneType  type);
/* The rules that speak about KIND_ID, in file order (indices into the
 * rules); NULL when none. */
GArray      *sk_fit_rules_for_kind  (SkFitRules    *rules,
                                     const char    *kind_id);

G_END_DECLS
