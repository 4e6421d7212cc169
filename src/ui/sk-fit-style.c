/* sk-fit-style.c — the colours, patterns and symbols of the verdicts. */
#include "sk-config.h"
#include "sk-fit-style.h"

#include <math.h>

/* Pattern period in device pixels: divides the 256 px of a map tile. */
#define PERIOD 8.0

typedef struct
{
  guint32 rgb;          /* 0xRRGGBB, GNOME palette */
  const char *symbol;
  const char *icon;
  const char *css;
} Style;

static const Style styles[SK_FIT_N_VERDICTS] = {
  [SK_FIT_NONE] = { 0x9a9996, "", "dialog-question-symbolic", "fit-geen-regel" },
  [SK_FIT_PAST_GOED] = { 0x26a269, "✓✓", "emblem-ok-symbolic", "fit-past-goed" },
  [SK_FIT_PAST] = { 0x2ec27e, "✓", "object-select-symbolic", "fit-past" },
  [SK_FIT_NEE_TENZIJ] = { 0xe66100, "!", "dialog-warning-symbolic", "fit-nee-tenzij" },
  [SK_FIT_PAST_NIET] = { 0xc01c28, "✕", "window-close-symbolic", "fit-past-niet" },
};

static const Style *
style_of (SkFitVerdict verdict)
{
  return &styles[(guint) verdict < SK_FIT_N_VERDICTS ? verdict : SK_FIT_NONE];
}

const char *
sk_fit_style_get_symbol (SkFitVerdict verdict)
{
  return style_of (verdict)->symbol;
}

const char *
sk_fit_style_get_icon_name (SkFitVerdict verdict)
{
  return style_of (verdict)->icon;
}

const char *
sk_fit_style_get_css_class (SkFitVerdict verdict)
{
  return style_of (verdict)->css;
}

static void
set_rgba (cairo_t      *cr,
          SkFitVerdict  verdict,
          double        alpha)
{
  guint32 rgb = style_of (verdict)->rgb;

  cairo_set_source_rgba (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                         (rgb & 0xff) / 255.0, alpha);
}

void
sk_fit_style_set_edge (cairo_t      *cr,
                       SkFitVerdict  verdict)
{
  set_rgba (cr, verdict, 1);
}

/* One PERIOD × PERIOD cell of VERDICT's pattern, repeated: dots, lines
 * "/" or lines both ways, drawn so that the cells join without seams. */
static cairo_pattern_t *
pattern_new (SkFitVerdict verdict,
             double       alpha)
{
  cairo_surface_t *cell = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, PERIOD, PERIOD);
  cairo_t *cr = cairo_create (cell);
  cairo_pattern_t *pattern;

  set_rgba (cr, verdict, alpha);
  cairo_set_line_width (cr, 1.5);
  if (verdict == SK_FIT_PAST_GOED)
    {
      cairo_arc (cr, PERIOD / 2, PERIOD / 2, 1.6, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  /* "/": x + y = PERIOD, and its neighbours' ends in two corners. */
  cairo_move_to (cr, -1, PERIOD + 1);
  cairo_line_to (cr, PERIOD + 1, -1);
  cairo_move_to (cr, -1, 1);
  cairo_line_to (cr, 1, -1);
  cairo_move_to (cr, PERIOD - 1, PERIOD + 1);
  cairo_line_to (cr, PERIOD + 1, PERIOD - 1);
  if (verdict == SK_FIT_PAST_NIET)
    {
      /* "\" as well: x − y = 0. */
      cairo_move_to (cr, -1, -1);
      cairo_line_to (cr, PERIOD + 1, PERIOD + 1);
      cairo_move_to (cr, PERIOD - 1, -1);
      cairo_line_to (cr, PERIOD + 1, 1);
      cairo_move_to (cr, -1, PERIOD - 1);
      cairo_line_to (cr, 1, PERIOD + 1);
    }
  if (verdict == SK_FIT_NEE_TENZIJ || verdict == SK_FIT_PAST_NIET)
    cairo_stroke (cr);
  cairo_destroy (cr);
  pattern = cairo_pattern_create_for_surface (cell);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (cell);
  return pattern;
}

void
sk_fit_style_fill (cairo_t      *cr,
                   SkFitVerdict  verdict,
                   double        alpha)
{
  cairo_pattern_t *pattern;

  if (verdict == SK_FIT_NONE)
    {
      cairo_new_path (cr);
      return;
    }
  set_rgba (cr, verdict, alpha);
  cairo_fill_preserve (cr);
  if (verdict == SK_FIT_PAST)
    {
      cairo_new_path (cr);
      return;
    }
  /* The pattern darker than the fill, so it reads in grey too, in device
   * space (the path already is), so that neighbouring tiles line up. */
  pattern = pattern_new (verdict, MIN (1.0, alpha * 2.2));
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_source (cr, pattern);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_pattern_destroy (pattern);
}
