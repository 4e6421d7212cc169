/* sk-legend.h — "Legenda": what every colour and symbol on the map means,
 * as a popover from a button over the map. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A GtkMenuButton named "legend-button" whose popover holds the legend. */
GtkWidget *sk_legend_button_new   (void);
/* The legend itself (the popover's content), for tests and screenshots. */
GtkWidget *sk_legend_new          (void);

G_END_DECLS
