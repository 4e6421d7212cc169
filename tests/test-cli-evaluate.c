/* test-cli-evaluate.c — `samenkaart-cli evaluate` on a GeoJSON plan and on
 * a session file, as a planner runs it. The path of the program is the
 * first argument. */
#include <glib.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "sk-test-util.h"

static const char *cli_path;

/* Runs samenkaart-cli evaluate PLAN with up to three more arguments. */
static int
run_evaluate (const char  *plan,
              const char  *arg1,
              const char  *arg2,
              const char  *arg3,
              char       **out,
              char       **err)
{
  const char *argv[] = { cli_path, "evaluate", plan, arg1, arg2, arg3, NULL };

  return sk_test_spawn (argv, out, err);
}

static JsonNode *
evaluate_json (const char *plan,
               const char *arg1,
               const char *arg2,
               char      **text)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  g_assert_cmpint (run_evaluate (plan, "--json", arg1, arg2, &out, &err), ==, 0);
  root = json_from_string (out, &error);
  g_assert_no_error (error);
  if (text != NULL)
    *text = g_steal_pointer (&out);
  return root;
}

static JsonObject *
line (JsonObject *mkba,
      const char *list,
      const char *id)
{
  JsonArray *lines = json_object_get_array_member (mkba, list);

  for (guint i = 0; i < json_array_get_length (lines); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (lines, i), "id"), id))
      return json_array_get_object_element (lines, i);
  g_assert_not_reached ();
}

static double
central (JsonObject *obj,
         const char *member)
{
  return json_object_get_double_member (json_object_get_object_member (obj, member), "central");
}

static void
test_geojson (void)
{
  g_autofree char *plan = g_test_build_filename (G_TEST_DIST, "fixtures", "plan-reestdal.geojson", NULL);
  g_autofree char *text = NULL, *again = NULL;
  g_autoptr(JsonNode) root = evaluate_json (plan, NULL, NULL, &text);
  g_autoptr(JsonNode) root2 = evaluate_json (plan, NULL, NULL, &again);
  JsonObject *mkba = json_object_get_object_member (json_node_get_object (root), "mkba");
  JsonArray *categories = json_object_get_array_member (mkba, "by_category");
  JsonArray *conditions = json_object_get_array_member (
    json_object_get_object_member (json_node_get_object (root), "conditions"), "plan");
  double sum = 0;

  /* The same plan gives the same text, byte for byte. */
  g_assert_cmpstr (text, ==, again);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "interventions"), ==, 4);
  /* The woonerf of 8 homes: its housing amenity (woongenot) is the only
   * one in the plan: 8 × €10 690 a year over 100 years at 2.25 %, with
   * annuity factor (1 − 1.0225^−100) / 0.0225 = 39.64174:
   * 8 × 10 690 × 39.64174 = €3 390 162. */
  g_assert_cmpfloat_with_epsilon (central (line (mkba, "by_category", "woongenot"), "benefits"),
                                  3390162, 1.0);
  /* Category lines add up to the saldo (each rounded to a euro). */
  for (guint i = 0; i < json_array_get_length (categories); i++)
    {
      JsonObject *l = json_array_get_object_element (categories, i);
      sum += central (l, "benefits") - central (l, "costs");
    }
  g_assert_cmpfloat_with_epsilon (sum, central (mkba, "ncw"), json_array_get_length (categories));
  /* The buurtbus values its travellers itself: the bus stop is left out of
   * the travel-time rule; the dorpshuis in Veeningen still saves travel
   * time. (It stands in Veeningen, not in IJhorst: IJhorst has a dorpshuis
   * of its own, so a second one there would save no travel time.) */
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (
                     json_object_get_object_member (mkba, "travel_time"), "left_out"), 0),
                   ==, "bushalte");
  g_assert_cmpfloat (central (json_object_get_object_member (mkba, "travel_time"), "pv"), >, 0);
  g_assert_cmpfloat (central (line (mkba, "by_category", "reistijd"), "benefits"), ==,
                     central (json_object_get_object_member (mkba, "travel_time"), "pv"));
  /* All four meet "contact en samenwerking". */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (conditions, 3), "id"),
                   ==, "contact-samenwerking");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (conditions, 3),
                                               "interventions"), ==, 4);
  g_assert_cmpfloat (json_object_get_double_member (
                       json_object_get_object_member (mkba, "subsidy"), "share"), ==, 0.5);
}

static void
test_session (void)
{
  g_autofree char *plan = g_test_build_filename (G_TEST_DIST, "fixtures", "session-v1.samenkaart", NULL);
  g_autoptr(JsonNode) root = evaluate_json (plan, NULL, NULL, NULL);
  g_autoptr(JsonNode) short_root = evaluate_json (plan, "--horizon", "30", NULL);
  JsonObject *mkba = json_object_get_object_member (json_node_get_object (root), "mkba");
  JsonObject *short_mkba = json_object_get_object_member (json_node_get_object (short_root), "mkba");
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "interventions"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (mkba, "horizon"), ==, 100);
  g_assert_cmpint (json_object_get_int_member (short_mkba, "horizon"), ==, 30);
  /* Fewer years: fewer costs and fewer benefits. */
  g_assert_cmpfloat (central (short_mkba, "costs"), <, central (mkba, "costs"));
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (json_node_get_object (root), "reach"), "region"),
                   ==, "reestdal");
  /* The readable summary is Dutch. */
  g_assert_cmpint (run_evaluate (plan, NULL, NULL, NULL, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Saldo"));
}

static void
test_errors (void)
{
  static const char *const bad[][2] = {
    { "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
      "\"properties\":{\"kind\":\"kasteel\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}}]}",
      "kasteel" },
    { "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
      "\"properties\":{\"kind\":\"woonerf\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}}]}",
      "geometrie" },
    { "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
      "\"properties\":{\"kind\":\"pluktuin\",\"oppervlakte\":-4},\"geometry\":{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}}]}",
      "oppervlakte" },
    { "{\"type\":\"Feature\"}", "FeatureCollection" },
    /* Built to overflow json-glib's stack: refused before parsing. */
    { NULL, "dieper genest" },
    /* A bow tie (corners in the wrong order) was measured as ~0 m² and gave
     * +€ 1.0 M instead of −€ 92.8 M; a woonerf over the whole country gave
     * a figure too. */
    { "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
      "\"properties\":{\"kind\":\"woonerf\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
      "[[[6.30,52.70],[6.31,52.71],[6.31,52.70],[6.30,52.71],[6.30,52.70]]]}}]}",
      "kruist zichzelf" },
    { "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
      "\"properties\":{\"kind\":\"woonerf\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
      "[[[3.5,51.0],[7.0,51.0],[7.0,53.5],[3.5,53.5],[3.5,51.0]]]}}]}",
      "tussen 800 en 30000" },
  };
  g_autoptr(GString) deep = g_string_new ("{\"type\":\"FeatureCollection\",\"features\":");

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = NULL;
      g_autofree char *out = NULL, *err = NULL;
      int fd = g_file_open_tmp ("evaluate-XXXXXX.geojson", &path, NULL);

      g_assert_cmpint (fd, >=, 0);
      close (fd);
      g_assert_true (g_file_set_contents (path, bad[i][0] ? bad[i][0] : deep->str, -1, NULL));
      g_assert_cmpint (run_evaluate (path, "--json", NULL, NULL, &out, &err), ==, 1);
      g_assert_nonnull (strstr (err, bad[i][1]));
      g_assert_cmpstr (out, ==, "");
      g_unlink (path);
    }
}

/* A rate or horizon that is not a number in range is refused, never
 * replaced by the default without a word; a Dutch "2,25" is 2.25. */
static void
test_settings_refused (void)
{
  g_autofree char *plan = g_test_build_filename (G_TEST_DIST, "fixtures", "plan-reestdal.geojson",
                                                 NULL);
  static const char *const bad[][2] = {
    { "--discount-rate", "nan" }, { "--discount-rate", "inf" }, { "--discount-rate", "-100" },
    { "--discount-rate", "2,25abc" }, { "--discount-rate", "" }, { "--horizon", "0" },
    { "--horizon", "-5" }, { "--horizon", "1e2" }, { "--horizon", "18446744073709551616" },
  };
  g_autoptr(JsonNode) comma = NULL;
  g_autoptr(JsonNode) point = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *out = NULL, *err = NULL;

      g_assert_cmpint (run_evaluate (plan, "--json", bad[i][0], bad[i][1], &out, &err), !=, 0);
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, g_str_equal (bad[i][0], "--horizon") ? "looptijd"
                                                                          : "discontovoet"));
    }
  comma = evaluate_json (plan, "--discount-rate", "2,25", NULL);
  point = evaluate_json (plan, "--discount-rate", "2.25", NULL);
  g_assert_cmpfloat (json_object_get_double_member (
                       json_object_get_object_member (json_node_get_object (comma), "mkba"),
                       "discount_rate_percent"), ==, 2.25);
  g_assert_true (json_node_equal (comma, point));
}

/* The same plan on tests/fixtures/status-region.json: C-dorp's GP is
 * "onbekend" and D-gehucht lies next to it, so both are left out of the
 * GP figures before and after (worked by hand in test-cli.c: share
 * 1000 / 4000 = 0.25, mean 26.3 minutes by bike), and counted. */
static void
test_not_known (void)
{
  g_autofree char *plan = g_test_build_filename (G_TEST_DIST, "fixtures", "plan-reestdal.geojson", NULL);
  g_autofree char *region = g_test_build_filename (G_TEST_DIST, "fixtures", "status-region.json", NULL);
  g_autoptr(JsonNode) root = evaluate_json (plan, "--region", region, NULL);
  JsonObject *reach = json_object_get_object_member (json_node_get_object (root), "reach");
  const char *const when[] = { "before", "after" };

  for (guint w = 0; w < G_N_ELEMENTS (when); w++)
    {
      JsonObject *fiets = json_object_get_object_member (
        json_object_get_object_member (json_object_get_object_member (reach, when[w]), "huisarts"),
        "fiets");

      g_assert_cmpint (json_object_get_int_member (fiets, "kernen_not_known"), ==, 2);
      g_assert_cmpint (json_object_get_int_member (fiets, "inhabitants_not_known"), ==, 3000);
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (fiets, "share_within_norm"),
                                      0.25, 1e-9);
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (fiets, "mean_minutes"), 26.3,
                                      0.01);
    }
}

static JsonObject *
fit_entry (JsonArray *fit,
           guint      i,
           gint64     id,
           const char *kind,
           const char *verdict)
{
  JsonObject *entry = json_array_get_object_element (fit, i);

  g_assert_cmpint (json_object_get_int_member (entry, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (entry, "kind"), ==, kind);
  g_assert_cmpstr (json_object_get_string_member (entry, "verdict"), ==, verdict);
  return entry;
}

static const char *
first_rule (JsonObject *entry,
            const char *member)
{
  JsonArray *rules = json_object_get_array_member (entry, "rules");

  g_assert_cmpuint (json_array_get_length (rules), >=, 1);
  return json_object_get_string_member (json_array_get_object_element (rules, 0), member);
}

/* "Past het hier?": one entry per idea in plan order, with the rules
 * that apply (data/fit/regels.json) and a plain reason. */
static void
test_fit (void)
{
  g_autofree char *plan = g_test_build_filename (G_TEST_DIST, "fixtures", "plan-fit.geojson", NULL);
  g_autoptr(JsonNode) root = evaluate_json (plan, NULL, NULL, NULL);
  JsonObject *top = json_node_get_object (root);
  JsonArray *fit = json_object_get_array_member (top, "fit");
  JsonArray *order = json_object_get_array_member (
    json_object_get_object_member (top, "conditions"), "interventions");
  JsonObject *e;
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpuint (json_array_get_length (fit), ==, 4);
  g_assert_false (json_object_has_member (top, "fit_problem"));
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (fit, i), "id"), ==,
                     json_object_get_int_member (json_array_get_object_element (order, i), "id"));
  e = fit_entry (fit, 0, 1, "woonerf", "nee-tenzij");
  g_assert_cmpstr (first_rule (e, "rule"), ==, "beekdal");
  g_assert_cmpstr (first_rule (e, "verdict"), ==, "nee-tenzij");
  g_assert_cmpstr (first_rule (e, "reason"), ==,
                   "Nee, tenzij: dit ligt in het beekdal van de Reest. Het kan als het water en "
                   "natuur helpt.");
  e = fit_entry (fit, 1, 2, "woonerf", "past");
  g_assert_cmpstr (first_rule (e, "rule"), ==, "dorpsrand-wonen");
  g_assert_cmpstr (first_rule (e, "reason"), ==, "Past: dit ligt in of net buiten De Wijk.");
  e = fit_entry (fit, 2, 3, "woonerf", "nee-tenzij");
  g_assert_cmpstr (first_rule (e, "rule"), ==, "open-landschap");
  e = fit_entry (fit, 3, 4, "groenblauwe-ader", "past-goed");
  g_assert_cmpstr (first_rule (e, "rule"), ==, "beekdal-water-natuur");

  /* Without --json: a line per idea. */
  g_assert_cmpint (run_evaluate (plan, NULL, NULL, NULL, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Past het hier? #1 Woonerf: Nee, tenzij: dit ligt in het "
                                 "beekdal van de Reest."));
  g_assert_nonnull (strstr (out, "Past het hier? #4 Groenblauwe ader: Past goed:"));
}

/* A broken rules file: the evaluation goes on, the rules are absent and
 * the output says why. */
static void
test_fit_broken_rules (void)
{
  g_autofree char *plan = g_test_build_filename (G_TEST_DIST, "fixtures", "plan-fit.geojson", NULL);
  g_autofree char *dir = g_dir_make_tmp ("sk-fit-XXXXXX", NULL);
  g_autofree char *rules = g_build_filename (dir, "regels.json", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *top;
  JsonArray *fit;

  g_assert_true (g_file_set_contents (rules, "{\"schema\": \"samenkaart-fit/1\", \"rules\": [", -1, NULL));
  g_assert_cmpint (run_evaluate (plan, "--json", "--fit-rules", rules, &out, &err), ==, 0);
  g_assert_nonnull (strstr (err, "zijn niet geladen"));
  root = json_from_string (out, NULL);
  g_assert_nonnull (root);
  top = json_node_get_object (root);
  g_assert_nonnull (strstr (json_object_get_string_member (top, "fit_problem"), rules));
  fit = json_object_get_array_member (top, "fit");
  g_assert_cmpuint (json_array_get_length (fit), ==, 4);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      json_array_get_object_element (fit, 0), "rules")), ==, 0);
  /* the MKBA is still there */
  g_assert_true (json_object_has_member (top, "mkba"));
  g_unlink (rules);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_path = argv[1];
  g_test_add_func ("/cli/evaluate/geojson", test_geojson);
  g_test_add_func ("/cli/evaluate/session", test_session);
  g_test_add_func ("/cli/evaluate/errors", test_errors);
  g_test_add_func ("/cli/evaluate/settings-refused", test_settings_refused);
  g_test_add_func ("/cli/evaluate/not-known", test_not_known);
  g_test_add_func ("/cli/evaluate/fit", test_fit);
  g_test_add_func ("/cli/evaluate/fit-broken-rules", test_fit_broken_rules);
  return g_test_run ();
}
