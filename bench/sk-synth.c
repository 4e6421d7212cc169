/* sk-synth.c — the synthetic network generator of the benchmarks. */
#include "sk-synth.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>

#define LAT0 52.5
#define LON0 6.0
#define M_PER_DEG_LAT 111195.0
#define VILLAGE_SPACING_M 3000.0
#define STREET_M 70.0
#define SHAPE_M 120.0
/* Nodes a village adds on average: its grid (6–36 streets a side,
 * mean s² ≈ 540) and its share of rural roads (≈ 60 shape points). */
#define NODES_PER_VILLAGE 575

static double
m_per_deg_lon (void)
{
  return M_PER_DEG_LAT * cos (LAT0 * G_PI / 180.0);
}

static guint32
add_node (SkSynth *s,
          double   x_m,
          double   y_m)
{
  double lat = LAT0 + y_m / M_PER_DEG_LAT;
  double lon = LON0 + x_m / m_per_deg_lon ();

  g_array_append_val (s->lat, lat);
  g_array_append_val (s->lon, lon);
  return s->lat->len - 1;
}

static void
begin_way (SkSynth     *s,
           SkRoadClass  klass)
{
  SkSynthWay w = { s->refs->len, 0, klass };

  g_array_append_val (s->ways, w);
}

static void
way_add (SkSynth *s,
         guint32  node)
{
  g_array_append_val (s->refs, node);
  g_array_index (s->ways, SkSynthWay, s->ways->len - 1).n++;
}

/* A village: an s × s street grid, jittered, with a main street through
 * the middle each way. Returns its centre node. */
static guint32
add_village (SkSynth *s,
             GRand   *rand,
             double   cx,
             double   cy)
{
  int n = g_rand_int_range (rand, 6, 37);
  g_autofree guint32 *grid = g_new (guint32, n * n);

  for (int r = 0; r < n; r++)
    for (int c = 0; c < n; c++)
      {
        double x = cx + (c - n / 2) * STREET_M + g_rand_double_range (rand, -12, 12);
        double y = cy + (r - n / 2) * STREET_M + g_rand_double_range (rand, -12, 12);

        grid[r * n + c] = add_node (s, x, y);
      }
  for (int r = 0; r < n; r++)
    {
      begin_way (s, r == n / 2 ? SK_ROAD_TERTIARY : SK_ROAD_RESIDENTIAL);
      for (int c = 0; c < n; c++)
        way_add (s, grid[r * n + c]);
    }
  for (int c = 0; c < n; c++)
    {
      begin_way (s, c == n / 2 ? SK_ROAD_TERTIARY : SK_ROAD_RESIDENTIAL);
      for (int r = 0; r < n; r++)
        way_add (s, grid[r * n + c]);
    }
  return grid[(n / 2) * n + n / 2];
}

/* A rural road between two village centres, bending a little. */
static void
add_rural_road (SkSynth     *s,
                GRand       *rand,
                guint32      a,
                guint32      b,
                SkRoadClass  klass)
{
  double ay = (g_array_index (s->lat, double, a) - LAT0) * M_PER_DEG_LAT;
  double ax = (g_array_index (s->lon, double, a) - LON0) * m_per_deg_lon ();
  double by = (g_array_index (s->lat, double, b) - LAT0) * M_PER_DEG_LAT;
  double bx = (g_array_index (s->lon, double, b) - LON0) * m_per_deg_lon ();
  int k = (int) (hypot (bx - ax, by - ay) / SHAPE_M);
  double bend = g_rand_double_range (rand, -300, 300);

  begin_way (s, klass);
  way_add (s, a);
  for (int i = 1; i < k; i++)
    {
      double t = (double) i / k;
      double off = bend * sin (t * G_PI);

      way_add (s, add_node (s, ax + t * (bx - ax) + off * (ay - by) / hypot (bx - ax, by - ay),
                            ay + t * (by - ay) + off * (bx - ax) / hypot (bx - ax, by - ay)));
    }
  way_add (s, b);
}

SkSynth *
sk_synth_generate (guint32 target_nodes,
                   guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  SkSynth *s = g_new0 (SkSynth, 1);
  guint32 n_villages = MAX (4, target_nodes / NODES_PER_VILLAGE);
  int side = (int) ceil (sqrt (n_villages));

  s->lat = g_array_sized_new (FALSE, FALSE, sizeof (double), target_nodes + 1024);
  s->lon = g_array_sized_new (FALSE, FALSE, sizeof (double), target_nodes + 1024);
  s->refs = g_array_new (FALSE, FALSE, sizeof (guint32));
  s->ways = g_array_new (FALSE, FALSE, sizeof (SkSynthWay));
  s->villages = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint32 i = 0; i < (guint32) side * side; i++)
    {
      double x = (i % side) * VILLAGE_SPACING_M + g_rand_double_range (rand, -600, 600);
      double y = (i / side) * VILLAGE_SPACING_M + g_rand_double_range (rand, -600, 600);
      guint32 centre = add_village (s, rand, x, y);

      g_array_append_val (s->villages, centre);
    }
  for (int i = 0; i < side * side; i++)
    {
      guint32 here = g_array_index (s->villages, guint32, i);
      /* A quarter of the links are cycle paths only (fietspaden). */
      SkRoadClass klass = (i % 4 == 0)   ? SK_ROAD_CYCLEWAY
                          : (i % 3 == 0) ? SK_ROAD_SECONDARY
                                         : SK_ROAD_UNCLASSIFIED;

      if (i % side + 1 < side)
        add_rural_road (s, rand, here, g_array_index (s->villages, guint32, i + 1), klass);
      if (i / side + 1 < side)
        add_rural_road (s, rand, here, g_array_index (s->villages, guint32, i + side),
                        klass == SK_ROAD_CYCLEWAY ? SK_ROAD_UNCLASSIFIED : klass);
      if (i % side + 1 < side && i / side + 1 < side && g_rand_int_range (rand, 0, 3) == 0)
        add_rural_road (s, rand, here, g_array_index (s->villages, guint32, i + side + 1),
                        SK_ROAD_CYCLEWAY);
    }
  return s;
}

void
sk_synth_free (SkSynth *synth)
{
  if (synth == NULL)
    return;
  g_array_unref (synth->lat);
  g_array_unref (synth->lon);
  g_array_unref (synth->refs);
  g_array_unref (synth->ways);
  g_array_unref (synth->villages);
  g_free (synth);
}

guint32
sk_synth_get_n_nodes (SkSynth *synth)
{
  return synth->lat->len;
}

static guint
access_of (SkRoadClass klass)
{
  if (klass == SK_ROAD_CYCLEWAY)
    return SK_ACCESS (SK_MODE_LOPEN) | SK_ACCESS (SK_MODE_FIETS) | SK_ACCESS (SK_MODE_EFIETS);
  return SK_ACCESS_ALL;
}

SkNetwork *
sk_synth_to_network (SkSynth        *synth,
                     const SkSpeeds *speeds)
{
  g_autoptr(SkNetworkBuilder) b = sk_network_builder_new ();

  for (guint32 i = 0; i < synth->lat->len; i++)
    sk_network_builder_add_node (b, g_array_index (synth->lat, double, i),
                                 g_array_index (synth->lon, double, i));
  for (guint w = 0; w < synth->ways->len; w++)
    {
      const SkSynthWay *way = &g_array_index (synth->ways, SkSynthWay, w);
      const guint32 *refs = &g_array_index (synth->refs, guint32, way->first);

      for (guint32 k = 1; k < way->n; k++)
        sk_network_builder_add_edge (b, refs[k - 1], refs[k], -1, way->klass,
                                     access_of (way->klass), 0);
    }
  return sk_network_builder_end (g_steal_pointer (&b), speeds);
}

static void
write_facilities (SkSynth *synth,
                  FILE    *f,
                  guint32  first_id)
{
  static const char *const tags[] = {
    "amenity\" v=\"doctors", "shop\" v=\"supermarket", "amenity\" v=\"school",
    "amenity\" v=\"community_centre", "highway\" v=\"bus_stop",
  };

  for (guint i = 0; i < synth->villages->len; i++)
    {
      guint32 c = g_array_index (synth->villages, guint32, i);
      double lat = g_array_index (synth->lat, double, c);
      double lon = g_array_index (synth->lon, double, c);

      fprintf (f, " <node id=\"%u\" lat=\"%.7f\" lon=\"%.7f\" version=\"1\">"
                  "<tag k=\"place\" v=\"village\"/>"
                  "<tag k=\"name\" v=\"Dorp %u\"/><tag k=\"population\" v=\"%u\"/></node>\n",
               first_id + 2 * i, lat + 0.0003, lon + 0.0003, i + 1, 300 + (i * 7919) % 4000);
      fprintf (f, " <node id=\"%u\" lat=\"%.7f\" lon=\"%.7f\" version=\"1\">"
                  "<tag k=\"%s\"/></node>\n",
               first_id + 2 * i + 1, lat - 0.0004, lon + 0.0002, tags[i % G_N_ELEMENTS (tags)]);
    }
}

/* The corners of the house beside segment A–B of a village street: 20 m
 * to its left, 10 m along it, 8 m deep (metres → degrees near LAT0). */
static void
house_corners (SkSynth *synth,
               guint32  a,
               guint32  b,
               double  *lat,
               double  *lon)
{
  double ay = g_array_index (synth->lat, double, a), ax = g_array_index (synth->lon, double, a);
  double by = g_array_index (synth->lat, double, b), bx = g_array_index (synth->lon, double, b);
  double dx = (bx - ax) * m_per_deg_lon (), dy = (by - ay) * M_PER_DEG_LAT;
  double len = MAX (hypot (dx, dy), 1.0), ux = dx / len, uy = dy / len;
  double mx = (ax + bx) / 2 * m_per_deg_lon (), my = (ay + by) / 2 * M_PER_DEG_LAT;
  static const double along[] = { -5, 5, 5, -5 }, off[] = { 16, 16, 24, 24 };

  for (int i = 0; i < 4; i++)
    {
      lon[i] = (mx + along[i] * ux - off[i] * uy) / m_per_deg_lon ();
      lat[i] = (my + along[i] * uy + off[i] * ux) / M_PER_DEG_LAT;
    }
}

static gboolean
is_street (const SkSynthWay *way)
{
  return way->klass == SK_ROAD_RESIDENTIAL || way->klass == SK_ROAD_TERTIARY;
}

/* Writes the house nodes from ID on; returns the next free id. */
static guint32
write_house_nodes (SkSynth *synth,
                   FILE    *f,
                   guint32  id)
{
  const guint32 *refs = (const guint32 *) synth->refs->data;

  for (guint w = 0; w < synth->ways->len; w++)
    {
      const SkSynthWay *way = &g_array_index (synth->ways, SkSynthWay, w);

      for (guint32 k = 1; is_street (way) && k < way->n; k++)
        {
          double lat[4], lon[4];

          house_corners (synth, refs[way->first + k - 1], refs[way->first + k], lat, lon);
          for (int i = 0; i < 4; i++)
            fprintf (f, " <node id=\"%u\" lat=\"%.7f\" lon=\"%.7f\" version=\"1\"/>\n", id++,
                     lat[i], lon[i]);
        }
    }
  return id;
}

/* Farmland (1.2 km square) and a wood (500 m, east of it) per village:
 * 8 nodes from ID on. */
static guint32
write_land_nodes (SkSynth *synth,
                  FILE    *f,
                  guint32  id)
{
  static const double sx[] = { -1, 1, 1, -1 }, sy[] = { -1, -1, 1, 1 };

  for (guint i = 0; i < synth->villages->len; i++)
    {
      guint32 c = g_array_index (synth->villages, guint32, i);
      double lat = g_array_index (synth->lat, double, c), lon = g_array_index (synth->lon, double, c);

      for (int k = 0; k < 4; k++)
        fprintf (f, " <node id=\"%u\" lat=\"%.7f\" lon=\"%.7f\" version=\"1\"/>\n", id++,
                 lat + sy[k] * 1200 / M_PER_DEG_LAT, lon + sx[k] * 1200 / m_per_deg_lon ());
      for (int k = 0; k < 4; k++)
        fprintf (f, " <node id=\"%u\" lat=\"%.7f\" lon=\"%.7f\" version=\"1\"/>\n", id++,
                 lat + sy[k] * 250 / M_PER_DEG_LAT,
                 lon + (1450 + sx[k] * 250) / m_per_deg_lon ());
    }
  return id;
}

static void
write_street_ways (SkSynth *synth,
                   FILE    *f,
                   gboolean named)
{
  for (guint w = 0; w < synth->ways->len; w++)
    {
      const SkSynthWay *way = &g_array_index (synth->ways, SkSynthWay, w);

      fprintf (f, " <way id=\"%u\" version=\"1\">", w + 1);
      for (guint32 k = 0; k < way->n; k++)
        fprintf (f, "<nd ref=\"%u\"/>", g_array_index (synth->refs, guint32, way->first + k) + 1);
      fprintf (f, "<tag k=\"highway\" v=\"%s\"/>", sk_road_class_to_id (way->klass));
      if (named && is_street (way))
        fprintf (f, "<tag k=\"name\" v=\"Straat %u\"/>", w + 1);
      fputs ("</way>\n", f);
    }
}

static void
write_map_ways (SkSynth *synth,
                FILE    *f,
                guint32  house_id,
                guint32  land_id)
{
  guint32 way_id = synth->ways->len + 1;
  guint32 houses = (land_id - house_id) / 4;

  for (guint32 h = 0; h < houses; h++, house_id += 4)
    fprintf (f, " <way id=\"%u\" version=\"1\"><nd ref=\"%u\"/><nd ref=\"%u\"/><nd ref=\"%u\"/>"
                "<nd ref=\"%u\"/><nd ref=\"%u\"/><tag k=\"building\" v=\"house\"/>"
                "<tag k=\"addr:housenumber\" v=\"%u\"/></way>\n",
             way_id++, house_id, house_id + 1, house_id + 2, house_id + 3, house_id,
             1 + h % 120);
  for (guint i = 0; i < synth->villages->len; i++, land_id += 8)
    {
      fprintf (f, " <way id=\"%u\" version=\"1\"><nd ref=\"%u\"/><nd ref=\"%u\"/><nd ref=\"%u\"/>"
                  "<nd ref=\"%u\"/><nd ref=\"%u\"/><tag k=\"landuse\" v=\"farmland\"/></way>\n",
               way_id++, land_id, land_id + 1, land_id + 2, land_id + 3, land_id);
      fprintf (f, " <way id=\"%u\" version=\"1\"><nd ref=\"%u\"/><nd ref=\"%u\"/><nd ref=\"%u\"/>"
                  "<nd ref=\"%u\"/><nd ref=\"%u\"/><tag k=\"natural\" v=\"wood\"/></way>\n",
               way_id++, land_id + 4, land_id + 5, land_id + 6, land_id + 7, land_id + 4);
    }
}

static gboolean
write_osm (SkSynth     *synth,
           const char  *path,
           gboolean     map,
           GError     **error)
{
  FILE *f = fopen (path, "w");
  guint32 n = synth->lat->len, house_id, land_id = 0;

  if (f == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: %s", path, g_strerror (errno));
      return FALSE;
    }
  fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<osm version=\"0.6\" generator=\"sk-synth\">\n", f);
  for (guint32 i = 0; i < n; i++)
    fprintf (f, " <node id=\"%u\" lat=\"%.7f\" lon=\"%.7f\" version=\"1\"/>\n", i + 1,
             g_array_index (synth->lat, double, i), g_array_index (synth->lon, double, i));
  write_facilities (synth, f, n + 1);
  house_id = n + 1 + 2 * synth->villages->len;
  if (map)
    {
      land_id = write_house_nodes (synth, f, house_id);
      write_land_nodes (synth, f, land_id);
    }
  write_street_ways (synth, f, map);
  if (map)
    write_map_ways (synth, f, house_id, land_id);
  fputs ("</osm>\n", f);
  if (fclose (f) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: %s", path, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_synth_write_osm (SkSynth     *synth,
                    const char  *path,
                    GError     **error)
{
  return write_osm (synth, path, FALSE, error);
}

gboolean
sk_synth_write_osm_map (SkSynth     *synth,
                        const char  *path,
                        GError     **error)
{
  return write_osm (synth, path, TRUE, error);
}
