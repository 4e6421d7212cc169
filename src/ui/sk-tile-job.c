/* sk-tile-job.c — a tile to draw, in numbers (sk-tile-job.h). */
#include "sk-config.h"
#include "sk-tile-job.h"

SkTileJob *
sk_tile_job_new (ShumateTile *tile)
{
  SkTileJob *job = g_new0 (SkTileJob, 1);

  job->tile = g_object_ref (tile);
  job->x = (int) shumate_tile_get_x (tile);
  job->y = (int) shumate_tile_get_y (tile);
  job->zoom = (int) shumate_tile_get_zoom_level (tile);
  job->scale = MAX (1, (int) (shumate_tile_get_size (tile) / 256));
  return job;
}

SkTileJob *
sk_tile_job_copy (const SkTileJob *job)
{
  SkTileJob *copy = g_memdup2 (job, sizeof *job);

  copy->tile = NULL;
  return copy;
}

void
sk_tile_job_free (SkTileJob *job)
{
  if (job == NULL)
    return;
  g_clear_object (&job->tile);
  g_free (job);
}
