/* test-cli-export.c — samenkaart-cli export as a user runs it: every
 * output written, the session file untouched, and a bad session refused
 * with a message, exit status 1 and no output file.
 *
 * Usage: test-cli-export [--tap] PATH-OF-samenkaart-cli
 */
#include <cairo.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sk-test-util.h"

static const char *cli_path;

static int
run_cli (const char * const *args,
         const char         *input,
         char              **err)
{
  return sk_test_run_cli (cli_path, args, input, NULL, err);
}

static char *
checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_export (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("test-cli-export");
  g_autofree char *session = g_build_filename (dir, "sessie.samenkaart", NULL);
  g_autofree char *pdf = g_build_filename (dir, "verslag.pdf", NULL);
  g_autofree char *geojson = g_build_filename (dir, "plan.geojson", NULL);
  g_autofree char *csv = g_build_filename (dir, "uitkomsten.csv", NULL);
  g_autofree char *png = g_build_filename (dir, "kaart.png", NULL);
  const char *create[] = { "session", "new", session, "--title", "Atelier Ruinen", "--place", "Ruinen",
                           "--region", "reestdal", NULL };
  const char *steps[] = { "session", "apply", session, NULL };
  const char *export[] = { "export", session, "--pdf", pdf, "--geojson", geojson, "--csv", csv,
                           "--png", png, "--width", "640", "--height", "480", NULL };
  g_autofree char *before = NULL, *after = NULL, *err = NULL;
  cairo_surface_t *image;

  g_assert_cmpint (run_cli (create, NULL, NULL), ==, 0);
  g_assert_cmpint (run_cli (steps,
                            "{\"op\":\"participant\",\"name\":\"Jannie\"}\n"
                            "{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":52.76,\"lon\":6.35,\"participant\":1}\n"
                            "{\"op\":\"add\",\"kind\":\"fietspad\",\"coordinates\":[[6.35,52.76],[6.37,52.77]]}\n",
                            NULL), ==, 0);
  before = checksum (session);
  g_assert_cmpint (run_cli (export, NULL, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  for (const char *const *out = (const char *const[]) { pdf, geojson, csv, png, NULL }; *out; out++)
    g_assert_true (g_file_test (*out, G_FILE_TEST_IS_REGULAR));
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 480);
  cairo_surface_destroy (image);
  /* Exporting never changes the session. */
  after = checksum (session);
  g_assert_cmpstr (before, ==, after);
  sk_test_tmpdir_remove (dir);
}

static void
test_bad_session (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("test-cli-export");
  g_autofree char *session = g_build_filename (dir, "kapot.samenkaart", NULL);
  g_autofree char *pdf = g_build_filename (dir, "verslag.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "uitkomsten.csv", NULL);
  const char *export[] = { "export", session, "--pdf", pdf, "--csv", csv, NULL };
  const char *missing[] = { "export", "/nonexistent/sessie.samenkaart", "--pdf", pdf, NULL };
  const char *nothing[] = { "export", session, NULL };
  g_autofree char *err = NULL, *err2 = NULL;

  g_assert_true (g_file_set_contents (session, "geen sessie, maar tekst", -1, NULL));
  g_assert_cmpint (run_cli (export, NULL, &err), ==, 1);
  g_assert_cmpuint (strlen (err), >, 0);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (missing, NULL, &err2), ==, 1);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  /* No output asked for: a usage error. */
  g_assert_cmpint (run_cli (nothing, NULL, NULL), ==, 2);
  sk_test_tmpdir_remove (dir);
}

/* Files in DIR whose name ends in ".part": left-overs of a write. */
static guint
n_part_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    n += g_str_has_suffix (name, ".part");
  return n;
}

/* An export writes over a regular file only, keeps its permissions, and
 * refuses a link, a pipe or a missing folder with a message naming it,
 * leaving them as they were and nothing beside them. */
static void
test_targets (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("test-cli-export");
  g_autofree char *session = g_build_filename (dir, "sessie.samenkaart", NULL);
  g_autofree char *pdf = g_build_filename (dir, "verslag.pdf", NULL);
  g_autofree char *real = g_build_filename (dir, "echt.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "koppeling.csv", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pijp.csv", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "bestaat-niet", "verslag.pdf", NULL);
  const char *create[] = { "session", "new", session, "--title", "Doelen", NULL };
  const char *to_pdf[] = { "export", session, "--pdf", pdf, NULL };
  const char *to_link[] = { "export", session, "--csv", link, NULL };
  const char *to_fifo[] = { "export", session, "--csv", fifo, NULL };
  const char *to_nowhere[] = { "export", session, "--pdf", nowhere, NULL };
  g_autofree char *err1 = NULL, *err2 = NULL, *err3 = NULL, *err4 = NULL, *contents = NULL;
  GStatBuf st;

  g_assert_cmpint (run_cli (create, NULL, NULL), ==, 0);
  g_assert_cmpint (run_cli ((const char *[]) { "session", "apply", session, NULL },
                            "{\"op\":\"add\",\"kind\":\"pluktuin\",\"lat\":52.76,\"lon\":6.35}\n",
                            NULL), ==, 0);

  /* A private report stays private when it is written again. */
  g_assert_true (g_file_set_contents (pdf, "oud", -1, NULL));
  g_assert_cmpint (g_chmod (pdf, 0600), ==, 0);
  g_assert_cmpint (run_cli (to_pdf, NULL, &err1), ==, 0);
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (st.st_size, >, 1000);

  /* A link is not replaced by a file, and what it points to is untouched. */
  g_assert_true (g_file_set_contents (real, "eigen tabel", -1, NULL));
  g_assert_cmpint (symlink (real, link), ==, 0);
  g_assert_cmpint (run_cli (to_link, NULL, &err2), ==, 1);
  g_assert_nonnull (strstr (err2, "koppeling"));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "eigen tabel");

  /* A pipe (or a device) is refused before anything is written. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (run_cli (to_fifo, NULL, &err3), ==, 1);
  g_assert_nonnull (strstr (err3, "geen gewoon bestand"));
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  /* A folder that does not exist is named. */
  g_assert_cmpint (run_cli (to_nowhere, NULL, &err4), ==, 1);
  g_assert_nonnull (strstr (err4, "bestaat-niet"));
  g_assert_nonnull (strstr (err4, "bestaat niet"));

  g_assert_cmpuint (n_part_files (dir), ==, 0);
  sk_test_tmpdir_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_path = argv[1];
  g_test_add_func ("/cli-export/all-outputs", test_export);
  g_test_add_func ("/cli-export/bad-session", test_bad_session);
  g_test_add_func ("/cli-export/targets", test_targets);
  return g_test_run ();
}
