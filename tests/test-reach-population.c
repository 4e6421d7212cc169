/* test-reach-population.c — reachability measured from where people
 * live: a kern's distance is the mean over its population points,
 * weighted by the people at each (crow-fly; answers worked out by hand).
 *
 * The mini region (fixtures/mini-region.json) has School A on A-dorp's
 * position (52.70 N, 6.20 E). fixtures/mini-kommen.json puts A-dorp's 400
 * people at two points: 300 on the school's spot, 100 at 52.71 N, 0.01°
 * further north: 6371008.8 m × 0.01 × π / 180 = 1111.95 m (haversine on
 * the mean sphere; due north, so exactly that arc).
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>

#include "sk-reach-eval.h"

#define ARC_M 1111.9508   /* 0.01° of latitude */

static char *
make_region_dir (const char *people_south,
                 const char *people_north)
{
  g_autofree char *region_path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-region.json", NULL);
  g_autofree char *kommen_path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-kommen.json", NULL);
  g_autofree char *region_text = NULL, *kommen_text = NULL;
  g_autoptr(GString) kommen = NULL;
  char *dir = g_dir_make_tmp ("sk-reach-pop-XXXXXX", NULL);
  g_autofree char *json = g_build_filename (dir, "region.json", NULL);
  g_autofree char *kjson = g_build_filename (dir, "kommen.json", NULL);

  g_assert_true (g_file_get_contents (region_path, &region_text, NULL, NULL));
  g_assert_true (g_file_get_contents (kommen_path, &kommen_text, NULL, NULL));
  /* The fixture's A-dorp does not know whether it has a GP ("niet bekend",
   * test-reach-status); here it has none, so that a GP the plan adds
   * gives it a time to weigh. */
  {
    g_autoptr(GString) region = g_string_new (region_text);

    g_assert_cmpuint (g_string_replace (region, "\"huisarts\": { \"status\": \"onbekend\" }",
                                        "\"huisarts\": { \"status\": \"geen\", \"source\": \"test\" }",
                                        1), ==, 1);
    g_free (region_text);
    region_text = g_string_free (g_steal_pointer (&region), FALSE);
  }
  kommen = g_string_new (kommen_text);
  g_string_replace (kommen, "[6.20, 52.70, 300]", people_south, 1);
  g_string_replace (kommen, "[6.20, 52.71, 100]", people_north, 1);
  g_assert_true (g_file_set_contents (json, region_text, -1, NULL));
  g_assert_true (g_file_set_contents (kjson, kommen->str, -1, NULL));
  return dir;
}

static void
remove_region_dir (const char *dir)
{
  g_autofree char *json = g_build_filename (dir, "region.json", NULL);
  g_autofree char *kjson = g_build_filename (dir, "kommen.json", NULL);

  g_unlink (json);
  g_unlink (kjson);
  g_rmdir (dir);
}

typedef struct
{
  const char *name;
  const char *south;        /* population point on the school */
  const char *north;        /* population point 1111.95 m north */
  gboolean add_gp_north;    /* the plan adds a GP at the north point */
  SkFacilityType type;
  double arcs;              /* expected mean, in ARC_M × the car's detour */
} Case;

static const Case cases[] = {
  /* (300 × 0 + 100 × 1) / 400: not 0, though the school is in the village. */
  { "school", "[6.20, 52.70, 300]", "[6.20, 52.71, 100]", FALSE, SK_FACILITY_BASISSCHOOL, 0.25 },
  /* A GP at the north point: (300 × 1 + 100 × 0) / 400. */
  { "gp-north", "[6.20, 52.70, 300]", "[6.20, 52.71, 100]", TRUE, SK_FACILITY_HUISARTS, 0.75 },
  /* No people known at either point: both count the same, (0 + 1) / 2. */
  { "no-people", "[6.20, 52.70, 0]", "[6.20, 52.71, 0]", FALSE, SK_FACILITY_BASISSCHOOL, 0.5 },
};

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *dir = make_region_dir (c->south, c->north);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load (dir, &error);
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  g_autoptr(SkReachResult) before = NULL;
  g_autoptr(SkReachResult) after = NULL;
  SkReachAddition gp = { SK_FACILITY_HUISARTS, 52.71, 6.20 };
  double detour, m_per_min, expected;
  const SkNearest *n;

  g_assert_no_error (error);
  g_assert_true (sk_reach_evaluate (region, k, &gp, c->add_gp_north ? 1 : 0,
                                    SK_ACCESS (SK_MODE_AUTO), &before, &after, &error));
  detour = sk_kengetallen_get_detour (k, SK_MODE_AUTO)->central;
  m_per_min = sk_kengetallen_get_speed (k, SK_MODE_AUTO, SK_ROAD_TERTIARY)->central * 1000 / 60;
  expected = c->arcs * ARC_M * detour;
  n = sk_reach_result_get_nearest (c->add_gp_north ? after : before, 0, c->type, SK_MODE_AUTO);
  g_assert_true (n->reachable);
  g_assert_cmpfloat_with_epsilon (n->meters, expected, 0.5);
  g_assert_cmpfloat_with_epsilon (n->minutes, expected / m_per_min, 0.01);
  remove_region_dir (dir);
}

/* B-dorp has no kom: it is measured from its own position, as before. */
static void
test_single_point (void)
{
  g_autofree char *dir = make_region_dir ("[6.20, 52.70, 300]", "[6.20, 52.71, 100]");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load (dir, &error);
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  g_autoptr(SkReachResult) before = NULL;
  const SkKern *b;
  double meters, minutes;

  g_assert_no_error (error);
  g_assert_true (sk_reach_evaluate (region, k, NULL, 0, SK_ACCESS (SK_MODE_AUTO), &before, NULL,
                                    &error));
  b = sk_region_get_kern (region, 1);
  /* Station B is 0.001° north-east of B-dorp. */
  sk_reach_crow_fly (k, SK_MODE_AUTO, b->lat, b->lon, 52.701, 6.301, &meters, &minutes);
  g_assert_cmpfloat_with_epsilon (sk_reach_result_get_nearest (before, 1, SK_FACILITY_STATION,
                                                               SK_MODE_AUTO)->meters, meters, 1e-6);
  remove_region_dir (dir);
}

/* With a road network: one residential road from School A (52.70 N) to
 * the north point (52.71 N), 1111.95 m. A-dorp's mean by car is
 * (300 × 0 + 100 × 1111.95 m) / 400 = 277.99 m, at the car's speed on a
 * residential road. */
static void
test_network (void)
{
  g_autofree char *dir = make_region_dir ("[6.20, 52.70, 300]", "[6.20, 52.71, 100]");
  g_autofree char *bin = g_build_filename (dir, "network.bin", NULL);
  g_autoptr(SkNetworkBuilder) b = sk_network_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkReachResult) before = NULL;
  const SkNearest *n;
  double kmh;

  sk_network_builder_add_node (b, 52.70, 6.20);
  sk_network_builder_add_node (b, 52.71, 6.20);
  sk_network_builder_add_edge (b, 0, 1, -1, SK_ROAD_RESIDENTIAL, SK_ACCESS_ALL, 0);
  g_assert_true (sk_network_builder_save (b, bin, &error));
  region = sk_region_load (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sk_region_get_network (region));
  g_assert_true (sk_reach_evaluate (region, k, NULL, 0, SK_ACCESS (SK_MODE_AUTO), &before, NULL,
                                    &error));
  g_assert_cmpint (sk_reach_result_get_method (before), ==, SK_REACH_METHOD_NETWORK);
  n = sk_reach_result_get_nearest (before, 0, SK_FACILITY_BASISSCHOOL, SK_MODE_AUTO);
  g_assert_true (n->reachable);
  g_assert_cmpfloat_with_epsilon (n->meters, 0.25 * ARC_M, 1.0);
  kmh = sk_kengetallen_get_speed (k, SK_MODE_AUTO, SK_ROAD_RESIDENTIAL)->central;
  g_assert_cmpfloat_with_epsilon (n->minutes, 0.25 * ARC_M / (kmh * 1000 / 60), 0.02);
  g_unlink (bin);
  remove_region_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/reach-population/%s", cases[i].name);
      g_test_add_data_func (name, &cases[i], test_case);
    }
  g_test_add_func ("/reach-population/single-point", test_single_point);
  g_test_add_func ("/reach-population/network", test_network);
  return g_test_run ();
}
