/* test-network.c — the network, snapping, the multi-source Dijkstra and
 * its incremental edits, network.bin and the crow-fly fallback. */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sk-kengetallen.h"
#include "sk-network.h"
#include "sk-reach-eval.h"
#include "sk-reach.h"

/* Round speeds, so that times are easy to check by hand. */
static void
test_speeds (SkSpeeds *s)
{
  static const double per_mode[SK_N_MODES] = { 5.0, 15.0, 20.0, 60.0 };

  for (int m = 0; m < SK_N_MODES; m++)
    for (int c = 0; c < SK_N_ROAD_CLASSES; c++)
      s->kmh[m][c] = per_mode[m];
  s->kmh[SK_MODE_AUTO][SK_ROAD_MOTORWAY] = 100.0;
}

/* A random connected-ish graph of N nodes in a 2 km square near Meppel,
 * with random classes, access and lengths (≥ the straight line); with
 * ONEWAY a third of the edges are one-way for the car. */
static SkNetwork *
random_network_full (GRand    *rand,
                     guint32   n,
                     guint32   n_extra_edges,
                     gboolean  oneway)
{
  g_autoptr(SkNetworkBuilder) b = sk_network_builder_new ();
  SkSpeeds speeds;

  test_speeds (&speeds);
  for (guint32 i = 0; i < n; i++)
    sk_network_builder_add_node (b, 52.70 + g_rand_double_range (rand, 0, 0.018),
                                 6.20 + g_rand_double_range (rand, 0, 0.03));
  for (guint32 i = 1; i < n + n_extra_edges; i++)
    {
      guint32 u = i < n ? i : (guint32) g_rand_int_range (rand, 0, (gint32) n);
      guint32 v = (guint32) g_rand_int_range (rand, 0, i < n ? (gint32) i : (gint32) n);
      guint access = (guint) g_rand_int_range (rand, 1, SK_ACCESS_ALL + 1);
      SkRoadClass klass = (SkRoadClass) g_rand_int_range (rand, 0, SK_ROAD_NEW_LINE);
      double len = g_rand_boolean (rand) ? -1.0 : g_rand_double_range (rand, 10, 900);

      if (oneway && g_rand_int_range (rand, 0, 3) == 0)
        access |= SK_ACCESS_CAR_ONEWAY;
      if (u != v)
        sk_network_builder_add_edge (b, u, v, len, klass, access, g_rand_boolean (rand) ? 30 : 0);
    }
  return sk_network_builder_end (g_steal_pointer (&b), &speeds);
}

static SkNetwork *
random_network (GRand   *rand,
                guint32  n,
                guint32  n_extra_edges)
{
  return random_network_full (rand, n, n_extra_edges, FALSE);
}

/* Floyd–Warshall over MODE's arcs: the reference for Dijkstra. */
static double *
all_pairs (SkNetwork *net,
           SkMode     mode)
{
  guint32 n = sk_network_get_n_nodes (net);
  double *d = g_new (double, (size_t) n * n);
  SkCsr csr;

  sk_network_get_csr (net, mode, &csr);
  for (size_t i = 0; i < (size_t) n * n; i++)
    d[i] = INFINITY;
  for (guint32 i = 0; i < n; i++)
    {
      d[(size_t) i * n + i] = 0;
      for (guint32 k = csr.offsets[i]; k < csr.offsets[i + 1]; k++)
        d[(size_t) i * n + csr.arcs[k].target] = MIN (d[(size_t) i * n + csr.arcs[k].target],
                                                      csr.arcs[k].time);
    }
  for (guint32 k = 0; k < n; k++)
    for (guint32 i = 0; i < n; i++)
      for (guint32 j = 0; j < n; j++)
        if (d[(size_t) i * n + k] + d[(size_t) k * n + j] < d[(size_t) i * n + j])
          d[(size_t) i * n + j] = d[(size_t) i * n + k] + d[(size_t) k * n + j];
  return d;
}

static void
assert_close (double      got,
              double      want,
              const char *what)
{
  if (isinf (want) ? got < G_MAXFLOAT : fabs (got - want) > 1e-3 * MAX (1.0, want))
    g_error ("%s: got %g, want %g", what, got, want);
}

/* Dijkstra against Floyd–Warshall on random graphs; with ONEWAY the car's
 * graph is directed, and a site on a one-way edge is reached from its
 * start only. */
static void
dijkstra_reference (gboolean oneway)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);

  for (int round = 0; round < 30; round++)
    {
      guint32 n = (guint32) g_rand_int_range (rand, 5, 40);
      g_autoptr(SkNetwork) net = random_network_full (rand, n, n / 2, oneway);
      SkMode mode = oneway ? SK_MODE_AUTO : (SkMode) (round % SK_N_MODES);
      g_autofree double *d = all_pairs (net, mode);
      g_autoptr(SkReach) reach = sk_reach_new (net, mode);
      SkLatLon sites[4];
      SkSnap snaps[4];
      const float *times;
      int n_sites = g_rand_int_range (rand, 1, 5);

      for (int s = 0; s < n_sites; s++)
        {
          sites[s] = (SkLatLon) { 52.70 + g_rand_double_range (rand, 0, 0.018),
                                  6.20 + g_rand_double_range (rand, 0, 0.03) };
          if (!sk_network_snap (net, mode, sites[s].lat, sites[s].lon, &snaps[s]))
            n_sites = 0;  /* this mode has no edges at all */
        }
      if (n_sites == 0)
        continue;
      sk_reach_set_sites (reach, SK_FACILITY_HUISARTS, sites, n_sites);
      times = sk_reach_get_times (reach, SK_FACILITY_HUISARTS);
      for (guint32 v = 0; v < n; v++)
        {
          double want = INFINITY;

          for (int s = 0; s < n_sites; s++)
            {
              const SkSnap *sn = &snaps[s];

              want = MIN (want, sn->offset_s + sn->to_u_s + d[(size_t) sn->u * n + v]);
              if (!sn->forward_only)
                want = MIN (want, sn->offset_s + sn->to_v_s + d[(size_t) sn->v * n + v]);
            }
          assert_close (times[v], want, "time to nearest site");
        }
    }
}

static void
test_dijkstra_reference (void)
{
  dijkstra_reference (FALSE);
}

static void
test_oneway_reference (void)
{
  dijkstra_reference (TRUE);
}

/* A plus-shaped network: centre 0, arms 1 (north), 2 (east), 3 (south),
 * 4 (west), each arm 0.01° long; the west arm is a footway (no cars). */
static SkNetwork *
plus_network (void)
{
  g_autoptr(SkNetworkBuilder) b = sk_network_builder_new ();
  SkSpeeds speeds;

  test_speeds (&speeds);
  sk_network_builder_add_node (b, 52.70, 6.20);
  sk_network_builder_add_node (b, 52.71, 6.20);
  sk_network_builder_add_node (b, 52.70, 6.21);
  sk_network_builder_add_node (b, 52.69, 6.20);
  sk_network_builder_add_node (b, 52.70, 6.19);
  for (guint32 i = 1; i <= 3; i++)
    sk_network_builder_add_edge (b, 0, i, -1, SK_ROAD_RESIDENTIAL, SK_ACCESS_ALL, 0);
  sk_network_builder_add_edge (b, 0, 4, -1, SK_ROAD_FOOTWAY,
                               SK_ACCESS (SK_MODE_LOPEN) | SK_ACCESS (SK_MODE_FIETS), 0);
  return sk_network_builder_end (g_steal_pointer (&b), &speeds);
}

typedef struct
{
  const char *name;
  SkMode mode;
  double lat, lon;
  guint32 other_end;     /* the edge's end that is not the centre */
  double fraction_from_centre;
  double offset_m;
} SnapCase;

/* 0.001° of latitude is 111.2 m; of longitude at 52.7°, 67.4 m. */
static const SnapCase snap_cases[] = {
  { "north-arm", SK_MODE_FIETS, 52.705, 6.2002, 1, 0.5, 13.5 },
  { "east-arm", SK_MODE_AUTO, 52.7001, 6.208, 2, 0.8, 11.1 },
  { "west-footway", SK_MODE_LOPEN, 52.7002, 6.195, 4, 0.5, 22.2 },
  /* A car cannot use the footway: it snaps to the centre of the cross. */
  { "west-by-car", SK_MODE_AUTO, 52.7000, 6.195, G_MAXUINT32, 0.0, 337.1 },
  { "far-south", SK_MODE_FIETS, 52.60, 6.20, 3, 1.0, 10008.0 },
};

static void
test_snap (gconstpointer data)
{
  const SnapCase *c = data;
  g_autoptr(SkNetwork) net = plus_network ();
  SkSnap s;
  guint32 other;
  double from_centre;

  g_assert_true (sk_network_snap (net, c->mode, c->lat, c->lon, &s));
  g_assert_true (s.u == 0 || s.v == 0);
  other = s.u == 0 ? s.v : s.u;
  from_centre = s.u == 0 ? s.fraction : 1.0 - s.fraction;
  if (c->other_end != G_MAXUINT32)
    g_assert_cmpuint (other, ==, c->other_end);
  g_assert_cmpfloat_with_epsilon (from_centre, c->fraction_from_centre, 0.01);
  g_assert_cmpfloat_with_epsilon (s.offset_m, c->offset_m, 0.005 * c->offset_m + 0.5);
  g_assert_cmpfloat_with_epsilon (s.to_u_m + s.to_v_m, sk_network_edge_length (net, s.edge), 0.01);
}

/* Distance from (px, py) to the segment a–b, in the network's projection. */
static double
segment_distance (double px,
                  double py,
                  double ax,
                  double ay,
                  double bx,
                  double by)
{
  double dx = bx - ax, dy = by - ay;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? CLAMP (((px - ax) * dx + (py - ay) * dy) / len2, 0.0, 1.0) : 0.0;

  return hypot (ax + t * dx - px, ay + t * dy - py);
}

/* The grid index finds what a search over every arc finds. */
static void
test_snap_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);
  g_autoptr(SkNetworkBuilder) b = sk_network_builder_new ();
  g_autoptr(SkNetwork) net = NULL;
  SkSpeeds speeds;
  SkCsr csr;

  test_speeds (&speeds);
  for (guint32 i = 0; i < 400; i++)
    sk_network_builder_add_node (b, 52.70 + g_rand_double_range (rand, 0, 0.05),
                                 6.20 + g_rand_double_range (rand, 0, 0.08));
  /* A random tree plus extra edges: connected, so every edge counts. */
  for (guint32 i = 1; i < 600; i++)
    sk_network_builder_add_edge (b, i < 400 ? i : (guint32) g_rand_int_range (rand, 0, 400),
                                 (guint32) g_rand_int_range (rand, 0, (gint32) MIN (i, 400)), -1,
                                 SK_ROAD_RESIDENTIAL, SK_ACCESS_ALL, 0);
  net = sk_network_builder_end (g_steal_pointer (&b), &speeds);
  sk_network_get_csr (net, SK_MODE_FIETS, &csr);
  for (int trial = 0; trial < 300; trial++)
    {
      /* Inside the network's box and up to 3 km outside it. */
      double lat = 52.67 + g_rand_double_range (rand, 0, 0.11);
      double lon = 6.16 + g_rand_double_range (rand, 0, 0.16);
      double px, py, best = G_MAXDOUBLE;
      SkSnap snap;

      sk_network_project (net, lat, lon, &px, &py);
      for (guint32 u = 0; u < csr.n_nodes; u++)
        for (guint32 k = csr.offsets[u]; k < csr.offsets[u + 1]; k++)
          {
            double ulat, ulon, vlat, vlon, ax, ay, bx, by;

            sk_network_get_node (net, u, &ulat, &ulon);
            sk_network_get_node (net, csr.arcs[k].target, &vlat, &vlon);
            sk_network_project (net, ulat, ulon, &ax, &ay);
            sk_network_project (net, vlat, vlon, &bx, &by);
            best = MIN (best, segment_distance (px, py, ax, ay, bx, by));
          }
      g_assert_true (sk_network_snap (net, SK_MODE_FIETS, lat, lon, &snap));
      g_assert_cmpfloat_with_epsilon (snap.offset_m, best, 1e-6 * MAX (1.0, best));
    }
}

static void
snapshot_times (SkReach        *reach,
                SkFacilityType  type,
                float          *out)
{
  const float *t = sk_reach_get_times (reach, type);

  memcpy (out, t, sizeof (float) * sk_reach_get_n_nodes (reach));
}

static void
assert_same_as_full (SkReach        *reach,
                     SkFacilityType  type,
                     int             step)
{
  guint32 n = sk_reach_get_n_nodes (reach);
  g_autofree float *incremental = g_new (float, n);
  const float *full;

  snapshot_times (reach, type, incremental);
  sk_reach_recompute (reach, type);
  full = sk_reach_get_times (reach, type);
  for (guint32 v = 0; v < n; v++)
    if (!(incremental[v] == full[v]
          || fabs (incremental[v] - full[v]) <= 1e-3 * MAX (1.0, full[v])))
      g_error ("step %d, node %u: incremental %g, full %g", step, v, incremental[v], full[v]);
}

static void
random_edit (GRand   *rand,
             SkReach *reach,
             GArray  *ids)
{
  double lat = 52.70 + g_rand_double_range (rand, 0, 0.018);
  double lon = 6.20 + g_rand_double_range (rand, 0, 0.03);
  int what = g_rand_int_range (rand, 0, 10);

  if (what < 4 || ids->len == 0)
    {
      int id = sk_reach_add_site (reach, SK_FACILITY_SUPERMARKT, lat, lon);
      g_array_append_val (ids, id);
    }
  else if (what < 7)
    {
      guint i = (guint) g_rand_int_range (rand, 0, (gint32) ids->len);
      int id = g_array_index (ids, int, i);

      g_assert_true (sk_reach_remove_site (reach, SK_FACILITY_SUPERMARKT, id));
      g_array_remove_index_fast (ids, i);
    }
  else if (what < 9)
    {
      guint i = (guint) g_rand_int_range (rand, 0, (gint32) ids->len);
      int id = g_array_index (ids, int, i);

      g_assert_true (sk_reach_move_site (reach, SK_FACILITY_SUPERMARKT, id, lat, lon));
    }
  else
    {
      SkLatLon line[3] = { { lat, lon }, { lat + 0.003, lon + 0.002 },
                           { lat + 0.005, lon - 0.004 } };
      sk_reach_add_line (reach, line, 3, SK_ACCESS (SK_MODE_LOPEN) | SK_ACCESS (SK_MODE_FIETS));
    }
}

static void
incremental (gboolean oneway)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  for (int round = 0; round < 12; round++)
    {
      g_autoptr(SkNetwork) net = random_network_full (rand, 300, 250, oneway);
      g_autoptr(SkReach) reach = sk_reach_new (net, oneway ? SK_MODE_AUTO
                                                           : (SkMode) (round % SK_N_MODES));
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (int));
      SkLatLon first = { 52.705, 6.21 };
      int id;

      sk_reach_set_sites (reach, SK_FACILITY_SUPERMARKT, &first, 1);
      id = 0;
      g_array_append_val (ids, id);
      for (int step = 0; step < 40; step++)
        {
          random_edit (rand, reach, ids);
          assert_same_as_full (reach, SK_FACILITY_SUPERMARKT, step);
        }
    }
}

static void
test_incremental (void)
{
  incremental (FALSE);
}

/* Adding, removing and moving shops on a car graph with one-way streets
 * gives what a search from scratch gives. */
static void
test_oneway_incremental (void)
{
  incremental (TRUE);
}

/* network.bin keeps the one-way streets: the car's arcs survive a save. */
static void
test_oneway_save_load (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(SkNetwork) net = random_network_full (rand, 100, 60, TRUE);
  g_autofree char *dir = g_dir_make_tmp ("sk-net-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "network.bin", NULL);
  g_autoptr(SkNetwork) loaded = NULL;
  SkSpeeds speeds;

  test_speeds (&speeds);
  g_assert_true (sk_network_is_directed (net, SK_MODE_AUTO));
  g_assert_false (sk_network_is_directed (net, SK_MODE_FIETS));
  /* One arc per one-way edge: fewer than two per edge. */
  g_assert_cmpuint (sk_network_get_n_arcs (net, SK_MODE_AUTO), <,
                    2 * sk_network_get_n_edges (net));
  g_assert_true (sk_network_save (net, path, NULL));
  loaded = sk_network_load (path, &speeds, NULL);
  g_assert_nonnull (loaded);
  g_assert_true (sk_network_is_directed (loaded, SK_MODE_AUTO));
  g_assert_cmpuint (sk_network_get_n_arcs (loaded, SK_MODE_AUTO), ==,
                    sk_network_get_n_arcs (net, SK_MODE_AUTO));
  g_unlink (path);
  g_rmdir (dir);
}

/* A drawn fietspad that short-cuts a detour makes the far end quicker. */
static void
test_line_shortcut (void)
{
  g_autoptr(SkNetwork) net = plus_network ();
  g_autoptr(SkReach) reach = sk_reach_new (net, SK_MODE_FIETS);
  SkLatLon site = { 52.71, 6.20 };                 /* at the north end */
  SkLatLon path[2] = { { 52.71, 6.20 }, { 52.70, 6.21 } };  /* north → east */
  double before_s, after_s, m;

  sk_reach_set_sites (reach, SK_FACILITY_BASISSCHOOL, &site, 1);
  g_assert_true (sk_reach_query (reach, SK_FACILITY_BASISSCHOOL, 52.70, 6.21, &before_s, &m));
  sk_reach_add_line (reach, path, 2, SK_ACCESS (SK_MODE_FIETS));
  g_assert_true (sk_reach_query (reach, SK_FACILITY_BASISSCHOOL, 52.70, 6.21, &after_s, &m));
  /* Before: 1112 m + 674 m along the arms; after: the diagonal, 1298 m. At
   * 15 km/h (250 m/min): 428 s → 312 s. */
  g_assert_cmpfloat_with_epsilon (before_s, (1111.9 + 674.0) / (15 / 3.6), 2.0);
  g_assert_cmpfloat_with_epsilon (after_s, 1298.0 / (15 / 3.6), 2.0);
}

static void
test_save_load (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(SkNetwork) net = random_network (rand, 200, 100);
  g_autofree char *dir = g_dir_make_tmp ("sk-net-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "network.bin", NULL);
  g_autoptr(SkNetwork) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize len;
  SkSpeeds speeds;

  test_speeds (&speeds);
  g_assert_true (sk_network_save (net, path, &error));
  g_assert_no_error (error);
  loaded = sk_network_load (path, &speeds, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sk_network_get_n_nodes (loaded), ==, 200);
  g_assert_cmpuint (sk_network_get_n_edges (loaded), ==, sk_network_get_n_edges (net));
  g_assert_null (sk_network_get_checksum (net));
  g_assert_cmpuint (strlen (sk_network_get_checksum (loaded)), ==, 64);
  for (int m = 0; m < SK_N_MODES; m++)
    g_assert_cmpuint (sk_network_get_n_arcs (loaded, m), ==, sk_network_get_n_arcs (net, m));

  /* One flipped byte is caught by the checksum. */
  g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
  bytes[len / 2] ^= 0x40;
  g_assert_true (g_file_set_contents (path, bytes, (gssize) len, NULL));
  g_assert_null (sk_network_load (path, &speeds, &error));
  g_assert_error (error, SK_NETWORK_ERROR, SK_NETWORK_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "network.bin"));
  g_clear_error (&error);
  /* So is a truncated one. */
  g_assert_true (g_file_set_contents (path, bytes, (gssize) len - 100, NULL));
  g_assert_null (sk_network_load (path, &speeds, &error));
  g_assert_error (error, SK_NETWORK_ERROR, SK_NETWORK_ERROR_CORRUPT);
  g_unlink (path);
  g_rmdir (dir);
}

/* A street 0–1–2–3 east along 52.70 N (node 2 bent 111 m north) and a
 * cycle path 3–4: nodes 1 and 2 only shape the street and are
 * contracted; snapping near node 2 still finds the bend, with the
 * distance along the street; save and load keep it. */
static void
test_contract (void)
{
  g_autoptr(SkNetworkBuilder) b = sk_network_builder_new ();
  g_autoptr(SkNetwork) net = NULL;
  g_autoptr(SkNetwork) loaded = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sk-net-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "network.bin", NULL);
  SkSpeeds speeds;
  SkSnap snap;

  test_speeds (&speeds);
  for (int i = 0; i < 4; i++)
    sk_network_builder_add_node (b, 52.70 + (i == 2 ? 0.001 : 0.0), 6.20 + 0.01 * i);
  sk_network_builder_add_node (b, 52.71, 6.23);
  for (guint32 i = 0; i < 3; i++)
    sk_network_builder_add_edge (b, i, i + 1, -1, SK_ROAD_RESIDENTIAL, SK_ACCESS_ALL, 0);
  sk_network_builder_add_edge (b, 3, 4, -1, SK_ROAD_CYCLEWAY, SK_ACCESS_ALL, 0);
  sk_network_builder_contract (b);
  /* 0, 3 and 4 are left; 0–3 with its shape, and 3–4. */
  g_assert_cmpuint (sk_network_builder_get_n_nodes (b), ==, 3);
  g_assert_cmpuint (sk_network_builder_get_n_edges (b), ==, 2);
  net = sk_network_builder_end (g_steal_pointer (&b), &speeds);
  g_assert_true (sk_network_snap (net, SK_MODE_LOPEN, 52.7012, 6.22, &snap));
  /* 22 m north of the bend at node 2, not 133 m off the chord from 0 to
   * 3; the street is 674 m + 2 × 683 m long (0.01° of longitude at
   * 52.70 N is 674 m; with the bend, √(674² + 111²) = 683 m). */
  g_assert_cmpfloat_with_epsilon (snap.offset_m, 22.2, 1.5);
  g_assert_cmpfloat_with_epsilon (snap.to_u_m + snap.to_v_m, 674.0 + 2 * 683.0, 2.0);
  g_assert_cmpfloat_with_epsilon (snap.to_u_m, 674.0 + 683.0, 3.0);
  g_assert_true (sk_network_save (net, path, NULL));
  loaded = sk_network_load (path, &speeds, NULL);
  g_assert_nonnull (loaded);
  {
    SkSnap again;

    g_assert_true (sk_network_snap (loaded, SK_MODE_LOPEN, 52.7012, 6.22, &again));
    g_assert_cmpfloat_with_epsilon (again.to_u_m, snap.to_u_m, 0.01);
    g_assert_cmpfloat_with_epsilon (again.offset_m, snap.offset_m, 0.01);
  }
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_crow_fly (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-region.json", NULL);
  g_autoptr(SkRegion) region = sk_region_load (path, &error);
  g_autoptr(SkReachResult) before = NULL;
  g_autoptr(SkReachResult) after = NULL;
  const SkReachSummary *s;
  const SkNearest *n;
  double meters, minutes;
  SkReachAddition school_b = { SK_FACILITY_BASISSCHOOL, 52.70, 6.30 };

  g_assert_no_error (error);
  /* (52.70, 6.20) → (52.70, 6.30): haversine = 2R·asin(cos 52.7° · sin 0.05°)
   * = 2 · 6 371 008.8 · asin(0.605988 · 0.000872665) = 6738.3 m; × detour
   * 1.3 = 8759.8 m; by bike at 15 km/h (250 m/min): 35.04 min; by car at
   * 55 km/h (tertiary, 916.7 m/min): 9.56 min. */
  sk_reach_crow_fly (k, SK_MODE_FIETS, 52.70, 6.20, 52.70, 6.30, &meters, &minutes);
  g_assert_cmpfloat_with_epsilon (meters, 8759.8, 0.1);
  g_assert_cmpfloat_with_epsilon (minutes, 35.04, 0.01);
  sk_reach_crow_fly (k, SK_MODE_AUTO, 52.70, 6.20, 52.70, 6.30, &meters, &minutes);
  g_assert_cmpfloat_with_epsilon (minutes, 9.56, 0.01);

  /* The fixture has a basisschool in A-dorp (1000 inhabitants) and none in
   * B-dorp (3000), 6738 m east. By bike: mean (1000 · 0 + 3000 · 35.04) /
   * 4000 = 26.28 min; within the 15-min norm: 1000 / 4000 = 0.25. */
  g_assert_true (sk_reach_evaluate (region, k, &school_b, 1, SK_ACCESS (SK_MODE_FIETS),
                                    &before, &after, &error));
  g_assert_cmpint (sk_reach_result_get_method (before), ==, SK_REACH_METHOD_CROW_FLY);
  n = sk_reach_result_get_nearest (before, 1, SK_FACILITY_BASISSCHOOL, SK_MODE_FIETS);
  g_assert_true (n->reachable);
  g_assert_cmpfloat_with_epsilon (n->minutes, 35.04, 0.01);
  s = sk_reach_result_get_summary (before, SK_FACILITY_BASISSCHOOL, SK_MODE_FIETS);
  g_assert_cmpfloat_with_epsilon (s->mean_minutes, 26.28, 0.01);
  g_assert_cmpfloat_with_epsilon (s->share_within_norm, 0.25, 1e-9);
  g_assert_cmpfloat (s->norm_minutes, ==, 15.0);
  /* After a school in B-dorp: everyone is within the norm. */
  s = sk_reach_result_get_summary (after, SK_FACILITY_BASISSCHOOL, SK_MODE_FIETS);
  g_assert_cmpfloat_with_epsilon (s->mean_minutes, 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (s->share_within_norm, 1.0, 1e-9);
  /* Modes that were not asked for are not there. */
  s = sk_reach_result_get_summary (before, SK_FACILITY_BASISSCHOOL, SK_MODE_AUTO);
  g_assert_false (s->present);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/network/dijkstra-reference", test_dijkstra_reference);
  for (guint i = 0; i < G_N_ELEMENTS (snap_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/network/snap/%s", snap_cases[i].name);
      g_test_add_data_func (name, &snap_cases[i], test_snap);
    }
  g_test_add_func ("/network/snap-brute-force", test_snap_brute_force);
  g_test_add_func ("/network/incremental", test_incremental);
  g_test_add_func ("/network/oneway/dijkstra-reference", test_oneway_reference);
  g_test_add_func ("/network/oneway/incremental", test_oneway_incremental);
  g_test_add_func ("/network/oneway/save-load", test_oneway_save_load);
  g_test_add_func ("/network/line-shortcut", test_line_shortcut);
  g_test_add_func ("/network/save-load", test_save_load);
  g_test_add_func ("/network/contract", test_contract);
  g_test_add_func ("/network/crow-fly", test_crow_fly);
  return g_test_run ();
}
