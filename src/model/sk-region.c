/* sk-region.c — loading and validating region packages. */
#include "sk-json.h"
#include "sk-file.h"
#include "sk-config.h"
#include "sk-region.h"
#include "sk-region-private.h"
#include "sk-kengetallen.h"
#include "sk-region-installed.h"
#include "sk-model-resources.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

/* The largest region.json read: a province imported from OpenStreetMap
 * stays far below this. */
#define SK_REGION_MAX_BYTES ((gsize) 512 * 1024 * 1024)

G_DEFINE_FINAL_TYPE (SkRegion, sk_region, G_TYPE_OBJECT)

G_DEFINE_QUARK (sk-region-error-quark, sk_region_error)

static const char *const embedded_regions[] = { "reestdal", NULL };

static void
clear_kern (SkKern *k)
{
  g_free (k->id);
  g_free (k->name);
  g_free (k->municipality);
  g_free (k->province);
  g_free (k->source);
  g_free (k->municipality_code);
  for (size_t i = 0; i < k->n_outline; i++)
    g_free (k->outline[i].points);
  g_free (k->outline);
  for (size_t i = 0; i < k->n_buurten; i++)
    {
      g_free (k->buurten[i].name);
      g_free (k->buurten[i].level);
    }
  g_free (k->buurten);
  g_free (k->population);
}

static void
clear_facility (SkFacility *f)
{
  g_free (f->name);
  g_free (f->source);
}

static void
clear_line (SkLine *l)
{
  g_free (l->id);
  g_free (l->name);
  g_free (l->points);
  g_free (l->source);
}

static void
clear_source (SkSource *s)
{
  g_free (s->id);
  g_free (s->title);
  g_free (s->url);
  g_free (s->licence);
}

static void
sk_region_finalize (GObject *object)
{
  SkRegion *self = SK_REGION (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);
  g_free (self->content_hash);
  for (guint i = 0; self->statuses != NULL && i < self->kernen->len * SK_N_FACILITY_TYPES; i++)
    g_free (self->statuses[i].source);
  g_free (self->statuses);
  g_array_unref (self->kernen);
  g_array_unref (self->facilities);
  g_array_unref (self->lines);
  g_array_unref (self->sources);
  g_hash_table_unref (self->kern_index);
  g_clear_pointer (&self->network, sk_network_unref);
  g_clear_pointer (&self->map_store, sk_map_store_unref);

  G_OBJECT_CLASS (sk_region_parent_class)->finalize (object);
}

static void
sk_region_class_init (SkRegionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_region_finalize;
}

static void
sk_region_init (SkRegion *self)
{
  self->kernen = g_array_new (FALSE, TRUE, sizeof (SkKern));
  g_array_set_clear_func (self->kernen, (GDestroyNotify) clear_kern);
  self->facilities = g_array_new (FALSE, TRUE, sizeof (SkFacility));
  g_array_set_clear_func (self->facilities, (GDestroyNotify) clear_facility);
  self->lines = g_array_new (FALSE, TRUE, sizeof (SkLine));
  g_array_set_clear_func (self->lines, (GDestroyNotify) clear_line);
  self->sources = g_array_new (FALSE, TRUE, sizeof (SkSource));
  g_array_set_clear_func (self->sources, (GDestroyNotify) clear_source);
  self->kern_index = g_hash_table_new (g_str_hash, g_str_equal);
  sk_bbox_init_empty (&self->bbox);
}

/* The hash covers kommen.json too: it changes what the engine measures. */
static char *
content_hash (GBytes *bytes,
              GBytes *kommen)
{
  g_autoptr(GChecksum) sum = NULL;
  gsize size;
  const guchar *data;

  if (kommen == NULL)
    return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  sum = g_checksum_new (G_CHECKSUM_SHA256);
  data = g_bytes_get_data (bytes, &size);
  g_checksum_update (sum, data, size);
  data = g_bytes_get_data (kommen, &size);
  g_checksum_update (sum, data, size);
  return g_strdup (g_checksum_get_string (sum));
}

SkRegion *
sk_region_new_from_bytes_with_kommen (GBytes      *bytes,
                                      const char  *display_name,
                                      GBytes      *kommen,
                                      const char  *kommen_name,
                                      GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(SkRegion) region = g_object_new (SK_TYPE_REGION, NULL);
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!sk_json_parser_load (parser, data, (gssize) size, SK_REGION_MAX_BYTES, &local_error))
    {
      g_set_error (error, SK_REGION_ERROR, SK_REGION_ERROR_PARSE,
                   _("Het regiobestand “%s” is beschadigd: %s"), display_name, local_error->message);
      return NULL;
    }
  if (!sk_region_parse (region, json_parser_get_root (parser), display_name, error))
    return NULL;
  if (kommen != NULL
      && !sk_region_kommen_apply (region->kernen, region->sources, region->kern_index,
                                  &region->bbox, kommen, kommen_name, error))
    return NULL;
  sk_region_kommen_fill_population (region->kernen);
  region->content_hash = content_hash (bytes, kommen);
  return g_steal_pointer (&region);
}

SkRegion *
sk_region_new_from_bytes (GBytes      *bytes,
                          const char  *display_name,
                          GError     **error)
{
  return sk_region_new_from_bytes_with_kommen (bytes, display_name, NULL, NULL, error);
}

SkRegion *
sk_region_new_from_file (const char  *path,
                         GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) kommen = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *kommen_path = NULL;

  /* A folder, a missing file or a symlink loop in Dutch, not GLib's text. */
  if (!sk_file_check_readable (path, _("Het regiobestand"), &local_error))
    {
      g_set_error_literal (error, SK_REGION_ERROR, SK_REGION_ERROR_NOT_FOUND,
                           local_error->message);
      return NULL;
    }
  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, SK_REGION_ERROR, SK_REGION_ERROR_NOT_FOUND,
                   _("Het regiobestand “%s” kan niet worden gelezen: %s"), path, local_error->message);
      return NULL;
    }
  kommen_path = g_build_filename (dir, SK_REGION_KOMMEN_FILE, NULL);
  if (g_file_test (kommen_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) kf = g_file_new_for_path (kommen_path);

      kommen = g_file_load_bytes (kf, NULL, NULL, &local_error);
      if (kommen == NULL)
        {
          g_set_error (error, SK_REGION_ERROR, SK_REGION_ERROR_NOT_FOUND,
                       _("Het bestand met kommen “%s” kan niet worden gelezen: %s"), kommen_path,
                       local_error->message);
          return NULL;
        }
    }
  return sk_region_new_from_bytes_with_kommen (bytes, path, kommen, kommen_path, error);
}

/* A region directory: DIR/region.json and, when present, DIR/network.bin
 * (written by `samenkaart-cli import-osm`). */
static SkRegion *
load_directory (const char  *dir,
                GError     **error)
{
  g_autofree char *json = g_build_filename (dir, "region.json", NULL);
  g_autofree char *bin = g_build_filename (dir, "network.bin", NULL);
  g_autofree char *map = g_build_filename (dir, "map.sqlite", NULL);
  g_autoptr(SkRegion) region = sk_region_new_from_file (json, error);
  g_autoptr(SkKengetallen) kengetallen = NULL;
  SkSpeeds speeds;

  if (region == NULL)
    return NULL;
  if (g_file_test (map, G_FILE_TEST_EXISTS))
    {
      region->map_store = sk_map_store_open (map, error);
      if (region->map_store == NULL)
        return NULL;
    }
  if (!g_file_test (bin, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&region);
  kengetallen = sk_kengetallen_load_default (error);
  if (kengetallen == NULL)
    return NULL;
  sk_kengetallen_get_speeds (kengetallen, &speeds);
  region->network = sk_network_load (bin, &speeds, error);
  if (region->network == NULL)
    return NULL;
  return g_steal_pointer (&region);
}

SkRegion *
sk_region_load (const char  *name_or_path,
                GError     **error)
{
  g_autofree char *resource = NULL;
  g_autofree char *kommen_resource = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) kommen = NULL;

  g_return_val_if_fail (name_or_path != NULL, NULL);

  if (g_file_test (name_or_path, G_FILE_TEST_IS_DIR))
    return load_directory (name_or_path, error);
  if (g_file_test (name_or_path, G_FILE_TEST_EXISTS))
    return sk_region_new_from_file (name_or_path, error);
  if (g_strv_contains (embedded_regions, name_or_path))
    {
      /* Referencing the resource keeps it (and its registration) linked in. */
      (void) sk_model_get_resource ();
      resource = g_strdup_printf (RESOURCE_PREFIX "/regions/%s/region.json", name_or_path);
      bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      kommen_resource = g_strdup_printf (RESOURCE_PREFIX "/regions/%s/" SK_REGION_KOMMEN_FILE,
                                         name_or_path);
      kommen = g_resources_lookup_data (kommen_resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    }
  else
    {
      /* A region the user imported into the data folder. */
      g_autofree char *installed = sk_region_installed_path (name_or_path);

      if (installed != NULL)
        return load_directory (installed, error);
    }
  if (bytes == NULL)
    {
      g_set_error (error, SK_REGION_ERROR, SK_REGION_ERROR_NOT_FOUND,
                   _("Er is geen regiobestand of ingebouwde regio met de naam “%s”"), name_or_path);
      return NULL;
    }
  return sk_region_new_from_bytes_with_kommen (bytes, name_or_path, kommen, kommen_resource,
                                               error);
}

const char *const *
sk_region_list_embedded (void)
{
  return embedded_regions;
}

const char *
sk_region_get_id (SkRegion *self)
{
  g_return_val_if_fail (SK_IS_REGION (self), NULL);
  return self->id;
}

const char *
sk_region_get_name (SkRegion *self)
{
  g_return_val_if_fail (SK_IS_REGION (self), NULL);
  return self->name;
}

const char *
sk_region_get_description (SkRegion *self)
{
  g_return_val_if_fail (SK_IS_REGION (self), NULL);
  return self->description;
}

const char *
sk_region_get_content_hash (SkRegion *self)
{
  g_return_val_if_fail (SK_IS_REGION (self), NULL);
  return self->content_hash;
}

const SkBBox *
sk_region_get_bbox (SkRegion *self)
{
  g_return_val_if_fail (SK_IS_REGION (self), NULL);
  return &self->bbox;
}

size_t
sk_region_get_n_kernen (SkRegion *self)
{
  g_return_val_if_fail (SK_IS_REGION (self), 0);
  return self->kernen->len;
}

const SkKern *
sk_region_get_kern (SkRegion *self,
                    size_t    i)
{
  g_return_val_if_fail (SK_IS_REGION (self), NULL);
  g_return_val_if_fail (i < self->kernen->len, NULL);
  return &g_array_index (self->kernen, SkKern, i);
}

int
sk_region_find_kern (SkRegion   *self,
                     const char *id)
{
  g_return_val_if_fail (SK_IS_REGION (self), -1);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->kern_index, id)) - 1;
}

long
sk_region_get_inhabitants (SkRegion *self)
{
  long total = 0;

  g_return_val_if_fail (SK_IS_REGION (self), 0);
  for (guint i = 0; i < self->kernen->len; i++)
    total += MAX (0, g_array_index (self->kernen, SkKern, i).inhabitants);
  return total;
}

size_t
sk_region_get_n_facilities (SkRegion *self)
{
  g_return_val_if_fail (SK_IS_REGION (self), 0);
  return self->facilities->len;
}

const SkFacility *
sk_region_get_facility (SkRegion *self,
                        size_t    i)
{
  g_return_val_if_fail (SK_IS_REGION (self), NULL);
  g_return_val_if_fail (i < self->facilities->len, NULL);
  return &g_array_index (self->facilities, SkFacility, i);
}

SkFacilityStatus
sk_region_get_facility_status (SkRegion        *self,
                               size_t           kern,
                               SkFacilityType   type,
                               const char     **source)
{
  const StatusEntry *e;

  if (source != NULL)
    *source = NULL;
  g_return_val_if_fail (SK_IS_REGION (self), SK_FACILITY_STATUS_NOT_RECORDED);
  g_return_val_if_fail (kern < self->kernen->len, SK_FACILITY_STATUS_NOT_RECORDED);
  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, SK_FACILITY_STATUS_NOT_RECORDED);
  e = &self->statuses[kern * SK_N_FACILITY_TYPES + type];
  if (source != NULL)
    *source = e->source;
  return e->status;
}

size_t
sk_region_count_facility_status (SkRegion         *self,
                                 SkFacilityType    type,
                                 SkFacilityStatus  status)
{
  size_t n = 0;

  g_return_val_if_fail (SK_IS_REGION (self), 0);
  for (size_t i = 0; i < self->kernen->len; i++)
    n += sk_region_get_facility_status (self, i, type, NULL) == status;
  return n;
}

static const char *const status_ids[] = { "niet-vastgelegd", "bekend", "geen", "onbekend",
                                          "onvolledig" };

const char *
sk_facility_status_to_id (SkFacilityStatus status)
{
  g_return_val_if_fail (status >= 0 && status < G_N_ELEMENTS (status_ids), NULL);
  return status_ids[status];
}

/* "niet-vastgelegd" is what the absence of a status is called, never a
 * value in a file: it is not accepted here. */
SkFacilityStatus
sk_facility_status_from_id (const char *id)
{
  for (guint i = SK_FACILITY_STATUS_KNOWN; id != NULL && i < G_N_ELEMENTS (status_ids); i++)
    if (g_str_equal (id, status_ids[i]))
      return (SkFacilityStatus) i;
  return SK_FACILITY_STATUS_NOT_RECORDED;
}

gboolean
sk_facility_status_is_uncertain (SkFacilityStatus status)
{
  return status == SK_FACILITY_STATUS_UNKNOWN || status == SK_FACILITY_STATUS_INCOMPLETE;
}

const char *
sk_facility_status_get_label (SkFacilityStatus status)
{
  switch (status)
    {
    case SK_FACILITY_STATUS_KNOWN:
      return _("bekend");
    case SK_FACILITY_STATUS_NONE:
      return _("geen");
    case SK_FACILITY_STATUS_UNKNOWN:
      return _("niet bekend");
    case SK_FACILITY_STATUS_INCOMPLETE:
      return _("niet volledig bekend");
    case SK_FACILITY_STATUS_NOT_RECORDED:
    default:
      return _("niet vastgelegd");
    }
}

size_t
sk_region_get_n_lines (SkRegion *self)
{
  g_return_val_if_fail (SK_IS_REGION (self), 0);
  return self->lines->len;
}

const SkLine *
sk_region_get_line (SkRegion *self,
                    size_t    i)
{
  g_return_val_if_fail (SK_IS_REGION (self), NULL);
  g_return_val_if_fail (i < self->lines->len, NULL);
  return &g_array_index (self->lines, SkLine, i);
}

size_t
sk_region_get_n_sources (SkRegion *self)
{
  g_return_val_if_fail (SK_IS_REGION (self), 0);
  return self->sources->len;
}

const SkSource *
sk_region_get_source (SkRegion *self,
                      size_t    i)
{
  g_return_val_if_fail (SK_IS_REGION (self), NULL);
  g_return_val_if_fail (i < self->sources->len, NULL);
  return &g_array_index (self->sources, SkSource, i);
}

SkNetwork *
sk_region_get_network (SkRegion *self)
{
  g_return_val_if_fail (SK_IS_REGION (self), NULL);
  return self->network;
}

SkMapStore *
sk_region_get_map_store (SkRegion *self)
{
  g_return_val_if_fail (SK_IS_REGION (self), NULL);
  return self->map_store;
}

gboolean
sk_line_class_is_water (SkLineClass klass)
{
  return klass == SK_LINE_RIVER || klass == SK_LINE_STREAM || klass == SK_LINE_CANAL;
}
