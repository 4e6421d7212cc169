/* sk-toolbox-kind.c — parsing and checking one intervention kind of the
 * toolbox catalogue: its parameters, costs, benefits, PM-posten,
 * facilities, conditions and sources (data/toolbox/SCHEMA.md). */
#include "sk-config.h"
#include "sk-toolbox-private.h"

#include <glib/gi18n-lib.h>

static void
clear_figure (SkFigure *f)
{
  g_free (f->unit);
  g_free (f->source);
  g_free (f->note);
}

void
sk_kind_clear (SkKind *kind)
{
  for (size_t i = 0; i < kind->n_parameters; i++)
    {
      g_free (kind->parameters[i].id);
      g_free (kind->parameters[i].name);
      g_free (kind->parameters[i].name_en);
      g_free (kind->parameters[i].unit);
      clear_figure (&kind->parameters[i].range);
    }
  for (size_t i = 0; i < kind->n_costs; i++)
    {
      SkCost *c = &kind->costs[i];

      g_free (c->id), g_free (c->name), g_free (c->name_en);
      g_free (c->category), g_free (c->actor), g_free (c->per);
      clear_figure (&c->amount), clear_figure (&c->lifetime);
    }
  for (size_t i = 0; i < kind->n_benefits; i++)
    {
      SkBenefit *b = &kind->benefits[i];

      g_free (b->id), g_free (b->name), g_free (b->name_en), g_free (b->category);
      g_free (b->bw_theme), g_free (b->actor), g_free (b->per);
      clear_figure (&b->amount);
    }
  for (size_t i = 0; i < kind->n_pm; i++)
    g_free (kind->pm[i].name), g_free (kind->pm[i].name_en), g_free (kind->pm[i].bw_theme);
  g_free (kind->parameters), g_free (kind->costs), g_free (kind->benefits), g_free (kind->pm);
  g_free (kind->provides);
  g_free (kind->id), g_free (kind->name), g_free (kind->name_en);
  g_free (kind->explanation), g_free (kind->explanation_en);
  g_free (kind->theme), g_free (kind->icon), g_free (kind->households_per);
  g_free (kind->conditions), g_free (kind->conditions_note);
  g_strfreev (kind->sources);
}

/* Names a part of the kind: "soort 3 (“pluktuin”), kosten 2 (“bouw”)". */
static void
set_part_where (SkToolboxParser *p,
                const SkKind    *kind,
                guint            kind_index,
                const char      *what,
                const char      *id,
                guint            index)
{
  g_autofree char *part = NULL;
  g_autofree char *entry = NULL;

  sk_toolbox_set_where (p, what, id, index);
  part = g_steal_pointer (&p->where);
  sk_toolbox_set_where (p, _("soort"), kind->id, kind_index);
  entry = g_steal_pointer (&p->where);
  p->where = g_strconcat (entry, ", ", part, NULL);
}

static JsonObject *
get_part (SkToolboxParser  *p,
          JsonArray        *array,
          guint             i,
          GError          **error)
{
  JsonNode *node = json_array_get_element (array, i);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      sk_toolbox_fail (p, error, _("dit onderdeel moet een object zijn"));
      return NULL;
    }
  return json_node_get_object (node);
}

/* Reads the id of a part for the error messages that follow. */
static const char *
peek_id (JsonObject *obj)
{
  JsonNode *node = obj ? json_object_get_member (obj, "id") : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
check_source (SkToolboxParser  *p,
              const SkKind     *kind,
              const char       *field,
              const char       *id,
              GError          **error)
{
  if (sk_toolbox_find_source (p->toolbox, id) == NULL)
    return sk_toolbox_fail (p, error,
                            _("het veld “%s” noemt de bron “%s”, maar die staat niet in de lijst “sources”"),
                            field, id);
  if (kind != NULL && kind->sources != NULL && !g_strv_contains ((const char *const *) kind->sources, id))
    return sk_toolbox_fail (p, error,
                            _("het veld “%s” noemt de bron “%s”, maar die staat niet in de “sources” van de soort"),
                            field, id);
  return TRUE;
}

/* A member of a FIGURE; errors name it as "amount.unit". */
static gboolean
get_figure_string (SkToolboxParser  *p,
                   JsonObject       *obj,
                   const char       *field,
                   const char       *member,
                   gboolean          required,
                   char            **out,
                   GError          **error)
{
  g_autofree char *path = g_strdup_printf ("%s.%s", field, member);
  JsonNode *node = json_object_get_member (obj, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return !required || sk_toolbox_fail (p, error, _("het veld “%s” ontbreekt"), path);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING
      || *json_node_get_string (node) == '\0')
    return sk_toolbox_fail (p, error, _("het veld “%s” moet tekst zijn"), path);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
get_figure_number (SkToolboxParser  *p,
                   JsonObject       *obj,
                   const char       *field,
                   const char       *member,
                   double           *out,
                   GError          **error)
{
  g_autofree char *path = g_strdup_printf ("%s.%s", field, member);
  JsonNode *node = json_object_get_member (obj, member);
  GType type;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return sk_toolbox_fail (p, error, _("het veld “%s” ontbreekt"), path);
  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return sk_toolbox_fail (p, error, _("het veld “%s” moet een getal zijn"), path);
  *out = json_node_get_double (node);
  if (*out < 0)
    return sk_toolbox_fail (p, error, _("het veld “%s” is %g, maar mag niet negatief zijn"),
                            path, *out);
  return TRUE;
}

static gboolean
get_assumption (SkToolboxParser  *p,
                JsonObject       *obj,
                const char       *field,
                gboolean         *out,
                GError          **error)
{
  JsonNode *node = json_object_get_member (obj, "assumption");
  g_autofree char *path = NULL;

  *out = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      path = g_strdup_printf ("%s.assumption", field);
      return sk_toolbox_fail (p, error, _("het veld “%s” moet true of false zijn"), path);
    }
  *out = json_node_get_boolean (node);
  return TRUE;
}

/* Where the figure comes from: a source listed for the kind, or
 * "assumption": true with a note saying how the range was chosen. */
static gboolean
parse_origin (SkToolboxParser  *p,
              const SkKind     *kind,
              JsonObject       *obj,
              const char       *field,
              SkFigure         *f,
              GError          **error)
{
  g_autofree char *path = g_strdup_printf ("%s.source", field);

  if (!get_assumption (p, obj, field, &f->assumption, error)
      || !get_figure_string (p, obj, field, "source", FALSE, &f->source, error)
      || !get_figure_string (p, obj, field, "note", FALSE, &f->note, error))
    return FALSE;
  if (f->source != NULL && f->assumption)
    return sk_toolbox_fail (p, error, _("het veld “%s” mag niet samen met “assumption” voorkomen"),
                            path);
  if (f->source == NULL && !(f->assumption && f->note != NULL))
    return sk_toolbox_fail (p, error,
                            _("het veld “%s” ontbreekt; zonder bron horen “assumption”: true en een “note”"),
                            path);
  return f->source == NULL || check_source (p, kind, path, f->source, error);
}

/* A FIGURE under parent[field]: low ≤ central ≤ high, all ≥ 0, the unit
 * UNIT (any when NULL), and where it comes from. */
static gboolean
parse_figure (SkToolboxParser  *p,
              const SkKind     *kind,
              JsonObject       *parent,
              const char       *field,
              const char       *unit,
              SkFigure         *f,
              GError          **error)
{
  JsonNode *node = json_object_get_member (parent, field);
  JsonObject *obj;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return sk_toolbox_fail (p, error, _("het veld “%s” ontbreekt"), field);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return sk_toolbox_fail (p, error, _("het veld “%s” moet een object zijn"), field);
  obj = json_node_get_object (node);
  if (!get_figure_number (p, obj, field, "low", &f->low, error)
      || !get_figure_number (p, obj, field, "central", &f->central, error)
      || !get_figure_number (p, obj, field, "high", &f->high, error))
    return FALSE;
  if (!(f->low <= f->central && f->central <= f->high))
    return sk_toolbox_fail (p, error,
                            _("in het veld “%s” geldt low ≤ central ≤ high niet (%g, %g, %g)"),
                            field, f->low, f->central, f->high);
  if (!get_figure_string (p, obj, field, "unit", TRUE, &f->unit, error))
    return FALSE;
  if (unit != NULL && !g_str_equal (f->unit, unit))
    {
      g_autofree char *path = g_strdup_printf ("%s.unit", field);

      return sk_toolbox_fail (p, error, _("het veld “%s” is “%s”, maar moet “%s” zijn"),
                              path, f->unit, unit);
    }
  return parse_origin (p, kind, obj, field, f, error);
}

/* The unit a money figure must have: "EUR", per unit of the parameter,
 * per year for yearly flows ("EUR/m/jaar"). */
static char *
expected_unit (const SkKind *kind,
               const char   *per,
               gboolean      yearly)
{
  const SkParameter *param = per ? sk_kind_find_parameter (kind, per) : NULL;
  const char *unit = param ? param->unit : NULL;

  if (unit != NULL && g_str_equal (unit, "woningen"))
    unit = "woning";
  return g_strconcat ("EUR", unit ? "/" : "", unit ? unit : "", yearly ? "/jaar" : "", NULL);
}

static gboolean
check_per (SkToolboxParser  *p,
           const SkKind     *kind,
           const char       *field,
           const char       *per,
           GError          **error)
{
  if (per == NULL || sk_kind_find_parameter (kind, per) != NULL)
    return TRUE;
  return sk_toolbox_fail (p, error, _("het veld “%s” noemt de parameter “%s”, maar de soort heeft die niet"),
                          field, per);
}

static gboolean
parse_from_geometry (SkToolboxParser  *p,
                     const SkKind     *kind,
                     JsonObject       *obj,
                     SkParameter      *param,
                     GError          **error)
{
  g_autofree char *from = NULL;

  if (!sk_toolbox_get_string (p, obj, "from_geometry", FALSE, &from, error))
    return FALSE;
  if (from == NULL)
    param->from_geometry = SK_FROM_GEOMETRY_NONE;
  else if (g_str_equal (from, "length") && kind->geometry == SK_GEOMETRY_LINE)
    param->from_geometry = SK_FROM_GEOMETRY_LENGTH;
  else if (g_str_equal (from, "area") && kind->geometry == SK_GEOMETRY_AREA)
    param->from_geometry = SK_FROM_GEOMETRY_AREA;
  else
    return sk_toolbox_fail (p, error, _("het veld “%s” is “%s”, maar dat past niet bij geometrie “%s”"),
                            "from_geometry", from, sk_geometry_to_id (kind->geometry));
  return TRUE;
}

static gboolean
parse_parameter (SkToolboxParser  *p,
                 const SkKind     *kind,
                 JsonObject       *obj,
                 SkParameter      *param,
                 GError          **error)
{
  if (!sk_toolbox_get_string (p, obj, "id", TRUE, &param->id, error)
      || !sk_toolbox_get_string (p, obj, "name", TRUE, &param->name, error)
      || !sk_toolbox_get_string (p, obj, "name_en", TRUE, &param->name_en, error)
      || !sk_toolbox_get_string (p, obj, "unit", TRUE, &param->unit, error)
      || !sk_toolbox_get_number (p, obj, "default", &param->default_value, error)
      || !sk_toolbox_get_number (p, obj, "min", &param->min, error)
      || !sk_toolbox_get_number (p, obj, "max", &param->max, error)
      || !parse_from_geometry (p, kind, obj, param, error))
    return FALSE;
  if (json_object_has_member (obj, "range"))
    {
      if (!parse_figure (p, kind, obj, "range", param->unit, &param->range, error))
        return FALSE;
      param->has_range = TRUE;
      if (param->range.low < param->min || param->range.high > param->max)
        return sk_toolbox_fail (p, error, _("het veld “%s” moet tussen %g en %g liggen"),
                                "range", param->min, param->max);
    }
  if (param->min > param->max)
    return sk_toolbox_fail (p, error, _("het veld “%s” (%g) is groter dan “%s” (%g)"),
                            "min", param->min, "max", param->max);
  if (param->default_value < param->min || param->default_value > param->max)
    return sk_toolbox_fail (p, error, _("het veld “%s” is %g, maar moet tussen %g en %g liggen"),
                            "default", param->default_value, param->min, param->max);
  return TRUE;
}

static gboolean
parse_parameters (SkToolboxParser  *p,
                  SkKind           *kind,
                  guint             kind_index,
                  JsonObject       *obj,
                  GError          **error)
{
  JsonArray *array = sk_toolbox_get_array (p, obj, "parameters", error);
  guint n;

  if (array == NULL)
    return FALSE;
  n = json_array_get_length (array);
  kind->parameters = g_new0 (SkParameter, n);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *part = get_part (p, array, i, error);

      if (part == NULL)
        return FALSE;
      set_part_where (p, kind, kind_index, _("parameter"), peek_id (part), i);
      kind->n_parameters = i + 1;
      if (!parse_parameter (p, kind, part, &kind->parameters[i], error))
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (g_str_equal (kind->parameters[j].id, kind->parameters[i].id))
          return sk_toolbox_fail (p, error, _("de id “%s” komt twee keer voor"), kind->parameters[i].id);
    }
  return TRUE;
}

/* Category, actor and (benefits) brede-welvaart theme of a cost or benefit. */
static gboolean
parse_refs (SkToolboxParser  *p,
            const SkKind     *kind,
            JsonObject       *obj,
            char            **category,
            char            **actor,
            char            **per,
            GError          **error)
{
  SkToolbox *t = p->toolbox;

  return sk_toolbox_get_string (p, obj, "category", TRUE, category, error)
         && sk_toolbox_check_ref (p, t->categories, "category", *category, error)
         && sk_toolbox_get_string (p, obj, "actor", TRUE, actor, error)
         && sk_toolbox_check_ref (p, t->actors, "actor", *actor, error)
         && sk_toolbox_get_string (p, obj, "per", FALSE, per, error)
         && check_per (p, kind, "per", *per, error);
}

static gboolean
parse_cost (SkToolboxParser  *p,
            const SkKind     *kind,
            JsonObject       *obj,
            SkCost           *c,
            GError          **error)
{
  g_autofree char *type = NULL;
  g_autofree char *unit = NULL;

  if (!sk_toolbox_get_string (p, obj, "id", TRUE, &c->id, error)
      || !sk_toolbox_get_string (p, obj, "name", TRUE, &c->name, error)
      || !sk_toolbox_get_string (p, obj, "name_en", TRUE, &c->name_en, error)
      || !sk_toolbox_get_string (p, obj, "type", TRUE, &type, error))
    return FALSE;
  if (g_str_equal (type, "investment"))
    c->type = SK_COST_INVESTMENT;
  else if (g_str_equal (type, "yearly"))
    c->type = SK_COST_YEARLY;
  else
    return sk_toolbox_fail (p, error, _("het veld “%s” is “%s”, maar moet “%s” of “%s” zijn"),
                            "type", type, "investment", "yearly");
  if (!parse_refs (p, kind, obj, &c->category, &c->actor, &c->per, error))
    return FALSE;
  unit = expected_unit (kind, c->per, c->type == SK_COST_YEARLY);
  if (!parse_figure (p, kind, obj, "amount", unit, &c->amount, error))
    return FALSE;
  if (c->type == SK_COST_INVESTMENT
      && !parse_figure (p, kind, obj, "lifetime", "jaar", &c->lifetime, error))
    return FALSE;
  if (c->type == SK_COST_INVESTMENT && c->lifetime.low <= 0)
    return sk_toolbox_fail (p, error, _("het veld “%s” moet groter dan nul zijn"), "lifetime.low");
  return TRUE;
}

static gboolean
parse_benefit (SkToolboxParser  *p,
               const SkKind     *kind,
               JsonObject       *obj,
               SkBenefit        *b,
               GError          **error)
{
  g_autofree char *unit = NULL;

  if (!sk_toolbox_get_string (p, obj, "id", TRUE, &b->id, error)
      || !sk_toolbox_get_string (p, obj, "name", TRUE, &b->name, error)
      || !sk_toolbox_get_string (p, obj, "name_en", TRUE, &b->name_en, error)
      || !parse_refs (p, kind, obj, &b->category, &b->actor, &b->per, error)
      || !sk_toolbox_get_string (p, obj, "bw_theme", TRUE, &b->bw_theme, error)
      || !sk_toolbox_check_ref (p, p->toolbox->bw_themes, "bw_theme", b->bw_theme, error))
    return FALSE;
  unit = expected_unit (kind, b->per, TRUE);
  return parse_figure (p, kind, obj, "amount", unit, &b->amount, error);
}

static gboolean
parse_costs (SkToolboxParser  *p,
             SkKind           *kind,
             guint             kind_index,
             JsonObject       *obj,
             GError          **error)
{
  JsonArray *array = sk_toolbox_get_array (p, obj, "costs", error);
  guint n;

  if (array == NULL)
    return FALSE;
  n = json_array_get_length (array);
  if (n == 0)
    return sk_toolbox_fail (p, error, _("de lijst “%s” is leeg"), "costs");
  kind->costs = g_new0 (SkCost, n);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *part = get_part (p, array, i, error);

      if (part == NULL)
        return FALSE;
      set_part_where (p, kind, kind_index, _("kostenpost"), peek_id (part), i);
      kind->n_costs = i + 1;
      if (!parse_cost (p, kind, part, &kind->costs[i], error))
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (g_str_equal (kind->costs[j].id, kind->costs[i].id))
          return sk_toolbox_fail (p, error, _("de id “%s” komt twee keer voor"), kind->costs[i].id);
    }
  return TRUE;
}

static gboolean
parse_benefits (SkToolboxParser  *p,
                SkKind           *kind,
                guint             kind_index,
                JsonObject       *obj,
                GError          **error)
{
  JsonArray *array = sk_toolbox_get_array (p, obj, "benefits", error);
  guint n;

  if (array == NULL)
    return FALSE;
  n = json_array_get_length (array);
  kind->benefits = g_new0 (SkBenefit, n);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *part = get_part (p, array, i, error);

      if (part == NULL)
        return FALSE;
      set_part_where (p, kind, kind_index, _("baat"), peek_id (part), i);
      kind->n_benefits = i + 1;
      if (!parse_benefit (p, kind, part, &kind->benefits[i], error))
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (g_str_equal (kind->benefits[j].id, kind->benefits[i].id))
          return sk_toolbox_fail (p, error, _("de id “%s” komt twee keer voor"),
                                  kind->benefits[i].id);
    }
  return TRUE;
}

static gboolean
parse_pm (SkToolboxParser  *p,
          SkKind           *kind,
          guint             kind_index,
          JsonObject       *obj,
          GError          **error)
{
  JsonArray *array = sk_toolbox_get_array (p, obj, "pm", error);
  guint n;

  if (array == NULL)
    return FALSE;
  n = json_array_get_length (array);
  kind->pm = g_new0 (SkPm, n);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *part = get_part (p, array, i, error);
      SkPm *pm = &kind->pm[i];

      if (part == NULL)
        return FALSE;
      set_part_where (p, kind, kind_index, _("PM-post"), NULL, i);
      kind->n_pm = i + 1;
      if (!sk_toolbox_get_string (p, part, "name", TRUE, &pm->name, error)
          || !sk_toolbox_get_string (p, part, "name_en", TRUE, &pm->name_en, error)
          || !sk_toolbox_get_string (p, part, "bw_theme", TRUE, &pm->bw_theme, error)
          || !sk_toolbox_check_ref (p, p->toolbox->bw_themes, "bw_theme", pm->bw_theme, error))
        return FALSE;
    }
  if (kind->n_benefits == 0 && n == 0)
    return sk_toolbox_fail (p, error, _("de soort heeft geen baten en geen PM-posten"));
  return TRUE;
}

/* A list of strings under obj[field], NULL-terminated. */
static gboolean
get_strv (SkToolboxParser  *p,
          JsonObject       *obj,
          const char       *field,
          char           ***out,
          GError          **error)
{
  JsonArray *array = sk_toolbox_get_array (p, obj, field, error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return sk_toolbox_fail (p, error, _("het veld “%s” moet een lijst met tekst zijn"), field);
      g_strv_builder_add (builder, json_node_get_string (node));
    }
  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
parse_provides (SkToolboxParser  *p,
                SkKind           *kind,
                JsonObject       *obj,
                GError          **error)
{
  g_auto(GStrv) ids = NULL;

  if (!get_strv (p, obj, "provides", &ids, error))
    return FALSE;
  kind->provides = g_new0 (SkFacilityType, g_strv_length (ids) + 1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      SkFacilityType type = sk_facility_type_from_id (ids[i]);

      if (type == SK_FACILITY_INVALID)
        return sk_toolbox_fail (p, error, _("het veld “%s” noemt “%s”, maar dat is geen soort voorziening"),
                                "provides", ids[i]);
      kind->provides[kind->n_provides++] = type;
    }
  return TRUE;
}

static gboolean
parse_conditions (SkToolboxParser  *p,
                  SkKind           *kind,
                  JsonObject       *obj,
                  GError          **error)
{
  GArray *conditions = p->toolbox->conditions;
  JsonNode *node = json_object_get_member (obj, "conditions");
  JsonObject *map;
  g_autoptr(GList) members = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return sk_toolbox_fail (p, error, node ? _("het veld “%s” moet een object zijn")
                                           : _("het veld “%s” ontbreekt"), "conditions");
  map = json_node_get_object (node);
  kind->conditions = g_new0 (gboolean, conditions->len);
  members = json_object_get_members (map);
  for (GList *l = members; l != NULL; l = l->next)
    if (!sk_toolbox_check_ref (p, conditions, "conditions", l->data, error))
      return FALSE;
  for (guint i = 0; i < conditions->len; i++)
    {
      const char *id = g_array_index (conditions, SkToolboxTerm, i).id;
      JsonNode *value = json_object_get_member (map, id);
      g_autofree char *path = g_strdup_printf ("conditions.%s", id);

      if (value == NULL)
        return sk_toolbox_fail (p, error, _("het veld “%s” ontbreekt"), path);
      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_BOOLEAN)
        return sk_toolbox_fail (p, error, _("het veld “%s” moet true of false zijn"), path);
      kind->conditions[i] = json_node_get_boolean (value);
    }
  return sk_toolbox_get_string (p, obj, "conditions_note", TRUE, &kind->conditions_note, error);
}

/* "was_point": true marks a line kind that older sessions stored as a
 * point (the buurtbus before it had a route); such a point is still read. */
static gboolean
parse_was_point (SkToolboxParser  *p,
                 SkKind           *kind,
                 JsonObject       *obj,
                 GError          **error)
{
  JsonNode *value = json_object_get_member (obj, "was_point");

  if (value == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_BOOLEAN)
    return sk_toolbox_fail (p, error, _("het veld “%s” moet true of false zijn"), "was_point");
  kind->was_point = json_node_get_boolean (value);
  if (kind->was_point && kind->geometry != SK_GEOMETRY_LINE)
    return sk_toolbox_fail (p, error, _("het veld “%s” is “%s”, maar dat past niet bij geometrie “%s”"),
                            "was_point", "true", sk_geometry_to_id (kind->geometry));
  return TRUE;
}

static gboolean
parse_head (SkToolboxParser  *p,
            SkKind           *kind,
            JsonObject       *obj,
            GError          **error)
{
  g_autofree char *geometry = NULL;
  g_autofree char *icon = NULL;

  if (!sk_toolbox_get_string (p, obj, "id", TRUE, &kind->id, error)
      || !sk_toolbox_get_string (p, obj, "name", TRUE, &kind->name, error)
      || !sk_toolbox_get_string (p, obj, "name_en", TRUE, &kind->name_en, error)
      || !sk_toolbox_get_string (p, obj, "explanation", TRUE, &kind->explanation, error)
      || !sk_toolbox_get_string (p, obj, "explanation_en", TRUE, &kind->explanation_en, error)
      || !sk_toolbox_get_string (p, obj, "theme", TRUE, &kind->theme, error)
      || !sk_toolbox_check_ref (p, p->toolbox->themes, "theme", kind->theme, error)
      || !sk_toolbox_get_string (p, obj, "icon", TRUE, &kind->icon, error)
      || !sk_toolbox_get_string (p, obj, "geometry", TRUE, &geometry, error))
    return FALSE;
  icon = g_strdup_printf ("sk-%s-symbolic", kind->id);
  if (!g_str_equal (kind->icon, icon))
    return sk_toolbox_fail (p, error, _("het veld “%s” is “%s”, maar moet “%s” zijn"),
                            "icon", kind->icon, icon);
  kind->geometry = sk_geometry_from_id (geometry);
  if (kind->geometry == SK_GEOMETRY_INVALID)
    return sk_toolbox_fail (p, error, _("het veld “%s” is “%s”, maar moet “point”, “line” of “area” zijn"),
                            "geometry", geometry);
  if (!parse_was_point (p, kind, obj, error) || !get_strv (p, obj, "sources", &kind->sources, error))
    return FALSE;
  for (guint i = 0; kind->sources[i] != NULL; i++)
    if (!check_source (p, NULL, "sources", kind->sources[i], error))
      return FALSE;
  return TRUE;
}

gboolean
sk_toolbox_parse_kind (SkToolboxParser  *p,
                       JsonObject       *obj,
                       SkKind           *kind,
                       GError          **error)
{
  guint index = p->toolbox->kinds->len;

  if (!parse_head (p, kind, obj, error)
      || !parse_parameters (p, kind, index, obj, error)
      || !parse_costs (p, kind, index, obj, error)
      || !parse_benefits (p, kind, index, obj, error)
      || !parse_pm (p, kind, index, obj, error))
    return FALSE;
  sk_toolbox_set_where (p, _("soort"), kind->id, index);
  if (!sk_toolbox_get_string (p, obj, "households_per", FALSE, &kind->households_per, error)
      || !check_per (p, kind, "households_per", kind->households_per, error)
      || !parse_provides (p, kind, obj, error)
      || !parse_conditions (p, kind, obj, error))
    return FALSE;
  return TRUE;
}
