/* sk-cli-ov.c — samenkaart-cli ov: door-to-door travel time by bus and
 * train from every kern to regional centres, per departure minute of a
 * window (issue #15); and import-gtfs: keep a feed with a region. */
#include "sk-config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sk-cli-commands.h"
#include "sk-timetable.h"

typedef struct
{
  char *gtfs;
  char *date;
  char *window;
  char **to;
  char *access;
  gboolean json;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->gtfs);
  g_free (o->date);
  g_free (o->window);
  g_strfreev (o->to);
  g_free (o->access);
}

static gboolean
parse_date (const char  *text,
            GDate       *date,
            GError     **error)
{
  unsigned y, m, d;
  int n = 0;

  if (sscanf (text, "%4u-%2u-%2u%n", &y, &m, &d, &n) != 3 || text[n] != '\0'
      || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is geen datum; schrijf JJJJ-MM-DD, zoals 2026-03-10"), text);
      return FALSE;
    }
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

/* --to: each argument may hold several names separated by commas, but a
 * NAME@LAT,LON keeps its comma. */
static GPtrArray *
parse_destinations (char      **to,
                    SkRegion   *region,
                    GError    **error)
{
  g_autoptr(GPtrArray) out = NULL;

  if (to == NULL)
    return sk_ov_destinations_load_default (error);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_ov_destination_free);
  for (char **arg = to; *arg != NULL; arg++)
    {
      g_auto(GStrv) parts = g_strsplit (*arg, ",", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          g_autofree char *item = g_strdup (parts[i]);
          SkOvDestination *d;

          if (strchr (item, '@') != NULL && parts[i + 1] != NULL)
            {
              g_free (item);
              item = g_strconcat (parts[i], ",", parts[i + 1], NULL);
              i++;
            }
          if ((d = sk_ov_destination_parse (item, region, error)) == NULL)
            return NULL;
          g_ptr_array_add (out, d);
        }
    }
  return g_steal_pointer (&out);
}

static gboolean
make_query (Options    *o,
            SkOvQuery  *q,
            GError    **error)
{
  q->max_rounds = 0;
  q->access = sk_mode_from_id (o->access != NULL ? o->access : "lopen");
  if (q->access != SK_MODE_LOPEN && q->access != SK_MODE_FIETS)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--access is “lopen” of “fiets”, niet “%s”"), o->access);
      return FALSE;
    }
  if (!sk_ov_parse_window (o->window != NULL ? o->window : "07:00-09:00", &q->window_start,
                           &q->window_end, error))
    return FALSE;
  if (o->date != NULL)
    return parse_date (o->date, &q->date, error);
  g_date_clear (&q->date, 1);
  g_date_set_time_t (&q->date, time (NULL));
  return TRUE;
}

static void
add_minutes (JsonBuilder *b,
             const char  *name,
             double       minutes)
{
  json_builder_set_member_name (b, name);
  if (isnan (minutes))
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, round (minutes * 10) / 10);
}

static void
print_json (SkOvResult *r,
            SkRegion   *region)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  double share = sk_ov_result_get_within_60_share (r);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "kernen");
  json_builder_begin_array (b);
  for (size_t k = 0; k < sk_ov_result_get_n_kernen (r); k++)
    {
      const SkKern *kern = sk_region_get_kern (region, k);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, kern->name);
      json_builder_set_member_name (b, "inhabitants");
      if (kern->inhabitants >= 0)
        json_builder_add_int_value (b, kern->inhabitants);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "to");
      json_builder_begin_object (b);
      for (size_t d = 0; d < sk_ov_result_get_n_dests (r); d++)
        {
          const SkOvTimes *t = sk_ov_result_get_times (r, k, d);

          json_builder_set_member_name (b, sk_ov_result_get_dest (r, d)->name);
          json_builder_begin_object (b);
          add_minutes (b, "median_minutes", t->median_minutes);
          add_minutes (b, "p80_minutes", t->p80_minutes);
          add_minutes (b, "best_minutes", t->best_minutes);
          json_builder_end_object (b);
        }
      json_builder_end_object (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "summary");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "within_60");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "share");
  if (isnan (share))
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, round (share * 1000) / 1000);
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  sk_cli_print_json (b);
}

static char *
format_minutes (double m)
{
  return isnan (m) ? g_strdup ("–") : g_strdup_printf ("%.0f", m);
}

static void
print_text (SkOvResult *r,
            SkRegion   *region)
{
  double share = sk_ov_result_get_within_60_share (r);

  /* TRANSLATORS: a table heading; the times are minutes door to door. */
  g_print ("%s\n", _("Reistijd met bus en trein, deur tot deur, in minuten: mediaan / 80e percentiel / snelste"));
  for (size_t k = 0; k < sk_ov_result_get_n_kernen (r); k++)
    {
      g_print ("%-28s", sk_region_get_kern (region, k)->name);
      for (size_t d = 0; d < sk_ov_result_get_n_dests (r); d++)
        {
          const SkOvTimes *t = sk_ov_result_get_times (r, k, d);
          g_autofree char *a = format_minutes (t->median_minutes);
          g_autofree char *p = format_minutes (t->p80_minutes);
          g_autofree char *s = format_minutes (t->best_minutes);

          g_print ("  %s %s/%s/%s", sk_ov_result_get_dest (r, d)->name, a, p, s);
        }
      g_print ("\n");
    }
  if (isnan (share))
    g_print ("%s\n", _("Binnen een uur in een centrum: niet bekend (geen inwonertallen)"));
  else
    g_print (_("Binnen een uur in een centrum (mediaan ≤ 60 minuten): %.0f%% van de inwoners\n"),
             share * 100);
  for (const char *const *n = sk_ov_result_get_notes (r); *n != NULL; n++)
    g_print ("%s\n", *n);
}

static SkTimetable *
timetable_for (Options    *o,
               SkRegion   *region,
               GPtrArray  *dests,
               GError    **error)
{
  g_autoptr(GArray) keep = g_array_new (FALSE, FALSE, sizeof (SkLatLon));

  if (o->gtfs == NULL)
    return sk_timetable_load_for_region (region, error);
  for (guint i = 0; i < dests->len; i++)
    {
      const SkOvDestination *d = g_ptr_array_index (dests, i);
      SkLatLon p = { d->lat, d->lon };

      g_array_append_val (keep, p);
    }
  return sk_timetable_read_gtfs (o->gtfs, region, (SkLatLon *) keep->data, keep->len, NULL, NULL,
                                 NULL, error);
}

static int
run (Options    *o,
     const char *region_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkKengetallen) k = NULL;
  g_autoptr(GPtrArray) dests = NULL;
  g_autoptr(SkTimetable) tt = NULL;
  g_autoptr(SkOvResult) r = NULL;
  SkOvQuery q;

  if (!make_query (o, &q, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if ((region = sk_region_load (region_name, &error)) == NULL
      || (k = sk_kengetallen_load_default (&error)) == NULL
      || (dests = parse_destinations (o->to, region, &error)) == NULL
      || (tt = timetable_for (o, region, dests, &error)) == NULL
      || (r = sk_ov_compute (tt, region, k, &q, (SkOvDestination *const *) dests->pdata,
                             dests->len, NULL, NULL, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (o->json)
    print_json (r, region);
  else
    print_text (r, region);
  return 0;
}

int
sk_cli_ov (int    argc,
           char **argv)
{
  Options o = { 0 };
  const GOptionEntry entries[] = {
    { "gtfs", 0, 0, G_OPTION_ARG_FILENAME, &o.gtfs,
      N_("De dienstregeling: een GTFS-bestand (.zip) of map; zonder: die van de regio"),
      N_("FEED") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &o.date, N_("De dag (standaard vandaag)"),
      N_("JJJJ-MM-DD") },
    { "window", 0, 0, G_OPTION_ARG_STRING, &o.window,
      N_("Vertrekken tussen (standaard 07:00-09:00)"), N_("UU:MM-UU:MM") },
    { "to", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.to,
      N_("Bestemmingen (standaard Zwolle, Emmen, Assen, Groningen, Meppel)"),
      N_("NAAM[@BREEDTE,LENGTE],…") },
    { "access", 0, 0, G_OPTION_ARG_STRING, &o.access,
      N_("Naar de halte: lopen of fiets (standaard lopen)"), N_("WIJZE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, N_("Uitvoer als JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  context = g_option_context_new (_("REGIO — reistijd met bus en trein naar regionale centra"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error ? error->message : _("Geef één regio op: een bestand of een naam."));
      options_clear (&o);
      return 2;
    }
  status = run (&o, argv[1]);
  options_clear (&o);
  return status;
}

static void
on_import_progress (double      fraction,
                    const char *stage,
                    gpointer    user_data)
{
  g_printerr ("\r%3.0f%%  %-40s", fraction * 100, stage);
  if (fraction >= 1.0)
    g_printerr ("\n");
}

int
sk_cli_import_gtfs (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autofree char *path = NULL;

  context = g_option_context_new (_("REGIO FEED — bewaar een GTFS-dienstregeling bij een regio"));
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3)
    {
      g_printerr ("%s\n", error ? error->message : _("Geef een regio en een GTFS-bestand op."));
      return 2;
    }
  if ((region = sk_region_load (argv[1], &error)) == NULL
      || !sk_timetable_import (region, argv[2], on_import_progress, NULL, NULL, &error))
    {
      g_printerr ("\n%s\n", error->message);
      return 1;
    }
  path = sk_timetable_path_for_region (region);
  g_print (_("De dienstregeling is bewaard in %s\n"), path);
  return 0;
}
