/* sk-json.c — small helpers for writing JSON with JsonBuilder, and the
 * bounded reading of JSON text from outside. */
#include "sk-json.h"

#include <glib/gi18n-lib.h>
#include <string.h>

G_DEFINE_QUARK (sk-json-error-quark, sk_json_error)

/* One pass over the text, aware of strings and their escapes. */
gboolean
sk_json_check_text (const char  *data,
                    gssize       length,
                    gsize        max_size,
                    GError     **error)
{
  gsize n = length < 0 ? strlen (data) : (gsize) length;
  gboolean in_string = FALSE, escaped = FALSE, done = FALSE;
  guint depth = 0;

  if (n > max_size)
    {
      g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_TOO_LARGE,
                   _("de tekst is te groot (%lu bytes; hoogstens %lu)"), (unsigned long) n,
                   (unsigned long) max_size);
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
          if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (done && !g_ascii_isspace (c))
        {
          g_set_error (error, SK_JSON_ERROR, SK_JSON_ERROR_TRAILING,
                       _("na de eerste JSON-waarde staat nog iets (op positie %lu); zet één "
                         "waarde per regel of bestand"), (unsigned long) i + 1);
          return FALSE;
        }
      if (c == '"')
        in_string = TRUE;
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
    }
  return TRUE;
}

JsonNode *
sk_json_from_string (const char  *text,
                     gsize        max_size,
                     GError     **error)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (!sk_json_check_text (text, -1, max_size, error))
    return NULL;
  return json_from_string (text, error);
}

gboolean
sk_json_parser_load (JsonParser  *parser,
                     const char  *data,
                     gssize       length,
                     gsize        max_size,
                     GError     **error)
{
  g_return_val_if_fail (JSON_IS_PARSER (parser), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  return sk_json_check_text (data, length, max_size, error)
         && json_parser_load_from_data (parser, data, length, error);
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
