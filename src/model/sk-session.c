/* sk-session.c — keeping a plan and its session file in step. */
#include "sk-json.h"
#include "sk-config.h"
#include "sk-session.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

struct _SkSession
{
  GObject parent_instance;

  SkStore *store;
  SkPlan *plan;
  GHashTable *store_ids;   /* plan id → store id (gint64 in pointers) */
  guint n_skipped;
  gint64 variant_id;       /* the variant the plan shows */
  gint64 participant_id;   /* who is at the map now; 0: nobody chosen */
  GArray *correction_undo; /* CorrectionStep, oldest first */
  GArray *correction_redo; /* CorrectionStep, the next to redo last */
  guint watch_id;          /* polls the file for changes by other programs */
  gint64 data_version;     /* PRAGMA data_version when last looked at */
  gboolean read_failing;   /* the last look failed (said once, not every second) */
};

/* How often an open session looks whether another program (a second
 * window, `samenkaart-cli session apply`, a merge) changed its file: one
 * PRAGMA, which reads nothing when nobody did. */
#define SK_SESSION_WATCH_MS 1000

/* A change of the corrections, for undo and redo. PLAN_DEPTH is the
 * number of plan commands done (not undone) when it was done or undone:
 * a correction is more recent than the plan commands below that depth,
 * which is how undo and redo keep the two in one order. */
typedef struct
{
  SkStoreOp op;            /* FACILITY_ADD or FACILITY_REMOVE */
  gint64 id;
  guint plan_depth;
} CorrectionStep;

G_DEFINE_FINAL_TYPE (SkSession, sk_session, G_TYPE_OBJECT)

/* The setting that remembers the variant shown last. */
#define VARIANT_SETTING "variant"

enum
{
  PROP_0,
  PROP_VARIANT_ID,
  PROP_PARTICIPANT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SIGNAL_SAVE_FAILED,
  SIGNAL_CORRECTIONS_CHANGED,
  SIGNAL_CHANGED_ELSEWHERE,
  SIGNAL_READ_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
sk_session_state_to_geojson (const SkInterventionState *state)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  gboolean area = state->geometry == SK_GEOMETRY_AREA;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, state->geometry == SK_GEOMETRY_POINT ? "Point"
                                    : area ? "Polygon" : "LineString");
  json_builder_set_member_name (b, "coordinates");
  if (state->geometry != SK_GEOMETRY_POINT)
    json_builder_begin_array (b);
  if (area)
    json_builder_begin_array (b);
  /* GeoJSON order is [lon, lat]; a polygon's ring closes on its start. */
  for (size_t i = 0; i < state->n_points + (area ? 1 : 0); i++)
    {
      const SkLatLon *p = &state->points[i % state->n_points];

      json_builder_begin_array (b);
      json_builder_add_double_value (b, p->lon);
      json_builder_add_double_value (b, p->lat);
      json_builder_end_array (b);
    }
  if (area)
    json_builder_end_array (b);
  if (state->geometry != SK_GEOMETRY_POINT)
    json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return json_to_string (root, FALSE);
}

static char *
params_to_json (const SkInterventionState *state)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  for (size_t i = 0; i < state->n_parameters; i++)
    {
      json_builder_set_member_name (b, state->parameters[i].id);
      json_builder_add_double_value (b, state->parameters[i].value);
    }
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return json_to_string (root, FALSE);
}

static void
save_failed (SkSession *self,
             GError    *error)
{
  g_signal_emit (self, signals[SIGNAL_SAVE_FAILED], 0, error->message);
}

/* Commits @action, made by the active participant in the shown variant. */
static gint64
apply (SkSession     *self,
       SkStoreAction *action)
{
  g_autoptr(GError) error = NULL;
  gint64 store_id = 0;

  action->participant_id = self->participant_id;
  if (action->op == SK_STORE_OP_ADD)
    action->variant_id = self->variant_id;
  if (sk_store_apply (self->store, action, &store_id, &error) == 0)
    {
      save_failed (self, error);
      return 0;
    }
  return store_id;
}

static void
store_add (SkSession                 *self,
           gint64                     plan_id,
           const SkInterventionState *state,
           SkStoreAction             *action)
{
  g_autofree char *geometry = sk_session_state_to_geojson (state);
  g_autofree char *params = params_to_json (state);
  gint64 store_id;

  action->op = SK_STORE_OP_ADD;
  action->kind = state->kind_id;
  action->geometry = geometry;
  action->params = params;
  action->name = state->name;
  action->note = state->note;
  store_id = apply (self, action);
  if (store_id != 0)
    g_hash_table_insert (self->store_ids, GSIZE_TO_POINTER (plan_id), GSIZE_TO_POINTER (store_id));
}

/* Writes the intervention's present state, whichever way the command
 * went: done, undone or redone. The event keeps the plan's command and
 * the direction, and a move stays a move, so the history reads as the
 * user acted. */
static void
sync_command (SkSession           *self,
              const SkPlanCommand *command,
              SkPlanDirection      direction)
{
  SkIntervention *iv = sk_plan_find (self->plan, command->id);
  gint64 store_id = (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (self->store_ids,
                                                                    GSIZE_TO_POINTER (command->id)));
  const SkInterventionState *state;
  g_autoptr(JsonNode) command_json = sk_plan_command_to_json (command);
  g_autofree char *command_text = json_to_string (command_json, FALSE);
  SkStoreAction action = { .command = command_text,
                           .direction = direction == SK_PLAN_UNDO ? "undo"
                                        : direction == SK_PLAN_REDO ? "redo" : NULL };
  g_autofree char *geometry = NULL;
  g_autofree char *params = NULL;

  if (iv == NULL || store_id == 0)
    {
      if (iv == NULL && store_id != 0)
        {
          action.op = SK_STORE_OP_DELETE;
          action.intervention_id = store_id;
          g_hash_table_remove (self->store_ids, GSIZE_TO_POINTER (command->id));
          apply (self, &action);
        }
      else if (iv != NULL)
        store_add (self, command->id, sk_intervention_get_state (iv), &action);
      return;
    }
  state = sk_intervention_get_state (iv);
  action.intervention_id = store_id;
  if (command->op == SK_PLAN_OP_MOVE || command->op == SK_PLAN_OP_RESHAPE)
    {
      /* A move gives the moved shape itself: translating by the bbox
       * centre again could differ in the last digits. */
      action.op = command->op == SK_PLAN_OP_MOVE ? SK_STORE_OP_MOVE : SK_STORE_OP_RESHAPE;
      action.geometry = geometry = sk_session_state_to_geojson (state);
    }
  else
    {
      action.op = SK_STORE_OP_EDIT;
      action.params = params = params_to_json (state);
      action.name = state->name ? state->name : "";
      action.note = state->note ? state->note : "";
    }
  apply (self, &action);
}

static void
on_command_done (SkPlan              *plan,
                 const SkPlanCommand *command,
                 int                  direction,
                 const char          *description,
                 SkSession           *self)
{
  /* A new command: undone corrections can no longer be redone. */
  if (direction == SK_PLAN_DO)
    g_array_set_size (self->correction_redo, 0);
  sync_command (self, command, (SkPlanDirection) direction);
}

/* ---- corrections: facilities the region data lacks ---------------------- */

static guint
plan_depth (SkSession *self)
{
  return sk_plan_get_history (self->plan)->len;
}

/* "Huisarts toegevoegd", as the plan tells its commands. */
static char *
describe_correction (SkSession       *self,
                     SkStoreOp        op,
                     gint64           id,
                     SkPlanDirection  direction)
{
  g_autoptr(SkStoreCorrection) c = sk_store_get_correction (self->store, id, NULL);
  SkFacilityType t = c ? sk_facility_type_from_id (c->type) : SK_FACILITY_INVALID;
  const char *name = t != SK_FACILITY_INVALID ? sk_facility_type_get_name (t) : _("Voorziening");
  g_autofree char *lower = g_utf8_strdown (name, -1);
  g_autofree char *what = NULL;

  if (op == SK_STORE_OP_FACILITY_ADD)
    what = g_strdup_printf (_("%s toegevoegd"), name);
  else
    what = g_strdup_printf (_("Toegevoegde %s weggehaald"), lower);
  if (direction == SK_PLAN_UNDO)
    return g_strdup_printf (_("Ongedaan gemaakt: %s"), what);
  if (direction == SK_PLAN_REDO)
    return g_strdup_printf (_("Opnieuw gedaan: %s"), what);
  return g_steal_pointer (&what);
}

static void
corrections_changed (SkSession       *self,
                     SkStoreOp        op,
                     gint64           id,
                     SkPlanDirection  direction)
{
  g_autofree char *description = describe_correction (self, op, id, direction);

  g_signal_emit (self, signals[SIGNAL_CORRECTIONS_CHANGED], 0, description, (int) direction);
}

/* Stores a new correction step and makes it the last thing done. */
static void
push_correction (SkSession *self,
                 SkStoreOp  op,
                 gint64     id)
{
  CorrectionStep step = { op, id, plan_depth (self) };

  g_array_append_val (self->correction_undo, step);
  g_array_set_size (self->correction_redo, 0);
  sk_plan_drop_redo (self->plan);
  corrections_changed (self, op, id, SK_PLAN_DO);
}

gint64
sk_session_add_correction (SkSession       *self,
                           SkFacilityType   type,
                           const char      *name,
                           double           lat,
                           double           lon,
                           GError         **error)
{
  SkStoreAction action = { .op = SK_STORE_OP_FACILITY_ADD, .lat = lat, .lon = lon,
                           .name = name, .participant_id = 0 };
  gint64 id = 0;

  g_return_val_if_fail (SK_IS_SESSION (self), 0);

  action.facility = type >= 0 && type < SK_N_FACILITY_TYPES ? sk_facility_type_to_id (type) : NULL;
  action.participant_id = self->participant_id;
  if (sk_store_apply (self->store, &action, &id, error) == 0)
    return 0;
  push_correction (self, SK_STORE_OP_FACILITY_ADD, id);
  return id;
}

gboolean
sk_session_remove_correction (SkSession  *self,
                              gint64      correction_id,
                              GError    **error)
{
  SkStoreAction action = { .op = SK_STORE_OP_FACILITY_REMOVE, .correction_id = correction_id };
  gint64 id = 0;

  g_return_val_if_fail (SK_IS_SESSION (self), FALSE);

  action.participant_id = self->participant_id;
  if (sk_store_apply (self->store, &action, &id, error) == 0)
    return FALSE;
  push_correction (self, SK_STORE_OP_FACILITY_REMOVE, id);
  return TRUE;
}

/* Applies STEP again (redo) or its inverse (undo), as the active
 * participant; the step moves to the other stack. */
static gboolean
run_correction (SkSession       *self,
                GArray          *from,
                GArray          *to,
                SkPlanDirection  direction)
{
  CorrectionStep step = g_array_index (from, CorrectionStep, from->len - 1);
  gboolean add = (step.op == SK_STORE_OP_FACILITY_ADD) == (direction == SK_PLAN_REDO);
  SkStoreAction action = { .op = add ? SK_STORE_OP_FACILITY_ADD : SK_STORE_OP_FACILITY_REMOVE,
                           .correction_id = step.id,
                           .direction = direction == SK_PLAN_UNDO ? "undo" : "redo" };
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  action.participant_id = self->participant_id;
  if (sk_store_apply (self->store, &action, &id, &error) == 0)
    {
      save_failed (self, error);
      return FALSE;
    }
  g_array_set_size (from, from->len - 1);
  step.plan_depth = plan_depth (self);
  g_array_append_val (to, step);
  corrections_changed (self, step.op, step.id, direction);
  return TRUE;
}

gboolean
sk_session_can_undo (SkSession *self)
{
  g_return_val_if_fail (SK_IS_SESSION (self), FALSE);
  return self->correction_undo->len > 0 || sk_plan_can_undo (self->plan);
}

gboolean
sk_session_can_redo (SkSession *self)
{
  g_return_val_if_fail (SK_IS_SESSION (self), FALSE);
  return self->correction_redo->len > 0 || sk_plan_can_redo (self->plan);
}

gboolean
sk_session_undo (SkSession *self)
{
  GArray *stack;

  g_return_val_if_fail (SK_IS_SESSION (self), FALSE);
  stack = self->correction_undo;
  /* The correction is the last thing done when no plan command came
   * after it. */
  if (stack->len > 0 && (g_array_index (stack, CorrectionStep, stack->len - 1).plan_depth
                         >= plan_depth (self) || !sk_plan_can_undo (self->plan)))
    return run_correction (self, stack, self->correction_redo, SK_PLAN_UNDO);
  return sk_plan_undo (self->plan);
}

gboolean
sk_session_redo (SkSession *self)
{
  GArray *stack;

  g_return_val_if_fail (SK_IS_SESSION (self), FALSE);
  stack = self->correction_redo;
  /* It was undone after the plan commands up to its depth were redone. */
  if (stack->len > 0 && (g_array_index (stack, CorrectionStep, stack->len - 1).plan_depth
                         <= plan_depth (self) || !sk_plan_can_redo (self->plan)))
    return run_correction (self, stack, self->correction_undo, SK_PLAN_REDO);
  return sk_plan_redo (self->plan);
}

static gboolean
read_points (const char  *geometry,
             GArray      *points,
             GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *coords;
  const char *type;
  SkBBox bbox;

  /* A shape changed outside Samenkaart is checked before it is walked. */
  if (!sk_store_geometry_bbox (geometry, &bbox, error))
    return FALSE;
  root = sk_json_from_string (geometry, SK_STORE_MAX_JSON, error);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  type = sk_json_object_get_string (json_node_get_object (root), "type", "");
  coords = json_object_get_array_member (json_node_get_object (root), "coordinates");
  if (g_str_equal (type, "Point"))
    {
      SkLatLon p = { json_array_get_double_element (coords, 1),
                     json_array_get_double_element (coords, 0) };
      g_array_append_val (points, p);
      return TRUE;
    }
  if (g_str_equal (type, "Polygon"))
    coords = json_array_get_array_element (coords, 0);
  for (guint i = 0; i < json_array_get_length (coords); i++)
    {
      JsonArray *pair = json_array_get_array_element (coords, i);
      SkLatLon p = { json_array_get_double_element (pair, 1),
                     json_array_get_double_element (pair, 0) };
      g_array_append_val (points, p);
    }
  /* Drop the ring's closing point. */
  if (g_str_equal (type, "Polygon") && points->len > 1)
    g_array_set_size (points, points->len - 1);
  return TRUE;
}

static gboolean
variant_exists (SkStore *store,
                gint64   variant_id)
{
  g_autoptr(GPtrArray) variants = sk_store_list_variants (store, NULL);

  for (guint i = 0; variants != NULL && i < variants->len; i++)
    if (((SkStoreVariant *) g_ptr_array_index (variants, i))->id == variant_id)
      return TRUE;
  return FALSE;
}

SkInterventionState *
sk_session_state_from_store (SkToolbox                 *toolbox,
                             const SkStoreIntervention *saved)
{
  const SkKind *kind = sk_toolbox_find_kind (toolbox, saved->kind);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (SkLatLon));
  g_autoptr(JsonNode) params = NULL;
  SkInterventionState *state;

  if (kind == NULL || !read_points (saved->geometry, points, NULL))
    return NULL;
  state = sk_intervention_state_new (kind, (const SkLatLon *) points->data, points->len, NULL);
  if (state == NULL)
    return NULL;
  params = sk_json_from_string (saved->params ? saved->params : "{}", SK_STORE_MAX_JSON, NULL);
  for (size_t i = 0; i < state->n_parameters && params && JSON_NODE_HOLDS_OBJECT (params); i++)
    {
      JsonNode *node = json_object_get_member (json_node_get_object (params),
                                               state->parameters[i].id);

      /* A value out of its range (or no number) in a tampered or old file
       * would give costs of quadrillions: the idea is skipped instead. */
      if (state->parameters[i].from_geometry == SK_FROM_GEOMETRY_NONE && node != NULL
          && !sk_parameter_read_value (&kind->parameters[i], node, &state->parameters[i].value,
                                       NULL))
        {
          sk_intervention_state_free (state);
          return NULL;
        }
    }
  state->name = saved->name && *saved->name ? g_strdup (saved->name) : NULL;
  state->note = saved->note && *saved->note ? g_strdup (saved->note) : NULL;
  return state;
}

static void
load (SkSession *self,
      GPtrArray *saved)
{
  for (guint i = 0; i < saved->len; i++)
    {
      const SkStoreIntervention *iv = g_ptr_array_index (saved, i);
      g_autoptr(SkInterventionState) state =
        sk_session_state_from_store (sk_plan_get_toolbox (self->plan), iv);

      /* A row id of 0 or below exists only in a file changed outside
       * Samenkaart (found by fuzz-session): skipped like a broken shape. */
      if (iv->id <= 0 || state == NULL || !sk_plan_load (self->plan, iv->id, state, NULL))
        {
          self->n_skipped++;
          continue;
        }
      g_hash_table_insert (self->store_ids, GSIZE_TO_POINTER (iv->id), GSIZE_TO_POINTER (iv->id));
    }
}

/* The variant shown last, if it still exists; else the first one. */
static gint64
initial_variant (SkStore  *store,
                 GError  **error)
{
  g_autoptr(GPtrArray) variants = sk_store_list_variants (store, error);
  g_autofree char *remembered = sk_store_dup_setting (store, VARIANT_SETTING);
  gint64 id = remembered ? g_ascii_strtoll (remembered, NULL, 10) : 0;

  if (variants == NULL)
    return 0;
  for (guint i = 0; i < variants->len; i++)
    if (((SkStoreVariant *) g_ptr_array_index (variants, i))->id == id)
      return id;
  return variants->len > 0 ? ((SkStoreVariant *) g_ptr_array_index (variants, 0))->id : 0;
}

/* Whether the plan holds exactly the saved interventions @saved, each as
 * saved: then a change elsewhere left the shown variant alone, and the
 * plan (and its undo history) stays as it is. */
static gboolean
plan_matches (SkSession *self,
              GPtrArray *saved)
{
  g_autoptr(GHashTable) plan_of = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer plan_id, store_id;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->plan)) != saved->len)
    return FALSE;
  g_hash_table_iter_init (&iter, self->store_ids);
  while (g_hash_table_iter_next (&iter, &plan_id, &store_id))
    g_hash_table_insert (plan_of, store_id, plan_id);
  for (guint i = 0; i < saved->len; i++)
    {
      const SkStoreIntervention *iv = g_ptr_array_index (saved, i);
      SkIntervention *mine = sk_plan_find (self->plan, (gint64) GPOINTER_TO_SIZE (
                                             g_hash_table_lookup (plan_of,
                                                                  GSIZE_TO_POINTER (iv->id))));
      const SkInterventionState *state;
      g_autofree char *geometry = NULL;
      g_autofree char *params = NULL;

      if (mine == NULL)
        return FALSE;
      state = sk_intervention_get_state (mine);
      geometry = sk_session_state_to_geojson (state);
      params = params_to_json (state);
      if (g_strcmp0 (geometry, iv->geometry) != 0 || g_strcmp0 (params, iv->params) != 0
          || g_strcmp0 (state->name ? state->name : "", iv->name ? iv->name : "") != 0
          || g_strcmp0 (state->note ? state->note : "", iv->note ? iv->note : "") != 0)
        return FALSE;
    }
  return TRUE;
}

/* The shown variant as the file holds it now. The plan's undo history
 * goes: its steps were made on a plan that is no longer there. */
static gboolean
reload_plan (SkSession  *self,
             GPtrArray  *saved)
{
  if (plan_matches (self, saved))
    return FALSE;
  self->n_skipped = 0;
  g_hash_table_remove_all (self->store_ids);
  sk_plan_clear (self->plan);
  g_array_set_size (self->correction_undo, 0);
  g_array_set_size (self->correction_redo, 0);
  load (self, saved);
  return TRUE;
}

/* A look that failed is said once (not every second), unless the file
 * is only busy: then the next look will do. */
static void
read_failed (SkSession *self,
             GError    *error)
{
  if (self->read_failing || g_error_matches (error, SK_STORE_ERROR, SK_STORE_ERROR_BUSY))
    return;
  self->read_failing = TRUE;
  g_signal_emit (self, signals[SIGNAL_READ_FAILED], 0, error->message);
}

gboolean
sk_session_check_elsewhere (SkSession *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) saved = NULL;
  gint64 version;
  gboolean plan_changed;

  g_return_val_if_fail (SK_IS_SESSION (self), FALSE);

  version = sk_store_get_data_version (self->store, &error);
  if (version < 0)
    {
      read_failed (self, error);
      return FALSE;
    }
  if (version == self->data_version)
    return FALSE;
  saved = sk_store_list_interventions (self->store, self->variant_id, &error);
  if (saved == NULL)
    {
      read_failed (self, error);
      return FALSE;
    }
  self->read_failing = FALSE;
  self->data_version = version;
  plan_changed = reload_plan (self, saved);
  g_signal_emit (self, signals[SIGNAL_CHANGED_ELSEWHERE], 0, plan_changed);
  return TRUE;
}

static gboolean
on_watch (gpointer data)
{
  sk_session_check_elsewhere (SK_SESSION (data));
  return G_SOURCE_CONTINUE;
}

SkSession *
sk_session_new (SkStore  *store,
                SkPlan   *plan,
                GError  **error)
{
  g_autoptr(SkSession) self = g_object_new (SK_TYPE_SESSION, NULL);
  g_autoptr(GPtrArray) saved = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (plan));

  g_return_val_if_fail (SK_IS_STORE (store), NULL);
  g_return_val_if_fail (SK_IS_PLAN (plan), NULL);

  self->store = g_object_ref (store);
  self->plan = g_object_ref (plan);
  self->variant_id = initial_variant (store, error);
  if (self->variant_id == 0)
    return NULL;
  saved = sk_store_list_interventions (store, self->variant_id, error);
  if (saved == NULL)
    return NULL;
  if (saved->len > 0)
    {
      g_return_val_if_fail (n == 0, NULL);
      load (self, saved);
    }
  else
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(SkIntervention) iv = g_list_model_get_item (G_LIST_MODEL (plan), i);
        SkStoreAction action = { 0 };

        store_add (self, sk_intervention_get_id (iv), sk_intervention_get_state (iv), &action);
      }
  g_signal_connect_object (plan, "command-done", G_CALLBACK (on_command_done), self, 0);
  self->data_version = sk_store_get_data_version (store, NULL);
  self->watch_id = g_timeout_add (SK_SESSION_WATCH_MS, on_watch, self);
  return g_steal_pointer (&self);
}

gint64
sk_session_get_variant_id (SkSession *self)
{
  g_return_val_if_fail (SK_IS_SESSION (self), 0);
  return self->variant_id;
}

gboolean
sk_session_set_variant_id (SkSession  *self,
                           gint64      variant_id,
                           GError    **error)
{
  g_autoptr(GPtrArray) saved = NULL;
  g_autofree char *value = NULL;

  g_return_val_if_fail (SK_IS_SESSION (self), FALSE);

  if (variant_id == self->variant_id)
    return TRUE;
  saved = sk_store_list_interventions (self->store, variant_id, error);
  if (saved == NULL)
    return FALSE;
  if (saved->len == 0 && !variant_exists (self->store, variant_id))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                   _("Variant %lld bestaat niet in deze sessie."), (long long) variant_id);
      return FALSE;
    }
  value = g_strdup_printf ("%" G_GINT64_FORMAT, variant_id);
  if (!sk_store_set_setting (self->store, VARIANT_SETTING, value, error))
    return FALSE;
  self->variant_id = variant_id;
  self->n_skipped = 0;
  g_hash_table_remove_all (self->store_ids);
  sk_plan_clear (self->plan);
  /* The plan's history is gone; the corrections' stays (every variant
   * shares them). */
  for (guint i = 0; i < self->correction_undo->len; i++)
    g_array_index (self->correction_undo, CorrectionStep, i).plan_depth = 0;
  for (guint i = 0; i < self->correction_redo->len; i++)
    g_array_index (self->correction_redo, CorrectionStep, i).plan_depth = 0;
  load (self, saved);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VARIANT_ID]);
  return TRUE;
}

gint64
sk_session_get_store_id (SkSession *self,
                         gint64     plan_id)
{
  g_return_val_if_fail (SK_IS_SESSION (self), 0);
  return (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (self->store_ids, GSIZE_TO_POINTER (plan_id)));
}

gint64
sk_session_get_participant_id (SkSession *self)
{
  g_return_val_if_fail (SK_IS_SESSION (self), 0);
  return self->participant_id;
}

void
sk_session_set_participant_id (SkSession *self,
                               gint64     participant_id)
{
  g_return_if_fail (SK_IS_SESSION (self));

  if (participant_id == self->participant_id)
    return;
  self->participant_id = participant_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT_ID]);
}

SkStore *
sk_session_get_store (SkSession *self)
{
  g_return_val_if_fail (SK_IS_SESSION (self), NULL);
  return self->store;
}

guint
sk_session_get_n_skipped (SkSession *self)
{
  g_return_val_if_fail (SK_IS_SESSION (self), 0);
  return self->n_skipped;
}

static void
sk_session_finalize (GObject *object)
{
  SkSession *self = SK_SESSION (object);

  g_clear_handle_id (&self->watch_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->plan);
  g_hash_table_unref (self->store_ids);
  g_array_unref (self->correction_undo);
  g_array_unref (self->correction_redo);

  G_OBJECT_CLASS (sk_session_parent_class)->finalize (object);
}

static void
sk_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SkSession *self = SK_SESSION (object);

  switch (prop_id)
    {
    case PROP_VARIANT_ID:
      g_value_set_int64 (value, self->variant_id);
      break;
    case PROP_PARTICIPANT_ID:
      g_value_set_int64 (value, self->participant_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SkSession *self = SK_SESSION (object);

  switch (prop_id)
    {
    case PROP_PARTICIPANT_ID:
      sk_session_set_participant_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_session_class_init (SkSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sk_session_finalize;
  object_class->get_property = sk_session_get_property;
  object_class->set_property = sk_session_set_property;

  properties[PROP_VARIANT_ID] =
    g_param_spec_int64 ("variant-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTICIPANT_ID] =
    g_param_spec_int64 ("participant-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SkSession::save-failed:
   * @message: what went wrong, for the user (full disk …)
   */
  signals[SIGNAL_SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                              G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * SkSession::corrections-changed:
   * @description: what changed, as a toast says it ("Huisarts toegevoegd")
   * @direction: an SkPlanDirection: done, undone or redone
   */
  signals[SIGNAL_CORRECTIONS_CHANGED] =
    g_signal_new ("corrections-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT);
  /**
   * SkSession::changed-elsewhere:
   * @plan_changed: whether the shown variant's ideas changed (the plan was
   *   read again and its undo history dropped)
   *
   * Another program changed the file: comments, votes, participants,
   * the history, the corrections may be different now.
   */
  signals[SIGNAL_CHANGED_ELSEWHERE] =
    g_signal_new ("changed-elsewhere", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  /**
   * SkSession::read-failed:
   * @message: why the file could not be read again, for the user
   */
  signals[SIGNAL_READ_FAILED] =
    g_signal_new ("read-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sk_session_init (SkSession *self)
{
  self->store_ids = g_hash_table_new (NULL, NULL);
  self->correction_undo = g_array_new (FALSE, FALSE, sizeof (CorrectionStep));
  self->correction_redo = g_array_new (FALSE, FALSE, sizeof (CorrectionStep));
}
