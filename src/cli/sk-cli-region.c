/* sk-cli-region.c — samenkaart-cli region-info. */
#include "sk-config.h"

#include <glib/gi18n.h>

#include "sk-cli-commands.h"
#include "sk-region.h"
#include "sk-json.h"

void
sk_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* false without a network, else its counts: nodes, edges, arcs per mode. */
static void
add_network_json (JsonBuilder *b,
                  SkNetwork   *network)
{
  if (network == NULL)
    {
      json_builder_add_boolean_value (b, FALSE);
      return;
    }
  json_builder_begin_object (b);
  sk_json_add_int (b, "nodes", sk_network_get_n_nodes (network));
  sk_json_add_int (b, "edges", sk_network_get_n_edges (network));
  sk_json_add_string (b, "checksum", sk_network_get_checksum (network));
  json_builder_set_member_name (b, "arcs");
  json_builder_begin_object (b);
  for (int m = 0; m < SK_N_MODES; m++)
    {
      json_builder_set_member_name (b, sk_mode_to_id ((SkMode) m));
      json_builder_add_int_value (b, sk_network_get_n_arcs (network, (SkMode) m));
    }
  json_builder_end_object (b);
  json_builder_end_object (b);
}

static void
add_region_json (JsonBuilder *b,
                 SkRegion    *region)
{
  const SkBBox *bbox = sk_region_get_bbox (region);
  guint per_type[SK_N_FACILITY_TYPES] = { 0 };

  json_builder_begin_object (b);
  sk_json_add_string (b, "id", sk_region_get_id (region));
  sk_json_add_string (b, "name", sk_region_get_name (region));
  sk_json_add_string (b, "content_hash", sk_region_get_content_hash (region));
  sk_json_add_int (b, "kernen", (gint64) sk_region_get_n_kernen (region));
  sk_json_add_int (b, "inhabitants", sk_region_get_inhabitants (region));
  json_builder_set_member_name (b, "facilities");
  json_builder_begin_object (b);
  for (size_t i = 0; i < sk_region_get_n_facilities (region); i++)
    per_type[sk_region_get_facility (region, i)->type]++;
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    if (per_type[t] > 0)
      {
        json_builder_set_member_name (b, sk_facility_type_to_id ((SkFacilityType) t));
        json_builder_add_int_value (b, per_type[t]);
      }
  json_builder_end_object (b);
  sk_json_add_int (b, "lines", (gint64) sk_region_get_n_lines (region));
  json_builder_set_member_name (b, "network");
  add_network_json (b, sk_region_get_network (region));
  json_builder_set_member_name (b, "bbox");
  json_builder_begin_object (b);
  sk_json_add_double (b, "south", bbox->south);
  sk_json_add_double (b, "west", bbox->west);
  sk_json_add_double (b, "north", bbox->north);
  sk_json_add_double (b, "east", bbox->east);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (size_t i = 0; i < sk_region_get_n_sources (region); i++)
    {
      const SkSource *s = sk_region_get_source (region, i);

      json_builder_begin_object (b);
      sk_json_add_string (b, "id", s->id);
      sk_json_add_string (b, "title", s->title);
      sk_json_add_string (b, "url", s->url);
      sk_json_add_string (b, "licence", s->licence);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

int
sk_cli_region_info (int    argc,
                 char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Uitvoer als JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("REGIO — toon wat een regio bevat"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error ? error->message : _("Geef één regio op: een bestand of een naam."));
      return 2;
    }
  region = sk_region_load (argv[1], &error);
  if (region == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();

      add_region_json (b, region);
      sk_cli_print_json (b);
    }
  else
    {
      g_print ("%s (%s)\n", sk_region_get_name (region), sk_region_get_id (region));
      g_print (_("%zu kernen, %ld inwoners, %zu voorzieningen, %zu lijnen, %zu bronnen\n"),
               sk_region_get_n_kernen (region), sk_region_get_inhabitants (region),
               sk_region_get_n_facilities (region), sk_region_get_n_lines (region),
               sk_region_get_n_sources (region));
      if (sk_region_get_network (region) != NULL)
        g_print (_("Wegennet: %u knooppunten, %u verbindingen\n"),
                 sk_network_get_n_nodes (sk_region_get_network (region)),
                 sk_network_get_n_edges (sk_region_get_network (region)));
      else
        g_print (_("Geen wegennet: reistijden zijn hemelsbreed geschat\n"));
    }
  return 0;
}

