/* test-cli-derive-border.c — samenkaart-cli derive-border, as the Reest
 * was made: the course of a stream that is a provincial border, from
 * municipal boundaries in RD New. The path of the program is the first
 * argument.
 *
 * The made-up boundaries: Noord (GM0001, where A-dorp lies: Drenthe) and
 * Zuid (GM0002, B-dorp: Overijssel) meet along a zigzag of six vertices
 * from (210000, 520000) to (230000, 520000); Oost (GM0003, no kern, so no
 * province) touches both on the east. Length of the zigzag, by hand:
 * √(4000² + 400²) + √(4000² + 800²) + √(4000² + 700²) + √(4000² + 600²)
 * + √(4000² + 300²) = 4019.9 + 4079.2 + 4060.8 + 4044.7 + 4011.2 = 20215.8 m.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sk-geo.h"
#include "sk-test-util.h"

static const char *cli_path;

static const char gemeenten[] =
  "{\"type\": \"FeatureCollection\", \"features\": [\n"
  " {\"type\": \"Feature\", \"properties\": {\"statcode\": \"GM0001\", \"statnaam\": \"Noord\"},\n"
  "  \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[210000, 520000], [214000, 520400],"
  " [218000, 519600], [222000, 520300], [226000, 519700], [230000, 520000], [230000, 530000],"
  " [210000, 530000], [210000, 520000]]]}},\n"
  " {\"type\": \"Feature\", \"properties\": {\"statcode\": \"GM0002\", \"statnaam\": \"Zuid\"},\n"
  "  \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[230000, 520000], [226000, 519700],"
  " [222000, 520300], [218000, 519600], [214000, 520400], [210000, 520000], [210000, 510000],"
  " [230000, 510000], [230000, 520000]]]}},\n"
  " {\"type\": \"Feature\", \"properties\": {\"statcode\": \"GM0003\", \"statnaam\": \"Oost\"},\n"
  "  \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[230000, 510000], [240000, 510000],"
  " [240000, 530000], [230000, 530000], [230000, 520000], [230000, 510000]]]}}\n"
  "]}\n";

static const char kommen[] =
  "{\"schema\": \"samenkaart-kommen/1\", \"sources\": [], \"kernen\": [\n"
  " {\"kern\": \"a-dorp\", \"municipality\": \"Noord\", \"municipality_code\": \"GM0001\"},\n"
  " {\"kern\": \"b-dorp\", \"municipality\": \"Zuid\", \"municipality_code\": \"GM0002\"}]}\n";

typedef struct
{
  char *dir;
  char *region_dir;
  char *gemeenten;
  char *out;
} Files;

/* The mini region with B-dorp in Overijssel, its kommen.json and the
 * boundaries, in a new temporary directory. */
static void
files_make (Files *f)
{
  g_autofree char *mini = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-region.json", NULL);
  g_autofree char *text = NULL, *region_json = NULL, *kommen_json = NULL, *changed = NULL;
  const char *second;

  f->dir = g_dir_make_tmp ("sk-border-XXXXXX", NULL);
  f->region_dir = g_build_filename (f->dir, "mini", NULL);
  f->gemeenten = g_build_filename (f->dir, "gemeenten.geojson", NULL);
  f->out = g_build_filename (f->dir, "beek.json", NULL);
  region_json = g_build_filename (f->region_dir, "region.json", NULL);
  kommen_json = g_build_filename (f->region_dir, "kommen.json", NULL);
  g_assert_true (g_file_get_contents (mini, &text, NULL, NULL));
  /* B-dorp is the second kern in Drenthe */
  second = strstr (strstr (text, "\"Drenthe\"") + 1, "\"Drenthe\"");
  g_assert_nonnull (second);
  changed = g_strdup_printf ("%.*s\"Overijssel\"%s", (int) (second - text), text,
                             second + strlen ("\"Drenthe\""));
  g_assert_cmpint (g_mkdir (f->region_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (region_json, changed, -1, NULL));
  g_assert_true (g_file_set_contents (kommen_json, kommen, -1, NULL));
  g_assert_true (g_file_set_contents (f->gemeenten, gemeenten, -1, NULL));
}

static void
files_remove (Files *f)
{
  g_autofree char *region_json = g_build_filename (f->region_dir, "region.json", NULL);
  g_autofree char *kommen_json = g_build_filename (f->region_dir, "kommen.json", NULL);

  g_unlink (region_json);
  g_unlink (kommen_json);
  g_rmdir (f->region_dir);
  g_unlink (f->gemeenten);
  g_unlink (f->out);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->region_dir);
  g_free (f->gemeenten);
  g_free (f->out);
}

/* "LAT,LON" of an RD position, with 6 decimals. */
static char *
latlon_arg (double x,
            double y)
{
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
  double lat, lon;

  sk_rd_to_wgs84 (x, y, &lat, &lon);
  return g_strdup_printf ("%s,%s", g_ascii_formatd (a, sizeof a, "%.6f", lat),
                          g_ascii_formatd (b, sizeof b, "%.6f", lon));
}

static int
run_border (Files      *f,
            const char *from,
            const char *to,
            char      **err)
{
  const char *argv[] = { cli_path, "derive-border", f->gemeenten, "--region", f->region_dir,
                         "--between", "Drenthe", "--and", "Overijssel", "--from", from,
                         "--to", to, "--id", "grensbeek", "--name", "Grensbeek",
                         "--source", "test", "--out", f->out, NULL };

  return sk_test_spawn (argv, NULL, err);
}

static void
test_zigzag (void)
{
  Files f = { 0 };
  /* from the east end (the source) to the west end, each 300 m off */
  g_autofree char *from = latlon_arg (229800, 519800);
  g_autofree char *to = latlon_arg (210200, 520200);
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *stream;
  JsonArray *points;
  SkLatLon line[6];
  double lat, lon;

  files_make (&f);
  g_assert_cmpint (run_border (&f, from, to, &err), ==, 0);
  g_assert_nonnull (strstr (err, "Grensbeek: 6 punten, 20.2 km"));
  json_parser_load_from_file (parser, f.out, &error);
  g_assert_no_error (error);
  stream = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (stream, "id"), ==, "grensbeek");
  g_assert_false (json_object_get_boolean_member (stream, "schematic"));
  points = json_object_get_array_member (stream, "points");
  /* Only the shared zigzag: not Oost's edges, not the squares' other sides. */
  g_assert_cmpuint (json_array_get_length (points), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      JsonArray *p = json_array_get_array_element (points, i);

      line[i].lon = json_array_get_double_element (p, 0);
      line[i].lat = json_array_get_double_element (p, 1);
    }
  /* it runs from the source: the first point is the east end */
  sk_rd_to_wgs84 (230000, 520000, &lat, &lon);
  g_assert_cmpfloat (sk_geo_haversine_m (line[0].lat, line[0].lon, lat, lon), <, 5.0);
  /* RD metres against the haversine on the mean sphere, which measures
   * about 0.3 % short at 52.7° N (the ellipsoid's radii there are larger) */
  g_assert_cmpfloat_with_epsilon (sk_geo_polyline_length_m (line, 6), 20215.8, 100.0);
  files_remove (&f);
}

static void
test_refused (void)
{
  Files f = { 0 };
  g_autofree char *on = latlon_arg (229800, 519800);
  g_autofree char *far = latlon_arg (220000, 527000);   /* 7 km inside Noord */
  g_autofree char *err = NULL;

  files_make (&f);
  g_assert_cmpint (run_border (&f, on, far, &err), ==, 1);
  g_assert_nonnull (strstr (err, "Tussen Drenthe en Overijssel ligt geen doorlopende grens"));
  g_assert_nonnull (strstr (err, "Kies punten op de grens"));
  g_assert_false (g_file_test (f.out, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_border (&f, on, "52,6 noord", &err), ==, 2);
  files_remove (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_path = argv[1];
  g_test_add_func ("/cli/derive-border/zigzag", test_zigzag);
  g_test_add_func ("/cli/derive-border/refused", test_refused);
  return g_test_run ();
}
