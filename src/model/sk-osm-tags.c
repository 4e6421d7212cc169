/* sk-osm-tags.c — which OSM features become roads, facilities, kernen
 * and base-map lines. Rules follow the OSM wiki's access defaults for the
 * Netherlands where they are clear (footway, cycleway, path: no motor
 * vehicles; motorway: motor vehicles only). */
#include "sk-config.h"
#include "sk-osm.h"

#include <stdlib.h>
#include <string.h>

#define WALK SK_ACCESS (SK_MODE_LOPEN)
#define BIKE (SK_ACCESS (SK_MODE_FIETS) | SK_ACCESS (SK_MODE_EFIETS))
#define CAR  SK_ACCESS (SK_MODE_AUTO)

G_DEFINE_QUARK (sk-osm-error-quark, sk_osm_error)

const char *
sk_osm_tag_get (const SkOsmTag *tags,
                size_t          n,
                const char     *key)
{
  for (size_t i = 0; i < n; i++)
    if (tags[i].key != NULL && strcmp (tags[i].key, key) == 0)
      return tags[i].value;
  return NULL;
}

typedef struct
{
  const char *highway;
  SkRoadClass klass;
  guint access;
} HighwayRule;

static const HighwayRule highway_rules[] = {
  { "motorway", SK_ROAD_MOTORWAY, CAR },
  { "motorway_link", SK_ROAD_MOTORWAY, CAR },
  { "trunk", SK_ROAD_TRUNK, CAR },
  { "trunk_link", SK_ROAD_TRUNK, CAR },
  { "primary", SK_ROAD_PRIMARY, WALK | BIKE | CAR },
  { "primary_link", SK_ROAD_PRIMARY, WALK | BIKE | CAR },
  { "secondary", SK_ROAD_SECONDARY, WALK | BIKE | CAR },
  { "secondary_link", SK_ROAD_SECONDARY, WALK | BIKE | CAR },
  { "tertiary", SK_ROAD_TERTIARY, WALK | BIKE | CAR },
  { "tertiary_link", SK_ROAD_TERTIARY, WALK | BIKE | CAR },
  { "unclassified", SK_ROAD_UNCLASSIFIED, WALK | BIKE | CAR },
  { "road", SK_ROAD_UNCLASSIFIED, WALK | BIKE | CAR },
  { "residential", SK_ROAD_RESIDENTIAL, WALK | BIKE | CAR },
  { "living_street", SK_ROAD_RESIDENTIAL, WALK | BIKE | CAR },
  { "service", SK_ROAD_SERVICE, WALK | BIKE | CAR },
  { "track", SK_ROAD_TRACK, WALK | BIKE | CAR },
  { "cycleway", SK_ROAD_CYCLEWAY, WALK | BIKE },
  { "path", SK_ROAD_PATH, WALK | BIKE },
  { "bridleway", SK_ROAD_PATH, WALK },
  { "footway", SK_ROAD_FOOTWAY, WALK },
  { "pedestrian", SK_ROAD_FOOTWAY, WALK },
  { "steps", SK_ROAD_FOOTWAY, WALK },
};

static gboolean
is_no (const char *v)
{
  return v != NULL && (g_str_equal (v, "no") || g_str_equal (v, "private")
                       || g_str_equal (v, "agricultural") || g_str_equal (v, "forestry"));
}

static gboolean
is_yes (const char *v)
{
  return v != NULL && (g_str_equal (v, "yes") || g_str_equal (v, "designated")
                       || g_str_equal (v, "permissive") || g_str_equal (v, "destination"));
}

/* Applies KEY=no / KEY=yes to the bits in MASK. */
static guint
override (const SkOsmTag *tags,
          size_t          n,
          const char     *key,
          guint           mask,
          guint           access)
{
  const char *v = sk_osm_tag_get (tags, n, key);

  if (is_no (v))
    return access & ~mask;
  if (is_yes (v))
    return access | mask;
  return access;
}

gboolean
sk_osm_road (const SkOsmTag *tags,
             size_t          n,
             SkRoadClass    *klass,
             guint          *access,
             guint          *maxspeed_kmh)
{
  const char *highway = sk_osm_tag_get (tags, n, "highway");
  const HighwayRule *rule = NULL;
  guint a;

  if (highway == NULL || g_strcmp0 (sk_osm_tag_get (tags, n, "area"), "yes") == 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (highway_rules) && rule == NULL; i++)
    if (g_str_equal (highway, highway_rules[i].highway))
      rule = &highway_rules[i];
  if (rule == NULL)
    return FALSE;
  a = rule->access;
  /* General to specific: access, vehicle, then the mode's own key. */
  a = override (tags, n, "access", WALK | BIKE | CAR, a);
  a = override (tags, n, "vehicle", BIKE | CAR, a);
  a = override (tags, n, "motor_vehicle", CAR, a);
  a = override (tags, n, "motorcar", CAR, a);
  a = override (tags, n, "bicycle", BIKE, a);
  a = override (tags, n, "foot", WALK, a);
  /* A motorway stays closed to walking and cycling whatever it says. */
  if (rule->klass == SK_ROAD_MOTORWAY)
    a &= CAR;
  *klass = rule->klass;
  *access = a;
  *maxspeed_kmh = sk_osm_parse_maxspeed (sk_osm_tag_get (tags, n, "maxspeed"));
  return a != 0;
}

int
sk_osm_oneway (const SkOsmTag *tags,
               size_t          n)
{
  const char *oneway = sk_osm_tag_get (tags, n, "oneway");
  const char *junction = sk_osm_tag_get (tags, n, "junction");
  const char *highway = sk_osm_tag_get (tags, n, "highway");

  if (oneway != NULL)
    {
      if (g_str_equal (oneway, "yes") || g_str_equal (oneway, "true") || g_str_equal (oneway, "1"))
        return 1;
      if (g_str_equal (oneway, "-1") || g_str_equal (oneway, "reverse"))
        return -1;
      /* "no", and "reversible" or "alternating" (either way, by the hour). */
      return 0;
    }
  /* Implied by the road itself (OSM wiki, Key:oneway). */
  if (junction != NULL && (g_str_equal (junction, "roundabout") || g_str_equal (junction, "circular")))
    return 1;
  if (highway != NULL && (g_str_equal (highway, "motorway") || g_str_equal (highway, "motorway_link")))
    return 1;
  return 0;
}

guint
sk_osm_parse_maxspeed (const char *value)
{
  static const struct { const char *id; guint kmh; } named[] = {
    { "NL:urban", 50 }, { "NL:rural", 80 }, { "NL:motorway", 100 }, { "NL:zone30", 30 },
    { "NL:living_street", 15 }, { "walk", 6 },
  };
  char *end = NULL;
  long v;

  if (value == NULL)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (g_str_equal (value, named[i].id))
      return named[i].kmh;
  v = strtol (value, &end, 10);
  if (end == value || v <= 0 || v > 200)
    return 0;
  while (*end == ' ')
    end++;
  if (g_str_equal (end, "mph"))
    return (guint) (v * 1.609344 + 0.5);
  return *end == '\0' ? (guint) v : 0;
}

typedef struct
{
  const char *key;
  const char *value;
  SkFacilityType type;
} FacilityRule;

static const FacilityRule facility_rules[] = {
  { "amenity", "doctors", SK_FACILITY_HUISARTS },
  { "healthcare", "general_practitioner", SK_FACILITY_HUISARTS },
  { "amenity", "pharmacy", SK_FACILITY_APOTHEEK },
  { "amenity", "hospital", SK_FACILITY_ZIEKENHUIS },
  { "amenity", "school", SK_FACILITY_BASISSCHOOL },
  { "amenity", "kindergarten", SK_FACILITY_KINDEROPVANG },
  { "amenity", "childcare", SK_FACILITY_KINDEROPVANG },
  { "amenity", "community_centre", SK_FACILITY_ONTMOETINGSPLEK },
  { "amenity", "library", SK_FACILITY_BIBLIOTHEEK },
  { "shop", "supermarket", SK_FACILITY_SUPERMARKT },
  { "railway", "station", SK_FACILITY_STATION },
  { "railway", "halt", SK_FACILITY_STATION },
  { "highway", "bus_stop", SK_FACILITY_BUSHALTE },
  { "leisure", "sports_centre", SK_FACILITY_SPORT },
  { "leisure", "pitch", SK_FACILITY_SPORT },
  { "leisure", "park", SK_FACILITY_GROEN },
  { "leisure", "playground", SK_FACILITY_GROEN },
};

/* isced:level 2 or 3, or school=secondary: a secondary school. */
static gboolean
is_secondary_school (const SkOsmTag *tags,
                     size_t          n)
{
  const char *isced = sk_osm_tag_get (tags, n, "isced:level");
  const char *school = sk_osm_tag_get (tags, n, "school");

  if (isced != NULL && (strchr (isced, '2') != NULL || strchr (isced, '3') != NULL)
      && strchr (isced, '1') == NULL)
    return TRUE;
  return school != NULL && g_str_equal (school, "secondary");
}

SkFacilityType
sk_osm_facility (const SkOsmTag *tags,
                 size_t          n)
{
  for (guint i = 0; i < G_N_ELEMENTS (facility_rules); i++)
    {
      const char *v = sk_osm_tag_get (tags, n, facility_rules[i].key);

      if (v == NULL || !g_str_equal (v, facility_rules[i].value))
        continue;
      if (facility_rules[i].type == SK_FACILITY_BASISSCHOOL && is_secondary_school (tags, n))
        return SK_FACILITY_VOORTGEZET;
      return facility_rules[i].type;
    }
  return SK_FACILITY_INVALID;
}

gboolean
sk_osm_place (const SkOsmTag *tags,
              size_t          n,
              int            *population)
{
  static const char *const kinds[] = { "city", "town", "village", "hamlet", NULL };
  const char *place = sk_osm_tag_get (tags, n, "place");
  const char *pop = sk_osm_tag_get (tags, n, "population");
  char *end = NULL;
  long v;

  if (place == NULL || !g_strv_contains (kinds, place) || sk_osm_tag_get (tags, n, "name") == NULL)
    return FALSE;
  *population = -1;
  if (pop != NULL)
    {
      v = strtol (pop, &end, 10);
      if (end != pop && *end == '\0' && v >= 0 && v < G_MAXINT)
        *population = (int) v;
    }
  return TRUE;
}

gboolean
sk_osm_base_line (const SkOsmTag *tags,
                  size_t          n,
                  SkLineClass    *klass)
{
  static const struct { const char *key, *value; SkLineClass klass; } rules[] = {
    { "waterway", "river", SK_LINE_RIVER },
    { "waterway", "stream", SK_LINE_STREAM },
    { "waterway", "canal", SK_LINE_CANAL },
    { "highway", "motorway", SK_LINE_MOTORWAY },
    { "highway", "trunk", SK_LINE_MOTORWAY },
    { "highway", "primary", SK_LINE_PRIMARY },
    { "highway", "secondary", SK_LINE_SECONDARY },
    { "railway", "rail", SK_LINE_RAILWAY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (g_strcmp0 (sk_osm_tag_get (tags, n, rules[i].key), rules[i].value) == 0)
      {
        *klass = rules[i].klass;
        return TRUE;
      }
  return FALSE;
}
