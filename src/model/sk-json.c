/* sk-json.c — small helpers for writing JSON with JsonBuilder, and the
 * bounded reading of JSON text from outside. */
#include "sk-json.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

G_DEFINE_QUARK (sk-json-error-quark, sk_json_error)

/* The value of the 4 hex digits at P, or -1. */
static int
hex4 (const char *p,
      gsize       left)
{
  int v = 0;

  if (left < 4)
    return -1;
  for (guint i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);

      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* The key the value at hand belongs to, for messages: “lat”, or “”. */
static char *
key_name (const char *key,
          gsize       key_length)
{
  g_autofree char *whole = key ? g_strndup (key, key_length) : g_strdup ("");

  /* The text was checked as UTF-8; cut at a character, not a byte. */
  return g_utf8_strlen (whole, -1) <= 40 ? g_steal_pointer (&whole)
                                         : g_utf8_substring (whole, 0, 40);
}

/* DATA[I] is the 'u' of a \uXXXX escape. json-glib turns \u0000 into the
 * end of the string (a name cut short) and a lone surrogate (\ud800) into
 * invalid UTF-8: both are refused. Returns the number of bytes to skip
 * after I (a pair is read as one), or -1 with @error set. */
static gssize
check_unicode_escape (const char  *data,
                      gsize        i,
                      gsize        n,
                      const char  *key,
                      gsize        key_length,
                      GError     **error)
{
  int v = hex4 (data + i + 1, n - i - 1);
  g_autofree char *name = key_name (key, key_length);

  if (v == 0)
    {
      g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_TEXT,
                   _("een tekst bij “%s” bevat \\u0000 (een NUL-teken); haal het weg"), name);
      return -1;
    }
  if (v < 0)
    {
      /* json-glib leaks memory on a broken \u escape; said here instead. */
      g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_TEXT,
                   _("een tekst bij “%s” bevat een \\u zonder vier hexadecimale cijfers"),
                   name);
      return -1;
    }
  if (v >= 0xdc00 && v <= 0xdfff)
    goto lone;
  if (v < 0xd800 || v > 0xdbff)
    return 4;
  /* A high surrogate must be followed by a low one. */
  if (i + 6 < n && data[i + 5] == '\\' && data[i + 6] == 'u')
    {
      int low = hex4 (data + i + 7, n - i - 7);

      if (low >= 0xdc00 && low <= 0xdfff)
        return 10;
    }
lone:
  g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_TEXT,
               _("een tekst bij “%s” bevat een half teken (\\u%.4s, een losse surrogaat); "
                 "schrijf het teken zelf of het hele paar"), name, data + i + 1);
  return -1;
}

/* A number token at DATA[I]: json-glib wraps a whole number beyond 64 bits
 * to -1 (an idea at latitude -1) and reads 1e999 as infinity; both are
 * refused. Returns the length of the token, or 0 with @error set. */
static gsize
check_number (const char  *data,
              gsize        i,
              gsize        n,
              const char  *key,
              gsize        key_length,
              GError     **error)
{
  gsize j = i;
  gboolean whole = TRUE;
  g_autofree char *token = NULL;
  g_autofree char *name = NULL;
  const char *digits;
  gsize n_digits;

  for (; j < n && data[j] != '\0' && (g_ascii_isdigit (data[j]) || strchr ("+-.eE", data[j])); j++)
    if (strchr (".eE", data[j]) != NULL)
      whole = FALSE;
  token = g_strndup (data + i, j - i);
  digits = token[0] == '-' ? token + 1 : token;
  while (digits[0] == '0' && digits[1] != '\0')
    digits++;
  n_digits = strlen (digits);
  if (whole ? (n_digits < 19
               || (n_digits == 19
                   && strcmp (digits, token[0] == '-' ? "9223372036854775808"
                                                      : "9223372036854775807") <= 0))
            : isfinite (g_ascii_strtod (token, NULL)))
    return j - i;
  name = key_name (key, key_length);
  if (strlen (token) > 40)
    strcpy (token + 37, "…");
  g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_NUMBER,
               _("het getal %s bij “%s” is te groot om te lezen"), token, name);
  return 0;
}

static gboolean
only_space (const char *data,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

/* One pass over the text, aware of strings and their escapes. */
gboolean
sk_json_check_text (const char  *data,
                    gssize       length,
                    gsize        max_size,
                    GError     **error)
{
  gsize n = length < 0 ? (data ? strlen (data) : 0) : (gsize) length;
  gboolean in_string = FALSE, escaped = FALSE, done = FALSE;
  const char *string = NULL, *key = NULL;
  gsize string_length = 0, key_length = 0;
  const char *bad = NULL;
  guint depth = 0;

  if (n > max_size)
    {
      g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_TOO_LARGE,
                   _("de tekst is te groot (%lu bytes; hoogstens %lu)"), (unsigned long) n,
                   (unsigned long) max_size);
      return FALSE;
    }
  /* An empty file (GBytes of it hold no data at all) gets a message of
   * its own instead of an assertion inside json-glib. */
  if (only_space (data, n))
    {
      g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_EMPTY,
                   _("de tekst is leeg: er staat geen JSON in"));
      return FALSE;
    }
  if (!g_utf8_validate_len (data, n, &bad))
    {
      /* json-glib would quote the broken bytes in its message. */
      g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_TEXT,
                   *bad == '\0' ? _("er staat een NUL-teken in de tekst (op positie %lu)")
                                 : _("de tekst is geen geldige UTF-8 (op positie %lu); bewaar "
                                     "het bestand als UTF-8"),
                   (unsigned long) (bad - data) + 1);
      return FALSE;
    }
  for (gsize i = 0; i < n; i++)
    {
      char c = data[i];

      if (c == '\0')
        {
          g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_NUL,
                       _("er staat een NUL-teken in de tekst (op positie %lu)"),
                       (unsigned long) i + 1);
          return FALSE;
        }
      if (in_string)
        {
          if (escaped && c == 'u')
            {
              gssize skip = check_unicode_escape (data, i, n, key, key_length, error);

              if (skip < 0)
                return FALSE;
              i += (gsize) skip;
              escaped = FALSE;
            }
          else if (escaped && strchr ("\"\\/bfnrt", c) == NULL)
            {
              /* json-glib's scanner would read \222 as an octal byte:
               * invalid UTF-8 in a name. */
              g_autofree char *name = key_name (key, key_length);

              g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_TEXT,
                           _("een tekst bij “%s” bevat een \\ die niet mag (op positie %lu); "
                             "schrijf \\\\ voor een \\"), name, (unsigned long) i + 1);
              return FALSE;
            }
          else if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            {
              in_string = FALSE;
              string_length = (gsize) (data + i - string);
              done = depth == 0;
            }
          continue;
        }
      if (done && !g_ascii_isspace (c))
        {
          g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_TRAILING,
                       _("na de eerste JSON-waarde staat nog iets (op positie %lu); zet één "
                         "waarde per regel of bestand"), (unsigned long) i + 1);
          return FALSE;
        }
      /* Outside strings JSON has only these; json-glib's scanner would also
       * take 'quotes', comments and names, along paths that are not JSON
       * (one of them found by fuzz-plan). */
      if (strchr (" \t\n\r{}[],:\"-+.0123456789eEtrufalsn", c) == NULL)
        {
          g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_SYNTAX,
                       _("er staat een teken dat niet in JSON hoort (op positie %lu)"),
                       (unsigned long) i + 1);
          return FALSE;
        }
      if (c == '"')
        {
          in_string = TRUE;
          string = data + i + 1;
        }
      else if (c == ':')
        {
          key = string;
          key_length = string_length;
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          gsize token = check_number (data, i, n, key, key_length, error);

          if (token == 0)
            return FALSE;
          i += token - 1;
          done = depth == 0;
        }
      else if (c == '{' || c == '[')
        {
          if (++depth > SK_JSON_MAX_DEPTH)
            {
              g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_TOO_DEEP,
                           _("de JSON is dieper genest dan %d niveaus"), SK_JSON_MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((c == '}' || c == ']') && depth > 0)
        done = --depth == 0;
      else if (depth == 0 && g_ascii_isalpha (c) && (i + 1 == n || !g_ascii_isalpha (data[i + 1])))
        done = TRUE;  /* the end of a top-level true, false or null */
    }
  if (in_string)
    {
      g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_TEXT,
                   _("een tekst (vanaf positie %lu) heeft geen afsluitend aanhalingsteken"),
                   (unsigned long) (string - data));
      return FALSE;
    }
  return TRUE;
}

/* json-glib quotes the text near a parse error, and may cut it in the
 * middle of a character. */
static void
make_message_valid (GError **error)
{
  char *valid;

  if (error == NULL || *error == NULL || g_utf8_validate ((*error)->message, -1, NULL))
    return;
  valid = g_utf8_make_valid ((*error)->message, -1);
  g_free ((*error)->message);
  (*error)->message = valid;
}

JsonNode *
sk_json_from_string (const char  *text,
                     gsize        max_size,
                     GError     **error)
{
  g_return_val_if_fail (text != NULL, NULL);

  JsonNode *node;

  if (!sk_json_check_text (text, -1, max_size, error))
    return NULL;
  node = json_from_string (text, error);
  if (node == NULL && error != NULL && *error == NULL)
    g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_EMPTY,
                 _("er staat geen JSON-waarde in de tekst"));
  make_message_valid (error);
  return node;
}

gboolean
sk_json_parser_load (JsonParser  *parser,
                     const char  *data,
                     gssize       length,
                     gsize        max_size,
                     GError     **error)
{
  g_return_val_if_fail (JSON_IS_PARSER (parser), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (!sk_json_check_text (data, length, max_size, error))
    return FALSE;
  if (!json_parser_load_from_data (parser, data, length, error))
    {
      make_message_valid (error);
      return FALSE;
    }
  /* Only a comment ("// …", which json-glib skips) leaves no value. */
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_EMPTY,
                   _("er staat geen JSON-waarde in de tekst"));
      return FALSE;
    }
  return TRUE;
}

const char *
sk_json_object_get_string (JsonObject *object,
                           const char *name,
                           const char *default_value)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return default_value;
  return json_node_get_string (node);
}

gboolean
sk_json_node_is_number (JsonNode *node)
{
  GType t;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  t = json_node_get_value_type (node);
  return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

char *
sk_json_describe_entry (const char *what,
                        guint       index,
                        const char *id)
{
  if (id != NULL)
    return g_strdup_printf ("%s %u (“%s”)", what, index + 1, id);
  return g_strdup_printf ("%s %u", what, index + 1);
}

void
sk_json_add_string (JsonBuilder *b,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

void
sk_json_add_double (JsonBuilder *b,
                    const char  *name,
                    double       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_double_value (b, value);
}

void
sk_json_add_int (JsonBuilder *b,
                 const char  *name,
                 gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}
