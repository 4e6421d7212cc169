/* sk-cli.c — samenkaart-cli: Samenkaart without a display.
 *
 * Each subcommand is one function; output for machines is JSON on stdout,
 * messages for people go to stderr, and the exit status is 0 only when
 * the command did what was asked.
 */
#include "sk-config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sk-cli-commands.h"

typedef struct
{
  const char *name;
  SkCliCommand run;
  const char *help;
} Command;

static const Command commands[] = {
  { "region-info", sk_cli_region_info, N_("toon wat een regio bevat") },
  { "evaluate", sk_cli_evaluate, N_("reken een plan door: MKBA, bereikbaarheid, randvoorwaarden") },
  { "reach", sk_cli_reach, N_("reistijd naar de dichtstbijzijnde voorzieningen") },
  { "ov", sk_cli_ov, N_("reistijd met bus en trein naar Zwolle, Emmen en andere centra") },
  { "import-gtfs", sk_cli_import_gtfs, N_("bewaar een GTFS-dienstregeling bij een regio") },
  { "region-check", sk_cli_region_check, N_("vergelijk de afstanden per gemeente met het CBS") },
  { "import-osm", sk_cli_import_osm, N_("maak een regio van een OpenStreetMap-uittreksel") },
  { "session", sk_cli_session, N_("maak, wijzig, toon of voeg sessies samen") },
  { "toolbox", sk_cli_toolbox, N_("toon de toolbox met alle kengetallen en bronnen") },
  { "render", sk_cli_render, N_("teken de basiskaart van een regio als PNG") },
  { "export", sk_cli_export, N_("schrijf een verslag (PDF), GeoJSON, CSV of een kaart (PNG)") },
#ifdef SK_HAVE_PROJ
  { "derive-top10nl", sk_cli_derive_top10nl, N_("maak kommen.json uit TOP10NL en de CBS-gemeentegrenzen") },
#endif
};

static void
print_usage (void)
{
  g_printerr ("%s\n\n", _("Gebruik: samenkaart-cli OPDRACHT [OPTIES…]"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_printerr ("  %-14s %s\n", commands[i].name, _(commands[i].help));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  /* SAMENKAART_LOCALEDIR: the build tree's translations (meson devenv). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SAMENKAART_LOCALEDIR") ? g_getenv ("SAMENKAART_LOCALEDIR")
                                                                    : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage ();
      return argc < 2 ? 2 : 0;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("samenkaart-cli %s\n", PACKAGE_VERSION);
      return 0;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);
  g_printerr (_("Onbekende opdracht “%s”.\n"), argv[1]);
  print_usage ();
  return 2;
}
