/* sk-window-private.h — the main window's state, shared by the files
 * that implement it (sk-window.c, sk-window-plan.c and the others named
 * below). */
#pragma once

#include "sk-fit-layer.h"
#include "sk-fit-tint.h"
#include "sk-map-editor.h"
#include "sk-mkba-panel.h"
#include "sk-ov-panel.h"
#include "sk-palette.h"
#include "sk-place-search.h"
#include "sk-plan-layer.h"
#include "sk-plan.h"
#include "sk-session.h"
#include "sk-start-page.h"
#include "sk-history-view.h"
#include "sk-session-panel.h"
#include "sk-window.h"

G_BEGIN_DECLS

struct _SkWindow
{
  AdwApplicationWindow parent_instance;

  SkRegion *region;
  GSettings *settings;
  SkBaseMapSource *base_map;
  ShumateMarkerLayer *kern_layer;
  gboolean fallback_toast_shown;
  double start_zoom;      /* from --zoom, or 0: fit the region */
  int fit_width;          /* map width at the last fit */
  guint fit_stable_frames;
  gboolean user_moved;    /* the user zoomed or panned: stop fitting */
  gboolean settling;      /* the map still fits itself while the window takes its size */
  SkBBox fit_bbox;        /* the plan of the session opened; empty: the region */
  GtkFileChooserNative *file_chooser;  /* the open file dialog, weak; NULL when none */

  /* Template children */
  AdwWindowTitle *window_title;
  AdwToastOverlay *toast_overlay;      /* the whole window: for the start page */
  AdwToastOverlay *map_toast_overlay;  /* the map only: clear of the side panels */
  GtkStack *main_stack;
  GtkWidget *toolbox_button;
  GtkWidget *undo_box;
  GtkWidget *indicators_button;
  GtkWidget *present_button;
  SkStartPage *start_page;
  GtkLabel *hint_label;
  AdwFlap *toolbox_flap;
  AdwFlap *indicators_flap;
  GtkWidget *indicators_scroll;
  GtkScrolledWindow *side_scroll;
  AdwViewStack *side_stack;     /* results, session, history */
  AdwViewSwitcher *side_switcher;
  AdwBin *history_bin;
  AdwBin *session_bin;
  SkSessionPanel *session_panel; /* participants and variants */
  SkHistoryView *history_view;  /* of the session shown; NULL before one */
  SkPlan *replay_plan;          /* the plan at the history's position, when not at the present */
  GtkWidget *replay_banner;     /* "U kijkt terug …", over the map while replaying */
  GtkLabel *replay_label;
  gboolean touch;               /* an atelier: touch mode (sk-window-touch.c) */
  GtkWidget *touch_zoom;        /* + and −, 44 px, a zoom level a tap */
  GtkWidget *drawing_bar;       /* Klaar, Laatste hoek weg, Stoppen */
  GtkWidget *drawing_finish;
  GtkWidget *drawing_back;
  GtkWidget *key_target;        /* where Space would tap: the map's centre */
  GtkEventController *map_focus;
  AdwClamp *indicators_clamp;
  ShumateSimpleMap *map;
  GtkLabel *kernen_label;
  GtkLabel *inhabitants_label;
  GtkLabel *facilities_label;
  GtkBox *indicators_box;
  SkReachPanel *reach_panel;

  /* Bus and train (sk-window-ov.c). */
  SkOvPanel *ov_panel;
  SkTimetable *timetable;       /* the region's, or NULL */
  GCancellable *ov_cancel;      /* loading the timetable */
  struct _SkOvImport *ov_import; /* the import running, or NULL */

  /* The plan being drawn (sk-window-plan.c). */
  SkToolbox *toolbox;
  SkPlan *plan;
  SkPalette *palette;
  SkPlanLayer *plan_layer;
  SkMapEditor *editor;
  SkSession *session;
  SkEvaluator *evaluator;       /* the plan's MKBA, reachability and conditions, live */
  guint n_evaluations;          /* plans submitted to it so far */
  SkMkbaPanel *mkba_panel;      /* the session file, from the first change on */
  GtkWidget *selection_group;  /* properties of the selected intervention */
  gboolean rebuilding_editor;  /* the fields of the old selection are being taken away */
  GtkBox *toolbox_box;
  GtkWidget *toolbox_placeholder;

  /* Facilities added during the session (sk-window-correction.c). */
  ShumateMarkerLayer *correction_layer;
  SkLatLon correction_at;      /* where "Hier is ook een…" was opened */
  GtkWidget *correction_row;   /* their number, in "Deze regio" */
  /* Over the map (sk-window-region.c). */
  SkPlaceSearch *place_search;
  GtkWidget *legend_button;

  /* "Past het hier?" (sk-window-fit.c). */
  SkFit *fit;                   /* the rules over this region; NULL without a toolbox */
  SkFitTint *fit_tint;          /* the spot under the pointer while placing */
  GtkWidget *fit_button;        /* "Waar past wat?" */
  ShumateMapLayer *fit_layer;   /* shown: the layer; NULL when off */
  SkFitLayerSource *fit_source; /* its tiles */
  char *fit_kind;               /* the kind last chosen in the toolbox */
  GtkWidget *fit_row;           /* weak: the selected idea's line, in its properties */
  gboolean fit_pointer_in;      /* the pointer or a finger is on the map, at: */
  double fit_x, fit_y;          /* map widget coordinates */

  /* Presentation mode (sk-window-present.c). */
  gboolean presenting;
  gboolean toolbox_was_revealed;
  gboolean indicators_were_revealed;
};

/* A hint over the map that replaces the previous one; MESSAGE NULL takes
 * the hint away. */
void sk_window_show_hint          (SkWindow           *self,
                                   const char         *message);

/* sk-window-ov.c: the "Met bus en trein" panel in the reachability
 * panel, the timetable and its import; the evaluator's figures in. */
void sk_window_ov_init            (SkWindow           *self);
void sk_window_ov_dispose         (SkWindow           *self);
void sk_window_ov_class_init      (GtkWidgetClass     *widget_class);
void sk_window_ov_evaluated       (SkWindow           *self,
                                   SkEvaluation       *evaluation);
void sk_window_ov_submitted       (SkWindow           *self);
void sk_window_ov_update_dots     (SkWindow           *self);
/* A session was opened or started: its own question, if it has one. */
void sk_window_ov_session_bound   (SkWindow           *self);

/* sk-window-plan.c */
void sk_window_plan_init          (SkWindow           *self);
void sk_window_plan_dispose       (SkWindow           *self);
void sk_window_plan_class_init    (GtkWidgetClass     *widget_class);

/* sk-window-plan.c: the shape an idea of GEOMETRY has on the map; an
 * error as a toast; after something was stored besides a plan command
 * (the history, the counts and the rings follow); a message as a toast. */
SkFeatureShape sk_window_shape_of (SkGeometry          geometry);
void     sk_window_show_error     (SkWindow           *self,
                                   GError             *error);
void     sk_window_on_session_changed (SkWindow       *self);
void     sk_window_on_session_error   (SkWindow       *self,
                                       const char     *message);

/* sk-window-selection.c: the properties of the selected idea, rebuilt;
 * and brought into view. */
void     sk_window_update_selection_editor (SkWindow  *self);
void     sk_window_show_selection_editor   (SkWindow  *self);

/* sk-window-plan-session.c: the session's rekenregels into its file; the
 * session of the last time opened; the session folded into its file. */
void     sk_window_save_mkba_settings  (SkWindow      *self);
void     sk_window_open_last_session   (SkWindow      *self);
void     sk_window_checkpoint_session  (SkWindow      *self);

/* sk-window-plan-session.c: a new session file in the user's data folder. */
void     sk_window_start_session  (SkWindow           *self);
/* sk-window-plan-session.c: shows the session in STORE instead of the current one. */
gboolean sk_window_show_store     (SkWindow           *self,
                                   SkStore            *store);

/* sk-window-plan.c: everything that shows the plan and the corrections,
 * after either changed. */
void sk_window_refresh            (SkWindow           *self);

/* sk-window-correction.c: the marker layer; following the session's
 * corrections; the map's "Hier is ook een…" at X, Y (or the details of
 * the added facility there); markers and the evaluator's corrections
 * brought up to date (now, or at the history's position). */
void sk_window_correction_init    (SkWindow           *self);
void sk_window_correction_bind    (SkWindow           *self);
void sk_window_correction_context (SkWindow           *self,
                                   double              x,
                                   double              y);
void sk_window_correction_update  (SkWindow           *self);

/* sk-window-plan.c: the ideas shown, with 3 km around; FALSE: none. */
gboolean sk_window_get_plan_bbox  (SkWindow           *self,
                                   SkBBox             *bbox);
/* sk-window.c: fits BBOX again and again while the map changes size
 * (presenting: full screen, panels beside the map), until it is stable. */
void sk_window_settle_on          (SkWindow           *self,
                                   const SkBBox       *bbox);

/* sk-window.c: shows BBOX (and fits it while the window settles). */
void sk_window_fit_bbox           (SkWindow           *self,
                                   const SkBBox       *bbox);

/* sk-window-session.c */
void sk_window_session_init       (SkWindow           *self);
void sk_window_session_class_init (GtkWidgetClass     *widget_class);

/* sk-window-region.c */
void sk_window_region_init        (SkWindow           *self);
void sk_window_region_class_init  (GtkWidgetClass     *widget_class);
/* sk-window-region.c: a session on another region than this window's
 * opens in a window of its own, on that region's map; NULL when the
 * session cannot be shown. */
SkWindow *sk_window_region_show_elsewhere (SkWindow   *self,
                                           SkRegion   *region,
                                           SkStore    *store);
/* sk-window-region.c: when STORE's session was made on another region
 * that is on this computer, shows it in a window of its own and returns
 * TRUE. */
gboolean  sk_window_region_show_if_other  (SkWindow   *self,
                                           SkStore    *store);

/* sk-window-replay.c: the banner and the clicker follow the history. */
void sk_window_replay_init        (SkWindow           *self);
void sk_window_replay_class_init  (GtkWidgetClass     *widget_class);
void sk_window_replay_update      (SkWindow           *self);

/* sk-window-touch.c: touch mode follows the session's kind of meeting. */
void sk_window_touch_init         (SkWindow           *self);
void sk_window_touch_update       (SkWindow           *self);
void sk_window_touch_zoom         (SkWindow           *self,
                                   int                 direction);

/* sk-window-fit.c: the tint while placing, the "Waar past wat?" layer,
 * the idea's line (NULL without rules) and the counts per verdict of the
 * ideas shown (after every change of the plan). */
void       sk_window_fit_init     (SkWindow           *self);
void       sk_window_fit_dispose  (SkWindow           *self);
GtkWidget *sk_window_fit_row      (SkWindow           *self,
                                   SkIntervention     *iv);
void       sk_window_fit_update   (SkWindow           *self);

/* sk-window-present.c */
/* sk-window-shape.c: places KIND_ID with POINTS. */
typedef void (*SkWindowPlaceFunc) (SkWindow       *self,
                                   const char     *kind_id,
                                   const SkLatLon *points,
                                   guint           n);
/* TRUE when a drawn shape can be placed as it is. FALSE when it is
 * refused (an outline crossing itself: a message says why) or when the
 * user is asked about its size; PLACE is then called with the answer. */
gboolean sk_window_check_shape    (SkWindow           *self,
                                   const char         *kind_id,
                                   const SkLatLon     *points,
                                   guint               n,
                                   SkWindowPlaceFunc   place);

void sk_window_present_init       (SkWindow           *self);
void sk_window_present_class_init (GtkWidgetClass     *widget_class);

G_END_DECLS
