/* sk-region-import-dialog.c — a region from the user's own OpenStreetMap
 * extract: the file, the area on the map, then a progress bar. */
#include "sk-config.h"
#include "sk-region-import-dialog.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sk-format.h"
#include "sk-osm.h"
#include "sk-region-import.h"
#include "sk-region-installed.h"
#include "sk-resources.h"

struct _SkRegionImportDialog
{
  AdwWindow parent_instance;

  AdwActionRow *file_row;
  AdwEntryRow *name_row;
  GtkToggleButton *draw_toggle;
  GtkWidget *clear_button;
  GtkLabel *area_label;
  ShumateSimpleMap *map;
  GtkLabel *error_label;
  GtkStack *stack;
  GtkWidget *import_button;
  GtkWidget *close_button;
  GtkProgressBar *progress_bar;
  GtkLabel *progress_label;

  SkAreaLayer *area_layer;
  char *extract;               /* the chosen file, or NULL */
  GCancellable *cancellable;   /* of the import under way, or NULL */
  gboolean disposed;           /* closed while the worker still ran */
};

G_DEFINE_FINAL_TYPE (SkRegionImportDialog, sk_region_import_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (SkRegionImportDialog *self,
            const char           *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

const char *
sk_region_import_dialog_get_error (SkRegionImportDialog *self)
{
  g_return_val_if_fail (SK_IS_REGION_IMPORT_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_text (self->error_label);
}

static char *
dup_name (SkRegionImportDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
}

static void
update_import_button (SkRegionImportDialog *self)
{
  g_autofree char *name = dup_name (self);

  gtk_widget_set_sensitive (self->import_button,
                            self->extract != NULL && *name != '\0' && self->cancellable == NULL);
}

/* "liechtenstein-latest.osm.pbf" → "liechtenstein": a first name the
 * user can change. */
static char *
name_from_file (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  static const char *const tails[] = { ".osm.pbf", ".pbf", ".osm", "-latest" };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    if (g_str_has_suffix (base, tails[i]))
      base[strlen (base) - strlen (tails[i])] = '\0';
  return g_steal_pointer (&base);
}

void
sk_region_import_dialog_set_file (SkRegionImportDialog *self,
                                  const char           *path)
{
  g_autofree char *base = NULL;
  g_autofree char *size = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;

  g_return_if_fail (SK_IS_REGION_IMPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  g_free (self->extract);
  self->extract = g_strdup (path);
  base = g_path_get_basename (path);
  size = g_format_size (g_stat (path, &st) == 0 ? (guint64) st.st_size : 0);
  subtitle = g_strdup_printf ("%s (%s)", base, size);
  adw_action_row_set_subtitle (self->file_row, subtitle);
  name = dup_name (self);
  if (*name == '\0')
    {
      g_autofree char *suggested = name_from_file (path);

      gtk_editable_set_text (GTK_EDITABLE (self->name_row), suggested);
    }
  show_error (self, NULL);
  update_import_button (self);
}

void
sk_region_import_dialog_set_name (SkRegionImportDialog *self,
                                  const char           *name)
{
  g_return_if_fail (SK_IS_REGION_IMPORT_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
}

SkAreaLayer *
sk_region_import_dialog_get_area (SkRegionImportDialog *self)
{
  g_return_val_if_fail (SK_IS_REGION_IMPORT_DIALOG (self), NULL);
  return self->area_layer;
}

gboolean
sk_region_import_dialog_is_running (SkRegionImportDialog *self)
{
  g_return_val_if_fail (SK_IS_REGION_IMPORT_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}

static void
on_chooser_response (GtkNativeDialog      *chooser,
                     int                   response,
                     SkRegionImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        sk_region_import_dialog_set_file (self, path);
    }
  g_object_unref (chooser);
}

static void
on_choose_clicked (SkRegionImportDialog *self)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Kies een OpenStreetMap-bestand"),
                                                               GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                                               _("_Kiezen"), _("_Annuleren"));
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("OpenStreetMap-bestanden (.osm.pbf, .osm)"));
  gtk_file_filter_add_pattern (filter, "*.pbf");
  gtk_file_filter_add_pattern (filter, "*.osm");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_area_changed (SkRegionImportDialog *self)
{
  SkBBox area;
  g_autofree char *text = NULL;

  if (!sk_area_layer_get_area (self->area_layer, &area))
    {
      gtk_label_set_text (self->area_label, _("Zonder rechthoek: het hele bestand"));
      gtk_widget_set_sensitive (self->clear_button, FALSE);
      return;
    }
  {
    double mid = (area.south + area.north) / 2;
    /* Kilometres, measured along the middle of the rectangle. */
    double w = sk_geo_haversine_m (mid, area.west, mid, area.east) / 1000;
    double h = sk_geo_haversine_m (area.south, area.west, area.north, area.west) / 1000;
    g_autofree char *ws = sk_format_decimal (w, w < 10 ? 1 : 0);
    g_autofree char *hs = sk_format_decimal (h, h < 10 ? 1 : 0);

    /* Translators: the size of the area drawn on the map, width × height. */
    text = g_strdup_printf (_("Gebied van %s × %s km"), ws, hs);
  }
  gtk_label_set_text (self->area_label, text);
  gtk_widget_set_sensitive (self->clear_button, TRUE);
}

static void
on_clear_clicked (SkRegionImportDialog *self)
{
  sk_area_layer_set_area (self->area_layer, NULL);
}

static void
on_draw_toggled (SkRegionImportDialog *self)
{
  sk_area_layer_set_drawing (self->area_layer, gtk_toggle_button_get_active (self->draw_toggle));
}

static void
on_import_progress (GObject *source,
                    double   fraction,
                    guint64  nodes,
                    guint64  ways)
{
  SkRegionImportDialog *self = SK_REGION_IMPORT_DIALOG (source);
  g_autofree char *n = sk_format_count ((long) nodes);
  g_autofree char *w = sk_format_count ((long) ways);
  g_autofree char *text = NULL;

  if (self->cancellable == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  /* Translators: counts read so far from an OpenStreetMap file. */
  text = g_strdup_printf (_("%s punten en %s wegen gelezen"), n, w);
  gtk_label_set_text (self->progress_label, text);
}

static void
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  SkRegionImportDialog *self = SK_REGION_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = sk_region_import_finish (result, &error);
  g_autoptr(GCancellable) cancellable = g_steal_pointer (&self->cancellable);
  g_autofree char *name = NULL;

  /* Annuleren pressed (or the dialog closed) while the last bytes were
   * written: still cancelled. */
  if (id != NULL && g_cancellable_is_cancelled (cancellable))
    {
      sk_region_installed_remove (id, NULL);
      g_clear_pointer (&id, g_free);
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "");
    }
  /* Closed during the import: its widgets are gone, nothing to show. */
  if (self->disposed)
    return;
  name = dup_name (self);
  gtk_widget_set_sensitive (self->close_button, TRUE);
  update_import_button (self);
  if (id != NULL)
    {
      g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, id, name);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "choose");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, _("Het inlezen is gestopt. Er is niets bewaard."));
  else if (g_error_matches (error, SK_OSM_ERROR, SK_OSM_ERROR_EMPTY)
           && sk_area_layer_get_area (self->area_layer, NULL))
    show_error (self, _("In de rechthoek ligt geen dorp of stad uit dit bestand. Teken de rechthoek "
                        "over het gebied dat in het bestand staat, of haal hem weg."));
  else
    {
      g_autofree char *text = g_strdup_printf (_("Dit bestand kan niet worden ingelezen: %s\n"
                                                 "Kies een ander .osm.pbf-bestand, of download het opnieuw."),
                                               error->message);
      show_error (self, text);
    }
}

void
sk_region_import_dialog_start (SkRegionImportDialog *self)
{
  g_autofree char *name = NULL;
  SkBBox area;
  gboolean has_area;

  g_return_if_fail (SK_IS_REGION_IMPORT_DIALOG (self));

  name = dup_name (self);
  if (self->extract == NULL || *name == '\0' || self->cancellable != NULL)
    return;
  has_area = sk_area_layer_get_area (self->area_layer, &area);
  self->cancellable = g_cancellable_new ();
  show_error (self, NULL);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_label_set_text (self->progress_label, "");
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_set_sensitive (self->close_button, FALSE);
  update_import_button (self);
  sk_region_import_async (G_OBJECT (self), self->extract, name, has_area ? &area : NULL,
                          on_import_progress, self->cancellable, on_import_done, NULL);
}

void
sk_region_import_dialog_cancel (SkRegionImportDialog *self)
{
  g_return_if_fail (SK_IS_REGION_IMPORT_DIALOG (self));

  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      gtk_label_set_text (self->progress_label, _("Stoppen…"));
    }
}

static void
on_close_clicked (SkRegionImportDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* Closing during an import stops it; the dialog goes once the worker has
 * cleaned up (the task keeps it alive until then). */
static gboolean
sk_region_import_dialog_close_request (GtkWindow *window)
{
  sk_region_import_dialog_cancel (SK_REGION_IMPORT_DIALOG (window));
  return GTK_WINDOW_CLASS (sk_region_import_dialog_parent_class)->close_request (window);
}

static void
sk_region_import_dialog_dispose (GObject *object)
{
  SkRegionImportDialog *self = SK_REGION_IMPORT_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_REGION_IMPORT_DIALOG);
  G_OBJECT_CLASS (sk_region_import_dialog_parent_class)->dispose (object);
}

static void
sk_region_import_dialog_finalize (GObject *object)
{
  SkRegionImportDialog *self = SK_REGION_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_free (self->extract);
  G_OBJECT_CLASS (sk_region_import_dialog_parent_class)->finalize (object);
}

static void
sk_region_import_dialog_class_init (SkRegionImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_region_import_dialog_dispose;
  object_class->finalize = sk_region_import_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = sk_region_import_dialog_close_request;

  /* (id, name) of the region that was made. */
  signals[SIGNAL_IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);
  (void) sk_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/sk-region-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkRegionImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, SkRegionImportDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SkRegionImportDialog, draw_toggle);
  gtk_widget_class_bind_template_child (widget_class, SkRegionImportDialog, clear_button);
  gtk_widget_class_bind_template_child (widget_class, SkRegionImportDialog, area_label);
  gtk_widget_class_bind_template_child (widget_class, SkRegionImportDialog, map);
  gtk_widget_class_bind_template_child (widget_class, SkRegionImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SkRegionImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SkRegionImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, SkRegionImportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, SkRegionImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SkRegionImportDialog, progress_label);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_draw_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked);
  gtk_widget_class_bind_template_callback (widget_class, update_import_button);
  gtk_widget_class_bind_template_callback (widget_class, sk_region_import_dialog_start);
  gtk_widget_class_bind_template_callback (widget_class, sk_region_import_dialog_cancel);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sk_region_import_dialog_init (SkRegionImportDialog *self)
{
  ShumateMap *map;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_name (GTK_WIDGET (self->progress_bar), "import-progress");
  shumate_scale_set_unit (shumate_simple_map_get_scale (self->map), SHUMATE_UNIT_METRIC);
  map = shumate_simple_map_get_map (self->map);
  self->area_layer = sk_area_layer_new (map);
  sk_area_layer_set_drawing (self->area_layer, gtk_toggle_button_get_active (self->draw_toggle));
  g_signal_connect_object (self->area_layer, "changed", G_CALLBACK (on_area_changed), self,
                           G_CONNECT_SWAPPED);
  on_area_changed (self);
}

SkRegionImportDialog *
sk_region_import_dialog_new (GtkWindow        *parent,
                             ShumateMapSource *source,
                             double            lat,
                             double            lon,
                             double            zoom)
{
  SkRegionImportDialog *self;
  ShumateMap *map;

  g_return_val_if_fail (source == NULL || SHUMATE_IS_MAP_SOURCE (source), NULL);

  self = g_object_new (SK_TYPE_REGION_IMPORT_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  /* The base map goes on top of the layers there are: first the source,
   * then the rectangle over it. */
  if (source != NULL)
    shumate_simple_map_set_map_source (self->map, source);
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->area_layer));
  map = shumate_simple_map_get_map (self->map);
  shumate_map_center_on (map, lat, lon);
  shumate_viewport_set_zoom_level (shumate_map_get_viewport (map), zoom);
  return self;
}
