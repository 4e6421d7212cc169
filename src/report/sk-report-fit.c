/* sk-report-fit.c — "Past het hier?" in the report (issue 16): how many
 * ideas of the plan get each verdict, and why the ones that do not simply
 * fit get theirs. The verdicts are the model's (src/model/fit). */
#include "sk-config.h"
#include "sk-report-private.h"

#include <glib/gi18n-lib.h>

#include "sk-fit.h"
#include "sk-format.h"

/* At most this many ideas are named with their reason: a session of
 * thousands of ideas stays a report one can print. */
#define MAX_NAMED 100

/* The order the counts are read in: good to bad, "geen regel" last. */
static const SkFitVerdict order[] = {
  SK_FIT_PAST_GOED, SK_FIT_PAST, SK_FIT_NEE_TENZIJ, SK_FIT_PAST_NIET, SK_FIT_NONE,
};

/* The zone's name in the language of the user interface, as the
 * toolbox's names follow it (sk-toolbox.c). */
static const char *
zone_name (const SkFitZone *zone)
{
  gboolean english = g_str_equal (C_("language code of this translation", "nl"), "en");

  return english && zone->name_en != NULL ? zone->name_en : zone->name;
}

char *
sk_report_fit_counts_text (const guint counts[SK_FIT_N_VERDICTS])
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      guint n = counts[order[i]];
      g_autofree char *verdict = NULL;

      if (n == 0)
        continue;
      verdict = g_utf8_strdown (sk_fit_verdict_get_label (order[i]), -1);
      if (text->len > 0)
        g_string_append (text, "; ");
      /* Translators: ideas with one verdict, "2 ideeën: nee, tenzij". */
      g_string_append_printf (text, g_dngettext (NULL, "%u idee: %s", "%u ideeën: %s", n), n,
                              verdict);
    }
  return g_string_free (text, FALSE);
}

static const char *
document_title (SkFitRules *rules,
                const char *id)
{
  for (size_t i = 0; i < sk_fit_rules_get_n_documents (rules); i++)
    if (g_strcmp0 (sk_fit_rules_get_document (rules, i)->id, id) == 0)
      return sk_fit_rules_get_document (rules, i)->title;
  return id;
}

/* The distances behind the verdicts, each with its source or marked as
 * an assumption: "beekdal: 250 m (bron: Reest — Wikipedia …)". */
static char *
distances_note (SkFitRules *rules)
{
  GString *note = g_string_new (_("De afstanden achter deze oordelen:"));

  for (size_t i = 0; i < sk_fit_rules_get_n_zones (rules); i++)
    {
      const SkFitZone *zone = sk_fit_rules_get_zone (rules, i);
      g_autofree char *metres = sk_format_count ((long) zone->distance_m);

      g_string_append (note, i == 0 ? " " : "; ");
      if (zone->distance_source.assumption)
        /* Translators: a zone of the rules, its distance, an assumption. */
        g_string_append_printf (note, _("%s: %s m (aanname)"), zone_name (zone), metres);
      else
        /* Translators: a zone of the rules, its distance and the document it comes from. */
        g_string_append_printf (note, _("%s: %s m (bron: %s)"), zone_name (zone), metres,
                                document_title (rules, zone->distance_source.document));
    }
  g_string_append (note, ".");
  return g_string_free (note, FALSE);
}

void
sk_report_section_fit (SkReport *report)
{
  SkReportData *data = report->data;
  SkPlanSnapshot *plan = data->main->plan;
  size_t n_items = sk_plan_snapshot_get_n_items (plan);
  g_autoptr(SkFit) fit = sk_fit_new_for_region (data->region, data->toolbox, NULL);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  guint counts[SK_FIT_N_VERDICTS] = { 0 };
  guint named = 0, left_out = 0;
  g_autofree char *summary = NULL;
  SkReportColumn columns[] = {
    { _("Nr."), 0.07, SK_REPORT_ALIGN_RIGHT },
    { _("Ingreep"), 0.25, SK_REPORT_ALIGN_LEFT },
    { _("Waarom"), 0.68, SK_REPORT_ALIGN_LEFT },
  };

  for (size_t i = 0; i < n_items; i++)
    {
      const SkInterventionState *state = sk_plan_snapshot_get_state (plan, i);
      g_autoptr(SkFitResult) result = sk_fit_check_state (fit, state);
      SkFitVerdict verdict = sk_fit_result_get_verdict (result);

      counts[verdict]++;
      if (verdict != SK_FIT_NEE_TENZIJ && verdict != SK_FIT_PAST_NIET)
        continue;
      if (named++ >= MAX_NAMED)
        {
          left_out++;
          continue;
        }
      g_ptr_array_add (cells, g_strdup_printf ("%zu", i + 1));
      g_ptr_array_add (cells, g_strdup (sk_report_kind_name (data->toolbox, state->kind_id)));
      g_ptr_array_add (cells, g_strdup (sk_fit_result_get_reason (result)));
    }
  sk_report_writer_heading (report->w, _("Past het hier?"));
  sk_report_writer_paragraph (report->w,
                              _("Waar een idee ligt, telt mee: water en bodem sturen, in een "
                                "beekdal wordt niet gebouwd tenzij het water en natuur helpt, en "
                                "nieuwe woningen horen bij het dorp. Zo oordelen de regels over "
                                "de ideeën van dit plan."));
  if (sk_fit_get_problem (fit) != NULL)
    sk_report_writer_note (report->w, sk_fit_get_problem (fit));
  else
    {
      g_autofree char *distances = distances_note (sk_fit_get_rules (fit));

      sk_report_writer_note (report->w, distances);
    }
  summary = sk_report_fit_counts_text (counts);
  sk_report_writer_paragraph (report->w, *summary != '\0' ? summary : _("Het plan heeft nog geen ideeën."));
  if (cells->len > 0)
    {
      sk_report_writer_note (report->w, _("De ideeën die hier niet zomaar passen, en waarom:"));
      sk_report_table (report, columns, G_N_ELEMENTS (columns), cells);
    }
  if (left_out > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (NULL, "En nog %u idee dat hier niet zomaar past.",
                                                            "En nog %u ideeën die hier niet zomaar passen.",
                                                            left_out),
                                               left_out);
      sk_report_writer_note (report->w, more);
    }
}
