/* sk-place-names.h — finding a place or street by name in a region
 * ("Zoek een plaats of straat"): case- and accent-insensitive, a match at
 * the start of the name or of one of its words, best first. */
#pragma once

#include "sk-region.h"

G_BEGIN_DECLS

typedef struct
{
  char *name;
  const char *kind;   /* "place", "street", "water" or "poi" (static) */
  double lat;         /* WGS84 degrees */
  double lon;
  int score;          /* 0: the whole name, 1: its start, 2: the start of a word */
} SkPlaceMatch;

void        sk_place_match_free     (SkPlaceMatch *match);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkPlaceMatch, sk_place_match_free)

/* TEXT in lower case without accents or other marks ("Städtle" →
 * "stadtle"), for comparing names as people type them. */
char       *sk_text_fold            (const char   *text);
/* How FOLDED_QUERY matches FOLDED_NAME (see SkPlaceMatch.score), or -1. */
int         sk_place_match_score    (const char   *folded_name,
                                     const char   *folded_query);
/* Orders matches best first: score, then places before streets, water
 * and facilities, then shorter names. */
int         sk_place_match_compare  (const SkPlaceMatch *a,
                                     const SkPlaceMatch *b);
/* The kernen, named lines (roads, streams), named facilities of REGION and
 * the names in its map store (sk_map_store_find_names), those
 * that match QUERY, best first, at most LIMIT, one per name and kind. */
GPtrArray  *sk_region_find_places   (SkRegion     *region,
                                     const char   *query,
                                     guint         limit);

G_END_DECLS
