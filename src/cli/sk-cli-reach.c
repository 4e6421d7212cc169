/* sk-cli-reach.c — samenkaart-cli reach: travel time from every kern to
 * the nearest facility of each type, per mode, before and after a plan. */
#include "sk-config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "sk-cli-commands.h"
#include "sk-reach-eval.h"

static gboolean
parse_addition (const char       *text,
                SkReachAddition  *out,
                GError          **error)
{
  g_auto(GStrv) at = g_strsplit (text, "@", 2);
  g_auto(GStrv) ll = NULL;
  char *end_lat = NULL, *end_lon = NULL;

  if (at[0] == NULL || at[1] == NULL)
    goto bad;
  out->type = sk_facility_type_from_id (at[0]);
  if (out->type == SK_FACILITY_INVALID)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is geen bekend soort voorziening"), at[0]);
      return FALSE;
    }
  ll = g_strsplit (at[1], ",", 2);
  if (ll[0] == NULL || ll[1] == NULL)
    goto bad;
  out->lat = g_ascii_strtod (ll[0], &end_lat);
  out->lon = g_ascii_strtod (ll[1], &end_lon);
  if (*end_lat != '\0' || *end_lon != '\0' || end_lat == ll[0] || end_lon == ll[1]
      || fabs (out->lat) > 90 || fabs (out->lon) > 180)
    goto bad;
  return TRUE;

bad:
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("“%s” is geen geldige toevoeging; schrijf SOORT@BREEDTE,LENGTE, "
                 "bijvoorbeeld huisarts@52.70,6.25"),
               text);
  return FALSE;
}

static void
add_number_or_null (JsonBuilder *b,
                    const char  *name,
                    double       value,
                    double       step)
{
  json_builder_set_member_name (b, name);
  if (isnan (value))
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, round (value / step) * step);
}

static void
add_nearest (JsonBuilder   *b,
             SkRegion      *region,
             SkReachResult *r,
             size_t         kern)
{
  json_builder_set_member_name (b, "nearest");
  json_builder_begin_object (b);
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      if (!sk_reach_result_has_type (r, (SkFacilityType) t))
        continue;
      json_builder_set_member_name (b, sk_facility_type_to_id ((SkFacilityType) t));
      json_builder_begin_object (b);
      /* "onbekend": every time below is null and the kern is not in the summary. */
      json_builder_set_member_name (b, "status");
      json_builder_add_string_value (b, sk_facility_status_to_id (
        sk_region_get_facility_status (region, kern, (SkFacilityType) t, NULL)));
      for (int m = 0; m < SK_N_MODES; m++)
        {
          const SkNearest *n = sk_reach_result_get_nearest (r, kern, (SkFacilityType) t,
                                                            (SkMode) m);

          if (!(sk_reach_result_get_modes (r) & SK_ACCESS (m)))
            continue;
          json_builder_set_member_name (b, sk_mode_to_id ((SkMode) m));
          json_builder_begin_object (b);
          add_number_or_null (b, "meters", n->reachable ? n->meters : NAN, 1.0);
          add_number_or_null (b, "minutes", n->reachable ? n->minutes : NAN, 0.1);
          if (n->unknown)
            {
              /* The "onbekend" kern that may have one nearer (may be this kern). */
              json_builder_set_member_name (b, "not_known_because");
              json_builder_add_string_value (b, sk_region_get_kern (region, (size_t) n->unknown_kern)->id);
            }
          json_builder_end_object (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
}

/* Prints NODE as compact JSON. */
static void
print_node (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  fputs (text, stdout);
}

/* The members of the object built by B, as "name": value, after a comma
 * when @comma. */
static void
print_members (JsonBuilder *b,
               gboolean     comma)
{
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  JsonObject *object = json_node_get_object (root);
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      g_autoptr(JsonNode) name = json_node_init_string (json_node_alloc (), l->data);

      fputs (comma ? ",\n  " : "\n  ", stdout);
      print_node (name);
      fputs (": ", stdout);
      print_node (json_object_get_member (object, l->data));
      comma = TRUE;
    }
}

/* One kern of the "kernen" array: built, printed and dropped on its own,
 * so the output of 100,000 kernen takes the memory of one. */
static void
print_kern (SkRegion      *region,
            SkReachResult *r,
            size_t         i)
{
  const SkKern *k = sk_region_get_kern (region, i);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, k->id);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, k->name);
  json_builder_set_member_name (b, "inhabitants");
  if (k->inhabitants >= 0)
    json_builder_add_int_value (b, k->inhabitants);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "inhabitants_definition");
  json_builder_add_string_value (b, sk_inhabitants_definition_to_id (k->inhabitants_definition));
  json_builder_set_member_name (b, "municipality");
  if (k->municipality != NULL)
    json_builder_add_string_value (b, k->municipality);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "municipality_code");
  if (k->municipality_code != NULL)
    json_builder_add_string_value (b, k->municipality_code);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "population_points");
  json_builder_add_int_value (b, (gint64) k->n_population);
  add_nearest (b, region, r, i);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  print_node (root);
}

void
sk_cli_add_reach_summary (JsonBuilder   *b,
                          const char    *name,
                          SkReachResult *r,
                          SkKengetallen *k)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    {
      const SkFigure *norm = sk_kengetallen_get_norm (k, (SkFacilityType) t);

      if (!sk_reach_result_has_type (r, (SkFacilityType) t))
        continue;
      json_builder_set_member_name (b, sk_facility_type_to_id ((SkFacilityType) t));
      json_builder_begin_object (b);
      for (int m = 0; m < SK_N_MODES; m++)
        {
          const SkReachSummary *s = sk_reach_result_get_summary (r, (SkFacilityType) t, (SkMode) m);

          if (!s->present)
            continue;
          json_builder_set_member_name (b, sk_mode_to_id ((SkMode) m));
          json_builder_begin_object (b);
          add_number_or_null (b, "mean_minutes", s->mean_minutes, 0.1);
          add_number_or_null (b, "share_within_norm", s->share_within_norm, 0.001);
          add_number_or_null (b, "norm_minutes", s->norm_minutes, 0.1);
          json_builder_set_member_name (b, "kernen_not_known");
          json_builder_add_int_value (b, s->n_unknown);
          json_builder_set_member_name (b, "inhabitants_not_known");
          json_builder_add_int_value (b, s->inhabitants_unknown);
          json_builder_set_member_name (b, "norm_is_assumption");
          json_builder_add_boolean_value (b, norm != NULL && norm->assumption);
          json_builder_end_object (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
}

/* With a plan, "kernen" and "summary" describe the situation after it.
 * Streamed: a tree of the whole answer took 65 KB per kern (6.6 GB for
 * 100,000 kernen); each kern is now built and printed by itself. */
static void
print_json (SkRegion      *region,
            SkKengetallen *k,
            SkReachResult *before,
            SkReachResult *after)
{
  g_autoptr(JsonBuilder) head = json_builder_new ();
  g_autoptr(JsonBuilder) tail = json_builder_new ();
  SkReachResult *now = after != NULL ? after : before;
  size_t n = sk_region_get_n_kernen (region);

  json_builder_begin_object (head);
  json_builder_set_member_name (head, "region");
  json_builder_add_string_value (head, sk_region_get_id (region));
  json_builder_set_member_name (head, "method");
  json_builder_add_string_value (head, sk_reach_method_to_id (sk_reach_result_get_method (before)));
  json_builder_end_object (head);
  fputs ("{", stdout);
  print_members (head, FALSE);
  fputs (",\n  \"kernen\": [", stdout);
  for (size_t i = 0; i < n; i++)
    {
      fputs (i == 0 ? "\n    " : ",\n    ", stdout);
      print_kern (region, now, i);
    }
  fputs ("\n  ]", stdout);
  json_builder_begin_object (tail);
  sk_cli_add_reach_summary (tail, "summary", now, k);
  if (after != NULL)
    {
      sk_cli_add_reach_summary (tail, "before", before, k);
      sk_cli_add_reach_summary (tail, "after", after, k);
    }
  json_builder_end_object (tail);
  print_members (tail, TRUE);
  fputs ("\n}\n", stdout);
}

static void
print_text (SkReachResult *r)
{
  g_print (_("Methode: %s\n"), sk_reach_result_get_method (r) == SK_REACH_METHOD_NETWORK
                               ? _("over het wegennet") : _("hemelsbreed × omrijfactor"));
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    for (int m = 0; m < SK_N_MODES; m++)
      {
        const SkReachSummary *s = sk_reach_result_get_summary (r, (SkFacilityType) t, (SkMode) m);

        if (!s->present)
          continue;
        g_print (_("%s, %s: gemiddeld %.1f minuten\n"),
                 sk_facility_type_get_name ((SkFacilityType) t), sk_mode_get_name ((SkMode) m),
                 s->mean_minutes);
        if (s->n_unknown > 0)
          {
            g_autofree char *left_out = sk_reach_format_left_out (s->n_unknown);
            g_print ("  %s\n", left_out);
          }
      }
}

static gboolean
parse_args (char            **adds,
            const char       *mode_id,
            GArray           *additions,
            guint            *modes,
            GError          **error)
{
  for (guint i = 0; adds != NULL && adds[i] != NULL; i++)
    {
      SkReachAddition a;

      if (!parse_addition (adds[i], &a, error))
        return FALSE;
      g_array_append_val (additions, a);
    }
  *modes = SK_ACCESS_ALL;
  if (mode_id != NULL)
    {
      SkMode mode = sk_mode_from_id (mode_id);

      if (mode == SK_MODE_INVALID)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("“%s” is geen vervoerwijze; kies lopen, fiets, efiets of auto"), mode_id);
          return FALSE;
        }
      *modes = SK_ACCESS (mode);
    }
  return TRUE;
}

int
sk_cli_reach (int    argc,
              char **argv)
{
  gboolean json = FALSE;
  g_auto(GStrv) adds = NULL;
  g_autofree char *mode_id = NULL;
  const GOptionEntry entries[] = {
    { "add", 0, 0, G_OPTION_ARG_STRING_ARRAY, &adds, N_("Voeg een voorziening toe (plan)"),
      N_("SOORT@BREEDTE,LENGTE") },
    { "mode", 0, 0, G_OPTION_ARG_STRING, &mode_id, N_("Alleen deze vervoerwijze"), N_("WIJZE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Uitvoer als JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkKengetallen) k = NULL;
  g_autoptr(GArray) additions = g_array_new (FALSE, FALSE, sizeof (SkReachAddition));
  g_autoptr(SkReachResult) before = NULL;
  g_autoptr(SkReachResult) after = NULL;
  guint modes;

  context = g_option_context_new (_("REGIO — reistijd naar de dichtstbijzijnde voorzieningen"));
  g_option_context_set_summary (context,
                                _("REGIO is een regiobestand, een regiomap of de naam van een "
                                  "ingebouwde regio. Met --add beschrijven “kernen” en “summary” "
                                  "de toestand na het plan; “before” en “after” geven beide "
                                  "samenvattingen."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2
      || !parse_args (adds, mode_id, additions, &modes, &error))
    {
      g_printerr ("%s\n",
                  error ? error->message : _("Geef één regio op: een bestand of een naam."));
      return 2;
    }
  if ((region = sk_region_load (argv[1], &error)) == NULL
      || (k = sk_kengetallen_load_default (&error)) == NULL
      || !sk_reach_evaluate (region, k, (SkReachAddition *) additions->data, additions->len, modes,
                             &before, &after, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (json)
    print_json (region, k, before, after);
  else
    print_text (after != NULL ? after : before);
  return 0;
}
