/* sk-sources-window.c — the sources of the region data, one row each,
 * with the licence; a row with a web address opens it. */
#include "sk-config.h"
#include "sk-sources-window.h"

#include <adwaita.h>
#include <glib/gi18n.h>

static void
on_row_activated (AdwActionRow *row,
                  gpointer      user_data)
{
  const char *url = g_object_get_data (G_OBJECT (row), "sk-url");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (row));

  if (url != NULL)
    gtk_show_uri (GTK_WINDOW (root), url, GDK_CURRENT_TIME);
}

GtkWindow *
sk_sources_window_new (GtkWindow *parent,
                       SkRegion  *region)
{
  GtkWidget *window = adw_preferences_window_new ();
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autofree char *title = g_strdup_printf (_("Bronnen van %s"), sk_region_get_name (region));

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 560);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (window), TRUE);
  adw_preferences_page_set_title (page, _("Bronnen"));
  adw_preferences_page_set_icon_name (page, "help-about-symbolic");
  adw_preferences_group_set_title (group, title);
  adw_preferences_group_set_description (group,
    _("Waar een ligging niet precies bekend is, staat een voorziening midden in het dorp. "
      "Beken en wegen zijn schematisch: een lijn door de plaatsen die de bron noemt."));

  for (size_t i = 0; i < sk_region_get_n_sources (region); i++)
    {
      const SkSource *source = sk_region_get_source (region, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), source->title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      subtitle = g_strdup_printf ("%s%s%s", source->licence ? source->licence : "",
                                  source->licence && source->url ? " — " : "",
                                  source->url ? source->url : "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (source->url != NULL)
        {
          g_object_set_data_full (G_OBJECT (row), "sk-url", g_strdup (source->url), g_free);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("adw-external-link-symbolic"));
          g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), NULL);
        }
      adw_preferences_group_add (group, row);
    }
  adw_preferences_page_add (page, group);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), page);
  return GTK_WINDOW (window);
}
