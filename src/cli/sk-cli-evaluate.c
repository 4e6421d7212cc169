/* sk-cli-evaluate.c — samenkaart-cli evaluate: the MKBA, reachability and
 * toolbox conditions of a plan (docs/evaluate.md). */
#include "sk-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-cli-commands.h"
#include "sk-correction.h"
#include "sk-evaluator.h"
#include "sk-json.h"

/* Whole euros and rounded ratios keep the output the same on every
 * machine and every run. */
static void
add_range (JsonBuilder  *b,
           const char   *name,
           const double  v[SK_N_RANGE],
           double        step)
{
  static const char *const ends[] = { "low", "central", "high" };

  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  for (int r = 0; r < SK_N_RANGE; r++)
    {
      json_builder_set_member_name (b, ends[r]);
      if (isnan (v[r]))
        json_builder_add_null_value (b);
      else
        json_builder_add_double_value (b, round (v[r] / step) * step);
    }
  json_builder_end_object (b);
}

static void
add_lines (JsonBuilder *b,
           const char  *name,
           GArray      *lines,
           gboolean     costs,
           gboolean     pm)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < lines->len; i++)
    {
      const SkMkbaLine *line = &g_array_index (lines, SkMkbaLine, i);

      json_builder_begin_object (b);
      sk_json_add_string (b, "id", line->id);
      if (costs)
        add_range (b, "costs", line->costs, 1.0);
      add_range (b, "benefits", line->benefits, 1.0);
      if (pm)
        sk_json_add_int (b, "pm", line->n_pm);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_travel (JsonBuilder        *b,
            const SkTravelTime *t)
{
  json_builder_set_member_name (b, "travel_time");
  json_builder_begin_object (b);
  add_range (b, "yearly", t->yearly, 1.0);
  add_range (b, "pv", t->pv, 1.0);
  sk_json_add_double (b, "hours_saved", round (t->hours_saved));
  sk_json_add_int (b, "newly_reachable", t->n_newly_reachable);
  json_builder_set_member_name (b, "left_out");
  json_builder_begin_array (b);
  for (int ty = 0; ty < SK_N_FACILITY_TYPES; ty++)
    if (t->claimed[ty])
      json_builder_add_string_value (b, sk_facility_type_to_id ((SkFacilityType) ty));
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_mkba (JsonBuilder  *b,
          SkEvaluation *ev)
{
  const SkMkbaResult *m = ev->mkba;

  json_builder_set_member_name (b, "mkba");
  json_builder_begin_object (b);
  sk_json_add_int (b, "price_year", ev->price_year);
  sk_json_add_double (b, "discount_rate_percent", round (ev->settings.mkba.rate * 1e6) / 1e4);
  sk_json_add_int (b, "horizon", ev->settings.mkba.horizon);
  add_range (b, "costs", m->costs, 1.0);
  add_range (b, "benefits", m->benefits, 1.0);
  add_range (b, "ncw", m->ncw, 1.0);
  add_range (b, "bc_ratio", m->bc, 0.001);
  add_lines (b, "by_category", m->by_category, TRUE, FALSE);
  add_lines (b, "by_actor", m->by_actor, TRUE, FALSE);
  add_lines (b, "bw_profile", m->by_bw_theme, FALSE, TRUE);
  json_builder_set_member_name (b, "subsidy");
  json_builder_begin_object (b);
  sk_json_add_double (b, "share", ev->settings.mkba.subsidy_share);
  json_builder_set_member_name (b, "share_is_assumption");
  json_builder_add_boolean_value (b, TRUE);
  sk_json_add_double (b, "amount", round (m->subsidy));
  json_builder_end_object (b);
  json_builder_set_member_name (b, "pm");
  json_builder_begin_array (b);
  for (guint i = 0; i < m->pm->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (m->pm, i));
  json_builder_end_array (b);
  add_travel (b, &ev->travel);
  json_builder_end_object (b);
}

static void
add_conditions (JsonBuilder  *b,
                SkToolbox    *toolbox,
                SkEvaluation *ev)
{
  json_builder_set_member_name (b, "conditions");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "plan");
  json_builder_begin_array (b);
  for (guint i = 0; i < ev->n_conditions; i++)
    {
      json_builder_begin_object (b);
      sk_json_add_string (b, "id", sk_toolbox_get_condition (toolbox, i)->id);
      sk_json_add_int (b, "interventions", ev->n_meeting[i]);
      json_builder_set_member_name (b, "met");
      json_builder_add_boolean_value (b, sk_evaluation_plan_meets (ev, i));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "interventions");
  json_builder_begin_array (b);
  for (guint i = 0; i < ev->conditions->len; i++)
    {
      const SkEvalConditions *c = &g_array_index (ev->conditions, SkEvalConditions, i);

      json_builder_begin_object (b);
      sk_json_add_int (b, "id", c->id);
      sk_json_add_string (b, "kind", c->kind_id);
      json_builder_set_member_name (b, "met");
      json_builder_begin_array (b);
      for (guint j = 0; j < ev->n_conditions; j++)
        if (c->met & (1u << j))
          json_builder_add_string_value (b, sk_toolbox_get_condition (toolbox, j)->id);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

/* The facilities added during the session that the figures include. */
static void
add_corrections (JsonBuilder *b,
                 GPtrArray   *corrections)
{
  json_builder_set_member_name (b, "corrections");
  json_builder_begin_array (b);
  for (guint i = 0; i < corrections->len; i++)
    {
      const SkStoreCorrection *c = g_ptr_array_index (corrections, i);

      json_builder_begin_object (b);
      sk_json_add_string (b, "type", c->type);
      sk_json_add_string (b, "name", c->name);
      sk_json_add_double (b, "lat", c->lat);
      sk_json_add_double (b, "lon", c->lon);
      sk_json_add_string (b, "added_by", c->participant_name);
      sk_json_add_string (b, "created", c->created);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
print_json (SkRegion       *region,
            SkToolbox      *toolbox,
            SkKengetallen  *k,
            SkEvaluation   *ev,
            GPtrArray      *corrections,
            SkFit          *fit,
            SkPlanSnapshot *snapshot)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  sk_json_add_int (b, "interventions", ev->conditions->len);
  add_corrections (b, corrections);
  add_mkba (b, ev);
  json_builder_set_member_name (b, "reach");
  json_builder_begin_object (b);
  sk_json_add_string (b, "region", sk_region_get_id (region));
  sk_json_add_string (b, "method", sk_reach_method_to_id (sk_reach_result_get_method (ev->before)));
  sk_cli_add_reach_summary (b, "before", ev->before, k);
  sk_cli_add_reach_summary (b, "after", ev->after, k);
  json_builder_end_object (b);
  add_conditions (b, toolbox, ev);
  sk_cli_add_fit (b, fit, snapshot);
  json_builder_end_object (b);
  sk_cli_print_json (b);
}

static void
print_text (SkToolbox    *toolbox,
            SkEvaluation *ev)
{
  const SkMkbaResult *m = ev->mkba;

  g_print (_("%u ingrepen, prijzen van %d, discontovoet %.2f %%, %d jaar.\n"),
           ev->conditions->len, ev->price_year, 100 * ev->settings.mkba.rate,
           ev->settings.mkba.horizon);
  g_print (_("Saldo (netto contante waarde): € %.0f (van € %.0f tot € %.0f).\n"),
           m->ncw[SK_RANGE_CENTRAL], m->ncw[SK_RANGE_LOW], m->ncw[SK_RANGE_HIGH]);
  if (!isnan (m->bc[SK_RANGE_CENTRAL]))
    g_print (_("Baten gedeeld door kosten: %.2f.\n"), m->bc[SK_RANGE_CENTRAL]);
  g_print (_("Waarvan reistijdwinst: € %.0f.\n"), ev->travel.pv[SK_RANGE_CENTRAL]);
  g_print (_("Subsidie uit het gebiedsfonds (aanname %.0f %%): € %.0f.\n"),
           100 * ev->settings.mkba.subsidy_share, m->subsidy);
  g_print (_("Niet in euro’s (PM): %u posten.\n"), m->pm->len);
  for (guint i = 0; i < ev->n_conditions; i++)
    g_print ("%s %s: %u\n", sk_evaluation_plan_meets (ev, i) ? "✓" : "✗",
             sk_toolbox_term_get_display_name (sk_toolbox_get_condition (toolbox, i)),
             ev->n_meeting[i]);
}

/* The options as typed: a Dutch "2,25" is 2.25; "nan", "inf", "0x…" and
 * "12abc" are refused like any value out of range, never taken silently
 * as the default. */
static gboolean
check_settings (const char      *rate_text,
                const char      *horizon_text,
                SkEvalSettings  *settings,
                GError         **error)
{
  sk_eval_settings_init_default (settings);
  if (rate_text != NULL)
    {
      g_autofree char *text = g_strdelimit (g_strstrip (g_strdup (rate_text)), ",", '.');
      char *end = NULL;
      double rate_percent = g_ascii_strtod (text, &end);

      if (*text == '\0' || *end != '\0' || !isfinite (rate_percent)
          || strpbrk (text, "xXnN") != NULL || rate_percent < 0 || rate_percent > 20)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("De discontovoet moet tussen 0 en 20 procent liggen."));
          return FALSE;
        }
      settings->mkba.rate = rate_percent / 100.0;
    }
  if (horizon_text != NULL)
    {
      gint64 horizon = 0;

      if (!g_ascii_string_to_signed (horizon_text, 10, 1, 200, &horizon, NULL))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("De looptijd moet tussen 1 en 200 jaar liggen."));
          return FALSE;
        }
      settings->mkba.horizon = (int) horizon;
    }
  return TRUE;
}

int
sk_cli_evaluate (int    argc,
                 char **argv)
{
  gboolean json = FALSE;
  g_autofree char *region_arg = NULL, *toolbox_arg = NULL, *region_id = NULL;
  g_autofree char *rate_text = NULL, *horizon_text = NULL, *fit_rules = NULL;
  const GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_arg, N_("De regio (anders die van de sessie, of reestdal)"), N_("REGIO") },
    { "toolbox", 0, 0, G_OPTION_ARG_STRING, &toolbox_arg, N_("Een ander toolboxbestand"), N_("BESTAND") },
    { "discount-rate", 0, 0, G_OPTION_ARG_STRING, &rate_text, N_("Discontovoet in procent (2,25)"), N_("PROCENT") },
    { "horizon", 0, 0, G_OPTION_ARG_STRING, &horizon_text, N_("Looptijd in jaren (100; ook 30 of 50)"), N_("JAREN") },
    { "fit-rules", 0, 0, G_OPTION_ARG_FILENAME, &fit_rules, N_("Een ander regelbestand voor ‘Past het hier?’"), N_("BESTAND") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Uitvoer als JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN — reken een plan door"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkToolbox) toolbox = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkKengetallen) k = NULL;
  g_autoptr(SkPlanSnapshot) snapshot = NULL;
  g_autoptr(SkEvaluation) ev = NULL;
  g_autoptr(GPtrArray) corrections = NULL;
  g_autoptr(GArray) sites = NULL;
  g_autoptr(SkFit) fit = NULL;
  SkEvalSettings settings;

  g_option_context_set_summary (context, _("PLAN is een sessiebestand (.samenkaart) of een GeoJSON "
                                           "FeatureCollection met de soort ingreep in "
                                           "properties.kind. Zie docs/evaluate.md."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2
      || !check_settings (rate_text, horizon_text, &settings, &error))
    {
      g_printerr ("%s\n", error ? error->message : _("Geef één plan op: een sessie of GeoJSON."));
      return 2;
    }
  if ((toolbox = sk_toolbox_load (toolbox_arg, &error)) == NULL
      || !sk_cli_read_plan (plan = sk_plan_new (toolbox), argv[1], &region_id, &corrections,
                            &error)
      || (region = sk_region_load (region_arg ? region_arg : region_id ? region_id : "reestdal",
                                   &error)) == NULL
      || (k = sk_kengetallen_load_default (&error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  snapshot = sk_plan_dup_snapshot (plan);
  /* Facilities added during the session count before and after the plan. */
  sites = sk_corrections_to_additions (corrections);
  ev = sk_evaluate_corrected (region, toolbox, k, snapshot, (SkReachAddition *) sites->data,
                              sites->len, &settings);
  /* Broken rules do not stop the evaluation: the output says they are missing. */
  fit = sk_fit_new_for_region (region, toolbox, fit_rules);
  if (sk_fit_get_problem (fit) != NULL && json)
    g_printerr ("%s\n", sk_fit_get_problem (fit));
  if (json)
    print_json (region, toolbox, k, ev, corrections, fit, snapshot);
  else
    {
      print_text (toolbox, ev);
      sk_cli_print_fit (fit, toolbox, snapshot);
    }
  return 0;
}
