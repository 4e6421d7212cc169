/* sk-fit.c — "Past het hier?": the rules over a region's places; the
 * verdict at a point (the pointer), for a whole idea (with reasons) and
 * over a box (the map layer).
 */
#include "sk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sk-fit-private.h"

/* Spacing in metres of the points at which a line or an area is checked:
 * finer than the narrowest zone (25 m). */
#define SAMPLE_M 20.0
/* A very long line or large area is checked at no more points than this
 * (then more widely spaced). */
#define MAX_SAMPLES 4000

struct _SkFit
{
  GObject parent_instance;
  SkFitRules *rules;      /* NULL: none */
  SkRegion *region;
  char *problem;
  SkFitPlaces *places;    /* NULL without rules */
};

struct _SkFitResult
{
  SkFitVerdict verdict;
  GArray *hits;           /* SkFitHit */
  const char *fallback;   /* without hits: why; borrowed or static */
};

G_DEFINE_FINAL_TYPE (SkFit, sk_fit, G_TYPE_OBJECT)

static const char *const verdict_ids[SK_FIT_N_VERDICTS] = {
  "geen-regel", "past-goed", "past", "nee-tenzij", "past-niet",
};

const char *
sk_fit_verdict_to_id (SkFitVerdict verdict)
{
  g_return_val_if_fail ((guint) verdict < SK_FIT_N_VERDICTS, NULL);
  return verdict_ids[verdict];
}

gboolean
sk_fit_verdict_from_id (const char   *id,
                        SkFitVerdict *verdict)
{
  for (guint i = 0; id != NULL && i < SK_FIT_N_VERDICTS; i++)
    if (g_str_equal (id, verdict_ids[i]))
      {
        *verdict = (SkFitVerdict) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sk_fit_verdict_get_label (SkFitVerdict verdict)
{
  switch (verdict)
    {
    case SK_FIT_PAST_GOED:
      return _("Past goed");
    case SK_FIT_PAST:
      return _("Past");
    case SK_FIT_NEE_TENZIJ:
      return _("Nee, tenzij");
    case SK_FIT_PAST_NIET:
      return _("Past niet");
    case SK_FIT_NONE:
    default:
      return _("Geen regel");
    }
}

/* The label in one language, for a hit's reason and reason_en (which
 * hold both languages, whatever the user interface speaks). Keep in step
 * with sk_fit_verdict_get_label and its English in po/. */
static const char *
verdict_label (SkFitVerdict verdict,
               gboolean     english)
{
  static const char *const nl[SK_FIT_N_VERDICTS] = {
    "Geen regel", "Past goed", "Past", "Nee, tenzij", "Past niet",
  };
  static const char *const en[SK_FIT_N_VERDICTS] = {
    "No rule", "Fits well", "Fits", "No, unless", "Does not fit",
  };

  return english ? en[verdict] : nl[verdict];
}

static gboolean
ui_is_english (void)
{
  return g_str_equal (C_("language code of this translation", "nl"), "en");
}

static void
sk_fit_finalize (GObject *object)
{
  SkFit *self = SK_FIT (object);

  g_clear_object (&self->rules);
  g_clear_object (&self->region);
  g_free (self->problem);
  sk_fit_places_free (self->places);
  G_OBJECT_CLASS (sk_fit_parent_class)->finalize (object);
}

static void
sk_fit_class_init (SkFitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_fit_finalize;
}

static void
sk_fit_init (SkFit *self)
{
  (void) self;
}

SkFit *
sk_fit_new (SkFitRules *rules,
            SkRegion   *region,
            const char *problem)
{
  SkFit *self;

  g_return_val_if_fail (SK_IS_REGION (region), NULL);
  self = g_object_new (SK_TYPE_FIT, NULL);
  self->region = g_object_ref (region);
  if (rules != NULL)
    {
      self->rules = g_object_ref (rules);
      self->places = sk_fit_places_new (region,
                                        sk_fit_rules_get_reach (rules, SK_FIT_ZONE_BEEK),
                                        sk_fit_rules_get_reach (rules, SK_FIT_ZONE_KOM),
                                        sk_fit_rules_get_kern_radius_m (rules, NULL));
    }
  else
    self->problem = g_strdup (problem != NULL ? problem : _("Er zijn geen regels geladen."));
  return self;
}

SkFit *
sk_fit_new_for_region (SkRegion   *region,
                       SkToolbox  *toolbox,
                       const char *rules_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkFitRules) rules = sk_fit_rules_load (rules_path, toolbox, &error);
  g_autofree char *problem = NULL;

  if (rules == NULL)
    problem = g_strdup_printf (_("De regels voor ‘Past het hier?’ zijn niet geladen: %s "
                                 "Samenkaart werkt verder, maar zegt niet waar een idee past."),
                               error->message);
  return sk_fit_new (rules, region, problem);
}

SkFitRules *
sk_fit_get_rules (SkFit *self)
{
  g_return_val_if_fail (SK_IS_FIT (self), NULL);
  return self->rules;
}

const char *
sk_fit_get_problem (SkFit *self)
{
  g_return_val_if_fail (SK_IS_FIT (self), NULL);
  return self->problem;
}

SkRegion *
sk_fit_get_region (SkFit *self)
{
  g_return_val_if_fail (SK_IS_FIT (self), NULL);
  return self->region;
}

/* Whether ZONE holds what NEAR describes (NEAR: the nearest any part of
 * the idea comes; FAR_KOM_M: the nearest its farthest part comes to a
 * kom, for "buiten", which needs all of the idea out there). */
static gboolean
zone_holds (const SkFitZone *zone,
            const SkFitNear *near,
            double           far_kom_m)
{
  switch (zone->type)
    {
    case SK_FIT_ZONE_BEEK:
      return near->beek_m <= zone->distance_m;
    case SK_FIT_ZONE_KOM:
      return near->kom_m <= zone->distance_m;
    case SK_FIT_ZONE_BUITEN:
    default:
      return near->kom_m > zone->distance_m && far_kom_m > zone->distance_m;
    }
}

/* The rules for KIND, their verdicts combined: the worst that holds. */
static SkFitVerdict
decide (SkFit            *self,
        GArray           *rule_ids,
        const SkFitNear  *near,
        double            far_kom_m,
        const SkFitRule **deciding)
{
  SkFitVerdict worst = SK_FIT_NONE;

  *deciding = NULL;
  for (guint i = 0; rule_ids != NULL && i < rule_ids->len; i++)
    {
      const SkFitRule *r = sk_fit_rules_get_rule (self->rules, g_array_index (rule_ids, guint, i));

      if (r->verdict > worst && zone_holds (r->zone, near, far_kom_m))
        worst = r->verdict, *deciding = r;
    }
  return worst;
}

SkFitVerdict
sk_fit_check_point (SkFit            *self,
                    const char       *kind_id,
                    double            lat,
                    double            lon,
                    const SkFitRule **rule)
{
  const SkFitRule *deciding = NULL;
  SkFitVerdict verdict = SK_FIT_NONE;
  GArray *rule_ids;
  SkFitNear near;

  g_return_val_if_fail (SK_IS_FIT (self), SK_FIT_NONE);
  if (self->rules != NULL && (rule_ids = sk_fit_rules_for_kind (self->rules, kind_id)) != NULL)
    {
      sk_fit_places_near (self->places, lat, lon, &near);
      verdict = decide (self, rule_ids, &near, near.kom_m, &deciding);
    }
  if (rule != NULL)
    *rule = deciding;
  return verdict;
}

/* ------------------------------------------------------------------ */
/* The whole idea                                                      */

typedef struct
{
  SkFitNear near;         /* the nearest any sample comes */
  double far_kom_m;       /* the largest kom distance of any sample */
} Reach;

static void
reach_add (SkFit   *self,
           Reach   *reach,
           double   lat,
           double   lon)
{
  SkFitNear n;

  sk_fit_places_near (self->places, lat, lon, &n);
  if (n.beek_m < reach->near.beek_m)
    reach->near.beek_m = n.beek_m, reach->near.beek_line = n.beek_line;
  if (n.kom_m < reach->near.kom_m)
    reach->near.kom_m = n.kom_m, reach->near.kom_kern = n.kom_kern;
  reach->far_kom_m = MAX (reach->far_kom_m, n.kom_m);
}

/* Samples along A → B every STEP metres (A included, B not). */
static void
reach_add_segment (SkFit          *self,
                   Reach          *reach,
                   const SkLatLon *a,
                   const SkLatLon *b,
                   double          step)
{
  double len = sk_geo_haversine_m (a->lat, a->lon, b->lat, b->lon);
  int n = MAX (1, (int) ceil (len / step));

  for (int i = 0; i < n; i++)
    reach_add (self, reach, a->lat + (b->lat - a->lat) * i / n, a->lon + (b->lon - a->lon) * i / n);
}

/* An area's inside on a grid (its outline is sampled separately). */
static void
reach_add_inside (SkFit          *self,
                  Reach          *reach,
                  const SkLatLon *points,
                  size_t          n_points)
{
  SkBBox box;
  double h, w, step;
  int ny, nx;

  sk_bbox_init_empty (&box);
  for (size_t i = 0; i < n_points; i++)
    sk_bbox_extend (&box, points[i].lat, points[i].lon);
  h = sk_geo_haversine_m (box.south, box.west, box.north, box.west);
  w = sk_geo_haversine_m (box.south, box.west, box.south, box.east);
  step = MAX (SAMPLE_M, sqrt (h * w / MAX_SAMPLES));
  ny = MAX (1, (int) ceil (h / step));
  nx = MAX (1, (int) ceil (w / step));
  for (int iy = 0; iy < ny; iy++)
    for (int ix = 0; ix < nx; ix++)
      {
        double lat = box.south + (box.north - box.south) * (iy + 0.5) / ny;
        double lon = box.west + (box.east - box.west) * (ix + 0.5) / nx;

        if (sk_geo_point_in_polygon (points, n_points, lat, lon))
          reach_add (self, reach, lat, lon);
      }
}

static void
reach_of_geometry (SkFit          *self,
                   Reach          *reach,
                   SkGeometry      geometry,
                   const SkLatLon *points,
                   size_t          n_points)
{
  size_t n_edges = geometry == SK_GEOMETRY_AREA ? n_points : n_points - 1;
  double length = 0, step;

  reach->near = (SkFitNear) { INFINITY, -1, INFINITY, -1 };
  reach->far_kom_m = 0;
  if (geometry == SK_GEOMETRY_POINT || n_points < 2)
    {
      reach_add (self, reach, points[0].lat, points[0].lon);
      return;
    }
  for (size_t i = 0; i < n_edges; i++)
    length += sk_geo_haversine_m (points[i].lat, points[i].lon,
                                  points[(i + 1) % n_points].lat, points[(i + 1) % n_points].lon);
  step = MAX (SAMPLE_M, length / MAX_SAMPLES);
  for (size_t i = 0; i < n_edges; i++)
    reach_add_segment (self, reach, &points[i], &points[(i + 1) % n_points], step);
  if (geometry == SK_GEOMETRY_LINE)
    reach_add (self, reach, points[n_points - 1].lat, points[n_points - 1].lon);
  else
    reach_add_inside (self, reach, points, n_points);
}

/* "de Reest", "De Wijk", "een beek": the place a hit is about. */
static char *
place_name (SkFit           *self,
            const SkFitZone *zone,
            const Reach     *reach,
            gboolean         english)
{
  const char *name = NULL;
  const char *tpl;
  g_auto(GStrv) parts = NULL;

  if (zone->type == SK_FIT_ZONE_BEEK && reach->near.beek_line >= 0)
    name = sk_region_get_line (self->region, reach->near.beek_line)->name;
  else if (zone->type != SK_FIT_ZONE_BEEK && reach->near.kom_kern >= 0)
    name = sk_region_get_kern (self->region, reach->near.kom_kern)->name;
  if (name == NULL || *name == '\0')
    return g_strdup (english ? zone->place_unnamed_en : zone->place_unnamed);
  tpl = english ? zone->place_named_en : zone->place_named;
  parts = g_strsplit (tpl, "{naam}", -1);
  return g_strjoinv (name, parts);
}

/* "Nee, tenzij: dit ligt in het beekdal van de Reest. Het kan als …" */
static char *
reason_line (const char *label,
             const char *reason,
             const char *condition,
             const char *place)
{
  g_auto(GStrv) parts = g_strsplit (reason, "{plek}", -1);
  g_autofree char *filled = g_strjoinv (place, parts);

  return condition != NULL ? g_strdup_printf ("%s: %s %s", label, filled, condition)
                           : g_strdup_printf ("%s: %s", label, filled);
}

static void
add_hit (SkFit           *self,
         SkFitResult     *result,
         const SkFitRule *r,
         const Reach     *reach)
{
  g_autofree char *place_en = place_name (self, r->zone, reach, TRUE);
  SkFitHit hit = { r, r->verdict, place_name (self, r->zone, reach, FALSE), NULL, NULL };

  /* Both languages from the data, each with its own label, whatever the
   * language of the user interface: the CLI's JSON carries both. */
  hit.reason = reason_line (verdict_label (r->verdict, FALSE), r->reason, r->condition, hit.place);
  hit.reason_en = reason_line (verdict_label (r->verdict, TRUE), r->reason_en, r->condition_en,
                               place_en);
  g_array_append_val (result->hits, hit);
}

static void
clear_hit (SkFitHit *hit)
{
  g_free (hit->place);
  g_free (hit->reason);
  g_free (hit->reason_en);
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const SkFitHit *ha = a, *hb = b;

  return (int) hb->verdict - (int) ha->verdict;
}

SkFitResult *
sk_fit_check (SkFit          *self,
              const char     *kind_id,
              SkGeometry      geometry,
              const SkLatLon *points,
              size_t          n_points)
{
  SkFitResult *result = g_new0 (SkFitResult, 1);
  GArray *rule_ids;
  Reach reach;

  g_return_val_if_fail (SK_IS_FIT (self), result);
  result->hits = g_array_new (FALSE, TRUE, sizeof (SkFitHit));
  g_array_set_clear_func (result->hits, (GDestroyNotify) clear_hit);
  if (self->rules == NULL)
    {
      result->fallback = self->problem;
      return result;
    }
  rule_ids = sk_fit_rules_for_kind (self->rules, kind_id);
  result->fallback = rule_ids != NULL ? _("Geen regel zegt iets over deze plek.")
                                      : _("Geen regel zegt iets over deze soort.");
  if (rule_ids == NULL || n_points == 0)
    return result;
  reach_of_geometry (self, &reach, geometry, points, n_points);
  for (guint i = 0; i < rule_ids->len; i++)
    {
      const SkFitRule *r = sk_fit_rules_get_rule (self->rules, g_array_index (rule_ids, guint, i));

      if (zone_holds (r->zone, &reach.near, reach.far_kom_m))
        add_hit (self, result, r, &reach);
    }
  /* stable: equal verdicts keep the file's order */
  g_array_sort (result->hits, compare_hits);
  if (result->hits->len > 0)
    result->verdict = g_array_index (result->hits, SkFitHit, 0).verdict;
  return result;
}

SkFitResult *
sk_fit_check_state (SkFit                     *self,
                    const SkInterventionState *state)
{
  return sk_fit_check (self, state->kind_id, state->geometry, state->points, state->n_points);
}

void
sk_fit_result_free (SkFitResult *result)
{
  if (result == NULL)
    return;
  g_array_unref (result->hits);
  g_free (result);
}

SkFitVerdict
sk_fit_result_get_verdict (const SkFitResult *result)
{
  return result->verdict;
}

size_t
sk_fit_result_get_n_hits (const SkFitResult *result)
{
  return result->hits->len;
}

const SkFitHit *
sk_fit_result_get_hit (const SkFitResult *result,
                       size_t             i)
{
  g_return_val_if_fail (i < result->hits->len, NULL);
  return &g_array_index (result->hits, SkFitHit, i);
}

const char *
sk_fit_hit_get_display_reason (const SkFitHit *hit)
{
  return ui_is_english () ? hit->reason_en : hit->reason;
}

const char *
sk_fit_result_get_reason (const SkFitResult *result)
{
  if (result->hits->len > 0)
    return sk_fit_hit_get_display_reason (&g_array_index (result->hits, SkFitHit, 0));
  return result->fallback;
}

void
sk_fit_count_verdicts (SkFit          *self,
                       SkPlanSnapshot *snapshot,
                       guint           counts[SK_FIT_N_VERDICTS])
{
  memset (counts, 0, SK_FIT_N_VERDICTS * sizeof counts[0]);
  for (size_t i = 0; i < sk_plan_snapshot_get_n_items (snapshot); i++)
    {
      g_autoptr(SkFitResult) r = sk_fit_check_state (self, sk_plan_snapshot_get_state (snapshot, i));

      counts[sk_fit_result_get_verdict (r)]++;
    }
}

/* ------------------------------------------------------------------ */
/* The layer                                                           */

/* The layer's cells are mostly alike: checked at every BLOCK-th row and
 * column first, and a block of cells is checked one by one only where
 * its four corners disagree. A zone narrower than a block that passes
 * between the corners is missed; at 4 cells to a block that is 4 px. */
#define BLOCK 4
#define UNKNOWN 0xff

typedef struct
{
  SkFit *fit;
  GArray *rule_ids;
  const SkBBox *box;
  double y_north, y_south;   /* Web-Mercator y at zoom 0 */
  int width, height;
  guint8 *out;
} Sampler;

static guint8
sample_cell (Sampler *s,
             int      row,
             int      col)
{
  guint8 *v = &s->out[(size_t) row * s->width + col];

  if (*v == UNKNOWN)
    {
      double lat = sk_mercator_lat (s->y_north + (s->y_south - s->y_north) * (row + 0.5) / s->height, 0);
      double lon = s->box->west + (s->box->east - s->box->west) * (col + 0.5) / s->width;
      const SkFitRule *deciding;
      SkFitNear near;

      sk_fit_places_near (s->fit->places, lat, lon, &near);
      *v = (guint8) decide (s->fit, s->rule_ids, &near, near.kom_m, &deciding);
    }
  return *v;
}

static void
sample_block (Sampler *s,
              int      r0,
              int      c0,
              int      r1,
              int      c1)
{
  guint8 v = sample_cell (s, r0, c0);
  gboolean same = sample_cell (s, r0, c1) == v && sample_cell (s, r1, c0) == v
                  && sample_cell (s, r1, c1) == v;

  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      if (same)
        s->out[(size_t) r * s->width + c] = v;
      else
        sample_cell (s, r, c);
}

void
sk_fit_sample (SkFit        *self,
               const char   *kind_id,
               const SkBBox *box,
               int           width,
               int           height,
               guint8       *verdicts)
{
  Sampler s = { self, NULL, box, 0, 0, width, height, verdicts };

  g_return_if_fail (SK_IS_FIT (self) && width > 0 && height > 0);
  if (self->rules == NULL || (s.rule_ids = sk_fit_rules_for_kind (self->rules, kind_id)) == NULL)
    {
      memset (verdicts, SK_FIT_NONE, (size_t) width * height);
      return;
    }
  memset (verdicts, UNKNOWN, (size_t) width * height);
  s.y_north = sk_mercator_y (box->north, 0);
  s.y_south = sk_mercator_y (box->south, 0);
  for (int r0 = 0; r0 < height; r0 += BLOCK)
    for (int c0 = 0; c0 < width; c0 += BLOCK)
      sample_block (&s, r0, c0, MIN (r0 + BLOCK, height - 1), MIN (c0 + BLOCK, width - 1));
}
