/* sk-window.c — the main window. */
#include "sk-config.h"
#include "sk-window.h"
#include "sk-window-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-format.h"
#include "sk-help-overlay.h"
#include "sk-kern-layer.h"
#include "sk-resources.h"
#include "sk-popovers.h"
#include "sk-sources-window.h"

/* Zoom the map opens at when it does not yet know its size. */
#define START_ZOOM 10.5


G_DEFINE_FINAL_TYPE (SkWindow, sk_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_REGION,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
sk_window_show_toast (SkWindow   *self,
                      const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 8);
  /* At work, over the map: centred on the window a toast's end lay over
   * the results panel's text. */
  adw_toast_overlay_add_toast (sk_window_get_showing_start (self) ? self->toast_overlay
                                                                 : self->map_toast_overlay,
                               toast);
}

/* A hint is a label over the map, not a toast: it changes with every
 * step of drawing, and libadwaita 1.2 crashes when a toast is dismissed
 * during its animation. */
void
sk_window_show_hint (SkWindow   *self,
                     const char *message)
{
  gtk_label_set_label (self->hint_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), message != NULL);
}

static void
on_base_map_fallback (SkBaseMapSource *source,
                      SkWindow        *self)
{
  if (self->fallback_toast_shown)
    return;
  self->fallback_toast_shown = TRUE;
  sk_window_show_toast (self,
                        sk_base_map_source_get_kind (source) == SK_BASE_MAP_MBTILES
                          ? _("Het kaartbestand heeft hier geen kaart. Daar ziet u de eigen kaart.")
                          : _("De kaart van internet komt niet binnen. U ziet de eigen kaart, die zonder internet werkt."));
}

static void
apply_base_map (SkWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *mbtiles_path = g_settings_get_string (self->settings, "mbtiles-path");
  SkBaseMapKind kind = g_settings_get_enum (self->settings, "base-map");
  g_autoptr(SkBaseMapSource) source = NULL;

  source = sk_base_map_source_new_for_kind (self->region, kind, mbtiles_path, &error);
  if (source == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s U ziet de eigen kaart."), error->message);

      sk_window_show_toast (self, message);
      source = sk_base_map_source_new_offline (self->region);
    }
  g_signal_connect_object (source, "fallback", G_CALLBACK (on_base_map_fallback), self, 0);
  self->fallback_toast_shown = FALSE;
  g_set_object (&self->base_map, source);
  shumate_simple_map_set_map_source (self->map, SHUMATE_MAP_SOURCE (source));
}

static void
on_settings_changed (GSettings  *settings,
                     const char *key,
                     SkWindow   *self)
{
  if (g_str_equal (key, "base-map") || g_str_equal (key, "mbtiles-path"))
    apply_base_map (self);
}

/* What the map fits while it settles: the region, or the plan of the
 * session that was opened. */
static const SkBBox *
fit_bbox (SkWindow *self)
{
  return sk_bbox_is_empty (&self->fit_bbox) ? sk_region_get_bbox (self->region) : &self->fit_bbox;
}

/* The zoom at which BBOX fits the map, with a margin. */
static double
zoom_to_fit (SkWindow     *self,
             const SkBBox *bbox)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->map));
  int height = gtk_widget_get_height (GTK_WIDGET (self->map));
  double dx, dy;

  if (width <= 0 || height <= 0 || sk_bbox_is_empty (bbox))
    return START_ZOOM;
  dx = sk_mercator_x (bbox->east, 0) - sk_mercator_x (bbox->west, 0);
  dy = sk_mercator_y (bbox->south, 0) - sk_mercator_y (bbox->north, 0);
  return CLAMP (floor (2 * MIN (log2 (width * 0.85 / dx), log2 (height * 0.85 / dy))) / 2, 7, 15);
}

void
sk_window_fit_bbox (SkWindow     *self,
                    const SkBBox *bbox)
{
  SkLatLon centre;

  g_return_if_fail (SK_IS_WINDOW (self));

  self->fit_bbox = *bbox;
  /* While the window settles, the settling fit shows it. */
  if (sk_bbox_is_empty (bbox) || self->settling)
    return;
  centre = sk_bbox_get_centre (bbox);
  shumate_map_go_to_full_with_duration (shumate_simple_map_get_map (self->map), centre.lat, centre.lon,
                                        zoom_to_fit (self, bbox), 400);
}

static void
zoom_region_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  SkLatLon centre = sk_bbox_get_centre (sk_region_get_bbox (self->region));
  ShumateMap *map = shumate_simple_map_get_map (self->map);

  shumate_map_go_to_full_with_duration (map, centre.lat, centre.lon,
                                        zoom_to_fit (self, sk_region_get_bbox (self->region)), 600);
}

/* Fits the region while the window settles into its size: the map's
 * width changes over the first frames (panels unfold, the window is
 * maximized), so fit again until it has stayed the same for 3 frames. */
static gboolean
fit_region_while_settling (GtkWidget     *widget,
                           GdkFrameClock *clock,
                           gpointer       user_data)
{
  SkWindow *self = SK_WINDOW (user_data);
  SkLatLon centre = sk_bbox_get_centre (fit_bbox (self));
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  int width = gtk_widget_get_width (widget);

  if (self->user_moved)
    return self->settling = FALSE, G_SOURCE_REMOVE;
  if (width <= 0)
    return G_SOURCE_CONTINUE;
  if (width == self->fit_width && ++self->fit_stable_frames >= 3)
    return self->settling = FALSE, G_SOURCE_REMOVE;
  if (width == self->fit_width)
    return G_SOURCE_CONTINUE;
  self->fit_width = width;
  self->fit_stable_frames = 0;
  shumate_viewport_set_zoom_level (viewport,
                                   self->start_zoom > 0 ? self->start_zoom
                                                        : zoom_to_fit (self, fit_bbox (self)));
  shumate_map_center_on (shumate_simple_map_get_map (self->map), centre.lat, centre.lon);
  return G_SOURCE_CONTINUE;
}

void
sk_window_settle_on (SkWindow     *self,
                     const SkBBox *bbox)
{
  gboolean ticking = self->settling;

  /* A flight still under way (a session opened) would end elsewhere. */
  shumate_map_stop_go_to (shumate_simple_map_get_map (self->map));
  self->fit_bbox = *bbox;
  self->start_zoom = 0;
  self->user_moved = FALSE;
  self->settling = TRUE;
  self->fit_width = 0;
  self->fit_stable_frames = 0;
  if (!ticking)
    gtk_widget_add_tick_callback (GTK_WIDGET (self->map), fit_region_while_settling, self, NULL);
}

static void
show_sources_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  GtkWindow *sources = sk_sources_window_new (GTK_WINDOW (self), self->region);

  gtk_window_present (sources);
}

static void
toggle_flap_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  AdwFlap *flap = g_str_equal (action_name, "win.toggle-toolbox") ? self->toolbox_flap
                                                                   : self->indicators_flap;

  adw_flap_set_reveal_flap (flap, !adw_flap_get_reveal_flap (flap));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ShumateMap *map = shumate_simple_map_get_map (SK_WINDOW (widget)->map);

  SK_WINDOW (widget)->user_moved = TRUE;
  if (SK_WINDOW (widget)->touch)
    sk_window_touch_zoom (SK_WINDOW (widget), g_str_equal (action_name, "win.zoom-in") ? 1 : -1);
  else if (g_str_equal (action_name, "win.zoom-in"))
    shumate_map_zoom_in (map);
  else
    shumate_map_zoom_out (map);
}

/* Moves the map a quarter of its size; the parameter is (dx, dy) in
 * quarters, so (1, 0) shows more of the east. */
static void
pan_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  GtkWidget *map = GTK_WIDGET (shumate_simple_map_get_map (self->map));
  int dx, dy;
  double lat, lon;

  self->user_moved = TRUE;
  g_variant_get (parameter, "(ii)", &dx, &dy);
  shumate_viewport_widget_coords_to_location (viewport, map,
                                              gtk_widget_get_width (map) * (0.5 + dx * 0.25),
                                              gtk_widget_get_height (map) * (0.5 + dy * 0.25),
                                              &lat, &lon);
  shumate_map_go_to_full_with_duration (SHUMATE_MAP (map), lat, lon,
                                        shumate_viewport_get_zoom_level (viewport), 200);
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (widget)))
    gtk_window_unfullscreen (GTK_WINDOW (widget));
  else
    gtk_window_fullscreen (GTK_WINDOW (widget));
}

static void
fill_region_summary (SkWindow *self)
{
  g_autofree char *kernen = sk_format_count ((long) sk_region_get_n_kernen (self->region));
  g_autofree char *inhabitants = sk_format_count (sk_region_get_inhabitants (self->region));
  g_autofree char *facilities = sk_format_count ((long) sk_region_get_n_facilities (self->region));

  adw_window_title_set_subtitle (self->window_title, sk_region_get_name (self->region));
  gtk_label_set_label (self->kernen_label, kernen);
  gtk_label_set_label (self->inhabitants_label, inhabitants);
  gtk_label_set_label (self->facilities_label, facilities);
}

static void
on_reach_changed (SkWindow *self)
{
  sk_window_ov_update_dots (self);
}

static void
sk_window_constructed (GObject *object)
{
  SkWindow *self = SK_WINDOW (object);
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  ShumateMap *map = shumate_simple_map_get_map (self->map);
  SkLatLon centre;

  G_OBJECT_CLASS (sk_window_parent_class)->constructed (object);

  g_return_if_fail (SK_IS_REGION (self->region));

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed), self, 0);

  fill_region_summary (self);
  apply_base_map (self);

  self->kern_layer = sk_kern_layer_new (viewport, self->region);
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->kern_layer));

  self->reach_panel = sk_reach_panel_new (self->region);
  gtk_box_prepend (self->indicators_box, GTK_WIDGET (self->reach_panel));
  g_signal_connect_object (self->reach_panel, "notify::facility", G_CALLBACK (on_reach_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reach_panel, "notify::mode", G_CALLBACK (on_reach_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reach_panel, "changed", G_CALLBACK (on_reach_changed),
                           self, G_CONNECT_SWAPPED);
  on_reach_changed (self);

  sk_window_plan_init (self);
  sk_window_ov_init (self);
  sk_window_session_init (self);
  sk_window_region_init (self);
  sk_window_fit_init (self);

  shumate_viewport_set_min_zoom_level (viewport, 6);
  shumate_viewport_set_max_zoom_level (viewport, 18);
  centre = sk_bbox_get_centre (sk_region_get_bbox (self->region));
  shumate_viewport_set_zoom_level (viewport, START_ZOOM);
  shumate_map_center_on (map, centre.lat, centre.lon);
  shumate_scale_set_unit (shumate_simple_map_get_scale (self->map), SHUMATE_UNIT_METRIC);
  gtk_widget_add_tick_callback (GTK_WIDGET (self->map), fit_region_while_settling, self, NULL);
}

static void
sk_window_dispose (GObject *object)
{
  SkWindow *self = SK_WINDOW (object);

  sk_window_ov_dispose (self);
  sk_window_plan_dispose (self);
  sk_window_fit_dispose (self);
  g_clear_weak_pointer (&self->file_chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_WINDOW);
  g_clear_object (&self->base_map);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sk_window_parent_class)->dispose (object);
}

static void
sk_window_finalize (GObject *object)
{
  SkWindow *self = SK_WINDOW (object);

  g_clear_object (&self->region);

  G_OBJECT_CLASS (sk_window_parent_class)->finalize (object);
}

static void
sk_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SkWindow *self = SK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REGION:
      g_value_set_object (value, self->region);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SkWindow *self = SK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REGION:
      self->region = g_value_dup_object (value);
      break;
    case PROP_PRESENTING:
      sk_window_set_presenting (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_window_class_init (SkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_window_constructed;
  object_class->dispose = sk_window_dispose;
  object_class->finalize = sk_window_finalize;
  object_class->get_property = sk_window_get_property;
  object_class->set_property = sk_window_set_property;

  properties[PROP_REGION] =
    g_param_spec_object ("region", NULL, NULL, SK_TYPE_REGION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Presentation mode: full screen, large type, panels over the map. */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the resource keeps it (and its registration) linked in. */
  (void) sk_get_resource ();
  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);
  sk_tooltips_quiet_under_popovers ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, map_toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, side_switcher);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, toolbox_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, undo_box);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, indicators_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, present_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, toolbox_flap);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, indicators_flap);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, indicators_scroll);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, side_scroll);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, history_bin);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, session_bin);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, indicators_clamp);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, map);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, kernen_label);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, inhabitants_label);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, facilities_label);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, indicators_box);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, toolbox_box);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, toolbox_placeholder);
  sk_window_plan_class_init (widget_class);

  gtk_widget_class_install_action (widget_class, "win.zoom-region", NULL, zoom_region_action);
  gtk_widget_class_install_action (widget_class, "win.show-sources", NULL, show_sources_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-toolbox", NULL, toggle_flap_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-indicators", NULL,
                                   toggle_flap_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-toolbox", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, 0, "win.toggle-indicators",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK,
                                       "win.zoom-region", NULL);

  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);
  sk_window_present_class_init (widget_class);
  sk_window_session_class_init (widget_class);
  sk_window_region_class_init (widget_class);
  sk_window_ov_class_init (widget_class);

  /* ShumateMap 1.0 has no keyboard handling of its own. */
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.pan", "(ii)", pan_action);
  {
    static const guint in_keys[] = { GDK_KEY_plus, GDK_KEY_equal, GDK_KEY_KP_Add };
    static const guint out_keys[] = { GDK_KEY_minus, GDK_KEY_KP_Subtract };
    static const struct { guint key; int dx, dy; } pan_keys[] = {
      { GDK_KEY_Left, -1, 0 }, { GDK_KEY_Right, 1, 0 }, { GDK_KEY_Up, 0, -1 }, { GDK_KEY_Down, 0, 1 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (in_keys); i++)
      {
        gtk_widget_class_add_binding_action (widget_class, in_keys[i], 0, "win.zoom-in", NULL);
        gtk_widget_class_add_binding_action (widget_class, in_keys[i], GDK_CONTROL_MASK,
                                             "win.zoom-in", NULL);
      }
    for (guint i = 0; i < G_N_ELEMENTS (out_keys); i++)
      {
        gtk_widget_class_add_binding_action (widget_class, out_keys[i], 0, "win.zoom-out", NULL);
        gtk_widget_class_add_binding_action (widget_class, out_keys[i], GDK_CONTROL_MASK,
                                             "win.zoom-out", NULL);
      }
    /* Ctrl+arrows, so plain arrows keep moving the focus. */
    for (guint i = 0; i < G_N_ELEMENTS (pan_keys); i++)
      gtk_widget_class_add_binding_action (widget_class, pan_keys[i].key, GDK_CONTROL_MASK,
                                           "win.pan", "(ii)", pan_keys[i].dx, pan_keys[i].dy);
  }
}

static void
sk_window_init (SkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
  sk_bbox_init_empty (&self->fit_bbox);
  self->settling = TRUE;  /* until the map has kept one size for 3 frames */
  sk_window_present_init (self);
}

SkWindow *
sk_window_new (GtkApplication *application,
               SkRegion       *region)
{
  SkWindow *self = g_object_new (SK_TYPE_WINDOW, "application", application, "region", region, NULL);
  GtkShortcutsWindow *help = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  /* GtkApplication made it from gtk/help-overlay.ui when the window joined it. */
  if (help != NULL)
    sk_help_overlay_translate (GTK_WINDOW (help));
  return self;
}

void
sk_window_set_start_zoom (SkWindow *self,
                          double    zoom)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  self->start_zoom = zoom;
}

SkRegion *
sk_window_get_region (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->region;
}

ShumateSimpleMap *
sk_window_get_map (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->map;
}

SkPlan *
sk_window_get_plan (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->plan;
}

GtkFileChooserNative *
sk_window_get_file_chooser (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->file_chooser;
}

SkMapEditor *
sk_window_get_editor (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->editor;
}

guint
sk_window_get_n_evaluations (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), 0);
  return self->n_evaluations;
}

SkPlanLayer *
sk_window_get_plan_layer (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->plan_layer;
}

SkMkbaPanel *
sk_window_get_mkba_panel (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->mkba_panel;
}

SkPalette *
sk_window_get_palette (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->palette;
}

SkSession *
sk_window_get_session (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->session;
}

SkHistoryView *
sk_window_get_history_view (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->history_view;
}

SkReachPanel *
sk_window_get_reach_panel (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->reach_panel;
}

ShumateMarkerLayer *
sk_window_get_kern_layer (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->kern_layer;
}

SkBaseMapSource *
sk_window_get_base_map (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->base_map;
}
