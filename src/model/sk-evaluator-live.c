/* sk-evaluator-live.c — SkEvaluator: the evaluation of the plan being
 * edited, off the main thread, with the searches kept between edits.
 *
 * Thread rules: SkLive runs one computation at a time, so the worker
 * state (the searches of the plan, the "before" result) is only ever
 * touched by one worker thread; the main thread never reads it. The
 * state is reference counted so that a run still going when the
 * evaluator is disposed keeps it alive.
 */
#include "sk-config.h"
#include "sk-evaluator.h"
#include "sk-evaluator-private.h"

#include "sk-live.h"
#include "sk-ov-eval.h"

typedef struct
{
  SkRegion *region;
  SkToolbox *toolbox;
  SkKengetallen *kengetallen;
  SkReachState *state;      /* worker only; NULL until the first run */
  SkReachResult *before;    /* worker only; of the state's modes */
  GArray *corrections;      /* worker only: the SkReachAddition "before" has */
  SkReachState *before_state; /* worker only: the region with the corrections only;
                               * made when they first change */
  SkOvEvaluation *ov_last;  /* worker only: its "before" is reused for the same setup */
} Worker;

typedef struct
{
  Worker *worker;           /* a reference */
  SkPlanSnapshot *plan;
  SkEvalSettings settings;
  GArray *corrections;      /* SkReachAddition, a reference */
  SkOvSetup *ov;            /* a reference, or NULL */
} Input;

struct _SkEvaluator
{
  GObject parent_instance;

  Worker *worker;
  SkLive *live;
  SkEvalSettings settings;
  GArray *corrections;      /* SkReachAddition: facilities added during the session */
  SkOvSetup *ov;            /* bus and train, or NULL */
  SkEvaluation *evaluation;
};

G_DEFINE_FINAL_TYPE (SkEvaluator, sk_evaluator, G_TYPE_OBJECT)

enum
{
  SIGNAL_READY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
worker_clear (Worker *w)
{
  g_clear_pointer (&w->state, sk_reach_state_free);
  g_clear_pointer (&w->before_state, sk_reach_state_free);
  g_clear_pointer (&w->before, sk_reach_result_free);
  g_clear_pointer (&w->corrections, g_array_unref);
  g_clear_pointer (&w->ov_last, sk_ov_evaluation_unref);
  g_clear_pointer (&w->kengetallen, sk_kengetallen_free);
  g_clear_object (&w->toolbox);
  g_clear_object (&w->region);
}

static void
worker_unref (Worker *w)
{
  g_atomic_rc_box_release_full (w, (GDestroyNotify) worker_clear);
}

static void
input_free (Input *input)
{
  worker_unref (input->worker);
  sk_plan_snapshot_unref (input->plan);
  g_array_unref (input->corrections);
  g_clear_pointer (&input->ov, sk_ov_setup_unref);
  g_free (input);
}

static gboolean
same_sites (GArray *a,
            GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const SkReachAddition *x = &g_array_index (a, SkReachAddition, i);
      const SkReachAddition *y = &g_array_index (b, SkReachAddition, i);

      if (x->type != y->type || x->lat != y->lat || x->lon != y->lon)
        return FALSE;
    }
  return TRUE;
}

/* Worker thread: the searches of MODES, and "before" for CORRECTIONS.
 * The first run, or one with other modes, searches the region. */
static void
keep_before (Worker *w,
             GArray *corrections,
             guint   modes)
{
  if (w->state == NULL || sk_reach_state_get_modes (w->state) != modes)
    {
      g_clear_pointer (&w->state, sk_reach_state_free);
      g_clear_pointer (&w->before_state, sk_reach_state_free);
      g_clear_pointer (&w->before, sk_reach_result_free);
      g_clear_pointer (&w->corrections, g_array_unref);
      w->state = sk_reach_state_new (w->region, w->kengetallen, modes);
      sk_reach_state_set_vouched (w->state, (SkReachAddition *) corrections->data,
                                  corrections->len);
      /* No plan sites yet: the state is the situation before the plan. */
      sk_reach_state_set_additions (w->state, (SkReachAddition *) corrections->data,
                                    corrections->len);
      w->before = sk_reach_state_dup_result (w->state);
      w->corrections = g_array_ref (corrections);
    }
  else if (!same_sites (w->corrections, corrections))
    {
      /* Other corrections: "before" comes from searches of its own (made
       * once, then edited), so the plan's sites stay where they are. */
      if (w->before_state == NULL)
        w->before_state = sk_reach_state_new (w->region, w->kengetallen, modes);
      sk_reach_state_set_vouched (w->before_state, (SkReachAddition *) corrections->data,
                                  corrections->len);
      sk_reach_state_set_vouched (w->state, (SkReachAddition *) corrections->data,
                                  corrections->len);
      sk_reach_state_set_additions (w->before_state, (SkReachAddition *) corrections->data,
                                    corrections->len);
      g_clear_pointer (&w->before, sk_reach_result_free);
      w->before = sk_reach_state_dup_result (w->before_state);
      g_clear_pointer (&w->corrections, g_array_unref);
      w->corrections = g_array_ref (corrections);
    }
}

/* Worker thread. The first run, or one with other modes, searches the
 * region; every run then applies the plan's facilities as edits. */
static gpointer
compute (gconstpointer  data,
         GCancellable  *cancellable,
         gpointer       user_data)
{
  const Input *input = data;
  Worker *w = input->worker;
  GArray *corrections = input->corrections;
  g_autoptr(GArray) sites = sk_eval_situation_sites (w->toolbox, (SkReachAddition *) corrections->data,
                                                     corrections->len, input->plan);
  SkEvaluation *ev;

  keep_before (w, corrections, input->settings.modes);
  sk_reach_state_set_additions (w->state, (SkReachAddition *) sites->data, sites->len);
  /* The searches stay in step with this plan; only the result is skipped. */
  if (g_cancellable_is_cancelled (cancellable))
    return NULL;
  ev = sk_eval_finish (w->region, w->toolbox, w->kengetallen, input->plan, &input->settings,
                       sk_reach_result_copy (w->before), sk_reach_state_dup_result (w->state));
  ev->n_corrections = corrections->len;
  if (input->ov != NULL)
    {
      sk_evaluation_add_ov (ev, w->region, w->toolbox, w->kengetallen, input->plan, input->ov,
                            w->ov_last, cancellable);
      if (ev->ov != NULL)
        {
          g_clear_pointer (&w->ov_last, sk_ov_evaluation_unref);
          w->ov_last = sk_ov_evaluation_ref (ev->ov);
        }
      else if (g_cancellable_is_cancelled (cancellable))
        {
          sk_evaluation_unref (ev);
          return NULL;
        }
    }
  return ev;
}

static void
on_live_ready (SkLive       *live,
               SkEvaluation *evaluation,
               guint64       generation,
               SkEvaluator  *self)
{
  g_clear_pointer (&self->evaluation, sk_evaluation_unref);
  self->evaluation = sk_evaluation_ref (evaluation);
  g_signal_emit (self, signals[SIGNAL_READY], 0, evaluation, generation);
}

SkEvaluator *
sk_evaluator_new (SkRegion       *region,
                  SkToolbox      *toolbox,
                  SkKengetallen  *kengetallen,
                  GError        **error)
{
  SkEvaluator *self;

  g_return_val_if_fail (SK_IS_REGION (region), NULL);
  g_return_val_if_fail (SK_IS_TOOLBOX (toolbox), NULL);

  if (kengetallen == NULL && (kengetallen = sk_kengetallen_load_default (error)) == NULL)
    return NULL;
  self = g_object_new (SK_TYPE_EVALUATOR, NULL);
  self->worker = g_atomic_rc_box_new0 (Worker);
  self->worker->region = g_object_ref (region);
  self->worker->toolbox = g_object_ref (toolbox);
  self->worker->kengetallen = kengetallen;
  return self;
}

void
sk_evaluator_set_settings (SkEvaluator          *self,
                           const SkEvalSettings *settings)
{
  g_return_if_fail (SK_IS_EVALUATOR (self));
  g_return_if_fail (settings != NULL && (settings->modes & SK_ACCESS_ALL) != 0);
  self->settings = *settings;
}

void
sk_evaluator_set_corrections (SkEvaluator           *self,
                              const SkReachAddition *corrections,
                              size_t                 n_corrections)
{
  g_return_if_fail (SK_IS_EVALUATOR (self));
  g_return_if_fail (corrections != NULL || n_corrections == 0);

  /* A new array: a run in progress keeps its own reference to the old. */
  g_clear_pointer (&self->corrections, g_array_unref);
  self->corrections = g_array_new (FALSE, FALSE, sizeof (SkReachAddition));
  if (n_corrections > 0)
    g_array_append_vals (self->corrections, corrections, (guint) n_corrections);
}

void
sk_evaluator_set_ov (SkEvaluator *self,
                     SkOvSetup   *setup)
{
  g_return_if_fail (SK_IS_EVALUATOR (self));
  if (setup != NULL)
    sk_ov_setup_ref (setup);
  g_clear_pointer (&self->ov, sk_ov_setup_unref);
  self->ov = setup;
}

SkOvSetup *
sk_evaluator_get_ov (SkEvaluator *self)
{
  g_return_val_if_fail (SK_IS_EVALUATOR (self), NULL);
  return self->ov;
}

const SkEvalSettings *
sk_evaluator_get_settings (SkEvaluator *self)
{
  g_return_val_if_fail (SK_IS_EVALUATOR (self), NULL);
  return &self->settings;
}

void
sk_evaluator_submit (SkEvaluator    *self,
                     SkPlanSnapshot *plan)
{
  Input *input;

  g_return_if_fail (SK_IS_EVALUATOR (self));
  g_return_if_fail (plan != NULL);

  input = g_new0 (Input, 1);
  input->worker = g_atomic_rc_box_acquire (self->worker);
  input->plan = sk_plan_snapshot_ref (plan);
  input->settings = self->settings;
  input->corrections = g_array_ref (self->corrections);
  input->ov = self->ov ? sk_ov_setup_ref (self->ov) : NULL;
  sk_live_submit (self->live, input);
}

SkEvaluation *
sk_evaluator_get_evaluation (SkEvaluator *self)
{
  g_return_val_if_fail (SK_IS_EVALUATOR (self), NULL);
  return self->evaluation;
}

gboolean
sk_evaluator_get_busy (SkEvaluator *self)
{
  g_return_val_if_fail (SK_IS_EVALUATOR (self), FALSE);
  return sk_live_get_busy (self->live);
}

SkKengetallen *
sk_evaluator_get_kengetallen (SkEvaluator *self)
{
  g_return_val_if_fail (SK_IS_EVALUATOR (self), NULL);
  /* Immutable once loaded, so the main thread may read it too. */
  return self->worker->kengetallen;
}

static void
sk_evaluator_dispose (GObject *object)
{
  SkEvaluator *self = SK_EVALUATOR (object);

  g_clear_object (&self->live);
  g_clear_pointer (&self->evaluation, sk_evaluation_unref);
  g_clear_pointer (&self->corrections, g_array_unref);
  g_clear_pointer (&self->ov, sk_ov_setup_unref);
  g_clear_pointer (&self->worker, worker_unref);

  G_OBJECT_CLASS (sk_evaluator_parent_class)->dispose (object);
}

static void
sk_evaluator_class_init (SkEvaluatorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sk_evaluator_dispose;

  /**
   * SkEvaluator::ready:
   * @evaluation: (type gpointer): the SkEvaluation of the newest plan
   *   (also sk_evaluator_get_evaluation() from now on)
   * @generation: which submit it belongs to (1, 2, …)
   */
  signals[SIGNAL_READY] = g_signal_new ("ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                        G_TYPE_POINTER, G_TYPE_UINT64);
}

static void
sk_evaluator_init (SkEvaluator *self)
{
  sk_eval_settings_init_default (&self->settings);
  self->corrections = g_array_new (FALSE, FALSE, sizeof (SkReachAddition));
  self->live = sk_live_new (compute, NULL, (GDestroyNotify) input_free,
                            (GDestroyNotify) sk_evaluation_unref);
  g_signal_connect_object (self->live, "ready", G_CALLBACK (on_live_ready), self, 0);
}
