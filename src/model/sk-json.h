/* sk-json.h — small helpers for writing JSON with JsonBuilder. */
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

G_END_DECLS
