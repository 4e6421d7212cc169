/* test-tile-source.c — the base map against a local tile server: online
 * tiles arrive with our user agent, and a failing server, a broken image,
 * a closed port or a missing MBTiles tile all give the offline drawing
 * instead of a blank square. */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <sqlite3.h>

#include "sk-base-map-source.h"
#include "sk-geo.h"
#include "sk-surface-paintable.h"
#include "sk-test-ui.h"
#include "sk-test-util.h"

typedef struct
{
  SoupServer *server;
  char *base;
  GBytes *red_png;
  char *last_user_agent;
  SkRegion *region;
} Fixture;

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_png (double r,
          double g,
          double b)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 256, 256);
  cairo_t *cr = cairo_create (surface);
  GByteArray *bytes = g_byte_array_new ();

  cairo_set_source_rgb (cr, r, g, b);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_png, bytes);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

static void
on_request (SoupServer        *server,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  Fixture *f = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  g_free (f->last_user_agent);
  f->last_user_agent = g_strdup (soup_message_headers_get_one (headers, "User-Agent"));
  if (g_str_has_prefix (path, "/ok/"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (f->red_png, NULL),
                                        g_bytes_get_size (f->red_png));
    }
  else if (g_str_has_prefix (path, "/garbage/"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_STATIC, "<html>", 6);
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "mini-region.json", NULL);

  f->region = sk_region_load (path, &error);
  g_assert_no_error (error);
  f->red_png = make_png (1, 0, 0);
  f->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (f->server, NULL, on_request, f, NULL);
  g_assert_true (soup_server_listen_local (f->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (f->server);
  f->base = g_uri_to_string (uris->data);
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  soup_server_disconnect (f->server);
  g_clear_object (&f->server);
  g_clear_object (&f->region);
  g_clear_pointer (&f->red_png, g_bytes_unref);
  g_free (f->base);
  g_free (f->last_user_agent);
}

static void
on_filled (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* Fills the tile over the fixture's stream at zoom 12 and returns the
 * colour of its centre pixel (0xRRGGBB). */
static guint32
fill_and_sample (SkBaseMapSource *source)
{
  int tx, ty;
  g_autoptr(ShumateTile) tile = NULL;
  gboolean done = FALSE;
  GdkPaintable *paintable;
  cairo_surface_t *surface;
  const guint32 *pixels;

  sk_tile_from_latlon (52.70, 6.25, 12, &tx, &ty);
  tile = shumate_tile_new_full (tx, ty, 256, 12);
  shumate_map_source_fill_tile_async (SHUMATE_MAP_SOURCE (source), tile, NULL, on_filled, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (shumate_tile_get_state (tile), ==, SHUMATE_STATE_DONE);
  paintable = shumate_tile_get_paintable (tile);
  /* A cairo image, which the cairo renderer draws without converting. */
  g_assert_true (SK_IS_SURFACE_PAINTABLE (paintable));
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 256);
  surface = sk_surface_paintable_get_surface (SK_SURFACE_PAINTABLE (paintable));
  g_assert_cmpint (cairo_image_surface_get_stride (surface), ==, 256 * 4);
  pixels = (const guint32 *) cairo_image_surface_get_data (surface);
  return pixels[128 * 256 + 128] & 0xffffff;
}

static gboolean
is_land_colour (guint32 rgb)
{
  /* The offline map's land or village colour: light, warm, not red. */
  int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff;

  return r > 200 && g > 200;
}

static void
on_fallback (SkBaseMapSource *source,
             int             *count)
{
  (*count)++;
}

static void
test_online_ok (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *url = g_strconcat (f->base, "ok/{z}/{x}/{y}.png", NULL);
  g_autoptr(SkBaseMapSource) source = sk_base_map_source_new_online (f->region, SK_BASE_MAP_PDOK,
                                                                     url);

  /* The server's red tile is what the map shows. */
  g_assert_cmphex (fill_and_sample (source), ==, 0xff0000);
  g_assert_cmpuint (sk_base_map_source_get_n_delivered (source), ==, 1);
  g_assert_cmpuint (sk_base_map_source_get_n_fallbacks (source), ==, 0);
  g_assert_true (g_str_has_prefix (f->last_user_agent, "Samenkaart/"));
  /* Attribution as PDOK asks for it. */
  g_assert_nonnull (strstr (shumate_map_source_get_license (SHUMATE_MAP_SOURCE (source)),
                            "Kadaster"));
}

static void
test_online_fails (Fixture       *f,
                   gconstpointer  data)
{
  const char *paths[] = { "fail/{z}/{x}/{y}.png", "garbage/{z}/{x}/{y}.png" };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *url = g_strconcat (f->base, paths[i], NULL);
      g_autoptr(SkBaseMapSource) source = sk_base_map_source_new_online (f->region,
                                                                         SK_BASE_MAP_OSM, url);
      int fallbacks = 0;

      g_signal_connect (source, "fallback", G_CALLBACK (on_fallback), &fallbacks);
      g_assert_true (is_land_colour (fill_and_sample (source)));
      g_assert_true (is_land_colour (fill_and_sample (source)));
      g_assert_cmpuint (sk_base_map_source_get_n_fallbacks (source), ==, 2);
      /* The user hears about it once, not for every tile. */
      g_assert_cmpint (fallbacks, ==, 1);
    }
}

static void
test_closed_port (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *url = NULL;
  g_autoptr(SkBaseMapSource) source = NULL;

  /* A port that was free a moment ago: nothing listens there. */
  g_assert_true (g_socket_bind (socket, any, FALSE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  url = g_strdup_printf ("http://127.0.0.1:%u/{z}/{x}/{y}.png",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);
  source = sk_base_map_source_new_online (f->region, SK_BASE_MAP_OSM, url);
  g_assert_true (is_land_colour (fill_and_sample (source)));
  g_assert_cmpuint (sk_base_map_source_get_n_fallbacks (source), ==, 1);
}

static void
test_offline (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SkBaseMapSource) source = sk_base_map_source_new_offline (f->region);

  g_assert_true (is_land_colour (fill_and_sample (source)));
  g_assert_cmpint (sk_base_map_source_get_kind (source), ==, SK_BASE_MAP_OFFLINE);
}

static char *
write_mbtiles (Fixture *f,
               int      x,
               int      y,
               int      zoom)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-mbtiles-XXXXXX", NULL);
  char *path = g_build_filename (dir, "test.mbtiles", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE metadata (name TEXT, value TEXT);"
                                 "INSERT INTO metadata VALUES ('name', 'Testkaart'),"
                                 " ('attribution', 'Testattributie');"
                                 "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER,"
                                 " tile_row INTEGER, tile_data BLOB);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int (stmt, 1, zoom);
  sqlite3_bind_int (stmt, 2, x);
  sqlite3_bind_int (stmt, 3, (1 << zoom) - 1 - y);  /* TMS rows */
  sqlite3_bind_blob (stmt, 4, g_bytes_get_data (f->red_png, NULL),
                     (int) g_bytes_get_size (f->red_png), SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return path;
}

static void
test_mbtiles (Fixture       *f,
              gconstpointer  data)
{
  int tx, ty;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkBaseMapSource) source = NULL;
  g_autoptr(SkBaseMapSource) missing = NULL;

  sk_tile_from_latlon (52.70, 6.25, 12, &tx, &ty);
  path = write_mbtiles (f, tx, ty, 12);
  source = sk_base_map_source_new_mbtiles (f->region, path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (shumate_map_source_get_license (SHUMATE_MAP_SOURCE (source)), ==,
                   "Testattributie");
  g_assert_cmphex (fill_and_sample (source), ==, 0xff0000);
  g_assert_cmpuint (sk_base_map_source_get_n_delivered (source), ==, 1);

  /* A file that is not there gives a message that names it. */
  missing = sk_base_map_source_new_mbtiles (f->region, "/nonexistent/kaart.mbtiles", &error);
  g_assert_null (missing);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "kaart.mbtiles"));
  g_clear_error (&error);

  /* A file that is not an MBTiles file is refused, and left as it was. */
  g_assert_true (g_file_set_contents (path, "geen database", -1, NULL));
  missing = sk_base_map_source_new_mbtiles (f->region, path, &error);
  g_assert_null (missing);
  g_assert_nonnull (error);
  {
    g_autofree char *after = NULL;
    g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, "geen database");
  }
  g_remove (path);
  {
    g_autofree char *dir = g_path_get_dirname (path);
    g_rmdir (dir);
  }
}


/* A tile drawn at a fractional zoom (here 256 px as 333 px) must cover
 * its square to the edge: two such tiles side by side showed a light
 * line at their seam when the filter blended the edge with nothing. */
static void
test_edges_at_fractional_zoom (void)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 256, 256);
  cairo_surface_t *target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 340, 340);
  cairo_t *cr = cairo_create (tile);
  GskRenderNode *node;
  const guint8 *px;
  int stride;

  cairo_set_source_rgb (cr, 0.8, 0.1, 0.1);
  cairo_paint (cr);
  cairo_destroy (cr);
  node = sk_surface_node_new (tile, 333, 333);
  cr = cairo_create (target);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (target);
  px = cairo_image_surface_get_data (target);
  stride = cairo_image_surface_get_stride (target);
  /* ARGB32 is native-endian: alpha is the top byte of each 32-bit pixel. */
  for (int i = 0; i < 333; i++)
    {
      g_assert_cmpuint (((const guint32 *) (px + 332 * stride))[i] >> 24, ==, 255);
      g_assert_cmpuint (((const guint32 *) (px + i * stride))[332] >> 24, ==, 255);
      g_assert_cmpuint (((const guint32 *) (px + i * stride))[0] >> 24, ==, 255);
    }
  gsk_render_node_unref (node);
  cairo_surface_destroy (target);
  cairo_surface_destroy (tile);
}

int
main (int   argc,
      char *argv[])
{
  /* Folders of its own: nothing left behind by other tests counts. */
  g_autofree char *home = sk_test_ui_fresh_home ("tile-source");
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func) \
  g_test_add ("/tile-source/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("online-ok", test_online_ok);
  ADD ("online-fails", test_online_fails);
  ADD ("closed-port", test_closed_port);
  ADD ("offline", test_offline);
  ADD ("mbtiles", test_mbtiles);
#undef ADD
  g_test_add_func ("/tile-source/edges-at-fractional-zoom", test_edges_at_fractional_zoom);
  status = g_test_run ();
  sk_test_tmpdir_remove (home);
  return status;
}
