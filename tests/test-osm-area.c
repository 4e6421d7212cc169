/* test-osm-area.c — importing part of an extract (a box), cancelling an
 * import, and extracts with impossible positions or cut off mid-way: the
 * last three are refused with a message and leave nothing behind. */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sk-kengetallen.h"
#include "sk-osm.h"
#include "sk-reach-eval.h"
#include "sk-region.h"
#include "sk-test-util.h"

/* Oostdorp (village) with a GP beside it; 1.1 km north a hamlet and a
 * supermarket, joined by a road that crosses 52.703 N. */
static const char area_osm[] =
  "<?xml version='1.0' encoding='UTF-8'?>\n"
  "<osm version='0.6' generator='test-osm-area'>\n"
  " <node id='1' lat='52.700' lon='6.200'><tag k='place' v='village'/><tag k='name' v='Oostdorp'/></node>\n"
  " <node id='2' lat='52.700' lon='6.210'/>\n"
  " <node id='3' lat='52.701' lon='6.210'><tag k='amenity' v='doctors'/></node>\n"
  " <node id='4' lat='52.710' lon='6.210'><tag k='shop' v='supermarket'/></node>\n"
  " <node id='5' lat='52.710' lon='6.200'><tag k='place' v='hamlet'/><tag k='name' v='Noordhoek'/></node>\n"
  " <node id='6' lat='52.760' lon='6.210'/>\n"
  " <way id='20'><nd ref='1'/><nd ref='2'/><nd ref='4'/><nd ref='6'/><tag k='highway' v='residential'/></way>\n"
  "</osm>\n";

static char *
write_area_extract (const char *dir)
{
  char *path = g_build_filename (dir, "area.osm", NULL);

  g_assert_true (g_file_set_contents (path, area_osm, -1, NULL));
  return path;
}

/* Only the extract itself is left in DIR. */
static void
assert_nothing_left (const char *dir,
                     const char *extract)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *base = g_path_get_basename (extract);
  guint n = 0;

  for (const char *name; (name = g_dir_read_name (d)) != NULL; n++)
    g_assert_cmpstr (name, ==, base);
  g_assert_cmpuint (n, ==, 1);
}

static void
test_bbox (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("sk-osm-area");
  g_autofree char *extract = write_area_extract (dir);
  g_autofree char *out = g_build_filename (dir, "zuid", NULL);
  SkBBox box = { .south = 52.695, .west = 6.195, .north = 52.703, .east = 6.215 };
  SkOsmImportOptions options = { .bbox = &box };
  SkOsmImportStats stats = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;

  g_assert_true (sk_osm_import (extract, out, &options, &stats, &error));
  g_assert_no_error (error);
  region = sk_region_load (out, &error);
  g_assert_no_error (error);
  /* Noordhoek and the supermarket lie 800 m north of the box: left out. */
  g_assert_cmpuint (sk_region_get_n_kernen (region), ==, 1);
  g_assert_cmpstr (sk_region_get_kern (region, 0)->name, ==, "Oostdorp");
  g_assert_cmpuint (sk_region_get_n_facilities (region), ==, 1);
  g_assert_cmpint (sk_region_get_facility (region, 0)->type, ==, SK_FACILITY_HUISARTS);
  /* The road keeps its piece up to 1 km past the edge (node 4 at 0.8 km)
   * but not node 6, 6 km away: nodes 1, 2, 4, of which 2 only shapes the
   * street (contracted): one edge from 1 to 4. */
  g_assert_cmpuint (stats.graph_nodes, ==, 2);
  g_assert_cmpuint (stats.graph_edges, ==, 1);
  g_assert_cmpuint (stats.osm_nodes, ==, 6);
  sk_test_tmpdir_remove (dir);
}

static void
test_bbox_inverted (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("sk-osm-area");
  g_autofree char *extract = write_area_extract (dir);
  g_autofree char *out = g_build_filename (dir, "regio", NULL);
  SkBBox box = { .south = 52.8, .west = 6.195, .north = 52.7, .east = 6.215 };
  SkOsmImportOptions options = { .bbox = &box };
  g_autoptr(GError) error = NULL;

  g_assert_false (sk_osm_import (extract, out, &options, NULL, &error));
  g_assert_error (error, SK_OSM_ERROR, SK_OSM_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, "zuid moet kleiner zijn dan noord"));
  assert_nothing_left (dir, extract);
  sk_test_tmpdir_remove (dir);
}

static void
test_cancelled (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("sk-osm-area");
  g_autofree char *extract = write_area_extract (dir);
  g_autofree char *out = g_build_filename (dir, "regio", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  SkOsmImportOptions options = { .cancellable = cancellable };
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (sk_osm_import (extract, out, &options, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_nothing_left (dir, extract);
  sk_test_tmpdir_remove (dir);
}

/* Hand-made fixtures: a latitude of 999, a longitude of 1e308, an extract
 * cut off in the middle of a way. */
static void
test_bad_fixture (gconstpointer data)
{
  const char *fixture = data;
  g_autofree char *dir = sk_test_tmpdir_new ("sk-osm-area");
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", fixture, NULL);
  g_autofree char *extract = g_build_filename (dir, fixture, NULL);
  g_autofree char *out = g_build_filename (dir, "regio", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (extract, text, -1, NULL));
  g_assert_false (sk_osm_import (extract, out, NULL, NULL, &error));
  g_assert_error (error, SK_OSM_ERROR, SK_OSM_ERROR_CORRUPT);
  /* The message names the file and says nothing was written. */
  g_assert_nonnull (strstr (error->message, fixture));
  g_assert_nonnull (strstr (error->message, "er is niets geschreven"));
  if (strstr (fixture, "bad-l") != NULL)
    g_assert_nonnull (strstr (error->message, "onmogelijke plaats"));
  assert_nothing_left (dir, extract);
  sk_test_tmpdir_remove (dir);
}

/* A wood mapped as a multipolygon relation of two open ways with a
 * clearing (an inner ring) becomes one area with two rings. */
static void
test_multipolygon (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("sk-osm-area");
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures",
                                                   "osm-multipolygon.osm", NULL);
  g_autofree char *out = g_build_filename (dir, "bos", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkMapSelection) sel = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  const SkMapFeature *wood = NULL;
  guint breaks = 0;

  g_assert_true (sk_osm_import (source, out, NULL, NULL, &error));
  g_assert_no_error (error);
  region = sk_region_load (out, &error);
  g_assert_no_error (error);
  sel = sk_map_store_select (sk_region_get_map_store (region), 2, 0, 0, G_MAXINT32, G_MAXINT32,
                             &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sk_map_selection_get_n (sel); i++)
    if (sk_map_selection_get (sel, i)->klass == SK_MAP_FOREST)
      wood = sk_map_selection_get (sel, i);
  g_assert_nonnull (wood);
  g_assert_cmpstr (wood->name, ==, "Het Oosterbos");
  /* Outer ring 11-12-13-14-11 (5 points), a break, the clearing (5). */
  for (guint i = 0; i < wood->n_points; i++)
    breaks += wood->xy[2 * i] == SK_MAP_RING_BREAK;
  g_assert_cmpuint (breaks, ==, 1);
  g_assert_cmpuint (wood->n_points, ==, 11);
  hits = sk_map_store_find_names (sk_region_get_map_store (region), "oosterbos", 5, NULL);
  g_assert_cmpuint (hits->len, ==, 0);
  sk_test_tmpdir_remove (dir);
}

/* Oostdorp (A) and its GP (B) 1,013 m east, joined by a street and by a
 * two-way street over C (2 × 838 m, as fast: the short way is the quick
 * one). The street's tags and the order of its nodes (B→A or A→B) vary:
 * where the car may not drive A → B it goes round over C. */
typedef struct
{
  const char *name;
  const char *street;    /* its <nd/> and <tag/> elements */
  double car_m;          /* Oostdorp → GP by car */
} OnewayCase;

static const OnewayCase oneway_cases[] = {
  { "yes", "<nd ref='2'/><nd ref='1'/><tag k='oneway' v='yes'/>", 1676 },
  { "minus-one", "<nd ref='1'/><nd ref='2'/><tag k='oneway' v='-1'/>", 1676 },
  { "roundabout", "<nd ref='2'/><nd ref='1'/><tag k='junction' v='roundabout'/>", 1676 },
  /* Driven the right way, the street is the short way. */
  { "yes-forward", "<nd ref='1'/><nd ref='2'/><tag k='oneway' v='yes'/>", 1013 },
  { "no", "<nd ref='2'/><nd ref='1'/><tag k='oneway' v='no'/>", 1013 },
};

static void
test_oneway (gconstpointer data)
{
  const OnewayCase *c = data;
  g_autofree char *dir = sk_test_tmpdir_new ("sk-osm-area");
  g_autofree char *extract = g_build_filename (dir, "eenrichting.osm", NULL);
  g_autofree char *out = g_build_filename (dir, "regio", NULL);
  g_autofree char *xml = g_strdup_printf (
    "<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6' generator='test-osm-area'>\n"
    " <node id='1' lat='52.700' lon='6.200'><tag k='place' v='village'/>"
    "<tag k='name' v='Oostdorp'/></node>\n"
    " <node id='2' lat='52.700' lon='6.215'><tag k='amenity' v='doctors'/></node>\n"
    " <node id='3' lat='52.706' lon='6.2075'/>\n"
    " <way id='20'>%s<tag k='highway' v='residential'/></way>\n"
    " <way id='21'><nd ref='1'/><nd ref='3'/><nd ref='2'/><tag k='highway' v='residential'/></way>\n"
    "</osm>\n", c->street);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (NULL);
  g_autoptr(SkReachResult) result = NULL;
  const SkNearest *car, *bike;

  g_assert_true (g_file_set_contents (extract, xml, -1, NULL));
  g_assert_true (sk_osm_import (extract, out, NULL, NULL, &error));
  g_assert_no_error (error);
  region = sk_region_load (out, &error);
  g_assert_no_error (error);
  g_assert_true (sk_reach_evaluate (region, k, NULL, 0, SK_ACCESS_ALL, &result, NULL, NULL));
  car = sk_reach_result_get_nearest (result, 0, SK_FACILITY_HUISARTS, SK_MODE_AUTO);
  bike = sk_reach_result_get_nearest (result, 0, SK_FACILITY_HUISARTS, SK_MODE_FIETS);
  g_assert_true (car->reachable && bike->reachable);
  /* 0.015° of longitude at 52.7° N is 1,013 m; A–C and C–B 838 m each. */
  g_assert_cmpfloat_with_epsilon (car->meters, c->car_m, 5.0);
  /* Cycling is not bound by the car's one-way rule. */
  g_assert_cmpfloat_with_epsilon (bike->meters, 1013, 5.0);
  sk_test_tmpdir_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/osm-area/bbox", test_bbox);
  g_test_add_func ("/osm-area/bbox-inverted", test_bbox_inverted);
  g_test_add_func ("/osm-area/cancelled", test_cancelled);
  g_test_add_func ("/osm-area/multipolygon", test_multipolygon);
  for (guint i = 0; i < G_N_ELEMENTS (oneway_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/osm-area/oneway/%s", oneway_cases[i].name);
      g_test_add_data_func (name, &oneway_cases[i], test_oneway);
    }
  g_test_add_data_func ("/osm-area/bad/lat-999", "osm-bad-lat.osm", test_bad_fixture);
  g_test_add_data_func ("/osm-area/bad/lon-1e308", "osm-bad-lon.osm", test_bad_fixture);
  g_test_add_data_func ("/osm-area/bad/cut-off", "osm-garbage.osm", test_bad_fixture);
  return g_test_run ();
}
