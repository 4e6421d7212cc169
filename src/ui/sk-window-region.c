/* sk-window-region.c — the window's regions: a new region from an
 * OpenStreetMap extract, the region manager, "Zoek een plaats of straat"
 * and the legend over the map. */
#include "sk-config.h"

#include <glib/gi18n.h>

#include "sk-legend.h"
#include "sk-place-search.h"
#include "sk-region-import-dialog.h"
#include "sk-region-installed.h"
#include "sk-region-manager.h"
#include "sk-window-private.h"

static void
on_region_imported (SkRegionImportDialog *dialog,
                    const char           *id,
                    const char           *name,
                    SkWindow             *self)
{
  g_autofree char *text = g_strdup_printf (_("De regio “%s” staat klaar. U kiest haar bij Nieuwe sessie."),
                                           name);

  sk_window_show_toast (self, text);
}

/* Over the region manager when that is open, else over the window. */
static GtkWindow *
dialog_parent (SkWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GtkWindow *active = app != NULL ? gtk_application_get_active_window (app) : NULL;

  if (SK_IS_REGION_MANAGER (active))
    return active;
  return GTK_WINDOW (self);
}

static void
import_region_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  ShumateMap *map = shumate_simple_map_get_map (self->map);
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  SkRegionImportDialog *dialog;

  /* The dialog's map starts where the window's map is, on the same base map. */
  dialog = sk_region_import_dialog_new (dialog_parent (self), shumate_simple_map_get_map_source (self->map),
                                        shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                                        shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                                        MAX (shumate_viewport_get_zoom_level (viewport) - 1, 7));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_region_imported), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
manage_regions_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (sk_region_manager_new (GTK_WINDOW (widget))));
}

static void
find_place_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (sk_place_search_get_entry (self->place_search)));
}

void
sk_window_region_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-region", NULL, import_region_action);
  gtk_widget_class_install_action (widget_class, "win.manage-regions", NULL, manage_regions_action);
  gtk_widget_class_install_action (widget_class, "win.find-place", NULL, find_place_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.find-place", NULL);
}

SkWindow *
sk_window_region_show_elsewhere (SkWindow *self,
                                 SkRegion *region,
                                 SkStore  *store)
{
  SkWindow *other = sk_window_new (gtk_window_get_application (GTK_WINDOW (self)), region);
  g_autofree char *installed = NULL;

  if (!sk_window_show_store (other, store))
    {
      gtk_window_destroy (GTK_WINDOW (other));
      return NULL;
    }
  /* The next start opens this region again, with this session; an
   * imported one by its folder, as an id alone could also name a folder
   * where the program is started. */
  installed = sk_region_installed_path (sk_region_get_id (region));
  g_settings_set_string (self->settings, "region", installed != NULL ? installed : sk_region_get_id (region));
  gtk_window_present (GTK_WINDOW (other));
  return other;
}

gboolean
sk_window_region_show_if_other (SkWindow *self,
                                SkStore  *store)
{
  const char *id = sk_store_get_metadata (store)->region_id;
  g_autofree char *installed = NULL;
  g_autoptr(SkRegion) region = NULL;

  if (id == NULL || g_str_equal (id, sk_region_get_id (self->region)))
    return FALSE;
  /* Only a built-in or an installed region, never a folder that happens
   * to have the id's name where the program runs. */
  installed = sk_region_installed_path (id);
  if (installed != NULL)
    region = sk_region_load (installed, NULL);
  else if (g_strv_contains (sk_region_list_embedded (), id))
    region = sk_region_load (id, NULL);
  /* A region that is gone: the session opens here, and the window says so. */
  if (region == NULL || g_strcmp0 (sk_region_get_id (region), id) != 0)
    return FALSE;
  return sk_window_region_show_elsewhere (self, region, store) != NULL;
}

/* The map was moved on purpose: it no longer fits the region by itself. */
static void
on_place_chosen (SkWindow *self)
{
  self->user_moved = TRUE;
}

/* The search top left over the map, the legend button bottom right (the
 * zoom buttons are top right, the hints bottom centre). */
void
sk_window_region_init (SkWindow *self)
{
  GtkOverlay *overlay = GTK_OVERLAY (gtk_widget_get_parent (GTK_WIDGET (self->map)));
  ShumateMap *map = shumate_simple_map_get_map (self->map);

  self->place_search = sk_place_search_new (self->region, map);
  gtk_widget_set_halign (GTK_WIDGET (self->place_search), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self->place_search), GTK_ALIGN_START);
  gtk_widget_set_size_request (GTK_WIDGET (self->place_search), 300, -1);
  gtk_widget_set_margin_top (GTK_WIDGET (self->place_search), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->place_search), 12);
  gtk_overlay_add_overlay (overlay, GTK_WIDGET (self->place_search));
  g_signal_connect_object (self->place_search, "chosen", G_CALLBACK (on_place_chosen), self,
                           G_CONNECT_SWAPPED);

  self->legend_button = sk_legend_button_new ();
  gtk_widget_set_halign (self->legend_button, GTK_ALIGN_END);
  gtk_widget_set_valign (self->legend_button, GTK_ALIGN_END);
  gtk_widget_set_margin_end (self->legend_button, 12);
  gtk_widget_set_margin_bottom (self->legend_button, 36);
  gtk_overlay_add_overlay (overlay, self->legend_button);
}
