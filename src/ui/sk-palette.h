/* sk-palette.h — the toolbox as a searchable list of ideas, grouped by
 * theme, with an icon and a plain explanation for each. A kind can be
 * dragged onto the map (the drag carries its id as a string) or chosen
 * (::kind-activated), after which a tap on the map places it. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SK_TYPE_PALETTE (sk_palette_get_type ())
G_DECLARE_FINAL_TYPE (SkPalette, sk_palette, SK, PALETTE, GtkBox)

SkPalette  *sk_palette_new            (void);
/* Kinds appear in the order they are added; a theme heading shows
 * wherever the theme changes. COLOUR is "#rrggbb". */
void        sk_palette_add_kind       (SkPalette  *self,
                                       const char *id,
                                       const char *name,
                                       const char *explanation,
                                       const char *icon_name,
                                       const char *theme_name,
                                       const char *colour);
/* The chosen kind, or NULL. */
const char *sk_palette_get_selected   (SkPalette  *self);
void        sk_palette_unselect       (SkPalette  *self);
/* How many kinds the search leaves visible. */
guint       sk_palette_get_n_visible  (SkPalette  *self);
void        sk_palette_set_search     (SkPalette  *self,
                                       const char *text);

G_END_DECLS
