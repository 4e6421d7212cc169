/* sk-window.h — the main window: the map with the toolbox and indicator
 * panels beside it. */
#pragma once

#include <adwaita.h>
#include <shumate/shumate.h>

#include "sk-base-map-source.h"
#include "sk-map-editor.h"
#include "sk-mkba-panel.h"
#include "sk-palette.h"
#include "sk-plan-layer.h"
#include "sk-plan.h"
#include "sk-reach-panel.h"
#include "sk-fit-layer.h"
#include "sk-fit-tint.h"
#include "sk-history-view.h"
#include "sk-session.h"
#include "sk-region.h"

G_BEGIN_DECLS

#define SK_TYPE_WINDOW (sk_window_get_type ())
G_DECLARE_FINAL_TYPE (SkWindow, sk_window, SK, WINDOW, AdwApplicationWindow)

SkWindow           *sk_window_new                 (GtkApplication *application,
                                                   SkRegion       *region);
/* Opens the map at this zoom instead of fitting the whole region. */
void                sk_window_set_start_zoom      (SkWindow       *self,
                                                   double          zoom);
SkRegion           *sk_window_get_region          (SkWindow       *self);
ShumateSimpleMap   *sk_window_get_map             (SkWindow       *self);
ShumateMarkerLayer *sk_window_get_kern_layer      (SkWindow       *self);
SkPlan             *sk_window_get_plan            (SkWindow       *self);
SkMapEditor        *sk_window_get_editor          (SkWindow       *self);
/* The file dialog the window has open (open, save a copy, report, exports),
 * or NULL. */
GtkFileChooserNative *sk_window_get_file_chooser  (SkWindow       *self);
SkPlanLayer        *sk_window_get_plan_layer      (SkWindow       *self);
/* How many plans the window handed to its evaluator so far (one per edit). */
guint               sk_window_get_n_evaluations   (SkWindow       *self);
SkMkbaPanel        *sk_window_get_mkba_panel      (SkWindow       *self);
SkPalette          *sk_window_get_palette         (SkWindow       *self);
SkReachPanel       *sk_window_get_reach_panel     (SkWindow       *self);
/* The session shown; NULL before anything is placed or opened. */
SkSession          *sk_window_get_session         (SkWindow       *self);
/* The history of the session shown; NULL before there is a session. */
SkHistoryView      *sk_window_get_history_view    (SkWindow       *self);
SkBaseMapSource    *sk_window_get_base_map        (SkWindow       *self);
/* Shows the session in the file at PATH instead of the current one; a
 * file that cannot be opened gets a dialog and changes nothing. */
gboolean            sk_window_open_session        (SkWindow       *self,
                                                   const char     *path);
/* Presentation mode: full screen, large type, panels over the map. */
/* Touch mode: the session shown is an atelier (a touch table). */
gboolean            sk_window_get_touch           (SkWindow       *self);
gboolean            sk_window_get_presenting      (SkWindow       *self);
void                sk_window_set_presenting      (SkWindow       *self,
                                                   gboolean        presenting);
/* The start page: recent sessions, a new one, open a file. */
void                sk_window_show_start          (SkWindow       *self);
gboolean            sk_window_get_showing_start   (SkWindow       *self);
/* The start page when there are sessions to go on with. */
void                sk_window_show_start_if_any   (SkWindow       *self);
/* Brings the ideas, comments and votes of the sessions at PATHS (NULL-
 * terminated; read, never changed) into the session shown. */
gboolean            sk_window_merge_sessions      (SkWindow       *self,
                                                   const char * const *paths,
                                                   GError        **error);
/* The map view as on screen, with the plan, as a PNG at PATH. */
gboolean            sk_window_export_png          (SkWindow       *self,
                                                   const char     *path,
                                                   GError        **error);
/* Reads the GTFS feed FEED (a .zip or a folder) into the window's region,
 * with progress and Annuleren; what "Dienstregeling inlezen (GTFS)…"
 * does once a file is chosen. */
void                sk_window_ov_import           (SkWindow       *self,
                                                   GFile          *feed);
void                sk_window_show_toast          (SkWindow       *self,
                                                   const char     *message);
/* "Past het hier?": the spot under the pointer while placing, and the
 * tiles of the "Waar past wat?" layer (NULL while it is off). */
SkFitTint          *sk_window_get_fit_tint        (SkWindow       *self);
SkFitLayerSource   *sk_window_get_fit_layer_source (SkWindow      *self);

G_END_DECLS
