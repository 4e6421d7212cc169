/* sk-cli-session.c — samenkaart-cli session new|apply|show|merge: session
 * files without a display.
 *
 * `session apply` reads one JSON action per line on stdin and answers
 * each with one flushed JSON line, written only after the action was
 * committed: a caller knows exactly what is durable. A bad line is
 * answered with {"ok": false, "line": N, "error": "…"} and the rest
 * goes on; the exit status is then 1.
 */
#include "sk-json.h"
#include "sk-config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sk-cli-apply.h"
#include "sk-cli-commands.h"
#include "sk-region.h"
#include "sk-store.h"
#include "sk-toolbox.h"

static int
session_new (int    argc,
             char **argv)
{
  g_autofree char *title = NULL, *place = NULL, *format = NULL, *region_name = NULL;
  g_autofree char *date = NULL;
  const GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Titel van de sessie"), N_("TITEL") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &place, N_("Plaats van de sessie"), N_("PLAATS") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Datum (JJJJ-MM-DD), standaard vandaag"),
      N_("DATUM") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("keukentafelgesprek, atelier of presentatie"), N_("VORM") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name,
      N_("Regio: een ingebouwde naam of een regiobestand"), N_("REGIO") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("BESTAND — maak een nieuwe sessie"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkStore) store = NULL;
  SkStoreMetadata metadata = { 0 };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error ? error->message : _("Geef één sessiebestand op."));
      return 2;
    }
  if (region_name != NULL && (region = sk_region_load (region_name, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  metadata.title = title;
  metadata.place = place;
  metadata.date = date;
  metadata.format = format;
  metadata.region_id = region ? (char *) sk_region_get_id (region) : NULL;
  metadata.region_hash = region ? (char *) sk_region_get_content_hash (region) : NULL;
  store = sk_store_create (argv[1], &metadata, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

static void
print_line (JsonBuilder *b)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  fputs (text, stdout);
  fputc ('\n', stdout);
  fflush (stdout);
}

static void
print_result (guint         line,
              gint64        event,
              gint64        id,
              const GError *error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "ok");
  json_builder_add_boolean_value (b, error == NULL);
  if (error == NULL)
    {
      json_builder_set_member_name (b, "event");
      json_builder_add_int_value (b, event);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, id);
    }
  else
    {
      json_builder_set_member_name (b, "line");
      json_builder_add_int_value (b, line);
      json_builder_set_member_name (b, "error");
      json_builder_add_string_value (b, error->message);
    }
  json_builder_end_object (b);
  print_line (b);
}

/* Applies one line; returns the event id or 0 with @error set. */
static gint64
apply_line (SkStore     *store,
            SkToolbox   *toolbox,
            const char  *line,
            gssize       length,
            gint64      *id,
            GError     **error)
{
  g_auto(SkCliApply) apply = { 0 };

  if (!sk_cli_apply_read (&apply, toolbox, store, line, length, error))
    return 0;
  return sk_store_apply (store, &apply.action, id, error);
}

static int
session_apply (int    argc,
               char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkToolbox) toolbox = sk_toolbox_load (NULL, &error);
  char *line = NULL;
  size_t size = 0;
  ssize_t length;
  guint line_number = 0;
  int status = 0;

  if (argc != 2)
    {
      g_printerr ("%s\n", _("Gebruik: samenkaart-cli session apply BESTAND < stappen.jsonl"));
      return 2;
    }
  if (toolbox == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  store = sk_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  while ((length = getline (&line, &size, stdin)) >= 0)
    {
      g_autoptr(GError) line_error = NULL;
      gint64 id = 0, event;

      line_number++;
      /* Trailing white space (the newline) off, but a NUL inside the line
       * is kept for the reader to refuse rather than cut the line short. */
      while (length > 0 && g_ascii_isspace (line[length - 1]))
        line[--length] = '\0';
      if (length == 0 || (size_t) length == strspn (line, " \t"))
        continue;
      event = apply_line (store, toolbox, line, length, &id, &line_error);
      print_result (line_number, event, id, line_error);
      if (event == 0)
        status = 1;
    }
  free (line);
  return status;
}

static int
session_show (int    argc,
              char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Uitvoer als JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("BESTAND — toon een sessie"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *o;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error ? error->message : _("Geef één sessiebestand op."));
      return 2;
    }
  store = sk_store_open_readonly (argv[1], &error);
  if (store != NULL)
    root = sk_store_dup_json (store, &error);
  if (root == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (json)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *text = NULL;

      json_generator_set_pretty (generator, TRUE);
      json_generator_set_root (generator, root);
      text = json_generator_to_data (generator, NULL);
      g_print ("%s\n", text);
      return 0;
    }
  o = json_node_get_object (root);
  g_print ("%s — %s, %s (%s)\n", json_object_get_string_member (o, "title"),
           json_object_get_string_member (o, "place"), json_object_get_string_member (o, "date"),
           json_object_get_string_member (o, "format"));
  g_print (_("%u ingrepen, %u deelnemers, %u opmerkingen, %u stippen, %u toegevoegde "
             "voorzieningen, %lld stappen\n"),
           json_array_get_length (json_object_get_array_member (o, "interventions")),
           json_array_get_length (json_object_get_array_member (o, "participants")),
           json_array_get_length (json_object_get_array_member (o, "comments")),
           json_array_get_length (json_object_get_array_member (o, "votes")),
           json_array_get_length (json_object_get_array_member (o, "corrections")),
           (long long) json_object_get_int_member (o, "events"));
  return 0;
}

static int
session_merge (int    argc,
               char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autofree char *summary = NULL;

  if (argc < 3)
    {
      g_printerr ("%s\n", _("Gebruik: samenkaart-cli session merge DOEL BRON…"));
      return 2;
    }
  store = sk_store_open (argv[1], &error);
  if (store == NULL
      || !sk_store_merge_with_summary (store, (const char * const *) argv + 2, &summary, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* Per source: what came in, what was brought up to date, what was
   * already here. */
  g_print ("%s\n", summary);
  return 0;
}

int
sk_cli_session (int    argc,
                char **argv)
{
  static const struct
  {
    const char *name;
    SkCliCommand run;
  } subcommands[] = {
    { "new", session_new },
    { "apply", session_apply },
    { "show", session_show },
    { "merge", session_merge },
  };

  for (guint i = 0; argc >= 2 && i < G_N_ELEMENTS (subcommands); i++)
    if (g_str_equal (argv[1], subcommands[i].name))
      return subcommands[i].run (argc - 1, argv + 1);
  g_printerr ("%s\n", _("Gebruik: samenkaart-cli session new|apply|show|merge BESTAND …"));
  return 2;
}
