/* sk-start-page.c — the sessions made before, with a small map of each.
 *
 * Thread rules: the list is built on the main thread, which opens every
 * file read-only for its metadata (a few milliseconds each). The maps are
 * drawn by one GTask per file in the worker pool; a worker opens the file
 * read-only itself and hands back plain pixels (GBytes), which become a
 * GdkTexture on the main thread. No GObject of this page crosses threads;
 * region and toolbox are immutable and shared.
 */
#include "sk-config.h"
#include "sk-start-page.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sk-report-private.h"
#include "sk-resources.h"
#include "sk-store.h"

/* The map in a row, in logical pixels: big enough to recognise the place. */
#define THUMB_WIDTH 160
#define THUMB_HEIGHT 104

struct _SkStartPage
{
  AdwBin parent_instance;

  GtkStack *stack;
  GtkListBox *list;

  SkRegion *region;
  SkToolbox *toolbox;
  GStrv extra_paths;
  GPtrArray *paths;          /* char *, the listed files, newest first */
  GCancellable *cancellable; /* of the maps of the current list */
  guint n_pending;
};

G_DEFINE_FINAL_TYPE (SkStartPage, sk_start_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_REGION,
  PROP_TOOLBOX,
  N_PROPS
};

enum
{
  SIGNAL_OPEN_SESSION,
  SIGNAL_NEW_SESSION,
  SIGNAL_OPEN_FILE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* What a worker needs: plain data and immutable objects only. */
typedef struct
{
  char *path;
  SkRegion *region;
  SkToolbox *toolbox;
  int width;
  int height;
} ThumbJob;

typedef struct
{
  GBytes *pixels;   /* CAIRO_FORMAT_ARGB32, premultiplied, native order */
  int width;
  int height;
  gsize stride;
} Thumb;

/* Main thread only: where the finished map goes. */
typedef struct
{
  SkStartPage *self;
  GtkPicture *picture;  /* weak */
} ThumbTarget;

typedef struct
{
  char *path;
  gint64 mtime;
} Found;

static void
thumb_job_free (ThumbJob *job)
{
  g_free (job->path);
  g_clear_object (&job->region);
  g_clear_object (&job->toolbox);
  g_free (job);
}

static void
thumb_free (Thumb *thumb)
{
  g_bytes_unref (thumb->pixels);
  g_free (thumb);
}

static void
found_free (Found *found)
{
  g_free (found->path);
  g_free (found);
}

char *
sk_start_page_dup_sessions_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "samenkaart", "sessies", NULL);
}

/* At least about 8 × 8 km (WGS84 degrees at 52.7° N): a plan of one
 * idea still shows the villages around it, so the place is recognised. */
static void
widen_bbox (SkBBox *bbox)
{
  const double min_lat = 0.07, min_lon = 0.12;
  SkLatLon centre = sk_bbox_get_centre (bbox);

  if (bbox->north - bbox->south < min_lat)
    {
      bbox->south = centre.lat - min_lat / 2;
      bbox->north = centre.lat + min_lat / 2;
    }
  if (bbox->east - bbox->west < min_lon)
    {
      bbox->west = centre.lon - min_lon / 2;
      bbox->east = centre.lon + min_lon / 2;
    }
}

/* Runs in a worker thread. */
static void
render_thumb (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ThumbJob *job = task_data;
  SkReportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkRegion) own_region = NULL;
  g_autoptr(SkReportData) data = NULL;
  SkRegion *region = job->region;
  const char *region_id;
  cairo_surface_t *surface;
  cairo_t *cr;
  SkMapView view;
  SkBBox bbox;
  Thumb *thumb;

  store = sk_store_open_readonly (job->path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* A session of another region is drawn on its own region's map. */
  region_id = sk_store_get_metadata (store)->region_id;
  if (region_id != NULL && g_strcmp0 (region_id, sk_region_get_id (region)) != 0)
    {
      own_region = sk_region_load (region_id, &error);
      if (own_region == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      region = own_region;
    }
  sk_report_options_init_default (&options);
  data = sk_report_data_new (store, region, job->toolbox, NULL, &options, FALSE, &error);
  if (data == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  sk_report_data_plan_bbox (data, data->main, &bbox);
  widen_bbox (&bbox);
  sk_map_view_init_fit (&view, &bbox, job->width, job->height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, job->width, job->height);
  cr = cairo_create (surface);
  sk_map_render (cr, region, &view, SK_MAP_RENDER_LABELS);
  sk_report_draw_plan (cr, &view, job->toolbox, data->main, FALSE);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  thumb = g_new0 (Thumb, 1);
  thumb->width = job->width;
  thumb->height = job->height;
  thumb->stride = cairo_image_surface_get_stride (surface);
  thumb->pixels = g_bytes_new (cairo_image_surface_get_data (surface), thumb->stride * job->height);
  cairo_surface_destroy (surface);
  g_task_return_pointer (task, thumb, (GDestroyNotify) thumb_free);
}

static void
on_thumb_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  ThumbTarget *target = user_data;
  SkStartPage *self = target->self;
  g_autoptr(GError) error = NULL;
  Thumb *thumb = g_task_propagate_pointer (G_TASK (result), &error);

  self->n_pending--;
  if (thumb != NULL && target->picture != NULL)
    {
      g_autoptr(GdkTexture) texture = gdk_memory_texture_new (thumb->width, thumb->height,
                                                              GDK_MEMORY_DEFAULT,
                                                              thumb->pixels, thumb->stride);

      gtk_picture_set_paintable (target->picture, GDK_PAINTABLE (texture));
    }
  /* Without a map the row keeps its plain background: the text says it all. */
  if (target->picture != NULL)
    g_object_remove_weak_pointer (G_OBJECT (target->picture), (gpointer *) &target->picture);
  g_clear_pointer (&thumb, thumb_free);
  g_free (target);
}

static void
start_thumb (SkStartPage *self,
             const char  *path,
             GtkPicture  *picture)
{
  ThumbJob *job = g_new0 (ThumbJob, 1);
  ThumbTarget *target = g_new0 (ThumbTarget, 1);
  g_autoptr(GTask) task = NULL;

  job->path = g_strdup (path);
  job->region = g_object_ref (self->region);
  job->toolbox = g_object_ref (self->toolbox);
  job->width = THUMB_WIDTH;
  job->height = THUMB_HEIGHT;
  target->self = self;
  target->picture = picture;
  g_object_add_weak_pointer (G_OBJECT (picture), (gpointer *) &target->picture);

  task = g_task_new (self, self->cancellable, on_thumb_done, target);
  g_task_set_source_tag (task, start_thumb);
  g_task_set_task_data (task, job, (GDestroyNotify) thumb_job_free);
  self->n_pending++;
  g_task_run_in_thread (task, render_thumb);
}

/* Plain Dutch for the format, and an icon that says the same. */
static const char *
format_label (const char  *format,
              const char **icon_name)
{
  if (g_strcmp0 (format, "atelier") == 0)
    {
      *icon_name = "system-users-symbolic";
      return _("Atelier");
    }
  if (g_strcmp0 (format, "presentatie") == 0)
    {
      *icon_name = "x-office-presentation-symbolic";
      return _("Presentatie");
    }
  *icon_name = "user-home-symbolic";
  return _("Keukentafelgesprek");
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* "Ruinen · 23 november 2026", or just the date without a place. */
static char *
describe_where_when (const SkStoreMetadata *meta)
{
  g_autofree char *date = sk_report_format_date (meta->date);

  if (meta->place == NULL || *meta->place == '\0')
    return g_steal_pointer (&date);
  return g_strdup_printf ("%s · %s", meta->place, date);
}

static GtkWidget *
new_format_line (SkStore *store)
{
  const SkStoreMetadata *meta = sk_store_get_metadata (store);
  g_autoptr(GPtrArray) variants = sk_store_list_variants (store, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *icon_name = NULL;
  const char *format = format_label (meta->format, &icon_name);
  guint n_ideas = 0;
  g_autofree char *ideas = NULL;

  /* The ideas of the first variant: the one the map shows. */
  if (variants != NULL && variants->len > 0)
    n_ideas = ((SkStoreVariant *) g_ptr_array_index (variants, 0))->n_interventions;
  if (variants != NULL && variants->len > 1)
    ideas = g_strdup_printf (ngettext ("%u idee, %u varianten", "%u ideeën, %u varianten", n_ideas),
                             n_ideas, variants->len);
  else
    ideas = g_strdup_printf (ngettext ("%u idee", "%u ideeën", n_ideas), n_ideas);

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  gtk_box_append (GTK_BOX (box), new_label (format, NULL));
  gtk_box_append (GTK_BOX (box), new_label ("·", "dim-label"));
  gtk_box_append (GTK_BOX (box), new_label (ideas, NULL));
  return box;
}

static GtkWidget *
new_map_picture (void)
{
  GtkWidget *picture = gtk_picture_new ();

  gtk_widget_set_size_request (picture, THUMB_WIDTH, THUMB_HEIGHT);
  gtk_widget_set_valign (picture, GTK_ALIGN_CENTER);
  gtk_widget_set_overflow (picture, GTK_OVERFLOW_HIDDEN);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_widget_add_css_class (picture, "sk-session-map");
  return picture;
}

static GtkWidget *
new_row (SkStartPage *self,
         const char  *path)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = sk_store_open_readonly (path, &error);
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *picture = new_map_picture ();
  GtkWidget *title;

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (text, TRUE);
  /* In a vertical box the map keeps its own size however tall the row
   * gets; straight in the row it would widen with the row's height. */
  gtk_widget_set_valign (frame, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (frame), picture);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "sk-path", g_strdup (path), g_free);
  g_object_set_data (G_OBJECT (row), "sk-picture", picture);

  if (store == NULL)
    {
      g_autofree char *name = g_path_get_basename (path);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      /* Listed, not hidden: people look for it. It cannot be opened, so
       * it does nothing when activated; the reason is there to read. */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_add_css_class (row, "sk-session-broken");
      gtk_widget_set_tooltip_text (row, path);
      title = new_label (name, "heading");
      gtk_box_append (GTK_BOX (text), title);
      gtk_box_append (GTK_BOX (text), new_label (error->message, "sk-session-error"));
      gtk_image_set_pixel_size (GTK_IMAGE (icon), 32);
      gtk_widget_set_halign (icon, GTK_ALIGN_CENTER);
      gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
      gtk_widget_set_size_request (icon, THUMB_WIDTH, THUMB_HEIGHT);
      gtk_widget_add_css_class (icon, "sk-session-map");
      gtk_box_remove (GTK_BOX (frame), picture);
      gtk_box_append (GTK_BOX (frame), icon);
      g_object_set_data (G_OBJECT (row), "sk-picture", NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message, -1);
      return row;
    }
  else
    {
      const SkStoreMetadata *meta = sk_store_get_metadata (store);
      g_autofree char *where_when = describe_where_when (meta);
      GtkWidget *go = gtk_image_new_from_icon_name ("go-next-symbolic");

      title = new_label (meta->title, "heading");
      gtk_box_append (GTK_BOX (text), title);
      gtk_box_append (GTK_BOX (text), new_label (where_when, NULL));
      gtk_box_append (GTK_BOX (text), new_format_line (store));
      gtk_box_append (GTK_BOX (box), go);
      gtk_widget_set_tooltip_text (row, path);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      meta->title, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      where_when, -1);
      start_thumb (self, path, GTK_PICTURE (picture));
    }
  return row;
}

/* The newest change: a session open elsewhere writes to its -wal file. */
static gint64
file_mtime (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st, wst;

  if (g_stat (path, &st) != 0)
    return -1;
  if (g_stat (wal, &wst) == 0 && wst.st_mtime > st.st_mtime)
    return wst.st_mtime;
  return st.st_mtime;
}

static void
add_found (GHashTable *seen,
           GPtrArray  *found,
           const char *path)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);
  Found *f;
  gint64 mtime = file_mtime (canonical);

  if (mtime < 0 || g_hash_table_contains (seen, canonical))
    return;
  f = g_new0 (Found, 1);
  f->path = g_strdup (canonical);
  f->mtime = mtime;
  g_hash_table_add (seen, g_steal_pointer (&canonical));
  g_ptr_array_add (found, f);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const Found *fa = *(const Found * const *) a;
  const Found *fb = *(const Found * const *) b;

  if (fa->mtime != fb->mtime)
    return fa->mtime < fb->mtime ? 1 : -1;
  return g_strcmp0 (fb->path, fa->path);
}

static GPtrArray *
find_sessions (SkStartPage *self)
{
  g_autofree char *dir_path = sk_start_page_dup_sessions_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) found_free);
  const char *name;

  /* No folder yet is simply no sessions yet. */
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".samenkaart"))
      {
        g_autofree char *path = g_build_filename (dir_path, name, NULL);

        add_found (seen, found, path);
      }
  for (guint i = 0; self->extra_paths != NULL && self->extra_paths[i] != NULL; i++)
    add_found (seen, found, self->extra_paths[i]);
  g_ptr_array_sort (found, compare_newest_first);
  return found;
}

static void
clear_list (SkStartPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->paths, 0);
}

void
sk_start_page_reload (SkStartPage *self)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_if_fail (SK_IS_START_PAGE (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  clear_list (self);

  found = find_sessions (self);
  for (guint i = 0; i < found->len; i++)
    {
      Found *f = g_ptr_array_index (found, i);

      g_ptr_array_add (self->paths, g_strdup (f->path));
      gtk_list_box_append (self->list, new_row (self, f->path));
    }
  gtk_stack_set_visible_child_name (self->stack, found->len > 0 ? "list" : "empty");
}

void
sk_start_page_set_extra_paths (SkStartPage        *self,
                               const char * const *paths)
{
  g_return_if_fail (SK_IS_START_PAGE (self));

  g_strfreev (self->extra_paths);
  self->extra_paths = g_strdupv ((char **) paths);
  sk_start_page_reload (self);
}

guint
sk_start_page_get_n_sessions (SkStartPage *self)
{
  g_return_val_if_fail (SK_IS_START_PAGE (self), 0);
  return self->paths->len;
}

const char *
sk_start_page_get_session_path (SkStartPage *self,
                                guint        position)
{
  g_return_val_if_fail (SK_IS_START_PAGE (self), NULL);
  return position < self->paths->len ? g_ptr_array_index (self->paths, position) : NULL;
}

guint
sk_start_page_get_n_pending (SkStartPage *self)
{
  g_return_val_if_fail (SK_IS_START_PAGE (self), 0);
  return self->n_pending;
}

static void
on_list_row_activated (SkStartPage   *self,
                       GtkListBoxRow *row)
{
  const char *path = g_object_get_data (G_OBJECT (row), "sk-path");

  if (path != NULL && gtk_list_box_row_get_activatable (row))
    g_signal_emit (self, signals[SIGNAL_OPEN_SESSION], 0, path);
}

static void
on_new_clicked (SkStartPage *self)
{
  g_signal_emit (self, signals[SIGNAL_NEW_SESSION], 0);
}

static void
on_open_clicked (SkStartPage *self)
{
  g_signal_emit (self, signals[SIGNAL_OPEN_FILE], 0);
}

static void
sk_start_page_constructed (GObject *object)
{
  SkStartPage *self = SK_START_PAGE (object);

  G_OBJECT_CLASS (sk_start_page_parent_class)->constructed (object);
  sk_start_page_reload (self);
}

static void
sk_start_page_dispose (GObject *object)
{
  SkStartPage *self = SK_START_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  /* AdwBin unparents its child, the template's stack, itself. */
  self->stack = NULL;
  self->list = NULL;
  G_OBJECT_CLASS (sk_start_page_parent_class)->dispose (object);
}

static void
sk_start_page_finalize (GObject *object)
{
  SkStartPage *self = SK_START_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->region);
  g_clear_object (&self->toolbox);
  g_clear_pointer (&self->extra_paths, g_strfreev);
  g_clear_pointer (&self->paths, g_ptr_array_unref);
  G_OBJECT_CLASS (sk_start_page_parent_class)->finalize (object);
}

static void
sk_start_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SkStartPage *self = SK_START_PAGE (object);

  switch (prop_id)
    {
    case PROP_REGION:
      self->region = g_value_dup_object (value);
      break;
    case PROP_TOOLBOX:
      self->toolbox = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_start_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SkStartPage *self = SK_START_PAGE (object);

  switch (prop_id)
    {
    case PROP_REGION:
      g_value_set_object (value, self->region);
      break;
    case PROP_TOOLBOX:
      g_value_set_object (value, self->toolbox);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_start_page_class_init (SkStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_start_page_constructed;
  object_class->dispose = sk_start_page_dispose;
  object_class->finalize = sk_start_page_finalize;
  object_class->set_property = sk_start_page_set_property;
  object_class->get_property = sk_start_page_get_property;

  properties[PROP_REGION] =
    g_param_spec_object ("region", NULL, NULL, SK_TYPE_REGION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOOLBOX] =
    g_param_spec_object ("toolbox", NULL, NULL, SK_TYPE_TOOLBOX,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A readable session was chosen (click, tap, Enter): open PATH. */
  signals[SIGNAL_OPEN_SESSION] =
    g_signal_new ("open-session", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* "Nieuwe sessie": show the new-session dialog. */
  signals[SIGNAL_NEW_SESSION] =
    g_signal_new ("new-session", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);
  /* "Openen…": show a file chooser. */
  signals[SIGNAL_OPEN_FILE] =
    g_signal_new ("open-file", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);

  /* Referencing the resource keeps it (and its registration) linked in. */
  (void) sk_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sk-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkStartPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SkStartPage, list);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_new_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked);
}

static void
sk_start_page_init (SkStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->paths = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();
}

SkStartPage *
sk_start_page_new (SkRegion  *region,
                   SkToolbox *toolbox)
{
  g_return_val_if_fail (SK_IS_REGION (region), NULL);
  g_return_val_if_fail (SK_IS_TOOLBOX (toolbox), NULL);

  return g_object_new (SK_TYPE_START_PAGE, "region", region, "toolbox", toolbox, NULL);
}
