/* sk-ov-overlay.c — the plan's changes to public transport, kept apart
 * from the timetable so the feed itself never changes. */
#include "sk-config.h"
#include "sk-ov-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

static void
clear_line (gpointer p)
{
  SkOvLine *l = p;

  g_free (l->points);
  g_free (l->segment_s);
}

SkOvOverlay *
sk_ov_overlay_new (void)
{
  SkOvOverlay *self = g_new0 (SkOvOverlay, 1);

  self->lines = g_array_new (FALSE, TRUE, sizeof (SkOvLine));
  g_array_set_clear_func (self->lines, clear_line);
  self->hubs = g_array_new (FALSE, FALSE, sizeof (SkLatLon));
  self->new_stops = g_array_new (FALSE, FALSE, sizeof (SkLatLon));
  return self;
}

SkOvOverlay *
sk_ov_overlay_copy (const SkOvOverlay *self)
{
  SkOvOverlay *copy = sk_ov_overlay_new ();

  for (guint i = 0; i < self->lines->len; i++)
    {
      SkOvLine l = g_array_index (self->lines, SkOvLine, i);

      l.points = g_memdup2 (l.points, sizeof (SkLatLon) * l.n);
      l.segment_s = l.segment_s != NULL ? g_memdup2 (l.segment_s, sizeof (double) * (l.n - 1))
                                        : NULL;
      g_array_append_val (copy->lines, l);
    }
  g_array_append_vals (copy->hubs, self->hubs->data, self->hubs->len);
  g_array_append_vals (copy->new_stops, self->new_stops->data, self->new_stops->len);
  return copy;
}

void
sk_ov_overlay_free (SkOvOverlay *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->lines);
  g_array_unref (self->hubs);
  g_array_unref (self->new_stops);
  g_free (self);
}

gboolean
sk_ov_overlay_is_empty (const SkOvOverlay *self)
{
  return self == NULL
         || (self->lines->len == 0 && self->hubs->len == 0 && self->new_stops->len == 0);
}

gboolean
sk_ov_overlay_add_line (SkOvOverlay     *self,
                        const SkLatLon  *stops,
                        size_t           n,
                        double           headway_minutes,
                        int              first_departure,
                        int              last_departure,
                        double           speed_kmh,
                        const double    *segment_seconds,
                        GError         **error)
{
  SkOvLine l = { 0 };

  if (n < 2 || !(headway_minutes >= 1) || first_departure < 0
      || last_departure < first_departure || last_departure > 48 * 3600
      || (segment_seconds == NULL && !(speed_kmh > 0)))
    {
      g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_INVALID,
                   _("Een buurtbus heeft minstens twee haltes nodig, een rit om de minuut of "
                     "minder vaak, een eerste vertrek vóór het laatste en een snelheid."));
      return FALSE;
    }
  for (size_t i = 0; segment_seconds != NULL && i + 1 < n; i++)
    if (!(segment_seconds[i] >= 0) || !isfinite (segment_seconds[i]))
      {
        g_set_error (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_INVALID,
                     _("De rijtijd tussen halte %lu en %lu van de buurtbus is geen geldig "
                       "aantal seconden."), (unsigned long) i + 1, (unsigned long) i + 2);
        return FALSE;
      }
  l.points = g_memdup2 (stops, sizeof (SkLatLon) * n);
  l.n = n;
  l.headway_s = (int) lround (headway_minutes * 60);
  l.first = first_departure;
  l.last = last_departure;
  l.speed_kmh = speed_kmh;
  l.segment_s = segment_seconds != NULL ? g_memdup2 (segment_seconds, sizeof (double) * (n - 1))
                                        : NULL;
  g_array_append_val (self->lines, l);
  return TRUE;
}

void
sk_ov_overlay_add_hub (SkOvOverlay *self,
                       double       lat,
                       double       lon)
{
  SkLatLon p = { lat, lon };

  g_array_append_val (self->hubs, p);
}

void
sk_ov_overlay_add_stop (SkOvOverlay *self,
                        double       lat,
                        double       lon)
{
  SkLatLon p = { lat, lon };

  g_array_append_val (self->new_stops, p);
}
