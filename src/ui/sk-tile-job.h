/* sk-tile-job.h — what a map source's worker needs of a ShumateTile to
 * draw it (the tile itself stays on the main thread). Shared by the
 * offline base map (sk-base-map-source.c) and the "Waar past wat?"
 * layer (sk-fit-layer.c). */
#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

typedef struct
{
  ShumateTile *tile;      /* a reference; NULL in a worker's copy */
  int x, y, zoom;
  int scale;              /* 2 for a HiDPI tile of 512 px in 256 */
} SkTileJob;

/* A job for TILE, holding a reference to it. */
SkTileJob *sk_tile_job_new  (ShumateTile *tile);
/* The same numbers without the tile, for a worker thread. */
SkTileJob *sk_tile_job_copy (const SkTileJob *job);
void       sk_tile_job_free (SkTileJob *job);

G_END_DECLS
