/* sk-history-view.h — the history of a session: every event of the log
 * as one plain-Dutch line (oldest at the top), and a step control to
 * replay the session event by event.
 *
 * The replay position is an event id: the plan as it was right after
 * that event; 0 is before anything happened. The view only provides the
 * state at the position (sk_history_view_dup_state); showing it on the
 * map, read-only, is the window's work. ::replay is emitted on the main
 * thread every time the position changes, by the user or by the API.
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-store.h"
#include "sk-toolbox.h"

G_BEGIN_DECLS

#define SK_TYPE_HISTORY_VIEW (sk_history_view_get_type ())
G_DECLARE_FINAL_TYPE (SkHistoryView, sk_history_view, SK, HISTORY_VIEW, GtkBox)

/* Reads the event log of STORE; the position starts at the present. */
GtkWidget *sk_history_view_new            (SkStore       *store,
                                           SkToolbox     *toolbox);
SkStore   *sk_history_view_get_store      (SkHistoryView *self);

/* The event id of the position; 0: before the first event. */
gint64     sk_history_view_get_position   (SkHistoryView *self);
/* Moves to the last event with an id ≤ EVENT_ID (0: the start; beyond
 * the last: the present). */
void       sk_history_view_set_position   (SkHistoryView *self,
                                           gint64         event_id);
/* Moves DELTA events forward (> 0) or back (< 0), stopping at the start
 * and at the present (Page Up/Down in presentation mode). */
void       sk_history_view_step           (SkHistoryView *self,
                                           int            delta);
/* TRUE when the position is the last event (or the log is empty). */
gboolean   sk_history_view_get_at_present (SkHistoryView *self);
/* The step shown, from 0 (the start) to sk_history_view_get_n_steps. */
guint      sk_history_view_get_step       (SkHistoryView *self);
guint      sk_history_view_get_n_steps    (SkHistoryView *self);

/* Reads the log again after new events. A view at the present stays at
 * the present (and emits ::replay); any other position is kept. */
void       sk_history_view_reload         (SkHistoryView *self);

/* The variant whose state sk_history_view_dup_state gives; 0: every
 * variant (the store's convention). */
gint64     sk_history_view_get_variant_id (SkHistoryView *self);
void       sk_history_view_set_variant_id (SkHistoryView *self,
                                           gint64         variant_id);
/* The interventions (SkStoreIntervention) of the variant as they were
 * right after the position's event, by id; NULL with ERROR set. */
GPtrArray *sk_history_view_dup_state      (SkHistoryView *self,
                                           GError       **error);

G_END_DECLS
