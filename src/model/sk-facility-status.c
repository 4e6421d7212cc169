/* sk-facility-status.c — the "onbekend" rule for imported regions. */
#include "sk-config.h"
#include "sk-facility-status.h"
#include "sk-model-resources.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#define RULE_SCHEMA "samenkaart-verwacht/1"
#define RULE_FILE "reach/voorzieningen-verwacht.json"
/* The source id the marks point to in an imported region.json. */
#define RULE_SOURCE_ID "voorzieningen-verwacht"

struct _SkFacilityRule
{
  double radius_m;
  int min_inhabitants[SK_N_FACILITY_TYPES];   /* -1: not expected */
};

G_DEFINE_QUARK (sk-facility-rule-error-quark, sk_facility_rule_error)

static gboolean
invalid (const char  *file,
         GError     **error,
         const char  *problem)
{
  g_set_error (error, SK_FACILITY_RULE_ERROR, SK_FACILITY_RULE_ERROR_INVALID,
               _("Het bestand “%s” klopt niet: %s"), file, problem);
  return FALSE;
}

static gboolean
parse_radius (const char  *file,
              JsonObject  *root,
              double      *out,
              GError     **error)
{
  JsonObject *radius = json_object_has_member (root, "radius_m")
                         ? json_object_get_object_member (root, "radius_m") : NULL;

  if (radius == NULL || !json_object_has_member (radius, "central"))
    return invalid (file, error, _("“radius_m” met een “central” ontbreekt"));
  *out = json_object_get_double_member (radius, "central");
  if (!(*out > 0 && *out <= 20000))
    return invalid (file, error, _("“radius_m” moet tussen 0 en 20.000 meter liggen"));
  return TRUE;
}

static gboolean
parse_expected (const char      *file,
                JsonObject      *root,
                SkFacilityRule  *rule,
                GError         **error)
{
  JsonObject *expected = json_object_has_member (root, "expected")
                           ? json_object_get_object_member (root, "expected") : NULL;
  JsonObjectIter iter;
  const char *type_id;
  JsonNode *node;

  if (expected == NULL)
    return invalid (file, error, _("“expected” ontbreekt"));
  json_object_iter_init (&iter, expected);
  while (json_object_iter_next (&iter, &type_id, &node))
    {
      SkFacilityType type = sk_facility_type_from_id (type_id);
      JsonObject *entry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      gint64 n;

      if (type == SK_FACILITY_INVALID)
        {
          g_autofree char *problem = g_strdup_printf (_("“%s” is geen bekend soort voorziening"), type_id);
          return invalid (file, error, problem);
        }
      if (entry == NULL || !json_object_has_member (entry, "min_inhabitants"))
        {
          g_autofree char *problem = g_strdup_printf (_("bij “%s” ontbreekt “min_inhabitants”"), type_id);
          return invalid (file, error, problem);
        }
      n = json_object_get_int_member (entry, "min_inhabitants");
      if (n < 1 || n > G_MAXINT)
        {
          g_autofree char *problem = g_strdup_printf (_("“min_inhabitants” van “%s” moet 1 of meer zijn"), type_id);
          return invalid (file, error, problem);
        }
      rule->min_inhabitants[type] = (int) n;
    }
  return TRUE;
}

SkFacilityRule *
sk_facility_rule_new_from_bytes (GBytes      *bytes,
                                 const char  *display_name,
                                 GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(SkFacilityRule) rule = g_new0 (SkFacilityRule, 1);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonNode *root;
  const char *schema;

  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    rule->min_inhabitants[t] = -1;
  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      g_set_error (error, SK_FACILITY_RULE_ERROR, SK_FACILITY_RULE_ERROR_PARSE,
                   _("Het bestand “%s” is beschadigd: %s"), display_name, local_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      invalid (display_name, error, _("het bestand moet één JSON-object bevatten"));
      return NULL;
    }
  schema = json_object_get_string_member_with_default (json_node_get_object (root), "schema", "");
  if (!g_str_equal (schema, RULE_SCHEMA))
    {
      invalid (display_name, error, _("het schema wordt niet ondersteund"));
      return NULL;
    }
  if (!parse_radius (display_name, json_node_get_object (root), &rule->radius_m, error)
      || !parse_expected (display_name, json_node_get_object (root), rule, error))
    return NULL;
  return g_steal_pointer (&rule);
}

SkFacilityRule *
sk_facility_rule_load_default (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  (void) sk_model_get_resource ();
  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/" RULE_FILE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, SK_FACILITY_RULE_ERROR, SK_FACILITY_RULE_ERROR_NOT_FOUND,
                   _("Het bestand “%s” kan niet worden gelezen"), RULE_FILE);
      return NULL;
    }
  return sk_facility_rule_new_from_bytes (bytes, RULE_FILE, error);
}

void
sk_facility_rule_free (SkFacilityRule *self)
{
  g_free (self);
}

int
sk_facility_rule_get_min_inhabitants (SkFacilityRule *self,
                                      SkFacilityType  type)
{
  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, -1);
  return self->min_inhabitants[type];
}

double
sk_facility_rule_get_radius (SkFacilityRule *self)
{
  return self->radius_m;
}

gboolean
sk_facility_rule_is_unknown (SkFacilityRule *self,
                             SkFacilityType  type,
                             int             inhabitants,
                             double          lat,
                             double          lon,
                             const SkLatLon *sites,
                             size_t          n_sites)
{
  int min = sk_facility_rule_get_min_inhabitants (self, type);

  if (min < 0 || inhabitants < min)
    return FALSE;
  for (size_t i = 0; i < n_sites; i++)
    if (sk_geo_haversine_m (lat, lon, sites[i].lat, sites[i].lon) <= self->radius_m)
      return FALSE;
  return TRUE;
}

/* The sites of TYPE among REGION's "facilities". */
static GArray *
sites_of (JsonArray      *facilities,
          SkFacilityType  type)
{
  GArray *sites = g_array_new (FALSE, FALSE, sizeof (SkLatLon));

  for (guint i = 0; facilities != NULL && i < json_array_get_length (facilities); i++)
    {
      JsonObject *f = json_array_get_object_element (facilities, i);
      SkLatLon p;

      if (sk_facility_type_from_id (json_object_get_string_member_with_default (f, "type", "")) != type)
        continue;
      p.lat = json_object_get_double_member_with_default (f, "lat", NAN);
      p.lon = json_object_get_double_member_with_default (f, "lon", NAN);
      g_array_append_val (sites, p);
    }
  return sites;
}

static void
mark (JsonObject *kern,
      const char *type_id)
{
  JsonObject *statuses;
  JsonObject *entry = json_object_new ();

  if (!json_object_has_member (kern, "voorzieningen_status"))
    json_object_set_object_member (kern, "voorzieningen_status", json_object_new ());
  statuses = json_object_get_object_member (kern, "voorzieningen_status");
  json_object_set_string_member (entry, "status", "onbekend");
  json_object_set_string_member (entry, "source", RULE_SOURCE_ID);
  json_object_set_object_member (statuses, type_id, entry);
}

static void
add_rule_source (JsonObject *region)
{
  JsonArray *sources = json_object_get_array_member (region, "sources");
  JsonObject *s = json_object_new ();

  /* Data text, not UI text: the file is the same whatever the language. */
  json_object_set_string_member (s, "id", RULE_SOURCE_ID);
  json_object_set_string_member (s, "title", "Aanname: welke voorzieningen een kern van zijn "
                                             "grootte heeft (data/reach/voorzieningen-verwacht.json)");
  json_object_set_null_member (s, "url");
  json_object_set_string_member (s, "licence", "aanname van Samenkaart");
  json_array_add_object_element (sources, s);
}

static guint
mark_type (SkFacilityRule *self,
           JsonArray      *kernen,
           JsonArray      *facilities,
           SkFacilityType  type)
{
  g_autoptr(GArray) sites = sites_of (facilities, type);
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (kernen); i++)
    {
      JsonObject *k = json_array_get_object_element (kernen, i);
      JsonNode *people = json_object_get_member (k, "inhabitants");
      int inhabitants = people != NULL && !JSON_NODE_HOLDS_NULL (people)
                          ? (int) json_node_get_int (people) : -1;

      if (sk_facility_rule_is_unknown (self, type, inhabitants,
                                       json_object_get_double_member (k, "lat"),
                                       json_object_get_double_member (k, "lon"),
                                       (const SkLatLon *) sites->data, sites->len))
        {
          mark (k, sk_facility_type_to_id (type));
          n++;
        }
    }
  return n;
}

guint
sk_facility_rule_mark_region (SkFacilityRule *self,
                              JsonObject     *region)
{
  JsonArray *kernen = json_object_get_array_member (region, "kernen");
  JsonArray *facilities = json_object_has_member (region, "facilities")
                            ? json_object_get_array_member (region, "facilities") : NULL;
  guint n = 0;

  g_return_val_if_fail (kernen != NULL, 0);
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    if (self->min_inhabitants[t] > 0)
      n += mark_type (self, kernen, facilities, (SkFacilityType) t);
  if (n > 0)
    add_rule_source (region);
  return n;
}

guint
sk_facility_status_mark_imported (JsonObject *region)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkFacilityRule) rule = sk_facility_rule_load_default (&error);

  /* The rule is compiled into the program; failing to read it is a
   * broken build, not something a user's extract can cause. */
  if (rule == NULL)
    {
      g_critical ("%s", error->message);
      return 0;
    }
  return sk_facility_rule_mark_region (rule, region);
}
