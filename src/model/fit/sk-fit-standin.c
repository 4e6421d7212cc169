/* STAND-IN for the fit helper's implementation: deleted when merged. */
#include "sk-config.h"
#include "sk-fit.h"
#include <glib/gi18n-lib.h>
#include <math.h>

struct _SkFit { GObject parent_instance; SkRegion *region; };
G_DEFINE_FINAL_TYPE (SkFit, sk_fit, G_TYPE_OBJECT)
struct _SkFitResult { SkFitVerdict verdict; char *reason; };

static SkFitZone beek_zone = { "beekdal", SK_FIT_ZONE_BEEK, "beekdal", "stream valley", 250 };
static SkFitZone kom_zone = { "kom-rand", SK_FIT_ZONE_KOM, "dorpsrand", "village edge", 500 };
static SkFitZone buiten_zone = { "open-landschap", SK_FIT_ZONE_BUITEN, "open landschap", "open land", 500 };
static SkFitRule rules[] = {
  { "beekdal-bebouwing", NULL, &beek_zone, SK_FIT_NEE_TENZIJ },
  { "beek-water", NULL, &beek_zone, SK_FIT_PAST_GOED },
  { "kom-wonen", NULL, &kom_zone, SK_FIT_PAST },
  { "buiten-wonen", NULL, &buiten_zone, SK_FIT_NEE_TENZIJ },
};

static void sk_fit_finalize (GObject *o) { g_clear_object (&SK_FIT (o)->region); G_OBJECT_CLASS (sk_fit_parent_class)->finalize (o); }
static void sk_fit_class_init (SkFitClass *k) { G_OBJECT_CLASS (k)->finalize = sk_fit_finalize; }
static void sk_fit_init (SkFit *s) { }

SkFit *
sk_fit_new_for_region (SkRegion *region, SkToolbox *toolbox, const char *rules_path)
{
  SkFit *self = g_object_new (SK_TYPE_FIT, NULL);
  self->region = g_object_ref (region);
  return self;
}

const char *sk_fit_get_problem (SkFit *self) { return NULL; }

const char *
sk_fit_verdict_to_id (SkFitVerdict v)
{
  const char *ids[] = { "geen-regel", "past-goed", "past", "nee-tenzij", "past-niet" };
  return ids[v];
}

const char *
sk_fit_verdict_get_label (SkFitVerdict v)
{
  const char *labels[] = { N_("Geen regel"), N_("Past goed"), N_("Past"), N_("Nee, tenzij"), N_("Past niet") };
  return _(labels[v]);
}

static double
seg_dist (double lat, double lon, SkLatLon a, SkLatLon b)
{
  double k = cos (lat * G_PI / 180);
  double ax = (a.lon - lon) * k, ay = a.lat - lat, bx = (b.lon - lon) * k, by = b.lat - lat;
  double dx = bx - ax, dy = by - ay, t = dx * dx + dy * dy > 0 ? -(ax * dx + ay * dy) / (dx * dx + dy * dy) : 0;
  t = CLAMP (t, 0, 1);
  return hypot (ax + t * dx, ay + t * dy) * 111195;
}

SkFitVerdict
sk_fit_check_point (SkFit *self, const char *kind_id, double lat, double lon, const SkFitRule **rule)
{
  gboolean building = g_str_equal (kind_id, "woonerf");
  gboolean water = g_str_has_prefix (kind_id, "water") || g_str_has_prefix (kind_id, "groen");
  double beek = INFINITY, kom = INFINITY;
  const SkFitRule *r = NULL;

  for (size_t i = 0; i < sk_region_get_n_lines (self->region); i++)
    {
      const SkLine *l = sk_region_get_line (self->region, i);
      if (!sk_line_class_is_water (l->klass))
        continue;
      for (size_t j = 1; j < l->n_points; j++)
        beek = MIN (beek, seg_dist (lat, lon, l->points[j - 1], l->points[j]));
    }
  for (size_t k = 0; k < sk_region_get_n_kernen (self->region); k++)
    {
      const SkKern *kern = sk_region_get_kern (self->region, k);
      kom = MIN (kom, sk_geo_haversine_m (lat, lon, kern->lat, kern->lon) - 700);
    }
  if (building && beek < 250) r = &rules[0];
  else if (water && beek < 250) r = &rules[1];
  else if (building && kom < 500) r = &rules[2];
  else if (building) r = &rules[3];
  if (rule) *rule = r;
  return r ? r->verdict : SK_FIT_NONE;
}

SkFitResult *
sk_fit_check (SkFit *self, const char *kind_id, SkGeometry geometry, const SkLatLon *points, size_t n)
{
  SkFitResult *res = g_new0 (SkFitResult, 1);
  const SkFitRule *rule = NULL;
  for (size_t i = 0; i < n; i++)
    {
      const SkFitRule *r;
      SkFitVerdict v = sk_fit_check_point (self, kind_id, points[i].lat, points[i].lon, &r);
      if (v > res->verdict) { res->verdict = v; rule = r; }
    }
  if (rule == NULL) res->reason = g_strdup (_("Geen regel zegt iets over deze plek."));
  else if (rule->verdict == SK_FIT_NEE_TENZIJ && rule->zone->type == SK_FIT_ZONE_BEEK)
    res->reason = g_strdup ("Nee, tenzij: dit ligt in het beekdal van de Reest. Het kan als het water en natuur helpt.");
  else
    res->reason = g_strdup_printf ("%s: %s.", sk_fit_verdict_get_label (rule->verdict), rule->zone->name);
  return res;
}

SkFitResult *
sk_fit_check_state (SkFit *self, const SkInterventionState *s)
{
  return sk_fit_check (self, s->kind_id, s->geometry, s->points, s->n_points);
}

void sk_fit_result_free (SkFitResult *r) { if (r) { g_free (r->reason); g_free (r); } }
SkFitVerdict sk_fit_result_get_verdict (const SkFitResult *r) { return r->verdict; }
const char *sk_fit_result_get_reason (const SkFitResult *r) { return r->reason; }

void
sk_fit_sample (SkFit *self, const char *kind_id, const SkBBox *box, int width, int height, guint8 *out)
{
  double yn = log (tan (G_PI / 4 + box->north * G_PI / 360)), ys = log (tan (G_PI / 4 + box->south * G_PI / 360));
  for (int r = 0; r < height; r++)
    {
      double y = yn + (ys - yn) * (r + 0.5) / height;
      double lat = (2 * atan (exp (y)) - G_PI / 2) * 180 / G_PI;
      for (int c = 0; c < width; c++)
        out[r * width + c] = sk_fit_check_point (self, kind_id, lat, box->west + (box->east - box->west) * (c + 0.5) / width, NULL);
    }
}
SkRegion *sk_fit_get_region (SkFit *self) { return self->region; }
