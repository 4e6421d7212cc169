/* bench-store.c — time to commit one user action to a session file, and
 * to open a session of 1,000 interventions and 10,000 events.
 *
 * Prints JSON: per kind of action, the median and 95th percentile time of
 * sk_store_apply (one BEGIN IMMEDIATE … COMMIT each, synchronous=FULL in
 * WAL mode), and the median of 7 opens (checks included) and of opening
 * plus reading every intervention; and the time of one step of the
 * history view (sk_store_dup_state_at) at events spread over the log.
 * Usage: bench-store [DIRECTORY]   (default: a new directory in /tmp)
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sk-store.h"

#define N_ACTIONS 2000

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
percentile (GArray *times,
            double  p)
{
  g_array_sort (times, compare_double);
  return g_array_index (times, double, (guint) ((times->len - 1) * p));
}

static void
apply_or_die (SkStore             *store,
              const SkStoreAction *action,
              gint64              *id)
{
  g_autoptr(GError) error = NULL;

  if (sk_store_apply (store, action, id, &error) == 0)
    g_error ("%s", error->message);
}

/* One action of kind @k (0 add, 1 move, 2 edit, 3 comment, 4 vote). */
static void
make_action (SkStoreAction *a,
             int            k,
             int            i,
             gint64         last_id,
             char          *geometry,
             char          *params)
{
  double lat = 52.6 + (i % 97) * 0.002, lon = 6.2 + (i % 89) * 0.003;

  memset (a, 0, sizeof *a);
  a->participant_id = 1;
  a->intervention_id = last_id;
  a->lat = lat;
  a->lon = lon;
  g_snprintf (geometry, 128, "{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}", lon, lat);
  g_snprintf (params, 64, "{\"oppervlakte\":%d}", 100 + i);
  switch (k)
    {
    case 0:
      a->op = SK_STORE_OP_ADD;
      a->kind = "pluktuin";
      a->geometry = geometry;
      a->params = params;
      a->name = "Pluktuin";
      break;
    case 1:
      a->op = SK_STORE_OP_MOVE;
      break;
    case 2:
      a->op = SK_STORE_OP_EDIT;
      a->params = params;
      break;
    case 3:
      a->op = SK_STORE_OP_COMMENT;
      a->text = "Goed idee, maar wie onderhoudt het?";
      break;
    default:
      a->op = SK_STORE_OP_VOTE;
      break;
    }
}

static void
bench_actions (const char *dir)
{
  static const char *const names[] = { "add", "move", "edit", "comment", "vote" };
  g_autofree char *path = g_build_filename (dir, "acties.samenkaart", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  GArray *times[G_N_ELEMENTS (names)];
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  SkStoreAction who = { .op = SK_STORE_OP_PARTICIPANT, .name = "Bench" };
  gint64 last_id = 0;

  store = sk_store_create (path, NULL, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  apply_or_die (store, &who, NULL);
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    times[k] = g_array_new (FALSE, FALSE, sizeof (double));
  for (int i = 0; i < N_ACTIONS; i++)
    {
      /* Half adds, then moves, edits, comments and votes on the last. */
      int k = i % 2 == 0 || last_id == 0 ? 0 : 1 + (i / 2) % 4;
      char geometry[128], params[64];
      SkStoreAction a;
      gint64 id = 0, start;
      double ms;

      make_action (&a, k, i, last_id, geometry, params);
      start = g_get_monotonic_time ();
      apply_or_die (store, &a, &id);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times[k], ms);
      g_array_append_val (all, ms);
      if (k == 0)
        last_id = id;
    }
  g_print ("  \"actions\": {\n    \"all\": {\"n\": %u, \"p50_ms\": %.3f, \"p95_ms\": %.3f}",
           all->len, percentile (all, 0.5), percentile (all, 0.95));
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_print (",\n    \"%s\": {\"n\": %u, \"p50_ms\": %.3f, \"p95_ms\": %.3f}", names[k],
               times[k]->len, percentile (times[k], 0.5), percentile (times[k], 0.95));
      g_array_unref (times[k]);
    }
  g_print ("\n  },\n");
}

/* 1,000 adds and 9,000 moves, edits, comments and votes: 10,000 events. */
static void
build_big_session (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = sk_store_create (path, NULL, &error);
  SkStoreAction who = { .op = SK_STORE_OP_PARTICIPANT, .name = "Bench" };
  gint64 id;

  if (store == NULL)
    g_error ("%s", error->message);
  apply_or_die (store, &who, NULL);
  for (int i = 0; i < 1000; i++)
    {
      char geometry[128], params[64];
      SkStoreAction a;

      make_action (&a, 0, i, 0, geometry, params);
      apply_or_die (store, &a, &id);
      for (int j = 0; j < (i == 999 ? 8 : 9); j++)
        {
          make_action (&a, 1 + j % 4, i * 10 + j, id, geometry, params);
          apply_or_die (store, &a, NULL);
        }
    }
}

static void
bench_open (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "groot.samenkaart", NULL);
  g_autoptr(GArray) open_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_times = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 n_events = 0;
  guint n_interventions = 0;

  build_big_session (path);
  for (int r = 0; r < 7; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SkStore) store = NULL;
      g_autoptr(GPtrArray) list = NULL;
      gint64 start = g_get_monotonic_time ();
      double open_ms, load_ms;

      store = sk_store_open (path, &error);
      if (store == NULL)
        g_error ("%s", error->message);
      open_ms = (g_get_monotonic_time () - start) / 1000.0;
      list = sk_store_list_interventions (store, 0, &error);
      load_ms = (g_get_monotonic_time () - start) / 1000.0;
      n_interventions = list->len;
      n_events = sk_store_get_n_events (store);
      g_array_append_val (open_times, open_ms);
      g_array_append_val (load_times, load_ms);
    }
  g_print ("  \"open\": {\"interventions\": %u, \"events\": %" G_GINT64_FORMAT ", "
           "\"open_p50_ms\": %.2f, \"open_max_ms\": %.2f, \"open_and_load_p50_ms\": %.2f, "
           "\"open_and_load_max_ms\": %.2f},\n",
           n_interventions, n_events, percentile (open_times, 0.5), percentile (open_times, 1.0),
           percentile (load_times, 0.5), percentile (load_times, 1.0));
}

/* One step of the history view: the plan right after event k, for k
 * spread over the whole log (later events replay more). */
static void
bench_replay (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "groot.samenkaart", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = sk_store_open (path, &error);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 n_events;

  if (store == NULL)
    g_error ("%s", error->message);
  n_events = sk_store_get_n_events (store);
  for (gint64 k = n_events; k > 0; k -= n_events / 20)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) state = sk_store_dup_state_at (store, k, 0, &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      if (state == NULL)
        g_error ("%s", error->message);
      g_array_append_val (times, ms);
    }
  g_print ("  \"replay_step\": {\"events\": %" G_GINT64_FORMAT ", \"n\": %u, \"p50_ms\": %.2f, "
           "\"max_ms\": %.2f}\n", n_events, times->len, percentile (times, 0.5),
           percentile (times, 1.0));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = argc > 1 ? g_strdup (argv[1]) : g_dir_make_tmp ("bench-store-XXXXXX",
                                                                         NULL);
  g_autofree char *a = g_build_filename (dir, "acties.samenkaart", NULL);
  g_autofree char *b = g_build_filename (dir, "groot.samenkaart", NULL);

  g_unlink (a);
  g_unlink (b);
  g_print ("{\n  \"benchmark\": \"session-store\",\n  \"directory\": \"%s\",\n", dir);
  bench_actions (dir);
  bench_open (dir);
  bench_replay (dir);
  g_print ("}\n");
  g_unlink (a);
  g_unlink (b);
  if (argc <= 1)
    g_rmdir (dir);
  return 0;
}
