/* sk-cli-toolbox.c — samenkaart-cli toolbox: the catalogue of intervention
 * kinds with every figure and where it comes from, for review by a
 * planner. */
#include "sk-config.h"

#include <glib/gi18n.h>

#include "sk-cli-commands.h"
#include "sk-toolbox.h"
#include "sk-json.h"

static void
add_figure (JsonBuilder    *b,
            const char     *name,
            const SkFigure *f)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  sk_json_add_double (b, "low", f->low);
  sk_json_add_double (b, "central", f->central);
  sk_json_add_double (b, "high", f->high);
  sk_json_add_string (b, "unit", f->unit);
  if (f->source != NULL)
    sk_json_add_string (b, "source", f->source);
  if (f->assumption)
    {
      json_builder_set_member_name (b, "assumption");
      json_builder_add_boolean_value (b, TRUE);
    }
  if (f->note != NULL)
    sk_json_add_string (b, "note", f->note);
  json_builder_end_object (b);
}

static void
add_names (JsonBuilder *b,
           const char  *id,
           const char  *name,
           const char  *name_en)
{
  if (id != NULL)
    sk_json_add_string (b, "id", id);
  sk_json_add_string (b, "name", name);
  sk_json_add_string (b, "name_en", name_en);
}

static void
add_parameters (JsonBuilder  *b,
                const SkKind *kind)
{
  static const char *const from[] = { NULL, "length", "area" };

  json_builder_set_member_name (b, "parameters");
  json_builder_begin_array (b);
  for (size_t i = 0; i < kind->n_parameters; i++)
    {
      const SkParameter *p = &kind->parameters[i];

      json_builder_begin_object (b);
      add_names (b, p->id, p->name, p->name_en);
      sk_json_add_string (b, "unit", p->unit);
      sk_json_add_double (b, "default", p->default_value);
      sk_json_add_double (b, "min", p->min);
      sk_json_add_double (b, "max", p->max);
      sk_json_add_string (b, "from_geometry", from[p->from_geometry]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_costs (JsonBuilder  *b,
           const SkKind *kind)
{
  json_builder_set_member_name (b, "costs");
  json_builder_begin_array (b);
  for (size_t i = 0; i < kind->n_costs; i++)
    {
      const SkCost *c = &kind->costs[i];

      json_builder_begin_object (b);
      add_names (b, c->id, c->name, c->name_en);
      sk_json_add_string (b, "type", c->type == SK_COST_INVESTMENT ? "investment" : "yearly");
      sk_json_add_string (b, "category", c->category);
      sk_json_add_string (b, "actor", c->actor);
      sk_json_add_string (b, "per", c->per);
      add_figure (b, "amount", &c->amount);
      if (c->type == SK_COST_INVESTMENT)
        add_figure (b, "lifetime", &c->lifetime);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_benefits (JsonBuilder  *b,
              const SkKind *kind)
{
  json_builder_set_member_name (b, "benefits");
  json_builder_begin_array (b);
  for (size_t i = 0; i < kind->n_benefits; i++)
    {
      const SkBenefit *x = &kind->benefits[i];

      json_builder_begin_object (b);
      add_names (b, x->id, x->name, x->name_en);
      sk_json_add_string (b, "category", x->category);
      sk_json_add_string (b, "bw_theme", x->bw_theme);
      sk_json_add_string (b, "actor", x->actor);
      sk_json_add_string (b, "per", x->per);
      add_figure (b, "amount", &x->amount);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "pm");
  json_builder_begin_array (b);
  for (size_t i = 0; i < kind->n_pm; i++)
    {
      json_builder_begin_object (b);
      add_names (b, NULL, kind->pm[i].name, kind->pm[i].name_en);
      sk_json_add_string (b, "bw_theme", kind->pm[i].bw_theme);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_profile (JsonBuilder  *b,
             SkToolbox    *toolbox,
             const SkKind *kind)
{
  json_builder_set_member_name (b, "provides");
  json_builder_begin_array (b);
  for (size_t i = 0; i < kind->n_provides; i++)
    json_builder_add_string_value (b, sk_facility_type_to_id (kind->provides[i]));
  json_builder_end_array (b);
  sk_json_add_string (b, "households_per", kind->households_per);
  json_builder_set_member_name (b, "conditions");
  json_builder_begin_object (b);
  for (size_t i = 0; i < sk_toolbox_get_n_conditions (toolbox); i++)
    {
      json_builder_set_member_name (b, sk_toolbox_get_condition (toolbox, i)->id);
      json_builder_add_boolean_value (b, kind->conditions[i]);
    }
  json_builder_end_object (b);
  sk_json_add_string (b, "conditions_note", kind->conditions_note);
  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (size_t i = 0; kind->sources[i] != NULL; i++)
    json_builder_add_string_value (b, kind->sources[i]);
  json_builder_end_array (b);
}

static void
add_kind (JsonBuilder  *b,
          SkToolbox    *toolbox,
          const SkKind *kind)
{
  json_builder_begin_object (b);
  add_names (b, kind->id, kind->name, kind->name_en);
  sk_json_add_string (b, "explanation", kind->explanation);
  sk_json_add_string (b, "explanation_en", kind->explanation_en);
  sk_json_add_string (b, "theme", kind->theme);
  sk_json_add_string (b, "icon", kind->icon);
  sk_json_add_string (b, "geometry", sk_geometry_to_id (kind->geometry));
  add_parameters (b, kind);
  add_costs (b, kind);
  add_benefits (b, kind);
  add_profile (b, toolbox, kind);
  json_builder_end_object (b);
}

static void
add_sources (JsonBuilder *b,
             SkToolbox   *toolbox)
{
  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (size_t i = 0; i < sk_toolbox_get_n_sources (toolbox); i++)
    {
      const SkToolboxSource *s = sk_toolbox_get_source (toolbox, i);

      json_builder_begin_object (b);
      sk_json_add_string (b, "id", s->id);
      sk_json_add_string (b, "title", s->title);
      sk_json_add_string (b, "publisher", s->publisher);
      json_builder_set_member_name (b, "year");
      json_builder_add_int_value (b, s->year);
      sk_json_add_string (b, "url", s->url);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
print_json (SkToolbox *toolbox)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "price_year");
  json_builder_add_int_value (b, sk_toolbox_get_price_year (toolbox));
  json_builder_set_member_name (b, "kinds");
  json_builder_begin_array (b);
  for (size_t i = 0; i < sk_toolbox_get_n_kinds (toolbox); i++)
    add_kind (b, toolbox, sk_toolbox_get_kind (toolbox, i));
  json_builder_end_array (b);
  add_sources (b, toolbox);
  json_builder_end_object (b);
  sk_cli_print_json (b);
}

/* "€ 250 – 450 – 800 EUR/m (bron: x)" or "(aanname)". */
static void
print_figure (const char     *label,
              const SkFigure *f)
{
  g_autofree char *origin = f->source ? g_strdup_printf (_("bron: %s"), f->source)
                                      : g_strdup (_("aanname"));

  g_print ("      %s: %g – %g – %g %s (%s)\n", label, f->low, f->central, f->high, f->unit, origin);
}

/* "Gemeente" for "gemeente"; the loader checked that the actor exists. */
static const char *
actor_name (SkToolbox  *toolbox,
            const char *id)
{
  return sk_toolbox_find_actor (toolbox, id)->name;
}

static void
print_kind (SkToolbox    *toolbox,
            const SkKind *kind)
{
  g_print ("%s (%s, %s)\n  %s\n", kind->name, kind->id, sk_geometry_to_id (kind->geometry),
           kind->explanation);
  for (size_t i = 0; i < kind->n_parameters; i++)
    g_print (_("  Parameter %s: %g %s (van %g tot %g)\n"), kind->parameters[i].name,
             kind->parameters[i].default_value, kind->parameters[i].unit,
             kind->parameters[i].min, kind->parameters[i].max);
  for (size_t i = 0; i < kind->n_costs; i++)
    {
      const SkCost *c = &kind->costs[i];

      g_print (_("    Kosten: %s, betaald door %s\n"), c->name, actor_name (toolbox, c->actor));
      print_figure (_("bedrag"), &c->amount);
      if (c->type == SK_COST_INVESTMENT)
        print_figure (_("levensduur"), &c->lifetime);
    }
  for (size_t i = 0; i < kind->n_benefits; i++)
    {
      g_print (_("    Baten: %s, voor %s\n"), kind->benefits[i].name,
               actor_name (toolbox, kind->benefits[i].actor));
      print_figure (_("bedrag per jaar"), &kind->benefits[i].amount);
    }
  for (size_t i = 0; i < kind->n_pm; i++)
    g_print (_("    PM: %s\n"), kind->pm[i].name);
  for (size_t i = 0; i < sk_toolbox_get_n_conditions (toolbox); i++)
    g_print ("    [%s] %s\n", kind->conditions[i] ? "x" : " ",
             sk_toolbox_get_condition (toolbox, i)->name);
  g_print ("\n");
}

int
sk_cli_toolbox (int    argc,
                char **argv)
{
  gboolean json = FALSE;
  g_autofree char *file = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Uitvoer als JSON"), NULL },
    { "toolbox", 0, 0, G_OPTION_ARG_FILENAME, &file, N_("Een ander toolboxbestand"), N_("BESTAND") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— toon de toolbox met alle kengetallen"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkToolbox) toolbox = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 1)
    {
      g_printerr ("%s\n", error ? error->message : _("Deze opdracht neemt geen andere argumenten."));
      return 2;
    }
  if ((toolbox = sk_toolbox_load (file, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (json)
    print_json (toolbox);
  else
    {
      g_print (_("Toolbox: %zu soorten, bedragen in euro’s van %d\n\n"),
               sk_toolbox_get_n_kinds (toolbox), sk_toolbox_get_price_year (toolbox));
      for (size_t i = 0; i < sk_toolbox_get_n_kinds (toolbox); i++)
        print_kind (toolbox, sk_toolbox_get_kind (toolbox, i));
    }
  return 0;
}
