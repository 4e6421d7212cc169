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

#include "sk-cli-commands.h"
#include "sk-region.h"
#include "sk-store.h"
#include "sk-toolbox.h"

typedef struct
{
  const char *name;
  SkStoreOp   op;
} OpName;

static const OpName op_names[] = {
  { "add", SK_STORE_OP_ADD },         { "move", SK_STORE_OP_MOVE },
  { "reshape", SK_STORE_OP_RESHAPE }, { "edit", SK_STORE_OP_EDIT },
  { "delete", SK_STORE_OP_DELETE },   { "comment", SK_STORE_OP_COMMENT },
  { "vote", SK_STORE_OP_VOTE },       { "undo", SK_STORE_OP_UNDO },
  { "participant", SK_STORE_OP_PARTICIPANT },
  { "variant-new", SK_STORE_OP_VARIANT_NEW },
  { "variant-duplicate", SK_STORE_OP_VARIANT_DUPLICATE },
  { "variant-rename", SK_STORE_OP_VARIANT_RENAME },
  { "metadata", SK_STORE_OP_METADATA },
  { "facility-add", SK_STORE_OP_FACILITY_ADD },
  { "facility-remove", SK_STORE_OP_FACILITY_REMOVE },
};

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

static gboolean
read_number (JsonObject  *o,
             const char  *member,
             double      *value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (o, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || (json_node_get_value_type (node) != G_TYPE_DOUBLE
          && json_node_get_value_type (node) != G_TYPE_INT64))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Het veld “%s” ontbreekt of is geen getal."), member);
      return FALSE;
    }
  *value = json_node_get_double (node);
  return TRUE;
}

static gint64
read_id (JsonObject *o,
         const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;
  return json_node_get_int (node);
}

static const char *
read_text (JsonObject *o,
           const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* The member as JSON text (objects stay objects), or NULL. */
static char *
read_json (JsonObject *o,
           const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  return node ? json_to_string (node, FALSE) : NULL;
}

/* A GeoJSON geometry from "geometry" (an object), "coordinates"
 * ([[lon, lat], …]: a line, or an area when "shape" is "area" or the
 * ring is closed) or "lat"/"lon" (a point). */
static char *
read_geometry (JsonObject  *o,
               GError     **error)
{
  JsonNode *coordinates = json_object_get_member (o, "coordinates");
  g_autofree char *list = NULL;
  const char *shape = read_text (o, "shape");
  double lat, lon;

  if (json_object_has_member (o, "geometry"))
    return read_json (o, "geometry");
  if (coordinates != NULL && JSON_NODE_HOLDS_ARRAY (coordinates))
    {
      JsonArray *a = json_node_get_array (coordinates);
      guint n = json_array_get_length (a);
      gboolean closed = n >= 4 && json_node_equal (json_array_get_element (a, 0),
                                                   json_array_get_element (a, n - 1));

      if (g_strcmp0 (shape, "area") == 0 || (shape == NULL && closed))
        {
          g_autoptr(JsonArray) ring = json_array_ref (a);
          g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);

          /* A ring ends where it starts. */
          if (n > 0 && !closed)
            {
              ring = json_array_sized_new (n + 1);
              for (guint i = 0; i < n; i++)
                json_array_add_element (ring, json_node_copy (json_array_get_element (a, i)));
              json_array_add_element (ring, json_node_copy (json_array_get_element (a, 0)));
            }
          json_node_set_array (node, ring);
          list = json_to_string (node, FALSE);
          return g_strdup_printf ("{\"type\":\"Polygon\",\"coordinates\":[%s]}", list);
        }
      list = json_to_string (coordinates, FALSE);
      return g_strdup_printf ("{\"type\":\"LineString\",\"coordinates\":%s}", list);
    }
  if (!read_number (o, "lat", &lat, error) || !read_number (o, "lon", &lon, error))
    return NULL;
  return g_strdup_printf ("{\"type\":\"Point\",\"coordinates\":[%.9g,%.9g]}", lon, lat);
}

/* Applies one line; returns the event id or 0 with @error set. */
/* An added idea must be a kind of the toolbox, drawn as that kind is
 * drawn (a woonerf is an area, an ommetje a line), or the app could not
 * show it: refused here, before anything is stored. */
static gboolean
check_kind (SkToolbox   *toolbox,
            const char  *kind_id,
            const char  *geometry,
            GError     **error)
{
  static const char *const types[] = { "Point", "LineString", "Polygon" };
  g_autoptr(JsonParser) parser = json_parser_new ();
  const SkKind *kind = kind_id ? sk_toolbox_find_kind (toolbox, kind_id) : NULL;
  const char *type = NULL;

  if (kind == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("De gereedschapskist kent “%s” niet."), kind_id ? kind_id : "");
      return FALSE;
    }
  if (sk_json_parser_load (parser, geometry, -1, SK_STORE_MAX_JSON, NULL)
      && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    type = json_object_get_string_member_with_default (json_node_get_object (json_parser_get_root (parser)),
                                                       "type", NULL);
  if (g_strcmp0 (type, types[kind->geometry]) != 0)
    {
      static const char *const shapes[] = { N_("een punt: geef lat en lon"),
                                            N_("een lijn: geef coordinates met twee of meer punten"),
                                            N_("een gebied: geef coordinates met de hoeken") };

      /* Translators: e.g. "Woonerf is een gebied: geef coordinates met de hoeken." */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s is %s."), kind->name,
                   _(shapes[kind->geometry]));
      return FALSE;
    }
  return TRUE;
}

static gint64
apply_line (SkStore     *store,
            SkToolbox   *toolbox,
            const char  *line,
            gssize       length,
            gint64      *id,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *geometry = NULL, *params = NULL;
  SkStoreAction action = { 0 };
  JsonObject *o;
  const char *op;
  guint i;

  if (!sk_json_parser_load (parser, line, length, SK_STORE_MAX_JSON, &parse_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Deze regel is geen geldige JSON (%s)."), parse_error->message);
      return 0;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Elke regel moet één JSON-object zijn."));
      return 0;
    }
  o = json_node_get_object (json_parser_get_root (parser));
  op = read_text (o, "op");
  for (i = 0; op != NULL && i < G_N_ELEMENTS (op_names); i++)
    if (g_str_equal (op, op_names[i].name))
      break;
  if (op == NULL || i == G_N_ELEMENTS (op_names))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Onbekende stap “%s”: kies add, move, reshape, edit, delete, comment, vote, "
                     "undo, participant, variant-new, variant-duplicate, variant-rename, "
                     "metadata, facility-add of facility-remove."),
                   op ? op : "");
      return 0;
    }
  action.op = op_names[i].op;
  action.participant_id = action.op == SK_STORE_OP_PARTICIPANT ? 0 : read_id (o, "participant");
  action.intervention_id = read_id (o, "id");
  action.variant_id = read_id (o, "variant");
  action.kind = read_text (o, "kind");
  action.name = read_text (o, "name");
  action.note = read_text (o, "note");
  action.text = read_text (o, "text");
  action.role = read_text (o, "role");
  action.colour = read_text (o, "colour");
  action.title = read_text (o, "title");
  action.place = read_text (o, "place");
  action.date = read_text (o, "date");
  action.format = read_text (o, "format");
  params = read_json (o, "params");
  action.params = params;
  if (action.op == SK_STORE_OP_ADD || action.op == SK_STORE_OP_RESHAPE)
    {
      const SkKind *kind = action.kind ? sk_toolbox_find_kind (toolbox, action.kind) : NULL;

      /* The corners of an area kind make an area, closed or not. */
      if (kind != NULL && kind->geometry == SK_GEOMETRY_AREA && !json_object_has_member (o, "shape"))
        json_object_set_string_member (o, "shape", "area");
      geometry = read_geometry (o, error);
      if (geometry == NULL)
        return 0;
      if (action.op == SK_STORE_OP_ADD && !check_kind (toolbox, action.kind, geometry, error))
        return 0;
      action.geometry = geometry;
    }
  /* A facility the region lacks: "type", "lat", "lon", an optional
   * "name"; "id" names the one to take away (or to put back). */
  if (action.op == SK_STORE_OP_FACILITY_ADD || action.op == SK_STORE_OP_FACILITY_REMOVE)
    {
      action.facility = read_text (o, "type");
      action.correction_id = action.intervention_id;
      action.intervention_id = 0;
    }
  if (action.op == SK_STORE_OP_FACILITY_ADD && action.correction_id == 0
      && (!read_number (o, "lat", &action.lat, error)
          || !read_number (o, "lon", &action.lon, error)))
    return 0;
  if ((action.op == SK_STORE_OP_MOVE || action.op == SK_STORE_OP_COMMENT)
      && (!read_number (o, "lat", &action.lat, error)
          || !read_number (o, "lon", &action.lon, error)))
    return 0;
  return sk_store_apply (store, &action, id, error);
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

  if (argc < 3)
    {
      g_printerr ("%s\n", _("Gebruik: samenkaart-cli session merge DOEL BRON…"));
      return 2;
    }
  store = sk_store_open (argv[1], &error);
  if (store == NULL || !sk_store_merge (store, (const char * const *) argv + 2, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (ngettext ("%d sessie samengevoegd in “%s”.\n", "%d sessies samengevoegd in “%s”.\n",
                     (unsigned long) (argc - 2)),
           argc - 2, argv[1]);
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
