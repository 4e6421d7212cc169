/* sk-fit-tint.c — the spot under the pointer while placing. */
#include "sk-config.h"
#include "sk-fit-tint.h"

#include <glib/gi18n.h>

#include "sk-fit-style.h"

/* The spot: about a fingertip, and a small woonerf at zoom 15. */
#define RADIUS 26.0
#define LABEL_GAP 8

struct _SkFitTint
{
  GtkWidget parent_instance;

  GtkWidget *box;       /* the symbol and the word, beside the spot */
  GtkWidget *symbol;
  GtkWidget *word;
  SkFitVerdict verdict;
  double x, y;
};

G_DEFINE_FINAL_TYPE (SkFitTint, sk_fit_tint, GTK_TYPE_WIDGET)

static void
sk_fit_tint_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  SkFitTint *self = SK_FIT_TINT (widget);
  graphene_rect_t bounds;
  cairo_t *cr;

  if (self->verdict == SK_FIT_NONE)
    return;
  graphene_rect_init (&bounds, self->x - RADIUS - 2, self->y - RADIUS - 2, 2 * RADIUS + 4,
                      2 * RADIUS + 4);
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  cairo_arc (cr, self->x, self->y, RADIUS, 0, 2 * G_PI);
  sk_fit_style_fill (cr, self->verdict, 0.35);
  cairo_arc (cr, self->x, self->y, RADIUS, 0, 2 * G_PI);
  sk_fit_style_set_edge (cr, self->verdict);
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);
  cairo_destroy (cr);
  gtk_widget_snapshot_child (widget, self->box, snapshot);
}

static void
sk_fit_tint_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  SkFitTint *self = SK_FIT_TINT (widget);
  int w, h;
  double x, y;

  gtk_widget_measure (self->box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &w, NULL, NULL);
  gtk_widget_measure (self->box, GTK_ORIENTATION_VERTICAL, w, NULL, &h, NULL, NULL);
  /* Right of the spot; left of it near the right edge of the map. */
  x = self->x + RADIUS + LABEL_GAP;
  if (x + w > width)
    x = self->x - RADIUS - LABEL_GAP - w;
  y = CLAMP (self->y - h / 2.0, 0, MAX (0, height - h));
  gtk_widget_size_allocate (self->box, &(GtkAllocation) { (int) x, (int) y, w, h }, -1);
}

static void
sk_fit_tint_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  /* It takes whatever the map has and asks for nothing. */
  *minimum = *natural = 0;
}

static void
sk_fit_tint_dispose (GObject *object)
{
  SkFitTint *self = SK_FIT_TINT (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (sk_fit_tint_parent_class)->dispose (object);
}

static void
sk_fit_tint_class_init (SkFitTintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_fit_tint_dispose;
  widget_class->snapshot = sk_fit_tint_snapshot;
  widget_class->size_allocate = sk_fit_tint_size_allocate;
  widget_class->measure = sk_fit_tint_measure;
  gtk_widget_class_set_css_name (widget_class, "sk-fit-tint");
}

static void
sk_fit_tint_init (SkFitTint *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->symbol = gtk_label_new (NULL);
  self->word = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->box, "sk-fit-label");
  gtk_widget_add_css_class (self->symbol, "sk-fit-symbol");
  gtk_box_append (GTK_BOX (self->box), self->symbol);
  gtk_box_append (GTK_BOX (self->box), self->word);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_name (GTK_WIDGET (self), "fit-tint");
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
sk_fit_tint_new (void)
{
  return g_object_new (SK_TYPE_FIT_TINT, NULL);
}

void
sk_fit_tint_show (SkFitTint    *self,
                  double        x,
                  double        y,
                  SkFitVerdict  verdict,
                  const char   *place)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SK_IS_FIT_TINT (self));

  if (verdict == SK_FIT_NONE)
    {
      sk_fit_tint_hide (self);
      return;
    }
  /* Translators: a verdict and the place it is about: "Nee, tenzij · beekdal". */
  text = place != NULL ? g_strdup_printf (_("%s · %s"), sk_fit_verdict_get_label (verdict), place)
                       : g_strdup (sk_fit_verdict_get_label (verdict));
  if (verdict != self->verdict)
    {
      gtk_widget_remove_css_class (self->box, sk_fit_style_get_css_class (self->verdict));
      gtk_widget_add_css_class (self->box, sk_fit_style_get_css_class (verdict));
      gtk_label_set_label (GTK_LABEL (self->symbol), sk_fit_style_get_symbol (verdict));
    }
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (self->word)), text) != 0)
    gtk_label_set_label (GTK_LABEL (self->word), text);
  self->verdict = verdict;
  self->x = x;
  self->y = y;
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sk_fit_tint_hide (SkFitTint *self)
{
  g_return_if_fail (SK_IS_FIT_TINT (self));

  gtk_widget_remove_css_class (self->box, sk_fit_style_get_css_class (self->verdict));
  self->verdict = SK_FIT_NONE;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

SkFitVerdict
sk_fit_tint_get_verdict (SkFitTint *self)
{
  g_return_val_if_fail (SK_IS_FIT_TINT (self), SK_FIT_NONE);
  return self->verdict;
}

const char *
sk_fit_tint_get_text (SkFitTint *self)
{
  g_return_val_if_fail (SK_IS_FIT_TINT (self), NULL);
  if (self->verdict == SK_FIT_NONE)
    return "";
  return gtk_label_get_label (GTK_LABEL (self->word));
}
