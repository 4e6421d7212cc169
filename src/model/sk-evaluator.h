/* sk-evaluator.h — the evaluation of a plan (architecture.md, "evaluator"):
 * the MKBA with its brede-welvaart profile, reachability before and after
 * the plan, the reachability → MKBA rule, and the toolbox conditions.
 *
 * sk_evaluate() is a pure function of (region, toolbox, kengetallen, plan
 * snapshot, settings): the same input gives the same output, and it may
 * run in any thread. SkEvaluator is its live wrapper for the window: it
 * keeps the searches of the plan between edits in a worker thread and
 * emits ::ready on the main thread with the newest evaluation only.
 *
 * The reachability rule (docs/evaluate.md): for every facility type T the
 * plan provides, mode m and kern k whose travel time drops from t0 to t1,
 *   yearly EUR = ½ (n0 + n1) × (t0 − t1) / 60 × value of time(m),
 *   n0 = inhabitants(k) × trips(T) × mode share(m),
 *   n1 = n0 × (t0 / t1)^new_trips            (rule of half for new trips),
 * summed and discounted as a yearly benefit (category "reistijd", actor
 * "bewoners", bw theme "arbeid-vrije-tijd"). A type is left out when an
 * intervention that provides it has a catalogue benefit that already
 * values the trip: category "reistijd", or listed in kengetallen
 * travel_time.claimed_by. A kern that only the plan makes reachable gets
 * no euros (there is no time "before"): it is a PM-post.
 */
#pragma once

#include <gio/gio.h>

#include "sk-mkba-eval.h"
#include "sk-reach-eval.h"

G_BEGIN_DECLS

/* Room for the five toolbox conditions of domain.md §1; conditions
 * beyond this many are not checked. */
#define SK_EVAL_MAX_CONDITIONS 8

typedef struct
{
  SkMkbaSettings mkba;   /* rate (0.0225), horizon (100; 30 and 50 for sensitivity), p (0.5) */
  guint modes;           /* SK_ACCESS() bits of the travel modes to compute */
} SkEvalSettings;

/* The horizons offered for sensitivity next to the default 100 years. */
#define SK_EVAL_HORIZON_SHORT 30
#define SK_EVAL_HORIZON_MEDIUM 50

typedef struct
{
  double yearly[SK_N_RANGE];      /* EUR a year */
  double pv[SK_N_RANGE];          /* present value over the horizon */
  double hours_saved;             /* central hours a year, all trips */
  guint n_newly_reachable;        /* kern × type × mode: reachable only with the plan */
  gboolean claimed[SK_N_FACILITY_TYPES];  /* left out: valued by a catalogue benefit */
} SkTravelTime;

typedef struct
{
  gint64 id;                      /* the intervention's id in the snapshot */
  char *kind_id;
  guint met;                      /* bit i: the kind meets condition i */
} SkEvalConditions;

/* Bus and train (sk-ov-eval.h). */
typedef struct _SkOvEvaluation SkOvEvaluation;
typedef struct _SkOvSetup SkOvSetup;

typedef struct
{
  SkEvalSettings settings;
  int price_year;                 /* of every euro amount (the catalogue's) */
  SkMkbaResult *mkba;             /* including the travel-time line */
  SkReachResult *before;          /* the region without the plan */
  SkReachResult *after;           /* with the plan's facilities (always set) */
  SkTravelTime travel;
  GArray *conditions;             /* SkEvalConditions, in plan order (known kinds) */
  guint n_conditions;             /* of the toolbox */
  guint n_meeting[SK_EVAL_MAX_CONDITIONS];  /* interventions that meet condition i */
  guint n_corrections;            /* facilities added during the session, in before and after */
  SkOvEvaluation *ov;             /* bus and train; NULL without a timetable */
  char *ov_problem;               /* why ov is NULL although a timetable was set (Dutch) */
} SkEvaluation;

void            sk_eval_settings_init_default (SkEvalSettings       *settings);

/* The facilities a plan adds: every kind's "provides" types at the
 * intervention's anchor (sk_intervention_state_get_anchor). */
GArray         *sk_eval_plan_additions        (SkToolbox            *toolbox,
                                               SkPlanSnapshot       *plan);

SkEvaluation   *sk_evaluate                   (SkRegion             *region,
                                               SkToolbox            *toolbox,
                                               SkKengetallen        *kengetallen,
                                               SkPlanSnapshot       *plan,
                                               const SkEvalSettings *settings);

/* The same with CORRECTIONS: facilities the region data lacks that were
 * added during the session (sk-correction.h). They belong to the
 * situation before the plan, so "before" and "after" both include them
 * and the plan's effect is measured against the corrected situation. */
SkEvaluation   *sk_evaluate_corrected         (SkRegion             *region,
                                               SkToolbox            *toolbox,
                                               SkKengetallen        *kengetallen,
                                               SkPlanSnapshot       *plan,
                                               const SkReachAddition *corrections,
                                               size_t                n_corrections,
                                               const SkEvalSettings *settings);

SkEvaluation   *sk_evaluation_ref             (SkEvaluation         *evaluation);
void            sk_evaluation_unref           (SkEvaluation         *evaluation);
/* Whether at least one intervention of the plan meets condition I. */
gboolean        sk_evaluation_plan_meets      (SkEvaluation         *evaluation,
                                               guint                 condition);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkEvaluation, sk_evaluation_unref)

/* The live evaluator. Construct it once per region and toolbox; submit a
 * snapshot after every committed edit; ::ready (evaluation, generation)
 * comes on the main context of construction with the newest plan only.
 * The searches for the region are made in the worker on the first run;
 * later runs apply only the difference in the plan's facilities. */
#define SK_TYPE_EVALUATOR (sk_evaluator_get_type ())
G_DECLARE_FINAL_TYPE (SkEvaluator, sk_evaluator, SK, EVALUATOR, GObject)

/* Takes KENGETALLEN (NULL: the built-in figures; on error NULL). */
SkEvaluator    *sk_evaluator_new              (SkRegion             *region,
                                               SkToolbox            *toolbox,
                                               SkKengetallen        *kengetallen,
                                               GError              **error);
/* Applies to the next submit. Fewer modes make each run quicker. */
void            sk_evaluator_set_settings     (SkEvaluator          *self,
                                               const SkEvalSettings *settings);
const SkEvalSettings *sk_evaluator_get_settings (SkEvaluator        *self);
/* The facilities added during the session (copied); applies to the next
 * submit. A change searches the situation before the plan again. */
void            sk_evaluator_set_corrections  (SkEvaluator          *self,
                                               const SkReachAddition *corrections,
                                               size_t                n_corrections);
/* Bus and train from now on (SETUP NULL: none); applies to the next
 * submit. The travel times before the plan are searched once per setup. */
void            sk_evaluator_set_ov           (SkEvaluator          *self,
                                               SkOvSetup            *setup);
SkOvSetup      *sk_evaluator_get_ov           (SkEvaluator          *self);
/* Evaluates PLAN (a reference is taken) off the main thread. */
void            sk_evaluator_submit           (SkEvaluator          *self,
                                               SkPlanSnapshot       *plan);
/* The newest evaluation shown by ::ready, or NULL before the first. */
SkEvaluation   *sk_evaluator_get_evaluation   (SkEvaluator          *self);
gboolean        sk_evaluator_get_busy         (SkEvaluator          *self);
SkKengetallen  *sk_evaluator_get_kengetallen  (SkEvaluator          *self);

G_END_DECLS
