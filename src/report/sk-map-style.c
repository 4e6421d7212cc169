/* sk-map-style.c — colours and widths of the offline base map (see the
 * header for the palette's model, the BRT-Achtergrondkaart). Widths are
 * symbols in pixels at zoom 16, not ground sizes: a street stays readable
 * zoomed out and does not swallow its houses zoomed in. */
#include "sk-config.h"
#include "sk-map-style.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#define C(hex, alpha) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                        ((hex) & 0xff) / 255.0, (alpha) }
#define NO_CASING C (0, 0)

static const SkMapRgba land = C (0xf4f2ea, 1);

static const SkMapStyle styles[SK_MAP_N_CLASSES] = {
  [SK_MAP_FARMLAND] = { SK_MAP_FARMLAND, C (0xeeefd6, 1), NO_CASING, 0, 0, 8, 0 },
  [SK_MAP_MEADOW] = { SK_MAP_MEADOW, C (0xe3edca, 1), NO_CASING, 0, 0, 8, 0 },
  [SK_MAP_HEATH] = { SK_MAP_HEATH, C (0xebe3d2, 1), NO_CASING, 0, 0, 8, 0 },
  [SK_MAP_FOREST] = { SK_MAP_FOREST, C (0xc6ddb0, 1), NO_CASING, 0, 0, 8, 0 },
  [SK_MAP_WETLAND] = { SK_MAP_WETLAND, C (0xd5e6dd, 1), NO_CASING, 0, 0, 8, 0 },
  [SK_MAP_RESIDENTIAL] = { SK_MAP_RESIDENTIAL, C (0xe6e3df, 1), NO_CASING, 0, 0, 8, 0 },
  [SK_MAP_INDUSTRIAL] = { SK_MAP_INDUSTRIAL, C (0xe4dfe3, 1), NO_CASING, 0, 0, 8, 0 },
  [SK_MAP_PARK] = { SK_MAP_PARK, C (0xd6e9c4, 1), NO_CASING, 0, 0, 10, 0 },
  [SK_MAP_WATER_AREA] = { SK_MAP_WATER_AREA, C (0xa8d0ea, 1), C (0x8fbfe0, 1), 0, 0.5, 8, 0 },
  [SK_MAP_BUILDING] = { SK_MAP_BUILDING, C (0xd2c5b6, 1), C (0xb4a28f, 1), 0, 0.5, 15, 0 },
  [SK_MAP_STREAM] = { SK_MAP_STREAM, C (0x8fbfe0, 1), NO_CASING, 2.0, 0, 11, 0 },
  [SK_MAP_RIVER] = { SK_MAP_RIVER, C (0x8fbfe0, 1), NO_CASING, 7.0, 0, 8, 0 },
  [SK_MAP_RAILWAY] = { SK_MAP_RAILWAY, C (0x75716c, 1), NO_CASING, 3.0, 0, 8, SK_MAP_DASH_RAIL },
  [SK_MAP_PATH] = { SK_MAP_PATH, C (0x9c9385, 1), NO_CASING, 1.4, 0, 15, SK_MAP_DASH_SHORT },
  [SK_MAP_CYCLEWAY] = { SK_MAP_CYCLEWAY, C (0xc98a80, 1), NO_CASING, 1.6, 0, 13,
                        SK_MAP_DASH_SHORT },
  [SK_MAP_TRACK] = { SK_MAP_TRACK, C (0xae9468, 1), NO_CASING, 1.8, 0, 13, SK_MAP_DASH_LONG },
  [SK_MAP_SERVICE] = { SK_MAP_SERVICE, C (0xffffff, 1), C (0xc4bdb2, 1), 3.5, 0.8, 15, 0 },
  [SK_MAP_MINOR] = { SK_MAP_MINOR, C (0xffffff, 1), C (0xbdb5a6, 1), 6.5, 1.0, 12, 0 },
  [SK_MAP_TERTIARY] = { SK_MAP_TERTIARY, C (0xfff6d5, 1), C (0xc2b48e, 1), 8.0, 1.0, 10, 0 },
  [SK_MAP_SECONDARY] = { SK_MAP_SECONDARY, C (0xfcebb0, 1), C (0xc4a86c, 1), 9.0, 1.0, 8, 0 },
  [SK_MAP_PRIMARY] = { SK_MAP_PRIMARY, C (0xf9dd92, 1), C (0xbf9a5a, 1), 10.0, 1.0, 8, 0 },
  [SK_MAP_MOTORWAY] = { SK_MAP_MOTORWAY, C (0xf6cf94, 1), C (0xc9935a, 1), 11.0, 1.0, 8, 0 },
  [SK_MAP_ADDRESS] = { SK_MAP_ADDRESS, C (0x8a7b6c, 1), NO_CASING, 0, 0, 17, 0 },
  [SK_MAP_WORSHIP] = { SK_MAP_WORSHIP, C (0x6b5b4d, 1), NO_CASING, 0, 0, 15, 0 },
  [SK_MAP_SCHOOL] = { SK_MAP_SCHOOL, C (0x6b5b4d, 1), NO_CASING, 0, 0, 15, 0 },
  [SK_MAP_TOWNHALL] = { SK_MAP_TOWNHALL, C (0x6b5b4d, 1), NO_CASING, 0, 0, 15, 0 },
  [SK_MAP_LANDMARK] = { SK_MAP_LANDMARK, C (0x6b5b4d, 1), NO_CASING, 0, 0, 15, 0 },
  [SK_MAP_STATION] = { SK_MAP_STATION, C (0x4d4a46, 1), NO_CASING, 0, 0, 12, 0 },
  [SK_MAP_FARM] = { SK_MAP_FARM, C (0x5a5550, 1), NO_CASING, 0, 0, 15, 0 },
  [SK_MAP_HAMLET] = { SK_MAP_HAMLET, C (0x3d3a37, 1), NO_CASING, 0, 0, 13, 0 },
};

static const SkMapLegendEntry legend[] = {
  { SK_MAP_BUILDING, N_("Gebouw") },
  { SK_MAP_RESIDENTIAL, N_("Woonwijk of erf") },
  { SK_MAP_INDUSTRIAL, N_("Bedrijventerrein") },
  { SK_MAP_FARMLAND, N_("Akker of boomgaard") },
  { SK_MAP_MEADOW, N_("Weiland en gras") },
  { SK_MAP_FOREST, N_("Bos") },
  { SK_MAP_HEATH, N_("Heide en struikgewas") },
  { SK_MAP_WETLAND, N_("Moeras") },
  { SK_MAP_PARK, N_("Park, sportveld of begraafplaats") },
  { SK_MAP_WATER_AREA, N_("Water") },
  { SK_MAP_RIVER, N_("Rivier of kanaal") },
  { SK_MAP_STREAM, N_("Beek of sloot") },
  { SK_MAP_MOTORWAY, N_("Autosnelweg") },
  { SK_MAP_PRIMARY, N_("Hoofdweg") },
  { SK_MAP_TERTIARY, N_("Verbindingsweg") },
  { SK_MAP_MINOR, N_("Straat") },
  { SK_MAP_SERVICE, N_("Erf- of dienstweg") },
  { SK_MAP_TRACK, N_("Zandweg of veldweg") },
  { SK_MAP_CYCLEWAY, N_("Fietspad") },
  { SK_MAP_PATH, N_("Voetpad") },
  { SK_MAP_RAILWAY, N_("Spoorlijn") },
  { SK_MAP_STATION, N_("Station") },
  { SK_MAP_WORSHIP, N_("Kerk of gebedshuis") },
  { SK_MAP_SCHOOL, N_("School") },
  { SK_MAP_TOWNHALL, N_("Gemeentehuis") },
};

const SkMapRgba *
sk_map_style_get_land (void)
{
  return &land;
}

const SkMapStyle *
sk_map_style_get (SkMapClass klass)
{
  g_return_val_if_fail (klass > SK_MAP_NONE && klass < SK_MAP_N_CLASSES, &styles[SK_MAP_MINOR]);
  return &styles[klass];
}

double
sk_map_style_line_width (const SkMapStyle *style,
                         double            zoom)
{
  /* Halves every 1.5 zoom levels out from 16 and grows as slowly in:
   * a street drawn true to scale would vanish at z12 and fill a block
   * at z18. */
  if (zoom < style->min_zoom)
    return 0;
  return MAX (0.6, style->width_z16 * exp2 ((zoom - 16.0) / 1.5));
}

const SkMapLegendEntry *
sk_map_style_get_legend (guint *n_entries)
{
  *n_entries = G_N_ELEMENTS (legend);
  return legend;
}

void
sk_map_style_set_source (cairo_t         *cr,
                         const SkMapRgba *c)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a);
}

void
sk_map_style_set_dash (cairo_t          *cr,
                       const SkMapStyle *style,
                       double            width)
{
  double shrt[] = { 2.5 * width, 2.0 * width };
  double lng[] = { 5.0 * width, 2.5 * width };
  double rail[] = { 4.0 * width, 4.0 * width };

  switch (style->dash)
    {
    case SK_MAP_DASH_SHORT:
      cairo_set_dash (cr, shrt, 2, 0);
      break;
    case SK_MAP_DASH_LONG:
      cairo_set_dash (cr, lng, 2, 0);
      break;
    case SK_MAP_DASH_RAIL:
      cairo_set_dash (cr, rail, 2, 0);
      break;
    case SK_MAP_DASH_NONE:
    default:
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

static void
swatch_line (cairo_t          *cr,
             const SkMapStyle *s,
             double            x,
             double            y,
             double            w,
             double            h)
{
  double width = MIN (h * 0.5, MAX (2.0, s->width_z16 * 0.6));

  cairo_move_to (cr, x + 1, y + h / 2);
  cairo_line_to (cr, x + w - 1, y + h / 2);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  if (s->casing.a > 0)
    {
      sk_map_style_set_source (cr, &s->casing);
      cairo_set_line_width (cr, width + 2 * s->casing_px);
      cairo_stroke_preserve (cr);
    }
  if (s->dash == SK_MAP_DASH_RAIL)
    {
      sk_map_style_set_source (cr, &s->fill);
      cairo_set_line_width (cr, width);
      cairo_stroke_preserve (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      width *= 0.5;
    }
  else
    sk_map_style_set_source (cr, &s->fill);
  sk_map_style_set_dash (cr, s, width);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

void
sk_map_style_draw_swatch (cairo_t    *cr,
                          SkMapClass  klass,
                          double      x,
                          double      y,
                          double      width,
                          double      height)
{
  const SkMapStyle *s = sk_map_style_get (klass);

  cairo_save (cr);
  sk_map_style_set_source (cr, &land);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
  switch (sk_map_class_get_shape (klass))
    {
    case SK_MAP_SHAPE_AREA:
      cairo_rectangle (cr, x + 1.5, y + 1.5, width - 3, height - 3);
      sk_map_style_set_source (cr, &s->fill);
      cairo_fill_preserve (cr);
      sk_map_style_set_source (cr, s->casing.a > 0 ? &s->casing : &s->fill);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      break;
    case SK_MAP_SHAPE_LINE:
      swatch_line (cr, s, x, y, width, height);
      break;
    case SK_MAP_SHAPE_POINT:
    default:
      cairo_arc (cr, x + width / 2, y + height / 2, MIN (width, height) * 0.22, 0, 2 * G_PI);
      sk_map_style_set_source (cr, &s->fill);
      cairo_fill (cr);
      break;
    }
  cairo_restore (cr);
}
