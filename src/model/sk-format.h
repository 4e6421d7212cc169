/* sk-format.h — numbers as a Dutch reader expects them ("34.120"). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A whole number with the translated thousands separator. */
char *sk_format_count (long value);

/* A number with DIGITS decimals and the translated decimal separator
 * ("0,61" in Dutch). */
char *sk_format_decimal (double value,
                         int    digits);

/* Euros, rounded to whole euros: "€ 12.300", "€ −4.500". */
char *sk_format_money (double euros);

/* A day as the UI names it, in the UI's language and not the system's
 * (a Dutch UI on an English system still says "di 8 dec 2026"). */
char *sk_format_day (GDateTime *day);

G_END_DECLS
