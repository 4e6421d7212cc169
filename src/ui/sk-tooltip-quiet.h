/* sk-tooltip-quiet.h — no tooltip over an open menu or popover. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* From now on, while any popover (a menu, a GtkMenuButton's popover, a
 * kern's details) is open, the widget it opened from shows no tooltip.
 * GTK 4.8 keeps a tooltip shown at the moment of the click, and shows it
 * again while the pointer rests, on top of the menu it opened. Once per
 * process; more calls do nothing. */
void sk_tooltips_quiet_under_popovers (void);

G_END_DECLS
