/* fuzz-fit-rules.c — libFuzzer target: a "Past het hier?" rules file from
 * outside (samenkaart-cli evaluate --fit-rules), through
 * sk_fit_rules_new_from_bytes with the built-in toolbox; a file that loads
 * is laid over the built-in Reestdal and asked about every kind at one
 * spot in the Reest's valley and over a small box. Seeds:
 * fuzz/corpus/fit-rules. */
#include "sk-fit.h"
#include "sk-fuzz.h"

static SkToolbox *toolbox;
static SkRegion *region;

static void
use_rules (SkFitRules *rules)
{
  g_autoptr(SkFit) fit = sk_fit_new (rules, region, NULL);
  SkBBox box = { 52.655, 6.258, 52.690, 6.300 };
  SkLatLon area[4] = { { 52.6635, 6.2728 }, { 52.6635, 6.2738 }, { 52.6641, 6.2738 },
                       { 52.6641, 6.2728 } };
  guint8 cells[16 * 16];

  for (size_t i = 0; i < sk_toolbox_get_n_kinds (toolbox); i++)
    {
      const char *kind = sk_toolbox_get_kind (toolbox, i)->id;
      g_autoptr(SkFitResult) r = sk_fit_check (fit, kind, SK_GEOMETRY_AREA, area, 4);

      sk_fit_check_point (fit, kind, 52.6638, 6.2733, NULL);
      g_assert (sk_fit_result_get_reason (r) != NULL);
      g_assert (g_utf8_validate (sk_fit_result_get_reason (r), -1, NULL));
      sk_fit_sample (fit, kind, &box, 16, 16, cells);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkFitRules) rules = NULL;

  if (toolbox == NULL)
    {
      toolbox = sk_toolbox_load (NULL, NULL);
      region = sk_region_load ("reestdal", NULL);
      g_assert (toolbox != NULL && region != NULL);
    }
  rules = sk_fit_rules_new_from_bytes (bytes, "fuzz-regels.json", toolbox, &error);
  g_assert ((rules == NULL) != (error == NULL));
  sk_fuzz_check_message (error);
  if (rules != NULL)
    use_rules (rules);
  return 0;
}
