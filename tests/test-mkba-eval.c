/* test-mkba-eval.c — the MKBA of a plan, golden values worked out by hand.
 *
 * The fixture toolbox has one kind (a test pluktuin) with:
 *   investment 800 / 1000 / 1200 EUR, lifetime 4 years, paid by the coöperatie;
 *   maintenance 50 / 100 / 150 EUR a year, paid by the gemeente;
 *   a health benefit of 200 / 300 / 400 EUR a year for the bewoners;
 *   one PM-post, "Ontmoeting".
 */
#include <glib.h>
#include <math.h>

#include "sk-mkba-eval.h"

static SkToolbox *
load_toolbox (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-toolbox.json", NULL);
  g_autoptr(GError) error = NULL;
  SkToolbox *toolbox = sk_toolbox_load (path, &error);

  g_assert_no_error (error);
  return toolbox;
}

static SkPlanSnapshot *
plan_with (SkToolbox *toolbox,
           guint      n)
{
  g_autoptr(SkPlan) plan = sk_plan_new (toolbox);
  SkLatLon where = { 52.70, 6.30 };

  for (guint i = 0; i < n; i++)
    g_assert_cmpint (sk_plan_add (plan, "pluktuin", &where, 1, NULL, NULL), >, 0);
  return sk_plan_dup_snapshot (plan);
}

static const SkMkbaLine *
line (GArray     *lines,
      const char *id)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_equal (g_array_index (lines, SkMkbaLine, i).id, id))
      return &g_array_index (lines, SkMkbaLine, i);
  g_assert_not_reached ();
}

static void
test_zero_rate (void)
{
  g_autoptr(SkToolbox) toolbox = load_toolbox ();
  g_autoptr(SkPlanSnapshot) plan = plan_with (toolbox, 1);
  SkMkbaSettings s = { 0.0, 10, 0.5 };
  g_autoptr(SkMkbaResult) r = sk_mkba_evaluate (toolbox, plan, &s);

  /* Central, 0 %, 10 years: invested at t = 0, 4, 8 → 3000; the last has
   * 2 of its 4 years left at t = 10 → residual 500 (a benefit).
   * Maintenance 100 × 10 = 1000. Costs 4000; benefits 300 × 10 + 500 =
   * 3500; NCW −500; B/C 0.875. */
  g_assert_cmpfloat_with_epsilon (r->costs[SK_RANGE_CENTRAL], 4000, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->benefits[SK_RANGE_CENTRAL], 3500, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->ncw[SK_RANGE_CENTRAL], -500, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->bc[SK_RANGE_CENTRAL], 0.875, 1e-12);
  /* Pessimistic: 1200 × 3 = 3600 + 150 × 10 = 5100 costs; 200 × 10 + 600
   * residual = 2600 benefits; NCW −2500. Optimistic: 2400 + 500 = 2900;
   * 4000 + 400 = 4400; NCW +1500. */
  g_assert_cmpfloat_with_epsilon (r->ncw[SK_RANGE_LOW], -2500, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->ncw[SK_RANGE_HIGH], 1500, 1e-9);
  /* No positive meerwaarde: no subsidy. */
  g_assert_cmpfloat (r->subsidy, ==, 0);
  /* Who pays, who benefits: the coöperatie pays 3000 and keeps the 500
   * residual, the gemeente pays 1000, the bewoners get 3000. */
  g_assert_cmpfloat_with_epsilon (line (r->by_actor, "cooperatie")->costs[SK_RANGE_CENTRAL], 3000, 1e-9);
  g_assert_cmpfloat_with_epsilon (line (r->by_actor, "cooperatie")->benefits[SK_RANGE_CENTRAL], 500, 1e-9);
  g_assert_cmpfloat_with_epsilon (line (r->by_actor, "gemeente")->costs[SK_RANGE_CENTRAL], 1000, 1e-9);
  g_assert_cmpfloat_with_epsilon (line (r->by_actor, "bewoners")->benefits[SK_RANGE_CENTRAL], 3000, 1e-9);
  g_assert_cmpuint (r->pm->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (r->pm, 0), ==, "Ontmoeting");
}

static void
test_standard_rate (void)
{
  g_autoptr(SkToolbox) toolbox = load_toolbox ();
  g_autoptr(SkPlanSnapshot) plan = plan_with (toolbox, 1);
  SkMkbaSettings s = { 0.0225, 10, 0.5 };
  g_autoptr(SkMkbaResult) r = sk_mkba_evaluate (toolbox, plan, &s);

  /* 2.25 %, 10 years, central: investments 1000 × (1 + 1/1.093083 +
   * 1/1.194831) = 2751.78; maintenance 100 × 8.86622 = 886.62;
   * costs 3638.40. Benefits 300 × 8.86622 + 500 / 1.249203 = 2659.87 +
   * 400.26 = 3060.12. NCW −578.28. */
  g_assert_cmpfloat_with_epsilon (r->costs[SK_RANGE_CENTRAL], 3638.40, 0.01);
  g_assert_cmpfloat_with_epsilon (r->benefits[SK_RANGE_CENTRAL], 3060.12, 0.01);
  g_assert_cmpfloat_with_epsilon (r->ncw[SK_RANGE_CENTRAL], -578.28, 0.01);
}

static void
test_invariants (void)
{
  g_autoptr(SkToolbox) toolbox = load_toolbox ();
  g_autoptr(SkPlanSnapshot) plan = plan_with (toolbox, 3);
  g_autoptr(SkToolbox) real = sk_toolbox_load (NULL, NULL);
  SkMkbaSettings s;
  g_autoptr(SkMkbaResult) r = NULL;
  g_autoptr(SkMkbaResult) again = NULL;

  sk_mkba_settings_init_default (&s);
  r = sk_mkba_evaluate (toolbox, plan, &s);
  for (int range = 0; range < SK_N_RANGE; range++)
    {
      double actors = 0, categories = 0;

      /* The actors' sums are the total, and so are the categories'. */
      for (guint i = 0; i < r->by_actor->len; i++)
        {
          const SkMkbaLine *l = &g_array_index (r->by_actor, SkMkbaLine, i);
          actors += l->benefits[range] - l->costs[range];
        }
      for (guint i = 0; i < r->by_category->len; i++)
        {
          const SkMkbaLine *l = &g_array_index (r->by_category, SkMkbaLine, i);
          categories += l->benefits[range] - l->costs[range];
        }
      g_assert_cmpfloat_with_epsilon (actors, r->ncw[range], 1e-6);
      g_assert_cmpfloat_with_epsilon (categories, r->ncw[range], 1e-6);
    }
  /* Low ≤ central ≤ high. */
  g_assert_cmpfloat (r->ncw[SK_RANGE_LOW], <=, r->ncw[SK_RANGE_CENTRAL]);
  g_assert_cmpfloat (r->ncw[SK_RANGE_CENTRAL], <=, r->ncw[SK_RANGE_HIGH]);
  /* The same input gives the same output. */
  again = sk_mkba_evaluate (toolbox, plan, &s);
  g_assert_cmpfloat (again->ncw[SK_RANGE_CENTRAL], ==, r->ncw[SK_RANGE_CENTRAL]);
  g_assert_cmpuint (r->n_interventions, ==, 3);

  /* Every kind of the real catalogue, placed once, has costs and an
   * ordered range. */
  for (size_t k = 0; k < sk_toolbox_get_n_kinds (real); k++)
    {
      const SkKind *kind = sk_toolbox_get_kind (real, k);
      g_autoptr(SkPlan) one = sk_plan_new (real);
      SkLatLon shape[] = { { 52.70, 6.30 }, { 52.701, 6.30 }, { 52.701, 6.302 } };
      size_t n = kind->geometry == SK_GEOMETRY_POINT ? 1 : kind->geometry == SK_GEOMETRY_LINE ? 2 : 3;
      g_autoptr(SkPlanSnapshot) snap = NULL;
      g_autoptr(SkMkbaResult) kr = NULL;

      g_assert_cmpint (sk_plan_add (one, kind->id, shape, n, NULL, NULL), >, 0);
      snap = sk_plan_dup_snapshot (one);
      kr = sk_mkba_evaluate (real, snap, &s);
      if (!(kr->costs[SK_RANGE_CENTRAL] > 0))
        g_error ("%s has no costs", kind->id);
      g_assert_cmpfloat (kr->ncw[SK_RANGE_LOW], <=, kr->ncw[SK_RANGE_CENTRAL]);
      g_assert_cmpfloat (kr->ncw[SK_RANGE_CENTRAL], <=, kr->ncw[SK_RANGE_HIGH]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/mkba-eval/zero-rate", test_zero_rate);
  g_test_add_func ("/mkba-eval/standard-rate", test_standard_rate);
  g_test_add_func ("/mkba-eval/invariants", test_invariants);
  return g_test_run ();
}
