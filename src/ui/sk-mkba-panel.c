/* sk-mkba-panel.c — the MKBA part of the results panel. */
#include "sk-config.h"
#include "sk-mkba-panel.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "sk-format.h"
#include "sk-mkba.h"
#include "sk-mkba-verdict.h"
#include "sk-report.h"
#include "sk-decimal-spin.h"
#include "sk-evaluator.h"

struct _SkMkbaPanel
{
  GtkBox parent_instance;

  SkToolbox *toolbox;
  SkKengetallen *kengetallen;  /* of the travel-time rule; borrowed from the evaluator */
  SkMkbaSettings settings;
  SkEvaluation *evaluation;  /* the one shown; its mkba is self->result */
  SkMkbaResult *result;
  GPtrArray *kinds;      /* const SkKind *, each kind in the plan once */
  gboolean method_changed;  /* the next evaluation follows a change of settings */
  double previous_ncw;   /* NAN before the second update */
  double previous_bc;

  GtkLabel *method_label;
  GtkLabel *empty_label;
  GtkWidget *figures_box;
  GtkLabel *verdict_label;
  GtkLabel *verdict_detail_label;   /* the "about even" band, an aanname */
  GtkLabel *ncw_label;
  GtkLabel *bc_label;
  GtkLabel *rules_label;
  GtkLabel *range_label;
  GtkLabel *previous_label;
  GtkListBox *list;
  GtkListBox *tables;
  /* Rows made once and updated in place: rebuilding them on every edit
   * costs more than a frame (bench/bench-ui-evaluate.c). */
  GtkWidget *costs_row, *benefits_row, *subsidy_row, *travel_row;
  GHashTable *actor_rows;      /* actor id → row */
  GHashTable *category_rows;   /* category id → row */
  GHashTable *theme_rows;      /* brede-welvaart theme id → row */
  GPtrArray *condition_rows;   /* AdwActionRow per toolbox condition */
  GtkWidget *conditions_expander;
  GtkWidget *fit_row;          /* "Past het hier?": the ideas per verdict */
  GtkWidget *pm_expander;
  GPtrArray *pm_rows;          /* rows in pm_expander */
  char *pm_shown;              /* the PM-posten the rows show, joined */
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

static void
set_money (GtkWidget  *row,
           const char *subtitle,
           double      euros)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (row), "sk-money");
  g_autofree char *money = sk_format_money (euros);

  gtk_label_set_label (GTK_LABEL (label), money);
  gtk_widget_remove_css_class (label, euros < 0 ? "success" : "error");
  gtk_widget_add_css_class (label, euros < 0 ? "error" : "success");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle ? subtitle : "");
}

/* A row with a title and an amount on the right (set_money fills it). */
static GtkWidget *
money_row (const char *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  g_object_set_data (G_OBJECT (row), "sk-money", label);
  return row;
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

/* A wrapping label of MARKUP in the sources popover. */
static void
add_markup_label (GtkBox     *box,
                  const char *markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (box, label);
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

  add_markup_label (box, markup);
}

static void
add_rule_label (SkMkbaPanel    *self,
                GtkBox         *box,
                const char     *name,
                const SkFigure *figure)
{
  g_autofree char *item = g_markup_escape_text (name, -1);
  g_autofree char *source = format_source (self->toolbox, figure);
  g_autofree char *markup = g_strdup_printf ("%s: %g (%g – %g) %s\n<small>%s</small>", item,
                                             figure->central, figure->low, figure->high,
                                             figure->unit ? figure->unit : "", source);

  add_markup_label (box, markup);
}

/* The reachability → MKBA rule (docs/evaluate.md) and its figures. */
static void
add_travel_labels (SkMkbaPanel *self,
                   GtkBox      *box)
{
  const SkTravelTime *travel = &self->evaluation->travel;
  g_autofree char *hours = sk_format_count ((long) round (travel->hours_saved));
  g_autofree char *yearly = sk_format_money (travel->yearly[SK_RANGE_CENTRAL]);
  g_autofree char *text = NULL;

  if (self->kengetallen == NULL || (travel->hours_saved <= 0 && travel->n_newly_reachable == 0))
    return;
  /* Translators: the travel-time rule with its outcome. */
  text = g_strdup_printf (_("<b>Kortere reistijd</b>\nInwoners zijn samen %s uur per jaar minder "
                            "onderweg: %s per jaar. Regel: bespaarde tijd × ritten × waarde van "
                            "tijd; nieuwe ritten tellen voor de helft."),
                          hours, yearly);
  add_markup_label (box, text);
  for (int mode = 0; mode < SK_N_MODES; mode++)
    {
      const SkFigure *value = sk_kengetallen_get_value_of_time (self->kengetallen, mode);
      g_autofree char *name = NULL;

      if (value == NULL)
        continue;
      /* Translators: "Waarde van tijd, Fiets". */
      name = g_strdup_printf (_("Waarde van tijd, %s"), sk_mode_get_name (mode));
      add_rule_label (self, box, name, value);
    }
  if (sk_kengetallen_get_new_trips (self->kengetallen) != NULL)
    add_rule_label (self, box, _("Meer ritten als de reis korter wordt"),
                    sk_kengetallen_get_new_trips (self->kengetallen));
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
  if (g_strcmp0 (id, "reistijd") == 0 || g_strcmp0 (id, "bewoners") == 0)
    add_travel_labels (self, GTK_BOX (box));
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

static void
create_sources_popover (GtkMenuButton *button,
                        gpointer       user_data)
{
  SkMkbaPanel *self = SK_MKBA_PANEL (user_data);
  LineKind by = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "sk-by"));
  const char *id = g_object_get_data (G_OBJECT (button), "sk-id");

  /* Made when opened, from the plan of that moment. */
  gtk_menu_button_set_popover (button, sources_popover (self, by, id));
}

/* A row of the "who pays" or "per category" table, with the button that
 * shows the amounts behind it. */
static GtkWidget *
line_row (SkMkbaPanel         *self,
          LineKind             by,
          const SkToolboxTerm *term)
{
  GtkWidget *row = money_row (sk_toolbox_term_get_display_name (term));
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "sk-sources-symbolic");
  gtk_widget_set_tooltip_text (button, _("Waar komen deze bedragen vandaan?"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "sk-by", GINT_TO_POINTER (by));
  g_object_set_data_full (G_OBJECT (button), "sk-id", g_strdup (term->id), g_free);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_sources_popover, self, NULL);
  /* Beside the panel, over the map, where there is room to read. */
  gtk_menu_button_set_direction (GTK_MENU_BUTTON (button), GTK_ARROW_LEFT);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  gtk_widget_set_visible (row, FALSE);
  return row;
}

static GtkWidget *
new_expander (const char *title,
              const char *subtitle,
              const char *icon)
{
  GtkWidget *expander = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (expander), icon);
  return expander;
}

static GtkWidget *
lines_expander (SkMkbaPanel *self,
                LineKind     by,
                GHashTable  *rows,
                const char  *title,
                const char  *subtitle,
                const char  *icon)
{
  GtkWidget *expander = new_expander (title, subtitle, icon);
  size_t n = by == BY_CATEGORY ? sk_toolbox_get_n_categories (self->toolbox)
                               : sk_toolbox_get_n_actors (self->toolbox);

  for (size_t i = 0; i < n; i++)
    {
      const SkToolboxTerm *term = by == BY_CATEGORY ? sk_toolbox_get_category (self->toolbox, i)
                                                    : sk_toolbox_get_actor (self->toolbox, i);
      GtkWidget *row = line_row (self, by, term);

      g_hash_table_insert (rows, term->id, row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  return expander;
}

/* Shows the lines with an amount, each with its costs and benefits. */
static void
update_lines (GArray     *lines,
              GHashTable *rows)
{
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      const SkMkbaLine *line = &g_array_index (lines, SkMkbaLine, i);
      GtkWidget *row = g_hash_table_lookup (rows, line->id);
      double costs = line->costs[SK_RANGE_CENTRAL], benefits = line->benefits[SK_RANGE_CENTRAL];
      g_autofree char *c = sk_format_money (costs);
      g_autofree char *b = sk_format_money (benefits);
      /* Translators: what one actor or category pays and gets, in euros. */
      g_autofree char *subtitle = g_strdup_printf (_("kosten %s, baten %s"), c, b);

      if (row == NULL)
        continue;
      set_money (row, subtitle, benefits - costs);
      gtk_widget_set_visible (row, costs >= 0.5 || benefits >= 0.5);
    }
}

/* The plan as a brede-welvaart profile (domain.md §4): what it brings per
 * theme of the CBS monitor, in euros and in effects without a price. */
static GtkWidget *
welvaart_expander (SkMkbaPanel *self)
{
  GtkWidget *expander = new_expander (_("Brede welvaart"),
                                      _("Wat het plan brengt voor gezondheid, wonen, natuur …"),
                                      "face-smile-symbolic");

  for (size_t i = 0; i < sk_toolbox_get_n_bw_themes (self->toolbox); i++)
    {
      const SkToolboxTerm *theme = sk_toolbox_get_bw_theme (self->toolbox, i);
      GtkWidget *row = money_row (sk_toolbox_term_get_display_name (theme));

      gtk_widget_set_visible (row, FALSE);
      g_hash_table_insert (self->theme_rows, theme->id, row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  return expander;
}

static void
update_welvaart (SkMkbaPanel *self)
{
  GArray *lines = self->result->by_bw_theme;

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      const SkMkbaLine *line = &g_array_index (lines, SkMkbaLine, i);
      GtkWidget *row = g_hash_table_lookup (self->theme_rows, line->id);
      g_autofree char *subtitle = NULL;

      if (row == NULL)
        continue;
      if (line->n_pm > 0)
        /* Translators: effects of one theme that have no price. */
        subtitle = g_strdup_printf (g_dngettext (NULL, "en %u effect zonder prijs",
                                                 "en %u effecten zonder prijs", line->n_pm),
                                    line->n_pm);
      set_money (row, subtitle, line->benefits[SK_RANGE_CENTRAL]);
      gtk_widget_set_visible (row, line->benefits[SK_RANGE_CENTRAL] >= 0.5 || line->n_pm > 0);
    }
}

/* The five toolbox conditions for the whole plan: how many of the ideas
 * meet each one (domain.md §1) — something to talk about, not a score. */
static GtkWidget *
conditions_expander (SkMkbaPanel *self)
{
  GtkWidget *expander = new_expander (_("Voorwaarden van de toolbox"), "", "object-select-symbolic");

  for (size_t i = 0; i < sk_toolbox_get_n_conditions (self->toolbox); i++)
    {
      const SkToolboxTerm *condition = sk_toolbox_get_condition (self->toolbox, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sk_toolbox_term_get_display_name (condition));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      g_object_set_data (G_OBJECT (row), "sk-icon", icon);
      g_ptr_array_add (self->condition_rows, row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  /* Where the ideas lie (issue 16): counted per verdict, in words. */
  self->fit_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->fit_row), _("Past het hier?"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->fit_row),
                             gtk_image_new_from_icon_name ("find-location-symbolic"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self->fit_row), 0);
  gtk_widget_set_name (self->fit_row, "fit-counts-row");
  gtk_widget_set_visible (self->fit_row, FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), self->fit_row);
  self->conditions_expander = expander;
  return expander;
}

static void
update_conditions (SkMkbaPanel *self)
{
  guint met = 0;
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < self->condition_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->condition_rows, i);
      GtkWidget *icon = g_object_get_data (G_OBJECT (row), "sk-icon");
      guint meeting = i < SK_EVAL_MAX_CONDITIONS ? self->evaluation->n_meeting[i] : 0;
      g_autofree char *count = NULL;

      if (meeting == 0)
        count = g_strdup (_("Geen enkel idee voldoet hieraan"));
      else
        /* Translators: how many of the ideas on the map meet one condition. */
        count = g_strdup_printf (g_dngettext (NULL, "%u van de %u ideeën voldoet hieraan",
                                              "%u van de %u ideeën voldoen hieraan", meeting),
                                 meeting, self->evaluation->conditions->len);
      met += meeting > 0;
      /* The icon says it as well as the colour. */
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), meeting ? "object-select-symbolic" : "window-close-symbolic");
      gtk_widget_remove_css_class (icon, meeting ? "warning" : "success");
      gtk_widget_add_css_class (icon, meeting ? "success" : "warning");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), count);
    }
  /* Translators: conditions the plan as a whole meets, e.g. "4 van de 5". */
  subtitle = g_strdup_printf (_("Het plan voldoet aan %u van de %u"), met, self->condition_rows->len);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->conditions_expander), subtitle);
}

void
sk_mkba_panel_set_fit_counts (SkMkbaPanel *self,
                              const guint  counts[SK_FIT_N_VERDICTS])
{
  g_autofree char *text = NULL;

  g_return_if_fail (SK_IS_MKBA_PANEL (self));
  if (self->fit_row == NULL)
    return;
  text = sk_report_fit_counts_text (counts);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->fit_row), text);
  gtk_widget_set_visible (self->fit_row, *text != '\0');
}

const char *
sk_mkba_panel_get_fit_counts_text (SkMkbaPanel *self)
{
  g_return_val_if_fail (SK_IS_MKBA_PANEL (self), NULL);
  if (self->fit_row == NULL)
    return "";
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (self->fit_row));
}

/* The PM-posten: effects that count but have no price (domain.md §2);
 * the rows are made again only when the list changes. */
static void
update_pm (SkMkbaPanel *self)
{
  GPtrArray *pm = self->result->pm;
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < pm->len; i++)
    g_string_append_printf (joined, "%s\n", (const char *) g_ptr_array_index (pm, i));
  gtk_widget_set_visible (self->pm_expander, pm->len > 0);
  if (g_strcmp0 (joined->str, self->pm_shown) == 0)
    return;
  g_free (self->pm_shown);
  self->pm_shown = g_strdup (joined->str);
  for (guint i = 0; i < self->pm_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self->pm_expander), g_ptr_array_index (self->pm_rows, i));
  g_ptr_array_set_size (self->pm_rows, 0);
  for (guint i = 0; i < pm->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (pm, i));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self->pm_expander), row);
      g_ptr_array_add (self->pm_rows, row);
    }
  /* Translators: the number of effects without a price (PM-posten). */
  subtitle = g_strdup_printf (g_dngettext (NULL, "%u effect zonder prijs", "%u effecten zonder prijs",
                                           pm->len),
                              pm->len);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->pm_expander), subtitle);
}

/* Every row of the panel, made once when the toolbox is known. */
static void
build_rows (SkMkbaPanel *self)
{
  self->costs_row = money_row (_("Kosten (contante waarde)"));
  self->benefits_row = money_row (_("Baten (contante waarde)"));
  self->subsidy_row = money_row (_("Subsidie uit het gebiedsfonds"));
  self->travel_row = money_row (_("Kortere reistijd"));
  gtk_list_box_append (self->list, self->costs_row);
  gtk_list_box_append (self->list, self->benefits_row);
  gtk_list_box_append (self->list, self->subsidy_row);
  gtk_list_box_append (self->list, self->travel_row);

  gtk_list_box_append (self->tables,
                       lines_expander (self, BY_ACTOR, self->actor_rows, _("Wie betaalt, wie krijgt"),
                                       _("Per partij: wat zij betaalt en wat zij terugkrijgt"),
                                       "system-users-symbolic"));
  gtk_list_box_append (self->tables,
                       lines_expander (self, BY_CATEGORY, self->category_rows,
                                       _("Per soort kosten en baten"),
                                       _("Bouw, beheer, gezondheid, natuur …"), "view-list-symbolic"));
  gtk_list_box_append (self->tables, welvaart_expander (self));
  self->pm_expander = new_expander (_("Ook belangrijk, maar niet in euro’s"), "",
                                    "emblem-favorite-symbolic");
  gtk_list_box_append (self->tables, self->pm_expander);
  gtk_list_box_append (self->tables, conditions_expander (self));
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
  const SkTravelTime *travel = &self->evaluation->travel;

  if (!isnan (self->previous_bc) && !isnan (r->bc[SK_RANGE_CENTRAL]))
    {
      g_autofree char *was = sk_format_decimal (self->previous_bc, 2);
      /* Translators: benefit-cost ratio now, and before the last change. */
      bc_title = g_strdup_printf (_("Baten per euro kosten: %s (was %s)"), bc, was);
    }
  else
    bc_title = g_strdup_printf (_("Baten per euro kosten: %s"), bc);
  set_money (self->costs_row, NULL, -r->costs[SK_RANGE_CENTRAL]);
  set_money (self->benefits_row, bc_title, r->benefits[SK_RANGE_CENTRAL]);
  set_money (self->subsidy_row, share, r->subsidy);
  gtk_widget_set_visible (self->travel_row, travel->pv[SK_RANGE_CENTRAL] >= 0.5);
  if (travel->pv[SK_RANGE_CENTRAL] >= 0.5)
    {
      g_autofree char *hours = sk_format_count ((long) round (travel->hours_saved));
      g_autofree char *saved = NULL;
      gboolean assumed = FALSE;

      for (int t = 0; self->kengetallen != NULL && t < SK_N_FACILITY_TYPES; t++)
        {
          const SkFigure *trips = sk_kengetallen_get_trips (self->kengetallen, t);
          assumed |= trips != NULL && trips->assumption;
        }
      /* Translators: hours a year all inhabitants together travel less. */
      saved = assumed ? g_strdup_printf (_("%s uur per jaar minder onderweg (zit in de baten). "
                                           "Hoe vaak mensen gaan, is nog een aanname."), hours)
                      : g_strdup_printf (_("%s uur per jaar minder onderweg (zit in de baten)"), hours);
      set_money (self->travel_row, saved, travel->pv[SK_RANGE_CENTRAL]);
    }
  update_lines (r->by_actor, self->actor_rows);
  update_lines (r->by_category, self->category_rows);
  update_welvaart (self);
  update_pm (self);
  update_conditions (self);
}

/* The kinds in the plan, each once, for the sources. */
static void
collect_kinds (SkMkbaPanel *self)
{
  GArray *conditions = self->evaluation->conditions;

  g_ptr_array_set_size (self->kinds, 0);
  for (guint i = 0; i < conditions->len; i++)
    {
      const SkEvalConditions *c = &g_array_index (conditions, SkEvalConditions, i);
      const SkKind *kind = sk_toolbox_find_kind (self->toolbox, c->kind_id);

      if (kind != NULL && !g_ptr_array_find (self->kinds, kind, NULL))
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

/* The saldo in words, the ratio in euros, and a warning when the session
 * counts with other rules than the standard ones. */
static void
show_verdict (SkMkbaPanel *self)
{
  g_autofree char *verdict = sk_mkba_verdict_dup_text (self->result);
  g_autofree char *detail = sk_mkba_verdict_dup_detail_text (self->result);
  g_autofree char *bc = sk_mkba_verdict_dup_bc_text (self->result);
  g_autofree char *rules = sk_mkba_verdict_dup_rules_text (&self->settings);
  SkMkbaVerdict v = sk_mkba_verdict (self->result);

  gtk_label_set_label (self->verdict_label, verdict);
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "success");
  if (v == SK_MKBA_VERDICT_LOSS || v == SK_MKBA_VERDICT_GAIN)
    gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label),
                              v == SK_MKBA_VERDICT_LOSS ? "error" : "success");
  gtk_label_set_label (self->verdict_detail_label, detail ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->verdict_detail_label), detail != NULL);
  gtk_label_set_label (self->bc_label, bc ? bc : "");
  gtk_widget_set_visible (GTK_WIDGET (self->bc_label), bc != NULL);
  gtk_label_set_label (self->rules_label, rules ? rules : "");
  gtk_widget_set_visible (GTK_WIDGET (self->rules_label), rules != NULL);
}

static void
show_result (SkMkbaPanel *self)
{
  g_autofree char *ncw = NULL, *low = NULL, *high = NULL, *range = NULL, *headline = NULL;

  collect_kinds (self);
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
  show_verdict (self);
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
sk_mkba_panel_set_evaluation (SkMkbaPanel  *self,
                              SkEvaluation *evaluation)
{
  g_return_if_fail (SK_IS_MKBA_PANEL (self));
  g_return_if_fail (evaluation != NULL);

  /* The figure before the last edit stays in view; a change of method
   * is no edit, so after one there is no "before". */
  if (self->result != NULL && !self->method_changed)
    {
      self->previous_ncw = self->result->ncw[SK_RANGE_CENTRAL];
      self->previous_bc = self->result->bc[SK_RANGE_CENTRAL];
    }
  else if (self->method_changed)
    {
      self->previous_ncw = NAN;
      self->previous_bc = NAN;
    }
  self->method_changed = FALSE;
  g_clear_pointer (&self->evaluation, sk_evaluation_unref);
  self->evaluation = sk_evaluation_ref (evaluation);
  self->result = evaluation->mkba;
  show_result (self);
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

void
sk_mkba_panel_set_kengetallen (SkMkbaPanel   *self,
                               SkKengetallen *kengetallen)
{
  g_return_if_fail (SK_IS_MKBA_PANEL (self));
  self->kengetallen = kengetallen;
}

const SkMkbaSettings *
sk_mkba_panel_get_settings (SkMkbaPanel *self)
{
  g_return_val_if_fail (SK_IS_MKBA_PANEL (self), NULL);
  return &self->settings;
}

static gboolean
settings_equal (const SkMkbaSettings *a,
                const SkMkbaSettings *b)
{
  return a->rate == b->rate && a->horizon == b->horizon && a->subsidy_share == b->subsidy_share;
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

  if (settings_equal (settings, &self->settings))
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
  self->method_changed = TRUE;
}

static void
on_setting_changed (SkMkbaPanel *self)
{
  SkMkbaSettings settings = self->settings;
  guint horizon = gtk_drop_down_get_selected (self->horizon_dropdown);

  settings.rate = gtk_spin_button_get_value (self->rate_spin) / 100;
  settings.subsidy_share = gtk_spin_button_get_value (self->subsidy_spin) / 100;
  settings.horizon = horizons[MIN (horizon, G_N_ELEMENTS (horizons) - 1)];
  if (settings_equal (&settings, &self->settings))
    return;
  /* A change of method is not a change of the plan: no "before" figure. */
  self->previous_ncw = NAN;
  self->previous_bc = NAN;
  self->method_changed = TRUE;
  self->settings = settings;
  show_method (self);
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
  self->result = NULL;
  g_clear_pointer (&self->evaluation, sk_evaluation_unref);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->actor_rows, g_hash_table_unref);
  g_clear_pointer (&self->category_rows, g_hash_table_unref);
  g_clear_pointer (&self->theme_rows, g_hash_table_unref);
  g_clear_pointer (&self->condition_rows, g_ptr_array_unref);
  g_clear_pointer (&self->pm_rows, g_ptr_array_unref);
  g_clear_pointer (&self->pm_shown, g_free);
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
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, verdict_detail_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, ncw_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, bc_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, rules_label);
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
  sk_decimal_spin_attach (self->rate_spin);
  sk_decimal_spin_attach (self->subsidy_spin);
  sk_mkba_settings_init_default (&self->settings);
  self->previous_ncw = NAN;
  self->previous_bc = NAN;
  self->kinds = g_ptr_array_new ();
  self->actor_rows = g_hash_table_new (g_str_hash, g_str_equal);
  self->category_rows = g_hash_table_new (g_str_hash, g_str_equal);
  self->theme_rows = g_hash_table_new (g_str_hash, g_str_equal);
  self->condition_rows = g_ptr_array_new ();
  self->pm_rows = g_ptr_array_new ();
}

SkMkbaPanel *
sk_mkba_panel_new (SkToolbox *toolbox)
{
  SkMkbaPanel *self = g_object_new (SK_TYPE_MKBA_PANEL, NULL);
  g_autofree char *price_year = NULL;

  self->toolbox = g_object_ref (toolbox);
  build_rows (self);
  /* Translators: the price level of every amount. */
  price_year = g_strdup_printf (_("Alle bedragen in euro’s van %d (prijspeil van de gereedschapskist)."),
                                sk_toolbox_get_price_year (toolbox));
  gtk_label_set_label (self->price_year_label, price_year);
  show_method (self);
  return self;
}
