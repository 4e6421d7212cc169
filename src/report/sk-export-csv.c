/* sk-export-csv.c — the indicators of every variant as a CSV file for a
 * spreadsheet (RFC 4180; the convention is in sk-report.h). */
#include "sk-config.h"
#include "sk-report-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

typedef struct
{
  GString *out;
  const char *variant;
} Csv;

static void
add_field (GString    *out,
           const char *text,
           gboolean    last)
{
  text = text ? text : "";
  if (strpbrk (text, ",\"\r\n") != NULL)
    {
      g_autoptr(GString) quoted = g_string_new (text);

      g_string_replace (quoted, "\"", "\"\"", 0);
      g_string_append_printf (out, "\"%s\"", quoted->str);
    }
  else
    g_string_append (out, text);
  g_string_append (out, last ? "\r\n" : ",");
}

/* A number with a point before DIGITS decimals; empty for NAN. */
static char *
number (double value,
        int    digits)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *format = g_strdup_printf ("%%.%df", digits);

  if (isnan (value))
    return g_strdup ("");
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
}

static void
row (Csv        *csv,
     const char *indicator,
     const char *description,
     double      value,
     double      low,
     double      high,
     int         digits,
     const char *unit,
     const char *source)
{
  g_autofree char *v = number (value, digits);
  g_autofree char *l = number (isnan (high) ? NAN : MIN (low, high), digits);
  g_autofree char *h = number (isnan (low) ? NAN : MAX (low, high), digits);

  add_field (csv->out, csv->variant, FALSE);
  add_field (csv->out, indicator, FALSE);
  add_field (csv->out, description, FALSE);
  add_field (csv->out, v, FALSE);
  add_field (csv->out, l, FALSE);
  add_field (csv->out, h, FALSE);
  add_field (csv->out, unit, FALSE);
  add_field (csv->out, source, TRUE);
}

static void
mkba_rows (Csv          *csv,
           SkReportData *data,
           SkMkbaResult *r)
{
  g_autofree char *method = g_strdup_printf (_("MKBA volgens de Algemene leidraad (CPB/PBL 2013); "
                                               "discontovoet %.2f %%, %d jaar"),
                                             100 * data->options.mkba.rate,
                                             data->options.mkba.horizon);
  g_autofree char *share = g_strdup_printf (_("aanname: %.0f %% van de positieve NCW"),
                                            100 * data->options.mkba.subsidy_share);

  row (csv, "aantal_ingrepen", _("Aantal ingrepen"), r->n_interventions, NAN, NAN, 0, "", "");
  row (csv, "kosten", _("Kosten (contante waarde)"), r->costs[SK_RANGE_CENTRAL],
       r->costs[SK_RANGE_LOW], r->costs[SK_RANGE_HIGH], 2, "EUR", method);
  row (csv, "baten", _("Baten (contante waarde)"), r->benefits[SK_RANGE_CENTRAL],
       r->benefits[SK_RANGE_LOW], r->benefits[SK_RANGE_HIGH], 2, "EUR", method);
  row (csv, "ncw", _("Saldo: netto contante waarde (NCW)"), r->ncw[SK_RANGE_CENTRAL],
       r->ncw[SK_RANGE_LOW], r->ncw[SK_RANGE_HIGH], 2, "EUR", method);
  row (csv, "bc", _("Baten per euro kosten (B/K)"), r->bc[SK_RANGE_CENTRAL],
       r->bc[SK_RANGE_LOW], r->bc[SK_RANGE_HIGH], 3, "", method);
  row (csv, "subsidie", _("Subsidie uit het gebiedsfonds"), r->subsidy, NAN, NAN, 2, "EUR", share);
  for (guint i = 0; i < r->by_category->len; i++)
    {
      const SkMkbaLine *line = &g_array_index (r->by_category, SkMkbaLine, i);
      const SkToolboxTerm *term = sk_toolbox_find_category (data->toolbox, line->id);
      g_autofree char *key = g_strconcat ("saldo_categorie_", line->id, NULL);
      g_autofree char *what = g_strdup_printf (_("Saldo %s"), sk_toolbox_term_get_display_name (term));

      row (csv, key, what, line->benefits[SK_RANGE_CENTRAL] - line->costs[SK_RANGE_CENTRAL],
           NAN, NAN, 2, "EUR", method);
    }
  for (guint i = 0; i < r->by_actor->len; i++)
    {
      const SkMkbaLine *line = &g_array_index (r->by_actor, SkMkbaLine, i);
      const SkToolboxTerm *term = sk_toolbox_find_actor (data->toolbox, line->id);
      g_autofree char *key = g_strconcat ("saldo_actor_", line->id, NULL);
      g_autofree char *what = g_strdup_printf (_("Saldo %s"), sk_toolbox_term_get_display_name (term));

      row (csv, key, what, line->benefits[SK_RANGE_CENTRAL] - line->costs[SK_RANGE_CENTRAL],
           NAN, NAN, 2, "EUR", method);
    }
}

static void
reach_rows (Csv             *csv,
            SkReportData    *data,
            SkReportVariant *v)
{
  gboolean types[SK_N_FACILITY_TYPES];
  const char *when[] = { "voor", "na" };
  SkReachResult *results[] = { v->before, sk_report_variant_get_after (v) };
  const char *method = sk_reach_result_get_method (v->before) == SK_REACH_METHOD_NETWORK
                       ? _("fiets, over het wegennet") : _("fiets, hemelsbreed × omrijfactor");

  sk_report_data_reach_types (data, NULL, types);
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    for (int w = 0; w < 2 && types[t]; w++)
      {
        const SkReachSummary *s = sk_reach_result_get_summary (results[w], t, SK_REPORT_MODE);
        const char *id = sk_facility_type_to_id (t);
        const char *name = sk_facility_type_get_name (t);
        g_autofree char *key = g_strdup_printf ("binnen_norm_%s_%s", id, when[w]);
        g_autofree char *key2 = g_strdup_printf ("reistijd_%s_%s", id, when[w]);
        g_autofree char *what = g_strdup_printf (w == 0 ? _("Inwoners binnen de norm, %s, voor het plan")
                                                        : _("Inwoners binnen de norm, %s, na het plan"),
                                                 name);
        g_autofree char *what2 = g_strdup_printf (w == 0 ? _("Gemiddelde reistijd, %s, voor het plan")
                                                         : _("Gemiddelde reistijd, %s, na het plan"),
                                                  name);

        row (csv, key, what, s->present ? 100 * s->share_within_norm : NAN, NAN, NAN, 1, "%", method);
        row (csv, key2, what2, s->present ? s->mean_minutes : NAN, NAN, NAN, 1, "min", method);
        /* The kernen left out of both figures above ("niet bekend"). */
        {
          g_autofree char *key3 = g_strdup_printf ("niet_bekend_%s_%s", id, when[w]);
          g_autofree char *what3 = g_strdup_printf (w == 0 ? _("Kernen niet meegeteld (niet bekend), %s, voor het plan")
                                                           : _("Kernen niet meegeteld (niet bekend), %s, na het plan"),
                                                    name);

          row (csv, key3, what3, s->present ? s->n_unknown : NAN, NAN, NAN, 0, _("kernen"), method);
        }
      }
}

static guint
count_votes (SkReportData    *data,
             SkReportVariant *v)
{
  JsonArray *votes = sk_report_data_get_array (data, "votes");
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (votes); i++)
    {
      gint64 id = json_object_get_int_member (json_array_get_object_element (votes, i), "intervention");

      for (guint j = 0; j < v->saved->len; j++)
        n += ((SkStoreIntervention *) g_ptr_array_index (v->saved, j))->id == id;
    }
  return n;
}

gboolean
sk_export_csv (SkStore                *store,
               SkRegion               *region,
               SkToolbox              *toolbox,
               SkKengetallen          *kengetallen,
               const SkReportOptions  *options,
               const char             *out_path,
               GError                **error)
{
  g_autoptr(SkReportData) data = sk_report_data_new (store, region, toolbox, kengetallen, options,
                                                     TRUE, error);
  g_autoptr(GString) out = g_string_new (NULL);

  if (data == NULL)
    return FALSE;
  /* The header stays the same in every language: scripts read it. */
  g_string_append (out, "variant,indicator,omschrijving,waarde,laag,hoog,eenheid,bron\r\n");
  for (guint i = 0; i < data->variants->len; i++)
    {
      SkReportVariant *v = g_ptr_array_index (data->variants, i);
      Csv csv = { out, v->name };

      mkba_rows (&csv, data, v->mkba);
      reach_rows (&csv, data, v);
      row (&csv, "stippen", _("Stippen (stemmen) op de ingrepen"), count_votes (data, v), NAN, NAN,
           0, "", "");
    }
  return sk_report_write_file (out_path, out->str, out->len, error);
}
