/* sk-window-ov.c — bus and train in the window: the region's timetable
 * loaded off the main thread, "Dienstregeling inlezen (GTFS)…" with its
 * progress and Annuleren, the question of the "Met bus en trein" panel
 * handed to the live evaluator, and its figures back to the panel and the
 * map's village dots.
 *
 * Nothing half-written: sk_timetable_import() writes ov.sqlite beside the
 * region under another name and renames it only when all went well, so a
 * cancelled or failed import leaves the timetable the region had. */
#include "sk-config.h"
#include "sk-window-private.h"

#include <glib/gi18n.h>

#include "sk-format.h"
#include "sk-kern-layer.h"

typedef struct _SkOvImport Import;

struct _SkOvImport
{
  GWeakRef window;
  GCancellable *cancellable;
  GtkProgressBar *bar;          /* a reference while the dialog is up */
  AdwMessageDialog *dialog;     /* a reference while it is up */
};

typedef struct
{
  Import *import;               /* a reference */
  double fraction;
  char *stage;
} Progress;

static Import *
import_ref (Import *import)
{
  return g_atomic_rc_box_acquire (import);
}

static void
import_clear (Import *import)
{
  g_weak_ref_clear (&import->window);
  g_clear_object (&import->cancellable);
  g_clear_object (&import->bar);
  g_clear_object (&import->dialog);
}

static void
import_unref (Import *import)
{
  g_atomic_rc_box_release_full (import, (GDestroyNotify) import_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Import, import_unref)

/* The question is kept in the session (SK_OV_QUESTION_SETTING), so the
 * report and the next opening ask the same. */
static void
save_question (SkWindow  *self,
               SkOvSetup *setup)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *old = NULL;
  SkStore *store;

  if (setup == NULL || self->session == NULL)
    return;
  store = sk_session_get_store (self->session);
  text = sk_ov_setup_dup_question (setup);
  old = sk_store_dup_setting (store, SK_OV_QUESTION_SETTING);
  if (g_strcmp0 (old, text) != 0 && !sk_store_set_setting (store, SK_OV_QUESTION_SETTING, text, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Niet bewaard: %s"), error->message);
      sk_window_show_toast (self, message);
    }
}

/* The evaluator asks the panel's question from the next evaluation on. */
static void
set_question (SkWindow *self)
{
  SkOvQuery query;
  g_autoptr(GPtrArray) dests = NULL;
  g_autoptr(SkOvSetup) setup = NULL;
  g_autoptr(GError) error = NULL;

  if (self->evaluator == NULL)
    return;
  if (self->timetable != NULL && sk_ov_panel_get_question (self->ov_panel, &query, &dests)
      && dests->len > 0)
    setup = sk_ov_setup_new (self->timetable, &query, g_steal_pointer (&dests), &error);
  if (error != NULL)
    sk_window_show_toast (self, error->message);
  save_question (self, setup);
  /* The same question again (a session bound after the first edit asks
   * it anew) keeps the evaluator's setup, and with it the search before
   * the plan: a new one would search every kern again. */
  if (setup != NULL && sk_ov_setup_equal (setup, sk_evaluator_get_ov (self->evaluator)))
    return;
  sk_evaluator_set_ov (self->evaluator, setup);
}

/* … and now. */
static void
apply_question (SkWindow *self)
{
  set_question (self);
  sk_window_refresh (self);
}

/* The session's own question, when it has one: the report asks it too. */
static void
load_question (SkWindow *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) dests = NULL;
  SkOvQuery query;

  if (self->session == NULL || self->timetable == NULL)
    return;
  text = sk_store_dup_setting (sk_session_get_store (self->session), SK_OV_QUESTION_SETTING);
  if (sk_ov_question_parse (text, &query, &dests))
    sk_ov_panel_set_question (self->ov_panel, &query, dests);
}

void
sk_window_ov_session_bound (SkWindow *self)
{
  if (self->ov_panel == NULL || self->timetable == NULL)
    return;
  /* The caller shows the session and evaluates it. */
  load_question (self);
  set_question (self);
}

static void
use_timetable (SkWindow    *self,
               SkTimetable *timetable)
{
  g_clear_pointer (&self->timetable, sk_timetable_unref);
  self->timetable = timetable ? sk_timetable_ref (timetable) : NULL;
  sk_ov_panel_set_timetable (self->ov_panel, timetable);
  load_question (self);
  apply_question (self);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      region,
             GCancellable *cancellable)
{
  GError *error = NULL;
  SkTimetable *timetable = sk_timetable_load_for_region (region, &error);

  if (timetable != NULL)
    g_task_return_pointer (task, timetable, (GDestroyNotify) sk_timetable_unref);
  else
    g_task_return_error (task, error);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkTimetable) timetable = g_task_propagate_pointer (G_TASK (result), &error);
  SkWindow *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = SK_WINDOW (source);
  /* No timetable yet is the usual case: the panel offers the import. A
   * damaged one is said once. */
  if (error != NULL && !g_error_matches (error, SK_TIMETABLE_ERROR, SK_TIMETABLE_ERROR_NOT_FOUND))
    sk_window_show_toast (self, error->message);
  use_timetable (self, timetable);
}

/* Runs on the main thread, from the reading thread's progress. */
static gboolean
show_progress (gpointer data)
{
  Progress *p = data;

  if (p->import->bar != NULL)
    {
      gtk_progress_bar_set_fraction (p->import->bar, CLAMP (p->fraction, 0, 1));
      gtk_progress_bar_set_text (p->import->bar, p->stage);
    }
  return G_SOURCE_REMOVE;
}

static void
progress_free (Progress *p)
{
  import_unref (p->import);
  g_free (p->stage);
  g_free (p);
}

static void
on_progress (double      fraction,
             const char *stage,
             gpointer    data)
{
  Progress *p = g_new0 (Progress, 1);

  p->import = import_ref (data);
  p->fraction = fraction;
  p->stage = g_strdup (stage);
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_progress, p,
                              (GDestroyNotify) progress_free);
}

typedef struct
{
  Import *import;
  SkRegion *region;
  char *path;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  import_unref (job->import);
  g_object_unref (job->region);
  g_free (job->path);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ImportJob *job = data;
  GError *error = NULL;
  SkTimetable *timetable = NULL;

  if (sk_timetable_import (job->region, job->path, on_progress, job->import, cancellable, &error))
    timetable = sk_timetable_load_for_region (job->region, &error);
  if (timetable != NULL)
    g_task_return_pointer (task, timetable, (GDestroyNotify) sk_timetable_unref);
  else
    g_task_return_error (task, error);
}

static void
close_progress (Import *import)
{
  if (import->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (import->dialog));
  g_clear_object (&import->dialog);
  g_clear_object (&import->bar);
}

static void
say_failure (SkWindow   *self,
             const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("De dienstregeling is niet ingelezen"),
                                              NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s\n\nEr is niets veranderd aan de regio."), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Sluiten"));
  gtk_widget_set_name (dialog, "ov-import-error");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(Import) import = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkTimetable) timetable = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(SkWindow) self = g_weak_ref_get (&import->window);
  g_autofree char *stops = NULL, *trips = NULL, *text = NULL;

  close_progress (import);
  if (self == NULL)
    return;
  if (self->ov_import == import)
    g_clear_pointer (&self->ov_import, import_unref);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      sk_window_show_hint (self, _("Inlezen gestopt; er is niets veranderd."));
      return;
    }
  if (timetable == NULL)
    {
      say_failure (self, error->message);
      return;
    }
  stops = sk_format_count ((long) sk_timetable_get_n_stops (timetable));
  trips = sk_format_count ((long) sk_timetable_get_n_trips (timetable));
  text = g_strdup_printf (_("Dienstregeling ingelezen: %s haltes, %s ritten."), stops, trips);
  sk_window_show_toast (self, text);
  use_timetable (self, timetable);
}

static void
on_progress_response (AdwMessageDialog *dialog,
                      const char       *response,
                      Import           *import)
{
  /* The dialog closes itself; the reading stops at its next check and
   * on_imported() says so. */
  g_cancellable_cancel (import->cancellable);
  g_clear_object (&import->bar);
  g_clear_object (&import->dialog);
}

static void
open_progress (SkWindow *self,
               Import   *import)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Dienstregeling inlezen"),
                                              _("Alleen wat in de regio en naar de centra rijdt, "
                                                "wordt bewaard. Een groot bestand duurt even."));
  GtkWidget *bar = gtk_progress_bar_new ();

  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (bar), TRUE);
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (bar), _("Bestand openen"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), bar);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Annuleren"));
  /* Annuleren stops the reading; the dialog closes when it has stopped. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_progress_response), import);
  gtk_widget_set_name (dialog, "ov-import-progress");
  import->dialog = g_object_ref_sink (ADW_MESSAGE_DIALOG (dialog));
  import->bar = g_object_ref (GTK_PROGRESS_BAR (bar));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sk_window_ov_import (SkWindow *self,
                     GFile    *feed)
{
  g_autoptr(GTask) task = NULL;
  Import *import;
  ImportJob *job;

  g_return_if_fail (SK_IS_WINDOW (self) && G_IS_FILE (feed));
  if (self->ov_import != NULL)
    g_cancellable_cancel (self->ov_import->cancellable);
  g_clear_pointer (&self->ov_import, import_unref);
  import = g_atomic_rc_box_new0 (Import);
  g_weak_ref_init (&import->window, self);
  import->cancellable = g_cancellable_new ();
  self->ov_import = import_ref (import);
  open_progress (self, import);
  job = g_new0 (ImportJob, 1);
  job->import = import_ref (import);
  job->region = g_object_ref (self->region);
  job->path = g_file_get_path (feed);
  task = g_task_new (NULL, import->cancellable, on_imported, import);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

static void
on_feed_chosen (GtkNativeDialog *chooser,
                int              response,
                SkWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL)
    sk_window_ov_import (self, file);
}

static void
choose_feed (SkWindow             *self,
             GtkFileChooserAction  action)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                         ? _("Map met de GTFS-bestanden kiezen")
                                         : _("GTFS-bestand (.zip) kiezen"),
                                         GTK_WINDOW (self), action, _("_Inlezen"), _("_Annuleren"));
  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("GTFS-dienstregeling (.zip)"));
      gtk_file_filter_add_suffix (filter, "zip");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_feed_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_kind_chosen (AdwMessageDialog *dialog,
                const char       *response,
                SkWindow         *self)
{
  if (g_str_equal (response, "zip"))
    choose_feed (self, GTK_FILE_CHOOSER_ACTION_OPEN);
  else if (g_str_equal (response, "folder"))
    choose_feed (self, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

/* A GTFS feed is a zip file or a folder of .txt files; one chooser cannot
 * offer both, so the person says which first. */
static void
import_gtfs_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Dienstregeling inlezen (GTFS)"),
                                              _("Kies het GTFS-bestand van de vervoerder (een "
                                                ".zip, bijvoorbeeld gtfs-nl van OVapi) of een map "
                                                "met de uitgepakte .txt-bestanden. Samenkaart "
                                                "bewaart alleen wat in deze regio en naar Zwolle, "
                                                "Emmen, Assen, Groningen en Meppel rijdt."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Annuleren"),
                                    "folder", _("_Map…"), "zip", _("_Zip-bestand…"), NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "zip");
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "zip",
                                              ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_kind_chosen), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sk_window_ov_evaluated (SkWindow     *self,
                        SkEvaluation *evaluation)
{
  sk_ov_panel_set_evaluation (self->ov_panel, evaluation);
  sk_window_ov_update_dots (self);
}

void
sk_window_ov_submitted (SkWindow *self)
{
  if (self->ov_panel != NULL && self->evaluator != NULL && sk_evaluator_get_ov (self->evaluator))
    sk_ov_panel_set_busy (self->ov_panel, TRUE);
}

void
sk_window_ov_update_dots (SkWindow *self)
{
  if (self->ov_panel != NULL && sk_ov_panel_get_on_map (self->ov_panel)
      && sk_ov_panel_has_figures (self->ov_panel))
    sk_kern_layer_set_ov_grades (self->kern_layer, self->ov_panel);
  else
    sk_kern_layer_set_grades (self->kern_layer, self->reach_panel);
}

void
sk_window_ov_init (SkWindow *self)
{
  g_autoptr(GTask) task = NULL;

  self->ov_panel = sk_ov_panel_new (self->region);
  gtk_box_append (GTK_BOX (self->reach_panel), GTK_WIDGET (self->ov_panel));
  g_signal_connect_object (self->ov_panel, "changed", G_CALLBACK (apply_question), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->ov_panel, "notify::on-map", G_CALLBACK (sk_window_ov_update_dots),
                           self, G_CONNECT_SWAPPED);
  self->ov_cancel = g_cancellable_new ();
  task = g_task_new (self, self->ov_cancel, on_loaded, NULL);
  g_task_set_task_data (task, g_object_ref (self->region), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

void
sk_window_ov_dispose (SkWindow *self)
{
  if (self->ov_cancel != NULL)
    g_cancellable_cancel (self->ov_cancel);
  g_clear_object (&self->ov_cancel);
  if (self->ov_import != NULL)
    g_cancellable_cancel (self->ov_import->cancellable);
  g_clear_pointer (&self->ov_import, import_unref);
  g_clear_pointer (&self->timetable, sk_timetable_unref);
}

void
sk_window_ov_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-gtfs", NULL, import_gtfs_action);
}
