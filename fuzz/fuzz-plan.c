/* fuzz-plan.c — libFuzzer target: a GeoJSON plan for `evaluate`
 * (sk_cli_read_geojson_text), read into a plan of the built-in toolbox.
 * Seeds: fuzz/corpus/plan (the GeoJSON fixtures of tests/). */
#include "sk-cli-commands.h"
#include "sk-fuzz.h"


static SkToolbox *toolbox;

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (toolbox == NULL)
    toolbox = sk_toolbox_load (NULL, NULL);
  g_assert (toolbox != NULL);
  plan = sk_plan_new (toolbox);
  ok = sk_cli_read_geojson_text (plan, (const char *) data, size, "fuzz-plan.geojson", &error);
  g_assert (ok == (error == NULL));
  sk_fuzz_check_message (error);
  return 0;
}
