/* sk-ov-panel.h — "Met bus en trein" in the reachability panel: per kern
 * the median door-to-door time to the chosen centres before → after the
 * plan, the share of inhabitants within an hour of them, and the
 * question's settings (day, departure window, on foot or by bike to the
 * stop, which centres). */
#pragma once

#include <gtk/gtk.h>

#include "sk-ov-eval.h"
#include "sk-reach-panel.h"

G_BEGIN_DECLS

#define SK_TYPE_OV_PANEL (sk_ov_panel_get_type ())
G_DECLARE_FINAL_TYPE (SkOvPanel, sk_ov_panel, SK, OV_PANEL, GtkBox)

SkOvPanel    *sk_ov_panel_new              (SkRegion        *region);
/* The region's timetable (NULL: none imported; the panel says so and
 * offers the import). A new timetable resets the question to its
 * default day. */
void          sk_ov_panel_set_timetable    (SkOvPanel       *self,
                                            SkTimetable     *timetable);
/* The question as set now; FALSE without a timetable. DESTS gets the
 * chosen centres (owned SkOvDestination). */
gboolean      sk_ov_panel_get_question     (SkOvPanel       *self,
                                            SkOvQuery       *query,
                                            GPtrArray      **dests);
/* Sets the controls to QUERY and the centres DESTS (a session's own
 * question) without emitting ::changed. */
void          sk_ov_panel_set_question     (SkOvPanel       *self,
                                            const SkOvQuery *query,
                                            GPtrArray       *dests);
void          sk_ov_panel_set_busy         (SkOvPanel       *self,
                                            gboolean         busy);
/* Shows EVALUATION's bus and train part (NULL: nothing yet). */
void          sk_ov_panel_set_evaluation   (SkOvPanel       *self,
                                            SkEvaluation    *evaluation);
/* Share 0–1 of inhabitants within an hour of a chosen centre, before and
 * after the plan; NAN when nothing is computed. */
double        sk_ov_panel_get_share        (SkOvPanel       *self,
                                            gboolean         after);
/* Median minutes from kern I to its nearest chosen centre; NAN: none. */
double        sk_ov_panel_get_minutes      (SkOvPanel       *self,
                                            size_t           kern,
                                            gboolean         after);
/* After the plan: good within the hour, fair up to 90 minutes. */
SkReachGrade  sk_ov_panel_get_grade        (SkOvPanel       *self,
                                            size_t           kern);
gboolean      sk_ov_panel_has_figures      (SkOvPanel       *self);
/* Whether the village dots should show the time by bus and train
 * (property "on-map"). */
gboolean      sk_ov_panel_get_on_map       (SkOvPanel       *self);
/* What the panel says in words (for tests and the screen reader). */
const char   *sk_ov_panel_get_headline     (SkOvPanel       *self);

G_END_DECLS
