/* sk-export.c — GeoJSON, CSV and PNG exports of a session. */
#include "sk-config.h"
#include "sk-report-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sk-json.h"

/* ---- GeoJSON ---------------------------------------------------------- */

/* Twice the signed area of a ring in degrees: > 0 counter-clockwise. */
static double
ring_orientation (JsonArray *ring)
{
  double sum = 0;

  for (guint i = 0; i + 1 < json_array_get_length (ring); i++)
    {
      JsonArray *a = json_array_get_array_element (ring, i);
      JsonArray *b = json_array_get_array_element (ring, i + 1);

      sum += json_array_get_double_element (a, 0) * json_array_get_double_element (b, 1)
             - json_array_get_double_element (b, 0) * json_array_get_double_element (a, 1);
    }
  return sum;
}

/* A copy of GEOMETRY with a polygon's outer ring counter-clockwise, as
 * RFC 7946 §3.1.6 asks. */
static JsonNode *
rfc7946_geometry (JsonNode *geometry)
{
  JsonNode *copy = json_node_copy (geometry);
  JsonObject *o = json_node_get_object (copy);
  JsonArray *rings, *ring, *reversed;

  if (g_strcmp0 (sk_json_object_get_string (o, "type", ""), "Polygon") != 0)
    return copy;
  rings = json_object_get_array_member (o, "coordinates");
  ring = json_array_get_array_element (rings, 0);
  if (ring_orientation (ring) >= 0)
    return copy;
  reversed = json_array_sized_new (json_array_get_length (ring));
  for (guint i = json_array_get_length (ring); i > 0; i--)
    json_array_add_element (reversed, json_node_copy (json_array_get_element (ring, i - 1)));
  json_array_remove_element (rings, 0);
  /* The only ring: an intervention's area has no holes. */
  json_array_add_array_element (rings, reversed);
  return copy;
}

static const char *
variant_name (SkReportData *data,
              gint64        id)
{
  for (guint i = 0; i < data->variants->len; i++)
    {
      SkReportVariant *v = g_ptr_array_index (data->variants, i);

      if (v->id == id)
        return v->name;
    }
  return NULL;
}

static void
add_feature (JsonBuilder  *b,
             SkReportData *data,
             JsonObject   *iv)
{
  const char *kind = sk_json_object_get_string (iv, "kind", "");
  JsonNode *params = json_object_get_member (iv, "params");
  gint64 variant = json_object_get_int_member_with_default (iv, "variant", 0);

  json_builder_begin_object (b);
  sk_json_add_string (b, "type", "Feature");
  sk_json_add_int (b, "id", json_object_get_int_member (iv, "id"));
  json_builder_set_member_name (b, "geometry");
  json_builder_add_value (b, rfc7946_geometry (json_object_get_member (iv, "geometry")));
  json_builder_set_member_name (b, "properties");
  json_builder_begin_object (b);
  sk_json_add_int (b, "id", json_object_get_int_member (iv, "id"));
  sk_json_add_string (b, "kind", kind);
  sk_json_add_string (b, "kind_name", sk_report_kind_name (data->toolbox, kind));
  sk_json_add_string (b, "name", sk_json_object_get_string (iv, "name", NULL));
  sk_json_add_string (b, "note", sk_json_object_get_string (iv, "note", NULL));
  sk_json_add_int (b, "variant", variant);
  sk_json_add_string (b, "variant_name", variant_name (data, variant));
  sk_json_add_string (b, "participant",
                      sk_report_data_participant (data,
                                                  json_object_get_int_member_with_default (iv, "participant", 0)));
  /* Flat, one column per parameter: what QGIS shows best. */
  if (params != NULL && JSON_NODE_HOLDS_OBJECT (params))
    {
      JsonObject *p = json_node_get_object (params);
      g_autoptr(GList) names = json_object_get_members (p);

      for (GList *l = names; l != NULL; l = l->next)
        {
          json_builder_set_member_name (b, l->data);
          json_builder_add_value (b, json_node_copy (json_object_get_member (p, l->data)));
        }
    }
  json_builder_end_object (b);
  json_builder_end_object (b);
}

gboolean
sk_export_geojson (SkStore     *store,
                   SkToolbox   *toolbox,
                   gint64       variant_id,
                   const char  *out_path,
                   GError     **error)
{
  g_autoptr(SkReportData) data = sk_report_data_new (store, NULL, toolbox, NULL, NULL, FALSE, error);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  JsonArray *interventions;
  gsize length;

  if (data == NULL)
    return FALSE;
  if (variant_id != 0 && variant_name (data, variant_id) == NULL)
    {
      g_set_error (error, SK_REPORT_ERROR, SK_REPORT_ERROR_NO_VARIANT,
                   _("De sessie heeft geen variant %lld."), (long long) variant_id);
      return FALSE;
    }
  interventions = sk_report_data_get_array (data, "interventions");
  json_builder_begin_object (b);
  sk_json_add_string (b, "type", "FeatureCollection");
  sk_json_add_string (b, "name", sk_json_object_get_string (data->session, "title", NULL));
  json_builder_set_member_name (b, "features");
  json_builder_begin_array (b);
  for (guint i = 0; i < json_array_get_length (interventions); i++)
    {
      JsonObject *iv = json_array_get_object_element (interventions, i);

      if (variant_id == 0 || json_object_get_int_member_with_default (iv, "variant", 0) == variant_id)
        add_feature (b, data, iv);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, &length);
  return sk_report_write_file (out_path, text, length, error);
}

/* ---- PNG -------------------------------------------------------------- */

void
sk_export_region_view (SkRegion  *region,
                       int        width,
                       int        height,
                       SkMapView *view)
{
  g_return_if_fail (SK_IS_REGION (region));
  sk_map_view_init_fit (view, sk_region_get_bbox (region), width, height);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *bytes,
              unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
sk_export_png (SkStore          *store,
               SkRegion         *region,
               SkToolbox        *toolbox,
               gint64            variant_id,
               const SkMapView  *view,
               const char       *out_path,
               GError          **error)
{
  SkReportOptions options;
  g_autoptr(SkReportData) data = NULL;
  g_autoptr(GByteArray) png = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (view != NULL && view->width > 0 && view->height > 0, FALSE);

  sk_report_options_init_default (&options);
  options.variant_id = variant_id;
  data = sk_report_data_new (store, region, toolbox, NULL, &options, FALSE, error);
  if (data == NULL)
    return FALSE;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, view->width, view->height);
  cr = cairo_create (surface);
  sk_map_render (cr, region, view, SK_MAP_RENDER_LABELS | SK_MAP_RENDER_FACILITIES);
  sk_report_draw_plan (cr, view, toolbox, data->main, TRUE);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png_stream (surface, append_bytes, png);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SK_REPORT_ERROR, SK_REPORT_ERROR_WRITE,
                   _("Het bestand “%s” kan niet worden geschreven: %s"), out_path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return sk_report_write_file (out_path, (const char *) png->data, png->len, error);
}
