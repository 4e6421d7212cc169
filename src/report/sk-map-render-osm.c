/* sk-map-render-osm.c — drawing a region's map store (map.sqlite) into a
 * view: what `samenkaart-cli render` and the window's offline base map
 * show for an imported region. Colours and widths: sk-map-style.c. */
#include "sk-map-render-private.h"
#include "sk-map-style.h"

#include <math.h>

typedef struct
{
  cairo_t *cr;
  const SkMapView *view;
  double scale;         /* device pixels per world unit */
  SkMapSelection *sel;
} Draw;

/* Wide lines and casings reach this far into a neighbouring tile. */
#define QUERY_MARGIN_PX 24.0

static void
feature_path (const Draw         *d,
              const SkMapFeature *f)
{
  gboolean start = TRUE;

  cairo_new_path (d->cr);
  for (guint i = 0; i < f->n_points; i++)
    {
      double px = f->xy[2 * i] * d->scale - d->view->x;
      double py = f->xy[2 * i + 1] * d->scale - d->view->y;

      if (f->xy[2 * i] == SK_MAP_RING_BREAK)
        {
          cairo_close_path (d->cr);
          start = TRUE;
          continue;
        }
      if (start)
        cairo_move_to (d->cr, px, py);
      else
        cairo_line_to (d->cr, px, py);
      start = FALSE;
    }
}

static void
draw_areas (const Draw *d)
{
  double z = d->view->zoom;

  for (guint i = 0; i < sk_map_selection_get_n (d->sel); i++)
    {
      const SkMapFeature *f = sk_map_selection_get (d->sel, i);
      const SkMapStyle *s;

      if (sk_map_class_get_shape (f->klass) != SK_MAP_SHAPE_AREA)
        continue;
      s = sk_map_style_get (f->klass);
      if (z < s->min_zoom)
        continue;
      feature_path (d, f);
      cairo_close_path (d->cr);
      sk_map_style_set_source (d->cr, &s->fill);
      if (s->casing.a > 0 && (f->klass != SK_MAP_BUILDING || z >= 15))
        {
          cairo_fill_preserve (d->cr);
          sk_map_style_set_source (d->cr, &s->casing);
          cairo_set_line_width (d->cr, s->casing_px * 2);
          cairo_stroke (d->cr);
        }
      else
        cairo_fill (d->cr);
    }
}

static gboolean
is_road (SkMapClass klass)
{
  return klass >= SK_MAP_PATH && klass <= SK_MAP_MOTORWAY;
}

/* Water and railways, then the casings of every road, then their fills,
 * so a casing never cuts through a crossing street. */
static void
draw_lines (const Draw *d,
            int         pass)
{
  cairo_t *cr = d->cr;

  for (guint i = 0; i < sk_map_selection_get_n (d->sel); i++)
    {
      const SkMapFeature *f = sk_map_selection_get (d->sel, i);
      const SkMapStyle *s;
      double w;

      if (sk_map_class_get_shape (f->klass) != SK_MAP_SHAPE_LINE
          || (pass == 0) == is_road (f->klass))
        continue;
      s = sk_map_style_get (f->klass);
      w = sk_map_style_line_width (s, d->view->zoom);
      if (w <= 0 || (pass == 1 && s->casing.a <= 0))
        continue;
      feature_path (d, f);
      sk_map_style_set_source (cr, pass == 1 ? &s->casing : &s->fill);
      cairo_set_line_width (cr, pass == 1 ? w + 2 * s->casing_px : w);
      if (pass != 1)
        sk_map_style_set_dash (cr, s, w);
      if (s->dash == SK_MAP_DASH_RAIL)
        {
          cairo_set_dash (cr, NULL, 0, 0);
          cairo_stroke_preserve (cr);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_set_line_width (cr, w * 0.5);
          sk_map_style_set_dash (cr, s, w);
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

static void
draw_points (const Draw *d)
{
  for (guint i = 0; i < sk_map_selection_get_n (d->sel); i++)
    {
      const SkMapFeature *f = sk_map_selection_get (d->sel, i);
      const SkMapStyle *s;
      double px, py, r;

      if (sk_map_class_get_shape (f->klass) != SK_MAP_SHAPE_POINT || f->klass == SK_MAP_ADDRESS
          || f->klass == SK_MAP_HAMLET)
        continue;
      s = sk_map_style_get (f->klass);
      if (d->view->zoom < s->min_zoom)
        continue;
      px = f->xy[0] * d->scale - d->view->x;
      py = f->xy[1] * d->scale - d->view->y;
      r = f->klass == SK_MAP_STATION ? 4.0 : 2.5;
      cairo_new_path (d->cr);
      cairo_arc (d->cr, px, py, r, 0, 2 * G_PI);
      cairo_set_source_rgb (d->cr, 1, 1, 1);
      cairo_fill_preserve (d->cr);
      sk_map_style_set_source (d->cr, &s->fill);
      cairo_set_line_width (d->cr, 1.5);
      cairo_stroke (d->cr);
    }
}

void
sk_map_render_osm (cairo_t         *cr,
                   SkMapStore      *store,
                   const SkMapView *view)
{
  Draw d = { cr, view, 256.0 * exp2 (view->zoom) / SK_MAP_WORLD, NULL };
  double m = QUERY_MARGIN_PX;
  g_autoptr(GError) error = NULL;

  sk_map_style_set_source (cr, sk_map_style_get_land ());
  cairo_paint (cr);
  d.sel = sk_map_store_select (store, sk_map_band_for_zoom (view->zoom),
                               (gint32) floor ((view->x - m) / d.scale),
                               (gint32) floor ((view->y - m) / d.scale),
                               (gint32) ceil ((view->x + view->width + m) / d.scale),
                               (gint32) ceil ((view->y + view->height + m) / d.scale), &error);
  if (d.sel == NULL)
    {
      /* A map that cannot be read draws as empty land; the region's own
       * layers still show on top. */
      g_debug ("map store: %s", error->message);
      return;
    }
  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* Holes of multipolygons (a clearing in a wood) are rings inside. */
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  draw_areas (&d);
  for (int pass = 0; pass < 3; pass++)
    draw_lines (&d, pass);
  draw_points (&d);
  cairo_restore (cr);
  sk_map_selection_free (d.sel);
}
