/* sk-kengetallen.h — the figures behind reachability: speeds per travel
 * mode and road class, detour factors for crow-fly estimates, and norms
 * per facility type (data/reach/kengetallen.json, embedded).
 *
 * Every figure has a low, central and high value and a source, or is
 * marked as an assumption with a note. Immutable once loaded.
 */
#pragma once

#include <glib.h>

#include "sk-network.h"
#include "sk-vocabulary.h"

G_BEGIN_DECLS

#define SK_KENGETALLEN_ERROR (sk_kengetallen_error_quark ())

typedef enum
{
  SK_KENGETALLEN_ERROR_NOT_FOUND,
  SK_KENGETALLEN_ERROR_PARSE,
  SK_KENGETALLEN_ERROR_INVALID,
} SkKengetallenError;

typedef struct
{
  double low;
  double central;
  double high;
  char *unit;
  char *source;      /* NULL when an assumption */
  gboolean assumption;
  char *note;        /* may be NULL */
} SkFigure;

typedef struct _SkKengetallen SkKengetallen;

GQuark          sk_kengetallen_error_quark  (void);

/* The embedded data/reach/kengetallen.json. */
SkKengetallen  *sk_kengetallen_load_default (GError        **error);
SkKengetallen  *sk_kengetallen_new_from_bytes (GBytes       *bytes,
                                               const char   *display_name,
                                               GError      **error);
void            sk_kengetallen_free         (SkKengetallen  *self);

/* Speed in km/h; falls back to the mode's "default". */
const SkFigure *sk_kengetallen_get_speed    (SkKengetallen  *self,
                                             SkMode          mode,
                                             SkRoadClass     klass);
const SkFigure *sk_kengetallen_get_detour   (SkKengetallen  *self,
                                             SkMode          mode);
/* Travel-time norm in minutes; NULL when the type has none. */
const SkFigure *sk_kengetallen_get_norm     (SkKengetallen  *self,
                                             SkFacilityType  type);
/* The figures of the reachability → MKBA rule (section "travel_time",
 * docs/evaluate.md); NULL when the file has none for that mode or type.
 * Value of time in EUR/h; mode share a fraction of all trips; trips one
 * way per inhabitant per year to the nearest facility of TYPE; new_trips
 * the percentage more trips per percent less travel time. */
const SkFigure *sk_kengetallen_get_value_of_time (SkKengetallen  *self,
                                                  SkMode          mode);
const SkFigure *sk_kengetallen_get_mode_share    (SkKengetallen  *self,
                                                  SkMode          mode);
const SkFigure *sk_kengetallen_get_trips         (SkKengetallen  *self,
                                                  SkFacilityType  type);
const SkFigure *sk_kengetallen_get_new_trips     (SkKengetallen  *self);
/* Whether the catalogue benefit KIND_ID/BENEFIT_ID already values the
 * travel time to what its kind provides (listed under claimed_by). */
gboolean        sk_kengetallen_claims_travel_time (SkKengetallen *self,
                                                   const char    *kind_id,
                                                   const char    *benefit_id);
/* A figure of bus and train (section "public_transport"): NAME is
 * "value_of_time" (EUR/h), "trips" (one way per inhabitant per year to a
 * regional centre) or "buurtbus_speed" (km/h); NULL when absent. */
const SkFigure *sk_kengetallen_get_public_transport (SkKengetallen *self,
                                                     const char    *name);
/* The central speeds as a table for SkNetwork. */
void            sk_kengetallen_get_speeds   (SkKengetallen  *self,
                                             SkSpeeds       *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkKengetallen, sk_kengetallen_free)

G_END_DECLS
