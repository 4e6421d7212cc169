/* test-region-installed.c — regions imported into the user data folder
 * (list, load by id, rename, remove) and finding a place by name. */
#include <glib.h>
#include <glib/gstdio.h>

#include "sk-place-names.h"
#include "sk-region-import.h"
#include "sk-region-installed.h"
#include "sk-region.h"

/* Installs tests/fixtures/mini-region.json as region ID, as an import would. */
static char *
install_fixture (const char *id)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-region.json", NULL);
  g_autofree char *root = sk_region_installed_root ();
  char *dir = g_build_filename (root, id, NULL);
  g_autofree char *json = g_build_filename (dir, "region.json", NULL);
  g_autofree char *text = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (fixture, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (json, text, -1, NULL));
  return dir;
}

static void
test_list_load_rename_remove (void)
{
  g_autofree char *dir = install_fixture ("testregio");
  g_autofree char *root = sk_region_installed_root ();
  g_autofree char *busy = g_build_filename (root, ".half.tmp-123456", NULL);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(GError) error = NULL;
  SkInstalledRegion *entry;

  /* An import under way is no region yet. */
  g_assert_cmpint (g_mkdir_with_parents (busy, 0700), ==, 0);
  list = sk_region_list_installed ();
  g_assert_cmpuint (list->len, ==, 1);
  entry = g_ptr_array_index (list, 0);
  g_assert_cmpstr (entry->id, ==, "testregio");
  /* Without a name file the id stands for the name. */
  g_assert_cmpstr (entry->name, ==, "testregio");
  g_assert_cmpstr (entry->path, ==, dir);

  /* A session names its region by id; the id finds the installed one. */
  region = sk_region_load ("testregio", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_region_get_name (region), ==, "Testregio");

  g_assert_true (sk_region_installed_set_name ("testregio", "  Rond Vaduz  ", &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = sk_region_list_installed ();
  g_assert_cmpstr (((SkInstalledRegion *) g_ptr_array_index (list, 0))->name, ==, "Rond Vaduz");
  g_assert_false (sk_region_installed_set_name ("testregio", "   ", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* The built-in region stays, whatever is asked. */
  g_assert_false (sk_region_installed_remove ("reestdal", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (sk_region_installed_remove ("../..", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (sk_region_installed_remove ("testregio", &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = sk_region_list_installed ();
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_null (sk_region_load ("testregio", NULL));
  g_assert_true (sk_region_installed_remove_dir (busy, NULL));
}

static void
test_new_id (void)
{
  g_autofree char *dir = install_fixture ("vaduz-en-omgeving");
  g_autofree char *taken = sk_region_installed_new_id ("Vaduz en omgeving");
  g_autofree char *accents = sk_region_installed_new_id ("Städtle – ’s-Heerenberg!");
  g_autofree char *builtin = sk_region_installed_new_id ("Reestdal");
  g_autofree char *nothing = sk_region_installed_new_id ("???");

  g_assert_cmpstr (taken, ==, "vaduz-en-omgeving-2");
  g_assert_cmpstr (accents, ==, "stadtle-s-heerenberg");
  g_assert_cmpstr (builtin, ==, "reestdal-2");
  g_assert_cmpstr (nothing, ==, "regio");
  g_assert_true (sk_region_id_is_valid (taken));
  g_assert_false (sk_region_id_is_valid ("../x"));
  g_assert_false (sk_region_id_is_valid (".x"));
  g_assert_false (sk_region_id_is_valid ("Hoofdletter"));
  g_assert_true (sk_region_installed_remove ("vaduz-en-omgeving", NULL));
}

static void
test_fold_and_score (void)
{
  static const struct
  {
    const char *name;
    const char *query;
    int score;
  } cases[] = {
    { "Städtle", "stadtle", 0 },
    { "Städtle", "STÄD", 1 },
    { "De Wijk", "wijk", 2 },
    { "De Wijk", "de wijk", 0 },
    { "Hoogeveense Vaart", "vaart", 2 },
    { "Dedemsvaart", "vaart", -1 },        /* inside a word: no */
    { "Gamprin-Bendern", "bendern", 2 },
    { "’s-Heerenberg", "heer", 2 },
    { "Meppel", "", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = sk_text_fold (cases[i].name);
      g_autofree char *query = sk_text_fold (cases[i].query);

      g_assert_cmpint (sk_place_match_score (name, query), ==, cases[i].score);
    }
}

static void
test_find_places (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", &error);
  g_autoptr(GPtrArray) wijk = NULL;
  g_autoptr(GPtrArray) de = NULL;
  g_autoptr(GPtrArray) reest = NULL;
  SkPlaceMatch *m;

  g_assert_no_error (error);
  wijk = sk_region_find_places (region, "wijk", 10);
  g_assert_cmpuint (wijk->len, >=, 1);
  m = g_ptr_array_index (wijk, 0);
  g_assert_cmpstr (m->name, ==, "De Wijk");
  g_assert_cmpstr (m->kind, ==, "place");
  /* De Wijk lies at about 52.67 N, 6.29 E. */
  g_assert_cmpfloat_with_epsilon (m->lat, 52.67, 0.02);
  g_assert_cmpfloat_with_epsilon (m->lon, 6.29, 0.02);

  /* Every "De …" kern, best (shortest) first, at most the limit. */
  de = sk_region_find_places (region, "de ", 3);
  g_assert_cmpuint (de->len, ==, 3);
  for (guint i = 1; i < de->len; i++)
    g_assert_cmpint (sk_place_match_compare (g_ptr_array_index (de, i - 1), g_ptr_array_index (de, i)), <=, 0);

  reest = sk_region_find_places (region, "REEST", 10);
  g_assert_cmpuint (reest->len, >=, 1);
  m = g_ptr_array_index (reest, 0);
  g_assert_cmpstr (m->name, ==, "Reest");
  g_assert_cmpstr (m->kind, ==, "water");
  g_assert_cmpuint (sk_region_find_places (region, "  ", 10)->len, ==, 0);
}

typedef struct
{
  GMainLoop *loop;
  GCancellable *cancellable;
  gboolean cancel_at_first;
  guint n_progress;
  double last_fraction;
  gboolean done;
  char *id;
  GError *error;
} ImportRun;

static void
on_progress (GObject *source,
             double   fraction,
             guint64  nodes,
             guint64  ways)
{
  ImportRun *run = g_object_get_data (source, "run");

  /* On the caller's thread, before the end, never backwards. */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  g_assert_false (run->done);
  g_assert_cmpfloat (fraction, >=, run->last_fraction);
  g_assert_cmpfloat (fraction, >, 0);
  g_assert_cmpfloat (fraction, <, 1);
  g_assert_cmpuint (nodes + ways, >, 0);
  run->last_fraction = fraction;
  run->n_progress++;
  if (run->cancel_at_first)
    g_cancellable_cancel (run->cancellable);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  ImportRun *run = user_data;

  run->id = sk_region_import_finish (result, &run->error);
  run->done = TRUE;
  g_main_loop_quit (run->loop);
}

static void
import_fixture (ImportRun *run)
{
  g_autofree char *extract = g_test_build_filename (G_TEST_DIST, "fixtures",
                                                    "liechtenstein-2015.osm.pbf", NULL);
  g_autoptr(GObject) source = g_object_new (G_TYPE_OBJECT, NULL);

  run->loop = g_main_loop_new (NULL, FALSE);
  run->cancellable = g_cancellable_new ();
  g_object_set_data (source, "run", run);
  sk_region_import_async (source, extract, "Liechtenstein", NULL, on_progress, run->cancellable,
                          on_done, run);
  g_main_loop_run (run->loop);
  g_main_loop_unref (run->loop);
  g_object_unref (run->cancellable);
}

static void
test_import (void)
{
  ImportRun run = { 0 };
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  import_fixture (&run);
  g_assert_no_error (run.error);
  g_assert_cmpstr (run.id, ==, "liechtenstein");
  /* 1.3 MB is read in several steps, each one reported. */
  g_assert_cmpuint (run.n_progress, >=, 2);
  list = sk_region_list_installed ();
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((SkInstalledRegion *) g_ptr_array_index (list, 0))->name, ==, "Liechtenstein");

  region = sk_region_load (run.id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sk_region_get_n_kernen (region), >, 10);
  /* Vaduz is a kern; "stadtle" finds the street Städtle in its centre. */
  found = sk_region_find_places (region, "stadtle", 5);
  g_assert_cmpuint (found->len, >=, 1);
  g_assert_cmpstr (((SkPlaceMatch *) g_ptr_array_index (found, 0))->name, ==, "Städtle");
  g_assert_cmpfloat_with_epsilon (((SkPlaceMatch *) g_ptr_array_index (found, 0))->lat, 47.14, 0.01);
  g_assert_cmpfloat_with_epsilon (((SkPlaceMatch *) g_ptr_array_index (found, 0))->lon, 9.52, 0.01);

  g_assert_true (sk_region_installed_remove (run.id, NULL));
  g_free (run.id);
}

static void
test_import_cancel (void)
{
  ImportRun run = { .cancel_at_first = TRUE };
  g_autofree char *root = sk_region_installed_root ();
  g_autoptr(GDir) dir = NULL;

  import_fixture (&run);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (run.id);
  g_assert_cmpuint (run.n_progress, ==, 1);
  /* Nothing left: no region, no half-written folder. */
  dir = g_dir_open (root, 0, NULL);
  g_assert_nonnull (dir);
  g_assert_cmpstr (g_dir_read_name (dir), ==, NULL);
  g_clear_error (&run.error);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = g_dir_make_tmp ("sk-region-installed-XXXXXX", NULL);
  int status;

  /* Before GLib reads it: this test's own data folder. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/region-installed/list-load-rename-remove", test_list_load_rename_remove);
  g_test_add_func ("/region-installed/new-id", test_new_id);
  g_test_add_func ("/region-installed/import", test_import);
  g_test_add_func ("/region-installed/import-cancel", test_import_cancel);
  g_test_add_func ("/place-search/fold-and-score", test_fold_and_score);
  g_test_add_func ("/place-search/find", test_find_places);
  status = g_test_run ();
  {
    g_autofree char *root = g_build_filename (home, "samenkaart", "regio's", NULL);
    g_autofree char *parent = g_build_filename (home, "samenkaart", NULL);

    g_rmdir (root);
    g_rmdir (parent);
    g_rmdir (home);
  }
  return status;
}
