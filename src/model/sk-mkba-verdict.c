/* sk-mkba-verdict.c — the MKBA in plain words (sk-mkba-verdict.h). */
#include "sk-config.h"
#include "sk-mkba-verdict.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sk-format.h"
#include "sk-mkba.h"

SkMkbaVerdict
sk_mkba_verdict (const SkMkbaResult *result)
{
  double bc;

  g_return_val_if_fail (result != NULL, SK_MKBA_VERDICT_NONE);
  bc = result->bc[SK_RANGE_CENTRAL];
  /* Without costs the ratio is undefined: the saldo's sign decides. */
  if (isnan (bc))
    return result->ncw[SK_RANGE_CENTRAL] > 0 ? SK_MKBA_VERDICT_GAIN : SK_MKBA_VERDICT_NONE;
  if (bc < 1 - SK_MKBA_VERDICT_BAND)
    return SK_MKBA_VERDICT_LOSS;
  if (bc > 1 + SK_MKBA_VERDICT_BAND)
    return SK_MKBA_VERDICT_GAIN;
  return SK_MKBA_VERDICT_EVEN;
}

char *
sk_mkba_verdict_dup_text (const SkMkbaResult *result)
{
  switch (sk_mkba_verdict (result))
    {
    case SK_MKBA_VERDICT_LOSS:
      return g_strdup (_("Dit plan kost de samenleving meer dan het oplevert."));
    case SK_MKBA_VERDICT_GAIN:
      return g_strdup (_("Dit plan levert de samenleving meer op dan het kost."));
    case SK_MKBA_VERDICT_EVEN:
      /* Short, in title type; the band is said below it (dup_detail_text). */
      return g_strdup (_("Dit plan kost ongeveer evenveel als het oplevert."));
    case SK_MKBA_VERDICT_NONE:
    default:
      return g_strdup (_("Dit plan kost niets en levert niets op dat in euro’s te zeggen is."));
    }
}

char *
sk_mkba_verdict_dup_detail_text (const SkMkbaResult *result)
{
  g_autofree char *band = NULL;

  if (sk_mkba_verdict (result) != SK_MKBA_VERDICT_EVEN)
    return NULL;
  band = sk_format_decimal (100 * SK_MKBA_VERDICT_BAND, 0);
  /* Translators: %s the band in percent ("10"); the band is an assumption. */
  return g_strdup_printf (_("Het verschil is minder dan %s %% van de kosten. Die grens is "
                            "een aanname."), band);
}

char *
sk_mkba_verdict_dup_bc_text (const SkMkbaResult *result)
{
  double bc;
  g_autofree char *euros = NULL;

  g_return_val_if_fail (result != NULL, NULL);
  bc = result->bc[SK_RANGE_CENTRAL];
  if (isnan (bc) || isinf (bc))
    return NULL;
  euros = sk_format_decimal (bc, 2);
  /* Translators: %s the benefit/cost ratio as euros, "0,60". */
  return g_strdup_printf (_("Elke euro kost levert € %s op (baten gedeeld door kosten)."), euros);
}

char *
sk_mkba_verdict_dup_rules_text (const SkMkbaSettings *settings)
{
  g_autofree char *rate = NULL;
  g_autofree char *standard = NULL;

  g_return_val_if_fail (settings != NULL, NULL);
  /* The spin button keeps two decimals of a percent. */
  if (fabs (settings->rate - SK_MKBA_DEFAULT_RATE) < 5e-6
      && settings->horizon == SK_MKBA_DEFAULT_HORIZON)
    return NULL;
  rate = sk_format_decimal (100 * settings->rate, 2);
  standard = sk_format_decimal (100 * SK_MKBA_DEFAULT_RATE, 2);
  /* Translators: the session's discount rate and horizon, then the standard ones. */
  return g_strdup_printf (_("Let op: gerekend met %s %% en %d jaar, niet met de standaard "
                            "(%s %%, %d jaar). Andere regels geven een ander saldo."),
                          rate, settings->horizon, standard, SK_MKBA_DEFAULT_HORIZON);
}
