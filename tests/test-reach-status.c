/* test-reach-status.c — a kern where it is not known whether it has a
 * type gets no time and is left out of the share and the mean, and the
 * summary counts it; so does a kern for which such a kern is nearer than
 * the nearest facility in the data.
 *
 * Fixture tests/fixtures/status-region.json, all at 52.70 N: A-stad (1000
 * inhabitants, 6.20 E) has a huisarts, B-dorp (3000, 6.30 E) has none,
 * C-dorp (2000, 6.41 E) is "onbekend", D-gehucht (1000, 6.43 E) has none.
 * Crow-fly with detour 1 and 15 km/h by bike (250 m a minute), huisarts
 * norm 30 minutes.
 *
 * Worked by hand (haversine, R = 6 371 008.8 m; 0.01° of longitude at
 * 52.70 N = 673.8 m): B → A 6 738 m = 26.95 minutes, within the norm;
 * B → C 7 412 m is further than A, so B keeps its time. D → A is
 * 15.5 km, but C is 1.35 km away and may have a GP: D is not known.
 * Without C and D: share within norm (1000 + 3000) / 4000 = 1.0; mean
 * (1000 × 0 + 3000 × 26.95) / 4000 = 20.21 minutes. Counting the
 * crow-fly guesses for C (56.6 min) and D (62.0 min) would give
 * 4000 / 7000 = 0.571 and a mean of 36.1: the wrong, confident numbers
 * this test guards against.
 */
#include <glib.h>
#include <math.h>

#include "sk-reach-eval.h"

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
  "  \"norms\": { \"huisarts\": { \"low\": 30, \"central\": 30, \"high\": 30, \"unit\": \"min\", \"source\": \"t\" } },"
  "  \"travel_time\": {"
  "    \"value_of_time\": {}, \"mode_share\": {}, \"trips\": {},"
  "    \"new_trips\": { \"low\": 0, \"central\": 1, \"high\": 1, \"unit\": \"e\", \"source\": \"t\" } } }";

static SkRegion *
status_region (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "status-region.json", NULL);
  g_autoptr(GError) error = NULL;
  SkRegion *region = sk_region_load (path, &error);

  g_assert_no_error (error);
  return region;
}

static SkKengetallen *
kengetallen (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (kengetallen_json, strlen (kengetallen_json));
  g_autoptr(GError) error = NULL;
  SkKengetallen *k = sk_kengetallen_new_from_bytes (bytes, "test", &error);

  g_assert_no_error (error);
  return k;
}

static void
assert_left_out (SkReachResult *r)
{
  const SkNearest *c = sk_reach_result_get_nearest (r, 2, SK_FACILITY_HUISARTS, SK_MODE_FIETS);
  const SkNearest *b = sk_reach_result_get_nearest (r, 1, SK_FACILITY_HUISARTS, SK_MODE_FIETS);
  const SkReachSummary *s = sk_reach_result_get_summary (r, SK_FACILITY_HUISARTS, SK_MODE_FIETS);

  const SkNearest *d = sk_reach_result_get_nearest (r, 3, SK_FACILITY_HUISARTS, SK_MODE_FIETS);

  /* C: no time at all, in every mode. */
  g_assert_true (c->unknown);
  g_assert_cmpint (c->unknown_kern, ==, 2);
  /* D: C is nearer than A and may have a GP. */
  g_assert_true (d->unknown);
  g_assert_false (d->reachable);
  g_assert_cmpint (d->unknown_kern, ==, 2);
  g_assert_false (c->reachable);
  g_assert_true (isnan (c->minutes));
  g_assert_true (sk_reach_result_get_nearest (r, 2, SK_FACILITY_HUISARTS, SK_MODE_AUTO)->unknown);
  /* B ("geen") gets the trip to A. */
  g_assert_false (b->unknown);
  g_assert_true (b->reachable);
  g_assert_cmpfloat_with_epsilon (b->minutes, 26.95, 0.01);

  g_assert_true (s->present);
  g_assert_cmpuint (s->n_unknown, ==, 2);
  g_assert_cmpfloat_with_epsilon (s->share_within_norm, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (s->mean_minutes, 3000 * b->minutes / 4000, 1e-9);
  g_assert_cmpfloat_with_epsilon (s->mean_minutes, 20.21, 0.01);
}

static void
test_left_out (void)
{
  g_autoptr(SkRegion) region = status_region ();
  g_autoptr(SkKengetallen) k = kengetallen ();
  g_autoptr(SkReachResult) before = NULL;
  g_autoptr(SkReachResult) after = NULL;
  g_autoptr(GError) error = NULL;
  /* A plan puts a huisarts 670 m from C: still no number for C, because
   * whether C had one already is what nobody knows. */
  SkReachAddition add = { SK_FACILITY_HUISARTS, 52.70, 6.40 };

  g_assert_true (sk_reach_evaluate (region, k, &add, 1, SK_ACCESS_ALL, &before, &after, &error));
  g_assert_no_error (error);
  assert_left_out (before);
  assert_left_out (after);
  g_assert_cmpuint (sk_reach_result_get_summary (before, SK_FACILITY_HUISARTS, SK_MODE_LOPEN)->n_unknown,
                    ==, 2);
}

/* A plan's huisarts in D itself makes D's time known again: nothing
 * unknown is nearer than 0 m. C stays unknown. */
static void
test_plan_makes_known (void)
{
  g_autoptr(SkRegion) region = status_region ();
  g_autoptr(SkKengetallen) k = kengetallen ();
  g_autoptr(SkReachResult) before = NULL;
  g_autoptr(SkReachResult) after = NULL;
  g_autoptr(GError) error = NULL;
  SkReachAddition add = { SK_FACILITY_HUISARTS, 52.70, 6.43 };
  const SkNearest *d;

  g_assert_true (sk_reach_evaluate (region, k, &add, 1, SK_ACCESS_ALL, &before, &after, &error));
  d = sk_reach_result_get_nearest (after, 3, SK_FACILITY_HUISARTS, SK_MODE_FIETS);
  g_assert_false (d->unknown);
  g_assert_true (d->reachable);
  g_assert_cmpfloat (d->minutes, ==, 0.0);
  g_assert_true (sk_reach_result_get_nearest (after, 2, SK_FACILITY_HUISARTS, SK_MODE_FIETS)->unknown);
  g_assert_cmpuint (sk_reach_result_get_summary (after, SK_FACILITY_HUISARTS, SK_MODE_FIETS)->n_unknown,
                    ==, 1);
  /* (1000 × 0 + 3000 × 26.95 + 1000 × 0) / 5000 = 16.17 minutes. */
  g_assert_cmpfloat_with_epsilon (sk_reach_result_get_summary (after, SK_FACILITY_HUISARTS,
                                                               SK_MODE_FIETS)->mean_minutes,
                                  16.17, 0.01);
}

/* A-stad "onvolledig": its GP is listed, but the source does not say it
 * is the only one. A-stad gets no time (a GP nearer to its people may be
 * missing), is left out of share and mean and counted; B-dorp keeps its
 * trip to A's listed GP: A's centre is not nearer than that GP. */
static void
test_incomplete (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "status-region.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) changed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkKengetallen) k = kengetallen ();
  g_autoptr(SkReachResult) before = NULL;
  const SkNearest *a, *b;
  const SkReachSummary *s;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  changed = g_string_new (text);
  g_assert_cmpuint (g_string_replace (changed, "\"status\": \"bekend\"", "\"status\": \"onvolledig\"", 1),
                    ==, 1);
  bytes = g_bytes_new (changed->str, changed->len);
  region = sk_region_new_from_bytes (bytes, "onvolledig", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_region_get_facility_status (region, 0, SK_FACILITY_HUISARTS, NULL), ==,
                   SK_FACILITY_STATUS_INCOMPLETE);
  g_assert_true (sk_reach_evaluate (region, k, NULL, 0, SK_ACCESS_ALL, &before, NULL, &error));
  a = sk_reach_result_get_nearest (before, 0, SK_FACILITY_HUISARTS, SK_MODE_FIETS);
  b = sk_reach_result_get_nearest (before, 1, SK_FACILITY_HUISARTS, SK_MODE_FIETS);
  s = sk_reach_result_get_summary (before, SK_FACILITY_HUISARTS, SK_MODE_FIETS);
  g_assert_true (a->unknown);
  g_assert_false (a->reachable);
  g_assert_false (b->unknown);
  g_assert_cmpfloat_with_epsilon (b->minutes, 26.95, 0.01);
  /* A, C and D left out; B alone: 26.95 minutes, within the norm. */
  g_assert_cmpuint (s->n_unknown, ==, 3);
  g_assert_cmpfloat_with_epsilon (s->share_within_norm, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (s->mean_minutes, 26.95, 0.01);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reach-status/left-out", test_left_out);
  g_test_add_func ("/reach-status/incomplete", test_incomplete);
  g_test_add_func ("/reach-status/plan-makes-known", test_plan_makes_known);
  return g_test_run ();
}
