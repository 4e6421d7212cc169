/* sk-region-import-dialog.h — "Nieuwe regio uit OpenStreetMap-bestand":
 * choose an extract, draw the area on the map, read it in a worker thread
 * with a progress bar and Annuleren. The region lands in the user data
 * folder (sk-region-installed.h). */
#pragma once

#include <adwaita.h>
#include <shumate/shumate.h>

#include "sk-area-layer.h"

G_BEGIN_DECLS

#define SK_TYPE_REGION_IMPORT_DIALOG (sk_region_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkRegionImportDialog, sk_region_import_dialog, SK, REGION_IMPORT_DIALOG, AdwWindow)

/* The map starts at LAT, LON (WGS84 degrees) and ZOOM, with SOURCE as its
 * base map. Emits "imported" (id, name) when a region was made; "failed"
 * (message) when an import stopped, after which the dialog shows the
 * message and can be tried again. */
SkRegionImportDialog *sk_region_import_dialog_new         (GtkWindow            *parent,
                                                           ShumateMapSource     *source,
                                                           double                lat,
                                                           double                lon,
                                                           double                zoom);
void                  sk_region_import_dialog_set_file    (SkRegionImportDialog *self,
                                                           const char           *path);
void                  sk_region_import_dialog_set_name    (SkRegionImportDialog *self,
                                                           const char           *name);
SkAreaLayer          *sk_region_import_dialog_get_area    (SkRegionImportDialog *self);
/* "Inlezen": starts the import of the chosen file and area. */
void                  sk_region_import_dialog_start       (SkRegionImportDialog *self);
void                  sk_region_import_dialog_cancel      (SkRegionImportDialog *self);
gboolean              sk_region_import_dialog_is_running  (SkRegionImportDialog *self);
/* The message on the first page, or NULL. */
const char           *sk_region_import_dialog_get_error   (SkRegionImportDialog *self);

G_END_DECLS
