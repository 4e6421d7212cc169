/* sk-cli-plan-input.c — reads the plan for samenkaart-cli evaluate: a
 * session file, or a GeoJSON FeatureCollection whose features carry the
 * toolbox kind in properties.kind and typed-in parameters by their id
 * (docs/evaluate.md). */
#include "sk-json.h"
#include "sk-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-cli-commands.h"
#include "sk-file.h"
#include "sk-session.h"

/* The largest GeoJSON plan read: 25,000 ideas with long notes fit. */
#define SK_PLAN_MAX_BYTES ((gsize) 256 * 1024 * 1024)

static gboolean
bad (GError    **error,
     guint       feature,
     const char *problem)
{
  /* Translators: "Object 3 in het plan klopt niet: …"; objects count from 1. */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Object %u in het plan klopt niet: %s"),
               feature + 1, problem);
  return FALSE;
}

static gboolean
read_position (JsonNode *node,
               SkLatLon *out)
{
  JsonArray *pair;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  pair = json_node_get_array (node);
  if (json_array_get_length (pair) < 2)
    return FALSE;
  for (guint i = 0; i < 2; i++)
    {
      JsonNode *n = json_array_get_element (pair, i);
      GType t = JSON_NODE_HOLDS_VALUE (n) ? json_node_get_value_type (n) : G_TYPE_INVALID;

      if (t != G_TYPE_INT64 && t != G_TYPE_DOUBLE)
        return FALSE;
    }
  /* GeoJSON order: [lon, lat]. */
  out->lon = json_array_get_double_element (pair, 0);
  out->lat = json_array_get_double_element (pair, 1);
  return fabs (out->lat) <= 90 && fabs (out->lon) <= 180;
}

/* The points of a Point, LineString or Polygon (outer ring, without its
 * closing point) in GEOMETRY, which must fit KIND. */
static gboolean
read_geometry (JsonObject   *feature,
               const SkKind *kind,
               GArray       *points)
{
  static const char *const types[] = { "Point", "LineString", "Polygon" };
  JsonNode *node = json_object_get_member (feature, "geometry");
  JsonObject *geometry;
  JsonNode *coords;
  JsonArray *list;
  SkGeometry shape = kind->geometry;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  geometry = json_node_get_object (node);
  coords = json_object_get_member (geometry, "coordinates");
  /* A plan of an older version may hold the buurtbus as a point. */
  if (kind->was_point && g_strcmp0 (sk_json_object_get_string (geometry, "type", ""), "Point") == 0)
    shape = SK_GEOMETRY_POINT;
  if (g_strcmp0 (sk_json_object_get_string (geometry, "type", ""),
                 types[shape]) != 0 || coords == NULL)
    return FALSE;
  if (shape == SK_GEOMETRY_POINT)
    {
      SkLatLon p;

      g_array_set_size (points, 0);
      return read_position (coords, &p) && (g_array_append_val (points, p), TRUE);
    }
  if (!JSON_NODE_HOLDS_ARRAY (coords))
    return FALSE;
  list = json_node_get_array (coords);
  if (kind->geometry == SK_GEOMETRY_AREA)
    {
      if (json_array_get_length (list) < 1
          || !JSON_NODE_HOLDS_ARRAY (json_array_get_element (list, 0)))
        return FALSE;
      list = json_array_get_array_element (list, 0);
    }
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      SkLatLon p;

      if (!read_position (json_array_get_element (list, i), &p))
        return FALSE;
      g_array_append_val (points, p);
    }
  if (kind->geometry == SK_GEOMETRY_AREA && points->len > 1
      && g_array_index (points, SkLatLon, 0).lat == g_array_index (points, SkLatLon, points->len - 1).lat
      && g_array_index (points, SkLatLon, 0).lon == g_array_index (points, SkLatLon, points->len - 1).lon)
    g_array_set_size (points, points->len - 1);
  return TRUE;
}

/* Typed-in parameters from the properties, checked against their range
 * (sk_parameter_read_value, as `session apply` does). */
static gboolean
read_parameters (JsonObject          *props,
                 const SkKind        *kind,
                 SkInterventionState *state,
                 guint                index,
                 GError             **error)
{
  for (size_t i = 0; i < state->n_parameters; i++)
    {
      const SkParameter *param = &kind->parameters[i];
      JsonNode *node = json_object_get_member (props, param->id);
      g_autoptr(GError) local_error = NULL;

      if (node == NULL || param->from_geometry != SK_FROM_GEOMETRY_NONE)
        continue;
      if (!sk_parameter_read_value (param, node, &state->parameters[i].value, &local_error))
        return bad (error, index, local_error->message);
    }
  return TRUE;
}

/* What the geometry of KIND must be, in words. */
static char *
geometry_problem (const SkKind *kind)
{
  switch (kind->geometry)
    {
    case SK_GEOMETRY_LINE:
      return g_strdup_printf (_("%s is een lijn: geef een geometrie van type LineString met "
                                "twee of meer punten [lon, lat]"), kind->name);
    case SK_GEOMETRY_AREA:
      return g_strdup_printf (_("%s is een vlak: geef een geometrie van type Polygon met een "
                                "ring van punten [lon, lat]"), kind->name);
    case SK_GEOMETRY_POINT:
    case SK_GEOMETRY_INVALID:
    default:
      /* Translators: "Pluktuin is een punt: …". */
      return g_strdup_printf (_("%s is een punt: geef een geometrie van type Point met "
                                "[lon, lat]"), kind->name);
    }
}

static gboolean
read_feature (SkPlan     *plan,
              JsonNode   *node,
              guint       index,
              GError    **error)
{
  SkToolbox *toolbox = sk_plan_get_toolbox (plan);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (SkLatLon));
  g_autoptr(SkInterventionState) state = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *feature, *props;
  const SkKind *kind;
  const char *kind_id;

  if (!JSON_NODE_HOLDS_OBJECT (node)
      || !json_object_has_member (json_node_get_object (node), "properties")
      || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (json_node_get_object (node), "properties")))
    return bad (error, index, _("het heeft geen “properties”"));
  feature = json_node_get_object (node);
  props = json_object_get_object_member (feature, "properties");
  kind_id = sk_json_object_get_string (props, "kind", NULL);
  if (kind_id == NULL)
    return bad (error, index,
                json_object_has_member (props, "kind")
                ? _("“kind” in de properties moet een tekst zijn, zoals \"pluktuin\"")
                : _("“kind” ontbreekt in de properties"));
  if ((kind = sk_toolbox_find_kind (toolbox, kind_id)) == NULL)
    {
      g_autofree char *problem = g_strdup_printf (_("de toolbox kent “%s” niet"), kind_id);
      return bad (error, index, problem);
    }
  if (!read_geometry (feature, kind, points))
    {
      g_autofree char *problem = geometry_problem (kind);

      return bad (error, index, problem);
    }
  state = sk_intervention_state_new (kind, (SkLatLon *) points->data, points->len, &local_error);
  if (state == NULL || !sk_intervention_state_check_drawn (kind, state, &local_error))
    return bad (error, index, local_error->message);
  if (!read_parameters (props, kind, state, index, error))
    return FALSE;
  return sk_plan_load (plan, index + 1, state, error);
}

gboolean
sk_cli_read_geojson_text (SkPlan      *plan,
                          const char  *text,
                          gsize        length,
                          const char  *name,
                          GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonArray *features;

  if (!sk_json_parser_load (parser, text, (gssize) length, SK_PLAN_MAX_BYTES, error))
    return FALSE;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root)
      || g_strcmp0 (sk_json_object_get_string (json_node_get_object (root),
                                                                "type", ""),
                    "FeatureCollection") != 0
      || !json_object_has_member (json_node_get_object (root), "features")
      || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "features")))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is geen GeoJSON FeatureCollection."), name);
      return FALSE;
    }
  features = json_object_get_array_member (json_node_get_object (root), "features");
  for (guint i = 0; i < json_array_get_length (features); i++)
    if (!read_feature (plan, json_array_get_element (features, i), i, error))
      return FALSE;
  return TRUE;
}

static gboolean
read_geojson (SkPlan      *plan,
              const char  *path,
              GError     **error)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &text, &length, error)
         && sk_cli_read_geojson_text (plan, text, length, path, error);
}

static gboolean
read_session (SkPlan      *plan,
              const char  *path,
              char       **region_id,
              GPtrArray  **corrections,
              GError     **error)
{
  g_autoptr(SkStore) store = sk_store_open_readonly (path, error);
  g_autoptr(SkSession) session = NULL;

  if (store == NULL || (session = sk_session_new (store, plan, error)) == NULL)
    return FALSE;
  g_clear_pointer (corrections, g_ptr_array_unref);
  if ((*corrections = sk_store_list_corrections (store, error)) == NULL)
    return FALSE;
  if (sk_session_get_n_skipped (session) > 0)
    g_printerr (_("Let op: %u ingrepen uit de sessie konden niet worden gelezen en tellen niet "
                  "mee.\n"),
                sk_session_get_n_skipped (session));
  *region_id = g_strdup (sk_store_get_metadata (store)->region_id);
  return TRUE;
}

gboolean
sk_cli_read_plan (SkPlan      *plan,
                  const char  *path,
                  char       **region_id,
                  GPtrArray  **corrections,
                  GError     **error)
{
  g_autofree char *start = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInputStream) in = NULL;
  char head[16] = { 0 };

  *region_id = NULL;
  *corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_store_correction_free);
  if (!sk_file_check_readable (path, _("Het plan"), error))
    return FALSE;
  in = g_file_read (file, NULL, error);
  if (in == NULL
      || g_input_stream_read (G_INPUT_STREAM (in), head, sizeof head - 1, NULL, error) < 0)
    return FALSE;
  /* A session is an SQLite file; anything that starts as JSON is GeoJSON. */
  start = g_strchug (g_strdup (head));
  if (start[0] == '{')
    return read_geojson (plan, path, error);
  return read_session (plan, path, region_id, corrections, error);
}
