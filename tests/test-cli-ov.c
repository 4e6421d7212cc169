/* test-cli-ov.c — `samenkaart-cli ov` and `import-gtfs` as a planner runs
 * them on the hand-built feed (tests/fixtures/gtfs; the answers are worked
 * out in test-timetable.c). The program's path is the first argument. */
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

static const char *cli_path;
static char *region;
static char *feed;

/* Runs samenkaart-cli with ARGS (NULL-terminated after the command). */
static int
run (char       **out,
     char       **err,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;
  int status;

  g_ptr_array_add (argv, (char *) cli_path);
  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static JsonObject *
to (JsonArray  *kernen,
    const char *kern,
    const char *dest)
{
  for (guint i = 0; i < json_array_get_length (kernen); i++)
    {
      JsonObject *k = json_array_get_object_element (kernen, i);

      if (g_str_equal (json_object_get_string_member (k, "name"), kern))
        return json_object_get_object_member (json_object_get_object_member (k, "to"), dest);
    }
  g_assert_not_reached ();
}

/* The shape: kernen[name, inhabitants, to{NAME: median, p80,
 * best}], summary.within_60.share; null where the rules say. */
static void
test_json (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *o, *t;
  JsonArray *kernen;

  g_assert_cmpint (run (&out, &err, "ov", region, "--gtfs", feed, "--date", "2026-03-10",
                        "--window", "07:00-07:10", "--to", "Beedorp", "--json", NULL), ==, 0);
  root = json_from_string (out, &error);
  g_assert_no_error (error);
  o = json_node_get_object (root);
  kernen = json_object_get_array_member (o, "kernen");
  g_assert_cmpuint (json_array_get_length (kernen), ==, 5);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (kernen, 0),
                                               "inhabitants"), ==, 1000);
  t = to (kernen, "Aadorp", "Beedorp");
  g_assert_cmpfloat (json_object_get_double_member (t, "median_minutes"), ==, 44);
  g_assert_cmpfloat (json_object_get_double_member (t, "p80_minutes"), ==, 47);
  g_assert_cmpfloat (json_object_get_double_member (t, "best_minutes"), ==, 20);
  t = to (kernen, "Ceedorp", "Beedorp");
  g_assert_true (json_object_get_null_member (t, "median_minutes"));
  g_assert_true (json_object_get_null_member (t, "p80_minutes"));
  g_assert_cmpfloat (json_object_get_double_member (t, "best_minutes"), ==, 40);
  g_assert_cmpfloat (json_object_get_double_member (
                       json_object_get_object_member (json_object_get_object_member (o, "summary"),
                                                      "within_60"), "share"), ==, 0.75);
}

/* --to with a position and --access fiets; the Dutch table without --json. */
static void
test_text_and_bike (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run (&out, &err, "ov", region, "--gtfs", feed, "--date", "2026-03-10",
                        "--window", "07:00-07:10", "--to", "Beedorp,Doel@52.5,6.09",
                        "--access", "fiets", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Reistijd met bus en trein"));
  /* Deedorp by bike: 45 / 48 / 41 (test-timetable.c). */
  g_assert_nonnull (strstr (out, "Beedorp 45/48/41"));
  g_assert_nonnull (strstr (out, "Doel 117/120/93"));
  g_assert_nonnull (strstr (out, "van de inwoners"));
}

typedef struct
{
  const char *args[6];
  int status;
  const char *message;
} BadCase;

/* Each mistake gets exit status 1 (bad input) or 2 (bad usage) and a
 * message that says what to do. */
static void
test_bad (void)
{
  const BadCase cases[] = {
    { { "--date", "2026-05-01", NULL }, 1, "De kalender loopt van 2026-03-02 tot en met 2026-03-31" },
    { { "--date", "10-03-2026", NULL }, 2, "JJJJ-MM-DD" },
    { { "--window", "9-8", NULL }, 2, "07:00-09:00" },
    { { "--to", "Atlantis", NULL }, 1, "NAAM@52.5,6.1" },
    { { "--access", "auto", NULL }, 2, "“lopen” of “fiets”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      const BadCase *c = &cases[i];

      g_assert_cmpint (run (&out, &err, "ov", region, "--gtfs", feed, "--date", "2026-03-10",
                            c->args[0], c->args[1], c->args[2], NULL), ==, c->status);
      if (strstr (err, c->message) == NULL)
        g_error ("“%s” not in “%s”", c->message, err);
    }
}

/* A feed without stop_times.txt: the file is named. */
static void
test_missing_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ov-feed-XXXXXX", NULL);
  g_autofree char *stops = g_build_filename (feed, "stops.txt", NULL);
  g_autofree char *copy = g_build_filename (dir, "stops.txt", NULL);
  g_autofree char *out = NULL, *err = NULL, *text = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (stops, &text, &len, NULL));
  g_assert_true (g_file_set_contents (copy, text, (gssize) len, NULL));
  g_assert_cmpint (run (&out, &err, "ov", region, "--gtfs", dir, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "agency.txt"));
  g_unlink (copy);
  g_rmdir (dir);
}

/* import-gtfs keeps the feed with the region; ov then needs no --gtfs. */
static void
test_import (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *out2 = NULL, *err2 = NULL;

  g_assert_cmpint (run (&out, &err, "ov", region, "--date", "2026-03-10", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "import-gtfs"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (&out, &err, "import-gtfs", region, feed, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "ov.sqlite"));
  g_assert_cmpint (run (&out2, &err2, "ov", region, "--date", "2026-03-10", "--window",
                        "07:00-07:10", "--to", "Beedorp", NULL), ==, 0);
  g_assert_nonnull (strstr (out2, "Beedorp 44/47/20"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data = g_dir_make_tmp ("cli-ov-XXXXXX", NULL);
  g_autofree char *ov = NULL;
  int status;

  /* Its own data folder for the imported timetable. */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_path = argv[1];
  region = g_test_build_filename (G_TEST_DIST, "fixtures", "gtfs", "ov-region.json", NULL);
  feed = g_test_build_filename (G_TEST_DIST, "fixtures", "gtfs", "mini", NULL);
  g_test_add_func ("/cli-ov/json", test_json);
  g_test_add_func ("/cli-ov/text-and-bike", test_text_and_bike);
  g_test_add_func ("/cli-ov/bad", test_bad);
  g_test_add_func ("/cli-ov/missing-file", test_missing_file);
  g_test_add_func ("/cli-ov/import", test_import);
  status = g_test_run ();
  ov = g_build_filename (data, "samenkaart", "regio's", "ov-mini", "ov.sqlite", NULL);
  g_unlink (ov);
  g_clear_pointer (&ov, g_free);
  ov = g_build_filename (data, "samenkaart", "regio's", "ov-mini", NULL);
  g_rmdir (ov);
  g_clear_pointer (&ov, g_free);
  ov = g_build_filename (data, "samenkaart", "regio's", NULL);
  g_rmdir (ov);
  g_clear_pointer (&ov, g_free);
  ov = g_build_filename (data, "samenkaart", NULL);
  g_rmdir (ov);
  g_rmdir (data);
  g_free (region);
  g_free (feed);
  return status;
}
