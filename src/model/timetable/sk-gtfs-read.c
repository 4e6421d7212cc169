/* sk-gtfs-read.c — a GTFS feed into an SkTimetable, clipped to a region.
 *
 * stop_times.txt is read twice when clipping: first to find the trips
 * that call in the region, then to keep only their stop times, so the
 * memory follows the region, not the national feed. */
#include "sk-config.h"
#include "sk-gtfs-csv.h"
#include "sk-timetable-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Around a destination outside the region, stops this near are kept
 * (and with them every trip that calls there). Walking distance of a
 * station area; aanname. */
#define KEEP_RADIUS_M 1500.0

typedef struct
{
  SkGtfsFeed *feed;
  SkTimetableProgress progress;
  gpointer user_data;
  GCancellable *cancellable;
  GArray *stops;            /* SkTransitStop, all of stops.txt */
  GHashTable *stop_ids;     /* id → index + 1 */
  gboolean *stop_inside;    /* per stop: in the clip area */
  GHashTable *route_ids;
  GHashTable *service_ids;
  GHashTable *trip_ids;     /* id → index + 1 into trips */
  SkTimetable *tt;
  gboolean clip;
  gboolean *trip_keep;
} Reader;

typedef struct
{
  guint32 trip;
  guint32 seq;
  guint32 stop;
  gint32 arr;               /* -1: empty in the file */
  gint32 dep;
  guint32 line;
} Row;

static gboolean
report (Reader      *r,
        double       fraction,
        const char  *stage,
        GError     **error)
{
  if (r->progress != NULL)
    r->progress (fraction, stage, r->user_data);
  return !g_cancellable_set_error_if_cancelled (r->cancellable, error);
}

/* H:MM:SS, hours may pass 24 (a trip after midnight of its service day). */
static gboolean
parse_time (const char *s,
            gint32     *out)
{
  unsigned h, m, sec;
  int n = 0;

  if (sscanf (s, "%u:%2u:%2u%n", &h, &m, &sec, &n) != 3 || s[n] != '\0' || m > 59
      || sec > 59 || h > 99)
    return FALSE;
  *out = (gint32) (h * 3600 + m * 60 + sec);
  return TRUE;
}

static gboolean
parse_date (const char *s,
            guint32    *julian)
{
  unsigned y, m, d;
  GDate date;

  if (strlen (s) != 8 || sscanf (s, "%4u%2u%2u", &y, &m, &d) != 3
      || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  *julian = g_date_get_julian (&date);
  return TRUE;
}

static gboolean
parse_double (const char *s,
              double      lo,
              double      hi,
              double     *out)
{
  char *end = NULL;

  if (*s == '\0')
    return FALSE;
  *out = g_ascii_strtod (s, &end);
  return end != NULL && *end == '\0' && isfinite (*out) && *out >= lo && *out <= hi;
}

static gboolean
read_agency (Reader  *r,
             GError **error)
{
  g_autoptr(SkCsv) csv = sk_csv_open (r->feed, "agency.txt", error);
  GError *local = NULL;

  if (csv == NULL || sk_csv_require (csv, "agency_name", error) < 0)
    return FALSE;
  while (sk_csv_next (csv, &local))
    ;
  if (local != NULL)
    g_propagate_error (error, local);
  return local == NULL;
}

static gboolean
read_stop_row (Reader  *r,
               SkCsv   *csv,
               int      c[5],
               GError **error)
{
  const char *id = sk_csv_get (csv, c[0]);
  const char *type = sk_csv_get (csv, c[4]);
  SkTransitStop stop = { 0 };

  /* Only places a vehicle calls at (0 or empty); stations, entrances and
   * nodes are left out. */
  if (*type != '\0' && strcmp (type, "0") != 0)
    return TRUE;
  if (*id == '\0')
    {
      sk_csv_set_error (csv, error, SK_TIMETABLE_ERROR_CSV, _("stop_id is leeg"));
      return FALSE;
    }
  if (g_hash_table_contains (r->stop_ids, id))
    {
      sk_csv_set_error (csv, error, SK_TIMETABLE_ERROR_CSV,
                        _("halte “%s” staat er twee keer in"), id);
      return FALSE;
    }
  if (!parse_double (sk_csv_get (csv, c[2]), -90, 90, &stop.lat)
      || !parse_double (sk_csv_get (csv, c[3]), -180, 180, &stop.lon))
    {
      sk_csv_set_error (csv, error, SK_TIMETABLE_ERROR_CSV,
                        _("halte “%s” heeft geen geldige stop_lat/stop_lon"), id);
      return FALSE;
    }
  stop.id = g_strdup (id);
  stop.name = g_strdup (sk_csv_get (csv, c[1]));
  g_array_append_val (r->stops, stop);
  g_hash_table_insert (r->stop_ids, stop.id, GUINT_TO_POINTER (r->stops->len));
  return TRUE;
}

static gboolean
read_stops (Reader  *r,
            GError **error)
{
  g_autoptr(SkCsv) csv = sk_csv_open (r->feed, "stops.txt", error);
  GError *local = NULL;
  int c[5];

  if (csv == NULL || (c[0] = sk_csv_require (csv, "stop_id", error)) < 0
      || (c[2] = sk_csv_require (csv, "stop_lat", error)) < 0
      || (c[3] = sk_csv_require (csv, "stop_lon", error)) < 0)
    return FALSE;
  c[1] = sk_csv_column (csv, "stop_name");
  c[4] = sk_csv_column (csv, "location_type");
  while (sk_csv_next (csv, &local))
    if (!read_stop_row (r, csv, c, &local))
      break;
  if (local != NULL)
    g_propagate_error (error, local);
  return local == NULL;
}

static gboolean
read_routes (Reader  *r,
             GError **error)
{
  g_autoptr(SkCsv) csv = sk_csv_open (r->feed, "routes.txt", error);
  GError *local = NULL;
  int c_id, c_short, c_long, c_type, c_agency;

  if (csv == NULL || (c_id = sk_csv_require (csv, "route_id", error)) < 0
      || (c_type = sk_csv_require (csv, "route_type", error)) < 0)
    return FALSE;
  c_short = sk_csv_column (csv, "route_short_name");
  c_long = sk_csv_column (csv, "route_long_name");
  c_agency = sk_csv_column (csv, "agency_id");
  while (sk_csv_next (csv, &local))
    {
      SkRoute route = { 0 };
      const char *id = sk_csv_get (csv, c_id);

      if (*id == '\0' || g_hash_table_contains (r->route_ids, id))
        {
          sk_csv_set_error (csv, &local, SK_TIMETABLE_ERROR_CSV,
                            _("route_id “%s” is leeg of staat er twee keer in"), id);
          break;
        }
      route.id = g_strdup (id);
      route.short_name = g_strdup (sk_csv_get (csv, c_short));
      route.long_name = g_strdup (sk_csv_get (csv, c_long));
      route.agency_id = g_strdup (sk_csv_get (csv, c_agency));
      route.type = atoi (sk_csv_get (csv, c_type));
      g_array_append_val (r->tt->routes, route);
      g_hash_table_insert (r->route_ids, route.id, GUINT_TO_POINTER (r->tt->routes->len));
    }
  if (local != NULL)
    g_propagate_error (error, local);
  return local == NULL;
}

static SkService *
service_for (Reader     *r,
             const char *id)
{
  guint idx = GPOINTER_TO_UINT (g_hash_table_lookup (r->service_ids, id));
  SkService s = { 0 };

  if (idx > 0)
    return &g_array_index (r->tt->services, SkService, idx - 1);
  s.id = g_strdup (id);
  s.added = g_array_new (FALSE, FALSE, sizeof (guint32));
  s.removed = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_val (r->tt->services, s);
  g_hash_table_insert (r->service_ids, s.id, GUINT_TO_POINTER (r->tt->services->len));
  return &g_array_index (r->tt->services, SkService, r->tt->services->len - 1);
}

static gboolean
read_calendar (Reader  *r,
               GError **error)
{
  static const char *days[] = { "monday", "tuesday", "wednesday", "thursday",
                                "friday", "saturday", "sunday" };
  g_autoptr(SkCsv) csv = sk_csv_open (r->feed, "calendar.txt", error);
  GError *local = NULL;
  int c[7], c_id, c_start, c_end;

  if (csv == NULL || (c_id = sk_csv_require (csv, "service_id", error)) < 0
      || (c_start = sk_csv_require (csv, "start_date", error)) < 0
      || (c_end = sk_csv_require (csv, "end_date", error)) < 0)
    return FALSE;
  for (int d = 0; d < 7; d++)
    if ((c[d] = sk_csv_require (csv, days[d], error)) < 0)
      return FALSE;
  while (sk_csv_next (csv, &local))
    {
      SkService *s = service_for (r, sk_csv_get (csv, c_id));

      for (int d = 0; d < 7; d++)
        if (strcmp (sk_csv_get (csv, c[d]), "1") == 0)
          s->weekdays |= 1u << d;
      if (!parse_date (sk_csv_get (csv, c_start), &s->start_julian)
          || !parse_date (sk_csv_get (csv, c_end), &s->end_julian))
        {
          s->start_julian = 0;
          sk_csv_set_error (csv, &local, SK_TIMETABLE_ERROR_CSV,
                            _("start_date of end_date is geen datum als 20260131"));
          break;
        }
    }
  if (local != NULL)
    g_propagate_error (error, local);
  return local == NULL;
}

static gboolean
read_calendar_dates (Reader  *r,
                     GError **error)
{
  g_autoptr(SkCsv) csv = sk_csv_open (r->feed, "calendar_dates.txt", error);
  GError *local = NULL;
  int c_id, c_date, c_type;

  if (csv == NULL || (c_id = sk_csv_require (csv, "service_id", error)) < 0
      || (c_date = sk_csv_require (csv, "date", error)) < 0
      || (c_type = sk_csv_require (csv, "exception_type", error)) < 0)
    return FALSE;
  while (sk_csv_next (csv, &local))
    {
      const char *type = sk_csv_get (csv, c_type);
      guint32 julian;

      if (!parse_date (sk_csv_get (csv, c_date), &julian)
          || (strcmp (type, "1") != 0 && strcmp (type, "2") != 0))
        {
          sk_csv_set_error (csv, &local, SK_TIMETABLE_ERROR_CSV,
                            _("date moet een datum als 20260131 zijn en exception_type 1 of 2"));
          break;
        }
      g_array_append_val (type[0] == '1' ? service_for (r, sk_csv_get (csv, c_id))->added
                                         : service_for (r, sk_csv_get (csv, c_id))->removed,
                          julian);
    }
  if (local != NULL)
    g_propagate_error (error, local);
  return local == NULL;
}

static gboolean
read_trip_row (Reader  *r,
               SkCsv   *csv,
               int      c[3],
               GError **error)
{
  const char *id = sk_csv_get (csv, c[2]);
  guint route = GPOINTER_TO_UINT (g_hash_table_lookup (r->route_ids, sk_csv_get (csv, c[0])));
  guint service = GPOINTER_TO_UINT (g_hash_table_lookup (r->service_ids,
                                                         sk_csv_get (csv, c[1])));
  SkTrip trip = { 0 };

  if (route == 0 || service == 0)
    {
      sk_csv_set_error (csv, error, SK_TIMETABLE_ERROR_UNKNOWN_ID,
                        route == 0 ? _("route_id “%s” staat niet in routes.txt")
                                   : _("service_id “%s” staat niet in calendar.txt of "
                                       "calendar_dates.txt"),
                        sk_csv_get (csv, route == 0 ? c[0] : c[1]));
      return FALSE;
    }
  if (*id == '\0' || g_hash_table_contains (r->trip_ids, id))
    {
      sk_csv_set_error (csv, error, SK_TIMETABLE_ERROR_CSV,
                        _("trip_id “%s” is leeg of staat er twee keer in"), id);
      return FALSE;
    }
  trip.id = g_strdup (id);
  trip.route = route - 1;
  trip.service = service - 1;
  g_array_append_val (r->tt->trips, trip);
  g_hash_table_insert (r->trip_ids, trip.id, GUINT_TO_POINTER (r->tt->trips->len));
  return TRUE;
}

static gboolean
read_trips (Reader  *r,
            GError **error)
{
  g_autoptr(SkCsv) csv = sk_csv_open (r->feed, "trips.txt", error);
  GError *local = NULL;
  int c[3];

  if (csv == NULL || (c[0] = sk_csv_require (csv, "route_id", error)) < 0
      || (c[1] = sk_csv_require (csv, "service_id", error)) < 0
      || (c[2] = sk_csv_require (csv, "trip_id", error)) < 0)
    return FALSE;
  while (sk_csv_next (csv, &local))
    if (!read_trip_row (r, csv, c, &local))
      break;
  if (local != NULL)
    g_propagate_error (error, local);
  return local == NULL;
}


/* One row of stop_times.txt: trip and stop must be known. */
static gboolean
parse_time_row (Reader  *r,
                SkCsv   *csv,
                int      c[5],
                Row     *row,
                GError **error)
{
  const char *arr = sk_csv_get (csv, c[2]);
  const char *dep = sk_csv_get (csv, c[3]);
  guint trip = GPOINTER_TO_UINT (g_hash_table_lookup (r->trip_ids, sk_csv_get (csv, c[0])));
  guint stop = GPOINTER_TO_UINT (g_hash_table_lookup (r->stop_ids, sk_csv_get (csv, c[1])));
  char *end = NULL;
  guint64 seq = g_ascii_strtoull (sk_csv_get (csv, c[4]), &end, 10);

  if (trip == 0 || stop == 0)
    {
      sk_csv_set_error (csv, error, SK_TIMETABLE_ERROR_UNKNOWN_ID,
                        trip == 0 ? _("trip_id “%s” staat niet in trips.txt")
                                  : _("stop_id “%s” staat niet in stops.txt"),
                        sk_csv_get (csv, trip == 0 ? c[0] : c[1]));
      return FALSE;
    }
  if (end == NULL || *end != '\0' || end == sk_csv_get (csv, c[4]) || seq > G_MAXUINT32)
    {
      sk_csv_set_error (csv, error, SK_TIMETABLE_ERROR_CSV,
                        _("stop_sequence “%s” is geen geheel getal"), sk_csv_get (csv, c[4]));
      return FALSE;
    }
  row->trip = trip - 1;
  row->stop = stop - 1;
  row->seq = (guint32) seq;
  row->line = sk_csv_get_line (csv);
  row->arr = row->dep = -1;
  if ((*arr != '\0' && !parse_time (arr, &row->arr))
      || (*dep != '\0' && !parse_time (dep, &row->dep)))
    {
      sk_csv_set_error (csv, error, SK_TIMETABLE_ERROR_BAD_TIME,
                        _("“%s” is geen tijd als 08:15:00 (na middernacht mag 25:10:00)"),
                        (*arr != '\0' && !parse_time (arr, &row->arr)) ? arr : dep);
      return FALSE;
    }
  if (row->arr < 0)
    row->arr = row->dep;
  if (row->dep < 0)
    row->dep = row->arr;
  return TRUE;
}

/* PASS 1 (clipping): marks the trips that call at a stop in the area.
 * PASS 2: collects the rows of the kept trips. */
static gboolean
read_stop_times (Reader  *r,
                 int      pass,
                 GArray  *rows,
                 GError **error)
{
  g_autoptr(SkCsv) csv = sk_csv_open (r->feed, "stop_times.txt", error);
  GError *local = NULL;
  double base = pass == 1 ? 0.15 : (r->clip ? 0.5 : 0.15);
  double span = r->clip ? 0.35 : 0.7;
  int c[5];
  guint n = 0;

  if (csv == NULL || (c[0] = sk_csv_require (csv, "trip_id", error)) < 0
      || (c[1] = sk_csv_require (csv, "stop_id", error)) < 0
      || (c[2] = sk_csv_require (csv, "arrival_time", error)) < 0
      || (c[3] = sk_csv_require (csv, "departure_time", error)) < 0
      || (c[4] = sk_csv_require (csv, "stop_sequence", error)) < 0)
    return FALSE;
  while (sk_csv_next (csv, &local))
    {
      Row row;

      if (!parse_time_row (r, csv, c, &row, &local))
        break;
      if (pass == 1 && r->stop_inside[row.stop])
        r->trip_keep[row.trip] = TRUE;
      else if (pass == 2 && r->trip_keep[row.trip])
        g_array_append_val (rows, row);
      if (++n % 50000 == 0
          && !report (r, base + span * sk_csv_get_fraction (csv),
                      _("Rijtijden lezen"), &local))
        break;
    }
  if (local != NULL)
    g_propagate_error (error, local);
  return local == NULL;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *x = a, *y = b;

  if (x->trip != y->trip)
    return x->trip < y->trip ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Empty times between two given ones: spread evenly (GTFS allows them
 * where the stop is no timepoint). First and last must be given. */
static gboolean
fill_times (Reader  *r,
            Row     *t,
            guint    n,
            GError **error)
{
  const char *trip_id = g_array_index (r->tt->trips, SkTrip, t[0].trip).id;

  for (guint i = 0; i < n; i++)
    {
      guint j = i + 1;

      if (t[i].arr >= 0)
        continue;
      if (i == 0 || i == n - 1)
        goto missing;
      while (j < n && t[j].arr < 0)
        j++;
      if (j == n)
        goto missing;
      for (guint k = i; k < j; k++)
        t[k].arr = t[k].dep = t[i - 1].dep + (t[j].arr - t[i - 1].dep) * (gint32) (k - i + 1)
                                             / (gint32) (j - i + 1);
    }
  for (guint i = 0; i < n; i++)
    if (t[i].dep < t[i].arr || (i > 0 && t[i].arr < t[i - 1].dep))
      {
        g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_BAD_TIME,
                     _("stop_times.txt, regel %u: de tijd van rit “%s” loopt terug"),
                     t[i].line, trip_id);
        return FALSE;
      }
  return TRUE;

missing:
  g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_BAD_TIME,
               _("stop_times.txt: rit “%s” heeft geen tijd bij zijn eerste of laatste halte"),
               trip_id);
  return FALSE;
}

/* Sorted rows → the timetable's stop-time arrays; stops renumbered to the
 * ones used (NEW_INDEX, 0 = unused, else index + 1). */
static gboolean
assemble (Reader   *r,
          GArray   *rows,
          guint32  *new_index,
          GError  **error)
{
  SkTimetable *tt = r->tt;
  g_autoptr(GArray) trips = g_array_new (FALSE, TRUE, sizeof (SkTrip));
  Row *t = (Row *) rows->data;
  guint i = 0;

  g_array_sort (rows, compare_rows);
  g_array_set_clear_func (trips, NULL);
  while (i < rows->len)
    {
      guint j = i;
      SkTrip trip = g_array_index (tt->trips, SkTrip, t[i].trip);

      while (j < rows->len && t[j].trip == t[i].trip)
        j++;
      if (j - i >= 2)
        {
          if (!fill_times (r, t + i, j - i, error))
            return FALSE;
          trip.first = tt->st_stop->len;
          trip.n = j - i;
          trip.id = g_strdup (trip.id);
          for (guint k = i; k < j; k++)
            {
              guint32 s = t[k].stop;

              if (new_index[s] == 0)
                {
                  SkTransitStop stop = g_array_index (r->stops, SkTransitStop, s);

                  stop.id = g_strdup (stop.id);
                  stop.name = g_strdup (stop.name);
                  g_array_append_val (tt->stops, stop);
                  new_index[s] = tt->stops->len;
                }
              s = new_index[s] - 1;
              g_array_append_val (tt->st_stop, s);
              g_array_append_val (tt->st_arr, t[k].arr);
              g_array_append_val (tt->st_dep, t[k].dep);
            }
          g_array_append_val (trips, trip);
        }
      i = j;
    }
  /* Replace the trips of trips.txt by the kept ones (ids were copied). */
  g_array_set_size (tt->trips, 0);
  g_array_append_vals (tt->trips, trips->data, trips->len);
  return TRUE;
}

static gboolean
read_transfers (Reader        *r,
                const guint32 *new_index,
                GError       **error)
{
  g_autoptr(SkCsv) csv = NULL;
  static const char *only[] = { "from_route_id", "to_route_id", "from_trip_id", "to_trip_id" };
  GError *local = NULL;
  int c_from, c_to, c_type, c_min, c_only[4];

  if (!sk_gtfs_feed_has (r->feed, "transfers.txt"))
    return TRUE;
  csv = sk_csv_open (r->feed, "transfers.txt", error);
  if (csv == NULL || (c_from = sk_csv_require (csv, "from_stop_id", error)) < 0
      || (c_to = sk_csv_require (csv, "to_stop_id", error)) < 0
      || (c_type = sk_csv_require (csv, "transfer_type", error)) < 0)
    return FALSE;
  c_min = sk_csv_column (csv, "min_transfer_time");
  for (guint i = 0; i < G_N_ELEMENTS (c_only); i++)
    c_only[i] = sk_csv_column (csv, only[i]);
  while (sk_csv_next (csv, &local))
    {
      const char *from = sk_csv_get (csv, c_from), *to = sk_csv_get (csv, c_to);
      gboolean narrower = FALSE;
      guint f = GPOINTER_TO_UINT (g_hash_table_lookup (r->stop_ids, from));
      guint t = GPOINTER_TO_UINT (g_hash_table_lookup (r->stop_ids, to));
      const char *min = sk_csv_get (csv, c_min);
      SkTransferRule rule;

      /* A rule for certain trips or routes only (gtfs-nl has many: timed
       * transfers between two trains), or without stops, is no rule about
       * the stops: left out, the stops keep the general rule. */
      for (guint i = 0; i < G_N_ELEMENTS (c_only); i++)
        narrower |= *sk_csv_get (csv, c_only[i]) != '\0';
      if (*from == '\0' || *to == '\0' || narrower)
        continue;
      if (f == 0 || t == 0)
        {
          sk_csv_set_error (csv, &local, SK_TIMETABLE_ERROR_UNKNOWN_ID,
                            _("stop_id “%s” staat niet in stops.txt"), f == 0 ? from : to);
          break;
        }
      if (new_index[f - 1] == 0 || new_index[t - 1] == 0)
        continue;
      rule.from = new_index[f - 1] - 1;
      rule.to = new_index[t - 1] - 1;
      rule.type = atoi (sk_csv_get (csv, c_type));
      rule.min_time = *min != '\0' ? atoi (min) : -1;
      g_array_append_val (r->tt->transfers, rule);
    }
  if (local != NULL)
    g_propagate_error (error, local);
  return local == NULL;
}

static double
distance_to_keep (const SkTransitStop *s,
                  const SkLatLon      *keep,
                  size_t               n_keep)
{
  double best = G_MAXDOUBLE;

  for (size_t k = 0; k < n_keep; k++)
    best = MIN (best, sk_geo_haversine_m (s->lat, s->lon, keep[k].lat, keep[k].lon));
  return best;
}

/* The clip area: the region's box widened by the margin, and the
 * surroundings of the KEEP points. */
static void
mark_inside (Reader         *r,
             SkRegion       *region,
             const SkLatLon *keep,
             size_t          n_keep)
{
  const SkBBox *box = sk_region_get_bbox (region);
  SkLatLon c = sk_bbox_get_centre (box);
  double dlat = SK_TIMETABLE_CLIP_MARGIN_M / 111320.0;
  double dlon = dlat / MAX (cos (c.lat * G_PI / 180.0), 0.01);
  SkBBox wide = { box->south - dlat, box->west - dlon, box->north + dlat, box->east + dlon };

  r->stop_inside = g_new0 (gboolean, MAX (r->stops->len, 1));
  for (guint i = 0; i < r->stops->len; i++)
    {
      const SkTransitStop *s = &g_array_index (r->stops, SkTransitStop, i);

      r->stop_inside[i] = sk_bbox_contains (&wide, s->lat, s->lon)
                          || distance_to_keep (s, keep, n_keep) <= KEEP_RADIUS_M;
    }
}

static void
reader_clear (Reader *r)
{
  g_clear_pointer (&r->feed, sk_gtfs_feed_close);
  g_clear_pointer (&r->stops, g_array_unref);
  g_clear_pointer (&r->stop_ids, g_hash_table_unref);
  g_clear_pointer (&r->route_ids, g_hash_table_unref);
  g_clear_pointer (&r->service_ids, g_hash_table_unref);
  g_clear_pointer (&r->trip_ids, g_hash_table_unref);
  g_clear_pointer (&r->stop_inside, g_free);
  g_clear_pointer (&r->trip_keep, g_free);
  g_clear_pointer (&r->tt, sk_timetable_unref);
}

static gboolean
read_calendars (Reader  *r,
                GError **error)
{
  gboolean cal = sk_gtfs_feed_has (r->feed, "calendar.txt");
  gboolean dates = sk_gtfs_feed_has (r->feed, "calendar_dates.txt");

  if (!cal && !dates)
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_MISSING_FILE,
                   _("In de dienstregeling ontbreken calendar.txt en calendar_dates.txt; "
                     "zonder een van beide is niet bekend op welke dagen ritten rijden."));
      return FALSE;
    }
  return (!cal || read_calendar (r, error)) && (!dates || read_calendar_dates (r, error));
}

static gboolean
read_all (Reader         *r,
          SkRegion       *region,
          const SkLatLon *keep,
          size_t          n_keep,
          GError        **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autofree guint32 *new_index = NULL;
  static const char *required[] = { "agency.txt", "stops.txt", "routes.txt", "trips.txt",
                                    "stop_times.txt" };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (!sk_gtfs_feed_has (r->feed, required[i]))
      return sk_csv_open (r->feed, required[i], error) != NULL;
  if (!report (r, 0.0, _("Haltes lezen"), error) || !read_agency (r, error)
      || !read_stops (r, error) || !read_routes (r, error) || !read_calendars (r, error)
      || !report (r, 0.1, _("Ritten lezen"), error) || !read_trips (r, error))
    return FALSE;
  r->trip_keep = g_new (gboolean, MAX (r->tt->trips->len, 1));
  for (guint i = 0; i < r->tt->trips->len; i++)
    r->trip_keep[i] = !r->clip;
  if (r->clip)
    {
      mark_inside (r, region, keep, n_keep);
      if (!read_stop_times (r, 1, rows, error))
        return FALSE;
    }
  if (!read_stop_times (r, 2, rows, error))
    return FALSE;
  new_index = g_new0 (guint32, MAX (r->stops->len, 1));
  return report (r, 0.9, _("Dienstregeling opbouwen"), error)
         && assemble (r, rows, new_index, error) && read_transfers (r, new_index, error);
}

SkTimetable *
sk_timetable_read_gtfs (const char          *path,
                        SkRegion            *region,
                        const SkLatLon      *keep,
                        size_t               n_keep,
                        SkTimetableProgress  progress,
                        gpointer             user_data,
                        GCancellable        *cancellable,
                        GError             **error)
{
  Reader r = { 0 };
  SkTimetable *result = NULL;

  r.feed = sk_gtfs_feed_open (path, error);
  if (r.feed == NULL)
    return NULL;
  r.progress = progress;
  r.user_data = user_data;
  r.cancellable = cancellable;
  r.clip = region != NULL;
  r.tt = sk_timetable_new_empty ();
  r.stops = g_array_new (FALSE, TRUE, sizeof (SkTransitStop));
  g_array_set_clear_func (r.stops, (GDestroyNotify) NULL);
  r.stop_ids = g_hash_table_new (g_str_hash, g_str_equal);
  r.route_ids = g_hash_table_new (g_str_hash, g_str_equal);
  r.service_ids = g_hash_table_new (g_str_hash, g_str_equal);
  r.trip_ids = g_hash_table_new (g_str_hash, g_str_equal);
  if (read_all (&r, region, keep, n_keep, error))
    {
      if (r.tt->trips->len == 0)
        g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_EMPTY,
                     _("Geen enkele rit in “%s” stopt in de regio of bij de bestemmingen."),
                     path);
      else
        result = sk_timetable_ref (r.tt);
    }
  /* The reader's own stop array holds the strings of stops.txt. */
  for (guint i = 0; i < r.stops->len; i++)
    {
      g_free (g_array_index (r.stops, SkTransitStop, i).id);
      g_free (g_array_index (r.stops, SkTransitStop, i).name);
    }
  reader_clear (&r);
  if (result != NULL)
    report (&r, 1.0, _("Klaar"), NULL);
  return result;
}
