/* sk-window-correction.c — "Hier is ook een huisarts": a facilitator adds
 * a facility the region data lacks, from the map (right click or long
 * press on an empty spot → "Hier is ook een…" → what it is, with an
 * optional name). It is stored in the session as a correction of the
 * situation before the plan, drawn with its own marker (the facility's
 * symbol with a small "+ toegevoegd"), counted by the evaluator before
 * and after the plan, and taken back with Ctrl+Z like any other step. */
#include "sk-config.h"
#include "sk-window-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-correction.h"
#include "sk-popovers.h"

/* How close (px) to a marker a right click or long press is "on" it. */
#define MARKER_HIT_PX 22.0

static char *
facility_icon (SkFacilityType type)
{
  return g_strdup_printf ("sk-facility-%s-symbolic", sk_facility_type_to_id (type));
}

/* "Huisarts “Dokter Bos”" or "Huisarts". */
static char *
correction_title (const SkStoreCorrection *c)
{
  SkFacilityType type = sk_facility_type_from_id (c->type);
  const char *kind = type != SK_FACILITY_INVALID ? sk_facility_type_get_name (type) : c->type;

  if (c->name != NULL && *c->name != '\0')
    return g_strdup_printf (_("%s “%s”"), kind, c->name);
  return g_strdup (kind);
}

/* "Toegevoegd door Gerda om 14:05", in local time. */
static char *
correction_added_by (const SkStoreCorrection *c)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = c->created ? g_date_time_new_from_iso8601 (c->created, utc) : NULL;
  g_autoptr(GDateTime) local = when ? g_date_time_to_local (when) : NULL;
  g_autofree char *clock = local ? g_date_time_format (local, "%H:%M") : g_strdup ("");

  if (c->participant_name != NULL)
    return g_strdup_printf (_("Toegevoegd tijdens de sessie door %s om %s"), c->participant_name,
                            clock);
  return g_strdup_printf (_("Toegevoegd tijdens de sessie om %s"), clock);
}

/* ---- the markers --------------------------------------------------------- */

static void show_marker_popover (SkWindow                *self,
                                 GtkWidget               *marker,
                                 const SkStoreCorrection *c);

static void
on_marker_clicked (GtkButton *button,
                   SkWindow  *self)
{
  show_marker_popover (self, GTK_WIDGET (button),
                       g_object_get_data (G_OBJECT (button), "sk-correction"));
}

/* What the marker's popover shows, kept with the marker. */
static SkStoreCorrection *
correction_copy (const SkStoreCorrection *c)
{
  SkStoreCorrection *copy = g_memdup2 (c, sizeof *c);

  copy->type = g_strdup (c->type);
  copy->name = g_strdup (c->name);
  copy->participant_name = g_strdup (c->participant_name);
  copy->created = g_strdup (c->created);
  return copy;
}

/* The facility's symbol in a round pin, with "+ toegevoegd" under it. */
static ShumateMarker *
marker_new (SkWindow                *self,
            const SkStoreCorrection *c)
{
  ShumateMarker *marker = shumate_marker_new ();
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  SkFacilityType type = sk_facility_type_from_id (c->type);
  g_autofree char *icon = facility_icon (type);
  g_autofree char *title = correction_title (c);
  g_autofree char *added = correction_added_by (c);
  g_autofree char *tooltip = g_strdup_printf ("%s\n%s", title, added);
  GtkWidget *pin = gtk_image_new_from_icon_name (icon);
  GtkWidget *badge = gtk_label_new (_("+ toegevoegd"));
  GtkWidget *spacer = gtk_label_new (_("+ toegevoegd"));

  gtk_widget_add_css_class (pin, "sk-correction-pin");
  gtk_widget_add_css_class (badge, "sk-correction-badge");
  gtk_widget_set_halign (pin, GTK_ALIGN_CENTER);
  /* The marker is centred on its place: an unseen copy of the badge
   * above the pin keeps the pin itself on the spot. */
  gtk_widget_add_css_class (spacer, "sk-correction-badge");
  gtk_widget_set_opacity (spacer, 0);
  gtk_accessible_update_state (GTK_ACCESSIBLE (spacer), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), spacer);
  gtk_box_append (GTK_BOX (box), pin);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "sk-correction-marker");
  gtk_widget_set_name (button, "correction-marker");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "sk-correction", correction_copy (c),
                          (GDestroyNotify) sk_store_correction_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_marker_clicked), self, 0);
  shumate_marker_set_child (marker, button);
  shumate_location_set_location (SHUMATE_LOCATION (marker), c->lat, c->lon);
  return marker;
}

/* The corrections as they are now, or at the history's position while
 * looking back; NULL without a session. */
static GPtrArray *
shown_corrections (SkWindow *self)
{
  SkStore *store = self->session ? sk_session_get_store (self->session) : NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *list;

  if (store == NULL)
    return NULL;
  if (self->replay_plan != NULL && self->history_view != NULL)
    list = sk_store_dup_corrections_at (store, sk_history_view_get_position (self->history_view),
                                        &error);
  else
    list = sk_store_list_corrections (store, &error);
  if (list == NULL)
    sk_window_show_toast (self, error->message);
  return list;
}

/* "Toegevoegd tijdens de sessie: 2" under the region's own counts, so
 * a reader of the figures knows they include them. */
static void
update_count (SkWindow *self,
              guint     n)
{
  GtkWidget *row = self->correction_row;
  g_autofree char *text = g_strdup_printf ("%u", n);

  gtk_label_set_label (GTK_LABEL (g_object_get_data (G_OBJECT (row), "sk-count")), text);
  gtk_widget_set_visible (row, n > 0);
}

void
sk_window_correction_update (SkWindow *self)
{
  g_autoptr(GPtrArray) list = shown_corrections (self);
  g_autoptr(GArray) sites = sk_corrections_to_additions (list);

  shumate_marker_layer_remove_all (self->correction_layer);
  for (guint i = 0; list != NULL && i < list->len; i++)
    shumate_marker_layer_add_marker (self->correction_layer,
                                     marker_new (self, g_ptr_array_index (list, i)));
  if (self->evaluator != NULL)
    sk_evaluator_set_corrections (self->evaluator, (SkReachAddition *) sites->data, sites->len);
  update_count (self, sites->len);
}

/* ---- adding one ---------------------------------------------------------- */

static void
on_type_clicked (GtkButton *button,
                 SkWindow  *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);
  GtkEditable *entry = g_object_get_data (G_OBJECT (popover), "sk-name-entry");
  SkFacilityType type = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "sk-type"));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;

  gtk_popover_popdown (GTK_POPOVER (popover));
  /* The first change makes the session file, as for a placed idea. */
  if (self->session == NULL)
    sk_window_start_session (self);
  if (self->session == NULL)
    return;
  if (sk_session_add_correction (self->session, type, *name ? name : NULL, self->correction_at.lat,
                                 self->correction_at.lon, &error) == 0)
    sk_window_show_toast (self, error->message);
}

static GtkWidget *
type_button (SkWindow       *self,
             SkFacilityType  type)
{
  g_autofree char *icon = facility_icon (type);
  g_autofree char *name = g_strdup_printf ("correction-%s", sk_facility_type_to_id (type));
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), sk_facility_type_get_name (type));
  gtk_widget_set_halign (content, GTK_ALIGN_START);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_name (button, name);
  g_object_set_data (G_OBJECT (button), "sk-type", GINT_TO_POINTER (type));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_type_clicked), self, 0);
  return button;
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 34);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A popover on the map at X, Y (map widget coordinates). */
static GtkWidget *
map_popover (SkWindow   *self,
             const char *name,
             double      x,
             double      y)
{
  GtkWidget *popover = gtk_popover_new ();

  gtk_widget_set_name (popover, name);
  gtk_widget_set_parent (popover, GTK_WIDGET (shumate_simple_map_get_map (self->map)));
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  sk_popover_unparent_when_closed (popover);
  return popover;
}

static void
show_add_popover (SkWindow *self,
                  double    x,
                  double    y)
{
  GtkWidget *popover = map_popover (self, "correction-popover", x, y);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *entry = gtk_entry_new ();
  size_t n;
  const SkFacilityType *types = sk_correction_get_menu_types (&n);

  gtk_box_append (GTK_BOX (box), wrapped_label (_("Hier is ook een…"), "heading"));
  gtk_box_append (GTK_BOX (box),
                  wrapped_label (_("Staat een voorziening die u kent niet op de kaart? Kies wat "
                                   "het is. Ze telt mee vóór en na het plan."), "caption"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Naam (mag leeg blijven)"));
  gtk_entry_set_max_length (GTK_ENTRY (entry), SK_STORE_CORRECTION_NAME_MAX);
  gtk_widget_set_name (entry, "correction-name");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Naam van de voorziening"), -1);
  gtk_box_append (GTK_BOX (box), entry);
  for (size_t i = 0; i < n; i++)
    gtk_grid_attach (GTK_GRID (grid), type_button (self, types[i]), (int) (i % 2), (int) (i / 2), 1,
                     1);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_box_append (GTK_BOX (box), grid);
  g_object_set_data (G_OBJECT (popover), "sk-name-entry", entry);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_popover_popup (GTK_POPOVER (popover));
}

/* ---- one that is there ----------------------------------------------------- */

static void
on_remove_clicked (GtkButton *button,
                   SkWindow  *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "sk-id");
  g_autoptr(GError) error = NULL;

  gtk_popover_popdown (GTK_POPOVER (popover));
  if (self->session != NULL && !sk_session_remove_correction (self->session, id, &error))
    sk_window_show_toast (self, error->message);
}

/* Who added it, when and what; and a button to take it away again. */
static void
show_marker_popover (SkWindow                *self,
                     GtkWidget               *marker,
                     const SkStoreCorrection *c)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Weghalen"));
  g_autofree char *title = correction_title (c);
  g_autofree char *added = correction_added_by (c);

  gtk_widget_set_name (popover, "correction-details");
  gtk_box_append (GTK_BOX (box), wrapped_label (title, "heading"));
  gtk_box_append (GTK_BOX (box), wrapped_label (added, "caption"));
  gtk_box_append (GTK_BOX (box),
                  wrapped_label (_("Niet in de gegevens van de regio; telt mee vóór en na het "
                                   "plan."), "dim-label"));
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_widget_set_name (remove, "correction-remove");
  /* Looking back in the history changes nothing. */
  gtk_widget_set_sensitive (remove, self->replay_plan == NULL);
  g_object_set_data_full (G_OBJECT (remove), "sk-id", g_memdup2 (&c->id, sizeof c->id), g_free);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked), self, 0);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_widget_set_parent (popover, marker);
  sk_popover_unparent_when_closed (popover);
  gtk_popover_popup (GTK_POPOVER (popover));
}

/* The marker button within MARKER_HIT_PX of X, Y on the map, or NULL. */
static GtkWidget *
marker_at (SkWindow *self,
           double    x,
           double    y)
{
  ShumateMap *map = shumate_simple_map_get_map (self->map);
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  g_autoptr(GList) markers = shumate_marker_layer_get_markers (self->correction_layer);

  for (GList *l = markers; l != NULL; l = l->next)
    {
      double mx, my;

      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (map),
                                                  shumate_location_get_latitude (l->data),
                                                  shumate_location_get_longitude (l->data), &mx,
                                                  &my);
      if (hypot (mx - x, my - y) <= MARKER_HIT_PX)
        return shumate_marker_get_child (l->data);
    }
  return NULL;
}

void
sk_window_correction_context (SkWindow *self,
                              double    x,
                              double    y)
{
  ShumateMap *map = shumate_simple_map_get_map (self->map);
  GtkWidget *marker = marker_at (self, x, y);

  if (marker != NULL)
    {
      show_marker_popover (self, marker, g_object_get_data (G_OBJECT (marker), "sk-correction"));
      return;
    }
  shumate_viewport_widget_coords_to_location (shumate_map_get_viewport (map), GTK_WIDGET (map), x,
                                              y, &self->correction_at.lat,
                                              &self->correction_at.lon);
  show_add_popover (self, x, y);
}

/* ---- the session ----------------------------------------------------------- */

static void
on_corrections_changed (SkSession  *session,
                        const char *description,
                        int         direction,
                        SkWindow   *self)
{
  sk_window_refresh (self);
  if (self->history_view != NULL)
    sk_history_view_reload (self->history_view);
  if (direction != SK_PLAN_DO)
    sk_window_show_toast (self, description);
}

void
sk_window_correction_bind (SkWindow *self)
{
  g_signal_connect_object (self->session, "corrections-changed",
                           G_CALLBACK (on_corrections_changed), self, 0);
}

/* A row in "Deze regio", next to "Voorzieningen op de kaart". */
static GtkWidget *
count_row_new (SkWindow *self)
{
  GtkWidget *group = gtk_widget_get_ancestor (GTK_WIDGET (self->facilities_label),
                                              ADW_TYPE_PREFERENCES_GROUP);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *count = gtk_label_new ("0");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Toegevoegd tijdens de sessie"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Niet in de gegevens van de regio; telt mee vóór en na het "
                                 "plan."));
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "list-add-symbolic");
  gtk_widget_add_css_class (count, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), count);
  gtk_widget_set_name (row, "corrections-row");
  g_object_set_data (G_OBJECT (row), "sk-count", count);
  gtk_widget_set_visible (row, FALSE);
  if (group != NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

void
sk_window_correction_init (SkWindow *self)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);

  self->correction_layer = shumate_marker_layer_new_full (viewport, GTK_SELECTION_NONE);
  gtk_widget_set_name (GTK_WIDGET (self->correction_layer), "correction-layer");
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->correction_layer));
  self->correction_row = count_row_new (self);
}
