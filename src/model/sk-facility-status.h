/* sk-facility-status.h — when an imported region (OpenStreetMap) must say
 * "onbekend" for a facility type in a kern: the kern is large enough that
 * the type would be expected, and OSM has none of it near the kern. The
 * thresholds and the radius are data with their status (all assumptions):
 * data/reach/voorzieningen-verwacht.json, embedded.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-geo.h"
#include "sk-vocabulary.h"

G_BEGIN_DECLS

#define SK_FACILITY_RULE_ERROR (sk_facility_rule_error_quark ())

typedef enum
{
  SK_FACILITY_RULE_ERROR_NOT_FOUND,
  SK_FACILITY_RULE_ERROR_PARSE,
  SK_FACILITY_RULE_ERROR_INVALID,
} SkFacilityRuleError;

typedef struct _SkFacilityRule SkFacilityRule;

GQuark          sk_facility_rule_error_quark        (void);

/* The embedded data/reach/voorzieningen-verwacht.json. */
SkFacilityRule *sk_facility_rule_load_default       (GError          **error);
SkFacilityRule *sk_facility_rule_new_from_bytes     (GBytes           *bytes,
                                                     const char       *display_name,
                                                     GError          **error);
void            sk_facility_rule_free               (SkFacilityRule   *self);

/* Inhabitants from which TYPE is expected in a kern; -1: never. */
int             sk_facility_rule_get_min_inhabitants (SkFacilityRule  *self,
                                                      SkFacilityType   type);
/* Metres around the kern's point within which a facility counts as the
 * kern's (central value). */
double          sk_facility_rule_get_radius         (SkFacilityRule   *self);

/* Whether the region cannot say for TYPE in a kern of INHABITANTS (-1:
 * not known, never judged) at LAT, LON, given the SITES of TYPE. */
gboolean        sk_facility_rule_is_unknown         (SkFacilityRule   *self,
                                                     SkFacilityType    type,
                                                     int               inhabitants,
                                                     double            lat,
                                                     double            lon,
                                                     const SkLatLon   *sites,
                                                     size_t            n_sites);

/* Adds "voorzieningen_status": {TYPE: {"status": "onbekend", "source": …}}
 * to the kernen of REGION (the root object of a region.json, with
 * "kernen", "facilities" and "sources") where the rule says so, and the
 * rule itself to "sources". Returns the number of kern × type marked. */
guint           sk_facility_rule_mark_region        (SkFacilityRule   *self,
                                                     JsonObject       *region);
/* The same with the embedded rule: the one call the OSM import makes. */
guint           sk_facility_status_mark_imported    (JsonObject       *region);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkFacilityRule, sk_facility_rule_free)

G_END_DECLS
