/* test-ui-locale.c — a Dutch laptop (LC_ALL=nl_NL.UTF-8) shows "2,25 %",
 * never "2.25": the window with an idea placed and its MKBA panel, under
 * Xvfb. scripts/install-deps.sh generates the locale. */
#include <adwaita.h>
#include <locale.h>

#include "sk-test-ui.h"
#include "sk-test-util.h"
#include "sk-window.h"

/* Every text a person can read under WIDGET: labels, entries, the rows'
 * titles and subtitles. */
static void
collect_texts (GtkWidget *widget,
               GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    g_string_append_printf (out, "%s\n", gtk_editable_get_text (GTK_EDITABLE (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, out);
}

static void
test_decimal_comma (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.samenkaart.Samenkaart");
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GRegex) decimal_point = g_regex_new ("[0-9]\\.[0-9]{1,2}(?![0-9])", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  SkWindow *window;
  ShumateMap *map;
  GtkWidget *rate;

  g_settings_reset (settings, "last-session");
  window = sk_window_new (NULL, region);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  sk_test_run_for (300);
  map = shumate_simple_map_get_map (sk_window_get_map (window));
  g_signal_emit_by_name (sk_window_get_palette (window), "kind-activated", "dorpshuis");
  sk_map_editor_tap (sk_window_get_editor (window), gtk_widget_get_width (GTK_WIDGET (map)) / 2.0,
                     gtk_widget_get_height (GTK_WIDGET (map)) / 2.0, 1);
  while (sk_reach_panel_get_busy (sk_window_get_reach_panel (window)))
    g_main_context_iteration (NULL, TRUE);

  /* The rate in the rules and in the method line. */
  rate = sk_test_find_named (GTK_WIDGET (sk_window_get_mkba_panel (window)), "rate-spin");
  g_assert_nonnull (rate);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rate)), ==, "2,25");
  collect_texts (GTK_WIDGET (window), text);
  collect_texts (GTK_WIDGET (sk_window_get_mkba_panel (window)), text);
  g_assert_nonnull (strstr (text->str, "met 2,25 % per jaar"));
  g_assert_null (strstr (text->str, "2.25"));
  /* No decimal point anywhere: a point only groups thousands ("1.253"). */
  if (g_regex_match (decimal_point, text->str, 0, &match))
    g_error ("A decimal point on a Dutch laptop: “%s”", g_match_info_fetch (match, 0));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* Folders of its own: nothing left behind by other tests counts. */
  g_autofree char *home = sk_test_ui_fresh_home ("ui-locale");
  int status;

  /* A Dutch laptop; GTK reads the locale from the environment. */
  g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  if (setlocale (LC_ALL, "") == NULL)
    g_error ("The nl_NL.UTF-8 locale is not installed: run scripts/install-deps.sh");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/ui/locale/decimal-comma", test_decimal_comma);
  status = g_test_run ();
  sk_test_tmpdir_remove (home);
  return status;
}
