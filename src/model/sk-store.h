/* sk-store.h — the session file (.samenkaart): an SQLite database in WAL
 * mode that holds the metadata, participants, variants, interventions,
 * comments, dot-votes, settings and an append-only event log of a session.
 *
 * Every user action is committed in its own transaction when it happens
 * (sk_store_apply), so a crash loses at most the action in progress.
 * Files that are not sessions, are damaged or come from a newer version
 * are refused with a message and are never modified.
 *
 * The store knows plain data only: a kind id, a geometry as GeoJSON
 * geometry text (WGS84, [lon, lat]) and parameters as a JSON object text.
 *
 * Thread rules: an SkStore is used from one thread at a time.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-geo.h"

G_BEGIN_DECLS

#define SK_STORE_ERROR (sk_store_error_quark ())

typedef enum
{
  SK_STORE_ERROR_OPEN,           /* cannot be read or created */
  SK_STORE_ERROR_NOT_SESSION,    /* another kind of file */
  SK_STORE_ERROR_CORRUPT,        /* damaged or truncated */
  SK_STORE_ERROR_TOO_NEW,        /* made by a newer Samenkaart */
  SK_STORE_ERROR_EXISTS,         /* sk_store_create: the file exists */
  SK_STORE_ERROR_FULL,           /* the disk is full; nothing was changed */
  SK_STORE_ERROR_WRITE,          /* any other write failure; nothing was changed */
  SK_STORE_ERROR_INVALID,        /* the action is not valid */
  SK_STORE_ERROR_NOT_FOUND,      /* the action names an object that does not exist */
  SK_STORE_ERROR_NOTHING_TO_UNDO,
  SK_STORE_ERROR_ALREADY_MERGED,
  SK_STORE_ERROR_BUSY,           /* another program holds a lock; try again soon */
  SK_STORE_ERROR_READ,           /* reading failed; nothing was changed */
} SkStoreError;

/* PRAGMA application_id of every session file: "SkK1" in ASCII. */
#define SK_STORE_APPLICATION_ID 0x536b4b31
/* PRAGMA user_version written by this version. 1: first format;
 * 2: adds the votes table, the R*Tree index of intervention bboxes and
 * triggers that keep the event log append-only; 3: adds the corrections
 * table (facilities residents know of that the region data lacks). */
#define SK_STORE_SCHEMA_VERSION 4

/* Dots (dot-votes) each participant may give in one variant. */
#define SK_STORE_MAX_DOTS 3
/* The longest name of an added facility, in characters. */
#define SK_STORE_CORRECTION_NAME_MAX 80

typedef enum
{
  SK_STORE_OP_ADD,
  SK_STORE_OP_MOVE,          /* translate so the bbox centre lands on lat/lon;
                              * or, with a geometry, take that moved shape */
  SK_STORE_OP_RESHAPE,       /* replace the geometry */
  SK_STORE_OP_EDIT,          /* set params members, name and/or note */
  SK_STORE_OP_DELETE,
  SK_STORE_OP_COMMENT,
  SK_STORE_OP_VOTE,
  SK_STORE_OP_UNDO,          /* revert the last add, move, reshape, edit, delete,
                              * comment, vote, variant-rename, metadata,
                              * facility-add or facility-remove not yet undone */
  SK_STORE_OP_PARTICIPANT,   /* add a participant */
  SK_STORE_OP_VARIANT_NEW,   /* an empty variant called name; not undoable */
  SK_STORE_OP_VARIANT_DUPLICATE, /* a copy of variant_id's live interventions,
                                  * called name; not undoable */
  SK_STORE_OP_VARIANT_RENAME, /* variant_id gets name */
  SK_STORE_OP_METADATA,      /* set title, place, date and/or format */
  SK_STORE_OP_FACILITY_ADD,  /* a facility the region data lacks (a correction of the
                              * situation before the plan): facility, name, lat/lon;
                              * with correction_id, puts that removed one back */
  SK_STORE_OP_FACILITY_REMOVE, /* takes correction correction_id away */
  SK_STORE_OP_MERGE,         /* only in the event log: sk_store_merge */
} SkStoreOp;

/* One user action. Fields an op does not use are ignored; NULL strings in
 * an edit mean "unchanged". Ids are 0 when absent. */
typedef struct
{
  SkStoreOp   op;
  gint64      participant_id;  /* who did it (0: nobody known); for a vote, the voter */
  gint64      intervention_id; /* move, reshape, edit, delete, vote; optional for comment */
  gint64      variant_id;      /* add: 0 = the first variant; variant-duplicate: the
                                * original; variant-rename */
  const char *kind;            /* add: toolbox kind id */
  const char *geometry;        /* add, reshape (and move): GeoJSON Point/LineString/Polygon text */
  const char *params;          /* add: JSON object; edit: members to set (null removes) */
  const char *name;            /* add, edit, participant, variant-new/-duplicate/-rename */
  const char *note;            /* add, edit */
  const char *text;            /* comment */
  const char *role;            /* participant */
  const char *colour;          /* participant: "#rrggbb" */
  double      lat;             /* move, comment: WGS84 degrees */
  double      lon;
  /* metadata: NULL means unchanged; date as YYYY-MM-DD. */
  const char *title;
  const char *place;
  const char *date;
  const char *format;
  /* Optional, kept in the event as "command": the plan command the user
   * did, as JSON text (sk_plan_command_to_json). */
  const char *command;
  /* Optional: "undo" or "redo" when the change comes from the plan's own
   * undo or redo; the history then tells it as such. */
  const char *direction;
  /* facility-add: the facility type id (huisarts, apotheek …). */
  const char *facility;
  /* facility-remove, and facility-add putting one back. */
  gint64      correction_id;
} SkStoreAction;

typedef struct
{
  char *title;
  char *place;
  char *date;        /* ISO 8601 date, YYYY-MM-DD */
  char *format;      /* keukentafelgesprek, atelier or presentatie */
  char *region_id;   /* may be NULL */
  char *region_hash; /* content hash of the region package; may be NULL */
  char *uid;         /* random id of the session, for provenance */
} SkStoreMetadata;

typedef struct
{
  gint64  id;
  gint64  variant_id;
  char   *kind;
  char   *geometry;    /* GeoJSON geometry text */
  char   *params;      /* JSON object text */
  char   *name;
  char   *note;
  gint64  participant_id;
  char   *created;     /* ISO 8601 UTC */
  char   *updated;
  gint64  source_id;   /* 0, or the merged session it came from */
  SkBBox  bbox;
} SkStoreIntervention;

typedef struct
{
  gint64  id;
  char   *name;
  char   *role;
  char   *colour;      /* "#rrggbb" or "" */
  gint64  source_id;   /* 0, or the merged session it came from */
} SkStoreParticipant;

typedef struct
{
  gint64  id;
  gint64  intervention_id; /* 0: pinned to the map only */
  gint64  participant_id;  /* 0: nobody known */
  double  lat;             /* WGS84 degrees */
  double  lon;
  char   *text;
  char   *created;         /* ISO 8601 UTC */
  gint64  source_id;
} SkStoreComment;

typedef struct
{
  gint64  id;
  gint64  participant_id;
  gint64  intervention_id;
  char   *created;
  gint64  source_id;
} SkStoreVote;

typedef struct
{
  gint64  id;
  char   *name;
  int     position;         /* order of the tabs, from 0 */
  guint   n_interventions;  /* live ones */
} SkStoreVariant;

/* A facility added during the session because the region data lacks it
 * (who, when, where, what). It belongs to the situation before the plan,
 * in every variant. */
typedef struct
{
  gint64  id;
  char   *type;             /* facility type id: huisarts, apotheek … */
  char   *name;             /* "" when none was given */
  double  lat;              /* WGS84 degrees */
  double  lon;
  gint64  participant_id;   /* who added it; 0: nobody known */
  char   *participant_name; /* NULL when nobody is known */
  char   *created;          /* ISO 8601 UTC */
  gint64  source_id;        /* 0, or the merged session it came from */
} SkStoreCorrection;

/* One line of the event log, as the history view shows it. */
typedef struct
{
  gint64     id;
  char      *time;             /* ISO 8601 UTC */
  SkStoreOp  op;               /* also UNDO for a plan undo stored as a change */
  SkStoreOp  undone_op;        /* op == UNDO: what was undone; else MERGE */
  char      *key;              /* short description key: "move", "undo:move", "merge" */
  gint64     participant_id;   /* 0: nobody known */
  char      *participant_name; /* NULL when nobody is known */
  gint64     object_id;        /* the intervention, comment, vote, participant or
                                * variant the event made or changed; 0 for none */
  gint64     intervention_id;  /* the intervention it concerns (also of a comment or vote) */
  char      *kind;             /* that intervention's kind id, an added facility's type
                                * id, or NULL */
  char      *name;             /* the intervention's name now, the variant's new name, the
                                * new title, an added facility's name, the new participant's
                                * name; or NULL */
  gint64     first_id;         /* sk_store_list_history: the first event of the run folded
                                * into this one (its own id when none); else 0 */
} SkStoreEvent;

/* The display name of a toolbox kind ("Pluktuin"), or NULL when unknown. */
typedef const char *(*SkStoreKindNameFunc) (const char *kind_id,
                                            gpointer    user_data);

#define SK_TYPE_STORE (sk_store_get_type ())
G_DECLARE_FINAL_TYPE (SkStore, sk_store, SK, STORE, GObject)

/* The longest JSON text (a geometry, the params of an idea, one line of
 * `session apply`) the store reads or takes: 16 MiB. */
#define SK_STORE_MAX_JSON ((gsize) 16 * 1024 * 1024)

GQuark               sk_store_error_quark              (void);

/* A path in DIR for a new session named after TITLE and DATE
 * ("Keukentafel De Wijk 2026-12-06.samenkaart"), with " (2)", " (3)" …
 * when that name is taken; characters a file name cannot hold become
 * "-". Does not create the file. */
char                *sk_store_suggest_path             (const char             *dir,
                                                        const char             *title,
                                                        const char             *date);
/* Creates a new session file; fails when the path exists. metadata->date
 * NULL means today; format NULL means keukentafelgesprek. */
SkStore             *sk_store_create                   (const char             *path,
                                                        const SkStoreMetadata  *metadata,
                                                        GError                **error);
/* Opens a session for writing: checks it read-only first, then upgrades
 * an older format. */
SkStore             *sk_store_open                     (const char             *path,
                                                        GError                **error);
/* Opens a session read-only (no upgrade, no writes ever). It sees what a
 * writer elsewhere has committed, its log included; a lock held longer
 * than a few seconds fails with SK_STORE_ERROR_BUSY. Only in a folder no
 * one can write is the file read as an immutable snapshot. */
SkStore             *sk_store_open_readonly            (const char             *path,
                                                        GError                **error);
const char          *sk_store_get_path                 (SkStore                *self);
/* Moves everything in the write-ahead log into the session file itself and
 * empties the log, so that the file alone (copied to a USB stick, mailed)
 * is the whole session. The store also does this by itself a few seconds
 * after the last change, on the main context it was opened on, and when it
 * is finalized. A reader elsewhere may hold part of the log back: then the
 * rest follows at the next checkpoint. Does nothing on a read-only store. */
gboolean             sk_store_checkpoint               (SkStore                *self,
                                                        GError                **error);
/* The user_version the file had when it was opened (before any upgrade). */
int                  sk_store_get_opened_version       (SkStore                *self);
const SkStoreMetadata *sk_store_get_metadata           (SkStore                *self);

/* Commits one action and its event in one transaction. Returns the event
 * id (> 0), or 0 with @error set and the file unchanged. @object_id gets
 * the id of what was made or changed (intervention, comment, vote,
 * participant); may be NULL. */
gint64               sk_store_apply                    (SkStore                *self,
                                                        const SkStoreAction    *action,
                                                        gint64                 *object_id,
                                                        GError                **error);

/* Interventions that are not deleted, of one variant (0: all), by id. */
GPtrArray           *sk_store_list_interventions       (SkStore                *self,
                                                        gint64                  variant_id,
                                                        GError                **error);
SkStoreIntervention *sk_store_get_intervention         (SkStore                *self,
                                                        gint64                  id,
                                                        GError                **error);
/* Ids of live interventions whose bbox meets @bbox (R*Tree). */
GArray              *sk_store_find_in_bbox             (SkStore                *self,
                                                        const SkBBox           *bbox,
                                                        GError                **error);
gint64               sk_store_get_n_events             (SkStore                *self);

/* sk-store-list.c: typed lists for the UI, by id (variants by position).
 * Each returns a GPtrArray that frees its elements, or NULL with @error. */
GPtrArray           *sk_store_list_participants        (SkStore                *self,
                                                        GError                **error);
/* Comments not undone; @intervention_id 0: all, else those on it. */
GPtrArray           *sk_store_list_comments            (SkStore                *self,
                                                        gint64                  intervention_id,
                                                        GError                **error);
/* Dots on live interventions; @intervention_id 0: all. */
GPtrArray           *sk_store_list_votes               (SkStore                *self,
                                                        gint64                  intervention_id,
                                                        GError                **error);
/* The number of dots on live interventions, of one intervention and/or of
 * one participant (0: any); -1 with @error set. */
gint64               sk_store_count_votes              (SkStore                *self,
                                                        gint64                  intervention_id,
                                                        gint64                  participant_id,
                                                        GError                **error);
GPtrArray           *sk_store_list_variants            (SkStore                *self,
                                                        GError                **error);
/* Events oldest first, skipping @offset; @limit < 0: all. */
GPtrArray           *sk_store_list_events              (SkStore                *self,
                                                        gint64                  offset,
                                                        gint64                  limit,
                                                        GError                **error);
const char          *sk_store_op_to_id                 (SkStoreOp               op);
/* A translated one-line description in plain language: "Anne zette een
 * pluktuin neer", "Ongedaan gemaakt: Anne verplaatste Woonerf". @lookup
 * (may be NULL) names kinds; without a name the kind id is used. */
char                *sk_store_event_describe           (const SkStoreEvent     *event,
                                                        SkStoreKindNameFunc     lookup,
                                                        gpointer                user_data);

/* sk-store-history.c: the history as the history view tells it: the
 * events from @from_event_id on (0 or 1: all) that concern @variant_id
 * (0: every variant; events about no idea belong to every variant), with
 * a run of edits of the same field of the same idea by the same person,
 * each within SK_STORE_HISTORY_COALESCE_MS of the one before (clicks on
 * +), told as one step: its last event, with first_id its first. The log
 * itself keeps every event. */
#define SK_STORE_HISTORY_COALESCE_MS 2000
GPtrArray           *sk_store_list_history             (SkStore                *self,
                                                        gint64                  variant_id,
                                                        gint64                  from_event_id,
                                                        GError                **error);

/* sk-store-replay.c: the interventions of @variant_id (0: all) as they
 * were right after event @event_id (0: before the first event; beyond
 * the last: now), by id, replayed forward from the start of the log.
 * Fields the log does not hold are filled from the event: participant_id
 * and created from the add, updated from the last change; source_id 0. */
GPtrArray           *sk_store_dup_state_at             (SkStore                *self,
                                                        gint64                  event_id,
                                                        gint64                  variant_id,
                                                        GError                **error);

/* sk-store-correction.c: the facilities added during the session that
 * are not taken away, by id. A file of version 2 or older opened
 * read-only has none. */
GPtrArray           *sk_store_list_corrections         (SkStore                *self,
                                                        GError                **error);
/* Correction @id, also one taken away; NULL with NOT_FOUND. */
SkStoreCorrection   *sk_store_get_correction           (SkStore                *self,
                                                        gint64                  id,
                                                        GError                **error);
/* The same as they were right after event @event_id (as
 * sk_store_dup_state_at); participant_name is not filled in. */
GPtrArray           *sk_store_dup_corrections_at       (SkStore                *self,
                                                        gint64                  event_id,
                                                        GError                **error);

/* A consistent copy of the whole session at @dest_path (VACUUM INTO a
 * temporary file beside it, flushed to disk, renamed into place). An
 * existing file at @dest_path is replaced, but never this session itself.
 * The copy keeps the session's uid: it is the same session. */
gboolean             sk_store_save_copy                (SkStore                *self,
                                                        const char             *dest_path,
                                                        GError                **error);
/* The whole session as the JSON object of `session show --json`. */
JsonNode            *sk_store_dup_json                 (SkStore                *self,
                                                        GError                **error);

char                *sk_store_dup_setting              (SkStore                *self,
                                                        const char             *key);
gboolean             sk_store_set_setting              (SkStore                *self,
                                                        const char             *key,
                                                        const char             *value,
                                                        GError                **error);

/* Adds the participants, interventions, comments and votes of other
 * session files (opened read-only, never changed) in one transaction,
 * recording where each came from. */
gboolean             sk_store_merge                    (SkStore                *self,
                                                        const char * const     *sources,
                                                        GError                **error);
/* The same; a session merged before, or a copy of a session already
 * here, brings only what is new. @summary (nullable) receives one Dutch
 * sentence per source: what was added, updated and already here. A
 * source that is this very file is refused (SK_STORE_ERROR_ALREADY_MERGED). */
gboolean             sk_store_merge_with_summary       (SkStore                *self,
                                                        const char * const     *sources,
                                                        char                  **summary,
                                                        GError                **error);

/* PRAGMA integrity_check; TRUE when "ok". */
gboolean             sk_store_check_integrity          (SkStore                *self,
                                                        GError                **error);
/* A number that changes when another connection (another program, another
 * window) commits to the file; -1 with @error set. */
gint64               sk_store_get_data_version         (SkStore                *self,
                                                        GError                **error);
/* Runs @hook (@data, the source's path) in the middle of reading each
 * merge source, after its participants (tests: another program writes). */
void                 sk_store_set_merge_hook_for_testing (SkStore              *self,
                                                          GFunc                 hook,
                                                          gpointer              data);
/* Caps the file at @max_bytes from now on, as a full disk would (tests). */
void                 sk_store_limit_size_for_testing   (SkStore                *self,
                                                        gint64                  max_bytes);

void                 sk_store_metadata_clear           (SkStoreMetadata        *metadata);
void                 sk_store_intervention_free        (SkStoreIntervention    *intervention);
void                 sk_store_participant_free         (SkStoreParticipant     *participant);
void                 sk_store_comment_free             (SkStoreComment         *comment);
void                 sk_store_vote_free                (SkStoreVote            *vote);
void                 sk_store_variant_free             (SkStoreVariant         *variant);
void                 sk_store_event_free               (SkStoreEvent           *event);
void                 sk_store_correction_free          (SkStoreCorrection      *correction);

/* GeoJSON geometry helpers (WGS84): parse and validate a Point,
 * LineString or Polygon, giving its bbox. */
gboolean             sk_store_geometry_bbox            (const char             *geometry,
                                                        SkBBox                 *bbox,
                                                        GError                **error);
/* The geometry moved so that its bbox centre is at lat/lon. */
char                *sk_store_geometry_move            (const char             *geometry,
                                                        double                  lat,
                                                        double                  lon,
                                                        GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkStoreIntervention, sk_store_intervention_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkStoreParticipant, sk_store_participant_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkStoreComment, sk_store_comment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkStoreVote, sk_store_vote_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkStoreVariant, sk_store_variant_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkStoreEvent, sk_store_event_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkStoreCorrection, sk_store_correction_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SkStoreMetadata, sk_store_metadata_clear)

G_END_DECLS
