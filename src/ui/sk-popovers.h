/* sk-popovers.h — popovers that behave: no tooltip over an open one, and
 * a popover made for one showing that goes away safely once closed. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* From now on, while any popover (a menu, a GtkMenuButton's popover, a
 * kern's details) is open, the widget it opened from shows no tooltip.
 * GTK 4.8 keeps a tooltip shown at the moment of the click, and shows it
 * again while the pointer rests, on top of the menu it opened. Once per
 * process; more calls do nothing. */
void sk_tooltips_quiet_under_popovers (void);

/* Takes POPOVER off its parent once it is closed, after GTK is done
 * closing it (GtkPopover still uses itself after ::closed: taking it
 * away inside the handler finalizes it under GTK's feet). */
void sk_popover_unparent_when_closed (GtkWidget *popover);

G_END_DECLS
