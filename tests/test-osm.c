/* test-osm.c — OSM tags → access, facilities, kernen and lines, and the
 * import of small extracts written here (converted to PBF with osmium when
 * its path is given as the first argument). */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sk-kengetallen.h"
#include "sk-osm.h"
#include "sk-reach-eval.h"
#include "sk-region.h"
#include "sk-test-util.h"

#define WALK SK_ACCESS (SK_MODE_LOPEN)
#define BIKE (SK_ACCESS (SK_MODE_FIETS) | SK_ACCESS (SK_MODE_EFIETS))
#define CAR  SK_ACCESS (SK_MODE_AUTO)

static const char *osmium_path;

typedef struct
{
  const char *tags;        /* "k=v;k=v" */
  gboolean road;
  SkRoadClass klass;
  guint access;
  guint maxspeed;
} RoadCase;

static const RoadCase road_cases[] = {
  { "highway=residential", TRUE, SK_ROAD_RESIDENTIAL, WALK | BIKE | CAR, 0 },
  { "highway=motorway;maxspeed=100", TRUE, SK_ROAD_MOTORWAY, CAR, 100 },
  /* A motorway stays car-only even when someone tags foot=yes. */
  { "highway=motorway;foot=yes;bicycle=yes", TRUE, SK_ROAD_MOTORWAY, CAR, 0 },
  { "highway=trunk", TRUE, SK_ROAD_TRUNK, CAR, 0 },
  { "highway=footway", TRUE, SK_ROAD_FOOTWAY, WALK, 0 },
  { "highway=footway;bicycle=yes", TRUE, SK_ROAD_FOOTWAY, WALK | BIKE, 0 },
  { "highway=cycleway", TRUE, SK_ROAD_CYCLEWAY, WALK | BIKE, 0 },
  { "highway=cycleway;foot=no", TRUE, SK_ROAD_CYCLEWAY, BIKE, 0 },
  { "highway=path", TRUE, SK_ROAD_PATH, WALK | BIKE, 0 },
  { "highway=path;bicycle=no", TRUE, SK_ROAD_PATH, WALK, 0 },
  { "highway=track;motor_vehicle=no", TRUE, SK_ROAD_TRACK, WALK | BIKE, 0 },
  { "highway=service;access=private", FALSE, SK_ROAD_INVALID, 0, 0 },
  { "highway=service;access=no;foot=yes", TRUE, SK_ROAD_SERVICE, WALK, 0 },
  { "highway=primary;bicycle=no;foot=no;maxspeed=NL:rural", TRUE, SK_ROAD_PRIMARY, CAR, 80 },
  { "highway=tertiary;maxspeed=30 mph", TRUE, SK_ROAD_TERTIARY, WALK | BIKE | CAR, 48 },
  { "highway=secondary;maxspeed=signals", TRUE, SK_ROAD_SECONDARY, WALK | BIKE | CAR, 0 },
  { "highway=unclassified;vehicle=no", TRUE, SK_ROAD_UNCLASSIFIED, WALK, 0 },
  { "highway=pedestrian;area=yes", FALSE, SK_ROAD_INVALID, 0, 0 },
  { "highway=proposed", FALSE, SK_ROAD_INVALID, 0, 0 },
  { "waterway=river", FALSE, SK_ROAD_INVALID, 0, 0 },
};

/* Splits "k=v;k=v" into tags that point into STORAGE. */
static size_t
make_tags (const char  *text,
           GStrv       *storage,
           SkOsmTag    *tags,
           size_t       max)
{
  size_t n = 0;

  *storage = g_strsplit_set (text, ";=", -1);
  for (size_t i = 0; (*storage)[i] != NULL && (*storage)[i + 1] != NULL && n < max; i += 2)
    tags[n++] = (SkOsmTag) { (*storage)[i], (*storage)[i + 1] };
  return n;
}

static void
test_road (gconstpointer data)
{
  const RoadCase *c = data;
  g_auto(GStrv) storage = NULL;
  SkOsmTag tags[8];
  size_t n = make_tags (c->tags, &storage, tags, G_N_ELEMENTS (tags));
  SkRoadClass klass = SK_ROAD_INVALID;
  guint access = 0, maxspeed = 0;

  g_assert_cmpint (sk_osm_road (tags, n, &klass, &access, &maxspeed), ==, c->road);
  if (!c->road)
    return;
  g_assert_cmpint (klass, ==, c->klass);
  g_assert_cmphex (access, ==, c->access);
  g_assert_cmpuint (maxspeed, ==, c->maxspeed);
}

typedef struct
{
  const char *tags;
  SkFacilityType type;
} FacilityCase;

static const FacilityCase facility_cases[] = {
  { "amenity=doctors", SK_FACILITY_HUISARTS },
  { "healthcare=general_practitioner", SK_FACILITY_HUISARTS },
  { "amenity=pharmacy", SK_FACILITY_APOTHEEK },
  { "amenity=school", SK_FACILITY_BASISSCHOOL },
  { "amenity=school;isced:level=1", SK_FACILITY_BASISSCHOOL },
  { "amenity=school;isced:level=2;3", SK_FACILITY_VOORTGEZET },
  { "amenity=school;school=secondary", SK_FACILITY_VOORTGEZET },
  { "amenity=kindergarten", SK_FACILITY_KINDEROPVANG },
  { "amenity=childcare", SK_FACILITY_KINDEROPVANG },
  { "amenity=community_centre", SK_FACILITY_ONTMOETINGSPLEK },
  { "amenity=library", SK_FACILITY_BIBLIOTHEEK },
  { "amenity=hospital", SK_FACILITY_ZIEKENHUIS },
  { "shop=supermarket", SK_FACILITY_SUPERMARKT },
  { "shop=bakery", SK_FACILITY_INVALID },
  { "railway=station", SK_FACILITY_STATION },
  { "railway=halt", SK_FACILITY_STATION },
  { "highway=bus_stop", SK_FACILITY_BUSHALTE },
  { "leisure=sports_centre", SK_FACILITY_SPORT },
  { "leisure=pitch", SK_FACILITY_SPORT },
  { "amenity=bench", SK_FACILITY_INVALID },
};

static void
test_facility (gconstpointer data)
{
  const FacilityCase *c = data;
  g_auto(GStrv) storage = NULL;
  SkOsmTag tags[8];
  size_t n;

  /* "isced:level=2;3" is one value with a semicolon in OSM. */
  if (g_str_has_suffix (c->tags, "=2;3"))
    {
      SkOsmTag t[2] = { { "amenity", "school" }, { "isced:level", "2;3" } };
      g_assert_cmpint (sk_osm_facility (t, 2), ==, c->type);
      return;
    }
  n = make_tags (c->tags, &storage, tags, G_N_ELEMENTS (tags));
  g_assert_cmpint (sk_osm_facility (tags, n), ==, c->type);
}

static void
test_place (void)
{
  SkOsmTag village[] = { { "place", "village" }, { "name", "De Wijk" }, { "population", "2680" } };
  SkOsmTag hamlet[] = { { "place", "hamlet" }, { "name", "Koekange" } };
  SkOsmTag farm[] = { { "place", "farm" }, { "name", "Erve Kots" } };
  SkOsmTag unnamed[] = { { "place", "town" } };
  int pop = 0;

  g_assert_true (sk_osm_place (village, 3, &pop));
  g_assert_cmpint (pop, ==, 2680);
  g_assert_true (sk_osm_place (hamlet, 2, &pop));
  g_assert_cmpint (pop, ==, -1);
  g_assert_false (sk_osm_place (farm, 2, &pop));
  g_assert_false (sk_osm_place (unnamed, 1, &pop));
}

/* A village with a road to a GP, a cycle path to a supermarket (a
 * building), a stream and a primary road; node 9 is referenced but cut
 * off by the extract's border. */
static const char mini_osm[] =
  "<?xml version='1.0' encoding='UTF-8'?>\n"
  "<osm version='0.6' generator='test-osm'>\n"
  " <node id='1' lat='52.700' lon='6.200'><tag k='place' v='village'/><tag k='name' v='Oostdorp'/>"
  "<tag k='population' v='1200'/></node>\n"
  " <node id='2' lat='52.700' lon='6.210'/>\n"
  " <node id='3' lat='52.700' lon='6.220'><tag k='amenity' v='doctors'/>"
  "<tag k='name' v='Praktijk De Es'/></node>\n"
  " <node id='4' lat='52.710' lon='6.210'/>\n"
  " <node id='5' lat='52.7050' lon='6.2150'/>\n"
  " <node id='6' lat='52.7050' lon='6.2160'/>\n"
  " <node id='7' lat='52.7060' lon='6.2160'/>\n"
  " <node id='8' lat='52.690' lon='6.200'/>\n"
  " <node id='10' lat='52.690' lon='6.230'/>\n"
  " <node id='11' lat='52.710' lon='6.200'><tag k='place' v='hamlet'/>"
  "<tag k='name' v='Oostdorp'/></node>\n"
  " <way id='20'><nd ref='1'/><nd ref='2'/><nd ref='3'/><tag k='highway' v='residential'/></way>\n"
  " <way id='21'><nd ref='2'/><nd ref='4'/><nd ref='9'/><tag k='highway' v='cycleway'/></way>\n"
  " <way id='22'><nd ref='5'/><nd ref='6'/><nd ref='7'/><nd ref='5'/><tag k='building' v='yes'/>"
  "<tag k='shop' v='supermarket'/></way>\n"
  " <way id='23'><nd ref='8'/><nd ref='10'/><tag k='waterway' v='stream'/>"
  "<tag k='name' v='Oude Diep'/></way>\n"
  " <way id='24'><nd ref='1'/><nd ref='8'/><tag k='highway' v='primary'/>"
  "<tag k='maxspeed' v='80'/></way>\n"
  " <way id='25'><nd ref='4'/><nd ref='11'/><tag k='highway' v='footway'/>"
  "<tag k='access' v='private'/></way>\n"
  "</osm>\n";

static char *
write_extract (const char *dir,
               gboolean    pbf)
{
  g_autofree char *xml = g_build_filename (dir, "mini.osm", NULL);
  char *pbf_path = g_build_filename (dir, "mini.osm.pbf", NULL);
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_file_set_contents (xml, mini_osm, -1, NULL));
  if (!pbf)
    {
      g_free (pbf_path);
      return g_steal_pointer (&xml);
    }
  {
    const char *argv[] = { osmium_path, "cat", xml, "-o", pbf_path, "-O", NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                                 G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, NULL, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  return pbf_path;
}

/* All modes at once (in threads) give what each mode gives alone. */
static void
check_modes_in_parallel (SkRegion *region)
{
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (NULL);
  g_autoptr(SkReachResult) all = NULL;

  g_assert_true (sk_reach_evaluate (region, k, NULL, 0, SK_ACCESS_ALL, &all, NULL, NULL));
  g_assert_cmpint (sk_reach_result_get_method (all), ==, SK_REACH_METHOD_NETWORK);
  for (int m = 0; m < SK_N_MODES; m++)
    {
      g_autoptr(SkReachResult) one = NULL;
      const SkNearest *a, *b;

      g_assert_true (sk_reach_evaluate (region, k, NULL, 0, SK_ACCESS (m), &one, NULL, NULL));
      a = sk_reach_result_get_nearest (all, 0, SK_FACILITY_HUISARTS, (SkMode) m);
      b = sk_reach_result_get_nearest (one, 0, SK_FACILITY_HUISARTS, (SkMode) m);
      g_assert_true (a->reachable && b->reachable);
      g_assert_cmpfloat (a->minutes, ==, b->minutes);
      g_assert_cmpfloat (a->meters, ==, b->meters);
    }
}

static void
check_imported_region (const char *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load (out, &error);
  SkNetwork *net;
  guint per_type[SK_N_FACILITY_TYPES] = { 0 };
  const char *source = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (sk_region_get_n_kernen (region), ==, 2);
  g_assert_cmpstr (sk_region_get_kern (region, 0)->name, ==, "Oostdorp");
  g_assert_cmpint (sk_region_get_kern (region, 0)->inhabitants, ==, 1200);
  /* Two places with one name get distinct ids. */
  g_assert_cmpstr (sk_region_get_kern (region, 1)->id, ==, "oostdorp-2");
  for (size_t i = 0; i < sk_region_get_n_facilities (region); i++)
    per_type[sk_region_get_facility (region, i)->type]++;
  g_assert_cmpuint (per_type[SK_FACILITY_HUISARTS], ==, 1);
  g_assert_cmpuint (per_type[SK_FACILITY_SUPERMARKT], ==, 1);
  /* data/reach/voorzieningen-verwacht.json (aannames): in a kern of 1000
   * or more a basisschool is expected; OSM has none within 1500 m of
   * Oostdorp (1200), so it is "onbekend". Its supermarket, about 1.2 km
   * away, counts as Oostdorp's; a huisarts is not expected below 2000.
   * The hamlet has no count: the rule does not judge it. */
  g_assert_cmpint (sk_region_get_facility_status (region, 0, SK_FACILITY_BASISSCHOOL, &source), ==,
                   SK_FACILITY_STATUS_UNKNOWN);
  g_assert_cmpstr (source, ==, "voorzieningen-verwacht");
  g_assert_cmpint (sk_region_get_facility_status (region, 0, SK_FACILITY_SUPERMARKT, NULL), ==,
                   SK_FACILITY_STATUS_NOT_RECORDED);
  g_assert_cmpint (sk_region_get_facility_status (region, 0, SK_FACILITY_HUISARTS, NULL), ==,
                   SK_FACILITY_STATUS_NOT_RECORDED);
  g_assert_cmpint (sk_region_get_facility_status (region, 1, SK_FACILITY_BASISSCHOOL, NULL), ==,
                   SK_FACILITY_STATUS_NOT_RECORDED);
  /* The stream and the primary road. */
  g_assert_cmpuint (sk_region_get_n_lines (region), ==, 2);
  g_assert_nonnull (strstr (sk_region_get_source (region, 0)->title,
                            "OpenStreetMap-bijdragers, ODbL"));
  g_assert_nonnull (strstr (sk_region_get_source (region, 0)->title, "mini.osm"));

  net = sk_region_get_network (region);
  g_assert_nonnull (net);
  /* Nodes 1, 2, 3, 4, 8 (node 9 is outside; the private footway is left
   * out); edges 1–2, 2–3, 2–4, 1–8. */
  g_assert_cmpuint (sk_network_get_n_nodes (net), ==, 5);
  g_assert_cmpuint (sk_network_get_n_edges (net), ==, 4);
  /* Cars may not use the cycle path: 3 edges × 2 arcs. */
  g_assert_cmpuint (sk_network_get_n_arcs (net, SK_MODE_AUTO), ==, 6);
  g_assert_cmpuint (sk_network_get_n_arcs (net, SK_MODE_FIETS), ==, 8);
  check_modes_in_parallel (region);
}

static void
test_import (gconstpointer data)
{
  gboolean pbf = GPOINTER_TO_INT (data);
  g_autofree char *dir = g_dir_make_tmp ("sk-osm-XXXXXX", NULL);
  g_autofree char *extract = write_extract (dir, pbf);
  g_autofree char *out = g_build_filename (dir, "regio", NULL);
  g_autoptr(GError) error = NULL;
  SkOsmImportStats stats = { 0 };

  g_assert_true (sk_osm_import (extract, out, NULL, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.osm_nodes, ==, 10);
  g_assert_cmpuint (stats.osm_ways, ==, 6);
  check_imported_region (out);
  /* Importing again replaces the region whole. */
  g_assert_true (sk_osm_import (extract, out, NULL, NULL, &error));
  check_imported_region (out);
  /* A damaged network.bin makes the region directory fail to load. */
  {
    g_autofree char *bin = g_build_filename (out, "network.bin", NULL);
    g_autofree char *bytes = NULL;
    g_autoptr(SkRegion) region = NULL;
    gsize len;

    g_assert_true (g_file_get_contents (bin, &bytes, &len, NULL));
    bytes[30] ^= 1;
    g_assert_true (g_file_set_contents (bin, bytes, (gssize) len, NULL));
    region = sk_region_load (out, &error);
    g_assert_null (region);
    g_assert_error (error, SK_NETWORK_ERROR, SK_NETWORK_ERROR_CORRUPT);
  }
  sk_test_tmpdir_remove (dir);
}

typedef struct
{
  const char *name;
  gboolean pbf;
  gssize keep;      /* bytes kept; -1: garble the middle instead */
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "xml-truncated", FALSE, 600 },
  { "pbf-truncated", TRUE, 200 },
  { "pbf-garbled", TRUE, -1 },
  { "pbf-empty", TRUE, 0 },
};

static void
test_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autofree char *dir = g_dir_make_tmp ("sk-osm-XXXXXX", NULL);
  g_autofree char *extract = write_extract (dir, c->pbf);
  g_autofree char *out = g_build_filename (dir, "regio", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  g_autoptr(GDir) d = NULL;
  g_autofree char *base = g_path_get_basename (extract);
  gsize len;

  g_assert_true (g_file_get_contents (extract, &bytes, &len, NULL));
  if (c->keep < 0)
    memset (bytes + len / 3, 0x55, 40);
  else
    len = MIN (len, (gsize) c->keep);
  g_assert_true (g_file_set_contents (extract, bytes, (gssize) len, NULL));

  g_assert_false (sk_osm_import (extract, out, NULL, NULL, &error));
  g_assert_error (error, SK_OSM_ERROR, SK_OSM_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, base));
  /* Nothing was written: no region, no temporary directory. */
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  d = g_dir_open (dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (d)) != NULL;)
    g_assert_true (g_str_has_prefix (name, "mini.osm"));
  sk_test_tmpdir_remove (dir);
}

static void
test_refuses_other_directory (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-osm-XXXXXX", NULL);
  g_autofree char *extract = write_extract (dir, FALSE);
  g_autofree char *other = g_build_filename (dir, "documenten", NULL);
  g_autofree char *letter = g_build_filename (other, "brief.txt", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (other, 0755), ==, 0);
  g_assert_true (g_file_set_contents (letter, "Beste buren,", -1, NULL));
  g_assert_false (sk_osm_import (extract, other, NULL, NULL, &error));
  g_assert_error (error, SK_OSM_ERROR, SK_OSM_ERROR_WRITE);
  g_assert_true (g_file_test (letter, G_FILE_TEST_EXISTS));
  sk_test_tmpdir_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  osmium_path = argc > 1 ? argv[1] : NULL;
  for (guint i = 0; i < G_N_ELEMENTS (road_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/osm/road/%u", i);
      g_test_add_data_func (name, &road_cases[i], test_road);
    }
  for (guint i = 0; i < G_N_ELEMENTS (facility_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/osm/facility/%u", i);
      g_test_add_data_func (name, &facility_cases[i], test_facility);
    }
  g_test_add_func ("/osm/place", test_place);
  g_test_add_data_func ("/osm/import/xml", GINT_TO_POINTER (FALSE), test_import);
  g_test_add_func ("/osm/import/refuses-other-directory", test_refuses_other_directory);
  /* The PBF cases need osmium (scripts/install-deps.sh installs it). */
  if (osmium_path != NULL)
    g_test_add_data_func ("/osm/import/pbf", GINT_TO_POINTER (TRUE), test_import);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    if (!broken_cases[i].pbf || osmium_path != NULL)
      {
        g_autofree char *name = g_strdup_printf ("/osm/broken/%s", broken_cases[i].name);
        g_test_add_data_func (name, &broken_cases[i], test_broken);
      }
  return g_test_run ();
}
