/* sk-cli-import-osm.c — samenkaart-cli import-osm: an OpenStreetMap
 * extract becomes a region directory (region.json + network.bin). */
#include "sk-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-cli-commands.h"
#include "sk-osm.h"

static void
on_progress (guint64  nodes,
             guint64  ways,
             gpointer user_data)
{
  static gint64 last;
  gint64 now = g_get_monotonic_time ();

  /* The import reports often (for the window's progress bar); a line a
   * second is enough on a terminal. */
  if (now - last < G_USEC_PER_SEC)
    return;
  last = now;
  g_printerr (_("%llu knooppunten en %llu wegen gelezen…\n"), (unsigned long long) nodes,
              (unsigned long long) ways);
}

/* "S,W,N,E" in WGS84 degrees, the order of the Overpass API. */
static gboolean
parse_bbox (const char  *text,
            SkBBox      *bbox,
            GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  double v[4];

  if (g_strv_length (parts) != 4)
    goto bad;
  for (int i = 0; i < 4; i++)
    {
      char *end = NULL;

      v[i] = g_ascii_strtod (g_strstrip (parts[i]), &end);
      if (end == parts[i] || *end != '\0' || !isfinite (v[i]))
        goto bad;
    }
  *bbox = (SkBBox) { .south = v[0], .west = v[1], .north = v[2], .east = v[3] };
  return TRUE;

bad:
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--bbox “%s” klopt niet: geef vier getallen zuid,west,noord,oost in graden, "
                 "bijvoorbeeld 52.70,6.15,52.80,6.35"),
               text);
  return FALSE;
}

int
sk_cli_import_osm (int    argc,
                   char **argv)
{
  g_autofree char *out = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *bbox_text = NULL;
  SkBBox bbox;
  gboolean quiet = FALSE;
  const GOptionEntry entries[] = {
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out, N_("De regiomap die wordt geschreven"), N_("MAP") },
    { "id", 0, 0, G_OPTION_ARG_STRING, &id, N_("Id van de regio (standaard: de naam van de map)"),
      N_("ID") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Naam van de regio"), N_("NAAM") },
    { "bbox", 0, 0, G_OPTION_ARG_STRING, &bbox_text,
      N_("Neem alleen het gebied zuid,west,noord,oost (graden) over"), N_("Z,W,N,O") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Geen voortgang tonen"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  SkOsmImportOptions options = { 0 };
  SkOsmImportStats stats = { 0 };

  context = g_option_context_new (_("UITTREKSEL.osm.pbf|UITTREKSEL.osm — "
                                    "maak een regio van OpenStreetMap-gegevens"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || out == NULL)
    {
      g_printerr ("%s\n", error ? error->message : _("Geef één OSM-bestand en --out MAP op."));
      return 2;
    }
  if (bbox_text != NULL && !parse_bbox (bbox_text, &bbox, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  options.bbox = bbox_text != NULL ? &bbox : NULL;
  options.id = id;
  options.name = name;
  options.progress = quiet ? NULL : on_progress;
  if (!sk_osm_import (argv[1], out, &options, &stats, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (!quiet)
    g_printerr (_("Klaar: %u knooppunten en %u verbindingen in het netwerk, %u kernen, "
                  "%u voorzieningen, %u lijnen in “%s”.\n"),
                stats.graph_nodes, stats.graph_edges, stats.kernen, stats.facilities, stats.lines,
                out);
  return 0;
}
