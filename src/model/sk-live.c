/* sk-live.c — latest-input-only background computation. */
#include "sk-live.h"

struct _SkLive
{
  GObject parent_instance;

  SkLiveCompute compute;
  gpointer user_data;
  GDestroyNotify input_free;
  GDestroyNotify result_free;

  gpointer pending;          /* the newest input, not yet started */
  guint64 generation;        /* of the newest input */
  guint idle_id;
  GCancellable *running;     /* the run in the worker, or NULL */
};

G_DEFINE_FINAL_TYPE (SkLive, sk_live, G_TYPE_OBJECT)

enum
{
  SIGNAL_READY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  SkLive *self;  /* a reference, released on the main context */
  gpointer input;
  guint64 generation;
} Run;

static void start_pending (SkLive *self);

static void
run_free (Run *run)
{
  if (run->input != NULL && run->self->input_free != NULL)
    run->self->input_free (run->input);
  g_object_unref (run->self);
  g_free (run);
}

static void
worker (GTask        *task,
        gpointer      source_object,
        gpointer      task_data,
        GCancellable *cancellable)
{
  Run *run = task_data;
  gpointer result = run->self->compute (run->input, cancellable, run->self->user_data);

  g_task_return_pointer (task, result, run->self->result_free);
}

static void
on_run_done (GObject      *object,
             GAsyncResult *async_result,
             gpointer      user_data)
{
  SkLive *self = SK_LIVE (object);
  Run *run = g_task_get_task_data (G_TASK (async_result));
  gpointer result = g_task_propagate_pointer (G_TASK (async_result), NULL);
  gboolean stale = run->generation != self->generation;

  g_clear_object (&self->running);
  if (result != NULL && !stale)
    g_signal_emit (self, signals[SIGNAL_READY], 0, result, run->generation);
  if (result != NULL && self->result_free != NULL)
    self->result_free (result);
  if (self->pending != NULL && self->idle_id == 0)
    start_pending (self);
}

static void
start_pending (SkLive *self)
{
  g_autoptr(GTask) task = NULL;
  Run *run = g_new0 (Run, 1);

  run->self = g_object_ref (self);
  run->input = g_steal_pointer (&self->pending);
  run->generation = self->generation;
  self->running = g_cancellable_new ();
  task = g_task_new (self, self->running, on_run_done, NULL);
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  /* A stale run's result is never shown: it need not be returned either. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, worker);
}

static gboolean
on_idle (gpointer data)
{
  SkLive *self = data;

  self->idle_id = 0;
  if (self->running == NULL && self->pending != NULL)
    start_pending (self);
  return G_SOURCE_REMOVE;
}

void
sk_live_submit (SkLive   *self,
                gpointer  input)
{
  g_return_if_fail (SK_IS_LIVE (self));

  if (self->pending != NULL && self->input_free != NULL)
    self->input_free (self->pending);
  self->pending = input;
  self->generation++;
  /* The running computation is for an older input now. */
  if (self->running != NULL)
    g_cancellable_cancel (self->running);
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, on_idle, self, NULL);
}

guint64
sk_live_get_generation (SkLive *self)
{
  g_return_val_if_fail (SK_IS_LIVE (self), 0);
  return self->generation;
}

gboolean
sk_live_get_busy (SkLive *self)
{
  g_return_val_if_fail (SK_IS_LIVE (self), FALSE);
  return self->running != NULL || self->pending != NULL;
}

static void
sk_live_dispose (GObject *object)
{
  SkLive *self = SK_LIVE (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->running != NULL)
    g_cancellable_cancel (self->running);
  if (self->pending != NULL && self->input_free != NULL)
    self->input_free (self->pending);
  self->pending = NULL;

  G_OBJECT_CLASS (sk_live_parent_class)->dispose (object);
}

static void
sk_live_class_init (SkLiveClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sk_live_dispose;

  /**
   * SkLive::ready:
   * @result: the computation's result, valid during the emission
   * @generation: which input it belongs to
   */
  signals[SIGNAL_READY] = g_signal_new ("ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                        G_TYPE_POINTER, G_TYPE_UINT64);
}

static void
sk_live_init (SkLive *self)
{
}

SkLive *
sk_live_new (SkLiveCompute  compute,
             gpointer       user_data,
             GDestroyNotify input_free,
             GDestroyNotify result_free)
{
  SkLive *self;

  g_return_val_if_fail (compute != NULL, NULL);

  self = g_object_new (SK_TYPE_LIVE, NULL);
  self->compute = compute;
  self->user_data = user_data;
  self->input_free = input_free;
  self->result_free = result_free;
  return self;
}
