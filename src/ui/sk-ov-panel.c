/* sk-ov-panel.c — "Met bus en trein" (sk-ov-panel.h). */
#include "sk-config.h"
#include "sk-ov-panel.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "sk-format.h"

/* The departure windows offered, hours of the day. Two hours, as the
 * issue's bench and Conveyal's defaults; the morning first because school
 * and work are what people ask about. */
static const int WINDOWS[][2] = { { 7, 9 }, { 6, 8 }, { 8, 10 }, { 12, 14 }, { 16, 18 }, { 18, 20 } };

/* A trip up to 1.5 × the hour is "fair", as the other dots use 1.5 × the
 * norm (aanname, sk-reach-panel.h). */
#define OV_GOOD_MINUTES 60.0
#define OV_FAIR_MINUTES 90.0

struct _SkOvPanel
{
  GtkBox parent_instance;

  SkRegion *region;
  SkTimetable *timetable;      /* NULL: none imported */
  GPtrArray *centres;          /* SkOvDestination: the default destinations */
  GPtrArray *checks;           /* GtkCheckButton per centre */
  GPtrArray *minute_labels;    /* GtkLabel per kern row, in the list's order */
  SkOvEvaluation *ov;          /* the last figures; NULL: none */
  char *problem;               /* why there are no figures */
  gboolean busy;
  gboolean setting;            /* sk_ov_panel_set_question() runs: no ::changed */

  GtkLabel *status_label;
  GtkWidget *import_button;
  GtkWidget *settings_box;
  GtkMenuButton *date_button;
  GtkCalendar *calendar;
  GtkDropDown *window_dropdown;
  GtkDropDown *access_dropdown;
  GtkMenuButton *centres_button;
  GtkBox *centres_box;
  GtkLabel *headline_label;
  GtkLabel *money_label;
  GtkListBox *kern_list;
  GtkLabel *method_label;
  GtkCheckButton *on_map_check;
};

G_DEFINE_FINAL_TYPE (SkOvPanel, sk_ov_panel, GTK_TYPE_BOX)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum
{
  PROP_0,
  PROP_ON_MAP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_map_toggled (SkOvPanel *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON_MAP]);
}

gboolean
sk_ov_panel_get_on_map (SkOvPanel *self)
{
  g_return_val_if_fail (SK_IS_OV_PANEL (self), FALSE);
  return gtk_check_button_get_active (self->on_map_check);
}

static void
sk_ov_panel_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SkOvPanel *self = SK_OV_PANEL (object);

  switch (prop_id)
    {
    case PROP_ON_MAP:
      g_value_set_boolean (value, sk_ov_panel_get_on_map (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* "Zwolle of Emmen", "Zwolle, Emmen of Assen": the chosen centres. */
static char *
centre_names (SkOvPanel *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->centres->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_ptr_array_add (names, ((SkOvDestination *) g_ptr_array_index (self->centres, i))->name);
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 == names->len ? _(" of ") : ", ");
      g_string_append (text, g_ptr_array_index (names, i));
    }
  return g_string_free (text, FALSE);
}

static void
update_buttons (SkOvPanel *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autofree char *date = sk_format_day (day);
  g_autofree char *names = centre_names (self);

  gtk_menu_button_set_label (self->date_button, date);
  gtk_menu_button_set_label (self->centres_button, *names ? names : _("Geen centrum gekozen"));
}

static void
on_question_changed (SkOvPanel *self)
{
  update_buttons (self);
  if (!self->setting)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static char *
minutes_text (double minutes)
{
  if (isnan (minutes))
    return g_strdup (_("geen"));
  return g_strdup_printf ("%.0f", minutes);
}

/* "62 → 41 min", "41 min", "geen verbinding". */
static char *
change_text (double before,
             double after)
{
  g_autofree char *a = minutes_text (after);
  g_autofree char *b = minutes_text (before);

  if (isnan (before) && isnan (after))
    return g_strdup (_("niet binnen 3 uur"));
  if (!isnan (before) && !isnan (after) && fabs (before - after) < 0.5)
    return g_strdup_printf (_("%s min"), a);
  return g_strdup_printf (_("%s → %s min"), b, a);
}

static int
by_inhabitants (gconstpointer a,
                gconstpointer b,
                gpointer      region)
{
  const SkKern *x = sk_region_get_kern (region, *(const size_t *) a);
  const SkKern *y = sk_region_get_kern (region, *(const size_t *) b);

  return (y->inhabitants > x->inhabitants) - (y->inhabitants < x->inhabitants);
}

/* One row per kern, largest first; made once, then only their minutes
 * change (a large region has 150 rows and an edit should not remake them). */
static void
make_rows (SkOvPanel *self)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (size_t));

  for (size_t i = 0; i < sk_region_get_n_kernen (self->region); i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, by_inhabitants, self->region);
  for (guint j = 0; j < order->len; j++)
    {
      size_t i = g_array_index (order, size_t, j);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (NULL);
      g_autofree char *name = g_markup_escape_text (sk_region_get_kern (self->region, i)->name, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_set_name (label, "ov-minutes");
      g_object_set_data (G_OBJECT (label), "sk-kern-index", GSIZE_TO_POINTER (i));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_list_box_append (self->kern_list, row);
      g_ptr_array_add (self->minute_labels, label);
    }
}

static void
fill_kernen (SkOvPanel *self)
{
  if (self->ov == NULL)
    return;
  if (self->minute_labels->len == 0)
    make_rows (self);
  for (guint j = 0; j < self->minute_labels->len; j++)
    {
      GtkWidget *label = g_ptr_array_index (self->minute_labels, j);
      size_t i = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (label), "sk-kern-index"));
      double before = sk_ov_panel_get_minutes (self, i, FALSE);
      double after = sk_ov_panel_get_minutes (self, i, TRUE);
      g_autofree char *text = change_text (before, after);

      gtk_label_set_label (GTK_LABEL (label), text);
      if (!isnan (after) && (isnan (before) || after < before - 0.5))
        gtk_widget_add_css_class (label, "success");
      else
        gtk_widget_remove_css_class (label, "success");
    }
}

static char *
share_text (double share)
{
  return isnan (share) ? g_strdup ("–") : g_strdup_printf ("%.0f %%", 100 * share);
}

static void
fill_headline (SkOvPanel *self)
{
  g_autofree char *names = centre_names (self);
  g_autofree char *before = share_text (sk_ov_panel_get_share (self, FALSE));
  g_autofree char *after = share_text (sk_ov_panel_get_share (self, TRUE));
  g_autofree char *text = NULL;

  if (g_str_equal (before, after))
    text = g_strdup_printf (_("Binnen een uur in %s: %s van de inwoners"), names, after);
  else
    text = g_strdup_printf (_("Binnen een uur in %s: %s → %s van de inwoners"), names, before, after);
  gtk_label_set_label (self->headline_label, text);
}

static void
fill_money (SkOvPanel *self)
{
  GString *text = g_string_new (NULL);
  const double *yearly = sk_ov_evaluation_get_yearly (self->ov);
  g_autofree char *central = sk_format_count (lround (yearly[SK_RANGE_CENTRAL]));
  g_autofree char *low = sk_format_count (lround (yearly[SK_RANGE_LOW]));
  g_autofree char *high = sk_format_count (lround (yearly[SK_RANGE_HIGH]));
  g_autofree char *claimed = sk_ov_format_claimed_note (sk_ov_evaluation_get_claimed_kinds (self->ov));

  if (yearly[SK_RANGE_HIGH] > 0)
    g_string_append_printf (text, _("Tijdwinst met bus en trein: € %s per jaar (€ %s – € %s), "
                                    "met de halveringsregel; aantal reizen en waarde van de tijd "
                                    "zijn een aanname."), central, low, high);
  if (claimed != NULL)
    g_string_append_printf (text, "%s%s", text->len ? " " : "", claimed);
  if (sk_ov_evaluation_get_n_no_route (self->ov) > 0)
    g_string_append_printf (text, "%s%s", text->len ? " " : "",
                            _("Een buurtbus zonder route (een punt uit een oudere versie) telt "
                              "hier niet mee: teken hem opnieuw als lijn."));
  gtk_label_set_label (self->money_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->money_label), text->len > 0);
  g_string_free (text, TRUE);
}

static void
fill_notes (SkOvPanel *self)
{
  const char *const *notes = sk_ov_result_get_notes (sk_ov_evaluation_get_after (self->ov));
  GString *text = g_string_new (_("De mediaan over elke vertrekminuut in het venster, van deur "
                                  "tot deur: lopen of fietsen naar de halte, wachten, overstappen."));

  for (size_t i = 0; notes != NULL && notes[i] != NULL; i++)
    g_string_append_printf (text, " %s", notes[i]);
  gtk_label_set_label (self->method_label, text->str);
  g_string_free (text, TRUE);
}

static gboolean
any_centre (SkOvPanel *self)
{
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      return TRUE;
  return FALSE;
}

/* The line over the figures: no timetable, busy, or what went wrong. */
static void
fill_status (SkOvPanel *self)
{
  if (self->timetable == NULL)
    gtk_label_set_label (self->status_label,
                         _("Er is nog geen dienstregeling ingelezen voor deze regio. Lees een "
                           "GTFS-bestand in om te zien hoe lang de reis met bus en trein duurt."));
  else if (self->busy)
    gtk_label_set_label (self->status_label, _("De reistijden met bus en trein worden berekend…"));
  else if (self->problem != NULL)
    gtk_label_set_label (self->status_label, self->problem);
  else if (self->ov == NULL && !any_centre (self))
    gtk_label_set_label (self->status_label, _("Kies een of meer centra om de reistijd te zien."));
  else
    gtk_label_set_label (self->status_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label),
                          *gtk_label_get_label (self->status_label) != '\0');
}

static void
refresh (SkOvPanel *self)
{
  gboolean figures = self->ov != NULL;

  gtk_widget_set_visible (self->import_button, self->timetable == NULL);
  gtk_widget_set_visible (self->settings_box, self->timetable != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->headline_label), figures);
  gtk_widget_set_visible (GTK_WIDGET (self->kern_list), figures);
  gtk_widget_set_visible (GTK_WIDGET (self->method_label), figures);
  gtk_widget_set_visible (GTK_WIDGET (self->money_label), FALSE);
  fill_status (self);
  if (!figures)
    return;
  fill_headline (self);
  fill_money (self);
  fill_notes (self);
  fill_kernen (self);
}

static void
add_centre_checks (SkOvPanel *self)
{
  for (guint i = 0; i < self->centres->len; i++)
    {
      const SkOvDestination *d = g_ptr_array_index (self->centres, i);
      GtkWidget *check = gtk_check_button_new_with_label (d->name);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), sk_ov_is_first_centre (d->name));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_question_changed), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (self->centres_box, check);
      g_ptr_array_add (self->checks, check);
    }
}

static GtkStringList *
window_names (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (WINDOWS); i++)
    {
      g_autofree char *text = g_strdup_printf (_("Vertrek %d–%d uur"), WINDOWS[i][0], WINDOWS[i][1]);
      gtk_string_list_append (list, text);
    }
  return list;
}

SkOvPanel *
sk_ov_panel_new (SkRegion *region)
{
  SkOvPanel *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) windows = NULL, accesses = NULL;
  const char *const access[] = { _("Lopend naar de halte"), _("Met de fiets naar de halte"), NULL };

  g_return_val_if_fail (SK_IS_REGION (region), NULL);
  self = g_object_new (SK_TYPE_OV_PANEL, NULL);
  self->region = g_object_ref (region);
  self->centres = sk_ov_destinations_load_default (&error);
  /* The embedded list cannot be missing in a working build. */
  if (self->centres == NULL)
    {
      g_warning ("%s", error->message);
      self->centres = g_ptr_array_new ();
    }
  add_centre_checks (self);
  windows = window_names ();
  accesses = gtk_string_list_new (access);
  gtk_drop_down_set_model (self->window_dropdown, G_LIST_MODEL (windows));
  gtk_drop_down_set_model (self->access_dropdown, G_LIST_MODEL (accesses));
  g_signal_connect_object (self->window_dropdown, "notify::selected",
                           G_CALLBACK (on_question_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->access_dropdown, "notify::selected",
                           G_CALLBACK (on_question_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (on_question_changed), self,
                           G_CONNECT_SWAPPED);
  update_buttons (self);
  refresh (self);
  return self;
}

void
sk_ov_panel_set_timetable (SkOvPanel   *self,
                           SkTimetable *timetable)
{
  SkOvQuery query;

  g_return_if_fail (SK_IS_OV_PANEL (self));
  if (timetable != NULL)
    sk_timetable_ref (timetable);
  g_clear_pointer (&self->timetable, sk_timetable_unref);
  self->timetable = timetable;
  g_clear_pointer (&self->ov, sk_ov_evaluation_unref);
  g_clear_pointer (&self->problem, g_free);
  if (timetable != NULL && sk_ov_query_init_default (&query, timetable))
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (&query.date),
                                                       g_date_get_month (&query.date),
                                                       g_date_get_day (&query.date), 12, 0, 0);

      g_signal_handlers_block_by_func (self->calendar, on_question_changed, self);
      gtk_calendar_select_day (self->calendar, day);
      g_signal_handlers_unblock_by_func (self->calendar, on_question_changed, self);
      update_buttons (self);
    }
  else if (timetable != NULL)
    self->problem = g_strdup (_("In deze dienstregeling rijdt op geen enkele dag een bus of trein."));
  refresh (self);
}

gboolean
sk_ov_panel_get_question (SkOvPanel  *self,
                          SkOvQuery  *query,
                          GPtrArray **dests)
{
  g_autoptr(GDateTime) day = NULL;
  guint w;

  g_return_val_if_fail (SK_IS_OV_PANEL (self), FALSE);
  if (self->timetable == NULL)
    return FALSE;
  day = gtk_calendar_get_date (self->calendar);
  w = MIN (gtk_drop_down_get_selected (self->window_dropdown), G_N_ELEMENTS (WINDOWS) - 1);
  *query = (SkOvQuery) { .window_start = WINDOWS[w][0] * 3600, .window_end = WINDOWS[w][1] * 3600,
                         .access = gtk_drop_down_get_selected (self->access_dropdown) == 1
                                   ? SK_MODE_FIETS : SK_MODE_LOPEN };
  g_date_clear (&query->date, 1);
  g_date_set_dmy (&query->date, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));
  *dests = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_ov_destination_free);
  for (guint i = 0; i < self->centres->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        const SkOvDestination *d = g_ptr_array_index (self->centres, i);
        SkOvDestination *copy = g_new0 (SkOvDestination, 1);

        *copy = (SkOvDestination) { g_strdup (d->name), d->lat, d->lon, g_strdup (d->source),
                                    d->centre, d->kern };
        g_ptr_array_add (*dests, copy);
      }
  return TRUE;
}

void
sk_ov_panel_set_question (SkOvPanel       *self,
                          const SkOvQuery *query,
                          GPtrArray       *dests)
{
  g_autoptr(GDateTime) day = NULL;

  g_return_if_fail (SK_IS_OV_PANEL (self));
  self->setting = TRUE;
  day = g_date_time_new_local (g_date_get_year (&query->date), g_date_get_month (&query->date),
                               g_date_get_day (&query->date), 12, 0, 0);
  gtk_calendar_select_day (self->calendar, day);
  for (guint w = 0; w < G_N_ELEMENTS (WINDOWS); w++)
    if (WINDOWS[w][0] * 3600 == query->window_start && WINDOWS[w][1] * 3600 == query->window_end)
      gtk_drop_down_set_selected (self->window_dropdown, w);
  gtk_drop_down_set_selected (self->access_dropdown, query->access == SK_MODE_FIETS ? 1 : 0);
  for (guint i = 0; i < self->centres->len; i++)
    {
      const char *name = ((SkOvDestination *) g_ptr_array_index (self->centres, i))->name;
      gboolean chosen = FALSE;

      for (guint j = 0; j < dests->len; j++)
        chosen |= g_str_equal (name, ((SkOvDestination *) g_ptr_array_index (dests, j))->name);
      gtk_check_button_set_active (g_ptr_array_index (self->checks, i), chosen);
    }
  self->setting = FALSE;
  update_buttons (self);
}

void
sk_ov_panel_set_busy (SkOvPanel *self,
                      gboolean   busy)
{
  g_return_if_fail (SK_IS_OV_PANEL (self));
  if (self->busy == busy)
    return;
  /* Only the line over the figures: the old ones stay until the new come. */
  self->busy = busy;
  fill_status (self);
}

void
sk_ov_panel_set_evaluation (SkOvPanel    *self,
                            SkEvaluation *evaluation)
{
  g_return_if_fail (SK_IS_OV_PANEL (self));
  /* An edit that changes no bus gives the same searches: the 150 rows
   * of a large region stay as they are, only the money may differ. */
  if (evaluation != NULL && evaluation->ov != NULL && self->ov != NULL
      && sk_ov_evaluation_get_after (evaluation->ov) == sk_ov_evaluation_get_after (self->ov)
      && sk_ov_evaluation_get_before (evaluation->ov) == sk_ov_evaluation_get_before (self->ov))
    {
      sk_ov_evaluation_unref (self->ov);
      self->ov = sk_ov_evaluation_ref (evaluation->ov);
      self->busy = FALSE;
      fill_status (self);
      fill_money (self);
      return;
    }
  g_clear_pointer (&self->ov, sk_ov_evaluation_unref);
  g_clear_pointer (&self->problem, g_free);
  self->busy = FALSE;
  if (evaluation != NULL && evaluation->ov != NULL)
    self->ov = sk_ov_evaluation_ref (evaluation->ov);
  else if (evaluation != NULL && evaluation->ov_problem != NULL)
    self->problem = g_strdup (evaluation->ov_problem);
  refresh (self);
}

double
sk_ov_panel_get_share (SkOvPanel *self,
                       gboolean   after)
{
  g_return_val_if_fail (SK_IS_OV_PANEL (self), NAN);
  if (self->ov == NULL)
    return NAN;
  return sk_ov_result_get_within_60_share (after ? sk_ov_evaluation_get_after (self->ov)
                                                 : sk_ov_evaluation_get_before (self->ov));
}

double
sk_ov_panel_get_minutes (SkOvPanel *self,
                         size_t     kern,
                         gboolean   after)
{
  SkOvResult *result;

  g_return_val_if_fail (SK_IS_OV_PANEL (self), NAN);
  if (self->ov == NULL)
    return NAN;
  result = after ? sk_ov_evaluation_get_after (self->ov) : sk_ov_evaluation_get_before (self->ov);
  if (kern >= sk_ov_result_get_n_kernen (result))
    return NAN;
  return sk_ov_result_get_centre_median (result, kern);
}

SkReachGrade
sk_ov_panel_get_grade (SkOvPanel *self,
                       size_t     kern)
{
  double minutes = sk_ov_panel_get_minutes (self, kern, TRUE);

  if (isnan (minutes))
    return SK_REACH_GRADE_NONE;
  return minutes <= OV_GOOD_MINUTES ? SK_REACH_GRADE_GOOD
         : minutes <= OV_FAIR_MINUTES ? SK_REACH_GRADE_FAIR : SK_REACH_GRADE_POOR;
}

gboolean
sk_ov_panel_has_figures (SkOvPanel *self)
{
  g_return_val_if_fail (SK_IS_OV_PANEL (self), FALSE);
  return self->ov != NULL;
}

const char *
sk_ov_panel_get_headline (SkOvPanel *self)
{
  g_return_val_if_fail (SK_IS_OV_PANEL (self), NULL);
  return self->ov ? gtk_label_get_label (self->headline_label)
                  : gtk_label_get_label (self->status_label);
}

static void
sk_ov_panel_dispose (GObject *object)
{
  SkOvPanel *self = SK_OV_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_OV_PANEL);
  g_clear_pointer (&self->timetable, sk_timetable_unref);
  g_clear_pointer (&self->ov, sk_ov_evaluation_unref);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->centres, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->minute_labels, g_ptr_array_unref);
  g_clear_object (&self->region);

  G_OBJECT_CLASS (sk_ov_panel_parent_class)->dispose (object);
}

static void
sk_ov_panel_class_init (SkOvPanelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_ov_panel_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samenkaart/Samenkaart/ui/sk-ov-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, status_label);
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, import_button);
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, settings_box);
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, date_button);
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, calendar);
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, window_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, access_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, centres_button);
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, centres_box);
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, headline_label);
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, money_label);
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, kern_list);
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, method_label);
  gtk_widget_class_bind_template_child (widget_class, SkOvPanel, on_map_check);
  G_OBJECT_CLASS (klass)->get_property = sk_ov_panel_get_property;
  /* The village dots on the map show the time by bus and train. */
  properties[PROP_ON_MAP] = g_param_spec_boolean ("on-map", NULL, NULL, FALSE,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_PROPS, properties);

  /* The day, the window, the access or the centres changed. */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sk_ov_panel_init (SkOvPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_name (GTK_WIDGET (self), "ov-panel");
  self->checks = g_ptr_array_new ();
  self->minute_labels = g_ptr_array_new ();
  g_signal_connect_object (self->on_map_check, "toggled", G_CALLBACK (on_map_toggled), self,
                           G_CONNECT_SWAPPED);
}
