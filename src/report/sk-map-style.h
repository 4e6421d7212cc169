/* sk-map-style.h — the look of the offline base map in one place: the
 * colour and width of every feature class of the map store, and the
 * legend (Dutch label, English through gettext) with a swatch drawn the
 * way the map draws that class.
 *
 * The palette follows the calm colours of the Dutch BRT-Achtergrondkaart
 * (PDOK): pale green-beige fields, green woods, blue water, light grey
 * housing, grey-brown buildings, white streets with grey casing and
 * yellowish main roads.
 */
#pragma once

#include <cairo.h>

#include "sk-map-store.h"

G_BEGIN_DECLS

typedef struct
{
  double r, g, b, a;
} SkMapRgba;

typedef enum
{
  SK_MAP_DASH_NONE,
  SK_MAP_DASH_SHORT,   /* paths, cycleways */
  SK_MAP_DASH_LONG,    /* tracks */
  SK_MAP_DASH_RAIL,    /* white dashes inside a dark line */
} SkMapDash;

typedef struct
{
  SkMapClass klass;
  SkMapRgba fill;      /* area fill, line colour, point symbol */
  SkMapRgba casing;    /* area outline, line casing; a = 0: none */
  double width_z16;    /* line width in pixels at zoom 16 (fill, without casing) */
  double casing_px;    /* casing on each side, pixels */
  int min_zoom;        /* drawn from this zoom on */
  SkMapDash dash;
} SkMapStyle;

typedef struct
{
  SkMapClass klass;
  const char *label;   /* Dutch; pass through _() / gettext for the UI language */
} SkMapLegendEntry;

/* The colour of the land where nothing is mapped. */
const SkMapRgba        *sk_map_style_get_land        (void);
const SkMapStyle       *sk_map_style_get             (SkMapClass        klass);
/* Line width in pixels at ZOOM (without casing); 0 below min_zoom. */
double                  sk_map_style_line_width      (const SkMapStyle *style,
                                                      double            zoom);
/* Entries in legend order (areas, water, roads, points). */
const SkMapLegendEntry *sk_map_style_get_legend      (guint            *n_entries);
/* Draws ENTRY's class into the rectangle (X, Y, WIDTH, HEIGHT) of CR as
 * the map shows it: a filled square for areas, a short stroke for lines,
 * the symbol for points. */
void                    sk_map_style_draw_swatch     (cairo_t          *cr,
                                                      SkMapClass        klass,
                                                      double            x,
                                                      double            y,
                                                      double            width,
                                                      double            height);
void                    sk_map_style_set_source      (cairo_t          *cr,
                                                      const SkMapRgba  *colour);
/* Sets the dash pattern of STYLE for a line WIDTH pixels wide. */
void                    sk_map_style_set_dash        (cairo_t          *cr,
                                                      const SkMapStyle *style,
                                                      double            width);

G_END_DECLS
