/* test-region.c — loading region packages, good and broken. */
#include <glib.h>
#include <glib/gstdio.h>

#include "sk-region.h"

static char *
fixture_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-region.json", NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-region.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load (path, &error);
  const SkKern *c;
  const SkFacility *school;
  const SkLine *beek;
  const char *source = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (sk_region_get_name (region), ==, "Testregio");
  g_assert_cmpuint (sk_region_get_n_kernen (region), ==, 3);
  /* Unknown inhabitants count as none in the total: 1000 + 3000. */
  g_assert_cmpint (sk_region_get_inhabitants (region), ==, 4000);
  c = sk_region_get_kern (region, 2);
  g_assert_cmpint (c->inhabitants, ==, -1);
  g_assert_cmpint (c->inhabitants_year, ==, 0);
  g_assert_cmpint (sk_region_find_kern (region, "b-dorp"), ==, 1);
  g_assert_cmpint (sk_region_find_kern (region, "nergens"), ==, -1);

  g_assert_cmpuint (sk_region_get_n_facilities (region), ==, 2);
  school = sk_region_get_facility (region, 0);
  g_assert_cmpint (school->type, ==, SK_FACILITY_BASISSCHOOL);
  g_assert_cmpint (school->kern, ==, 0);
  g_assert_false (school->exact);
  g_assert_false (school->postcode);
  g_assert_true (sk_region_get_facility (region, 1)->exact);

  /* What the region says per kern and type, with its source. */
  g_assert_cmpint (sk_region_get_facility_status (region, 0, SK_FACILITY_BASISSCHOOL, &source), ==,
                   SK_FACILITY_STATUS_KNOWN);
  g_assert_cmpstr (source, ==, "test");
  g_assert_cmpint (sk_region_get_facility_status (region, 0, SK_FACILITY_HUISARTS, &source), ==,
                   SK_FACILITY_STATUS_UNKNOWN);
  g_assert_null (source);
  g_assert_cmpint (sk_region_get_facility_status (region, 1, SK_FACILITY_SUPERMARKT, &source), ==,
                   SK_FACILITY_STATUS_NONE);
  g_assert_cmpstr (source, ==, "test");
  g_assert_cmpint (sk_region_get_facility_status (region, 2, SK_FACILITY_SUPERMARKT, &source), ==,
                   SK_FACILITY_STATUS_NOT_RECORDED);
  g_assert_null (source);
  g_assert_cmpuint (sk_region_count_facility_status (region, SK_FACILITY_HUISARTS,
                                                     SK_FACILITY_STATUS_UNKNOWN), ==, 1);
  g_assert_cmpuint (sk_region_count_facility_status (region, SK_FACILITY_HUISARTS,
                                                     SK_FACILITY_STATUS_NOT_RECORDED), ==, 2);
  g_assert_cmpstr (sk_facility_status_to_id (SK_FACILITY_STATUS_UNKNOWN), ==, "onbekend");
  g_assert_cmpint (sk_facility_status_from_id ("geen"), ==, SK_FACILITY_STATUS_NONE);
  g_assert_cmpint (sk_facility_status_from_id ("niet-vastgelegd"), ==, SK_FACILITY_STATUS_NOT_RECORDED);

  g_assert_cmpuint (sk_region_get_n_lines (region), ==, 2);
  beek = sk_region_get_line (region, 0);
  g_assert_cmpint (beek->klass, ==, SK_LINE_STREAM);
  g_assert_true (beek->schematic);
  g_assert_cmpuint (beek->n_points, ==, 3);
  /* Points are [lon, lat] in the file. */
  g_assert_cmpfloat (beek->points[0].lat, ==, 52.68);
  g_assert_cmpfloat (beek->points[0].lon, ==, 6.15);

  g_assert_cmpfloat (sk_region_get_bbox (region)->south, ==, 52.65);
  g_assert_cmpfloat (sk_region_get_bbox (region)->east, ==, 6.30);
  g_assert_cmpuint (strlen (sk_region_get_content_hash (region)), ==, 64);
}

static void
test_embedded (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", &error);
  gboolean has_station = FALSE, has_reest = FALSE;
  const char *source = NULL;
  const char *must_have[] = { "meppel", "hoogeveen", "de-wijk", "staphorst", "dedemsvaart",
                              "nieuwleusen" };

  g_assert_no_error (error);
  g_assert_cmpstr (sk_region_get_id (region), ==, "reestdal");
  for (guint i = 0; i < G_N_ELEMENTS (must_have); i++)
    g_assert_cmpint (sk_region_find_kern (region, must_have[i]), >=, 0);
  for (size_t i = 0; i < sk_region_get_n_facilities (region); i++)
    has_station |= sk_region_get_facility (region, i)->type == SK_FACILITY_STATION;
  for (size_t i = 0; i < sk_region_get_n_lines (region); i++)
    {
      const SkLine *line = sk_region_get_line (region, i);
      gboolean reest = g_str_equal (line->id, "reest");

      has_reest |= reest && sk_line_class_is_water (line->klass);
      /* Every drawn line in the built-in region is hand-made and says
       * so, except the Reest: its course comes from the CBS boundaries
       * (derive-border; tests/test-fit.c checks it). */
      g_assert_true (line->schematic == !reest);
    }
  g_assert_true (has_station);
  g_assert_true (has_reest);
  /* Every kern of 1000 or more says, for the five everyday types, whether
   * it has them, has none, or that this is not known. */
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    {
      static const SkFacilityType everyday[] = { SK_FACILITY_HUISARTS, SK_FACILITY_APOTHEEK,
                                                 SK_FACILITY_SUPERMARKT, SK_FACILITY_BASISSCHOOL,
                                                 SK_FACILITY_ONTMOETINGSPLEK };

      if (sk_region_get_kern (region, i)->inhabitants < 1000)
        continue;
      for (guint t = 0; t < G_N_ELEMENTS (everyday); t++)
        g_assert_cmpint (sk_region_get_facility_status (region, i, everyday[t], NULL), !=,
                         SK_FACILITY_STATUS_NOT_RECORDED);
    }
  /* Lutten's practice closed in 2021: none, with the source that says so. */
  g_assert_cmpint (sk_region_get_facility_status (region, (size_t) sk_region_find_kern (region, "lutten"),
                                                  SK_FACILITY_HUISARTS, &source),
                   ==, SK_FACILITY_STATUS_NONE);
  g_assert_cmpstr (source, ==, "detoren-huisarts-lutten-2020");
  /* The region lies between Meppel, Hoogeveen and Dedemsvaart. */
  g_assert_true (sk_bbox_contains (&(SkBBox) { 52.4, 6.0, 52.9, 6.7 },
                                   sk_bbox_get_centre (sk_region_get_bbox (region)).lat,
                                   sk_bbox_get_centre (sk_region_get_bbox (region)).lon));
}

static void
test_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) by_name = sk_region_load ("atlantis", &error);

  g_assert_null (by_name);
  g_assert_error (error, SK_REGION_ERROR, SK_REGION_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "atlantis"));
  g_clear_error (&error);

  g_assert_null (sk_region_new_from_file ("/nonexistent/region.json", &error));
  g_assert_error (error, SK_REGION_ERROR, SK_REGION_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent/region.json"));
}

typedef struct
{
  const char *name;
  const char *find;     /* text in the fixture … */
  const char *replace;  /* … replaced by this */
  int code;
  const char *mentions[3];  /* the message names these */
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "not-json", "\"schema\"", "schema", SK_REGION_ERROR_PARSE, { NULL } },
  { "truncated", "\"roads\"", "", SK_REGION_ERROR_PARSE, { NULL } },
  { "schema", "samenkaart-region/1", "samenkaart-region/9", SK_REGION_ERROR_INVALID,
    { "samenkaart-region/9", NULL } },
  { "missing-lat", "\"lat\": 52.70, \"lon\": 6.20, \"inhabitants\"", "\"lon\": 6.20, \"inhabitants\"",
    SK_REGION_ERROR_INVALID, { "kern 1", "A-dorp", "lat" } },
  { "lat-text", "\"lat\": 52.70, \"lon\": 6.30", "\"lat\": \"52.70\", \"lon\": 6.30",
    SK_REGION_ERROR_INVALID, { "kern 2", "B-dorp", "lat" } },
  { "lat-range", "\"lat\": 52.70, \"lon\": 6.30", "\"lat\": 152.70, \"lon\": 6.30",
    SK_REGION_ERROR_INVALID, { "kern 2", "lat", NULL } },
  { "inhabitants", "\"inhabitants\": 3000", "\"inhabitants\": -3", SK_REGION_ERROR_INVALID,
    { "B-dorp", "inhabitants", NULL } },
  { "position", "\"position\": \"kern\"", "\"position\": \"ongeveer\"", SK_REGION_ERROR_INVALID,
    { "voorziening 1", "position", "postcode" } },
  { "facility-type", "\"type\": \"basisschool\"", "\"type\": \"kerk\"", SK_REGION_ERROR_INVALID,
    { "School A", "kerk", NULL } },
  { "facility-kern", "\"kern\": \"b-dorp\"", "\"kern\": \"z-dorp\"", SK_REGION_ERROR_INVALID,
    { "Station B", "z-dorp", NULL } },
  { "unknown-source", "\"source\": [\"test\"]", "\"source\": [\"wikipedia\"]",
    SK_REGION_ERROR_INVALID, { "C-gehucht", "wikipedia", NULL } },
  { "duplicate-id", "\"id\": \"b-dorp\"", "\"id\": \"a-dorp\"", SK_REGION_ERROR_INVALID,
    { "a-dorp", NULL } },
  { "one-point", "[[6.15, 52.68], [6.25, 52.675], [6.35, 52.68]]", "[[6.15, 52.68]]",
    SK_REGION_ERROR_INVALID, { "Testbeek", NULL } },
  { "point-swapped", "[6.25, 52.675]", "[6.25, 152.675]", SK_REGION_ERROR_INVALID,
    { "Testbeek", "2", NULL } },
  { "road-class", "\"class\": \"primary\"", "\"class\": \"river\"", SK_REGION_ERROR_INVALID,
    { "N1", "river", NULL } },
  { "status-word", "\"status\": \"geen\"", "\"status\": \"misschien\"", SK_REGION_ERROR_INVALID,
    { "B-dorp", "misschien", "supermarkt" } },
  { "status-type", "\"supermarkt\": { \"status\"", "\"winkel\": { \"status\"", SK_REGION_ERROR_INVALID,
    { "B-dorp", "winkel", NULL } },
  { "status-no-source", "\"status\": \"geen\", \"source\": \"test\"", "\"status\": \"geen\"",
    SK_REGION_ERROR_INVALID, { "B-dorp", "source", NULL } },
  { "status-not-object", "\"huisarts\": { \"status\": \"onbekend\" }", "\"huisarts\": \"onbekend\"",
    SK_REGION_ERROR_INVALID, { "A-dorp", "huisarts", NULL } },
  /* "bekend" needs a facility in the kern; "geen" and "onbekend" none. */
  { "status-known-empty", "\"supermarkt\": { \"status\": \"geen\"", "\"supermarkt\": { \"status\": \"bekend\"",
    SK_REGION_ERROR_INVALID, { "B-dorp", "supermarkt", "bekend" } },
  { "status-none-but-there", "\"basisschool\": { \"status\": \"bekend\"", "\"basisschool\": { \"status\": \"geen\"",
    SK_REGION_ERROR_INVALID, { "A-dorp", "basisschool", "geen" } },
  /* "onvolledig" lists at least one: these exist, there may be more. */
  { "status-incomplete-empty", "\"supermarkt\": { \"status\": \"geen\"",
    "\"supermarkt\": { \"status\": \"onvolledig\"", SK_REGION_ERROR_INVALID,
    { "B-dorp", "supermarkt", "onvolledig" } },
  { "no-kernen", "\"kernen\": [", "\"kernen\": [], \"x\": [", SK_REGION_ERROR_INVALID,
    { "kernen", NULL } },
};

/* "position": "postcode" — at the centre of the address's 4-digit postcode
 * area: schematic (not exact), but not on the kern's point either. */
static void
test_postcode_position (void)
{
  g_autofree char *text = fixture_text ();
  g_autofree char *dir = g_dir_make_tmp ("sk-region-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "postcode.json", NULL);
  g_autoptr(GString) changed = g_string_new (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  const SkFacility *school;

  g_assert_cmpuint (g_string_replace (changed, "\"position\": \"kern\"", "\"position\": \"postcode\"", 1),
                    ==, 1);
  g_assert_true (g_file_set_contents (path, changed->str, -1, NULL));
  region = sk_region_load (path, &error);
  g_assert_no_error (error);
  school = sk_region_get_facility (region, 0);
  g_assert_false (school->exact);
  g_assert_true (school->postcode);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_broken (gconstpointer data)
{
  const BrokenCase *bc = data;
  g_autofree char *text = fixture_text ();
  g_autofree char *dir = g_dir_make_tmp ("sk-region-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kapot.json", NULL);
  g_autoptr(GString) broken = g_string_new (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;

  if (g_str_equal (bc->name, "truncated"))
    {
      const char *cut = strstr (broken->str, bc->find);
      g_string_truncate (broken, (gsize) (cut - broken->str));
    }
  else
    g_assert_cmpuint (g_string_replace (broken, bc->find, bc->replace, 1), ==, 1);
  g_assert_true (g_file_set_contents (path, broken->str, -1, NULL));

  region = sk_region_load (path, &error);
  g_assert_null (region);
  g_assert_error (error, SK_REGION_ERROR, bc->code);
  /* Every message names the file … */
  g_assert_nonnull (strstr (error->message, "kapot.json"));
  /* … and the entry and field that are wrong. */
  for (guint i = 0; i < G_N_ELEMENTS (bc->mentions) && bc->mentions[i]; i++)
    if (strstr (error->message, bc->mentions[i]) == NULL)
      g_error ("“%s” does not mention “%s”", error->message, bc->mentions[i]);

  g_unlink (path);
  g_rmdir (dir);
}

/* Text built to crash a parser is refused with a message, never a crash:
 * json-glib recurses without a limit (SIGSEGV at ~80,000 levels). */
static void
test_hostile_json (void)
{
  g_autofree char *text = fixture_text ();
  g_autoptr(GString) deep = g_string_new ("{\"schema\": ");
  g_autofree char *twice = g_strconcat (text, "\n{\"schema\": \"x\"}\n", NULL);
  g_autoptr(GString) nul = g_string_new (text);
  const struct
  {
    const char *name;
    const char *data;
    gsize length;
    const char *says;
  } cases[] = {
    { "diep", NULL, 0, "dieper genest dan 64 niveaus" },
    { "twee", twice, strlen (twice), "na de eerste JSON-waarde staat nog iets" },
    { "nul", NULL, 0, "NUL-teken" },
  };

  for (guint i = 0; i < 200000; i++)
    g_string_append_c (deep, '[');
  g_string_insert_len (nul, 20, "\0", 1);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *data = i == 0 ? deep->str : i == 2 ? nul->str : cases[i].data;
      gsize length = i == 0 ? deep->len : i == 2 ? nul->len : cases[i].length;
      g_autoptr(GBytes) bytes = g_bytes_new (data, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(SkRegion) region = sk_region_new_from_bytes (bytes, cases[i].name, &error);

      g_assert_null (region);
      g_assert_error (error, SK_REGION_ERROR, SK_REGION_ERROR_PARSE);
      g_assert_nonnull (strstr (error->message, cases[i].says));
      g_assert_nonnull (strstr (error->message, cases[i].name));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/region/fixture", test_fixture);
  g_test_add_func ("/region/postcode-position", test_postcode_position);
  g_test_add_func ("/region/embedded", test_embedded);
  g_test_add_func ("/region/missing", test_missing);
  g_test_add_func ("/region/hostile-json", test_hostile_json);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/region/broken/%s", broken_cases[i].name);
      g_test_add_data_func (name, &broken_cases[i], test_broken);
    }
  return g_test_run ();
}
