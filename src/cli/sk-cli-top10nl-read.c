/* sk-cli-top10nl-read.c — TOP10NL Plaats GML and CBS municipalities. */
#include "sk-config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "sk-cli-top10nl.h"

static void
shape_init (SkRdShape *shape)
{
  shape->rings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  shape->min_x = shape->min_y = G_MAXDOUBLE;
  shape->max_x = shape->max_y = -G_MAXDOUBLE;
}

static void
shape_add_point (SkRdShape *shape,
                 GArray    *ring,
                 double     x,
                 double     y)
{
  SkRdPoint p = { x, y };

  g_array_append_val (ring, p);
  shape->min_x = MIN (shape->min_x, x);
  shape->max_x = MAX (shape->max_x, x);
  shape->min_y = MIN (shape->min_y, y);
  shape->max_y = MAX (shape->max_y, y);
}

static void
plaats_free (SkPlaats *p)
{
  g_free (p->name);
  g_free (p->type);
  g_ptr_array_unref (p->shape.rings);
  g_free (p);
}

static void
gemeente_free (SkGemeente *g)
{
  g_free (g->code);
  g_free (g->name);
  g_ptr_array_unref (g->shape.rings);
  g_free (g);
}

gboolean
sk_rd_shape_contains (const SkRdShape *shape,
                      double           x,
                      double           y)
{
  gboolean inside = FALSE;

  if (x < shape->min_x || x > shape->max_x || y < shape->min_y || y > shape->max_y)
    return FALSE;
  for (guint r = 0; r < shape->rings->len; r++)
    {
      GArray *ring = g_ptr_array_index (shape->rings, r);
      const SkRdPoint *pt = (const SkRdPoint *) ring->data;

      for (guint i = 0, j = ring->len - 1; i < ring->len; j = i++)
        if ((pt[i].y > y) != (pt[j].y > y)
            && x < (pt[j].x - pt[i].x) * (y - pt[i].y) / (pt[j].y - pt[i].y) + pt[i].x)
          inside = !inside;
    }
  return inside;
}

SkRdPoint
sk_rd_shape_centre (const SkRdShape *shape)
{
  GArray *ring = g_ptr_array_index (shape->rings, 0);
  SkRdPoint c = { 0, 0 };

  for (guint i = 0; i < ring->len; i++)
    {
      c.x += g_array_index (ring, SkRdPoint, i).x / ring->len;
      c.y += g_array_index (ring, SkRdPoint, i).y / ring->len;
    }
  return c;
}

/* Shoelace over all rings, inner rings counted negative by orientation
 * (GML and GeoJSON give holes the opposite winding). */
double
sk_rd_shape_area (const SkRdShape *shape)
{
  double area = 0;

  for (guint r = 0; r < shape->rings->len; r++)
    {
      GArray *ring = g_ptr_array_index (shape->rings, r);
      const SkRdPoint *pt = (const SkRdPoint *) ring->data;
      double a = 0;

      for (guint i = 0, j = ring->len - 1; i < ring->len; j = i++)
        a += (pt[j].x - pt[i].x) * (pt[j].y + pt[i].y);
      area += r == 0 ? fabs (a) / 2 : -fabs (a) / 2;
    }
  return area;
}

/* GML reading: a GMarkup parser over the decompressed stream. */
typedef struct
{
  GPtrArray *plaatsen;
  SkPlaats *current;
  GString *text;
} GmlReader;

static void
gml_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              data,
           GError              **error)
{
  GmlReader *r = data;

  g_string_truncate (r->text, 0);
  if (g_str_equal (element, "top10nl:Plaats"))
    {
      r->current = g_new0 (SkPlaats, 1);
      r->current->inhabitants = -1;
      shape_init (&r->current->shape);
    }
}

static gboolean
parse_pos_list (SkRdShape   *shape,
                const char  *text,
                GError     **error)
{
  g_autoptr(GArray) ring = g_array_new (FALSE, FALSE, sizeof (SkRdPoint));
  const char *s = text;

  for (;;)
    {
      char *end;
      double x, y;

      while (g_ascii_isspace (*s))
        s++;
      if (*s == '\0')
        break;
      x = g_ascii_strtod (s, &end);
      if (end == s)
        goto bad;
      s = end;
      y = g_ascii_strtod (s, &end);
      if (end == s)
        goto bad;
      s = end;
      shape_add_point (shape, ring, x, y);
    }
  /* GML repeats the first point at the end; drop it. */
  if (ring->len > 1 && memcmp (&g_array_index (ring, SkRdPoint, 0),
                               &g_array_index (ring, SkRdPoint, ring->len - 1),
                               sizeof (SkRdPoint)) == 0)
    g_array_set_size (ring, ring->len - 1);
  if (ring->len < 3)
    goto bad;
  g_ptr_array_add (shape->rings, g_steal_pointer (&ring));
  return TRUE;

bad:
  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
               _("een coördinatenlijst (posList) is geen reeks van x y-paren"));
  return FALSE;
}

static void
gml_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              data,
         GError              **error)
{
  GmlReader *r = data;
  SkPlaats *p = r->current;

  if (p == NULL)
    return;
  if (g_str_equal (element, "top10nl:naamNL") && p->name == NULL)
    p->name = g_strdup (r->text->str);
  else if (g_str_equal (element, "top10nl:typeGebied") && p->type == NULL)
    p->type = g_strdup (r->text->str);
  else if (g_str_equal (element, "top10nl:bebouwdeKom"))
    p->bebouwde_kom = g_str_equal (r->text->str, "ja");
  else if (g_str_equal (element, "top10nl:aantalinwoners"))
    p->inhabitants = (int) g_ascii_strtoll (r->text->str, NULL, 10);
  else if (g_str_equal (element, "gml:posList"))
    parse_pos_list (&p->shape, r->text->str, error);
  else if (g_str_equal (element, "top10nl:Plaats"))
    {
      if (p->name != NULL && p->type != NULL && p->shape.rings->len > 0)
        g_ptr_array_add (r->plaatsen, p);
      else
        plaats_free (p);
      r->current = NULL;
    }
  g_string_truncate (r->text, 0);
}

static void
gml_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 len,
          gpointer              data,
          GError              **error)
{
  GmlReader *r = data;

  if (r->current != NULL)
    g_string_append_len (r->text, text, (gssize) len);
}

static GInputStream *
open_maybe_gzip (const char  *path,
                 GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) raw = g_file_read (file, NULL, error);
  g_autoptr(GZlibDecompressor) gunzip = NULL;

  if (raw == NULL)
    return NULL;
  if (!g_str_has_suffix (path, ".gz"))
    return G_INPUT_STREAM (g_steal_pointer (&raw));
  gunzip = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  return g_converter_input_stream_new (G_INPUT_STREAM (raw), G_CONVERTER (gunzip));
}

GPtrArray *
sk_top10nl_read_plaatsen (const char  *path,
                          GError     **error)
{
  static const GMarkupParser parser = { gml_start, gml_end, gml_text, NULL, NULL };
  g_autoptr(GPtrArray) plaatsen = g_ptr_array_new_with_free_func ((GDestroyNotify) plaats_free);
  g_autoptr(GString) text = g_string_new (NULL);
  GmlReader r = { plaatsen, NULL, text };
  g_autoptr(GInputStream) in = open_maybe_gzip (path, error);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autofree char *buffer = g_malloc (1 << 16);
  gboolean ok = in != NULL;

  if (!ok)
    return NULL;
  context = g_markup_parse_context_new (&parser, 0, &r, NULL);
  for (;;)
    {
      gssize n = g_input_stream_read (in, buffer, 1 << 16, NULL, error);

      if (n < 0 || (n > 0 && !g_markup_parse_context_parse (context, buffer, n, error)))
        ok = FALSE;
      if (n <= 0 || !ok)
        break;
    }
  if (ok)
    ok = g_markup_parse_context_end_parse (context, error);
  if (r.current != NULL)
    plaats_free (r.current);
  if (!ok)
    g_prefix_error (error, _("“%s” is geen leesbaar TOP10NL-bestand (GML): "), path);
  return ok ? g_steal_pointer (&plaatsen) : NULL;
}

/* GeoJSON rings: [[x, y], …] (the last point repeats the first). */
static gboolean
add_geojson_rings (SkRdShape *shape,
                   JsonArray *polygon)
{
  for (guint r = 0; r < json_array_get_length (polygon); r++)
    {
      JsonNode *ring_node = json_array_get_element (polygon, r);
      JsonArray *coords = JSON_NODE_HOLDS_ARRAY (ring_node) ? json_node_get_array (ring_node) : NULL;
      g_autoptr(GArray) ring = g_array_new (FALSE, FALSE, sizeof (SkRdPoint));

      if (coords == NULL)
        return FALSE;
      for (guint i = 0; i + 1 < json_array_get_length (coords); i++)
        {
          JsonNode *xy_node = json_array_get_element (coords, i);
          JsonArray *xy = JSON_NODE_HOLDS_ARRAY (xy_node) ? json_node_get_array (xy_node) : NULL;

          if (xy == NULL || json_array_get_length (xy) < 2)
            return FALSE;
          shape_add_point (shape, ring, json_array_get_double_element (xy, 0),
                           json_array_get_double_element (xy, 1));
        }
      if (ring->len >= 3)
        g_ptr_array_add (shape->rings, g_steal_pointer (&ring));
    }
  return TRUE;
}

/* json_object_get_*_member warn when the member is missing or of another
 * kind; a file from elsewhere may be either. */
static JsonObject *
object_member (JsonObject *obj,
               const char *name)
{
  JsonNode *node = json_object_get_member (obj, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
array_member (JsonObject *obj,
              const char *name)
{
  JsonNode *node = json_object_get_member (obj, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static SkGemeente *
read_gemeente (JsonObject *feature)
{
  JsonObject *props = object_member (feature, "properties");
  JsonObject *geometry = object_member (feature, "geometry");
  const char *type, *code, *name;
  JsonArray *coords;
  SkGemeente *g;
  gboolean ok = TRUE;

  if (props == NULL || geometry == NULL)
    return NULL;
  type = json_object_get_string_member_with_default (geometry, "type", "");
  code = json_object_get_string_member_with_default (props, "statcode", NULL);
  name = json_object_get_string_member_with_default (props, "statnaam", NULL);
  coords = array_member (geometry, "coordinates");
  if (code == NULL || name == NULL || coords == NULL)
    return NULL;
  g = g_new0 (SkGemeente, 1);
  g->code = g_strdup (code);
  g->name = g_strdup (name);
  shape_init (&g->shape);
  if (g_str_equal (type, "Polygon"))
    ok = add_geojson_rings (&g->shape, coords);
  else if (g_str_equal (type, "MultiPolygon"))
    for (guint i = 0; i < json_array_get_length (coords) && ok; i++)
      {
        JsonNode *poly = json_array_get_element (coords, i);

        ok = JSON_NODE_HOLDS_ARRAY (poly) && add_geojson_rings (&g->shape, json_node_get_array (poly));
      }
  if (!ok || g->shape.rings->len == 0)
    {
      gemeente_free (g);
      return NULL;
    }
  return g;
}

GPtrArray *
sk_top10nl_read_gemeenten (const char  *path,
                           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) gemeenten = g_ptr_array_new_with_free_func ((GDestroyNotify) gemeente_free);
  JsonNode *root;
  JsonArray *features;

  if (!json_parser_load_from_mapped_file (parser, path, error))
    return NULL;
  root = json_parser_get_root (parser);
  features = JSON_NODE_HOLDS_OBJECT (root) ? array_member (json_node_get_object (root), "features")
                                            : NULL;
  for (guint i = 0; features != NULL && i < json_array_get_length (features); i++)
    {
      JsonNode *node = json_array_get_element (features, i);
      SkGemeente *g = JSON_NODE_HOLDS_OBJECT (node) ? read_gemeente (json_node_get_object (node))
                                                    : NULL;
      if (g != NULL)
        g_ptr_array_add (gemeenten, g);
    }
  if (gemeenten->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” bevat geen gemeenten (GeoJSON-features met statcode, statnaam en een vlak)"),
                   path);
      return NULL;
    }
  return g_steal_pointer (&gemeenten);
}
