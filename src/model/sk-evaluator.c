/* sk-evaluator.c — the pure evaluation of a plan; the live wrapper is in
 * sk-evaluator-live.c. */
#include "sk-config.h"
#include "sk-evaluator.h"
#include "sk-evaluator-private.h"
#include "sk-ov-eval.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sk-mkba.h"

void
sk_eval_settings_init_default (SkEvalSettings *settings)
{
  sk_mkba_settings_init_default (&settings->mkba);
  settings->modes = SK_ACCESS_ALL;
}

GArray *
sk_eval_plan_additions (SkToolbox      *toolbox,
                        SkPlanSnapshot *plan)
{
  GArray *additions = g_array_new (FALSE, FALSE, sizeof (SkReachAddition));

  for (size_t i = 0; i < sk_plan_snapshot_get_n_items (plan); i++)
    {
      const SkInterventionState *state = sk_plan_snapshot_get_state (plan, i);
      const SkKind *kind = sk_toolbox_find_kind (toolbox, state->kind_id);
      SkLatLon at = sk_intervention_state_get_anchor (state);

      for (size_t p = 0; kind != NULL && p < kind->n_provides; p++)
        {
          SkReachAddition add = { kind->provides[p], at.lat, at.lon };

          g_array_append_val (additions, add);
        }
    }
  return additions;
}

/* Which facility types the catalogue already values the trip to: a kind
 * in the plan that provides the type has a benefit of category
 * "reistijd" or one listed in kengetallen travel_time.claimed_by. */
static void
find_claimed (SkToolbox      *toolbox,
              SkKengetallen  *k,
              SkPlanSnapshot *plan,
              gboolean        claimed[SK_N_FACILITY_TYPES])
{
  for (size_t i = 0; i < sk_plan_snapshot_get_n_items (plan); i++)
    {
      const SkKind *kind = sk_toolbox_find_kind (toolbox,
                                                 sk_plan_snapshot_get_state (plan, i)->kind_id);
      gboolean claims = FALSE;

      for (size_t b = 0; kind != NULL && b < kind->n_benefits && !claims; b++)
        claims = g_str_equal (kind->benefits[b].category, SK_EVAL_TRAVEL_CATEGORY)
                 || sk_kengetallen_claims_travel_time (k, kind->id, kind->benefits[b].id);
      for (size_t p = 0; claims && p < kind->n_provides; p++)
        claimed[kind->provides[p]] = TRUE;
    }
}

static double
value_at (const SkFigure *f,
          SkRange         range)
{
  return range == SK_RANGE_LOW ? f->low : range == SK_RANGE_HIGH ? f->high : f->central;
}

/* EUR a year for one kern, type and mode at one end of the range: the
 * rule of half, ½ (n0 + n1) × Δt × value of time. */
static double
kern_yearly (double          inhabitants,
             double          t0,
             double          t1,
             const SkFigure *trips,
             const SkFigure *share,
             const SkFigure *vot,
             const SkFigure *new_trips,
             SkRange         range,
             double         *hours)
{
  double n0 = inhabitants * value_at (trips, range) * value_at (share, range);
  /* A site on the kern's doorstep is 0 minutes away: cap the ratio at
   * half a minute so that new trips stay finite. */
  double n1 = n0 * pow (t0 / MAX (t1, 0.5), new_trips ? value_at (new_trips, range) : 0.0);
  double h = 0.5 * (n0 + n1) * (t0 - t1) / 60.0;

  *hours = h;
  return h * value_at (vot, range);
}

void
sk_eval_travel_time (SkRegion       *region,
                     SkToolbox      *toolbox,
                     SkKengetallen  *k,
                     SkPlanSnapshot *plan,
                     SkReachResult  *before,
                     SkReachResult  *after,
                     const SkMkbaSettings *s,
                     SkTravelTime   *out)
{
  double annuity = sk_mkba_annuity_factor (s->rate, s->horizon);

  *out = (SkTravelTime) { { 0 } };
  find_claimed (toolbox, k, plan, out->claimed);
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    for (int m = 0; m < SK_N_MODES; m++)
      {
        const SkFigure *trips = sk_kengetallen_get_trips (k, (SkFacilityType) t);
        const SkFigure *share = sk_kengetallen_get_mode_share (k, (SkMode) m);
        const SkFigure *vot = sk_kengetallen_get_value_of_time (k, (SkMode) m);

        if (!sk_reach_result_has_type (after, (SkFacilityType) t)
            || !(sk_reach_result_get_modes (after) & SK_ACCESS (m)))
          continue;
        for (size_t i = 0; i < sk_reach_result_get_n_kernen (after); i++)
          {
            const SkNearest *b = sk_reach_result_get_nearest (before, i, (SkFacilityType) t, (SkMode) m);
            const SkNearest *a = sk_reach_result_get_nearest (after, i, (SkFacilityType) t, (SkMode) m);
            double people = MAX (0, sk_region_get_kern (region, i)->inhabitants);

            /* A kern with no known time before or after ("niet bekend") has
             * no saving anyone could check: left out. */
            if (a->unknown || b->unknown)
              continue;
            if (a->reachable && !b->reachable)
              out->n_newly_reachable++;
            if (out->claimed[t] || trips == NULL || share == NULL || vot == NULL
                || !a->reachable || !b->reachable || a->minutes >= b->minutes)
              continue;
            for (int r = 0; r < SK_N_RANGE; r++)
              {
                double hours;

                out->yearly[r] += kern_yearly (people, b->minutes, a->minutes, trips, share, vot,
                                               sk_kengetallen_get_new_trips (k), r, &hours);
                if (r == SK_RANGE_CENTRAL)
                  out->hours_saved += hours;
              }
          }
      }
  for (int r = 0; r < SK_N_RANGE; r++)
    out->pv[r] = out->yearly[r] * annuity;
}

static void
check_conditions (SkEvaluation   *ev,
                  SkToolbox      *toolbox,
                  SkPlanSnapshot *plan)
{
  ev->n_conditions = MIN (sk_toolbox_get_n_conditions (toolbox), SK_EVAL_MAX_CONDITIONS);
  for (size_t i = 0; i < sk_plan_snapshot_get_n_items (plan); i++)
    {
      const SkInterventionState *state = sk_plan_snapshot_get_state (plan, i);
      const SkKind *kind = sk_toolbox_find_kind (toolbox, state->kind_id);
      SkEvalConditions c = { sk_plan_snapshot_get_id (plan, i), NULL, 0 };

      if (kind == NULL)
        continue;
      c.kind_id = g_strdup (kind->id);
      for (guint j = 0; j < ev->n_conditions; j++)
        if (kind->conditions[j])
          {
            c.met |= 1u << j;
            ev->n_meeting[j]++;
          }
      g_array_append_val (ev->conditions, c);
    }
}

static void
clear_conditions (SkEvalConditions *c)
{
  g_free (c->kind_id);
}

static void
evaluation_clear (SkEvaluation *ev)
{
  g_clear_pointer (&ev->mkba, sk_mkba_result_free);
  g_clear_pointer (&ev->before, sk_reach_result_free);
  g_clear_pointer (&ev->after, sk_reach_result_free);
  g_clear_pointer (&ev->conditions, g_array_unref);
  g_clear_pointer (&ev->ov, sk_ov_evaluation_unref);
  g_clear_pointer (&ev->ov_problem, g_free);
}

SkEvaluation *
sk_eval_finish (SkRegion             *region,
                SkToolbox            *toolbox,
                SkKengetallen        *k,
                SkPlanSnapshot       *plan,
                const SkEvalSettings *settings,
                SkReachResult        *before,
                SkReachResult        *after)
{
  SkEvaluation *ev = g_atomic_rc_box_new0 (SkEvaluation);

  ev->settings = *settings;
  ev->price_year = sk_toolbox_get_price_year (toolbox);
  ev->before = before;
  ev->after = after;
  ev->conditions = g_array_new (FALSE, FALSE, sizeof (SkEvalConditions));
  g_array_set_clear_func (ev->conditions, (GDestroyNotify) clear_conditions);
  ev->mkba = sk_mkba_evaluate (toolbox, plan, &settings->mkba);
  sk_eval_travel_time (region, toolbox, k, plan, before, after, &settings->mkba, &ev->travel);
  sk_mkba_result_add_benefit (ev->mkba, SK_EVAL_TRAVEL_ACTOR, SK_EVAL_TRAVEL_CATEGORY,
                              SK_EVAL_TRAVEL_BW_THEME, ev->travel.pv, &settings->mkba);
  if (ev->travel.n_newly_reachable > 0)
    sk_mkba_result_add_pm (ev->mkba, SK_EVAL_NEWLY_REACHABLE_PM, SK_EVAL_TRAVEL_BW_THEME);
  check_conditions (ev, toolbox, plan);
  return ev;
}

/* The one place where corrections enter the evaluation: the region's
 * facilities are searched once, the corrections are sites on top of them
 * in "before" and in "after", and the plan's sites come on top of those
 * in "after" only. Corrections come first, so that the incremental
 * search keeps them in place while the plan changes. */
GArray *
sk_eval_situation_sites (SkToolbox             *toolbox,
                         const SkReachAddition *corrections,
                         size_t                 n_corrections,
                         SkPlanSnapshot        *plan)
{
  GArray *sites = g_array_new (FALSE, FALSE, sizeof (SkReachAddition));

  if (n_corrections > 0)
    g_array_append_vals (sites, corrections, (guint) n_corrections);
  if (plan != NULL)
    {
      g_autoptr(GArray) additions = sk_eval_plan_additions (toolbox, plan);

      g_array_append_vals (sites, additions->data, additions->len);
    }
  return sites;
}

SkEvaluation *
sk_evaluate_corrected (SkRegion              *region,
                       SkToolbox             *toolbox,
                       SkKengetallen         *kengetallen,
                       SkPlanSnapshot        *plan,
                       const SkReachAddition *corrections,
                       size_t                 n_corrections,
                       const SkEvalSettings  *settings)
{
  g_autoptr(SkReachState) st = NULL;
  g_autoptr(GArray) before_sites = NULL;
  g_autoptr(GArray) after_sites = NULL;
  SkReachResult *before;
  SkEvaluation *ev;

  g_return_val_if_fail (SK_IS_REGION (region), NULL);
  g_return_val_if_fail (SK_IS_TOOLBOX (toolbox), NULL);
  g_return_val_if_fail (kengetallen != NULL && plan != NULL && settings != NULL, NULL);
  g_return_val_if_fail (corrections != NULL || n_corrections == 0, NULL);

  st = sk_reach_state_new (region, kengetallen, settings->modes);
  sk_reach_state_set_vouched (st, corrections, n_corrections);
  before_sites = sk_eval_situation_sites (toolbox, corrections, n_corrections, NULL);
  sk_reach_state_set_additions (st, (SkReachAddition *) before_sites->data, before_sites->len);
  before = sk_reach_state_dup_result (st);
  after_sites = sk_eval_situation_sites (toolbox, corrections, n_corrections, plan);
  sk_reach_state_set_additions (st, (SkReachAddition *) after_sites->data, after_sites->len);
  ev = sk_eval_finish (region, toolbox, kengetallen, plan, settings, before,
                       sk_reach_state_dup_result (st));
  ev->n_corrections = (guint) n_corrections;
  return ev;
}

SkEvaluation *
sk_evaluate (SkRegion             *region,
             SkToolbox            *toolbox,
             SkKengetallen        *kengetallen,
             SkPlanSnapshot       *plan,
             const SkEvalSettings *settings)
{
  return sk_evaluate_corrected (region, toolbox, kengetallen, plan, NULL, 0, settings);
}

SkEvaluation *
sk_evaluation_ref (SkEvaluation *evaluation)
{
  g_return_val_if_fail (evaluation != NULL, NULL);
  return g_atomic_rc_box_acquire (evaluation);
}

void
sk_evaluation_unref (SkEvaluation *evaluation)
{
  g_return_if_fail (evaluation != NULL);
  g_atomic_rc_box_release_full (evaluation, (GDestroyNotify) evaluation_clear);
}

gboolean
sk_evaluation_plan_meets (SkEvaluation *evaluation,
                          guint         condition)
{
  g_return_val_if_fail (evaluation != NULL, FALSE);
  return condition < evaluation->n_conditions && evaluation->n_meeting[condition] > 0;
}
