/* sk-map-classify.c — which OSM features the offline map draws, and from
 * which zoom band: close to what the BRT-Achtergrondkaart shows at the
 * same scale (main roads and large areas from z8, minor roads and streams
 * from z11, buildings, paths and points of interest from z14). */
#include "sk-map-store-private.h"

#include <string.h>

typedef struct
{
  const char *key;
  const char *value;   /* NULL: any value but "no" */
  SkMapClass klass;
} Rule;

static const Rule line_rules[] = {
  { "highway", "motorway", SK_MAP_MOTORWAY },
  { "highway", "motorway_link", SK_MAP_MOTORWAY },
  { "highway", "trunk", SK_MAP_MOTORWAY },
  { "highway", "trunk_link", SK_MAP_MOTORWAY },
  { "highway", "primary", SK_MAP_PRIMARY },
  { "highway", "primary_link", SK_MAP_PRIMARY },
  { "highway", "secondary", SK_MAP_SECONDARY },
  { "highway", "secondary_link", SK_MAP_SECONDARY },
  { "highway", "tertiary", SK_MAP_TERTIARY },
  { "highway", "tertiary_link", SK_MAP_TERTIARY },
  { "highway", "residential", SK_MAP_MINOR },
  { "highway", "unclassified", SK_MAP_MINOR },
  { "highway", "living_street", SK_MAP_MINOR },
  { "highway", "pedestrian", SK_MAP_MINOR },
  { "highway", "road", SK_MAP_MINOR },
  { "highway", "service", SK_MAP_SERVICE },
  { "highway", "track", SK_MAP_TRACK },
  { "highway", "cycleway", SK_MAP_CYCLEWAY },
  { "highway", "footway", SK_MAP_PATH },
  { "highway", "path", SK_MAP_PATH },
  { "highway", "bridleway", SK_MAP_PATH },
  { "highway", "steps", SK_MAP_PATH },
  { "waterway", "river", SK_MAP_RIVER },
  { "waterway", "canal", SK_MAP_RIVER },
  { "waterway", "stream", SK_MAP_STREAM },
  { "waterway", "ditch", SK_MAP_STREAM },
  { "waterway", "drain", SK_MAP_STREAM },
  { "railway", "rail", SK_MAP_RAILWAY },
  { "railway", "light_rail", SK_MAP_RAILWAY },
  { "railway", "narrow_gauge", SK_MAP_RAILWAY },
};

static const Rule area_rules[] = {
  { "building", NULL, SK_MAP_BUILDING },
  { "natural", "water", SK_MAP_WATER_AREA },
  { "waterway", "riverbank", SK_MAP_WATER_AREA },
  { "landuse", "reservoir", SK_MAP_WATER_AREA },
  { "landuse", "basin", SK_MAP_WATER_AREA },
  { "natural", "wetland", SK_MAP_WETLAND },
  { "landuse", "forest", SK_MAP_FOREST },
  { "natural", "wood", SK_MAP_FOREST },
  { "natural", "heath", SK_MAP_HEATH },
  { "natural", "scrub", SK_MAP_HEATH },
  { "landuse", "farmland", SK_MAP_FARMLAND },
  { "landuse", "orchard", SK_MAP_FARMLAND },
  { "landuse", "vineyard", SK_MAP_FARMLAND },
  { "landuse", "allotments", SK_MAP_FARMLAND },
  { "landuse", "meadow", SK_MAP_MEADOW },
  { "landuse", "grass", SK_MAP_MEADOW },
  { "landuse", "village_green", SK_MAP_MEADOW },
  { "landuse", "recreation_ground", SK_MAP_PARK },
  { "natural", "grassland", SK_MAP_MEADOW },
  { "leisure", "park", SK_MAP_PARK },
  { "leisure", "garden", SK_MAP_PARK },
  { "leisure", "pitch", SK_MAP_PARK },
  { "landuse", "cemetery", SK_MAP_PARK },
  { "landuse", "residential", SK_MAP_RESIDENTIAL },
  { "landuse", "farmyard", SK_MAP_RESIDENTIAL },
  { "landuse", "industrial", SK_MAP_INDUSTRIAL },
  { "landuse", "commercial", SK_MAP_INDUSTRIAL },
  { "landuse", "retail", SK_MAP_INDUSTRIAL },
  { "landuse", "railway", SK_MAP_INDUSTRIAL },
};

static const Rule point_rules[] = {
  { "place", "hamlet", SK_MAP_HAMLET },
  { "place", "locality", SK_MAP_FARM },
  { "place", "isolated_dwelling", SK_MAP_FARM },
  { "place", "farm", SK_MAP_FARM },
  { "railway", "station", SK_MAP_STATION },
  { "railway", "halt", SK_MAP_STATION },
  { "amenity", "place_of_worship", SK_MAP_WORSHIP },
  { "amenity", "school", SK_MAP_SCHOOL },
  { "amenity", "kindergarten", SK_MAP_SCHOOL },
  { "amenity", "college", SK_MAP_SCHOOL },
  { "amenity", "townhall", SK_MAP_TOWNHALL },
  { "amenity", "library", SK_MAP_LANDMARK },
  { "amenity", "community_centre", SK_MAP_LANDMARK },
  { "amenity", "hospital", SK_MAP_LANDMARK },
  { "tourism", "museum", SK_MAP_LANDMARK },
  { "historic", "castle", SK_MAP_LANDMARK },
  { "historic", "monument", SK_MAP_LANDMARK },
  { "man_made", "windmill", SK_MAP_LANDMARK },
  { "man_made", "lighthouse", SK_MAP_LANDMARK },
};

static SkMapClass
match (const Rule     *rules,
       size_t          n_rules,
       const SkOsmTag *tags,
       size_t          n)
{
  for (size_t r = 0; r < n_rules; r++)
    {
      const char *v = sk_osm_tag_get (tags, n, rules[r].key);

      if (v == NULL)
        continue;
      if (rules[r].value == NULL ? strcmp (v, "no") != 0 : strcmp (v, rules[r].value) == 0)
        return rules[r].klass;
    }
  return SK_MAP_NONE;
}

SkMapClass
sk_map_classify_way (const SkOsmTag *tags,
                     size_t          n,
                     gboolean        closed)
{
  const char *area = sk_osm_tag_get (tags, n, "area");
  SkMapClass klass;

  if (closed)
    {
      klass = match (area_rules, G_N_ELEMENTS (area_rules), tags, n);
      if (klass != SK_MAP_NONE)
        return klass;
    }
  /* A square (highway=pedestrian + area=yes) is not a street. */
  if (area != NULL && strcmp (area, "yes") == 0)
    return SK_MAP_NONE;
  return match (line_rules, G_N_ELEMENTS (line_rules), tags, n);
}

SkMapClass
sk_map_classify_point (const SkOsmTag *tags,
                       size_t          n)
{
  SkMapClass klass = match (point_rules, G_N_ELEMENTS (point_rules), tags, n);

  if (klass == SK_MAP_NONE && sk_osm_tag_get (tags, n, "addr:housenumber") != NULL
      && sk_osm_tag_get (tags, n, "building") == NULL)
    return SK_MAP_ADDRESS;
  return klass;
}

int
sk_map_class_min_band (SkMapClass klass)
{
  switch (klass)
    {
    case SK_MAP_BUILDING:
    case SK_MAP_PATH:
    case SK_MAP_SERVICE:
    case SK_MAP_ADDRESS:
    case SK_MAP_WORSHIP:
    case SK_MAP_SCHOOL:
    case SK_MAP_TOWNHALL:
    case SK_MAP_LANDMARK:
    case SK_MAP_FARM:
      return 2;
    case SK_MAP_STREAM:
    case SK_MAP_CYCLEWAY:
    case SK_MAP_TRACK:
    case SK_MAP_MINOR:
    case SK_MAP_STATION:
    case SK_MAP_HAMLET:
      return 1;
    default:
      return 0;
    }
}

SkMapShape
sk_map_class_get_shape (SkMapClass klass)
{
  if (klass <= SK_MAP_BUILDING)
    return SK_MAP_SHAPE_AREA;
  if (klass <= SK_MAP_MOTORWAY)
    return SK_MAP_SHAPE_LINE;
  return SK_MAP_SHAPE_POINT;
}

const char *
sk_map_class_to_id (SkMapClass klass)
{
  static const char *const ids[SK_MAP_N_CLASSES] = {
    "none", "farmland", "meadow", "heath", "forest", "wetland", "residential", "industrial",
    "park", "water-area", "building", "stream", "river", "railway", "path", "cycleway", "track",
    "service", "minor", "tertiary", "secondary", "primary", "motorway", "address", "worship",
    "school", "townhall", "landmark", "station", "farm", "hamlet",
  };

  return klass < SK_MAP_N_CLASSES ? ids[klass] : "none";
}

int
sk_map_band_for_zoom (double zoom)
{
  return zoom < 10.5 ? 0 : zoom < 13.5 ? 1 : 2;
}
