/* sk-new-session-dialog.h — "Nieuwe sessie": a title, a place, the kind
 * of meeting (keukentafelgesprek, atelier, presentatie) and the region,
 * then "Beginnen".
 *
 * "response" is emitted with GTK_RESPONSE_ACCEPT when "Beginnen" is
 * pressed with a title filled in (an empty title shows a message and
 * emits nothing), and with GTK_RESPONSE_CANCEL when the dialog is
 * cancelled or closed. On accept the dialog stays open: the caller makes
 * the session with sk_new_session_dialog_create_store() and closes it, or
 * shows the error with sk_new_session_dialog_show_error().
 */
#pragma once

#include <adwaita.h>

#include "sk-region.h"
#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_NEW_SESSION_DIALOG (sk_new_session_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkNewSessionDialog, sk_new_session_dialog, SK, NEW_SESSION_DIALOG, AdwWindow)

/* REGION (may be NULL) is chosen at first; the other built-in regions
 * are offered too. */
SkNewSessionDialog *sk_new_session_dialog_new            (GtkWindow          *parent,
                                                          SkRegion           *region);
/* The title with spaces trimmed at both ends ("" when empty). */
char               *sk_new_session_dialog_dup_title      (SkNewSessionDialog *self);
char               *sk_new_session_dialog_dup_place      (SkNewSessionDialog *self);
void                sk_new_session_dialog_set_title      (SkNewSessionDialog *self,
                                                          const char         *title);
void                sk_new_session_dialog_set_place      (SkNewSessionDialog *self,
                                                          const char         *place);
/* "keukentafelgesprek", "atelier" or "presentatie". */
const char         *sk_new_session_dialog_get_format     (SkNewSessionDialog *self);
void                sk_new_session_dialog_set_format     (SkNewSessionDialog *self,
                                                          const char         *format);
/* The chosen region and its id. */
SkRegion           *sk_new_session_dialog_get_region     (SkNewSessionDialog *self);
const char         *sk_new_session_dialog_get_region_id  (SkNewSessionDialog *self);
/* Presses "Beginnen": checks the title, then emits "response". */
void                sk_new_session_dialog_accept         (SkNewSessionDialog *self);
/* Shows MESSAGE (a sentence a person can act on) above the buttons'
 * result; NULL hides it. */
void                sk_new_session_dialog_show_error     (SkNewSessionDialog *self,
                                                          const char         *message);
/* The message shown now, or NULL. */
const char         *sk_new_session_dialog_get_error      (SkNewSessionDialog *self);
/* Creates the session file in DIR (NULL: the sessions folder, made when
 * missing) as sessie-YYYYMMDD-HHMMSS.samenkaart (-2, -3 … when taken),
 * with the title, place, today's date, the format and the region's id and
 * content hash. */
SkStore            *sk_new_session_dialog_create_store   (SkNewSessionDialog *self,
                                                          const char         *dir,
                                                          GError            **error);

G_END_DECLS
