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

/* Diagonal lines over the clip, DIRECTION +1 "/" (x + y = k) or −1 "\"
 * (x − y = k), k a multiple of PERIOD in device space so that
 * neighbouring tiles line up. */
static void
hatch (cairo_t *cr,
       int      direction)
{
  double x1, y1, x2, y2, k0, k1;

  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  cairo_user_to_device (cr, &x1, &y1);
  cairo_user_to_device (cr, &x2, &y2);
  k0 = direction > 0 ? x1 + y1 : x1 - y2;
  k1 = direction > 0 ? x2 + y2 : x2 - y1;
  cairo_save (cr);
  cairo_identity_matrix (cr);
  for (double k = floor (k0 / PERIOD) * PERIOD; k <= k1 + PERIOD; k += PERIOD)
    {
      cairo_move_to (cr, direction > 0 ? k - y1 : k + y1, y1);
      cairo_line_to (cr, direction > 0 ? k - y2 : k + y2, y2);
    }
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
dots (cairo_t *cr)
{
  double x1, y1, x2, y2;

  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  cairo_user_to_device (cr, &x1, &y1);
  cairo_user_to_device (cr, &x2, &y2);
  cairo_save (cr);
  cairo_identity_matrix (cr);
  for (double y = floor (MIN (y1, y2) / PERIOD) * PERIOD; y <= MAX (y1, y2); y += PERIOD)
    for (double x = floor (MIN (x1, x2) / PERIOD) * PERIOD; x <= MAX (x1, x2); x += PERIOD)
      {
        cairo_new_sub_path (cr);
        cairo_arc (cr, x + PERIOD / 2, y + PERIOD / 2, 1.6, 0, 2 * G_PI);
      }
  cairo_fill (cr);
  cairo_restore (cr);
}

void
sk_fit_style_fill (cairo_t      *cr,
                   SkFitVerdict  verdict,
                   double        alpha)
{
  if (verdict == SK_FIT_NONE)
    {
      cairo_new_path (cr);
      return;
    }
  cairo_save (cr);
  set_rgba (cr, verdict, alpha);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  /* The pattern darker than the fill, so it reads in grey too. */
  set_rgba (cr, verdict, MIN (1.0, alpha * 2.2));
  switch (verdict)
    {
    case SK_FIT_PAST_GOED:
      dots (cr);
      break;
    case SK_FIT_NEE_TENZIJ:
      hatch (cr, 1);
      break;
    case SK_FIT_PAST_NIET:
      hatch (cr, 1);
      hatch (cr, -1);
      break;
    case SK_FIT_PAST:
    case SK_FIT_NONE:
    default:
      break;
    }
  cairo_restore (cr);
  cairo_new_path (cr);
}
