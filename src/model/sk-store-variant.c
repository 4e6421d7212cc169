/* sk-store-variant.c — the actions on variants (new, duplicate, rename)
 * and on the session's metadata, each one event in the log.
 *
 * Payloads: variant-new {"after": {"variant", "name", "position"}};
 * variant-duplicate adds "from" (the original) and "copies" ([[new id,
 * original id] …]) to "after"; variant-rename and metadata keep "before"
 * and "after", which is what undo applies. Creating and duplicating are
 * not undone: a variant row stays referenced by its interventions, even
 * by those that were placed and undone, so it cannot be taken back out.
 */
#include "sk-config.h"
#include "sk-store-private.h"

#include <glib/gi18n-lib.h>

#include "sk-json.h"

static gboolean
check_name (const char  *name,
            GError     **error)
{
  if (name != NULL && *name != '\0')
    return TRUE;
  g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                       _("Een variant heeft een naam nodig."));
  return FALSE;
}

/* The variant's name; NULL with NOT_FOUND when there is none. */
static char *
variant_name (SkStore  *self,
              gint64    id,
              GError  **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self, "SELECT name FROM variants WHERE id = ?1", error);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = sk_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (name == NULL)
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                 _("Variant %lld bestaat niet in deze sessie."), (long long) id);
  return name;
}

/* Inserts a variant after the last one; its id, or 0 with @error. */
static gint64
insert_variant (SkStore     *self,
                const char  *name,
                gint64      *position,
                GError     **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self,
                                      "INSERT INTO variants (name, position) SELECT ?1, "
                                      "coalesce(max(position) + 1, 0) FROM variants "
                                      "RETURNING id, position", error);
  gint64 id = 0;
  int rc;

  if (stmt == NULL)
    return 0;
  sk_store_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      *position = sqlite3_column_int64 (stmt, 1);
      rc = sqlite3_step (stmt);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_db_error (self, rc, error);
      return 0;
    }
  return id;
}

/* Copies the live interventions of @from into @to, keeping who placed
 * them, when, and where they came from; adds [new, old] pairs to @b. */
static gboolean
copy_interventions (SkStore      *self,
                    gint64        from,
                    gint64        to,
                    JsonBuilder  *b,
                    GError      **error)
{
  g_autoptr(GPtrArray) list = sk_store_list_interventions (self, from, error);
  sqlite3_stmt *stmt;

  if (list == NULL)
    return FALSE;
  json_builder_set_member_name (b, "copies");
  json_builder_begin_array (b);
  for (guint i = 0; i < list->len; i++)
    {
      const SkStoreIntervention *iv = g_ptr_array_index (list, i);
      gint64 id;

      stmt = sk_store_stmt (self,
                            "INSERT INTO interventions (variant_id, kind, geometry, params, name, "
                            "note, participant_id, created, updated, source_id) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, to);
      sk_store_bind_text (stmt, 2, iv->kind);
      sk_store_bind_text (stmt, 3, iv->geometry);
      sk_store_bind_text (stmt, 4, iv->params);
      sk_store_bind_text (stmt, 5, iv->name);
      sk_store_bind_text (stmt, 6, iv->note);
      sk_store_bind_id (stmt, 7, iv->participant_id);
      sk_store_bind_text (stmt, 8, iv->created);
      sk_store_bind_text (stmt, 9, iv->updated);
      sk_store_bind_id (stmt, 10, iv->source_id);
      if (!sk_store_step_done (self, stmt, error))
        return FALSE;
      id = sqlite3_last_insert_rowid (self->db);
      if (!sk_store_index_bbox (self, id, iv->geometry, TRUE, error))
        return FALSE;
      json_builder_begin_array (b);
      json_builder_add_int_value (b, id);
      json_builder_add_int_value (b, iv->id);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
  return TRUE;
}

static gint64
apply_new (SkStore              *self,
           const SkStoreAction  *action,
           gint64               *object_id,
           GError              **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *original = NULL;
  gboolean duplicate = action->op == SK_STORE_OP_VARIANT_DUPLICATE;
  gint64 position = 0;

  if (!check_name (action->name, error))
    return 0;
  if (duplicate && (original = variant_name (self, action->variant_id, error)) == NULL)
    return 0;
  *object_id = insert_variant (self, action->name, &position, error);
  if (*object_id == 0)
    return 0;
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "after");
  json_builder_begin_object (b);
  sk_json_add_int (b, "variant", *object_id);
  sk_json_add_string (b, "name", action->name);
  sk_json_add_int (b, "position", position);
  if (duplicate)
    {
      sk_json_add_int (b, "from", action->variant_id);
      if (!copy_interventions (self, action->variant_id, *object_id, b, error))
        return 0;
    }
  json_builder_end_object (b);
  return sk_store_finish_event (self, sk_store_op_to_id (action->op), action->participant_id, 0,
                                0, b, error);
}

static gboolean
set_variant_name (SkStore     *self,
                  gint64       id,
                  const char  *name,
                  GError     **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self, "UPDATE variants SET name = ?2 WHERE id = ?1",
                                      error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sk_store_bind_text (stmt, 2, name);
  return sk_store_step_done (self, stmt, error);
}

static void
add_variant_side (JsonBuilder *b,
                  const char  *side,
                  gint64       id,
                  const char  *name)
{
  json_builder_set_member_name (b, side);
  json_builder_begin_object (b);
  sk_json_add_int (b, "variant", id);
  sk_json_add_string (b, "name", name);
  json_builder_end_object (b);
}

static gint64
apply_rename (SkStore              *self,
              const SkStoreAction  *action,
              gint64               *object_id,
              GError              **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *old = NULL;

  if (!check_name (action->name, error)
      || (old = variant_name (self, action->variant_id, error)) == NULL
      || !set_variant_name (self, action->variant_id, action->name, error))
    return 0;
  *object_id = action->variant_id;
  json_builder_begin_object (b);
  add_variant_side (b, "before", action->variant_id, old);
  add_variant_side (b, "after", action->variant_id, action->name);
  return sk_store_finish_event (self, "variant-rename", action->participant_id, 0, 0, b, error);
}

gint64
sk_store_apply_variant (SkStore              *self,
                        const SkStoreAction  *action,
                        gint64               *object_id,
                        GError              **error)
{
  if (action->op == SK_STORE_OP_VARIANT_RENAME)
    return apply_rename (self, action, object_id, error);
  return apply_new (self, action, object_id, error);
}

/* ---- metadata ----------------------------------------------------------- */

static void
add_metadata_side (JsonBuilder *b,
                   const char  *side,
                   const char  *title,
                   const char  *place,
                   const char  *date,
                   const char  *format)
{
  json_builder_set_member_name (b, side);
  json_builder_begin_object (b);
  sk_json_add_string (b, "title", title);
  sk_json_add_string (b, "place", place);
  sk_json_add_string (b, "date", date);
  sk_json_add_string (b, "format", format);
  json_builder_end_object (b);
}

static gboolean
set_metadata (SkStore     *self,
              const char  *title,
              const char  *place,
              const char  *date,
              const char  *format,
              GError     **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self,
                                      "UPDATE session SET title = ?1, place = ?2, date = ?3, "
                                      "format = ?4 WHERE id = 1", error);

  if (stmt == NULL)
    return FALSE;
  sk_store_bind_text (stmt, 1, title);
  sk_store_bind_text (stmt, 2, place);
  sk_store_bind_text (stmt, 3, date);
  sk_store_bind_text (stmt, 4, format);
  return sk_store_step_done (self, stmt, error);
}

gint64
sk_store_apply_metadata (SkStore              *self,
                         const SkStoreAction  *action,
                         gint64               *object_id,
                         GError              **error)
{
  const SkStoreMetadata *m = &self->metadata;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  const char *title = action->title ? action->title : m->title;
  const char *place = action->place ? action->place : m->place;
  const char *date = action->date ? action->date : m->date;
  const char *format = action->format ? action->format : m->format;

  if (action->title == NULL && action->place == NULL && action->date == NULL
      && action->format == NULL)
    {
      g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                           _("Zeg wat er verandert: “title”, “place”, “date” of “format”."));
      return 0;
    }
  if (!sk_store_check_metadata (action->date, action->format, error)
      || !set_metadata (self, title, place, date, format, error))
    return 0;
  *object_id = 0;
  json_builder_begin_object (b);
  add_metadata_side (b, "before", m->title, m->place, m->date, m->format);
  add_metadata_side (b, "after", title, place, date, format);
  return sk_store_finish_event (self, "metadata", action->participant_id, 0, 0, b, error);
}

/* ---- undo --------------------------------------------------------------- */

static const char *
before_text (JsonObject *before,
             const char *member)
{
  return before ? sk_json_object_get_string (before, member, NULL) : NULL;
}

gboolean
sk_store_revert_variant (SkStore     *self,
                         const char  *op,
                         JsonNode    *payload,
                         gint64      *object_id,
                         GError     **error)
{
  JsonObject *before = NULL;

  if (JSON_NODE_HOLDS_OBJECT (payload))
    before = json_object_get_object_member (json_node_get_object (payload), "before");
  if (before == NULL)
    return FALSE;
  if (g_str_equal (op, "variant-rename"))
    {
      *object_id = json_object_get_int_member_with_default (before, "variant", 0);
      return before_text (before, "name") != NULL
             && set_variant_name (self, *object_id, before_text (before, "name"), error);
    }
  *object_id = 0;
  return before_text (before, "title") && before_text (before, "place")
         && before_text (before, "date") && before_text (before, "format")
         && set_metadata (self, before_text (before, "title"), before_text (before, "place"),
                          before_text (before, "date"), before_text (before, "format"), error);
}
