/* sk-help-overlay.h — the shortcuts window in the app's own language. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GtkShortcutsWindow titles its header with GTK's own words ("Shortcuts",
 * "Search Results"), English wherever GTK's translation is missing: these
 * take the app's words instead. */
void sk_help_overlay_translate (GtkWindow *overlay);

G_END_DECLS
