/* test-report-ov.c — "Met bus en trein" in the PDF report: a region with
 * its timetable read in (tests/fixtures/gtfs/ovui: Halteburg has a train
 * to Zwolle, Zonderbus none) and a session with a buurtbus every quarter
 * of an hour from Zonderbus to the station give before → after per kern
 * and the share within the hour (75 % → 100 %); a region without a
 * timetable says so. pdftotext reads the PDF. */
#include "sk-config.h"

#include <string.h>

#include "sk-report.h"
#include "sk-store.h"
#include "sk-test-util.h"
#include "sk-timetable.h"

static char *
pdf_text (const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *line = g_strdup_printf ("pdftotext -layout %s -", quoted);
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (line, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
write_report (const char *dir,
              SkRegion   *region,
              gboolean    with_bus)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session = g_build_filename (dir, with_bus ? "bus.samenkaart" : "leeg.samenkaart", NULL);
  g_autofree char *pdf = g_build_filename (dir, with_bus ? "bus.pdf" : "leeg.pdf", NULL);
  SkStoreMetadata metadata = { .title = "Bus naar Zwolle", .region_id = "ovui-mini" };
  g_autoptr(SkStore) store = sk_store_create (session, &metadata, &error);
  g_autoptr(SkToolbox) toolbox = sk_toolbox_load (NULL, &error);
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  SkStoreAction add = { .op = SK_STORE_OP_ADD, .kind = "buurtbus",
                        .geometry = "{\"type\":\"LineString\",\"coordinates\":[[6.30,52.60],[6.20,52.60]]}",
                        .params = "{\"minuten_tussen_ritten\":15}" };
  SkReportOptions options;

  g_assert_no_error (error);
  if (with_bus)
    {
      g_assert_cmpint (sk_store_apply (store, &add, NULL, &error), >, 0);
      /* The question the window asked last in this session. */
      g_assert_true (sk_store_set_setting (store, "ov.question", "2026-12-08 08:00-10:00 lopen Zwolle,Emmen",
                                           &error));
    }
  g_assert_no_error (error);
  sk_report_options_init_default (&options);
  options.export_date = "2026-12-06";
  g_assert_true (sk_report_write_pdf (store, region, toolbox, k, &options, pdf, &error));
  g_assert_no_error (error);
  return pdf_text (pdf);
}

static void
test_report_ov (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sk_test_tmpdir_new ("report-ov");
  g_autofree char *region_path = g_test_build_filename (G_TEST_DIST, "fixtures", "gtfs", "ovui-region.json", NULL);
  g_autofree char *feed = g_test_build_filename (G_TEST_DIST, "fixtures", "gtfs", "ovui", NULL);
  g_autoptr(SkRegion) region = sk_region_load (region_path, &error);
  g_autofree char *none = NULL, *text = NULL;
  const char *section, *row;

  g_assert_no_error (error);
  /* No timetable yet: the section says so and how to get one. */
  none = write_report (dir, region, FALSE);
  section = strstr (none, "Met bus en trein");
  g_assert_nonnull (section);
  g_assert_nonnull (strstr (section, "geen dienstregeling ingelezen"));
  g_assert_null (strstr (none, "Snelheid buurtbus"));

  g_assert_true (sk_timetable_import (region, feed, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = write_report (dir, region, TRUE);
  section = strstr (text, "Met bus en trein");
  g_assert_nonnull (section);
  g_assert_nonnull (strstr (section, "Binnen een uur in Zwolle of Emmen: 75 % → 100 % van de inwoners"));
  g_assert_nonnull (strstr (section, "08:00"));
  g_assert_nonnull (strstr (section, "8 december 2026"));
  /* Zonderbus had no way to Zwolle within three hours; now it has. */
  row = strstr (section, "Zonderbus");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (row, "niet binnen 3 uur →"));
  g_assert_nonnull (strstr (section, "de reizigersbaat"));
  /* The plan has a buurtbus and no mobiliteitshub: the note names only
   * what the plan has. */
  g_assert_nonnull (strstr (section, "De buurtbus staat hier in minuten"));
  g_assert_null (strstr (section, "mobiliteitshub"));
  /* Its figures are in the annex, as assumptions. */
  g_assert_nonnull (strstr (text, "Waarde van reistijd"));
  g_assert_nonnull (strstr (text, "Snelheid buurtbus"));
  sk_test_tmpdir_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = sk_test_tmpdir_new ("report-ov-data");
  int status;

  /* The timetable is kept per region in the data folder: one of its own. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report/ov", test_report_ov);
  status = g_test_run ();
  sk_test_tmpdir_remove (home);
  return status;
}
