/* fuzz-session.c — libFuzzer target: a session file from outside (a USB
 * stick, a mail), written from the input and opened as `show`, `export`
 * and `evaluate` open it: sk_store_open_readonly, the whole session as
 * JSON, the history, the plan and the state at every event. Seeds:
 * fuzz/corpus/session (small session files of versions 1 to 3). */
#include "sk-session.h"
#include "sk-fuzz.h"

#include <glib/gstdio.h>


static SkToolbox *toolbox;
static char *path;

static void
read_everything (SkStore *store)
{
  g_autoptr(JsonNode) root = sk_store_dup_json (store, NULL);
  g_autoptr(GPtrArray) events = sk_store_list_events (store, 0, -1, NULL);
  g_autoptr(GPtrArray) corrections = sk_store_list_corrections (store, NULL);
  g_autoptr(GPtrArray) variants = sk_store_list_variants (store, NULL);
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);
  g_autoptr(SkSession) session = sk_session_new (store, plan, NULL);

  /* The first events only: a replay per event is quadratic in the log. */
  for (guint i = 0; events != NULL && i < MIN (events->len, 16); i++)
    {
      const SkStoreEvent *event = g_ptr_array_index (events, i);
      g_autofree char *text = sk_store_event_describe (event, NULL, NULL);
      g_autoptr(GPtrArray) state = sk_store_dup_state_at (store, event->id, 0, NULL);

      g_assert (text == NULL || g_utf8_validate (text, -1, NULL));
      (void) state;
    }
  (void) session;
  (void) root;
  (void) corrections;
  (void) variants;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  if (toolbox == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("sk-fuzz-session-XXXXXX", &error);

      g_assert_no_error (error);
      toolbox = sk_toolbox_load (NULL, &error);
      g_assert_no_error (error);
      path = g_build_filename (dir, "fuzz.samenkaart", NULL);
    }
  g_assert_true (g_file_set_contents (path, (const char *) data, (gssize) size, &error));
  store = sk_store_open_readonly (path, &error);
  if (store != NULL)
    read_everything (store);
  else
    sk_fuzz_check_message (error);
  g_clear_object (&store);
  g_unlink (path);
  return 0;
}
