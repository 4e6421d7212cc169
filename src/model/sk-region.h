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

/* What a kern's inhabitants figure counts (data/regions/README.md). */
typedef enum
{
  SK_INHABITANTS_WOONPLAATS,    /* region.json: the sources' figure, mostly a Wikipedia woonplaats */
  SK_INHABITANTS_BEBOUWDE_KOM,  /* kommen.json: TOP10NL bebouwde kom, CBS inhabitants */
  SK_INHABITANTS_BUURTSCHAP,    /* kommen.json: TOP10NL buurtschap, CBS inhabitants */
  SK_INHABITANTS_WITHIN_KOM,    /* kommen.json: lies in another kern's kom and is counted there */
} SkInhabitantsDefinition;

/* A closed ring of a kom outline (the last point is not repeated). Rings
 * of one kern are filled even-odd, so holes need no marking. */
typedef struct
{
  SkLatLon *points;
  size_t n_points;
} SkRing;

/* People placed at one point: reachability is measured from here. */
typedef struct
{
  double lat;
  double lon;
  double people;
} SkPopPoint;

/* A wijk, buurt or deelkern inside a kom, with its own CBS figure. */
typedef struct
{
  char *name;
  char *level;           /* TOP10NL typeGebied: "wijk", "buurt", "deelkern" */
  int inhabitants;
  double lat;            /* a point inside it, for a label */
  double lon;
} SkBuurt;

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
  /* From kommen.json, when the region has one (sk-region-kommen.c). */
  SkInhabitantsDefinition inhabitants_definition;
  char *municipality_code;   /* CBS code (GM0119), NULL when not known */
  int within_kern;           /* SK_INHABITANTS_WITHIN_KOM: the kern whose kom holds it; else -1 */
  SkRing *outline;           /* the kom; NULL when not known */
  size_t n_outline;
  SkBBox outline_bbox;       /* of the outline; empty without one */
  SkBuurt *buurten;
  size_t n_buurten;
  /* Where the inhabitants live: at least one point (the kern's own
   * position with all its inhabitants when nothing better is known). */
  SkPopPoint *population;
  size_t n_population;
} SkKern;

typedef struct
{
  SkFacilityType type;
  char *name;
  double lat;
  double lon;
  int kern;              /* index into the kernen, or -1 */
  gboolean exact;        /* FALSE: placed at the kern centre or a postcode centre (schematic) */
  gboolean postcode;     /* placed at the centre of its address's 4-digit postcode area */
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

/* What the region says about one facility type in one kern
 * (data/regions/README.md, "voorzieningen_status"). */
typedef enum
{
  SK_FACILITY_STATUS_NOT_RECORDED, /* the region says nothing: older data */
  SK_FACILITY_STATUS_KNOWN,        /* "bekend": the kern has it; the facilities are listed */
  SK_FACILITY_STATUS_NONE,         /* "geen": the kern has none */
  SK_FACILITY_STATUS_UNKNOWN,      /* "onbekend": not known whether the kern has it */
  SK_FACILITY_STATUS_INCOMPLETE,   /* "onvolledig": it has at least the ones listed; the
                                    * source does not say these are all */
} SkFacilityStatus;

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
 * region ("reestdal"). A kommen.json next to region.json (kom outlines,
 * CBS inhabitants, municipalities) is read too; a damaged one fails the
 * load with its own message. A damaged network.bin fails with
 * SK_NETWORK_ERROR. */
SkRegion         *sk_region_load               (const char  *name_or_path,
                                                GError     **error);
SkRegion         *sk_region_new_from_file      (const char  *path,
                                                GError     **error);
SkRegion         *sk_region_new_from_bytes     (GBytes      *bytes,
                                                const char  *display_name,
                                                GError     **error);
/* Region bytes plus kommen.json bytes (KOMMEN may be NULL). */
SkRegion         *sk_region_new_from_bytes_with_kommen (GBytes      *bytes,
                                                        const char  *display_name,
                                                        GBytes      *kommen,
                                                        const char  *kommen_name,
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

/* Whether the region knows the facilities of TYPE in kern KERN. SOURCE
 * (may be NULL) gets the comma-separated source ids, or NULL when the
 * status has none (not recorded, or unknown without a source). */
SkFacilityStatus  sk_region_get_facility_status (SkRegion       *self,
                                                 size_t          kern,
                                                 SkFacilityType  type,
                                                 const char    **source);
/* Number of kernen with STATUS for TYPE. */
size_t            sk_region_count_facility_status (SkRegion       *self,
                                                   SkFacilityType  type,
                                                   SkFacilityStatus status);

/* "bekend", "geen", "onbekend", "onvolledig"; "niet-vastgelegd" for NOT_RECORDED. */
const char       *sk_facility_status_to_id     (SkFacilityStatus status);
/* SK_FACILITY_STATUS_NOT_RECORDED when ID is none of the three. */
SkFacilityStatus  sk_facility_status_from_id   (const char     *id);
/* Translated plain words: "bekend", "geen", "niet bekend", "niet volledig
 * bekend", "niet vastgelegd". */
const char       *sk_facility_status_get_label (SkFacilityStatus status);
/* UNKNOWN or INCOMPLETE: a facility of the type may be in the kern that
 * the data does not list, so no travel time from the data can be trusted. */
gboolean          sk_facility_status_is_uncertain (SkFacilityStatus status);

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

/* The kind of figure, translated: "bebouwde kom (TOP10NL/CBS, 2025)". */
const char       *sk_inhabitants_definition_to_label (SkInhabitantsDefinition definition);
const char       *sk_inhabitants_definition_to_id    (SkInhabitantsDefinition definition);

G_END_DECLS
