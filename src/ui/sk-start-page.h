/* sk-start-page.h — what people see first: a big "Nieuwe sessie" button,
 * "Openen…", and the sessions made before, newest first, each with a
 * small map of its plan, its title, place, date, format and number of
 * ideas. Files that cannot be read are listed greyed with the reason.
 *
 * The sessions are the *.samenkaart files in
 * $XDG_DATA_HOME/samenkaart/sessies/ plus any extra paths (recent files
 * opened elsewhere). Every file is opened read-only and never changed.
 * The maps are drawn in worker threads, so the page shows at once.
 */
#pragma once

#include <adwaita.h>

#include "sk-region.h"
#include "sk-toolbox.h"

G_BEGIN_DECLS

#define SK_TYPE_START_PAGE (sk_start_page_get_type ())
G_DECLARE_FINAL_TYPE (SkStartPage, sk_start_page, SK, START_PAGE, AdwBin)

/* REGION draws the maps of sessions in that region (others load their
 * own region by id when built in); TOOLBOX colours the ideas. */
SkStartPage *sk_start_page_new                 (SkRegion           *region,
                                                SkToolbox          *toolbox);
/* Files to list besides the sessions folder (NULL: none); files that no
 * longer exist are left out. Reloads. */
void         sk_start_page_set_extra_paths     (SkStartPage        *self,
                                                const char * const *paths);
/* Reads the folder and the extra paths again; cancels maps still being
 * drawn. Call it each time the page is shown. */
void         sk_start_page_reload              (SkStartPage        *self);
/* The number of files listed, readable or not. */
guint        sk_start_page_get_n_sessions      (SkStartPage        *self);
/* The path of the listed file at POSITION (newest first), or NULL. */
const char  *sk_start_page_get_session_path    (SkStartPage        *self,
                                                guint               position);
/* The number of maps still being drawn (tests wait for 0). */
guint        sk_start_page_get_n_pending       (SkStartPage        *self);
/* The folder new sessions go in: $XDG_DATA_HOME/samenkaart/sessies. */
char        *sk_start_page_dup_sessions_dir    (void);

G_END_DECLS
