/* sk-reach-eval.h — reachability indicators per kern, facility type and
 * travel mode (domain.md §3), before and after a plan.
 *
 * With an imported network the times come from SkReach; without one they
 * are the crow-fly distance × a detour factor per mode at a typical rural
 * speed, and the result says so (SK_REACH_METHOD_CROW_FLY).
 */
#pragma once

#include "sk-kengetallen.h"
#include "sk-region.h"

G_BEGIN_DECLS

typedef enum
{
  SK_REACH_METHOD_NETWORK,
  SK_REACH_METHOD_CROW_FLY,
} SkReachMethod;

/* A facility a plan adds. */
typedef struct
{
  SkFacilityType type;
  double lat;
  double lon;
} SkReachAddition;

typedef struct
{
  gboolean reachable;
  double meters;
  double minutes;
  /* Not known: the kern itself, or a kern nearer than the nearest
   * facility in the data, has the status "onbekend" for this type (it may
   * have one). Any time would be a guess, so reachable is FALSE and the
   * kern is left out of the summary. */
  gboolean unknown;
  int unknown_kern;          /* when unknown: that "onbekend" kern (may be this one) */
} SkNearest;

typedef struct
{
  gboolean present;          /* the type has sites and the mode was computed */
  double mean_minutes;       /* population-weighted over reachable kernen; NAN: no weights */
  double share_within_norm;  /* 0 … 1 of the inhabitants; NAN: no norm or no weights */
  double norm_minutes;       /* NAN: the type has no norm */
  guint n_unknown;           /* kernen left out: not known whether they have the type */
  long inhabitants_unknown;  /* their known inhabitants */
} SkReachSummary;

typedef struct _SkReachResult SkReachResult;

const char           *sk_reach_method_to_id      (SkReachMethod     method);

/* Computes the indicators for the modes in MODES (SK_ACCESS() bits)
 * before the plan and, when N_ADDITIONS > 0, after it (*after is NULL
 * otherwise). The network is searched once per mode; the plan's
 * additions are incremental edits. */
gboolean              sk_reach_evaluate          (SkRegion              *region,
                                                  SkKengetallen         *kengetallen,
                                                  const SkReachAddition *additions,
                                                  size_t                 n_additions,
                                                  guint                  modes,
                                                  SkReachResult        **before,
                                                  SkReachResult        **after,
                                                  GError               **error);
void                  sk_reach_result_free       (SkReachResult         *self);
SkReachResult        *sk_reach_result_copy       (const SkReachResult   *self);

SkReachMethod         sk_reach_result_get_method (SkReachResult         *self);
guint                 sk_reach_result_get_modes  (SkReachResult         *self);
size_t                sk_reach_result_get_n_kernen (SkReachResult       *self);
/* Whether TYPE has any site (region or plan) in this result. */
gboolean              sk_reach_result_has_type   (SkReachResult         *self,
                                                  SkFacilityType         type);
const SkNearest      *sk_reach_result_get_nearest (SkReachResult        *self,
                                                   size_t                kern,
                                                   SkFacilityType        type,
                                                   SkMode                mode);
const SkReachSummary *sk_reach_result_get_summary (SkReachResult        *self,
                                                   SkFacilityType        type,
                                                   SkMode                mode);

/* The searches behind a result, kept between evaluations so that a plan's
 * edit costs one incremental search instead of all of them (sk-reach.h).
 * The region's facilities are searched once, at creation, one mode per
 * processor. KENGETALLEN is borrowed and must outlive the state. Not
 * thread-safe: use it from one thread at a time. */
typedef struct _SkReachState SkReachState;

SkReachState         *sk_reach_state_new         (SkRegion              *region,
                                                  SkKengetallen         *kengetallen,
                                                  guint                  modes);
void                  sk_reach_state_free        (SkReachState          *st);
guint                 sk_reach_state_get_modes   (SkReachState          *st);
/* Facilities people in the room vouch for (added during the session):
 * each makes the kern it stands in — the kom that holds it, else the
 * nearest kern centre within 1,500 m — known for its type, so that kern
 * gets a travel time again where it was "niet (volledig) bekend".
 * Replaces the previous set. */
void                  sk_reach_state_set_vouched (SkReachState          *st,
                                                  const SkReachAddition *facilities,
                                                  size_t                 n);
/* The kern a point belongs to by the rule above; -1: none. */
int                   sk_reach_kern_of_point     (SkRegion              *region,
                                                  double                 lat,
                                                  double                 lon);
/* Makes the state's additions equal ADDITIONS: an unchanged site stays,
 * a site of the same type at a new place is moved, the rest are removed
 * or added. Returns the number of edits made. */
guint                 sk_reach_state_set_additions (SkReachState        *st,
                                                    const SkReachAddition *additions,
                                                    size_t               n);
/* The indicators of the region with the current additions. */
SkReachResult        *sk_reach_state_dup_result  (SkReachState          *st);

/* "3 kernen niet meegeteld: niet bekend" — what a summary with
 * n_unknown kernen says next to its share and mean. */
char                 *sk_reach_format_left_out   (guint                  n_kernen);

/* Crow-fly estimate for one trip: metres = haversine × detour, minutes at
 * the mode's speed on a tertiary (rural) road. */
void                  sk_reach_crow_fly          (SkKengetallen         *kengetallen,
                                                  SkMode                 mode,
                                                  double                 lat1,
                                                  double                 lon1,
                                                  double                 lat2,
                                                  double                 lon2,
                                                  double                *meters,
                                                  double                *minutes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkReachResult, sk_reach_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkReachState, sk_reach_state_free)

G_END_DECLS
