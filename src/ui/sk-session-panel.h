/* sk-session-panel.h — who takes part and which variant is on the map.
 *
 * "Wie doen er mee?": one row per participant (a colour dot, the name,
 * the role); the one at the map is chosen with a check button ("Aan de
 * beurt"), which sets the session's participant-id. A form adds a
 * participant with a name and a role; the colour comes from a fixed
 * palette, so nobody has to choose one.
 *
 * "Varianten": one row per variant with its number of ideas; choosing
 * one shows it on the map (sk_session_set_variant_id). Buttons make a
 * copy of the variant on the map and switch to it, rename it, and ask
 * the window to compare variants (::compare).
 *
 * Signals (all on the main thread):
 *   ::changed  — something was stored (participant, variant): the window
 *                refreshes what shows the session (history, tabs).
 *   ::compare  — "Vergelijken…" was pressed; the window opens the
 *                comparison.
 *   ::error (const char *message) — a translated message for a toast.
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-session.h"

G_BEGIN_DECLS

#define SK_TYPE_SESSION_PANEL (sk_session_panel_get_type ())
G_DECLARE_FINAL_TYPE (SkSessionPanel, sk_session_panel, SK, SESSION_PANEL, GtkBox)

GtkWidget *sk_session_panel_new                (void);
/* Shows SESSION (NULL: none, the panel is empty and insensitive) and
 * follows its participant-id and variant-id. */
void       sk_session_panel_set_session        (SkSessionPanel *self,
                                                SkSession      *session);
SkSession *sk_session_panel_get_session        (SkSessionPanel *self);
/* Reads participants and variants again: call it after changes made
 * elsewhere (ideas placed or removed change the counts, a merge adds
 * participants, an undo renames a variant back). */
void       sk_session_panel_reload             (SkSessionPanel *self);
guint      sk_session_panel_get_n_participants (SkSessionPanel *self);
guint      sk_session_panel_get_n_variants     (SkSessionPanel *self);

/* A round dot of COLOUR ("#rrggbb"; NULL or "" for nobody known: a ring
 * only), SIZE logical pixels wide. Shared with SkCommentsBox. */
GtkWidget *sk_participant_dot_new              (const char     *colour,
                                                int             size);

G_END_DECLS
