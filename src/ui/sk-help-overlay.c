/* sk-help-overlay.c — the shortcuts window in the app's own language. */
#include "sk-config.h"
#include "sk-help-overlay.h"

#include <glib/gi18n.h>

static void
translate_labels (GtkWidget   *widget,
                  const char  *gtk_words,
                  const char  *ours)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), gtk_words) == 0)
    gtk_label_set_label (GTK_LABEL (widget), ours);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    translate_labels (child, gtk_words, ours);
}

void
sk_help_overlay_translate (GtkWindow *overlay)
{
  GtkWidget *header;

  g_return_if_fail (GTK_IS_WINDOW (overlay));

  header = gtk_window_get_titlebar (overlay);
  if (header == NULL)
    return;
  /* The words as GTK shows them in this locale (its "gtk40" domain). */
  translate_labels (header, g_dgettext ("gtk40", "Shortcuts"), _("Sneltoetsen"));
  translate_labels (header, g_dgettext ("gtk40", "Search Results"), _("Zoekresultaten"));
}
