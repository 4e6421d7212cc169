/* sk-test-ui.h — finding widgets in the UI tests, as a user finds them:
 * by name, by type, or by any test, depth first. */
#pragma once

#include <gtk/gtk.h>

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

G_END_DECLS
