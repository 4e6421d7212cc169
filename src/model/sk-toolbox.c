/* sk-toolbox.c — loading the toolbox catalogue: the object, the top-level
 * lists (sources, themes, actors, categories, conditions) and lookups.
 * One kind is parsed in sk-toolbox-kind.c. */
#include "sk-json.h"
#include "sk-file.h"
#include "sk-config.h"
#include "sk-toolbox-private.h"
#include "sk-model-resources.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#define TOOLBOX_SCHEMA "samenkaart-toolbox/1"
#define TOOLBOX_RESOURCE RESOURCE_PREFIX "/toolbox/catalogue.json"

G_DEFINE_FINAL_TYPE (SkToolbox, sk_toolbox, G_TYPE_OBJECT)

G_DEFINE_QUARK (sk-toolbox-error-quark, sk_toolbox_error)

static const char *const geometry_ids[] = { "point", "line", "area" };

static void
clear_term (SkToolboxTerm *t)
{
  g_free (t->id);
  g_free (t->name);
  g_free (t->name_en);
  g_free (t->colour);
}

static void
clear_source (SkToolboxSource *s)
{
  g_free (s->id);
  g_free (s->title);
  g_free (s->publisher);
  g_free (s->url);
}

static GArray *
new_terms (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (SkToolboxTerm));

  g_array_set_clear_func (array, (GDestroyNotify) clear_term);
  return array;
}

static void
sk_toolbox_finalize (GObject *object)
{
  SkToolbox *self = SK_TOOLBOX (object);

  g_array_unref (self->sources);
  g_array_unref (self->themes);
  g_array_unref (self->actors);
  g_array_unref (self->categories);
  g_array_unref (self->bw_themes);
  g_array_unref (self->conditions);
  g_array_unref (self->kinds);
  g_hash_table_unref (self->kind_index);

  G_OBJECT_CLASS (sk_toolbox_parent_class)->finalize (object);
}

static void
sk_toolbox_class_init (SkToolboxClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_toolbox_finalize;
}

static void
sk_toolbox_init (SkToolbox *self)
{
  self->sources = g_array_new (FALSE, TRUE, sizeof (SkToolboxSource));
  g_array_set_clear_func (self->sources, (GDestroyNotify) clear_source);
  self->themes = new_terms ();
  self->actors = new_terms ();
  self->categories = new_terms ();
  self->bw_themes = new_terms ();
  self->conditions = new_terms ();
  self->kinds = g_array_new (FALSE, TRUE, sizeof (SkKind));
  g_array_set_clear_func (self->kinds, (GDestroyNotify) sk_kind_clear);
  self->kind_index = g_hash_table_new (g_str_hash, g_str_equal);
}

gboolean
sk_toolbox_fail (SkToolboxParser  *p,
                 GError          **error,
                 const char       *format,
                 ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (p->where != NULL)
    g_set_error (error, SK_TOOLBOX_ERROR, SK_TOOLBOX_ERROR_INVALID,
                 _("Het toolboxbestand “%s” klopt niet: %s: %s"), p->file, p->where, problem);
  else
    g_set_error (error, SK_TOOLBOX_ERROR, SK_TOOLBOX_ERROR_INVALID,
                 _("Het toolboxbestand “%s” klopt niet: %s"), p->file, problem);
  return FALSE;
}

/* "soort 3 (“pluktuin”)"; the id is left out while it is unknown. */
void
sk_toolbox_set_where (SkToolboxParser *p,
                      const char      *what,
                      const char      *id,
                      guint            index)
{
  g_clear_pointer (&p->where, g_free);
  p->where = sk_json_describe_entry (what, index, id);
}

gboolean
sk_toolbox_get_string (SkToolboxParser  *p,
                       JsonObject       *obj,
                       const char       *field,
                       gboolean          required,
                       char            **out,
                       GError          **error)
{
  JsonNode *node = json_object_get_member (obj, field);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return sk_toolbox_fail (p, error, _("het veld “%s” ontbreekt"), field);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return sk_toolbox_fail (p, error, _("het veld “%s” moet tekst zijn"), field);
  if (required && *json_node_get_string (node) == '\0')
    return sk_toolbox_fail (p, error, _("het veld “%s” is leeg"), field);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

gboolean
sk_toolbox_get_number (SkToolboxParser  *p,
                       JsonObject       *obj,
                       const char       *field,
                       double           *out,
                       GError          **error)
{
  JsonNode *node = json_object_get_member (obj, field);
  GType type;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return sk_toolbox_fail (p, error, _("het veld “%s” ontbreekt"), field);
  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return sk_toolbox_fail (p, error, _("het veld “%s” moet een getal zijn"), field);
  *out = json_node_get_double (node);
  if (!isfinite (*out))
    return sk_toolbox_fail (p, error, _("het veld “%s” moet een getal zijn"), field);
  return TRUE;
}

JsonArray *
sk_toolbox_get_array (SkToolboxParser  *p,
                      JsonObject       *obj,
                      const char       *field,
                      GError          **error)
{
  JsonNode *node = json_object_get_member (obj, field);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      sk_toolbox_fail (p, error, _("het veld “%s” ontbreekt"), field);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      sk_toolbox_fail (p, error, _("het veld “%s” moet een lijst zijn"), field);
      return NULL;
    }
  return json_node_get_array (node);
}

static const SkToolboxTerm *
find_term (GArray     *terms,
           const char *id)
{
  for (guint i = 0; i < terms->len; i++)
    if (g_str_equal (g_array_index (terms, SkToolboxTerm, i).id, id))
      return &g_array_index (terms, SkToolboxTerm, i);
  return NULL;
}

gboolean
sk_toolbox_check_ref (SkToolboxParser  *p,
                      GArray           *terms,
                      const char       *field,
                      const char       *id,
                      GError          **error)
{
  if (id == NULL || find_term (terms, id) != NULL)
    return TRUE;
  return sk_toolbox_fail (p, error, _("het veld “%s” noemt “%s”, maar die staat niet in de lijst"),
                          field, id);
}

/* Each element of root[field] as an object, with the entry named. */
static JsonObject *
get_entry (SkToolboxParser  *p,
           JsonArray        *array,
           guint             i,
           const char       *what,
           GError          **error)
{
  JsonNode *node = json_array_get_element (array, i);
  JsonObject *obj;

  sk_toolbox_set_where (p, what, NULL, i);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      sk_toolbox_fail (p, error, _("dit onderdeel moet een object zijn"));
      return NULL;
    }
  obj = json_node_get_object (node);
  if (json_object_has_member (obj, "id") && JSON_NODE_HOLDS_VALUE (json_object_get_member (obj, "id")))
    sk_toolbox_set_where (p, what, sk_json_object_get_string (obj, "id", NULL), i);
  return obj;
}

static gboolean
check_unique_term (SkToolboxParser  *p,
                   GArray           *terms,
                   const char       *id,
                   GError          **error)
{
  if (find_term (terms, id) != NULL)
    return sk_toolbox_fail (p, error, _("de id “%s” komt twee keer voor"), id);
  return TRUE;
}

static gboolean
parse_terms (SkToolboxParser  *p,
             JsonObject       *root,
             const char       *field,
             const char       *what,
             GArray           *terms,
             GError          **error)
{
  JsonArray *array;
  gboolean is_theme = terms == p->toolbox->themes;

  g_clear_pointer (&p->where, g_free);
  array = sk_toolbox_get_array (p, root, field, error);
  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *obj = get_entry (p, array, i, what, error);
      SkToolboxTerm t = { 0 };
      gboolean ok;

      if (obj == NULL)
        return FALSE;
      ok = sk_toolbox_get_string (p, obj, "id", TRUE, &t.id, error)
           && check_unique_term (p, terms, t.id, error)
           && sk_toolbox_get_string (p, obj, "name", TRUE, &t.name, error)
           && sk_toolbox_get_string (p, obj, "name_en", TRUE, &t.name_en, error)
           && sk_toolbox_get_string (p, obj, "colour", is_theme, &t.colour, error);
      g_array_append_val (terms, t);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_sources (SkToolboxParser  *p,
               JsonObject       *root,
               GError          **error)
{
  JsonArray *array;
  GArray *sources = p->toolbox->sources;

  g_clear_pointer (&p->where, g_free);
  array = sk_toolbox_get_array (p, root, "sources", error);
  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *obj = get_entry (p, array, i, _("bron"), error);
      SkToolboxSource s = { 0 };
      double year = 0;
      gboolean ok;

      if (obj == NULL)
        return FALSE;
      ok = sk_toolbox_get_string (p, obj, "id", TRUE, &s.id, error)
           && (sk_toolbox_find_source (p->toolbox, s.id) == NULL
               || sk_toolbox_fail (p, error, _("de id “%s” komt twee keer voor"), s.id))
           && sk_toolbox_get_string (p, obj, "title", TRUE, &s.title, error)
           && sk_toolbox_get_string (p, obj, "publisher", TRUE, &s.publisher, error)
           && sk_toolbox_get_number (p, obj, "year", &year, error)
           && sk_toolbox_get_string (p, obj, "url", FALSE, &s.url, error);
      s.year = (int) year;
      g_array_append_val (sources, s);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_kinds (SkToolboxParser  *p,
             JsonObject       *root,
             GError          **error)
{
  JsonArray *array;
  GArray *kinds = p->toolbox->kinds;

  g_clear_pointer (&p->where, g_free);
  array = sk_toolbox_get_array (p, root, "kinds", error);
  if (array == NULL)
    return FALSE;
  if (json_array_get_length (array) == 0)
    return sk_toolbox_fail (p, error, _("de lijst “%s” is leeg"), "kinds");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *obj = get_entry (p, array, i, _("soort"), error);
      SkKind kind = { 0 };
      gboolean ok;

      if (obj == NULL)
        return FALSE;
      ok = sk_toolbox_parse_kind (p, obj, &kind, error);
      g_array_append_val (kinds, kind);
      if (!ok)
        return FALSE;
      if (g_hash_table_contains (p->toolbox->kind_index, kind.id))
        return sk_toolbox_fail (p, error, _("de id “%s” komt twee keer voor"), kind.id);
      g_hash_table_insert (p->toolbox->kind_index,
                           g_array_index (kinds, SkKind, i).id, GUINT_TO_POINTER (i + 1));
    }
  return TRUE;
}

static gboolean
parse_root (SkToolboxParser  *p,
            JsonObject       *root,
            GError          **error)
{
  SkToolbox *t = p->toolbox;
  g_autofree char *schema = NULL;
  double price_year = 0;

  if (!sk_toolbox_get_string (p, root, "schema", TRUE, &schema, error))
    return FALSE;
  if (!g_str_equal (schema, TOOLBOX_SCHEMA))
    return sk_toolbox_fail (p, error, _("het veld “%s” is “%s”, maar moet “%s” zijn"),
                            "schema", schema, TOOLBOX_SCHEMA);
  if (!sk_toolbox_get_number (p, root, "price_year", &price_year, error))
    return FALSE;
  t->price_year = (int) price_year;
  return parse_sources (p, root, error)
         && parse_terms (p, root, "themes", _("thema"), t->themes, error)
         && parse_terms (p, root, "actors", _("actor"), t->actors, error)
         && parse_terms (p, root, "categories", _("categorie"), t->categories, error)
         && parse_terms (p, root, "bw_themes", _("brede-welvaartthema"), t->bw_themes, error)
         && parse_terms (p, root, "conditions", _("randvoorwaarde"), t->conditions, error)
         && parse_kinds (p, root, error);
}

SkToolbox *
sk_toolbox_new_from_bytes (GBytes      *bytes,
                           const char  *display_name,
                           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(SkToolbox) self = NULL;
  g_autoptr(GError) local_error = NULL;
  SkToolboxParser p = { .file = display_name };
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gboolean ok;

  g_return_val_if_fail (bytes != NULL && display_name != NULL, NULL);

  if (!sk_json_parser_load (parser, data, (gssize) size, 16 * 1024 * 1024, &local_error))
    {
      g_set_error (error, SK_TOOLBOX_ERROR, SK_TOOLBOX_ERROR_PARSE,
                   _("Het toolboxbestand “%s” is geen geldige JSON: %s"), display_name,
                   local_error->message);
      return NULL;
    }
  self = g_object_new (SK_TYPE_TOOLBOX, NULL);
  p.toolbox = self;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    ok = sk_toolbox_fail (&p, error, _("het bestand moet één JSON-object zijn"));
  else
    ok = parse_root (&p, json_node_get_object (json_parser_get_root (parser)), error);
  g_free (p.where);
  return ok ? g_steal_pointer (&self) : NULL;
}

SkToolbox *
sk_toolbox_load (const char  *name_or_path,
                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (name_or_path == NULL || g_str_equal (name_or_path, "default"))
    {
      /* Referencing the resource keeps it (and its registration) linked in. */
      (void) sk_model_get_resource ();
      bytes = g_resources_lookup_data (TOOLBOX_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      return bytes ? sk_toolbox_new_from_bytes (bytes, "catalogue.json", error) : NULL;
    }
  if (!sk_file_check_readable (name_or_path, _("Het toolboxbestand"), &local_error))
    {
      g_set_error_literal (error, SK_TOOLBOX_ERROR, SK_TOOLBOX_ERROR_NOT_FOUND,
                           local_error->message);
      return NULL;
    }
  if (!g_file_get_contents (name_or_path, &contents, &length, &local_error))
    {
      g_set_error (error, SK_TOOLBOX_ERROR, SK_TOOLBOX_ERROR_NOT_FOUND,
                   _("Het toolboxbestand “%s” kan niet worden gelezen: %s"), name_or_path,
                   local_error->message);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return sk_toolbox_new_from_bytes (bytes, name_or_path, error);
}

int
sk_toolbox_get_price_year (SkToolbox *self)
{
  g_return_val_if_fail (SK_IS_TOOLBOX (self), 0);
  return self->price_year;
}

size_t
sk_toolbox_get_n_kinds (SkToolbox *self)
{
  g_return_val_if_fail (SK_IS_TOOLBOX (self), 0);
  return self->kinds->len;
}

const SkKind *
sk_toolbox_get_kind (SkToolbox *self,
                     size_t     i)
{
  g_return_val_if_fail (SK_IS_TOOLBOX (self), NULL);
  g_return_val_if_fail (i < self->kinds->len, NULL);
  return &g_array_index (self->kinds, SkKind, i);
}

const SkKind *
sk_toolbox_find_kind (SkToolbox  *self,
                      const char *id)
{
  guint index;

  g_return_val_if_fail (SK_IS_TOOLBOX (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->kind_index, id));
  return index > 0 ? &g_array_index (self->kinds, SkKind, index - 1) : NULL;
}

#define TERM_ACCESSORS(plural, singular)                                          \
  size_t                                                                          \
  sk_toolbox_get_n_##plural (SkToolbox *self)                                     \
  {                                                                               \
    g_return_val_if_fail (SK_IS_TOOLBOX (self), 0);                               \
    return self->plural->len;                                                     \
  }                                                                               \
  const SkToolboxTerm *                                                           \
  sk_toolbox_get_##singular (SkToolbox *self,                                     \
                             size_t     i)                                        \
  {                                                                               \
    g_return_val_if_fail (SK_IS_TOOLBOX (self), NULL);                            \
    g_return_val_if_fail (i < self->plural->len, NULL);                           \
    return &g_array_index (self->plural, SkToolboxTerm, i);                       \
  }

TERM_ACCESSORS (themes, theme)
TERM_ACCESSORS (actors, actor)
TERM_ACCESSORS (categories, category)
TERM_ACCESSORS (bw_themes, bw_theme)
TERM_ACCESSORS (conditions, condition)

const SkToolboxTerm *
sk_toolbox_find_theme (SkToolbox  *self,
                       const char *id)
{
  g_return_val_if_fail (SK_IS_TOOLBOX (self), NULL);
  return find_term (self->themes, id);
}

const SkToolboxTerm *
sk_toolbox_find_actor (SkToolbox  *self,
                       const char *id)
{
  g_return_val_if_fail (SK_IS_TOOLBOX (self), NULL);
  return find_term (self->actors, id);
}

const SkToolboxTerm *
sk_toolbox_find_category (SkToolbox  *self,
                          const char *id)
{
  g_return_val_if_fail (SK_IS_TOOLBOX (self), NULL);
  return find_term (self->categories, id);
}

const SkToolboxTerm *
sk_toolbox_find_bw_theme (SkToolbox  *self,
                          const char *id)
{
  g_return_val_if_fail (SK_IS_TOOLBOX (self), NULL);
  return find_term (self->bw_themes, id);
}

size_t
sk_toolbox_get_n_sources (SkToolbox *self)
{
  g_return_val_if_fail (SK_IS_TOOLBOX (self), 0);
  return self->sources->len;
}

const SkToolboxSource *
sk_toolbox_get_source (SkToolbox *self,
                       size_t     i)
{
  g_return_val_if_fail (SK_IS_TOOLBOX (self), NULL);
  g_return_val_if_fail (i < self->sources->len, NULL);
  return &g_array_index (self->sources, SkToolboxSource, i);
}

const SkToolboxSource *
sk_toolbox_find_source (SkToolbox  *self,
                        const char *id)
{
  g_return_val_if_fail (SK_IS_TOOLBOX (self), NULL);
  for (guint i = 0; id != NULL && i < self->sources->len; i++)
    if (g_str_equal (g_array_index (self->sources, SkToolboxSource, i).id, id))
      return &g_array_index (self->sources, SkToolboxSource, i);
  return NULL;
}

/* The catalogue carries Dutch and English texts; which one the user sees
 * follows the language of the translation in use. */
static gboolean
ui_is_english (void)
{
  return g_str_equal (C_("language code of this translation", "nl"), "en");
}

const char *
sk_kind_get_display_name (const SkKind *kind)
{
  g_return_val_if_fail (kind != NULL, NULL);
  return ui_is_english () ? kind->name_en : kind->name;
}

const char *
sk_cost_get_display_name (const SkCost *cost)
{
  g_return_val_if_fail (cost != NULL, NULL);
  return ui_is_english () && cost->name_en ? cost->name_en : cost->name;
}

const char *
sk_benefit_get_display_name (const SkBenefit *benefit)
{
  g_return_val_if_fail (benefit != NULL, NULL);
  return ui_is_english () && benefit->name_en ? benefit->name_en : benefit->name;
}

const char *
sk_kind_get_display_explanation (const SkKind *kind)
{
  g_return_val_if_fail (kind != NULL, NULL);
  return ui_is_english () && kind->explanation_en ? kind->explanation_en : kind->explanation;
}

const char *
sk_parameter_get_display_name (const SkParameter *param)
{
  g_return_val_if_fail (param != NULL, NULL);
  return ui_is_english () && param->name_en ? param->name_en : param->name;
}

const char *
sk_toolbox_term_get_display_name (const SkToolboxTerm *term)
{
  g_return_val_if_fail (term != NULL, NULL);
  return ui_is_english () ? term->name_en : term->name;
}

const SkParameter *
sk_kind_find_parameter (const SkKind *kind,
                        const char   *id)
{
  g_return_val_if_fail (kind != NULL, NULL);
  for (size_t i = 0; id != NULL && i < kind->n_parameters; i++)
    if (g_str_equal (kind->parameters[i].id, id))
      return &kind->parameters[i];
  return NULL;
}

const char *
sk_geometry_to_id (SkGeometry geometry)
{
  g_return_val_if_fail (geometry >= 0 && geometry < (int) G_N_ELEMENTS (geometry_ids), NULL);
  return geometry_ids[geometry];
}

SkGeometry
sk_geometry_from_id (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (geometry_ids); i++)
    if (g_str_equal (geometry_ids[i], id))
      return (SkGeometry) i;
  return SK_GEOMETRY_INVALID;
}
