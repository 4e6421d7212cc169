/* sk-network-io.c — network.bin, the compact file of a region's network.
 *
 * Layout, all little-endian:
 *   "SKNETBIN"            8 bytes magic
 *   version               u32 (2; 1 has no shapes and is read too)
 *   n_nodes, n_edges      u32, u32
 *   nodes                 n_nodes × (i32 lat, i32 lon) in 1e-7 degrees
 *   edges                 n_edges × (u32 u, u32 v, f32 length_m,
 *                                    u8 class, u8 access, u8 maxspeed, u8 0)
 *                         access: SK_ACCESS() bits, and SK_ACCESS_CAR_ONEWAY
 *                         (bit 7) for a street the car may use from u to v only
 *   n_shape               u32                                    (version 2)
 *   shape_start           (n_edges + 1) × u32: edge e's shape points are
 *                         shape_start[e] … shape_start[e + 1] - 1
 *   shape                 n_shape × (i32 lat, i32 lon) in 1e-7 degrees
 *   SHA-256               32 bytes over everything before it
 * The graphs and the grid index are rebuilt on loading (a few ms per
 * 100,000 edges), so speeds can change without a new import.
 */
#include "sk-config.h"
#include "sk-network-private.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#define MAGIC "SKNETBIN"
#define VERSION 2
#define HEADER_SIZE 20
#define NODE_SIZE 8
#define EDGE_SIZE 16
#define HASH_SIZE 32

static void
put_u32 (guint8  *p,
         guint32  v)
{
  v = GUINT32_TO_LE (v);
  memcpy (p, &v, 4);
}

static guint32
get_u32 (const guint8 *p)
{
  guint32 v;

  memcpy (&v, p, 4);
  return GUINT32_FROM_LE (v);
}

static void
put_f32 (guint8 *p,
         float   f)
{
  guint32 v;

  memcpy (&v, &f, 4);
  put_u32 (p, v);
}

static float
get_f32 (const guint8 *p)
{
  guint32 v = get_u32 (p);
  float f;

  memcpy (&f, &v, 4);
  return f;
}

/* Streams network.bin in 64 KiB chunks, hashing as it goes, so that a
 * network of millions of edges needs no second copy in memory. */
typedef struct
{
  GOutputStream *out;
  GChecksum *sum;
  guint8 buf[64 * 1024];
  gsize len;
  GError *error;
} Writer;

static void
writer_flush (Writer *w)
{
  if (w->error == NULL && w->len > 0)
    {
      g_checksum_update (w->sum, w->buf, w->len);
      g_output_stream_write_all (w->out, w->buf, w->len, NULL, NULL, &w->error);
    }
  w->len = 0;
}

static guint8 *
writer_reserve (Writer *w,
                gsize   n)
{
  if (w->len + n > sizeof w->buf)
    writer_flush (w);
  w->len += n;
  return w->buf + w->len - n;
}

static void
write_point (Writer *w,
             double  lat,
             double  lon)
{
  guint8 *p = writer_reserve (w, NODE_SIZE);

  put_u32 (p, (guint32) (gint32) lround (lat * 1e7));
  put_u32 (p + 4, (guint32) (gint32) lround (lon * 1e7));
}

/* An edge without shape points starts and ends where the next starts. */
static void
write_shapes (Writer         *w,
              guint32         n_edges,
              const SkShapes *shapes)
{
  guint8 *p = writer_reserve (w, 4);

  put_u32 (p, shapes->start != NULL ? shapes->n : 0);
  for (guint32 e = 0; e <= n_edges; e++)
    put_u32 (writer_reserve (w, 4), shapes->start != NULL ? shapes->start[e] : 0);
  for (guint32 i = 0; shapes->start != NULL && i < shapes->n; i++)
    write_point (w, shapes->lat[i], shapes->lon[i]);
}

static void
write_body (Writer         *w,
            guint32         n_nodes,
            const double   *lat,
            const double   *lon,
            guint32         n_edges,
            const SkEdge   *edges,
            const SkShapes *shapes)
{
  guint8 *p = writer_reserve (w, HEADER_SIZE);

  memcpy (p, MAGIC, 8);
  put_u32 (p + 8, VERSION);
  put_u32 (p + 12, n_nodes);
  put_u32 (p + 16, n_edges);
  for (guint32 i = 0; i < n_nodes; i++)
    write_point (w, lat[i], lon[i]);
  for (guint32 e = 0; e < n_edges; e++)
    {
      p = writer_reserve (w, EDGE_SIZE);
      put_u32 (p, edges[e].u);
      put_u32 (p + 4, edges[e].v);
      put_f32 (p + 8, edges[e].length_m);
      p[12] = edges[e].klass;
      p[13] = edges[e].access;
      p[14] = edges[e].maxspeed;
      p[15] = 0;
    }
  write_shapes (w, n_edges, shapes);
  writer_flush (w);
}

/* g_file_replace writes beside PATH and renames on close: a reader never
 * sees half a file. */
static gboolean
save (const char     *path,
      guint32         n_nodes,
      const double   *lat,
      const double   *lon,
      guint32         n_edges,
      const SkEdge   *edges,
      const SkShapes *shapes,
      GError        **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autofree Writer *w = g_new0 (Writer, 1);
  guint8 digest[HASH_SIZE];
  gsize digest_len = HASH_SIZE;

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &w->error);
  if (out != NULL)
    {
      w->out = G_OUTPUT_STREAM (out);
      w->sum = g_checksum_new (G_CHECKSUM_SHA256);
      write_body (w, n_nodes, lat, lon, n_edges, edges, shapes);
      g_checksum_get_digest (w->sum, digest, &digest_len);
      g_checksum_free (w->sum);
      if (w->error == NULL)
        g_output_stream_write_all (w->out, digest, HASH_SIZE, NULL, NULL, &w->error);
      if (w->error == NULL)
        g_output_stream_close (w->out, NULL, &w->error);
    }
  if (w->error != NULL && out != NULL && !g_output_stream_is_closed (G_OUTPUT_STREAM (out)))
    {
      /* A cancelled close leaves the old file (or none) in place. */
      g_autoptr(GCancellable) cancel = g_cancellable_new ();

      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (out), cancel, NULL);
    }
  if (w->error != NULL)
    {
      g_set_error (error, SK_NETWORK_ERROR, SK_NETWORK_ERROR_IO,
                   _("Het netwerkbestand “%s” kan niet worden geschreven: %s"), path,
                   w->error->message);
      g_clear_error (&w->error);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_network_save (SkNetwork   *self,
                 const char  *path,
                 GError     **error)
{
  return save (path, self->n_nodes, self->lat, self->lon, self->n_edges, self->edges,
               &self->shapes, error);
}

gboolean
sk_network_builder_save (SkNetworkBuilder  *builder,
                         const char        *path,
                         GError           **error)
{
  return save (path, builder->lats->len, (const double *) builder->lats->data,
               (const double *) builder->lons->data, builder->edges->len,
               (const SkEdge *) builder->edges->data, &builder->shapes, error);
}

static gboolean
corrupt (const char  *path,
         const char  *problem,
         GError     **error)
{
  g_set_error (error, SK_NETWORK_ERROR, SK_NETWORK_ERROR_CORRUPT,
               _("Het netwerkbestand “%s” is beschadigd: %s"), path, problem);
  return FALSE;
}

static gboolean
check_header (const char    *path,
              const guint8  *data,
              gsize          size,
              guint32       *n_nodes,
              guint32       *n_edges,
              guint32       *n_shape,
              GError       **error)
{
  guint8 digest[HASH_SIZE];
  gsize digest_len = HASH_SIZE;
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  guint64 base, want;
  guint32 version;

  if (size < HEADER_SIZE + HASH_SIZE || memcmp (data, MAGIC, 8) != 0)
    return corrupt (path, _("het is geen Samenkaart-netwerk"), error);
  version = get_u32 (data + 8);
  if (version != 1 && version != VERSION)
    {
      g_set_error (error, SK_NETWORK_ERROR, SK_NETWORK_ERROR_VERSION,
                   _("Het netwerkbestand “%s” heeft versie %u; deze Samenkaart leest versie %u"),
                   path, get_u32 (data + 8), VERSION);
      return FALSE;
    }
  *n_nodes = get_u32 (data + 12);
  *n_edges = get_u32 (data + 16);
  *n_shape = 0;
  base = HEADER_SIZE + (guint64) *n_nodes * NODE_SIZE + (guint64) *n_edges * EDGE_SIZE;
  want = base + HASH_SIZE;
  if (version >= 2 && base + 4 + HASH_SIZE <= size)
    {
      *n_shape = get_u32 (data + base);
      want = base + 4 + ((guint64) *n_edges + 1) * 4 + (guint64) *n_shape * NODE_SIZE + HASH_SIZE;
    }
  if (size != want)
    return corrupt (path, _("de lengte klopt niet"), error);
  g_checksum_update (sum, data, size - HASH_SIZE);
  g_checksum_get_digest (sum, digest, &digest_len);
  if (memcmp (digest, data + size - HASH_SIZE, HASH_SIZE) != 0)
    return corrupt (path, _("de controlesom klopt niet"), error);
  return TRUE;
}

static gboolean
read_edges (const char    *path,
            const guint8  *p,
            guint32        n_nodes,
            guint32        n_edges,
            SkEdge        *edges,
            GError       **error)
{
  for (guint32 e = 0; e < n_edges; e++, p += EDGE_SIZE)
    {
      SkEdge *edge = &edges[e];

      edge->u = get_u32 (p);
      edge->v = get_u32 (p + 4);
      edge->length_m = get_f32 (p + 8);
      edge->klass = p[12];
      edge->access = p[13] & (SK_ACCESS_ALL | SK_ACCESS_CAR_ONEWAY);
      edge->maxspeed = p[14];
      if (edge->u >= n_nodes || edge->v >= n_nodes || edge->klass >= SK_N_ROAD_CLASSES
          || !(edge->length_m >= 0 && edge->length_m < 1e6))
        return corrupt (path, _("een verbinding verwijst naar iets dat niet bestaat"), error);
    }
  return TRUE;
}

/* The shapes of version 2 at P (after the edges); none when N_SHAPE is 0. */
static gboolean
read_shapes (const char    *path,
             const guint8  *p,
             guint32        n_edges,
             guint32        n_shape,
             SkShapes      *shapes,
             GError       **error)
{
  const guint8 *points = p + 4 + ((gsize) n_edges + 1) * 4;

  if (n_shape == 0)
    return TRUE;
  shapes->n = n_shape;
  shapes->start = g_new (guint32, (gsize) n_edges + 1);
  shapes->lat = g_new (double, n_shape);
  shapes->lon = g_new (double, n_shape);
  for (guint32 e = 0; e <= n_edges; e++)
    {
      shapes->start[e] = get_u32 (p + 4 + (gsize) e * 4);
      if ((e == 0 && shapes->start[0] != 0) || (e > 0 && shapes->start[e] < shapes->start[e - 1])
          || shapes->start[e] > n_shape || (e == n_edges && shapes->start[e] != n_shape))
        return corrupt (path, _("een verbinding verwijst naar iets dat niet bestaat"), error);
    }
  for (guint32 i = 0; i < n_shape; i++, points += NODE_SIZE)
    {
      shapes->lat[i] = (gint32) get_u32 (points) * 1e-7;
      shapes->lon[i] = (gint32) get_u32 (points + 4) * 1e-7;
    }
  return TRUE;
}

SkNetwork *
sk_network_load (const char      *path,
                 const SkSpeeds  *speeds,
                 GError         **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree double *lat = NULL;
  g_autofree double *lon = NULL;
  g_autofree SkEdge *edges = NULL;
  const guint8 *data, *p;
  SkNetwork *net;
  SkShapes shapes = { 0 };
  guint32 n_nodes, n_edges, n_shape;
  gsize size;

  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, SK_NETWORK_ERROR, SK_NETWORK_ERROR_IO,
                   _("Het netwerkbestand “%s” kan niet worden gelezen: %s"), path,
                   local_error->message);
      return NULL;
    }
  data = (const guint8 *) g_mapped_file_get_contents (mapped);
  size = g_mapped_file_get_length (mapped);
  if (!check_header (path, data, size, &n_nodes, &n_edges, &n_shape, error))
    return NULL;
  lat = g_new (double, MAX (n_nodes, 1));
  lon = g_new (double, MAX (n_nodes, 1));
  edges = g_new0 (SkEdge, MAX (n_edges, 1));
  p = data + HEADER_SIZE;
  for (guint32 i = 0; i < n_nodes; i++, p += NODE_SIZE)
    {
      lat[i] = (gint32) get_u32 (p) * 1e-7;
      lon[i] = (gint32) get_u32 (p + 4) * 1e-7;
    }
  if (!read_edges (path, p, n_nodes, n_edges, edges, error))
    return NULL;
  if (!read_shapes (path, p + (gsize) n_edges * EDGE_SIZE, n_edges, n_shape, &shapes, error))
    {
      sk_shapes_clear (&shapes);
      return NULL;
    }
  net = sk_network_new_take (n_nodes, g_steal_pointer (&lat), g_steal_pointer (&lon), n_edges,
                             g_steal_pointer (&edges), &shapes, speeds);
  net->checksum = g_malloc (2 * HASH_SIZE + 1);
  for (int i = 0; i < HASH_SIZE; i++)
    g_snprintf (net->checksum + 2 * i, 3, "%02x", data[size - HASH_SIZE + i]);
  return net;
}
