/* sk-cli-export.c — samenkaart-cli export: a session as a PDF report,
 * GeoJSON, CSV and/or PNG, without a display. The session is opened
 * read-only and never changed; every output is complete or absent. */
#include "sk-output.h"
#include "sk-config.h"

#include <glib/gi18n.h>

#include "sk-cli-commands.h"
#include "sk-file.h"
#include "sk-report.h"

typedef struct
{
  char *pdf, *geojson, *csv, *png;
  char *region_name;
  gint64 variant;
  int width, height;
} Outputs;

static void
outputs_clear (Outputs *o)
{
  g_free (o->pdf);
  g_free (o->geojson);
  g_free (o->csv);
  g_free (o->png);
  g_free (o->region_name);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Outputs, outputs_clear)

/* The region of the session (its own, or --region), toolbox and kengetallen. */
static gboolean
load_inputs (SkStore        *store,
             const char     *region_name,
             SkRegion      **region,
             SkToolbox     **toolbox,
             SkKengetallen **kengetallen,
             GError        **error)
{
  const SkStoreMetadata *m = sk_store_get_metadata (store);

  if (region_name == NULL)
    region_name = m->region_id != NULL ? m->region_id : "reestdal";
  *region = sk_region_load (region_name, error);
  if (*region == NULL)
    return FALSE;
  if (m->region_hash != NULL && g_strcmp0 (m->region_hash, sk_region_get_content_hash (*region)) != 0)
    g_printerr (_("Let op: de sessie is gemaakt met andere gegevens van de regio “%s”.\n"),
                sk_region_get_id (*region));
  *toolbox = sk_toolbox_load (NULL, error);
  if (*toolbox == NULL)
    return FALSE;
  *kengetallen = sk_kengetallen_load_default (error);
  return *kengetallen != NULL;
}

static gboolean
export_all (const char *path,
            Outputs    *o,
            GError    **error)
{
  const char *targets[] = { o->pdf, o->geojson, o->csv, o->png };
  g_autoptr(SkStore) store = sk_store_open_readonly (path, error);
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkToolbox) toolbox = NULL;
  g_autoptr(SkKengetallen) kengetallen = NULL;
  SkReportOptions options;
  SkMapView view;

  if (store == NULL)
    return FALSE;
  /* A missing folder is said before the work, in Dutch, naming it. */
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    if (targets[i] != NULL && !sk_file_check_folder_of (targets[i], error))
      return FALSE;
  if (!load_inputs (store, o->region_name, &region, &toolbox, &kengetallen, error))
    return FALSE;
  sk_report_options_init_from_store (&options, store);
  options.variant_id = o->variant;
  sk_export_region_view (region, o->width, o->height, &view);
  return (o->pdf == NULL
          || sk_report_write_pdf (store, region, toolbox, kengetallen, &options, o->pdf, error))
         && (o->geojson == NULL || sk_export_geojson (store, toolbox, o->variant, o->geojson, error))
         && (o->csv == NULL
             || sk_export_csv (store, region, toolbox, kengetallen, &options, o->csv, error))
         && (o->png == NULL
             || sk_export_png (store, region, toolbox, o->variant, &view, o->png, error));
}

int
sk_cli_export (int    argc,
               char **argv)
{
  g_auto(Outputs) o = { .width = 1600, .height = 1200 };
  const GOptionEntry entries[] = {
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &o.pdf, N_("Schrijf het verslag als PDF"), N_("BESTAND") },
    { "geojson", 0, 0, G_OPTION_ARG_FILENAME, &o.geojson,
      N_("Schrijf de ingrepen als GeoJSON (voor QGIS)"), N_("BESTAND") },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &o.csv,
      N_("Schrijf de uitkomsten als CSV (komma's, punt voor decimalen)"), N_("BESTAND") },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &o.png, N_("Schrijf de kaart van het plan als PNG"),
      N_("BESTAND") },
    { "width", 0, 0, G_OPTION_ARG_INT, &o.width, N_("Breedte van de PNG in beeldpunten"), N_("N") },
    { "height", 0, 0, G_OPTION_ARG_INT, &o.height, N_("Hoogte van de PNG in beeldpunten"), N_("N") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &o.region_name,
      N_("Regio: een ingebouwde naam of een regiobestand (standaard die van de sessie)"),
      N_("REGIO") },
    { "variant", 0, 0, G_OPTION_ARG_INT64, &o.variant,
      N_("Alleen deze variant (het nummer uit “session show --json”)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("SESSIE — exporteer een sessie"));
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context,
                                _("Schrijft een verslag (PDF), de ingrepen (GeoJSON), de uitkomsten "
                                  "(CSV) en/of de kaart (PNG). Het sessiebestand verandert niet."));
  /* Ctrl+C while writing leaves no half-written file behind. */
  sk_output_clean_up_on_signals ();
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error ? error->message : _("Geef één sessiebestand op."));
      return 2;
    }
  if (o.pdf == NULL && o.geojson == NULL && o.csv == NULL && o.png == NULL)
    {
      g_printerr ("%s\n", _("Kies ten minste één uitvoer: --pdf, --geojson, --csv of --png."));
      return 2;
    }
  if (o.width < 16 || o.height < 16 || o.width > 10000 || o.height > 10000)
    {
      g_printerr ("%s\n", _("De PNG moet tussen 16 en 10.000 beeldpunten breed en hoog zijn."));
      return 2;
    }
  if (!export_all (argv[1], &o, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
