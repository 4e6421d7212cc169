/* test-fit-osm.c — "Past het hier?" in a region imported from
 * OpenStreetMap: its streams make beekdal, a natural=wetland area of its
 * offline map counts as beekdal too, and a kern without a kom outline
 * gets a kom of kern_radius_m (400 m, aanname) round its position. */
#include <glib.h>
#include <glib/gstdio.h>

#include "sk-fit.h"
#include "sk-osm.h"
#include "sk-test-util.h"

/* Oostdorp at (52.700, 6.200); the Oostbeek 2.2 km south of it; a wet
 * area of 0.002° × 0.004° (220 × 270 m) 1.1 km east-north-east. */
static const char fit_osm[] =
  "<?xml version='1.0' encoding='UTF-8'?>\n"
  "<osm version='0.6' generator='test-fit-osm'>\n"
  " <node id='1' lat='52.700' lon='6.200'><tag k='place' v='village'/><tag k='name' v='Oostdorp'/></node>\n"
  " <node id='2' lat='52.680' lon='6.150'/>\n"
  " <node id='3' lat='52.680' lon='6.250'/>\n"
  " <node id='10' lat='52.705' lon='6.214'/>\n"
  " <node id='11' lat='52.705' lon='6.218'/>\n"
  " <node id='12' lat='52.707' lon='6.218'/>\n"
  " <node id='13' lat='52.707' lon='6.214'/>\n"
  " <way id='20'><nd ref='2'/><nd ref='3'/><tag k='waterway' v='stream'/><tag k='name' v='Oostbeek'/></way>\n"
  " <way id='21'><nd ref='10'/><nd ref='11'/><nd ref='12'/><nd ref='13'/><nd ref='10'/>"
  "<tag k='natural' v='wetland'/></way>\n"
  "</osm>\n";

static void
test_imported (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("sk-fit-osm");
  g_autofree char *extract = g_build_filename (dir, "fit.osm", NULL);
  g_autofree char *out = g_build_filename (dir, "oostdorp", NULL);
  SkOsmImportOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkToolbox) toolbox = NULL;
  g_autoptr(SkFit) fit = NULL;
  const SkFitRule *rule = NULL;

  g_assert_true (g_file_set_contents (extract, fit_osm, -1, NULL));
  g_assert_true (sk_osm_import (extract, out, &options, NULL, &error));
  g_assert_no_error (error);
  region = sk_region_load (out, &error);
  g_assert_no_error (error);
  toolbox = sk_toolbox_load (NULL, &error);
  g_assert_no_error (error);
  fit = sk_fit_new_for_region (region, toolbox, NULL);
  g_assert_null (sk_fit_get_problem (fit));

  /* 100 m north of the Oostbeek: its valley */
  g_assert_cmpint (sk_fit_check_point (fit, "woonerf", 52.6809, 6.200, &rule), ==, SK_FIT_NEE_TENZIJ);
  g_assert_cmpstr (rule->id, ==, "beekdal");
  {
    SkLatLon at = { 52.6809, 6.200 };
    g_autoptr(SkFitResult) r = sk_fit_check (fit, "woonerf", SK_GEOMETRY_POINT, &at, 1);

    g_assert_cmpstr (sk_fit_result_get_hit (r, 0)->place, ==, "de Oostbeek");
  }
  /* inside the wet area, far from any stream: beekdal too, unnamed */
  {
    SkLatLon at = { 52.706, 6.216 };
    g_autoptr(SkFitResult) r = sk_fit_check (fit, "waterberging", SK_GEOMETRY_POINT, &at, 1);

    g_assert_cmpint (sk_fit_result_get_verdict (r), ==, SK_FIT_PAST_GOED);
    g_assert_cmpstr (sk_fit_result_get_hit (r, 0)->place, ==, "een beek");
  }
  /* Oostdorp has no outline: its kom is 400 m round it, the edge zone
   * 300 m more. 600 m east: past; 1.8 km east (between the wet area and
   * the beek): open land. */
  g_assert_cmpint (sk_fit_check_point (fit, "woonerf", 52.700, 6.2088, &rule), ==, SK_FIT_PAST);
  g_assert_cmpstr (rule->id, ==, "dorpsrand-wonen");
  g_assert_cmpint (sk_fit_check_point (fit, "woonerf", 52.693, 6.2265, &rule), ==, SK_FIT_NEE_TENZIJ);
  g_assert_cmpstr (rule->id, ==, "open-landschap");
  sk_test_tmpdir_remove (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/fit/imported-region", test_imported);
  return g_test_run ();
}
