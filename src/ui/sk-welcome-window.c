/* sk-welcome-window.c — the first-run welcome. */
#include "sk-config.h"
#include "sk-welcome-window.h"

#include <glib/gi18n.h>

struct _SkWelcomeWindow
{
  AdwWindow parent_instance;

  AdwCarousel *carousel;
  GtkButton *next_button;
  GtkButton *back_button;
};

G_DEFINE_FINAL_TYPE (SkWelcomeWindow, sk_welcome_window, ADW_TYPE_WINDOW)

guint
sk_welcome_window_get_n_pages (SkWelcomeWindow *self)
{
  g_return_val_if_fail (SK_IS_WELCOME_WINDOW (self), 0);
  return adw_carousel_get_n_pages (self->carousel);
}

guint
sk_welcome_window_get_page (SkWelcomeWindow *self)
{
  g_return_val_if_fail (SK_IS_WELCOME_WINDOW (self), 0);
  return (guint) (adw_carousel_get_position (self->carousel) + 0.5);
}

static void
update_buttons (SkWelcomeWindow *self)
{
  guint page = sk_welcome_window_get_page (self);
  gboolean last = page + 1 >= sk_welcome_window_get_n_pages (self);

  gtk_button_set_label (self->next_button, last ? _("_Beginnen") : _("_Volgende"));
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), page > 0);
}

static void
scroll_to (SkWelcomeWindow *self,
           guint            page)
{
  /* Straight there: no animation to wait for (and none in tests). */
  adw_carousel_scroll_to (self->carousel, adw_carousel_get_nth_page (self->carousel, page), FALSE);
  update_buttons (self);
}

void
sk_welcome_window_next (SkWelcomeWindow *self)
{
  guint page;

  g_return_if_fail (SK_IS_WELCOME_WINDOW (self));

  page = sk_welcome_window_get_page (self);
  if (page + 1 < sk_welcome_window_get_n_pages (self))
    {
      scroll_to (self, page + 1);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_back_clicked (SkWelcomeWindow *self)
{
  guint page = sk_welcome_window_get_page (self);

  if (page > 0)
    scroll_to (self, page - 1);
}

static void
on_page_changed (SkWelcomeWindow *self)
{
  update_buttons (self);
}

/* Closed in any way — the button, Escape, the window's ×: seen. */
static gboolean
sk_welcome_window_close_request (GtkWindow *window)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "welcome-shown", TRUE);
  return GTK_WINDOW_CLASS (sk_welcome_window_parent_class)->close_request (window);
}

static void
sk_welcome_window_class_init (SkWelcomeWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  GTK_WINDOW_CLASS (klass)->close_request = sk_welcome_window_close_request;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sk-welcome-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkWelcomeWindow, carousel);
  gtk_widget_class_bind_template_child (widget_class, SkWelcomeWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, SkWelcomeWindow, back_button);
  gtk_widget_class_bind_template_callback (widget_class, sk_welcome_window_next);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sk_welcome_window_init (SkWelcomeWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_buttons (self);
}

SkWelcomeWindow *
sk_welcome_window_new (GtkWindow *parent)
{
  return g_object_new (SK_TYPE_WELCOME_WINDOW, "transient-for", parent, "modal", TRUE, NULL);
}
