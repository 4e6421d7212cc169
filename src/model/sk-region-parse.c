/* sk-region-parse.c — reading region.json (format: data/regions/README.md)
 * into a region: every entry checked, and every error names the file and
 * the entry. */
#include "sk-json.h"
#include "sk-config.h"
#include "sk-region.h"
#include "sk-region-private.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#define REGION_SCHEMA "samenkaart-region/1"

/* Parsing context: names the file and the entry in every error. */
typedef struct
{
  const char *file;
  char *where;
  SkRegion *region;
} Parser;

static gboolean
fail (Parser      *p,
      GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Parser      *p,
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
                 _("Het regiobestand “%s” klopt niet: %s: %s"), p->file, p->where, problem);
  else
    g_set_error (error, SK_REGION_ERROR, SK_REGION_ERROR_INVALID,
                 _("Het regiobestand “%s” klopt niet: %s"), p->file, problem);
  return FALSE;
}

static void
set_where (Parser     *p,
           const char *what,
           guint       index,
           JsonObject *obj)
{
  const char *name = NULL;

  g_clear_pointer (&p->where, g_free);
  if (obj != NULL && json_object_has_member (obj, "name")
      && JSON_NODE_HOLDS_VALUE (json_object_get_member (obj, "name")))
    name = sk_json_object_get_string (obj, "name", NULL);
  p->where = sk_json_describe_entry (what, index, name);
}

static gboolean
get_string (Parser      *p,
            JsonObject  *obj,
            const char  *field,
            gboolean     required,
            char       **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (obj, field);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return fail (p, error, _("het veld “%s” ontbreekt"), field);
      *out = NULL;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (p, error, _("het veld “%s” moet tekst zijn"), field);
  *out = g_strdup (json_node_get_string (node));
  if (required && **out == '\0')
    {
      g_clear_pointer (out, g_free);
      return fail (p, error, _("het veld “%s” is leeg"), field);
    }
  return TRUE;
}

static gboolean
get_number (Parser      *p,
            JsonObject  *obj,
            const char  *field,
            double       min,
            double       max,
            double      *out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (obj, field);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return fail (p, error, _("het veld “%s” ontbreekt"), field);
  if (!sk_json_node_is_number (node))
    return fail (p, error, _("het veld “%s” moet een getal zijn"), field);
  *out = json_node_get_double (node);
  if (!(*out >= min && *out <= max))
    return fail (p, error, _("het veld “%s” is %g, maar moet tussen %g en %g liggen"),
                 field, *out, min, max);
  return TRUE;
}

/* An optional whole number: -1 when absent or null. */
static gboolean
get_optional_int (Parser      *p,
                  JsonObject  *obj,
                  const char  *field,
                  int         *out,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (obj, field);
  double v;

  *out = -1;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!sk_json_node_is_number (node))
    return fail (p, error, _("het veld “%s” moet een getal zijn"), field);
  v = json_node_get_double (node);
  if (v < 0 || v > G_MAXINT || v != (int) v)
    return fail (p, error, _("het veld “%s” moet een heel getal van 0 of meer zijn"), field);
  *out = (int) v;
  return TRUE;
}

static gboolean
source_exists (SkRegion   *region,
               const char *id)
{
  for (guint i = 0; i < region->sources->len; i++)
    if (g_str_equal (g_array_index (region->sources, SkSource, i).id, id))
      return TRUE;
  return FALSE;
}

/* "source" is one id or an array of ids; each must be listed in "sources". */
static gboolean
get_source_ref (Parser      *p,
                JsonObject  *obj,
                char       **out,
                GError     **error)
{
  JsonNode *node = json_object_get_member (obj, "source");
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return fail (p, error, _("het veld “%s” ontbreekt"), "source");
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
            return fail (p, error, _("het veld “%s” moet tekst zijn"), "source");
          g_strv_builder_add (ids, json_node_get_string (item));
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    g_strv_builder_add (ids, json_node_get_string (node));
  else
    return fail (p, error, _("het veld “%s” moet tekst zijn"), "source");

  strv = g_strv_builder_end (ids);
  if (strv[0] == NULL)
    return fail (p, error, _("het veld “%s” is leeg"), "source");
  for (guint i = 0; strv[i] != NULL; i++)
    if (!source_exists (p->region, strv[i]))
      return fail (p, error, _("de bron “%s” staat niet in de lijst “sources”"), strv[i]);
  *out = g_strjoinv (",", strv);
  return TRUE;
}

static JsonArray *
get_array (Parser      *p,
           JsonObject  *root,
           const char  *field,
           gboolean     required,
           GError     **error)
{
  JsonNode *node = json_object_get_member (root, field);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        fail (p, error, _("het veld “%s” ontbreekt"), field);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (p, error, _("het veld “%s” moet een lijst zijn"), field);
      return NULL;
    }
  return json_node_get_array (node);
}

static JsonObject *
get_entry (Parser      *p,
           JsonArray   *array,
           guint        i,
           const char  *what,
           GError     **error)
{
  JsonNode *node = json_array_get_element (array, i);

  set_where (p, what, i, NULL);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (p, error, _("dit onderdeel moet een object zijn"));
      return NULL;
    }
  set_where (p, what, i, json_node_get_object (node));
  return json_node_get_object (node);
}

static gboolean
parse_sources (Parser      *p,
               JsonObject  *root,
               GError     **error)
{
  JsonArray *array;

  /* A field of the file itself, not of the last entry read before it. */
  g_clear_pointer (&p->where, g_free);
  array = get_array (p, root, "sources", TRUE, error);
  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *obj = get_entry (p, array, i, _("bron"), error);
      SkSource s = { 0 };

      if (obj == NULL)
        return FALSE;
      g_array_append_val (p->region->sources, s);
      SkSource *sp = &g_array_index (p->region->sources, SkSource, i);
      if (!get_string (p, obj, "id", TRUE, &sp->id, error)
          || !get_string (p, obj, "title", TRUE, &sp->title, error)
          || !get_string (p, obj, "url", FALSE, &sp->url, error)
          || !get_string (p, obj, "licence", FALSE, &sp->licence, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_kernen (Parser      *p,
              JsonObject  *root,
              GError     **error)
{
  JsonArray *array;

  /* A field of the file itself, not of the last entry read before it. */
  g_clear_pointer (&p->where, g_free);
  array = get_array (p, root, "kernen", TRUE, error);
  if (array == NULL)
    return FALSE;
  if (json_array_get_length (array) == 0)
    return fail (p, error, _("de lijst “%s” is leeg"), "kernen");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *obj = get_entry (p, array, i, _("kern"), error);
      SkKern k = { 0 };

      if (obj == NULL)
        return FALSE;
      sk_bbox_init_empty (&k.outline_bbox);
      k.within_kern = -1;
      g_array_append_val (p->region->kernen, k);
      SkKern *kp = &g_array_index (p->region->kernen, SkKern, i);
      if (!get_string (p, obj, "id", TRUE, &kp->id, error)
          || !get_string (p, obj, "name", TRUE, &kp->name, error)
          || !get_number (p, obj, "lat", -90, 90, &kp->lat, error)
          || !get_number (p, obj, "lon", -180, 180, &kp->lon, error)
          || !get_optional_int (p, obj, "inhabitants", &kp->inhabitants, error)
          || !get_optional_int (p, obj, "inhabitants_year", &kp->inhabitants_year, error)
          || !get_string (p, obj, "municipality", FALSE, &kp->municipality, error)
          || !get_string (p, obj, "province", FALSE, &kp->province, error)
          || !get_source_ref (p, obj, &kp->source, error))
        return FALSE;
      if (kp->inhabitants_year < 0)
        kp->inhabitants_year = 0;
      if (g_hash_table_contains (p->region->kern_index, kp->id))
        return fail (p, error, _("de id “%s” komt twee keer voor"), kp->id);
      g_hash_table_insert (p->region->kern_index, kp->id, GUINT_TO_POINTER (i + 1));
      sk_bbox_extend (&p->region->bbox, kp->lat, kp->lon);
    }
  return TRUE;
}

static gboolean
parse_facilities (Parser      *p,
                  JsonObject  *root,
                  GError     **error)
{
  JsonArray *array;

  /* A field of the file itself, not of the last entry read before it. */
  g_clear_pointer (&p->where, g_free);
  array = get_array (p, root, "facilities", FALSE, error);
  if (array == NULL)
    return error == NULL || *error == NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *obj = get_entry (p, array, i, _("voorziening"), error);
      g_autofree char *type = NULL;
      g_autofree char *kern = NULL;
      g_autofree char *position = NULL;
      SkFacility f = { 0 };

      if (obj == NULL)
        return FALSE;
      f.kern = -1;
      g_array_append_val (p->region->facilities, f);
      SkFacility *fp = &g_array_index (p->region->facilities, SkFacility, i);
      if (!get_string (p, obj, "type", TRUE, &type, error)
          || !get_string (p, obj, "name", TRUE, &fp->name, error)
          || !get_number (p, obj, "lat", -90, 90, &fp->lat, error)
          || !get_number (p, obj, "lon", -180, 180, &fp->lon, error)
          || !get_string (p, obj, "kern", FALSE, &kern, error)
          || !get_string (p, obj, "position", FALSE, &position, error)
          || !get_source_ref (p, obj, &fp->source, error))
        return FALSE;
      fp->type = sk_facility_type_from_id (type);
      if (fp->type == SK_FACILITY_INVALID)
        return fail (p, error, _("“%s” is geen bekend soort voorziening"), type);
      if (kern != NULL && (fp->kern = sk_region_find_kern (p->region, kern)) < 0)
        return fail (p, error, _("de kern “%s” bestaat niet"), kern);
      /* "postcode": at the centre of the address's 4-digit postcode area
       * (a town's practices in their own quarter, not all on the kern's
       * point); still schematic, only nearer than "kern". */
      if (position != NULL && !g_str_equal (position, "exact") && !g_str_equal (position, "kern")
          && !g_str_equal (position, "postcode"))
        return fail (p, error, _("het veld “%s” moet “exact”, “postcode” of “kern” zijn"), "position");
      fp->exact = position == NULL || g_str_equal (position, "exact");
      fp->postcode = position != NULL && g_str_equal (position, "postcode");
    }
  return TRUE;
}

/* Counts the facilities of TYPE that name kern KERN. */
static guint
count_in_kern (SkRegion       *region,
               int             kern,
               SkFacilityType  type)
{
  guint n = 0;

  for (guint i = 0; i < region->facilities->len; i++)
    {
      const SkFacility *f = &g_array_index (region->facilities, SkFacility, i);
      n += f->kern == kern && f->type == type;
    }
  return n;
}

/* One entry of a kern's "voorzieningen_status": {"status": …, "source": …}.
 * "bekend" and "geen" need a source and must agree with the facilities. */
static gboolean
parse_status_entry (Parser      *p,
                    int          kern,
                    const char  *type_id,
                    JsonNode    *node,
                    GError     **error)
{
  SkFacilityType type = sk_facility_type_from_id (type_id);
  g_autofree char *status_id = NULL;
  StatusEntry *e;
  guint n;

  if (type == SK_FACILITY_INVALID)
    return fail (p, error, _("“%s” is geen bekend soort voorziening"), type_id);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (p, error, _("de status van “%s” moet een object met “status” en “source” zijn"),
                 type_id);
  e = &p->region->statuses[kern * SK_N_FACILITY_TYPES + type];
  if (!get_string (p, json_node_get_object (node), "status", TRUE, &status_id, error))
    return FALSE;
  e->status = sk_facility_status_from_id (status_id);
  if (e->status == SK_FACILITY_STATUS_NOT_RECORDED)
    return fail (p, error, _("de status “%s” van “%s” moet “bekend”, “geen”, “onbekend” of "
                             "“onvolledig” zijn"),
                 status_id, type_id);
  if ((e->status != SK_FACILITY_STATUS_UNKNOWN
       || json_object_has_member (json_node_get_object (node), "source"))
      && !get_source_ref (p, json_node_get_object (node), &e->source, error))
    return FALSE;
  n = count_in_kern (p->region, kern, type);
  if ((e->status == SK_FACILITY_STATUS_KNOWN || e->status == SK_FACILITY_STATUS_INCOMPLETE)
      && n == 0)
    return fail (p, error, _("“%s” staat op “%s”, maar er staat geen voorziening van die "
                             "soort in deze kern"), type_id, status_id);
  if (e->status != SK_FACILITY_STATUS_KNOWN && e->status != SK_FACILITY_STATUS_INCOMPLETE
      && n > 0)
    return fail (p, error, _("“%s” staat op “%s”, maar er staat een voorziening van die soort "
                             "in deze kern; zet de status op “bekend”"), type_id, status_id);
  return TRUE;
}

/* The kernen's "voorzieningen_status", read after the facilities so that
 * each status can be checked against them. */
static gboolean
parse_statuses (Parser      *p,
                JsonObject  *root,
                GError     **error)
{
  JsonArray *array = json_object_get_array_member (root, "kernen");

  p->region->statuses = g_new0 (StatusEntry, p->region->kernen->len * SK_N_FACILITY_TYPES);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *obj = get_entry (p, array, i, _("kern"), error);
      JsonNode *node = json_object_get_member (obj, "voorzieningen_status");
      JsonObjectIter iter;
      const char *type_id;
      JsonNode *value;

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (p, error, _("het veld “%s” moet een object zijn"), "voorzieningen_status");
      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &type_id, &value))
        if (!parse_status_entry (p, (int) i, type_id, value, error))
          return FALSE;
    }
  return TRUE;
}

static gboolean
parse_class (const char  *id,
             SkLineClass *out)
{
  static const char *const ids[] = {
    "river", "stream", "canal", "motorway", "primary", "secondary", "tertiary", "railway",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    if (g_str_equal (id, ids[i]))
      {
        *out = (SkLineClass) i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
parse_points (Parser      *p,
              JsonObject  *obj,
              SkLine      *line,
              GError     **error)
{
  JsonArray *array = get_array (p, obj, "points", TRUE, error);
  guint n;

  if (array == NULL)
    return FALSE;
  n = json_array_get_length (array);
  if (n < 2)
    return fail (p, error, _("een lijn heeft minstens twee punten nodig"));
  line->points = g_new0 (SkLatLon, n);
  line->n_points = n;
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonArray *pair = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

      if (pair == NULL || json_array_get_length (pair) != 2
          || !sk_json_node_is_number (json_array_get_element (pair, 0))
          || !sk_json_node_is_number (json_array_get_element (pair, 1)))
        return fail (p, error, _("punt %u moet [lengtegraad, breedtegraad] zijn"), i + 1);
      line->points[i].lon = json_array_get_double_element (pair, 0);
      line->points[i].lat = json_array_get_double_element (pair, 1);
      if (fabs (line->points[i].lat) > 90 || fabs (line->points[i].lon) > 180)
        return fail (p, error, _("punt %u ligt niet op aarde"), i + 1);
    }
  return TRUE;
}

static gboolean
parse_lines (Parser      *p,
             JsonObject  *root,
             const char  *field,
             const char  *what,
             const char  *class_field,
             gboolean     water,
             GError     **error)
{
  JsonArray *array;

  /* A field of the file itself, not of the last entry read before it. */
  g_clear_pointer (&p->where, g_free);
  array = get_array (p, root, field, FALSE, error);
  if (array == NULL)
    return error == NULL || *error == NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *obj = get_entry (p, array, i, what, error);
      g_autofree char *klass = NULL;
      SkLine l = { 0 };

      if (obj == NULL)
        return FALSE;
      g_array_append_val (p->region->lines, l);
      SkLine *lp = &g_array_index (p->region->lines, SkLine, p->region->lines->len - 1);
      if (!get_string (p, obj, "id", TRUE, &lp->id, error)
          || !get_string (p, obj, "name", FALSE, &lp->name, error)
          || !get_string (p, obj, class_field, TRUE, &klass, error)
          || !parse_points (p, obj, lp, error)
          || !get_source_ref (p, obj, &lp->source, error))
        return FALSE;
      if (!parse_class (klass, &lp->klass) || sk_line_class_is_water (lp->klass) != water)
        return fail (p, error, _("“%s” is geen bekend soort lijn"), klass);
      lp->schematic = json_object_get_boolean_member_with_default (obj, "schematic", FALSE);
    }
  return TRUE;
}

static gboolean
parse_root (Parser      *p,
            JsonNode    *node,
            GError     **error)
{
  JsonObject *root;
  g_autofree char *schema = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (p, error, _("het bestand moet één JSON-object bevatten"));
  root = json_node_get_object (node);
  if (!get_string (p, root, "schema", TRUE, &schema, error))
    return FALSE;
  if (!g_str_equal (schema, REGION_SCHEMA))
    return fail (p, error, _("het schema “%s” wordt niet ondersteund (verwacht: “%s”)"),
                 schema, REGION_SCHEMA);
  return get_string (p, root, "id", TRUE, &p->region->id, error)
         && get_string (p, root, "name", TRUE, &p->region->name, error)
         && get_string (p, root, "description", FALSE, &p->region->description, error)
         && parse_sources (p, root, error)
         && parse_kernen (p, root, error)
         && parse_facilities (p, root, error)
         && parse_statuses (p, root, error)
         && parse_lines (p, root, "streams", _("waterloop"), "kind", TRUE, error)
         && parse_lines (p, root, "roads", _("weg"), "class", FALSE, error);
}

gboolean
sk_region_parse (SkRegion    *region,
                 JsonNode    *root,
                 const char  *file,
                 GError     **error)
{
  Parser p = { file, NULL, region };
  gboolean ok = parse_root (&p, root, error);

  g_free (p.where);
  return ok;
}
