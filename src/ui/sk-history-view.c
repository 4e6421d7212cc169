/* sk-history-view.c — the event log as a list and a replay control.
 *
 * The list is a GtkListView over a GListStore of SkHistoryItem, one per
 * event, oldest at the top; row i is step i + 1 (step 0 is "before
 * anything", with no row selected). The scale, the buttons and the
 * selection all move one index, self->step, through set_step(). */
#include "sk-config.h"
#include "sk-history-view.h"
#include "sk-resources.h"

#include <glib/gi18n.h>

/* ---- one event as the list shows it ------------------------------------ */

#define SK_TYPE_HISTORY_ITEM (sk_history_item_get_type ())
G_DECLARE_FINAL_TYPE (SkHistoryItem, sk_history_item, SK, HISTORY_ITEM, GObject)

struct _SkHistoryItem
{
  GObject parent_instance;

  gint64 id;
  char *time;        /* "14:05", local time */
  char *line;        /* "Anne zette een pluktuin neer" */
  char *who;         /* the participant's name, or NULL */
  const char *icon;  /* static icon name of the op */
  GdkRGBA colour;
  gboolean has_colour;
};

G_DEFINE_FINAL_TYPE (SkHistoryItem, sk_history_item, G_TYPE_OBJECT)

static void
sk_history_item_finalize (GObject *object)
{
  SkHistoryItem *self = SK_HISTORY_ITEM (object);

  g_free (self->time);
  g_free (self->line);
  g_free (self->who);
  G_OBJECT_CLASS (sk_history_item_parent_class)->finalize (object);
}

static void
sk_history_item_class_init (SkHistoryItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_history_item_finalize;
}

static void
sk_history_item_init (SkHistoryItem *self)
{
}

/* ---- the view ---------------------------------------------------------- */

struct _SkHistoryView
{
  GtkBox parent_instance;

  SkStore *store;
  SkToolbox *toolbox;
  gint64 variant_id;
  GListStore *items;           /* SkHistoryItem */
  GtkSingleSelection *selection;
  guint step;                  /* 0 … items' length */
  gboolean syncing;            /* while the widgets follow self->step */
  guint scroll_idle;

  GtkStack *stack;
  GtkListView *list_view;
  GtkLabel *step_label;
  GtkScale *scale;
  GtkAdjustment *adjustment;
  GtkWidget *previous_button;
  GtkWidget *next_button;
  GtkWidget *present_button;
};

G_DEFINE_FINAL_TYPE (SkHistoryView, sk_history_view, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_TOOLBOX,
  PROP_POSITION,
  PROP_VARIANT_ID,
  PROP_AT_PRESENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  REPLAY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The icon of what the event did; an undo shows the undo arrow. */
static const char *
op_icon (SkStoreOp op)
{
  switch (op)
    {
    case SK_STORE_OP_ADD:
      return "list-add-symbolic";
    case SK_STORE_OP_MOVE:
      return "find-location-symbolic";
    case SK_STORE_OP_RESHAPE:
    case SK_STORE_OP_EDIT:
    case SK_STORE_OP_VARIANT_RENAME:
      return "document-edit-symbolic";
    case SK_STORE_OP_DELETE:
      return "user-trash-symbolic";
    case SK_STORE_OP_COMMENT:
      return "chat-message-new-symbolic";
    case SK_STORE_OP_VOTE:
      return "starred-symbolic";
    case SK_STORE_OP_UNDO:
      return "edit-undo-symbolic";
    case SK_STORE_OP_PARTICIPANT:
      return "avatar-default-symbolic";
    case SK_STORE_OP_VARIANT_NEW:
    case SK_STORE_OP_VARIANT_DUPLICATE:
      return "edit-copy-symbolic";
    case SK_STORE_OP_METADATA:
      return "document-properties-symbolic";
    case SK_STORE_OP_FACILITY_ADD:
      return "list-add-symbolic";
    case SK_STORE_OP_FACILITY_REMOVE:
      return "user-trash-symbolic";
    case SK_STORE_OP_MERGE:
    default:
      return "view-dual-symbolic";
    }
}

static const char *
kind_name (const char *kind_id,
           gpointer    user_data)
{
  const SkKind *kind = sk_toolbox_find_kind (user_data, kind_id);

  return kind != NULL ? sk_kind_get_display_name (kind) : NULL;
}

/* "14:05" in local time from the log's ISO 8601 UTC time. */
static char *
local_clock (const char *iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = iso ? g_date_time_new_from_iso8601 (iso, utc) : NULL;
  g_autoptr(GDateTime) local = when ? g_date_time_to_local (when) : NULL;

  return local != NULL ? g_date_time_format (local, "%H:%M") : g_strdup ("");
}

static SkHistoryItem *
item_new (SkHistoryView *self,
          SkStoreEvent  *event,
          GHashTable    *participants)
{
  SkHistoryItem *item = g_object_new (SK_TYPE_HISTORY_ITEM, NULL);
  SkStoreParticipant *who = g_hash_table_lookup (participants, &event->participant_id);
  const char *colour;

  /* Someone who joins is usually added by nobody in particular: the line
   * names the newcomer ("Anne deed mee"), not "Iemand". */
  if (event->op == SK_STORE_OP_PARTICIPANT && event->participant_id == 0)
    {
      who = g_hash_table_lookup (participants, &event->object_id);
      if (who != NULL && event->participant_name == NULL)
        event->participant_name = g_strdup (who->name);
    }
  colour = who != NULL && who->colour != NULL && who->colour[0] == '#' ? who->colour : NULL;
  item->id = event->id;
  item->time = local_clock (event->time);
  item->line = sk_store_event_describe (event, kind_name, self->toolbox);
  item->who = g_strdup (event->participant_name);
  item->icon = op_icon (event->op);
  /* An added facility shows its own symbol (interned: static). */
  if (event->op == SK_STORE_OP_FACILITY_ADD && event->kind != NULL
      && sk_facility_type_from_id (event->kind) != SK_FACILITY_INVALID)
    {
      g_autofree char *icon = g_strdup_printf ("sk-facility-%s-symbolic", event->kind);

      item->icon = g_intern_string (icon);
    }
  item->has_colour = colour != NULL && gdk_rgba_parse (&item->colour, colour);
  return item;
}

/* Participant id → SkStoreParticipant, borrowed from PARTICIPANTS. */
static GHashTable *
participant_table (GPtrArray *participants)
{
  GHashTable *table = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      SkStoreParticipant *p = g_ptr_array_index (participants, i);

      g_hash_table_insert (table, &p->id, p);
    }
  return table;
}

static guint
n_events (SkHistoryView *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->items));
}

static gint64
step_event_id (SkHistoryView *self,
               guint          step)
{
  g_autoptr(SkHistoryItem) item = NULL;

  if (step == 0)
    return 0;
  item = g_list_model_get_item (G_LIST_MODEL (self->items), step - 1);
  return item != NULL ? item->id : 0;
}

/* The step of the last event with an id ≤ EVENT_ID (ids grow down the log). */
static guint
step_of_event (SkHistoryView *self,
               gint64         event_id)
{
  guint lo = 0, hi = n_events (self);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (step_event_id (self, mid + 1) <= event_id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
scroll_now (gpointer user_data)
{
  SkHistoryView *self = user_data;

  self->scroll_idle = 0;
  if (self->step > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                self->step - 1);
  return G_SOURCE_REMOVE;
}

/* The row of the position in view. A list that has no size yet scrolls
 * nowhere, so it waits for the first frame after being mapped. */
static void
scroll_to_step (SkHistoryView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || self->scroll_idle != 0)
    return;
  self->scroll_idle = g_idle_add_full (GDK_PRIORITY_REDRAW + 10, scroll_now, self, NULL);
}

static void
sk_history_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sk_history_view_parent_class)->map (widget);
  scroll_to_step (SK_HISTORY_VIEW (widget));
}

/* The scale, the buttons, the label and the selection follow self->step. */
static void
sync_widgets (SkHistoryView *self)
{
  guint n = n_events (self);
  g_autofree char *label = g_strdup_printf (_("Stap %u van %u"), self->step, n);

  self->syncing = TRUE;
  gtk_adjustment_configure (self->adjustment, self->step, 0, n, 1, 10, 0);
  gtk_single_selection_set_selected (self->selection,
                                     self->step > 0 ? self->step - 1 : GTK_INVALID_LIST_POSITION);
  self->syncing = FALSE;
  gtk_label_set_text (self->step_label, label);
  gtk_widget_set_sensitive (self->previous_button, self->step > 0);
  gtk_widget_set_sensitive (self->next_button, self->step < n);
  gtk_widget_set_sensitive (self->present_button, self->step < n);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  scroll_to_step (self);
}

static void
set_step (SkHistoryView *self,
          guint          step)
{
  gint64 before = step_event_id (self, self->step);
  gboolean was_present = sk_history_view_get_at_present (self);

  step = MIN (step, n_events (self));
  if (step == self->step)
    return;
  self->step = step;
  sync_widgets (self);
  if (step_event_id (self, step) != before)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
  if (sk_history_view_get_at_present (self) != was_present)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT_PRESENT]);
  g_signal_emit (self, signals[REPLAY], 0, step_event_id (self, step));
}

static void
on_scale_value_changed (SkHistoryView *self,
                        GtkRange      *range)
{
  if (!self->syncing)
    set_step (self, (guint) MAX (0, gtk_range_get_value (range) + 0.5));
}

static void
on_selection_changed (SkHistoryView *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (!self->syncing && selected != GTK_INVALID_LIST_POSITION)
    set_step (self, selected + 1);
}

static void
on_previous_clicked (SkHistoryView *self)
{
  sk_history_view_step (self, -1);
}

static void
on_next_clicked (SkHistoryView *self)
{
  sk_history_view_step (self, 1);
}

static void
on_present_clicked (SkHistoryView *self)
{
  set_step (self, n_events (self));
}

/* ---- rows -------------------------------------------------------------- */

static void
draw_dot (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  SkHistoryItem *item = g_object_get_data (G_OBJECT (area), "sk-item");
  double r = MIN (width, height) / 2.0 - 1;

  cairo_arc (cr, width / 2.0, height / 2.0, r, 0, 2 * G_PI);
  if (item != NULL && item->has_colour)
    {
      gdk_cairo_set_source_rgba (cr, &item->colour);
      cairo_fill_preserve (cr);
    }
  /* A thin ring keeps a pale colour visible, and marks "nobody known". */
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.8);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  SkHistoryView            *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *time = gtk_label_new (NULL);
  GtkWidget *dot = gtk_drawing_area_new ();
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *line = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "sk-history-row");
  gtk_widget_add_css_class (time, "numeric");
  gtk_widget_add_css_class (time, "dim-label");
  gtk_label_set_width_chars (GTK_LABEL (time), 5);
  gtk_label_set_xalign (GTK_LABEL (time), 0);
  gtk_widget_set_size_request (dot, 12, 12);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), draw_dot, NULL, NULL);
  gtk_label_set_wrap (GTK_LABEL (line), TRUE);
  gtk_label_set_xalign (GTK_LABEL (line), 0);
  gtk_widget_set_hexpand (line, TRUE);
  gtk_box_append (GTK_BOX (box), time);
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), line);
  gtk_list_item_set_child (list_item, box);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 SkHistoryView            *self)
{
  SkHistoryItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *time = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *dot = gtk_widget_get_next_sibling (time);
  GtkWidget *icon = gtk_widget_get_next_sibling (dot);
  GtkWidget *line = gtk_widget_get_next_sibling (icon);

  gtk_label_set_text (GTK_LABEL (time), item->time);
  g_object_set_data (G_OBJECT (dot), "sk-item", item);
  gtk_widget_set_tooltip_text (dot, item->who);
  gtk_widget_queue_draw (dot);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), item->icon);
  gtk_label_set_text (GTK_LABEL (line), item->line);
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   SkHistoryView            *self)
{
  GtkWidget *time = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));

  g_object_set_data (G_OBJECT (gtk_widget_get_next_sibling (time)), "sk-item", NULL);
}

/* ---- public API -------------------------------------------------------- */

GtkWidget *
sk_history_view_new (SkStore   *store,
                     SkToolbox *toolbox)
{
  g_return_val_if_fail (SK_IS_STORE (store), NULL);
  g_return_val_if_fail (SK_IS_TOOLBOX (toolbox), NULL);

  return g_object_new (SK_TYPE_HISTORY_VIEW, "store", store, "toolbox", toolbox, NULL);
}

SkStore *
sk_history_view_get_store (SkHistoryView *self)
{
  g_return_val_if_fail (SK_IS_HISTORY_VIEW (self), NULL);
  return self->store;
}

gint64
sk_history_view_get_position (SkHistoryView *self)
{
  g_return_val_if_fail (SK_IS_HISTORY_VIEW (self), 0);
  return step_event_id (self, self->step);
}

void
sk_history_view_set_position (SkHistoryView *self,
                              gint64         event_id)
{
  g_return_if_fail (SK_IS_HISTORY_VIEW (self));
  set_step (self, step_of_event (self, event_id));
}

void
sk_history_view_step (SkHistoryView *self,
                      int            delta)
{
  gint64 step;

  g_return_if_fail (SK_IS_HISTORY_VIEW (self));
  step = CLAMP ((gint64) self->step + delta, 0, (gint64) n_events (self));
  set_step (self, (guint) step);
}

gboolean
sk_history_view_get_at_present (SkHistoryView *self)
{
  g_return_val_if_fail (SK_IS_HISTORY_VIEW (self), TRUE);
  return self->step == n_events (self);
}

guint
sk_history_view_get_step (SkHistoryView *self)
{
  g_return_val_if_fail (SK_IS_HISTORY_VIEW (self), 0);
  return self->step;
}

guint
sk_history_view_get_n_steps (SkHistoryView *self)
{
  g_return_val_if_fail (SK_IS_HISTORY_VIEW (self), 0);
  return n_events (self);
}

/* The event log is append-only: after the first read only the events
 * past the last row are read (the window reloads after every edit, and a
 * long session has 10,000 events). A log shorter than the list (another
 * file behind the same store) is read whole. */
void
sk_history_view_reload (SkHistoryView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean follow;
  gint64 position;
  guint have;

  g_return_if_fail (SK_IS_HISTORY_VIEW (self));

  follow = sk_history_view_get_at_present (self);
  position = sk_history_view_get_position (self);
  have = n_events (self);
  if (sk_store_get_n_events (self->store) < have)
    have = 0;
  events = sk_store_list_events (self->store, have, -1, &error);
  if (events == NULL)
    {
      g_warning ("Cannot read the session's history: %s", error->message);
      return;
    }
  participants = sk_store_list_participants (self->store, NULL);
  by_id = participant_table (participants);
  for (guint i = 0; i < events->len; i++)
    g_ptr_array_add (items, item_new (self, g_ptr_array_index (events, i), by_id));

  self->syncing = TRUE;
  g_list_store_splice (self->items, have, n_events (self) - have, items->pdata, items->len);
  self->syncing = FALSE;
  self->step = follow ? n_events (self) : step_of_event (self, position);
  sync_widgets (self);
  if (sk_history_view_get_position (self) != position)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
      g_signal_emit (self, signals[REPLAY], 0, sk_history_view_get_position (self));
    }
  if (follow != sk_history_view_get_at_present (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT_PRESENT]);
}

gint64
sk_history_view_get_variant_id (SkHistoryView *self)
{
  g_return_val_if_fail (SK_IS_HISTORY_VIEW (self), 0);
  return self->variant_id;
}

void
sk_history_view_set_variant_id (SkHistoryView *self,
                                gint64         variant_id)
{
  g_return_if_fail (SK_IS_HISTORY_VIEW (self));

  if (self->variant_id == variant_id)
    return;
  self->variant_id = variant_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VARIANT_ID]);
  /* The state to show changed, though the position did not. */
  g_signal_emit (self, signals[REPLAY], 0, sk_history_view_get_position (self));
}

GPtrArray *
sk_history_view_dup_state (SkHistoryView *self,
                           GError       **error)
{
  g_return_val_if_fail (SK_IS_HISTORY_VIEW (self), NULL);
  return sk_store_dup_state_at (self->store, sk_history_view_get_position (self),
                                self->variant_id, error);
}

/* ---- GObject ----------------------------------------------------------- */

static void
sk_history_view_constructed (GObject *object)
{
  SkHistoryView *self = SK_HISTORY_VIEW (object);

  G_OBJECT_CLASS (sk_history_view_parent_class)->constructed (object);
  g_return_if_fail (SK_IS_STORE (self->store) && SK_IS_TOOLBOX (self->toolbox));
  sk_history_view_reload (self);
}

static void
sk_history_view_dispose (GObject *object)
{
  SkHistoryView *self = SK_HISTORY_VIEW (object);

  g_clear_handle_id (&self->scroll_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_HISTORY_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->store);
  g_clear_object (&self->toolbox);
  G_OBJECT_CLASS (sk_history_view_parent_class)->dispose (object);
}

static void
sk_history_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SkHistoryView *self = SK_HISTORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TOOLBOX:
      g_value_set_object (value, self->toolbox);
      break;
    case PROP_POSITION:
      g_value_set_int64 (value, sk_history_view_get_position (self));
      break;
    case PROP_VARIANT_ID:
      g_value_set_int64 (value, self->variant_id);
      break;
    case PROP_AT_PRESENT:
      g_value_set_boolean (value, sk_history_view_get_at_present (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_history_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SkHistoryView *self = SK_HISTORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_TOOLBOX:
      self->toolbox = g_value_dup_object (value);
      break;
    case PROP_POSITION:
      sk_history_view_set_position (self, g_value_get_int64 (value));
      break;
    case PROP_VARIANT_ID:
      sk_history_view_set_variant_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_history_view_class_init (SkHistoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_history_view_constructed;
  object_class->dispose = sk_history_view_dispose;
  object_class->get_property = sk_history_view_get_property;
  object_class->set_property = sk_history_view_set_property;
  widget_class->map = sk_history_view_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOOLBOX] =
    g_param_spec_object ("toolbox", NULL, NULL, SK_TYPE_TOOLBOX,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_int64 ("position", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VARIANT_ID] =
    g_param_spec_int64 ("variant-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AT_PRESENT] =
    g_param_spec_boolean ("at-present", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* ::replay (event_id): the state to show changed — a new position, or
   * another variant. Call sk_history_view_dup_state() to get it. */
  signals[REPLAY] =
    g_signal_new ("replay", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /* Referencing the resource keeps it (and its registration) linked in. */
  (void) sk_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/samenkaart/Samenkaart/ui/sk-history-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkHistoryView, stack);
  gtk_widget_class_bind_template_child (widget_class, SkHistoryView, list_view);
  gtk_widget_class_bind_template_child (widget_class, SkHistoryView, step_label);
  gtk_widget_class_bind_template_child (widget_class, SkHistoryView, scale);
  gtk_widget_class_bind_template_child (widget_class, SkHistoryView, adjustment);
  gtk_widget_class_bind_template_child (widget_class, SkHistoryView, previous_button);
  gtk_widget_class_bind_template_child (widget_class, SkHistoryView, next_button);
  gtk_widget_class_bind_template_child (widget_class, SkHistoryView, present_button);
  gtk_widget_class_bind_template_callback (widget_class, on_scale_value_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_previous_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_next_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_present_clicked);
}

static void
sk_history_view_init (SkHistoryView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->items = g_list_store_new (SK_TYPE_HISTORY_ITEM);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (on_selection_changed), self);
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}
