/* sk-comments-box.h — dot-votes and comments on one intervention, for the
 * properties panel of the selected idea.
 *
 * "Stemmen: N" with a big "Stem" button: the participant at the map
 * (the session's participant-id) gives one dot. Everybody has
 * SK_COMMENTS_BOX_MAX_DOTS dots per variant; a further vote is refused
 * with a message. Without a participant at the map the button is
 * insensitive and its tooltip says to choose who is at the map first.
 * Below: the comments on the idea (who, at what time, the text; newest
 * last) and an entry to add one, pinned at the idea's position and
 * stored as the active participant's (or nobody's).
 *
 * Build a new box when the selection changes: the box does not follow
 * another intervention. It follows the session's participant-id.
 *
 * Signals (main thread):
 *   ::changed — a vote or comment was stored.
 *   ::error (const char *message) — storing failed; a translated message
 *               for a toast.
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-session.h"

G_BEGIN_DECLS

/* Dots each participant may give in one variant. */
#define SK_COMMENTS_BOX_MAX_DOTS SK_STORE_MAX_DOTS

#define SK_TYPE_COMMENTS_BOX (sk_comments_box_get_type ())
G_DECLARE_FINAL_TYPE (SkCommentsBox, sk_comments_box, SK, COMMENTS_BOX, GtkBox)

/* INTERVENTION_ID is the intervention's id in the session file (the
 * store id); LAT/LON (WGS84 degrees) is where its comments are pinned,
 * e.g. the centre of its bbox. */
GtkWidget *sk_comments_box_new                (SkSession     *session,
                                               gint64         intervention_id,
                                               double         lat,
                                               double         lon);
gint64     sk_comments_box_get_intervention_id (SkCommentsBox *self);
/* Reads the votes and comments again (after an undo, a merge). */
void       sk_comments_box_reload             (SkCommentsBox *self);
/* Dots on the intervention, of everybody. */
guint      sk_comments_box_get_n_votes        (SkCommentsBox *self);
guint      sk_comments_box_get_n_comments     (SkCommentsBox *self);

G_END_DECLS
