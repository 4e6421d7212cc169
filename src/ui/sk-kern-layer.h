/* sk-kern-layer.h — a marker per kern (village or town): a small target
 * on the village centre that shows its name, inhabitants and source. */
#pragma once

#include <shumate/shumate.h>

#include "sk-region.h"

G_BEGIN_DECLS

ShumateMarkerLayer *sk_kern_layer_new (ShumateViewport *viewport,
                                       SkRegion        *region);

G_END_DECLS
