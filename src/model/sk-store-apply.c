/* sk-store-apply.c — user actions: each one changes the tables and
 * appends its event in one BEGIN IMMEDIATE … COMMIT, so the file holds
 * either the whole action or none of it. Event payloads carry the state
 * before and after, which is what undo applies in reverse. */
#include "sk-config.h"
#include "sk-json.h"
#include "sk-store-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

static const char *const op_names[] = {
  "add", "move", "reshape", "edit", "delete", "comment", "vote", "undo", "participant",
  "variant-new", "variant-duplicate", "variant-rename", "metadata", "facility-add",
  "facility-remove", "merge",
};

const char *
sk_store_op_to_id (SkStoreOp op)
{
  g_return_val_if_fail ((guint) op < G_N_ELEMENTS (op_names), NULL);
  return op_names[op];
}

static void
set_invalid (GError     **error,
             const char  *message)
{
  g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, message);
}

static void
add_text_member (JsonBuilder *b,
                 const char  *name,
                 const char  *value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value);
}

static void
add_json_member (JsonBuilder *b,
                 const char  *name,
                 const char  *json_text)
{
  json_builder_set_member_name (b, name);
  json_builder_add_value (b, sk_store_json_from_text (json_text));
}

static void
add_id_member (JsonBuilder *b,
               const char  *name,
               gint64       id)
{
  json_builder_set_member_name (b, name);
  if (id > 0)
    json_builder_add_int_value (b, id);
  else
    json_builder_add_null_value (b);
}

/* The fields an edit changes (params, name, note) as an object. */
static void
add_fields (JsonBuilder *b,
            const char  *member,
            const char  *params,
            const char  *name,
            const char  *note)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  add_json_member (b, "params", params);
  add_text_member (b, "name", name);
  add_text_member (b, "note", note);
  json_builder_end_object (b);
}

static void
add_intervention (JsonBuilder               *b,
                  const char                *member,
                  const SkStoreIntervention *iv)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  add_id_member (b, "variant", iv->variant_id);
  add_text_member (b, "kind", iv->kind);
  add_json_member (b, "geometry", iv->geometry);
  add_json_member (b, "params", iv->params);
  add_text_member (b, "name", iv->name);
  add_text_member (b, "note", iv->note);
  json_builder_end_object (b);
}

/* A JSON object as compact text, or NULL with @error when it is not one. */
static char *
normalise_params (const char  *text,
                  GError     **error)
{
  g_autoptr(JsonNode) node = sk_store_json_from_text (text ? text : "{}");

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_invalid (error, _("De waarden van een ingreep moeten een JSON-object zijn, "
                            "zoals {\"oppervlakte\": 400}."));
      return NULL;
    }
  return sk_store_json_to_text (node);
}

/* A live intervention, or NULL with NOT_FOUND. */
static SkStoreIntervention *
load_live (SkStore  *self,
           gint64    id,
           GError  **error)
{
  gboolean deleted = FALSE;
  g_autoptr(SkStoreIntervention) iv = sk_store_load_intervention (self, id, &deleted, error);

  if (iv != NULL && deleted)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                   _("Ingreep %lld is verwijderd."), (long long) id);
      return NULL;
    }
  return g_steal_pointer (&iv);
}

static gboolean
set_geometry (SkStore     *self,
              gint64       id,
              const char  *geometry,
              GError     **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self,
                                      "UPDATE interventions SET geometry = ?2, updated = ?3 "
                                      "WHERE id = ?1", error);
  g_autofree char *now = sk_store_now ();

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sk_store_bind_text (stmt, 2, geometry);
  sk_store_bind_text (stmt, 3, now);
  return sk_store_step_done (self, stmt, error)
         && sk_store_index_bbox (self, id, geometry, TRUE, error);
}

static gboolean
set_fields (SkStore     *self,
            gint64       id,
            const char  *params,
            const char  *name,
            const char  *note,
            GError     **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self,
                                      "UPDATE interventions SET params = ?2, name = ?3, "
                                      "note = ?4, updated = ?5 WHERE id = ?1", error);
  g_autofree char *now = sk_store_now ();

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sk_store_bind_text (stmt, 2, params);
  sk_store_bind_text (stmt, 3, name);
  sk_store_bind_text (stmt, 4, note);
  sk_store_bind_text (stmt, 5, now);
  return sk_store_step_done (self, stmt, error);
}

static gboolean
set_deleted (SkStore     *self,
             gint64       id,
             gboolean     deleted,
             const char  *geometry,
             GError     **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self,
                                      "UPDATE interventions SET deleted = ?2, updated = ?3 "
                                      "WHERE id = ?1", error);
  g_autofree char *now = sk_store_now ();

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, deleted ? 1 : 0);
  sk_store_bind_text (stmt, 3, now);
  return sk_store_step_done (self, stmt, error)
         && sk_store_index_bbox (self, id, geometry, !deleted, error);
}

gint64
sk_store_finish_event (SkStore      *self,
                       const char   *op,
                       gint64        participant_id,
                       gint64        intervention_id,
                       gint64        undoes,
                       JsonBuilder  *b,
                       GError      **error)
{
  g_autoptr(JsonNode) payload = NULL;

  /* What the plan did, when the action came from a plan command. */
  if (self->applying != NULL && self->applying->command != NULL)
    add_json_member (b, "command", self->applying->command);
  if (self->applying != NULL && self->applying->direction != NULL)
    add_text_member (b, "direction", self->applying->direction);
  json_builder_end_object (b);
  payload = json_builder_get_root (b);
  return sk_store_append_event (self, op, participant_id, intervention_id, undoes, payload,
                                error);
}

static gint64
first_variant (SkStore *self)
{
  sqlite3_stmt *stmt = sk_store_stmt (self, "SELECT min(id) FROM variants", NULL);
  gint64 id = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return id;
}

static gint64
apply_add (SkStore              *self,
           const SkStoreAction  *action,
           gint64               *object_id,
           GError              **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *params = NULL;
  g_autofree char *now = sk_store_now ();
  SkStoreIntervention iv = { 0 };
  sqlite3_stmt *stmt;
  SkBBox bbox;

  if (action->kind == NULL || *action->kind == '\0')
    {
      set_invalid (error, _("Zeg welke ingreep u wilt toevoegen: “kind” ontbreekt."));
      return 0;
    }
  if (!sk_store_geometry_bbox (action->geometry, &bbox, error)
      || (params = normalise_params (action->params, error)) == NULL)
    return 0;
  iv.variant_id = action->variant_id > 0 ? action->variant_id : first_variant (self);
  iv.kind = (char *) action->kind;
  iv.geometry = (char *) action->geometry;
  iv.params = params;
  iv.name = (char *) (action->name ? action->name : "");
  iv.note = (char *) (action->note ? action->note : "");
  stmt = sk_store_stmt (self,
                        "INSERT INTO interventions (variant_id, kind, geometry, params, name, "
                        "note, participant_id, created, updated) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)", error);
  if (stmt == NULL)
    return 0;
  sk_store_bind_id (stmt, 1, iv.variant_id);
  sk_store_bind_text (stmt, 2, iv.kind);
  sk_store_bind_text (stmt, 3, iv.geometry);
  sk_store_bind_text (stmt, 4, iv.params);
  sk_store_bind_text (stmt, 5, iv.name);
  sk_store_bind_text (stmt, 6, iv.note);
  sk_store_bind_id (stmt, 7, action->participant_id);
  sk_store_bind_text (stmt, 8, now);
  if (!sk_store_step_done (self, stmt, error))
    return 0;
  *object_id = sqlite3_last_insert_rowid (self->db);
  if (!sk_store_index_bbox (self, *object_id, iv.geometry, TRUE, error))
    return 0;
  json_builder_begin_object (b);
  add_intervention (b, "after", &iv);
  return sk_store_finish_event (self, "add", action->participant_id, *object_id, 0, b, error);
}

/* The "type" of a GeoJSON geometry text ("Point" …), or "". */
static char *
geometry_type (const char *geometry)
{
  g_autoptr(JsonNode) node = sk_store_json_from_text (geometry);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return g_strdup ("");
  return g_strdup (sk_json_object_get_string (json_node_get_object (node),
                                                               "type", ""));
}

static const char *
type_word (const char *type)
{
  if (g_str_equal (type, "Point"))
    return _("punt");
  if (g_str_equal (type, "LineString"))
    return _("lijn");
  if (g_str_equal (type, "Polygon"))
    return _("vlak");
  return _("onbekende vorm");
}

/* A new shape keeps the type of the old one: a pluktuin (a point) given
 * a polygon could not be drawn and would silently disappear. */
static gboolean
check_same_type (const SkStoreIntervention  *iv,
                 const char                 *geometry,
                 GError                    **error)
{
  g_autofree char *before = geometry_type (iv->geometry);
  g_autofree char *after = geometry_type (geometry);

  if (g_str_equal (before, after))
    return TRUE;
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
               _("Ingreep %lld is een %s op de kaart; een nieuwe vorm moet dat ook zijn, geen %s."),
               (long long) iv->id, type_word (before), type_word (after));
  return FALSE;
}

static gint64
apply_move (SkStore              *self,
            const SkStoreAction  *action,
            gint64               *object_id,
            GError              **error)
{
  g_autoptr(SkStoreIntervention) iv = load_live (self, action->intervention_id, error);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *geometry = NULL;
  SkBBox bbox;

  if (iv == NULL)
    return 0;
  if (action->op == SK_STORE_OP_MOVE && action->geometry == NULL)
    geometry = sk_store_geometry_move (iv->geometry, action->lat, action->lon, error);
  else if (sk_store_geometry_bbox (action->geometry, &bbox, error)
           && check_same_type (iv, action->geometry, error))
    geometry = g_strdup (action->geometry);
  if (geometry == NULL || !set_geometry (self, iv->id, geometry, error))
    return 0;
  *object_id = iv->id;
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "before");
  json_builder_begin_object (b);
  add_json_member (b, "geometry", iv->geometry);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "after");
  json_builder_begin_object (b);
  add_json_member (b, "geometry", geometry);
  json_builder_end_object (b);
  return sk_store_finish_event (self, op_names[action->op], action->participant_id, iv->id, 0, b,
                                error);
}

/* The old params with the members of @changes set; a null member removes. */
static char *
merge_params (const char  *old,
              const char  *changes,
              GError     **error)
{
  g_autoptr(JsonNode) base = sk_store_json_from_text (old);
  g_autoptr(JsonNode) delta = sk_store_json_from_text (changes);
  g_autoptr(GList) members = NULL;
  JsonObject *target;

  if (!JSON_NODE_HOLDS_OBJECT (delta))
    {
      set_invalid (error, _("De waarden van een ingreep moeten een JSON-object zijn, "
                            "zoals {\"oppervlakte\": 400}."));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (base))
    json_node_take_object (base, json_object_new ());
  target = json_node_get_object (base);
  members = json_object_get_members (json_node_get_object (delta));
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *value = json_object_get_member (json_node_get_object (delta), l->data);

      if (JSON_NODE_HOLDS_NULL (value))
        json_object_remove_member (target, l->data);
      else
        json_object_set_member (target, l->data, json_node_copy (value));
    }
  return sk_store_json_to_text (base);
}

static gint64
apply_edit (SkStore              *self,
            const SkStoreAction  *action,
            gint64               *object_id,
            GError              **error)
{
  g_autoptr(SkStoreIntervention) iv = load_live (self, action->intervention_id, error);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *params = NULL;
  const char *name, *note;

  if (iv == NULL)
    return 0;
  if (action->params == NULL && action->name == NULL && action->note == NULL)
    {
      set_invalid (error, _("Een wijziging zonder “params”, “name” of “note” verandert niets."));
      return 0;
    }
  params = action->params ? merge_params (iv->params, action->params, error)
                          : g_strdup (iv->params);
  if (params == NULL)
    return 0;
  name = action->name ? action->name : iv->name;
  note = action->note ? action->note : iv->note;
  if (!set_fields (self, iv->id, params, name, note, error))
    return 0;
  *object_id = iv->id;
  json_builder_begin_object (b);
  add_fields (b, "before", iv->params, iv->name, iv->note);
  add_fields (b, "after", params, name, note);
  return sk_store_finish_event (self, "edit", action->participant_id, iv->id, 0, b, error);
}

static gint64
apply_delete (SkStore              *self,
              const SkStoreAction  *action,
              gint64               *object_id,
              GError              **error)
{
  g_autoptr(SkStoreIntervention) iv = load_live (self, action->intervention_id, error);
  g_autoptr(JsonBuilder) b = json_builder_new ();

  if (iv == NULL || !set_deleted (self, iv->id, TRUE, iv->geometry, error))
    return 0;
  *object_id = iv->id;
  json_builder_begin_object (b);
  add_intervention (b, "before", iv);
  return sk_store_finish_event (self, "delete", action->participant_id, iv->id, 0, b, error);
}

static gint64
apply_comment (SkStore              *self,
               const SkStoreAction  *action,
               gint64               *object_id,
               GError              **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *now = sk_store_now ();
  sqlite3_stmt *stmt;

  if (action->text == NULL || *action->text == '\0')
    {
      set_invalid (error, _("Een opmerking zonder tekst kan niet worden bewaard."));
      return 0;
    }
  if (!isfinite (action->lat) || !isfinite (action->lon) || fabs (action->lat) > 90.0
      || fabs (action->lon) > 180.0)
    {
      set_invalid (error, _("De plek van de opmerking klopt niet: breedtegraad tussen -90 en "
                            "90, lengtegraad tussen -180 en 180."));
      return 0;
    }
  if (action->intervention_id > 0)
    {
      g_autoptr(SkStoreIntervention) iv = load_live (self, action->intervention_id, error);

      if (iv == NULL)
        return 0;
    }
  stmt = sk_store_stmt (self,
                        "INSERT INTO comments (lat, lon, intervention_id, participant_id, text, "
                        "created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_double (stmt, 1, action->lat);
  sqlite3_bind_double (stmt, 2, action->lon);
  sk_store_bind_id (stmt, 3, action->intervention_id);
  sk_store_bind_id (stmt, 4, action->participant_id);
  sk_store_bind_text (stmt, 5, action->text);
  sk_store_bind_text (stmt, 6, now);
  if (!sk_store_step_done (self, stmt, error))
    return 0;
  *object_id = sqlite3_last_insert_rowid (self->db);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "after");
  json_builder_begin_object (b);
  add_id_member (b, "comment", *object_id);
  json_builder_set_member_name (b, "lat");
  json_builder_add_double_value (b, action->lat);
  json_builder_set_member_name (b, "lon");
  json_builder_add_double_value (b, action->lon);
  add_text_member (b, "text", action->text);
  json_builder_end_object (b);
  return sk_store_finish_event (self, "comment", action->participant_id, action->intervention_id, 0, b,
                       error);
}

/* SK_STORE_MAX_DOTS per participant per variant, however the vote comes
 * in (the window, `session apply`). */
static gboolean
check_dots_left (SkStore  *self,
                 gint64    participant_id,
                 gint64    variant_id,
                 GError  **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self,
                                      "SELECT count(*) FROM votes AS v "
                                      "JOIN interventions AS i ON i.id = v.intervention_id "
                                      "WHERE i.deleted = 0 AND i.variant_id = ?1 "
                                      "AND v.participant_id = ?2", error);
  gint64 given = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, variant_id);
  sqlite3_bind_int64 (stmt, 2, participant_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    given = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      sk_store_set_db_error (self, rc, error);
      return FALSE;
    }
  if (given < SK_STORE_MAX_DOTS)
    return TRUE;
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
               _("Geen stip meer over: iedereen heeft er %d per variant."), SK_STORE_MAX_DOTS);
  return FALSE;
}

static gint64
apply_vote (SkStore              *self,
            const SkStoreAction  *action,
            gint64               *object_id,
            GError              **error)
{
  g_autoptr(SkStoreIntervention) iv = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *now = sk_store_now ();
  sqlite3_stmt *stmt;

  if (action->participant_id <= 0)
    {
      set_invalid (error, _("Zeg wie de stip geeft: “participant” ontbreekt."));
      return 0;
    }
  iv = load_live (self, action->intervention_id, error);
  if (iv == NULL || !check_dots_left (self, action->participant_id, iv->variant_id, error))
    return 0;
  stmt = sk_store_stmt (self,
                        "INSERT INTO votes (participant_id, intervention_id, created) "
                        "VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, action->participant_id);
  sqlite3_bind_int64 (stmt, 2, iv->id);
  sk_store_bind_text (stmt, 3, now);
  if (!sk_store_step_done (self, stmt, error))
    return 0;
  *object_id = sqlite3_last_insert_rowid (self->db);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "after");
  json_builder_begin_object (b);
  add_id_member (b, "vote", *object_id);
  json_builder_end_object (b);
  return sk_store_finish_event (self, "vote", action->participant_id, iv->id, 0, b, error);
}

static gint64
apply_participant (SkStore              *self,
                   const SkStoreAction  *action,
                   gint64               *object_id,
                   GError              **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *now = sk_store_now ();
  sqlite3_stmt *stmt;

  if (action->name == NULL || *action->name == '\0')
    {
      set_invalid (error, _("Een deelnemer heeft een naam nodig."));
      return 0;
    }
  stmt = sk_store_stmt (self,
                        "INSERT INTO participants (name, role, colour, created) "
                        "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return 0;
  sk_store_bind_text (stmt, 1, action->name);
  sk_store_bind_text (stmt, 2, action->role ? action->role : "");
  sk_store_bind_text (stmt, 3, action->colour ? action->colour : "");
  sk_store_bind_text (stmt, 4, now);
  if (!sk_store_step_done (self, stmt, error))
    return 0;
  *object_id = sqlite3_last_insert_rowid (self->db);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "after");
  json_builder_begin_object (b);
  add_id_member (b, "participant", *object_id);
  add_text_member (b, "name", action->name);
  add_text_member (b, "role", action->role ? action->role : "");
  add_text_member (b, "colour", action->colour ? action->colour : "");
  json_builder_end_object (b);
  return sk_store_finish_event (self, "participant", action->participant_id, 0, 0, b, error);
}

/* ---- undo --------------------------------------------------------------- */

/* The member @name of the object @side ("before"/"after") of @payload. */
static JsonNode *
payload_member (JsonNode   *payload,
                const char *side,
                const char *name)
{
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (payload))
    return NULL;
  object = json_object_get_object_member (json_node_get_object (payload), side);
  return object ? json_object_get_member (object, name) : NULL;
}

static gboolean
revert_geometry (SkStore   *self,
                 gint64     id,
                 JsonNode  *payload,
                 GError   **error)
{
  JsonNode *before = payload_member (payload, "before", "geometry");
  g_autofree char *geometry = before ? sk_store_json_to_text (before) : NULL;

  return geometry != NULL && set_geometry (self, id, geometry, error);
}

static gboolean
revert_edit (SkStore   *self,
             gint64     id,
             JsonNode  *payload,
             GError   **error)
{
  JsonNode *params = payload_member (payload, "before", "params");
  JsonNode *name = payload_member (payload, "before", "name");
  JsonNode *note = payload_member (payload, "before", "note");
  g_autofree char *params_text = params ? sk_store_json_to_text (params) : NULL;

  if (params_text == NULL || name == NULL || note == NULL)
    return FALSE;
  return set_fields (self, id, params_text, json_node_get_string (name),
                     json_node_get_string (note), error);
}

static gboolean
revert_row (SkStore     *self,
            const char  *sql,
            JsonNode    *payload,
            const char  *member,
            gint64      *object_id,
            GError     **error)
{
  JsonNode *id = payload_member (payload, "after", member);
  sqlite3_stmt *stmt;

  if (id == NULL || (stmt = sk_store_stmt (self, sql, error)) == NULL)
    return FALSE;
  *object_id = json_node_get_int (id);
  sqlite3_bind_int64 (stmt, 1, *object_id);
  return sk_store_step_done (self, stmt, error);
}

/* Applies the inverse of event @op on intervention @iv_id. */
static gboolean
revert (SkStore     *self,
        const char  *op,
        gint64       iv_id,
        JsonNode    *payload,
        gint64      *object_id,
        GError     **error)
{
  gboolean deleted = FALSE;
  g_autoptr(SkStoreIntervention) iv = NULL;

  *object_id = iv_id;
  if (g_str_equal (op, "comment"))
    return revert_row (self, "UPDATE comments SET deleted = 1 WHERE id = ?1", payload,
                       "comment", object_id, error);
  if (g_str_equal (op, "vote"))
    return revert_row (self, "DELETE FROM votes WHERE id = ?1", payload, "vote", object_id,
                       error);
  if (g_str_equal (op, "variant-rename") || g_str_equal (op, "metadata"))
    return sk_store_revert_variant (self, op, payload, object_id, error);
  if (g_str_has_prefix (op, "facility-"))
    return sk_store_revert_correction (self, op, payload, object_id, error);
  iv = sk_store_load_intervention (self, iv_id, &deleted, error);
  if (iv == NULL)
    return FALSE;
  if (g_str_equal (op, "add"))
    return set_deleted (self, iv_id, TRUE, iv->geometry, error);
  if (g_str_equal (op, "delete"))
    return set_deleted (self, iv_id, FALSE, iv->geometry, error);
  if (g_str_equal (op, "move") || g_str_equal (op, "reshape"))
    return revert_geometry (self, iv_id, payload, error);
  if (g_str_equal (op, "edit"))
    return revert_edit (self, iv_id, payload, error);
  return FALSE;
}

/* Copies member @from of the undone event's payload as member @to. */
static void
add_swapped (JsonBuilder *b,
             JsonNode    *payload,
             const char  *from,
             const char  *to)
{
  JsonNode *node;

  if (!JSON_NODE_HOLDS_OBJECT (payload))
    return;
  node = json_object_get_member (json_node_get_object (payload), from);
  if (node == NULL)
    return;
  json_builder_set_member_name (b, to);
  json_builder_add_value (b, json_node_copy (node));
}

static const char *
merged_title (JsonNode *payload)
{
  JsonObject *root = payload && JSON_NODE_HOLDS_OBJECT (payload) ? json_node_get_object (payload)
                                                                 : NULL;
  JsonObject *source = root && json_object_has_member (root, "source")
                       ? json_object_get_object_member (root, "source") : NULL;
  const char *title = source ? json_object_get_string_member_with_default (source, "title", "")
                             : "";

  return *title != '\0' ? title : _("een andere sessie");
}

static gint64
apply_undo (SkStore              *self,
            const SkStoreAction  *action,
            gint64               *object_id,
            GError              **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) payload = NULL;
  g_autofree char *op = NULL;
  sqlite3_stmt *stmt;
  gint64 event_id, iv_id;
  gboolean found;

  stmt = sk_store_stmt (self,
                        "SELECT id, op, intervention_id, payload FROM events AS e "
                        "WHERE op IN ('add', 'move', 'reshape', 'edit', 'delete', 'comment', "
                        "'vote', 'variant-rename', 'metadata', 'facility-add', 'facility-remove', "
                        "'merge') "
                        "AND NOT EXISTS (SELECT 1 FROM events AS u WHERE u.undoes = e.id) "
                        "ORDER BY id DESC LIMIT 1", error);
  if (stmt == NULL)
    return 0;
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found)
    {
      event_id = sqlite3_column_int64 (stmt, 0);
      op = sk_store_column_dup (stmt, 1);
      iv_id = sqlite3_column_int64 (stmt, 2);
      payload = sk_store_json_from_text (sk_store_column_text (stmt, 3));
    }
  sqlite3_reset (stmt);
  if (!found)
    {
      g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_NOTHING_TO_UNDO,
                           _("Er is niets om ongedaan te maken."));
      return 0;
    }
  /* Undo goes back step by step: it never skips a merge to undo what was
   * before it. A merge brought many rows from elsewhere; taking them out
   * again is a choice per idea. */
  if (g_strcmp0 (op, "merge") == 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOTHING_TO_UNDO,
                   _("De laatste stap is het samenvoegen van “%s”; dat kan niet ongedaan worden "
                     "gemaakt, en wat daarvoor gebeurde blijft dus ook staan. Verwijder de "
                     "ideeën die u niet wilt houden één voor één."),
                   merged_title (payload));
      return 0;
    }
  if (!revert (self, op, iv_id, payload, object_id, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_CORRUPT,
                     _("Stap %lld in “%s” kan niet ongedaan worden gemaakt: "
                       "de geschiedenis is onvolledig."),
                     (long long) event_id, self->path);
      return 0;
    }
  /* The inverse: what the undone event made is now "before", what it
   * replaced is "after". */
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "undoes");
  json_builder_add_int_value (b, event_id);
  add_text_member (b, "op", op);
  add_swapped (b, payload, "after", "before");
  add_swapped (b, payload, "before", "after");
  return sk_store_finish_event (self, "undo", action->participant_id, iv_id, event_id, b, error);
}

static gboolean
check_participant (SkStore  *self,
                   gint64    id,
                   GError  **error)
{
  sqlite3_stmt *stmt;
  gboolean found;

  if (id <= 0)
    return TRUE;
  stmt = sk_store_stmt (self, "SELECT 1 FROM participants WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (!found)
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                 _("Deelnemer %lld bestaat niet in deze sessie."), (long long) id);
  return found;
}

typedef gint64 (*ApplyFunc) (SkStore              *self,
                             const SkStoreAction  *action,
                             gint64               *object_id,
                             GError              **error);

gint64
sk_store_apply (SkStore              *self,
                const SkStoreAction  *action,
                gint64               *object_id,
                GError              **error)
{
  static const ApplyFunc funcs[] = {
    [SK_STORE_OP_ADD] = apply_add,
    [SK_STORE_OP_MOVE] = apply_move,
    [SK_STORE_OP_RESHAPE] = apply_move,
    [SK_STORE_OP_EDIT] = apply_edit,
    [SK_STORE_OP_DELETE] = apply_delete,
    [SK_STORE_OP_COMMENT] = apply_comment,
    [SK_STORE_OP_VOTE] = apply_vote,
    [SK_STORE_OP_UNDO] = apply_undo,
    [SK_STORE_OP_PARTICIPANT] = apply_participant,
    [SK_STORE_OP_VARIANT_NEW] = sk_store_apply_variant,
    [SK_STORE_OP_VARIANT_DUPLICATE] = sk_store_apply_variant,
    [SK_STORE_OP_VARIANT_RENAME] = sk_store_apply_variant,
    [SK_STORE_OP_METADATA] = sk_store_apply_metadata,
    [SK_STORE_OP_FACILITY_ADD] = sk_store_apply_correction,
    [SK_STORE_OP_FACILITY_REMOVE] = sk_store_apply_correction,
  };
  gint64 id = 0;
  gint64 event;

  g_return_val_if_fail (SK_IS_STORE (self), 0);
  g_return_val_if_fail (action != NULL, 0);
  g_return_val_if_fail ((guint) action->op < G_N_ELEMENTS (funcs), 0);

  if (!sk_store_begin (self, error))
    return 0;
  self->applying = action;
  event = check_participant (self, action->participant_id, error)
          ? funcs[action->op] (self, action, &id, error) : 0;
  self->applying = NULL;
  if (event == 0)
    {
      sk_store_rollback (self);
      return 0;
    }
  if (!sk_store_commit (self, error))
    return 0;
  /* The title and the rest may have changed (also by an undo). */
  if ((action->op == SK_STORE_OP_METADATA || action->op == SK_STORE_OP_UNDO)
      && !sk_store_read_metadata (self, error))
    return 0;
  if (object_id != NULL)
    *object_id = id;
  return event;
}
