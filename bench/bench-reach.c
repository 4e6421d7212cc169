/* bench-reach.c — the reachability engine on a synthetic network.
 *
 * Prints JSON:
 *  (a) full recomputation of 8 facility types for one mode (fiets);
 *  (b) p50/p95 of an incremental add, move and remove with 200
 *      interventions present;
 *  (c) the same one-type multi-source query done by igraph (python3-igraph,
 *      bench-igraph.py) on the identical graph in this run, as a ratio.
 * Usage: bench-reach [NODES] (default 300000)
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>

#include "sk-kengetallen.h"
#include "sk-reach.h"
#include "sk-synth.h"

#define N_TYPES 8
#define N_INTERVENTIONS 200
#define N_TRIALS 200
#define REPEATS 5

static const SkFacilityType types[N_TYPES] = {
  SK_FACILITY_HUISARTS, SK_FACILITY_APOTHEEK, SK_FACILITY_BASISSCHOOL, SK_FACILITY_SUPERMARKT,
  SK_FACILITY_STATION, SK_FACILITY_BUSHALTE, SK_FACILITY_ONTMOETINGSPLEK, SK_FACILITY_SPORT,
};
/* Sites per 100 villages: rural Drenthe has a GP in about half of its
 * villages, a station in very few, a bus stop in most. */
static const int per_100_villages[N_TYPES] = { 45, 30, 70, 40, 3, 150, 60, 50 };

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *ms,
            double  p)
{
  g_array_sort (ms, compare_double);
  return g_array_index (ms, double, (guint) MIN (ms->len - 1, p * ms->len));
}

static SkLatLon
near_village (SkSynth *synth,
              GRand   *rand)
{
  guint32 v = g_array_index (synth->villages, guint32,
                             g_rand_int_range (rand, 0, (gint32) synth->villages->len));
  SkLatLon p;

  p.lat = g_array_index (synth->lat, double, v) + g_rand_double_range (rand, -0.006, 0.006);
  p.lon = g_array_index (synth->lon, double, v) + g_rand_double_range (rand, -0.009, 0.009);
  return p;
}

static GArray *
make_sites (SkSynth *synth,
            GRand   *rand,
            int      t)
{
  GArray *sites = g_array_new (FALSE, FALSE, sizeof (SkLatLon));
  int n = MAX (1, per_100_villages[t] * (int) synth->villages->len / 100);

  for (int i = 0; i < n; i++)
    {
      SkLatLon p = near_village (synth, rand);
      g_array_append_val (sites, p);
    }
  return sites;
}

/* (a) Full recomputation of all 8 types, REPEATS times; the median. */
static double
bench_full (SkReach  *reach,
            GArray  **sites)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));

  for (int r = 0; r < REPEATS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double ms;

      for (int t = 0; t < N_TYPES; t++)
        sk_reach_set_sites (reach, types[t], (SkLatLon *) sites[t]->data, sites[t]->len);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (runs, ms);
    }
  return percentile (runs, 0.5);
}

typedef struct
{
  GArray *add, *move, *remove;   /* ms */
} EditTimes;

/* (b) 200 interventions of random types first; then timed edits. */
static void
bench_edits (SkReach   *reach,
             SkSynth   *synth,
             GRand     *rand,
             EditTimes *out)
{
  int ids[N_INTERVENTIONS], kinds[N_INTERVENTIONS];

  for (int i = 0; i < N_INTERVENTIONS; i++)
    {
      SkLatLon p = near_village (synth, rand);

      kinds[i] = g_rand_int_range (rand, 0, N_TYPES);
      ids[i] = sk_reach_add_site (reach, types[kinds[i]], p.lat, p.lon);
    }
  for (int trial = 0; trial < N_TRIALS; trial++)
    {
      SkLatLon p = near_village (synth, rand), q = near_village (synth, rand);
      int t = g_rand_int_range (rand, 0, N_TYPES);
      int i = g_rand_int_range (rand, 0, N_INTERVENTIONS);
      gint64 t0 = g_get_monotonic_time ();
      int id = sk_reach_add_site (reach, types[t], p.lat, p.lon);
      gint64 t1 = g_get_monotonic_time ();
      double ms;

      sk_reach_remove_site (reach, types[t], id);
      ms = (g_get_monotonic_time () - t1) / 1000.0;
      g_array_append_val (out->remove, ms);
      ms = (t1 - t0) / 1000.0;
      g_array_append_val (out->add, ms);
      t0 = g_get_monotonic_time ();
      sk_reach_move_site (reach, types[kinds[i]], ids[i], q.lat, q.lon);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (out->move, ms);
    }
}

/* Writes MODE's graph and TYPE's seeds for bench-igraph.py. */
static void
write_igraph_input (SkNetwork   *net,
                    SkMode       mode,
                    GArray      *sites,
                    const char  *path)
{
  FILE *f = fopen (path, "wb");
  g_autoptr(GArray) uv = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) w = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) seed_nodes = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) seed_times = g_array_new (FALSE, FALSE, sizeof (double));
  guint32 head[3];
  SkCsr csr;

  sk_network_get_csr (net, mode, &csr);
  for (guint32 u = 0; u < csr.n_nodes; u++)
    for (guint32 k = csr.offsets[u]; k < csr.offsets[u + 1]; k++)
      if (u < csr.arcs[k].target)
        {
          double t = csr.arcs[k].time;
          g_array_append_val (uv, u);
          g_array_append_val (uv, csr.arcs[k].target);
          g_array_append_val (w, t);
        }
  for (guint i = 0; i < sites->len; i++)
    {
      SkLatLon p = g_array_index (sites, SkLatLon, i);
      SkSnap s;
      double tu, tv;

      if (!sk_network_snap (net, mode, p.lat, p.lon, &s))
        continue;
      tu = s.offset_s + s.to_u_s, tv = s.offset_s + s.to_v_s;
      g_array_append_val (seed_nodes, s.u);
      g_array_append_val (seed_times, tu);
      g_array_append_val (seed_nodes, s.v);
      g_array_append_val (seed_times, tv);
    }
  head[0] = csr.n_nodes, head[1] = w->len, head[2] = seed_nodes->len;
  fwrite (head, sizeof (guint32), 3, f);
  fwrite (uv->data, sizeof (guint32), uv->len, f);
  fwrite (w->data, sizeof (double), w->len, f);
  fwrite (seed_nodes->data, sizeof (guint32), seed_nodes->len, f);
  fwrite (seed_times->data, sizeof (double), seed_times->len, f);
  fclose (f);
}

typedef struct
{
  double ours_ms, igraph_ms;
  gboolean agree;
  char *version;
} IgraphResult;

/* (c) The same query, ours and igraph's, medians of REPEATS runs. */
static gboolean
bench_igraph (SkNetwork    *net,
              SkMode        mode,
              GArray       *sites,
              IgraphResult *out)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "graph.bin", NULL);
  g_autofree char *json = NULL;
  g_autoptr(SkReach) reach = sk_reach_new (net, mode);
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *argv[] = { "/usr/bin/python3", SK_BENCH_IGRAPH_SCRIPT, path, "5", NULL };
  JsonObject *root, *sample;
  JsonArray *runs;
  g_autoptr(GList) keys = NULL;
  const float *times;
  int status;

  write_igraph_input (net, mode, sites, path);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &json, NULL, &status,
                     NULL)
      || !g_spawn_check_wait_status (status, NULL)
      || !json_parser_load_from_data (parser, json, -1, NULL))
    return FALSE;
  g_unlink (path);
  g_rmdir (dir);
  sk_reach_set_sites (reach, SK_FACILITY_HUISARTS, (SkLatLon *) sites->data, sites->len);
  for (int r = 0; r < REPEATS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double ms;

      sk_reach_recompute (reach, SK_FACILITY_HUISARTS);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (ours, ms);
    }
  root = json_node_get_object (json_parser_get_root (parser));
  runs = json_object_get_array_member (root, "runs_s");
  for (guint i = 0; i < json_array_get_length (runs); i++)
    {
      double ms = json_array_get_double_element (runs, i) * 1000.0;
      g_array_append_val (theirs, ms);
    }
  times = sk_reach_get_times (reach, SK_FACILITY_HUISARTS);
  sample = json_object_get_object_member (root, "sample");
  keys = json_object_get_members (sample);
  out->agree = TRUE;
  for (GList *l = keys; l != NULL; l = l->next)
    {
      double theirs_s = json_object_get_double_member (sample, l->data);
      double ours_s = times[atoi (l->data)];

      if (ABS (theirs_s - ours_s) > 1e-3 * MAX (1.0, theirs_s))
        out->agree = FALSE;
    }
  out->ours_ms = percentile (ours, 0.5);
  out->igraph_ms = percentile (theirs, 0.5);
  out->version = g_strdup (json_object_get_string_member (root, "igraph"));
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  guint32 target = argc > 1 ? (guint32) atoi (argv[1]) : 300000;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(SkSynth) synth = NULL;
  g_autoptr(SkNetwork) net = NULL;
  g_autoptr(SkReach) reach = NULL;
  GArray *sites[N_TYPES];
  EditTimes edits = { g_array_new (FALSE, FALSE, sizeof (double)),
                      g_array_new (FALSE, FALSE, sizeof (double)),
                      g_array_new (FALSE, FALSE, sizeof (double)) };
  IgraphResult ig = { 0 };
  SkSpeeds speeds;
  gint64 t0;
  double build_ms, full_ms;
  int n_sites = 0;

  if (k == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  sk_kengetallen_get_speeds (k, &speeds);
  synth = sk_synth_generate (target, 1);
  t0 = g_get_monotonic_time ();
  net = sk_synth_to_network (synth, &speeds);
  build_ms = (g_get_monotonic_time () - t0) / 1000.0;
  reach = sk_reach_new (net, SK_MODE_FIETS);
  for (int t = 0; t < N_TYPES; t++)
    n_sites += (sites[t] = make_sites (synth, rand, t))->len;
  full_ms = bench_full (reach, sites);
  bench_edits (reach, synth, rand, &edits);
  if (!bench_igraph (net, SK_MODE_FIETS, sites[0], &ig))
    g_printerr ("igraph could not be run (apt-get install python3-igraph)\n");

  g_print ("{\n  \"benchmark\": \"reach\",\n  \"nodes\": %u,\n  \"edges\": %u,\n"
           "  \"villages\": %u,\n"
           "  \"mode\": \"fiets\",\n  \"arcs\": %u,\n  \"build_graphs_ms\": %.1f,\n",
           sk_network_get_n_nodes (net), sk_network_get_n_edges (net), synth->villages->len,
           sk_network_get_n_arcs (net, SK_MODE_FIETS), build_ms);
  g_print ("  \"full_8_types\": { \"sites\": %d, \"median_ms\": %.1f, \"target_ms\": 1000 },\n",
           n_sites, full_ms);
  g_print ("  \"incremental\": { \"interventions_present\": %d, \"trials\": %d,\n"
           "    \"add_p50_ms\": %.3f, \"add_p95_ms\": %.3f,\n"
           "    \"move_p50_ms\": %.3f, \"move_p95_ms\": %.3f,\n"
           "    \"remove_p50_ms\": %.3f, \"remove_p95_ms\": %.3f, \"target_p95_ms\": 10 },\n",
           N_INTERVENTIONS, N_TRIALS, percentile (edits.add, 0.5), percentile (edits.add, 0.95),
           percentile (edits.move, 0.5), percentile (edits.move, 0.95),
           percentile (edits.remove, 0.5), percentile (edits.remove, 0.95));
  g_print ("  \"igraph\": { \"version\": \"%s\", \"type\": \"huisarts\", \"sites\": %u, "
           "\"ours_median_ms\": %.1f, \"igraph_median_ms\": %.1f, "
           "\"ratio_ours_to_igraph\": %.3f, \"same_distances\": %s }\n}\n",
           ig.version ? ig.version : "", sites[0]->len, ig.ours_ms, ig.igraph_ms,
           ig.igraph_ms > 0 ? ig.ours_ms / ig.igraph_ms : 0.0, ig.agree ? "true" : "false");
  for (int t = 0; t < N_TYPES; t++)
    g_array_unref (sites[t]);
  g_array_unref (edits.add);
  g_array_unref (edits.move);
  g_array_unref (edits.remove);
  g_free (ig.version);
  return 0;
}
