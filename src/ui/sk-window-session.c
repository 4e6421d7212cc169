/* sk-window-session.c — sessions and what leaves the window: the start
 * page with the recent sessions, a new session, opening a file, saving a
 * copy, and the exports (the PDF report, a PNG of the map view, GeoJSON
 * and CSV). */
#include "sk-config.h"
#include "sk-window-private.h"

#include <glib/gi18n.h>

#include "sk-new-session-dialog.h"
#include "sk-report.h"

/* The start page and the map are two pages of one stack; the buttons of
 * the header bar that work on the map hide with it. */
static void
show_page (SkWindow *self,
           gboolean  start)
{
  gtk_stack_set_visible_child_name (self->main_stack, start ? "start" : "work");
  gtk_widget_set_visible (self->toolbox_button, !start);
  gtk_widget_set_visible (self->undo_box, !start);
  gtk_widget_set_visible (self->indicators_button, !start);
  gtk_widget_set_visible (self->present_button, !start);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-map", start);
  if (start)
    sk_start_page_reload (self->start_page);
}

gboolean
sk_window_get_showing_start (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "start") == 0;
}

void
sk_window_show_start (SkWindow *self)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  if (self->start_page != NULL)
    show_page (self, TRUE);
}

void
sk_window_show_start_if_any (SkWindow *self)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  if (self->start_page != NULL && sk_start_page_get_n_sessions (self->start_page) > 0)
    show_page (self, TRUE);
}

static void
on_open_session (SkStartPage *page,
                 const char  *path,
                 SkWindow    *self)
{
  SkStore *current = self->session ? sk_session_get_store (self->session) : NULL;

  /* The session on screen is already open: just go back to it. */
  if (current != NULL && g_strcmp0 (sk_store_get_path (current), path) == 0)
    show_page (self, FALSE);
  else if (sk_window_open_session (self, path))
    show_page (self, FALSE);
}

static void
on_new_session_response (SkNewSessionDialog *dialog,
                         int                 response,
                         SkWindow           *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  store = sk_new_session_dialog_create_store (dialog, NULL, &error);
  if (store == NULL)
    {
      /* The dialog stays, with what was typed, and says what went wrong. */
      sk_new_session_dialog_show_error (dialog, error->message);
      return;
    }
  if (g_strcmp0 (sk_new_session_dialog_get_region_id (dialog), sk_region_get_id (self->region)) != 0)
    sk_window_region_show_elsewhere (self, sk_new_session_dialog_get_region (dialog), store);
  else if (sk_window_show_store (self, store))
    show_page (self, FALSE);
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
new_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  SkNewSessionDialog *dialog = sk_new_session_dialog_new (GTK_WINDOW (self), self->region);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_session_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_new_session (SkStartPage *page,
                SkWindow    *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.new-session", NULL);
}

/* A file chooser with one filter; CALLBACK gets the chosen path. */
typedef void (*ChosenFunc) (SkWindow   *self,
                            const char *path);

typedef struct
{
  SkWindow *self;
  ChosenFunc chosen;
} Choice;

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     Choice          *choice)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        choice->chosen (choice->self, path);
    }
  g_object_unref (choice->self);
  g_free (choice);
  g_object_unref (chooser);
}

static void
choose_file (SkWindow            *self,
             GtkFileChooserAction action,
             const char          *title,
             const char          *accept,
             const char          *filter_name,
             const char          *pattern,
             const char          *suggested_name,
             ChosenFunc           chosen)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                                               accept, _("_Annuleren"));
  GtkFileFilter *filter = gtk_file_filter_new ();
  Choice *choice = g_new0 (Choice, 1);

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      /* Reports and exports are for sharing: they start in Documents (XDG),
       * never in whatever folder the app was started from. */
      const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
      g_autoptr(GFile) folder = g_file_new_for_path (documents != NULL ? documents
                                                                       : g_get_home_dir ());

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  g_set_weak_pointer (&self->file_chooser, chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  choice->self = g_object_ref (self);
  choice->chosen = chosen;
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_chosen (SkWindow   *self,
             const char *path)
{
  if (sk_window_open_session (self, path))
    show_page (self, FALSE);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  choose_file (SK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN, _("Sessie openen"), _("_Openen"),
               _("Samenkaart-sessies"), "*.samenkaart", NULL, open_chosen);
}

static void
on_open_file (SkStartPage *page,
              SkWindow    *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open", NULL);
}

/* The store everything is exported from, or NULL with a message: with
 * nothing placed yet there is no session to export. */
static SkStore *
export_store (SkWindow *self)
{
  if (self->session == NULL)
    {
      sk_window_show_toast (self, _("Er is nog niets om te bewaren: zet eerst een idee op de kaart."));
      return NULL;
    }
  return sk_session_get_store (self->session);
}

static void
report_result (SkWindow   *self,
               gboolean    ok,
               GError     *error,
               const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *text = ok ? g_strdup_printf (_("Bewaard als “%s”."), name)
                             : g_strdup_printf (_("Niet bewaard: %s"), error->message);

  sk_window_show_toast (self, text);
}

static void
save_copy_chosen (SkWindow   *self,
                  const char *path)
{
  g_autoptr(GError) error = NULL;
  SkStore *store = export_store (self);

  if (store != NULL)
    report_result (self, sk_store_save_copy (store, path, &error), error, path);
}

static void
fill_report_options (SkWindow        *self,
                     SkReportOptions *options)
{
  sk_report_options_init_default (options);
  options->mkba = *sk_mkba_panel_get_settings (self->mkba_panel);
  options->variant_id = self->session ? sk_session_get_variant_id (self->session) : 0;
}

static SkKengetallen *
kengetallen (SkWindow *self)
{
  return self->evaluator ? sk_evaluator_get_kengetallen (self->evaluator) : NULL;
}

/* The PDF report and the CSV of indicators take the same arguments. */
typedef gboolean (*EvaluatedExport) (SkStore *, SkRegion *, SkToolbox *, SkKengetallen *,
                                     const SkReportOptions *, const char *, GError **);

static void
write_evaluated (SkWindow        *self,
                 EvaluatedExport  write,
                 const char      *path)
{
  g_autoptr(GError) error = NULL;
  SkStore *store = export_store (self);
  SkReportOptions options;

  if (store == NULL)
    return;
  fill_report_options (self, &options);
  report_result (self, write (store, self->region, self->toolbox, kengetallen (self), &options, path, &error),
                 error, path);
}

static void
report_chosen (SkWindow   *self,
               const char *path)
{
  write_evaluated (self, sk_report_write_pdf, path);
}

static void
csv_chosen (SkWindow   *self,
            const char *path)
{
  write_evaluated (self, sk_export_csv, path);
}

static void
geojson_chosen (SkWindow   *self,
                const char *path)
{
  g_autoptr(GError) error = NULL;
  SkStore *store = export_store (self);

  if (store != NULL)
    report_result (self, sk_export_geojson (store, self->toolbox, sk_session_get_variant_id (self->session),
                                            path, &error),
                   error, path);
}

gboolean
sk_window_export_png (SkWindow   *self,
                      const char *path,
                      GError    **error)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  GtkWidget *map = GTK_WIDGET (shumate_simple_map_get_map (self->map));
  SkStore *store = self->session ? sk_session_get_store (self->session) : NULL;
  SkMapView view;

  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);

  if (store == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("Er is nog niets om te bewaren: zet eerst een idee op de kaart."));
      return FALSE;
    }
  /* What is on screen: the same centre and zoom, the map's own size. */
  sk_map_view_init_centred (&view, shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                            shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                            shumate_viewport_get_zoom_level (viewport),
                            MAX (gtk_widget_get_width (map), 64), MAX (gtk_widget_get_height (map), 64));
  return sk_export_png (store, self->region, self->toolbox, sk_session_get_variant_id (self->session),
                        &view, path, error);
}

static void
png_chosen (SkWindow   *self,
            const char *path)
{
  g_autoptr(GError) error = NULL;

  report_result (self, sk_window_export_png (self, path, &error), error, path);
}

/* A file name from the session's title: "Atelier Reestdal.pdf". */
static char *
suggested_name (SkWindow   *self,
                const char *extension)
{
  const SkStoreMetadata *metadata = self->session
                                      ? sk_store_get_metadata (sk_session_get_store (self->session))
                                      : NULL;
  g_autofree char *title = g_strdup (metadata && metadata->title && *metadata->title
                                       ? metadata->title : _("Samenkaart"));

  g_strdelimit (title, "/\\:", '-');
  return g_strdup_printf ("%s.%s", title, extension);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  static const struct
  {
    const char *action;
    const char *title;
    const char *filter;
    const char *extension;
    ChosenFunc chosen;
  } exports[] = {
    { "win.save-copy", N_("Kopie van de sessie bewaren"), N_("Samenkaart-sessies"), "samenkaart", save_copy_chosen },
    { "win.export-report", N_("Verslag bewaren"), N_("Pdf-documenten"), "pdf", report_chosen },
    { "win.export-png", N_("Kaart bewaren als plaatje"), N_("Png-plaatjes"), "png", png_chosen },
    { "win.export-geojson", N_("Ideeën bewaren voor QGIS"), N_("GeoJSON-bestanden"), "geojson", geojson_chosen },
    { "win.export-csv", N_("Uitkomsten bewaren als tabel"), N_("Csv-tabellen"), "csv", csv_chosen },
  };
  SkWindow *self = SK_WINDOW (widget);

  if (export_store (self) == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    if (g_str_equal (exports[i].action, action_name))
      {
        g_autofree char *pattern = g_strdup_printf ("*.%s", exports[i].extension);
        g_autofree char *name = suggested_name (self, exports[i].extension);

        choose_file (self, GTK_FILE_CHOOSER_ACTION_SAVE, _(exports[i].title), _("_Bewaren"),
                     _(exports[i].filter), pattern, name, exports[i].chosen);
      }
}

static void
on_merge_response (GtkNativeDialog *chooser,
                   int              response,
                   SkWindow        *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  SkStore *store = self->session ? sk_session_get_store (self->session) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && store != NULL)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          char *p = g_file_get_path (file);

          if (p != NULL)
            g_ptr_array_add (paths, p);
        }
      g_ptr_array_add (paths, NULL);
      if (paths->len > 1)
        sk_window_merge_sessions (self, (const char * const *) paths->pdata, &error);
      if (error != NULL)
        sk_window_show_toast (self, error->message);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

gboolean
sk_window_merge_sessions (SkWindow           *self,
                          const char * const *paths,
                          GError            **error)
{
  SkStore *store;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);

  /* Into a new atelier session when none is open yet. */
  if (self->session == NULL)
    sk_window_start_session (self);
  store = export_store (self);
  if (store == NULL)
    return FALSE;
  path = g_strdup (sk_store_get_path (store));
  /* One transaction: all of them, or nothing. */
  if (!sk_store_merge_with_summary (store, paths, &text, error))
    return FALSE;
  /* Show the session with what came in (the plan is read again). */
  sk_window_open_session (self, path);
  /* What came in from each source, what was already here. */
  sk_window_show_toast (self, text);
  return TRUE;
}

/* Several keukentafelgesprekken into one atelier: other session files
 * are read (never changed) and their ideas, comments and votes added,
 * each with where it came from. */
static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  chooser = gtk_file_chooser_native_new (_("Sessies samenvoegen"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Samenvoegen"), _("_Annuleren"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Samenkaart-sessies"));
  gtk_file_filter_add_pattern (filter, "*.samenkaart");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_merge_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
show_start_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sk_window_show_start (SK_WINDOW (widget));
}

static void
show_map_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  show_page (SK_WINDOW (widget), FALSE);
}

void
sk_window_session_class_init (GtkWidgetClass *widget_class)
{
  static const char *exports[] = { "win.save-copy", "win.export-report", "win.export-png",
                                   "win.export-geojson", "win.export-csv" };

  gtk_widget_class_install_action (widget_class, "win.new-session", NULL, new_session_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "win.show-start", NULL, show_start_action);
  gtk_widget_class_install_action (widget_class, "win.show-map", NULL, show_map_action);
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    gtk_widget_class_install_action (widget_class, exports[i], NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-session", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-report", NULL);
}

void
sk_window_session_init (SkWindow *self)
{
  if (self->toolbox == NULL)
    return;
  self->start_page = sk_start_page_new (self->region, self->toolbox);
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->start_page), "start");
  g_signal_connect_object (self->start_page, "open-session", G_CALLBACK (on_open_session), self, 0);
  g_signal_connect_object (self->start_page, "new-session", G_CALLBACK (on_new_session), self, 0);
  g_signal_connect_object (self->start_page, "open-file", G_CALLBACK (on_open_file), self, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-map", FALSE);
}
