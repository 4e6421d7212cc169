/* sk-region-private.h — shared between sk-region.c and sk-region-kommen.c. */
#pragma once

#include "sk-region.h"

G_BEGIN_DECLS

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
