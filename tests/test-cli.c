/* test-cli.c — samenkaart-cli as a user runs it: reach, region-info and
 * import-osm. The path of the program is the first argument. */
#include <glib.h>
#include <glib/gstdio.h>
#include <cairo.h>
#include <json-glib/json-glib.h>
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

static double
minutes_by (JsonObject *nearest_type,
            const char *mode)
{
  return json_object_get_double_member (json_object_get_object_member (nearest_type, mode),
                                        "minutes");
}

static double
mean_minutes (JsonObject *summary,
              const char *type,
              const char *mode)
{
  JsonObject *t = json_object_get_object_member (summary, type);

  return json_object_get_double_member (json_object_get_object_member (t, mode), "mean_minutes");
}

static void
test_reach_embedded (void)
{
  g_auto(Run) r = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *obj, *summary;
  JsonArray *kernen;
  static const char *const modes[] = { "lopen", "fiets", "efiets", "auto" };

  run_cli (&r, "reach", "reestdal", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  root = parse (r.out);
  obj = json_node_get_object (root);
  /* The embedded region has no network: the estimate says so. */
  g_assert_cmpstr (json_object_get_string_member (obj, "method"), ==, "crow-fly");
  kernen = json_object_get_array_member (obj, "kernen");
  g_assert_cmpuint (json_array_get_length (kernen), >=, 6);
  for (guint i = 0; i < json_array_get_length (kernen); i++)
    {
      JsonObject *k = json_array_get_object_element (kernen, i);
      JsonObject *nearest = json_object_get_object_member (k, "nearest");
      JsonObject *station = json_object_get_object_member (nearest, "station");

      g_assert_nonnull (json_object_get_string_member (k, "name"));
      for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
        {
          JsonObject *t = json_object_get_object_member (station, modes[m]);
          double minutes = json_object_get_double_member (t, "minutes");
          double meters = json_object_get_double_member (t, "meters");

          /* Nowhere in the Reestdal is a station more than 40 km away. */
          g_assert_cmpfloat (meters, >=, 0);
          g_assert_cmpfloat (meters, <, 40000);
          g_assert_cmpfloat (minutes, >=, 0);
        }
      /* Walking takes longer than cycling, which takes longer than driving. */
      g_assert_cmpfloat (minutes_by (station, "lopen"), >=, minutes_by (station, "fiets"));
      g_assert_cmpfloat (minutes_by (station, "fiets"), >=, minutes_by (station, "auto"));
    }
  summary = json_object_get_object_member (obj, "summary");
  g_assert_cmpfloat (mean_minutes (summary, "station", "fiets"), >, 0);
  g_assert_false (json_object_has_member (obj, "before"));
}

/* tests/fixtures/status-region.json with the real kengetallen (bike 15 km/h,
 * detour 1.3, huisarts norm 15 minutes): B-dorp (3000) rides 6 738 m × 1.3
 * = 8 760 m = 35.0 minutes to A-stad (1000, 0 minutes); C-dorp (2000) is
 * "onbekend" and D-gehucht lies next to it. Share within the norm
 * 1000 / 4000 = 0.25 (not 1000 / 7000); mean 3000 × 35.04 / 4000 = 26.3. */
static void
test_reach_not_known (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "status-region.json", NULL);
  g_auto(Run) r = { 0 };
  g_auto(Run) text = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *c, *huisarts, *fiets;

  run_cli (&r, "reach", path, "--mode", "fiets", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  root = parse (r.out);
  c = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root),
                                                                   "kernen"), 2);
  g_assert_cmpstr (json_object_get_string_member (c, "name"), ==, "C-dorp");
  huisarts = json_object_get_object_member (json_object_get_object_member (c, "nearest"), "huisarts");
  g_assert_cmpstr (json_object_get_string_member (huisarts, "status"), ==, "onbekend");
  g_assert_true (json_object_get_null_member (json_object_get_object_member (huisarts, "fiets"),
                                              "minutes"));
  fiets = json_object_get_object_member (
    json_object_get_object_member (json_object_get_object_member (json_node_get_object (root),
                                                                  "summary"), "huisarts"), "fiets");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (fiets, "share_within_norm"), 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (fiets, "mean_minutes"), 26.3, 0.01);
  g_assert_cmpint (json_object_get_int_member (fiets, "kernen_not_known"), ==, 2);

  run_cli (&text, "reach", path, "--mode", "fiets", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "2 kernen niet meegeteld: niet bekend"));
}

static void
test_reach_plan (void)
{
  g_auto(Run) r = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *obj, *before, *after;

  /* A new huisarts between De Wijk and Staphorst, and a mobiliteitshub, a
   * type the region does not have yet. */
  run_cli (&r, "reach", "reestdal", "--mode", "fiets", "--add", "huisarts@52.64,6.30",
           "--add", "mobiliteitshub@52.66,6.25", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  root = parse (r.out);
  obj = json_node_get_object (root);
  before = json_object_get_object_member (obj, "before");
  after = json_object_get_object_member (obj, "after");
  g_assert_nonnull (before);
  g_assert_nonnull (after);
  g_assert_cmpfloat (mean_minutes (after, "huisarts", "fiets"), <=,
                     mean_minutes (before, "huisarts", "fiets"));
  g_assert_false (json_object_has_member (before, "mobiliteitshub"));
  g_assert_true (json_object_has_member (after, "mobiliteitshub"));
  /* Only the mode asked for. */
  g_assert_false (json_object_has_member (json_object_get_object_member (after, "huisarts"),
                                          "auto"));
}

typedef struct
{
  const char *name;
  const char *args[6];
  int status;
  const char *mentions;
} BadCase;

static const BadCase bad_cases[] = {
  { "unknown-type", { "reach", "reestdal", "--add", "kerk@52.7,6.2", NULL }, 2, "kerk" },
  { "bad-position", { "reach", "reestdal", "--add", "huisarts@52.7", NULL }, 2, "huisarts@52.7" },
  { "off-earth", { "reach", "reestdal", "--add", "huisarts@152.7,6.2", NULL }, 2, "152.7" },
  { "unknown-mode", { "reach", "reestdal", "--mode", "paard", NULL }, 2, "paard" },
  { "unknown-region", { "reach", "atlantis", NULL }, 1, "atlantis" },
};

static void
test_reach_bad (gconstpointer data)
{
  const BadCase *c = data;
  g_auto(Run) r = { 0 };

  run_cli (&r, c->args[0], c->args[1], c->args[2], c->args[3], c->args[4], NULL);
  g_assert_cmpint (r.status, ==, c->status);
  g_assert_cmpstr (r.out, ==, "");
  if (strstr (r.err, c->mentions) == NULL)
    g_error ("“%s” does not mention “%s”", r.err, c->mentions);
}

static void
test_region_info_without_network (void)
{
  g_auto(Run) r = { 0 };
  g_autoptr(JsonNode) root = NULL;

  run_cli (&r, "region-info", "reestdal", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  root = parse (r.out);
  g_assert_false (json_object_get_boolean_member (json_node_get_object (root), "network"));
}

static const char village_osm[] =
  "<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6'>\n"
  " <node id='1' lat='52.700' lon='6.200'><tag k='place' v='village'/><tag k='name' v='Oostdorp'/>"
  "<tag k='population' v='1200'/></node>\n"
  " <node id='2' lat='52.700' lon='6.210'/>\n"
  " <node id='3' lat='52.700' lon='6.220'><tag k='railway' v='station'/>"
  "<tag k='name' v='Oost'/></node>\n"
  " <way id='20'><nd ref='1'/><nd ref='2'/><nd ref='3'/><tag k='highway' v='residential'/></way>\n"
  "</osm>\n";

static void
test_import_then_reach (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-cli-XXXXXX", NULL);
  g_autofree char *osm = g_build_filename (dir, "dorp.osm", NULL);
  g_autofree char *out = g_build_filename (dir, "dorp", NULL);
  g_autofree char *broken = g_build_filename (dir, "kapot.osm", NULL);
  g_autofree char *broken_out = g_build_filename (dir, "kapot", NULL);
  g_auto(Run) import = { 0 };
  g_auto(Run) info = { 0 };
  g_auto(Run) reach = { 0 };
  g_auto(Run) refused = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *obj, *station;

  g_assert_true (g_file_set_contents (osm, village_osm, -1, NULL));
  run_cli (&import, "import-osm", osm, "--out", out, NULL);
  g_assert_cmpint (import.status, ==, 0);

  run_cli (&info, "region-info", out, "--json", NULL);
  g_assert_cmpint (info.status, ==, 0);
  root = parse (info.out);
  obj = json_object_get_object_member (json_node_get_object (root), "network");
  /* The street's ends; node 2 only gives it its shape (contracted). */
  g_assert_cmpint (json_object_get_int_member (obj, "nodes"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (obj, "edges"), ==, 1);
  g_clear_pointer (&root, json_node_unref);

  /* Along the street: 0.02° of longitude at 52.7° is 1348 m; walking at
   * 5 km/h (83.3 m/min) takes 16.2 minutes. */
  run_cli (&reach, "reach", out, "--mode", "lopen", "--json", NULL);
  g_assert_cmpint (reach.status, ==, 0);
  root = parse (reach.out);
  obj = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (obj, "method"), ==, "network");
  obj = json_array_get_object_element (json_object_get_array_member (obj, "kernen"), 0);
  obj = json_object_get_object_member (json_object_get_object_member (obj, "nearest"), "station");
  station = json_object_get_object_member (obj, "lopen");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (station, "meters"), 1348, 1.0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (station, "minutes"), 16.2, 0.051);

  /* A cut-off extract is refused and leaves nothing behind. */
  g_assert_true (g_file_set_contents (broken, village_osm, 200, NULL));
  run_cli (&refused, "import-osm", broken, "--out", broken_out, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, "kapot.osm"));
  g_assert_false (g_file_test (broken_out, G_FILE_TEST_EXISTS));
  sk_test_tmpdir_remove (dir);
}

/* render draws the imported Liechtenstein extract at central Vaduz and
 * lists the names it placed, with their pixel position. */
static void
test_render_vaduz (void)
{
  g_autofree char *extract = g_test_build_filename (G_TEST_DIST, "fixtures",
                                                    "liechtenstein-2015.osm.pbf", NULL);
  g_autofree char *dir = g_dir_make_tmp ("sk-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "li", NULL);
  g_autofree char *png = g_build_filename (dir, "vaduz.png", NULL);
  g_autofree char *json = g_build_filename (dir, "vaduz.json", NULL);
  g_autofree char *text = NULL;
  g_auto(Run) import = { 0 };
  g_auto(Run) render = { 0 };
  g_auto(Run) bad = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *labels;
  gboolean stadtle = FALSE;

  run_cli (&import, "import-osm", extract, "--out", out, "-q", NULL);
  g_assert_cmpint (import.status, ==, 0);
  run_cli (&render, "render", out, "--center", "47.1395,9.5215", "--zoom", "16",
           "--size", "640x480", "--out", png, "--labels-json", json, NULL);
  g_assert_cmpint (render.status, ==, 0);
  {
    cairo_surface_t *s = cairo_image_surface_create_from_png (png);

    g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (s), ==, 640);
    g_assert_cmpint (cairo_image_surface_get_height (s), ==, 480);
    cairo_surface_destroy (s);
  }
  g_assert_true (g_file_get_contents (json, &text, NULL, NULL));
  root = parse (text);
  labels = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (labels); i++)
    {
      JsonObject *l = json_array_get_object_element (labels, i);

      if (strcmp (json_object_get_string_member (l, "text"), "Städtle") == 0)
        {
          stadtle = TRUE;
          g_assert_cmpstr (json_object_get_string_member (l, "kind"), ==, "street");
          g_assert_cmpint (json_object_get_int_member (l, "x"), >, 0);
          g_assert_cmpint (json_object_get_int_member (l, "x"), <, 640);
        }
    }
  g_assert_true (stadtle);
  /* A box that is not four numbers is refused before anything is read. */
  {
    g_auto(Run) bad_box = { 0 };
    g_auto(Run) vaduz = { 0 };
    g_autofree char *part = g_build_filename (dir, "vaduz", NULL);
    g_autofree char *part_map = g_build_filename (part, "map.sqlite", NULL);

    run_cli (&bad_box, "import-osm", extract, "--out", part, "--bbox", "47.1,9.5,47.2", NULL);
    g_assert_cmpint (bad_box.status, ==, 2);
    g_assert_nonnull (strstr (bad_box.err, "--bbox"));
    g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
    run_cli (&vaduz, "import-osm", extract, "--out", part, "--bbox", "47.12,9.50,47.16,9.54",
             "-q", NULL);
    g_assert_cmpint (vaduz.status, ==, 0);
    g_assert_true (g_file_test (part_map, G_FILE_TEST_IS_REGULAR));
  }
  /* A size that is no size is refused with a message. */
  run_cli (&bad, "render", out, "--center", "47.1395,9.5215", "--zoom", "16",
           "--size", "groot", "--out", png, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "--size"));
  sk_test_tmpdir_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, >=, 2);
  cli_path = argv[1];
  g_test_add_func ("/cli/reach/embedded", test_reach_embedded);
  g_test_add_func ("/cli/reach/plan", test_reach_plan);
  g_test_add_func ("/cli/reach/not-known", test_reach_not_known);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cli/reach/bad/%s", bad_cases[i].name);
      g_test_add_data_func (name, &bad_cases[i], test_reach_bad);
    }
  g_test_add_func ("/cli/region-info/no-network", test_region_info_without_network);
  g_test_add_func ("/cli/import-osm/then-reach", test_import_then_reach);
  g_test_add_func ("/cli/render/vaduz", test_render_vaduz);
  return g_test_run ();
}
