/* test-report-writer.c — the PDF writer makes a document a reader can use:
 * pages, text that can be searched, tables that continue, a map. */
#include <glib.h>
#include <glib/gstdio.h>

#include "sk-report-writer.h"

static char *
run (const char *command,
     const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *line = g_strdup_printf ("%s %s -", command, quoted);
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (line, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_document (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "verslag.pdf", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_load ("reestdal", &error);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  static const SkReportColumn columns[] = {
    { "Kern", 0.6, SK_REPORT_ALIGN_LEFT },
    { "Inwoners", 0.4, SK_REPORT_ALIGN_RIGHT },
  };
  SkReportWriter *writer;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  writer = sk_report_writer_new (path, "Samenkaart — testverslag", &error);
  g_assert_no_error (error);
  /* While writing, only the .part file exists. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  sk_report_writer_title (writer, "Keukentafel De Wijk", "23 november 2026");
  sk_report_writer_paragraph (writer, "Wat we <b>samen</b> bedachten.");
  sk_report_writer_map (writer, region, sk_region_get_bbox (region), 300, NULL, NULL);
  sk_report_writer_heading (writer, "Dorpen");
  /* 120 rows do not fit on one page: the table continues. */
  for (int i = 0; i < 120; i++)
    {
      g_ptr_array_add (cells, g_strdup_printf ("Rij %d", i + 1));
      g_ptr_array_add (cells, g_strdup_printf ("%d", i * 10));
    }
  sk_report_writer_table (writer, columns, 2, (const char * const *) cells->pdata, 120);
  sk_report_writer_note (writer, "Bron: testgegevens.");
  g_assert_cmpint (sk_report_writer_get_n_pages (writer), >=, 3);
  g_assert_true (sk_report_writer_finish (writer, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));

  text = run ("pdftotext -layout", path);
  g_assert_nonnull (strstr (text, "Keukentafel De Wijk"));
  g_assert_nonnull (strstr (text, "Rij 120"));
  /* The map carries the region's names. */
  g_assert_nonnull (strstr (text, "Meppel"));
  /* Every page has its footer and number. */
  g_assert_nonnull (strstr (text, "pagina 3"));
  g_assert_nonnull (strstr (text, "Samenkaart — testverslag"));
  /* The header row comes again on the next page. */
  g_assert_cmpint (g_strv_length (g_strsplit (text, "Inwoners", -1)), >=, 3);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_unwritable (void)
{
  g_autoptr(GError) error = NULL;
  SkReportWriter *writer = sk_report_writer_new ("/nonexistent/map/verslag.pdf", "x", &error);

  /* cairo reports the problem at creation or at the end; either way the
   * message names the file and nothing is left behind. */
  if (writer != NULL)
    g_assert_false (sk_report_writer_finish (writer, &error));
  g_assert_error (error, SK_REPORT_ERROR, SK_REPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "verslag.pdf"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report-writer/document", test_document);
  g_test_add_func ("/report-writer/unwritable", test_unwritable);
  return g_test_run ();
}
