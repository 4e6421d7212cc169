/* sk-mkba.h — the discounting arithmetic of the MKBA (maatschappelijke
 * kosten-batenanalyse), following the cash-flow convention of
 * shared/design/domain.md §2 and §6:
 *
 *   - investment at t = 0, yearly flows at t = 1 … H;
 *   - reinvestment of the full investment at t = k × lifetime for every
 *     k ≥ 1 with t < H;
 *   - the straight-line residual value (restwaarde) of the last investment
 *     counts as a benefit at t = H;
 *   - present value PV = Σ flow_t / (1 + r)^t, r the real discount rate.
 *
 * Rates are fractions (0.0225 for 2.25 %), horizons whole years.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The standard real discount rate since 1 January 2021: 2.25 % (−1 %
 * risk-free + 3.25 % risk premium; Werkgroep discontovoet 2020). */
#define SK_MKBA_DEFAULT_RATE 0.0225
/* The leidraad operationalises "infinite" as 100 years (Romijn & Renes,
 * Algemene leidraad voor MKBA, CPB/PBL 2013). */
#define SK_MKBA_DEFAULT_HORIZON 100

/* Discount factor 1 / (1 + rate)^t. */
double sk_mkba_discount        (double rate,
                                double t);
/* PV of 1 a year paid at t = 1 … horizon (the annuity factor). */
double sk_mkba_annuity_factor  (double rate,
                                int    horizon);

typedef struct
{
  double pv_investments;  /* the first investment and every reinvestment */
  double pv_residual;     /* residual value at t = horizon (a benefit) */
  double nominal_investments;
  double nominal_residual;
  int    n_investments;   /* 1 + number of reinvestments */
} SkMkbaInvestment;

/* Discounts an investment of `amount` with a lifetime in years (> 0). */
void   sk_mkba_investment      (double            amount,
                                double            lifetime,
                                double            rate,
                                int               horizon,
                                SkMkbaInvestment *out);

G_END_DECLS
