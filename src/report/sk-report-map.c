/* sk-report-map.c — the interventions of a plan drawn over a report map
 * or a PNG export: areas and lines in their theme's colour, a numbered
 * disc on each that matches the report's table of interventions. */
#include "sk-report-private.h"

#include <pango/pangocairo.h>
#include <stdio.h>

const char *
sk_report_kind_colour (SkToolbox  *toolbox,
                       const char *kind_id)
{
  const SkKind *kind = sk_toolbox_find_kind (toolbox, kind_id);
  const SkToolboxTerm *theme = kind ? sk_toolbox_find_theme (toolbox, kind->theme) : NULL;

  return theme != NULL && theme->colour != NULL ? theme->colour : "#5e5c64";
}

static void
set_colour (cairo_t    *cr,
            const char *hex,
            double      alpha)
{
  unsigned r = 0x5e, g = 0x5c, b = 0x64;

  if (hex != NULL && hex[0] == '#')
    sscanf (hex + 1, "%2x%2x%2x", &r, &g, &b);
  cairo_set_source_rgba (cr, r / 255.0, g / 255.0, b / 255.0, alpha);
}

static void
project (const SkMapView *view,
         SkLatLon         p,
         double          *x,
         double          *y)
{
  *x = sk_mercator_x (p.lon, view->zoom) - view->x;
  *y = sk_mercator_y (p.lat, view->zoom) - view->y;
}

static void
shape_path (cairo_t                   *cr,
            const SkMapView           *view,
            const SkInterventionState *state)
{
  cairo_new_path (cr);
  for (size_t i = 0; i < state->n_points; i++)
    {
      double x, y;

      project (view, state->points[i], &x, &y);
      cairo_line_to (cr, x, y);
    }
  if (state->geometry == SK_GEOMETRY_AREA)
    cairo_close_path (cr);
}

static void
draw_shape (cairo_t                   *cr,
            const SkMapView           *view,
            const SkInterventionState *state,
            const char                *colour)
{
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  shape_path (cr, view, state);
  if (state->geometry == SK_GEOMETRY_AREA)
    {
      set_colour (cr, colour, 0.35);
      cairo_fill_preserve (cr);
      set_colour (cr, colour, 1.0);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
  else if (state->geometry == SK_GEOMETRY_LINE)
    {
      /* A white casing keeps the line apart from roads and streams. */
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 6.0);
      cairo_stroke_preserve (cr);
      set_colour (cr, colour, 1.0);
      cairo_set_line_width (cr, 3.5);
      cairo_stroke (cr);
    }
}

static void
draw_disc (cairo_t                   *cr,
           const SkMapView           *view,
           const SkInterventionState *state,
           const char                *colour,
           guint                      number)
{
  double x, y, r = number > 0 ? 8.5 : 5.0;

  project (view, sk_intervention_state_get_anchor (state), &x, &y);
  cairo_new_path (cr);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  set_colour (cr, colour, 1.0);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  if (number > 0)
    {
      g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
      PangoFontDescription *font = pango_font_description_from_string ("DejaVu Sans Bold");
      g_autofree char *text = g_strdup_printf ("%u", number);
      int w, h;

      pango_font_description_set_absolute_size (font, (number > 9 ? 7.5 : 9.0) * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &w, &h);
      cairo_move_to (cr, x - w / 2.0, y - h / 2.0);
      cairo_set_source_rgb (cr, 1, 1, 1);
      pango_cairo_show_layout (cr, layout);
    }
}

void
sk_report_draw_plan (cairo_t         *cr,
                     const SkMapView *view,
                     SkToolbox       *toolbox,
                     SkReportVariant *variant,
                     gboolean         numbers)
{
  size_t n = sk_plan_snapshot_get_n_items (variant->plan);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, view->width, view->height);
  cairo_clip (cr);
  /* Areas first, then lines, then every disc: a disc is never covered. */
  for (int pass = 0; pass < 3; pass++)
    for (size_t i = 0; i < n; i++)
      {
        const SkInterventionState *state = sk_plan_snapshot_get_state (variant->plan, i);
        const char *colour = sk_report_kind_colour (toolbox, state->kind_id);

        if (pass == 0 && state->geometry == SK_GEOMETRY_AREA)
          draw_shape (cr, view, state, colour);
        else if (pass == 1 && state->geometry == SK_GEOMETRY_LINE)
          draw_shape (cr, view, state, colour);
        else if (pass == 2)
          draw_disc (cr, view, state, colour, numbers ? (guint) i + 1 : 0);
      }
  cairo_restore (cr);
}
