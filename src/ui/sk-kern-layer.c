/* sk-kern-layer.c — clickable kernen on the map. */
#include "sk-config.h"
#include "sk-kern-layer.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-format.h"
#include "sk-popovers.h"

/* "Niet bekend: huisarts, apotheek" — the types the region cannot say
 * anything about for this kern (data/regions/README.md). */
static void
append_not_known (GString  *s,
                  SkRegion *region,
                  size_t    index)
{
  g_autoptr(GString) types = g_string_new (NULL);

  for (int t = 0; t < SK_N_FACILITY_TYPES; t++)
    if (sk_facility_status_is_uncertain (
          sk_region_get_facility_status (region, index, (SkFacilityType) t, NULL)))
      {
        g_autofree char *name = g_markup_escape_text (sk_facility_type_get_name ((SkFacilityType) t), -1);

        if (types->len > 0)
          g_string_append (types, ", ");
        g_string_append (types, name);
      }
  if (types->len > 0)
    /* Translators: the facility types of which it is not known whether the village has them. */
    g_string_append_printf (s, "\n%s %s", _("Niet bekend:"), types->str);
}

static char *
kern_details_markup (SkRegion *region,
                     size_t    index)
{
  const SkKern *kern = sk_region_get_kern (region, index);
  GString *s = g_string_new (NULL);
  g_autofree char *facilities = NULL;
  g_autofree char *name = g_markup_escape_text (kern->name, -1);
  guint n_facilities = 0;

  g_string_append_printf (s, "<big><b>%s</b></big>", name);
  if (kern->inhabitants >= 0)
    {
      g_autofree char *number = sk_format_count (kern->inhabitants);

      g_string_append (s, "\n");
      if (kern->inhabitants_year > 0)
        /* Translators: inhabitants of a village, and the year of the count. */
        g_string_append_printf (s, _("%s inwoners (%d)"), number, kern->inhabitants_year);
      else
        g_string_append_printf (s, _("%s inwoners"), number);
    }
  else
    g_string_append_printf (s, "\n%s", _("Aantal inwoners onbekend"));
  /* What the figure counts: a bebouwde kom (CBS) or a woonplaats (Wikipedia). */
  if (kern->inhabitants_definition == SK_INHABITANTS_WITHIN_KOM && kern->within_kern >= 0)
    {
      g_autofree char *other = g_markup_escape_text (sk_region_get_kern (region, kern->within_kern)->name, -1);

      g_string_append (s, "\n<small>");
      /* Translators: %s is the town whose built-up area holds this village. */
      g_string_append_printf (s, _("telt mee in de bebouwde kom van %s"), other);
      g_string_append (s, "</small>");
    }
  else
    {
      g_autofree char *what = g_markup_escape_text (
        sk_inhabitants_definition_to_label (kern->inhabitants_definition), -1);
      g_string_append_printf (s, "\n<small>%s</small>", what);
    }
  if (kern->municipality != NULL)
    {
      g_autofree char *municipality = g_markup_escape_text (kern->municipality, -1);
      g_string_append_printf (s, "\n%s %s", _("Gemeente"), municipality);
    }
  for (size_t i = 0; i < sk_region_get_n_facilities (region); i++)
    if (sk_region_get_facility (region, i)->kern == (int) index)
      n_facilities++;
  facilities = g_strdup_printf (ngettext ("%u voorziening op de kaart",
                                          "%u voorzieningen op de kaart", n_facilities),
                                n_facilities);
  g_string_append_printf (s, "\n%s", facilities);
  append_not_known (s, region, index);
  return g_string_free (s, FALSE);
}

static void
on_kern_clicked (GtkButton *button,
                 SkRegion  *region)
{
  size_t index = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "sk-kern-index"));
  const SkKern *kern = sk_region_get_kern (region, index);
  g_autofree char *markup = kern_details_markup (region, index);
  g_autofree char *source = g_strdup_printf (_("Bron: %s"), kern->source);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *source_label = gtk_label_new (source);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_xalign (GTK_LABEL (source_label), 0);
  gtk_label_set_wrap (GTK_LABEL (source_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (source_label), 40);
  gtk_widget_add_css_class (source_label, "dim-label");
  gtk_widget_add_css_class (source_label, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), source_label);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_widget_set_parent (popover, GTK_WIDGET (button));
  sk_popover_unparent_when_closed (popover);
  gtk_popover_popup (GTK_POPOVER (popover));
}

/* The name, and "niet bekend" where the dot shows no time: the colour
 * alone must not be the only way to tell. */
static void
set_tooltip (GtkWidget    *button,
             SkReachPanel *panel,
             size_t        index,
             SkReachGrade  grade)
{
  const char *name = g_object_get_data (G_OBJECT (button), "sk-kern-name");
  g_autofree char *text = NULL;

  if (grade == SK_REACH_GRADE_UNKNOWN)
    /* Translators: "Meppel — huisarts: niet bekend". */
    text = g_strdup_printf (_("%s — %s: niet bekend"), name,
                            sk_facility_type_get_name (sk_reach_panel_get_facility (panel)));
  /* Only when it changes: each new tooltip text asks the X server where
   * the pointer is (a round trip), for every kern after every edit. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (button), text ? text : name) != 0)
    gtk_widget_set_tooltip_text (button, text ? text : name);
}

void
sk_kern_layer_set_grades (ShumateMarkerLayer *layer,
                          SkReachPanel       *panel)
{
  g_autoptr(GList) markers = shumate_marker_layer_get_markers (layer);

  for (GList *l = markers; l != NULL; l = l->next)
    {
      GtkWidget *button = shumate_marker_get_child (l->data);
      size_t index = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "sk-kern-index"));
      SkReachGrade grade = panel ? sk_reach_panel_get_grade (panel, index) : SK_REACH_GRADE_NONE;

      for (int g = SK_REACH_GRADE_NONE; g <= SK_REACH_GRADE_UNKNOWN; g++)
        gtk_widget_remove_css_class (button, sk_reach_grade_to_css_class (g));
      gtk_widget_add_css_class (button, sk_reach_grade_to_css_class (grade));
      set_tooltip (button, panel, index, grade);
    }
}

void
sk_kern_layer_set_ov_grades (ShumateMarkerLayer *layer,
                             SkOvPanel          *panel)
{
  g_autoptr(GList) markers = shumate_marker_layer_get_markers (layer);

  for (GList *l = markers; l != NULL; l = l->next)
    {
      GtkWidget *button = shumate_marker_get_child (l->data);
      size_t index = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "sk-kern-index"));
      SkReachGrade grade = sk_ov_panel_get_grade (panel, index);
      double minutes = sk_ov_panel_get_minutes (panel, index, TRUE);
      const char *name = g_object_get_data (G_OBJECT (button), "sk-kern-name");
      g_autofree char *text = NULL;

      for (int g = SK_REACH_GRADE_NONE; g <= SK_REACH_GRADE_UNKNOWN; g++)
        gtk_widget_remove_css_class (button, sk_reach_grade_to_css_class (g));
      gtk_widget_add_css_class (button, sk_reach_grade_to_css_class (grade));
      if (isnan (minutes))
        /* Translators: "Nolde — met bus en trein: niet binnen 3 uur". */
        text = g_strdup_printf (_("%s — met bus en trein: niet binnen 3 uur"), name);
      else
        /* Translators: "Nolde — met bus en trein: 52 min naar een centrum". */
        text = g_strdup_printf (_("%s — met bus en trein: %.0f min naar een centrum"), name, minutes);
      gtk_widget_set_tooltip_text (button, text);
    }
}

ShumateMarkerLayer *
sk_kern_layer_new (ShumateViewport *viewport,
                   SkRegion        *region)
{
  ShumateMarkerLayer *layer = shumate_marker_layer_new_full (viewport, GTK_SELECTION_NONE);


  gtk_widget_set_name (GTK_WIDGET (layer), "kern-layer");
  for (size_t i = 0; i < sk_region_get_n_kernen (region); i++)
    {
      const SkKern *kern = sk_region_get_kern (region, i);
      ShumateMarker *marker = shumate_marker_new ();
      GtkWidget *button = gtk_button_new ();

      gtk_widget_add_css_class (button, "kern-marker");
      gtk_widget_set_tooltip_text (button, kern->name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, kern->name, -1);
      g_object_set_data (G_OBJECT (button), "sk-kern-index", GSIZE_TO_POINTER (i));
      g_object_set_data (G_OBJECT (button), "sk-kern-name", kern->name);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_kern_clicked), region, 0);
      shumate_marker_set_child (marker, button);
      shumate_location_set_location (SHUMATE_LOCATION (marker), kern->lat, kern->lon);
      shumate_marker_layer_add_marker (layer, marker);
    }
  return layer;
}
