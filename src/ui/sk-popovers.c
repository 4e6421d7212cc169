/* sk-popovers.c — popovers that behave.
 *
 * No tooltip over an open menu or popover:
 * Every popover maps and unmaps through GtkWidget::map/::unmap; one hook
 * on each, for all popovers of the process, turns the tooltip of the
 * widget the popover belongs to off while it is open and asks GTK to look
 * at the tooltip under the pointer again (which hides the one shown). */
#include "sk-popovers.h"

#define QUIETED "sk-tooltip-quieted"

static gboolean
on_popover_mapped (GSignalInvocationHint *hint,
                   guint                  n_params,
                   const GValue          *params,
                   gpointer               data)
{
  GObject *instance = g_value_get_object (&params[0]);
  gboolean open = GPOINTER_TO_INT (data);
  GtkWidget *owner;

  if (!GTK_IS_POPOVER (instance) || (owner = gtk_widget_get_parent (GTK_WIDGET (instance))) == NULL)
    return TRUE;
  if (open && gtk_widget_get_has_tooltip (owner))
    {
      g_object_set_data (G_OBJECT (owner), QUIETED, GINT_TO_POINTER (TRUE));
      gtk_widget_set_has_tooltip (owner, FALSE);
      gtk_widget_trigger_tooltip_query (owner);
    }
  else if (!open && g_object_get_data (G_OBJECT (owner), QUIETED) != NULL)
    {
      g_object_set_data (G_OBJECT (owner), QUIETED, NULL);
      gtk_widget_set_has_tooltip (owner, TRUE);
    }
  return TRUE;   /* stay for every popover to come */
}

void
sk_tooltips_quiet_under_popovers (void)
{
  static gsize installed;

  if (!g_once_init_enter (&installed))
    return;
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_popover_mapped,
                              GINT_TO_POINTER (TRUE), NULL);
  g_signal_add_emission_hook (g_signal_lookup ("unmap", GTK_TYPE_WIDGET), 0, on_popover_mapped,
                              GINT_TO_POINTER (FALSE), NULL);
  g_once_init_leave (&installed, 1);
}

/* Also for a menu: GtkModelButton closes its popover before it runs the
 * action, and an unparented menu item finds no "win." actions: the menu
 * leaves its parent only after the click is handled. */
static gboolean
unparent_popover (gpointer data)
{
  g_autoptr(GtkWidget) popover = data;

  if (gtk_widget_get_parent (popover) != NULL)
    gtk_widget_unparent (popover);
  return G_SOURCE_REMOVE;
}

/* The widget it belongs to goes first (a window closed at once): a widget
 * takes its children away when it is destroyed. */
static void
on_owner_destroy (GtkWidget *owner,
                  GtkWidget *popover)
{
  if (gtk_widget_get_parent (popover) == owner)
    gtk_widget_unparent (popover);
}

static void
on_closed (GtkPopover *popover)
{
  GtkWidget *owner = gtk_widget_get_parent (GTK_WIDGET (popover));

  /* Default priority: a busy map (frames, tiles) would starve an idle. */
  g_idle_add_full (G_PRIORITY_DEFAULT, unparent_popover, g_object_ref (popover), NULL);
  if (owner != NULL)
    g_signal_connect_object (owner, "destroy", G_CALLBACK (on_owner_destroy), popover, 0);
}

void
sk_popover_unparent_when_closed (GtkWidget *popover)
{
  g_return_if_fail (GTK_IS_POPOVER (popover));
  g_signal_connect (popover, "closed", G_CALLBACK (on_closed), NULL);
}
