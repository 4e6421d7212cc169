/* test-hostile.c — issue 14 "Hostile input": each defect the hostile-input
 * run found, reproduced as a user meets it (samenkaart-cli with a bad
 * line, file or folder) and checked for the message a person can act on.
 * The path of samenkaart-cli is the first argument. The test environment
 * makes a GLib critical fatal, so a Json-CRITICAL fails the test too. */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "sk-json.h"
#include "sk-test-util.h"

static const char *cli_path;
static char *dir;

/* Runs samenkaart-cli ARGS (NULL-terminated) with INPUT on stdin;
 * returns the exit status, stdout in *OUT and stderr in *ERR. */
static int
run (const char * const *args,
     const char         *input,
     char              **out,
     char              **err)
{
  return sk_test_run_cli (cli_path, args, input, out, err);
}

static char *
path_in_dir (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

/* A new session NAME with a participant, a pluktuin (1), an ommetje (2)
 * and a second variant (2). */
static char *
new_session (const char *name)
{
  char *path = path_in_dir (name);
  const char *create[] = { "session", "new", path, "--region", "reestdal", NULL };
  const char *apply[] = { "session", "apply", path, NULL };
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;

  g_assert_cmpint (run (create, NULL, &out, &err), ==, 0);
  g_assert_cmpint (run (apply,
                        "{\"op\":\"participant\",\"name\":\"Anne\"}\n"
                        "{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":52.71,\"lon\":6.39,"
                        "\"params\":{\"oppervlakte\":400}}\n"
                        "{\"op\":\"add\",\"kind\":\"ommetje\","
                        "\"coordinates\":[[6.39,52.71],[6.40,52.72]]}\n"
                        "{\"op\":\"variant-new\",\"name\":\"B\"}\n",
                        &out2, &err2), ==, 0);
  return path;
}

/* Applies one LINE to PATH and returns its answer (one JSON line). */
static char *
apply_one (const char *path,
           const char *line)
{
  const char *apply[] = { "session", "apply", path, NULL };
  g_autofree char *input = g_strconcat (line, "\n", NULL);
  g_autofree char *err = NULL;
  char *out = NULL;

  run (apply, input, &out, &err);
  g_assert_cmpstr (err, ==, "");
  return out;
}

static void
assert_refused (const char *path,
                const char *line,
                const char *message)
{
  g_autofree char *out = apply_one (path, line);

  if (strstr (out, "\"ok\":false") == NULL || strstr (out, message) == NULL)
    g_error ("“%s” answered %s, expected a refusal with “%s”", line, out, message);
}

/* The session as `session show --json` prints it. */
static JsonNode *
show (const char *path)
{
  const char *args[] = { "session", "show", path, "--json", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  g_assert_cmpint (run (args, NULL, &out, &err), ==, 0);
  root = json_from_string (out, &error);
  g_assert_no_error (error);
  return root;
}

static JsonObject *
idea (JsonNode *root,
      guint     i)
{
  return json_array_get_object_element (json_object_get_array_member (json_node_get_object (root),
                                                                      "interventions"), i);
}

/* B: −5 m², 1e12 m², a string and 1e308 (l) are refused with the range,
 * in an add and in an edit; the stored value stays. */
static void
test_params_ranges (void)
{
  g_autofree char *path = new_session ("params.samenkaart");
  g_autoptr(JsonNode) root = NULL;

  assert_refused (path, "{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":52.7,\"lon\":6.3,"
                  "\"params\":{\"oppervlakte\":-5}}",
                  "oppervlakte is -5; kies een getal van 200 tot 20000");
  assert_refused (path, "{\"op\":\"edit\",\"id\":1,\"params\":{\"oppervlakte\":1e12}}",
                  "oppervlakte is 1e+12; kies een getal van 200 tot 20000");
  /* (g) for the session: what is wrong and what is allowed. */
  assert_refused (path, "{\"op\":\"edit\",\"id\":1,\"params\":{\"oppervlakte\":\"veel\"}}",
                  "oppervlakte is \\\"veel\\\", geen getal; kies een getal van 200 tot 20000");
  /* (l) a JSON object with a huge number is no "not an object". */
  assert_refused (path, "{\"op\":\"edit\",\"id\":1,\"params\":{\"oppervlakte\":1e308}}",
                  "oppervlakte is 1e+308; kies een getal van 200 tot 20000");
  root = show (path);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root),
                                                                         "interventions")), ==, 2);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (idea (root, 0),
                                                                                   "params"),
                                                    "oppervlakte"), ==, 400);
}

/* B: a pluktuin reshaped into a polygon would silently disappear. */
static void
test_reshape_kind (void)
{
  g_autofree char *path = new_session ("reshape.samenkaart");
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *ok = NULL;

  assert_refused (path, "{\"op\":\"reshape\",\"id\":1,\"coordinates\":[[6.3,52.7],[6.31,52.7],"
                  "[6.31,52.71],[6.3,52.7]]}", "Pluktuin is een punt");
  assert_refused (path, "{\"op\":\"reshape\",\"id\":2,\"geometry\":{\"type\":\"Point\","
                  "\"coordinates\":[6.3,52.7]}}", "Ommetje is een lijn");
  ok = apply_one (path, "{\"op\":\"reshape\",\"id\":2,\"coordinates\":[[6.3,52.7],[6.31,52.71]]}");
  g_assert_nonnull (strstr (ok, "\"ok\":true"));
  root = show (path);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (idea (root, 0),
                                                                                "geometry"),
                                                  "type"), ==, "Point");
}

/* B: three dots per participant per variant, also from the command line. */
static void
test_dot_limit (void)
{
  g_autofree char *path = new_session ("dots.samenkaart");
  const char *apply[] = { "session", "apply", path, NULL };
  g_autofree char *out = NULL, *err = NULL, *other = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) lines = NULL;

  run (apply,
       "{\"op\":\"vote\",\"id\":1,\"participant\":1}\n"
       "{\"op\":\"vote\",\"id\":2,\"participant\":1}\n"
       "{\"op\":\"vote\",\"id\":1,\"participant\":1}\n"
       "{\"op\":\"vote\",\"id\":2,\"participant\":1}\n", &out, &err);
  lines = g_strsplit (out, "\n", -1);
  g_assert_nonnull (strstr (lines[2], "\"ok\":true"));
  g_assert_nonnull (strstr (lines[3], "Geen stip meer over: iedereen heeft er 3 per variant."));
  root = show (path);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root),
                                                                         "votes")), ==, 3);
  /* The other variant has dots of its own. */
  other = apply_one (path, "{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":52.7,\"lon\":6.3,"
                     "\"variant\":2}\n{\"op\":\"vote\",\"id\":3,\"participant\":1}");
  g_assert_null (strstr (other, "\"ok\":false"));
}

/* B and (k), (m): ids and numbers are read strictly, naming the field. */
static void
test_ids_and_numbers (void)
{
  g_autofree char *path = new_session ("ids.samenkaart");
  g_autoptr(JsonNode) root = NULL;

  assert_refused (path, "{\"op\":\"move\",\"id\":\"1\",\"lat\":52.72,\"lon\":6.3}",
                  "Het veld “id” moet een geheel getal groter dan 0 zijn");
  assert_refused (path, "{\"op\":\"move\",\"id\":1.0,\"lat\":52.72,\"lon\":6.3}",
                  "Het veld “id” moet een geheel getal groter dan 0 zijn");
  assert_refused (path, "{\"op\":\"vote\",\"id\":1,\"participant\":18446744073709551616}",
                  "het getal 18446744073709551616 bij “participant” is te groot om te lezen");
  assert_refused (path, "{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":18446744073709551616,"
                  "\"lon\":6.3}", "het getal 18446744073709551616 bij “lat” is te groot");
  assert_refused (path, "{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":1e999,\"lon\":6.3}",
                  "het getal 1e999 bij “lat” is te groot om te lezen");
  /* A geometry "type" that is a list was a Json-CRITICAL in the store. */
  assert_refused (path, "{\"op\":\"add\",\"kind\":\"pluktuin\",\"geometry\":{\"type\":[1],"
                  "\"coordinates\":[6.3,52.7]}}", "Pluktuin is een punt");
  assert_refused (path, "{\"op\":\"participant\",\"name\":42}",
                  "Het veld “name” moet een tekst tussen aanhalingstekens zijn.");
  root = show (path);
  /* No idea landed at latitude −1. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root),
                                                                         "interventions")), ==, 2);
}

/* B: \u0000 would cut a name short, a lone surrogate store invalid UTF-8. */
static void
test_text_escapes (void)
{
  g_autofree char *path = new_session ("tekst.samenkaart");
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *ok = NULL;
  JsonArray *people;

  assert_refused (path, "{\"op\":\"participant\",\"name\":\"Ge\\u0000rda\"}",
                  "een tekst bij “name” bevat \\\\u0000");
  assert_refused (path, "{\"op\":\"participant\",\"name\":\"Ge\\ud800rda\"}",
                  "een losse surrogaat");
  assert_refused (path, "{\"op\":\"participant\",\"name\":\"Ge\\udc00rda\"}",
                  "een losse surrogaat");
  ok = apply_one (path, "{\"op\":\"participant\",\"name\":\"Gerda \\ud83c\\udf4e\"}");
  g_assert_nonnull (strstr (ok, "\"ok\":true"));
  root = show (path);
  people = json_object_get_array_member (json_node_get_object (root), "participants");
  g_assert_cmpuint (json_array_get_length (people), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (people, 1), "name"),
                   ==, "Gerda 🍎");
}

/* B: `session new X` never deletes a file it did not make (X.nieuw). */
static void
test_new_keeps_files (void)
{
  g_autofree char *path = path_in_dir ("werk.samenkaart");
  g_autofree char *nieuw = path_in_dir ("werk.samenkaart.nieuw");
  const char *create[] = { "session", "new", path, NULL };
  g_autofree char *out = NULL, *err = NULL, *kept = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;

  g_assert_true (g_file_set_contents (nieuw, "aantekeningen van Anne", -1, NULL));
  g_assert_cmpint (run (create, NULL, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (nieuw, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "aantekeningen van Anne");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* And nothing of its own is left behind. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_prefix (name, "werk.samenkaart.nieuw-"));
}

/* (g), (h): the GeoJSON plan's messages say what is wrong, in Dutch. */
static void
test_plan_messages (void)
{
  g_autofree char *plan = path_in_dir ("plan.geojson");
  g_autofree char *plan2 = path_in_dir ("plan2.geojson");
  const char *evaluate[] = { "evaluate", plan, NULL };
  const char *evaluate2[] = { "evaluate", plan2, NULL };
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;

  g_assert_true (g_file_set_contents (plan,
    "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
    "\"properties\":{\"kind\":\"pluktuin\",\"oppervlakte\":\"veel\"},"
    "\"geometry\":{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}}]}", -1, NULL));
  g_assert_cmpint (run (evaluate, NULL, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "Object 1 in het plan klopt niet: oppervlakte is \"veel\", geen "
                                 "getal; kies een getal van 200 tot 20000"));
  g_assert_true (g_file_set_contents (plan2,
    "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
    "\"properties\":{\"kind\":\"ommetje\"},"
    "\"geometry\":{\"type\":\"Point\",\"coordinates\":[6.3,52.7]}}]}", -1, NULL));
  g_assert_cmpint (run (evaluate2, NULL, &out2, &err2), ==, 1);
  g_assert_nonnull (strstr (err2, "Ommetje is een lijn: geef een geometrie van type LineString"));
  g_assert_null (strstr (err2, "geldige line"));

  /* Found by fuzz-plan: a kind that is a list was a Json-CRITICAL. */
  g_clear_pointer (&out2, g_free);
  g_clear_pointer (&err2, g_free);
  g_assert_true (g_file_set_contents (plan2,
    "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
    "\"properties\":{\"kind\":[[6.3,52.7]]},"
    "\"geometry\":{\"type\":[\"Point\"],\"coordinates\":[6.3,52.7]}}]}", -1, NULL));
  g_assert_cmpint (run (evaluate2, NULL, &out2, &err2), ==, 1);
  g_assert_nonnull (strstr (err2, "“kind” in de properties moet een tekst zijn"));
}

/* (i), (j): a missing file, a folder and a symlink loop, in Dutch. */
static void
test_file_messages (void)
{
  g_autofree char *missing = path_in_dir ("weg.samenkaart");
  g_autofree char *folder = path_in_dir ("map.samenkaart");
  g_autofree char *loop_a = path_in_dir ("kring-a");
  g_autofree char *loop_b = path_in_dir ("kring-b");
  /* What follows "Het plan “PATH” " and "De sessie “PATH” ". */
  struct
  {
    const char *path;
    const char *rest;
  } cases[] = {
    { missing, "bestaat niet." },
    { folder, "is een map, geen bestand." },
    { loop_a, "kan niet worden geopend: de snelkoppelingen (symlinks) verwijzen in een kring" },
  };

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_cmpint (symlink (loop_b, loop_a), ==, 0);
  g_assert_cmpint (symlink (loop_a, loop_b), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *evaluate[] = { "evaluate", cases[i].path, NULL };
      const char *show_args[] = { "session", "show", cases[i].path, NULL };
      g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;
      g_autofree char *plan_message = g_strdup_printf ("Het plan “%s” %s", cases[i].path,
                                                       cases[i].rest);
      g_autofree char *session_message = g_strdup_printf ("De sessie “%s” %s", cases[i].path,
                                                          cases[i].rest);

      g_assert_cmpint (run (evaluate, NULL, &out, &err), ==, 1);
      g_assert_nonnull (strstr (err, plan_message));
      g_assert_cmpint (run (show_args, NULL, &out2, &err2), ==, 1);
      g_assert_nonnull (strstr (err2, session_message));
    }
  /* The same words for a toolbox given as a folder. */
  {
    g_autofree char *plan = g_test_build_filename (G_TEST_DIST, "fixtures", "plan-reestdal.geojson",
                                                   NULL);
    const char *evaluate[] = { "evaluate", plan, "--toolbox", folder, NULL };
    g_autofree char *out = NULL, *err = NULL;
    g_autofree char *expected = g_strdup_printf ("Het toolboxbestand “%s” is een map, geen bestand.",
                                                 folder);

    g_assert_cmpint (run (evaluate, NULL, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, expected));
  }
}

/* (n): export to a folder that does not exist names it, in Dutch. */
static void
test_export_folder (void)
{
  g_autofree char *path = new_session ("export.samenkaart");
  g_autofree char *pdf = g_build_filename (dir, "bestaat-niet", "verslag.pdf", NULL);
  g_autofree char *expected = g_strdup_printf ("De map “%s%sbestaat-niet” bestaat niet", dir,
                                               G_DIR_SEPARATOR_S);
  const char *export[] = { "export", path, "--pdf", pdf, NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run (export, NULL, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, expected));
  g_assert_null (strstr (err, "output stream"));
}

/* (e), (f): region messages name the right place; an empty file gets a
 * message and no assertion. */
static void
test_region_messages (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "regions",
                                                   "reestdal", "region.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *broken = path_in_dir ("zonder-kernen.json");
  g_autofree char *empty = path_in_dir ("leeg.json");
  g_autoptr(JsonNode) root = NULL;
  const char *info[] = { "region-info", broken, NULL };
  const char *info_empty[] = { "region-info", empty, NULL };
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  root = json_from_string (text, NULL);
  json_object_remove_member (json_node_get_object (root), "kernen");
  g_clear_pointer (&text, g_free);
  text = json_to_string (root, FALSE);
  g_assert_true (g_file_set_contents (broken, text, -1, NULL));
  g_assert_cmpint (run (info, NULL, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "klopt niet: het veld “kernen” ontbreekt"));
  g_assert_null (strstr (err, "bron"));

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_cmpint (run (info_empty, NULL, &out2, &err2), ==, 1);
  g_assert_null (strstr (err2, "CRITICAL"));
  g_assert_nonnull (strstr (err2, "de tekst is leeg"));
}

/* (p): a session whose geometry was changed outside Samenkaart. */
static void
test_tampered_geometry (void)
{
  g_autofree char *path = new_session ("gewijzigd.samenkaart");
  g_autofree char *target = new_session ("doel.samenkaart");
  g_autofree char *geojson = path_in_dir ("gewijzigd.geojson");
  const char *export[] = { "export", path, "--geojson", geojson, NULL };
  const char *merge[] = { "session", "merge", target, path, NULL };
  const char *evaluate[] = { "evaluate", path, NULL };
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;
  g_autofree char *out3 = NULL, *err3 = NULL;
  g_autofree char *expected = g_strdup_printf ("De sessie “%s” is beschadigd: de vorm op de kaart "
                                               "van ingreep 1 (pluktuin) klopt niet", path);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE interventions SET geometry = '{\"type\":\"Point\"}' "
                                 "WHERE id = 1", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (run (export, NULL, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, expected));
  g_assert_false (g_file_test (geojson, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run (merge, NULL, &out2, &err2), ==, 1);
  g_assert_nonnull (strstr (err2, expected));
  /* A name with bytes that are not UTF-8 is shown with a replacement
   * character, and the JSON of show stays valid. */
  g_assert_cmpint (sqlite3_open (target, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE participants SET name = CAST(X'4a61ff6e' AS TEXT)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  {
    g_autoptr(JsonNode) root = show (target);
    JsonArray *people = json_object_get_array_member (json_node_get_object (root),
                                                      "participants");

    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (people, 0),
                                                    "name"), ==, "Ja\xef\xbf\xbdn");
  }
  /* evaluate counts what it can and says one idea was left out. */
  g_assert_cmpint (run (evaluate, NULL, &out3, &err3), ==, 0);
  g_assert_nonnull (strstr (err3, "1 ingrepen uit de sessie konden niet worden gelezen"));
}

/* The shared check of JSON text from outside (sk_json_check_text). */
static void
test_json_check (void)
{
  struct
  {
    const char *text;
    gssize length;
    int code;            /* -1: accepted */
  } cases[] = {
    { "{\"id\":9223372036854775807}", -1, -1 },
    { "{\"id\":-9223372036854775808}", -1, -1 },
    { "{\"id\":9223372036854775808}", -1, SK_JSON_ERROR_NUMBER },
    { "{\"id\":-9223372036854775809}", -1, SK_JSON_ERROR_NUMBER },
    { "[000000000000000000000000001]", -1, -1 },
    { "{\"lat\":1e308}", -1, -1 },
    { "{\"lat\":-1e999}", -1, SK_JSON_ERROR_NUMBER },
    { "[\"\\u0000\"]", -1, SK_JSON_ERROR_TEXT },
    { "[\"\\ud83c\\udf4e\"]", -1, -1 },
    { "[\"\\ud83c\"]", -1, SK_JSON_ERROR_TEXT },
    { "[\"\\udf4e\\ud83c\"]", -1, SK_JSON_ERROR_TEXT },
    { "[\"\\u12\"]", -1, SK_JSON_ERROR_TEXT },
    { "[\"open", -1, SK_JSON_ERROR_TEXT },
    { "[\"\xc3\"]", -1, SK_JSON_ERROR_TEXT },
    { "", 0, SK_JSON_ERROR_EMPTY },
    { NULL, 0, SK_JSON_ERROR_EMPTY },
    { " \n", -1, SK_JSON_ERROR_EMPTY },
    { "\"odd\"{}", -1, SK_JSON_ERROR_TRAILING },
    { "[\"a\\222b\"]", -1, SK_JSON_ERROR_TEXT },
    { "[\"a\\/b\\n\\\\\"]", -1, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = sk_json_check_text (cases[i].text, cases[i].length, 1024, &error);

      if (cases[i].code < 0)
        g_assert_no_error (error);
      else
        g_assert_error (error, SK_JSON_ERROR, cases[i].code);
      g_assert_true (ok == (cases[i].code < 0));
      g_assert_true (error == NULL || g_utf8_validate (error->message, -1, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  if (argc < 2)
    {
      g_printerr ("usage: %s [--tap] PATH-OF-samenkaart-cli\n", argv[0]);
      return 2;
    }
  cli_path = argv[1];
  dir = sk_test_tmpdir_new ("test-hostile");
  g_test_add_func ("/hostile/json-check", test_json_check);
  g_test_add_func ("/hostile/apply/params-ranges", test_params_ranges);
  g_test_add_func ("/hostile/apply/reshape-kind", test_reshape_kind);
  g_test_add_func ("/hostile/apply/dot-limit", test_dot_limit);
  g_test_add_func ("/hostile/apply/ids-and-numbers", test_ids_and_numbers);
  g_test_add_func ("/hostile/apply/text-escapes", test_text_escapes);
  g_test_add_func ("/hostile/session-new-keeps-files", test_new_keeps_files);
  g_test_add_func ("/hostile/plan-messages", test_plan_messages);
  g_test_add_func ("/hostile/file-messages", test_file_messages);
  g_test_add_func ("/hostile/export-folder", test_export_folder);
  g_test_add_func ("/hostile/region-messages", test_region_messages);
  g_test_add_func ("/hostile/tampered-geometry", test_tampered_geometry);
  status = g_test_run ();
  sk_test_tmpdir_remove (dir);
  g_free (dir);
  return status;
}
