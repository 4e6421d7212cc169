/* sk-fit-rules.c — loading and checking data/fit/regels.json (schema
 * "samenkaart-fit/1", data/fit/SCHEMA.md). Every rule and every distance
 * names its source (a document and a verbatim quote) or says it is an
 * assumption with a note; a file that does neither is refused.
 */
#include "sk-config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "sk-fit-private.h"
#include "sk-json.h"

#define FIT_SCHEMA "samenkaart-fit/1"
#define FIT_RESOURCE RESOURCE_PREFIX "/fit/regels.json"
/* A rules file is a few kilobytes; 4 MiB leaves room and stops a mistake. */
#define FIT_MAX_SIZE (4u << 20)

struct _SkFitRules
{
  GObject parent_instance;
  GArray *documents;     /* SkFitDocument */
  GPtrArray *zones;      /* SkFitZone *, stable addresses for rule->zone */
  GArray *rules;         /* SkFitRule */
  GHashTable *by_kind;   /* kind id → GArray of guint rule indices */
  double kern_radius_m;
  SkFitSource kern_radius_source;
};

G_DEFINE_FINAL_TYPE (SkFitRules, sk_fit_rules, G_TYPE_OBJECT)
G_DEFINE_QUARK (sk-fit-error-quark, sk_fit_error)

typedef struct
{
  const char *file;
  char *where;          /* "regel 2 (“beekdal”)", or NULL */
  SkToolbox *toolbox;
  JsonObject *groups;
} Parser;

static void
clear_source (SkFitSource *s)
{
  g_clear_pointer (&s->document, g_free);
  g_clear_pointer (&s->quote, g_free);
  g_clear_pointer (&s->note, g_free);
}

static void
clear_document (SkFitDocument *d)
{
  g_free (d->id);
  g_free (d->title);
  g_free (d->file);
  g_free (d->url);
}

static void
free_zone (SkFitZone *z)
{
  g_free (z->id);
  g_free (z->name);
  g_free (z->name_en);
  clear_source (&z->distance_source);
  g_free (z->place_named);
  g_free (z->place_named_en);
  g_free (z->place_unnamed);
  g_free (z->place_unnamed_en);
  g_free (z);
}

static void
clear_rule (SkFitRule *r)
{
  g_free (r->id);
  g_strfreev (r->kinds);
  g_free (r->reason);
  g_free (r->reason_en);
  g_free (r->condition);
  g_free (r->condition_en);
  clear_source (&r->source);
}

static void
sk_fit_rules_finalize (GObject *object)
{
  SkFitRules *self = SK_FIT_RULES (object);

  g_array_unref (self->documents);
  g_ptr_array_unref (self->zones);
  g_array_unref (self->rules);
  g_hash_table_unref (self->by_kind);
  clear_source (&self->kern_radius_source);
  G_OBJECT_CLASS (sk_fit_rules_parent_class)->finalize (object);
}

static void
sk_fit_rules_class_init (SkFitRulesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_fit_rules_finalize;
}

static void
sk_fit_rules_init (SkFitRules *self)
{
  self->documents = g_array_new (FALSE, TRUE, sizeof (SkFitDocument));
  g_array_set_clear_func (self->documents, (GDestroyNotify) clear_document);
  self->zones = g_ptr_array_new_with_free_func ((GDestroyNotify) free_zone);
  self->rules = g_array_new (FALSE, TRUE, sizeof (SkFitRule));
  g_array_set_clear_func (self->rules, (GDestroyNotify) clear_rule);
  self->by_kind = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_array_unref);
}

static gboolean
fail (Parser     *p,
      GError    **error,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Parser     *p,
      GError    **error,
      const char *format,
      ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);
  if (p->where != NULL)
    g_set_error (error, SK_FIT_ERROR, SK_FIT_ERROR_INVALID,
                 _("Het regelbestand “%s” klopt niet: %s: %s"), p->file, p->where, problem);
  else
    g_set_error (error, SK_FIT_ERROR, SK_FIT_ERROR_INVALID,
                 _("Het regelbestand “%s” klopt niet: %s"), p->file, problem);
  return FALSE;
}

static void
set_where (Parser     *p,
           const char *what,
           const char *id,
           guint       index)
{
  g_clear_pointer (&p->where, g_free);
  p->where = sk_json_describe_entry (what, index, id);
}

/* A string member; REQUIRED: absent is an error. */
static gboolean
get_string (Parser      *p,
            JsonObject  *obj,
            const char  *field,
            gboolean     required,
            char       **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (obj, field);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return required ? fail (p, error, _("het veld “%s” ontbreekt"), field) : TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING
      || *json_node_get_string (node) == '\0')
    return fail (p, error, _("het veld “%s” moet een tekst zijn"), field);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static JsonObject *
get_object (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *obj,
           const char *field)
{
  JsonNode *node = json_object_get_member (obj, field);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* "document" + "quote", or "assumption": true + "note". */
static gboolean
read_source (Parser      *p,
             SkFitRules  *self,
             JsonObject  *obj,
             SkFitSource *source,
             GError     **error)
{
  JsonNode *a = json_object_get_member (obj, "assumption");
  gboolean known = FALSE;

  source->assumption = a != NULL && JSON_NODE_HOLDS_VALUE (a)
                       && json_node_get_value_type (a) == G_TYPE_BOOLEAN && json_node_get_boolean (a);
  if (!get_string (p, obj, "document", FALSE, &source->document, error)
      || !get_string (p, obj, "quote", FALSE, &source->quote, error)
      || !get_string (p, obj, "note", source->assumption, &source->note, error))
    return FALSE;
  if (source->assumption)
    return TRUE;
  if (source->document == NULL || source->quote == NULL)
    return fail (p, error, _("er staat geen bron bij (“document” en “quote”) en het is ook geen "
                             "aanname (“assumption”: true met een “note”)"));
  for (guint i = 0; i < self->documents->len; i++)
    known |= g_str_equal (g_array_index (self->documents, SkFitDocument, i).id, source->document);
  if (!known)
    return fail (p, error, _("het document “%s” staat niet in “documents”"), source->document);
  return TRUE;
}

static gboolean
read_documents (Parser      *p,
                SkFitRules  *self,
                JsonObject  *root,
                GError     **error)
{
  JsonArray *docs = get_array (root, "documents");

  if (docs == NULL)
    return fail (p, error, _("de lijst “documents” ontbreekt"));
  for (guint i = 0; i < json_array_get_length (docs); i++)
    {
      JsonObject *obj = get_object (json_array_get_element (docs, i));
      SkFitDocument d = { 0 };

      set_where (p, _("document"), NULL, i);
      if (obj == NULL)
        return fail (p, error, _("dit moet een object zijn"));
      if (!get_string (p, obj, "id", TRUE, &d.id, error)
          || !get_string (p, obj, "title", TRUE, &d.title, error)
          || !get_string (p, obj, "file", FALSE, &d.file, error)
          || !get_string (p, obj, "url", FALSE, &d.url, error))
        {
          clear_document (&d);
          return FALSE;
        }
      g_array_append_val (self->documents, d);
    }
  g_clear_pointer (&p->where, g_free);
  return TRUE;
}

static gboolean
read_zone_type (Parser        *p,
                JsonObject    *obj,
                SkFitZoneType *type,
                GError       **error)
{
  g_autofree char *id = NULL;

  if (!get_string (p, obj, "type", TRUE, &id, error))
    return FALSE;
  if (g_str_equal (id, "beek"))
    *type = SK_FIT_ZONE_BEEK;
  else if (g_str_equal (id, "kom"))
    *type = SK_FIT_ZONE_KOM;
  else if (g_str_equal (id, "buiten"))
    *type = SK_FIT_ZONE_BUITEN;
  else
    return fail (p, error, _("het type “%s” bestaat niet; kies “beek”, “kom” of “buiten”"), id);
  return TRUE;
}

/* A distance in metres: a number from 0 to 10 km. */
static gboolean
read_distance (Parser      *p,
               JsonObject  *obj,
               const char  *field,
               double      *out,
               GError     **error)
{
  JsonNode *node = json_object_get_member (obj, field);
  GType t = node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  if (t != G_TYPE_INT64 && t != G_TYPE_DOUBLE)
    return fail (p, error, _("het veld “%s” moet een getal (meters) zijn"), field);
  *out = json_node_get_double (node);
  if (!(*out >= 0 && *out <= 10000))
    return fail (p, error, _("“%s” moet tussen 0 en 10000 m liggen, niet %g"), field, *out);
  return TRUE;
}

static gboolean
read_zone (Parser      *p,
           SkFitRules  *self,
           JsonObject  *obj,
           SkFitZone   *z,
           GError     **error)
{
  return get_string (p, obj, "id", TRUE, &z->id, error)
         && read_zone_type (p, obj, &z->type, error)
         && get_string (p, obj, "name", TRUE, &z->name, error)
         && get_string (p, obj, "name_en", TRUE, &z->name_en, error)
         && read_distance (p, obj, "distance_m", &z->distance_m, error)
         && read_source (p, self, obj, &z->distance_source, error)
         && get_string (p, obj, "place_named", TRUE, &z->place_named, error)
         && get_string (p, obj, "place_named_en", TRUE, &z->place_named_en, error)
         && get_string (p, obj, "place_unnamed", TRUE, &z->place_unnamed, error)
         && get_string (p, obj, "place_unnamed_en", TRUE, &z->place_unnamed_en, error);
}

static gboolean
read_zones (Parser      *p,
            SkFitRules  *self,
            JsonObject  *root,
            GError     **error)
{
  JsonArray *zones = get_array (root, "zones");

  if (zones == NULL)
    return fail (p, error, _("de lijst “zones” ontbreekt"));
  for (guint i = 0; i < json_array_get_length (zones); i++)
    {
      JsonObject *obj = get_object (json_array_get_element (zones, i));
      SkFitZone *z = g_new0 (SkFitZone, 1);

      set_where (p, _("zone"), sk_json_object_get_string (obj, "id", NULL), i);
      g_ptr_array_add (self->zones, z);
      if (obj == NULL)
        return fail (p, error, _("dit moet een object zijn"));
      if (!read_zone (p, self, obj, z, error))
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (g_str_equal (((SkFitZone *) g_ptr_array_index (self->zones, j))->id, z->id))
          return fail (p, error, _("er is al een zone met deze id"));
    }
  g_clear_pointer (&p->where, g_free);
  return TRUE;
}

/* Adds KIND (a kind id or a group name) to KINDS, groups expanded and
 * every kind checked against the toolbox. */
static gboolean
add_kind (Parser     *p,
          const char *kind,
          GPtrArray  *kinds,
          GError    **error)
{
  JsonArray *group = p->groups != NULL ? get_array (p->groups, kind) : NULL;

  if (group != NULL)
    {
      for (guint i = 0; i < json_array_get_length (group); i++)
        {
          const char *k = json_array_get_string_element (group, i);

          if (k == NULL || get_array (p->groups, k) != NULL)
            return fail (p, error, _("de groep “%s” mag alleen namen van soorten bevatten"), kind);
          if (!add_kind (p, k, kinds, error))
            return FALSE;
        }
      return TRUE;
    }
  if (p->toolbox != NULL && sk_toolbox_find_kind (p->toolbox, kind) == NULL)
    return fail (p, error, _("de soort “%s” staat niet in de toolbox en is geen groep"), kind);
  if (!g_ptr_array_find_with_equal_func (kinds, kind, g_str_equal, NULL))
    g_ptr_array_add (kinds, g_strdup (kind));
  return TRUE;
}

static gboolean
read_kinds (Parser      *p,
            JsonObject  *obj,
            SkFitRule   *r,
            GError     **error)
{
  JsonArray *list = get_array (obj, "kinds");
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);

  if (list == NULL || json_array_get_length (list) == 0)
    return fail (p, error, _("de lijst “kinds” ontbreekt of is leeg"));
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return fail (p, error, _("“kinds” mag alleen teksten bevatten"));
      if (!add_kind (p, json_node_get_string (node), kinds, error))
        return FALSE;
    }
  g_ptr_array_add (kinds, NULL);
  r->kinds = (char **) g_ptr_array_steal (kinds, NULL);
  return TRUE;
}

static gboolean
read_rule_place (Parser      *p,
                 SkFitRules  *self,
                 JsonObject  *obj,
                 SkFitRule   *r,
                 GError     **error)
{
  g_autofree char *zone = NULL, *verdict = NULL;

  if (!get_string (p, obj, "zone", TRUE, &zone, error)
      || !get_string (p, obj, "verdict", TRUE, &verdict, error))
    return FALSE;
  r->zone = NULL;
  for (guint i = 0; i < self->zones->len; i++)
    if (g_str_equal (((SkFitZone *) g_ptr_array_index (self->zones, i))->id, zone))
      r->zone = g_ptr_array_index (self->zones, i);
  if (r->zone == NULL)
    return fail (p, error, _("de zone “%s” staat niet in “zones”"), zone);
  if (!sk_fit_verdict_from_id (verdict, &r->verdict) || r->verdict == SK_FIT_NONE)
    return fail (p, error, _("het oordeel “%s” bestaat niet; kies “past-goed”, “past”, "
                             "“nee-tenzij” of “past-niet”"), verdict);
  return TRUE;
}

static gboolean
read_rule (Parser      *p,
           SkFitRules  *self,
           JsonObject  *obj,
           SkFitRule   *r,
           GError     **error)
{
  if (!get_string (p, obj, "id", TRUE, &r->id, error)
      || !read_kinds (p, obj, r, error)
      || !read_rule_place (p, self, obj, r, error)
      || !get_string (p, obj, "reason", TRUE, &r->reason, error)
      || !get_string (p, obj, "reason_en", TRUE, &r->reason_en, error)
      || !get_string (p, obj, "condition", FALSE, &r->condition, error)
      || !get_string (p, obj, "condition_en", r->condition != NULL, &r->condition_en, error)
      || !read_source (p, self, obj, &r->source, error))
    return FALSE;
  if (r->verdict == SK_FIT_NEE_TENZIJ && r->condition == NULL)
    return fail (p, error, _("bij “nee-tenzij” hoort een “condition”: wanneer het wel kan"));
  return TRUE;
}

static void
index_rule (SkFitRules *self,
            guint       index)
{
  const SkFitRule *r = &g_array_index (self->rules, SkFitRule, index);

  for (guint k = 0; r->kinds[k] != NULL; k++)
    {
      GArray *list = g_hash_table_lookup (self->by_kind, r->kinds[k]);

      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (self->by_kind, g_strdup (r->kinds[k]), list);
        }
      g_array_append_val (list, index);
    }
}

static gboolean
read_rules (Parser      *p,
            SkFitRules  *self,
            JsonObject  *root,
            GError     **error)
{
  JsonArray *rules = get_array (root, "rules");

  if (rules == NULL)
    return fail (p, error, _("de lijst “rules” ontbreekt"));
  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      JsonObject *obj = get_object (json_array_get_element (rules, i));

      set_where (p, _("regel"), sk_json_object_get_string (obj, "id", NULL), i);
      if (obj == NULL)
        return fail (p, error, _("dit moet een object zijn"));
      g_array_set_size (self->rules, i + 1);
      if (!read_rule (p, self, obj, &g_array_index (self->rules, SkFitRule, i), error))
        return FALSE;
      if (sk_fit_rules_find_rule (self, g_array_index (self->rules, SkFitRule, i).id)
          != &g_array_index (self->rules, SkFitRule, i))
        return fail (p, error, _("er is al een regel met deze id"));
      index_rule (self, i);
    }
  g_clear_pointer (&p->where, g_free);
  return TRUE;
}

static gboolean
read_root (Parser      *p,
           SkFitRules  *self,
           JsonObject  *root,
           GError     **error)
{
  const char *schema = sk_json_object_get_string (root, "schema", NULL);
  JsonObject *radius = get_object (json_object_get_member (root, "kern_radius_m"));

  if (g_strcmp0 (schema, FIT_SCHEMA) != 0)
    return fail (p, error, _("dit is geen regelbestand (“schema” moet “%s” zijn)"), FIT_SCHEMA);
  p->groups = get_object (json_object_get_member (root, "groups"));
  if (!read_documents (p, self, root, error))
    return FALSE;
  p->where = g_strdup ("kern_radius_m");
  if (radius == NULL)
    return fail (p, error, _("dit moet een object met “value” zijn"));
  if (!read_distance (p, radius, "value", &self->kern_radius_m, error)
      || !read_source (p, self, radius, &self->kern_radius_source, error))
    return FALSE;
  g_clear_pointer (&p->where, g_free);
  return read_zones (p, self, root, error) && read_rules (p, self, root, error);
}

SkFitRules *
sk_fit_rules_new_from_bytes (GBytes      *bytes,
                             const char  *display_name,
                             SkToolbox   *toolbox,
                             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(SkFitRules) self = g_object_new (SK_TYPE_FIT_RULES, NULL);
  g_autoptr(GError) local = NULL;
  Parser p = { .file = display_name, .toolbox = toolbox };
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonObject *root;
  gboolean ok;

  if (!sk_json_parser_load (parser, data, size, FIT_MAX_SIZE, &local))
    {
      g_set_error (error, SK_FIT_ERROR, SK_FIT_ERROR_PARSE,
                   _("Het regelbestand “%s” is geen leesbare JSON (%s). Kijk op die plek "
                     "of er een haakje, komma of aanhalingsteken ontbreekt."),
                   display_name, local->message);
      return NULL;
    }
  root = get_object (json_parser_get_root (parser));
  if (root == NULL)
    {
      fail (&p, error, _("het moet een JSON-object zijn"));
      return NULL;
    }
  ok = read_root (&p, self, root, error);
  g_free (p.where);
  return ok ? g_steal_pointer (&self) : NULL;
}

SkFitRules *
sk_fit_rules_load (const char  *name_or_path,
                   SkToolbox   *toolbox,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (name_or_path == NULL || g_str_equal (name_or_path, "default"))
    {
      bytes = g_resources_lookup_data (FIT_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &local);
      if (bytes == NULL)
        {
          g_set_error (error, SK_FIT_ERROR, SK_FIT_ERROR_NOT_FOUND,
                       _("De ingebouwde regels ontbreken: %s"), local->message);
          return NULL;
        }
      return sk_fit_rules_new_from_bytes (bytes, "regels.json", toolbox, error);
    }
  if (!g_file_get_contents (name_or_path, &contents, &length, &local))
    {
      g_set_error (error, SK_FIT_ERROR, SK_FIT_ERROR_NOT_FOUND,
                   _("Het regelbestand “%s” kan niet gelezen worden: %s"), name_or_path,
                   local->message);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return sk_fit_rules_new_from_bytes (bytes, name_or_path, toolbox, error);
}

size_t
sk_fit_rules_get_n_rules (SkFitRules *self)
{
  return self->rules->len;
}

const SkFitRule *
sk_fit_rules_get_rule (SkFitRules *self,
                       size_t      i)
{
  g_return_val_if_fail (i < self->rules->len, NULL);
  return &g_array_index (self->rules, SkFitRule, i);
}

const SkFitRule *
sk_fit_rules_find_rule (SkFitRules *self,
                        const char *id)
{
  for (guint i = 0; i < self->rules->len; i++)
    if (g_strcmp0 (g_array_index (self->rules, SkFitRule, i).id, id) == 0)
      return &g_array_index (self->rules, SkFitRule, i);
  return NULL;
}

size_t
sk_fit_rules_get_n_zones (SkFitRules *self)
{
  return self->zones->len;
}

const SkFitZone *
sk_fit_rules_get_zone (SkFitRules *self,
                       size_t      i)
{
  g_return_val_if_fail (i < self->zones->len, NULL);
  return g_ptr_array_index (self->zones, i);
}

size_t
sk_fit_rules_get_n_documents (SkFitRules *self)
{
  return self->documents->len;
}

const SkFitDocument *
sk_fit_rules_get_document (SkFitRules *self,
                           size_t      i)
{
  g_return_val_if_fail (i < self->documents->len, NULL);
  return &g_array_index (self->documents, SkFitDocument, i);
}

double
sk_fit_rules_get_kern_radius_m (SkFitRules        *self,
                                const SkFitSource **source)
{
  if (source != NULL)
    *source = &self->kern_radius_source;
  return self->kern_radius_m;
}

gboolean
sk_fit_rules_covers_kind (SkFitRules *self,
                          const char *kind_id)
{
  return kind_id != NULL && g_hash_table_contains (self->by_kind, kind_id);
}

GArray *
sk_fit_rules_for_kind (SkFitRules *self,
                       const char *kind_id)
{
  return kind_id != NULL ? g_hash_table_lookup (self->by_kind, kind_id) : NULL;
}

/* The largest distance a zone of TYPE asks about. */
double
sk_fit_rules_get_reach (SkFitRules    *self,
                        SkFitZoneType  type)
{
  double reach = 0;

  for (guint i = 0; i < self->zones->len; i++)
    {
      const SkFitZone *z = g_ptr_array_index (self->zones, i);
      gboolean kom_like = type != SK_FIT_ZONE_BEEK && z->type != SK_FIT_ZONE_BEEK;

      if (z->type == type || kom_like)
        reach = MAX (reach, z->distance_m);
    }
  return reach;
}
