/* sk-legend.h — "Legenda": what every colour and symbol on the map means,
 * as a popover from a button over the map. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The popover scrolls beyond this many pixels: a window of 800 px high
 * leaves about that much between the header bar and the button. */
#define SK_LEGEND_MAX_HEIGHT 640

/* A GtkMenuButton named "legend-button" whose popover holds the legend. */
GtkWidget *sk_legend_button_new   (void);
/* The legend itself (the popover's content), for tests and screenshots. */
GtkWidget *sk_legend_new          (void);

G_END_DECLS
