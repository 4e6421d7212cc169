/* sk-timetable.c — the in-memory timetable: lifetime, accessors, which
 * trips run on a date, and where a region keeps its ov.sqlite. */
#include "sk-config.h"
#include "sk-region-installed.h"
#include "sk-timetable-private.h"

#include <glib/gi18n-lib.h>

G_DEFINE_QUARK (sk-timetable-error-quark, sk_timetable_error)

static void
clear_stop (gpointer p)
{
  SkTransitStop *s = p;

  g_free (s->id);
  g_free (s->name);
}

static void
clear_route (gpointer p)
{
  SkRoute *r = p;

  g_free (r->id);
  g_free (r->agency_id);
  g_free (r->short_name);
  g_free (r->long_name);
}

static void
clear_service (gpointer p)
{
  SkService *s = p;

  g_free (s->id);
  g_clear_pointer (&s->added, g_array_unref);
  g_clear_pointer (&s->removed, g_array_unref);
}

static void
clear_trip (gpointer p)
{
  g_free (((SkTrip *) p)->id);
}

SkTimetable *
sk_timetable_new_empty (void)
{
  SkTimetable *self = g_new0 (SkTimetable, 1);

  g_atomic_ref_count_init (&self->ref);
  self->stops = g_array_new (FALSE, TRUE, sizeof (SkTransitStop));
  g_array_set_clear_func (self->stops, clear_stop);
  self->routes = g_array_new (FALSE, TRUE, sizeof (SkRoute));
  g_array_set_clear_func (self->routes, clear_route);
  self->services = g_array_new (FALSE, TRUE, sizeof (SkService));
  g_array_set_clear_func (self->services, clear_service);
  self->trips = g_array_new (FALSE, TRUE, sizeof (SkTrip));
  g_array_set_clear_func (self->trips, clear_trip);
  self->st_stop = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->st_arr = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->st_dep = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->transfers = g_array_new (FALSE, FALSE, sizeof (SkTransferRule));
  return self;
}

SkTimetable *
sk_timetable_ref (SkTimetable *self)
{
  g_atomic_ref_count_inc (&self->ref);
  return self;
}

void
sk_timetable_unref (SkTimetable *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref))
    return;
  g_array_unref (self->stops);
  g_array_unref (self->routes);
  g_array_unref (self->services);
  g_array_unref (self->trips);
  g_array_unref (self->st_stop);
  g_array_unref (self->st_arr);
  g_array_unref (self->st_dep);
  g_array_unref (self->transfers);
  g_free (self);
}

size_t
sk_timetable_get_n_stops (SkTimetable *self)
{
  return self->stops->len;
}

const SkTransitStop *
sk_timetable_get_stop (SkTimetable *self,
                       size_t       i)
{
  g_return_val_if_fail (i < self->stops->len, NULL);
  return &g_array_index (self->stops, SkTransitStop, i);
}

size_t
sk_timetable_get_n_trips (SkTimetable *self)
{
  return self->trips->len;
}

const SkTrip *
sk_timetable_get_trip (SkTimetable *self,
                       size_t       i)
{
  g_return_val_if_fail (i < self->trips->len, NULL);
  return &g_array_index (self->trips, SkTrip, i);
}

size_t
sk_timetable_get_n_stop_times (SkTimetable *self)
{
  return self->st_stop->len;
}

size_t
sk_timetable_get_n_transfer_rules (SkTimetable *self)
{
  return self->transfers->len;
}

static gboolean
julian_in (GArray  *days,
           guint32  julian)
{
  for (guint i = 0; days != NULL && i < days->len; i++)
    if (g_array_index (days, guint32, i) == julian)
      return TRUE;
  return FALSE;
}

/* GTFS: calendar_dates exceptions override calendar.txt; a service with
 * only calendar_dates runs on its added dates. */
gboolean
sk_service_runs_on (const SkService *service,
                    guint32          julian)
{
  GDate d;
  int weekday;

  if (julian_in (service->removed, julian))
    return FALSE;
  if (julian_in (service->added, julian))
    return TRUE;
  if (service->start_julian == 0 || julian < service->start_julian
      || julian > service->end_julian)
    return FALSE;
  g_date_clear (&d, 1);
  g_date_set_julian (&d, julian);
  weekday = g_date_get_weekday (&d) - G_DATE_MONDAY;
  return (service->weekdays >> weekday) & 1;
}

static void
widen (guint32 *lo,
       guint32 *hi,
       guint32  julian)
{
  if (*lo == 0 || julian < *lo)
    *lo = julian;
  if (julian > *hi)
    *hi = julian;
}

gboolean
sk_timetable_get_date_range (SkTimetable *self,
                             GDate       *first,
                             GDate       *last)
{
  guint32 lo = 0, hi = 0;

  for (guint i = 0; i < self->services->len; i++)
    {
      const SkService *s = &g_array_index (self->services, SkService, i);

      if (s->start_julian != 0)
        {
          widen (&lo, &hi, s->start_julian);
          widen (&lo, &hi, s->end_julian);
        }
      for (guint j = 0; s->added != NULL && j < s->added->len; j++)
        widen (&lo, &hi, g_array_index (s->added, guint32, j));
    }
  if (lo == 0)
    return FALSE;
  g_date_clear (first, 1);
  g_date_clear (last, 1);
  g_date_set_julian (first, lo);
  g_date_set_julian (last, hi);
  return TRUE;
}

size_t
sk_timetable_count_trips_on (SkTimetable *self,
                             const GDate *date)
{
  guint32 julian = g_date_get_julian (date);
  g_autofree gboolean *runs = g_new0 (gboolean, MAX (self->services->len, 1));
  size_t n = 0;

  for (guint i = 0; i < self->services->len; i++)
    runs[i] = sk_service_runs_on (&g_array_index (self->services, SkService, i), julian);
  for (guint i = 0; i < self->trips->len; i++)
    n += runs[g_array_index (self->trips, SkTrip, i).service] ? 1 : 0;
  return n;
}

/* Beside region.json for an imported region; for a built-in region a
 * folder of the same id that holds only ov.sqlite (the region list skips
 * folders without region.json). */
char *
sk_timetable_path_for_region (SkRegion *region)
{
  g_autofree char *root = sk_region_installed_root ();

  return g_build_filename (root, sk_region_get_id (region), "ov.sqlite", NULL);
}

SkTimetable *
sk_timetable_load_for_region (SkRegion  *region,
                              GError   **error)
{
  g_autofree char *path = sk_timetable_path_for_region (region);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_NOT_FOUND,
                   _("Voor de regio “%s” is nog geen dienstregeling ingelezen. "
                     "Lees een GTFS-bestand in met “samenkaart-cli import-gtfs”."),
                   sk_region_get_name (region));
      return NULL;
    }
  return sk_timetable_load (path, error);
}
