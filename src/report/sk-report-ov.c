/* sk-report-ov.c — "Met bus en trein" in the PDF report: per kern the
 * median time door to door to the first centres (Zwolle, Emmen) before →
 * after the plan, the share of inhabitants within an hour and the travel
 * time's value, as the window's "Met bus en trein" shows it first. */
#include "sk-config.h"
#include "sk-report-private.h"
#include "sk-report-writer.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sk-format.h"

void
sk_report_data_load_ov (SkReportData *data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkTimetable) timetable = sk_timetable_load_for_region (data->region, &error);

  if (timetable == NULL)
    {
      /* No timetable is the usual case and said as such in the section. */
      if (!g_error_matches (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_NOT_FOUND))
        data->ov_problem = g_strdup (error->message);
      return;
    }
  /* The question the window asked last in this session, else the first. */
  {
    g_autofree char *text = sk_store_dup_setting (data->store, SK_OV_QUESTION_SETTING);
    g_autoptr(GPtrArray) dests = NULL;
    SkOvQuery query;

    if (sk_ov_question_parse (text, &query, &dests))
      {
        data->ov = sk_ov_setup_new (timetable, &query, g_steal_pointer (&dests), &error);
        if (data->ov != NULL)
          return;
        g_clear_error (&error);
      }
  }
  data->ov = sk_ov_setup_new_default (timetable, &error);
  if (data->ov == NULL)
    data->ov_problem = g_strdup (error->message);
}

static char *
minutes_text (double minutes)
{
  return isnan (minutes) ? g_strdup (_("niet binnen 3 uur")) : sk_format_decimal (minutes, 0);
}

static void
ov_table (SkReport   *report,
          SkOvResult *before,
          SkOvResult *after)
{
  static const SkReportColumn columns[] = {
    { N_("Kern"), 0.4, SK_REPORT_ALIGN_LEFT },
    { N_("Inwoners"), 0.2, SK_REPORT_ALIGN_RIGHT },
    { N_("Minuten (mediaan)"), 0.4, SK_REPORT_ALIGN_RIGHT },
  };
  SkReportColumn translated[G_N_ELEMENTS (columns)];
  SkRegion *region = report->data->region;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    translated[c] = (SkReportColumn) { _(columns[c].title), columns[c].width, columns[c].align };
  for (size_t k = 0; k < sk_region_get_n_kernen (region); k++)
    {
      const SkKern *kern = sk_region_get_kern (region, k);
      g_autofree char *b = minutes_text (sk_ov_result_get_centre_median (before, k));
      g_autofree char *a = minutes_text (sk_ov_result_get_centre_median (after, k));

      g_ptr_array_add (cells, g_strdup (kern->name));
      g_ptr_array_add (cells, kern->inhabitants >= 0 ? sk_format_count (kern->inhabitants) : g_strdup ("–"));
      g_ptr_array_add (cells, g_str_equal (a, b) ? g_strdup (a) : g_strdup_printf ("%s → %s", b, a));
    }
  sk_report_table (report, translated, G_N_ELEMENTS (translated), cells);
}

static void
ov_summary (SkReport       *report,
            SkOvEvaluation *ov)
{
  SkOvSetup *setup = sk_ov_evaluation_get_setup (ov);
  const SkOvQuery *q = sk_ov_setup_get_query (setup);
  g_autofree char *names = sk_ov_setup_dup_names (setup);
  g_autofree char *before = sk_report_format_share (sk_ov_result_get_within_60_share (sk_ov_evaluation_get_before (ov)));
  g_autofree char *after = sk_report_format_share (sk_ov_result_get_within_60_share (sk_ov_evaluation_get_after (ov)));
  g_autofree char *within = NULL, *question = NULL, *money = NULL;
  char iso[16];
  g_autofree char *date = NULL;
  const double *yearly = sk_ov_evaluation_get_yearly (ov);
  g_autofree char *central = sk_format_count (lround (yearly[SK_RANGE_CENTRAL]));
  g_autofree char *low = sk_format_count (lround (yearly[SK_RANGE_LOW]));
  g_autofree char *high = sk_format_count (lround (yearly[SK_RANGE_HIGH]));
  g_autofree char *claimed = sk_ov_format_claimed_note (sk_ov_evaluation_get_claimed_kinds (ov));

  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &q->date);
  date = sk_report_format_date (iso);
  question = g_strdup_printf (_("De mediaan van de reistijd van deur tot deur naar %s, over elke "
                                "vertrekminuut van %02d:%02d tot %02d:%02d op %s, %s naar de halte. "
                                "Waar het plan iets verandert, staat er “voor → na”."),
                              names, q->window_start / 3600, q->window_start / 60 % 60,
                              q->window_end / 3600, q->window_end / 60 % 60, date,
                              q->access == SK_MODE_FIETS ? _("met de fiets") : _("lopend"));
  sk_report_writer_paragraph (report->w, question);
  within = g_str_equal (before, after)
           ? g_strdup_printf (_("Binnen een uur in %s: %s van de inwoners."), names, after)
           : g_strdup_printf (_("Binnen een uur in %s: %s → %s van de inwoners."), names, before, after);
  sk_report_writer_paragraph (report->w, within);
  money = g_strdup_printf (_("Tijdwinst met bus en trein: € %s per jaar (€ %s – € %s), met de "
                             "halveringsregel; het aantal reizen naar een centrum en de waarde van "
                             "de reistijd zijn aannames (zie de bijlage)."), central, low, high);
  if (yearly[SK_RANGE_HIGH] > 0)
    sk_report_writer_note (report->w, money);
  if (claimed != NULL)
    sk_report_writer_note (report->w, claimed);
  if (sk_ov_evaluation_get_n_no_route (ov) > 0)
    sk_report_writer_note (report->w, _("Een buurtbus zonder route (een punt uit een oudere versie) "
                                        "telt hier niet mee."));
}

void
sk_report_section_ov (SkReport *report)
{
  SkReportData *data = report->data;
  SkOvEvaluation *ov = data->main->evaluation ? data->main->evaluation->ov : NULL;

  sk_report_writer_heading (report->w, _("Met bus en trein"));
  if (ov == NULL)
    {
      const char *problem = data->main->evaluation && data->main->evaluation->ov_problem
                            ? data->main->evaluation->ov_problem : data->ov_problem;

      sk_report_writer_paragraph (report->w, problem != NULL
                                             ? problem
                                             : _("Voor deze regio is geen dienstregeling ingelezen, "
                                                 "dus staat hier niets over bus en trein. In "
                                                 "Samenkaart: Hoofdmenu → Dienstregeling inlezen (GTFS)…"));
      return;
    }
  ov_summary (report, ov);
  ov_table (report, sk_ov_evaluation_get_before (ov), sk_ov_evaluation_get_after (ov));
}
