/* sk-plan-json.c — plan commands to and from JSON, so that the session
 * store can record every command and replay it (format in sk-plan.h). */
#include "sk-config.h"
#include "sk-plan.h"
#include "sk-json.h"

#include <glib/gi18n-lib.h>

static const char *const from_geometry_ids[] = { NULL, "length", "area" };

static void
add_points (JsonBuilder               *b,
            const SkInterventionState *state)
{
  json_builder_set_member_name (b, "points");
  json_builder_begin_array (b);
  for (size_t i = 0; i < state->n_points; i++)
    {
      json_builder_begin_array (b);
      json_builder_add_double_value (b, state->points[i].lat);
      json_builder_add_double_value (b, state->points[i].lon);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
}

static void
add_state (JsonBuilder               *b,
           const char                *name,
           const SkInterventionState *state)
{
  json_builder_set_member_name (b, name);
  if (state == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  sk_json_add_string (b, "kind", state->kind_id);
  sk_json_add_string (b, "geometry", sk_geometry_to_id (state->geometry));
  add_points (b, state);
  json_builder_set_member_name (b, "parameters");
  json_builder_begin_array (b);
  for (size_t i = 0; i < state->n_parameters; i++)
    {
      json_builder_begin_object (b);
      sk_json_add_string (b, "id", state->parameters[i].id);
      json_builder_set_member_name (b, "value");
      json_builder_add_double_value (b, state->parameters[i].value);
      sk_json_add_string (b, "from_geometry", from_geometry_ids[state->parameters[i].from_geometry]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  sk_json_add_string (b, "name", state->name);
  sk_json_add_string (b, "note", state->note);
  sk_json_add_string (b, "participant", state->participant);
  json_builder_end_object (b);
}

JsonNode *
sk_plan_command_to_json (const SkPlanCommand *command)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (command != NULL, NULL);
  json_builder_begin_object (b);
  sk_json_add_string (b, "op", sk_plan_op_to_id (command->op));
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, command->id);
  json_builder_set_member_name (b, "position");
  json_builder_add_int_value (b, command->position);
  add_state (b, "before", command->before);
  add_state (b, "after", command->after);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static gboolean
bad (GError     **error,
     const char  *field)
{
  g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_FORMAT,
               _("Een opgeslagen bewerking klopt niet: het veld “%s” ontbreekt of is onjuist"), field);
  return FALSE;
}

static gboolean
get_number (JsonObject *obj,
            const char *field,
            double     *out)
{
  JsonNode *node = json_object_get_member (obj, field);

  if (!sk_json_node_is_number (node))
    return FALSE;
  *out = json_node_get_double (node);
  return TRUE;
}

/* A string member, NULL when absent or null; FALSE when of another type. */
static gboolean
get_string (JsonObject  *obj,
            const char  *field,
            char       **out)
{
  JsonNode *node = json_object_get_member (obj, field);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
read_points (JsonObject           *obj,
             SkInterventionState  *state,
             GError              **error)
{
  JsonNode *node = json_object_get_member (obj, "points");
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return bad (error, "points");
  array = json_node_get_array (node);
  state->n_points = json_array_get_length (array);
  state->points = g_new0 (SkLatLon, state->n_points);
  for (guint i = 0; i < state->n_points; i++)
    {
      JsonNode *pair = json_array_get_element (array, i);
      JsonArray *ll = JSON_NODE_HOLDS_ARRAY (pair) ? json_node_get_array (pair) : NULL;

      if (ll == NULL || json_array_get_length (ll) != 2
          || !sk_json_node_is_number (json_array_get_element (ll, 0))
          || !sk_json_node_is_number (json_array_get_element (ll, 1)))
        return bad (error, "points");
      state->points[i].lat = json_array_get_double_element (ll, 0);
      state->points[i].lon = json_array_get_double_element (ll, 1);
    }
  return sk_geometry_check_points (state->geometry, state->n_points, error);
}

static gboolean
read_parameter (JsonNode         *node,
                SkParameterValue *v)
{
  JsonObject *obj = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  g_autofree char *from = NULL;

  if (obj == NULL || !get_string (obj, "id", &v->id) || v->id == NULL
      || !get_number (obj, "value", &v->value) || !get_string (obj, "from_geometry", &from))
    return FALSE;
  v->from_geometry = SK_FROM_GEOMETRY_NONE;
  for (guint k = 1; from != NULL && k < G_N_ELEMENTS (from_geometry_ids); k++)
    if (g_str_equal (from, from_geometry_ids[k]))
      v->from_geometry = (SkFromGeometry) k;
  return from == NULL || v->from_geometry != SK_FROM_GEOMETRY_NONE;
}

static gboolean
read_parameters (JsonObject           *obj,
                 SkInterventionState  *state,
                 GError              **error)
{
  JsonNode *node = json_object_get_member (obj, "parameters");
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return bad (error, "parameters");
  array = json_node_get_array (node);
  state->n_parameters = json_array_get_length (array);
  state->parameters = g_new0 (SkParameterValue, state->n_parameters);
  for (guint i = 0; i < state->n_parameters; i++)
    if (!read_parameter (json_array_get_element (array, i), &state->parameters[i]))
      return bad (error, "parameters");
  return TRUE;
}

/* *OUT stays NULL for a JSON null. */
static gboolean
read_state (JsonObject           *command,
            const char           *field,
            SkInterventionState **out,
            GError              **error)
{
  JsonNode *node = json_object_get_member (command, field);
  g_autoptr(SkInterventionState) state = NULL;
  g_autofree char *geometry = NULL;
  JsonObject *obj;

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return bad (error, field);
  obj = json_node_get_object (node);
  state = g_new0 (SkInterventionState, 1);
  if (!get_string (obj, "kind", &state->kind_id) || state->kind_id == NULL)
    return bad (error, "kind");
  if (!get_string (obj, "geometry", &geometry)
      || (state->geometry = sk_geometry_from_id (geometry)) == SK_GEOMETRY_INVALID)
    return bad (error, "geometry");
  if (!read_points (obj, state, error) || !read_parameters (obj, state, error))
    return FALSE;
  if (!get_string (obj, "name", &state->name) || !get_string (obj, "note", &state->note)
      || !get_string (obj, "participant", &state->participant))
    return bad (error, field);
  *out = g_steal_pointer (&state);
  return TRUE;
}

static gboolean
read_op (JsonObject *obj,
         SkPlanOp   *op)
{
  g_autofree char *id = NULL;

  if (!get_string (obj, "op", &id) || id == NULL)
    return FALSE;
  for (int k = SK_PLAN_OP_ADD; k <= SK_PLAN_OP_DELETE; k++)
    if (g_str_equal (id, sk_plan_op_to_id ((SkPlanOp) k)))
      {
        *op = (SkPlanOp) k;
        return TRUE;
      }
  return FALSE;
}

static gboolean
read_command (JsonObject     *obj,
              SkPlanCommand  *command,
              GError        **error)
{
  JsonNode *id = json_object_get_member (obj, "id");
  double position;

  if (!read_op (obj, &command->op))
    return bad (error, "op");
  if (id == NULL || !JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_INT64
      || json_node_get_int (id) < 1)
    return bad (error, "id");
  command->id = json_node_get_int (id);
  if (!get_number (obj, "position", &position) || position < 0 || position > G_MAXUINT)
    return bad (error, "position");
  command->position = (guint) position;
  if (!read_state (obj, "before", &command->before, error)
      || !read_state (obj, "after", &command->after, error))
    return FALSE;
  if ((command->before == NULL) != (command->op == SK_PLAN_OP_ADD))
    return bad (error, "before");
  if ((command->after == NULL) != (command->op == SK_PLAN_OP_DELETE))
    return bad (error, "after");
  return TRUE;
}

SkPlanCommand *
sk_plan_command_from_json (JsonNode  *node,
                           GError   **error)
{
  g_autoptr(SkPlanCommand) command = g_new0 (SkPlanCommand, 1);

  g_return_val_if_fail (node != NULL, NULL);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      bad (error, "op");
      return NULL;
    }
  if (!read_command (json_node_get_object (node), command, error))
    return NULL;
  return g_steal_pointer (&command);
}
