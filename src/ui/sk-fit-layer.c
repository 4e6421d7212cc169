/* sk-fit-layer.c — the "Waar past wat?" tiles. */
#include "sk-config.h"
#include "sk-fit-layer.h"
#include "sk-surface-paintable.h"
#include "sk-tile-job.h"

#include <glib/gi18n.h>

#include "sk-fit-style.h"

/* See-through, so that the villages and roads stay readable beneath. */
#define FILL_ALPHA 0.28

struct _SkFitLayerSource
{
  ShumateMapSource parent_instance;

  SkFit *fit;
  char *kind_id;
  guint n_filled;
};

G_DEFINE_FINAL_TYPE (SkFitLayerSource, sk_fit_layer_source, SHUMATE_TYPE_MAP_SOURCE)

/* The runs of cells with VERDICT in the N × N grid, as one path. */
static gboolean
append_runs (cairo_t      *cr,
             const guint8 *cells,
             int           n,
             SkFitVerdict  verdict,
             double        cell)
{
  gboolean any = FALSE;

  for (int r = 0; r < n; r++)
    for (int c = 0; c < n; c++)
      {
        int start = c;

        if (cells[r * n + c] != verdict)
          continue;
        while (c + 1 < n && cells[r * n + c + 1] == verdict)
          c++;
        cairo_rectangle (cr, start * cell, r * cell, (c + 1 - start) * cell, cell);
        any = TRUE;
      }
  return any;
}

int
sk_fit_layer_get_n_cells (int zoom)
{
  int n = SK_FIT_LAYER_CELLS;

  for (int z = SK_FIT_LAYER_FULL_ZOOM; z < zoom && n > SK_FIT_LAYER_MIN_CELLS; z++)
    n /= 2;
  return n;
}

cairo_surface_t *
sk_fit_layer_render_tile (SkFit      *fit,
                          const char *kind_id,
                          int         x,
                          int         y,
                          int         zoom,
                          int         scale)
{
  int size = 256 * scale;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (surface);
  guint8 cells[SK_FIT_LAYER_CELLS * SK_FIT_LAYER_CELLS];
  int n = sk_fit_layer_get_n_cells (zoom);
  /* The tile's box: world pixels at ZOOM are 256 per tile. */
  SkBBox box = {
    .north = sk_mercator_lat (256.0 * y, zoom),
    .south = sk_mercator_lat (256.0 * (y + 1), zoom),
    .west = sk_mercator_lon (256.0 * x, zoom),
    .east = sk_mercator_lon (256.0 * (x + 1), zoom),
  };

  sk_fit_sample (fit, kind_id, &box, n, n, cells);
  for (int v = SK_FIT_PAST_GOED; v < SK_FIT_N_VERDICTS; v++)
    if (append_runs (cr, cells, n, v, (double) size / n))
      sk_fit_style_fill (cr, v, FILL_ALPHA);
    else
      cairo_new_path (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SkFitLayerSource *self = source_object;
  SkTileJob *job = task_data;
  cairo_surface_t *surface;
  GdkPaintable *paintable;

  if (g_task_return_error_if_cancelled (task))
    return;
  surface = sk_fit_layer_render_tile (self->fit, self->kind_id, job->x, job->y, job->zoom, job->scale);
  /* A cairo image, drawn by one blit every frame (sk-surface-paintable.h),
   * as the base map's tiles are. */
  paintable = sk_surface_paintable_new (surface);
  cairo_surface_destroy (surface);
  g_task_return_pointer (task, paintable, g_object_unref);
}

static void
on_render_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  SkFitLayerSource *self = SK_FIT_LAYER_SOURCE (object);
  SkTileJob *job = g_task_get_task_data (outer);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPaintable) paintable = g_task_propagate_pointer (G_TASK (result), &error);

  if (paintable == NULL)
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }
  self->n_filled++;
  shumate_tile_set_paintable (job->tile, paintable);
  shumate_tile_set_fade_in (job->tile, TRUE);
  shumate_tile_set_state (job->tile, SHUMATE_STATE_DONE);
  g_task_return_boolean (outer, TRUE);
}

static void
sk_fit_layer_source_fill_tile_async (ShumateMapSource    *source,
                                     ShumateTile         *tile,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  SkFitLayerSource *self = SK_FIT_LAYER_SOURCE (source);
  GTask *outer = g_task_new (self, cancellable, callback, user_data);
  GTask *inner = g_task_new (self, cancellable, on_render_done, outer);
  SkTileJob *job = sk_tile_job_new (tile);
  SkTileJob *copy = sk_tile_job_copy (job);

  g_task_set_source_tag (outer, sk_fit_layer_source_fill_tile_async);
  g_task_set_task_data (outer, job, (GDestroyNotify) sk_tile_job_free);
  g_task_set_task_data (inner, copy, (GDestroyNotify) sk_tile_job_free);
  g_task_run_in_thread (inner, render_thread);
  g_object_unref (inner);
}

static gboolean
sk_fit_layer_source_fill_tile_finish (ShumateMapSource  *source,
                                      GAsyncResult      *result,
                                      GError           **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
sk_fit_layer_source_finalize (GObject *object)
{
  SkFitLayerSource *self = SK_FIT_LAYER_SOURCE (object);

  g_clear_object (&self->fit);
  g_free (self->kind_id);
  G_OBJECT_CLASS (sk_fit_layer_source_parent_class)->finalize (object);
}

static void
sk_fit_layer_source_class_init (SkFitLayerSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->finalize = sk_fit_layer_source_finalize;
  source_class->fill_tile_async = sk_fit_layer_source_fill_tile_async;
  source_class->fill_tile_finish = sk_fit_layer_source_fill_tile_finish;
}

static void
sk_fit_layer_source_init (SkFitLayerSource *self)
{
}

SkFitLayerSource *
sk_fit_layer_source_new (SkFit      *fit,
                         const char *kind_id)
{
  g_autofree char *id = NULL;
  SkFitLayerSource *self;

  g_return_val_if_fail (SK_IS_FIT (fit), NULL);
  g_return_val_if_fail (kind_id != NULL, NULL);

  /* One id per region and kind: tiles of another kind are never reused. */
  id = g_strdup_printf ("samenkaart-fit-%s-%.12s", kind_id,
                        sk_region_get_content_hash (sk_fit_get_region (fit)));
  self = g_object_new (SK_TYPE_FIT_LAYER_SOURCE,
                       "id", id,
                       "name", _("Waar past wat?"),
                       "license", "",
                       "min-zoom-level", 6,
                       "max-zoom-level", 18,
                       "tile-size", 256,
                       "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                       NULL);
  self->fit = g_object_ref (fit);
  self->kind_id = g_strdup (kind_id);
  return self;
}

const char *
sk_fit_layer_source_get_kind (SkFitLayerSource *self)
{
  g_return_val_if_fail (SK_IS_FIT_LAYER_SOURCE (self), NULL);
  return self->kind_id;
}

guint
sk_fit_layer_source_get_n_filled (SkFitLayerSource *self)
{
  g_return_val_if_fail (SK_IS_FIT_LAYER_SOURCE (self), 0);
  return self->n_filled;
}
