/* sk-format.c — number formatting for the UI. */
#include "sk-config.h"
#include "sk-format.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

char *
sk_format_count (long value)
{
  /* Translators: the separator between groups of three digits. */
  const char *separator = C_("thousands separator", ".");
  g_autofree char *digits = g_strdup_printf ("%ld", ABS (value));
  size_t len = strlen (digits);
  GString *s = g_string_new (value < 0 ? "-" : "");

  for (size_t i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (s, separator);
      g_string_append_c (s, digits[i]);
    }
  return g_string_free (s, FALSE);
}

char *
sk_format_money (double euros)
{
  long rounded = lround (euros);
  g_autofree char *digits = sk_format_count (labs (rounded));

  /* A real minus sign reads better than a hyphen. */
  return g_strdup_printf ("€ %s%s", rounded < 0 ? "−" : "", digits);
}

char *
sk_format_decimal (double value,
                   int    digits)
{
  /* Translators: the separator before the decimals. */
  const char *separator = C_("decimal separator", ",");
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autoptr(GString) s = NULL;

  g_ascii_formatd (buffer, sizeof buffer, digits == 1 ? "%.1f" : digits == 0 ? "%.0f" : "%.2f",
                   value);
  s = g_string_new (buffer);
  g_string_replace (s, ".", separator, 1);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* Short names, Monday first (g_date_time_get_day_of_week: 1 = Monday). */
static const char *const weekdays[] = {
  NC_("short weekday", "ma"), NC_("short weekday", "di"), NC_("short weekday", "wo"),
  NC_("short weekday", "do"), NC_("short weekday", "vr"), NC_("short weekday", "za"),
  NC_("short weekday", "zo"),
};

static const char *const months[] = {
  NC_("short month", "jan"), NC_("short month", "feb"), NC_("short month", "mrt"),
  NC_("short month", "apr"), NC_("short month", "mei"), NC_("short month", "jun"),
  NC_("short month", "jul"), NC_("short month", "aug"), NC_("short month", "sep"),
  NC_("short month", "okt"), NC_("short month", "nov"), NC_("short month", "dec"),
};

char *
sk_format_day (GDateTime *day)
{
  g_return_val_if_fail (day != NULL, NULL);
  return g_strdup_printf ("%s %d %s %d",
                          g_dpgettext2 (GETTEXT_PACKAGE, "short weekday",
                                        weekdays[g_date_time_get_day_of_week (day) - 1]),
                          g_date_time_get_day_of_month (day),
                          g_dpgettext2 (GETTEXT_PACKAGE, "short month",
                                        months[g_date_time_get_month (day) - 1]),
                          g_date_time_get_year (day));
}
