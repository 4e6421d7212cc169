/* sk-report.c — the PDF report of a session: cover, map of the plan,
 * headline indicators and the MKBA; the other sections are in
 * sk-report-sections.c. Plain Dutch (B1), every figure with its range or
 * marked as an assumption. */
#include "sk-config.h"
#include "sk-json.h"
#include "sk-report-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>

#include "sk-format.h"

static const char *const months[] = {
  N_("januari"), N_("februari"), N_("maart"), N_("april"), N_("mei"), N_("juni"),
  N_("juli"), N_("augustus"), N_("september"), N_("oktober"), N_("november"), N_("december"),
};

/* The session title in every page footer is cut after this many
 * characters (the title page shows it whole). */
#define FOOTER_TITLE_MAX 40

char *
sk_report_shorten (const char *text,
                   glong       max_chars)
{
  const char *end;

  if (g_utf8_strlen (text, max_chars + 1) <= max_chars)
    return g_strdup (text);
  end = g_utf8_offset_to_pointer (text, max_chars);
  /* Translators: after a text cut short in the report. */
  return g_strdup_printf ("%.*s%s", (int) (end - text), text, _("…(ingekort)"));
}

char *
sk_report_format_date (const char *iso)
{
  int y, m, d, hh, mm;

  if (iso == NULL)
    return g_strdup ("");
  if (sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12)
    return g_strdup (iso);
  if (sscanf (iso, "%*d-%*d-%*d%*[T ]%d:%d", &hh, &mm) == 2)
    return g_strdup_printf ("%d %s %d, %02d:%02d", d, _(months[m - 1]), y, hh, mm);
  return g_strdup_printf ("%d %s %d", d, _(months[m - 1]), y);
}

char *
sk_report_format_share (double share)
{
  g_autofree char *number = NULL;

  if (isnan (share))
    return g_strdup ("–");
  number = sk_format_decimal (100 * share, 0);
  return g_strdup_printf ("%s %%", number);
}

void
sk_report_table (SkReport             *report,
                 const SkReportColumn *columns,
                 guint                 n_columns,
                 GPtrArray            *cells)
{
  sk_report_writer_table (report->w, columns, n_columns, (const char * const *) cells->pdata,
                          cells->len / n_columns);
}

static const char *
session_text (SkReport   *report,
              const char *member)
{
  return sk_json_object_get_string (report->data->session, member, "");
}

static const char *
format_name (const char *format)
{
  if (g_strcmp0 (format, "atelier") == 0)
    return _("streekatelier");
  if (g_strcmp0 (format, "presentatie") == 0)
    return _("presentatie");
  return _("keukentafelgesprek");
}

static void
cover_participants (SkReport *report)
{
  JsonArray *participants = sk_report_data_get_array (report->data, "participants");
  g_autoptr(GString) list = g_string_new (NULL);

  if (json_array_get_length (participants) == 0)
    {
      sk_report_writer_paragraph (report->w, _("Er zijn geen deelnemers vastgelegd."));
      return;
    }
  for (guint i = 0; i < json_array_get_length (participants); i++)
    {
      JsonObject *p = json_array_get_object_element (participants, i);
      const char *colour = sk_json_object_get_string (p, "colour", NULL);
      const char *role = sk_json_object_get_string (p, "role", NULL);
      g_autofree char *name = g_markup_escape_text (sk_json_object_get_string (p, "name", ""), -1);
      g_autofree char *role_text = role && *role ? g_markup_printf_escaped (" <span foreground=\"#666666\">(%s)</span>", role) : g_strdup ("");

      g_string_append_printf (list, "%s<span foreground=\"%s\">●</span>  %s%s",
                              i > 0 ? "\n" : "",
                              colour && colour[0] == '#' && strlen (colour) == 7 ? colour : "#888888",
                              name, role_text);
    }
  sk_report_writer_paragraph (report->w, list->str);
}

static void
cover (SkReport *report)
{
  SkReportData *data = report->data;
  const SkMkbaSettings *mkba = &data->options.mkba;
  g_autofree char *date = sk_report_format_date (session_text (report, "date"));
  g_autofree char *subtitle = g_strdup_printf (_("Verslag van een %s in %s, %s"),
                                               format_name (session_text (report, "format")),
                                               session_text (report, "place"), date);
  g_autofree char *rate = sk_format_decimal (100 * mkba->rate, 2);
  g_autofree char *facts = g_markup_printf_escaped (
    _("<b>Plaats:</b> %s\n<b>Datum:</b> %s\n<b>Vorm:</b> %s\n<b>Regio:</b> %s\n"
      "<b>Varianten:</b> %u\n<b>Ingrepen in “%s”:</b> %u"),
    session_text (report, "place"), date, format_name (session_text (report, "format")),
    sk_region_get_name (data->region), data->variants->len, data->main->name,
    (guint) sk_plan_snapshot_get_n_items (data->main->plan));
  g_autofree char *about = g_markup_printf_escaped (
    _("In dit verslag staat wat de deelnemers samen op de kaart hebben gezet, wat dat naar "
      "schatting kost en oplevert voor de samenleving (een maatschappelijke kosten-batenanalyse, "
      "MKBA) en wat het doet voor de reistijd naar voorzieningen. Alle bedragen zijn contante "
      "waarden in prijzen van %d, berekend met een discontovoet van %s %% over %d jaar. Elk "
      "bedrag is een schatting met een bandbreedte; de bijlage noemt de bron of de aanname achter "
      "elk kengetal."),
    sk_toolbox_get_price_year (data->toolbox), rate, mkba->horizon);

  sk_report_writer_space (report->w, 120);
  sk_report_writer_title (report->w, session_text (report, "title"), subtitle);
  sk_report_writer_paragraph (report->w, facts);
  sk_report_writer_heading (report->w, _("Deelnemers"));
  cover_participants (report);
  sk_report_writer_heading (report->w, _("Over dit verslag"));
  sk_report_writer_paragraph (report->w, about);
  sk_report_writer_note (report->w, _("Gemaakt met Samenkaart. Het sessiebestand blijft de bron: "
                                      "dit verslag verandert er niets aan."));
  sk_report_writer_page_break (report->w);
}

static void
draw_main_plan (cairo_t         *cr,
                const SkMapView *view,
                gpointer         user_data)
{
  SkReportData *data = user_data;

  sk_report_draw_plan (cr, view, data->toolbox, data->main, TRUE);
  sk_report_draw_corrections (cr, view, data->corrections);
}

static void
theme_legend (SkReport *report)
{
  SkToolbox *toolbox = report->data->toolbox;
  SkPlanSnapshot *plan = report->data->main->plan;
  g_autoptr(GString) legend = g_string_new (NULL);

  for (size_t t = 0; t < sk_toolbox_get_n_themes (toolbox); t++)
    {
      const SkToolboxTerm *theme = sk_toolbox_get_theme (toolbox, t);
      gboolean used = FALSE;

      for (size_t i = 0; i < sk_plan_snapshot_get_n_items (plan) && !used; i++)
        {
          const SkKind *kind = sk_toolbox_find_kind (toolbox, sk_plan_snapshot_get_state (plan, i)->kind_id);

          used = kind != NULL && g_str_equal (kind->theme, theme->id);
        }
      if (used)
        {
          g_autofree char *name = g_markup_escape_text (sk_toolbox_term_get_display_name (theme), -1);

          g_string_append_printf (legend, "%s<span foreground=\"%s\">■</span> %s",
                                  legend->len ? "     " : "", theme->colour, name);
        }
    }
  if (legend->len > 0)
    sk_report_writer_note (report->w, legend->str);
}

static char *
describe_parameters (const SkKind              *kind,
                     const SkInterventionState *state)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (size_t i = 0; kind != NULL && i < state->n_parameters; i++)
    {
      const SkParameter *p = sk_kind_find_parameter (kind, state->parameters[i].id);
      g_autofree char *value = sk_format_count (lround (state->parameters[i].value));
      const char *unit = p && p->unit ? p->unit : "";

      if (g_str_equal (unit, "m2"))
        unit = "m²";
      /* "Woningen 12", not "Woningen 12 woningen". */
      if (p != NULL && g_ascii_strcasecmp (unit, sk_parameter_get_display_name (p)) == 0)
        unit = "";
      g_string_append_printf (text, "%s%s %s %s", text->len ? "\n" : "",
                              p ? sk_parameter_get_display_name (p) : state->parameters[i].id,
                              value, unit);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
interventions_table (SkReport *report)
{
  SkReportData *data = report->data;
  static const SkReportColumn columns[] = {
    { N_("Nr."), 0.07, SK_REPORT_ALIGN_RIGHT },
    { N_("Soort"), 0.2, SK_REPORT_ALIGN_LEFT },
    { N_("Naam en toelichting"), 0.33, SK_REPORT_ALIGN_LEFT },
    { N_("Maat"), 0.22, SK_REPORT_ALIGN_LEFT },
    { N_("Ingebracht door"), 0.18, SK_REPORT_ALIGN_LEFT },
  };
  SkReportColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    translated[c] = (SkReportColumn) { _(columns[c].title), columns[c].width, columns[c].align };
  for (size_t i = 0; i < sk_plan_snapshot_get_n_items (data->main->plan); i++)
    {
      const SkInterventionState *state = sk_plan_snapshot_get_state (data->main->plan, i);
      const SkStoreIntervention *saved = g_ptr_array_index (data->main->saved, i);
      const SkKind *kind = sk_toolbox_find_kind (data->toolbox, state->kind_id);
      const char *who = sk_report_data_participant (data, saved->participant_id);

      g_ptr_array_add (cells, g_strdup_printf ("%zu", i + 1));
      g_ptr_array_add (cells, g_strdup (sk_report_kind_name (data->toolbox, state->kind_id)));
      g_autofree char *name = sk_report_shorten (state->name ? state->name : "–", SK_REPORT_NAME_MAX);
      g_autofree char *note = state->note ? sk_report_shorten (state->note, SK_REPORT_NOTE_MAX) : NULL;

      g_ptr_array_add (cells, g_strdup_printf ("%s%s%s", name, note ? "\n" : "",
                                               note ? note : ""));
      g_ptr_array_add (cells, describe_parameters (kind, state));
      g_ptr_array_add (cells, g_strdup (who ? who : "–"));
    }
  sk_report_table (report, translated, G_N_ELEMENTS (columns), cells);
}

static void
plan_map (SkReport *report)
{
  SkBBox bbox;
  g_autofree char *heading = g_strdup_printf (_("Het plan op de kaart: %s"), report->data->main->name);

  sk_report_data_plan_bbox (report->data, report->data->main, &bbox);
  sk_report_writer_heading (report->w, heading);
  sk_report_writer_map (report->w, report->data->region, &bbox, 400, draw_main_plan, report->data);
  theme_legend (report);
  sk_report_writer_note (report->w, _("De nummers op de kaart zijn de nummers in de tabel. Kaart: "
                                      "getekend uit de gegevens van de regio (zie de bijlage)."));
  if (sk_plan_snapshot_get_n_items (report->data->main->plan) == 0)
    sk_report_writer_paragraph (report->w, _("In deze variant staan nog geen ingrepen."));
  else
    interventions_table (report);
}

static void
add_row (GPtrArray  *cells,
         const char *a,
         char       *b,
         char       *c)
{
  g_ptr_array_add (cells, g_strdup (a));
  g_ptr_array_add (cells, b);
  g_ptr_array_add (cells, c);
}

static void
headline_reach (SkReport  *report,
                GPtrArray *cells)
{
  SkReportVariant *v = report->data->main;
  gboolean types[SK_N_FACILITY_TYPES];

  sk_report_data_reach_types (report->data, v, types);
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      const SkReachSummary *b = sk_reach_result_get_summary (v->before, t, SK_REPORT_MODE);
      const SkReachSummary *a = sk_reach_result_get_summary (sk_report_variant_get_after (v), t,
                                                             SK_REPORT_MODE);
      /* No facility of the type: no one is within the norm. */
      g_autofree char *before = sk_report_format_share (b->present ? b->share_within_norm : 0);
      g_autofree char *after = sk_report_format_share (a->present ? a->share_within_norm : 0);
      g_autofree char *norm = NULL, *minutes = NULL;
      const SkFigure *figure = sk_kengetallen_get_norm (report->data->kengetallen, t);

      if (!types[t])
        continue;
      minutes = figure ? sk_format_decimal (figure->central, 0) : NULL;
      norm = figure == NULL ? g_strdup (_("geen norm"))
             : g_strdup_printf (figure->assumption ? _("norm: %s minuten (aanname)")
                                                   : _("norm: %s minuten"), minutes);
      if (a->present && a->n_unknown > 0)
        {
          g_autofree char *left_out = sk_reach_format_left_out (a->n_unknown);
          char *with = g_strdup_printf ("%s; %s", norm, left_out);

          g_free (norm);
          norm = with;
        }
      add_row (cells, sk_facility_type_get_name (t), g_strdup_printf ("%s → %s", before, after),
               g_steal_pointer (&norm));
    }
}

static void
headline (SkReport *report)
{
  SkMkbaResult *r = report->data->main->mkba;
  static const SkReportColumn columns[] = {
    { N_("Indicator"), 0.34, SK_REPORT_ALIGN_LEFT },
    { N_("Uitkomst"), 0.26, SK_REPORT_ALIGN_RIGHT },
    { N_("Toelichting"), 0.4, SK_REPORT_ALIGN_LEFT },
  };
  SkReportColumn translated[3];
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *low = sk_format_money (r->ncw[SK_RANGE_LOW]);
  g_autofree char *high = sk_format_money (r->ncw[SK_RANGE_HIGH]);

  for (guint c = 0; c < 3; c++)
    translated[c] = (SkReportColumn) { _(columns[c].title), columns[c].width, columns[c].align };
  sk_report_writer_page_break (report->w);
  sk_report_writer_heading (report->w, _("De belangrijkste uitkomsten"));
  add_row (cells, _("Saldo (NCW)"), sk_format_money (r->ncw[SK_RANGE_CENTRAL]),
           g_strdup_printf (_("baten min kosten; bandbreedte %s tot %s"), low, high));
  add_row (cells, _("Kosten"), sk_format_money (r->costs[SK_RANGE_CENTRAL]),
           g_strdup (_("contante waarde van investeringen en beheer")));
  add_row (cells, _("Baten"), sk_format_money (r->benefits[SK_RANGE_CENTRAL]),
           g_strdup (_("contante waarde, met restwaarde")));
  add_row (cells, _("Baten per euro kosten (B/K)"),
           isnan (r->bc[SK_RANGE_CENTRAL]) ? g_strdup ("–") : sk_format_decimal (r->bc[SK_RANGE_CENTRAL], 2),
           g_strdup (_("boven 1: de baten zijn groter dan de kosten")));
  add_row (cells, _("Subsidie uit het gebiedsfonds"), sk_format_money (r->subsidy),
           g_strdup_printf (_("aanname: %.0f %% van een positief saldo (de visie noemt geen "
                              "percentage)"), 100 * report->data->options.mkba.subsidy_share));
  headline_reach (report, cells);
  sk_report_table (report, translated, 3, cells);
  sk_report_writer_note (report->w, _("Bereikbaarheid: het deel van de inwoners dat binnen de norm "
                                      "per fiets bij de dichtstbijzijnde voorziening is, voor → na "
                                      "het plan. Kernen waarvan niet bekend is of er een in of "
                                      "dichtbij is, tellen niet mee; hun aantal staat erbij."));
}

static void
mkba_lines (SkReport   *report,
            const char *heading,
            const char *note,
            GArray     *lines,
            gboolean    actors)
{
  guint n_rows = 0;
  static const SkReportColumn columns[] = {
    { NULL, 0.4, SK_REPORT_ALIGN_LEFT },
    { N_("Kosten"), 0.2, SK_REPORT_ALIGN_RIGHT },
    { N_("Baten"), 0.2, SK_REPORT_ALIGN_RIGHT },
    { N_("Saldo"), 0.2, SK_REPORT_ALIGN_RIGHT },
  };
  SkReportColumn translated[4];
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  SkMkbaResult *r = report->data->main->mkba;

  for (guint i = 0; i < lines->len; i++)
    n_rows += g_array_index (lines, SkMkbaLine, i).costs[SK_RANGE_CENTRAL] >= 0.5
              || g_array_index (lines, SkMkbaLine, i).benefits[SK_RANGE_CENTRAL] >= 0.5;
  /* Heading, header, rows and the total together (about 17 points a row). */
  sk_report_writer_keep (report->w, 60 + 17 * (n_rows + 2));
  sk_report_writer_heading (report->w, heading);
  if (note != NULL)
    sk_report_writer_note (report->w, note);
  for (guint c = 0; c < 4; c++)
    translated[c] = (SkReportColumn) { c == 0 ? (actors ? _("Wie") : _("Categorie")) : _(columns[c].title),
                                       columns[c].width, columns[c].align };
  for (guint i = 0; i < lines->len; i++)
    {
      const SkMkbaLine *line = &g_array_index (lines, SkMkbaLine, i);
      const SkToolboxTerm *term = actors ? sk_toolbox_find_actor (report->data->toolbox, line->id)
                                         : sk_toolbox_find_category (report->data->toolbox, line->id);

      if (line->costs[SK_RANGE_CENTRAL] < 0.5 && line->benefits[SK_RANGE_CENTRAL] < 0.5)
        continue;
      g_ptr_array_add (cells, g_strdup (term ? sk_toolbox_term_get_display_name (term) : line->id));
      g_ptr_array_add (cells, sk_format_money (line->costs[SK_RANGE_CENTRAL]));
      g_ptr_array_add (cells, sk_format_money (line->benefits[SK_RANGE_CENTRAL]));
      g_ptr_array_add (cells, sk_format_money (line->benefits[SK_RANGE_CENTRAL]
                                               - line->costs[SK_RANGE_CENTRAL]));
    }
  g_ptr_array_add (cells, g_strdup (_("Totaal")));
  g_ptr_array_add (cells, sk_format_money (r->costs[SK_RANGE_CENTRAL]));
  g_ptr_array_add (cells, sk_format_money (r->benefits[SK_RANGE_CENTRAL]));
  g_ptr_array_add (cells, sk_format_money (r->ncw[SK_RANGE_CENTRAL]));
  sk_report_table (report, translated, 4, cells);
}

static void
mkba (SkReport *report)
{
  SkMkbaResult *r = report->data->main->mkba;
  g_autofree char *rate = sk_format_decimal (100 * report->data->options.mkba.rate, 2);
  g_autofree char *method = g_strdup_printf (
    _("Methode: Algemene leidraad voor MKBA (CPB/PBL 2013) en de Werkwijzer MKBA in het sociale "
      "domein (2016). Discontovoet %s %% reëel (Werkgroep discontovoet 2020), looptijd %d jaar, "
      "herinvestering aan het eind van elke levensduur, restwaarde aan het eind. Bedragen in "
      "prijzen van %d, centrale waarden."),
    rate, report->data->options.mkba.horizon, sk_toolbox_get_price_year (report->data->toolbox));

  mkba_lines (report, _("Kosten en baten per categorie"), method, r->by_category, FALSE);
  mkba_lines (report, _("Wie betaalt, wie baat"), NULL, r->by_actor, TRUE);
  if (r->pm->len > 0)
    {
      g_autoptr(GString) list = g_string_new (_("<b>PM-posten</b> (wel genoemd, niet in geld "
                                                "uitgedrukt):"));

      /* One block, so the title never stands alone at a page's end. */
      for (guint i = 0; i < r->pm->len; i++)
        {
          g_autofree char *name = g_markup_escape_text (g_ptr_array_index (r->pm, i), -1);

          g_string_append_printf (list, "\n• %s", name);
        }
      sk_report_writer_paragraph (report->w, list->str);
    }
}

gboolean
sk_report_write_pdf (SkStore                *store,
                     SkRegion               *region,
                     SkToolbox              *toolbox,
                     SkKengetallen          *kengetallen,
                     const SkReportOptions  *options,
                     const char             *out_path,
                     GError                **error)
{
  g_autoptr(SkReportData) data = NULL;
  g_autofree char *today = NULL, *date = NULL, *footer = NULL, *short_title = NULL;
  SkReport report = { 0 };

  g_return_val_if_fail (out_path != NULL, FALSE);

  data = sk_report_data_new (store, region, toolbox, kengetallen, options, TRUE, error);
  if (data == NULL)
    return FALSE;
  if (data->options.export_date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today = g_date_time_format (now, "%Y-%m-%d");
    }
  date = sk_report_format_date (today ? today : data->options.export_date);
  short_title = sk_report_shorten (sk_json_object_get_string (data->session, "title", ""),
                                   FOOTER_TITLE_MAX);
  footer = g_strdup_printf (_("%s — verslag gemaakt op %s"), short_title, date);
  report.data = data;
  report.w = sk_report_writer_new (out_path, footer, error);
  if (report.w == NULL)
    return FALSE;
  cover (&report);
  plan_map (&report);
  headline (&report);
  mkba (&report);
  sk_report_section_reach (&report);
  sk_report_section_ov (&report);
  sk_report_section_corrections (&report);
  sk_report_section_conditions (&report);
  sk_report_section_fit (&report);
  sk_report_section_comments (&report);
  sk_report_section_variants (&report);
  sk_report_section_sources (&report);
  return sk_report_writer_finish (report.w, error);
}
