/* sk-mkba.c — discounting for the MKBA. */
#include "sk-mkba.h"

#include <math.h>

double
sk_mkba_discount (double rate,
                  double t)
{
  return pow (1.0 + rate, -t);
}

double
sk_mkba_annuity_factor (double rate,
                        int    horizon)
{
  if (horizon <= 0)
    return 0.0;
  if (fabs (rate) < 1e-12)
    return horizon;
  return (1.0 - pow (1.0 + rate, -horizon)) / rate;
}

void
sk_mkba_investment (double            amount,
                    double            lifetime,
                    double            rate,
                    int               horizon,
                    SkMkbaInvestment *out)
{
  double last = 0.0;

  g_return_if_fail (out != NULL);
  g_return_if_fail (lifetime > 0);

  *out = (SkMkbaInvestment) { 0 };
  /* t = 0 and every t = k × lifetime before the horizon. */
  for (int k = 0; k == 0 || k * lifetime < horizon; k++)
    {
      last = k * lifetime;
      out->pv_investments += amount * sk_mkba_discount (rate, last);
      out->nominal_investments += amount;
      out->n_investments++;
    }
  /* Straight-line: the share of the last investment's life left at H. */
  out->nominal_residual = amount * MAX (0.0, last + lifetime - horizon) / lifetime;
  out->pv_residual = out->nominal_residual * sk_mkba_discount (rate, horizon);
}
