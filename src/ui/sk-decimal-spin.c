/* sk-decimal-spin.c — decimals in the UI's language (sk-decimal-spin.h). */
#include "sk-config.h"
#include "sk-decimal-spin.h"

#include "sk-format.h"

static gboolean
on_output (GtkSpinButton *spin)
{
  g_autofree char *text = sk_format_decimal (gtk_spin_button_get_value (spin),
                                             (int) gtk_spin_button_get_digits (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* "2,5", "2.5" and " 2,5 " are all two and a half. */
static int
on_input (GtkSpinButton *spin,
          double        *new_value)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin)));
  char *start = g_strstrip (text);
  char *end = NULL;
  double value;

  g_strdelimit (start, ",", '.');
  value = g_ascii_strtod (start, &end);
  if (end == start || *end != '\0')
    return GTK_INPUT_ERROR;
  *new_value = value;
  return TRUE;
}

void
sk_decimal_spin_attach (GtkSpinButton *spin)
{
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));
  g_signal_connect (spin, "output", G_CALLBACK (on_output), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (on_input), NULL);
  on_output (spin);
}
