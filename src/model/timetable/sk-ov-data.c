/* sk-ov-data.c — the embedded data of public transport: destinations
 * (data/ov/bestemmingen.json) and distances and times
 * (data/ov/ov-kengetallen.json); parsing a --to and a --window. */
#include "sk-config.h"
#include "sk-model-resources.h"
#include "sk-timetable-private.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static JsonNode *
load_resource (const char  *name,
               GError     **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX "/", name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  (void) sk_model_get_resource ();
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL
      || !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_CORRUPT,
                   _("Het gegevensbestand “%s” kan niet worden gelezen"), name);
      return NULL;
    }
  return json_node_copy (json_parser_get_root (parser));
}

void
sk_ov_destination_free (SkOvDestination *dest)
{
  if (dest == NULL)
    return;
  g_free (dest->name);
  g_free (dest->source);
  g_free (dest);
}

GPtrArray *
sk_ov_destinations_load_default (GError **error)
{
  g_autoptr(JsonNode) root = load_resource ("ov/bestemmingen.json", error);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_ov_destination_free);
  JsonArray *list;

  if (root == NULL)
    return NULL;
  list = json_object_get_array_member (json_node_get_object (root), "destinations");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *o = json_array_get_object_element (list, i);
      SkOvDestination *d = g_new0 (SkOvDestination, 1);

      d->name = g_strdup (json_object_get_string_member (o, "name"));
      d->lat = json_object_get_double_member (o, "lat");
      d->lon = json_object_get_double_member (o, "lon");
      d->source = g_strdup (json_object_get_string_member (o, "source"));
      d->centre = TRUE;
      d->kern = -1;
      g_ptr_array_add (out, d);
    }
  return g_steal_pointer (&out);
}

static SkOvDestination *
named_destination (const char  *name,
                   SkRegion    *region,
                   GError     **error)
{
  g_autoptr(GPtrArray) defaults = sk_ov_destinations_load_default (error);
  SkOvDestination *d;

  if (defaults == NULL)
    return NULL;
  for (guint i = 0; i < defaults->len; i++)
    if (g_ascii_strcasecmp (((SkOvDestination *) g_ptr_array_index (defaults, i))->name,
                            name) == 0)
      return g_ptr_array_steal_index (defaults, i);
  for (size_t k = 0; region != NULL && k < sk_region_get_n_kernen (region); k++)
    {
      const SkKern *kern = sk_region_get_kern (region, k);

      if (g_utf8_collate (kern->name, name) != 0 && g_ascii_strcasecmp (kern->name, name) != 0)
        continue;
      d = g_new0 (SkOvDestination, 1);
      d->name = g_strdup (kern->name);
      d->lat = kern->lat;
      d->lon = kern->lon;
      d->kern = (int) k;
      return d;
    }
  g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_INVALID,
               _("De bestemming “%s” is onbekend: geen regionaal centrum (Zwolle, Emmen, Assen, "
                 "Groningen, Meppel) en geen kern van de regio. Geef een plek als "
                 "NAAM@52.5,6.1."), name);
  return NULL;
}

SkOvDestination *
sk_ov_destination_parse (const char  *text,
                         SkRegion    *region,
                         GError     **error)
{
  const char *at = strchr (text, '@');
  g_autofree char *name = g_strstrip (g_strndup (text, at != NULL ? (gsize) (at - text)
                                                                  : strlen (text)));
  SkOvDestination *d;
  double lat, lon;
  int n = 0;

  if (*name == '\0')
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_INVALID,
                   _("Een bestemming zonder naam in “%s”"), text);
      return NULL;
    }
  if (at == NULL)
    return named_destination (name, region, error);
  if (sscanf (at + 1, "%lf,%lf%n", &lat, &lon, &n) != 2 || at[1 + n] != '\0'
      || !isfinite (lat) || !isfinite (lon) || fabs (lat) > 90 || fabs (lon) > 180)
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_INVALID,
                   _("“%s” is geen plek: schrijf NAAM@BREEDTE,LENGTE, zoals Zwolle@52.505,6.090"),
                   text);
      return NULL;
    }
  d = g_new0 (SkOvDestination, 1);
  d->name = g_steal_pointer (&name);
  d->lat = lat;
  d->lon = lon;
  d->kern = -1;
  return d;
}

static gboolean
figure (JsonObject  *figures,
        const char  *name,
        double      *out,
        GError     **error)
{
  JsonObject *f = json_object_get_object_member (figures, name);

  if (f == NULL || !json_object_has_member (f, "central"))
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_CORRUPT,
                   _("In ov/ov-kengetallen.json ontbreekt “%s”"), name);
      return FALSE;
    }
  *out = json_object_get_double_member (f, "central");
  return TRUE;
}

gboolean
sk_ov_figures_load (SkKengetallen *kengetallen,
                    SkOvFigures   *out,
                    GError       **error)
{
  g_autoptr(JsonNode) root = load_resource ("ov/ov-kengetallen.json", error);
  JsonObject *f;
  double min_transfer, park;

  if (root == NULL)
    return FALSE;
  f = json_object_get_object_member (json_node_get_object (root), "figures");
  if (f == NULL || !figure (f, "max_walk_access", &out->max_walk_access_m, error)
      || !figure (f, "max_bike_access", &out->max_bike_access_m, error)
      || !figure (f, "max_transfer_walk", &out->max_transfer_walk_m, error)
      || !figure (f, "min_transfer", &min_transfer, error)
      || !figure (f, "bike_park", &park, error))
    return FALSE;
  out->min_transfer_s = (int) lround (min_transfer);
  out->bike_park_s = (int) lround (park);
  out->walk_kmh = sk_kengetallen_get_speed (kengetallen, SK_MODE_LOPEN, SK_ROAD_RESIDENTIAL)->central;
  out->bike_kmh = sk_kengetallen_get_speed (kengetallen, SK_MODE_FIETS, SK_ROAD_TERTIARY)->central;
  return TRUE;
}

static gboolean
parse_clock (const char *s,
             int        *out)
{
  unsigned h, m;
  int n = 0;

  if (sscanf (s, "%2u:%2u%n", &h, &m, &n) != 2 || s[n] != '\0' || m > 59 || h > 47)
    return FALSE;
  *out = (int) (h * 3600 + m * 60);
  return TRUE;
}

gboolean
sk_ov_parse_window (const char  *text,
                    int         *start,
                    int         *end,
                    GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, "-", 3);

  if (g_strv_length (parts) != 2 || !parse_clock (parts[0], start)
      || !parse_clock (parts[1], end) || *end <= *start)
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_INVALID,
                   _("“%s” is geen tijdvak: schrijf BEGIN-EINDE, zoals 07:00-09:00 "
                     "(het einde na het begin)"), text);
      return FALSE;
    }
  return TRUE;
}
