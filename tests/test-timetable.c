/* test-timetable.c — travel times by bus and train on a feed built by
 * hand (tests/fixtures/gtfs/mini, region ov-region.json), each answer
 * worked out below.
 *
 * The feed: R1 Aadorp (A) → Beedorp (B) at 07:00, 07:30, 08:00, 20 min;
 * R2 Beedorp station (B2, 100 m north of B) → Doel (Z) at 07:23, 07:53,
 * 08:23, 40 min; transfers.txt B → B2 at least 300 s; R3 Ceedorp (C) →
 * B 07:03 → 07:43 on 2026-03-10 only (calendar_dates); R4 A → B at
 * 24:10 → 24:40 (past midnight). Weekdays 2026-03-02 … 2026-03-31.
 * Every kern lies on its stop, so walking to it takes 0 s, except
 * Deedorp (0.027° south of A: 3002 m crow-fly) and Midden (halfway A–B).
 * Window 07:00–07:10: ten departure minutes. Median: the 5th of the ten
 * sorted times (nearest rank), p80 the 8th, no arrival counting as +∞.
 */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sk-ov-private.h"
#include "sk-timetable.h"

typedef struct
{
  SkRegion *region;
  SkKengetallen *k;
  SkTimetable *tt;
  GPtrArray *dests;
} Fixture;

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "gtfs", name, NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *region = fixture_path ("ov-region.json");
  g_autofree char *feed = fixture_path ("mini");
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Beedorp", "Doel@52.5,6.09" };

  f->region = sk_region_load (region, &error);
  g_assert_no_error (error);
  f->k = sk_kengetallen_load_default (&error);
  g_assert_no_error (error);
  f->tt = sk_timetable_read_gtfs (feed, f->region, NULL, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f->dests = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_ov_destination_free);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_ptr_array_add (f->dests, sk_ov_destination_parse (names[i], f->region, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_ptr_array_unref (f->dests);
  sk_timetable_unref (f->tt);
  sk_kengetallen_free (f->k);
  g_object_unref (f->region);
}

static SkOvQuery
query (int          day,
       const char  *window,
       SkMode       access)
{
  SkOvQuery q = { 0 };

  g_date_clear (&q.date, 1);
  g_date_set_dmy (&q.date, (GDateDay) day, G_DATE_MARCH, 2026);
  g_assert_true (sk_ov_parse_window (window, &q.window_start, &q.window_end, NULL));
  q.access = access;
  return q;
}

static SkOvResult *
compute (Fixture           *f,
         const SkOvQuery   *q,
         const SkOvOverlay *overlay)
{
  g_autoptr(GError) error = NULL;
  SkOvResult *r = sk_ov_compute (f->tt, f->region, f->k, q,
                                 (SkOvDestination *const *) f->dests->pdata, f->dests->len,
                                 overlay, NULL, &error);

  g_assert_no_error (error);
  return r;
}

enum { AADORP, BEEDORP, CEEDORP, DEEDORP, MIDDEN };
enum { TO_BEEDORP, TO_DOEL };

static void
assert_times (SkOvResult *r,
              size_t      kern,
              size_t      dest,
              double      median,
              double      p80,
              double      best)
{
  const SkOvTimes *t = sk_ov_result_get_times (r, kern, dest);

  if (isnan (median))
    g_assert_true (isnan (t->median_minutes));
  else
    g_assert_cmpfloat_with_epsilon (t->median_minutes, median, 0.02);
  if (isnan (p80))
    g_assert_true (isnan (t->p80_minutes));
  else
    g_assert_cmpfloat_with_epsilon (t->p80_minutes, p80, 0.02);
  if (isnan (best))
    g_assert_true (isnan (t->best_minutes));
  else
    g_assert_cmpfloat_with_epsilon (t->best_minutes, best, 0.02);
}

/* One of R's notes holds WORDS, and none the jargon "omrijfactor"
 * (B1 Dutch: the user reads these under the OV figures). */
static void
assert_note (SkOvResult *r,
             const char *words)
{
  const char *const *notes = sk_ov_result_get_notes (r);
  gboolean found = FALSE;

  g_assert_nonnull (notes);
  for (; *notes != NULL; notes++)
    {
      g_assert_null (strstr (*notes, "omrijfactor"));
      found = found || strstr (*notes, words) != NULL;
    }
  g_assert_true (found);
}

/* The reader keeps the stops vehicles call at (not the station row) and
 * every trip; the once-only service runs on its one day. */
static void
test_read (Fixture       *f,
           gconstpointer  data)
{
  GDate day, first, last;

  g_assert_cmpuint (sk_timetable_get_n_stops (f->tt), ==, 5);
  g_assert_cmpuint (sk_timetable_get_n_trips (f->tt), ==, 8);
  g_assert_cmpuint (sk_timetable_get_n_stop_times (f->tt), ==, 16);
  g_assert_cmpuint (sk_timetable_get_n_transfer_rules (f->tt), ==, 1);
  g_assert_true (sk_timetable_get_date_range (f->tt, &first, &last));
  g_assert_cmpint (g_date_get_day (&first), ==, 2);
  g_assert_cmpint (g_date_get_day (&last), ==, 31);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 10, G_DATE_MARCH, 2026);   /* a Tuesday: 7 weekday trips + once */
  g_assert_cmpuint (sk_timetable_count_trips_on (f->tt, &day), ==, 8);
  g_date_set_dmy (&day, 11, G_DATE_MARCH, 2026);
  g_assert_cmpuint (sk_timetable_count_trips_on (f->tt, &day), ==, 7);
  g_date_set_dmy (&day, 14, G_DATE_MARCH, 2026);   /* Saturday */
  g_assert_cmpuint (sk_timetable_count_trips_on (f->tt, &day), ==, 0);
}

/* Direct trip, Aadorp → Beedorp: leaving 07:00 the 07:00 bus, 20 min;
 * leaving 07:01 … 07:09 the 07:30 bus arriving 07:50: 49 … 41 min.
 * Sorted 20, 41, 42, 43, 44 | …, 47 … → median 44, p80 47, best 20.
 * Transfer, Aadorp → Doel: at B 07:20; B → B2 takes 300 s (transfers.txt;
 * the 94 s walk and the 120 s default would catch the 07:23), so the
 * 07:53 → 08:33: 93 min; leaving later, B 07:50, the 08:23 → 09:03:
 * 122 … 114. Sorted 93, 114, 115, 116, 117 → median 117, p80 120, best 93. */
static void
test_direct_and_transfer (Fixture       *f,
                          gconstpointer  data)
{
  SkOvQuery q = query (10, "07:00-07:10", SK_MODE_LOPEN);
  g_autoptr(SkOvResult) r = compute (f, &q, NULL);

  g_assert_cmpuint (sk_ov_result_get_n_minutes (r), ==, 10);
  assert_times (r, AADORP, TO_BEEDORP, 44, 47, 20);
  g_assert_cmpfloat_with_epsilon (sk_ov_result_get_minute (r, AADORP, TO_BEEDORP, 0), 20, 0.01);
  g_assert_cmpfloat_with_epsilon (sk_ov_result_get_minute (r, AADORP, TO_BEEDORP, 9), 41, 0.01);
  assert_times (r, AADORP, TO_DOEL, 117, 120, 93);
  g_assert_true (sk_ov_result_get_times (r, AADORP, TO_DOEL)->by_transit);
  /* Beedorp to itself: there already, 0 minutes. */
  assert_times (r, BEEDORP, TO_BEEDORP, 0, 0, 0);
  /* No road network: the note says so in the reach panel's plain words. */
  assert_note (r, "de afstand in rechte lijn, met wat omrijden erbij");
}

/* The trip that runs once, Ceedorp 07:03 → Beedorp 07:43: leaving 07:00
 * … 07:03 gives 43, 42, 41, 40; the six later minutes have no way within
 * 3 h. More than half the window without arrival: median and p80 null,
 * best still 40. On the next day the trip does not run: all null. */
static void
test_runs_once_and_null_rules (Fixture       *f,
                               gconstpointer  data)
{
  SkOvQuery q = query (10, "07:00-07:10", SK_MODE_LOPEN);
  SkOvQuery next = query (11, "07:00-07:10", SK_MODE_LOPEN);
  g_autoptr(SkOvResult) r = compute (f, &q, NULL);
  g_autoptr(SkOvResult) n = compute (f, &next, NULL);

  assert_times (r, CEEDORP, TO_BEEDORP, NAN, NAN, 40);
  g_assert_true (isnan (sk_ov_result_get_minute (r, CEEDORP, TO_BEEDORP, 4)));
  assert_times (n, CEEDORP, TO_BEEDORP, NAN, NAN, NAN);
  /* Aadorp is unchanged by the once-only trip. */
  assert_times (n, AADORP, TO_BEEDORP, 44, 47, 20);
}

/* A window of 00:00–00:10 on Wednesday sees Tuesday's 24:10 → 24:40 night
 * bus as 00:10 → 00:40: 40 … 31 min, median 35, p80 38, best 31. The same
 * trip asked for as 24:00–24:10 on Tuesday gives the same. */
static void
test_past_midnight (Fixture       *f,
                    gconstpointer  data)
{
  SkOvQuery wed = query (11, "00:00-00:10", SK_MODE_LOPEN);
  SkOvQuery tue = query (10, "24:00-24:10", SK_MODE_LOPEN);
  g_autoptr(SkOvResult) a = compute (f, &wed, NULL);
  g_autoptr(SkOvResult) b = compute (f, &tue, NULL);

  assert_times (a, AADORP, TO_BEEDORP, 35, 38, 31);
  assert_times (b, AADORP, TO_BEEDORP, 35, 38, 31);
}

/* Deedorp is 3002 m from stop A as the crow flies: × 1.3 detour = 3903 m,
 * beyond the 1200 m walk: on foot nothing. By bike at 15 km/h 937 s plus
 * 120 s to park = 1057 s: from 07:00 at A by 07:17:37, the 07:30 bus,
 * Beedorp 07:50: 50 … 41 min; median 45, p80 48, best 41. */
static void
test_bike_or_foot (Fixture       *f,
                   gconstpointer  data)
{
  SkOvQuery walk = query (10, "07:00-07:10", SK_MODE_LOPEN);
  SkOvQuery bike = query (10, "07:00-07:10", SK_MODE_FIETS);
  g_autoptr(SkOvResult) w = compute (f, &walk, NULL);
  g_autoptr(SkOvResult) b = compute (f, &bike, NULL);

  assert_times (w, DEEDORP, TO_BEEDORP, NAN, NAN, NAN);
  assert_times (b, DEEDORP, TO_BEEDORP, 45, 48, 41);
}

/* "Binnen een uur", destination Beedorp only (no centre: it counts):
 * Aadorp (1000, median 44) and Beedorp (2000, 0) are within 60 min;
 * Ceedorp (500, null), Deedorp (400, null) and Midden (100, null on
 * foot) are not: 3000 / 4000 = 0.75. */
static void
test_within_60 (Fixture       *f,
                gconstpointer  data)
{
  SkOvQuery q = query (10, "07:00-07:10", SK_MODE_LOPEN);
  g_autoptr(SkOvResult) r = NULL;

  g_ptr_array_set_size (f->dests, 1);
  r = compute (f, &q, NULL);
  g_assert_cmpfloat_with_epsilon (sk_ov_result_get_within_60_share (r), 0.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (sk_ov_result_get_centre_median (r, AADORP), 44, 0.01);
}

static void
assert_same (SkOvResult *a,
             SkOvResult *b)
{
  for (size_t k = 0; k < sk_ov_result_get_n_kernen (a); k++)
    for (size_t d = 0; d < sk_ov_result_get_n_dests (a); d++)
      for (size_t m = 0; m < sk_ov_result_get_n_minutes (a); m++)
        {
          double x = sk_ov_result_get_minute (a, k, d, m), y = sk_ov_result_get_minute (b, k, d, m);

          g_assert_true ((isnan (x) && isnan (y)) || fabs (x - y) < 1e-6);
        }
}

/* A buurtbus Deedorp → Beedorp, 600 s, every 30 min from 07:05 to 07:35,
 * both ways. Deedorp leaving 07:00 … 07:05: the 07:05, at 07:15: 15 …
 * 10 min; 07:06 … 07:09: the 07:35, at 07:45: 39 … 36. Sorted 10, 11, 12,
 * 13, 14 → median 14, p80 37, best 10. The incremental result equals the
 * full one and searches only the kernen the line can change. */
static void
test_buurtbus (Fixture       *f,
               gconstpointer  data)
{
  SkOvQuery q = query (10, "07:00-07:10", SK_MODE_LOPEN);
  SkLatLon line[] = { { 52.773, 6.400 }, { 52.800, 6.500 } };
  double seconds[] = { 600 };
  g_autoptr(SkOvOverlay) o = sk_ov_overlay_new ();
  g_autoptr(SkOvResult) before = compute (f, &q, NULL);
  g_autoptr(SkOvResult) full = NULL;
  g_autoptr(SkOvResult) after = NULL;
  g_autoptr(SkOvResult) back = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_ov_overlay_add_line (o, line, 2, 30, 7 * 3600 + 300, 7 * 3600 + 2100, 0,
                                         seconds, &error));
  g_assert_no_error (error);
  full = compute (f, &q, o);
  assert_times (full, DEEDORP, TO_BEEDORP, 14, 37, 10);
  assert_times (full, AADORP, TO_BEEDORP, 44, 47, 20);
  after = sk_ov_compute_after (before, o, NULL, &error);
  g_assert_no_error (error);
  assert_same (full, after);
  g_assert_cmpuint (sk_ov_result_get_n_searched (after), <, sk_ov_result_get_n_kernen (after));
  g_assert_cmpuint (sk_ov_result_get_n_searched (after), >=, 1);
  /* Taking the line away again (from a result that had it): as before. */
  back = sk_ov_compute_after (full, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_same (back, before);
  /* Nonsense is refused with a message. */
  g_assert_false (sk_ov_overlay_add_line (o, line, 2, 0, 0, 60, 30, NULL, &error));
  g_assert_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_INVALID);
}

static void
assert_same_times (SkOvResult *a,
                   SkOvResult *b)
{
  assert_same (a, b);
  g_assert_cmpuint (sk_ov_result_get_n_searched (a), ==, sk_ov_result_get_n_searched (b));
  for (size_t k = 0; k < sk_ov_result_get_n_kernen (a); k++)
    for (size_t d = 0; d < sk_ov_result_get_n_dests (a); d++)
      g_assert_cmpint (sk_ov_result_get_times (a, k, d)->by_transit, ==,
                       sk_ov_result_get_times (b, k, d)->by_transit);
}

/* The kernen are shared out over threads: one thread or four give the
 * same minute in every cell, before and after the buurtbus, and a
 * cancelled search says so instead of giving half an answer. */
static void
test_threads (Fixture       *f,
              gconstpointer  data)
{
  SkOvQuery q = query (10, "07:00-07:10", SK_MODE_FIETS);
  SkLatLon line[] = { { 52.773, 6.400 }, { 52.800, 6.500 } };
  double seconds[] = { 600 };
  g_autoptr(SkOvOverlay) o = sk_ov_overlay_new ();
  g_autoptr(SkOvResult) one = NULL, four = NULL, one_after = NULL, four_after = NULL;
  g_autoptr(SkOvResult) stopped = NULL;
  g_autoptr(GCancellable) cancel = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_ov_overlay_add_line (o, line, 2, 30, 7 * 3600 + 300, 7 * 3600 + 2100, 0,
                                         seconds, &error));
  sk_ov_set_threads (1);
  one = compute (f, &q, NULL);
  one_after = sk_ov_compute_after (one, o, NULL, &error);
  g_assert_no_error (error);
  sk_ov_set_threads (4);
  four = compute (f, &q, NULL);
  four_after = sk_ov_compute_after (four, o, NULL, &error);
  g_assert_no_error (error);
  assert_same_times (one, four);
  assert_same_times (one_after, four_after);
  assert_times (four_after, DEEDORP, TO_BEEDORP, 14, 37, 10);
  g_cancellable_cancel (cancel);
  stopped = sk_ov_compute_after (four, o, cancel, &error);
  g_assert_null (stopped);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  sk_ov_set_threads (0);
}

/* A mobiliteitshub at stop A gives bike access there, also to people
 * who walk: Deedorp then as by bike (median 45). */
static void
test_hub (Fixture       *f,
          gconstpointer  data)
{
  SkOvQuery q = query (10, "07:00-07:10", SK_MODE_LOPEN);
  g_autoptr(SkOvOverlay) o = sk_ov_overlay_new ();
  g_autoptr(SkOvResult) r = NULL;

  g_autoptr(SkOvResult) before = compute (f, &q, NULL);
  g_autoptr(SkOvResult) after = NULL;
  g_autoptr(GError) error = NULL;

  sk_ov_overlay_add_hub (o, 52.8001, 6.4001);
  r = compute (f, &q, o);
  assert_times (r, DEEDORP, TO_BEEDORP, 45, 48, 41);
  after = sk_ov_compute_after (before, o, NULL, &error);
  g_assert_no_error (error);
  assert_same (r, after);
}

/* A new stop at Midden, halfway A → B: the buses call at 07:10 (+30 s
 * dwell) and reach B at 07:20:30. Midden leaving 07:00 … 07:09:
 * 20.5 … 11.5 min; median 15.5, p80 18.5, best 11.5. Aadorp's 07:00
 * bus now arrives 30 s later: best 20.5. */
static void
test_new_stop (Fixture       *f,
               gconstpointer  data)
{
  SkOvQuery q = query (10, "07:00-07:10", SK_MODE_LOPEN);
  g_autoptr(SkOvOverlay) o = sk_ov_overlay_new ();
  g_autoptr(SkOvResult) r = NULL;

  sk_ov_overlay_add_stop (o, 52.8002, 6.450);
  r = compute (f, &q, o);
  assert_times (r, MIDDEN, TO_BEEDORP, 15.5, 18.5, 11.5);
  assert_times (r, AADORP, TO_BEEDORP, 44.5, 47.5, 20.5);
}

/* With a road network the bike follows it: Deedorp → (52.773, 6.43) →
 * (52.800, 6.43) → A is 2018 + 3002 + 2017 = 7037 m (within 7.5 km), at
 * 15 km/h 1689 s plus 120 s to park = 1809 s: leaving 07:00 Deedorp is at
 * A 07:30:09 and misses the 07:30 bus; the 08:00 reaches Beedorp 08:20:
 * 80 … 71 min, median 75, p80 78, best 71 (crow-fly said 45 / 48 / 41).
 * Stops off the network (B, 4.7 km from the nearest road) stay crow-fly:
 * Aadorp → Beedorp is as before. */
static void
test_network_access (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("ov-net-XXXXXX", NULL);
  g_autofree char *src = fixture_path ("ov-region.json");
  g_autofree char *json = g_build_filename (dir, "region.json", NULL);
  g_autofree char *bin = g_build_filename (dir, "network.bin", NULL);
  g_autofree char *text = NULL;
  g_autoptr(SkNetworkBuilder) nb = sk_network_builder_new ();
  g_autoptr(SkRegion) region = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkOvResult) r = NULL, full = NULL, after = NULL;
  g_autoptr(SkOvOverlay) o = sk_ov_overlay_new ();
  SkLatLon line[] = { { 52.773, 6.400 }, { 52.800, 6.500 } };
  double seconds[] = { 600 };
  SkOvQuery q = query (10, "07:00-07:10", SK_MODE_FIETS);
  guint32 n[4];
  gsize len;

  g_assert_true (g_file_get_contents (src, &text, &len, NULL));
  g_assert_true (g_file_set_contents (json, text, (gssize) len, NULL));
  n[0] = sk_network_builder_add_node (nb, 52.773, 6.400);
  n[1] = sk_network_builder_add_node (nb, 52.773, 6.430);
  n[2] = sk_network_builder_add_node (nb, 52.800, 6.430);
  n[3] = sk_network_builder_add_node (nb, 52.800, 6.400);
  for (int i = 0; i < 3; i++)
    sk_network_builder_add_edge (nb, n[i], n[i + 1], -1, SK_ROAD_TERTIARY, SK_ACCESS_ALL, 0);
  g_assert_true (sk_network_builder_save (nb, bin, &error));
  g_assert_no_error (error);
  region = sk_region_load (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sk_region_get_network (region));
  r = sk_ov_compute (f->tt, region, f->k, &q, (SkOvDestination *const *) f->dests->pdata,
                     f->dests->len, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_times (r, DEEDORP, TO_BEEDORP, 75, 78, 71);
  assert_times (r, AADORP, TO_BEEDORP, 44, 47, 20);
  assert_note (r, "volgen het wegennet");
  assert_note (r, "de afstand in rechte lijn, met wat omrijden erbij");
  /* A buurtbus from a stop on the network: after the edit (the graph
   * before it, extended) as when searched in full, and quicker. */
  g_assert_true (sk_ov_overlay_add_line (o, line, 2, 30, 7 * 3600 + 300, 7 * 3600 + 2100, 0,
                                         seconds, &error));
  full = sk_ov_compute (f->tt, region, f->k, &q, (SkOvDestination *const *) f->dests->pdata,
                        f->dests->len, o, NULL, &error);
  g_assert_no_error (error);
  after = sk_ov_compute_after (r, o, NULL, &error);
  g_assert_no_error (error);
  assert_same (full, after);
  g_assert_cmpfloat (sk_ov_result_get_times (after, DEEDORP, TO_BEEDORP)->best_minutes, <, 71);
  g_unlink (json);
  g_unlink (bin);
  g_rmdir (dir);
}

/* The Dijkstra reference gives the same minutes on this feed (no trip
 * needs more than two vehicles). */
static void
test_dijkstra_agrees (Fixture       *f,
                      gconstpointer  data)
{
  SkOvQuery q = query (10, "07:00-07:10", SK_MODE_FIETS);
  g_autoptr(SkOvResult) a = compute (f, &q, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkOvResult) b = sk_ov_compute_dijkstra (f->tt, f->region, f->k, &q,
                                                    (SkOvDestination *const *) f->dests->pdata,
                                                    f->dests->len, NULL, NULL, &error);

  g_assert_no_error (error);
  assert_same (a, b);
}

/* A date outside the calendar: a message naming the calendar's days. */
static void
test_date_outside (Fixture       *f,
                   gconstpointer  data)
{
  SkOvQuery q = query (10, "07:00-07:10", SK_MODE_LOPEN);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkOvResult) r = NULL;

  g_date_set_dmy (&q.date, 1, G_DATE_MAY, 2026);
  r = sk_ov_compute (f->tt, f->region, f->k, &q, (SkOvDestination *const *) f->dests->pdata,
                     f->dests->len, NULL, NULL, &error);
  g_assert_null (r);
  g_assert_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_NO_SERVICE);
  g_assert_nonnull (strstr (error->message, "2026-05-01"));
  g_assert_nonnull (strstr (error->message, "2026-03-02"));
  g_assert_nonnull (strstr (error->message, "2026-03-31"));
}

/* The floor that lets the graph skip far stops is never above the
 * haversine distance (from a point to any point of a box), and close to
 * it for points a few kilometres apart: a stop is skipped only when it is
 * out of reach. */
static void
test_distance_floor (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);

  for (int i = 0; i < 20000; i++)
    {
      double lat = g_rand_double_range (rand, -80, 80), lon = g_rand_double_range (rand, -179, 179);
      double span = i % 2 ? 0.05 : 20.0;
      double step = g_rand_double_range (rand, -span, span);
      double qlat = CLAMP (lat + step, -89.9, 89.9);
      double qlon = lon + g_rand_double_range (rand, -span, span);
      double d = sk_geo_haversine_m (lat, lon, qlat, qlon);
      SkOvBox at = { qlat, qlat, qlon, qlon };
      SkOvBox around = { qlat - 0.01, qlat + 0.01, qlon - 0.01, qlon + 0.01 };

      g_assert_cmpfloat (sk_ov_distance_floor_m (lat, lon, &at), <=, d);
      g_assert_cmpfloat (sk_ov_distance_floor_m (lat, lon, &around), <=, d);
      if (i % 2 && lat > 50 && lat < 54)
        g_assert_cmpfloat (sk_ov_distance_floor_m (lat, lon, &at), >=, 0.6 * d);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  g_test_add_func ("/timetable/distance-floor", test_distance_floor);
  ADD ("/timetable/read", test_read);
  ADD ("/timetable/direct-and-transfer", test_direct_and_transfer);
  ADD ("/timetable/runs-once-null-rules", test_runs_once_and_null_rules);
  ADD ("/timetable/past-midnight", test_past_midnight);
  ADD ("/timetable/bike-or-foot", test_bike_or_foot);
  ADD ("/timetable/within-60", test_within_60);
  ADD ("/timetable/buurtbus", test_buurtbus);
  ADD ("/timetable/threads", test_threads);
  ADD ("/timetable/hub", test_hub);
  ADD ("/timetable/new-stop", test_new_stop);
  ADD ("/timetable/network-access", test_network_access);
  ADD ("/timetable/dijkstra-agrees", test_dijkstra_agrees);
  ADD ("/timetable/date-outside-calendar", test_date_outside);
#undef ADD
  return g_test_run ();
}
