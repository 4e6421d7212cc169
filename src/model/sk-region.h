/* sk-region.h — a region package: kernen, facilities, streams, roads and
 * the sources of all of it (format: data/regions/README.md).
 *
 * A loaded SkRegion is immutable, so it may be read from any thread.
 */
#pragma once

#include <gio/gio.h>

#include "sk-geo.h"
#include "sk-map-store.h"
#include "sk-network.h"
#include "sk-vocabulary.h"

G_BEGIN_DECLS

#define SK_REGION_ERROR (sk_region_error_quark ())

typedef enum
{
  SK_REGION_ERROR_NOT_FOUND,
  SK_REGION_ERROR_PARSE,
  SK_REGION_ERROR_INVALID,
} SkRegionError;

typedef struct
{
  char *id;
  char *name;
  double lat;
  double lon;
  int inhabitants;       /* -1 when the sources give no figure */
  int inhabitants_year;  /* 0 when unknown */
  char *municipality;
  char *province;
  char *source;          /* source ids, comma separated */
} SkKern;

typedef struct
{
  SkFacilityType type;
  char *name;
  double lat;
  double lon;
  int kern;              /* index into the kernen, or -1 */
  gboolean exact;        /* FALSE: placed at the kern centre (schematic) */
  char *source;
} SkFacility;

typedef enum
{
  SK_LINE_RIVER,
  SK_LINE_STREAM,
  SK_LINE_CANAL,
  SK_LINE_MOTORWAY,
  SK_LINE_PRIMARY,
  SK_LINE_SECONDARY,
  SK_LINE_TERTIARY,
  SK_LINE_RAILWAY,
} SkLineClass;

typedef struct
{
  char *id;
  char *name;
  SkLineClass klass;
  gboolean schematic;
  SkLatLon *points;
  size_t n_points;
  char *source;
} SkLine;

typedef struct
{
  char *id;
  char *title;
  char *url;
  char *licence;
} SkSource;

#define SK_TYPE_REGION (sk_region_get_type ())
G_DECLARE_FINAL_TYPE (SkRegion, sk_region, SK, REGION, GObject)

GQuark            sk_region_error_quark        (void);

/* Loads NAME_OR_PATH: an existing file path, a region directory (with
 * region.json and an optional network.bin), or the name of an embedded
 * region ("reestdal"). A damaged network.bin fails with SK_NETWORK_ERROR. */
SkRegion         *sk_region_load               (const char  *name_or_path,
                                                GError     **error);
SkRegion         *sk_region_new_from_file      (const char  *path,
                                                GError     **error);
SkRegion         *sk_region_new_from_bytes     (GBytes      *bytes,
                                                const char  *display_name,
                                                GError     **error);
/* Names of the regions built into the program, NULL-terminated. */
const char *const *sk_region_list_embedded     (void);

const char       *sk_region_get_id             (SkRegion    *self);
const char       *sk_region_get_name           (SkRegion    *self);
const char       *sk_region_get_description    (SkRegion    *self);
/* SHA-256 of the region file's bytes: identifies the data a session used. */
const char       *sk_region_get_content_hash   (SkRegion    *self);
const SkBBox     *sk_region_get_bbox           (SkRegion    *self);

size_t            sk_region_get_n_kernen       (SkRegion    *self);
const SkKern     *sk_region_get_kern           (SkRegion    *self,
                                                size_t       i);
int               sk_region_find_kern          (SkRegion    *self,
                                                const char  *id);
/* Sum of the known inhabitants. */
long              sk_region_get_inhabitants    (SkRegion    *self);

size_t            sk_region_get_n_facilities   (SkRegion    *self);
const SkFacility *sk_region_get_facility       (SkRegion    *self,
                                                size_t       i);

size_t            sk_region_get_n_lines        (SkRegion    *self);
const SkLine     *sk_region_get_line           (SkRegion    *self,
                                                size_t       i);

size_t            sk_region_get_n_sources      (SkRegion    *self);
const SkSource   *sk_region_get_source         (SkRegion    *self,
                                                size_t       i);

/* The imported road network; NULL when the region has none. */
SkNetwork        *sk_region_get_network        (SkRegion    *self);

/* The offline map (map.sqlite of an imported region); NULL: none. */
SkMapStore       *sk_region_get_map_store      (SkRegion    *self);
gboolean          sk_line_class_is_water       (SkLineClass  klass);

G_END_DECLS
