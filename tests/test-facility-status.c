/* test-facility-status.c — the rule that makes an imported region say
 * "onbekend": a kern large enough to expect a type, with none of it in
 * OSM within the radius. Worked by hand: at 52.70 N, 0.01° of longitude
 * is 673.8 m (haversine, R = 6 371 008.8 m). */
#include <glib.h>

#include "sk-facility-status.h"
#include "sk-region.h"

static SkFacilityRule *
rule_from (const char *text,
           GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return sk_facility_rule_new_from_bytes (bytes, "regel.json", error);
}

static const char rule_json[] =
  "{ \"schema\": \"samenkaart-verwacht/1\","
  "  \"radius_m\": { \"central\": 1000, \"assumption\": true },"
  "  \"expected\": { \"huisarts\": { \"min_inhabitants\": 2000, \"assumption\": true } } }";

static void
test_rule (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkFacilityRule) rule = rule_from (rule_json, &error);
  SkLatLon near[] = { { 52.70, 6.21 } };   /* 674 m east */
  SkLatLon far[] = { { 52.70, 6.22 } };    /* 1348 m east */

  g_assert_no_error (error);
  g_assert_cmpfloat (sk_facility_rule_get_radius (rule), ==, 1000);
  g_assert_cmpint (sk_facility_rule_get_min_inhabitants (rule, SK_FACILITY_HUISARTS), ==, 2000);
  g_assert_cmpint (sk_facility_rule_get_min_inhabitants (rule, SK_FACILITY_APOTHEEK), ==, -1);
  /* 2500 inhabitants, a GP 674 m away: it is the kern's. */
  g_assert_false (sk_facility_rule_is_unknown (rule, SK_FACILITY_HUISARTS, 2500, 52.70, 6.20, near, 1));
  /* The nearest GP 1348 m away, beyond the radius: not known. */
  g_assert_true (sk_facility_rule_is_unknown (rule, SK_FACILITY_HUISARTS, 2500, 52.70, 6.20, far, 1));
  g_assert_true (sk_facility_rule_is_unknown (rule, SK_FACILITY_HUISARTS, 2000, 52.70, 6.20, NULL, 0));
  /* Too small to expect one, or no count: no judgement. */
  g_assert_false (sk_facility_rule_is_unknown (rule, SK_FACILITY_HUISARTS, 1999, 52.70, 6.20, NULL, 0));
  g_assert_false (sk_facility_rule_is_unknown (rule, SK_FACILITY_HUISARTS, -1, 52.70, 6.20, NULL, 0));
  /* A type the rule does not expect anywhere. */
  g_assert_false (sk_facility_rule_is_unknown (rule, SK_FACILITY_APOTHEEK, 90000, 52.70, 6.20, NULL, 0));
}

/* On a region.json: the mark, its source, and the region still loads. */
static void
test_mark_region (void)
{
  static const char region_json[] =
    "{ \"schema\": \"samenkaart-region/1\", \"id\": \"t\", \"name\": \"T\","
    "  \"sources\": [ { \"id\": \"osm\", \"title\": \"OSM\", \"licence\": \"ODbL 1.0\" } ],"
    "  \"kernen\": ["
    "    { \"id\": \"groot\", \"name\": \"Groot\", \"lat\": 52.70, \"lon\": 6.20, \"inhabitants\": 2500, \"source\": \"osm\" },"
    "    { \"id\": \"ver\", \"name\": \"Ver\", \"lat\": 52.70, \"lon\": 6.30, \"inhabitants\": 3000, \"source\": \"osm\" },"
    "    { \"id\": \"klein\", \"name\": \"Klein\", \"lat\": 52.70, \"lon\": 6.40, \"inhabitants\": 300, \"source\": \"osm\" } ],"
    "  \"facilities\": ["
    "    { \"type\": \"huisarts\", \"name\": \"H\", \"lat\": 52.70, \"lon\": 6.21, \"source\": \"osm\" } ] }";
  g_autoptr(SkFacilityRule) rule = rule_from (rule_json, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  JsonObject *root;
  const char *source = NULL;

  g_assert_true (json_parser_load_from_data (parser, region_json, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  /* Only "Ver": 3000 inhabitants and the GP 6.7 km away. */
  g_assert_cmpuint (sk_facility_rule_mark_region (rule, root), ==, 1);
  json_generator_set_root (gen, json_parser_get_root (parser));
  text = json_generator_to_data (gen, NULL);
  bytes = g_bytes_new (text, strlen (text));
  region = sk_region_new_from_bytes (bytes, "t.json", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_region_get_facility_status (region, 1, SK_FACILITY_HUISARTS, &source), ==,
                   SK_FACILITY_STATUS_UNKNOWN);
  g_assert_cmpstr (source, ==, "voorzieningen-verwacht");
  g_assert_cmpint (sk_region_get_facility_status (region, 0, SK_FACILITY_HUISARTS, NULL), ==,
                   SK_FACILITY_STATUS_NOT_RECORDED);
  g_assert_cmpint (sk_region_get_facility_status (region, 2, SK_FACILITY_HUISARTS, NULL), ==,
                   SK_FACILITY_STATUS_NOT_RECORDED);
  g_assert_cmpuint (sk_region_get_n_sources (region), ==, 2);
  g_assert_cmpstr (sk_region_get_source (region, 1)->id, ==, "voorzieningen-verwacht");
}

typedef struct
{
  const char *name;
  const char *text;
  int code;
  const char *mentions;
} BrokenRule;

static const BrokenRule broken_rules[] = {
  { "not-json", "{ schema", SK_FACILITY_RULE_ERROR_PARSE, "regel.json" },
  { "schema", "{ \"schema\": \"x\", \"radius_m\": { \"central\": 1 }, \"expected\": {} }",
    SK_FACILITY_RULE_ERROR_INVALID, "schema" },
  { "radius", "{ \"schema\": \"samenkaart-verwacht/1\", \"radius_m\": { \"central\": -5 }, \"expected\": {} }",
    SK_FACILITY_RULE_ERROR_INVALID, "radius_m" },
  { "type", "{ \"schema\": \"samenkaart-verwacht/1\", \"radius_m\": { \"central\": 1000 },"
            "  \"expected\": { \"kerk\": { \"min_inhabitants\": 10 } } }",
    SK_FACILITY_RULE_ERROR_INVALID, "kerk" },
  { "min", "{ \"schema\": \"samenkaart-verwacht/1\", \"radius_m\": { \"central\": 1000 },"
           "  \"expected\": { \"huisarts\": { \"note\": \"x\" } } }",
    SK_FACILITY_RULE_ERROR_INVALID, "min_inhabitants" },
};

static void
test_broken (gconstpointer data)
{
  const BrokenRule *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkFacilityRule) rule = rule_from (b->text, &error);

  g_assert_null (rule);
  g_assert_error (error, SK_FACILITY_RULE_ERROR, b->code);
  g_assert_nonnull (strstr (error->message, "regel.json"));
  g_assert_nonnull (strstr (error->message, b->mentions));
}

/* The embedded rule loads and expects the everyday types. */
static void
test_default (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkFacilityRule) rule = sk_facility_rule_load_default (&error);

  g_assert_no_error (error);
  g_assert_cmpint (sk_facility_rule_get_min_inhabitants (rule, SK_FACILITY_HUISARTS), >, 0);
  g_assert_cmpint (sk_facility_rule_get_min_inhabitants (rule, SK_FACILITY_SUPERMARKT), >, 0);
  g_assert_cmpint (sk_facility_rule_get_min_inhabitants (rule, SK_FACILITY_BASISSCHOOL), >, 0);
  g_assert_cmpfloat (sk_facility_rule_get_radius (rule), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/facility-status/rule", test_rule);
  g_test_add_func ("/facility-status/mark-region", test_mark_region);
  g_test_add_func ("/facility-status/default", test_default);
  for (guint i = 0; i < G_N_ELEMENTS (broken_rules); i++)
    {
      g_autofree char *name = g_strdup_printf ("/facility-status/broken/%s", broken_rules[i].name);
      g_test_add_data_func (name, &broken_rules[i], test_broken);
    }
  return g_test_run ();
}
