/* sk-decimal-spin.h — a spin button that writes its decimals as the UI's
 * language does ("2,25" in Dutch), whatever LC_NUMERIC the laptop has,
 * and reads both "2,25" and "2.25". */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* SPIN shows at most 2 digits (sk_format_decimal). */
void sk_decimal_spin_attach (GtkSpinButton *spin);

G_END_DECLS
