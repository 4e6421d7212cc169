/* sk-store-history.c — the history as people read it (sk-store.h):
 * the events of one variant, with a run of small edits folded into one
 * step. The log itself stays append-only: every click is still an event
 * in the file; only the list that tells it folds them. */
#include "sk-config.h"
#include "sk-store-private.h"

#include <string.h>

/* Intervention id → variant id, for every intervention ever made (a
 * deleted one still owns its events). */
static GHashTable *
intervention_variants (SkStore  *self,
                       GError  **error)
{
  g_autoptr(GHashTable) variants = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt = sk_store_stmt (self, "SELECT id, variant_id FROM interventions", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (variants, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) }, sizeof (gint64)),
                         g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 1) }, sizeof (gint64)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_read_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&variants);
}

/* Whether EVENT belongs in the history of VARIANT_ID (0: all). */
static gboolean
in_variant (const SkStoreEvent *event,
            gint64              variant_id,
            GHashTable         *variants)
{
  const gint64 *owner;

  if (variant_id == 0)
    return TRUE;
  if (event->op == SK_STORE_OP_VARIANT_NEW || event->op == SK_STORE_OP_VARIANT_DUPLICATE
      || event->op == SK_STORE_OP_VARIANT_RENAME
      || (event->op == SK_STORE_OP_UNDO && event->undone_op == SK_STORE_OP_VARIANT_RENAME))
    return event->object_id == variant_id;
  if (event->intervention_id == 0)
    return TRUE;  /* a participant, the session's data, a comment on the map, a merge */
  owner = g_hash_table_lookup (variants, &event->intervention_id);
  return owner == NULL || *owner == variant_id;
}

/* The member NAME of the object SIDE of the payload, as JSON text. */
static char *
side_member (JsonObject *payload,
             const char *side,
             const char *name)
{
  JsonObject *object = json_object_get_object_member (payload, side);
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL ? json_to_string (node, FALSE) : g_strdup ("");
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* What an edit event changed, as "name", "note" or "params:woningen"
 * (sorted, comma separated); NULL when it cannot be told. */
static char *
edit_field (SkStore *self,
            gint64   event_id)
{
  sqlite3_stmt *stmt = sk_store_stmt (self, "SELECT payload FROM events WHERE id = ?1", NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new_null_terminated (4, NULL, TRUE);
  JsonObject *payload, *before, *after;
  static const char *const texts[] = { "name", "note" };

  if (stmt == NULL)
    return NULL;
  sk_store_bind_id (stmt, 1, event_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    root = json_from_string (sk_store_column_text (stmt, 0), NULL);
  sqlite3_reset (stmt);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  payload = json_node_get_object (root);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *b = side_member (payload, "before", texts[i]);
      g_autofree char *a = side_member (payload, "after", texts[i]);

      if (!g_str_equal (a, b))
        g_ptr_array_add (changed, (gpointer) texts[i]);
    }
  before = json_object_get_object_member (json_object_get_object_member (payload, "before"), "params");
  after = json_object_get_object_member (json_object_get_object_member (payload, "after"), "params");
  if (before != NULL && after != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (after);

      for (GList *m = members; m != NULL; m = m->next)
        {
          JsonNode *b = json_object_get_member (before, m->data);

          if (b == NULL || !json_node_equal (b, json_object_get_member (after, m->data)))
            g_ptr_array_add (changed, m->data);
        }
    }
  /* Members come in the order of the object; the text names the set. */
  g_ptr_array_sort (changed, compare_names);
  return changed->len > 0 ? g_strjoinv (",", (char **) changed->pdata) : NULL;
}

static gint64
event_ms (const SkStoreEvent *event)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = event->time ? g_date_time_new_from_iso8601 (event->time, utc) : NULL;

  return when != NULL ? g_date_time_to_unix (when) * 1000 + g_date_time_get_microsecond (when) / 1000
                      : G_MININT64 / 2;
}

/* Whether NEXT continues the run of edits that PREVIOUS ends: the same
 * field of the same idea, by the same person, within the coalescing time. */
static gboolean
continues (SkStore            *self,
           const SkStoreEvent *previous,
           const SkStoreEvent *next)
{
  g_autofree char *a = NULL, *b = NULL;

  if (previous->op != SK_STORE_OP_EDIT || next->op != SK_STORE_OP_EDIT
      || previous->intervention_id != next->intervention_id
      || previous->participant_id != next->participant_id
      || event_ms (next) - event_ms (previous) > SK_STORE_HISTORY_COALESCE_MS)
    return FALSE;
  a = edit_field (self, previous->id);
  b = edit_field (self, next->id);
  return a != NULL && g_strcmp0 (a, b) == 0;
}

GPtrArray *
sk_store_list_history (SkStore  *self,
                       gint64    variant_id,
                       gint64    from_event_id,
                       GError  **error)
{
  g_autoptr(GHashTable) variants = NULL;
  g_autoptr(GPtrArray) events = NULL;
  GPtrArray *history;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  /* Event ids are the rows of an append-only table: 1, 2, 3 … */
  if ((variants = intervention_variants (self, error)) == NULL
      || (events = sk_store_list_events (self, MAX (from_event_id, 1) - 1, -1, error)) == NULL)
    return NULL;
  history = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_store_event_free);
  for (guint i = 0; i < events->len; i++)
    {
      SkStoreEvent *event = g_ptr_array_index (events, i);
      SkStoreEvent *last = history->len > 0 ? g_ptr_array_index (history, history->len - 1) : NULL;

      if (!in_variant (event, variant_id, variants))
        continue;
      event->first_id = event->id;
      if (last != NULL && continues (self, last, event))
        {
          /* The later click stands for the run: its state is the run's end. */
          event->first_id = last->first_id;
          g_ptr_array_remove_index (history, history->len - 1);
        }
      g_ptr_array_add (history, g_steal_pointer (&events->pdata[i]));
    }
  return history;
}
