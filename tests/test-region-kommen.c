/* test-region-kommen.c — kommen.json next to region.json: kom outlines,
 * CBS inhabitants with their definition, municipalities, population
 * points; and a broken kommen.json. */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sk-region.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

/* A region directory in a new temporary directory: the mini region and
 * KOMMEN_TEXT as its kommen.json. */
static char *
make_region_dir (const char *kommen_text)
{
  g_autofree char *region_path = fixture_path ("mini-region.json");
  g_autofree char *region_text = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sk-kommen-XXXXXX", NULL);
  g_autofree char *json = g_build_filename (dir, "region.json", NULL);
  g_autofree char *kommen = g_build_filename (dir, "kommen.json", NULL);

  g_assert_true (g_file_get_contents (region_path, &region_text, NULL, NULL));
  g_assert_true (g_file_set_contents (json, region_text, -1, NULL));
  g_assert_true (g_file_set_contents (kommen, kommen_text, -1, NULL));
  return g_steal_pointer (&dir);
}

static void
remove_region_dir (const char *dir)
{
  g_autofree char *json = g_build_filename (dir, "region.json", NULL);
  g_autofree char *kommen = g_build_filename (dir, "kommen.json", NULL);

  g_unlink (json);
  g_unlink (kommen);
  g_rmdir (dir);
}

static char *
kommen_fixture_text (void)
{
  g_autofree char *path = fixture_path ("mini-kommen.json");
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_fixture (void)
{
  g_autofree char *text = kommen_fixture_text ();
  g_autofree char *dir = make_region_dir (text);
  g_autofree char *plain_path = fixture_path ("mini-region.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load (dir, &error);
  g_autoptr(SkRegion) plain = sk_region_load (plain_path, NULL);
  const SkKern *a, *b;

  g_assert_no_error (error);
  a = sk_region_get_kern (region, 0);
  /* The kom's CBS figure replaces the woonplaats figure, and says so. */
  g_assert_cmpint (a->inhabitants, ==, 400);
  g_assert_cmpint (a->inhabitants_year, ==, 2025);
  g_assert_cmpint (a->inhabitants_definition, ==, SK_INHABITANTS_BEBOUWDE_KOM);
  g_assert_cmpstr (a->source, ==, "kom-test,test");
  g_assert_cmpstr (a->municipality, ==, "Testgemeente");
  g_assert_cmpstr (a->municipality_code, ==, "GM9999");
  g_assert_cmpuint (a->n_outline, ==, 1);
  g_assert_cmpuint (a->outline[0].n_points, ==, 4);
  /* [lon, lat] in the file. */
  g_assert_cmpfloat (a->outline[0].points[1].lat, ==, 52.695);
  g_assert_cmpfloat (a->outline[0].points[1].lon, ==, 6.21);
  g_assert_cmpuint (a->n_buurten, ==, 2);
  g_assert_cmpstr (a->buurten[1].name, ==, "Noord");
  g_assert_cmpint (a->buurten[1].inhabitants, ==, 100);
  g_assert_cmpuint (a->n_population, ==, 2);
  g_assert_cmpfloat (a->population[1].lat, ==, 52.71);
  g_assert_cmpfloat (a->population[1].people, ==, 100);

  /* B-dorp: only its municipality; its own figure and place stay. */
  b = sk_region_get_kern (region, 1);
  g_assert_cmpint (b->inhabitants, ==, 3000);
  g_assert_cmpint (b->inhabitants_definition, ==, SK_INHABITANTS_WOONPLAATS);
  g_assert_cmpstr (b->municipality, ==, "Andere gemeente");
  g_assert_null (b->municipality_code);
  g_assert_cmpuint (b->n_outline, ==, 0);
  g_assert_cmpuint (b->n_population, ==, 1);
  g_assert_cmpfloat (b->population[0].lat, ==, b->lat);
  g_assert_cmpfloat (b->population[0].people, ==, 3000);

  /* C-gehucht lies in A-dorp's kom: its people are in A-dorp's 400. */
  g_assert_cmpint (sk_region_get_kern (region, 2)->inhabitants_definition, ==, SK_INHABITANTS_WITHIN_KOM);
  g_assert_cmpint (sk_region_get_kern (region, 2)->within_kern, ==, 0);
  g_assert_cmpint (sk_region_get_kern (region, 2)->inhabitants, ==, 0);
  g_assert_cmpint (b->within_kern, ==, -1);
  g_assert_cmpint (sk_region_get_inhabitants (region), ==, 3400);
  g_assert_cmpuint (sk_region_get_n_sources (region), ==, sk_region_get_n_sources (plain) + 1);
  /* The outline reaches further north than any kern. */
  g_assert_cmpfloat (sk_region_get_bbox (region)->north, ==, 52.715);
  /* The data behind a session differ, so the hash does too. */
  g_assert_cmpstr (sk_region_get_content_hash (region), !=, sk_region_get_content_hash (plain));
  remove_region_dir (dir);
}

static void
test_without_kommen (void)
{
  g_autofree char *path = fixture_path ("mini-region.json");
  g_autoptr(SkRegion) region = sk_region_load (path, NULL);
  const SkKern *c = sk_region_get_kern (region, 2);

  /* Every kern gets one population point: itself. Unknown inhabitants: 0 people. */
  g_assert_cmpuint (c->n_population, ==, 1);
  g_assert_cmpfloat (c->population[0].people, ==, 0);
  g_assert_cmpint (c->inhabitants_definition, ==, SK_INHABITANTS_WOONPLAATS);
  g_assert_cmpstr (sk_inhabitants_definition_to_id (c->inhabitants_definition), ==, "woonplaats");
}

static void
test_embedded (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", &error);
  /* TOP10NL bebouwde kommen with their CBS inhabitants of 1 July 2025. */
  const struct { const char *id; int inhabitants; const char *municipality; } kommen[] = {
    { "meppel", 31890, "Meppel" },
    { "staphorst", 9465, "Staphorst" },
    { "rouveen", 3900, "Staphorst" },
    { "ijhorst", 930, "Staphorst" },
    { "hoogeveen", 40650, "Hoogeveen" },
  };
  const SkKern *ruinen;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (kommen); i++)
    {
      const SkKern *k = sk_region_get_kern (region, sk_region_find_kern (region, kommen[i].id));
      double people = 0;

      g_assert_cmpint (k->inhabitants, ==, kommen[i].inhabitants);
      g_assert_cmpint (k->inhabitants_year, ==, 2025);
      g_assert_cmpint (k->inhabitants_definition, ==, SK_INHABITANTS_BEBOUWDE_KOM);
      g_assert_cmpstr (k->municipality, ==, kommen[i].municipality);
      g_assert_cmpuint (k->n_outline, >=, 1);
      g_assert_cmpuint (k->outline[0].n_points, >=, 10);
      /* People live all over the kom, and all of them are placed. */
      g_assert_cmpuint (k->n_population, >=, 3);
      for (size_t p = 0; p < k->n_population; p++)
        people += k->population[p].people;
      g_assert_cmpfloat (fabs (people - k->inhabitants), <=, 0.01 * k->inhabitants + 5);
    }
  /* Meppel's wijken and buurten came along. */
  g_assert_cmpuint (sk_region_get_kern (region, sk_region_find_kern (region, "meppel"))->n_buurten,
                    >=, 20);
  /* Noordscheschut has no kom of its own: it lies in Hoogeveen's, and counts there. */
  g_assert_cmpint (sk_region_get_kern (region, sk_region_find_kern (region, "noordscheschut"))->within_kern,
                   ==, sk_region_find_kern (region, "hoogeveen"));
  /* Ruinen is not in TOP10NL here: the woonplaats figure stays, said as such. */
  ruinen = sk_region_get_kern (region, sk_region_find_kern (region, "ruinen"));
  g_assert_cmpint (ruinen->inhabitants, ==, 3695);
  g_assert_cmpint (ruinen->inhabitants_definition, ==, SK_INHABITANTS_WOONPLAATS);
  g_assert_cmpuint (ruinen->n_outline, ==, 0);
  g_assert_cmpstr (ruinen->municipality_code, ==, "GM1690");
  /* Every kern has its 2026 municipality. */
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    g_assert_true (g_str_has_prefix (sk_region_get_kern (region, i)->municipality_code, "GM"));
}

typedef struct
{
  const char *name;
  const char *find;
  const char *replace;
  int code;
  const char *mentions[2];
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "not-json", "\"schema\"", "schema", SK_REGION_ERROR_PARSE, { NULL } },
  { "schema", "samenkaart-kommen/1", "samenkaart-kommen/7", SK_REGION_ERROR_INVALID,
    { "samenkaart-kommen/7", NULL } },
  { "unknown-kern", "\"kern\": \"b-dorp\"", "\"kern\": \"z-dorp\"", SK_REGION_ERROR_INVALID,
    { "z-dorp", NULL } },
  { "twice", "\"kern\": \"b-dorp\"", "\"kern\": \"a-dorp\"", SK_REGION_ERROR_INVALID,
    { "kern 2", "a-dorp" } },
  { "definition", "\"bebouwde-kom\"", "\"stad\"", SK_REGION_ERROR_INVALID, { "stad", "a-dorp" } },
  { "inhabitants", "\"inhabitants\": 400", "\"inhabitants\": -4", SK_REGION_ERROR_INVALID,
    { "inhabitants", "a-dorp" } },
  { "source", "\"source\": \"kom-test\"", "\"source\": \"elders\"", SK_REGION_ERROR_INVALID,
    { "elders", NULL } },
  { "ring", "[[[6.19, 52.695], [6.21, 52.695], [6.21, 52.715], [6.19, 52.715]]]",
    "[[[6.19, 52.695], [6.21, 52.695]]]", SK_REGION_ERROR_INVALID, { "a-dorp", NULL } },
  { "point", "[6.21, 52.715]", "[52.715, 186.21]", SK_REGION_ERROR_INVALID, { "a-dorp", NULL } },
  { "people", "[6.20, 52.71, 100]", "[6.20, 52.71, -100]", SK_REGION_ERROR_INVALID,
    { "a-dorp", NULL } },
  /* 100,000 nested lists would overflow json-glib's stack: refused first. */
  { "deep", "\"kernen\": [", "\"deep\": DEEP, \"kernen\": [", SK_REGION_ERROR_PARSE, { "genest", NULL } },
  { "within", "\"within\": \"a-dorp\"", "\"within\": \"x-dorp\"", SK_REGION_ERROR_INVALID,
    { "c-gehucht", "x-dorp" } },
};

static void
test_broken (gconstpointer data)
{
  const BrokenCase *bc = data;
  g_autofree char *text = kommen_fixture_text ();
  g_autoptr(GString) broken = g_string_new (text);
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;

  g_assert_cmpuint (g_string_replace (broken, bc->find, bc->replace, 1), ==, 1);
  if (strstr (broken->str, "DEEP") != NULL)
    {
      g_autoptr(GString) deep = g_string_new (NULL);

      for (int i = 0; i < 100000; i++)
        g_string_append_c (deep, '[');
      for (int i = 0; i < 100000; i++)
        g_string_append_c (deep, ']');
      g_string_replace (broken, "DEEP", deep->str, 1);
    }
  dir = make_region_dir (broken->str);
  region = sk_region_load (dir, &error);
  g_assert_null (region);
  g_assert_error (error, SK_REGION_ERROR, bc->code);
  /* The message names the kommen file, and what in it is wrong. */
  g_assert_nonnull (strstr (error->message, "kommen.json"));
  for (guint i = 0; i < G_N_ELEMENTS (bc->mentions) && bc->mentions[i]; i++)
    if (strstr (error->message, bc->mentions[i]) == NULL)
      g_error ("“%s” does not mention “%s”", error->message, bc->mentions[i]);
  remove_region_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/region-kommen/fixture", test_fixture);
  g_test_add_func ("/region-kommen/without", test_without_kommen);
  g_test_add_func ("/region-kommen/embedded", test_embedded);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/region-kommen/broken/%s", broken_cases[i].name);
      g_test_add_data_func (name, &broken_cases[i], test_broken);
    }
  return g_test_run ();
}
