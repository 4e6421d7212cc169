/* sk-preferences-window.c — settings bound to GSettings. */
#include "sk-config.h"
#include "sk-preferences-window.h"

#include <glib/gi18n.h>

#include "sk-base-map-source.h"

struct _SkPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;
  GtkFileChooserNative *chooser;

  AdwComboRow *base_map_row;
  AdwActionRow *mbtiles_row;
};

G_DEFINE_FINAL_TYPE (SkPreferencesWindow, sk_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char *const base_map_nicks[] = { "offline", "pdok", "osm", "mbtiles" };

static gboolean
base_map_get_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (base_map_nicks); i++)
    if (g_str_equal (nick, base_map_nicks[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
base_map_set_mapping (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  if (i >= G_N_ELEMENTS (base_map_nicks))
    return NULL;
  return g_variant_new_string (base_map_nicks[i]);
}

static void
update_mbtiles_row (SkPreferencesWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "mbtiles-path");

  adw_action_row_set_subtitle (self->mbtiles_row,
                               *path != '\0' ? path : _("Nog geen bestand gekozen"));
}

static void
on_chooser_response (GtkNativeDialog     *dialog,
                     int                  response,
                     SkPreferencesWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        {
          g_settings_set_string (self->settings, "mbtiles-path", path);
          g_settings_set_enum (self->settings, "base-map", SK_BASE_MAP_MBTILES);
        }
    }
  g_clear_object (&self->chooser);
}

static void
choose_mbtiles_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SkPreferencesWindow *self = SK_PREFERENCES_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Kaartbestanden (MBTiles)"));
  gtk_file_filter_add_pattern (filter, "*.mbtiles");
  self->chooser = gtk_file_chooser_native_new (_("Kaartbestand kiezen"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Kiezen"),
                                               _("_Annuleren"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
sk_preferences_window_dispose (GObject *object)
{
  SkPreferencesWindow *self = SK_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sk_preferences_window_parent_class)->dispose (object);
}

static void
sk_preferences_window_class_init (SkPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/sk-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkPreferencesWindow, base_map_row);
  gtk_widget_class_bind_template_child (widget_class, SkPreferencesWindow, mbtiles_row);
  gtk_widget_class_install_action (widget_class, "prefs.choose-mbtiles", NULL,
                                   choose_mbtiles_action);
}

static void
sk_preferences_window_init (SkPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind_with_mapping (self->settings, "base-map", self->base_map_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, base_map_get_mapping,
                                base_map_set_mapping, NULL, NULL);
  g_signal_connect_object (self->settings, "changed::mbtiles-path",
                           G_CALLBACK (update_mbtiles_row), self, G_CONNECT_SWAPPED);
  update_mbtiles_row (self);
}

SkPreferencesWindow *
sk_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (SK_TYPE_PREFERENCES_WINDOW, "transient-for", parent, "modal", TRUE, NULL);
}
