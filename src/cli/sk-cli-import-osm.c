/* sk-cli-import-osm.c — samenkaart-cli import-osm: an OpenStreetMap
 * extract becomes a region directory (region.json + network.bin). */
#include "sk-config.h"

#include <glib/gi18n.h>

#include "sk-cli-commands.h"
#include "sk-osm.h"

static void
on_progress (guint64  nodes,
             guint64  ways,
             gpointer user_data)
{
  g_printerr (_("%llu knooppunten en %llu wegen gelezen…\n"), (unsigned long long) nodes,
              (unsigned long long) ways);
}

int
sk_cli_import_osm (int    argc,
                   char **argv)
{
  g_autofree char *out = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  gboolean quiet = FALSE;
  const GOptionEntry entries[] = {
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out, N_("De regiomap die wordt geschreven"), N_("MAP") },
    { "id", 0, 0, G_OPTION_ARG_STRING, &id, N_("Id van de regio (standaard: de naam van de map)"),
      N_("ID") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Naam van de regio"), N_("NAAM") },
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
