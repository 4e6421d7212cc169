/* sk-parameter.c — the one check of a typed-in parameter value against the
 * catalogue (a GeoJSON plan, a line of `session apply`, a session file):
 * a JSON number within the parameter's min … max. Without it −5 m² gives
 * negative costs and 1e12 m² a saldo of quadrillions. */
#include "sk-config.h"
#include "sk-toolbox.h"

#include <glib/gi18n-lib.h>
#include <math.h>

/* The JSON text of NODE for a message, at most 30 characters. */
static char *
shown_value (JsonNode *node)
{
  g_autofree char *text = json_to_string (node, FALSE);
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= 30)
    return g_steal_pointer (&text);
  start = g_utf8_substring (text, 0, 29);
  return g_strconcat (start, "…", NULL);
}

gboolean
sk_parameter_read_value (const SkParameter  *param,
                         JsonNode           *node,
                         double             *value,
                         GError            **error)
{
  double v;

  g_return_val_if_fail (param != NULL && node != NULL, FALSE);

  if (!JSON_NODE_HOLDS_VALUE (node)
      || (json_node_get_value_type (node) != G_TYPE_INT64
          && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    {
      g_autofree char *shown = shown_value (node);

      /* Translators: "oppervlakte is “veel”, geen getal; kies een getal van 200 tot 20000". */
      g_set_error (error, SK_TOOLBOX_ERROR, SK_TOOLBOX_ERROR_INVALID,
                   _("%s is %s, geen getal; kies een getal van %g tot %g"), param->id, shown,
                   param->min, param->max);
      return FALSE;
    }
  v = json_node_get_double (node);
  if (!isfinite (v) || v < param->min || v > param->max)
    {
      /* Translators: "woningen is 50; kies een getal van 4 tot 30". */
      g_set_error (error, SK_TOOLBOX_ERROR, SK_TOOLBOX_ERROR_INVALID,
                   _("%s is %g; kies een getal van %g tot %g"), param->id, v, param->min,
                   param->max);
      return FALSE;
    }
  *value = v;
  return TRUE;
}

gboolean
sk_kind_check_params (const SkKind  *kind,
                      JsonNode      *params,
                      gboolean       null_removes,
                      GError       **error)
{
  g_autoptr(GList) members = NULL;

  g_return_val_if_fail (kind != NULL && params != NULL, FALSE);

  if (!JSON_NODE_HOLDS_OBJECT (params))
    {
      g_set_error (error, SK_TOOLBOX_ERROR, SK_TOOLBOX_ERROR_INVALID,
                   _("De waarden van een ingreep moeten een JSON-object zijn, zoals "
                     "{\"oppervlakte\": 400}."));
      return FALSE;
    }
  members = json_object_get_members (json_node_get_object (params));
  for (GList *l = members; l != NULL; l = l->next)
    {
      const SkParameter *param = sk_kind_find_parameter (kind, l->data);
      JsonNode *node = json_object_get_member (json_node_get_object (params), l->data);
      double value;

      /* Not a parameter of the kind (a note of the caller's own): not
       * used, as the GeoJSON plan reader does not use other properties. */
      if (param == NULL)
        continue;
      /* Measured from the drawing: a typed-in value is not used. */
      if (param->from_geometry != SK_FROM_GEOMETRY_NONE
          || (null_removes && JSON_NODE_HOLDS_NULL (node)))
        continue;
      if (!sk_parameter_read_value (param, node, &value, error))
        return FALSE;
    }
  return TRUE;
}
