/* sk-mkba-eval.h — the MKBA of a plan (domain.md §2): present values of
 * every intervention's costs and benefits over the horizon, the saldo
 * (NCW) with a range, the B/C ratio, who pays and who benefits, per
 * category, the PM-posten, and the subsidy from the gebiedsfonds.
 *
 * A pure function of (toolbox, plan snapshot, settings): safe in a worker
 * thread, the same input gives the same output.
 *
 * The range runs the whole plan on one end of every figure: LOW is the
 * pessimistic end (high costs, short lifetimes, low benefits), HIGH the
 * optimistic one (data/toolbox/SCHEMA.md).
 */
#pragma once

#include "sk-plan.h"
#include "sk-toolbox.h"

G_BEGIN_DECLS

typedef enum
{
  SK_RANGE_LOW,
  SK_RANGE_CENTRAL,
  SK_RANGE_HIGH,
  SK_N_RANGE,
} SkRange;

typedef struct
{
  double rate;           /* real discount rate, 0.0225 */
  int horizon;           /* years, 100 */
  double subsidy_share;  /* p of the gebiedsfonds rule, 0–1 */
} SkMkbaSettings;

/* The seed gives no percentage for the subsidy (p % of the positive
 * maatschappelijke meerwaarde): 50 % is an assumption, shown as such. */
#define SK_MKBA_DEFAULT_SUBSIDY_SHARE 0.5

typedef struct
{
  char *id;              /* actor or category id */
  double costs[SK_N_RANGE];     /* present value, EUR */
  double benefits[SK_N_RANGE];  /* present value, EUR (residual values included) */
  guint n_pm;                   /* by_bw_theme only: unique PM-posten of the theme */
} SkMkbaLine;

typedef struct
{
  double costs[SK_N_RANGE];
  double benefits[SK_N_RANGE];
  double ncw[SK_N_RANGE];       /* benefits − costs */
  double bc[SK_N_RANGE];        /* benefits / costs; NAN without costs */
  double subsidy;               /* central: share × max (0, ncw) */
  GArray *by_actor;             /* SkMkbaLine, in the toolbox's actor order */
  GArray *by_category;          /* SkMkbaLine, in the toolbox's category order */
  /* The brede-welvaart profile: benefits per CBS theme (costs are not
   * tagged with a theme and stay 0), in the toolbox's bw-theme order. */
  GArray *by_bw_theme;          /* SkMkbaLine */
  GPtrArray *pm;                /* unique PM-post names (Dutch) */
  guint n_interventions;
} SkMkbaResult;

void          sk_mkba_settings_init_default (SkMkbaSettings       *settings);
SkMkbaResult *sk_mkba_evaluate              (SkToolbox            *toolbox,
                                             SkPlanSnapshot       *plan,
                                             const SkMkbaSettings *settings);
void          sk_mkba_result_free           (SkMkbaResult         *result);

/* Adds a yearly benefit stream valued outside the catalogue (the
 * reachability rule of sk-evaluator) as present values PV per range, to
 * the totals and to the actor, category and bw-theme lines; the saldo,
 * B/C and subsidy follow. */
void          sk_mkba_result_add_benefit    (SkMkbaResult         *result,
                                             const char           *actor,
                                             const char           *category,
                                             const char           *bw_theme,
                                             const double          pv[SK_N_RANGE],
                                             const SkMkbaSettings *settings);
/* Adds a PM-post (Dutch name) once, counted under BW_THEME. */
void          sk_mkba_result_add_pm         (SkMkbaResult         *result,
                                             const char           *name,
                                             const char           *bw_theme);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkMkbaResult, sk_mkba_result_free)

G_END_DECLS
