/* sk-report-sources.c — the annex of the PDF report: every kengetal the
 * report used, with its range and its source, or marked "aanname". */
#include "sk-config.h"
#include "sk-report-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sk-format.h"

/* A figure's value with up to four significant digits. */
static char *
figure_value (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autoptr(GString) s = NULL;

  if (fabs (value) >= 1000)
    return sk_format_count (lround (value));
  s = g_string_new (g_ascii_formatd (buffer, sizeof buffer, "%.4g", value));
  g_string_replace (s, ".", C_("decimal separator", ","), 1);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* "Aanname: note", or the source: a toolbox source id, or a text. */
static char *
figure_source (SkToolbox      *toolbox,
               const SkFigure *f)
{
  const SkToolboxSource *source;

  if (f->assumption || f->source == NULL)
    return f->note ? g_strdup_printf (_("Aanname: %s"), f->note) : g_strdup (_("Aanname"));
  source = toolbox ? sk_toolbox_find_source (toolbox, f->source) : NULL;
  if (source != NULL)
    return g_strdup_printf ("%s, %s (%d)", source->title, source->publisher, source->year);
  return g_strdup (f->source);
}

static void
add_figure (GPtrArray      *cells,
            SkToolbox      *toolbox,
            const char     *name,
            const SkFigure *f)
{
  g_ptr_array_add (cells, g_strdup (name));
  g_ptr_array_add (cells, figure_value (f->low));
  g_ptr_array_add (cells, figure_value (f->central));
  g_ptr_array_add (cells, figure_value (f->high));
  g_ptr_array_add (cells, g_strdup (f->unit ? f->unit : ""));
  g_ptr_array_add (cells, figure_source (toolbox, f));
}

static void
figure_table (SkReport  *report,
              GPtrArray *cells)
{
  SkReportColumn columns[] = {
    { _("Kengetal"), 0.22, SK_REPORT_ALIGN_LEFT },
    { _("Laag"), 0.09, SK_REPORT_ALIGN_RIGHT },
    { _("Midden"), 0.09, SK_REPORT_ALIGN_RIGHT },
    { _("Hoog"), 0.09, SK_REPORT_ALIGN_RIGHT },
    { _("Eenheid"), 0.13, SK_REPORT_ALIGN_LEFT },
    { _("Bron of aanname"), 0.38, SK_REPORT_ALIGN_LEFT },
  };

  sk_report_table (report, columns, G_N_ELEMENTS (columns), cells);
}

static void
method_figures (SkReport *report)
{
  SkReportData *data = report->data;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  gboolean types[SK_N_FACILITY_TYPES];
  g_autofree char *rate = sk_format_decimal (100 * data->options.mkba.rate, 2);
  g_autofree char *horizon = g_strdup_printf ("%d", data->options.mkba.horizon);
  g_autofree char *share = g_strdup_printf ("%.0f", 100 * data->options.mkba.subsidy_share);
  const char *method_rows[][4] = {
    { _("Discontovoet (reëel)"), rate, "%",
      _("Werkgroep discontovoet 2020: standaard sinds 1 januari 2021") },
    { _("Looptijd"), horizon, _("jaar"),
      _("Algemene leidraad voor MKBA, CPB/PBL 2013: “oneindig” als 100 jaar") },
    { _("Subsidie uit het gebiedsfonds"), share, _("% van een positief saldo"),
      _("Aanname: de visie noemt geen percentage") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (method_rows); i++)
    {
      g_ptr_array_add (cells, g_strdup (method_rows[i][0]));
      g_ptr_array_add (cells, g_strdup (""));
      g_ptr_array_add (cells, g_strdup (method_rows[i][1]));
      g_ptr_array_add (cells, g_strdup (""));
      g_ptr_array_add (cells, g_strdup (method_rows[i][2]));
      g_ptr_array_add (cells, g_strdup (method_rows[i][3]));
    }
  add_figure (cells, NULL, _("Fietssnelheid"),
              sk_kengetallen_get_speed (data->kengetallen, SK_REPORT_MODE, SK_ROAD_TERTIARY));
  add_figure (cells, NULL, _("Omrijfactor fiets"),
              sk_kengetallen_get_detour (data->kengetallen, SK_REPORT_MODE));
  sk_report_data_reach_types (data, NULL, types);
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      const SkFigure *norm = sk_kengetallen_get_norm (data->kengetallen, t);
      g_autofree char *name = NULL;

      if (!types[t] || norm == NULL)
        continue;
      name = g_strdup_printf (_("Norm %s"), sk_facility_type_get_name (t));
      add_figure (cells, NULL, name, norm);
    }
  /* Bus and train: the figures of its travel-time rule, when it ran. */
  if (data->ov != NULL)
    {
      add_figure (cells, NULL, _("Waarde van reistijd, bus en trein"),
                  sk_kengetallen_get_public_transport (data->kengetallen, "value_of_time"));
      add_figure (cells, NULL, _("Reizen naar een centrum per inwoner per jaar"),
                  sk_kengetallen_get_public_transport (data->kengetallen, "trips"));
      add_figure (cells, NULL, _("Snelheid buurtbus"),
                  sk_kengetallen_get_public_transport (data->kengetallen, "buurtbus_speed"));
    }
  sk_report_writer_heading (report->w, _("Methode en bereikbaarheid"));
  figure_table (report, cells);
}

static void
kind_figures (SkReport     *report,
              const SkKind *kind)
{
  SkToolbox *toolbox = report->data->toolbox;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  for (size_t i = 0; i < kind->n_costs; i++)
    {
      const SkCost *c = &kind->costs[i];
      g_autofree char *name = g_strdup_printf (_("Kosten: %s"), c->name);

      add_figure (cells, toolbox, name, &c->amount);
      if (c->type == SK_COST_INVESTMENT)
        {
          g_autofree char *life = g_strdup_printf (_("Levensduur: %s"), c->name);

          add_figure (cells, toolbox, life, &c->lifetime);
        }
    }
  for (size_t i = 0; i < kind->n_benefits; i++)
    {
      g_autofree char *name = g_strdup_printf (_("Baten: %s"), kind->benefits[i].name);

      add_figure (cells, toolbox, name, &kind->benefits[i].amount);
    }
  sk_report_writer_heading (report->w, sk_kind_get_display_name (kind));
  figure_table (report, cells);
}

/* The region's sources grouped by licence: the full list (often a
 * hundred lines) belongs with the region, not in every report. */
static void
region_sources (SkReport *report)
{
  SkRegion *region = report->data->region;
  g_autoptr(GPtrArray) licences = g_ptr_array_new ();
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *intro = g_strdup_printf (_("De kaart en de kernen, voorzieningen en inwonertallen "
                                              "van %s komen uit %zu bronnen. De volledige lijst "
                                              "toont “samenkaart-cli region-info %s”."),
                                            sk_region_get_name (region), sk_region_get_n_sources (region),
                                            sk_region_get_id (region));
  SkReportColumn columns[] = {
    { _("Licentie"), 0.3, SK_REPORT_ALIGN_LEFT },
    { _("Bronnen"), 0.1, SK_REPORT_ALIGN_RIGHT },
    { _("Bijvoorbeeld"), 0.6, SK_REPORT_ALIGN_LEFT },
  };

  for (size_t i = 0; i < sk_region_get_n_sources (region); i++)
    {
      const char *licence = sk_region_get_source (region, i)->licence;

      licence = licence ? licence : "–";
      if (!g_ptr_array_find_with_equal_func (licences, licence, g_str_equal, NULL))
        g_ptr_array_add (licences, (gpointer) licence);
    }
  for (guint l = 0; l < licences->len; l++)
    {
      g_autoptr(GString) examples = g_string_new (NULL);
      guint n = 0;

      for (size_t i = 0; i < sk_region_get_n_sources (region); i++)
        {
          const SkSource *s = sk_region_get_source (region, i);

          if (g_strcmp0 (s->licence ? s->licence : "–", g_ptr_array_index (licences, l)) != 0)
            continue;
          if (n++ < 3)
            g_string_append_printf (examples, "%s%s", examples->len ? "; " : "", s->title);
        }
      g_ptr_array_add (cells, g_strdup (g_ptr_array_index (licences, l)));
      g_ptr_array_add (cells, g_strdup_printf ("%u", n));
      g_ptr_array_add (cells, g_string_free (g_steal_pointer (&examples), FALSE));
    }
  sk_report_writer_heading (report->w, _("Gegevens van de regio"));
  sk_report_writer_paragraph (report->w, intro);
  sk_report_table (report, columns, G_N_ELEMENTS (columns), cells);
}

void
sk_report_section_sources (SkReport *report)
{
  SkToolbox *toolbox = report->data->toolbox;
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint v = 0; v < report->data->variants->len; v++)
    {
      SkReportVariant *variant = g_ptr_array_index (report->data->variants, v);

      for (size_t i = 0; i < sk_plan_snapshot_get_n_items (variant->plan); i++)
        g_hash_table_add (used, sk_plan_snapshot_get_state (variant->plan, i)->kind_id);
    }
  sk_report_writer_page_break (report->w);
  sk_report_writer_title (report->w, _("Bijlage: bronnen en aannames"), NULL);
  sk_report_writer_paragraph (report->w,
                              _("Elk kengetal dat dit verslag gebruikt, met de lage, middelste en "
                                "hoge waarde. Waar geen bron te vinden was, staat “aanname”: dat "
                                "getal is een redelijke schatting, geen meting. De berekening "
                                "gebruikt de middelste waarden; de bandbreedte van het saldo komt "
                                "van alle lage en alle hoge waarden samen."));
  method_figures (report);
  /* In the catalogue's order, so the annex reads like the toolbox. */
  for (size_t k = 0; k < sk_toolbox_get_n_kinds (toolbox); k++)
    {
      const SkKind *kind = sk_toolbox_get_kind (toolbox, k);

      if (g_hash_table_contains (used, kind->id))
        kind_figures (report, kind);
    }
  region_sources (report);
}
