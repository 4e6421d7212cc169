/* test-cli-toolbox.c — `samenkaart-cli toolbox`: the catalogue as a planner
 * reviews it. The path of the program is the first argument. */
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sk-test-util.h"

static const char *cli_path;

/* Runs samenkaart-cli toolbox with ARG1 and ARG2 (either may be NULL). */
static int
run_toolbox (const char  *arg1,
             const char  *arg2,
             char       **out,
             char       **err)
{
  const char *argv[] = { cli_path, "toolbox", arg1, arg2, NULL };

  return sk_test_spawn (argv, out, err);
}

static void
assert_figure (JsonObject *parent,
               const char *name)
{
  JsonObject *f = json_object_get_object_member (parent, name);

  g_assert_nonnull (f);
  g_assert_cmpfloat (json_object_get_double_member (f, "low"), <=,
                     json_object_get_double_member (f, "central"));
  g_assert_cmpfloat (json_object_get_double_member (f, "central"), <=,
                     json_object_get_double_member (f, "high"));
  g_assert_nonnull (json_object_get_string_member_with_default (f, "unit", NULL));
  g_assert_true (json_object_has_member (f, "source")
                 || (json_object_get_boolean_member_with_default (f, "assumption", FALSE)
                     && json_object_has_member (f, "note")));
}

static void
assert_kind (JsonObject *kind)
{
  JsonArray *costs = json_object_get_array_member (kind, "costs");
  JsonArray *benefits = json_object_get_array_member (kind, "benefits");

  g_assert_nonnull (json_object_get_string_member_with_default (kind, "explanation", NULL));
  g_assert_cmpuint (json_array_get_length (costs), >, 0);
  g_assert_cmpuint (json_array_get_length (benefits)
                    + json_array_get_length (json_object_get_array_member (kind, "pm")), >, 0);
  for (guint c = 0; c < json_array_get_length (costs); c++)
    {
      JsonObject *cost = json_array_get_object_element (costs, c);

      assert_figure (cost, "amount");
      if (g_str_equal (json_object_get_string_member (cost, "type"), "investment"))
        assert_figure (cost, "lifetime");
    }
  for (guint b = 0; b < json_array_get_length (benefits); b++)
    assert_figure (json_array_get_object_element (benefits, b), "amount");
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (kind, "conditions")), ==, 5);
}

static void
test_json (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *kinds;

  g_assert_cmpint (run_toolbox ("--json", NULL, &out, &err), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  kinds = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                        "kinds");
  g_assert_cmpuint (json_array_get_length (kinds), >=, 14);
  for (guint i = 0; i < json_array_get_length (kinds); i++)
    assert_kind (json_array_get_object_element (kinds, i));
}

static void
test_text (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_toolbox (NULL, NULL, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Pluktuin (pluktuin, point)"));
  g_assert_nonnull (strstr (out, "Woonerf (woonerf, area)"));
}

/* A broken catalogue: exit status 1 and a message naming the file. */
static void
test_broken_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-cli-toolbox-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mijn-toolbox.json", NULL);
  g_autofree char *option = g_strconcat ("--toolbox=", path, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_true (g_file_set_contents (path, "{\"schema\": \"samenkaart-toolbox/1\"}", -1, NULL));
  g_assert_cmpint (run_toolbox (option, "--json", &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "mijn-toolbox.json"));
  g_assert_nonnull (strstr (err, "price_year"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_path = argv[1];

  g_test_add_func ("/cli/toolbox/json", test_json);
  g_test_add_func ("/cli/toolbox/text", test_text);
  g_test_add_func ("/cli/toolbox/broken-file", test_broken_file);
  return g_test_run ();
}
