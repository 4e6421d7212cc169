/* test-evaluator.c — the evaluation of a plan: the reachability → MKBA
 * rule worked out by hand, the brede-welvaart profile, the conditions,
 * and the live SkEvaluator (newest plan only, incremental = full).
 *
 * Fixtures: tests/fixtures/mini-region.json (a-dorp 1000 inhabitants at
 * 52.70 N 6.20 E, b-dorp 3000 at 52.70 N 6.30 E, c-gehucht without a
 * count; a station at 52.701 N 6.301 E) and mini-toolbox.json (one
 * "pluktuin", see test-mkba-eval.c), here made to provide a station so
 * that the plan shortens an existing trip. Crow-fly: no network.
 */
#include <glib.h>
#include <math.h>

#include "sk-evaluator.h"

/* Detour 1 and 15 km/h by bike (250 m a minute); the rule's figures:
 * value of time 10 EUR/h, every trip by bike, 10 trips a year to a
 * station, new trips: elasticity 0 (low), 1 (central, high). */
static const char kengetallen_json[] =
  "{ \"schema\": \"samenkaart-kengetallen/1\","
  "  \"speeds\": {"
  "    \"lopen\": { \"default\": { \"low\": 5, \"central\": 5, \"high\": 5, \"unit\": \"km/h\", \"source\": \"t\" } },"
  "    \"fiets\": { \"default\": { \"low\": 15, \"central\": 15, \"high\": 15, \"unit\": \"km/h\", \"source\": \"t\" } },"
  "    \"efiets\": { \"default\": { \"low\": 20, \"central\": 20, \"high\": 20, \"unit\": \"km/h\", \"source\": \"t\" } },"
  "    \"auto\": { \"default\": { \"low\": 50, \"central\": 50, \"high\": 50, \"unit\": \"km/h\", \"source\": \"t\" } } },"
  "  \"detour\": {"
  "    \"lopen\": { \"low\": 1, \"central\": 1, \"high\": 1, \"unit\": \"factor\", \"source\": \"t\" },"
  "    \"fiets\": { \"low\": 1, \"central\": 1, \"high\": 1, \"unit\": \"factor\", \"source\": \"t\" },"
  "    \"efiets\": { \"low\": 1, \"central\": 1, \"high\": 1, \"unit\": \"factor\", \"source\": \"t\" },"
  "    \"auto\": { \"low\": 1, \"central\": 1, \"high\": 1, \"unit\": \"factor\", \"source\": \"t\" } },"
  "  \"norms\": {},"
  "  \"travel_time\": {"
  "    \"value_of_time\": { \"fiets\": { \"low\": 10, \"central\": 10, \"high\": 10, \"unit\": \"EUR/h\", \"source\": \"t\" } },"
  "    \"mode_share\": { \"fiets\": { \"low\": 1, \"central\": 1, \"high\": 1, \"unit\": \"aandeel\", \"source\": \"t\" } },"
  "    \"trips\": { \"station\": { \"low\": 10, \"central\": 10, \"high\": 10, \"unit\": \"n\", \"source\": \"t\" } },"
  "    \"new_trips\": { \"low\": 0, \"central\": 1, \"high\": 1, \"unit\": \"e\", \"source\": \"t\" }"
  "    %s } }";

static SkKengetallen *
kengetallen (const char *claimed)
{
  g_autofree char *text = g_strdup_printf (kengetallen_json, claimed);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  SkKengetallen *k = sk_kengetallen_new_from_bytes (bytes, "test", &error);

  g_assert_no_error (error);
  return k;
}

static SkToolbox *
station_toolbox (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-toolbox.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("\"provides\": \\[\\s*\"groen\"\\s*\\]", 0, 0, NULL);
  g_autofree char *changed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SkToolbox *toolbox;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  changed = g_regex_replace_literal (regex, text, -1, 0, "\"provides\": [\"station\"]", 0, NULL);
  g_assert_cmpstr (changed, !=, text);
  bytes = g_bytes_new (changed, strlen (changed));
  toolbox = sk_toolbox_new_from_bytes (bytes, "mini", &error);
  g_assert_no_error (error);
  return toolbox;
}

static SkRegion *
mini_region (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-region.json", NULL);
  g_autoptr(GError) error = NULL;
  SkRegion *region = sk_region_load (path, &error);

  g_assert_no_error (error);
  return region;
}

static SkPlanSnapshot *
plan_at (SkToolbox      *toolbox,
         const SkLatLon *where,
         guint           n)
{
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);

  for (guint i = 0; i < n; i++)
    g_assert_cmpint (sk_plan_add (plan, "pluktuin", &where[i], 1, NULL, NULL), >, 0);
  return sk_plan_dup_snapshot (plan);
}

static void
bike_settings (SkEvalSettings *s)
{
  sk_eval_settings_init_default (s);
  s->modes = SK_ACCESS (SK_MODE_FIETS);
  s->mkba.rate = 0.0;
  s->mkba.horizon = 10;
}

static void
test_travel_rule (void)
{
  g_autoptr(SkRegion) region = mini_region ();
  g_autoptr(SkToolbox) toolbox = station_toolbox ();
  g_autoptr(SkKengetallen) k = kengetallen ("");
  /* A station halfway between a-dorp and the old one. */
  SkLatLon mid = { 52.7005, 6.2505 };
  g_autoptr(SkPlanSnapshot) plan = plan_at (toolbox, &mid, 1);
  SkEvalSettings s;
  g_autoptr(SkEvaluation) ev = NULL;
  double t0, t1, n0, low, central;

  bike_settings (&s);
  ev = sk_evaluate (region, toolbox, k, plan, &s);
  /* a-dorp: t0 = its distance to the old station / 250 m a minute, t1 =
   * to the new one. b-dorp keeps the old station (closer); c-gehucht has
   * no inhabitants. n0 = 1000 inhabitants × 10 trips × share 1 = 10 000.
   * Low (no new trips): 10 000 × (t0 − t1) / 60 h × 10 EUR.
   * Central: n1 = n0 × t0 / t1; ½ (n0 + n1) × (t0 − t1) / 60 × 10. */
  t0 = sk_geo_haversine_m (52.70, 6.20, 52.701, 6.301) / 250.0;
  t1 = sk_geo_haversine_m (52.70, 6.20, mid.lat, mid.lon) / 250.0;
  n0 = 10000;
  low = n0 * (t0 - t1) / 60 * 10;
  central = 0.5 * (n0 + n0 * t0 / t1) * (t0 - t1) / 60 * 10;
  g_assert_cmpfloat_with_epsilon (ev->travel.yearly[SK_RANGE_LOW], low, 1e-6 * low);
  g_assert_cmpfloat_with_epsilon (ev->travel.yearly[SK_RANGE_CENTRAL], central, 1e-6 * central);
  g_assert_cmpfloat (ev->travel.yearly[SK_RANGE_LOW], <, ev->travel.yearly[SK_RANGE_CENTRAL]);
  /* At 0 % over 10 years the present value is ten years' worth, and it
   * is a line of its own in the MKBA, for the bewoners. */
  g_assert_cmpfloat_with_epsilon (ev->travel.pv[SK_RANGE_CENTRAL], 10 * central, 1e-6 * central);
  for (guint i = 0; i < ev->mkba->by_category->len; i++)
    {
      const SkMkbaLine *l = &g_array_index (ev->mkba->by_category, SkMkbaLine, i);

      if (g_str_equal (l->id, "reistijd"))
        g_assert_cmpfloat_with_epsilon (l->benefits[SK_RANGE_CENTRAL], 10 * central, 1e-6 * central);
    }
  g_assert_false (ev->travel.claimed[SK_FACILITY_STATION]);
  g_assert_cmpuint (ev->travel.n_newly_reachable, ==, 0);
}

static void
test_no_double_counting (void)
{
  g_autoptr(SkRegion) region = mini_region ();
  g_autoptr(SkToolbox) toolbox = station_toolbox ();
  /* The pluktuin's own benefit "gezond" now says it values the trip. */
  g_autoptr(SkKengetallen) k = kengetallen (", \"claimed_by\": [ { \"kind\": \"pluktuin\", "
                                            "\"benefit\": \"gezond\" } ]");
  SkLatLon mid = { 52.7005, 6.2505 };
  g_autoptr(SkPlanSnapshot) plan = plan_at (toolbox, &mid, 1);
  SkEvalSettings s;
  g_autoptr(SkEvaluation) ev = NULL;

  bike_settings (&s);
  ev = sk_evaluate (region, toolbox, k, plan, &s);
  g_assert_true (ev->travel.claimed[SK_FACILITY_STATION]);
  g_assert_cmpfloat (ev->travel.pv[SK_RANGE_HIGH], ==, 0);
  /* The reachability itself still improves: only the euros are left out. */
  g_assert_cmpfloat (sk_reach_result_get_nearest (ev->after, 0, SK_FACILITY_STATION, SK_MODE_FIETS)->minutes,
                     <, sk_reach_result_get_nearest (ev->before, 0, SK_FACILITY_STATION, SK_MODE_FIETS)->minutes);
}

static double
sum_lines (GArray *lines,
           int     range)
{
  double sum = 0;

  for (guint i = 0; i < lines->len; i++)
    sum += g_array_index (lines, SkMkbaLine, i).benefits[range]
           - g_array_index (lines, SkMkbaLine, i).costs[range];
  return sum;
}

static void
test_sums_and_profile (void)
{
  g_autoptr(SkRegion) region = mini_region ();
  g_autoptr(SkToolbox) toolbox = station_toolbox ();
  g_autoptr(SkKengetallen) k = kengetallen ("");
  SkLatLon where[] = { { 52.7005, 6.2505 }, { 52.66, 6.25 } };
  g_autoptr(SkPlanSnapshot) plan = plan_at (toolbox, where, 2);
  SkEvalSettings s;
  g_autoptr(SkEvaluation) ev = NULL;
  g_autoptr(SkEvaluation) again = NULL;
  double residual = 0;

  bike_settings (&s);
  ev = sk_evaluate (region, toolbox, k, plan, &s);
  /* Actor and category lines sum to the saldo, the travel line included. */
  for (int r = 0; r < SK_N_RANGE; r++)
    {
      g_assert_cmpfloat_with_epsilon (sum_lines (ev->mkba->by_actor, r), ev->mkba->ncw[r], 1e-6);
      g_assert_cmpfloat_with_epsilon (sum_lines (ev->mkba->by_category, r), ev->mkba->ncw[r], 1e-6);
    }
  g_assert_cmpfloat (ev->mkba->ncw[SK_RANGE_LOW], <=, ev->mkba->ncw[SK_RANGE_CENTRAL]);
  g_assert_cmpfloat (ev->mkba->ncw[SK_RANGE_CENTRAL], <=, ev->mkba->ncw[SK_RANGE_HIGH]);
  /* The bw profile holds every benefit but the residual values (0 %, 10
   * years, lifetime 4: 2 × 500 central, see test-mkba-eval.c): health
   * 2 × 300 × 10 = 6000, travel time under arbeid-vrije-tijd. */
  residual = 2 * 500;
  g_assert_cmpfloat_with_epsilon (-sum_lines (ev->mkba->by_bw_theme, SK_RANGE_CENTRAL),
                                  -(ev->mkba->benefits[SK_RANGE_CENTRAL] - residual), 1e-6);
  for (guint i = 0; i < ev->mkba->by_bw_theme->len; i++)
    {
      const SkMkbaLine *l = &g_array_index (ev->mkba->by_bw_theme, SkMkbaLine, i);

      if (g_str_equal (l->id, "gezondheid"))
        g_assert_cmpfloat_with_epsilon (l->benefits[SK_RANGE_CENTRAL], 6000, 1e-9);
      else if (g_str_equal (l->id, "arbeid-vrije-tijd"))
        g_assert_cmpfloat_with_epsilon (l->benefits[SK_RANGE_CENTRAL], ev->travel.pv[SK_RANGE_CENTRAL], 1e-6);
      /* One PM-post ("Ontmoeting", samenleving), counted once for two. */
      g_assert_cmpuint (l->n_pm, ==, g_str_equal (l->id, "samenleving") ? 1 : 0);
    }
  /* Conditions: the pluktuin meets all but "starters". */
  g_assert_cmpuint (ev->n_conditions, ==, 5);
  g_assert_cmpuint (ev->conditions->len, ==, 2);
  g_assert_false (sk_evaluation_plan_meets (ev, 0));
  g_assert_cmpuint (ev->n_meeting[0], ==, 0);
  for (guint c = 1; c < 5; c++)
    g_assert_cmpuint (ev->n_meeting[c], ==, 2);
  g_assert_cmpint (ev->price_year, ==, 2024);
  /* Same input, same output. */
  again = sk_evaluate (region, toolbox, k, plan, &s);
  for (int r = 0; r < SK_N_RANGE; r++)
    g_assert_cmpfloat (again->mkba->ncw[r], ==, ev->mkba->ncw[r]);
}

typedef struct
{
  guint n_ready;
  guint64 generation;
  double ncw;
  double minutes;
} Seen;

static void
on_ready (SkEvaluator  *evaluator,
          SkEvaluation *ev,
          guint64       generation,
          Seen         *seen)
{
  seen->n_ready++;
  seen->generation = generation;
  seen->ncw = ev->mkba->ncw[SK_RANGE_CENTRAL];
  seen->minutes = sk_reach_result_get_nearest (ev->after, 0, SK_FACILITY_STATION, SK_MODE_FIETS)->minutes;
}

static void
wait_idle (SkEvaluator *evaluator)
{
  while (sk_evaluator_get_busy (evaluator))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_live (void)
{
  g_autoptr(SkRegion) region = mini_region ();
  g_autoptr(SkToolbox) toolbox = station_toolbox ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SkEvaluator) evaluator = sk_evaluator_new (region, toolbox, kengetallen (""), &error);
  SkLatLon where[] = { { 52.7005, 6.2505 }, { 52.70, 6.21 }, { 52.66, 6.25 } };
  SkEvalSettings s;
  Seen seen = { 0 };

  g_assert_no_error (error);
  bike_settings (&s);
  sk_evaluator_set_settings (evaluator, &s);
  g_signal_connect (evaluator, "ready", G_CALLBACK (on_ready), &seen);
  /* Three edits before the main loop runs: only the newest is shown. */
  for (guint n = 1; n <= 3; n++)
    {
      g_autoptr(SkPlanSnapshot) plan = plan_at (toolbox, where, n);
      sk_evaluator_submit (evaluator, plan);
    }
  wait_idle (evaluator);
  g_assert_cmpuint (seen.n_ready, ==, 1);
  g_assert_cmpuint (seen.generation, ==, 3);
  /* Then each edit in turn (move, remove, add back): the incremental
   * result equals the pure function's on the same plan. */
  for (guint n = 3; n >= 1; n--)
    {
      SkLatLon moved[3] = { where[2], where[1], where[0] };
      g_autoptr(SkPlanSnapshot) plan = plan_at (toolbox, moved, n);
      g_autoptr(SkEvaluation) full = sk_evaluate (region, toolbox, sk_evaluator_get_kengetallen (evaluator),
                                                  plan, &s);

      sk_evaluator_submit (evaluator, plan);
      wait_idle (evaluator);
      g_assert_cmpfloat_with_epsilon (seen.ncw, full->mkba->ncw[SK_RANGE_CENTRAL], 1e-6);
      g_assert_cmpfloat_with_epsilon (seen.minutes,
                                      sk_reach_result_get_nearest (full->after, 0, SK_FACILITY_STATION,
                                                                   SK_MODE_FIETS)->minutes, 1e-9);
      g_assert_true (sk_evaluator_get_evaluation (evaluator) != NULL);
    }
  g_assert_cmpuint (seen.n_ready, ==, 4);
}

/* "Hier is ook een station": a resident knows a station 4.7 km west of
 * a-dorp that the mini region lacks. It belongs to the situation before
 * the plan, so "before" and "after" both have it; worked by hand:
 *   t0' = a-dorp → added station (52.70 N 6.13 E) ≈ 4 717 m / 250 m a
 *         minute ≈ 18.9 min, instead of t0 ≈ 6 807 m / 250 ≈ 27.2 min;
 *   t1  = a-dorp → the plan's station (52.7005 N 6.2505 E) ≈ 13.6 min;
 *   low = 10 000 trips × (t0' − t1) / 60 h × 10 EUR ≈ 8 800 EUR a year
 *         (without the correction 10 000 × (t0 − t1) / 60 × 10 ≈ 22 700);
 *   mean before = (1000 × t0' + 3000 × t_b) / 4000, t_b = b-dorp → station B. */
static void
test_corrections (void)
{
  g_autoptr(SkRegion) region = mini_region ();
  g_autoptr(SkToolbox) toolbox = station_toolbox ();
  g_autoptr(SkKengetallen) k = kengetallen ("");
  SkLatLon mid = { 52.7005, 6.2505 };
  g_autoptr(SkPlanSnapshot) plan = plan_at (toolbox, &mid, 1);
  SkReachAddition added = { SK_FACILITY_STATION, 52.70, 6.13 };
  g_autoptr(SkEvaluation) plain = NULL;
  g_autoptr(SkEvaluation) ev = NULL;
  double t0 = sk_geo_haversine_m (52.70, 6.20, 52.701, 6.301) / 250.0;
  double t0c = sk_geo_haversine_m (52.70, 6.20, added.lat, added.lon) / 250.0;
  double t1 = sk_geo_haversine_m (52.70, 6.20, mid.lat, mid.lon) / 250.0;
  double tb = sk_geo_haversine_m (52.70, 6.30, 52.701, 6.301) / 250.0;
  double low = 10000 * (t0c - t1) / 60 * 10;
  SkEvalSettings s;

  bike_settings (&s);
  plain = sk_evaluate (region, toolbox, k, plan, &s);
  ev = sk_evaluate_corrected (region, toolbox, k, plan, &added, 1, &s);
  g_assert_cmpuint (ev->n_corrections, ==, 1);
  g_assert_cmpuint (plain->n_corrections, ==, 0);
  /* Before: a-dorp now has the added station nearest. */
  g_assert_cmpfloat_with_epsilon (sk_reach_result_get_nearest (plain->before, 0, SK_FACILITY_STATION,
                                                               SK_MODE_FIETS)->minutes, t0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sk_reach_result_get_nearest (ev->before, 0, SK_FACILITY_STATION,
                                                               SK_MODE_FIETS)->minutes, t0c, 1e-9);
  g_assert_cmpfloat_with_epsilon (sk_reach_result_get_summary (ev->before, SK_FACILITY_STATION,
                                                               SK_MODE_FIETS)->mean_minutes,
                                  (1000 * t0c + 3000 * tb) / 4000, 1e-9);
  /* After: the plan's station is nearer still, for both. */
  g_assert_cmpfloat_with_epsilon (sk_reach_result_get_nearest (ev->after, 0, SK_FACILITY_STATION,
                                                               SK_MODE_FIETS)->minutes, t1, 1e-9);
  g_assert_cmpfloat_with_epsilon (sk_reach_result_get_summary (ev->after, SK_FACILITY_STATION,
                                                               SK_MODE_FIETS)->mean_minutes,
                                  (1000 * t1 + 3000 * tb) / 4000, 1e-9);
  /* The plan's gain is measured from the corrected situation. */
  g_assert_cmpfloat_with_epsilon (ev->travel.yearly[SK_RANGE_LOW], low, 1e-6 * low);
  g_assert_cmpfloat_with_epsilon (ev->travel.yearly[SK_RANGE_LOW], 8800, 100);
  g_assert_cmpfloat_with_epsilon (plain->travel.yearly[SK_RANGE_LOW], 22700, 100);
  g_assert_cmpfloat (ev->mkba->ncw[SK_RANGE_CENTRAL], <, plain->mkba->ncw[SK_RANGE_CENTRAL]);

  /* The live evaluator gives the same, and follows a change of them. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SkEvaluator) live = sk_evaluator_new (region, toolbox, kengetallen (""), &error);
    SkEvaluation *shown;

    g_assert_no_error (error);
    sk_evaluator_set_settings (live, &s);
    sk_evaluator_submit (live, plan);
    wait_idle (live);
    shown = sk_evaluator_get_evaluation (live);
    g_assert_cmpfloat_with_epsilon (sk_reach_result_get_nearest (shown->before, 0, SK_FACILITY_STATION,
                                                                 SK_MODE_FIETS)->minutes, t0, 1e-9);
    sk_evaluator_set_corrections (live, &added, 1);
    sk_evaluator_submit (live, plan);
    wait_idle (live);
    shown = sk_evaluator_get_evaluation (live);
    g_assert_cmpuint (shown->n_corrections, ==, 1);
    g_assert_cmpfloat_with_epsilon (sk_reach_result_get_nearest (shown->before, 0, SK_FACILITY_STATION,
                                                                 SK_MODE_FIETS)->minutes, t0c, 1e-9);
    g_assert_cmpfloat_with_epsilon (shown->mkba->ncw[SK_RANGE_CENTRAL], ev->mkba->ncw[SK_RANGE_CENTRAL],
                                    1e-6);
    sk_evaluator_set_corrections (live, NULL, 0);
    sk_evaluator_submit (live, plan);
    wait_idle (live);
    shown = sk_evaluator_get_evaluation (live);
    g_assert_cmpfloat_with_epsilon (sk_reach_result_get_nearest (shown->before, 0, SK_FACILITY_STATION,
                                                                 SK_MODE_FIETS)->minutes, t0, 1e-9);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/evaluator/travel-rule", test_travel_rule);
  g_test_add_func ("/evaluator/no-double-counting", test_no_double_counting);
  g_test_add_func ("/evaluator/sums-and-profile", test_sums_and_profile);
  g_test_add_func ("/evaluator/live", test_live);
  g_test_add_func ("/evaluator/corrections", test_corrections);
  return g_test_run ();
}
