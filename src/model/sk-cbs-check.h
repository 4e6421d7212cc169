/* sk-cbs-check.h — the app's distances per municipality against the CBS
 * Nabijheidsstatistiek (data/reach/cbs-nabijheid.json, docs/cbs-check.md).
 *
 * The app's figure for a municipality is the mean road distance by car
 * (network metres, or crow-fly × the car's detour factor) from where the
 * people of the region's kernen in that municipality live, weighted by
 * those people: the same kind of average the CBS publishes, but over the
 * kernen of the region only (the CBS counts every address).
 */
#pragma once

#include "sk-kengetallen.h"
#include "sk-region.h"

G_BEGIN_DECLS

#define SK_CBS_ERROR (sk_cbs_error_quark ())

typedef enum
{
  SK_CBS_ERROR_PARSE,
  SK_CBS_ERROR_INVALID,
} SkCbsError;

/* One published figure: an exact mean (km), or only bounds. */
typedef struct
{
  double km;             /* NAN when the source gives only bounds */
  double km_min;         /* NAN: no lower bound */
  double km_max;         /* NAN: no upper bound */
  int year;
  char *source;          /* source ids, comma separated */
  char *note;            /* NULL or why the figure is a bound */
} SkCbsFigure;

typedef enum
{
  SK_CBS_CHECK_HUISARTS,
  SK_CBS_CHECK_APOTHEEK,
  SK_CBS_CHECK_SUPERMARKT,
  SK_CBS_CHECK_BASISSCHOOL,
  SK_CBS_N_CHECKS
} SkCbsCheckType;

typedef enum
{
  SK_CBS_NOT_FOUND,      /* no CBS figure found for it */
  SK_CBS_AGREES,         /* within the bounds, or within the tolerance */
  SK_CBS_APP_HIGHER,
  SK_CBS_APP_LOWER,
  SK_CBS_APP_NONE,       /* the app knows no facility of the type */
  SK_CBS_NO_INHABITANTS, /* the region's kernen there have no known inhabitants */
  SK_CBS_NOT_KNOWN,      /* some kernen there are "niet (volledig) bekend" for the type:
                          * the app's mean over the others cannot be held against it */
  SK_CBS_SCHEMATIC,      /* the app is higher, but a kern there has two or more facilities
                          * of the type that the data can only put on the kern's point: the
                          * app measures its people to that one point, not to the nearest */
} SkCbsVerdict;

typedef struct _SkCbsFigures SkCbsFigures;

typedef struct
{
  char *municipality;
  char *code;            /* NULL when the kernen give none */
  int n_kernen;
  long inhabitants;      /* of the region's kernen in it */
  double app_km[SK_N_FACILITY_TYPES];        /* NAN: not reachable or no weights */
  int n_not_known[SK_N_FACILITY_TYPES];      /* kernen left out: "niet bekend" */
  int n_schematic[SK_N_FACILITY_TYPES];      /* kernen with ≥ 2 facilities on the kern point */
  const SkCbsFigure *cbs[SK_CBS_N_CHECKS];   /* NULL: not found */
  SkCbsVerdict verdict[SK_CBS_N_CHECKS];
} SkMunicipalityCheck;

GQuark              sk_cbs_error_quark           (void);
SkFacilityType      sk_cbs_check_type_to_facility (SkCbsCheckType type);

/* The figures built into the program (data/reach/cbs-nabijheid.json). */
SkCbsFigures       *sk_cbs_figures_load_default  (GError       **error);
SkCbsFigures       *sk_cbs_figures_new_from_bytes (GBytes      *bytes,
                                                   const char  *name,
                                                   GError     **error);
void                sk_cbs_figures_free          (SkCbsFigures *self);
/* By CBS code (GM0119) or by name; NULL when not found. */
const SkCbsFigure  *sk_cbs_figures_lookup        (SkCbsFigures  *self,
                                                  const char    *code,
                                                  const char    *municipality,
                                                  SkCbsCheckType type);
/* The difference still counted as agreeing (an assumption, in the data). */
double              sk_cbs_figures_get_tolerance_km (SkCbsFigures *self);
size_t              sk_cbs_figures_get_n_sources (SkCbsFigures  *self);
const SkSource     *sk_cbs_figures_get_source    (SkCbsFigures  *self,
                                                  size_t         i);

/* Per municipality of the region's kernen (in the order they first
 * appear), an array of SkMunicipalityCheck. */
GArray             *sk_cbs_check_region          (SkRegion      *region,
                                                  SkKengetallen *kengetallen,
                                                  SkCbsFigures  *figures);
SkCbsVerdict        sk_cbs_compare               (const SkCbsFigure *figure,
                                                  double             app_km,
                                                  double             tolerance_km);
const char         *sk_cbs_verdict_to_id         (SkCbsVerdict   verdict);
const char         *sk_cbs_verdict_to_label      (SkCbsVerdict   verdict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkCbsFigures, sk_cbs_figures_free)

G_END_DECLS
