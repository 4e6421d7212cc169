/* sk-kern-layer.h — a marker per kern (village or town): a small target
 * on the village centre that shows its name, inhabitants and source. */
#pragma once

#include <shumate/shumate.h>

#include "sk-ov-panel.h"
#include "sk-reach-panel.h"
#include "sk-region.h"

G_BEGIN_DECLS

ShumateMarkerLayer *sk_kern_layer_new (ShumateViewport *viewport,
                                       SkRegion        *region);
/* Colours each village's dot by how it fares in PANEL (NULL: no colour). */
void                sk_kern_layer_set_grades (ShumateMarkerLayer *layer,
                                              SkReachPanel       *panel);

/* Colours each village's dot by its median time by bus and train to the
 * nearest chosen centre after the plan (the same shapes per grade). */
void                sk_kern_layer_set_ov_grades (ShumateMarkerLayer *layer,
                                                 SkOvPanel          *panel);

G_END_DECLS
