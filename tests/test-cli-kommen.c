/* test-cli-kommen.c — samenkaart-cli derive-top10nl, the municipality in
 * reach --json, and region-check, as a user runs them. The path of the
 * program is the first argument. */
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "sk-test-util.h"

static const char *cli_path;

typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs samenkaart-cli with the NULL-terminated arguments. */
static void
run_cli (Run *r,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  g_ptr_array_add (argv, (gpointer) cli_path);
  va_start (ap, r);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  r->status = sk_test_spawn ((const char * const *) argv->pdata, &r->out, &r->err);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
find_by (JsonArray  *array,
         const char *member,
         const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (o, member, NULL), value) == 0)
        return o;
    }
  g_error ("no %s “%s”", member, value);
  return NULL;
}

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

/* fixtures/top10nl-mini.gml: A-dorp's kom is a 1 km square around the kern
 * with 1000 inhabitants, its west half the buurt West with 600; the rest
 * (400) lives in the east half. So the people's mean lies 50 m west of
 * the centre: (600 × −250 m + 400 × 250 m) / 1000; 50 m is 0.00074° of
 * longitude at 52.7° N. A second "A-dorp" 20 km away has 5 inhabitants. */
static void
test_derive (void)
{
  g_autofree char *gml = fixture ("top10nl-mini.gml");
  g_autofree char *gemeenten = fixture ("gemeenten-mini.geojson");
  g_autofree char *region_fixture = fixture ("mini-region.json");
  g_autofree char *dir = g_dir_make_tmp ("sk-derive-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "kommen.json", NULL);
  g_autofree char *region_json = g_build_filename (dir, "region.json", NULL);
  g_autofree char *region_text = NULL, *kommen_text = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) reach = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) reach_root = NULL;
  JsonObject *a, *b, *ra;
  JsonArray *population, *outline;
  double people = 0, lon_sum = 0;

  run_cli (&run, "derive-top10nl", gml, gemeenten, "--region", region_fixture, "--out", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &kommen_text, NULL, NULL));
  root = parse (kommen_text);
  a = find_by (json_object_get_array_member (json_node_get_object (root), "kernen"), "kern", "a-dorp");
  g_assert_cmpstr (json_object_get_string_member (a, "definition"), ==, "bebouwde-kom");
  g_assert_cmpint (json_object_get_int_member (a, "inhabitants"), ==, 1000);
  g_assert_cmpstr (json_object_get_string_member (a, "municipality"), ==, "Testgemeente");
  g_assert_cmpstr (json_object_get_string_member (a, "municipality_code"), ==, "GM9999");
  outline = json_array_get_array_element (json_object_get_array_member (a, "outline"), 0);
  g_assert_cmpuint (json_array_get_length (outline), ==, 4);
  /* The near A-dorp, not the one 20 km east (lon 6.49). */
  g_assert_cmpfloat (fabs (json_array_get_double_element (json_array_get_array_element (outline, 0), 0)
                           - 6.1925), <, 0.001);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (a, "buurten")), ==, 1);
  population = json_object_get_array_member (a, "population");
  for (guint i = 0; i < json_array_get_length (population); i++)
    {
      JsonArray *p = json_array_get_array_element (population, i);

      people += json_array_get_double_element (p, 2);
      lon_sum += json_array_get_double_element (p, 2) * json_array_get_double_element (p, 0);
    }
  g_assert_cmpfloat (fabs (people - 1000), <=, 1.0);
  g_assert_cmpfloat (lon_sum / people, <, 6.2 - 0.0004);
  g_assert_cmpfloat (lon_sum / people, >, 6.2 - 0.0011);
  /* B-dorp has no kom in the file: only its municipality. */
  b = find_by (json_object_get_array_member (json_node_get_object (root), "kernen"), "kern", "b-dorp");
  g_assert_false (json_object_has_member (b, "outline"));
  g_assert_cmpstr (json_object_get_string_member (b, "municipality"), ==, "Testgemeente");

  /* The region reads what was derived. */
  g_assert_true (g_file_get_contents (region_fixture, &region_text, NULL, NULL));
  g_assert_true (g_file_set_contents (region_json, region_text, -1, NULL));
  run_cli (&reach, "reach", dir, "--json", NULL);
  g_assert_cmpint (reach.status, ==, 0);
  reach_root = parse (reach.out);
  ra = find_by (json_object_get_array_member (json_node_get_object (reach_root), "kernen"), "id", "a-dorp");
  g_assert_cmpint (json_object_get_int_member (ra, "inhabitants"), ==, 1000);
  g_assert_cmpstr (json_object_get_string_member (ra, "inhabitants_definition"), ==, "bebouwde-kom");
  g_assert_cmpint (json_object_get_int_member (ra, "population_points"), ==,
                   json_array_get_length (population));
  g_unlink (out);
  g_unlink (region_json);
  g_rmdir (dir);
}

static void
test_derive_bad (void)
{
  g_autofree char *gemeenten = fixture ("gemeenten-mini.geojson");
  g_auto(Run) missing = { 0 };
  g_auto(Run) usage = { 0 };

  run_cli (&missing, "derive-top10nl", "/nonexistent/plaats.gml.gz", gemeenten, "--region",
           "reestdal", "--out", "/nonexistent/out.json", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "/nonexistent/plaats.gml.gz"));
  run_cli (&usage, "derive-top10nl", gemeenten, NULL);
  g_assert_cmpint (usage.status, ==, 2);
  /* A GeoJSON where the GML should be: refused, naming the file. */
  {
    g_auto(Run) wrong = { 0 };
    g_autofree char *region_fixture = fixture ("mini-region.json");

    run_cli (&wrong, "derive-top10nl", gemeenten, gemeenten, "--region", region_fixture,
             "--out", "/nonexistent/out.json", NULL);
    g_assert_cmpint (wrong.status, ==, 1);
    g_assert_nonnull (strstr (wrong.err, "gemeenten-mini.geojson"));
    g_assert_nonnull (strstr (wrong.err, "TOP10NL"));
  }
}

static void
test_reach_municipality (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *kernen;
  JsonObject *rouveen, *ruinen;

  run_cli (&run, "reach", "reestdal", "--json", "--mode", "auto", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse (run.out);
  kernen = json_object_get_array_member (json_node_get_object (root), "kernen");
  /* Rouveen counted for nothing before: now its kom and CBS figure. */
  rouveen = find_by (kernen, "id", "rouveen");
  g_assert_cmpstr (json_object_get_string_member (rouveen, "municipality"), ==, "Staphorst");
  g_assert_cmpstr (json_object_get_string_member (rouveen, "municipality_code"), ==, "GM0180");
  g_assert_cmpint (json_object_get_int_member (rouveen, "inhabitants"), ==, 3900);
  g_assert_cmpstr (json_object_get_string_member (rouveen, "inhabitants_definition"), ==, "bebouwde-kom");
  ruinen = find_by (kernen, "id", "ruinen");
  g_assert_cmpstr (json_object_get_string_member (ruinen, "municipality"), ==, "De Wolden");
  g_assert_cmpstr (json_object_get_string_member (ruinen, "inhabitants_definition"), ==, "woonplaats");
  g_assert_cmpint (json_object_get_int_member (ruinen, "population_points"), ==, 1);
}

static void
test_region_check (void)
{
  const char *verdicts[] = { "not-found", "agrees", "app-higher", "app-lower", "app-none",
                             "no-inhabitants", "not-known", "schematic", NULL };
  g_auto(Run) run = { 0 };
  g_auto(Run) text = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *obj, *meppel, *gp;
  JsonArray *municipalities;

  run_cli (&run, "region-check", "reestdal", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse (run.out);
  obj = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (obj, "mode"), ==, "auto");
  municipalities = json_object_get_array_member (obj, "municipalities");
  g_assert_cmpuint (json_array_get_length (municipalities), >=, 7);
  meppel = find_by (municipalities, "code", "GM0119");
  gp = json_object_get_object_member (json_object_get_object_member (meppel, "checks"), "huisarts");
  g_assert_cmpfloat (json_object_get_double_member (gp, "cbs_km"), ==, 1.0);
  g_assert_cmpint (json_object_get_int_member (gp, "cbs_year"), ==, 2019);
  /* Meppel's GP practices are all known (ZorgkaartNederland), each at the
   * centre of its postcode area: the app's mean is the CBS's within the
   * tolerance, and nothing is left out or stacked on Meppel's point. */
  g_assert_cmpstr (json_object_get_string_member (gp, "verdict"), ==, "agrees");
  g_assert_cmpfloat (json_object_get_double_member (gp, "app_km"), <=, 1.5);
  g_assert_cmpint (json_object_get_int_member (gp, "kernen_not_known"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (gp, "kernen_schematic"), ==, 0);
  /* Not found stays not found. */
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
                     json_object_get_object_member (meppel, "checks"), "apotheek"), "verdict"),
                   ==, "not-found");
  for (guint i = 0; i < json_array_get_length (municipalities); i++)
    {
      JsonObject *checks = json_object_get_object_member (json_array_get_object_element (municipalities, i),
                                                          "checks");
      g_autoptr(GList) names = json_object_get_members (checks);

      g_assert_cmpuint (g_list_length (names), ==, 4);
      for (GList *l = names; l != NULL; l = l->next)
        g_assert_true (g_strv_contains (verdicts, json_object_get_string_member (
                         json_object_get_object_member (checks, l->data), "verdict")));
    }
  /* What the region knows per kern and type, with its source and how many
   * facilities it lists: Meppel's four GP addresses from ZorgkaartNederland,
   * Dedemsvaart's six primary schools (DUO) and its pharmacies not known,
   * Pesse's GP none. */
  {
    JsonObject *completeness = json_object_get_object_member (obj, "completeness");
    JsonObject *kernen = json_object_get_object_member (completeness, "kernen");
    JsonObject *meppel_gp = json_object_get_object_member (
      json_object_get_object_member (kernen, "meppel"), "huisarts");
    JsonObject *dedemsvaart = json_object_get_object_member (kernen, "dedemsvaart");

    g_assert_true (json_object_get_boolean_member (completeness, "available"));
    g_assert_cmpstr (json_object_get_string_member (meppel_gp, "status"), ==, "bekend");
    g_assert_nonnull (strstr (json_object_get_string_member (meppel_gp, "source"), "zorgkaart"));
    g_assert_cmpint (json_object_get_int_member (meppel_gp, "listed"), ==, 4);
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (dedemsvaart,
                                                                                   "apotheek"),
                                                    "status"), ==, "onbekend");
    g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (dedemsvaart,
                                                                                "basisschool"),
                                                 "listed"), ==, 6);
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
                       json_object_get_object_member (kernen, "pesse"), "huisarts"), "status"),
                     ==, "geen");
  }
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (obj, "sources")), >=, 3);

  run_cli (&text, "region-check", "reestdal", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "Meppel (GM0119)"));
  g_assert_nonnull (strstr (text.out, "Dedemsvaart: Huisarts bekend (2)"));
  g_assert_nonnull (strstr (text.out, "Apotheek niet bekend"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_path = argv[1];
  g_test_add_func ("/cli/derive-top10nl/mini", test_derive);
  g_test_add_func ("/cli/derive-top10nl/bad", test_derive_bad);
  g_test_add_func ("/cli/reach/municipality", test_reach_municipality);
  g_test_add_func ("/cli/region-check", test_region_check);
  return g_test_run ();
}
