/* sk-store-geometry.c — the GeoJSON geometries a session stores: Point,
 * LineString and Polygon, WGS84 positions as [lon, lat]. */
#include "sk-json.h"
#include "sk-config.h"
#include "sk-store.h"

#include <glib/gi18n-lib.h>
#include <math.h>

typedef void (*PositionFunc) (JsonArray *position,
                              gpointer   user_data);

static gboolean
is_position (JsonNode *node)
{
  JsonArray *a;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  a = json_node_get_array (node);
  if (json_array_get_length (a) < 2)
    return FALSE;
  for (guint i = 0; i < 2; i++)
    {
      JsonNode *n = json_array_get_element (a, i);
      if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) == G_TYPE_STRING
          || json_node_get_value_type (n) == G_TYPE_BOOLEAN)
        return FALSE;
    }
  return fabs (json_array_get_double_element (a, 0)) <= 180.0
         && fabs (json_array_get_double_element (a, 1)) <= 90.0;
}

/* Calls @func for every position of a list of @min_n or more positions. */
static gboolean
walk_positions (JsonNode     *node,
                guint         min_n,
                PositionFunc  func,
                gpointer      user_data)
{
  JsonArray *a;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  a = json_node_get_array (node);
  if (json_array_get_length (a) < min_n)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      if (!is_position (json_array_get_element (a, i)))
        return FALSE;
      if (func != NULL)
        func (json_array_get_array_element (a, i), user_data);
    }
  return TRUE;
}

static gboolean
walk_geometry (JsonNode     *root,
               PositionFunc  func,
               gpointer      user_data)
{
  JsonObject *object;
  JsonNode *coordinates;
  const char *type;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  object = json_node_get_object (root);
  type = sk_json_object_get_string (object, "type", "");
  coordinates = json_object_get_member (object, "coordinates");
  if (coordinates == NULL)
    return FALSE;
  if (g_str_equal (type, "Point"))
    {
      if (!is_position (coordinates))
        return FALSE;
      if (func != NULL)
        func (json_node_get_array (coordinates), user_data);
      return TRUE;
    }
  if (g_str_equal (type, "LineString"))
    return walk_positions (coordinates, 2, func, user_data);
  if (g_str_equal (type, "Polygon") && JSON_NODE_HOLDS_ARRAY (coordinates)
      && json_array_get_length (json_node_get_array (coordinates)) >= 1)
    {
      JsonArray *rings = json_node_get_array (coordinates);

      for (guint i = 0; i < json_array_get_length (rings); i++)
        if (!walk_positions (json_array_get_element (rings, i), 4, func, user_data))
          return FALSE;
      return TRUE;
    }
  return FALSE;
}

static void
extend_bbox (JsonArray *position,
             gpointer   user_data)
{
  sk_bbox_extend (user_data, json_array_get_double_element (position, 1),
                  json_array_get_double_element (position, 0));
}

static JsonNode *
parse_geometry (const char  *geometry,
                SkBBox      *bbox,
                GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  sk_bbox_init_empty (bbox);
  if (geometry == NULL || !sk_json_parser_load (parser, geometry, -1, SK_STORE_MAX_JSON, NULL)
      || !walk_geometry (json_parser_get_root (parser), extend_bbox, bbox))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("De vorm op de kaart klopt niet: verwacht een punt, lijn of vlak met "
                     "posities [lengtegraad, breedtegraad]."));
      return NULL;
    }
  root = json_parser_steal_root (parser);
  return root;
}

gboolean
sk_store_geometry_bbox (const char  *geometry,
                        SkBBox      *bbox,
                        GError     **error)
{
  g_autoptr(JsonNode) root = parse_geometry (geometry, bbox, error);

  return root != NULL;
}

typedef struct
{
  double dlat;
  double dlon;
} Shift;

static void
shift_position (JsonArray *position,
                gpointer   user_data)
{
  const Shift *shift = user_data;
  double lon = json_array_get_double_element (position, 0) + shift->dlon;
  double lat = json_array_get_double_element (position, 1) + shift->dlat;
  JsonNode *lon_node = json_array_get_element (position, 0);
  JsonNode *lat_node = json_array_get_element (position, 1);

  json_node_set_double (lon_node, lon);
  json_node_set_double (lat_node, lat);
}

char *
sk_store_geometry_move (const char  *geometry,
                        double       lat,
                        double       lon,
                        GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  SkBBox bbox;
  SkLatLon centre;
  Shift shift;

  if (fabs (lat) > 90.0 || fabs (lon) > 180.0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("De plek %g, %g ligt niet op aarde: breedtegraad tussen -90 en 90, "
                     "lengtegraad tussen -180 en 180."),
                   lat, lon);
      return NULL;
    }
  root = parse_geometry (geometry, &bbox, error);
  if (root == NULL)
    return NULL;
  centre = sk_bbox_get_centre (&bbox);
  shift.dlat = lat - centre.lat;
  shift.dlon = lon - centre.lon;
  walk_geometry (root, shift_position, &shift);
  /* A point lands exactly where asked, without rounding of the shift. */
  if (g_str_equal (json_object_get_string_member (json_node_get_object (root), "type"), "Point"))
    {
      JsonArray *position = json_object_get_array_member (json_node_get_object (root),
                                                          "coordinates");

      json_node_set_double (json_array_get_element (position, 0), lon);
      json_node_set_double (json_array_get_element (position, 1), lat);
    }
  generator = json_generator_new ();
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
