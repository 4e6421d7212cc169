/* sk-intervention.c — a placed intervention and its copyable state. */
#include "sk-config.h"
#include "sk-intervention.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

struct _SkIntervention
{
  GObject parent_instance;

  gint64 id;
  SkInterventionState *state;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_KIND_ID,
  PROP_NAME,
  PROP_NOTE,
  PROP_PARTICIPANT,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (sk-plan-error-quark, sk_plan_error)

G_DEFINE_BOXED_TYPE (SkInterventionState, sk_intervention_state,
                     sk_intervention_state_copy, sk_intervention_state_free)

G_DEFINE_FINAL_TYPE (SkIntervention, sk_intervention, G_TYPE_OBJECT)

gboolean
sk_geometry_check_points (SkGeometry   geometry,
                          size_t       n_points,
                          GError     **error)
{
  static const size_t minimum[] = { 1, 2, 3 };

  g_return_val_if_fail (geometry >= 0 && geometry <= SK_GEOMETRY_AREA, FALSE);
  if (geometry == SK_GEOMETRY_POINT ? n_points == 1 : n_points >= minimum[geometry])
    return TRUE;
  if (geometry == SK_GEOMETRY_POINT)
    g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_GEOMETRY,
                 _("Een punt heeft precies één positie, niet %zu"), n_points);
  else
    g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_GEOMETRY,
                 geometry == SK_GEOMETRY_LINE ? _("Een lijn heeft minstens twee punten, niet %zu")
                                              : _("Een vlak heeft minstens drie punten, niet %zu"),
                 n_points);
  return FALSE;
}

static void
measure (SkInterventionState *state)
{
  for (size_t i = 0; i < state->n_parameters; i++)
    {
      SkParameterValue *v = &state->parameters[i];

      if (v->from_geometry == SK_FROM_GEOMETRY_LENGTH)
        v->value = sk_geo_polyline_length_m (state->points, state->n_points);
      else if (v->from_geometry == SK_FROM_GEOMETRY_AREA)
        v->value = state->n_points >= 3 ? sk_geo_polygon_area_m2 (state->points, state->n_points) : 0;
    }
}

SkInterventionState *
sk_intervention_state_new (const SkKind    *kind,
                           const SkLatLon  *points,
                           size_t           n_points,
                           GError         **error)
{
  SkInterventionState *state;
  SkGeometry geometry;

  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (points != NULL || n_points == 0, NULL);
  geometry = kind->geometry;

  /* A kind that became a line (the buurtbus) keeps reading the single
   * points older sessions stored: shown and costed, without a route. */
  if (kind->was_point && n_points == 1)
    geometry = SK_GEOMETRY_POINT;
  if (!sk_geometry_check_points (geometry, n_points, error))
    return NULL;
  state = g_new0 (SkInterventionState, 1);
  state->kind_id = g_strdup (kind->id);
  state->geometry = geometry;
  state->n_parameters = kind->n_parameters;
  state->parameters = g_new0 (SkParameterValue, kind->n_parameters);
  for (size_t i = 0; i < kind->n_parameters; i++)
    {
      state->parameters[i].id = g_strdup (kind->parameters[i].id);
      state->parameters[i].value = kind->parameters[i].default_value;
      state->parameters[i].from_geometry = kind->parameters[i].from_geometry;
    }
  sk_intervention_state_set_points (state, points, n_points);
  return state;
}

gboolean
sk_intervention_state_has_no_route (const SkKind              *kind,
                                    const SkInterventionState *state)
{
  g_return_val_if_fail (kind != NULL && state != NULL, FALSE);
  return kind->geometry == SK_GEOMETRY_LINE && state->geometry == SK_GEOMETRY_POINT;
}

gboolean
sk_intervention_state_check_drawn (const SkKind              *kind,
                                   const SkInterventionState *state,
                                   GError                   **error)
{
  g_return_val_if_fail (kind != NULL && state != NULL, FALSE);

  if (state->geometry == SK_GEOMETRY_AREA
      && (!sk_geo_polygon_is_simple (state->points, state->n_points)
          || sk_geo_polygon_area_m2 (state->points, state->n_points) <= 0))
    {
      g_autofree char *name = g_utf8_strdown (sk_kind_get_display_name (kind), -1);

      g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_GEOMETRY,
                   _("De rand van %s kruist zichzelf of omsluit niets: zet de hoeken rondom, "
                     "in volgorde."), name);
      return FALSE;
    }
  for (size_t i = 0; i < state->n_parameters && i < kind->n_parameters; i++)
    {
      const SkParameter *param = &kind->parameters[i];
      double value = state->parameters[i].value;
      g_autofree char *name = NULL, *what = NULL;

      /* A buurtbus of an older version is a point: it has no length to check. */
      if (param->from_geometry == SK_FROM_GEOMETRY_NONE
          || (value >= param->min && value <= param->max)
          || sk_intervention_state_has_no_route (kind, state))
        continue;
      name = g_utf8_strdown (sk_kind_get_display_name (kind), -1);
      what = g_utf8_strdown (sk_parameter_get_display_name (param), -1);
      g_set_error (error, SK_PLAN_ERROR, SK_PLAN_ERROR_GEOMETRY,
                   _("De getekende %s van %s is %.0f %s; dat moet tussen %.0f en %.0f %s "
                     "liggen. Teken het opnieuw."),
                   what, name, value,
                   param->unit ? param->unit : "", param->min, param->max,
                   param->unit ? param->unit : "");
      return FALSE;
    }
  return TRUE;
}

SkInterventionState *
sk_intervention_state_copy (const SkInterventionState *state)
{
  SkInterventionState *copy;

  g_return_val_if_fail (state != NULL, NULL);
  copy = g_new0 (SkInterventionState, 1);
  copy->kind_id = g_strdup (state->kind_id);
  copy->geometry = state->geometry;
  copy->points = g_memdup2 (state->points, state->n_points * sizeof (SkLatLon));
  copy->n_points = state->n_points;
  copy->parameters = g_new0 (SkParameterValue, state->n_parameters);
  copy->n_parameters = state->n_parameters;
  for (size_t i = 0; i < state->n_parameters; i++)
    {
      copy->parameters[i] = state->parameters[i];
      copy->parameters[i].id = g_strdup (state->parameters[i].id);
    }
  copy->name = g_strdup (state->name);
  copy->note = g_strdup (state->note);
  copy->participant = g_strdup (state->participant);
  return copy;
}

void
sk_intervention_state_free (SkInterventionState *state)
{
  if (state == NULL)
    return;
  for (size_t i = 0; i < state->n_parameters; i++)
    g_free (state->parameters[i].id);
  g_free (state->parameters);
  g_free (state->points);
  g_free (state->kind_id);
  g_free (state->name);
  g_free (state->note);
  g_free (state->participant);
  g_free (state);
}

static gboolean
parameters_equal (const SkInterventionState *a,
                  const SkInterventionState *b)
{
  if (a->n_parameters != b->n_parameters)
    return FALSE;
  for (size_t i = 0; i < a->n_parameters; i++)
    if (g_strcmp0 (a->parameters[i].id, b->parameters[i].id) != 0
        || a->parameters[i].value != b->parameters[i].value
        || a->parameters[i].from_geometry != b->parameters[i].from_geometry)
      return FALSE;
  return TRUE;
}

/* Exact equality (bit for bit on the numbers): replaying the same
 * commands must give the same plan, not a nearly equal one. */
gboolean
sk_intervention_state_equal (const SkInterventionState *a,
                             const SkInterventionState *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strcmp0 (a->kind_id, b->kind_id) == 0
         && a->geometry == b->geometry
         && a->n_points == b->n_points
         && (a->n_points == 0 || memcmp (a->points, b->points, a->n_points * sizeof (SkLatLon)) == 0)
         && parameters_equal (a, b)
         && g_strcmp0 (a->name, b->name) == 0
         && g_strcmp0 (a->note, b->note) == 0
         && g_strcmp0 (a->participant, b->participant) == 0;
}

void
sk_intervention_state_set_points (SkInterventionState *state,
                                  const SkLatLon      *points,
                                  size_t               n_points)
{
  g_return_if_fail (state != NULL);
  g_return_if_fail (points != NULL || n_points == 0);

  g_free (state->points);
  state->points = g_memdup2 (points, n_points * sizeof (SkLatLon));
  state->n_points = n_points;
  measure (state);
}

double
sk_intervention_state_get_parameter (const SkInterventionState *state,
                                     const char                *id)
{
  g_return_val_if_fail (state != NULL, NAN);
  for (size_t i = 0; id != NULL && i < state->n_parameters; i++)
    if (g_str_equal (state->parameters[i].id, id))
      return state->parameters[i].value;
  return NAN;
}

static void
sk_intervention_finalize (GObject *object)
{
  SkIntervention *self = SK_INTERVENTION (object);

  sk_intervention_state_free (self->state);

  G_OBJECT_CLASS (sk_intervention_parent_class)->finalize (object);
}

static void
sk_intervention_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SkIntervention *self = SK_INTERVENTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND_ID:
      g_value_set_string (value, self->state->kind_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->state->name);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->state->note);
      break;
    case PROP_PARTICIPANT:
      g_value_set_string (value, self->state->participant);
      break;
    case PROP_STATE:
      g_value_set_boxed (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_intervention_class_init (SkInterventionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sk_intervention_finalize;
  object_class->get_property = sk_intervention_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KIND_ID] = g_param_spec_string ("kind-id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_PARTICIPANT] = g_param_spec_string ("participant", NULL, NULL, NULL, flags);
  /* Notified on every change, geometry and parameters included. */
  properties[PROP_STATE] = g_param_spec_boxed ("state", NULL, NULL, SK_TYPE_INTERVENTION_STATE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_intervention_init (SkIntervention *self)
{
}

SkIntervention *
sk_intervention_new (gint64                     id,
                     const SkInterventionState *state)
{
  SkIntervention *self;

  g_return_val_if_fail (state != NULL, NULL);
  self = g_object_new (SK_TYPE_INTERVENTION, NULL);
  self->id = id;
  self->state = sk_intervention_state_copy (state);
  return self;
}

void
sk_intervention_set_state (SkIntervention            *self,
                           const SkInterventionState *state)
{
  g_autoptr(SkInterventionState) old = NULL;

  g_return_if_fail (SK_IS_INTERVENTION (self));
  g_return_if_fail (state != NULL);

  if (sk_intervention_state_equal (self->state, state))
    return;
  old = g_steal_pointer (&self->state);
  self->state = sk_intervention_state_copy (state);
  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (old->name, state->name) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  if (g_strcmp0 (old->note, state->note) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
  if (g_strcmp0 (old->participant, state->participant) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT]);
  if (g_strcmp0 (old->kind_id, state->kind_id) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  g_object_thaw_notify (G_OBJECT (self));
}

gint64
sk_intervention_get_id (SkIntervention *self)
{
  g_return_val_if_fail (SK_IS_INTERVENTION (self), 0);
  return self->id;
}

const SkInterventionState *
sk_intervention_get_state (SkIntervention *self)
{
  g_return_val_if_fail (SK_IS_INTERVENTION (self), NULL);
  return self->state;
}

const char *
sk_intervention_get_kind_id (SkIntervention *self)
{
  g_return_val_if_fail (SK_IS_INTERVENTION (self), NULL);
  return self->state->kind_id;
}

SkGeometry
sk_intervention_get_geometry (SkIntervention *self)
{
  g_return_val_if_fail (SK_IS_INTERVENTION (self), SK_GEOMETRY_INVALID);
  return self->state->geometry;
}

const SkLatLon *
sk_intervention_get_points (SkIntervention *self,
                            size_t         *n_points)
{
  g_return_val_if_fail (SK_IS_INTERVENTION (self), NULL);
  if (n_points != NULL)
    *n_points = self->state->n_points;
  return self->state->points;
}

double
sk_intervention_get_parameter (SkIntervention *self,
                               const char     *id)
{
  g_return_val_if_fail (SK_IS_INTERVENTION (self), NAN);
  return sk_intervention_state_get_parameter (self->state, id);
}

const char *
sk_intervention_get_name (SkIntervention *self)
{
  g_return_val_if_fail (SK_IS_INTERVENTION (self), NULL);
  return self->state->name;
}

const char *
sk_intervention_get_note (SkIntervention *self)
{
  g_return_val_if_fail (SK_IS_INTERVENTION (self), NULL);
  return self->state->note;
}

const char *
sk_intervention_get_participant (SkIntervention *self)
{
  g_return_val_if_fail (SK_IS_INTERVENTION (self), NULL);
  return self->state->participant;
}

SkLatLon
sk_geometry_anchor (SkGeometry      geometry,
                    const SkLatLon *points,
                    size_t          n_points)
{
  size_t mid;
  SkBBox bbox;

  if (n_points == 0)
    return (SkLatLon) { 0, 0 };
  if (geometry == SK_GEOMETRY_POINT || n_points == 1)
    return points[0];
  if (geometry == SK_GEOMETRY_LINE)
    {
      /* Never on a corner, so that a badge there and the corners differ. */
      mid = (n_points - 1) / 2;
      return (SkLatLon) { (points[mid].lat + points[mid + 1].lat) / 2,
                          (points[mid].lon + points[mid + 1].lon) / 2 };
    }
  sk_bbox_init_empty (&bbox);
  for (size_t i = 0; i < n_points; i++)
    sk_bbox_extend (&bbox, points[i].lat, points[i].lon);
  return sk_bbox_get_centre (&bbox);
}

SkLatLon
sk_intervention_state_get_anchor (const SkInterventionState *state)
{
  return sk_geometry_anchor (state->geometry, state->points, state->n_points);
}
