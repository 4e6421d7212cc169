/* sk-place-names.c — names in a region that match what someone types. */
#include "sk-config.h"
#include "sk-place-names.h"

#include <string.h>

#include "sk-map-store.h"

void
sk_place_match_free (SkPlaceMatch *match)
{
  if (match == NULL)
    return;
  g_free (match->name);
  g_free (match);
}

char *
sk_text_fold (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autofree char *decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFD);
  GString *bare = g_string_new (NULL);

  /* NFD splits "ä" into "a" and a combining mark; the marks are dropped. */
  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }
  {
    g_autofree char *plain = g_string_free (bare, FALSE);

    return g_utf8_casefold (plain, -1);
  }
}

int
sk_place_match_score (const char *folded_name,
                      const char *folded_query)
{
  size_t n = strlen (folded_query);

  if (n == 0)
    return -1;
  if (strcmp (folded_name, folded_query) == 0)
    return 0;
  if (strncmp (folded_name, folded_query, n) == 0)
    return 1;
  /* "wijk" finds "De Wijk", "weg" finds "Hoogeveense weg" and "Dorpsweg"
   * does not: a word starts after a space, '-', '\'', '(' or '/'. */
  for (const char *p = strstr (folded_name, folded_query); p != NULL; p = strstr (p + 1, folded_query))
    if (strchr (" -'(/", p[-1]) != NULL)
      return 2;
  return -1;
}

static int
kind_rank (const char *kind)
{
  static const char *const order[] = { "place", "street", "water", "poi" };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_str_equal (kind, order[i]))
      return (int) i;
  return G_N_ELEMENTS (order);
}

int
sk_place_match_compare (const SkPlaceMatch *a,
                        const SkPlaceMatch *b)
{
  size_t la = strlen (a->name), lb = strlen (b->name);

  if (a->score != b->score)
    return a->score - b->score;
  if (kind_rank (a->kind) != kind_rank (b->kind))
    return kind_rank (a->kind) - kind_rank (b->kind);
  if (la != lb)
    return la < lb ? -1 : 1;
  return g_utf8_collate (a->name, b->name);
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  return sk_place_match_compare (*(SkPlaceMatch *const *) a, *(SkPlaceMatch *const *) b);
}

typedef struct
{
  const char *query;     /* folded */
  GPtrArray *matches;
  GHashTable *seen;      /* "kind\nfolded name" */
} Search;

static void
consider (Search     *search,
          const char *name,
          const char *kind,
          double      lat,
          double      lon)
{
  g_autofree char *folded = NULL;
  char *key;
  SkPlaceMatch *match;
  int score;

  if (name == NULL || *name == '\0')
    return;
  folded = sk_text_fold (name);
  score = sk_place_match_score (folded, search->query);
  if (score < 0)
    return;
  /* A street is often many ways with one name: the first one stands for all. */
  key = g_strconcat (kind, "\n", folded, NULL);
  if (!g_hash_table_add (search->seen, key))
    return;
  match = g_new0 (SkPlaceMatch, 1);
  match->name = g_strdup (name);
  match->kind = kind;
  match->lat = lat;
  match->lon = lon;
  match->score = score;
  g_ptr_array_add (search->matches, match);
}

static void
consider_lines (Search   *search,
                SkRegion *region)
{
  for (size_t i = 0; i < sk_region_get_n_lines (region); i++)
    {
      const SkLine *line = sk_region_get_line (region, i);
      const SkLatLon *middle;

      if (line->n_points == 0)
        continue;
      /* The middle vertex lies on the line, unlike the centre of its box. */
      middle = &line->points[line->n_points / 2];
      consider (search, line->name, sk_line_class_is_water (line->klass) ? "water" : "street",
                middle->lat, middle->lon);
    }
}

/* An imported region's map store knows every street and hamlet by name;
 * its hits are scored like the others, so the order is one order. */
static void
consider_map_store (Search     *search,
                    SkRegion   *region,
                    const char *query,
                    guint       limit)
{
  SkMapStore *store = sk_region_get_map_store (region);
  g_autoptr(GPtrArray) names = NULL;

  if (store == NULL)
    return;
  /* Its "contains" search finds more than start-of-word matches: ask for more. */
  names = sk_map_store_find_names (store, query, 4 * limit, NULL);
  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      SkMapName *n = g_ptr_array_index (names, i);
      const char *kind = g_strcmp0 (n->kind, "street") == 0 ? "street"
                         : g_strcmp0 (n->kind, "water") == 0 ? "water"
                         : g_strcmp0 (n->kind, "place") == 0 ? "place" : "poi";

      consider (search, n->name, kind, n->lat, n->lon);
    }
}

GPtrArray *
sk_region_find_places (SkRegion   *region,
                       const char *query,
                       guint       limit)
{
  g_autofree char *folded = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Search search;

  g_return_val_if_fail (SK_IS_REGION (region), NULL);

  folded = g_strstrip (sk_text_fold (query));
  search.query = folded;
  search.matches = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_place_match_free);
  search.seen = seen;
  if (*folded == '\0')
    return search.matches;
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    {
      const SkKern *kern = sk_region_get_kern (region, i);

      consider (&search, kern->name, "place", kern->lat, kern->lon);
    }
  consider_lines (&search, region);
  consider_map_store (&search, region, query, limit);
  for (size_t i = 0; i < sk_region_get_n_facilities (region); i++)
    {
      const SkFacility *f = sk_region_get_facility (region, i);

      consider (&search, f->name, "poi", f->lat, f->lon);
    }
  g_ptr_array_sort (search.matches, compare_matches);
  if (search.matches->len > limit)
    g_ptr_array_set_size (search.matches, limit);
  return search.matches;
}
