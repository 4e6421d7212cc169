/* sk-plan.c — a plan's interventions and its undo/redo command stack.
 *
 * One primitive changes the list: apply_state() takes an intervention
 * from one state to another (NULL meaning absent) and emits items-changed
 * for exactly that item. Doing, undoing and redoing a command are that
 * primitive with "before" and "after" in one order or the other.
 */
#include "sk-config.h"
#include "sk-plan.h"

#include <glib/gi18n-lib.h>
#include <math.h>

struct _SkPlan
{
  GObject parent_instance;

  SkToolbox *toolbox;
  GPtrArray *items;     /* SkIntervention, in list order */
  GPtrArray *undo;      /* SkPlanCommand, oldest first */
  GPtrArray *redo;      /* SkPlanCommand, the next to redo last */
  gint64 next_id;
};

struct _SkPlanSnapshot
{
  size_t n_items;
  gint64 *ids;
  SkInterventionState **states;
};

enum
{
  PROP_0,
  PROP_TOOLBOX,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum
{
  SIGNAL_COMMAND_DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *const op_ids[] = { "add", "move", "reshape", "edit", "delete" };

static void sk_plan_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SkPlan, sk_plan, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, sk_plan_list_model_init))

G_DEFINE_BOXED_TYPE (SkPlanCommand, sk_plan_command, sk_plan_command_copy, sk_plan_command_free)

SkPlanCommand *
sk_plan_command_copy (const SkPlanCommand *command)
{
  SkPlanCommand *copy;

  g_return_val_if_fail (command != NULL, NULL);
  copy = g_new0 (SkPlanCommand, 1);
  *copy = *command;
  copy->before = command->before ? sk_intervention_state_copy (command->before) : NULL;
  copy->after = command->after ? sk_intervention_state_copy (command->after) : NULL;
  return copy;
}

void
sk_plan_command_free (SkPlanCommand *command)
{
  if (command == NULL)
    return;
  sk_intervention_state_free (command->before);
  sk_intervention_state_free (command->after);
  g_free (command);
}

const char *
sk_plan_op_to_id (SkPlanOp op)
{
  g_return_val_if_fail (op >= 0 && op < (int) G_N_ELEMENTS (op_ids), NULL);
  return op_ids[op];
}

/* GListModel */

static GType
sk_plan_get_item_type (GListModel *model)
{
  return SK_TYPE_INTERVENTION;
}

static guint
sk_plan_get_n_items (GListModel *model)
{
  return SK_PLAN (model)->items->len;
}

static gpointer
sk_plan_get_item (GListModel *model,
                  guint       position)
{
  SkPlan *self = SK_PLAN (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
sk_plan_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = sk_plan_get_item_type;
  iface->get_n_items = sk_plan_get_n_items;
  iface->get_item = sk_plan_get_item;
}

/* GObject */

static void
sk_plan_finalize (GObject *object)
{
  SkPlan *self = SK_PLAN (object);

  g_clear_object (&self->toolbox);
  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);

  G_OBJECT_CLASS (sk_plan_parent_class)->finalize (object);
}

static void
sk_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SkPlan *self = SK_PLAN (object);

  switch (prop_id)
    {
    case PROP_TOOLBOX:
      g_value_set_object (value, self->toolbox);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sk_plan_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, sk_plan_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_plan_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  SkPlan *self = SK_PLAN (object);

  switch (prop_id)
    {
    case PROP_TOOLBOX:
      self->toolbox = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_plan_class_init (SkPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sk_plan_finalize;
  object_class->get_property = sk_plan_get_property;
  object_class->set_property = sk_plan_set_property;

  properties[PROP_TOOLBOX] =
    g_param_spec_object ("toolbox", NULL, NULL, SK_TYPE_TOOLBOX,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SkPlan::command-done:
   * @command: the command (borrowed; copy it to keep it)
   * @direction: an SkPlanDirection: done, undone or redone
   * @description: a translated line for a toast ("Pluktuin geplaatst")
   *
   * Emitted after the list has changed, once per command.
   */
  signals[SIGNAL_COMMAND_DONE] =
    g_signal_new ("command-done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3,
                  SK_TYPE_PLAN_COMMAND | G_SIGNAL_TYPE_STATIC_SCOPE, G_TYPE_INT, G_TYPE_STRING);
}

static void
sk_plan_init (SkPlan *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_plan_command_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_plan_command_free);
  self->next_id = 1;
}

SkPlan *
sk_plan_new (SkToolbox *toolbox)
{
  g_return_val_if_fail (SK_IS_TOOLBOX (toolbox), NULL);
  return g_object_new (SK_TYPE_PLAN, "toolbox", toolbox, NULL);
}

SkToolbox *
sk_plan_get_toolbox (SkPlan *self)
{
  g_return_val_if_fail (SK_IS_PLAN (self), NULL);
  return self->toolbox;
}

static gboolean
find_index (SkPlan *self,
            gint64  id,
            guint  *index)
{
  for (guint i = 0; i < self->items->len; i++)
    if (sk_intervention_get_id (g_ptr_array_index (self->items, i)) == id)
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

SkIntervention *
sk_plan_find (SkPlan *self,
              gint64  id)
{
  guint index;

  g_return_val_if_fail (SK_IS_PLAN (self), NULL);
  return find_index (self, id, &index) ? g_ptr_array_index (self->items, index) : NULL;
}

/* Takes intervention ID from state FROM to state TO (NULL: absent). */
static void
apply_state (SkPlan                    *self,
             gint64                     id,
             guint                      position,
             const SkInterventionState *from,
             const SkInterventionState *to)
{
  guint index = 0;

  if (from == NULL)
    {
      position = MIN (position, self->items->len);
      g_ptr_array_insert (self->items, (int) position, sk_intervention_new (id, to));
      g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
      return;
    }
  if (!find_index (self, id, &index))
    g_return_if_reached ();
  if (to == NULL)
    {
      g_ptr_array_remove_index (self->items, index);
      g_list_model_items_changed (G_LIST_MODEL (self), index, 1, 0);
      return;
    }
  sk_intervention_set_state (g_ptr_array_index (self->items, index), to);
  g_list_model_items_changed (G_LIST_MODEL (self), index, 1, 1);
}

static void
run (SkPlan              *self,
     const SkPlanCommand *command,
     SkPlanDirection      direction)
{
  g_autofree char *description = NULL;
  gboolean undo = direction == SK_PLAN_UNDO;

  apply_state (self, command->id, command->position,
               undo ? command->after : command->before,
               undo ? command->before : command->after);
  description = sk_plan_describe (self, command, direction);
  g_signal_emit (self, signals[SIGNAL_COMMAND_DONE], 0, command, (int) direction, description);
}

/* Runs stack changes and tells whoever listens once they are consistent. */
static void
notify_stacks (SkPlan   *self,
               gboolean  could_undo,
               gboolean  could_redo)
{
  if (could_undo != sk_plan_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != sk_plan_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* Does a new command (taking it): the redo stack is dropped. */
static void
push (SkPlan        *self,
      SkPlanCommand *command)
{
  gboolean could_undo = sk_plan_can_undo (self);
  gboolean could_redo = sk_plan_can_redo (self);

  g_ptr_array_set_size (self->redo, 0);
  g_ptr_array_add (self->undo, command);
  self->next_id = MAX (self->next_id, command->id + 1);
  run (self, command, SK_PLAN_DO);
  notify_stacks (self, could_undo, could_redo);
}

gboolean
sk_plan_can_undo (SkPlan *self)
{
  g_return_val_if_fail (SK_IS_PLAN (self), FALSE);
  return self->undo->len > 0;
}

gboolean
sk_plan_can_redo (SkPlan *self)
{
  g_return_val_if_fail (SK_IS_PLAN (self), FALSE);
  return self->redo->len > 0;
}

gboolean
sk_plan_undo (SkPlan *self)
{
  gboolean could_redo;
  SkPlanCommand *command;

  g_return_val_if_fail (SK_IS_PLAN (self), FALSE);
  if (self->undo->len == 0)
    return FALSE;
  could_redo = sk_plan_can_redo (self);
  command = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  g_ptr_array_add (self->redo, command);
  run (self, command, SK_PLAN_UNDO);
  notify_stacks (self, TRUE, could_redo);
  return TRUE;
}

gboolean
sk_plan_redo (SkPlan *self)
{
  gboolean could_undo;
  SkPlanCommand *command;

  g_return_val_if_fail (SK_IS_PLAN (self), FALSE);
  if (self->redo->len == 0)
    return FALSE;
  could_undo = sk_plan_can_undo (self);
  command = g_ptr_array_steal_index (self->redo, self->redo->len - 1);
  g_ptr_array_add (self->undo, command);
  run (self, command, SK_PLAN_REDO);
  notify_stacks (self, could_undo, TRUE);
  return TRUE;
}

void
sk_plan_drop_redo (SkPlan *self)
{
  gboolean could_redo;

  g_return_if_fail (SK_IS_PLAN (self));
  could_redo = sk_plan_can_redo (self);
  g_ptr_array_set_size (self->redo, 0);
  notify_stacks (self, sk_plan_can_undo (self), could_redo);
}

GPtrArray *
sk_plan_get_history (SkPlan *self)
{
  g_return_val_if_fail (SK_IS_PLAN (self), NULL);
  return self->undo;
}

/* The state of ID to change, copied, with its position; NULL and an error
 * when the plan has no such intervention. */
static SkInterventionState *
dup_state (SkPlan  *self,
           gint64   id,
           guint   *position,
           GError **error)
{
  if (!find_index (self, id, position))
    {
      g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_UNKNOWN_INTERVENTION,
                   _("Het plan heeft geen ingreep met nummer %lld"), (long long) id);
      return NULL;
    }
  return sk_intervention_state_copy (sk_intervention_get_state (g_ptr_array_index (self->items,
                                                                                  *position)));
}

/* Pushes a change of ID to AFTER (taken), or nothing when it is no change. */
static void
push_change (SkPlan              *self,
             SkPlanOp             op,
             gint64               id,
             guint                position,
             SkInterventionState *after)
{
  SkIntervention *item = g_ptr_array_index (self->items, position);
  SkPlanCommand *command;

  if (sk_intervention_state_equal (sk_intervention_get_state (item), after))
    {
      sk_intervention_state_free (after);
      return;
    }
  command = g_new0 (SkPlanCommand, 1);
  command->op = op;
  command->id = id;
  command->position = position;
  command->before = sk_intervention_state_copy (sk_intervention_get_state (item));
  command->after = after;
  push (self, command);
}

static const SkKind *
find_kind (SkPlan      *self,
           const char  *kind_id,
           GError     **error)
{
  const SkKind *kind = sk_toolbox_find_kind (self->toolbox, kind_id);

  if (kind == NULL)
    g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_UNKNOWN_KIND,
                 _("De toolbox heeft geen soort “%s”"), kind_id);
  return kind;
}

gint64
sk_plan_add (SkPlan          *self,
             const char      *kind_id,
             const SkLatLon  *points,
             size_t           n_points,
             const char      *participant,
             GError         **error)
{
  const SkKind *kind;
  SkInterventionState *state;
  SkPlanCommand *command;

  g_return_val_if_fail (SK_IS_PLAN (self), 0);
  g_return_val_if_fail (kind_id != NULL, 0);

  if ((kind = find_kind (self, kind_id, error)) == NULL
      || (state = sk_intervention_state_new (kind, points, n_points, error)) == NULL)
    return 0;
  state->participant = g_strdup (participant);
  command = g_new0 (SkPlanCommand, 1);
  command->op = SK_PLAN_OP_ADD;
  command->id = self->next_id;
  command->position = self->items->len;
  command->after = state;
  push (self, command);
  return command->id;
}

gboolean
sk_plan_move (SkPlan  *self,
              gint64   id,
              double   dlat,
              double   dlon,
              GError **error)
{
  SkInterventionState *state;
  g_autofree SkLatLon *points = NULL;
  guint position;

  g_return_val_if_fail (SK_IS_PLAN (self), FALSE);
  if ((state = dup_state (self, id, &position, error)) == NULL)
    return FALSE;
  points = g_memdup2 (state->points, state->n_points * sizeof (SkLatLon));
  for (size_t i = 0; i < state->n_points; i++)
    points[i].lat += dlat, points[i].lon += dlon;
  sk_intervention_state_set_points (state, points, state->n_points);
  push_change (self, SK_PLAN_OP_MOVE, id, position, state);
  return TRUE;
}

gboolean
sk_plan_reshape_vertex (SkPlan    *self,
                        gint64     id,
                        size_t     vertex,
                        SkLatLon   where,
                        GError   **error)
{
  g_autoptr(SkInterventionState) state = NULL;
  g_autofree SkLatLon *points = NULL;
  guint position;

  g_return_val_if_fail (SK_IS_PLAN (self), FALSE);
  if ((state = dup_state (self, id, &position, error)) == NULL)
    return FALSE;
  if (vertex >= state->n_points)
    {
      g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_GEOMETRY,
                   _("De ingreep heeft geen hoekpunt %zu"), vertex + 1);
      return FALSE;
    }
  points = g_memdup2 (state->points, state->n_points * sizeof (SkLatLon));
  points[vertex] = where;
  sk_intervention_state_set_points (state, points, state->n_points);
  push_change (self, SK_PLAN_OP_RESHAPE, id, position, g_steal_pointer (&state));
  return TRUE;
}

gboolean
sk_plan_reshape (SkPlan          *self,
                 gint64           id,
                 const SkLatLon  *points,
                 size_t           n_points,
                 GError         **error)
{
  g_autoptr(SkInterventionState) state = NULL;
  guint position;

  g_return_val_if_fail (SK_IS_PLAN (self), FALSE);
  if ((state = dup_state (self, id, &position, error)) == NULL
      || !sk_geometry_check_points (state->geometry, n_points, error))
    return FALSE;
  sk_intervention_state_set_points (state, points, n_points);
  push_change (self, SK_PLAN_OP_RESHAPE, id, position, g_steal_pointer (&state));
  return TRUE;
}

static gboolean
check_parameter (const SkKind       *kind,
                 const char         *param_id,
                 double              value,
                 GError            **error)
{
  const SkParameter *param = sk_kind_find_parameter (kind, param_id);

  if (param == NULL)
    g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_PARAMETER,
                 _("%s heeft geen parameter “%s”"), sk_kind_get_display_name (kind), param_id);
  else if (param->from_geometry != SK_FROM_GEOMETRY_NONE)
    g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_PARAMETER,
                 _("%s volgt uit de getekende vorm; pas de vorm aan"), param->name);
  else if (!(value >= param->min && value <= param->max))
    g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_PARAMETER,
                 _("%s moet tussen %g en %g %s liggen"), param->name, param->min, param->max,
                 param->unit);
  else
    return TRUE;
  return FALSE;
}

gboolean
sk_plan_edit_parameter (SkPlan      *self,
                        gint64       id,
                        const char  *param_id,
                        double       value,
                        GError     **error)
{
  g_autoptr(SkInterventionState) state = NULL;
  const SkKind *kind;
  guint position;

  g_return_val_if_fail (SK_IS_PLAN (self), FALSE);
  g_return_val_if_fail (param_id != NULL, FALSE);
  if ((state = dup_state (self, id, &position, error)) == NULL
      || (kind = find_kind (self, state->kind_id, error)) == NULL
      || !check_parameter (kind, param_id, value, error))
    return FALSE;
  for (size_t i = 0; i < state->n_parameters; i++)
    if (g_str_equal (state->parameters[i].id, param_id))
      state->parameters[i].value = value;
  push_change (self, SK_PLAN_OP_EDIT, id, position, g_steal_pointer (&state));
  return TRUE;
}

static void
replace_text (char       **field,
              const char  *text)
{
  if (text == NULL)
    return;
  g_free (*field);
  *field = *text != '\0' ? g_strdup (text) : NULL;
}

gboolean
sk_plan_edit_text (SkPlan      *self,
                   gint64       id,
                   const char  *name,
                   const char  *note,
                   GError     **error)
{
  SkInterventionState *state;
  guint position;

  g_return_val_if_fail (SK_IS_PLAN (self), FALSE);
  if ((state = dup_state (self, id, &position, error)) == NULL)
    return FALSE;
  replace_text (&state->name, name);
  replace_text (&state->note, note);
  push_change (self, SK_PLAN_OP_EDIT, id, position, state);
  return TRUE;
}

gboolean
sk_plan_delete (SkPlan  *self,
                gint64   id,
                GError **error)
{
  SkPlanCommand *command;
  SkInterventionState *state;
  guint position;

  g_return_val_if_fail (SK_IS_PLAN (self), FALSE);
  if ((state = dup_state (self, id, &position, error)) == NULL)
    return FALSE;
  command = g_new0 (SkPlanCommand, 1);
  command->op = SK_PLAN_OP_DELETE;
  command->id = id;
  command->position = position;
  command->before = state;
  push (self, command);
  return TRUE;
}

static gboolean
check_replay (SkPlan               *self,
              const SkPlanCommand  *command,
              GError              **error)
{
  guint position;

  if (command->op == SK_PLAN_OP_ADD)
    {
      if (find_index (self, command->id, &position))
        {
          g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_UNKNOWN_INTERVENTION,
                       _("Het plan heeft al een ingreep met nummer %lld"),
                       (long long) command->id);
          return FALSE;
        }
    }
  else
    {
      g_autoptr(SkInterventionState) state = dup_state (self, command->id, &position, error);

      if (state == NULL)
        return FALSE;
    }
  if (command->after != NULL
      && (find_kind (self, command->after->kind_id, error) == NULL
          || !sk_geometry_check_points (command->after->geometry, command->after->n_points, error)))
    return FALSE;
  return TRUE;
}

gboolean
sk_plan_apply (SkPlan               *self,
               const SkPlanCommand  *command,
               GError              **error)
{
  SkPlanCommand *copy;
  guint position = 0;

  g_return_val_if_fail (SK_IS_PLAN (self), FALSE);
  g_return_val_if_fail (command != NULL, FALSE);
  g_return_val_if_fail ((command->after != NULL) == (command->op != SK_PLAN_OP_DELETE), FALSE);

  if (!check_replay (self, command, error))
    return FALSE;
  copy = g_new0 (SkPlanCommand, 1);
  copy->op = command->op;
  copy->id = command->id;
  copy->after = command->after ? sk_intervention_state_copy (command->after) : NULL;
  if (command->op == SK_PLAN_OP_ADD)
    copy->position = MIN (command->position, self->items->len);
  else
    {
      copy->before = dup_state (self, command->id, &position, NULL);
      copy->position = position;
    }
  push (self, copy);
  return TRUE;
}

gboolean
sk_plan_load (SkPlan                    *self,
              gint64                     id,
              const SkInterventionState *state,
              GError                   **error)
{
  g_return_val_if_fail (SK_IS_PLAN (self), FALSE);
  g_return_val_if_fail (id > 0 && state != NULL, FALSE);

  if (sk_plan_find (self, id) != NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_UNKNOWN_INTERVENTION,
                   _("Het plan heeft al een ingreep met nummer %s."), number);
      return FALSE;
    }
  if (sk_toolbox_find_kind (self->toolbox, state->kind_id) == NULL)
    {
      g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_UNKNOWN_KIND,
                   _("De gereedschapskist kent “%s” niet."), state->kind_id);
      return FALSE;
    }
  /* Not a command: what was saved is where the undo history starts. */
  g_ptr_array_add (self->items, sk_intervention_new (id, state));
  self->next_id = MAX (self->next_id, id + 1);
  g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);
  return TRUE;
}

void
sk_plan_clear (SkPlan *self)
{
  gboolean could_undo, could_redo;
  guint n;

  g_return_if_fail (SK_IS_PLAN (self));

  could_undo = sk_plan_can_undo (self);
  could_redo = sk_plan_can_redo (self);
  n = self->items->len;
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  g_ptr_array_set_size (self->items, 0);
  if (n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
  notify_stacks (self, could_undo, could_redo);
}

char *
sk_plan_describe (SkPlan              *self,
                  const SkPlanCommand *command,
                  SkPlanDirection      direction)
{
  const SkInterventionState *state = command->after ? command->after : command->before;
  const SkKind *kind = sk_toolbox_find_kind (self->toolbox, state->kind_id);
  const char *name = kind ? sk_kind_get_display_name (kind) : state->kind_id;
  g_autofree char *what = NULL;

  switch (command->op)
    {
    case SK_PLAN_OP_ADD:
      what = g_strdup_printf (_("%s geplaatst"), name);
      break;
    case SK_PLAN_OP_MOVE:
      what = g_strdup_printf (_("%s verplaatst"), name);
      break;
    case SK_PLAN_OP_RESHAPE:
      what = g_strdup_printf (_("%s: vorm aangepast"), name);
      break;
    case SK_PLAN_OP_EDIT:
      what = g_strdup_printf (_("%s aangepast"), name);
      break;
    case SK_PLAN_OP_DELETE:
    default:
      what = g_strdup_printf (_("%s verwijderd"), name);
      break;
    }
  if (direction == SK_PLAN_UNDO)
    return g_strdup_printf (_("Ongedaan gemaakt: %s"), what);
  if (direction == SK_PLAN_REDO)
    return g_strdup_printf (_("Opnieuw gedaan: %s"), what);
  return g_steal_pointer (&what);
}

/* Snapshots */

static void
snapshot_clear (SkPlanSnapshot *snapshot)
{
  for (size_t i = 0; i < snapshot->n_items; i++)
    sk_intervention_state_free (snapshot->states[i]);
  g_free (snapshot->states);
  g_free (snapshot->ids);
}

SkPlanSnapshot *
sk_plan_dup_snapshot (SkPlan *self)
{
  SkPlanSnapshot *snapshot;

  g_return_val_if_fail (SK_IS_PLAN (self), NULL);
  snapshot = g_atomic_rc_box_new0 (SkPlanSnapshot);
  snapshot->n_items = self->items->len;
  snapshot->ids = g_new0 (gint64, self->items->len);
  snapshot->states = g_new0 (SkInterventionState *, self->items->len);
  for (guint i = 0; i < self->items->len; i++)
    {
      SkIntervention *item = g_ptr_array_index (self->items, i);

      snapshot->ids[i] = sk_intervention_get_id (item);
      snapshot->states[i] = sk_intervention_state_copy (sk_intervention_get_state (item));
    }
  return snapshot;
}

SkPlanSnapshot *
sk_plan_snapshot_ref (SkPlanSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, NULL);
  return g_atomic_rc_box_acquire (snapshot);
}

void
sk_plan_snapshot_unref (SkPlanSnapshot *snapshot)
{
  g_return_if_fail (snapshot != NULL);
  g_atomic_rc_box_release_full (snapshot, (GDestroyNotify) snapshot_clear);
}

size_t
sk_plan_snapshot_get_n_items (SkPlanSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, 0);
  return snapshot->n_items;
}

gint64
sk_plan_snapshot_get_id (SkPlanSnapshot *snapshot,
                         size_t          i)
{
  g_return_val_if_fail (snapshot != NULL && i < snapshot->n_items, 0);
  return snapshot->ids[i];
}

const SkInterventionState *
sk_plan_snapshot_get_state (SkPlanSnapshot *snapshot,
                            size_t          i)
{
  g_return_val_if_fail (snapshot != NULL && i < snapshot->n_items, NULL);
  return snapshot->states[i];
}
