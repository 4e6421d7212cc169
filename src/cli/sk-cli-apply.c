/* sk-cli-apply.c — reading one line of `session apply` (sk-cli-apply.h).
 *
 * Every field is read strictly: an id is a JSON integer above 0 ("1" and
 * 1.0 are refused, not read as 0), a text is a JSON string, a number a
 * JSON number; the message names the field. sk_json_parser_load already
 * refused numbers json-glib cannot hold, \u0000 and lone surrogates.
 */
#include "sk-intervention.h"
#include "sk-json.h"
#include "sk-config.h"

#include <glib/gi18n.h>

#include "sk-cli-apply.h"

typedef struct
{
  const char *name;
  SkStoreOp   op;
} OpName;

static const OpName op_names[] = {
  { "add", SK_STORE_OP_ADD },         { "move", SK_STORE_OP_MOVE },
  { "reshape", SK_STORE_OP_RESHAPE }, { "edit", SK_STORE_OP_EDIT },
  { "delete", SK_STORE_OP_DELETE },   { "comment", SK_STORE_OP_COMMENT },
  { "vote", SK_STORE_OP_VOTE },       { "undo", SK_STORE_OP_UNDO },
  { "participant", SK_STORE_OP_PARTICIPANT },
  { "variant-new", SK_STORE_OP_VARIANT_NEW },
  { "variant-duplicate", SK_STORE_OP_VARIANT_DUPLICATE },
  { "variant-rename", SK_STORE_OP_VARIANT_RENAME },
  { "metadata", SK_STORE_OP_METADATA },
  { "facility-add", SK_STORE_OP_FACILITY_ADD },
  { "facility-remove", SK_STORE_OP_FACILITY_REMOVE },
};

void
sk_cli_apply_clear (SkCliApply *apply)
{
  g_clear_object (&apply->parser);
  g_clear_pointer (&apply->geometry, g_free);
  g_clear_pointer (&apply->params, g_free);
  memset (&apply->action, 0, sizeof apply->action);
}

static gboolean invalid (GError    **error,
                         const char *format,
                         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError    **error,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, message);
  return FALSE;
}

static GType
value_type (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node)
                                                      : G_TYPE_INVALID;
}

static gboolean
read_number (JsonObject  *o,
             const char  *member,
             double      *value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (o, member);

  if (value_type (node) != G_TYPE_DOUBLE && value_type (node) != G_TYPE_INT64)
    return invalid (error, _("Het veld “%s” ontbreekt of is geen getal."), member);
  *value = json_node_get_double (node);
  return TRUE;
}

/* An id: absent (or null) is 0; else a JSON integer above 0. */
static gboolean
read_id (JsonObject  *o,
         const char  *member,
         gint64      *id,
         GError     **error)
{
  JsonNode *node = json_object_get_member (o, member);

  *id = 0;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (value_type (node) != G_TYPE_INT64 || json_node_get_int (node) <= 0)
    return invalid (error, _("Het veld “%s” moet een geheel getal groter dan 0 zijn, zonder "
                             "aanhalingstekens of komma, zoals 3."), member);
  *id = json_node_get_int (node);
  return TRUE;
}

/* A text: absent (or null) is NULL; else a JSON string. */
static gboolean
read_text (JsonObject  *o,
           const char  *member,
           const char **text,
           GError     **error)
{
  JsonNode *node = json_object_get_member (o, member);

  *text = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (value_type (node) != G_TYPE_STRING)
    return invalid (error, _("Het veld “%s” moet een tekst tussen aanhalingstekens zijn."),
                    member);
  *text = json_node_get_string (node);
  return TRUE;
}

/* The member as JSON text (objects stay objects), or NULL. */
static char *
read_json (JsonObject *o,
           const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  return node ? json_to_string (node, FALSE) : NULL;
}

/* A ring from the corners A, closed when it is not. */
static char *
polygon_from (JsonArray *a,
              gboolean   closed)
{
  g_autoptr(JsonArray) ring = NULL;
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
  g_autofree char *list = NULL;
  guint n = json_array_get_length (a);

  /* A ring ends where it starts. (The ring was json_array_ref (a) and
   * then replaced here, leaking the line's parsed tree: the fuzzer's
   * first finding in this reader.) */
  if (n == 0 || closed)
    ring = json_array_ref (a);
  else
    {
      ring = json_array_sized_new (n + 1);
      for (guint i = 0; i < n; i++)
        json_array_add_element (ring, json_node_copy (json_array_get_element (a, i)));
      json_array_add_element (ring, json_node_copy (json_array_get_element (a, 0)));
    }
  json_node_set_array (node, ring);
  list = json_to_string (node, FALSE);
  return g_strdup_printf ("{\"type\":\"Polygon\",\"coordinates\":[%s]}", list);
}

/* A GeoJSON geometry from "geometry" (an object), "coordinates"
 * ([[lon, lat], …]: a line, or an area when "shape" is "area" or the
 * ring is closed) or "lat"/"lon" (a point). */
static char *
read_geometry (JsonObject  *o,
               const char  *shape,
               GError     **error)
{
  JsonNode *coordinates = json_object_get_member (o, "coordinates");
  g_autofree char *list = NULL;
  double lat, lon;

  if (json_object_has_member (o, "geometry"))
    return read_json (o, "geometry");
  if (coordinates != NULL && JSON_NODE_HOLDS_ARRAY (coordinates))
    {
      JsonArray *a = json_node_get_array (coordinates);
      guint n = json_array_get_length (a);
      gboolean closed = n >= 4 && json_node_equal (json_array_get_element (a, 0),
                                                   json_array_get_element (a, n - 1));

      if (g_strcmp0 (shape, "area") == 0 || (shape == NULL && closed))
        return polygon_from (a, closed);
      list = json_to_string (coordinates, FALSE);
      return g_strdup_printf ("{\"type\":\"LineString\",\"coordinates\":%s}", list);
    }
  if (!read_number (o, "lat", &lat, error) || !read_number (o, "lon", &lon, error))
    return NULL;
  return g_strdup_printf ("{\"type\":\"Point\",\"coordinates\":[%.9g,%.9g]}", lon, lat);
}

/* The corners of a LineString or Polygon geometry (outer ring), in order. */
static void
read_corners (JsonObject *geometry,
              GArray     *points)
{
  JsonNode *member = json_object_get_member (geometry, "coordinates");
  JsonArray *coords = member != NULL && JSON_NODE_HOLDS_ARRAY (member) ? json_node_get_array (member)
                                                                       : NULL;
  gboolean polygon = g_strcmp0 (sk_json_object_get_string (geometry, "type", NULL), "Polygon") == 0;

  if (coords != NULL && polygon && json_array_get_length (coords) > 0
      && JSON_NODE_HOLDS_ARRAY (json_array_get_element (coords, 0)))
    coords = json_array_get_array_element (coords, 0);
  for (guint i = 0; coords != NULL && i < json_array_get_length (coords); i++)
    {
      JsonNode *node = json_array_get_element (coords, i);
      JsonArray *pair = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
      SkLatLon p;

      if (pair == NULL || json_array_get_length (pair) < 2)
        continue;
      p.lon = json_array_get_double_element (pair, 0);
      p.lat = json_array_get_double_element (pair, 1);
      g_array_append_val (points, p);
    }
  /* A closed ring repeats its first corner; the state keeps it once. */
  if (polygon && points->len > 1
      && g_array_index (points, SkLatLon, 0).lat == g_array_index (points, SkLatLon, points->len - 1).lat
      && g_array_index (points, SkLatLon, 0).lon == g_array_index (points, SkLatLon, points->len - 1).lon)
    g_array_set_size (points, points->len - 1);
}

/* A line or area as drawn: an outline that does not cross itself, sizes
 * measured from it within the kind's range (sk_intervention_state_check_drawn). */
static gboolean
check_drawn (const SkKind  *kind,
             JsonObject    *geometry,
             GError       **error)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (SkLatLon));
  g_autoptr(GError) local_error = NULL;
  SkInterventionState *state;
  gboolean ok;

  if (kind->geometry == SK_GEOMETRY_POINT)
    return TRUE;
  read_corners (geometry, points);
  state = sk_intervention_state_new (kind, (SkLatLon *) points->data, points->len, &local_error);
  ok = state != NULL && sk_intervention_state_check_drawn (kind, state, &local_error);
  sk_intervention_state_free (state);
  if (!ok)
    return invalid (error, "%s", local_error->message);
  return TRUE;
}

/* An idea must be a kind of the toolbox, drawn as that kind is drawn (a
 * woonerf is an area, an ommetje a line), or the app could not show it:
 * refused here, before anything is stored. */
static gboolean
check_kind (SkToolbox   *toolbox,
            const char  *kind_id,
            const char  *geometry,
            GError     **error)
{
  static const char *const types[] = { "Point", "LineString", "Polygon" };
  g_autoptr(JsonParser) parser = json_parser_new ();
  const SkKind *kind = kind_id ? sk_toolbox_find_kind (toolbox, kind_id) : NULL;
  const char *type = NULL;

  if (kind == NULL)
    return invalid (error, _("De gereedschapskist kent “%s” niet."), kind_id ? kind_id : "");
  if (sk_json_parser_load (parser, geometry, -1, SK_STORE_MAX_JSON, NULL)
      && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    type = sk_json_object_get_string (json_node_get_object (json_parser_get_root (parser)),
                                                       "type", NULL);
  if (g_strcmp0 (type, types[kind->geometry]) != 0)
    {
      static const char *const shapes[] = { N_("een punt: geef lat en lon"),
                                            N_("een lijn: geef coordinates met twee of meer punten"),
                                            N_("een gebied: geef coordinates met de hoeken") };

      /* Translators: e.g. "Woonerf is een gebied: geef coordinates met de hoeken." */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s is %s."), kind->name,
                   _(shapes[kind->geometry]));
      return FALSE;
    }
  return check_drawn (kind, json_node_get_object (json_parser_get_root (parser)), error);
}

/* The params of an add or edit against the ranges of KIND_ID's
 * parameters (sk_kind_check_params, as the GeoJSON plan reader does). */
static gboolean
check_params (SkToolbox   *toolbox,
              const char  *kind_id,
              JsonObject  *o,
              gboolean     edit,
              GError     **error)
{
  const SkKind *kind = kind_id ? sk_toolbox_find_kind (toolbox, kind_id) : NULL;
  JsonNode *params = json_object_get_member (o, "params");
  g_autoptr(GError) local_error = NULL;

  /* No object at all: the store says so in its own words. */
  if (kind == NULL || params == NULL || !JSON_NODE_HOLDS_OBJECT (params))
    return TRUE;
  if (sk_kind_check_params (kind, params, edit, &local_error))
    return TRUE;
  /* Translators: "De waarden (params) kloppen niet: oppervlakte is -5; kies …" */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("De waarden (params) kloppen niet: %s"), local_error->message);
  return FALSE;
}

/* The kind of the idea ID in STORE, or NULL when it is not known. */
static char *
stored_kind (SkStore *store,
             gint64   id)
{
  g_autoptr(SkStoreIntervention) iv = NULL;

  if (store == NULL || id <= 0)
    return NULL;
  iv = sk_store_get_intervention (store, id, NULL);
  return iv ? g_strdup (iv->kind) : NULL;
}

static gboolean
read_op (JsonObject  *o,
         SkStoreOp   *op,
         GError     **error)
{
  const char *name = NULL;

  if (!read_text (o, "op", &name, error))
    return FALSE;
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (op_names); i++)
    if (g_str_equal (name, op_names[i].name))
      {
        *op = op_names[i].op;
        return TRUE;
      }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("Onbekende stap “%s”: kies add, move, reshape, edit, delete, comment, vote, "
                 "undo, participant, variant-new, variant-duplicate, variant-rename, "
                 "metadata, facility-add of facility-remove."),
               name ? name : "");
  return FALSE;
}

static gboolean
read_fields (JsonObject     *o,
             SkStoreAction  *a,
             GError        **error)
{
  const struct
  {
    const char  *member;
    const char **field;
  } texts[] = {
    { "kind", &a->kind },   { "name", &a->name },     { "note", &a->note },
    { "text", &a->text },   { "role", &a->role },     { "colour", &a->colour },
    { "title", &a->title }, { "place", &a->place },   { "date", &a->date },
    { "format", &a->format },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!read_text (o, texts[i].member, texts[i].field, error))
      return FALSE;
  if ((a->op != SK_STORE_OP_PARTICIPANT && !read_id (o, "participant", &a->participant_id, error))
      || !read_id (o, "id", &a->intervention_id, error)
      || !read_id (o, "variant", &a->variant_id, error))
    return FALSE;
  if (a->op != SK_STORE_OP_FACILITY_ADD && a->op != SK_STORE_OP_FACILITY_REMOVE)
    return TRUE;
  /* A facility the region lacks: "type", "lat", "lon", an optional
   * "name"; "id" names the one to take away (or to put back). */
  a->correction_id = a->intervention_id;
  a->intervention_id = 0;
  return read_text (o, "type", &a->facility, error);
}

/* The shape of an add or reshape, checked against the idea's kind. */
static gboolean
read_shape (SkCliApply  *apply,
            SkToolbox   *toolbox,
            SkStore     *store,
            JsonObject  *o,
            GError     **error)
{
  SkStoreAction *a = &apply->action;
  g_autofree char *kind_id = a->op == SK_STORE_OP_ADD ? g_strdup (a->kind)
                                                      : stored_kind (store, a->intervention_id);
  const SkKind *kind = kind_id ? sk_toolbox_find_kind (toolbox, kind_id) : NULL;
  const char *shape = NULL;

  if (!read_text (o, "shape", &shape, error))
    return FALSE;
  /* The corners of an area kind make an area, closed or not. */
  if (kind != NULL && kind->geometry == SK_GEOMETRY_AREA && shape == NULL)
    shape = "area";
  apply->geometry = read_geometry (o, shape, error);
  if (apply->geometry == NULL)
    return FALSE;
  a->geometry = apply->geometry;
  /* A reshape keeps the kind: a pluktuin drawn as an area would vanish. */
  return (a->op == SK_STORE_OP_RESHAPE && kind_id == NULL)
         || check_kind (toolbox, kind_id, apply->geometry, error);
}

gboolean
sk_cli_apply_read (SkCliApply  *apply,
                   SkToolbox   *toolbox,
                   SkStore     *store,
                   const char  *line,
                   gssize       length,
                   GError     **error)
{
  g_autoptr(GError) parse_error = NULL;
  SkStoreAction *a = &apply->action;
  JsonObject *o;

  g_return_val_if_fail (apply->parser == NULL, FALSE);

  apply->parser = json_parser_new ();
  if (!sk_json_parser_load (apply->parser, line, length, SK_STORE_MAX_JSON, &parse_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   g_error_matches (parse_error, SK_JSON_ERROR, SK_JSON_ERROR_NUMBER)
                   || g_error_matches (parse_error, SK_JSON_ERROR, SK_JSON_ERROR_TEXT)
                   ? _("Deze regel klopt niet: %s.") : _("Deze regel is geen geldige JSON (%s)."),
                   parse_error->message);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (apply->parser)))
    return invalid (error, "%s", _("Elke regel moet één JSON-object zijn."));
  o = json_node_get_object (json_parser_get_root (apply->parser));
  if (!read_op (o, &a->op, error) || !read_fields (o, a, error))
    return FALSE;
  apply->params = read_json (o, "params");
  a->params = apply->params;
  if ((a->op == SK_STORE_OP_ADD || a->op == SK_STORE_OP_RESHAPE)
      && !read_shape (apply, toolbox, store, o, error))
    return FALSE;
  if (a->op == SK_STORE_OP_ADD && !check_params (toolbox, a->kind, o, FALSE, error))
    return FALSE;
  if (a->op == SK_STORE_OP_EDIT)
    {
      g_autofree char *kind_id = stored_kind (store, a->intervention_id);

      if (!check_params (toolbox, kind_id, o, TRUE, error))
        return FALSE;
    }
  if (((a->op == SK_STORE_OP_FACILITY_ADD && a->correction_id == 0)
       || a->op == SK_STORE_OP_MOVE || a->op == SK_STORE_OP_COMMENT)
      && (!read_number (o, "lat", &a->lat, error) || !read_number (o, "lon", &a->lon, error)))
    return FALSE;
  return TRUE;
}
