/* test-ui-english.c — with LANGUAGE=en the UI speaks English: the English
 * translation is built and found, in the window and in the model. */
#include "sk-config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "sk-format.h"
#include "sk-test-ui.h"
#include "sk-window.h"
#include "sk-test-util.h"

static gboolean
has_row_title (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
find_row_title (GtkWidget  *widget,
                const char *title)
{
  return sk_test_find_widget (widget, has_row_title, title) != NULL;
}

static void
test_english_window (void)
{
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", NULL);
  SkWindow *window = sk_window_new (NULL, region);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (find_row_title (GTK_WIDGET (window), "Villages and towns"));
  g_assert_false (find_row_title (GTK_WIDGET (window), "Dorpen en steden"));
  /* The toolbox speaks English too: the picking garden is found by its
   * English name, and not by its Dutch one. */
  sk_palette_set_search (sk_window_get_palette (window), "Picking garden");
  g_assert_cmpuint (sk_palette_get_n_visible (sk_window_get_palette (window)), ==, 1);
  sk_palette_set_search (sk_window_get_palette (window), "Pluktuin");
  g_assert_cmpuint (sk_palette_get_n_visible (sk_window_get_palette (window)), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_english_model (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (sk_facility_type_get_name (SK_FACILITY_HUISARTS), ==, "GP");
  g_assert_cmpstr (sk_mode_get_name (SK_MODE_FIETS), ==, "Bicycle");
  /* The day of the bus-and-train question. */
  {
    g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 12, 8, 0, 0, 0);
    g_autofree char *text = sk_format_day (day);

    g_assert_cmpstr (text, ==, "Tue 8 Dec 2026");
  }
  g_assert_null (sk_region_load ("atlantis", &error));
  g_assert_true (g_str_has_prefix (error->message, "There is no region file"));
}

int
main (int   argc,
      char *argv[])
{
  /* Folders of its own: nothing left behind by other tests counts. */
  g_autofree char *home = sk_test_ui_fresh_home ("ui-english");
  int status;

  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SAMENKAART_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/english/window", test_english_window);
  g_test_add_func ("/ui/english/model", test_english_model);
  status = g_test_run ();
  sk_test_tmpdir_remove (home);
  return status;
}
