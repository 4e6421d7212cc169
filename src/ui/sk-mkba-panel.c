/* sk-mkba-panel.c — the MKBA part of the results panel. */
#include "sk-config.h"
#include "sk-mkba-panel.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "sk-format.h"
#include "sk-mkba.h"

struct _SkMkbaPanel
{
  GtkBox parent_instance;

  SkToolbox *toolbox;
  SkMkbaSettings settings;
  SkMkbaResult *result;
  SkPlanSnapshot *plan;  /* the plan shown, to recompute when a setting changes */
  GPtrArray *kinds;      /* const SkKind *, each kind in the plan once */
  guint *n_meeting;      /* per toolbox condition: interventions that meet it */
  guint n_placed;        /* interventions with a known kind */
  double previous_ncw;   /* NAN before the second update */
  double previous_bc;

  GtkLabel *method_label;
  GtkLabel *empty_label;
  GtkWidget *figures_box;
  GtkLabel *ncw_label;
  GtkLabel *range_label;
  GtkLabel *previous_label;
  GtkListBox *list;
  GtkListBox *tables;
  GtkSpinButton *rate_spin;
  GtkDropDown *horizon_dropdown;
  GtkSpinButton *subsidy_spin;
  GtkLabel *price_year_label;
};

G_DEFINE_FINAL_TYPE (SkMkbaPanel, sk_mkba_panel, GTK_TYPE_BOX)

enum
{
  SETTINGS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The horizons offered: the leidraad's 100 years and two shorter ones to
 * see how much the far future weighs (domain.md §2). */
static const int horizons[] = { 100, 50, 30 };

static GtkWidget *
money_label (double euros)
{
  g_autofree char *money = sk_format_money (euros);
  GtkWidget *label = gtk_label_new (money);

  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, euros < 0 ? "error" : "success");
  return label;
}

static GtkWidget *
money_row (const char *title,
           const char *subtitle,
           double      euros)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), money_label (euros));
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* "€ 8.000 (6.000 – 10.000) per woning", the figure as the data gives it. */
static char *
format_figure (const SkFigure *figure)
{
  g_autofree char *central = sk_format_money (figure->central);
  g_autofree char *low = sk_format_money (figure->low);
  g_autofree char *high = sk_format_money (figure->high);

  if (figure->low == figure->central && figure->high == figure->central)
    return g_strdup_printf ("%s %s", central, figure->unit ? figure->unit : "");
  return g_strdup_printf ("%s (%s – %s) %s", central, low, high, figure->unit ? figure->unit : "");
}

static char *
format_source (SkToolbox      *toolbox,
               const SkFigure *figure)
{
  const SkToolboxSource *source;
  g_autofree char *title = NULL;

  if (figure->assumption || figure->source == NULL)
    return g_strdup (_("Aanname: geen bron gevonden"));
  source = sk_toolbox_find_source (toolbox, figure->source);
  if (source == NULL)
    return g_strdup_printf (_("Bron: %s"), figure->source);
  title = g_markup_escape_text (source->title, -1);
  if (source->url != NULL)
    {
      g_autofree char *url = g_markup_escape_text (source->url, -1);
      return g_strdup_printf (_("Bron: <a href=\"%s\">%s</a> (%s, %d)"), url, title,
                              source->publisher ? source->publisher : "", source->year);
    }
  return g_strdup_printf (_("Bron: %s (%s, %d)"), title, source->publisher ? source->publisher : "",
                          source->year);
}

static void
add_figure_label (SkMkbaPanel    *self,
                  GtkBox         *box,
                  const SkKind   *kind,
                  const char     *name,
                  const SkFigure *figure)
{
  g_autofree char *kind_name = g_markup_escape_text (sk_kind_get_display_name (kind), -1);
  g_autofree char *item = g_markup_escape_text (name, -1);
  g_autofree char *value = format_figure (figure);
  g_autofree char *value_markup = g_markup_escape_text (value, -1);
  g_autofree char *source = format_source (self->toolbox, figure);
  g_autofree char *markup = g_strdup_printf ("<b>%s</b> — %s\n%s\n<small>%s</small>", kind_name, item,
                                             value_markup, source);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (box, label);
}

typedef enum
{
  BY_CATEGORY,
  BY_ACTOR,
} LineKind;

/* Every figure of the kinds in the plan that adds to one line of the
 * table, with its range and source: the answer to "where does this
 * number come from?". */
static GtkWidget *
sources_popover (SkMkbaPanel *self,
                 LineKind     by,
                 const char  *id)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *note;

  for (guint k = 0; k < self->kinds->len; k++)
    {
      const SkKind *kind = g_ptr_array_index (self->kinds, k);

      for (size_t i = 0; i < kind->n_costs; i++)
        {
          const SkCost *c = &kind->costs[i];
          if (g_strcmp0 (by == BY_CATEGORY ? c->category : c->actor, id) == 0)
            add_figure_label (self, GTK_BOX (box), kind,
                              sk_cost_get_display_name (c),
                              &c->amount);
        }
      for (size_t i = 0; i < kind->n_benefits; i++)
        {
          const SkBenefit *b = &kind->benefits[i];
          if (g_strcmp0 (by == BY_CATEGORY ? b->category : b->actor, id) == 0)
            add_figure_label (self, GTK_BOX (box), kind,
                              sk_benefit_get_display_name (b),
                              &b->amount);
        }
    }
  note = gtk_label_new (_("Bedragen per eenheid, met de lage en de hoge waarde. Wat een investering "
                          "aan het eind van de looptijd nog waard is, telt als baat voor wie betaalde."));
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (note), 48);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (note, "caption");
  gtk_box_append (GTK_BOX (box), note);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_size_request (scrolled, 380, -1);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  return popover;
}

static GtkWidget *
line_row (SkMkbaPanel         *self,
          LineKind             by,
          const SkToolboxTerm *term,
          const SkMkbaLine    *line)
{
  double costs = line->costs[SK_RANGE_CENTRAL], benefits = line->benefits[SK_RANGE_CENTRAL];
  g_autofree char *c = sk_format_money (costs);
  g_autofree char *b = sk_format_money (benefits);
  /* Translators: what one actor or category pays and gets, in euros. */
  g_autofree char *subtitle = g_strdup_printf (_("kosten %s, baten %s"), c, b);
  GtkWidget *row = money_row (term ? sk_toolbox_term_get_display_name (term) : line->id, subtitle,
                              benefits - costs);
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "sk-sources-symbolic");
  gtk_widget_set_tooltip_text (button, _("Waar komen deze bedragen vandaan?"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), sources_popover (self, by, line->id));
  /* Beside the panel, over the map, where there is room to read. */
  gtk_menu_button_set_direction (GTK_MENU_BUTTON (button), GTK_ARROW_LEFT);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static GtkWidget *
lines_expander (SkMkbaPanel *self,
                LineKind     by,
                const char  *title,
                const char  *subtitle,
                const char  *icon)
{
  GArray *lines = by == BY_CATEGORY ? self->result->by_category : self->result->by_actor;
  GtkWidget *expander = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (expander), icon);
  for (guint i = 0; i < lines->len; i++)
    {
      const SkMkbaLine *line = &g_array_index (lines, SkMkbaLine, i);
      const SkToolboxTerm *term = by == BY_CATEGORY ? sk_toolbox_find_category (self->toolbox, line->id)
                                                    : sk_toolbox_find_actor (self->toolbox, line->id);

      if (line->costs[SK_RANGE_CENTRAL] < 0.5 && line->benefits[SK_RANGE_CENTRAL] < 0.5)
        continue;
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), line_row (self, by, term, line));
    }
  return expander;
}

/* The five toolbox conditions for the whole plan: how many of the ideas
 * meet each one (domain.md §1) — something to talk about, not a score. */
static GtkWidget *
conditions_expander (SkMkbaPanel *self)
{
  GtkWidget *expander = adw_expander_row_new ();
  size_t n = sk_toolbox_get_n_conditions (self->toolbox);
  guint met = 0;
  g_autofree char *subtitle = NULL;

  for (size_t i = 0; i < n; i++)
    {
      const SkToolboxTerm *condition = sk_toolbox_get_condition (self->toolbox, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (self->n_meeting[i] ? "object-select-symbolic"
                                                                         : "window-close-symbolic");
      g_autofree char *count = NULL;

      if (self->n_meeting[i] == 0)
        count = g_strdup (_("Geen enkel idee voldoet hieraan"));
      else
        /* Translators: how many of the ideas on the map meet one condition. */
        count = g_strdup_printf (g_dngettext (NULL, "%u van de %u ideeën voldoet hieraan",
                                              "%u van de %u ideeën voldoen hieraan", self->n_meeting[i]),
                                 self->n_meeting[i], self->n_placed);
      met += self->n_meeting[i] > 0;
      gtk_widget_add_css_class (icon, self->n_meeting[i] ? "success" : "warning");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sk_toolbox_term_get_display_name (condition));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), count);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Voorwaarden van de toolbox"));
  /* Translators: conditions the plan as a whole meets, e.g. "4 van de 5". */
  subtitle = g_strdup_printf (_("Het plan voldoet aan %u van de %zu"), met, n);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (expander), "object-select-symbolic");
  return expander;
}

/* The PM-posten: effects that count but have no price (domain.md §2). */
static GtkWidget *
pm_expander (SkMkbaPanel *self)
{
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < self->result->pm->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (self->result->pm, i));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Ook belangrijk, maar niet in euro’s"));
  /* Translators: the number of effects without a price (PM-posten). */
  subtitle = g_strdup_printf (g_dngettext (NULL, "%u effect zonder prijs", "%u effecten zonder prijs",
                                           self->result->pm->len),
                              self->result->pm->len);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (expander), "emblem-favorite-symbolic");
  return expander;
}

static void
fill_list (SkMkbaPanel *self)
{
  const SkMkbaResult *r = self->result;
  g_autofree char *bc = isnan (r->bc[SK_RANGE_CENTRAL]) ? g_strdup ("–")
                                                         : sk_format_decimal (r->bc[SK_RANGE_CENTRAL], 2);
  g_autofree char *bc_title = NULL;
  g_autofree char *share = g_strdup_printf (_("Aanname: %.0f %% van de meerwaarde (de bron noemt geen percentage)"),
                                            100 * self->settings.subsidy_share);

  if (!isnan (self->previous_bc) && !isnan (r->bc[SK_RANGE_CENTRAL]))
    {
      g_autofree char *was = sk_format_decimal (self->previous_bc, 2);
      /* Translators: benefit-cost ratio now, and before the last change. */
      bc_title = g_strdup_printf (_("Baten per euro kosten: %s (was %s)"), bc, was);
    }
  else
    bc_title = g_strdup_printf (_("Baten per euro kosten: %s"), bc);
  clear_list (self->list);
  gtk_list_box_append (self->list, money_row (_("Kosten (contante waarde)"), NULL,
                                              -r->costs[SK_RANGE_CENTRAL]));
  gtk_list_box_append (self->list, money_row (_("Baten (contante waarde)"), bc_title,
                                              r->benefits[SK_RANGE_CENTRAL]));
  gtk_list_box_append (self->list, money_row (_("Subsidie uit het gebiedsfonds"), share,
                                              r->subsidy));

  clear_list (self->tables);
  gtk_list_box_append (self->tables,
                       lines_expander (self, BY_ACTOR, _("Wie betaalt, wie krijgt"),
                                       _("Per partij: wat zij betaalt en wat zij terugkrijgt"),
                                       "system-users-symbolic"));
  gtk_list_box_append (self->tables,
                       lines_expander (self, BY_CATEGORY, _("Per soort kosten en baten"),
                                       _("Bouw, beheer, gezondheid, natuur …"),
                                       "view-list-symbolic"));
  if (r->pm->len > 0)
    gtk_list_box_append (self->tables, pm_expander (self));
  gtk_list_box_append (self->tables, conditions_expander (self));
}

/* The kinds in the plan (for the sources) and the condition counts. */
static void
collect_kinds (SkMkbaPanel    *self,
               SkPlanSnapshot *plan)
{
  size_t n_conditions = sk_toolbox_get_n_conditions (self->toolbox);

  g_ptr_array_set_size (self->kinds, 0);
  memset (self->n_meeting, 0, n_conditions * sizeof (guint));
  self->n_placed = 0;
  for (size_t i = 0; i < sk_plan_snapshot_get_n_items (plan); i++)
    {
      const SkInterventionState *state = sk_plan_snapshot_get_state (plan, i);
      const SkKind *kind = sk_toolbox_find_kind (self->toolbox, state->kind_id);

      if (kind == NULL)
        continue;
      self->n_placed++;
      for (size_t c = 0; c < n_conditions; c++)
        self->n_meeting[c] += kind->conditions[c] ? 1 : 0;
      if (!g_ptr_array_find (self->kinds, kind, NULL))
        g_ptr_array_add (self->kinds, (gpointer) kind);
    }
}

static void
show_method (SkMkbaPanel *self)
{
  g_autofree char *rate = sk_format_decimal (100 * self->settings.rate, 2);
  g_autofree char *method = NULL;

  /* Translators: %d the horizon in years, %s the discount rate, %d the price year. */
  method = g_strdup_printf (_("Maatschappelijke kosten-batenanalyse volgens de Algemene leidraad "
                              "(CPB/PBL 2013): alle kosten en baten over %d jaar, teruggerekend "
                              "naar nu met %s %% per jaar. Investeringen worden aan het eind van "
                              "hun levensduur opnieuw gedaan. Bedragen in euro’s van %d. Achter elke "
                              "regel staat waar een bedrag vandaan komt; de meeste zijn nog aannames."),
                            self->settings.horizon, rate, sk_toolbox_get_price_year (self->toolbox));
  gtk_label_set_label (self->method_label, method);
}

static void
recompute (SkMkbaPanel    *self,
           SkPlanSnapshot *plan)
{
  g_autofree char *ncw = NULL, *low = NULL, *high = NULL, *range = NULL, *headline = NULL;

  g_clear_pointer (&self->result, sk_mkba_result_free);
  self->result = sk_mkba_evaluate (self->toolbox, plan, &self->settings);
  collect_kinds (self, plan);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->result->n_interventions == 0);
  gtk_widget_set_visible (self->figures_box, self->result->n_interventions > 0);
  if (self->result->n_interventions == 0)
    return;

  ncw = sk_format_money (self->result->ncw[SK_RANGE_CENTRAL]);
  low = sk_format_money (self->result->ncw[SK_RANGE_LOW]);
  high = sk_format_money (self->result->ncw[SK_RANGE_HIGH]);
  /* Translators: the net present value for society. */
  headline = g_strdup_printf (_("Saldo: %s"), ncw);
  range = g_strdup_printf (_("Tussen %s en %s, met de lage en de hoge kengetallen."), low, high);
  gtk_label_set_label (self->ncw_label, headline);
  gtk_label_set_label (self->range_label, range);
  if (!isnan (self->previous_ncw))
    {
      g_autofree char *was = sk_format_money (self->previous_ncw);
      g_autofree char *text = g_strdup_printf (_("Voor de laatste wijziging: %s"), was);
      gtk_label_set_label (self->previous_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->previous_label), !isnan (self->previous_ncw));
  fill_list (self);
}

void
sk_mkba_panel_update (SkMkbaPanel    *self,
                      SkPlanSnapshot *plan)
{
  g_return_if_fail (SK_IS_MKBA_PANEL (self));

  if (self->result != NULL)
    {
      self->previous_ncw = self->result->ncw[SK_RANGE_CENTRAL];
      self->previous_bc = self->result->bc[SK_RANGE_CENTRAL];
    }
  g_clear_pointer (&self->plan, sk_plan_snapshot_unref);
  self->plan = sk_plan_snapshot_ref (plan);
  recompute (self, plan);
}

const SkMkbaResult *
sk_mkba_panel_get_result (SkMkbaPanel *self)
{
  g_return_val_if_fail (SK_IS_MKBA_PANEL (self), NULL);
  return self->result;
}

double
sk_mkba_panel_get_previous_ncw (SkMkbaPanel *self)
{
  g_return_val_if_fail (SK_IS_MKBA_PANEL (self), NAN);
  return self->previous_ncw;
}

const SkMkbaSettings *
sk_mkba_panel_get_settings (SkMkbaPanel *self)
{
  g_return_val_if_fail (SK_IS_MKBA_PANEL (self), NULL);
  return &self->settings;
}

static guint
horizon_position (int horizon)
{
  for (guint i = 0; i < G_N_ELEMENTS (horizons); i++)
    if (horizons[i] == horizon)
      return i;
  return 0;
}

void
sk_mkba_panel_set_settings (SkMkbaPanel          *self,
                            const SkMkbaSettings *settings)
{
  g_return_if_fail (SK_IS_MKBA_PANEL (self));
  g_return_if_fail (settings != NULL);

  if (memcmp (settings, &self->settings, sizeof *settings) == 0)
    return;
  self->settings = *settings;
  /* The controls show the new values without reporting a change. */
  g_signal_handlers_block_matched (self->rate_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->subsidy_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->horizon_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_spin_button_set_value (self->rate_spin, 100 * settings->rate);
  gtk_spin_button_set_value (self->subsidy_spin, 100 * settings->subsidy_share);
  gtk_drop_down_set_selected (self->horizon_dropdown, horizon_position (settings->horizon));
  g_signal_handlers_unblock_matched (self->rate_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->subsidy_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->horizon_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  show_method (self);
  if (self->plan != NULL)
    recompute (self, self->plan);
}

static void
on_setting_changed (SkMkbaPanel *self)
{
  SkMkbaSettings settings = self->settings;
  guint horizon = gtk_drop_down_get_selected (self->horizon_dropdown);

  settings.rate = gtk_spin_button_get_value (self->rate_spin) / 100;
  settings.subsidy_share = gtk_spin_button_get_value (self->subsidy_spin) / 100;
  settings.horizon = horizons[MIN (horizon, G_N_ELEMENTS (horizons) - 1)];
  if (memcmp (&settings, &self->settings, sizeof settings) == 0)
    return;
  /* A change of method is not a change of the plan: no "before" figure. */
  self->previous_ncw = NAN;
  self->previous_bc = NAN;
  self->settings = settings;
  show_method (self);
  if (self->plan != NULL)
    recompute (self, self->plan);
  g_signal_emit (self, signals[SETTINGS_CHANGED], 0);
}

static void
on_reset_clicked (SkMkbaPanel *self)
{
  SkMkbaSettings defaults;

  sk_mkba_settings_init_default (&defaults);
  gtk_spin_button_set_value (self->rate_spin, 100 * defaults.rate);
  gtk_spin_button_set_value (self->subsidy_spin, 100 * defaults.subsidy_share);
  gtk_drop_down_set_selected (self->horizon_dropdown, horizon_position (defaults.horizon));
}

static void
sk_mkba_panel_dispose (GObject *object)
{
  SkMkbaPanel *self = SK_MKBA_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_MKBA_PANEL);
  g_clear_pointer (&self->result, sk_mkba_result_free);
  g_clear_pointer (&self->plan, sk_plan_snapshot_unref);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->n_meeting, g_free);
  g_clear_object (&self->toolbox);

  G_OBJECT_CLASS (sk_mkba_panel_parent_class)->dispose (object);
}

static void
sk_mkba_panel_class_init (SkMkbaPanelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_mkba_panel_dispose;

  /* The user changed the discount rate, the horizon or the subsidy share. */
  signals[SETTINGS_CHANGED] = g_signal_new ("settings-changed", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sk-mkba-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, method_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, empty_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, figures_box);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, ncw_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, range_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, previous_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, list);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, tables);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, rate_spin);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, horizon_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, subsidy_spin);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, price_year_label);
  gtk_widget_class_bind_template_callback (widget_class, on_setting_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked);
}

static void
sk_mkba_panel_init (SkMkbaPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sk_mkba_settings_init_default (&self->settings);
  self->previous_ncw = NAN;
  self->previous_bc = NAN;
  self->kinds = g_ptr_array_new ();
}

SkMkbaPanel *
sk_mkba_panel_new (SkToolbox *toolbox)
{
  SkMkbaPanel *self = g_object_new (SK_TYPE_MKBA_PANEL, NULL);
  g_autofree char *price_year = NULL;

  self->toolbox = g_object_ref (toolbox);
  self->n_meeting = g_new0 (guint, sk_toolbox_get_n_conditions (toolbox) + 1);
  /* Translators: the price level of every amount. */
  price_year = g_strdup_printf (_("Alle bedragen in euro’s van %d (prijspeil van de gereedschapskist)."),
                                sk_toolbox_get_price_year (toolbox));
  gtk_label_set_label (self->price_year_label, price_year);
  show_method (self);
  return self;
}
