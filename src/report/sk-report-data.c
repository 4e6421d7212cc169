/* sk-report-data.c — a session read and evaluated once for an export. */
#include "sk-config.h"
#include "sk-output.h"
#include "sk-json.h"
#include "sk-report-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sk-correction.h"
#include "sk-session.h"

void
sk_report_options_init_default (SkReportOptions *options)
{
  sk_mkba_settings_init_default (&options->mkba);
  options->variant_id = 0;
  options->export_date = NULL;
}

/* A setting as a number; FALSE when missing or unreadable. */
static gboolean
setting_number (SkStore    *store,
                const char *key,
                double     *value)
{
  g_autofree char *text = sk_store_dup_setting (store, key);
  char *end = NULL;

  if (text == NULL)
    return FALSE;
  *value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*value) && *value >= 0;
}

void
sk_report_options_init_from_store (SkReportOptions *options,
                                   SkStore         *store)
{
  double value;

  sk_report_options_init_default (options);
  /* The same keys and limits as the window's MKBA panel. */
  if (setting_number (store, "mkba.rate", &value))
    options->mkba.rate = MIN (value, 1.0);
  if (setting_number (store, "mkba.horizon", &value))
    options->mkba.horizon = CLAMP ((int) value, 1, 200);
  if (setting_number (store, "mkba.subsidy-share", &value))
    options->mkba.subsidy_share = MIN (value, 1.0);
}

/* Every variant is evaluated as the window does it (sk_evaluate_corrected): the
 * same MKBA, travel-time line included, the same reachability. */
static gboolean
evaluate (SkReportData    *data,
          SkReportVariant *v,
          GError         **error)
{
  g_autoptr(GArray) sites = sk_corrections_to_additions (data->corrections);
  SkEvalSettings settings;

  sk_eval_settings_init_default (&settings);
  settings.mkba = data->options.mkba;
  /* Facilities added during the session count before and after. */
  v->evaluation = sk_evaluate_corrected (data->region, data->toolbox, data->kengetallen, v->plan,
                                         (SkReachAddition *) sites->data, sites->len, &settings);
  if (v->evaluation == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("De uitkomsten van het plan kunnen niet worden berekend."));
      return FALSE;
    }
  /* Bus and train as the window's first question asks it; the variant
   * before this one lends its "before". */
  if (data->ov != NULL)
    sk_evaluation_add_ov (v->evaluation, data->region, data->toolbox, data->kengetallen, v->plan,
                          data->ov, data->ov_last, NULL);
  if (v->evaluation->ov != NULL)
    data->ov_last = v->evaluation->ov;
  v->mkba = v->evaluation->mkba;
  v->before = v->evaluation->before;
  v->after = v->evaluation->after;
  return TRUE;
}

static void
variant_free (gpointer p)
{
  SkReportVariant *v = p;

  g_free (v->name);
  g_clear_pointer (&v->plan, sk_plan_snapshot_unref);
  g_clear_pointer (&v->saved, g_ptr_array_unref);
  g_clear_pointer (&v->evaluation, sk_evaluation_unref);
  g_free (v);
}

/* The variant's interventions as a plan; ones whose kind the toolbox no
 * longer has are left out of both PLAN and SAVED. */
static gboolean
load_variant (SkReportData    *data,
              SkReportVariant *v,
              GError         **error)
{
  g_autoptr(GPtrArray) all = sk_store_list_interventions (data->store, v->id, error);
  g_autoptr(SkPlan) plan = sk_plan_new (data->toolbox);

  if (all == NULL)
    return FALSE;
  v->saved = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_store_intervention_free);
  for (guint i = 0; i < all->len; i++)
    {
      SkStoreIntervention *saved = g_ptr_array_index (all, i);
      g_autoptr(SkInterventionState) state = sk_session_state_from_store (data->toolbox, saved);

      if (state == NULL || !sk_plan_load (plan, saved->id, state, NULL))
        continue;
      /* Moved, not copied: ALL frees what is left (NULL is fine). */
      g_ptr_array_add (v->saved, g_steal_pointer (&g_ptr_array_index (all, i)));
    }
  v->plan = sk_plan_dup_snapshot (plan);
  return TRUE;
}

static gboolean
load_variants (SkReportData *data,
               gboolean      evaluate_them,
               GError      **error)
{
  JsonArray *variants = sk_report_data_get_array (data, "variants");

  data->variants = g_ptr_array_new_with_free_func (variant_free);
  for (guint i = 0; i < json_array_get_length (variants); i++)
    {
      JsonObject *o = json_array_get_object_element (variants, i);
      SkReportVariant *v = g_new0 (SkReportVariant, 1);

      v->id = json_object_get_int_member (o, "id");
      v->name = g_strdup (sk_json_object_get_string (o, "name", ""));
      g_ptr_array_add (data->variants, v);
      if (!load_variant (data, v, error) || (evaluate_them && !evaluate (data, v, error)))
        return FALSE;
      if (data->main == NULL && (data->options.variant_id == 0 || data->options.variant_id == v->id))
        data->main = v;
    }
  if (data->main == NULL)
    {
      g_set_error (error, SK_REPORT_ERROR, SK_REPORT_ERROR_NO_VARIANT,
                   _("De sessie heeft geen variant %lld."),
                   (long long) data->options.variant_id);
      return FALSE;
    }
  return TRUE;
}

SkReportData *
sk_report_data_new (SkStore               *store,
                    SkRegion              *region,
                    SkToolbox             *toolbox,
                    SkKengetallen         *kengetallen,
                    const SkReportOptions *options,
                    gboolean               evaluate_them,
                    GError               **error)
{
  g_autoptr(SkReportData) data = g_new0 (SkReportData, 1);

  g_return_val_if_fail (SK_IS_STORE (store), NULL);
  g_return_val_if_fail (SK_IS_TOOLBOX (toolbox), NULL);
  g_return_val_if_fail (!evaluate_them || (SK_IS_REGION (region) && kengetallen != NULL), NULL);

  data->store = g_object_ref (store);
  data->region = region ? g_object_ref (region) : NULL;
  data->toolbox = g_object_ref (toolbox);
  data->kengetallen = kengetallen;
  if (options != NULL)
    data->options = *options;
  else
    sk_report_options_init_default (&data->options);
  data->json = sk_store_dup_json (store, error);
  if (data->json == NULL)
    return NULL;
  data->session = json_node_get_object (data->json);
  data->corrections = sk_store_list_corrections (store, error);
  if (data->corrections == NULL)
    return NULL;
  if (evaluate_them)
    sk_report_data_load_ov (data);
  if (!load_variants (data, evaluate_them, error))
    return NULL;
  return g_steal_pointer (&data);
}

void
sk_report_data_free (SkReportData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->variants, g_ptr_array_unref);
  g_clear_pointer (&data->corrections, g_ptr_array_unref);
  g_clear_pointer (&data->ov, sk_ov_setup_unref);
  g_clear_pointer (&data->ov_problem, g_free);
  g_clear_pointer (&data->json, json_node_unref);
  g_clear_object (&data->store);
  g_clear_object (&data->region);
  g_clear_object (&data->toolbox);
  g_free (data);
}

SkReachResult *
sk_report_variant_get_after (SkReportVariant *variant)
{
  return variant->after != NULL ? variant->after : variant->before;
}

JsonArray *
sk_report_data_get_array (SkReportData *data,
                          const char   *member)
{
  JsonNode *node = json_object_get_member (data->session, member);
  static JsonArray *empty;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);
  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, json_array_new ());
  return empty;
}

const char *
sk_report_data_participant (SkReportData *data,
                            gint64        id)
{
  JsonArray *participants = sk_report_data_get_array (data, "participants");

  for (guint i = 0; id > 0 && i < json_array_get_length (participants); i++)
    {
      JsonObject *p = json_array_get_object_element (participants, i);

      if (json_object_get_int_member (p, "id") == id)
        return sk_json_object_get_string (p, "name", NULL);
    }
  return NULL;
}

guint
sk_report_data_number (SkReportData *data,
                       gint64        id)
{
  for (size_t i = 0; i < sk_plan_snapshot_get_n_items (data->main->plan); i++)
    if (sk_plan_snapshot_get_id (data->main->plan, i) == id)
      return (guint) i + 1;
  return 0;
}

void
sk_report_data_plan_bbox (SkReportData    *data,
                          SkReportVariant *only,
                          SkBBox          *bbox)
{
  double pad_lat, pad_lon;

  sk_bbox_init_empty (bbox);
  for (guint v = 0; v < data->variants->len; v++)
    {
      SkReportVariant *variant = g_ptr_array_index (data->variants, v);

      if (only != NULL && variant != only)
        continue;
      for (guint i = 0; i < variant->saved->len; i++)
        {
          const SkStoreIntervention *iv = g_ptr_array_index (variant->saved, i);

          sk_bbox_extend (bbox, iv->bbox.south, iv->bbox.west);
          sk_bbox_extend (bbox, iv->bbox.north, iv->bbox.east);
        }
    }
  if (sk_bbox_is_empty (bbox))
    {
      *bbox = *sk_region_get_bbox (data->region);
      return;
    }
  /* A quarter of the extent around it, and at least about 1 km, so that
   * the kernen nearby show and name the place. */
  pad_lat = MAX ((bbox->north - bbox->south) * 0.25, 0.009);
  pad_lon = MAX ((bbox->east - bbox->west) * 0.25, 0.015);
  bbox->south -= pad_lat;
  bbox->north += pad_lat;
  bbox->west -= pad_lon;
  bbox->east += pad_lon;
}

const char *
sk_report_kind_name (SkToolbox  *toolbox,
                     const char *kind_id)
{
  const SkKind *kind = sk_toolbox_find_kind (toolbox, kind_id);

  return kind != NULL ? sk_kind_get_display_name (kind) : kind_id;
}

void
sk_report_data_reach_types (SkReportData    *data,
                            SkReportVariant *variant,
                            gboolean         types[SK_N_FACILITY_TYPES])
{
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    types[t] = t == SK_FACILITY_HUISARTS || t == SK_FACILITY_BASISSCHOOL
               || t == SK_FACILITY_SUPERMARKT;
  for (guint v = 0; v < data->variants->len; v++)
    {
      SkReportVariant *each = g_ptr_array_index (data->variants, v);

      if (variant != NULL && each != variant)
        continue;
      for (size_t i = 0; i < sk_plan_snapshot_get_n_items (each->plan); i++)
        {
          const SkKind *kind = sk_toolbox_find_kind (data->toolbox,
                                                     sk_plan_snapshot_get_state (each->plan, i)->kind_id);

          for (size_t p = 0; kind != NULL && p < kind->n_provides; p++)
            types[kind->provides[p]] = TRUE;
        }
    }
}

gboolean
sk_report_write_file (const char  *path,
                      const char  *contents,
                      gsize        length,
                      GError     **error)
{
  g_autoptr(SkOutput) output = sk_output_begin (path, error);

  if (output == NULL || !sk_output_write_all (output, contents, length, error))
    return FALSE;
  return sk_output_commit (g_steal_pointer (&output), error);
}
