/* sk-plan.h — the placed interventions of one variant, as a GListModel of
 * SkIntervention, with an unlimited undo/redo stack.
 *
 * Every change is a command (add, move, reshape, edit, delete) that keeps
 * the intervention's state before and after; undo applies "before", redo
 * "after". A new command clears the redo stack. The commands are plain,
 * copyable structs so that the session store can record each one.
 *
 * Main thread only; hand a worker sk_plan_dup_snapshot() instead.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "sk-intervention.h"
#include "sk-toolbox.h"

G_BEGIN_DECLS

typedef enum
{
  SK_PLAN_OP_ADD,
  SK_PLAN_OP_MOVE,      /* translate the whole intervention */
  SK_PLAN_OP_RESHAPE,   /* one vertex or the whole geometry */
  SK_PLAN_OP_EDIT,      /* parameters, name, note */
  SK_PLAN_OP_DELETE,
} SkPlanOp;

/* How a command came to be run: done for the first time, undone, redone. */
typedef enum
{
  SK_PLAN_DO,
  SK_PLAN_UNDO,
  SK_PLAN_REDO,
} SkPlanDirection;

typedef struct
{
  SkPlanOp op;
  gint64 id;                    /* the intervention */
  guint position;               /* its index in the plan (add: after, delete: before) */
  SkInterventionState *before;  /* NULL for add */
  SkInterventionState *after;   /* NULL for delete */
} SkPlanCommand;

#define SK_TYPE_PLAN_COMMAND (sk_plan_command_get_type ())
GType          sk_plan_command_get_type (void) G_GNUC_CONST;
SkPlanCommand *sk_plan_command_copy     (const SkPlanCommand *command);
void           sk_plan_command_free     (SkPlanCommand       *command);
const char    *sk_plan_op_to_id         (SkPlanOp             op);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkPlanCommand, sk_plan_command_free)

/* A command as JSON, for the session store's event log (sk-plan-json.c):
 * {"op": "move", "id": 3, "position": 0, "before": STATE, "after": STATE},
 * STATE = {"kind", "geometry", "points": [[lat, lon] …], "parameters":
 * [{"id", "value", "from_geometry"} …], "name", "note", "participant"} or
 * null. Numbers round-trip exactly. */
JsonNode      *sk_plan_command_to_json   (const SkPlanCommand  *command);
SkPlanCommand *sk_plan_command_from_json (JsonNode             *node,
                                          GError              **error);

/* An immutable copy of a plan's interventions, safe to read from any
 * thread (reference counted; the refcount is atomic). */
typedef struct _SkPlanSnapshot SkPlanSnapshot;

SkPlanSnapshot            *sk_plan_snapshot_ref         (SkPlanSnapshot *snapshot);
void                       sk_plan_snapshot_unref       (SkPlanSnapshot *snapshot);
size_t                     sk_plan_snapshot_get_n_items (SkPlanSnapshot *snapshot);
gint64                     sk_plan_snapshot_get_id      (SkPlanSnapshot *snapshot,
                                                         size_t          i);
const SkInterventionState *sk_plan_snapshot_get_state   (SkPlanSnapshot *snapshot,
                                                         size_t          i);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkPlanSnapshot, sk_plan_snapshot_unref)

#define SK_TYPE_PLAN (sk_plan_get_type ())
G_DECLARE_FINAL_TYPE (SkPlan, sk_plan, SK, PLAN, GObject)

SkPlan         *sk_plan_new              (SkToolbox            *toolbox);
SkToolbox      *sk_plan_get_toolbox      (SkPlan               *self);

/* The intervention with that id, or NULL (borrowed). */
SkIntervention *sk_plan_find             (SkPlan               *self,
                                          gint64                id);

/* Places a KIND_ID drawn with POINTS; returns its new id, 0 on error. */
gint64          sk_plan_add              (SkPlan               *self,
                                          const char           *kind_id,
                                          const SkLatLon       *points,
                                          size_t                n_points,
                                          const char           *participant,
                                          GError              **error);
/* Translates every point by (dlat, dlon) degrees. */
gboolean        sk_plan_move             (SkPlan               *self,
                                          gint64                id,
                                          double                dlat,
                                          double                dlon,
                                          GError              **error);
/* Puts vertex VERTEX (from 0) at WHERE. */
gboolean        sk_plan_reshape_vertex   (SkPlan               *self,
                                          gint64                id,
                                          size_t                vertex,
                                          SkLatLon              where,
                                          GError              **error);
/* Replaces the whole geometry. */
gboolean        sk_plan_reshape          (SkPlan               *self,
                                          gint64                id,
                                          const SkLatLon       *points,
                                          size_t                n_points,
                                          GError              **error);
/* Sets a parameter that is typed in (not one measured from the geometry)
 * to VALUE within the kind's range. */
gboolean        sk_plan_edit_parameter   (SkPlan               *self,
                                          gint64                id,
                                          const char           *param_id,
                                          double                value,
                                          GError              **error);
/* Sets name and note; NULL keeps the current text, "" clears it. */
gboolean        sk_plan_edit_text        (SkPlan               *self,
                                          gint64                id,
                                          const char           *name,
                                          const char           *note,
                                          GError              **error);
gboolean        sk_plan_delete           (SkPlan               *self,
                                          gint64                id,
                                          GError              **error);

gboolean        sk_plan_can_undo         (SkPlan               *self);
gboolean        sk_plan_can_redo         (SkPlan               *self);
/* FALSE when there was nothing to undo or redo. */
gboolean        sk_plan_undo             (SkPlan               *self);
gboolean        sk_plan_redo             (SkPlan               *self);

/* Something was done outside the plan (a facility added to the session):
 * what was undone can no longer be redone, as after a new command. */
void            sk_plan_drop_redo        (SkPlan               *self);

/* The commands that are done and not undone, oldest first (borrowed);
 * replaying them with sk_plan_apply() on an empty plan rebuilds this one. */
GPtrArray      *sk_plan_get_history      (SkPlan               *self);
/* Applies a recorded command's "after" state as a new command, as when
 * replaying a session's event log. Fails when it does not fit the plan. */
gboolean        sk_plan_apply            (SkPlan               *self,
                                          const SkPlanCommand  *command,
                                          GError              **error);

/* Puts a saved intervention in the plan under its saved ID, without a
 * command: loading a session starts with an empty undo history. */
gboolean        sk_plan_load             (SkPlan               *self,
                                          gint64                id,
                                          const SkInterventionState *state,
                                          GError              **error);

/* Removes every intervention and the undo and redo history, without a
 * command (switching to another variant of a session). */
void            sk_plan_clear            (SkPlan               *self);

/* A translated, one-line description ("Pluktuin geplaatst"). */
char           *sk_plan_describe         (SkPlan               *self,
                                          const SkPlanCommand  *command,
                                          SkPlanDirection       direction);

SkPlanSnapshot *sk_plan_dup_snapshot     (SkPlan               *self);

G_END_DECLS
