/* sk-toolbox-private.h — shared by the parts of the catalogue loader:
 * sk-toolbox.c (the object, top-level lists, lookups) and
 * sk-toolbox-kind.c (one kind with its parameters, costs and benefits). */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-toolbox.h"

G_BEGIN_DECLS

struct _SkToolbox
{
  GObject parent_instance;

  int price_year;
  GArray *sources;      /* SkToolboxSource */
  GArray *themes;       /* SkToolboxTerm */
  GArray *actors;
  GArray *categories;
  GArray *bw_themes;
  GArray *conditions;
  GArray *kinds;        /* SkKind */
  GHashTable *kind_index; /* id → index + 1 */
};

/* Parsing context: names the file and the entry in every error. */
typedef struct
{
  const char *file;
  char *where;
  SkToolbox *toolbox;
} SkToolboxParser;

gboolean    sk_toolbox_fail         (SkToolboxParser  *p,
                                     GError          **error,
                                     const char       *format,
                                     ...) G_GNUC_PRINTF (3, 4);
void        sk_toolbox_set_where    (SkToolboxParser  *p,
                                     const char       *what,
                                     const char       *id,
                                     guint             index);
/* A string field; NULL (not an error) when absent and not required. */
gboolean    sk_toolbox_get_string   (SkToolboxParser  *p,
                                     JsonObject       *obj,
                                     const char       *field,
                                     gboolean          required,
                                     char            **out,
                                     GError          **error);
gboolean    sk_toolbox_get_number   (SkToolboxParser  *p,
                                     JsonObject       *obj,
                                     const char       *field,
                                     double           *out,
                                     GError          **error);
JsonArray  *sk_toolbox_get_array    (SkToolboxParser  *p,
                                     JsonObject       *obj,
                                     const char       *field,
                                     GError          **error);
/* Fails naming FIELD when ID is not in the list (what: "thema", …). */
gboolean    sk_toolbox_check_ref    (SkToolboxParser  *p,
                                     GArray           *terms,
                                     const char       *field,
                                     const char       *id,
                                     GError          **error);

gboolean    sk_toolbox_parse_kind   (SkToolboxParser  *p,
                                     JsonObject       *obj,
                                     SkKind           *kind,
                                     GError          **error);
void        sk_kind_clear           (SkKind           *kind);

G_END_DECLS
