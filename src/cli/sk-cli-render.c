/* sk-cli-render.c — samenkaart-cli render: a PNG of the offline base map
 * exactly as the window draws it (the same renderer and flags as its
 * tiles), and optionally every label placed, as JSON. */
#include "sk-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-cli-commands.h"
#include "sk-json.h"
#include "sk-map-render.h"
#include "sk-region.h"

static gboolean
parse_pair (const char *text,
            char        sep,
            double     *a,
            double     *b)
{
  char *end = NULL;

  *a = g_ascii_strtod (text, &end);
  if (end == text || *end != sep)
    return FALSE;
  text = end + 1;
  *b = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*a) && isfinite (*b);
}

static gboolean
write_labels_json (GPtrArray   *labels,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (b);
  for (guint i = 0; i < labels->len; i++)
    {
      const SkMapLabel *l = g_ptr_array_index (labels, i);

      json_builder_begin_object (b);
      sk_json_add_string (b, "text", l->text);
      sk_json_add_string (b, "kind", l->kind);
      json_builder_set_member_name (b, "x");
      json_builder_add_int_value (b, (gint64) round (l->x));
      json_builder_set_member_name (b, "y");
      json_builder_add_int_value (b, (gint64) round (l->y));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_file (gen, path, error);
}

static int
usage (const char *message)
{
  g_printerr ("%s\n", message);
  return 2;
}

static int
render (SkRegion   *region,
        double      lat,
        double      lon,
        double      zoom,
        int         width,
        int         height,
        const char *out,
        const char *labels_json)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_map_label_free);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;
  SkMapView view;

  sk_map_view_init_centred (&view, lat, lon, zoom, width, height);
  sk_map_render_with_labels (cr, region, &view, SK_MAP_RENDER_LABELS | SK_MAP_RENDER_FACILITIES,
                             labels);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png (surface, out);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_printerr (_("De kaart kan niet naar “%s” worden geschreven: %s\n"), out,
                  cairo_status_to_string (status));
      return 1;
    }
  if (labels_json != NULL && !write_labels_json (labels, labels_json, &error))
    {
      g_printerr (_("De namen kunnen niet naar “%s” worden geschreven: %s\n"), labels_json,
                  error->message);
      return 1;
    }
  return 0;
}

int
sk_cli_render (int    argc,
               char **argv)
{
  g_autofree char *centre = NULL, *size = NULL, *out = NULL, *labels_json = NULL;
  double zoom = -1, lat, lon, w, h;
  const GOptionEntry entries[] = {
    { "center", 0, 0, G_OPTION_ARG_STRING, &centre, N_("Midden van de kaart"), N_("BREEDTE,LENGTE") },
    { "zoom", 0, 0, G_OPTION_ARG_DOUBLE, &zoom, N_("Zoomniveau (5 tot 19)"), N_("Z") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, N_("Grootte in pixels"), N_("BxH") },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out, N_("Het PNG-bestand dat wordt geschreven"),
      N_("BESTAND") },
    { "labels-json", 0, 0, G_OPTION_ARG_FILENAME, &labels_json,
      N_("Schrijf alle geplaatste namen met hun plek als JSON"), N_("BESTAND") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("REGIO — teken de basiskaart als PNG"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage (error->message);
  if (argc != 2 || centre == NULL || out == NULL || size == NULL || zoom < 0)
    return usage (_("Geef een regio, --center BREEDTE,LENGTE, --zoom, --size BxH en --out op."));
  if (!parse_pair (centre, ',', &lat, &lon) || fabs (lat) > 85 || fabs (lon) > 180)
    return usage (_("--center klopt niet: geef breedte,lengte in graden, bijvoorbeeld 52.72,6.30"));
  if (!parse_pair (size, 'x', &w, &h) || w < 1 || h < 1 || w > 8192 || h > 8192
      || w != floor (w) || h != floor (h))
    return usage (_("--size klopt niet: geef breedte x hoogte in pixels (1 tot 8192), "
                    "bijvoorbeeld 800x600"));
  if (zoom < 5 || zoom > 19)
    return usage (_("--zoom klopt niet: kies een zoomniveau van 5 tot 19"));
  region = sk_region_load (argv[1], &error);
  if (region == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return render (region, lat, lon, zoom, (int) w, (int) h, out, labels_json);
}
