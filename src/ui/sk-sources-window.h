/* sk-sources-window.h — lists where a region's data comes from. */
#pragma once

#include <gtk/gtk.h>

#include "sk-region.h"

G_BEGIN_DECLS

GtkWindow *sk_sources_window_new (GtkWindow *parent,
                                  SkRegion  *region);

G_END_DECLS
