/* sk-application.h — the Samenkaart application. */
#pragma once

#include <adwaita.h>

#include "sk-region.h"

G_BEGIN_DECLS

#define SK_TYPE_APPLICATION (sk_application_get_type ())
G_DECLARE_FINAL_TYPE (SkApplication, sk_application, SK, APPLICATION, AdwApplication)

SkApplication *sk_application_new          (void);
/* The region WANTED (a file or a built-in name), or the built-in Reestdal
 * when WANTED cannot be loaded; *problem then says why, for a dialog. */
SkRegion      *sk_application_load_region (const char  *wanted,
                                           char       **problem);

G_END_DECLS
