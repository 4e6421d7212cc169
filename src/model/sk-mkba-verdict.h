/* sk-mkba-verdict.h — the MKBA in words residents can read: one line that
 * says whether a plan costs society more than it gives, what the
 * benefit/cost ratio means in euros, and whether the session counts with
 * other rules than the standard ones. */
#pragma once

#include "sk-mkba-eval.h"

G_BEGIN_DECLS

typedef enum
{
  SK_MKBA_VERDICT_NONE,     /* nothing to judge: no costs and no benefits */
  SK_MKBA_VERDICT_LOSS,     /* benefits below (1 − band) × costs */
  SK_MKBA_VERDICT_EVEN,     /* within the band */
  SK_MKBA_VERDICT_GAIN,     /* benefits above (1 + band) × costs */
} SkMkbaVerdict;

/* Benefits within 10 % of the costs count as "about even": our choice
 * (an assumption), stated in the verdict so anyone can argue with it. */
#define SK_MKBA_VERDICT_BAND 0.10

/* The verdict on the central run of RESULT. */
SkMkbaVerdict sk_mkba_verdict                (const SkMkbaResult   *result);
/* "Dit plan kost de samenleving meer dan het oplevert." and the like. */
char         *sk_mkba_verdict_dup_text       (const SkMkbaResult   *result);
/* For "about even" only: the band, marked as an assumption, for a
 * smaller line under the verdict; NULL for the other verdicts. */
char         *sk_mkba_verdict_dup_detail_text (const SkMkbaResult  *result);
/* "Elke euro kost levert € 0,60 op."; NULL without costs. */
char         *sk_mkba_verdict_dup_bc_text    (const SkMkbaResult   *result);
/* "Let op: gerekend met 3,00 % en 50 jaar …" when SETTINGS differ from
 * the standard (2,25 %, 100 years); NULL when they are the standard. */
char         *sk_mkba_verdict_dup_rules_text (const SkMkbaSettings *settings);

G_END_DECLS
