/* test-fit.c — "Past het hier?" on the built-in Reestdal: a woonerf in
 * the Reest valley, at the edge of De Wijk and far out in open land; a
 * groenblauwe ader and a waterberging along the Reest; the Reest's
 * derived course; the layer's samples; a broken rules file.
 *
 * Places, WGS84: the Reest passes (52.6649 N, 6.2733 E) south-west of De
 * Wijk; De Wijk's kom reaches north to (52.68228 N, 6.28350 E)
 * (kommen.json). 0.0009° of latitude is 100 m.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sk-fit.h"

typedef struct
{
  SkRegion *region;
  SkToolbox *toolbox;
  SkFit *fit;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  (void) data;
  f->region = sk_region_load ("reestdal", &error);
  g_assert_no_error (error);
  f->toolbox = sk_toolbox_load (NULL, &error);
  g_assert_no_error (error);
  f->fit = sk_fit_new_for_region (f->region, f->toolbox, NULL);
  g_assert_null (sk_fit_get_problem (f->fit));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  (void) data;
  g_clear_object (&f->fit);
  g_clear_object (&f->toolbox);
  g_clear_object (&f->region);
}

/* A square woonerf of about 60 × 60 m round (LAT, LON). */
static SkFitResult *
check_woonerf (SkFit  *fit,
               double  lat,
               double  lon)
{
  double dlat = 30.0 / 111195.0, dlon = dlat / cos (lat * G_PI / 180.0);
  SkLatLon square[4] = {
    { lat - dlat, lon - dlon }, { lat - dlat, lon + dlon },
    { lat + dlat, lon + dlon }, { lat + dlat, lon - dlon },
  };

  return sk_fit_check (fit, "woonerf", SK_GEOMETRY_AREA, square, 4);
}

static const SkFitHit *
find_hit (const SkFitResult *result,
          const char        *rule)
{
  for (size_t i = 0; i < sk_fit_result_get_n_hits (result); i++)
    if (g_str_equal (sk_fit_result_get_hit (result, i)->rule->id, rule))
      return sk_fit_result_get_hit (result, i);
  return NULL;
}

static void
test_woonerf_in_beekdal (Fixture       *f,
                         gconstpointer  data)
{
  /* 120 m south of the Reest, 700 m from De Wijk's kom */
  g_autoptr(SkFitResult) r = check_woonerf (f->fit, 52.6638, 6.2733);
  const SkFitHit *hit = find_hit (r, "beekdal");

  (void) data;
  g_assert_cmpint (sk_fit_result_get_verdict (r), ==, SK_FIT_NEE_TENZIJ);
  g_assert_nonnull (hit);
  g_assert_true (hit == sk_fit_result_get_hit (r, 0));
  g_assert_cmpstr (hit->place, ==, "de Reest");
  g_assert_cmpstr (hit->reason, ==, "Nee, tenzij: dit ligt in het beekdal van de Reest. "
                                    "Het kan als het water en natuur helpt.");
  g_assert_cmpstr (hit->reason_en, ==, "No, unless: this lies in the valley of the Reest. "
                                       "It can be done if it helps water and nature.");
  g_assert_cmpstr (sk_fit_result_get_reason (r), ==, hit->reason);
  /* the pointer's path agrees */
  g_assert_cmpint (sk_fit_check_point (f->fit, "woonerf", 52.6638, 6.2733, NULL), ==,
                   SK_FIT_NEE_TENZIJ);
}

static void
test_woonerf_at_edge_of_de_wijk (Fixture       *f,
                                 gconstpointer  data)
{
  /* 100 m north of De Wijk's kom, 1.8 km from the Reest */
  g_autoptr(SkFitResult) r = check_woonerf (f->fit, 52.6832, 6.2835);
  const SkFitRule *rule = NULL;

  (void) data;
  g_assert_cmpint (sk_fit_result_get_verdict (r), ==, SK_FIT_PAST);
  g_assert_cmpuint (sk_fit_result_get_n_hits (r), ==, 1);
  g_assert_cmpstr (sk_fit_result_get_hit (r, 0)->rule->id, ==, "dorpsrand-wonen");
  g_assert_cmpstr (sk_fit_result_get_hit (r, 0)->reason, ==,
                   "Past: dit ligt in of net buiten De Wijk.");
  g_assert_cmpint (sk_fit_check_point (f->fit, "woonerf", 52.6832, 6.2835, &rule), ==, SK_FIT_PAST);
  g_assert_cmpstr (rule->id, ==, "dorpsrand-wonen");
}

static void
test_woonerf_in_open_land (Fixture       *f,
                           gconstpointer  data)
{
  /* 3 km east of the north tip of De Wijk's kom; the nearest kom (De
   * Stapel) is 1.3 km away, the Reest 1.4 km */
  g_autoptr(SkFitResult) r = check_woonerf (f->fit, 52.6823, 6.3279);
  const SkFitHit *hit = find_hit (r, "open-landschap");

  (void) data;
  g_assert_cmpint (sk_fit_result_get_verdict (r), ==, SK_FIT_NEE_TENZIJ);
  g_assert_nonnull (hit);
  g_assert_null (find_hit (r, "beekdal"));
  g_assert_cmpstr (hit->reason, ==, "Nee, tenzij: dit ligt ver buiten het dorp, in het open "
                                    "landschap. Het kan als het bij een bestaand erf hoort.");
}

static void
test_water_along_reest (Fixture       *f,
                        gconstpointer  data)
{
  /* 110 m south of three vertices of the Reest, about 500 m long */
  SkLatLon ader[3] = { { 52.6652, 6.3058 }, { 52.6663, 6.3026 }, { 52.6655, 6.2997 } };
  SkLatLon berging[4] = { { 52.6630, 6.2700 }, { 52.6630, 6.2730 },
                          { 52.6640, 6.2730 }, { 52.6640, 6.2700 } };
  g_autoptr(SkFitResult) a = sk_fit_check (f->fit, "groenblauwe-ader", SK_GEOMETRY_LINE, ader, 3);
  g_autoptr(SkFitResult) w = sk_fit_check (f->fit, "waterberging", SK_GEOMETRY_AREA, berging, 4);
  g_autoptr(SkFitResult) far = sk_fit_check (f->fit, "waterberging", SK_GEOMETRY_AREA,
                                             (SkLatLon[4]) { { 52.7093, 6.2835 }, { 52.7093, 6.2865 },
                                                             { 52.7103, 6.2865 }, { 52.7103, 6.2835 } },
                                             4);

  (void) data;
  g_assert_cmpint (sk_fit_result_get_verdict (a), ==, SK_FIT_PAST_GOED);
  g_assert_cmpstr (sk_fit_result_get_hit (a, 0)->rule->id, ==, "beekdal-water-natuur");
  g_assert_cmpint (sk_fit_result_get_verdict (w), ==, SK_FIT_PAST_GOED);
  g_assert_true (g_str_has_prefix (sk_fit_result_get_reason (w), "Past goed: dit ligt in het "
                                                                 "beekdal van de Reest"));
  /* far from any stream no rule speaks, and the user is told so */
  g_assert_cmpint (sk_fit_result_get_verdict (far), ==, SK_FIT_NONE);
  g_assert_cmpstr (sk_fit_result_get_reason (far), ==, "Geen regel zegt iets over deze plek.");
}

/* Whether segment P–Q crosses the polyline. */
static guint
crossings (const SkLine  *line,
           SkLatLon       p,
           SkLatLon       q)
{
  guint n = 0;

  for (size_t i = 0; i + 1 < line->n_points; i++)
    {
      SkLatLon a = line->points[i], b = line->points[i + 1];
      double d1 = (q.lon - p.lon) * (a.lat - p.lat) - (q.lat - p.lat) * (a.lon - p.lon);
      double d2 = (q.lon - p.lon) * (b.lat - p.lat) - (q.lat - p.lat) * (b.lon - p.lon);
      double d3 = (b.lon - a.lon) * (p.lat - a.lat) - (b.lat - a.lat) * (p.lon - a.lon);
      double d4 = (b.lon - a.lon) * (q.lat - a.lat) - (b.lat - a.lat) * (q.lon - a.lon);

      n += (d1 > 0) != (d2 > 0) && (d3 > 0) != (d4 > 0);
    }
  return n;
}

static SkLatLon
kern_at (SkRegion   *region,
         const char *id)
{
  const SkKern *k = sk_region_get_kern (region, sk_region_find_kern (region, id));

  return (SkLatLon) { k->lat, k->lon };
}

static void
test_reest_course (Fixture       *f,
                   gconstpointer  data)
{
  const SkLine *reest = NULL;
  double length;
  /* kernen each side of the border: Drenthe first, Overijssel second */
  const char *pairs[][2] = { { "de-wijk", "ijhorst" }, { "linde", "balkbrug" },
                             { "meppel", "rouveen" } };

  (void) data;
  for (size_t i = 0; i < sk_region_get_n_lines (f->region); i++)
    if (g_str_equal (sk_region_get_line (f->region, i)->id, "reest"))
      reest = sk_region_get_line (f->region, i);
  g_assert_nonnull (reest);
  g_assert_false (reest->schematic);
  length = sk_geo_polyline_length_m (reest->points, reest->n_points);
  g_test_message ("the Reest: %zu points, %.1f km", reest->n_points, length / 1000.0);
  /* It was 4 straight points (Lutten, Balkbrug, De Wijk, Meppel). The
   * sources give 30–37 km of meanders; the generalised boundary a bit more. */
  g_assert_cmpuint (reest->n_points, >, 100);
  g_assert_cmpfloat (length, >, 33000.0);
  g_assert_cmpfloat (length, <, 45000.0);
  /* It is the border: it separates the Drenthe kernen from their
   * Overijssel neighbours, and not Drenthe kernen from each other. */
  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_assert_cmpstr (sk_region_get_kern (f->region, sk_region_find_kern (f->region, pairs[i][0]))->province,
                       ==, "Drenthe");
      g_assert_cmpstr (sk_region_get_kern (f->region, sk_region_find_kern (f->region, pairs[i][1]))->province,
                       ==, "Overijssel");
      g_assert_cmpuint (crossings (reest, kern_at (f->region, pairs[i][0]),
                                   kern_at (f->region, pairs[i][1])) % 2, ==, 1);
    }
  g_assert_cmpuint (crossings (reest, kern_at (f->region, "de-wijk"),
                               kern_at (f->region, "koekange")), ==, 0);
}

static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  /* 2 × 2 km round the Reest south-west of De Wijk, and De Wijk */
  SkBBox box = { 52.655, 6.258, 52.690, 6.300 };
  int counts[SK_FIT_N_VERDICTS] = { 0 };
  guint8 v[64 * 64];

  (void) data;
  sk_fit_sample (f->fit, "woonerf", &box, 64, 64, v);
  for (guint i = 0; i < G_N_ELEMENTS (v); i++)
    {
      g_assert_cmpuint (v[i], <, SK_FIT_N_VERDICTS);
      counts[v[i]]++;
    }
  g_assert_cmpint (counts[SK_FIT_NEE_TENZIJ], >, 0);
  g_assert_cmpint (counts[SK_FIT_PAST], >, 0);
  /* a kind no rule speaks about: nothing but "geen regel" */
  sk_fit_sample (f->fit, "buurtbus", &box, 64, 64, v);
  for (guint i = 0; i < G_N_ELEMENTS (v); i++)
    g_assert_cmpuint (v[i], ==, SK_FIT_NONE);
}

/* The conditions table and the report count ideas per verdict. */
static void
test_count (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SkPlan) plan = sk_plan_new (f->toolbox);
  g_autoptr(SkPlanSnapshot) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  SkLatLon at[] = { { 52.6638, 6.2733 }, { 52.6832, 6.2835 }, { 52.6823, 6.3279 } };
  guint counts[SK_FIT_N_VERDICTS];

  (void) data;
  for (guint i = 0; i < G_N_ELEMENTS (at); i++)
    g_assert_cmpint (sk_plan_add (plan, "dorpshuis", &at[i], 1, NULL, &error), >, 0);
  g_assert_cmpint (sk_plan_add (plan, "buurtbus", &at[0], 1, NULL, &error), >, 0);
  g_assert_no_error (error);
  snapshot = sk_plan_dup_snapshot (plan);
  sk_fit_count_verdicts (f->fit, snapshot, counts);
  /* beekdal and open land: nee, tenzij; the edge of De Wijk: past; the bus: no rule */
  g_assert_cmpuint (counts[SK_FIT_NEE_TENZIJ], ==, 2);
  g_assert_cmpuint (counts[SK_FIT_PAST], ==, 1);
  g_assert_cmpuint (counts[SK_FIT_NONE], ==, 1);
  g_assert_cmpuint (counts[SK_FIT_PAST_GOED] + counts[SK_FIT_PAST_NIET], ==, 0);
}

static void
test_verdict_ids (void)
{
  static const char *ids[] = { "geen-regel", "past-goed", "past", "nee-tenzij", "past-niet" };
  SkFitVerdict v;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_cmpstr (sk_fit_verdict_to_id ((SkFitVerdict) i), ==, ids[i]);
      g_assert_true (sk_fit_verdict_from_id (ids[i], &v));
      g_assert_cmpint (v, ==, i);
    }
  g_assert_false (sk_fit_verdict_from_id ("misschien", &v));
  g_assert_cmpstr (sk_fit_verdict_get_label (SK_FIT_NEE_TENZIJ), ==, "Nee, tenzij");
}

/* Every rule and every distance in the built-in file has a source or is
 * an aanname with a note; every quote is in its seed document. */
static void
test_rules_sourced (Fixture       *f,
                    gconstpointer  data)
{
  SkFitRules *rules = sk_fit_get_rules (f->fit);

  (void) data;
  g_assert_cmpuint (sk_fit_rules_get_n_rules (rules), >=, 5);
  for (size_t i = 0; i < sk_fit_rules_get_n_rules (rules); i++)
    {
      const SkFitSource *s = &sk_fit_rules_get_rule (rules, i)->source;

      g_assert_true (s->assumption ? s->note != NULL : s->quote != NULL);
    }
  g_assert_true (sk_fit_rules_covers_kind (rules, "starterswoningen"));
  g_assert_false (sk_fit_rules_covers_kind (rules, "buurtbus"));
}

static char *
write_temp (const char *text)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("sk-fit-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
test_broken_rules (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *broken = write_temp ("{\"schema\": \"samenkaart-fit/1\", \"rules\": [");
  g_autofree char *unknown = write_temp (
    "{\"schema\": \"samenkaart-fit/1\", \"documents\": [],"
    " \"kern_radius_m\": {\"value\": 400, \"assumption\": true, \"note\": \"x\"},"
    " \"zones\": [{\"id\": \"beekdal\", \"type\": \"beek\", \"name\": \"beekdal\","
    " \"name_en\": \"valley\", \"distance_m\": 250, \"assumption\": true, \"note\": \"x\","
    " \"place_named\": \"de {naam}\", \"place_named_en\": \"the {naam}\","
    " \"place_unnamed\": \"een beek\", \"place_unnamed_en\": \"a stream\"}],"
    " \"rules\": [{\"id\": \"r\", \"kinds\": [\"woonboot\"], \"zone\": \"beekdal\","
    " \"verdict\": \"past\", \"reason\": \"x\", \"reason_en\": \"x\","
    " \"assumption\": true, \"note\": \"x\"}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkFitRules) rules = NULL;
  g_autoptr(SkFit) fit = NULL;
  g_autoptr(SkFitResult) r = NULL;

  (void) data;
  rules = sk_fit_rules_load (broken, f->toolbox, &error);
  g_assert_null (rules);
  g_assert_error (error, SK_FIT_ERROR, SK_FIT_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "is geen leesbare JSON"));
  g_clear_error (&error);

  rules = sk_fit_rules_load (unknown, f->toolbox, &error);
  g_assert_null (rules);
  g_assert_error (error, SK_FIT_ERROR, SK_FIT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "regel 1 (“r”)"));
  g_assert_nonnull (strstr (error->message, "de soort “woonboot” staat niet in de toolbox"));

  /* The app goes on without rules and says so. */
  fit = sk_fit_new_for_region (f->region, f->toolbox, broken);
  g_assert_null (sk_fit_get_rules (fit));
  g_assert_nonnull (strstr (sk_fit_get_problem (fit), "zijn niet geladen"));
  g_assert_nonnull (strstr (sk_fit_get_problem (fit), broken));
  g_assert_cmpint (sk_fit_check_point (fit, "woonerf", 52.6638, 6.2733, NULL), ==, SK_FIT_NONE);
  r = check_woonerf (fit, 52.6638, 6.2733);
  g_assert_cmpint (sk_fit_result_get_verdict (r), ==, SK_FIT_NONE);
  g_assert_cmpuint (sk_fit_result_get_n_hits (r), ==, 0);
  g_assert_cmpstr (sk_fit_result_get_reason (r), ==, sk_fit_get_problem (fit));
  g_unlink (broken);
  g_unlink (unknown);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/fit/woonerf-in-beekdal", test_woonerf_in_beekdal);
  ADD ("/fit/woonerf-at-edge-of-de-wijk", test_woonerf_at_edge_of_de_wijk);
  ADD ("/fit/woonerf-in-open-land", test_woonerf_in_open_land);
  ADD ("/fit/water-along-reest", test_water_along_reest);
  ADD ("/fit/reest-course", test_reest_course);
  ADD ("/fit/sample", test_sample);
  ADD ("/fit/count", test_count);
  ADD ("/fit/rules-sourced", test_rules_sourced);
  ADD ("/fit/broken-rules", test_broken_rules);
#undef ADD
  g_test_add_func ("/fit/verdict-ids", test_verdict_ids);
  return g_test_run ();
}
