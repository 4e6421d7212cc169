/* test-timetable-input.c — reading GTFS feeds: a zip, the stored
 * ov.sqlite, clipping to a region, and every kind of bad input with the
 * message a person gets (the region's timetable left as it was). */
#include <glib/gstdio.h>
#include <string.h>
#include <zip.h>

#include "sk-test-util.h"
#include "sk-timetable.h"

static const char *files[] = { "agency.txt", "stops.txt", "routes.txt", "trips.txt",
                               "stop_times.txt", "calendar.txt", "calendar_dates.txt",
                               "transfers.txt" };

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "gtfs", name, NULL);
}

/* A copy of the mini feed in a new folder, with FILE replaced by TEXT
 * (TEXT NULL: FILE left out). */
static char *
copy_feed (const char *file,
           const char *text)
{
  g_autofree char *src = fixture_path ("mini");
  char *dir = sk_test_tmpdir_new ("gtfs");

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *from = g_build_filename (src, files[i], NULL);
      g_autofree char *to = g_build_filename (dir, files[i], NULL);
      g_autofree char *contents = NULL;
      gsize len;

      if (file != NULL && strcmp (files[i], file) == 0)
        {
          if (text != NULL)
            g_assert_true (g_file_set_contents (to, text, -1, NULL));
          continue;
        }
      g_assert_true (g_file_get_contents (from, &contents, &len, NULL));
      g_assert_true (g_file_set_contents (to, contents, (gssize) len, NULL));
    }
  return dir;
}

typedef struct
{
  const char *name;
  const char *file;
  const char *text;        /* NULL: the file is left out */
  int code;
  const char *message[3];  /* fragments the message must hold */
} BadCase;

static const BadCase bad_cases[] = {
  { "missing-stop-times", "stop_times.txt", NULL, SK_TIMETABLE_ERROR_MISSING_FILE,
    { "ontbreekt stop_times.txt", NULL } },
  { "missing-column", "stops.txt", "stop_id,stop_name,stop_lat\nA,Aadorp,52.8\n",
    SK_TIMETABLE_ERROR_CSV, { "stops.txt, regel 1", "stop_lon", NULL } },
  { "open-quote", "routes.txt",
    "route_id,route_type\nR1,3\nR2,\"2\nR3,3\nR4,3\n",
    SK_TIMETABLE_ERROR_CSV, { "routes.txt, regel 3", "nooit afgesloten", NULL } },
  { "text-after-quote", "trips.txt",
    "route_id,service_id,trip_id\nR1,WEEK,\"r1-0700\"x\n",
    SK_TIMETABLE_ERROR_CSV, { "trips.txt, regel 2", "aanhalingsteken", NULL } },
  { "too-many-fields", "agency.txt", "agency_name,agency_url\nTest,https://x,extra\n",
    SK_TIMETABLE_ERROR_CSV, { "agency.txt, regel 2", "3 velden", NULL } },
  { "unknown-stop", "stop_times.txt",
    "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
    "r1-0700,07:00:00,07:00:00,A,1\nr1-0700,07:20:00,07:20:00,Q,2\n",
    SK_TIMETABLE_ERROR_UNKNOWN_ID, { "stop_times.txt, regel 3", "“Q”", NULL } },
  { "unknown-route", "trips.txt", "route_id,service_id,trip_id\nR9,WEEK,x\n",
    SK_TIMETABLE_ERROR_UNKNOWN_ID, { "trips.txt, regel 2", "“R9”", NULL } },
  { "unknown-service", "trips.txt", "route_id,service_id,trip_id\nR1,ZONDAG,x\n",
    SK_TIMETABLE_ERROR_UNKNOWN_ID, { "trips.txt, regel 2", "“ZONDAG”", NULL } },
  { "bad-time", "stop_times.txt",
    "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
    "r1-0700,07:00:00,07:00:00,A,1\nr1-0700,7.20,7.20,B,2\n",
    SK_TIMETABLE_ERROR_BAD_TIME, { "stop_times.txt, regel 3", "“7.20”", NULL } },
  { "time-backwards", "stop_times.txt",
    "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
    "r1-0700,07:00:00,07:00:00,A,1\nr1-0700,06:20:00,06:20:00,B,2\n",
    SK_TIMETABLE_ERROR_BAD_TIME, { "regel 3", "“r1-0700”", "loopt terug" } },
  { "bad-date", "calendar.txt",
    "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
    "WEEK,1,1,1,1,1,0,0,2026-03-02,20260331\n",
    SK_TIMETABLE_ERROR_CSV, { "calendar.txt, regel 2", "20260131", NULL } },
  { "bad-position", "stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nA,Aadorp,152.8,6.4\n",
    SK_TIMETABLE_ERROR_CSV, { "stops.txt, regel 2", "“A”", NULL } },
};

static void
test_bad_input (gconstpointer data)
{
  const BadCase *c = data;
  g_autofree char *dir = copy_feed (c->file, c->text);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkTimetable) tt = sk_timetable_read_gtfs (dir, NULL, NULL, 0, NULL, NULL, NULL,
                                                      &error);

  g_assert_null (tt);
  g_assert_error (error, SK_TIMETABLE_ERROR, c->code);
  for (guint i = 0; i < G_N_ELEMENTS (c->message) && c->message[i] != NULL; i++)
    if (strstr (error->message, c->message[i]) == NULL)
      g_error ("“%s” not in “%s”", c->message[i], error->message);
  sk_test_tmpdir_remove (dir);
}

/* Without calendar.txt and calendar_dates.txt no day is known. */
static void
test_no_calendar (void)
{
  g_autofree char *dir = copy_feed ("calendar.txt", NULL);
  g_autofree char *dates = g_build_filename (dir, "calendar_dates.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkTimetable) tt = NULL;

  g_assert_cmpint (g_unlink (dates), ==, 0);
  tt = sk_timetable_read_gtfs (dir, NULL, NULL, 0, NULL, NULL, NULL, &error);
  g_assert_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_MISSING_FILE);
  g_assert_nonnull (strstr (error->message, "calendar_dates.txt"));
  sk_test_tmpdir_remove (dir);
}

/* The mini feed as gtfs.zip with its files in a folder inside the zip
 * (as some publishers pack them). */
static char *
make_zip (const char *dir)
{
  g_autofree char *src = fixture_path ("mini");
  char *path = g_build_filename (dir, "gtfs.zip", NULL);
  zip_t *z = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, NULL);

  g_assert_nonnull (z);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *from = g_build_filename (src, files[i], NULL);
      g_autofree char *inside = g_strconcat ("feed/", files[i], NULL);
      zip_source_t *s = zip_source_file (z, from, 0, -1);

      g_assert_nonnull (s);
      g_assert_cmpint (zip_file_add (z, inside, s, ZIP_FL_OVERWRITE), >=, 0);
    }
  g_assert_cmpint (zip_close (z), ==, 0);
  return path;
}

static void
on_progress (double      fraction,
             const char *stage,
             gpointer    user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_nonnull (stage);
  *last = fraction;
}

/* A zip reads like the folder. Clipped to the region (5 km around its
 * box) every trip still calls in it, so all are kept with all their
 * stops, Doel (40 km away) too. */
static void
test_zip_and_clip (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("gtfs-zip");
  g_autofree char *zip = make_zip (dir);
  g_autofree char *region_path = fixture_path ("ov-region.json");
  g_autoptr(SkRegion) region = sk_region_load (region_path, NULL);
  g_autoptr(GError) error = NULL;
  SkLatLon doel = { 52.5, 6.09 };
  g_autoptr(SkTimetable) all = NULL, clipped = NULL, kept = NULL;
  double last = 0;

  all = sk_timetable_read_gtfs (zip, NULL, NULL, 0, on_progress, &last, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
  g_assert_cmpuint (sk_timetable_get_n_trips (all), ==, 8);
  clipped = sk_timetable_read_gtfs (zip, region, NULL, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  /* R2's trips start at B2, which is in the region: all are kept. */
  g_assert_cmpuint (sk_timetable_get_n_trips (clipped), ==, 8);
  kept = sk_timetable_read_gtfs (zip, region, &doel, 1, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sk_timetable_get_n_stops (kept), ==, 5);
  sk_test_tmpdir_remove (dir);
}

/* A feed with nothing near the region is refused. */
static void
test_clip_empty (void)
{
  g_autofree char *dir = copy_feed ("stops.txt",
                                    "stop_id,stop_name,stop_lat,stop_lon\n"
                                    "A,Ver,50.0,4.0\nB,Ver,50.0,4.1\nB2,Ver,50.0,4.2\n"
                                    "C,Ver,50.1,4.0\nZ,Ver,50.2,4.0\n");
  g_autofree char *region_path = fixture_path ("ov-region.json");
  g_autoptr(SkRegion) region = sk_region_load (region_path, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkTimetable) tt = sk_timetable_read_gtfs (dir, region, NULL, 0, NULL, NULL, NULL,
                                                      &error);

  g_assert_null (tt);
  g_assert_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_EMPTY);
  sk_test_tmpdir_remove (dir);
}

/* Import into the region's ov.sqlite, load it back the same; a broken
 * feed imported afterwards leaves the stored timetable as it was. A
 * cancelled import stores nothing. */
static void
test_import_store (void)
{
  const char *data = g_getenv ("XDG_DATA_HOME");
  g_autofree char *feed = fixture_path ("mini");
  g_autofree char *region_path = fixture_path ("ov-region.json");
  g_autofree char *broken = copy_feed ("stop_times.txt", NULL);
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(SkTimetable) tt = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancel = g_cancellable_new ();
  g_autofree char *path = NULL;
  GDate day;

  region = sk_region_load (region_path, NULL);
  path = sk_timetable_path_for_region (region);
  g_assert_true (g_str_has_prefix (path, data));
  g_assert_true (g_str_has_suffix (path, "ov-mini/ov.sqlite"));
  tt = sk_timetable_load_for_region (region, &error);
  g_assert_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_cancellable_cancel (cancel);
  g_assert_false (sk_timetable_import (region, feed, NULL, NULL, cancel, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (sk_timetable_import (region, feed, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (sk_timetable_import (region, broken, NULL, NULL, NULL, &error));
  g_assert_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_MISSING_FILE);
  g_clear_error (&error);
  tt = sk_timetable_load_for_region (region, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sk_timetable_get_n_stops (tt), ==, 5);
  g_assert_cmpuint (sk_timetable_get_n_trips (tt), ==, 8);
  g_assert_cmpuint (sk_timetable_get_n_stop_times (tt), ==, 16);
  g_assert_cmpstr (sk_timetable_get_stop (tt, 0)->name, ==, "Aadorp, Brink");
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 10, G_DATE_MARCH, 2026);
  g_assert_cmpuint (sk_timetable_count_trips_on (tt, &day), ==, 8);
  sk_test_tmpdir_remove (broken);
}

/* A transfer rule for two trips only (as gtfs-nl writes its timed
 * transfers) does not forbid changing between the stops for every trip. */
static void
test_trip_transfer_rule (void)
{
  g_autofree char *dir = copy_feed ("transfers.txt",
                                    "from_stop_id,to_stop_id,from_trip_id,to_trip_id,transfer_type,"
                                    "min_transfer_time\nB,B2,r1-0800,r2-0823,3,\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkTimetable) tt = sk_timetable_read_gtfs (dir, NULL, NULL, 0, NULL, NULL, NULL,
                                                      &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sk_timetable_get_n_transfer_rules (tt), ==, 0);
  sk_test_tmpdir_remove (dir);
}

/* A damaged ov.sqlite is said to be damaged, not read. */
static void
test_corrupt_store (void)
{
  g_autofree char *dir = sk_test_tmpdir_new ("ov-corrupt");
  g_autofree char *path = g_build_filename (dir, "ov.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkTimetable) tt = NULL;

  g_assert_true (g_file_set_contents (path, "geen database", -1, NULL));
  tt = sk_timetable_load (path, &error);
  g_assert_null (tt);
  g_assert_nonnull (error);
  sk_test_tmpdir_remove (dir);
}

static void
test_destinations (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) d = sk_ov_destinations_load_default (&error);
  g_autoptr(SkOvDestination) zwolle = NULL;
  g_autoptr(SkOvDestination) bad = NULL;
  int start, end;

  g_assert_no_error (error);
  g_assert_cmpuint (d->len, ==, 5);
  for (guint i = 0; i < d->len; i++)
    g_assert_nonnull (((SkOvDestination *) g_ptr_array_index (d, i))->source);
  zwolle = sk_ov_destination_parse ("zwolle", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zwolle->name, ==, "Zwolle");
  g_assert_true (zwolle->centre);
  bad = sk_ov_destination_parse ("Atlantis", NULL, &error);
  g_assert_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (sk_ov_destination_parse ("X@52.5", NULL, &error));
  g_assert_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (sk_ov_parse_window ("23:30-24:30", &start, &end, NULL));
  g_assert_cmpint (end, ==, 24 * 3600 + 1800);
  g_assert_false (sk_ov_parse_window ("09:00-08:00", &start, &end, &error));
  g_assert_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data = sk_test_tmpdir_new ("xdg-ov");
  int status;

  /* Its own data folder, set before GLib reads it once and keeps it. */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/timetable-input/bad/", bad_cases[i].name, NULL);

      g_test_add_data_func (path, &bad_cases[i], test_bad_input);
    }
  g_test_add_func ("/timetable-input/no-calendar", test_no_calendar);
  g_test_add_func ("/timetable-input/zip-and-clip", test_zip_and_clip);
  g_test_add_func ("/timetable-input/clip-empty", test_clip_empty);
  g_test_add_func ("/timetable-input/import-store", test_import_store);
  g_test_add_func ("/timetable-input/corrupt-store", test_corrupt_store);
  g_test_add_func ("/timetable-input/trip-transfer-rule", test_trip_transfer_rule);
  g_test_add_func ("/timetable-input/destinations", test_destinations);
  status = g_test_run ();
  sk_test_tmpdir_remove (data);
  return status;
}
