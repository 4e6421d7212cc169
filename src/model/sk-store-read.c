/* sk-store-read.c — reading a session back: interventions as structs,
 * the R*Tree query, and the whole session as JSON. */
#include "sk-config.h"
#include "sk-store-private.h"

#include <glib/gi18n-lib.h>

#define INTERVENTION_COLUMNS \
  "id, variant_id, kind, geometry, params, name, note, participant_id, created, updated, " \
  "source_id, deleted"

static SkStoreIntervention *
intervention_from_row (sqlite3_stmt *stmt)
{
  SkStoreIntervention *iv = g_new0 (SkStoreIntervention, 1);

  iv->id = sqlite3_column_int64 (stmt, 0);
  iv->variant_id = sqlite3_column_int64 (stmt, 1);
  iv->kind = sk_store_column_dup (stmt, 2);
  iv->geometry = sk_store_column_dup (stmt, 3);
  iv->params = sk_store_column_dup (stmt, 4);
  iv->name = sk_store_column_dup (stmt, 5);
  iv->note = sk_store_column_dup (stmt, 6);
  iv->participant_id = sqlite3_column_int64 (stmt, 7);
  iv->created = sk_store_column_dup (stmt, 8);
  iv->updated = sk_store_column_dup (stmt, 9);
  iv->source_id = sqlite3_column_int64 (stmt, 10);
  if (!sk_store_geometry_bbox (iv->geometry, &iv->bbox, NULL))
    sk_bbox_init_empty (&iv->bbox);
  return iv;
}

gboolean
sk_store_check_geometries (SkStore  *self,
                           GError  **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self, "SELECT id, kind, geometry FROM interventions "
                                      "WHERE deleted = 0 ORDER BY id", error);
  gboolean ok = stmt != NULL;
  SkBBox bbox;

  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    if (!sk_store_geometry_bbox (sk_store_column_text (stmt, 2), &bbox, NULL))
      {
        /* A file changed outside Samenkaart: say which idea, not only
         * that a shape is wrong. */
        g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_CORRUPT,
                     _("De sessie “%s” is beschadigd: de vorm op de kaart van ingreep %lld "
                       "(%s) klopt niet. Open een reservekopie; dit bestand is niet veranderd."),
                     sk_store_get_path (self), (long long) sqlite3_column_int64 (stmt, 0),
                     sk_store_column_text (stmt, 1));
        ok = FALSE;
      }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return ok;
}

SkStoreIntervention *
sk_store_load_intervention (SkStore   *self,
                            gint64     id,
                            gboolean  *deleted,
                            GError   **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self,
                                      "SELECT " INTERVENTION_COLUMNS
                                      " FROM interventions WHERE id = ?1", error);
  SkStoreIntervention *iv = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      iv = intervention_from_row (stmt);
      *deleted = sqlite3_column_int (stmt, 11) != 0;
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                 _("Ingreep %lld bestaat niet in deze sessie."), (long long) id);
  else
    sk_store_set_read_error (self, rc, error);
  sqlite3_reset (stmt);
  return iv;
}

SkStoreIntervention *
sk_store_get_intervention (SkStore  *self,
                           gint64    id,
                           GError  **error)
{
  gboolean deleted = FALSE;
  g_autoptr(SkStoreIntervention) iv = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  iv = sk_store_load_intervention (self, id, &deleted, error);
  if (iv != NULL && deleted)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                   _("Ingreep %lld is verwijderd."), (long long) id);
      return NULL;
    }
  return g_steal_pointer (&iv);
}

GPtrArray *
sk_store_list_interventions (SkStore  *self,
                             gint64    variant_id,
                             GError  **error)
{
  g_autoptr(GPtrArray) list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  stmt = sk_store_stmt (self,
                        "SELECT " INTERVENTION_COLUMNS " FROM interventions "
                        "WHERE deleted = 0 AND (?1 IS NULL OR variant_id = ?1) ORDER BY id",
                        error);
  if (stmt == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_store_intervention_free);
  sk_store_bind_id (stmt, 1, variant_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, intervention_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_read_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

GArray *
sk_store_find_in_bbox (SkStore       *self,
                       const SkBBox  *bbox,
                       GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  stmt = sk_store_stmt (self,
                        "SELECT id FROM intervention_bbox WHERE max_lon >= ?1 AND min_lon <= ?2 "
                        "AND max_lat >= ?3 AND min_lat <= ?4 ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_double (stmt, 1, bbox->west);
  sqlite3_bind_double (stmt, 2, bbox->east);
  sqlite3_bind_double (stmt, 3, bbox->south);
  sqlite3_bind_double (stmt, 4, bbox->north);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_read_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* ---- the whole session as JSON ------------------------------------------ */

typedef enum
{
  COL_INT,     /* an id: null when NULL */
  COL_DOUBLE,
  COL_TEXT,
  COL_JSON,    /* JSON text embedded as JSON */
} ColumnType;

typedef struct
{
  const char *member;
  ColumnType  type;
} Column;

/* Adds the rows of @sql as an array of objects under @member, one
 * object member per column as described by @columns. */
static gboolean
add_rows (SkStore       *self,
          JsonBuilder   *b,
          const char    *member,
          const char    *sql,
          const Column  *columns,
          guint          n_columns,
          GError       **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      json_builder_begin_object (b);
      for (guint i = 0; i < n_columns; i++)
        {
          json_builder_set_member_name (b, columns[i].member);
          if (sqlite3_column_type (stmt, (int) i) == SQLITE_NULL)
            json_builder_add_null_value (b);
          else if (columns[i].type == COL_INT)
            json_builder_add_int_value (b, sqlite3_column_int64 (stmt, (int) i));
          else if (columns[i].type == COL_DOUBLE)
            json_builder_add_double_value (b, sqlite3_column_double (stmt, (int) i));
          else if (columns[i].type == COL_TEXT)
            {
              g_autofree char *text = sk_store_column_dup (stmt, (int) i);

              json_builder_add_string_value (b, text);
            }
          else
            json_builder_add_value (b, sk_store_json_from_text (sk_store_column_text (stmt,
                                                                                      (int) i)));
        }
      json_builder_end_object (b);
    }
  sqlite3_reset (stmt);
  json_builder_end_array (b);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_read_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static void
add_metadata (SkStore     *self,
              JsonBuilder *b)
{
  const SkStoreMetadata *m = &self->metadata;
  const char *const names[] = { "title", "place", "date", "format", "uid" };
  const char *const values[] = { m->title, m->place, m->date, m->format, m->uid };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      json_builder_set_member_name (b, names[i]);
      json_builder_add_string_value (b, values[i]);
    }
  json_builder_set_member_name (b, "region");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, m->region_id);
  json_builder_set_member_name (b, "content_hash");
  json_builder_add_string_value (b, m->region_hash);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, self->opened_version);
}

static gboolean
add_settings (SkStore      *self,
              JsonBuilder  *b,
              GError      **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self, "SELECT key, value FROM settings ORDER BY key",
                                      error);

  if (stmt == NULL)
    return FALSE;
  json_builder_set_member_name (b, "settings");
  json_builder_begin_object (b);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      json_builder_set_member_name (b, sk_store_column_text (stmt, 0));
      json_builder_add_string_value (b, sk_store_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  json_builder_end_object (b);
  return TRUE;
}

/* The facilities added during the session: who, when, where, what. */
static gboolean
add_corrections (SkStore      *self,
                 JsonBuilder  *b,
                 GError      **error)
{
  g_autoptr(GPtrArray) list = sk_store_list_corrections (self, error);

  if (list == NULL)
    return FALSE;
  json_builder_set_member_name (b, "corrections");
  json_builder_begin_array (b);
  for (guint i = 0; i < list->len; i++)
    {
      const SkStoreCorrection *c = g_ptr_array_index (list, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, c->id);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, c->type);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, c->name);
      json_builder_set_member_name (b, "lat");
      json_builder_add_double_value (b, c->lat);
      json_builder_set_member_name (b, "lon");
      json_builder_add_double_value (b, c->lon);
      json_builder_set_member_name (b, "participant");
      if (c->participant_id > 0)
        json_builder_add_int_value (b, c->participant_id);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "participant_name");
      if (c->participant_name != NULL)
        json_builder_add_string_value (b, c->participant_name);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "created");
      json_builder_add_string_value (b, c->created);
      json_builder_set_member_name (b, "source");
      if (c->source_id > 0)
        json_builder_add_int_value (b, c->source_id);
      else
        json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return TRUE;
}

JsonNode *
sk_store_dup_json (SkStore  *self,
                   GError  **error)
{
  static const Column iv_cols[] = {
    { "id", COL_INT }, { "variant", COL_INT }, { "kind", COL_TEXT }, { "geometry", COL_JSON },
    { "params", COL_JSON }, { "name", COL_TEXT }, { "note", COL_TEXT },
    { "participant", COL_INT }, { "created", COL_TEXT }, { "updated", COL_TEXT },
    { "source", COL_INT },
  };
  static const Column participant_cols[] = {
    { "id", COL_INT }, { "name", COL_TEXT }, { "role", COL_TEXT }, { "colour", COL_TEXT },
    { "source", COL_INT },
  };
  static const Column comment_cols[] = {
    { "id", COL_INT }, { "lat", COL_DOUBLE }, { "lon", COL_DOUBLE },
    { "intervention", COL_INT }, { "participant", COL_INT }, { "text", COL_TEXT },
    { "created", COL_TEXT }, { "source", COL_INT },
  };
  static const Column vote_cols[] = {
    { "id", COL_INT }, { "participant", COL_INT }, { "intervention", COL_INT },
    { "source", COL_INT },
  };
  static const Column variant_cols[] = {
    { "id", COL_INT }, { "name", COL_TEXT }, { "position", COL_INT },
    { "interventions", COL_INT },
  };
  static const Column source_cols[] = {
    { "id", COL_INT }, { "uid", COL_TEXT }, { "title", COL_TEXT }, { "file_hash", COL_TEXT },
    { "path", COL_TEXT }, { "merged", COL_TEXT },
  };
  g_autoptr(JsonBuilder) b = json_builder_new ();
  gboolean ok;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  if (!sk_store_check_geometries (self, error))
    return NULL;
  json_builder_begin_object (b);
  add_metadata (self, b);
  ok = add_rows (self, b, "interventions",
                 "SELECT id, variant_id, kind, geometry, params, name, note, participant_id, "
                 "created, updated, source_id FROM interventions WHERE deleted = 0 ORDER BY id",
                 iv_cols, G_N_ELEMENTS (iv_cols), error)
       && add_rows (self, b, "participants",
                    "SELECT id, name, role, colour, source_id FROM participants ORDER BY id",
                    participant_cols, G_N_ELEMENTS (participant_cols), error)
       && add_rows (self, b, "comments",
                    "SELECT id, lat, lon, intervention_id, participant_id, text, created, "
                    "source_id FROM comments WHERE deleted = 0 ORDER BY id",
                    comment_cols, G_N_ELEMENTS (comment_cols), error)
       && add_rows (self, b, "variants",
                    "SELECT v.id, v.name, v.position, (SELECT count(*) FROM interventions AS i "
                    "WHERE i.variant_id = v.id AND i.deleted = 0) "
                    "FROM variants AS v ORDER BY v.position, v.id",
                    variant_cols, G_N_ELEMENTS (variant_cols), error)
       && add_rows (self, b, "sources",
                    "SELECT id, uid, title, file_hash, path, merged FROM sources ORDER BY id",
                    source_cols, G_N_ELEMENTS (source_cols), error)
       && add_settings (self, b, error);
  /* Dots on live interventions only. A version-1 file opened read-only
   * has no votes table. */
  if (ok && sk_store_has_table (self->db, "votes"))
    ok = add_rows (self, b, "votes",
                   "SELECT v.id, v.participant_id, v.intervention_id, v.source_id FROM votes AS v "
                   "JOIN interventions AS i ON i.id = v.intervention_id WHERE i.deleted = 0 "
                   "ORDER BY v.id",
                   vote_cols, G_N_ELEMENTS (vote_cols), error);
  else if (ok)
    {
      json_builder_set_member_name (b, "votes");
      json_builder_begin_array (b);
      json_builder_end_array (b);
    }
  if (ok)
    ok = add_corrections (self, b, error);
  if (!ok)
    return NULL;
  json_builder_set_member_name (b, "events");
  json_builder_add_int_value (b, sk_store_get_n_events (self));
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
