/* sk-correction.h — facilities residents know of that the region data
 * lacks, added during a session ("Hier is ook een huisarts"; stored by
 * sk-store-correction.c). They are part of the situation before the plan:
 * the evaluator counts them for "before" and "after" alike. */
#pragma once

#include "sk-reach-eval.h"
#include "sk-store.h"

G_BEGIN_DECLS

/* The corrections (SkStoreCorrection) as reachability sites
 * (SkReachAddition), in the same order; unknown types are left out. */
GArray               *sk_corrections_to_additions (GPtrArray *corrections);

/* The facility types offered on the map ("Hier is ook een …"): the ones
 * residents know where to find, in the order of the menu. */
const SkFacilityType *sk_correction_get_menu_types (size_t *n_types);

G_END_DECLS
