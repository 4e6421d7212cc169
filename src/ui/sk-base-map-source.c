/* sk-base-map-source.c — offline-first base map tiles. */
#include "sk-config.h"
#include "sk-base-map-source.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>

#include "sk-map-render.h"
#include "sk-store-mbtiles.h"
#include "sk-surface-paintable.h"
#include "sk-tile-job.h"

/* Online tile services. PDOK's BRT-Achtergrondkaart is open data of the
 * Kadaster (CC BY 4.0); OpenStreetMap tiles are for light interactive use
 * only (operations.osmfoundation.org/policies/tiles): no bulk download. */
#define PDOK_URL "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"
#define OSM_URL "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
#define USER_AGENT "Samenkaart/" PACKAGE_VERSION " (+https://github.com/samenkaart/samenkaart)"
#define ONLINE_TIMEOUT_S 8

struct _SkBaseMapSource
{
  ShumateMapSource parent_instance;

  SkRegion *region;
  SkBaseMapKind kind;
  char *url_template;
  SoupSession *session;
  SkMbtiles *mbtiles;
  guint n_fallbacks;
  guint n_filled;
  int n_delivered;  /* atomic: also counted in worker threads */
};

G_DEFINE_FINAL_TYPE (SkBaseMapSource, sk_base_map_source, SHUMATE_TYPE_MAP_SOURCE)

enum
{
  SIGNAL_FALLBACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Worker thread: draws the tile from region data. It stays a cairo
 * image (sk-surface-paintable.h: drawn by one blit every frame). */
static GdkPaintable *
render_offline (SkRegion  *region,
                SkTileJob *job)
{
  cairo_surface_t *surface = sk_map_render_tile (region, job->x, job->y, job->zoom, job->scale);
  GdkPaintable *paintable = sk_surface_paintable_new (surface);

  cairo_surface_destroy (surface);
  return paintable;
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SkBaseMapSource *self = source_object;
  SkTileJob *job = task_data;
  GdkPaintable *paintable = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (self->mbtiles != NULL)
    {
      g_autoptr(GBytes) bytes = sk_mbtiles_get_tile (self->mbtiles, job->x, job->y, job->zoom,
                                                     NULL);
      g_autoptr(GdkTexture) texture = bytes != NULL ? gdk_texture_new_from_bytes (bytes, NULL) : NULL;

      if (texture != NULL)
        {
          paintable = sk_surface_paintable_new_for_texture (texture);
          g_atomic_int_inc (&self->n_delivered);
        }
    }
  if (paintable == NULL)
    paintable = render_offline (self->region, job);
  g_task_return_pointer (task, paintable, g_object_unref);
}

static void
finish_tile (GTask        *task,
             GdkPaintable *paintable)
{
  SkTileJob *job = g_task_get_task_data (task);
  SkBaseMapSource *self = g_task_get_source_object (task);

  self->n_filled++;
  shumate_tile_set_paintable (job->tile, paintable);
  shumate_tile_set_fade_in (job->tile, TRUE);
  shumate_tile_set_state (job->tile, SHUMATE_STATE_DONE);
  g_task_return_boolean (task, TRUE);
}

static void
on_render_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPaintable) paintable = g_task_propagate_pointer (G_TASK (result), &error);

  if (paintable == NULL)
    g_task_return_error (outer, g_steal_pointer (&error));
  else
    finish_tile (outer, paintable);
}

/* Draws the tile in a worker thread and completes OUTER with it. */
static void
start_render (SkBaseMapSource *self,
              GTask           *outer)
{
  GTask *inner = g_task_new (self, g_task_get_cancellable (outer), on_render_done,
                             g_object_ref (outer));
  SkTileJob *job = g_task_get_task_data (outer);
  SkTileJob *copy = sk_tile_job_copy (job);

  g_task_set_task_data (inner, copy, (GDestroyNotify) sk_tile_job_free);
  g_task_run_in_thread (inner, render_thread);
  g_object_unref (inner);
}

static void
fall_back (SkBaseMapSource *self,
           GTask           *task,
           const char      *why)
{
  self->n_fallbacks++;
  g_debug ("Base map tile drawn offline: %s", why);
  if (self->n_fallbacks == 1)
    g_signal_emit (self, signals[SIGNAL_FALLBACK], 0);
  start_render (self, task);
}

static void
on_downloaded (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SkBaseMapSource *self = g_task_get_source_object (task);
  SoupMessage *message = soup_session_get_async_result_message (SOUP_SESSION (object), result);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = soup_session_send_and_read_finish (SOUP_SESSION (object), result,
                                                               &error);
  g_autoptr(GdkTexture) texture = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, g_steal_pointer (&error));
  else if (bytes == NULL)
    fall_back (self, task, error->message);
  else if (soup_message_get_status (message) != SOUP_STATUS_OK)
    fall_back (self, task, soup_message_get_reason_phrase (message));
  else if ((texture = gdk_texture_new_from_bytes (bytes, &error)) == NULL)
    fall_back (self, task, error->message);
  else
    {
      g_autoptr(GdkPaintable) paintable = sk_surface_paintable_new_for_texture (texture);

      g_atomic_int_inc (&self->n_delivered);
      finish_tile (task, paintable);
    }
}

static char *
expand_template (const char *template,
                 int         x,
                 int         y,
                 int         zoom)
{
  g_autofree char *sx = g_strdup_printf ("%d", x);
  g_autofree char *sy = g_strdup_printf ("%d", y);
  g_autofree char *sz = g_strdup_printf ("%d", zoom);
  GString *url = g_string_new (template);

  g_string_replace (url, "{x}", sx, 0);
  g_string_replace (url, "{y}", sy, 0);
  g_string_replace (url, "{z}", sz, 0);
  return g_string_free (url, FALSE);
}

static void
sk_base_map_source_fill_tile_async (ShumateMapSource    *source,
                                    ShumateTile         *tile,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  SkBaseMapSource *self = SK_BASE_MAP_SOURCE (source);
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  SkTileJob *job = sk_tile_job_new (tile);

  g_task_set_source_tag (task, sk_base_map_source_fill_tile_async);
  g_task_set_task_data (task, job, (GDestroyNotify) sk_tile_job_free);

  if (self->session != NULL)
    {
      g_autofree char *url = expand_template (self->url_template, job->x, job->y, job->zoom);
      g_autoptr(SoupMessage) message = soup_message_new (SOUP_METHOD_GET, url);

      if (message == NULL)
        fall_back (self, task, "bad URL");
      else
        soup_session_send_and_read_async (self->session, message, G_PRIORITY_DEFAULT,
                                          cancellable, on_downloaded, g_object_ref (task));
    }
  else
    start_render (self, task);
  g_object_unref (task);
}

static gboolean
sk_base_map_source_fill_tile_finish (ShumateMapSource  *source,
                                     GAsyncResult      *result,
                                     GError           **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
sk_base_map_source_finalize (GObject *object)
{
  SkBaseMapSource *self = SK_BASE_MAP_SOURCE (object);

  g_clear_object (&self->region);
  g_clear_object (&self->session);
  g_clear_pointer (&self->mbtiles, sk_mbtiles_free);
  g_free (self->url_template);

  G_OBJECT_CLASS (sk_base_map_source_parent_class)->finalize (object);
}

static void
sk_base_map_source_class_init (SkBaseMapSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->finalize = sk_base_map_source_finalize;
  source_class->fill_tile_async = sk_base_map_source_fill_tile_async;
  source_class->fill_tile_finish = sk_base_map_source_fill_tile_finish;

  /**
   * SkBaseMapSource::fallback:
   *
   * Emitted once, the first time a tile had to be drawn offline because
   * the online service or the MBTiles file could not deliver it.
   */
  signals[SIGNAL_FALLBACK] = g_signal_new ("fallback", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
}

static void
sk_base_map_source_init (SkBaseMapSource *self)
{
}

static SkBaseMapSource *
base_map_new (SkRegion      *region,
              SkBaseMapKind  kind,
              const char    *id,
              const char    *name,
              const char    *license,
              const char    *license_uri,
              guint          max_zoom)
{
  SkBaseMapSource *self;

  self = g_object_new (SK_TYPE_BASE_MAP_SOURCE,
                       "id", id,
                       "name", name,
                       "license", license,
                       "license-uri", license_uri,
                       "min-zoom-level", 6,
                       "max-zoom-level", max_zoom,
                       "tile-size", 256,
                       "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                       NULL);
  self->region = g_object_ref (region);
  self->kind = kind;
  return self;
}

SkBaseMapSource *
sk_base_map_source_new_offline (SkRegion *region)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (SK_IS_REGION (region), NULL);
  /* The id names the region's content, so cached tiles of another
   * version of the data are never shown. */
  id = g_strdup_printf ("samenkaart-offline-%.12s", sk_region_get_content_hash (region));
  /* An imported region's map is drawn from OpenStreetMap: ODbL asks for
   * the attribution wherever it is shown. */
  if (sk_region_get_map_store (region) != NULL)
    return base_map_new (region, SK_BASE_MAP_OFFLINE, id, _("Eigen kaart (zonder internet)"),
                         _("Kaart getekend uit OpenStreetMap, © OpenStreetMap-bijdragers (ODbL)"),
                         "https://www.openstreetmap.org/copyright", 18);
  return base_map_new (region, SK_BASE_MAP_OFFLINE, id, _("Eigen kaart (zonder internet)"),
                       _("Kaart getekend uit de brongegevens van de regio, deels schematisch"),
                       NULL, 18);
}

SkBaseMapSource *
sk_base_map_source_new_online (SkRegion      *region,
                               SkBaseMapKind  kind,
                               const char    *url_template)
{
  SkBaseMapSource *self;
  gboolean pdok = kind == SK_BASE_MAP_PDOK;

  g_return_val_if_fail (SK_IS_REGION (region), NULL);
  g_return_val_if_fail (kind == SK_BASE_MAP_PDOK || kind == SK_BASE_MAP_OSM, NULL);

  if (pdok)
    self = base_map_new (region, kind, "samenkaart-pdok-brt", _("PDOK Achtergrondkaart"),
                         _("Kaartgegevens © Kadaster (BRT-Achtergrondkaart, CC BY 4.0)"),
                         "https://www.pdok.nl/introductie/-/article/basisregistratie-topografie-achtergrondkaarten-brt-a-",
                         19);
  else
    self = base_map_new (region, kind, "samenkaart-osm", _("OpenStreetMap"),
                         _("© OpenStreetMap-bijdragers"),
                         "https://www.openstreetmap.org/copyright", 19);
  self->url_template = g_strdup (url_template ? url_template : pdok ? PDOK_URL : OSM_URL);
  self->session = soup_session_new_with_options ("user-agent", USER_AGENT,
                                                 "timeout", ONLINE_TIMEOUT_S,
                                                 "max-conns-per-host", 2,
                                                 NULL);
  return self;
}

SkBaseMapSource *
sk_base_map_source_new_mbtiles (SkRegion    *region,
                                const char  *path,
                                GError     **error)
{
  g_autoptr(SkMbtiles) mbtiles = NULL;
  g_autofree char *id = NULL;
  g_autofree char *basename = NULL;
  SkBaseMapSource *self;
  const char *attribution;

  g_return_val_if_fail (SK_IS_REGION (region), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  mbtiles = sk_mbtiles_open (path, error);
  if (mbtiles == NULL)
    return NULL;
  id = g_strdup_printf ("samenkaart-mbtiles-%u", g_str_hash (path));
  basename = g_path_get_basename (path);
  attribution = sk_mbtiles_get_attribution (mbtiles);
  self = base_map_new (region, SK_BASE_MAP_MBTILES, id,
                       sk_mbtiles_get_name (mbtiles) ? sk_mbtiles_get_name (mbtiles) : basename,
                       attribution ? attribution : basename, NULL, 19);
  self->mbtiles = g_steal_pointer (&mbtiles);
  return self;
}

SkBaseMapSource *
sk_base_map_source_new_for_kind (SkRegion       *region,
                                 SkBaseMapKind   kind,
                                 const char     *mbtiles_path,
                                 GError        **error)
{
  switch (kind)
    {
    case SK_BASE_MAP_PDOK:
    case SK_BASE_MAP_OSM:
      return sk_base_map_source_new_online (region, kind, NULL);
    case SK_BASE_MAP_MBTILES:
      if (mbtiles_path == NULL || *mbtiles_path == '\0')
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("Er is nog geen MBTiles-kaartbestand gekozen."));
          return NULL;
        }
      return sk_base_map_source_new_mbtiles (region, mbtiles_path, error);
    case SK_BASE_MAP_OFFLINE:
    default:
      return sk_base_map_source_new_offline (region);
    }
}

SkBaseMapKind
sk_base_map_source_get_kind (SkBaseMapSource *self)
{
  g_return_val_if_fail (SK_IS_BASE_MAP_SOURCE (self), SK_BASE_MAP_OFFLINE);
  return self->kind;
}

SkRegion *
sk_base_map_source_get_region (SkBaseMapSource *self)
{
  g_return_val_if_fail (SK_IS_BASE_MAP_SOURCE (self), NULL);
  return self->region;
}

guint
sk_base_map_source_get_n_fallbacks (SkBaseMapSource *self)
{
  g_return_val_if_fail (SK_IS_BASE_MAP_SOURCE (self), 0);
  return self->n_fallbacks;
}

guint
sk_base_map_source_get_n_filled (SkBaseMapSource *self)
{
  g_return_val_if_fail (SK_IS_BASE_MAP_SOURCE (self), 0);
  return self->n_filled;
}

guint
sk_base_map_source_get_n_delivered (SkBaseMapSource *self)
{
  g_return_val_if_fail (SK_IS_BASE_MAP_SOURCE (self), 0);
  return g_atomic_int_get (&self->n_delivered);
}
