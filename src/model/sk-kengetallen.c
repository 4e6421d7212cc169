/* sk-kengetallen.c — loading and validating kengetallen.json. */
#include "sk-json.h"
#include "sk-config.h"
#include "sk-kengetallen.h"
#include "sk-model-resources.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#define SCHEMA "samenkaart-kengetallen/1"

typedef struct
{
  gboolean set;
  SkFigure figure;
} Slot;

struct _SkKengetallen
{
  Slot speeds[SK_N_MODES][SK_N_ROAD_CLASSES];
  Slot default_speed[SK_N_MODES];
  Slot detour[SK_N_MODES];
  Slot norms[SK_N_FACILITY_TYPES];
  /* The reachability → MKBA rule (optional section "travel_time"). */
  Slot value_of_time[SK_N_MODES];
  Slot mode_share[SK_N_MODES];
  Slot trips[SK_N_FACILITY_TYPES];
  Slot new_trips;
  GPtrArray *claimed;      /* "kind/benefit" */
  /* Bus and train (optional section "public_transport"), by PT_NAMES. */
  Slot public_transport[3];
};

static const char *const PT_NAMES[] = { "value_of_time", "trips", "buurtbus_speed" };

G_DEFINE_QUARK (sk-kengetallen-error-quark, sk_kengetallen_error)

static void
clear_slot (Slot *s)
{
  g_free (s->figure.unit);
  g_free (s->figure.source);
  g_free (s->figure.note);
}

void
sk_kengetallen_free (SkKengetallen *self)
{
  if (self == NULL)
    return;
  for (int m = 0; m < SK_N_MODES; m++)
    {
      for (int c = 0; c < SK_N_ROAD_CLASSES; c++)
        clear_slot (&self->speeds[m][c]);
      clear_slot (&self->default_speed[m]);
      clear_slot (&self->detour[m]);
    }
  for (int m = 0; m < SK_N_MODES; m++)
    {
      clear_slot (&self->value_of_time[m]);
      clear_slot (&self->mode_share[m]);
    }
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      clear_slot (&self->norms[t]);
      clear_slot (&self->trips[t]);
    }
  clear_slot (&self->new_trips);
  for (guint i = 0; i < G_N_ELEMENTS (PT_NAMES); i++)
    clear_slot (&self->public_transport[i]);
  g_clear_pointer (&self->claimed, g_ptr_array_unref);
  g_free (self);
}

/* Every error names the file, the entry ("speeds.fiets.default") and,
 * through the problem text, the field. */
static gboolean
fail (const char  *file,
      const char  *entry,
      const char  *problem,
      GError     **error)
{
  g_set_error (error, SK_KENGETALLEN_ERROR, SK_KENGETALLEN_ERROR_INVALID,
               _("Het kengetallenbestand “%s” klopt niet: %s: %s"), file, entry, problem);
  return FALSE;
}

static gboolean
get_double (JsonObject *obj,
            const char *field,
            double     *out)
{
  JsonNode *node = json_object_get_member (obj, field);
  GType t;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  t = json_node_get_value_type (node);
  if (t != G_TYPE_INT64 && t != G_TYPE_DOUBLE)
    return FALSE;
  *out = json_node_get_double (node);
  return TRUE;
}

static char *
get_text (JsonObject *obj,
          const char *field)
{
  JsonNode *node = json_object_get_member (obj, field);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING
      || *json_node_get_string (node) == '\0')
    return NULL;
  return g_strdup (json_node_get_string (node));
}

static gboolean
parse_figure (const char  *file,
              const char  *entry,
              JsonNode    *node,
              Slot        *slot,
              GError     **error)
{
  static const char *const numbers[] = { "low", "central", "high" };
  SkFigure *f = &slot->figure;
  JsonObject *obj;
  double v[3];

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (file, entry, _("dit onderdeel moet een object zijn"), error);
  obj = json_node_get_object (node);
  for (int i = 0; i < 3; i++)
    if (!get_double (obj, numbers[i], &v[i]))
      {
        g_autofree char *problem = g_strdup_printf (_("het veld “%s” moet een getal zijn"),
                                                    numbers[i]);
        return fail (file, entry, problem, error);
      }
  if (!(v[0] <= v[1] && v[1] <= v[2]) || v[0] < 0)
    return fail (file, entry, _("low ≤ central ≤ high geldt niet"), error);
  f->low = v[0], f->central = v[1], f->high = v[2];
  if ((f->unit = get_text (obj, "unit")) == NULL)
    {
      g_autofree char *problem = g_strdup_printf (_("het veld “%s” ontbreekt"), "unit");
      return fail (file, entry, problem, error);
    }
  f->source = get_text (obj, "source");
  f->note = get_text (obj, "note");
  f->assumption = json_object_get_boolean_member_with_default (obj, "assumption", FALSE);
  if (f->source == NULL && !(f->assumption && f->note != NULL))
    return fail (file, entry,
                 _("een getal zonder “source” moet “assumption”: true en een “note” hebben"),
                 error);
  slot->set = TRUE;
  return TRUE;
}

static JsonObject *
get_object (const char  *file,
            JsonObject  *parent,
            const char  *field,
            const char  *entry,
            GError     **error)
{
  JsonNode *node = json_object_get_member (parent, field);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *problem = g_strdup_printf (_("het veld “%s” ontbreekt"), field);
      fail (file, entry, problem, error);
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
parse_mode_speeds (SkKengetallen  *self,
                   const char     *file,
                   SkMode          mode,
                   JsonObject     *obj,
                   GError        **error)
{
  g_autoptr(GList) members = json_object_get_members (obj);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      g_autofree char *entry = g_strdup_printf ("speeds.%s.%s", sk_mode_to_id (mode), name);
      SkRoadClass klass = sk_road_class_from_id (name);
      Slot *slot;

      if (g_str_equal (name, "default"))
        slot = &self->default_speed[mode];
      else if (klass != SK_ROAD_INVALID)
        slot = &self->speeds[mode][klass];
      else
        return fail (file, entry, _("onbekende wegklasse"), error);
      if (!parse_figure (file, entry, json_object_get_member (obj, name), slot, error))
        return FALSE;
      if (slot->figure.low <= 0)
        return fail (file, entry, _("een snelheid moet groter dan 0 zijn"), error);
    }
  if (!self->default_speed[mode].set)
    {
      g_autofree char *entry = g_strdup_printf ("speeds.%s", sk_mode_to_id (mode));
      g_autofree char *problem = g_strdup_printf (_("het veld “%s” ontbreekt"), "default");
      return fail (file, entry, problem, error);
    }
  return TRUE;
}

/* Figures keyed by mode or facility-type id in OBJ; ids not in the
 * vocabulary are an error, missing ones stay unset. */
static gboolean
parse_keyed (const char  *file,
             const char  *prefix,
             JsonObject  *obj,
             int          n,
             const char *(*to_id) (int),
             Slot        *slots,
             GError     **error)
{
  g_autoptr(GList) members = json_object_get_members (obj);

  for (GList *l = members; l != NULL; l = l->next)
    {
      g_autofree char *entry = g_strdup_printf ("%s.%s", prefix, (const char *) l->data);
      int i = 0;

      while (i < n && !g_str_equal (to_id (i), l->data))
        i++;
      if (i == n)
        return fail (file, entry, _("onbekende naam"), error);
      if (!parse_figure (file, entry, json_object_get_member (obj, l->data), &slots[i], error))
        return FALSE;
    }
  return TRUE;
}

static const char *
mode_id (int m)
{
  return sk_mode_to_id ((SkMode) m);
}

static const char *
type_id (int t)
{
  return sk_facility_type_to_id ((SkFacilityType) t);
}

static gboolean
parse_claimed (SkKengetallen  *self,
               const char     *file,
               JsonObject     *tt,
               GError        **error)
{
  JsonNode *node = json_object_get_member (tt, "claimed_by");
  JsonArray *array;

  self->claimed = g_ptr_array_new_with_free_func (g_free);
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (file, "travel_time.claimed_by", _("dit onderdeel moet een lijst zijn"), error);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      g_autofree char *kind = NULL, *benefit = NULL;

      if (JSON_NODE_HOLDS_OBJECT (item))
        {
          kind = get_text (json_node_get_object (item), "kind");
          benefit = get_text (json_node_get_object (item), "benefit");
        }
      if (kind == NULL || benefit == NULL)
        return fail (file, "travel_time.claimed_by",
                     _("elk onderdeel moet “kind” en “benefit” hebben"), error);
      g_ptr_array_add (self->claimed, g_strdup_printf ("%s/%s", kind, benefit));
    }
  return TRUE;
}

static gboolean
parse_travel_time (SkKengetallen  *self,
                   const char     *file,
                   JsonObject     *root,
                   GError        **error)
{
  JsonObject *tt, *vot, *share, *trips;
  JsonNode *new_trips;

  if (!json_object_has_member (root, "travel_time"))
    {
      self->claimed = g_ptr_array_new_with_free_func (g_free);
      return TRUE;
    }
  if ((tt = get_object (file, root, "travel_time", "travel_time", error)) == NULL
      || (vot = get_object (file, tt, "value_of_time", "travel_time", error)) == NULL
      || (share = get_object (file, tt, "mode_share", "travel_time", error)) == NULL
      || (trips = get_object (file, tt, "trips", "travel_time", error)) == NULL)
    return FALSE;
  if ((new_trips = json_object_get_member (tt, "new_trips")) == NULL)
    return fail (file, "travel_time", _("het veld “new_trips” ontbreekt"), error);
  return parse_keyed (file, "travel_time.value_of_time", vot, SK_N_MODES, mode_id,
                      self->value_of_time, error)
         && parse_keyed (file, "travel_time.mode_share", share, SK_N_MODES, mode_id,
                         self->mode_share, error)
         && parse_keyed (file, "travel_time.trips", trips, SK_N_FACILITY_TYPES, type_id,
                         self->trips, error)
         && parse_figure (file, "travel_time.new_trips", new_trips, &self->new_trips, error)
         && parse_claimed (self, file, tt, error);
}

/* The optional "public_transport" section: its three figures. */
static gboolean
parse_public_transport (SkKengetallen  *self,
                        const char     *file,
                        JsonObject     *root,
                        GError        **error)
{
  JsonObject *pt;

  if (!json_object_has_member (root, "public_transport"))
    return TRUE;
  if ((pt = get_object (file, root, "public_transport", "public_transport", error)) == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (PT_NAMES); i++)
    {
      g_autofree char *entry = g_strdup_printf ("public_transport.%s", PT_NAMES[i]);
      JsonNode *node = json_object_get_member (pt, PT_NAMES[i]);

      if (node == NULL)
        {
          g_autofree char *problem = g_strdup_printf (_("het veld “%s” ontbreekt"), PT_NAMES[i]);
          return fail (file, "public_transport", problem, error);
        }
      if (!parse_figure (file, entry, node, &self->public_transport[i], error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_root (SkKengetallen  *self,
            const char     *file,
            JsonObject     *root,
            GError        **error)
{
  JsonObject *speeds, *detour, *norms;
  g_autofree char *schema = get_text (root, "schema");

  if (schema == NULL || !g_str_equal (schema, SCHEMA))
    return fail (file, "schema", _("het schema wordt niet ondersteund"), error);
  if ((speeds = get_object (file, root, "speeds", "speeds", error)) == NULL
      || (detour = get_object (file, root, "detour", "detour", error)) == NULL
      || (norms = get_object (file, root, "norms", "norms", error)) == NULL)
    return FALSE;
  for (int m = 0; m < SK_N_MODES; m++)
    {
      const char *id = sk_mode_to_id ((SkMode) m);
      g_autofree char *entry = g_strdup_printf ("detour.%s", id);
      JsonObject *mode_obj = get_object (file, speeds, id, "speeds", error);

      if (mode_obj == NULL || !parse_mode_speeds (self, file, (SkMode) m, mode_obj, error))
        return FALSE;
      if (!json_object_has_member (detour, id))
        return fail (file, "detour", _("een vervoerwijze ontbreekt"), error);
      if (!parse_figure (file, entry, json_object_get_member (detour, id), &self->detour[m], error))
        return FALSE;
    }
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      const char *id = sk_facility_type_to_id ((SkFacilityType) t);
      g_autofree char *entry = g_strdup_printf ("norms.%s", id);

      if (json_object_has_member (norms, id)
          && !parse_figure (file, entry, json_object_get_member (norms, id), &self->norms[t],
                            error))
        return FALSE;
    }
  return parse_travel_time (self, file, root, error)
         && parse_public_transport (self, file, root, error);
}

SkKengetallen *
sk_kengetallen_new_from_bytes (GBytes      *bytes,
                               const char  *display_name,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(SkKengetallen) self = g_new0 (SkKengetallen, 1);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonNode *root;

  if (!sk_json_parser_load (parser, data, (gssize) size, 16 * 1024 * 1024, &local_error))
    {
      g_set_error (error, SK_KENGETALLEN_ERROR, SK_KENGETALLEN_ERROR_PARSE,
                   _("Het kengetallenbestand “%s” is beschadigd: %s"), display_name,
                   local_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (display_name, "/", _("het bestand moet één JSON-object bevatten"), error);
      return NULL;
    }
  if (!parse_root (self, display_name, json_node_get_object (root), error))
    return NULL;
  return g_steal_pointer (&self);
}

SkKengetallen *
sk_kengetallen_load_default (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  (void) sk_model_get_resource ();
  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/reach/kengetallen.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, SK_KENGETALLEN_ERROR, SK_KENGETALLEN_ERROR_NOT_FOUND,
                   _("Het kengetallenbestand “%s” kan niet worden gelezen"),
                   "reach/kengetallen.json");
      return NULL;
    }
  return sk_kengetallen_new_from_bytes (bytes, "reach/kengetallen.json", error);
}

const SkFigure *
sk_kengetallen_get_speed (SkKengetallen *self,
                          SkMode         mode,
                          SkRoadClass    klass)
{
  g_return_val_if_fail (mode >= 0 && mode < SK_N_MODES, NULL);
  g_return_val_if_fail (klass >= 0 && klass < SK_N_ROAD_CLASSES, NULL);
  if (self->speeds[mode][klass].set)
    return &self->speeds[mode][klass].figure;
  return &self->default_speed[mode].figure;
}

const SkFigure *
sk_kengetallen_get_detour (SkKengetallen *self,
                           SkMode         mode)
{
  g_return_val_if_fail (mode >= 0 && mode < SK_N_MODES, NULL);
  return &self->detour[mode].figure;
}

const SkFigure *
sk_kengetallen_get_norm (SkKengetallen  *self,
                         SkFacilityType  type)
{
  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, NULL);
  return self->norms[type].set ? &self->norms[type].figure : NULL;
}

void
sk_kengetallen_get_speeds (SkKengetallen *self,
                           SkSpeeds      *out)
{
  for (int m = 0; m < SK_N_MODES; m++)
    for (int c = 0; c < SK_N_ROAD_CLASSES; c++)
      out->kmh[m][c] = sk_kengetallen_get_speed (self, (SkMode) m, (SkRoadClass) c)->central;
}

static const SkFigure *
slot_figure (const Slot *slot)
{
  return slot->set ? &slot->figure : NULL;
}

const SkFigure *
sk_kengetallen_get_value_of_time (SkKengetallen *self,
                                  SkMode         mode)
{
  g_return_val_if_fail (mode >= 0 && mode < SK_N_MODES, NULL);
  return slot_figure (&self->value_of_time[mode]);
}

const SkFigure *
sk_kengetallen_get_mode_share (SkKengetallen *self,
                               SkMode         mode)
{
  g_return_val_if_fail (mode >= 0 && mode < SK_N_MODES, NULL);
  return slot_figure (&self->mode_share[mode]);
}

const SkFigure *
sk_kengetallen_get_trips (SkKengetallen  *self,
                          SkFacilityType  type)
{
  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, NULL);
  return slot_figure (&self->trips[type]);
}

const SkFigure *
sk_kengetallen_get_new_trips (SkKengetallen *self)
{
  return slot_figure (&self->new_trips);
}

gboolean
sk_kengetallen_claims_travel_time (SkKengetallen *self,
                                   const char    *kind_id,
                                   const char    *benefit_id)
{
  g_autofree char *key = g_strdup_printf ("%s/%s", kind_id, benefit_id);

  for (guint i = 0; i < self->claimed->len; i++)
    if (g_str_equal (g_ptr_array_index (self->claimed, i), key))
      return TRUE;
  return FALSE;
}

const SkFigure *
sk_kengetallen_get_public_transport (SkKengetallen *self,
                                     const char    *name)
{
  g_return_val_if_fail (self != NULL && name != NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (PT_NAMES); i++)
    if (g_str_equal (PT_NAMES[i], name))
      return slot_figure (&self->public_transport[i]);
  return NULL;
}
