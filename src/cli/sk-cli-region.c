/* sk-cli-region.c — samenkaart-cli region-info. */
#include "sk-config.h"

#include <glib/gi18n.h>

#include "sk-cli-commands.h"
#include "sk-region.h"

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
  json_builder_set_member_name (b, "nodes");
  json_builder_add_int_value (b, sk_network_get_n_nodes (network));
  json_builder_set_member_name (b, "edges");
  json_builder_add_int_value (b, sk_network_get_n_edges (network));
  json_builder_set_member_name (b, "checksum");
  json_builder_add_string_value (b, sk_network_get_checksum (network));
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
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, sk_region_get_id (region));
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, sk_region_get_name (region));
  json_builder_set_member_name (b, "content_hash");
  json_builder_add_string_value (b, sk_region_get_content_hash (region));
  json_builder_set_member_name (b, "kernen");
  json_builder_add_int_value (b, (gint64) sk_region_get_n_kernen (region));
  json_builder_set_member_name (b, "inhabitants");
  json_builder_add_int_value (b, sk_region_get_inhabitants (region));
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
  json_builder_set_member_name (b, "lines");
  json_builder_add_int_value (b, (gint64) sk_region_get_n_lines (region));
  json_builder_set_member_name (b, "network");
  add_network_json (b, sk_region_get_network (region));
  json_builder_set_member_name (b, "bbox");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "south");
  json_builder_add_double_value (b, bbox->south);
  json_builder_set_member_name (b, "west");
  json_builder_add_double_value (b, bbox->west);
  json_builder_set_member_name (b, "north");
  json_builder_add_double_value (b, bbox->north);
  json_builder_set_member_name (b, "east");
  json_builder_add_double_value (b, bbox->east);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (size_t i = 0; i < sk_region_get_n_sources (region); i++)
    {
      const SkSource *s = sk_region_get_source (region, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, s->id);
      json_builder_set_member_name (b, "title");
      json_builder_add_string_value (b, s->title);
      json_builder_set_member_name (b, "url");
      json_builder_add_string_value (b, s->url);
      json_builder_set_member_name (b, "licence");
      json_builder_add_string_value (b, s->licence);
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

