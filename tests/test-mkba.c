/* test-mkba.c — golden MKBA cases, worked out by hand in the comments. */
#include <glib.h>

#include "sk-mkba.h"

static void
test_annuity (void)
{
  /* At 0 % a yearly 1 over 10 years is worth 10. */
  g_assert_cmpfloat_with_epsilon (sk_mkba_annuity_factor (0, 10), 10.0, 1e-12);
  /* At 2.25 %: (1 − 1.0225^−10) / 0.0225, with 1.0225^10 = 1.249203:
   * (1 − 0.800510) / 0.0225 = 8.86622. */
  g_assert_cmpfloat_with_epsilon (sk_mkba_annuity_factor (0.0225, 10), 8.86622, 1e-5);
  /* Over the default 100 years: (1 − 1.0225^−100) / 0.0225 = 39.6417. */
  g_assert_cmpfloat_with_epsilon (sk_mkba_annuity_factor (SK_MKBA_DEFAULT_RATE,
                                                          SK_MKBA_DEFAULT_HORIZON),
                                  39.6417, 1e-4);
  g_assert_cmpfloat (sk_mkba_annuity_factor (0.0225, 0), ==, 0.0);
}

typedef struct
{
  const char *name;
  double amount, lifetime, rate;
  int horizon;
  int n_investments;
  double pv_investments, pv_residual;
} InvestmentCase;

static const InvestmentCase investment_cases[] = {
  /* One-off: 1000 lasting 100 years, horizon 10, 0 %: one investment,
   * 90 of 100 years left at H → residual 1000 × 90/100 = 900. */
  { "one-off-0", 1000, 100, 0.0, 10, 1, 1000.0, 900.0 },
  /* Same at 2.25 %: residual 900 / 1.249203 = 720.46. */
  { "one-off-2.25", 1000, 100, 0.0225, 10, 1, 1000.0, 720.459 },
  /* Reinvestment: lifetime 4, horizon 10, 0 %: at t = 0, 4, 8 → 3000;
   * the last lives until 12, 2 of 4 years left → residual 500. */
  { "reinvest-0", 1000, 4, 0.0, 10, 3, 3000.0, 500.0 },
  /* At 2.25 %: 1000 + 1000/1.093083 + 1000/1.194831 = 2751.78;
   * residual 500 / 1.249203 = 400.26. */
  { "reinvest-2.25", 1000, 4, 0.0225, 10, 3, 2751.782, 400.255 },
  /* Horizon shorter than the lifetime: 30 years, H = 10, 0 %: residual
   * 1000 × 20/30 = 666.67. */
  { "short-horizon-0", 1000, 30, 0.0, 10, 1, 1000.0, 666.667 },
  /* At 2.25 %: 666.67 / 1.249203 = 533.67. */
  { "short-horizon-2.25", 1000, 30, 0.0225, 10, 1, 1000.0, 533.673 },
  /* Lifetime exactly the horizon: no reinvestment at H, nothing left. */
  { "exact-life", 1000, 10, 0.0225, 10, 1, 1000.0, 0.0 },
};

static void
test_investment (gconstpointer data)
{
  const InvestmentCase *c = data;
  SkMkbaInvestment inv;

  sk_mkba_investment (c->amount, c->lifetime, c->rate, c->horizon, &inv);
  g_assert_cmpint (inv.n_investments, ==, c->n_investments);
  g_assert_cmpfloat_with_epsilon (inv.pv_investments, c->pv_investments, 1e-3);
  g_assert_cmpfloat_with_epsilon (inv.pv_residual, c->pv_residual, 1e-3);
  g_assert_cmpfloat (inv.nominal_investments, ==, c->amount * c->n_investments);
}

static void
test_one_off_with_benefit (void)
{
  SkMkbaInvestment inv;
  double benefits, bc;

  /* 1000 invested once, 100 a year of benefit, 10 years at 0 %:
   * benefits 100 × 10 + residual 900 = 1900, costs 1000,
   * NCW = +900, B/C = 1.9. */
  sk_mkba_investment (1000, 100, 0.0, 10, &inv);
  benefits = 100 * sk_mkba_annuity_factor (0.0, 10) + inv.pv_residual;
  g_assert_cmpfloat_with_epsilon (benefits - inv.pv_investments, 900.0, 1e-9);
  bc = benefits / inv.pv_investments;
  g_assert_cmpfloat_with_epsilon (bc, 1.9, 1e-12);

  /* At 2.25 %: 100 × 8.86622 + 720.46 = 1607.08; NCW = 607.08. */
  sk_mkba_investment (1000, 100, 0.0225, 10, &inv);
  benefits = 100 * sk_mkba_annuity_factor (0.0225, 10) + inv.pv_residual;
  g_assert_cmpfloat_with_epsilon (benefits - inv.pv_investments, 607.081, 1e-3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/mkba/annuity", test_annuity);
  g_test_add_func ("/mkba/one-off-with-benefit", test_one_off_with_benefit);
  for (guint i = 0; i < G_N_ELEMENTS (investment_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/mkba/investment/%s", investment_cases[i].name);
      g_test_add_data_func (name, &investment_cases[i], test_investment);
    }
  return g_test_run ();
}
