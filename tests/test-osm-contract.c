/* test-osm-contract.c — shape points contracted out of the routing graph
 * change no distance: the Liechtenstein extract of 2015 (tests/fixtures,
 * © OpenStreetMap-bijdragers, ODbL) imported with and without contraction
 * gives every kern the same distance to its nearest facility of every
 * type, by every mode, within 1 m, from a network.bin a third smaller. */
#include <glib/gstdio.h>
#include <math.h>

#include "sk-kengetallen.h"
#include "sk-osm.h"
#include "sk-reach-eval.h"
#include "sk-region.h"
#include "sk-test-util.h"

static SkRegion *
import (const char *dir,
        const char *name,
        gboolean    keep_shape_nodes,
        goffset    *bin_size)
{
  g_autofree char *extract = g_test_build_filename (G_TEST_DIST, "fixtures",
                                                    "liechtenstein-2015.osm.pbf", NULL);
  g_autofree char *out = g_build_filename (dir, name, NULL);
  g_autofree char *bin = g_build_filename (out, "network.bin", NULL);
  SkOsmImportOptions options = { .keep_shape_nodes = keep_shape_nodes };
  g_autoptr(GError) error = NULL;
  SkRegion *region;
  GStatBuf st;

  g_assert_true (sk_osm_import (extract, out, &options, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (bin, &st), ==, 0);
  *bin_size = st.st_size;
  region = sk_region_load (out, &error);
  g_assert_no_error (error);
  return region;
}

static void
test_same_distances (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("sk-osm-contract");
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (NULL);
  g_autoptr(SkRegion) full = NULL;
  g_autoptr(SkRegion) contracted = NULL;
  g_autoptr(SkReachResult) a = NULL;
  g_autoptr(SkReachResult) b = NULL;
  goffset full_size, contracted_size;
  guint compared = 0;
  double worst = 0;

  full = import (dir, "volledig", TRUE, &full_size);
  contracted = import (dir, "samengetrokken", FALSE, &contracted_size);
  /* At least a third fewer bytes to load. */
  g_assert_cmpint (contracted_size * 3, <=, full_size * 2);
  g_assert_cmpuint (sk_network_get_n_nodes (sk_region_get_network (contracted)) * 2, <,
                    sk_network_get_n_nodes (sk_region_get_network (full)));
  g_assert_true (sk_reach_evaluate (full, k, NULL, 0, SK_ACCESS_ALL, &a, NULL, NULL));
  g_assert_true (sk_reach_evaluate (contracted, k, NULL, 0, SK_ACCESS_ALL, &b, NULL, NULL));
  for (size_t kern = 0; kern < sk_region_get_n_kernen (full); kern++)
    for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
      for (int m = 0; m < SK_N_MODES; m++)
        {
          const SkNearest *x = sk_reach_result_get_nearest (a, kern, (SkFacilityType) t, (SkMode) m);
          const SkNearest *y = sk_reach_result_get_nearest (b, kern, (SkFacilityType) t, (SkMode) m);

          if (x == NULL || y == NULL)
            {
              g_assert_true (x == y);
              continue;
            }
          g_assert_cmpint (x->reachable, ==, y->reachable);
          if (!x->reachable)
            continue;
          worst = MAX (worst, fabs (x->meters - y->meters));
          g_assert_cmpfloat_with_epsilon (x->meters, y->meters, 1.0);
          compared++;
        }
  g_test_message ("%u distances compared, largest difference %.4f m", compared, worst);
  g_assert_cmpuint (compared, >, 500);
  sk_test_tmpdir_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/osm-contract/same-distances", test_same_distances);
  return g_test_run ();
}
