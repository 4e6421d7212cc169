/* sk-ov-eval.c — the plan's changes to bus and train, the travel times
 * before → after and their value (sk-ov-eval.h). */
#include "sk-config.h"
#include "sk-ov-eval.h"
#include "sk-evaluator-private.h"
#include "sk-mkba.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n-lib.h>

struct _SkOvSetup
{
  SkTimetable *timetable;
  SkOvQuery query;
  GPtrArray *dests;         /* SkOvDestination */
};

/* A search result shared between evaluations (the "before" is made once
 * per setup and reused). */
typedef struct
{
  SkOvResult *result;
} Shared;

struct _SkOvEvaluation
{
  SkOvSetup *setup;
  Shared *before;
  Shared *after;
  double yearly[SK_N_RANGE];
  double pv[SK_N_RANGE];
  double hours;
  guint n_newly_reachable;
  guint n_no_route;
  SkOvClaimed claimed;
  char *key;                /* what of the plan changes the timetable */
};

static void
shared_clear (Shared *s)
{
  g_clear_pointer (&s->result, sk_ov_result_free);
}

static Shared *
shared_new (SkOvResult *result)
{
  Shared *s = g_atomic_rc_box_new0 (Shared);

  s->result = result;
  return s;
}

static Shared *
shared_ref (Shared *s)
{
  return g_atomic_rc_box_acquire (s);
}

static void
shared_unref (Shared *s)
{
  g_atomic_rc_box_release_full (s, (GDestroyNotify) shared_clear);
}

static void
setup_clear (SkOvSetup *self)
{
  g_clear_pointer (&self->timetable, sk_timetable_unref);
  g_clear_pointer (&self->dests, g_ptr_array_unref);
}

SkOvSetup *
sk_ov_setup_new (SkTimetable      *timetable,
                 const SkOvQuery  *query,
                 GPtrArray        *dests,
                 GError          **error)
{
  g_autoptr(GPtrArray) owned = dests;
  SkOvSetup *self;

  g_return_val_if_fail (timetable != NULL && query != NULL, NULL);
  if (owned == NULL && (owned = sk_ov_destinations_load_default (error)) == NULL)
    return NULL;
  self = g_atomic_rc_box_new0 (SkOvSetup);
  self->timetable = sk_timetable_ref (timetable);
  self->query = *query;
  self->dests = g_steal_pointer (&owned);
  return self;
}

SkOvSetup *
sk_ov_setup_ref (SkOvSetup *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
sk_ov_setup_unref (SkOvSetup *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) setup_clear);
}

SkTimetable *
sk_ov_setup_get_timetable (SkOvSetup *self)
{
  return self->timetable;
}

const SkOvQuery *
sk_ov_setup_get_query (SkOvSetup *self)
{
  return &self->query;
}

static gboolean
same_destination (const SkOvDestination *a,
                  const SkOvDestination *b)
{
  return g_strcmp0 (a->name, b->name) == 0 && a->lat == b->lat && a->lon == b->lon
         && g_strcmp0 (a->source, b->source) == 0 && !a->centre == !b->centre && a->kern == b->kern;
}

gboolean
sk_ov_setup_equal (SkOvSetup *a,
                   SkOvSetup *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL || a->timetable != b->timetable
      || g_date_compare (&a->query.date, &b->query.date) != 0
      || a->query.window_start != b->query.window_start || a->query.window_end != b->query.window_end
      || a->query.access != b->query.access || a->query.max_rounds != b->query.max_rounds
      || a->dests->len != b->dests->len)
    return FALSE;
  for (guint i = 0; i < a->dests->len; i++)
    if (!same_destination (g_ptr_array_index (a->dests, i), g_ptr_array_index (b->dests, i)))
      return FALSE;
  return TRUE;
}

gboolean
sk_ov_query_init_default (SkOvQuery   *query,
                          SkTimetable *timetable)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate first, last, day;

  *query = (SkOvQuery) { .window_start = 7 * 3600, .window_end = 9 * 3600,
                         .access = SK_MODE_LOPEN };
  g_date_clear (&query->date, 1);
  g_date_set_dmy (&query->date, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  if (sk_timetable_count_trips_on (timetable, &query->date) > 0)
    return TRUE;
  if (!sk_timetable_get_date_range (timetable, &first, &last))
    return FALSE;
  /* The first working day with service: a Sunday timetable would say
   * little about getting to work or school. */
  for (day = first; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 1))
    if (g_date_get_weekday (&day) <= G_DATE_FRIDAY && sk_timetable_count_trips_on (timetable, &day) > 0)
      {
        query->date = day;
        return TRUE;
      }
  for (day = first; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 1))
    if (sk_timetable_count_trips_on (timetable, &day) > 0)
      {
        query->date = day;
        return TRUE;
      }
  return FALSE;
}

gboolean
sk_ov_is_first_centre (const char *name)
{
  return g_strcmp0 (name, "Zwolle") == 0 || g_strcmp0 (name, "Emmen") == 0;
}

SkOvSetup *
sk_ov_setup_new_default (SkTimetable  *timetable,
                         GError      **error)
{
  g_autoptr(GPtrArray) all = NULL;
  SkOvQuery query;

  if (!sk_ov_query_init_default (&query, timetable))
    {
      g_set_error_literal (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_NO_SERVICE,
                           _("In deze dienstregeling rijdt op geen enkele dag een bus of trein."));
      return NULL;
    }
  if ((all = sk_ov_destinations_load_default (error)) == NULL)
    return NULL;
  for (guint i = all->len; i > 0; i--)
    if (!sk_ov_is_first_centre (((SkOvDestination *) g_ptr_array_index (all, i - 1))->name))
      g_ptr_array_remove_index (all, i - 1);
  return sk_ov_setup_new (timetable, &query, g_steal_pointer (&all), error);
}

char *
sk_ov_question_to_text (const SkOvQuery *query,
                        GPtrArray       *dests)
{
  GString *text = g_string_new (NULL);
  char date[16];

  g_date_strftime (date, sizeof date, "%Y-%m-%d", &query->date);
  g_string_append_printf (text, "%s %02d:%02d-%02d:%02d %s ", date, query->window_start / 3600,
                          query->window_start / 60 % 60, query->window_end / 3600,
                          query->window_end / 60 % 60, sk_mode_to_id (query->access));
  for (guint i = 0; i < dests->len; i++)
    g_string_append_printf (text, "%s%s", i ? "," : "",
                            ((SkOvDestination *) g_ptr_array_index (dests, i))->name);
  return g_string_free (text, FALSE);
}

gboolean
sk_ov_question_parse (const char  *text,
                      SkOvQuery   *query,
                      GPtrArray  **dests)
{
  g_auto(GStrv) parts = text ? g_strsplit (text, " ", 4) : NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(GPtrArray) all = NULL;
  int y, m, d;

  if (parts == NULL || g_strv_length (parts) != 4
      || sscanf (parts[0], "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y)
      || !sk_ov_parse_window (parts[1], &query->window_start, &query->window_end, NULL)
      || (!g_str_equal (parts[2], "lopen") && !g_str_equal (parts[2], "fiets"))
      || (all = sk_ov_destinations_load_default (NULL)) == NULL)
    return FALSE;
  g_date_clear (&query->date, 1);
  g_date_set_dmy (&query->date, d, m, y);
  query->access = g_str_equal (parts[2], "fiets") ? SK_MODE_FIETS : SK_MODE_LOPEN;
  query->max_rounds = 0;
  names = g_strsplit (parts[3], ",", -1);
  for (guint i = all->len; i > 0; i--)
    if (!g_strv_contains ((const char *const *) names,
                          ((SkOvDestination *) g_ptr_array_index (all, i - 1))->name))
      g_ptr_array_remove_index (all, i - 1);
  if (all->len == 0)
    return FALSE;
  *dests = g_steal_pointer (&all);
  return TRUE;
}

char *
sk_ov_setup_dup_question (SkOvSetup *self)
{
  return sk_ov_question_to_text (&self->query, self->dests);
}

char *
sk_ov_setup_dup_names (SkOvSetup *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->dests->len; i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 == self->dests->len ? _(" of ") : ", ");
      g_string_append (text, ((SkOvDestination *) g_ptr_array_index (self->dests, i))->name);
    }
  return g_string_free (text, FALSE);
}

/* Whether the MKBA values the trip KIND makes possible elsewhere: a
 * catalogue benefit (as find_claimed in sk-evaluator.c: the buurtbus's
 * reizigersbaat), or the reachability rule through the facility it
 * provides (the mobiliteitshub: the trip to the hub is the first leg of
 * the trip to the centre). Counting it here too would count it twice. */
static gboolean
kind_claims_trip (SkKengetallen *k,
                  const SkKind  *kind)
{
  if (kind->n_provides > 0)
    return TRUE;
  for (size_t b = 0; b < kind->n_benefits; b++)
    if (g_str_equal (kind->benefits[b].category, SK_EVAL_TRAVEL_CATEGORY)
        || sk_kengetallen_claims_travel_time (k, kind->id, kind->benefits[b].id))
      return TRUE;
  return FALSE;
}

static double
parameter (const SkInterventionState *state,
           const char                *id,
           double                     fallback)
{
  for (size_t i = 0; i < state->n_parameters; i++)
    if (g_str_equal (state->parameters[i].id, id))
      return state->parameters[i].value;
  return fallback;
}

/* A buurtbus line: a stop at every corner; hours in the catalogue are
 * whole hours of the day, the overlay wants seconds since midnight. */
static void
add_line (SkOvOverlay               *overlay,
          SkKengetallen             *k,
          const SkInterventionState *state)
{
  const SkFigure *speed = sk_kengetallen_get_public_transport (k, "buurtbus_speed");
  double first = parameter (state, "eerste_vertrek", 7) * 3600;
  double last = parameter (state, "laatste_vertrek", 18) * 3600;

  /* Nonsense (last before first) adds nothing; the inspector's ranges
   * keep it from happening in the window. */
  sk_ov_overlay_add_line (overlay, state->points, state->n_points,
                          parameter (state, "minuten_tussen_ritten", 60),
                          (int) first, (int) last, speed ? speed->central : 30.0, NULL, NULL);
}

/* What of STATE the overlay depends on, appended to KEY: equal keys give
 * equal overlays, so an edit elsewhere in the plan needs no new search. */
static void
append_key (GString                   *key,
            const SkInterventionState *state)
{
  g_string_append_printf (key, "%s:", state->kind_id);
  for (size_t i = 0; i < state->n_points; i++)
    g_string_append_printf (key, "%.7f,%.7f;", state->points[i].lat, state->points[i].lon);
  for (size_t i = 0; i < state->n_parameters; i++)
    g_string_append_printf (key, "%s=%.6g;", state->parameters[i].id, state->parameters[i].value);
  g_string_append_c (key, '|');
}

static SkOvOverlay *
build_overlay (SkToolbox      *toolbox,
               SkKengetallen  *k,
               SkPlanSnapshot *plan,
               gboolean        with_claimed,
               guint          *n_no_route,
               SkOvClaimed    *claimed,
               GString        *key)
{
  SkOvOverlay *overlay = sk_ov_overlay_new ();

  for (size_t i = 0; i < sk_plan_snapshot_get_n_items (plan); i++)
    {
      const SkInterventionState *state = sk_plan_snapshot_get_state (plan, i);
      const SkKind *kind = sk_toolbox_find_kind (toolbox, state->kind_id);
      SkLatLon at;

      if (kind == NULL)
        continue;
      if (g_str_equal (kind->id, SK_OV_KIND_LINE) && sk_intervention_state_has_no_route (kind, state))
        {
          *n_no_route += 1;
          continue;
        }
      if (!g_str_equal (kind->id, SK_OV_KIND_LINE) && !g_str_equal (kind->id, SK_OV_KIND_HUB)
          && !g_str_equal (kind->id, SK_OV_KIND_STOP))
        continue;
      if (kind_claims_trip (k, kind))
        {
          *claimed |= g_str_equal (kind->id, SK_OV_KIND_LINE)  ? SK_OV_CLAIMED_LINE
                      : g_str_equal (kind->id, SK_OV_KIND_HUB) ? SK_OV_CLAIMED_HUB
                                                               : SK_OV_CLAIMED_STOP;
          if (!with_claimed)
            continue;
        }
      if (key != NULL)
        append_key (key, state);
      at = sk_intervention_state_get_anchor (state);
      if (g_str_equal (kind->id, SK_OV_KIND_LINE))
        add_line (overlay, k, state);
      else if (g_str_equal (kind->id, SK_OV_KIND_HUB))
        sk_ov_overlay_add_hub (overlay, at.lat, at.lon);
      else
        sk_ov_overlay_add_stop (overlay, at.lat, at.lon);
    }
  return overlay;
}

SkOvOverlay *
sk_ov_overlay_from_plan (SkToolbox      *toolbox,
                         SkKengetallen  *kengetallen,
                         SkPlanSnapshot *plan,
                         gboolean        with_claimed,
                         guint          *n_no_route)
{
  guint no_route = 0;
  SkOvClaimed claimed = 0;
  SkOvOverlay *overlay;

  g_return_val_if_fail (SK_IS_TOOLBOX (toolbox) && kengetallen != NULL && plan != NULL, NULL);
  overlay = build_overlay (toolbox, kengetallen, plan, with_claimed, &no_route, &claimed, NULL);
  if (n_no_route != NULL)
    *n_no_route = no_route;
  return overlay;
}

static double
value_at (const SkFigure *f,
          int             range)
{
  return range == SK_RANGE_LOW ? f->low : range == SK_RANGE_HIGH ? f->high : f->central;
}

void
sk_ov_rule_of_half (SkKengetallen *k,
                    const double  *t0,
                    const double  *t1,
                    const double  *people,
                    size_t         n,
                    double         yearly[SK_N_RANGE],
                    double        *hours,
                    guint         *n_newly_reachable)
{
  const SkFigure *vot = sk_kengetallen_get_public_transport (k, "value_of_time");
  const SkFigure *trips = sk_kengetallen_get_public_transport (k, "trips");
  const SkFigure *new_trips = sk_kengetallen_get_new_trips (k);

  for (int r = 0; r < SK_N_RANGE; r++)
    yearly[r] = 0;
  *hours = 0;
  *n_newly_reachable = 0;
  for (size_t i = 0; i < n; i++)
    {
      if (isnan (t0[i]) && !isnan (t1[i]))
        *n_newly_reachable += 1;
      if (vot == NULL || trips == NULL || isnan (t0[i]) || isnan (t1[i]) || t1[i] >= t0[i])
        continue;
      for (int r = 0; r < SK_N_RANGE; r++)
        {
          double n0 = MAX (0, people[i]) * value_at (trips, r);
          /* A centre is never minutes away by bus; the floor only keeps
           * the ratio finite. */
          double n1 = n0 * pow (t0[i] / MAX (t1[i], 0.5), new_trips ? value_at (new_trips, r) : 0.0);
          double h = 0.5 * (n0 + n1) * (t0[i] - t1[i]) / 60.0;

          yearly[r] += h * value_at (vot, r);
          if (r == SK_RANGE_CENTRAL)
            *hours += h;
        }
    }
}

void
sk_ov_travel_value (SkRegion      *region,
                    SkKengetallen *k,
                    SkOvResult    *before,
                    SkOvResult    *after,
                    double         yearly[SK_N_RANGE],
                    double        *hours,
                    guint         *n_newly_reachable)
{
  size_t n = sk_ov_result_get_n_kernen (after);
  g_autofree double *t0 = g_new (double, n);
  g_autofree double *t1 = g_new (double, n);
  g_autofree double *people = g_new (double, n);

  for (size_t i = 0; i < n; i++)
    {
      t0[i] = sk_ov_result_get_centre_median (before, i);
      t1[i] = sk_ov_result_get_centre_median (after, i);
      people[i] = sk_region_get_kern (region, i)->inhabitants;
    }
  sk_ov_rule_of_half (k, t0, t1, people, n, yearly, hours, n_newly_reachable);
}

static Shared *
search_after (Shared             *before,
              const SkOvOverlay  *overlay,
              GCancellable       *cancellable,
              GError            **error)
{
  SkOvResult *after;

  if (sk_ov_overlay_is_empty (overlay))
    return shared_ref (before);
  after = sk_ov_compute_after (before->result, overlay, cancellable, error);
  return after ? shared_new (after) : NULL;
}

static Shared *
search_before (SkRegion       *region,
               SkKengetallen  *k,
               SkOvSetup      *setup,
               SkOvEvaluation *cache,
               GCancellable   *cancellable,
               GError        **error)
{
  SkOvResult *before;

  if (cache != NULL && cache->setup == setup)
    return shared_ref (cache->before);
  before = sk_ov_compute (setup->timetable, region, k, &setup->query,
                          (SkOvDestination *const *) setup->dests->pdata, setup->dests->len,
                          NULL, cancellable, error);
  return before ? shared_new (before) : NULL;
}

/* The evaluation of CACHE again, for a plan whose changes to the
 * timetable are the same (KEY): the searches are reused. */
static SkOvEvaluation *
reuse (SkOvEvaluation *cache,
       const char     *key,
       guint           no_route,
       double          annuity)
{
  SkOvEvaluation *ev = g_atomic_rc_box_new0 (SkOvEvaluation);

  *ev = *cache;
  ev->setup = sk_ov_setup_ref (cache->setup);
  ev->before = shared_ref (cache->before);
  ev->after = shared_ref (cache->after);
  ev->key = g_strdup (key);
  ev->n_no_route = no_route;
  for (int r = 0; r < SK_N_RANGE; r++)
    ev->pv[r] = ev->yearly[r] * annuity;
  return ev;
}

SkOvEvaluation *
sk_ov_evaluate (SkRegion             *region,
                SkToolbox            *toolbox,
                SkKengetallen        *k,
                SkPlanSnapshot       *plan,
                SkOvSetup            *setup,
                SkOvEvaluation       *before_cache,
                const SkMkbaSettings *settings,
                GCancellable         *cancellable,
                GError              **error)
{
  guint no_route = 0, unused = 0;
  SkOvClaimed claimed = 0, unused_claimed = 0;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(SkOvOverlay) all = build_overlay (toolbox, k, plan, TRUE, &no_route, &claimed, key);
  g_autoptr(SkOvOverlay) valued = NULL;
  g_autoptr(SkOvEvaluation) ev = NULL;
  Shared *valued_after;
  double annuity = sk_mkba_annuity_factor (settings->rate, settings->horizon);

  if (before_cache != NULL && before_cache->setup == setup && g_str_equal (before_cache->key, key->str))
    return reuse (before_cache, key->str, no_route, annuity);
  ev = g_atomic_rc_box_new0 (SkOvEvaluation);
  ev->setup = sk_ov_setup_ref (setup);
  ev->key = g_strdup (key->str);
  ev->n_no_route = no_route;
  ev->claimed = claimed;
  if ((ev->before = search_before (region, k, setup, before_cache, cancellable, error)) == NULL
      || (ev->after = search_after (ev->before, all, cancellable, error)) == NULL)
    return NULL;
  if (claimed == 0)
    valued_after = shared_ref (ev->after);
  else
    {
      /* The euros leave out what the catalogue values itself. */
      valued = build_overlay (toolbox, k, plan, FALSE, &unused, &unused_claimed, NULL);
      if ((valued_after = search_after (ev->before, valued, cancellable, error)) == NULL)
        return NULL;
    }
  sk_ov_travel_value (region, k, ev->before->result, valued_after->result, ev->yearly,
                      &ev->hours, &ev->n_newly_reachable);
  shared_unref (valued_after);
  for (int r = 0; r < SK_N_RANGE; r++)
    ev->pv[r] = ev->yearly[r] * annuity;
  return g_steal_pointer (&ev);
}

void
sk_evaluation_add_ov (SkEvaluation   *ev,
                      SkRegion       *region,
                      SkToolbox      *toolbox,
                      SkKengetallen  *k,
                      SkPlanSnapshot *plan,
                      SkOvSetup      *setup,
                      SkOvEvaluation *before_cache,
                      GCancellable   *cancellable)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ev != NULL && setup != NULL);
  g_clear_pointer (&ev->ov, sk_ov_evaluation_unref);
  g_clear_pointer (&ev->ov_problem, g_free);
  ev->ov = sk_ov_evaluate (region, toolbox, k, plan, setup, before_cache, &ev->settings.mkba,
                           cancellable, &error);
  if (ev->ov == NULL)
    {
      ev->ov_problem = g_strdup (error ? error->message : "");
      return;
    }
  sk_mkba_result_add_benefit (ev->mkba, SK_EVAL_TRAVEL_ACTOR, SK_EVAL_TRAVEL_CATEGORY,
                              SK_EVAL_TRAVEL_BW_THEME, ev->ov->pv, &ev->settings.mkba);
  if (ev->ov->n_newly_reachable > 0)
    sk_mkba_result_add_pm (ev->mkba, SK_OV_NEWLY_REACHABLE_PM, SK_EVAL_TRAVEL_BW_THEME);
}

static void
evaluation_clear (SkOvEvaluation *self)
{
  g_clear_pointer (&self->setup, sk_ov_setup_unref);
  g_clear_pointer (&self->before, shared_unref);
  g_clear_pointer (&self->after, shared_unref);
  g_clear_pointer (&self->key, g_free);
}

SkOvEvaluation *
sk_ov_evaluation_ref (SkOvEvaluation *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
sk_ov_evaluation_unref (SkOvEvaluation *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) evaluation_clear);
}

SkOvSetup *
sk_ov_evaluation_get_setup (SkOvEvaluation *self)
{
  return self->setup;
}

SkOvResult *
sk_ov_evaluation_get_before (SkOvEvaluation *self)
{
  return self->before->result;
}

SkOvResult *
sk_ov_evaluation_get_after (SkOvEvaluation *self)
{
  return self->after->result;
}

const double *
sk_ov_evaluation_get_yearly (SkOvEvaluation *self)
{
  return self->yearly;
}

const double *
sk_ov_evaluation_get_pv (SkOvEvaluation *self)
{
  return self->pv;
}

double
sk_ov_evaluation_get_hours (SkOvEvaluation *self)
{
  return self->hours;
}

guint
sk_ov_evaluation_get_n_newly_reachable (SkOvEvaluation *self)
{
  return self->n_newly_reachable;
}

guint
sk_ov_evaluation_get_n_no_route (SkOvEvaluation *self)
{
  return self->n_no_route;
}

gboolean
sk_ov_evaluation_get_claimed (SkOvEvaluation *self)
{
  return self->claimed != 0;
}

SkOvClaimed
sk_ov_evaluation_get_claimed_kinds (SkOvEvaluation *self)
{
  return self->claimed;
}

char *
sk_ov_format_claimed_note (SkOvClaimed claimed)
{
  if (claimed == 0)
    return NULL;
  if (claimed == SK_OV_CLAIMED_LINE)
    return g_strdup (_("De buurtbus staat hier in minuten; in euro’s zit hij al elders in de MKBA "
                       "(de reizigersbaat van de buurtbus)."));
  if (claimed == SK_OV_CLAIMED_HUB)
    return g_strdup (_("De mobiliteitshub staat hier in minuten; in euro’s zit hij al elders in de "
                       "MKBA (de reistijd naar de hub)."));
  if (claimed == (SK_OV_CLAIMED_LINE | SK_OV_CLAIMED_HUB))
    return g_strdup (_("Buurtbus en mobiliteitshub staan hier in minuten; in euro’s zitten ze al "
                       "elders in de MKBA (de reizigersbaat van de buurtbus, de reistijd naar de "
                       "hub)."));
  return g_strdup (_("Wat dit plan aan bus en trein verandert, staat hier in minuten; in euro’s "
                     "zit het al elders in de MKBA."));
}
