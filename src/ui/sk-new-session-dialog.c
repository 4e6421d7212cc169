/* sk-new-session-dialog.c — "Nieuwe sessie": title, place, format, region. */
#include "sk-config.h"
#include "sk-new-session-dialog.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "sk-region-installed.h"
#include "sk-report-private.h"
#include "sk-resources.h"

struct _SkNewSessionDialog
{
  AdwWindow parent_instance;

  AdwEntryRow *title_row;
  AdwEntryRow *place_row;
  GtkLabel *error_label;
  GtkToggleButton *kitchen_toggle;
  GtkToggleButton *atelier_toggle;
  GtkToggleButton *presentation_toggle;
  AdwComboRow *region_row;

  GPtrArray *regions;   /* SkRegion, in the order of region_row's model; NULL until needed */
  GPtrArray *sources;   /* what sk_region_load() loads each from */
  gboolean responded;
};

G_DEFINE_FINAL_TYPE (SkNewSessionDialog, sk_new_session_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_RESPONSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
sk_new_session_dialog_dup_title (SkNewSessionDialog *self)
{
  g_return_val_if_fail (SK_IS_NEW_SESSION_DIALOG (self), NULL);
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
}

char *
sk_new_session_dialog_dup_place (SkNewSessionDialog *self)
{
  g_return_val_if_fail (SK_IS_NEW_SESSION_DIALOG (self), NULL);
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->place_row))));
}

void
sk_new_session_dialog_set_title (SkNewSessionDialog *self,
                                 const char         *title)
{
  g_return_if_fail (SK_IS_NEW_SESSION_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
}

void
sk_new_session_dialog_set_place (SkNewSessionDialog *self,
                                 const char         *place)
{
  g_return_if_fail (SK_IS_NEW_SESSION_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->place_row), place != NULL ? place : "");
}

const char *
sk_new_session_dialog_get_format (SkNewSessionDialog *self)
{
  g_return_val_if_fail (SK_IS_NEW_SESSION_DIALOG (self), NULL);

  if (gtk_toggle_button_get_active (self->atelier_toggle))
    return "atelier";
  if (gtk_toggle_button_get_active (self->presentation_toggle))
    return "presentatie";
  return "keukentafelgesprek";
}

void
sk_new_session_dialog_set_format (SkNewSessionDialog *self,
                                  const char         *format)
{
  GtkToggleButton *toggle = self->kitchen_toggle;

  g_return_if_fail (SK_IS_NEW_SESSION_DIALOG (self));

  if (g_strcmp0 (format, "atelier") == 0)
    toggle = self->atelier_toggle;
  else if (g_strcmp0 (format, "presentatie") == 0)
    toggle = self->presentation_toggle;
  gtk_toggle_button_set_active (toggle, TRUE);
}

SkRegion *
sk_new_session_dialog_get_region (SkNewSessionDialog *self)
{
  guint i;

  g_return_val_if_fail (SK_IS_NEW_SESSION_DIALOG (self), NULL);

  i = adw_combo_row_get_selected (self->region_row);
  if (i >= self->regions->len)
    return NULL;
  /* An imported region is loaded when it is chosen, not to fill the list. */
  if (g_ptr_array_index (self->regions, i) == NULL)
    g_ptr_array_index (self->regions, i) = sk_region_load (g_ptr_array_index (self->sources, i), NULL);
  return g_ptr_array_index (self->regions, i);
}

const char *
sk_new_session_dialog_get_region_id (SkNewSessionDialog *self)
{
  SkRegion *region = sk_new_session_dialog_get_region (self);

  return region != NULL ? sk_region_get_id (region) : NULL;
}

void
sk_new_session_dialog_show_error (SkNewSessionDialog *self,
                                  const char         *message)
{
  g_return_if_fail (SK_IS_NEW_SESSION_DIALOG (self));

  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

const char *
sk_new_session_dialog_get_error (SkNewSessionDialog *self)
{
  g_return_val_if_fail (SK_IS_NEW_SESSION_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_text (self->error_label);
}

void
sk_new_session_dialog_accept (SkNewSessionDialog *self)
{
  g_autofree char *title = NULL;

  g_return_if_fail (SK_IS_NEW_SESSION_DIALOG (self));

  title = sk_new_session_dialog_dup_title (self);
  if (*title == '\0')
    {
      sk_new_session_dialog_show_error (self, _("Geef de sessie een naam, zodat u haar later terugvindt."));
      gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return;
    }
  if (sk_new_session_dialog_get_region (self) == NULL)
    {
      sk_new_session_dialog_show_error (self, _("Deze regio kan niet worden geladen. Kies een andere, "
                                                "of lees haar opnieuw in via het hoofdmenu."));
      return;
    }
  sk_new_session_dialog_show_error (self, NULL);
  self->responded = TRUE;
  g_signal_emit (self, signals[SIGNAL_RESPONSE], 0, GTK_RESPONSE_ACCEPT);
}

static void
on_cancel_clicked (SkNewSessionDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_title_changed (SkNewSessionDialog *self)
{
  g_autofree char *title = sk_new_session_dialog_dup_title (self);

  if (*title == '\0')
    return;
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
  sk_new_session_dialog_show_error (self, NULL);
}

/* Closing without "Beginnen" is cancelling. */
static gboolean
sk_new_session_dialog_close_request (GtkWindow *window)
{
  SkNewSessionDialog *self = SK_NEW_SESSION_DIALOG (window);

  if (!self->responded)
    {
      self->responded = TRUE;
      g_signal_emit (self, signals[SIGNAL_RESPONSE], 0, GTK_RESPONSE_CANCEL);
    }
  return GTK_WINDOW_CLASS (sk_new_session_dialog_parent_class)->close_request (window);
}

SkStore *
sk_new_session_dialog_create_store (SkNewSessionDialog *self,
                                    const char         *dir,
                                    GError            **error)
{
  g_autofree char *default_dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;
  g_autofree char *place = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  SkRegion *region;
  SkStoreMetadata metadata = { 0 };

  g_return_val_if_fail (SK_IS_NEW_SESSION_DIALOG (self), NULL);

  region = sk_new_session_dialog_get_region (self);
  if (dir == NULL)
    dir = default_dir = g_build_filename (g_get_user_data_dir (), "samenkaart", "sessies", NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("De map “%s” voor sessies kan niet worden gemaakt: %s"), dir, g_strerror (saved));
      return NULL;
    }
  title = sk_new_session_dialog_dup_title (self);
  place = sk_new_session_dialog_dup_place (self);
  path = sk_store_suggest_path (dir, title, date);
  metadata.title = title;
  metadata.place = *place != '\0' ? place : NULL;
  metadata.date = date;
  metadata.format = (char *) sk_new_session_dialog_get_format (self);
  metadata.region_id = region != NULL ? (char *) sk_region_get_id (region) : NULL;
  metadata.region_hash = region != NULL ? (char *) sk_region_get_content_hash (region) : NULL;
  return sk_store_create (path, &metadata, error);
}

static void
add_region (SkNewSessionDialog *self,
            SkRegion           *region,
            const char         *source,
            const char         *label,
            GtkStringList      *model)
{
  g_ptr_array_add (self->regions, region != NULL ? g_object_ref (region) : NULL);
  g_ptr_array_add (self->sources, g_strdup (source));
  gtk_string_list_append (model, label);
}

/* The region on screen first, then the built-in ones, then those the user
 * imported (sk-region-installed.h). */
static void
fill_regions (SkNewSessionDialog *self,
              SkRegion           *current)
{
  const char *const *names = sk_region_list_embedded ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) installed = sk_region_list_installed ();
  const char *current_id = current != NULL ? sk_region_get_id (current) : NULL;

  if (current != NULL)
    add_region (self, current, current_id, sk_region_get_name (current), model);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(SkRegion) region = NULL;

      if (g_strcmp0 (names[i], current_id) == 0)
        continue;
      /* A built-in region that does not load is left out, not shown broken. */
      region = sk_region_load (names[i], NULL);
      if (region != NULL)
        add_region (self, region, names[i], sk_region_get_name (region), model);
    }
  for (guint i = 0; i < installed->len; i++)
    {
      SkInstalledRegion *r = g_ptr_array_index (installed, i);

      if (g_strcmp0 (r->id, current_id) != 0)
        add_region (self, NULL, r->path, r->name, model);
    }
  adw_combo_row_set_model (self->region_row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (self->region_row, 0);
}

static void
unref_if_any (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
sk_new_session_dialog_finalize (GObject *object)
{
  SkNewSessionDialog *self = SK_NEW_SESSION_DIALOG (object);

  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  G_OBJECT_CLASS (sk_new_session_dialog_parent_class)->finalize (object);
}

static void
sk_new_session_dialog_class_init (SkNewSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sk_new_session_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = sk_new_session_dialog_close_request;

  /* GTK_RESPONSE_ACCEPT ("Beginnen", with a title) or GTK_RESPONSE_CANCEL. */
  signals[SIGNAL_RESPONSE] =
    g_signal_new ("response", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  /* Referencing the resource keeps it (and its registration) linked in. */
  (void) sk_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/sk-new-session-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkNewSessionDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, SkNewSessionDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, SkNewSessionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SkNewSessionDialog, kitchen_toggle);
  gtk_widget_class_bind_template_child (widget_class, SkNewSessionDialog, atelier_toggle);
  gtk_widget_class_bind_template_child (widget_class, SkNewSessionDialog, presentation_toggle);
  gtk_widget_class_bind_template_child (widget_class, SkNewSessionDialog, region_row);
  gtk_widget_class_bind_template_callback (widget_class, sk_new_session_dialog_accept);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sk_new_session_dialog_init (SkNewSessionDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *date = sk_report_format_date (iso);
  g_autofree char *title = g_strdup_printf (_("Sessie van %s"), date);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->regions = g_ptr_array_new_with_free_func (unref_if_any);
  self->sources = g_ptr_array_new_with_free_func (g_free);
  gtk_toggle_button_set_active (self->kitchen_toggle, TRUE);
  sk_new_session_dialog_set_title (self, title);
}

SkNewSessionDialog *
sk_new_session_dialog_new (GtkWindow *parent,
                           SkRegion  *region)
{
  SkNewSessionDialog *self;

  g_return_val_if_fail (region == NULL || SK_IS_REGION (region), NULL);

  self = g_object_new (SK_TYPE_NEW_SESSION_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  fill_regions (self, region);
  return self;
}
