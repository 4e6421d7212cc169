/* sk-intervention.h — one placed intervention of a plan: a toolbox kind,
 * its geometry and its parameter values, name, note and participant.
 *
 * The whole state is a plain struct (SkInterventionState) that can be
 * copied, compared and stored; the undo stack of SkPlan keeps these. The
 * GObject wraps one state for views and changes only through SkPlan, so
 * that every change is an undoable command.
 */
#pragma once

#include <glib-object.h>

#include "sk-geo.h"
#include "sk-toolbox.h"

G_BEGIN_DECLS

/* Errors of plan edits (sk-intervention and sk-plan share the domain). */
#define SK_PLAN_ERROR (sk_plan_error_quark ())

typedef enum
{
  SK_PLAN_ERROR_UNKNOWN_KIND,
  SK_PLAN_ERROR_UNKNOWN_INTERVENTION,
  SK_PLAN_ERROR_GEOMETRY,
  SK_PLAN_ERROR_PARAMETER,
  SK_PLAN_ERROR_FORMAT,     /* a recorded command that cannot be read */
} SkPlanError;

GQuark               sk_plan_error_quark              (void);

typedef struct
{
  char *id;                      /* parameter id of the kind */
  double value;                  /* in the parameter's unit */
  SkFromGeometry from_geometry;  /* measured from the geometry when not NONE */
} SkParameterValue;

typedef struct
{
  char *kind_id;
  SkGeometry geometry;
  SkLatLon *points;              /* WGS84; point: 1, line: ≥ 2, area: ≥ 3 (open ring) */
  size_t n_points;
  SkParameterValue *parameters;  /* one per parameter of the kind, same order */
  size_t n_parameters;
  char *name;                    /* may be NULL: the kind's name is shown */
  char *note;                    /* may be NULL */
  char *participant;             /* may be NULL */
} SkInterventionState;

#define SK_TYPE_INTERVENTION_STATE (sk_intervention_state_get_type ())
GType                sk_intervention_state_get_type   (void) G_GNUC_CONST;

/* A state for KIND drawn with POINTS, parameters at their defaults and
 * measured ones taken from the geometry. Fails when the number of points
 * does not fit the kind's geometry. */
SkInterventionState *sk_intervention_state_new        (const SkKind              *kind,
                                                       const SkLatLon            *points,
                                                       size_t                     n_points,
                                                       GError                   **error);
SkInterventionState *sk_intervention_state_copy       (const SkInterventionState *state);
void                 sk_intervention_state_free       (SkInterventionState       *state);
gboolean             sk_intervention_state_equal      (const SkInterventionState *a,
                                                       const SkInterventionState *b);
/* Replaces the geometry (copies POINTS) and re-measures the parameters
 * that follow it (length in m, area in m², see sk-geo). */
void                 sk_intervention_state_set_points (SkInterventionState       *state,
                                                       const SkLatLon            *points,
                                                       size_t                     n_points);
/* The parameter's value, or NAN when the kind has no such parameter. */
double               sk_intervention_state_get_parameter (const SkInterventionState *state,
                                                          const char                *id);
/* Where the intervention "is" for reachability and badges: the point;
 * halfway along a line's middle segment; the centre of an area's bbox. */
SkLatLon             sk_geometry_anchor               (SkGeometry                 geometry,
                                                       const SkLatLon            *points,
                                                       size_t                     n_points);
SkLatLon             sk_intervention_state_get_anchor (const SkInterventionState *state);
/* Whether N points make a valid shape for GEOMETRY. */
/* A shape drawn from outside (a GeoJSON plan, `session apply`) that the
 * figures can trust: an area's outline does not cross itself and has an
 * area, and every size measured from the drawing (oppervlakte, lengte)
 * lies in the kind's range. The window asks instead (sk-window-shape.c). */
/* Whether STATE is a point of a line kind (a buurtbus from an older
 * session): it has no route, so it adds no bus line to the timetable. */
#define SK_NO_ROUTE_NOTE N_("Deze buurtbus staat als punt op de kaart, uit een oudere versie van Samenkaart. " \
                             "Hij heeft geen route, dus telt niet mee voor bus en trein; zijn kosten en " \
                             "baten tellen wel. Teken hem opnieuw als lijn om hem mee te laten tellen.")
gboolean             sk_intervention_state_has_no_route (const SkKind             *kind,
                                                         const SkInterventionState *state);
gboolean             sk_intervention_state_check_drawn (const SkKind             *kind,
                                                        const SkInterventionState *state,
                                                        GError                  **error);
gboolean             sk_geometry_check_points         (SkGeometry                 geometry,
                                                       size_t                     n_points,
                                                       GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkInterventionState, sk_intervention_state_free)

#define SK_TYPE_INTERVENTION (sk_intervention_get_type ())
G_DECLARE_FINAL_TYPE (SkIntervention, sk_intervention, SK, INTERVENTION, GObject)

/* ID is unique within a plan (and its session), never reused. */
SkIntervention            *sk_intervention_new             (gint64                     id,
                                                            const SkInterventionState *state);
gint64                     sk_intervention_get_id          (SkIntervention            *self);
const SkInterventionState *sk_intervention_get_state       (SkIntervention            *self);
const char                *sk_intervention_get_kind_id     (SkIntervention            *self);
SkGeometry                 sk_intervention_get_geometry    (SkIntervention            *self);
const SkLatLon            *sk_intervention_get_points      (SkIntervention            *self,
                                                            size_t                    *n_points);
double                     sk_intervention_get_parameter   (SkIntervention            *self,
                                                            const char                *id);
const char                *sk_intervention_get_name        (SkIntervention            *self);
const char                *sk_intervention_get_note        (SkIntervention            *self);
const char                *sk_intervention_get_participant (SkIntervention            *self);

/* For SkPlan only: replaces the state and notifies what changed. */
void                       sk_intervention_set_state       (SkIntervention            *self,
                                                            const SkInterventionState *state);

G_END_DECLS
