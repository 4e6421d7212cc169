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

gboolean
sk_synth_write_osm (SkSynth     *synth,
                    const char  *path,
                    GError     **error)
{
  FILE *f = fopen (path, "w");
  guint32 n = synth->lat->len;

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
  for (guint w = 0; w < synth->ways->len; w++)
    {
      const SkSynthWay *way = &g_array_index (synth->ways, SkSynthWay, w);

      fprintf (f, " <way id=\"%u\" version=\"1\">", w + 1);
      for (guint32 k = 0; k < way->n; k++)
        fprintf (f, "<nd ref=\"%u\"/>", g_array_index (synth->refs, guint32, way->first + k) + 1);
      fprintf (f, "<tag k=\"highway\" v=\"%s\"/></way>\n", sk_road_class_to_id (way->klass));
    }
  fputs ("</osm>\n", f);
  if (fclose (f) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: %s", path, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}
