/* sk-fit-tint.h — "Past het hier?" under the pointer or finger while an
 * idea is being placed: a tinted, patterned spot and, beside it, a symbol
 * and a short word ("! Nee, tenzij · beekdal"). It lies over the map and
 * lets every event through to it. */
#pragma once

#include <gtk/gtk.h>

#include "sk-fit.h"

G_BEGIN_DECLS

#define SK_TYPE_FIT_TINT (sk_fit_tint_get_type ())
G_DECLARE_FINAL_TYPE (SkFitTint, sk_fit_tint, SK, FIT_TINT, GtkWidget)

GtkWidget    *sk_fit_tint_new         (void);
/* Shows VERDICT at X, Y (the tint's own coordinates, the same as the
 * map's); PLACE (may be NULL) names the zone, "beekdal". SK_FIT_NONE
 * hides it. */
void          sk_fit_tint_show        (SkFitTint    *self,
                                       double        x,
                                       double        y,
                                       SkFitVerdict  verdict,
                                       const char   *place);
void          sk_fit_tint_hide        (SkFitTint    *self);
/* What the user sees: the verdict shown (SK_FIT_NONE when hidden) and
 * the text beside the spot. */
SkFitVerdict  sk_fit_tint_get_verdict (SkFitTint    *self);
const char   *sk_fit_tint_get_text    (SkFitTint    *self);

G_END_DECLS
