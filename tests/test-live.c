/* test-live.c — the live wrapper shows the newest result only. */
#include <glib.h>

#include "sk-live.h"

typedef struct
{
  GPtrArray *results;   /* strings, in the order they were shown */
  guint64 last_generation;
} Seen;

/* Worker: takes 30 ms, like an evaluation, unless cancelled. */
static gpointer
slow_echo (gconstpointer  input,
           GCancellable  *cancellable,
           gpointer       user_data)
{
  for (int i = 0; i < 30; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        return NULL;
      g_usleep (1000);
    }
  return g_strdup (input);
}

static void
on_ready (SkLive     *live,
          const char *result,
          guint64     generation,
          Seen       *seen)
{
  /* Results never go back in time. */
  g_assert_cmpuint (generation, >, seen->last_generation);
  seen->last_generation = generation;
  g_ptr_array_add (seen->results, g_strdup (result));
}

static void
wait_idle (SkLive *live)
{
  while (sk_live_get_busy (live))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_coalesces (void)
{
  g_autoptr(SkLive) live = sk_live_new (slow_echo, NULL, g_free, g_free);
  Seen seen = { g_ptr_array_new_with_free_func (g_free), 0 };

  g_signal_connect (live, "ready", G_CALLBACK (on_ready), &seen);
  /* Fifty edits in one burst give one evaluation: of the last edit. */
  for (int i = 1; i <= 50; i++)
    sk_live_submit (live, g_strdup_printf ("edit %d", i));
  wait_idle (live);
  g_assert_cmpuint (seen.results->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen.results, 0), ==, "edit 50");
  g_assert_cmpuint (sk_live_get_generation (live), ==, 50);
  g_ptr_array_unref (seen.results);
}

static void
test_drops_stale (void)
{
  g_autoptr(SkLive) live = sk_live_new (slow_echo, NULL, g_free, g_free);
  Seen seen = { g_ptr_array_new_with_free_func (g_free), 0 };

  g_signal_connect (live, "ready", G_CALLBACK (on_ready), &seen);
  sk_live_submit (live, g_strdup ("oud"));
  /* Let the first run start in the worker, then edit again. */
  for (int i = 0; i < 5; i++)
    g_main_context_iteration (NULL, FALSE);
  g_usleep (5000);
  sk_live_submit (live, g_strdup ("nieuw"));
  wait_idle (live);
  /* Only the newest is shown; "oud" never appears. */
  g_assert_cmpuint (seen.results->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen.results, 0), ==, "nieuw");
  g_ptr_array_unref (seen.results);
}

static void
test_sequential (void)
{
  g_autoptr(SkLive) live = sk_live_new (slow_echo, NULL, g_free, g_free);
  Seen seen = { g_ptr_array_new_with_free_func (g_free), 0 };

  g_signal_connect (live, "ready", G_CALLBACK (on_ready), &seen);
  /* Edits that each wait for their result all get shown, in order. */
  for (int i = 1; i <= 3; i++)
    {
      sk_live_submit (live, g_strdup_printf ("stap %d", i));
      wait_idle (live);
    }
  g_assert_cmpuint (seen.results->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (seen.results, 2), ==, "stap 3");
  g_ptr_array_unref (seen.results);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/live/coalesces", test_coalesces);
  g_test_add_func ("/live/drops-stale", test_drops_stale);
  g_test_add_func ("/live/sequential", test_sequential);
  return g_test_run ();
}
