/* sk-cli-fit.c — "Past het hier?" in samenkaart-cli evaluate: per idea,
 * in plan order, the rules of data/fit/regels.json that apply to it
 * (docs/evaluate.md, "fit"). */
#include "sk-config.h"

#include <glib/gi18n.h>

#include "sk-cli-commands.h"
#include "sk-json.h"

static void
add_hits (JsonBuilder       *b,
          const SkFitResult *result)
{
  json_builder_set_member_name (b, "rules");
  json_builder_begin_array (b);
  for (size_t h = 0; h < sk_fit_result_get_n_hits (result); h++)
    {
      const SkFitHit *hit = sk_fit_result_get_hit (result, h);

      json_builder_begin_object (b);
      sk_json_add_string (b, "rule", hit->rule->id);
      sk_json_add_string (b, "verdict", sk_fit_verdict_to_id (hit->verdict));
      sk_json_add_string (b, "reason", hit->reason);
      sk_json_add_string (b, "reason_en", hit->reason_en);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

void
sk_cli_add_fit (JsonBuilder    *b,
                SkFit          *fit,
                SkPlanSnapshot *snapshot)
{
  if (sk_fit_get_problem (fit) != NULL)
    sk_json_add_string (b, "fit_problem", sk_fit_get_problem (fit));
  json_builder_set_member_name (b, "fit");
  json_builder_begin_array (b);
  for (size_t i = 0; i < sk_plan_snapshot_get_n_items (snapshot); i++)
    {
      const SkInterventionState *state = sk_plan_snapshot_get_state (snapshot, i);
      g_autoptr(SkFitResult) result = sk_fit_check_state (fit, state);

      json_builder_begin_object (b);
      sk_json_add_int (b, "id", sk_plan_snapshot_get_id (snapshot, i));
      sk_json_add_string (b, "kind", state->kind_id);
      sk_json_add_string (b, "verdict", sk_fit_verdict_to_id (sk_fit_result_get_verdict (result)));
      add_hits (b, result);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

void
sk_cli_print_fit (SkFit          *fit,
                  SkToolbox      *toolbox,
                  SkPlanSnapshot *snapshot)
{
  if (sk_fit_get_problem (fit) != NULL)
    {
      g_print ("%s\n", sk_fit_get_problem (fit));
      return;
    }
  for (size_t i = 0; i < sk_plan_snapshot_get_n_items (snapshot); i++)
    {
      const SkInterventionState *state = sk_plan_snapshot_get_state (snapshot, i);
      const SkKind *kind = sk_toolbox_find_kind (toolbox, state->kind_id);
      g_autoptr(SkFitResult) result = sk_fit_check_state (fit, state);

      /* TRANSLATORS: "Past het hier?" (does it fit here?), then the idea's
       * number and kind, then the one-line reason */
      g_print (_("Past het hier? #%ld %s: %s\n"), (long) sk_plan_snapshot_get_id (snapshot, i),
               kind != NULL ? sk_kind_get_display_name (kind) : state->kind_id,
               sk_fit_result_get_reason (result));
    }
}
