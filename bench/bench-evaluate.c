/* bench-evaluate.c — edit → evaluation latency of the evaluator.
 *
 * Prints JSON for (a) the embedded region "reestdal" (crow-fly) and
 * (b) a synthetic network (bench/sk-synth.c, default 300,000 nodes) as a
 * region with a kern per village, each with a plan of 200 interventions
 * that provide facilities. Per case, p50/p95 over N_TRIALS edits (move
 * one intervention) of:
 *   incremental — in this thread: snapshot, the plan's facilities as
 *                 edits to the kept searches, MKBA, rule, conditions;
 *   live        — through SkEvaluator: submit → ::ready on the main loop;
 *   full        — sk_evaluate from scratch (a few runs only);
 *   correction  — through SkEvaluator: a facility added during the
 *                 session (sk_evaluator_set_corrections), so "before" is
 *                 searched again, then the next edit (a few runs).
 * "consistent" compares the last live result with the full one, and
 * "consistent_corrected" the one with the correction with
 * sk_evaluate_corrected.
 * Usage: bench-evaluate [NODES]
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "sk-evaluator.h"
#include "sk-evaluator-private.h"
#include "sk-json.h"
#include "sk-synth.h"

#define N_INTERVENTIONS 200
#define N_TRIALS 100
#define N_FULL 3

static const char *const kinds[] = {
  "pluktuin", "samenwerkplaats", "makerkar", "dorpshuis", "zorgcooperatie", "speelplek",
  "mobiliteitshub", "buurtbus",
};

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

/* Somewhere in the middle 80 % of the region's box. */
static SkLatLon
random_point (SkRegion *region,
              GRand    *rand)
{
  const SkBBox *b = sk_region_get_bbox (region);
  SkLatLon p;

  p.lat = b->south + (b->north - b->south) * g_rand_double_range (rand, 0.1, 0.9);
  p.lon = b->west + (b->east - b->west) * g_rand_double_range (rand, 0.1, 0.9);
  return p;
}

static SkPlan *
make_plan (SkToolbox *toolbox,
           SkRegion  *region,
           GRand     *rand)
{
  SkPlan *plan = sk_plan_new (toolbox);

  for (int i = 0; i < N_INTERVENTIONS; i++)
    {
      SkLatLon p = random_point (region, rand);

      g_assert (sk_plan_add (plan, kinds[i % G_N_ELEMENTS (kinds)], &p, 1, NULL, NULL) > 0);
    }
  return plan;
}

/* Moves a random intervention by up to ~1 km. */
static void
edit (SkPlan *plan,
      GRand  *rand)
{
  g_autoptr(SkIntervention) iv = g_list_model_get_item (G_LIST_MODEL (plan),
                                                        g_rand_int_range (rand, 0, N_INTERVENTIONS));

  sk_plan_move (plan, sk_intervention_get_id (iv), g_rand_double_range (rand, -0.01, 0.01),
                g_rand_double_range (rand, -0.015, 0.015), NULL);
}

static void
add_stats (JsonBuilder *b,
           const char  *name,
           GArray      *ms)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  sk_json_add_double (b, "p50_ms", round (percentile (ms, 0.5) * 1000) / 1000);
  sk_json_add_double (b, "p95_ms", round (percentile (ms, 0.95) * 1000) / 1000);
  sk_json_add_int (b, "n", ms->len);
  json_builder_end_object (b);
}

static GArray *
bench_incremental (SkRegion      *region,
                   SkToolbox     *toolbox,
                   SkKengetallen *k,
                   SkPlan        *plan,
                   GRand         *rand)
{
  GArray *ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(SkReachState) st = NULL;
  g_autoptr(SkReachResult) before = NULL;
  SkEvalSettings s;

  sk_eval_settings_init_default (&s);
  st = sk_reach_state_new (region, k, s.modes);
  before = sk_reach_state_dup_result (st);
  for (int trial = -1; trial < N_TRIALS; trial++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(SkPlanSnapshot) snap = (edit (plan, rand), sk_plan_dup_snapshot (plan));
      g_autoptr(GArray) adds = sk_eval_plan_additions (toolbox, snap);
      g_autoptr(SkEvaluation) ev = NULL;
      double dt;

      sk_reach_state_set_additions (st, (SkReachAddition *) adds->data, adds->len);
      ev = sk_eval_finish (region, toolbox, k, snap, &s, sk_reach_result_copy (before),
                           sk_reach_state_dup_result (st));
      dt = (g_get_monotonic_time () - t0) / 1000.0;
      /* Trial −1 puts the 200 interventions in: not an edit. */
      if (trial >= 0)
        g_array_append_val (ms, dt);
    }
  return ms;
}

typedef struct
{
  guint64 waiting_for;
  gboolean done;
  double ncw;
} Wait;

static void
on_ready (SkEvaluator  *evaluator,
          SkEvaluation *ev,
          guint64       generation,
          Wait         *w)
{
  if (generation == w->waiting_for)
    {
      w->done = TRUE;
      w->ncw = ev->mkba->ncw[SK_RANGE_CENTRAL];
    }
}

static void
submit_and_wait (SkEvaluator *evaluator,
                 SkPlan      *plan,
                 Wait        *w)
{
  g_autoptr(SkPlanSnapshot) snap = sk_plan_dup_snapshot (plan);

  w->waiting_for++;
  w->done = FALSE;
  sk_evaluator_submit (evaluator, snap);
  while (!w->done)
    g_main_context_iteration (NULL, TRUE);
}

#define N_CORRECTIONS 5

typedef struct
{
  GArray *correction;          /* ms: add a facility → result */
  GArray *edit_after;          /* ms: the next edit of the plan */
  gboolean consistent;
} Corrected;

static void
submit_and_wait (SkEvaluator *evaluator,
                 SkPlan      *plan,
                 Wait        *w);

/* Adds N_CORRECTIONS facilities one by one (a huisarts each time, as a
 * facilitator would during a session), each followed by a plan edit. */
static void
bench_corrections (SkEvaluator *evaluator,
                   SkRegion    *region,
                   SkToolbox   *toolbox,
                   SkPlan      *plan,
                   GRand       *rand,
                   Wait        *w,
                   Corrected   *out)
{
  g_autoptr(GArray) sites = g_array_new (FALSE, FALSE, sizeof (SkReachAddition));
  g_autoptr(SkPlanSnapshot) last = NULL;
  g_autoptr(SkEvaluation) full = NULL;

  out->correction = g_array_new (FALSE, FALSE, sizeof (double));
  out->edit_after = g_array_new (FALSE, FALSE, sizeof (double));
  for (int i = 0; i < N_CORRECTIONS; i++)
    {
      SkLatLon p = random_point (region, rand);
      SkReachAddition add = { SK_FACILITY_HUISARTS, p.lat, p.lon };
      gint64 t0 = g_get_monotonic_time ();
      double dt;

      g_array_append_val (sites, add);
      sk_evaluator_set_corrections (evaluator, (SkReachAddition *) sites->data, sites->len);
      submit_and_wait (evaluator, plan, w);
      dt = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (out->correction, dt);
      t0 = g_get_monotonic_time ();
      edit (plan, rand);
      submit_and_wait (evaluator, plan, w);
      dt = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (out->edit_after, dt);
    }
  last = sk_plan_dup_snapshot (plan);
  full = sk_evaluate_corrected (region, toolbox, sk_evaluator_get_kengetallen (evaluator), last,
                                (SkReachAddition *) sites->data, sites->len,
                                sk_evaluator_get_settings (evaluator));
  out->consistent = fabs (full->mkba->ncw[SK_RANGE_CENTRAL] - w->ncw)
                    < 1e-6 * MAX (1.0, fabs (w->ncw));
}

static GArray *
bench_live (SkRegion  *region,
            SkToolbox *toolbox,
            SkPlan    *plan,
            GRand     *rand,
            gboolean  *consistent,
            double    *first_ms,
            Corrected *out)
{
  GArray *ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(SkEvaluator) evaluator = sk_evaluator_new (region, toolbox, NULL, NULL);
  g_autoptr(SkPlanSnapshot) last = NULL;
  g_autoptr(SkEvaluation) full = NULL;
  Wait w = { 0 };
  gint64 t0 = g_get_monotonic_time ();

  g_signal_connect (evaluator, "ready", G_CALLBACK (on_ready), &w);
  /* The first run searches the whole region. */
  submit_and_wait (evaluator, plan, &w);
  *first_ms = (g_get_monotonic_time () - t0) / 1000.0;
  for (int trial = 0; trial < N_TRIALS; trial++)
    {
      double dt;

      t0 = g_get_monotonic_time ();
      edit (plan, rand);
      submit_and_wait (evaluator, plan, &w);
      dt = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (ms, dt);
    }
  last = sk_plan_dup_snapshot (plan);
  full = sk_evaluate (region, toolbox, sk_evaluator_get_kengetallen (evaluator), last,
                      sk_evaluator_get_settings (evaluator));
  *consistent = fabs (full->mkba->ncw[SK_RANGE_CENTRAL] - w.ncw) < 1e-6 * MAX (1.0, fabs (w.ncw));
  bench_corrections (evaluator, region, toolbox, plan, rand, &w, out);
  return ms;
}

static void
bench_case (JsonBuilder *b,
            const char  *name,
            SkRegion    *region,
            SkToolbox   *toolbox,
            SkKengetallen *k)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(SkPlan) plan = make_plan (toolbox, region, rand);
  g_autoptr(GArray) inc = bench_incremental (region, toolbox, k, plan, rand);
  g_autoptr(GArray) live = NULL;
  g_autoptr(GArray) full = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean consistent = FALSE;
  double first_ms = 0;
  Corrected corrected = { 0 };
  SkEvalSettings s;

  live = bench_live (region, toolbox, plan, rand, &consistent, &first_ms, &corrected);
  sk_eval_settings_init_default (&s);
  for (int i = 0; i < N_FULL; i++)
    {
      g_autoptr(SkPlanSnapshot) snap = sk_plan_dup_snapshot (plan);
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(SkEvaluation) ev = sk_evaluate (region, toolbox, k, snap, &s);
      double dt = (g_get_monotonic_time () - t0) / 1000.0;

      g_array_append_val (full, dt);
    }
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  sk_json_add_string (b, "method", sk_region_get_network (region) ? "network" : "crow-fly");
  sk_json_add_int (b, "kernen", sk_region_get_n_kernen (region));
  sk_json_add_int (b, "interventions", N_INTERVENTIONS);
  add_stats (b, "incremental", inc);
  add_stats (b, "live", live);
  add_stats (b, "full", full);
  sk_json_add_double (b, "live_first_run_ms", round (first_ms));
  json_builder_set_member_name (b, "consistent");
  json_builder_add_boolean_value (b, consistent);
  add_stats (b, "correction", corrected.correction);
  add_stats (b, "edit_after_correction", corrected.edit_after);
  json_builder_set_member_name (b, "consistent_corrected");
  json_builder_add_boolean_value (b, corrected.consistent);
  json_builder_end_object (b);
  g_array_unref (corrected.correction);
  g_array_unref (corrected.edit_after);
}

/* A region directory for the synthetic network: a kern of 500
 * inhabitants at every village, facilities of 8 types near villages. */
static char *
write_synth_region (SkSynth   *synth,
                    SkNetwork *network)
{
  static const char *const types[] = { "huisarts", "apotheek", "basisschool", "supermarkt",
                                       "station", "bushalte", "ontmoetingsplek", "sport" };
  static const int per_100[] = { 45, 30, 70, 40, 3, 150, 60, 50 };
  g_autofree char *dir = g_dir_make_tmp ("bench-evaluate-XXXXXX", NULL);
  g_autofree char *bin = g_build_filename (dir, "network.bin", NULL);
  g_autofree char *json = g_build_filename (dir, "region.json", NULL);
  g_autoptr(GString) s = g_string_new ("{ \"schema\": \"samenkaart-region/1\", \"id\": \"synth\", "
                                       "\"name\": \"Synthetisch\", \"description\": \"bench\", "
                                       "\"sources\": [ { \"id\": \"s\", \"title\": \"synth\", "
                                       "\"url\": null, \"licence\": \"CC0\" } ], \"kernen\": [");
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  guint nv = synth->villages->len;

  g_assert (sk_network_save (network, bin, NULL));
  for (guint v = 0; v < nv; v++)
    {
      guint32 node = g_array_index (synth->villages, guint32, v);

      g_string_append_printf (s, "%s{ \"id\": \"v%u\", \"name\": \"Dorp %u\", \"lat\": %.6f, "
                              "\"lon\": %.6f, \"inhabitants\": 500, \"inhabitants_year\": 2021, "
                              "\"source\": \"s\" }", v ? "," : "", v, v,
                              g_array_index (synth->lat, double, node),
                              g_array_index (synth->lon, double, node));
    }
  g_string_append (s, "], \"facilities\": [");
  for (guint t = 0, first = 1; t < G_N_ELEMENTS (types); t++)
    for (guint i = 0; i < MAX (1u, per_100[t] * nv / 100); i++, first = 0)
      {
        guint32 node = g_array_index (synth->villages, guint32, g_rand_int_range (rand, 0, (gint32) nv));

        g_string_append_printf (s, "%s{ \"type\": \"%s\", \"name\": \"%s %u\", \"lat\": %.6f, "
                                "\"lon\": %.6f, \"position\": \"exact\", \"source\": \"s\" }",
                                first ? "" : ",", types[t], types[t], i,
                                g_array_index (synth->lat, double, node) + g_rand_double_range (rand, -0.006, 0.006),
                                g_array_index (synth->lon, double, node) + g_rand_double_range (rand, -0.009, 0.009));
      }
  g_string_append (s, "], \"streams\": [], \"roads\": [] }");
  g_assert (g_file_set_contents (json, s->str, -1, NULL));
  return g_steal_pointer (&dir);
}

int
main (int   argc,
      char *argv[])
{
  guint32 nodes = argc > 1 ? (guint32) atoi (argv[1]) : 300000;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkToolbox) toolbox = sk_toolbox_load (NULL, &error);
  g_autoptr(SkKengetallen) k = sk_kengetallen_load_default (&error);
  g_autoptr(SkRegion) reestdal = sk_region_load ("reestdal", &error);
  g_autoptr(SkSynth) synth = sk_synth_generate (nodes, 1);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(SkRegion) synth_region = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *text = NULL;
  SkSpeeds speeds;

  g_assert_no_error (error);
  sk_kengetallen_get_speeds (k, &speeds);
  {
    g_autoptr(SkNetwork) network = sk_synth_to_network (synth, &speeds);
    dir = write_synth_region (synth, network);
  }
  synth_region = sk_region_load (dir, &error);
  g_assert_no_error (error);
  json_builder_begin_object (b);
  sk_json_add_int (b, "processors", g_get_num_processors ());
  bench_case (b, "reestdal", reestdal, toolbox, k);
  bench_case (b, "synthetic", synth_region, toolbox, k);
  json_builder_set_member_name (b, "synthetic_nodes");
  json_builder_add_int_value (b, sk_network_get_n_nodes (sk_region_get_network (synth_region)));
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_root (gen, root);
  text = json_generator_to_data (gen, NULL);
  printf ("%s\n", text);
  {
    g_autofree char *bin = g_build_filename (dir, "network.bin", NULL);
    g_autofree char *json = g_build_filename (dir, "region.json", NULL);
    g_unlink (bin);
    g_unlink (json);
    g_rmdir (dir);
  }
  return 0;
}
