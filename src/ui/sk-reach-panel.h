/* sk-reach-panel.h — how far it is from each village to the nearest
 * facility of a chosen type, by a chosen way of travel, with the share of
 * inhabitants within the norm and the sources of every figure. */
#pragma once

#include <gtk/gtk.h>

#include "sk-evaluator.h"
#include "sk-reach-eval.h"
#include "sk-region.h"

G_BEGIN_DECLS

/* How a village fares against the norm, for colouring the map. */
typedef enum
{
  SK_REACH_GRADE_NONE,   /* no facility reachable, or nothing computed */
  SK_REACH_GRADE_GOOD,   /* within the norm */
  SK_REACH_GRADE_FAIR,   /* up to 1.5 × the norm */
  SK_REACH_GRADE_POOR,   /* further */
  SK_REACH_GRADE_UNKNOWN, /* not known whether the kern has this type */
} SkReachGrade;

#define SK_TYPE_REACH_PANEL (sk_reach_panel_get_type ())
G_DECLARE_FINAL_TYPE (SkReachPanel, sk_reach_panel, SK, REACH_PANEL, GtkBox)

SkReachPanel   *sk_reach_panel_new              (SkRegion       *region);
SkFacilityType  sk_reach_panel_get_facility     (SkReachPanel   *self);
void            sk_reach_panel_set_facility     (SkReachPanel   *self,
                                                 SkFacilityType  type);
SkMode          sk_reach_panel_get_mode         (SkReachPanel   *self);
void            sk_reach_panel_set_mode         (SkReachPanel   *self,
                                                 SkMode          mode);
/* Minutes from kern I to the nearest facility; NAN when none, or when
 * it is not known whether the kern has one (see _get_grade). */
double          sk_reach_panel_get_minutes      (SkReachPanel   *self,
                                                 size_t          kern);
SkReachGrade    sk_reach_panel_get_grade        (SkReachPanel   *self,
                                                 size_t          kern);
/* The share of inhabitants within the norm, 0–1, NAN when unknown;
 * kernen whose status is "onbekend" are left out (_get_n_left_out). */
double          sk_reach_panel_get_share        (SkReachPanel   *self);
/* Kernen left out of the share and the mean: not known whether they
 * have the chosen type. */
guint           sk_reach_panel_get_n_left_out   (SkReachPanel   *self);
/* The panel shows the plan's effect from every evaluation of EVALUATOR:
 * the situation with the plan, and before → after where it differs. */
void            sk_reach_panel_set_evaluator    (SkReachPanel   *self,
                                                 SkEvaluator    *evaluator);
/* TRUE while an evaluation of the plan runs in the background. */
gboolean        sk_reach_panel_get_busy         (SkReachPanel   *self);
/* The share before the plan (the same as now without additions). */
double          sk_reach_panel_get_share_before (SkReachPanel   *self);
const char     *sk_reach_grade_to_css_class     (SkReachGrade    grade);
/* Pins the village named PLACE (the session's place; case and accents do
 * not count; NULL or no match: none) on top of the list as "ons dorp". */
void            sk_reach_panel_set_home         (SkReachPanel   *self,
                                                 const char     *place);
/* The pinned village's index, -1 when none. */
int             sk_reach_panel_get_home         (SkReachPanel   *self);
/* The grade's shape as one character: ● ◆ ■, ○ when none is reachable,
 * ? when it is not known whether the village has one. */
const char     *sk_reach_grade_to_symbol        (SkReachGrade    grade);

G_END_DECLS
