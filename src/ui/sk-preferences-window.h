/* sk-preferences-window.h — the base map choice. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_PREFERENCES_WINDOW (sk_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (SkPreferencesWindow, sk_preferences_window, SK, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

SkPreferencesWindow *sk_preferences_window_new (GtkWindow *parent);

G_END_DECLS
