/* sk-evaluator-private.h — shared by sk-evaluator.c and
 * sk-evaluator-live.c. */
#pragma once

#include "sk-evaluator.h"

G_BEGIN_DECLS

/* Where the reachability rule's benefit goes in the MKBA (ids of the
 * catalogue's categories, actors and bw themes). */
#define SK_EVAL_TRAVEL_CATEGORY "reistijd"
#define SK_EVAL_TRAVEL_ACTOR "bewoners"
#define SK_EVAL_TRAVEL_BW_THEME "arbeid-vrije-tijd"
/* The PM-post of kernen that only the plan brings within reach (Dutch,
 * like the catalogue's PM names; marked for translation where shown). */
#define SK_EVAL_NEWLY_REACHABLE_PM N_("Voorzieningen die pas met het plan bereikbaar worden (reistijd niet in euro’s)")

void          sk_eval_travel_time (SkRegion             *region,
                                   SkToolbox            *toolbox,
                                   SkKengetallen        *kengetallen,
                                   SkPlanSnapshot       *plan,
                                   SkReachResult        *before,
                                   SkReachResult        *after,
                                   const SkMkbaSettings *settings,
                                   SkTravelTime         *out);
/* Takes BEFORE and AFTER. */
SkEvaluation *sk_eval_finish      (SkRegion             *region,
                                   SkToolbox            *toolbox,
                                   SkKengetallen        *kengetallen,
                                   SkPlanSnapshot       *plan,
                                   const SkEvalSettings *settings,
                                   SkReachResult        *before,
                                   SkReachResult        *after);

/* The sites of the situation: the corrections (the region as residents
 * know it), followed by the plan's additions when PLAN is not NULL. */
GArray       *sk_eval_situation_sites (SkToolbox             *toolbox,
                                       const SkReachAddition *corrections,
                                       size_t                 n_corrections,
                                       SkPlanSnapshot        *plan);

G_END_DECLS
