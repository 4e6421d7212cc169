/* sk-map-render.h — draws a region (land, water, roads, kernen, labels)
 * into any cairo context: offline base-map tiles and report maps alike.
 *
 * Thread rules: safe to call from any thread for an immutable SkRegion.
 */
#pragma once

#include <cairo.h>

#include "sk-region.h"

G_BEGIN_DECLS

/* A Web-Mercator view: world pixels (256 × 2^zoom wide) of its top-left
 * corner, and its size in device units. */
typedef struct
{
  double zoom;
  double x;
  double y;
  int width;
  int height;
} SkMapView;

typedef enum
{
  SK_MAP_RENDER_DEFAULT = 0,
  SK_MAP_RENDER_LABELS = 1 << 0,
  SK_MAP_RENDER_FACILITIES = 1 << 1,
} SkMapRenderFlags;

void             sk_map_view_init_centred   (SkMapView        *view,
                                             double            lat,
                                             double            lon,
                                             double            zoom,
                                             int               width,
                                             int               height);
/* The view of WIDTH × HEIGHT that shows BBOX whole with a 5 % margin on
 * each side, at zoom 5 to 17. */
void             sk_map_view_init_fit       (SkMapView        *view,
                                             const SkBBox     *bbox,
                                             int               width,
                                             int               height);
void             sk_map_view_init_tile      (SkMapView        *view,
                                             int               x,
                                             int               y,
                                             int               zoom,
                                             int               tile_size);

void             sk_map_render              (cairo_t          *cr,
                                             SkRegion         *region,
                                             const SkMapView  *view,
                                             SkMapRenderFlags  flags);

/* A label the map drew: its text, "place", "street", "water" or "poi",
 * its centre in device pixels of the view, and the size of its text
 * (unrotated; 0 where not measured). */
typedef struct
{
  char *text;
  const char *kind;
  double x;
  double y;
  double width;
  double height;
} SkMapLabel;

void             sk_map_label_free          (SkMapLabel       *label);

/* sk_map_render that also appends an SkMapLabel to LABELS for every
 * label drawn (LABELS owns them; make it with
 * g_ptr_array_new_with_free_func (sk_map_label_free)). */
void             sk_map_render_with_labels  (cairo_t          *cr,
                                             SkRegion         *region,
                                             const SkMapView  *view,
                                             SkMapRenderFlags  flags,
                                             GPtrArray        *labels);

/* A 256×256 (× scale) ARGB32 tile with labels and facilities. */
cairo_surface_t *sk_map_render_tile         (SkRegion         *region,
                                             int               x,
                                             int               y,
                                             int               zoom,
                                             int               scale);

/* The inhabitants from which a kern's name shows at this zoom. */
int              sk_map_label_min_inhabitants (double          zoom);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkMapLabel, sk_map_label_free)

G_END_DECLS
