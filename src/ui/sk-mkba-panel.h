/* sk-mkba-panel.h — the MKBA of the plan in plain words: the saldo for
 * society with its range, benefits per euro, the subsidy, who pays and
 * who benefits, the effects without a price, and the figure before the
 * last change. */
#pragma once

#include <gtk/gtk.h>

#include "sk-evaluator.h"
#include "sk-fit.h"

G_BEGIN_DECLS

#define SK_TYPE_MKBA_PANEL (sk_mkba_panel_get_type ())
G_DECLARE_FINAL_TYPE (SkMkbaPanel, sk_mkba_panel, SK, MKBA_PANEL, GtkBox)

SkMkbaPanel *sk_mkba_panel_new        (SkToolbox      *toolbox);
/* Shows EVALUATION (from SkEvaluator::ready); the saldo before the last
 * edit stays visible beside the new one. */
void         sk_mkba_panel_set_evaluation (SkMkbaPanel  *self,
                                           SkEvaluation *evaluation);
/* The result shown, or NULL before the first update. */
const SkMkbaResult *sk_mkba_panel_get_result (SkMkbaPanel *self);
double       sk_mkba_panel_get_previous_ncw (SkMkbaPanel *self);
/* The discount rate, horizon and subsidy share in use; setting them
 * recomputes without emitting ::settings-changed (that is for the user's
 * own changes, to be kept in the session). */
/* The figures of the travel-time rule, for its sources (borrowed: they
 * must outlive the panel, as the evaluator's do). */
void         sk_mkba_panel_set_kengetallen (SkMkbaPanel   *self,
                                            SkKengetallen *kengetallen);
const SkMkbaSettings *sk_mkba_panel_get_settings (SkMkbaPanel          *self);
void         sk_mkba_panel_set_settings (SkMkbaPanel          *self,
                                         const SkMkbaSettings *settings);
/* "Past het hier?" in the conditions: how many ideas get each verdict
 * ("2 ideeën: nee, tenzij"); all zero hides the row. */
void         sk_mkba_panel_set_fit_counts (SkMkbaPanel *self,
                                           const guint  counts[SK_FIT_N_VERDICTS]);
/* The line shown ("" when none). */
const char  *sk_mkba_panel_get_fit_counts_text (SkMkbaPanel *self);

G_END_DECLS
