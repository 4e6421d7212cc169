/* sk-json.h — small helpers for writing JSON with JsonBuilder, and the one
 * way text from outside is parsed: bounded before json-glib sees it. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Member NAME with the string VALUE, or null when VALUE is NULL. */
void sk_json_add_string (JsonBuilder *b,
                         const char  *name,
                         const char  *value);
void sk_json_add_double (JsonBuilder *b,
                         const char  *name,
                         double       value);
void sk_json_add_int    (JsonBuilder *b,
                         const char  *name,
                         gint64       value);

/* TRUE when NODE is a JSON number, whole or not. */
gboolean    sk_json_node_is_number (JsonNode *node);

/* An entry of a file being read, as a message names it: WHAT and its
 * number (INDEX counted from 0), with ID when it is known: "soort 3
 * (“pluktuin”)", or "soort 3". */
char       *sk_json_describe_entry (const char *what,
                                    guint       index,
                                    const char *id);

/* Member NAME of OBJECT when it is a string, else DEFAULT_VALUE: as
 * json_object_get_string_member_with_default, without the critical
 * json-glib prints when the member is an array or an object (a file
 * from outside may hold anything there). */
const char *sk_json_object_get_string (JsonObject *object,
                                       const char *name,
                                       const char *default_value);

#define SK_JSON_ERROR (sk_json_error_quark ())

typedef enum
{
  SK_JSON_ERROR_TOO_LARGE,
  SK_JSON_ERROR_TOO_DEEP,
  SK_JSON_ERROR_NUL,
  SK_JSON_ERROR_TRAILING,
  SK_JSON_ERROR_SYNTAX,
  SK_JSON_ERROR_NUMBER,    /* a number too large to read */
  SK_JSON_ERROR_TEXT,      /* \u0000 or half a surrogate pair in a string */
  SK_JSON_ERROR_EMPTY,     /* nothing but white space */
} SkJsonError;

/* Nesting no file or line of Samenkaart needs more than (a GeoJSON
 * multipolygon is 7 deep). json-glib parses recursively with no limit:
 * ~80,000 levels overflow the stack. */
#define SK_JSON_MAX_DEPTH 64

GQuark   sk_json_error_quark (void);

/* Checks LENGTH bytes of DATA (-1: up to the first NUL) before parsing:
 * at most MAX_SIZE bytes, nesting of at most SK_JSON_MAX_DEPTH, no NUL
 * byte, one value only (nothing but white space after it), no number
 * beyond 64-bit integers or doubles, no \u0000 and no lone surrogate
 * escape (json-glib would cut or garble the text). The
 * message says what is wrong in plain Dutch, without naming a file. */
gboolean sk_json_check_text  (const char  *data,
                              gssize       length,
                              gsize        max_size,
                              GError     **error);
/* sk_json_check_text, then json_from_string. */
JsonNode *sk_json_from_string (const char  *text,
                               gsize        max_size,
                               GError     **error);
/* sk_json_check_text, then json_parser_load_from_data. */
gboolean sk_json_parser_load (JsonParser  *parser,
                              const char  *data,
                              gssize       length,
                              gsize        max_size,
                              GError     **error);

G_END_DECLS
