/* test-cbs-check.c — the CBS Nabijheidsstatistiek figures and the
 * comparison with the app's population-weighted distance per municipality. */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sk-cbs-check.h"

typedef struct
{
  const char *name;
  double km, km_min, km_max;
  double app_km;
  SkCbsVerdict verdict;
} CompareCase;

/* Tolerance 0,5 km (the figures' assumption). */
static const CompareCase compare_cases[] = {
  { "exact-agrees", 1.0, NAN, NAN, 1.4, SK_CBS_AGREES },
  { "exact-higher", 1.0, NAN, NAN, 1.6, SK_CBS_APP_HIGHER },
  { "exact-lower", 2.1, NAN, NAN, 1.1, SK_CBS_APP_LOWER },
  { "max-within", NAN, NAN, 2.0, 1.9, SK_CBS_AGREES },
  /* An upper bound is a bound: no tolerance above it. */
  { "max-over", NAN, NAN, 2.0, 2.1, SK_CBS_APP_HIGHER },
  { "range-within", NAN, 1.0, 2.5, 0.6, SK_CBS_AGREES },
  { "range-under", NAN, 1.0, 2.5, 0.4, SK_CBS_APP_LOWER },
  { "no-app", 1.0, NAN, NAN, NAN, SK_CBS_APP_NONE },
};

static void
test_compare (gconstpointer data)
{
  const CompareCase *c = data;
  SkCbsFigure f = { c->km, c->km_min, c->km_max, 2019, (char *) "x", NULL };

  g_assert_cmpint (sk_cbs_compare (&f, c->app_km, 0.5), ==, c->verdict);
  g_assert_cmpint (sk_cbs_compare (NULL, c->app_km, 0.5), ==, SK_CBS_NOT_FOUND);
}

static gboolean
source_listed (SkCbsFigures *figures,
               const char   *id)
{
  for (size_t i = 0; i < sk_cbs_figures_get_n_sources (figures); i++)
    if (g_str_equal (sk_cbs_figures_get_source (figures, i)->id, id))
      return TRUE;
  return FALSE;
}

static void
test_figures (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCbsFigures) figures = sk_cbs_figures_load_default (&error);
  const char *codes[] = { "GM0119", "GM1690", "GM0118", "GM1701", "GM0180", "GM0160", "GM0148" };
  const SkCbsFigure *meppel, *staphorst;

  g_assert_no_error (error);
  /* The figure: Meppel averages 1,0 km to the nearest GP (2019). */
  meppel = sk_cbs_figures_lookup (figures, "GM0119", NULL, SK_CBS_CHECK_HUISARTS);
  g_assert_cmpfloat (meppel->km, ==, 1.0);
  g_assert_cmpint (meppel->year, ==, 2019);
  /* Looked up by name too. */
  g_assert_true (sk_cbs_figures_lookup (figures, NULL, "Meppel", SK_CBS_CHECK_HUISARTS) == meppel);
  /* Overijssel: only the bound "2 km or less" was found for Staphorst. */
  staphorst = sk_cbs_figures_lookup (figures, "GM0180", NULL, SK_CBS_CHECK_HUISARTS);
  g_assert_true (isnan (staphorst->km));
  g_assert_cmpfloat (staphorst->km_max, ==, 2.0);
  /* Not found is recorded as not found, never filled in. */
  g_assert_null (sk_cbs_figures_lookup (figures, "GM0119", NULL, SK_CBS_CHECK_APOTHEEK));
  /* Every municipality of the Reestdal is listed; every figure has a listed source. */
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    for (int t = 0; t < SK_CBS_N_CHECKS; t++)
      {
        const SkCbsFigure *f = sk_cbs_figures_lookup (figures, codes[i], NULL, (SkCbsCheckType) t);
        g_auto(GStrv) ids = f != NULL ? g_strsplit (f->source, ",", -1) : NULL;

        for (guint s = 0; ids != NULL && ids[s] != NULL; s++)
          g_assert_true (source_listed (figures, ids[s]));
        /* The Drenthe bound of 2,5 km and the Overijssel one of 2,3 km hold. */
        if (f != NULL && t == SK_CBS_CHECK_HUISARTS)
          g_assert_cmpfloat (isnan (f->km) ? f->km_max : f->km, <=, 2.5);
      }
  g_assert_cmpfloat (sk_cbs_figures_get_tolerance_km (figures), ==, 0.5);
}

static void
test_broken (void)
{
  const char *cases[][2] = {
    { "{", "beschadigd" },
    { "{\"schema\": \"x\"}", "schema" },
    { "{\"schema\": \"samenkaart-cbs-nabijheid/1\", \"tolerance_km\": {\"value\": 0.5}, "
      "\"sources\": [], \"municipalities\": [{\"name\": \"A\", \"figures\": "
      "{\"huisarts\": {\"year\": 2019, \"source\": \"s\"}}}]}", "km" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i][0], strlen (cases[i][0]));
      g_autoptr(GError) error = NULL;
      g_autoptr(SkCbsFigures) figures = sk_cbs_figures_new_from_bytes (bytes, "kapot.json", &error);
      int code = i == 0 ? SK_CBS_ERROR_PARSE : SK_CBS_ERROR_INVALID;

      g_assert_null (figures);
      g_assert_error (error, SK_CBS_ERROR, code);
      g_assert_nonnull (strstr (error->message, "kapot.json"));
      g_assert_nonnull (strstr (error->message, cases[i][1]));
    }
}

/* The mini region with fixtures/mini-kommen.json, read from a folder of
 * their own; INSERT (when not NULL) goes into region.json in front of its
 * station. */
static SkRegion *
load_mini_region (const char *insert)
{
  g_autofree char *region_path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-region.json", NULL);
  g_autofree char *kommen_path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-kommen.json", NULL);
  g_autofree char *region_text = NULL, *kommen_text = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sk-cbs-XXXXXX", NULL);
  g_autofree char *json = g_build_filename (dir, "region.json", NULL);
  g_autofree char *kjson = g_build_filename (dir, "kommen.json", NULL);
  g_autoptr(GError) error = NULL;
  SkRegion *region;

  g_assert_true (g_file_get_contents (region_path, &region_text, NULL, NULL));
  g_assert_true (g_file_get_contents (kommen_path, &kommen_text, NULL, NULL));
  if (insert != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (region_text, "{ \"type\": \"station\"", 2);

      g_assert_cmpuint (g_strv_length (parts), ==, 2);
      g_free (region_text);
      region_text = g_strjoin (insert, parts[0], parts[1], NULL);
    }
  g_assert_true (g_file_set_contents (json, region_text, -1, NULL));
  g_assert_true (g_file_set_contents (kjson, kommen_text, -1, NULL));
  region = sk_region_load (dir, &error);
  g_assert_no_error (error);
  g_unlink (json);
  g_unlink (kjson);
  g_rmdir (dir);
  return region;
}

/* The mini region with fixtures/mini-kommen.json: A-dorp (Testgemeente,
 * 400 people: 300 on School A, 100 at 1111.95 m north of it) has a mean
 * of 100/400 × 1111.95 m × the car's detour to the school. */
static void
test_check_mini (void)
{
  const char *cbs_text =
    "{\"schema\": \"samenkaart-cbs-nabijheid/1\", \"tolerance_km\": {\"value\": 0.5}, "
    "\"sources\": [{\"id\": \"s\", \"title\": \"Test\"}], \"municipalities\": ["
    "{\"code\": \"GM9999\", \"name\": \"Testgemeente\", \"figures\": "
    "{\"basisschool\": {\"km\": 0.4, \"year\": 2024, \"source\": \"s\"}, \"huisarts\": null}}]}";
  g_autoptr(GBytes) cbs_bytes = g_bytes_new_static (cbs_text, strlen (cbs_text));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  g_autoptr(SkCbsFigures) figures = sk_cbs_figures_new_from_bytes (cbs_bytes, "test", &error);
  g_autoptr(GArray) checks = NULL;
  const SkMunicipalityCheck *test;
  double expected_km;

  g_assert_no_error (error);
  region = load_mini_region (NULL);
  checks = sk_cbs_check_region (region, k, figures);
  /* Testgemeente (A-dorp), Andere gemeente (B-dorp); C-gehucht has no municipality. */
  g_assert_cmpuint (checks->len, ==, 2);
  test = &g_array_index (checks, SkMunicipalityCheck, 0);
  g_assert_cmpstr (test->code, ==, "GM9999");
  g_assert_cmpint (test->inhabitants, ==, 400);
  expected_km = 0.25 * 1.1119508 * sk_kengetallen_get_detour (k, SK_MODE_AUTO)->central;
  g_assert_cmpfloat_with_epsilon (test->app_km[SK_FACILITY_BASISSCHOOL], expected_km, 0.001);
  g_assert_cmpint (test->verdict[SK_CBS_CHECK_BASISSCHOOL], ==, SK_CBS_AGREES);
  g_assert_cmpint (test->verdict[SK_CBS_CHECK_HUISARTS], ==, SK_CBS_NOT_FOUND);
  /* No CBS entry for B-dorp's municipality at all. */
  g_assert_cmpint (g_array_index (checks, SkMunicipalityCheck, 1).verdict[SK_CBS_CHECK_BASISSCHOOL],
                   ==, SK_CBS_NOT_FOUND);
}

/* The mini region with a second school on A-dorp's point: both schools
 * share the kern's point (addresses not placed), so an app figure above
 * the CBS's says nothing ("schematic"); with one of them "exact" the
 * comparison is made and the app is higher. */
static SkCbsVerdict
mini_school_verdict (const char *second_position)
{
  g_autofree char *second = g_strdup_printf (
    "{ \"type\": \"basisschool\", \"name\": \"School A2\", \"lat\": 52.70, \"lon\": 6.20, "
    "\"kern\": \"a-dorp\", \"position\": \"%s\", \"source\": \"test\" },\n"
    "    { \"type\": \"station\"", second_position);
  const char *cbs_text =
    "{\"schema\": \"samenkaart-cbs-nabijheid/1\", \"tolerance_km\": {\"value\": 0.0}, "
    "\"sources\": [{\"id\": \"s\", \"title\": \"Test\"}], \"municipalities\": ["
    "{\"code\": \"GM9999\", \"name\": \"Testgemeente\", \"figures\": "
    "{\"basisschool\": {\"km\": 0.1, \"year\": 2024, \"source\": \"s\"}}}]}";
  g_autoptr(GBytes) cbs_bytes = g_bytes_new_static (cbs_text, strlen (cbs_text));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  g_autoptr(SkCbsFigures) figures = sk_cbs_figures_new_from_bytes (cbs_bytes, "test", &error);
  g_autoptr(GArray) checks = NULL;
  const SkMunicipalityCheck *test;

  g_assert_no_error (error);
  region = load_mini_region (second);
  checks = sk_cbs_check_region (region, k, figures);
  test = &g_array_index (checks, SkMunicipalityCheck, 0);
  g_assert_cmpstr (test->code, ==, "GM9999");
  g_assert_cmpfloat (test->app_km[SK_FACILITY_BASISSCHOOL], >, 0.1);
  g_assert_cmpint (test->n_schematic[SK_FACILITY_BASISSCHOOL], ==,
                   g_str_equal (second_position, "kern") ? 1 : 0);
  return test->verdict[SK_CBS_CHECK_BASISSCHOOL];
}

static void
test_check_schematic (void)
{
  g_assert_cmpint (mini_school_verdict ("kern"), ==, SK_CBS_SCHEMATIC);
  g_assert_cmpint (mini_school_verdict ("exact"), ==, SK_CBS_APP_HIGHER);
  g_assert_cmpstr (sk_cbs_verdict_to_id (SK_CBS_SCHEMATIC), ==, "schematic");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (compare_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cbs/compare/%s", compare_cases[i].name);
      g_test_add_data_func (name, &compare_cases[i], test_compare);
    }
  g_test_add_func ("/cbs/figures", test_figures);
  g_test_add_func ("/cbs/broken", test_broken);
  g_test_add_func ("/cbs/check/mini", test_check_mini);
  g_test_add_func ("/cbs/check/schematic", test_check_schematic);
  return g_test_run ();
}
