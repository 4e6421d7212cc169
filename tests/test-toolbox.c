/* test-toolbox.c — data/toolbox/catalogue.json: the built-in catalogue
 * loads, every figure is sourced or an assumption, every kind has its icon,
 * and a broken catalogue is refused with an error that names the file, the
 * entry and the field. */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "sk-toolbox.h"

static void
assert_figure (const SkToolbox *toolbox,
               const SkFigure  *f)
{
  g_assert_true (f->low <= f->central && f->central <= f->high);
  g_assert_nonnull (f->unit);
  if (f->source != NULL)
    g_assert_nonnull (sk_toolbox_find_source ((SkToolbox *) toolbox, f->source));
  else
    g_assert_true (f->assumption && f->note != NULL);
}

static void
test_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkToolbox) toolbox = sk_toolbox_load (NULL, &error);
  const SkKind *woonerf, *ommetje;

  g_assert_no_error (error);
  g_assert_cmpint (sk_toolbox_get_price_year (toolbox), ==, 2024);
  g_assert_cmpuint (sk_toolbox_get_n_kinds (toolbox), >=, 14);
  g_assert_cmpuint (sk_toolbox_get_n_conditions (toolbox), ==, 5);
  g_assert_cmpstr (sk_toolbox_get_condition (toolbox, 0)->id, ==, "starters");
  g_assert_nonnull (sk_toolbox_find_theme (toolbox, "wonen")->colour);
  g_assert_nonnull (sk_toolbox_find_actor (toolbox, "gemeente"));
  g_assert_nonnull (sk_toolbox_find_category (toolbox, "investering"));
  g_assert_nonnull (sk_toolbox_find_bw_theme (toolbox, "gezondheid"));
  g_assert_null (sk_toolbox_find_kind (toolbox, "kasteel"));

  /* domain.md §1: the woonerf is an area with 4–30 homes; the ommetje a
   * line whose length is measured from the drawing. */
  woonerf = sk_toolbox_find_kind (toolbox, "woonerf");
  g_assert_nonnull (woonerf);
  g_assert_cmpint (woonerf->geometry, ==, SK_GEOMETRY_AREA);
  g_assert_cmpstr (woonerf->households_per, ==, "woningen");
  g_assert_cmpfloat (sk_kind_find_parameter (woonerf, "woningen")->min, ==, 4);
  g_assert_cmpfloat (sk_kind_find_parameter (woonerf, "woningen")->max, ==, 30);
  ommetje = sk_toolbox_find_kind (toolbox, "ommetje");
  g_assert_cmpint (ommetje->geometry, ==, SK_GEOMETRY_LINE);
  g_assert_cmpint (sk_kind_find_parameter (ommetje, "lengte")->from_geometry, ==,
                   SK_FROM_GEOMETRY_LENGTH);

  for (size_t i = 0; i < sk_toolbox_get_n_kinds (toolbox); i++)
    {
      const SkKind *kind = sk_toolbox_get_kind (toolbox, i);

      g_assert_true (sk_toolbox_find_kind (toolbox, kind->id) == kind);
      g_assert_cmpuint (kind->n_costs, >, 0);
      for (size_t c = 0; c < kind->n_costs; c++)
        {
          assert_figure (toolbox, &kind->costs[c].amount);
          if (kind->costs[c].type == SK_COST_INVESTMENT)
            assert_figure (toolbox, &kind->costs[c].lifetime);
        }
      for (size_t b = 0; b < kind->n_benefits; b++)
        assert_figure (toolbox, &kind->benefits[b].amount);
    }
}

/* Every kind's icon is drawn (resources/icons/…/<icon>.svg). */
static void
test_icons (void)
{
  g_autoptr(SkToolbox) toolbox = sk_toolbox_load (NULL, NULL);
  g_autoptr(GString) missing = g_string_new (NULL);

  for (size_t i = 0; i < sk_toolbox_get_n_kinds (toolbox); i++)
    {
      const SkKind *kind = sk_toolbox_get_kind (toolbox, i);
      g_autofree char *file = g_strconcat (kind->icon, ".svg", NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "icons",
                                                     "scalable", "actions", file, NULL);

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_string_append_printf (missing, " %s", path);
    }
  if (missing->len > 0)
    g_error ("icons missing for toolbox kinds:%s", missing->str);
}

typedef enum
{
  SET,        /* replace the member with VALUE */
  REMOVE,     /* remove the member */
  APPEND,     /* add VALUE to the array */
  DUPLICATE,  /* add a copy of the element to its array */
} Action;

typedef struct
{
  const char *name;
  const char *path;       /* members by name, array elements by "id" or index */
  Action action;
  const char *value;      /* JSON text */
  const char *mentions[3];
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "missing-field", "kinds/pluktuin/explanation", REMOVE, NULL,
    { "pluktuin", "“explanation” ontbreekt" } },
  { "missing-figure-value", "kinds/pluktuin/costs/aanleg/amount/central", REMOVE, NULL,
    { "pluktuin", "aanleg", "“amount.central” ontbreekt" } },
  { "figure-order", "kinds/pluktuin/costs/aanleg/amount/low", SET, "1e9",
    { "pluktuin", "aanleg", "“amount”" } },
  { "figure-negative", "kinds/pluktuin/benefits/oogst/amount/low", SET, "-1",
    { "pluktuin", "oogst", "“amount.low”" } },
  { "default-outside", "kinds/pluktuin/parameters/oppervlakte/default", SET, "5",
    { "pluktuin", "oppervlakte", "“default”" } },
  { "min-above-max", "kinds/pluktuin/parameters/oppervlakte/min", SET, "50000",
    { "pluktuin", "oppervlakte", "“min”" } },
  { "icon", "kinds/pluktuin/icon", SET, "\"sk-appel-symbolic\"",
    { "pluktuin", "“icon”", "sk-pluktuin-symbolic" } },
  { "theme", "kinds/pluktuin/theme", SET, "\"ruimtevaart\"",
    { "pluktuin", "“theme”", "ruimtevaart" } },
  { "actor", "kinds/pluktuin/costs/beheer/actor", SET, "\"marsmannetjes\"",
    { "beheer", "“actor”", "marsmannetjes" } },
  { "category", "kinds/pluktuin/benefits/oogst/category", SET, "\"toverij\"",
    { "oogst", "“category”", "toverij" } },
  { "bw-theme", "kinds/pluktuin/benefits/oogst/bw_theme", SET, "\"geluk\"",
    { "oogst", "“bw_theme”", "geluk" } },
  { "parameter", "kinds/pluktuin/costs/aanleg/per", SET, "\"hectare\"",
    { "aanleg", "“per”", "hectare" } },
  { "households-per", "kinds/pluktuin/households_per", SET, "\"bomen\"",
    { "pluktuin", "“households_per”", "bomen" } },
  { "condition-unknown", "kinds/pluktuin/conditions/vliegen", SET, "true",
    { "pluktuin", "“conditions”", "vliegen" } },
  { "condition-missing", "kinds/pluktuin/conditions/starters", REMOVE, NULL,
    { "pluktuin", "“conditions.starters” ontbreekt" } },
  { "source-unknown", "kinds/pluktuin/sources", APPEND, "\"nergens\"",
    { "pluktuin", "“sources”", "nergens" } },
  { "figure-source-unlisted", "kinds/pluktuin/costs/grond/amount/source", SET, "\"cbs-cpi\"",
    { "grond", "“amount.source”", "cbs-cpi" } },
  { "figure-unsourced", "kinds/pluktuin/costs/aanleg/amount/assumption", REMOVE, NULL,
    { "aanleg", "“amount.source”" } },
  { "unit-missing", "kinds/pluktuin/costs/beheer/amount/unit", REMOVE, NULL,
    { "beheer", "“amount.unit” ontbreekt" } },
  { "assumption-not-boolean", "kinds/pluktuin/costs/beheer/amount/assumption", SET, "\"ja\"",
    { "beheer", "“amount.assumption”" } },
  { "unit", "kinds/pluktuin/costs/beheer/amount/unit", SET, "\"EUR/m\"",
    { "beheer", "“amount.unit”", "EUR/m2/jaar" } },
  { "facility", "kinds/pluktuin/provides", APPEND, "\"kasteel\"",
    { "pluktuin", "“provides”", "kasteel" } },
  { "geometry", "kinds/pluktuin/geometry", SET, "\"cirkel\"",
    { "pluktuin", "“geometry”", "cirkel" } },
  { "from-geometry", "kinds/pluktuin/parameters/oppervlakte/from_geometry", SET, "\"area\"",
    { "oppervlakte", "“from_geometry”", "point" } },
  { "cost-type", "kinds/pluktuin/costs/aanleg/type", SET, "\"eenmalig\"",
    { "aanleg", "“type”", "eenmalig" } },
  { "lifetime", "kinds/pluktuin/costs/aanleg/lifetime", REMOVE, NULL,
    { "aanleg", "“lifetime” ontbreekt" } },
  { "duplicate-kind", "kinds/pluktuin", DUPLICATE, NULL,
    { "pluktuin", "“pluktuin” komt twee keer voor" } },
  { "duplicate-parameter", "kinds/ommetje/parameters/lengte", DUPLICATE, NULL,
    { "ommetje", "“lengte” komt twee keer voor" } },
  { "duplicate-cost", "kinds/pluktuin/costs/beheer", DUPLICATE, NULL,
    { "pluktuin", "kostenpost 4", "“beheer” komt twee keer voor" } },
  { "duplicate-benefit", "kinds/pluktuin/benefits/oogst", DUPLICATE, NULL,
    { "pluktuin", "baat 3", "“oogst” komt twee keer voor" } },
  { "duplicate-source", "sources/0", DUPLICATE, NULL,
    { "bron", "komt twee keer voor" } },
  { "duplicate-theme", "themes/wonen", DUPLICATE, NULL,
    { "thema", "“wonen” komt twee keer voor" } },
  { "schema", "schema", SET, "\"samenkaart-toolbox/9\"",
    { "“schema”", "samenkaart-toolbox/9" } },
  { "no-kinds", "kinds", REMOVE, NULL,
    { "“kinds” ontbreekt" } },
};

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* A member of an object, or the element of an array by index or "id". */
static JsonNode *
child (JsonNode   *node,
       const char *key)
{
  JsonArray *array;

  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_object_get_member (json_node_get_object (node), key);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  array = json_node_get_array (node);
  if (g_ascii_isdigit (*key))
    return json_array_get_element (array, (guint) atoi (key));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *obj = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (obj, "id", NULL), key) == 0)
        return json_array_get_element (array, i);
    }
  return NULL;
}

static void
mutate (JsonNode         *root,
        const BrokenCase *c)
{
  g_auto(GStrv) keys = g_strsplit (c->path, "/", -1);
  guint n = g_strv_length (keys);
  JsonNode *parent = root;
  const char *last = keys[n - 1];

  for (guint i = 0; i + 1 < n; i++)
    {
      parent = child (parent, keys[i]);
      g_assert_nonnull (parent);
    }
  switch (c->action)
    {
    case SET:
      json_object_set_member (json_node_get_object (parent), last, parse (c->value));
      break;
    case REMOVE:
      g_assert_nonnull (child (parent, last));
      json_object_remove_member (json_node_get_object (parent), last);
      break;
    case APPEND:
      json_array_add_element (json_node_get_array (child (parent, last)), parse (c->value));
      break;
    case DUPLICATE:
    default:
      json_array_add_element (json_node_get_array (parent), json_node_copy (child (parent, last)));
      break;
    }
}

static GBytes *
read_catalogue (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "toolbox",
                                                 "catalogue.json", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
test_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autoptr(GBytes) original = read_catalogue ();
  g_autoptr(JsonNode) root = parse (g_bytes_get_data (original, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkToolbox) toolbox = NULL;
  g_autoptr(GBytes) broken = NULL;
  char *text;

  mutate (root, c);
  text = json_to_string (root, FALSE);
  broken = g_bytes_new_take (text, strlen (text));
  toolbox = sk_toolbox_new_from_bytes (broken, "kapot.json", &error);
  g_assert_null (toolbox);
  g_assert_error (error, SK_TOOLBOX_ERROR, SK_TOOLBOX_ERROR_INVALID);
  g_test_message ("%s: %s", c->name, error->message);
  g_assert_nonnull (strstr (error->message, "kapot.json"));
  for (guint i = 0; i < G_N_ELEMENTS (c->mentions) && c->mentions[i] != NULL; i++)
    if (strstr (error->message, c->mentions[i]) == NULL)
      g_error ("%s: “%s” does not mention “%s”", c->name, error->message, c->mentions[i]);
}

/* The unchanged file loads from bytes too: the cases above fail for their
 * change, not for something else. */
static void
test_original_from_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "toolbox",
                                                 "catalogue.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkToolbox) toolbox = sk_toolbox_load (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sk_toolbox_get_n_kinds (toolbox), >=, 14);
}

static void
test_unreadable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{ \"schema\": ", 12);
  g_autoptr(SkToolbox) missing = sk_toolbox_load ("/nonexistent/catalogue.json", &error);
  g_autoptr(SkToolbox) garbled = NULL;

  g_assert_null (missing);
  g_assert_error (error, SK_TOOLBOX_ERROR, SK_TOOLBOX_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent/catalogue.json"));
  g_clear_error (&error);
  garbled = sk_toolbox_new_from_bytes (bytes, "half.json", &error);
  g_assert_null (garbled);
  g_assert_error (error, SK_TOOLBOX_ERROR, SK_TOOLBOX_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "half.json"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/toolbox/builtin", test_builtin);
  g_test_add_func ("/toolbox/icons", test_icons);
  g_test_add_func ("/toolbox/original-from-file", test_original_from_file);
  g_test_add_func ("/toolbox/unreadable", test_unreadable);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/toolbox/broken/%s", broken_cases[i].name);

      g_test_add_data_func (name, &broken_cases[i], test_broken);
    }
  return g_test_run ();
}
