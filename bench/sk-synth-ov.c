/* sk-synth-ov.c — the synthetic bus feed and region of the
 * public-transport benchmarks (sk-synth-ov.h). */
#include "sk-synth-ov.h"

#include <glib/gstdio.h>

static void
write_text (const char *dir,
            const char *name,
            GString    *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, text->str, (gssize) text->len, &error))
    g_error ("%s", error->message);
}

/* One line along a row (ROW TRUE) or column I, both ways, hourly. */
static void
write_line (GString *trips,
            GString *times,
            gboolean row,
            int      i)
{
  for (int dir = 0; dir < 2; dir++)
    for (int hour = 6; hour <= 21; hour++)
      {
        g_string_append_printf (trips, "L%c%d,ALL,%c%d-%d-%d\n", row ? 'r' : 'c', i,
                                row ? 'r' : 'c', i, dir, hour);
        for (int k = 0; k < SK_SYNTH_OV_GRID; k++)
          {
            int j = dir == 0 ? k : SK_SYNTH_OV_GRID - 1 - k;
            /* 1 min 45 s a stop, staggered so lines do not all meet on the hour */
            int t = hour * 3600 + (i * 7 % 60) * 60 + k * 105;

            g_string_append_printf (times, "%c%d-%d-%d,%02d:%02d:%02d,%02d:%02d:%02d,S%d_%d,%d\n",
                                    row ? 'r' : 'c', i, dir, hour, t / 3600, t / 60 % 60, t % 60,
                                    t / 3600, t / 60 % 60, t % 60, row ? i : j, row ? j : i, k);
          }
      }
}

void
sk_synth_ov_write_feed (const char *dir)
{
  g_autoptr(GString) stops = g_string_new ("stop_id,stop_name,stop_lat,stop_lon\n");
  g_autoptr(GString) routes = g_string_new ("route_id,route_short_name,route_type\n");
  g_autoptr(GString) trips = g_string_new ("route_id,service_id,trip_id\n");
  g_autoptr(GString) times = g_string_new ("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
  g_autoptr(GString) agency = g_string_new ("agency_name,agency_url,agency_timezone\n"
                                            "Synthetisch,https://example.org,Europe/Amsterdam\n");
  g_autoptr(GString) cal = g_string_new ("service_id,monday,tuesday,wednesday,thursday,friday,"
                                         "saturday,sunday,start_date,end_date\n"
                                         "ALL,1,1,1,1,1,1,1,20260101,20281231\n");
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);

  for (int r = 0; r < SK_SYNTH_OV_GRID; r++)
    for (int c = 0; c < SK_SYNTH_OV_GRID; c++)
      g_string_append_printf (stops, "S%d_%d,Halte %d-%d,%.6f,%.6f\n", r, c, r, c,
                              SK_SYNTH_OV_LAT0 + r * SK_SYNTH_OV_DLAT + g_rand_double_range (rand, -0.001, 0.001),
                              SK_SYNTH_OV_LON0 + c * SK_SYNTH_OV_DLON + g_rand_double_range (rand, -0.0015, 0.0015));
  for (int i = 0; i < SK_SYNTH_OV_GRID; i++)
    {
      g_string_append_printf (routes, "Lr%d,%d,3\nLc%d,%d,3\n", i, 100 + i, i, 200 + i);
      write_line (trips, times, TRUE, i);
      write_line (trips, times, FALSE, i);
    }
  write_text (dir, "agency.txt", agency);
  write_text (dir, "stops.txt", stops);
  write_text (dir, "routes.txt", routes);
  write_text (dir, "trips.txt", trips);
  write_text (dir, "stop_times.txt", times);
  write_text (dir, "calendar.txt", cal);
}

SkRegion *
sk_synth_ov_region (guint       n,
                    const char *id,
                    gboolean    with_gp)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SkRegion *region;

  g_string_append_printf (json, "{\"schema\": \"samenkaart-region/1\", \"id\": \"%s\", "
                          "\"name\": \"Bench\", \"description\": \"synthetisch\", "
                          "\"sources\": [{\"id\": \"s\", \"title\": \"synthetisch\", "
                          "\"url\": null, \"licence\": \"CC0\"}], \"kernen\": [", id);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"k%u\", \"name\": \"Kern %u\", \"lat\": %.6f, "
                            "\"lon\": %.6f, \"inhabitants\": %u, \"source\": \"s\"}",
                            i > 0 ? "," : "", i, i,
                            g_rand_double_range (rand, SK_SYNTH_OV_LAT0 + 0.02,
                                                 SK_SYNTH_OV_LAT0 + (SK_SYNTH_OV_GRID - 3) * SK_SYNTH_OV_DLAT),
                            g_rand_double_range (rand, SK_SYNTH_OV_LON0 + 0.03,
                                                 SK_SYNTH_OV_LON0 + (SK_SYNTH_OV_GRID - 3) * SK_SYNTH_OV_DLON),
                            (guint) g_rand_int_range (rand, 100, 5000));
  g_string_append (json, "], \"facilities\": [");
  if (with_gp)
    g_string_append_printf (json, "{\"type\": \"huisarts\", \"name\": \"Huisarts\", "
                            "\"lat\": %.6f, \"lon\": %.6f, \"position\": \"exact\", \"source\": \"s\"}",
                            SK_SYNTH_OV_LAT0 + 0.2, SK_SYNTH_OV_LON0 + 0.3);
  g_string_append (json, "], \"streams\": [], \"roads\": []}");
  bytes = g_bytes_new (json->str, json->len);
  region = sk_region_new_from_bytes (bytes, id, &error);
  if (region == NULL)
    g_error ("%s", error->message);
  return region;
}
