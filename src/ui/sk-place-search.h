/* sk-place-search.h — "Zoek een plaats of straat": a search entry over the
 * map whose results (places, streets, water, facilities of the region)
 * jump the map there. Enter takes the first result; the arrow keys and a
 * tap choose another. */
#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "sk-region.h"

G_BEGIN_DECLS

#define SK_TYPE_PLACE_SEARCH (sk_place_search_get_type ())
G_DECLARE_FINAL_TYPE (SkPlaceSearch, sk_place_search, SK, PLACE_SEARCH, GtkBox)

SkPlaceSearch *sk_place_search_new          (SkRegion      *region,
                                             ShumateMap    *map);
GtkEditable   *sk_place_search_get_entry    (SkPlaceSearch *self);
/* The results shown now, best first. */
guint          sk_place_search_get_n_results (SkPlaceSearch *self);
const char    *sk_place_search_get_result   (SkPlaceSearch *self,
                                             guint          i);
/* Jumps the map to result I (as a tap on it does). */
void           sk_place_search_choose       (SkPlaceSearch *self,
                                             guint          i);
/* The zoom level that shows a place of KIND ("place", "street", …) whole. */
double         sk_place_kind_zoom           (const char    *kind);

G_END_DECLS
