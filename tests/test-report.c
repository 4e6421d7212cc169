/* test-report.c — the exports of a session as a municipality or a GIS
 * user gets them: a PDF that names the people, the plan and its figures;
 * GeoJSON that QGIS opens; CSV whose NCW is the evaluator's; a PNG map
 * with the interventions on it; and nothing at all when an export fails.
 *
 * The session: three participants, a pluktuin, an ommetje, a woonerf and
 * a samenwerkplaats in "Variant A", a dorpshuis in "Variant B", two
 * comments and three votes. */
#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>

#include "sk-evaluator.h"
#include "sk-report.h"
#include "sk-test-util.h"

#define PLUK_LAT 52.676
#define PLUK_LON 6.300

typedef struct
{
  char *dir;
  char *path;
  SkStore *store;
  SkRegion *region;
  SkToolbox *toolbox;
  SkKengetallen *kengetallen;
} Fixture;

static const SkLatLon ommetje[] = { { 52.672, 6.285 }, { 52.678, 6.295 }, { 52.676, 6.305 } };
/* Clockwise in lon/lat: the GeoJSON export must turn it round. */
static const char woonerf[] =
  "{\"type\":\"Polygon\",\"coordinates\":[[[6.281,52.676],[6.281,52.679],[6.286,52.679],"
  "[6.286,52.676],[6.281,52.676]]]}";

static void
apply (SkStore             *store,
       const SkStoreAction *action)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (sk_store_apply (store, action, NULL, &error), >, 0);
  g_assert_no_error (error);
}

/* The store has no action that makes a variant yet: the test adds one. */
static void
add_second_variant (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO variants (name, position) VALUES ('Variant B', 1)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
fill_session (SkStore *store)
{
  g_autofree char *line = g_strdup_printf ("{\"type\":\"LineString\",\"coordinates\":[[%g,%g],[%g,%g],[%g,%g]]}",
                                           ommetje[0].lon, ommetje[0].lat, ommetje[1].lon,
                                           ommetje[1].lat, ommetje[2].lon, ommetje[2].lat);
  g_autofree char *point = g_strdup_printf ("{\"type\":\"Point\",\"coordinates\":[%g,%g]}", PLUK_LON, PLUK_LAT);
  const SkStoreAction actions[] = {
    { .op = SK_STORE_OP_PARTICIPANT, .name = "Jannie Boer", .role = "bewoner", .colour = "#1c71d8" },
    { .op = SK_STORE_OP_PARTICIPANT, .name = "Henk Mulder", .role = "ondernemer", .colour = "#e5a50a" },
    { .op = SK_STORE_OP_PARTICIPANT, .name = "Fatima El Amrani", .colour = "#26a269" },
    { .op = SK_STORE_OP_ADD, .kind = "pluktuin", .geometry = point, .participant_id = 1,
      .params = "{\"oppervlakte\":1500}", .name = "Pluktuin bij de school" },
    { .op = SK_STORE_OP_ADD, .kind = "ommetje", .geometry = line, .participant_id = 2 },
    { .op = SK_STORE_OP_ADD, .kind = "woonerf", .geometry = woonerf, .params = "{\"woningen\":12}" },
    { .op = SK_STORE_OP_ADD, .kind = "samenwerkplaats", .participant_id = 3,
      .geometry = "{\"type\":\"Point\",\"coordinates\":[6.2935,52.6735]}" },
    { .op = SK_STORE_OP_ADD, .kind = "dorpshuis", .variant_id = 2,
      .geometry = "{\"type\":\"Point\",\"coordinates\":[6.316,52.700]}" },
    { .op = SK_STORE_OP_COMMENT, .participant_id = 1, .intervention_id = 1, .lat = PLUK_LAT,
      .lon = PLUK_LON, .text = "De school wil meedoen met de pluktuin." },
    { .op = SK_STORE_OP_COMMENT, .participant_id = 2, .lat = 52.67, .lon = 6.29,
      .text = "Is er genoeg parkeerruimte?" },
    { .op = SK_STORE_OP_VOTE, .participant_id = 1, .intervention_id = 1 },
    { .op = SK_STORE_OP_VOTE, .participant_id = 2, .intervention_id = 1 },
    { .op = SK_STORE_OP_VOTE, .participant_id = 3, .intervention_id = 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    apply (store, &actions[i]);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SkStoreMetadata metadata = { .title = "Keukentafel De Wijk", .place = "De Wijk",
                               .date = "2026-11-20", .format = "atelier", .region_id = "reestdal" };
  SkStore *created;

  f->dir = sk_test_tmpdir_new ("test-report");
  f->path = g_build_filename (f->dir, "sessie.samenkaart", NULL);
  created = sk_store_create (f->path, &metadata, &error);
  g_assert_no_error (error);
  g_object_unref (created);
  add_second_variant (f->path);
  f->store = sk_store_open (f->path, &error);
  g_assert_no_error (error);
  fill_session (f->store);
  f->region = sk_region_load ("reestdal", &error);
  g_assert_no_error (error);
  f->toolbox = sk_toolbox_load (NULL, &error);
  g_assert_no_error (error);
  f->kengetallen = sk_kengetallen_load_default (&error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_clear_object (&f->region);
  g_clear_object (&f->toolbox);
  g_clear_pointer (&f->kengetallen, sk_kengetallen_free);
  sk_test_tmpdir_remove (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static char *
run (const char *command,
     const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *line = g_strdup_printf ("%s %s -", command, quoted);
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (line, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static int
pdf_pages (const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *line = g_strdup_printf ("pdfinfo %s", quoted);
  g_autofree char *out = NULL;
  const char *pages;

  g_assert_true (g_spawn_command_line_sync (line, &out, NULL, NULL, NULL));
  pages = strstr (out, "Pages:");
  g_assert_nonnull (pages);
  return atoi (pages + strlen ("Pages:"));
}

/* Whether a line of TEXT holds both NEEDLE and "→". */
static gboolean
line_with_arrow (const char *text,
                 const char *needle)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], needle) != NULL && strstr (lines[i], "→") != NULL)
      return TRUE;
  return FALSE;
}

/* Whether a line of TEXT holds both A and B. */
static gboolean
line_with_words (const char *text,
                 const char *a,
                 const char *b)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], a) != NULL && strstr (lines[i], b) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "verslag.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  SkReportOptions options;
  const char *expected[] = {
    "Keukentafel De Wijk", "20 november 2026", "Jannie Boer", "Henk Mulder", "Fatima El Amrani",
    "Pluktuin", "Ommetje", "Woonerf", "Samenwerkplaats", "Dorpshuis", "NCW", "Saldo",
    "Wie betaalt, wie baat", "De school wil meedoen met de pluktuin.", "Variant B",
    "Bijlage: bronnen en aannames", "Aanname", "2,25 %", "pagina 4",
  };

  sk_report_options_init_default (&options);
  options.export_date = "2026-11-23";
  g_assert_true (sk_report_write_pdf (f->store, f->region, f->toolbox, f->kengetallen, &options,
                                      out, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_pages (out), >, 3);
  text = run ("pdftotext -layout", out);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” is not in the report", expected[i]);
  g_assert_nonnull (strstr (text, "verslag gemaakt op 23 november 2026"));
  /* The samenwerkplaats brings a workplace to De Wijk: before → after. */
  g_assert_true (line_with_arrow (text, "De Wijk"));
  /* Zuidwolde's supermarkets are not in the data: the table says so
   * instead of a ride to the next village, and the headline says how many
   * kernen it left out. Every kern's GP and primary schools are known now:
   * no kern left out there. */
  g_assert_true (line_with_words (text, "Zuidwolde", "niet bekend"));
  g_assert_true (line_with_words (text, "Supermarkt", "kernen niet"));
  g_assert_false (line_with_words (text, "Huisarts", "kernen niet"));
  g_assert_false (line_with_words (text, "Basisschool", "kernen niet"));
  g_assert_nonnull (strstr (text, "tellen niet mee; hun aantal staat erbij"));
  /* How the times were made, in words a resident reads (the window's). */
  g_assert_nonnull (strstr (text, "omrijden erbij"));
  /* Nothing was added during this session: no such section. */
  g_assert_null (strstr (text, "Toegevoegd tijdens de sessie"));
  /* The annex in Dutch, the sources' licences too (issue 13). */
  {
    const char *english[] = { "copyrighted", "all rights reserved", "facts only", "not stated",
                              "as stated", "licence text" };

    for (guint i = 0; i < G_N_ELEMENTS (english); i++)
      if (strstr (text, english[i]) != NULL)
        g_error ("“%s” (English) is in the report", english[i]);
    g_assert_nonnull (strstr (text, "alleen feiten gebruikt"));
  }
}

/* Text without a space: an idea whose note is one "word" of 20,000
 * characters, and a title of 5,000. The report cuts the note (the file
 * keeps it whole) after 1,000 characters and shortens the title in the
 * page footers. */
static void
test_pdf_long_text (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "lang.pdf", NULL);
  g_autofree char *note = g_strnfill (20000, 'x');
  g_autofree char *title = g_strnfill (5000, 'T');
  g_autofree char *footer_title = g_strnfill (41, 'T');
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;
  SkReportOptions options;
  guint footers = 0;

  apply (f->store, &(SkStoreAction) { .op = SK_STORE_OP_ADD, .kind = "pluktuin", .note = note,
                                      .geometry = "{\"type\":\"Point\",\"coordinates\":"
                                                  "[6.29,52.67]}" });
  apply (f->store, &(SkStoreAction) { .op = SK_STORE_OP_METADATA, .title = title });
  sk_report_options_init_default (&options);
  options.export_date = "2026-11-23";
  g_assert_true (sk_report_write_pdf (f->store, f->region, f->toolbox, f->kengetallen, &options,
                                      out, &error));
  g_assert_no_error (error);
  text = run ("pdftotext", out);
  {
    guint x = 0;

    for (const char *p = text; *p != '\0'; p++)
      x += *p == 'x';
    g_assert_cmpuint (x, >=, 1000);
    g_assert_cmpuint (x, <, 1500);
  }
  g_assert_nonnull (strstr (text, "x…(ingekort)"));
  /* Every page's footer: the title cut after 40 characters. */
  pages = g_strsplit (text, "\f", -1);
  for (guint i = 0; pages[i] != NULL; i++)
    if (strstr (pages[i], "verslag gemaakt op") != NULL)
      {
        const char *footer = strstr (pages[i], "verslag gemaakt op");
        const char *start = footer;

        /* The footer's own line: back to its start. */
        while (start > pages[i] && start[-1] != '\n')
          start--;
        g_assert_null (g_strstr_len (start, footer - start, footer_title));
        footers++;
      }
  g_assert_cmpuint (footers, >, 3);
}

/* A kern's N-th row in the reachability tables (columns huisarts,
 * basisschool, supermarkt, …), found by its name and its inhabitants. */
static char *
kern_row (const char *text,
          const char *name,
          const char *inhabitants,
          guint       nth)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *prefix = g_strconcat (name, " ", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (g_strchug (lines[i]), prefix) && strstr (lines[i], inhabitants) != NULL
        && nth-- == 0)
      return g_strdup (lines[i]);
  g_assert_not_reached ();
}

/* A supermarket Jannie knew of in Havelte, added during the session: the
 * report lists it (who, when, where, what) and its reachability table
 * counts it before the plan. */
static void
test_pdf_corrections (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "verslag.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = NULL, *text = NULL, *row_plain = NULL, *row = NULL;
  g_auto(GStrv) cells = NULL;
  g_auto(GStrv) cells_plain = NULL;
  SkStoreAction add = { .op = SK_STORE_OP_FACILITY_ADD, .participant_id = 1, .facility = "supermarkt",
                        .name = "Dorpswinkel", .lat = 52.76967, .lon = 6.23977 };

  g_assert_true (sk_report_write_pdf (f->store, f->region, f->toolbox, f->kengetallen, NULL, out,
                                      &error));
  plain = run ("pdftotext -layout", out);
  apply (f->store, &add);
  g_assert_true (sk_report_write_pdf (f->store, f->region, f->toolbox, f->kengetallen, NULL, out,
                                      &error));
  g_assert_no_error (error);
  text = run ("pdftotext -layout", out);
  g_assert_nonnull (strstr (text, "Toegevoegd tijdens de sessie"));
  g_assert_nonnull (strstr (text, "Supermarkt: Dorpswinkel"));
  g_assert_nonnull (strstr (text, "bij Havelte (52,7697 N, 6,2398 O)"));
  g_assert_nonnull (strstr (text, "Jannie Boer"));
  /* Havelte's row (huisarts, basisschool, supermarkt, … by bike): whether
   * Havelte has a supermarket was not known ("niet bekend"); with the one
   * Jannie knew of it has a time of a few minutes. Its GP and its school
   * are known: a time, before and after. */
  row_plain = kern_row (plain, "Havelte", "3.055", 0);
  row = kern_row (text, "Havelte", "3.055", 0);
  g_test_message ("Havelte: %s → %s", row_plain, row);
  g_assert_cmpstr (row, !=, row_plain);
  cells_plain = g_regex_split_simple ("\\s{2,}", g_strstrip (row_plain), 0, 0);
  cells = g_regex_split_simple ("\\s{2,}", g_strstrip (row), 0, 0);
  g_assert_true (g_ascii_isdigit (cells_plain[2][0]) || g_str_equal (cells_plain[2], "<1"));
  g_assert_true (g_ascii_isdigit (cells_plain[3][0]) || g_str_equal (cells_plain[3], "<1"));
  g_assert_cmpstr (cells_plain[4], ==, "niet bekend");
  g_assert_true (g_ascii_isdigit (cells[4][0]) || g_str_equal (cells[4], "<1"));
  g_assert_cmpint (atoi (cells[4]), <=, 5);
}

static void
test_pdf_unwritable (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "geen-map", "verslag.pdf", NULL);
  g_autofree char *part = g_strconcat (out, ".part", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (sk_report_write_pdf (f->store, f->region, f->toolbox, f->kengetallen, NULL, out,
                                       &error));
  g_assert_error (error, SK_REPORT_ERROR, SK_REPORT_ERROR_WRITE);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
}

static void
test_no_such_variant (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "verslag.pdf", NULL);
  g_autoptr(GError) error = NULL;
  SkReportOptions options;

  sk_report_options_init_default (&options);
  options.variant_id = 9;
  g_assert_false (sk_report_write_pdf (f->store, f->region, f->toolbox, f->kengetallen, &options,
                                       out, &error));
  g_assert_error (error, SK_REPORT_ERROR, SK_REPORT_ERROR_NO_VARIANT);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static JsonObject *
feature_of_kind (JsonArray  *features,
                 const char *kind)
{
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      JsonObject *feature = json_array_get_object_element (features, i);

      if (g_strcmp0 (json_object_get_string_member (json_object_get_object_member (feature, "properties"),
                                                    "kind"), kind) == 0)
        return feature;
    }
  g_error ("no feature of kind %s", kind);
}

static void
test_geojson (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "plan.geojson", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *pluk, *props, *erf;
  JsonArray *features, *coords, *ring;
  double area2 = 0;

  g_assert_true (sk_export_geojson (f->store, f->toolbox, 0, out, &error));
  g_assert_no_error (error);
  json_parser_load_from_file (parser, out, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "type"), ==, "FeatureCollection");
  features = json_object_get_array_member (root, "features");
  /* One feature per intervention, both variants. */
  g_assert_cmpuint (json_array_get_length (features), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      JsonObject *feature = json_array_get_object_element (features, i);

      g_assert_cmpstr (json_object_get_string_member (feature, "type"), ==, "Feature");
      g_assert_true (json_object_has_member (json_object_get_object_member (feature, "geometry"),
                                             "coordinates"));
    }
  pluk = feature_of_kind (features, "pluktuin");
  props = json_object_get_object_member (pluk, "properties");
  g_assert_cmpstr (json_object_get_string_member (props, "kind_name"), ==, "Pluktuin");
  g_assert_cmpstr (json_object_get_string_member (props, "participant"), ==, "Jannie Boer");
  g_assert_cmpstr (json_object_get_string_member (props, "variant_name"), ==, "Variant A");
  g_assert_cmpfloat (json_object_get_double_member (props, "oppervlakte"), ==, 1500);
  /* RFC 7946: [longitude, latitude]. */
  coords = json_object_get_array_member (json_object_get_object_member (pluk, "geometry"), "coordinates");
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (coords, 0), PLUK_LON, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (coords, 1), PLUK_LAT, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (feature_of_kind (features, "dorpshuis"), "properties"),
                                                  "variant_name"), ==, "Variant B");
  /* The woonerf's ring: closed and turned counter-clockwise. */
  erf = feature_of_kind (features, "woonerf");
  ring = json_array_get_array_element (json_object_get_array_member (json_object_get_object_member (erf, "geometry"),
                                                                     "coordinates"), 0);
  g_assert_cmpuint (json_array_get_length (ring), ==, 5);
  g_assert_true (json_node_equal (json_array_get_element (ring, 0), json_array_get_element (ring, 4)));
  for (guint i = 0; i + 1 < json_array_get_length (ring); i++)
    {
      JsonArray *a = json_array_get_array_element (ring, i), *b = json_array_get_array_element (ring, i + 1);

      area2 += json_array_get_double_element (a, 0) * json_array_get_double_element (b, 1)
               - json_array_get_double_element (b, 0) * json_array_get_double_element (a, 1);
    }
  g_assert_cmpfloat (area2, >, 0);

  /* One variant only. */
  g_assert_true (sk_export_geojson (f->store, f->toolbox, 2, out, &error));
  json_parser_load_from_file (parser, out, &error);
  g_assert_no_error (error);
  features = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "features");
  g_assert_cmpuint (json_array_get_length (features), ==, 1);
}

/* The NCW of variant A computed here from a plan built by hand, as the
 * window computes it (sk_evaluate: the travel-time line included). */
static double
expected_ncw (Fixture *f)
{
  g_autoptr(SkPlan) plan = sk_plan_new (f->toolbox);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlanSnapshot) snapshot = NULL;
  g_autoptr(SkEvaluation) result = NULL;
  const SkLatLon pluk = { PLUK_LAT, PLUK_LON }, werk = { 52.6735, 6.2935 };
  const SkLatLon erf[] = { { 52.676, 6.281 }, { 52.679, 6.281 }, { 52.679, 6.286 }, { 52.676, 6.286 } };
  SkEvalSettings settings;
  gint64 id;

  id = sk_plan_add (plan, "pluktuin", &pluk, 1, NULL, &error);
  g_assert_true (sk_plan_edit_parameter (plan, id, "oppervlakte", 1500, &error));
  sk_plan_add (plan, "ommetje", ommetje, G_N_ELEMENTS (ommetje), NULL, &error);
  id = sk_plan_add (plan, "woonerf", erf, G_N_ELEMENTS (erf), NULL, &error);
  g_assert_true (sk_plan_edit_parameter (plan, id, "woningen", 12, &error));
  sk_plan_add (plan, "samenwerkplaats", &werk, 1, NULL, &error);
  g_assert_no_error (error);
  snapshot = sk_plan_dup_snapshot (plan);
  sk_eval_settings_init_default (&settings);
  result = sk_evaluate (f->region, f->toolbox, f->kengetallen, snapshot, &settings);
  return result->mkba->ncw[SK_RANGE_CENTRAL];
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "uitkomsten.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean found = FALSE;

  g_assert_true (sk_export_csv (f->store, f->region, f->toolbox, f->kengetallen, NULL, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &text, NULL, &error));
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "variant,indicator,omschrijving,waarde,laag,hoog,eenheid,bron");
  for (guint i = 1; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Variant A,ncw,"))
      {
        g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);
        double ncw = g_ascii_strtod (fields[3], NULL);

        /* Rounded to cents, with a point before the decimals. */
        g_assert_cmpfloat_with_epsilon (ncw, expected_ncw (f), 0.006);
        g_assert_cmpfloat (g_ascii_strtod (fields[4], NULL), <=, ncw);
        g_assert_cmpfloat (g_ascii_strtod (fields[5], NULL), >=, ncw);
        found = TRUE;
      }
  g_assert_true (found);
  g_assert_nonnull (strstr (text, "Variant B,ncw,"));
  g_assert_nonnull (strstr (text, "Variant A,binnen_norm_werkplek_na,"));
  /* Zuidwolde and more are not known for the supermarket: counted,
   * not guessed; every kern's GP is known, and the count says 0. */
  {
    const char *line = strstr (text, "Variant A,niet_bekend_supermarkt_voor,");
    const char *gp = strstr (text, "Variant A,niet_bekend_huisarts_voor,");
    const char *value;

    g_assert_nonnull (line);
    value = strstr (line, "voor het plan\",");
    g_assert_nonnull (value);
    g_assert_cmpint (atoi (value + strlen ("voor het plan\",")), >, 0);
    g_assert_nonnull (gp);
    value = strstr (gp, "voor het plan\",");
    g_assert_nonnull (value);
    g_assert_cmpint (atoi (value + strlen ("voor het plan\",")), ==, 0);
  }
}

/* Pixels near (X, Y) within 40 of the colour #5E9A3A (voedsel en groen). */
static guint
count_theme_pixels (cairo_surface_t *png,
                    int              x,
                    int              y)
{
  const unsigned char *bytes = cairo_image_surface_get_data (png);
  int stride = cairo_image_surface_get_stride (png);
  guint n = 0;

  for (int j = y - 9; j <= y + 9; j++)
    for (int i = x - 9; i <= x + 9; i++)
      {
        guint32 p = *(const guint32 *) (bytes + j * stride + i * 4);
        int r = p >> 16 & 0xff, g = p >> 8 & 0xff, b = p & 0xff;

        n += abs (r - 0x5e) < 40 && abs (g - 0x9a) < 40 && abs (b - 0x3a) < 40;
      }
  return n;
}

static void
test_png (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "kaart.png", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *png;
  SkMapView view;

  /* The window's view: centred on the pluktuin. */
  sk_map_view_init_centred (&view, PLUK_LAT, PLUK_LON, 15, 400, 300);
  g_assert_true (sk_export_png (f->store, f->region, f->toolbox, 0, &view, out, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (out);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 400);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 300);
  g_assert_cmpuint (count_theme_pixels (png, 200, 150), >, 40);
  /* A corner far from any intervention has none of it. */
  g_assert_cmpuint (count_theme_pixels (png, 20, 280), ==, 0);
  cairo_surface_destroy (png);

  /* The whole region, as the CLI writes it by default. */
  sk_export_region_view (f->region, 800, 600, &view);
  g_assert_true (sk_export_png (f->store, f->region, f->toolbox, 0, &view, out, &error));
  png = cairo_image_surface_create_from_png (out);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 800);
  cairo_surface_destroy (png);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) g_test_add ("/report/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("pdf-long-text", test_pdf_long_text);
  ADD ("pdf", test_pdf);
  ADD ("pdf-unwritable", test_pdf_unwritable);
  ADD ("pdf-corrections", test_pdf_corrections);
  ADD ("no-such-variant", test_no_such_variant);
  ADD ("geojson", test_geojson);
  ADD ("csv", test_csv);
  ADD ("png", test_png);
#undef ADD
  return g_test_run ();
}
