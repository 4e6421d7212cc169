/* sk-test-ui.c — finding widgets in the UI tests, and a fresh main window. */
#include <glib/gstdio.h>

#include "sk-test-ui.h"
#include "sk-test-util.h"

GtkWidget *
sk_test_find_widget (GtkWidget         *root,
                     SkTestWidgetMatch  match,
                     gconstpointer      data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sk_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_name (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

GtkWidget *
sk_test_find_named (GtkWidget  *root,
                    const char *name)
{
  return sk_test_find_widget (root, has_name, name);
}

static gboolean
has_type (GtkWidget     *widget,
          gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, (GType) GPOINTER_TO_SIZE (type));
}

GtkWidget *
sk_test_find_type (GtkWidget *root,
                   GType      type)
{
  return sk_test_find_widget (root, has_type, GSIZE_TO_POINTER (type));
}

void
sk_test_ui_shot (const char *name)
{
  const char *dir = g_getenv ("SK_TEST_SHOT_DIR");
  g_autofree char *path = NULL;
  g_autofree char *command = NULL;

  if (dir == NULL)
    return;
  /* Let the last frames be drawn first. */
  for (int i = 0; i < 20; i++)
    {
      g_usleep (10000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  path = g_build_filename (dir, name, NULL);
  command = g_strdup_printf ("import -window root '%s.png'", path);
  if (!g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL))
    g_printerr ("no screenshot %s\n", path);
}

void
sk_test_ui_load_style (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, "/io/github/samenkaart/Samenkaart/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                    "/io/github/samenkaart/Samenkaart/icons");
}

char *
sk_test_ui_fresh_home (const char *name)
{
  static const struct { const char *variable, *folder; } dirs[] = {
    { "XDG_DATA_HOME", "data" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_CACHE_HOME", "cache" },
  };
  g_autofree char *template = g_strdup_printf ("sk-%s-XXXXXX", name);
  g_autoptr(GError) error = NULL;
  char *home = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = g_build_filename (home, dirs[i].folder, NULL);

      g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      g_setenv (dirs[i].variable, path, TRUE);
    }
  return home;
}

SkWindow *
sk_test_ui_open_window (int width,
                        int height)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.samenkaart.Samenkaart");
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", NULL);
  SkWindow *window;

  g_settings_reset (settings, "last-session");
  window = sk_window_new (NULL, region);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  sk_test_run_for (300);
  return window;
}
