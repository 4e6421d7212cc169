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
  double previous_ncw;   /* NAN before the second update */

  GtkLabel *method_label;
  GtkLabel *empty_label;
  GtkWidget *figures_box;
  GtkLabel *ncw_label;
  GtkLabel *range_label;
  GtkLabel *previous_label;
  GtkListBox *list;
  GtkLabel *pm_label;
};

G_DEFINE_FINAL_TYPE (SkMkbaPanel, sk_mkba_panel, GTK_TYPE_BOX)

static GtkWidget *
money_row (const char *title,
           const char *subtitle,
           double      euros)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *money = sk_format_money (euros);
  GtkWidget *label = gtk_label_new (money);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, euros < 0 ? "error" : "success");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static void
fill_list (SkMkbaPanel *self)
{
  const SkMkbaResult *r = self->result;
  g_autofree char *bc = isnan (r->bc[SK_RANGE_CENTRAL]) ? g_strdup ("–")
                                                         : sk_format_decimal (r->bc[SK_RANGE_CENTRAL], 2);
  g_autofree char *bc_title = g_strdup_printf (_("Baten per euro kosten: %s"), bc);
  g_autofree char *share = g_strdup_printf (_("Aanname: %.0f %% van de meerwaarde (de bron noemt geen percentage)"),
                                            100 * self->settings.subsidy_share);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  gtk_list_box_append (self->list, money_row (_("Kosten (contante waarde)"), NULL,
                                              -r->costs[SK_RANGE_CENTRAL]));
  gtk_list_box_append (self->list, money_row (_("Baten (contante waarde)"), bc_title,
                                              r->benefits[SK_RANGE_CENTRAL]));
  gtk_list_box_append (self->list, money_row (_("Subsidie uit het gebiedsfonds"), share,
                                              r->subsidy));
  /* Who pays, who benefits: the saldo per actor. */
  for (guint i = 0; i < r->by_actor->len; i++)
    {
      const SkMkbaLine *line = &g_array_index (r->by_actor, SkMkbaLine, i);
      const SkToolboxTerm *actor = sk_toolbox_find_actor (self->toolbox, line->id);
      double net = line->benefits[SK_RANGE_CENTRAL] - line->costs[SK_RANGE_CENTRAL];

      if (fabs (net) < 0.5 && line->costs[SK_RANGE_CENTRAL] < 0.5)
        continue;
      gtk_list_box_append (self->list, money_row (actor ? sk_toolbox_term_get_display_name (actor) : line->id,
                                                  net < 0 ? _("betaalt meer dan het krijgt")
                                                          : _("krijgt meer dan het betaalt"),
                                                  net));
    }
}

static void
fill_pm (SkMkbaPanel *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->result->pm->len == 0)
    {
      gtk_label_set_label (self->pm_label, "");
      return;
    }
  g_string_append (text, _("Ook belangrijk, maar niet in euro’s: "));
  for (guint i = 0; i < self->result->pm->len; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "",
                            (const char *) g_ptr_array_index (self->result->pm, i));
  g_string_append (text, ".");
  gtk_label_set_label (self->pm_label, text->str);
}

void
sk_mkba_panel_update (SkMkbaPanel    *self,
                      SkPlanSnapshot *plan)
{
  g_autofree char *ncw = NULL, *low = NULL, *high = NULL, *range = NULL, *headline = NULL;

  g_return_if_fail (SK_IS_MKBA_PANEL (self));

  if (self->result != NULL)
    self->previous_ncw = self->result->ncw[SK_RANGE_CENTRAL];
  g_clear_pointer (&self->result, sk_mkba_result_free);
  self->result = sk_mkba_evaluate (self->toolbox, plan, &self->settings);
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
  fill_pm (self);
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

static void
sk_mkba_panel_dispose (GObject *object)
{
  SkMkbaPanel *self = SK_MKBA_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_MKBA_PANEL);
  g_clear_pointer (&self->result, sk_mkba_result_free);
  g_clear_object (&self->toolbox);

  G_OBJECT_CLASS (sk_mkba_panel_parent_class)->dispose (object);
}

static void
sk_mkba_panel_class_init (SkMkbaPanelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_mkba_panel_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sk-mkba-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, method_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, empty_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, figures_box);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, ncw_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, range_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, previous_label);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, list);
  gtk_widget_class_bind_template_child (widget_class, SkMkbaPanel, pm_label);
}

static void
sk_mkba_panel_init (SkMkbaPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sk_mkba_settings_init_default (&self->settings);
  self->previous_ncw = NAN;
}

SkMkbaPanel *
sk_mkba_panel_new (SkToolbox *toolbox)
{
  SkMkbaPanel *self = g_object_new (SK_TYPE_MKBA_PANEL, NULL);
  g_autofree char *method = NULL;

  self->toolbox = g_object_ref (toolbox);
  /* Translators: %g %% is the discount rate, %d the horizon in years. */
  method = g_strdup_printf (_("Maatschappelijke kosten-batenanalyse volgens de Algemene leidraad "
                              "(CPB/PBL 2013): alle kosten en baten over %d jaar, teruggerekend "
                              "naar nu met %g %% per jaar (de standaard sinds 2021). Investeringen "
                              "worden aan het eind van hun levensduur opnieuw gedaan. Bij elk idee "
                              "staat in de gereedschapskist waar een bedrag vandaan komt; "
                              "de meeste zijn nog aannames."),
                            self->settings.horizon, 100 * self->settings.rate);
  gtk_label_set_label (self->method_label, method);
  return self;
}
