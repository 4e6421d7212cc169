/* sk-cbs-check.c — CBS Nabijheidsstatistiek figures and the comparison
 * with the app's population-weighted distances per municipality. */
#include "sk-config.h"
#include "sk-cbs-check.h"
#include "sk-model-resources.h"
#include "sk-reach-eval.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#define CBS_SCHEMA "samenkaart-cbs-nabijheid/1"

G_DEFINE_QUARK (sk-cbs-error-quark, sk_cbs_error)

typedef struct
{
  char *code;
  char *name;
  SkCbsFigure *figure[SK_CBS_N_CHECKS];   /* NULL: not found */
} Municipality;

struct _SkCbsFigures
{
  GArray *municipalities;   /* Municipality */
  GArray *sources;          /* SkSource */
  double tolerance_km;
};

static const SkFacilityType check_types[SK_CBS_N_CHECKS] = {
  SK_FACILITY_HUISARTS, SK_FACILITY_APOTHEEK, SK_FACILITY_SUPERMARKT, SK_FACILITY_BASISSCHOOL,
};

SkFacilityType
sk_cbs_check_type_to_facility (SkCbsCheckType type)
{
  g_return_val_if_fail (type >= 0 && type < SK_CBS_N_CHECKS, SK_FACILITY_INVALID);
  return check_types[type];
}

static void
figure_free (SkCbsFigure *f)
{
  if (f == NULL)
    return;
  g_free (f->source);
  g_free (f->note);
  g_free (f);
}

static void
clear_municipality (Municipality *m)
{
  g_free (m->code);
  g_free (m->name);
  for (int t = 0; t < SK_CBS_N_CHECKS; t++)
    figure_free (m->figure[t]);
}

static void
clear_source (SkSource *s)
{
  g_free (s->id);
  g_free (s->title);
  g_free (s->url);
  g_free (s->licence);
}

void
sk_cbs_figures_free (SkCbsFigures *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->municipalities);
  g_array_unref (self->sources);
  g_free (self);
}

static gboolean
invalid (GError     **error,
         const char  *name,
         const char  *problem)
{
  g_set_error (error, SK_CBS_ERROR, SK_CBS_ERROR_INVALID,
               _("Het bestand met CBS-cijfers “%s” klopt niet: %s"), name, problem);
  return FALSE;
}

static double
optional_km (JsonObject *obj,
             const char *field)
{
  JsonNode *node = json_object_get_member (obj, field);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || (json_node_get_value_type (node) != G_TYPE_DOUBLE
          && json_node_get_value_type (node) != G_TYPE_INT64))
    return NAN;
  return json_node_get_double (node);
}

/* "source" is an id or a list of ids. */
static char *
source_ids (JsonObject *obj)
{
  JsonNode *node = json_object_get_member (obj, "source");
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
      {
        JsonNode *item = json_array_get_element (json_node_get_array (node), i);

        if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)
          g_strv_builder_add (ids, json_node_get_string (item));
      }
  else if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
           && json_node_get_value_type (node) == G_TYPE_STRING)
    g_strv_builder_add (ids, json_node_get_string (node));
  strv = g_strv_builder_end (ids);
  return strv[0] != NULL ? g_strjoinv (",", strv) : NULL;
}

static gboolean
parse_figure (JsonNode     *node,
              SkCbsFigure **out,
              const char   *name,
              GError      **error)
{
  JsonObject *obj;
  SkCbsFigure *f;

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, name, _("een cijfer moet een object of null zijn"));
  obj = json_node_get_object (node);
  f = g_new0 (SkCbsFigure, 1);
  f->km = optional_km (obj, "km");
  f->km_min = optional_km (obj, "km_min");
  f->km_max = optional_km (obj, "km_max");
  f->year = (int) json_object_get_int_member_with_default (obj, "year", 0);
  f->source = source_ids (obj);
  f->note = g_strdup (json_object_get_string_member_with_default (obj, "note", NULL));
  *out = f;
  if (isnan (f->km) && isnan (f->km_min) && isnan (f->km_max))
    return invalid (error, name, _("een cijfer heeft geen “km”, “km_min” of “km_max”"));
  if (f->source == NULL || f->year <= 0)
    return invalid (error, name, _("een cijfer heeft geen bron of jaar"));
  return TRUE;
}

static gboolean
parse_municipality (SkCbsFigures  *self,
                    JsonObject    *obj,
                    const char    *name,
                    GError       **error)
{
  Municipality m = { 0 };
  JsonObject *figures;

  if (!json_object_has_member (obj, "name") || !json_object_has_member (obj, "figures")
      || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (obj, "figures")))
    return invalid (error, name, _("een gemeente heeft geen naam of cijfers"));
  m.code = g_strdup (json_object_get_string_member_with_default (obj, "code", NULL));
  m.name = g_strdup (json_object_get_string_member_with_default (obj, "name", NULL));
  g_array_append_val (self->municipalities, m);
  figures = json_object_get_object_member (obj, "figures");
  for (int t = 0; t < SK_CBS_N_CHECKS; t++)
    {
      Municipality *mp = &g_array_index (self->municipalities, Municipality,
                                         self->municipalities->len - 1);
      const char *id = sk_facility_type_to_id (check_types[t]);

      if (!parse_figure (json_object_get_member (figures, id), &mp->figure[t], name, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_sources (SkCbsFigures  *self,
               JsonArray     *array,
               const char    *name,
               GError       **error)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *obj = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      SkSource s = { 0 };

      if (obj == NULL || !json_object_has_member (obj, "id") || !json_object_has_member (obj, "title"))
        return invalid (error, name, _("een bron heeft geen id of titel"));
      s.id = g_strdup (json_object_get_string_member_with_default (obj, "id", ""));
      s.title = g_strdup (json_object_get_string_member_with_default (obj, "title", ""));
      s.url = g_strdup (json_object_get_string_member_with_default (obj, "url", NULL));
      s.licence = g_strdup (json_object_get_string_member_with_default (obj, "licence", NULL));
      g_array_append_val (self->sources, s);
    }
  return TRUE;
}

static gboolean
parse_root (SkCbsFigures  *self,
            JsonNode      *root,
            const char    *name,
            GError       **error)
{
  JsonObject *obj;
  JsonNode *list, *sources, *tolerance;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return invalid (error, name, _("het bestand moet één JSON-object bevatten"));
  obj = json_node_get_object (root);
  if (g_strcmp0 (json_object_get_string_member_with_default (obj, "schema", ""), CBS_SCHEMA) != 0)
    return invalid (error, name, _("het schema wordt niet ondersteund"));
  list = json_object_get_member (obj, "municipalities");
  sources = json_object_get_member (obj, "sources");
  tolerance = json_object_get_member (obj, "tolerance_km");
  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list) || sources == NULL
      || !JSON_NODE_HOLDS_ARRAY (sources) || tolerance == NULL || !JSON_NODE_HOLDS_OBJECT (tolerance))
    return invalid (error, name, _("“municipalities”, “sources” of “tolerance_km” ontbreekt"));
  self->tolerance_km = optional_km (json_node_get_object (tolerance), "value");
  if (!(self->tolerance_km >= 0))
    return invalid (error, name, _("“tolerance_km” heeft geen waarde"));
  if (!parse_sources (self, json_node_get_array (sources), name, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (list), i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, name, _("een gemeente moet een object zijn"));
      if (!parse_municipality (self, json_node_get_object (node), name, error))
        return FALSE;
    }
  return TRUE;
}

SkCbsFigures *
sk_cbs_figures_new_from_bytes (GBytes      *bytes,
                               const char  *name,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(SkCbsFigures) self = g_new0 (SkCbsFigures, 1);
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  self->municipalities = g_array_new (FALSE, TRUE, sizeof (Municipality));
  g_array_set_clear_func (self->municipalities, (GDestroyNotify) clear_municipality);
  self->sources = g_array_new (FALSE, TRUE, sizeof (SkSource));
  g_array_set_clear_func (self->sources, (GDestroyNotify) clear_source);
  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      g_set_error (error, SK_CBS_ERROR, SK_CBS_ERROR_PARSE,
                   _("Het bestand met CBS-cijfers “%s” is beschadigd: %s"), name, local_error->message);
      return NULL;
    }
  if (!parse_root (self, json_parser_get_root (parser), name, error))
    return NULL;
  return g_steal_pointer (&self);
}

SkCbsFigures *
sk_cbs_figures_load_default (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  (void) sk_model_get_resource ();
  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/reach/cbs-nabijheid.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return sk_cbs_figures_new_from_bytes (bytes, "cbs-nabijheid.json", error);
}

const SkCbsFigure *
sk_cbs_figures_lookup (SkCbsFigures   *self,
                       const char     *code,
                       const char     *municipality,
                       SkCbsCheckType  type)
{
  g_return_val_if_fail (type >= 0 && type < SK_CBS_N_CHECKS, NULL);
  for (guint i = 0; i < self->municipalities->len; i++)
    {
      Municipality *m = &g_array_index (self->municipalities, Municipality, i);

      if ((code != NULL && g_strcmp0 (m->code, code) == 0)
          || (code == NULL && municipality != NULL && g_strcmp0 (m->name, municipality) == 0))
        return m->figure[type];
    }
  return NULL;
}

double
sk_cbs_figures_get_tolerance_km (SkCbsFigures *self)
{
  return self->tolerance_km;
}

size_t
sk_cbs_figures_get_n_sources (SkCbsFigures *self)
{
  return self->sources->len;
}

const SkSource *
sk_cbs_figures_get_source (SkCbsFigures *self,
                           size_t        i)
{
  g_return_val_if_fail (i < self->sources->len, NULL);
  return &g_array_index (self->sources, SkSource, i);
}

SkCbsVerdict
sk_cbs_compare (const SkCbsFigure *figure,
                double             app_km,
                double             tolerance_km)
{
  if (figure == NULL)
    return SK_CBS_NOT_FOUND;
  if (isnan (app_km))
    return SK_CBS_APP_NONE;
  if (!isnan (figure->km))
    {
      if (app_km > figure->km + tolerance_km)
        return SK_CBS_APP_HIGHER;
      if (app_km < figure->km - tolerance_km)
        return SK_CBS_APP_LOWER;
      return SK_CBS_AGREES;
    }
  if (!isnan (figure->km_max) && app_km > figure->km_max)
    return SK_CBS_APP_HIGHER;
  if (!isnan (figure->km_min) && app_km < figure->km_min - tolerance_km)
    return SK_CBS_APP_LOWER;
  return SK_CBS_AGREES;
}

const char *
sk_cbs_verdict_to_id (SkCbsVerdict verdict)
{
  static const char *const ids[] = {
    "not-found", "agrees", "app-higher", "app-lower", "app-none", "no-inhabitants",
    "not-known", "schematic",
  };

  return ids[verdict];
}

const char *
sk_cbs_verdict_to_label (SkCbsVerdict verdict)
{
  switch (verdict)
    {
    case SK_CBS_AGREES:
      return _("klopt");
    case SK_CBS_APP_HIGHER:
      return _("app hoger");
    case SK_CBS_APP_LOWER:
      return _("app lager");
    case SK_CBS_APP_NONE:
      return _("geen voorziening in de app");
    case SK_CBS_NO_INHABITANTS:
      return _("geen inwoners bekend");
    case SK_CBS_NOT_KNOWN:
      return _("niet te toetsen: voorzieningen niet (volledig) bekend");
    case SK_CBS_SCHEMATIC:
      return _("niet te toetsen: app hoger, maar de voorzieningen staan samen op het punt van de kern (adressen niet geplaatst)");
    case SK_CBS_NOT_FOUND:
    default:
      return _("geen CBS-cijfer gevonden");
    }
}

static SkMunicipalityCheck *
find_or_add (GArray       *checks,
             const SkKern *kern)
{
  SkMunicipalityCheck c = { 0 };

  for (guint i = 0; i < checks->len; i++)
    if (g_str_equal (g_array_index (checks, SkMunicipalityCheck, i).municipality, kern->municipality))
      return &g_array_index (checks, SkMunicipalityCheck, i);
  c.municipality = g_strdup (kern->municipality);
  c.code = g_strdup (kern->municipality_code);
  g_array_append_val (checks, c);
  return &g_array_index (checks, SkMunicipalityCheck, checks->len - 1);
}

static void
clear_check (SkMunicipalityCheck *c)
{
  g_free (c->municipality);
  g_free (c->code);
}

/* Mean car metres per municipality, weighted by the kernen's inhabitants
 * (each kern's figure is already the mean over where its people live). */
static void
fill_app_km (GArray        *checks,
             SkRegion      *region,
             SkReachResult *r)
{
  for (guint c = 0; c < checks->len; c++)
    {
      SkMunicipalityCheck *mc = &g_array_index (checks, SkMunicipalityCheck, c);

      for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
        {
          double w = 0, sum = 0;

          for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
            {
              const SkKern *k = sk_region_get_kern (region, i);
              const SkNearest *n;

              if (k->municipality == NULL || !g_str_equal (k->municipality, mc->municipality)
                  || k->inhabitants <= 0 || !sk_reach_result_has_type (r, (SkFacilityType) t))
                continue;
              n = sk_reach_result_get_nearest (r, i, (SkFacilityType) t, SK_MODE_AUTO);
              if (n->unknown)
                mc->n_not_known[t]++;
              if (!n->reachable)
                continue;
              w += k->inhabitants;
              sum += k->inhabitants * n->meters / 1000.0;
            }
          mc->app_km[t] = w > 0 ? sum / w : NAN;
        }
    }
}

/* Whether kern KERN has two or more facilities of TYPE and all of them
 * stand on the kern's point ("position": "kern"; not "exact", not at their
 * postcode's centre). A town's practices then collapse onto one point, and
 * every resident is measured to it instead of to the nearest practice: the
 * app's mean is too high by up to the kern's own spread (Meppel: its people
 * live 1.6 km from its point on average), so an app figure above the CBS
 * one says nothing. One facility on the kern point errs either way and is
 * compared as it is. */
static gboolean
kern_is_schematic (SkRegion       *region,
                   int             kern,
                   SkFacilityType  type)
{
  int n = 0;

  for (size_t f = 0; f < sk_region_get_n_facilities (region); f++)
    {
      const SkFacility *fac = sk_region_get_facility (region, f);

      if (fac->kern != kern || fac->type != type)
        continue;
      if (fac->exact || fac->postcode)
        return FALSE;
      n++;
    }
  return n >= 2;
}

static void
count_schematic (GArray   *checks,
                 SkRegion *region)
{
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    {
      const SkKern *k = sk_region_get_kern (region, i);

      if (k->municipality == NULL || k->inhabitants <= 0)
        continue;
      for (int t = 0; t < SK_CBS_N_CHECKS; t++)
        if (kern_is_schematic (region, (int) i, check_types[t]))
          find_or_add (checks, k)->n_schematic[check_types[t]]++;
    }
}

GArray *
sk_cbs_check_region (SkRegion      *region,
                     SkKengetallen *kengetallen,
                     SkCbsFigures  *figures)
{
  GArray *checks = g_array_new (FALSE, TRUE, sizeof (SkMunicipalityCheck));
  g_autoptr(SkReachResult) before = NULL;

  g_array_set_clear_func (checks, (GDestroyNotify) clear_check);
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    {
      const SkKern *k = sk_region_get_kern (region, i);
      SkMunicipalityCheck *mc;

      if (k->municipality == NULL)
        continue;
      mc = find_or_add (checks, k);
      mc->n_kernen++;
      mc->inhabitants += MAX (0, k->inhabitants);
    }
  sk_reach_evaluate (region, kengetallen, NULL, 0, SK_ACCESS (SK_MODE_AUTO), &before, NULL, NULL);
  fill_app_km (checks, region, before);
  count_schematic (checks, region);
  for (guint c = 0; c < checks->len; c++)
    {
      SkMunicipalityCheck *mc = &g_array_index (checks, SkMunicipalityCheck, c);

      for (int t = 0; t < SK_CBS_N_CHECKS; t++)
        {
          mc->cbs[t] = sk_cbs_figures_lookup (figures, mc->code, mc->municipality, (SkCbsCheckType) t);
          mc->verdict[t] = sk_cbs_compare (mc->cbs[t], mc->app_km[check_types[t]],
                                           figures->tolerance_km);
          if (mc->inhabitants == 0 && mc->verdict[t] == SK_CBS_APP_NONE)
            mc->verdict[t] = SK_CBS_NO_INHABITANTS;
          else if (mc->cbs[t] != NULL && mc->n_not_known[check_types[t]] > 0)
            mc->verdict[t] = SK_CBS_NOT_KNOWN;
          /* On one point the app can only be too far, never too near:
           * "app hoger" then says nothing, the other verdicts still hold. */
          else if (mc->verdict[t] == SK_CBS_APP_HIGHER && mc->n_schematic[check_types[t]] > 0)
            mc->verdict[t] = SK_CBS_SCHEMATIC;
        }
    }
  return checks;
}
