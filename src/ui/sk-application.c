/* sk-application.c — start-up, app actions and the main window. */
#include "sk-config.h"
#include "sk-application.h"

#include <glib/gi18n.h>

#include "sk-preferences-window.h"
#include "sk-region.h"
#include "sk-welcome-window.h"
#include "sk-window.h"

#define DEFAULT_REGION "reestdal"

struct _SkApplication
{
  AdwApplication parent_instance;

  char *region_option;  /* --region, or NULL */
  double zoom_option;   /* --zoom, or 0 */
  gboolean opening;     /* activated to open a file: no start page */
};

G_DEFINE_FINAL_TYPE (SkApplication, sk_application, ADW_TYPE_APPLICATION)

static void
show_error_dialog (GtkWindow  *parent,
                   const char *heading,
                   const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Sluiten"));
  gtk_window_present (GTK_WINDOW (dialog));
}

SkRegion *
sk_application_load_region (const char  *wanted,
                            char       **problem)
{
  g_autoptr(GError) error = NULL;
  SkRegion *region;

  g_return_val_if_fail (wanted != NULL, NULL);
  g_return_val_if_fail (problem != NULL && *problem == NULL, NULL);

  region = sk_region_load (wanted, &error);
  if (region != NULL)
    return region;
  *problem = g_strdup (error->message);
  g_clear_error (&error);
  region = sk_region_load (DEFAULT_REGION, &error);
  if (region == NULL)
    g_error ("The built-in region cannot be loaded: %s", error->message);
  return region;
}

static void
sk_application_activate (GApplication *app)
{
  SkApplication *self = SK_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(SkRegion) region = NULL;
  g_autofree char *problem = NULL;

  if (window == NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);
      g_autofree char *wanted = self->region_option ? g_strdup (self->region_option)
                                                    : g_settings_get_string (settings, "region");

      region = sk_application_load_region (wanted, &problem);
      window = GTK_WINDOW (sk_window_new (GTK_APPLICATION (app), region));
      if (self->zoom_option > 0)
        sk_window_set_start_zoom (SK_WINDOW (window), CLAMP (self->zoom_option, 6, 18));
      /* With sessions to go on with, the start page comes first. */
      if (!self->opening)
        sk_window_show_start_if_any (SK_WINDOW (window));
    }
  gtk_window_present (window);
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    /* The first start explains itself, unless a region problem needs
     * the user's attention first. */
    if (!g_settings_get_boolean (settings, "welcome-shown") && problem == NULL)
      gtk_window_present (GTK_WINDOW (sk_welcome_window_new (window)));
  }
  if (problem != NULL)
    {
      g_autofree char *body = g_strdup_printf (_("%s\n\nU ziet nu de ingebouwde regio %s."),
                                               problem, sk_region_get_name (region));
      show_error_dialog (window, _("De regio kan niet worden geopend"), body);
    }
}

/* `samenkaart FILE.samenkaart`: opens that session. At the start the
 * window opens "the last session", so the file becomes it. */
static void
sk_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = n_files > 0 ? g_file_get_path (files[0]) : NULL;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (path != NULL && window == NULL)
    g_settings_set_string (settings, "last-session", path);
  SK_APPLICATION (app)->opening = path != NULL;
  sk_application_activate (app);
  if (path != NULL && window != NULL)
    sk_window_open_session (SK_WINDOW (window), path);
}

static int
sk_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  SkApplication *self = SK_APPLICATION (app);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("samenkaart %s\n", PACKAGE_VERSION);
      return 0;
    }
  g_variant_dict_lookup (options, "region", "s", &self->region_option);
  g_variant_dict_lookup (options, "zoom", "d", &self->zoom_option);
  return -1;
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (sk_preferences_window_new (parent)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "De makers van Samenkaart", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  adw_show_about_window (parent,
                         "application-name", "Samenkaart",
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Samen plannen op de kaart van uw dorp: zie meteen wat "
                                       "ideeën kosten en opleveren."),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/samenkaart/samenkaart",
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
welcome_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (sk_welcome_window_new (parent)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_action },
  { "about", about_action },
  { "welcome", welcome_action },
  { "quit", quit_action },
};

static void
sk_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (sk_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", prefs_accels);
}

/* Windows are closed before the process ends, so that every open session
 * is folded whole into its file (see sk_window_plan_dispose). */
static void
sk_application_shutdown (GApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));
  G_APPLICATION_CLASS (sk_application_parent_class)->shutdown (app);
}

static void
sk_application_finalize (GObject *object)
{
  SkApplication *self = SK_APPLICATION (object);

  g_free (self->region_option);

  G_OBJECT_CLASS (sk_application_parent_class)->finalize (object);
}

static void
sk_application_class_init (SkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sk_application_finalize;
  app_class->activate = sk_application_activate;
  app_class->startup = sk_application_startup;
  app_class->shutdown = sk_application_shutdown;
  app_class->open = sk_application_open;
  app_class->handle_local_options = sk_application_handle_local_options;
}

static void
sk_application_init (SkApplication *self)
{
  static const GOptionEntry entries[] = {
    { "region", 'r', 0, G_OPTION_ARG_STRING, NULL,
      N_("De regio: een regiobestand of de naam van een ingebouwde regio"), N_("REGIO") },
    { "zoom", 'z', 0, G_OPTION_ARG_DOUBLE, NULL,
      N_("Begin op dit zoomniveau (6 tot 18) in plaats van de hele regio"), N_("NIVEAU") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Toon de versie"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

SkApplication *
sk_application_new (void)
{
  return g_object_new (SK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
