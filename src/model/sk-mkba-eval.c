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
        const char   *bw_theme,
        SkRange       range,
        double        cost,
        double        benefit)
{
  SkMkbaLine *a = line_for (r->by_actor, actor);
  SkMkbaLine *c = line_for (r->by_category, category);
  SkMkbaLine *w = bw_theme != NULL ? line_for (r->by_bw_theme, bw_theme) : NULL;

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
  if (w != NULL)
    w->benefits[range] += benefit;
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
              /* The residual value is a benefit without a bw theme: it returns
               * part of a cost, it is no welfare effect of its own. */
              add_to (r, c->actor, c->category, NULL, range, inv.pv_investments,
                      inv.pv_residual);
            }
          else
            add_to (r, c->actor, c->category, NULL, range, amount * annuity, 0);
        }
      for (size_t i = 0; i < kind->n_benefits; i++)
        {
          const SkBenefit *b = &kind->benefits[i];
          double amount = pick (&b->amount, range, FALSE) * quantity (state, b->per);

          add_to (r, b->actor, b->category, b->bw_theme, range, 0, amount * annuity);
        }
    }
  for (size_t i = 0; i < kind->n_pm; i++)
    sk_mkba_result_add_pm (r, kind->pm[i].name, kind->pm[i].bw_theme);
}

void
sk_mkba_result_add_pm (SkMkbaResult *r,
                       const char   *name,
                       const char   *bw_theme)
{
  SkMkbaLine *w;

  for (guint j = 0; j < r->pm->len; j++)
    if (g_str_equal (g_ptr_array_index (r->pm, j), name))
      return;
  g_ptr_array_add (r->pm, g_strdup (name));
  if (bw_theme != NULL && (w = line_for (r->by_bw_theme, bw_theme)) != NULL)
    w->n_pm++;
}

/* Saldo, B/C and subsidy from the totals. */
static void
finish_totals (SkMkbaResult         *r,
               const SkMkbaSettings *settings)
{
  for (int range = 0; range < SK_N_RANGE; range++)
    {
      r->ncw[range] = r->benefits[range] - r->costs[range];
      r->bc[range] = r->costs[range] > 0 ? r->benefits[range] / r->costs[range] : NAN;
    }
  r->subsidy = settings->subsidy_share * MAX (0.0, r->ncw[SK_RANGE_CENTRAL]);
}

void
sk_mkba_result_add_benefit (SkMkbaResult         *r,
                            const char           *actor,
                            const char           *category,
                            const char           *bw_theme,
                            const double          pv[SK_N_RANGE],
                            const SkMkbaSettings *settings)
{
  g_return_if_fail (r != NULL && settings != NULL);

  for (int range = 0; range < SK_N_RANGE; range++)
    add_to (r, actor, category, bw_theme, range, 0, pv[range]);
  finish_totals (r, settings);
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
  r->by_bw_theme = new_lines (toolbox, sk_toolbox_get_n_bw_themes, sk_toolbox_get_bw_theme);
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
  finish_totals (r, settings);
  return r;
}

static void
free_lines (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    g_free (g_array_index (lines, SkMkbaLine, i).id);
  g_array_unref (lines);
}

void
sk_mkba_result_free (SkMkbaResult *result)
{
  if (result == NULL)
    return;
  free_lines (result->by_actor);
  free_lines (result->by_category);
  free_lines (result->by_bw_theme);
  g_ptr_array_unref (result->pm);
  g_free (result);
}
