/* sk-test-ui.h — finding widgets in the UI tests, as a user finds them:
 * by name, by type, or by any test, depth first. */
#pragma once

#include <gtk/gtk.h>

#include "sk-window.h"

G_BEGIN_DECLS

typedef gboolean (*SkTestWidgetMatch) (GtkWidget     *widget,
                                       gconstpointer  data);

/* The first widget under ROOT (ROOT included) that MATCH accepts, or NULL. */
GtkWidget *sk_test_find_widget (GtkWidget         *root,
                                SkTestWidgetMatch  match,
                                gconstpointer      data);
/* The first widget named NAME (gtk_widget_set_name, "name" in .ui). */
GtkWidget *sk_test_find_named  (GtkWidget         *root,
                                const char        *name);
/* The first widget of TYPE. */
GtkWidget *sk_test_find_type   (GtkWidget         *root,
                                GType              type);

/* With SK_TEST_SHOT_DIR set, a screenshot of the X screen (ImageMagick's
 * import) as DIR/NAME.png, to look at what a test did; else nothing. */
void       sk_test_ui_shot     (const char        *name);

/* The app's style sheet and icons, as AdwApplication loads them from the
 * resources: windows made without the application look as in the app. */
void       sk_test_ui_load_style (void);

/* Gives this test program data, config and cache folders of its own,
 * new and empty (XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME under one
 * temporary folder named after NAME), so that no test depends on the
 * sessions and regions other tests left behind. Call it first in main(),
 * before GLib reads these variables; remove the returned folder with
 * sk_test_tmpdir_remove() when the tests are done. */
char      *sk_test_ui_fresh_home (const char *name);

/* A main window on the Reestdal with no earlier session (a fresh start),
 * shown at WIDTH × HEIGHT and given 300 ms to take its size. */
SkWindow  *sk_test_ui_open_window (int width,
                                   int height);

G_END_DECLS
