/* sk-osm-write.c — the collected region, PBF framing check, and writing
 * a region directory atomically. */
#include "sk-config.h"
#include "sk-osm-private.h"
#include "sk-facility-status.h"
#include "sk-json.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

void
sk_osm_region_init (SkOsmRegion *region)
{
  region->kernen = g_array_new (FALSE, FALSE, sizeof (SkOsmKern));
  region->facilities = g_array_new (FALSE, FALSE, sizeof (SkOsmFacility));
  region->lines = g_array_new (FALSE, FALSE, sizeof (SkOsmLine));
}

void
sk_osm_region_clear (SkOsmRegion *region)
{
  if (region->kernen == NULL)
    return;
  for (guint i = 0; i < region->kernen->len; i++)
    g_free (g_array_index (region->kernen, SkOsmKern, i).name);
  for (guint i = 0; i < region->facilities->len; i++)
    g_free (g_array_index (region->facilities, SkOsmFacility, i).name);
  for (guint i = 0; i < region->lines->len; i++)
    {
      g_free (g_array_index (region->lines, SkOsmLine, i).name);
      g_free (g_array_index (region->lines, SkOsmLine, i).points);
    }
  g_clear_pointer (&region->kernen, g_array_unref);
  g_clear_pointer (&region->facilities, g_array_unref);
  g_clear_pointer (&region->lines, g_array_unref);
}

void
sk_osm_region_add_kern (SkOsmRegion *region,
                        const char  *name,
                        double       lat,
                        double       lon,
                        int          population)
{
  SkOsmKern k = { g_strdup (name), lat, lon, population };

  g_array_append_val (region->kernen, k);
}

void
sk_osm_region_add_facility (SkOsmRegion    *region,
                            SkFacilityType  type,
                            const char     *name,
                            double          lat,
                            double          lon)
{
  SkOsmFacility f = { type, g_strdup (name), lat, lon };

  g_array_append_val (region->facilities, f);
}

void
sk_osm_region_add_line (SkOsmRegion    *region,
                        SkLineClass     klass,
                        const char     *name,
                        const SkLatLon *points,
                        guint           n)
{
  SkOsmLine l = { klass, g_strdup (name), g_memdup2 (points, sizeof (SkLatLon) * n), n };

  g_array_append_val (region->lines, l);
}

static gboolean
read_varint (FILE    *f,
             guint64 *out,
             gsize   *used)
{
  guint64 v = 0;

  for (int shift = 0; shift < 64; shift += 7)
    {
      int c = fgetc (f);

      if (c == EOF)
        return FALSE;
      (*used)++;
      v |= (guint64) (c & 0x7f) << shift;
      if (!(c & 0x80))
        {
          *out = v;
          return TRUE;
        }
    }
  return FALSE;
}

/* Reads one BlobHeader (protobuf: 1 type, 2 indexdata, 3 datasize) of
 * LEN bytes; *datasize is the size of the blob that follows. */
static gboolean
read_blob_header (FILE    *f,
                  guint32  len,
                  guint64 *datasize)
{
  gsize used = 0;

  *datasize = G_MAXUINT64;
  while (used < len)
    {
      guint64 key, value;

      if (!read_varint (f, &key, &used))
        return FALSE;
      if ((key & 7) == 0)
        {
          if (!read_varint (f, &value, &used))
            return FALSE;
          if ((key >> 3) == 3)
            *datasize = value;
        }
      else if ((key & 7) == 2)
        {
          if (!read_varint (f, &value, &used) || value > len
              || fseeko (f, (off_t) value, SEEK_CUR) != 0)
            return FALSE;
          used += value;
        }
      else
        return FALSE;
    }
  return used == len && *datasize != G_MAXUINT64;
}

gboolean
sk_osm_check_pbf_framing (const char  *path,
                          GError     **error)
{
  FILE *f = fopen (path, "rb");
  GStatBuf st;
  gboolean ok = TRUE;
  guint blocks = 0;

  if (f == NULL || g_stat (path, &st) != 0)
    {
      if (f != NULL)
        fclose (f);
      g_set_error (error, SK_OSM_ERROR, SK_OSM_ERROR_OPEN,
                   _("Het OSM-bestand “%s” kan niet worden geopend: %s"), path, g_strerror (errno));
      return FALSE;
    }
  for (;;)
    {
      guint32 len = 0;
      guint64 datasize;
      size_t got = fread (&len, 1, 4, f);

      if (got == 0 && feof (f))
        break;
      len = GUINT32_FROM_BE (len);
      if (got != 4 || len == 0 || len > 64 * 1024 || !read_blob_header (f, len, &datasize)
          || datasize > 32 * 1024 * 1024 || (guint64) ftello (f) + datasize > (guint64) st.st_size
          || fseeko (f, (off_t) datasize, SEEK_CUR) != 0)
        {
          ok = FALSE;
          break;
        }
      blocks++;
    }
  fclose (f);
  if (!ok || blocks == 0)
    {
      g_set_error (error, SK_OSM_ERROR, SK_OSM_ERROR_CORRUPT,
                   _("Het OSM-bestand “%s” is beschadigd of onvolledig (afgebroken na blok %u); "
                     "er is niets geschreven"),
                   path, blocks);
      return FALSE;
    }
  return TRUE;
}

static char *
slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *s = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      char c = g_ascii_tolower (*p);

      if (g_ascii_isalnum (c))
        g_string_append_c (s, c);
      else if (s->len > 0 && s->str[s->len - 1] != '-')
        g_string_append_c (s, '-');
    }
  while (s->len > 0 && s->str[s->len - 1] == '-')
    g_string_truncate (s, s->len - 1);
  if (s->len == 0)
    g_string_append (s, "kern");
  return g_string_free (s, FALSE);
}

static void
add_point (JsonBuilder *b,
           double       lat,
           double       lon)
{
  json_builder_set_member_name (b, "lat");
  json_builder_add_double_value (b, round (lat * 1e6) / 1e6);
  json_builder_set_member_name (b, "lon");
  json_builder_add_double_value (b, round (lon * 1e6) / 1e6);
}

static void
add_kernen (JsonBuilder *b,
            SkOsmRegion *region)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  json_builder_set_member_name (b, "kernen");
  json_builder_begin_array (b);
  for (guint i = 0; i < region->kernen->len; i++)
    {
      const SkOsmKern *k = &g_array_index (region->kernen, SkOsmKern, i);
      g_autofree char *base = slug (k->name);
      char *id = g_strdup (base);

      for (int n = 2; g_hash_table_contains (used, id); n++)
        {
          g_free (id);
          id = g_strdup_printf ("%s-%d", base, n);
        }
      g_hash_table_add (used, id);
      json_builder_begin_object (b);
      sk_json_add_string (b, "id", id);
      sk_json_add_string (b, "name", k->name);
      add_point (b, k->lat, k->lon);
      json_builder_set_member_name (b, "inhabitants");
      if (k->population >= 0)
        json_builder_add_int_value (b, k->population);
      else
        json_builder_add_null_value (b);
      sk_json_add_string (b, "source", "osm");
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_facilities (JsonBuilder *b,
                SkOsmRegion *region)
{
  json_builder_set_member_name (b, "facilities");
  json_builder_begin_array (b);
  for (guint i = 0; i < region->facilities->len; i++)
    {
      const SkOsmFacility *f = &g_array_index (region->facilities, SkOsmFacility, i);

      json_builder_begin_object (b);
      sk_json_add_string (b, "type", sk_facility_type_to_id (f->type));
      /* Untagged: the type's id keeps the file free of the UI language. */
      sk_json_add_string (b, "name",
                         f->name != NULL && *f->name ? f->name : sk_facility_type_to_id (f->type));
      add_point (b, f->lat, f->lon);
      sk_json_add_string (b, "position", "exact");
      sk_json_add_string (b, "source", "osm");
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_lines (JsonBuilder *b,
           SkOsmRegion *region,
           gboolean     water)
{
  static const char *const class_ids[] = {
    "river", "stream", "canal", "motorway", "primary", "secondary", "tertiary", "railway",
  };

  json_builder_set_member_name (b, water ? "streams" : "roads");
  json_builder_begin_array (b);
  for (guint i = 0; i < region->lines->len; i++)
    {
      const SkOsmLine *l = &g_array_index (region->lines, SkOsmLine, i);
      g_autofree char *id = g_strdup_printf ("osm-%u", i + 1);

      if (sk_line_class_is_water (l->klass) != water)
        continue;
      json_builder_begin_object (b);
      sk_json_add_string (b, "id", id);
      sk_json_add_string (b, "name", l->name);
      sk_json_add_string (b, water ? "kind" : "class", class_ids[l->klass]);
      json_builder_set_member_name (b, "points");
      json_builder_begin_array (b);
      for (guint p = 0; p < l->n_points; p++)
        {
          json_builder_begin_array (b);
          json_builder_add_double_value (b, round (l->points[p].lon * 1e6) / 1e6);
          json_builder_add_double_value (b, round (l->points[p].lat * 1e6) / 1e6);
          json_builder_end_array (b);
        }
      json_builder_end_array (b);
      sk_json_add_string (b, "source", "osm");
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static char *
region_json (SkOsmRegion *region,
             const char  *extract,
             const char  *id,
             const char  *name)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *file = g_path_get_basename (extract);
  g_autofree char *title = g_strdup_printf ("%s © OpenStreetMap-bijdragers, ODbL", file);

  json_builder_begin_object (b);
  sk_json_add_string (b, "schema", "samenkaart-region/1");
  sk_json_add_string (b, "id", id);
  sk_json_add_string (b, "name", name);
  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  sk_json_add_string (b, "id", "osm");
  sk_json_add_string (b, "title", title);
  sk_json_add_string (b, "url", "https://www.openstreetmap.org/copyright");
  sk_json_add_string (b, "licence", "ODbL 1.0");
  json_builder_end_object (b);
  json_builder_end_array (b);
  add_kernen (b, region);
  add_facilities (b, region);
  add_lines (b, region, TRUE);
  add_lines (b, region, FALSE);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  sk_facility_status_mark_imported (json_node_get_object (root));
  json_generator_set_root (gen, root);
  return json_generator_to_data (gen, NULL);
}

static mode_t
current_umask (void)
{
  mode_t mask = umask (0);

  umask (mask);
  return mask;
}

/* Removes a directory and the files in it (not recursive: a region
 * directory has no subdirectories). */
static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_unlink (file);
    }
  g_rmdir (path);
}

static gboolean
write_failed (const char  *out_dir,
              const char  *tmp,
              GError     **error,
              const char  *reason)
{
  g_set_error (error, SK_OSM_ERROR, SK_OSM_ERROR_WRITE,
               _("De regiomap “%s” kan niet worden geschreven: %s"), out_dir, reason);
  remove_dir (tmp);
  return FALSE;
}

/* Puts TMP in OUT_DIR's place; an old region there is replaced. */
static gboolean
swap_into_place (const char  *tmp,
                 const char  *out_dir,
                 GError     **error)
{
  g_autofree char *old = NULL;

  if (g_file_test (out_dir, G_FILE_TEST_EXISTS))
    {
      old = g_strdup_printf ("%s.old-XXXXXX", tmp);
      if (g_mkdtemp (old) == NULL || g_rename (out_dir, old) != 0)
        return write_failed (out_dir, tmp, error, g_strerror (errno));
    }
  if (g_rename (tmp, out_dir) != 0)
    {
      int saved = errno;

      if (old != NULL)
        g_rename (old, out_dir);
      return write_failed (out_dir, tmp, error, g_strerror (saved));
    }
  if (old != NULL)
    remove_dir (old);
  return TRUE;
}

gboolean
sk_osm_write_region (SkOsmRegion               *region,
                     SkNetworkBuilder          *network,
                     SkMapStoreWriter          *map,
                     const char                *extract,
                     const char                *out_dir,
                     const SkOsmImportOptions  *options,
                     GError                   **error)
{
  g_autofree char *parent = g_path_get_dirname (out_dir);
  g_autofree char *base = g_path_get_basename (out_dir);
  g_autofree char *tmpl = g_strdup_printf ("%s/.%s.tmp-XXXXXX", parent, base);
  g_autofree char *json = NULL, *json_path = NULL, *bin_path = NULL, *map_path = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *id = options->id != NULL ? options->id : base;

  if (region->kernen->len == 0)
    {
      g_set_error (error, SK_OSM_ERROR, SK_OSM_ERROR_EMPTY,
                   _("In “%s” staan geen plaatsen (place=town, village of hamlet met een naam); "
                     "er is niets geschreven"),
                   extract);
      return FALSE;
    }
  if (g_mkdtemp (tmpl) == NULL)
    {
      g_set_error (error, SK_OSM_ERROR, SK_OSM_ERROR_WRITE,
                   _("De regiomap “%s” kan niet worden geschreven: %s"), out_dir,
                   g_strerror (errno));
      return FALSE;
    }
  /* g_mkdtemp makes it 0700; a region directory is as readable as any. */
  g_chmod (tmpl, 0755 & ~current_umask ());
  json = region_json (region, extract, id, options->name != NULL ? options->name : id);
  json_path = g_build_filename (tmpl, "region.json", NULL);
  bin_path = g_build_filename (tmpl, "network.bin", NULL);
  map_path = g_build_filename (tmpl, "map.sqlite", NULL);
  if (!sk_map_store_writer_save (map, map_path, options->cancellable, &local_error)
      && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      remove_dir (tmpl);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (local_error != NULL
      || !g_file_set_contents (json_path, json, -1, &local_error)
      || !sk_network_builder_save (network, bin_path, &local_error))
    return write_failed (out_dir, tmpl, error, local_error->message);
  if (g_cancellable_set_error_if_cancelled (options->cancellable, error))
    {
      remove_dir (tmpl);
      return FALSE;
    }
  return swap_into_place (tmpl, out_dir, error);
}
