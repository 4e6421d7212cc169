/* sk-report-sections.c — the later sections of the PDF report:
 * reachability per kern, toolbox conditions, comments and votes,
 * variants side by side, and the annex of sources and assumptions. */
#include "sk-config.h"
#include "sk-json.h"
#include "sk-report-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sk-format.h"

/* At most this many facility types in one table of kernen. */
#define TYPES_PER_TABLE 4

static char *
minutes_text (const SkNearest *n)
{
  g_autofree char *value = NULL;

  if (n != NULL && n->unknown)
    return g_strdup (_("niet bekend"));
  if (n == NULL || !n->reachable)
    return g_strdup (_("geen"));
  if (n->minutes < 0.5)
    return g_strdup ("< 1");
  value = sk_format_decimal (n->minutes, 0);
  return g_steal_pointer (&value);
}

static void
reach_table (SkReport   *report,
             const int  *types,
             guint       n_types)
{
  SkReportVariant *v = report->data->main;
  SkRegion *region = report->data->region;
  SkReportColumn columns[2 + TYPES_PER_TABLE];
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  double type_width = 0.62 / n_types;

  columns[0] = (SkReportColumn) { _("Kern"), 0.24, SK_REPORT_ALIGN_LEFT };
  columns[1] = (SkReportColumn) { _("Inwoners"), 0.14, SK_REPORT_ALIGN_RIGHT };
  for (guint i = 0; i < n_types; i++)
    columns[2 + i] = (SkReportColumn) { sk_facility_type_get_name (types[i]), type_width,
                                        SK_REPORT_ALIGN_RIGHT };
  for (size_t k = 0; k < sk_region_get_n_kernen (region); k++)
    {
      const SkKern *kern = sk_region_get_kern (region, k);

      g_ptr_array_add (cells, g_strdup (kern->name));
      g_ptr_array_add (cells, kern->inhabitants >= 0 ? sk_format_count (kern->inhabitants) : g_strdup ("–"));
      for (guint i = 0; i < n_types; i++)
        {
          g_autofree char *before = minutes_text (sk_reach_result_get_nearest (v->before, k, types[i], SK_REPORT_MODE));
          g_autofree char *after = minutes_text (sk_reach_result_get_nearest (sk_report_variant_get_after (v), k,
                                                                              types[i], SK_REPORT_MODE));

          g_ptr_array_add (cells, g_str_equal (before, after) ? g_strdup (before)
                                                              : g_strdup_printf ("%s → %s", before, after));
        }
    }
  sk_report_table (report, columns, 2 + n_types, cells);
}

void
sk_report_section_reach (SkReport *report)
{
  SkReportVariant *v = report->data->main;
  gboolean types[SK_N_FACILITY_TYPES];
  int chosen[SK_N_FACILITY_TYPES];
  guint n = 0;

  sk_report_data_reach_types (report->data, v, types);
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    if (types[t])
      chosen[n++] = t;
  sk_report_writer_page_break (report->w);
  sk_report_writer_heading (report->w, _("Bereikbaarheid per kern, op de fiets"));
  sk_report_writer_paragraph (report->w,
                              _("Hoeveel minuten fietsen het is van elke kern naar de dichtstbijzijnde "
                                "voorziening. Waar het plan iets verandert, staat er “voor → na”."));
  sk_report_writer_note (report->w, sk_reach_result_get_method (v->before) == SK_REACH_METHOD_NETWORK
                                    ? _("Berekend over het wegennet van de regio.")
                                    : _("De regio heeft geen ingelezen wegennet: de reistijd is de "
                                        "afstand in rechte lijn, met wat omrijden erbij, bij een "
                                        "gewone fietssnelheid (zie de bijlage). “geen”: geen "
                                        "voorziening van dit soort in de regio."));
  sk_report_writer_note (report->w,
                         _("“niet bekend”: de gegevens zeggen niet of deze kern, of een kern die "
                           "dichterbij ligt dan de dichtstbijzijnde bekende voorziening, er een "
                           "heeft. Daar staat geen reistijd; die kernen tellen niet mee in het "
                           "aandeel binnen de norm."));
  for (guint i = 0; i < n; i += TYPES_PER_TABLE)
    reach_table (report, chosen + i, MIN (TYPES_PER_TABLE, n - i));
}

void
sk_report_section_conditions (SkReport *report)
{
  SkReportData *data = report->data;
  size_t n_cond = sk_toolbox_get_n_conditions (data->toolbox);
  size_t n_items = sk_plan_snapshot_get_n_items (data->main->plan);
  g_autofree SkReportColumn *columns = g_new0 (SkReportColumn, n_cond + 2);
  g_autofree guint *counts = g_new0 (guint, n_cond);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) legend = g_string_new (NULL);
  guint plan_met = 0;

  columns[0] = (SkReportColumn) { _("Nr."), 0.07, SK_REPORT_ALIGN_RIGHT };
  columns[1] = (SkReportColumn) { _("Ingreep"), 0.33, SK_REPORT_ALIGN_LEFT };
  for (size_t c = 0; c < n_cond; c++)
    {
      g_ptr_array_add (titles, g_strdup_printf ("%zu", c + 1));
      columns[2 + c] = (SkReportColumn) { g_ptr_array_index (titles, c), 0.6 / n_cond, SK_REPORT_ALIGN_LEFT };
      g_string_append_printf (legend, "%s%zu. %s", c ? "\n" : "", c + 1,
                              sk_toolbox_term_get_display_name (sk_toolbox_get_condition (data->toolbox, c)));
    }
  for (size_t i = 0; i < n_items; i++)
    {
      const char *kind_id = sk_plan_snapshot_get_state (data->main->plan, i)->kind_id;
      const SkKind *kind = sk_toolbox_find_kind (data->toolbox, kind_id);

      g_ptr_array_add (cells, g_strdup_printf ("%zu", i + 1));
      g_ptr_array_add (cells, g_strdup (sk_report_kind_name (data->toolbox, kind_id)));
      for (size_t c = 0; c < n_cond; c++)
        {
          g_ptr_array_add (cells, g_strdup (kind->conditions[c] ? _("ja") : "–"));
          counts[c] += kind->conditions[c] ? 1 : 0;
        }
    }
  g_ptr_array_add (cells, g_strdup (""));
  g_ptr_array_add (cells, g_strdup (_("Het plan (aantal ingrepen)")));
  for (size_t c = 0; c < n_cond; c++)
    {
      g_ptr_array_add (cells, g_strdup_printf ("%u", counts[c]));
      plan_met += counts[c] > 0;
    }

  sk_report_writer_heading (report->w, _("De voorwaarden van de gereedschapskist"));
  sk_report_writer_paragraph (report->w,
                              _("Een coöperatief initiatief krijgt steun als het aan deze vijf "
                                "voorwaarden voldoet. Dit is een gesprekshulp, geen rapportcijfer: "
                                "de tabel zegt per soort ingreep wat de gereedschapskist ervan "
                                "verwacht."));
  sk_report_writer_note (report->w, legend->str);
  sk_report_table (report, columns, n_cond + 2, cells);
  {
    g_autofree char *summary = g_strdup_printf (
      ngettext ("Het plan als geheel voldoet aan %u van de %zu voorwaarden: bij die voorwaarde "
                "voldoet ten minste één ingreep.",
                "Het plan als geheel voldoet aan %u van de %zu voorwaarden: bij elke daarvan "
                "voldoet ten minste één ingreep.", plan_met),
      plan_met, n_cond);

    sk_report_writer_paragraph (report->w, summary);
  }
}

static void
votes_table (SkReport *report)
{
  SkReportData *data = report->data;
  JsonArray *votes = sk_report_data_get_array (data, "votes");
  size_t n_items = sk_plan_snapshot_get_n_items (data->main->plan);
  g_autofree guint *counts = g_new0 (guint, n_items + 1);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  SkReportColumn columns[] = {
    { _("Nr."), 0.07, SK_REPORT_ALIGN_RIGHT },
    { _("Ingreep"), 0.6, SK_REPORT_ALIGN_LEFT },
    { _("Stippen"), 0.33, SK_REPORT_ALIGN_RIGHT },
  };

  for (guint i = 0; i < json_array_get_length (votes); i++)
    {
      JsonObject *vote = json_array_get_object_element (votes, i);

      counts[sk_report_data_number (data, json_object_get_int_member (vote, "intervention"))]++;
    }
  for (size_t i = 0; i < n_items; i++)
    {
      const SkInterventionState *state = sk_plan_snapshot_get_state (data->main->plan, i);

      g_ptr_array_add (cells, g_strdup_printf ("%zu", i + 1));
      g_ptr_array_add (cells, g_strdup_printf ("%s%s%s", sk_report_kind_name (data->toolbox, state->kind_id),
                                               state->name ? ": " : "", state->name ? state->name : ""));
      g_ptr_array_add (cells, g_strdup_printf ("%u", counts[i + 1]));
    }
  sk_report_writer_heading (report->w, _("Stippen per ingreep"));
  sk_report_writer_note (report->w, _("Elke deelnemer kon stippen zetten bij de ingrepen die hem of "
                                      "haar het meest aanspreken."));
  sk_report_table (report, columns, G_N_ELEMENTS (columns), cells);
}

static void
comments_table (SkReport *report)
{
  SkReportData *data = report->data;
  JsonArray *comments = sk_report_data_get_array (data, "comments");
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  SkReportColumn columns[] = {
    { _("Wie"), 0.18, SK_REPORT_ALIGN_LEFT },
    { _("Wanneer"), 0.2, SK_REPORT_ALIGN_LEFT },
    { _("Bij"), 0.12, SK_REPORT_ALIGN_LEFT },
    { _("Opmerking"), 0.5, SK_REPORT_ALIGN_LEFT },
  };

  sk_report_writer_heading (report->w, _("Opmerkingen"));
  if (json_array_get_length (comments) == 0)
    {
      sk_report_writer_paragraph (report->w, _("Er zijn geen opmerkingen geplaatst."));
      return;
    }
  for (guint i = 0; i < json_array_get_length (comments); i++)
    {
      JsonObject *c = json_array_get_object_element (comments, i);
      const char *who = sk_report_data_participant (data, json_object_get_int_member_with_default (c, "participant", 0));
      guint number = sk_report_data_number (data, json_object_get_int_member_with_default (c, "intervention", 0));

      g_ptr_array_add (cells, g_strdup (who ? who : _("onbekend")));
      g_ptr_array_add (cells, sk_report_format_date (sk_json_object_get_string (c, "created", NULL)));
      g_ptr_array_add (cells, number > 0 ? g_strdup_printf (_("nr. %u"), number) : g_strdup (_("op de kaart")));
      g_ptr_array_add (cells, sk_report_shorten (sk_json_object_get_string (c, "text", ""),
                                                 SK_REPORT_NOTE_MAX));
    }
  sk_report_table (report, columns, G_N_ELEMENTS (columns), cells);
}

void
sk_report_section_comments (SkReport *report)
{
  sk_report_writer_page_break (report->w);
  sk_report_writer_title (report->w, _("Wat de deelnemers vonden"), NULL);
  if (sk_plan_snapshot_get_n_items (report->data->main->plan) > 0)
    votes_table (report);
  comments_table (report);
}

static void
draw_variant (cairo_t         *cr,
              const SkMapView *view,
              gpointer         user_data)
{
  SkReport *report = ((gpointer *) user_data)[0];
  SkReportVariant *variant = ((gpointer *) user_data)[1];

  sk_report_draw_plan (cr, view, report->data->toolbox, variant, FALSE);
}

static void
variant_maps (SkReport *report)
{
  GPtrArray *variants = report->data->variants;
  SkBBox bbox;

  sk_report_data_plan_bbox (report->data, NULL, &bbox);
  /* Two maps to a row: large enough to see where things are. */
  for (guint i = 0; i < variants->len; i += 2)
    {
      guint n = MIN (2, variants->len - i);
      gpointer pairs[2][2];
      gpointer user_data[2];
      const char *captions[2];

      for (guint j = 0; j < n; j++)
        {
          SkReportVariant *v = g_ptr_array_index (variants, i + j);

          pairs[j][0] = report;
          pairs[j][1] = v;
          user_data[j] = pairs[j];
          captions[j] = v->name;
        }
      sk_report_writer_map_row (report->w, report->data->region, &bbox, n, 230, captions,
                                draw_variant, user_data);
    }
}

void
sk_report_section_variants (SkReport *report)
{
  GPtrArray *variants = report->data->variants;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  SkReportColumn columns[] = {
    { _("Variant"), 0.25, SK_REPORT_ALIGN_LEFT },
    { _("Ingrepen"), 0.11, SK_REPORT_ALIGN_RIGHT },
    { _("Kosten"), 0.16, SK_REPORT_ALIGN_RIGHT },
    { _("Baten"), 0.16, SK_REPORT_ALIGN_RIGHT },
    { _("Saldo (NCW)"), 0.19, SK_REPORT_ALIGN_RIGHT },
    { _("B/K"), 0.13, SK_REPORT_ALIGN_RIGHT },
  };

  if (variants->len < 2)
    return;
  for (guint i = 0; i < variants->len; i++)
    {
      SkReportVariant *v = g_ptr_array_index (variants, i);
      SkMkbaResult *r = v->mkba;

      g_ptr_array_add (cells, g_strdup (v->name));
      g_ptr_array_add (cells, g_strdup_printf ("%u", r->n_interventions));
      g_ptr_array_add (cells, sk_format_money (r->costs[SK_RANGE_CENTRAL]));
      g_ptr_array_add (cells, sk_format_money (r->benefits[SK_RANGE_CENTRAL]));
      g_ptr_array_add (cells, sk_format_money (r->ncw[SK_RANGE_CENTRAL]));
      g_ptr_array_add (cells, isnan (r->bc[SK_RANGE_CENTRAL]) ? g_strdup ("–")
                                                               : sk_format_decimal (r->bc[SK_RANGE_CENTRAL], 2));
    }
  sk_report_writer_page_break (report->w);
  sk_report_writer_title (report->w, _("De varianten naast elkaar"), NULL);
  sk_report_writer_paragraph (report->w, _("Dezelfde kaart voor elke variant, met dezelfde berekening."));
  variant_maps (report);
  sk_report_table (report, columns, G_N_ELEMENTS (columns), cells);
}
