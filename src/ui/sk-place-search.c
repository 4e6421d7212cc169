/* sk-place-search.c — finding a place or street and going there. */
#include "sk-config.h"
#include "sk-place-search.h"

#include <glib/gi18n.h>

#include "sk-place-names.h"

#define MAX_RESULTS 8

struct _SkPlaceSearch
{
  GtkBox parent_instance;

  SkRegion *region;
  ShumateMap *map;
  GtkSearchEntry *entry;
  GtkWidget *results_frame;
  GtkListBox *results;
  GPtrArray *matches;      /* SkPlaceMatch, in the order of the rows */
};

G_DEFINE_FINAL_TYPE (SkPlaceSearch, sk_place_search, GTK_TYPE_BOX)

enum
{
  SIGNAL_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

double
sk_place_kind_zoom (const char *kind)
{
  /* A kern fits at zoom 13 (about 5 km across at 1000 px), a street at 15,
   * a single building at 17. */
  if (g_strcmp0 (kind, "street") == 0)
    return 15;
  if (g_strcmp0 (kind, "poi") == 0)
    return 17;
  return 13;
}

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "street") == 0)
    return _("weg of straat");
  if (g_strcmp0 (kind, "water") == 0)
    return _("water");
  if (g_strcmp0 (kind, "poi") == 0)
    return _("voorziening");
  return _("plaats");
}

static const char *
kind_icon (const char *kind)
{
  if (g_strcmp0 (kind, "street") == 0)
    return "find-location-symbolic";
  if (g_strcmp0 (kind, "water") == 0)
    return "sk-waterberging-symbolic";
  if (g_strcmp0 (kind, "poi") == 0)
    return "mark-location-symbolic";
  return "sk-kern-symbolic";
}

static GtkWidget *
result_row (const SkPlaceMatch *m)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (m->name);
  GtkWidget *kind = gtk_label_new (kind_label (m->kind));

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (kind_icon (m->kind)));
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_add_css_class (kind, "caption");
  gtk_box_append (GTK_BOX (text), name);
  gtk_box_append (GTK_BOX (text), kind);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, m->name, -1);
  return row;
}

static void
show_matches (SkPlaceSearch *self,
              GPtrArray     *matches)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results))) != NULL)
    gtk_list_box_remove (self->results, child);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  self->matches = matches;
  for (guint i = 0; i < matches->len; i++)
    gtk_list_box_append (self->results, result_row (g_ptr_array_index (matches, i)));
  if (matches->len == 0 && *gtk_editable_get_text (GTK_EDITABLE (self->entry)) != '\0')
    {
      GtkWidget *none = gtk_label_new (_("Niets gevonden. Probeer het begin van de naam."));

      gtk_widget_set_margin_top (none, 12);
      gtk_widget_set_margin_bottom (none, 12);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_list_box_append (self->results, none);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (none)), FALSE);
    }
  gtk_widget_set_visible (self->results_frame,
                          *gtk_editable_get_text (GTK_EDITABLE (self->entry)) != '\0');
}

static void
on_search_changed (SkPlaceSearch *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  show_matches (self, sk_region_find_places (self->region, query, MAX_RESULTS));
}

void
sk_place_search_choose (SkPlaceSearch *self,
                        guint          i)
{
  const SkPlaceMatch *m;

  g_return_if_fail (SK_IS_PLACE_SEARCH (self));

  if (self->matches == NULL || i >= self->matches->len)
    return;
  m = g_ptr_array_index (self->matches, i);
  shumate_map_go_to_full (self->map, m->lat, m->lon, sk_place_kind_zoom (m->kind));
  g_signal_emit (self, signals[SIGNAL_CHOSEN], 0, m->name);
  gtk_widget_set_visible (self->results_frame, FALSE);
  /* Back to the map: the keys move it again. */
  gtk_widget_grab_focus (GTK_WIDGET (self->map));
}

static void
on_row_activated (SkPlaceSearch *self,
                  GtkListBoxRow *row)
{
  sk_place_search_choose (self, (guint) gtk_list_box_row_get_index (row));
}

static void
on_activate (SkPlaceSearch *self)
{
  sk_place_search_choose (self, 0);
}

static void
on_stop_search (SkPlaceSearch *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_widget_set_visible (self->results_frame, FALSE);
}

/* Down from the entry goes into the results. */
static gboolean
on_entry_key (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              SkPlaceSearch         *self)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  first = gtk_list_box_get_row_at_index (self->results, 0);
  if (first == NULL || !gtk_widget_get_visible (self->results_frame))
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return TRUE;
}

/* Up from the first result goes back to the entry; Escape closes the list. */
static gboolean
on_results_key (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SkPlaceSearch         *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *first = GTK_WIDGET (gtk_list_box_get_row_at_index (self->results, 0));

  if (keyval == GDK_KEY_Escape)
    {
      on_stop_search (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->entry));
      return TRUE;
    }
  if ((keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up) && focus != NULL && focus == first)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->entry));
      return TRUE;
    }
  return FALSE;
}

GtkEditable *
sk_place_search_get_entry (SkPlaceSearch *self)
{
  g_return_val_if_fail (SK_IS_PLACE_SEARCH (self), NULL);
  return GTK_EDITABLE (self->entry);
}

guint
sk_place_search_get_n_results (SkPlaceSearch *self)
{
  g_return_val_if_fail (SK_IS_PLACE_SEARCH (self), 0);
  return self->matches != NULL ? self->matches->len : 0;
}

const char *
sk_place_search_get_result (SkPlaceSearch *self,
                            guint          i)
{
  g_return_val_if_fail (SK_IS_PLACE_SEARCH (self), NULL);

  if (self->matches == NULL || i >= self->matches->len)
    return NULL;
  return ((SkPlaceMatch *) g_ptr_array_index (self->matches, i))->name;
}

static void
sk_place_search_dispose (GObject *object)
{
  SkPlaceSearch *self = SK_PLACE_SEARCH (object);

  g_clear_object (&self->region);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  G_OBJECT_CLASS (sk_place_search_parent_class)->dispose (object);
}

static void
sk_place_search_class_init (SkPlaceSearchClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sk_place_search_dispose;

  /* (name): the map is on its way there. */
  signals[SIGNAL_CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sk_place_search_init (SkPlaceSearch *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *scroll = gtk_scrolled_window_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "sk-place-search");
  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->entry, "placeholder-text", _("Zoek een plaats of straat"), NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), _("Zoek een plaats of straat (Ctrl+L)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Zoek een plaats of straat"), -1);
  gtk_widget_set_name (GTK_WIDGET (self->entry), "place-search-entry");
  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_activate), self);
  g_signal_connect_swapped (self->entry, "stop-search", G_CALLBACK (on_stop_search), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->entry));

  self->results = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->results, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->results), "boxed-list");
  g_signal_connect_swapped (self->results, "row-activated", G_CALLBACK (on_row_activated), self);
  keys = gtk_event_controller_key_new ();
  /* Before the list's own key bindings, which would beep at the top. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_results_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->results), keys);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroll), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroll), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (self->results));
  self->results_frame = scroll;
  gtk_widget_set_visible (scroll, FALSE);
  gtk_box_append (GTK_BOX (self), scroll);
}

SkPlaceSearch *
sk_place_search_new (SkRegion   *region,
                     ShumateMap *map)
{
  SkPlaceSearch *self;

  g_return_val_if_fail (SK_IS_REGION (region), NULL);
  g_return_val_if_fail (SHUMATE_IS_MAP (map), NULL);

  self = g_object_new (SK_TYPE_PLACE_SEARCH, NULL);
  self->region = g_object_ref (region);
  self->map = map;
  return self;
}
