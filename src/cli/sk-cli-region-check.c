/* sk-cli-region-check.c — samenkaart-cli region-check: per municipality
 * the app's mean distance by car to the nearest GP, pharmacy, supermarket
 * and primary school next to the CBS figure (docs/cbs-check.md). */
#include "sk-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-cbs-check.h"
#include "sk-cli-commands.h"
#include "sk-json.h"
#include "sk-reach-eval.h"

static void
add_km (JsonBuilder *b,
        const char  *name,
        double       km)
{
  json_builder_set_member_name (b, name);
  if (isnan (km))
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, round (km * 100) / 100);
}

/* CBS km / app crow-fly km: the detour factor that would make the two
 * agree (only for an exact CBS figure and a crow-fly estimate). */
static double
implied_detour (const SkCbsFigure *cbs,
                double             app_km,
                double             detour,
                SkReachMethod      method)
{
  if (cbs == NULL || isnan (cbs->km) || isnan (app_km) || app_km <= 0
      || method != SK_REACH_METHOD_CROW_FLY)
    return NAN;
  return cbs->km / (app_km / detour);
}

static void
add_check_json (JsonBuilder               *b,
                const SkMunicipalityCheck *mc,
                SkCbsCheckType             t,
                double                     detour,
                SkReachMethod              method)
{
  const SkCbsFigure *cbs = mc->cbs[t];
  double app = mc->app_km[sk_cbs_check_type_to_facility (t)];

  json_builder_set_member_name (b, sk_facility_type_to_id (sk_cbs_check_type_to_facility (t)));
  json_builder_begin_object (b);
  add_km (b, "app_km", app);
  add_km (b, "cbs_km", cbs != NULL ? cbs->km : NAN);
  add_km (b, "cbs_km_min", cbs != NULL ? cbs->km_min : NAN);
  add_km (b, "cbs_km_max", cbs != NULL ? cbs->km_max : NAN);
  json_builder_set_member_name (b, "cbs_year");
  if (cbs != NULL)
    json_builder_add_int_value (b, cbs->year);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "cbs_source");
  if (cbs != NULL)
    json_builder_add_string_value (b, cbs->source);
  else
    json_builder_add_null_value (b);
  sk_json_add_string (b, "verdict", sk_cbs_verdict_to_id (mc->verdict[t]));
  /* Kernen whose facilities of the type are "niet (volledig) bekend": left
   * out of app_km, and with any the comparison is not made. */
  sk_json_add_int (b, "kernen_not_known", mc->n_not_known[sk_cbs_check_type_to_facility (t)]);
  /* Kernen with two or more facilities of the type on the kern's point. */
  sk_json_add_int (b, "kernen_schematic", mc->n_schematic[sk_cbs_check_type_to_facility (t)]);
  add_km (b, "implied_detour", implied_detour (cbs, app, detour, method));
  json_builder_end_object (b);
}

/* Facilities of TYPE that the region lists in kern KERN. */
static int
count_listed (SkRegion       *region,
              size_t          kern,
              SkFacilityType  type)
{
  int n = 0;

  for (size_t f = 0; f < sk_region_get_n_facilities (region); f++)
    n += sk_region_get_facility (region, f)->kern == (int) kern
         && sk_region_get_facility (region, f)->type == type;
  return n;
}

/* Whether any kern records a status for TYPE ("voorzieningen_status"). */
static gboolean
type_is_recorded (SkRegion       *region,
                  SkFacilityType  type)
{
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    if (sk_region_get_facility_status (region, i, type, NULL) != SK_FACILITY_STATUS_NOT_RECORDED)
      return TRUE;
  return FALSE;
}

/* Per kern and type what the region knows (bekend / geen / onbekend /
 * onvolledig, with its source) and how many facilities it lists: the
 * curator's to-do list. */
static void
add_completeness_json (JsonBuilder *b,
                       SkRegion    *region)
{
  json_builder_set_member_name (b, "completeness");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "available");
  json_builder_add_boolean_value (b, TRUE);
  json_builder_set_member_name (b, "kernen");
  json_builder_begin_object (b);
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    {
      json_builder_set_member_name (b, sk_region_get_kern (region, i)->id);
      json_builder_begin_object (b);
      for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
        {
          const char *source = NULL;
          SkFacilityStatus status;

          if (!type_is_recorded (region, (SkFacilityType) t))
            continue;
          status = sk_region_get_facility_status (region, i, (SkFacilityType) t, &source);
          json_builder_set_member_name (b, sk_facility_type_to_id ((SkFacilityType) t));
          json_builder_begin_object (b);
          sk_json_add_string (b, "status", sk_facility_status_to_id (status));
          sk_json_add_string (b, "source", source);
          sk_json_add_int (b, "listed", count_listed (region, i, (SkFacilityType) t));
          json_builder_end_object (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
  json_builder_end_object (b);
}

static void
add_sources_json (JsonBuilder  *b,
                  SkCbsFigures *figures)
{
  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (size_t i = 0; i < sk_cbs_figures_get_n_sources (figures); i++)
    {
      const SkSource *s = sk_cbs_figures_get_source (figures, i);

      json_builder_begin_object (b);
      sk_json_add_string (b, "id", s->id);
      sk_json_add_string (b, "title", s->title);
      sk_json_add_string (b, "url", s->url);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
print_json (SkRegion      *region,
            GArray        *checks,
            SkCbsFigures  *figures,
            double         detour,
            SkReachMethod  method)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  sk_json_add_string (b, "region", sk_region_get_id (region));
  sk_json_add_string (b, "method", sk_reach_method_to_id (method));
  sk_json_add_string (b, "mode", sk_mode_to_id (SK_MODE_AUTO));
  add_km (b, "detour", detour);
  add_km (b, "tolerance_km", sk_cbs_figures_get_tolerance_km (figures));
  json_builder_set_member_name (b, "municipalities");
  json_builder_begin_array (b);
  for (guint c = 0; c < checks->len; c++)
    {
      const SkMunicipalityCheck *mc = &g_array_index (checks, SkMunicipalityCheck, c);

      json_builder_begin_object (b);
      sk_json_add_string (b, "name", mc->municipality);
      sk_json_add_string (b, "code", mc->code);
      sk_json_add_int (b, "kernen", mc->n_kernen);
      sk_json_add_int (b, "inhabitants", mc->inhabitants);
      json_builder_set_member_name (b, "checks");
      json_builder_begin_object (b);
      for (int t = 0; t < SK_CBS_N_CHECKS; t++)
        add_check_json (b, mc, (SkCbsCheckType) t, detour, method);
      json_builder_end_object (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_completeness_json (b, region);
  add_sources_json (b, figures);
  json_builder_end_object (b);
  sk_cli_print_json (b);
}

/* "1,0", "≤ 2,0", "1,0–2,5" or "—" (not found). */
static char *
format_cbs (const SkCbsFigure *cbs)
{
  if (cbs == NULL)
    return g_strdup ("—");
  if (!isnan (cbs->km))
    return g_strdup_printf ("%.1f", cbs->km);
  if (!isnan (cbs->km_min) && !isnan (cbs->km_max))
    return g_strdup_printf ("%.1f–%.1f", cbs->km_min, cbs->km_max);
  if (!isnan (cbs->km_max))
    return g_strdup_printf ("≤ %.1f", cbs->km_max);
  return g_strdup_printf ("≥ %.1f", cbs->km_min);
}

/* "  Meppel: Huisarts bekend (4), Apotheek niet bekend, …" for every kern
 * that records a status. */
static void
print_completeness (SkRegion *region)
{
  g_print (_("\nVoorzieningen per kern: wat de regio weet (tussen haakjes: hoeveel er in de data "
             "staan).\n"));
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
        {
          SkFacilityStatus status = sk_region_get_facility_status (region, i, (SkFacilityType) t, NULL);
          int n = count_listed (region, i, (SkFacilityType) t);

          if (status == SK_FACILITY_STATUS_NOT_RECORDED)
            continue;
          g_string_append_printf (line, "%s%s %s", line->len > 0 ? ", " : "",
                                  sk_facility_type_get_name ((SkFacilityType) t),
                                  sk_facility_status_get_label (status));
          if (n > 0)
            g_string_append_printf (line, " (%d)", n);
        }
      if (line->len > 0)
        g_print ("  %s: %s\n", sk_region_get_kern (region, i)->name, line->str);
    }
}

static void
print_text (SkRegion      *region,
            GArray        *checks,
            SkReachMethod  method,
            double         detour)
{
  g_print (_("Gemiddelde afstand met de auto in km, app tegenover CBS (Nabijheidsstatistiek).\n"));
  if (method == SK_REACH_METHOD_CROW_FLY)
    g_print (_("De app rekent hemelsbreed × omrijfactor %.2f, vanaf waar de mensen van de kernen "
               "wonen.\n"), detour);
  for (guint c = 0; c < checks->len; c++)
    {
      const SkMunicipalityCheck *mc = &g_array_index (checks, SkMunicipalityCheck, c);

      g_print (_("\n%s (%s): %d kernen, %ld inwoners\n"), mc->municipality,
               mc->code != NULL ? mc->code : "?", mc->n_kernen, mc->inhabitants);
      for (int t = 0; t < SK_CBS_N_CHECKS; t++)
        {
          SkFacilityType type = sk_cbs_check_type_to_facility ((SkCbsCheckType) t);
          g_autofree char *cbs = format_cbs (mc->cbs[t]);
          g_autofree char *app = isnan (mc->app_km[type]) ? g_strdup ("—")
                                                          : g_strdup_printf ("%.1f", mc->app_km[type]);

          /* Pad by characters: "—" and "≤" are one column but three bytes. */
          int pad = MAX (0, 9 - (int) g_utf8_strlen (cbs, -1));

          g_print (_("  %-12s app %6s  CBS %s%*s %s\n"), sk_facility_type_get_name (type), app, cbs,
                   pad, "", sk_cbs_verdict_to_label (mc->verdict[t]));
        }
    }
  print_completeness (region);
}

int
sk_cli_region_check (int    argc,
                     char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Uitvoer als JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("REGIO — vergelijk de afstanden met het CBS"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkKengetallen) k = NULL;
  g_autoptr(SkCbsFigures) figures = NULL;
  g_autoptr(GArray) checks = NULL;
  SkReachMethod method;
  double detour;

  g_option_context_set_summary (context,
    _("Per gemeente de gemiddelde afstand met de auto naar de dichtstbijzijnde huisarts, apotheek, "
      "supermarkt en basisschool volgens de app, naast het cijfer van het CBS."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error ? error->message : _("Geef één regio op: een bestand of een naam."));
      return 2;
    }
  if ((region = sk_region_load (argv[1], &error)) == NULL
      || (k = sk_kengetallen_load_default (&error)) == NULL
      || (figures = sk_cbs_figures_load_default (&error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  checks = sk_cbs_check_region (region, k, figures);
  method = sk_region_get_network (region) != NULL ? SK_REACH_METHOD_NETWORK : SK_REACH_METHOD_CROW_FLY;
  detour = sk_kengetallen_get_detour (k, SK_MODE_AUTO)->central;
  if (json)
    print_json (region, checks, figures, detour, method);
  else
    print_text (region, checks, method, detour);
  return 0;
}
