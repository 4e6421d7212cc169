/* sk-welcome-window.h — the first-run welcome: what Samenkaart is, how to
 * put an idea on the map and how to take it back, in three pages of plain
 * Dutch with a picture each. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_WELCOME_WINDOW (sk_welcome_window_get_type ())
G_DECLARE_FINAL_TYPE (SkWelcomeWindow, sk_welcome_window, SK, WELCOME_WINDOW, AdwWindow)

SkWelcomeWindow *sk_welcome_window_new          (GtkWindow       *parent);
guint            sk_welcome_window_get_n_pages  (SkWelcomeWindow *self);
guint            sk_welcome_window_get_page     (SkWelcomeWindow *self);
/* The next page, or, on the last one, close and remember that the
 * welcome was seen (the "welcome-shown" setting). */
void             sk_welcome_window_next         (SkWelcomeWindow *self);

G_END_DECLS
