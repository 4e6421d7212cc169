/* sk-store-mbtiles.h — read-only access to an MBTiles file (PNG/JPEG raster
 * tiles in SQLite, TMS row order) for the offline base map.
 *
 * Thread rules: one SkMbtiles may be read from several threads at once;
 * calls are serialised internally.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SK_MBTILES_ERROR (sk_mbtiles_error_quark ())

typedef enum
{
  SK_MBTILES_ERROR_OPEN,
  SK_MBTILES_ERROR_NOT_MBTILES,
  SK_MBTILES_ERROR_NO_TILE,
  SK_MBTILES_ERROR_READ,
} SkMbtilesError;

typedef struct _SkMbtiles SkMbtiles;

GQuark      sk_mbtiles_error_quark       (void);
SkMbtiles  *sk_mbtiles_open              (const char  *path,
                                          GError     **error);
void        sk_mbtiles_free              (SkMbtiles   *self);
/* The "name" and "attribution" from the metadata table; may be NULL. */
const char *sk_mbtiles_get_name          (SkMbtiles   *self);
const char *sk_mbtiles_get_attribution   (SkMbtiles   *self);
int         sk_mbtiles_get_min_zoom      (SkMbtiles   *self);
int         sk_mbtiles_get_max_zoom      (SkMbtiles   *self);
/* Tile bytes for slippy-map (XYZ) coordinates. */
GBytes     *sk_mbtiles_get_tile          (SkMbtiles   *self,
                                          int          x,
                                          int          y,
                                          int          zoom,
                                          GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkMbtiles, sk_mbtiles_free)

G_END_DECLS
