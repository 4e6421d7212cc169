/* sk-session.h — a plan bound to its session file. Opening fills the
 * plan with what the file holds; from then on every command on the plan
 * (done, undone or redone) is committed to the file in its own
 * transaction as it happens, so there is never unsaved work.
 */
#pragma once

#include "sk-plan.h"
#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_SESSION (sk_session_get_type ())
G_DECLARE_FINAL_TYPE (SkSession, sk_session, SK, SESSION, GObject)

/* Binds PLAN to STORE, showing the variant shown last (remembered in the
 * file's settings) or else the first. When that variant holds
 * interventions, the plan must be empty and is filled from it (without
 * undo history); otherwise the plan's interventions are written to it. */
SkSession *sk_session_new            (SkStore   *store,
                                      SkPlan    *plan,
                                      GError   **error);
SkStore   *sk_session_get_store      (SkSession *self);
/* Saved interventions that could not be put back (their kind is no
 * longer in the toolbox, or their shape is broken). */
guint      sk_session_get_n_skipped  (SkSession *self);

/* The variant the plan shows ("variant-id"); new interventions go to it. */
gint64     sk_session_get_variant_id (SkSession *self);
/* Shows another variant: the plan is emptied, its undo history dropped,
 * and filled with that variant's interventions; the choice is kept in
 * the file. FALSE with @error when there is no such variant. */
gboolean   sk_session_set_variant_id (SkSession *self,
                                      gint64     variant_id,
                                      GError   **error);
/* Who is at the map ("participant-id", 0: nobody chosen): every change
 * from now on is stored as theirs. */
/* The id in the session file of the plan's intervention PLAN_ID (for
 * its comments, votes and who placed it); 0 when it has none. */
gint64     sk_session_get_store_id   (SkSession *self,
                                      gint64     plan_id);
gint64     sk_session_get_participant_id (SkSession *self);
void       sk_session_set_participant_id (SkSession *self,
                                          gint64     participant_id);

/* Facilities the region data lacks, added during the session by the
 * active participant ("Hier is ook een huisarts", sk-correction.h). Each
 * change is stored at once and is one step for undo and redo, in order
 * with the plan's commands: sk_session_undo() takes back whichever of
 * the two came last. ::corrections-changed (description, direction)
 * follows every change. */
gint64     sk_session_add_correction    (SkSession      *self,
                                         SkFacilityType  type,
                                         const char     *name,
                                         double          lat,
                                         double          lon,
                                         GError        **error);
gboolean   sk_session_remove_correction (SkSession      *self,
                                         gint64          correction_id,
                                         GError        **error);
gboolean   sk_session_can_undo          (SkSession      *self);
gboolean   sk_session_can_redo          (SkSession      *self);
/* FALSE when there was nothing to undo or redo, or it could not be stored. */
gboolean   sk_session_undo              (SkSession      *self);
gboolean   sk_session_redo              (SkSession      *self);

/* GeoJSON geometry text of STATE (a Point, LineString or Polygon). */
char      *sk_session_state_to_geojson (const SkInterventionState *state);

/* The plan state of a saved intervention, or NULL when its kind is not in
 * TOOLBOX or its shape is broken. Parameters measured from the geometry
 * are measured again; the others keep their saved values. */
SkInterventionState *sk_session_state_from_store (SkToolbox                 *toolbox,
                                                  const SkStoreIntervention *saved);

G_END_DECLS
