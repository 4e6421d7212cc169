/* sk-fit-style.h — how "Past het hier?" looks: one colour, one pattern
 * and one symbol per verdict, shared by the tint under the pointer, the
 * "Waar past wat?" layer and the legend, so the three cannot disagree.
 *
 * Colour is never the only carrier: "past goed" is dotted, "past" plain,
 * "nee, tenzij" hatched one way, "past niet" cross-hatched, and each has
 * a symbol (✓✓, ✓, !, ✕) and a word.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "sk-fit.h"

G_BEGIN_DECLS

/* The symbol of VERDICT: "✓✓", "✓", "!", "✕"; "" for SK_FIT_NONE. */
const char *sk_fit_style_get_symbol    (SkFitVerdict  verdict);
/* A symbolic icon for VERDICT, for rows in lists. */
const char *sk_fit_style_get_icon_name (SkFitVerdict  verdict);
/* The CSS class of VERDICT ("fit-past-goed" …), for labels and icons. */
const char *sk_fit_style_get_css_class (SkFitVerdict  verdict);
/* Fills the current path of CR with VERDICT's colour at ALPHA, then its
 * pattern over it, and clears the path. The pattern is anchored at the
 * device origin with a period that divides 256, so it runs on from one
 * map tile to the next. Nothing for SK_FIT_NONE. */
void        sk_fit_style_fill          (cairo_t      *cr,
                                        SkFitVerdict  verdict,
                                        double        alpha);
/* VERDICT's colour, opaque, as the edge of a shape. */
void        sk_fit_style_set_edge      (cairo_t      *cr,
                                        SkFitVerdict  verdict);

G_END_DECLS
