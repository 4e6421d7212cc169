/* test-kengetallen.c — data/reach/kengetallen.json: every figure sourced
 * or marked as an assumption, and errors that name file, entry and field. */
#include <gio/gio.h>
#include <string.h>

#include "sk-kengetallen.h"

#define RESOURCE "/io/github/samenkaart/Samenkaart/reach/kengetallen.json"

static void
test_embedded (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  SkSpeeds speeds;

  g_assert_no_error (error);
  /* Domain.md §3: walk ~5 km/h, bike ~15 km/h, e-bike faster. */
  g_assert_cmpfloat (sk_kengetallen_get_speed (k, SK_MODE_LOPEN, SK_ROAD_RESIDENTIAL)->central,
                     ==, 5.0);
  g_assert_cmpfloat (sk_kengetallen_get_speed (k, SK_MODE_FIETS, SK_ROAD_CYCLEWAY)->central,
                     ==, 15.0);
  g_assert_cmpfloat (sk_kengetallen_get_speed (k, SK_MODE_EFIETS, SK_ROAD_CYCLEWAY)->central, >,
                     sk_kengetallen_get_speed (k, SK_MODE_FIETS, SK_ROAD_CYCLEWAY)->central);
  /* A class of its own falls back to the mode's default. */
  g_assert_true (sk_kengetallen_get_speed (k, SK_MODE_FIETS, SK_ROAD_TRACK)
                 != sk_kengetallen_get_speed (k, SK_MODE_FIETS, SK_ROAD_PRIMARY));
  sk_kengetallen_get_speeds (k, &speeds);
  g_assert_cmpfloat (speeds.kmh[SK_MODE_AUTO][SK_ROAD_MOTORWAY], >,
                     speeds.kmh[SK_MODE_AUTO][SK_ROAD_RESIDENTIAL]);
  for (int m = 0; m < SK_N_MODES; m++)
    {
      const SkFigure *d = sk_kengetallen_get_detour (k, (SkMode) m);
      g_assert_true (d->low <= d->central && d->central <= d->high);
      g_assert_cmpfloat (d->low, >=, 1.0);
    }
  /* Every facility type has a norm; each is sourced or an assumption. */
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      const SkFigure *n = sk_kengetallen_get_norm (k, (SkFacilityType) t);

      g_assert_nonnull (n);
      g_assert_cmpstr (n->unit, ==, "min");
      g_assert_true (n->source != NULL || (n->assumption && n->note != NULL));
    }
  g_assert_false (sk_kengetallen_get_norm (k, SK_FACILITY_HUISARTSENPOST)->assumption);
  g_assert_cmpfloat (sk_kengetallen_get_norm (k, SK_FACILITY_HUISARTSENPOST)->central, ==, 30.0);
}

typedef struct
{
  const char *name;
  const char *find;
  const char *replace;
  const char *mentions[2];   /* entry and field */
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "schema", "samenkaart-kengetallen/1", "samenkaart-kengetallen/7", { "schema", NULL } },
  { "no-unit", "\"unit\": \"km/h\", \"assumption\": true,\n                   \"note\": \"Gangbare",
    "\"assumption\": true,\n                   \"note\": \"Gangbare",
    { "speeds.lopen.default", "unit" } },
  { "order", "\"low\": 12.0, \"central\": 15.0, \"high\": 17.6",
    "\"low\": 18.0, \"central\": 15.0, \"high\": 17.6",
    { "speeds.fiets.default", "low" } },
  { "central-text", "\"low\": 1.2, \"central\": 1.3, \"high\": 1.35",
    "\"low\": 1.2, \"central\": \"1.3\", \"high\": 1.35",
    { "detour.auto", "central" } },
  { "unsourced",
    "\"low\": 10.0, \"central\": 15.0, \"high\": 20.0, \"unit\": \"min\", \"assumption\": true,\n"
    "                  \"note\": \"Geen norm gevonden.\" }",
    "\"low\": 10.0, \"central\": 15.0, \"high\": 20.0, \"unit\": \"min\" }",
    { "norms.apotheek", "source" } },
  { "unknown-class", "\"track\": { \"low\": 10.0, \"central\": 12.0",
    "\"spoor\": { \"low\": 10.0, \"central\": 12.0",
    { "speeds.fiets.spoor", NULL } },
};

static void
test_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autoptr(GBytes) orig = g_resources_lookup_data (RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkKengetallen) k = NULL;

  /* Loading the default registers the resource. */
  if (orig == NULL)
    {
      sk_kengetallen_free (sk_kengetallen_load_default (NULL));
      orig = g_resources_lookup_data (RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    }
  text = g_string_new_len (g_bytes_get_data (orig, NULL), (gssize) g_bytes_get_size (orig));
  g_assert_cmpuint (g_string_replace (text, c->find, c->replace, 1), ==, 1);
  bytes = g_bytes_new (text->str, text->len);
  k = sk_kengetallen_new_from_bytes (bytes, "kapot.json", &error);
  g_assert_null (k);
  g_assert_error (error, SK_KENGETALLEN_ERROR, SK_KENGETALLEN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "kapot.json"));
  for (guint i = 0; i < G_N_ELEMENTS (c->mentions) && c->mentions[i] != NULL; i++)
    if (strstr (error->message, c->mentions[i]) == NULL)
      g_error ("“%s” does not mention “%s”", error->message, c->mentions[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kengetallen/embedded", test_embedded);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/kengetallen/broken/%s", broken_cases[i].name);
      g_test_add_data_func (name, &broken_cases[i], test_broken);
    }
  return g_test_run ();
}
