/* sk-region-manager.c — the regions on this computer. */
#include "sk-config.h"
#include "sk-region-manager.h"

#include <glib/gi18n.h>

#include "sk-region-installed.h"
#include "sk-region.h"

struct _SkRegionManager
{
  AdwWindow parent_instance;

  AdwPreferencesGroup *group;
  GPtrArray *rows;            /* the rows in the group, to take them out again */
  GPtrArray *names;           /* char *, in the order of the rows */
};

G_DEFINE_FINAL_TYPE (SkRegionManager, sk_region_manager, ADW_TYPE_WINDOW)

static void
show_problem (SkRegionManager *self,
              const char      *heading,
              const char      *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Sluiten"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_remove_response (AdwMessageDialog *dialog,
                    const char       *response,
                    SkRegionManager  *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "sk-region-id");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;
  if (!sk_region_installed_remove (id, &error))
    show_problem (self, _("De regio kan niet worden verwijderd"), error->message);
  sk_region_manager_refresh (self);
}

static char *
installed_name (const char *id)
{
  g_autoptr(GPtrArray) list = sk_region_list_installed ();

  for (guint i = 0; i < list->len; i++)
    {
      SkInstalledRegion *r = g_ptr_array_index (list, i);

      if (g_str_equal (r->id, id))
        return g_strdup (r->name);
    }
  return NULL;
}

AdwMessageDialog *
sk_region_manager_ask_remove (SkRegionManager *self,
                              const char      *id)
{
  g_autofree char *name = installed_name (id);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (SK_IS_REGION_MANAGER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  heading = g_strdup_printf (_("“%s” verwijderen?"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
    _("De regio gaat van deze computer af. Sessies op deze regio blijven bewaard, maar tonen "
      "haar kaart pas weer als u de regio opnieuw inleest.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Annuleren"), "remove", _("_Verwijderen"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sk-region-id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_rename_response (AdwMessageDialog *dialog,
                    const char       *response,
                    SkRegionManager  *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "sk-region-id");
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0)
    return;
  if (!sk_region_installed_set_name (id, gtk_editable_get_text (GTK_EDITABLE (entry)), &error))
    show_problem (self, _("De naam kan niet worden veranderd"), error->message);
  sk_region_manager_refresh (self);
}

AdwMessageDialog *
sk_region_manager_ask_rename (SkRegionManager *self,
                              const char      *id)
{
  g_autofree char *name = installed_name (id);
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  g_return_val_if_fail (SK_IS_REGION_MANAGER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Andere naam voor de regio"),
                                                       _("Zo heet de regio bij een nieuwe sessie.")));
  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Annuleren"), "rename", _("_Hernoemen"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "rename");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sk-region-id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
  return dialog;
}

static void
on_rename_clicked (GtkButton       *button,
                   SkRegionManager *self)
{
  sk_region_manager_ask_rename (self, g_object_get_data (G_OBJECT (button), "sk-region-id"));
}

static void
on_remove_clicked (GtkButton       *button,
                   SkRegionManager *self)
{
  sk_region_manager_ask_remove (self, g_object_get_data (G_OBJECT (button), "sk-region-id"));
}

static GtkWidget *
row_button (SkRegionManager *self,
            const char      *icon,
            const char      *tooltip,
            const char      *id,
            GCallback        callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "sk-region-id", g_strdup (id), g_free);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

static void
add_row (SkRegionManager *self,
         const char      *name,
         const char      *subtitle,
         const char      *id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (id != NULL)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button (self, "document-edit-symbolic", _("Andere naam geven"), id,
                                             G_CALLBACK (on_rename_clicked)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button (self, "user-trash-symbolic", _("Verwijderen"), id,
                                             G_CALLBACK (on_remove_clicked)));
    }
  adw_preferences_group_add (self->group, row);
  g_ptr_array_add (self->rows, row);
  g_ptr_array_add (self->names, g_strdup (name));
}

void
sk_region_manager_refresh (SkRegionManager *self)
{
  const char *const *embedded = sk_region_list_embedded ();
  g_autoptr(GPtrArray) installed = sk_region_list_installed ();

  g_return_if_fail (SK_IS_REGION_MANAGER (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->names, 0);
  for (guint i = 0; embedded[i] != NULL; i++)
    {
      g_autoptr(SkRegion) region = sk_region_load (embedded[i], NULL);

      if (region != NULL)
        add_row (self, sk_region_get_name (region), _("Ingebouwd: blijft altijd"), NULL);
    }
  for (guint i = 0; i < installed->len; i++)
    {
      SkInstalledRegion *r = g_ptr_array_index (installed, i);

      add_row (self, r->name, _("Ingelezen uit een OpenStreetMap-bestand"), r->id);
    }
}

GStrv
sk_region_manager_dup_names (SkRegionManager *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (SK_IS_REGION_MANAGER (self), NULL);

  for (guint i = 0; i < self->names->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->names, i));
  return g_strv_builder_end (builder);
}

static void
on_new_clicked (SkRegionManager *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.import-region", NULL);
}

/* Back from the import dialog (or elsewhere): the list may have changed. */
static void
on_active_changed (SkRegionManager *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    sk_region_manager_refresh (self);
}

static void
sk_region_manager_finalize (GObject *object)
{
  SkRegionManager *self = SK_REGION_MANAGER (object);

  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->names);
  G_OBJECT_CLASS (sk_region_manager_parent_class)->finalize (object);
}

static void
sk_region_manager_class_init (SkRegionManagerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_region_manager_finalize;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sk_region_manager_init (SkRegionManager *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Nieuwe regio…"));
  GtkWidget *page = adw_preferences_page_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Regio's"));
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 480);
  gtk_widget_set_tooltip_text (add, _("Een regio inlezen uit een OpenStreetMap-bestand"));
  gtk_widget_add_css_class (add, "suggested-action");
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_new_clicked), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), add);
  gtk_box_append (GTK_BOX (box), header);
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_description (self->group,
    _("De regio's op deze computer. Bij een nieuwe sessie kiest u er een."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->group);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  self->rows = g_ptr_array_new ();
  self->names = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_changed), NULL);
  sk_region_manager_refresh (self);
}

SkRegionManager *
sk_region_manager_new (GtkWindow *parent)
{
  return g_object_new (SK_TYPE_REGION_MANAGER, "transient-for", parent, "modal", TRUE, NULL);
}
