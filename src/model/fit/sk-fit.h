/* sk-fit.h — "Past het hier?": where an intervention kind fits in a
 * region, by rules in data (data/fit/regels.json, format
 * data/fit/SCHEMA.md): a woonerf in the beekdal of the Reest is "nee,
 * tenzij", at the edge of De Wijk it "past", a waterberging along the
 * Reest "past goed".
 *
 * Two objects:
 * - SkFitRules: the rules file, loaded and checked against the toolbox
 *   (every kind id must exist). Immutable.
 * - SkFit: the rules laid over one region's places (beekdal zones around
 *   the region's streams and, in an imported region, the wetland and
 *   floodplain areas of its map store; the kom outlines of kommen.json or
 *   a circle around a kern without one), with a grid index so that one
 *   point check stays well under a millisecond. Immutable once built: it
 *   may be read from any thread (the map's tile threads, the evaluator).
 *   An SkFit may have no rules (the file was broken): every check then
 *   says SK_FIT_NONE and sk_fit_get_problem() says why, in Dutch.
 *
 * Positions are WGS84 degrees. Distances are metres on the ground.
 */
#pragma once

#include <gio/gio.h>

#include "sk-geo.h"
#include "sk-intervention.h"
#include "sk-plan.h"
#include "sk-region.h"
#include "sk-toolbox.h"

G_BEGIN_DECLS

#define SK_FIT_ERROR (sk_fit_error_quark ())

typedef enum
{
  SK_FIT_ERROR_NOT_FOUND,
  SK_FIT_ERROR_PARSE,
  SK_FIT_ERROR_INVALID,
} SkFitError;

/* Ordered from good to bad: the verdict of an idea is the worst verdict
 * of the rules that apply to it. */
typedef enum
{
  SK_FIT_NONE = 0,     /* "geen-regel": no rule says anything here */
  SK_FIT_PAST_GOED,    /* "past-goed": this is where it belongs */
  SK_FIT_PAST,         /* "past" */
  SK_FIT_NEE_TENZIJ,   /* "nee-tenzij": not, unless a condition is met */
  SK_FIT_PAST_NIET,    /* "past-niet" */
} SkFitVerdict;

#define SK_FIT_N_VERDICTS 5

/* Kinds of place a rule can name (data/fit/SCHEMA.md, "zones"). */
typedef enum
{
  SK_FIT_ZONE_BEEK,      /* "beek": within distance_m of a stream (or in a wet area) */
  SK_FIT_ZONE_KOM,       /* "kom": inside a kom or within distance_m of its edge */
  SK_FIT_ZONE_BUITEN,    /* "buiten": farther than distance_m from every kom */
} SkFitZoneType;

/* Where a rule or figure comes from: a passage of a seed document, or
 * an assumption (aanname) with a note. */
typedef struct
{
  char *document;      /* id of the document in the file's "documents"; NULL for an aanname */
  char *quote;         /* the passage, verbatim; NULL for an aanname */
  gboolean assumption;
  char *note;          /* may be NULL unless an assumption */
} SkFitSource;

typedef struct
{
  char *id;            /* "beekdal", "kom-rand", "open-landschap" … */
  SkFitZoneType type;
  char *name;          /* "beekdal" */
  char *name_en;
  double distance_m;   /* see SkFitZoneType */
  SkFitSource distance_source;
  /* How the place is named in a reason: "de {naam}" (a named stream),
   * "een beek" (an unnamed one or a wet area). */
  char *place_named;
  char *place_named_en;
  char *place_unnamed;
  char *place_unnamed_en;
} SkFitZone;

typedef struct
{
  char *id;            /* "beekdal-bebouwing" … */
  char **kinds;        /* NULL-terminated kind ids, groups expanded */
  const SkFitZone *zone;
  SkFitVerdict verdict;
  char *reason;        /* "dit ligt in het beekdal van {plek}." */
  char *reason_en;
  char *condition;     /* nee-tenzij: when it may ("Het kan als …"); may be NULL */
  char *condition_en;
  SkFitSource source;
} SkFitRule;

typedef struct
{
  char *id;
  char *title;
  char *file;          /* the seed file's name, for a reader who checks the quote; may be NULL */
  char *url;           /* may be NULL */
} SkFitDocument;

GQuark        sk_fit_error_quark          (void);

/* "geen-regel", "past-goed", "past", "nee-tenzij", "past-niet". */
const char   *sk_fit_verdict_to_id        (SkFitVerdict  verdict);
/* FALSE when ID is none of those. */
gboolean      sk_fit_verdict_from_id      (const char   *id,
                                           SkFitVerdict *verdict);
/* Translated: "Past goed", "Past", "Nee, tenzij", "Past niet", "Geen regel". */
const char   *sk_fit_verdict_get_label    (SkFitVerdict  verdict);

/* ------------------------------------------------------------------ */
/* The rules file                                                      */

#define SK_TYPE_FIT_RULES (sk_fit_rules_get_type ())
G_DECLARE_FINAL_TYPE (SkFitRules, sk_fit_rules, SK, FIT_RULES, GObject)

/* NAME_OR_PATH: a rules file, or "default" (also NULL) for the one built
 * into the program. TOOLBOX (may be NULL) checks the kind ids: a rule
 * naming a kind the catalogue does not have fails the load. Messages are
 * Dutch and name the file and the rule. */
SkFitRules      *sk_fit_rules_load          (const char   *name_or_path,
                                             SkToolbox    *toolbox,
                                             GError      **error);
SkFitRules      *sk_fit_rules_new_from_bytes (GBytes      *bytes,
                                              const char  *display_name,
                                              SkToolbox   *toolbox,
                                              GError     **error);

size_t           sk_fit_rules_get_n_rules   (SkFitRules   *self);
const SkFitRule *sk_fit_rules_get_rule      (SkFitRules   *self,
                                             size_t        i);
const SkFitRule *sk_fit_rules_find_rule     (SkFitRules   *self,
                                             const char   *id);
size_t           sk_fit_rules_get_n_zones   (SkFitRules   *self);
const SkFitZone *sk_fit_rules_get_zone      (SkFitRules   *self,
                                             size_t        i);
size_t           sk_fit_rules_get_n_documents (SkFitRules *self);
const SkFitDocument *sk_fit_rules_get_document (SkFitRules *self,
                                                size_t      i);
/* Radius in metres of the kom of a kern without an outline (imported
 * regions), and its source. */
double           sk_fit_rules_get_kern_radius_m (SkFitRules        *self,
                                                 const SkFitSource **source);
/* Whether any rule speaks about KIND_ID. */
gboolean         sk_fit_rules_covers_kind   (SkFitRules   *self,
                                             const char   *kind_id);

/* ------------------------------------------------------------------ */
/* The rules over a region                                             */

#define SK_TYPE_FIT (sk_fit_get_type ())
G_DECLARE_FINAL_TYPE (SkFit, sk_fit, SK, FIT, GObject)

/* Lays RULES over REGION (builds the zones and the index). RULES NULL:
 * an SkFit without rules; PROBLEM (may be NULL) says why. */
SkFit           *sk_fit_new                 (SkFitRules   *rules,
                                             SkRegion     *region,
                                             const char   *problem);
/* The rules file RULES_PATH (NULL: the built-in one) over REGION. Never
 * fails: when the file cannot be read or is wrong, the SkFit has no
 * rules and sk_fit_get_problem() holds the Dutch message (“De regels
 * voor ‘Past het hier?’ zijn niet geladen: …”). */
SkFit           *sk_fit_new_for_region      (SkRegion     *region,
                                             SkToolbox    *toolbox,
                                             const char   *rules_path);

/* NULL when the SkFit has no rules. */
SkFitRules      *sk_fit_get_rules           (SkFit        *self);
/* Why there are no rules; NULL when there are. */
const char      *sk_fit_get_problem         (SkFit        *self);
SkRegion        *sk_fit_get_region          (SkFit        *self);

/* The pointer's fast path: the verdict for KIND_ID at one point, no
 * allocation. *RULE (may be NULL) gets the deciding rule, or NULL for
 * SK_FIT_NONE. */
SkFitVerdict     sk_fit_check_point         (SkFit            *self,
                                             const char       *kind_id,
                                             double            lat,
                                             double            lon,
                                             const SkFitRule **rule);

/* One rule that applies to an idea. */
typedef struct
{
  const SkFitRule *rule;   /* borrowed from the rules */
  SkFitVerdict verdict;
  char *place;             /* "de Reest", "De Wijk", "een beek" (unnamed) */
  /* One plain line, verdict first: "Nee, tenzij: dit ligt in het beekdal
   * van de Reest. Het kan als het water en natuur helpt." */
  char *reason;
  char *reason_en;
} SkFitHit;

typedef struct _SkFitResult SkFitResult;

/* Every rule that applies to the whole geometry of an idea (a point, a
 * line, an area's outline and inside): a zone applies when any part of
 * the idea lies in it; "buiten" only when all of it lies out there. */
SkFitResult     *sk_fit_check               (SkFit            *self,
                                             const char       *kind_id,
                                             SkGeometry        geometry,
                                             const SkLatLon   *points,
                                             size_t            n_points);
SkFitResult     *sk_fit_check_state         (SkFit                     *self,
                                             const SkInterventionState *state);
void             sk_fit_result_free         (SkFitResult  *result);

/* The worst verdict of the hits; SK_FIT_NONE without hits. */
SkFitVerdict     sk_fit_result_get_verdict  (const SkFitResult *result);
/* Hits, worst verdict first (the deciding one is hit 0), then in the
 * rules file's order. */
size_t           sk_fit_result_get_n_hits   (const SkFitResult *result);
const SkFitHit  *sk_fit_result_get_hit      (const SkFitResult *result,
                                             size_t             i);
/* The deciding hit's line in the language of the user interface; without
 * hits "Geen regel zegt iets over deze plek." ("… over deze soort." when
 * no rule names the kind) or, without rules, the problem. */
const char      *sk_fit_result_get_reason   (const SkFitResult *result);
const char      *sk_fit_hit_get_display_reason (const SkFitHit *hit);

/* For the conditions table and the report: how many ideas of SNAPSHOT
 * get each verdict (COUNTS indexed by SkFitVerdict, zeroed first). */
void             sk_fit_count_verdicts      (SkFit            *self,
                                             SkPlanSnapshot   *snapshot,
                                             guint             counts[SK_FIT_N_VERDICTS]);

/* For the "Waar past wat?" layer: the verdict of KIND_ID at WIDTH ×
 * HEIGHT cell centres over BOX, into VERDICTS (row-major, north row first,
 * one SkFitVerdict per byte). Columns are even in longitude, rows even in
 * Web-Mercator y, so a slippy-map tile's box maps onto its pixels. Cells
 * are checked on every 4th row and column first; a 4 × 4 block whose
 * corners agree is filled without checking its inside. Any thread. */
void             sk_fit_sample              (SkFit            *self,
                                             const char       *kind_id,
                                             const SkBBox     *box,
                                             int               width,
                                             int               height,
                                             guint8           *verdicts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkFitResult, sk_fit_result_free)

G_END_DECLS
