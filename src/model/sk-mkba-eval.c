/* sk-mkba-eval.c — the MKBA of a plan. */
#include "sk-mkba-eval.h"

#include <math.h>

#include "sk-mkba.h"

void
sk_mkba_settings_init_default (SkMkbaSettings *settings)
{
  settings->rate = SK_MKBA_DEFAULT_RATE;
  settings->horizon = SK_MKBA_DEFAULT_HORIZON;
  settings->subsidy_share = SK_MKBA_DEFAULT_SUBSIDY_SHARE;
}

/* The figure's value at the end of the range that is pessimistic or
 * optimistic for the saldo: costs high when LOW, benefits low when LOW. */
static double
pick (const SkFigure *f,
      SkRange         range,
      gboolean        against)
{
  if (range == SK_RANGE_CENTRAL)
    return f->central;
  return (range == SK_RANGE_LOW) == against ? f->high : f->low;
}

static SkMkbaLine *
line_for (GArray     *lines,
          const char *id)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_equal (g_array_index (lines, SkMkbaLine, i).id, id))
      return &g_array_index (lines, SkMkbaLine, i);
  return NULL;
}

static void
add_to (SkMkbaResult *r,
        const char   *actor,
        const char   *category,
        SkRange       range,
        double        cost,
        double        benefit)
{
  SkMkbaLine *a = line_for (r->by_actor, actor);
  SkMkbaLine *c = line_for (r->by_category, category);

  r->costs[range] += cost;
  r->benefits[range] += benefit;
  if (a != NULL)
    {
      a->costs[range] += cost;
      a->benefits[range] += benefit;
    }
  if (c != NULL)
    {
      c->costs[range] += cost;
      c->benefits[range] += benefit;
    }
}

static double
quantity (const SkInterventionState *state,
          const char                *per)
{
  double q;

  if (per == NULL)
    return 1.0;
  q = sk_intervention_state_get_parameter (state, per);
  return isnan (q) ? 0.0 : q;
}

static void
add_intervention (SkMkbaResult              *r,
                  const SkKind              *kind,
                  const SkInterventionState *state,
                  const SkMkbaSettings      *s)
{
  double annuity = sk_mkba_annuity_factor (s->rate, s->horizon);

  for (int range = 0; range < SK_N_RANGE; range++)
    {
      for (size_t i = 0; i < kind->n_costs; i++)
        {
          const SkCost *c = &kind->costs[i];
          double amount = pick (&c->amount, range, TRUE) * quantity (state, c->per);

          if (c->type == SK_COST_INVESTMENT)
            {
              SkMkbaInvestment inv;

              /* A short lifetime is the expensive end: more reinvestment. */
              sk_mkba_investment (amount, MAX (1.0, pick (&c->lifetime, range, FALSE)),
                                  s->rate, s->horizon, &inv);
              add_to (r, c->actor, c->category, range, inv.pv_investments, inv.pv_residual);
            }
          else
            add_to (r, c->actor, c->category, range, amount * annuity, 0);
        }
      for (size_t i = 0; i < kind->n_benefits; i++)
        {
          const SkBenefit *b = &kind->benefits[i];
          double amount = pick (&b->amount, range, FALSE) * quantity (state, b->per);

          add_to (r, b->actor, b->category, range, 0, amount * annuity);
        }
    }
  for (size_t i = 0; i < kind->n_pm; i++)
    {
      gboolean known = FALSE;

      for (guint j = 0; j < r->pm->len && !known; j++)
        known = g_str_equal (g_ptr_array_index (r->pm, j), kind->pm[i].name);
      if (!known)
        g_ptr_array_add (r->pm, g_strdup (kind->pm[i].name));
    }
}

static GArray *
new_lines (SkToolbox           *toolbox,
           size_t             (*count) (SkToolbox *),
           const SkToolboxTerm *(*get) (SkToolbox *, size_t))
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (SkMkbaLine));

  for (size_t i = 0; i < count (toolbox); i++)
    {
      SkMkbaLine line = { g_strdup (get (toolbox, i)->id) };
      g_array_append_val (lines, line);
    }
  return lines;
}

SkMkbaResult *
sk_mkba_evaluate (SkToolbox            *toolbox,
                  SkPlanSnapshot       *plan,
                  const SkMkbaSettings *settings)
{
  SkMkbaResult *r = g_new0 (SkMkbaResult, 1);

  g_return_val_if_fail (SK_IS_TOOLBOX (toolbox), NULL);
  g_return_val_if_fail (plan != NULL && settings != NULL, NULL);

  r->by_actor = new_lines (toolbox, sk_toolbox_get_n_actors, sk_toolbox_get_actor);
  r->by_category = new_lines (toolbox, sk_toolbox_get_n_categories, sk_toolbox_get_category);
  r->pm = g_ptr_array_new_with_free_func (g_free);
  for (size_t i = 0; i < sk_plan_snapshot_get_n_items (plan); i++)
    {
      const SkInterventionState *state = sk_plan_snapshot_get_state (plan, i);
      const SkKind *kind = sk_toolbox_find_kind (toolbox, state->kind_id);

      if (kind == NULL)
        continue;
      add_intervention (r, kind, state, settings);
      r->n_interventions++;
    }
  for (int range = 0; range < SK_N_RANGE; range++)
    {
      r->ncw[range] = r->benefits[range] - r->costs[range];
      r->bc[range] = r->costs[range] > 0 ? r->benefits[range] / r->costs[range] : NAN;
    }
  r->subsidy = settings->subsidy_share * MAX (0.0, r->ncw[SK_RANGE_CENTRAL]);
  return r;
}

static void
clear_line (SkMkbaLine *line)
{
  g_free (line->id);
}

void
sk_mkba_result_free (SkMkbaResult *result)
{
  if (result == NULL)
    return;
  for (guint i = 0; i < result->by_actor->len; i++)
    clear_line (&g_array_index (result->by_actor, SkMkbaLine, i));
  for (guint i = 0; i < result->by_category->len; i++)
    clear_line (&g_array_index (result->by_category, SkMkbaLine, i));
  g_array_unref (result->by_actor);
  g_array_unref (result->by_category);
  g_ptr_array_unref (result->pm);
  g_free (result);
}
