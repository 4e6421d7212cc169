/* sk-window-plan-session.c — the session file behind the plan: binding
 * it to the window (its title, its rekenregels, its history and replay,
 * its variants, changes made elsewhere), opening, showing and starting
 * one, and folding it into its file when it is closed. */
#include "sk-config.h"
#include "sk-window-private.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>

static void
on_save_failed (SkSession  *session,
                const char *message,
                SkWindow   *self)
{
  g_autofree char *text = g_strdup_printf (_("Niet bewaard: %s"), message);

  sk_window_show_toast (self, text);
}

/* The window names the session it writes to, and says so when the
 * session was made on another region than the one on screen. */
static void
show_session (SkWindow              *self,
              const SkStoreMetadata *metadata)
{
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", sk_region_get_name (self->region),
                                               metadata->title);

  adw_window_title_set_subtitle (self->window_title, subtitle);
  sk_reach_panel_set_home (self->reach_panel, metadata->place);
  if (metadata->region_id != NULL && !g_str_equal (metadata->region_id, sk_region_get_id (self->region)))
    {
      g_autofree char *text = g_strdup_printf (_("Deze sessie is gemaakt op de regio “%s”, niet op %s."),
                                               metadata->region_id, sk_region_get_name (self->region));
      sk_window_show_toast (self, text);
    }
  else if (metadata->region_hash != NULL
           && !g_str_equal (metadata->region_hash, sk_region_get_content_hash (self->region)))
    sk_window_show_toast (self, _("De gegevens van deze regio zijn veranderd sinds de sessie. "
                                  "De afstanden kunnen anders zijn dan toen."));
}

/* The session's own rekenregels (rate, horizon, subsidy share), kept in
 * its settings table; a key that is missing or unreadable keeps the
 * default. */
static const struct
{
  const char *key;
  size_t offset;
  gboolean integer;
} mkba_keys[] = {
  { "mkba.rate", G_STRUCT_OFFSET (SkMkbaSettings, rate), FALSE },
  { "mkba.horizon", G_STRUCT_OFFSET (SkMkbaSettings, horizon), TRUE },
  { "mkba.subsidy-share", G_STRUCT_OFFSET (SkMkbaSettings, subsidy_share), FALSE },
};

static void
load_mkba_settings (SkWindow *self,
                    SkStore  *store)
{
  SkMkbaSettings settings;

  sk_mkba_settings_init_default (&settings);
  for (guint i = 0; i < G_N_ELEMENTS (mkba_keys); i++)
    {
      g_autofree char *text = sk_store_dup_setting (store, mkba_keys[i].key);
      char *end = NULL;
      double value = text ? g_ascii_strtod (text, &end) : NAN;

      if (text == NULL || end == text || *end != '\0' || !isfinite (value) || value < 0)
        continue;
      if (mkba_keys[i].integer)
        G_STRUCT_MEMBER (int, &settings, mkba_keys[i].offset) = CLAMP ((int) value, 1, 200);
      else
        G_STRUCT_MEMBER (double, &settings, mkba_keys[i].offset) = MIN (value, 1.0);
    }
  sk_mkba_panel_set_settings (self->mkba_panel, &settings);
}

void
sk_window_save_mkba_settings (SkWindow *self)
{
  const SkMkbaSettings *settings = sk_mkba_panel_get_settings (self->mkba_panel);
  SkStore *store = sk_session_get_store (self->session);

  for (guint i = 0; i < G_N_ELEMENTS (mkba_keys); i++)
    {
      char text[G_ASCII_DTOSTR_BUF_SIZE];
      g_autoptr(GError) error = NULL;

      if (mkba_keys[i].integer)
        g_snprintf (text, sizeof text, "%d", G_STRUCT_MEMBER (int, settings, mkba_keys[i].offset));
      else
        g_ascii_dtostr (text, sizeof text, G_STRUCT_MEMBER (double, settings, mkba_keys[i].offset));
      if (!sk_store_set_setting (store, mkba_keys[i].key, text, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Niet bewaard: %s"), error->message);
          sk_window_show_toast (self, message);
          return;
        }
    }
}

/* Looking back in the history: the map and the panels show the session
 * as it was, and nothing can be changed until the history is back at
 * "Nu". */
static void
set_replaying (SkWindow *self,
               gboolean  replaying)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->palette), !replaying);
  if (replaying)
    {
      g_signal_handlers_block_matched (self->editor, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
      sk_map_editor_arm (self->editor, NULL, SK_FEATURE_POINT, NULL);
      sk_plan_layer_set_selected (self->plan_layer, 0);
      sk_window_update_selection_editor (self);
    }
  else
    g_signal_handlers_unblock_matched (self->editor, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static void
on_history_replay (SkHistoryView *view,
                   gint64         event_id,
                   SkWindow      *self)
{
  gboolean was_replaying = self->replay_plan != NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) state = NULL;

  g_clear_object (&self->replay_plan);
  if (!sk_history_view_get_at_present (view))
    {
      state = sk_history_view_dup_state (view, &error);
      if (state == NULL)
        {
          sk_window_show_error (self, error);
          sk_history_view_set_position (view, G_MAXINT64);
          return;
        }
      self->replay_plan = sk_plan_new (self->toolbox);
      for (guint i = 0; i < state->len; i++)
        {
          const SkStoreIntervention *saved = g_ptr_array_index (state, i);
          g_autoptr(SkInterventionState) s = sk_session_state_from_store (self->toolbox, saved);

          /* What no longer fits the toolbox is left out, as when opening. */
          if (s != NULL)
            sk_plan_load (self->replay_plan, saved->id, s, NULL);
        }
    }
  if ((self->replay_plan != NULL) != was_replaying)
    set_replaying (self, self->replay_plan != NULL);
  sk_window_replay_update (self);
  /* At the present before and after (a new step of the history after an
   * edit): the map and the figures show it already (::command-done). */
  if (was_replaying || self->replay_plan != NULL)
    sk_window_refresh (self);
}

static void
show_history (SkWindow *self,
              SkStore  *store)
{
  if (self->replay_plan != NULL)
    {
      g_clear_object (&self->replay_plan);
      set_replaying (self, FALSE);
    }
  self->history_view = SK_HISTORY_VIEW (sk_history_view_new (store, self->toolbox));
  sk_history_view_set_variant_id (self->history_view, sk_session_get_variant_id (self->session));
  adw_bin_set_child (self->history_bin, GTK_WIDGET (self->history_view));
  g_signal_connect_object (self->history_view, "replay", G_CALLBACK (on_history_replay), self, 0);
  g_signal_connect_object (self->history_view, "read-failed",
                           G_CALLBACK (sk_window_on_session_error), self,
                           G_CONNECT_SWAPPED);
  sk_window_replay_update (self);
}

/* The map goes to the plan of a session when it is opened. */
static void
fit_plan (SkWindow *self)
{
  SkBBox bbox;

  if (sk_window_get_plan_bbox (self, &bbox))
    sk_window_fit_bbox (self, &bbox);
}

/* Another variant on the map: the session has loaded its ideas. */
static void
on_variant_changed (SkWindow *self)
{
  sk_plan_layer_set_selected (self->plan_layer, 0);
  if (self->history_view != NULL)
    sk_history_view_set_variant_id (self->history_view, sk_session_get_variant_id (self->session));
  sk_window_refresh (self);
  sk_window_update_selection_editor (self);
}

/* Another program (a second window, the command line, a merge) changed
 * the file: everything that shows it follows, as after a change here. */
static void
on_changed_elsewhere (SkSession *session,
                      gboolean   plan_changed,
                      SkWindow  *self)
{
  sk_window_on_session_changed (self);
  sk_window_refresh (self);
  sk_window_update_selection_editor (self);
  /* Ctrl+Z starts again from here: say why. */
  if (plan_changed)
    sk_window_show_toast (self, _("De ideeën zijn in een ander programma veranderd; de kaart "
                                  "toont nu wat er in de sessie staat."));
}

/* FIT: the map goes to the session's plan (a session opened); not for a
 * session started by a first change, which the user is looking at. */
static void
bind_session (SkWindow *self,
              SkStore  *store,
              gboolean  fit)
{
  g_autoptr(GError) error = NULL;

  self->session = sk_session_new (store, self->plan, &error);
  if (self->session == NULL)
    {
      sk_window_show_error (self, error);
      return;
    }
  g_signal_connect_object (self->session, "save-failed", G_CALLBACK (on_save_failed), self, 0);
  g_signal_connect_object (self->session, "changed-elsewhere", G_CALLBACK (on_changed_elsewhere),
                           self, 0);
  g_signal_connect_object (self->session, "read-failed",
                           G_CALLBACK (sk_window_on_session_error), self,
                           G_CONNECT_SWAPPED);
  sk_window_correction_bind (self);
  g_signal_connect_object (self->session, "notify::variant-id", G_CALLBACK (on_variant_changed), self,
                           G_CONNECT_SWAPPED);
  if (self->session_panel != NULL)
    sk_session_panel_set_session (self->session_panel, self->session);
  g_settings_set_string (self->settings, "last-session", sk_store_get_path (store));
  load_mkba_settings (self, store);
  sk_window_ov_session_bound (self);
  show_history (self, store);
  if (fit)
    fit_plan (self);
  show_session (self, sk_store_get_metadata (store));
  sk_window_touch_update (self);
}

/* A session being closed is folded whole into its file, so that the file
 * alone (copied to a USB stick without its -wal) holds every action. */
void
sk_window_checkpoint_session (SkWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->session != NULL && !sk_store_checkpoint (sk_session_get_store (self->session), &error))
    g_warning ("%s", error->message);
}

/* The session of the last time, when it can be opened. */
void
sk_window_open_last_session (SkWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "last-session");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  if (*path == '\0' || !g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  store = sk_store_open (path, &error);
  if (store == NULL)
    {
      /* The file stays as it is; new work goes into a new session. */
      g_autofree char *text = g_strdup_printf (_("%s Uw nieuwe werk komt in een nieuwe sessie."),
                                               error->message);
      sk_window_show_toast (self, text);
      return;
    }
  bind_session (self, store, TRUE);
}

gboolean
sk_window_open_session (SkWindow   *self,
                        const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->plan == NULL)
    return FALSE;
  store = sk_store_open (path, &error);
  if (store == NULL)
    {
      /* The file is left as it was; the session on screen stays. */
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
        _("Deze sessie kan niet worden geopend"), error->message));

      adw_message_dialog_add_response (dialog, "close", _("_Sluiten"));
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }
  if (sk_window_region_show_if_other (self, store))
    return TRUE;
  return sk_window_show_store (self, store);
}

gboolean
sk_window_show_store (SkWindow *self,
                      SkStore  *store)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  if (self->plan == NULL)
    return FALSE;
  /* The session on screen is complete in its file: nothing to save. */
  sk_window_checkpoint_session (self);
  g_clear_object (&self->session);
  sk_plan_layer_set_selected (self->plan_layer, 0);
  sk_plan_clear (self->plan);
  bind_session (self, store, TRUE);
  sk_window_refresh (self);
  sk_window_update_selection_editor (self);
  return self->session != NULL;
}

/* A new session file in the user's data folder, made at the first change
 * so that merely looking at the map leaves nothing behind. */
void
sk_window_start_session (SkWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "samenkaart", "sessies", NULL);
  g_autofree char *path = NULL;
  g_autofree char *title_time = g_date_time_format (now, "%Y-%m-%d %H:%M");
  g_autofree char *title = g_strdup_printf (_("Sessie van %s"), title_time);
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  SkStoreMetadata metadata = { title, NULL, date, (char *) "keukentafelgesprek",
                               (char *) sk_region_get_id (self->region),
                               (char *) sk_region_get_content_hash (self->region), NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  g_mkdir_with_parents (dir, 0700);
  /* The title holds the date already. */
  path = sk_store_suggest_path (dir, title, NULL);
  store = sk_store_create (path, &metadata, &error);
  if (store == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Niet bewaard: %s"), error->message);
      sk_window_show_toast (self, text);
      return;
    }
  /* The map stays where the first idea was placed. */
  bind_session (self, store, FALSE);
}
