/* test-map-store.c — the offline map of an imported region (map.sqlite):
 * the Liechtenstein extract of 2015 (tests/fixtures, © OpenStreetMap-
 * bijdragers, ODbL) becomes a map with its buildings and named streets,
 * a search that finds them, and zoom bands that keep low zooms light. */
#include <glib/gstdio.h>
#include <string.h>

#include "sk-map-store.h"
#include "sk-osm.h"
#include "sk-region.h"
#include "sk-test-util.h"

static char *tmpdir;
static SkRegion *region;

static void
import_liechtenstein (void)
{
  g_autofree char *extract = g_test_build_filename (G_TEST_DIST, "fixtures",
                                                    "liechtenstein-2015.osm.pbf", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;

  tmpdir = sk_test_tmpdir_new ("sk-map-store");
  out = g_build_filename (tmpdir, "liechtenstein", NULL);
  g_assert_true (sk_osm_import (extract, out, NULL, NULL, &error));
  g_assert_no_error (error);
  region = sk_region_load (out, &error);
  g_assert_no_error (error);
}

static void
test_find_names (void)
{
  SkMapStore *store = sk_region_get_map_store (region);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) places = NULL;
  const SkMapName *first;

  g_assert_nonnull (store);
  /* Without the umlaut, in lower case: Vaduz's main street. */
  hits = sk_map_store_find_names (store, "stadtle", 10, NULL);
  g_assert_cmpuint (hits->len, >=, 1);
  first = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (first->name, ==, "Städtle");
  g_assert_cmpstr (first->kind, ==, "street");
  g_assert_cmpfloat_with_epsilon (first->lat, 47.140, 0.005);
  g_assert_cmpfloat_with_epsilon (first->lon, 9.521, 0.005);
  /* A place comes before streets named after it. */
  places = sk_map_store_find_names (store, "Vaduz", 5, NULL);
  g_assert_cmpuint (places->len, >=, 1);
  g_assert_cmpstr (((SkMapName *) g_ptr_array_index (places, 0))->name, ==, "Vaduz");
  g_assert_cmpstr (((SkMapName *) g_ptr_array_index (places, 0))->kind, ==, "place");
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = sk_map_store_find_names (store, "strasse", 3, NULL);
  g_assert_cmpuint (hits->len, ==, 3);
  /* LIKE's wildcards are text here. */
  none = sk_map_store_find_names (store, "%_%", 10, NULL);
  g_assert_cmpuint (none->len, ==, 0);
}

typedef struct
{
  guint per_class[SK_MAP_N_CLASSES];
  guint points;
  gboolean named[3];
} Count;

/* Everything in a 2 km box around the Städtle (47.1395 N, 9.5215 E). */
static Count
count_vaduz (int band)
{
  SkMapStore *store = sk_region_get_map_store (region);
  g_autoptr(SkMapSelection) sel = NULL;
  g_autoptr(GError) error = NULL;
  gint32 x0, y0, x1, y1;
  Count c = { { 0 } };

  sk_map_world_from_latlon (47.1485, 9.5080, &x0, &y0);
  sk_map_world_from_latlon (47.1305, 9.5350, &x1, &y1);
  sel = sk_map_store_select (store, band, x0, y0, x1, y1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sk_map_selection_get_n (sel); i++)
    {
      const SkMapFeature *f = sk_map_selection_get (sel, i);

      c.per_class[f->klass]++;
      c.points += f->n_points;
      if (f->name != NULL)
        {
          c.named[0] |= strcmp (f->name, "Städtle") == 0;
          c.named[1] |= strcmp (f->name, "Kirchstrasse") == 0;
          c.named[2] |= strcmp (f->name, "Äulestrasse") == 0;
        }
      if (i > 0)
        g_assert_cmpint (f->klass, >=, sk_map_selection_get (sel, i - 1)->klass);
    }
  return c;
}

static void
test_bands (void)
{
  Count low = count_vaduz (0), mid = count_vaduz (1), high = count_vaduz (2);

  /* Close in: the buildings, and the streets with their names. */
  g_assert_cmpuint (high.per_class[SK_MAP_BUILDING], >, 300);
  g_assert_true (high.named[0] && high.named[1] && high.named[2]);
  g_assert_cmpuint (high.per_class[SK_MAP_FOREST], >, 0);
  /* Zoomed out: no building is read, nor a footpath. */
  g_assert_cmpuint (low.per_class[SK_MAP_BUILDING], ==, 0);
  g_assert_cmpuint (mid.per_class[SK_MAP_BUILDING], ==, 0);
  g_assert_cmpuint (low.per_class[SK_MAP_PATH], ==, 0);
  g_assert_cmpuint (low.per_class[SK_MAP_PRIMARY] + low.per_class[SK_MAP_SECONDARY], >, 0);
  /* Generalised: far fewer points to draw. */
  g_assert_cmpuint (low.points * 10, <, high.points);
  g_assert_cmpuint (mid.points * 2, <, high.points);
}

static void
test_reopen (void)
{
  SkMapStore *store = sk_region_get_map_store (region);
  g_autofree char *path = g_build_filename (tmpdir, "liechtenstein", "map.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMapStore) again = sk_map_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_nonnull (again);
}

static void
test_damaged (void)
{
  g_autofree char *dir = g_build_filename (tmpdir, "liechtenstein", NULL);
  g_autofree char *path = g_build_filename (dir, "map.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) broken = NULL;

  g_assert_true (g_file_set_contents (path, "Dit is geen kaart, maar een boodschappenlijst.",
                                      -1, NULL));
  broken = sk_region_load (dir, &error);
  g_assert_null (broken);
  g_assert_error (error, SK_MAP_STORE_ERROR, SK_MAP_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "lees het OSM-bestand opnieuw in"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  import_liechtenstein ();
  g_test_add_func ("/map-store/find-names", test_find_names);
  g_test_add_func ("/map-store/bands", test_bands);
  g_test_add_func ("/map-store/reopen", test_reopen);
  g_test_add_func ("/map-store/damaged", test_damaged);
  status = g_test_run ();
  g_clear_object (&region);
  sk_test_tmpdir_remove (tmpdir);
  g_free (tmpdir);
  return status;
}
