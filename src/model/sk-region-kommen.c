/* sk-region-kommen.c — kommen.json: per kern its bebouwde kom outline,
 * CBS inhabitants, municipality and where its people live (format:
 * data/regions/README.md). Coordinates are WGS84 [lon, lat] as in GeoJSON.
 */
#include "sk-config.h"
#include "sk-json.h"
#include "sk-region-private.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

typedef struct
{
  const char *file;
  char *where;       /* "kern 3 (“meppel”)", or NULL */
} KParser;

static gboolean
kfail (KParser     *p,
       GError     **error,
       const char  *format,
       ...) G_GNUC_PRINTF (3, 4);

static gboolean
kfail (KParser     *p,
       GError     **error,
       const char  *format,
       ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);
  if (p->where != NULL)
    g_set_error (error, SK_REGION_ERROR, SK_REGION_ERROR_INVALID,
                 _("Het bestand met kommen “%s” klopt niet: %s: %s"), p->file, p->where, problem);
  else
    g_set_error (error, SK_REGION_ERROR, SK_REGION_ERROR_INVALID,
                 _("Het bestand met kommen “%s” klopt niet: %s"), p->file, problem);
  return FALSE;
}

static const char *
opt_string (JsonObject *obj,
            const char *field)
{
  JsonNode *node = json_object_get_member (obj, field);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonArray *
opt_array (KParser     *p,
           JsonObject  *obj,
           const char  *field,
           gboolean    *ok,
           GError     **error)
{
  JsonNode *node = json_object_get_member (obj, field);

  *ok = TRUE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    *ok = kfail (p, error, _("het veld “%s” moet een lijst zijn"), field);
  return *ok ? json_node_get_array (node) : NULL;
}

/* [lon, lat] or [lon, lat, people] at index I of ARRAY. */
static gboolean
read_position (KParser    *p,
               JsonArray  *array,
               guint       i,
               guint       n_values,
               double     *values,
               GError    **error)
{
  JsonNode *node = json_array_get_element (array, i);
  JsonArray *pair = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

  if (pair == NULL || json_array_get_length (pair) != n_values)
    return kfail (p, error, _("punt %u moet %u getallen hebben"), i + 1, n_values);
  for (guint v = 0; v < n_values; v++)
    {
      if (!sk_json_node_is_number (json_array_get_element (pair, v)))
        return kfail (p, error, _("punt %u moet %u getallen hebben"), i + 1, n_values);
      values[v] = json_array_get_double_element (pair, v);
    }
  if (fabs (values[0]) > 180 || fabs (values[1]) > 90)
    return kfail (p, error, _("punt %u ligt niet op aarde"), i + 1);
  if (n_values > 2 && !(values[2] >= 0 && values[2] < 1e7))
    return kfail (p, error, _("punt %u heeft een aantal inwoners onder nul"), i + 1);
  return TRUE;
}

static gboolean
parse_outline (KParser     *p,
               JsonObject  *obj,
               SkKern      *k,
               SkBBox      *bbox,
               GError     **error)
{
  gboolean ok;
  JsonArray *rings = opt_array (p, obj, "outline", &ok, error);

  if (rings == NULL)
    return ok;
  k->n_outline = json_array_get_length (rings);
  k->outline = g_new0 (SkRing, MAX (k->n_outline, 1));
  for (guint r = 0; r < k->n_outline; r++)
    {
      JsonNode *node = json_array_get_element (rings, r);
      JsonArray *ring = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
      SkRing *out = &k->outline[r];

      if (ring == NULL || json_array_get_length (ring) < 3)
        return kfail (p, error, _("rand %u van de omtrek heeft minder dan drie punten"), r + 1);
      out->n_points = json_array_get_length (ring);
      out->points = g_new (SkLatLon, out->n_points);
      for (guint i = 0; i < out->n_points; i++)
        {
          double v[2];

          if (!read_position (p, ring, i, 2, v, error))
            return FALSE;
          out->points[i] = (SkLatLon) { v[1], v[0] };
          sk_bbox_extend (bbox, v[1], v[0]);
          sk_bbox_extend (&k->outline_bbox, v[1], v[0]);
        }
    }
  return TRUE;
}

static gboolean
parse_population (KParser     *p,
                  JsonObject  *obj,
                  SkKern      *k,
                  GError     **error)
{
  gboolean ok;
  JsonArray *points = opt_array (p, obj, "population", &ok, error);

  if (points == NULL)
    return ok;
  k->n_population = json_array_get_length (points);
  k->population = g_new0 (SkPopPoint, MAX (k->n_population, 1));
  for (guint i = 0; i < k->n_population; i++)
    {
      double v[3];

      if (!read_position (p, points, i, 3, v, error))
        return FALSE;
      k->population[i] = (SkPopPoint) { v[1], v[0], v[2] };
    }
  return TRUE;
}

static gboolean
parse_buurten (KParser     *p,
               JsonObject  *obj,
               SkKern      *k,
               GError     **error)
{
  gboolean ok;
  JsonArray *array = opt_array (p, obj, "buurten", &ok, error);

  if (array == NULL)
    return ok;
  k->n_buurten = json_array_get_length (array);
  k->buurten = g_new0 (SkBuurt, MAX (k->n_buurten, 1));
  for (guint i = 0; i < k->n_buurten; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *b = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *at = b != NULL ? json_object_get_member (b, "at") : NULL;
      JsonArray *wrap;
      double v[2];

      if (b == NULL || opt_string (b, "name") == NULL || opt_string (b, "level") == NULL
          || !sk_json_node_is_number (json_object_get_member (b, "inhabitants"))
          || at == NULL || !JSON_NODE_HOLDS_ARRAY (at))
        return kfail (p, error, _("buurt %u moet een naam, niveau, inwoners en plek hebben"), i + 1);
      k->buurten[i].name = g_strdup (opt_string (b, "name"));
      k->buurten[i].level = g_strdup (opt_string (b, "level"));
      k->buurten[i].inhabitants = (int) json_object_get_int_member (b, "inhabitants");
      /* read_position reads element I of an array: wrap the one point. */
      wrap = json_array_new ();
      json_array_add_element (wrap, json_node_copy (at));
      ok = read_position (p, wrap, 0, 2, v, error);
      json_array_unref (wrap);
      if (!ok)
        return FALSE;
      k->buurten[i].lat = v[1];
      k->buurten[i].lon = v[0];
    }
  return TRUE;
}

static gboolean
source_known (GArray     *sources,
              const char *id)
{
  for (guint i = 0; i < sources->len; i++)
    if (g_str_equal (g_array_index (sources, SkSource, i).id, id))
      return TRUE;
  return FALSE;
}

/* The kern's figure and its definition; the sources are added to the
 * kern's own. */
/* A kern inside another kern's kom: its people are in that kom's CBS
 * figure, so it counts 0 here (it keeps its place and its own reach). */
static gboolean
parse_within (KParser     *p,
              JsonObject  *obj,
              const char  *within,
              const char  *source,
              GArray      *sources,
              GHashTable  *kern_index,
              SkKern      *k,
              GError     **error)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (kern_index, within));
  char *joined;

  if (index == 0 || g_str_equal (within, k->id))
    return kfail (p, error, _("de kern “%s” bestaat niet in de regio"), within);
  if (json_object_has_member (obj, "definition"))
    return kfail (p, error, _("“within” en “definition” gaan niet samen"));
  if (source == NULL || !source_known (sources, source))
    return kfail (p, error, _("de bron “%s” staat niet in de lijst “sources”"),
                  source != NULL ? source : "");
  k->within_kern = (int) index - 1;
  k->inhabitants_definition = SK_INHABITANTS_WITHIN_KOM;
  k->inhabitants = 0;
  k->inhabitants_year = 2025;
  joined = g_strconcat (source, ",", k->source, NULL);
  g_free (k->source);
  k->source = joined;
  return TRUE;
}

static gboolean
parse_inhabitants (KParser     *p,
                   JsonObject  *obj,
                   GArray      *sources,
                   GHashTable  *kern_index,
                   SkKern      *k,
                   GError     **error)
{
  const char *definition = opt_string (obj, "definition");
  const char *source = opt_string (obj, "source");
  const char *within = opt_string (obj, "within");
  JsonNode *inh = json_object_get_member (obj, "inhabitants");
  double v;
  char *joined;

  if (within != NULL)
    return parse_within (p, obj, within, source, sources, kern_index, k, error);
  if (definition == NULL)
    return TRUE;
  if (g_str_equal (definition, "bebouwde-kom"))
    k->inhabitants_definition = SK_INHABITANTS_BEBOUWDE_KOM;
  else if (g_str_equal (definition, "buurtschap"))
    k->inhabitants_definition = SK_INHABITANTS_BUURTSCHAP;
  else
    return kfail (p, error, _("“%s” is geen bekende soort inwonertal"), definition);
  if (!sk_json_node_is_number (inh) || (v = json_node_get_double (inh)) < 0 || v > G_MAXINT
      || v != (int) v)
    return kfail (p, error, _("het veld “%s” moet een heel getal van 0 of meer zijn"), "inhabitants");
  if (source == NULL || !source_known (sources, source))
    return kfail (p, error, _("de bron “%s” staat niet in de lijst “sources”"),
                  source != NULL ? source : "");
  k->inhabitants = (int) v;
  k->inhabitants_year = (int) json_object_get_int_member_with_default (obj, "inhabitants_year", 0);
  joined = g_strconcat (source, ",", k->source, NULL);
  g_free (k->source);
  k->source = joined;
  return TRUE;
}

static gboolean
parse_municipality (KParser     *p,
                    JsonObject  *obj,
                    SkKern      *k,
                    GError     **error)
{
  const char *name = opt_string (obj, "municipality");
  const char *code = opt_string (obj, "municipality_code");

  if (name == NULL)
    return TRUE;
  if (*name == '\0')
    return kfail (p, error, _("het veld “%s” is leeg"), "municipality");
  g_free (k->municipality);
  k->municipality = g_strdup (name);
  g_free (k->municipality_code);
  k->municipality_code = g_strdup (code);
  return TRUE;
}

static gboolean
parse_sources (KParser     *p,
               JsonObject  *root,
               GArray      *sources,
               GError     **error)
{
  gboolean ok;
  JsonArray *array = opt_array (p, root, "sources", &ok, error);

  if (array == NULL)
    return ok ? kfail (p, error, _("het veld “%s” ontbreekt"), "sources") : FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *s = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      SkSource src = { 0 };

      if (s == NULL || opt_string (s, "id") == NULL || opt_string (s, "title") == NULL)
        return kfail (p, error, _("bron %u moet een id en een titel hebben"), i + 1);
      if (source_known (sources, opt_string (s, "id")))
        return kfail (p, error, _("de id “%s” komt twee keer voor"), opt_string (s, "id"));
      src.id = g_strdup (opt_string (s, "id"));
      src.title = g_strdup (opt_string (s, "title"));
      src.url = g_strdup (opt_string (s, "url"));
      src.licence = g_strdup (opt_string (s, "licence"));
      g_array_append_val (sources, src);
    }
  return TRUE;
}

static gboolean
parse_entry (KParser     *p,
             JsonObject  *obj,
             GArray      *kernen,
             GArray      *sources,
             GHashTable  *kern_index,
             GHashTable  *seen,
             SkBBox      *bbox,
             GError     **error)
{
  const char *id = opt_string (obj, "kern");
  guint index;
  SkKern *k;

  if (id == NULL)
    return kfail (p, error, _("het veld “%s” ontbreekt"), "kern");
  index = GPOINTER_TO_UINT (g_hash_table_lookup (kern_index, id));
  if (index == 0)
    return kfail (p, error, _("de kern “%s” bestaat niet in de regio"), id);
  if (!g_hash_table_add (seen, (gpointer) id))
    return kfail (p, error, _("de kern “%s” komt twee keer voor"), id);
  k = &g_array_index (kernen, SkKern, index - 1);
  return parse_inhabitants (p, obj, sources, kern_index, k, error)
         && parse_municipality (p, obj, k, error)
         && parse_outline (p, obj, k, bbox, error)
         && parse_buurten (p, obj, k, error)
         && parse_population (p, obj, k, error);
}

static gboolean
parse_kommen (KParser     *p,
              JsonNode    *root_node,
              GArray      *kernen,
              GArray      *sources,
              GHashTable  *kern_index,
              SkBBox      *bbox,
              GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root;
  JsonArray *array;
  const char *schema;
  gboolean ok;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    return kfail (p, error, _("het bestand moet één JSON-object bevatten"));
  root = json_node_get_object (root_node);
  schema = opt_string (root, "schema");
  if (schema == NULL || !g_str_equal (schema, SK_KOMMEN_SCHEMA))
    return kfail (p, error, _("het schema “%s” wordt niet ondersteund (verwacht: “%s”)"),
                  schema != NULL ? schema : "", SK_KOMMEN_SCHEMA);
  if (!parse_sources (p, root, sources, error))
    return FALSE;
  array = opt_array (p, root, "kernen", &ok, error);
  if (array == NULL)
    return ok ? kfail (p, error, _("het veld “%s” ontbreekt"), "kernen") : FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *obj = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *id = obj != NULL ? opt_string (obj, "kern") : NULL;

      g_clear_pointer (&p->where, g_free);
      p->where = id != NULL ? g_strdup_printf (_("kern %u (“%s”)"), i + 1, id)
                            : g_strdup_printf (_("kern %u"), i + 1);
      if (obj == NULL)
        return kfail (p, error, _("dit onderdeel moet een object zijn"));
      if (!parse_entry (p, obj, kernen, sources, kern_index, seen, bbox, error))
        return FALSE;
    }
  return TRUE;
}

/* json-glib parses recursively without a depth limit (architecture.md):
 * a kommen file nests 5 deep, so anything past 32 is refused before
 * parsing. Brackets inside strings do not count. */
static gboolean
nesting_ok (const char *data,
            gsize       size)
{
  int depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if ((c == '[' || c == '{') && ++depth > 32)
        return FALSE;
      else if (c == ']' || c == '}')
        depth--;
    }
  return TRUE;
}

gboolean
sk_region_kommen_apply (GArray      *kernen,
                        GArray      *sources,
                        GHashTable  *kern_index,
                        SkBBox      *bbox,
                        GBytes      *kommen,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  KParser p = { name, NULL };
  gsize size;
  const char *data = g_bytes_get_data (kommen, &size);
  gboolean ok;

  if (!nesting_ok (data, size))
    {
      g_set_error (error, SK_REGION_ERROR, SK_REGION_ERROR_PARSE,
                   _("Het bestand met kommen “%s” is beschadigd: %s"), name,
                   _("de lijsten zijn te diep genest"));
      return FALSE;
    }
  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      g_set_error (error, SK_REGION_ERROR, SK_REGION_ERROR_PARSE,
                   _("Het bestand met kommen “%s” is beschadigd: %s"), name, local_error->message);
      return FALSE;
    }
  ok = parse_kommen (&p, json_parser_get_root (parser), kernen, sources, kern_index, bbox, error);
  g_free (p.where);
  return ok;
}

/* Kernen that kommen.json did not place get one point: the kern itself. */
void
sk_region_kommen_fill_population (GArray *kernen)
{
  for (guint i = 0; i < kernen->len; i++)
    {
      SkKern *k = &g_array_index (kernen, SkKern, i);

      if (k->n_population > 0)
        continue;
      k->population = g_new (SkPopPoint, 1);
      k->population[0] = (SkPopPoint) { k->lat, k->lon, MAX (0, k->inhabitants) };
      k->n_population = 1;
    }
}

const char *
sk_inhabitants_definition_to_id (SkInhabitantsDefinition definition)
{
  switch (definition)
    {
    case SK_INHABITANTS_BEBOUWDE_KOM:
      return "bebouwde-kom";
    case SK_INHABITANTS_BUURTSCHAP:
      return "buurtschap";
    case SK_INHABITANTS_WITHIN_KOM:
      return "within-kom";
    case SK_INHABITANTS_WOONPLAATS:
    default:
      return "woonplaats";
    }
}

const char *
sk_inhabitants_definition_to_label (SkInhabitantsDefinition definition)
{
  switch (definition)
    {
    case SK_INHABITANTS_BEBOUWDE_KOM:
      return _("bebouwde kom (TOP10NL/CBS, 1 juli 2025)");
    case SK_INHABITANTS_BUURTSCHAP:
      return _("buurtschap (TOP10NL/CBS, 1 juli 2025)");
    case SK_INHABITANTS_WITHIN_KOM:
      return _("telt mee in de bebouwde kom van een andere kern (TOP10NL/CBS, 1 juli 2025)");
    case SK_INHABITANTS_WOONPLAATS:
    default:
      return _("woonplaats volgens de bron (meestal Wikipedia)");
    }
}
