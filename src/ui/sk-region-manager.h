/* sk-region-manager.h — "Regio's beheren": the built-in and imported
 * regions; an imported one can be renamed or removed (after a question),
 * the built-in one cannot. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_REGION_MANAGER (sk_region_manager_get_type ())
G_DECLARE_FINAL_TYPE (SkRegionManager, sk_region_manager, SK, REGION_MANAGER, AdwWindow)

SkRegionManager  *sk_region_manager_new        (GtkWindow       *parent);
/* Reads the list of regions again. */
void              sk_region_manager_refresh    (SkRegionManager *self);
/* The names in the list, in order. */
GStrv             sk_region_manager_dup_names  (SkRegionManager *self);
/* The question before removing region ID ("remove" or "cancel"), shown. */
AdwMessageDialog *sk_region_manager_ask_remove (SkRegionManager *self,
                                                const char      *id);
/* The question for a new name of region ID ("rename" or "cancel"), shown;
 * its GtkEntry is the extra child. */
AdwMessageDialog *sk_region_manager_ask_rename (SkRegionManager *self,
                                                const char      *id);

G_END_DECLS
