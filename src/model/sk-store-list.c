/* sk-store-list.c — typed lists of what a session holds (participants,
 * comments, votes, variants, events) for the UI, and the plain-language
 * line that tells one event in the history view. */
#include "sk-config.h"
#include "sk-store-private.h"

#include <glib/gi18n-lib.h>

#include "sk-vocabulary.h"

/* Runs a cached statement (bound by the caller) and turns every row into
 * an element with @from_row; NULL with @error on a read failure. */
static GPtrArray *
collect_rows (SkStore         *self,
              sqlite3_stmt    *stmt,
              gpointer       (*from_row) (sqlite3_stmt *stmt),
              GDestroyNotify   free_func,
              GError         **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (free_func);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_read_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return sk_store_column_dup (stmt, column);
}

/* The column as valid UTF-8, or NULL when it is NULL. */
static char *
dup_nullable (sqlite3_stmt *stmt,
              int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NULL
                                                           : sk_store_column_dup (stmt, column);
}

/* ---- participants ------------------------------------------------------- */

static gpointer
participant_from_row (sqlite3_stmt *stmt)
{
  SkStoreParticipant *p = g_new0 (SkStoreParticipant, 1);

  p->id = sqlite3_column_int64 (stmt, 0);
  p->name = dup_column (stmt, 1);
  p->role = dup_column (stmt, 2);
  p->colour = dup_column (stmt, 3);
  p->source_id = sqlite3_column_int64 (stmt, 4);
  return p;
}

GPtrArray *
sk_store_list_participants (SkStore  *self,
                            GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  stmt = sk_store_stmt (self, "SELECT id, name, role, colour, source_id FROM participants "
                              "ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  return collect_rows (self, stmt, participant_from_row,
                       (GDestroyNotify) sk_store_participant_free, error);
}

/* ---- comments ----------------------------------------------------------- */

static gpointer
comment_from_row (sqlite3_stmt *stmt)
{
  SkStoreComment *c = g_new0 (SkStoreComment, 1);

  c->id = sqlite3_column_int64 (stmt, 0);
  c->intervention_id = sqlite3_column_int64 (stmt, 1);
  c->participant_id = sqlite3_column_int64 (stmt, 2);
  c->lat = sqlite3_column_double (stmt, 3);
  c->lon = sqlite3_column_double (stmt, 4);
  c->text = dup_column (stmt, 5);
  c->created = dup_column (stmt, 6);
  c->source_id = sqlite3_column_int64 (stmt, 7);
  return c;
}

GPtrArray *
sk_store_list_comments (SkStore  *self,
                        gint64    intervention_id,
                        GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  stmt = sk_store_stmt (self,
                        "SELECT id, intervention_id, participant_id, lat, lon, text, created, "
                        "source_id FROM comments WHERE deleted = 0 "
                        "AND (?1 IS NULL OR intervention_id = ?1) ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sk_store_bind_id (stmt, 1, intervention_id);
  return collect_rows (self, stmt, comment_from_row, (GDestroyNotify) sk_store_comment_free,
                       error);
}

/* ---- votes -------------------------------------------------------------- */

static gpointer
vote_from_row (sqlite3_stmt *stmt)
{
  SkStoreVote *v = g_new0 (SkStoreVote, 1);

  v->id = sqlite3_column_int64 (stmt, 0);
  v->participant_id = sqlite3_column_int64 (stmt, 1);
  v->intervention_id = sqlite3_column_int64 (stmt, 2);
  v->created = dup_column (stmt, 3);
  v->source_id = sqlite3_column_int64 (stmt, 4);
  return v;
}

GPtrArray *
sk_store_list_votes (SkStore  *self,
                     gint64    intervention_id,
                     GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  stmt = sk_store_stmt (self,
                        "SELECT v.id, v.participant_id, v.intervention_id, v.created, v.source_id "
                        "FROM votes AS v JOIN interventions AS i ON i.id = v.intervention_id "
                        "WHERE i.deleted = 0 AND (?1 IS NULL OR v.intervention_id = ?1) "
                        "ORDER BY v.id", error);
  if (stmt == NULL)
    return NULL;
  sk_store_bind_id (stmt, 1, intervention_id);
  return collect_rows (self, stmt, vote_from_row, (GDestroyNotify) sk_store_vote_free, error);
}

gint64
sk_store_count_votes (SkStore  *self,
                      gint64    intervention_id,
                      gint64    participant_id,
                      GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 n = -1;
  int rc;

  g_return_val_if_fail (SK_IS_STORE (self), -1);

  stmt = sk_store_stmt (self,
                        "SELECT count(*) FROM votes AS v "
                        "JOIN interventions AS i ON i.id = v.intervention_id "
                        "WHERE i.deleted = 0 AND (?1 IS NULL OR v.intervention_id = ?1) "
                        "AND (?2 IS NULL OR v.participant_id = ?2)", error);
  if (stmt == NULL)
    return -1;
  sk_store_bind_id (stmt, 1, intervention_id);
  sk_store_bind_id (stmt, 2, participant_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    sk_store_set_read_error (self, rc, error);
  return n;
}

/* ---- variants ----------------------------------------------------------- */

static gpointer
variant_from_row (sqlite3_stmt *stmt)
{
  SkStoreVariant *v = g_new0 (SkStoreVariant, 1);

  v->id = sqlite3_column_int64 (stmt, 0);
  v->name = dup_column (stmt, 1);
  v->position = sqlite3_column_int (stmt, 2);
  v->n_interventions = (guint) sqlite3_column_int64 (stmt, 3);
  return v;
}

GPtrArray *
sk_store_list_variants (SkStore  *self,
                        GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  stmt = sk_store_stmt (self,
                        "SELECT v.id, v.name, v.position, (SELECT count(*) FROM interventions AS i "
                        "WHERE i.variant_id = v.id AND i.deleted = 0) "
                        "FROM variants AS v ORDER BY v.position, v.id", error);
  if (stmt == NULL)
    return NULL;
  return collect_rows (self, stmt, variant_from_row, (GDestroyNotify) sk_store_variant_free,
                       error);
}

/* ---- events ------------------------------------------------------------- */

static SkStoreOp
op_from_id (const char *id)
{
  for (guint op = 0; op < SK_STORE_OP_MERGE; op++)
    if (g_strcmp0 (id, sk_store_op_to_id (op)) == 0)
      return op;
  /* "merge", and anything unknown, is told as a merge. */
  return SK_STORE_OP_MERGE;
}

static gpointer
event_from_row (sqlite3_stmt *stmt)
{
  SkStoreEvent *e = g_new0 (SkStoreEvent, 1);
  const char *op = sk_store_column_text (stmt, 2);
  const char *undone = (const char *) sqlite3_column_text (stmt, 8);
  const char *direction = sk_store_column_text (stmt, 9);

  e->id = sqlite3_column_int64 (stmt, 0);
  e->time = dup_column (stmt, 1);
  e->op = op_from_id (op);
  e->undone_op = op_from_id (undone);
  /* A plan's undo is written as the change it makes; tell it as an undo. */
  if (g_str_equal (direction, "undo") && e->op != SK_STORE_OP_UNDO)
    {
      e->undone_op = e->op == SK_STORE_OP_ADD ? SK_STORE_OP_DELETE
                     : e->op == SK_STORE_OP_DELETE ? SK_STORE_OP_ADD
                     : e->op == SK_STORE_OP_FACILITY_ADD ? SK_STORE_OP_FACILITY_REMOVE
                     : e->op == SK_STORE_OP_FACILITY_REMOVE ? SK_STORE_OP_FACILITY_ADD : e->op;
      e->op = SK_STORE_OP_UNDO;
    }
  e->key = e->op == SK_STORE_OP_UNDO
           ? g_strconcat ("undo:", undone ? undone : sk_store_op_to_id (e->undone_op), NULL)
           : g_strdup (op);
  e->participant_id = sqlite3_column_int64 (stmt, 3);
  e->participant_name = dup_nullable (stmt, 4);
  e->intervention_id = sqlite3_column_int64 (stmt, 5);
  e->kind = dup_nullable (stmt, 6);
  e->name = dup_nullable (stmt, 7);
  e->object_id = sqlite3_column_int64 (stmt, 10);
  return e;
}

GPtrArray *
sk_store_list_events (SkStore  *self,
                      gint64    offset,
                      gint64    limit,
                      GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  /* The object an event made or changed is in its payload: "after" for
   * what it made, "before" for what an undo took back. */
  stmt = sk_store_stmt (self,
                        "SELECT e.id, e.time, e.op, e.participant_id, p.name, e.intervention_id, "
                        "CASE WHEN e.op LIKE 'facility-%' OR json_extract (e.payload, '$.op') "
                        "LIKE 'facility-%' THEN coalesce (json_extract (e.payload, '$.after.type'), "
                        "json_extract (e.payload, '$.before.type')) ELSE i.kind END, "
                        "CASE WHEN e.op LIKE 'variant-%' "
                        "THEN json_extract (e.payload, '$.after.name') "
                        "WHEN e.op LIKE 'facility-%' OR json_extract (e.payload, '$.op') "
                        "LIKE 'facility-%' THEN nullif (coalesce (json_extract (e.payload, "
                        "'$.after.name'), json_extract (e.payload, '$.before.name')), '') "
                        "WHEN e.op = 'metadata' THEN json_extract (e.payload, '$.after.title') "
                        "WHEN e.op = 'participant' THEN json_extract (e.payload, '$.after.name') "
                        "WHEN i.name <> '' THEN i.name END, "
                        "json_extract (e.payload, '$.op'), "
                        "json_extract (e.payload, '$.direction'), "
                        "CASE e.op WHEN 'comment' THEN json_extract (e.payload, '$.after.comment') "
                        "WHEN 'vote' THEN json_extract (e.payload, '$.after.vote') "
                        "WHEN 'participant' THEN json_extract (e.payload, '$.after.participant') "
                        "WHEN 'facility-add' THEN json_extract (e.payload, '$.after.correction') "
                        "WHEN 'facility-remove' THEN json_extract (e.payload, '$.before.correction') "
                        "WHEN 'metadata' THEN NULL WHEN 'merge' THEN NULL "
                        "ELSE coalesce (e.intervention_id, "
                        "json_extract (e.payload, '$.after.variant'), "
                        "json_extract (e.payload, '$.before.variant'), "
                        "json_extract (e.payload, '$.before.comment'), "
                        "json_extract (e.payload, '$.before.vote'), "
                        "json_extract (e.payload, '$.before.correction'), "
                        "json_extract (e.payload, '$.after.correction')) END "
                        "FROM events AS e LEFT JOIN participants AS p ON p.id = e.participant_id "
                        "LEFT JOIN interventions AS i ON i.id = e.intervention_id "
                        "ORDER BY e.id LIMIT ?2 OFFSET ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, MAX (offset, 0));
  sqlite3_bind_int64 (stmt, 2, limit < 0 ? -1 : limit);
  return collect_rows (self, stmt, event_from_row, (GDestroyNotify) sk_store_event_free, error);
}

/* The kind's display name, or its id. */
static const char *
kind_name (const char          *kind,
           SkStoreKindNameFunc  lookup,
           gpointer             user_data)
{
  const char *name = kind && lookup ? lookup (kind, user_data) : NULL;

  return name ? name : kind ? kind : "?";
}

static char *
describe_op (SkStoreOp    op,
             const char  *who,
             const char  *what,
             const char  *kind_name)
{
  g_autofree char *lower = g_utf8_strdown (kind_name, -1);

  switch (op)
    {
    case SK_STORE_OP_ADD:
      return g_strdup_printf (_("%s zette een %s neer"), who, lower);
    case SK_STORE_OP_MOVE:
      return g_strdup_printf (_("%s verplaatste %s"), who, what);
    case SK_STORE_OP_RESHAPE:
      return g_strdup_printf (_("%s gaf %s een andere vorm"), who, what);
    case SK_STORE_OP_EDIT:
      return g_strdup_printf (_("%s paste %s aan"), who, what);
    case SK_STORE_OP_DELETE:
      return g_strdup_printf (_("%s haalde %s weg"), who, what);
    case SK_STORE_OP_COMMENT:
      /* A comment pinned to the map, not to an idea, is about no kind. */
      if (what == NULL)
        return g_strdup_printf (_("%s schreef een opmerking op de kaart"), who);
      return g_strdup_printf (_("%s schreef een opmerking bij %s"), who, what);
    case SK_STORE_OP_VOTE:
      return g_strdup_printf (_("%s gaf een stem op %s"), who, what);
    case SK_STORE_OP_PARTICIPANT:
      return g_strdup_printf (_("%s deed mee"), who);
    case SK_STORE_OP_VARIANT_NEW:
      return g_strdup_printf (_("%s begon variant %s"), who, what);
    case SK_STORE_OP_VARIANT_DUPLICATE:
      return g_strdup_printf (_("%s maakte een kopie: variant %s"), who, what);
    case SK_STORE_OP_VARIANT_RENAME:
      return g_strdup_printf (_("%s noemde een variant %s"), who, what);
    case SK_STORE_OP_METADATA:
      return g_strdup_printf (_("%s veranderde de gegevens van de sessie"), who);
    case SK_STORE_OP_FACILITY_ADD:
      /* @what is the name it was given, or NULL. */
      if (what == NULL)
        return g_strdup_printf (_("%s voegde een %s toe die nog niet op de kaart stond"), who,
                                lower);
      return g_strdup_printf (_("%s voegde een %s toe die nog niet op de kaart stond: %s"), who,
                              lower, what);
    case SK_STORE_OP_FACILITY_REMOVE:
      return g_strdup_printf (_("%s haalde de toegevoegde %s weg"), who, lower);
    case SK_STORE_OP_MERGE:
    default:
      return g_strdup (_("Een andere sessie is samengevoegd"));
    }
}

char *
sk_store_event_describe (const SkStoreEvent  *event,
                         SkStoreKindNameFunc  lookup,
                         gpointer             user_data)
{
  const char *who = event->participant_name ? event->participant_name : _("Iemand");
  const char *kind = kind_name (event->kind, lookup, user_data);
  /* What the event is about: the intervention's (or variant's) own
   * name, else its kind. */
  const char *what = event->name && *event->name ? event->name : kind;
  SkStoreOp op = event->op == SK_STORE_OP_UNDO ? event->undone_op : event->op;
  g_autofree char *line = NULL;

  if (event->op == SK_STORE_OP_COMMENT && event->intervention_id == 0)
    what = NULL;
  /* Who joined is the newcomer, not whoever had the laptop when Henk
   * was added. */
  if (event->op == SK_STORE_OP_PARTICIPANT && event->name != NULL && *event->name)
    who = event->name;
  /* An added facility is named by its type (the vocabulary, not the
   * toolbox) and, when it was given one, its own name. */
  if (op == SK_STORE_OP_FACILITY_ADD || op == SK_STORE_OP_FACILITY_REMOVE)
    {
      SkFacilityType type = sk_facility_type_from_id (event->kind);

      kind = type != SK_FACILITY_INVALID ? sk_facility_type_get_name (type) : kind;
      what = event->name && *event->name ? event->name : NULL;
    }
  if (event->op != SK_STORE_OP_UNDO)
    return describe_op (event->op, who, what, kind);
  line = describe_op (event->undone_op, who, what, kind);
  return g_strdup_printf (_("Ongedaan gemaakt: %s"), line);
}

/* ---- freeing ------------------------------------------------------------ */

void
sk_store_participant_free (SkStoreParticipant *participant)
{
  if (participant == NULL)
    return;
  g_free (participant->name);
  g_free (participant->role);
  g_free (participant->colour);
  g_free (participant);
}

void
sk_store_comment_free (SkStoreComment *comment)
{
  if (comment == NULL)
    return;
  g_free (comment->text);
  g_free (comment->created);
  g_free (comment);
}

void
sk_store_vote_free (SkStoreVote *vote)
{
  if (vote == NULL)
    return;
  g_free (vote->created);
  g_free (vote);
}

void
sk_store_variant_free (SkStoreVariant *variant)
{
  if (variant == NULL)
    return;
  g_free (variant->name);
  g_free (variant);
}

void
sk_store_event_free (SkStoreEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->time);
  g_free (event->key);
  g_free (event->participant_name);
  g_free (event->kind);
  g_free (event->name);
  g_free (event);
}
