/* test-ov-eval.c — what a plan does to bus and train (sk-ov-eval.h): the
 * rule of half worked out by hand, the buurtbus as a line in the
 * catalogue, and a session of an older version with the buurtbus as a
 * point: it opens, is shown and evaluated, and says it has no route. */
#include "sk-config.h"

#include <math.h>
#include <string.h>

#include "sk-evaluator.h"
#include "sk-format.h"
#include "sk-ov-eval.h"
#include "sk-session.h"
#include "sk-store.h"
#include "sk-test-util.h"

/* One kern of 1,000 inhabitants whose median to Zwolle drops from 90 to
 * 45 minutes, with the figures of data/reach/kengetallen.json:
 *   trips 12 a year (central), value of time €10 an hour, new_trips 0.3;
 *   n0 = 1,000 × 12 = 12,000
 *   n1 = 12,000 × (90 / 45)^0.3 = 12,000 × 1.231144 = 14,773.73
 *   hours = ½ (12,000 + 14,773.73) × 45 / 60 = 10,040.15
 *   EUR = 10,040.15 × 10 = 100,401.5 a year.
 * Low: trips 4, €7, new_trips 0: ½ (4,000 + 4,000) × 0.75 × 7 = 21,000.
 * A second kern has no time before (no bus within 3 hours): no euros,
 * counted as newly reachable; a third gets slower: nothing. */
static void
test_rule_of_half (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  const double t0[] = { 90, NAN, 40 };
  const double t1[] = { 45, 50, 42 };
  const double people[] = { 1000, 500, 800 };
  double yearly[SK_N_RANGE], hours;
  guint newly;

  g_assert_no_error (error);
  sk_ov_rule_of_half (k, t0, t1, people, 3, yearly, &hours, &newly);
  g_assert_cmpfloat_with_epsilon (yearly[SK_RANGE_CENTRAL], 100401.5, 1.0);
  g_assert_cmpfloat_with_epsilon (hours, 10040.15, 0.1);
  g_assert_cmpfloat_with_epsilon (yearly[SK_RANGE_LOW], 21000.0, 0.01);
  g_assert_cmpfloat (yearly[SK_RANGE_HIGH], >, yearly[SK_RANGE_CENTRAL]);
  g_assert_cmpuint (newly, ==, 1);
}

/* The figures the rule uses are in the data, each an aanname with a note. */
static void
test_figures (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  const char *const names[] = { "value_of_time", "trips", "buurtbus_speed" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const SkFigure *f = sk_kengetallen_get_public_transport (k, names[i]);

      g_assert_nonnull (f);
      g_assert_true (f->low <= f->central && f->central <= f->high);
      g_assert_true (f->assumption && f->note != NULL);
    }
  g_assert_null (sk_kengetallen_get_public_transport (k, "teleport"));
}

/* The buurtbus is drawn as a line now, with its time between trips and
 * first and last departure, each with its usual range. */
static void
test_catalogue (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkToolbox) toolbox = sk_toolbox_load (NULL, &error);
  const SkKind *bus, *stop;
  const char *const params[] = { "minuten_tussen_ritten", "eerste_vertrek", "laatste_vertrek" };

  g_assert_no_error (error);
  bus = sk_toolbox_find_kind (toolbox, SK_OV_KIND_LINE);
  g_assert_cmpint (bus->geometry, ==, SK_GEOMETRY_LINE);
  g_assert_true (bus->was_point);
  for (guint i = 0; i < G_N_ELEMENTS (params); i++)
    {
      const SkParameter *p = sk_kind_find_parameter (bus, params[i]);

      g_assert_nonnull (p);
      g_assert_true (p->has_range);
      g_assert_true (p->range.source != NULL || p->range.assumption);
      g_assert_cmpfloat (p->range.low, >=, p->min);
      g_assert_cmpfloat (p->range.high, <=, p->max);
    }
  stop = sk_toolbox_find_kind (toolbox, SK_OV_KIND_STOP);
  g_assert_nonnull (stop);
  g_assert_cmpint (stop->geometry, ==, SK_GEOMETRY_POINT);
  g_assert_nonnull (sk_toolbox_find_kind (toolbox, SK_OV_KIND_HUB));
}

/* A session file as version 0.1 wrote it: the buurtbus a Point. */
static char *
write_old_session (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "oud.samenkaart", NULL);
  SkStoreMetadata metadata = { .title = "Oud", .region_id = "reestdal" };
  g_autoptr(SkStore) store = sk_store_create (path, &metadata, &error);
  SkStoreAction add = { .op = SK_STORE_OP_ADD, .kind = "buurtbus",
                        .geometry = "{\"type\":\"Point\",\"coordinates\":[6.30,52.70]}" };

  g_assert_no_error (error);
  g_assert_cmpint (sk_store_apply (store, &add, NULL, &error), >, 0);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void
test_old_point_buurtbus (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sk_test_tmpdir_new ("test-ov-eval");
  g_autofree char *path = write_old_session (dir);
  g_autoptr(SkToolbox) toolbox = sk_toolbox_load (NULL, &error);
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", &error);
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  g_autoptr(SkStore) store = sk_store_open (path, &error);
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);
  g_autoptr(SkSession) session = sk_session_new (store, plan, &error);
  g_autoptr(SkPlanSnapshot) snapshot = NULL;
  g_autoptr(SkEvaluation) ev = NULL;
  g_autoptr(SkOvOverlay) overlay = NULL;
  SkEvalSettings settings;
  const SkInterventionState *state;
  guint no_route = 0;

  g_assert_no_error (error);
  /* Shown: nothing skipped, the buurtbus is a point on the map. */
  g_assert_cmpuint (sk_session_get_n_skipped (session), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 1);
  snapshot = sk_plan_dup_snapshot (plan);
  state = sk_plan_snapshot_get_state (snapshot, 0);
  g_assert_cmpint (state->geometry, ==, SK_GEOMETRY_POINT);
  g_assert_true (sk_intervention_state_has_no_route (sk_toolbox_find_kind (toolbox, "buurtbus"), state));
  /* Evaluated: its costs count (€60,000 a year over 100 years at
   * 2.25 % is €2.38 million, plus the start-up). */
  sk_eval_settings_init_default (&settings);
  ev = sk_evaluate (region, toolbox, k, snapshot, &settings);
  g_assert_cmpuint (ev->mkba->n_interventions, ==, 1);
  g_assert_cmpfloat (ev->mkba->costs[SK_RANGE_CENTRAL], >, 2.3e6);
  /* No route: no bus line in the timetable, and counted as such. */
  overlay = sk_ov_overlay_from_plan (toolbox, k, snapshot, TRUE, &no_route);
  g_assert_true (sk_ov_overlay_is_empty (overlay));
  g_assert_cmpuint (no_route, ==, 1);
  g_clear_object (&session);
  g_clear_object (&store);
  sk_test_tmpdir_remove (dir);
}

/* A drawn buurtbus adds a line; a new one cannot be a single point. */
static void
test_line_overlay (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkToolbox) toolbox = sk_toolbox_load (NULL, &error);
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);
  g_autoptr(SkPlanSnapshot) snapshot = NULL;
  g_autoptr(SkOvOverlay) all = NULL, valued = NULL;
  const SkLatLon route[] = { { 52.70, 6.30 }, { 52.72, 6.35 }, { 52.74, 6.40 } };
  guint no_route = 0;

  g_assert_no_error (error);
  g_assert_cmpint (sk_plan_add (plan, "buurtbus", route, G_N_ELEMENTS (route), NULL, &error), >, 0);
  g_assert_no_error (error);
  snapshot = sk_plan_dup_snapshot (plan);
  all = sk_ov_overlay_from_plan (toolbox, k, snapshot, TRUE, &no_route);
  g_assert_false (sk_ov_overlay_is_empty (all));
  g_assert_cmpuint (no_route, ==, 0);
  /* Its reizigersbaat values the trip itself: left out of the euros. */
  valued = sk_ov_overlay_from_plan (toolbox, k, snapshot, FALSE, NULL);
  g_assert_true (sk_ov_overlay_is_empty (valued));
}

/* The note that the euros are elsewhere names what the plan has: a
 * buurtbus alone is not told about a hub, nor a hub about a buurtbus. */
static void
test_claimed_note (void)
{
  g_autofree char *line = sk_ov_format_claimed_note (SK_OV_CLAIMED_LINE);
  g_autofree char *hub = sk_ov_format_claimed_note (SK_OV_CLAIMED_HUB);
  g_autofree char *both = sk_ov_format_claimed_note (SK_OV_CLAIMED_LINE | SK_OV_CLAIMED_HUB);

  g_assert_null (sk_ov_format_claimed_note (0));
  g_assert_nonnull (strstr (line, "buurtbus"));
  g_assert_null (strstr (line, "hub"));
  g_assert_nonnull (strstr (hub, "mobiliteitshub"));
  g_assert_null (strstr (hub, "buurtbus"));
  g_assert_nonnull (strstr (both, "Buurtbus en mobiliteitshub"));
}

/* The day of the question is named in the UI's language, not the
 * system's (the tests run in the C locale, whose strftime says "Tue"). */
static void
test_day_in_dutch (void)
{
  g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 12, 8, 0, 0, 0);
  g_autofree char *text = sk_format_day (day);

  g_assert_cmpstr (text, ==, "di 8 dec 2026");
}

/* The question a session keeps: written and read back; a damaged line
 * is refused (the window then asks the first question). */
static void
test_question_setting (void)
{
  const char *text = "2026-12-08 16:00-18:00 fiets Emmen,Assen";
  g_autoptr(GPtrArray) dests = NULL;
  g_autofree char *again = NULL;
  SkOvQuery q;
  GPtrArray *none = NULL;

  g_assert_true (sk_ov_question_parse (text, &q, &dests));
  g_assert_cmpint (q.window_start, ==, 16 * 3600);
  g_assert_cmpint (q.window_end, ==, 18 * 3600);
  g_assert_cmpint (q.access, ==, SK_MODE_FIETS);
  g_assert_cmpuint (dests->len, ==, 2);
  again = sk_ov_question_to_text (&q, dests);
  g_assert_cmpstr (again, ==, "2026-12-08 16:00-18:00 fiets Emmen,Assen");
  g_assert_false (sk_ov_question_parse ("2026-02-30 07:00-09:00 lopen Zwolle", &q, &none));
  g_assert_false (sk_ov_question_parse ("2026-12-08 07:00-09:00 vliegen Zwolle", &q, &none));
  g_assert_false (sk_ov_question_parse ("2026-12-08 07:00-09:00 lopen Parijs", &q, &none));
  g_assert_false (sk_ov_question_parse (NULL, &q, &none));
  g_assert_null (none);
}

/* A question asked anew (the window does so when a session is bound
 * after the first edit) is the same setup, so the search before the plan
 * is reused; another window, access, destination or timetable is not. */
static void
test_setup_equal (void)
{
  g_autofree char *feed = g_test_build_filename (G_TEST_DIST, "fixtures", "gtfs", "mini", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkTimetable) tt = sk_timetable_read_gtfs (feed, NULL, NULL, 0, NULL, NULL, NULL, &error);
  g_autoptr(SkTimetable) other = sk_timetable_read_gtfs (feed, NULL, NULL, 0, NULL, NULL, NULL, &error);
  g_autoptr(SkOvSetup) a = NULL, b = NULL, later = NULL, bike = NULL, fewer = NULL, elsewhere = NULL;
  g_autoptr(GPtrArray) one = NULL, zwolle = NULL;
  SkOvQuery q;

  g_assert_no_error (error);
  g_assert_true (sk_ov_question_parse ("2026-03-10 07:00-09:00 lopen Zwolle,Emmen", &q, &one));
  a = sk_ov_setup_new (tt, &q, g_ptr_array_ref (one), &error);
  b = sk_ov_setup_new (tt, &q, g_ptr_array_ref (one), &error);
  elsewhere = sk_ov_setup_new (other, &q, g_ptr_array_ref (one), &error);
  q.window_end += 60;
  later = sk_ov_setup_new (tt, &q, g_ptr_array_ref (one), &error);
  q.window_end -= 60;
  q.access = SK_MODE_FIETS;
  bike = sk_ov_setup_new (tt, &q, g_ptr_array_ref (one), &error);
  g_assert_true (sk_ov_question_parse ("2026-03-10 07:00-09:00 lopen Zwolle", &q, &zwolle));
  fewer = sk_ov_setup_new (tt, &q, g_ptr_array_ref (zwolle), &error);
  g_assert_no_error (error);
  g_assert_true (sk_ov_setup_equal (a, b));
  g_assert_true (sk_ov_setup_equal (a, a));
  g_assert_false (sk_ov_setup_equal (a, later));
  g_assert_false (sk_ov_setup_equal (a, bike));
  g_assert_false (sk_ov_setup_equal (a, fewer));
  g_assert_false (sk_ov_setup_equal (a, elsewhere));
  g_assert_false (sk_ov_setup_equal (a, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ov-eval/rule-of-half", test_rule_of_half);
  g_test_add_func ("/ov-eval/figures", test_figures);
  g_test_add_func ("/ov-eval/catalogue", test_catalogue);
  g_test_add_func ("/ov-eval/old-point-buurtbus", test_old_point_buurtbus);
  g_test_add_func ("/ov-eval/line-overlay", test_line_overlay);
  g_test_add_func ("/ov-eval/claimed-note", test_claimed_note);
  g_test_add_func ("/ov-eval/day-in-dutch", test_day_in_dutch);
  g_test_add_func ("/ov-eval/question-setting", test_question_setting);
  g_test_add_func ("/ov-eval/setup-equal", test_setup_equal);
  return g_test_run ();
}
