/* sk-legend.c — the legend of the map: the base map, the reachability
 * dots of the kernen and the ideas with who placed them.
 *
 * Each entry is a swatch drawn with cairo the way the map draws it, and a
 * label. The base map comes from its style (sk-map-style.h): legend and
 * map share the colours and the drawing of the swatch, so they cannot
 * disagree. The layers above it are drawn here as their widgets draw them.
 */
#include "sk-config.h"
#include "sk-legend.h"

#include <glib/gi18n.h>

#include "sk-fit-style.h"
#include "sk-map-style.h"

#define SWATCH_W 40
#define SWATCH_H 24

typedef enum
{
  SWATCH_CIRCLE,     /* a village: a round built-up area */
  SWATCH_DOT,        /* a facility: white disc with a coloured edge */
  SWATCH_KERN,       /* a kern dot coloured by travel time: within the norm, round */
  SWATCH_KERN_FAIR,  /* … up to 1.5 × the norm: a diamond */
  SWATCH_KERN_POOR,  /* … further: a square (the shapes of style.css) */
  SWATCH_UNKNOWN,    /* a hollow kern dot: not known whether it has the facility */
  SWATCH_BADGE,      /* an idea's badge */
  SWATCH_RING,       /* an idea's badge with the ring of who placed it */
  SWATCH_ROUTE,      /* an idea drawn as a line */
  SWATCH_ZONE,       /* an idea drawn as an area */
} SwatchShape;

typedef struct
{
  SwatchShape shape;
  guint32 fill;      /* 0xRRGGBB */
  guint32 edge;      /* 0xRRGGBB */
  const char *label; /* translated when shown */
} Entry;

static void
set_rgb (cairo_t *cr,
         guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static void
draw_badge (cairo_t     *cr,
            const Entry *e,
            double       r)
{
  cairo_arc (cr, SWATCH_W / 2.0, SWATCH_H / 2.0, r, 0, 2 * G_PI);
  set_rgb (cr, e->fill);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
}

static void
kern_path (cairo_t     *cr,
           SwatchShape  shape,
           double       cx,
           double       cy)
{
  if (shape == SWATCH_KERN_FAIR)
    {
      cairo_move_to (cr, cx, cy - 7);
      cairo_line_to (cr, cx + 7, cy);
      cairo_line_to (cr, cx, cy + 7);
      cairo_line_to (cr, cx - 7, cy);
      cairo_close_path (cr);
    }
  else if (shape == SWATCH_KERN_POOR)
    cairo_rectangle (cr, cx - 5.5, cy - 5.5, 11, 11);
  else
    cairo_arc (cr, cx, cy, 6, 0, 2 * G_PI);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  const Entry *e = data;
  double cx = width / 2.0, cy = height / 2.0;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  switch (e->shape)
    {
    case SWATCH_ZONE:
      /* An idea's area is see-through, as on the map. */
      cairo_rectangle (cr, 3, 3, width - 6, height - 6);
      set_rgb (cr, e->fill);
      cairo_save (cr);
      cairo_clip_preserve (cr);
      cairo_paint_with_alpha (cr, 0.3);
      cairo_restore (cr);
      set_rgb (cr, e->edge);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
      break;
    case SWATCH_CIRCLE:
      cairo_arc (cr, cx, cy, height / 2.0 - 2, 0, 2 * G_PI);
      set_rgb (cr, e->fill);
      cairo_fill_preserve (cr);
      set_rgb (cr, e->edge);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      break;
    case SWATCH_ROUTE:
      cairo_move_to (cr, 4, cy);
      cairo_line_to (cr, width - 4, cy);
      set_rgb (cr, e->edge);
      cairo_set_line_width (cr, 8);
      cairo_stroke_preserve (cr);
      set_rgb (cr, e->fill);
      cairo_set_line_width (cr, 5);
      cairo_stroke (cr);
      break;
    case SWATCH_DOT:
      cairo_arc (cr, cx, cy, 4.5, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      set_rgb (cr, e->fill);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      break;
    case SWATCH_KERN:
    case SWATCH_KERN_FAIR:
    case SWATCH_KERN_POOR:
      /* The shape as well as the colour, as on the map: colour alone
       * does not tell every reader the grade. */
      kern_path (cr, e->shape, cx, cy);
      set_rgb (cr, e->fill);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 2);
      cairo_stroke_preserve (cr);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.5);
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);
      break;
    case SWATCH_UNKNOWN:
      /* As style.css draws .kern-marker.reach-unknown: white, dashed grey edge. */
      cairo_arc (cr, cx, cy, 6, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      set_rgb (cr, e->fill);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, (double[]) { 2.5, 2 }, 2, 0);
      cairo_stroke (cr);
      break;
    case SWATCH_BADGE:
      draw_badge (cr, e, 9);
      break;
    case SWATCH_RING:
      draw_badge (cr, e, 8);
      cairo_arc (cr, cx, cy, 10.5, 0, 2 * G_PI);
      set_rgb (cr, e->edge);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* What the region data adds on every base map (sk-map-render.c). */
static const Entry region_entries[] = {
  { SWATCH_CIRCLE, 0xe6ddcf, 0xcdbfab, N_("Dorp of stad (bebouwd gebied, ongeveer)") },
  { SWATCH_DOT, 0xc01c28, 0, N_("Zorg: huisarts, apotheek, ziekenhuis") },
  { SWATCH_DOT, 0xe5a50a, 0, N_("School, kinderopvang, bibliotheek") },
  { SWATCH_DOT, 0x26a269, 0, N_("Winkel en groen") },
  { SWATCH_DOT, 0x1c71d8, 0, N_("Station, bushalte, mobiliteitshub") },
  { SWATCH_DOT, 0x9141ac, 0, N_("Ontmoeten en sport") },
  { SWATCH_DOT, 0x5e5c64, 0, N_("Andere voorziening") },
};

/* The kern dots: grades of sk-reach-panel.c, colours of style.css. */
static const Entry reach_entries[] = {
  { SWATCH_KERN, 0x26a269, 0, N_("Binnen de norm") },
  { SWATCH_KERN_FAIR, 0xe5a50a, 0, N_("Tot anderhalf keer de norm") },
  { SWATCH_KERN_POOR, 0xc01c28, 0, N_("Verder dan anderhalf keer de norm") },
  { SWATCH_KERN, 0x9a9996, 0, N_("Niet berekend") },
  { SWATCH_UNKNOWN, 0x77767b, 0, N_("Niet bekend of het dorp er een heeft") },
};

/* The ideas, as sk-plan-layer.c draws them. */
static const Entry idea_entries[] = {
  { SWATCH_BADGE, 0x3584e4, 0, N_("Een idee uit de gereedschapskist, met zijn teken") },
  { SWATCH_RING, 0x3584e4, 0xe66100, N_("Gekleurde ring: wie het idee neerzette") },
  { SWATCH_ROUTE, 0xc061cb, 0xffffff, N_("Een route, zoals een ommetje of fietspad") },
  { SWATCH_ZONE, 0x2ec27e, 0x2ec27e, N_("Een gebied, zoals een woonerf of pluktuin") },
};

static void
draw_style_swatch (GtkDrawingArea *area,
                   cairo_t        *cr,
                   int             width,
                   int             height,
                   gpointer        data)
{
  sk_map_style_draw_swatch (cr, (SkMapClass) GPOINTER_TO_INT (data), 0, 0, width, height);
}

static GtkWidget *
swatch_row (GtkDrawingAreaDrawFunc  draw,
            gpointer                data,
            const char             *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), SWATCH_W);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), SWATCH_H);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw, data, NULL);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 22);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
append_heading (GtkBox     *box,
                const char *title,
                const char *note)
{
  GtkWidget *heading = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  if (gtk_widget_get_first_child (GTK_WIDGET (box)) != NULL)
    gtk_widget_set_margin_top (heading, 12);
  gtk_box_append (box, heading);
  if (note != NULL)
    {
      GtkWidget *label = gtk_label_new (note);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_width_chars (GTK_LABEL (label), 28);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (box, label);
    }
}

static void
append_entries (GtkBox      *box,
                const Entry *entries,
                guint        n)
{
  for (guint i = 0; i < n; i++)
    gtk_box_append (box, swatch_row (draw_swatch, (gpointer) &entries[i], _(entries[i].label)));
}

/* The base map: one row per entry of the map style's legend whose class
 * has SHAPE (areas in one column, lines and points in the next). */
static void
append_base_map (GtkBox   *box,
                 gboolean  areas)
{
  guint n = 0;
  const SkMapLegendEntry *legend = sk_map_style_get_legend (&n);

  for (guint i = 0; i < n; i++)
    if ((sk_map_class_get_shape (legend[i].klass) == SK_MAP_SHAPE_AREA) == areas)
      gtk_box_append (box, swatch_row (draw_style_swatch, GINT_TO_POINTER (legend[i].klass),
                                       _(legend[i].label)));
}

/* "Waar past wat?" (sk-fit-layer.c) and the spot under the pointer
 * while placing: colour, pattern and symbol of each verdict. */
static const struct
{
  SkFitVerdict verdict;
  const char *label;
} fit_entries[] = {
  { SK_FIT_PAST_GOED, N_("Past goed: hier hoort het thuis (stippen)") },
  { SK_FIT_PAST, N_("Past (effen)") },
  { SK_FIT_NEE_TENZIJ, N_("Nee, tenzij: alleen als het aan een voorwaarde voldoet (strepen)") },
  { SK_FIT_PAST_NIET, N_("Past niet (ruitjes)") },
};

static void
draw_fit_swatch (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        data)
{
  SkFitVerdict verdict = GPOINTER_TO_INT (data);
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), sk_fit_style_get_symbol (verdict));
  int tw, th;

  /* As the layer draws it, with the pointer's symbol on top. */
  cairo_rectangle (cr, 1, 1, width - 2, height - 2);
  sk_fit_style_fill (cr, verdict, 0.35);
  cairo_rectangle (cr, 1, 1, width - 2, height - 2);
  sk_fit_style_set_edge (cr, verdict);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  pango_layout_get_pixel_size (layout, &tw, &th);
  cairo_move_to (cr, (width - tw) / 2.0, (height - th) / 2.0);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
append_fit (GtkBox *box)
{
  for (guint i = 0; i < G_N_ELEMENTS (fit_entries); i++)
    gtk_box_append (box, swatch_row (draw_fit_swatch, GINT_TO_POINTER (fit_entries[i].verdict),
                                     _(fit_entries[i].label)));
}

static GtkWidget *
column (GtkWidget *legend)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_box_append (GTK_BOX (legend), box);
  return box;
}

/* Three columns: what is drawn on the map (the ideas, then the lines and
 * signs of the base map), the villages and areas, then what the
 * evaluation shows (how far it is, where an idea fits). Wide rather than
 * tall, for a projector, and balanced so that at 1280 × 800 nothing
 * needs scrolling (SK_LEGEND_MAX_HEIGHT). */
GtkWidget *
sk_legend_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  GtkWidget *first = column (box), *second = column (box), *third = column (box);

  gtk_widget_set_name (box, "legend");
  gtk_widget_add_css_class (box, "sk-legend");
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  append_heading (GTK_BOX (first), _("Ideeën"), NULL);
  append_entries (GTK_BOX (first), idea_entries, G_N_ELEMENTS (idea_entries));
  append_heading (GTK_BOX (first), _("Lijnen en tekens op de kaart"), NULL);
  append_base_map (GTK_BOX (first), FALSE);
  append_heading (GTK_BOX (second), _("Dorpen en voorzieningen"), NULL);
  append_entries (GTK_BOX (second), region_entries, G_N_ELEMENTS (region_entries));
  append_heading (GTK_BOX (second), _("Gebieden op de kaart"), NULL);
  append_base_map (GTK_BOX (second), TRUE);
  append_heading (GTK_BOX (third), _("Hoe ver is het?"),
                  _("De stip van elk dorp toont de reistijd naar de voorziening die onder "
                    "„Hoe ver is het?” gekozen is. Met „Op de kaart: reistijd met bus en "
                    "trein” aan: binnen een uur in een gekozen centrum, tot anderhalf uur, "
                    "of langer."));
  append_entries (GTK_BOX (third), reach_entries, G_N_ELEMENTS (reach_entries));
  append_heading (GTK_BOX (third), _("Waar past wat?"),
                  _("Als de laag aan staat, en onder de muis bij het neerzetten: waar het gekozen "
                    "idee past volgens de regels voor water, beekdal en dorp."));
  append_fit (GTK_BOX (third));
  return box;
}

GtkWidget *
sk_legend_button_new (void)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroll = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroll), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroll), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroll), SK_LEGEND_MAX_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), sk_legend_new ());
  gtk_popover_set_child (GTK_POPOVER (popover), scroll);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "sk-legend-symbolic");
  gtk_widget_set_tooltip_text (button, _("Legenda: wat de kleuren en tekens op de kaart betekenen"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Legenda"), -1);
  gtk_widget_set_name (button, "legend-button");
  gtk_widget_add_css_class (button, "sk-map-button");
  return button;
}
