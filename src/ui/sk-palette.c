/* sk-palette.c — the list of toolbox kinds. */
#include "sk-config.h"
#include "sk-palette.h"
#include "sk-popovers.h"

#include <glib/gi18n.h>

struct _SkPalette
{
  GtkBox parent_instance;

  GtkSearchEntry *search_entry;
  GtkListBox *list;
  GtkCssProvider *colours;   /* one rule per theme colour */
  GString *css;
};

G_DEFINE_FINAL_TYPE (SkPalette, sk_palette, GTK_TYPE_BOX)

enum
{
  SIGNAL_KIND_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char *id;
  char *name;
  char *explanation;
  char *theme;
} KindData;

static void
kind_data_free (KindData *data)
{
  g_free (data->id);
  g_free (data->name);
  g_free (data->explanation);
  g_free (data->theme);
  g_free (data);
}

static KindData *
row_data (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "sk-kind");
}

/* Lower case without accents, so "cooperatie" finds "dorpscoöperatie". */
static char *
fold (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");

  return g_ascii_strdown (ascii, -1);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  SkPalette *self = user_data;
  g_autofree char *search = fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  KindData *data = row_data (row);
  const char *fields[] = { data->name, data->explanation, data->theme };

  if (search[0] == '\0')
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *field = fold (fields[i]);

      if (strstr (field, search) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  KindData *data = row_data (row);
  GtkWidget *header;

  if (before != NULL && g_str_equal (row_data (before)->theme, data->theme))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (data->theme);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "sk-palette-theme");
  gtk_widget_set_margin_top (header, before ? 12 : 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_bottom (header, 4);
  gtk_list_box_row_set_header (row, header);
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListBoxRow *row)
{
  return gdk_content_provider_new_typed (G_TYPE_STRING, row_data (row)->id);
}

static void
on_long_press (GtkGestureLongPress *gesture,
               double               x,
               double               y,
               GtkListBoxRow       *row)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *label = gtk_label_new (row_data (row)->explanation);

  /* On a touch table there is no hover: a long press explains. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
  gtk_popover_set_child (GTK_POPOVER (popover), label);
  gtk_widget_set_parent (popover, GTK_WIDGET (row));
  sk_popover_unparent_when_closed (popover);
  gtk_popover_popup (GTK_POPOVER (popover));
}

static GtkWidget *
make_row (SkPalette  *self,
          KindData   *data,
          const char *icon_name)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *name = gtk_label_new (data->name);
  GtkWidget *explanation = gtk_label_new (data->explanation);
  g_autofree char *theme_class = g_strdup_printf ("sk-theme-%u", g_str_hash (data->theme));
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();

  gtk_image_set_pixel_size (GTK_IMAGE (icon), 24);
  gtk_widget_add_css_class (icon, "sk-kind-icon");
  gtk_widget_add_css_class (icon, theme_class);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (explanation), 0);
  gtk_label_set_wrap (GTK_LABEL (explanation), TRUE);
  gtk_label_set_lines (GTK_LABEL (explanation), 2);
  gtk_label_set_ellipsize (GTK_LABEL (explanation), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (explanation, "dim-label");
  gtk_widget_add_css_class (explanation, "caption");
  gtk_box_append (GTK_BOX (text), name);
  gtk_box_append (GTK_BOX (text), explanation);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, data->explanation);
  g_object_set_data_full (G_OBJECT (row), "sk-kind", data, (GDestroyNotify) kind_data_free);

  gtk_drag_source_set_actions (drag, GDK_ACTION_COPY);
  g_signal_connect_object (drag, "prepare", G_CALLBACK (on_drag_prepare), row, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect_object (long_press, "pressed", G_CALLBACK (on_long_press), row, 0);
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (long_press));
  return row;
}

void
sk_palette_add_kind (SkPalette  *self,
                     const char *id,
                     const char *name,
                     const char *explanation,
                     const char *icon_name,
                     const char *theme_name,
                     const char *colour)
{
  KindData *data = g_new0 (KindData, 1);

  g_return_if_fail (SK_IS_PALETTE (self));

  data->id = g_strdup (id);
  data->name = g_strdup (name);
  data->explanation = g_strdup (explanation ? explanation : "");
  data->theme = g_strdup (theme_name ? theme_name : "");
  gtk_list_box_append (self->list, make_row (self, data, icon_name));
  if (colour != NULL)
    {
      g_string_append_printf (self->css, ".sk-theme-%u { color: %s; }\n",
                              g_str_hash (data->theme), colour);
      gtk_css_provider_load_from_data (self->colours, self->css->str, -1);
    }
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  SkPalette     *self)
{
  g_signal_emit (self, signals[SIGNAL_KIND_ACTIVATED], 0, row_data (row)->id);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   SkPalette      *self)
{
  gtk_list_box_invalidate_filter (self->list);
  gtk_list_box_invalidate_headers (self->list);
}

const char *
sk_palette_get_selected (SkPalette *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SK_IS_PALETTE (self), NULL);
  row = gtk_list_box_get_selected_row (self->list);
  return row != NULL ? row_data (row)->id : NULL;
}

void
sk_palette_unselect (SkPalette *self)
{
  g_return_if_fail (SK_IS_PALETTE (self));
  gtk_list_box_unselect_all (self->list);
}

guint
sk_palette_get_n_visible (SkPalette *self)
{
  guint n = 0;

  g_return_val_if_fail (SK_IS_PALETTE (self), 0);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && filter_row (GTK_LIST_BOX_ROW (row), self))
      n++;
  return n;
}

void
sk_palette_set_search (SkPalette  *self,
                       const char *text)
{
  g_return_if_fail (SK_IS_PALETTE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
}

static void
sk_palette_dispose (GObject *object)
{
  SkPalette *self = SK_PALETTE (object);

  if (self->colours != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                   GTK_STYLE_PROVIDER (self->colours));
  g_clear_object (&self->colours);
  if (self->css != NULL)
    g_string_free (g_steal_pointer (&self->css), TRUE);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_PALETTE);

  G_OBJECT_CLASS (sk_palette_parent_class)->dispose (object);
}

static void
sk_palette_class_init (SkPaletteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_palette_dispose;

  /**
   * SkPalette::kind-activated:
   * @id: the toolbox kind id
   */
  signals[SIGNAL_KIND_ACTIVATED] = g_signal_new ("kind-activated", G_TYPE_FROM_CLASS (klass),
                                                 G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                 G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sk-palette.ui");
  gtk_widget_class_bind_template_child (widget_class, SkPalette, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SkPalette, list);
}

static void
sk_palette_init (SkPalette *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->css = g_string_new (NULL);
  self->colours = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->colours),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_list_box_set_header_func (self->list, header_func, self, NULL);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_row_activated), self, 0);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (on_search_changed),
                           self, 0);
}

SkPalette *
sk_palette_new (void)
{
  return g_object_new (SK_TYPE_PALETTE, NULL);
}
