/* sk-test-ui.c — finding widgets in the UI tests. */
#include "sk-test-ui.h"

GtkWidget *
sk_test_find_widget (GtkWidget         *root,
                     SkTestWidgetMatch  match,
                     gconstpointer      data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sk_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_name (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

GtkWidget *
sk_test_find_named (GtkWidget  *root,
                    const char *name)
{
  return sk_test_find_widget (root, has_name, name);
}

static gboolean
has_type (GtkWidget     *widget,
          gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, (GType) GPOINTER_TO_SIZE (type));
}

GtkWidget *
sk_test_find_type (GtkWidget *root,
                   GType      type)
{
  return sk_test_find_widget (root, has_type, GSIZE_TO_POINTER (type));
}
