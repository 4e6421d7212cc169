/* test-ui-start.c — the start page (recent sessions with their maps,
 * unreadable files listed and left alone) and the new-session dialog,
 * under Xvfb. */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <utime.h>

#include "sk-new-session-dialog.h"
#include "sk-start-page.h"
#include "sk-store.h"
#include "sk-test-ui.h"
#include "sk-test-util.h"

static const char garbage[] = "Boodschappen: melk, brood, kaas.\n";

/* The files the list tests share, newest first as the page must show them. */
static char *newest_path;    /* with a pluktuin */
static char *broken_path;
static char *middle_path;
static char *oldest_path;

static SkRegion *
region (void)
{
  static SkRegion *region;

  if (region == NULL)
    region = sk_region_load ("reestdal", NULL);
  g_assert_nonnull (region);
  return region;
}

static SkToolbox *
toolbox (void)
{
  static SkToolbox *toolbox;

  if (toolbox == NULL)
    toolbox = sk_toolbox_load (NULL, NULL);
  g_assert_nonnull (toolbox);
  return toolbox;
}

static void
set_age (const char *path,
         int         seconds)
{
  struct utimbuf times;

  times.actime = times.modtime = time (NULL) - seconds;
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

static char *
make_session (const char *name,
              const char *title,
              const char *place,
              const char *format,
              gboolean    with_pluktuin,
              int         age)
{
  g_autofree char *dir = sk_start_page_dup_sessions_dir ();
  char *path = g_build_filename (dir, name, NULL);
  SkStoreMetadata meta = { (char *) title, (char *) place, (char *) "2026-11-23", (char *) format,
                           (char *) "reestdal", NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  store = sk_store_create (path, &meta, &error);
  g_assert_no_error (error);
  if (with_pluktuin)
    {
      /* A pluktuin of about 100 × 100 m by the Reest near Ruinen. */
      const SkStoreAction add = {
        .op = SK_STORE_OP_ADD, .kind = "pluktuin",
        .geometry = "{\"type\":\"Polygon\",\"coordinates\":[[[6.350,52.760],[6.3515,52.760],"
                    "[6.3515,52.761],[6.350,52.761],[6.350,52.760]]]}",
        .params = "{}", .name = "Pluktuin bij de school" };

      g_assert_cmpint (sk_store_apply (store, &add, NULL, &error), >, 0);
      g_assert_no_error (error);
    }
  g_clear_object (&store);
  set_age (path, age);
  return path;
}

static void
make_sessions (void)
{
  g_autofree char *dir = sk_start_page_dup_sessions_dir ();

  if (newest_path != NULL)
    return;
  oldest_path = make_session ("oud.samenkaart", "Eerste avond", "Dorpshuis Ruinen",
                              "keukentafelgesprek", FALSE, 3000);
  middle_path = make_session ("midden.samenkaart", "Atelier Reestdal", "De Wolden",
                              "atelier", FALSE, 2000);
  broken_path = g_build_filename (dir, "kapot.samenkaart", NULL);
  g_assert_true (g_file_set_contents (broken_path, garbage, -1, NULL));
  set_age (broken_path, 1000);
  newest_path = make_session ("nieuw.samenkaart", "Pluktuin bespreken", "Bij Anne thuis",
                              "presentatie", TRUE, 10);
}

static GtkListBoxRow *
row_at (SkStartPage *page,
        int          i)
{
  GtkListBox *list = GTK_LIST_BOX (sk_test_find_type (GTK_WIDGET (page), GTK_TYPE_LIST_BOX));

  return gtk_list_box_get_row_at_index (list, i);
}

static GtkWindow *
show_page (SkStartPage *page)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 900, 760);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  return window;
}

static void
wait_for_maps (SkStartPage *page)
{
  while (sk_start_page_get_n_pending (page) > 0)
    g_main_context_iteration (NULL, TRUE);
}

/* Before anything exists: a friendly empty page, no folder needed. */
static void
test_empty (void)
{
  SkStartPage *page = sk_start_page_new (region (), toolbox ());
  GtkWindow *window = show_page (page);
  GtkStack *stack = GTK_STACK (sk_test_find_type (GTK_WIDGET (page), GTK_TYPE_STACK));

  g_assert_cmpuint (sk_start_page_get_n_sessions (page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  gtk_window_destroy (window);
}

static void
test_list (void)
{
  SkStartPage *page;
  GtkWindow *window;
  GtkStack *stack;
  GtkListBoxRow *broken;
  g_autofree char *contents = NULL;
  gsize length;

  make_sessions ();
  page = sk_start_page_new (region (), toolbox ());
  window = show_page (page);
  stack = GTK_STACK (sk_test_find_type (GTK_WIDGET (page), GTK_TYPE_STACK));

  g_assert_cmpuint (sk_start_page_get_n_sessions (page), ==, 4);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  g_assert_cmpstr (sk_start_page_get_session_path (page, 0), ==, newest_path);
  g_assert_cmpstr (sk_start_page_get_session_path (page, 1), ==, broken_path);
  g_assert_cmpstr (sk_start_page_get_session_path (page, 2), ==, middle_path);
  g_assert_cmpstr (sk_start_page_get_session_path (page, 3), ==, oldest_path);
  g_assert_null (sk_start_page_get_session_path (page, 4));

  /* The unreadable file is there, greyed, and says why. */
  broken = row_at (page, 1);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (broken), "sk-session-broken"));
  g_assert_false (gtk_list_box_row_get_activatable (broken));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row_at (page, 0)), "sk-session-broken"));
  g_assert_true (gtk_list_box_row_get_activatable (row_at (page, 0)));

  /* Rows are big enough for a finger. */
  sk_test_run_for (100);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (row_at (page, 0))), >=, 44);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (broken)), >=, 44);

  wait_for_maps (page);
  sk_start_page_reload (page);
  wait_for_maps (page);
  g_assert_cmpuint (sk_start_page_get_n_sessions (page), ==, 4);
  g_assert_true (g_file_get_contents (broken_path, &contents, &length, NULL));
  g_assert_cmpstr (contents, ==, garbage);
  g_assert_cmpuint (length, ==, strlen (garbage));
  /* Nor any file made beside it. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *side = g_strconcat (broken_path, i == 0 ? "-wal" : "-shm", NULL);

      g_assert_false (g_file_test (side, G_FILE_TEST_EXISTS));
    }
  gtk_window_destroy (window);
}

static void
on_open_session (SkStartPage *page,
                 const char  *path,
                 GPtrArray   *opened)
{
  g_ptr_array_add (opened, g_strdup (path));
}

static void
on_count (gpointer  emitter,
          guint    *count)
{
  (*count)++;
}

static void
test_activate (void)
{
  SkStartPage *page;
  GtkWindow *window;
  g_autoptr(GPtrArray) opened = g_ptr_array_new_with_free_func (g_free);
  guint n_new = 0, n_open = 0;
  GtkWidget *button;

  make_sessions ();
  page = sk_start_page_new (region (), toolbox ());
  window = show_page (page);
  g_signal_connect (page, "open-session", G_CALLBACK (on_open_session), opened);
  g_signal_connect (page, "new-session", G_CALLBACK (on_count), &n_new);
  g_signal_connect (page, "open-file", G_CALLBACK (on_count), &n_open);

  /* Enter on a focused row activates it, as a click does. */
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (row_at (page, 2))));
  gtk_widget_grab_focus (GTK_WIDGET (row_at (page, 2)));
  gtk_widget_activate (GTK_WIDGET (row_at (page, 2)));
  g_assert_cmpuint (opened->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (opened, 0), ==, middle_path);
  /* The broken file opens nothing. */
  gtk_widget_activate (GTK_WIDGET (row_at (page, 1)));
  g_assert_cmpuint (opened->len, ==, 1);

  /* The first button on the list is "Nieuwe sessie", then "Openen…". */
  button = sk_test_find_type (GTK_WIDGET (gtk_stack_get_visible_child (GTK_STACK (sk_test_find_type (GTK_WIDGET (page), GTK_TYPE_STACK)))),
                      GTK_TYPE_BUTTON);
  g_assert_true (gtk_widget_has_css_class (button, "suggested-action"));
  g_signal_emit_by_name (button, "clicked");
  g_signal_emit_by_name (gtk_widget_get_next_sibling (button), "clicked");
  g_assert_cmpuint (n_new, ==, 1);
  g_assert_cmpuint (n_open, ==, 1);
  wait_for_maps (page);
  gtk_window_destroy (window);
}

/* The map of a plan is drawn in the background and then shown. */
static void
test_thumbnails (void)
{
  SkStartPage *page;
  GtkWindow *window;
  GtkPicture *picture;
  GdkPaintable *paintable;
  GdkTexture *texture;
  g_autofree guchar *pixels = NULL;
  int width, height;
  gboolean varied = FALSE;

  make_sessions ();
  page = sk_start_page_new (region (), toolbox ());
  window = show_page (page);
  g_assert_cmpuint (sk_start_page_get_n_pending (page), ==, 3);
  wait_for_maps (page);

  picture = g_object_get_data (G_OBJECT (row_at (page, 0)), "sk-picture");
  g_assert_true (GTK_IS_PICTURE (picture));
  paintable = gtk_picture_get_paintable (picture);
  g_assert_true (GDK_IS_TEXTURE (paintable));
  texture = GDK_TEXTURE (paintable);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  g_assert_cmpint (width, >, 100);
  g_assert_cmpint (height, >, 60);
  pixels = g_malloc (width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  for (int i = 1; i < width * height && !varied; i++)
    varied = memcmp (pixels, pixels + 4 * i, 4) != 0;
  g_assert_true (varied);
  /* Every readable session got its map. */
  g_assert_true (GDK_IS_TEXTURE (gtk_picture_get_paintable (
    g_object_get_data (G_OBJECT (row_at (page, 3)), "sk-picture"))));
  gtk_window_destroy (window);
}

/* A session opened from elsewhere is listed once, a vanished one not at all. */
static void
test_extra_paths (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("start-extra");
  g_autofree char *path = g_build_filename (dir, "usb.samenkaart", NULL);
  g_autofree char *missing = g_build_filename (dir, "weg.samenkaart", NULL);
  SkStoreMetadata meta = { (char *) "Van de USB-stick", NULL, NULL, NULL, NULL, NULL, NULL };
  g_autoptr(SkStore) store = sk_store_create (path, &meta, NULL);
  const char *extra[] = { path, missing, path, NULL };
  SkStartPage *page;
  GtkWindow *window;

  g_assert_nonnull (store);
  g_clear_object (&store);
  make_sessions ();
  page = sk_start_page_new (region (), toolbox ());
  window = show_page (page);
  sk_start_page_set_extra_paths (page, extra);
  g_assert_cmpuint (sk_start_page_get_n_sessions (page), ==, 5);
  /* Just made: the newest. */
  g_assert_cmpstr (sk_start_page_get_session_path (page, 0), ==, path);
  wait_for_maps (page);
  gtk_window_destroy (window);
  sk_test_tmpdir_remove (dir);
}

static void
on_response (SkNewSessionDialog *dialog,
             int                 response,
             int                *last)
{
  *last = response;
}

static void
test_new_session_dialog (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("start-new");
  SkNewSessionDialog *dialog = sk_new_session_dialog_new (NULL, region ());
  int response = 0;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkStore) second = NULL;
  g_autoptr(SkStore) reread = NULL;
  const SkStoreMetadata *meta;
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;

  g_signal_connect (dialog, "response", G_CALLBACK (on_response), &response);
  gtk_window_present (GTK_WINDOW (dialog));

  /* A ready title and a kitchen table to begin with. */
  title = sk_new_session_dialog_dup_title (dialog);
  g_assert_true (g_str_has_prefix (title, "Sessie van "));
  g_assert_cmpstr (sk_new_session_dialog_get_format (dialog), ==, "keukentafelgesprek");
  g_assert_cmpstr (sk_new_session_dialog_get_region_id (dialog), ==, "reestdal");

  /* No name, no session: the dialog says what to do. */
  sk_new_session_dialog_set_title (dialog, "   ");
  sk_new_session_dialog_accept (dialog);
  g_assert_cmpint (response, ==, 0);
  g_assert_nonnull (sk_new_session_dialog_get_error (dialog));
  g_assert_true (strstr (sk_new_session_dialog_get_error (dialog), "naam") != NULL);

  sk_new_session_dialog_set_title (dialog, " Plannen voor Echten ");
  g_assert_null (sk_new_session_dialog_get_error (dialog));
  sk_new_session_dialog_set_place (dialog, "Dorpshuis Echten");
  sk_new_session_dialog_set_format (dialog, "atelier");
  g_assert_cmpstr (sk_new_session_dialog_get_format (dialog), ==, "atelier");
  sk_new_session_dialog_accept (dialog);
  g_assert_cmpint (response, ==, GTK_RESPONSE_ACCEPT);

  store = sk_new_session_dialog_create_store (dialog, dir, &error);
  g_assert_no_error (error);
  path = g_strdup (sk_store_get_path (store));
  base = g_path_get_basename (path);
  {
    /* Named after its title and date, so it can be found in a folder or
     * on a USB stick. */
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
    g_autofree char *expected = g_strdup_printf ("Plannen voor Echten %s.samenkaart", today);
    g_autofree char *expected2 = g_strdup_printf ("Plannen voor Echten %s (2).samenkaart", today);
    g_autofree char *base2 = NULL;

    g_assert_cmpstr (base, ==, expected);
    /* A second one in the same folder never takes the first one's file. */
    second = sk_new_session_dialog_create_store (dialog, dir, &error);
    g_assert_no_error (error);
    base2 = g_path_get_basename (sk_store_get_path (second));
    g_assert_cmpstr (base2, ==, expected2);
  }
  g_clear_object (&store);
  g_clear_object (&second);

  reread = sk_store_open_readonly (path, &error);
  g_assert_no_error (error);
  meta = sk_store_get_metadata (reread);
  g_assert_cmpstr (meta->title, ==, "Plannen voor Echten");
  g_assert_cmpstr (meta->place, ==, "Dorpshuis Echten");
  g_assert_cmpstr (meta->format, ==, "atelier");
  g_assert_cmpstr (meta->region_id, ==, "reestdal");
  g_assert_cmpstr (meta->region_hash, ==, sk_region_get_content_hash (region ()));
  g_clear_object (&reread);

  gtk_window_close (GTK_WINDOW (dialog));
  /* Accepted already: closing afterwards is no cancel. */
  g_assert_cmpint (response, ==, GTK_RESPONSE_ACCEPT);
  sk_test_tmpdir_remove (dir);
}

static void
test_new_session_cancel (void)
{
  SkNewSessionDialog *dialog = sk_new_session_dialog_new (NULL, region ());
  int response = 0;

  g_signal_connect (dialog, "response", G_CALLBACK (on_response), &response);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_cmpint (response, ==, GTK_RESPONSE_CANCEL);
}

int
main (int   argc,
      char *argv[])
{
  /* A data folder of this test's own, before anything reads it: the
   * other UI tests leave sessions in the shared one. */
  g_autofree char *data_home = sk_test_ui_fresh_home ("ui-start");
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* The empty page first: the other tests fill the folder. */
  g_test_add_func ("/ui/start/empty", test_empty);
  g_test_add_func ("/ui/start/list", test_list);
  g_test_add_func ("/ui/start/activate", test_activate);
  g_test_add_func ("/ui/start/thumbnails", test_thumbnails);
  g_test_add_func ("/ui/start/extra-paths", test_extra_paths);
  g_test_add_func ("/ui/start/new-session-dialog", test_new_session_dialog);
  g_test_add_func ("/ui/start/new-session-cancel", test_new_session_cancel);
  status = g_test_run ();
  sk_test_tmpdir_remove (data_home);
  return status;
}
