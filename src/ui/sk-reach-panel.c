/* sk-reach-panel.c — the reachability part of the indicator panel. */
#include "sk-config.h"
#include "sk-reach-panel.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "sk-format.h"

struct _SkReachPanel
{
  GtkBox parent_instance;

  SkRegion *region;
  SkKengetallen *kengetallen;
  SkReachResult *result;       /* now: with the plan's additions */
  gboolean computing;          /* the region's first search runs in a worker */
  SkReachResult *before;       /* without the plan; NULL before the first evaluation */
  SkEvaluator *evaluator;      /* evaluates the plan off the main thread; may be NULL */
  GArray *types;              /* SkFacilityType shown in the drop-down */
  SkFacilityType facility;
  SkMode mode;
  int home;                    /* the session's own village ("ons dorp"), pinned on top; -1: none */

  GtkDropDown *type_dropdown;
  GtkStringList *type_names;
  GtkDropDown *mode_dropdown;
  GtkStringList *mode_names;
  GtkLabel *headline_label;
  GtkLabel *mean_label;
  GtkLabel *left_out_label;
  GtkLabel *method_label;
  GtkLabel *sources_label;
  GtkListBox *kern_list;
};

G_DEFINE_FINAL_TYPE (SkReachPanel, sk_reach_panel, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_REGION,
  PROP_FACILITY,
  PROP_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
sk_reach_grade_to_css_class (SkReachGrade grade)
{
  static const char *const classes[] = { "reach-none", "reach-good", "reach-fair", "reach-poor",
                                         "reach-unknown" };

  G_STATIC_ASSERT (G_N_ELEMENTS (classes) == SK_REACH_GRADE_UNKNOWN + 1);
  g_return_val_if_fail (grade <= SK_REACH_GRADE_UNKNOWN, "");
  return classes[grade];
}

/* The grade as a shape too, not by colour alone (colour blindness, a
 * grey projector): ● within the norm, ◆ up to 1.5 × the norm, ■ further,
 * ○ none reachable, ? not known whether the village has one. The map's
 * village dots take the same shapes (style.css). */
const char *
sk_reach_grade_to_symbol (SkReachGrade grade)
{
  static const char *const symbols[] = { "○", "●", "◆", "■", "?" };

  G_STATIC_ASSERT (G_N_ELEMENTS (symbols) == SK_REACH_GRADE_UNKNOWN + 1);
  g_return_val_if_fail (grade <= SK_REACH_GRADE_UNKNOWN, "");
  return symbols[grade];
}

/* Whether there are figures for the chosen type: a region without any
 * facility (an OpenStreetMap extract of open land, a test region for bus
 * and train) has no type to choose, and the panel's facility stays
 * SK_FACILITY_INVALID. */
static gboolean
has_figures (SkReachPanel *self)
{
  return self->result != NULL && self->facility != SK_FACILITY_INVALID
         && sk_reach_result_has_type (self->result, self->facility);
}

static double
norm_minutes (SkReachPanel *self)
{
  const SkFigure *norm = sk_kengetallen_get_norm (self->kengetallen, self->facility);

  return norm != NULL ? norm->central : NAN;
}

double
sk_reach_panel_get_minutes (SkReachPanel *self,
                            size_t        kern)
{
  const SkNearest *nearest;

  g_return_val_if_fail (SK_IS_REACH_PANEL (self), NAN);
  if (!has_figures (self))
    return NAN;
  nearest = sk_reach_result_get_nearest (self->result, kern, self->facility, self->mode);
  return nearest != NULL && nearest->reachable ? nearest->minutes : NAN;
}

static gboolean
is_unknown (SkReachPanel *self,
            size_t        kern)
{
  const SkNearest *nearest;

  if (!has_figures (self))
    return FALSE;
  nearest = sk_reach_result_get_nearest (self->result, kern, self->facility, self->mode);
  return nearest != NULL && nearest->unknown;
}

SkReachGrade
sk_reach_panel_get_grade (SkReachPanel *self,
                          size_t        kern)
{
  double minutes = sk_reach_panel_get_minutes (self, kern);
  double norm;

  g_return_val_if_fail (SK_IS_REACH_PANEL (self), SK_REACH_GRADE_NONE);
  if (is_unknown (self, kern))
    return SK_REACH_GRADE_UNKNOWN;
  if (isnan (minutes))
    return SK_REACH_GRADE_NONE;
  /* Without a norm, grade against 10 minutes (an assumption for colour
   * only; the numbers shown stay the computed ones). */
  norm = self->kengetallen != NULL ? norm_minutes (self) : NAN;
  if (isnan (norm))
    norm = 10.0;
  if (minutes <= norm)
    return SK_REACH_GRADE_GOOD;
  return minutes <= 1.5 * norm ? SK_REACH_GRADE_FAIR : SK_REACH_GRADE_POOR;
}

double
sk_reach_panel_get_share (SkReachPanel *self)
{
  const SkReachSummary *summary;

  g_return_val_if_fail (SK_IS_REACH_PANEL (self), NAN);
  if (self->result == NULL || self->facility == SK_FACILITY_INVALID)
    return NAN;
  summary = sk_reach_result_get_summary (self->result, self->facility, self->mode);
  return summary != NULL && summary->present ? summary->share_within_norm : NAN;
}

guint
sk_reach_panel_get_n_left_out (SkReachPanel *self)
{
  const SkReachSummary *summary;

  g_return_val_if_fail (SK_IS_REACH_PANEL (self), 0);
  if (self->result == NULL || self->facility == SK_FACILITY_INVALID)
    return 0;
  summary = sk_reach_result_get_summary (self->result, self->facility, self->mode);
  return summary != NULL && summary->present ? summary->n_unknown : 0;
}

/* Units as the data writes them (SI, English), as a reader reads them. */
static const char *
unit_label (const char *unit)
{
  if (g_strcmp0 (unit, "km/h") == 0)
    return _("km/u");
  if (g_strcmp0 (unit, "factor") == 0)
    return "×";
  return unit != NULL ? unit : "";
}

static void
append_figure (GString        *text,
               const char     *what,
               const SkFigure *figure)
{
  g_autofree char *origin = NULL;

  if (figure == NULL)
    return;
  origin = figure->assumption
             ? g_strdup_printf (_("aanname: %s"), figure->note ? figure->note : "")
             : g_strdup_printf (_("bron: %s"), figure->source);
  /* Translators: e.g. "Snelheid (Fiets): 15 km/u (12–18); bron: …". */
  g_string_append_printf (text, _("%s: %g %s (%g–%g); %s"), what, figure->central,
                          unit_label (figure->unit), figure->low, figure->high, origin);
  g_string_append (text, "\n\n");
}

static void
update_sources (SkReachPanel *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *speed = g_strdup_printf (_("Snelheid (%s)"), sk_mode_get_name (self->mode));
  g_autofree char *detour = g_strdup_printf (_("Omrijden (%s)"), sk_mode_get_name (self->mode));
  g_autofree char *norm = g_strdup_printf (_("Norm (%s)"),
                                           sk_facility_type_get_name (self->facility));

  append_figure (text, speed, sk_kengetallen_get_speed (self->kengetallen, self->mode,
                                                        SK_ROAD_TERTIARY));
  if (sk_reach_result_get_method (self->result) == SK_REACH_METHOD_CROW_FLY)
    append_figure (text, detour, sk_kengetallen_get_detour (self->kengetallen, self->mode));
  append_figure (text, norm, sk_kengetallen_get_norm (self->kengetallen, self->facility));
  g_string_append (text, _("Waar de dorpen en voorzieningen vandaan komen, staat onder "
                           "“Deze regio” → “Bronnen”."));
  gtk_label_set_label (self->sources_label, text->str);
}

/* The village's name; our own village says so. */
static void
set_row_title (SkReachPanel *self,
               GtkWidget    *row,
               size_t        kern)
{
  const char *name = sk_region_get_kern (self->region, kern)->name;
  g_autofree char *title = NULL;

  if ((int) kern == self->home)
    /* Translators: the session's own village, pinned on top of the list. */
    title = g_strdup_printf (_("%s · ons dorp"), name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : name);
  if ((int) kern == self->home)
    gtk_widget_add_css_class (row, "home-kern");
  else
    gtk_widget_remove_css_class (row, "home-kern");
}

static GtkWidget *
kern_row (SkReachPanel *self,
          size_t        kern)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dot = gtk_label_new ("●");
  GtkWidget *minutes = gtk_label_new (NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  set_row_title (self, row, kern);
  gtk_widget_add_css_class (dot, "reach-dot");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), minutes);
  g_object_set_data (G_OBJECT (row), "sk-dot", dot);
  g_object_set_data (G_OBJECT (row), "sk-minutes", minutes);
  g_object_set_data (G_OBJECT (row), "sk-kern", GSIZE_TO_POINTER (kern));
  return row;
}

static void
update_row (SkReachPanel *self,
            GtkWidget    *row)
{
  size_t kern = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "sk-kern"));
  GtkWidget *dot = g_object_get_data (G_OBJECT (row), "sk-dot");
  double minutes = sk_reach_panel_get_minutes (self, kern);
  g_autofree char *time = NULL;
  g_autofree char *km = NULL;

  if (!isnan (minutes))
    {
      const SkNearest *nearest = sk_reach_result_get_nearest (self->result, kern, self->facility, self->mode);
      const SkNearest *was = self->before
                               ? sk_reach_result_get_nearest (self->before, kern, self->facility, self->mode)
                               : NULL;

      /* The decimal comma of the UI's language, whatever LC_NUMERIC says. */
      g_autofree char *distance = sk_format_decimal (nearest->meters / 1000.0, 1);

      time = g_strdup_printf (_("%.0f min"), minutes);
      if (was != NULL && was->reachable && fabs (was->minutes - minutes) >= 0.5)
        /* Translators: distance now ("2,5"), and the time before the plan. */
        km = g_strdup_printf (_("%s km · was %.0f min"), distance, was->minutes);
      else
        km = g_strdup_printf (_("%s km"), distance);
    }
  else if (is_unknown (self, kern))
    {
      const SkNearest *nearest = sk_reach_result_get_nearest (self->result, kern, self->facility, self->mode);

      /* No number: the data does not say whether this kern, or a nearer
       * one, has one. */
      time = g_strdup (_("niet bekend"));
      if (nearest->unknown_kern == (int) kern)
        km = g_strdup (_("Niet bekend of hier een is; niet meegeteld"));
      else
        /* Translators: "Niet bekend of Meppel er een heeft; niet meegeteld". */
        km = g_strdup_printf (_("Niet bekend of %s er een heeft; niet meegeteld"),
                              sk_region_get_kern (self->region, (size_t) nearest->unknown_kern)->name);
    }
  else
    time = g_strdup (_("niet te bereiken"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), km ? km : "");
  gtk_label_set_label (GTK_LABEL (g_object_get_data (G_OBJECT (row), "sk-minutes")), time);
  for (int g = SK_REACH_GRADE_NONE; g <= SK_REACH_GRADE_UNKNOWN; g++)
    gtk_widget_remove_css_class (dot, sk_reach_grade_to_css_class (g));
  gtk_widget_add_css_class (dot, sk_reach_grade_to_css_class (sk_reach_panel_get_grade (self, kern)));
  gtk_label_set_label (GTK_LABEL (dot), sk_reach_grade_to_symbol (sk_reach_panel_get_grade (self, kern)));
  g_object_set_data (G_OBJECT (row), "sk-sort",
                     GINT_TO_POINTER (is_unknown (self, kern) ? -1
                                      : isnan (minutes) ? G_MAXINT : (int) round (minutes * 100)));
}

/* Our own village on top, then unreachable, then the longest time, then
 * the kern's order; the kernen without a number ("niet bekend") last. */
static int
sort_worst_first (GtkListBoxRow *a,
                  GtkListBoxRow *b,
                  gpointer       user_data)
{
  SkReachPanel *self = user_data;
  int x = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (a), "sk-sort"));
  int y = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (b), "sk-sort"));
  gsize ka = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (a), "sk-kern"));
  gsize kb = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (b), "sk-kern"));

  if ((int) ka == self->home || (int) kb == self->home)
    return ((int) kb == self->home) - ((int) ka == self->home);
  if (x != y)
    return x < y ? 1 : -1;
  return ka < kb ? -1 : ka > kb;
}

static void
update_list (SkReachPanel *self)
{
  size_t n = sk_region_get_n_kernen (self->region);

  if (gtk_widget_get_first_child (GTK_WIDGET (self->kern_list)) == NULL)
    {
      for (size_t i = 0; i < n; i++)
        gtk_list_box_append (self->kern_list, kern_row (self, i));
      gtk_list_box_set_sort_func (self->kern_list, sort_worst_first, self, NULL);
    }
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->kern_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    update_row (self, row);
  gtk_list_box_invalidate_sort (self->kern_list);
}

/* TRUE when no kern of the region says whether its list of the chosen
 * type is complete (data/regions/README.md: "niet vastgelegd" everywhere):
 * a bus stop the data lacks makes every time of that type too long. */
static gboolean
completeness_unrecorded (SkReachPanel *self)
{
  size_t n = sk_region_get_n_kernen (self->region);

  return n > 0 && sk_region_count_facility_status (self->region, self->facility,
                                                   SK_FACILITY_STATUS_NOT_RECORDED) == n;
}

/* "3 kernen niet meegeteld: niet bekend", with the people in them; or,
 * for a type the region never said anything about, that it did not. */
static void
update_left_out (SkReachPanel         *self,
                 const SkReachSummary *summary)
{
  g_autofree char *text = NULL;
  guint n = summary != NULL && summary->present ? summary->n_unknown : 0;

  if (n == 0 && summary != NULL && summary->present && completeness_unrecorded (self))
    text = g_strdup (_("De gegevens zeggen niet of alle voorzieningen van deze soort op de kaart "
                       "staan. Mist er een, dan is de echte reistijd korter."));
  else if (n > 0)
    {
      g_autofree char *left_out = sk_reach_format_left_out (n);

      g_autofree char *people = sk_format_count (summary->inhabitants_unknown);

      /* Translators: "13 kernen niet meegeteld: niet bekend (21.480 inwoners). …" */
      text = g_strdup_printf (_("%s (%s inwoners). De gegevens zeggen niet of die kern of een "
                                "kern dichterbij er een heeft."), left_out, people);
    }
  gtk_label_set_label (self->left_out_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->left_out_label), text != NULL);
}

static void
update_headline (SkReachPanel *self)
{
  const SkReachSummary *summary = sk_reach_result_get_summary (self->result, self->facility,
                                                               self->mode);
  g_autofree char *headline = NULL;
  g_autofree char *mean = NULL;

  if (summary == NULL || !summary->present)
    headline = g_strdup_printf (_("%s: er is er geen in de regio."),
                                sk_facility_type_get_name (self->facility));
  else if (!isnan (summary->share_within_norm) && summary->n_unknown > 0)
    /* Translators: as below, but some kernen are left out (not known). */
    headline = g_strdup_printf (_("%s: %.0f %% van de inwoners van de meegetelde kernen is er "
                                  "binnen %.0f minuten."),
                                sk_facility_type_get_name (self->facility),
                                100 * summary->share_within_norm, summary->norm_minutes);
  else if (!isnan (summary->share_within_norm))
    /* Translators: "Huisarts: 64 % van de inwoners is er binnen 15 minuten." */
    headline = g_strdup_printf (_("%s: %.0f %% van de inwoners is er binnen %.0f minuten."),
                                sk_facility_type_get_name (self->facility),
                                100 * summary->share_within_norm, summary->norm_minutes);
  else
    headline = g_strdup (sk_facility_type_get_name (self->facility));
  if (summary != NULL && summary->present && !isnan (summary->mean_minutes))
    {
      const SkReachSummary *was = self->before
                                    ? sk_reach_result_get_summary (self->before, self->facility,
                                                                   self->mode)
                                    : NULL;

      if (was != NULL && was->present && !isnan (was->share_within_norm)
          && fabs (was->share_within_norm - summary->share_within_norm) >= 0.005)
        /* Translators: the mean now, and the share before the plan. */
        mean = g_strdup_printf (_("Gemiddeld %.0f minuten per inwoner. Zonder het plan: %.0f %%."),
                                summary->mean_minutes, 100 * was->share_within_norm);
      else
        mean = g_strdup_printf (_("Gemiddeld %.0f minuten per inwoner."), summary->mean_minutes);
    }
  gtk_label_set_label (self->headline_label, headline);
  gtk_label_set_label (self->mean_label, mean ? mean : "");
  gtk_widget_set_visible (GTK_WIDGET (self->mean_label), mean != NULL);
  update_left_out (self, summary);
}

/* Said instead of "De afstanden worden berekend…" staying for ever. */
static void
show_no_facilities (SkReachPanel *self)
{
  gtk_label_set_label (self->headline_label,
                       _("Deze regio heeft nog geen huisarts, school, winkel of andere "
                         "voorziening om de afstand naar te meten."));
  gtk_widget_set_visible (GTK_WIDGET (self->mean_label), FALSE);
  /* Nothing to choose and no list: no empty dropdown saying "(None)",
   * no empty frame. */
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->type_dropdown)), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->kern_list), FALSE);
}

static void
update (SkReachPanel *self)
{
  if (self->result == NULL)
    return;
  if (self->facility == SK_FACILITY_INVALID)
    {
      show_no_facilities (self);
      return;
    }
  update_headline (self);
  update_list (self);
  update_sources (self);
  gtk_label_set_label (self->method_label,
                       sk_reach_result_get_method (self->result) == SK_REACH_METHOD_CROW_FLY
                         ? _("Geschat: de afstand in rechte lijn, met wat omrijden erbij. Er is "
                             "voor deze regio nog geen wegennet ingelezen.")
                         : _("Berekend over het wegennet."));
}

/* The region without a plan, computed when the panel is made, so the
 * villages show their distances before anything is placed. */
static void
compute (SkReachPanel *self)
{
  g_autoptr(GError) error = NULL;

  if (self->kengetallen == NULL)
    self->kengetallen = sk_kengetallen_load_default (&error);
  g_clear_pointer (&self->result, sk_reach_result_free);
  g_clear_pointer (&self->before, sk_reach_result_free);
  if (self->kengetallen == NULL
      || !sk_reach_evaluate (self->region, self->kengetallen, NULL, 0, SK_ACCESS_ALL, &self->result,
                             NULL, &error))
    {
      gtk_label_set_label (self->headline_label, _("De afstanden kunnen niet worden berekend."));
      gtk_label_set_label (self->method_label, error->message);
    }
}

/* Worker thread: the region and the kengetallen are immutable. */
static void
compute_in_thread (GTask        *task,
                   gpointer      source,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  SkReachPanel *self = source;
  SkReachResult *result = NULL;
  GError *error = NULL;

  if (sk_reach_evaluate (self->region, self->kengetallen, NULL, 0, SK_ACCESS_ALL, &result, NULL,
                         &error))
    g_task_return_pointer (task, result, (GDestroyNotify) sk_reach_result_free);
  else
    g_task_return_error (task, error);
}

static void
on_computed (GObject      *source,
             GAsyncResult *res,
             gpointer      user_data)
{
  SkReachPanel *self = SK_REACH_PANEL (source);
  g_autoptr(GError) error = NULL;
  SkReachResult *result = g_task_propagate_pointer (G_TASK (res), &error);

  self->computing = FALSE;
  if (result == NULL)
    {
      gtk_label_set_label (self->headline_label, _("De afstanden kunnen niet worden berekend."));
      gtk_label_set_label (self->method_label, error->message);
      return;
    }
  /* The evaluator may have been quicker, with the plan in it. */
  if (self->result != NULL)
    {
      sk_reach_result_free (result);
      return;
    }
  self->result = result;
  update (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* Over a road network the first search takes seconds on a province: it
 * runs in a worker so that the window and its map appear at once. */
static void
compute_async (SkReachPanel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  if (self->kengetallen == NULL)
    self->kengetallen = sk_kengetallen_load_default (&error);
  if (self->kengetallen == NULL)
    {
      gtk_label_set_label (self->headline_label, _("De afstanden kunnen niet worden berekend."));
      gtk_label_set_label (self->method_label, error->message);
      return;
    }
  gtk_label_set_label (self->headline_label, _("De afstanden worden berekend…"));
  self->computing = TRUE;
  task = g_task_new (self, NULL, on_computed, NULL);
  g_task_set_source_tag (task, compute_async);
  g_task_run_in_thread (task, compute_in_thread);
}

/* The types the region has facilities of: the types a result has. */
static gboolean
region_has_type (SkReachPanel   *self,
                 SkFacilityType  type)
{
  if (self->result != NULL)
    return sk_reach_result_has_type (self->result, type);
  for (size_t i = 0; i < sk_region_get_n_facilities (self->region); i++)
    if (sk_region_get_facility (self->region, i)->type == type)
      return TRUE;
  return FALSE;
}

static void
fill_types (SkReachPanel *self)
{
  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    if (region_has_type (self, (SkFacilityType) t))
      {
        SkFacilityType type = (SkFacilityType) t;

        g_array_append_val (self->types, type);
        gtk_string_list_append (self->type_names, sk_facility_type_get_name (type));
      }
}

static void
fill_dropdowns (SkReachPanel *self)
{
  fill_types (self);
  for (int m = 0; m < SK_N_MODES; m++)
    gtk_string_list_append (self->mode_names, sk_mode_get_name ((SkMode) m));
}

/* Whether the types of the result differ from those in the drop-down. */
static gboolean
types_changed (SkReachPanel *self)
{
  guint n = 0;

  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    if (region_has_type (self, (SkFacilityType) t))
      {
        if (n >= self->types->len || g_array_index (self->types, SkFacilityType, n) != t)
          return TRUE;
        n++;
      }
  return n != self->types->len;
}

static void on_type_selected (GtkDropDown  *dropdown,
                              GParamSpec   *pspec,
                              SkReachPanel *self);

/* A facility added by correction ("Hier is ook een…") can bring a type
 * the region had none of, or the first facility at all: the drop-down
 * follows the evaluation, so the panel comes alive without reopening. */
static void
refresh_types (SkReachPanel *self)
{
  SkFacilityType keep = self->facility;
  SkFacilityType choice = SK_FACILITY_INVALID;

  if (!types_changed (self))
    return;
  g_signal_handlers_block_by_func (self->type_dropdown, on_type_selected, self);
  g_array_set_size (self->types, 0);
  gtk_string_list_splice (self->type_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->type_names)), NULL);
  fill_types (self);
  g_signal_handlers_unblock_by_func (self->type_dropdown, on_type_selected, self);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->type_dropdown)),
                          self->types->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->kern_list), self->types->len > 0);
  for (guint i = 0; i < self->types->len; i++)
    {
      SkFacilityType t = g_array_index (self->types, SkFacilityType, i);

      if (t == keep || (t == SK_FACILITY_HUISARTS && choice != keep) || i == 0)
        choice = t;
    }
  self->facility = SK_FACILITY_INVALID;
  sk_reach_panel_set_facility (self, choice);
}

static void
on_evaluator_ready (SkEvaluator  *evaluator,
                    SkEvaluation *evaluation,
                    guint64       generation,
                    SkReachPanel *self)
{
  g_clear_pointer (&self->result, sk_reach_result_free);
  g_clear_pointer (&self->before, sk_reach_result_free);
  self->result = sk_reach_result_copy (evaluation->after);
  self->before = sk_reach_result_copy (evaluation->before);
  refresh_types (self);
  update (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

void
sk_reach_panel_set_evaluator (SkReachPanel *self,
                              SkEvaluator  *evaluator)
{
  g_return_if_fail (SK_IS_REACH_PANEL (self));
  g_return_if_fail (SK_IS_EVALUATOR (evaluator));

  if (self->evaluator != NULL)
    g_signal_handlers_disconnect_by_data (self->evaluator, self);
  g_set_object (&self->evaluator, evaluator);
  g_signal_connect_object (evaluator, "ready", G_CALLBACK (on_evaluator_ready), self, 0);
}

gboolean
sk_reach_panel_get_busy (SkReachPanel *self)
{
  g_return_val_if_fail (SK_IS_REACH_PANEL (self), FALSE);
  return self->computing || (self->evaluator != NULL && sk_evaluator_get_busy (self->evaluator));
}

double
sk_reach_panel_get_share_before (SkReachPanel *self)
{
  const SkReachSummary *summary;

  g_return_val_if_fail (SK_IS_REACH_PANEL (self), NAN);
  if (self->facility == SK_FACILITY_INVALID)
    return NAN;
  if (self->before == NULL)
    return sk_reach_panel_get_share (self);
  summary = sk_reach_result_get_summary (self->before, self->facility, self->mode);
  return summary != NULL && summary->present ? summary->share_within_norm : NAN;
}

static void
on_type_selected (GtkDropDown  *dropdown,
                  GParamSpec   *pspec,
                  SkReachPanel *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (i < self->types->len)
    sk_reach_panel_set_facility (self, g_array_index (self->types, SkFacilityType, i));
}

static void
on_mode_selected (GtkDropDown  *dropdown,
                  GParamSpec   *pspec,
                  SkReachPanel *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (i < SK_N_MODES)
    sk_reach_panel_set_mode (self, (SkMode) i);
}

SkFacilityType
sk_reach_panel_get_facility (SkReachPanel *self)
{
  g_return_val_if_fail (SK_IS_REACH_PANEL (self), SK_FACILITY_INVALID);
  return self->facility;
}

void
sk_reach_panel_set_facility (SkReachPanel   *self,
                             SkFacilityType  type)
{
  g_return_if_fail (SK_IS_REACH_PANEL (self));

  if (self->facility == type)
    return;
  self->facility = type;
  for (guint i = 0; i < self->types->len; i++)
    if (g_array_index (self->types, SkFacilityType, i) == type)
      gtk_drop_down_set_selected (self->type_dropdown, i);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FACILITY]);
}

SkMode
sk_reach_panel_get_mode (SkReachPanel *self)
{
  g_return_val_if_fail (SK_IS_REACH_PANEL (self), SK_MODE_INVALID);
  return self->mode;
}

void
sk_reach_panel_set_mode (SkReachPanel *self,
                         SkMode        mode)
{
  g_return_if_fail (SK_IS_REACH_PANEL (self));

  if (self->mode == mode)
    return;
  self->mode = mode;
  gtk_drop_down_set_selected (self->mode_dropdown, mode);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

static void
sk_reach_panel_constructed (GObject *object)
{
  SkReachPanel *self = SK_REACH_PANEL (object);

  G_OBJECT_CLASS (sk_reach_panel_parent_class)->constructed (object);

  if (sk_region_get_network (self->region) != NULL)
    compute_async (self);
  else
    compute (self);
  fill_dropdowns (self);
  /* Start where the seeds start: the GP, by bike. */
  self->mode = SK_MODE_FIETS;
  gtk_drop_down_set_selected (self->mode_dropdown, self->mode);
  self->facility = SK_FACILITY_INVALID;
  if (self->types->len > 0)
    sk_reach_panel_set_facility (self, region_has_type (self, SK_FACILITY_HUISARTS)
                                         ? SK_FACILITY_HUISARTS
                                         : g_array_index (self->types, SkFacilityType, 0));
  else
    update (self);
  g_signal_connect_object (self->type_dropdown, "notify::selected",
                           G_CALLBACK (on_type_selected), self, 0);
  g_signal_connect_object (self->mode_dropdown, "notify::selected",
                           G_CALLBACK (on_mode_selected), self, 0);
}

static void
sk_reach_panel_dispose (GObject *object)
{
  SkReachPanel *self = SK_REACH_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_REACH_PANEL);
  g_clear_pointer (&self->result, sk_reach_result_free);
  g_clear_pointer (&self->before, sk_reach_result_free);
  g_clear_object (&self->evaluator);
  g_clear_pointer (&self->kengetallen, sk_kengetallen_free);
  g_clear_pointer (&self->types, g_array_unref);
  g_clear_object (&self->region);

  G_OBJECT_CLASS (sk_reach_panel_parent_class)->dispose (object);
}

static void
sk_reach_panel_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SkReachPanel *self = SK_REACH_PANEL (object);

  switch (prop_id)
    {
    case PROP_REGION:
      g_value_set_object (value, self->region);
      break;
    case PROP_FACILITY:
      g_value_set_int (value, self->facility);
      break;
    case PROP_MODE:
      g_value_set_int (value, self->mode);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_reach_panel_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SkReachPanel *self = SK_REACH_PANEL (object);

  switch (prop_id)
    {
    case PROP_REGION:
      self->region = g_value_dup_object (value);
      break;
    case PROP_FACILITY:
      sk_reach_panel_set_facility (self, g_value_get_int (value));
      break;
    case PROP_MODE:
      sk_reach_panel_set_mode (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_reach_panel_class_init (SkReachPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_reach_panel_constructed;
  object_class->dispose = sk_reach_panel_dispose;
  object_class->get_property = sk_reach_panel_get_property;
  object_class->set_property = sk_reach_panel_set_property;

  properties[PROP_REGION] =
    g_param_spec_object ("region", NULL, NULL, SK_TYPE_REGION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FACILITY] =
    g_param_spec_int ("facility", NULL, NULL, -1, SK_N_FACILITY_TYPES - 1, SK_FACILITY_HUISARTS,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODE] =
    g_param_spec_int ("mode", NULL, NULL, -1, SK_N_MODES - 1, SK_MODE_FIETS,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SkReachPanel::changed:
   *
   * The figures changed because the plan did.
   */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sk-reach-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SkReachPanel, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkReachPanel, type_names);
  gtk_widget_class_bind_template_child (widget_class, SkReachPanel, mode_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkReachPanel, mode_names);
  gtk_widget_class_bind_template_child (widget_class, SkReachPanel, headline_label);
  gtk_widget_class_bind_template_child (widget_class, SkReachPanel, mean_label);
  gtk_widget_class_bind_template_child (widget_class, SkReachPanel, left_out_label);
  gtk_widget_class_bind_template_child (widget_class, SkReachPanel, method_label);
  gtk_widget_class_bind_template_child (widget_class, SkReachPanel, sources_label);
  gtk_widget_class_bind_template_child (widget_class, SkReachPanel, kern_list);
}

/* A name as people type it: case, accents and spaces around do not count
 * ("ruinerwold " is Ruinerwold). */
static char *
comparable_name (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  g_autofree char *plain = g_str_to_ascii (stripped, "C");

  return g_ascii_strdown (plain, -1);
}

static int
find_home (SkReachPanel *self,
           const char   *place)
{
  g_autofree char *wanted = place != NULL ? comparable_name (place) : NULL;

  if (wanted == NULL || *wanted == '\0')
    return -1;
  for (size_t i = 0; i < sk_region_get_n_kernen (self->region); i++)
    {
      const SkKern *kern = sk_region_get_kern (self->region, i);
      g_autofree char *name = comparable_name (kern->name);

      if (g_str_equal (name, wanted) || g_ascii_strcasecmp (kern->id, wanted) == 0)
        return (int) i;
    }
  return -1;
}

void
sk_reach_panel_set_home (SkReachPanel *self,
                         const char   *place)
{
  int home;

  g_return_if_fail (SK_IS_REACH_PANEL (self));
  home = find_home (self, place);
  if (home == self->home)
    return;
  self->home = home;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->kern_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    set_row_title (self, row, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "sk-kern")));
  gtk_list_box_invalidate_sort (self->kern_list);
}

int
sk_reach_panel_get_home (SkReachPanel *self)
{
  g_return_val_if_fail (SK_IS_REACH_PANEL (self), -1);
  return self->home;
}

static void
sk_reach_panel_init (SkReachPanel *self)
{
  self->home = -1;
  self->types = g_array_new (FALSE, FALSE, sizeof (SkFacilityType));
  gtk_widget_init_template (GTK_WIDGET (self));
}

SkReachPanel *
sk_reach_panel_new (SkRegion *region)
{
  return g_object_new (SK_TYPE_REACH_PANEL, "region", region, NULL);
}
