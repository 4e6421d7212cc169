/* sk-store-correction.c — facilities residents know of that the region
 * data lacks ("Hier is ook een huisarts"), added during the session.
 *
 * A correction belongs to the situation before the plan, in every
 * variant: the evaluator adds it to the region's facilities for "before"
 * and "after" alike. Adding one, taking it away and putting it back are
 * each one transaction and one event ("facility-add", "facility-remove");
 * the payload holds the whole correction as "after" (it exists from now
 * on) or "before" (it existed until now), which is what undo and replay
 * read. */
#include "sk-config.h"
#include "sk-store-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sk-vocabulary.h"

#define CORRECTION_COLUMNS \
  "c.id, c.type, c.name, c.lat, c.lon, c.participant_id, p.name, c.created, c.source_id"

static void
set_invalid (GError     **error,
             const char  *message)
{
  g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, message);
}

/* A known facility type, a place on earth and a name a person can read. */
static gboolean
check_correction (const SkStoreAction  *action,
                  GError              **error)
{
  if (action->facility == NULL || sk_facility_type_from_id (action->facility) == SK_FACILITY_INVALID)
    {
      g_autoptr(GString) known = g_string_new (NULL);

      for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
        g_string_append_printf (known, "%s%s", t > 0 ? ", " : "",
                                sk_facility_type_to_id ((SkFacilityType) t));
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("Onbekende soort voorziening “%s”. Kies een van deze: %s."),
                   action->facility ? action->facility : "", known->str);
      return FALSE;
    }
  if (!isfinite (action->lat) || !isfinite (action->lon) || fabs (action->lat) > 90.0
      || fabs (action->lon) > 180.0)
    {
      set_invalid (error, _("De plek van de voorziening klopt niet: breedtegraad tussen -90 en "
                            "90, lengtegraad tussen -180 en 180."));
      return FALSE;
    }
  if (action->name != NULL && (!g_utf8_validate (action->name, -1, NULL)
                               || g_utf8_strlen (action->name, -1) > SK_STORE_CORRECTION_NAME_MAX))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("De naam van de voorziening is te lang: hooguit %d tekens."),
                   SK_STORE_CORRECTION_NAME_MAX);
      return FALSE;
    }
  return TRUE;
}

static gpointer
correction_from_row (sqlite3_stmt *stmt)
{
  SkStoreCorrection *c = g_new0 (SkStoreCorrection, 1);

  c->id = sqlite3_column_int64 (stmt, 0);
  c->type = sk_store_column_dup (stmt, 1);
  c->name = sk_store_column_dup (stmt, 2);
  c->lat = sqlite3_column_double (stmt, 3);
  c->lon = sqlite3_column_double (stmt, 4);
  c->participant_id = sqlite3_column_int64 (stmt, 5);
  c->participant_name = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
  c->created = sk_store_column_dup (stmt, 7);
  c->source_id = sqlite3_column_int64 (stmt, 8);
  return c;
}

/* Correction @id, with *deleted set; NULL with NOT_FOUND when none. */
static SkStoreCorrection *
load_correction (SkStore   *self,
                 gint64     id,
                 gboolean  *deleted,
                 GError   **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self, "SELECT " CORRECTION_COLUMNS ", c.deleted "
                                      "FROM corrections AS c LEFT JOIN participants AS p "
                                      "ON p.id = c.participant_id WHERE c.id = ?1", error);
  SkStoreCorrection *c = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      c = correction_from_row (stmt);
      *deleted = sqlite3_column_int (stmt, 9) != 0;
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                 _("Toegevoegde voorziening %lld bestaat niet in deze sessie."), (long long) id);
  else
    sk_store_set_read_error (self, rc, error);
  sqlite3_reset (stmt);
  return c;
}

static gboolean
set_deleted (SkStore  *self,
             gint64    id,
             gboolean  deleted,
             GError  **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self, "UPDATE corrections SET deleted = ?2 WHERE id = ?1",
                                      error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, deleted ? 1 : 0);
  return sk_store_step_done (self, stmt, error);
}

/* The correction as the payload member @side ("after" or "before"). */
static void
add_correction (JsonBuilder             *b,
                const char              *side,
                const SkStoreCorrection *c)
{
  json_builder_set_member_name (b, side);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "correction");
  json_builder_add_int_value (b, c->id);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, c->type);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, c->name);
  json_builder_set_member_name (b, "lat");
  json_builder_add_double_value (b, c->lat);
  json_builder_set_member_name (b, "lon");
  json_builder_add_double_value (b, c->lon);
  json_builder_end_object (b);
}

static gint64
insert_correction (SkStore              *self,
                   const SkStoreAction  *action,
                   GError              **error)
{
  sqlite3_stmt *stmt = sk_store_stmt (self,
                                      "INSERT INTO corrections (type, name, lat, lon, "
                                      "participant_id, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                      error);
  g_autofree char *now = sk_store_now ();
  g_autofree char *name = g_strstrip (g_strdup (action->name ? action->name : ""));

  if (stmt == NULL)
    return 0;
  sk_store_bind_text (stmt, 1, action->facility);
  sk_store_bind_text (stmt, 2, name);
  sqlite3_bind_double (stmt, 3, action->lat);
  sqlite3_bind_double (stmt, 4, action->lon);
  sk_store_bind_id (stmt, 5, action->participant_id);
  sk_store_bind_text (stmt, 6, now);
  if (!sk_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

/* facility-add (a new one, or correction_id put back) and facility-remove. */
gint64
sk_store_apply_correction (SkStore              *self,
                           const SkStoreAction  *action,
                           gint64               *object_id,
                           GError              **error)
{
  gboolean add = action->op == SK_STORE_OP_FACILITY_ADD;
  g_autoptr(SkStoreCorrection) c = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  gboolean deleted = FALSE;
  gint64 id = action->correction_id;

  if (add && id <= 0)
    {
      if (!check_correction (action, error) || (id = insert_correction (self, action, error)) == 0)
        return 0;
    }
  else if (id <= 0)
    {
      set_invalid (error, _("Zeg welke toegevoegde voorziening weg moet: “id” ontbreekt."));
      return 0;
    }
  if ((c = load_correction (self, id, &deleted, error)) == NULL)
    return 0;
  if (action->correction_id > 0 && deleted != add)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                   add ? _("Toegevoegde voorziening %lld staat al op de kaart.")
                       : _("Toegevoegde voorziening %lld is al weggehaald."),
                   (long long) id);
      return 0;
    }
  if (action->correction_id > 0 && !set_deleted (self, id, !add, error))
    return 0;
  *object_id = id;
  json_builder_begin_object (b);
  add_correction (b, add ? "after" : "before", c);
  return sk_store_finish_event (self, sk_store_op_to_id (action->op), action->participant_id, 0, 0,
                                b, error);
}

/* Undoes a facility-add (takes it away) or a facility-remove (puts it back). */
gboolean
sk_store_revert_correction (SkStore     *self,
                            const char  *op,
                            JsonNode    *payload,
                            gint64      *object_id,
                            GError     **error)
{
  gboolean add = g_str_equal (op, "facility-add");
  JsonObject *side;

  if (!JSON_NODE_HOLDS_OBJECT (payload))
    return FALSE;
  side = json_object_get_object_member (json_node_get_object (payload), add ? "after" : "before");
  if (side == NULL || !json_object_has_member (side, "correction"))
    return FALSE;
  *object_id = json_object_get_int_member (side, "correction");
  return set_deleted (self, *object_id, add, error);
}

SkStoreCorrection *
sk_store_get_correction (SkStore  *self,
                         gint64    id,
                         GError  **error)
{
  gboolean deleted = FALSE;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  if (self->opened_version < 3 && self->readonly)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                   _("Toegevoegde voorziening %lld bestaat niet in deze sessie."), (long long) id);
      return NULL;
    }
  return load_correction (self, id, &deleted, error);
}

GPtrArray *
sk_store_list_corrections (SkStore  *self,
                           GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_store_correction_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  /* A version-2 file opened read-only is not upgraded: it has none. */
  if (self->opened_version < 3 && self->readonly)
    return g_steal_pointer (&list);
  stmt = sk_store_stmt (self, "SELECT " CORRECTION_COLUMNS " FROM corrections AS c "
                        "LEFT JOIN participants AS p ON p.id = c.participant_id "
                        "WHERE c.deleted = 0 ORDER BY c.id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, correction_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_read_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* ---- replay ------------------------------------------------------------- */

typedef struct
{
  SkStoreCorrection *c;
  gboolean live;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  sk_store_correction_free (entry->c);
  g_free (entry);
}

static Entry *
entry_get (GHashTable *state,
           gint64      id)
{
  Entry *entry = g_hash_table_lookup (state, GSIZE_TO_POINTER (id));

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->c = g_new0 (SkStoreCorrection, 1);
      entry->c->id = id;
      g_hash_table_insert (state, GSIZE_TO_POINTER (id), entry);
    }
  return entry;
}

/* Columns: 0 time, 1 participant, 2 correction id, 3 has "after",
 * 4 type, 5 name, 6 lat, 7 lon, 8 op, 9 merged source. */
static void
replay_event (GHashTable   *state,
              sqlite3_stmt *stmt)
{
  Entry *entry = entry_get (state, sqlite3_column_int64 (stmt, 2));

  entry->live = sqlite3_column_int (stmt, 3) != 0;
  if (entry->c->created == NULL)
    {
      entry->c->created = sk_store_column_dup (stmt, 0);
      entry->c->participant_id = sqlite3_column_int64 (stmt, 1);
    }
  if (!entry->live)
    return;
  g_free (entry->c->type);
  entry->c->type = sk_store_column_dup (stmt, 4);
  g_free (entry->c->name);
  entry->c->name = sk_store_column_dup (stmt, 5);
  entry->c->lat = sqlite3_column_double (stmt, 6);
  entry->c->lon = sqlite3_column_double (stmt, 7);
}

/* A merge: the corrections it brought, as they are now (only those of
 * its id range, when it recorded one: a source merged again). */
static gboolean
replay_merge (SkStore      *self,
              GHashTable   *state,
              sqlite3_stmt *stmt,
              GError      **error)
{
  gint64 source = sqlite3_column_int64 (stmt, 9);
  gboolean ranged = sqlite3_column_type (stmt, 10) != SQLITE_NULL;
  gint64 first = sqlite3_column_int64 (stmt, 10), last = sqlite3_column_int64 (stmt, 11);
  g_autoptr(GPtrArray) all = sk_store_list_corrections (self, error);

  if (all == NULL)
    return FALSE;
  for (guint i = 0; i < all->len; i++)
    {
      SkStoreCorrection *c = g_ptr_array_index (all, i);
      Entry *entry;

      if (source == 0 || c->source_id != source
          || (ranged && (c->id < first || c->id > last)))
        continue;
      entry = entry_get (state, c->id);
      sk_store_correction_free (entry->c);
      entry->c = g_steal_pointer (&all->pdata[i]);
      entry->live = TRUE;
    }
  return TRUE;
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b)
{
  gint64 x = (*(SkStoreCorrection *const *) a)->id;
  gint64 y = (*(SkStoreCorrection *const *) b)->id;

  return x < y ? -1 : x > y;
}

static GPtrArray *
steal_live (GHashTable *state)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_store_correction_free);
  GHashTableIter iter;
  Entry *entry;

  g_hash_table_iter_init (&iter, state);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    if (entry->live && entry->c->type != NULL)
      g_ptr_array_add (list, g_steal_pointer (&entry->c));
  g_ptr_array_sort (list, compare_by_id);
  return list;
}

GPtrArray *
sk_store_dup_corrections_at (SkStore  *self,
                             gint64    event_id,
                             GError  **error)
{
  g_autoptr(GHashTable) state = g_hash_table_new_full (NULL, NULL, NULL, entry_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  stmt = sk_store_stmt (self,
                        "SELECT time, participant_id, "
                        "coalesce (json_extract (payload, '$.after.correction'), "
                        "json_extract (payload, '$.before.correction')), "
                        "json_type (payload, '$.after') IS NOT NULL, "
                        "json_extract (payload, '$.after.type'), "
                        "json_extract (payload, '$.after.name'), "
                        "json_extract (payload, '$.after.lat'), "
                        "json_extract (payload, '$.after.lon'), op, "
                        "json_extract (payload, '$.source.id'), "
                        "json_extract (payload, '$.correction_ids[0]'), "
                        "json_extract (payload, '$.correction_ids[1]') "
                        "FROM events WHERE id <= ?1 AND (op IN ('facility-add', "
                        "'facility-remove', 'merge') OR (op = 'undo' AND "
                        "json_extract (payload, '$.op') IN ('facility-add', 'facility-remove'))) "
                        "ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!g_str_equal (sk_store_column_text (stmt, 8), "merge"))
        replay_event (state, stmt);
      else if (!replay_merge (self, state, stmt, error))
        {
          sqlite3_reset (stmt);
          return NULL;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_read_error (self, rc, error);
      return NULL;
    }
  return steal_live (state);
}

void
sk_store_correction_free (SkStoreCorrection *correction)
{
  if (correction == NULL)
    return;
  g_free (correction->type);
  g_free (correction->name);
  g_free (correction->participant_name);
  g_free (correction->created);
  g_free (correction);
}
