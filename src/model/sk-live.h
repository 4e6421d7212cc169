/* sk-live.h — runs a computation off the main thread for the latest
 * input only.
 *
 * Edits arrive faster than an evaluation may take: sk_live_submit()
 * coalesces the inputs submitted within one main-loop iteration, runs the
 * computation in a GTask worker thread, cancels a run whose input has been
 * replaced, and emits ::ready on the main context of its creation only
 * with the result of the newest input — a stale result is dropped.
 *
 * Thread rules: the input is handed to the worker and must not be touched
 * by the caller after submitting (pass an immutable snapshot); the compute
 * function must not use GObjects shared with the main thread.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Runs in a worker thread; returns the result (owned) or NULL when
 * cancelled. */
typedef gpointer (*SkLiveCompute) (gconstpointer  input,
                                   GCancellable  *cancellable,
                                   gpointer       user_data);

#define SK_TYPE_LIVE (sk_live_get_type ())
G_DECLARE_FINAL_TYPE (SkLive, sk_live, SK, LIVE, GObject)

SkLive  *sk_live_new             (SkLiveCompute  compute,
                                  gpointer       user_data,
                                  GDestroyNotify input_free,
                                  GDestroyNotify result_free);
/* Takes ownership of INPUT. */
void     sk_live_submit          (SkLive        *self,
                                  gpointer       input);
/* Number of the latest submitted input (1, 2, …). */
guint64  sk_live_get_generation  (SkLive        *self);
gboolean sk_live_get_busy        (SkLive        *self);

G_END_DECLS
