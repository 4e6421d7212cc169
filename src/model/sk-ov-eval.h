/* sk-ov-eval.h — what a plan does to travel by bus and train (issue #15):
 * the plan's buurtbus lines, mobiliteitshubs and new stops as an overlay
 * on the region's timetable, the travel times before → after, and their
 * value by the rule of half, as for the other modes (docs/evaluate.md).
 *
 * The rule, per kern k whose smallest median time to a regional centre
 * drops from t0 to t1 minutes:
 *   yearly EUR = ½ (n0 + n1) × (t0 − t1) / 60 × value of time (bus, train),
 *   n0 = inhabitants(k) × trips to a centre per inhabitant per year,
 *   n1 = n0 × (t0 / t1)^new_trips,
 * figures from kengetallen "public_transport" and travel_time.new_trips.
 * A kern that only the plan brings within reach of a centre gets no euros
 * (no time "before"): it is counted for a PM-post. Changes by a kind whose
 * trip the MKBA values elsewhere are shown but left out of the euros:
 * a catalogue benefit (the buurtbus's "reizigers", kengetallen
 * travel_time.claimed_by) or the reachability rule through a facility it
 * provides (the mobiliteitshub). "After" is then computed once more
 * without them; the new stop (which provides nothing) counts here.
 *
 * Threads: an SkOvSetup and an SkOvEvaluation are immutable and ref
 * counted; sk_ov_evaluate() may run in any thread.
 */
#pragma once

#include "sk-evaluator.h"
#include "sk-timetable.h"

G_BEGIN_DECLS

/* The kinds of the catalogue that change the timetable. */
#define SK_OV_KIND_LINE "buurtbus"
#define SK_OV_KIND_HUB "mobiliteitshub"
#define SK_OV_KIND_STOP "bushalte"

/* The question asked of the timetable: date, window, access and the
 * destinations (SkOvDestination). */
typedef struct _SkOvSetup SkOvSetup;

/* Takes DESTS (may be NULL: the default centres). */
SkOvSetup      *sk_ov_setup_new          (SkTimetable         *timetable,
                                          const SkOvQuery     *query,
                                          GPtrArray           *dests,
                                          GError             **error);
SkOvSetup      *sk_ov_setup_ref          (SkOvSetup           *self);
void            sk_ov_setup_unref        (SkOvSetup           *self);
SkTimetable    *sk_ov_setup_get_timetable (SkOvSetup          *self);
const SkOvQuery *sk_ov_setup_get_query   (SkOvSetup           *self);
/* The same question of the same timetable (either may be NULL): the
 * searches of one answer the other. */
gboolean        sk_ov_setup_equal        (SkOvSetup           *a,
                                          SkOvSetup           *b);

/* A query for TIMETABLE a person would ask first: today when buses run
 * today, otherwise the first weekday of the calendar with service;
 * 07:00–09:00; on foot. FALSE when no day has service. */
gboolean        sk_ov_query_init_default (SkOvQuery           *query,
                                          SkTimetable         *timetable);

/* Whether NAME is one of the centres asked about first: the regional
 * documents' own words, "Binnen een uur sta ik in Zwolle of Emmen". */
gboolean        sk_ov_is_first_centre    (const char          *name);
/* The first question for TIMETABLE: sk_ov_query_init_default() to the
 * first centres. NULL with ERROR when no day has service. */
SkOvSetup      *sk_ov_setup_new_default  (SkTimetable         *timetable,
                                          GError             **error);
/* The question as one line for a session's settings ("ov.question"):
 * "2026-12-08 07:00-09:00 lopen Zwolle,Emmen". */
#define SK_OV_QUESTION_SETTING "ov.question"
char           *sk_ov_question_to_text   (const SkOvQuery     *query,
                                          GPtrArray           *dests);
/* The question of TEXT to the default centres it names; NULL when TEXT is
 * no such line (a damaged setting: the caller asks the first question). */
gboolean        sk_ov_question_parse     (const char          *text,
                                          SkOvQuery           *query,
                                          GPtrArray          **dests);
/* sk_ov_question_to_text() of SELF. */
char           *sk_ov_setup_dup_question (SkOvSetup           *self);
/* "Zwolle of Emmen": the destinations of SELF joined for a sentence. */
char           *sk_ov_setup_dup_names    (SkOvSetup           *self);

/* The overlay of PLAN: every buurtbus line (a stop at every corner, its
 * time between trips and first and last departure, the buurtbus speed of
 * KENGETALLEN), every mobiliteitshub and every new stop. WITH_CLAIMED
 * FALSE leaves out the kinds whose catalogue benefit values the trip.
 * N_NO_ROUTE (may be NULL) counts buurtbuses without a route (a point
 * from an older session). */
SkOvOverlay    *sk_ov_overlay_from_plan  (SkToolbox           *toolbox,
                                          SkKengetallen       *kengetallen,
                                          SkPlanSnapshot      *plan,
                                          gboolean             with_claimed,
                                          guint               *n_no_route);

typedef struct _SkOvEvaluation SkOvEvaluation;

/* BEFORE_CACHE (may be NULL) is an earlier evaluation: with the same
 * setup its "before" is reused, and when the plan changes the timetable
 * in the same way (an edit of another idea) its "after" too. NULL with ERROR when the timetable
 * cannot answer (no service on the date) or on CANCELLABLE. */
SkOvEvaluation *sk_ov_evaluate           (SkRegion             *region,
                                          SkToolbox            *toolbox,
                                          SkKengetallen        *kengetallen,
                                          SkPlanSnapshot       *plan,
                                          SkOvSetup            *setup,
                                          SkOvEvaluation       *before_cache,
                                          const SkMkbaSettings *settings,
                                          GCancellable         *cancellable,
                                          GError              **error);
/* The rule of half alone (see the top) over N kernen with T0 and T1
 * minutes (NAN: no way within 3 h) and PEOPLE inhabitants: EUR a year at
 * each end of the range, the central hours a year, and the kernen that
 * only T1 reaches. */
void            sk_ov_rule_of_half       (SkKengetallen        *kengetallen,
                                          const double         *t0,
                                          const double         *t1,
                                          const double         *people,
                                          size_t                n,
                                          double                yearly[SK_N_RANGE],
                                          double               *hours,
                                          guint                *n_newly_reachable);
/* The same over the centre medians of BEFORE → AFTER. */
void            sk_ov_travel_value       (SkRegion             *region,
                                          SkKengetallen        *kengetallen,
                                          SkOvResult           *before,
                                          SkOvResult           *after,
                                          double                yearly[SK_N_RANGE],
                                          double               *hours,
                                          guint                *n_newly_reachable);

/* Sets EV->ov (or EV->ov_problem) and adds its euros to EV's MKBA as
 * travel time (category "reistijd") and its PM-post. */
void            sk_evaluation_add_ov     (SkEvaluation         *ev,
                                          SkRegion             *region,
                                          SkToolbox            *toolbox,
                                          SkKengetallen        *kengetallen,
                                          SkPlanSnapshot       *plan,
                                          SkOvSetup            *setup,
                                          SkOvEvaluation       *before_cache,
                                          GCancellable         *cancellable);

SkOvEvaluation *sk_ov_evaluation_ref     (SkOvEvaluation       *self);
void            sk_ov_evaluation_unref   (SkOvEvaluation       *self);
SkOvSetup      *sk_ov_evaluation_get_setup  (SkOvEvaluation    *self);
SkOvResult     *sk_ov_evaluation_get_before (SkOvEvaluation    *self);
/* With every change of the plan. */
SkOvResult     *sk_ov_evaluation_get_after  (SkOvEvaluation    *self);
/* EUR a year and present value (low, central, high), central hours a year. */
const double   *sk_ov_evaluation_get_yearly (SkOvEvaluation    *self);
const double   *sk_ov_evaluation_get_pv     (SkOvEvaluation    *self);
double          sk_ov_evaluation_get_hours  (SkOvEvaluation    *self);
guint           sk_ov_evaluation_get_n_newly_reachable (SkOvEvaluation *self);
/* Buurtbuses without a route (points of an older session). */
guint           sk_ov_evaluation_get_n_no_route (SkOvEvaluation *self);
/* Whether the plan has changes whose time the MKBA values elsewhere
 * (buurtbus, mobiliteitshub), left out of the euros here. */
gboolean        sk_ov_evaluation_get_claimed (SkOvEvaluation   *self);

/* Which of the plan's changes the MKBA values elsewhere. */
typedef enum
{
  SK_OV_CLAIMED_LINE = 1 << 0,  /* a buurtbus: its reizigersbaat */
  SK_OV_CLAIMED_HUB = 1 << 1,   /* a mobiliteitshub: the trip to the hub */
  SK_OV_CLAIMED_STOP = 1 << 2,  /* a new bus stop, should the catalogue value it */
} SkOvClaimed;

SkOvClaimed     sk_ov_evaluation_get_claimed_kinds (SkOvEvaluation *self);
/* The note that these are counted in minutes only, naming only the kinds
 * in CLAIMED (a plan with a buurtbus alone does not hear of a hub);
 * NULL when CLAIMED is 0. Dutch, translated; free with g_free(). */
char           *sk_ov_format_claimed_note (SkOvClaimed       claimed);

/* The PM-post of kernen that only the plan brings within an hour's
 * reach of a centre (Dutch; marked for translation where shown). */
#define SK_OV_NEWLY_REACHABLE_PM N_("Kernen die pas met het plan met bus of trein een centrum bereiken (reistijd niet in euro’s)")

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkOvSetup, sk_ov_setup_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkOvEvaluation, sk_ov_evaluation_unref)

G_END_DECLS
