/* sk-ov-result.c — travel times per kern × destination × departure
 * minute and what the issue asks of them: median, 80th percentile and
 * best, and the share of inhabitants within an hour of a centre. */
#include "sk-config.h"
#include "sk-ov-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static SkOvDestination *
destination_copy (const SkOvDestination *d)
{
  SkOvDestination *c = g_memdup2 (d, sizeof *d);

  c->name = g_strdup (d->name);
  c->source = g_strdup (d->source);
  return c;
}

SkOvResult *
sk_ov_result_new (SkTimetable            *tt,
                  SkRegion               *region,
                  SkKengetallen          *kengetallen,
                  const SkOvQuery        *query,
                  SkOvDestination *const *dests,
                  size_t                  n_dests,
                  const SkOvGraph        *graph)
{
  SkOvResult *r = g_new0 (SkOvResult, 1);
  size_t cells;

  r->tt = sk_timetable_ref (tt);
  r->region = g_object_ref (region);
  r->kengetallen = kengetallen;
  r->query = *query;
  r->dests = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_ov_destination_free);
  for (size_t d = 0; d < n_dests; d++)
    g_ptr_array_add (r->dests, destination_copy (dests[d]));
  r->n_kernen = sk_region_get_n_kernen (region);
  r->n_minutes = (size_t) (query->window_end - query->window_start + 59) / 60;
  cells = MAX (r->n_kernen * n_dests * r->n_minutes, 1);
  r->seconds = g_new (float, cells);
  r->transit = g_new0 (gboolean, cells);
  r->times = g_new0 (SkOvTimes, MAX (r->n_kernen * n_dests, 1));
  r->notes = g_new0 (char *, graph->notes->len + 1);
  for (guint i = 0; i < graph->notes->len; i++)
    r->notes[i] = g_strdup (g_ptr_array_index (graph->notes, i));
  return r;
}

void
sk_ov_result_free (SkOvResult *self)
{
  if (self == NULL)
    return;
  sk_timetable_unref (self->tt);
  g_object_unref (self->region);
  g_ptr_array_unref (self->dests);
  g_free (self->seconds);
  g_free (self->transit);
  g_free (self->times);
  g_strfreev (self->notes);
  sk_ov_graph_free (self->graph);
  g_free (self);
}

static int
compare_float (const void *a,
               const void *b)
{
  float x = *(const float *) a, y = *(const float *) b;

  return x < y ? -1 : x > y;
}

/* Nearest rank: the value at rank ceil(P × n) of the sorted minutes, no
 * arrival counting as +∞. So the median is null exactly when more than
 * half of the minutes have no arrival within 3 h, and the p80 when more
 * than a fifth have none (it does not exist then). */
static double
percentile (const float *sorted,
            size_t       n,
            double       p)
{
  size_t rank = (size_t) ceil (p * (double) n);
  float v = sorted[MAX (rank, 1) - 1];

  return isfinite (v) ? v / 60.0 : NAN;
}

void
sk_ov_result_finish (SkOvResult *self)
{
  g_autofree float *sorted = g_new (float, MAX (self->n_minutes, 1));

  for (size_t c = 0; c < self->n_kernen * self->dests->len; c++)
    {
      const float *minutes = self->seconds + c * self->n_minutes;
      SkOvTimes *t = &self->times[c];

      memcpy (sorted, minutes, sizeof (float) * self->n_minutes);
      qsort (sorted, self->n_minutes, sizeof (float), compare_float);
      t->median_minutes = percentile (sorted, self->n_minutes, 0.5);
      t->p80_minutes = percentile (sorted, self->n_minutes, 0.8);
      t->best_minutes = isfinite (sorted[0]) ? sorted[0] / 60.0 : NAN;
      t->by_transit = FALSE;
      for (size_t m = 0; m < self->n_minutes; m++)
        t->by_transit |= self->transit[c * self->n_minutes + m];
    }
}

gboolean
sk_ov_kern_affected (SkOvResult      *before,
                     const SkOvGraph *g,
                     const gint32    *touched_bounds,
                     size_t           kern)
{
  size_t nd = before->dests->len;

  for (size_t d = 0; d < nd; d++)
    {
      const float *minutes = before->seconds + (kern * nd + d) * before->n_minutes;
      const gint32 *h = touched_bounds + d * g->n_stops;
      double slowest = 0;
      gint64 fastest = G_MAXINT64;

      for (size_t m = 0; m < before->n_minutes; m++)
        slowest = MAX (slowest, isfinite (minutes[m]) ? minutes[m] : SK_OV_MAX_TRIP_S + 1.0);
      for (guint32 a = g->acc_off[kern]; a < g->acc_off[kern + 1]; a++)
        if (h[g->acc[a].to] != SK_OV_INF)
          fastest = MIN (fastest, (gint64) g->acc[a].s + h[g->acc[a].to]);
      if ((double) fastest <= slowest)
        return TRUE;
    }
  return FALSE;
}

void
sk_ov_result_copy_kern (SkOvResult *self,
                        SkOvResult *before,
                        size_t      kern)
{
  size_t cells = self->dests->len * self->n_minutes;

  memcpy (self->seconds + kern * cells, before->seconds + kern * cells, sizeof (float) * cells);
  memcpy (self->transit + kern * cells, before->transit + kern * cells, sizeof (gboolean) * cells);
}

size_t
sk_ov_result_get_n_kernen (SkOvResult *self)
{
  return self->n_kernen;
}

size_t
sk_ov_result_get_n_dests (SkOvResult *self)
{
  return self->dests->len;
}

const SkOvDestination *
sk_ov_result_get_dest (SkOvResult *self,
                       size_t      d)
{
  g_return_val_if_fail (d < self->dests->len, NULL);
  return g_ptr_array_index (self->dests, d);
}

size_t
sk_ov_result_get_n_minutes (SkOvResult *self)
{
  return self->n_minutes;
}

const SkOvTimes *
sk_ov_result_get_times (SkOvResult *self,
                        size_t      kern,
                        size_t      dest)
{
  g_return_val_if_fail (kern < self->n_kernen && dest < self->dests->len, NULL);
  return &self->times[kern * self->dests->len + dest];
}

double
sk_ov_result_get_minute (SkOvResult *self,
                         size_t      kern,
                         size_t      dest,
                         size_t      m)
{
  float v;

  g_return_val_if_fail (kern < self->n_kernen && dest < self->dests->len
                        && m < self->n_minutes, NAN);
  v = self->seconds[(kern * self->dests->len + dest) * self->n_minutes + m];
  return isfinite (v) ? v / 60.0 : NAN;
}

static gboolean
any_centre (SkOvResult *self)
{
  for (guint d = 0; d < self->dests->len; d++)
    if (((SkOvDestination *) g_ptr_array_index (self->dests, d))->centre)
      return TRUE;
  return FALSE;
}

double
sk_ov_result_get_centre_median (SkOvResult *self,
                                size_t      kern)
{
  gboolean centres = any_centre (self);
  double best = NAN;

  for (guint d = 0; d < self->dests->len; d++)
    {
      double m = self->times[kern * self->dests->len + d].median_minutes;

      if ((!centres || ((SkOvDestination *) g_ptr_array_index (self->dests, d))->centre)
          && isfinite (m) && !(m >= best))
        best = m;
    }
  return best;
}

/* Kernen counted inside another kern's kom are left out: their people
 * are in that kern's figure already. */
double
sk_ov_result_get_within_60_share (SkOvResult *self)
{
  double within = 0, total = 0;

  for (size_t k = 0; k < self->n_kernen; k++)
    {
      const SkKern *kern = sk_region_get_kern (self->region, k);
      double m = sk_ov_result_get_centre_median (self, k);

      if (kern->inhabitants <= 0 || kern->inhabitants_definition == SK_INHABITANTS_WITHIN_KOM)
        continue;
      total += kern->inhabitants;
      if (isfinite (m) && m <= 60.0)
        within += kern->inhabitants;
    }
  return total > 0 ? within / total : NAN;
}

size_t
sk_ov_result_get_n_searched (SkOvResult *self)
{
  return self->n_searched;
}

const char *const *
sk_ov_result_get_notes (SkOvResult *self)
{
  return (const char *const *) self->notes;
}
