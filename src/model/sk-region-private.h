/* sk-region-private.h — shared between sk-region.c (the object and its
 * queries), sk-region-parse.c (region.json) and sk-region-kommen.c. */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-region.h"

G_BEGIN_DECLS

typedef struct
{
  SkFacilityStatus status;
  char *source;        /* source ids, comma separated; NULL: none */
} StatusEntry;

struct _SkRegion
{
  GObject parent_instance;

  char *id;
  char *name;
  char *description;
  char *content_hash;
  SkBBox bbox;
  GArray *kernen;      /* SkKern */
  GArray *facilities;  /* SkFacility */
  GArray *lines;       /* SkLine */
  GArray *sources;     /* SkSource */
  StatusEntry *statuses;  /* [kern][type] */
  GHashTable *kern_index; /* id → index + 1 */
  SkNetwork *network;     /* NULL: none (crow-fly estimates) */
  SkMapStore *map_store;  /* NULL: none (the map is drawn from the lines above) */
};

/* sk-region-parse.c: reads the parsed region.json ROOT (named FILE in
 * messages) into the new, empty REGION. */
gboolean sk_region_parse (SkRegion    *region,
                          JsonNode    *root,
                          const char  *file,
                          GError     **error);

/* The file next to region.json with kom outlines, CBS inhabitants and
 * municipalities (written by `samenkaart-cli derive-top10nl`). */
#define SK_REGION_KOMMEN_FILE "kommen.json"
#define SK_KOMMEN_SCHEMA "samenkaart-kommen/1"

/* Reads KOMMEN (named NAME in messages) into the parsed region's kernen
 * (SkKern), appends its sources (SkSource) and extends BBOX with the
 * outlines. KERN_INDEX maps kern id → index + 1. */
gboolean sk_region_kommen_apply (GArray      *kernen,
                                 GArray      *sources,
                                 GHashTable  *kern_index,
                                 SkBBox      *bbox,
                                 GBytes      *kommen,
                                 const char  *name,
                                 GError     **error);

/* Gives every kern without population points one: its own position with
 * all its inhabitants. */
void     sk_region_kommen_fill_population (GArray *kernen);

G_END_DECLS
